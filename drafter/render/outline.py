"""A proposal as an outline of lines: the one walk behind `show`, `import --dry-run` and `textconv`.

The walk (head, clauses depth first, each annex with its clauses, foot) is written once;
a shape says what the lines of each part are:

    TreeShape     `drafter show`: a tree of numbers, titles and statuses (├── └──)
    SummaryShape  `drafter import --dry-run`: what the importer found, one line a clause
    TextShape     `drafter textconv`: every field a drafter edits, one line a paragraph, clauses
                  named by id, for git's own line and word diffs
"""

from __future__ import annotations

from collections.abc import Iterator

from drafter.model import Annex, Clause, Gap, Proposal, Translation
from drafter.render.paint import Paint, unpainted


class Shape:
    """What the lines of each part of an outline are; the walk is `outline`'s."""

    tree = False
    """Draw branches (├── └──) before each clause's first line and under it."""

    def head(self, proposal: Proposal) -> Iterator[str]:
        """Lines before the clauses."""
        yield from ()

    def clause(self, proposal: Proposal, clause: Clause) -> Iterator[str]:
        """Lines of one clause, its sub-clauses aside."""
        yield from ()

    def annex(self, annex: Annex) -> Iterator[str]:
        """Lines before an annex's clauses."""
        yield from ()

    def foot(self, proposal: Proposal) -> Iterator[str]:
        """Lines after everything."""
        yield from ()


def outline(proposal: Proposal, shape: Shape) -> Iterator[str]:
    """The lines of `proposal` in `shape`: head, clauses, each annex and its clauses, foot."""
    yield from shape.head(proposal)
    yield from _clauses(proposal, proposal.clauses, shape, "")
    for annex in proposal.annexes:
        yield from shape.annex(annex)
        yield from _clauses(proposal, annex.clauses, shape, "")
    yield from shape.foot(proposal)


def _clauses(proposal: Proposal, clauses: tuple[Clause, ...], shape: Shape, indent: str) -> Iterator[str]:
    for i, clause in enumerate(clauses):
        last = i == len(clauses) - 1
        lines = shape.clause(proposal, clause)
        under = ""
        if shape.tree:
            yield f"{indent}{'└── ' if last else '├── '}{next(lines)}"
            under = indent + ("    " if last else "│   ")
        yield from lines
        yield from _clauses(proposal, clause.clauses, shape, under)


class TreeShape(Shape):
    """`drafter show`: title, version line, then `1. Title  [status]` as a tree."""

    tree = True

    def __init__(self, paint: Paint = unpainted) -> None:
        self.paint = paint

    def head(self, proposal: Proposal) -> Iterator[str]:
        """The title and `version 0.3 · 2025-10-22 · draft (DRAFT)`."""
        yield self.paint(proposal.title, "heading")
        yield f"version {proposal.version} · {proposal.date} · {proposal.status} ({proposal.state})"

    def clause(self, proposal: Proposal, clause: Clause) -> Iterator[str]:
        """`1. Title  [status]`, or the first words where there is no title."""
        heading = clause.title or first_words(proposal.resolve(" ".join(clause.text)))
        yield f"{_joined(clause.label, heading)}  {self.paint(f'[{clause.status}]', f'status:{clause.status}')}"

    def annex(self, annex: Annex) -> Iterator[str]:
        """`Annex A: Title`."""
        yield self.paint(f"Annex {annex.letter}: {annex.title}", "heading")


def _joined(label: str, heading: str) -> str:
    """`label heading`; an unnumbered clause (no label) has no space before its heading."""
    return " ".join(part for part in (label, heading) if part)


def first_words(text: str, limit: int = 8) -> str:
    """The first `limit` words of `text`, with an ellipsis when there are more."""
    words = text.split()
    return " ".join(words[:limit]) + (" …" if len(words) > limit else "")


class SummaryShape(Shape):
    """`drafter import --dry-run`: what was found, so a person can check it before writing."""

    def head(self, proposal: Proposal) -> Iterator[str]:
        """`Title  (id, date)` and the preamble's size."""
        yield f"{proposal.title}  ({proposal.id}, {proposal.date})"
        if proposal.preamble:
            yield f"preamble: {len(proposal.preamble)} paragraph(s)"

    def clause(self, proposal: Proposal, clause: Clause) -> Iterator[str]:
        """`  (a) Title — first words [status]`, indented by depth; `proposed` goes unsaid."""
        words = " ".join(" ".join(clause.text).split()[:8])
        heading = " — ".join(part for part in (clause.title, words) if part)
        flag = f" [{clause.status}]" if clause.status != "proposed" else ""
        yield f"{'  ' * clause.depth}{_joined(clause.label, heading)}{flag}"

    def annex(self, annex: Annex) -> Iterator[str]:
        """`Annex A: Title`."""
        yield f"Annex {annex.letter}: {annex.title}"

    def foot(self, proposal: Proposal) -> Iterator[str]:
        """`12 points, 30 clauses in all`."""
        yield f"{len(proposal.clauses)} points, {sum(1 for _ in proposal.walk())} clauses in all"


class TextShape(Shape):
    """`drafter textconv`: one line a paragraph; a change that does not show here does not
    show in `git diff` at all. Clauses are named by id: numbers would make every later
    clause differ after one insertion."""

    def head(self, proposal: Proposal) -> Iterator[str]:
        """Document fields and the preamble."""
        yield f"# {proposal.title}"
        yield f"version {proposal.version} · {proposal.date} · {proposal.status}"
        if proposal.notice:
            yield proposal.notice
        if proposal.parties:
            yield "parties: " + ", ".join(f"{p.id} {p.name}" for p in proposal.parties)
        if proposal.authors:
            yield "authors: " + ", ".join(proposal.authors)
        for source in proposal.sources:
            yield f"source [{source.id}] {source.title}" + "".join(
                f" · {v}" for v in (source.publisher, source.date, source.url) if v)
        if proposal.languages:
            yield "languages: " + ", ".join(
                f"{language.tag} {'authentic' if language.authentic else 'translation'}" for language in proposal.languages)
        yield from (f"note: {note}" for note in proposal.notes)
        yield from (_gap(gap) for gap in proposal.gaps)
        if proposal.preamble:
            yield ""
            yield from proposal.preamble
        yield from _translations(proposal.translations)

    def clause(self, proposal: Proposal, clause: Clause) -> Iterator[str]:
        """A blank line, `[id] Title · status`, the text, then every other field."""
        yield ""
        title = f" {clause.title}" if clause.title else ""
        yield f"{'  ' * clause.depth}[{clause.id}]{title} · {clause.status}{_source_number(clause)}"
        yield from clause.text
        yield from _translations(clause.translations)
        for position in clause.positions:
            yield f"  {position.party} {position.stance}" + (f": {position.note}" if position.note else "")
        for alternative in clause.alternatives:
            yield f"  {alternative.label} ({alternative.party}): " + " ".join(alternative.text)
            if alternative.note:
                yield f"    note: {alternative.note}"
        for label, values in (("tags", clause.tags), ("sources", clause.sources)):
            if values:
                yield f"  {label}: " + ", ".join(values)
        for note in clause.notes:
            yield f"  note: {note}"
        if clause.amended_by:
            yield "  amended by: " + ", ".join(clause.amended_by)

    def annex(self, annex: Annex) -> Iterator[str]:
        """A blank line, `# Annex A [id] Title` and the annex's text."""
        yield ""
        yield f"# Annex {annex.letter} [{annex.id}] {annex.title}"
        yield from annex.text
        yield from _translations(annex.translations)


def _source_number(clause: Clause) -> str:
    """` · number 4` where the file gives the source's own number, ` · unnumbered` for `number: ""`."""
    if clause.source_number is None:
        return ""
    return f" · number {clause.source_number}" if clause.source_number else " · unnumbered"


def _gap(gap: Gap) -> str:
    """`gap after [id]: what is missing`."""
    where = f"{'within' if gap.cut else 'after'} [{gap.clause}]" if gap.clause else "before the first clause"
    return f"gap {where}" + (f": {gap.note}" if gap.note else "")


def _translations(translations: tuple[Translation, ...]) -> Iterator[str]:
    """`  [uk] Title`, then its notice and paragraphs, for each language version."""
    for translation in translations:
        yield f"  [{translation.language}]" + (f" {translation.title}" if translation.title else "")
        if translation.notice:
            yield f"  {translation.notice}"
        yield from (f"  {paragraph}" for paragraph in translation.text)
