"""The text form read back: hand-written instructions in each style, quoted clauses with
sub-clauses and statuses, and clear errors with the file and line."""

from __future__ import annotations

import pytest

from drafter.amend import read_set
from drafter.diff.amendments import Amendment, NewClause, Place, Target
from drafter.errors import InputError


def _one(text: str) -> Amendment:
    (amendment,) = read_set(f"1. {text}\n".encode(), "x.txt").amendments
    return amendment


POINT = Target("clause", "", "1(b)")


@pytest.mark.parametrize("text", [
    "In point 1(b), for “48 hours” substitute “72 hours”.",
    "Point 1(b), leave out “48 hours” and insert “72 hours”.",
    "In point 1(b), the words ‘48 hours’ are replaced by ‘72 hours’.",
    "Point 1(b) is amended by striking “48 hours” and inserting “72 hours”.",
])
def test_a_substitution_in_each_style(text: str) -> None:
    assert _one(text) == Amendment("substitute", POINT, "48 hours", "72 hours")


@pytest.mark.parametrize("text", [
    "Point 1(b), leave out “should” in each place where it occurs and insert “shall”.",
    "Point 1(b) is amended by striking “should” each place it appears and inserting “shall”.",
    "In point 1(b), the words ‘should’ are replaced by ‘shall’ wherever they occur.",
])
def test_in_each_place(text: str) -> None:
    assert _one(text) == Amendment("substitute", POINT, "should", "shall", every=True)


def test_insertions_omissions_and_places() -> None:
    assert _one("Point 3 is amended by inserting “to all units” after “orders”.") == \
        Amendment("insert", Target("clause", "", "3"), "orders", "to all units", where="after")
    assert _one("In the preamble, omit “, as the leaders stated”.") == \
        Amendment("omit", Target("preamble"), ", as the leaders stated")
    assert _one("Transpose point 7 to stand after point 2.") == \
        Amendment("move", Target("clause", "", "7"), place=Place("after", Target("clause", "", "2")))
    assert _one("The proposal is amended by striking point 9.") == Amendment("delete", Target("clause", "", "9"))


def test_a_quoted_clause_with_sub_clauses_and_a_status() -> None:
    text = ("After point 8, insert the following new point—\n"
            "     “8A. Humanitarian access {#humanitarian-access}\n"
            "       [status: bracketed]\n"
            "       The Parties shall allow passage.\n"
            "       A second paragraph.\n"
            "         (a) Detainees\n"
            "           Detainees shall be released.\n"
            "         (b)\n"
            "           (c) is not a sub-point here.”\n")
    (added,) = _one(text).clauses
    assert added == NewClause(
        "8A.", "8A", "Humanitarian access", ("The Parties shall allow passage.", "A second paragraph."), "bracketed",
        "humanitarian-access", clauses=(
            NewClause("(a)", "8A(a)", "Detainees", ("Detainees shall be released.",)),
            NewClause("(b)", "8A(b)", None, ("(c) is not a sub-point here.",)),
        ))


def test_a_sub_point_inserted_after_another_is_numbered_under_its_parent() -> None:
    amendment = _one("After point 1(b) insert:\n     “(ba) Naval units\n       Text.”")
    assert amendment.clauses[0].number == "1(ba)"


def test_the_header_gives_the_new_version() -> None:
    text = "Amendments to “Plan”, version 0.2\nMaking version 0.3 of 2025-10-22.\n\n1. Omit point 9.\n"
    amendments = read_set(text.encode(), "x.txt")
    assert dict(amendments.result) == {"version": "0.3", "date": "2025-10-22"}
    assert (amendments.base.title, amendments.base.version) == ("Plan", "0.2")


@pytest.mark.parametrize(("text", "message"), [
    ("1. Make point 9 better.\n", "x.txt:1: instruction 1 is not worded the way any style"),
    ("1. Omit point 9.\n3. Omit point 8.\n", "x.txt:2: instruction 3 should be number 2"),
    ("Please apply:\n1. Omit point 9.\n", "x.txt:1: not an amendment instruction: 'Please apply:'"),
    ("1. For point 9 substitute:\n     9. Title\n       Text.\n", "x.txt:2: instruction 1: the quoted text must open"),
    ("1. For point 9 substitute:\n     “9. Title\n           Text.”\n", "x.txt:3: instruction 1: expected a clause number"),
])
def test_errors_name_the_file_and_line(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_set(text.encode(), "x.txt")


def test_machine_form_errors_name_the_key() -> None:
    with pytest.raises(InputError, match=r"x.json: amendments\[0\].kind: expected one of"):
        read_set(b'{"format": "drafter-amendments", "amendments": [{"kind": "rewrite"}]}', "x.json")
    with pytest.raises(InputError, match="not a set of amendments"):
        read_set(b'{"format": "drafter-redline"}', "x.json")


def test_ids_changed_become_id_records() -> None:
    text = "1. Omit point 9.\n\nIds changed: point 1 → {#alaska}; point [[old-two]] → {#two}.\n"
    records = read_set(text.encode(), "x.txt").records
    assert [(r.target, r.field, r.value) for r in records] == [
        (Target("clause", "", "1"), "id", "alaska"), (Target("clause", "old-two", ""), "id", "two")]
