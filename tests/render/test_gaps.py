"""Gaps in the source text (`gaps:`): every rendering prints each one where it is, in the
document's language, so a cut-off or fragmentary copy never reads as whole."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import docx
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from openxml_audit import OpenXmlValidator

from drafter.dump import proposal_data
from drafter.load import load_bytes, load_path
from drafter.model import Gap, Proposal
from drafter.render import FORMATS, RenderOptions, render
from drafter.render.docx.layout import Style
from drafter.render.view import document_view
from tests.conftest import require
from tests.render.conftest import CLOCK, FIXTURES, canonical_xml, docx_part, pdf_text

GAPS = FIXTURES / "gaps.yaml"

BEFORE = "[Part of the source text is missing here: points 1-2 not available]"
AFTER = "[Part of the source text is missing here: points 5-6 missing from this copy]"
CUT = "[The source text breaks off here.]"
END = "[The rest of the source text is missing: rest of the text not published]"

IN_ORDER = [BEFORE, "The crossings stay open by day.", "Joint patrols keep to the river bank.", "Boats carry both flags.",
            AFTER, "The bridges are repaired jointly:", "works begin within a month;",
            "no tolls are charged until the", CUT, END]
"""What a reader must find, in this order: each gap's line in its place."""


@pytest.fixture
def gaps() -> Proposal:
    """Four gaps: before the first point, after a whole point, inside a sub-point's wording, at the end."""
    return load_path(GAPS)


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def assert_in_order(text: str, wanted: list[str]) -> None:
    text, at = normal(text), 0
    for item in wanted:
        found = text.find(normal(item), at)
        assert found >= 0, f"missing after offset {at}: {item!r}\n--- near: {text[at:at + 300]!r}"
        at = found + len(normal(item))


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True, timeout=180).stdout


def test_the_view_places_each_gap_where_the_file_says(gaps: Proposal) -> None:
    view = document_view(gaps, RenderOptions())
    by_id = {c.id: c for c in view.walk()}
    assert gaps.truncated
    assert view.missing == (BEFORE,)
    assert by_id["patrols"].missing == (AFTER,) and by_id["patrols"].breaks == ()
    assert by_id["bridge-tolls"].breaks == (CUT,) and by_id["bridge-tolls"].missing == ()
    assert by_id["bridges"].missing == (END,)
    assert sum(len(c.breaks) + len(c.missing) for c in view.walk()) == 3


def test_a_gap_without_a_note_and_a_cut_off_ending_say_so_in_a_sentence() -> None:
    proposal = load_bytes(GAPS.read_bytes().replace(b"    note: rest of the text not published\n", b""), "g.yaml")
    assert document_view(proposal, RenderOptions()).walk()[3].missing == ("[The rest of the source text is missing.]",)


@pytest.mark.parametrize("to", ["md", "txt", "html"])
def test_each_text_format_prints_every_gap_in_its_place_matching_its_golden_file(gaps, golden, to: str) -> None:
    text = render(gaps, to, RenderOptions())
    assert isinstance(text, str)
    golden(f"gaps-plain{FORMATS[to].extension}", text)
    assert_in_order(re.sub(r"<[^>]+>|\\", "", text), IN_ORDER)


def test_markdown_and_html_mark_the_line_as_editorial(gaps) -> None:
    markdown, html = render(gaps, "md", RenderOptions()), render(gaps, "html", RenderOptions())
    assert r"  *\[The source text breaks off here.\]*" in str(markdown)  # indented under sub-point (b)
    assert f'<p class="gap">{CUT}</p>' in str(html) and ".gap { font-style: italic;" in str(html)


def test_word_marks_each_gap_with_the_source_gap_style_in_place(gaps, golden) -> None:
    data = render(gaps, "docx", RenderOptions(created=CLOCK))
    golden_xml = canonical_xml(docx_part(data, "word/document.xml"))
    document = docx.Document(io.BytesIO(data))
    assert_in_order("\n".join(p.text for p in document.paragraphs), IN_ORDER)
    marked = [p for p in document.paragraphs if any(r.style.name == Style.SOURCE_GAP for r in p.runs)]
    assert [p.text for p in marked] == [BEFORE, AFTER, CUT, END]
    assert [p.style.name for p in marked] == [Style.PREAMBLE, Style.PREAMBLE, "Clause Body 2", Style.PREAMBLE]
    assert document.styles[Style.SOURCE_GAP].font.italic
    assert golden_xml.count("SourceGap") == 4
    golden("gaps-plain.document.xml", golden_xml)


def test_word_with_gaps_passes_the_ooxml_schema(gaps, tmp_path: Path) -> None:
    for k, options in enumerate([RenderOptions(), RenderOptions(only="agreed"), RenderOptions(clean=True)]):
        path = tmp_path / f"gaps-{k}.docx"
        path.write_bytes(render(gaps, "docx", replace(options, created=CLOCK)))
        result = OpenXmlValidator().validate(str(path))
        assert result.error_count == 0, [str(e) for e in result.errors]


@pytest.mark.clients
def test_word_read_back_by_pandoc_shows_the_gaps_in_place(gaps, tmp_path: Path) -> None:
    require("pandoc")
    (tmp_path / "g.docx").write_bytes(render(gaps, "docx"))
    assert_in_order(run("pandoc", "-f", "docx", "-t", "plain", "--wrap=none", str(tmp_path / "g.docx")), IN_ORDER)


@pytest.mark.clients
def test_word_through_libreoffice_and_pdftotext_shows_the_gaps_in_place(gaps, tmp_path: Path) -> None:
    (tmp_path / "g.docx").write_bytes(render(gaps, "docx"))
    assert_in_order(pdf_text(tmp_path / "g.docx"), IN_ORDER)


def test_a_clean_copy_still_shows_the_gaps(gaps) -> None:
    text = str(render(gaps, "txt", RenderOptions(clean=True)))
    assert_in_order(text, IN_ORDER)
    assert "[agreed]" not in text


def test_agreed_text_only_moves_a_left_out_clauses_gap_to_the_last_kept_clause_before_it(gaps) -> None:
    view = document_view(gaps, RenderOptions(only="agreed"))
    by_id = {c.id: c for c in view.walk()}
    assert set(by_id) == {"crossings", "bridges", "bridge-works"}
    assert view.missing == (BEFORE,)
    assert by_id["crossings"].missing == (AFTER,)  # point 4 (proposed) and the gap after it are left out
    assert by_id["bridge-works"].missing == ("[Part of the source text is missing here.]",)  # (b) broke off
    assert by_id["bridges"].missing == (END,)
    text = str(render(gaps, "txt", RenderOptions(only="agreed")))
    assert_in_order(text, [BEFORE, "The crossings stay open", AFTER, "works begin within a month;",
                           "[Part of the source text is missing here.]", END])
    assert CUT not in text  # the clause that broke off is not printed, so nothing breaks off in this copy


def test_a_gap_inside_a_left_out_sub_point_stays_inside_its_kept_parent(gaps) -> None:
    proposal = replace(gaps, gaps=(Gap("bridge-works", cut=True),))
    proposal = replace(proposal, clauses=tuple(
        replace(c, clauses=tuple(replace(s, status="proposed") for s in c.clauses)) if c.id == "bridges" else c
        for c in proposal.clauses))
    proposal = load_bytes(_dumped(proposal), "g.yaml")
    by_id = {c.id: c for c in document_view(proposal, RenderOptions(only="agreed")).walk()}
    assert by_id["bridges"].breaks == ("[Part of the source text is missing here.]",)
    assert by_id["bridges"].missing == ()


def _dumped(proposal: Proposal) -> bytes:
    return yaml.safe_dump(proposal_data(proposal), allow_unicode=True, sort_keys=False).encode()


@pytest.mark.parametrize(("tag", "words"), [
    ("uk", "[Тут текст джерела обривається.]"), ("ru", "[Здесь текст источника обрывается.]"),
    ("fr", "[Le texte source s’interrompt ici.]"), ("ar", "[ينقطع النص المصدر هنا.]"),
    ("he", "[כאן נקטע טקסט המקור.]"),
])
def test_the_line_is_in_the_documents_language_and_the_note_in_the_sources_words(tag: str, words: str) -> None:
    proposal = load_bytes(GAPS.read_bytes().replace(b"status: draft\n", f"status: draft\nlanguage: {tag}\n".encode()),
                          "g.yaml")
    text = str(render(proposal, "txt", RenderOptions()))
    assert words in text
    assert "points 5-6 missing from this copy]" in text and "Part of the source" not in text


def test_a_complete_text_prints_no_gap_line(small) -> None:
    assert "source text" not in str(render(small, "md", RenderOptions()))


CLAUSE_IDS = ["crossings", "patrols", "patrols-boats", "bridges", "bridge-works", "bridge-tolls"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([None, *CLAUSE_IDS]), st.booleans(), st.booleans()), max_size=5),
       st.sampled_from([None, "agreed"]), st.sampled_from(["md", "txt", "html"]))
def test_every_gap_is_printed_exactly_once(picked: list[tuple[str | None, bool, bool]], only: str | None,
                                           to: str) -> None:
    proposal = load_path(GAPS)
    made = tuple(Gap(at, cut=cut and at is not None, note=f"gap-note-{k}" if noted else None)
                 for k, (at, cut, noted) in enumerate(picked))
    proposal = load_bytes(_dumped(replace(proposal, gaps=made)), "g.yaml")
    text = str(render(proposal, to, RenderOptions(only=only)))
    lines = re.findall(r"\\?\[(?:The source text breaks off here|Part of the source text is missing here|"
                       r"The rest of the source text is missing)", text)
    assert len(lines) == len(made)
    for k, gap in enumerate(made):
        assert text.count(f"gap-note-{k}") == (1 if gap.note else 0)


def _english_arabic_with_gaps() -> Proposal:
    text = (FIXTURES / "english-arabic.yaml").read_text(encoding="utf-8").replace(
        "clauses:\n", "gaps:\n  - note: the first page is missing\n  - after: pause\n  - within: aid\n"
                      "    note: rest of the text not published\nclauses:\n", 1)
    return load_bytes(text.encode(), "ea.yaml")


def test_side_by_side_a_gap_is_a_row_of_its_own_and_a_break_is_in_its_cell_in_each_language() -> None:
    from drafter.render.parallel import parallel_view

    proposal = _english_arabic_with_gaps()
    view = parallel_view(proposal, ("en", "ar"), RenderOptions())
    assert [(r.kind, r.key) for r in view.rows] == [("gap", ""), ("clause", "pause"), ("gap", "pause"), ("clause", "aid")]
    assert view.rows[0].gaps == (("[Part of the source text is missing here: the first page is missing]",),
                                 ("[جزء من النص المصدر مفقود هنا: the first page is missing]",))
    assert view.rows[3].clauses[1] is not None
    assert view.rows[3].clauses[1].breaks == ("[ينقطع النص المصدر هنا: rest of the text not published]",)
    options = RenderOptions(languages=("en", "ar"))
    html, markdown = str(render(proposal, "html", options)), str(render(proposal, "md", options))
    for text in (html, markdown):
        assert_in_order(re.sub(r"<[^>]+>|\\", "", text), [
            "the first page is missing", "the first page is missing", "72 hours", "[Part of the source text is missing here.]",
            "[جزء من النص المصدر مفقود هنا.]", "Aid convoys", "[The source text breaks off here: rest of the text"])
    assert '<tr class="gap depth-0"><td lang="ar" dir="rtl">' not in html and '<td lang="ar" dir="rtl"><p class="gap">' in html


def test_side_by_side_word_shows_the_gaps_and_passes_the_ooxml_schema(tmp_path: Path) -> None:
    data = render(_english_arabic_with_gaps(), "docx", RenderOptions(languages=("en", "ar"), created=CLOCK))
    path = tmp_path / "ea.docx"
    path.write_bytes(data)
    result = OpenXmlValidator().validate(str(path))
    assert result.error_count == 0, [str(e) for e in result.errors]
    cells = [c for row in docx.Document(str(path)).tables[0].rows for c in row.cells]
    marked = [p.text for c in cells for p in c.paragraphs if any(r.style.name == Style.SOURCE_GAP for r in p.runs)]
    assert len(marked) == 6  # three gaps, two columns
    assert "[The source text breaks off here: rest of the text not published]" in marked
    assert "[ينقطع النص المصدر هنا: rest of the text not published]" in marked
