"""Every word drafter writes comes from a catalogue; Ukrainian cases; Arabic right to left in real readers."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from click.testing import CliRunner

from drafter.cli import cli
from drafter.load import load_path
from drafter.render import RenderOptions, render
from drafter.render.amendments.styles import AMENDMENT_CASES
from drafter.render.words import LOCALES, NBSP, words_for
from tests.conftest import PROPOSALS, require
from tests.render.conftest import CLOCK, FIXTURES

UKRAINIAN = PROPOSALS / "european-joint-points-uk.yaml"
ARABIC = FIXTURES / "arabic.yaml"
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _messages(path: Path) -> dict[tuple[str | None, str], str]:
    with path.open("rb") as po:
        return {(m.context, str(m.id)): str(m.string) for m in read_po(po) if m.id}


@pytest.mark.parametrize("tag", ["en", "uk", "ru", "fr", "ar", "he"])
def test_each_catalogue_has_every_message_with_its_placeholders(tag: str) -> None:
    template, catalogue = _messages(LOCALES / "drafter.pot"), _messages(LOCALES / f"{tag}.po")
    assert catalogue.keys() == template.keys()
    for (context, english), translated in catalogue.items():
        if translated:
            # a phrase may ask for a word in a case: {target:genitive} (drafter.render.amendments.styles)
            names = set(re.findall(r"{(\w+)(?::(?:" + "|".join(AMENDMENT_CASES) + r"))?}", translated))
            assert names == set(re.findall(r"{(\w+)}", english)), (context, english)
            assert not re.findall(r"{\w+:(?!(?:" + "|".join(AMENDMENT_CASES) + r")})", translated), (context, english)
    page = catalogue[("footer", "Page {page} of {pages}")] or "{page} {pages}"
    assert page.index("{page}") < page.index("{pages}")


def test_references_take_the_case_the_sentence_needs_and_never_break() -> None:
    uk, ru, en = words_for("uk"), words_for("ru"), words_for("en")
    assert uk.reference("3", "genitive") == f"пункту{NBSP}3" and uk.reference("3") == f"пункт{NBSP}3"
    assert ru.reference("3", "genitive") == f"пункта{NBSP}3" and uk.reference("1", "locative") == f"пункті{NBSP}1"
    assert en.reference("3(b)", "genitive") == f"point{NBSP}3(b)"


def test_a_ukrainian_proposal_is_rendered_in_ukrainian() -> None:
    text = render(load_path(UKRAINIAN), "md", RenderOptions())
    assert isinstance(text, str)
    assert "**Версія 0.1 · 22 жовтня 2025 р. · ПРОЄКТ**" in re.sub("[\u00a0\u202f]", " ", text)
    assert f"відповідно до пункту{NBSP}3." in text and f"зокрема пункту{NBSP}1." in text
    assert f"передбаченого в пункті{NBSP}1." in text and "— *узгоджено*" in text
    assert not re.search(r"\b(Version|point|agreed|DRAFT)\b", text)


def test_an_unknown_case_is_a_one_line_error(tmp_path: Path) -> None:
    source = tmp_path / "x.yaml"
    source.write_text(UKRAINIAN.read_text(encoding="utf-8").replace("|genitive", "|genetive"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(source), "--to", "md", "-o", str(tmp_path / "x.md")])
    assert result.exit_code == 2 and "unknown grammatical case 'genetive'" in result.stderr
    assert not (tmp_path / "x.md").exists()


def test_arabic_html_runs_right_to_left() -> None:
    html = render(load_path(ARABIC), "html", RenderOptions())
    assert isinstance(html, str) and '<html lang="ar" dir="rtl">' in html
    assert "الإصدار 1" in html and "margin-inline-start" in html


def test_arabic_word_has_bidi_paragraphs_rtl_runs_and_a_font_with_the_script() -> None:
    data = render(load_path(ARABIC), "docx", RenderOptions(created=CLOCK))
    assert isinstance(data, bytes)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body, styles = package.read("word/document.xml").decode(), package.read("word/styles.xml").decode()
    paragraphs = re.findall(r"<w:p>.*?</w:p>", body)
    assert paragraphs and all("<w:bidi/>" in p for p in paragraphs if "<w:t" in p)
    assert "<w:rtl/>" in body and "<w:bidiVisual/>" not in body
    latin = re.search(r"<w:r>(<w:rPr>.*?</w:rPr>)?<w:t[^>]*>UN Resolution 1701</w:t></w:r>", body)
    assert latin is not None and "<w:rtl/>" not in (latin.group(1) or "")  # the Latin name runs left to right
    assert 'w:cs="Noto Naskh Arabic"' in styles
    assert re.search(r"<w:sectPr[ >](?:(?!</w:sectPr>).)*<w:bidi/>", body)  # the page runs right to left


@pytest.mark.clients
def test_libreoffice_prints_arabic_in_reading_order(tmp_path: Path) -> None:
    path = tmp_path / "ar.docx"
    path.write_bytes(render(load_path(ARABIC), "docx", RenderOptions(created=CLOCK)))  # type: ignore[arg-type]
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   capture_output=True, check=True, timeout=180)
    text = subprocess.run([require("pdftotext"), str(tmp_path / "ar.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = re.sub(r"\s+", "", BIDI_CONTROLS.sub("", text))
    sentence = "يتوقف إطلاق النار على طول خط التماس وفقا لقرار UN Resolution 1701 الصادر عن مجلس الأمن."
    assert re.sub(r"\s+", "", sentence) in flat
    fonts = subprocess.run([require("pdffonts"), str(tmp_path / "ar.pdf")], capture_output=True, text=True).stdout
    assert "NotoNaskhArabic" in fonts


@pytest.mark.clients
@pytest.mark.parametrize("tag", ["en", "uk"])
def test_positions_table_never_breaks_a_status_word(tag: str, tmp_path: Path) -> None:
    source = tmp_path / "p.yaml"
    text = (FIXTURES / "small.yaml").read_text(encoding="utf-8")
    source.write_text(text.replace("status: draft\n", f"status: draft\nlanguages: {{{tag}: authentic}}\n", 1),
                      encoding="utf-8")
    proposal = load_path(source)
    path = tmp_path / "positions.docx"
    path.write_bytes(render(proposal, "docx", RenderOptions(view="positions", created=CLOCK)))  # type: ignore[arg-type]
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   capture_output=True, check=True, timeout=180)
    words = subprocess.run([require("pdftotext"), "-layout", str(tmp_path / "positions.pdf"), "-"],
                           capture_output=True, text=True, check=True).stdout.split()
    shown = {words_for(tag).status(c.status) for c in proposal.walk() if c.positions}
    shown |= {words_for(tag).word("stance", s) for s in ("supports", "opposes", "reserves")
              if any(p.stance == s for c in proposal.walk() for p in c.positions)}
    assert {w for w in shown if " " not in w} <= set(words)


def test_a_right_to_left_redline_accepts_to_the_new_text_and_rejects_to_the_old(tmp_path: Path) -> None:
    from tests.redline_docx.conftest import plain_docx, redline_docx
    from tests.redline_docx.review import paragraphs

    changed = tmp_path / "ar2.yaml"
    changed.write_text(ARABIC.read_text(encoding="utf-8").replace("يتوقف", "توقف").replace(
        "status: agreed", "status: bracketed"), encoding="utf-8")
    old, new = load_path(ARABIC), load_path(changed)
    data = redline_docx(old, new)
    assert paragraphs(data, "accept") == paragraphs(plain_docx(new))
    assert paragraphs(data, "reject") == paragraphs(plain_docx(old))
    assert "<w:bidi/>" in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
