"""`drafter diff OLD NEW`: what changed between two versions of a proposal, clause by clause."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import click

from drafter.cli.options import language_tags, load_proposal_arg, one_line, output_option
from drafter.cli.output import colour_wanted, echo, emit, painter
from drafter.errors import EXIT_ERROR, InvalidProposal
from drafter.model import Proposal
from drafter.render.amendments import FORMS, STYLES, AmendmentOptions, form_for, render_amendments
from drafter.render.redline import FORMATS, RedlineOptions, render_redline
from drafter.render.words import words_for


def load_for_comparison(spec: str) -> Proposal:
    """A proposal to compare; a broken one exits 2, since 1 means "they differ" here."""
    try:
        return load_proposal_arg(spec)
    except InvalidProposal as error:
        error.exit_code = EXIT_ERROR
        raise


SHARED_IDS = 0.5
"""Under this share of clause ids in common, two files look like different parties' texts."""


def parties_hint(old: Proposal, new: Proposal) -> str | None:
    """A note when OLD and NEW share few clause ids: `compare` is the command for such texts."""
    old_ids, new_ids = {c.id for c in old.walk()}, {c.id for c in new.walk()}
    smaller = min(len(old_ids), len(new_ids))
    shared = len(old_ids & new_ids)
    if smaller == 0 or shared >= SHARED_IDS * smaller:
        return None
    return (f"drafter: note: the two files share {shared} of {smaller} clause ids, so they look like texts of "
            f"different parties, not versions of one text; `drafter compare {old.origin} {new.origin}` aligns "
            "them point by point by wording and meaning")


def comparison_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """--format, -o, --ignore-renumbering, --context, --only: shared with `drafter compare`."""
    decorators = [
        click.option("-f", "--format", "format_name", type=click.Choice([*FORMATS, "amendments"]), default="term",
                     show_default=True, help=f"Output format: {FORMATS.help()}; amendments: numbered "
                     "instructions turning OLD into NEW (see --style, --as; docs/amendments.md)."),
        output_option(),
        click.option("--ignore-renumbering", is_flag=True,
                     help="Count clauses whose only change is their number as unchanged."),
        click.option("--context", "context", type=click.IntRange(min=0), default=None, metavar="N",
                     help="Show only changes, with N unchanged clauses around each."),
        click.option("--only", "only", type=click.Choice(["changed"]), default=None,
                     help="`--only changed`: leave unchanged clauses out (same as --context 0)."),
        click.option("--author", default="drafter", show_default=True, callback=one_line(255),  # Word's limit
                     help="Author of the tracked changes in a Word redline (--format docx)."),
        click.option("--style", type=click.Choice(list(STYLES)), default="plain", show_default=True,
                     help="Wording of --format amendments: " + "; ".join(
                         f"{s.name}: {s.description}" for s in STYLES.values()) + "."),
        click.option("--as", "form", type=click.Choice(list(FORMS)), default=None,
                     help=f"Form of --format amendments: {FORMS.help()}. Default: from the -o file's "
                     "extension, else text."),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)
    return function


def finish(redline: Any, format_name: str, output: str | None, ignore_renumbering: bool,
           context: int | None, only: str | None, author: str = "drafter", style: str = "plain",
           form: str | None = None) -> None:
    """Filter, render and write a comparison, then exit 0 if the documents are the same, else 1."""
    if format_name == "amendments":
        write_amendments(redline, style, form, output)
        raise click.exceptions.Exit(0 if redline.same else 1)
    if ignore_renumbering:
        redline = redline.without_renumbering()
    if only == "changed" and context is None:
        context = 0
    shown = redline.select(context)
    to_terminal = output in (None, "-")
    options = RedlineOptions(paint=painter(to_terminal and colour_wanted()), author=author)
    emit(render_redline(shown, format_name, options), output, binary=FORMATS[format_name].binary)
    raise click.exceptions.Exit(0 if redline.same else 1)


def write_amendments(redline: Any, style: str, form: str | None, output: str | None) -> None:
    """The instructions turning the redline's old text into its new one, in a style and form."""
    from drafter.diff.instructions import amendments

    chosen = form_for(output, form)
    instructions = amendments(redline, STYLES[style].policy, style)
    language = redline.new.language or redline.old.language
    options = AmendmentOptions(form=chosen.name, language=language, resolve_old=redline.old.resolve,
                               resolve_new=redline.new.resolve)
    words = words_for(language)
    if words.catalogued not in (None, "en"):  # references in quoted words print in the text's language
        from drafter.render.references import resolve

        options = replace(options, resolve_old=lambda text: resolve(redline.old, words, text),
                          resolve_new=lambda text: resolve(redline.new, words, text))
    emit(render_amendments(instructions, chosen.name, options), output, binary=chosen.binary)


@click.command()
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW", required=False)
@click.option("--rev", metavar="A..B", help="Compare the one file OLD between git revisions A and B.")
@click.option("--lang", "languages", metavar="TAG", callback=language_tags,
              help="Compare the versions in this language (a Word redline in Ukrainian: --lang uk --format "
                   "docx). Default: the file's own language, with every other language's changes beside it.")
@comparison_options
def diff(old: str, new: str | None, rev: str | None, languages: tuple[str, ...], format_name: str,
         output: str | None, ignore_renumbering: bool, context: int | None, only: str | None, author: str,
         style: str, form: str | None) -> None:
    """Compare two versions of a proposal clause by clause.

    Clauses are matched by id, then by similarity; each is reported as reworded (with
    word-level changes), added, removed, moved, renumbered, split or merged, with
    substantive edits (numbers, dates, distances, durations, parties, shall/may) flagged.
    Exit status: 0 if the documents are the same, 1 if they differ, 2 on error.

    \b
    Examples:
      drafter diff proposals/ukraine-ceasefire-12-point-v0.2.yaml proposals/ukraine-ceasefire-12-point.yaml
      drafter diff old.yaml new.yaml --only changed --ignore-renumbering
      drafter diff HEAD~2:proposals/x.yaml proposals/x.yaml
      drafter diff --rev v0.2..HEAD proposals/x.yaml
      drafter diff old.yaml new.yaml --format html -o diff.html
      drafter diff old.yaml new.yaml --format docx -o redline.docx --author "Drafting team"
      drafter diff old.yaml new.yaml --lang uk --format docx -o redline-uk.docx
      drafter diff old.yaml new.yaml --format json | jq '.changes[] | select(.flags != [])'
      drafter diff old.yaml new.yaml --format amendments --style uk
      drafter diff old.yaml new.yaml --format amendments -o amendments.docx
      drafter diff old.yaml new.yaml --format amendments --as json > amendments.json
    """
    from drafter.diff import diff_proposals

    if rev is not None or new is None:  # `--rev A..B PATH` means `A:PATH B:PATH` (drafter.git)
        from drafter.git import range_specs

        if (rev is None) == (new is None):
            raise click.UsageError("give OLD and NEW, or --rev A..B and one PATH")
        old, new = range_specs(rev, old)  # type: ignore[arg-type]
    if len(languages) > 1:
        raise click.BadParameter("diff compares one language at a time (the others' changes come with it)",
                                 param_hint="--lang")
    old_text, new_text = load_for_comparison(old), load_for_comparison(new)
    if languages:
        from drafter.languages import in_language

        old_text, new_text = in_language(old_text, languages[0]), in_language(new_text, languages[0])
    hint = parties_hint(old_text, new_text)
    if hint:
        echo(hint, err=True)
    redline = diff_proposals(old_text, new_text)
    finish(redline, format_name, output, ignore_renumbering, context, only, author, style, form)
