"""Plain text and Markdown -> paragraphs.

Paragraphs are separated by blank lines; a line that starts with a number or bullet
also starts a new one (pasted lists often have no blank lines). Wrapped lines are
joined; in plain text whose lines are not wrapped (lines longer than `WRAPPED_WIDTH`),
each line is a paragraph of its own, and in wrapped text a short first
line above longer ones (a title) is kept apart. A header block (`TITLE: ...` lines, then
`---`) or Markdown front matter gives the metadata (`metadata.py`). Markdown's inline
markup is removed; bold at the start of a paragraph is kept aside as a possible title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.errors import InputError
from drafter.importers import metadata
from drafter.importers.frontmatter import split_header
from drafter.importers.markers import candidates
from drafter.importers.paragraphs import Document, Notice, Paragraph, clean, shorten

_BINARY = {b"PK\x03\x04": "a zip archive (a .docx?)", b"%PDF": "a PDF document",
           b"\xd0\xcf\x11\xe0": "an old Word/Office file (.doc)", b"{\\rtf": "an RTF document"}
_HEADING = re.compile(r"(#{1,6})\s+(.*?)\s*#*\s*")
_UNDERLINE = re.compile(r"(=+|-+)\s*")
_RULE = re.compile(r"(\*\s*){3,}|(-\s*){3,}|(_\s*){3,}")
_FENCE = re.compile(r"(```|~~~)")
_TABLE = re.compile(r"\|.*\|")
_FOOTNOTE_DEFINITION = re.compile(r"\[\^[^\]]+\]:")
MAX_INDENT = 12
"""Deeper indentation reads as this deep: a list nested thousands deep stays a bounded outline."""
_WHOLLY_EMPHASISED = re.compile(r"\*[^*\s][^*]*\*|_[^_\s][^_]*_")


def decode(data: bytes, origin: str) -> str:
    """`data` as text, or a one-line error saying what the file seems to be instead."""
    for magic, what in _BINARY.items():
        if data.startswith(magic):
            raise InputError(f"{origin}: this is {what}, not text; give it a matching extension")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise InputError(f"{origin}: binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{origin}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); "
                         "save the file as UTF-8") from None


WRAPPED_WIDTH = 100
"""Plain text whose lines are at most this long (one longer line in ten aside) is wrapped: lines joined."""


def read_text(data: bytes, origin: str, *, markdown: bool) -> Document:
    """The paragraphs of a plain-text (`markdown=False`) or Markdown document."""
    text = decode(data, origin).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    fields, start = split_header(lines)
    document = Document([])
    if fields:
        document.notices.append(Notice(f"line {fields[0].line}", f"header of {len(fields)} line(s) above the "
                                       f"text (to line {start})", shorten(lines[fields[0].line - 1], 80), True))
    metadata.apply(fields, document)
    wrapped = markdown or _wrapped([line.strip() for line in lines[start:] if line.strip()])
    if not wrapped:
        document.notices.append(Notice("", f"lines are not wrapped (some are longer than {WRAPPED_WIDTH} "
                                       "characters): each line is a paragraph", detail=True))
    _Reader(document, markdown, wrapped).read(lines, start)
    return document


def _wrapped(lines: list[str]) -> bool:
    """Whether text is wrapped: no more than one line (a long link, say) in ten runs past the width."""
    long = sum(1 for line in lines if len(line) > WRAPPED_WIDTH)
    return long == 0 or (long == 1 and len(lines) >= 10)


@dataclass(slots=True)
class _Pending:
    lines: list[str]
    first: int
    indent: int
    heading: int = 0
    style: str = ""
    joined: bool = False
    source: str = ""


class _Reader:
    def __init__(self, document: Document, markdown: bool, wrapped: bool = True) -> None:
        self.document = document
        self.markdown = markdown
        self.wrapped = wrapped
        self.pending: _Pending | None = None
        self.fence: str | None = None
        self.in_block = False
        """True after a non-blank line: a paragraph started now is joined to the one before."""

    def read(self, lines: list[str], start: int) -> None:
        for number, line in enumerate(lines[start:], start + 1):
            self._line(line.expandtabs(4), number)
        self._flush()

    def _line(self, line: str, number: int) -> None:
        stripped = line.strip()
        if self.markdown and self._skipped(stripped, number):
            return
        if _RULE.fullmatch(stripped) and self.pending is None:
            return
        if not stripped:
            self._flush()
            self.in_block = False
            return
        style = ""
        if self.markdown and stripped.startswith(">"):
            stripped, style = stripped.lstrip("> ").strip(), "quote"
        if self._heading(stripped, number):
            self.in_block = True
            return
        indent = min((len(line) - len(line.lstrip())) // 2, MAX_INDENT)
        if self.pending and (candidates(stripped, indent) or not self.wrapped or self._title_above(stripped)):
            self._flush()
        if self.pending is None:
            self.pending = _Pending([], number, indent, style=style, joined=self.in_block, source=line.strip())
        self.pending.lines.append(stripped)
        self.in_block = True

    def _title_above(self, stripped: str) -> bool:
        """A short first line with no final punctuation above a longer one that starts a sentence."""
        pending = self.pending
        if pending is None or len(pending.lines) != 1 or self.markdown:
            return False
        first = pending.lines[0]
        marks = candidates(first, pending.indent)
        title = marks[0].rest if marks else first
        return (0 < len(title.split()) <= 8 and not title.endswith((".", ",", ";", ":", "!", "?"))
                and len(title) * 2 < len(stripped) and stripped[:1].isupper() and title[:1].isupper())

    def _skipped(self, stripped: str, number: int) -> bool:
        """Code blocks, tables, rules and HTML comments: reported or dropped."""
        if _FENCE.match(stripped):
            self._flush()
            if self.fence is None:
                self.fence = stripped[:3]
                self.document.notices.append(Notice(f"line {number}", "code block skipped"))
            elif stripped.startswith(self.fence):
                self.fence = None
            return True
        if self.fence is not None:
            return True
        if _TABLE.fullmatch(stripped):
            self._flush()
            self.document.notices.append(Notice(f"line {number}", "table row skipped: " + stripped[:50]))
            return True
        if _FOOTNOTE_DEFINITION.match(stripped):
            self._flush()
            self.document.notices.append(Notice(f"line {number}", "footnote skipped: " + stripped[:50]))
            return True
        return stripped.startswith("<!--")

    def _heading(self, stripped: str, number: int) -> bool:
        match = _HEADING.fullmatch(stripped) if self.markdown else None
        if match:
            self._flush()
            self.pending = _Pending([match.group(2)], number, 0, heading=len(match.group(1)), joined=self.in_block,
                                    source=stripped)
            self._flush()
            return True
        underline = _UNDERLINE.fullmatch(stripped)
        if underline and self.pending and len(self.pending.lines) == 1 and len(stripped) >= 3:
            self.pending.heading = 1 if stripped[0] == "=" else 2
            self._flush()
            return True
        return False

    def _flush(self) -> None:
        pending, self.pending = self.pending, None
        if pending is None:
            return
        raw = " ".join(pending.lines)
        text, lead = (inline(raw) if self.markdown else (clean(raw), None))
        style = pending.style or ("emphasis" if self.markdown and _WHOLLY_EMPHASISED.fullmatch(raw) else "")
        if text:
            self.document.paragraphs.append(
                Paragraph(text, f"line {pending.first}", pending.heading, lead, pending.indent, style=style,
                          joined=pending.joined, source=shorten(pending.source, 80)))


_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~\"'])")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^)\s]+)(?:\s+\"[^\"]*\")?\)")
_STRONG = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])")
_CODE = re.compile(r"`([^`]*)`")
_TAG = re.compile(r"<br\s*/?>|</?[a-zA-Z][^>]*>")
_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
_PROTECT = {"\\" + c: chr(0xE000 + i) for i, c in enumerate("\\`*_{}[]()#+-.!|<>~\"'")}


def inline(raw: str) -> tuple[str, str | None]:
    """Plain text of a Markdown paragraph, and its leading bold text (a title) if any."""
    protected = _ESCAPE.sub(lambda m: _PROTECT["\\" + m.group(1)], raw)
    lead = None
    strong = _STRONG.search(protected)
    if strong:
        before = _plain(protected[: strong.start()])
        if len(before) <= 12 and (not before or before == "[" or candidates(before + " x")):
            lead = _plain(strong.group(1) or strong.group(2))
    return _plain(protected), lead or None


def _plain(text: str) -> str:
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _FOOTNOTE.sub("", text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(lambda m: m.group(1) or m.group(2), text)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    text = _TAG.sub(" ", text)
    for escaped, private in _PROTECT.items():
        text = text.replace(private, escaped[1])
    return clean(text)


def read(data: bytes, origin: str) -> Document:
    """The paragraphs of a plain-text document (the `txt` import format)."""
    return read_text(data, origin, markdown=False)
