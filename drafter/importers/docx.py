"""Word (.docx) -> paragraphs, with headings, automatic numbers and bold lead-ins.

Tracked changes are taken as accepted: inserted text (`w:ins`, `w:moveTo`) is kept,
deleted text (`w:del`, `w:moveFrom`, `w:delText`) dropped, and a paragraph whose mark
was deleted runs on into the next. Tables, text boxes and field codes are not body
text: tables are reported, the others skipped.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator

from lxml import etree

from drafter.errors import InputError
from drafter.importers import metadata
from drafter.importers.frontmatter import Field
from drafter.importers.ooxml import Package, W
from drafter.importers.paragraphs import Document, Notice, Paragraph, clean
from drafter.importers.wordlists import Numbering, Styles, is_on, num_pr, read_styles

_DROPPED = frozenset(f"{W}{tag}" for tag in (
    "del", "moveFrom", "delText", "instrText", "txbxContent", "pPr", "rPr", "footnoteReference",
    "commentReference", "delInstrText"))
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_CONTAINERS = frozenset(f"{W}{tag}" for tag in ("sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag"))
_CORE = {  # Word's core properties (docProps/core.xml) -> what the metadata reader takes them for
    "{http://purl.org/dc/elements/1.1/}title": ("title", "title"),
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}contentStatus": ("status", "status"),
    "{http://purl.org/dc/elements/1.1/}subject": ("subject", "note"),
    "{http://purl.org/dc/elements/1.1/}description": ("description", "note"),
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords": ("keywords", "note"),
    "{http://purl.org/dc/elements/1.1/}creator": ("Word file author", "note"),
    "{http://purl.org/dc/terms/}created": ("Word file created", "note"),
}
"""The file's creation date and author are kept as notes, not taken for the text's date or party:
they say when and by whom the file was saved, and python-docx's template, for one, carries 2013."""


def read_docx(data: bytes, origin: str) -> Document:
    """The body paragraphs of the Word document in `data`."""
    package = Package(data, origin)
    main = package.main_part()
    root = package.xml(main)
    if root is None or root.tag != f"{W}document":
        raise InputError(f"{origin}: a zip archive but not a Word document (no {main} with w:document)")
    folder = posixpath.dirname(main)
    styles = read_styles(package.xml(posixpath.join(folder, "styles.xml")))
    numbers = Numbering(package.xml(posixpath.join(folder, "numbering.xml")))
    document = Document([])
    metadata.apply(_core_properties(package), document, lambda _: "core properties")
    body = root.find(f"{W}body")
    _Walker(document, styles, numbers).walk(body if body is not None else root)
    return document


def _core_properties(package: Package) -> list[Field]:
    """The core properties that hold text, in the order of `_CORE`."""
    core = package.xml("docProps/core.xml")
    if core is None:
        return []
    found = {child.tag: clean(child.text or "") for child in core}
    return [Field(key, kind, found[tag], 0) for tag, (key, kind) in _CORE.items() if found.get(tag)]


class _Walker:
    def __init__(self, document: Document, styles: Styles, numbers: Numbering) -> None:
        self.document, self.styles, self.numbers = document, styles, numbers
        self.count = 0
        self.carry: list[tuple[str, bool]] = []

    def walk(self, parent: etree._Element) -> None:
        for element in _blocks(parent):
            if element.tag == f"{W}tbl":
                self.document.notices.append(Notice(f"paragraph {self.count + 1}", "table skipped"))
                self.count += sum(1 for _ in element.iter(f"{W}p"))
            else:
                self.count += 1
                self._paragraph(element)

    def _paragraph(self, p: etree._Element) -> None:
        ppr = p.find(f"{W}pPr")
        segments = self.carry + list(_segments(p, self.styles))
        if ppr is not None and ppr.find(f"{W}rPr/{W}del") is not None:
            self.carry = segments  # paragraph mark deleted: it runs on into the next one
            return
        self.carry = []
        text = clean("".join(t for t, _ in segments))
        style = _style(ppr)
        level = self.styles.heading(style)
        found = num_pr(ppr) or self.styles.numbering(style)
        auto = self.numbers.next(*found) if found else None
        if not text and (auto is None or auto.bullet or not auto.mark):
            return  # an empty paragraph; one Word numbers still prints its number (a point with no text)
        if level == -1:
            self.document.title = self.document.title if self.document.paragraphs else text
            if self.document.paragraphs:
                self.document.paragraphs.append(Paragraph(text, self.where, 1))
            return
        if auto is not None and not auto.mark and auto.bullet:
            auto = None  # a list level that prints nothing
        self.document.paragraphs.append(Paragraph(text, self.where, level, _lead(segments),
                                                  auto.level if auto else 0, auto, self.styles.name(style)))

    @property
    def where(self) -> str:
        return f"paragraph {self.count}"


def _blocks(parent: etree._Element) -> Iterator[etree._Element]:
    """Body paragraphs and tables in order, through content controls and tracked insertions."""
    for child in parent:
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag in _CONTAINERS:
            yield from _blocks(child)


def _segments(p: etree._Element, styles: Styles) -> Iterator[tuple[str, bool]]:
    """(text, bold) pieces of a paragraph, deleted text left out."""
    for run in _runs(p):
        bold = _bold(run.find(f"{W}rPr"), styles)
        for child in run:
            if child.tag == f"{W}t":
                yield child.text or "", bold
            elif child.tag in (f"{W}tab", f"{W}br", f"{W}cr"):
                yield " ", bold
            elif child.tag == f"{W}noBreakHyphen":
                yield "-", bold


def _runs(element: etree._Element) -> Iterator[etree._Element]:
    for child in element:
        if child.tag in _DROPPED or child.tag == _FALLBACK:
            continue
        if child.tag == f"{W}r":
            yield child
        else:
            yield from _runs(child)  # w:ins, w:hyperlink, w:fldSimple, w:smartTag, mc:Choice ...


def _bold(rpr: etree._Element | None, styles: Styles) -> bool:
    """Bold set on the run, else by its character style (`Strong`, a title style)."""
    if rpr is None:
        return False
    b = rpr.find(f"{W}b")
    if b is not None:
        return is_on(b)
    return styles.is_bold(_style(rpr, "rStyle"))


def _lead(segments: list[tuple[str, bool]]) -> str | None:
    """Bold text at the start, after at most a short unbolded number."""
    prefix, lead, i = "", "", 0
    while i < len(segments) and not segments[i][1]:
        prefix += segments[i][0]
        i += 1
    if len(prefix.strip()) > 12:
        return None
    while i < len(segments) and (segments[i][1] or not segments[i][0].strip()):
        lead += segments[i][0]
        i += 1
    return clean(lead) or None


def _style(props: etree._Element | None, tag: str = "pStyle") -> str | None:
    found = props.find(f"{W}{tag}") if props is not None else None
    return found.get(f"{W}val") if found is not None else None


def read(data: bytes, origin: str) -> Document:
    """The body paragraphs of a Word document (the `docx` import format)."""
    return read_docx(data, origin)
