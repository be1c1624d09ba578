"""Packaging: every package is listed, templates and schema ship, the entry points work."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from drafter import __version__
from tests.conftest import ROOT


def test_every_package_is_listed_in_pyproject() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(path.parent.relative_to(ROOT).parts) for path in (ROOT / "drafter").rglob("__init__.py")
    } | {"drafter.templates"}
    assert found == listed


def test_version_matches_pyproject() -> None:
    assert tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"] == __version__


def test_python_dash_m_and_version() -> None:
    done = subprocess.run([sys.executable, "-m", "drafter", "--version"], capture_output=True, text=True, check=True)
    assert done.stdout == f"drafter, version {__version__}\n"


def test_templates_ship_inside_the_package() -> None:
    from importlib import resources

    names = {entry.name for entry in resources.files("drafter.templates").iterdir()}
    assert names >= {path.name for path in (ROOT / "templates").iterdir() if path.suffix in {".j2", ".docx"}}
