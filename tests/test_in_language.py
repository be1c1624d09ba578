"""One language's view of a proposal (drafter/languages.py) and translations kept by dump."""

from __future__ import annotations

import pytest

from drafter.dump import proposal_data
from drafter.errors import InputError
from drafter.importers.emit import to_yaml
from drafter.languages import check_languages, in_language, language_tags
from drafter.load import load_bytes, load_path
from tests.conftest import TWELVE_POINT
from tests.load.test_languages import FIXTURE, TEXT


def test_reading_in_the_first_language_changes_nothing() -> None:
    proposal = load_path(FIXTURE)
    assert in_language(proposal, "en") is proposal


def test_reading_in_another_language_turns_every_field_round() -> None:
    proposal = load_path(FIXTURE)
    uk = in_language(proposal, "uk")
    assert language_tags(uk) == ("uk", "en", "ru")
    assert (uk.title, uk.notice, uk.preamble[0]) == ("Домовленості про припинення вогню",
                                                       "Тестовий текст; не офіційний документ.", "Сторони,")
    start = uk.index["ceasefire-start"]
    assert start.title == "Набрання чинності" and start.language is None
    assert start.text == ("Бойові дії припиняються протягом 72 годин після підписання.",)
    assert [t.language for t in start.translations] == ["en", "ru"]
    assert start.translation("en").text == proposal.index["ceasefire-start"].text
    assert uk.annexes[0].title == "Моніторинг"
    assert [c.number for c in uk.walk()] == [c.number for c in proposal.walk()]
    assert uk.translations[0].title == proposal.title


def test_an_untranslated_clause_keeps_its_words_and_says_in_which_language() -> None:
    text = TEXT.replace("              Бойові дії припиняються протягом 72 годин після підписання.\n", "")
    text = text.replace("            title: Набрання чинності\n            text: |\n", "            title: Набрання чинності\n")
    uk = in_language(load_bytes(text.encode(), "x.yaml"), "uk")
    start = uk.index["ceasefire-start"]
    assert start.language == "en"
    assert (start.title, start.text) == ("Taking effect", ("Hostilities shall stop within 72 hours of signature.",))


def test_a_language_the_proposal_lacks_is_a_one_line_error() -> None:
    with pytest.raises(InputError, match=r"three-languages.yaml: no 'fr' version \(languages: en, uk, ru\)"):
        in_language(load_path(FIXTURE), "fr")
    with pytest.raises(InputError, match=r"holds one language version \(it declares no languages:\), so it cannot be set beside itself in en, uk"):
        check_languages(load_path(TWELVE_POINT.with_name("russia-alaska-position.yaml")), ("en", "uk"))
    check_languages(load_path(TWELVE_POINT.with_name("russia-alaska-position.yaml")), ("en",))


def test_translations_survive_a_round_trip() -> None:
    proposal = load_path(FIXTURE)
    again = load_bytes(to_yaml(proposal_data(proposal)).encode("utf-8"), str(FIXTURE))
    assert again == proposal


def test_git_text_form_shows_every_language() -> None:
    from drafter.render.outline import TextShape, outline

    lines = list(outline(load_path(FIXTURE), TextShape()))
    assert "languages: en authentic, uk authentic, ru translation" in lines
    start = lines.index("  [ceasefire-start] Taking effect · proposed")
    assert lines[start + 1:start + 5] == [
        "Hostilities shall stop within 72 hours of signature.",
        "  [uk] Набрання чинності", "  Бойові дії припиняються протягом 72 годин після підписання.",
        "  [ru] Вступление в силу"]
    assert "  [uk] Моніторинг" in lines
