"""Substantive-change flags."""

from __future__ import annotations

import pytest

from drafter.diff.flags import substantive_flags


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("stop within 48 hours", "stop within 72 hours", ("number", "duration")),
        ("a zone of 15 km", "a zone of 20 km", ("number", "distance")),
        ("a zone of fifteen kilometres", "a zone of twenty kilometres", ("number", "distance")),
        ("talks on 21 October 2025", "talks on 22 October 2025", ("number", "date")),
        ("talks on 2025-10-21", "talks on 2025-11-21", ("number", "date")),
        ("the Parties shall withdraw", "the Parties should withdraw", ("modal",)),
        ("the Parties may withdraw", "the Parties may not withdraw", ("modal",)),
        ("Ukraine shall withdraw", "the Russian Federation shall withdraw", ("party",)),
        ("the cat sat on the mat", "a cat sat on a rug", ()),
        ("same", "same", ()),
    ],
)
def test_flags(old: str, new: str, expected: tuple[str, ...]) -> None:
    names, ids = ["Ukraine", "Russian Federation"], ["UA", "RU", "US"]
    assert substantive_flags(old, new, names, ids) == expected


def test_a_party_id_matches_only_as_written() -> None:
    assert substantive_flags("let us talk", "let them talk", [], ["US"]) == ()
    assert substantive_flags("US troops", "EU troops", [], ["US", "EU"]) == ("party",)


def test_may_as_a_month_is_not_a_modal() -> None:
    assert substantive_flags("from 1 May the Parties shall", "from 2 May the Parties shall") == ("number", "date")
