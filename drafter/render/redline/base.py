"""What every redline renderer shares: dispatch by change kind and the printed labels.

A renderer has one method per change kind, named after it (mistune's `render_token`);
`render_change` calls it, and a kind without a method raises instead of vanishing.
Renderers read a Redline; they never compute a diff.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from drafter.diff.redline import ClauseChange, KindDispatcher, Redline
from drafter.model import Clause, Proposal
from drafter.render.paint import Paint, unpainted
from drafter.render.references import resolve as resolve_in
from drafter.render.words import words_for

Resolve = Callable[[str, Literal["old", "new"]], str]
"""`resolve(text, side)`: `text` with `[[id]]` references as that side's document prints them."""

__all__ = ["PLAIN", "KindDispatcher", "RedlineOptions", "Resolve", "clause_id", "describe", "heading", "number",
           "numbers", "resolver"]


@dataclass(frozen=True, slots=True)
class RedlineOptions:
    """How to render a redline: passed explicitly, never read from globals."""

    paint: Paint = unpainted
    """Colours text by its role (terminal only; see drafter.render.paint); the markers stay either way."""
    author: str = "drafter"
    """Author of Word's tracked changes (docx only)."""
    date: datetime | None = None
    """Time stamped on Word's tracked changes; None means now (tests fix it)."""


PLAIN = RedlineOptions()
"""The default: no colour."""


def number(clause: Clause | None) -> str:
    """A clause's number as printed (`3(b)`), its title for a heading the source leaves
    unnumbered, or an em dash when there is no clause."""
    if clause is None:
        return "—"
    return clause.number or f"“{clause.title or clause.id}”"


def numbers(change: ClauseChange) -> str:
    """`3(b)`, or `7 → 3` when the number changed, or `— → 9` for an added clause."""
    old, new = number(change.old), number(change.new)
    return old if old == new else f"{old} → {new}"


def clause_id(change: ClauseChange) -> str:
    """The id the change is about (the new one when both exist and differ: `old-id → new-id`)."""
    ids = [c.id for c in (change.old, change.new) if c is not None]
    return ids[0] if len(ids) == 1 or ids[0] == ids[1] else f"{ids[0]} → {ids[1]}"


def heading(change: ClauseChange) -> str:
    """The clause's title, from the new side when there is one."""
    clause = change.new or change.old
    return (clause.title or "") if clause is not None else ""


def describe(proposal: Proposal) -> str:
    """`Title, version 0.3 (origin)` for headers."""
    return f"{proposal.title}, version {proposal.version} ({proposal.origin})"


def resolver(redline: Redline, language: str | None = None) -> Resolve:
    """How a redline prints `[[id]]` in spans of `language` (None: the proposal's own).

    Proposals that declare their languages print references in that language's words and the
    case a reference asks for (`пункту 3`), as `drafter render` does; a proposal in one
    undeclared language prints them as it always has (`point 3`).
    """
    if not (redline.new.languages or redline.old.languages):
        return redline.resolve
    words = words_for(language or redline.new.language or redline.old.language)

    def resolve(text: str, side: Literal["old", "new"]) -> str:
        if side == "old":
            return resolve_in(redline.old, words, redline.old_ids(text))
        return resolve_in(redline.new, words, text)

    return resolve
