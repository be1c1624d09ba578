"""The log of a proposal: each version with how it differs from the last one that loaded.

Comparing two whole versions of a large proposal costs what the document holds; consecutive
versions differ in a few clauses, so the equal top-level clauses are left out first
(`changed_only`) and a comparison costs what changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from operator import attrgetter

from drafter.diff import diff_proposals
from drafter.diff.redline import NOT_UPDATED, Redline
from drafter.history.entries import Entry, LogLine, Version
from drafter.model import Clause, Proposal

LOG_KINDS = (("added", "+"), ("reworded", "~"), ("changed", ""), ("removed", "-"), ("renamed", ""), ("moved", ""),
             ("renumbered", ""), ("split", ""), ("merged", ""))
"""Change kinds in the order a summary lists them, with their sign."""


def log_entries(versions: Iterable[Version]) -> Iterator[Entry]:
    """Each version with its redline against the last earlier version that loaded."""
    previous: Proposal | None = None
    for version in versions:
        current = version.proposal
        if current is None or previous is None:
            yield Entry(version, None)
        else:
            yield Entry(version, diff_proposals(*changed_only(previous, current)))
        previous = current or previous


def changed_only(old: Proposal, new: Proposal) -> tuple[Proposal, Proposal]:
    """Both versions without the top-level clauses that are equal at the same place.

    When the top-level ids (and each annex's) are the same in the same order, an equal
    clause at the same place pairs with itself by id, and so do its sub-clauses: they
    can only be `unchanged`. Every other change (kinds, moves, splits, merges, document
    fields) comes out as in the full comparison. Otherwise (a clause inserted, removed or
    reordered at the top) both are returned whole.

    Equal is tested as `is` first: the incremental loader hands back the very same
    `Clause` for a clause whose text and place did not change, so the test costs nothing
    for them and the whole call costs what changed, not what the document holds.
    """
    if list(map(_ID, old.annexes)) != list(map(_ID, new.annexes)):
        return old, new  # an annex added, removed or moved: compare whole
    kept = [_changed_pairs(old.clauses, new.clauses)]
    kept += [_changed_pairs(a.clauses, b.clauses) for a, b in zip(old.annexes, new.annexes)]
    if any(pairs is None for pairs in kept):
        return old, new
    sides = []
    for side in (0, 1):
        proposal = (old, new)[side]
        lists = [tuple(pair[side] for pair in pairs or ()) for pairs in kept]
        annexes = tuple(replace(annex, clauses=clauses) for annex, clauses in zip(proposal.annexes, lists[1:]))
        sides.append(replace(proposal, clauses=lists[0], annexes=annexes))
    return sides[0], sides[1]


_ID = attrgetter("id")


def _changed_pairs(old: tuple[Clause, ...], new: tuple[Clause, ...]) -> list[tuple[Clause, Clause]] | None:
    """The (old, new) clauses at each place that are not equal; None if the ids differ.

    The same object has the same id, so only the other pairs' ids are compared.
    """
    if old is new:
        return []
    if len(old) != len(new):
        return None
    pairs = [(a, b) for a, b in zip(old, new) if a is not b]
    if any(a.id != b.id for a, b in pairs):
        return None
    return [(a, b) for a, b in pairs if a != b]


def change_counts(redline: Redline) -> Counter[str]:
    """Clauses changed, by kind. A moved or renamed clause whose words changed also counts as
    reworded, and a moved clause whose id changed as renamed: a move hides neither."""
    counts: Counter[str] = Counter()
    for change in redline.changes:
        if change.kind == "unchanged":
            continue
        counts[change.kind] += 1
        if change.kind in ("moved", "renamed") and any(span.op != "equal" for span in change.spans):
            counts["reworded"] += 1
        if change.kind == "moved" and change.old is not None and change.old.id in redline.renamed:
            counts["renamed"] += 1
    return counts


def summary_parts(entry: Entry) -> list[tuple[str, str]]:
    """The summary as (text, what it is): a change kind, `problem`, `flag` (languages whose
    translation was not updated, with how many clauses), or `plain`."""
    version, redline = entry.version, entry.redline
    if version.proposal is None:
        return [(version.problem, "problem")]
    if redline is None:
        return [(f"created, {sum(1 for _ in version.proposal.walk())} clauses", "plain")]
    counts = change_counts(redline)
    parts = [(f"{sign}{counts[kind]} {kind}", kind) for kind, sign in LOG_KINDS if counts[kind]]
    stale = redline.not_updated()
    if stale:
        parts.append((f"! {NOT_UPDATED}: " + ", ".join(f"{tag} {n}" for tag, n in stale.items()), "flag"))
    if parts:
        return parts
    fields = [change.field for change in redline.document_fields]
    return [(f"no clause changes ({', '.join(fields)})" if fields else "no changes", "plain")]


def summary(entry: Entry) -> str:
    """`+2 added ~3 reworded -1 removed 1 moved`, `created, 12 clauses`, `invalid: ...`."""
    return " ".join(text for text, _ in summary_parts(entry))


def log_line(entry: Entry) -> LogLine:
    """What the log says about the entry's commit."""
    counts = change_counts(entry.redline) if entry.redline else Counter()
    proposal = entry.version.proposal
    return LogLine(entry.version.commit, proposal.version if proposal else None,
                   {kind: counts[kind] for kind, _ in LOG_KINDS if counts[kind]}, tuple(summary_parts(entry)),
                   entry.redline.not_updated() if entry.redline else {})
