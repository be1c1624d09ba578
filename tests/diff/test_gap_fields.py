"""A gap in the source text added or removed between versions is a change of the document
field `gaps`: diff reports it and exits 1 (before, two versions differing only there were "the same")."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from drafter.cli import cli
from tests.render.conftest import FIXTURES

GAPS = FIXTURES / "gaps.yaml"


def test_a_text_no_longer_cut_off_is_a_change_of_its_gaps(runner: CliRunner, tmp_path: Path) -> None:
    whole = tmp_path / "whole.yaml"
    whole.write_text(GAPS.read_text(encoding="utf-8").replace(
        "  - after: bridges\n    note: rest of the text not published\n", ""), encoding="utf-8")
    result = runner.invoke(cli, ["diff", str(GAPS), str(whole), "-o", "-"])
    assert result.exit_code == 1, result.output
    assert "document gaps: [-before the first clause (points 1-2 not available); " in result.output
    assert "after bridges (rest of the text not published)-] {+before the first clause" in result.output
    same = runner.invoke(cli, ["diff", str(GAPS), str(GAPS), "-o", "-"])
    assert same.exit_code == 0 and "document gaps" not in same.output
