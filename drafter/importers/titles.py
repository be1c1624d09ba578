"""Settle a found point's title, text and status: lead-ins, brackets, title-only lines.

    **Ceasefire.** The Parties shall ...        bold lead-in  -> title `Ceasefire`
    Ceasefire: The Parties shall ...            colon lead-in -> title `Ceasefire`
    3. Humanitarian access  + text below        short line    -> title
    [The Parties shall ...]                     brackets      -> status bracketed
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafter.importers.paragraphs import Notice, shorten

if TYPE_CHECKING:
    from drafter.importers.structure import Node

_TRIM = " .:;\u2014\u2013-"
_COLON_LEAD = re.compile(r"(?P<title>[^\W\d_][^.:;!?()\[\]\"“]{1,60}?):\s+(?P<rest>[^\W\d_\"“«‘'].*|[\"“«‘'].*)")
"""`Title: Text`: a title in any script (not starting lower case), text that starts a sentence."""
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
    if node.title is None:  # a group's title is its heading line
        how = _title(node)
        if node.title:
            notices.append(Notice(node.where, f"title '{shorten(node.title, 50)}' ({how})", detail=True))
    node.title = _clean_title(node.title)
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
        if node.group:
            node.group, node.number = False, None  # a heading with nothing under it: a point after all
        node.paragraphs, node.title = [node.title], None
    return True


def _title(node: Node) -> str:
    """A heading, a bold lead-in (also inside an opening bracket), a colon lead-in or a short line;
    says which."""
    first = node.paragraphs[0] if node.paragraphs else ""
    opening = "[" if first.startswith("[") and node.lead and not node.lead.startswith("[") else ""
    if node.heading and node.paragraphs:
        node.title = node.paragraphs.pop(0).strip(_TRIM) or None
        return "a heading"
    if node.lead and first[len(opening):].startswith(node.lead):
        node.title = node.lead.strip(_TRIM + "[") or None
        rest = first[len(opening) + len(node.lead):].lstrip(_TRIM)
        node.paragraphs[0:1] = [opening + rest] if rest else []
        return "bold lead-in"
    return _colon_or_short(node) if node.paragraphs else ""


def _status_suffix(node: Node) -> None:
    """`Title — bracketed` in a heading or bold lead-in, or `1. Text — agreed` ending an untitled
    point's first paragraph: the status drafter printed."""
    match = _STATUS.fullmatch(node.paragraphs[0]) if node.paragraphs else None
    if match is None:
        return
    head, untitled = match.group("head"), not node.heading and not node.lead
    if node.heading or untitled or not head or head == node.lead:
        node.explicit = match.group("status")
        node.paragraphs[0:1] = [head] if head else []
        node.heading = node.heading and bool(head)  # `### 3. — agreed`: no title


def split_status(text: str) -> tuple[str, str | None]:
    """`Title — bracketed` as drafter prints it -> (`Title`, `bracketed`); (text, None) otherwise."""
    match = _STATUS.fullmatch(text)
    return (match.group("head"), match.group("status")) if match and match.group("head") else (text, None)


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


def _colon_or_short(node: Node) -> str:
    first = node.paragraphs[0]
    match = _COLON_LEAD.fullmatch(first)
    if match and len(match.group("title").split()) <= _MAX_TITLE_WORDS - 2 and _sentence_start(match):
        node.title = match.group("title").strip()
        node.paragraphs[0] = match.group("rest")
        return "words before a colon"
    followed = len(node.paragraphs) > 1 or node.children
    short = len(first.split()) <= _MAX_TITLE_WORDS and not _ENDS_SENTENCE.search(first)
    if followed and (short or _colon_title(first)) and first[:1].isupper():
        node.title = node.paragraphs.pop(0).rstrip(":").strip()
        return "a short line above the text"
    if len(node.paragraphs) == 1 and node.children and _heading_line(first):
        node.title = node.paragraphs.pop(0)
        return "a heading line over its sub-points"
    return ""


def _heading_line(line: str) -> bool:
    """A line that heads sub-points: up to 12 words, capitalised, no final punctuation."""
    return len(line.split()) <= 12 and line[:1].isupper() and not _ENDS_SENTENCE.search(line)


def _sentence_start(match: re.Match[str]) -> bool:
    """Neither the title nor the text after the colon starts in lower case (caseless scripts pass)."""
    return not match.group("title")[0].islower() and not match.group("rest")[0].islower()


_VERBS = frozenset("shall will must should may agree agrees agreed are is be has have follows following".split())


_LEADS_ON = frozenset("which that who whom as to and or of with яка який які що та і або якi которая который которые "
                      "что и или".split())


def _colon_title(line: str) -> bool:
    """`US guarantee:` on its own line above the text: a title, unlike `A harbour office shall:` or
    `a commission, which:` (a sentence running on into its sub-points)."""
    words = line.rstrip(":").split()
    return (line.endswith(":") and 0 < len(words) <= 4 and "," not in line
            and not _VERBS.intersection(w.lower() for w in words) and words[-1].lower() not in _LEADS_ON)


_CLOSING = {'"': '"', "”": "“", "»": "«", "’": "‘"}


def _clean_title(title: str | None) -> str | None:
    """A title without quotation marks around it, and without a closing one it never opened."""
    if not title:
        return title
    from drafter.importers.metadata import unquote

    title = unquote(title)
    if title[-1:] in _CLOSING and _CLOSING[title[-1]] not in title[:-1]:
        title = title[:-1].rstrip()
    return title or None
