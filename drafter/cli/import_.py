"""`drafter import`: a text, Markdown or Word document -> a proposal YAML file."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

import click

from drafter.cli.options import one_line
from drafter.cli.output import echo, emit
from drafter.errors import InputError
from drafter.importers import FORMATS as IMPORT_FORMATS
from drafter.importers.paragraphs import Notice
from drafter.model import LANGUAGE_TAG, SLUG, Proposal

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
@click.option("--translation-of", "original", metavar="PROPOSAL", default=None,
              help="FILE is a translation of PROPOSAL: write PROPOSAL with FILE's text beside each clause as "
                   "--lang (PROPOSAL must declare its languages).")
@click.option("--lang", "lang", metavar="TAG", default=None,
              help="With --translation-of: the language of FILE, a BCP 47 tag (uk, ru, fr, ar, he, ...).")
@click.option("--authentic", is_flag=True,
              help="With --translation-of: the translation is an authentic version, not one for reading only.")
def import_command(source: str, output: str | None, proposal_id: str | None, title: str | None,
                   fmt: str | None, date: str | None, dry_run: bool, explain: bool, original: str | None,
                   lang: str | None, authentic: bool) -> None:
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
      drafter import plan-uk.docx --translation-of proposals/plan.yaml --lang uk -o proposals/plan.yaml

    With --translation-of, FILE's points are paired with PROPOSAL's clauses by their
    numbering, then by their figures, length and meaning across languages; the pairs a
    person should check (numbering differs, figures differ, a rival almost as close) and
    the clauses left without a translation are listed on standard error. --dry-run prints
    every pair instead of writing.
    """
    from drafter.importers import import_bytes

    if proposal_id is not None and not SLUG.fullmatch(proposal_id):
        raise click.BadParameter(f"'{proposal_id}' is not a slug (lower-case words joined by hyphens)",
                                 param_hint="--id")
    if date is not None and not _is_date(date):
        raise click.BadParameter(f"'{date}' is not a date written YYYY-MM-DD", param_hint="--date")
    if (original is None) != (lang is None) or (authentic and original is None):
        raise click.UsageError("--translation-of PROPOSAL and --lang TAG go together (and --authentic with them)")
    if lang is not None and not LANGUAGE_TAG.fullmatch(lang):
        raise click.BadParameter(f"'{lang}' is not a language tag such as uk, ru, fr, pt-BR", param_hint="--lang")
    imported = import_bytes(_read(source), source, fmt=fmt, proposal_id=proposal_id, title=title, date=date)
    # a translation takes its date, numbers and metadata from the original: the importer's notices
    # on those would mislead, so they come with --explain only
    for notice in imported.decisions if explain else () if original else imported.notices:
        echo(_explained(notice, source) if explain else notice.located(source), err=True)
    if original is not None and lang is not None:
        _translation(original, lang, authentic, imported.proposal, source, output, dry_run)
        return
    if dry_run:
        from drafter.render.outline import SummaryShape, outline

        for line in outline(imported.proposal, SummaryShape()):
            echo(line)
        return
    emit(imported.yaml, output, binary=False)


def _translation(spec: str, lang: str, authentic: bool, translation: Proposal, source: str, output: str | None,
                 dry_run: bool) -> None:
    """PROPOSAL (`spec`) with the imported `translation` beside its clauses, written to `output`."""
    from drafter.diff.bilingual import align_translation
    from drafter.importers.translation import add_translation
    from drafter.load import load_bytes, read_file
    from drafter.load.yaml_source import decode

    text = decode(read_file(spec), spec)
    original = load_bytes(text.encode("utf-8"), spec)
    alignment = align_translation(original, translation)
    added = add_translation(text, spec, translation, {p.original: p.translation for p in alignment.pairs}, lang,
                            authentic)
    report = alignment_lines(alignment, original, translation, added.lines, spec, source, lang, every=dry_run)
    if dry_run:
        for line in report:
            echo(line)
        return
    for line in [*report, *(f"{spec}: {notice}" for notice in added.notices)]:
        echo(line, err=True)
    emit(added.text, output, binary=False)


def alignment_lines(alignment: Any, original: Proposal, translation: Proposal, lines: Mapping[str, int], spec: str,
                    source: str, lang: str, every: bool = False) -> list[str]:
    """One line per pair a person should check (every pair with `every`), per clause left untranslated,
    and per translated point that renders none."""
    out = []
    for pair in alignment.pairs:
        if pair.uncertain or every:
            mine, theirs = original.index[pair.original], translation.index[pair.translation]
            why = f": uncertain ({'; '.join(pair.reasons)})" if pair.uncertain else ""
            out.append(f"{spec}:{lines.get(pair.original, 0)}: point {mine.number or mine.id} ← {lang} "
                       f"{theirs.number or '(unnumbered)'} “{_words(theirs)}” {pair.score:.2f}{why}")
    for ident in alignment.untranslated:
        clause = original.index[ident]
        out.append(f"{spec}:{lines.get(ident, 0)}: point {clause.number or ident}: no {lang} text found for it")
    for ident in alignment.unused:
        clause = translation.index[ident]
        out.append(f"{source}: {lang} {clause.number or '(unnumbered)'} “{_words(clause)}”: renders no point of "
                   f"{spec}; left out")
    if not alignment.semantic:
        out.append(f"{source}: paired without the sentence-embedding model (numbering, figures and words only)")
    return out


def _words(clause: Any, limit: int = 6) -> str:
    words = " ".join(filter(None, (clause.title, *clause.text))).split()
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")


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
