"""`drafter import`: a text, Markdown or Word document -> a proposal YAML file."""

from __future__ import annotations

import sys

import click

from drafter.cli.options import one_line
from drafter.cli.output import echo, emit
from drafter.errors import InputError
from drafter.importers import FORMATS as IMPORT_FORMATS
from drafter.importers.paragraphs import Notice
from drafter.model import SLUG

MAX_INPUT = 64 * 1024 * 1024
"""Largest input read, text or .docx (the .docx reader also bounds what it unpacks)."""


@click.command("import")
@click.argument("source", metavar="FILE")
@click.option("-o", "--output", "output", metavar="FILE", default=None,
              help="Write the proposal to FILE instead of standard output.")
@click.option("--id", "proposal_id", metavar="ID", default=None, help="Proposal id (default: from the file name).")
@click.option("--title", default=None, callback=one_line(500), help="Proposal title (default: from the document).")
@click.option("--from", "fmt", type=click.Choice(list(IMPORT_FORMATS)), default=None,
              help="Read as this format (default: from the file name, or the content for -).")
@click.option("--date", "date", metavar="YYYY-MM-DD", default=None,
              help="The text's date (default: from the source, else 'undated').")
@click.option("--dry-run", is_flag=True, help="Print the outline found; write nothing.")
@click.option("--explain", is_flag=True,
              help="List every decision on standard error, each with the source line it came from.")
def import_command(source: str, output: str | None, proposal_id: str | None, title: str | None,
                   fmt: str | None, date: str | None, dry_run: bool, explain: bool) -> None:
    """Import a plain-text, Markdown or Word (.docx) document as a proposal.

    Finds the metadata (a header of Title/Date/Party/Source/Status lines in English,
    Ukrainian or Russian, front matter, Word's properties, a title line), the numbered
    points (1. 1) (1) 1- 1.1 Point 1 Article 1 Art. 1 § 1 I. (a) (i), bullets, Пункт 1,
    Стаття 1, Статья 1) with the source's own numbers, their nesting, headings that group
    them, titles and the preamble. Editorial notes are kept as notes; a cut-off text is
    recorded as a gap. Nothing is invented: without a date the file says 'undated'.
    Guesses and what was not understood are listed on standard error. FILE `-` reads
    standard input.

    \b
    Examples:
      drafter import leaked-list.txt -o proposals/leaked.yaml
      drafter import delegation-draft.docx --id eu-draft --title "EU draft" -o proposals/eu-draft.yaml
      drafter import counter-proposal.txt --date 2025-11-23 --explain -o proposals/counter.yaml
      pbpaste | drafter import - --from md --dry-run
    """
    from drafter.importers import import_bytes

    if proposal_id is not None and not SLUG.fullmatch(proposal_id):
        raise click.BadParameter(f"'{proposal_id}' is not a slug (lower-case words joined by hyphens)",
                                 param_hint="--id")
    if date is not None and not _is_date(date):
        raise click.BadParameter(f"'{date}' is not a date written YYYY-MM-DD", param_hint="--date")
    imported = import_bytes(_read(source), source, fmt=fmt, proposal_id=proposal_id, title=title, date=date)
    for notice in imported.decisions if explain else imported.notices:
        echo(_explained(notice, source) if explain else notice.located(source), err=True)
    if dry_run:
        from drafter.render.outline import SummaryShape, outline

        for line in outline(imported.proposal, SummaryShape()):
            echo(line)
        return
    emit(imported.yaml, output, binary=False)


def _is_date(text: str) -> bool:
    import datetime

    try:
        return datetime.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def _explained(notice: Notice, source: str) -> str:
    """`FILE:LINE: decision` and, under it, the source line it came from."""
    line = notice.located(source)
    return f"{line}\n    | {notice.source}" if notice.source else line


def _read(source: str) -> bytes:
    """The bytes of FILE (or standard input for `-`), at most MAX_INPUT of them."""
    if source == "-":
        data = sys.stdin.buffer.read(MAX_INPUT + 1)
    else:
        from drafter.load import read_file

        data = read_file(source)
    if len(data) > MAX_INPUT:
        raise InputError(f"{source}: larger than {MAX_INPUT // 1024 // 1024} MB; not a proposal")
    return data
