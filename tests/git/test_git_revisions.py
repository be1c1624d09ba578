"""drafter.git and REV:PATH input, against real repositories; hostile revisions do nothing."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from drafter import git
from drafter.cli import cli
from drafter.cli.options import load_proposal_arg, read_proposal_source
from drafter.errors import InputError
from tests.git.repos import V1, V2, V3, Repo


def test_revision_path_reads_each_version(three: Repo) -> None:
    assert read_proposal_source("HEAD~2:proposals/p.yaml") == (V1.encode(), "HEAD~2:proposals/p.yaml")
    assert load_proposal_arg("HEAD~1:proposals/p.yaml").version == "0.2"
    assert load_proposal_arg("HEAD:proposals/p.yaml").origin == "HEAD:proposals/p.yaml"


def test_path_is_relative_to_the_current_folder(three: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(three.root / "proposals")
    assert read_proposal_source("HEAD~1:p.yaml")[0] == V2.encode()
    assert read_proposal_source("HEAD:./p.yaml")[0] == V3.encode()
    with pytest.raises(InputError, match=r"^HEAD:proposals/p.yaml: 'proposals/p.yaml' does not exist in HEAD$"):
        read_proposal_source("HEAD:proposals/p.yaml")


def test_tags_and_hashes_are_revisions(three: Repo) -> None:
    three.git("tag", "v0.1", "HEAD~2")
    first = three.git("rev-parse", "HEAD~2").strip()
    assert read_proposal_source("v0.1:proposals/p.yaml")[0] == V1.encode()
    assert read_proposal_source(f"{first[:10]}:proposals/p.yaml")[0] == V1.encode()


def test_an_existing_file_wins_over_a_revision(three: Repo) -> None:
    odd = three.root / "HEAD:proposals"
    odd.mkdir()
    (odd / "p.yaml").write_text(V2)
    assert read_proposal_source("HEAD:proposals/p.yaml")[0] == V2.encode()


@pytest.mark.parametrize(("spec", "message"), [
    ("HEAD~9:proposals/p.yaml", "HEAD~9:proposals/p.yaml: no such revision 'HEAD~9'"),
    ("HEAD~2:proposals/x.yaml", "HEAD~2:proposals/x.yaml: 'proposals/x.yaml' does not exist in HEAD~2"),
    ("nobranch:proposals/p.yaml", "nobranch:proposals/p.yaml: no such revision 'nobranch'"),
    ("HEAD:../outside.yaml", "HEAD:../outside.yaml: '../outside.yaml' is outside the repository"),
    ("--output=/tmp/x:proposals/p.yaml",
     "--output=/tmp/x:proposals/p.yaml: no such file, and '--output=/tmp/x' is not a valid git revision"),
])
def test_missing_revisions_and_paths_are_one_line_errors(three: Repo, spec: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        read_proposal_source(spec)
    assert caught.value.message == message


def test_outside_a_repository(tmp_path: Path, git_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=r"^HEAD:p.yaml: not inside a git repository$"):
        read_proposal_source("HEAD:p.yaml")


HOSTILE = [
    "--output=/tmp/x",
    "--upload-pack=touch {pwned}",
    "HEAD;touch {pwned}",
    "HEAD$(touch {pwned})",
    "HEAD`touch {pwned}`",
    "HEAD|touch {pwned}",
    "HEAD\ntouch {pwned}",
    "-c core.pager=touch {pwned}",
    "HEAD --output={pwned}",
]


@pytest.mark.parametrize("revision", HOSTILE)
def test_hostile_revisions_fail_and_create_nothing(three: Repo, tmp_path: Path, revision: str) -> None:
    pwned = tmp_path / "pwned"
    revision = revision.format(pwned=pwned)
    existed = Path("/tmp/x").exists()
    for attempt in (lambda: git.resolve_commit(revision), lambda: read_proposal_source(f"{revision}:proposals/p.yaml"),
                    lambda: git.range_specs(f"{revision}..HEAD", "proposals/p.yaml")):
        with pytest.raises(InputError) as caught:
            attempt()
        assert "\n" not in caught.value.message
    assert not pwned.exists()
    assert existed or not Path("/tmp/x").exists()


def test_hostile_revision_on_the_command_line(three: Repo, tmp_path: Path, runner) -> None:
    pwned = tmp_path / "pwned"
    out = tmp_path / "x"
    for spec in (f"--output={out}:proposals/p.yaml", f"HEAD;touch {pwned}:proposals/p.yaml"):
        result = runner.invoke(cli, ["show", "--", spec])
        assert result.exit_code == 2
        assert result.stderr.startswith("drafter: ") and result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr
    assert not pwned.exists() and not out.exists()


def test_inherited_git_variables_do_not_redirect_drafter(three: Repo, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "other"
    subprocess.run(["git", "init", "-q", str(other)], check=True)
    monkeypatch.setenv("GIT_DIR", str(other / ".git"))
    monkeypatch.setenv("GIT_INDEX_FILE", str(other / "index"))
    monkeypatch.setenv("GIT_WORK_TREE", str(other))
    assert read_proposal_source("HEAD~2:proposals/p.yaml")[0] == V1.encode()
    env = git.git_environment()
    assert "GIT_DIR" not in env and env["GIT_TERMINAL_PROMPT"] == "0"
    assert env["GIT_CONFIG_GLOBAL"] == os.devnull


def test_file_log_follows_renames_and_merges(three: Repo) -> None:
    three.rename_and_merge()
    commits = git.file_log("proposals/plan.yaml")
    assert [c.status for c in commits] == ["M", "R", "M", "M", "A"]
    assert [c.path for c in commits] == ["proposals/plan.yaml"] * 2 + ["proposals/p.yaml"] * 3
    assert commits[-1].date == "2025-10-20T10:00:00+00:00" and commits[-1].author == "Ana Drafter"
    blobs = git.read_blobs([(c.commit, c.path) for c in commits])
    assert blobs[2:] == [V3.encode(), V2.encode(), V1.encode()]
    assert b"ninety" in blobs[0]


def test_read_blobs_marks_missing_paths(three: Repo) -> None:
    head = git.resolve_commit("HEAD")
    assert git.read_blobs([(head, "proposals/p.yaml"), (head, "nope.yaml"), (head, "proposals")]) == [
        V3.encode(), None, None]


@pytest.mark.parametrize(("text", "expected"), [
    ("HEAD~2..HEAD", ("HEAD~2:p.yaml", "HEAD:p.yaml")),
    ("v0.2..", ("v0.2:p.yaml", "HEAD:p.yaml")),
    ("..main", ("HEAD:p.yaml", "main:p.yaml")),
])
def test_range_specs(text: str, expected: tuple[str, str]) -> None:
    assert git.range_specs(text, "p.yaml") == expected


@pytest.mark.parametrize("text", ["HEAD", "A...B", "-x..HEAD", "HEAD..;ls"])
def test_bad_ranges(text: str) -> None:
    with pytest.raises(InputError):
        git.range_specs(text, "p.yaml")


@pytest.mark.parametrize(("text", "ok"), [
    ("HEAD", True), ("HEAD~2", True), ("main^", True), ("v0.3", True), ("origin/main", True),
    ("HEAD@{1}", True), ("abc123", True), ("-x", False), ("--output=x", False), ("HEAD ~2", False),
    ("a;b", False), ("a\tb", False), ("a\x1bb", False), ("A..B", False), ("", False), ("x:y", False),
])
def test_plausible_revisions(text: str, ok: bool) -> None:
    assert git.is_revision(text) is ok
