"""`drafter render`: proposals to Word, Markdown or HTML through templates."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from drafter.cli.options import language_tags, load_proposal_arg, output_option
from drafter.cli.output import echo, emit
from drafter.model import Proposal
from drafter.render import FORMATS, VIEWS, RenderOptions
from drafter.render import render as render_proposal
from drafter.render.view import document_view

DEFAULT_OUT_DIR = Path("build")


@click.command(epilog=None)
@click.argument("proposals", nargs=-1, required=True, metavar="PROPOSAL...")
@click.option("--to", "to", type=click.Choice(list(FORMATS)), required=True, help=f"Output format ({FORMATS.help()}).")
@output_option("Write to FILE ('-' for standard output); one proposal only. Default: build/NAME.EXT.")
@click.option("--out-dir", metavar="DIR", default=None, help="Folder for the outputs (default build/).")
@click.option("--template", metavar="PATH", default=None,
              help="Your own template: a .md.j2 / .html.j2 / .txt.j2 file, or a reference .docx for --to docx.")
@click.option("--only", type=click.Choice(["agreed"]), default=None, help="Render the agreed text alone.")
@click.option("--with-notes", is_flag=True, help="Add drafters' notes (Word comments, footnotes, asides).")
@click.option("--view", type=click.Choice(VIEWS), default="document", show_default=True,
              help="The text, or a clause-by-party matrix of positions.")
@click.option("--clean", is_flag=True,
              help="A copy to circulate: no status marks, ids, notes or positions, only the text.")
@click.option("--lang", "languages", metavar="TAG[,TAG...]", callback=language_tags,
              help="The language version to render (--lang uk), or several side by side, one column each "
                   "(--lang en,uk; md, html, docx). Default: the file's own language.")
def render(proposals: tuple[str, ...], to: str, output: str | None, out_dir: str | None,
           template: str | None, only: str | None, with_notes: bool, view: str, clean: bool,
           languages: tuple[str, ...]) -> None:
    """Render proposals (files or folders of .yaml) to Word, Markdown, HTML or plain text.

    Output goes to build/NAME.EXT unless -o or --out-dir says otherwise; files are
    written whole or not at all. Word is never written to a terminal.

    \b
    Examples:
      drafter render proposals/ukraine-ceasefire-12-point.yaml --to docx
      drafter render proposals/ --to html --out-dir site/
      drafter render proposals/ukraine-ceasefire-12-point.yaml --to md -o -
      drafter render proposals/ukraine-ceasefire-12-point.yaml --to txt -o - | mail -s "12 points" desk
      drafter render proposals/ukraine-ceasefire-12-point.yaml --to docx --only agreed
      drafter render proposals/ukraine-ceasefire-12-point.yaml --to docx --clean
      drafter render proposals/ukraine-ceasefire-12-point.yaml --to md --view positions -o -
      drafter render proposals/x.yaml --to md --template my/proposal.md.j2 --with-notes
      drafter render proposals/ukraine-ceasefire-12-point.yaml --to docx --lang uk
      drafter render proposals/ukraine-ceasefire-12-point.yaml --to docx --lang en,uk
    """
    specs = list(_expand(proposals))
    if output is not None and (len(specs) != 1 or out_dir is not None):
        raise click.UsageError("-o FILE takes one proposal and no --out-dir; use --out-dir for several")
    if clean and (with_notes or view != "document"):
        raise click.UsageError("--clean leaves notes and positions out; drop --with-notes and --view positions")
    options = RenderOptions(only=only, with_notes=with_notes, view=view,
                            template=_template(template, to), clean=clean, languages=languages)
    fmt = FORMATS[to]
    with _progress(specs) as items:
        for spec in items:
            proposal = load_proposal_arg(spec)
            data = render_proposal(proposal, to, options)
            _warn(proposal, options)
            target = output if output is not None else _default_target(spec, out_dir, fmt.extension, view,
                                                                       languages)
            written = emit(data, target, binary=fmt.binary)
            if written is not None and len(specs) == 1:
                echo(f"wrote {written}", err=True)


def _warn(proposal: Proposal, options: RenderOptions) -> None:
    """What `--only` left a gap in: references from kept clauses to clauses left out."""
    if options.only and options.view == "document":
        for warning in document_view(proposal, options).warnings:
            echo(f"warning: {warning}", err=True)


def _expand(specs: Iterable[str]) -> Iterator[str]:
    """Each argument, a folder standing for the .yaml files directly in it."""
    for spec in specs:
        folder = Path(spec)
        if os.path.isdir(folder):  # os.path: a name too long is no folder, not an error
            found = sorted(folder.glob("*.yaml"))
            if not found:
                raise click.BadParameter(f"{spec}: no .yaml proposals in this folder", param_hint="PROPOSAL")
            yield from (str(path) for path in found)
        else:
            yield spec


def _template(template: str | None, to: str) -> Path | None:
    if template is None:
        return None
    path = Path(template)
    wanted = FORMATS[to].template
    if wanted is None or not path.name.endswith(wanted):
        needs = f"needs a *{wanted} template" if wanted else "takes no template"
        raise click.BadParameter(f"{template}: --to {to} {needs}", param_hint="--template")
    if not os.path.isfile(path):
        raise click.BadParameter(f"{template}: no such file", param_hint="--template")
    return path


def _default_target(spec: str, out_dir: str | None, extension: str, view: str,
                    languages: tuple[str, ...] = ()) -> Path:
    """build/NAME.EXT; NAME-positions for the positions view, NAME.uk or NAME.en-uk with --lang."""
    stem = Path(spec.rsplit(":", 1)[-1]).stem + ("-positions" if view == "positions" else "")
    stem += f".{'-'.join(languages)}" if languages else ""
    return (Path(out_dir) if out_dir else DEFAULT_OUT_DIR) / f"{stem}{extension}"


@contextmanager
def _progress(specs: list[str]) -> Iterator[Iterable[str]]:
    """A progress bar for several files, on a terminal only (never in logs or pipes)."""
    if len(specs) > 1 and sys.stderr.isatty():
        with click.progressbar(specs, label="Rendering", file=sys.stderr, item_show_func=lambda s: s) as bar:
            yield bar
    else:
        yield specs
