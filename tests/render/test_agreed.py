"""`--only agreed`: a text a party could sign off, with its gaps said out loud."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from click.testing import CliRunner

from drafter.cli import cli

AGREED = """\
drafter: 1
id: agreed-fixture
title: Agreed fixture
version: "1"
date: 2031-04-02
status: draft
clauses:
  - id: crossing
    status: agreed
    text: Boats may cross by day, as set out in [[fees]].
  - id: fees
    text: No fees are charged.
  - id: commission
    status: agreed
    text: "A joint commission shall:"
    clauses:
      - id: log
        status: agreed
        text: keep the crossing log;
      - id: moorings
        text: settle disputes over moorings.
annexes:
  - id: annex-rules
    title: Rules
    clauses:
      - id: rule
        text: Rules are drawn up later.
"""


def _run(tmp_path: Path, text: str, *args: str) -> tuple[int, str, str, Path]:
    source, out = tmp_path / "p.yaml", tmp_path / "out"
    source.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(source), "--only", "agreed", "-o", str(out), *args])
    return result.exit_code, result.stdout, result.stderr, out


def test_agreed_text_says_where_it_leaves_something_out(tmp_path: Path) -> None:
    code, _, stderr, out = _run(tmp_path, AGREED, "--to", "md")
    text = out.read_text(encoding="utf-8")
    assert code == 0
    assert "agreed text only" in text.splitlines()[2]
    assert "1\\. Boats may cross by day, as set out in point\u00a02 \\[not in the agreed text\\]." in text
    assert "2\\." not in text and "Annex A" not in text  # no heading over nothing
    assert "*Sub-points not agreed, left out: (b)*" in text and "keep the crossing log" in text
    assert "warning:" in stderr and "clause 'crossing' refers to point\u00a02, which is not agreed" in stderr


def test_the_word_copy_carries_the_same_label(tmp_path: Path) -> None:
    code, _, _, out = _run(tmp_path, AGREED, "--to", "docx")
    lines = [p.text for p in docx.Document(io.BytesIO(out.read_bytes())).paragraphs]
    assert code == 0 and lines[1] == "Version 1 · 2031-04-02 · DRAFT · agreed text only"
    assert "Sub-points not agreed, left out: (b)" in lines


def test_nothing_agreed_is_an_error_and_writes_nothing(tmp_path: Path) -> None:
    code, stdout, stderr, out = _run(tmp_path, AGREED.replace("status: agreed", "status: proposed"), "--to", "docx")
    assert code != 0 and not out.exists() and stdout == ""
    assert "no clause is agreed, so --only agreed has nothing to render" in stderr
