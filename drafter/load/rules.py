"""The rules a JSON Schema cannot say: unique ids, resolvable references, known parties
and sources, no empty clause, real calendar dates.

Works on the raw data (even when the schema check failed), so a file's problems are
all reported in one run; every access is guarded against wrong types.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from typing import Any

from drafter.load.yaml_source import Path
from drafter.model import REFERENCE

RuleProblem = tuple[Path, str, bool]

_ISO_SHAPE = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")
"""Dates the schema accepts; the calendar check then catches 2025-02-30."""


def rule_problems(data: Any) -> list[RuleProblem]:
    """Every rule broken in `data`, as (path, message, points_at_key)."""
    if not isinstance(data, dict):
        return []
    problems: list[RuleProblem] = []
    parties = _declared_ids(data, "parties", "party", problems)
    sources = _declared_ids(data, "sources", "source", problems)
    clauses = list(_all_clauses(data))
    clause_ids = _clause_ids(data, clauses, problems)
    for path, clause in clauses:
        problems.extend(_clause_problems(path, clause, parties, sources))
    problems.extend(_reference_problems(data, clauses, clause_ids))
    problems.extend(_gap_problems(data, clause_ids))
    problems.extend(_date_problems(data))
    return problems


def _declared_ids(data: dict, field: str, what: str, problems: list[RuleProblem]) -> set[str]:
    seen: set[str] = set()
    for i, item in enumerate(_list(data.get(field))):
        ident = item.get("id") if isinstance(item, dict) else None
        if isinstance(ident, str):
            if ident in seen:
                problems.append(((field, i, "id"), f"{what} id '{ident}' is declared twice", False))
            seen.add(ident)
    return seen


def _all_clauses(data: dict) -> Iterator[tuple[Path, dict]]:
    yield from _clauses_under(("clauses",), data.get("clauses"))
    for a, annex in enumerate(_list(data.get("annexes"))):
        if isinstance(annex, dict):
            yield from _clauses_under(("annexes", a, "clauses"), annex.get("clauses"))


def _clauses_under(path: Path, items: Any) -> Iterator[tuple[Path, dict]]:
    for i, clause in enumerate(_list(items)):
        if isinstance(clause, dict):
            yield (*path, i), clause
            yield from _clauses_under((*path, i, "clauses"), clause.get("clauses"))


def _clause_ids(data: dict, clauses: list[tuple[Path, dict]], problems: list[RuleProblem]) -> set[str]:
    first_use: dict[str, Path] = {}
    annex_ids = [((("annexes", a)), annex) for a, annex in enumerate(_list(data.get("annexes")))
                 if isinstance(annex, dict)]
    for path, item in [*clauses, *annex_ids]:
        ident = item.get("id")
        if not isinstance(ident, str):
            continue
        if ident in first_use:
            problems.append(((*path, "id"), f"id '{ident}' is already used at {json_path(first_use[ident])}", False))
        else:
            first_use[ident] = path
    return set(first_use)


def _clause_problems(path: Path, clause: dict, parties: set[str], sources: set[str]) -> Iterator[RuleProblem]:
    if not _has_text(clause.get("text")) and not _list(clause.get("clauses")):
        yield path, "clause has neither text nor sub-clauses", False
    positions = clause.get("positions")
    if isinstance(positions, dict):
        for party in positions:
            if party not in parties:
                yield (*path, "positions", party), _unknown_party(party, parties), True
    for i, alternative in enumerate(_list(clause.get("alternatives"))):
        party = alternative.get("party") if isinstance(alternative, dict) else None
        if isinstance(party, str) and party not in parties:
            yield (*path, "alternatives", i, "party"), _unknown_party(party, parties), False
    for i, source in enumerate(_list(clause.get("sources"))):
        if isinstance(source, str) and source not in sources:
            yield (*path, "sources", i), f"source '{source}' is not declared in the document's sources", False


def _unknown_party(party: str, parties: set[str]) -> str:
    known = ", ".join(sorted(parties)) or "none declared"
    return f"party '{party}' is not declared in parties (declared: {known})"


def _reference_problems(data: dict, clauses: list[tuple[Path, dict]], ids: set[str]) -> Iterator[RuleProblem]:
    for path, text in _texts(data, clauses):
        for target in REFERENCE.findall(text):
            if target not in ids:
                yield path, f"cross-reference [[{target}]] does not match any clause id", False


def _gap_problems(data: dict, ids: set[str]) -> Iterator[RuleProblem]:
    for i, gap in enumerate(_list(data.get("gaps"))):
        for key in ("after", "within"):
            target = gap.get(key) if isinstance(gap, dict) else None
            if isinstance(target, str) and target not in ids:
                yield ("gaps", i, key), f"gap {key} '{target}': no clause has this id", False


def _texts(data: dict, clauses: list[tuple[Path, dict]]) -> Iterator[tuple[Path, str]]:
    if isinstance(data.get("preamble"), str):
        yield ("preamble",), data["preamble"]
    for a, annex in enumerate(_list(data.get("annexes"))):
        if isinstance(annex, dict) and isinstance(annex.get("text"), str):
            yield ("annexes", a, "text"), annex["text"]
    for path, clause in clauses:
        if isinstance(clause.get("text"), str):
            yield (*path, "text"), clause["text"]
        for i, alternative in enumerate(_list(clause.get("alternatives"))):
            if isinstance(alternative, dict) and isinstance(alternative.get("text"), str):
                yield (*path, "alternatives", i, "text"), alternative["text"]


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


def _has_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def json_path(path: Path) -> str:
    """`('clauses', 3, 'text')` -> `$.clauses[3].text`."""
    out = ["$"]
    for step in path:
        out.append(f"[{step}]" if isinstance(step, int) else f".{step}")
    return "".join(out)
