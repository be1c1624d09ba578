"""Numbers for inserted clauses that leave every other number alone: `8A`, `1(ba)`, `A1`.

As in UK and EU practice, a clause inserted after point 8 is point 8A (then 8B, ...); a
sub-point inserted after (b) is (ba); one inserted before point 1 is A1 (before (a):
(za)). A clause given sub-points where it had none numbers them as usual: (a), (b).
Numbers already in the text are never handed out again.
"""

from __future__ import annotations

from collections.abc import Iterator

from drafter import numbering


class Labels:
    """Hands out numbers for inserted clauses; `taken` holds every number already in use."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = set(taken)

    def after(self, number: str, depth: int) -> Iterator[tuple[str, str]]:
        """(label, number) for clauses inserted one after another after clause `number`."""
        mark, parent = _own_mark(number, depth)
        return self._fresh(parent, depth, (mark + s for s in _suffixes(depth)))

    def first(self, parent: str, depth: int, empty: bool) -> Iterator[tuple[str, str]]:
        """(label, number) for clauses inserted at the start of `parent` ('' at the top,
        `A.` in an annex); `empty` when it had no clauses there before."""
        if empty:
            marks = (numbering.mark(depth, n) for n in range(1, 10_000))
        else:
            first = numbering.mark(depth, 1)
            marks = (p + (first if depth == 0 or numbering.style_at(depth).endswith("arabic") else "")
                     for p in _prefixes(depth))
        return self._fresh(parent, depth, marks)

    def _fresh(self, parent: str, depth: int, marks: Iterator[str]) -> Iterator[tuple[str, str]]:
        for mark in marks:
            number = f"{parent}{mark}" if depth == 0 else f"{parent}({mark})"
            if number in self.taken:
                continue
            self.taken.add(number)
            yield (f"{number}." if depth == 0 else f"({mark})"), number


def depth_of(number: str) -> int:
    """The level a number's shape says: `8A`, `A.2` -> 0; `1(b)` -> 1; `1(b)(ii)` -> 2."""
    return number.count("(")


def _own_mark(number: str, depth: int) -> tuple[str, str]:
    """`8` -> (`8`, ''); `A.2` -> (`2`, `A.`); `1(b)` -> (`b`, `1`)."""
    if depth == 0:
        head, dot, mark = number.rpartition(".")
        return mark, head + dot
    parent, _, mark = number[:-1].rpartition("(")
    return mark, parent


def _suffixes(depth: int) -> Iterator[str]:
    upper = depth == 0 or numbering.style_at(depth) in ("upper-alpha", "arabic", "paren-arabic")
    for n in range(1, 10_000):
        letters = numbering.alpha(n)
        yield letters.upper() if upper else letters


def _prefixes(depth: int) -> Iterator[str]:
    style = numbering.style_at(depth)
    for n in range(1, 10_000):
        letters = numbering.alpha(n)
        if depth == 0 or style.endswith("arabic"):
            yield letters.upper()
        else:
            yield ("Z" if style == "upper-alpha" else "z") + (letters.upper() if style == "upper-alpha" else letters)
