"""Renderers as data: every output format of a proposal in one registry.

    data = render(proposal, "docx", RenderOptions(with_notes=True))   # bytes or str

`--to` choices, help text and golden tests all come from `FORMATS` (a `drafter.formats`
registry). Adding a format means one module with a `render(proposal, options)` function
and one entry here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.formats import Format, Registry
from drafter.render.options import RenderOptions

if TYPE_CHECKING:
    from drafter.model import Proposal

__all__ = ["FORMATS", "VIEWS", "RenderOptions", "render"]

VIEWS = ("document", "positions")
"""What can be rendered: the text itself, or the clause-by-party positions matrix."""

FORMATS = Registry("output format", "render", (
    Format("docx", (".docx",), True, "drafter.render.docx.builder",
           "Word, styled by the reference templates/proposal.docx", template=".docx"),
    Format("md", (".md",), False, "drafter.render.markdown",
           "GitHub-friendly Markdown through templates/proposal.md.j2 (parallel.md.j2 for several --lang)",
           template=".md.j2"),
    Format("html", (".html",), False, "drafter.render.html",
           "self-contained HTML with print CSS through templates/proposal.html.j2 (parallel.html.j2 for "
           "several --lang)", template=".html.j2"),
    Format("txt", (".txt",), False, "drafter.render.text",
           "plain text for e-mail and cables through templates/proposal.txt.j2", template=".txt.j2"),
))
"""Every output format of a proposal, in the order `--help` lists them."""


def render(proposal: Proposal, to: str, options: RenderOptions | None = None) -> bytes | str:
    """`proposal` rendered in format `to` (a key of FORMATS).

    With one of `options.languages`, the proposal is read in that language first; with several,
    each format sets them side by side (`drafter.render.parallel`).
    """
    options = options or RenderOptions()
    if len(options.languages) == 1:
        from drafter.languages import check_languages, in_language

        check_languages(proposal, options.languages)
        proposal = in_language(proposal, options.languages[0])
    return FORMATS.implementation(to)(proposal, options)
