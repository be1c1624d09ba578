"""One clause across the versions of a proposal: where it appears, changes or goes away."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from drafter.diff import word_spans
from drafter.diff.redline import Span
from drafter.history.entries import Step, Version
from drafter.model import Clause


def clause_steps(versions: Iterable[Version], clause_id: str) -> Iterator[Step]:
    """The versions where the clause first appears, changes or goes away."""
    previous: Clause | None = None
    seen = False
    for version in versions:
        if version.proposal is None:
            continue
        clause = version.proposal.index.get(clause_id)
        if clause is None:
            if previous is not None:
                yield Step(version, "removed", None, (), ())
            previous = None
            continue
        if previous is None:
            event = "restored" if seen else "added"
            yield Step(version, event, clause, (Span("insert", _text(clause)),), ())
        else:
            fields = _fields(previous, clause)
            if previous.text != clause.text or fields:
                spans = word_spans(_text(previous), _text(clause))
                yield Step(version, "reworded" if previous.text != clause.text else "changed", clause, spans, fields)
        previous, seen = clause, True


def _text(clause: Clause) -> str:
    return "\n".join(clause.text)


def _fields(old: Clause, new: Clause) -> tuple[tuple[str, str, str], ...]:
    pairs = (("title", old.title or "", new.title or ""), ("status", old.status, new.status))
    return tuple((name, a, b) for name, a, b in pairs if a != b)
