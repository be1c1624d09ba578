"""A proposal in several languages: one language's view of it, and what each version holds.

The file's own `title` and `text` fields are in the proposal's first language; the others
sit beside them under `translations:` (see docs/format.md). `in_language` turns a proposal
round so that another language is the first: every renderer and the diff then read that
language's words through the fields they already know.

    uk = in_language(proposal, "uk")        # titles and texts in Ukrainian
    uk.clauses[0].language                  # None: translated; "en": shown in English, untranslated
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from drafter.errors import InputError
from drafter.model import Annex, Clause, Proposal, Translation, find_translation


def language_tags(proposal: Proposal) -> tuple[str, ...]:
    """The tags of the language versions the proposal holds, its own first; () when it says none."""
    return tuple(language.tag for language in proposal.languages)


def check_languages(proposal: Proposal, tags: tuple[str, ...]) -> None:
    """Raise a one-line error unless the proposal holds every language in `tags`.

    A proposal that declares no languages holds one, of unknown tag: it is accepted for any
    single tag, so `--lang en` works on every file.
    """
    held = language_tags(proposal)
    if not held:
        if len(tags) == 1:
            return
        raise InputError(f"{proposal.origin}: holds one language version (it declares no languages:), "
                         f"so it cannot be set beside itself in {', '.join(tags)}")
    for tag in tags:
        if tag not in held:
            raise InputError(f"{proposal.origin}: no '{tag}' version (languages: {', '.join(held)})")


def in_language(proposal: Proposal, tag: str) -> Proposal:
    """The proposal read in `tag`: its titles and texts in that language, the others as translations.

    A clause, annex or document head whose translation is missing (or incomplete) keeps its
    words in the first language, and a clause says so in `Clause.language`. Ids, numbers,
    statuses and everything else are the same in every view.
    """
    first = proposal.language
    if tag == first or first is None:
        return proposal
    check_languages(proposal, (tag,))
    chosen = next(language for language in proposal.languages if language.tag == tag)
    head = Translation(first, proposal.title, proposal.preamble, proposal.notice)
    own = find_translation(proposal.translations, tag) or Translation(tag)
    turned = replace(
        proposal,
        title=own.title or proposal.title,
        notice=own.notice or proposal.notice if proposal.notice else None,
        preamble=own.text or proposal.preamble,
        languages=(chosen, *(language for language in proposal.languages if language.tag != tag)),
        translations=_others(head, proposal.translations, tag),
        clauses=tuple(_clause(clause, first, tag) for clause in proposal.clauses),
        annexes=tuple(_annex(annex, first, tag) for annex in proposal.annexes),
    )
    object.__setattr__(turned, "index", MappingProxyType({clause.id: clause for clause in turned.walk()}))
    return turned


def is_translated(title: str | None, text: tuple[str, ...], translation: Translation | None) -> bool:
    """True when `translation` gives everything the first language has: the title if there is
    one, and the text if there is one."""
    if translation is None:
        return not title and not text
    return (not title or translation.title is not None) and (not text or bool(translation.text))


def _others(first: Translation, translations: tuple[Translation, ...], tag: str) -> tuple[Translation, ...]:
    return (first, *(translation for translation in translations if translation.language != tag))


def _clause(clause: Clause, first: str, tag: str) -> Clause:
    children = tuple(_clause(child, first, tag) for child in clause.clauses)
    own = clause.translation(tag)
    others = _others(Translation(first, clause.title, clause.text), clause.translations, tag)
    if own is None or not is_translated(clause.title, clause.text, own):
        return replace(clause, clauses=children, translations=others, language=first)
    return replace(clause, title=own.title, text=own.text, clauses=children, translations=others, language=None)


def _annex(annex: Annex, first: str, tag: str) -> Annex:
    own = find_translation(annex.translations, tag)
    translated = own is not None and is_translated(annex.title, annex.text, own)
    return replace(
        annex,
        title=own.title or annex.title if own else annex.title,
        text=own.text if translated and own else annex.text,
        translations=_others(Translation(first, annex.title, annex.text), annex.translations, tag),
        clauses=tuple(_clause(clause, first, tag) for clause in annex.clauses),
    )
