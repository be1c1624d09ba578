"""The in-memory form of a proposal: frozen dataclasses every later stage reads.

Nothing here does I/O or knows YAML, Jinja or Word. A `Proposal` arrives with its
clauses already numbered (see `drafter.load.build`), so numbers are computed once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

DocumentStatus = Literal["draft", "circulated", "agreed", "superseded"]
ClauseStatus = Literal["agreed", "proposed", "bracketed", "withdrawn"]
Stance = Literal["supports", "opposes", "reserves"]

DOCUMENT_STATUSES: tuple[DocumentStatus, ...] = ("draft", "circulated", "agreed", "superseded")
CLAUSE_STATUSES: tuple[ClauseStatus, ...] = ("agreed", "proposed", "bracketed", "withdrawn")
STANCES: tuple[Stance, ...] = ("supports", "opposes", "reserves")

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""Ids of proposals, clauses, annexes and sources: lower-case words joined by hyphens."""

REFERENCE = re.compile(r"\[\[([a-z0-9]+(?:-[a-z0-9]+)*)(?:\|[a-z]+)?\]\]")
"""A cross-reference in clause text: `[[clause-id]]`, printed as the clause's number; `[[clause-id|genitive]]`
asks for the word before the number in a grammatical case (`пункту 3`), where the language has cases.
Its one group is the id."""


def retarget_references(text: str, rename: Callable[[str], str]) -> str:
    """`text` with each `[[id]]` naming `rename(id)` instead; a `|case` suffix stays as written."""
    if "[[" not in text:
        return text
    return REFERENCE.sub(lambda m: f"[[{rename(m.group(1))}{m.group(0)[2 + len(m.group(1)):]}", text)


LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
"""A BCP 47 language tag as drafter accepts it: `en`, `uk`, `ru`, `fr`, `ar`, `he`, `pt-BR`."""


@dataclass(frozen=True, slots=True)
class Language:
    """One language version a proposal holds (`languages:` in the file)."""

    tag: str
    """BCP 47 tag, as written: `en`, `uk`, `pt-BR`."""
    authentic: bool = True
    """True for a version the parties sign as equally authentic; False for a translation
    made for reading, which does not bind anyone."""
    note: str | None = None
    """Who made a translation, or what it is for: `the drafter project's own translation`."""


@dataclass(frozen=True, slots=True)
class Translation:
    """The wording of one clause, annex or document head in one more language.

    The file's own `title` and `text` are in the proposal's first language; each other
    language's version sits beside them under `translations:`. Structure (ids, numbers,
    status, positions) is written once and shared by every language.
    """

    language: str
    """The language tag, one of `Proposal.languages` other than the first."""
    title: str | None = None
    """The title in this language; None when it is not translated (or there is none)."""
    text: tuple[str, ...] = ()
    """Paragraphs in this language (a document's: its preamble), `[[id]]` references unresolved;
    () when not translated."""
    notice: str | None = None
    """A document's notice line in this language (documents only)."""


@dataclass(frozen=True, slots=True)
class Party:
    """A negotiating party."""

    id: str
    """Short code used in positions and alternatives, e.g. `UA`, `RU`, `NO`."""
    name: str
    """Name as printed, e.g. `Ukraine`."""


@dataclass(frozen=True, slots=True)
class Source:
    """A publication a proposal draws on."""

    id: str
    """Slug that clauses cite in their `sources` list."""
    title: str
    """Headline or title of the publication."""
    publisher: str | None = None
    """Outlet or issuing body."""
    date: str | None = None
    """ISO date of publication, exactly as written (`2025-10-22`)."""
    url: str | None = None
    """Where it can be read, if public."""


@dataclass(frozen=True, slots=True)
class Position:
    """One party's stance on one clause."""

    party: str
    """Party id, resolved against `Proposal.parties` by the validator."""
    stance: Stance
    """Supports, opposes or reserves its position on the clause."""
    note: str | None = None
    """Why, or on what condition, in a sentence."""


@dataclass(frozen=True, slots=True)
class Alternative:
    """A bracketed alternative wording tabled by one party."""

    party: str
    """Party id of the party that proposes this wording."""
    text: tuple[str, ...]
    """Paragraphs of the alternative wording; may contain `[[id]]` references."""
    label: str
    """Printed label derived from position: `Alt 1`, `Alt 2`, ..."""
    note: str | None = None
    """Drafters' comment on the alternative (never in circulated text)."""


@dataclass(frozen=True, slots=True)
class Clause:
    """A numbered provision, possibly with sub-clauses to any depth."""

    id: str
    """Stable slug, unique in the document, never printed."""
    number: str
    """Full reference: the source's own (`source_number`) or derived from position: `3`, `3(b)`,
    `3(b)(ii)`, `A.2`; '' for a clause the source prints without a number."""
    label: str
    """The number as printed at the clause's own level: `3.`, `(b)`, `(ii)`; '' when unnumbered."""
    depth: int
    """0 for a top-level point, 1 for its sub-clauses, and so on."""
    title: str | None
    """Short heading, e.g. `Ceasefire line`."""
    text: tuple[str, ...]
    """Paragraphs as written, with `[[id]]` references unresolved."""
    status: ClauseStatus = "proposed"
    """Agreed, proposed, bracketed (disputed as a whole) or withdrawn."""
    positions: tuple[Position, ...] = ()
    """Each party's stance, in the order written."""
    alternatives: tuple[Alternative, ...] = ()
    """Competing wordings, each tied to a party."""
    tags: tuple[str, ...] = ()
    """Topics: ceasefire, territory, prisoners, security-guarantees, ..."""
    sources: tuple[str, ...] = ()
    """Ids of `Proposal.sources` this clause draws on."""
    notes: tuple[str, ...] = ()
    """Drafters' comments; never part of circulated text."""
    amended_by: tuple[str, ...] = ()
    """Amendment instructions that made this wording (`ua-amendments.txt 3`), recorded by
    `drafter amend`; provenance of a consolidated text, not compared by `drafter diff`."""
    clauses: tuple[Clause, ...] = ()
    """Sub-clauses in order."""
    path: str = "$"
    """JSON path of the clause in its file, for messages: `$.clauses[3]`."""
    source_number: str | None = None
    """The file's `number` field: the number the source gives (`4`, `10(a)`), '' when the source
    prints none, None when the number is computed from position."""
    translations: tuple[Translation, ...] = ()
    """Its title and text in the proposal's other languages, in the order written (look one up with
    `translation`)."""
    language: str | None = None
    """The language `title` and `text` are written in when it is not the proposal's first one: a
    clause of a one-language view (`drafter.languages.in_language`) whose translation is missing
    keeps its original words and says so here."""

    def translation(self, language: str) -> Translation | None:
        """Its version in `language` (not the first one), or None when there is none."""
        return find_translation(self.translations, language)

    def walk(self) -> Iterator[Clause]:
        """This clause and all its descendants, depth first, in document order."""
        yield self
        for child in self.clauses:
            yield from child.walk()


@dataclass(frozen=True, slots=True)
class Gap:
    """A place where the source text is known to be incomplete (a cut-off or fragmentary copy)."""

    clause: str | None
    """Id of the clause the gap follows, or breaks off inside; None: before the first clause."""
    cut: bool = False
    """True when the clause's own text breaks off (`within:` in the file), False when the gap
    follows it whole, with its sub-clauses (`after:`)."""
    note: str | None = None
    """What is missing, as the source or its editor says."""


@dataclass(frozen=True, slots=True)
class Annex:
    """An annex: lettered, with its own numbered clauses (`A.1`, `A.1(a)`)."""

    id: str
    """Stable slug, unique in the document."""
    letter: str
    """`A`, `B`, ... derived from position."""
    title: str
    """Heading printed after `Annex A`."""
    text: tuple[str, ...] = ()
    """Introductory paragraphs before the annex's clauses."""
    clauses: tuple[Clause, ...] = ()
    """The annex's clauses, numbered within the annex."""
    translations: tuple[Translation, ...] = ()
    """Its title and introduction in the proposal's other languages."""


@dataclass(frozen=True, slots=True)
class Proposal:
    """A whole proposal: metadata, preamble, numbered clauses and annexes."""

    id: str
    """Slug naming the proposal, e.g. `ukraine-ceasefire-12-point`."""
    title: str
    """Title as printed."""
    version: str
    """Version exactly as written (`1.10` stays `1.10`)."""
    date: str
    """ISO date exactly as written."""
    status: DocumentStatus
    """Draft, circulated, agreed or superseded."""
    parties: tuple[Party, ...] = ()
    """Parties whose positions and alternatives the text records."""
    authors: tuple[str, ...] = ()
    """Drafting team or persons."""
    sources: tuple[Source, ...] = ()
    """Publications the clauses cite."""
    notice: str | None = None
    """A line printed under the title, e.g. that the text is illustrative."""
    preamble: tuple[str, ...] = ()
    """Paragraphs before the first clause."""
    clauses: tuple[Clause, ...] = ()
    """Top-level points in order."""
    annexes: tuple[Annex, ...] = ()
    """Annexes in order."""
    notes: tuple[str, ...] = ()
    """Drafters' notes on the whole document; never part of circulated text."""
    gaps: tuple[Gap, ...] = ()
    """Where the source text is incomplete; a gap after the last clause means the text is cut off."""
    languages: tuple[Language, ...] = ()
    """The language versions it holds, the one its own fields are written in first; () for a
    proposal in one language that does not say which."""
    translations: tuple[Translation, ...] = ()
    """Its title, notice and preamble (as `text`) in the other languages."""
    origin: str = "<memory>"
    """Where it was read from: a path, `REV:PATH`, or `<memory>`; for messages."""
    index: Mapping[str, Clause] = field(
        default_factory=lambda: MappingProxyType({}), compare=False, repr=False
    )
    """Every clause (annexes included) by id; filled by the builder."""

    def walk(self) -> Iterator[Clause]:
        """Every clause, annex clauses last, depth first in document order."""
        for clause in self.clauses:
            yield from clause.walk()
        for annex in self.annexes:
            for clause in annex.clauses:
                yield from clause.walk()

    def party_name(self, party_id: str) -> str:
        """The printed name of a party, or its id if it is not listed."""
        for party in self.parties:
            if party.id == party_id:
                return party.name
        return party_id

    def reference_text(self, clause_id: str) -> str:
        """How a cross-reference to `clause_id` is printed: `point 3(b)`, or `“Title”` when unnumbered."""
        clause = self.index.get(clause_id)
        if clause is None:
            return f"[[{clause_id}]]"
        return f"point {clause.number}" if clause.number else f"“{clause.title or clause.id}”"

    @property
    def truncated(self) -> bool:
        """True when the text is cut off: a gap lies after everything but its own clause's sub-clauses."""
        if not self.gaps:
            return False
        last = self.gaps[-1].clause
        clause = self.index.get(last) if last else None
        if clause is None:
            return last is None and not self.index
        ids = [c.id for c in self.walk()]
        inside = {c.id for c in clause.walk()}
        return all(ident in inside for ident in ids[ids.index(clause.id) + 1:])

    def resolve(self, text: str) -> str:
        """`text` with every `[[id]]` replaced by the current number of that clause."""
        if "[[" not in text:
            return text
        return REFERENCE.sub(lambda m: self.reference_text(m.group(1)), text)

    @property
    def language(self) -> str | None:
        """The language its own fields are written in (the first of `languages`), None if unsaid."""
        return self.languages[0].tag if self.languages else None

    @property
    def is_final(self) -> bool:
        """True once agreed: headers stop saying DRAFT."""
        return self.status == "agreed"

    @property
    def state(self) -> str:
        """What headers and outlines print: `DRAFT` until agreed, then `AGREED`."""
        return "AGREED" if self.is_final else "DRAFT"


def find_translation(translations: tuple[Translation, ...], language: str) -> Translation | None:
    """The translation into `language` among `translations`, or None."""
    for translation in translations:
        if translation.language == language:
            return translation
    return None


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs of a block of text: separated by blank lines, inner newlines folded."""
    paragraphs = []
    for block in re.split(r"\n[ \t]*\n", text.strip()):
        folded = " ".join(line.strip() for line in block.splitlines() if line.strip())
        if folded:
            paragraphs.append(folded)
    return tuple(paragraphs)
