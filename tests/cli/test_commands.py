"""validate, show, new and schema through click's runner, where a transcript would be brittle."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from drafter.cli import cli
from drafter.load import load_path
from drafter.load.schema import schema_text
from drafter.load.yaml_source import read_yaml
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
                     "message": "'2025-10-32' is not valid: ISO date: YYYY-MM-DD", "severity": "error"}


def test_new_writes_a_valid_skeleton_and_refuses_to_overwrite(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "sub" / "my-plan.yaml"
    first = runner.invoke(cli, ["new", "my-plan", "-o", str(target), "--title", 'A "quoted" plan'])
    assert first.exit_code == 0, first.stderr
    proposal = load_path(target)
    assert (proposal.id, proposal.title, len(proposal.clauses)) == ("my-plan", 'A "quoted" plan', 2)
    again = runner.invoke(cli, ["new", "my-plan", "-o", str(target)])
    assert again.exit_code == 2
    assert again.stderr == f"drafter: {target}: already exists; use --force to overwrite\n"
    assert sorted(target.parent.iterdir()) == [target, target.parent / "proposal.schema.json"]


def test_new_points_editors_to_a_schema_that_exists_and_validates_it(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "drafts" / "my-plan.yaml"
    result = runner.invoke(cli, ["new", "my-plan", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"wrote {target} and {target.parent / 'proposal.schema.json'}\n"
    # the yaml-language-server's own rule: the modeline's $schema, a relative path taken from the file's folder
    modeline = re.search(r"\$schema(?:=|:\s*)(\S+)", target.read_text(encoding="utf-8").splitlines()[0])
    assert modeline is not None
    schema_file = (target.parent / modeline.group(1)).resolve()
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    assert schema == json.loads(schema_text())
    validator = jsonschema.Draft202012Validator(schema)
    data = read_yaml(target.read_text(encoding="utf-8"), str(target)).data
    assert list(validator.iter_errors(data)) == []
    assert [e.message for e in validator.iter_errors({**data, "status": "pending"})] == [
        "'pending' is not one of ['draft', 'circulated', 'agreed', 'superseded']"]


def test_new_keeps_a_schema_file_already_beside_it(runner: CliRunner, tmp_path: Path) -> None:
    schema_file = tmp_path / "proposal.schema.json"
    schema_file.write_text("{}", encoding="utf-8")
    result = runner.invoke(cli, ["new", "second", "-o", str(tmp_path / "second.yaml")])
    assert result.exit_code == 0, result.stderr
    assert schema_file.read_text(encoding="utf-8") == "{}"
    assert "kept" in result.stdout and f"drafter schema -o {schema_file}" in result.stdout
    schema_file.write_text(schema_text(), encoding="utf-8")
    third = runner.invoke(cli, ["new", "third", "-o", str(tmp_path / "third.yaml")])
    assert (third.exit_code, third.stdout) == (0, f"wrote {tmp_path / 'third.yaml'}\n")


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
