"""The plot: median time against clauses, log-log, one line per command and peer."""

from __future__ import annotations

from pathlib import Path


def plot(rows: list[dict], target: Path) -> None:
    """Draw drafter as solid lines and each peer dashed, in the same colour as its command."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series: dict[tuple[str, str], list[tuple[int, float]]] = {}
    stopped: list[tuple[str, int, float]] = []
    for row in rows:
        if "skipped" in row or not row.get("size"):
            continue
        for side in ("drafter", "peer"):
            result = row.get(side)
            if result and result.get("error", "").startswith("stopped"):
                stopped.append((row["case"], row["size"], max(result["seconds"])))
            elif result and result["ok"]:
                label = f"drafter {row['case']}" if side == "drafter" else f"{row['peer_name']} ({row['case']})"
                series.setdefault((row["case"], label), []).append((row["size"], result["median_s"]))
    fig, ax = plt.subplots(figsize=(12, 6.5), dpi=110)
    colours = {case: f"C{i}" for i, case in enumerate(dict.fromkeys(case for case, _ in series))}
    for (case, label), points in series.items():
        points.sort()
        style = "-" if label.startswith("drafter") else "--"
        ax.plot(*zip(*points), style, marker="o", color=colours[case], label=label)
    for case, size, seconds in stopped:
        ax.plot([size], [seconds], "^", color=colours.get(case, "k"), markersize=10,
                label=f"{case} peer stopped unfinished (> {seconds:.0f} s)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("clauses (sub-clauses included)")
    ax.set_ylabel("median wall time, seconds (whole process)")
    ax.set_title("drafter (solid) beside peers (dashed) on the same content")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.tight_layout()
    fig.savefig(target)
    plt.close(fig)
