"""Clause alignment of two versions of one proposal: which old clause is which new clause.

By id first (`match_versions`), which is linear and costs nothing for unchanged clauses;
then, among the few clauses left on each side, by similarity (greedy best-first over
candidates that share a rare word, above a cutoff).

Texts of different parties share no ids: they are aligned by the concordance
(`drafter.diff.concord`), and their Redline read off its rows (`drafter.diff.parties`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.diff.similarity import Bag, Blocker, score, stems
from drafter.model import Clause, Proposal

VERSION_CUTOFF = 0.5
"""Least similarity for two clauses with different ids to count as the same clause."""


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


def _rest(old: list[Node], new: list[Node], pairs: Pairs) -> tuple[list[Node], list[Node]]:
    taken = {j for j, _ in pairs.values()}
    return [n for n in old if n.index not in pairs], [n for n in new if n.index not in taken]

