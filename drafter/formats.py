"""Formats as data: one registry shape for everything drafter reads or writes.

pandoc keeps its readers and writers in lists; drafter keeps one `Registry` per kind of
job, all of the same shape:

    drafter.render.FORMATS            proposals -> docx, md, html, txt   (`render(proposal, options)`)
    drafter.render.redline.FORMATS    comparisons -> term, md, html, json, docx   (`render(redline, options)`)
    drafter.importers.FORMATS         txt, md, docx -> paragraphs         (`read(data, origin)`)

A format is a module and one entry; the module is imported only when the format is used,
so start-up does not pay for python-docx or Jinja. `--to`/`--format`/`--from` choices,
help text and golden tests all come from the registry.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any


@dataclass(frozen=True, slots=True)
class Format:
    """One format: its name, the file names it goes with, and the module that does the work."""

    name: str
    """What `--to`, `--format` or `--from` takes."""
    extensions: tuple[str, ...]
    """File extensions with the dot, the one drafter writes first: `(".md", ".markdown")`."""
    binary: bool
    """True when the data is bytes that must never be printed to a terminal."""
    module: str
    """Dotted name of the module holding the registry's function; imported on first use."""
    description: str
    """One line for `--help` and the docs."""
    template: str | None = None
    """How a user's own template for this format is named (`.md.j2`, `.docx`); None: no templates."""

    @property
    def extension(self) -> str:
        """The extension drafter gives the files it writes, with the dot."""
        return self.extensions[0]


class Registry(Mapping[str, Format]):
    """The formats of one job by name, in the order help lists them.

    Every module in a registry exposes the same function (`function`), so callers never
    branch on a format's name.
    """

    def __init__(self, job: str, function: str, formats: Iterable[Format]) -> None:
        self.job = job
        """What the formats are for, in messages: `output format`, `import format`."""
        self.function = function
        """The name of the function every format's module exposes."""
        self._formats = {entry.name: entry for entry in formats}

    def __getitem__(self, name: str) -> Format:
        return self._formats[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._formats)

    def __len__(self) -> int:
        return len(self._formats)

    def implementation(self, name: str) -> Callable[..., Any]:
        """The function of the named format, its module imported now."""
        module = importlib.import_module(self[name].module)
        return getattr(module, self.function)

    def for_path(self, path: str) -> Format | None:
        """The format whose extensions end `path` (longest first), or None."""
        name = PurePath(path).name.lower()
        matches = [(len(ext), entry) for entry in self.values() for ext in entry.extensions if name.endswith(ext)]
        return max(matches, key=lambda match: match[0])[1] if matches else None

    def help(self) -> str:
        """`name: description; ...` for `--help`."""
        return "; ".join(f"{entry.name}: {entry.description}" for entry in self.values())
