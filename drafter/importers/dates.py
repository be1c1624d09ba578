"""Dates as sources write them, in English, Ukrainian and Russian -> ISO `YYYY-MM-DD`.

    5 September 2014 · September 5, 2014 · 2014-09-05 · 05.09.2014
    15 листопада 2022 · 15 ноября 2022 г. · 20-21 November 2025 (a range: its first day)

Month names are a fixed table rather than a general date parser: a parser that reads
"May" or "March" in running text as a date would invent one, and nothing here may.
A month and year without a day (`November 2025`) is not a date.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

_MONTHS = {
    **{name: n for n, name in enumerate(
        "january february march april may june july august september october november december".split(), 1)},
    **{name: n for n, name in enumerate(
        "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)},
    "sept": 9,
    # Ukrainian: genitive (as dated), nominative
    **{name: n for n, name in enumerate(
        "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(), 1)},
    **{name: n for n, name in enumerate(
        "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень".split(), 1)},
    # Russian: genitive, nominative
    **{name: n for n, name in enumerate(
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(), 1)},
    **{name: n for n, name in enumerate(
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(), 1)},
}
_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
_DAY = r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?"
_RANGE = r"(?P<to>\s*[-–—]\s*[0-9]{1,2})?"
_YEAR = r"(?P<year>[0-9]{4})"
_PATTERNS = (
    re.compile(rf"(?<![0-9]){_YEAR}-(?P<mon>[0-9]{{2}})-{_DAY}(?![0-9])"),
    re.compile(rf"(?<![0-9.]){_DAY}\.(?P<mon>[0-9]{{2}})\.{_YEAR}(?![0-9])"),
    re.compile(rf"(?<![0-9]){_DAY}{_RANGE}\s+{_MONTH},?\s+{_YEAR}(?![0-9])"),
    re.compile(rf"(?<![\w]){_MONTH}\s+{_DAY}{_RANGE},?\s+{_YEAR}(?![0-9])"),
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in text."""

    iso: str
    """`YYYY-MM-DD`."""
    written: str
    """The date as the text writes it."""
    start: int
    """Where it starts in the text."""
    ranged: bool
    """True when the text gives a range of days (`20-21 November 2025`); `iso` is its first day."""


def find_dates(text: str) -> list[FoundDate]:
    """Every real calendar date in `text`, in order of appearance."""
    found: dict[int, FoundDate] = {}
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            date = _date(match)
            if date and not any(start <= match.start() < start + len(f.written) for start, f in found.items()):
                found[match.start()] = FoundDate(date, match.group(0), match.start(), bool(match.groupdict().get("to")))
    return [found[start] for start in sorted(found)]


def _date(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    month = int(parts["mon"]) if parts.get("mon") else _MONTHS.get(parts["month"].lower())
    if month is None:
        return None
    try:
        return datetime.date(int(parts["year"]), month, int(parts["day"])).isoformat()
    except ValueError:  # 2025-02-30
        return None


def month_only(text: str) -> bool:
    """True when `text` names a month and year but no day (`November 2025`)."""
    return any(word.lower().rstrip(".") in _MONTHS and re.fullmatch(r"[0-9]{4}", year)
               for word, year in zip(text.split(), text.split()[1:]))
