"""validate, show, new and schema through click's runner, where a transcript would be brittle."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from drafter.cli import cli
from drafter.load import load_path
from tests.conftest import PROPOSALS, TWELVE_POINT

FIXTURES = Path(__file__).parent / "fixtures"


def test_validate_json_lists_every_file(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["validate", "--format", "json", str(PROPOSALS), str(FIXTURES / "several-mistakes.yaml")])
    report = json.loads(result.stdout)
    assert result.exit_code == 1
    assert report["problems"] == 8
    assert [f["valid"] for f in report["files"]] == [True] * (len(report["files"]) - 1) + [False]
    first = report["files"][-1]["problems"][0]
    assert first == {"line": 5, "column": 7, "subject": "document", "field": "$.date",
                     "message": "'2025-10-32' is not valid: ISO date: YYYY-MM-DD"}


def test_new_writes_a_valid_skeleton_and_refuses_to_overwrite(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "sub" / "my-plan.yaml"
    first = runner.invoke(cli, ["new", "my-plan", "-o", str(target), "--title", 'A "quoted" plan'])
    assert first.exit_code == 0, first.stderr
    proposal = load_path(target)
    assert (proposal.id, proposal.title, len(proposal.clauses)) == ("my-plan", 'A "quoted" plan', 2)
    again = runner.invoke(cli, ["new", "my-plan", "-o", str(target)])
    assert again.exit_code == 2
    assert again.stderr == f"drafter: {target}: already exists; use --force to overwrite\n"
    assert list(target.parent.iterdir()) == [target]


def test_show_prints_every_clause_in_order_without_colour_off_a_terminal(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["show", str(TWELVE_POINT)])
    proposal = load_path(TWELVE_POINT)
    lines = result.stdout.splitlines()
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    assert lines[0] == proposal.title
    assert len(lines) == 2 + sum(1 for _ in proposal.walk()) + len(proposal.annexes)
    assert lines[2].startswith("├── 1. ")
    assert sum(1 for line in lines if line[:4] in ("├── ", "└── ") and line[4:].split(".")[0].isdigit()) == 12


def test_schema_prints_the_shipped_json(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["schema"])
    assert json.loads(result.stdout)["title"] == "drafter proposal (format 1)"
