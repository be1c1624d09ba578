"""The Word redline in real readers: pandoc and LibreOffice accept and reject it, the schema holds.

pandoc (`--track-changes=accept|reject`) and LibreOffice (Accept All / Reject All, through
a macro) must read from the redline exactly what they read from `drafter render` of the new
and of the old version: title, version line, notice, preamble, clause numbers, titles,
status marks, texts with their cross-references, alternatives, annexes.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openxml_audit import OpenXmlValidator

from drafter.diff import compare_proposals
from drafter.load import load_path
from drafter.model import Proposal
from drafter.render.redline import RedlineOptions, render_redline
from tests.conftest import PROPOSALS, TWELVE_POINT, require
from tests.redline_docx.conftest import CLOCK, from_yaml, pandoc_text, plain_docx, redline_docx
from tests.redline_docx.libreoffice import LibreOffice, lines
from tests.redline_docx.pairs import pair

pytestmark = pytest.mark.clients
EARLIER = PROPOSALS / "ukraine-ceasefire-12-point-v0.2.yaml"


def _shipped() -> tuple[Proposal, Proposal]:
    return load_path(EARLIER), load_path(TWELVE_POINT)


def _generated(seed: int) -> tuple[Proposal, Proposal]:
    old, new = pair(seed, 25)
    return from_yaml(old, "old"), from_yaml(new, "new")


def _files(folder: Path, old: Proposal, new: Proposal) -> tuple[Path, Path, Path]:
    paths = folder / "redline.docx", folder / "old.docx", folder / "new.docx"
    for path, data in zip(paths, (redline_docx(old, new), plain_docx(old), plain_docx(new))):
        path.write_bytes(data)
    return paths


PAIRS = {"shipped": _shipped, "fixture": lambda: (load_path(Path(__file__).parent / "fixtures" / "old.yaml"),
                                                   load_path(Path(__file__).parent / "fixtures" / "new.yaml")),
         **{f"generated-{seed}": (lambda seed=seed: _generated(seed)) for seed in (1, 2, 3, 5, 8, 13)}}


@pytest.mark.parametrize("name", list(PAIRS))
def test_pandoc_accept_gives_new_and_reject_gives_old(name: str, tmp_path: Path) -> None:
    redline, old, new = _files(tmp_path, *PAIRS[name]())
    accepted, rejected = pandoc_text(redline, "accept"), pandoc_text(redline, "reject")
    assert accepted == pandoc_text(new)
    assert rejected == pandoc_text(old)
    assert accepted != rejected


def test_pandoc_sees_every_change_of_the_shipped_pair(tmp_path: Path) -> None:
    redline, _, _ = _files(tmp_path, *_shipped())
    marked = subprocess.run([require("pandoc"), "--track-changes=all", "-t", "markdown", "--wrap=none",
                             str(redline)], capture_output=True, text=True, check=True).stdout
    assert 'within [48]{.deletion author="drafter" date="2025-10-22T00:00:00Z"}[72]{.insertion' in marked
    assert "[3. **Peace board**]{.insertion" in marked
    assert "[7. **Peace board**]{.deletion" in marked
    assert '[3.]{.deletion author="drafter" date="2025-10-22T00:00:00Z"}[4.]{.insertion' in marked


@pytest.mark.parametrize("name", ["shipped", "fixture", "generated-2", "generated-5"])
def test_libreoffice_accept_all_gives_new_and_reject_all_gives_old(
        name: str, tmp_path: Path, libreoffice: LibreOffice) -> None:
    redline, old, new = _files(tmp_path, *PAIRS[name]())
    accepted, rejected = lines(libreoffice.text(redline, "accept")), lines(libreoffice.text(redline, "reject"))
    assert accepted == lines(libreoffice.text(new))
    assert rejected == lines(libreoffice.text(old))
    assert accepted != rejected


def test_libreoffice_shows_both_sides_before_review(tmp_path: Path, libreoffice: LibreOffice) -> None:
    redline, _, _ = _files(tmp_path, *_shipped())
    shown = libreoffice.text(redline)
    assert "Hostilities shouldshall stop within 4872 hours" in shown  # deleted and inserted side by side
    assert "7.\tPeace board" in shown and "3.\tPeace board" in shown


def test_libreoffice_converts_the_redline_to_pdf(tmp_path: Path, libreoffice: LibreOffice) -> None:
    redline, _, _ = _files(tmp_path, *_shipped())
    done = libreoffice.to_pdf(redline)
    pdf = tmp_path / "redline.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr
    text = subprocess.run([require("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Peace board" in text and "Humanitarian access" in text


@pytest.fixture(scope="module")
def libreoffice(tmp_path_factory: pytest.TempPathFactory) -> LibreOffice:
    """LibreOffice with the Review macro in a private profile."""
    return LibreOffice(require("soffice"), tmp_path_factory.mktemp("lo-profile"))


@pytest.mark.parametrize("name", ["shipped", "fixture", "generated-3", "compare"])
def test_zero_openxml_audit_errors(name: str, tmp_path: Path) -> None:
    if name == "compare":
        a, b = load_path(PROPOSALS / "us-battle-line-position.yaml"), load_path(PROPOSALS / "russia-alaska-position.yaml")
        data = render_redline(compare_proposals(a, b), "docx", RedlineOptions(date=CLOCK))
        assert isinstance(data, bytes)
        (tmp_path / "redline.docx").write_bytes(data)
        path = tmp_path / "redline.docx"
    else:
        path, _, _ = _files(tmp_path, *PAIRS[name]())
    result = OpenXmlValidator().validate(str(path))
    assert result.error_count == 0, [str(e) for e in result.errors]
