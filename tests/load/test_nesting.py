"""Nesting is bounded: input nested thousands deep is one located error, never a RecursionError,
and anything the loader accepts is shallow enough for every later stage."""

from __future__ import annotations

import pytest

from drafter.errors import InputError
from drafter.load import load_bytes
from drafter.load.incremental import IncrementalLoader
from drafter.load.yaml_source import MAX_DEPTH, TOO_DEEP


def nested_clauses(levels: int) -> str:
    """A valid proposal whose clauses nest `levels` deep, each with positions and an alternative."""
    lines = ["drafter: 1", "id: deep", "title: Deep", 'version: "1"', "date: 2025-01-01", "status: draft",
             "parties:", "  - {id: A, name: A}", "clauses:"]
    indent = "  "
    for level in range(levels):
        lines += [f"{indent}- id: c{level}", f"{indent}  text: Level {level}, see [[c0]].",
                  f"{indent}  positions:", f"{indent}    A: {{stance: supports, note: fine}}",
                  f"{indent}  alternatives:", f"{indent}    - {{party: A, text: alt}}"]
        if level < levels - 1:
            lines.append(f"{indent}  clauses:")
        indent += "    "
    return "\n".join(lines) + "\n"


DEEPEST = 30
"""Clause levels that still fit in MAX_DEPTH with a position's note at the bottom."""


def block_sequences(depth: int) -> str:
    return "drafter: 1\nclauses:\n" + "".join("  " * (i + 1) + "-\n" for i in range(depth))


def block_mappings(depth: int) -> str:
    return "clauses:\n" + "".join(" " * (i + 1) + "a:\n" for i in range(depth))


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("[" * 100_000 + "]" * 100_000, "1:1001"),  # libyaml's own limit (1000) stops the flow
        ("{a: " * 50_000 + "1" + "}" * 50_000, "1:4001"),
        ("{a: " * 990 + "1" + "}" * 990, f"1:{4 * MAX_DEPTH + 1}"),  # under libyaml's limit, over ours
        ("drafter: 1\nclauses: " + "[" * 990 + "]" * 990, f"2:{10 + MAX_DEPTH - 1}"),
        (block_sequences(3000), "1001:1999"),
        (block_mappings(5000), "1000:1001"),
        (block_mappings(900), f"{MAX_DEPTH + 1}:{MAX_DEPTH + 1}"),
        (nested_clauses(DEEPEST + 1), "223:130"),
    ],
    ids=["flow-list-100000", "flow-map-50000", "flow-map-990", "flow-list-990", "block-list-3000",
         "block-map-5000", "block-map-900", "clauses-31"],
)
def test_deep_nesting_is_one_located_error(text: str, where: str) -> None:
    with pytest.raises(InputError) as caught:
        load_bytes(text.encode(), "x.yaml")
    message = caught.value.message
    assert message.removeprefix(f"x.yaml:{where}: ").removeprefix("YAML syntax: ") == TOO_DEEP


def test_the_incremental_loader_refuses_the_same_nesting() -> None:
    loader = IncrementalLoader()
    assert loader.load(nested_clauses(DEEPEST).encode(), "x.yaml").clauses[0].id == "c0"
    with pytest.raises(InputError) as caught:
        loader.load(nested_clauses(DEEPEST + 1).encode(), "x.yaml")
    assert caught.value.message == f"x.yaml:223:130: {TOO_DEEP}"


def test_the_deepest_accepted_proposal_loads() -> None:
    proposal = load_bytes(nested_clauses(DEEPEST).encode(), "x.yaml")
    deepest = list(proposal.walk())[-1]
    assert (deepest.id, deepest.depth, deepest.positions[0].note) == (f"c{DEEPEST - 1}", DEEPEST - 1, "fine")
