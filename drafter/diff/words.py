"""Word-level spans inside a clause, with diff-match-patch at word granularity.

Each distinct token (a word, a run of whitespace, a punctuation mark, or a whole
`[[id]]` reference) becomes one character, the way `diff_linesToChars` does for lines;
the character strings are diffed, cleaned up semantically and mapped back. The timeout
is off so results never depend on machine speed.
"""

from __future__ import annotations

import re

from diff_match_patch import diff_match_patch

from drafter.diff.redline import Span, SpanOp

TOKEN = re.compile(r"\[\[[a-z0-9]+(?:-[a-z0-9]+)*\]\]|\w+|\s+|[^\w\s]")
"""Words, whitespace runs, single punctuation marks; a cross-reference stays whole."""

_OPS: dict[int, SpanOp] = {0: "equal", 1: "insert", -1: "delete"}


def tokens(text: str) -> list[str]:
    """`text` cut into tokens that join back to exactly `text`."""
    return TOKEN.findall(text)


def _engine() -> diff_match_patch:
    engine = diff_match_patch()
    engine.Diff_Timeout = 0
    return engine


def _encode(old: list[str], new: list[str]) -> tuple[str, str, list[str]]:
    """Both token lists as strings of one character per token, and the token table."""
    table: list[str] = [""]  # index 0 unused, as in diff_linesToChars: no NUL characters
    codes: dict[str, int] = {}

    def munge(words: list[str]) -> str:
        out = []
        for word in words:
            if word not in codes:
                codes[word] = len(table)
                table.append(word)
            out.append(chr(codes[word]))
        return "".join(out)

    return munge(old), munge(new), table


def word_spans(old_text: str, new_text: str) -> tuple[Span, ...]:
    """The spans that turn `old_text` into `new_text`, word by word.

    EQUAL and DELETE spans rebuild the old text; EQUAL and INSERT spans the new one.
    """
    if old_text == new_text:
        return (Span("equal", old_text),) if old_text else ()
    old_chars, new_chars, table = _encode(tokens(old_text), tokens(new_text))
    engine = _engine()
    diffs = engine.diff_main(old_chars, new_chars, False)
    engine.diff_cleanupSemantic(diffs)
    spans: list[Span] = []
    for op, chars in diffs:
        text = "".join(table[ord(c)] for c in chars)
        if not text:
            continue
        kind = _OPS[op]
        if spans and spans[-1].op == kind:
            spans[-1] = Span(kind, spans[-1].text + text)
        else:
            spans.append(Span(kind, text))
    return tuple(_ordered(spans))


def _ordered(spans: list[Span]) -> list[Span]:
    """Each run of changes as its deletion first, then its insertion (as in git's word diff)."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        if spans[i].op == "equal":
            out.append(spans[i])
            i += 1
            continue
        j = i
        while j < len(spans) and spans[j].op != "equal":
            j += 1
        run = spans[i:j]
        for op in ("delete", "insert"):
            text = "".join(s.text for s in run if s.op == op)
            if text:
                out.append(Span(op, text))
        i = j
    return out


def span_ratio(spans: tuple[Span, ...]) -> float:
    """Share of text kept: 2 * equal / (old + new) characters, 1.0 for two empty texts."""
    equal = sum(len(s.text) for s in spans if s.op == "equal")
    total = sum(len(s.text) * (2 if s.op == "equal" else 1) for s in spans)
    return 1.0 if total == 0 else 2 * equal / total
