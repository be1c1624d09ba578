"""One clause across the versions of a proposal: where it appears, changes, moves or goes away.

The steps come from the comparisons `drafter log` makes (`log_entries`), so a clause is
followed the way `drafter diff` pairs it: through a rename (its id changed and the diff
paired it by similarity), a move, a split or a merge. Every change the diff reports is a
step (positions, alternatives and notes included); renumbering alone is not.

The comparisons are read once, oldest first. Only their changes are kept, with their
texts printed as that version numbers its references, and never the versions themselves
(but the first), so memory follows the number of changes, not of versions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from types import MappingProxyType

from drafter.diff.redline import ClauseChange, Redline, Span
from drafter.history.entries import Entry, Step, Version

QUIET = frozenset({"unchanged", "renumbered"})
"""Kinds that are no step in a clause's story: nothing about the clause itself changed."""


@dataclass(frozen=True, slots=True)
class _Record:
    """One change of one comparison, kept until the clause's ids are known."""

    version: Version
    change: ClauseChange
    spans: tuple[Span, ...]


def clause_steps(entries: Iterable[Entry], clause_id: str) -> list[Step]:
    """The steps of the clause that has, or once had, the id `clause_id`, oldest first."""
    first: Version | None = None
    records: list[_Record] = []
    for entry in entries:
        if entry.version.proposal is None:
            continue
        if entry.redline is None:
            first = first or entry.version
            continue
        changes = [c for c in entry.redline.changes if c.kind not in QUIET]
        if changes:
            version = _bare(entry.version)
            records += (_Record(version, c, _printed(entry.redline, c)) for c in changes)
    return list(_steps(first, records, lineage(records, clause_id)))


def lineage(records: Iterable[_Record], clause_id: str) -> set[str]:
    """`clause_id` and every id the same clause had before or after it, through the diff's pairs."""
    links: dict[str, set[str]] = {}
    for record in records:
        old, new = record.change.old, record.change.new
        if old is not None and new is not None and old.id != new.id and record.change.kind not in ("split", "merged"):
            links.setdefault(old.id, set()).add(new.id)
            links.setdefault(new.id, set()).add(old.id)
    found, todo = {clause_id}, [clause_id]
    while todo:
        for other in links.get(todo.pop(), ()):
            if other not in found:
                found.add(other)
                todo.append(other)
    return found


def _steps(first: Version | None, records: list[_Record], ids: set[str]) -> Iterator[Step]:
    seen = False
    proposal = first.proposal if first is not None else None
    original = next((proposal.index[i] for i in sorted(ids) if i in proposal.index), None) if proposal else None
    if first is not None and proposal is not None and original is not None:
        seen = True
        yield Step(_bare(first), "added", original, (Span("insert", proposal.resolve("\n".join(original.text))),), ())
    for record in records:
        change = record.change
        if not any(side is not None and side.id in ids for side in (change.old, change.new)):
            continue
        event = "restored" if change.kind == "added" and seen else change.kind
        seen = True
        spans = record.spans if change.kind != "removed" else ()
        yield Step(record.version, event, change.new, spans, change.fields, change)


def _bare(version: Version) -> Version:
    """The version without its clauses: a step needs its commit and `version` field, and
    holding every version whole would hold every version's index."""
    if version.proposal is None:
        return version
    bare = replace(version.proposal, preamble=(), clauses=(), annexes=(), index=MappingProxyType({}))
    return Version(version.commit, bare, version.problem)


def _printed(redline: Redline, change: ClauseChange) -> tuple[Span, ...]:
    """The change's spans with references as each side numbers them (`point 3`, not `[[id]]`)."""
    return tuple(Span(s.op, redline.resolve(s.text, "old" if s.op == "delete" else "new")) if "[[" in s.text else s
                 for s in change.spans)
