"""Plain text output: the view through `templates/proposal.txt.j2` (or positions.txt.j2).

For e-mail, cables and pasting into other systems: no markup, lines wrapped at 78
columns, sub-points indented under their point.
"""

from __future__ import annotations

from drafter.errors import DrafterError
from drafter.model import Proposal
from drafter.render.markdown import squeeze
from drafter.render.positions import positions_view
from drafter.render.templating import TEMPLATES, render_file
from drafter.render.view import RenderOptions, document_view


def render(proposal: Proposal, options: RenderOptions) -> str:
    """The proposal as plain text."""
    if len(options.languages) > 1:
        raise DrafterError("plain text takes one --lang; to set languages side by side, use --to md, html or docx")
    if options.view == "positions":
        template = options.template or TEMPLATES / "positions.txt.j2"
        return render_file(template, positions_view(proposal, options).context())
    template = options.template or TEMPLATES / "proposal.txt.j2"
    return squeeze(render_file(template, document_view(proposal, options).context()))
