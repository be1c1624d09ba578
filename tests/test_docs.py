"""Docs that tests keep honest: every command has help with examples and is documented."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from drafter.cli import COMMANDS, cli
from tests.conftest import ROOT, TWELVE_POINT

HIDDEN = {name for name in COMMANDS if name in {"textconv", "git-diff"}}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_with_examples(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.stderr
    assert "Examples:" in result.stdout or name in HIDDEN
    assert f"drafter {name}" in result.stdout


@pytest.mark.parametrize("name", sorted(set(COMMANDS) - HIDDEN))
def test_every_command_is_in_the_readme(name: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"drafter {re.escape(name)}\b", readme), f"README.md does not mention `drafter {name}`"


def test_readme_starts_with_the_demo_and_test_commands() -> None:
    head = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:15]
    assert any(line.strip() == "make demo" for line in head)
    assert any(line.strip() == "make test" for line in head)


def test_architecture_doc_names_every_module() -> None:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    modules = [p for p in (ROOT / "drafter").rglob("*.py") if p.name != "__init__.py" and p.parent.name != "schema"]
    missing = [str(p.relative_to(ROOT)) for p in modules if p.relative_to(ROOT).as_posix() not in doc]
    assert missing == []


def test_shipped_proposals_are_all_valid() -> None:
    result = CliRunner().invoke(cli, ["validate", str(ROOT / "proposals")])
    assert result.exit_code == 0, result.stdout
    assert TWELVE_POINT.exists()
