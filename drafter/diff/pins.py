"""A person's corrections to an alignment: pins, forbidden pairs and points marked dropped.

Clauses are named by text label and clause id (`B:nato-jets`), so the corrections survive
new versions of the texts: a clause keeps its id when its wording or number changes.
`drafter compare --write-pairs FILE` writes the file; `--pairs FILE` reads it back
(`drafter.load.pairs`); docs/concordance.md shows its shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

Ref = tuple[int, str]
"""(text index, clause id)."""


@dataclass(frozen=True, slots=True)
class Pins:
    """What the alignment must respect."""

    together: tuple[tuple[Ref, ...], ...] = ()
    """Groups of clauses that are one provision (a pair, or a point and its pieces)."""
    apart: tuple[tuple[Ref, Ref], ...] = ()
    """Pairs of clauses that must not share a row."""
    alone: tuple[Ref, ...] = ()
    """Clauses with no partner in any other text (a point the others dropped or never had)."""
    unknown: tuple[str, ...] = field(default=())
    """References to clauses no text has any more (reported, otherwise ignored)."""

    def constraints(self, rows: list[dict[int, list[str]]], ys: list[str],
                    k: int) -> tuple[np.ndarray | None, set[tuple[int, int]]]:
        """For aligning text k's clauses `ys` with `rows`: the allowed matrix (None: all) and forced pairs."""
        if not (self.together or self.apart or self.alone):
            return None, set()
        allowed = np.ones((len(rows), len(ys)), dtype=bool)
        where = {(t, ident): x for x, row in enumerate(rows) for t, ids in row.items() for ident in ids}
        column = {ident: y for y, ident in enumerate(ys)}
        forced: set[tuple[int, int]] = set()
        for group in self.together:
            xs = {where[r] for r in group if r[0] < k and r in where}
            for y in (column[i] for t, i in group if t == k and i in column):
                for x in xs:
                    forced.add((x, y))
        for x, y in forced:
            others = [j for j in range(len(ys)) if (x, j) not in forced]
            allowed[x, others] = False
            allowed[[i for i in range(len(rows)) if (i, y) not in forced], y] = False
        for first, second in self.apart:
            for mine, theirs in ((first, second), (second, first)):
                if mine[0] == k and mine[1] in column and theirs in where:
                    allowed[where[theirs], column[mine[1]]] = False
        for t, ident in self.alone:
            if t == k and ident in column:
                allowed[:, column[ident]] = False
            elif (t, ident) in where:
                allowed[where[(t, ident)], :] = False
        return allowed, forced
