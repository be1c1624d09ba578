"""Two parties' texts as a Redline, read off the concordance's rows: one alignment for both.

`drafter compare` aligns texts of different parties once (`drafter.diff.concord`); where a
Redline of the two is needed (the amendment instructions turning A into B), it is built from
that alignment's rows, never from a second one:

| row | in the Redline |
|---|---|
| A and B, one clause each | a pair (`unchanged`, `renumbered`, `reworded`, `changed` or `moved`, as for versions) |
| only in A / only in B | `removed` / `added` |
| split (one A clause, several B) | A's clause paired with the piece most like it; the others `split` from it |
| merged (several A, one B) | B's clause paired with the piece most like it; the others `merged` into it |
| uncertain | no pair: A's clauses `removed`, B's `added` |

An uncertain row is a guess, and a Redline has no way to say so: a pair there would state
that A's point *is* B's point, and the amendments would reword the one into the other. So
the guess is not taken; the instructions replace the text instead, which turns A into B
just as exactly. `--threshold 0` asserts every row (docs/concordance.md).
"""

from __future__ import annotations

from types import MappingProxyType

from drafter.diff.align import Node, Pairs, flatten
from drafter.diff.changes import ChangeBuilder, Pieces
from drafter.diff.concordance import Concordance, Row
from drafter.diff.fields import document_fields
from drafter.diff.redline import Redline
from drafter.diff.similarity import containment, score
from drafter.errors import DrafterError


def parties_redline(concordance: Concordance) -> Redline:
    """The Redline turning the first of two texts into the second, from the concordance's rows."""
    if len(concordance.texts) != 2:
        raise DrafterError(f"a redline compares two texts, not {len(concordance.texts)}")
    a, b = concordance.texts
    old, new = flatten(a), flatten(b)
    reader = _RowReader(old, new)
    for row in concordance.rows:
        reader.read(row)
    changes = ChangeBuilder(a, b, old, new, reader.pairs, pieces=reader.pieces).changes()
    return Redline(a, b, changes, "parties", document_fields(a, b), MappingProxyType({}))


class _RowReader:
    """Collects the pairs, splits and merges of a two-text concordance's rows."""

    def __init__(self, old: list[Node], new: list[Node]) -> None:
        self.old, self.new = old, new
        self.old_at = {node.clause.id: node.index for node in old}
        self.new_at = {node.clause.id: node.index for node in new}
        self.pairs: Pairs = {}
        self.pieces = Pieces()

    def read(self, row: Row) -> None:
        """Record what one row says; an uncertain row says nothing (see the module docstring)."""
        if row.kind == "uncertain":
            return
        xs = [self.old_at[c.id] for c in row.cells[0].clauses]
        ys = [self.new_at[c.id] for c in row.cells[1].clauses]
        if not xs or not ys:
            return
        if len(xs) == 1:
            self._group(xs[0], ys, split=True)
        elif len(ys) == 1:
            self._group(ys[0], xs, split=False)
        else:  # several on both sides: not a shape the alignment makes; pair them in order
            for x, y in zip(xs, ys):
                self.pairs[x] = (y, self._score(x, y))

    def _group(self, whole: int, parts: list[int], *, split: bool) -> None:
        """Pair `whole` with its closest part; the other parts are split from it or merged into it."""
        scored = {p: self._score(whole, p) if split else self._score(p, whole) for p in parts}
        best = max(parts, key=lambda p: (scored[p], -p))
        x, y = (whole, best) if split else (best, whole)
        self.pairs[x] = (y, scored[best])
        rest = [p for p in parts if p != best]
        if not rest:
            return
        nodes = self.new if split else self.old
        whole_node = (self.old if split else self.new)[whole]
        shares = [(p, containment(nodes[p].bag, whole_node.bag)) for p in rest]
        (self.pieces.splits if split else self.pieces.merges)[whole] = shares

    def _score(self, x: int, y: int) -> float:
        a, b = self.old[x], self.new[y]
        return score(a.text, b.text, a.bag, b.bag)
