"""The concordance: rows consistent across texts, splits, gaps, confidence, meaning, pins."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.diff import chain
from drafter.diff.concord import build_concordance
from drafter.diff.concordance import Concordance
from drafter.diff.pins import Pins
from drafter.diff.scoring import Space, fuse
from drafter.diff.semantic import Embedder
from drafter.load import load_bytes, load_path

FIXTURES = Path(__file__).parents[1] / "diff" / "fixtures"
ORIGINAL, COUNTER, TRANSLATION = (FIXTURES / f"concord-{n}.yaml" for n in ("original", "counter", "translation"))


def three() -> Concordance:
    return build_concordance([load_path(p) for p in (ORIGINAL, COUNTER, TRANSLATION)])


def ids(concordance: Concordance) -> list[list[list[str]]]:
    return [[[c.id for c in cell.clauses] for cell in row.cells] for row in concordance.rows]


def test_rows_hold_every_text_and_every_clause_once() -> None:
    concordance = three()
    seen = [c.id for row in concordance.rows for cell in row.cells for c in cell.clauses]
    expected = [c.id for p in concordance.texts for c in p.walk()]
    assert sorted(seen) == sorted(expected)
    assert all(len(row.cells) == 3 for row in concordance.rows)


def test_a_point_split_between_parties_is_one_row_with_two_clauses() -> None:
    rows = ids(three())
    assert [["guarantee"], ["compensation", "forfeit"], ["compensation", "forfeit"]] in rows
    kinds = {tuple(r[0]): row.kind for r, row in zip(rows, three().rows)}
    assert kinds[("guarantee",)] == "split"


def test_rows_are_transitive_across_three_texts() -> None:
    rows = ids(three())
    assert [["cessation"], ["fighting-stops"], ["fighting-stops"]] in rows
    assert [["army-cap"], ["army-ceiling"], ["army-ceiling"]] in rows


def test_a_paraphrase_pairs_in_order_and_a_dropped_point_stays_alone() -> None:
    concordance = three()
    rows = ids(concordance)
    assert [["children"], ["children-home"], []] in rows
    alone = [row for row in concordance.rows if [c.id for c in row.cells[0].clauses] == ["no-expansion"]][0]
    assert alone.kind == "only" and concordance.kind_label(alone).startswith("only in A")


def test_a_cut_off_text_does_not_drop_what_it_does_not_reach() -> None:
    concordance = three()
    after_gap = concordance.rows[-4:]
    assert all(row.cells[2].state == "cut-off" for row in after_gap)
    assert all(row.cells[1].state != "cut-off" for row in after_gap)
    assert "C: not in the available text" in concordance.kind_label(after_gap[0])


def test_identical_texts_are_the_same() -> None:
    text = load_path(ORIGINAL)
    concordance = build_concordance([text, text], semantic=False)
    assert concordance.same and {row.kind for row in concordance.rows} == {"matched"}


def test_meaning_lifts_a_paraphrase_that_shares_no_words() -> None:
    texts = ["an immediate cessation of hostilities", "all fighting stops at once",
             "the return of deported children", "children taken from Ukraine are brought home"]
    space = Space(texts, Embedder())
    lexical, semantic = space.matrix([(0,), (2,)], [(1,), (3,)])
    assert semantic is not None and np.isnan(semantic).all()  # nothing embedded yet: words alone
    assert (fuse(lexical, semantic) == fuse(lexical, None)).all()
    space.embed(range(4))
    lexical, semantic = space.matrix([(0,), (2,)], [(1,), (3,)])
    fused = fuse(lexical, semantic)
    assert fused[0, 0] > fused[0, 1] and fused[1, 1] > fused[1, 0]
    assert fuse(lexical, None)[0, 0] == 0.0


def test_only_clauses_the_words_leave_in_doubt_are_embedded() -> None:
    embedder = Embedder()
    seen: list[str] = []
    encode = embedder._encode
    embedder._encode = lambda texts: seen.extend(texts) or encode(texts)  # type: ignore[method-assign]
    build_concordance([load_path(ORIGINAL), load_path(COUNTER)], embedder=embedder)
    assert any(t.startswith("An immediate cessation") for t in seen)
    assert not any(t.startswith("Monitoring and verification") for t in seen)


def test_without_the_model_the_table_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("drafter.diff.semantic._installed", lambda: False)
    concordance = build_concordance([load_path(ORIGINAL), load_path(COUNTER)])
    assert not concordance.semantic
    assert "not installed" in concordance.notes[0]
    assert all(c.scores is None or c.scores.semantic is None for row in concordance.rows for c in row.cells)


def test_rows_under_the_threshold_are_uncertain_with_their_guess() -> None:
    concordance = build_concordance([load_path(ORIGINAL), load_path(COUNTER)], threshold=1.01)
    assert {row.kind for row in concordance.rows} == {"uncertain"}
    assert all(concordance.kind_label(row).startswith("uncertain: ") for row in concordance.rows)


def test_pins_forbid_and_alone_are_respected() -> None:
    a, b = load_path(ORIGINAL), load_path(COUNTER)
    pins = Pins(together=(((0, "no-expansion"), (1, "prisoners")),), apart=(((0, "children"), (1, "children-home")),),
                alone=((1, "rebuild"),))
    rows = ids(build_concordance([a, b], pins=pins))
    assert [["no-expansion"], ["prisoners"]] in rows
    assert [["children"], []] in rows and [[], ["children-home"]] in rows
    assert [[], ["rebuild"]] in rows and [["reconstruction"], []] in rows


def test_weak_pair_never_crosses_a_strong_order_keeping_one() -> None:
    scores = np.array([[0.9, 0.0, 0.0], [0.0, 0.9, 0.0], [0.0, 0.0, 0.9], [0.4, 0.0, 0.0]], dtype=np.float32)
    beads = chain.align(scores, lambda runs: np.zeros(len(runs), dtype=np.float32))
    assert sorted((b.x0, b.y0) for b in beads) == [(0, 0), (1, 1), (2, 2)]


def test_a_strong_pair_may_cross_as_a_move() -> None:
    scores = np.array([[0.0, 0.9, 0.0], [0.0, 0.0, 0.9], [0.95, 0.0, 0.0]], dtype=np.float32)
    beads = chain.align(scores, lambda runs: np.zeros(len(runs), dtype=np.float32))
    assert {(b.x0, b.y0, b.moved) for b in beads} == {(0, 1, False), (1, 2, False), (2, 0, True)}


def test_a_weak_pair_alone_in_a_gap_of_the_chain_is_linked() -> None:
    scores = np.array([[0.9, 0.0, 0.0], [0.0, 0.15, 0.02], [0.0, 0.0, 0.9]], dtype=np.float32)
    beads = chain.align(scores, lambda runs: np.zeros(len(runs), dtype=np.float32))
    assert sorted((b.x0, b.y0, b.moved) for b in beads) == [(0, 0, False), (1, 1, False), (2, 2, False)]


def test_a_weak_pair_in_a_gap_with_a_close_rival_stays_alone() -> None:
    scores = np.array([[0.9, 0.0, 0.0], [0.0, 0.15, 0.0], [0.0, 0.1, 0.0], [0.0, 0.0, 0.9]], dtype=np.float32)
    beads = chain.align(scores, lambda runs: np.zeros(len(runs), dtype=np.float32))
    assert sorted((b.x0, b.y0) for b in beads) == [(0, 0), (3, 2)]


def test_a_weak_pair_under_the_cutoff_never_crosses_a_link() -> None:
    scores = np.array([[0.0, 0.9, 0.0], [0.15, 0.0, 0.0], [0.0, 0.0, 0.9]], dtype=np.float32)
    beads = chain.align(scores, lambda runs: np.zeros(len(runs), dtype=np.float32))
    assert sorted((b.x0, b.y0) for b in beads) == [(0, 1), (2, 2)]


def test_an_even_gap_between_two_links_pairs_in_order_from_either_end() -> None:
    scores = np.zeros((6, 6), dtype=np.float32)
    scores[0, 0] = scores[5, 5] = 0.9
    scores[1, 1], scores[1, 2], scores[2, 2] = 0.05, 0.04, 0.01  # weak, but each the other's best
    scores[3, 4], scores[4, 4] = 0.06, 0.02  # 4-4 has a better rival: the pairing stops there
    beads = chain.align(scores, lambda runs: np.zeros(len(runs), dtype=np.float32))
    assert sorted((b.x0, b.y0) for b in beads) == [(0, 0), (1, 1), (2, 2), (5, 5)]


def test_an_uneven_gap_is_left_alone() -> None:
    scores = np.zeros((4, 5), dtype=np.float32)
    scores[0, 0] = scores[3, 4] = 0.9
    scores[1, 1], scores[2, 2] = 0.05, 0.05
    beads = chain.align(scores, lambda runs: np.zeros(len(runs), dtype=np.float32))
    assert sorted((b.x0, b.y0) for b in beads) == [(0, 0), (3, 4)]


def test_the_texts_ends_bound_a_gap_unless_a_text_is_cut_off_there() -> None:
    scores = np.zeros((3, 5), dtype=np.float32)
    scores[0, 0] = 0.9
    scores[1, 1], scores[2, 2], scores[2, 4] = 0.05, 0.05, 0.02
    def align(cut_off: tuple[bool, bool]) -> list[tuple[int, int]]:
        beads = chain.align(scores, lambda runs: np.zeros(len(runs), dtype=np.float32), cut_off=cut_off)
        return sorted((b.x0, b.y0) for b in beads)
    assert align((False, False)) == [(0, 0)]  # two clauses left against four: uneven
    assert align((False, True)) == [(0, 0), (1, 1), (2, 2)]  # the end is open: in order from the link
    even = np.zeros((3, 3), dtype=np.float32)
    even[0, 0], even[1, 1], even[2, 2] = 0.9, 0.05, 0.04
    assert sorted((b.x0, b.y0) for b in chain.align(even, lambda runs: np.zeros(len(runs), dtype=np.float32))) == [
        (0, 0), (1, 1), (2, 2)]


def test_a_point_cut_off_at_the_end_of_a_text_pairs_with_the_next_point_of_the_other() -> None:
    a = load_bytes((GAP_A + CUT).encode(), "a.yaml")
    b = load_bytes((GAP_B + MORE).encode(), "b.yaml")
    concordance = build_concordance([a, b], semantic=False)
    rows = ids(concordance)
    assert [["corridors"], ["corridors"]] in rows and [[], ["elections"]] in rows
    assert concordance.rows[rows.index([["mines"], ["mines"]])].kind == "uncertain"


def test_a_point_reworded_in_a_gap_is_paired_as_a_guess() -> None:
    a = load_bytes(GAP_A.encode(), "a.yaml")
    b = load_bytes(GAP_B.encode(), "b.yaml")
    concordance = build_concordance([a, b], semantic=False)
    row = next(row for row in concordance.rows if [c.id for c in row.cells[0].clauses] == ["detainees"])
    assert [c.id for c in row.cells[1].clauses] == ["hostages"]
    assert row.kind == "uncertain" and concordance.kind_label(row).startswith("uncertain: reworded")


GAP_A = """drafter: 1
id: a
title: A
version: "1"
date: 2025-01-01
status: draft
clauses:
  - id: ceasefire
    text: A complete ceasefire along the whole line of contact from the first day.
  - id: detainees
    text: Swap every person detained by force, all for all, without preconditions, within a week of signing.
  - id: corridors
    text: Humanitarian corridors for refugees and for convoys of humanitarian cargo.
"""
GAP_B = """drafter: 1
id: b
title: B
version: "1"
date: 2025-01-02
status: draft
clauses:
  - id: ceasefire
    text: A complete ceasefire along the whole line of contact from the first day on.
  - id: hostages
    text: Free the hostages and those unlawfully detained, under the supervision of mediators and observers.
  - id: corridors
    text: Humanitarian corridors for refugees and for convoys of humanitarian cargo, escorted.
"""
CUT = """  - id: mines
    text: Mine clearance in the fields and
gaps:
  - within: mines
    note: the rest of the text is not available
"""
MORE = """  - id: mines
    text: The parties will clear mines from farmland, roads and the convoys' routes for refugees within a year.
  - id: elections
    text: Elections are to be held within six months under international observation.
"""


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 7), st.integers(1, 7), st.integers(0, 2**32 - 1))
def test_chained_beads_keep_order_and_never_overlap(n: int, m: int, seed: int) -> None:
    scores = np.random.default_rng(seed).random((n, m)).astype(np.float32)
    beads = chain.align(scores, lambda runs: np.array([scores[x0:x1, y0:y1].max() for x0, x1, y0, y1 in runs]))
    ordered = sorted((b for b in beads if not b.moved), key=lambda b: b.x0)
    for first, second in zip(ordered, ordered[1:]):
        assert first.x1 <= second.x0 and first.y1 <= second.y0
    xs = [x for b in beads for x in range(b.x0, b.x1)]
    ys = [y for b in beads for y in range(b.y0, b.y1)]
    assert len(xs) == len(set(xs)) and len(ys) == len(set(ys))
    assert all(b.score >= chain.MOVE for b in beads if b.moved)
