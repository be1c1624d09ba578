"""`git-setup`: git's own diff, log -p and show print clause-level changes of proposals.

Lines in `.gitattributes` send proposal files to a diff driver named `drafter`, and that
driver's settings go into the repository's own config (.git/config):

    textconv   `drafter textconv FILE`: git diffs a clause-per-paragraph text form
               (git diff, log -p, show, --word-diff, blame all use it)
    command    `drafter git-diff` (with `external`): git diff prints drafter's own
               clause diff; log -p and show need --ext-diff for it

git runs both through `sh` from whatever shell and PATH the user has, so drafter is named
by the absolute path of the Python running it (`/path/to/python -m drafter`), not by a
`drafter` that PATH may not find; and each command falls back to what git would show
without drafter (the file as it is, a line diff) when that Python or drafter is gone, so
a removed virtual environment never breaks `git show` or `git diff`.
"""

from __future__ import annotations

import os
import shlex
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from drafter import git
from drafter.errors import InputError

DRIVER = "diff.drafter"
CLAUSE_HEADER = r"^ *\[[a-z0-9-]+\].*$"
"""Hunk headers name the clause a change is in: the text form's `[id] Title · status` line."""


@dataclass(frozen=True, slots=True)
class Setup:
    """What `git_setup` changed."""

    added: tuple[str, ...]
    """The lines added to .gitattributes (none when they were all there)."""
    settings: tuple[tuple[str, str], ...]
    """(key, value) of each git config setting written."""
    program: str
    """How git calls drafter: `/path/to/python -m drafter` unless told otherwise."""


def git_setup(folder: str, external: bool, program: str | None, write: Callable[[Path, str], object]) -> Setup:
    """Send YAML files under `folder` to the drafter diff driver and configure it.

    `program` is how git calls drafter (default: `default_program()`); `write(path, text)`
    writes .gitattributes (atomically). Running it again changes nothing.
    """
    top = git.toplevel()
    added = add_attributes(top / ".gitattributes", attribute_lines(git.repo_path(folder, root_ok=True)), write)
    command = program or default_program()
    settings = {f"{DRIVER}.textconv": textconv_command(command), f"{DRIVER}.xfuncname": CLAUSE_HEADER}
    if external:
        settings[f"{DRIVER}.command"] = external_command(command)
    else:
        git.config_unset(f"{DRIVER}.command")
    for key, value in settings.items():
        git.config_set(key, value)
    return Setup(tuple(added), tuple(settings.items()), command)


def textconv_command(program: str) -> str:
    """What git runs as textconv (`sh -c '<this> "$@"' FILE`): drafter's text form, or the file itself."""
    return f'f() {{ {program} textconv "$1" 2>/dev/null || cat "$1"; }}; f'


def external_command(program: str) -> str:
    """What git runs as the external diff (7 or 9 arguments): drafter's clause diff, or a line diff.

    git stops a whole `git diff` when this fails, so the fallback always succeeds.
    """
    fallback = 'echo "drafter is not available here: a line diff"; diff -u --label "a/$1" --label "b/$1" "$2" "$5"; true'
    return f'f() {{ {program} git-diff "$@" 2>/dev/null || {{ {fallback}; }}; }}; f'



def attribute_lines(folder: str) -> list[str]:
    """The .gitattributes lines that send YAML files under `folder` (`.` = everywhere) to drafter."""
    if any(c.isspace() for c in folder) or any(c in folder for c in "*?[\\\"!#"):
        raise InputError(f"'{folder}': a folder for .gitattributes must not contain spaces or pattern characters")
    prefix = "" if folder == "." else f"{folder}/**/"
    return [f"{prefix}*.yaml diff=drafter", f"{prefix}*.yml diff=drafter"]


def add_attributes(path: Path, lines: list[str], write: Callable[[Path, str], object]) -> list[str]:
    """Append the `lines` that `path` lacks; return those added (none on a second run)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    present = {line.strip() for line in text.splitlines()}
    missing = [line for line in lines if line not in present]
    if missing:
        if text and not text.endswith("\n"):
            text += "\n"
        write(path, text + "".join(f"{line}\n" for line in missing))
    return missing


def default_program() -> str:
    """This interpreter, by its absolute path, running the package: found from any shell."""
    return f"{shlex.quote(os.path.abspath(sys.executable))} -m drafter"
