"""Instructions as Markdown, to read or to paste into a message: a numbered list, each quoted
clause or text as a block quote, cross-references printed as the documents number them
(quoted old words as the old text does, new words as the new text will). For applying
back, use the text form: it keeps references as `[[id]]`.
"""

from __future__ import annotations

from collections.abc import Iterator

from drafter.diff.amendments import AmendmentSet
from drafter.render.amendments.options import DEFAULT, AmendmentOptions
from drafter.render.amendments.phrasing import Line, quoted_lines, run_in, sentence
from drafter.render.amendments.styles import STYLES, Wording
from drafter.render.amendments.text import header, trailer, wording
from drafter.render.redline.markdown import escape


def render(amendments: AmendmentSet, options: AmendmentOptions = DEFAULT) -> str:
    """The whole set as Markdown."""
    style, words = STYLES[amendments.style], wording(amendments, options)
    head = list(header(amendments, words))
    lines = [f"### {escape(head[0])}", "", *(escape(line) for line in head[1:]), ""]
    for n, amendment in enumerate(amendments.amendments, 1):
        pieces = sentence(amendment, style, options.language, options.resolve_old, options.resolve_new)
        lines.append(f"{n}. " + "".join(escape(p.text) for p in pieces))
        quoted = run_in(quoted_lines(amendment, options.resolve_new))
        if quoted:
            lines += ["", *_quote(quoted, words), ""]
    if not amendments.amendments:
        lines.append(words.message("No amendments: the texts are the same."))
    if amendments.records or any(k not in ("version", "date") for k in amendments.result):
        lines += ["", *(f"*{escape(line)}*" for line in trailer(amendments, words))]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def _quote(lines: list[Line], words: Wording) -> Iterator[str]:
    """A block quote inside the list item; sub-clauses indented with non-breaking spaces."""
    for k, line in enumerate(lines):
        if k:
            yield "   >"
        pad = "\u00a0" * 4 * line.depth
        if line.kind == "heading":
            yield f"   > {pad}**{escape(line.text)}**"
        elif line.kind == "status":
            yield f"   > {pad}*[{escape(words.status(line.text))}]*"
        else:
            yield f"   > {pad}{escape(line.text)}"
