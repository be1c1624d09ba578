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
    """Vectors for the clauses of every text compared.

    Embeddings are made on demand (`embed`): only for clauses whose partner the words leave
    in doubt, since the model costs far more than TF-IDF. A semantic cosine involving a
    clause not embedded is NaN, and `fuse` then uses the words alone.
    """

    def __init__(self, texts: Sequence[str], embedder: Embedder | None) -> None:
        self.texts = list(texts)
        self.lexical = tfidf_matrix(self.texts)
        self.embedder = embedder if embedder is not None and embedder.available and self.texts else None
        self.semantic: np.ndarray | None = None
        self.embedded = np.zeros(len(self.texts), dtype=bool)

    @property
    def uses_meaning(self) -> bool:
        """True when the sentence-embedding model is there to be used."""
        return self.embedder is not None

    def embed(self, indexes: Sequence[int]) -> None:
        """Embed the clauses at `indexes` that are not embedded yet."""
        if self.embedder is None:
            return
        wanted = sorted({i for i in indexes if not self.embedded[i]})
        if not wanted:
            return
        vectors = self.embedder.vectors([self.texts[i] for i in wanted])
        if self.semantic is None:
            self.semantic = np.zeros((len(self.texts), vectors.shape[1]), dtype=np.float32)
        self.semantic[wanted] = vectors
        self.embedded[wanted] = True

    def _indicator(self, groups: Sequence[Group]) -> sparse.csr_matrix:
        rows = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
        cols = np.fromiter((i for g in groups for i in g), dtype=np.int64, count=len(rows))
        return sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                                 shape=(len(groups), max(len(self.texts), 1)))

    def vectors(self, groups: Sequence[Group]) -> tuple[sparse.csr_matrix, np.ndarray | None]:
        """Unit vectors of each group, lexical (sparse) and semantic (dense, NaN rows for groups
        with a clause not embedded; None without the model)."""
        pick = self._indicator(groups)
        lexical = _normalise_sparse(pick @ self.lexical)
        if self.embedder is None:
            return lexical, None
        semantic = np.full((len(groups), 1 if self.semantic is None else self.semantic.shape[1]), np.nan,
                           dtype=np.float32)
        if self.semantic is None:
            return lexical, semantic
        complete = np.nonzero(np.asarray(pick @ (~self.embedded).astype(np.float32)).ravel() == 0)[0]
        if len(complete):
            semantic[complete] = _normalise_dense(np.asarray(pick[complete] @ self.semantic, dtype=np.float32))
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
    """The fused score of each pair (0: unrelated, 1: the same point in other words, above 1
    closer still) (see the module docstring); words alone where the
    semantic cosine is missing (None, or NaN for a clause not embedded)."""
    lex = _ramp(lexical, LEXICAL_RAMP)
    if semantic is None:
        return lex
    both = np.maximum(lex, (lex + _ramp(np.nan_to_num(semantic, nan=0.0), SEMANTIC_RAMP)) / 2)
    return np.where(np.isnan(semantic), lex, both).astype(np.float32)


def _ramp(values: np.ndarray, anchors: tuple[float, float]) -> np.ndarray:
    """Linear from 0 at the low anchor; not capped at 1, so that among good matches the closer
    one still scores higher (a point against its verbatim twin beats it against twin + neighbour)."""
    low, high = anchors
    return np.maximum((values - low) / (high - low), 0.0)


def _normalise_sparse(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    matrix = sparse.csr_matrix(matrix)
    counts = np.diff(matrix.indptr)
    rows = np.repeat(np.arange(matrix.shape[0]), counts)
    norms = np.sqrt(np.bincount(rows, weights=matrix.data.astype(np.float64) ** 2, minlength=matrix.shape[0]))
    norms[norms == 0] = 1.0
    matrix.data = (matrix.data / np.repeat(norms, counts)).astype(np.float32)
    return matrix


def _normalise_dense(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms
