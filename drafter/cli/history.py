"""`drafter history PROPOSAL CLAUSE-ID`: one clause's wordings across commits, a clause blame."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

import click

from drafter.cli.output import colour_wanted, echo, style

if TYPE_CHECKING:
    from drafter.diff.redline import Span
    from drafter.history import Step
    from drafter.model import Clause


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

    steps = clause_history(proposal, clause_id)
    if fmt == "json":
        echo(json.dumps([_record(step) for step in steps], ensure_ascii=False, indent=2))
        return
    colour = colour_wanted()
    for step in steps:
        for line in _lines(step, colour):
            echo(line)


def _lines(step: Step, colour: bool) -> Iterator[str]:
    commit = step.version.commit
    number = step.version.proposal.version if step.version.proposal else "?"
    head = [f"{style(commit.commit[:7], colour, fg='yellow')} {commit.date[:10]} {commit.author}", f"v{number}"]
    if step.clause:
        head.append(f"point {step.clause.number}")
    yield "  ".join([*head, style(step.event, colour, bold=True)])
    for name, old, new in step.fields:
        yield f"    {name}: {old or '-'} -> {new or '-'}"
    if step.clause is not None:
        for paragraph in marked(step.spans if step.event != "added" else (), step.clause, colour).split("\n"):
            yield f"    {paragraph}"


def marked(spans: tuple[Span, ...], clause: Clause, colour: bool) -> str:
    """The clause text with deletions as [-x-] and insertions as {+x+} (coloured on a terminal)."""
    if not spans:
        return "\n".join(clause.text)
    parts = []
    for span in spans:
        if span.op == "equal":
            parts.append(span.text)
        elif span.op == "delete":
            parts.append(style(f"[-{span.text}-]", colour, fg="red"))
        else:
            parts.append(style(f"{{+{span.text}+}}", colour, fg="green"))
    return "".join(parts)


def _record(step: Step) -> dict[str, object]:
    commit, clause = step.version.commit, step.clause
    return {
        "commit": commit.commit, "date": commit.date, "author": commit.author, "path": commit.path,
        "version": step.version.proposal.version if step.version.proposal else None,
        "number": clause.number if clause else None, "event": step.event,
        "text": list(clause.text) if clause else None,
        "spans": [{"op": span.op, "text": span.text} for span in step.spans],
        "fields": {name: {"old": old, "new": new} for name, old, new in step.fields},
    }
