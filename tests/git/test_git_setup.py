"""`drafter git-setup` and `drafter textconv`: git's own diff, log -p and show print clauses."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys

import yaml
from click.testing import CliRunner

from drafter.cli import cli
from tests.conftest import ROOT
from tests.git.repos import GIT_ENV, V1, Repo


def setup(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(cli, ["git-setup", "--program", f"{shlex.quote(sys.executable)} -m drafter", *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_git_diff_shows_clause_text_after_setup(three: Repo, runner: CliRunner) -> None:
    setup(runner)
    diff = three.git("diff", "HEAD~1", "HEAD", "--", "proposals/p.yaml")
    assert "-The Parties shall exchange all prisoners of war within thirty days.\n" in diff
    assert "+The Parties shall exchange all prisoners of war within sixty days.\n" in diff
    assert "-[monitoring] · proposed\n" in diff
    assert "text:" not in diff and "id:" not in diff  # not the YAML lines


def test_word_diff_in_log_and_show(three: Repo, runner: CliRunner) -> None:
    setup(runner)
    log = three.git("log", "-p", "--word-diff", "--format=%s", "proposals/p.yaml")
    assert "along the {+current+} line of contact." in log
    assert "within [-thirty-]{+sixty+} days." in log
    assert "version [-0.1-]{+0.2+}" in log
    show = three.git("show", "--word-diff", "HEAD~1")
    assert "{+Sanctions shall be lifted in stages as each commitment is met.+}" in show


def test_hunk_headers_name_the_clause(three: Repo, runner: CliRunner) -> None:
    setup(runner)
    many = [(f"c{i}", f"Clause number {i} says something of its own.") for i in range(12)]
    from tests.git.repos import proposal

    three.commit("proposals/p.yaml", proposal("0.4", many), "Many")
    changed = [(cid, text.replace("own", "choosing") if cid == "c9" else text) for cid, text in many]
    three.commit("proposals/p.yaml", proposal("0.4", changed), "One word")
    diff = three.git("diff", "HEAD~1", "HEAD")
    assert re.search(r"^@@ .* @@ \[c8\] · proposed$", diff, re.MULTILINE), diff


def test_setup_is_idempotent(three: Repo, runner: CliRunner) -> None:
    (three.root / ".gitattributes").write_text("*.docx binary")  # no final newline
    first = setup(runner)
    assert ".gitattributes: added proposals/**/*.yaml diff=drafter" in first
    second = setup(runner)
    assert ".gitattributes" not in second
    assert (three.root / ".gitattributes").read_text() == (
        "*.docx binary\nproposals/**/*.yaml diff=drafter\nproposals/**/*.yml diff=drafter\n")
    assert three.git("config", "--get-all", "diff.drafter.textconv").count("\n") == 1
    assert three.git("check-attr", "diff", "proposals/p.yaml") == "proposals/p.yaml: diff: drafter\n"
    assert three.git("check-attr", "diff", "other/p.yaml") == "other/p.yaml: diff: unspecified\n"


def test_folder_argument_from_a_subfolder(three: Repo, runner: CliRunner, monkeypatch) -> None:
    monkeypatch.chdir(three.root / "proposals")
    setup(runner, ".")
    assert "proposals/**/*.yaml diff=drafter\n" in (three.root / ".gitattributes").read_text()
    monkeypatch.chdir(three.root)
    setup(runner, ".")
    assert "\n*.yaml diff=drafter\n" in (three.root / ".gitattributes").read_text()


def test_external_variant_prints_drafters_diff_and_can_be_undone(three: Repo, runner: CliRunner) -> None:
    out = setup(runner, "--external")
    assert "diff.drafter.command" in out
    assert " -m drafter git-diff \"$@\" " in three.git("config", "diff.drafter.command")  # with its fallback
    diff = three.git("diff", "HEAD~1", "HEAD")
    assert diff.startswith("drafter diff a/proposals/p.yaml b/proposals/p.yaml\n")
    assert "    The Parties shall exchange all prisoners of war within [-thirty-]{+sixty+} days.\n" in diff
    assert "1 removed, 2 moved, 1 renumbered" in diff
    assert "unchanged" not in three.git("diff", "HEAD~2", "HEAD~1")
    created = three.git("log", "-p", "--ext-diff", "--format=%s", "HEAD~2", "-1")
    assert "3 added" in created
    setup(runner)
    assert three.git("config", "--get-all", "diff.drafter.command", check=False) == ""
    assert "drafter diff" not in three.git("diff", "HEAD~1", "HEAD")


def test_external_diff_of_a_broken_side_is_a_line_diff(three: Repo, runner: CliRunner) -> None:
    setup(runner, "--external")
    (three.root / "proposals" / "p.yaml").write_text("drafter: 1\nid: Broken\n")
    diff = three.git("diff")
    assert diff.startswith("drafter diff a/proposals/p.yaml b/proposals/p.yaml\ndrafter: b/proposals/p.yaml:")
    assert "showing a line diff" in diff and "+id: Broken" in diff


def test_git_diff_helper_with_unmerged_path(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["git-diff", "proposals/p.yaml"])
    assert result.exit_code == 0 and result.stdout == "* Unmerged path proposals/p.yaml\n"


def test_textconv_of_an_invalid_file_shows_it_as_it_is(tmp_path, runner: CliRunner) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("drafter: 1\nid: Not A Slug\n")
    result = runner.invoke(cli, ["textconv", str(broken)])
    assert result.exit_code == 0
    assert result.stdout == "drafter: 1\nid: Not A Slug\n"


def test_textconv_of_a_valid_file(tmp_path, runner: CliRunner) -> None:
    good = tmp_path / "p.yaml"
    good.write_text(V1)
    result = runner.invoke(cli, ["textconv", str(good)])
    assert result.stdout.splitlines()[:5] == [
        "# Test plan", "version 0.1 · 2025-10-20 · draft", "parties: UA Ukraine, RU Russia", "",
        "[ceasefire] · proposed"]


def test_outside_a_repository(tmp_path, git_env, runner: CliRunner, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["git-setup"])
    assert result.exit_code == 2
    assert result.stderr == "drafter: not inside a git repository\n"


def test_pre_commit_hook_definition() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "drafter-validate")
    assert hook["entry"] == "drafter validate"
    assert hook["language"] == "python"
    files = re.compile(hook["files"])
    assert files.search("proposals/x.yaml") and files.search("proposals/sub/x.yml")
    assert not files.search("docs/x.yaml") and not files.search("proposals/x.md")


SHELL_WITHOUT_DRAFTER = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", **GIT_ENV}
"""A shell as git hooks, GUIs and cron jobs have it: no virtual environment on PATH."""


def _git(repo: Repo, *args: str) -> subprocess.CompletedProcess[str]:
    assert shutil.which("drafter", path=SHELL_WITHOUT_DRAFTER["PATH"]) is None
    return subprocess.run(["git", *args], cwd=repo.root, env=SHELL_WITHOUT_DRAFTER, capture_output=True, text=True,
                          check=False)


def test_git_show_works_from_a_shell_where_drafter_is_not_on_path(three: Repo, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["git-setup"])  # the default: this Python by its absolute path
    assert result.exit_code == 0, result.stderr
    assert f"git will run: {shlex.quote(os.path.abspath(sys.executable))} -m drafter textconv FILE" in result.stdout
    show = _git(three, "show", "--format=%s", "HEAD")
    assert show.returncode == 0, show.stderr
    assert "-[monitoring] · proposed\n" in show.stdout and "+The Parties shall exchange all prisoners" in show.stdout
    assert runner.invoke(cli, ["git-setup", "--external"]).exit_code == 0
    diff = _git(three, "diff", "HEAD~1", "HEAD")
    assert diff.returncode == 0, diff.stderr
    assert diff.stdout.startswith("drafter diff a/proposals/p.yaml b/proposals/p.yaml\n")
    assert "within [-thirty-]{+sixty+} days." in diff.stdout


def test_git_show_and_diff_still_work_when_drafter_is_gone(three: Repo, runner: CliRunner) -> None:
    gone = "/nonexistent/venv/bin/python -m drafter"  # a removed virtual environment
    assert runner.invoke(cli, ["git-setup", "--program", gone]).exit_code == 0
    show = _git(three, "show", "--format=%s", "HEAD")
    assert show.returncode == 0, show.stderr
    assert "-    text: The Parties shall exchange all prisoners of war within thirty days.\n" in show.stdout  # the YAML
    assert runner.invoke(cli, ["git-setup", "--external", "--program", gone]).exit_code == 0
    diff = _git(three, "diff", "HEAD~1", "HEAD")
    assert diff.returncode == 0, diff.stderr
    assert diff.stdout.startswith("drafter is not available here: a line diff\n--- a/proposals/p.yaml\n+++ b/proposals/p.yaml\n")
    log = _git(three, "log", "-p", "--ext-diff", "--format=%s", "-1")
    assert log.returncode == 0 and "a line diff" in log.stdout


def test_textconv_shows_the_fields_import_keeps(tmp_path, runner: CliRunner) -> None:
    """Source numbers, gaps, document notes and provenance change git's diff like any text."""
    source = tmp_path / "counter.yaml"
    source.write_text(
        "drafter: 1\nid: counter\ntitle: Counter-proposal\nversion: '0.1'\ndate: undated\nstatus: draft\n"
        "notes: Header line not understood.\n"
        "gaps:\n  - {after: fourth, note: points 5-28 not available}\n"
        "clauses:\n"
        "  - {id: first, number: '1', text: Sovereignty is reconfirmed.}\n"
        "  - {id: fourth, number: '4', text: A dialogue convenes., amended_by: [ua.txt 2]}\n"
        "  - {id: heading, number: '', title: Guarantees, clauses: [{id: guarantee, text: Compensation.}]}\n")
    lines = runner.invoke(cli, ["textconv", str(source)]).stdout.splitlines()
    assert "note: Header line not understood." in lines
    assert "gap after [fourth]: points 5-28 not available" in lines
    assert "[first] · proposed · number 1" in lines
    assert "[fourth] · proposed · number 4" in lines and "  amended by: ua.txt 2" in lines
    assert "[heading] Guarantees · proposed · unnumbered" in lines
