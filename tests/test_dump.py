"""dump.py is the inverse of build.py: model -> data -> YAML -> model gives the same model."""

from __future__ import annotations

import dataclasses

import pytest

from drafter.dump import proposal_data
from drafter.importers.emit import to_yaml
from drafter.load import load_bytes, load_path
from drafter.model import Proposal
from tests.conftest import PROPOSALS
from tests.redline_docx.pairs import pair


def _same(a: Proposal, b: Proposal) -> None:
    assert [dataclasses.replace(c, path="") for c in a.walk()] == [dataclasses.replace(c, path="") for c in b.walk()]
    assert dataclasses.replace(a, origin="", clauses=(), annexes=()) == dataclasses.replace(b, origin="", clauses=(), annexes=())
    assert [(x.id, x.title, x.text) for x in a.annexes] == [(x.id, x.title, x.text) for x in b.annexes]


def _round_trip(proposal: Proposal) -> Proposal:
    return load_bytes(to_yaml(proposal_data(proposal)).encode("utf-8"), "dumped.yaml")


@pytest.mark.parametrize("path", sorted(PROPOSALS.glob("*.yaml")), ids=lambda p: p.stem)
def test_shipped_proposals_survive_a_round_trip(path) -> None:
    proposal = load_path(path)
    _same(proposal, _round_trip(proposal))


@pytest.mark.parametrize("seed", range(20))
def test_generated_versions_survive_a_round_trip(seed: int) -> None:
    for text in pair(seed):
        proposal = load_bytes(text.encode(), "generated.yaml")
        _same(proposal, _round_trip(proposal))


def test_runs_of_spaces_and_provenance_are_kept() -> None:
    text = ('drafter: 1\nid: x\ntitle: X\nversion: "1"\ndate: 2025-01-01\nstatus: draft\nparties: [{id: UA, name: Ukraine}]\nclauses:\n'
            '  - id: a\n    text: "Two  spaces here, and a long paragraph that goes on and on to need wrapping at'
            ' ninety-six columns or so."\n    amended_by: [ua.txt 3, eu.txt 1]\n    positions: {UA: supports}\n')
    proposal = load_bytes(text.encode(), "x.yaml")
    again = _round_trip(proposal)
    assert again.clauses[0].text == proposal.clauses[0].text
    assert "Two  spaces" in again.clauses[0].text[0]
    assert again.clauses[0].amended_by == ("ua.txt 3", "eu.txt 1")


def test_source_numbers_headings_gaps_and_document_notes_are_kept() -> None:
    text = """drafter: 1
id: x
title: X
version: "1"
date: undated
status: draft
notes: A fragmentary copy.
clauses:
  - id: part-one
    number: ""
    title: Part one
    clauses:
      - id: four
        number: "4"
        text: The fourth point.
      - id: ten-a
        number: 10(a)
        text: Point ten (a).
gaps:
  - after: four
    note: points 5 to 9 are missing
  - within: ten-a
"""
    proposal = load_bytes(text.encode(), "x.yaml")
    _same(proposal, _round_trip(proposal))
    again = _round_trip(proposal)
    assert (again.gaps, again.notes, again.date) == (proposal.gaps, proposal.notes, "undated")
    assert [c.source_number for c in again.walk()] == ["", "4", "10(a)"]
