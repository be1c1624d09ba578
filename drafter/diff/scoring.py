"""How alike two groups of clauses are, by words and by meaning, and the two fused.

A `Space` holds a vector per clause of every text compared: a TF-IDF row
(`drafter.diff.lexical`) and, when the model is available, a sentence embedding
(`drafter.diff.semantic`). A group of clauses (a split point's pieces) is the sum of its
rows, normalised, so a point and its two halves compare as whole texts.

Fusion. The two cosines live on different scales: unrelated clauses of one negotiation
share words rarely (TF-IDF cosine near 0.05) but always share a topic (embedding cosine
near 0.3). Each is therefore mapped onto the scale where 0 is "unrelated" and 1 is "the
same point in other words" by a linear ramp between two anchors (`LEXICAL_RAMP`,
`SEMANTIC_RAMP`); the fused score is the larger of the mapped lexical score and the mean of
the two. So a clear lexical match is never pulled down by a confused embedding (on whole
clauses of one translation TF-IDF is the better signal), while a paraphrase that shares
no words ("all fighting stops at once" for "an immediate cessation of hostilities") gets
half its weight from meaning. Ranks are fused as well (reciprocal-rank fusion,
`rrf_bonus`): a pair that both signals rank first for both clauses gains a small bonus.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from drafter.diff.lexical import tfidf_matrix
from drafter.diff.semantic import Embedder

Group = tuple[int, ...]
"""Indexes of clauses in a Space, read as one text."""

LEXICAL_RAMP = (0.05, 0.55)
"""TF-IDF cosines mapped to 0 and 1."""
SEMANTIC_RAMP = (0.35, 0.85)
"""Embedding cosines mapped to 0 and 1."""


class Space:
    """Vectors for the clauses of every text compared."""

    def __init__(self, texts: Sequence[str], embedder: Embedder | None) -> None:
        self.texts = list(texts)
        self.lexical = tfidf_matrix(self.texts)
        self.semantic: np.ndarray | None = None
        if embedder is not None and embedder.available and self.texts:
            self.semantic = embedder.vectors(self.texts)

    def _indicator(self, groups: Sequence[Group]) -> sparse.csr_matrix:
        rows = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
        cols = np.fromiter((i for g in groups for i in g), dtype=np.int64, count=len(rows))
        return sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                                 shape=(len(groups), max(len(self.texts), 1)))

    def vectors(self, groups: Sequence[Group]) -> tuple[sparse.csr_matrix, np.ndarray | None]:
        """Unit vectors of each group, lexical (sparse) and semantic (dense or None)."""
        pick = self._indicator(groups)
        lexical = _normalise_sparse(pick @ self.lexical)
        semantic = None
        if self.semantic is not None:
            semantic = _normalise_dense(np.asarray(pick @ self.semantic, dtype=np.float32))
        return lexical, semantic

    def matrix(self, a: Sequence[Group], b: Sequence[Group]) -> tuple[np.ndarray, np.ndarray | None]:
        """Cosines of every group of `a` with every group of `b`: (lexical, semantic or None)."""
        lex_a, sem_a = self.vectors(a)
        lex_b, sem_b = self.vectors(b)
        lexical = np.asarray((lex_a @ lex_b.T).toarray(), dtype=np.float32)
        semantic = sem_a @ sem_b.T if sem_a is not None and sem_b is not None else None
        return lexical, semantic

    def pairwise(self, a: Sequence[Group], b: Sequence[Group]) -> tuple[np.ndarray, np.ndarray | None]:
        """Cosine of `a[k]` with `b[k]` for each k: (lexical, semantic or None)."""
        lex_a, sem_a = self.vectors(a)
        lex_b, sem_b = self.vectors(b)
        lexical = np.asarray(lex_a.multiply(lex_b).sum(axis=1), dtype=np.float32).ravel()
        semantic = None
        if sem_a is not None and sem_b is not None:
            semantic = np.einsum("ij,ij->i", sem_a, sem_b)
        return lexical, semantic


def fuse(lexical: np.ndarray, semantic: np.ndarray | None) -> np.ndarray:
    """The fused 0..1 score of each pair (see the module docstring)."""
    lex = _ramp(lexical, LEXICAL_RAMP)
    if semantic is None:
        return lex
    return np.maximum(lex, (lex + _ramp(semantic, SEMANTIC_RAMP)) / 2)


def _ramp(values: np.ndarray, anchors: tuple[float, float]) -> np.ndarray:
    low, high = anchors
    return np.clip((values - low) / (high - low), 0.0, 1.0)


def _normalise_sparse(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


def _normalise_dense(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms
