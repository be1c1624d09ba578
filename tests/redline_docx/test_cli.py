"""`drafter diff --format docx` and `drafter compare --format docx` from the command line."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from drafter.cli import cli
from tests.conftest import PROPOSALS
from tests.redline_docx.conftest import NEW, OLD
from tests.redline_docx.review import W, document_xml, paragraphs, revisions


def test_diff_writes_a_word_redline_and_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "redline.docx"
    result = runner.invoke(cli, ["diff", str(OLD), str(NEW), "--format", "docx", "-o", str(out),
                                 "--author", "Drafting team"])
    assert result.exit_code == 1, result.stderr
    assert result.stdout == ""
    data = out.read_bytes()
    assert {r.get(W + "author") for r in revisions(data)} == {"Drafting team"}
    assert any(text.startswith("2.\tPeace board") for _, text in paragraphs(data, "accept"))


def test_same_documents_exit_0_with_a_redline_without_changes(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "same.docx"
    result = runner.invoke(cli, ["diff", str(OLD), str(OLD), "-f", "docx", "-o", str(out)])
    assert result.exit_code == 0 and revisions(out.read_bytes()) == []


def test_compare_writes_a_word_comparative_table(runner: CliRunner, tmp_path: Path) -> None:
    """compare's Word output is a table with one column per text (not a tracked-changes redline)."""
    out = tmp_path / "compare.docx"
    result = runner.invoke(cli, ["compare", str(PROPOSALS / "us-battle-line-position.yaml"),
                                 str(PROPOSALS / "russia-alaska-position.yaml"), "--format", "docx", "-o", str(out)])
    assert result.exit_code == 1, result.stderr
    body = document_xml(out.read_bytes()).find(W + "body")
    table = body.find(W + "tbl")
    assert revisions(out.read_bytes()) == []
    assert len(table.find(W + "tr").findall(W + "tc")) == 3
    assert table.find(W + "tr").find(W + "trPr").find(W + "tblHeader") is not None


def test_docx_goes_to_a_pipe_but_never_to_a_terminal(tmp_path: Path) -> None:
    args = [sys.executable, "-m", "drafter", "diff", str(OLD), str(NEW), "--format", "docx"]
    piped = subprocess.run(args, capture_output=True, check=False)
    assert piped.returncode == 1 and piped.stdout.startswith(b"PK")
    main, secondary = pty.openpty()
    try:
        done = subprocess.run(args, stdout=secondary, stderr=subprocess.PIPE, check=False, timeout=60)
    finally:
        os.close(secondary)
        os.close(main)
    assert done.returncode == 2
    assert done.stderr.decode().strip() == "drafter: refusing to write a binary document to the terminal; use -o FILE"


def test_a_missing_file_exits_2_and_writes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "redline.docx"
    result = runner.invoke(cli, ["diff", str(tmp_path / "missing.yaml"), str(NEW), "-f", "docx", "-o", str(out)])
    assert result.exit_code == 2
    assert "missing.yaml: no such file" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_help_lists_docx_and_author(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["diff", "--help"])
    assert "docx: Word: the new version with tracked changes" in " ".join(result.stdout.split())
    assert "--author" in result.stdout and "--format docx -o redline.docx" in result.stdout
