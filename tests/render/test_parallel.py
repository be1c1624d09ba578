"""`render --lang`: one language version, or several side by side, as real readers open them."""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from openxml_audit import OpenXmlValidator

from drafter.cli import cli
from drafter.load import load_bytes, load_path
from drafter.render import RenderOptions, render
from drafter.render.parallel import language_name, parallel_view
from tests.conftest import TWELVE_POINT, require
from tests.load.test_languages import FIXTURE as THREE
from tests.render.conftest import FIXTURES

ARABIC = FIXTURES / "english-arabic.yaml"
BOTH = RenderOptions(languages=("en", "uk"))


def _docx(path: Path, languages: tuple[str, ...], target: Path) -> Path:
    target.write_bytes(render(load_path(path), "docx", RenderOptions(languages=languages)))
    return target


def test_one_language_is_the_whole_document_in_it() -> None:
    text = render(load_path(TWELVE_POINT), "md", RenderOptions(languages=("uk",)))
    assert isinstance(text, str)
    assert text.startswith("# План із дванадцяти пунктів щодо припинення вогню в Україні")
    assert "**Версія 0.3 · 22 жовтня 2025" in re.sub("[\u00a0\u202f]", " ", text)
    assert "створену відповідно до пункту\u00a03" in text and "### 1. Припинення вогню вздовж лінії зіткнення" in text
    assert "Hostilities shall stop" not in text


def test_the_view_has_a_row_per_clause_and_a_column_per_language() -> None:
    proposal = load_path(THREE)
    view = parallel_view(proposal, ("en", "uk", "ru"), RenderOptions())
    assert [(c.tag, c.name, c.standing) for c in view.columns] == [
        ("en", "English", "authentic"), ("uk", "Українська", "автентичний текст"), ("ru", "Русский", "перевод")]
    assert [r.kind for r in view.rows] == ["preamble", "clause", "clause", "clause", "clause", "annex", "clause"]
    start = view.rows[2]
    assert (start.number, start.depth) == ("1(a)", 1)
    assert [c.title for c in start.clauses if c] == ["Taking effect", "Набрання чинності", "Вступление в силу"]
    assert view.rows[1].clauses[2].paragraphs[0].text.endswith("установлено в пункте\u00a01(a).")


def test_a_missing_translation_leaves_its_cell_saying_so() -> None:
    text = THREE.read_text(encoding="utf-8").replace("""          uk:
            title: Набрання чинності
            text: |
              Бойові дії припиняються протягом 72 годин після підписання.
""", "")
    proposal = load_bytes(text.encode(), "x.yaml")
    page = render(proposal, "html", BOTH)
    assert '<p class="missing"><span class="label">(a)</span> — не перекладено</p>' in page
    assert "**Українська** — *не перекладено*" in render(proposal, "md", BOTH)


class _Cells(HTMLParser):
    """Each table row's cells: (lang, dir, text)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[tuple[str, str, str]]] = []
        self.cell: list[str] | None = None
        self.attrs: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell, self.attrs = [], dict(attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append((self.attrs.get("lang") or "", self.attrs.get("dir") or "", " ".join(
                " ".join(self.cell).split())))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def test_html_cells_carry_their_language_and_direction() -> None:
    parser = _Cells()
    parser.feed(render(load_path(ARABIC), "html", RenderOptions(languages=("en", "ar"))))
    assert parser.rows[0] == [("en", "ltr", "English authentic"), ("ar", "rtl", "العربية نص ذو حجية")]
    assert all(len(row) == 2 for row in parser.rows)
    pause = parser.rows[2]
    assert pause[0][2].startswith("1. Pause The Parties shall pause")
    assert pause[1][:2] == ("ar", "rtl") and "72 ساعة" in pause[1][2] and "UN Resolution 1701" in pause[1][2]
    assert "وفق البند 1" in parser.rows[3][1][2]  # (the parser folds its non-breaking space)


@pytest.mark.parametrize(("path", "languages"), [(TWELVE_POINT, ("en", "uk")), (THREE, ("en", "uk", "ru")),
                                                 (ARABIC, ("en", "ar"))], ids=["12-point", "three", "arabic"])
def test_word_side_by_side_has_no_openxml_errors(path: Path, languages: tuple[str, ...], tmp_path: Path) -> None:
    target = _docx(path, languages, tmp_path / "x.docx")
    result = OpenXmlValidator().validate(str(target))
    assert result.error_count == 0, [str(e) for e in result.errors]


def test_word_table_one_column_per_language_header_repeated_rtl_column_marked(tmp_path: Path) -> None:
    document = docx.Document(io.BytesIO(_docx(ARABIC, ("en", "ar"), tmp_path / "x.docx").read_bytes()))
    [table] = document.tables
    assert len(table.columns) == 2 and len(table.rows) == 4
    assert "w:tblHeader" in table.rows[0]._tr.xml
    assert table.cell(2, 0).text.startswith("1.\tPause")
    arabic = table.cell(2, 1)._tc.xml
    assert "<w:bidi/>" in arabic and "<w:rtl/>" in arabic
    three = docx.Document(io.BytesIO(_docx(THREE, ("en", "uk", "ru"), tmp_path / "y.docx").read_bytes()))
    assert len(three.tables[0].columns) == 3
    section = three.sections[0]
    assert section.page_width > section.page_height  # three columns: landscape


@pytest.mark.clients
def test_libreoffice_opens_the_two_languages_as_a_two_column_table(tmp_path: Path) -> None:
    soffice = require("soffice")
    source = _docx(TWELVE_POINT, ("en", "uk"), tmp_path / "plan.docx")
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "odt", "--outdir", str(tmp_path), str(source)], check=True, capture_output=True,
                   timeout=180)
    content = zipfile.ZipFile(tmp_path / "plan.odt").read("content.xml").decode("utf-8")
    tables = re.findall(r"<table:table .*?</table:table>", content, re.DOTALL)
    assert len(tables) == 1
    columns = re.findall(r"<table:table-column\b[^>]*>", tables[0])
    assert sum(int(re.search(r'number-columns-repeated="(\d+)"', c).group(1)) if "repeated" in c else 1
               for c in columns) == 2
    rows = re.findall(r"<table:table-row\b.*?</table:table-row>", tables[0], re.DOTALL)
    proposal = load_path(TWELVE_POINT)
    assert len(rows) == 2 + 1 + sum(1 for _ in proposal.walk()) + len(proposal.annexes)
    cells = [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<table:table-cell\b.*?</table:table-cell>",
                                                                 rows[3], re.DOTALL)]
    assert len(cells) == 2
    assert "Ceasefire along the line of contact" in cells[0]
    assert "Припинення вогню вздовж лінії зіткнення" in cells[1]


@pytest.mark.clients
def test_pandoc_reads_the_two_languages_as_a_table(tmp_path: Path) -> None:
    pandoc = require("pandoc")
    source = _docx(TWELVE_POINT, ("en", "uk"), tmp_path / "plan.docx")
    ast = json.loads(subprocess.run([pandoc, "-f", "docx", "-t", "json", str(source)], check=True,
                                    capture_output=True, text=True, timeout=120).stdout)
    [table] = [block for block in ast["blocks"] if block["t"] == "Table"]
    assert len(table["c"][2]) == 2  # column specs
    plain = subprocess.run([pandoc, "-f", "docx", "-t", "plain", "--wrap=none", str(source)], check=True,
                           capture_output=True, text=True, timeout=120).stdout
    assert "Hostilities shall stop within 72 hours" in plain and "Бойові дії припиняються протягом 72 годин" in plain


def test_cli_names_the_file_after_its_languages_and_refuses_what_cannot_be_side_by_side(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["render", str(TWELVE_POINT), "--to", "md", "--lang", "en,uk", "--out-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "ukraine-ceasefire-12-point.en-uk.md").exists()
    for args, message in ((["--to", "txt", "--lang", "en,uk"], "plain text takes one --lang"),
                          (["--to", "md", "--lang", "en,uk", "--view", "positions"], "take one --lang"),
                          (["--to", "md", "--lang", "fr"], "no 'fr' version (languages: en, uk)"),
                          (["--to", "md", "--lang", "en,en"], "names a language twice")):
        result = runner.invoke(cli, ["render", str(TWELVE_POINT), *args, "-o", str(tmp_path / "no")])
        assert result.exit_code == 2 and message in result.stderr, (args, result.output)
        assert not (tmp_path / "no").exists()


def test_language_names_are_written_in_themselves() -> None:
    assert [language_name(t) for t in ("en", "uk", "ru", "fr", "ar", "he", "xx")] == [
        "English", "Українська", "Русский", "Français", "العربية", "עברית", "xx"]
