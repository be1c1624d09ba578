"""What `drafter compare` produces: a Concordance, the side-by-side table every output draws.

One row per provision, one column per text (texts in reading order, the original first).
A cell holds the clauses of one text that say that provision: none (the text does not say
it, or the text is cut off before it), one, or several (a point split in two, or two points
merged into one). The alignment algorithms (`drafter.diff.concord`) build it; renderers
only read it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Literal

from drafter.diff.redline import Span
from drafter.model import Clause, Proposal

RowKind = Literal["only", "matched", "reworded", "split", "merged", "uncertain"]
ROW_KINDS: tuple[RowKind, ...] = ("reworded", "split", "merged", "only", "uncertain", "matched")
"""In the order summaries list them."""

CellState = Literal["present", "absent", "cut-off"]


@dataclass(frozen=True, slots=True)
class Scores:
    """How alike a cell is to the cell it was aligned with (the nearest earlier text in the row)."""

    lexical: float
    """TF-IDF cosine of the two cells' words (character n-grams for Cyrillic), 0..1."""
    semantic: float | None
    """Cosine of the two cells' sentence embeddings, 0..1; None when the model was not used."""
    fused: float
    """The score the alignment used, 0..1: both signals combined (see docs/concordance.md)."""


@dataclass(frozen=True, slots=True)
class Cell:
    """What one text says on one provision."""

    text: int
    """Index of the text (its column), in reading order from 0."""
    clauses: tuple[Clause, ...] = ()
    """The text's clauses on this provision, in document order; empty when it says nothing."""
    state: CellState = "absent"
    """`present`; `absent` (the text has no such point); `cut-off` (the text as we have it
    ends, or has a gap, before where this point would be: not evidence that it was dropped)."""
    base: int | None = None
    """The text this cell is compared with: the nearest earlier text present in the row."""
    spans: tuple[Span, ...] = ()
    """Word-level differences from the `base` cell's wording (EQUAL+DELETE rebuild the base,
    EQUAL+INSERT this cell); for a cell with no base, one EQUAL span of its own wording."""
    scores: Scores | None = None
    """Similarity to the `base` cell; None without a base."""
    pinned: bool = False
    """True when a person's pairs file put this cell in this row."""
    moved: bool = False
    """True when the text has this point elsewhere in its order (a link across the others)."""
    owner: Proposal | None = field(default=None, compare=False, repr=False)
    """The text the clauses belong to, whose numbers their `[[id]]` references print."""

    @property
    def present(self) -> bool:
        """True when the text says something on this provision."""
        return bool(self.clauses)

    @property
    def wording(self) -> str:
        """The cell's clauses' text, paragraphs and clauses separated by newlines."""
        return "\n".join(self.clause_wording(c) for c in self.clauses)

    def clause_wording(self, clause: Clause) -> str:
        """One of the cell's clauses as a reader sees it: references as its text numbers them."""
        return clause_text(clause, self.owner)

    @property
    def numbers(self) -> str:
        """The printed numbers of the cell's clauses: `10, 10(a), 10(b)`, or '' when empty."""
        return ", ".join(display_number(c) for c in self.clauses)


@dataclass(frozen=True, slots=True)
class Row:
    """One provision across every text."""

    cells: tuple[Cell, ...]
    """One cell per text, in reading order."""
    kind: RowKind
    """`only` (one text says it), `matched` (the same wording everywhere it appears),
    `reworded`, `split` (one clause answered by several), `merged` (several by one),
    `uncertain` (confidence under the threshold: a guess, shown as one)."""
    confidence: float
    """0..1: how sure the alignment is of this row (the weakest of its decisions)."""
    tentative: RowKind | None = None
    """For an uncertain row, the kind it would have if it were asserted."""

    @property
    def present(self) -> tuple[int, ...]:
        """Indexes of the texts that say something here."""
        return tuple(cell.text for cell in self.cells if cell.present)

    @property
    def changed(self) -> bool:
        """False only for a row with the same wording in every text."""
        return self.kind != "matched" or len(self.present) < len(self.cells)


@dataclass(frozen=True, slots=True)
class Concordance:
    """Several texts aligned provision by provision."""

    texts: tuple[Proposal, ...]
    """The texts in reading order (the original first)."""
    labels: tuple[str, ...]
    """Short column names: `A`, `B`, `C`, ..."""
    rows: tuple[Row, ...]
    """In the reading order of the texts (a point one text moved stays with its partners)."""
    semantic: bool
    """True when the sentence-embedding model contributed to the scores."""
    threshold: float
    """Rows with confidence under this are `uncertain`."""
    notes: tuple[str, ...] = field(default=())
    """Things a reader should know, e.g. that the semantic model was not available."""
    model: str | None = None
    """The sentence-embedding model used, by name; None when words alone were compared."""

    def counts(self) -> Counter[str]:
        """How many rows of each kind."""
        return Counter(row.kind for row in self.rows)

    def summary(self) -> str:
        """`12 rows: 3 reworded, 1 split, 2 only in one text`, or `12 rows, all matched`."""
        counts = self.counts()
        parts = [f"{counts[kind]} {_KIND_WORDS[kind]}" for kind in ROW_KINDS if kind != "matched" and counts[kind]]
        if counts["matched"]:
            parts.append(f"{counts['matched']} matched")
        return f"{len(self.rows)} rows: " + ", ".join(parts) if parts else f"{len(self.rows)} rows"

    def kind_label(self, row: Row) -> str:
        """The kind as a reader says it: `only in B`, `reworded`, `split`, ..."""
        kind = row.tentative if row.kind == "uncertain" and row.tentative else row.kind
        label = "only in " + "".join(self.labels[i] for i in row.present) if kind == "only" else kind
        cut = [self.labels[c.text] for c in row.cells if c.state == "cut-off"]
        if cut:
            label += f" ({', '.join(cut)}: not in the available text)"
        return f"uncertain: {label}?" if row.kind == "uncertain" else label

    def select(self, changed_only: bool) -> Concordance:
        """The rows that differ, or all of them."""
        if not changed_only:
            return self
        rows = tuple(row for row in self.rows if row.changed)
        return replace(self, rows=rows)

    @property
    def same(self) -> bool:
        """True when every row has the same wording in every text: the exit status is then 0."""
        return all(not row.changed for row in self.rows)


_KIND_WORDS = {"reworded": "reworded", "split": "split", "merged": "merged", "only": "only in one text",
               "uncertain": "uncertain", "matched": "matched"}


def clause_text(clause: Clause, owner: Proposal | None = None) -> str:
    """A clause's own wording for comparison: its title (if any) and its paragraphs, with each
    `[[id]]` printed as `owner` numbers that clause (`point 12`); kept as written without one."""
    parts = ([clause.title] if clause.title else []) + list(clause.text)
    text = "\n".join(parts)
    return owner.resolve(text) if owner is not None else text


def display_number(clause: Clause) -> str:
    """The number a reader cites (the source's own when the text gives one), or `(unnumbered)`."""
    return clause.number or "(unnumbered)"
