"""Instructions as typed data, JSON or YAML (docs/amendments.md); `drafter amend` reads both.

Every instruction has the same keys, so scripts need not guess: `number`, `kind`,
`target` (`{kind, id, number}` or null), `old`, `new`, `every`, `where`, `intro`,
`place` (`{relation, target}` or null), `clauses` (quoted clauses, whole), `text` (quoted
paragraphs) and `wording` (the instruction as the style words it, for people).
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from drafter.diff.amendments import Amendment, AmendmentSet, NewClause, Place, Record, Target
from drafter.render.amendments.options import DEFAULT, AmendmentOptions
from drafter.render.amendments.phrasing import sentence
from drafter.render.amendments.styles import STYLES

FORMAT = "drafter-amendments"
FORMAT_VERSION = 1
"""Bumped when a key is removed or changes meaning; new keys do not bump it."""


def as_data(amendments: AmendmentSet, language: str | None = None) -> dict[str, Any]:
    """The whole set as JSON-ready data."""
    style = STYLES[amendments.style]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "style": amendments.style,
        "base": {"id": amendments.base.id, "title": amendments.base.title, "version": amendments.base.version},
        "result": dict(amendments.result),
        "amendments": [
            _amendment(n, a, "".join(p.text for p in sentence(a, style, language)))
            for n, a in enumerate(amendments.amendments, 1)
        ],
        "record": [_record(r) for r in amendments.records],
    }


def _target(target: Target | None) -> dict[str, str] | None:
    return None if target is None else {"kind": target.kind, "id": target.id, "number": target.number}


def _place(place: Place | None) -> dict[str, Any] | None:
    return None if place is None else {"relation": place.relation, "target": _target(place.target)}


def _clause(clause: NewClause) -> dict[str, Any]:
    data: dict[str, Any] = {"label": clause.label, "number": clause.number, "id": clause.id,
                            "title": clause.title, "text": list(clause.text), "status": clause.status}
    data.update(clause.record)
    if clause.source_number is not None:
        data["source_number"] = clause.source_number
    data["clauses"] = [_clause(c) for c in clause.clauses]
    return data


def _amendment(number: int, a: Amendment, wording: str) -> dict[str, Any]:
    return {
        "number": number, "kind": a.kind, "target": _target(a.target), "old": a.old, "new": a.new,
        "every": a.every, "where": a.where, "intro": a.intro, "place": _place(a.place),
        "clauses": [_clause(c) for c in a.clauses], "text": list(a.text), "wording": wording,
    }


def _record(record: Record) -> dict[str, Any]:
    return {"target": _target(record.target), "field": record.field, "value": record.value}


def render(amendments: AmendmentSet, options: AmendmentOptions = DEFAULT) -> str:
    """JSON (indented, keys in a fixed order, non-ASCII kept), or YAML when the form is `yaml`."""
    data = as_data(amendments, options.language)
    if options.form == "yaml":
        return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
