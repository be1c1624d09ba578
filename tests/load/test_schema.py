"""The shipped schema: valid JSON Schema, compiled form in step, accepts every shipped proposal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from drafter.load import read_file
from drafter.load.schema import schema, validator_source
from drafter.load.yaml_source import decode, read_yaml
from tests.conftest import PROPOSALS, ROOT


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


def test_compiled_validator_is_in_step_with_the_json() -> None:
    shipped = (ROOT / "drafter" / "schema" / "validator.py").read_text(encoding="utf-8")
    assert shipped == validator_source(), "run `make schema` after editing proposal.schema.json"


@pytest.mark.parametrize("path", sorted(PROPOSALS.glob("*.yaml")), ids=lambda p: p.name)
def test_printed_schema_validates_every_shipped_proposal(path: Path) -> None:
    printed = subprocess.run([sys.executable, "-m", "drafter", "schema"], capture_output=True, check=True, text=True)
    data = read_yaml(decode(read_file(path), str(path)), str(path)).data
    jsonschema.Draft202012Validator(json.loads(printed.stdout)).validate(data)
