"""On generated pairs, accepting every change gives the new version and rejecting the old.

The pairs (pairs.py) get random word edits, paragraph splits and joins, retitles, status
changes, additions, removals and moves at any depth; the comparison is of every paragraph's
style and text after Word's accept/reject rules (review.py), against `drafter render`.
"""

from __future__ import annotations

import pytest

from drafter.diff import diff_proposals
from drafter.render.redline import RedlineOptions, render_redline
from tests.redline_docx.conftest import CLOCK, from_yaml, plain_docx
from tests.redline_docx.pairs import pair
from tests.redline_docx.review import W, document_xml, paragraphs


@pytest.mark.parametrize("seed", range(60))
def test_accept_gives_new_and_reject_gives_old(seed: int) -> None:
    old_yaml, new_yaml = pair(seed, edits=4 + seed % 20)
    old, new = from_yaml(old_yaml, "old"), from_yaml(new_yaml, "new")
    redline = diff_proposals(old, new)
    data = render_redline(redline, "docx", RedlineOptions(date=CLOCK))
    assert paragraphs(data, "accept") == paragraphs(plain_docx(new)), redline.summary()
    assert paragraphs(data, "reject") == paragraphs(plain_docx(old)), redline.summary()


@pytest.mark.parametrize("seed", range(8))
def test_the_benchmark_generator_pairs(seed: int) -> None:
    from bench.generate import generate

    files = generate(60, seed)
    old, new = from_yaml(files["v1.yaml"], "v1"), from_yaml(files["v2.yaml"], "v2")
    data = render_redline(diff_proposals(old, new), "docx", RedlineOptions(date=CLOCK))
    assert paragraphs(data, "accept") == paragraphs(plain_docx(new))
    assert paragraphs(data, "reject") == paragraphs(plain_docx(old))


@pytest.mark.parametrize("seed", range(20))
def test_ids_are_unique_and_every_revision_is_signed(seed: int) -> None:
    old, new = (from_yaml(text, name) for text, name in zip(pair(seed, 15), ("old", "new")))
    data = render_redline(diff_proposals(old, new), "docx", RedlineOptions(author="A. Drafter", date=CLOCK))
    root = document_xml(data)
    ids = [e.get(W + "id") for e in root.iter() if e.get(W + "id") is not None]
    assert len(ids) == len(set(ids))
    for revision in root.iter(W + "ins", W + "del", W + "pPrChange"):
        assert revision.get(W + "author") == "A. Drafter"
        assert revision.get(W + "date") == "2025-10-22T00:00:00Z"
