"""`drafter import` from the command line: output, --dry-run, notices, stdin, bad input."""

from __future__ import annotations

import re
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


def test_explain_prints_each_decision_with_the_source_line_it_came_from(runner: CliRunner) -> None:
    source = FIXTURES / "counter-proposal.txt"
    result = runner.invoke(cli, ["import", str(source), "--explain", "--dry-run"])
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert f"{source}:2: date 2031-03-14 from DATE ('14-15 March 2031')" in lines
    assert lines[lines.index(f"{source}:17: point numbered 4") + 1] == \
        "    | 4. Pedestrians cross free of charge on market days."
    assert lines[lines.index(f"{source}:15: editorial note in parentheses kept as a note: (Point 3 of the ferry plan "
                             "is deleted. The plan said: \"Cars…") + 1].startswith("    | (Point 3 of the ferry plan")
    assert f"{source}:21: title 'Night crossings' (a short line above the text)" in lines
    numbers = [int(line.split(":")[1]) for line in lines if re.match(rf"{re.escape(str(source))}:[0-9]+:", line)]
    assert numbers == sorted(numbers)


def test_an_undated_text_writes_undated_and_validate_warns_until_it_is_filled(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "lake.yaml"
    result = runner.invoke(cli, ["import", str(FIXTURES / "undated-title.txt"), "-o", str(target)])
    assert result.exit_code == 0 and "date: undated\n" in target.read_text(encoding="utf-8")
    checked = runner.invoke(cli, ["validate", str(target)])
    assert checked.exit_code == 0 and ": warning: document ($.date): the source gives no date" in checked.stdout
    assert runner.invoke(cli, ["validate", "--strict", str(target)]).exit_code == 1
    dated = runner.invoke(cli, ["import", str(FIXTURES / "undated-title.txt"), "--date", "2031-07-01"])
    assert "date: 2031-07-01\n" in dated.stdout


@pytest.mark.parametrize("bad", ["2031-02-30", "1 July 2031", "2031-7-1"])
def test_a_date_that_is_not_yyyy_mm_dd_is_a_usage_error(runner: CliRunner, bad: str) -> None:
    result = runner.invoke(cli, ["import", str(FIXTURES / "flat.txt"), "--date", bad])
    assert result.exit_code == 2 and f"'{bad}' is not a date written YYYY-MM-DD" in result.stderr


def test_rendering_an_imported_counter_proposal_shows_the_source_numbers(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "counter.yaml"
    assert runner.invoke(cli, ["import", str(FIXTURES / "counter-proposal.txt"), "-o", str(target)]).exit_code == 0
    shown = runner.invoke(cli, ["show", str(target)])
    assert [line.split()[1] for line in shown.stdout.splitlines()[2:7]] == ["1.", "2.", "4.", "5.", "6."]
    rendered = runner.invoke(cli, ["render", str(target), "--to", "txt", "-o", "-"])
    assert rendered.exit_code == 0, rendered.stderr
    assert "4." in rendered.stdout and "3." not in rendered.stdout
