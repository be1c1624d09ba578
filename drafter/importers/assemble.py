"""An outline -> proposal data (plain dicts), with ids, in drafter's file format.

Nothing is invented: a text without a date gets `date: undated` (validate warns until a
person fills it in), and the source's numbers are written (`number:`) wherever they
differ from the numbers drafter would give by position, on every numbered point then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from drafter import numbering
from drafter.importers.ids import IdMaker, slug_words, slugify
from drafter.importers.paragraphs import Notice
from drafter.importers.structure import Container, Node, Outline
from drafter.model import REFERENCE

UNDATED = "undated"


@dataclass(frozen=True, slots=True)
class Choices:
    """What the person importing said, overriding the source."""

    proposal_id: str | None = None
    title: str | None = None
    date: str | None = None
    fallback_name: str = "imported"
    """The file name without extension, for an id and (reported) a title when the text gives none."""


def proposal_data(outline: Outline, choices: Choices) -> dict[str, Any]:
    """The proposal as plain data, ready for `emit.to_yaml`; guesses are added to `outline.notices`."""
    return _Assembler(outline, choices).data()


@dataclass(slots=True)
class _Assembler:
    outline: Outline
    choices: Choices
    ids: IdMaker = field(default_factory=IdMaker)
    made: dict[int, str] = field(default_factory=dict)
    """Clause id given to each node."""
    parties: dict[str, str] = field(default_factory=dict)
    keep_numbers: bool = False

    def data(self) -> dict[str, Any]:
        outline, choices = self.outline, self.choices
        title = choices.title or outline.title or self._fallback_title()
        data: dict[str, Any] = {
            "drafter": 1,
            "id": choices.proposal_id or slugify(choices.fallback_name, max_words=8) or slugify(title, max_words=8)
            or "imported",
            "title": title,
            "version": outline.version or "0.1",
            "date": choices.date or outline.date or self._undated(),
            "status": outline.status,
        }
        if outline.notice:
            data["notice"] = outline.notice
        self.parties = _party_codes([*outline.document.parties, *_alternative_parties(outline)])
        if self.parties:
            data["parties"] = [{"id": ident, "name": name} for name, ident in self.parties.items()]
        if outline.document.sources:
            data["sources"] = _sources(outline.document.sources)
        if outline.notes:
            data["notes"] = list(outline.notes)
        if outline.body.text:
            data["preamble"] = _paragraphs(outline.body.text)
        self.keep_numbers = _differs(outline)
        if self.keep_numbers:
            outline.notices.append(Notice("", "the source's numbers differ from drafter's: kept (number: on each point)"))
        data["clauses"] = [self._clause(node) for node in self._worded(outline.body.clauses)]
        annexes = [self._annex(annex, i) for i, annex in enumerate(outline.annexes, 1)]
        if annexes:
            data["annexes"] = annexes
        gaps = [self._gap(gap.node, gap.cut, gap.note) for gap in outline.gaps]
        if gaps:
            data["gaps"] = gaps
        return data

    def _fallback_title(self) -> str:
        title = self.choices.fallback_name.replace("-", " ").replace("_", " ").strip() or "Imported text"
        self.outline.notices.append(Notice("", f"no title in the source: took '{title}' from the file name (check it)"))
        return title

    def _undated(self) -> str:
        self.outline.notices.append(Notice("", "no date in the source: written as 'date: undated' (fill it in, or "
                                           "import with --date; validate warns until then)"))
        return UNDATED

    def _clause(self, node: Node) -> dict[str, Any]:
        clause: dict[str, Any] = {"id": self.ids.make(node.title or " ".join(node.paragraphs), node.mark)}
        self.made[id(node)] = clause["id"]
        if node.group and node.children:
            clause["number"] = ""
        elif self.keep_numbers and node.number:
            clause["number"] = node.number
        children = self._worded(node.children)
        text = _paragraphs(node.paragraphs) if _has_text(node) else ""
        if node.title and not text and not children:
            text = _paragraphs([node.title])  # its only words: a clause needs a text (or sub-clauses) to stand
            self.outline.notices.append(Notice("", f"point {node.mark or node.title}: no text under its title; "
                                                   "the title is written as its text"))
        elif node.title:
            clause["title"] = node.title
        if text:
            clause["text"] = text
        if node.status != "proposed":
            clause["status"] = node.status
        if node.alternatives:
            clause["alternatives"] = [{"party": self.parties[party], "text": _paragraphs(texts)}
                                      for party, texts in node.alternatives]
        if node.notes:
            clause["notes"] = list(node.notes)
        if children:
            clause["clauses"] = [self._clause(child) for child in children]
        return clause

    def _worded(self, nodes: list[Node]) -> list[Node]:
        """The points that have words of their own or under them; each empty one is reported
        (a number with nothing after it, as a Word list can print)."""
        kept = [node for node in nodes if _worded(node)]
        for node in nodes:
            if not _worded(node):
                self.outline.notices.append(Notice("", f"point {node.mark or '(unnumbered)'} has no words in the "
                                                       "source: left out"))
        return kept

    def _annex(self, annex: Container, n: int) -> dict[str, Any]:
        title = annex.title or f"Annex {n}"
        data: dict[str, Any] = {"id": self.ids.make(f"annex {title}", f"annex-{n}"), "title": title}
        if annex.text:
            data["text"] = _paragraphs(annex.text)
        clauses = [self._clause(node) for node in self._worded(annex.clauses)]
        if clauses:
            data["clauses"] = clauses
        return data

    def _gap(self, node: Node | None, cut: bool, note: str) -> dict[str, str]:
        gap: dict[str, str] = {}
        ident = self.made.get(id(node)) if node is not None else None
        if ident:
            gap["within" if cut else "after"] = ident
        if note.strip():
            gap["note"] = " ".join(note.split())
        return gap


def _differs(outline: Outline) -> bool:
    """True when some number the source gives is not the one drafter would compute."""
    computed: dict[int, str] = {}
    _compute(outline.body.clauses, numbering.Counter(), computed)
    for a, annex in enumerate(outline.annexes, 1):
        _compute(annex.clauses, numbering.Counter(prefix=numbering.annex_letter(a) + "."), computed)
    nodes = [n for c in (outline.body, *outline.annexes) for top in c.clauses for n in _walk(top)]
    return any(node.number is not None and not node.group and node.number != computed[id(node)] for node in nodes)


def _compute(nodes: list[Node], counter: numbering.Counter, out: dict[int, str]) -> None:
    for node in nodes:
        given = "" if node.group and node.children else None
        number, _ = counter.next(given)
        out[id(node)] = number
        _compute(node.children, counter if given == "" else counter.below(number), out)


def _alternative_parties(outline: Outline) -> list[str]:
    nodes = [n for c in (outline.body, *outline.annexes) for top in c.clauses for n in _walk(top)]
    return [party for node in nodes for party, _ in node.alternatives]


def _party_codes(names: list[str]) -> dict[str, str]:
    """Party name -> a short code: an acronym it starts with (`US`, `E3`), else its initials."""
    found: dict[str, str] = {}
    for name in names:
        if name in found:
            continue
        first = name.split()[0] if name.split() else ""
        if 2 <= len(first) <= 6 and first.isascii() and first.isalnum() and first.upper() == first:
            base = first
        else:
            base = "".join(w[0] for w in slug_words(name) if w not in ("of", "the", "and"))[:6].upper() or "P"
        base = base if base[0].isalpha() else f"P{base}"
        ident, n = base, 1
        while ident in found.values():
            n += 1
            ident = f"{base}{n}"
        found[name] = ident
    return found


def _sources(sources: list[tuple[str, str]]) -> list[dict[str, str]]:
    ids = IdMaker()
    return [{"id": ids.make(title, "source"), "title": title, **({"url": url} if url else {})} for url, title in sources]


def _walk(node: Node) -> list[Node]:
    return [node, *(n for child in node.children for n in _walk(child))]


def _paragraphs(paragraphs: list[str]) -> str:
    # `[[x]]` would be read as a cross-reference; a space keeps the source's brackets as text
    return "\n\n".join(REFERENCE.sub(lambda m: f"[ [{m.group(1)}] ]", p) for p in paragraphs)


def _has_text(node: Node) -> bool:
    return any(paragraph.strip() for paragraph in node.paragraphs)


def _worded(node: Node) -> bool:
    """True when the point, or a point under it, has a title or text."""
    return bool(node.title) or _has_text(node) or any(_worded(child) for child in node.children)
