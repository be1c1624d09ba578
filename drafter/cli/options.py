"""Options and arguments shared by several commands."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

import click

from drafter.model import Proposal


def read_proposal_source(spec: str) -> tuple[bytes, str]:
    """The bytes named by a command-line proposal argument, and its origin for messages.

    A spec naming an existing file is that file, even with a colon in its name; otherwise
    `REV:PATH` reads PATH (relative to the current folder) as it was in a git revision.
    """
    import os

    from drafter.load import read_file

    if ":" not in spec or os.path.exists(spec):  # os.path: False, not an error, for a name too long
        return read_file(spec), spec
    from drafter.git import read_spec

    return read_spec(spec)


def load_proposal_arg(spec: str) -> Proposal:
    """The proposal a command-line argument names, loaded and validated."""
    from drafter.load import load_bytes

    data, origin = read_proposal_source(spec)
    return load_bytes(data, origin)


def one_line(limit: int) -> Callable[[click.Context, click.Parameter, str | None], str | None]:
    """A click callback accepting one line of text of at most `limit` characters: a title or an
    author goes into YAML and Word as it is, where a control character or a newline breaks it."""

    def check(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is None:
            return value
        control = next((c for c in value if unicodedata.category(c) == "Cc"), None)
        if control is not None:
            raise click.BadParameter(f"has a control character (U+{ord(control):04X}); give one line of text")
        if len(value) > limit:
            raise click.BadParameter(f"is {len(value):,} characters; at most {limit:,}")
        return value

    return check


def output_option(help_text: str = "Write to FILE instead of standard output.") -> Callable[[Any], Any]:
    """`-o/--output FILE`; `-` means standard output."""
    return click.option("-o", "--output", "output", metavar="FILE", default=None, help=help_text)


def language_tags(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...]:
    """`--lang uk` or `--lang en,uk`: language tags, in the order given, each a BCP 47 tag."""
    from drafter.model import LANGUAGE_TAG

    if value is None:
        return ()
    tags = tuple(tag.strip() for tag in value.split(","))
    for tag in tags:
        if not LANGUAGE_TAG.fullmatch(tag):
            raise click.BadParameter(f"'{tag}' is not a language tag such as en, uk, ru, fr, ar, he")
    if len(set(tags)) != len(tags):
        raise click.BadParameter(f"'{value}' names a language twice")
    return tags
