"""Instructions as plain text, the form `drafter amend` reads back (docs/amendments.md).

    Amendments to “Twelve-point plan for a ceasefire in Ukraine”, version 0.2
    Making version 0.3 of 2025-10-22.

    1. In point 1(b), for “48”, in each place, substitute “72”.
    2. For point 9 substitute:
         “9. Humanitarian access and civilian detainees {#humanitarian-access}
           The Parties shall allow ...”

Quoted words are exactly as in the YAML (cross-references as `[[id]]`), so the text can
be applied back exactly. A quoted clause starts with its number and title (and `{#id}`,
its id, when the instruction sets one); its status, when not proposed, follows as
`[status: bracketed]`; each paragraph is one line. Sub-clauses are indented four more.
"""

from __future__ import annotations

from collections.abc import Iterator

from drafter.diff.amendments import AmendmentSet
from drafter.render.amendments.options import DEFAULT, AmendmentOptions
from drafter.render.amendments.phrasing import Line, quoted_lines, sentence
from drafter.render.amendments.styles import STYLES, TRAILER, Wording, wording_for

INDENT = 5
"""Where quoted lines start; each level of sub-clauses adds 4, paragraphs 2 more."""


def wording(amendments: AmendmentSet, options: AmendmentOptions) -> Wording:
    """The set's style in the language asked for (English unless the style is `plain`)."""
    return wording_for(amendments.style, options.language)


def header(amendments: AmendmentSet, words: Wording | None = None) -> Iterator[str]:
    """The lines before the instructions: what they amend and what they make."""
    words = words or wording_for(amendments.style)
    base = amendments.base
    yield words.message("Amendments to “{title}”, version {version}").format(title=base.title, version=base.version)
    version, date = amendments.result.get("version"), amendments.result.get("date")
    if version and date:
        yield words.message("Making version {version} of {date}.").format(version=version, date=date)
    elif version:
        yield words.message("Making version {version}.").format(version=version)
    elif date:
        yield words.message("Making of {date}.").format(date=date)


def render(amendments: AmendmentSet, options: AmendmentOptions = DEFAULT) -> str:
    """The whole set as text."""
    style, words = STYLES[amendments.style], wording(amendments, options)
    lines = [*header(amendments, words), ""]
    for n, amendment in enumerate(amendments.amendments, 1):
        lines.append(f"{n}. " + "".join(p.text for p in sentence(amendment, style, options.language)))
        lines += block(quoted_lines(amendment), words)
    if not amendments.amendments:
        lines.append(words.message("No amendments: the texts are the same."))
    if renames(amendments, words):
        lines += ["", renames(amendments, words)]
    if any(r.field != "id" for r in amendments.records) or _other_fields(amendments):
        lines += ["", *trailer(amendments, words)]
    return "\n".join(lines).rstrip("\n") + "\n"


def block(lines: list[Line], words: Wording) -> list[str]:
    """Quoted lines, indented by depth, between the wording's quotation marks."""
    quotes = words.quotes
    out = []
    for line in lines:
        pad = " " * (INDENT + 4 * line.depth + (0 if line.kind in ("heading", "text") else 2))
        if line.kind == "heading":
            text = line.text + (f" {{#{line.id}}}" if line.id else "")
        elif line.kind == "status":
            text = words.message("[status: {status}]").format(status=words.status(line.text))
        else:
            text = line.text
        out.append(pad + text)
    if out:
        out[0] = out[0][:INDENT] + quotes[0] + out[0][INDENT:]
        out[-1] += quotes[1]
    return out


def _other_fields(amendments: AmendmentSet) -> list[str]:
    return [k for k in amendments.result if k not in ("version", "date")]


def renames(amendments: AmendmentSet, words: Wording | None = None) -> str:
    """`Ids changed: point 1 → {#new-id}; ...`: kept clauses with a new id, so that references
    to them stay valid when the text form is applied ('' when there are none)."""
    words = words or wording_for(amendments.style)
    point = words.word("point")
    pairs = [f"{point.format(number=r.target.number or f'[[{r.target.id}]]')} → {{#{r.value}}}"
             for r in amendments.records if r.field == "id"]
    return words.message("Ids changed: {renames}.").format(renames="; ".join(pairs)) if pairs else ""


def trailer(amendments: AmendmentSet, words: Wording | None = None) -> Iterator[str]:
    """What the text form leaves to the JSON and YAML forms."""
    words = words or wording_for(amendments.style)
    numbers = list(dict.fromkeys(r.target.number for r in amendments.records if r.field not in ("id", "translations")))
    translated = list(dict.fromkeys(r.target.number for r in amendments.records if r.field == "translations"))
    if translated:
        yield words.message(TRAILER[0 if len(translated) == 1 else 1]).format(numbers=", ".join(translated))
    if numbers:
        yield words.message(TRAILER[2 if len(numbers) == 1 else 3]).format(numbers=", ".join(numbers))
    others = _other_fields(amendments)
    if others:
        yield words.message(TRAILER[4]).format(fields=", ".join(others))
    yield words.message(TRAILER[5])
