"""Time drafter beside its peers at 100, 1,000 and 10,000 clauses; write results.json.

    python -m bench.run                      # all sizes, then docs/performance.md and .png
    python -m bench.run --sizes 100 --reps 1 --out /tmp/b --no-docs   # the CI smoke

Each repetition runs drafter and the peer one after the other on the same files,
alternating which goes first, and keeps wall time and peak memory of each process.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.cases import CASES, LOG_MAX_SIZE, ROOT, Case, Inputs
from bench.prepare import available, prepare
from bench.timing import Run, run_once

REPS = {100: 5, 1000: 5, 10000: 3}
LIMITS = {"drafter": 1800.0, "peer": 600.0}
"""Seconds one run may take before it is stopped (python-redlines at 10,000 clauses runs longer)."""
KILLED = -9
ONCE = 120.0
"""A command taking longer than this (python-redlines at 10,000 clauses) is run only once."""


def time_case(case: Case, inputs: Inputs, reps: int, with_drafter: bool = True) -> dict:
    """Median wall time and peak memory of drafter and the peer, alternating them."""
    sides = {"drafter": case.drafter(inputs)} if with_drafter else {}
    if case.peer is not None:
        sides["peer"] = case.peer(inputs)
    runs: dict[str, list[Run]] = {side: [] for side in sides}
    order = list(sides)
    for rep in range(reps):
        for side in order if rep % 2 == 0 else order[::-1]:
            if runs[side] and (runs[side][-1].status == KILLED or runs[side][-1].seconds > ONCE):
                continue  # one run that long is measurement enough; another would only take as long
            out = inputs.out / f"stdout-{side}.txt"
            runs[side].append(run_once(sides[side], case.cwd(inputs), out, LIMITS[side]))
    return {side: _summary(side, sides[side], runs[side], case, inputs) for side in sides}


def _summary(side: str, argv: list[str], runs: list[Run], case: Case, inputs: Inputs) -> dict:
    failed = [r for r in runs if r.status not in case.ok]
    summary = {
        "argv": [a.replace(str(inputs.folder), "$IN").replace(str(ROOT) + "/", "") for a in argv],
        "seconds": [round(r.seconds, 4) for r in runs],
        "median_s": round(statistics.median(r.seconds for r in runs), 4),
        "peak_mib": round(max(r.peak_kb for r in runs) / 1024, 1),
        "ok": not failed,
    }
    if failed and failed[0].status == KILLED:
        summary["error"] = f"stopped after {LIMITS[side]:.0f} s, unfinished"
    elif failed:
        err = inputs.out / f"stdout-{side}.txt.err"
        summary["error"] = f"exit {failed[0].status}: " + err.read_text(errors="replace")[-500:]
    return summary


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return an exit status (1 if a drafter command failed)."""
    args = _parser().parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    args.out = args.out.resolve()  # commands run in other folders (the git history)
    results = {"machine": _machine(), "sizes": sizes, "rows": [], "inputs": {}}
    started = time.time()
    for size in sizes:
        inputs, notes = prepare(size, args.out, log=args.progress, with_history=size <= LOG_MAX_SIZE)
        results["inputs"][str(size)] = notes
        reps = args.reps or REPS.get(size, 3)
        for case in CASES:
            if not (case.per_size or size == sizes[0]) or not _wanted(case, args.only):
                continue
            args.progress(f"{size:>6} clauses  {case.name} x{min(reps, case.max_reps)}")
            results["rows"].append(_row(case, size, inputs, min(reps, case.max_reps)))
            _save(results, args.out)  # after every case, so a stopped run keeps what it measured
    results["seconds_total"] = round(time.time() - started, 1)
    args.progress(f"wrote {_save(results, args.out)}")
    if args.docs:
        from bench.report import write_report

        write_report(results, ROOT / "docs")
        args.progress("wrote docs/performance.md and docs/performance.png")
    # a peer that fails (python-redlines not installed, say) shows in the table; drafter failing is an error
    return 0 if all(r.get("drafter", {}).get("ok", True) for r in results["rows"]) else 1


def _save(results: dict, out: Path) -> Path:
    path = out / "results.json"
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return path


def _row(case: Case, size: int, inputs: Inputs, reps: int) -> dict:
    """One line of results; a command drafter lacks yet still has its peer timed."""
    row = {"case": case.name, "size": size if case.per_size else None, "reps": reps,
           "peer_name": case.peer_name, "target": case.target}
    if case.max_size is not None and size > case.max_size:
        return row | {"skipped": f"timed up to {case.max_size:,}"}
    if not available(case.needs):
        row["missing"] = " ".join(case.needs)
        return row | (time_case(case, inputs, reps, with_drafter=False) if case.peer else {})
    return row | time_case(case, inputs, reps)


def _wanted(case: Case, only: str | None) -> bool:
    return only is None or any(word.strip() in case.name for word in only.split(","))


def _machine() -> dict:
    pandoc = subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    return {"python": platform.python_version(), "cpus": _cpus(), "platform": platform.platform(),
            "pandoc": pandoc, "drafter_commit": commit, "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--reps", type=int, default=0, help="repetitions (default 5, and 3 at 10,000)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--only", help="comma-separated parts of case names, e.g. 'render,log'")
    parser.add_argument("--no-docs", dest="docs", action="store_false", help="do not rewrite docs/")
    parser.add_argument("--quiet", dest="progress", action="store_const", const=lambda m: None,
                        default=lambda m: print(m, file=sys.stderr, flush=True))
    return parser


if __name__ == "__main__":
    if shutil.which("pandoc") is None:
        sys.exit("bench: pandoc is not installed; install it with: apt-get install -y pandoc")
    sys.exit(main())
