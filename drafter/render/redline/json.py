"""A redline as JSON: one record per clause change (documented in docs/diff-json.md)."""

from __future__ import annotations

import json
from typing import Any

import orjson

from drafter.diff.redline import ClauseChange, FieldChange, LanguageChange, Redline
from drafter.model import Clause, Proposal
from drafter.render.redline.base import PLAIN, KindDispatcher, RedlineOptions

FORMAT_VERSION = 1
"""Bumped when a field is removed or changes meaning; new fields do not bump it."""


def _document(proposal: Proposal) -> dict[str, Any]:
    return {"id": proposal.id, "title": proposal.title, "version": proposal.version, "origin": proposal.origin}


def _clause(clause: Clause | None) -> dict[str, Any] | None:
    return None if clause is None else {"id": clause.id, "number": clause.number}


def _field(change: FieldChange) -> dict[str, str]:
    return {"field": change.field, "old": change.old, "new": change.new}


def _language(change: LanguageChange) -> dict[str, Any]:
    return {"language": change.language, "state": change.state,
            "title": {"old": change.title.old, "new": change.title.new} if change.title else None,
            "flags": list(change.flags), "spans": [{"op": span.op, "text": span.text} for span in change.spans]}


class JsonRenderer(KindDispatcher):
    """Plain data for each change; every kind has the same record shape.

    Comparing proposals in several languages, each record also has `languages` (each other
    language's version) and `not_updated`; a one-language comparison keeps the shape it had.
    """

    def __init__(self, languages: bool = False) -> None:
        self.languages = languages

    def record(self, change: ClauseChange) -> dict[str, Any]:
        """The record every kind shares."""
        record = {
            "kind": change.kind,
            "old": _clause(change.old),
            "new": _clause(change.new),
            "similarity": round(change.similarity, 4),
            "flags": list(change.flags),
            "fields": [_field(f) for f in change.fields],
            "related": list(change.related),
            "spans": [{"op": span.op, "text": span.text} for span in change.spans],
        }
        if self.languages:
            record["languages"] = [_language(version) for version in change.languages]
            record["not_updated"] = list(change.not_updated)
        return record

    def added(self, change: ClauseChange) -> dict[str, Any]:
        """The record; its spans are one insertion."""
        return self.record(change)

    def removed(self, change: ClauseChange) -> dict[str, Any]:
        """The record; its spans are one deletion."""
        return self.record(change)

    def reworded(self, change: ClauseChange) -> dict[str, Any]:
        """The record with the word spans."""
        return self.record(change)

    def moved(self, change: ClauseChange) -> dict[str, Any]:
        """The record; `old.number` and `new.number` say from where to where."""
        return self.record(change)

    def renamed(self, change: ClauseChange) -> dict[str, Any]:
        """The record; `old.id` and `new.id` differ."""
        return self.record(change)

    def changed(self, change: ClauseChange) -> dict[str, Any]:
        """The record; `fields` says what changed, the spans are one equal run."""
        return self.record(change)

    def renumbered(self, change: ClauseChange) -> dict[str, Any]:
        """The record; the spans are one equal run."""
        return self.record(change)

    def unchanged(self, change: ClauseChange) -> dict[str, Any]:
        """The record; the spans are one equal run."""
        return self.record(change)

    def split(self, change: ClauseChange) -> dict[str, Any]:
        """The record; `related` names the other clauses the old one became."""
        return self.record(change)

    def merged(self, change: ClauseChange) -> dict[str, Any]:
        """The record; `related` names the other clauses merged into the new one."""
        return self.record(change)


def as_data(redline: Redline) -> dict[str, Any]:
    """The whole comparison as JSON-ready data."""
    languages = [language.tag for language in redline.new.languages or redline.old.languages]
    renderer = JsonRenderer(bool(redline.new.languages or redline.old.languages))
    data = {
        "format": "drafter-redline",
        "format_version": FORMAT_VERSION,
        "mode": redline.mode,
        "old": _document(redline.old),
        "new": _document(redline.new),
        "same": redline.same,
        "summary": redline.summary(),
        "counts": {kind: count for kind, count in sorted(redline.counts().items())},
        "document_fields": [_field(f) for f in redline.document_fields],
        "changes": [renderer.render_change(change) for change in redline.changes],
    }
    if languages:
        data["languages"] = languages
        data["not_updated"] = redline.not_updated()
    return data


def render(redline: Redline, options: RedlineOptions = PLAIN) -> str:
    """The comparison as indented JSON, keys in a fixed order, non-ASCII kept."""
    return dumps(as_data(redline)) + "\n"


def dumps(data: Any) -> str:
    """`json.dumps(data, indent=2, ensure_ascii=False)`, character for character, written by orjson.

    Python's own encoder runs in pure Python as soon as it indents: a fifth of a
    10,000-clause `diff --format json`. What orjson refuses and json writes (a lone
    surrogate, an integer past 64 bits) still goes to json. The two write floats alike
    for the only ones a redline holds, similarities rounded to four places (not below
    0.0001: orjson writes 1e-05 as 0.00001), and never NaN.
    """
    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8")
    except orjson.JSONEncodeError:
        return json.dumps(data, indent=2, ensure_ascii=False)
