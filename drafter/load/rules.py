"""The rules a JSON Schema cannot say: unique ids, resolvable references, known parties
and sources, no empty clause, real calendar dates.

Works on the raw data (even when the schema check failed), so a file's problems are
all reported in one run; every access is guarded against wrong types.

The rules are read in two steps, so the full and the incremental loader share them:
first the facts of the document's head (`head_facts`) and of each top-level clause with
its sub-clauses (`clause_facts`), then the rules over those facts (`document_problems`,
and `clause_problems` for one clause in a document whose ids are known). The incremental
loader keeps each clause's facts with its text and reads them again only when it changes.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from typing import Any, NamedTuple

from drafter.load import languages
from drafter.load.yaml_source import Path
from drafter.model import REFERENCE

RuleProblem = tuple[Path, str, bool]
"""(path, message, points_at_key)."""

_ISO_SHAPE = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")
"""Dates the schema accepts; the calendar check then catches 2025-02-30."""


@dataclass(frozen=True, slots=True)
class HeadFacts:
    """What the rules need from everything but the clauses."""

    parties: frozenset[str]
    """Declared party ids."""
    sources: frozenset[str]
    """Declared source ids."""
    annex_ids: tuple[tuple[str, Path], ...]
    """Each annex's id and path (annexes share the clauses' id space)."""
    refs: tuple[tuple[str, Path], ...]
    """(target id, path of the text) for each reference in the preamble and annex texts."""
    gaps: tuple[tuple[str, Path], ...]
    """(clause id, path) for each clause a gap is `after` or `within`."""
    problems: tuple[RuleProblem, ...]
    """Rules the head breaks on its own: an id declared twice, a date not in the calendar, a
    translation of the title or preamble that disagrees with it."""
    languages: tuple[str, ...] = ()
    """Declared language tags, the file's own first."""


class ClauseFacts(NamedTuple):
    """What the rules need from one top-level clause and its sub-clauses.

    A named tuple rather than a dataclass: the loader makes one per top-level clause.
    """

    ids: tuple[tuple[str, Path], ...]
    """Each clause id with its clause's path, in document order."""
    names: tuple[tuple[str, str, Path, bool], ...]
    """(`party` or `source`, the id named, path, points_at_key) for each use of a party or source."""
    refs: tuple[tuple[str, Path], ...]
    """(target id, path of the text) for each cross-reference in texts and alternatives."""
    problems: tuple[RuleProblem, ...]
    """Rules a clause breaks on its own: neither text nor sub-clauses, a translation that
    disagrees with its text (`drafter.load.languages`)."""
    parties: frozenset[str]
    """The party ids in `names`, to check them all at once."""
    sources: frozenset[str]
    """The source ids in `names`."""
    languages: tuple[tuple[str, Path], ...] = ()
    """(tag, path) of each translation in the clause and its sub-clauses."""


def rule_problems(data: Any) -> list[RuleProblem]:
    """Every rule broken in `data`, as (path, message, points_at_key)."""
    if not isinstance(data, dict):
        return []
    first = next(iter(languages.declared(data)), None)
    clauses = [clause_facts(item, path, first) for path, item in top_level_clauses(data)]
    return list(document_problems(head_facts(data), clauses))


def top_level_clauses(data: dict) -> Iterator[tuple[Path, Any]]:
    """(path, item) of each clause at the top of the body and of each annex."""
    for i, item in enumerate(_list(data.get("clauses"))):
        yield ("clauses", i), item
    for a, annex in enumerate(_list(data.get("annexes"))):
        if isinstance(annex, dict):
            for i, item in enumerate(_list(annex.get("clauses"))):
                yield ("annexes", a, "clauses", i), item


def document_problems(head: HeadFacts, clauses: Iterable[ClauseFacts]) -> Iterator[RuleProblem]:
    """Every rule the document broke, from its head's facts and each top-level clause's."""
    clauses = list(clauses)
    yield from head.problems
    first_use: dict[str, Path] = {}
    for ident, path in chain.from_iterable([*(facts.ids for facts in clauses), head.annex_ids]):
        if ident in first_use:
            yield (*path, "id"), f"id '{ident}' is already used at {json_path(first_use[ident])}", False
        else:
            first_use[ident] = path
    for facts in clauses:
        yield from clause_problems(facts, head, first_use)
    yield from _dangling(head.refs, first_use)
    for target, path in head.gaps:
        if target not in first_use:
            yield path, f"gap {path[-1]} '{target}': no clause has this id", False


def clause_problems(facts: ClauseFacts, head: HeadFacts, ids: Container[str]) -> Iterator[RuleProblem]:
    """The rules one clause breaks in a document with this head and these clause and annex ids.

    Unique ids are the document's rule (`document_problems`); this is everything else.
    """
    yield from facts.problems
    if facts.languages:
        yield from languages.unknown_languages(facts.languages, head.languages)
    if not (facts.parties <= head.parties and facts.sources <= head.sources):
        for kind, name, path, at_key in facts.names:
            if kind == "party" and name not in head.parties:
                yield path, _unknown_party(name, head.parties), at_key
            elif kind == "source" and name not in head.sources:
                yield path, f"source '{name}' is not declared in the document's sources", at_key
    yield from _dangling(facts.refs, ids)


def _dangling(refs: Iterable[tuple[str, Path]], ids: Container[str]) -> Iterator[RuleProblem]:
    for target, path in refs:
        if target not in ids:
            yield path, f"cross-reference [[{target}]] does not match any clause id", False


def _unknown_party(party: str, parties: frozenset[str]) -> str:
    known = ", ".join(sorted(parties)) or "none declared"
    return f"party '{party}' is not declared in parties (declared: {known})"


# -- facts -----------------------------------------------------------------------------------


def head_facts(data: dict) -> HeadFacts:
    """The facts of the document's head (clauses aside)."""
    problems: list[RuleProblem] = []
    parties = _declared_ids(data, "parties", "party", problems)
    sources = _declared_ids(data, "sources", "source", problems)
    problems.extend(_date_problems(data))
    annexes = [(a, annex) for a, annex in enumerate(_list(data.get("annexes"))) if isinstance(annex, dict)]
    annex_ids = tuple((annex["id"], ("annexes", a)) for a, annex in annexes if isinstance(annex.get("id"), str))
    texts: list[tuple[Path, Any]] = [(("preamble",), data.get("preamble"))]
    texts += [(("annexes", a, "text"), annex.get("text")) for a, annex in annexes]
    texts += languages.translated_texts((), data, "preamble")
    texts += [found for a, annex in annexes for found in languages.translated_texts(("annexes", a), annex, "text")]
    refs = tuple((target, path) for path, text in texts if isinstance(text, str) for target in REFERENCE.findall(text))
    tags = languages.declared(data)
    problems.extend(languages.said_twice(data))
    problems.extend(_head_languages(data, annexes, tags))
    return HeadFacts(frozenset(parties), frozenset(sources), annex_ids, refs, tuple(_gaps(data)), tuple(problems),
                     tags)


def _head_languages(data: dict, annexes: list[tuple[int, dict]], tags: tuple[str, ...]) -> Iterator[RuleProblem]:
    """The document's and the annexes' translations: into declared languages, saying what they say."""
    first = tags[0] if tags else None
    uses = list(languages.used((), data))
    uses += [use for a, annex in annexes for use in languages.used(("annexes", a), annex)]
    yield from languages.unknown_languages(uses, tags)
    yield from languages.version_problems((), data, first)
    for a, annex in annexes:
        yield from languages.version_problems(("annexes", a), annex, first)


def _gaps(data: dict) -> Iterator[tuple[str, Path]]:
    for i, gap in enumerate(_list(data.get("gaps"))):
        for key in ("after", "within"):
            target = gap.get(key) if isinstance(gap, dict) else None
            if isinstance(target, str):
                yield target, ("gaps", i, key)


def clause_facts(item: Any, path: Path, first: str | None = None) -> ClauseFacts:
    """The facts of the clause `item` at `path` and of its sub-clauses; `first` names the file's own
    language in messages about translations (None: `the original`)."""
    facts = _Reading(first)
    facts.walk(path, item)
    return facts.done()


class _Reading:
    """The facts of a clause as they are read, one clause or sub-clause at a time."""

    def __init__(self, first: str | None) -> None:
        self.first = first
        self.languages: list[tuple[str, Path]] = []
        self.ids: list[tuple[str, Path]] = []
        self.names: list[tuple[str, str, Path, bool]] = []
        self.refs: list[tuple[str, Path]] = []
        self.problems: list[RuleProblem] = []

    def walk(self, path: Path, clause: Any) -> None:
        """Read `clause` and its sub-clauses, in document order."""
        if not isinstance(clause, dict):
            return
        ident, text, children = clause.get("id"), clause.get("text"), clause.get("clauses")
        if isinstance(ident, str):
            self.ids.append((ident, path))
        if not (isinstance(text, str) and text.strip()) and not (isinstance(children, list) and children):
            self.problems.append((path, "clause has neither text nor sub-clauses", False))
        if isinstance(text, str) and "[[" in text:
            self.refs += [(target, (*path, "text")) for target in REFERENCE.findall(text)]
        if "positions" in clause or "alternatives" in clause or "sources" in clause:
            self._names(path, clause)
        if "translations" in clause:
            self._translations(path, clause)
        if isinstance(children, list):
            for i, child in enumerate(children):
                self.walk((*path, "clauses", i), child)

    def _names(self, path: Path, clause: dict) -> None:
        positions = clause.get("positions")
        if isinstance(positions, dict):
            self.names += [("party", party, (*path, "positions", party), True) for party in positions]
        for i, alternative in enumerate(_list(clause.get("alternatives"))):
            if not isinstance(alternative, dict):
                continue
            party, text = alternative.get("party"), alternative.get("text")
            if isinstance(party, str):
                self.names.append(("party", party, (*path, "alternatives", i, "party"), False))
            if isinstance(text, str):
                self.refs += [(target, (*path, "alternatives", i, "text")) for target in REFERENCE.findall(text)]
        for i, source in enumerate(_list(clause.get("sources"))):
            if isinstance(source, str):
                self.names.append(("source", source, (*path, "sources", i), False))

    def _translations(self, path: Path, clause: dict) -> None:
        self.languages += languages.used(path, clause)
        self.problems += languages.version_problems(path, clause, self.first)
        for where, text in languages.translated_texts(path, clause, "text"):
            if isinstance(text, str) and "[[" in text:
                self.refs += [(target, where) for target in REFERENCE.findall(text)]

    def done(self) -> ClauseFacts:
        parties = frozenset(name for kind, name, _, _ in self.names if kind == "party")
        sources = frozenset(name for kind, name, _, _ in self.names if kind == "source")
        return ClauseFacts(tuple(self.ids), tuple(self.names), tuple(self.refs), tuple(self.problems),
                           parties, sources, tuple(self.languages))


def _declared_ids(data: dict, field: str, what: str, problems: list[RuleProblem]) -> set[str]:
    seen: set[str] = set()
    for i, item in enumerate(_list(data.get(field))):
        ident = item.get("id") if isinstance(item, dict) else None
        if isinstance(ident, str):
            if ident in seen:
                problems.append(((field, i, "id"), f"{what} id '{ident}' is declared twice", False))
            seen.add(ident)
    return seen


def _date_problems(data: dict) -> Iterator[RuleProblem]:
    dated: list[tuple[Path, Any]] = [(("date",), data.get("date"))]
    dated += [(("sources", i, "date"), s.get("date")) for i, s in enumerate(_list(data.get("sources")))
              if isinstance(s, dict)]
    for path, value in dated:
        if isinstance(value, str) and _ISO_SHAPE.fullmatch(value) and not _is_calendar_date(value):
            yield path, f"'{value}' is not a real calendar date", False


def _is_calendar_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True



def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def json_path(path: Path) -> str:
    """`('clauses', 3, 'text')` -> `$.clauses[3].text`."""
    out = ["$"]
    for step in path:
        out.append(f"[{step}]" if isinstance(step, int) else f".{step}")
    return "".join(out)
