"""A short fuzz run of every target on each `make test`, and every crash ever found, replayed.

The long run (a million inputs) is `make fuzz` (tests/fuzz/run.py). A crash it finds is
saved under tests/fuzz/crashes/TARGET/ and replayed here from then on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from tests.fuzz.strategies import strategy
from tests.fuzz.targets import TARGETS

CRASHES = Path(__file__).parent / "crashes"
EXAMPLES = {"loader": 300, "incremental": 200, "import-txt": 100, "import-md": 100, "import-docx": 40}
"""Inputs per target in `make test`: a few seconds each."""


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_short_fuzz_run(name: str) -> None:
    target = TARGETS[name]

    @settings(max_examples=EXAMPLES[name], deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
    @given(strategy(target.generate))
    def run(value: object) -> None:
        target.check(value)

    run()


def saved() -> list[Path]:
    return sorted(CRASHES.glob("*/*")) if CRASHES.is_dir() else []


def load_input(path: Path) -> object:
    """A saved input: raw bytes (`.bin`), or a JSON list of latin-1 strings for several versions."""
    if path.suffix == ".json":
        return [item.encode("latin-1") for item in json.loads(path.read_text(encoding="utf-8"))]
    return path.read_bytes()


@pytest.mark.parametrize("path", saved(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_crash_found_stays_fixed(path: Path) -> None:
    TARGETS[path.parent.name].check(load_input(path))
