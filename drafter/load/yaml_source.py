"""Read YAML safely into plain data that keeps every scalar exactly as written.

libyaml composes the node tree (fast, in C); we then turn nodes into dicts, lists and
strings ourselves instead of letting YAML 1.1 resolve types, so `version: 1.10`,
a party code `NO` and a bare date `2025-10-22` all stay the strings the author wrote.
Duplicate keys, merge keys and anchors/aliases are refused. Positions are kept on the
node tree and looked up only when a problem must be reported.
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from drafter.errors import InputError
from drafter.load.yaml_hints import explain

try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

MAX_BYTES = 64 * 1024 * 1024
"""Larger files are refused before parsing: a proposal is text, not a data dump."""

MAX_ITEMS = 500_000
"""Most YAML items (values, list entries) read, counted before parsing: libyaml builds every
node in memory first (about 300 bytes each) and each costs time after, so a file of 8 MB of
`[a,a,a,...` took 4 GB and four minutes. The 10,000-clause benchmark proposal counts 300,000."""

MAX_DEPTH = 64
"""Deepest nesting of lists and mappings read. Clauses nested 29 deep with positions fit; a
real proposal needs a fraction of that, and every later stage may then recurse safely."""
TOO_DEEP = (f"nested more than {MAX_DEPTH} levels deep (a proposal needs far fewer:"
            " is a bracket left open, or the indentation running away?)")

_NULL_TAG = "tag:yaml.org,2002:null"
_MERGE_TAG = "tag:yaml.org,2002:merge"
UTF16_32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
"""Byte order marks of encodings a proposal must not be in."""
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
"""Plain scalars YAML reads as null (PyYAML's null resolver)."""


class _Loader(_SafeLoader):
    """The safe loader, resolving only the tags the converter reads: null and the merge key.

    libyaml calls `resolve` for every node; PyYAML's tries each YAML 1.1 type's pattern
    (bool, int, float, timestamp) on every plain scalar, whose answer drafter never reads:
    scalars stay the strings the author wrote. Null and `<<` get PyYAML's own tags; every
    other node its kind's default tag.
    """

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0] and value in _NULLS:
                return _NULL_TAG
            if implicit[0] and value == "<<":
                return _MERGE_TAG
            return self.DEFAULT_SCALAR_TAG
        return self.DEFAULT_SEQUENCE_TAG if kind is yaml.SequenceNode else self.DEFAULT_MAPPING_TAG


Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class SyntaxProblem:
    """Something wrong in the YAML itself, at a node."""

    path: Path
    line: int
    column: int
    message: str


@dataclass(slots=True)
class YamlDocument:
    """Plain data read from one YAML document, with its node tree for locating paths."""

    data: Any
    root: yaml.Node | None
    problems: list[SyntaxProblem] = field(default_factory=list)

    def locate(self, path: Sequence[str | int], *, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the node at `path`, or of its nearest ancestor.

        With `key=True` and a mapping path, point at the key rather than the value.
        """
        node, key_node = self.root, None
        for step in path:
            child = _child(node, step)
            if child is None:
                break
            key_node, node = child
        target = key_node if key and key_node is not None else node
        if target is None:
            return (0, 0)
        return (target.start_mark.line + 1, target.start_mark.column + 1)


    def extent(self, path: Sequence[str | int], *, key: bool = False) -> Extent | None:
        """Where the node at `path` (its key, with `key=True`) starts and ends; None if absent.

        For writers that insert text into a file without rewriting it (a translation added
        beside each clause, `drafter.importers.translation`).
        """
        node, key_node = self.root, None
        for step in path:
            child = _child(node, step)
            if child is None:
                return None
            key_node, node = child
        target = key_node if key else node
        if target is None:
            return None
        flow = bool(getattr(target, "flow_style", False))
        return Extent(target.start_mark.line, target.start_mark.column, target.end_mark.line, target.end_mark.column,
                      flow)


@dataclass(frozen=True, slots=True)
class Extent:
    """Where a node stands in the text: 0-based lines and columns, the end just past it."""

    line: int
    column: int
    end_line: int
    end_column: int
    flow: bool
    """True for a `{...}` or `[...]` node."""


def _child(node: yaml.Node | None, step: str | int) -> tuple[yaml.Node | None, yaml.Node] | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == step:
                return key_node, value_node
    elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        return None, node.value[step]
    return None


def decode(data: bytes, origin: str) -> str:
    """UTF-8 text of `data`, without a BOM; any other encoding is a clear error."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{origin}: file is {len(data):,} bytes; proposals are limited to {MAX_BYTES:,}")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith(UTF16_32_BOMS):
        raise InputError(f"{origin}: file is UTF-16 or UTF-32; save it as UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(
            f"{origin}:{line}:{column}: not UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8"
        ) from None


def read_yaml(text: str, origin: str, *, depth: int = 0) -> YamlDocument:
    """Compose `text` and convert it to plain data; YAML errors raise `InputError`.

    `depth`: how deep the text's root sits in the document it was cut from, so that a
    piece is refused for nesting exactly when the whole would be (or sooner).
    """
    items = count_items(text)
    if items > MAX_ITEMS:
        raise InputError(f"{origin}: too many items for a proposal (up to {items:,} values, entries and lines;"
                         f" the limit is {MAX_ITEMS:,})")
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise InputError(_syntax_message(exc, origin, text)) from None
    except yaml.reader.ReaderError as exc:
        line, column = _line_column(text, exc.position)
        raise InputError(
            f"{origin}:{line}:{column}: character U+{exc.character:04X} is not allowed in YAML"
            " (a binary file, or a control character pasted in?)"
        ) from None
    except yaml.YAMLError as exc:
        raise InputError(f"{origin}: not readable as YAML: {_one_line(str(exc))}") from None
    document = YamlDocument(data=None, root=root)
    if root is not None:
        try:
            document.data = _Converter(document.problems, text, MAX_DEPTH - depth).convert(root, ())
        except _TooDeep as deep:
            mark = deep.node.start_mark
            raise InputError(f"{origin}:{mark.line + 1}:{mark.column + 1}: {TOO_DEEP}") from None
    return document


def count_items(text: str) -> int:
    """An upper bound on the YAML nodes in `text`, without parsing it.

    Every node after the first is introduced by a line break, `,`, `:`, `-`, `[`, `{` or `?`;
    a text shorter than the limit cannot hold more nodes than it has characters, so it is
    not counted at all (every real proposal: the scan costs 4% of parsing a large file).
    """
    if len(text) <= MAX_ITEMS:
        return len(text)
    return 1 + sum(map(text.count, "\n,:-[{?"))


def _line_column(text: str, position: int) -> tuple[int, int]:
    line = text.count("\n", 0, position) + 1
    return line, position - (text.rfind("\n", 0, position) + 1) + 1


def _syntax_message(exc: yaml.MarkedYAMLError, origin: str, text: str) -> str:
    if "expected a single document" in str(exc):
        mark = exc.problem_mark
        where = f"{origin}:{mark.line + 1}:{mark.column + 1}" if mark else origin
        return f"{where}: YAML syntax: more than one YAML document (---); a file holds one proposal"
    explained = explain(exc, text)
    if explained is not None:
        line, column, what = explained
        return f"{origin}:{line}:{column}: YAML syntax: {_one_line(what)}"
    mark = exc.problem_mark or exc.context_mark
    where = f"{origin}:{mark.line + 1}:{mark.column + 1}" if mark else origin
    what = exc.problem or exc.context or "invalid YAML"
    if exc.context and exc.problem:
        what = f"{exc.problem} ({exc.context})"
    return f"{where}: YAML syntax: {_one_line(what)}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


class _TooDeep(Exception):
    def __init__(self, node: yaml.Node) -> None:
        self.node = node


class _Converter:
    """Node tree -> dicts, lists, strings (and None for plain nulls)."""

    def __init__(self, problems: list[SyntaxProblem], text: str, limit: int) -> None:
        self.problems = problems
        self.limit = limit
        self.seen: set[int] = set()
        self.aliases = "*" in text
        """Watch nodes for aliases; only needed when the text has a `*` at all."""
        self.tags = "!" in text
        """Watch scalars for tags; only needed when the text has a `!` at all."""

    def convert(self, node: yaml.Node, path: Path) -> Any:
        if isinstance(node, yaml.ScalarNode):
            if self.aliases or self.tags:
                return self._scalar(node, path)
            return None if node.tag == _NULL_TAG else node.value
        if len(path) >= self.limit:
            raise _TooDeep(node)
        if self.aliases and self._repeated(node, path):
            return None  # a repeated collection is not expanded
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, (*path, i)) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.MappingNode)
        return self._mapping(node, path)

    def _scalar(self, node: yaml.ScalarNode, path: Path) -> str | None:
        if self.aliases and self._repeated(node, path):
            return node.value  # a repeated scalar is harmless to keep
        if node.tag.startswith("!"):
            self._report(node, path, f"a value starting with {node.tag} is read as a YAML tag and the {node.tag}"
                         " is dropped (put the value in quotes)")
        return None if node.tag == _NULL_TAG else node.value

    def _repeated(self, node: yaml.Node, path: Path) -> bool:
        if id(node) in self.seen:
            # the node's own mark is where the anchor was defined; locate the alias by path
            self.problems.append(SyntaxProblem(path, 0, 0, "anchors and aliases (&name / *name) are not supported;"
                                               " write the text out"))
            return True
        self.seen.add(id(node))
        return False

    def _mapping(self, node: yaml.MappingNode, path: Path) -> dict[str, Any]:
        result: dict[str, Any] = {}
        previous: tuple[yaml.Node, yaml.Node] | None = None
        for key_node, value_node in node.value:
            pair, previous = previous, (key_node, value_node)
            if not isinstance(key_node, yaml.ScalarNode):
                self._report(key_node, path, "a key must be plain text")
                continue
            key = key_node.value
            if key_node.tag == _MERGE_TAG:
                self._report(key_node, path, "merge keys (<<) are not supported; write the fields out")
                continue
            if key in result:
                self._report(key_node, (*path, key), f"duplicate key '{key}' (an earlier '{key}' would be silently replaced)")
                continue
            if node.flow_style and _without_value(key_node, value_node):
                self._report(key_node, path, _comma_message(key, pair))
                continue
            result[key] = self.convert(value_node, (*path, key))
        return result

    def _report(self, node: yaml.Node, path: Path, message: str) -> None:
        mark = node.start_mark
        self.problems.append(SyntaxProblem(path, mark.line + 1, mark.column + 1, message))


def _without_value(key: yaml.Node, value: yaml.Node) -> bool:
    """`{a: 1, b}`: `b` has no colon at all, so its value is empty and starts where the key ends."""
    return (value.tag == _NULL_TAG and value.value == "" and
            (value.start_mark.line, value.start_mark.column) == (key.end_mark.line, key.end_mark.column))


def _comma_message(key: str, previous: tuple[yaml.Node, yaml.Node] | None) -> str:
    """`{name: UK, France and Germany}` read as two fields: say so, with the quoted value to write."""
    message = f"'{key}' has no value: inside {{...}} a comma starts a new field"
    if previous is None or not isinstance(previous[1], yaml.ScalarNode) or previous[1].style:
        return f"{message} (put a value holding a comma in quotes)"
    joined = f"{previous[1].value}, {key}".replace("\\", "\\\\").replace('"', '\\"')
    return f'{message} (put a value holding a comma in quotes: {previous[0].value}: "{joined}")'
