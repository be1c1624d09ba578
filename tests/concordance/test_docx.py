"""The Word comparative table: opens clean, landscape, one column per text in pandoc and LibreOffice."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import cli
from tests.concordance.test_cli import THREE
from tests.conftest import require


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("table") / "table.docx"
    result = CliRunner().invoke(cli, ["compare", *THREE, "--format", "docx", "-o", str(out)])
    assert result.exit_code == 1, result.stderr
    return out


def test_openxml_audit_finds_no_errors(table: Path) -> None:
    from openxml_audit import OpenXmlValidator

    result = OpenXmlValidator().validate(str(table))
    assert result.error_count == 0, [str(e) for e in result.errors]


def test_landscape_with_a_repeated_header_and_marked_differences(table: Path) -> None:
    import docx

    document = docx.Document(str(table))
    section = document.sections[0]
    assert section.page_width > section.page_height
    grid = document.tables[0]
    assert [c.text for c in grid.rows[0].cells] == ["Row", "A", "B", "C"]
    assert len(grid.rows) == 1 + 8
    runs = [r for p in grid.rows[1].cells[2].paragraphs for r in p.runs]
    assert any(r.font.strike and r.text == "An immediate cessation of hostilities" for r in runs)
    assert any(r.font.underline and r.text == "All fighting stops at once" for r in runs)


@pytest.mark.clients
def test_pandoc_reads_one_column_per_text(table: Path) -> None:
    pandoc = require("pandoc")
    html = subprocess.run([pandoc, str(table), "-t", "html"], capture_output=True, text=True, check=True).stdout
    header = html.split("<tr", 2)[1]
    assert header.count("<th") == 4 and "All fighting stops at once" in html


@pytest.mark.clients
def test_libreoffice_prints_it(table: Path, tmp_path: Path) -> None:
    soffice = require("soffice")
    pdftotext = require("pdftotext")
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(table)],
                   capture_output=True, check=True, timeout=180)
    text = subprocess.run([pdftotext, "-layout", str(tmp_path / "table.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "not in the available text" in text and "Counter-proposal" in text
