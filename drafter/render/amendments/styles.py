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
text. Phrases are English; `phrases_for(style, language)` is where a message catalogue
will supply other languages (a style without one falls back to English).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
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


def phrases_for(style: Style, language: str | None = None) -> Mapping[str, str]:
    """The style's phrases in `language` where a catalogue has them, else in English."""
    return style.phrases
