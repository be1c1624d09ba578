"""Substantive-change flags: edits that change what a clause commits the parties to.

In a ceasefire text "72 hours" for "48 hours" matters more than a reworded sentence.
Each flag compares what the old and new texts *mention* (their numbers, dates,
quantities with units, party names, modal verbs), so a reworded sentence that keeps
every one of them raises no flag, and one changed figure does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from drafter.figures import NUMERAL

FLAGS: tuple[str, ...] = ("number", "date", "distance", "duration", "party", "modal")
"""Every flag, in the order they are reported."""

_NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "half", "dozen", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "once", "twice"]


def _factored(words: Iterable[str]) -> str:
    """An alternation of `words` with common prefixes factored out: `seven(?:t(?:een|y|h))?`.

    Python's regex engine tries the alternatives of a group one after the other at every
    word start; factored, it tries a few first letters instead of 45 words (half the time
    of the flags). It matches the same words: wherever two alternatives could both start,
    only one of them can be followed by what the pattern needs next (a word boundary, a
    unit), since each longer number word continues the shorter with `teen`, `ty` or `th`.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def group(node: dict[str, dict]) -> str:
        branches = [re.escape(letter) + group(rest) for letter, rest in node.items() if letter]
        if not branches:
            return ""
        inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{inner})?" if "" in node else inner

    return group(trie)


_STARTS = "[\\d" + "".join(sorted({word[0] for word in _NUMBER_WORDS})) + "]"
"""What a numeral can start with; the lookahead `(?={_STARTS})` passes over other words at once."""
_NUMERAL = rf"(?={_STARTS})(?:{NUMERAL}|{_factored(_NUMBER_WORDS)})"
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
_MONTH = r"(?:" + "|".join(_MONTHS) + r")"
_DATE = re.compile(
    rf"\b(?=[\dadfjmnostw])(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    rf"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
)
_DISTANCE = re.compile(
    rf"\b{_NUMERAL}[\s-]*(?:km|kilomet(?:re|er)s?|metres?|meters?|miles?|m|nautical\s+miles?)\b"
)
_DURATION = re.compile(
    rf"\b{_NUMERAL}[\s-]*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b"
)
_NUMBERS = re.compile(rf"\b{_NUMERAL}\b")
_MODAL = re.compile(r"\b(?=[cmsw])(?:shall|should|may|will|must|might|can|could|would)(?:\s+not)?\b")


def _mentions(pattern: re.Pattern[str]) -> Callable[[str], Counter[str]]:
    def find(text: str) -> Counter[str]:
        return Counter(re.sub(r"\s+", " ", m) for m in pattern.findall(text))

    return find


def _modals(text: str) -> Counter[str]:
    # "may" is also a month: drop it when a day number sits next to it
    return Counter(m for m in _MODAL.findall(_DATE.sub(" ", text)))


def _alternation(words: Iterable[str], flags: int = 0) -> re.Pattern[str] | None:
    unique = sorted({w for w in words if w.strip()}, key=len, reverse=True)
    if not unique:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in unique) + r")\b", flags)


def _parties(names: Iterable[str], ids: Iterable[str]) -> Callable[[str], Counter[str]]:
    # names match in any case; ids only as written, so the id `US` is not the word "us"
    by_name = _alternation(names, re.IGNORECASE)
    by_id = _alternation(ids)

    def find(text: str) -> Counter[str]:
        found = Counter(m.lower() for m in by_name.findall(text)) if by_name else Counter()
        return found + (Counter(by_id.findall(text)) if by_id else Counter())

    return find


def substantive_flags(
    old_text: str, new_text: str, party_names: Iterable[str] = (), party_ids: Iterable[str] = ()
) -> tuple[str, ...]:
    """The flags raised by an edit from `old_text` to `new_text`, given the parties' names and ids."""
    if old_text == new_text:
        return ()
    old, new = old_text.lower(), new_text.lower()
    party = _parties(party_names, party_ids)
    if party(old_text) != party(new_text):
        raised = {"party"}
    else:
        raised = set()
    checks: dict[str, Callable[[str], Counter[str]]] = {
        "number": _mentions(_NUMBERS),
        "date": _mentions(_DATE),
        "distance": _mentions(_DISTANCE),
        "duration": _mentions(_DURATION),
        "modal": _modals,
    }
    raised |= {flag for flag, find in checks.items() if find(old) != find(new)}
    return tuple(flag for flag in FLAGS if flag in raised)
