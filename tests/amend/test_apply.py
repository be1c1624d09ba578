"""drafter.amend: the consolidated text, its provenance, and every instruction that cannot be
applied reported with its set, number and reason (conflicts naming both instructions)."""

from __future__ import annotations

import dataclasses

import pytest

from drafter.amend import consolidate, read_set
from drafter.diff import diff_proposals
from drafter.diff.amendments import AmendmentSet
from drafter.diff.instructions import amendments
from drafter.errors import AmendmentsNotApplied
from drafter.model import Proposal


def _text_set(text: str, name: str) -> AmendmentSet:
    return read_set(text.encode(), name)


def _problems(base: Proposal, *sets: AmendmentSet) -> list[str]:
    with pytest.raises(AmendmentsNotApplied) as caught:
        consolidate(base, sets)
    return [str(p) for p in caught.value.problems]


def test_v02_amended_by_its_instructions_is_v03(plan) -> None:
    old, new = plan
    instructions = dataclasses.replace(amendments(diff_proposals(old, new)), name="v0.3.json")
    result = consolidate(old, [instructions])
    assert diff_proposals(result.proposal, new).same
    assert result.problems == ()


def test_each_amended_clause_records_the_instructions_that_made_it(plan) -> None:
    old, new = plan
    result = consolidate(old, [dataclasses.replace(amendments(diff_proposals(old, new)), name="v03.txt")])
    amended = {c.id: c.amended_by for c in result.proposal.walk() if c.amended_by}
    assert amended == {
        "ceasefire-start": ("v03.txt 1", "v03.txt 2"), "peace-board": ("v03.txt 3",),
        "stabilization-force": ("v03.txt 4",), "humanitarian-access": ("v03.txt 5",), "reconstruction": ("v03.txt 6",),
    }
    assert "amended_by:\n          - v03.txt 1\n          - v03.txt 2\n" in result.yaml


UA = """\
1. In point 1(b), for “within 48 hours” substitute “within 72 hours”.
2. Omit point 9.
3. Change the status of point 5 from “bracketed” to “proposed”.
"""
EU = """\
1. Point 1(b), leave out “stop within 48” and insert “stop within 24”.
2. Point 9, leave out “dams” and insert “dams, nuclear power plants”.
3. Point 5, for the status “bracketed” substitute “agreed”.
4. Point 4, leave out “14 days” and insert “21 days”.
"""


def test_two_parties_touching_the_same_words_are_a_conflict_naming_both(plan) -> None:
    assert _problems(plan[0], _text_set(UA, "ua.txt"), _text_set(EU, "eu.txt")) == [
        "eu.txt: instruction 1 (point 1(b)): conflict with ua.txt 1, which changed “stop within 48” first",
        "eu.txt: instruction 2 (point 9): conflict with ua.txt 2, which deleted point 9",
        "eu.txt: instruction 3 (point 5): conflict with ua.txt 3, which changed its status first",
    ]


def test_partial_applies_the_rest_and_reports_the_conflicts(plan) -> None:
    result = consolidate(plan[0], [_text_set(UA, "ua.txt"), _text_set(EU, "eu.txt")], partial=True)
    assert len(result.problems) == 3
    prisoners = result.proposal.index["prisoners"]
    assert "within 21 days of signature" in prisoners.text[0] and prisoners.amended_by == ("eu.txt 4",)
    assert "energy-moratorium" not in result.proposal.index


def test_a_set_amending_words_another_set_inserted_is_a_conflict(plan) -> None:
    first = _text_set("1. In point 1(b), after “within 48 hours” insert “or 3 days”.\n", "a.txt")
    second = _text_set("1. In point 1(b), omit “hours or 3”.\n", "b.txt")
    assert _problems(plan[0], first, second) == [
        "b.txt: instruction 1 (point 1(b)): conflict with a.txt 1, which wrote words that “hours or 3” takes in"]


@pytest.mark.parametrize(("instruction", "where", "problem"), [
    ("In point 14, omit “the”.", "point 14", "there is no point 14 in the text"),
    ("In point 1(b), omit “48”.", "point 1(b)", "“48” found 2 times in the text; quote more words to say which"),
    ("In point 1(b), omit “96 hours”.", "point 1(b)", "“96 hours” not found in the text"),
    ("In point 11, for the title “Fund” substitute “X”.", "point 11", "the title is “Reconstruction fund”, not “Fund”"),
    ("Change the status of point 1 from “agreed” to “proposed”.", "point 1", "its status is proposed, not agreed"),
    ("After point 8 insert:\n     “3. Clash\n       Text.”", "after point 8", "number 3 is already used"),
    ("Move point 7 to follow point 7(a).", "point 7", "cannot move point 7 into itself"),
])
def test_an_instruction_that_cannot_be_applied_says_why(plan, instruction: str, where: str, problem: str) -> None:
    assert _problems(plan[0], _text_set(f"1. {instruction}\n", "x.txt")) == [f"x.txt: instruction 1 ({where}): {problem}"]


def test_the_same_set_changing_its_own_words_again_is_a_mistake_not_a_conflict(plan) -> None:
    text = "1. In point 1(b), for “48”, in each place, substitute “72”.\n2. In point 1(b), omit “within 48”.\n"
    assert _problems(plan[0], _text_set(text, "x.txt")) == [
        "x.txt: instruction 2 (point 1(b)): “within 48” is no longer in the text: x.txt 1 changed it"]


def test_a_result_that_would_not_be_valid_is_refused(plan) -> None:
    with pytest.raises(AmendmentsNotApplied) as caught:
        consolidate(plan[0], [_text_set("1. Omit point 7.\n", "x.txt")])
    problems = [str(p) for p in caught.value.problems]
    assert len(problems) == 6  # every clause that refers to the deleted point 7
    assert problems[0] == ("consolidated.yaml: the amended text would not be valid: clause 'ceasefire-start' "
                           "($.clauses[0].clauses[1].text): cross-reference [[peace-board]] does not match any clause id")


def test_inserted_clauses_get_readable_ids_when_the_text_gives_none(plan) -> None:
    text = "1. After point 12 insert:\n     “12A. Final clause\n       This agreement is done in English.”\n"
    result = consolidate(plan[0], [_text_set(text, "x.txt")])
    added = result.proposal.clauses[-1]
    assert (added.id, added.number, added.title, added.amended_by) == ("final-clause", "13", "Final clause", ("x.txt 1",))


def test_a_renamed_clause_takes_the_references_to_it_along() -> None:
    # the diff compares a reference by the clause it names, so renaming a clause and its
    # references is one id record and no wording change: applying it must rename the references
    from drafter.load import load_bytes

    head = 'drafter: 1\nid: p\ntitle: P\nversion: "1"\ndate: 2025-01-01\nstatus: draft\n'
    body = ("preamble: As [[withdrawal]] says.\nclauses:\n  - id: withdrawal\n    text: Forces withdraw in stages.\n"
            "  - id: monitoring\n    text: A mission monitors the withdrawal under [[withdrawal]].\n"
            "    alternatives:\n      - {party: UA, text: 'No mission; see [[withdrawal]].'}\n")
    parties = "parties:\n  - {id: UA, name: Ukraine}\n"
    old = load_bytes((head + parties + body).encode(), "old")
    new = load_bytes((head + parties + body.replace("withdrawal]]", "israeli-withdrawal]]").replace(
        "id: withdrawal", "id: israeli-withdrawal")).encode(), "new")
    instructions = dataclasses.replace(amendments(diff_proposals(old, new)), name="renamed.json")
    result = consolidate(old, [instructions])
    assert result.problems == () and diff_proposals(result.proposal, new).same


def test_a_rename_keeps_the_grammatical_case_of_each_reference() -> None:
    # `[[id|genitive]]` asks for "пункту 3"; renaming the clause must keep the case, in the
    # diff (no phantom rewording) and when the instructions are applied
    from drafter.load import load_bytes

    head = 'drafter: 1\nid: p\ntitle: P\nversion: "1"\ndate: 2025-01-01\nstatus: draft\nlanguages: {uk: authentic}\n'
    body = ("clauses:\n  - id: withdrawal\n    text: Сили відводяться поетапно.\n"
            "  - id: monitoring\n    text: Місія стежить за виконанням [[withdrawal|genitive]] і [[withdrawal]].\n")
    old = load_bytes((head + body).encode(), "old")
    new = load_bytes((head + body.replace("[[withdrawal", "[[israeli-withdrawal").replace(
        "id: withdrawal", "id: israeli-withdrawal")).encode(), "new")
    redline = diff_proposals(old, new)
    assert [c.kind for c in redline.changes] == ["renamed", "unchanged"]
    result = consolidate(old, [dataclasses.replace(amendments(redline), name="renamed.json")])
    assert result.problems == () and diff_proposals(result.proposal, new).same
    assert "[[israeli-withdrawal|genitive]]" in result.proposal.clauses[1].text[0]
