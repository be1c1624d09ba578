"""Render a proposal (Markdown, Word), import it back: the same clauses, numbers, titles,
statuses, alternatives and (resolved) text. Needs drafter's renderer (drafter.render)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.importers import import_bytes
from drafter.importers.emit import to_yaml
from drafter.load import load_bytes, load_path
from drafter.model import Proposal
from tests.conftest import PROPOSALS

render = pytest.importorskip("drafter.render").render


def rows(proposal: Proposal) -> list[tuple[Any, ...]]:
    """What must survive the round trip, cross-references printed as numbers."""
    return [(c.number, c.title, tuple(proposal.resolve(t) for t in c.text), c.status,
             tuple((proposal.party_name(a.party), tuple(proposal.resolve(t) for t in a.text)) for a in c.alternatives))
            for c in proposal.walk()]


def annexes(proposal: Proposal) -> list[tuple[Any, ...]]:
    return [(a.letter, a.title, tuple(proposal.resolve(t) for t in a.text)) for a in proposal.annexes]


def round_trip(proposal: Proposal, to: str) -> Proposal:
    data = render(proposal, to)
    name = f"rendered.{to}"
    return import_bytes(data if isinstance(data, bytes) else data.encode("utf-8"), name).proposal


def assert_same(original: Proposal, back: Proposal) -> None:
    assert rows(back) == rows(original)
    assert annexes(back) == annexes(original)
    assert back.preamble == tuple(original.resolve(p) for p in original.preamble)
    assert (back.title, back.version, back.date, back.notice) == (
        original.title, original.version, original.date, original.notice)


ENGLISH = [path for path in sorted(PROPOSALS.glob("*.yaml")) if not load_path(path).languages]
"""A proposal in another language renders its words, dates and references in that language,
which the importer (English status marks, ISO dates) does not read back; those are not here."""


@pytest.mark.parametrize("to", ["md", "docx"])
@pytest.mark.parametrize("path", ENGLISH, ids=lambda p: p.stem)
def test_shipped_proposals_survive_render_and_import(path: Any, to: str) -> None:
    original = load_path(path)
    assert_same(original, round_trip(original, to))


WORDS = ("ferry", "harbour", "council", "boats", "lake", "shore", "season", "office", "log", "crews",
         "toll", "pier", "winter", "summer", "patrol", "nets", "moorings", "lights", "survey", "channel")
sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=14).map(
    lambda words: "The " + " ".join(words) + ".")
paragraphs = st.lists(sentence, min_size=1, max_size=3).map(lambda ps: "\n\n".join(ps))
titles = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(lambda w: " ".join(w).capitalize())
statuses = st.sampled_from(["agreed", "proposed", "bracketed"])


@st.composite
def clause_data(draw: st.DrawFn, depth: int = 0) -> dict[str, Any]:
    clause: dict[str, Any] = {"id": "x", "status": draw(statuses)}
    if draw(st.booleans()):
        clause["title"] = draw(titles)
    children = draw(st.lists(clause_data(depth + 1), max_size=2)) if depth < 2 else []
    if children:
        clause["clauses"] = children
    if not children or draw(st.booleans()):
        clause["text"] = draw(paragraphs)
    if draw(st.integers(0, 4)) == 0:
        clause["alternatives"] = [{"party": draw(st.sampled_from(["NB", "SB"])), "text": draw(paragraphs)}]
    return clause


def number_ids(clauses: list[dict[str, Any]], counter: list[int]) -> None:
    for clause in clauses:
        counter[0] += 1
        clause["id"] = f"c{counter[0]}"
        number_ids(clause.get("clauses", []), counter)


def numbered_by_source(draw: st.DrawFn, clauses: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The clauses as a source may number them: as drafter would, skipping (1, 2, 4), or grouped
    under unnumbered headings with the points numbered straight through."""
    shape = draw(st.sampled_from(["position", "skips", "groups"]))
    if shape == "skips":
        numbers = sorted(draw(st.sets(st.integers(1, 40), min_size=len(clauses), max_size=len(clauses))))
        for clause, number in zip(clauses, numbers):
            clause["number"] = str(number)
    if shape != "groups" or len(clauses) < 2:
        return clauses
    cut = draw(st.integers(1, len(clauses) - 1))
    return [{"id": "x", "number": "", "title": draw(titles), "clauses": part} for part in (clauses[:cut], clauses[cut:])]


@st.composite
def proposals(draw: st.DrawFn) -> Proposal:
    clauses = numbered_by_source(draw, draw(st.lists(clause_data(), min_size=1, max_size=5)))
    number_ids(clauses, [0])
    data: dict[str, Any] = {
        "drafter": 1, "id": "generated", "title": draw(titles), "version": "1.10",
        "date": draw(st.sampled_from(["2031-02-28", "undated"])),
        "status": "draft", "parties": [{"id": "NB", "name": "North bank"}, {"id": "SB", "name": "South bank"}],
        "preamble": draw(paragraphs), "clauses": clauses,
    }
    return load_bytes(to_yaml(data).encode(), "generated.yaml")


@pytest.mark.parametrize("to", ["md", "docx"])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(proposal=proposals())
def test_generated_proposals_survive_render_and_import(proposal: Proposal, to: str) -> None:
    assert_same(proposal, round_trip(proposal, to))
