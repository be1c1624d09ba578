"""`drafter git-setup`: make git's own diff, log -p and show print clause-level changes.

It writes `.gitattributes` lines sending proposal files to a diff driver named `drafter`,
and that driver's settings into the repository's own config (.git/config):

    textconv   `drafter textconv FILE`: git diffs a clause-per-paragraph text form
               (git diff, log -p, show, --word-diff, blame all use it)
    command    `drafter git-diff` (with --external): git diff prints drafter's own
               clause diff; log -p and show need --ext-diff for it
"""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path

import click

from drafter.cli.output import echo
from drafter.errors import InputError
from drafter.model import Proposal

DRIVER = "diff.drafter"
CLAUSE_HEADER = r"^ *\[[a-z0-9-]+\].*$"
"""Hunk headers name the clause a change is in: the text form's `[id] Title · status` line."""


@click.command("git-setup")
@click.argument("folder", default="proposals", metavar="[FOLDER]")
@click.option("--external", is_flag=True,
              help="Also make `git diff` run drafter's clause diff (git-diff) instead of a line diff.")
@click.option("--program", metavar="COMMAND", default=None,
              help="How git should call drafter. Default: `drafter` if it is on PATH, else this Python.")
def git_setup(folder: str, external: bool, program: str | None) -> None:
    """Make `git diff`, `git log -p` and `git show` print clause-level changes of proposals.

    Adds `FOLDER/**/*.yaml diff=drafter` (and *.yml) to .gitattributes at the repository's
    root, and the `drafter` diff driver to .git/config. Running it again changes nothing.

    \b
    Examples:
      drafter git-setup
      drafter git-setup drafts --external
      git log -p --word-diff proposals/ukraine-ceasefire-12-point.yaml
    """
    from drafter import git

    top = git.toplevel()
    added = add_attributes(top / ".gitattributes", attribute_lines(git.repo_path(folder, root_ok=True)))
    for line in added:
        echo(f".gitattributes: added {line}")
    command = program or default_program()
    settings = {f"{DRIVER}.textconv": f"{command} textconv", f"{DRIVER}.xfuncname": CLAUSE_HEADER}
    if external:
        settings[f"{DRIVER}.command"] = f"{command} git-diff"
    else:
        git.config_unset(f"{DRIVER}.command")
    for key, value in settings.items():
        git.config_set(key, value)
        echo(f"git config {key} {shlex.quote(value)}")


def attribute_lines(folder: str) -> list[str]:
    """The .gitattributes lines that send YAML files under `folder` (`.` = everywhere) to drafter."""
    if any(c.isspace() for c in folder) or any(c in folder for c in "*?[\\\"!#"):
        raise InputError(f"'{folder}': a folder for .gitattributes must not contain spaces or pattern characters")
    prefix = "" if folder == "." else f"{folder}/**/"
    return [f"{prefix}*.yaml diff=drafter", f"{prefix}*.yml diff=drafter"]


def add_attributes(path: Path, lines: list[str]) -> list[str]:
    """Append the `lines` that `path` lacks; return those added (none on a second run)."""
    from drafter.cli.output import write_atomic

    text = path.read_text(encoding="utf-8") if path.exists() else ""
    present = {line.strip() for line in text.splitlines()}
    missing = [line for line in lines if line not in present]
    if missing:
        if text and not text.endswith("\n"):
            text += "\n"
        write_atomic(path, text + "".join(f"{line}\n" for line in missing))
    return missing


def default_program() -> str:
    """`drafter` when the shell git runs finds it, else this interpreter running the package."""
    return "drafter" if shutil.which("drafter") else f"{shlex.quote(sys.executable)} -m drafter"


@click.command("git-diff", hidden=True)
@click.argument("args", nargs=-1)
def git_diff(args: tuple[str, ...]) -> None:
    """git's external diff for proposals: drafter git-diff PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE.

    Never fails: git stops a whole `git diff` when its external command does, so a side
    that does not load is shown as a plain line diff under a one-line notice.
    """
    if len(args) not in (7, 9):
        echo(f"* Unmerged path {args[0]}" if len(args) == 1 else "drafter git-diff: expected git's 7 arguments")
        return
    path, old_file, new_file = args[0], args[1], args[4]
    new_path = args[7] if len(args) == 9 else path
    echo(f"drafter diff a/{path} b/{new_path}")
    echo(clause_diff(old_file, new_file, path, new_path))


def clause_diff(old_file: str, new_file: str, old_name: str, new_name: str) -> str:
    """drafter's terminal redline of two files git hands over (`/dev/null` for a missing side)."""
    import os

    from drafter.cli.output import colour_wanted, painter
    from drafter.diff import diff_proposals
    from drafter.errors import DrafterError, InvalidProposal
    from drafter.load import load_bytes, read_file
    from drafter.render.redline import RedlineOptions, render_redline

    old_data, new_data = read_file(old_file), read_file(new_file)
    try:
        old = load_bytes(old_data, f"a/{old_name}") if old_data else None
        new = load_bytes(new_data, f"b/{new_name}") if new_data else None
    except DrafterError as error:
        why = error.message
        if isinstance(error, InvalidProposal) and error.problems:
            why = f"{error.problems[0].origin}: not a valid proposal ({why})"
        return f"drafter: {why}; showing a line diff\n" + _line_diff(old_data, new_data, old_name, new_name)
    old, new = old or _empty_like(new), new or _empty_like(old)
    colour = colour_wanted() or (os.environ.get("GIT_PAGER_IN_USE") == "true" and not os.environ.get("NO_COLOR"))
    shown = diff_proposals(old, new).select(0)  # changed clauses only, like a hunk
    return str(render_redline(shown, "term", RedlineOptions(paint=painter(colour)))).rstrip("\n")


def _empty_like(other: Proposal | None) -> Proposal:
    """The side of an added or deleted file: the same document with no clauses."""
    from dataclasses import replace
    from types import MappingProxyType

    if other is None:  # git never hands over two empty sides
        raise InputError("both sides are empty")
    return replace(other, preamble=(), clauses=(), annexes=(), index=MappingProxyType({}), origin="/dev/null")


def _line_diff(old: bytes, new: bytes, old_name: str, new_name: str) -> str:
    import difflib

    lines = difflib.unified_diff(old.decode("utf-8", "replace").splitlines(), new.decode("utf-8", "replace").splitlines(),
                                 f"a/{old_name}", f"b/{new_name}", lineterm="")
    return "\n".join(lines)
