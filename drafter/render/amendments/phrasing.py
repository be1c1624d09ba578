"""An instruction in a style's words: the sentence, then the clause or text it quotes.

Every amendments output (text, Markdown, Word) prints these pieces; each only decides
how quoted words look. A sentence is a list of `Piece`s, quoted or not, so Word can set
quotations in their own style.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from drafter.diff.amendments import Amendment, NewClause, Target
from drafter.render.amendments.styles import Style, Wording, wording_for

Resolve = Callable[[str], str]
"""Prints `[[id]]` references as a document numbers them; identity for the text form."""

_PLACEHOLDER = re.compile(r"\{(\w+)(?::(\w+))?\}")
"""`{target}`, or `{target:genitive}`: the word in the case the sentence needs."""


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of an instruction's sentence."""

    text: str
    quoted: bool = False
    """True for quoted words (the quotation marks are in `text`)."""


@dataclass(frozen=True, slots=True)
class Line:
    """A line of a quoted clause or text."""

    depth: int
    """0 for the quoted clause itself, 1 for its sub-clauses, ..."""
    kind: str
    """`heading` (label and title), `status`, `paragraph` (of a clause) or `text` (a quoted
    text's own paragraph, not a clause's)."""
    text: str
    label: str = ""
    id: str | None = None
    """heading: the clause's id when the instruction gives one."""


def phrase_key(a: Amendment) -> str:
    """Which phrase of the style words `a`."""
    if a.kind in ("substitute", "omit"):
        return f"{a.kind}_every" if a.every else a.kind
    if a.kind == "insert":
        return f"insert_{a.where}"
    if a.kind == "replace":
        if a.target is not None and a.target.kind != "clause":
            return "replace_text"
        return "replace_intro" if a.intro else "replace"
    if a.kind in ("add", "move"):
        return f"{a.kind}_{'after' if a.place and a.place.relation == 'after' else 'first'}"
    if a.kind == "retitle":
        return "title_added" if not a.old else "title_removed" if not a.new else "retitle"
    return a.kind


def sentence(a: Amendment, style: Style, language: str | None = None,
             resolve_old: Resolve = str, resolve_new: Resolve = str) -> list[Piece]:
    """The instruction as a sentence in `style` (in `language` where the style speaks it), its
    first letter a capital."""
    wording = wording_for(style.name, language)
    pieces: list[Piece] = []
    template = wording.phrases[phrase_key(a)]
    at = 0
    for match in _PLACEHOLDER.finditer(template):
        if match.start() > at:
            pieces.append(Piece(template[at:match.start()]))
        name, case = match.groups()
        pieces.append(Piece(_value(a, wording, name, case, resolve_old, resolve_new), quoted=name in ("old", "new")))
        at = match.end()
    if at < len(template):
        pieces.append(Piece(template[at:]))
    first = pieces[0]
    pieces[0] = Piece(first.text[:1].upper() + first.text[1:], first.quoted)
    return pieces


def _value(a: Amendment, wording: Wording, name: str, case: str | None, resolve_old: Resolve,
           resolve_new: Resolve) -> str:
    """What placeholder `name` stands for in `a`, in `case`."""
    if name in ("old", "new"):
        words = a.old if name == "old" else a.new
        words = wording.status(words) if a.kind == "restatus" else (resolve_old if name == "old" else resolve_new)(words)
        return f"{wording.quotes[0]}{words}{wording.quotes[1]}"
    target = a.place.target if a.kind == "add" and a.place is not None else a.target
    anchor = a.place.target if a.place is not None else None
    if name == "first":
        container = anchor if a.kind == "move" else target
        first = "first_point" if container is not None and container.kind in ("document", "annex") else "first_sub_point"
        return wording.word(first, case)
    return target_phrase(target if name == "target" else anchor, wording, case)


def target_phrase(target: Target | None, wording: Wording, case: str | None = None) -> str:
    """`point 1(b)`, `the preamble`, `Annex A`, `the proposal` (in `case` where the language has them)."""
    if target is None:
        return ""
    if target.kind in ("clause", "annex"):
        return wording.word("point" if target.kind == "clause" else "annex", case).format(number=target.number)
    return wording.word(target.kind, case)


def quoted_lines(a: Amendment, resolve: Resolve = str) -> list[Line]:
    """What the instruction quotes after its sentence: clauses, or the paragraphs of a text."""
    if a.kind == "replace" and (a.target is None or a.target.kind != "clause"):
        return [Line(0, "text", resolve(p)) for p in a.text]
    return [line for clause in a.clauses for line in _clause_lines(clause, 0, resolve)]


def _clause_lines(clause: NewClause, depth: int, resolve: Resolve) -> Iterator[Line]:
    heading = f"{clause.label} {clause.title}" if clause.title else clause.label
    yield Line(depth, "heading", heading, clause.label, clause.id)
    if clause.status != "proposed":
        yield Line(depth, "status", clause.status)
    for paragraph in clause.text:
        yield Line(depth, "paragraph", resolve(paragraph))
    for child in clause.clauses:
        yield from _clause_lines(child, depth + 1, resolve)


def run_in(lines: list[Line]) -> list[Line]:
    """For print: an untitled clause's number runs into its first paragraph (`7A. The amnesty ...`),
    as drafters write it. The text form keeps them apart, so it can be read back."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if (line.kind == "paragraph" and previous is not None and previous.kind == "heading"
                and previous.text == previous.label and previous.depth == line.depth):
            out[-1] = Line(line.depth, "paragraph", f"{previous.label} {line.text}", previous.label)
        else:
            out.append(line)
    return out
