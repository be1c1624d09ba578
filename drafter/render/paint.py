"""Colour without knowing the terminal: renderers name what a piece of text is, the CLI paints it.

A renderer calls `paint(text, role)` with a role from `ROLES`; the command line hands in a
painter that turns roles into ANSI styles (drafter.cli.output.painter) when colour is
wanted, and `unpainted` otherwise. Renderers never import a terminal library, and the text
markers (`[-old-]`, `{+new+}`) are there either way.
"""

from __future__ import annotations

from collections.abc import Callable

Paint = Callable[[str, str], str]
"""`paint(text, role) -> text`, possibly wrapped in terminal styles."""

ROLES = (
    "heading",   # a header line
    "deleted",   # words taken out
    "inserted",  # words put in
    "flag",      # a substantive change: numbers, dates, parties, modal verbs
    "quiet",     # what hardly matters: an unchanged clause
    "commit",    # a commit id
    "problem",   # something that went wrong in one item of a list
)
"""Every role a renderer may name, besides `kind:<change kind>` (the kind's own colour) and
`status:<clause status>` (the status's own colour)."""


def unpainted(text: str, role: str) -> str:
    """`text` as it is: the painter when colour is off."""
    return text
