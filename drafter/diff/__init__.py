"""Compare two proposals clause by clause: the result is a `Redline` every output renders.

    redline = diff_proposals(old, new)       # two versions: by id, then by similarity
    redline = compare_proposals(a, b)        # two parties' texts: by similarity only
    spans = word_spans("within 48 hours", "within 72 hours")

The algorithms are imported when first used, so code that only reads a Redline
(renderers, `drafter log`) does not load them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from drafter.diff.redline import ClauseChange, FieldChange, Redline, Span
from drafter.model import Proposal

if TYPE_CHECKING:
    from drafter.diff.align import Node, Pairs

__all__ = [
    "ClauseChange",
    "FieldChange",
    "Redline",
    "Span",
    "compare_proposals",
    "diff_proposals",
    "word_spans",
]


def diff_proposals(old: Proposal, new: Proposal) -> Redline:
    """Two versions of one proposal: clauses matched by id first, then by similarity."""
    from drafter.diff.align import match_versions

    return _redline(old, new, match_versions, "versions")


def compare_proposals(a: Proposal, b: Proposal) -> Redline:
    """Two texts that share no ids (an original and a counter-proposal): by similarity only."""
    from drafter.diff.align import match_parties

    return _redline(a, b, match_parties, "parties")


def word_spans(old_text: str, new_text: str) -> tuple[Span, ...]:
    """The word-level spans turning `old_text` into `new_text` (see drafter.diff.words)."""
    from drafter.diff.words import word_spans as spans

    return spans(old_text, new_text)


def _redline(old: Proposal, new: Proposal, match: Any, mode: Literal["versions", "parties"]) -> Redline:
    from types import MappingProxyType

    from drafter.diff.align import flatten
    from drafter.diff.changes import ChangeBuilder
    from drafter.diff.fields import document_fields, same_targets

    old_nodes: list[Node] = flatten(old)
    new_nodes: list[Node] = flatten(new)
    pairs: Pairs = match(old_nodes, new_nodes)
    renamed: dict[str, str] = {}
    if mode == "versions":  # two parties' texts share no ids: nothing is renamed there
        renamed = {old_nodes[i].clause.id: new_nodes[j].clause.id for i, (j, _) in pairs.items()
                   if old_nodes[i].clause.id != new_nodes[j].clause.id}
    changes = ChangeBuilder(old, new, old_nodes, new_nodes, pairs, renamed).changes()
    fields = document_fields(old, new, same_targets(renamed))
    return Redline(old, new, changes, mode, fields, MappingProxyType(renamed))
