"""A translation made elsewhere, put into its original's file beside each clause.

`drafter import --translation-of P --lang uk FILE` reads FILE like any import, pairs its
clauses with P's (`drafter.diff.bilingual`, in the command), and hands the pairs here. Each
translated title and text is written under the clause's `translations:` as `uk:`, into P's
own text: nothing else in the file moves, so its comments and layout stay and `git diff`
shows only what was added. Then:

- cross-references are written back as `[[id]]`: "в пункті 1(а)" becomes "в [[ceasefire-start]]"
  where the original says `[[ceasefire-start]]` (the number as the translation writes it, or
  as the original does, after a word such as "пункт", "статті", "point", which goes with it;
  a bare number is a figure, never taken for a reference);
- a title the translation writes as the first sentence of its text ("Набрання чинності.
  Бойові дії ...") is taken as the title when the original has one;
- a translation that does not say what its original says (other figures, a reference not
  found) is not added, and the notices say why: the file written always validates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from drafter.errors import InputError
from drafter.figures import CITATION_WORDS
from drafter.importers.emit import mapping_lines
from drafter.load import load_bytes
from drafter.load.languages import version_problems
from drafter.load.yaml_source import Extent, Path, YamlDocument, read_yaml
from drafter.model import REFERENCE, Clause, Proposal

LEAD_IN_WORDS = 8
"""A first sentence this short may be a clause's title run into its text."""


@dataclass(frozen=True, slots=True)
class Added:
    """A translation put into the original's file."""

    text: str
    """The original's file with the translation in it."""
    proposal: Proposal
    """That file, loaded."""
    notices: tuple[str, ...]
    """What a person should check: titles taken from text, translations not added and why."""
    lines: Mapping[str, int]
    """The line of each clause of the original, by id (1-based, in the file as it was), for notices."""


def add_translation(original_text: str, origin: str, translation: Proposal, pairs: Mapping[str, str], tag: str,
                    authentic: bool = False) -> Added:
    """The original's file (`original_text`, read from `origin`) with `translation` in it as `tag`.

    `pairs` maps each original clause id to the id of the translated clause that renders it.
    """
    original = load_bytes(original_text.encode("utf-8"), origin)
    _check(original, origin, tag)
    document = read_yaml(original_text, origin)
    lines = original_text.split("\n")
    writer = _Writer(original, translation, pairs, tag)
    edits = list(writer.edits(_Lines(document, lines), authentic))
    for at, inserted in sorted(edits, key=lambda edit: edit[0], reverse=True):
        lines[at:at] = inserted
    text = "\n".join(lines)
    where = {clause.id: document.locate(path)[0] for path, clause in writer.walk()}
    return Added(text, load_bytes(text.encode("utf-8"), origin), tuple(writer.notices), where)


def _check(original: Proposal, origin: str, tag: str) -> None:
    if not original.languages:
        raise InputError(f"{origin}: declares no languages, so the language of its own text is not known; "
                         "add it first (languages: {en: authentic}, with the right tag)")
    if tag == original.language:
        raise InputError(f"{origin}: '{tag}' is its own language; a translation must be into another")
    held = [c for c in original.walk() if c.translation(tag)] + [a for a in original.annexes
                                                                  if any(t.language == tag for t in a.translations)]
    if held or any(t.language == tag for t in original.translations):
        raise InputError(f"{origin}: already holds a '{tag}' translation; remove it before importing another")


class _Writer:
    """The lines to insert into the original's file, and the notices on what was done."""

    def __init__(self, original: Proposal, translation: Proposal, pairs: Mapping[str, str], tag: str) -> None:
        self.original, self.translation, self.tag = original, translation, tag
        self.pairs = pairs
        self.first = original.language or ""
        self.notices: list[str] = []

    def edits(self, lines: _Lines, authentic: bool) -> Iterator[tuple[int, list[str]]]:
        """(line index, lines) to insert, anywhere in the file."""
        document = lines.document
        yield lines.language(self.tag, authentic)
        head = self._head(document.data)
        if head:
            yield lines.translation((), head, self.tag, before=("preamble", "clauses"))
        for a in range(len(self.original.annexes)):
            fields = self._annex(a, document.data["annexes"][a])
            if fields:
                yield lines.translation(("annexes", a), fields, self.tag, before=("clauses",))
        for path, clause in self.walk():
            fields = self._clause(path, clause, _item(document.data, path))
            if fields:
                yield lines.translation(path, fields, self.tag, before=("clauses",))

    def walk(self) -> Iterator[tuple[Path, Clause]]:
        """(path, clause) of every clause of the original, in document order."""

        def walk(path: Path, clauses: tuple[Clause, ...]) -> Iterator[tuple[Path, Clause]]:
            for i, clause in enumerate(clauses):
                yield (*path, i), clause
                yield from walk((*path, i, "clauses"), clause.clauses)

        yield from walk(("clauses",), self.original.clauses)
        for a, annex in enumerate(self.original.annexes):
            yield from walk(("annexes", a, "clauses"), annex.clauses)

    def _head(self, data: dict[str, Any]) -> dict[str, str]:
        fields = {"title": self.translation.title}
        if self.original.notice and self.translation.notice:
            fields["notice"] = self.translation.notice
        if self.original.preamble and self.translation.preamble:
            fields["preamble"] = "\n\n".join(self.translation.preamble)
        return self._checked((), data, fields, "the title and preamble")

    def _annex(self, a: int, data: dict[str, Any]) -> dict[str, str]:
        if a >= len(self.translation.annexes):
            self.notices.append(f"annex {self.original.annexes[a].letter}: no {self.tag} annex at its place")
            return {}
        theirs = self.translation.annexes[a]
        fields = {"title": theirs.title}
        if self.original.annexes[a].text and theirs.text:
            fields["text"] = self._references(self.original.annexes[a].text, "\n\n".join(theirs.text))
        return self._checked(("annexes", a), data, fields, f"annex {self.original.annexes[a].letter}")

    def _clause(self, path: Path, clause: Clause, data: dict[str, Any]) -> dict[str, str]:
        theirs = self.translation.index.get(self.pairs.get(clause.id, ""))
        if theirs is None:
            return {}
        title, paragraphs = theirs.title, list(theirs.text)
        where = f"point {clause.number or clause.id}"
        if clause.title and not title and paragraphs:
            title, paragraphs[0] = _lead_in(paragraphs[0])
            if title:
                self.notices.append(f"{where}: {self.tag} title taken from the first sentence: «{title}»")
        elif title and not clause.title:
            paragraphs = [f"{title} {paragraphs[0]}" if paragraphs else title, *paragraphs[1:]]
            self.notices.append(f"{where}: the {self.tag} heading «{title}» is run into the text (the original has "
                                "no title)")
            title = None
        fields: dict[str, str] = {}
        if clause.title and title:
            fields["title"] = title
        if clause.text and paragraphs:
            fields["text"] = self._references(clause.text, "\n\n".join(paragraphs))
        return self._checked(path, data, fields, where)

    def _checked(self, path: Path, data: dict[str, Any], fields: dict[str, str], what: str) -> dict[str, str]:
        """`fields` when they say what the original says (the rules across languages), else {}."""
        if not fields:
            return {}
        trial = {**data, "translations": {self.tag: fields}}
        problems = [str(message).split(" ({}")[0] for _, message, _ in version_problems(path, trial, self.first)]
        if problems:
            found = "; ".join(problems)
            self.notices.append(f"{what}: {self.tag} text not added: {found}")
            return {}
        return fields

    def _references(self, original: tuple[str, ...], text: str) -> str:
        """`text` with each clause number the original refers to written back as `[[id]]`."""
        for target in REFERENCE.findall(" ".join(original)):
            if REFERENCE.findall(text).count(target) >= REFERENCE.findall(" ".join(original)).count(target):
                continue  # the translation writes this reference as the file does already
            clause = self.original.index.get(target)
            theirs = self.translation.index.get(self.pairs.get(target, ""))
            numbers = [n for n in (theirs.number if theirs else "", clause.number if clause else "") if n]
            for number in numbers:
                pattern = re.compile(rf"(?P<word>{CITATION_WORDS})\s+{_number_pattern(number)}(?![\w(])", re.IGNORECASE)
                text, found = pattern.subn(partial(_reference, target), text, count=1)
                if found:
                    break
        return text


CASES = {"пункт": None, "пункту": "genitive", "пунктом": "instrumental", "пункті": "locative",
         "пункта": "genitive", "пункте": "locative"}
"""The case a citation's word is in, where it says (Ukrainian and Russian `пункт`): kept as `[[id|case]]`
so the document prints the reference as the sentence needs it. (`пункту` is genitive in Ukrainian and
dative in Russian; both print it the same way.)"""


def _reference(target: str, match: re.Match[str]) -> str:
    case = CASES.get(match.group("word").lower())
    return f"[[{target}|{case}]]" if case else f"[[{target}]]"


def _number_pattern(number: str) -> str:
    """A clause number as a translation may write it: `1(а)`, `1 (а)`, `1а)`."""
    parts = re.split(r"\(", number)
    out = re.escape(parts[0])
    for part in parts[1:]:
        out += r"\s?\(?" + re.escape(part)
    return rf"(?<![\w.]){out}"


def _lead_in(paragraph: str) -> tuple[str | None, str]:
    """A short first sentence as a title, and the rest; (None, paragraph) when there is none."""
    match = re.match(r"(?P<title>[^.!?:;]{1,120}?)[.:]\s+(?P<rest>\S.*)", paragraph, re.DOTALL)
    if not match or len(match.group("title").split()) > LEAD_IN_WORDS:
        return None, paragraph
    return match.group("title").strip(), match.group("rest")


def _item(data: Any, path: Path) -> dict[str, Any]:
    for step in path:
        data = data[step]
    return data


class _Lines:
    """Where new lines go in the original's text, and what they are."""

    def __init__(self, document: YamlDocument, lines: list[str]) -> None:
        self.document = document
        self.lines = lines

    def language(self, tag: str, authentic: bool) -> tuple[int, list[str]]:
        """The new language in the document's `languages:` mapping."""
        extent = self.document.extent(("languages",))
        status = "authentic" if authentic else "translation"
        if extent is None and self.document.extent(("language",)) is not None:
            raise InputError("the original says its one language with `language:`; to add a translation, write "
                             "`languages:` instead, its own language first (`uk: authentic`), one per line")
        if extent is None:
            raise InputError("the original declares no languages")
        if extent.flow:
            raise InputError("the original's languages: are written {...} on one line; write them one per line first")
        return self._after(extent), [f"{' ' * extent.column}{tag}: {status}"]

    def translation(self, path: Path, fields: dict[str, str], tag: str, before: tuple[str, ...]) -> tuple[int, list[str]]:
        """`translations:` with `tag:` and its fields, in the mapping at `path`."""
        holder = self.document.extent((*path, "translations"))
        if holder is not None:  # other languages are there already: add this one after them
            return self._after(holder), mapping_lines({tag: fields}, holder.column)
        own = self.document.extent((*path, "id") if path else ("drafter",), key=True)
        if own is None:
            raise InputError(f"cannot place a translation at {path}")
        for key in before:
            place = self.document.extent((*path, key), key=True)
            if place is not None:
                return place.line, mapping_lines({"translations": {tag: fields}}, own.column)
        mapping = self.document.extent(path) if path else None
        at = self._after(mapping) if mapping is not None else len(self.lines)
        return at, mapping_lines({"translations": {tag: fields}}, own.column)

    def _after(self, extent: Extent) -> int:
        """The line index just after a node's last line of content (blank lines and comments
        after it belong to what follows)."""
        lines = self.lines
        ends_line = extent.end_line >= len(lines) or not lines[extent.end_line][:extent.end_column].strip()
        at = extent.end_line if ends_line else extent.end_line + 1
        while at > extent.line + 1 and (not lines[at - 1].strip() or lines[at - 1].lstrip().startswith("#")):
            at -= 1
        return at
