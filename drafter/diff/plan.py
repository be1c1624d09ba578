"""A redline laid out as one document: the pieces it writes, in order, paragraphs paired.

    plan = redline.plan()
    for piece in plan.pieces: ...          # Piece("equal", "truce", "truce", change), ...

Each change kind becomes pieces: a kept clause is written once with word spans inside
it; an added clause is inserted, a removed one deleted where it stood, a moved one
deleted at its old place and inserted at its new. `order` interleaves the pieces so
that kept and deleted pieces stand in the old document's order and kept and inserted
ones in the new: a kept pair out of that order (a child whose parent moved) is written
as deleted and inserted too. Paragraphs without ids (the preamble, an annex's
introduction, a clause's alternatives) are paired in `paragraphs.py`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator

from drafter.diff.paragraphs import paired, paragraph_blocks, resolved
from drafter.diff.redline import ANNEX, ClauseChange, KindDispatcher, Piece, Plan, Redline, SpanOp
from drafter.model import Proposal


def plan(redline: Redline) -> Plan:
    """The redline as one document: preamble pairs, then every piece in writing order."""
    pieces = [paired(piece, redline) for piece in _ordered(redline)]
    preamble = paragraph_blocks(resolved(redline.old, redline.old.preamble),
                                resolved(redline.new, redline.new.preamble))
    return Plan(preamble, tuple(pieces))


def _ordered(redline: Redline) -> list[Piece]:
    planner = Planner(redline)
    pieces: list[Piece] = annex_pieces(redline.old, redline.new)
    for change in redline.changes:
        pieces.extend(planner.render_change(change))
    return order(pieces, positions(redline.old), positions(redline.new))


class Planner(KindDispatcher):
    """The pieces each change kind becomes."""

    def __init__(self, redline: Redline) -> None:
        written = {c for c in redline.changes if c.kind not in ("split", "merged")}
        self.old_done = {c.old.id for c in written if c.old is not None}
        self.new_done = {c.new.id for c in written if c.new is not None}

    def reworded(self, change: ClauseChange) -> list[Piece]:
        """Kept in place, with word spans."""
        return [Piece("equal", change.old.id, change.new.id, change)]  # type: ignore[union-attr]

    def renumbered(self, change: ClauseChange) -> list[Piece]:
        """Kept in place; the number label is tracked."""
        return self.reworded(change)

    def renamed(self, change: ClauseChange) -> list[Piece]:
        """Kept in place (an id is not printed; the renderer notes the change)."""
        return self.reworded(change)

    def changed(self, change: ClauseChange) -> list[Piece]:
        """Kept in place; what is printed of the changed fields is tracked."""
        return self.reworded(change)

    def unchanged(self, change: ClauseChange) -> list[Piece]:
        """Kept in place as plain text."""
        return self.reworded(change)

    def added(self, change: ClauseChange) -> list[Piece]:
        """Inserted."""
        return [Piece("insert", None, change.new.id)]  # type: ignore[union-attr]

    def removed(self, change: ClauseChange) -> list[Piece]:
        """Deleted where it stood."""
        return [Piece("delete", change.old.id, None)]  # type: ignore[union-attr]

    def moved(self, change: ClauseChange) -> list[Piece]:
        """Deleted at the old place, inserted at the new."""
        return self.removed(change) + self.added(change)

    def split(self, change: ClauseChange) -> list[Piece]:
        """The piece inserted; the old whole deleted once, unless another change keeps it."""
        return self.added(change) + self._once(change.old.id, self.old_done, "delete")  # type: ignore[union-attr]

    def merged(self, change: ClauseChange) -> list[Piece]:
        """The old piece deleted; the new whole inserted once, unless another change keeps it."""
        return self.removed(change) + self._once(change.new.id, self.new_done, "insert")  # type: ignore[union-attr]

    @staticmethod
    def _once(key: str, done: set[str], op: SpanOp) -> list[Piece]:
        if key in done:
            return []
        done.add(key)
        return [Piece(op, key, None) if op == "delete" else Piece(op, None, key)]


def positions(proposal: Proposal) -> dict[str, int]:
    """Clause ids and `annex:<id>` keys in document order (an annex's heading before its clauses)."""
    keys = [c.id for top in proposal.clauses for c in top.walk()]
    for annex in proposal.annexes:
        keys.append(ANNEX + annex.id)
        keys.extend(c.id for top in annex.clauses for c in top.walk())
    return {key: i for i, key in enumerate(keys)}


def annex_pieces(old: Proposal, new: Proposal) -> list[Piece]:
    """Annex headings: kept when both documents have the annex, else deleted or inserted."""
    old_ids, new_ids = {a.id for a in old.annexes}, {a.id for a in new.annexes}
    return [
        *(Piece("equal", ANNEX + i, ANNEX + i) for i in sorted(old_ids & new_ids)),
        *(Piece("delete", ANNEX + i, None) for i in sorted(old_ids - new_ids)),
        *(Piece("insert", None, ANNEX + i) for i in sorted(new_ids - old_ids)),
    ]


def longest_increasing(values: list[int]) -> set[int]:
    """Indexes of one longest strictly increasing subsequence of `values` (patience sorting)."""
    tails: list[int] = []
    tail_at: list[int] = []
    back = [-1] * len(values)
    for i, value in enumerate(values):
        k = bisect_left(tails, value)
        back[i] = tail_at[k - 1] if k else -1
        if k == len(tails):
            tails.append(value)
            tail_at.append(i)
        else:
            tails[k], tail_at[k] = value, i
    found, i = set(), tail_at[-1] if tail_at else -1
    while i >= 0:
        found.add(i)
        i = back[i]
    return found


def order(pieces: list[Piece], old_pos: dict[str, int], new_pos: dict[str, int]) -> list[Piece]:
    """The pieces in writing order: deletions where they stood, insertions where they go."""
    kept = sorted((p for p in pieces if p.op == "equal"), key=lambda p: new_pos[p.new])  # type: ignore[index]
    in_order = longest_increasing([old_pos[p.old] for p in kept])  # type: ignore[index]
    rest = [p for p in pieces if p.op != "equal"]
    for i, piece in enumerate(kept):
        if i not in in_order:
            rest += [Piece("delete", piece.old, None), Piece("insert", None, piece.new)]
    kept = [p for i, p in enumerate(kept) if i in in_order]
    old_side = sorted([*kept, *(p for p in rest if p.op == "delete")], key=lambda p: old_pos[p.old])  # type: ignore[index]
    new_side = sorted([*kept, *(p for p in rest if p.op == "insert")], key=lambda p: new_pos[p.new])  # type: ignore[index]
    return list(_merge(old_side, new_side))


def _merge(old_side: list[Piece], new_side: list[Piece]) -> Iterator[Piece]:
    i = j = 0
    while i < len(old_side) or j < len(new_side):
        while i < len(old_side) and old_side[i].op == "delete":
            yield old_side[i]
            i += 1
        while j < len(new_side) and new_side[j].op == "insert":
            yield new_side[j]
            j += 1
        if i < len(old_side) or j < len(new_side):
            # cannot fail: the kept pieces are one run increasing on both sides
            if i == len(old_side) or j == len(new_side) or old_side[i] is not new_side[j]:
                raise AssertionError("redline pieces out of order")
            yield new_side[j]
            i, j = i + 1, j + 1


def pieces_text(pieces: Iterable[Piece]) -> list[str]:
    """`-old`, `+new`, `=same` or `=old/new` for each piece: for tests and debugging."""
    sign = {"equal": "=", "delete": "-", "insert": "+"}
    return [sign[p.op] + ("/".join(k for k in (p.old, p.new) if k) if p.old != p.new else str(p.old))
            for p in pieces]
