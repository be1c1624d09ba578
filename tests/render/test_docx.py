"""Word output: named styles, header and footer, fields, comments, core properties, schema."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from openxml_audit import OpenXmlValidator

from drafter.errors import TemplateError
from drafter.render import render
from tests.render.conftest import CLOCK, docx_part
from tests.word_numbers import printed


def read(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def test_clause_paragraphs_use_named_clause_styles(small, options) -> None:
    data = render(small, "docx", options)
    doc = read(data)
    styled = printed(data)  # list numbers as Word prints them, then the text
    assert ("Clause 1", "1.\tTruce") in styled
    assert ("Point 2", "(b)\tIt starts at noon.") in styled  # untitled: number and text on one line
    assert ("Clause Body 2", "Orders go out at once under point\u00a01(a).") in styled
    assert ("Clause 2", "(a)\tScope") in styled
    assert ("Clause 3", "(i)\tOrders") in styled
    assert ("Clause Body 2", "[Talks open within 30 days.]") in styled
    assert ("Alternative", "Alt 1 (Betaland): [The line becomes the border.]") in styled
    assert ("Heading 1", "Annex A: The line") in styled
    assert styled[0] == ("Title", "Small truce & test agreement")
    assert all(not run.font.bold and run.font.name is None for p in doc.paragraphs for run in p.runs)


def test_header_says_draft_and_footer_counts_pages_with_fields(small, options) -> None:
    data = render(small, "docx", options)
    section = read(data).sections[0]
    assert section.header.paragraphs[0].text == "Small truce & test agreement · Version 1.10 · 2025-11-02 · DRAFT"
    footer = docx_part(data, "word/footer1.xml").decode()
    assert '<w:instrText xml:space="preserve"> PAGE </w:instrText>' in footer
    assert '<w:instrText xml:space="preserve"> NUMPAGES </w:instrText>' in footer
    assert section.footer.paragraphs[0].text == "DRAFT · Page 1 of 1"  # cached field results


def test_an_agreed_proposal_is_not_marked_draft(small, options) -> None:
    agreed = replace(small, status="agreed")
    header = read(render(agreed, "docx", options)).sections[0].header.paragraphs[0].text
    assert header.endswith("· AGREED")


def test_core_properties(small, options) -> None:
    core = read(render(small, "docx", options)).core_properties
    assert (core.title, core.author, core.version, core.created) == (
        "Small truce & test agreement", "Test drafting team", "1.10", CLOCK)


def test_notes_become_real_comments_on_the_clause(small, options) -> None:
    data = render(small, "docx", replace(options, with_notes=True))
    comments = docx_part(data, "word/comments.xml").decode()
    assert "Keep short." in comments and "Tabled on 1 November." in comments
    body = docx_part(data, "word/document.xml").decode()
    assert body.count("<w:commentReference") == 2 and 'w:author="Test drafting team"' in comments
    assert "Keep short." not in body


def test_without_notes_there_is_no_comments_part(small, options) -> None:
    with pytest.raises(KeyError):
        docx_part(render(small, "docx", options), "word/comments.xml")


def test_positions_view_is_a_styled_table(small, options) -> None:
    doc = read(render(small, "docx", replace(options, view="positions")))
    table = doc.tables[0]
    assert table.style.name == "Positions Table"
    assert [c.text for c in table.rows[0].cells] == ["Point", "Clause", "Status", "Alphaland", "Betaland"]
    assert [c.text for c in table.rows[2].cells] == ["2", "Border", "bracketed", "supports", "opposes"]


@pytest.mark.parametrize("case", [{}, {"with_notes": True}, {"only": "agreed"}, {"view": "positions"}])
def test_every_docx_passes_the_ooxml_schema(small, options, tmp_path: Path, case: dict) -> None:
    path = tmp_path / "out.docx"
    path.write_bytes(render(small, "docx", replace(options, **case)))
    result = OpenXmlValidator().validate(str(path))
    assert result.error_count == 0, [str(e) for e in result.errors]


def test_the_twelve_point_plan_passes_the_ooxml_schema(tmp_path: Path, options) -> None:
    from drafter.load import load_path
    from tests.conftest import TWELVE_POINT

    path = tmp_path / "plan.docx"
    path.write_bytes(render(load_path(TWELVE_POINT), "docx", replace(options, with_notes=True)))
    assert OpenXmlValidator().validate(str(path)).error_count == 0


def test_jinja_in_a_reference_document_is_sandboxed(small, options, tmp_path: Path) -> None:
    reference = docx.Document(str(Path("templates/proposal.docx").resolve()))
    reference.sections[0].header.paragraphs[0].text = "{{ ''.__class__.__mro__ }}"
    path = tmp_path / "evil.docx"
    reference.save(str(path))
    with pytest.raises(TemplateError, match=r"evil.docx \(word/header\d?.xml\), paragraph 1: refused by the template sandbox"):
        render(small, "docx", replace(options, template=path))


def test_jinja_split_across_runs_is_joined(small, options, tmp_path: Path) -> None:
    reference = docx.Document(str(Path("templates/proposal.docx").resolve()))
    paragraph = reference.sections[0].header.paragraphs[0]
    paragraph.text = ""
    for piece in ("{{ ti", "tle }} / {{ st", "ate }}"):
        paragraph.add_run(piece)
    path = tmp_path / "split.docx"
    reference.save(str(path))
    header = read(render(small, "docx", replace(options, template=path))).sections[0].header
    assert header.paragraphs[0].text == "Small truce & test agreement / DRAFT"
