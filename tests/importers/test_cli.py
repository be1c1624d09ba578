"""`drafter import` from the command line: output, --dry-run, notices, stdin, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import cli
from drafter.load import load_path
from tests.conftest import ROOT

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"
"""The real texts the brief keeps beside the repository (../shared/corpus); CI lays a copy there too."""


def test_writes_a_valid_proposal_with_the_given_id_and_title(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "out" / "lake.yaml"
    result = runner.invoke(cli, ["import", str(FIXTURES / "header-dotted.txt"), "-o", str(target),
                                 "--id", "lake-accord", "--title", "Lake accord"])
    assert result.exit_code == 0, result.stderr
    proposal = load_path(target)
    assert (proposal.id, proposal.title, len(proposal.clauses)) == ("lake-accord", "Lake accord", 4)
    assert result.stdout == ""
    assert result.stderr.splitlines()[-2:] == [
        f"{FIXTURES / 'header-dotted.txt'}:24: editorial marker kept as a note: [NOTE: the last page of the stored "
        "copy is missing]",
        f"{FIXTURES / 'header-dotted.txt'}:24: text missing here: recorded as a gap after point 4"]


def test_dry_run_prints_the_outline_and_writes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["import", str(FIXTURES / "leadins.md"), "--dry-run", "-o", str(tmp_path / "x.yaml")])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[2:5] == [
        "1. Grazing season — Flocks may graze the high pasture from June",
        "2. Water troughs — Each valley maintains the troughs on its own",
        "3. The shepherds' hut shall belong to the eastern [bracketed]"]
    assert result.stdout.splitlines()[-1] == "5 points, 8 clauses in all"
    assert not (tmp_path / "x.yaml").exists()


def test_reads_standard_input_and_prints_yaml(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["import", "-", "--id", "piped"], input="1. Open the gate.\n2. Close it.\n")
    assert result.exit_code == 0, result.stderr
    assert "id: piped\n" in result.stdout and "      Close it.\n" in result.stdout


@pytest.mark.parametrize(("content", "message"), [
    (b"", "drafter: {path}: file is empty; nothing to import\n"),
    (b"1. text\n", "drafter: {path}: not a Word document (not a zip archive)\n"),
])
def test_bad_input_is_one_line_exit_2_and_no_output_file(runner: CliRunner, tmp_path: Path, content: bytes,
                                                          message: str) -> None:
    source, target = tmp_path / "in.docx", tmp_path / "out.yaml"
    source.write_bytes(content)
    result = runner.invoke(cli, ["import", str(source), "-o", str(target)])
    assert (result.exit_code, result.stderr) == (2, message.format(path=source))
    assert not target.exists()


def test_missing_file_and_bad_id(runner: CliRunner, tmp_path: Path) -> None:
    missing = runner.invoke(cli, ["import", str(tmp_path / "none.txt")])
    assert (missing.exit_code, missing.stderr) == (2, f"drafter: {tmp_path / 'none.txt'}: no such file\n")
    bad = runner.invoke(cli, ["import", str(FIXTURES / "flat.txt"), "--id", "Not A Slug"])
    assert bad.exit_code == 2 and "is not a slug" in bad.stderr


EXPECTED = {"01": 12, "02": 12, "05": 7, "06": 15, "15": 12, "16": 10}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus of real texts is not on this machine")
@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_real_texts_of_the_shared_corpus_give_the_published_number_of_points(runner: CliRunner, prefix: str) -> None:
    # read in place, never copied into the project: header above `---` and `[...]` markers handled by the importer
    source = next(CORPUS.glob(f"{prefix}_*.txt"))
    result = runner.invoke(cli, ["import", str(source), "--dry-run"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith(f"{EXPECTED[prefix]} points, ")
