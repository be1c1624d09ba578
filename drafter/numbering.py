"""Clause numbers from positions: 1. / (a) / (i) / (A) / (1), repeating with depth.

Pure functions shared by the builder (which numbers a loaded proposal) and the
importers (which read numbers back).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)

STYLES = ("arabic", "lower-alpha", "lower-roman", "upper-alpha", "paren-arabic")
"""Numbering style by depth; depth 5 starts again at lower-alpha."""


def roman(n: int) -> str:
    """Lower-case Roman numeral: 4 -> `iv`."""
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def alpha(n: int) -> str:
    """Legal-style letters: 1 -> `a`, 26 -> `z`, 27 -> `aa`, 28 -> `bb`."""
    repeat, index = divmod(n - 1, 26)
    return chr(ord("a") + index) * (repeat + 1)


def style_at(depth: int) -> str:
    """Numbering style for clauses at `depth` (0 = top level)."""
    if depth < len(STYLES):
        return STYLES[depth]
    return STYLES[1 + (depth - 1) % (len(STYLES) - 1)]


def mark(depth: int, n: int) -> str:
    """The bare mark of the `n`th clause (1-based) at `depth`: `3`, `b`, `ii`, `B`, `2`."""
    style = style_at(depth)
    if style in ("arabic", "paren-arabic"):
        return str(n)
    if style == "lower-alpha":
        return alpha(n)
    if style == "lower-roman":
        return roman(n)
    return alpha(n).upper()


def label(depth: int, n: int) -> str:
    """The mark as printed before the clause: `3.` at the top, `(b)` below."""
    return f"{mark(depth, n)}." if depth == 0 else f"({mark(depth, n)})"


def number(parent: str, depth: int, n: int) -> str:
    """Full reference of a clause: `3`, `3(b)`, `3(b)(ii)`; `parent` is '' at the top."""
    return mark(depth, n) if depth == 0 else f"{parent}({mark(depth, n)})"


def annex_letter(n: int) -> str:
    """Letter of the `n`th annex: `A`, `B`, ..."""
    return alpha(n).upper()


def value(mark_text: str, depth: int) -> int | None:
    """The position a bare mark stands for in the style of `depth`: `4` -> 4, `c` -> 3, `iv` -> 4,
    `٣` -> 3; None when it is not a plain mark (`4bis`, `A.2`)."""
    text = mark_text.strip("().")
    if text.isdecimal():
        return int("".join(str(unicodedata.decimal(c)) for c in text))
    if not (text.isascii() and text.isalpha() and (text.islower() or text.isupper())):
        return None
    lower = text.lower()
    if style_at(depth) in ("lower-alpha", "upper-alpha"):
        return (len(lower) - 1) * 26 + ord(lower[0]) - ord("a") + 1 if len(set(lower)) == 1 else None
    return _ROMAN_VALUES.get(lower)


_ROMAN_VALUES = {roman(n): n for n in range(1, 400)}


def given_label(given: str, parent: str, depth: int) -> str:
    """The label printed before a clause whose source gives it the number `given`.

    Below a numbered parent, the part after the parent's number when it starts with `(`
    (`10(a)` under `10` -> `(a)`); otherwise the number followed by a full stop (`4.`, `II.`).
    """
    rest = given[len(parent):] if parent and given.startswith(parent) else ""
    if depth > 0 and rest.startswith("("):
        return rest
    return given if given.endswith((".", ")")) else f"{given}."


@dataclass(slots=True)
class Counter:
    """Numbers the clauses of one list in order, honouring the numbers a source gives.

    A clause without a given number follows on from the one before it (`4` given -> `5`);
    an unnumbered clause (given '') gets no number and does not count.
    """

    parent: str = ""
    """Full number of the numbered clause above this list; '' at the top."""
    depth: int = 0
    """Numbering depth: the style of this list's marks."""
    prefix: str = ""
    """`A.` for an annex's top-level list."""
    count: int = 0
    """Position of the last numbered clause."""

    def next(self, given: str | None) -> tuple[str, str]:
        """(number, label) of the next clause, whose file gives `given` (None: compute it)."""
        if given == "":
            return "", ""
        if given is not None:
            lead = self.parent or self.prefix
            found = value(given[len(lead):] if lead and given.startswith(lead) else given, self.depth)
            self.count = found if found is not None else self.count
            return given, given_label(given, self.parent, self.depth)
        self.count += 1
        full = self.prefix + number(self.parent, self.depth, self.count)
        return full, (f"{full}." if self.prefix else label(self.depth, self.count))

    def below(self, parent: str) -> Counter:
        """The counter for the sub-clauses of the clause numbered `parent`."""
        return Counter(parent, self.depth + 1)
