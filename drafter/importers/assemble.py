"""An outline -> proposal data (plain dicts), with ids, in drafter's file format."""

from __future__ import annotations

import datetime
from typing import Any

from drafter.importers.ids import IdMaker, slugify
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
        "version": "0.1",
        "date": outline.date or datetime.date.today().isoformat(),
        "status": "draft",
    }
    if outline.body.text:
        data["preamble"] = _paragraphs(outline.body.text)
    data["clauses"] = [_clause(node, ids) for node in outline.body.clauses]
    annexes = [_annex(annex, ids, i) for i, annex in enumerate(outline.annexes, 1)]
    if annexes:
        data["annexes"] = annexes
    return data


def _clause(node: Node, ids: IdMaker) -> dict[str, Any]:
    clause: dict[str, Any] = {"id": ids.make(node.title or " ".join(node.paragraphs), node.mark)}
    if node.title:
        clause["title"] = node.title
    if node.paragraphs:
        clause["text"] = _paragraphs(node.paragraphs)
    if node.status != "proposed":
        clause["status"] = node.status
    if node.notes:
        clause["notes"] = list(node.notes)
    if node.children:
        clause["clauses"] = [_clause(child, ids) for child in node.children]
    return clause


def _annex(annex: Container, ids: IdMaker, n: int) -> dict[str, Any]:
    title = annex.title or f"Annex {n}"
    data: dict[str, Any] = {"id": ids.make(f"annex {title}", f"annex-{n}"), "title": title}
    if annex.text:
        data["text"] = _paragraphs(annex.text)
    data["clauses"] = [_clause(node, ids) for node in annex.clauses]
    return data


def _paragraphs(paragraphs: list[str]) -> str:
    # `[[x]]` would be read as a cross-reference; a space keeps the source's brackets as text
    return "\n\n".join(REFERENCE.sub(lambda m: f"[ [{m.group(1)}] ]", p) for p in paragraphs)
