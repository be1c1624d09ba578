"""Word's styles and automatic numbering: which paragraphs are headings, and what number
Word prints before a numbered paragraph (`w:numPr`: `w:numId` + `w:ilvl` -> `3.`, `(b)`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from drafter import numbering
from drafter.importers.ooxml import W
from drafter.importers.paragraphs import AutoNumber

_HEADING_NAME = re.compile(r"heading\s*(\d)")


@dataclass(slots=True)
class Styles:
    """Paragraph styles: heading level, list numbering and base style by style id."""

    names: dict[str, str] = field(default_factory=dict)
    based_on: dict[str, str] = field(default_factory=dict)
    num: dict[str, tuple[str, int]] = field(default_factory=dict)
    outline: dict[str, int] = field(default_factory=dict)
    bold: dict[str, bool] = field(default_factory=dict)

    def is_bold(self, style: str | None) -> bool:
        """Whether text in (character) style `style` is bold, following `w:basedOn`."""
        return next((self.bold[s] for s in self._chain(style) if s in self.bold), False)

    def name(self, style: str | None) -> str:
        """The style's name in lower case (`heading 1`, `clause body`), '' for none."""
        return self.names.get(style, style).lower() if style else ""

    def heading(self, style: str | None) -> int:
        """1-9 for a heading style (by name or outline level), 0 otherwise; -1 for Title."""
        for current in self._chain(style):
            name = self.names.get(current, current).lower()
            if name == "title":
                return -1
            match = _HEADING_NAME.fullmatch(name)
            if match:
                return int(match.group(1))
            if current in self.outline:
                return self.outline[current] + 1
        return 0

    def numbering(self, style: str | None) -> tuple[str, int] | None:
        """(numId, ilvl) a style applies, following `w:basedOn`."""
        return next((self.num[s] for s in self._chain(style) if s in self.num), None)

    def _chain(self, style: str | None) -> list[str]:
        chain: list[str] = []
        while style and style not in chain and len(chain) < 20:
            chain.append(style)
            style = self.based_on.get(style)
        return chain


def read_styles(root: etree._Element | None) -> Styles:
    """The paragraph styles in `styles.xml` (an empty set when the part is missing)."""
    styles = Styles()
    for style in root.iter(f"{W}style") if root is not None else ():
        ident = style.get(f"{W}styleId")
        if not ident:
            continue
        styles.names[ident] = _val(style.find(f"{W}name")) or ident
        if (based := _val(style.find(f"{W}basedOn"))) is not None:
            styles.based_on[ident] = based
        if (found := num_pr(style.find(f"{W}pPr"))) is not None:
            styles.num[ident] = found
        bold = style.find(f"{W}rPr/{W}b")
        if bold is not None:
            styles.bold[ident] = is_on(bold)
        level = _val(style.find(f"{W}pPr/{W}outlineLvl"))
        if level is not None and level.isdigit() and int(level) < 9:
            styles.outline[ident] = int(level)
    return styles


def is_on(toggle: etree._Element) -> bool:
    """A toggle property (`w:b`, `w:i`) is on unless its value says off."""
    return toggle.get(f"{W}val", "true") not in ("0", "false", "off")


def num_pr(ppr: etree._Element | None) -> tuple[str, int] | None:
    """(numId, ilvl) from a `w:pPr`, or None."""
    if ppr is None or (numpr := ppr.find(f"{W}numPr")) is None:
        return None
    num_id = _val(numpr.find(f"{W}numId"))
    level = _val(numpr.find(f"{W}ilvl")) or "0"
    return (num_id, int(level) if level.isdigit() else 0) if num_id is not None else None


@dataclass(frozen=True, slots=True)
class _Level:
    fmt: str
    text: str
    start: int


class Numbering:
    """Counts Word's list numbers as Word would print them, paragraph by paragraph."""

    def __init__(self, root: etree._Element | None) -> None:
        abstract = {a.get(f"{W}abstractNumId"): _levels(a) for a in _iter(root, "abstractNum")}
        self.lists: dict[str, dict[int, _Level]] = {}
        self.abstract: dict[str, str] = {}
        for num in _iter(root, "num"):
            abstract_id = _val(num.find(f"{W}abstractNumId")) or ""
            self.abstract[str(num.get(f"{W}numId"))] = abstract_id
            levels = dict(abstract.get(abstract_id, {}))
            for override in num.iter(f"{W}lvlOverride"):
                level, start = override.get(f"{W}ilvl"), _val(override.find(f"{W}startOverride"))
                if level and level.isdigit() and int(level) in levels and start and start.isdigit():
                    old = levels[int(level)]
                    levels[int(level)] = _Level(old.fmt, old.text, int(start))
            self.lists[str(num.get(f"{W}numId"))] = levels
        self.counters: dict[str, dict[int, int]] = {}

    def next(self, num_id: str, level: int) -> AutoNumber | None:
        """The number of the next paragraph in list `num_id` at `level`; None if not a list."""
        levels = self.lists.get(num_id)
        if not levels or num_id == "0":
            return None
        spec = levels.get(level) or _Level("decimal", f"%{level + 1}.", 1)
        counters = self.counters.setdefault(num_id, {})
        counters[level] = counters.get(level, spec.start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        if spec.fmt in ("bullet", "none"):
            return AutoNumber(level, "•" if spec.fmt == "bullet" else "", True, self.abstract[num_id])
        mark = re.sub(r"%(\d)", lambda m: self._format(levels, counters, int(m.group(1)) - 1), spec.text)
        return AutoNumber(level, mark.strip(), False, self.abstract[num_id])

    @staticmethod
    def _format(levels: dict[int, _Level], counters: dict[int, int], level: int) -> str:
        spec = levels.get(level) or _Level("decimal", "", 1)
        n = counters.get(level, spec.start)
        if spec.fmt in ("lowerLetter", "upperLetter"):
            letters = numbering.alpha(n)
            return letters.upper() if spec.fmt == "upperLetter" else letters
        if spec.fmt in ("lowerRoman", "upperRoman"):
            value = numbering.roman(n)
            return value.upper() if spec.fmt == "upperRoman" else value
        return str(n)


def _levels(abstract: etree._Element) -> dict[int, _Level]:
    levels = {}
    for lvl in abstract.findall(f"{W}lvl"):
        level = lvl.get(f"{W}ilvl", "0")
        start = _val(lvl.find(f"{W}start")) or "1"
        levels[int(level) if level.isdigit() else 0] = _Level(
            _val(lvl.find(f"{W}numFmt")) or "decimal", _val(lvl.find(f"{W}lvlText")) or "",
            int(start) if start.isdigit() else 1)
    return levels


def _iter(root: etree._Element | None, tag: str) -> list[etree._Element]:
    return root.findall(f"{W}{tag}") if root is not None else []


def _val(element: etree._Element | None) -> str | None:
    return element.get(f"{W}val") if element is not None else None
