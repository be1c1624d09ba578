"""Settle a found point's title, text and status: lead-ins, brackets, title-only lines.

    **Ceasefire.** The Parties shall ...        bold lead-in  -> title `Ceasefire`
    Ceasefire: The Parties shall ...            colon lead-in -> title `Ceasefire`
    3. Humanitarian access  + text below        short line    -> title
    [The Parties shall ...]                     brackets      -> status bracketed
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafter.importers.paragraphs import Notice

if TYPE_CHECKING:
    from drafter.importers.structure import Node

_TRIM = " .:;\u2014\u2013-"
_COLON_LEAD = re.compile(r"(?P<title>[A-ZА-ЯЄІЇҐ][^.:;!?()\[\]\"“]{1,60}?):\s+(?P<rest>[A-ZА-ЯЄІЇҐ\"“«‘'].*)")
_ENDS_SENTENCE = re.compile(r"[.;:!?,”\"»’)]$")
_MAX_TITLE_WORDS = 8
_STATUS = re.compile(r"(?P<head>.*?)\s*\u2014\s*(?P<status>agreed|proposed|bracketed|withdrawn)")


def finish(node: Node, notices: list[Notice], inherited: str | None = None, in_brackets: bool = False) -> bool:
    """Set `node`'s title, text and status in place; False when it turned out empty.

    `inherited` is the parent's status when the source printed statuses (drafter's own
    renderings print one only where it differs from the parent's); `in_brackets` is True
    under a bracketed parent, whose sub-clauses are printed in brackets too.
    """
    _status_suffix(node)
    _title(node)
    wholly = _wholly_bracketed(node.paragraphs)
    node.status = node.explicit or inherited or ("bracketed" if wholly else "proposed")
    in_brackets = in_brackets or node.status == "bracketed"
    if wholly and in_brackets:
        node.paragraphs = _unbracket(node.paragraphs)
    node.alternatives = [(party, _unbracket(texts)) for party, texts in node.alternatives]
    passed = node.status if node.explicit or inherited else None
    node.children = [child for child in node.children if finish(child, notices, passed, in_brackets)]
    if not node.paragraphs and not node.children:
        if not node.title:
            notices.append(Notice(node.where, f"point '{node.mark}' has no text; left out"))
            return False
        node.paragraphs, node.title = [node.title], None
    return True


def _title(node: Node) -> None:
    """A heading, a bold lead-in (also inside an opening bracket), a colon lead-in or a short line."""
    first = node.paragraphs[0] if node.paragraphs else ""
    opening = "[" if first.startswith("[") and node.lead and not node.lead.startswith("[") else ""
    if node.heading and node.paragraphs:
        node.title = node.paragraphs.pop(0).strip(_TRIM) or None
    elif node.lead and first[len(opening):].startswith(node.lead):
        node.title = node.lead.strip(_TRIM + "[") or None
        rest = first[len(opening) + len(node.lead):].lstrip(_TRIM)
        node.paragraphs[0:1] = [opening + rest] if rest else []
    elif node.paragraphs:
        _colon_or_short(node)


def _status_suffix(node: Node) -> None:
    """`Title — bracketed` in a heading or bold lead-in: the status drafter printed."""
    if not node.paragraphs or not (node.heading or node.lead or node.paragraphs[0].startswith("\u2014")):
        return
    match = _STATUS.fullmatch(node.paragraphs[0])
    if match and (node.heading or not match.group("head") or match.group("head") == node.lead):
        node.explicit = match.group("status")
        node.paragraphs[0:1] = [match.group("head")] if match.group("head") else []
        node.heading = node.heading and bool(match.group("head"))  # `### 3. — agreed`: no title


def _wholly_bracketed(texts: list[str]) -> bool:
    """True when the paragraphs open with `[` and close with `]` (one pair, not `[[id]]`)."""
    if not texts or not texts[0].startswith("[") or texts[0].startswith("[["):
        return False
    last = texts[-1].rstrip(".;")
    return last.endswith("]") and not last.endswith("]]") and _balanced_outer("\n".join(texts))


def _balanced_outer(text: str) -> bool:
    depth = 0
    for i, char in enumerate(text):
        depth += (char == "[") - (char == "]")
        if depth == 0 and i < len(text.rstrip(".;")) - 1:
            return False  # the opening bracket closes before the end: `[a] and [b]`
    return depth == 0


def _unbracket(texts: list[str]) -> list[str]:
    if not _wholly_bracketed(texts):
        return texts
    texts = list(texts)
    texts[0] = texts[0][1:].lstrip()
    last = texts[-1].rstrip(".;")
    texts[-1] = last[:-1].rstrip() + texts[-1][len(last):]
    return [t for t in texts if t]


def _colon_or_short(node: Node) -> None:
    first = node.paragraphs[0]
    match = _COLON_LEAD.fullmatch(first)
    if match and len(match.group("title").split()) <= _MAX_TITLE_WORDS - 2:
        node.title = match.group("title").strip()
        node.paragraphs[0] = match.group("rest")
        return
    followed = len(node.paragraphs) > 1 or node.children
    short = len(first.split()) <= _MAX_TITLE_WORDS and not _ENDS_SENTENCE.search(first)
    if followed and short and first[:1].isupper():
        node.title = node.paragraphs.pop(0)
