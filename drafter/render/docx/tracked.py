"""A Word document whose body is written as tracked paragraphs: what a Word redline draws on.

    doc = TrackedDocument(reference, old_context, new_context, authors, "drafter", date)
    doc.paragraph(Style.PREAMBLE, [Mark("equal", "kept "), Mark("insert", "new")])
    data = doc.finish(core_properties)

The title block, header and footer come from the reference document filled with the
new version's values; title-block lines that differ from the old version's are
tracked. Paragraphs and runs name their styles (see layout.py); ids are looked up here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from drafter.diff.redline import SpanOp
from drafter.render.docx.builder import CoreProperties, DocxBuilder
from drafter.render.docx.comments import Comments
from drafter.render.docx.layout import Style
from drafter.render.docx.revisions import Tracker, track_later_edits, track_title_block


class Mark(NamedTuple):
    """Text kept, inserted or deleted, in a named character style (None: the paragraph's)."""

    op: SpanOp
    text: str
    style: str | None = None


class TrackedDocument:
    """Tracked paragraphs on a reference document, then the finished .docx."""

    def __init__(self, reference: Path, old_context: Mapping[str, object], new_context: Mapping[str, object],
                 authors: Sequence[str], author: str, date: datetime) -> None:
        self.builder = DocxBuilder(reference, new_context, authors, keep_empty=True)
        self.tracker = Tracker(self.builder.ids, author, date, rtl=self.builder.rtl)
        old = DocxBuilder(reference, old_context, keep_empty=True)
        track_title_block(old.title_lines(), self.builder.title_lines(), self.tracker)
        # the redline's own comments (what changed but is not printed) are the reviewer's
        self.builder.comments = Comments(self.builder.ids, author, self.builder.style_id(Style.DRAFTERS_NOTE))
        self._pending: tuple[str, list[Mark], SpanOp, str | None, tuple[str, ...]] | None = None
        self._last_mark: SpanOp = "equal"

    def paragraph(self, style: str, marks: Sequence[Mark], mark: SpanOp = "equal", was: str | None = None,
                  notes: tuple[str, ...] = ()) -> None:
        """One paragraph of marked text, its own mark kept, inserted or deleted; `was` its old style;
        each note a comment on its text.

        Written one paragraph late, so the previous one can be told what this one starts with.
        """
        marks = [m for m in marks if m.text]
        self._flush(bool(marks) and marks[0].op == "insert")
        self._pending = (style, marks, mark, was, notes)

    def _flush(self, before_insertion: bool) -> None:
        if self._pending is None:
            return
        style, marks, mark, was, notes = self._pending
        if before_insertion and mark != "insert":
            marks = end_without_insertion(marks)
        style_id = self.builder.style_id
        content = self.tracker.pieces((m.op, m.text, style_id(m.style) if m.style else None) for m in marks)
        if notes:
            content = self.builder.comments.around(content, notes)
        self.builder.add_xml(self.tracker.paragraph(style_id(style), content, mark, was and style_id(was)))
        self._pending, self._last_mark = None, mark

    def finish(self, core: CoreProperties) -> bytes:
        """The finished document, with Track Changes left on for a reviewer's own edits."""
        self._flush(False)
        track_later_edits(self.builder.document.settings.element)
        if self._last_mark != "equal":
            # LibreOffice cannot remove the document's last paragraph when rejecting its
            # insertion or accepting its deletion; an empty kept one after it can stay
            self.builder.add_xml("<w:p/>")
        return self.builder.to_bytes(core)


_LAST_WORD = re.compile(r"(\S+\s*|\s+)$")


def end_without_insertion(marks: list[Mark]) -> list[Mark]:
    """The same paragraph ending in a deletion rather than an insertion.

    LibreOffice joins an insertion that ends a paragraph with one that starts the next
    (same author, dates within a minute) into one, the paragraph mark between them
    included, so rejecting it would join two paragraphs that were apart. A trailing
    insertion after a deletion swaps places with it; after kept text, the last kept
    word goes into the insertion and is deleted after it. Both sides read the same.
    """
    k = len(marks)
    while k and marks[k - 1].op == "insert":
        k -= 1
    if k in (0, len(marks)):
        return marks
    op, text, style = marks[k - 1]
    if op == "delete":
        return [*marks[:k - 1], *marks[k:], marks[k - 1]]
    word = _LAST_WORD.search(text).group()  # type: ignore[union-attr]
    kept = [Mark("equal", text[:len(text) - len(word)], style)] if len(word) < len(text) else []
    return [*marks[:k - 1], *kept, Mark("insert", word, style), *marks[k:], Mark("delete", word, style)]
