"""A right-to-left Word document: bidi paragraphs and section, right-to-left runs, a font with the script.

The body drafter writes gets `w:bidi` and `w:rtl` as it is built (`ooxml.paragraph`,
`ooxml.script_runs`); this module turns the parts that come from the reference document
the same way: its title block, header and footer, its section, and its styles' font for
complex scripts (Times New Roman has Arabic and Hebrew in Word; LibreOffice on Linux does
not, so the catalogue names one that has: `Noto Naskh Arabic`, `Noto Serif Hebrew`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from docx.oxml.ns import qn

_RTL_SCRIPT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_AFTER_BIDI = {qn(f"w:{n}") for n in (
    "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap",
    "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
    "sectPr", "pPrChange")}
_AFTER_RTL = {qn(f"w:{n}") for n in ("cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange")}
_AFTER_SECTION_BIDI = {qn(f"w:{n}") for n in ("rtlGutter", "docGrid", "printerSettings", "sectPrChange")}


def insert_before(parent: object, child: object, later: set[str]) -> None:
    """Put `child` into `parent` before its first element of a tag in `later` (the schema's order)."""
    for existing in parent:  # type: ignore[attr-defined]
        if existing.tag in later:
            existing.addprevious(child)
            return
    parent.append(child)  # type: ignore[attr-defined]


def turn_paragraphs(paragraphs: Iterable[object]) -> None:
    """Make each `w:p` right to left, and each of its runs holding right-to-left script `w:rtl`."""
    for para in paragraphs:
        ppr = _properties(para, "w:pPr")
        if ppr.find(qn("w:bidi")) is None:
            insert_before(ppr, ppr.makeelement(qn("w:bidi"), {}), _AFTER_BIDI)
        for run in para.iter(qn("w:r")):  # type: ignore[attr-defined]
            if _RTL_SCRIPT.search("".join(t.text or "" for t in run.iter(qn("w:t")))):
                _mark_run(run)


def _mark_run(run: object) -> None:
    rpr = _properties(run, "w:rPr")
    if rpr.find(qn("w:rtl")) is None:
        insert_before(rpr, rpr.makeelement(qn("w:rtl"), {}), _AFTER_RTL)


def _properties(element: object, tag: str) -> Any:
    """`element`'s properties child (`w:pPr`, `w:rPr`), made first among its children if it has none."""
    found = element.find(qn(tag))  # type: ignore[attr-defined]
    if found is None:
        found = element.makeelement(qn(tag), {})  # type: ignore[attr-defined]
        element.insert(0, found)  # type: ignore[attr-defined]
    return found


def turn_section(body: object) -> None:
    """The section's columns and gutter run right to left (`w:bidi` in `w:sectPr`)."""
    for section in body.iter(qn("w:sectPr")):  # type: ignore[attr-defined]
        if section.find(qn("w:bidi")) is None:
            insert_before(section, section.makeelement(qn("w:bidi"), {}), _AFTER_SECTION_BIDI)


def set_script_font(styles: object, font: str) -> None:
    """Every explicit font of the styles part uses `font` for complex scripts (`w:cs`)."""
    if not font:
        return
    for fonts in styles.iter(qn("w:rFonts")):  # type: ignore[attr-defined]
        fonts.set(qn("w:cs"), font)
        fonts.attrib.pop(qn("w:cstheme"), None)
