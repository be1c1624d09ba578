"""Instructions as a Word document on the reference document's named styles.

Each instruction is a paragraph in the `Amendment` style, its number literal text and a
tab (as clause numbers are, see docs/rendering.md), the words it quotes in the `Quoted`
character style; a quoted clause or text follows in `Amendment Quote` paragraphs
(`Amendment Quote 2` for its sub-clauses), the title in `Clause Title`. Cross-references
print as the texts number them. Raw OOXML stays in drafter/render/docx/: this module only
hands lines and named runs to its builder.
"""

from __future__ import annotations

from datetime import UTC, datetime

from drafter.diff.amendments import AmendmentSet
from drafter.render.amendments.options import DEFAULT, AmendmentOptions
from drafter.render.amendments.phrasing import Line, quoted_lines, run_in, sentence
from drafter.render.amendments.styles import STYLES, Wording
from drafter.render.amendments.text import header, trailer, wording
from drafter.render.docx.builder import REFERENCE_DOCX, CoreProperties, DocxBuilder
from drafter.render.docx.layout import Style
from drafter.render.docx.ooxml import Run
from drafter.render.words import words_for


def render(amendments: AmendmentSet, options: AmendmentOptions = DEFAULT) -> bytes:
    """The whole set as the bytes of a .docx."""
    style, words = STYLES[amendments.style], wording(amendments, options)
    builder = DocxBuilder(REFERENCE_DOCX, _context(amendments, words))
    for n, amendment in enumerate(amendments.amendments, 1):
        pieces = sentence(amendment, style, options.language, options.resolve_old, options.resolve_new)
        runs = [Run(f"{n}.\t"), *(Run(p.text, Style.QUOTED if p.quoted else None) for p in pieces)]
        builder.add_paragraph(Style.AMENDMENT, runs)
        lines = run_in(quoted_lines(amendment, options.resolve_new))
        for k, line in enumerate(lines):
            opening = words.quotes[0] if k == 0 else ""
            closing = words.quotes[1] if k == len(lines) - 1 else ""
            builder.add_paragraph(*_quoted(line, opening, closing, words))
    if not amendments.amendments:
        builder.add_paragraph(Style.PREAMBLE, [Run(words.message("No amendments: the texts are the same."))])
    if amendments.records or any(k not in ("version", "date") for k in amendments.result):
        for sentence_left_out in trailer(amendments, words):
            builder.add_paragraph(Style.DRAFTERS_NOTE, [Run(sentence_left_out)])
    created = options.date or datetime.now(UTC).replace(microsecond=0)
    title = next(header(amendments, words))
    return builder.to_bytes(CoreProperties(title=title, author="drafter", version=amendments.base.version,
                                           created=created, subject=f"Amendments, {style.name} style"))


def _context(amendments: AmendmentSet, wording: Wording) -> dict[str, object]:
    """What the reference document's title block, header and footer print: the version amended
    (and the one made, when the set says), the new date when it says, else the style; in the
    wording's language (right to left for Arabic and Hebrew)."""
    base, result = amendments.base, amendments.result
    version = f"{base.version} → {result['version']}" if result.get("version") else base.version
    words, say = words_for(wording.language), wording.message
    page = words.page_of()
    style = say("{style} style").format(style=STYLES[amendments.style].name)
    return {
        "doc": None, "title": say("Amendments to {title}").format(title=base.title), "version": version,
        "date": words.date(str(result["date"])) if result.get("date") else style, "status": "", "state": say("AMENDMENTS"),
        "notice": say("Instructions turning one version into the next") if result.get("version") else "",
        "authors": "", "id": base.id, "words": words, "version_label": words.version(version),
        "page_before": page[0], "page_between": page[1], "page_after": page[2],
    }


def _quoted(line: Line, opening: str, closing: str, words: Wording) -> tuple[str, list[Run]]:
    """One quoted line: its paragraph style and runs, with the quotation marks where they fall."""
    paragraph = Style.AMENDMENT_QUOTE if line.depth == 0 else Style.AMENDMENT_QUOTE_2
    if line.kind == "heading":
        label, _, title = line.text.partition(" ") if line.text.startswith(line.label) else ("", "", line.text)
        runs = [Run(f"{opening}{label}" + (" " if title else "")), Run(title, Style.CLAUSE_TITLE)]
    elif line.kind == "status":
        runs = [Run(opening), Run(f"[{words.status(line.text)}]", Style.STATUS_MARK)]
    else:
        runs = [Run(opening + line.text)]
    return paragraph, [*(r for r in runs if r.text), Run(closing)] if closing else [r for r in runs if r.text]
