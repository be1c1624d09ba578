"""Same content in every format, as real readers see it: Word read back by python-docx and
by pandoc, Word through LibreOffice to PDF and pdftotext, HTML in headless Chromium, and
Markdown through pandoc. Each must hold every clause's number, title and text, in order."""

from __future__ import annotations

import re
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from drafter.load import load_path
from drafter.model import Proposal
from drafter.render import RenderOptions, render
from drafter.render.view import document_view
from drafter.render.words import words_for
from tests.conftest import TWELVE_POINT, require
from tests.render.conftest import SMALL, pdf_text
from tests.word_numbers import printed_text


def expected(proposal: Proposal) -> list[str]:
    """What a reader must find, in order: headings, paragraphs, alternatives."""
    view = document_view(proposal, RenderOptions())
    found = [p.text for p in view.preamble]
    for clause in view.walk():
        found.append(clause.heading)
        found += [p.text for p in clause.paragraphs]
        for alternative in clause.alternatives:
            found.append(alternative.label)
            found += [p.text for p in alternative.paragraphs]
    return [normal(text) for text in found]


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def assert_in_order(text: str, wanted: list[str]) -> None:
    text, at = normal(text), 0
    for item in wanted:
        found = text.find(item, at)
        assert found >= 0, f"missing after offset {at}: {item!r}\n--- near: {text[at:at + 300]!r}"
        at = found + len(item)


def run(*command: str, cwd: Path | None = None) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True, timeout=180, cwd=cwd).stdout


PROPOSALS = [SMALL, TWELVE_POINT]


@pytest.fixture(params=PROPOSALS, ids=lambda p: p.stem)
def proposal(request: pytest.FixtureRequest) -> Proposal:
    return load_path(request.param)


def test_docx_read_back_with_python_docx(proposal: Proposal) -> None:
    data = render(proposal, "docx")
    assert isinstance(data, bytes)
    assert_in_order(printed_text(data), expected(proposal))  # python-docx text, Word's list numbers first


@pytest.mark.clients
def test_docx_read_back_with_pandoc(proposal: Proposal, tmp_path: Path) -> None:
    require("pandoc")
    (tmp_path / "x.docx").write_bytes(render(proposal, "docx"))
    assert_in_order(run("pandoc", "-f", "docx", "-t", "plain", "--wrap=none", str(tmp_path / "x.docx")), expected(proposal))


@pytest.mark.clients
def test_docx_through_libreoffice_and_pdftotext(proposal: Proposal, tmp_path: Path) -> None:
    (tmp_path / "x.docx").write_bytes(render(proposal, "docx"))
    text = pdf_text(tmp_path / "x.docx")
    date = words_for(proposal.language).date(proposal.date)  # as the document's language writes it
    header = f"{proposal.title} · Version {proposal.version} · {date} · DRAFT"
    assert header in text
    body = "\n".join(line for line in text.splitlines()
                     if line.strip() != header and not re.fullmatch(r"\s*DRAFT · Page \d+ of \d+\s*", line))
    assert_in_order(body.replace("\f", "\n"), expected(proposal))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = False

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.skip = tag in ("style", "script", "title")

    def handle_endtag(self, tag: str) -> None:
        self.skip = False

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


@pytest.mark.clients
def test_html_in_headless_chromium(proposal: Proposal, tmp_path: Path) -> None:
    chromium = require("chromium")
    page = tmp_path / "x.html"
    page.write_text(render(proposal, "html"), encoding="utf-8")
    dom = run(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              f"--user-data-dir={tempfile.mkdtemp(prefix='chromium-')}", "--dump-dom", page.as_uri())
    parser = _Text()
    parser.feed(dom)
    assert_in_order("".join(parser.parts), expected(proposal))


@pytest.mark.clients
def test_markdown_through_pandoc(proposal: Proposal, tmp_path: Path) -> None:
    require("pandoc")
    (tmp_path / "x.md").write_text(render(proposal, "md"), encoding="utf-8")
    assert_in_order(run("pandoc", "-f", "gfm", "-t", "plain", "--wrap=none", str(tmp_path / "x.md")), expected(proposal))
