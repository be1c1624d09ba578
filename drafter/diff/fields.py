"""Changes to what a clause or a document says besides its text: title, status, positions, ...

Values are printed as short text (`UA: supports`, `ceasefire, territory`) so every
renderer shows them the same way. Raw values are compared first: formatting only
happens for a field that changed, which keeps unchanged clauses cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from drafter.diff.redline import FieldChange
from drafter.diff.translations import language_order
from drafter.model import (
    Alternative,
    Clause,
    Gap,
    Position,
    Proposal,
    Translation,
    find_translation,
    retarget_references,
)

Retarget = Callable[[str], str]
"""An old text with its references to renamed clauses written with their new ids."""


def _position(p: Position) -> str:
    return f"{p.party}: {p.stance}" + (f" ({p.note})" if p.note else "")


def _alternative(a: Alternative) -> str:
    return f"{a.label} ({a.party}): " + " / ".join(a.text)


def _gap(g: Gap) -> str:
    where = f"{'within' if g.cut else 'after'} {g.clause}" if g.clause else "before the first clause"
    return where + (f" ({g.note})" if g.note else "")


def _joined(separator: str) -> Callable[[tuple[str, ...]], str]:
    return lambda values: separator.join(values)


CLAUSE_FIELDS: dict[str, Callable[[Any], str]] = {
    "title": lambda title: title or "",
    "status": str,
    "positions": lambda items: "; ".join(_position(p) for p in items),
    "alternatives": lambda items: "; ".join(_alternative(a) for a in items),
    "tags": _joined(", "),
    "sources": _joined(", "),
    "notes": _joined(" / "),
}
"""Clause fields compared, and how each is printed."""

DOCUMENT_FIELDS: dict[str, Callable[[Any], str]] = {
    "title": str,
    "version": str,
    "date": str,
    "status": str,
    "notice": lambda notice: notice or "",
    "preamble": _joined("\n"),
    "parties": lambda items: "; ".join(f"{p.id}: {p.name}" for p in items),
    "gaps": lambda items: "; ".join(_gap(g) for g in items),
}
"""Document fields compared, and how each is printed."""


def _changes(a: object, b: object, fields: dict[str, Callable[[Any], str]]) -> tuple[FieldChange, ...]:
    out = []
    for name, show in fields.items():
        old, new = getattr(a, name), getattr(b, name)
        if old != new:
            out.append(FieldChange(name, show(old), show(new)))
    return tuple(out)


def same_targets(renamed: Mapping[str, str]) -> Retarget | None:
    """What makes an old text comparable with a new one when clauses were renamed (None: nothing)."""
    if not renamed:
        return None
    return lambda text: retarget_references(text, lambda ident: renamed.get(ident, ident))


def clause_fields(a: Clause, b: Clause, retarget: Retarget | None = None) -> tuple[FieldChange, ...]:
    """How two versions of a clause differ outside their text and sub-clauses.

    With `retarget`, references in the old alternatives are compared by the clause they name.
    """
    if retarget is not None and a.alternatives:
        a = replace(a, alternatives=tuple(replace(alt, text=tuple(map(retarget, alt.text))) for alt in a.alternatives))
    return _changes(a, b, CLAUSE_FIELDS)


def document_fields(a: Proposal, b: Proposal, retarget: Retarget | None = None) -> tuple[FieldChange, ...]:
    """How two proposals differ in title, version, date, status, notice, preamble, parties, gaps in the source."""
    if retarget is not None and a.preamble:
        a = replace(a, preamble=tuple(map(retarget, a.preamble)))
    return _changes(a, b, DOCUMENT_FIELDS) + _translated_head(a, b, retarget)


def _translated_head(a: Proposal, b: Proposal, retarget: Retarget | None) -> tuple[FieldChange, ...]:
    """The title, notice and preamble in each other language: `title (uk)`, ..."""
    if not a.translations and not b.translations:
        return ()
    out = []
    for tag in language_order(a, b):
        old = find_translation(a.translations, tag) or Translation(tag)
        new = find_translation(b.translations, tag) or Translation(tag)
        preamble = tuple(map(retarget, old.text)) if retarget else old.text
        for name, before, after in (("title", old.title or "", new.title or ""),
                                    ("notice", old.notice or "", new.notice or ""),
                                    ("preamble", "\n".join(preamble), "\n".join(new.text))):
            if before != after:
                out.append(FieldChange(f"{name} ({tag})", before, after))
    return tuple(out)
