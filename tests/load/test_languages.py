"""Several language versions in one file: what validates, what is an error, what is a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import InvalidProposal
from drafter.load import check_bytes, load_bytes
from drafter.load.incremental import IncrementalLoader
from drafter.model import Language, Translation

FIXTURE = Path(__file__).parent / "fixtures" / "three-languages.yaml"
TEXT = FIXTURE.read_text(encoding="utf-8")


def problems(text: str, warnings: bool = False) -> list[str]:
    return [str(p) for p in check_bytes(text.encode("utf-8"), "x.yaml", warnings=warnings)]


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_three_languages_validate_without_a_warning() -> None:
    assert problems(TEXT, warnings=True) == []


def test_the_model_holds_every_language() -> None:
    proposal = load_bytes(TEXT.encode(), "x.yaml")
    assert proposal.languages == (Language("en"), Language("uk"),
                                  Language("ru", authentic=False, note="Made for reading; not signed."))
    assert proposal.language == "en"
    start = proposal.index["ceasefire-start"]
    assert start.translation("uk") == Translation(
        "uk", "Набрання чинності", ("Бойові дії припиняються протягом 72 годин після підписання.",))
    assert start.translation("fr") is None
    assert proposal.translations[0].notice == "Тестовий текст; не офіційний документ."
    assert proposal.translations[1].text[0] == "Стороны,"
    assert proposal.annexes[0].translations[0].title == "Моніторинг"


def test_one_language_changed_from_72_to_48_names_both_places() -> None:
    text = TEXT.replace("протягом 72 годин", "протягом 48 годин")
    assert problems(text) == [
        f"x.yaml:{line_of(text, 'Бойові дії припиняються') - 1}:19: clause 'ceasefire-start' "
        "($.clauses[0].clauses[0].translations.uk.text): uk has figure 48 where en has 72 "
        f"(line {line_of(text, 'Hostilities shall stop') - 1}, $.clauses[0].clauses[0].text)"
    ]
    with pytest.raises(InvalidProposal):
        load_bytes(text.encode(), "x.yaml")


def test_the_first_language_changed_alone_is_an_error_in_every_other() -> None:
    found = problems(TEXT.replace("within 72 hours of signature", "within 48 hours of signature"))
    assert len(found) == 2
    assert "translations.uk.text): uk has figure 72 where en has 48" in found[0]
    assert "translations.ru.text): ru has figure 72 where en has 48" in found[1]


@pytest.mark.parametrize(("old", "new", "message"), [
    ("щонайменше на 15 кілометрів", "щонайменше на 16 кілометрів", "uk has figure 16 where en has 15"),
    ("на 1 000 метрів", "на 1 100 метрів", "uk has figure 1100 where en has 1000"),
    ("протягом 21 дня", "протягом двадцяти одного дня", "uk lacks figure 21, which en has"),
    ("в течение 72 часов", "в течение 72 часов (3 дня)", "ru has figure 3, which en does not"),
    ("звітує кожні 7 днів", "звітує щотижня", "uk lacks figure 7, which en has"),
])
def test_figures_agree_by_value_in_any_writing(old: str, new: str, message: str) -> None:
    assert old in TEXT
    found = problems(TEXT.replace(old, new))
    assert len(found) == 1 and message in found[0], found


def test_a_cross_reference_must_stand_in_every_version() -> None:
    text = TEXT.replace("як це встановлено в\n          [[ceasefire-start|locative]]",
                        "як це встановлено в\n          [[prisoners|locative]]")
    [found] = problems(text)
    assert "($.clauses[0].translations.uk.text): uk has cross-reference [[prisoners]] where en has " \
           "[[ceasefire-start]] (line 43, $.clauses[0].text)" in found


def test_a_dangling_reference_in_a_translation_is_reported_there() -> None:
    text = TEXT.replace("Місія з [[prisoners|genitive]]", "Місія з [[prisoner|genitive]]")
    found = problems(text)
    assert any("($.annexes[0].translations.uk.text): cross-reference [[prisoner]] does not match any clause id" in p
               for p in found), found


def test_translations_into_undeclared_or_own_language() -> None:
    text = TEXT.replace("      uk:\n        title: Військовополонені", "      fr:\n        title: Militaires")
    text = text.replace("  uk:\n    title: Домовленості", "  en:\n    title: Домовленості")
    found = problems(text)
    assert any("($.translations.en): 'en' is the file's own language" in p for p in found), found
    assert any("($.clauses[1].translations.fr): language 'fr' is not declared in languages "
               "(declared: en, uk, ru)" in p for p in found), found


def test_a_translation_may_not_add_a_title() -> None:
    text = TEXT.replace("          uk:\n            text: |\n              Кожна",
                        "          uk:\n            title: Зона\n            text: |\n              Кожна")
    [found] = problems(text)
    assert "($.clauses[0].clauses[1].translations.uk.title): uk has a title, but en has none" in found


def test_missing_translations_are_warnings_one_line_each() -> None:
    text = TEXT.replace("""          uk:
            title: Набрання чинності
            text: |
              Бойові дії припиняються протягом 72 годин після підписання.
""", "")
    text = text.replace("    title: Договорённости о прекращении огня\n", "")
    assert problems(text) == []
    assert problems(text, warnings=True) == [
        f"x.yaml:{line_of(text, 'title: Ceasefire arrangements')}:1: warning: document ($.title): "
        "title not translated into ru",
        f"x.yaml:{line_of(text, 'title: Taking effect')}:9: warning: clause 'ceasefire-start' "
        "($.clauses[0].clauses[0].title): title and text not translated into uk",
    ]


def test_a_one_language_file_is_as_before() -> None:
    text = (FIXTURE.parent / "minimal.yaml").read_text(encoding="utf-8")
    proposal = load_bytes(text.encode(), "x.yaml")
    assert proposal.languages == () and proposal.language is None and proposal.translations == ()
    assert all(clause.translations == () and clause.language is None for clause in proposal.walk())


def test_the_incremental_loader_reads_translations_as_the_full_loader_does() -> None:
    versions = [TEXT, TEXT.replace("протягом 72 годин", "протягом 72 годин (трьох діб)"),
                TEXT.replace("протягом 72 годин", "протягом 48 годин"),
                TEXT.replace("within 72 hours", "within 48 hours").replace("протягом 72", "протягом 48")
                .replace("в течение 72", "в течение 48")]
    loader = IncrementalLoader()
    for text in versions:
        data = text.encode()
        try:
            expected = load_bytes(data, "x.yaml")
        except InvalidProposal as error:
            with pytest.raises(InvalidProposal) as raised:
                loader.load(data, "x.yaml")
            assert raised.value.problems == error.problems
            continue
        assert loader.load(data, "x.yaml") == expected


ONE_LANGUAGE = """drafter: 1
id: uk-test
title: Тест
language: uk
version: "0.1"
date: 2026-12-02
status: draft
clauses:
  - id: ceasefire
    text: Сторони припиняють вогонь.
  - id: monitoring
    text: Моніторинг відповідно до [[ceasefire|genitive]].
"""


def test_language_names_a_one_language_file_as_languages_would() -> None:
    proposal = load_bytes(ONE_LANGUAGE.encode(), "x.yaml")
    shorthand = ONE_LANGUAGE.replace("language: uk", "languages: {uk: authentic}")
    assert proposal.languages == (Language("uk"),) == load_bytes(shorthand.encode(), "x.yaml").languages
    assert proposal.language == "uk"


def test_language_beside_languages_is_an_error_at_language() -> None:
    text = ONE_LANGUAGE.replace("language: uk", "language: uk\nlanguages: {uk: authentic, en: translation}")
    assert problems(text) == [
        "x.yaml:4:1: document ($.language): say the language once: `language:` for a one-language file, "
        "or `languages:` (its own language first) for several"
    ]


def test_language_must_be_a_language_tag() -> None:
    found = problems(ONE_LANGUAGE.replace("language: uk", "language: Ukrainian language"))
    assert len(found) == 1 and found[0].startswith("x.yaml:4:11: document ($.language): ")


def test_a_translation_into_the_language_a_one_language_file_is_in_is_refused() -> None:
    text = ONE_LANGUAGE.replace("Сторони припиняють вогонь.", "Сторони припиняють вогонь.\n    translations:\n"
                                "      uk: {text: Сторони припиняють вогонь.}")
    assert any("'uk' is the file's own language" in problem for problem in problems(text))
