"""`drafter history PROPOSAL CLAUSE-ID`: one clause's wordings across commits, a clause blame."""

from __future__ import annotations

import click

from drafter.cli.output import colour_wanted, echo, painter


@click.command()
@click.argument("proposal", metavar="PROPOSAL")
@click.argument("clause_id", metavar="CLAUSE-ID")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: a list of {commit, date, author, version, number, event, text, spans, fields}.")
def history(proposal: str, clause_id: str, fmt: str) -> None:
    """Show every wording of one clause across commits, oldest first, with word diffs.

    Deleted words are shown [-like this-] and inserted ones {+like this+} (in colour on a
    terminal), so each change is tied to its commit, date and author.

    \b
    Examples:
      drafter history proposals/ukraine-ceasefire-12-point.yaml ceasefire-line
      drafter history proposals/ukraine-ceasefire-12-point.yaml prisoners --format json
    """
    from drafter.history import clause_history
    from drafter.render.history import step_lines, steps_json

    steps = clause_history(proposal, clause_id)
    if fmt == "json":
        echo(steps_json(steps))
        return
    for line in step_lines(steps, painter(colour_wanted())):
        echo(line)
