"""Plain-text and Markdown fixtures: header blocks, front matter, Markdown syntax, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.importers import import_bytes

FIXTURES = Path(__file__).parent / "fixtures"


def load(name: str):  # type: ignore[no-untyped-def]
    path = FIXTURES / name
    return import_bytes(path.read_bytes(), str(path))


def test_header_block_gives_title_and_date_and_is_not_text() -> None:
    imported = load("header-dotted.txt")
    proposal = imported.proposal
    assert proposal.title == "Lakeside accord on the northern shore - 4 points"
    assert proposal.date == "2031-03-03"
    assert proposal.preamble[0].startswith("The delegations of the two shore councils")
    assert [c.number for c in proposal.walk()] == ["1", "2", "3", "3(a)", "3(b)", "3(b)(i)", "3(b)(ii)", "3(c)", "4"]


def test_wrapped_lines_are_joined_and_lines_starting_with_a_mark_start_a_point() -> None:
    proposal = load("header-dotted.txt").proposal
    assert proposal.clauses[1].text == ("The ferry shall run twice a week in winter and daily in summer.",)
    assert proposal.clauses[2].clauses[0].text == ("keep the crossing log;",)


def test_editorial_marker_becomes_a_note_and_is_reported_with_its_line() -> None:
    imported = load("header-dotted.txt")
    assert imported.proposal.clauses[-1].notes == ("[NOTE: the last page of the stored copy is missing]",)
    assert [n.located("f.txt") for n in imported.notices] == [
        "f.txt:24: editorial marker kept as a note: [NOTE: the last page of the stored copy is missing]",
        "f.txt:24: text missing here: recorded as a gap after point 4"]


def test_cyrillic_points_and_letters() -> None:
    proposal = load("cyrillic.txt").proposal
    assert proposal.preamble == ("Сторони домовилися про таке:",)
    assert [(c.number, c.text[0]) for c in proposal.walk()] == [
        ("1", "Припинити рух човнів уночі."), ("2", "Створити спільну комісію, яка:"),
        ("2(а)", "веде журнал переправ;"), ("2(б)", "розглядає скарги."), ("3", "Провести наступну зустріч навесні.")]


def test_markdown_headings_with_article_marks_give_titled_points_and_an_annex() -> None:
    proposal = load("articles.md").proposal
    assert (proposal.title, proposal.date) == ("Orchard boundary arrangement", "2030-05-17")
    assert [(c.number, c.title) for c in proposal.clauses] == [
        ("1", "Boundary line"), ("2", "Harvest"), ("3", "Shared well")]
    assert proposal.clauses[0].text == ("The boundary runs along the old stone wall.",
                                        "It is marked with white posts every fifty metres.")
    annex = proposal.annexes[0]
    assert (annex.letter, annex.title, annex.text) == ("A", "Map references", ("The posts are numbered from the north gate.",))
    assert [(c.number, c.title) for c in annex.clauses] == [("A.1", "Northern posts"), ("A.2", "Southern posts")]


def test_markdown_bold_and_colon_lead_ins_brackets_nested_bullets_and_inline_markup() -> None:
    proposal = load("leadins.md").proposal
    assert [(c.number, c.title, c.status) for c in proposal.walk()] == [
        ("1", "Grazing season", "proposed"), ("2", "Water troughs", "proposed"), ("3", None, "bracketed"),
        ("4", "Disputes", "proposed"), ("4(a)", None, "proposed"), ("4(b)", None, "proposed"),
        ("4(c)", None, "proposed"), ("5", None, "proposed")]
    assert proposal.clauses[2].text == ("The shepherds' hut shall belong to the eastern valley.",)
    assert proposal.clauses[4].text == ("Paths and gates stay open, see the map.",)


def test_unnumbered_paragraphs_are_points() -> None:
    proposal = load("flat.txt").proposal
    assert len(proposal.clauses) == 3 and proposal.preamble == ("The river councils put forward the following proposals:",)


def test_roman_points_with_twenty_six_letters_context() -> None:
    proposal = load("roman.txt").proposal
    assert [c.title for c in proposal.clauses] == ["General duties", "Final provisions"]
    assert [c.number for c in proposal.clauses[0].clauses][-2:] == ["I(i)", "I(j)"]
    assert [c.number for c in proposal.clauses[0].clauses[-2].clauses] == ["I(i)(i)", "I(i)(ii)"]


def test_markdown_code_blocks_and_tables_are_reported_not_imported() -> None:
    text = "1. Keep.\n\n```\n2. not a point\n```\n\n| a | b |\n|---|---|\n\n2. Also keep.\n"
    imported = import_bytes(text.encode(), "t.md")
    assert [c.text for c in imported.proposal.clauses] == [("Keep.",), ("Also keep.",)]
    assert [str(n) for n in imported.notices] == [
        "no title in the source: took 't' from the file name (check it)",
        "no date in the source: written as 'date: undated' (fill it in, or import with --date; validate warns until then)",
        "line 3: code block skipped", "line 7: table row skipped: | a | b |", "line 8: table row skipped: |---|---|"]


def test_crlf_bom_and_utf16_text_read_the_same() -> None:
    text = "1. Open the gate.\r\n2. Close it.\r\n"
    for data in (text.encode("utf-8-sig"), text.encode("utf-16")):
        assert [c.text for c in import_bytes(data, "t.txt").proposal.clauses] == [("Open the gate.",), ("Close it.",)]


@pytest.mark.parametrize(("data", "message"), [
    (b"", "t.txt: file is empty; nothing to import"),
    (b"  \n\n \t\n", "t.txt: file is empty; nothing to import"),
    (b"PK\x03\x04rest", "t.txt: this is a zip archive (a .docx?), not text; give it a matching extension"),
    (b"%PDF-1.7\n", "t.txt: this is a PDF document, not text; give it a matching extension"),
    (b"1. caf\xe9\n", "t.txt:1: not UTF-8 text (byte 0xe9); save the file as UTF-8"),
    (b"\x00\x01\x02binary", "t.txt: binary data, not text"),
    (b"[EDITORIAL NOTE ONLY]\n", "t.txt: found no text to import"),
])
def test_bad_text_input_is_one_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        import_bytes(data, "t.txt")
    assert caught.value.message == message


@pytest.mark.parametrize("name", ["old.doc", "scan.pdf", "draft.odt"])
def test_unsupported_formats_are_refused_by_name(name: str) -> None:
    with pytest.raises(InputError, match=f"^{name}: .* not supported"):
        import_bytes(b"anything", name)
