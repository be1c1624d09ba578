"""A concordance as a Word comparative table: landscape, one column per text, rows aligned.

The synoptic table delegations print and annotate: a header row (repeated on every page)
naming the texts, then one row per provision with each text's clause numbers and wording.
Words a text takes out of the nearest earlier text in the row are struck through in red,
words it puts in are underlined in blue, so the table reads in black and white too.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell

from drafter.diff.concordance import Cell, Concordance, Row
from drafter.render.redline.base import PLAIN, RedlineOptions

DELETED = RGBColor(0xC0, 0x00, 0x00)
INSERTED = RGBColor(0x1F, 0x4E, 0xB4)
KIND_WIDTH = Cm(3.0)


def render(concordance: Concordance, options: RedlineOptions = PLAIN) -> bytes:
    """The .docx file's bytes."""
    document = Document()
    _drop_styles_with_effects(document)
    _landscape(document)
    style = document.styles["Normal"]
    style.font.size = Pt(9)
    document.add_heading("Concordance", level=1)
    for label, text in zip(concordance.labels, concordance.texts):
        document.add_paragraph(f"{label}: {text.title} (version {text.version})", style="List Bullet")
    document.add_paragraph(concordance.summary())
    table = document.add_table(rows=1, cols=len(concordance.labels) + 1)
    table.style = "Table Grid"
    _header(table.rows[0], concordance)
    for number, row in enumerate(concordance.rows, 1):
        _row(table.add_row().cells, number, row, concordance)
    _widths(table, len(concordance.labels))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _drop_styles_with_effects(document: Document) -> None:  # type: ignore[valid-type]
    """python-docx's default template carries a stale stylesWithEffects part Word would repair."""
    part = document.part  # type: ignore[attr-defined]
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            part.drop_rel(rel_id)


def _widths(table: object, texts: int) -> None:
    """A narrow first column for the row's kind; the texts share the rest of the landscape page."""
    table.autofit = False  # type: ignore[attr-defined]
    column = Cm((27.7 - 3.0) / texts)
    for row in table.rows:  # type: ignore[attr-defined]
        for k, cell in enumerate(row.cells):
            cell.width = KIND_WIDTH if k == 0 else column


def _landscape(document: Document) -> None:  # type: ignore[valid-type]
    section = document.sections[0]  # type: ignore[attr-defined]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))


def _header(row: object, concordance: Concordance) -> None:
    cells = row.cells  # type: ignore[attr-defined]
    for cell, name in zip(cells, ["Row", *concordance.labels]):
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    properties.append(OxmlElement("w:tblHeader"))


def _row(cells: tuple[_Cell, ...], number: int, row: Row, concordance: Concordance) -> None:
    first = cells[0].paragraphs[0]
    first.add_run(f"{number}. ").bold = True
    first.add_run(f"{concordance.kind_label(row)} ({row.confidence:.2f})")
    for target, cell in zip(cells[1:], row.cells):
        _cell(target, row, cell)


def _cell(target: _Cell, row: Row, cell: Cell) -> None:
    paragraph = target.paragraphs[0]
    if not cell.present:
        paragraph.add_run("not in the available text" if cell.state == "cut-off" else "—").italic = True
        return
    paragraph.add_run(cell.numbers + "  ").bold = True
    base = row.cells[cell.base] if cell.base is not None else None
    if base is None or len(base.clauses) != 1 or len(cell.clauses) != 1:
        for k, clause in enumerate(cell.clauses):
            if k:
                paragraph = target.add_paragraph()
                paragraph.add_run(clause.number + "  ").bold = True
            paragraph.add_run(" ".join(cell.clause_wording(clause).split()))
        return
    for span in cell.spans:
        run = paragraph.add_run(span.text.replace("\n", " "))
        if span.op == "delete":
            run.font.strike = True
            run.font.color.rgb = DELETED
        elif span.op == "insert":
            run.font.underline = True
            run.font.color.rgb = INSERTED
