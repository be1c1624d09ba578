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
from collections.abc import Iterable
from datetime import UTC, datetime
from difflib import SequenceMatcher
from itertools import groupby
from typing import Literal

from docx.oxml.ns import qn
from lxml import etree

from drafter.render.docx.ids import Ids
from drafter.render.docx.ooxml import attribute, text

Op = Literal["equal", "insert", "delete"]


def iso_date(moment: datetime) -> str:
    """`2025-10-22T00:00:00Z`: the form `w:date` takes, in UTC, whole seconds."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Tracker:
    """Writes revision marks by one author at one time, numbered from the builder's ids."""

    def __init__(self, ids: Ids, author: str, date: datetime) -> None:
        self.ids = ids
        self.author = author
        self.date = iso_date(date)
        self._who = f'w:author={attribute(author)} w:date="{self.date}"'

    def _attrs(self) -> str:
        return f'w:id="{self.ids.next()}" {self._who}'

    def piece(self, op: Op, value: str, style_id: str | None) -> str:
        """A run of `value` kept, inserted or deleted; a tab becomes `w:tab`."""
        return self.pieces([(op, value, style_id)])

    def pieces(self, items: Iterable[tuple[Op, str, str | None]]) -> str:
        """Several pieces: (op, text, character style id); neighbours with one op share one mark."""
        out: list[str] = []
        for op, group in groupby((item for item in items if item[1]), key=lambda item: item[0]):
            runs = [(value, style) for _, value, style in group]
            if op == "equal":
                out += [_run(value, style, "w:t") for value, style in runs]
            elif op == "insert":
                out.append(f"<w:ins {self._attrs()}>{''.join(_run(v, s, 'w:t') for v, s in runs)}</w:ins>")
            else:
                out.append(f"<w:del {self._attrs()}>{''.join(_run(v, s, 'w:delText') for v, s in runs)}</w:del>")
        return "".join(out)

    def mark(self, op: Op) -> str:
        """The `w:rPr` of a paragraph mark inserted or deleted; nothing when kept."""
        if op == "equal":
            return ""
        tag = "w:ins" if op == "insert" else "w:del"
        return f"<w:rPr><{tag} {self._attrs()}/></w:rPr>"

    def paragraph(self, style_id: str, content: str, mark: Op = "equal", was: str | None = None) -> str:
        """A `w:p` in a paragraph style whose own mark is kept, inserted or deleted.

        `was`: the paragraph style it had before (a clause now at another depth), kept
        as a tracked formatting change (`w:pPrChange`) so rejecting restores it.
        """
        change = ""
        if was is not None and was != style_id:
            change = f'<w:pPrChange {self._attrs()}><w:pPr><w:pStyle w:val="{was}"/></w:pPr></w:pPrChange>'
        return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{self.mark(mark)}{change}</w:pPr>{content}</w:p>'

    def whole(self, op: Op, style_id: str, items: Iterable[tuple[str, str | None]]) -> str:
        """A paragraph whose runs (text, character style id) and mark are all kept, inserted or deleted."""
        return self.paragraph(style_id, self.pieces((op, value, style) for value, style in items), op)

    def track_element(self, paragraph: object, op: Op) -> None:
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


def _run(value: str, style_id: str | None, tag: str) -> str:
    props = f'<w:rPr><w:rStyle w:val="{style_id}"/></w:rPr>' if style_id else ""
    parts = value.split("\t")
    inner = "<w:tab/>".join(f'<{tag} xml:space="preserve">{text(p)}</{tag}>' if p else "" for p in parts)
    return f"<w:r>{props}{inner}</w:r>"


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



def track_title_block(old_body: object, new_body: object, tracker: Tracker) -> None:
    """Mark the lines of the new title block that differ from the old one's.

    Both bodies were filled from the same reference document, one with each version's
    values; a line that differs is kept as the new line inserted after the old line deleted.
    """
    old = [p for p in old_body if p.tag == qn("w:p")]  # type: ignore[attr-defined]
    new = [p for p in new_body if p.tag == qn("w:p")]  # type: ignore[attr-defined]
    matcher = SequenceMatcher(None, [_text(p) for p in old], [_text(p) for p in new], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        for paragraph in new[j1:j2]:
            tracker.track_element(paragraph, "insert")
        deleted = [copy_deleted(tracker, p) for p in old[i1:i2]]
        if j1 < len(new):
            for paragraph in deleted:
                new[j1].addprevious(paragraph)
        else:
            _append_after(new_body, new[-1] if new else None, deleted)


def _append_after(body: object, last: object | None, paragraphs: list[object]) -> None:
    for paragraph in paragraphs:
        if last is None:
            body.insert(0, paragraph)  # type: ignore[attr-defined]
        else:
            last.addnext(paragraph)  # type: ignore[attr-defined]
        last = paragraph


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
