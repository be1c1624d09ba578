"""`drafter diff` with revisions: REV:PATH on either side, `--rev A..B PATH`, hostile input."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import cli
from tests.git.repos import Repo


def test_rev_path_against_the_working_file(three: Repo, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["diff", "HEAD~1:proposals/p.yaml", "proposals/p.yaml"])
    assert result.exit_code == 1, result.stderr
    assert "(HEAD~1:proposals/p.yaml)" in result.stdout
    assert "within [-thirty-]{+sixty+} days." in result.stdout


def test_rev_range(three: Repo, runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(three.root / "proposals")
    result = runner.invoke(cli, ["diff", "--rev", "HEAD~2..HEAD~1", "p.yaml"])
    assert result.exit_code == 1, result.stderr
    assert "(HEAD~2:p.yaml)" in result.stdout and "(HEAD~1:p.yaml)" in result.stdout
    assert "{+Sanctions shall be lifted in stages as each commitment is met.+}" in result.stdout
    same = runner.invoke(cli, ["diff", "--rev", "HEAD..", "p.yaml"])
    assert same.exit_code == 0, same.stderr


@pytest.mark.parametrize("args", [
    ["--rev", "HEAD~1..HEAD"],
    ["--rev", "HEAD~1..HEAD", "proposals/p.yaml", "proposals/p.yaml"],
    ["proposals/p.yaml"],
])
def test_rev_usage_errors(three: Repo, runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(cli, ["diff", *args])
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [
    ["{out}:proposals/p.yaml", "proposals/p.yaml"],
    ["--output={out}:proposals/p.yaml", "proposals/p.yaml"],
    ["--", "--output={out}:proposals/p.yaml", "proposals/p.yaml"],
    ["HEAD;touch {pwned}:proposals/p.yaml", "proposals/p.yaml"],
    ["proposals/p.yaml", "HEAD$(touch {pwned}):proposals/p.yaml"],
    ["--rev", "HEAD;touch {pwned}..HEAD", "proposals/p.yaml"],
    ["--rev", "--output={out}..HEAD", "proposals/p.yaml"],
    ["--rev", "HEAD..--upload-pack=touch {pwned}", "proposals/p.yaml"],
])
def test_hostile_arguments_fail_clearly_and_create_nothing(three: Repo, runner: CliRunner, tmp_path: Path,
                                                          args: list[str]) -> None:
    out, pwned = tmp_path / "x", tmp_path / "pwned"
    args = [a.format(out=out, pwned=pwned) for a in args]
    result = runner.invoke(cli, ["diff", *args])
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert not out.exists() and not pwned.exists()
    assert not list(tmp_path.glob("x*")) and not list(Path(three.root).glob("*pwned*"))


def test_missing_revision_is_one_line(three: Repo, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["diff", "HEAD~9:proposals/p.yaml", "proposals/p.yaml"])
    assert result.exit_code == 2
    assert result.stderr == "drafter: HEAD~9:proposals/p.yaml: no such revision 'HEAD~9'\n"
