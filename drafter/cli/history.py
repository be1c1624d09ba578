"""`drafter history PROPOSAL CLAUSE-ID`: one clause's wordings across commits, a clause blame.

Reads every committed version the way `drafter log` does (two git processes), then keeps
the commits where the clause appeared, changed its words, title or status, or went away.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import click

from drafter.cli.log import Version, load_versions
from drafter.cli.output import colour_wanted, echo, style
from drafter.diff.redline import Span
from drafter.errors import InputError
from drafter.model import Clause


@dataclass(frozen=True, slots=True)
class Step:
    """One version of the clause: the commit that made it and how it differs from the one before."""

    version: Version
    event: str
    """`added`, `reworded`, `changed` (title or status only), `removed` or `restored`."""
    clause: Clause | None
    """The clause as this commit left it; None when removed."""
    spans: tuple[Span, ...]
    """Word changes of the text since the previous step."""
    fields: tuple[tuple[str, str, str], ...]
    """(field, old, new) for title and status changes."""


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
    steps = list(clause_steps(load_versions(proposal), clause_id))
    if not steps:
        raise InputError(f"{proposal}: no committed version has a clause with id '{clause_id}'")
    if fmt == "json":
        echo(json.dumps([_record(step) for step in steps], ensure_ascii=False, indent=2))
        return
    colour = colour_wanted()
    for step in steps:
        for line in _lines(step, colour):
            echo(line)


def clause_steps(versions: Iterable[Version], clause_id: str) -> Iterator[Step]:
    """The versions where the clause first appears, changes or goes away."""
    from drafter.diff import word_spans

    previous: Clause | None = None
    seen = False
    for version in versions:
        if version.proposal is None:
            continue
        clause = version.proposal.index.get(clause_id)
        if clause is None:
            if previous is not None:
                yield Step(version, "removed", None, (), ())
            previous = None
            continue
        if previous is None:
            event = "restored" if seen else "added"
            yield Step(version, event, clause, (Span("insert", _text(clause)),), ())
        else:
            fields = _fields(previous, clause)
            if previous.text != clause.text or fields:
                spans = word_spans(_text(previous), _text(clause))
                yield Step(version, "reworded" if previous.text != clause.text else "changed", clause, spans, fields)
        previous, seen = clause, True


def _text(clause: Clause) -> str:
    return "\n".join(clause.text)


def _fields(old: Clause, new: Clause) -> tuple[tuple[str, str, str], ...]:
    pairs = (("title", old.title or "", new.title or ""), ("status", old.status, new.status))
    return tuple((name, a, b) for name, a, b in pairs if a != b)


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
        return _text(clause)
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
