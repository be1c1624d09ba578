"""Accuracy of `drafter compare` on the gold alignments, lexical-only beside fused.

    .venv/bin/python -m bench.concordance.evaluate              # every gold file, a table
    .venv/bin/python -m bench.concordance.evaluate 07a-08a -v   # one pair, every decision

A decision is one clause of either text: what it is aligned with in the other text (a
partner, several for a split or merge, or none: only in that text). It is right when the
partners are exactly the gold ones (optional gold links may be there or not). The corpus
texts are imported with drafter's own importer, as a user would; the corpus is found at
../shared/corpus beside the clone, or where DRAFTER_CORPUS points.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from pathlib import Path

from bench.concordance.gold import Expected, Gold, all_gold, expected, load
from drafter.diff.concord import build_concordance
from drafter.diff.concordance import Concordance
from drafter.diff.semantic import Embedder
from drafter.importers import import_bytes
from drafter.model import Proposal

ROOT = Path(__file__).resolve().parents[2]


def corpus() -> Path:
    """Where the corpus texts are."""
    return Path(os.environ.get("DRAFTER_CORPUS", ROOT.parent / "shared" / "corpus"))


def imported(name: str) -> Proposal:
    """A corpus text imported as `drafter import` would."""
    path = corpus() / name
    return import_bytes(path.read_bytes(), str(path)).proposal


@dataclass
class Result:
    """Decisions right and in all for one gold pair and one mode, with the wrong ones."""

    right: int
    total: int
    certain_right: int
    certain: int
    wrong: list[str]

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


def partners(concordance: Concordance) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """For each clause id of text A and of text B, the ids it shares a row with in the other, and row confidence."""
    of_a: dict[str, set[str]] = {}
    of_b: dict[str, set[str]] = {}
    for row in concordance.rows:
        a_ids = {c.id for c in row.cells[0].clauses}
        b_ids = {c.id for c in row.cells[1].clauses}
        for ident in a_ids:
            of_a[ident] = set(b_ids)
        for ident in b_ids:
            of_b[ident] = set(a_ids)
    return of_a, of_b


def certainty(concordance: Concordance) -> dict[str, bool]:
    """Clause id -> whether its row is asserted (not uncertain)."""
    return {c.id: row.kind != "uncertain" for row in concordance.rows for cell in row.cells for c in cell.clauses}


def score(gold: Gold, a: Proposal, b: Proposal, semantic: bool, embedder: Embedder) -> Result:
    """Decisions right on one gold pair."""
    want_a, want_b = expected(gold, a, b)
    concordance = build_concordance([a, b], semantic=semantic, embedder=embedder)
    got_a, got_b = partners(concordance)
    sure = certainty(concordance)
    right = certain_right = certain = 0
    wrong = []
    for label, want, got, mine, theirs in (("A", want_a, got_a, a, b), ("B", want_b, got_b, b, a)):
        for ident, expect in want.items():
            ok = expect.accepts(got.get(ident, set()))
            right += ok
            certain += sure.get(ident, True)
            certain_right += ok and sure.get(ident, True)
            if not ok:
                wrong.append(_explain(label, ident, expect, got.get(ident, set()), mine, theirs, sure.get(ident, True)))
    return Result(right, len(want_a) + len(want_b), certain_right, certain, wrong)


def _explain(label: str, ident: str, expect: Expected, got: set[str], mine: Proposal, theirs: Proposal,
             sure: bool) -> str:
    def names(ids: set[str]) -> str:
        return ", ".join(sorted(theirs.index[i].number for i in ids)) or "-"

    flag = "" if sure else " (marked uncertain)"
    return f"{label} {mine.index[ident].number}: got {names(got)}, want {names(expect.required)}{flag}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="gold files by name (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong decision")
    args = parser.parse_args()
    golds = [load(Path(__file__).parent / "gold" / f"{n}.yaml") for n in args.names] or all_gold()
    embedder = Embedder()
    print("| pair | set | decisions | lexical only | fused | fused, rows asserted |")
    print("|---|---|---:|---:|---:|---:|")
    totals = {False: [0, 0], True: [0, 0]}
    for gold in golds:
        a, b = imported(gold.a), imported(gold.b)
        results = {mode: score(gold, a, b, mode, embedder) for mode in (False, True)}
        for mode, result in results.items():
            totals[mode][0] += result.right
            totals[mode][1] += result.total
        fused = results[True]
        print(f"| {gold.name} | {gold.use} | {fused.total} | {_pct(results[False].right, fused.total)} | "
              f"{_pct(fused.right, fused.total)} | {_pct(fused.certain_right, fused.certain)} of {fused.certain} |")
        if args.verbose:
            for mode, result in results.items():
                for line in result.wrong:
                    print(f"    {'fused' if mode else 'lexical'}: {line}")
    print(f"| all | | {totals[True][1]} | {_pct(*totals[False])} | {_pct(*totals[True])} | |")


def _pct(right: int, total: int) -> str:
    return f"{100 * right / total:.0f}% ({right})" if total else "-"


if __name__ == "__main__":
    main()
