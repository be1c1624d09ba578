"""A redline as one self-contained HTML page: side by side, filterable by change kind.

Built with `html.escape` on every piece of document text; the only script is the
few lines that hide the rows of unticked kinds. No external resources.
"""

from __future__ import annotations

from html import escape

from drafter.diff.redline import CHANGE_KINDS, NOT_UPDATED, ClauseChange, LanguageChange, Redline, Span
from drafter.render.redline.base import (
    PLAIN,
    KindDispatcher,
    RedlineOptions,
    Resolve,
    clause_id,
    describe,
    number,
    resolver,
)

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em;margin:0 0 .2em}
.meta{color:#555;margin:.1em 0}
.summary{font-weight:bold;margin:.6em 0}
.filters label{margin-right:1em;white-space:nowrap}
table{border-collapse:collapse;width:100%;margin-top:1em}
th,td{border:1px solid #ccc;padding:.4em .6em;vertical-align:top;text-align:left}
th{background:#f3f3f3}
td.text{width:40%}
.num{font-weight:bold}
.id{color:#666;font-family:monospace;font-size:.85em}
del{background:#fdd;color:#900;text-decoration:line-through}
ins{background:#dfd;color:#060;text-decoration:underline}
.kind{font-weight:bold;white-space:nowrap}
.k-added .kind{color:#060}.k-removed .kind{color:#900}.k-reworded .kind{color:#a60}
.k-moved .kind{color:#808}.k-renumbered .kind{color:#077}.k-split .kind,.k-merged .kind{color:#04a}
.k-renamed .kind{color:#077}.k-changed .kind{color:#a60}
.k-unchanged{color:#777}
.flags{color:#b00;font-weight:bold}
.field{font-size:.9em;margin-top:.3em;background:#fff6cc;padding:.1em .3em}
.lang{margin-top:.4em;padding-top:.3em;border-top:1px dotted #bbb}
.tag{font-family:monospace;font-size:.8em;color:#555;background:#eee;padding:0 .3em;margin-right:.3em}
.stale{color:#b00;font-weight:bold}
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


class HtmlRenderer(KindDispatcher):
    """Table rows of a redline, one per change."""

    def __init__(self, redline: Redline) -> None:
        self.redline = redline
        self.resolve = resolver(redline)

    def document(self) -> str:
        """The whole page."""
        old, new = self.redline.old, self.redline.new
        rows = "\n".join(self.render_change(change) for change in self.redline.changes)
        return (
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>Comparison: {escape(old.title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            f"<h1>Comparison: {escape(old.title)}</h1>\n"
            f"<p class=\"meta\">Old: {escape(describe(old))}</p>\n"
            f"<p class=\"meta\">New: {escape(describe(new))}</p>\n"
            f"<p class=\"summary\">{escape(self.redline.summary())}</p>\n"
            f"{self.filters()}\n{self.document_fields()}\n"
            f"<table id=\"changes\">\n<thead><tr><th>kind</th><th>Old</th><th>New</th>"
            "<th>similarity</th></tr></thead>\n<tbody>\n"
            f"{rows}\n</tbody>\n</table>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
        )

    def filters(self) -> str:
        """A checkbox per kind present, with its count."""
        counts = self.redline.counts()
        boxes = "".join(
            f"<label><input type=\"checkbox\" value=\"{kind}\" checked> {kind} ({counts[kind]})</label>"
            for kind in CHANGE_KINDS if counts[kind]
        )
        return f"<div class=\"filters\">Show: {boxes}</div>"

    def document_fields(self) -> str:
        """Changes to title, version, date and so on, as a list."""
        if not self.redline.document_fields:
            return ""
        items = "".join(
            f"<li>{escape(f.field)}: <del>{escape(f.old)}</del> → <ins>{escape(f.new)}</ins></li>"
            for f in self.redline.document_fields
        )
        return f"<ul class=\"document-fields\">{items}</ul>"

    def _text(self, spans: tuple[Span, ...], side: str, resolve: Resolve | None = None) -> str:
        marked = {"delete": "del", "insert": "ins"}
        hide = "insert" if side == "old" else "delete"
        out = []
        for span in spans:
            if span.op == hide:
                continue
            text = escape((resolve or self.resolve)(span.text, "old" if span.op == "delete" else side))  # type: ignore[arg-type]
            out.append(f"<{marked[span.op]}>{text}</{marked[span.op]}>" if span.op in marked else text)
        return "".join(out).replace("\n", "<br>\n")

    def _cell(self, change: ClauseChange, side: str) -> str:
        clause = change.old if side == "old" else change.new
        if clause is None:
            return "<td class=\"text\"></td>"
        title = f" {escape(clause.title)}" if clause.title else ""
        fields = "".join(
            f"<div class=\"field\"><b>{escape(f.field)}</b> (changed): {escape(f.old if side == 'old' else f.new)}</div>"
            for f in change.fields
        )
        languages = "".join(self._language(version, side, change) for version in change.languages)
        return (f"<td class=\"text\"><span class=\"num\">{escape(number(clause))}</span>{title} "
                f"<span class=\"id\">{escape(clause.id)}</span><div>{self._text(change.spans, side)}</div>{fields}"
                f"{languages}</td>")

    def _language(self, version: LanguageChange, side: str, change: ClauseChange) -> str:
        """One other language's version of the clause on one side, with its own `lang`."""
        clause = change.old if side == "old" else change.new
        found = clause.translation(version.language) if clause else None
        if found is None or version.state == ("added" if side == "old" else "removed"):
            return ""
        title = found.title or ""
        stale = f" <span class=\"stale\">{NOT_UPDATED}</span>" if version.language in change.not_updated else ""
        heading = f" <b>{escape(title)}</b>" if title else ""
        return (f"<div class=\"lang\" lang=\"{escape(version.language)}\"><span class=\"tag\">"
                f"{escape(version.language)}</span>{heading}{stale}<div>{self._text(version.spans, side, resolver(self.redline, version.language))}</div></div>")

    def _row(self, change: ClauseChange, note: str = "") -> str:
        similarity = f"{change.similarity:.2f}" if change.old and change.new else ""
        flags = f"<div class=\"flags\">{escape(', '.join(change.flags))}</div>" if change.flags else ""
        if change.not_updated:
            flags += f"<div class=\"flags\">{NOT_UPDATED}: {escape(', '.join(change.not_updated))}</div>"
        note_html = f"<div>{escape(note)}</div>" if note else ""
        return (f"<tr class=\"k-{change.kind}\" data-id=\"{escape(clause_id(change))}\">"
                f"<td class=\"kind\">{change.kind}{note_html}</td>"
                f"{self._cell(change, 'old')}{self._cell(change, 'new')}<td>{similarity}{flags}</td></tr>")

    def reworded(self, change: ClauseChange) -> str:
        """Both sides with deletions and insertions marked."""
        return self._row(change)

    def moved(self, change: ClauseChange) -> str:
        """Both sides; the numbers show the move."""
        return self._row(change, f"{number(change.old)} → {number(change.new)}")

    def renamed(self, change: ClauseChange) -> str:
        """Both sides; the note gives the old and new id."""
        return self._row(change, clause_id(change))

    def changed(self, change: ClauseChange) -> str:
        """Both sides; the fields that changed are listed under the text."""
        return self._row(change)

    def renumbered(self, change: ClauseChange) -> str:
        """Both sides; only the number differs."""
        return self._row(change, f"{number(change.old)} → {number(change.new)}")

    def unchanged(self, change: ClauseChange) -> str:
        """Both sides, greyed."""
        return self._row(change)

    def added(self, change: ClauseChange) -> str:
        """The new side only."""
        return self._row(change)

    def removed(self, change: ClauseChange) -> str:
        """The old side only."""
        return self._row(change)

    def split(self, change: ClauseChange) -> str:
        """Both sides, naming the other pieces."""
        return self._row(change, "with " + ", ".join(change.related))

    def merged(self, change: ClauseChange) -> str:
        """Both sides, naming the other pieces."""
        return self._row(change, "with " + ", ".join(change.related))


def render(redline: Redline, options: RedlineOptions = PLAIN) -> str:
    """The comparison as a self-contained HTML page."""
    return HtmlRenderer(redline).document()
