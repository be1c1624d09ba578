"""A clause's other language versions compared between two documents, and the ones left behind.

The first language's words are compared as always (`changes.py`); each translation is
compared the same way, word by word. When one language's wording changed and another's
did not, that other is *not updated*: "72 hours" became "48 hours" in English while the
Ukrainian still says "72 години".
"""

from __future__ import annotations

from collections.abc import Callable

from drafter.diff.redline import FieldChange, LanguageChange, LanguageState, Span
from drafter.diff.words import word_spans
from drafter.figures import figures
from drafter.model import Clause, Proposal, Translation


def language_order(old: Proposal, new: Proposal) -> tuple[str, ...]:
    """The languages other than the first, as the new document lists them, then any only the old had."""
    tags = [language.tag for language in new.languages[1:]]
    tags += [language.tag for language in old.languages[1:] if language.tag not in tags]
    return tuple(tags)


def language_changes(old: Clause | None, new: Clause | None, order: tuple[str, ...],
                     retarget: Callable[[str], str] | None = None) -> tuple[LanguageChange, ...]:
    """Each language version of the clause `old` became (None: added or removed), in `order`.

    With `retarget`, references in the old texts are compared by the clause they name.
    """
    if not (old and old.translations) and not (new and new.translations):
        return ()
    out = []
    for tag in order:
        a = old.translation(tag) if old else None
        b = new.translation(tag) if new else None
        change = _compare(tag, _held(a), _held(b), retarget)
        if change is not None:
            out.append(change)
    return tuple(out)


def not_updated(first: str | None, first_changed: bool, languages: tuple[LanguageChange, ...]) -> tuple[str, ...]:
    """The languages whose wording stayed while another language's changed; the first language
    (`first`) counts as changed when `first_changed`."""
    if not languages:
        return ()
    updated = first_changed or any(change.state == "updated" for change in languages)
    if not updated:
        return ()
    stale = [change.language for change in languages if change.state == "unchanged"]
    if not first_changed and first is not None:
        stale.insert(0, first)
    return tuple(stale)


def _held(translation: Translation | None) -> Translation | None:
    """The translation, or None when it holds no words (nothing translated yet)."""
    return translation if translation is not None and (translation.title or translation.text) else None


def _compare(tag: str, a: Translation | None, b: Translation | None,
             retarget: Callable[[str], str] | None) -> LanguageChange | None:
    if a is None and b is None:
        return None
    old_text = "\n".join(a.text) if a else ""
    if retarget is not None and old_text:
        old_text = retarget(old_text)
    new_text = "\n".join(b.text) if b else ""
    old_title, new_title = (a.title or "") if a else "", (b.title or "") if b else ""
    title = FieldChange("title", old_title, new_title) if old_title != new_title else None
    state: LanguageState
    if a is None:
        state, spans = "added", _whole("insert", new_text)
    elif b is None:
        state, spans = "removed", _whole("delete", old_text)
    elif old_text == new_text and title is None:
        return LanguageChange(tag, "unchanged", _whole("equal", new_text))
    else:
        state, spans = "updated", word_spans(old_text, new_text) if old_text != new_text else _whole("equal", new_text)
    flags = ("number",) if state == "updated" and figures(old_text) != figures(new_text) else ()
    return LanguageChange(tag, state, spans, title, flags)


def _whole(op: str, text: str) -> tuple[Span, ...]:
    return (Span(op, text),) if text else ()  # type: ignore[arg-type]
