"""Every error drafter reports, and its exit code. Library code raises; only the
CLI's error boundary (`drafter.cli`) prints and exits."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

EXIT_OK = 0
EXIT_PROBLEMS = 1
"""The input is readable but wrong (validation problems)."""
EXIT_ERROR = 2
"""Usage error, unreadable input, failed output (like diff(1)'s trouble code)."""


LONGEST_WORD = 300
"""Longer runs without a space (a path or revision typed or pasted by mistake) are cut in the
middle when printed, so a message stays one line a person can read."""


def readable(message: str) -> str:
    """`message` on one line, with every run of more than LONGEST_WORD non-space characters shortened."""
    return re.sub(rf"\S{{{LONGEST_WORD + 1},}}", _shorten, one_line(message))


def one_line(text: str) -> str:
    """`text` with line breaks and other control characters written as escapes (`\\n`), so a value
    quoted in a message (an id typed across two lines) cannot break it over two."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\x85]")


def _shorten(match: re.Match[str]) -> str:
    word = match.group()
    core = word.rstrip(":;,.'\")")  # `path: reason` stays `path (N characters): reason`
    return f"{core[:100]}…{core[-60:]} ({len(core):,} characters){word[len(core):]}"


def os_message(error: OSError) -> str:
    """An operating-system failure as one line: the file it concerns, and the system's reason."""
    reason = error.strerror or str(error)
    return f"{error.filename}: {reason}" if error.filename else reason


class DrafterError(Exception):
    """An error with a one-line message a user can act on."""

    exit_code = EXIT_ERROR

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(DrafterError):
    """A file, revision or stream could not be read as asked."""


class OutputError(DrafterError):
    """An output could not be written (or would go where it must not)."""


class TemplateError(DrafterError):
    """A template failed: syntax, undefined variable or sandbox refusal."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a proposal file, located as precisely as possible."""

    origin: str
    """The file (or `REV:PATH`) the problem is in."""
    line: int
    """1-based line; 0 when unknown."""
    column: int
    """1-based column; 0 when unknown."""
    subject: str
    """What it is about: `clause 'prisoners'`, `document`, `party 'UA'`; '' for the whole file."""
    path: str
    """JSON path of the field: `$.clauses[3].text`."""
    message: str
    """What is wrong, in a phrase."""
    severity: str = "error"
    """`error` (the file does not load) or `warning` (it loads; a person should look)."""

    def __str__(self) -> str:
        where = f"{self.origin}:{self.line}:{self.column}" if self.line else self.origin
        if self.severity != "error":
            where += f": {self.severity}"
        if not self.subject:
            return one_line(f"{where}: {self.message}")
        return one_line(f"{where}: {self.subject} ({self.path}): {self.message}")


class InvalidProposal(DrafterError):
    """A proposal file has one or more problems; all of them are carried."""

    exit_code = EXIT_PROBLEMS

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''}")


class AmendmentsNotApplied(DrafterError):
    """Instructions that could not be applied; each problem names its set, number and reason."""

    exit_code = EXIT_PROBLEMS

    def __init__(self, problems: Sequence[object], invalid: bool = False) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        what = (f"the amended text would not be valid ({count} problem{'s' if count != 1 else ''})" if invalid
                else f"{count} instruction{'s' if count != 1 else ''} could not be applied")
        super().__init__(what + "; nothing written")
