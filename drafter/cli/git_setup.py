"""`drafter git-setup`, and `drafter git-diff`, the external diff git calls (hidden)."""

from __future__ import annotations

import shlex

import click

from drafter.cli.output import echo


@click.command("git-setup")
@click.argument("folder", default="proposals", metavar="[FOLDER]")
@click.option("--external", is_flag=True,
              help="Also make `git diff` run drafter's clause diff (git-diff) instead of a line diff.")
@click.option("--program", metavar="COMMAND", default=None,
              help="How git should call drafter. Default: this Python by its absolute path, `-m drafter`.")
def git_setup(folder: str, external: bool, program: str | None) -> None:
    """Make `git diff`, `git log -p` and `git show` print clause-level changes of proposals.

    Adds `FOLDER/**/*.yaml diff=drafter` (and *.yml) to .gitattributes at the repository's
    root, and the `drafter` diff driver to .git/config. Running it again changes nothing.
    git calls drafter through this Python's absolute path, so any shell finds it; if that
    Python or drafter goes away, git shows the plain file (or a line diff) instead of failing.

    \b
    Examples:
      drafter git-setup
      drafter git-setup drafts --external
      git log -p --word-diff proposals/ukraine-ceasefire-12-point.yaml
    """
    from drafter.cli.output import write_atomic
    from drafter.history.setup import git_setup as setup

    done = setup(folder, external, program, write_atomic)
    for line in done.added:
        echo(f".gitattributes: added {line}")
    for key, value in done.settings:
        echo(f"git config {key} {shlex.quote(value)}")
    echo(f"git will run: {done.program} textconv FILE"
         + (f" (and {done.program} git-diff for git diff)" if external else ""))
    echo("  from any shell; should that stop working, git shows the plain file"
         + (" or a line diff" if external else "") + " (run drafter git-setup again to repair)")


@click.command("git-diff", hidden=True)
@click.argument("args", nargs=-1)
def git_diff(args: tuple[str, ...]) -> None:
    """git's external diff for proposals: drafter git-diff PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE.

    Never fails: git stops a whole `git diff` when its external command does, so a side
    that does not load is shown as a plain line diff under a one-line notice.
    """
    import os

    from drafter.cli.output import colour_wanted, painter
    from drafter.history.external import external_diff
    from drafter.render.redline import RedlineOptions, render_redline

    if len(args) not in (7, 9):
        echo(f"* Unmerged path {args[0]}" if len(args) == 1 else "drafter git-diff: expected git's 7 arguments")
        return
    path, old_file, new_file = args[0], args[1], args[4]
    new_path = args[7] if len(args) == 9 else path
    echo(f"drafter diff a/{path} b/{new_path}")
    shown = external_diff(old_file, new_file, path, new_path)
    if isinstance(shown, str):
        echo(shown)
        return
    colour = colour_wanted() or (os.environ.get("GIT_PAGER_IN_USE") == "true" and not os.environ.get("NO_COLOR"))
    echo(str(render_redline(shown, "term", RedlineOptions(paint=painter(colour)))).rstrip("\n"))
