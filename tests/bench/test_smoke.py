"""The benchmark's CI smoke: generator and runner at 100 clauses, one repetition, a table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import report, run
from bench.timing import run_once
from tests.conftest import require


def test_run_once_times_a_process_and_its_own_peak_memory(tmp_path: Path) -> None:
    require("time")  # GNU time reports the command's own peak memory (bench/timing.py says why)
    grow = "x = bytearray(200 * 1024 * 1024); x[::4096] = b'1' * len(x[::4096])"
    small = run_once(["python3", "-c", "pass"], tmp_path, tmp_path / "a.txt")
    big = run_once(["python3", "-c", grow], tmp_path, tmp_path / "b.txt")
    failed = run_once(["python3", "-c", "raise SystemExit(3)"], tmp_path, tmp_path / "c.txt")
    assert small.status == 0 and big.status == 0 and failed.status == 3
    assert small.peak_kb < 30 * 1024 < 200 * 1024 < big.peak_kb
    assert 0 < small.seconds < big.seconds + 1


@pytest.mark.clients
def test_smoke_run_completes_and_writes_its_table(tmp_path: Path) -> None:
    require("pandoc")
    status = run.main(["--sizes", "100", "--reps", "1", "--out", str(tmp_path), "--no-docs", "--quiet"])
    results = json.loads((tmp_path / "results.json").read_text())
    timed = [r for r in results["rows"] if "missing" not in r]
    assert status == 0, [r["drafter"] for r in timed if not r["drafter"]["ok"]]
    assert {"validate (start-up)", "load + validate"} <= {r["case"] for r in timed}
    assert all(r["drafter"]["median_s"] > 0 and r["drafter"]["peak_mib"] > 1 for r in timed)
    text = report.markdown(results)
    assert "| load + validate | 100 |" in text and "| drafter/peer |" in text
