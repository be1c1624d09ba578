"""The positions view: a clause-by-party matrix of stances, for the negotiating team."""

from __future__ import annotations

from dataclasses import dataclass

from drafter.model import Proposal
from drafter.render.view import RenderOptions


@dataclass(frozen=True, slots=True)
class Cell:
    """One party's stance on one clause; empty stance when the party has none recorded."""

    stance: str
    note: str | None


@dataclass(frozen=True, slots=True)
class Row:
    """A clause that records positions."""

    id: str
    number: str
    title: str
    status: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class PositionsView:
    """The matrix: parties across, clauses down."""

    id: str
    title: str
    version: str
    date: str
    status: str
    state: str
    parties: tuple[tuple[str, str], ...]
    """(id, name) of each party, in the proposal's order."""
    rows: tuple[Row, ...]
    with_notes: bool

    def context(self) -> dict[str, object]:
        """Template variables: `doc` plus the title-block names used in headers."""
        return {
            "doc": self, "title": f"Positions: {self.title}", "version": self.version,
            "date": self.date, "status": self.status, "state": self.state, "notice": "",
            "authors": "", "id": self.id,
        }


def positions_view(proposal: Proposal, options: RenderOptions) -> PositionsView:
    """The matrix of every clause that records at least one position."""
    parties = tuple((p.id, p.name) for p in proposal.parties)
    rows = []
    for clause in proposal.walk():
        if not clause.positions or (options.only and clause.status != options.only):
            continue
        stances = {p.party: p for p in clause.positions}
        cells = tuple(
            Cell(stances[pid].stance, stances[pid].note if options.with_notes else None)
            if pid in stances else Cell("", None)
            for pid, _ in parties
        )
        rows.append(Row(clause.id, clause.number, clause.title or "", clause.status, cells))
    return PositionsView(
        id=proposal.id, title=proposal.title, version=proposal.version, date=proposal.date,
        status=proposal.status, state=proposal.state,
        parties=parties, rows=tuple(rows), with_notes=options.with_notes,
    )
