"""`drafter show`: the outline of a proposal as a tree."""

from __future__ import annotations

import click

from drafter.cli.options import load_proposal_arg
from drafter.cli.output import colour_wanted, echo, painter


@click.command()
@click.argument("proposal", metavar="PROPOSAL")
def show(proposal: str) -> None:
    """Print a proposal's outline: numbers, titles and status, as a tree.

    \b
    Examples:
      drafter show proposals/ukraine-ceasefire-12-point.yaml
      NO_COLOR=1 drafter show proposals/us-battle-line-position.yaml
    """
    from drafter.render.outline import TreeShape, outline

    for line in outline(load_proposal_arg(proposal), TreeShape(painter(colour_wanted()))):
        echo(line)
