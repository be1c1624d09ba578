"""Real temporary git repositories: init, commits, renames, merges. No mocks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.git.repos import GIT_ENV, V1, V2, V3, Repo


@pytest.fixture
def git_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine's git config does not matter to drafter's git calls either."""
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)


@pytest.fixture
def repo(tmp_path: Path, git_env: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[Repo]:
    """An empty repository on branch main; the current directory is its root."""
    root = tmp_path / "repo"
    root.mkdir()
    made = Repo(root)
    made.git("init", "-q", "-b", "main")
    monkeypatch.chdir(root)
    yield made


@pytest.fixture
def three(repo: Repo) -> Repo:
    """proposals/p.yaml in three commits on three days."""
    repo.commit("proposals/p.yaml", V1, "First draft", "2025-10-20T10:00:00+00:00")
    repo.commit("proposals/p.yaml", V2, "Second draft", "2025-10-21T10:00:00+00:00")
    repo.commit("proposals/p.yaml", V3, "Third draft", "2025-10-22T10:00:00+00:00")
    return repo
