"""Untitled points read as drafters write them, in real readers; clean copies carry no marks.

An untitled point's number and its text share one line (Markdown through pandoc, Word
through pandoc and LibreOffice, HTML through pandoc); sub-points `(a) text` likewise;
titled points keep their heading line. A clean copy (`--clean`) has no status mark, no
clause id and no drafters' note in any format.
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from drafter.cli import cli
from drafter.load import load_path
from drafter.render import RenderOptions, render
from tests.conftest import TWELVE_POINT, require
from tests.render.conftest import CLOCK, FIXTURES
from tests.word_numbers import printed

UNTITLED = FIXTURES / "untitled.yaml"
ONE_LINE = [
    r"1\. Boats may cross the harbour", r"2\. The ferry runs twice a week", r"4\. No fees are charged",
    r"5\. A joint commission shall:", r"\(a\) keep the crossing log;", r"\(b\) \[settle disputes over moorings",
]
STATUS_MARK = re.compile(r"(—|\[)\s*(agreed|proposed|bracketed|withdrawn)\b|status-(agreed|proposed|bracketed|withdrawn)")


def _lines(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", line.replace("\u00a0", " ")).strip(" -") for line in text.splitlines()]


def _pandoc(path: Path, source: str) -> list[str]:
    out = subprocess.run([require("pandoc"), "-f", source, "-t", "plain", "--wrap=none", str(path)],
                         capture_output=True, text=True, check=True, timeout=120).stdout
    return _lines(out)


def _libreoffice(path: Path) -> list[str]:
    profile = f"-env:UserInstallation={(path.parent / 'lo-profile').as_uri()}"  # apart from any other soffice
    subprocess.run([require("soffice"), profile, "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                    "--outdir", str(path.parent), str(path)], capture_output=True, check=True, timeout=180)
    return _lines(path.with_suffix(".txt").read_text(encoding="utf-8-sig"))


def _write(tmp_path: Path, to: str, **options: object) -> Path:
    data = render(load_path(UNTITLED), to, RenderOptions(created=CLOCK, **options))  # type: ignore[arg-type]
    path = tmp_path / f"untitled.{to}"
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def _assert_one_line(lines: list[str]) -> None:
    for wanted in ONE_LINE:
        assert any(re.match(wanted, line) for line in lines), f"no line starts with {wanted!r}: {lines}"
    assert "6. Entry into force" in lines and "The points take effect at the next full moon." in lines


@pytest.mark.clients
@pytest.mark.parametrize(("to", "source"), [("md", "markdown"), ("docx", "docx"), ("html", "html")])
def test_pandoc_reads_each_point_on_one_line(tmp_path: Path, to: str, source: str) -> None:
    _assert_one_line(_pandoc(_write(tmp_path, to), source))


@pytest.mark.clients
def test_libreoffice_reads_each_point_on_one_line(tmp_path: Path) -> None:
    _assert_one_line(_libreoffice(_write(tmp_path, "docx")))


def test_word_puts_number_and_text_in_one_hanging_paragraph(tmp_path: Path) -> None:
    paragraphs = printed(_write(tmp_path, "docx").read_bytes())  # Word's list number, a tab, the text
    assert ("Point 1", "1.\tBoats may cross the harbour by day under the supervision of the harbour master.") \
        in paragraphs
    assert ("Clause Body", "Timetables are published a week ahead.") in paragraphs
    assert ("Point 2", "(a)\tkeep the crossing log;") in paragraphs
    assert ("Clause 1", "6.\tEntry into force") in paragraphs


def test_status_marks_only_where_they_tell_something(tmp_path: Path) -> None:
    text = _write(tmp_path, "md").read_text(encoding="utf-8")
    assert "crossing. — *agreed*" in text and "*bracketed*" in text
    assert "proposed" not in text  # a draft's points are proposed unless marked


@pytest.mark.parametrize("to", ["md", "html", "txt", "docx"])
def test_a_clean_copy_has_no_status_mark_id_or_note(to: str) -> None:
    proposal = load_path(TWELVE_POINT)
    data = render(proposal, to, RenderOptions(clean=True, created=CLOCK))
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs) if isinstance(data, bytes) else data
    assert STATUS_MARK.search(text) is None
    ids = [proposal.id, *(c.id for c in proposal.walk() if "-" in c.id)]  # `prisoners` is also a word
    assert [i for i in ids if re.search(rf"\b{re.escape(i)}\b", text)] == []
    notes = [note for c in proposal.walk() for note in c.notes]
    assert notes and [n for n in notes if n[:40] in text] == []


def test_clean_refuses_notes_and_positions() -> None:
    result = CliRunner().invoke(cli, ["render", str(TWELVE_POINT), "--to", "md", "--clean", "--with-notes", "-o", "-"])
    assert result.exit_code == 2 and "--clean leaves notes and positions out" in result.stderr
    assert result.stdout == ""
