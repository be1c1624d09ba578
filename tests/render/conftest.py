"""Render test fixtures: the small proposal, a fixed clock, and golden files.

`pytest tests/render --update-goldens` (or DRAFTER_UPDATE_GOLDENS=1 from any folder)
rewrites tests/render/golden/ from the current output; review the diff before committing.
"""

from __future__ import annotations

import io
import os
import subprocess
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from drafter.load import load_path
from drafter.model import Proposal
from drafter.render import RenderOptions

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
SMALL = FIXTURES / "small.yaml"
GOLDEN = HERE / "golden"
CLOCK = datetime(2025, 11, 2, 9, 0, tzinfo=UTC)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite tests/render/golden/")


@pytest.fixture
def small() -> Proposal:
    """The small fixture proposal: sub-clauses to depth 2, brackets, an alternative, notes."""
    return load_path(SMALL)


@pytest.fixture
def options() -> RenderOptions:
    """Render options with a fixed clock."""
    return RenderOptions(created=CLOCK)


@pytest.fixture
def golden(request: pytest.FixtureRequest):
    """`golden(name, text)`: compare with golden/NAME, or rewrite it when updating."""
    updating = os.environ.get("DRAFTER_UPDATE_GOLDENS") == "1" or _option(request)

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if updating:
            path.write_text(text, encoding="utf-8")
        assert path.exists(), f"no golden {name}; run pytest tests/render --update-goldens"
        assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"

    return check


def _option(request: pytest.FixtureRequest) -> bool:
    try:
        return bool(request.config.getoption("--update-goldens"))
    except ValueError:  # conftest not loaded at start-up (pytest run from the top folder)
        return False


def docx_part(data: bytes, name: str) -> bytes:
    """One part of a .docx package."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(name)


def canonical_xml(data: bytes) -> str:
    """An XML part pretty-printed with rsid stamps removed, for golden comparison."""
    root = etree.fromstring(data, etree.XMLParser(remove_blank_text=True))
    for element in root.iter():
        for attribute in [a for a in element.attrib if "rsid" in a]:
            del element.attrib[attribute]
    return etree.tostring(root, pretty_print=True, encoding="unicode")


def pdf_text(docx: Path) -> str:
    """The text LibreOffice prints for `docx` (converted to PDF beside it), as `pdftotext -layout` reads it."""
    from tests.conftest import require

    require("soffice")
    require("pdftotext")
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(docx.parent), str(docx)], check=True, capture_output=True, timeout=180)
    return subprocess.run(["pdftotext", "-layout", str(docx.with_suffix(".pdf")), "-"], check=True,
                          capture_output=True, text=True, timeout=180).stdout

