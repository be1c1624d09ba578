"""Seeded pairs of versions for the amendment properties: the redline pairs (rewording,
moves, insertions, deletions, retitles, statuses) plus splits and merges of clauses.

    old, new = pair(seed, edits=8, splits=2)     # YAML texts (JSON is YAML)
"""

from __future__ import annotations

import copy
import json
import random

from tests.redline_docx.pairs import Editor, first, lists, walk


def split(doc: dict, rng: random.Random, count: int) -> None:
    """Cut a clause's text in two, the second half becoming a new sibling after it."""
    for n in range(count):
        siblings = rng.choice(lists(doc))
        clause = rng.choice(siblings)
        words = clause["text"].split(" ")
        if len(words) < 8:
            continue
        cut = rng.randrange(4, len(words) - 3)
        clause["text"] = " ".join(words[:cut])
        piece = {"id": f"s{n}-{clause['id']}", "text": " ".join(words[cut:])}
        siblings.insert(siblings.index(clause) + 1, piece)


def merge(doc: dict, rng: random.Random, count: int, referenced: set[str]) -> None:
    """Join a clause's text onto its previous sibling's and drop it (sub-clauses move up)."""
    for _ in range(count):
        siblings = rng.choice(lists(doc))
        if len(siblings) < 2:
            continue
        k = rng.randrange(1, len(siblings))
        gone = siblings[k]
        if any(c["id"] in referenced for c in walk([gone])):
            continue
        siblings[k - 1]["text"] += " " + gone["text"].replace("\n\n", " ")
        siblings[k:k + 1] = gone.get("clauses", [])


def pair(seed: int, edits: int = 8, splits: int = 1, merges: int = 1) -> tuple[str, str]:
    """YAML of a first version and of a version edited, split and merged from it."""
    old = first(seed)
    rng = random.Random(seed * 31 + 7)
    new = Editor(old, random.Random(seed * 7919 + 1)).edit(edits)
    new = copy.deepcopy(new)
    split(new, rng, splits)
    texts = " ".join(c.get("text", "") for lst in lists(new) for c in lst)
    merge(new, rng, merges, {part.split("]]")[0] for part in texts.split("[[")[1:]})
    return json.dumps(old, indent=1), json.dumps(new, indent=1)
