"""What every reader hands to the structure finder: paragraphs with a little layout.

A reader (`text.py`, `docx.py`) knows its format's syntax; the structure finder
(`structure.py`) knows numbering. This module is the contract between them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class AutoNumber:
    """Word's automatic numbering on a paragraph (`w:numPr`), resolved to what it prints."""

    level: int
    """List level, `w:ilvl` (0 = outermost)."""
    mark: str
    """The number as Word prints it here: `3.`, `(b)`, `•`."""
    bullet: bool = False
    """True for a bulleted (unnumbered) list level."""
    list: str = ""
    """Which list definition (`w:abstractNumId`): restarted lists share one, `List Number 2` has its own."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of the source, its inline markup already removed."""

    text: str
    """Plain text, whitespace folded; a typed number (`1.`, `(a)`) is still in it."""
    where: str
    """Where it came from, for messages: `line 12` or `paragraph 4`."""
    heading: int = 0
    """Heading level (1 = top), 0 for body text."""
    lead: str | None = None
    """Bold text at the start of the paragraph (after any typed number), if any."""
    indent: int = 0
    """Indentation step (Markdown/text list nesting or Word list level), 0 at the margin."""
    auto: AutoNumber | None = None
    """Automatic numbering, for Word paragraphs in a numbered or bulleted list."""
    style: str = ""
    """A hint of its role: `quote` (Markdown `>`), `emphasis` (wholly italic), or Word's style name."""
    joined: bool = False
    """True when no blank line separates it from the paragraph before (a line inside a block)."""
    source: str = ""
    """Its first line as the source writes it, for `--explain`."""


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the importer could not classify or had to guess, or (`detail`) a decision it made."""

    where: str
    """`line 12` or `paragraph 4`; empty for the document as a whole."""
    message: str
    """What happened, in a phrase."""
    source: str = ""
    """The source line it came from, as written (shortened), for `--explain`."""
    detail: bool = False
    """True for a plain decision (`point 4 found`), printed only with `--explain`; False for what
    the report always lists (a guess, something skipped or not understood)."""

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message

    def located(self, origin: str) -> str:
        """`origin:12: message` for a line, `origin: paragraph 4: message` otherwise."""
        if self.where.startswith("line "):
            return f"{origin}:{self.where[5:]}: {self.message}"
        return f"{origin}: {self}"


@dataclass(slots=True)
class Document:
    """A reader's result: the paragraphs and whatever metadata the source declared."""

    paragraphs: list[Paragraph]
    """Body paragraphs in order."""
    title: str | None = None
    """A title from front matter, a `Title` style or a header block."""
    date: str | None = None
    """An ISO date found in front matter or a header block."""
    version: str | None = None
    """A version found in a title block (`Version 0.3 · 2025-10-22 · DRAFT`)."""
    notice: str | None = None
    """A notice line printed under the title."""
    notices: list[Notice] = field(default_factory=list)
    """What the reader skipped (tables, images, code blocks, ...), and every decision made."""
    parties: list[str] = field(default_factory=list)
    """Parties or authors the metadata names."""
    sources: list[tuple[str, str]] = field(default_factory=list)
    """(url, title) of every source the metadata links."""
    notes: list[str] = field(default_factory=list)
    """Metadata kept as the document's notes: lines not understood, or only partly used."""
    partial: str | None = None
    """What the metadata says about an incomplete text (`PARTIAL - points 1-4 only`), if it does."""
    bracket_notes: bool = False
    """True when the source says its lines in `[...]` are editorial markers, not its text."""


def shorten(text: str, limit: int = 60) -> str:
    """`text` cut at a word boundary to about `limit` characters, with `…` when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit + 1].rsplit(" ", 1)[0] if " " in text[:limit + 1] else text[:limit]
    return cut.rstrip(" ,;:") + "…"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff\u200b]")
_SPACES = re.compile(r"[\s\u00a0\u2028\u2029]+")


def clean(text: str) -> str:
    """`text` in NFC with control characters dropped and all whitespace folded to single spaces."""
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text))
    return _SPACES.sub(" ", text).strip()
