"""`drafter amend BASE AMENDMENTS...`: a consolidated text from sets of amendment instructions."""

from __future__ import annotations

from pathlib import Path

import click

from drafter.cli.options import load_proposal_arg, output_option
from drafter.cli.output import echo, emit


@click.command()
@click.argument("base", metavar="BASE")
@click.argument("sets", metavar="AMENDMENTS...", nargs=-1, required=True)
@output_option("Write the amended proposal to FILE (YAML) instead of standard output.")
@click.option("--partial", is_flag=True,
              help="Write the text with every instruction that applies, and report the others.")
def amend(base: str, sets: tuple[str, ...], output: str | None, partial: bool) -> None:
    """Apply sets of amendment instructions, in order, to the proposal BASE.

    AMENDMENTS are files `drafter diff --format amendments` writes: the text form (any
    --style) or the JSON or YAML form (which also carries notes, positions and ids). All
    sets address BASE: its numbers, its words. Every instruction that cannot be applied
    is reported with its set, number and reason (a conflict names the other set's
    instruction that changed the same words first); then nothing is written, unless
    --partial is given. Each amended clause lists the instructions that made it in
    `amended_by`. Exit status: 0 all applied, 1 some could not be, 2 on error.

    \b
    Examples:
      drafter diff v0.2.yaml v0.3.yaml --format amendments -o v0.3-amendments.txt
      drafter amend v0.2.yaml v0.3-amendments.txt -o v0.3-consolidated.yaml
      drafter amend base.yaml ua-amendments.txt eu-amendments.json -o consolidated.yaml
      drafter amend base.yaml ua.txt eu.txt --partial -o draft.yaml
    """
    from drafter.amend import consolidate, read_set
    from drafter.load import read_file

    proposal = load_proposal_arg(base)
    names = [Path(path).name for path in sets]
    names = names if len(set(names)) == len(names) else list(sets)  # file names, unless two are alike
    instructions = [read_set(read_file(path), path, name) for path, name in zip(sets, names, strict=True)]
    result = consolidate(proposal, instructions, partial=partial, origin=output or "<stdout>")
    emit(result.yaml, output, binary=False)
    for problem in result.problems:
        echo(str(problem), err=True)
    count = sum(len(s.amendments) for s in instructions)
    left = len(result.problems)
    echo(f"drafter: applied {count - left} of {count} instructions from {len(sets)} "
         f"set{'s' if len(sets) != 1 else ''}" + (f"; {left} left out" if left else ""), err=True)
    raise click.exceptions.Exit(1 if left else 0)
