"""`drafter diff --format amendments` and `drafter amend` as a user runs them: files written
(or not), exit codes, the form chosen from the file's extension, the done-when loop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import cli
from tests.amend.conftest import HERE, V02, V03

UA, EU = HERE / "fixtures" / "ua.txt", HERE / "fixtures" / "eu.txt"


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("style", ["plain", "uk", "eu", "us"])
@pytest.mark.parametrize("extension", ["txt", "json", "yaml"])
def test_v02_amended_by_the_v02_to_v03_amendments_is_v03(tmp_path: Path, style: str, extension: str) -> None:
    written = tmp_path / f"v03-amendments.{extension}"
    assert _run("diff", V02, V03, "--format", "amendments", "--style", style, "-o", written)[0] == 1
    consolidated = tmp_path / "v03.yaml"
    code, _, stderr = _run("amend", V02, written, "-o", consolidated)
    assert (code, stderr) == (0, f"drafter: applied {6 if style != 'eu' else 5} of {6 if style != 'eu' else 5} "
                                 "instructions from 1 set\n")
    assert _run("validate", consolidated)[0] == 0
    same = _run("diff", consolidated, V03, "--only", "changed")
    if extension == "txt":  # the text form carries the wording, not notes, positions or ids
        assert same[0] == 1 and "changed" in same[1] and "notes" in same[1]  # fields only: `changed`
    else:
        assert same[0] == 0 and same[1].endswith("no changes\n")


def test_the_form_follows_the_extension_or_as(tmp_path: Path) -> None:
    assert json.loads(_run("diff", V02, V03, "--format", "amendments", "--as", "json")[1])["format"] == \
        "drafter-amendments"
    _run("diff", V02, V03, "--format", "amendments", "-o", tmp_path / "a.yaml")
    assert (tmp_path / "a.yaml").read_text().startswith("format: drafter-amendments\n")
    _run("diff", V02, V03, "--format", "amendments", "-o", tmp_path / "a.md")
    assert (tmp_path / "a.md").read_text().startswith("### Amendments to")


def test_a_conflict_writes_nothing_and_partial_writes_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "c.yaml"
    code, stdout, stderr = _run("amend", V02, UA, EU, "-o", out)
    assert (code, stdout, out.exists()) == (1, "", False)
    assert "eu.txt: instruction 1 (point 1(b)): conflict with ua.txt 1" in stderr
    code, _, stderr = _run("amend", V02, UA, EU, "-o", out, "--partial")
    assert code == 1 and out.exists()
    assert stderr.endswith("drafter: applied 4 of 6 instructions from 2 sets; 2 left out\n")
    assert "- ua.txt 1" in out.read_text() and "- eu.txt 3" in out.read_text()


def test_word_goes_to_a_file_never_to_a_terminal(tmp_path: Path) -> None:
    out = tmp_path / "v03.docx"
    assert _run("diff", V02, V03, "--format", "amendments", "--style", "eu", "-o", out)[0] == 1
    assert out.read_bytes()[:2] == b"PK"


def test_two_parties_texts_compared_and_amended_in_the_text_form(tmp_path: Path) -> None:
    from tests.conftest import PROPOSALS

    us, ru = PROPOSALS / "us-battle-line-position.yaml", PROPOSALS / "russia-alaska-position.yaml"
    written = tmp_path / "us-to-ru.txt"
    assert _run("compare", us, ru, "--format", "amendments", "-o", written)[0] == 1
    assert "Ids changed: point 4 → {#donetsk-for-south-exchange};" in written.read_text()
    assert _run("amend", us, written, "-o", tmp_path / "ru.yaml")[0] == 0
    from drafter.load import load_path
    from tests.amend.test_properties import shape

    assert shape(load_path(tmp_path / "ru.yaml"), working=False) == shape(load_path(ru), working=False)


def test_two_parties_texts_amended_from_the_json_form_are_the_second_text(tmp_path: Path) -> None:
    """`drafter amend A (drafter compare A B --format amendments --as json)` is B, with pins too."""
    from tests.conftest import PROPOSALS

    us, ru = PROPOSALS / "us-battle-line-position.yaml", PROPOSALS / "russia-alaska-position.yaml"
    pairs = tmp_path / "pairs.yaml"
    pairs.write_text("together:\n  - [A:stop-at-battle-line, B:alaska-understandings-stand]\n")
    sets = []
    for extra in ((), ("--pairs", pairs)):
        code, written, _ = _run("compare", us, ru, "--format", "amendments", "--as", "json", *extra)
        assert code == 1
        sets.append(json.loads(written))
        (tmp_path / "a.json").write_text(written)
        assert _run("amend", us, tmp_path / "a.json", "-o", tmp_path / "ru.yaml")[0] == 0
        code, out, _ = _run("diff", tmp_path / "ru.yaml", ru)
        assert code == 0 and out.endswith("no changes\n")
    def kinds(found: dict) -> set[str]:
        return {a["kind"] for a in found["amendments"] if (a["target"] or {}).get("id") == "stop-at-battle-line"}

    assert (kinds(sets[0]), kinds(sets[1])) == ({"delete"}, {"replace"})  # the pin pairs A1 with B1: amended
