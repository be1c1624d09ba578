"""Word redline fixtures: the fixture pair, a fixed clock, and ways to read a .docx back."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from drafter.diff import diff_proposals
from drafter.load import load_bytes, load_path
from drafter.model import Proposal
from drafter.render import RenderOptions, render
from drafter.render.redline import RedlineOptions, render_redline
from tests.conftest import require

HERE = Path(__file__).resolve().parent
OLD = HERE / "fixtures" / "old.yaml"
NEW = HERE / "fixtures" / "new.yaml"
CLOCK = datetime(2025, 10, 22, tzinfo=UTC)
STAMP = "2025-10-22T00:00:00Z"


def redline_docx(old: Proposal, new: Proposal, author: str = "drafter") -> bytes:
    """The Word redline of two proposals, stamped with the fixed clock."""
    data = render_redline(diff_proposals(old, new), "docx", RedlineOptions(author=author, date=CLOCK))
    assert isinstance(data, bytes)
    return data


def plain_docx(proposal: Proposal) -> bytes:
    """`drafter render --to docx` of one proposal."""
    data = render(proposal, "docx", RenderOptions(created=CLOCK))
    assert isinstance(data, bytes)
    return data


def from_yaml(text: str, name: str) -> Proposal:
    """A proposal from YAML text."""
    return load_bytes(text.encode("utf-8"), name)


def pandoc_text(path: Path, track: str | None = None) -> str:
    """What pandoc reads from a .docx as plain text (title included), whitespace normalised."""
    args = [require("pandoc"), "-s", "-t", "plain", "--wrap=none", str(path)]
    if track:
        args.insert(1, f"--track-changes={track}")
    out = subprocess.run(args, capture_output=True, text=True, check=True, timeout=120).stdout
    return "\n".join(re.sub(r"\s+", " ", line).strip() for line in out.splitlines() if line.strip())


@pytest.fixture(scope="session")
def fixture_pair() -> tuple[Proposal, Proposal]:
    """The fixture versions: every change kind between them."""
    return load_path(OLD), load_path(NEW)


@pytest.fixture(scope="session")
def fixture_redline(fixture_pair: tuple[Proposal, Proposal]) -> bytes:
    """The Word redline of the fixture pair."""
    return redline_docx(*fixture_pair)
