"""Properties of every importer, over generated input: no crash but a DrafterError, the output is
always a valid proposal with no invented date, and deeply nested or over-long input ends within
bounds. (That a proposal drafter renders comes back unchanged is in test_roundtrip.py.)"""

from __future__ import annotations

import io
import time
import zipfile

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.errors import DrafterError
from drafter.importers import Imported, import_bytes
from drafter.load import check_bytes

WORDS = ("ferry", "harbour", "council", "boats", "lake", "shore", "season", "office", "log", "crews", "Пором",
         "переправа", "وقف", "אש", "Εκεχειρία", "2031", "15", "km")
MARKS = ("1.", "2.", "4.", "1)", "(1)", "1-", "a.", "(a)", "(b)", "(i)", "I.", "II.", "1.1", "Article 3", "Point 2:",
         "Пункт 1", "Статья 2", "Part II.", "Phase 1", "- ", "* ", "• ", "٣.", "§ 4")
LINES = ("TITLE: Lake plan", "DATE: 5 September 2031", "Дата: 15 листопада 2022", "SOURCE: https://example.org/x",
         "---", "[NOTE: not in the copy]", "[TRUNCATED: rest of point 4 missing]", "(Point 3 is deleted.)",
         "Humanitarian issues:", "## Phase two", "**Bold heading**", "WATER AND LAND", "> quoted", "```", "| a | b |",
         "Title: Text after a colon", "", "", "")


def sentence() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)


@st.composite
def shaped_text(draw: st.DrawFn) -> str:
    """Lines in the shapes real texts use: marks, indents, headers, headings, notes, blank lines."""
    lines = []
    for _ in range(draw(st.integers(1, 25))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            lines.append(draw(st.sampled_from(LINES)))
        else:
            indent = " " * draw(st.sampled_from([0, 0, 0, 2, 4]))
            mark = draw(st.sampled_from(MARKS)) if kind < 3 else ""
            lines.append(f"{indent}{mark} {draw(sentence())}{draw(st.sampled_from(['.', ';', ':', '']))}".rstrip())
    return "\n".join(lines) + "\n"


def outcome(data: bytes, name: str, seconds: float = 10) -> Imported | None:
    """The import, or None when it refused the input with a DrafterError (one clear line); either
    within `seconds`."""
    start = time.monotonic()
    try:
        imported = import_bytes(data, name)
    except DrafterError as error:
        assert "\n" not in error.message and error.message.startswith(name)
        return None
    finally:
        assert time.monotonic() - start < seconds
    assert check_bytes(imported.yaml.encode(), name) == []
    return imported


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400), name=st.sampled_from(["x.txt", "x.md"]))
def test_any_text_imports_or_is_refused_with_one_line(text: str, name: str) -> None:
    outcome(text.encode("utf-8", "surrogatepass"), name)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=300))
def test_any_bytes_called_docx_import_or_are_refused(data: bytes) -> None:
    outcome(b"PK\x03\x04" + data, "x.docx")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=shaped_text(), name=st.sampled_from(["x.txt", "x.md"]))
def test_texts_of_real_shapes_give_valid_proposals(text: str, name: str) -> None:
    imported = outcome(text.encode(), name)
    if imported is not None:  # never a date it was not given
        assert imported.proposal.date in ("undated", "2031-09-05", "2022-11-15")


def docx_of(body: str) -> bytes:
    """A Word document whose body XML is `body`."""
    document = docx.Document()
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["word/document.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>').encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return out.getvalue()


DEEP = {
    "markdown list 5,000 deep": ("deep.md", "".join("  " * i + f"- item {i}\n" for i in range(5000)).encode()),
    "block quotes 5,000 deep": ("deep.md", "".join("> " * i + f"text {i}\n" for i in range(5000)).encode()),
    "marks of every family, indented 5,000 deep": ("deep.txt", "".join(
        " " * i + ["1.", "(a)", "(i)", "(A)", "a)", "-", "*", "•", "1)", "(1)", "i.", "1-"][i % 12] + " item\n"
        for i in range(5000)).encode()),
    "headings of every level, 2,000": ("deep.md", "".join(f"{'#' * (1 + i % 6)} H {i}\n\n1. point\n\n"
                                                            for i in range(2000)).encode()),
    "Word content controls 5,000 deep": ("deep.docx", docx_of(
        "<w:sdt><w:sdtContent>" * 5000 + "<w:p><w:r><w:t>1. deep</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * 5000)),
    "one line of a million brackets": ("long.txt", b"1. " + b"(" * 1_000_000 + b"x" + b")" * 1_000_000 + b"\n"),
    "one line of emphasis marks": ("long.md", b"1. " + b"*a" * 500_000 + b"\n"),
}


@pytest.mark.parametrize("case", sorted(DEEP))
def test_deeply_nested_or_huge_input_ends_within_bounds(case: str) -> None:
    name, data = DEEP[case]
    imported = outcome(data, name)
    if imported is not None:
        assert max(c.depth for c in imported.proposal.walk()) <= 20
