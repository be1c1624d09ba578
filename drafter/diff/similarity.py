"""How alike two clauses are, and which clauses are worth comparing at all.

The score is the Dice coefficient of the clauses' content-word stems (lower-cased words
without the commonest function words, cut to five letters, so "security"/"secure" and
"decentralization"/"decentralisation" meet), weighted 0.9, plus 0.1 times the Dice
coefficient of all their word stems, so that a change of "the" to "an" still shows. It
ignores word order, which suits two translations of one text as well as two drafts.

Following difflib's `_fancy_replace`, cheap filters run first: identical text
short-circuits, and a length bound rejects a pair before the multiset comparison.
`Blocker` finds candidates by shared rare stems, so matching n unmatched clauses
does not compare all n*n pairs.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import repeat

STOPWORDS = frozenset(
    ["a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "nor", "but", "as", "is", "are", "be", "been", "being", "was", "were", "it", "its", "this", "that", "these", "those", "such", "any", "all", "each", "every", "no", "not", "than", "then", "there", "their", "them", "they", "which", "who", "whom", "whose", "what", "when", "where", "while", "into", "onto", "upon", "under", "over", "about", "after", "before", "between", "within", "without", "also", "other", "including"]
)
_WORD = re.compile(r"\w+")
STEM = 5
"""Letters kept of each word: a crude stemmer that needs no language data."""


CONTENT_WEIGHT = 0.9
"""Weight of the content-word score; function words carry the rest."""


class Bag(Counter[str]):
    """The content-word stems of a text (a multiset), with all its word stems in `words`."""

    words: Counter[str]


def stems(text: str) -> Bag:
    """The content-word stems of `text` (all words if it has no content words)."""
    words = _WORD.findall(text.lower())
    stemmed = [w if w.isdigit() else w[:STEM] for w in words]  # inline: a call per word costs more than the rest
    content = [s for w, s in zip(words, stemmed) if w not in STOPWORDS] or stemmed
    bag = Bag(content)
    bag.words = Counter(stemmed)
    return bag


def shared(a: Counter[str], b: Counter[str]) -> int:
    """|a ∩ b| over multisets: `(a & b).total()` without building the intersection."""
    if len(a) > len(b):
        a, b = b, a
    return sum(map(min, a.values(), map(b.get, a.keys(), repeat(0))))


def dice(a: Counter[str], b: Counter[str]) -> float:
    """2 * |a ∩ b| / (|a| + |b|) over multisets; 1.0 for two empty ones."""
    size_a, size_b = a.total(), b.total()
    if not size_a and not size_b:
        return 1.0
    if 2 * min(size_a, size_b) / (size_a + size_b) == 0:
        return 0.0
    return 2 * shared(a, b) / (size_a + size_b)


def score(text_a: str, text_b: str, a: Bag, b: Bag, cutoff: float = 0.0) -> float:
    """Similarity of two clauses, 0 when a cheap bound shows it is under `cutoff`."""
    if text_a == text_b:
        return 1.0
    size_a, size_b = a.total(), b.total()
    if size_a + size_b and 2 * min(size_a, size_b) / (size_a + size_b) < cutoff:
        return 0.0  # difflib's real_quick_ratio: even full overlap could not reach the cutoff
    content = dice(a, b)
    if content < cutoff:
        return content
    return CONTENT_WEIGHT * content + (1 - CONTENT_WEIGHT) * dice(a.words, b.words)


def containment(part: Counter[str], whole: Counter[str]) -> float:
    """Share of `part`'s stems also in `whole`: how much of a piece came from a larger clause."""
    size = part.total()
    return shared(part, whole) / size if size else 0.0


class Blocker:
    """Candidate partners for a clause: those sharing one of its rarest stems."""

    def __init__(self, bags: Sequence[Counter[str]], keep: int = 4, common: int = 64) -> None:
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i, bag in enumerate(bags):
            for stem in bag:
                self.postings[stem].append(i)
        self.keep = keep
        self.common = common

    def candidates(self, bag: Counter[str]) -> Iterable[int]:
        """Indexes of clauses sharing one of `bag`'s `keep` rarest stems, in order."""
        ranked = sorted((len(self.postings.get(s, ())), s) for s in bag)
        found: set[int] = set()
        for count, stem in ranked[: self.keep]:
            if count and count <= self.common:
                found.update(self.postings[stem])
        if not found and ranked:  # every stem is common: fall back to the rarest one
            found.update(self.postings.get(ranked[0][1], ()))
        return sorted(found)
