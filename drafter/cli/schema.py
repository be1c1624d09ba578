"""`drafter schema`: print the JSON Schema of the proposal format."""

from __future__ import annotations

import click

from drafter.cli.options import output_option
from drafter.cli.output import emit


@click.command()
@output_option()
def schema(output: str | None) -> None:
    """Print the JSON Schema of the proposal format (for editors and other tools).

    \b
    Examples:
      drafter schema > proposal.schema.json
      drafter schema -o .vscode/proposal.schema.json
    """
    from drafter.load.schema import schema_text

    emit(schema_text(), output, binary=False)
