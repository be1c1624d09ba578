"""Outputs of a comparison (a Redline): terminal, Markdown, HTML, JSON (and Word, later).

Formats are data (pandoc's writer list): `--format` choices, docs and tests all come
from `FORMATS`. Adding a format = one module with a `render(redline, options)` function
and one entry here, e.g. `RedlineFormat("docx", "docx", True, "drafter.render.redline.docx", ...)`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from drafter.diff.redline import Redline
from drafter.render.redline.base import PLAIN, RenderOptions

__all__ = ["FORMATS", "RedlineFormat", "RenderOptions", "render_redline"]


@dataclass(frozen=True, slots=True)
class RedlineFormat:
    """One output format of a comparison."""

    name: str
    """What `--format` takes."""
    extension: str
    """File extension, without the dot."""
    binary: bool
    """True for bytes that must never go to a terminal."""
    module: str
    """Module with `render(redline, options) -> str | bytes`, imported when used."""
    description: str
    """One line for `--help` and the docs."""

    def render(self, redline: Redline, options: RenderOptions = PLAIN) -> str | bytes:
        """The redline in this format."""
        return importlib.import_module(self.module).render(redline, options)


FORMATS: dict[str, RedlineFormat] = {
    entry.name: entry
    for entry in (
        RedlineFormat("term", "txt", False, "drafter.render.redline.terminal",
                      "terminal: word diff as [-old-]{+new+}, coloured on a terminal"),
        RedlineFormat("md", "md", False, "drafter.render.redline.markdown",
                      "Markdown for a pull-request comment"),
        RedlineFormat("html", "html", False, "drafter.render.redline.html",
                      "self-contained HTML page, side by side, filterable by change kind"),
        RedlineFormat("json", "json", False, "drafter.render.redline.json",
                      "one record per clause change (docs/diff-json.md)"),
        RedlineFormat("docx", "docx", True, "drafter.render.redline.docx",
                      "Word: the new version with tracked changes to accept or reject"),
    )
}
"""Every redline format by name, in the order `--help` lists them."""


def render_redline(redline: Redline, format_name: str, options: RenderOptions = PLAIN) -> str | bytes:
    """`redline` rendered in the named format."""
    return FORMATS[format_name].render(redline, options)
