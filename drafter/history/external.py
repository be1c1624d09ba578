"""git's external diff for proposals (`drafter git-diff`): two files in, drafter's comparison out.

It must never fail: git stops a whole `git diff` when its external command does, so a
side that does not load gives a plain line diff under a one-line notice instead.
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from drafter.diff import diff_proposals
from drafter.diff.lines import unified_diff
from drafter.diff.redline import Redline
from drafter.errors import DrafterError, InputError, InvalidProposal
from drafter.load import load_bytes, read_file
from drafter.model import Proposal


def external_diff(old_file: str, new_file: str, old_name: str, new_name: str) -> Redline | str:
    """The changed clauses of two files git hands over (`/dev/null` for a missing side),
    or, when a side does not load, a notice and a line diff."""
    old_data, new_data = read_file(old_file), read_file(new_file)
    try:
        old = load_bytes(old_data, f"a/{old_name}") if old_data else None
        new = load_bytes(new_data, f"b/{new_name}") if new_data else None
    except DrafterError as error:
        why = error.message
        if isinstance(error, InvalidProposal) and error.problems:
            why = f"{error.problems[0].origin}: not a valid proposal ({why})"
        return f"drafter: {why}; showing a line diff\n" + unified_diff(old_data, new_data, old_name, new_name)
    old, new = old or _empty_like(new), new or _empty_like(old)
    return diff_proposals(old, new).select(0)  # changed clauses only, like a hunk


def _empty_like(other: Proposal | None) -> Proposal:
    """The side of an added or deleted file: the same document with no clauses."""
    if other is None:  # git never hands over two empty sides
        raise InputError("both sides are empty")
    return replace(other, preamble=(), clauses=(), annexes=(), index=MappingProxyType({}), origin="/dev/null")
