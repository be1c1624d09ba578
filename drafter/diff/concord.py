"""Build a Concordance: several texts aligned provision by provision.

Texts are added one at a time in reading order (progressive alignment, as in multiple
sequence alignment): the first text makes one row per clause; each next text is aligned,
order-keeping with splits and merges (`drafter.diff.chain`), against the rows so far, a
row scoring against a clause as the best of its cells in the earlier texts. A clause left
alone becomes a new row where it stands. So every row is consistent across all texts by
construction: if A1 pairs B1 and B1 pairs C2, the row holds all three.

Then each row gets its kind, its confidence (the weakest of the decisions that made it)
and, per cell, the word-level differences from the nearest earlier text in the row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from drafter.diff import chain
from drafter.diff.align import flatten
from drafter.diff.concordance import Cell, Concordance, Row, RowKind, Scores, clause_text
from drafter.diff.pins import Pins
from drafter.diff.scoring import LEXICAL_RAMP, Group, Space, fuse
from drafter.diff.semantic import MISSING, MODEL, Embedder
from drafter.diff.words import word_spans
from drafter.model import Clause, Proposal

THRESHOLD = 0.5
"""Rows whose confidence is under this are marked uncertain."""
STRUCTURE = 0.05
"""Added to a split's score when an earlier text already has the point in as many clauses."""
PINNED = 10.0
"""The score a pinned pair is given: above anything the texts could earn, so the chain keeps it."""
SPREAD = 0.4
"""How far a score must clear its nearest rival for full confidence (from 0.5)."""


@dataclass
class _Row:
    """A row while it is being built: the clauses (Space indexes) of each text."""

    cells: dict[int, list[int]] = field(default_factory=dict)
    confidence: float = 1.0
    moved: set[int] = field(default_factory=set)
    pinned: set[int] = field(default_factory=set)


def build_concordance(texts: Sequence[Proposal], *, semantic: bool = True, threshold: float = THRESHOLD,
                      pins: Pins | None = None, embedder: Embedder | None = None) -> Concordance:
    """Align `texts` (two or more, in reading order) into a Concordance."""
    builder = _Builder(texts, semantic, pins or Pins(), embedder)
    rows = builder.rows()
    notes: tuple[str, ...] = (MISSING,) if semantic and not builder.space.uses_meaning and builder.items else ()
    if pins is not None and pins.unknown:
        notes += (f"the pairs file names clauses no text has any more (ignored): {', '.join(pins.unknown)}",)
    labels = tuple(_label(k) for k in range(len(texts)))
    cut = cut_off_rows(texts, [{k: [builder.items[i].id for i in cell] for k, cell in row.cells.items()} for row in rows])
    finished = tuple(_mark_cut(row, cut.get(x, set())) for x, row in enumerate(builder.finish(rows, threshold)))
    used = builder.space.uses_meaning
    return Concordance(tuple(texts), labels, finished, used, threshold, notes, MODEL if used else None)


def cut_off_rows(texts: Sequence[Proposal], rows: list[dict[int, list[str]]]) -> dict[int, set[int]]:
    """Row index -> texts that are cut off there: the row falls in a gap the text records."""
    cut: dict[int, set[int]] = {}
    for k, text in enumerate(texts):
        row_of = {ident: x for x, row in enumerate(rows) for ident in row.get(k, ())}
        present = sorted(set(row_of.values()))
        for gap in text.gaps:
            start = -1
            if gap.clause is not None:
                clause = text.index.get(gap.clause)
                inside = [row_of[c.id] for c in clause.walk() if c.id in row_of] if clause else []
                if not inside:
                    continue
                start = max(inside)
            end = next((x for x in present if x > start), len(rows))
            for x in range(start + 1, end):
                cut.setdefault(x, set()).add(k)
    return cut


def _mark_cut(row: Row, texts: set[int]) -> Row:
    if not texts:
        return row
    cells = tuple(Cell(c.text, state="cut-off") if c.text in texts and not c.present else c for c in row.cells)
    return replace(row, cells=cells)


def _label(k: int) -> str:
    return chr(ord("A") + k) if k < 26 else f"T{k + 1}"


class _Builder:
    def __init__(self, texts: Sequence[Proposal], semantic: bool, pins: Pins, embedder: Embedder | None) -> None:
        self.texts = texts
        self.pins = pins
        self.items: list[Clause] = []
        self.owner: list[int] = []
        self.spans: list[range] = []
        for k, text in enumerate(texts):
            start = len(self.items)
            self.items += [node.clause for node in flatten(text)]
            self.owner += [k] * (len(self.items) - start)
            self.spans.append(range(start, len(self.items)))
        wanted = embedder or Embedder() if semantic else None
        self.space = Space([clause_text(c, texts[k]) for c, k in zip(self.items, self.owner, strict=True)], wanted)

    def rows(self) -> list[_Row]:
        rows = [_Row({0: [i]}) for i in self.spans[0]]
        for k in range(1, len(self.texts)):
            rows = self._add(rows, k)
        return rows

    def _scores(self, rows: list[_Row], k: int) -> np.ndarray:
        """Fused score of every row with every clause of text k: the best over earlier texts."""
        ys = [(i,) for i in self.spans[k]]
        best = np.zeros((len(rows), len(ys)), dtype=np.float32)
        for t in range(k):
            groups = [tuple(row.cells.get(t, ())) for row in rows]
            if any(groups):
                best = np.maximum(best, fuse(*self.space.matrix(groups, ys)))
        return best

    def _words(self, rows: list[_Row], k: int) -> np.ndarray:
        """TF-IDF cosine of every row with every clause of text k (the best over earlier texts)."""
        ys = [(i,) for i in self.spans[k]]
        best = np.zeros((len(rows), len(ys)), dtype=np.float32)
        for t in range(k):
            groups = [tuple(row.cells.get(t, ())) for row in rows]
            if any(groups):
                best = np.maximum(best, self.space.matrix(groups, ys)[0])
        return best

    def _clause_for_clause(self, rows: list[_Row], run: tuple[int, int, int, int]) -> bool:
        """True when one row already holds, in some earlier text, as many clauses as the run of
        text k's: a split point answered clause for clause (its whole cell, compared as one text,
        would otherwise score a little under its closest piece)."""
        x0, x1, y0, y1 = run
        return x1 - x0 == 1 and any(len(cell) == y1 - y0 for cell in rows[x0].cells.values())

    def _cut_off(self, t: int) -> tuple[bool, bool]:
        """Whether text t records that it is cut off before its first clause, and after its last."""
        text, span = self.texts[t], self.spans[t]
        if not span:
            return False, False
        last = self.items[span[-1]].id
        start = any(gap.clause is None for gap in text.gaps)
        end = any(last in {c.id for c in clause.walk()}
                  for clause in (text.index.get(gap.clause) for gap in text.gaps if gap.clause is not None) if clause)
        return start, end

    def _embed_doubtful(self, rows: list[_Row], k: int, words: np.ndarray) -> None:
        """Embed the clauses whose partner the words leave in doubt: no clear, mutual best match.

        Where a clause and a partner are each other's best by words, and the words alone put the
        pair at the top of the fused scale, meaning cannot change the pairing: not computed."""
        if words.size == 0:
            return
        best_y = words.argmax(axis=1)
        best_x = words.argmax(axis=0)
        top = LEXICAL_RAMP[1]
        clear_x = (words.max(axis=1) >= top) & (best_x[best_y] == np.arange(words.shape[0]))
        clear_y = (words.max(axis=0) >= top) & (best_y[best_x] == np.arange(words.shape[1]))
        doubtful = [i for x, row in enumerate(rows) if not clear_x[x] for cell in row.cells.values() for i in cell]
        doubtful += [self.spans[k].start + int(y) for y in np.nonzero(~clear_y)[0]]
        self.space.embed(doubtful)

    def _run_scores(self, rows: list[_Row], k: int, runs: Sequence[tuple[int, int, int, int]]) -> np.ndarray:
        base = self.spans[k].start
        ys: list[Group] = [tuple(range(base + y0, base + y1)) for _, _, y0, y1 in runs]
        best = np.zeros(len(runs), dtype=np.float32)
        for t in range(k):
            xs: list[Group] = [tuple(i for row in rows[x0:x1] for i in row.cells.get(t, ())) for x0, x1, _, _ in runs]
            best = np.maximum(best, fuse(*self.space.pairwise(xs, ys)))
        return best

    def _add(self, rows: list[_Row], k: int) -> list[_Row]:
        if self.space.uses_meaning:
            self._embed_doubtful(rows, k, self._words(rows, k))
        scores = self._scores(rows, k)
        allowed, forced = self.pins.constraints(rows_ids(rows, self.items), [self.items[i].id for i in self.spans[k]], k)
        for x, y in forced:
            scores[x, y] = max(scores[x, y], PINNED)
        def run_scores(runs: Sequence[tuple[int, int, int, int]]) -> np.ndarray:
            found = self._run_scores(rows, k, runs) + [STRUCTURE * self._clause_for_clause(rows, run) for run in runs]
            pinned = [all((x, y) in forced for x in range(x0, x1) for y in range(y0, y1)) for x0, x1, y0, y1 in runs]
            return np.where(pinned, PINNED + 1, found)

        cut = [self._cut_off(t) for t in range(k + 1)]
        beads = chain.align(scores, run_scores, allowed, (any(c[0] for c in cut), any(c[1] for c in cut)))
        return self._place(rows, k, beads, scores, forced)

    def _place(self, rows: list[_Row], k: int, beads: list[chain.Bead], scores: np.ndarray,
               forced: set[tuple[int, int]]) -> list[_Row]:
        """The rows with text k's clauses put in: in the rows they link to, or new rows in place."""
        base = self.spans[k].start
        link_score = np.zeros(scores.shape[1], dtype=np.float32)
        home: dict[int, int] = {}  # row index -> index of the bead that lands there
        merged_into: dict[int, int] = {}
        for b, bead in enumerate(beads):
            link_score[bead.y0:bead.y1] = bead.score
            home[bead.x0] = b
            for x in range(bead.x0 + 1, bead.x1):
                merged_into[x] = bead.x0
        for x0, bead_index in home.items():
            bead = beads[bead_index]
            row = rows[x0]
            for x in range(bead.x0 + 1, bead.x1):
                for t, cell in rows[x].cells.items():
                    row.cells.setdefault(t, []).extend(cell)
                row.confidence = min(row.confidence, rows[x].confidence)
            row.cells[k] = [base + y for y in range(bead.y0, bead.y1)]
            if bead.moved:
                row.moved.add(k)
            if any((x, y) in forced for x in range(bead.x0, bead.x1) for y in range(bead.y0, bead.y1)):
                row.pinned.add(k)
            row.confidence = min(row.confidence, self._link_confidence(bead, scores))
        kept = [(x, row) for x, row in enumerate(rows) if x not in merged_into]
        for x, row in kept:
            if k not in row.cells:
                row.confidence = min(row.confidence, _alone_confidence(scores[x, :], link_score))
        return self._insert_alone(kept, k, beads, scores, link_score)

    def _insert_alone(self, kept: list[tuple[int, _Row]], k: int, beads: list[chain.Bead],
                      scores: np.ndarray, link_score: np.ndarray) -> list[_Row]:
        """New rows for text k's clauses that nothing links to, after the row of the clause before."""
        base = self.spans[k].start
        row_of_y: dict[int, int] = {}
        for bead in beads:
            if not bead.moved:
                for y in range(bead.y0, bead.y1):
                    row_of_y[y] = bead.x0
        after: dict[int, list[_Row]] = {}
        anchor = -1
        row_links = np.zeros(scores.shape[0], dtype=np.float32)
        for bead in beads:
            row_links[bead.x0:bead.x1] = bead.score
        linked = {y for bead in beads for y in range(bead.y0, bead.y1)}
        for y in range(scores.shape[1]):
            if y in row_of_y:
                anchor = row_of_y[y]
            elif y not in linked:
                confidence = _alone_confidence(scores[:, y], row_links)
                after.setdefault(anchor, []).append(_Row({k: [base + y]}, confidence))
        out = list(after.get(-1, []))
        for x, row in kept:
            out.append(row)
            out.extend(after.get(x, []))
        return out

    def _link_confidence(self, bead: chain.Bead, scores: np.ndarray) -> float:
        """How far the bead's score clears the best rival pairing of any of its clauses."""
        rival = 0.0
        for x in range(bead.x0, bead.x1):
            line = scores[x].copy()
            line[bead.y0:bead.y1] = 0
            rival = max(rival, float(line.max(initial=0.0)))
        for y in range(bead.y0, bead.y1):
            column = scores[:, y].copy()
            column[bead.x0:bead.x1] = 0
            rival = max(rival, float(column.max(initial=0.0)))
        return _clip(0.5 + (bead.score - max(rival, chain.CUTOFF)) / SPREAD)

    def finish(self, rows: list[_Row], threshold: float) -> list[Row]:
        """The finished rows: cells with their base, spans and scores; kind; confidence."""
        links = [(x, self._base(row, k), k) for x, row in enumerate(rows) for k in sorted(row.cells)]
        links = [(x, t, k) for x, t, k in links if t is not None]
        lexical, semantic = self.space.pairwise([tuple(rows[x].cells[t]) for x, t, _ in links],  # type: ignore[index]
                                                [tuple(rows[x].cells[k]) for x, _, k in links])
        fused = fuse(lexical, semantic)
        scores = {(x, k): Scores(round(float(lexical[n]), 4), _semantic(semantic, n), round(min(1.0, float(fused[n])), 4))
                  for n, (x, _, k) in enumerate(links)}
        return [self._finish(x, row, threshold, scores) for x, row in enumerate(rows)]

    def _base(self, row: _Row, k: int) -> int | None:
        earlier = [t for t in row.cells if t < k]
        return max(earlier) if earlier else None

    def _finish(self, x: int, row: _Row, threshold: float, scores: dict[tuple[int, int], Scores]) -> Row:
        cells: list[Cell] = []
        last: int | None = None
        for k in range(len(self.texts)):
            members = tuple(self.items[i] for i in row.cells.get(k, ()))
            if not members:
                cells.append(Cell(k))
                continue
            cell = Cell(k, members, "present", last, pinned=k in row.pinned, moved=k in row.moved,
                        owner=self.texts[k])
            if last is None:
                cell = replace(cell, spans=_equal(cell.wording))
            else:
                cell = replace(cell, spans=word_spans(cells[last].wording, cell.wording), scores=scores[(x, k)])
            cells.append(cell)
            last = k
        kind = _kind([c for c in cells if c.present])
        if row.confidence < threshold:
            return Row(tuple(cells), "uncertain", round(row.confidence, 4), kind)
        return Row(tuple(cells), kind, round(row.confidence, 4))


def _semantic(values: np.ndarray | None, n: int) -> float | None:
    if values is None or np.isnan(values[n]):
        return None
    return round(float(values[n]), 4)


def rows_ids(rows: list[_Row], items: list[Clause]) -> list[dict[int, list[str]]]:
    """Each row's clause ids per text, for the pins."""
    return [{t: [items[i].id for i in cell] for t, cell in row.cells.items()} for row in rows]


def _alone_confidence(line: np.ndarray, taken: np.ndarray) -> float:
    """How sure it is that a clause has no partner: its best rival that is not clearly taken."""
    open_scores = np.where(line >= taken - 0.1, line, 0.0)
    best = float(open_scores.max(initial=0.0))
    return _clip(0.5 + (chain.CUTOFF - best) / SPREAD)


def _kind(present: list[Cell]) -> RowKind:
    if len(present) < 2:
        return "only"
    counts = [len(c.clauses) for c in present]
    if any(b > a for a, b in zip(counts, counts[1:])):
        return "split"
    if any(b < a for a, b in zip(counts, counts[1:])):
        return "merged"
    wordings = {" ".join(c.wording.split()) for c in present}
    return "matched" if len(wordings) == 1 else "reworded"


def _equal(text: str) -> tuple:
    from drafter.diff.redline import Span

    return (Span("equal", text),) if text else ()


def _clip(value: float) -> float:
    return min(1.0, max(0.0, value))
