"""Fixtures and small builders shared by the diff tests."""

from __future__ import annotations

import json
from pathlib import Path

from drafter.diff import compare_proposals, diff_proposals
from drafter.diff.redline import Redline
from drafter.load import load_bytes, load_path

FIXTURES = Path(__file__).parent / "fixtures"
OLD = FIXTURES / "old.yaml"
NEW = FIXTURES / "new.yaml"
PARTY_A = FIXTURES / "party-a.yaml"
PARTY_B = FIXTURES / "party-b.yaml"


def fixture_redline() -> Redline:
    """The versions diff of old.yaml -> new.yaml: every change kind once."""
    return diff_proposals(load_path(OLD), load_path(NEW))


def party_redline() -> Redline:
    """The party comparison of party-a.yaml and party-b.yaml."""
    return compare_proposals(load_path(PARTY_A), load_path(PARTY_B))


def proposal(clauses: list[tuple[str, str]], version: str = "1"):  # type: ignore[no-untyped-def]
    """A proposal of top-level clauses given as (id, text) pairs."""
    lines = ["drafter: 1", "id: p", "title: P", f'version: "{version}"', "date: 2025-01-01",
             "status: draft", "clauses:"]
    for clause_id, text in clauses:
        lines += [f"  - id: {clause_id}", f"    text: {json.dumps(text)}"]  # JSON strings are YAML
    return load_bytes("\n".join(lines).encode(), "<test>")
