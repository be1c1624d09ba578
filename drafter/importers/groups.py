"""Headings that group points: the points below a heading become its sub-clauses.

    Humanitarian issues:            a short line ending with a colon (when there are several)
    PART II. SECURITY               a grouping word: Part, Section, Chapter, Phase, Розділ, Раздел, Етап
    ## Phase one                    a Markdown or Word heading, or a bold-only line
    HUMANITARIAN ISSUES             a short line in capitals

A heading groups only when points follow it; a heading followed by plain text is left to
the structure finder (a titled point, or text). A group has no number of its own (the
source's heading line is its title) and its points keep the numbers the source gives, so
numbering runs on from group to group. Headings nest by level: Word and Markdown levels
first, then grouping words (Part above Section above Phase), then capitals, bold and
colon lines.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafter.importers import editorial
from drafter.importers.markers import Marker
from drafter.importers.paragraphs import Paragraph, shorten
from drafter.importers.titles import split_status

if TYPE_CHECKING:
    from drafter.importers.structure import Container, Node, _Builder

_WORD_LEVELS = {"word:part": 7, "word:chapter": 7, "word:section": 8, "word:phase": 9}
_CAPS, _BOLD, _COLON = 10, 11, 12
_CLAUSE_STYLE = re.compile(r"clause [1-9]")
MAX_WORDS = 8
"""A heading line has at most this many words."""
_VERBS = frozenset("shall will must should may agree agrees agreed are is be has have follows following".split())


class Groups:
    """The open headings, innermost last, of one builder."""

    def __init__(self, builder: _Builder) -> None:
        self.builder = builder
        self.stack: list[tuple[int, Node]] = []

    @property
    def open(self) -> Node | None:
        """The innermost open group, or None."""
        return self.stack[-1][1] if self.stack else None

    def siblings(self, container: Container) -> list[Node]:
        """Where a point outside any list goes: under the open group, else in the container."""
        return self.stack[-1][1].children if self.stack else container.clauses

    def close(self) -> None:
        """Close every group (a new annex starts)."""
        self.stack = []

    def opens(self, paragraph: Paragraph, marks: list[Marker], rest: list[Paragraph], flat: bool,
              colon_lines: set[int]) -> bool:
        """Open a group when `paragraph` is a heading with points after it; True if it did."""
        level = _level(paragraph, marks, colon_lines)
        if level is None or not _points_follow(rest, flat, colon_lines):
            return False
        from drafter.importers.structure import Node

        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        title, status = split_status(paragraph.text.rstrip(":").strip())
        node = Node("", paragraph.where, [], title=title, number="", group=True, explicit=status)
        parent = self.stack[-1][1].children if self.stack else self.builder.container.clauses
        parent.append(node)
        self.stack.append((level, node))
        self.builder.stack = []
        self.builder.last = node
        self.builder.explain(paragraph, f"heading '{shorten(title, 40)}' groups the points below it")
        return True


def colon_headings(paragraphs: list[Paragraph]) -> set[int]:
    """Ids of short standalone lines ending with `:` that head groups: when there are two or
    more of them (a single one before the first point introduces the points: preamble)."""
    from drafter.importers.structure import marks_of

    found = {id(p) for p in paragraphs if _colon_line(p) and not marks_of(p)}
    return found if len(found) >= 2 else set()


def _colon_line(paragraph: Paragraph) -> bool:
    text = paragraph.text
    words = text.rstrip(":").split()
    return (text.endswith(":") and not paragraph.joined and 0 < len(words) <= MAX_WORDS - 2 and "," not in text
            and not _VERBS.intersection(w.lower() for w in words) and text[:1].isupper())


def _level(paragraph: Paragraph, marks: list[Marker], colon_lines: set[int]) -> int | None:
    """The heading level of `paragraph`, or None when it is not a heading."""
    if marks:
        mark = marks[0]
        return _WORD_LEVELS.get(mark.family) if mark.grouping and _short(mark.rest) else None
    if paragraph.heading > 0:
        return paragraph.heading
    if _CLAUSE_STYLE.fullmatch(paragraph.style):  # drafter's own Word rendering of an unnumbered clause
        return int(paragraph.style.split()[1])
    if paragraph.joined:
        return None
    if _caps(paragraph.text):
        return _CAPS
    if paragraph.lead and paragraph.lead == paragraph.text and _short(paragraph.text):
        return _BOLD
    return _COLON if id(paragraph) in colon_lines else None


def _short(text: str) -> bool:
    return len(text.split()) <= MAX_WORDS and not text.rstrip().endswith((".", ";", ","))


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and text.isupper() and _short(text)


def _points_follow(rest: list[Paragraph], flat: bool, colon_lines: set[int]) -> bool:
    """True when the next paragraph that is not an editorial marker starts a point or a heading."""
    from drafter.importers.structure import marks_of

    for paragraph in rest[:50]:
        if editorial.is_marker(paragraph):
            continue
        marks = marks_of(paragraph)
        if marks or paragraph.heading > 0 or _caps(paragraph.text) or id(paragraph) in colon_lines:
            return True
        return flat and not paragraph.joined
    return False
