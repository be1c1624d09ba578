"""Outputs of `drafter compare` (a Concordance): terminal, Markdown, HTML, JSON and Word.

Formats are data (a `drafter.formats` registry): `--format` choices, docs and tests come
from `FORMATS`. Each module has `render(concordance, options) -> str | bytes`.
"""

from __future__ import annotations

from drafter.diff.concordance import Concordance
from drafter.formats import Format, Registry
from drafter.render.redline.base import PLAIN, RedlineOptions

__all__ = ["FORMATS", "RedlineOptions", "render_concordance"]

FORMATS = Registry("concordance format", "render", (
    Format("term", (".txt",), False, "drafter.render.concordance.terminal",
           "terminal: each row with every text's wording, differences as [-old-]{+new+}"),
    Format("md", (".md",), False, "drafter.render.concordance.markdown",
           "Markdown: a table with one column per text, differences as <del>/<ins>"),
    Format("html", (".html",), False, "drafter.render.concordance.html",
           "self-contained HTML page, one column per text, filterable by kind"),
    Format("json", (".json",), False, "drafter.render.concordance.json",
           "rows, cells, kinds, confidence and scores (docs/concordance.md)"),
    Format("docx", (".docx",), True, "drafter.render.docx.concordance",
           "Word comparative table: landscape, one column per text, repeated header row"),
))
"""Every concordance format by name, in the order `--help` lists them."""


def render_concordance(concordance: Concordance, format_name: str, options: RedlineOptions = PLAIN) -> str | bytes:
    """`concordance` rendered in the named format."""
    return FORMATS.implementation(format_name)(concordance, options)
