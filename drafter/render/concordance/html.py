"""A concordance as one self-contained HTML page: one column per text, filterable by kind.

Every piece of document text goes through `html.escape`; the only script is the few lines
that hide the rows of unticked kinds. No external resources.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from drafter.diff.concordance import ROW_KINDS, Cell, Concordance, Row, display_number
from drafter.render.concordance.base import describe
from drafter.render.redline.base import PLAIN, RedlineOptions

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em;margin:0 0 .2em}
.meta{color:#555;margin:.1em 0}
.summary{font-weight:bold;margin:.6em 0}
.filters label{margin-right:1em;white-space:nowrap}
table{border-collapse:collapse;width:100%;margin-top:1em;table-layout:fixed}
th,td{border:1px solid #ccc;padding:.4em .6em;vertical-align:top;text-align:left}
th{background:#f3f3f3;position:sticky;top:0}
th.kind,td.kind{width:9em}
.num{font-weight:bold;margin-right:.3em}
.clause{margin:0 0 .4em}
.scores{color:#777;font-size:.8em}
.empty{color:#999;font-style:italic}
del{background:#fdd;color:#900;text-decoration:line-through}
ins{background:#dfe8ff;color:#143c96;text-decoration:underline}
.k-only .kind{color:#900}.k-reworded .kind{color:#a60}.k-split .kind,.k-merged .kind{color:#04a}
.k-uncertain .kind{color:#808}.k-matched{color:#777}
.hidden{display:none}
"""

SCRIPT = """
document.querySelectorAll('.filters input').forEach(function (box) {
  box.addEventListener('change', function () {
    document.querySelectorAll('tr.k-' + box.value).forEach(function (row) {
      row.classList.toggle('hidden', !box.checked);
    });
  });
});
"""


def _cell(row: Row, cell: Cell) -> str:
    if not cell.present:
        text = "not in the available text" if cell.state == "cut-off" else "—"
        return f'<td class="empty">{text}</td>'
    base = row.cells[cell.base] if cell.base is not None else None
    if base is not None and len(base.clauses) == 1 and len(cell.clauses) == 1:
        body = "".join(_span(s.op, s.text) for s in cell.spans)
        parts = [f'<p class="clause"><span class="num">{escape(cell.numbers)}</span>{body}</p>']
    else:
        parts = [f'<p class="clause"><span class="num">{escape(display_number(c))}</span>'
                 f'{_text(cell.clause_wording(c))}</p>' for c in cell.clauses]
    if cell.scores is not None:
        meaning = "" if cell.scores.semantic is None else f", meaning {cell.scores.semantic:.2f}"
        moved = ", moved" if cell.moved else ""
        parts.append(f'<div class="scores">words {cell.scores.lexical:.2f}{meaning}{moved}</div>')
    return "<td>" + "".join(parts) + "</td>"


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _span(op: str, text: str) -> str:
    if op == "equal":
        return _text(text)
    tag = "del" if op == "delete" else "ins"
    return f"<{tag}>{_text(text)}</{tag}>"


def lines(concordance: Concordance) -> Iterator[str]:
    """The page, line by line."""
    yield "<!DOCTYPE html>"
    yield '<html lang="en"><head><meta charset="utf-8">'
    yield "<title>Concordance</title>"
    yield f"<style>{STYLE}</style></head><body>"
    yield "<h1>Concordance</h1>"
    for label, text in zip(concordance.labels, concordance.texts):
        yield f'<p class="meta"><b>{label}</b>: {escape(describe(text))}</p>'
    for note in concordance.notes:
        yield f'<p class="meta">note: {escape(note)}</p>'
    yield f'<p class="summary">{escape(concordance.summary())}</p>'
    yield '<p class="filters">Show: ' + "".join(
        f'<label><input type="checkbox" value="{kind}" checked> {kind}</label>' for kind in ROW_KINDS) + "</p>"
    yield '<table><thead><tr><th class="kind">row</th>' + "".join(
        f"<th>{label}</th>" for label in concordance.labels) + "</tr></thead><tbody>"
    for number, row in enumerate(concordance.rows, 1):
        kind = f'{number}. {escape(concordance.kind_label(row))}<div class="scores">confidence {row.confidence:.2f}</div>'
        yield f'<tr class="k-{row.kind}"><td class="kind">{kind}</td>' + "".join(
            _cell(row, c) for c in row.cells) + "</tr>"
    yield f"</tbody></table><script>{SCRIPT}</script></body></html>"


def render(concordance: Concordance, options: RedlineOptions = PLAIN) -> str:
    """The concordance as a self-contained HTML page."""
    return "\n".join(lines(concordance)) + "\n"
