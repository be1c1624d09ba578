"""Markdown of a proposal, for peers to run on, until `drafter render --to md` lands.

Same content as drafter renders: numbered headings, status, resolved cross-references,
positions and alternatives. Once `drafter render X --to md` exists the runner uses that
instead, so both tools read exactly the same text.
"""

from __future__ import annotations

from pathlib import Path

from drafter.load import load_path
from drafter.model import Clause, Proposal


def to_markdown(proposal: Proposal) -> str:
    """The whole proposal as one Markdown document."""
    out = [f"# {proposal.title}", "", f"Version {proposal.version}, {proposal.date}, {proposal.status}", ""]
    out += [line for p in proposal.preamble for line in (p, "")]
    for clause in proposal.clauses:
        _clause(proposal, clause, out)
    for annex in proposal.annexes:
        out += [f"## Annex {annex.letter}: {annex.title}", ""]
        out += [line for p in annex.text for line in (p, "")]
        for clause in annex.clauses:
            _clause(proposal, clause, out)
    return "\n".join(out)


def _clause(proposal: Proposal, clause: Clause, out: list[str]) -> None:
    hashes = "#" * min(6, clause.depth + 2)
    title = f" {clause.title}" if clause.title else ""
    out += [f"{hashes} {clause.number}{title}", ""]
    if clause.status != "proposed":
        out += [f"*[{clause.status}]*", ""]
    out += [line for p in clause.text for line in (proposal.resolve(p), "")]
    if clause.positions:
        stances = "; ".join(f"{proposal.party_name(p.party)} {p.stance}" for p in clause.positions)
        out += [f"Positions: {stances}.", ""]
    for alternative in clause.alternatives:
        text = " ".join(proposal.resolve(p) for p in alternative.text)
        out += [f"> **{alternative.label} ({alternative.party}):** {text}", ""]
    for child in clause.clauses:
        _clause(proposal, child, out)


def write_markdown(source: Path, target: Path) -> None:
    """Render the proposal at `source` to Markdown at `target`."""
    target.write_text(to_markdown(load_path(source)), encoding="utf-8")
