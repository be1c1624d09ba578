"""A concordance as a pairs file: the alignment as a person corrects it (`--write-pairs`).

Every row with clauses of two or more texts becomes a `together` entry, every point alone
an `alone` entry; comments give the kind, the confidence and the first words of each
clause, so the file reads without the texts at hand. Given back with `--pairs`, it
reproduces this alignment; edited, it changes it (drafter.load.pairs reads it).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from drafter.diff.concordance import Concordance, Row
from drafter.render.redline.base import PLAIN, RedlineOptions

HEADER = """\
# drafter compare: pairs file. Edit it, then run compare again with --pairs FILE.
#   together: the clauses of one entry are one provision (move ids between entries to re-pair)
#   apart:    two clauses that must not be aligned, e.g. [A:some-id, B:other-id]
#   alone:    clauses with no partner in any other text (dropped, or new)
# A clause is LABEL:clause-id; ids stay valid when the texts get new versions.
"""


def _refs(concordance: Concordance, row: Row) -> list[str]:
    return [f"{concordance.labels[cell.text]}:{clause.id}" for cell in row.cells for clause in cell.clauses]


def _gist(row: Row) -> str:
    cell = next(c for c in row.cells if c.present)
    words = " ".join(cell.wording.split()[:8])
    return words.replace("\n", " ")


def lines(concordance: Concordance) -> Iterator[str]:
    """The file, line by line."""
    yield HEADER
    yield "texts:"
    for label, text in zip(concordance.labels, concordance.texts):
        yield f"  {label}: {json.dumps(text.origin, ensure_ascii=False)}"
    together = [row for row in concordance.rows if len(row.present) > 1]
    alone = [row for row in concordance.rows if len(row.present) == 1]
    yield "together:" if together else "together: []"
    for row in together:
        check = ", check" if row.kind == "uncertain" else ""
        yield f"  - [{', '.join(_refs(concordance, row))}]  # {row.kind} {row.confidence:.2f}{check}: {_gist(row)}"
    yield "apart: []"
    yield "alone:" if alone else "alone: []"
    for row in alone:
        yield f"  - {_refs(concordance, row)[0]}  # {concordance.kind_label(row)} {row.confidence:.2f}: {_gist(row)}"


def render(concordance: Concordance, options: RedlineOptions = PLAIN) -> str:
    """The pairs file as text."""
    return "\n".join(lines(concordance)) + "\n"
