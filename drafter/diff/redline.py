"""What a comparison produces: the Redline value every diff output renders.

Algorithms (`align.py`, `words.py`, `plan.py`) build it; renderers read it; neither
side prints or computes the other's part. `Redline.plan()` lays the comparison out as
one document (the Word redline's pieces in writing order, paragraphs paired).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Literal

from drafter.model import Clause, Proposal, retarget_references

ChangeKind = Literal["added", "removed", "reworded", "changed", "renamed", "moved", "renumbered", "unchanged", "split",
                     "merged"]
CHANGE_KINDS: tuple[ChangeKind, ...] = (
    "reworded", "changed", "added", "removed", "renamed", "moved", "renumbered", "split", "merged", "unchanged",
)
"""In the order summaries list them (docs/diff-json.md says what each means)."""

NOT_UPDATED = "translation not updated"
"""What every output says of a language whose wording stayed while another language's changed."""

SpanOp = Literal["equal", "insert", "delete"]
"""Kept, inserted or deleted: of a span of words, a paragraph, a clause."""


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


LanguageState = Literal["unchanged", "updated", "added", "removed"]
"""What happened to one language version of a clause: the same words, other words, a
translation where there was none, or none where there was one."""


@dataclass(frozen=True, slots=True)
class LanguageChange:
    """One clause's wording in one of the proposal's other languages, old against new.

    The first language's words are the change's own `spans` and `title` field change; each
    other language the clause is translated into (on either side) has one of these.
    """

    language: str
    """The language tag: `uk`."""
    state: LanguageState
    """Unchanged, updated, added (translated only in the new document) or removed."""
    spans: tuple[Span, ...] = ()
    """Word-level changes of this language's text (paragraphs joined by a newline)."""
    title: FieldChange | None = None
    """The title in this language, when it changed."""
    flags: tuple[str, ...] = ()
    """Figures that changed in this language's text (`number`, as the first language's flags)."""

    @property
    def old_text(self) -> str:
        """The old text in this language (EQUAL + DELETE)."""
        return "".join(span.text for span in self.spans if span.op != "insert")

    @property
    def new_text(self) -> str:
        """The new text in this language (EQUAL + INSERT)."""
        return "".join(span.text for span in self.spans if span.op != "delete")


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
    languages: tuple[LanguageChange, ...] = ()
    """The clause's other language versions compared, in the order the new document lists its
    languages; () for a clause in one language."""
    not_updated: tuple[str, ...] = ()
    """Languages whose wording stayed the same while another language's changed: the
    translation was not updated (the first language too, when only a translation changed)."""

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


class KindDispatcher:
    """Calls the method named after a change's kind (mistune's `render_token`).

    A kind without a method raises instead of silently dropping the change.
    """

    def render_change(self, change: ClauseChange) -> Any:
        """The output for one change, from the method named after its kind."""
        method = getattr(self, change.kind, None)
        if method is None:
            raise NotImplementedError(f"{type(self).__name__} has no method for change kind {change.kind!r}")
        return method(change)


@dataclass(frozen=True, slots=True)
class Block:
    """A run of paragraphs of one part (a preamble, an annex's introduction, alternatives).

    `equal`: old[old_start:old_end] are new[new_start:new_end], paragraph for paragraph;
    `replace`: the old ones deleted, then the new ones inserted (either run may be empty).
    """

    op: Literal["equal", "replace"]
    old_start: int
    old_end: int
    new_start: int
    new_end: int


ANNEX = "annex:"
"""Prefix of an annex's key among a plan's clause ids (a slug never holds a colon)."""


@dataclass(frozen=True, slots=True)
class Piece:
    """One block of the redline laid out as one document: a clause or an annex heading."""

    op: SpanOp
    """Kept (written once, changes inside), deleted where it stood, or inserted where it goes."""
    old: str | None
    """Key on the old side: a clause id or `annex:<id>`."""
    new: str | None
    """Key on the new side."""
    change: ClauseChange | None = None
    """The change of a kept clause (its word spans)."""
    paragraphs: tuple[Block, ...] = ()
    """Kept pieces: how the old and new paragraphs pair (an annex's introduction, a clause's
    alternatives, each paragraph of an alternative in turn)."""


@dataclass(frozen=True, slots=True)
class Plan:
    """A redline as one document: what is written, kept, deleted or inserted, in order.

    Kept and deleted pieces stand in the old document's order, kept and inserted ones in
    the new; accepting every change gives the new document, rejecting every one the old.
    """

    preamble: tuple[Block, ...]
    """How the preamble paragraphs pair."""
    pieces: tuple[Piece, ...]
    """Annex headings and clauses in writing order."""


@dataclass(frozen=True, slots=True)
class Redline:
    """The comparison of two proposals, in the new document's order (removed ones where they stood)."""

    old: Proposal
    new: Proposal
    changes: tuple[ClauseChange, ...]
    mode: Literal["versions", "parties"] = "versions"
    """versions: matched by id first; parties: two texts that share no ids, read off the
    concordance's alignment (`drafter.diff.parties`)."""
    document_fields: tuple[FieldChange, ...] = field(default=())
    """Changes to title, version, status, preamble, parties."""
    renamed: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Old id -> new id of each clause whose id changed (versions only). Spans name such a
    clause by its new id, on both sides: a reference is compared by the clause it points to."""

    def counts(self) -> Counter[str]:
        """How many changes of each kind."""
        return Counter(change.kind for change in self.changes)

    def summary(self) -> str:
        """`3 reworded, 1 added, 1 removed, 2 moved`, or `no changes`; then, in several languages,
        `; translation not updated: uk 2, ru 1` (clauses per language)."""
        counts = self.counts()
        parts = [f"{counts[kind]} {kind}" for kind in CHANGE_KINDS if kind != "unchanged" and counts[kind]]
        stale = self.not_updated()
        note = "; " + NOT_UPDATED + ": " + ", ".join(f"{tag} {n}" for tag, n in stale.items()) if stale else ""
        return (", ".join(parts) if parts else "no changes") + note

    def not_updated(self) -> dict[str, int]:
        """Per language, how many clauses changed in another language and not in this one."""
        counts: Counter[str] = Counter(tag for change in self.changes for tag in change.not_updated)
        order = [language.tag for language in (*self.new.languages, *self.old.languages)]
        return {tag: counts[tag] for tag in sorted(counts, key=lambda tag: (order + [tag]).index(tag))}

    def resolve(self, text: str, side: Literal["old", "new"]) -> str:
        """`text` with `[[id]]` references printed as the old or the new document numbers them."""
        if side == "new":
            return self.new.resolve(text)
        return self.old.resolve(self.old_ids(text))

    def reference_text(self, clause_id: str, side: Literal["old", "new"]) -> str:
        """How one side prints a reference to `clause_id` (a new id, when the clause was renamed)."""
        if side == "new":
            return self.new.reference_text(clause_id)
        return self.old.reference_text(self._old_id(clause_id))

    def _old_id(self, clause_id: str) -> str:
        if clause_id in self.old.index:
            return clause_id
        return next((old for old, new in self.renamed.items() if new == clause_id), clause_id)

    def old_ids(self, text: str) -> str:
        """`text` (a span, which names renamed clauses by their new ids) with the old document's ids."""
        if not self.renamed:
            return text
        return retarget_references(text, self._old_id)

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

    def plan(self) -> Plan:
        """This comparison laid out as one document (see drafter.diff.plan)."""
        from drafter.diff.plan import plan

        return plan(self)

    @property
    def same(self) -> bool:
        """True when nothing differs: the exit status is then 0."""
        return not self.document_fields and all(not change.changed for change in self.changes)
