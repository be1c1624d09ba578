"""A concordance for the terminal: one block per row, each text's wording on its own line.

The first text in the row is printed as it is (long clauses cut to their first words); each
later one as a word diff against the nearest earlier text in the row, `[-old-]{+new+}` as
in `drafter diff`, with long unchanged runs cut to a few words around each change.
"""

from __future__ import annotations

from collections.abc import Iterator

import click

from drafter.diff.concordance import Cell, Concordance, Row
from drafter.diff.redline import Span
from drafter.render.concordance.base import cell_heading, describe, row_label, trim_spans, trim_text
from drafter.render.redline.base import PLAIN, RenderOptions

KIND_COLOURS = {"only": "red", "matched": "bright_black", "reworded": "yellow", "split": "blue",
                "merged": "blue", "uncertain": "magenta"}
INDENT = "    "


def style(text: str, colour: bool, **styles: object) -> str:
    """`text` with ANSI styles when `colour` is on."""
    return click.style(text, **styles) if colour else text  # type: ignore[arg-type]


class TerminalRenderer:
    """Lines of a concordance for a terminal."""

    def __init__(self, concordance: Concordance, options: RenderOptions) -> None:
        self.concordance = concordance
        self.colour = options.colour

    def document(self) -> Iterator[str]:
        """The texts, one block per row, the summary."""
        for label, text in zip(self.concordance.labels, self.concordance.texts):
            yield style(f"{label}  {describe(text)}", self.colour, bold=True)
        for note in self.concordance.notes:
            yield f"note: {note}"
        for number, row in enumerate(self.concordance.rows, 1):
            yield ""
            yield from self.row(number, row)
        yield ""
        yield style(self.concordance.summary(), self.colour, bold=True)

    def row(self, number: int, row: Row) -> Iterator[str]:
        """The row's heading, then one line (or more) per text."""
        heading = f"{number:>3}. {row_label(self.concordance, row)}"
        yield style(heading, self.colour, fg=KIND_COLOURS[row.kind], bold=True)
        width = max(len(cell_heading(self.concordance, c)) for c in row.cells)
        for cell in row.cells:
            yield from self.cell(cell, width)

    def cell(self, cell: Cell, width: int) -> Iterator[str]:
        """`B 4   wording with [-changes-]{+marked+}`; an empty cell is one dim line."""
        head = cell_heading(self.concordance, cell).ljust(width)
        if not cell.present:
            yield style(f"{INDENT}{head}", self.colour, dim=True)
            return
        body = self._spans(cell) if cell.base is not None else trim_text(cell.wording)
        extra = self._scores(cell)
        lines = body.split("\n")
        yield f"{INDENT}{head}  {lines[0]}{extra}"
        for line in lines[1:]:
            yield f"{INDENT}{' ' * width}  {line}"

    def _spans(self, cell: Cell) -> str:
        if all(span.op == "equal" for span in cell.spans):
            return style("(same wording)", self.colour, dim=True)
        return "".join(self._span(span) for span in trim_spans(cell.spans))

    def _span(self, span: Span) -> str:
        if span.op == "equal":
            return span.text
        if span.op == "delete":
            return style(f"[-{span.text}-]", self.colour, fg="red")
        return style(f"{{+{span.text}+}}", self.colour, fg="green")

    def _scores(self, cell: Cell) -> str:
        if cell.scores is None:
            return ""
        parts = [f"words {cell.scores.lexical:.2f}"]
        if cell.scores.semantic is not None:
            parts.append(f"meaning {cell.scores.semantic:.2f}")
        pinned = ", pinned" if cell.pinned else ""
        return style(f"  ({', '.join(parts)}{pinned})", self.colour, dim=True)


def render(concordance: Concordance, options: RenderOptions = PLAIN) -> str:
    """The concordance as terminal text, ending in the summary line."""
    return "\n".join(TerminalRenderer(concordance, options).document()) + "\n"
