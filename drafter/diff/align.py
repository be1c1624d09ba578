"""Clause alignment: which old clause is which new clause.

Versions (`match_versions`): by id first, which is linear and costs nothing for
unchanged clauses; then, among the few clauses left on each side, by similarity
(greedy best-first over candidates that share a rare word, above a cutoff).

Parties (`match_parties`): the two texts share no ids. Clear matches come first, in any
order (best-first above `PARTY_ANCHOR`), so a point that moved is not forced into a
weak in-order pair. A monotone alignment of the rest (the order-aware part: a point of
one text is most likely the twin of the point at the same place in the other) pairs
clauses in order, maximising total similarity; what it leaves goes to best-first again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.diff.similarity import Bag, Blocker, score, stems
from drafter.model import Clause, Proposal

VERSION_CUTOFF = 0.5
"""Least similarity for two clauses with different ids to count as the same clause."""
PARTY_ANCHOR = 0.3
"""Least similarity for a pair between parties' texts to be taken whatever its place."""
PARTY_ORDERED_CUTOFF = 0.15
"""Least similarity for a pair in the monotone alignment of two parties' texts."""
PARTY_CUTOFF = 0.35
"""Least similarity for an out-of-order pair between two parties' texts."""
GRID_LIMIT = 250_000
"""Beyond this many cells the monotone alignment is skipped: best-first pairing alone."""


@dataclass(slots=True)
class Node:
    """A clause in a flattened document, with what alignment needs to know about it."""

    clause: Clause
    index: int
    """Position in the document's walk order."""
    parent: str
    """`#doc`, `#annex:<id>`, or the parent clause's id."""
    rank: int
    """Position among its siblings."""
    text: str = ""
    """The clause's paragraphs joined by newlines: what word spans are computed on."""
    _bag: Bag | None = field(default=None, repr=False)

    @property
    def bag(self) -> Bag:
        """Stems of the title and text, computed on first use only."""
        if self._bag is None:
            self._bag = stems(f"{self.clause.title or ''}\n{self.text}")
        return self._bag


def flatten(proposal: Proposal) -> list[Node]:
    """Every clause of `proposal` in walk order, with its parent and rank."""
    nodes: list[Node] = []

    def visit(clauses: tuple[Clause, ...], parent: str) -> None:
        for rank, clause in enumerate(clauses):
            nodes.append(Node(clause, len(nodes), parent, rank, "\n".join(clause.text)))
            visit(clause.clauses, clause.id)

    visit(proposal.clauses, "#doc")
    for annex in proposal.annexes:
        visit(annex.clauses, f"#annex:{annex.id}")
    return nodes


Pairs = dict[int, tuple[int, float]]
"""Old node index -> (new node index, similarity)."""


def match_versions(old: list[Node], new: list[Node]) -> Pairs:
    """Pairs by id, then by similarity among the rest."""
    by_id = {node.clause.id: node.index for node in new}
    pairs: Pairs = {}
    for node in old:
        j = by_id.get(node.clause.id)
        if j is not None:
            pairs[node.index] = (j, score(node.text, new[j].text, *_bags(node, new[j])))
    pairs.update(best_first(*_rest(old, new, pairs), VERSION_CUTOFF))
    return pairs


_EMPTY = Bag()


def _bags(a: Node, b: Node) -> tuple[Bag, Bag]:
    if a.text == b.text:
        return _EMPTY, _EMPTY  # score() short-circuits on identical text: no stems needed
    return a.bag, b.bag


def best_first(old: list[Node], new: list[Node], cutoff: float) -> Pairs:
    """Greedy best-first pairing of candidate pairs scoring at least `cutoff`."""
    if not old or not new:
        return {}
    blocker = Blocker([n.bag for n in new])
    scored = []
    for a in old:
        for k in blocker.candidates(a.bag):
            b = new[k]
            value = score(a.text, b.text, a.bag, b.bag, cutoff)
            if value >= cutoff:
                scored.append((-value, a.index, b.index))
    scored.sort()
    pairs: Pairs = {}
    taken: set[int] = set()
    for negative, i, j in scored:
        if i not in pairs and j not in taken:
            pairs[i] = (j, -negative)
            taken.add(j)
    return pairs


def match_parties(old: list[Node], new: list[Node]) -> Pairs:
    """Clear matches, a monotone alignment of the rest, then best-first pairing of what is left."""
    pairs = best_first(old, new, PARTY_ANCHOR)
    if len(old) * len(new) <= GRID_LIMIT:
        pairs.update(monotone(*_rest(old, new, pairs), PARTY_ORDERED_CUTOFF))
    pairs.update(best_first(*_rest(old, new, pairs), PARTY_CUTOFF))
    return pairs


def _rest(old: list[Node], new: list[Node], pairs: Pairs) -> tuple[list[Node], list[Node]]:
    taken = {j for j, _ in pairs.values()}
    return [n for n in old if n.index not in pairs], [n for n in new if n.index not in taken]


def monotone(old: list[Node], new: list[Node], cutoff: float) -> Pairs:
    """The order-keeping pairing with the highest total similarity (pairs under `cutoff` barred).

    Dynamic programming over the n*m grid, like a global sequence alignment with free gaps.
    """
    n, m = len(old), len(new)
    grid = [[score(a.text, b.text, a.bag, b.bag, cutoff) for b in new] for a in old]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            pair = grid[i][j] + best[i + 1][j + 1] if grid[i][j] >= cutoff else -1.0
            best[i][j] = max(pair, best[i + 1][j], best[i][j + 1])
    pairs: Pairs = {}
    i = j = 0
    while i < n and j < m:
        if grid[i][j] >= cutoff and best[i][j] == grid[i][j] + best[i + 1][j + 1]:
            pairs[old[i].index] = (new[j].index, grid[i][j])
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs
