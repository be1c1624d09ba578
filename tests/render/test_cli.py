"""`drafter render` from the command line: targets, several files, errors leave nothing behind."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafter.cli import cli
from tests.render.conftest import SMALL


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_default_output_goes_under_build(runner, work: Path) -> None:
    result = runner.invoke(cli, ["render", str(SMALL), "--to", "docx"])
    assert result.exit_code == 0, result.stderr
    assert (work / "build" / "small.docx").read_bytes()[:2] == b"PK"
    assert result.stderr == "wrote build/small.docx\n"


def test_markdown_to_standard_output(runner, work: Path) -> None:
    result = runner.invoke(cli, ["render", str(SMALL), "--to", "md", "-o", "-", "--only", "agreed"])
    assert result.exit_code == 0, result.stderr
    assert "### 3. Prisoners" in result.stdout and "Truce" not in result.stdout
    assert not (work / "build").exists()


def test_a_folder_renders_every_proposal_in_it(runner, work: Path) -> None:
    (work / "in").mkdir()
    for name in ("one.yaml", "two.yaml"):
        shutil.copy(SMALL, work / "in" / name)
    result = runner.invoke(cli, ["render", "in", "--to", "html", "--out-dir", "site"])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (work / "site").iterdir()) == ["one.html", "two.html"]
    assert "Rendering" not in result.stderr  # no progress bar off a terminal


def test_positions_view_gets_its_own_name(runner, work: Path) -> None:
    result = runner.invoke(cli, ["render", str(SMALL), "--to", "md", "--view", "positions"])
    assert result.exit_code == 0, result.stderr
    assert "| 2 | Border | bracketed | supports | opposes |" in (work / "build" / "small-positions.md").read_text()


def test_one_output_file_for_several_proposals_is_a_usage_error(runner, work: Path) -> None:
    result = runner.invoke(cli, ["render", str(SMALL), str(SMALL), "--to", "md", "-o", "x.md"])
    assert result.exit_code == 2 and "-o FILE takes one proposal" in result.stderr
    assert not (work / "x.md").exists()


@pytest.mark.parametrize("body", ["{{ no_such_name }}", "{{ ''.__class__.__mro__ }}"])
def test_a_bad_template_leaves_no_output_and_one_line(runner, work: Path, body: str) -> None:
    (work / "bad.md.j2").write_text(f"# {{{{ title }}}}\n{body}\n")
    result = runner.invoke(cli, ["render", str(SMALL), "--to", "md", "--template", "bad.md.j2", "-o", "out.md"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("drafter: bad.md.j2:2: ")
    assert "Traceback" not in result.stderr
    assert list(work.iterdir()) == [work / "bad.md.j2"]


def test_a_template_of_the_wrong_kind_is_refused(runner, work: Path) -> None:
    (work / "x.md.j2").write_text("hi")
    result = runner.invoke(cli, ["render", str(SMALL), "--to", "docx", "--template", "x.md.j2"])
    assert result.exit_code == 2 and "--to docx needs a *.docx template" in result.stderr


def test_an_invalid_proposal_is_reported_without_output(runner, work: Path) -> None:
    (work / "bad.yaml").write_text("drafter: 1\nid: Bad Id\n")
    result = runner.invoke(cli, ["render", "bad.yaml", "--to", "docx"])
    assert result.exit_code == 1 and "bad.yaml:" in result.stderr
    assert not (work / "build").exists()
