"""Outputs of a comparison (a Redline): terminal, Markdown, HTML, JSON and Word.

Formats are data (a `drafter.formats` registry): `--format` choices, docs and tests all
come from `FORMATS`. Adding a format = one module with a `render(redline, options)`
function and one entry here.
"""

from __future__ import annotations

from drafter.diff.redline import Redline
from drafter.formats import Format, Registry
from drafter.render.redline.base import PLAIN, RedlineOptions

__all__ = ["FORMATS", "RedlineOptions", "render_redline"]

FORMATS = Registry("comparison format", "render", (
    Format("term", (".txt",), False, "drafter.render.redline.terminal",
           "terminal: word diff as [-old-]{+new+}, coloured on a terminal"),
    Format("md", (".md",), False, "drafter.render.redline.markdown",
           "Markdown for a pull-request comment"),
    Format("html", (".html",), False, "drafter.render.redline.html",
           "self-contained HTML page, side by side, filterable by change kind"),
    Format("json", (".json",), False, "drafter.render.redline.json",
           "one record per clause change (docs/diff-json.md)"),
    Format("docx", (".docx",), True, "drafter.render.redline.docx",
           "Word: the new version with tracked changes to accept or reject"),
))
"""Every redline format by name, in the order `--help` lists them."""


def render_redline(redline: Redline, format_name: str, options: RedlineOptions = PLAIN) -> str | bytes:
    """`redline` rendered in the named format."""
    return FORMATS.implementation(format_name)(redline, options)
