"""Compare two proposals clause by clause: the result is a `Redline` every output renders.

    redline = diff_proposals(old, new)       # two versions: by id, then by similarity
    redline = compare_proposals(a, b)        # two parties' texts: the concordance's alignment
    spans = word_spans("within 48 hours", "within 72 hours")

The algorithms are imported when first used, so code that only reads a Redline
(renderers, `drafter log`) does not load them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.diff.redline import ClauseChange, FieldChange, Redline, Span
from drafter.model import Proposal

if TYPE_CHECKING:
    from drafter.diff.align import Node, Pairs
    from drafter.diff.pins import Pins

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
    from types import MappingProxyType

    from drafter.diff.align import flatten, match_versions
    from drafter.diff.changes import ChangeBuilder
    from drafter.diff.fields import document_fields, same_targets

    old_nodes: list[Node] = flatten(old)
    new_nodes: list[Node] = flatten(new)
    pairs: Pairs = match_versions(old_nodes, new_nodes)
    renamed = {old_nodes[i].clause.id: new_nodes[j].clause.id for i, (j, _) in pairs.items()
               if old_nodes[i].clause.id != new_nodes[j].clause.id}
    changes = ChangeBuilder(old, new, old_nodes, new_nodes, pairs, renamed).changes()
    fields = document_fields(old, new, same_targets(renamed))
    return Redline(old, new, changes, "versions", fields, MappingProxyType(renamed))


def compare_proposals(a: Proposal, b: Proposal, *, semantic: bool = True, threshold: float | None = None,
                      pins: Pins | None = None) -> Redline:
    """Two texts that share no ids (an original and a counter-proposal), aligned as `drafter compare`
    aligns them (`drafter.diff.concord`); the Redline is read off that alignment's rows
    (`drafter.diff.parties`). Two parties' texts share no ids: nothing is renamed."""
    from drafter.diff.concord import THRESHOLD, build_concordance
    from drafter.diff.parties import parties_redline

    concordance = build_concordance([a, b], semantic=semantic, pins=pins,
                                    threshold=THRESHOLD if threshold is None else threshold)
    return parties_redline(concordance)


def word_spans(old_text: str, new_text: str) -> tuple[Span, ...]:
    """The word-level spans turning `old_text` into `new_text` (see drafter.diff.words)."""
    from drafter.diff.words import word_spans as spans

    return spans(old_text, new_text)

