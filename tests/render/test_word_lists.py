"""Word list numbering: the plain render's clause numbers are numbers Word itself knows (`w:numPr`
and numbering.xml), read back as the model's labels by python-docx, pandoc, LibreOffice and
drafter's own importer; labels no list can print stay text; the redline keeps literal labels.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from openxml_audit import OpenXmlValidator

from drafter.diff import diff_proposals
from drafter.importers import import_bytes
from drafter.load import load_bytes, load_path
from drafter.model import Proposal
from drafter.render import RenderOptions, render
from drafter.render.docx.builder import REFERENCE_DOCX
from drafter.render.redline import RedlineOptions, render_redline
from tests.conftest import require
from tests.render.conftest import CLOCK, FIXTURES
from tests.word_numbers import printed

UNTITLED = FIXTURES / "untitled.yaml"
ARABIC = FIXTURES / "arabic.yaml"
ODD_LABELS = """\
drafter: 1
id: odd-labels
title: Points with labels no list prints
version: "1"
date: 2031-04-02
status: draft
clauses:
  - id: one
    number: "1"
    text: The first point.
  - id: two
    number: "2"
    text: The second point.
  - id: two-bis
    number: "2bis"
    text: A point inserted later.
  - id: three
    number: "3"
    text: The third point.
    clauses:
      - id: three-a
        number: "3(a)"
        text: a sub-point;
      - id: three-c
        number: "3(c)"
        text: a sub-point after a gap.
  - id: roman
    number: "IV"
    text: A point the source numbers in Roman figures.
"""
"""Numbers a source gives: a `bis`, a gap among sub-points, a Roman figure at the top."""


def _docx(proposal: Proposal, tmp_path: Path, name: str, **options: Any) -> Path:
    data = render(proposal, "docx", RenderOptions(created=CLOCK, **options))
    assert isinstance(data, bytes)
    path = tmp_path / f"{name}.docx"
    path.write_bytes(data)
    return path


def _odd() -> Proposal:
    return load_bytes(ODD_LABELS.encode("utf-8"), "odd.yaml")


def test_numbered_paragraphs_carry_word_numbering_not_label_text(tmp_path: Path) -> None:
    document = docx.Document(str(_docx(load_path(UNTITLED), tmp_path, "untitled")))
    numbered = [p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert [p.text[:22] for p in numbered] == [
        "Boats may cross the ha", "The ferry runs twice a", "No fees are charged fo", "A joint commission sha",
        "keep the crossing log;", "[settle disputes over ", "Entry into force"]
    assert all(p._p.pPr.numPr.numId.val > 0 for p in numbered)
    assert not any(re.match(r"(\d+\.|\([a-z]+\))\t", p.text) for p in document.paragraphs)


def test_source_numbers_with_gaps_print_as_the_source_gives_them(tmp_path: Path) -> None:
    lines = [text for _, text in printed(_docx(load_path(UNTITLED), tmp_path, "untitled").read_bytes())]
    starts = [line.split("\t")[0] for line in lines if "\t" in line]
    assert starts == ["1.", "2.", "4.", "5.", "(a)", "(b)", "6."]


def test_labels_no_list_prints_stay_text_and_the_list_goes_on(tmp_path: Path) -> None:
    data = _docx(_odd(), tmp_path, "odd").read_bytes()
    numbered = {p.text.split("\t")[-1]: p._p.pPr.numPr is not None for p in docx.Document(io.BytesIO(data)).paragraphs
                if p._p.pPr is not None and p.style is not None and p.style.name.startswith("Point")}
    assert numbered == {"The first point.": True, "The second point.": True, "A point inserted later.": False,
                        "The third point.": True, "a sub-point;": True, "a sub-point after a gap.": True,
                        "A point the source numbers in Roman figures.": False}
    lines = [text for _, text in printed(data) if "\t" in text]
    assert [line.split("\t")[0] for line in lines] == ["1.", "2.", "2bis.", "3.", "(a)", "(c)", "IV."]


def _pandoc_lists(path: Path) -> list[tuple[int, str, str, str]]:
    """(start, number style, delimiter, first words of the first item) of every ordered list pandoc reads."""
    out = subprocess.run([require("pandoc"), "-f", "docx", "-t", "json", str(path)],
                         capture_output=True, text=True, check=True, timeout=120).stdout
    found: list[tuple[int, str, str, str]] = []

    def words(node: Any) -> str:
        if isinstance(node, dict):
            return node["c"] if node.get("t") == "Str" else " " if node.get("t") == "Space" else words(node.get("c"))
        return "".join(words(n) for n in node) if isinstance(node, list) else ""

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("t") == "OrderedList":
                (start, style, delim), items = node["c"]
                found.append((start, style["t"], delim["t"], words(items[0])[:20]))
            walk(node.get("c"))
        elif isinstance(node, list):
            for n in node:
                walk(n)

    walk(json.loads(out)["blocks"])
    return found


@pytest.mark.clients
def test_pandoc_reads_word_lists_with_the_source_numbers(tmp_path: Path) -> None:
    lists = _pandoc_lists(_docx(load_path(UNTITLED), tmp_path, "untitled"))
    assert lists == [(1, "Decimal", "Period", "Boats may cross the "), (4, "Decimal", "Period", "No fees are charged "),
                     (1, "LowerAlpha", "TwoParens", "keep the crossing lo"), (6, "Decimal", "Period", "Entry into force")]


@pytest.mark.clients
def test_pandoc_reads_a_gap_among_sub_points_and_an_agreed_only_copy(tmp_path: Path) -> None:
    assert (3, "LowerAlpha", "TwoParens", "a sub-point after a ") in _pandoc_lists(_docx(_odd(), tmp_path, "odd"))
    agreed = _pandoc_lists(_docx(load_path(UNTITLED), tmp_path, "agreed", only="agreed"))
    assert agreed == [(4, "Decimal", "Period", "No fees are charged ")]


@pytest.mark.clients
def test_libreoffice_prints_each_number_before_its_text_on_one_line(tmp_path: Path) -> None:
    path = _docx(load_path(UNTITLED), tmp_path, "untitled")
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   capture_output=True, check=True, timeout=180)
    text = subprocess.run([require("pdftotext"), "-layout", str(tmp_path / "untitled.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    for wanted in [r"1\.\s+Boats may cross", r"2\.\s+The ferry runs", r"4\.\s+No fees are charged",
                   r"5\.\s+A joint commission", r"\(a\)\s+keep the crossing log;", r"\(b\)\s+\[settle disputes",
                   r"6\.\s+Entry into force"]:
        assert re.search(rf"^\s*{wanted}", text, re.MULTILINE), f"no line starts {wanted!r}:\n{text}"
    assert re.search(r"^\s*3\.", text, re.MULTILINE) is None  # the source has no point 3


@pytest.mark.parametrize("name", ["untitled", "odd", "arabic", "agreed"])
def test_every_numbered_docx_passes_the_ooxml_schema(tmp_path: Path, name: str) -> None:
    proposal = {"untitled": load_path(UNTITLED), "odd": _odd(), "arabic": load_path(ARABIC),
                "agreed": load_path(UNTITLED)}[name]
    path = _docx(proposal, tmp_path, name, **({"only": "agreed"} if name == "agreed" else {}))
    result = OpenXmlValidator().validate(str(path))
    assert result.error_count == 0, [str(e) for e in result.errors]


def _gaps() -> Proposal:
    """The odd labels without the two no list prints (the importer reads a literal `2bis.` between list
    paragraphs as text of the point above, with literal labels everywhere as well)."""
    text = re.sub(r"  - id: (two-bis|roman)\n(    .*\n)+", "", ODD_LABELS)
    return load_bytes(text.encode("utf-8"), "gaps.yaml")


@pytest.mark.parametrize("name", ["untitled", "gaps", "agreed"])
def test_drafter_imports_its_own_word_numbers_back(tmp_path: Path, name: str) -> None:
    original = _gaps() if name == "gaps" else load_path(UNTITLED)
    options = {"only": "agreed"} if name == "agreed" else {}
    back = import_bytes(_docx(original, tmp_path, name, **options).read_bytes(), f"{name}.docx").proposal
    wanted = [(c.number, c.title) for c in original.walk() if name != "agreed" or c.status == "agreed"]
    assert [(c.number, c.title) for c in back.walk()] == wanted
    assert len(wanted) == {"untitled": 7, "gaps": 5, "agreed": 1}[name]


def test_right_to_left_points_are_numbered_bidi_list_paragraphs(tmp_path: Path) -> None:
    data = _docx(load_path(ARABIC), tmp_path, "arabic").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = package.read("word/document.xml").decode()
    numbered = [p for p in re.findall(r"<w:p>.*?</w:p>", body) if "<w:numPr>" in p]
    assert len(numbered) == 4 and all("<w:bidi/>" in p for p in numbered)
    assert [text.split("\t")[0] for _, text in printed(data) if "\t" in text] == ["1.", "2.", "(a)", "3."]


def test_a_reference_document_without_a_numbering_part_gets_one(tmp_path: Path) -> None:
    reference = tmp_path / "plain-reference.docx"
    with zipfile.ZipFile(REFERENCE_DOCX) as source, zipfile.ZipFile(reference, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/numbering.xml":
                continue
            if item.filename in ("[Content_Types].xml", "word/_rels/document.xml.rels"):
                content = re.sub(rb"<(Override|Relationship)[^>]*numbering[^>]*/>", b"", content)
            target.writestr(item, content)
    path = _docx(load_path(UNTITLED), tmp_path, "custom", template=reference)
    assert [text.split("\t")[0] for _, text in printed(path.read_bytes()) if "\t" in text] == [
        "1.", "2.", "4.", "5.", "(a)", "(b)", "6."]
    assert OpenXmlValidator().validate(str(path)).error_count == 0


def test_the_word_redline_keeps_literal_labels() -> None:
    old = load_path(UNTITLED)
    new = load_bytes(UNTITLED.read_bytes().replace(b"twice a week", b"three times a week"), "new.yaml")
    data = render_redline(diff_proposals(old, new), "docx", RedlineOptions(date=CLOCK))
    assert isinstance(data, bytes)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = package.read("word/document.xml").decode()
    assert "<w:numPr>" not in body  # a renumbered point must show as a tracked change of its label text
    assert '<w:t xml:space="preserve">4.</w:t><w:tab/>' in body
