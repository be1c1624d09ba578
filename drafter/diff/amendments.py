"""Amendment instructions as data: what `drafter/diff/instructions.py` computes from a Redline,
what every amendments output renders and what `drafter.amend` applies.

An instruction is addressed to the text it amends (the old version): a clause by its id
and its number there (`1(b)`), or by the number a clause inserted by an earlier
instruction was given (`8A`). Quoted words are exactly as written in that clause, with
`[[id]]` cross-references as in the YAML. See docs/amendments.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

AmendmentKind = Literal[
    "substitute", "omit", "insert", "replace", "add", "delete", "move", "retitle", "restatus",
]
AMENDMENT_KINDS: tuple[AmendmentKind, ...] = (
    "substitute", "omit", "insert", "replace", "add", "delete", "move", "retitle", "restatus",
)
"""Words: substitute, omit, insert. Clauses: replace, add, delete, move. Fields: retitle, restatus."""

TargetKind = Literal["clause", "preamble", "annex", "document"]



def _empty() -> Mapping[str, Any]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Policy:
    """When to replace a whole text instead of amending its words."""

    keep_at_least: float = 0.5
    """Replace the whole text when less than this share of it is kept (most of it changed)."""
    max_word_edits: int = 4
    """Replace the whole text rather than write more word instructions than this for it."""
    figures_only: bool = False
    """Amend words only when every change is a figure or a date (the EU Joint Practical Guide
    prefers replacing whole provisions otherwise)."""




@dataclass(frozen=True, slots=True)
class Target:
    """What an instruction amends, or the clause a placement is relative to."""

    kind: TargetKind
    """`clause`; `preamble`; `annex` (its title or introductory text); `document` (its title, its top level)."""
    id: str = ""
    """The clause's or annex's id; empty for the preamble and the document (and in hand-written text)."""
    number: str = ""
    """The clause's number in the amended text (`1(b)`, `A.2`, `8A`) or the annex's letter (`A`)."""


@dataclass(frozen=True, slots=True)
class Place:
    """Where a clause is added or moved to."""

    relation: Literal["after", "start"]
    """`after` a clause, or at the `start` of a clause's sub-points, an annex or the document."""
    target: Target


@dataclass(frozen=True, slots=True)
class NewClause:
    """A clause as an instruction quotes it: inserted whole, or the new title and text of one."""

    label: str
    """The mark printed before it: `8A.`, `(ba)`, `9.`."""
    number: str
    """The full number later instructions address it by: `8A`, `1(ba)`."""
    title: str | None
    text: tuple[str, ...]
    """Paragraphs, with `[[id]]` references as written."""
    status: str = "proposed"
    id: str | None = None
    """Its id when the instruction says (the machine form does); None lets the applier choose one,
    or, for `replace`, keeps the replaced clause's id."""
    record: Mapping[str, Any] = field(default_factory=_empty)
    """Positions, alternatives, tags, sources and notes in the file's shape (machine form only)."""
    clauses: tuple[NewClause, ...] = ()
    """Sub-clauses inserted with it."""
    source_number: str | None = None
    """The number its source gives it (the file's `number:`), when it has one (machine form only)."""


@dataclass(frozen=True, slots=True)
class Amendment:
    """One numbered instruction."""

    kind: AmendmentKind
    target: Target | None
    """What is amended; None for `add` (its `place` says where)."""
    old: str = ""
    """Quoted old words (substitute, omit), the words an insertion goes after or before (insert),
    the old title (retitle; empty when there was none) or the old status (restatus). Empty when
    a hand-written instruction does not say."""
    new: str = ""
    """The new words, title (empty: the title is left out) or status."""
    every: bool = False
    """substitute, omit: in each place the words occur (all of them), not in one place."""
    where: Literal["", "after", "before"] = ""
    """insert: whether the new words go after or before `old`."""
    intro: bool = False
    """replace: only the words before the clause's sub-points are replaced."""
    place: Place | None = None
    """add, move: where the clauses go."""
    clauses: tuple[NewClause, ...] = ()
    """add: the clauses inserted; replace: the new title and text (and id, for a new clause)."""
    text: tuple[str, ...] = ()
    """replace of the preamble or an annex's introduction: the new paragraphs."""


@dataclass(frozen=True, slots=True)
class Record:
    """A change to a clause's working record (not its wording), applied after the instructions."""

    target: Target
    """The clause, by the id it has once the instructions are applied."""
    field: str
    """`positions`, `alternatives`, `tags`, `sources`, `notes`, `number` (the number the
    source gives), or `id` (a new id)."""
    value: Any
    """The new value in the file's shape; empty to clear the field (None, for `number`)."""


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """The text a set of instructions amends."""

    id: str = ""
    title: str = ""
    version: str = ""


@dataclass(frozen=True, slots=True)
class AmendmentSet:
    """Numbered instructions turning one text into another, and what else changes with them."""

    base: DocumentRef
    amendments: tuple[Amendment, ...]
    records: tuple[Record, ...] = ()
    """Working-record changes: only the machine form carries them."""
    result: Mapping[str, Any] = field(default_factory=_empty)
    """New document fields besides the title and preamble (version, date, status, notice,
    parties, authors, sources) in the file's shape; only those that change."""
    style: str = "plain"
    """The phrasing it was written in (plain, uk, eu, us)."""
    name: str = ""
    """What messages call the set: usually its file name."""
