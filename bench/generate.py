"""Deterministic synthetic proposals for the benchmark: N clauses, and a second version.

    python -m bench.generate 1000 bench/out/n1000 --seed 7

writes v1.yaml, v2.yaml (about 10% of clauses reworded at word level, ~2% added, ~2%
removed, ~1% moved, so many are renumbered; some statuses changed) and v3.yaml (the same
revision of v1 with 20% reworded). The peers read the Markdown that `drafter render --to md`
makes of v1 and v2 (bench/prepare.py).
The same seed and size always give the same bytes.
"""

from __future__ import annotations

import argparse
import copy
import random
from pathlib import Path

from bench.words import clause_text, reword, title_words

PARTIES = (("UA", "Ukraine"), ("RU", "Russian Federation"), ("US", "United States"), ("EU", "European Union"))
STATUSES = ("proposed",) * 6 + ("agreed",) * 3 + ("bracketed", "withdrawn")
STANCES = ("supports", "opposes", "reserves")
TAGS = ("ceasefire", "territory", "monitoring", "humanitarian", "prisoners", "governance", "security")

Clause = dict

NAMES = ("v1.yaml", "v2.yaml", "v3.yaml")
REWORDED = {"v2.yaml": 10, "v3.yaml": 5}
"""One clause in this many is reworded: 10% in v2, 20% in v3."""


def skeleton(n: int, rng: random.Random) -> tuple[list[Clause], list[tuple[str, list[Clause]]]]:
    """Exactly `n` clauses with ids and titles: about 85% in the body, the rest in annexes."""
    counter = iter(range(1, 10 * n + 10))
    annex_count = max(1, n // 1000)
    in_annexes = max(annex_count, n * 15 // 100)
    body = _tree(n - in_annexes, rng, counter)
    share = [in_annexes // annex_count + (1 if a < in_annexes % annex_count else 0) for a in range(annex_count)]
    annexes = [(f"Annex {a + 1} {title_words(rng, 3)}", _tree(k, rng, counter)) for a, k in enumerate(share)]
    return body, annexes


def _tree(n: int, rng: random.Random, counter) -> list[Clause]:
    """A list of top-level clauses holding exactly `n` clauses in all."""
    top: list[Clause] = []
    left = n
    while left > 0:
        clause = _new_clause(rng, counter)
        left -= 1
        if left >= 2 and rng.random() < 0.35:
            for _ in range(min(left, rng.randint(2, 4))):
                if left == 0:
                    break
                child = _new_clause(rng, counter)
                clause["clauses"].append(child)
                left -= 1
                if left >= 2 and rng.random() < 0.15:
                    for _ in range(min(left, rng.randint(2, 3))):
                        if left == 0:
                            break
                        child["clauses"].append(_new_clause(rng, counter))
                        left -= 1
        top.append(clause)
    return top


def _new_clause(rng: random.Random, counter) -> Clause:
    title = title_words(rng, rng.randint(2, 5))
    slug = "-".join(title.lower().split()[:3])
    return {"id": f"{slug}-{next(counter)}", "title": title, "text": "", "clauses": []}


def walk(clauses: list[Clause]):
    """Every clause, depth first."""
    for clause in clauses:
        yield clause
        yield from walk(clause["clauses"])


def fill(body: list[Clause], annexes, rng: random.Random) -> None:
    """Give every clause its text, status, tags and some positions, alternatives and references."""
    every = [c for c in walk(body)] + [c for _, tree in annexes for c in walk(tree)]
    ids = [c["id"] for c in every]
    for clause in every:
        refs = [rng.choice(ids) for _ in range(rng.choice((0, 0, 1, 1, 2)))]
        clause["text"] = clause_text(rng, rng.randint(40, 100), [r for r in refs if r != clause["id"]])
        clause["status"] = rng.choice(STATUSES)
        clause["tags"] = sorted(set(rng.sample(TAGS, rng.randint(0, 2))))
        if rng.random() < 0.25:
            chosen = rng.sample(PARTIES, rng.randint(1, 3))
            clause["positions"] = {p: rng.choice(STANCES) for p, _ in chosen}
        if rng.random() < 0.05:
            party = rng.choice(PARTIES)[0]
            clause["alternatives"] = [{"party": party, "text": clause_text(rng, rng.randint(30, 60), [])}]


def revise(body: list[Clause], annexes, rng: random.Random, size: int, one_in: int = 10):
    """A later version: one clause in `one_in` reworded, others added, removed, moved and re-statused."""
    body, annexes = copy.deepcopy(body), copy.deepcopy(annexes)
    every = [c for c in walk(body)] + [c for _, tree in annexes for c in walk(tree)]
    for clause in rng.sample(every, max(1, size // one_in)):
        clause["text"] = reword(rng, clause["text"])
    for clause in rng.sample(every, max(1, size // 50)):
        clause["status"] = rng.choice([s for s in sorted(set(STATUSES)) if s != clause["status"]])
    referenced = {ref for c in every for ref in _refs(c)}
    _remove(body, rng, max(1, size // 50), referenced)
    _add(body, rng, max(1, size // 50))
    _move(body, rng, max(1, size // 100))
    return body, annexes


def _refs(clause: Clause) -> list[str]:
    return [part.split("]]")[0] for part in clause["text"].split("[[")[1:]]


def _remove(body: list[Clause], rng: random.Random, count: int, referenced: set[str]) -> None:
    """Drop leaf clauses no other clause refers to (references must stay valid)."""
    for _ in range(count):
        parents = [c for c in walk(body) if c["clauses"]] + [{"clauses": body}]
        parent = rng.choice(parents)
        leaves = [c for c in parent["clauses"] if not c["clauses"] and c["id"] not in referenced]
        if leaves and len(parent["clauses"]) > 1:
            parent["clauses"].remove(rng.choice(leaves))


def _add(body: list[Clause], rng: random.Random, count: int) -> None:
    for k in range(count):
        parents = [{"clauses": body}] + [c for c in walk(body) if c["clauses"]]
        siblings = rng.choice(parents)["clauses"]
        title = title_words(rng, rng.randint(2, 5))
        clause = {"id": f"added-{k + 1}", "title": title, "text": clause_text(rng, rng.randint(40, 100), []),
                  "status": "proposed", "tags": [], "clauses": []}
        siblings.insert(rng.randint(0, len(siblings)), clause)


def _move(body: list[Clause], rng: random.Random, count: int) -> None:
    """Move top-level clauses elsewhere; everything between them is renumbered."""
    for _ in range(count):
        clause = body.pop(rng.randrange(len(body)))
        body.insert(rng.randint(0, len(body)), clause)


def generate(size: int, seed: int) -> dict[str, str]:
    """File name -> text for the three versions of a `size`-clause proposal."""
    from bench.emit import to_yaml

    rng = random.Random(seed * 1_000_003 + size)
    body, annexes = skeleton(size, rng)
    fill(body, annexes, rng)
    texts = {"v1.yaml": to_yaml(body, annexes, size, "1.0")}
    for name, one_in in REWORDED.items():  # each revision of v1 from the same seed; v2 as it always was
        revised = revise(body, annexes, random.Random(seed * 7919 + size), size, one_in)
        texts[name] = to_yaml(*revised, size, "1.1")
    return texts


def versions(size: int, seed: int, count: int) -> dict[str, str]:
    """File name -> text of `count` successive versions (`t1.yaml` ...), each revising the one
    before: the texts `drafter compare` aligns several at a time."""
    from bench.emit import to_yaml

    rng = random.Random(seed * 1_000_003 + size)
    body, annexes = skeleton(size, rng)
    fill(body, annexes, rng)
    texts = {}
    for k in range(1, count + 1):
        texts[f"t{k}.yaml"] = to_yaml(body, annexes, size, f"1.{k}")
        body, annexes = revise(body, annexes, random.Random(seed * 7919 + size + k), size)
        for clause in walk(body):
            if clause["id"].startswith("added-"):  # revise numbers its additions from 1 each time
                clause["id"] = f"v{k}-{clause['id']}"
    return texts


def main() -> None:
    """Write the versions into a folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int, help="number of clauses, sub-clauses included")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write(args.size, args.folder, args.seed)


def write(size: int, folder: Path, seed: int = 7) -> list[Path]:
    """Write v1.yaml, v2.yaml and v3.yaml into `folder`; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(size, seed).items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return paths


if __name__ == "__main__":
    main()
