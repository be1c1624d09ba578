"""`drafter validate`: check proposal files and folders, every problem at once."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from drafter.cli.output import colour_wanted, echo, style
from drafter.errors import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS, InputError, Problem, readable


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: one record per file, for CI.")
@click.option("--strict", is_flag=True, help="Count warnings as problems (exit 1).")
@click.pass_context
def validate(ctx: click.Context, paths: tuple[str, ...], fmt: str, strict: bool) -> None:
    """Check proposals: files, or folders searched for *.yaml and *.yml.

    Prints every problem as FILE:LINE:COL: SUBJECT (FIELD): WHAT, then a count.
    Warnings (FILE:LINE:COL: warning: ...) are for a person to look at: an undated
    text, numbers given by the source that skip or repeat. They do not fail the
    check unless --strict.
    Exit status: 0 all valid, 1 problems found, 2 a path could not be read.

    \b
    Examples:
      drafter validate proposals/
      drafter validate proposals/ukraine-ceasefire-12-point.yaml --format json
      drafter validate --strict imported/e3-counter-proposal.yaml
    """
    from drafter.load import check_bytes, read_file

    results: dict[str, list[Problem]] = {}
    unreadable: list[str] = []
    for path in _expand(paths):
        try:
            results[path] = check_bytes(read_file(path), path, warnings=True)
        except InputError as error:
            results[path] = [_file_problem(path, error)]
            if not os.path.isfile(path):
                unreadable.append(path)
    _report(results, unreadable, fmt)
    bad = sum(1 for problems in results.values() if _failing(problems, strict))
    ctx.exit(EXIT_ERROR if unreadable else EXIT_PROBLEMS if bad else EXIT_OK)


def _failing(problems: list[Problem], strict: bool) -> list[Problem]:
    """The problems that fail the check: errors, and warnings too when `strict`."""
    return [p for p in problems if strict or p.severity == "error"]


def _file_problem(path: str, error: InputError) -> Problem:
    """An unreadable file as a problem; InputError messages already start with the place."""
    where, _, message = error.message.partition(": ")
    line, column = (where.removeprefix(path).lstrip(":").split(":") + ["0", "0"])[:2]
    return Problem(path, int(line or 0), int(column or 0), "", "$", message)


def _expand(paths: tuple[str, ...]) -> list[str]:
    files: list[str] = []
    for path in paths:
        folder = Path(path)
        if os.path.isdir(folder):  # os.path: a name too long is no folder, not an error
            found = sorted({*folder.rglob("*.yaml"), *folder.rglob("*.yml")})
            files.extend(str(f) for f in found)
        else:
            files.append(path)
    return files


def _report(results: dict[str, list[Problem]], unreadable: list[str], fmt: str) -> None:
    if fmt == "json":
        echo(json.dumps(_as_json(results), ensure_ascii=False, indent=2))
        return
    colour = colour_wanted()
    for problems in results.values():
        for problem in problems:
            echo(readable(str(problem)))
    total = sum(len(_failing(p, False)) for p in results.values())
    bad = sum(1 for p in results.values() if _failing(p, False))
    warned = sum(1 for p in results.values() for problem in p if problem.severity == "warning")
    warnings = f", {warned} warning{'s' if warned != 1 else ''}" if warned else ""
    if total:
        echo(style(f"{total} problem{'s' if total != 1 else ''} in {bad} of {len(results)} file(s){warnings}", colour,
                   fg="red", bold=True))
    else:
        echo(style(f"{len(results)} file(s) valid{warnings}", colour, fg="yellow" if warned else "green"))


def _as_json(results: dict[str, list[Problem]]) -> dict[str, object]:
    files = [
        {
            "path": path,
            "valid": not _failing(problems, False),
            "problems": [
                {"line": p.line, "column": p.column, "subject": p.subject, "field": p.path, "message": p.message,
                 "severity": p.severity}
                for p in problems
            ],
        }
        for path, problems in results.items()
    ]
    errors = sum(len(_failing(problems, False)) for problems in results.values())
    warnings = sum(len(problems) for problems in results.values()) - errors
    return {"files": files, "problems": errors, "warnings": warnings}
