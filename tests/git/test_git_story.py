"""The whole story across commits: a renamed clause, changes that are not text, moves,
splits and merges, as `drafter diff`, `drafter log` and `drafter history` tell it."""

from __future__ import annotations

import json

from click.testing import CliRunner

from drafter.cli import cli
from tests.git.repos import Repo

HEAD = """\
drafter: 1
id: gaza-plan
title: Gaza plan
version: "{version}"
date: 2025-10-0{day}
status: draft
parties:
  - {{id: IL, name: Israel}}
  - {{id: HA, name: Hamas}}
clauses:
"""
CLAUSES = """\
  - id: ceasefire
    text: All hostilities cease once both parties accept this proposal.
  - id: hostages
    text: All hostages are released within 72 hours of acceptance.
  - id: withdrawal
    text: Israeli forces withdraw to the agreed line in stages.
  - id: monitoring
    text: An international force monitors the withdrawal described in [[withdrawal]].
"""
RENAMED = CLAUSES.replace("id: withdrawal", "id: israeli-withdrawal").replace("[[withdrawal]]",
                                                                                "[[israeli-withdrawal]]")


def _version(n: int, clauses: str) -> str:
    return HEAD.format(version=f"0.{n}", day=n) + clauses


def _commit(repo: Repo, n: int, clauses: str, message: str) -> None:
    repo.commit("plan.yaml", _version(n, clauses), message, f"2025-10-0{n}T10:00:00+00:00")


def _run(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(cli, list(args))
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def _story(repo: Repo) -> None:
    _commit(repo, 1, CLAUSES, "First draft")
    _commit(repo, 2, CLAUSES.replace("in stages.", "in three stages."), "Stages")
    _commit(repo, 3, RENAMED.replace("in stages.", "in three stages."), "Rename withdrawal")
    with_positions = RENAMED.replace("in stages.", "in three stages.\n    positions: {IL: supports, HA: opposes}")
    _commit(repo, 4, with_positions, "Positions on the withdrawal")


def test_a_rename_is_one_renamed_and_no_phantom_reword(repo: Repo, runner: CliRunner) -> None:
    _story(repo)
    diff = _run(runner, "diff", "HEAD~2:plan.yaml", "HEAD~1:plan.yaml", "--only", "changed")
    assert "renamed 3 · withdrawal → israeli-withdrawal" in diff
    assert "monitoring" not in diff and "reworded" not in diff and "[-point 3-]" not in diff
    assert diff.splitlines()[-1] == "1 renamed"
    records = json.loads(_run(runner, "log", "plan.yaml", "--format", "json"))
    assert [r["summary"] for r in records] == [
        "1 changed", "1 renamed", "~1 reworded", "created, 4 clauses"]


def test_history_follows_the_rename_from_either_id(repo: Repo, runner: CliRunner) -> None:
    _story(repo)
    for clause_id in ("israeli-withdrawal", "withdrawal"):
        out = _run(runner, "history", "plan.yaml", clause_id)
        heads = [line.split("  ", 1)[1] for line in out.splitlines() if not line.startswith("    ")]
        assert heads == ["v0.1  point 3  added", "v0.2  point 3  reworded",
                         "v0.3  point 3  renamed withdrawal → israeli-withdrawal", "v0.4  point 3  changed"]
        assert "    positions: - -> IL: supports; HA: opposes" in out
        assert "in {+three +}stages." in out


def test_history_prints_references_resolved_and_skips_no_commit(repo: Repo, runner: CliRunner) -> None:
    _story(repo)
    repo.commit("plan.yaml", _version(5, RENAMED.replace("[[israeli-withdrawal]]", "[[israeli-withdrawal]] and [[hostages]]")),
                "Refer to the hostages too", "2025-10-05T10:00:00+00:00")
    out = _run(runner, "history", "plan.yaml", "monitoring")
    assert "[[" not in out
    assert "An international force monitors the withdrawal described in point 3{+ and point 2+}." in out
    heads = [line.split("  ", 1)[1] for line in out.splitlines() if not line.startswith("    ")]
    assert heads == ["v0.1  point 4  added", "v0.5  point 4  reworded"]  # the rename changed nothing of it


def test_commits_that_change_only_alternatives_or_notes_are_steps(repo: Repo, runner: CliRunner) -> None:
    _commit(repo, 1, CLAUSES, "First draft")
    alternative = CLAUSES.replace("in stages.\n", "in stages.\n    alternatives:\n      - party: HA\n"
                                                   "        text: Israeli forces withdraw at once.\n")
    _commit(repo, 2, alternative, "Hamas's wording")
    _commit(repo, 3, alternative.replace("at once.\n", "at once.\n    notes: Asked for by the mediators.\n"), "Note")
    out = _run(runner, "history", "plan.yaml", "withdrawal")
    heads = [line.split("  ", 1)[1] for line in out.splitlines() if not line.startswith("    ")]
    assert heads == ["v0.1  point 3  added", "v0.2  point 3  changed", "v0.3  point 3  changed"]
    assert "    alternatives: - -> Alt 1 (HA): Israeli forces withdraw at once." in out
    assert "    notes: - -> Asked for by the mediators." in out
    assert "reworded" not in out


def test_history_shows_moves_splits_and_merges(repo: Repo, runner: CliRunner) -> None:
    both = ("All living hostages are released within 72 hours of acceptance, and the remains of deceased"
            " hostages within ten days.")
    clauses = CLAUSES.replace("All hostages are released within 72 hours of acceptance.", both)
    _commit(repo, 1, clauses, "First draft")
    parts = clauses.split("  - id: ")
    moved = "  - id: ".join([parts[0], parts[3], parts[1], parts[2], parts[4]])
    _commit(repo, 2, moved, "Withdrawal first")
    split = moved.replace(both, "All living hostages are released within 72 hours of acceptance.\n"
                                "  - id: remains\n    text: The remains of deceased hostages are released within ten days.")
    _commit(repo, 3, split, "Living and deceased apart")
    _commit(repo, 4, moved, "One point again")
    out = _run(runner, "history", "plan.yaml", "withdrawal")
    assert "v0.2  point 1  moved from point 3" in out
    records = json.loads(_run(runner, "history", "plan.yaml", "remains", "--format", "json"))
    assert [(r["event"], r["old"]["id"], r["id"]) for r in records] == [
        ("split", "hostages", "remains"), ("merged", "remains", "hostages")]
    out = _run(runner, "history", "plan.yaml", "hostages")
    heads = [line.split("  ", 2)[2] for line in out.splitlines() if not line.startswith("    ")]
    assert heads == ["point 2  added", "point 3  reworded", "point 4  split hostages → remains",
                     "point 3  reworded", "point 3  merged remains → hostages"]
