"""`drafter log`: one line per commit that changed a proposal, with a change summary."""

from __future__ import annotations

import json
import subprocess

import pytest
from click.testing import CliRunner

from drafter.cli import cli
from tests.git.repos import V2, V3, Repo


def lines(runner: CliRunner, *args: str) -> list[str]:
    result = runner.invoke(cli, ["log", *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


def test_three_versions_with_summaries(three: Repo, runner: CliRunner) -> None:
    hashes = three.git("log", "--format=%h").split()
    assert lines(runner, "proposals/p.yaml") == [
        f"{hashes[0]} 2025-10-22 Ana Drafter  0.3    ~2 reworded -1 removed 2 moved 1 renumbered",
        f"{hashes[1]} 2025-10-21 Ana Drafter  0.2    +1 added ~1 reworded",
        f"{hashes[2]} 2025-10-20 Ana Drafter  0.1    created, 3 clauses",
    ]


def test_json(three: Repo, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["log", "proposals/p.yaml", "--format", "json"])
    records = json.loads(result.stdout)
    assert [r["version"] for r in records] == ["0.3", "0.2", "0.1"]
    assert records[1]["counts"] == {"added": 1, "reworded": 1}
    assert records[1]["summary"] == "+1 added ~1 reworded"
    assert records[2]["counts"] == {} and records[2]["summary"] == "created, 3 clauses"
    assert records[0]["commit"] == three.git("rev-parse", "HEAD").strip()
    assert records[0]["date"] == "2025-10-22T10:00:00+00:00" and records[0]["author"] == "Ana Drafter"


def test_follows_renames_and_merged_branches_from_a_subfolder(three: Repo, runner: CliRunner,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    three.rename_and_merge()
    monkeypatch.chdir(three.root / "proposals")
    summaries = [line.split("  ")[-1].strip() for line in lines(runner, "plan.yaml")]
    assert summaries == ["~1 reworded", "no changes",
                         "~2 reworded -1 removed 2 moved 1 renumbered", "+1 added ~1 reworded", "created, 3 clauses"]


def test_invalid_and_unchanged_versions(three: Repo, runner: CliRunner) -> None:
    three.commit("proposals/p.yaml", V3.replace("id: prisoners", "id: Prisoners"), "Broken")
    three.commit("proposals/p.yaml", V3.replace("sixty", "ninety"), "Fixed")
    three.commit("proposals/p.yaml", V3.replace("sixty", "ninety").replace('"0.3"', '"0.4"'), "Bump")
    summaries = [line.split("  ")[-1].strip() for line in lines(runner, "proposals/p.yaml")[:3]]
    assert summaries == ["no clause changes (version)", "~1 reworded", "invalid: 1 problem"]


def test_errors(three: Repo, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["log", "proposals/none.yaml"])
    assert result.exit_code == 2
    assert result.stderr == "drafter: proposals/none.yaml: no commits touch this file in HEAD\n"
    result = runner.invoke(cli, ["log", "../x.yaml"])
    assert result.stderr == "drafter: '../x.yaml' is outside the repository\n"


def test_one_git_log_and_one_cat_file_whatever_the_commits(three: Repo, runner: CliRunner,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(10):
        three.commit("proposals/p.yaml", V2.replace("thirty", f"{n + 31}"), f"Step {n}")
    calls: list[str] = []
    real = subprocess.Popen

    class Counting(real):  # type: ignore[misc, valid-type]
        def __init__(self, args, *rest, **kwargs):  # type: ignore[no-untyped-def]
            if args[0] == "git":
                calls.append(next(a for a in args[1:] if not a.startswith("-") and "=" not in a))
            super().__init__(args, *rest, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", Counting)
    assert len(lines(runner, "proposals/p.yaml")) == 13
    assert calls.count("log") == 1 and calls.count("cat-file") == 1
    assert len(calls) <= 6, calls
