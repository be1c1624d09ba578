"""Amendment instructions from a comparison: the numbered list a drafter would write to turn
the old text into the new one.

    instructions = amendments(diff_proposals(old, new))      # an AmendmentSet

Clauses the Redline pairs keep their place unless they moved: the paired sub-points of
each parent that kept their old order (the longest common subsequence, less any the
Redline calls moved) stay; every other clause is moved, or added, right after its new
previous sibling (or first in its parent), so the list needs no renumbering. A clause
removed where a new one stands, both without sub-points, is replaced by it. A paired
clause whose wording changed gets word instructions (`drafter.diff.wording`) unless the
policy prefers to replace its whole text. The instructions are listed in the order of
the old text, as drafters list them, except where one must come first: a clause is
placed before another is placed after it, and sub-points are moved out of a clause
before it is deleted.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import Any

from drafter import numbering
from drafter.diff.align import flatten
from drafter.diff.amendments import (
    Amendment,
    AmendmentSet,
    DocumentRef,
    NewClause,
    Place,
    Policy,
    Record,
    Target,
)
from drafter.diff.flags import substantive_flags
from drafter.diff.labels import Labels, depth_of
from drafter.diff.redline import Redline, Span
from drafter.diff.wording import WordEdit, regions, word_edits
from drafter.diff.words import span_ratio, word_spans
from drafter.dump import WORKING_FIELDS, proposal_data, working_data
from drafter.errors import DrafterError
from drafter.model import Clause, Proposal

PLAIN = Policy()
"""Word by word unless most of a text changed or it would take more than 4 instructions."""

FIGURES = frozenset({"number", "date", "duration", "distance"})
"""Flags of a change the EU guide lets an amendment make word by word."""

RESULT_FIELDS = ("version", "date", "status", "notice", "parties", "authors", "sources", "notes", "gaps")




def amendments(redline: Redline, policy: Policy = PLAIN, style: str = "plain") -> AmendmentSet:
    """The instructions turning `redline.old` into `redline.new`."""
    builder = _Builder(redline, policy)
    ordered = builder.build()
    old = redline.old
    return AmendmentSet(DocumentRef(old.id, old.title, old.version), ordered, tuple(builder.records),
                        _result(old, redline.new), style)


def text_edits(old: tuple[str, ...], new: tuple[str, ...], policy: Policy,
               spans: tuple[Span, ...] | None = None) -> list[WordEdit] | None:
    """Word instructions for a text, or None when the policy (or a change no quote can
    carry) calls for replacing the whole text."""
    if old == new:
        return []
    spans = spans if spans is not None else word_spans("\n".join(old), "\n".join(new))
    if span_ratio(spans) < policy.keep_at_least:
        return None
    if policy.figures_only and not all(_figure(r.deleted, r.inserted) for r in regions(spans)):
        return None
    edits = word_edits(spans)
    return edits if edits is not None and len(edits) <= policy.max_word_edits else None


def _figure(deleted: str, inserted: str) -> bool:
    flags = set(substantive_flags(deleted, inserted, [], []))
    return bool(flags) and flags <= FIGURES


def _result(old: Proposal, new: Proposal) -> dict[str, Any]:
    before, after = proposal_data(old), proposal_data(new)
    return {k: after.get(k, "" if k == "notice" else []) for k in RESULT_FIELDS if before.get(k) != after.get(k)}


@dataclass(slots=True)
class _Item:
    amendment: Amendment
    key: float
    seq: int
    deps: set[int] = field(default_factory=set)


class _Builder:
    def __init__(self, redline: Redline, policy: Policy) -> None:
        self.old, self.new, self.policy = redline.old, redline.new, policy
        _check_annexes(self.old, self.new)
        self.old_nodes, self.new_nodes = flatten(self.old), flatten(self.new)
        self.old_by_id = {n.clause.id: n for n in self.old_nodes}
        self.annex_starts = _annex_starts(self.old)
        self.partner: dict[str, Clause] = {}  # old id -> new clause, and new id -> old clause
        self.spans: dict[str, tuple[Span, ...]] = {}
        moved: set[str] = set()
        for change in redline.changes:
            if change.old and change.new and change.kind not in ("split", "merged"):
                self.partner[f"old:{change.old.id}"] = change.new
                self.partner[f"new:{change.new.id}"] = change.old
                self.spans[change.old.id] = change.spans
                if change.kind == "moved":
                    moved.add(change.old.id)
        self.stable = self._stable(moved)
        numbers = [n.clause.number for n in self.old_nodes]
        self.unique = {x for x in numbers if x and numbers.count(x) == 1}
        self.labels = Labels(set(numbers))
        self.items: list[_Item] = []
        self.records: list[Record] = []
        self.placed: dict[str, int] = {}  # new id -> the item that puts it in place
        self.refs: dict[str, Target] = {}  # new id -> how instructions name it
        self.replaced: set[str] = set()  # old ids taken by a replacement

    # -- order --

    def build(self) -> tuple[Amendment, ...]:
        self._document()
        self._visit(self.new.clauses, "#doc", Target("document"), -0.5, inside_added=False)
        for annex in self.new.annexes:
            start = float(self.annex_starts[annex.id])
            self._annex_fields(annex.id, start - 0.3)  # after the last clause before the annex (end + 0.5)
            self._visit(annex.clauses, f"#annex:{annex.id}", Target("annex", annex.id, _letter(self.old, annex.id)),
                        start - 0.2, inside_added=False)
        self._deletions()
        return tuple(self._ordered())

    def _ordered(self) -> Iterator[Amendment]:
        """Kahn's topological sort, taking the item earliest in the old text first."""
        waiting = {i: set(item.deps) for i, item in enumerate(self.items)}
        unlocks: dict[int, list[int]] = defaultdict(list)
        for i, deps in waiting.items():
            for d in deps:
                unlocks[d].append(i)
        ready = [(item.key, item.seq, i) for i, item in enumerate(self.items) if not item.deps]
        heapq.heapify(ready)
        while ready:
            _, _, i = heapq.heappop(ready)
            yield self.items[i].amendment
            for j in unlocks[i]:
                waiting[j].discard(i)
                if not waiting[j]:
                    heapq.heappush(ready, (self.items[j].key, self.items[j].seq, j))

    def _add(self, amendment: Amendment, key: float, deps: set[int] | None = None) -> int:
        self.items.append(_Item(amendment, key, len(self.items), deps or set()))
        return len(self.items) - 1

    # -- structure --

    def _stable(self, moved: set[str]) -> set[str]:
        """Old ids of paired clauses that keep their place among their siblings."""
        groups: dict[str, list[int]] = defaultdict(list)
        for node in self.new_nodes:
            old = self.partner.get(f"new:{node.clause.id}")
            if old is not None and self._old_space(node.parent) == self.old_by_id[old.id].parent:
                groups[node.parent].append(self.old_by_id[old.id].index)
        stable: set[str] = set()
        for new_order in groups.values():
            matcher = SequenceMatcher(None, sorted(new_order), new_order, autojunk=False)
            for block in matcher.get_matching_blocks():
                stable |= {self.old_nodes[i].clause.id for i in new_order[block.b:block.b + block.size]}
        return stable - moved

    def _old_space(self, new_parent: str) -> str:
        if new_parent.startswith("#"):
            return new_parent
        old = self.partner.get(f"new:{new_parent}")
        return old.id if old is not None else f"new:{new_parent}"

    def _visit(self, clauses: tuple[Clause, ...], parent: str, container: Target, start_key: float,
               inside_added: bool) -> None:
        labels: Iterator[tuple[str, str]] | None = None
        group: int | None = None  # the `add` item consecutive new clauses join
        previous: Clause | None = None
        for clause in clauses:
            old = self.partner.get(f"new:{clause.id}")
            if old is not None:
                group = None
                self._paired(old, clause, previous, container, start_key)
            elif not inside_added:
                if group is None and self._replacement(clause, previous, parent):
                    pass
                elif group is not None:
                    label, number = next(labels)  # type: ignore[arg-type]
                    self._join(group, clause, label, number)
                else:
                    labels = self._labels(previous, container, parent)
                    label, number = next(labels)
                    group = self._new_group(clause, label, number, previous, container, start_key)
            self._visit(clause.clauses, clause.id, self.refs[clause.id], self._inner_key(clause),
                        inside_added=old is None)
            previous = clause

    def _inner_key(self, clause: Clause) -> float:
        old = self.partner.get(f"new:{clause.id}")
        if old is not None:
            return self.old_by_id[old.id].index + 0.25
        return self.items[self.placed[clause.id]].key

    def _labels(self, previous: Clause | None, container: Target, parent: str) -> Iterator[tuple[str, str]]:
        """Numbers for clauses added after `previous` (8A, 8B), or first in the parent (A1, (za)).

        A number is made from the anchor's own number, whatever level the anchor now stands
        at, so a reader (and the text form's parser) can tell it from the instruction alone.
        """
        if previous is not None and not self.refs[previous.id].number.startswith("[["):
            number = self.refs[previous.id].number
            return self.labels.after(number, depth_of(number))
        if container.kind == "clause":
            prefix, depth = container.number, depth_of(container.number) + 1
        else:
            prefix, depth = (f"{container.number}." if container.kind == "annex" else ""), 0
        old_parent = self._old_space(parent)
        empty = not any(n.parent == old_parent for n in self.old_nodes)
        return self.labels.first(prefix, depth, empty)

    def _place(self, previous: Clause | None, container: Target, start_key: float) -> tuple[Place, float, set[int]]:
        """Where a clause goes (after its new previous sibling, or first), a sort key, and
        the items that must come before (those placing the anchor or the parent)."""
        anchor = previous if previous is not None else None
        deps = set()
        if anchor is not None:
            place, key = Place("after", self.refs[anchor.id]), self._after_key(anchor)
            if anchor.id in self.placed:
                deps.add(self.placed[anchor.id])
        else:
            place, key = Place("start", container), start_key
            if container.kind == "clause" and container.id in self.placed:
                deps.add(self.placed[container.id])
        return place, key, deps

    def _after_key(self, clause: Clause) -> float:
        old = self.partner.get(f"new:{clause.id}")
        if old is None:
            return self.items[self.placed[clause.id]].key
        node = self.old_by_id[old.id]
        end = node.index + sum(1 for _ in old.walk()) - 1
        return end + 0.5

    def _paired(self, old: Clause, new: Clause, previous: Clause | None, container: Target, start_key: float) -> None:
        self.refs[new.id] = self._target(old)
        if old.id not in self.stable:
            place, key, deps = self._place(previous, container, start_key)
            self.placed[new.id] = self._add(Amendment("move", self._target(old), place=place), key, deps)
        self._edits(old, new)

    def _target(self, clause: Clause) -> Target:
        """An old clause as instructions address it: by its number, or (a clause the source
        prints without one, or with one another clause has too) as `[[id]]`."""
        return Target("clause", clause.id, clause.number if clause.number in self.unique else f"[[{clause.id}]]")

    def _new_group(self, clause: Clause, label: str, number: str, previous: Clause | None,
                   container: Target, start_key: float) -> int:
        place, key, deps = self._place(previous, container, start_key)
        content = self._content(clause, label, number)
        item = self._add(Amendment("add", None, place=place, clauses=(content,)), key, deps)
        self._placed_content(clause, item)
        return item

    def _join(self, item: int, clause: Clause, label: str, number: str) -> None:
        amendment = self.items[item].amendment
        content = self._content(clause, label, number)
        self.items[item].amendment = replace(amendment, clauses=(*amendment.clauses, content))
        self._placed_content(clause, item)

    def _placed_content(self, clause: Clause, item: int) -> None:
        self.placed[clause.id] = item
        for child in clause.clauses:
            if f"new:{child.id}" not in self.partner:
                self._placed_content(child, item)

    def _content(self, clause: Clause, label: str, number: str) -> NewClause:
        """The clause as inserted: with its new sub-clauses, not those moved into it later."""
        self.refs[clause.id] = Target("clause", clause.id, number)
        children = []
        marks = iter(range(1, 10_000))
        for child in clause.clauses:
            if f"new:{child.id}" not in self.partner:
                mark = numbering.mark(child.depth, next(marks))
                children.append(self._content(child, f"({mark})", f"{number}({mark})"))
        return NewClause(label, number, clause.title, clause.text, clause.status, clause.id,
                         working_data(clause), tuple(children), clause.source_number)

    def _replacement(self, clause: Clause, previous: Clause | None, parent: str) -> bool:
        """Replace a removed clause standing where `clause` now stands, when neither has sub-points."""
        if clause.clauses:
            return False
        old = self._removed_in_slot(previous, self._old_space(parent))
        if old is None:
            return False
        self.replaced.add(old.id)
        self.refs[clause.id] = Target("clause", clause.id, old.number)
        content = NewClause(old.label, old.number, clause.title, clause.text,
                            id=clause.id if clause.id != old.id else None)
        key = self.old_by_id[old.id].index
        self.placed[clause.id] = self._add(Amendment("replace", self._target(old), clauses=(content,)), key)
        if old.status != clause.status:
            self._add(Amendment("restatus", self._target(old), old=old.status, new=clause.status), key)
        fields = working_data(clause)
        for name in WORKING_FIELDS:
            if name in fields:
                self.records.append(Record(Target("clause", clause.id, old.number), name, fields[name]))
        return True

    def _removed_in_slot(self, previous: Clause | None, old_parent: str) -> Clause | None:
        """The first removed old clause, without sub-points, between `previous`'s partner (or
        the start of the parent) and the next paired clause there."""
        if old_parent.startswith("new:"):
            return None
        siblings = [n.clause for n in self.old_nodes if n.parent == old_parent]
        start = 0
        if previous is not None:
            anchor = self.partner.get(f"new:{previous.id}")
            if anchor is None or anchor not in siblings or anchor.id not in self.stable:
                return None  # the slot after a clause that moved is not where the new one goes
            start = siblings.index(anchor) + 1
        for clause in siblings[start:]:
            if f"old:{clause.id}" in self.partner:
                return None
            if clause.id not in self.replaced:
                return None if clause.clauses else clause
        return None

    def _deletions(self) -> None:
        for node in self.old_nodes:
            clause = node.clause
            if f"old:{clause.id}" in self.partner or clause.id in self.replaced:
                continue
            if not (node.parent.startswith("#") or f"old:{node.parent}" in self.partner):
                continue  # deleted with its parent
            kept = [self.partner[f"old:{d.id}"].id for d in clause.walk() if f"old:{d.id}" in self.partner]
            deps = {self.placed[ident] for ident in kept if ident in self.placed}  # moved out first
            self._add(Amendment("delete", self._target(clause)), node.index, deps)

    # -- wording and fields --

    def _edits(self, old: Clause, new: Clause) -> None:
        key = self.old_by_id[old.id].index
        target = self._target(old)
        edits = text_edits(old.text, new.text, self.policy, self.spans.get(old.id))
        if edits is None:
            content = NewClause(old.label, old.number, new.title, new.text)
            self._add(Amendment("replace", target, intro=bool(old.clauses), clauses=(content,)), key)
        else:
            if old.title != new.title:
                self._add(Amendment("retitle", target, old=old.title or "", new=new.title or ""), key)
            for edit in edits:
                self._add(Amendment(edit.kind, target, edit.old, edit.new, edit.every, edit.where), key)
        if old.status != new.status:
            self._add(Amendment("restatus", target, old=old.status, new=new.status), key)
        before, after = working_data(old), working_data(new)
        for name in WORKING_FIELDS:
            if before.get(name) != after.get(name):
                self.records.append(Record(target, name, after.get(name, {} if name == "positions" else [])))
        if old.source_number != new.source_number:
            self.records.append(Record(target, "number", new.source_number))
        if old.id != new.id:
            self.records.append(Record(target, "id", new.id))

    def _document(self) -> None:
        if self.old.title != self.new.title:
            self._add(Amendment("retitle", Target("document"), old=self.old.title, new=self.new.title), -1.0)
        self._text(Target("preamble"), self.old.preamble, self.new.preamble, -1.0)

    def _annex_fields(self, annex_id: str, key: float) -> None:
        old = next(a for a in self.old.annexes if a.id == annex_id)
        new = next(a for a in self.new.annexes if a.id == annex_id)
        target = Target("annex", annex_id, old.letter)
        if old.title != new.title:
            self._add(Amendment("retitle", target, old=old.title, new=new.title), key)
        self._text(target, old.text, new.text, key)

    def _text(self, target: Target, old: tuple[str, ...], new: tuple[str, ...], key: float) -> None:
        edits = text_edits(old, new, self.policy)
        if edits is None:
            self._add(Amendment("replace", target, text=new), key)
            return
        for edit in edits:
            self._add(Amendment(edit.kind, target, edit.old, edit.new, edit.every, edit.where), key)



def _letter(proposal: Proposal, annex_id: str) -> str:
    return next(a.letter for a in proposal.annexes if a.id == annex_id)


def _annex_starts(proposal: Proposal) -> dict[str, int]:
    """Walk-order index of each annex's first clause (where it would be, if it has none)."""
    count = sum(1 for c in proposal.clauses for _ in c.walk())
    starts = {}
    for annex in proposal.annexes:
        starts[annex.id] = count
        count += sum(1 for c in annex.clauses for _ in c.walk())
    return starts


def _check_annexes(old: Proposal, new: Proposal) -> None:
    before, after = [a.id for a in old.annexes], [a.id for a in new.annexes]
    if before != after:
        raise DrafterError(
            f"amendments cannot yet add, remove or reorder annexes (annexes {', '.join(before) or 'none'} "
            f"become {', '.join(after) or 'none'}); compare the annexes' clauses within the same annexes")
