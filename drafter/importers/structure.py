"""Find a proposal's structure in a run of paragraphs: preamble, points, nesting, annexes.

Shared by every reader. Three shapes of document are recognised:

* numbered: paragraphs start with marks (`1.`, `(a)`, `Article 2`, Word list numbers).
  Each new family of marks opens a level below the current one; a family seen before
  closes the levels opened after it (docutils' enumerated lists work the same way).
  Unmarked paragraphs continue the open point, or form the preamble before the first.
* headed: no marks, but headings (or bold-only lines): each opens a point titled by it.
* flat: neither: each paragraph is a point; leading paragraphs ending in `:` are preamble.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.importers.markers import Marker, candidates
from drafter.importers.paragraphs import Document, Notice, Paragraph
from drafter.importers.titles import finish


@dataclass(slots=True)
class Node:
    """A point as found, before titles and ids are settled."""

    mark: str
    """The source's own mark (`3.`, `(b)`, `Article 2`), '' when unnumbered."""
    where: str
    """Where the point starts, for messages."""
    paragraphs: list[str]
    """Its text: the marked paragraph's rest, then continuation paragraphs."""
    lead: str | None = None
    """Bold lead-in of its first paragraph."""
    heading: bool = False
    """True when the point was a heading: its first paragraph is the title."""
    title: str | None = None
    status: str = "proposed"
    explicit: str | None = None
    """A status the source printed (`— bracketed` after a rendered clause's title)."""
    notes: list[str] = field(default_factory=list)
    alternatives: list[tuple[str, list[str]]] = field(default_factory=list)
    """(party name, paragraphs) of `Alt 1 (United States): ...` wordings."""
    children: list[Node] = field(default_factory=list)


@dataclass(slots=True)
class Container:
    """The document body or an annex: text before the first point, then points."""

    title: str | None = None
    where: str = ""
    text: list[str] = field(default_factory=list)
    clauses: list[Node] = field(default_factory=list)


@dataclass(slots=True)
class Outline:
    """A document's structure, ready to become proposal data."""

    title: str | None
    date: str | None
    body: Container
    annexes: list[Container]
    notices: list[Notice]
    version: str | None = None
    notice: str | None = None
    status: str = "draft"


_ANNEX = re.compile(r"(?i:annex|appendix|attachment|додаток|приложение)\b\.?\s*([A-ZА-Я0-9]{0,3})"
                    r"\s*[:.\u2014\u2013-]?\s*(.*)")
_EDITORIAL = re.compile(r"\[[A-Z][A-Z'\- ]{2,}\b.*\]")
_VERSION_LINE = re.compile(r"Version (\S+) · ([0-9]{4}-[0-9]{2}-[0-9]{2}) · (DRAFT|AGREED)\b.*")
_ALTERNATIVE = re.compile(r"Alt \d+ \((?P<party>[^)]+)\):\s*(?P<text>.+)")
_QUOTE_STYLES = ("quote", "alternative", "intense quote")


def find_structure(document: Document) -> Outline:
    """The outline of `document`; what could not be placed is in `Outline.notices`."""
    paragraphs = list(document.paragraphs)
    title = document.title
    if paragraphs and paragraphs[0].heading and not _marks(paragraphs[0]):
        title = title or paragraphs[0].text
        paragraphs = paragraphs[1:]
    builder = _Builder(document.notices)
    if any(_marks(p) for p in paragraphs):
        builder.numbered(paragraphs)
    elif any(p.heading or _bold_only(p) for p in paragraphs):
        builder.headed(paragraphs)
    else:
        builder.flat(paragraphs)
    for container in (builder.body, *builder.annexes):
        container.clauses = [n for n in container.clauses if finish(n, builder.notices)]
    meta = builder.meta
    return Outline(title, meta.get("date") or document.date, builder.body, builder.annexes, builder.notices,
                   meta.get("version") or document.version, meta.get("notice") or document.notice,
                   meta.get("status", "draft"))


def _marks(paragraph: Paragraph) -> list[Marker]:
    if paragraph.auto:
        auto = paragraph.auto
        family = f"auto:{auto.list}:{auto.level}:{'bullet' if auto.bullet else 'number'}"
        return [Marker(family, None, auto.mark, paragraph.text)]
    return candidates(paragraph.text, paragraph.indent)


def _bold_only(paragraph: Paragraph) -> bool:
    return bool(paragraph.lead) and paragraph.lead == paragraph.text


class _Builder:
    """Walks the paragraphs once, keeping the stack of open lists."""

    def __init__(self, notices: list[Notice]) -> None:
        self.notices = notices
        self.body = Container()
        self.annexes: list[Container] = []
        self.container = self.body
        self.stack: list[tuple[str, int | None, Node]] = []
        self.seen_number = False
        self.meta: dict[str, str] = {}
        self.previous = ""
        """What the last paragraph was: `version`, `alternative` or ''."""

    def numbered(self, paragraphs: list[Paragraph]) -> None:
        """Marks open points; unmarked paragraphs continue them."""
        has_numbers = any(m and not self._only_bullets(m) for m in map(_marks, paragraphs))
        for paragraph in paragraphs:
            if self._special(paragraph):
                continue
            marks = _marks(paragraph)
            # bullets before the first number belong to the preamble ("Recalling ...")
            if marks and not (self._only_bullets(marks) and has_numbers and not self.seen_number):
                self._place(paragraph, self._choose(marks))
            elif paragraph.heading:
                self._section(paragraph)
            else:
                self._continue(paragraph)

    def headed(self, paragraphs: list[Paragraph]) -> None:
        """Headings (or bold-only lines) open points; other paragraphs are their text."""
        levels: list[int] = []
        for paragraph in paragraphs:
            if self._special(paragraph):
                continue
            if paragraph.heading or _bold_only(paragraph):
                level = paragraph.heading or 7
                while levels and levels[-1] >= level:
                    levels.pop()
                    self.stack.pop()
                node = Node("", paragraph.where, [paragraph.text], heading=True)
                self._attach(node)
                levels.append(level)
                self.stack.append((f"h{level}", None, node))
            else:
                self._continue(paragraph)

    def flat(self, paragraphs: list[Paragraph]) -> None:
        """Each paragraph is a point; a leading paragraph ending in `:` is preamble."""
        for paragraph in paragraphs:
            if self._special(paragraph):
                continue
            if not self.container.clauses and paragraph.text.endswith(":"):
                self.container.text.append(paragraph.text)
                continue
            node = Node("", paragraph.where, [paragraph.text], lead=paragraph.lead)
            self.container.clauses.append(node)
            self.stack = [("flat", None, node)]

    @staticmethod
    def _only_bullets(marks: list[Marker]) -> bool:
        return all(m.family.startswith("bullet") or m.family.endswith(":bullet") for m in marks)

    def _special(self, paragraph: Paragraph) -> bool:
        """Title block, alternatives, annex headings and editorial markers; True if consumed."""
        previous, self.previous = self.previous, ""
        if self._title_block(paragraph, previous) or self._alternative(paragraph, previous):
            return True
        if _EDITORIAL.fullmatch(paragraph.text):
            self.notices.append(Notice(paragraph.where, f"editorial marker kept as a note: {paragraph.text[:60]}"))
            target = self.stack[-1][2].notes if self.stack else None
            if target is not None:
                target.append(paragraph.text)
            return True
        match = _ANNEX.fullmatch(paragraph.text) if paragraph.heading else None
        if match and (match.group(1) or match.group(2)):
            self.container = Container(match.group(2) or paragraph.text, paragraph.where)
            self.annexes.append(self.container)
            self.stack = []
            return True
        return False

    def _title_block(self, paragraph: Paragraph, previous: str) -> bool:
        """`Version 0.3 · 2025-10-22 · DRAFT` and the notice under it, as drafter renders them."""
        if self.stack or self.container.clauses or self.container.text:
            return False
        match = _VERSION_LINE.fullmatch(paragraph.text)
        if match:
            self.meta.update(version=match.group(1), date=match.group(2),
                             status="agreed" if match.group(3) == "AGREED" else "draft")
            self.previous = "version"
            return True
        if previous == "version" and paragraph.style in ("emphasis", "notice", "subtitle"):
            self.meta["notice"] = paragraph.text
            return True
        return False

    def _alternative(self, paragraph: Paragraph, previous: str) -> bool:
        """`Alt 1 (United States): [...]` under a point, and its further quoted paragraphs."""
        if not self.stack:
            return False
        alternatives = self.stack[-1][2].alternatives
        match = _ALTERNATIVE.fullmatch(paragraph.text)
        if match:
            alternatives.append((match.group("party").strip(), [match.group("text")]))
        elif previous == "alternative" and paragraph.style in _QUOTE_STYLES:
            alternatives[-1][1].append(paragraph.text)
        else:
            return False
        self.previous = "alternative"
        return True

    def _choose(self, marks: list[Marker]) -> Marker:
        """The reading that fits the open lists: the next in one, else a new list at 1."""
        open_lists = {family: value for family, value, _ in self.stack}
        for mark in marks:
            last = open_lists.get(mark.family)
            if mark.family in open_lists and (last is None or mark.value == last + 1):
                return mark
        for mark in marks:
            if mark.value == 1:
                return mark
        return next((m for m in marks if m.family in open_lists), marks[0])

    def _place(self, paragraph: Paragraph, mark: Marker) -> None:
        families = [family for family, _, _ in self.stack]
        if mark.family in families:
            k = families.index(mark.family)
            last = self.stack[k][1]
            if mark.value is not None and last is not None and mark.value != last + 1:
                self.notices.append(Notice(paragraph.where, f"numbering goes from {last} to {mark.value} "
                                           f"at '{mark.mark}'; renumbered in order"))
            del self.stack[k:]
        elif mark.value not in (None, 1):
            self.notices.append(Notice(paragraph.where, f"list starts at '{mark.mark}', not at 1; renumbered from 1"))
        if not mark.family.startswith("bullet") and not mark.family.endswith(":bullet"):
            self.seen_number = True
        lead = paragraph.lead
        if lead and lead.startswith(mark.mark):
            lead = lead[len(mark.mark):].strip() or None
        node = Node(mark.mark, paragraph.where, [mark.rest] if mark.rest else [], lead=lead,
                    heading=bool(paragraph.heading))
        self._attach(node)
        self.stack.append((mark.family, mark.value, node))

    def _attach(self, node: Node) -> None:
        siblings = self.stack[-1][2].children if self.stack else self.container.clauses
        siblings.append(node)

    def _section(self, paragraph: Paragraph) -> None:
        if not self.stack:
            self.container.text.append(paragraph.text)
            return
        self.notices.append(Notice(paragraph.where, f"unnumbered heading between points, kept as "
                                   f"text of the point above: {paragraph.text[:60]}"))
        self._continue(paragraph)

    def _continue(self, paragraph: Paragraph) -> None:
        if self.stack:
            self.stack[-1][2].paragraphs.append(paragraph.text)
        else:
            self.container.text.append(paragraph.text)
