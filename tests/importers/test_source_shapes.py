"""The shapes real texts come in, on fixtures written for these tests: a counter-proposal that
keeps its numbers, fragments with gaps, section headings and phases that group points, headed
items with bullets, a Roman-numbered part, numbering styles, editorial notes, ids in any script."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter.importers import Imported, import_bytes
from drafter.model import Proposal
from drafter.render import render

FIXTURES = Path(__file__).parent / "fixtures"


def load(name: str) -> Imported:
    return import_bytes((FIXTURES / name).read_bytes(), name)


def tree(proposal: Proposal) -> list[tuple[int, str, str | None]]:
    """(depth, number, title) of every clause, in document order."""
    return [(c.depth, c.number, c.title) for c in proposal.walk()]


def test_a_counter_proposal_keeps_the_numbers_it_shares_with_the_plan_it_answers() -> None:
    imported = load("counter-proposal.txt")
    p = imported.proposal
    assert [c.number for c in p.walk()] == ["1", "2", "4", "5", "6", "6(a)", "6(b)"]
    assert p.index[p.clauses[2].id].source_number == "4"
    assert "number: \"4\"" in imported.yaml
    assert "line 17: numbering goes from 2 to 4 at '4.'; the source's numbers are kept" in map(str, imported.notices)


def test_rendering_the_counter_proposal_shows_1_2_4() -> None:
    p = load("counter-proposal.txt").proposal
    markdown = render(p, "md")
    assert isinstance(markdown, str)
    # titled points are `### 6. Title`, untitled ones `1\. Text` (number and text on one line)
    numbers = re.findall(r"^(?:### )?(\d+)\\?\.", markdown, flags=re.M)
    assert numbers == ["1", "2", "4", "5", "6"]


def test_the_deletion_note_is_a_note_on_the_point_before_it_not_its_text() -> None:
    p = load("counter-proposal.txt").proposal
    second = p.clauses[1]
    assert second.text == ("Fares stay at the level of the last season.",)
    assert second.notes == ('(Point 3 of the ferry plan is deleted. The plan said: "Cars pay double at weekends.")',)


def test_a_text_cut_off_mid_sentence_records_a_gap_inside_its_last_point() -> None:
    p = load("counter-proposal.txt").proposal
    assert [(g.clause, g.cut, g.note) for g in p.gaps] == [
        (p.clauses[-1].clauses[-1].id, True, "TRUNCATED IN THIS COPY: rest of 6(b) and points 7-9 not available")]
    assert p.truncated


def test_fragments_keep_their_numbers_and_each_gap() -> None:
    p = load("fragments.txt").proposal
    assert [c.number for c in p.clauses] == ["1", "2", "3", "7"]
    assert [(p.index[g.clause].number, g.cut, g.note) for g in p.gaps if g.clause] == [
        ("3", False, "GAP: points 4-6 were not printed"), ("7", False, "GAP: points 8-9 not available")]
    assert p.truncated


def test_a_header_that_says_partial_ends_the_text_with_a_gap() -> None:
    p = load("roadmap.txt").proposal
    assert [(g.clause, g.note) for g in p.gaps] == [(p.clauses[0].id, "PARTIAL - part I only; parts II and III missing")]
    assert p.truncated


def test_colon_and_capital_headings_group_the_points_numbered_straight_through() -> None:
    p = load("sections.txt").proposal
    assert tree(p) == [(0, "", "Water"), (1, "1", None), (1, "2", None), (0, "", "Boundaries"), (1, "3", None),
                       (1, "4", None), (0, "", "PART II. FINAL PROVISIONS"), (1, "5", None)]
    assert p.title == "Orchard and well arrangement" and p.preamble == ()


def test_phase_headings_group_their_bullets() -> None:
    p = load("phases.md").proposal
    assert tree(p) == [(0, "", "Phase one"), (1, "1", None), (1, "2", None), (0, "", "Phase two"), (1, "3", None),
                       (1, "4", None), (0, "", "Phase three"), (1, "5", None)]


def test_a_part_and_its_sections_nest_and_points_run_on() -> None:
    text = ("Part I. General\n\nSection 1. Water\n\n1. Wells are shared.\n\n2. Tanks are filled by day.\n\n"
            "Section 2. Land\n\n3. Walls are mended jointly.\n\nPart II. Final\n\n4. This ends the dispute.\n")
    p = import_bytes(text.encode(), "parts.txt").proposal
    assert tree(p) == [(0, "", "Part I. General"), (1, "", "Section 1. Water"), (2, "1", None), (2, "2", None),
                       (1, "", "Section 2. Land"), (2, "3", None), (0, "", "Part II. Final"), (1, "4", None)]


@pytest.mark.parametrize("heading", ["Розділ 1. Вода", "Раздел 1. Вода", "Етап 1", "HUMANITARIAN ISSUES"])
def test_headings_in_other_words_and_scripts_group(heading: str) -> None:
    text = f"Well arrangement\n\n{heading}\n\n1. Wells are shared.\n\n2. Tanks are filled by day.\n"
    assert tree(import_bytes(text.encode(), "g.txt").proposal) == [(0, "", heading), (1, "1", None), (1, "2", None)]


def test_a_single_colon_line_before_the_points_is_the_preamble_not_a_heading() -> None:
    p = import_bytes(b"The councils agree as follows:\n\n1. Wells are shared.\n", "p.txt").proposal
    assert p.preamble == ("The councils agree as follows:",) and tree(p) == [(0, "1", None)]


def test_word_headings_between_numbered_points_group_them() -> None:
    import io

    import docx

    d = docx.Document()
    d.add_heading("Lake accord", 0)
    d.add_heading("Water", 2)
    d.add_paragraph("Wells are shared.", style="List Number")
    d.add_paragraph("Tanks are filled by day.", style="List Number")
    d.add_heading("Land", 2)
    d.add_paragraph("Walls are mended jointly.", style="List Number")
    buffer = io.BytesIO()
    d.save(buffer)
    p = import_bytes(buffer.getvalue(), "lake.docx").proposal
    assert p.title == "Lake accord"
    assert tree(p) == [(0, "", "Water"), (1, "1", None), (1, "2", None), (0, "", "Land"), (1, "3", None)]


def test_headed_items_with_bullets_inside_a_block() -> None:
    p = load("headed-items.txt").proposal
    assert tree(p) == [(0, "1", "Opening"), (0, "2", "Moorings"), (0, "3", "Inspection"), (1, "3(a)", None),
                       (1, "3(b)", None), (1, "3(c)", None), (0, "4", "Fees")]
    assert p.clauses[0].text == ("The council announces that the harbour opens at dawn on the first of May, and that "
                                 "both boards will implement the measures below.",)
    assert p.clauses[2].text == ("Within 48 hours of arrival:",)


def test_a_roman_numbered_heading_over_bullets() -> None:
    p = load("roadmap.txt").proposal
    assert tree(p) == [(0, "I", "Principles of the arrangement and of the talks"), (1, "I(a)", None),
                       (1, "I(b)", None), (1, "I(c)", None)]


def test_a_title_on_its_own_line_above_the_text_stays_a_title() -> None:
    text = ("1. Humanitarian access\nThe Parties shall allow convoys through the crossings every day of the week.\n\n"
            "2. US guarantee:\nThe guarantor is paid for the guarantee.\nIt lapses if the harbour is attacked.\n")
    p = import_bytes(text.encode(), "t.txt").proposal
    assert [(c.title, c.text) for c in p.clauses] == [
        ("Humanitarian access", ("The Parties shall allow convoys through the crossings every day of the week.",)),
        ("US guarantee", ("The guarantor is paid for the guarantee. It lapses if the harbour is attacked.",))]


STYLES = {
    "1-": ("1- Open the gate.\n2- Close the gate.", ("1", "2")),
    "1 -": ("1 - Open the gate.\n\n2 - Close the gate.", ("1", "2")),
    "Art. 1": ("Art. 1 Open the gate.\n\nArt. 2 Close the gate.", ("1", "2")),
    "Article 1.": ("Article 1. Open the gate.\n\nArticle 2. Close the gate.", ("1", "2")),
    "Point 1:": ("Point 1: Open the gate.\n\nPoint 2: Close the gate.", ("1", "2")),
    "Статья 1": ("Статья 1. Open the gate.\n\nСтатья 2. Close the gate.", ("1", "2")),
    "1.1.": ("1.1. Open the gate.\n1.2. Close the gate.", ("1.1", "1.2")),
    "Arabic-Indic": ("١. Open the gate.\n٢. Close the gate.", ("١", "٢")),
    "(a) letters": ("(a) Open the gate.\n(b) Close the gate.", ("a", "b")),
    "Roman": ("I. Open the gate.\n\nII. Close the gate.", ("I", "II")),
}


@pytest.mark.parametrize("style", sorted(STYLES))
def test_numbering_styles_and_the_numbers_they_give(style: str) -> None:
    text, numbers = STYLES[style]
    p = import_bytes(text.encode(), "s.txt").proposal
    assert [(c.number, c.text) for c in p.clauses] == [(numbers[0], ("Open the gate.",)),
                                                       (numbers[1], ("Close the gate.",))]


def test_a_number_range_is_not_a_mark() -> None:
    p = import_bytes(b"1. Open the gate.\n10 - 15 boats may wait.\n", "s.txt").proposal
    assert p.clauses[0].text == ("Open the gate. 10 - 15 boats may wait.",)


def test_bracketed_lines_are_notes_where_the_source_says_so_and_disputed_text_elsewhere() -> None:
    marked = ("CONVENTIONS: Lines starting with \"[\" are editorial markers.\nDATE: 1 May 2031\n---\n"
              "[Order as reported, not official]\n\n1. Boats stop.\n\n[Reported by one outlet only]\n")
    p = import_bytes(marked.encode(), "m.txt").proposal
    assert p.notes[-1] == "[Order as reported, not official]" and len(p.clauses) == 1
    assert p.clauses[0].notes == ("[Reported by one outlet only]",)
    disputed = import_bytes(b"1. Boats stop.\n\n2. [Fishers share the bay.]\n", "d.txt").proposal
    assert disputed.clauses[1].status == "bracketed"


@pytest.mark.parametrize(("title", "ident"), [
    ("Припинення вогню", "pripinennya-vognyu"), ("Прекращение огня", "prekrashchenie-ognya"),
    ("وقف إطلاق النار", "wqf-tlq-lnr"), ("הפסקת אש", "hfskt-s"), ("Εκεχειρία", "ekecheiria")])
def test_ids_for_titles_in_any_script(title: str, ident: str) -> None:
    text = f"1. {title}: The text of the point.\n\n2. {title}: Another.\n"
    p = import_bytes(text.encode(), "ids.txt").proposal
    assert [c.id for c in p.clauses] == [ident, f"{ident}-2"]


def test_wrapped_text_with_one_long_link_still_joins_its_lines() -> None:
    link = "https://example.org/" + "x" * 120
    wrapped = "\n".join(["1. The ferry runs every day from April to October, and the board",
                         "publishes the timetable a month ahead of the season.", "", f"2. See {link}", "",
                         *[f"{n}. Point {n} of the plan." for n in range(3, 11)]])
    p = import_bytes(wrapped.encode(), "w.txt").proposal
    assert p.clauses[0].text == ("The ferry runs every day from April to October, and the board publishes the "
                                 "timetable a month ahead of the season.",)
    unwrapped = "1. " + "word " * 30 + "\nA second line of the same point.\n\n2. Short.\n"
    assert import_bytes(unwrapped.encode(), "u.txt").proposal.clauses[0].text[1] == "A second line of the same point."
