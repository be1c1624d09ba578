"""`drafter textconv FILE` (hidden): a proposal as plain text for git's own diff.

git runs it on both sides of a change (`diff.drafter.textconv`, see `drafter git-setup`)
and diffs the results line by line, or word by word with `--word-diff`; the text form is
`drafter.render.outline.TextShape`.
"""

from __future__ import annotations

import sys

import click


@click.command(hidden=True)
@click.argument("path", metavar="FILE")
def textconv(path: str) -> None:
    """Print a proposal as one line per paragraph, for `git diff` (drafter textconv FILE)."""
    from drafter.errors import DrafterError
    from drafter.load import load_bytes, read_file
    from drafter.render.outline import TextShape, outline

    data = read_file(path)
    try:
        text = "\n".join(outline(load_bytes(data, path), TextShape())) + "\n"
    except DrafterError:
        # git shows nothing for a side whose textconv fails: show the file as it is instead
        sys.stdout.buffer.write(data)
        return
    sys.stdout.buffer.write(text.encode("utf-8"))
