"""The `md` import format: Markdown read by the text reader with Markdown's own rules
(headings, lists, emphasis, block quotes, front matter)."""

from __future__ import annotations

from drafter.importers.paragraphs import Document
from drafter.importers.text import read_text


def read(data: bytes, origin: str) -> Document:
    """The paragraphs of a Markdown document."""
    return read_text(data, origin, markdown=True)
