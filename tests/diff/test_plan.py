"""Which pieces each change becomes, and the order they are written in."""

from __future__ import annotations

import random

from drafter.diff import diff_proposals
from drafter.diff.plan import (
    Piece,
    longest_increasing,
    order,
    pieces_text,
)
from drafter.model import Proposal
from tests.redline_docx.conftest import from_yaml


def _doc(tree: str) -> Proposal:
    """A proposal from an indented outline of clause ids."""
    lines = ["drafter: 1", "id: t", "title: T", 'version: "1"', "date: 2025-01-01", "status: draft", "clauses:"]
    for row in tree.strip().splitlines():
        depth = (len(row) - len(row.lstrip())) // 2
        pad = "  " + "    " * depth
        clause_id = row.strip()
        if depth and not lines[-1].endswith("clauses:"):
            previous = next(i for i in range(len(lines) - 1, 0, -1) if lines[i].startswith(pad[:-4] + "- id:"))
            if not any(line.startswith(pad[:-2] + "clauses:") for line in lines[previous:]):
                lines.append(pad[:-2] + "clauses:")
        rng = random.Random(clause_id)
        words = " ".join("".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3))
                         for _ in range(8))
        lines += [f"{pad}- id: {clause_id}", f"{pad}  text: {clause_id} {words}."]
    return from_yaml("\n".join(lines) + "\n", "t")


def _plan(old: str, new: str) -> list[str]:
    return pieces_text(diff_proposals(_doc(old), _doc(new)).plan().pieces)


def test_longest_increasing_run() -> None:
    assert longest_increasing([]) == set()
    assert longest_increasing([0, 1, 2]) == {0, 1, 2}
    found = longest_increasing([3, 0, 1, 4, 2])
    assert len(found) == 3 and [[3, 0, 1, 4, 2][i] for i in sorted(found)] in ([0, 1, 4], [0, 1, 2])


def test_longest_increasing_run_is_longest_on_random_lists() -> None:
    rng = random.Random(1)
    for _ in range(200):
        values = rng.sample(range(30), rng.randint(0, 12))
        found = sorted(longest_increasing(values))
        picked = [values[i] for i in found]
        assert picked == sorted(picked) and len(set(picked)) == len(picked)
        best = max((len(s) for s in _increasing_subsequences(values)), default=0)
        assert len(found) == best


def _increasing_subsequences(values: list[int]) -> list[list[int]]:
    runs: list[list[int]] = [[]]
    for value in values:
        runs += [r + [value] for r in runs if not r or r[-1] < value]
    return runs


def test_removed_stands_where_it_was_and_added_where_it_goes() -> None:
    assert _plan("a\nb\nc", "a\nc\nd") == ["=a", "-b", "=c", "+d"]


def test_moved_is_deleted_at_the_old_place_and_inserted_at_the_new() -> None:
    assert _plan("a\nb\nc\nd", "b\nc\na\nd") == ["-a", "=b", "=c", "+a", "=d"]


def test_a_clause_moved_under_another_parent() -> None:
    assert _plan("a\n  a1\n  a2\nb", "a\n  a1\nb\n  a2") == ["=a", "=a1", "-a2", "=b", "+a2"]


def test_kept_pieces_out_of_order_are_deleted_and_inserted() -> None:
    # b1 keeps its parent b, which moved: the diff calls b1 renumbered, yet in the flat
    # order of paragraphs it changed place relative to c
    written = _plan("a\nb\n  b1\nc", "a\nc\nb\n  b1")
    assert "-b" in written and "+b" in written
    _assert_sides(written, ["a", "b", "b1", "c"], ["a", "c", "b", "b1"])


def _assert_sides(written: list[str], old: list[str], new: list[str]) -> None:
    assert [p[1:].split("/")[0] for p in written if p[0] != "+"] == old
    assert [p[1:].split("/")[-1] for p in written if p[0] != "-"] == new


def test_any_shuffle_keeps_both_orders() -> None:
    rng = random.Random(3)
    for _ in range(30):
        ids = [f"k{i}" for i in range(8)]
        old = "\n".join(ids)
        shuffled = rng.sample(ids, len(ids))
        kept = shuffled[:rng.randint(4, 8)] + ["new1"]
        _assert_sides(_plan(old, "\n".join(kept)), ids, kept)


def test_order_keeps_both_sides_in_their_own_order() -> None:
    pieces = [Piece("equal", "x", "x"), Piece("equal", "y", "y"), Piece("delete", "z", None),
              Piece("insert", None, "w")]
    old_pos, new_pos = {"z": 0, "y": 1, "x": 2}, {"w": 0, "x": 1, "y": 2}
    written = pieces_text(order(pieces, old_pos, new_pos))
    assert [p for p in written if p[0] in "=-"] != []
    old_side = [p[1:].split("/")[0] for p in written if p[0] != "+"]
    new_side = [p[1:].split("/")[-1] for p in written if p[0] != "-"]
    assert old_side == ["z", "y", "x"] and new_side == ["w", "x", "y"]
