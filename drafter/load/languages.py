"""The rules between language versions: each translation says what the first language says.

Read on the raw data, like the other rules (`drafter.load.rules` calls these). For one
clause, annex or document head, each translation is compared with the fields it translates:

- a translation gives a title or text only where the first language has one;
- the figures (numbers in digits: 72, 1 000, 2,5) are the same in every language, so
  "72 hours" / "72 години" / "72 часа" agree and "48" in one of them is an error;
- the same cross-references `[[id]]` stand in every language.

A missing translation is not an error here: drafts are translated as they go, so it is a
warning (`drafter.load.warnings`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from drafter.figures import figures
from drafter.load.yaml_source import Path
from drafter.model import REFERENCE

RuleProblem = tuple[Path, str, bool]
"""(path, message, points_at_key), as in `drafter.load.rules`."""


class SeeAlso(str):
    """A message that names a second place in the file: the loader puts that place's line
    where the message has `{}` (`... where en has 72 (line 61, $.clauses[0].text)`)."""

    place: Path

    def __new__(cls, message: str, place: Path) -> SeeAlso:
        made = super().__new__(cls, message)
        made.place = place
        return made



def declared(data: dict[str, Any]) -> tuple[str, ...]:
    """The document's language tags, its own language first; () when it declares none."""
    languages = data.get("languages")
    if isinstance(languages, dict):
        return tuple(tag for tag in languages if isinstance(tag, str))
    language = data.get("language")
    return (language,) if isinstance(language, str) else ()


def said_twice(data: dict[str, Any]) -> Iterator[RuleProblem]:
    """`language:` beside `languages:`: the file must say its language in one place."""
    if "language" in data and "languages" in data:
        yield ("language",), "say the language once: `language:` for a one-language file, or " \
                             "`languages:` (its own language first) for several", True


def used(path: Path, item: dict[str, Any]) -> Iterator[tuple[str, Path]]:
    """(tag, path of the key) of each language `item` (a clause, annex or the document) translates into."""
    translations = item.get("translations")
    if isinstance(translations, dict):
        yield from ((tag, (*path, "translations", tag)) for tag in translations if isinstance(tag, str))


def translated_texts(path: Path, item: dict[str, Any], key: str) -> Iterator[tuple[Path, Any]]:
    """(path, value) of the field `key` in each of `item`'s translations, for the reference check."""
    translations = item.get("translations")
    for tag, translation in translations.items() if isinstance(translations, dict) else ():
        if isinstance(translation, dict) and key in translation:
            yield (*path, "translations", tag, key), translation[key]


def unknown_languages(uses: Iterable[tuple[str, Path]], tags: tuple[str, ...]) -> Iterator[RuleProblem]:
    """A translation into a language the document does not declare, or into its own language."""
    for tag, path in uses:
        if tags and tag == tags[0]:
            yield path, f"'{tag}' is the file's own language (first in languages): its words are the fields " \
                        "themselves, not a translation", True
        elif tag not in tags:
            have = ", ".join(tags) if tags else "none; add languages: to the document"
            yield path, f"language '{tag}' is not declared in languages (declared: {have})", True


def version_problems(path: Path, item: dict[str, Any], first: str | None) -> Iterator[RuleProblem]:
    """Every way the translations of `item` (at `path`) disagree with its own fields."""
    translations = item.get("translations")
    if not isinstance(translations, dict):
        return
    for tag, translation in translations.items():
        if not isinstance(translation, dict):
            continue
        for key, value in translation.items():
            original = item.get(key)
            if isinstance(value, str):
                yield from _field(path, key, tag, value, original, first or "the original")


def _field(path: Path, key: str, tag: str, value: str, original: Any, first: str) -> Iterator[RuleProblem]:
    at = (*path, "translations", tag, key)
    source = (*path, key)
    if not (isinstance(original, str) and original.strip()):
        yield at, f"{tag} has a {key}, but {first} has none: translate, do not add", True
        return
    yield from _differ(at, tag, figures(value), figures(original), first, source, "figure")
    refs = Counter(f"[[{target}]]" for target in REFERENCE.findall(value))
    their = Counter(f"[[{target}]]" for target in REFERENCE.findall(original))
    yield from _differ(at, tag, refs, their, first, source, "cross-reference")


def _differ(at: Path, tag: str, ours: Counter[str], theirs: Counter[str], first: str, source: Path,
            what: str) -> Iterator[RuleProblem]:
    """One problem when the two versions mention different figures (or references)."""
    extra, lacking = ours - theirs, theirs - ours
    if not extra and not lacking:
        return
    here, there = _listed(extra), _listed(lacking)
    if extra and lacking:
        message = f"{tag} has {what} {here} where {first} has {there}"
    elif extra:
        message = f"{tag} has {what} {here}, which {first} does not"
    else:
        message = f"{tag} lacks {what} {there}, which {first} has"
    yield at, SeeAlso(message + " ({} " + _json(source) + ")", source), False


def _listed(found: Counter[str]) -> str:
    return ", ".join(f"{item} (x{count})" if count > 1 else item for item, count in sorted(found.items()))


def _json(path: Path) -> str:
    from drafter.load.rules import json_path

    return json_path(path)


def missing_translations(data: dict[str, Any]) -> Iterator[RuleProblem]:
    """A warning for each clause, annex or document head with words not yet in every language:
    `title and text not translated into uk, ru`, at the first field that lacks them."""
    others = declared(data)[1:]
    if not others:
        return
    yield from _missing((), data, others, ("title", "notice", "preamble"))
    for a, annex in enumerate(data.get("annexes") or []):
        yield from _missing(("annexes", a), annex, others, ("title", "text"))
    for path, clause in _clauses(data):
        yield from _missing(path, clause, others, ("title", "text"))


def _clauses(data: dict[str, Any]) -> Iterator[tuple[Path, dict[str, Any]]]:
    yield from _walk(("clauses",), data.get("clauses"))
    for a, annex in enumerate(data.get("annexes") or []):
        yield from _walk(("annexes", a, "clauses"), annex.get("clauses"))


def _walk(path: Path, items: list[dict[str, Any]] | None) -> Iterator[tuple[Path, dict[str, Any]]]:
    for i, item in enumerate(items or []):
        yield (*path, i), item
        yield from _walk((*path, i, "clauses"), item.get("clauses"))


def _missing(path: Path, item: dict[str, Any], others: tuple[str, ...], fields: tuple[str, ...]) -> Iterator[RuleProblem]:
    translations = item.get("translations") or {}
    own = [key for key in fields if isinstance(item.get(key), str) and item[key].strip()]
    lacking: dict[tuple[str, ...], list[str]] = {}
    for tag in others:
        given = translations.get(tag) or {}
        gaps = tuple(key for key in own if not str(given.get(key) or "").strip())
        if gaps:
            lacking.setdefault(gaps, []).append(tag)
    for gaps, tags in lacking.items():
        named = " and ".join(gaps) if len(gaps) < 3 else ", ".join(gaps[:-1]) + " and " + gaps[-1]
        yield (*path, gaps[0]), f"{named} not translated into {', '.join(tags)}", True

