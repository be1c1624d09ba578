"""docs/amendments.md stays true: every phrase of every style is in its grammar table, and
its examples are real output."""

from __future__ import annotations

import json
import re

import pytest

from drafter.diff.amendments import AMENDMENT_KINDS
from drafter.render.amendments import FORMS
from drafter.render.amendments.styles import PHRASE_KEYS, STYLES
from tests.amend.conftest import GOLDEN
from tests.conftest import ROOT

DOC = (ROOT / "docs" / "amendments.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("key", PHRASE_KEYS[6:])
def test_every_phrase_of_every_style_is_in_the_grammar_table(key: str) -> None:
    rows = [line.strip("|").split(" | ") for line in DOC.splitlines() if line.startswith(f"| `{key}` |")]
    grammar = [row for row in rows if len(row) == 1 + len(STYLES)]  # not the table of kinds
    assert [[cell.strip() for cell in row[1:]] for row in grammar] == [[s.phrases[key] for s in STYLES.values()]]


def test_every_kind_style_and_form_is_documented() -> None:
    for kind in AMENDMENT_KINDS:
        assert f"| `{kind}` |" in DOC
    for name in (*STYLES, *FORMS):
        assert f"`{name}`" in DOC


def test_the_plan_example_is_real_output() -> None:
    block = re.search(r"--format amendments`:\n\n```text\n(.*?)```", DOC, re.DOTALL).group(1)  # type: ignore[union-attr]
    assert block == (GOLDEN / "plan-v03-plain.txt").read_text(encoding="utf-8")


def test_the_json_example_is_real_output() -> None:
    example = json.loads(re.search(r"```json\n(.*?)```", DOC, re.DOTALL).group(1))  # type: ignore[union-attr]
    real = json.loads((GOLDEN / "fixture.json").read_text(encoding="utf-8"))
    assert example["amendments"] == real["amendments"][1:3]
    assert {k: v for k, v in example.items() if k not in ("amendments", "record")} == \
        {k: v for k, v in real.items() if k not in ("amendments", "record")}
