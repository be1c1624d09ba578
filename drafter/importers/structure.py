"""Find a proposal's structure in a run of paragraphs: preamble, points, groups, nesting, annexes.

Shared by every reader. Three shapes of document are recognised, by the paragraphs that
start a block (a paragraph after a blank line):

* numbered: blocks start with marks (`1.`, `(a)`, `Article 2`, bullets, Word list numbers).
  Each new family of marks opens a level below the current one; a family seen before
  closes the levels opened after it (docutils' enumerated lists work the same way).
  Unmarked paragraphs continue the open point, or form the preamble before the first.
* flat: blocks start unmarked; each block is a point, and marked lines inside a block
  are its sub-points. Leading paragraphs ending in `:` are the preamble.
* headed: no marks, but headings (or bold-only lines): each opens a point titled by it.

In the first two, a heading line groups the points below it (`groups.py`), and the
source's own numbers are kept on the points (`Node.number`). Editorial markers and notes
are kept as notes, and markers saying the text is cut off become gaps (`editorial.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.importers import editorial, groups
from drafter.importers.markers import Marker, candidates
from drafter.importers.paragraphs import Document, Notice, Paragraph, shorten
from drafter.importers.titles import finish

MAX_DEPTH = 12
"""Lists nested deeper than this are kept at this depth (a hostile file cannot nest for ever)."""


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
    number: str | None = None
    """The number the source gives the point, as cited (`4`, `10(a)`); '' for a heading that
    groups points without a number of its own; None when the source gives none (bullets)."""
    group: bool = False
    """True for a heading that groups the points below it."""


@dataclass(slots=True)
class Container:
    """The document body or an annex: text before the first point, then points."""

    title: str | None = None
    where: str = ""
    text: list[str] = field(default_factory=list)
    clauses: list[Node] = field(default_factory=list)


@dataclass(slots=True)
class GapMark:
    """Where the source says its text is incomplete."""

    node: Node | None
    """The point the gap follows (or breaks off inside); None before the first point."""
    cut: bool
    """True when the point's own text breaks off."""
    note: str
    """What the source says is missing."""


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
    document: Document = field(default_factory=lambda: Document([]))
    """The reader's document, for its metadata (parties, sources, notes)."""
    notes: list[str] = field(default_factory=list)
    """Notes on the whole document: metadata not used, editorial markers before the first point."""
    gaps: list[GapMark] = field(default_factory=list)
    """Where the text is incomplete, in order."""


_ANNEX = re.compile(r"(?i:annex|appendix|attachment|додаток|приложение)\b\.?\s*([A-ZА-Я0-9]{0,3})"
                    r"\s*[:.\u2014\u2013-]?\s*(.*)")
_VERSION_LINE = re.compile(r"Version (\S+) · ([0-9]{4}-[0-9]{2}-[0-9]{2}|undated) · (DRAFT|AGREED)\b.*")
_ALTERNATIVE = re.compile(r"Alt \d+ \((?P<party>[^)]+)\):\s*(?P<text>.+)")
_QUOTE_STYLES = ("quote", "alternative", "intense quote")


def find_structure(document: Document) -> Outline:
    """The outline of `document`; what could not be placed is in `Outline.notices`."""
    from drafter.importers.top import take_top

    paragraphs = take_top(document)
    builder = _Builder(document)
    mode = _mode(paragraphs, document.bracket_notes)
    document.notices.append(Notice("", f"the text is {_MODES[mode]}", detail=True))
    if mode == "headed":
        builder.headed(paragraphs)
    else:
        builder.points(paragraphs, flat=mode == "flat")
    meta = builder.meta
    usual = "agreed" if meta.get("status") == "agreed" else None  # drafter marks only what differs
    for container in (builder.body, *builder.annexes):
        container.clauses = [n for n in container.clauses if finish(n, builder.notices, usual)]
    builder.close_partial()
    return Outline(document.title, meta.get("date") or document.date, builder.body, builder.annexes,
                   builder.notices, meta.get("version") or document.version, meta.get("notice") or document.notice,
                   meta.get("status", "draft"), document, [*document.notes, *builder.notes], builder.gaps)


_MODES = {"numbered": "numbered: blocks start with numbers or bullets",
          "flat": "unnumbered: each block is a point, marked lines in it are its sub-points",
          "headed": "headed: each heading opens a point"}


def _mode(paragraphs: list[Paragraph], bracket_notes: bool) -> str:
    starts = [p for p in paragraphs if not p.joined and not editorial.is_marker(p, bracket_notes)]
    if any(m and not m[0].grouping for m in map(marks_of, starts)):
        return "numbered"
    if any(p.heading or _bold_only(p) for p in paragraphs):
        return "headed"
    return "flat"


def marks_of(paragraph: Paragraph) -> list[Marker]:
    """Every reading of the mark a paragraph starts with (Word's automatic number first)."""
    if paragraph.auto:
        auto = paragraph.auto
        family = f"auto:{auto.list}:{auto.level}:{'bullet' if auto.bullet else 'number'}"
        written = "" if auto.bullet else auto.mark.strip("().:- \u2013")
        return [Marker(family, None, auto.mark, paragraph.text, written)]
    return candidates(paragraph.text, paragraph.indent)


def _bold_only(paragraph: Paragraph) -> bool:
    return bool(paragraph.lead) and paragraph.lead == paragraph.text


def _bullet(marks: list[Marker]) -> bool:
    return all(m.family.startswith("bullet") or m.family.endswith(":bullet") for m in marks)


_ARABIC_FAMILIES = ("dot", "paren", "dash", "(1)", "word:point", "word:article", "word:clause", "word:paragraph")


class _Builder:
    """Walks the paragraphs once, keeping the open groups and the stack of open lists."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.notices = document.notices
        self.body = Container()
        self.annexes: list[Container] = []
        self.container = self.body
        self.stack: list[tuple[str, int | None, Node]] = []
        self.groups = groups.Groups(self)
        self.seen_number = False
        self.meta: dict[str, str] = {}
        self.previous = ""
        """What the last paragraph was: `version`, `alternative` or ''."""
        self.last: Node | None = None
        """The point placed last, at any depth: where notes and gaps go."""
        self.last_values: dict[str, int] = {}
        """The last value seen in each family, across groups."""
        self.notes: list[str] = []
        self.gaps: list[GapMark] = []
        self.deep_reported = False

    def explain(self, paragraph: Paragraph, message: str, detail: bool = True) -> None:
        """Record a decision (or, with `detail=False`, a notice) about `paragraph`."""
        self.notices.append(Notice(paragraph.where, message, paragraph.source or shorten(paragraph.text, 80), detail))

    def points(self, paragraphs: list[Paragraph], flat: bool) -> None:
        """Marks (or, when `flat`, block starts) open points; other paragraphs continue them."""
        has_numbers = any(m and not _bullet(m) and not m[0].grouping for m in map(marks_of, paragraphs))
        headings = groups.colon_headings(paragraphs)
        for i, paragraph in enumerate(paragraphs):
            if self._special(paragraph):
                continue
            marks = marks_of(paragraph)
            if self.groups.opens(paragraph, marks, paragraphs[i + 1:i + 51], flat, headings):
                continue
            if marks and not (_bullet(marks) and has_numbers and not self.seen_number):
                self._place(paragraph, self._choose(marks))
            elif flat and not paragraph.joined:
                self._block(paragraph)
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
                self.explain(paragraph, "a heading opens a point titled by it")
                self._attach(node)
                levels.append(level)
                self.stack.append((f"h{level}", None, node))
            else:
                self._continue(paragraph)

    def _block(self, paragraph: Paragraph) -> None:
        """A block of a flat text: a point, or preamble when it leads and ends with `:`."""
        if not self.container.clauses and not self.groups.open and paragraph.text.endswith(":"):
            self.container.text.append(paragraph.text)
            self.explain(paragraph, "preamble (ends with ':' before the first point)")
            return
        self._place(paragraph, Marker("block", None, "", paragraph.text, ""))

    def _special(self, paragraph: Paragraph) -> bool:
        """Title block, alternatives, annex headings and editorial markers; True if consumed."""
        previous, self.previous = self.previous, ""
        if self._title_block(paragraph, previous) or self._alternative(paragraph, previous):
            return True
        if editorial.consume(self, paragraph):
            return True
        match = _ANNEX.fullmatch(paragraph.text) if paragraph.heading else None
        if match and (match.group(1) or match.group(2)):
            self.container = Container(match.group(2) or paragraph.text, paragraph.where)
            self.annexes.append(self.container)
            self.stack = []
            self.groups.close()
            self.explain(paragraph, f"annex '{self.container.title}'")
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
            self.explain(paragraph, "version, date and status from drafter's own title block")
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
        mark = self._restyled(paragraph, mark)
        families = [family for family, _, _ in self.stack]
        if mark.family in families:
            k = families.index(mark.family)
            self._jump(paragraph, mark, self.stack[k][1])
            del self.stack[k:]
        else:
            self._start(paragraph, mark)
            if len(self.stack) >= MAX_DEPTH:
                self._too_deep(paragraph)
        if not _bullet([mark]) and mark.family != "block":
            self.seen_number = True
        parent = self.stack[-1][2] if self.stack else None
        node = Node(mark.mark, paragraph.where, [mark.rest] if mark.rest else [], lead=self._lead(paragraph, mark),
                    heading=bool(paragraph.heading), number=self._number(mark, parent))
        self._attach(node)
        self.stack.append((mark.family, mark.value, node))
        if mark.value is not None:
            self.last_values[mark.family] = mark.value
        self.last = node
        what = "point" if parent is None else "sub-point"
        shown = f" numbered {node.number}" if node.number else (f" marked '{mark.mark}'" if mark.mark else "")
        self.explain(paragraph, f"{what}{shown}" + (f" of {parent.number or parent.mark}" if parent else ""))

    def _restyled(self, paragraph: Paragraph, mark: Marker) -> Marker:
        """`14)` after `6.`: the same list printed another way, not a new list inside point 6."""
        open_families = [(family, value) for family, value, _ in self.stack]
        if mark.family in dict(open_families) or mark.value is None or mark.value <= 1 \
                or mark.family not in _ARABIC_FAMILIES:
            return mark
        for family, value in open_families:
            if family in _ARABIC_FAMILIES and value is not None and value < mark.value:
                self.explain(paragraph, f"numbering continues from {value} as '{mark.mark}' (another style)")
                return Marker(family, mark.value, mark.mark, mark.rest, mark.number)
        return mark

    def _jump(self, paragraph: Paragraph, mark: Marker, last: int | None) -> None:
        if mark.value is not None and last is not None and mark.value != last + 1:
            self.explain(paragraph, f"numbering goes from {last} to {mark.value} at '{mark.mark}'; "
                         "the source's numbers are kept", detail=False)

    def _start(self, paragraph: Paragraph, mark: Marker) -> None:
        """A new list: say so when it does not start at its first number (and does not continue one)."""
        before = self.last_values.get(mark.family)
        if mark.value in (None, 1) or (not self.stack and before is not None and mark.value == before + 1):
            return
        self.explain(paragraph, f"list starts at '{mark.mark}', not at 1; the source's number is kept",
                     detail=False)

    def _too_deep(self, paragraph: Paragraph) -> None:
        """Past MAX_DEPTH levels a new level is not opened: the point joins the deepest open list."""
        self.stack.pop()
        if not self.deep_reported:
            self.deep_reported = True
            self.explain(paragraph, f"lists nested deeper than {MAX_DEPTH} levels: kept at level {MAX_DEPTH}",
                         detail=False)

    @staticmethod
    def _number(mark: Marker, parent: Node | None) -> str | None:
        """The point's number as cited: its own at the top, under its parent's below (`10(a)`, `1.2`)."""
        if not mark.number:
            return None
        if parent is None:
            return mark.number
        if mark.family.startswith("auto:") and not (parent.number and mark.mark.startswith("(")):
            return None  # Word prints its template's marks below the top level (often `1.` again): computed,
            # unless it prints a parenthesised mark under a numbered point (`(c)`, as drafter writes them)
        if not parent.number:
            return None  # under a bullet, drafter numbers it
        if mark.family.startswith("decimal") and mark.number.startswith(parent.number + "."):
            return mark.number
        return f"{parent.number}({mark.number})"

    @staticmethod
    def _lead(paragraph: Paragraph, mark: Marker) -> str | None:
        lead = paragraph.lead
        if lead and lead.startswith(mark.mark):
            lead = lead[len(mark.mark):].strip() or None
        return lead

    def _attach(self, node: Node) -> None:
        if self.stack:
            self.stack[-1][2].children.append(node)
        else:
            self.groups.siblings(self.container).append(node)

    def _section(self, paragraph: Paragraph) -> None:
        if not self.stack:
            self._continue(paragraph)
            return
        self.explain(paragraph, f"unnumbered heading with no points under it, kept as text of the point above: "
                     f"{shorten(paragraph.text)}", detail=False)
        self._continue(paragraph)

    def _continue(self, paragraph: Paragraph) -> None:
        if self.stack:
            node = self.stack[-1][2]
            node.paragraphs.append(paragraph.text)
            self.explain(paragraph, f"text of {node.number or node.mark or 'the point above'}")
        elif self.groups.open:
            self.groups.open.paragraphs.append(paragraph.text)
            self.explain(paragraph, f"text under the heading '{shorten(self.groups.open.title or '', 40)}'")
        else:
            self.container.text.append(paragraph.text)
            self.explain(paragraph, "preamble" if self.container is self.body else "annex text")

    def close_partial(self) -> None:
        """A text the metadata calls incomplete ends with a gap, unless a marker already put one there."""
        partial = self.document.partial
        if partial and not (self.gaps and self.gaps[-1].node is self.last):
            cut = editorial.breaks_off(self.last)
            last = (self.annexes[-1] if self.annexes else self.body).clauses
            self.gaps.append(GapMark(self.last if cut or not last else last[-1], cut, partial))
            self.notices.append(Notice("", f"the metadata says the text is incomplete: a gap after its last point "
                                       f"({shorten(partial, 50)})"))
