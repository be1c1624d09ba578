"""Readable, stable clause ids from titles or first words: `ceasefire-line`, `release-hostages-2`.

Titles in any script give ASCII ids through anyascii (ISC licence, one table per script,
no dependencies): `Припинення вогню` -> `pripinennya-vognyu`, `وقف إطلاق النار` -> `wqf-tlq-lnr`.

The same text always gives the same id, so importing a text twice gives the same file,
and a clause keeps its id when other clauses around it change.
"""

from __future__ import annotations

import re

from anyascii import anyascii

_STOP = frozenset(
    "a an the of to and or for in on at by with from as all any its their this that these those "
    "be is are shall will should must which who such into".split()
)
MAX_WORDS = 5
MAX_LENGTH = 48


def slug_words(text: str) -> list[str]:
    """Lower-case ASCII words of `text`, any script transliterated (anyascii: Cyrillic, Arabic,
    Hebrew, Greek, ...), accents dropped."""
    text = re.sub(r"['’]s\b", "", text.lower())  # `Ukraine’s` -> `ukraine`
    return re.findall(r"[a-z0-9]+", anyascii(text).lower())


def slugify(text: str, max_words: int = MAX_WORDS) -> str:
    """A slug of the first meaningful words of `text`; '' if it has none."""
    words = slug_words(text)
    meaningful = [w for w in words if w not in _STOP] or words
    slug = "-".join(meaningful[:max_words])
    while len(slug) > MAX_LENGTH and "-" in slug:
        slug = slug.rsplit("-", 1)[0]
    return slug[:MAX_LENGTH].strip("-")


class IdMaker:
    """Hands out unique ids: the slug, then `slug-2`, `slug-3`, ..."""

    def __init__(self, taken: set[str] | None = None) -> None:
        self.taken = set(taken or ())
        self.counts: dict[str, int] = {}
        """The last suffix handed out for each slug, so a thousand `point`s do not take a million tries."""

    def make(self, text: str, fallback: str) -> str:
        """A fresh id for a clause titled or starting with `text`; `fallback` if no words."""
        base = slugify(text) or slugify(fallback) or "point"
        n = self.counts.get(base, 1)
        ident = base if n == 1 else f"{base}-{n}"
        while ident in self.taken:
            n += 1
            ident = f"{base}-{n}"
        self.counts[base] = n
        self.taken.add(ident)
        return ident
