"""Substantive-change flags."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.diff import flags
from drafter.diff.flags import substantive_flags
from drafter.figures import NUMERAL


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


_PIECES = [*flags._NUMBER_WORDS, *flags._MONTHS, "km", "kilometres", "metre", "m", "miles", "nautical miles", "hours",
           "day", "weeks", "years", "seconds", "monday", "shall", "may", "not", "could", "12", "1,000", "2.5",
           "1 000", "2025-10-21", "٧٢", "teen", "ty", "th", "s", "x", " ", "  ", "-", ",", ".", "\n", "_"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_the_fast_patterns_find_what_the_plain_ones_find(pieces: list[str]) -> None:
    """The factored number words and the first-letter lookaheads change the speed, never the matches."""
    text = "".join(pieces)
    numeral = rf"(?:{NUMERAL}|" + "|".join(flags._NUMBER_WORDS) + r")"
    month = r"(?:" + "|".join(flags._MONTHS) + r")"
    plain = {
        flags._NUMBERS: rf"\b{numeral}\b",
        flags._DISTANCE: rf"\b{numeral}[\s-]*(?:km|kilomet(?:re|er)s?|metres?|meters?|miles?|m|nautical\s+miles?)\b",
        flags._DURATION: rf"\b{numeral}[\s-]*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b",
        flags._DATE: rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{month}(?:\s+\d{{4}})?|{month}\s+\d{{1,2}}"
                     rf"(?:,?\s+\d{{4}})?|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
        flags._MODAL: r"\b(?:shall|should|may|will|must|might|can|could|would)(?:\s+not)?\b",
    }
    for fast, pattern in plain.items():
        assert fast.findall(text) == re.findall(pattern, text), pattern
