"""Apply sets of instructions, in order, to a Document; say why any instruction cannot be.

Every set addresses the base text: its numbers are the base's, or those that instructions
gave to clauses they inserted, and its quotes are the base's words. So when a quote is
no longer there, or a clause is gone, the instruction that changed it is found and named:
from another set that is a conflict (two parties touching the same words), from the same
set a plain mistake. Each amended clause records, in `amended_by`, every instruction that
changed it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from drafter.amend.tree import Container, Document, Item, Passage, Ref
from drafter.diff.amendments import Amendment, AmendmentSet, NewClause, Place, Record, Target
from drafter.diff.quotes import QuoteProblem, occurrences, word_changes
from drafter.importers.ids import IdMaker
from drafter.model import retarget_references


@dataclass(frozen=True, slots=True)
class AmendProblem:
    """An instruction that could not be applied."""

    ref: Ref
    where: str
    """What it is addressed to: `point 1(b)`, `after point 8`, `the preamble`."""
    message: str
    """Why, or, in a conflict, what the other instruction did (`deleted point 9`)."""
    conflict: Ref | None = None
    """The instruction of another set that changed the same thing first."""

    def __str__(self) -> str:
        what = "record" if str(self.ref.number).startswith("record") else "instruction"
        number = str(self.ref.number).removeprefix("record ")
        reason = f"conflict with {self.conflict}, which {self.message}" if self.conflict else self.message
        return f"{self.ref.set}: {what} {number} ({self.where}): {reason}"


class Refused(Exception):
    """Why the instruction at hand cannot be applied; `by` changed the same thing first, and
    `clash` says what it did, for when `by` belongs to another set (a conflict)."""

    def __init__(self, message: str, by: Ref | None = None, clash: str = "") -> None:
        super().__init__(message)
        self.message, self.by, self.clash = message, by, clash


def describe(target: Target | None, place: Place | None = None) -> str:
    """How messages name what an instruction is addressed to."""
    if target is None:
        if place is None:
            return "nowhere"
        where = describe(place.target)
        return f"after {where}" if place.relation == "after" else f"at the start of {where}"
    if target.kind == "clause":
        return f"point {target.number or target.id}"
    if target.kind == "annex":
        return f"Annex {target.number or target.id}"
    return "the preamble" if target.kind == "preamble" else "the proposal"


class Applier:
    """Applies sets one after another to `doc`, collecting what could not be applied."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.problems: list[AmendProblem] = []
        self.renamed: dict[str, str] = {}
        """Base id -> the id its clause has now, for each clause an instruction renamed."""

    def apply(self, amendments: AmendmentSet) -> None:
        """Every instruction, then the records and document fields, of one set."""
        for n, amendment in enumerate(amendments.amendments, 1):
            ref = Ref(amendments.name, n)
            try:
                getattr(self, amendment.kind)(amendment, ref)
            except Refused as refused:
                self._refused(ref, describe(amendment.target, amendment.place), refused)
        for n, record in enumerate(amendments.records, 1):
            ref = Ref(amendments.name, f"record {n}")
            try:
                self.record(record)
            except Refused as refused:
                self._refused(ref, describe(record.target), refused)
        for key, value in amendments.result.items():
            if value:
                self.doc.meta[key] = value
            else:
                self.doc.meta.pop(key, None)

    def _refused(self, ref: Ref, where: str, refused: Refused) -> None:
        if refused.by is not None and refused.by.set != ref.set and refused.clash:
            self.problems.append(AmendProblem(ref, where, refused.clash, refused.by))
        else:
            self.problems.append(AmendProblem(ref, where, refused.message))

    # -- finding what is addressed --

    def clause(self, target: Target) -> Item:
        """The live clause `target` names."""
        item = self.doc.by_id.get(target.id) if target.id else self.doc.by_number.get(target.number)
        if item is None:
            raise Refused(f"there is no {describe(target)} in the text")
        if item.deleted_by is not None:
            raise Refused(f"{describe(target)} was deleted by {item.deleted_by}", item.deleted_by,
                          f"deleted {describe(target)}")
        return item

    def container(self, target: Target) -> Any:
        """The Item, annex or top level that clauses can be placed in."""
        if target.kind == "document":
            return self.doc.top
        if target.kind == "annex":
            for box in self.doc.annexes:
                if box.data["id"] == target.id or (not target.id and self.doc.letters.get(target.number) is box):
                    return box
            raise Refused(f"there is no {describe(target)}")
        return self.clause(target)

    def passage(self, target: Target) -> tuple[Passage, Any]:
        """The text an instruction quotes from, and what holds it."""
        if target.kind == "preamble":
            return self.doc.preamble, self.doc
        holder = self.container(target)
        if holder.passage is None:
            raise Refused(f"{describe(target)} has no text to amend")
        return holder.passage, holder

    # -- words --

    def substitute(self, a: Amendment, ref: Ref) -> None:
        """For these words, those."""
        self._words(a, ref)

    def omit(self, a: Amendment, ref: Ref) -> None:
        """Leave these words out."""
        self._words(a, ref)

    def insert(self, a: Amendment, ref: Ref) -> None:
        """Put words after or before these."""
        self._words(a, ref)

    def _words(self, a: Amendment, ref: Ref) -> None:
        passage, holder = self.passage(a.target)  # type: ignore[arg-type]
        if self.renamed and "[[" in a.old:  # quoted as the base has it; the clause named has another id now
            a = replace(a, old=retarget_references(a.old, lambda ident: self.renamed.get(ident, ident)))
        try:
            changes = word_changes(passage.text, a.kind, a.old, a.new, a.every, a.where)
        except QuoteProblem as problem:
            raise self._missing(passage, problem, ref) from None
        spans = [(i, i + len(a.old)) for i in occurrences(passage.text, a.old)]
        for mark in passage.marks:
            if mark.ref.set != ref.set and any(s < mark.end and mark.start < e for s, e in spans):
                raise Refused(f"“{a.old}” takes in words that {mark.ref} wrote", mark.ref,
                              f"wrote words that “{a.old}” takes in")
        passage.change(changes, ref)
        self._mark(holder, "text", ref)

    def _missing(self, passage: Passage, problem: QuoteProblem, ref: Ref) -> Refused:
        """Why quoted words are not found once: who changed them, if anyone did."""
        if problem.count > 1:
            spans = [(i, i + len(problem.words)) for i in occurrences(passage.text, problem.words)]
            for mark in passage.marks:
                if mark.ref.set != ref.set and any(s < mark.end and mark.start < e for s, e in spans):
                    return Refused(f"{problem.message} in the text, once in words that {mark.ref} wrote", mark.ref,
                                   f"wrote a second “{problem.words}”")
            return Refused(f"{problem.message} in the text; quote more words to say which")
        history = passage.history
        for k in range(len(history) - 2, -1, -1):
            if occurrences(history[k][0], problem.words):
                culprit = history[k + 1][1]
                return Refused(f"“{problem.words}” is no longer in the text: {culprit} changed it", culprit,
                               f"changed “{problem.words}” first")
        return Refused(f"{problem.message} in the text")

    # -- clauses --

    def replace(self, a: Amendment, ref: Ref) -> None:
        """A new title and text (a new clause, if it brings its own id)."""
        if a.target is not None and a.target.kind != "clause":
            passage, holder = self.passage(a.target)
            self._untouched_text(passage, ref)
            passage.rewrite("\n".join(a.text), ref)
            self._mark(holder, "text", ref)
            return
        item = self.clause(a.target)  # type: ignore[arg-type]
        self._untouched_text(item.passage, ref)
        self._untouched(item, "title", ref)
        new = a.clauses[0]
        if new.id and new.id != item.data["id"]:
            self._rename(item, new.id)
            for key in ("positions", "alternatives", "tags", "sources", "notes", "translations"):
                item.data.pop(key, None)
        item.passage.rewrite("\n".join(new.text), ref)
        _set(item.data, "title", new.title)
        self._mark(item, "text", ref)
        self._mark(item, "title", ref)

    def add(self, a: Amendment, ref: Ref) -> None:
        """New clauses at a place, numbered as the instruction numbers them."""
        parent, index = self._slot(a.place)  # type: ignore[arg-type]
        self._check_new(a.clauses, ref)
        for new in a.clauses:
            parent.children.insert(index, self._build(new, parent, ref))
            index += 1

    def delete(self, a: Amendment, ref: Ref) -> None:
        """A clause and its sub-points taken out."""
        item = self.clause(a.target)  # type: ignore[arg-type]
        for part in item.walk():
            for other in [*part.passage.writers(), *part.touched.values()]:
                if other.set != ref.set:
                    raise Refused(f"{part.name()} was amended by {other}", other, f"amended {part.name()}")
        item.parent.children.remove(item)
        for part in item.walk():
            part.deleted_by = ref

    def move(self, a: Amendment, ref: Ref) -> None:
        """A clause, with its sub-points, taken to another place."""
        item = self.clause(a.target)  # type: ignore[arg-type]
        self._untouched(item, "place", ref)
        anchor = self.clause(a.place.target) if a.place.target.kind == "clause" else None  # type: ignore[union-attr]
        if anchor is not None and anchor in item.walk():
            raise Refused(f"cannot move {item.name()} into itself")
        item.parent.children.remove(item)
        parent, index = self._slot(a.place)  # type: ignore[arg-type]
        parent.children.insert(index, item)
        item.parent = parent
        self._mark(item, "place", ref)

    def _slot(self, place: Place) -> tuple[Any, int]:
        if place.relation == "start":
            return self.container(place.target), 0
        anchor = self.clause(place.target)
        return anchor.parent, anchor.parent.children.index(anchor) + 1

    def _check_new(self, clauses: tuple[NewClause, ...], ref: Ref) -> None:
        for new in clauses:
            taken = self.doc.by_number.get(new.number)
            if taken is not None:
                raise Refused(f"number {new.number} is already used", taken.touched.get("added"),
                              f"inserted a point {new.number} first")
            if new.id and new.id in self.doc.by_id:
                raise Refused(f"id '{new.id}' is already used", self.doc.by_id[new.id].touched.get("added"),
                              f"inserted a clause with id '{new.id}' first")
            self._check_new(new.clauses, ref)

    def _build(self, new: NewClause, parent: Any, ref: Ref) -> Item:
        ident = new.id or IdMaker(set(self.doc.by_id)).make(new.title or " ".join(new.text), "point")
        data: dict[str, Any] = {"id": ident}
        _set(data, "title", new.title)
        if new.status != "proposed":
            data["status"] = new.status
        data.update(new.record)
        if new.source_number is not None:
            data["number"] = new.source_number
        data["amended_by"] = [str(ref)]
        item = Item(data, Passage("\n".join(new.text)), parent, touched={"added": ref})
        self.doc.register(item, new.number)
        item.children = [self._build(child, item, ref) for child in new.clauses]
        return item

    # -- fields --

    def retitle(self, a: Amendment, ref: Ref) -> None:
        """A new title (or none)."""
        holder, fields = self._titled(a.target)
        current = fields.get("title") or ""
        if a.old and current != a.old:
            self._untouched(holder, "title", ref)
            raise Refused(f"the title is “{current}”, not “{a.old}”")
        _set(fields, "title", a.new or None)
        self._mark(holder, "title", ref)

    def _titled(self, target: Target | None) -> tuple[Any, dict[str, Any]]:
        """What holds a title, and the fields it is in."""
        if target is None or target.kind == "document":
            return self.doc, self.doc.meta
        holder = self.container(target)
        return holder, holder.data

    def restatus(self, a: Amendment, ref: Ref) -> None:
        """A new status."""
        item = self.clause(a.target)  # type: ignore[arg-type]
        current = item.data.get("status", "proposed")
        if a.old and current != a.old:
            self._untouched(item, "status", ref)
            raise Refused(f"its status is {current}, not {a.old}")
        _set(item.data, "status", None if a.new == "proposed" else a.new)
        self._mark(item, "status", ref)

    def record(self, record: Record) -> None:
        """A working-record field (or the id) of a clause."""
        item = self.clause(record.target)
        if record.field == "id":
            self._rename(item, record.value)
        elif record.field == "number":  # '' (printed without a number) is a value, not a clearing
            item.data.pop("number", None) if record.value is None else item.data.update(number=record.value)
        else:
            _set(item.data, record.field, record.value or None)

    # -- bookkeeping --

    def _rename(self, item: Item, ident: str) -> None:
        if ident in self.doc.by_id and self.doc.by_id[ident] is not item:
            raise Refused(f"id '{ident}' is already used")
        old, item.data["id"] = item.data["id"], ident
        self.doc.by_id[ident] = item
        self._retarget(old, ident)
        self.renamed = {base: ident if now == old else now for base, now in self.renamed.items()}
        self.renamed.setdefault(old, ident)

    def _retarget(self, old: str, new: str) -> None:
        """References to a renamed clause name it by its new id (they are no change of wording)."""
        passages = [self.doc.preamble, *(box.passage for box in self.doc.annexes if box.passage is not None)]
        for each in {id(i): i for i in self.doc.by_id.values()}.values():
            passages.append(each.passage)
            for alternative in each.data.get("alternatives") or []:
                alternative["text"] = retarget_references(alternative["text"], lambda ident: new if ident == old else ident)
        for passage in passages:
            passage.retarget(old, new)

    def _untouched(self, holder: Any, what: str, ref: Ref) -> None:
        other = holder.touched.get(what)
        if other is not None and other.set != ref.set:
            raise Refused(f"{other} changed its {what} first", other, f"changed its {what} first")

    def _untouched_text(self, passage: Passage, ref: Ref) -> None:
        for other in passage.writers():
            if other.set != ref.set:
                raise Refused(f"{other} amended its words first", other, "amended its words first")

    def _mark(self, holder: Any, what: str, ref: Ref) -> None:
        holder.touched[what] = ref
        if isinstance(holder, Item) and str(ref) not in holder.data["amended_by"]:
            holder.data["amended_by"].append(str(ref))


def _set(data: dict[str, Any], key: str, value: Any) -> None:
    if value:
        data[key] = value
    else:
        data.pop(key, None)


__all__ = ["AmendProblem", "Applier", "Container", "Refused", "describe"]
