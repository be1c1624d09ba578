"""The positions view: a clause-by-party matrix of stances, for the negotiating team."""

from __future__ import annotations

from dataclasses import dataclass

from drafter.model import Proposal
from drafter.render.view import RenderOptions, language_of
from drafter.render.words import Words, words_for


@dataclass(frozen=True, slots=True)
class Cell:
    """One party's stance on one clause; empty stance when the party has none recorded."""

    stance: str
    """`supports`, `opposes`, `reserves`, or '' (for classes; print `label`)."""
    note: str | None
    label: str = ""
    """The stance in the document's language; '' when the party has none recorded."""


@dataclass(frozen=True, slots=True)
class Row:
    """A clause that records positions."""

    id: str
    number: str
    title: str
    status: str
    """The clause's status in the document's language."""
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
    words: Words = words_for(None)

    @property
    def headers(self) -> tuple[str, str, str]:
        """The first three column headings: point, clause, status."""
        return tuple(self.words.word("positions", w) for w in ("Point", "Clause", "Status"))  # type: ignore[return-value]

    @property
    def language(self) -> str:
        """The document's BCP 47 tag (`en` when it names none)."""
        return self.words.tag or "en"

    def context(self) -> dict[str, object]:
        """Template variables: `doc` plus the title-block names used in headers."""
        page = self.words.page_of()
        return {
            "doc": self, "title": self.words.word("positions", "Positions: {title}").format(title=self.title),
            "version": self.version, "date": self.date, "status": self.status, "state": self.state,
            "notice": "", "authors": "", "id": self.id, "words": self.words,
            "version_label": self.words.version(self.version), "scope": "",
            "page_before": page[0], "page_between": page[1], "page_after": page[2],
        }


def positions_view(proposal: Proposal, options: RenderOptions) -> PositionsView:
    """The matrix of every clause that records at least one position."""
    parties = tuple((p.id, p.name) for p in proposal.parties)
    words = words_for(language_of(proposal))
    rows = []
    for clause in proposal.walk():
        if not clause.positions or (options.only and clause.status != options.only):
            continue
        stances = {p.party: p for p in clause.positions}
        cells = tuple(
            Cell(stances[pid].stance, stances[pid].note if options.with_notes else None,
                 words.word("stance", stances[pid].stance))
            if pid in stances else Cell("", None)
            for pid, _ in parties
        )
        rows.append(Row(clause.id, clause.number, clause.title or "", words.status(clause.status), cells))
    return PositionsView(
        id=proposal.id, title=proposal.title, version=proposal.version, date=words.date(proposal.date),
        status=proposal.status, state=words.word("state", proposal.state),
        parties=parties, rows=tuple(rows), with_notes=options.with_notes, words=words,
    )
