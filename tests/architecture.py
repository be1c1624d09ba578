"""The rules of drafter's layering, and a checker that reads every module's imports.

Data flows one way: load -> model -> diff -> render -> cli. The checker parses each
module under a package root (no import, so nothing runs) and collects every edge:
`import x`, `from x import y` (relative ones resolved), imports inside functions and
under `if TYPE_CHECKING:`, `importlib.import_module("x")`, and the module named by each
`Format(...)` registry entry. Each edge is checked against the rules below.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

BASE = ("drafter", "drafter.errors", "drafter.model", "drafter.numbering", "drafter.formats", "drafter.dump",
        "drafter.figures", "drafter.languages")
"""Modules every layer may use: the package itself (its version), errors, model, numbering, formats,
dump (the model as plain data in the file's shape), figures (the numbers a text states) and
languages (a proposal read in one of its languages)."""

LAYERS: dict[str, tuple[str, ...]] = {
    "drafter": (),  # the package's __init__: its version, nothing else
    "drafter.errors": (),
    "drafter.numbering": (),
    "drafter.formats": (),
    "drafter.dump": ("drafter.model",),
    "drafter.figures": ("drafter.model",),
    "drafter.languages": ("drafter.model", "drafter.errors"),
    "drafter.model": ("drafter.numbering",),
    "drafter.schema": BASE,
    "drafter.load": (*BASE, "drafter.schema"),
    "drafter.diff": BASE,
    "drafter.importers": (*BASE, "drafter.load"),
    "drafter.amend": (*BASE, "drafter.load", "drafter.diff", "drafter.importers.emit", "drafter.importers.ids",
                      "drafter.render.amendments.styles"),
    "drafter.git": BASE,
    "drafter.history": (*BASE, "drafter.load", "drafter.diff", "drafter.git"),
    "drafter.render": (*BASE, "drafter.diff.redline", "drafter.diff.concordance", "drafter.diff.amendments",
                       "drafter.history.entries"),
    "drafter.cli": (),  # the top: it may import anything
    "drafter.__main__": ("drafter.cli",),
}
"""Each component and the drafter modules it may import (besides its own modules).

The renderers may read the diff's result types, never its algorithms: `drafter.diff.redline`
and the other result modules listed here. `drafter.amend` reads the text form of amendments
with the style tables that write it (`render.amendments.styles`) and gives inserted clauses
ids the way the importer does (`importers.ids`).
"""

LIBRARIES: dict[str, tuple[str, ...]] = {
    "click": ("drafter.cli",),
    "difflib": ("drafter.diff",),
    "diff_match_patch": ("drafter.diff",),
    "docx": ("drafter.render.docx", "drafter.importers"),
    "lxml": ("drafter.render.docx", "drafter.importers"),
    "jinja2": ("drafter.render",),
    "markupsafe": ("drafter.render",),
    "yaml": ("drafter.load",),
    "anyascii": ("drafter.importers",),
    "subprocess": ("drafter.git",),
}
"""Third-party and standard modules that only some components may import.

python-docx and lxml are for writing OOXML (render/docx) and for reading it (importers).
"""

EXCEPTIONS: dict[tuple[str, str], str] = {
    ("drafter.load.schema", "difflib"): "difflib.get_close_matches for 'did you mean'; no text is compared",
    ("drafter.render.amendments.data", "yaml"): "yaml.safe_dump writes the YAML form of amendments; nothing is read",
}
"""Edges allowed against the rules above, each with the reason."""

OOXML_MARKUP = ("<w:", "</w:", "w:ins", "w:del", "w:rPr", "w:pPr")
"""Raw WordprocessingML in a string: written only under drafter/render/docx/."""


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken rule: where, what was imported (or written), and which rule says no."""

    module: str
    line: int
    target: str
    rule: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line}: {self.target}: {self.rule}"


def module_name(root: Path, path: Path) -> str:
    """`drafter.render.docx.builder` for `<root>/drafter/render/docx/builder.py`."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def within(name: str, prefix: str) -> bool:
    """True when `name` is `prefix` or one of its submodules (`drafter` alone stands for itself)."""
    return name == prefix or (prefix != "drafter" and name.startswith(prefix + "."))


def component(name: str) -> str:
    """The entry of LAYERS that `name` belongs to (the longest matching prefix)."""
    found = [layer for layer in LAYERS if within(name, layer)]
    if not found:
        raise KeyError(f"{name} belongs to no component; add it to LAYERS in tests/architecture.py")
    return max(found, key=len)


def edges(tree: ast.Module, module: str, root: Path, is_package: bool) -> Iterator[tuple[int, str]]:
    """(line, imported module) for every import edge in one module's syntax tree."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            yield from _from_edges(node, package, root)
        elif isinstance(node, ast.Call) and _called(node) in ("import_module", "Format"):
            yield from ((node.lineno, arg.value) for arg in node.args
                        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                        and (arg.value.startswith("drafter.") or _called(node) == "import_module"))


def _from_edges(node: ast.ImportFrom, package: str, root: Path) -> Iterator[tuple[int, str]]:
    """`from a.b import c` imports module a.b.c where that is a module, else a.b."""
    base = node.module or ""
    if node.level:
        anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
        base = ".".join([*anchor, base] if base else anchor)
    if base == "__future__":
        return
    for alias in node.names:
        name = f"{base}.{alias.name}"
        yield node.lineno, name if _is_module(root, name) else base


def _is_module(root: Path, name: str) -> bool:
    path = root.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def check_edge(module: str, target: str) -> str | None:
    """The rule an import of `target` by `module` breaks, or None."""
    if (module, target.split(".")[0]) in EXCEPTIONS:
        return None
    if target.split(".")[0] == "drafter":
        return _check_internal(module, target)
    library = target.split(".")[0]
    allowed = LIBRARIES.get(library)
    if allowed is not None and not any(within(module, place) for place in allowed):
        return f"{library} may be imported only in {', '.join(allowed)}"
    return None


def _check_internal(module: str, target: str) -> str | None:
    own = component(module)
    allowed = LAYERS[own]
    if own == "drafter.cli" or within(target, own) or any(within(target, layer) for layer in allowed):
        return None
    if within(target, "drafter.cli"):
        return "nothing outside drafter.cli imports drafter.cli"
    return f"{own} may import only {', '.join(allowed) or 'no other drafter module'}"


def ooxml_strings(tree: ast.Module) -> Iterator[tuple[int, str]]:
    """(line, text) of each string constant holding raw WordprocessingML (docstrings aside)."""
    prose = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    for node in ast.walk(tree):
        text = node.value if isinstance(node, ast.Constant) and id(node) not in prose else None
        if isinstance(text, str) and any(markup in text for markup in OOXML_MARKUP):
            yield node.lineno, text[:40]


def violations(root: Path) -> list[Violation]:
    """Every broken rule in the package `drafter` under `root`."""
    found: list[Violation] = []
    for path in sorted((root / "drafter").rglob("*.py")):
        module = module_name(root, path)
        if module == "drafter.schema.validator":
            continue  # generated by fastjsonschema; imports only the standard library and it
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for line, target in edges(tree, module, root, path.name == "__init__.py"):
            rule = check_edge(module, target)
            if rule:
                found.append(Violation(module, line, target, rule))
        if not within(module, "drafter.render.docx"):
            found.extend(Violation(module, line, repr(text), "raw OOXML is written only under drafter.render.docx")
                         for line, text in ooxml_strings(tree))
    return found
