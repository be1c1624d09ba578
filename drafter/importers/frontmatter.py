"""Metadata above a text's body: Markdown front matter or a `KEY: value` header block.

    ---                           TITLE: Minsk Protocol - 12 points
    title: Twelve-point plan      DATE: 5 September 2014 (signed in Minsk)
    date: 2025-10-22              SOURCE: ...
    ---                           ---

Read line by line, never with a YAML parser: only `title` and `date` are used.
"""

from __future__ import annotations

import datetime
import re

_KEY = re.compile(r"([A-Za-z][A-Za-z /()&_-]{0,40}):\s*(.*)")
_UPPER_KEY = re.compile(r"[A-Z][A-Z /()&_-]{0,40}:(\s.*)?")
_RULE = re.compile(r"-{3,}\s*")
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_ISO = re.compile(r"\b([0-9]{4})-([0-9]{2})-([0-9]{2})\b")
_WRITTEN = re.compile(r"\b([0-9]{1,2})\s+([A-Z][a-z]+)\s+([0-9]{4})\b")
_WRITTEN_US = re.compile(r"\b([A-Z][a-z]+)\s+([0-9]{1,2}),\s+([0-9]{4})\b")


def split_front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """The metadata (`title`, `date`) and the index of the first body line."""
    if lines and _RULE.fullmatch(lines[0]):
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
        if end is not None:
            return _fields(lines[1:end]), end + 1
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _UPPER_KEY.fullmatch(lines[first].strip()):
        return {}, 0
    for i in range(first, len(lines)):
        line = lines[i]
        if _RULE.fullmatch(line.strip()):
            return _fields(lines[first:i]), i + 1
        if line.strip() and not line[:1].isspace() and not _UPPER_KEY.fullmatch(line.strip()):
            return {}, 0
    return {}, 0


def _fields(lines: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in lines:
        match = _KEY.fullmatch(line.strip()) if not line[:1].isspace() else None
        if match:
            key, value = match.group(1).strip().lower(), match.group(2).strip().strip("\"'")
            if key == "title" and value:
                found["title"] = value
            elif key == "date" and iso_date(value):
                found["date"] = iso_date(value)  # type: ignore[assignment]
    return found


def iso_date(text: str) -> str | None:
    """The first date in `text` as `YYYY-MM-DD` (`2014-09-05`, `5 September 2014`), or None."""
    for pattern, order in ((_ISO, "ymd"), (_WRITTEN, "dmy"), (_WRITTEN_US, "mdy")):
        for match in pattern.finditer(text):
            parts = dict(zip(order, match.groups()))
            try:
                month = int(parts["m"]) if parts["m"].isdigit() else _MONTHS.index(parts["m"][:3].lower()) + 1
                return datetime.date(int(parts["y"]), month, int(parts["d"])).isoformat()
            except ValueError:  # not a month name, or not a real day
                continue
    return None
