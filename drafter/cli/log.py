"""`drafter log PROPOSAL`: one line per commit that changed a proposal, with what changed.

All versions come from two git processes whatever the number of commits: one
`git log --follow` for the commits and one `git cat-file --batch` for the files.
Identical files are loaded once, and a commit whose file did not change its content
(a merge, a mode change) is not diffed again. Versions are loaded incrementally
(`drafter.load.incremental`): only the clauses a commit changed are read, and only
those are compared (`changed_only`), so a long history of a large proposal stays fast.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import TYPE_CHECKING

import click

from drafter.cli.output import colour_wanted, echo, style
from drafter.diff.redline import Redline
from drafter.errors import DrafterError, InvalidProposal
from drafter.git import FileCommit
from drafter.model import Clause, Proposal

if TYPE_CHECKING:
    from drafter.load.incremental import IncrementalLoader

LOG_KINDS = (("added", "+", "green"), ("reworded", "~", "yellow"), ("removed", "-", "red"),
             ("moved", "", "cyan"), ("renumbered", "", None), ("split", "", "cyan"), ("merged", "", "cyan"))
"""Change kinds in the order a summary lists them, with their sign and colour."""


@dataclass(frozen=True, slots=True)
class Version:
    """A proposal as one commit left it."""

    commit: FileCommit
    proposal: Proposal | None
    """None when the file was deleted or does not load in that commit."""
    problem: str = ""
    """Why `proposal` is None: `deleted`, `invalid: 3 problems`, ..."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the log: a version and how it differs from the last one that loaded."""

    version: Version
    redline: Redline | None
    """None for the first version, and for a version that does not load. Top-level clauses
    that are the very same object in both versions are left out (see `changed_only`)."""


@click.command()
@click.argument("proposal", metavar="PROPOSAL")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: a list of {commit, date, author, version, summary, counts}.")
def log(proposal: str, fmt: str) -> None:
    """List the commits that changed a proposal (following renames), newest first.

    Each line: commit, date, author, the document's version field and a summary of the
    clause changes since the commit before: +added ~reworded -removed, moved, renumbered.
    A moved clause whose words changed counts as moved and as reworded.

    \b
    Examples:
      drafter log proposals/ukraine-ceasefire-12-point.yaml
      drafter log proposals/ukraine-ceasefire-12-point.yaml --format json
    """
    colour = colour_wanted() and fmt == "text"
    # records, not entries: a redline holds two whole versions, a record a few strings
    records = [_record(entry, colour) for entry in log_entries(load_versions(proposal))][::-1]
    if fmt == "json":
        echo(json.dumps([{k: v for k, v in r.items() if k != "styled"} for r in records], ensure_ascii=False,
                        indent=2))
        return
    width = max(len(str(r["author"])) for r in records)
    for record in records:
        echo(_line(record, width, colour))


def load_versions(path: str) -> Iterator[Version]:
    """Every committed version of the proposal at `path`, oldest first, one at a time.

    Only the version before is kept, so memory stays that of two versions however long
    the history; a version with the same bytes as the one before is not loaded again.
    """
    from drafter import git
    from drafter.load.incremental import IncrementalLoader

    loader = IncrementalLoader()
    commits = list(reversed(git.file_log(path)))
    last: tuple[bytes, Version] | None = None
    for commit, data in zip(commits, git.iter_blobs((c.commit, c.path) for c in commits)):
        if data is None:
            yield Version(commit, None, "deleted")
            continue
        if last is not None and last[0] == data:
            version = Version(commit, last[1].proposal, last[1].problem)
        else:
            version = _load(loader, commit, data)
        last = (data, version)
        yield version


def _load(loader: IncrementalLoader, commit: FileCommit, data: bytes) -> Version:
    try:
        return Version(commit, loader.load(data, f"{commit.commit[:7]}:{commit.path}"))
    except InvalidProposal as error:
        return Version(commit, None, f"invalid: {error.message}")
    except DrafterError as error:
        return Version(commit, None, f"unreadable: {error.message.rsplit(': ', 1)[-1]}")


def log_entries(versions: Iterable[Version]) -> Iterator[Entry]:
    """Each version with its redline against the last earlier version that loaded."""
    from drafter.diff import diff_proposals

    previous: Proposal | None = None
    for version in versions:
        current = version.proposal
        if current is None or previous is None:
            yield Entry(version, None)
        else:
            yield Entry(version, diff_proposals(*changed_only(previous, current)))
        previous = current or previous


def changed_only(old: Proposal, new: Proposal) -> tuple[Proposal, Proposal]:
    """Both versions without the top-level clauses that are the same object at the same place.

    The incremental loader hands back the same `Clause` for an unchanged clause in place.
    When the top-level ids (and each annex's) are the same in the same order, such a clause
    and all its sub-clauses pair with themselves by id and can only be `unchanged`; every
    other change (kinds, moves, splits, merges, document fields) comes out as in the full
    comparison, which then costs what changed rather than what the document holds.
    Otherwise (a clause inserted, removed or reordered at the top) both are returned whole.
    """
    if list(map(_ID, old.annexes)) != list(map(_ID, new.annexes)):
        return old, new
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
    """The (old, new) clauses at each place that are not the same object; None if the ids differ."""
    if old is new:
        return []
    if list(map(_ID, old)) != list(map(_ID, new)):
        return None
    return [(a, b) for a, b in zip(old, new) if a is not b]


def summary(entry: Entry, colour: bool = False) -> str:
    """`+2 added ~3 reworded -1 removed 1 moved`, `created, 12 clauses`, `invalid: ...`."""
    version, redline = entry.version, entry.redline
    if version.proposal is None:
        return style(version.problem, colour, fg="red")
    if redline is None:
        return f"created, {sum(1 for _ in version.proposal.walk())} clauses"
    counts = change_counts(redline)
    parts = [style(f"{sign}{counts[kind]} {kind}", colour, fg=fg) for kind, sign, fg in LOG_KINDS if counts[kind]]
    if parts:
        return " ".join(parts)
    fields = [change.field for change in redline.document_fields]
    return f"no clause changes ({', '.join(fields)})" if fields else "no changes"


def change_counts(redline: Redline) -> Counter[str]:
    """Clauses changed, by kind; a moved or renumbered clause whose words changed also counts as reworded."""
    counts: Counter[str] = Counter()
    for change in redline.changes:
        if change.kind == "unchanged":
            continue
        counts[change.kind] += 1
        if change.kind in ("moved", "renumbered") and any(span.op != "equal" for span in change.spans):
            counts["reworded"] += 1
    return counts


def _line(record: dict[str, object], width: int, colour: bool) -> str:
    commit, date, author = str(record["commit"]), str(record["date"]), str(record["author"])
    return (f"{style(commit[:7], colour, fg='yellow')} {date[:10]} "
            f"{author:<{width}}  {record['version'] or '?':<6} {record['styled']}")


def _record(entry: Entry, colour: bool) -> dict[str, object]:
    commit, proposal = entry.version.commit, entry.version.proposal
    counts = change_counts(entry.redline) if entry.redline else Counter()
    return {
        "commit": commit.commit, "date": commit.date, "author": commit.author, "path": commit.path,
        "version": proposal.version if proposal else None, "summary": summary(entry),
        "counts": {kind: counts[kind] for kind, _, _ in LOG_KINDS if counts.get(kind)},
        "styled": summary(entry, colour) if colour else summary(entry),
    }
