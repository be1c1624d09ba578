"""Alignment and change kinds: by id, by similarity, moves, renumbering, split, merge."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.diff import compare_proposals, diff_proposals
from drafter.load import load_path
from tests.diff.helpers import OLD, fixture_redline, party_redline, proposal

WORDS = ["ceasefire", "line", "monitor", "border", "prisoners", "exchange", "zone", "weapons", "withdraw", "mission", "report", "relief"]


def _texts(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return [f"Point {i} " + " ".join(rng.choice(WORDS) for _ in range(12)) + f" item{i}." for i in range(n)]


def _kinds(redline) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(c.kind, c.old and c.old.id, c.new and c.new.id) for c in redline.changes]


def test_every_kind_in_the_fixture() -> None:
    assert _kinds(fixture_redline()) == [
        ("reworded", "ceasefire", "ceasefire"),
        ("unchanged", "ceasefire-scope", "ceasefire-scope"),
        ("removed", "energy", None),
        ("renumbered", "prisoners", "prisoners"),
        ("renumbered", "monitoring", "monitoring"),
        ("reworded", "elections", "elections"),
        ("split", "elections", "elections-observers"),
        ("reworded", "amnesty-a", "amnesty-a"),
        ("merged", "amnesty-b", "amnesty-a"),
        ("renumbered", "dialogue", "dialogue"),
        ("moved", "board", "board"),
        ("added", None, "humanitarian"),
        ("renamed", "guarantees", "security-guarantees"),
        ("changed", "sanctions", "sanctions"),
    ]
    assert fixture_redline().summary() == (
        "3 reworded, 1 changed, 1 added, 1 removed, 1 renamed, 1 moved, 3 renumbered, 1 split, 1 merged")


def test_a_reference_to_a_renamed_clause_is_compared_by_the_clause_it_names() -> None:
    redline = fixture_redline()
    sanctions = next(c for c in redline.changes if c.old and c.old.id == "sanctions")
    # the raw text changed ([[guarantees]] -> [[security-guarantees]]) but names the same clause
    assert sanctions.kind == "changed" and [f.field for f in sanctions.fields] == ["positions"]
    assert [s.op for s in sanctions.spans] == ["equal"] and sanctions.similarity == 1.0
    assert redline.resolve(sanctions.old_text, "old") == redline.resolve(sanctions.new_text, "new")
    assert "point 10" in redline.resolve(sanctions.old_text, "old")


def test_details_of_the_fixture_changes() -> None:
    changes = {(c.kind, (c.new or c.old).id): c for c in fixture_redline().changes}  # type: ignore[union-attr]
    ceasefire = changes["reworded", "ceasefire"]
    assert ceasefire.flags == ("number", "duration")
    assert [(s.op, s.text) for s in ceasefire.spans if s.op != "equal"] == [("delete", "48"), ("insert", "72")]
    board = changes["moved", "board"]
    assert (board.old.number, board.new.number) == ("5", "8")  # type: ignore[union-attr]
    assert [(f.field, f.old, f.new) for f in board.fields] == [("status", "proposed", "agreed")]
    assert changes["split", "elections-observers"].related == ("elections",)
    assert changes["merged", "amnesty-a"].related == ("amnesty-a",)


def test_a_reference_whose_target_moved_is_not_a_text_change() -> None:
    redline = fixture_redline()
    scope = next(c for c in redline.changes if c.old and c.old.id == "ceasefire-scope")
    assert scope.kind == "unchanged"
    # the printed reference did change: monitoring went from point 4 to point 3
    assert "point 4" in redline.resolve(scope.old_text, "old")
    assert "point 3" in redline.resolve(scope.new_text, "new")


def test_diff_of_a_document_with_itself_reports_nothing() -> None:
    old = load_path(OLD)
    redline = diff_proposals(old, old)
    assert redline.same and redline.summary() == "no changes"
    assert {c.kind for c in redline.changes} == {"unchanged"}
    assert all(c.similarity == 1.0 for c in redline.changes)


def test_a_changed_id_is_matched_by_similarity() -> None:
    texts = _texts(4)
    old = proposal([(f"c{i}", t) for i, t in enumerate(texts)])
    new = proposal([("c0", texts[0]), ("renamed", texts[1] + " Extra words."), ("c2", texts[2]), ("c3", texts[3])])
    change = diff_proposals(old, new).changes[1]
    # an id change is reported as such (issue 15); its words changed too, and the spans say so
    assert (change.kind, change.old.id, change.new.id) == ("renamed", "c1", "renamed")  # type: ignore[union-attr]
    assert [(s.op, s.text) for s in change.spans if s.op != "equal"] == [("insert", " Extra words.")]
    assert 0.5 < change.similarity < 1


def test_one_clause_taken_out_and_put_back_later_is_one_move() -> None:
    texts = _texts(10)
    order = [1, 2, 3, 4, 0, 5, 6, 7, 8, 9]
    redline = diff_proposals(proposal([(f"c{i}", t) for i, t in enumerate(texts)]),
                             proposal([(f"c{i}", texts[i]) for i in order]))
    assert redline.counts() == {"moved": 1, "renumbered": 4, "unchanged": 5}
    assert [c.old.id for c in redline.changes if c.kind == "moved"] == ["c0"]  # type: ignore[union-attr]


def test_removal_before_a_clause_only_renumbers_it() -> None:
    texts = _texts(5)
    redline = diff_proposals(proposal([(f"c{i}", t) for i, t in enumerate(texts)]),
                             proposal([(f"c{i}", texts[i]) for i in (0, 2, 3, 4)]))
    assert redline.counts() == {"removed": 1, "renumbered": 3, "unchanged": 1}


@settings(max_examples=60, deadline=None)
@given(st.permutations(list(range(8))))
def test_a_shuffled_copy_is_found_clause_by_clause(order: list[int]) -> None:
    texts = _texts(8)
    redline = diff_proposals(proposal([(f"c{i}", t) for i, t in enumerate(texts)]),
                             proposal([(f"c{i}", texts[i]) for i in order]))
    position = {i: k for k, i in enumerate(order)}
    for change in redline.changes:
        assert change.old is not None and change.new is not None and change.similarity == 1.0
        old_place = int(change.old.id[1:])
        if position[old_place] == old_place:
            assert change.kind == "unchanged"
        else:
            assert change.kind in ("moved", "renumbered")
    # a clause that kept neither neighbour has left its place: it is always moved
    for k, i in enumerate(order):
        kept = (k > 0 and order[k - 1] == i - 1) or (k < 7 and order[k + 1] == i + 1)
        if k != i and not kept:
            assert next(c for c in redline.changes if c.old.id == f"c{i}").kind == "moved"  # type: ignore[union-attr]


@settings(max_examples=60, deadline=None)
@given(st.randoms(use_true_random=False))
def test_a_real_shuffle_is_all_moves(rng: random.Random) -> None:
    """When the shuffle keeps no clause in place and no pair of neighbours together, every clause moved."""
    n = 9
    order = list(range(n))
    for _ in range(200):
        rng.shuffle(order)
        if all(order[k] != k for k in range(n)) and all(order[k + 1] != order[k] + 1 for k in range(n - 1)):
            break
    else:
        return
    texts = _texts(n)
    redline = diff_proposals(proposal([(f"c{i}", t) for i, t in enumerate(texts)]),
                             proposal([(f"c{i}", texts[i]) for i in order]))
    assert redline.counts() == {"moved": n}


def test_a_reversal_moves_all_but_the_middle() -> None:
    texts = _texts(5)
    redline = diff_proposals(proposal([(f"c{i}", t) for i, t in enumerate(texts)]),
                             proposal([(f"c{i}", texts[i]) for i in (4, 3, 2, 1, 0)]))
    assert redline.counts() == {"moved": 4, "unchanged": 1}


def test_moving_under_another_parent_is_a_move() -> None:
    redline = fixture_redline()
    assert all(c.kind != "moved" or c.old.id == "board" for c in redline.changes)  # type: ignore[union-attr]
    from drafter.load import load_bytes

    base = "drafter: 1\nid: p\ntitle: P\nversion: '1'\ndate: 2025-01-01\nstatus: draft\nclauses:\n"
    old = load_bytes((base + "  - id: a\n    text: Alpha one.\n    clauses:\n      - id: x\n        text: Xray.\n"
                      "  - id: b\n    text: Bravo two.\n").encode(), "old")
    new = load_bytes((base + "  - id: a\n    text: Alpha one.\n"
                      "  - id: b\n    text: Bravo two.\n    clauses:\n      - id: x\n        text: Xray.\n").encode(), "new")
    change = next(c for c in diff_proposals(old, new).changes if c.new and c.new.id == "x")
    assert (change.kind, change.old.number, change.new.number) == ("moved", "1(a)", "2(a)")  # type: ignore[union-attr]


def test_parties_are_aligned_by_the_concordance() -> None:
    redline = party_redline()
    assert redline.mode == "parties"
    pairs = [(c.old.id if c.old else None, c.new.id if c.new else None, c.kind) for c in redline.changes]
    assert pairs == [
        ("a-guarantees", "security-of-participants", "moved"),
        ("a-ports", None, "removed"),
        ("a-ceasefire", "immediate-ceasefire", "reworded"),
        ("a-monitoring", "osce-monitoring", "reworded"),
        ("a-prisoners", "free-prisoners", "reworded"),
        (None, "elections", "added"),
    ]


def test_compare_ignores_ids() -> None:
    texts = _texts(3)
    a = proposal([("x", texts[0]), ("y", texts[1]), ("z", texts[2])])
    b = proposal([("z", texts[0]), ("x", texts[1]), ("y", texts[2])])
    assert compare_proposals(a, b).same
    assert not diff_proposals(a, b).same


def test_swapped_blocks_move_the_smaller_one() -> None:
    texts = _texts(5)
    redline = diff_proposals(proposal([(f"c{i}", t) for i, t in enumerate(texts)]),
                             proposal([(f"c{i}", texts[i]) for i in (3, 4, 0, 1, 2)]))
    kinds = {c.old.id: c.kind for c in redline.changes}  # type: ignore[union-attr]
    assert kinds == {"c0": "renumbered", "c1": "renumbered", "c2": "renumbered", "c3": "moved", "c4": "moved"}



@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab cd1 2 the ofXY", max_size=60), st.text(alphabet="ab cd1 2 the ofXY", max_size=60))
def test_stems_and_shared_counts_are_the_plain_multiset_ones(a: str, b: str) -> None:
    """The fast forms in similarity.py give what the plain definitions and Counter's `&` give."""
    from collections import Counter

    from drafter.diff.similarity import STEM, STOPWORDS, shared, stems

    def stem(word: str) -> str:
        return word if word.isdigit() else word[:STEM]

    words = re.findall(r"\w+", a.lower())
    assert stems(a).words == Counter(stem(w) for w in words)
    assert stems(a) == Counter(stem(w) for w in ([w for w in words if w not in STOPWORDS] or words))
    assert shared(stems(a), stems(b)) == (stems(a) & stems(b)).total() == shared(stems(b), stems(a))
