"""`drafter log PROPOSAL`: one line per commit that changed a proposal, with what changed."""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING

import click

from drafter.cli.output import colour_wanted, echo, style

if TYPE_CHECKING:
    from drafter.history import Entry

KIND_COLOURS = {"added": "green", "reworded": "yellow", "removed": "red", "moved": "cyan", "split": "cyan",
                "merged": "cyan", "problem": "red"}


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

    colour = colour_wanted() and fmt == "text"
    # records, not entries: a redline holds two whole versions, a record a few strings
    records = [_record(entry, colour) for entry in history.log(proposal)][::-1]
    if fmt == "json":
        echo(json.dumps([{k: v for k, v in r.items() if k != "styled"} for r in records], ensure_ascii=False,
                        indent=2))
        return
    width = max(len(str(r["author"])) for r in records)
    for record in records:
        echo(_line(record, width, colour))


def _line(record: dict[str, object], width: int, colour: bool) -> str:
    commit, date, author = str(record["commit"]), str(record["date"]), str(record["author"])
    return (f"{style(commit[:7], colour, fg='yellow')} {date[:10]} "
            f"{author:<{width}}  {record['version'] or '?':<6} {record['styled']}")


def _record(entry: Entry, colour: bool) -> dict[str, object]:
    from drafter.history import LOG_KINDS, change_counts, summary, summary_parts

    commit, proposal = entry.version.commit, entry.version.proposal
    counts = change_counts(entry.redline) if entry.redline else Counter()
    styled = " ".join(text if what == "plain" else style(text, colour, fg=KIND_COLOURS.get(what))
                      for text, what in summary_parts(entry))
    return {
        "commit": commit.commit, "date": commit.date, "author": commit.author, "path": commit.path,
        "version": proposal.version if proposal else None, "summary": summary(entry),
        "counts": {kind: counts[kind] for kind, _ in LOG_KINDS if counts.get(kind)},
        "styled": styled,
    }
