"""A plain unified line diff, for files that are not proposals (or do not load as one)."""

from __future__ import annotations

import difflib


def unified_diff(old: bytes, new: bytes, old_name: str, new_name: str) -> str:
    """`diff -u` of two files' lines, headed `a/OLD-NAME` and `b/NEW-NAME`."""
    lines = difflib.unified_diff(old.decode("utf-8", "replace").splitlines(),
                                 new.decode("utf-8", "replace").splitlines(),
                                 f"a/{old_name}", f"b/{new_name}", lineterm="")
    return "\n".join(lines)
