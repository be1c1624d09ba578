"""Gold alignments of corpus texts: link lists under bench/concordance/gold/, read as data.

A gold file names two corpus texts (`a`, `b`) and lists links, one a line:

    "4 A US-mediated dialogue = 4 After a peace agreement"   # a pair
    "10 US guarantee: = 10 US guarantee that + 10a US to receive"   # a split
    "3 Russia is expected = -"                              # only in A
    "Allow teams to come ?= 11 To adopt the program"        # either answer is right

A reference is an optional point number (for the reader) and the first words of the
clause's title or text, which is what is matched, so the files do not depend on how the
importer numbers points. The texts themselves stay in the corpus; nothing is copied here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from drafter.model import Clause, Proposal

GOLD = Path(__file__).parent / "gold"
_NUMBER = re.compile(r"^(\d+[a-z]?)\s+(?=\D)")


@dataclass
class Expected:
    """What one clause should be aligned with: `required` partners, and `optional` ones."""

    required: set[str] = field(default_factory=set)
    optional: set[str] = field(default_factory=set)

    def accepts(self, predicted: set[str]) -> bool:
        """True when every required partner is there and nothing else but optional ones."""
        return self.required <= predicted <= self.required | self.optional


@dataclass
class Gold:
    """A gold alignment of two texts, by clause id once resolved."""

    name: str
    a: str
    b: str
    use: str
    links: list[tuple[list[str], list[str], bool]]
    """(A references, B references, optional?) as written."""


def load(path: Path) -> Gold:
    """A gold file (safe YAML)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    links = []
    for line in data["links"]:
        optional = "?=" in line
        left, right = line.split("?=" if optional else "=", 1)
        links.append((_refs(left), _refs(right), optional))
    return Gold(path.stem, data["a"], data["b"], data.get("use", "held-out"), links)


def all_gold() -> list[Gold]:
    """Every gold file, by name."""
    return [load(p) for p in sorted(GOLD.glob("*.yaml"))]


def _refs(side: str) -> list[str]:
    side = side.strip()
    return [] if side == "-" else [_NUMBER.sub("", ref.strip()) for ref in side.split(" + ")]


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def find(proposal: Proposal, prefix: str) -> Clause:
    """The one clause whose title or text starts with `prefix`."""
    wanted = _key(prefix)
    found = [c for c in proposal.walk()
             if any(_key(part).startswith(wanted) for part in (c.title or "", " ".join(c.text)) if part)]
    if len(found) != 1:
        raise ValueError(f"{proposal.origin}: {len(found)} clauses start with {prefix!r}")
    return found[0]


def expected(gold: Gold, a: Proposal, b: Proposal) -> tuple[dict[str, Expected], dict[str, Expected]]:
    """For each clause id of A and of B, what it should be aligned with (ids of the other text)."""
    want_a = {c.id: Expected() for c in a.walk()}
    want_b = {c.id: Expected() for c in b.walk()}
    seen_a: set[str] = set()
    seen_b: set[str] = set()
    for refs_a, refs_b, optional in gold.links:
        ids_a = [find(a, r).id for r in refs_a]
        ids_b = [find(b, r).id for r in refs_b]
        seen_a.update(ids_a)
        seen_b.update(ids_b)
        for mine, theirs, want in ((ids_a, ids_b, want_a), (ids_b, ids_a, want_b)):
            for ident in mine:
                (want[ident].optional if optional else want[ident].required).update(theirs)
    unlisted = [i for i in want_a if i not in seen_a] + [i for i in want_b if i not in seen_b]
    if unlisted:
        raise ValueError(f"{gold.name}: clauses the gold file does not mention: {', '.join(unlisted)}")
    return want_a, want_b
