"""An outline -> proposal data (plain dicts), with ids, in drafter's file format."""

from __future__ import annotations

import datetime
from typing import Any

from drafter.importers.ids import IdMaker, slug_words, slugify
from drafter.importers.structure import Container, Node, Outline
from drafter.model import REFERENCE


def proposal_data(outline: Outline, proposal_id: str | None, title: str | None, fallback_name: str) -> dict[str, Any]:
    """The proposal as plain data, ready for `emit.to_yaml`."""
    title = title or outline.title or fallback_name.replace("-", " ").replace("_", " ").strip() or "Imported text"
    ids = IdMaker()
    data: dict[str, Any] = {
        "drafter": 1,
        "id": proposal_id or slugify(fallback_name, max_words=8) or slugify(title, max_words=8) or "imported",
        "title": title,
        "version": outline.version or "0.1",
        "date": outline.date or datetime.date.today().isoformat(),
        "status": outline.status,
    }
    if outline.notice:
        data["notice"] = outline.notice
    parties = _parties(outline)
    if parties:
        data["parties"] = [{"id": ident, "name": name} for name, ident in parties.items()]
    if outline.body.text:
        data["preamble"] = _paragraphs(outline.body.text)
    data["clauses"] = [_clause(node, ids, parties) for node in outline.body.clauses]
    annexes = [_annex(annex, ids, i, parties) for i, annex in enumerate(outline.annexes, 1)]
    if annexes:
        data["annexes"] = annexes
    return data


def _parties(outline: Outline) -> dict[str, str]:
    """Party name -> a code made of its initials (`United States` -> `US`), for alternatives."""
    found: dict[str, str] = {}
    nodes = [n for c in (outline.body, *outline.annexes) for top in c.clauses for n in _walk(top)]
    for name in (party for node in nodes for party, _ in node.alternatives):
        if name in found:
            continue
        base = "".join(w[0] for w in slug_words(name) if w not in ("of", "the", "and")).upper() or "P"
        base = base if base[0].isalpha() else f"P{base}"
        ident, n = base, 1
        while ident in found.values():
            n += 1
            ident = f"{base}{n}"
        found[name] = ident
    return found


def _walk(node: Node) -> list[Node]:
    return [node, *(n for child in node.children for n in _walk(child))]


def _clause(node: Node, ids: IdMaker, parties: dict[str, str]) -> dict[str, Any]:
    clause: dict[str, Any] = {"id": ids.make(node.title or " ".join(node.paragraphs), node.mark)}
    if node.title:
        clause["title"] = node.title
    if node.paragraphs:
        clause["text"] = _paragraphs(node.paragraphs)
    if node.status != "proposed":
        clause["status"] = node.status
    if node.alternatives:
        clause["alternatives"] = [{"party": parties[party], "text": _paragraphs(texts)}
                                  for party, texts in node.alternatives]
    if node.notes:
        clause["notes"] = list(node.notes)
    if node.children:
        clause["clauses"] = [_clause(child, ids, parties) for child in node.children]
    return clause


def _annex(annex: Container, ids: IdMaker, n: int, parties: dict[str, str]) -> dict[str, Any]:
    title = annex.title or f"Annex {n}"
    data: dict[str, Any] = {"id": ids.make(f"annex {title}", f"annex-{n}"), "title": title}
    if annex.text:
        data["text"] = _paragraphs(annex.text)
    data["clauses"] = [_clause(node, ids, parties) for node in annex.clauses]
    return data


def _paragraphs(paragraphs: list[str]) -> str:
    # `[[x]]` would be read as a cross-reference; a space keeps the source's brackets as text
    return "\n\n".join(REFERENCE.sub(lambda m: f"[ [{m.group(1)}] ]", p) for p in paragraphs)
