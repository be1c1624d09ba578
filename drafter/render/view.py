"""What every format renders: a Proposal turned into text ready to print.

The view resolves cross-references, adds the negotiators' square brackets, applies
`--only agreed` and `--with-notes`, and numbers the notes, so Markdown, HTML and Word
show the same words and numbers. Templates never compute; they lay this out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.errors import DrafterError
from drafter.model import REFERENCE, Alternative, Clause, Gap, Proposal
from drafter.render.options import RenderOptions
from drafter.render.references import printed
from drafter.render.words import Words, words_for


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text; `ref` is the clause id when the text is a cross-reference."""

    text: str
    ref: str | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph as segments (plain text and cross-references)."""

    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        """The paragraph as plain text."""
        return "".join(segment.text for segment in self.segments)


@dataclass(frozen=True, slots=True)
class Note:
    """A drafters' note, numbered through the document (footnote numbers)."""

    number: int
    text: str


@dataclass(frozen=True, slots=True)
class AlternativeView:
    """An alternative wording, labelled with its party."""

    label: str
    """`Alt 1 (United States)`."""
    party: str
    paragraphs: tuple[Paragraph, ...]
    note: Note | None


@dataclass(frozen=True, slots=True)
class ClauseView:
    """A clause ready to print."""

    id: str
    number: str
    label: str
    depth: int
    title: str | None
    heading: str
    """Label and title: `1. Ceasefire along the line of contact`, or `(a)` without title."""
    status: str
    """`agreed`, `proposed`, `bracketed` or `withdrawn` (for classes and logic; print `status_label`)."""
    status_label: str
    """The status in the document's language."""
    status_shown: bool
    """True where the status tells the reader something: where it differs from the parent's,
    or at the top level from what the document's own status implies (see `usual_status`)."""
    bracketed: bool
    """Disputed, itself or through a bracketed parent: its text is in [square brackets]."""
    paragraphs: tuple[Paragraph, ...]
    alternatives: tuple[AlternativeView, ...]
    notes: tuple[Note, ...]
    clauses: tuple[ClauseView, ...]
    omitted: str = ""
    """Under `--only agreed`: the line saying which sub-points were left out; '' when none were."""
    breaks: tuple[str, ...] = ()
    """Editorial lines printed right after the clause's own text, before its sub-clauses: where the
    source text breaks off inside it (`[The source text breaks off here.]`)."""
    missing: tuple[str, ...] = ()
    """Editorial lines printed after the clause and all its sub-clauses: where source text is missing."""

    @property
    def inline(self) -> bool:
        """An untitled point with text: its number and first paragraph go on one line, as drafters
        write (a point with neither title nor text keeps its number on a line of its own)."""
        return not self.title and bool(self.paragraphs)


@dataclass(frozen=True, slots=True)
class AnnexView:
    """An annex ready to print."""

    id: str
    letter: str
    title: str
    heading: str
    """`Annex A: Ceasefire modalities`."""
    paragraphs: tuple[Paragraph, ...]
    clauses: tuple[ClauseView, ...]


@dataclass(frozen=True, slots=True)
class DocumentView:
    """A whole proposal ready to print."""

    id: str
    title: str
    version: str
    date: str
    status: str
    state: str
    """`DRAFT` until the proposal is agreed, then `AGREED`."""
    notice: str | None
    authors: tuple[str, ...]
    preamble: tuple[Paragraph, ...]
    clauses: tuple[ClauseView, ...]
    annexes: tuple[AnnexView, ...]
    notes: tuple[Note, ...]
    """Every note in document order (for footnote lists)."""
    only: str | None
    with_notes: bool
    clean: bool = False
    """A copy to circulate: templates leave out ids, status marks and notes."""
    words: Words = words_for(None)
    """The words drafter writes, in the document's language (`doc.words.word(context, english)`)."""
    warnings: tuple[str, ...] = ()
    """What a reader of this rendering should know: references to points `--only agreed` left out."""
    missing: tuple[str, ...] = ()
    """Editorial lines printed before the first clause (after the preamble): source text missing there."""

    @property
    def language(self) -> str:
        """The document's BCP 47 tag (`en` when it names none), for `lang` attributes."""
        return self.words.tag or "en"

    def walk(self) -> list[ClauseView]:
        """Every clause, annexes last, depth first in document order."""
        found: list[ClauseView] = []
        stack = [*self.clauses, *(c for a in self.annexes for c in a.clauses)][::-1]
        while stack:
            clause = stack.pop()
            found.append(clause)
            stack.extend(reversed(clause.clauses))
        return found

    def context(self) -> dict[str, object]:
        """Template variables: `doc` plus the title-block names used in headers."""
        page = self.words.page_of()
        scope = f" · {self.words.word('title block', 'agreed text only')}" if self.only else ""
        return {
            "doc": self, "title": self.title, "version": self.version, "date": self.date,
            "status": self.status, "state": self.state, "notice": self.notice or "",
            "authors": ", ".join(self.authors), "id": self.id, "words": self.words,
            "version_label": self.words.version(self.version), "scope": scope,
            "page_before": page[0], "page_between": page[1], "page_after": page[2],
        }


class NothingAgreed(DrafterError):
    """`--only agreed` on a proposal with no agreed clause: there is no document to write."""


def language_of(proposal: Proposal) -> str | None:
    """The language the proposal's own fields are written in: its first declared one, or None."""
    return proposal.languages[0].tag if proposal.languages else None


def document_view(proposal: Proposal, options: RenderOptions) -> DocumentView:
    """The view of `proposal` under `options`."""
    builder = _Builder(proposal, options)
    words = builder.words
    clauses = builder.clauses(proposal.clauses, None)
    annexes = tuple(
        AnnexView(a.id, a.letter, a.title, words.word("label", "Annex {letter}: {title}").format(letter=a.letter,
                                                                                                   title=a.title),
                  builder.paragraphs(a.text, False), builder.clauses(a.clauses, None))
        for a in proposal.annexes if builder.annex_kept(a.clauses)
    )
    if options.only and not clauses and not any(a.clauses for a in annexes):
        raise NothingAgreed(f"{proposal.origin}: no clause is {options.only}, so --only {options.only} "
                            "has nothing to render")
    return DocumentView(
        id=proposal.id, title=proposal.title, version=proposal.version, date=words.date(proposal.date),
        status=proposal.status, state=words.word("state", proposal.state),
        notice=proposal.notice, authors=proposal.authors,
        preamble=builder.paragraphs(proposal.preamble, False), clauses=clauses,
        annexes=annexes, notes=tuple(builder.notes), only=options.only,
        with_notes=options.with_notes and not options.clean, clean=options.clean,
        words=words, warnings=tuple(builder.warnings), missing=builder.gaps.before,
    )


def usual_status(proposal: Proposal) -> str:
    """The clause status a reader assumes from the document's: agreed in an agreed text, else proposed."""
    return "agreed" if proposal.status == "agreed" else "proposed"


class _Builder:
    """Walks the model once, numbering notes in document order."""

    def __init__(self, proposal: Proposal, options: RenderOptions) -> None:
        self.proposal = proposal
        self.options = options
        self.words = words_for(language_of(proposal))
        self.notes: list[Note] = []
        self.warnings: list[str] = []
        self.kept = _kept(proposal, options.only)
        self.gaps = _Gaps(proposal, self.kept, self.words)
        self.current = ""

    def clauses(self, clauses: tuple[Clause, ...], parent: ClauseView | None) -> tuple[ClauseView, ...]:
        return tuple(self.clause(c, parent) for c in clauses if self.included(c))

    def included(self, clause: Clause) -> bool:
        return self.kept is None or clause.id in self.kept

    def annex_kept(self, clauses: tuple[Clause, ...]) -> bool:
        """An annex stays unless `--only` left out every clause it had (no heading over nothing)."""
        return not clauses or any(self.included(c) for c in clauses)

    def omitted(self, clause: Clause) -> str:
        """`Sub-points not agreed, left out: (b), (d)` when `--only` left some of them out."""
        gone = [c.label or c.title or c.id for c in clause.clauses if not self.included(c)]
        if not gone:
            return ""
        return self.words.word("agreed only", "Sub-points not agreed, left out: {labels}").format(labels=", ".join(gone))

    def clause(self, clause: Clause, parent: ClauseView | None) -> ClauseView:
        bracketed = clause.status == "bracketed" or bool(parent and parent.bracketed)
        withdrawn = clause.status == "withdrawn"
        heading = " ".join(part for part in (clause.label, clause.title) if part)
        amended = (f"Amended by {', '.join(clause.amended_by)}.",) if clause.amended_by else ()
        notes = self.note(*clause.notes, *amended)
        self.current = clause.id
        view = ClauseView(
            id=clause.id, number=clause.number, label=clause.label, depth=clause.depth,
            title=clause.title, heading=heading, status=clause.status,
            status_label=self.words.status(clause.status), status_shown=self.status_shown(clause, parent),
            bracketed=bracketed,
            paragraphs=() if withdrawn else self.paragraphs(clause.text, bracketed),
            alternatives=() if self.options.only else tuple(self.alternative(a) for a in clause.alternatives),
            notes=notes, clauses=(), omitted=self.omitted(clause),
            breaks=self.gaps.breaks.get(clause.id, ()), missing=self.gaps.after.get(clause.id, ()),
        )
        object.__setattr__(view, "clauses", self.clauses(clause.clauses, view))
        return view

    def status_shown(self, clause: Clause, parent: ClauseView | None) -> bool:
        """Whether the status mark tells the reader something (never in a clean or agreed-only copy)."""
        if self.options.clean or self.options.only is not None:
            return False
        return clause.status != (parent.status if parent else usual_status(self.proposal))

    def alternative(self, alternative: Alternative) -> AlternativeView:
        name = self.proposal.party_name(alternative.party)
        notes = self.note(alternative.note) if alternative.note else ()
        number = alternative.label.rpartition(" ")[2]
        return AlternativeView(
            label=self.words.word("label", "Alt {n} ({party})").format(n=number, party=name), party=alternative.party,
            paragraphs=self.paragraphs(alternative.text, True), note=notes[0] if notes else None,
        )

    def note(self, *texts: str) -> tuple[Note, ...]:
        if not self.options.with_notes or self.options.clean:
            return ()
        made = tuple(Note(len(self.notes) + i + 1, text) for i, text in enumerate(texts))
        self.notes.extend(made)
        return made

    def paragraphs(self, texts: tuple[str, ...], bracketed: bool) -> tuple[Paragraph, ...]:
        paragraphs = [list(self.segments(text)) for text in texts]
        if bracketed and paragraphs:
            paragraphs[0].insert(0, Segment("["))
            paragraphs[-1].append(Segment("]"))
        return tuple(Paragraph(tuple(p)) for p in paragraphs)

    def segments(self, text: str) -> list[Segment]:
        """Plain text and resolved cross-references (`point 3(b)`) of one paragraph."""
        found, at = [], 0
        for match in REFERENCE.finditer(text):
            if match.start() > at:
                found.append(Segment(text[at:match.start()]))
            found.append(self.reference(match))
            at = match.end()
        if at < len(text):
            found.append(Segment(text[at:]))
        return found

    def reference(self, match: re.Match[str]) -> Segment:
        """A cross-reference as printed; one to a point `--only` left out says so, and is reported."""
        target = match.group(1)
        text = printed(self.proposal, self.words, match)
        if target not in self.proposal.index:
            return Segment(text)
        if self.kept is not None and target not in self.kept:
            self.warnings.append(f"{self.proposal.origin}: clause '{self.current}' refers to {text}, which is not "
                                 f"{self.options.only} and is left out")
            return Segment(self.words.word("agreed only", "{reference} [not in the agreed text]").format(reference=text))
        return Segment(text, target)


class _Gaps:
    """The editorial lines that mark each gap in the source text where the rendering shows it.

    A gap `within` a clause is printed after that clause's own text; a gap `after` one, after the
    clause and its sub-clauses; a gap with no clause, before the first clause. Under `--only`, a gap
    whose clause is left out moves to the last clause kept before it (inside it, when that is an
    ancestor), and says text is missing there: the agreed copy is then still not taken for whole.
    """

    def __init__(self, proposal: Proposal, kept: frozenset[str] | None, words: Words) -> None:
        self.words = words
        self.before: tuple[str, ...] = ()
        self.breaks: dict[str, tuple[str, ...]] = {}
        self.after: dict[str, tuple[str, ...]] = {}
        if not proposal.gaps:
            return
        order = [c.id for c in proposal.walk()]
        last = len(proposal.gaps) - 1
        for k, gap in enumerate(proposal.gaps):
            self.place(proposal, gap, kept, order, end=k == last and proposal.truncated)

    def place(self, proposal: Proposal, gap: Gap, kept: frozenset[str] | None, order: list[str],
              *, end: bool) -> None:
        at, inside = gap.clause, gap.cut
        if at is not None and kept is not None and at not in kept:
            earlier = [ident for ident in order[:order.index(at)] if ident in kept]
            at = earlier[-1] if earlier else None
            inside = at is not None and any(c.id == gap.clause for c in proposal.index[at].walk())
        kind = "cut" if gap.cut and at == gap.clause else "end" if end else "missing"
        line = self.line(kind, gap.note)
        if at is None:
            self.before += (line,)
        else:
            slot = self.breaks if inside else self.after
            slot[at] = (*slot.get(at, ()), line)

    def line(self, kind: str, note: str | None) -> str:
        """`[The source text breaks off here: rest of 12(b) not available]`; the note as the source words it."""
        word = self.words.word
        if note:
            return "[" + {
                "cut": word("gap", "The source text breaks off here: {note}"),
                "missing": word("gap", "Part of the source text is missing here: {note}"),
                "end": word("gap", "The rest of the source text is missing: {note}"),
            }[kind].format(note=note) + "]"
        return "[" + {
            "cut": word("gap", "The source text breaks off here."),
            "missing": word("gap", "Part of the source text is missing here."),
            "end": word("gap", "The rest of the source text is missing."),
        }[kind] + "]"


def _kept(proposal: Proposal, only: str | None) -> frozenset[str] | None:
    """Ids of the clauses `--only` keeps (a clause with its parent kept and its own status right); None: all."""
    if only is None:
        return None
    kept: set[str] = set()
    stack = [*proposal.clauses, *(c for a in proposal.annexes for c in a.clauses)]
    while stack:
        clause = stack.pop()
        if clause.status == only:
            kept.add(clause.id)
            stack.extend(clause.clauses)
    return frozenset(kept)
