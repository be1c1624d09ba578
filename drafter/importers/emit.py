"""Proposal data -> YAML text in drafter's own style, for people to read and edit.

Block scalars (`|`) for text, wrapped at word boundaries (the loader folds lines back
into paragraphs, so wrapping never changes the text); plain scalars where YAML 1.1
cannot mistype them, double quotes everywhere else. The output always loads back with
`drafter.load.load_bytes` (the importer checks that, see `drafter.importers`).
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any

WIDTH = 96
_BLOCK_KEYS = frozenset({"text", "preamble"})
_PLAIN = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff][^:#\[\]{},&*!|>'\"%@`\n]*")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_YAML11_WORDS = frozenset("y n yes no on off true false null".split())


def to_yaml(data: dict[str, Any], comment: str = "") -> str:
    """`data` (a proposal as plain dicts, lists and strings) as YAML text."""
    lines = [f"# {line}".rstrip() for line in comment.splitlines()]
    lines += _mapping(data, 0)
    return "\n".join(lines) + "\n"


def mapping_lines(data: dict[str, Any], indent: int) -> list[str]:
    """`data` as the lines of a block mapping indented by `indent` spaces, to put into a file."""
    return _mapping(data, indent)


def _mapping(data: dict[str, Any], indent: int) -> list[str]:
    pad = " " * indent
    out: list[str] = []
    for key, value in data.items():
        if key == "clauses" and indent == 0:
            out.append("")
        if isinstance(value, list):
            if not value:
                out.append(f"{pad}{key}: []")
                continue
            out.append(f"{pad}{key}:")
            out += _sequence(value, indent + 2, spaced=indent == 0 and key in ("clauses", "annexes"))
        elif isinstance(value, dict):
            out.append(f"{pad}{key}:" if value else f"{pad}{key}: {{}}")
            out += _mapping(value, indent + 2)
        elif isinstance(value, str) and (key in _BLOCK_KEYS or "\n" in value):
            out += _block(key, value, indent)
        else:
            out.append(f"{pad}{key}: {scalar(value)}")
    return out


def _sequence(items: list[Any], indent: int, spaced: bool = False) -> list[str]:
    pad = " " * indent
    out: list[str] = []
    for i, item in enumerate(items):
        if spaced and i and isinstance(item, dict):
            out.append("")
        if isinstance(item, dict):
            body = _mapping(item, indent + 2)
            out.append(f"{pad}- {body[0].lstrip()}")
            out += body[1:]
        else:
            out.append(f"{pad}- {scalar(item)}")
    return out


def _block(key: str, text: str, indent: int) -> list[str]:
    """`key: |` and the text's paragraphs, wrapped, separated by blank lines."""
    pad = " " * (indent + 2)
    out = [f"{' ' * indent}{key}: |"]
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    for i, paragraph in enumerate(paragraphs):
        if i:
            out.append("")
        out += [pad + line for line in _wrap(paragraph, WIDTH - len(pad))]
    return out


def _wrap(paragraph: str, width: int) -> list[str]:
    if paragraph != " ".join(paragraph.split()):
        return [paragraph]  # wrapping would fold its runs of spaces: keep it on one line
    return textwrap.wrap(" ".join(paragraph.split()), width=max(width, 40), break_long_words=False,
                         break_on_hyphens=False) or [""]


def scalar(value: Any) -> str:
    """One YAML scalar: plain when safe in YAML 1.1, else double-quoted."""
    if isinstance(value, bool) or value is None:
        raise TypeError(f"no booleans or nulls in proposal data: {value!r}")
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if _DATE.fullmatch(text):
        return text  # drafter's loader keeps a bare date as the string written
    if _PLAIN.fullmatch(text) and text.lower() not in _YAML11_WORDS and text == text.strip() \
            and not text.endswith(":") and " #" not in text and ": " not in text:
        return text
    return json.dumps(text, ensure_ascii=False)
