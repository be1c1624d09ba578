"""A git repository holding one proposal through 500 commits, for `drafter log` and `git log`.

Each commit changes one word in one clause's text (the small edit a drafting team commits
all day). Built with `git fast-import` in one pass, so 500 commits take seconds, not minutes.
"""

from __future__ import annotations

import random
import re
import subprocess
from pathlib import Path

from bench.words import FILLERS

FILE = "proposal.yaml"
_FIELD = re.compile(r"^\s*(- )?[A-Za-z_][A-Za-z0-9_-]*:( |$)")
_ENV = {"GIT_CONFIG_NOSYSTEM": "1", "HOME": "/nonexistent", "PATH": "/usr/bin:/bin"}


def build(source: Path, repo: Path, commits: int = 500, seed: int = 7) -> Path:
    """Create `repo` (replacing nothing: it must not exist) with `commits` versions of `source`."""
    lines = source.read_text(encoding="utf-8").split("\n")
    text_lines = [i for i, line in enumerate(lines) if line.strip() and not _FIELD.match(line)]
    rng = random.Random(seed)
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True, env=_ENV)
    stream = subprocess.Popen(["git", "fast-import", "--quiet"], cwd=repo, stdin=subprocess.PIPE, env=_ENV)
    assert stream.stdin is not None
    for n in range(commits):
        while n and not _edit(lines, rng.choice(text_lines), rng):
            pass  # every commit must change the file, or `git log -- FILE` skips it
        _commit(stream.stdin, n, "\n".join(lines).encode("utf-8"))
    stream.stdin.close()
    if stream.wait() != 0:
        raise RuntimeError(f"git fast-import failed in {repo}")
    subprocess.run(["git", "checkout", "-q", "main"], cwd=repo, check=True, env=_ENV)
    return repo / FILE


def _edit(lines: list[str], i: int, rng: random.Random) -> bool:
    """Replace one plain word of line `i`; False when the chosen word could not change."""
    indent = len(lines[i]) - len(lines[i].lstrip(" "))
    words = lines[i].split()
    k = rng.randrange(len(words))
    replacement = rng.choice(FILLERS)
    if "[[" in words[k] or not words[k].isalpha() or words[k] == replacement:
        return False
    words[k] = replacement
    lines[i] = " " * indent + " ".join(words)
    return True


def _commit(out, n: int, content: bytes) -> None:
    when = 1761120000 + 3600 * n
    message = f"Revise the draft, step {n + 1}\n".encode()
    out.write(b"commit refs/heads/main\n")
    out.write(f"committer Drafting Team <team@drafter.invalid> {when} +0000\n".encode())
    out.write(b"data %d\n%s\n" % (len(message), message))
    out.write(f"M 100644 inline {FILE}\n".encode())
    out.write(b"data %d\n%s\n" % (len(content), content))
