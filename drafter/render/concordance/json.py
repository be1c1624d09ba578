"""A concordance as JSON: texts, then rows of cells (documented in docs/concordance.md)."""

from __future__ import annotations

import json
from typing import Any

from drafter.diff.concordance import Cell, Concordance, Row, clause_text, display_number
from drafter.model import Clause, Proposal
from drafter.render.concordance.base import is_cut_off
from drafter.render.redline.base import PLAIN, RedlineOptions

FORMAT_VERSION = 1
"""Bumped when a field is removed or changes meaning; new fields do not bump it."""


def _text(label: str, proposal: Proposal) -> dict[str, Any]:
    return {"label": label, "id": proposal.id, "title": proposal.title, "version": proposal.version,
            "origin": proposal.origin, "cut_off": is_cut_off(proposal)}


def _clause(clause: Clause) -> dict[str, Any]:
    return {"id": clause.id, "number": display_number(clause), "text": clause_text(clause)}


def _cell(concordance: Concordance, cell: Cell) -> dict[str, Any]:
    scores = cell.scores
    return {
        "text": concordance.labels[cell.text],
        "state": cell.state,
        "clauses": [_clause(c) for c in cell.clauses],
        "base": None if cell.base is None else concordance.labels[cell.base],
        "scores": None if scores is None else {"lexical": scores.lexical, "semantic": scores.semantic,
                                               "fused": scores.fused},
        "pinned": cell.pinned,
        "moved": cell.moved,
        "spans": [{"op": s.op, "text": s.text} for s in cell.spans] if cell.base is not None else [],
    }


def _row(concordance: Concordance, row: Row) -> dict[str, Any]:
    return {"kind": row.kind, "label": concordance.kind_label(row), "confidence": row.confidence,
            "present": [concordance.labels[i] for i in row.present],
            "cells": [_cell(concordance, cell) for cell in row.cells]}


def as_data(concordance: Concordance) -> dict[str, Any]:
    """The whole concordance as JSON-ready data."""
    return {
        "format": "drafter-concordance",
        "format_version": FORMAT_VERSION,
        "texts": [_text(label, text) for label, text in zip(concordance.labels, concordance.texts)],
        "semantic": {"used": concordance.semantic, "model": concordance.model},
        "threshold": concordance.threshold,
        "same": concordance.same,
        "summary": concordance.summary(),
        "counts": dict(sorted(concordance.counts().items())),
        "notes": list(concordance.notes),
        "rows": [_row(concordance, row) for row in concordance.rows],
    }


def render(concordance: Concordance, options: RedlineOptions = PLAIN) -> str:
    """The concordance as indented JSON, keys in a fixed order, non-ASCII kept."""
    return json.dumps(as_data(concordance), indent=2, ensure_ascii=False) + "\n"
