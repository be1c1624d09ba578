"""One Word layout: every style it names exists, and no other module spells a style name."""

from __future__ import annotations

import ast
from pathlib import Path

import docx

from drafter.render.docx.builder import REFERENCE_DOCX
from drafter.render.docx.layout import CLAUSE_LEVELS, Style, body_style, clause_style, point_style
from tests.conftest import ROOT

PACKAGE = ROOT / "drafter"


def _constants(path: Path) -> set[str]:
    return {node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def test_the_reference_document_has_every_style_the_layout_names() -> None:
    names = {style.name for style in docx.Document(str(REFERENCE_DOCX)).styles}
    wanted = {*Style, *(clause_style(k) for k in range(1, CLAUSE_LEVELS + 1)),
              *(point_style(k) for k in range(1, CLAUSE_LEVELS + 1)),
              *(body_style(k) for k in range(1, CLAUSE_LEVELS + 1))}
    assert wanted - names == set()


def test_deep_clauses_use_the_last_level() -> None:
    assert clause_style(9) == clause_style(CLAUSE_LEVELS) and body_style(1) == "Clause Body"


def test_style_names_are_spelled_only_in_the_layout() -> None:
    names = {str(style) for style in Style} | {"Clause Body"}
    offenders = {str(path.relative_to(ROOT)): sorted(_constants(path) & names)
                 for path in PACKAGE.rglob("*.py") if path.name != "layout.py"}
    assert {path: found for path, found in offenders.items() if found} == {}


def test_the_check_sees_a_constant_inside_a_function(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    return 'Clause Title'\n")
    assert "Clause Title" in _constants(module)
