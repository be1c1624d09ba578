"""The `drafter` command: a lazy group of thin commands and the one error boundary.

Each command lives in its own module and is imported only when it runs, so start-up
stays fast. A command parses, calls one library function and hands the result to
`drafter.cli.output`. Library code raises `DrafterError`; only this boundary prints it.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
from typing import Any

import click

from drafter import __version__
from drafter.errors import DrafterError, os_message, readable

COMMANDS: dict[str, str] = {
    "validate": "drafter.cli.validate:validate",
    "show": "drafter.cli.show:show",
    "new": "drafter.cli.new:new",
    "schema": "drafter.cli.schema:schema",
    "git-setup": "drafter.cli.git_setup:git_setup",
    "textconv": "drafter.cli.textconv:textconv",
    "import": "drafter.cli.import_:import_command",
    "diff": "drafter.cli.diff:diff",
    "compare": "drafter.cli.compare:compare",
    "log": "drafter.cli.log:log",
    "render": "drafter.cli.render:render",
    "history": "drafter.cli.history:history",
    "git-diff": "drafter.cli.git_setup:git_diff",
    "amend": "drafter.cli.amend:amend",
    # more commands: one line each, "name": "drafter.cli.module:function",
}


class ReportedError(click.ClickException):
    """A `DrafterError` on its way out: printed as `drafter: message`, with its exit code."""

    def __init__(self, error: DrafterError) -> None:
        super().__init__(error.message)
        self.error = error
        self.exit_code = error.exit_code  # type: ignore[misc]  # click sets it per instance too

    def show(self, file: Any = None) -> None:
        for problem in getattr(self.error, "problems", ()):
            click.echo(readable(str(problem)), err=True)
        click.echo(f"drafter: {readable(self.error.message)}", err=True)


class LazyGroup(click.Group):
    """A group that imports a command's module only when the command is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        return getattr(importlib.import_module(module_name), attribute)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DrafterError as error:
            raise ReportedError(error) from None
        except click.ClickException as error:  # usage errors echo arguments back: keep them readable
            error.message = readable(error.message)  # type: ignore[misc]  # Final in the stubs, plain in click
            raise
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (`| head`); nothing left to say
            raise click.exceptions.Exit(1) from None
        except OSError as error:  # the system refused (disk full, a name too long): say so, in one line
            if error.filename is None:
                _drop_stdout()
            raise ReportedError(DrafterError(os_message(error))) from None
        except MemoryError:
            raise ReportedError(DrafterError("out of memory")) from None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="drafter")
def cli() -> None:
    """Draft, render and compare ceasefire and peace proposals kept as YAML clauses.

    \b
    Examples:
      drafter validate proposals/
      drafter show proposals/ukraine-ceasefire-12-point.yaml
      drafter new my-proposal
    """


def _drop_stdout() -> None:
    """After standard output failed (a full disk), send what is still buffered nowhere, so
    Python's own flush at exit does not fail a second time with a traceback."""
    try:
        sys.stdout.flush()
    except OSError:
        pass
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main() -> None:
    """Console entry point."""
    # drafter builds many small objects (YAML nodes, the frozen model) that live until
    # exit and hold no cycles worth collecting; the cyclic collector re-walking them all
    # every few hundred allocations cost half the time of a 10,000-clause run.
    gc.disable()
    try:
        cli(prog_name="drafter")
    finally:
        # Python collects once more at exit, walking all of them again (2-3% of a run);
        # frozen objects are left out of it, and the process ends anyway
        gc.freeze()
