"""From aligned pairs to ClauseChange records: kinds, spans, flags, field changes, order.

A pair is `moved` when its parent changed, or when it left its place among its
siblings for a reason other than insertions and removals: its rank among the paired
siblings changed, and either it is outside the longest common subsequence of the old
and new sibling order (difflib's SequenceMatcher, autojunk off) or neither of its
paired neighbours is the same as before. So one point taken out and put back later is
one move (the points it jumped over are only renumbered), and a shuffled list is all
moves. See docs/diff-json.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from drafter.diff.align import Node, Pairs
from drafter.diff.fields import clause_fields, same_targets
from drafter.diff.flags import substantive_flags
from drafter.diff.redline import ChangeKind, ClauseChange, Span
from drafter.diff.similarity import Blocker, containment
from drafter.diff.translations import language_changes, language_order, not_updated
from drafter.diff.words import word_spans
from drafter.model import Proposal

PIECE_CONTAINMENT = 0.8
"""Share of a piece's words that must come from one clause for a split or merge."""
PIECE_MIN_STEMS = 4
"""Pieces shorter than this (in content words) are never called split or merged."""


def moved_clauses(old: list[Node], new: list[Node], pairs: Pairs) -> set[int]:
    """Old node indexes of the pairs that moved (see the module docstring)."""
    back = {j: i for i, (j, _) in pairs.items()}
    new_by_id = {node.clause.id: node.index for node in new}
    groups: dict[str, list[int]] = defaultdict(list)
    moved: set[int] = set()
    for node in new:
        i = back.get(node.index)
        if i is None:
            continue
        if _old_parent(node, new_by_id, back, old) != old[i].parent:
            moved.add(i)
        else:
            groups[old[i].parent].append(i)
    for new_order in groups.values():
        moved |= _out_of_order(sorted(new_order), new_order)
    return moved


def _old_parent(node: Node, new_by_id: dict[str, int], back: dict[int, int], old: list[Node]) -> str:
    """The parent key `node`'s parent had in the old document (`#unpaired` if it had none)."""
    if node.parent.startswith("#"):
        return node.parent
    i = back.get(new_by_id[node.parent])
    return old[i].clause.id if i is not None else "#unpaired"


def _out_of_order(old_order: list[int], new_order: list[int]) -> set[int]:
    if old_order == new_order:
        return set()
    matcher = SequenceMatcher(None, old_order, new_order, autojunk=False)
    kept = {x for a, _, size in matcher.get_matching_blocks() for x in old_order[a:a + size]}
    old_rank = {x: r for r, x in enumerate(old_order)}
    moved = set()
    for r, x in enumerate(new_order):
        o = old_rank[x]
        if o == r:
            continue
        same_prev = _at(old_order, o - 1) == _at(new_order, r - 1)
        same_next = _at(old_order, o + 1) == _at(new_order, r + 1)
        if x not in kept or not (same_prev or same_next):
            moved.add(x)
    return moved


def _at(items: list[int], k: int) -> int | None:
    return items[k] if 0 <= k < len(items) else None


def pieces(whole: list[Node], parts: list[Node], taken: set[int]) -> dict[int, list[tuple[int, float]]]:
    """Unpaired `parts` nodes that came (almost) wholly from one `whole` node.

    Keys and values are node indexes: whole -> [(part, containment)].
    """
    free = [n for n in parts if n.index not in taken and n.bag.total() >= PIECE_MIN_STEMS]
    if not free or not whole:
        return {}
    blocker = Blocker([n.bag for n in whole])
    found: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for part in free:
        scored = [(containment(part.bag, whole[k].bag), whole[k].index) for k in blocker.candidates(part.bag)]
        best = max(scored, default=(0.0, -1))
        if best[0] >= PIECE_CONTAINMENT:
            found[best[1]].append((part.index, best[0]))
    return found


@dataclass(slots=True)
class Pieces:
    """Splits and merges an alignment decided itself (two parties' texts, `drafter.diff.parties`).

    Keys are the whole clause's node index; values the other pieces' node indexes with the share
    of their words found in the whole. Without them, pieces are found by containment (`pieces`).
    """

    splits: dict[int, list[tuple[int, float]]] = field(default_factory=dict)
    """Old whole -> new pieces split from it (other than the one it is paired with)."""
    merges: dict[int, list[tuple[int, float]]] = field(default_factory=dict)
    """New whole -> old pieces merged into it (other than the one it is paired with)."""


class ChangeBuilder:
    """Turns aligned nodes into the ordered ClauseChange records of a Redline."""

    def __init__(self, old: Proposal, new: Proposal, old_nodes: list[Node], new_nodes: list[Node], pairs: Pairs,
                 renamed: Mapping[str, str] | None = None, pieces: Pieces | None = None) -> None:
        self.old, self.new = old, new
        self.old_nodes, self.new_nodes, self.pairs = old_nodes, new_nodes, pairs
        self.renamed = renamed or {}
        self.retarget = same_targets(self.renamed)
        self.back = {j: i for i, (j, _) in pairs.items()}
        self.moved = moved_clauses(old_nodes, new_nodes, pairs)
        self.party_names = [p.name for p in (*old.parties, *new.parties)]
        self.party_ids = [p.id for p in (*old.parties, *new.parties)]
        self.splits: dict[int, ClauseChange] = {}
        self.merges: dict[int, ClauseChange] = {}
        self.split_sources: set[int] = set()
        self.merge_targets: set[int] = set()
        self.languages = language_order(old, new)
        self.first = new.language or old.language
        if pieces is None:
            self._pieces()
        else:
            self._given(pieces)

    def changes(self) -> tuple[ClauseChange, ...]:
        """Every change, in the new document's order, removed clauses where they stood."""
        after: dict[int, list[int]] = defaultdict(list)  # new index (-1: start) -> removed old indexes
        anchor = -1
        for node in self.old_nodes:
            if node.index in self.pairs:
                anchor = self.pairs[node.index][0]
            else:
                after[anchor].append(node.index)
        out = list(self._removed(after[-1]))
        for node in self.new_nodes:
            if node.index not in self.merge_targets or node.index in self.back:
                out.append(self._change_for_new(node))
            out.extend(self._removed(after[node.index]))
        return tuple(out)

    def _removed(self, indexes: list[int]) -> Iterator[ClauseChange]:
        for i in indexes:
            if i in self.merges:
                yield self.merges[i]
            elif i not in self.split_sources:
                clause = self.old_nodes[i].clause
                text = self.old_nodes[i].text
                yield ClauseChange("removed", clause, None, 0.0, _whole("delete", text),
                                   languages=language_changes(clause, None, self.languages))

    def _change_for_new(self, node: Node) -> ClauseChange:
        i = self.back.get(node.index)
        if i is None:
            if node.index in self.splits:
                return self.splits[node.index]
            return ClauseChange("added", None, node.clause, 0.0, _whole("insert", node.text),
                                languages=language_changes(None, node.clause, self.languages))
        return self._pair(self.old_nodes[i], node, self.pairs[i][1])

    def _pair(self, a: Node, b: Node, similarity: float) -> ClauseChange:
        """The change of a pair; references are compared by the clause they name (`retarget`).

        Its other language versions are compared too: a translation's words changed alone reword
        the clause (its title alone changes it), and a language left as it was while another
        changed is `not_updated`.
        """
        fields = clause_fields(a.clause, b.clause, self.retarget)
        old_text = self.retarget(a.text) if self.retarget else a.text
        languages = language_changes(a.clause, b.clause, self.languages, self.retarget)
        reworded = any(change.state != "unchanged" and change.old_text != change.new_text for change in languages)
        retitled = any(change.title is not None for change in languages)
        kind = self._kind(a, b, old_text != b.text or reworded, bool(fields) or retitled)
        first_changed = old_text != b.text or any(change.field == "title" for change in fields)
        stale = not_updated(self.first, first_changed, languages)
        if old_text == b.text:
            return ClauseChange(kind, a.clause, b.clause, 1.0, _whole("equal", b.text), (), fields,
                                languages=languages, not_updated=stale)
        flags = substantive_flags(old_text, b.text, self.party_names, self.party_ids)
        return ClauseChange(kind, a.clause, b.clause, similarity, word_spans(old_text, b.text), flags, fields,
                            languages=languages, not_updated=stale)

    def _kind(self, a: Node, b: Node, reworded: bool, fields: bool) -> ChangeKind:
        """moved > renamed > reworded (the words) > changed (other fields) > renumbered > unchanged."""
        if a.index in self.moved:
            return "moved"
        if a.clause.id in self.renamed:
            return "renamed"
        if reworded:
            return "reworded"
        if fields:
            return "changed"
        return "renumbered" if a.clause.number != b.clause.number else "unchanged"

    def _changed_wholes(self, nodes: list[Node], partner: dict[int, int], other: list[Node]) -> list[Node]:
        """Clauses that could have been split or merged: gone, or paired with a different text.

        Only these are indexed, so the cost follows the number of changes, not the document size.
        """
        return [n for n in nodes if n.index not in partner or other[partner[n.index]].text != n.text]

    def _pieces(self) -> None:
        """Find splits (one old clause -> several new) and merges (several old -> one new)."""
        forward = {i: j for i, (j, _) in self.pairs.items()}
        self._find_pieces(self.old_nodes, self.new_nodes, forward, self.back, split=True)
        self._find_pieces(self.new_nodes, self.old_nodes, self.back, forward, split=False)

    def _given(self, pieces: Pieces) -> None:
        """The splits and merges the alignment decided."""
        forward = {i: j for i, (j, _) in self.pairs.items()}
        for whole, found in pieces.splits.items():
            self._record(self.old_nodes, self.new_nodes, whole, found, forward.get(whole), split=True)
        for whole, found in pieces.merges.items():
            self._record(self.new_nodes, self.old_nodes, whole, found, self.back.get(whole), split=False)

    def _find_pieces(self, wholes: list[Node], parts: list[Node], partner: dict[int, int],
                     part_partner: dict[int, int], *, split: bool) -> None:
        """Unpaired `parts` that came from one of `wholes`; a whole is kept only with a partner
        or with at least two pieces."""
        changed = self._changed_wholes(wholes, partner, parts)
        for whole, found in pieces(changed, parts, set(part_partner)).items():
            other = partner.get(whole)
            if other is None and len(found) < 2:
                continue
            self._record(wholes, parts, whole, found, other, split=split)

    def _record(self, wholes: list[Node], parts: list[Node], whole: int, found: list[tuple[int, float]],
                other: int | None, *, split: bool) -> None:
        """The split (or merged) records of `whole`'s pieces `found`; `other` is its partner, if any."""
        ids = [parts[k].clause.id for k, _ in found]
        if other is not None:
            ids.insert(0, parts[other].clause.id)
        (self.split_sources if split else self.merge_targets).add(whole)
        for k, share in found:
            a, b = (wholes[whole], parts[k]) if split else (parts[k], wholes[whole])
            related = tuple(x for x in ids if x != parts[k].clause.id)
            change = ClauseChange("split" if split else "merged", a.clause, b.clause, share,
                                  word_spans(a.text, b.text), (), (), related)
            (self.splits if split else self.merges)[k] = change


def _whole(op: str, text: str) -> tuple[Span, ...]:
    return (Span(op, text),) if text else ()  # type: ignore[arg-type]
