"""The one allocator of `w:id` values in a Word document.

Comments, tracked changes (`w:ins`/`w:del`) and bookmarks share one id space in
practice: Word rejects or repairs a document with duplicate ids, so everything that
numbers an annotation asks the builder's single `Ids` instance.
"""

from __future__ import annotations


class Ids:
    """Hands out `w:id` values 0, 1, 2, ... never the same twice."""

    def __init__(self, start: int = 0) -> None:
        self._next = start

    def next(self) -> int:
        """A fresh id."""
        value = self._next
        self._next += 1
        return value

    @property
    def used(self) -> int:
        """How many ids have been handed out."""
        return self._next
