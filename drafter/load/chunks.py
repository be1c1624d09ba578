"""Cut a proposal's text into a skeleton and its clause chunks, by lines, without parsing.

A chunk is one item of the top-level `clauses:` list, or of an annex's `clauses:` list:
its `- ` line and every deeper line after it. The skeleton is the text with each chunk
replaced by one placeholder line. Only the plain block style is cut (what drafter and
most editors write); anything else raises `Unsure` and is loaded whole. Cutting never
decides what the YAML means: every piece is parsed afterwards, and the placeholders
must come back exactly where they were put (see `drafter.load.incremental`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

PLACEHOLDER = "drafter-incremental-chunk"
"""What stands in the skeleton for each cut-out clause (a plain YAML scalar)."""

ODD = ("\t", "\r", "\x85", "\u2028", "\u2029")
"""Characters that make line-based cutting unsafe (YAML also breaks lines at \\r, \\x85, ...)."""
ODD_BYTES = tuple(odd.encode("utf-8") for odd in ODD)
"""The same characters as UTF-8, to look for them in a file's bytes."""


class Unsure(Exception):
    """The fast path cannot vouch for this text; it is loaded in full instead."""


@dataclass(frozen=True, slots=True)
class Layout:
    """A text cut into its skeleton and its clause chunks."""

    skeleton: str
    top: list[str]
    """Chunks of the top-level `clauses:` list."""
    annexes: list[list[str]]
    """Chunks of each annex's `clauses:` list, one list per annex."""
    pieces: list[tuple[int, int, int]]
    """(start, end, indent) of every chunk in the text, in text order."""
    owners: list[tuple[int, int]]
    """For each piece: -1 (top level) or the annex's index, and its 0-based place there."""


def cut(text: str) -> Layout:
    """`text` as a skeleton and clause chunks; Unsure when the layout is not the plain block style."""
    if any(odd in text for odd in ODD):
        raise Unsure("tabs or unusual line breaks")
    found: list[tuple[tuple[int, int, int], tuple[int, int]]] = []
    clauses_at = _key_line(text, "clauses", 0)
    if clauses_at is not None:
        found += [(span, (-1, n)) for n, span in enumerate(_items(text, clauses_at, 0)[0])]
    annexes_at = _key_line(text, "annexes", 0)
    annex_count = 0
    if annexes_at is not None:
        for a, (start, end, indent) in enumerate(_items(text, annexes_at, 0)[0]):
            key = _key_line(text, "clauses", indent + 2, start, end)
            spans = _items(text, key, indent + 2)[0] if key is not None else []
            if spans and spans[-1][1] > end:
                raise Unsure("an annex's clauses run past the annex")
            found += [(span, (a, n)) for n, span in enumerate(spans)]
            annex_count = a + 1
    found.sort()
    top = [text[s:e] for (s, e, _), (owner, _) in found if owner < 0]
    annexes: list[list[str]] = [[] for _ in range(annex_count)]
    for (s, e, _), (owner, _) in found:
        if owner >= 0:
            annexes[owner].append(text[s:e])
    pieces = [span for span, _ in found]
    return Layout(_skeleton_text(text, pieces), top, annexes, pieces, [owner for _, owner in found])


def _skeleton_text(text: str, pieces: list[tuple[int, int, int]]) -> str:
    out, at = [], 0
    for start, end, indent in pieces:
        out += [text[at:start], " " * indent, "- ", PLACEHOLDER, "\n"]
        at = end
    out.append(text[at:])
    return "".join(out)


def _key_line(text: str, key: str, indent: int, start: int = 0, end: int | None = None) -> int | None:
    """Where the line after the first `<indent>key:` line (nothing else on it) starts, or None."""
    head = f"{' ' * indent}{key}:"
    at = 0 if start == 0 and text.startswith(head) else text.find(f"\n{head}", start, end) + 1
    if at == 0 and not text.startswith(head):
        return None
    line_end = text.find("\n", at)
    rest = text[at + len(head):len(text) if line_end < 0 else line_end]
    if rest.strip(" "):
        raise Unsure(f"something after '{key}:' on its line")
    return len(text) if line_end < 0 else line_end + 1


def _items(text: str, start: int, parent: int) -> tuple[list[tuple[int, int, int]], int]:
    """The `- ` items of the block list starting at `start` under a key indented `parent`.

    Returns (start, end, indent) of each item and where the list ends. Only lines indented
    no deeper than the items matter: a comment, an item, or the end of the list.
    """
    first = re.compile(r"(?: *(?:#[^\n]*)?\n)*( *)- [^ \n]").match(text, start)
    if first is None:
        raise Unsure("not a block list of items")
    indent = len(first.group(1))
    if indent < parent:
        raise Unsure("list indented less than its key")
    pad = " " * indent
    # a line shallower than the items, or at their depth but not an item or a comment
    other = re.compile(rf"\n(?: {{0,{indent - 1}}}[^ \n#]|{pad}(?:[^ \n#-]|-[^ ]|- [ -]))" if indent
                       else r"\n(?:[^ \n#-]|-[^ ]|- [ -])")
    found = other.search(text, first.end())
    end = len(text) if found is None else found.start() + 1
    if found is not None and len(found.group()) - len(found.group().lstrip("\n ")) - 1 > parent:
        raise Unsure("a line indented between a list and its items")
    starts = [first.start(1), *(m.start() + 1 for m in re.compile(f"\n{pad}- ").finditer(text, first.end(), end))]
    return [(s, e, indent) for s, e in zip(starts, [*starts[1:], end])], end


def common_prefix(a: bytes, b: bytes) -> int:
    """Length of the longest common prefix of `a` and `b`, by halving.

    Each step compares a stretch of `a` with a view of `b` (`startswith` takes a buffer),
    so nothing is copied: a few hundred microseconds for two 8 MB versions.
    """
    view = memoryview(b)
    lo, hi = 0, min(len(a), len(b))
    while hi - lo > 64:
        mid = (lo + hi) // 2
        if a.startswith(view[lo:mid], lo):
            lo = mid
        else:
            hi = mid
    while lo < hi and a[lo] == b[lo]:
        lo += 1
    return lo


def common_suffix(a: bytes, b: bytes, limit: int) -> int:
    """Length of the longest common suffix of `a` and `b`, at most `limit` (without copying)."""
    view = memoryview(b)
    lo, hi, m, n = 0, limit, len(a), len(b)
    while hi - lo > 64:
        mid = (lo + hi) // 2
        if a.endswith(view[n - mid:n - lo], 0, m - lo):
            lo = mid
        else:
            hi = mid
    while lo < hi and a[m - lo - 1] == b[n - lo - 1]:
        lo += 1
    return lo


class Pieces:
    """Where each chunk of a text stands, kept up to date as single chunks grow or shrink.

    Moving every later piece after each edit would cost a pass over all pieces per
    version; instead the edits are remembered and applied when a piece is looked up,
    and folded into the offsets once they pile up.
    """

    FOLD = 32
    """Edits remembered before the offsets are rewritten."""

    def __init__(self, spans: list[tuple[int, int, int]]) -> None:
        self.spans = spans
        """(start, end, indent) as cut, before the remembered edits."""
        self.edits: list[tuple[int, int]] = []
        """(piece, change in length) of each edit since."""

    def __len__(self) -> int:
        return len(self.spans)

    def _before(self, k: int) -> int:
        return sum(delta for j, delta in self.edits if j < k)

    def span(self, k: int) -> tuple[int, int, int]:
        """(start, end, indent) of piece `k` now."""
        start, end, indent = self.spans[k]
        before = self._before(k)
        return start + before, end + before + sum(delta for j, delta in self.edits if j == k), indent

    def find(self, at: int) -> int:
        """The last piece starting at or before offset `at` (-1 if none)."""
        return bisect.bisect_right(range(len(self.spans)), at, key=lambda k: self.spans[k][0] + self._before(k)) - 1

    def grow(self, k: int, delta: int) -> None:
        """Piece `k` became `delta` characters longer (shorter if negative)."""
        self.edits.append((k, delta))
        if len(self.edits) >= self.FOLD:
            grown = [0] * len(self.spans)
            for j, change in self.edits:
                grown[j] += change
            spans, before = [], 0
            for (start, end, indent), change in zip(self.spans, grown):
                spans.append((start + before, end + before + change, indent))
                before += change
            self.spans, self.edits = spans, []
