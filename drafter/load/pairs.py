"""Read a pairs file (`drafter compare --pairs FILE`): a person's pins, forbidden pairs, dropped points.

The file is YAML (safe-loaded) with three optional lists; `drafter compare --write-pairs`
writes one (docs/concordance.md):

    together:                         # each entry: clauses that are one provision
      - [A:nato-jets, B:fighter-jets]
      - [A:us-guarantee, B:guarantee, B:guarantee-a, B:guarantee-b]
    apart:                            # each entry: two clauses that must not be aligned
      - [A:sovereignty, B:non-aggression]
    alone:                            # clauses with no partner in any other text
      - A:russia-not-invade

A clause is `LABEL:clause-id`, the label being the text's column (A, B, C in the order the
texts are given). A clause id no text has any more is reported, not fatal: the file was
written for an earlier version.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml

from drafter.errors import InputError
from drafter.load import read_file
from drafter.model import Proposal

Ref = tuple[int, str]
"""(text index, clause id)."""
PairsData = tuple[tuple[tuple[Ref, ...], ...], tuple[tuple[Ref, Ref], ...], tuple[Ref, ...], tuple[str, ...]]
"""(together, apart, alone, unknown references): the fields of drafter.diff.pins.Pins."""


def load_pairs(path: str, texts: Sequence[Proposal]) -> PairsData:
    """The pins in the pairs file at `path`, for `texts` in the order given: `Pins(*load_pairs(...))`."""
    try:
        data = yaml.safe_load(read_file(path).decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: not a pairs file: {str(error).splitlines()[0]}") from None
    if data is None:
        return (), (), (), ()
    if not isinstance(data, dict):
        raise InputError(f"{path}: a pairs file is a mapping with together, apart and alone lists")
    reader = _Reader(path, texts)
    together = tuple(reader.group(entry, f"together[{k}]") for k, entry in enumerate(_list(data, "together", path)))
    apart = tuple(reader.pair(entry, f"apart[{k}]") for k, entry in enumerate(_list(data, "apart", path)))
    alone = tuple(reader.ref(entry, f"alone[{k}]") for k, entry in enumerate(_list(data, "alone", path)))
    known = {(t, c.id) for t, text in enumerate(texts) for c in text.walk()}
    used = [r for group in together for r in group] + [r for pair in apart for r in pair] + list(alone)
    unknown = tuple(sorted({f"{_label(t)}:{i}" for t, i in used if (t, i) not in known}))
    return together, apart, alone, unknown


def _list(data: dict[str, Any], key: str, path: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise InputError(f"{path}: {key}: expected a list")
    return value


def _label(k: int) -> str:
    return chr(ord("A") + k) if k < 26 else f"T{k + 1}"


class _Reader:
    def __init__(self, path: str, texts: Sequence[Proposal]) -> None:
        self.path = path
        self.labels = {_label(k): k for k in range(len(texts))}

    def ref(self, value: Any, where: str) -> Ref:
        if not isinstance(value, str) or ":" not in value:
            raise InputError(f"{self.path}: {where}: expected LABEL:clause-id (like A:ceasefire), got {value!r}")
        label, ident = value.split(":", 1)
        if label.strip() not in self.labels:
            raise InputError(f"{self.path}: {where}: no text {label.strip()!r}: "
                             f"{len(self.labels)} texts given, labelled {', '.join(self.labels)}")
        return self.labels[label.strip()], ident.strip()

    def group(self, value: Any, where: str) -> tuple[Ref, ...]:
        if not isinstance(value, list) or len(value) < 2:
            raise InputError(f"{self.path}: {where}: expected a list of at least two clauses")
        refs = tuple(self.ref(v, where) for v in value)
        if len({t for t, _ in refs}) < 2:
            raise InputError(f"{self.path}: {where}: the clauses are all from one text; pins link texts")
        return refs

    def pair(self, value: Any, where: str) -> tuple[Ref, Ref]:
        if not isinstance(value, list) or len(value) != 2:
            raise InputError(f"{self.path}: {where}: expected two clauses")
        first, second = (self.ref(v, where) for v in value)
        return first, second
