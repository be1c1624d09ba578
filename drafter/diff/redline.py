"""What a comparison produces: the Redline value every diff output renders.

Algorithms (`align.py`, `words.py`) build it; renderers read it; neither side prints
or computes the other's part.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Literal

from drafter.model import Clause, Proposal

ChangeKind = Literal["added", "removed", "reworded", "moved", "renumbered", "unchanged", "split", "merged"]
CHANGE_KINDS: tuple[ChangeKind, ...] = (
    "reworded", "added", "removed", "moved", "renumbered", "split", "merged", "unchanged",
)
"""In the order summaries list them."""

SpanOp = Literal["equal", "insert", "delete"]


@dataclass(frozen=True, slots=True)
class Span:
    """A run of words that is kept, inserted or deleted."""

    op: SpanOp
    text: str


@dataclass(frozen=True, slots=True)
class FieldChange:
    """A change to a clause field other than its text: title, status, positions, ..."""

    field: str
    """`title`, `status`, `positions`, `alternatives`, `tags`, `sources`, `notes`."""
    old: str
    """The old value, printed as text (`bracketed`, `RU: opposes`)."""
    new: str
    """The new value, printed as text."""


@dataclass(frozen=True, slots=True)
class ClauseChange:
    """How one clause (or clause pair) differs between the two documents."""

    kind: ChangeKind
    old: Clause | None
    """The clause in the old document; None when added."""
    new: Clause | None
    """The clause in the new document; None when removed."""
    similarity: float
    """0..1 text similarity of the pair; 1.0 for identical, 0 for added/removed."""
    spans: tuple[Span, ...] = ()
    """Word-level changes of the clause text (paragraphs joined by a newline)."""
    flags: tuple[str, ...] = ()
    """Substantive changes: `number`, `date`, `distance`, `duration`, `party`, `modal`."""
    fields: tuple[FieldChange, ...] = ()
    """Changes of title, status, positions, alternatives, tags, sources, notes."""
    related: tuple[str, ...] = ()
    """For split/merged: ids of the other clauses involved."""

    @property
    def changed(self) -> bool:
        """True unless the clause is the same in both documents."""
        return self.kind != "unchanged"

    @property
    def old_text(self) -> str:
        """The old clause's text as the spans rebuild it (EQUAL + DELETE)."""
        return "".join(span.text for span in self.spans if span.op != "insert")

    @property
    def new_text(self) -> str:
        """The new clause's text as the spans rebuild it (EQUAL + INSERT)."""
        return "".join(span.text for span in self.spans if span.op != "delete")


@dataclass(frozen=True, slots=True)
class Redline:
    """The comparison of two proposals, in the new document's order (removed ones where they stood)."""

    old: Proposal
    new: Proposal
    changes: tuple[ClauseChange, ...]
    mode: Literal["versions", "parties"] = "versions"
    """versions: matched by id first; parties: matched by similarity only."""
    document_fields: tuple[FieldChange, ...] = field(default=())
    """Changes to title, version, status, preamble, parties."""

    def counts(self) -> Counter[str]:
        """How many changes of each kind."""
        return Counter(change.kind for change in self.changes)

    def summary(self) -> str:
        """`3 reworded, 1 added, 1 removed, 2 moved`, or `no changes`."""
        counts = self.counts()
        parts = [f"{counts[kind]} {kind}" for kind in CHANGE_KINDS if kind != "unchanged" and counts[kind]]
        return ", ".join(parts) if parts else "no changes"

    def resolve(self, text: str, side: Literal["old", "new"]) -> str:
        """`text` with `[[id]]` references printed as the old or the new document numbers them."""
        return (self.old if side == "old" else self.new).resolve(text)

    def without_renumbering(self) -> Redline:
        """The same comparison with renumbered-only clauses counted as unchanged."""
        changes = tuple(
            replace(change, kind="unchanged") if change.kind == "renumbered" else change
            for change in self.changes
        )
        return replace(self, changes=changes)

    def select(self, context: int | None = None) -> Redline:
        """Only the changes, with up to `context` unchanged clauses around each; None keeps all."""
        if context is None:
            return self
        changed = [i for i, change in enumerate(self.changes) if change.changed]
        keep = {k for i in changed for k in range(i - context, i + context + 1)}
        return replace(self, changes=tuple(c for i, c in enumerate(self.changes) if i in keep))

    @property
    def same(self) -> bool:
        """True when nothing differs: the exit status is then 0."""
        return not self.document_fields and all(not change.changed for change in self.changes)
