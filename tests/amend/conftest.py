"""Amendment test fixtures: the fixture pair, the 12-point plan versions (in English), goldens.

DRAFTER_UPDATE_GOLDENS=1 rewrites tests/amend/golden/ from the current output; review
the diff before committing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from drafter.load import load_path
from drafter.model import Proposal

HERE = Path(__file__).resolve().parent
OLD = HERE / "fixtures" / "old.yaml"
NEW = HERE / "fixtures" / "new.yaml"
V02 = HERE / "fixtures" / "plan-v0.2.yaml"
V03 = HERE / "fixtures" / "plan-v0.3.yaml"
"""The shipped plan's two versions as they were in English alone (proposals/ has since gained a
Ukrainian version; instructions amend one language, see tests/amend/test_languages.py)."""
GOLDEN = HERE / "golden"


@pytest.fixture
def fixture_pair() -> tuple[Proposal, Proposal]:
    """old.yaml and new.yaml: every kind of instruction once."""
    return load_path(OLD), load_path(NEW)


@pytest.fixture
def plan() -> tuple[Proposal, Proposal]:
    """The 12-point plan, v0.2 and v0.3, in English."""
    return load_path(V02), load_path(V03)


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """`golden(name, text)`: compare with golden/NAME, or rewrite it when updating."""
    updating = os.environ.get("DRAFTER_UPDATE_GOLDENS") == "1"

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if updating:
            path.write_text(text, encoding="utf-8")
        assert path.exists(), f"no golden {name}; run DRAFTER_UPDATE_GOLDENS=1 pytest tests/amend"
        assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"

    return check
