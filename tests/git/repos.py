"""Real temporary git repositories for the tests: fixed authors and dates, no machine config."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

GIT_ENV = {
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_AUTHOR_NAME": "Ana Drafter",
    "GIT_AUTHOR_EMAIL": "ana@example.org",
    "GIT_COMMITTER_NAME": "Ana Drafter",
    "GIT_COMMITTER_EMAIL": "ana@example.org",
}
"""The machine's git config must not matter; authors are fixed."""

HEADER = """\
drafter: 1
id: test-plan
title: Test plan
version: "{version}"
date: 2025-10-2{day}
status: draft
parties:
  - {{id: UA, name: Ukraine}}
  - {{id: RU, name: Russia}}
clauses:
"""


def proposal(version: str, clauses: list[tuple[str, str]], day: int = 0) -> str:
    """A small valid proposal with the given (id, text) clauses."""
    body = "".join(f"  - id: {cid}\n    text: {text}\n" for cid, text in clauses)
    return HEADER.format(version=version, day=day) + body


V1 = proposal("0.1", [
    ("ceasefire", "The Parties shall cease all hostilities along the line of contact."),
    ("prisoners", "The Parties shall exchange all prisoners of war within thirty days."),
    ("monitoring", "A monitoring mission shall verify the ceasefire."),
], day=0)
V2 = proposal("0.2", [
    ("ceasefire", "The Parties shall cease all hostilities along the current line of contact."),
    ("prisoners", "The Parties shall exchange all prisoners of war within thirty days."),
    ("monitoring", "A monitoring mission shall verify the ceasefire."),
    ("sanctions", "Sanctions shall be lifted in stages as each commitment is met."),
], day=1)
V3 = proposal("0.3", [
    ("prisoners", "The Parties shall exchange all prisoners of war within sixty days."),
    ("ceasefire", "The Parties shall cease all hostilities at once along the current line of contact."),
    ("sanctions", "Sanctions shall be lifted in stages as each commitment is met."),
], day=2)
"""Three versions: v2 rewords one clause and adds one; v3 rewords two, moves one, drops one."""


class Repo:
    """A temporary git repository driven through the real git command."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def git(self, *args: str, cwd: Path | None = None, check: bool = True) -> str:
        """Run git in the repository; return its standard output."""
        done = subprocess.run(["git", *args], cwd=cwd or self.root, capture_output=True, text=True,
                              env={**os.environ, **GIT_ENV}, check=check)
        return done.stdout

    def commit(self, path: str, text: str, message: str, date: str = "2025-10-20T10:00:00+00:00") -> str:
        """Write `text` to `path`, commit it at `date`; return the commit hash."""
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        self.git("add", path)
        done = subprocess.run(["git", "commit", "-q", "-m", message], cwd=self.root, check=True,
                              env={**os.environ, **GIT_ENV, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date})
        assert done.returncode == 0
        return self.git("rev-parse", "HEAD").strip()

    def rename_and_merge(self) -> None:
        """On top of the three versions: rename p.yaml to plan.yaml, change it on a side
        branch while main gets an unrelated commit, then merge the branch."""
        self.git("mv", "proposals/p.yaml", "proposals/plan.yaml")
        self.git("commit", "-q", "-m", "Rename")
        self.git("checkout", "-q", "-b", "side")
        self.commit("proposals/plan.yaml", V3.replace("sixty", "ninety"), "Side change")
        self.git("checkout", "-q", "main")
        self.commit("notes.txt", "unrelated\n", "Unrelated")
        self.git("merge", "-q", "--no-edit", "side")
