"""Amendments between the shipped plan's two bilingual versions (English, and the project's Ukrainian).

Instructions amend the text's own language. The JSON and YAML forms carry every other language
version as records, so they give v0.3 exactly; the text form says which points' translations it
leaves out, and applying it alone would leave the Ukrainian stating the old figure, which
`drafter amend` refuses, naming the places.
"""

from __future__ import annotations

from pathlib import Path

from tests.amend.test_cli import _run
from tests.conftest import PROPOSALS

V02 = PROPOSALS / "ukraine-ceasefire-12-point-v0.2.yaml"
V03 = PROPOSALS / "ukraine-ceasefire-12-point.yaml"


def test_the_machine_form_gives_every_language_of_v03(tmp_path: Path) -> None:
    written, consolidated = tmp_path / "a.json", tmp_path / "v03.yaml"
    assert _run("diff", V02, V03, "--format", "amendments", "-o", written)[0] == 1
    assert _run("amend", V02, written, "-o", consolidated)[0] == 0
    code, stdout, _ = _run("diff", consolidated, V03, "--only", "changed")
    assert (code, stdout.splitlines()[-1]) == (0, "no changes")


def test_the_text_form_names_what_it_leaves_out_and_is_not_applied_alone(tmp_path: Path) -> None:
    written = tmp_path / "a.txt"
    assert _run("diff", V02, V03, "--format", "amendments", "-o", written)[0] == 1
    text = written.read_text(encoding="utf-8")
    assert "2. In point 1(b), for “48”, in each place, substitute “72”." in text
    assert "Not in this text: the other language versions of points 1(b), 9, 11" in text
    code, _, stderr = _run("amend", V02, written, "-o", tmp_path / "never.yaml")
    assert code == 1 and not (tmp_path / "never.yaml").exists()
    assert "translations.uk.text): uk has figure 48 (x2) where en has 72 (x2)" in stderr
