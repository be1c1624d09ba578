"""Numbers a source gives (`number:`), unnumbered headings, gaps, notes and `undated`: what the
model holds, what every output prints, and what `validate` warns about."""

from __future__ import annotations

from typing import Any

import pytest
from click.testing import CliRunner

from drafter.cli import cli
from drafter.diff import diff_proposals
from drafter.errors import InvalidProposal
from drafter.importers.emit import to_yaml
from drafter.load import check_bytes, load_bytes
from drafter.model import Proposal
from drafter.render import render

HEAD = {"drafter": 1, "id": "harbour-counter", "title": "Harbour counter-proposal", "version": "1",
        "date": "2031-04-02", "status": "draft"}


def document(clauses: list[dict[str, Any]], **fields: Any) -> bytes:
    return to_yaml({**HEAD, **fields, "clauses": clauses}).encode()


def load(clauses: list[dict[str, Any]], **fields: Any) -> Proposal:
    return load_bytes(document(clauses, **fields), "counter.yaml")


COUNTER = [
    {"id": "boats", "number": "1", "text": "Boats may cross by day."},
    {"id": "ferry", "number": "2", "text": "The ferry runs twice a week, see [[office-log]]."},
    {"id": "office", "number": "4", "text": "A harbour office shall:", "clauses": [
        {"id": "office-log", "number": "4(a)", "text": "keep the crossing log;"},
        {"id": "office-moorings", "text": "settle disputes over moorings."}]},
    {"id": "moon", "text": "The accord takes effect at the next full moon."},
]


def numbers(proposal: Proposal) -> list[tuple[str, str, str]]:
    return [(c.id, c.number, c.label) for c in proposal.walk()]


def test_given_numbers_are_the_clauses_numbers_and_the_rest_follow_on() -> None:
    proposal = load(COUNTER)
    assert numbers(proposal) == [("boats", "1", "1."), ("ferry", "2", "2."), ("office", "4", "4."),
                                 ("office-log", "4(a)", "(a)"), ("office-moorings", "4(b)", "(b)"),
                                 ("moon", "5", "5.")]
    assert proposal.index["office"].source_number == "4" and proposal.index["moon"].source_number is None
    assert proposal.resolve(proposal.index["ferry"].text[0]) == "The ferry runs twice a week, see point 4(a)."


@pytest.mark.parametrize(("to", "expected"), [("md", "4\\. "), ("html", '<span class="label">4.</span>')])
def test_rendering_prints_the_source_numbers(to: str, expected: str) -> None:
    out = render(load(COUNTER), to)
    assert isinstance(out, str) and expected in out
    assert "3\\. " not in out and '<span class="label">3.</span>' not in out


def test_a_diff_against_the_original_pairs_point_4_with_point_4_and_says_3_is_gone() -> None:
    original = load([{"id": "boats", "text": "Boats may cross by day."},
                     {"id": "ferry", "text": "The ferry runs twice a week."},
                     {"id": "fees", "text": "No fees are charged."},
                     {"id": "office", "text": "A harbour office shall keep the log."}])
    redline = diff_proposals(original, load(COUNTER[:3]))
    kinds = {(c.old.number if c.old else None, c.new.number if c.new else None): c.kind for c in redline.changes}
    assert kinds[("3", None)] == "removed"
    assert ("4", "4") in kinds and kinds[("4", "4")] != "renumbered"


def test_unnumbered_headings_group_points_and_the_points_are_numbered_straight_through() -> None:
    proposal = load([
        {"id": "humanitarian", "number": "", "title": "Humanitarian issues", "clauses": [
            {"id": "prisoners", "text": "All prisoners are exchanged."},
            {"id": "children", "text": "Children are returned.", "clauses": [{"id": "lists", "text": "By lists."}]}]},
        {"id": "security", "number": "", "title": "Security", "clauses": [
            {"id": "ceasefire", "text": "Fire ceases along [[humanitarian]]."}]},
    ])
    assert numbers(proposal) == [("humanitarian", "", ""), ("prisoners", "1", "1."), ("children", "2", "2."),
                                 ("lists", "2(a)", "(a)"), ("security", "", ""), ("ceasefire", "3", "3.")]
    assert [c.depth for c in proposal.walk()] == [0, 1, 1, 2, 0, 1]
    assert proposal.resolve("[[humanitarian]] and [[ceasefire]]") == "“Humanitarian issues” and point 3"


def test_annex_clauses_keep_their_given_numbers() -> None:
    proposal = load([{"id": "a", "text": "A."}], annexes=[{"id": "timeline", "title": "Timeline", "clauses": [
        {"id": "day-one", "number": "A.3", "text": "Day one."}, {"id": "day-two", "text": "Day two."}]}])
    assert numbers(proposal)[1:] == [("day-one", "A.3", "A.3."), ("day-two", "A.4", "A.4.")]


def test_gaps_notes_and_undated_reach_the_model() -> None:
    proposal = load(COUNTER, date="undated", notes=["Header line: SOURCE NOTE: none"],
                    gaps=[{"after": "ferry", "note": "point 3 missing"},
                          {"within": "moon", "note": "text ends here"}])
    assert proposal.date == "undated" and proposal.notes == ("Header line: SOURCE NOTE: none",)
    assert [(g.clause, g.cut, g.note) for g in proposal.gaps] == [("ferry", False, "point 3 missing"),
                                                                  ("moon", True, "text ends here")]
    assert proposal.truncated


@pytest.mark.parametrize(("gap", "truncated"), [({"after": "office"}, False), ({"after": "office-moorings"}, False),
                                                ({"within": "office"}, False), ({"after": "moon"}, True)])
def test_a_text_is_truncated_only_when_a_gap_lies_at_its_end(gap: dict[str, str], truncated: bool) -> None:
    assert load(COUNTER, gaps=[gap]).truncated is truncated


def test_gap_problems_are_errors() -> None:
    with pytest.raises(InvalidProposal) as caught:
        load(COUNTER, gaps=[{"after": "nowhere"}, {"after": "boats", "within": "ferry"}])
    assert [p.message for p in caught.value.problems] == [
        "gap after 'nowhere': no clause has this id",
        "a gap is either after a clause or within one, not both"]


@pytest.mark.parametrize("bad", [" 4", "4 ", "x" * 41])
def test_a_given_number_is_trimmed_and_short(bad: str) -> None:
    with pytest.raises(InvalidProposal):
        load([{"id": "a", "number": bad, "text": "A."}])


def warnings(clauses: list[dict[str, Any]], **fields: Any) -> list[str]:
    found = check_bytes(document(clauses, **fields), "w.yaml", warnings=True)
    assert all(p.severity == "warning" for p in found)
    return [f"{p.path}: {p.message}" for p in found]


def test_validate_warns_where_given_numbers_skip_repeat_or_the_date_is_unknown() -> None:
    found = warnings([*COUNTER, {"id": "again", "number": "5", "text": "Again."},
                      {"id": "back", "number": "3", "text": "Back."}], date="undated")
    assert found == [
        "$.date: the source gives no date (undated); write the date as YYYY-MM-DD once known",
        "$.clauses[2].number: the source's numbering jumps from 2 to 4",
        "$.clauses[4].number: number 5 is also the number of $.clauses[3]",
        "$.clauses[5].number: the source's numbering goes back from 5 to 3",
    ]


def test_no_warning_for_a_jump_across_a_recorded_gap_nor_for_computed_numbers() -> None:
    assert warnings(COUNTER, gaps=[{"after": "ferry"}]) == []
    assert warnings([{"id": "a", "text": "A."}, {"id": "b", "text": "B."}]) == []
    assert warnings([{"id": "late", "number": "14", "text": "Late."}]) == ["$.clauses[0].number: the source's numbering starts at 14"]


def test_validate_prints_warnings_exits_0_and_1_with_strict(runner: CliRunner, tmp_path: Any) -> None:
    path = tmp_path / "counter.yaml"
    path.write_bytes(document(COUNTER, date="undated"))
    result = runner.invoke(cli, ["validate", str(path)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{path}:") and ": warning: document ($.date): the source gives no date" in lines[0]
    assert lines[1].endswith("warning: clause 'office' ($.clauses[2].number): the source's numbering jumps from 2 to 4")
    assert lines[2] == "1 file(s) valid, 2 warnings"
    assert runner.invoke(cli, ["validate", "--strict", str(path)]).exit_code == 1
