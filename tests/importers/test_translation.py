"""`drafter import --translation-of P --lang uk FILE`: a translation made elsewhere, put into P."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import cli
from drafter.diff.bilingual import align_translation, structures
from drafter.importers import import_bytes
from drafter.load import check_bytes, load_path
from drafter.model import Language
from tests.load.test_languages import FIXTURE

HERE = Path(__file__).parent / "fixtures" / "translation"
ORIGINAL = HERE / "original.yaml"


def run(runner: CliRunner, tmp_path: Path, source: str, *extra: str):
    target = tmp_path / "out.yaml"
    result = runner.invoke(cli, ["import", str(HERE / source), "--translation-of", str(ORIGINAL), "--lang", "uk",
                                 "-o", str(target), *extra])
    return result, target


def test_a_whole_translation_goes_beside_every_clause(runner: CliRunner, tmp_path: Path) -> None:
    result, target = run(runner, tmp_path, "uk.md", "--authentic")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    merged, expected = load_path(target), load_path(FIXTURE)
    assert [c.translation("uk") for c in merged.walk()] == [c.translation("uk") for c in expected.walk()]
    assert merged.languages == (Language("en"), Language("ru", False, "Made for reading; not signed."),
                                Language("uk"))
    assert merged.annexes[0].translations[1] == expected.annexes[0].translations[0]
    [uk] = [t for t in merged.translations if t.language == "uk"]
    assert (uk.title, uk.text) == (expected.translations[0].title, expected.translations[0].text)
    assert check_bytes(target.read_bytes(), "out.yaml", warnings=True)[0].message == "notice not translated into uk"


def test_the_original_file_keeps_every_line_it_had(runner: CliRunner, tmp_path: Path) -> None:
    _, target = run(runner, tmp_path, "uk.md")
    before = ORIGINAL.read_text(encoding="utf-8").splitlines()
    after = target.read_text(encoding="utf-8").splitlines()
    kept = iter(after)
    assert all(any(line == other for other in kept) for line in before)  # in order, nothing removed or changed
    assert before[0].startswith("# The three-language test text")
    assert "  uk: translation" in after


def test_references_come_back_as_ids_and_lead_ins_as_titles(runner: CliRunner, tmp_path: Path) -> None:
    _, target = run(runner, tmp_path, "uk.md")
    merged = load_path(target)
    assert merged.index["ceasefire"].translation("uk").text == (
        "Сторони припиняють усі бойові дії вздовж лінії зіткнення, як це встановлено в [[ceasefire-start|locative]].",)
    assert merged.annexes[0].translations[1].text == ("Місія з [[prisoners|genitive]] звітує кожні 7 днів.",)
    assert merged.index["ceasefire-start"].translation("uk").title == "Набрання чинності"


def test_a_translation_stating_other_figures_is_left_out_and_said(runner: CliRunner, tmp_path: Path) -> None:
    result, target = run(runner, tmp_path, "uk-sixty-days.md")
    assert result.exit_code == 0, result.output
    assert f"{ORIGINAL}: point 2: uk text not added: uk has figure 60 where en has 90" in result.stderr.splitlines()
    merged = load_path(target)
    assert merged.index["prisoners"].translation("uk") is None
    assert merged.index["ceasefire-zone"].translation("uk") is not None


def test_a_translation_numbered_otherwise_is_paired_by_its_words_and_the_doubtful_pairs_listed(
        runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["import", str(HERE / "uk-shifted.md"), "--translation-of", str(ORIGINAL),
                                 "--lang", "uk", "--dry-run"])
    assert result.exit_code == 0, result.output
    lines = [line.replace(str(ORIGINAL), "P").replace(str(HERE / "uk-shifted.md"), "T") for line in
             result.stdout.splitlines()]
    assert lines[0].startswith("P:31: point 1 ← uk 1 “Припинення вогню")
    assert lines[1].startswith("P:43: point 1(a) ← uk 2 “Набрання чинності") and "uncertain (numbering differs" in lines[1]
    assert lines[2].startswith("P:52: point 1(b) ← uk 3 “Кожна Сторона") and "uncertain (numbering differs" in lines[2]
    assert lines[3:5] == ["P:61: point 2: no uk text found for it", "P:81: point A.1: no uk text found for it"]
    assert lines[5].startswith("T: uk 4 “Військовополонені") and lines[5].endswith("renders no point of P; left out")
    assert not (tmp_path / "out.yaml").exists()


def test_numbering_pairs_letters_of_any_alphabet() -> None:
    original = load_path(ORIGINAL)
    translation = import_bytes((HERE / "uk.md").read_bytes(), "uk.md").proposal
    [zone] = [c for c in translation.walk() if c.number == "1(б)"]
    assert structures(original)["ceasefire-zone"] == ("", "1", "2") == structures(translation)[zone.id]
    found = align_translation(original, translation, semantic=False)
    assert [translation.index[p.translation].number for p in found.pairs] == ["1", "1(а)", "1(б)", "2", "А.1"]
    assert not any(p.uncertain for p in found.pairs) and not found.semantic


@pytest.mark.parametrize(("args", "message"), [
    (["--lang", "uk"], "--translation-of PROPOSAL and --lang TAG go together"),
    (["--translation-of", str(ORIGINAL), "--lang", "ukrainian!"], "'ukrainian!' is not a language tag"),
    (["--translation-of", str(ORIGINAL), "--lang", "en"], "'en' is its own language"),
    (["--translation-of", str(ORIGINAL), "--lang", "ru"], "already holds a 'ru' translation"),
    (["--translation-of", str(FIXTURE.with_name("minimal.yaml")), "--lang", "uk"], "declares no languages"),
])
def test_refusals_are_one_line(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(cli, ["import", str(HERE / "uk.md"), *args])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output


def test_an_original_saying_language_is_asked_to_say_languages(runner: CliRunner, tmp_path: Path) -> None:
    original = tmp_path / "one.yaml"
    original.write_text(FIXTURE.with_name("minimal.yaml").read_text(encoding="utf-8").replace(
        "\nversion:", "\nlanguage: en\nversion:", 1), encoding="utf-8")
    before = original.read_bytes()
    result = runner.invoke(cli, ["import", str(HERE / "uk.md"), "--translation-of", str(original), "--lang", "uk"])
    assert result.exit_code == 2, result.output
    assert "says its one language with `language:`; to add a translation, write `languages:`" in result.stderr
    assert original.read_bytes() == before
