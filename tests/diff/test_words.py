"""Word spans: diff-match-patch at word granularity, no timeout, spans rebuild both texts."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.diff import word_spans
from drafter.diff.redline import Span
from drafter.diff.words import span_ratio, tokens


def test_changed_words_are_whole_words() -> None:
    spans = word_spans("Hostilities should stop within 48 hours.", "Hostilities shall stop within 72 hours.")
    assert spans == (
        Span("equal", "Hostilities "), Span("delete", "should"), Span("insert", "shall"),
        Span("equal", " stop within "), Span("delete", "48"), Span("insert", "72"), Span("equal", " hours."),
    )


def test_a_cross_reference_is_one_token() -> None:
    assert tokens("see [[peace-board]].") == ["see", " ", "[[peace-board]]", "."]
    spans = word_spans("under [[peace-board]]", "under [[monitoring]]")
    assert Span("delete", "[[peace-board]]") in spans and Span("insert", "[[monitoring]]") in spans


def test_semantic_cleanup_merges_scattered_equalities() -> None:
    spans = word_spans("the cat sat on the mat", "a dog ran under a table")
    assert spans == (Span("delete", "the cat sat on the mat"), Span("insert", "a dog ran under a table"))


def test_identical_and_empty_texts() -> None:
    assert word_spans("same text", "same text") == (Span("equal", "same text"),)
    assert word_spans("", "") == ()
    assert word_spans("", "new") == (Span("insert", "new"),)


def test_span_ratio() -> None:
    assert span_ratio(word_spans("a b", "a b")) == 1.0
    assert span_ratio(word_spans("abc", "xyz")) == 0.0


texts = st.lists(st.sampled_from(list("ab cd,.\n") + ["[[x-y]]", "shall", "72", "é"]), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_spans_rebuild_old_and_new(old: str, new: str) -> None:
    spans = word_spans(old, new)
    assert "".join(s.text for s in spans if s.op != "insert") == old
    assert "".join(s.text for s in spans if s.op != "delete") == new
    assert all(s.text for s in spans)
    assert all(a.op != b.op for a, b in pairwise(spans))
