"""`drafter compare A B [C ...]`: a concordance of several parties' texts, point by point."""

from __future__ import annotations

from pathlib import PurePath
from typing import TYPE_CHECKING

import click

from drafter.cli.options import output_option
from drafter.cli.output import colour_wanted, emit, painter
from drafter.errors import EXIT_ERROR, InvalidProposal
from drafter.model import Proposal

if TYPE_CHECKING:
    from drafter.diff.concordance import Concordance
from drafter.render.amendments import FORMS, STYLES
from drafter.render.concordance import FORMATS, RedlineOptions, render_concordance

IMPORTED = (".txt", ".text", ".md", ".markdown", ".docx")
"""Files compared by importing them on the fly, as `drafter import` would."""


@click.command()
@click.argument("texts", metavar="A B [C ...]", nargs=-1, required=True)
@click.option("-f", "--format", "format_name", type=click.Choice([*FORMATS, "amendments"]), default="term",
              show_default=True, help=f"Output format: {FORMATS.help()}; amendments (two texts): numbered "
              "instructions turning A into B (see --style, --as; docs/amendments.md).")
@output_option()
@click.option("--only", "only", type=click.Choice(["changed"]), default=None,
              help="`--only changed`: leave out rows with the same wording in every text.")
@click.option("--lexical", is_flag=True,
              help="Compare words only: leave out the sentence-embedding model (faster, no paraphrases).")
@click.option("--threshold", type=click.FloatRange(0, 1), default=0.5, show_default=True,
              help="Rows whose confidence is under this are marked uncertain.")
@click.option("--pairs", "pairs_file", metavar="FILE", default=None,
              help="Respect the pins, forbidden pairs and dropped points in FILE (see --write-pairs).")
@click.option("--write-pairs", "write_pairs", metavar="FILE", default=None,
              help="Also save the alignment to FILE, a small YAML file to correct and give back with --pairs.")
@click.option("--style", type=click.Choice(list(STYLES)), default="plain", show_default=True,
              help="Wording of --format amendments: " + "; ".join(
                  f"{s.name}: {s.description}" for s in STYLES.values()) + ".")
@click.option("--as", "form", type=click.Choice(list(FORMS)), default=None,
              help=f"Form of --format amendments: {FORMS.help()}. Default: from the -o file's extension, else text.")
def compare(texts: tuple[str, ...], format_name: str, output: str | None, only: str | None, lexical: bool,
            threshold: float, pairs_file: str | None, write_pairs: str | None, style: str, form: str | None) -> None:
    """Align two or more texts point by point: an original and the counter-proposals to it.

    Give the texts in reading order, the original first. Each row of the table is one
    provision; each column one text; a cell holds the text's clause(s) on that provision
    (several when a point was split, none when the text does not say it). Rows are
    matched, reworded, split, merged, only in some texts, or uncertain (a guess under
    --threshold). Points are paired by their words and, with the bundled sentence-embedding
    model, by meaning; order counts. Texts may be proposals (.yaml) or documents
    (.txt, .md, .docx), imported on the fly as `drafter import` would.
    Exit status: 0 if the texts say the same, 1 if they differ, 2 on error.

    \b
    Examples:
      drafter compare us-plan.yaml e3-counter.yaml
      drafter compare us-plan.txt e3-counter.txt geneva.txt --format html -o table.html
      drafter compare a.yaml b.yaml --format docx -o comparative-table.docx
      drafter compare a.yaml b.yaml --write-pairs pairs.yaml   # then edit pairs.yaml
      drafter compare a.yaml b.yaml --pairs pairs.yaml --only changed
      drafter compare a.yaml b.yaml --format json | jq '.rows[] | select(.kind == "uncertain")'
      drafter compare us-plan.yaml ru-plan.yaml --format amendments -o us-to-ru.txt
    """
    from drafter.diff.concord import build_concordance

    if len(texts) < 2:
        raise click.UsageError("give at least two texts to compare (for one proposal, use `drafter show`)")
    if format_name == "amendments" and len(texts) != 2:
        raise click.UsageError("--format amendments turns one text into another: give exactly two texts")
    proposals = [load_text(spec) for spec in texts]
    pins = None
    if pairs_file is not None:
        from drafter.diff.pins import Pins
        from drafter.load.pairs import load_pairs

        pins = Pins(*load_pairs(pairs_file, proposals))
    concordance = build_concordance(proposals, semantic=not lexical, threshold=threshold, pins=pins)
    if write_pairs is not None:
        from drafter.cli.output import write_atomic
        from drafter.render.concordance.pairs import render as pairs_yaml

        write_atomic(write_pairs, pairs_yaml(concordance))
    if format_name == "amendments":
        _amendments(concordance, style, form, output)
    options = RedlineOptions(paint=painter(output in (None, "-") and colour_wanted()))
    rendered = render_concordance(concordance.select(only == "changed"), format_name, options)
    emit(rendered, output, binary=FORMATS[format_name].binary)
    raise click.exceptions.Exit(0 if concordance.same else 1)


def _amendments(concordance: Concordance, style: str, form: str | None, output: str | None) -> None:
    """Instructions turning the first text into the second, read off the concordance's rows
    (uncertain rows are not taken as pairs: drafter.diff.parties)."""
    from drafter.cli.diff import write_amendments
    from drafter.diff.parties import parties_redline

    redline = parties_redline(concordance)
    write_amendments(redline, style, form, output)
    raise click.exceptions.Exit(0 if redline.same else 1)


def load_text(spec: str) -> Proposal:
    """A proposal file, or a document imported on the fly; a broken one exits 2 (1 means "they differ")."""
    from drafter.cli.options import load_proposal_arg

    try:
        if PurePath(spec).suffix.lower() in IMPORTED:
            return _imported(spec)
        return load_proposal_arg(spec)
    except InvalidProposal as error:
        error.exit_code = EXIT_ERROR
        raise


def _imported(spec: str) -> Proposal:
    from drafter.cli.options import read_proposal_source
    from drafter.importers import import_bytes

    data, origin = read_proposal_source(spec)
    return import_bytes(data, origin).proposal
