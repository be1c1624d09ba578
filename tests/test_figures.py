"""Figures compared by value across languages and scripts (drafter/figures.py)."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter.diff.flags import substantive_flags
from drafter.figures import figures, value


@pytest.mark.parametrize(("text", "found"), [
    ("within 72 hours", {"72": 1}),
    ("протягом 72 годин", {"72": 1}),
    ("в течение 72 часов", {"72": 1}),
    ("خلال ٧٢ ساعة", {"72": 1}),
    ("1,000 metres, 1.000 metres, 1 000 metres, 1\u00a0000 metres, 1\u202f000 metres", {"1000": 5}),
    ("2.5 km or 2,5 km", {"2.5": 2}),
    ("15% and 15 % and 15 відсотків", {"15": 3}),
    ("the 21st of October, 21-го жовтня", {"21": 2}),
    ("see [[press-report-2025-10-22]] and Annex A4", {}),
    ("twelve points", {}),
])
def test_figures(text: str, found: dict[str, int]) -> None:
    assert figures(text) == Counter(found)


@given(st.integers(min_value=1000, max_value=10**9), st.sampled_from([",", ".", " ", "\u00a0", "\u202f"]))
def test_thousands_grouped_any_way_are_the_same_figure(n: int, separator: str) -> None:
    grouped = f"{n:,}".replace(",", separator)
    assert value(grouped) == str(n)
    assert figures(f"about {grouped} troops") == Counter({str(n): 1})


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=1, max_value=99))
def test_a_decimal_comma_is_a_decimal_point(whole: int, tenths: int) -> None:
    assert value(f"{whole},{tenths}") == value(f"{whole}.{tenths}") == f"{whole}.{tenths}"


def test_the_diff_flags_read_numbers_with_the_same_pattern() -> None:
    assert substantive_flags("withdraw 1 000 metres", "withdraw 1 000 metres back") == ()
    assert "number" in substantive_flags("withdraw 1 000 metres", "withdraw 1 500 metres")
