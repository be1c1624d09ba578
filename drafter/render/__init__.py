"""Renderers as data: every output format in one list, like pandoc's writer table.

    data = render(proposal, "docx", RenderOptions(with_notes=True))   # bytes or str

`--to` choices, help text and golden tests all come from `FORMATS`. Adding a format
means one module with a `render(proposal, options)` function and one entry here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from drafter.render.view import RenderOptions

if TYPE_CHECKING:
    from drafter.model import Proposal

__all__ = ["FORMATS", "VIEWS", "Format", "RenderOptions", "render"]

VIEWS = ("document", "positions")
"""What can be rendered: the text itself, or the clause-by-party positions matrix."""


@dataclass(frozen=True, slots=True)
class Format:
    """One output format."""

    name: str
    """As given to `--to`."""
    extension: str
    """File extension of its output, with the dot."""
    binary: bool
    """True when the output is bytes that must never go to a terminal."""
    renderer: str
    """`module:function` taking (Proposal, RenderOptions); imported only when used."""
    description: str
    """One line for help text and docs."""

    @property
    def render(self) -> Callable[[Proposal, RenderOptions], bytes | str]:
        """The render function, imported on first use."""
        module, function = self.renderer.split(":")
        return getattr(importlib.import_module(module), function)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("docx", ".docx", True, "drafter.render.docx.builder:render",
               "Word, styled by the reference templates/proposal.docx"),
        Format("md", ".md", False, "drafter.render.markdown:render",
               "GitHub-friendly Markdown through templates/proposal.md.j2"),
        Format("html", ".html", False, "drafter.render.html:render",
               "self-contained HTML with print CSS through templates/proposal.html.j2"),
    )
}


def render(proposal: Proposal, to: str, options: RenderOptions | None = None) -> bytes | str:
    """`proposal` rendered in format `to` (a key of FORMATS)."""
    return FORMATS[to].render(proposal, options or RenderOptions())
