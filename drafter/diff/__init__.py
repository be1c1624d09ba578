"""Compare two proposals clause by clause: the result is a `Redline` every output renders.

    redline = diff_proposals(old, new)       # two versions: by id, then by similarity
    redline = compare_proposals(a, b)        # two parties' texts: by similarity only
    spans = word_spans("within 48 hours", "within 72 hours")
"""

from __future__ import annotations

from drafter.diff.align import Pairs, flatten, match_parties, match_versions
from drafter.diff.changes import ChangeBuilder
from drafter.diff.fields import document_fields
from drafter.diff.redline import ClauseChange, FieldChange, Redline, Span
from drafter.diff.words import word_spans
from drafter.model import Proposal

__all__ = [
    "diff_proposals", "compare_proposals", "word_spans", "Redline", "ClauseChange", "Span", "FieldChange",
]


def diff_proposals(old: Proposal, new: Proposal) -> Redline:
    """Two versions of one proposal: clauses matched by id first, then by similarity."""
    return _redline(old, new, match_versions, "versions")


def compare_proposals(a: Proposal, b: Proposal) -> Redline:
    """Two texts that share no ids (an original and a counter-proposal): by similarity only."""
    return _redline(a, b, match_parties, "parties")


def _redline(old: Proposal, new: Proposal, match, mode) -> Redline:  # type: ignore[no-untyped-def]
    old_nodes, new_nodes = flatten(old), flatten(new)
    pairs: Pairs = match(old_nodes, new_nodes)
    changes = ChangeBuilder(old, new, old_nodes, new_nodes, pairs).changes()
    return Redline(old, new, changes, mode, document_fields(old, new))
