"""Word instructions for one text: short, unambiguous quotes that turn its old wording into the new.

The word spans of a clause give change regions (words deleted, words inserted). Taking
the leftmost region not yet done, we try, in order: one instruction for every place the
same words change the same way ("in each place"); then quotes of the changed words
themselves, then with one, two, ... words of context on either side, until the quote
stands once in the text and applying it (with `drafter.diff.quotes`, the applier's own
rules) gives exactly the expected text. Instructions apply one after the other, so each
quote is checked against the text as the earlier ones left it. None when some change
cannot be quoted (a paragraph break, say): the caller replaces the whole text instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from drafter.diff.quotes import QuoteProblem, apply_changes, occurrences, word_changes
from drafter.diff.redline import Span
from drafter.diff.words import tokens

MAX_CONTEXT = 6
"""Most words of context quoted on the two sides together to make a quote unique."""

WordKind = Literal["substitute", "omit", "insert"]


@dataclass(frozen=True, slots=True)
class WordEdit:
    """One word instruction, before it is addressed to a clause."""

    kind: WordKind
    old: str
    new: str = ""
    every: bool = False
    where: Literal["", "after", "before"] = ""


@dataclass(frozen=True, slots=True)
class Region:
    """A run of changed words: `deleted` stood at `start` in the old text; `inserted` replaces it."""

    start: int
    deleted: str
    inserted: str


def regions(spans: tuple[Span, ...]) -> list[Region]:
    """The change regions of a clause's word spans."""
    found: list[Region] = []
    offset, pending = 0, None
    for span in spans:
        if span.op == "equal":
            offset += len(span.text)
            pending = None
            continue
        if pending is None:
            pending = Region(offset, "", "")
            found.append(pending)
        deleted = pending.deleted + (span.text if span.op == "delete" else "")
        inserted = pending.inserted + (span.text if span.op == "insert" else "")
        pending = found[-1] = Region(pending.start, deleted, inserted)
        if span.op == "delete":
            offset += len(span.text)
    return found


def word_edits(spans: tuple[Span, ...]) -> list[WordEdit] | None:
    """Instructions that, applied in order, turn the spans' old text into their new text."""
    return _Search(spans).run()


class _Search:
    def __init__(self, spans: tuple[Span, ...]) -> None:
        self.pieces: list[str | int] = []  # equal text, or the index of a region
        self.regions = regions(spans)
        k = 0
        for span in spans:
            if span.op == "equal":
                self.pieces.append(span.text)
            elif not self.pieces or isinstance(self.pieces[-1], str):
                self.pieces.append(k)  # the next region; later spans of the same run join it
                k += 1
        self.done: set[int] = set()

    def text(self, applied: set[int]) -> tuple[str, dict[int, tuple[int, int]]]:
        """The text with `applied` regions in their new wording, and each region's place in it."""
        out: list[str] = []
        places: dict[int, tuple[int, int]] = {}
        at = 0
        for piece in self.pieces:
            if isinstance(piece, str):
                words = piece
            else:
                region = self.regions[piece]
                words = region.inserted if piece in applied else region.deleted
                places[piece] = (at, at + len(words))
            out.append(words)
            at += len(words)
        return "".join(out), places

    def run(self) -> list[WordEdit] | None:
        edits: list[WordEdit] = []
        while len(self.done) < len(self.regions):
            k = min(set(range(len(self.regions))) - self.done)
            found = self._every(k) or self._one(k)
            if found is None:
                return None
            edit, covered = found
            edits.append(edit)
            self.done |= covered
        return edits

    def _works(self, edit: WordEdit, covered: set[int]) -> bool:
        current, _ = self.text(self.done)
        expected, _ = self.text(self.done | covered)
        try:
            changes = word_changes(current, edit.kind, edit.old, edit.new, edit.every, edit.where)
        except QuoteProblem:
            return False
        return apply_changes(current, changes) == expected

    def _every(self, k: int) -> tuple[WordEdit, set[int]] | None:
        """One instruction for all the places where the same words change the same way."""
        key = _key(self.regions[k])
        if not key[0]:
            return None
        group = {j for j in range(len(self.regions)) if j not in self.done and _key(self.regions[j]) == key}
        current, _ = self.text(self.done)
        if len(group) < 2 or len(occurrences(current, key[0])) != len(group):
            return None
        edit = WordEdit("substitute", key[0], key[1], True) if key[1] else WordEdit("omit", key[0], "", True)
        return (edit, group) if self._works(edit, group) else None

    def _one(self, k: int) -> tuple[WordEdit, set[int]] | None:
        current, places = self.text(self.done)
        start, end = places[k]
        words = [(i, i + len(t)) for i, t in _positions(current) if not t.isspace()]
        before = [w for w in words if w[1] <= start]
        core = [w for w in words if w[0] >= start and w[1] <= end]
        after = [w for w in words if w[0] >= end]
        for extra in range(MAX_CONTEXT + 1):
            if not core:
                found = self._insertion(k, before, after, extra)
                if found:
                    return found
            for left in range(extra + 1):
                found = self._quote(k, before, core, after, left, extra - left, places)
                if found:
                    return found
        return None

    def _insertion(self, k: int, before: list[tuple[int, int]], after: list[tuple[int, int]],
                   extra: int) -> tuple[WordEdit, set[int]] | None:
        current, _ = self.text(self.done)
        new = self.regions[k].inserted.strip()
        if not new or "\n" in new:
            return None
        candidates = []
        if len(before) > extra:
            candidates.append(("after", current[before[-1 - extra][0]:before[-1][1]]))
        if len(after) > extra:
            candidates.append(("before", current[after[0][0]:after[extra][1]]))
        for side, anchor in candidates:
            edit = WordEdit("insert", anchor, new, where=side)  # type: ignore[arg-type]
            if "\n" not in anchor and self._works(edit, {k}):
                return edit, {k}
        return None

    def _quote(self, k: int, before: list[tuple[int, int]], core: list[tuple[int, int]],
               after: list[tuple[int, int]], left: int, right: int,
               places: dict[int, tuple[int, int]]) -> tuple[WordEdit, set[int]] | None:
        if left > len(before) or right > len(after) or not (core or left or right):
            return None
        span = (before[-left:] if left else []) + core + after[:right]
        a, b = span[0][0], span[-1][1]
        covered = {k} | {j for j, (s, e) in places.items() if j not in self.done and _touches(s, e, a, b)}
        current, _ = self.text(self.done)
        expected, _ = self.text(self.done | covered)
        tail = len(current) - b
        if expected[:a] != current[:a] or current[b:] != expected[len(expected) - tail:]:
            return self._omission(current[a:b], covered)
        old, new = current[a:b], expected[a:len(expected) - tail]
        if "\n" in old or "\n" in new or new != new.strip():
            return None
        edit = WordEdit("substitute", old, new) if new else WordEdit("omit", old)
        return (edit, covered) if self._works(edit, covered) else None


    def _omission(self, old: str, covered: set[int]) -> tuple[WordEdit, set[int]] | None:
        """Words left out with a space beside them (which a quote cannot carry)."""
        if "\n" in old or any(self.regions[j].inserted for j in covered):
            return None
        edit = WordEdit("omit", old)
        return (edit, covered) if self._works(edit, covered) else None


def _key(region: Region) -> tuple[str, str]:
    return region.deleted.strip(), region.inserted.strip()


def _touches(s: int, e: int, a: int, b: int) -> bool:
    """Whether a region at [s, e) falls inside a quote at [a, b) (an insertion strictly inside)."""
    return s < b and e > a if s < e else a < s < b


def _positions(text: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for token in tokens(text):
        out.append((at, token))
        at += len(token)
    return out
