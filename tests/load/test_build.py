"""The model built from a valid file: numbering, defaults, references, kept strings."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.load import load_path
from drafter.model import Proposal

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def full() -> Proposal:
    return load_path(FIXTURES / "full.yaml")


def test_numbers_come_from_positions(full: Proposal) -> None:
    numbers = {clause.id: (clause.number, clause.label) for clause in full.walk()}
    assert numbers == {
        "ceasefire-line": ("1", "1."),
        "heavy-weapons": ("1(a)", "(a)"),
        "artillery": ("1(a)(i)", "(i)"),
        "rockets": ("1(a)(ii)", "(ii)"),
        "drones": ("1(b)", "(b)"),
        "monitoring": ("2", "2."),
        "timeline": ("A.1", "A.1."),
        "timeline-detail": ("A.1(a)", "(a)"),
    }


def test_scalars_stay_as_written(full: Proposal) -> None:
    assert full.version == "1.10"
    assert full.date == "2025-10-22"
    assert [party.id for party in full.parties] == ["NO", "UA", "yes"]


def test_text_is_split_into_paragraphs_and_folded(full: Proposal) -> None:
    clause = full.index["ceasefire-line"]
    assert clause.text == (
        "The Parties shall cease fire along the line of contact within 72 hours.",
        "A second paragraph.",
    )
    assert full.preamble == ("The Parties agree as follows.", "Second preamble paragraph.")


def test_references_resolve_to_current_numbers(full: Proposal) -> None:
    monitoring = full.index["monitoring"]
    assert full.resolve(monitoring.text[0]) == "Monitors verify point 1(a) and point 1(a)(ii)."


def test_positions_alternatives_notes(full: Proposal) -> None:
    clause = full.index["ceasefire-line"]
    assert [(p.party, p.stance, p.note) for p in clause.positions] == [
        ("NO", "supports", None),
        ("UA", "reserves", "Only with monitoring."),
    ]
    assert [(a.label, a.party, a.text) for a in clause.alternatives] == [
        ("Alt 1", "NO", ("The Parties should cease fire.",))
    ]
    assert full.index["monitoring"].notes == ("First note.", "Second note.")
    assert clause.notes == ("Check the hours.",)


def test_defaults(full: Proposal) -> None:
    assert full.index["monitoring"].status == "proposed"
    assert full.index["drones"].status == "bracketed"
    assert full.annexes[0].letter == "A"
    assert not full.is_final


def test_model_is_immutable(full: Proposal) -> None:
    with pytest.raises(AttributeError):
        full.title = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        full.index["x"] = full.clauses[0]  # type: ignore[index]
