"""Order-keeping alignment of two sequences with one-to-many and many-to-one links.

The two sequences are the rows of the concordance so far (`x`) and the clauses of the next
text (`y`). A *bead* links a run of consecutive x (one or more) to a run of consecutive y
(one or more, but not several on both sides): 1-1 a pair, 1-k a point split into k, k-1
several points merged into one, as in sentence alignment of translations (Gale and Church's
beads, vecalign's overlapping concatenations).

Each bead has a weight `score - cutoff + bonus * (extra clauses)`: a pair is worth taking
only above the cutoff, and a split or merge only when the whole matches better than its
best piece alone. The best set of beads that keeps the order on both sides (no two beads
cross) is found by chaining: beads sorted by where they start, each extending the best
chain that ends before it on both sides, with a Fenwick tree of running maxima over the y
positions (O(B log m) for B candidate beads, instead of an n*m grid).

Only afterwards may a link cross the chain: between two clauses the chain left alone, each
the other's best, and either strong (`STRONG`) or stronger than every order-keeping link it
crosses: a moved point. So a weak pair never crosses a strong order-keeping one.
A split or merge must match at least as well as its best piece alone (`GAIN`), so a clause
cut off mid-sentence is not glued to its neighbour for sharing a few words.

Last, gaps: two clauses the chain left alone between the same two links (crossing nothing),
each the other's best over its whole row and column by a clear margin (`GAP_MARGIN`), are
linked even under the cutoff: a point reworded so far that only a rare shared word and its
place tie it to its partner. And where a gap between two links leaves as many clauses alone
on each side, they are paired in order from either link inwards, as long as each pair shares
anything at all and is each other's best among what is left of the gap: between two agreed
points, texts that keep the same number of points in between mostly keep them in order (a
counter-proposal answering point by point). The texts' start and end bound a gap as a link
does, unless a text is cut off there (its source stops): then that gap is paired from its link
only. Such links are weak, so their rows come out uncertain (confidence under one half):
guesses marked as guesses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

CUTOFF = 0.25
"""Least fused score for a pair in order."""
MOVE = 0.4
"""Least fused score for a pair that crosses the order (a moved point); it must also be
stronger than every order-keeping link it crosses, unless it is `STRONG`."""
STRONG = 0.8
"""A pair this good may cross any order-keeping link (each clause is the other's best)."""
BONUS = 0.1
"""Weight per extra clause in a split or merge."""
GAIN = 0.0
"""How much better than its best piece alone a split or merge must match."""
PIECE = 0.2
"""Least fused score of each piece of a split or merge with the other side."""
MAX_PIECES = 4
"""Most clauses on the many side of a split or merge."""
CANDIDATES = 6
"""Best partners kept per clause on each side before chaining."""
GAP_MARGIN = 0.1
"""How far a pair under the cutoff, in a gap of the chain, must clear every rival of either
clause (over its whole row and column) to be linked."""


@dataclass(frozen=True, slots=True)
class Bead:
    """A link between x[x0:x1] and y[y0:y1] with its fused score."""

    x0: int
    x1: int
    y0: int
    y1: int
    score: float
    moved: bool = False

    @property
    def size(self) -> int:
        """Clauses on both sides together."""
        return (self.x1 - self.x0) + (self.y1 - self.y0)


BeadScorer = Callable[[Sequence[tuple[int, int, int, int]]], np.ndarray]
"""Fused scores of runs (x0, x1, y0, y1), each read as one text."""


def align(scores: np.ndarray, score_runs: BeadScorer, allowed: np.ndarray | None = None,
          cut_off: tuple[bool, bool] = (False, False)) -> list[Bead]:
    """The best order-keeping beads between x (rows of `scores`) and y (columns), then moves,
    then the gaps.

    `allowed`, when given, is a boolean matrix: False forbids that x-y pair in any bead.
    `cut_off`: whether a text is cut off at its (start, end), its source missing there: then the
    texts' start (end) bounds no gap.
    """
    n, m = scores.shape
    if n == 0 or m == 0:
        return []
    if allowed is not None:
        scores = np.where(allowed, scores, 0.0)
    singles = _candidates(scores)
    runs = _runs(scores, _best_either_way(scores, singles))
    beads = [Bead(i, i + 1, j, j + 1, float(scores[i, j])) for i, j in singles]
    if runs:
        run_scores = score_runs(runs)
        beads += [Bead(*run, float(s)) for run, s in zip(runs, run_scores)
                  if _allowed(run, allowed) and s >= _best_piece(scores, run) + GAIN]
    chosen = _chain([b for b in beads if _weight(b) > 0], m)
    moves = _moves(scores, chosen)
    gaps = _gaps(scores, chosen, moves)
    return chosen + moves + gaps + _even_gaps(scores, chosen + gaps, moves, cut_off)


def _weight(bead: Bead) -> float:
    return bead.score - CUTOFF + BONUS * (bead.size - 2)


def _best_piece(scores: np.ndarray, run: tuple[int, int, int, int]) -> float:
    x0, x1, y0, y1 = run
    return float(scores[x0:x1, y0:y1].max())


def _allowed(run: tuple[int, int, int, int], allowed: np.ndarray | None) -> bool:
    return allowed is None or bool(allowed[run[0]:run[1], run[2]:run[3]].all())


def _candidates(scores: np.ndarray) -> list[tuple[int, int]]:
    """Pairs among each clause's best few partners, either way, above the cutoff."""
    n, m = scores.shape
    keep = np.zeros(scores.shape, dtype=bool)
    k = min(CANDIDATES, m)
    rows = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    keep[np.arange(n)[:, None], rows] = True
    k = min(CANDIDATES, n)
    cols = np.argpartition(-scores, k - 1, axis=0)[:k, :]
    keep[cols, np.arange(m)[None, :]] = True
    keep &= scores > CUTOFF
    return [(int(i), int(j)) for i, j in zip(*np.nonzero(keep))]


def _best_either_way(scores: np.ndarray, singles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs in which one clause is the other's best: where a split or merge may start."""
    best_y, best_x = scores.argmax(axis=1), scores.argmax(axis=0)
    return [(i, j) for i, j in singles if best_y[i] == j or best_x[j] == i]


def _runs(scores: np.ndarray, singles: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """Candidate splits (one x, a run of y) and merges (a run of x, one y) around the pairs."""
    found: set[tuple[int, int, int, int]] = set()
    for i, j in singles:
        for y0, y1 in _spans(scores[i, :], j):
            found.add((i, i + 1, y0, y1))
        for x0, x1 in _spans(scores[:, j], i):
            found.add((x0, x1, j, j + 1))
    return sorted(found)


def _spans(line: np.ndarray, at: int) -> list[tuple[int, int]]:
    """Runs of 2..MAX_PIECES positions around `at` whose every score is at least PIECE."""
    low = at
    while low > 0 and at - low < MAX_PIECES - 1 and line[low - 1] >= PIECE:
        low -= 1
    high = at + 1
    while high < len(line) and high - at < MAX_PIECES and line[high] >= PIECE:
        high += 1
    return [(a, b) for a in range(low, at + 1) for b in range(at + 1, high + 1)
            if 2 <= b - a <= MAX_PIECES]


def _chain(beads: list[Bead], m: int) -> list[Bead]:
    """The order-keeping, non-overlapping subset of `beads` with the highest total weight."""
    beads.sort(key=lambda b: (b.x0, b.y0))
    by_end = sorted(range(len(beads)), key=lambda k: beads[k].x1)
    tree = _MaxTree(m)
    total = [0.0] * len(beads)
    before = [-1] * len(beads)
    inserted = 0
    for k, bead in enumerate(beads):
        while inserted < len(by_end) and beads[by_end[inserted]].x1 <= bead.x0:
            done = by_end[inserted]
            tree.update(beads[done].y1 - 1, total[done], done)
            inserted += 1
        best, previous = tree.query(bead.y0 - 1)
        total[k] = best + _weight(bead)
        before[k] = previous
    if not beads:
        return []
    k = max(range(len(beads)), key=lambda i: total[i])
    chosen = []
    while k >= 0:
        chosen.append(beads[k])
        k = before[k]
    return chosen[::-1]


class _MaxTree:
    """Fenwick tree of (best total, bead) over y positions: prefix maxima in O(log m)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.value = [0.0] * (size + 1)
        self.bead = [-1] * (size + 1)

    def update(self, position: int, value: float, bead: int) -> None:
        k = position + 1
        while k <= self.size:
            if value > self.value[k]:
                self.value[k], self.bead[k] = value, bead
            k += k & -k

    def query(self, position: int) -> tuple[float, int]:
        """The best (total, bead) among beads ending at or before `position` (-1: none)."""
        best, bead = 0.0, -1
        k = position + 1
        while k > 0:
            if self.value[k] > best:
                best, bead = self.value[k], self.bead[k]
            k -= k & -k
        return best, bead


def _moves(scores: np.ndarray, chosen: list[Bead]) -> list[Bead]:
    """Pairs across the order between clauses the chain left alone: each the other's best, and
    strong, or stronger than every order-keeping link they cross (a moved point). Strongest first."""
    free_x = np.ones(scores.shape[0], dtype=bool)
    free_y = np.ones(scores.shape[1], dtype=bool)
    for bead in chosen:
        free_x[bead.x0:bead.x1] = False
        free_y[bead.y0:bead.y1] = False
    moves: list[Bead] = []
    while free_x.any() and free_y.any():
        rest = np.where(free_x[:, None] & free_y[None, :], scores, 0.0)
        i, j = np.unravel_index(int(np.argmax(rest)), rest.shape)
        value = float(rest[i, j])
        if value < MOVE:
            break
        free_x[i] = free_y[j] = False
        if value >= STRONG or all(b.score < value for b in chosen if _crosses(b, int(i), int(j))):
            moves.append(Bead(int(i), int(i) + 1, int(j), int(j) + 1, value, moved=True))
    return moves


def _crosses(bead: Bead, x: int, y: int) -> bool:
    return (bead.x1 <= x and bead.y0 > y) or (bead.x0 > x and bead.y1 <= y)


def _gaps(scores: np.ndarray, chosen: list[Bead], moves: list[Bead]) -> list[Bead]:
    """Pairs between clauses left alone that cross no link: each the other's best over its whole
    row and column, by `GAP_MARGIN` over any rival. Strongest first, so they never cross each other."""
    free_x = np.ones(scores.shape[0], dtype=bool)
    free_y = np.ones(scores.shape[1], dtype=bool)
    for bead in chosen + moves:
        free_x[bead.x0:bead.x1] = False
        free_y[bead.y0:bead.y1] = False
    best_y, best_x = scores.argmax(axis=1), scores.argmax(axis=0)
    found: list[Bead] = []
    for i in np.nonzero(free_x)[0]:
        j = int(best_y[i])
        value = float(scores[i, j])
        if not free_y[j] or best_x[j] != i or value - _rival(scores, int(i), j) < GAP_MARGIN:
            continue
        found.append(Bead(int(i), int(i) + 1, j, j + 1, value))
    found.sort(key=lambda b: -b.score)
    kept: list[Bead] = []
    for bead in found:
        if not any(_crosses(other, bead.x0, bead.y0) for other in chosen + kept):
            kept.append(bead)
    return kept


def _rival(scores: np.ndarray, x: int, y: int) -> float:
    """The best score of x with another y, or of y with another x."""
    row = np.delete(scores[x], y)
    column = np.delete(scores[:, y], x)
    return float(max(row.max(initial=0.0), column.max(initial=0.0)))


def _even_gaps(scores: np.ndarray, links: list[Bead], moves: list[Bead],
               cut_off: tuple[bool, bool]) -> list[Bead]:
    """Pairs in order inside gaps that leave as many clauses alone on each side: from either end
    inwards, while the next two share anything and are each other's best among the gap's clauses
    still alone. A gap lies between two links, or between a link and the texts' start or end; the
    start or end bounds no gap where a text is `cut_off`: that gap is paired from its link only."""
    free_x = np.ones(scores.shape[0], dtype=bool)
    free_y = np.ones(scores.shape[1], dtype=bool)
    for bead in links + moves:
        free_x[bead.x0:bead.x1] = False
        free_y[bead.y0:bead.y1] = False
    ordered = sorted((b for b in links if not b.moved), key=lambda b: b.x0)
    if not ordered:
        return []
    n, m = scores.shape
    start, end = Bead(-1, 0, -1, 0, 0.0), Bead(n, n + 1, m, m + 1, 0.0)
    found: list[Bead] = []
    for before, after in zip([start, *ordered], [*ordered, end]):
        xs = [x for x in range(before.x1, after.x0) if free_x[x]]
        ys = [y for y in range(before.y1, after.y0) if free_y[y]]
        if not xs or not ys:
            continue
        if before is start and cut_off[0]:
            found += _pair_inwards(scores, xs, ys, (-1,))
        elif after is end and cut_off[1]:
            found += _pair_inwards(scores, xs, ys, (0,))
        elif len(xs) == len(ys):
            found += _pair_inwards(scores, xs, ys, (0, -1))
    return found


def _pair_inwards(scores: np.ndarray, xs: list[int], ys: list[int], ends: tuple[int, ...]) -> list[Bead]:
    found: list[Bead] = []
    for end in ends:
        while xs and _each_others_best(scores, xs, ys, end):
            found.append(Bead(xs[end], xs[end] + 1, ys[end], ys[end] + 1, float(scores[xs[end], ys[end]])))
            xs, ys = (xs[1:], ys[1:]) if end == 0 else (xs[:-1], ys[:-1])
    return found


def _each_others_best(scores: np.ndarray, xs: list[int], ys: list[int], end: int) -> bool:
    """True when xs[end] and ys[end] share anything and each is the other's best among xs, ys."""
    x, y = xs[end], ys[end]
    row, column = scores[x, ys], scores[xs, y]
    others = np.concatenate([np.delete(row, end), np.delete(column, end)])
    return bool(scores[x, y] > max(0.0, float(others.max(initial=0.0))))
