"""Word tracked changes: the only module that writes `w:ins`, `w:del` and `w:delText`.

    tracker = Tracker(builder.ids, "drafter", datetime(2025, 10, 22, tzinfo=UTC))
    content = tracker.piece("equal", "keep ", None) + tracker.piece("insert", "new", None)
    builder.add_xml(tracker.paragraph(style_id, content, mark="equal"))

Every revision carries a `w:id` from the builder's one allocator, an author and a date.
A whole inserted or deleted paragraph also marks its paragraph mark (`w:pPr/w:rPr/w:ins`
or `w:del`), so accepting or rejecting removes the emptied paragraph instead of leaving
a blank line. Strings, not python-docx objects: a 10,000-clause redline is one join.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from itertools import groupby

from docx.oxml.ns import qn
from lxml import etree

from drafter.diff.redline import SpanOp
from drafter.render.docx.ids import Ids
from drafter.render.docx.ooxml import Run, attribute, run, script_runs


def iso_date(moment: datetime) -> str:
    """`2025-10-22T00:00:00Z`: the form `w:date` takes, in UTC, whole seconds."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Tracker:
    """Writes revision marks by one author at one time, numbered from the builder's ids."""

    def __init__(self, ids: Ids, author: str, date: datetime, rtl: bool = False) -> None:
        """`rtl`: a right-to-left document (bidi paragraphs, script runs; see ooxml.script_runs)."""
        self.ids = ids
        self.rtl = rtl
        self.author = author
        self.date = iso_date(date)
        self._who = f'w:author={attribute(author)} w:date="{self.date}"'

    def _attrs(self) -> str:
        return f'w:id="{self.ids.next()}" {self._who}'

    def piece(self, op: SpanOp, value: str, style_id: str | None) -> str:
        """A run of `value` kept, inserted or deleted; a tab becomes `w:tab`."""
        return self.pieces([(op, value, style_id)])

    def pieces(self, items: Iterable[tuple[SpanOp, str, str | None]]) -> str:
        """Several pieces: (op, text, character style id); neighbours with one op share one mark."""
        out: list[str] = []
        for op, group in groupby((item for item in items if item[1]), key=lambda item: item[0]):
            runs = [(value, style) for _, value, style in group]
            tag = "w:delText" if op == "delete" else "w:t"
            content = "".join(self._run(Run(value, style), tag) for value, style in runs)
            if op == "equal":
                out.append(content)
            else:
                out.append(f"<w:{op[:3]} {self._attrs()}>{content}</w:{op[:3]}>")
        return "".join(out)

    def _run(self, item: Run, tag: str) -> str:
        return script_runs(item, tag) if self.rtl else run(item, tag)

    def mark(self, op: SpanOp) -> str:
        """The `w:rPr` of a paragraph mark inserted or deleted; nothing when kept."""
        if op == "equal":
            return ""
        tag = "w:ins" if op == "insert" else "w:del"
        return f"<w:rPr><{tag} {self._attrs()}/></w:rPr>"

    def paragraph(self, style_id: str, content: str, mark: SpanOp = "equal", was: str | None = None) -> str:
        """A `w:p` in a paragraph style whose own mark is kept, inserted or deleted.

        `was`: the paragraph style it had before (a clause now at another depth), kept
        as a tracked formatting change (`w:pPrChange`) so rejecting restores it.
        """
        change = ""
        if was is not None and was != style_id:
            bidi = "<w:bidi/>" if self.rtl else ""
            change = f'<w:pPrChange {self._attrs()}><w:pPr><w:pStyle w:val="{was}"/>{bidi}</w:pPr></w:pPrChange>'
        bidi = "<w:bidi/>" if self.rtl else ""
        return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{bidi}{self.mark(mark)}{change}</w:pPr>{content}</w:p>'

    def whole(self, op: SpanOp, style_id: str, items: Iterable[tuple[str, str | None]]) -> str:
        """A paragraph whose runs (text, character style id) and mark are all kept, inserted or deleted."""
        return self.paragraph(style_id, self.pieces((op, value, style) for value, style in items), op)

    def track_element(self, paragraph: object, op: SpanOp) -> None:
        """Mark an already built `w:p` element (title block) wholly inserted or deleted."""
        if op == "equal":
            return
        tag = qn("w:ins") if op == "insert" else qn("w:del")
        for child in list(paragraph):  # type: ignore[call-overload]
            if child.tag == qn("w:r"):
                wrapper = child.makeelement(tag, self._attributes())
                child.addprevious(wrapper)
                wrapper.append(child)
                if op == "delete":
                    _to_deleted_text(child)
        ppr = paragraph.find(qn("w:pPr"))  # type: ignore[attr-defined]
        if ppr is None:
            ppr = paragraph.makeelement(qn("w:pPr"), {})  # type: ignore[attr-defined]
            paragraph.insert(0, ppr)  # type: ignore[attr-defined]
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = ppr.makeelement(qn("w:rPr"), {})
            _insert_rpr(ppr, rpr)
        rpr.insert(0, rpr.makeelement(tag, self._attributes()))

    def _attributes(self) -> dict[str, str]:
        return {qn("w:id"): str(self.ids.next()), qn("w:author"): self.author, qn("w:date"): self.date}


def copy_deleted(tracker: Tracker, paragraph: object) -> object:
    """A copy of a built `w:p` marked wholly deleted (the old title block's line)."""
    duplicate = copy.deepcopy(paragraph)
    tracker.track_element(duplicate, "delete")
    return duplicate


def _to_deleted_text(run: object) -> None:
    for child in run.iter(qn("w:t"), qn("w:instrText")):  # type: ignore[attr-defined]
        child.tag = qn("w:delText") if child.tag == qn("w:t") else qn("w:delInstrText")


_AFTER_RPR = {qn("w:sectPr"), qn("w:pPrChange")}


def _insert_rpr(ppr: object, rpr: object) -> None:
    """`w:rPr` goes after every other paragraph property but `w:sectPr` and `w:pPrChange`."""
    for child in ppr:  # type: ignore[attr-defined]
        if child.tag in _AFTER_RPR:
            child.addprevious(rpr)
            return
    ppr.append(rpr)  # type: ignore[attr-defined]



def track_title_block(old: Sequence[tuple[object, bool]], new: Sequence[tuple[object, bool]],
                      tracker: Tracker) -> None:
    """Mark the lines of the new title block that differ from the old one's.

    Both were filled from the same reference document's paragraphs, one with each
    version's values, so line k of one is line k of the other: there is no pairing to
    guess. Each line comes as (paragraph, shown): a line whose text came out empty is
    not shown, and is removed from the new body here. A line that differs is written
    as the old line deleted, then the new line inserted.
    """
    for (was, was_shown), (now, now_shown) in zip(old, new, strict=True):
        if was_shown and now_shown and _text(was) == _text(now):
            continue
        if was_shown:
            now.addprevious(copy_deleted(tracker, was))  # type: ignore[attr-defined]
        if now_shown:
            tracker.track_element(now, "insert")
        else:
            now.getparent().remove(now)  # type: ignore[attr-defined]


def _text(paragraph: object) -> str:
    return "".join(t.text or "" for t in paragraph.iter(qn("w:t")))  # type: ignore[attr-defined]


_BEFORE_TRACK_REVISIONS = frozenset(qn(f"w:{name}") for name in (
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts", "embedSystemFonts",
    "saveSubsetFonts", "saveFormsData", "mirrorMargins", "alignBordersAndEdges",
    "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop", "hideSpellingErrors",
    "hideGrammaticalErrors", "activeWritingStyle", "proofState", "formsDesign", "attachedTemplate",
    "linkStyles", "stylePaneFormatFilter", "stylePaneSortMethod", "documentType", "mailMerge",
    "revisionView",
))
"""What comes before `w:trackRevisions` in `w:settings` (the schema fixes the order)."""


def track_later_edits(settings: etree._Element) -> None:
    """Turn on Track Changes in the document's settings, so a reviewer's own edits are tracked too."""
    if settings.find(qn("w:trackRevisions")) is not None:
        return
    at = 0
    for i, child in enumerate(settings):
        if child.tag in _BEFORE_TRACK_REVISIONS:
            at = i + 1
    settings.insert(at, settings.makeelement(qn("w:trackRevisions"), {}))
