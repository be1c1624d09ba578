"""Outputs of `drafter compare` (a Concordance): terminal, Markdown, HTML, JSON, Word.

Formats are data, like `drafter.render.redline.FORMATS`: `--format` choices, docs and tests
come from `FORMATS`. Each module has `render(concordance, options) -> str | bytes`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from drafter.diff.concordance import Concordance
from drafter.render.redline.base import PLAIN, RenderOptions

__all__ = ["FORMATS", "ConcordanceFormat", "RenderOptions"]


@dataclass(frozen=True, slots=True)
class ConcordanceFormat:
    """One output format of a concordance."""

    name: str
    """What `--format` takes."""
    extension: str
    """File extension, without the dot."""
    binary: bool
    """True for bytes that must never go to a terminal."""
    module: str
    """Module with `render(concordance, options) -> str | bytes`, imported when used."""
    description: str
    """One line for `--help` and the docs."""

    def render(self, concordance: Concordance, options: RenderOptions = PLAIN) -> str | bytes:
        """The concordance in this format."""
        return importlib.import_module(self.module).render(concordance, options)  # type: ignore[no-any-return]


FORMATS: dict[str, ConcordanceFormat] = {
    entry.name: entry
    for entry in (
        ConcordanceFormat("term", "txt", False, "drafter.render.concordance.terminal",
                          "terminal: each row with every text's wording, differences as [-old-]{+new+}"),
        ConcordanceFormat("md", "md", False, "drafter.render.concordance.markdown",
                          "Markdown: a table of rows, then the wording of each changed row"),
        ConcordanceFormat("html", "html", False, "drafter.render.concordance.html",
                          "self-contained HTML page, one column per text, filterable by kind"),
        ConcordanceFormat("json", "json", False, "drafter.render.concordance.json",
                          "rows, cells, kinds, confidence and scores (docs/concordance.md)"),
        ConcordanceFormat("docx", "docx", True, "drafter.render.docx.concordance",
                          "Word comparative table: landscape, one column per text"),
    )
}
"""Every concordance format by name, in the order `--help` lists them."""
