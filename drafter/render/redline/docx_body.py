"""The paragraphs of a Word redline, on the builder the plain Word output uses.

What each paragraph says on each side comes from the same view (`document_view`) that
`drafter render` prints, so accepting or rejecting every change gives exactly what
rendering either version gives: labels, titles, status marks, brackets, alternatives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import datetime
from difflib import SequenceMatcher
from typing import Literal

from drafter.diff.redline import ClauseChange, Redline
from drafter.model import REFERENCE as CROSS_REFERENCE
from drafter.render.docx.builder import CLAUSE_LEVELS, REFERENCE, CoreProperties, DocxBuilder
from drafter.render.docx.revisions import Tracker, iso_date, track_later_edits, track_title_block
from drafter.render.view import AnnexView, ClauseView, document_view
from drafter.render.view import RenderOptions as ViewOptions

Op = Literal["equal", "insert", "delete"]
Item = tuple[str, str | None]
"""Text and the name of its character style (None: the paragraph's own)."""
Piece = tuple[Op, str, str | None]
"""An item kept, inserted or deleted."""
Line = tuple[str, tuple[Item, ...]]
"""A paragraph: the name of its style and its items."""


def status_mark(view: ClauseView) -> str:
    """` — proposed` where the status is shown, as the plain Word output prints it."""
    return f" — {view.status}" if view.status_shown else ""


def levels(view: ClauseView) -> tuple[str, str]:
    """The heading and body paragraph styles of a clause at its depth."""
    level = min(view.depth + 1, CLAUSE_LEVELS)
    return f"Clause {level}", "Clause Body" if level == 1 else f"Clause Body {level}"


def clause_lines(view: ClauseView) -> list[Line]:
    """Heading, text and alternatives of one clause (not its sub-clauses)."""
    heading, body = levels(view)
    text_style = "Bracketed" if view.bracketed else None
    lines: list[Line] = [(heading, ((f"{view.label}\t", None), (view.title or "", "Clause Title"),
                                    (status_mark(view), "Status Mark")))]
    lines += [(body, ((p.text, text_style),)) for p in view.paragraphs]
    return lines + alternative_lines(view)


def alternative_lines(view: ClauseView) -> list[Line]:
    """A clause's alternative wordings, the first paragraph of each labelled."""
    lines: list[Line] = []
    for alternative in view.alternatives:
        for i, para in enumerate(alternative.paragraphs):
            label = ((f"{alternative.label}: ", "Alternative Label"),) if i == 0 else ()
            lines.append(("Alternative", (*label, (para.text, "Bracketed"))))
    return lines


def annex_lines(view: AnnexView) -> list[Line]:
    """An annex's heading and introductory paragraphs."""
    return [("Heading 1", ((view.heading, None),)), *(("Preamble", ((p.text, None),)) for p in view.paragraphs)]


def swap(old: str, new: str, style: str | None) -> list[Piece]:
    """`old` kept if the same as `new`, else deleted and `new` inserted."""
    return [("equal", new, style)] if old == new else [("delete", old, style), ("insert", new, style)]


def side_op(old: bool, new: bool) -> Op | None:
    """Kept where both sides have it, inserted or deleted where one has, None where neither."""
    return ("equal" if new else "delete") if old else ("insert" if new else None)


class BodyWriter:
    """Writes the pieces of a redline as tracked paragraphs, then the finished .docx."""

    def __init__(self, redline: Redline, author: str, date: datetime) -> None:
        self.redline, self.author, self.date = redline, author, date
        self.old_view = document_view(redline.old, ViewOptions())
        self.new_view = document_view(redline.new, ViewOptions())
        self.builder = DocxBuilder(REFERENCE, self.new_view.context(), redline.new.authors)
        self.tracker = Tracker(self.builder.ids, author, date)
        old_block = DocxBuilder(REFERENCE, self.old_view.context(), redline.old.authors)
        track_title_block(old_block.document.element.body, self.builder.document.element.body, self.tracker)
        self.clauses = ({c.id: c for c in self.old_view.walk()}, {c.id: c for c in self.new_view.walk()})
        self.annexes = ({f"annex:{a.id}": a for a in self.old_view.annexes},
                        {f"annex:{a.id}": a for a in self.new_view.annexes})
        self._pending: tuple[str, list[Piece], Op, str | None] | None = None
        self._last_mark: Op = "equal"

    def preamble(self) -> None:
        """The preamble, paragraph by paragraph."""
        self.lines([("Preamble", ((p.text, None),)) for p in self.old_view.preamble],
                   [("Preamble", ((p.text, None),)) for p in self.new_view.preamble])

    def write(self, op: Op, old: str | None, new: str | None, change: ClauseChange | None) -> None:
        """One piece: a clause or annex heading kept, inserted or deleted."""
        key = old or new or ""
        if key.startswith("annex:"):
            self.annex(op, old, new)
        elif op == "equal":
            self.pair(change)  # type: ignore[arg-type]
        else:
            view = self.clauses[0][key] if op == "delete" else self.clauses[1][key]
            self.whole(op, clause_lines(view))

    def whole(self, op: Op, lines: Sequence[Line]) -> None:
        """Paragraphs wholly kept, inserted or deleted."""
        for style, items in lines:
            self.paragraph(style, [(op, value, s) for value, s in items], op)

    def paragraph(self, style: str, pieces: Sequence[Piece], mark: Op = "equal", was: str | None = None) -> None:
        """One paragraph of pieces, its mark kept, inserted or deleted; `was` its old style.

        Written one paragraph late, so the previous one can be told what this one starts with.
        """
        pieces = [piece for piece in pieces if piece[1]]
        self._flush(bool(pieces) and pieces[0][0] == "insert")
        self._pending = (style, pieces, mark, was)

    def _flush(self, before_insertion: bool) -> None:
        if self._pending is None:
            return
        style, pieces, mark, was = self._pending
        if before_insertion and mark != "insert":
            pieces = end_without_insertion(pieces)
        style_id = self.builder.style_id
        content = self.tracker.pieces((op, v, style_id(s) if s else None) for op, v, s in pieces)
        self.builder.add_xml(self.tracker.paragraph(style_id(style), content, mark, was and style_id(was)))
        self._pending, self._last_mark = None, mark

    def lines(self, old: list[Line], new: list[Line]) -> None:
        """Two lists of paragraphs: the same ones kept, the others deleted and inserted."""
        if old == new:
            self.whole("equal", new)
            return
        matcher = SequenceMatcher(None, old, new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                self.whole("equal", new[j1:j2])
            else:
                self.whole("delete", old[i1:i2])
                self.whole("insert", new[j1:j2])

    def annex(self, op: Op, old: str | None, new: str | None) -> None:
        """An annex heading and its introduction."""
        if op != "equal":
            key = (old if op == "delete" else new) or ""
            self.whole(op, annex_lines((self.annexes[0] if op == "delete" else self.annexes[1])[key]))
            return
        a, b = self.annexes[0][old], self.annexes[1][new]  # type: ignore[index]
        self.paragraph("Heading 1", swap(a.heading, b.heading, None))
        self.lines(annex_lines(a)[1:], annex_lines(b)[1:])

    def pair(self, change: ClauseChange) -> None:
        """A clause in both versions: tracked label, title and status, word spans in its text."""
        a, b = self.clauses[0][change.old.id], self.clauses[1][change.new.id]  # type: ignore[union-attr]
        lines = clause_lines(b)
        if clause_lines(a) == lines:  # prints the same (most clauses): nothing to track
            self.whole("equal", lines)
            return
        (heading, body), (old_heading, old_body) = levels(b), levels(a)
        self.paragraph(heading, [*swap(a.label, b.label, None), ("equal", "\t", None),
                                 *swap(a.title or "", b.title or "", "Clause Title"),
                                 *swap(status_mark(a), status_mark(b), "Status Mark")], was=old_heading)
        last = side_op(bool(a.paragraphs), bool(b.paragraphs))
        if last is not None:
            for pieces, mark in _split(self.text_pieces(change, a, b), last):
                self.paragraph(body, pieces, mark, old_body if mark != "insert" else None)
        self.lines(alternative_lines(a), alternative_lines(b))

    def text_pieces(self, change: ClauseChange, a: ClauseView, b: ClauseView) -> Iterator[Piece]:
        """The clause text as pieces, `\\n` between paragraphs, with brackets and resolved references."""
        styles = {"delete": "Bracketed" if a.bracketed else None, "equal": "Bracketed" if b.bracketed else None}
        styles["insert"] = styles["equal"]
        spans = [(s.op, s.text) for s in change.spans]
        if not a.paragraphs:  # withdrawn or without text: the old side shows nothing
            spans = [("insert", t) for op, t in spans if op != "delete"]
        elif not b.paragraphs:
            spans = [("delete", t) for op, t in spans if op != "insert"]
        bracket = side_op(a.bracketed and bool(a.paragraphs), b.bracketed and bool(b.paragraphs))
        if bracket:
            yield bracket, "[", styles[bracket]
        for op, text in spans:
            yield from self._resolved(op, text, styles[op])
        if bracket:
            yield bracket, "]", styles[bracket]

    def _resolved(self, op: Op, text: str, style: str | None) -> Iterator[Piece]:
        old, new = self.redline.old, self.redline.new
        if op != "equal":
            yield op, (old if op == "delete" else new).resolve(text), style
            return
        at = 0
        for match in CROSS_REFERENCE.finditer(text):
            yield "equal", text[at:match.start()], style
            yield from swap(old.reference_text(match.group(1)), new.reference_text(match.group(1)), style)
            at = match.end()
        yield "equal", text[at:], style

    def finish(self) -> bytes:
        """The finished document."""
        self._flush(False)
        track_later_edits(self.builder.document.settings.element)
        if self._last_mark != "equal":
            # LibreOffice cannot remove the document's last paragraph when rejecting its
            # insertion or accepting its deletion; an empty kept one after it can stay
            self.builder.add_xml("<w:p/>")
        old, new = self.redline.old, self.redline.new
        return self.builder.to_bytes(CoreProperties(
            title=new.title, author=self.author, version=new.version, created=self.date,
            subject=f"Redline: version {old.version} to {new.version}, changes as of {iso_date(self.date)}",
        ))


_LAST_WORD = re.compile(r"(\S+\s*|\s+)$")


def end_without_insertion(pieces: list[Piece]) -> list[Piece]:
    """The same paragraph ending in a deletion rather than an insertion.

    LibreOffice joins an insertion that ends a paragraph with one that starts the next
    (same author, dates within a minute) into one, the paragraph mark between them
    included, so rejecting it would join two paragraphs that were apart. A trailing
    insertion after a deletion swaps places with it; after kept text, the last kept
    word goes into the insertion and is deleted after it. Both sides read the same.
    """
    k = len(pieces)
    while k and pieces[k - 1][0] == "insert":
        k -= 1
    if k in (0, len(pieces)):
        return pieces
    op, text, style = pieces[k - 1]
    if op == "delete":
        return [*pieces[:k - 1], *pieces[k:], pieces[k - 1]]
    word = _LAST_WORD.search(text).group()  # type: ignore[union-attr]
    kept: list[Piece] = [("equal", text[:len(text) - len(word)], style)] if len(word) < len(text) else []
    return [*pieces[:k - 1], *kept, ("insert", word, style), *pieces[k:], ("delete", word, style)]


def _split(pieces: Iterator[Piece], last: Op) -> Iterator[tuple[list[Piece], Op]]:
    """Pieces cut into paragraphs at each `\\n`: a paragraph mark as kept, inserted or deleted."""
    current: list[Piece] = []
    for op, text, style in pieces:
        for k, part in enumerate(text.split("\n")):
            if k:
                yield current, op
                current = []
            if part:
                current.append((op, part, style))
    yield current, last
