"""Markdown output: the view rendered through `templates/proposal.md.j2` (or positions.md.j2)."""

from __future__ import annotations

import re

from drafter.model import Proposal
from drafter.render.parallel import parallel_view
from drafter.render.positions import positions_view
from drafter.render.templating import TEMPLATES, render_file
from drafter.render.view import RenderOptions, document_view


def render(proposal: Proposal, options: RenderOptions) -> str:
    """The proposal as GitHub-friendly Markdown."""
    if len(options.languages) > 1:
        template = options.template or TEMPLATES / "parallel.md.j2"
        return squeeze(render_file(template, parallel_view(proposal, options.languages, options).context()))
    if options.view == "positions":
        template = options.template or TEMPLATES / "positions.md.j2"
        return render_file(template, positions_view(proposal, options).context())
    template = options.template or TEMPLATES / "proposal.md.j2"
    return squeeze(render_file(template, document_view(proposal, options).context()))


def squeeze(text: str) -> str:
    """Markdown with runs of blank lines cut to one, so templates can stay readable."""
    return re.sub(r"\n(?:[ \t]*\n){2,}", "\n\n", text).lstrip("\n")
