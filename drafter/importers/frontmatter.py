"""Metadata above a text's body: a header block of `Key: value` lines, or Markdown front matter.

    TITLE: Minsk Protocol - 12 points          ---
    DATE: 5 September 2014 (signed in Minsk)   title: Twelve-point plan
    SOURCE URL(S): http://...                  date: 2025-10-22
      cross-check: http://...                  sources: [https://...]
    ---                                        ---

Keys in any case, in English, Ukrainian or Russian; an indented line continues the field
above it. A header ends at a `---` line; without one, at the first blank line, and only
when at least two of its keys are known. Front matter is read with drafter's own YAML
reader (every value kept as the text written). What the keys mean is `metadata.py`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_KINDS = {
    "title": "title name heading назва заголовок название наименование",
    "date": "date dated дата",
    "party": "party parties author authors by issued-by proposed-by сторона сторони стороны автор автори авторы",
    "source": "source sources source-url url urls link links джерело джерела посилання источник источники ссылка "
              "ссылки",
    "status": "status статус",
    "completeness": "completeness extent coverage повнота полнота",
    "version": "version версія версия",
    "notice": "notice",
    "conventions": "conventions convention",
    "note": "note notes remark remarks примітка примітки примечание примечания",
}
KIND_OF = {word.replace("-", " "): kind for kind, words in _KINDS.items() for word in words.split()}
"""Known header keys (lower case) -> what they hold."""

_FIELD = re.compile(r"(?P<key>[^\W\d_][^\W_]*(?:[ /&'()-]+[^\W_]+){0,4}\)?)\s*:\s*(?P<value>.*)")
_RULE = re.compile(r"-{3,}\s*")
MAX_HEADER_LINES = 80


@dataclass(frozen=True, slots=True)
class Field:
    """One `Key: value` line of a header (with its continuation lines)."""

    key: str
    """The key as written: `SOURCE URL(S)`."""
    kind: str
    """What it holds: a key of `_KINDS`, or '' when the key is not known."""
    value: str
    """The value; continuation lines joined with newlines."""
    line: int
    """1-based line of the key."""


def kind_of(key: str) -> str:
    """`title`, `date`, `party`, ... for a header key in any case or language; '' if unknown."""
    key = re.sub(r"\(s\)|\(и\)|[()]", " ", key.lower())
    for part in re.split(r"\s*/\s*|\s+and\s+|\s*&\s*", key):
        kind = KIND_OF.get(" ".join(part.split()))
        if kind:
            return kind
    return ""


def parse_field(line: str, number: int) -> Field | None:
    """`line` read as `Key: value`, or None when it is not one (a sentence, a time like 00:00)."""
    match = _FIELD.fullmatch(line.strip())
    if not match or line[:1].isspace():
        return None
    key = match.group("key").strip()
    return Field(key, kind_of(key), match.group("value").strip(), number)


def split_header(lines: list[str]) -> tuple[list[Field], int]:
    """The header's fields and the index of the first body line; ([], 0) when there is none."""
    if lines and _RULE.fullmatch(lines[0]):
        return _front_matter(lines)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or parse_field(lines[first], first + 1) is None:
        return [], 0
    fields: list[Field] = []
    for i in range(first, min(len(lines), first + MAX_HEADER_LINES)):
        line = lines[i]
        if _RULE.fullmatch(line.strip()):
            return (fields, i + 1) if _trusted(fields) else ([], 0)
        if not line.strip():
            if _trusted(fields, blank=True) and not _ruled(lines, i):
                return fields, i + 1
            continue
        field = parse_field(line, i + 1)
        if field is None and fields and line[:1].isspace():  # an indented line continues the field above
            last = fields[-1]
            field = Field(last.key, last.kind, f"{last.value}\n{line.strip()}", last.line)
            fields.pop()
        fields.append(field or Field("", "", line.strip(), i + 1))
    return [], 0


def _trusted(fields: list[Field], blank: bool = False) -> bool:
    """Whether lines above a `---` (or, more strictly, a blank line) are a header and not body text."""
    known = sum(1 for f in fields if f.kind)
    if blank:
        return known >= 2 and all(f.key for f in fields) and known * 2 >= len(fields)
    return known >= 1 and known * 2 >= len(fields)


def _ruled(lines: list[str], blank: int) -> bool:
    """True when a `---` line closes the header further down, past blank lines and fields."""
    for line in lines[blank:blank + MAX_HEADER_LINES]:
        if _RULE.fullmatch(line.strip()):
            return True
        if line.strip() and parse_field(line, 0) is None and not line[:1].isspace():
            return False
    return False


def _front_matter(lines: list[str]) -> tuple[list[Field], int]:
    """Markdown front matter between two `---` lines at the top."""
    from drafter.errors import DrafterError
    from drafter.load.yaml_source import read_yaml

    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return [], 0
    try:
        document = read_yaml("\n".join(lines[1:end]), "<front matter>")
    except DrafterError:
        return [], 0
    if document.problems or not isinstance(document.data, dict):
        return [], end + 1  # unreadable front matter is still not body text
    fields = []
    for key, value in document.data.items():
        line = document.locate((key,), key=True)[0] + 1
        for item in value if isinstance(value, list) else [value]:
            fields.append(Field(str(key), kind_of(str(key)), _flat(item), line))
    return fields, end + 1


def _flat(value: Any) -> str:
    """A front-matter value as one line of text (a mapping's values in order: `title url`)."""
    if isinstance(value, dict):
        return " ".join(_flat(v) for v in value.values())
    if isinstance(value, list):
        return "; ".join(_flat(v) for v in value)
    return "" if value is None else str(value).strip()
