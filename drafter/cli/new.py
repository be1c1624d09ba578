"""`drafter new`: write a valid skeleton proposal to start from."""

from __future__ import annotations

import datetime
from pathlib import Path

import click

from drafter.cli.output import echo, write_atomic
from drafter.errors import OutputError

SKELETON = """\
# yaml-language-server: $schema=https://drafter.invalid/schema/proposal-1.json
# A drafter proposal. Format: docs/format.md. Check it with: drafter validate {path}
drafter: 1
id: {id}
title: {title}
version: "0.1"
date: {date}
status: draft

parties:
  - id: A
    name: First party
  - id: B
    name: Second party

authors:
  - Drafting team

sources: []

preamble: |
  The Parties, determined to end hostilities, agree as follows.

clauses:
  - id: ceasefire
    title: Ceasefire
    text: |
      The Parties shall cease all hostilities from 00:00 on the day after signature.
    status: proposed
    tags: [ceasefire]
    positions:
      A: supports
      B: {{stance: reserves, note: Wants monitoring in place first.}}

  - id: monitoring
    title: Monitoring
    text: |
      An agreed monitoring mission shall verify compliance with [[ceasefire]].
    tags: [monitoring]
    notes: Who provides the mission is still open.
"""


@click.command()
@click.argument("proposal_id", metavar="ID")
@click.option("-o", "--output", "output", metavar="FILE", help="Where to write (default: proposals/ID.yaml).")
@click.option("--title", default=None, help="Title of the new proposal.")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def new(proposal_id: str, output: str | None, title: str | None, force: bool) -> None:
    """Write a skeleton proposal that validates, to edit from there.

    \b
    Examples:
      drafter new gaza-20-point --title "Gaza 20-point framework"
      drafter new test-draft -o /tmp/test-draft.yaml
    """
    from drafter.model import SLUG

    if not SLUG.fullmatch(proposal_id):
        raise click.BadParameter(f"'{proposal_id}' is not a slug (lower-case words joined by hyphens)",
                                 param_hint="ID")
    target = Path(output or f"proposals/{proposal_id}.yaml")
    if target.exists() and not force:
        raise OutputError(f"{target}: already exists; use --force to overwrite")
    text = SKELETON.format(id=proposal_id, path=target, date=datetime.date.today().isoformat(),
                           title=_yaml_text(title or proposal_id.replace("-", " ").capitalize()))
    write_atomic(target, text)
    echo(f"wrote {target}")


def _yaml_text(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
