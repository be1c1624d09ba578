"""Time one command as a real process: wall time and the command's own peak memory.

Wall time comes from `os.wait4` on the child we started, so alternating runs never blur
into each other as RUSAGE_CHILDREN would. Peak memory cannot come from that same rusage:
Linux folds the memory a process had before `exec` into ru_maxrss, and a child spawned
from this (25 MiB) Python process would report at least 25 MiB whatever it ran. So the
command is started under GNU time (`/usr/bin/time -f %M`, a 2 MiB process that forks and
waits for it), whose report is the command's ru_maxrss, covering the descendants it waited
for too (the .NET binary python-redlines runs).
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    """One timed run of one command."""

    seconds: float
    peak_kb: int
    """ru_maxrss in KiB (Linux)."""
    status: int
    """Exit status; -9 when killed for taking longer than the time limit."""


def clean_env() -> dict[str, str]:
    """The environment without git's own variables, so git uses only the repository's config."""
    return {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}


GNU_TIME = "/usr/bin/time"


def run_once(argv: list[str], cwd: Path, stdout: Path, limit: float = 1800.0) -> Run:
    """Run `argv` in `cwd` with stdout to the file `stdout`; stderr goes to `stdout`.err."""
    memory = Path(f"{stdout}.maxrss")
    memory.unlink(missing_ok=True)
    launcher = [GNU_TIME, "-f", "%M", "-o", str(memory), "--"] if Path(GNU_TIME).exists() else []
    with open(stdout, "wb") as out, open(f"{stdout}.err", "wb") as err:
        start = time.perf_counter()
        child = subprocess.Popen(launcher + argv, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                 env=clean_env(), start_new_session=True)
        killer = threading.Timer(limit, _kill_group, (child.pid,))
        killer.start()
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        killer.cancel()
    child.returncode = os.waitstatus_to_exitcode(status)  # already reaped: stop Popen waiting again
    return Run(seconds, _peak_kb(memory, usage.ru_maxrss), child.returncode)


def _peak_kb(memory: Path, fallback: int) -> int:
    """GNU time's %M (its last line: a non-zero exit adds a line before it), else wait4's."""
    try:
        return int(memory.read_text().split()[-1])
    except (OSError, ValueError, IndexError):
        return fallback


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
