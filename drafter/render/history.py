"""A proposal's history as lines and JSON: `drafter log` and `drafter history`.

Reads the results of `drafter.history` (entries.py), never computes them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from drafter.history.entries import LogLine, Step
from drafter.render.paint import Paint, unpainted
from drafter.render.redline.terminal import word_diff


def log_lines(lines: list[LogLine], paint: Paint = unpainted) -> Iterator[str]:
    """`41e7a5c 2025-10-22 Ana Drafter  0.3    ~2 reworded -1 removed`, one a commit."""
    width = max((len(line.commit.author) for line in lines), default=0)
    for line in lines:
        commit = line.commit
        summary = " ".join(text if what == "plain" else paint(text, what if what in ("problem", "flag") else f"kind:{what}")
                           for text, what in line.summary)
        yield (f"{paint(commit.commit[:7], 'commit')} {commit.date[:10]} "
               f"{commit.author:<{width}}  {line.version or '?':<6} {summary}")


def log_json(lines: list[LogLine]) -> str:
    """A JSON list of {commit, date, author, path, version, summary, counts} (docs/git.md)."""
    records = [{"commit": line.commit.commit, "date": line.commit.date, "author": line.commit.author,
                "path": line.commit.path, "version": line.version, "summary": line.text, "counts": line.counts,
                **({"not_updated": line.not_updated} if line.not_updated else {})}
               for line in lines]
    return json.dumps(records, ensure_ascii=False, indent=2)


def step_lines(steps: Iterable[Step], paint: Paint = unpainted) -> Iterator[str]:
    """Each step: commit, date, author, version, number and what happened, then the text with its word diff."""
    for step in steps:
        commit = step.version.commit
        number = step.version.proposal.version if step.version.proposal else "?"
        head = [f"{paint(commit.commit[:7], 'commit')} {commit.date[:10]} {commit.author}", f"v{number}"]
        if step.clause:
            head.append(f"point {step.clause.number}")
        yield "  ".join([*head, paint(step.event, "heading") + _detail(step)])
        for change in step.fields:
            yield f"    {change.field}: {change.old or '-'} -> {change.new or '-'}"
        if step.clause is not None:
            text = "".join(s.text for s in step.spans) if step.event == "added" else word_diff(step.spans, paint)
            yield from (f"    {paragraph}" for paragraph in text.split("\n"))


def _detail(step: Step) -> str:
    """` from point 3`, ` withdrawal → israeli-withdrawal`, and `, reworded` when the words changed too."""
    change = step.change
    if change is None or change.old is None or change.new is None:
        return ""
    detail = ""
    if change.kind == "moved":
        detail = f" from point {change.old.number}"
    if change.old.id != change.new.id:
        detail += f" {change.old.id} → {change.new.id}"
    if change.kind in ("moved", "renamed") and any(span.op != "equal" for span in change.spans):
        detail += ", reworded"
    return detail


def steps_json(steps: Iterable[Step]) -> str:
    """The steps as a JSON list (docs/git.md)."""
    return json.dumps([_step_record(step) for step in steps], ensure_ascii=False, indent=2)


def _step_record(step: Step) -> dict[str, object]:
    commit, clause, change = step.version.commit, step.clause, step.change
    old = change.old if change is not None else None
    return {
        "commit": commit.commit, "date": commit.date, "author": commit.author, "path": commit.path,
        "version": step.version.proposal.version if step.version.proposal else None,
        "id": clause.id if clause else (old.id if old else None),
        "number": clause.number if clause else None, "event": step.event,
        "old": {"id": old.id, "number": old.number} if old else None,
        "text": list(clause.text) if clause else None,
        "spans": [{"op": span.op, "text": span.text} for span in step.spans],
        "fields": {f.field: {"old": f.old, "new": f.new} for f in step.fields},
        "related": list(change.related) if change else [],
    }
