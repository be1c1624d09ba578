"""HTML output: the view rendered through `templates/proposal.html.j2` (or positions.html.j2).

The template is autoescaped; the page is self-contained (inline CSS, no fetches).
"""

from __future__ import annotations

from drafter.model import Proposal
from drafter.render.parallel import parallel_view
from drafter.render.positions import positions_view
from drafter.render.templating import TEMPLATES, render_file
from drafter.render.view import RenderOptions, document_view


def render(proposal: Proposal, options: RenderOptions) -> str:
    """The proposal as one self-contained HTML page."""
    if len(options.languages) > 1:
        template = options.template or TEMPLATES / "parallel.html.j2"
        return render_file(template, parallel_view(proposal, options.languages, options).context())
    if options.view == "positions":
        template = options.template or TEMPLATES / "positions.html.j2"
        return render_file(template, positions_view(proposal, options).context())
    template = options.template or TEMPLATES / "proposal.html.j2"
    return render_file(template, document_view(proposal, options).context())
