"""Seeded pairs of proposal versions: random word edits, adds, removes, moves, retitles.

    old, new = pair(seed)          # YAML text of two versions (JSON is YAML)

Edits go anywhere in the tree: sub-clauses move to other parents, paragraphs are split
and joined, statuses change (withdrawn and bracketed included), alternatives and
cross-references change, clauses move between the body and an annex.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator

WORDS = (
    "the", "parties", "shall", "within", "days", "of", "signature", "cease", "all", "hostilities",
    "along", "line", "contact", "monitoring", "mission", "report", "board", "withdraw", "forces",
    "heavy", "weapons", "kilometres", "prisoners", "exchange", "humanitarian", "corridors",
    "sanctions", "relief", "elections", "observers", "may", "not",
)
STATUSES = ("proposed", "proposed", "agreed", "bracketed", "withdrawn")
Doc = dict


def _sentence(rng: random.Random, ids: list[str]) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(4, 12))]
    if ids and rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), f"[[{rng.choice(ids)}]]")
    return " ".join(words).capitalize() + "."


def _text(rng: random.Random, ids: list[str]) -> str:
    return "\n\n".join(_sentence(rng, ids) for _ in range(rng.choice((1, 1, 1, 2, 3))))


class Maker:
    """Makes clauses with fresh ids."""

    def __init__(self, rng: random.Random, prefix: str) -> None:
        self.rng, self.prefix, self.count = rng, prefix, 0

    def clause(self, depth: int) -> dict:
        self.count += 1
        rng = self.rng
        clause: dict = {"id": f"{self.prefix}{self.count}", "text": _text(rng, [])}
        if rng.random() < 0.7:
            clause["title"] = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4))).capitalize()
        if rng.random() < 0.3:
            clause["status"] = rng.choice(STATUSES)
        if rng.random() < 0.15:
            clause["alternatives"] = [{"party": rng.choice(("UA", "RU")), "text": _text(rng, [])}]
        if depth < 2 and rng.random() < 0.3:
            clause["clauses"] = [self.clause(depth + 1) for _ in range(rng.randint(1, 3))]
        return clause


def walk(clauses: list[dict]) -> Iterator[dict]:
    """Every clause, depth first."""
    for clause in clauses:
        yield clause
        yield from walk(clause.get("clauses", []))


def lists(doc: Doc) -> list[list[dict]]:
    """Every list of sibling clauses (body, annex, children)."""
    found = [doc["clauses"], *(a["clauses"] for a in doc.get("annexes", []))]
    return found + [c["clauses"] for c in _every(doc) if c.get("clauses")]


def _every(doc: Doc) -> list[dict]:
    return [*walk(doc["clauses"]), *(c for a in doc.get("annexes", []) for c in walk(a["clauses"]))]


def first(seed: int, size: int = 12) -> Doc:
    """A first version with about `size` top-level clauses and one annex."""
    rng = random.Random(seed)
    maker = Maker(rng, "c")
    doc: Doc = {
        "drafter": 1, "id": "generated", "title": "Generated plan", "version": "1", "date": "2025-01-01",
        "status": "draft", "parties": [{"id": "UA", "name": "Ukraine"}, {"id": "RU", "name": "Russian Federation"}],
        "preamble": "The Parties agree as follows.",
        "clauses": [maker.clause(0) for _ in range(size)],
        "annexes": [{"id": "modalities", "title": "Modalities", "text": "Details.",
                     "clauses": [maker.clause(1) for _ in range(2)]}],
    }
    ids = [c["id"] for c in _every(doc)]
    for clause in rng.sample(_every(doc), k=min(4, len(ids))):
        clause["text"] += " See " + f"[[{rng.choice(ids)}]]."
    return doc


def _referenced(doc: Doc) -> set[str]:
    texts = [c["text"] for c in _every(doc)]
    return {part.split("]]")[0] for text in texts for part in text.split("[[")[1:]}


class Editor:
    """Random edits of a version."""

    def __init__(self, doc: Doc, rng: random.Random) -> None:
        self.doc, self.rng = copy.deepcopy(doc), rng
        self.maker = Maker(rng, "n")

    def edit(self, count: int) -> Doc:
        edits = [self.reword, self.reword, self.split_or_join, self.retitle, self.restatus,
                 self.add, self.remove, self.move, self.move, self.alternative, self.document]
        for _ in range(count):
            self.rng.choice(edits)()
        return self.doc

    def _any(self) -> dict:
        return self.rng.choice(_every(self.doc))

    def reword(self) -> None:
        clause = self._any()
        words = clause["text"].split(" ")
        k = self.rng.randrange(len(words))
        op = self.rng.choice(("replace", "insert", "delete"))
        if op == "replace":
            words[k] = self.rng.choice(WORDS)
        elif op == "insert":
            words.insert(k, self.rng.choice(WORDS))
        elif len(words) > 2 and "[[" not in words[k]:
            del words[k]
        clause["text"] = " ".join(words)

    def split_or_join(self) -> None:
        clause = self._any()
        if "\n\n" in clause["text"]:
            clause["text"] = clause["text"].replace("\n\n", " ", 1)
        else:
            clause["text"] = clause["text"].replace(". ", ".\n\n", 1).replace(" ", "\n\n", 1)

    def retitle(self) -> None:
        clause = self._any()
        if clause.get("title") and self.rng.random() < 0.3:
            del clause["title"]
        else:
            clause["title"] = " ".join(self.rng.choice(WORDS) for _ in range(2)).capitalize()

    def restatus(self) -> None:
        self._any()["status"] = self.rng.choice(STATUSES)

    def add(self) -> None:
        siblings = self.rng.choice(lists(self.doc))
        siblings.insert(self.rng.randint(0, len(siblings)), self.maker.clause(1))

    def remove(self) -> None:
        referenced = _referenced(self.doc)
        siblings = self.rng.choice(lists(self.doc))
        free = [c for c in siblings if not any(d["id"] in referenced for d in walk([c]))]
        if free and len(siblings) > 1:
            siblings.remove(self.rng.choice(free))

    def move(self) -> None:
        source = self.rng.choice(lists(self.doc))
        if len(source) < 2:
            return
        clause = source.pop(self.rng.randrange(len(source)))
        inside = {id(c["clauses"]) for c in walk([clause]) if c.get("clauses")}
        targets = [t for t in lists(self.doc) if id(t) not in inside]
        target = self.rng.choice(targets)
        target.insert(self.rng.randint(0, len(target)), clause)

    def alternative(self) -> None:
        clause = self._any()
        if clause.get("alternatives"):
            clause["alternatives"][0]["text"] += " " + self.rng.choice(WORDS)
        else:
            clause["alternatives"] = [{"party": "RU", "text": _text(self.rng, [])}]

    def document(self) -> None:
        self.doc["version"] = str(int(self.doc["version"]) + 1)
        self.doc["preamble"] += " " + self.rng.choice(WORDS)


def pair(seed: int, edits: int = 8) -> tuple[str, str]:
    """YAML of a first version and of a version edited from it."""
    old = first(seed)
    new = Editor(old, random.Random(seed * 7919 + 1)).edit(edits)
    return json.dumps(old, indent=1), json.dumps(new, indent=1)
