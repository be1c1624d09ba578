"""Read a proposal: bytes -> safe YAML -> every problem at once -> the frozen model.

    proposal = load_path("proposals/x.yaml")        # raises InvalidProposal / InputError
    problems = check_bytes(data, "HEAD:proposals/x.yaml")
"""

from __future__ import annotations

from pathlib import Path as FilePath
from typing import Any

from drafter.errors import InputError, InvalidProposal, Problem
from drafter.load.languages import SeeAlso
from drafter.load.rules import json_path, rule_problems
from drafter.load.schema import MAX_PROBLEMS, schema_problems
from drafter.load.yaml_source import MAX_BYTES, YamlDocument, decode, read_yaml
from drafter.model import Proposal

__all__ = ["check_bytes", "load_bytes", "load_path", "read_file"]


def read_file(path: str | FilePath) -> bytes:
    """The bytes of a proposal file, with a one-line error if it cannot be read.

    At most MAX_BYTES are read, so `/dev/zero` or a runaway log file is refused, not swallowed.
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, expected a proposal file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{path}: more than {MAX_BYTES:,} bytes; proposals are limited to that")
    return data


def load_path(path: str | FilePath) -> Proposal:
    """The proposal in the file at `path`."""
    return load_bytes(read_file(path), str(path))


def load_bytes(data: bytes, origin: str) -> Proposal:
    """The proposal in `data`, read from `origin` (a path or `REV:PATH`, for messages)."""
    document, problems = _check(data, origin)
    if problems:
        raise InvalidProposal(problems)
    from drafter.load.build import build_proposal

    return build_proposal(document.data, origin)


def check_bytes(data: bytes, origin: str, *, warnings: bool = False) -> list[Problem]:
    """Every problem in `data`; an empty list means it loads.

    With `warnings`, a file that loads also gets its warnings (`Problem.severity ==
    "warning"`: an undated text, source numbers that skip or repeat), in line order.
    """
    document, problems = _check(data, origin)
    if warnings and not problems:
        from drafter.load.warnings import rule_warnings

        problems = [_problem(document, origin, *found, severity="warning") for found in rule_warnings(document.data)]
        problems.sort(key=lambda p: (p.line, p.column))
    return problems


def _problem(document: YamlDocument, origin: str, path: tuple[str | int, ...], message: str, at_key: bool,
             severity: str = "error") -> Problem:
    line, column = document.locate(path, key=at_key)
    if isinstance(message, SeeAlso):
        message = message.format(f"line {document.locate(message.place)[0]},")
    return Problem(origin, line, column, _subject(document.data, path), json_path(path), message, severity)


def _check(data: bytes, origin: str) -> tuple[YamlDocument, list[Problem]]:
    document = read_yaml(decode(data, origin), origin)
    if document.data is None and not document.problems:
        raise InputError(f"{origin}: file is empty; a proposal needs at least drafter, id, title and clauses")
    problems = [
        Problem(origin, *((p.line, p.column) if p.line else document.locate(p.path, key=True)),
                _subject(document.data, p.path), json_path(p.path), p.message)
        for p in document.problems[:MAX_PROBLEMS + 1]
    ]
    if not isinstance(document.data, dict):
        line, column = document.locate(())
        problems.append(Problem(origin, line, column, "document", "$", "expected a mapping of fields (drafter:, id:, ...)"))
        return document, problems
    found = schema_problems(document.data) + rule_problems(document.data)
    problems += [_problem(document, origin, *problem) for problem in found]
    problems.sort(key=lambda p: (p.line, p.column))
    if len(problems) > MAX_PROBLEMS:
        problems = problems[:MAX_PROBLEMS] + [Problem(origin, 0, 0, "", "$", f"more problems not listed: drafter"
                                                      f" stops at {MAX_PROBLEMS}; fix these and run again")]
    return document, problems


_NAMED = {"clauses": "clause", "annexes": "annex", "parties": "party", "sources": "source"}


def _subject(data: Any, path: tuple[str | int, ...]) -> str:
    """`clause 'prisoners'` for a path inside a clause, else the nearest named thing."""
    subject, node = "document", data
    for i, step in enumerate(path):
        node = _step(node, step)
        if node is None:
            break
        kind = _NAMED.get(str(path[i - 1])) if isinstance(step, int) and i > 0 else None
        if kind in ("party", "source") and i != 1:
            kind = None  # a clause's `sources` list holds ids, not sources
        if kind:
            ident = node.get("id") if isinstance(node, dict) else None
            subject = f"{kind} '{ident}'" if isinstance(ident, str) else f"{kind} {json_path(path[: i + 1])}"
    return subject


def _step(node: Any, step: str | int) -> Any:
    if isinstance(node, dict) and isinstance(step, str):
        return node.get(step)
    if isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
        return node[step]
    return None
