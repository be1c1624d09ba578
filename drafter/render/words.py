"""Every word drafter itself writes into a document, from a gettext catalogue per language.

    words = words_for("uk")
    words.reference("3(b)", "genitive")     # 'пункту\u00a03(b)'
    words.status("agreed"), words.version("0.3"), words.date("2025-10-21")

The catalogues are `templates/locales/<tag>.po` (msgid: the English; msgctxt: what kind of
word); a translator adds a language by adding one file, no code. Babel reads them (and
formats dates, and knows which scripts run right to left). A tag without a catalogue
(`pt-BR`, then `pt`) falls back to English words; a proposal that names no language keeps
its dates as written.
"""

from __future__ import annotations

import io
from datetime import date
from functools import cache
from gettext import NullTranslations
from typing import TYPE_CHECKING

from drafter.render.templating import TEMPLATES

if TYPE_CHECKING:
    from babel import Locale

LOCALES = TEMPLATES / "locales"
CASES = ("nominative", "genitive", "dative", "accusative", "instrumental", "locative")
"""Grammatical cases a cross-reference may ask for: `[[id|genitive]]`."""
NBSP = "\u00a0"


class Words:
    """The words of one language."""

    def __init__(self, tag: str | None) -> None:
        self.tag = tag
        self.catalogued = _catalogue_tag(tag) if tag else None
        """The tag of the catalogue the words come from (`uk` for `uk-UA`); None without one."""
        self._gettext = _catalogue(self.catalogued) if self.catalogued else NullTranslations()
        self.locale = _locale(tag)
        self.rtl = self.locale is not None and self.locale.character_order == "right-to-left"
        self.direction = "rtl" if self.rtl else "ltr"
        """`rtl` for Arabic, Hebrew and other right-to-left scripts, else `ltr`."""

    def word(self, context: str, english: str) -> str:
        """The catalogue's word for `english` in `context` (status, stance, label, ...)."""
        return self._gettext.pgettext(context, english)

    def status(self, status: str) -> str:
        """`agreed`, `proposed`, `bracketed`, `withdrawn` in this language."""
        return self.word("status", status)

    def version(self, version: str) -> str:
        """`Version 0.3`."""
        return self.word("title block", "Version {version}").format(version=version)

    def reference(self, number: str, case: str | None = None, title: str | None = None) -> str:
        """`point 3(b)` in the grammatical case asked for, word and number never apart."""
        if not number:
            return self.word("reference", "“{title}”").format(title=title or "")
        template = self.word(f"reference|{case or 'nominative'}", "point {number}")
        return template.replace(" {number}", NBSP + "{number}").format(number=number)

    def date(self, written: str) -> str:
        """The date as the language writes it (`21 жовтня 2025 р.`); as written when no language is set."""
        if self.locale is None:
            return written
        from babel.dates import format_date

        try:
            return format_date(date.fromisoformat(written), "long", locale=self.locale)
        except ValueError:
            return written

    def page_of(self) -> tuple[str, str, str]:
        """`Page {page} of {pages}` cut around its two numbers, for a footer of PAGE/NUMPAGES fields."""
        text = self.word("footer", "Page {page} of {pages}")
        before, _, rest = text.partition("{page}")
        between, _, after = rest.partition("{pages}")
        return before, between, after

    def font(self) -> str:
        """A font that has this language's script, for Word's complex-script runs; '' for the reference's own."""
        english = "serif font for this script"
        found = self.word("typography", english)
        return "" if found == english else found


@cache
def words_for(tag: str | None) -> Words:
    """The words of `tag` (None: English, dates as written), read once per process."""
    return Words(tag)


def _candidates(tag: str) -> list[str]:
    parts = tag.replace("_", "-").split("-")
    return ["-".join(parts[:k]) for k in range(len(parts), 0, -1)]


def catalogued_languages() -> list[str]:
    """The tags of every catalogue, sorted."""
    return sorted(path.stem for path in LOCALES.glob("*.po"))


def _catalogue_tag(tag: str) -> str | None:
    return next((c for c in _candidates(tag) if (LOCALES / f"{c}.po").is_file()), None)


def _catalogue(tag: str) -> NullTranslations:
    # Babel is imported only for a proposal that names a language (a third of a render's imports)
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from babel.support import Translations

    with (LOCALES / f"{tag}.po").open("rb") as po:
        catalog = read_po(po, locale=None)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled)


def _locale(tag: str | None) -> Locale | None:
    if not tag:
        return None
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
