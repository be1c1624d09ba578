"""Read the JSON or YAML form of amendments (drafter/render/amendments/data.py).

YAML is read with drafter's own safe loader, which keeps every scalar as written, so
`every: true` and `number: 3` arrive as text and are read here; JSON keeps its types.
A malformed set is one error naming the file and the key: `ua.json: amendments[2].kind: ...`.
"""

from __future__ import annotations

import json
from typing import Any

from drafter.diff.amendments import (
    AMENDMENT_KINDS,
    Amendment,
    AmendmentSet,
    DocumentRef,
    NewClause,
    Place,
    Record,
    Target,
)
from drafter.errors import InputError

FORMAT = "drafter-amendments"
_TARGET_KINDS = ("clause", "preamble", "annex", "document")
_CLAUSE_KEYS = ("label", "number", "id", "title", "text", "status", "clauses", "source_number")


def looks_like_machine_form(data: bytes) -> bool:
    """True for JSON, or YAML whose first key is `format: drafter-amendments`."""
    head = data.lstrip()[:200].decode("utf-8", "replace")
    lines = [line for line in head.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return head.startswith("{") or bool(lines) and lines[0].replace('"', "").replace("'", "") == f"format: {FORMAT}"


def read_machine_form(data: bytes, origin: str) -> AmendmentSet:
    """The set in a JSON or YAML file."""
    if data.lstrip().startswith(b"{"):
        try:
            raw = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as exc:  # ValueError: JSONDecodeError, or a number of 4,300+ digits
            raise InputError(f"{origin}: not valid JSON: {exc}") from None
        except RecursionError:
            raise InputError(f"{origin}: not an amendment set: nested too deeply") from None
    else:
        from drafter.load.yaml_source import decode, read_yaml

        document = read_yaml(decode(data, origin), origin)
        if document.problems:
            problem = document.problems[0]
            raise InputError(f"{origin}:{problem.line}:{problem.column}: {problem.message}")
        raw = document.data
    return _Reader(origin).set(raw)


class _Reader:
    def __init__(self, origin: str) -> None:
        self.origin = origin

    def fail(self, where: str, message: str) -> InputError:
        return InputError(f"{self.origin}: {where}: {message}")

    def set(self, raw: Any) -> AmendmentSet:
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise InputError(f"{self.origin}: not a set of amendments (expected format: {FORMAT})")
        base = self.mapping(raw.get("base") or {}, "base")
        amendments = tuple(self.amendment(a, f"amendments[{i}]") for i, a in enumerate(self.items(raw, "amendments")))
        records = tuple(self.record(r, f"record[{i}]") for i, r in enumerate(self.items(raw, "record")))
        return AmendmentSet(
            DocumentRef(str(base.get("id") or ""), str(base.get("title") or ""), str(base.get("version") or "")),
            amendments, records, self.mapping(raw.get("result") or {}, "result"),
            str(raw.get("style") or "plain"), self.origin)

    def items(self, raw: dict[str, Any], key: str) -> list[Any]:
        value = raw.get(key) or []
        if not isinstance(value, list):
            raise self.fail(key, "expected a list")
        return value

    def mapping(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "expected a mapping")
        return value

    def amendment(self, raw: Any, where: str) -> Amendment:
        raw = self.mapping(raw, where)
        kind = raw.get("kind")
        if kind not in AMENDMENT_KINDS:
            raise self.fail(f"{where}.kind", f"expected one of {', '.join(AMENDMENT_KINDS)}, not {kind!r}")
        place = raw.get("place")
        return Amendment(
            kind, self.target(raw.get("target"), f"{where}.target"), self.text(raw, "old"), self.text(raw, "new"),
            self.flag(raw, "every", where), self.text(raw, "where"), self.flag(raw, "intro", where),  # type: ignore[arg-type]
            None if place is None else self.place(place, f"{where}.place"),
            tuple(self.clause(c, f"{where}.clauses[{i}]") for i, c in enumerate(self.items(raw, "clauses"))),
            tuple(str(p) for p in self.items(raw, "text")),
        )

    def text(self, raw: dict[str, Any], key: str) -> str:
        value = raw.get(key)
        return "" if value is None else str(value)

    def flag(self, raw: dict[str, Any], key: str, where: str) -> bool:
        value = raw.get(key, False)
        if value in (True, False, "true", "false", ""):
            return value in (True, "true")
        raise self.fail(f"{where}.{key}", f"expected true or false, not {value!r}")

    def target(self, raw: Any, where: str) -> Target | None:
        if raw is None:
            return None
        raw = self.mapping(raw, where)
        if raw.get("kind") not in _TARGET_KINDS:
            raise self.fail(f"{where}.kind", f"expected one of {', '.join(_TARGET_KINDS)}")
        return Target(raw["kind"], self.text(raw, "id"), self.text(raw, "number"))

    def place(self, raw: Any, where: str) -> Place:
        raw = self.mapping(raw, where)
        if raw.get("relation") not in ("after", "start"):
            raise self.fail(f"{where}.relation", "expected after or start")
        target = self.target(raw.get("target"), f"{where}.target")
        if target is None:
            raise self.fail(f"{where}.target", "missing")
        return Place(raw["relation"], target)

    def clause(self, raw: Any, where: str) -> NewClause:
        raw = self.mapping(raw, where)
        children = tuple(self.clause(c, f"{where}.clauses[{i}]") for i, c in enumerate(self.items(raw, "clauses")))
        record = {k: v for k, v in raw.items() if k not in _CLAUSE_KEYS}
        return NewClause(self.text(raw, "label"), self.text(raw, "number"), raw.get("title") or None,
                         tuple(str(p) for p in self.items(raw, "text")), self.text(raw, "status") or "proposed",
                         raw.get("id") or None, record, children,
                         None if raw.get("source_number") is None else str(raw["source_number"]))

    def record(self, raw: Any, where: str) -> Record:
        raw = self.mapping(raw, where)
        target = self.target(raw.get("target"), f"{where}.target")
        if target is None:
            raise self.fail(f"{where}.target", "missing")
        return Record(target, self.text(raw, "field"), raw.get("value"))
