"""The long fuzz run (`make fuzz`): a million inputs over every target, failures kept.

    python -m tests.fuzz.run                          # 1,000,000 inputs, all targets
    python -m tests.fuzz.run --inputs 20000 --targets loader,incremental

Each input comes from a target's generator (tests/fuzz/strategies.py, the same ones the
short run in `make test` drives through Hypothesis), seeded from the target's name and the
input's number, so any input can be made again. An input that fails its check, takes over
TIMEOUT seconds or more than MEMORY of address space is cut down to a small one that fails
the same way and saved under tests/fuzz/crashes/TARGET/, which `make test` replays from then
on. One input is kept for each distinct failure; the run goes on to the end either way and
exits 1 if anything failed.

Why not atheris (which installs here, 3.0.0 for CPython 3.11): the run must go on past a
crash (atheris stops at the first), the parser that matters most (libyaml) is C code that
atheris's Python coverage does not see, the generators already know the shapes of the
inputs, and CI needs no native package for it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import signal
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.fuzz.targets import TARGETS, Target
from tests.fuzz.test_fuzz import CRASHES

TIMEOUT = 20
"""Seconds one input may take before it counts as a failure (a command must end within 10 s)."""
MEMORY = 3 * 1024 ** 3
"""Address space of the whole fuzzing process; an input needing more fails with MemoryError."""
WEIGHTS = {"loader": 10, "incremental": 3, "import-txt": 3, "import-md": 3, "import-docx": 1}
"""Shares of the inputs: the loader reads every file drafter is given; a Word input costs 70 ms
(parsing a real styles part), twenty times a proposal, so it gets the smallest share."""
MINIMISE_SECONDS = 120


class TooSlow(Exception):
    """An input ran past TIMEOUT."""


def _alarm(signum: int, frame: Any) -> None:
    raise TooSlow(f"an input took more than {TIMEOUT} s")


def failure(check: Callable[[Any], None], value: Any) -> str | None:
    """The failure `check` shows on `value` (type and innermost drafter line), or None if it passes."""
    signal.setitimer(signal.ITIMER_REAL, TIMEOUT)
    try:
        check(value)
    except Exception as error:  # noqa: BLE001 - any exception is a finding
        frames = traceback.extract_tb(error.__traceback__)
        where = next((f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames) if "/drafter/" in f.filename),
                     "the check")
        return f"{type(error).__name__} at {where}: {str(error).splitlines()[0][:160] if str(error) else ''}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return None


def same_kind(a: str, b: str | None) -> bool:
    return b is not None and a.split(":", 2)[:2] == b.split(":", 2)[:2]


def minimise(check: Callable[[Any], None], value: Any, found: str) -> Any:
    """A smaller input failing the same way: drop versions, then lines, then characters."""
    deadline = time.monotonic() + MINIMISE_SECONDS

    def fails(candidate: Any) -> bool:
        return same_kind(found, failure(check, candidate))

    if isinstance(value, list):
        value = _shrink(value, lambda items: bool(items) and fails(items), deadline)
        return [_bytes(lambda v, i=i: fails(value[:i] + [v] + value[i + 1:]), v, deadline) for i, v in enumerate(value)]
    return _bytes(fails, value, deadline)


def _bytes(fails: Callable[[bytes], bool], data: bytes, deadline: float) -> bytes:
    lines = _shrink(data.split(b"\n"), lambda parts: fails(b"\n".join(parts)), deadline)
    data = b"\n".join(lines)
    if len(data) > 20_000:  # characters one by one would take too long; lines will do
        return data
    return bytes(_shrink(list(data), lambda chars: fails(bytes(chars)), deadline))


def _shrink(items: list[Any], fails: Callable[[list[Any]], bool], deadline: float) -> list[Any]:
    """Delta debugging, simplified: remove chunks, halving their size, while the failure stays."""
    chunk = max(1, len(items) // 2)
    while chunk >= 1 and time.monotonic() < deadline:
        start, changed = 0, False
        while start < len(items) and time.monotonic() < deadline:
            candidate = items[:start] + items[start + chunk:]
            if fails(candidate):
                items, changed = candidate, True
            else:
                start += chunk
        if not changed:
            chunk //= 2
    return items


def save(target: str, value: Any) -> Path:
    """The failing input as a file under tests/fuzz/crashes/TARGET/, named by its hash."""
    if isinstance(value, list):
        data, suffix = json.dumps([v.decode("latin-1") for v in value], ensure_ascii=False).encode("utf-8"), ".json"
    else:
        data, suffix = value, ".bin"
    folder = CRASHES / target
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{hashlib.sha1(data).hexdigest()[:12]}{suffix}"
    path.write_bytes(data)
    return path


def run(target: Target, count: int, start: float) -> dict[str, Path]:
    """`count` inputs of `target`; the saved input of each distinct failure."""
    kept: dict[str, Path] = {}
    for number in range(count):
        value = target.generate(random.Random(f"{target.name}:{number}"))
        found = failure(target.check, value)
        if found is not None:
            kind = found.split(":", 2)[0] + ":" + found.split(":", 2)[1]
            if kind not in kept:
                print(f"  {target.name} #{number}: {found}", flush=True)
                kept[kind] = save(target.name, minimise(target.check, value, found))
                print(f"    saved {kept[kind]} ({kept[kind].stat().st_size:,} bytes)", flush=True)
        if (number + 1) % 10_000 == 0 or number + 1 == count:
            print(f"{target.name}: {number + 1:,} inputs, {len(kept)} distinct failures,"
                  f" {time.monotonic() - start:,.0f} s", flush=True)
    return kept


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=1_000_000, help="inputs in all (default: a million)")
    parser.add_argument("--targets", default=",".join(TARGETS), help="comma-separated target names")
    args = parser.parse_args()
    names = args.targets.split(",")
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, resource.getrlimit(resource.RLIMIT_AS)[1]))
    signal.signal(signal.SIGALRM, _alarm)
    weight = sum(WEIGHTS.get(name, 1) for name in names)
    start = time.monotonic()
    shares = {name: args.inputs * WEIGHTS.get(name, 1) // weight for name in names}
    shares[names[0]] += args.inputs - sum(shares.values())
    results = {name: run(TARGETS[name], shares[name], start) for name in names}
    print(f"\n{args.inputs:,} inputs in {time.monotonic() - start:,.0f} s")
    for name, kept in results.items():
        print(f"  {name}: {len(kept)} distinct failures " + " ".join(f"{k} -> {p.name}" for k, p in kept.items()))
    return 1 if any(results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
