"""results.json -> docs/performance.md (table, targets, how to reproduce) and the plot.

    python -m bench.report [bench/out/results.json]

The prose in bench/notes.md (profiles, what misses and why) is copied in below the tables.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from bench.cases import ROOT

Row = dict
CHECKS: dict[str, Callable[[Row], bool | None]] = {
    "validate (start-up)": lambda r: _ratio(r) <= 3,
    "load + validate": lambda r: _ratio(r) <= 2 if r["size"] == 10000 else None,
    "render .docx": lambda r: (_ratio(r) <= 0.25 and r["drafter"]["peak_mib"] < r["peer"]["peak_mib"])
    if r["size"] in (1000, 10000) else None,
    "Word redline": lambda r: (_ratio(r) <= 0.05 if r["size"] == 1000 else r["drafter"]["ok"])
    if r["size"] in (1000, 10000) else None,
    "diff json": lambda r: _ratio(r) <= 2 if r["size"] == 10000 else None,
    "diff json (20% reworded)": lambda r: _ratio(r) <= 2 if r["size"] == 10000 else None,
}
"""The issue's targets, per row: True met, False missed, None not a target at this size."""


def _ratio(row: Row) -> float:
    peer = row.get("peer")
    if not peer or not peer["ok"] or not row["drafter"]["ok"]:
        return float("inf")
    return row["drafter"]["median_s"] / peer["median_s"]


def _met(value: bool | None) -> str:
    return "" if value is None else ("**yes**" if value else "**NO**")


def table(rows: list[Row]) -> list[str]:
    """The main table: one line per command and size."""
    out = ["| command | clauses | drafter s | peer | peer s | drafter/peer | drafter MiB | peer MiB | target | met |",
           "|---|---:|---:|---|---:|---:|---:|---:|---|---|"]
    for row in rows:
        if "missing" in row and "peer" not in row:
            continue
        if "missing" in row:
            p = row["peer"]
            out.append(f"| {row['case']} | {row['size']:,} | not in drafter yet | {row['peer_name']} | "
                       f"{_seconds(p)} | | | {p['peak_mib']} | {row['target']} | |")
            continue
        if "skipped" in row:
            out.append(f"| {row['case']} | {row['size']:,} | not timed: {row['skipped']} (see notes) |"
                       + " |" * 7)
            continue
        d, p = row["drafter"], row.get("peer")
        size = f"{row['size']:,}" if row["size"] else "12-point plan"
        check = CHECKS.get(row["case"], lambda r: None)(row)
        peer_s = _seconds(p) if p else ""
        ratio = _ratio_text(row)
        out.append(f"| {row['case']} | {size} | {_seconds(d)} | {row.get('peer_name') or ''} | {peer_s} | "
                   f"{ratio} | {d['peak_mib']} | {p['peak_mib'] if p else ''} | {row.get('target', '')} | "
                   f"{_met(check)} |")
    return out


def _ratio_text(row: Row) -> str:
    peer = row.get("peer")
    if peer and _stopped(peer) and row["drafter"]["ok"]:
        return f"< {row['drafter']['median_s'] / max(peer['seconds']):.3f}x"
    return f"{_ratio(row):.3f}x" if peer and _ratio(row) != float("inf") else ""


def _stopped(side: dict) -> bool:
    return side.get("error", "").startswith("stopped")


def _seconds(side: dict) -> str:
    if _stopped(side):
        return f"> {max(side['seconds']):.0f} (stopped, unfinished)"
    return f"{side['median_s']:.3f}" if side["ok"] else f"failed ({side.get('error', '')[:60]})"


def growth(rows: list[Row]) -> list[str]:
    """Time at ten times the clauses over time at the smaller size, per command and side."""
    out = ["| command | side | 1,000 / 100 | 10,000 / 1,000 | linear (<= 12x) |", "|---|---|---:|---:|---|"]
    by_case: dict[str, dict[int, Row]] = {}
    for row in rows:
        if "skipped" not in row and row["size"]:
            by_case.setdefault(row["case"], {})[row["size"]] = row
    for case, sizes in by_case.items():
        for side in ("drafter", "peer"):
            steps = [_step(sizes, side, a, a * 10) for a in (100, 1000)]
            if all(s is None for s in steps):
                continue
            name = "drafter" if side == "drafter" else sizes[min(sizes)].get("peer_name")
            last = steps[1]
            linear = _met(last <= 12) if side == "drafter" and last is not None else ""
            out.append(f"| {case} | {name} | {_x(steps[0])} | {_x(steps[1])} | {linear} |")
    return out


def _step(sizes: dict[int, Row], side: str, small: int, large: int) -> float | None:
    a, b = sizes.get(small, {}).get(side), sizes.get(large, {}).get(side)  # absent if drafter lacks it
    if not a or not b or not a["ok"] or not b["ok"]:
        return None
    return b["median_s"] / a["median_s"]


def _x(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}x"


def write_report(results: dict, docs: Path) -> None:
    """Write docs/performance.md and docs/performance.png from `results`."""
    from bench.plot import plot

    docs.mkdir(exist_ok=True)
    plot(results["rows"], docs / "performance.png")
    (docs / "performance.md").write_text(markdown(results), encoding="utf-8")


def markdown(results: dict) -> str:
    """The whole of docs/performance.md."""
    m = results["machine"]
    rows = results["rows"]
    missing = sorted({f"`drafter {r['missing']}`" for r in rows if "missing" in r})
    notes = (ROOT / "bench" / "notes.md").read_text(encoding="utf-8")
    lines = [
        "# Performance", "",
        "drafter beside the tools its users would otherwise run, on the same synthetic proposals, "
        "timed in one run (`make bench`) on this machine: "
        f"{m['cpus']} cores, Python {m['python']}, {m['pandoc']}, drafter at {m['drafter_commit']}, {m['date']}.",
        "Times are the median wall time of whole processes (start-up included, as users run them), "
        "drafter and peer alternating in each repetition; memory is each process's peak RSS.", "",
        "![time against clauses, log-log](performance.png)", "",
        *table(rows), "",
        "## Growth: ten times the clauses", "", *growth(rows), "",
    ]
    if missing:
        lines += ["Not timed, because drafter does not have them yet at this commit: "
                  + ", ".join(missing) + ".", ""]
    lines += [notes.rstrip(), ""]
    return "\n".join(lines)


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench" / "out" / "results.json"
    write_report(json.loads(source.read_text(encoding="utf-8")), ROOT / "docs")
