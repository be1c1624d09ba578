"""A concordance for the terminal: one block per row, each text's wording on its own line.

The first text in the row is printed as it is (long clauses cut to their first words); each
later one as a word diff against the nearest earlier text in the row, `[-old-]{+new+}` as
in `drafter diff`, with long unchanged runs cut to a few words around each change.
"""

from __future__ import annotations

from collections.abc import Iterator

from drafter.diff.concordance import Cell, Concordance, Row, display_number
from drafter.diff.redline import Span
from drafter.render.concordance.base import cell_heading, describe, row_label, trim_spans, trim_text
from drafter.render.redline.base import PLAIN, RedlineOptions

INDENT = "    "


class TerminalRenderer:
    """Lines of a concordance for a terminal."""

    def __init__(self, concordance: Concordance, options: RedlineOptions) -> None:
        self.concordance = concordance
        self.paint = options.paint

    def document(self) -> Iterator[str]:
        """The texts, one block per row, the summary."""
        for label, text in zip(self.concordance.labels, self.concordance.texts):
            yield self.paint(f"{label}  {describe(text)}", "heading")
        for note in self.concordance.notes:
            yield f"note: {note}"
        for number, row in enumerate(self.concordance.rows, 1):
            yield ""
            yield from self.row(number, row)
        yield ""
        yield self.paint(self.concordance.summary(), "heading")

    def row(self, number: int, row: Row) -> Iterator[str]:
        """The row's heading, then one line (or more) per text."""
        heading = f"{number:>3}. {row_label(self.concordance, row)}"
        yield self.paint(heading, f"kind:{row.kind}")
        width = max(len(cell_heading(self.concordance, c)) for c in row.cells)
        for cell in row.cells:
            yield from self.cell(row, cell, width)

    def cell(self, row: Row, cell: Cell, width: int) -> Iterator[str]:
        """`B 4   wording with [-changes-]{+marked+}`; an empty cell is one dim line."""
        head = cell_heading(self.concordance, cell).ljust(width)
        if not cell.present:
            yield self.paint(f"{INDENT}{head}".rstrip(), "quiet")
            return
        lines = self._lines(row, cell)
        lines[-1] += self._scores(cell)
        yield f"{INDENT}{head}  {lines[0]}"
        for line in lines[1:]:
            yield f"{INDENT}{' ' * width}  {line}"

    def _lines(self, row: Row, cell: Cell) -> list[str]:
        """A one-clause cell against a one-clause base as a word diff; otherwise each clause as it is."""
        base = row.cells[cell.base] if cell.base is not None else None
        if base is not None and len(base.clauses) == 1 and len(cell.clauses) == 1:
            return self._spans(cell).split("\n")
        if len(cell.clauses) == 1:
            return trim_text(cell.wording).split("\n")
        return [f"{display_number(c)}  {trim_text(' '.join(cell.clause_wording(c).split()))}" for c in cell.clauses]

    def _spans(self, cell: Cell) -> str:
        if all(span.op == "equal" for span in cell.spans):
            return self.paint("(same wording)", "quiet")
        return "".join(self._span(span) for span in trim_spans(cell.spans))

    def _span(self, span: Span) -> str:
        if span.op == "equal":
            return span.text
        if span.op == "delete":
            return self.paint(f"[-{span.text}-]", "deleted")
        return self.paint(f"{{+{span.text}+}}", "inserted")

    def _scores(self, cell: Cell) -> str:
        if cell.scores is None:
            return ""
        parts = [f"words {cell.scores.lexical:.2f}"]
        if cell.scores.semantic is not None:
            parts.append(f"meaning {cell.scores.semantic:.2f}")
        pinned = ", pinned" if cell.pinned else ""
        return self.paint(f"  ({', '.join(parts)}{pinned})", "quiet")


def render(concordance: Concordance, options: RedlineOptions = PLAIN) -> str:
    """The concordance as terminal text, ending in the summary line."""
    return "\n".join(TerminalRenderer(concordance, options).document()) + "\n"
