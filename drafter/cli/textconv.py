"""`drafter textconv FILE` (hidden): a proposal as plain text for git's own diff.

git runs it on both sides of a change (`diff.drafter.textconv`, see `drafter git-setup`)
and diffs the results line by line, or word by word with `--word-diff`. So the form has
one line per paragraph, a header line per clause naming it by id (numbers would make
every later clause differ after one insertion), and every field a drafter edits: a
change that does not show here does not show in `git diff` at all.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click

from drafter.model import Clause, Proposal


@click.command(hidden=True)
@click.argument("path", metavar="FILE")
def textconv(path: str) -> None:
    """Print a proposal as one line per paragraph, for `git diff` (drafter textconv FILE)."""
    from drafter.errors import DrafterError
    from drafter.load import load_bytes, read_file

    data = read_file(path)
    try:
        text = "\n".join(text_form(load_bytes(data, path))) + "\n"
    except DrafterError:
        # git shows nothing for a side whose textconv fails: show the file as it is instead
        sys.stdout.buffer.write(data)
        return
    sys.stdout.buffer.write(text.encode("utf-8"))


def text_form(proposal: Proposal) -> Iterator[str]:
    """Lines of the text form: document fields, preamble, clauses, annexes."""
    yield f"# {proposal.title}"
    yield f"version {proposal.version} · {proposal.date} · {proposal.status}"
    if proposal.notice:
        yield proposal.notice
    if proposal.parties:
        yield "parties: " + ", ".join(f"{p.id} {p.name}" for p in proposal.parties)
    if proposal.authors:
        yield "authors: " + ", ".join(proposal.authors)
    for source in proposal.sources:
        yield f"source [{source.id}] {source.title}" + "".join(
            f" · {v}" for v in (source.publisher, source.date, source.url) if v)
    if proposal.preamble:
        yield ""
        yield from proposal.preamble
    for clause in proposal.clauses:
        yield from _clause(clause)
    for annex in proposal.annexes:
        yield ""
        yield f"# Annex {annex.letter} [{annex.id}] {annex.title}"
        yield from annex.text
        for clause in annex.clauses:
            yield from _clause(clause)


def _clause(clause: Clause) -> Iterator[str]:
    yield ""
    title = f" {clause.title}" if clause.title else ""
    yield f"{'  ' * clause.depth}[{clause.id}]{title} · {clause.status}"
    yield from clause.text
    for position in clause.positions:
        yield f"  {position.party} {position.stance}" + (f": {position.note}" if position.note else "")
    for alternative in clause.alternatives:
        yield f"  {alternative.label} ({alternative.party}): " + " ".join(alternative.text)
        if alternative.note:
            yield f"    note: {alternative.note}"
    for label, values in (("tags", clause.tags), ("sources", clause.sources)):
        if values:
            yield f"  {label}: " + ", ".join(values)
    for note in clause.notes:
        yield f"  note: {note}"
    for child in clause.clauses:
        yield from _clause(child)
