"""What a Word redline draws: the plain Word layout's lines, marked kept, deleted or inserted.

What each paragraph says on each side comes from the same view (`document_view`) and
the same layout (`drafter/render/docx/layout.py`) that `drafter render` uses, so
accepting or rejecting every change gives exactly what rendering either version gives:
labels, titles, status marks, brackets, alternatives. Which pieces are written, in which
order, and how paragraphs pair was decided by `drafter.diff` (`Redline.plan()`); this
module only turns that into marked paragraphs for `drafter/render/docx/tracked.py`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from drafter.diff.redline import ANNEX, NOT_UPDATED, Block, ClauseChange, Piece, Redline, SpanOp
from drafter.model import REFERENCE
from drafter.render.docx.layout import (
    Line,
    Style,
    alternative_lines,
    annex_lines,
    clause_lines,
    levels,
    point_style,
    preamble_lines,
    status_mark,
    text_lines,
    text_style,
)
from drafter.render.docx.tracked import Mark, TrackedDocument
from drafter.render.references import printed, resolve
from drafter.render.view import ClauseView, DocumentView


def swap(old: str, new: str, style: str | None) -> list[Mark]:
    """`old` kept if the same as `new`, else deleted and `new` inserted."""
    return [Mark("equal", new, style)] if old == new else [Mark("delete", old, style), Mark("insert", new, style)]


def side_op(old: bool, new: bool) -> SpanOp | None:
    """Kept where both sides have it, inserted or deleted where one has, None where neither."""
    return ("equal" if new else "delete") if old else ("insert" if new else None)


class BodyWriter:
    """Draws the pieces of a redline's plan as tracked paragraphs."""

    def __init__(self, redline: Redline, views: tuple[DocumentView, DocumentView], doc: TrackedDocument) -> None:
        self.redline, self.doc, self.views = redline, doc, views
        self.clauses = ({c.id: c for c in views[0].walk()}, {c.id: c for c in views[1].walk()})
        self.annexes = ({ANNEX + a.id: a for a in views[0].annexes}, {ANNEX + a.id: a for a in views[1].annexes})

    def whole(self, op: SpanOp, lines: Sequence[Line], notes: tuple[str, ...] = ()) -> None:
        """Paragraphs wholly kept, inserted or deleted; `notes` as comments on the first."""
        for k, (style, runs, _) in enumerate(lines):
            self.doc.paragraph(style, [Mark(op, run.text, run.style) for run in runs], op, notes=notes if k == 0 else ())

    def blocks(self, old: Sequence[Line], new: Sequence[Line], blocks: Sequence[Block]) -> None:
        """Two lists of paragraphs as the diff paired them; a pair that prints differently is replaced."""
        for block in blocks:
            olds, news = old[block.old_start:block.old_end], new[block.new_start:block.new_end]
            if block.op == "replace":
                self.whole("delete", olds)
                self.whole("insert", news)
                continue
            for was, now in zip(olds, news, strict=True):
                if was == now:
                    self.whole("equal", [now])
                else:
                    self.whole("delete", [was])
                    self.whole("insert", [now])

    def preamble(self, blocks: Sequence[Block]) -> None:
        """The preamble's paragraphs as the diff paired them."""
        self.blocks(preamble_lines(self.views[0].preamble), preamble_lines(self.views[1].preamble), blocks)

    def write(self, piece: Piece) -> None:
        """One piece: a clause or annex heading kept, inserted or deleted."""
        key = piece.old or piece.new or ""
        if key.startswith(ANNEX):
            self.annex(piece, key)
        elif piece.op == "equal":
            self.pair(piece)
        else:
            self.whole(piece.op, clause_lines(self.clauses[piece.op == "insert"][key]))

    def annex(self, piece: Piece, key: str) -> None:
        """An annex heading and its introduction."""
        if piece.op != "equal":
            self.whole(piece.op, annex_lines(self.annexes[piece.op == "insert"][key]))
            return
        a, b = self.annexes[0][piece.old], self.annexes[1][piece.new]  # type: ignore[index]
        self.doc.paragraph(Style.ANNEX_HEADING, swap(a.heading, b.heading, None))
        self.blocks(preamble_lines(a.paragraphs), preamble_lines(b.paragraphs), piece.paragraphs)

    def pair(self, piece: Piece) -> None:
        """A clause in both versions: tracked label, title and status, word spans in its text."""
        a, b = self.clauses[0][piece.old], self.clauses[1][piece.new]  # type: ignore[index]
        lines, notes = clause_lines(b), unprinted(piece.change, self.redline.renamed)
        if clause_lines(a) == lines:  # prints the same (most clauses): nothing to track
            self.whole("equal", lines, notes)
            return
        if a.inline != b.inline:  # titled on one side only: the lines differ in shape
            self.whole("delete", text_lines(a))
            self.whole("insert", text_lines(b), notes)
        elif b.inline:
            self.inline_pair(piece.change, a, b, notes)  # type: ignore[arg-type]
        else:
            self.titled_pair(piece.change, a, b, notes)  # type: ignore[arg-type]
        self.blocks(alternative_lines(a), alternative_lines(b), piece.paragraphs)

    def titled_pair(self, change: ClauseChange, a: ClauseView, b: ClauseView, notes: tuple[str, ...]) -> None:
        """Heading line with tracked label, title and status; word spans in the text below it."""
        (heading, body), (old_heading, old_body) = levels(b), levels(a)
        self.doc.paragraph(heading, [*swap(a.label, b.label, None), Mark("equal", "\t"),
                                     *swap(a.title or "", b.title or "", Style.CLAUSE_TITLE),
                                     *swap(status_mark(a), status_mark(b), Style.STATUS_MARK)], was=old_heading,
                           notes=notes)
        last = side_op(bool(a.paragraphs), bool(b.paragraphs))
        if last is not None:
            for marks, mark in _split(self.text_marks(change, a, b), last):
                self.doc.paragraph(body, marks, mark, old_body if mark != "insert" else None)

    def inline_pair(self, change: ClauseChange, a: ClauseView, b: ClauseView, notes: tuple[str, ...]) -> None:
        """An untitled point: tracked label, word spans, the status mark at each side's first paragraph end.

        The first paragraph on each side is the one whose mark that side keeps first: it
        takes the point style, the others the body style (a joined paragraph keeps the
        style of the mark that survives).
        """
        label = [*swap(a.label, b.label, None), Mark("equal", "\t")] if a.label and b.label else \
            swap(f"{a.label}\t" if a.label else "", f"{b.label}\t" if b.label else "", None)
        words = self.text_marks(change, a, b) if a.paragraphs or b.paragraphs else iter(())
        text = with_status(words, status_mark(a), status_mark(b))
        styles = {"old": (point_style(a.depth + 1), levels(a)[1]), "new": (point_style(b.depth + 1), levels(b)[1])}
        seen = {"old": 0, "new": 0}
        for k, (marks, mark) in enumerate(_split(iter([*label, *text]), "equal")):
            old = styles["old"][min(seen["old"], 1)] if mark != "insert" else None
            new = styles["new"][min(seen["new"], 1)] if mark != "delete" else old
            seen["old"] += mark != "insert"
            seen["new"] += mark != "delete"
            self.doc.paragraph(new, marks, mark, old, notes=notes if k == 0 else ())  # type: ignore[arg-type]

    def text_marks(self, change: ClauseChange, a: ClauseView, b: ClauseView) -> Iterator[Mark]:
        """The clause text, `\\n` between paragraphs, with brackets and resolved references."""
        styles = {"delete": text_style(a), "equal": text_style(b), "insert": text_style(b)}
        spans = [(s.op, s.text) for s in change.spans]
        if not a.paragraphs:  # withdrawn or without text: the old side shows nothing
            spans = [("insert", t) for op, t in spans if op != "delete"]
        elif not b.paragraphs:
            spans = [("delete", t) for op, t in spans if op != "insert"]
        bracket = side_op(a.bracketed and bool(a.paragraphs), b.bracketed and bool(b.paragraphs))
        if bracket:
            yield Mark(bracket, "[", styles[bracket])
        for op, text in spans:
            yield from self._resolved(op, text, styles[op])
        if bracket:
            yield Mark(bracket, "]", styles[bracket])

    def _resolved(self, op: SpanOp, text: str, style: str | None) -> Iterator[Mark]:
        """A span with its cross-references as each side numbers them, in each side's words."""
        (old, old_words), (new, new_words) = (self.redline.old, self.views[0].words), (self.redline.new, self.views[1].words)
        if op != "equal":
            yield Mark(op, resolve(old, old_words, text) if op == "delete" else resolve(new, new_words, text), style)
            return
        at = 0
        for match in REFERENCE.finditer(text):
            yield Mark("equal", text[at:match.start()], style)
            yield from swap(printed(old, old_words, match), printed(new, new_words, match), style)
            at = match.end()
        yield Mark("equal", text[at:], style)


UNPRINTED = ("positions", "tags", "sources", "notes")
"""Clause fields a Word document does not print: their changes become comments (and so do the
clause's other language versions: a document prints one language)."""


def unprinted(change: ClauseChange | None, renamed: Mapping[str, str]) -> tuple[str, ...]:
    """What changed in a kept clause that its printed lines cannot show: an id, positions, tags..."""
    if change is None or change.old is None:
        return ()
    notes = [f"id changed: {change.old.id} → {renamed[change.old.id]}"] if change.old.id in renamed else []
    notes += [f"{f.field} changed: {f.old or '—'} → {f.new or '—'}" for f in change.fields if f.field in UNPRINTED]
    notes += [f"{version.language} text {version.state}" + (" (and title)" if version.title else "")
              for version in change.languages if version.state != "unchanged"]
    if change.not_updated:
        notes.append(f"{NOT_UPDATED}: {', '.join(change.not_updated)}")
    return tuple(notes)


def with_status(marks: Iterator[Mark], old: str, new: str) -> list[Mark]:
    """Text marks with each side's status mark at the end of that side's first paragraph."""
    out: list[Mark] = []
    pending = {"delete": old, "insert": new}
    for mark in marks:
        head, newline, tail = mark.text.partition("\n")
        if not newline or not any(pending.values()):
            out.append(mark)
            continue
        out += [Mark(mark.op, head, mark.style), *_statuses(pending, mark.op), Mark(mark.op, "\n" + tail, mark.style)]
    return out + _statuses(pending, "equal")


def _statuses(pending: dict[str, str], op: SpanOp) -> list[Mark]:
    """The status marks due where a paragraph of the old side, the new or both ends; each given once."""
    sides = ("delete", "insert") if op == "equal" else (op,)
    due = {side: pending[side] for side in sides}
    for side in sides:
        pending[side] = ""
    if op == "equal" and due["delete"] == due["insert"]:
        return [Mark("equal", due["insert"], Style.STATUS_MARK)] if due["insert"] else []
    return [Mark(side, text, Style.STATUS_MARK) for side, text in due.items() if text]  # type: ignore[arg-type]


def _split(marks: Iterator[Mark], last: SpanOp) -> Iterator[tuple[list[Mark], SpanOp]]:
    """Marks cut into paragraphs at each `\\n`: a paragraph mark as kept, inserted or deleted."""
    current: list[Mark] = []
    for op, text, style in marks:
        for k, part in enumerate(text.split("\n")):
            if k:
                yield current, op
                current = []
            if part:
                current.append(Mark(op, part, style))
    yield current, last
