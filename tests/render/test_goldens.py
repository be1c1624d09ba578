"""Golden files: Markdown, HTML and the .docx body of the small fixture, for review as diffs."""

from __future__ import annotations

from dataclasses import replace

import pytest

from drafter.render import FORMATS, render
from tests.render.conftest import canonical_xml, docx_part

CASES = {"plain": {}, "notes": {"with_notes": True}, "agreed": {"only": "agreed"}, "positions": {"view": "positions"}}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("to", sorted(FORMATS))
def test_output_matches_its_golden_file(small, options, golden, to: str, case: str) -> None:
    data = render(small, to, replace(options, **CASES[case]))
    if FORMATS[to].binary:
        golden(f"small-{case}.document.xml", canonical_xml(docx_part(data, "word/document.xml")))
    else:
        golden(f"small-{case}{FORMATS[to].extension}", data)


def test_word_list_definitions_match_their_golden_file(small, options, golden) -> None:
    """The list instances that number the clauses (one per run of siblings, a start on each)."""
    data = render(small, "docx", options)
    assert isinstance(data, bytes)
    golden("small-plain.numbering.xml", canonical_xml(docx_part(data, "word/numbering.xml")))
