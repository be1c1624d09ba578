"""How each drafting tradition words an amendment: one table of phrases per style.

Adding a style is one more `Style` in `STYLES`: a name, its quotation marks, when it
prefers replacing whole provisions (`Policy`), and a phrase for each instruction. The
text form drafter writes is read back with the same tables (`drafter.amend.parse` turns
each phrase into a pattern), so a phrase must keep its placeholders apart with words:

    {target}  what is amended: `point 1(b)`, `the preamble`, `Annex A`, `the proposal`
    {anchor}  the clause a placement is relative to (`point 8`)
    {old}     quoted old words, old title or old status
    {new}     quoted new words, new title or new status
    {first}   `first point` or `first sub-point`

A phrase ending in `:` (or the style's `block` mark) is followed by the quoted clause or
text.

The `plain` style speaks the proposal's language: its phrases here are the English msgids of
the catalogues' `amendment` messages (templates/locales/<tag>.po), and `wording_for("plain",
"uk")` gives them in Ukrainian, with that language's quotation marks. A translated phrase may
ask for the grammatical case a word takes in its sentence: `{target:locative}` prints
`пункті 1(b)` where `{target}` prints `пункт 1(b)` (cases: `AMENDMENT_CASES`; a language
without cases uses them for the preposition a word takes, as French `au point 3`). The `uk`,
`eu` and `us` styles are English drafting traditions and stay English.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

from drafter.diff.amendments import Policy

PLAIN = Policy()

PHRASE_KEYS = (
    "point", "preamble", "annex", "document", "first_point", "first_sub_point",
    "substitute", "substitute_every", "omit", "omit_every", "insert_after", "insert_before",
    "replace", "replace_intro", "replace_text", "add_after", "add_first", "delete",
    "move_after", "move_first", "retitle", "title_added", "title_removed", "restatus",
)
"""Every phrase a style must have (a test checks each style has them all)."""

WORD_KEYS = PHRASE_KEYS[:6]
"""The words phrases put in their placeholders (`point {number}`, `the preamble`, ...)."""
AMENDMENT_CASES = ("nominative", "genitive", "dative", "accusative", "locative")
"""Cases a translated phrase may ask of a word: `{target:genitive}` (none: nominative)."""
CONTEXT = "amendment"
"""The catalogues' context for the phrases; `amendment|genitive` and so on for the words' cases."""

MESSAGES = (
    "“{words}”", "[status: {status}]", "Amendments to “{title}”, version {version}",
    "Making version {version} of {date}.", "Making version {version}.", "Making of {date}.",
    "No amendments: the texts are the same.", "Ids changed: {renames}.",
    "Amendments to {title}", "AMENDMENTS", "{style} style", "Instructions turning one version into the next",
)
"""The other lines of the text form a catalogue translates, by their English (msgid)."""

TRAILER = (
    "Not in this text: the other language versions of point {numbers} (the instructions amend the text "
    "in the proposal's first language).",
    "Not in this text: the other language versions of points {numbers} (the instructions amend the text "
    "in the proposal's first language).",
    "Not in this text: changes to the working record (positions, alternatives, tags, sources, notes or "
    "source numbers) of point {numbers}.",
    "Not in this text: changes to the working record (positions, alternatives, tags, sources, notes or "
    "source numbers) of points {numbers}.",
    "Not in this text: the new {fields} of the proposal.",
    "The JSON and YAML forms of these amendments carry them.",
)
"""The closing lines saying what the text form leaves to the machine forms (read back: skipped)."""


@dataclass(frozen=True, slots=True)
class Style:
    """One tradition's wording of amendments."""

    name: str
    description: str
    quotes: tuple[str, str]
    """Opening and closing quotation marks."""
    policy: Policy
    """When whole provisions are replaced rather than amended word by word."""
    phrases: Mapping[str, str]


def _style(name: str, description: str, quotes: tuple[str, str], policy: Policy, **phrases: str) -> Style:
    missing = set(PHRASE_KEYS) - set(phrases)
    if missing:
        raise ValueError(f"style {name} lacks phrases: {', '.join(sorted(missing))}")
    return Style(name, description, quotes, policy, MappingProxyType(phrases))


_TARGETS = {"point": "point {number}", "preamble": "the preamble", "annex": "Annex {number}",
            "document": "the proposal", "first_point": "first point", "first_sub_point": "first sub-point"}

STYLES: dict[str, Style] = {s.name: s for s in (
    _style(
        "plain", "textual amendments as delegations table them: “for ... substitute ...”",
        ("“", "”"), PLAIN, **_TARGETS,
        substitute="In {target}, for {old} substitute {new}.",
        substitute_every="In {target}, for {old}, in each place, substitute {new}.",
        omit="In {target}, omit {old}.",
        omit_every="In {target}, omit {old} in each place.",
        insert_after="In {target}, after {old} insert {new}.",
        insert_before="In {target}, before {old} insert {new}.",
        replace="For {target} substitute:",
        replace_intro="In {target}, for the words before the sub-points substitute:",
        replace_text="For the text of {target} substitute:",
        add_after="After {anchor} insert:",
        add_first="Insert as the {first} of {target}:",
        delete="Omit {target}.",
        move_after="Move {target} to follow {anchor}.",
        move_first="Move {target} to be the {first} of {anchor}.",
        retitle="In {target}, for the title {old} substitute {new}.",
        title_added="Give {target} the title {new}.",
        title_removed="In {target}, omit the title {old}.",
        restatus="Change the status of {target} from {old} to {new}.",
    ),
    _style(
        "uk", "a UK House of Commons amendment paper: “leave out ... and insert ...”",
        ("“", "”"), PLAIN, **_TARGETS,
        substitute="{target}, leave out {old} and insert {new}.",
        substitute_every="{target}, leave out {old} in each place where it occurs and insert {new}.",
        omit="{target}, leave out {old}.",
        omit_every="{target}, leave out {old} in each place where it occurs.",
        insert_after="{target}, after {old} insert {new}.",
        insert_before="{target}, before {old} insert {new}.",
        replace="Leave out {target} and insert—",
        replace_intro="{target}, leave out the words before the sub-points and insert—",
        replace_text="{target}, leave out the text and insert—",
        add_after="After {anchor}, insert the following new point—",
        add_first="{target}, insert as the {first}—",
        delete="Leave out {target}.",
        move_after="Transpose {target} to stand after {anchor}.",
        move_first="Transpose {target} to stand as the {first} of {anchor}.",
        retitle="{target}, in the title, leave out {old} and insert {new}.",
        title_added="{target}, insert the title {new}.",
        title_removed="{target}, leave out the title {old}.",
        restatus="{target}, for the status {old} substitute {new}.",
    ),
    _style(
        "eu", "an EU amending act (Joint Practical Guide): “Article 3 is replaced by the following:”",
        ("‘", "’"), Policy(figures_only=True), **_TARGETS,
        substitute="In {target}, the words {old} are replaced by {new}.",
        substitute_every="In {target}, the words {old} are replaced by {new} wherever they occur.",
        omit="In {target}, the words {old} are deleted.",
        omit_every="In {target}, the words {old} are deleted wherever they occur.",
        insert_after="In {target}, the words {new} are inserted after {old}.",
        insert_before="In {target}, the words {new} are inserted before {old}.",
        replace="{target} is replaced by the following:",
        replace_intro="In {target}, the introductory wording is replaced by the following:",
        replace_text="The text of {target} is replaced by the following:",
        add_after="The following is inserted after {anchor}:",
        add_first="In {target}, the following is inserted as the {first}:",
        delete="{target} is deleted.",
        move_after="{target} is moved to follow {anchor}.",
        move_first="{target} is moved to become the {first} of {anchor}.",
        retitle="In {target}, the title {old} is replaced by {new}.",
        title_added="In {target}, the title {new} is inserted.",
        title_removed="In {target}, the title {old} is deleted.",
        restatus="The status of {target} is changed from {old} to {new}.",
    ),
    _style(
        "us", "a US bill's amending instructions: “by striking ... and inserting ...”",
        ("“", "”"), PLAIN, **_TARGETS,
        substitute="{target} is amended by striking {old} and inserting {new}.",
        substitute_every="{target} is amended by striking {old} each place it appears and inserting {new}.",
        omit="{target} is amended by striking {old}.",
        omit_every="{target} is amended by striking {old} each place it appears.",
        insert_after="{target} is amended by inserting {new} after {old}.",
        insert_before="{target} is amended by inserting {new} before {old}.",
        replace="{target} is amended to read as follows:",
        replace_intro="{target} is amended by striking the matter preceding the first sub-point and inserting the following:",
        replace_text="The text of {target} is amended to read as follows:",
        add_after="The proposal is amended by inserting after {anchor} the following:",
        add_first="{target} is amended by inserting as the {first} the following:",
        delete="The proposal is amended by striking {target}.",
        move_after="{target} is transferred to appear after {anchor}.",
        move_first="{target} is transferred to appear as the {first} of {anchor}.",
        retitle="The heading of {target} is amended by striking {old} and inserting {new}.",
        title_added="{target} is amended by inserting the heading {new}.",
        title_removed="{target} is amended by striking the heading {old}.",
        restatus="The status of {target} is amended by striking {old} and inserting {new}.",
    ),
)}
"""Every style by name; `plain` first (the default)."""


@dataclass(frozen=True, slots=True, eq=False)
class Wording:
    """A style's phrases in one language, and the other words its text form needs."""

    style: str
    language: str | None
    """The catalogue's tag; None for English (every style other than `plain` is English)."""
    phrases: Mapping[str, str]
    quotes: tuple[str, str]
    words: Mapping[tuple[str, str], str] = field(default_factory=dict)
    """(word key, case) -> the word in that case: (`point`, `locative`) -> `пункті {number}`."""
    messages: Mapping[str, str] = field(default_factory=dict)
    """English line of `MESSAGES` -> this language's."""
    statuses: Mapping[str, str] = field(default_factory=dict)
    """`bracketed` -> this language's word for the status."""

    def word(self, key: str, case: str | None = None) -> str:
        """The word `key` (a `WORD_KEYS`) in `case` (nominative when None)."""
        if case in (None, "nominative"):
            return self.phrases[key]
        return self.words.get((key, case), self.phrases[key])

    def message(self, english: str) -> str:
        """A `MESSAGES` line in this language."""
        return self.messages.get(english, english)

    def status(self, status: str) -> str:
        """A status as this language words it (`bracketed` -> `у дужках`)."""
        return self.statuses.get(status, status)


def phrases_for(style: Style, language: str | None = None) -> Mapping[str, str]:
    """The style's phrases in `language` where a catalogue has them, else in English."""
    return wording_for(style.name, language).phrases


@cache
def wording_for(style_name: str, language: str | None = None) -> Wording:
    """The style's wording in `language`: the catalogue's for `plain`, English for the rest
    (and for a language without a catalogue, or English itself)."""
    style = STYLES[style_name]
    if style_name != "plain" or language is None:
        return Wording(style_name, None, style.phrases, style.quotes)
    from drafter.render.words import words_for

    words = words_for(language)
    tag = words.catalogued
    if tag in (None, "en"):
        return Wording(style_name, None, style.phrases, style.quotes)
    phrases = {key: words.word(CONTEXT, english) for key, english in style.phrases.items()}
    cases = {(key, case): words.word(f"{CONTEXT}|{case}", style.phrases[key])
             for key in WORD_KEYS for case in AMENDMENT_CASES[1:]}
    messages = {english: words.word(CONTEXT, english) for english in (*MESSAGES, *TRAILER)}
    opening, _, closing = messages["“{words}”"].partition("{words}")
    statuses = {s: words.status(s) for s in ("agreed", "proposed", "bracketed", "withdrawn")}
    return Wording(style_name, tag, MappingProxyType(phrases), (opening, closing), MappingProxyType(cases),
                   MappingProxyType(messages), MappingProxyType(statuses))


def wordings() -> Iterator[Wording]:
    """Every wording the text form may be written in: each style in English, then `plain` in
    each language a catalogue translates."""
    from drafter.render.words import catalogued_languages

    for name in STYLES:
        yield wording_for(name)
    for tag in catalogued_languages():
        found = wording_for("plain", tag)
        if found.language is not None:
            yield found
