"""The Word form: numbered instructions on the reference document's styles, quoted words in
the quotation style, a valid package, and the same instructions when Word's readers open it."""

from __future__ import annotations

import io
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from openxml_audit import OpenXmlValidator

from drafter.diff import diff_proposals
from drafter.diff.instructions import amendments
from drafter.model import Proposal
from drafter.render.amendments import STYLES, AmendmentOptions, render_amendments
from tests.conftest import require

CLOCK = datetime(2025, 11, 2, 9, 0, tzinfo=UTC)


def _docx(pair: tuple[Proposal, Proposal], style: str = "plain") -> bytes:
    redline = diff_proposals(*pair)
    options = AmendmentOptions(resolve_old=redline.old.resolve, resolve_new=redline.new.resolve, date=CLOCK)
    data = render_amendments(amendments(redline, STYLES[style].policy, style), "docx", options)
    assert isinstance(data, bytes)
    return data


def test_instructions_are_numbered_paragraphs_with_quotations_styled(plan) -> None:
    doc = docx.Document(io.BytesIO(_docx(plan)))
    styled = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Amendment")]
    assert styled[:6] == [
        ("Amendment", "1.\tIn point 1(b), for “should”, in each place, substitute “shall”."),
        ("Amendment", "2.\tIn point 1(b), for “48”, in each place, substitute “72”."),
        ("Amendment", "3.\tMove point 7 to follow point 2."),
        ("Amendment", "4.\tChange the status of point 5 from “bracketed” to “proposed”."),
        ("Amendment", "5.\tFor point 9 substitute:"),
        ("Amendment Quote", "“9. Humanitarian access and civilian detainees"),
    ]
    assert styled[6][1].endswith("without prejudice to point 4 and point 5, which apply in full.”")
    quoted = [r.text for p in doc.paragraphs for r in p.runs if r.style.name == "Quoted"]
    assert quoted[:4] == ["“should”", "“shall”", "“48”", "“72”"]
    assert doc.core_properties.created == CLOCK


def test_an_untitled_clause_runs_its_number_into_its_text(fixture_pair) -> None:
    texts = [p.text for p in docx.Document(io.BytesIO(_docx(fixture_pair))).paragraphs]
    assert "“7A. The amnesty shall exclude war crimes and crimes against humanity committed by anyone.”" in texts


@pytest.mark.parametrize("style", sorted(STYLES))
def test_zero_openxml_audit_errors(fixture_pair, plan, style: str, tmp_path: Path) -> None:
    for name, pair in (("fixture", fixture_pair), ("plan", plan)):
        path = tmp_path / f"{name}-{style}.docx"
        path.write_bytes(_docx(pair, style))
        result = OpenXmlValidator().validate(str(path))
        assert result.error_count == 0, [str(e) for e in result.errors]


@pytest.mark.clients
def test_libreoffice_and_pandoc_read_the_instructions(plan, tmp_path: Path) -> None:
    path = tmp_path / "v03.docx"
    path.write_bytes(_docx(plan, "uk"))
    soffice = require("soffice")
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)], check=True, capture_output=True,
                   timeout=180)
    pdf = subprocess.run([require("pdftotext"), "-layout", str(tmp_path / "v03.pdf"), "-"], check=True,
                         capture_output=True, text=True).stdout
    flat = " ".join(pdf.split())
    assert "1. Point 1(b), leave out “should” in each place where it occurs and insert “shall”." in flat
    assert "5. Leave out point 9 and insert— “9. Humanitarian access and civilian detainees" in flat
    assert flat.index("3. Transpose point 7") < flat.index("6. Point 11, in the title")
    plain = subprocess.run([require("pandoc"), str(path), "-t", "plain", "--wrap=none"], check=True,
                           capture_output=True, text=True).stdout
    assert "Point 11, in the title, leave out “Reconstruction fund” and insert “Recovery and reconstruction”." in plain
