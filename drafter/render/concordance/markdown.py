"""A concordance as Markdown: the texts, a table with one column per text, the summary.

Cells show each text's wording with the differences from the nearest earlier text in the
row as `<del>`/`<ins>` (GitHub and pandoc render both); long unchanged runs are trimmed.
"""

from __future__ import annotations

from collections.abc import Iterator

from drafter.diff.concordance import Cell, Concordance, Row
from drafter.render.concordance.base import describe, trim_spans, trim_text
from drafter.render.redline.base import PLAIN, RedlineOptions
from drafter.render.redline.markdown import escape


def _plain(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _cell(row: Row, cell: Cell) -> str:
    if not cell.present:
        return "*not in the available text*" if cell.state == "cut-off" else "—"
    base = row.cells[cell.base] if cell.base is not None else None
    if base is not None and len(base.clauses) == 1 and len(cell.clauses) == 1:
        body = "".join(_span(s.op, s.text) for s in trim_spans(cell.spans))
    else:
        body = "<br>".join(f"{_plain(trim_text(cell.clause_wording(c)))}" for c in cell.clauses)
    return f"**{escape(cell.numbers)}** {body}"


def _span(op: str, text: str) -> str:
    if op == "equal":
        return _plain(text)
    tag = "del" if op == "delete" else "ins"
    return f"<{tag}>{_plain(text)}</{tag}>"


def lines(concordance: Concordance) -> Iterator[str]:
    """The document, line by line."""
    yield "### Concordance"
    yield ""
    for label, text in zip(concordance.labels, concordance.texts):
        yield f"- **{label}**: {escape(describe(text))}"
    for note in concordance.notes:
        yield f"- note: {escape(note)}"
    yield ""
    yield f"**{concordance.summary()}**"
    yield ""
    yield "| # | kind | " + " | ".join(concordance.labels) + " |"
    yield "|---:|---|" + "---|" * len(concordance.labels)
    for number, row in enumerate(concordance.rows, 1):
        kind = f"{escape(concordance.kind_label(row))} ({row.confidence:.2f})"
        yield f"| {number} | {kind} | " + " | ".join(_cell(row, c) for c in row.cells) + " |"


def render(concordance: Concordance, options: RedlineOptions = PLAIN) -> str:
    """The concordance as Markdown."""
    return "\n".join(lines(concordance)) + "\n"
