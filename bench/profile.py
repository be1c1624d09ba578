"""Measures of the targeted commands that hold up on a busy machine: instructions and CPU time.

    python -m bench.profile                         # CPU seconds (user+sys, best of 3), 1,000 clauses
    python -m bench.profile --instructions          # instruction counts under valgrind (slow, repeatable)
    python -m bench.profile --sizes 10000 --only json --instructions
    python -m bench.profile --only redline --cprofile /tmp/redline.prof   # a cProfile of one case

Wall time on a shared machine moves by 2x with the others' load; the CPU time a process used
moves much less, and the number of instructions it ran (valgrind's cachegrind without cache
simulation, hash seed fixed) hardly at all. The peer for `diff json` (PyYAML's C loader
parsing both files) is measured the same way, so its ratio can be read off directly;
pandoc and python-redlines are too slow under valgrind, so the redline and .docx targets are
read against the seconds docs/performance.md gives for them.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.cases import DRAFTER, PARSE, PYTHON, ROOT
from bench.prepare import compile_bytecode

Argv = Callable[[Path], list[str]]


@dataclass(frozen=True)
class Target:
    """One command the issue sets a speed target for, and its peer when that can be measured alike."""

    name: str
    size: int
    drafter: Argv
    budget: str
    peer: Argv | None = None


def _v(folder: Path, name: str) -> str:
    return str(folder / name)


TARGETS = (
    Target("Word redline", 1000, lambda d: [DRAFTER, "diff", _v(d, "v1.yaml"), _v(d, "v2.yaml"), "--format", "docx",
                                            "-o", _v(d, "out/redline.docx")],
           "<= 0.05x python-redlines (~6.0 s) = 0.30 s"),
    Target("render .docx", 1000, lambda d: [DRAFTER, "render", _v(d, "v1.yaml"), "--to", "docx",
                                            "-o", _v(d, "out/drafter.docx")],
           "<= 0.25x pandoc (~1.38 s) = 0.34 s"),
    Target("diff json (20% reworded)", 10000,
           lambda d: [DRAFTER, "diff", _v(d, "v1.yaml"), _v(d, "v3.yaml"), "--format", "json"],
           "<= 2x the C loader parsing both",
           lambda d: [PYTHON, "-c", PARSE, _v(d, "v1.yaml"), _v(d, "v3.yaml")]),
    Target("diff json", 10000, lambda d: [DRAFTER, "diff", _v(d, "v1.yaml"), _v(d, "v2.yaml"), "--format", "json"],
           "<= 2x the C loader parsing both", lambda d: [PYTHON, "-c", PARSE, _v(d, "v1.yaml"), _v(d, "v2.yaml")]),
    Target("load + validate", 10000, lambda d: [DRAFTER, "validate", _v(d, "v1.yaml")],
           "<= 2x the C loader", lambda d: [PYTHON, "-c", PARSE, _v(d, "v1.yaml")]),
)

OK = {0, 1}
"""diff exits 1 when the versions differ."""


def inputs(size: int, root: Path) -> Path:
    """The generated versions of `size` clauses under `root`, made when missing."""
    from bench import generate

    folder = root / f"n{size}"
    (folder / "out").mkdir(parents=True, exist_ok=True)
    if not all((folder / name).exists() for name in generate.NAMES):
        generate.write(size, folder)
    return folder


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env["PYTHONHASHSEED"] = "0"  # same set and dict orders, so the same instructions, every run
    return env


def cpu_seconds(argv: list[str], reps: int) -> float:
    """The least user+sys CPU time of `reps` runs."""
    best = float("inf")
    for _ in range(reps):
        child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env())
        _, status, usage = os.wait4(child.pid, 0)
        _check(argv, os.waitstatus_to_exitcode(status), child.stderr.read() if child.stderr else b"")
        best = min(best, usage.ru_utime + usage.ru_stime)
    return best


def instructions(argv: list[str]) -> int:
    """Instructions `argv` executes, counted by valgrind (cachegrind, no cache simulation)."""
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env())
    _check(argv, done.returncode, done.stderr)
    found = re.search(rb"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise SystemExit(f"bench.profile: no instruction count from valgrind for {argv}")
    return int(found.group(1).replace(b",", b""))


def _check(argv: list[str], status: int, stderr: bytes) -> None:
    if status not in OK:
        raise SystemExit(f"bench.profile: exit {status}: {' '.join(argv)}\n{stderr.decode(errors='replace')[-800:]}")


def report(targets: list[Target], root: Path, counting: bool, reps: int) -> None:
    """One line per target: drafter's measure, the peer's, and their ratio."""
    unit = "instructions" if counting else "CPU s"
    for target in targets:
        folder = inputs(target.size, root)
        measure = (lambda a: instructions(a)) if counting else (lambda a: cpu_seconds(a, reps))
        mine = measure(target.drafter(folder))
        line = f"{target.name:<26} {target.size:>6,}  drafter {_fmt(mine, counting)} {unit}"
        if target.peer is not None:
            theirs = measure(target.peer(folder))
            line += f"  peer {_fmt(theirs, counting)}  ratio {mine / theirs:.2f}x"
        print(f"{line}  target {target.budget}", flush=True)


def _fmt(value: float, counting: bool) -> str:
    return f"{value / 1e6:>9,.0f}M" if counting else f"{value:.3f}"


def profile(target: Target, root: Path, out: Path) -> None:
    """A cProfile of one target's drafter command, in-process as `python -m drafter` runs it."""
    argv = target.drafter(inputs(target.size, root))
    started = time.perf_counter()
    subprocess.run([PYTHON, "-m", "cProfile", "-o", str(out), "-m", "drafter", *argv[1:]],
                   stdout=subprocess.DEVNULL, env=_env())
    print(f"wrote {out} ({time.perf_counter() - started:.1f} s); read it with pstats or snakeviz")


def main(argv: list[str] | None = None) -> None:
    """Measure the targets (all, or those whose names contain an --only word)."""
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated parts of target names, e.g. 'redline,docx'")
    parser.add_argument("--sizes", help="comma-separated sizes instead of each target's own")
    parser.add_argument("--instructions", action="store_true", help="count instructions under valgrind")
    parser.add_argument("--reps", type=int, default=3, help="runs per CPU-time measure (the least counts)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "profile")
    parser.add_argument("--cprofile", type=Path, help="write a cProfile of the first chosen target here")
    args = parser.parse_args(argv)
    chosen = [t for t in TARGETS if args.only is None or any(w.strip() in t.name for w in args.only.split(","))]
    if args.sizes:
        chosen = [Target(t.name, int(s), t.drafter, t.budget, t.peer) for t in chosen for s in args.sizes.split(",")]
    compile_bytecode()
    if args.cprofile:
        profile(chosen[0], args.out, args.cprofile)
        return
    report(chosen, args.out, args.instructions, args.reps)


if __name__ == "__main__":
    sys.exit(main())
