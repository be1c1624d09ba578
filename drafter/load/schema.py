"""The JSON Schema check: a fast yes/no first, then every problem when there are any.

fastjsonschema compiles the schema to Python and answers "valid" quickly but stops at
the first error; jsonschema's `iter_errors` lists them all. Valid files (the common
case, and the one on every commit) pay only for the first.
"""

from __future__ import annotations

import difflib
import itertools
import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from drafter.load.yaml_source import Path

SCHEMA_FILE = "proposal.schema.json"
MAX_PROBLEMS = 200
"""Problems listed for one file, at most: past that, a person fixes what is listed and runs again
(a file of 500,000 wrong items listed every one in 90 seconds)."""


def schema_text() -> str:
    """The shipped JSON Schema, as text (what `drafter schema` prints)."""
    return resources.files("drafter.schema").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


@cache
def schema() -> dict[str, Any]:
    """The shipped JSON Schema, parsed."""
    return json.loads(schema_text())


_IMPORT = "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException\n"
_OWN_EXCEPTION = '''

class JsonSchemaException(ValueError):
    """Not valid (fastjsonschema's exception, defined here so that validating imports none of it)."""

    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)


JsonSchemaValueException = JsonSchemaValuesException = JsonSchemaException
'''


def validator_source() -> str:
    """Python source of the fast validator; `make schema` writes it to drafter/schema/validator.py.

    Compiling the schema at run time would cost more than validating a small proposal,
    so the compiled form ships with the package and a test keeps it in step with the JSON.
    Only its yes or no is used (jsonschema lists the problems), which allows two edits:
    its exception is defined in the file, so validating imports nothing of fastjsonschema,
    and the names it would put in a message (`data.clauses[3]`) are no longer formatted on
    every call, which built a dict of every local variable per clause (3/4 of its time).
    """
    import fastjsonschema

    header = '"""Generated from proposal.schema.json by `make schema`; do not edit."""\n# ruff: noqa\n'
    code = fastjsonschema.compile_to_code(schema())
    if _IMPORT not in code:
        raise RuntimeError("fastjsonschema's generated code no longer imports its exceptions as expected")
    entry = code.split("def ", 1)[1].split("(", 1)[0]
    code = code.replace(_IMPORT, _OWN_EXCEPTION).replace(".format(**locals())", "")
    return f"{header}{code}\n\nvalidate = {entry}\n"


def schema_problems(data: Any) -> list[tuple[Path, str, bool]]:
    """Every schema violation as (path, message, points_at_key)."""
    from drafter.schema.validator import JsonSchemaException, validate

    try:
        validate(data)
        return []
    except JsonSchemaException:
        pass
    found = itertools.islice(_all_problems(data), MAX_PROBLEMS + 1)  # jsonschema's errors cost 0.1 ms each
    return sorted(found, key=lambda p: [str(s) for s in p[0]])


def _all_problems(data: Any) -> Iterator[tuple[Path, str, bool]]:
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    for error in validator.iter_errors(data):
        yield from _explain(error)


def _explain(error: Any) -> Iterator[tuple[Path, str, bool]]:
    path: Path = tuple(error.absolute_path)
    kind = error.validator
    if kind == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        for key in _extra_keys(error.instance, allowed):
            yield (*path, key), _unknown_field(key, allowed), True
    elif kind == "required":
        missing = error.message.split("'")[1]
        yield path, f"missing required field '{missing}'", False
    elif kind == "oneOf" and error.context:
        yield path, _one_of_message(error), False
    elif kind == "anyOf" and error.context:
        # `date`: an ISO date or `undated`; the ISO date's own problem is the useful one
        yield from _explain(error.context[0])
    elif kind == "not" and isinstance(error.instance, dict) and {"after", "within"} <= set(error.instance):
        yield path, "a gap is either after a clause or within one, not both", False
    else:
        yield path, _message(kind, error), False


def _extra_keys(instance: Any, allowed: list[str]) -> list[str]:
    return [key for key in instance if key not in allowed]


def _unknown_field(key: str, allowed: list[str]) -> str:
    close = difflib.get_close_matches(key, allowed, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else f" (expected one of: {', '.join(allowed)})"
    return f"unknown field '{key}'{hint}"


_TYPE_NAMES = {"string": "text", "array": "a list", "object": "a mapping", "number": "a number",
               "integer": "a whole number"}


def _message(kind: str, error: Any) -> str:
    value = error.instance
    if kind == "type":
        wanted = error.validator_value
        wanted = wanted if isinstance(wanted, list) else [wanted]
        names = " or ".join(_TYPE_NAMES.get(str(w), str(w)) for w in wanted)
        return f"expected {names}, got {_describe(value)}"
    if kind == "enum":
        if error.validator_value == [1, "1"]:
            return f"unsupported format version {value!r}; this drafter reads format 1"
        return f"{value!r} is not one of: {', '.join(str(v) for v in error.validator_value)}"
    if kind == "pattern":
        return _pattern_message(value, error.schema)
    if kind == "minItems":
        return f"needs at least {error.validator_value} item(s)"
    return error.message


def _pattern_message(value: Any, subschema: dict[str, Any]) -> str:
    if not str(value).strip():
        return "must not be empty"
    described = subschema.get("description", "").rstrip(".")
    return f"{value!r} is not valid: {described}" if described else f"{value!r} is not valid"


def _one_of_message(error: Any) -> str:
    if isinstance(error.instance, str):
        return f"{error.instance!r} is not one of: supports, opposes, reserves"
    if isinstance(error.instance, dict):
        best = min(error.context, key=lambda e: len(e.path))
        deeper = [e for e in error.context if e.validator != "type"]
        return _message(deeper[0].validator, deeper[0]) if deeper else best.message
    return f"expected text or a list, got {_describe(error.instance)}"


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (empty value)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"text {value!r}"
