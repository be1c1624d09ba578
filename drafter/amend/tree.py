"""The text being amended, as a tree that instructions change in place.

Clauses keep their fields in the file's shape (`drafter.dump`), so what comes out is
a proposal's data again. Each text that words can be quoted from (a clause's, the
preamble, an annex's introduction) is a `Passage` that remembers every earlier wording
and which instruction made it, and which instruction wrote which words: that is how a
quote that no longer matches is traced to the instruction that changed those words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from drafter.diff.quotes import Change
from drafter.dump import clause_data, proposal_data
from drafter.model import Clause, Proposal


@dataclass(frozen=True, slots=True)
class Ref:
    """One instruction of one set, as messages and provenance name it: `ua.txt 3`."""

    set: str
    number: int | str

    def __str__(self) -> str:
        return f"{self.set} {self.number}"


@dataclass(slots=True)
class Mark:
    """Words in a passage's current text that an instruction wrote."""

    start: int
    end: int
    ref: Ref


@dataclass(eq=False, slots=True)
class Passage:
    """A text that word instructions amend."""

    text: str
    """Paragraphs joined by newlines."""
    history: list[tuple[str, Ref | None]] = field(default_factory=list)
    """Every wording it had, with the instruction that made it (None: the base text)."""
    marks: list[Mark] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.history.append((self.text, None))

    def change(self, changes: list[Change], ref: Ref) -> None:
        """Make non-overlapping `changes` on behalf of `ref`, keeping marks in step."""
        for c in sorted(changes, key=lambda c: c.start, reverse=True):
            delta = len(c.new) - (c.end - c.start)
            kept = []
            for mark in self.marks:
                if mark.end <= c.start:
                    kept.append(mark)
                elif mark.start >= c.end:
                    kept.append(Mark(mark.start + delta, mark.end + delta, mark.ref))
            if c.new:
                kept.append(Mark(c.start, c.start + len(c.new), ref))
            self.marks = kept
            self.text = self.text[:c.start] + c.new + self.text[c.end:]
        self.history.append((self.text, ref))

    def retarget(self, old_id: str, new_id: str) -> None:
        """Each `[[old_id]]` (or `[[old_id|case]]`) naming `new_id`: the clause it names was renamed,
        its wording stays."""
        for ending in ("]]", "|"):
            self._replace_all(f"[[{old_id}{ending}", f"[[{new_id}{ending}")

    def _replace_all(self, token: str, new: str) -> None:
        """Every `token` written `new`, the marks after each one moved along."""
        delta = len(new) - len(token)
        at = self.text.rfind(token)
        while at >= 0:
            end = at + len(token)
            for mark in self.marks:
                mark.start += delta if mark.start >= end else 0
                mark.end += delta if mark.end >= end else 0
            self.text = self.text[:at] + new + self.text[end:]
            at = self.text.rfind(token, 0, at)

    def rewrite(self, text: str, ref: Ref) -> None:
        """The whole text replaced on behalf of `ref`."""
        self.change([Change(0, len(self.text), text)], ref)

    def writers(self) -> list[Ref]:
        """Instructions whose words stand in the text now."""
        return list(dict.fromkeys(mark.ref for mark in self.marks))


@dataclass(eq=False, slots=True)
class Item:
    """A clause of the text being amended."""

    data: dict[str, Any]
    """Its fields in the file's shape, without text and sub-clauses."""
    passage: Passage
    parent: Any
    """The Item or `Container` holding it."""
    children: list[Item] = field(default_factory=list)
    deleted_by: Ref | None = None
    touched: dict[str, Ref] = field(default_factory=dict)
    """The last instruction that changed its title, status, place or text."""
    names: list[str] = field(default_factory=list)
    """How instructions may address it: its number in the base text, and numbers given later."""

    def walk(self) -> list[Item]:
        """This item and its descendants."""
        return [self, *(d for child in self.children for d in child.walk())]

    def name(self) -> str:
        """`point 3(b)` for messages."""
        return f"point {self.names[0]}" if self.names else f"clause '{self.data['id']}'"


@dataclass(eq=False, slots=True)
class Container:
    """The document's top level or an annex."""

    key: str
    children: list[Item] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)
    """An annex's fields (id, title) in the file's shape."""
    passage: Passage | None = None
    """An annex's introduction."""
    touched: dict[str, Ref] = field(default_factory=dict)


class Document:
    """A proposal being amended: its metadata, preamble, top level, annexes and every clause."""

    def __init__(self, proposal: Proposal) -> None:
        data = proposal_data(proposal)
        self.meta = {k: v for k, v in data.items() if k not in ("preamble", "clauses", "annexes")}
        self.preamble = Passage("\n".join(proposal.preamble))
        self.top = Container("#doc")
        self.annexes = [Container(f"#annex:{a.id}", data=_annex_fields(annex),
                                  passage=Passage("\n".join(a.text))) for a, annex in zip(proposal.annexes,
                                                                                         data.get("annexes", []))]
        self.letters = {a.letter: box for a, box in zip(proposal.annexes, self.annexes, strict=True)}
        self.by_id: dict[str, Item] = {}
        self.by_number: dict[str, Item] = {}
        self.touched: dict[str, Ref] = {}
        self._grow(self.top, proposal.clauses)
        for annex, box in zip(proposal.annexes, self.annexes, strict=True):
            self._grow(box, annex.clauses)

    def _grow(self, parent: Any, clauses: tuple[Clause, ...]) -> None:
        for clause in clauses:
            item = Item(clause_data(clause, children=False), Passage("\n".join(clause.text)), parent)
            item.data.pop("text", None)
            item.data["amended_by"] = list(clause.amended_by)
            self.register(item, clause.number)
            parent.children.append(item)
            self._grow(item, clause.clauses)

    def register(self, item: Item, number: str) -> None:
        """Make `item` addressable by its id and by `number`."""
        self.by_id[item.data["id"]] = item
        if number:
            self.by_number[number] = item
            item.names.append(number)

    def live_ids(self) -> set[str]:
        """Ids of the clauses still in the text."""
        return {i.data["id"] for box in (self.top, *self.annexes) for c in box.children for i in c.walk()}

    def data(self) -> dict[str, Any]:
        """The amended proposal in the file's shape."""
        data = dict(self.meta)
        if self.preamble.text:
            data["preamble"] = self.preamble.text.replace("\n", "\n\n")
        data["clauses"] = [_clause(item) for item in self.top.children]
        annexes = []
        for box in self.annexes:
            annex = dict(box.data)
            if box.passage is not None and box.passage.text:
                annex["text"] = box.passage.text.replace("\n", "\n\n")
            if box.children:
                annex["clauses"] = [_clause(item) for item in box.children]
            annexes.append(annex)
        if annexes:
            data["annexes"] = annexes
        return data


def _annex_fields(annex: dict[str, Any]) -> dict[str, Any]:
    """An annex's fields in the file's shape, its text and clauses aside."""
    return {key: value for key, value in annex.items() if key not in ("text", "clauses")}


_ORDER = ("id", "title", "text", "status", "positions", "alternatives", "tags", "sources", "notes", "translations",
          "amended_by")


def _clause(item: Item) -> dict[str, Any]:
    fields = dict(item.data)
    if item.passage.text:
        fields["text"] = item.passage.text.replace("\n", "\n\n")
    data = {k: fields[k] for k in _ORDER if fields.get(k)}
    if item.children:
        data["clauses"] = [_clause(child) for child in item.children]
    return data
