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


def finish(node: Node, notices: list[Notice]) -> bool:
    """Set `node`'s title, text and status in place; False when it turned out empty."""
    _brackets(node)
    if node.heading and node.paragraphs:
        node.title = node.paragraphs.pop(0).strip(_TRIM) or None
    elif node.lead and node.paragraphs and node.paragraphs[0].startswith(node.lead):
        node.title = node.lead.strip(_TRIM) or None
        first = node.paragraphs[0][len(node.lead):].lstrip(_TRIM)
        node.paragraphs[0:1] = [first] if first else []
    elif node.paragraphs:
        _colon_or_short(node)
    node.children = [child for child in node.children if finish(child, notices)]
    if not node.paragraphs and not node.children:
        if not node.title:
            notices.append(Notice(node.where, f"point '{node.mark}' has no text; left out"))
            return False
        node.paragraphs, node.title = [node.title], None
    return True


def _brackets(node: Node) -> None:
    """A point wholly in square brackets is a bracketed (disputed) clause."""
    texts = node.paragraphs
    if not texts or not texts[0].startswith("[") or texts[0].startswith("[["):
        return
    if not texts[-1].rstrip(".;").endswith("]") or texts[-1].rstrip(".;").endswith("]]"):
        return
    joined = "\n".join(texts)
    if joined.count("[") != 1 or joined.count("]") != 1:
        return
    texts[0] = texts[0][1:].lstrip()
    last = texts[-1].rstrip(".;")
    texts[-1] = last[:-1].rstrip() + texts[-1][len(last):]
    node.paragraphs = [t for t in texts if t]
    node.status = "bracketed"
    if node.lead and node.lead.startswith("["):
        node.lead = node.lead[1:].lstrip() or None


def _colon_or_short(node: Node) -> None:
    first = node.paragraphs[0]
    match = _COLON_LEAD.fullmatch(first)
    if match and len(match.group("title").split()) <= _MAX_TITLE_WORDS - 2:
        node.title = match.group("title").strip()
        node.paragraphs[0] = match.group("rest")
        return
    followed = len(node.paragraphs) > 1 or node.children
    if followed and len(first.split()) <= _MAX_TITLE_WORDS and not _ENDS_SENTENCE.search(first):
        if first[:1].isupper():
            node.title = node.paragraphs.pop(0)
