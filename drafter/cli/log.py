"""`drafter log PROPOSAL`: one line per commit that changed a proposal, with what changed."""

from __future__ import annotations

import click

from drafter.cli.output import colour_wanted, echo, painter


@click.command()
@click.argument("proposal", metavar="PROPOSAL")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: a list of {commit, date, author, version, summary, counts}.")
def log(proposal: str, fmt: str) -> None:
    """List the commits that changed a proposal (following renames), newest first.

    Each line: commit, date, author, the document's version field and a summary of the
    clause changes since the commit before: +added ~reworded -removed, moved, renumbered.
    A moved clause whose words changed counts as moved and as reworded.

    \b
    Examples:
      drafter log proposals/ukraine-ceasefire-12-point.yaml
      drafter log proposals/ukraine-ceasefire-12-point.yaml --format json
    """
    from drafter import history
    from drafter.render.history import log_json, log_lines

    lines = history.log(proposal)
    if fmt == "json":
        echo(log_json(lines))
        return
    for line in log_lines(lines, painter(colour_wanted())):
        echo(line)
