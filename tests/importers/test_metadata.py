"""Metadata from the source: header lines in any case and in English, Ukrainian or Russian, front
matter, Word's core properties, a title line, a dateline. Nothing invented, every guess reported."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from drafter.importers import Imported, import_bytes
from drafter.importers.dates import find_dates

FIXTURES = Path(__file__).parent / "fixtures"


def load(name: str, **options: str) -> Imported:
    return import_bytes((FIXTURES / name).read_bytes(), name, **options)


def reported(imported: Imported) -> list[str]:
    return [str(n) for n in imported.notices]


def test_an_english_header_fills_title_date_party_sources_notice_and_keeps_the_rest_as_notes() -> None:
    imported = load("counter-proposal.txt")
    p = imported.proposal
    assert p.title == "Harbour council counter-proposal to the ferry plan - points 1-6(b)"
    assert p.date == "2031-03-14"
    assert [(party.id, party.name) for party in p.parties] == [("HC", "Harbour council")]
    assert [(s.id, s.title, s.url) for s in p.sources] == [
        ("example-org", "example.org", "https://example.org/harbour/counter-proposal"),
        ("archive-example-net", "archive.example.net", "https://archive.example.net/ferry/2031/counter.html")]
    assert p.notice == "Circulated draft. Numbering follows the ferry plan; its point 3 is shown as deleted."
    assert "MINUTE TAKER: the deputy clerk" in p.notes
    assert "DATE: tabled 14-15 March 2031 (received by the ferry board 16 March 2031)" in p.notes
    assert "line 2: DATE gives a range of days; took the first, 2031-03-14 (check it)" in reported(imported)
    assert "line 8: header 'MINUTE TAKER' not used: kept in the document's notes" in reported(imported)
    assert all(not clause.text[0].startswith(("TITLE", "---")) for clause in p.walk() if clause.text)
    assert p.preamble == ()


@pytest.mark.parametrize(("name", "title", "date", "first"), [
    ("ukrainian-header.txt", "Домовленість про переправу через озеро", "2022-11-15", "Пором ходить щодня."),
    ("russian-header.txt", "Соглашение о переправе через озеро", "2024-03-03", "Паром ходит ежедневно."),
])
def test_ukrainian_and_russian_header_keys_in_any_case(name: str, title: str, date: str, first: str) -> None:
    p = load(name).proposal
    assert (p.title, p.date, p.clauses[0].text[0]) == (title, date, first)
    assert p.sources


def test_a_ukrainian_header_names_party_source_and_status() -> None:
    p = load("ukrainian-header.txt").proposal
    assert [party.name for party in p.parties] == ["Рада північного берега"]
    assert [s.url for s in p.sources] == ["https://example.org/ua/pereprava"]
    assert p.notice == "Проєкт для обговорення"


def test_a_source_named_without_a_link_is_a_source_with_a_title() -> None:
    p = load("russian-header.txt").proposal
    assert [(s.title, s.url) for s in p.sources] == [("стенограмма заседания совета", None)]


def test_no_date_in_the_source_never_gives_a_date_and_says_so() -> None:
    imported = load("undated-title.txt")
    assert imported.proposal.date == "undated"
    assert "date:" in imported.yaml and "date: undated\n" in imported.yaml
    assert ("no date in the source: written as 'date: undated' (fill it in, or import with --date; validate warns "
            "until then)") in reported(imported)


def test_a_month_without_a_day_is_not_a_date() -> None:
    imported = load("fragments.txt")
    assert imported.proposal.date == "undated"
    assert "line 2: Date 'March 2031' names a month but no day; the date is left undated" in reported(imported)
    assert "Date: March 2031" in imported.proposal.notes


def test_the_date_option_fills_what_the_source_lacks() -> None:
    assert load("undated-title.txt", date="2031-07-01").proposal.date == "2031-07-01"


def test_a_first_line_that_is_a_title_is_the_title_and_a_guess() -> None:
    imported = load("undated-title.txt")
    assert imported.proposal.title == "Plan for peace on the lake"
    assert len(imported.proposal.clauses) == 3
    assert "line 1: took the first line as the title" in reported(imported)


def test_a_list_of_short_lines_keeps_its_first_line_as_a_point() -> None:
    p = import_bytes(b"Ceasefire now\n\nPrisoners home\n\nBorders reopened\n", "short.txt").proposal
    assert p.title == "short" and [c.text[0] for c in p.clauses] == ["Ceasefire now", "Prisoners home",
                                                                      "Borders reopened"]


def test_a_dateline_under_the_title_gives_the_date() -> None:
    text = "Plan for the lake\n\nKyiv, 15 листопада 2022\n\n1. Boats stop at night.\n\n2. Fishers share the bay.\n"
    imported = import_bytes(text.encode(), "dateline.txt")
    assert (imported.proposal.title, imported.proposal.date) == ("Plan for the lake", "2022-11-15")
    assert [c.number for c in imported.proposal.clauses] == ["1", "2"]
    assert "line 3: date 2022-11-15 from the dateline 'Kyiv, 15 листопада 2022'" in reported(imported)


def test_key_value_lines_above_the_points_are_metadata_but_titled_points_are_not() -> None:
    text = "Date: 2 June 2031\nStatus: Draft\n\nCeasefire: Both sides stop firing.\n\nPrisoners: All go home.\n"
    p = import_bytes(text.encode(), "lines.txt").proposal
    assert (p.date, p.notice) == ("2031-06-02", "Draft")
    assert [(c.title, c.text[0]) for c in p.clauses] == [("Ceasefire", "Both sides stop firing."),
                                                         ("Prisoners", "All go home.")]


def test_one_unknown_header_line_does_not_turn_the_header_into_text() -> None:
    text = "TITLE: Lake plan\nWHO SAW IT: a fisher\nDATE: 1 May 2031\n---\n1. Boats stop.\n"
    imported = import_bytes(text.encode(), "h.txt")
    assert (imported.proposal.title, imported.proposal.date, imported.proposal.preamble) == (
        "Lake plan", "2031-05-01", ())
    assert imported.proposal.notes == ("WHO SAW IT: a fisher",)


def test_quotes_around_a_title_go_and_a_lone_closing_one_does_too() -> None:
    text = 'TITLE: "The lake plan"\nDATE: 1 May 2031\n---\n1. Boats stop.\n'
    assert import_bytes(text.encode(), "q.txt").proposal.title == "The lake plan"
    text = "1. Ceasefire”: Both sides stop firing.\n\n2. Prisoners: All go home.\n"
    assert [c.title for c in import_bytes(text.encode(), "q.txt").proposal.clauses][1] == "Prisoners"


def test_markdown_front_matter_gives_parties_and_sources_as_lists() -> None:
    p = load("phases.md").proposal
    assert (p.title, p.date) == ("Three-phase harbour plan", "2031-06-02")
    assert [(party.id, party.name) for party in p.parties] == [("HC", "Harbour council"), ("FB", "Ferry board")]
    assert [(s.title, s.url) for s in p.sources] == [("example.org", "https://example.org/minutes/2031-06-02")]


def test_word_core_properties_give_title_and_status_and_the_files_own_dates_stay_notes() -> None:
    d = docx.Document()
    d.core_properties.title = "Lake accord (Word)"
    d.core_properties.content_status = "Second reading"
    d.core_properties.author = "clerk"
    d.core_properties.subject = "Ferry and fishing"
    d.add_paragraph("Boats stop at night.", style="List Number")
    d.add_paragraph("Fishers share the bay.", style="List Number")
    buffer = io.BytesIO()
    d.save(buffer)
    imported = import_bytes(buffer.getvalue(), "lake.docx")
    p = imported.proposal
    assert (p.title, p.notice, p.date) == ("Lake accord (Word)", "Second reading", "undated")
    assert "subject: Ferry and fishing" in p.notes and "Word file author: clerk" in p.notes
    assert any(note.startswith("Word file created: ") for note in p.notes)


@pytest.mark.parametrize(("text", "iso"), [
    ("5 September 2014 (signed in Minsk)", ["2014-09-05"]),
    ("leaked 20-21 November 2025", ["2025-11-20"]),
    ("September 5, 2014", ["2014-09-05"]),
    ("05.09.2014", ["2014-09-05"]),
    ("15 листопада 2022 року", ["2022-11-15"]),
    ("15 ноября 2022 г.", ["2022-11-15"]),
    ("announced 3 Sept 2014 (page dated 5 September 2014)", ["2014-09-03", "2014-09-05"]),
    ("2025-02-30", []),
    ("May 2025: we may meet on 3 of them", []),
])
def test_dates_as_sources_write_them(text: str, iso: list[str]) -> None:
    assert [d.iso for d in find_dates(text)] == iso
