"""`drafter show`: the outline of a proposal as a tree."""

from __future__ import annotations

from collections.abc import Iterator

import click

from drafter.cli.options import load_proposal_arg
from drafter.cli.output import colour_wanted, echo, style
from drafter.model import Clause, Proposal

STATUS_COLOURS = {"agreed": "green", "proposed": "yellow", "bracketed": "red", "withdrawn": "bright_black"}


@click.command()
@click.argument("proposal", metavar="PROPOSAL")
def show(proposal: str) -> None:
    """Print a proposal's outline: numbers, titles and status, as a tree.

    \b
    Examples:
      drafter show proposals/ukraine-ceasefire-12-point.yaml
      NO_COLOR=1 drafter show proposals/us-battle-line-position.yaml
    """
    loaded = load_proposal_arg(proposal)
    for line in outline(loaded, colour_wanted()):
        echo(line)


def outline(proposal: Proposal, colour: bool) -> Iterator[str]:
    """Lines of the tree: a header, then one line per clause."""
    yield style(proposal.title, colour, bold=True)
    yield f"version {proposal.version} · {proposal.date} · {proposal.status} ({proposal.state})"
    yield from _branch(proposal, proposal.clauses, "", colour)
    for annex in proposal.annexes:
        yield style(f"Annex {annex.letter}: {annex.title}", colour, bold=True)
        yield from _branch(proposal, annex.clauses, "", colour)


def _branch(proposal: Proposal, clauses: tuple[Clause, ...], indent: str, colour: bool) -> Iterator[str]:
    for i, clause in enumerate(clauses):
        last = i == len(clauses) - 1
        yield f"{indent}{'└── ' if last else '├── '}{_line(proposal, clause, colour)}"
        yield from _branch(proposal, clause.clauses, indent + ("    " if last else "│   "), colour)


def _line(proposal: Proposal, clause: Clause, colour: bool) -> str:
    heading = clause.title or _first_words(proposal, clause)
    status = style(f"[{clause.status}]", colour, fg=STATUS_COLOURS[clause.status])
    return f"{' '.join(part for part in (clause.label, heading) if part)}  {status}"


def _first_words(proposal: Proposal, clause: Clause, limit: int = 8) -> str:
    words = proposal.resolve(" ".join(clause.text)).split()
    return " ".join(words[:limit]) + (" …" if len(words) > limit else "")
