"""The instructions computed for the shipped 12-point plan and for the fixture pair, in every
style and form, against golden files a drafter has read; and the choices behind them."""

from __future__ import annotations

import dataclasses

import pytest

from drafter.diff import diff_proposals
from drafter.diff.amendments import AmendmentSet
from drafter.diff.instructions import amendments
from drafter.errors import DrafterError
from drafter.model import Proposal
from drafter.render.amendments import STYLES, AmendmentOptions, render_amendments
from tests.diff.helpers import proposal


def _set(pair: tuple[Proposal, Proposal], style: str = "plain") -> AmendmentSet:
    return amendments(diff_proposals(*pair), STYLES[style].policy, style)


def _kinds(instructions: AmendmentSet) -> list[tuple[str, str]]:
    return [(a.kind, (a.target or a.place.target).number) for a in instructions.amendments]  # type: ignore[union-attr]


@pytest.mark.parametrize("style", sorted(STYLES))
def test_plan_v02_to_v03_in_each_style(plan, golden, style: str) -> None:
    golden(f"plan-v03-{style}.txt", render_amendments(_set(plan, style), "text"))  # type: ignore[arg-type]


def test_plan_v02_to_v03_is_the_short_list_a_drafter_would_write(plan) -> None:
    instructions = _set(plan)
    assert _kinds(instructions) == [
        ("substitute", "1(b)"), ("substitute", "1(b)"), ("move", "7"), ("restatus", "5"), ("replace", "9"),
        ("retitle", "11"),
    ]
    first, second = instructions.amendments[:2]
    assert (first.old, first.new, first.every) == ("should", "shall", True)
    assert (second.old, second.new, second.every) == ("48", "72", True)
    assert instructions.amendments[4].clauses[0].id == "humanitarian-access"
    assert dict(instructions.result) == {"version": "0.3", "date": "2025-10-22"}
    assert [(r.target.id, r.field) for r in instructions.records] == [
        ("ceasefire-line", "notes"), ("stabilization-force", "notes"), ("humanitarian-access", "positions"),
        ("humanitarian-access", "tags"), ("humanitarian-access", "sources"), ("humanitarian-access", "notes"),
    ]


def test_eu_style_replaces_whole_points_unless_only_figures_change(plan) -> None:
    kinds = _kinds(_set(plan, "eu"))
    assert kinds[0] == ("replace", "1(b)")  # should -> shall is not a figure
    old, new = proposal([("a", "Within 48 hours of signature, the Parties should stop.")]), \
        proposal([("a", "Within 72 hours of signature, the Parties should stop.")])
    assert _kinds(amendments(diff_proposals(old, new), STYLES["eu"].policy, "eu")) == [("substitute", "1")]


@pytest.mark.parametrize("style", sorted(STYLES))
def test_fixture_pair_in_each_style(fixture_pair, golden, style: str) -> None:
    golden(f"fixture-{style}.txt", render_amendments(_set(fixture_pair, style), "text"))  # type: ignore[arg-type]


def test_fixture_pair_has_every_kind_of_instruction(fixture_pair) -> None:
    assert _kinds(_set(fixture_pair)) == [
        ("insert", ""), ("add", ""), ("substitute", "1"), ("add", "1(a)"), ("restatus", "2"), ("delete", "3"),
        ("substitute", "4"), ("move", "4"), ("retitle", "6"), ("omit", "7"), ("add", "7"), ("retitle", "8"),
        ("add", "8"), ("retitle", "A"), ("insert", "A"),
    ]


def test_inserted_points_are_numbered_without_renumbering_the_rest(fixture_pair) -> None:
    numbers = [c.number for a in _set(fixture_pair).amendments if a.kind == "add" for c in a.clauses]
    assert numbers == ["A1", "1(aa)", "7A", "8A", "8B"]


def test_markdown_prints_references_as_each_version_numbers_them(plan, golden) -> None:
    redline = diff_proposals(*plan)
    options = AmendmentOptions(form="md", resolve_old=redline.old.resolve, resolve_new=redline.new.resolve)
    text = render_amendments(_set(plan), "md", options)
    assert "without prejudice to point 4 and point 5" in text and "[[" not in text  # type: ignore[operator]
    golden("plan-v03.md", text)  # type: ignore[arg-type]


def test_json_form(fixture_pair, golden) -> None:
    golden("fixture.json", render_amendments(_set(fixture_pair), "json", AmendmentOptions(form="json")))  # type: ignore[arg-type]


def test_same_texts_give_no_instructions(plan) -> None:
    instructions = amendments(diff_proposals(plan[0], plan[0]))
    assert instructions.amendments == () and instructions.records == ()
    assert "No amendments" in render_amendments(instructions, "text")  # type: ignore[operator]


def test_annexes_added_or_removed_are_refused_with_a_reason(plan) -> None:
    old, new = plan
    with pytest.raises(DrafterError, match="cannot yet add, remove or reorder annexes"):
        amendments(diff_proposals(old, dataclasses.replace(new, annexes=())))
