"""What the concordance renderers share: headings of texts and trimming long unchanged runs."""

from __future__ import annotations

from collections.abc import Iterator

from drafter.diff.concordance import Cell, Concordance, Row
from drafter.diff.redline import Span
from drafter.model import Proposal

CONTEXT = 6
"""Words of unchanged text kept on each side of a change when a clause is trimmed."""
LONG = 40
"""A clause with more words than this is trimmed (terminal) to its changed parts."""
ELLIPSIS = "…"


def describe(proposal: Proposal) -> str:
    """`Title, version 0.3 (origin)`, with `(cut off)` when the text as we have it is partial."""
    partial = " — cut off" if is_cut_off(proposal) else ""
    return f"{proposal.title}, version {proposal.version} ({proposal.origin}){partial}"


def is_cut_off(proposal: Proposal) -> bool:
    """True when the importer marked the text as the recoverable part of a longer one."""
    return bool(getattr(proposal, "partial", None))


def trim_spans(spans: tuple[Span, ...], context: int = CONTEXT) -> Iterator[Span]:
    """The spans with long unchanged runs cut to `context` words on each side of a change."""
    last = len(spans) - 1
    for k, span in enumerate(spans):
        if span.op != "equal":
            yield span
            continue
        words = span.text.split(" ")
        keep_start = context if k > 0 else 0
        keep_end = context if k < last else 0
        if len(words) <= keep_start + keep_end + 2 or (k == 0 and k == last):
            yield span
            continue
        head = " ".join(words[:keep_start])
        tail = " ".join(words[len(words) - keep_end:]) if keep_end else ""
        text = f"{head} {ELLIPSIS} {tail}" if head and tail else (f"{head} {ELLIPSIS}" if head else f"{ELLIPSIS} {tail}")
        yield Span("equal", text.strip() + (" " if tail and span.text.endswith(" ") else ""))


def trim_text(text: str, limit: int = LONG) -> str:
    """`text` cut to its first `limit` words, with an ellipsis when cut."""
    words = text.split()
    return text if len(words) <= limit else " ".join(words[:limit]) + f" {ELLIPSIS}"


def cell_heading(concordance: Concordance, cell: Cell) -> str:
    """`B 10, 10(a)` for a cell with clauses; `B —` (or `B cut off`) for an empty one."""
    label = concordance.labels[cell.text]
    if cell.present:
        return f"{label} {cell.numbers}" + (" (moved)" if cell.moved else "")
    return f"{label} (not in the available text)" if cell.state == "cut-off" else f"{label} —"


def row_label(concordance: Concordance, row: Row) -> str:
    """`reworded · confidence 0.93`, `only in B`, `uncertain · confidence 0.41`."""
    return f"{concordance.kind_label(row)} · confidence {row.confidence:.2f}"
