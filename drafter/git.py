"""The only module that runs git.

Every call is an argument list (never a shell), with the inherited `GIT_*` variables
cleared, so a `GIT_DIR` or `GIT_INDEX_FILE` left by a hook or by git itself (drafter
runs as git's textconv) cannot point us at another repository. A revision given by a
user is checked against a conservative pattern, then resolved with
`rev-parse --verify --end-of-options` to a commit hash that is passed onward: it can
never become an option. Failures become `InputError`s a user can act on.

    data, origin = read_spec("HEAD~2:proposals/x.yaml")
    commits = file_log("proposals/x.yaml")          # newest first, follows renames
    blobs = read_blobs([(c.commit, c.path) for c in commits])   # one git process
"""

from __future__ import annotations

import os
import posixpath
import queue
import re
import subprocess
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from drafter.errors import InputError

REVISION = re.compile(r"[A-Za-z0-9_@][A-Za-z0-9_@./{}~^+-]{0,199}")
"""What drafter accepts as a revision: `HEAD~2`, `v0.3`, `main^`, `origin/main`, `HEAD@{1}`.
No leading `-`, whitespace, control characters, `:`, `;`, quotes or other shell syntax."""

MAX_BLOB = 64 * 1024 * 1024
"""Largest version of a file read from git, the loader's own limit on a proposal file."""

KEPT_VARIABLES = frozenset({"GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM", "GIT_CONFIG_NOSYSTEM", "GIT_EXEC_PATH"})
"""GIT_* variables that choose configuration files or git's own programs, not a repository."""

SAFE_CONFIG = ("-c", "color.ui=false", "-c", "log.showSignature=false", "-c", "core.quotePath=false")
"""User settings that would change the output we parse."""


def git_environment() -> dict[str, str]:
    """The environment git runs in: ours without inherited GIT_* variables, never prompting."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") or k in KEPT_VARIABLES}
    env.update(GIT_TERMINAL_PROMPT="0", GIT_OPTIONAL_LOCKS="0", LC_ALL="C")
    return env


def run(args: Sequence[str], *, cwd: str | Path | None = None, input: bytes | None = None) -> bytes:
    """Standard output of `git ARGS`; a failure raises InputError with git's own reason."""
    try:
        done = subprocess.run(
            ["git", *SAFE_CONFIG, *args], cwd=cwd, input=input, capture_output=True,
            env=git_environment(), check=False,
        )
    except FileNotFoundError:
        raise InputError("git is not installed (apt-get install git)") from None
    if done.returncode != 0:
        raise InputError(_reason(done.stderr))
    return done.stdout


def _reason(stderr: bytes) -> str:
    text = stderr.decode("utf-8", "replace").strip()
    if "not a git repository" in text:
        return "not inside a git repository"
    lines = [line.removeprefix("fatal: ").removeprefix("error: ") for line in text.splitlines() if line]
    return lines[-1] if lines else "git failed"


def is_revision(text: str) -> bool:
    """True if `text` is shaped like a single revision drafter will pass to git."""
    return bool(REVISION.fullmatch(text)) and ".." not in text and not text.endswith(".")


def resolve_commit(revision: str, cwd: str | Path | None = None) -> str:
    """The full hash of the commit `revision` names; InputError if there is none."""
    if not is_revision(revision):
        raise InputError(f"'{_printable(revision)}' is not a valid git revision")
    toplevel(cwd)  # "not inside a git repository" before "no such revision"
    out = _try(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"], cwd)
    if not out:
        raise InputError(f"no such revision '{revision}'")
    return out.decode().strip()


def _try(args: Sequence[str], cwd: str | Path | None) -> bytes | None:
    try:
        return run(args, cwd=cwd)
    except InputError:
        return None


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else "?" for c in text)


def toplevel(cwd: str | Path | None = None) -> Path:
    """The root folder of the repository `cwd` is in."""
    return Path(run(["rev-parse", "--show-toplevel"], cwd=cwd).decode("utf-8", "surrogateescape").strip())


def repo_path(path: str, cwd: str | Path | None = None, *, root_ok: bool = False) -> str:
    """`path` (relative to `cwd`, like `git show REV:./path`) as a path from the repository root.

    The root itself is `.`, allowed only with `root_ok`.
    """
    if not path or "\0" in path:
        raise InputError("no path given after the revision")
    top = toplevel(cwd)
    here = Path(cwd or os.getcwd())
    full = os.path.realpath(here / path)
    relative = Path(os.path.relpath(full, os.path.realpath(top))).as_posix()
    relative = posixpath.normpath(relative)
    if relative == ".." or relative.startswith("../"):
        raise InputError(f"'{path}' is outside the repository")
    if relative == "." and not root_ok:
        raise InputError(f"'{path}' is the repository's root folder, not a file")
    return relative


def split_spec(spec: str) -> tuple[str, str] | None:
    """`REV:PATH` split at the first colon whose left part is a plausible revision, else None."""
    start = 0
    while (colon := spec.find(":", start)) > 0:
        if is_revision(spec[:colon]):
            return spec[:colon], spec[colon + 1:]
        start = colon + 1
    return None


def read_spec(spec: str, cwd: str | Path | None = None) -> tuple[bytes, str]:
    """The bytes of `REV:PATH` and the spec itself as their origin; InputError naming the spec."""
    parts = split_spec(spec)
    if parts is None:
        head = spec.split(":", 1)[0]
        raise InputError(f"{_printable(spec)}: no such file, and '{_printable(head)}' is not a valid git revision")
    revision, path = parts
    try:
        commit = resolve_commit(revision, cwd)
        inside = repo_path(path, cwd)
        data = read_blobs([(commit, inside)], cwd)[0]
    except InputError as error:
        raise InputError(f"{spec}: {error.message}") from None
    if data is None:
        raise InputError(f"{spec}: '{path}' does not exist in {revision}")
    return data, spec


def rev_range(text: str) -> tuple[str, str]:
    """`A..B` as (A, B); a missing side means HEAD, like git."""
    old, sep, new = text.partition("..")
    if not sep or new.startswith("."):
        raise InputError(f"'{_printable(text)}' is not a range; expected OLD..NEW, e.g. HEAD~1..HEAD")
    old, new = old or "HEAD", new or "HEAD"
    for side in (old, new):
        if not is_revision(side):
            raise InputError(f"'{_printable(side)}' is not a valid git revision")
    return old, new


def range_specs(text: str, path: str) -> tuple[str, str]:
    """`A..B` and PATH as the two specs `A:PATH` and `B:PATH`."""
    old, new = rev_range(text)
    return f"{old}:{path}", f"{new}:{path}"


def read_blobs(objects: Iterable[tuple[str, str]], cwd: str | Path | None = None) -> list[bytes | None]:
    """The file at each (commit, path), all read through ONE `git cat-file --batch`.

    None where the path does not exist in that commit or names a folder.
    """
    return list(iter_blobs(objects, cwd))


def iter_blobs(objects: Iterable[tuple[str, str]], cwd: str | Path | None = None) -> Iterator[bytes | None]:
    """Like `read_blobs`, one file at a time: a long history is never all in memory at once.

    A thread reads the next files while the caller works on this one (at most `AHEAD`
    waiting), so git's unpacking and the caller's work overlap instead of taking turns.
    """
    wanted = list(objects)
    names = b"".join(f"{commit}:{path}".encode() + b"\0" for commit, path in wanted)
    if not names:
        return
    with subprocess.Popen(["git", *SAFE_CONFIG, "cat-file", "--batch", "-z"], cwd=cwd, env=git_environment(),
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as process:
        assert process.stdin is not None and process.stdout is not None
        writer = threading.Thread(target=_feed, args=(process.stdin, names), daemon=True)
        writer.start()  # a thread, so a full output pipe never blocks our input
        reader = _Reader(process.stdout, [f"{path} at {commit[:12]}" for commit, path in wanted])
        try:
            for _ in wanted:
                yield reader.next()
        finally:
            reader.stop()
        writer.join()
    if process.returncode:
        raise InputError("git cat-file failed while reading the file's versions")


AHEAD = 2
"""Files read ahead of the caller: enough to keep git busy, little memory (two versions)."""


class _Reader:
    """Reads git's `--batch` output in a thread, `AHEAD` files ahead of the caller."""

    def __init__(self, stream: IO[bytes], names: list[str]) -> None:
        self.ahead: queue.Queue[bytes | None | InputError] = queue.Queue(AHEAD)
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(stream, names), daemon=True)
        self.thread.start()

    def _run(self, stream: IO[bytes], names: list[str]) -> None:
        """Each file in turn, named in messages as `names` says; stops at git's first failure."""
        try:
            for name in names:
                if self.stopped.is_set():
                    return
                self.ahead.put(_next_blob(stream, name))
        except InputError as error:
            self.ahead.put(error)

    def next(self) -> bytes | None:
        """The next file (None for a missing one); git's failure as InputError."""
        blob = self.ahead.get()
        if isinstance(blob, InputError):
            raise blob
        return blob

    def stop(self) -> None:
        """Let the thread finish: a caller that stops early leaves the rest unread."""
        self.stopped.set()
        while self.thread.is_alive():
            try:
                self.ahead.get(timeout=0.1)  # make room for a file it is waiting to put
            except queue.Empty:
                pass
        self.thread.join()


def _feed(stream: IO[bytes], data: bytes) -> None:
    try:
        stream.write(data)
        stream.close()
    except BrokenPipeError:
        pass


def _next_blob(stream: IO[bytes], name: str) -> bytes | None:
    header = stream.readline()
    if not header:
        raise InputError("git cat-file stopped early while reading the file's versions")
    fields = header.rstrip(b"\n").split(b" ")
    if len(fields) != 3 or not fields[2].isdigit():  # "<name> missing" or "ambiguous"
        return None
    if int(fields[2]) > MAX_BLOB:
        raise InputError(f"{name}: {int(fields[2]):,} bytes; proposals are limited to {MAX_BLOB:,}")
    data = stream.read(int(fields[2]))
    stream.read(1)  # the newline after the contents
    return data if fields[1] == b"blob" else None


@dataclass(frozen=True, slots=True)
class FileCommit:
    """One commit that changed a file, as `git log --follow` reports it."""

    commit: str
    """Full hash."""
    date: str
    """Author date, strict ISO 8601 (`2025-10-22T09:14:03+02:00`)."""
    author: str
    """Author name."""
    path: str
    """The file's path from the repository root in that commit (renames followed)."""
    status: str
    """`A` added, `M` modified, `R` renamed, `D` deleted, `` for a merge."""


def file_log(path: str, cwd: str | Path | None = None, revision: str = "HEAD") -> list[FileCommit]:
    """Every commit that changed the file at `path` (relative to `cwd`), newest first."""
    inside = repo_path(path, cwd)
    commit = resolve_commit(revision, cwd)
    # --topo-order: --follow switches to the old name at a rename, so every commit on a
    # merged branch must come before the rename, whatever the commit dates say.
    out = run(["--literal-pathspecs", "log", "--follow", "--topo-order", "--name-status", "-z", "--no-color",
               "--format=%x1e%H%x1f%aI%x1f%an", commit, "--", inside], cwd=toplevel(cwd))
    commits = _parse_log(out.decode("utf-8", "surrogateescape"), inside)
    if not commits:
        raise InputError(f"{path}: no commits touch this file in {revision}")
    return commits


def _parse_log(text: str, current: str) -> list[FileCommit]:
    commits = []
    for record in text.split("\x1e")[1:]:
        header, _, rest = record.partition("\0")
        commit, date, author = header.split("\x1f", 2)
        tokens = [t for t in rest.lstrip("\n").split("\0") if t]
        status, path, older = "", current, current
        if tokens:
            status = tokens[0][:1]
            path = tokens[2] if status in "RC" and len(tokens) > 2 else tokens[1]
            older = tokens[1] if status == "R" else path
        commits.append(FileCommit(commit, date, author, path, status))
        current = older
    return commits


def config_set(key: str, value: str, cwd: str | Path | None = None) -> None:
    """Set `key` in the repository's own config (.git/config)."""
    run(["config", "--local", "--end-of-options", key, value], cwd=cwd)


def config_unset(key: str, cwd: str | Path | None = None) -> None:
    """Remove `key` from the repository's own config; nothing happens if it is not set."""
    _try(["config", "--local", "--unset-all", "--end-of-options", key], cwd)
