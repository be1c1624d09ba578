"""docs/diff-json.md stays true: its example is real output, every kind and flag is defined."""

from __future__ import annotations

import json
import re

from drafter.diff.flags import FLAGS
from drafter.diff.redline import CHANGE_KINDS
from drafter.render.redline import render_redline
from drafter.render.redline.json import FORMAT_VERSION
from tests.conftest import ROOT
from tests.diff.helpers import fixture_redline

DOC = (ROOT / "docs" / "diff-json.md").read_text(encoding="utf-8")


def test_the_example_is_real_output() -> None:
    example = json.loads(re.search(r"```json\n(.*?)```", DOC, re.DOTALL).group(1))  # type: ignore[union-attr]
    real = json.loads(render_redline(fixture_redline(), "json"))
    assert example["format_version"] == FORMAT_VERSION
    for side in ("old", "new"):  # the example was made from the repository root
        assert real[side].pop("origin").endswith(example[side].pop("origin"))
    for key in ("format", "mode", "old", "new", "same", "summary", "counts", "document_fields"):
        assert example[key] == real[key], key
    assert example["changes"] == real["changes"][:1]


def test_every_kind_and_flag_is_defined() -> None:
    for kind in CHANGE_KINDS:
        assert f"| `{kind}` |" in DOC
    for flag in FLAGS:
        assert f"| `{flag}` |" in DOC
