"""`drafter new`: write a valid skeleton proposal to start from."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import click

from drafter.cli.options import one_line
from drafter.cli.output import echo, write_atomic
from drafter.errors import OutputError

SCHEMA_NAME = "proposal.schema.json"
"""Written beside a new proposal, so an editor's YAML language server finds it by a relative path."""

SKELETON = """\
# yaml-language-server: $schema={schema}
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
@click.option("--title", default=None, callback=one_line(500), help="Title of the new proposal.")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def new(proposal_id: str, output: str | None, title: str | None, force: bool) -> None:
    """Write a skeleton proposal that validates, to edit from there.

    The JSON Schema is written beside it as proposal.schema.json (unless one is there
    already), and the proposal's first line points editors to it.

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
    if target.name == SCHEMA_NAME:
        raise click.BadParameter(f"{SCHEMA_NAME} is the name of the schema written beside the proposal",
                                 param_hint="-o")
    if os.path.lexists(target) and not force:  # os.path: a name too long to exist is not an error here
        raise OutputError(f"{target}: already exists; use --force to overwrite")
    text = SKELETON.format(id=proposal_id, path=target, date=datetime.date.today().isoformat(),
                           schema=f"./{SCHEMA_NAME}", title=_yaml_text(title or proposal_id.replace("-", " ").capitalize()))
    write_atomic(target, text)  # first: if the proposal cannot be written, nothing is
    echo(f"wrote {target}{_write_schema(target.parent / SCHEMA_NAME)}")


def _write_schema(path: Path) -> str:
    """Put the shipped schema at `path` unless a file is there; what was done, for the message."""
    from drafter.load.schema import schema_text

    if not os.path.lexists(path):
        write_atomic(path, schema_text())
        return f" and {path}"
    try:
        if path.read_text(encoding="utf-8") == schema_text():
            return ""
    except (OSError, UnicodeDecodeError):
        pass
    return f" (kept {path}, which differs from this drafter's schema: `drafter schema -o {path}` updates it)"


def _yaml_text(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
