"""Which clause of a translation renders which clause of its original, and how sure that is.

A translation keeps its original's structure, so the numbering says most: point 3(b) of
the original is the third point's second sub-point of the translation too, whatever
letters its alphabet numbers them with. Where numbering cannot say (a translation that
numbers differently, drops or merges a point), the clauses are compared across languages:

- **meaning**: the concordance's similarity (`drafter.diff.scoring`: TF-IDF fused with a
  multilingual sentence embedding when the model is installed);
- **figures**: the numbers both state (`drafter.figures`), which translation never changes;
- **length**: a translation is about as long as what it translates.

The pairs keep the order of both texts (dynamic programming over the two walks); a pair is
*uncertain* when its numbering disagrees, its figures differ, its score is low, or another
clause scores almost as well, and the caller lists those for a person to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from drafter.diff.scoring import Space, fuse
from drafter.diff.semantic import Embedder
from drafter.figures import figures, without_citations
from drafter.model import Clause, Proposal

WEIGHTS = {"number": 0.3, "meaning": 0.3, "figures": 0.3, "length": 0.1}
"""How much each signal counts in a pair's score."""
TAKE = 0.35
"""A pair scoring under this is never made: both clauses stay unpaired."""
SURE = 0.45
"""A pair scoring under this is uncertain, whatever else agrees."""
MARGIN = 0.1
"""A pair is uncertain when another clause scores within this of it."""


@dataclass(frozen=True, slots=True)
class Pairing:
    """One clause of the original and the clause of the translation that renders it."""

    original: str
    """Id of the clause in the original."""
    translation: str
    """Id of the clause in the translation."""
    score: float
    """0..1, the weighted signals (`WEIGHTS`)."""
    reasons: tuple[str, ...] = ()
    """Why it is uncertain (`numbering differs`, `figures differ`, `low score 0.41`,
    `3(c) scores almost as well`); () when it is not."""

    @property
    def uncertain(self) -> bool:
        """True when a person should check the pairing."""
        return bool(self.reasons)


@dataclass(frozen=True, slots=True)
class Alignment:
    """A translation's clauses against its original's."""

    pairs: tuple[Pairing, ...]
    """In the original's order."""
    untranslated: tuple[str, ...]
    """Ids of original clauses no translated clause renders."""
    unused: tuple[str, ...]
    """Ids of translated clauses that render no original clause."""
    semantic: bool
    """True when the sentence embedding was used."""


def align_translation(original: Proposal, translation: Proposal, *, semantic: bool = True,
                      embedder: Embedder | None = None) -> Alignment:
    """Pair the clauses of `translation` with those of `original`, in order."""
    a, b = list(original.walk()), list(translation.walk())
    if not a or not b:
        return Alignment((), tuple(c.id for c in a), tuple(c.id for c in b), False)
    texts = [_text(original, c) for c in a] + [_text(translation, c) for c in b]
    figure = _figure_matrix([" ".join(c.text) for c in a], [without_citations(" ".join(c.text)) for c in b])
    number = _number_matrix(original, translation, a, b)
    scores, used = _scores(texts, len(a), number, figure, semantic, embedder)
    taken = _monotone(scores)
    where_a, where_b = structures(original), structures(translation)
    filled = _fill_gaps(taken, [where_a[c.id][0] for c in a], [where_b[c.id][0] for c in b])
    taken = sorted([*taken, *filled])
    pairs = tuple(Pairing(a[i].id, b[j].id, round(float(scores[i, j]), 4),
                          (("paired by position only",) if (i, j) in filled else ())
                          + _reasons(i, j, scores, number, figure, b)) for i, j in taken)
    paired_a, paired_b = {i for i, _ in taken}, {j for _, j in taken}
    return Alignment(pairs, tuple(c.id for i, c in enumerate(a) if i not in paired_a),
                     tuple(c.id for j, c in enumerate(b) if j not in paired_b), used)


def _text(proposal: Proposal, clause: Clause) -> str:
    return proposal.resolve(" ".join(filter(None, (clause.title, *clause.text))))


def _scores(texts: list[str], n: int, number: np.ndarray, figure: np.ndarray, semantic: bool,
            embedder: Embedder | None) -> tuple[np.ndarray, bool]:
    """Every pair's weighted score: `texts` holds the original's `n` clauses, then the translation's."""
    space = Space(texts, (embedder or Embedder()) if semantic else None)
    space.embed(range(len(texts)))  # across languages the words always leave the pairing in doubt
    lexical, meaning = space.matrix([(i,) for i in range(n)], [(j,) for j in range(n, len(texts))])
    lengths = np.array([len(t) or 1 for t in texts], dtype=np.float32)
    la, lb = lengths[:n, None], lengths[None, n:]
    length = np.minimum(la, lb) / np.maximum(la, lb)
    scores = (WEIGHTS["number"] * number + WEIGHTS["meaning"] * fuse(lexical, meaning)
              + WEIGHTS["figures"] * np.where(np.isnan(figure), 0.5, figure) + WEIGHTS["length"] * length)
    return scores, space.uses_meaning


_DIGITS = re.compile(r"\d+")


def structures(proposal: Proposal) -> dict[str, tuple[str, ...]]:
    """Where each clause stands, in terms any language shares: its container, the digits of its
    point's number (its rank when the number has none), then its rank at each level below, so
    3(b) and 3(б) are both `('', '3', '2')`."""
    keys: dict[str, tuple[str, ...]] = {}
    containers = [("", proposal.clauses), *((f"annex {k}", annex.clauses) for k, annex in enumerate(proposal.annexes, 1))]
    for name, clauses in containers:
        for rank, top in enumerate(clauses, 1):
            digits = _DIGITS.findall(top.number)
            _below(top, (name, digits[0] if digits else f"#{rank}"), keys)
    return keys


def _below(clause: Clause, key: tuple[str, ...], keys: dict[str, tuple[str, ...]]) -> None:
    keys[clause.id] = key
    for rank, child in enumerate(clause.clauses, 1):
        _below(child, (*key, str(rank)), keys)


def _number_matrix(original: Proposal, translation: Proposal, a: list[Clause], b: list[Clause]) -> np.ndarray:
    where_a, where_b = structures(original), structures(translation)
    keys_b = [where_b[c.id] for c in b]
    return np.array([[1.0 if where_a[x.id] == y else 0.0 for y in keys_b] for x in a], dtype=np.float32)


def _figure_matrix(a: list[str], b: list[str]) -> np.ndarray:
    """Dice agreement of the figures two texts state; NaN when neither states any."""
    fa, fb = [figures(t) for t in a], [figures(t) for t in b]
    out = np.full((len(a), len(b)), np.nan, dtype=np.float32)
    for i, x in enumerate(fa):
        for j, y in enumerate(fb):
            total = x.total() + y.total()
            if total:
                out[i, j] = 2 * (x & y).total() / total
    return out


def _monotone(scores: np.ndarray) -> list[tuple[int, int]]:
    """The order-keeping pairs with the largest total gain (score above TAKE), by dynamic programming."""
    n, m = scores.shape
    gain = scores - TAKE
    best = np.zeros((n + 1, m + 1), dtype=np.float64)
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = gain[i, j] + best[i + 1, j + 1] if gain[i, j] > 0 else -np.inf
            best[i, j] = max(take, best[i + 1, j], best[i, j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if gain[i, j] > 0 and np.isclose(best[i, j], gain[i, j] + best[i + 1, j + 1]):
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif np.isclose(best[i, j], best[i + 1, j]):
            i += 1
        else:
            j += 1
    return pairs


def _fill_gaps(pairs: list[tuple[int, int]], containers_a: list[str], containers_b: list[str]) -> list[tuple[int, int]]:
    """Between two pairs (or a pair and an end), as many clauses left on each side, in one
    container (the body, an annex): paired in order, since the pairs around them hold."""
    filled: list[tuple[int, int]] = []
    bounds = [(-1, -1), *pairs, (len(containers_a), len(containers_b))]
    for (i0, j0), (i1, j1) in zip(bounds, bounds[1:]):
        gap_a, gap_b = range(i0 + 1, i1), range(j0 + 1, j1)
        if len(gap_a) == len(gap_b) and all(containers_a[i] == containers_b[j] for i, j in zip(gap_a, gap_b)):
            filled += zip(gap_a, gap_b)
    return filled


def _reasons(i: int, j: int, scores: np.ndarray, number: np.ndarray, figure: np.ndarray,
             b: list[Clause]) -> tuple[str, ...]:
    reasons = []
    if not number[i, j]:
        reasons.append("numbering differs")
    if not np.isnan(figure[i, j]) and figure[i, j] < 1:
        reasons.append("figures differ")
    if scores[i, j] < SURE:
        reasons.append(f"low score {scores[i, j]:.2f}")
    row = scores[i].copy()
    row[j] = -1
    rival = int(np.argmax(row)) if len(row) > 1 else -1
    if rival >= 0 and row[rival] > scores[i, j] - MARGIN:
        reasons.append(f"{b[rival].number or b[rival].id} scores almost as well")
    return tuple(reasons)
