"""Size is bounded before parsing: a file of many tiny items is refused at once, and a file with
thousands of problems lists the first 200 and says so."""

from __future__ import annotations

import random

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.errors import InputError
from drafter.load import check_bytes, load_bytes, yaml_source
from drafter.load.schema import MAX_PROBLEMS
from drafter.load.yaml_source import MAX_ITEMS, count_items
from tests.fuzz.strategies import proposal_bytes


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("drafter: 1\nclauses: [" + "a," * 600_000 + "a]\n", "600,006"),
        ("drafter: 1\nclauses:\n" + "- a\n" * 300_000, "600,005"),
        ("drafter: 1\n" + "".join(f"k{i}: v\n" for i in range(300_000)), "600,003"),
    ],
    ids=["flow-list", "block-list", "mapping"],
)
def test_too_many_items_is_refused_before_parsing(text: str, items: str) -> None:
    with pytest.raises(InputError) as caught:
        load_bytes(text.encode(), "x.yaml")
    assert caught.value.message == (f"x.yaml: too many items for a proposal (up to {items} values, entries and"
                                    f" lines; the limit is {MAX_ITEMS:,})")


def test_thousands_of_problems_list_the_first_ones_and_say_so() -> None:
    text = "drafter: 1\nid: x\ntitle: T\nversion: '1'\ndate: 2025-01-01\nstatus: draft\nclauses: [" + \
        "a," * 100_000 + "a]\n"
    problems = check_bytes(text.encode(), "x.yaml")
    assert len(problems) == MAX_PROBLEMS + 1
    assert str(problems[-1]) == f"x.yaml: more problems not listed: drafter stops at {MAX_PROBLEMS}; fix these and run again"
    assert all("expected a mapping" in p.message for p in problems[:-1])


def nodes(text: str) -> int:
    root, count = yaml.compose(text, Loader=yaml.CSafeLoader), 0
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        count += 1
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(item for pair in node.value for item in pair)
    return count


@settings(max_examples=300, deadline=None)
@given(st.randoms(use_true_random=True))
def test_the_count_before_parsing_is_never_below_the_nodes_parsed(rnd: random.Random) -> None:
    text = proposal_bytes(rnd).decode("utf-8", "replace")
    try:
        parsed = nodes(text)
    except (yaml.YAMLError, RecursionError):
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(yaml_source, "MAX_ITEMS", 0)  # always count, however short the text
        assert count_items(text) >= parsed
