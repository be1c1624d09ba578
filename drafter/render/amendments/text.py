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
from drafter.render.amendments.styles import STYLES

INDENT = 5
"""Where quoted lines start; each level of sub-clauses adds 4, paragraphs 2 more."""


def header(amendments: AmendmentSet) -> Iterator[str]:
    """The lines before the instructions: what they amend and what they make."""
    base = amendments.base
    yield f"Amendments to “{base.title}”, version {base.version}"
    version, date = amendments.result.get("version"), amendments.result.get("date")
    if version or date:
        making = " ".join(p for p in (f"version {version}" if version else "", f"of {date}" if date else "") if p)
        yield f"Making {making}."


def render(amendments: AmendmentSet, options: AmendmentOptions = DEFAULT) -> str:
    """The whole set as text."""
    style = STYLES[amendments.style]
    lines = [*header(amendments), ""]
    for n, amendment in enumerate(amendments.amendments, 1):
        lines.append(f"{n}. " + "".join(p.text for p in sentence(amendment, style, options.language)))
        lines += block(quoted_lines(amendment), style.quotes)
    if not amendments.amendments:
        lines.append("No amendments: the texts are the same.")
    if renames(amendments):
        lines += ["", renames(amendments)]
    if any(r.field != "id" for r in amendments.records) or _other_fields(amendments):
        lines += ["", *trailer(amendments)]
    return "\n".join(lines).rstrip("\n") + "\n"


def block(lines: list[Line], quotes: tuple[str, str]) -> list[str]:
    """Quoted lines, indented by depth, between the style's quotation marks."""
    out = []
    for line in lines:
        pad = " " * (INDENT + 4 * line.depth + (0 if line.kind in ("heading", "text") else 2))
        if line.kind == "heading":
            text = line.text + (f" {{#{line.id}}}" if line.id else "")
        elif line.kind == "status":
            text = f"[status: {line.text}]"
        else:
            text = line.text
        out.append(pad + text)
    if out:
        out[0] = out[0][:INDENT] + quotes[0] + out[0][INDENT:]
        out[-1] += quotes[1]
    return out


def _other_fields(amendments: AmendmentSet) -> list[str]:
    return [k for k in amendments.result if k not in ("version", "date")]


def renames(amendments: AmendmentSet) -> str:
    """`Ids changed: point 1 → {#new-id}; ...`: kept clauses with a new id, so that references
    to them stay valid when the text form is applied ('' when there are none)."""
    pairs = [f"point {r.target.number or f'[[{r.target.id}]]'} → {{#{r.value}}}"
             for r in amendments.records if r.field == "id"]
    return f"Ids changed: {'; '.join(pairs)}." if pairs else ""


def trailer(amendments: AmendmentSet) -> Iterator[str]:
    """What the text form leaves to the JSON and YAML forms."""
    numbers = list(dict.fromkeys(r.target.number for r in amendments.records if r.field not in ("id", "translations")))
    translated = list(dict.fromkeys(r.target.number for r in amendments.records if r.field == "translations"))
    if translated:
        yield (f"Not in this text: the other language versions of point{'s' if len(translated) > 1 else ''} "
               f"{', '.join(translated)} (the instructions amend the text in the proposal's first language).")
    if numbers:
        yield (f"Not in this text: changes to the working record (positions, alternatives, tags, sources, notes"
               f" or source numbers) of point{'s' if len(numbers) > 1 else ''} {', '.join(numbers)}.")
    others = _other_fields(amendments)
    if others:
        yield f"Not in this text: the new {', '.join(others)} of the proposal."
    yield "The JSON and YAML forms of these amendments carry them."
