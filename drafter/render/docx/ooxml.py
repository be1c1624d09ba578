"""WordprocessingML written by hand, as strings, and put into a document in bulk.

Building every paragraph through python-docx's `add_paragraph` re-scans the body for
the section properties each time (quadratic over 10,000 clauses). Here paragraphs are
XML strings, parsed once with python-docx's own parser and appended before `w:sectPr`
in one go. Only this module, `comments.py`, `fields.py` and `fill.py` know OOXML.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from typing import NamedTuple

from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class Run(NamedTuple):
    """A run of text in a named character style (None: the paragraph's own style)."""

    text: str
    style: str | None = None


def text(value: str) -> str:
    """`value` escaped for element content, with characters XML cannot hold dropped."""
    # str.replace, not xml.sax.saxutils: that import pulls in urllib and email (30 ms)
    return _NOT_XML.sub("", value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attribute(value: str) -> str:
    """`value` as a quoted XML attribute value."""
    return '"' + text(value).replace('"', "&quot;") + '"'


def run(item: Run, tag: str = "w:t", rtl: bool = False) -> str:
    """One `w:r` (style: a style id); a tab becomes `w:tab`. `tag`: `w:delText` inside a deletion;
    `rtl`: right-to-left text (`w:rtl`), for runs in a right-to-left script."""
    style = f'<w:rStyle w:val="{item.style}"/>' if item.style else ""
    props = f"<w:rPr>{style}{'<w:rtl/>' if rtl else ''}</w:rPr>" if style or rtl else ""
    parts = item.text.split("\t")
    inner = "<w:tab/>".join(f'<{tag} xml:space="preserve">{text(p)}</{tag}>' if p else "" for p in parts)
    return f"<w:r>{props}{inner}</w:r>"


def paragraph(style_id: str, content: str, bidi: bool = False, num_id: int | None = None) -> str:
    """One `w:p` in a paragraph style, around already-built run XML; `bidi`: a right-to-left paragraph;
    `num_id`: numbered by that list instance (`w:numPr`, level 0)."""
    numbered = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>' if num_id else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{numbered}{"<w:bidi/>" if bidi else ""}</w:pPr>{content}</w:p>'


_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9 .,:;'’/&()-]*[A-Za-z0-9)]|[A-Za-z]")


def script_runs(item: Run, tag: str = "w:t") -> str:
    """Runs of `item` in a right-to-left document: Latin stretches (`UN Resolution 1701`) left to
    right, the rest marked right-to-left (`w:rtl`), so Word orders and fonts each as its script."""
    out, at = [], 0
    for match in _LATIN.finditer(item.text):
        if match.start() > at:
            out.append(run(Run(item.text[at:match.start()], item.style), tag, rtl=True))
        out.append(run(Run(match.group(), item.style), tag))
        at = match.end()
    if at < len(item.text) or not out:
        out.append(run(Run(item.text[at:], item.style), tag, rtl=True))
    return "".join(out)


def runs(items: Iterable[Run], rtl: bool = False) -> str:
    """Run XML for several runs; `rtl`: in a right-to-left document (see `script_runs`)."""
    return "".join(script_runs(item) if rtl else run(item) for item in items)


def table(style_id: str, rows: list[list[str]], cell_style_id: str, widths: list[int], rtl: bool = False) -> str:
    """A table; the first row repeats as a header on every page. `widths` in twips; `rtl`:
    columns run right to left and cell text is right-to-left."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = []
    for i, row in enumerate(rows):
        head = "<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
            f"{paragraph(cell_style_id, runs([Run(value, None)], rtl=rtl), bidi=rtl)}</w:tc>"
            for value, w in zip(row, widths)
        )
        body.append(f"<w:tr>{head}{cells}</w:tr>")
    visual = "<w:bidiVisual/>" if rtl else ""
    props = (f'<w:tblPr><w:tblStyle w:val="{style_id}"/>{visual}<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
             '<w:tblLayout w:type="fixed"/></w:tblPr>')
    return f"<w:tbl>{props}<w:tblGrid>{grid}</w:tblGrid>{''.join(body)}</w:tbl>"


_MARK = "drafter-body-goes-here"


def mark_body_end(body: object) -> None:
    """Put a placeholder paragraph before `w:sectPr`; `splice_body` replaces it."""
    section = body.find(qn("w:sectPr"))  # type: ignore[attr-defined]
    marker = parse_xml(f'<w:p xmlns:w="{W_NS}"><w:r><w:t>{_MARK}</w:t></w:r></w:p>')
    if section is not None:
        section.addprevious(marker)
    else:
        body.append(marker)  # type: ignore[attr-defined]


def splice_body(docx_bytes: bytes, fragments: list[str]) -> bytes:
    """The saved package with the placeholder paragraph replaced by `fragments`.

    The body is never parsed into a tree: 10,000 clauses become one string joined
    into document.xml, which is why Word output costs little more than Markdown.
    """
    source = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = _replace_marker(data, "".join(fragments).encode("utf-8"))
            target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    return out.getvalue()


def _replace_marker(document_xml: bytes, body: bytes) -> bytes:
    at = document_xml.index(_MARK.encode())
    start = document_xml.rindex(b"<w:p>", 0, at)
    end = document_xml.index(b"</w:p>", at) + len(b"</w:p>")
    return document_xml[:start] + body + document_xml[end:]


def append_parsed(parent: object, fragments: list[str]) -> None:
    """Parse `fragments` (XML strings in the w namespace) and append them to `parent`."""
    parsed = parse_xml(f'<w:root xmlns:w="{W_NS}">{"".join(fragments)}</w:root>')
    parent.extend(list(parsed))  # type: ignore[attr-defined]
