"""Amendments in the proposal's language: a Ukrainian proposal gets Ukrainian instructions
(the plain style's phrases from templates/locales/uk.po), `drafter amend` applies them, and
every language a catalogue words them in reads back; the uk, eu and us styles stay English."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from openxml_audit import OpenXmlValidator

from drafter.amend import consolidate, read_set
from drafter.diff import diff_proposals
from drafter.diff.instructions import amendments
from drafter.load import load_path
from drafter.render.amendments import STYLES, AmendmentOptions, render_amendments
from drafter.render.amendments.styles import wording_for
from drafter.render.words import catalogued_languages
from tests.amend.conftest import GOLDEN, HERE
from tests.amend.test_cli import _run
from tests.amend.test_properties import shape
from tests.conftest import ROOT

UK_OLD, UK_NEW = HERE / "fixtures" / "uk-old.yaml", HERE / "fixtures" / "uk-new.yaml"
CLOCK = datetime(2025, 11, 2, 9, 0, tzinfo=UTC)
ENGLISH = re.compile(r"\b(point|substitute|insert|[Oo]mit|Move|Annex|preamble|proposal|Making|status)\b")
"""English words of the plain style (French shares `point`: not checked in French)."""


def test_a_ukrainian_proposal_gets_ukrainian_instructions(tmp_path: Path, golden: Callable[[str, str], None]) -> None:
    code, text, _ = _run("diff", UK_OLD, UK_NEW, "--format", "amendments")
    assert code == 1
    golden("fixture-uk-language.txt", text)
    assert "3. У пункті 1 слова «48» замінити словами «72»." in text
    assert "6. Пункт 3 виключити." in text and "Після пункту 7 доповнити текстом такого змісту:" in text
    assert not ENGLISH.search(text)
    code, markdown, _ = _run("diff", UK_OLD, UK_NEW, "--format", "amendments", "--as", "md")
    golden("fixture-uk-language.md", markdown)


def test_drafter_amend_applies_ukrainian_instructions(tmp_path: Path) -> None:
    written, consolidated = tmp_path / "зміни.txt", tmp_path / "v2.yaml"
    assert _run("diff", UK_OLD, UK_NEW, "--format", "amendments", "-o", written)[0] == 1
    code, _, stderr = _run("amend", UK_OLD, written, "-o", consolidated)
    assert (code, stderr) == (0, "drafter: applied 15 of 15 instructions from 1 set\n")
    code, stdout, _ = _run("diff", consolidated, UK_NEW, "--only", "changed")
    assert (code, stdout.splitlines()[-1]) == (0, "no changes")


@pytest.mark.parametrize("language", catalogued_languages())
def test_every_language_reads_back(language: str) -> None:
    old, new = load_path(UK_OLD), load_path(UK_NEW)
    instructions = amendments(diff_proposals(old, new))
    text = render_amendments(instructions, "text", AmendmentOptions(language=language))
    assert isinstance(text, str)
    wording = wording_for("plain", language)
    if language != "en":
        opening, closing = wording.quotes
        english = ENGLISH.findall(text)
        assert f"{opening}48{closing}" in text and set(english) <= ({"point"} if language == "fr" else set()), english
        assert wording.status("bracketed") in text
    back = read_set(text.encode("utf-8"), "set.txt")
    assert back.style == "plain" and back.result == {"version": "2", "date": "2025-02-01"}
    assert back.base.title == "Пробний план для змін" and back.base.version == "1"
    assert shape(consolidate(old, [back]).proposal, working=False) == shape(new, working=False)


def test_a_hand_written_ukrainian_instruction_is_applied(tmp_path: Path) -> None:
    written, out = tmp_path / "a.txt", tmp_path / "out.yaml"
    written.write_text("1. У пункті 1 слова «48 годин» замінити словами «72 годин».\n"
                       "2. Статус пункту 2 змінити з «у дужках» на «узгоджено».\n", encoding="utf-8")
    assert _run("amend", UK_OLD, written, "-o", out)[0] == 0
    amended = load_path(out)
    assert amended.clauses[0].text == ("Сторони припиняють усі бойові дії протягом 72 годин після підписання.",)
    assert amended.clauses[1].status == "agreed"
    written.write_text("1. У пункті 9 слова «48» замінити словами «72».\n", encoding="utf-8")
    code, _, stderr = _run("amend", UK_OLD, written, "-o", out)
    assert code == 1 and "instruction 1 (point 9): there is no point 9 in the text" in stderr


@pytest.mark.parametrize("style", ["uk", "eu", "us"])
def test_the_other_styles_are_english_traditions_and_stay_english(style: str) -> None:
    code, text, _ = _run("diff", UK_OLD, UK_NEW, "--format", "amendments", "--style", style)
    assert code == 1 and text.startswith("Amendments to “Пробний план для змін”, version 1\n")
    assert STYLES[style].quotes[0] + "48" + STYLES[style].quotes[1] in text


def _docx(language: str) -> bytes:
    old, new = load_path(UK_OLD), load_path(UK_NEW)
    data = render_amendments(amendments(diff_proposals(old, new)), "docx", AmendmentOptions(language=language,
                                                                                            date=CLOCK))
    assert isinstance(data, bytes)
    return data


def test_the_word_form_is_in_the_language(tmp_path: Path) -> None:
    data = _docx("uk")
    document = docx.Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    assert "3.\tУ пункті 1 слова «48» замінити словами «72»." in texts
    assert any(t.startswith("Зміни до документа «Пробний план для змін»") for t in texts)
    assert not any(ENGLISH.search(t) for t in texts), texts
    path = tmp_path / "uk.docx"
    path.write_bytes(data)
    result = OpenXmlValidator().validate(str(path))
    assert result.error_count == 0, [str(e) for e in result.errors]


def test_the_word_form_in_arabic_and_hebrew_runs_right_to_left() -> None:
    for language in ("ar", "he"):
        with zipfile.ZipFile(io.BytesIO(_docx(language))) as package:
            body = package.read("word/document.xml").decode()
        paragraphs = [p for p in re.findall(r"<w:p>.*?</w:p>", body) if "<w:t" in p]
        assert paragraphs and all("<w:bidi/>" in p for p in paragraphs), language
        assert re.search(r"<w:sectPr[ >](?:(?!</w:sectPr>).)*<w:bidi/>", body), language


def test_the_docs_ukrainian_example_is_real_output() -> None:
    doc = (ROOT / "docs" / "amendments.md").read_text(encoding="utf-8")
    block = re.search(r"fixture-uk-language\.txt\):\n\n```text\n(.*?)\.\.\.\n```", doc, re.DOTALL)
    assert block is not None
    assert (GOLDEN / "fixture-uk-language.txt").read_text(encoding="utf-8").startswith(block.group(1))
