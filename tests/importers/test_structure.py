"""Numbering styles, nesting, preamble and titles, on small texts written for these tests."""

from __future__ import annotations

import pytest

from drafter.importers import import_bytes
from drafter.model import Proposal


def outline(proposal: Proposal) -> list[tuple[str, str | None, str]]:
    """(number, title, first text paragraph) for every clause, in document order."""
    return [(c.number, c.title, c.text[0] if c.text else "") for c in proposal.walk()]


def imported(text: str, name: str = "case.txt") -> Proposal:
    return import_bytes(text.encode("utf-8"), name).proposal


STYLES = {
    "dot": "1. Open the gate.\n\n2. Close the gate.",
    "paren": "1) Open the gate.\n2) Close the gate.",
    "paren-both": "(1) Open the gate.\n(2) Close the gate.",
    "point-colon": "Point 1: Open the gate.\n\nPoint 2: Close the gate.",
    "article": "Article 1\n\nOpen the gate.\n\nArticle 2\n\nClose the gate.",
    "section-sign": "§ 1 Open the gate.\n\n§ 2 Close the gate.",
    "roman": "I. Open the gate.\n\nII. Close the gate.",
    "letters": "(a) Open the gate.\n(b) Close the gate.",
    "bullets": "- Open the gate.\n- Close the gate.",
    "unicode-bullets": "• Open the gate.\n• Close the gate.",
    "unnumbered": "Open the gate.\n\nClose the gate.",
    "cyrillic-point": "Пункт 1. Open the gate.\n\nПункт 2. Close the gate.",
    "cyrillic-article": "Стаття 1. Open the gate.\n\nСтаття 2. Close the gate.",
}


SOURCE_NUMBERS = {"roman": ("I", "II"), "letters": ("a", "b")}
"""Styles whose numbers are not drafter's 1, 2: the source's are kept."""


@pytest.mark.parametrize("style", sorted(STYLES))
def test_each_numbering_style_gives_two_points_with_the_source_numbers(style: str) -> None:
    proposal = imported(STYLES[style])
    first, second = SOURCE_NUMBERS.get(style, ("1", "2"))
    assert [(c.number, " ".join(c.text)) for c in proposal.clauses] == [
        (first, "Open the gate."), (second, "Close the gate.")]


def test_marks_nest_by_family_and_close_when_an_outer_family_returns() -> None:
    text = "1. Ferry.\n(a) By day.\n(b) By night, and:\n(i) with lights;\n(ii) with a pilot.\n(c) In fog.\n2. Tolls."
    assert [c[0] for c in outline(imported(text))] == ["1", "1(a)", "1(b)", "1(b)(i)", "1(b)(ii)", "1(c)", "2"]


def test_i_after_h_is_a_letter_and_i_after_a_is_a_new_roman_level() -> None:
    letters = "\n".join(f"({chr(c)}) item {chr(c)};" for c in range(ord("a"), ord("j") + 1))
    proposal = imported("1. Duties:\n" + letters.replace("(i) item i;", "(i) item i:\n(i) first;\n(ii) second;"))
    numbers = [c.number for c in proposal.walk()]
    assert numbers[9:13] == ["1(i)", "1(i)(i)", "1(i)(ii)", "1(j)"]


def test_decimal_subpoints_nest_under_their_point() -> None:
    proposal = imported("1. Water.\n1.1 Wells.\n1.2 Pipes.\n2. Roads.")
    assert [c.number for c in proposal.walk()] == ["1", "1.1", "1.2", "2"]


def test_text_before_the_first_point_is_the_preamble_and_bullets_there_stay_in_it() -> None:
    proposal = imported("The councils,\n\n- recalling the flood;\n- noting the survey;\n\nagree:\n\n1. Rebuild the dam.")
    assert proposal.preamble == ("The councils,", "- recalling the flood;", "- noting the survey;", "agree:")
    assert [c.number for c in proposal.walk()] == ["1"]


def test_flat_text_with_a_colon_opening_is_preamble_then_one_point_per_paragraph() -> None:
    proposal = imported("The river councils propose:\n\nStop dredging.\n\nShare the costs.")
    assert proposal.preamble == ("The river councils propose:",)
    assert outline(proposal) == [("1", None, "Stop dredging."), ("2", None, "Share the costs.")]


def test_colon_lead_in_becomes_the_title_but_not_a_chapeau() -> None:
    proposal = imported("1. Water troughs: Each valley keeps its own.\n\n2. The councils agree on the following: (a) x.")
    assert outline(proposal) == [("1", "Water troughs", "Each valley keeps its own."),
                                 ("2", None, "The councils agree on the following: (a) x.")]


def test_a_short_line_followed_by_text_is_a_title() -> None:
    proposal = imported("1. Humanitarian access\n\nConvoys pass daily.\n\n2. Prisoners\n(a) Lists first.")
    assert outline(proposal)[:2] == [("1", "Humanitarian access", "Convoys pass daily."),
                                     ("2", "Prisoners", "")]


def test_wholly_bracketed_point_is_bracketed_and_loses_its_brackets() -> None:
    clause = imported("1. [The hut belongs to the east.]\n\n2. The path [and gate] stay open.").clauses
    assert (clause[0].status, clause[0].text) == ("bracketed", ("The hut belongs to the east.",))
    assert (clause[1].status, clause[1].text) == ("proposed", ("The path [and gate] stay open.",))


def test_source_cross_reference_syntax_is_kept_as_text_not_a_broken_reference() -> None:
    clause = imported("1. See [[annex-b]] for maps.").clauses[0]
    assert clause.text == ("See [ [annex-b] ] for maps.",)


def test_ids_are_slugs_of_titles_or_first_words_and_unique() -> None:
    proposal = imported("1. Ferry: Runs daily.\n\n2. Ferry: Runs nightly.\n\n3. Ensure the safety of Ukraine’s crews.")
    assert [c.id for c in proposal.clauses] == ["ferry", "ferry-2", "ensure-safety-ukraine-crews"]


def test_cyrillic_ids_are_transliterated() -> None:
    assert imported("Пункт 1. Припинити рух човнів.").clauses[0].id == "pripiniti-rukh-chovniv"

