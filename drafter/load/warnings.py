"""What a valid proposal may hold but a person should look at: warnings, never errors.

- `date: undated`: the source gave no date and nobody has filled it in yet;
- numbers given by the source (`number:`) that skip (`2`, `4`) or repeat, or a list that
  starts past its first number, except where a recorded gap explains the jump;
- a title or text not yet translated into every language the document declares.

Works on data that passed the schema and the rules, numbering it the way the builder does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from drafter import numbering
from drafter.load.languages import missing_translations
from drafter.load.rules import RuleProblem, json_path
from drafter.load.yaml_source import Path


@dataclass(frozen=True, slots=True)
class _Numbered:
    path: Path
    number: str
    given: str | None
    jump: str | None
    """Why a given number does not follow the one before it: `jumps from 2 to 4`."""
    after: str | None
    """Id of the clause before it in its list."""


def rule_warnings(data: dict[str, Any]) -> list[RuleProblem]:
    """Every warning for schema- and rule-valid `data`, as (path, message, points_at_key)."""
    found: list[RuleProblem] = []
    if data.get("date") == "undated":
        found.append((("date",), "the source gives no date (undated); write the date as YYYY-MM-DD once known",
                      False))
    gapped = {gap.get("after") or gap.get("within") for gap in data.get("gaps", [])}
    numbered = list(_numbers(("clauses",), data.get("clauses", []), numbering.Counter()))
    for a, annex in enumerate(data.get("annexes", [])):
        counter = numbering.Counter(prefix=numbering.annex_letter(a + 1) + ".")
        numbered += _numbers(("annexes", a, "clauses"), annex.get("clauses", []), counter)
    first: dict[str, Path] = {}
    for item in numbered:
        where = (*item.path, "number") if item.given is not None else item.path
        if item.number and item.number in first:
            found.append((where, f"number {item.number} is also the number of {json_path(first[item.number])}",
                          False))
        first.setdefault(item.number, item.path)
        if item.jump and item.after not in gapped:
            found.append((where, f"the source's numbering {item.jump}", False))
    found += missing_translations(data)
    return found


def _numbers(path: Path, items: list[dict[str, Any]], counter: numbering.Counter) -> Iterator[_Numbered]:
    """Each clause under `path` with its number, as the builder numbers them."""
    previous: tuple[str | None, str] = (None, "")
    for i, item in enumerate(items):
        given, before = item.get("number"), counter.count
        number, _ = counter.next(given)
        jump = None
        if given and counter.count not in (before, before + 1):
            jump = (f"starts at {number}" if not previous[1] else
                    f"{'jumps' if counter.count > before else 'goes back'} from {previous[1]} to {number}")
        yield _Numbered((*path, i), number, given, jump, previous[0])
        inner = counter if given == "" else counter.below(number)
        yield from _numbers((*path, i, "clauses"), item.get("clauses") or [], inner)
        previous = (item.get("id"), number or previous[1])
