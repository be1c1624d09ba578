"""What must hold for any input, as plain functions of the input (so a crash can be replayed
from a saved file, whatever generated it):

- the loader: a clear one-line DrafterError or a list of problems, nothing else; no problems
  means it loads; the incremental loader (`drafter log`) agrees with the full one;
- each importer: an InputError or a proposal that loads without a problem.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from drafter.errors import DrafterError, InputError, InvalidProposal
from drafter.importers import import_bytes
from drafter.load import check_bytes, load_bytes
from drafter.load.incremental import IncrementalLoader
from tests.fuzz import strategies


def _one_line(error: DrafterError) -> None:
    assert error.message and "\n" not in error.message, error.message


def check_loader(data: bytes) -> None:
    """check_bytes and load_bytes agree, and fail only with one-line DrafterErrors."""
    try:
        problems = check_bytes(data, "x.yaml")
    except InvalidProposal:
        raise AssertionError("check_bytes raised InvalidProposal instead of returning the problems") from None
    except DrafterError as error:
        _one_line(error)
        return
    lines = data.count(b"\n") + 2
    for problem in problems:
        assert "\n" not in str(problem) and 0 <= problem.line <= lines, problem
    try:
        load_bytes(data, "x.yaml")
    except InvalidProposal as error:
        assert [p for p in error.problems if p.severity == "error"] == [p for p in problems if p.severity == "error"]
        return
    assert all(p.severity != "error" for p in problems), problems


def outcome(load: Callable[[bytes, str], Any], data: bytes) -> Any:
    try:
        proposal = load(data, "x.yaml")
    except InvalidProposal as error:
        return ("invalid", error.problems)
    except DrafterError as error:
        _one_line(error)
        return (type(error).__name__, error.message)
    return (proposal, list(proposal.index.items()))


def check_incremental(versions: list[bytes]) -> None:
    """Loading versions one after another (as `drafter log` does) equals loading each alone."""
    loader = IncrementalLoader()
    for data in versions:
        assert outcome(loader.load, data) == outcome(load_bytes, data)


def check_import(data: bytes, fmt: str) -> None:
    """An importer gives an InputError or a proposal that loads cleanly (its own YAML, reloaded)."""
    try:
        imported = import_bytes(data, f"x.{fmt}", fmt=fmt)
    except InvalidProposal as error:
        raise AssertionError(f"the importer wrote YAML that does not load: {error.problems[:3]}") from None
    except InputError as error:
        _one_line(error)
        return
    load_bytes(imported.yaml.encode("utf-8"), "imported.yaml")


@dataclass(frozen=True)
class Target:
    """One fuzz target: a generator of inputs and the check each input must pass."""

    name: str
    generate: Callable[[random.Random], Any]
    check: Callable[[Any], None]


TARGETS = {target.name: target for target in (
    Target("loader", strategies.proposal_bytes, check_loader),
    Target("incremental", strategies.versions, check_incremental),
    Target("import-txt", strategies.plain_text, lambda data: check_import(data, "txt")),
    Target("import-md", strategies.markdown, lambda data: check_import(data, "md")),
    Target("import-docx", strategies.word, lambda data: check_import(data, "docx")),
)}
"""Every fuzz target by name: `make fuzz` runs them all, `make test` briefly."""
