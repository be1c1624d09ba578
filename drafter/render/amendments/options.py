"""How to render a set of instructions: passed explicitly, never read from globals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from drafter.render.amendments.phrasing import Resolve


@dataclass(frozen=True, slots=True)
class AmendmentOptions:
    """Options every amendments form accepts."""

    form: str = "text"
    """The form being rendered (json and yaml share a module)."""
    language: str | None = None
    """The proposal's language, for the phrases (English where no catalogue has them)."""
    resolve_old: Resolve = str
    """Prints references in quoted old words as the old text numbers them (Markdown, Word)."""
    resolve_new: Resolve = str
    """Prints references in quoted new words as the new text numbers them (Markdown, Word)."""
    date: datetime | None = None
    """Time stamped in a Word file's properties; None means now (tests fix it)."""


DEFAULT = AmendmentOptions()
