"""Word diffs in every language, and `translation not updated` in every output format."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import docx
import pytest
from openxml_audit import OpenXmlValidator

from drafter.diff import diff_proposals
from drafter.load import load_bytes
from drafter.render.amendments import AmendmentOptions, render_amendments
from drafter.render.redline import FORMATS, render_redline
from tests.conftest import require
from tests.load.test_languages import TEXT

ENGLISH_ONLY = TEXT.replace("at least 15 kilometres", "at least fifteen kilometres").replace(
    "at least fifteen kilometres", "no less than 15 kilometres")
UKRAINIAN_ONLY = TEXT.replace("Сторони обмінюються всіма", "Сторони обмінюють усіх")


def redline(old: str, new: str):
    return diff_proposals(load_bytes(old.encode(), "old.yaml"), load_bytes(new.encode(), "new.yaml"))


def change(found, clause_id: str):
    return next(c for c in found.changes if (c.new or c.old).id == clause_id)


def test_a_change_in_the_first_language_alone_leaves_the_others_behind() -> None:
    zone = change(redline(TEXT, ENGLISH_ONLY), "ceasefire-zone")
    assert zone.kind == "reworded"
    assert zone.not_updated == ("uk", "ru")
    assert [(v.language, v.state) for v in zone.languages] == [("uk", "unchanged"), ("ru", "unchanged")]


def test_a_translation_changed_alone_rewords_the_clause_and_leaves_the_first_language_behind() -> None:
    found = redline(TEXT, UKRAINIAN_ONLY)
    prisoners = change(found, "prisoners")
    assert prisoners.kind == "reworded" and not found.same
    assert all(span.op == "equal" for span in prisoners.spans)
    uk = prisoners.languages[0]
    assert (uk.language, uk.state) == ("uk", "updated")
    assert uk.old_text.startswith("Сторони обмінюються всіма") and uk.new_text.startswith("Сторони обмінюють усіх")
    assert [span.op for span in uk.spans] == ["equal", "delete", "insert", "equal"]
    assert prisoners.not_updated == ("en", "ru")
    assert found.summary() == "1 reworded; translation not updated: en 1, ru 1"


def test_every_language_changed_together_is_no_flag() -> None:
    text = TEXT.replace("within 72 hours", "within 48 hours").replace("протягом 72", "протягом 48").replace(
        "в течение 72", "в течение 48")
    start = change(redline(TEXT, text), "ceasefire-start")
    assert start.not_updated == ()
    assert [(v.language, v.state, v.flags) for v in start.languages] == [("uk", "updated", ("number",)),
                                                                         ("ru", "updated", ("number",))]


def test_a_translation_added_is_no_flag() -> None:
    old = TEXT.replace("""          uk:
            text: Спостерігачі оприлюднюють свої висновки протягом 48 годин.
""", "")
    reports = change(redline(old, TEXT), "monitoring-reports")
    assert [(v.language, v.state) for v in reports.languages] == [("uk", "added"), ("ru", "unchanged")]
    assert reports.not_updated == ()
    assert reports.kind == "reworded"


def test_the_document_head_in_other_languages_is_compared() -> None:
    found = redline(TEXT, TEXT.replace("Домовленості про припинення вогню", "Домовленості про перемир'я"))
    assert [(f.field, f.new) for f in found.document_fields] == [("title (uk)", "Домовленості про перемир'я")]


def test_one_language_redlines_keep_their_shape() -> None:
    one = "drafter: 1\nid: x\ntitle: X\nversion: '1'\ndate: 2025-01-01\nstatus: draft\nclauses:\n  - id: a\n    text: Hi.\n"
    data = json.loads(render_redline(redline(one, one.replace("Hi.", "Ho.")), "json"))
    assert "languages" not in data and "not_updated" not in data
    assert "languages" not in data["changes"][0] and "not_updated" not in data["changes"][0]


@pytest.mark.parametrize("name", [name for name in FORMATS if not FORMATS[name].binary])
def test_every_text_format_says_translation_not_updated(name: str) -> None:
    text = render_redline(redline(TEXT, ENGLISH_ONLY), name)
    assert "translation not updated" in text
    assert ("uk" in text) and ("ru" in text)


def test_html_marks_each_language_version_with_its_lang() -> None:
    page = render_redline(redline(TEXT, UKRAINIAN_ONLY), "html")
    assert '<div class="lang" lang="uk">' in page and '<div class="lang" lang="ru">' in page
    assert "<del>обмінюються всіма</del>" in page and "<ins>обмінюють усіх</ins>" in page
    assert "translation not updated: en, ru" in page


def test_word_redline_says_it_in_a_comment(tmp_path: Path) -> None:
    data = render_redline(redline(TEXT, ENGLISH_ONLY), "docx")
    path = tmp_path / "redline.docx"
    path.write_bytes(data)
    result = OpenXmlValidator().validate(str(path))
    assert result.error_count == 0, [str(e) for e in result.errors]
    document = docx.Document(io.BytesIO(data))
    comments = [c.text for c in document.comments]
    assert "translation not updated: uk, ru" in comments
    pandoc = require("pandoc")
    text = subprocess.run([pandoc, "--track-changes=all", "-t", "plain", str(path)], capture_output=True,
                          text=True, check=True).stdout
    assert "translation not updated: uk, ru" in text


def test_amendments_carry_translations_in_the_machine_form_and_say_so_in_the_text_form() -> None:
    found = redline(TEXT, UKRAINIAN_ONLY)
    from drafter.diff.instructions import amendments

    instructions = amendments(found)
    assert [(r.target.number, r.field) for r in instructions.records] == [("2", "translations")]
    text = render_amendments(instructions, "text", AmendmentOptions(form="text"))
    assert "Not in this text: the other language versions of point 2" in text


def test_amending_with_the_json_form_gives_the_new_version_in_every_language(tmp_path: Path, monkeypatch) -> None:
    from click.testing import CliRunner

    from drafter.cli import cli

    monkeypatch.chdir(tmp_path)
    new = UKRAINIAN_ONLY.replace("at least 15 kilometres", "no less than 15 kilometres")
    Path("old.yaml").write_text(TEXT, encoding="utf-8")
    Path("new.yaml").write_text(new, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["diff", "old.yaml", "new.yaml", "-f", "amendments", "-o", "a.json"]).exit_code == 1
    assert runner.invoke(cli, ["amend", "old.yaml", "a.json", "-o", "out.yaml"]).exit_code == 0
    assert runner.invoke(cli, ["diff", "out.yaml", "new.yaml"]).exit_code == 0


def test_diff_in_another_language_leads_with_its_words(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from drafter.cli import cli
    from tests.conftest import PROPOSALS

    old, new = PROPOSALS / "ukraine-ceasefire-12-point-v0.2.yaml", PROPOSALS / "ukraine-ceasefire-12-point.yaml"
    result = CliRunner().invoke(cli, ["diff", str(old), str(new), "--lang", "uk", "--only", "changed"])
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("reworded 1(b) · ceasefire-start")))
    assert "Набрання чинності" in lines[start]
    assert lines[start + 1].startswith("    Бойові дії [-мають припинитися-]{+припиняються+} протягом [-48-]{+72+}")
    assert "створену відповідно до пункту\u00a03" in lines[start + 1]
    assert lines[start + 2].startswith("    [en] Hostilities [-should-]{+shall+} stop")
    target = tmp_path / "uk.docx"
    assert CliRunner().invoke(cli, ["diff", str(old), str(new), "--lang", "uk", "-f", "docx", "-o",
                                    str(target)]).exit_code == 1
    assert OpenXmlValidator().validate(str(target)).error_count == 0
    assert "Набрання чинності" in "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
