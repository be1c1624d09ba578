"""`drafter history`: one clause's wordings across commits, with word diffs."""

from __future__ import annotations

import json

from click.testing import CliRunner

from drafter.cli import cli
from tests.git.repos import V3, Repo


def run(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(cli, ["history", *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_three_wordings_with_word_diffs(three: Repo, runner: CliRunner) -> None:
    hashes = three.git("log", "--format=%h").split()[::-1]
    assert run(runner, "proposals/p.yaml", "ceasefire").splitlines() == [
        f"{hashes[0]} 2025-10-20 Ana Drafter  v0.1  point 1  added",
        "    The Parties shall cease all hostilities along the line of contact.",
        f"{hashes[1]} 2025-10-21 Ana Drafter  v0.2  point 1  reworded",
        "    The Parties shall cease all hostilities along the {+current +}line of contact.",
        f"{hashes[2]} 2025-10-22 Ana Drafter  v0.3  point 2  moved from point 1, reworded",
        "    The Parties shall cease all hostilities {+at once +}along the current line of contact.",
    ]


def test_unchanged_commits_are_skipped_and_removal_shown(three: Repo, runner: CliRunner) -> None:
    out = run(runner, "proposals/p.yaml", "monitoring").splitlines()
    assert [line.split("  ")[-1] for line in out if not line.startswith("    ")] == ["added", "removed"]
    out = run(runner, "proposals/p.yaml", "prisoners")
    assert "within [-thirty-]{+sixty+} days." in out
    assert out.count(" reworded") == 1


def test_status_change_and_restore(three: Repo, runner: CliRunner) -> None:
    agreed = V3.replace("  - id: sanctions\n", "  - id: sanctions\n    status: agreed\n")
    three.commit("proposals/p.yaml", agreed, "Agree on sanctions")
    three.commit("proposals/p.yaml", V3.replace("  - id: sanctions\n    text: Sanctions shall be lifted in stages as "
                                                "each commitment is met.\n", ""), "Drop sanctions")
    three.commit("proposals/p.yaml", agreed, "Bring sanctions back")
    out = run(runner, "proposals/p.yaml", "sanctions").splitlines()
    events = [line.split("  ")[-1] for line in out if not line.startswith("    ")]
    assert events == ["added", "changed", "removed", "restored"]
    assert "    status: proposed -> agreed" in out


def test_json(three: Repo, runner: CliRunner) -> None:
    records = json.loads(run(runner, "proposals/p.yaml", "prisoners", "--format", "json"))
    assert [r["event"] for r in records] == ["added", "moved"]  # from point 2 to 1, and reworded
    assert records[1]["number"] == "1" and records[1]["version"] == "0.3"
    assert records[1]["old"] == {"id": "prisoners", "number": "2"} and records[1]["id"] == "prisoners"
    assert {"op": "delete", "text": "thirty"} in records[1]["spans"]
    assert records[1]["text"] == ["The Parties shall exchange all prisoners of war within sixty days."]


def test_unknown_clause(three: Repo, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["history", "proposals/p.yaml", "nope"])
    assert result.exit_code == 2
    assert result.stderr == "drafter: proposals/p.yaml: no committed version has a clause with id 'nope'\n"
