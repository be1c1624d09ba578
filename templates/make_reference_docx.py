"""Generate templates/proposal.docx, the reference document Word output is styled by.

Run once after changing a style here:  .venv/bin/python templates/make_reference_docx.py

Drafters may instead restyle proposal.docx in Word or LibreOffice and keep the style
names; drafter looks styles up by name. Header, footer and title block hold Jinja text
(`{{ title }}`, `{{ version }}`, `{{ date }}`, `{{ state }}`, `{{ notice }}`, `{{ id }}`,
`{{ authors }}`) that drafter fills in a sandbox. Clause styles (`Clause N` for a
titled clause's heading, `Point N` for an untitled point's number and first paragraph)
carry a hanging indent and a tab stop: the plain render's Word list levels copy them
(drafter/render/docx/lists.py), and the redline's literal labels (`1.` and a tab) use them
as they are (see docs/rendering.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from drafter.render.docx.fields import page_x_of_y, text_run
from drafter.render.docx.layout import CLAUSE_LEVELS, Style, body_style, clause_style, point_style

SERIF = "Times New Roman"  # LibreOffice substitutes the metric-compatible Liberation Serif
INDENT = Cm(1.0)
HEADER = "{{ title }} · {{ version_label }} · {{ date }} · {{ state }}"


def set_font(element, name: str) -> None:
    """Explicit fonts for every script, dropping theme fonts that would override them."""
    rpr = element.get_or_add_rPr() if hasattr(element, "get_or_add_rPr") else element.find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)
    for attribute in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attribute}"), None)
    for attribute in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attribute}"), name)


def complex_script(style, size: float | None, bold: bool, italic: bool) -> None:
    """The same size, bold and italic for right-to-left and other complex-script text (Arabic,
    Hebrew), which Word formats from `w:szCs`, `w:bCs`, `w:iCs` instead."""
    font = style.font
    font.cs_bold, font.cs_italic = bold or None, italic or None
    rpr = style.element.get_or_add_rPr()
    for old in rpr.findall(qn("w:szCs")):
        rpr.remove(old)
    if size:
        rpr.insert_element_before(parse_xml(f'<w:szCs {nsdecls("w")} w:val="{int(size * 2)}"/>'),
                                  "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign",
                                  "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


def paragraph_style(doc, name: str, base: str = "Normal", *, size: float = 12, bold: bool = False,
                    italic: bool = False, align=None, left: Cm | None = None, hanging: Cm | None = None,
                    before: float = 0, after: float = 6, keep_next: bool = False):
    """A paragraph style, created or restyled, with explicit (non-theme) formatting."""
    styles = doc.styles
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base] if name != base else None
    style.quick_style = True
    font = style.font
    font.size, font.bold, font.italic = Pt(size), bold, italic
    complex_script(style, size, bold, italic)
    font.color.rgb = RGBColor(0, 0, 0)
    set_font(style.element, SERIF)
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after, fmt.keep_with_next = Pt(before), Pt(after), keep_next
    fmt.line_spacing = 1.0
    if align is not None:
        fmt.alignment = align
    if left is not None:
        fmt.left_indent = left
        fmt.first_line_indent = -hanging if hanging else Cm(0)
        if hanging:
            fmt.tab_stops.add_tab_stop(left)
    return style


def character_style(doc, name: str, *, bold: bool = False, italic: bool = False,
                    size: float | None = None, grey: bool = False, shade: str | None = None):
    """A character style; `shade` is a background fill such as `EDEDED`."""
    style = doc.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    style.quick_style = True
    style.font.bold, style.font.italic = bold or None, italic or None
    if size:
        style.font.size = Pt(size)
    complex_script(style, size, bold, italic)
    if grey:
        style.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if shade:
        style.element.get_or_add_rPr().append(
            parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'))
    return style


def table_style(doc, name: str):
    """A table style with thin black borders on every cell."""
    style = doc.styles.add_style(name, WD_STYLE_TYPE.TABLE)
    edges = "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                    for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    style.element.append(parse_xml(
        f'<w:tblPr {nsdecls("w")}><w:tblBorders>{edges}</w:tblBorders>'
        '<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr>"))
    return style


def page(doc) -> None:
    """A4, 25 mm margins, header and footer 12.5 mm from the edge."""
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Mm(25))
    section.header_distance = section.footer_distance = Mm(12.5)


def styles(doc) -> None:
    """Every style drafter's Word output uses, by name."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    set_font(defaults.find(qn("w:rPrDefault")), SERIF)
    centre, justify, left = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT
    paragraph_style(doc, "Normal", "Normal", after=6)
    title = paragraph_style(doc, Style.TITLE, size=16, bold=True, align=centre, after=6)
    border = title.element.pPr.find(qn("w:pBdr"))
    if border is not None:
        title.element.pPr.remove(border)
    paragraph_style(doc, Style.SUBTITLE, size=12, bold=True, align=centre, after=4)
    paragraph_style(doc, Style.NOTICE, size=10, italic=True, align=centre, after=18)
    paragraph_style(doc, Style.PREAMBLE, align=justify, after=6)
    heading = paragraph_style(doc, Style.ANNEX_HEADING, size=13, bold=True, align=centre, before=0, after=12,
                              keep_next=True)
    heading.paragraph_format.page_break_before = True
    for level in range(1, CLAUSE_LEVELS + 1):
        paragraph_style(doc, clause_style(level), align=left, left=INDENT * level, hanging=INDENT,
                        before=10 if level == 1 else 6, after=3, keep_next=True)
        paragraph_style(doc, point_style(level), align=justify, left=INDENT * level, hanging=INDENT,
                        before=6 if level == 1 else 3, after=6)
        paragraph_style(doc, body_style(level), align=justify, left=INDENT * level, after=6)
    paragraph_style(doc, Style.ALTERNATIVE, italic=True, align=justify, left=INDENT * 2, after=6)
    paragraph_style(doc, Style.DRAFTERS_NOTE, size=10, align=left, after=0)
    paragraph_style(doc, Style.TABLE_TEXT, size=10, align=left, after=0)
    paragraph_style(doc, Style.HEADER, size=9, align=centre, after=0)
    paragraph_style(doc, Style.FOOTER, size=9, align=centre, after=0)
    character_style(doc, Style.CLAUSE_TITLE, bold=True)
    character_style(doc, Style.STATUS_MARK, italic=True, size=10, grey=True)
    character_style(doc, Style.BRACKETED, shade="EDEDED")
    character_style(doc, Style.ALTERNATIVE_LABEL, bold=True)
    table_style(doc, Style.POSITIONS_TABLE)
    paragraph_style(doc, Style.AMENDMENT, align=left, left=INDENT, hanging=INDENT, before=6, after=3)
    paragraph_style(doc, Style.AMENDMENT_QUOTE, align=justify, left=INDENT * 2, after=3)
    paragraph_style(doc, Style.AMENDMENT_QUOTE_2, align=justify, left=INDENT * 3, after=3)
    character_style(doc, Style.QUOTED, italic=True)
    character_style(doc, Style.SOURCE_GAP, italic=True)


def header_footer(doc) -> None:
    """Header with the title block; footer with the state and Page X of Y as fields."""
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text, header.style = HEADER, doc.styles[Style.HEADER]
    footer = section.footer.paragraphs[0]
    footer.style = doc.styles[Style.FOOTER]
    runs = text_run("{{ state }} · ") + page_x_of_y("{{ page_before }}", "{{ page_between }}", "{{ page_after }}")
    for run in parse_xml(f'<w:p {nsdecls("w")}>{runs}</w:p>'):
        footer._p.append(run)


def title_block(doc) -> None:
    """Title, subtitle and notice paragraphs; the clauses follow them."""
    body = doc.paragraphs[0] if doc.paragraphs else None
    if body is not None:
        body._p.getparent().remove(body._p)
    doc.add_paragraph("{{ title }}", style=Style.TITLE)
    doc.add_paragraph("{{ version_label }} · {{ date }} · {{ state }}{{ scope }}", style=Style.SUBTITLE)
    doc.add_paragraph("{{ notice }}", style=Style.NOTICE)


def drop_styles_with_effects(doc) -> None:
    """Drop python-docx's stale Word 2010 stylesWithEffects part: Word would prefer it to ours."""
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            doc.part.drop_rel(rid)


def main(target: Path) -> None:
    """Write the reference document to `target`."""
    doc = Document()
    drop_styles_with_effects(doc)
    page(doc)
    styles(doc)
    header_footer(doc)
    title_block(doc)
    core = doc.core_properties
    core.author = core.last_modified_by = core.title = core.subject = core.comments = core.keywords = ""
    core.title = "drafter reference document"
    doc.save(str(target))


if __name__ == "__main__":
    main(Path(__file__).resolve().parent / "proposal.docx")
