"""Valid plain data -> the frozen model, numbering every clause once."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from drafter import numbering
from drafter.model import (
    Alternative,
    Annex,
    Clause,
    Gap,
    Language,
    Party,
    Position,
    Proposal,
    Source,
    Translation,
    split_paragraphs,
)


def build_proposal(data: dict[str, Any], origin: str) -> Proposal:
    """The model of data that has passed the schema and the rules."""
    clauses = _clauses(data.get("clauses", []), "$.clauses", 0, numbering.Counter())
    annexes = tuple(_annex(i, annex) for i, annex in enumerate(data.get("annexes", [])))
    proposal = Proposal(
        id=data["id"],
        title=data["title"].strip(),
        version=str(data["version"]),
        date=data["date"],
        status=data["status"],
        parties=tuple(Party(p["id"], p["name"].strip()) for p in data.get("parties", [])),
        authors=tuple(a.strip() for a in data.get("authors", [])),
        sources=tuple(_source(s) for s in data.get("sources", [])),
        notice=_line(data.get("notice")),
        preamble=split_paragraphs(data.get("preamble") or ""),
        clauses=clauses,
        annexes=annexes,
        notes=_notes(data.get("notes")),
        gaps=tuple(_gap(g) for g in data.get("gaps", [])),
        languages=_languages(data),
        translations=_translations(data.get("translations"), "preamble"),
        origin=origin,
    )
    index = {clause.id: clause for clause in proposal.walk()}
    object.__setattr__(proposal, "index", MappingProxyType(index))
    return proposal


def _clauses(items: list[dict[str, Any]], path: str, depth: int, counter: numbering.Counter) -> tuple[Clause, ...]:
    return tuple(_clause(item, f"{path}[{i}]", depth, counter) for i, item in enumerate(items))


def build_clause(item: dict[str, Any], path: str, depth: int, counter: numbering.Counter) -> Clause:
    """One clause (and its sub-clauses) of valid data, numbered as the next in `counter`'s list, at `path`."""
    return _clause(item, path, depth, counter)


def _clause(item: dict[str, Any], path: str, depth: int, counter: numbering.Counter) -> Clause:
    given = item.get("number")
    number, label = counter.next(given)
    # an unnumbered clause (a heading over numbered points) passes its counter on to its sub-clauses
    inner = counter if given == "" else counter.below(number)
    return Clause(
        id=item["id"],
        number=number,
        label=label,
        depth=depth,
        title=_line(item.get("title")),
        text=split_paragraphs(item.get("text") or ""),
        status=item.get("status", "proposed"),
        positions=tuple(_position(party, value) for party, value in (item.get("positions") or {}).items()),
        alternatives=tuple(_alternative(a, i) for i, a in enumerate(item.get("alternatives") or [], 1)),
        tags=tuple(item.get("tags") or ()),
        sources=tuple(item.get("sources") or ()),
        notes=_notes(item.get("notes")),
        amended_by=tuple(" ".join(line.split()) for line in item.get("amended_by") or ()),
        clauses=_clauses(item.get("clauses") or [], f"{path}.clauses", depth + 1, inner),
        path=path,
        source_number=given,
        translations=_translations(item.get("translations")),
    )


def _annex(a: int, item: dict[str, Any]) -> Annex:
    letter = numbering.annex_letter(a + 1)
    return Annex(
        id=item["id"],
        letter=letter,
        title=item["title"].strip(),
        text=split_paragraphs(item.get("text") or ""),
        clauses=_clauses(item.get("clauses") or [], f"$.annexes[{a}].clauses", 0, numbering.Counter(prefix=f"{letter}.")),
        translations=_translations(item.get("translations")),
    )


def _languages(data: dict[str, Any]) -> tuple[Language, ...]:
    """`languages:` in order, or the one `language:` (authentic: nothing else is there to read)."""
    if "language" in data:
        return (Language(data["language"], authentic=True),)
    return tuple(_language(tag, value) for tag, value in (data.get("languages") or {}).items())


def _language(tag: str, value: str | dict[str, str]) -> Language:
    if isinstance(value, str):
        return Language(tag, authentic=value == "authentic")
    return Language(tag, authentic=value["status"] == "authentic", note=_line(value.get("note")))


def _translations(items: dict[str, dict[str, str]] | None, text: str = "text") -> tuple[Translation, ...]:
    """Each language's version; `text` names the field holding its paragraphs (a document's preamble)."""
    return tuple(
        Translation(language, _line(item.get("title")), split_paragraphs(item.get(text) or ""),
                    _line(item.get("notice")))
        for language, item in (items or {}).items()
    )


def _gap(item: dict[str, str]) -> Gap:
    within = item.get("within")
    return Gap(clause=within or item.get("after"), cut=within is not None, note=_line(item.get("note")))


def _position(party: str, value: str | dict[str, str]) -> Position:
    if isinstance(value, str):
        return Position(party=party, stance=value)  # type: ignore[arg-type]
    return Position(party=party, stance=value["stance"], note=_line(value.get("note")))  # type: ignore[arg-type]


def _alternative(item: dict[str, str], n: int) -> Alternative:
    return Alternative(
        party=item["party"], text=split_paragraphs(item["text"]), label=f"Alt {n}", note=_line(item.get("note"))
    )


def _source(item: dict[str, str]) -> Source:
    return Source(
        id=item["id"], title=item["title"].strip(), publisher=_line(item.get("publisher")),
        date=item.get("date"), url=item.get("url"),
    )


def _notes(value: str | list[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return split_paragraphs(value)
    return tuple(p for note in value for p in split_paragraphs(note))


def _line(value: str | None) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None
