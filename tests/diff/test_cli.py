"""`drafter diff` and `drafter compare`: transcripts, exit codes, output files.

Each file in transcripts/ holds a command, its exit code, stdout and stderr (pandoc's
test/command/*.md). DRAFTER_UPDATE_TRANSCRIPTS=1 rewrites them from the current output.
"""

from __future__ import annotations

import json
import os
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import cli
from tests.conftest import ROOT
from tests.diff.helpers import NEW, OLD, PARTY_A

TRANSCRIPTS = sorted((Path(__file__).parent / "transcripts").glob("*.txt"))
SEPARATORS = ("--- exit\n", "--- stdout\n", "--- stderr\n")


def _run(args: list[str]) -> tuple[int, str, str]:
    previous = Path.cwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(cli, args, env={"NO_COLOR": "1"})
    finally:
        os.chdir(previous)
    return result.exit_code, result.stdout, result.stderr


def _parse(text: str) -> tuple[str, int, str, str]:
    command, rest = text.split(SEPARATORS[0], 1)
    code, rest = rest.split(SEPARATORS[1], 1)
    stdout, stderr = rest.split(SEPARATORS[2], 1)
    return command.strip().removeprefix("$ "), int(code), stdout, stderr


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[p.stem for p in TRANSCRIPTS])
def test_transcript(path: Path) -> None:
    command, code, stdout, stderr = _parse(path.read_text(encoding="utf-8"))
    args = shlex.split(command)[1:]
    got = _run(args)
    if os.environ.get("DRAFTER_UPDATE_TRANSCRIPTS"):
        path.write_text(f"$ {command}\n{SEPARATORS[0]}{got[0]}\n{SEPARATORS[1]}{got[1]}{SEPARATORS[2]}{got[2]}",
                        encoding="utf-8")
        return
    assert got == (code, stdout, stderr)


def test_transcripts_cover_every_exit_code() -> None:
    codes = {_parse(p.read_text(encoding="utf-8"))[1] for p in TRANSCRIPTS}
    assert codes == {0, 1, 2}


def test_same_document_exits_0_and_different_exits_1(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["diff", str(OLD), str(OLD)]).exit_code == 0
    assert runner.invoke(cli, ["diff", str(OLD), str(NEW)]).exit_code == 1


def test_ignore_renumbering_makes_a_renumbered_only_change_the_same(runner: CliRunner, tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    head = "drafter: 1\nid: p\ntitle: P\nversion: '1'\ndate: 2025-01-01\nstatus: draft\nclauses:\n"
    old.write_text(head + "  - id: a\n    text: Alpha.\n    clauses:\n      - id: b\n        text: Bravo.\n")
    new.write_text(head + "  - id: a\n    text: Alpha.\n  - id: b\n    text: Bravo.\n")
    # b moved from 1(a) to 2: that is a move, not a renumbering
    assert runner.invoke(cli, ["diff", str(old), str(new), "--ignore-renumbering"]).exit_code == 1
    new.write_text(head.replace("clauses:\n", "preamble: x\nclauses:\n") + "  - id: a\n    text: Alpha.\n"
                   "    clauses:\n      - id: b\n        text: Bravo.\n")
    old.write_text(head + "  - id: z\n    text: Zulu.\n  - id: a\n    text: Alpha.\n    clauses:\n"
                   "      - id: b\n        text: Bravo.\n")
    result = runner.invoke(cli, ["diff", str(old), str(new), "--ignore-renumbering", "--only", "changed"])
    assert "renumbered" not in result.stdout and "removed 1 → — · z" in result.stdout


def test_context_shows_unchanged_neighbours(runner: CliRunner) -> None:
    only = runner.invoke(cli, ["diff", str(OLD), str(NEW), "--only", "changed"]).stdout
    context = runner.invoke(cli, ["diff", str(OLD), str(NEW), "--context", "1"]).stdout
    everything = runner.invoke(cli, ["diff", str(OLD), str(NEW)]).stdout
    assert "unchanged" not in only
    assert "unchanged 1(a) · ceasefire-scope" in context and "unchanged 1(a) · ceasefire-scope" in everything


def test_output_file_is_written_and_stdout_stays_empty(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "out" / "diff.json"
    result = runner.invoke(cli, ["diff", str(OLD), str(NEW), "--format", "json", "-o", str(target)])
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads(target.read_text())["summary"].startswith("3 reworded")


def test_broken_input_exits_2_with_one_line_and_no_output_file(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("drafter: 1\nid: Not A Slug\n")
    target = tmp_path / "diff.html"
    result = runner.invoke(cli, ["diff", str(bad), str(NEW), "--format", "html", "-o", str(target)])
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr and result.stderr.strip().splitlines()[-1].startswith("drafter: ")
    assert not target.exists()


def test_compare_writes_a_concordance(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["compare", str(PARTY_A), str(PARTY_A), "--format", "md"])
    assert result.exit_code == 0
    assert "| # | kind | A | B |" in result.stdout
    assert "| 1 | matched (1.00) | **1** Ensure an immediate" in result.stdout


def test_help_has_examples(runner: CliRunner) -> None:
    for command, formats in (("diff", "term|md|html|json|docx"), ("compare", "term|md|html|json|docx|amendments")):
        result = runner.invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and "Examples:" in result.stdout and formats in result.stdout
