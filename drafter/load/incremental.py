"""Load many versions of one proposal, parsing only the clauses that changed.

`drafter log` loads every committed version of a file, and consecutive versions differ
in a few clauses. The text is cut at its top-level clauses (and each annex's clauses);
each cut piece (a chunk) is parsed, validated and built once, keyed by its exact text,
and the rest of the file (the skeleton, with one placeholder line per chunk) is parsed
only when it changes. A clause whose chunk and place are unchanged is the very same
`Clause` object as in the version before, which the diff then skips cheaply.

The result always equals `load_bytes(data, origin)`. Whenever the text cannot be cut
with certainty (flow style, tabs, odd indentation, anchors, a chunk that does not parse
alone) or anything is invalid, the whole file goes through `load_bytes` instead, which
also gives the exact problems and messages. Validity is decided by the loader's own
rules (`drafter.load.rules`) over facts kept with each chunk, so there is one rule set.

Guarantee (what `drafter.history.changed_only` makes fast): a clause whose chunk and
place did not change since the last version loaded is the very same `Clause` object.

    loader = IncrementalLoader()
    for data in versions:
        proposal = loader.load(data, origin)
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from drafter import numbering
from drafter.errors import InputError
from drafter.load.chunks import (
    ODD_BYTES,
    PLACEHOLDER,
    Layout,
    Pieces,
    Unsure,
    common_prefix,
    common_suffix,
    cut,
)
from drafter.load.rules import ClauseFacts, HeadFacts, clause_facts, clause_problems, document_problems, head_facts
from drafter.load.yaml_source import MAX_BYTES, UTF16_32_BOMS, YamlDocument
from drafter.model import Clause, Proposal

_MINI = {"drafter": 1, "id": "x", "title": "x", "version": "1", "date": "2025-01-01", "status": "draft"}
"""A valid document head, to validate and build one clause on its own."""
_DUMMY = {"id": "x", "text": "x"}
"""A valid clause standing in for each chunk when the skeleton is validated."""


@dataclass(slots=True)
class Chunk:
    """One cut-out clause as written, and what loading it found."""

    text: str
    """The chunk as written (its key among the loader's chunks)."""
    item: Any
    """Its data as read, until the clause is first built (then None)."""
    facts: ClauseFacts
    """What the loader's rules need from it (read as point 1 of a document)."""
    given: bool
    """True when it or a sub-clause keeps a number given by its source (`number:`)."""
    placed: Clause | None = None
    """The clause at its place in the last version (number, label, path); built there the
    first time, renumbered from there for another place."""
    placed_at: tuple[str, int, int] = ("", 0, 0)
    """Where `placed` stands: its path, the count of numbered clauses before it, and after it."""
    index: dict[str, Clause] | None = None
    """`placed` and its descendants by id."""


@dataclass(slots=True)
class Last:
    """The last version loaded on the fast path, to patch the next one against."""

    data: bytes
    """The file's bytes (without a UTF-8 byte order mark): the next version is compared as
    bytes, and only the piece that changed is decoded."""
    pieces: Pieces
    """Where each chunk stands in `data` (byte offsets)."""
    owners: list[tuple[int, int]]
    """Where each chunk stands: -1 or an annex's index, and its place there."""
    chunks: list[Chunk]
    """The chunk of each piece."""
    proposal: Proposal
    index: dict[str, Clause]
    """`proposal.index` as a plain dict, which copies fast."""
    ids: frozenset[str]
    """Every clause and annex id: what references may name (a patch keeps them all)."""
    given: bool = False
    """True when some clause has a number given by its source (`number:`)."""


@dataclass(frozen=True, slots=True)
class Skeleton:
    """The parsed and checked rest of the document."""

    proposal: Proposal
    """Built with no clauses; they are put in per version."""
    head: HeadFacts
    """What the loader's rules need from it; it breaks none of them on its own."""


class IncrementalLoader:
    """Loads successive versions of one proposal, reusing what did not change."""

    def __init__(self) -> None:
        self.chunks: dict[str, Chunk] = {}
        self.skeleton: tuple[str, Skeleton] | None = None
        self.last: Last | None = None
        self.fallbacks = 0
        """How many loads went through `load_bytes` in full (for tests and measurements)."""

    def load(self, data: bytes, origin: str) -> Proposal:
        """The proposal in `data`: equal to `load_bytes(data, origin)`, raising the same errors.

        A clause unchanged in its text and place since the last version is the same object.
        """
        try:
            return self._fast(data, origin)
        except Unsure:
            self.fallbacks += 1
            from drafter.load import load_bytes

            return load_bytes(data, origin)

    def _fast(self, data: bytes, origin: str) -> Proposal:
        from drafter.load.yaml_source import decode

        patched = self._patch(data, origin) if self.last is not None else None
        if patched is not None:
            return patched
        text = decode(data, origin)
        layout = cut(text)
        skeleton = self._skeleton(layout)
        chunks: dict[str, Chunk] = {}
        try:
            top = self._place_all(layout.top, "", "$.clauses", chunks)
            annexes = tuple(
                replace(annex, clauses=self._place_all(texts, f"{annex.letter}.", f"$.annexes[{a}].clauses", chunks))
                for a, (annex, texts) in enumerate(zip(skeleton.proposal.annexes, layout.annexes, strict=True))
            )
            in_order = [chunks[text[start:end]] for start, end, _ in layout.pieces]
            index = _check(skeleton, in_order)
        except Unsure:
            # an invalid version: keep what it parsed, the versions after it (until one
            # loads) are compared with the last one that loaded and share most of it
            self.chunks.update(chunks)
            raise
        self.chunks = chunks  # only this version's chunks are kept: memory stays that of one version
        proposal = replace(skeleton.proposal, clauses=top, annexes=annexes, origin=origin)
        object.__setattr__(proposal, "index", MappingProxyType(index))
        given = any(clause.source_number is not None for clause in index.values())
        ids = frozenset(index).union(ident for ident, _ in skeleton.head.annex_ids)
        body = _body(data)
        assert body is not None  # it decoded
        pieces = Pieces(layout.pieces if len(body) == len(text) else _in_bytes(text, layout.pieces))
        self.last = Last(body, pieces, layout.owners, in_order, proposal, index, ids, given)
        return proposal

    def _patch(self, data: bytes, origin: str) -> Proposal | None:
        """The common case in a fraction of the time: one clause changed in place, its ids kept.

        The versions are compared as bytes and only the changed piece is decoded. None when
        the change is anything else (the general path then decodes and cuts the whole text).
        """
        last = self.last
        assert last is not None and self.skeleton is not None
        body = _body(data)
        k, piece = _changed_piece(last, body) if body is not None else (None, b"")
        if k is None or body is None:
            return None
        try:
            new_text = piece.decode("utf-8")
        except UnicodeDecodeError:
            raise Unsure("the changed clause is not UTF-8") from None
        old_chunk, (owner, n) = last.chunks[k], last.owners[k]
        chunk = self.chunks.get(new_text) or parse_chunk(new_text)
        if chunk.facts.ids != old_chunk.facts.ids:
            return None  # the same ids in the same order: no id can clash, no reference lose its target
        skeleton = self.skeleton[1]
        index = last.index
        for _ in clause_problems(chunk.facts, skeleton.head, last.ids):
            raise Unsure("the changed clause breaks a rule")
        clauses = last.proposal.clauses if owner < 0 else last.proposal.annexes[owner].clauses
        prefix, path = ("", "$.clauses") if owner < 0 else (f"{last.proposal.annexes[owner].letter}.",
                                                            f"$.annexes[{owner}].clauses")
        if last.given or chunk.given:
            return None  # numbers given by the source can shift the clauses after it: place them all
        clause = _placed(chunk, numbering.Counter(prefix=prefix, count=n), path, n + 1)
        clauses = (*clauses[:n], clause, *clauses[n + 1:])
        if owner < 0:
            proposal = replace(last.proposal, clauses=clauses, origin=origin)
        else:
            annexes = list(last.proposal.annexes)
            annexes[owner] = replace(annexes[owner], clauses=clauses)
            proposal = replace(last.proposal, annexes=tuple(annexes), origin=origin)
        assert chunk.index is not None
        index = index.copy()
        index.update(chunk.index)  # the same ids: the same order
        object.__setattr__(proposal, "index", MappingProxyType(index))
        self._remember(k, body, chunk, proposal, index)
        return proposal

    def _remember(self, k: int, body: bytes, chunk: Chunk, proposal: Proposal, index: dict[str, Clause]) -> None:
        last = self.last
        assert last is not None
        del self.chunks[last.chunks[k].text]
        self.chunks[chunk.text] = chunk
        last.pieces.grow(k, len(body) - len(last.data))
        last.data, last.proposal, last.index = body, proposal, index
        last.chunks[k] = chunk

    def _skeleton(self, layout: Layout) -> Skeleton:
        if self.skeleton is None or self.skeleton[0] != layout.skeleton:
            self.skeleton = (layout.skeleton, parse_skeleton(layout))
        return self.skeleton[1]

    def _place_all(self, texts: list[str], prefix: str, path: str, chunks: dict[str, Chunk]) -> tuple[Clause, ...]:
        placed = []
        counter = numbering.Counter(prefix=prefix)
        for n, text in enumerate(texts, 1):
            chunk = chunks.get(text) or self.chunks.get(text) or parse_chunk(text)
            chunks[text] = chunk
            placed.append(_placed(chunk, counter, path, n))
        return tuple(placed)


def _placed(chunk: Chunk, counter: numbering.Counter, path: str, n: int) -> Clause:
    """The chunk's clause as the `n`th (1-based) of the list at `path`, built once per place.

    Its numbers follow from its path (the annex letter is its index) and from how many
    numbered clauses stand before it; `counter` is moved past it.
    """
    from drafter.load.build import build_clause

    where, before = f"{path}[{n - 1}]", counter.count
    if chunk.placed is not None and chunk.placed_at[:2] == (where, before):
        counter.count = chunk.placed_at[2]
        return chunk.placed
    if chunk.placed is None:  # built where it stands, not built and then renumbered
        chunk.placed, chunk.item = build_clause(chunk.item, where, 0, counter), None
    else:
        chunk.placed = place(chunk.placed, counter, where)
    chunk.placed_at = (where, before, counter.count)
    chunk.index = {clause.id: clause for clause in chunk.placed.walk()}
    return chunk.placed


def _changed_piece(last: Last, data: bytes) -> tuple[int | None, bytes]:
    """The one piece that holds every difference between the last version and `data`, and its new bytes.

    None when the difference reaches outside one piece's inner lines, or could change
    where pieces begin and end (a line no deeper than the piece's own `- ` line).
    """
    old = last.data
    p = common_prefix(old, data)
    s = common_suffix(old, data, min(len(old), len(data)) - p)
    k = last.pieces.find(p)
    if k < 0:
        return None, b""
    start, end, indent = last.pieces.span(k)
    line = old.rfind(b"\n", 0, p) + 1
    if line <= start or len(old) - s > end:
        return None, b""
    shallow = re.compile(rb"\n {0,%d}[^ \n]" % indent)
    for version in (old, data):
        stop = version.find(b"\n", len(version) - s)
        lines = b"\n" + version[line:len(version) if stop < 0 else stop]
        if shallow.search(lines) or any(odd in lines for odd in ODD_BYTES):
            return None, b""
    return k, data[start:end + len(data) - len(old)]


def _body(data: bytes) -> bytes | None:
    """The bytes the text is decoded from (a UTF-8 byte order mark left out), or None when
    `decode` would refuse them (too large, UTF-16 or UTF-32): the full loader then says why."""
    if len(data) > MAX_BYTES or data.startswith(UTF16_32_BOMS):
        return None
    return data[len(codecs.BOM_UTF8):] if data.startswith(codecs.BOM_UTF8) else data


def _in_bytes(text: str, pieces: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Pieces' (start, end, indent) in `text`'s characters as offsets in its UTF-8 bytes."""
    out, chars, size = [], 0, 0
    for start, end, indent in pieces:
        size += len(text[chars:start].encode("utf-8"))
        begin = size
        size += len(text[start:end].encode("utf-8"))
        out.append((begin, size, indent))
        chars = end
    return out


def _check(skeleton: Skeleton, chunks: list[Chunk]) -> dict[str, Clause]:
    """The index of every clause, once the loader's rules hold; Unsure if one does not."""
    for _ in document_problems(skeleton.head, (chunk.facts for chunk in chunks)):
        raise Unsure("the document breaks a rule")
    index: dict[str, Clause] = {}
    for chunk in chunks:
        assert chunk.index is not None
        index.update(chunk.index)
    return index


def place(clause: Clause, counter: numbering.Counter, path: str) -> Clause:
    """`clause` (and its sub-clauses) renumbered as the next in `counter`'s list, at `path`."""
    number, label = counter.next(clause.source_number)
    unnumbered = clause.source_number == ""
    if (clause.number, clause.label, clause.path) == (number, label, path) and not unnumbered:
        return clause
    inner = counter if unnumbered else counter.below(number)
    children = tuple(place(child, inner, f"{path}.clauses[{i}]") for i, child in enumerate(clause.clauses))
    if (clause.number, clause.label, clause.path) == (number, label, path) and all(
            new is old for new, old in zip(children, clause.clauses, strict=True)):
        return clause
    return replace(clause, number=number, label=label, path=path, clauses=children)


# -- parsing and checking --------------------------------------------------------------------


def _validate(data: dict[str, Any]) -> None:
    from drafter.schema.validator import JsonSchemaException, validate

    try:
        validate(data)
    except JsonSchemaException:
        raise Unsure("not valid against the schema") from None


def parse_chunk(text: str) -> Chunk:
    """One clause chunk read and validated on its own; Unsure if it is not valid alone.

    Its clause is built when it is first placed (`_placed`), where it stands.
    """
    document = _read(text, "<chunk>", depth=3)  # its list stands for $.clauses or $.annexes[n].clauses
    if document.problems or not isinstance(document.data, list) or len(document.data) != 1:
        raise Unsure("a chunk is not one clause")
    item = document.data[0]
    _validate({**_MINI, "clauses": [item]})
    return Chunk(text, item, clause_facts(item, ("clauses", 0)), _gives_numbers(item))


def _gives_numbers(item: dict[str, Any]) -> bool:
    """True when a schema-valid clause or one of its sub-clauses has a `number:`."""
    return "number" in item or any(_gives_numbers(child) for child in item.get("clauses") or ())


def parse_skeleton(layout: Layout) -> Skeleton:
    """The skeleton read, validated and built; Unsure unless its lists hold exactly our placeholders."""
    from drafter.load.build import build_proposal

    document = _read(layout.skeleton, "<skeleton>")
    data = document.data
    if document.problems or not isinstance(data, dict):
        raise Unsure("the skeleton does not read cleanly")
    annexes = data.get("annexes", [])
    _expect(data.get("clauses"), len(layout.top))
    if not isinstance(annexes, list) or len(annexes) != len(layout.annexes):
        raise Unsure("annexes not as cut")
    if not all(isinstance(annex, dict) for annex in annexes):
        raise Unsure("an annex is not a mapping")
    for annex, texts in zip(annexes, layout.annexes):
        _expect(annex.get("clauses") if isinstance(annex, dict) else None, len(texts), optional=True)
    stand_in = {**data, "clauses": [_DUMMY] * len(layout.top)}
    stand_in["annexes"] = [{**a, "clauses": [_DUMMY] * len(t)} if "clauses" in a else a
                           for a, t in zip(annexes, layout.annexes)]
    if "annexes" not in data:
        del stand_in["annexes"]
    _validate(stand_in)
    head = head_facts(data)
    if head.problems:
        raise Unsure("the document's head breaks a rule")
    empty = {**data, "clauses": [], "annexes": [{**a, "clauses": []} for a in annexes]}
    return Skeleton(build_proposal(empty, "<skeleton>"), head)


def _read(text: str, what: str, depth: int = 0) -> YamlDocument:
    """A cut piece read as YAML; Unsure when it does not read alone (the whole file may)."""
    from drafter.load.yaml_source import read_yaml

    try:
        return read_yaml(text, what, depth=depth)
    except InputError:
        raise Unsure(f"the {what} is not YAML on its own") from None


def _expect(items: Any, count: int, optional: bool = False) -> None:
    if optional and items is None and count == 0:
        return
    if items != [PLACEHOLDER] * count:
        raise Unsure("a clause list is not as cut")
