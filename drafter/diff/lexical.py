"""Lexical vectors for comparing clauses across texts: TF-IDF over word stems and n-grams.

Latin-script and other words are cut to their first five letters (a stemmer that needs no
language data: "security"/"secure", "decentralization"/"decentralisation" meet); Cyrillic
words, whose endings change with case and number, become character trigrams with word
boundaries marked ("України"/"Україна" share most of them). Numbers stay whole. Term
frequencies are sublinear (1 + log tf) and weighted by smoothed inverse document frequency
over every clause of every text compared, so words all texts use everywhere ("Ukraine" in a
Ukraine plan) count for little. Vectors are scipy sparse rows; a group of clauses (a cell
holding a split point) is the sum of its rows.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from drafter.diff.similarity import STOPWORDS

_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
STEM = 5
"""Letters kept of a non-Cyrillic word."""
GRAM = 3
"""Length of the character n-grams of a Cyrillic word."""
CYRILLIC_STOPWORDS = frozenset(
    "і й та в у на з із до по за від про що як це не а але або чи для при над під між ці ця цей "
    "и в во на с со к ко по за от о об что как это не а но или ли для при над под между эти эта этот".split()
)


def terms(text: str) -> Counter[str]:
    """The terms of `text`: word stems, whole numbers, trigrams of Cyrillic words."""
    found: Counter[str] = Counter()
    for word in _WORD.findall(text.lower()):
        if word in STOPWORDS or word in CYRILLIC_STOPWORDS:
            continue
        if word.isdigit():
            found[word] += 1
        elif _CYRILLIC.search(word):
            padded = f"<{word}>"
            found.update(padded[k:k + GRAM] for k in range(len(padded) - GRAM + 1))
        else:
            found[word[:STEM]] += 1
    return found


def tfidf_matrix(texts: Sequence[str]) -> sparse.csr_matrix:
    """One TF-IDF row per text (not normalised, so rows of a group can be summed)."""
    vocabulary: dict[str, int] = {}
    indptr, indices, counts = [0], [], []
    for text in texts:
        for term, count in terms(text).items():
            indices.append(vocabulary.setdefault(term, len(vocabulary)))
            counts.append(count)
        indptr.append(len(indices))
    shape = (len(texts), max(len(vocabulary), 1))
    tf = np.asarray(counts, dtype=np.float32)
    matrix = sparse.csr_matrix((1 + np.log(tf), np.asarray(indices, dtype=np.int64), indptr), shape=shape)
    df = np.bincount(matrix.indices, minlength=shape[1]).astype(np.float32)
    idf = np.log((1 + len(texts)) / (1 + df)) + 1
    return sparse.csr_matrix(matrix.multiply(idf[np.newaxis, :]))

