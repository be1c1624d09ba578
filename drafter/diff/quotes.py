"""Where quoted words stand in a text, and what a word instruction does to that text.

One definition serves both sides: `drafter.diff.instructions` checks every instruction it
writes against it, and `drafter.amend` applies instructions with it, so what is written
is what gets applied.

Quoted words match whole tokens only (`48` is not found in `148`). Omitting words that
follow a space (or start a paragraph) also removes one run of spaces beside them, the one after if there is one
(else the one before); inserted words get
a space before them (after `old`) or after them (before `old`) unless punctuation makes
one wrong. Paragraph breaks are never quoted.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate

from drafter.diff.words import tokens
from drafter.errors import DrafterError

_NO_SPACE_BEFORE = frozenset(",.;:!?)]}”’»…")
_NO_SPACE_AFTER = frozenset("([{“‘«")


class QuoteProblem(DrafterError):
    """Quoted words that are not found once where they must be."""

    def __init__(self, words: str, count: int) -> None:
        found = "not found" if count == 0 else f"found {count} times"
        super().__init__(f"“{words}” {found}")
        self.words, self.count = words, count


@dataclass(frozen=True, slots=True)
class Change:
    """Replace `text[start:end]` with `new`."""

    start: int
    end: int
    new: str


def boundaries(text: str) -> set[int]:
    """Offsets where a token starts or ends."""
    return {0, *accumulate(len(t) for t in tokens(text))}


def occurrences(text: str, words: str) -> list[int]:
    """Start offsets of `words` in `text` as whole tokens, left to right, not overlapping."""
    if not words or "\n" in words:
        return []
    edges = boundaries(text)
    found: list[int] = []
    i = text.find(words)
    while i >= 0:
        if i in edges and i + len(words) in edges and (not found or i >= found[-1] + len(words)):
            found.append(i)
        i = text.find(words, i + 1)
    return found


def where(text: str, words: str, every: bool = False) -> list[int]:
    """Where `words` stand: once, or (with `every`) at least once; else QuoteProblem."""
    found = occurrences(text, words)
    if not found or (len(found) > 1 and not every):
        raise QuoteProblem(words, len(found))
    return found


def substitute(text: str, old: str, new: str, every: bool = False) -> list[Change]:
    """`old` replaced by `new` (in each place with `every`)."""
    return [Change(i, i + len(old), new) for i in where(text, old, every)]


def omit(text: str, old: str, every: bool = False) -> list[Change]:
    """`old` left out, with the spaces after it (or, at the end of a sentence, before it).

    Words not preceded by a space (`, b` in `a, b and c`) are left out alone.
    """
    changes = []
    for i in where(text, old, every):
        start, end = i, i + len(old)
        if start == 0 or text[start - 1] in " \t\n":
            after = _spaces(text, end, +1)
            if after > end:
                end = after
            else:
                start = _spaces(text, start, -1)
        changes.append(Change(start, end, ""))
    return changes


def insert(text: str, anchor: str, new: str, side: str) -> list[Change]:
    """`new` inserted `after` or `before` the words `anchor`."""
    (i,) = where(text, anchor)
    if side == "after":
        space = "" if new[:1] in _NO_SPACE_BEFORE else " "
        return [Change(i + len(anchor), i + len(anchor), space + new)]
    space = "" if new[-1:] in _NO_SPACE_AFTER else " "
    return [Change(i, i, new + space)]


def apply_changes(text: str, changes: list[Change]) -> str:
    """`text` with non-overlapping `changes` made (in any order given)."""
    for change in sorted(changes, key=lambda c: c.start, reverse=True):
        text = text[:change.start] + change.new + text[change.end:]
    return text


def _spaces(text: str, i: int, step: int) -> int:
    """The offset past the run of spaces or tabs at `i` going forward (+1) or back (-1)."""
    if step > 0:
        while i < len(text) and text[i] in " \t":
            i += 1
        return i
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i


def word_changes(text: str, kind: str, old: str, new: str, every: bool = False, side: str = "") -> list[Change]:
    """The changes a word instruction (`substitute`, `omit` or `insert`) makes to `text`."""
    if kind == "substitute":
        return substitute(text, old, new, every)
    if kind == "omit":
        return omit(text, old, every)
    if kind == "insert" and not every:
        return insert(text, old, new, side)
    raise ValueError(f"not a word instruction: {kind}")
