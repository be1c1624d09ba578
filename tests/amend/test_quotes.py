"""The rules shared by the instruction writer and the applier: whole tokens, spaces."""

from __future__ import annotations

import pytest

from drafter.diff.quotes import QuoteProblem, apply_changes, occurrences, word_changes


def _apply(text: str, kind: str, old: str, new: str = "", every: bool = False, side: str = "") -> str:
    return apply_changes(text, word_changes(text, kind, old, new, every, side))


def test_quotes_match_whole_tokens_only() -> None:
    assert occurrences("within 148 or 48 hours", "48") == [14]
    assert occurrences("See [[peace-board]] now", "[[peace-board]]") == [4]
    assert occurrences("a\nb", "a\nb") == []  # paragraph breaks are never quoted


@pytest.mark.parametrize(("text", "old", "expected"), [
    ("a b c", "b", "a c"),
    ("b c", "b", "c"),
    ("a b", "b", "a"),
    ("a b.", "b", "a."),
    ("a, b and c", ", b", "a and c"),
    ("one.\ntwo three", "two", "one.\nthree"),
])
def test_omitting_words_takes_one_run_of_spaces_with_them(text: str, old: str, expected: str) -> None:
    assert _apply(text, "omit", old) == expected


@pytest.mark.parametrize(("text", "anchor", "new", "side", "expected"), [
    ("cease fire", "cease", "all", "after", "cease all fire"),
    ("cease fire", "cease", ",", "after", "cease, fire"),
    ("signature.", "signature.", "Then more.", "after", "signature. Then more."),
    ("Hostilities stop", "Hostilities", "All", "before", "All Hostilities stop"),
    ("the units", "units", "(naval)", "before", "the (naval) units"),
])
def test_inserted_words_get_a_space_unless_punctuation_says_not(text: str, anchor: str, new: str, side: str,
                                                                expected: str) -> None:
    assert _apply(text, "insert", anchor, new, side=side) == expected


def test_in_each_place_and_ambiguity() -> None:
    assert _apply("should x should", "substitute", "should", "shall", every=True) == "shall x shall"
    with pytest.raises(QuoteProblem, match="found 2 times"):
        _apply("should x should", "substitute", "should", "shall")
    with pytest.raises(QuoteProblem, match="not found"):
        _apply("should x should", "omit", "shal")
