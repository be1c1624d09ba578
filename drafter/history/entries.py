"""What the history of a proposal is made of: versions, log entries, a clause's steps.

Plain results, like `drafter.diff.redline`: the history functions make them and the
renderers and commands read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.diff.redline import ClauseChange, FieldChange, Redline, Span
from drafter.git import FileCommit
from drafter.model import Clause, Proposal


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
    that are equal in both versions are left out (see `drafter.history.log.changed_only`)."""


@dataclass(frozen=True, slots=True)
class LogLine:
    """What the log says about one commit: an `Entry` without its two versions."""

    commit: FileCommit
    version: str | None
    """The document's `version` field; None when it did not load."""
    counts: dict[str, int]
    """Clauses changed by kind, in the order a summary lists them; kinds that did not occur left out."""
    summary: tuple[tuple[str, str], ...]
    """The summary's parts: (text, what it is: a change kind, `problem`, `flag` or `plain`)."""
    not_updated: dict[str, int] = field(default_factory=dict)
    """Per language, clauses changed in another language and not in this one (a translation
    not updated); empty for a proposal in one language."""

    @property
    def text(self) -> str:
        """`+2 added ~3 reworded -1 removed 1 moved`, `created, 12 clauses`, `invalid: ...`."""
        return " ".join(text for text, _ in self.summary)


@dataclass(frozen=True, slots=True)
class Step:
    """One version of a clause: the commit that made it and how it differs from the one before."""

    version: Version
    """The commit, and the document's `version` field (the version's clauses are not kept)."""
    event: str
    """`added` or `restored`, then the diff's kind: `reworded`, `changed` (other fields only),
    `renamed`, `moved`, `split`, `merged`, `removed`."""
    clause: Clause | None
    """The clause as this commit left it; None when removed."""
    spans: tuple[Span, ...]
    """Word changes of the text since the commit before, references printed as each side
    numbers them (`point 3`); empty when removed."""
    fields: tuple[FieldChange, ...]
    """Changes of title, status, positions, alternatives, tags, sources, notes."""
    change: ClauseChange | None = None
    """The diff's record (old and new id and number, related clauses); None when first added."""
