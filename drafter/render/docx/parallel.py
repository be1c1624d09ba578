"""Several language versions in Word: a table with one column per language, one row per clause.

The page keeps the reference document's title block, header and footer (in the first
column's language); under it a table whose header row (repeated on every page) names each
language in itself and says whether it is authentic, then a row with each version's title,
the preamble, and a row per clause and per annex heading. A cell's paragraphs are the Word
layout's lines (`layout.py`) on the reference's named styles, so a clause looks as it does
in a one-language document; a right-to-left column's paragraphs and runs are marked so
(`w:bidi`, `w:rtl`). Three or four columns turn the page to landscape.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime

from docx.enum.section import WD_ORIENT

from drafter.model import Proposal
from drafter.render.docx import ooxml
from drafter.render.docx.builder import REFERENCE_DOCX, TEXT_WIDTH, CoreProperties, DocxBuilder
from drafter.render.docx.layout import Line, Style, annex_lines, gap_lines, preamble_lines, printed_lines
from drafter.render.docx.ooxml import Run
from drafter.render.options import RenderOptions
from drafter.render.parallel import Column, ParallelView, Row, parallel_view

LANDSCAPE_WIDTH = 13_958
"""Twips between the margins of a landscape A4 page with the reference's 25 mm margins."""


def render(proposal: Proposal, options: RenderOptions) -> bytes:
    """The proposal in `options.languages`, side by side, as the bytes of a .docx."""
    view = parallel_view(proposal, options.languages, options)
    builder = DocxBuilder(options.template or REFERENCE_DOCX, view.first.context(), proposal.authors)
    width = TEXT_WIDTH
    if len(view.columns) > 2:
        _landscape(builder)
        width = LANDSCAPE_WIDTH
    builder.add_xml(_Table(builder, view, width).xml())
    created = options.created or datetime.now(UTC).replace(microsecond=0)
    names = " · ".join(column.name for column in view.columns)
    return builder.to_bytes(CoreProperties(
        title=view.first.title, author=", ".join(proposal.authors), version=proposal.version, created=created,
        subject=f"{view.first.words.version(proposal.version)} · {view.first.state} · {names}",
    ))


def _landscape(builder: DocxBuilder) -> None:
    section = builder.document.sections[0]
    if section.orientation != WD_ORIENT.LANDSCAPE:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width


class _Table:
    """The table's XML, row by row."""

    def __init__(self, builder: DocxBuilder, view: ParallelView, width: int) -> None:
        self.builder, self.view = builder, view
        self.widths = [width // len(view.columns)] * len(view.columns)

    def xml(self) -> str:
        """The whole `w:tbl`."""
        rows = [self._header(), self._titles(), *(self._row(row) for row in self.view.rows)]
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in self.widths)
        props = (f'<w:tblPr><w:tblStyle w:val="{self.builder.style_id(Style.POSITIONS_TABLE)}"/>'
                 f'<w:tblW w:w="{sum(self.widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>')
        return f"<w:tbl>{props}<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"

    def _header(self) -> str:
        cells = [[Line(Style.TABLE_TEXT, (Run(column.name, Style.CLAUSE_TITLE), Run(f" · {column.standing}",
                                                                                     Style.STATUS_MARK)))]
                 for column in self.view.columns]
        return self._tr(cells, header=True)

    def _titles(self) -> str:
        cells = []
        for column in self.view.columns:
            doc = column.view
            lines = [Line(Style.SUBTITLE, (Run(doc.title),)),
                     Line(Style.SUBTITLE, (Run(f"{doc.words.version(doc.version)} · {doc.date} · {doc.state}"),))]
            if doc.notice:
                lines.append(Line(Style.NOTICE, (Run(doc.notice),)))
            cells.append(lines)
        return self._tr(cells)

    def _row(self, row: Row) -> str:
        if row.kind == "preamble":
            return self._tr([preamble_lines(paragraphs) for paragraphs in row.preambles])
        if row.kind == "annex":
            return self._tr([annex_lines(annex) for annex in row.annexes])
        if row.kind == "gap":
            return self._tr([gap_lines(lines, min(row.depth, 1)) for lines in row.gaps])
        cells = []
        for clause, column in zip(row.clauses, self.view.columns, strict=True):
            # a column is a third of a page or less: sub-points below the first level keep the
            # first level's indent, their labels say how deep they stand
            shallow = replace(clause, depth=min(clause.depth, 1)) if clause is not None else None
            cells.append(printed_lines(shallow) if shallow is not None else self._missing(row, column))
        return self._tr(cells)

    def _missing(self, row: Row, column: Column) -> list[Line]:
        label = [Run(f"{row.label}\t")] if row.label else []
        missing = column.view.words.word("language", "not translated")
        return [Line(Style.TABLE_TEXT, (*label, Run(f"— {missing}", Style.STATUS_MARK)))]

    def _tr(self, cells: list[list[Line]], header: bool = False) -> str:
        head = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if header else ""
        out = []
        for lines, width, column in zip(cells, self.widths, self.view.columns, strict=True):
            rtl = column.direction == "rtl"
            body = "".join(self._paragraph(line, rtl) for line in lines) or self._paragraph(
                Line(Style.TABLE_TEXT, ()), rtl)
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{body}</w:tc>')
        return f"<w:tr>{head}{''.join(out)}</w:tr>"

    def _paragraph(self, line: Line, rtl: bool) -> str:
        runs: Iterable[Run] = (Run(r.text, self.builder.style_id(r.style) if r.style else None) for r in line.runs)
        return ooxml.paragraph(self.builder.style_id(line.style), ooxml.runs(runs, rtl), rtl)
