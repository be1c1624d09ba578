"""The model back to plain data in the file format's shape: the inverse of `load/build.py`.

    data = proposal_data(proposal)       # dicts, lists and strings, ready for importers.emit
    assert load_bytes(to_yaml(data).encode(), "x") == proposal     # apart from origin and paths

Optional fields are left out when empty or at their default, the way people write them;
texts are paragraphs joined by blank lines, as `split_paragraphs` reads them back.
"""

from __future__ import annotations

from typing import Any

from drafter.model import Alternative, Annex, Clause, Gap, Language, Position, Proposal, Source, Translation

WORKING_FIELDS = ("positions", "alternatives", "tags", "sources", "notes", "translations")
"""Clause fields besides the wording amendment instructions address: the record of the negotiation,
and the clause's other language versions (instructions amend the first language's words)."""


def proposal_data(proposal: Proposal) -> dict[str, Any]:
    """The whole proposal as plain data."""
    data: dict[str, Any] = {
        "drafter": 1, "id": proposal.id, "title": proposal.title, "version": proposal.version,
        "date": proposal.date, "status": proposal.status,
    }
    if proposal.notice:
        data["notice"] = proposal.notice
    _put(data, "parties", [{"id": p.id, "name": p.name} for p in proposal.parties])
    _put(data, "authors", list(proposal.authors))
    _put(data, "sources", [_source(s) for s in proposal.sources])
    _put(data, "notes", list(proposal.notes))
    _put(data, "languages", dict(_language(language) for language in proposal.languages))
    _put(data, "translations", translations_data(proposal.translations, "preamble"))
    _put(data, "preamble", "\n\n".join(proposal.preamble))
    data["clauses"] = [clause_data(c) for c in proposal.clauses]
    _put(data, "annexes", [_annex(a) for a in proposal.annexes])
    _put(data, "gaps", [_gap(g) for g in proposal.gaps])
    return data


def clause_data(clause: Clause, children: bool = True) -> dict[str, Any]:
    """One clause (with its sub-clauses unless `children` is False) as plain data."""
    data: dict[str, Any] = {"id": clause.id}
    if clause.source_number is not None:
        data["number"] = clause.source_number
    if clause.title:
        data["title"] = clause.title
    _put(data, "text", "\n\n".join(clause.text))
    if clause.status != "proposed":
        data["status"] = clause.status
    data.update(working_data(clause))
    _put(data, "amended_by", list(clause.amended_by))
    if children:
        _put(data, "clauses", [clause_data(c) for c in clause.clauses])
    return data


def working_data(clause: Clause) -> dict[str, Any]:
    """The clause's positions, alternatives, tags, sources, notes and translations that are not empty."""
    data: dict[str, Any] = {}
    _put(data, "positions", dict(_position(p) for p in clause.positions))
    _put(data, "alternatives", [_alternative(a) for a in clause.alternatives])
    _put(data, "tags", list(clause.tags))
    _put(data, "sources", list(clause.sources))
    _put(data, "notes", list(clause.notes))
    _put(data, "translations", translations_data(clause.translations))
    return data


def _put(data: dict[str, Any], key: str, value: Any) -> None:
    if value:
        data[key] = value


def _position(position: Position) -> tuple[str, Any]:
    if position.note is None:
        return position.party, position.stance
    return position.party, {"stance": position.stance, "note": position.note}


def _alternative(alternative: Alternative) -> dict[str, Any]:
    data = {"party": alternative.party, "text": "\n\n".join(alternative.text)}
    _put(data, "note", alternative.note)
    return data


def _source(source: Source) -> dict[str, Any]:
    data = {"id": source.id, "title": source.title}
    for key in ("publisher", "date", "url"):
        _put(data, key, getattr(source, key))
    return data


def _gap(gap: Gap) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if gap.clause is not None:
        data["within" if gap.cut else "after"] = gap.clause
    _put(data, "note", gap.note)
    return data


def _annex(annex: Annex) -> dict[str, Any]:
    data: dict[str, Any] = {"id": annex.id, "title": annex.title}
    _put(data, "text", "\n\n".join(annex.text))
    _put(data, "translations", translations_data(annex.translations))
    _put(data, "clauses", [clause_data(c) for c in annex.clauses])
    return data


def translations_data(translations: tuple[Translation, ...], text: str = "text") -> dict[str, Any]:
    """Each language's version by tag; `text` names the field its paragraphs go in (a document's: preamble)."""
    data: dict[str, Any] = {}
    for translation in translations:
        fields: dict[str, Any] = {}
        _put(fields, "title", translation.title)
        _put(fields, "notice", translation.notice)
        _put(fields, text, "\n\n".join(translation.text))
        data[translation.language] = fields
    return data


def _language(language: Language) -> tuple[str, Any]:
    status = "authentic" if language.authentic else "translation"
    if language.note is None:
        return language.tag, status
    return language.tag, {"status": status, "note": language.note}
