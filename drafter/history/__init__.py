"""A proposal's history in git: its versions, the log of what changed, one clause's story.

    lines = log("proposals/x.yaml")                       # newest first, one LogLine per commit
    steps = clause_history("proposals/x.yaml", "prisoners")

Everything is read with two git processes, however long the history (`versions`).
Library code: it raises `DrafterError`s and never prints; `drafter.cli` renders the results.
"""

from __future__ import annotations

from drafter.errors import InputError
from drafter.history.entries import Entry, LogLine, Step, Version
from drafter.history.log import LOG_KINDS, change_counts, changed_only, log_entries, log_line, summary, summary_parts
from drafter.history.steps import clause_steps
from drafter.history.versions import load_versions

__all__ = ["LOG_KINDS", "Entry", "LogLine", "Step", "Version", "change_counts", "changed_only", "clause_history",
           "clause_steps", "load_versions", "log", "log_entries", "log_line", "summary", "summary_parts"]


def log(path: str) -> list[LogLine]:
    """Every commit that changed the proposal at `path`, newest first, with what it changed.

    Lines, not entries: an entry's redline holds two whole versions, a line a few strings.
    """
    return [log_line(entry) for entry in log_entries(load_versions(path))][::-1]


def clause_history(path: str, clause_id: str) -> list[Step]:
    """The commits where clause `clause_id` of the proposal at `path` appeared, changed or went away."""
    steps = clause_steps(log_entries(load_versions(path)), clause_id)
    if not steps:
        raise InputError(f"{path}: no committed version has a clause with id '{clause_id}'")
    return steps
