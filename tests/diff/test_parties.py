"""Two parties' texts as a Redline: read off the concordance's rows, never aligned a second way."""

from __future__ import annotations

from pathlib import Path

from drafter.diff import compare_proposals
from drafter.diff.concord import build_concordance
from drafter.diff.parties import parties_redline
from drafter.diff.pins import Pins
from drafter.load import load_path
from tests.diff.helpers import PARTY_A, PARTY_B, proposal

FIXTURES = Path(__file__).parent / "fixtures"
ORIGINAL, COUNTER = FIXTURES / "concord-original.yaml", FIXTURES / "concord-counter.yaml"


def _pairs(redline) -> set[tuple[str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    return {(c.old.id if c.old else None, c.new.id if c.new else None, c.kind) for c in redline.changes}


def test_every_pair_of_the_redline_is_a_row_of_the_concordance() -> None:
    a, b = load_path(ORIGINAL), load_path(COUNTER)
    concordance = build_concordance([a, b], semantic=False)
    rows = {(c.id, d.id) for row in concordance.rows if row.kind != "uncertain"
            for c in row.cells[0].clauses for d in row.cells[1].clauses}
    redline = compare_proposals(a, b, semantic=False)
    paired = {(c.old.id, c.new.id) for c in redline.changes if c.old and c.new}
    assert paired and paired <= rows
    lone_a = {c.id for row in concordance.rows if not row.cells[1].clauses for c in row.cells[0].clauses}
    assert lone_a and lone_a <= {c.old.id for c in redline.changes if c.kind == "removed" and c.old}


def test_a_split_row_pairs_the_closest_piece_and_splits_off_the_rest() -> None:
    a, b = load_path(ORIGINAL), load_path(COUNTER)
    found = _pairs(compare_proposals(a, b, semantic=False))
    assert ("guarantee", "forfeit", "reworded") in found  # the longer piece shares more words
    assert ("guarantee", "compensation", "split") in found
    split = next(c for c in compare_proposals(a, b, semantic=False).changes if c.kind == "split")
    assert split.related == ("forfeit",)


def test_a_merged_row_pairs_the_closest_piece_and_merges_the_rest() -> None:
    a, b = load_path(COUNTER), load_path(ORIGINAL)  # the split read backwards is a merge
    found = _pairs(compare_proposals(a, b, semantic=False))
    assert ("forfeit", "guarantee", "reworded") in found
    assert ("compensation", "guarantee", "merged") in found


def test_an_uncertain_row_is_not_taken_as_a_pair() -> None:
    a = proposal([("fire", "All fire stops along the line of contact within one day."),
                  ("ports", "The Black Sea ports reopen to grain ships under international inspection.")])
    b = proposal([("grain", "The Black Sea ports reopen to grain ships."),
                  ("halt", "All fire stops along the line of contact within one day."),
                  ("inspection", "Ships in the Black Sea ports are open to international inspection.")])
    concordance = build_concordance([a, b], semantic=False)
    guessed = {row.tentative for row in concordance.rows if row.kind == "uncertain"}
    assert guessed == {"reworded", "only"}  # ports and inspection in order, but grain is as close
    found = _pairs(parties_redline(concordance))
    assert {("ports", None, "removed"), (None, "inspection", "added"), (None, "grain", "added")} <= found
    asserted = build_concordance([a, b], semantic=False, threshold=0.0)
    assert ("ports", "inspection", "reworded") in _pairs(parties_redline(asserted))


def test_pins_reach_the_redline() -> None:
    a, b = load_path(PARTY_A), load_path(PARTY_B)
    pins = Pins(together=(((0, "a-ports"), (1, "elections")),))
    found = _pairs(compare_proposals(a, b, semantic=False, pins=pins))
    assert ("a-ports", "elections", "reworded") in found
