"""Editorial markers and notes in a source: kept as notes, never as the text of a point.

    [NOTE: the annex was not published]          a bracketed marker opening with capitals
    [Element order = order of mention]            any bracketed line, when the source says
                                                  its `[...]` lines are editorial
    (Point 3 of the U.S. plan is deleted ...)     a paragraph wholly in parentheses between points
    [TRUNCATED: rest of point 4 not available]    a marker saying text is missing: a gap

A note goes on the point before it (or the document, before the first point); a marker
saying text is missing also records a gap there, cut inside that point when its text
breaks off mid-sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafter.importers.paragraphs import Paragraph, shorten

if TYPE_CHECKING:
    from drafter.importers.structure import Node, _Builder

_CAPITALS = re.compile(r"\[[A-Z][A-Z'\- ]{2,}\b.*\]")
_GAP = re.compile(r"truncat|\bcut (?:off|short)|\bcut mid|\bgaps?\b|\bmissing\b|not available|text ends|breaks? off"
                  r"|\brest of\b|omitted|обірван|обрыв|пропущ", re.IGNORECASE)
_ENDS = re.compile(r"[.!?;:)\]\"”’»…]$")


def is_marker(paragraph: Paragraph, bracket_notes: bool = False) -> bool:
    """True for a bracketed editorial marker (any bracketed line when `bracket_notes`)."""
    text = paragraph.text
    if not (text.startswith("[") and text.endswith("]")) or text.startswith("[["):
        return False
    return bracket_notes or bool(_CAPITALS.fullmatch(text))


def consume(builder: _Builder, paragraph: Paragraph) -> bool:
    """Keep `paragraph` as a note (and a gap) if it is editorial; True when it was."""
    if is_marker(paragraph, builder.document.bracket_notes):
        inner = paragraph.text[1:-1].strip()
        _note(builder, paragraph, paragraph.text, "editorial marker")
        if _GAP.search(inner):
            _gap(builder, paragraph, inner)
        return True
    if builder.last is not None and _parenthesised(paragraph.text) and not builder_marks(paragraph):
        _note(builder, paragraph, paragraph.text, "editorial note in parentheses")
        return True
    return False


def builder_marks(paragraph: Paragraph) -> bool:
    from drafter.importers.structure import marks_of

    return bool(marks_of(paragraph))


def breaks_off(node: Node | None) -> bool:
    """True when the point's text ends mid-sentence (no closing punctuation)."""
    while node is not None and node.children and not node.group:
        node = node.children[-1]
    if node is None or not node.paragraphs:
        return False
    return not _ENDS.search(node.paragraphs[-1].rstrip())


def _note(builder: _Builder, paragraph: Paragraph, text: str, what: str) -> None:
    target = builder.last
    if target is None:
        builder.notes.append(text)
        builder.explain(paragraph, f"{what} kept as a note on the document: {shorten(text)}", detail=False)
        return
    target.notes.append(text)
    builder.explain(paragraph, f"{what} kept as a note: {shorten(text)}", detail=False)


def _gap(builder: _Builder, paragraph: Paragraph, note: str) -> None:
    from drafter.importers.structure import GapMark

    node = builder.last
    cut = breaks_off(node) or bool(re.search(r"\brest of\b", note, re.IGNORECASE))
    builder.gaps.append(GapMark(node, cut, note))
    where = "before the first point" if node is None else f"{'inside' if cut else 'after'} {name(node)}"
    builder.explain(paragraph, f"text missing here: recorded as a gap {where}", detail=False)


def name(node: Node) -> str:
    """How messages name a point: `point 10(c)`, or `the point above` when the source numbers none."""
    return f"point {node.number}" if node.number else "the point above"


def _parenthesised(text: str) -> bool:
    """True when one pair of parentheses encloses the whole paragraph."""
    body = text.rstrip(".")
    if not (body.startswith("(") and body.endswith(")")):
        return False
    depth = 0
    for i, char in enumerate(body):
        depth += (char == "(") - (char == ")")
        if depth == 0 and i < len(body) - 1:
            return False
    return depth == 0
