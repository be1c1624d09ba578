"""A consolidated text from amendment instructions: `drafter amend`.

    sets = [read_set(path.read_bytes(), str(path)) for path in paths]
    result = consolidate(base, sets)            # raises AmendmentsNotApplied
    result = consolidate(base, sets, partial=True)
    result.yaml, result.proposal, result.problems

Sets are applied in order, each instruction in order; all of them address the base text
(see `drafter.amend.apply`). The result is a valid proposal (it is loaded back before it
is returned) whose amended clauses say in `amended_by` which instructions made them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from drafter.amend.apply import AmendProblem, Applier
from drafter.amend.tree import Document
from drafter.diff.amendments import AmendmentSet
from drafter.errors import AmendmentsNotApplied, InvalidProposal
from drafter.model import Proposal

__all__ = ["AmendProblem", "Consolidation", "consolidate", "read_set"]


@dataclass(frozen=True, slots=True)
class Consolidation:
    """The amended text, and what could not be applied to it."""

    proposal: Proposal
    yaml: str
    """The amended proposal as YAML, ready to write."""
    problems: tuple[AmendProblem, ...]
    """Instructions left out (only with `partial`)."""


def consolidate(base: Proposal, sets: Sequence[AmendmentSet], partial: bool = False,
                origin: str = "consolidated.yaml") -> Consolidation:
    """`base` with every set applied in order; AmendmentsNotApplied if any instruction
    cannot be, unless `partial`, which leaves those out."""
    from drafter.importers.emit import to_yaml
    from drafter.load import load_bytes

    doc = Document(base)
    applier = Applier(doc)
    for amendments in sets:
        applier.apply(amendments)
    if applier.problems and not partial:
        raise AmendmentsNotApplied(applier.problems)
    names = ", ".join(s.name for s in sets)
    yaml = to_yaml(doc.data(), comment=f"{base.origin} amended by {names} (drafter amend)")
    try:
        proposal = load_bytes(yaml.encode("utf-8"), origin)
    except InvalidProposal as invalid:
        problems = [f"{origin}: the amended text would not be valid: {p.subject} ({p.path}): {p.message}"
                    for p in invalid.problems]
        raise AmendmentsNotApplied(problems, invalid=True) from None
    return Consolidation(proposal, yaml, tuple(applier.problems))


def read_set(data: bytes, origin: str, name: str | None = None) -> AmendmentSet:
    """A set of instructions from a file (`origin` in messages about its contents): the JSON or
    YAML form, or the text form drafter writes. `name` is what provenance and problems call
    the set; the origin by default."""
    from drafter.amend.machine import looks_like_machine_form, read_machine_form

    if looks_like_machine_form(data):
        found = read_machine_form(data, origin)
    else:
        from drafter.amend.parse import parse_text

        found = parse_text(data, origin)
    return replace(found, name=name or origin)
