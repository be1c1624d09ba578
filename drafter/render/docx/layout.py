"""The one Word layout: which paragraphs a clause becomes, and the names of their styles.

    for line in clause_lines(clause_view):        # heading, text, alternatives
        builder.add_paragraph(line.style, line.runs, line.notes)

The plain Word output (`builder.py`) writes these lines, a numbered clause's first line
without its label (`numbered`: Word's list numbering prints it, see lists.py); the Word
redline (`drafter/render/redline/docx_body.py`) writes the same lines with their labels as
text and revision marks, so accepting every change prints what `drafter render --to docx`
prints. The reference
document (`templates/make_reference_docx.py`) creates its styles under these names.
Lines name their styles; only the builder turns a name into the reference's style id.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from drafter.render.docx.ooxml import Run
from drafter.render.view import AnnexView, ClauseView, Paragraph

CLAUSE_LEVELS = 5
"""Clause styles `Clause 1`..`Clause 5`; deeper clauses use the last."""


class Style(StrEnum):
    """Every named style drafter writes with (the reference document must define them)."""

    TITLE = "Title"
    SUBTITLE = "Proposal Subtitle"
    NOTICE = "Notice"
    PREAMBLE = "Preamble"
    ANNEX_HEADING = "Heading 1"
    ALTERNATIVE = "Alternative"
    DRAFTERS_NOTE = "Drafters Note"
    TABLE_TEXT = "Table Text"
    HEADER = "Header"
    FOOTER = "Footer"
    POSITIONS_TABLE = "Positions Table"
    CLAUSE_TITLE = "Clause Title"
    """Character style of a clause's title after its number."""
    STATUS_MARK = "Status Mark"
    BRACKETED = "Bracketed"
    """Character style of disputed text (and of every alternative wording)."""
    ALTERNATIVE_LABEL = "Alternative Label"
    AMENDMENT = "Amendment"
    """A numbered amendment instruction: `1.<tab>In point 1(b), for ...`."""
    AMENDMENT_QUOTE = "Amendment Quote"
    """A quoted clause or text under an instruction."""
    AMENDMENT_QUOTE_2 = "Amendment Quote 2"
    """A quoted sub-clause (any depth below the quoted clause)."""
    QUOTED = "Quoted"
    """Character style of words an instruction quotes."""
    SOURCE_GAP = "Source Gap"
    """Character style of the editorial line marking a gap in the source text (italic)."""


def clause_style(level: int) -> str:
    """The heading paragraph style of a clause at `level` (1 = top level)."""
    return f"Clause {min(level, CLAUSE_LEVELS)}"


def point_style(level: int) -> str:
    """The paragraph style of an untitled point at `level`: number and text on one line."""
    return f"Point {min(level, CLAUSE_LEVELS)}"


def body_style(level: int) -> str:
    """The text paragraph style of a clause at `level` (1 = top level)."""
    level = min(level, CLAUSE_LEVELS)
    return "Clause Body" if level == 1 else f"Clause Body {level}"


class Line(NamedTuple):
    """One paragraph: its style name, its runs (character style names), notes on it."""

    style: str
    runs: tuple[Run, ...]
    notes: tuple[str, ...] = ()


def levels(view: ClauseView) -> tuple[str, str]:
    """The heading and body paragraph styles of a clause at its depth."""
    return clause_style(view.depth + 1), body_style(view.depth + 1)


def status_mark(view: ClauseView) -> str:
    """` — proposed` where the status is shown, else nothing."""
    return f" — {view.status_label}" if view.status_shown else ""


def text_style(view: ClauseView) -> str | None:
    """The character style of a clause's text: bracketed or the paragraph's own."""
    return Style.BRACKETED if view.bracketed else None


def label_run(view: ClauseView, numbered: bool = False) -> list[Run]:
    """The number and the tab to the text's indent; nothing for a clause the source leaves unnumbered,
    or one Word numbers (`numbered`: a list paragraph, whose number is not text)."""
    return [Run(f"{view.label}\t")] if view.label and not numbered else []


def heading_line(view: ClauseView, numbered: bool = False) -> Line:
    """`label<tab>title — status`; the clause's notes hang on it."""
    runs = label_run(view, numbered)
    if view.title:
        runs.append(Run(view.title, Style.CLAUSE_TITLE))
    if view.status_shown:
        runs.append(Run(status_mark(view), Style.STATUS_MARK))
    return Line(levels(view)[0], tuple(runs), tuple(note.text for note in view.notes))


def lead_line(view: ClauseView, numbered: bool = False) -> Line:
    """An untitled point's first line: `label<tab>text — status`, hanging from the number."""
    text = [Run(view.paragraphs[0].text, text_style(view))] if view.paragraphs else []
    status = [Run(status_mark(view), Style.STATUS_MARK)] if view.status_shown else []
    return Line(point_style(view.depth + 1), (*label_run(view, numbered), *text, *status), tuple(n.text for n in view.notes))


def text_lines(view: ClauseView, numbered: bool = False) -> list[Line]:
    """Heading (or an untitled point's first line) and text of one clause; `numbered`: Word numbers
    the first line, so its label is not written."""
    body = levels(view)[1]
    rest = view.paragraphs[1:] if view.inline else view.paragraphs
    return [lead_line(view, numbered) if view.inline else heading_line(view, numbered),
            *(Line(body, (Run(p.text, text_style(view)),)) for p in rest)]


def clause_lines(view: ClauseView, numbered: bool = False) -> list[Line]:
    """Text lines and alternatives of one clause, not its sub-clauses; the first is its heading or
    lead line (`numbered`: without the label, which Word's list numbering prints)."""
    return text_lines(view, numbered) + alternative_lines(view) + omitted_line(view)


def alternative_lines(view: ClauseView) -> list[Line]:
    """A clause's alternative wordings, the first paragraph of each labelled (and noted)."""
    lines: list[Line] = []
    for alternative in view.alternatives:
        notes = (alternative.note.text,) if alternative.note else ()
        for i, para in enumerate(alternative.paragraphs):
            label = (Run(f"{alternative.label}: ", Style.ALTERNATIVE_LABEL),) if i == 0 else ()
            lines.append(Line(Style.ALTERNATIVE, (*label, Run(para.text, Style.BRACKETED)), notes if i == 0 else ()))
    return lines


def omitted_line(view: ClauseView) -> list[Line]:
    """Under `--only agreed`, the line saying which sub-points were left out."""
    return [Line(levels(view)[1], (Run(view.omitted, Style.STATUS_MARK),))] if view.omitted else []


def gap_lines(texts: tuple[str, ...], level: int) -> list[Line]:
    """Editorial lines marking a gap in the source text, indented as the text of a clause at
    `level` (1 = top level); level 0 is the margin (before, between or after the points)."""
    style = body_style(level) if level else Style.PREAMBLE
    return [Line(style, (Run(text, Style.SOURCE_GAP),)) for text in texts]


def printed_lines(view: ClauseView, numbered: bool = False) -> list[Line]:
    """`clause_lines` with a break in the source text marked right after the clause's own text."""
    lines = clause_lines(view, numbered)
    cut = len(text_lines(view))
    return lines[:cut] + gap_lines(view.breaks, view.depth + 1) + lines[cut:]


def preamble_lines(paragraphs: tuple[Paragraph, ...]) -> list[Line]:
    """Paragraphs of a preamble or of an annex's introduction."""
    return [Line(Style.PREAMBLE, (Run(p.text),)) for p in paragraphs]


def annex_lines(view: AnnexView) -> list[Line]:
    """An annex's heading and introductory paragraphs."""
    return [Line(Style.ANNEX_HEADING, (Run(view.heading),)), *preamble_lines(view.paragraphs)]
