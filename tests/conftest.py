"""Shared fixtures: the repository's folders, real clients, a CLI runner."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
PROPOSALS = ROOT / "proposals"
TWELVE_POINT = PROPOSALS / "ukraine-ceasefire-12-point.yaml"

CLIENTS = {
    "pandoc": "pandoc",
    "soffice": "libreoffice-writer-nogui",
    "pdftotext": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "chromium": "chromium",
    "time": "time",
}
"""Real clients the tests open documents in, and the Debian package of each."""


def require(tool: str) -> str:
    """Path of a real client; fails under CI (which installs them), skips elsewhere."""
    found = shutil.which(tool)
    if found:
        return found
    message = f"{tool} not installed (apt-get install -y {CLIENTS.get(tool, tool)})"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def runner() -> CliRunner:
    """A click runner; assert on result.stdout and result.stderr separately."""
    return CliRunner()


@pytest.fixture
def shipped_proposals() -> list[Path]:
    """Every proposal shipped in proposals/."""
    return sorted(PROPOSALS.glob("*.yaml"))
