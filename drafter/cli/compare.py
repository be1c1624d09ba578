"""`drafter compare A B`: a concordance of two parties' texts that share no clause ids."""

from __future__ import annotations

import click

from drafter.cli.diff import comparison_options, finish, load_for_comparison


@click.command()
@click.argument("a", metavar="A")
@click.argument("b", metavar="B")
@comparison_options
def compare(a: str, b: str, format_name: str, output: str | None, ignore_renumbering: bool,
            context: int | None, only: str | None, author: str, style: str, form: str | None) -> None:
    """Align two texts by similarity only: an original and a counter-proposal, two drafts.

    Prints a concordance: A's point, B's point, kind and similarity, one row per pair
    or lone point. Exit status: 0 if the texts are the same, 1 if they differ, 2 on error.

    \b
    Examples:
      drafter compare proposals/us-battle-line-position.yaml proposals/russia-alaska-position.yaml
      drafter compare original.yaml counter.yaml --format md
      drafter compare a.yaml b.yaml --format html -o concordance.html
    """
    from drafter.diff import compare_proposals

    redline = compare_proposals(load_for_comparison(a), load_for_comparison(b))
    finish(redline, format_name, output, ignore_renumbering, context, only, author, style, form)
