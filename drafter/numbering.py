"""Clause numbers from positions: 1. / (a) / (i) / (A) / (1), repeating with depth.

Pure functions shared by the builder (which numbers a loaded proposal) and the
importers (which read numbers back).
"""

from __future__ import annotations

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
