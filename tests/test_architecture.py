"""The data flows one way: model <- load, diff, importers <- render <- cli; git for cli only.

Each module is imported in a fresh interpreter and what it pulls in is checked, so a
stray import (a renderer computing diffs, the model importing yaml) fails here.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

FORBIDDEN = {
    "drafter.model": ["yaml", "jinja2", "docx", "click", "drafter.load", "drafter.render", "drafter.diff"],
    "drafter.numbering": ["yaml", "jinja2", "docx", "click"],
    "drafter.errors": ["yaml", "jinja2", "docx", "click"],
    "drafter.load": ["jinja2", "docx", "click", "drafter.render", "drafter.diff", "drafter.cli", "drafter.git"],
    "drafter.diff": ["jinja2", "docx", "click", "drafter.render", "drafter.cli", "drafter.git"],
    "drafter.render": ["click", "drafter.cli", "drafter.git", "drafter.diff.align", "drafter.diff.words"],
    "drafter.importers": ["click", "drafter.render", "drafter.cli", "drafter.git", "drafter.diff"],
    "drafter.git": ["click", "drafter.render", "drafter.cli"],
}


def imported_by(module: str) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(done.stdout.split())


@pytest.mark.parametrize("module", sorted(FORBIDDEN))
def test_dependencies_point_one_way(module: str) -> None:
    if not (ROOT / (module.replace(".", "/") + ".py")).exists() and not (ROOT / module.replace(".", "/")).is_dir():
        pytest.fail(f"{module} is listed here but does not exist; update FORBIDDEN")
    loaded = imported_by(module)
    wrong = sorted(name for name in FORBIDDEN[module] if name in loaded)
    assert wrong == [], f"{module} imports {wrong}"


def test_only_the_docx_revisions_module_touches_oxml_outside_render_docx() -> None:
    offenders = [
        str(path.relative_to(ROOT)) for path in (ROOT / "drafter").rglob("*.py")
        if "docx.oxml" in path.read_text(encoding="utf-8") and "render/docx" not in path.as_posix()
        and "importers" not in path.as_posix()
    ]
    assert offenders == []


def test_only_git_py_runs_git() -> None:
    offenders = [
        str(path.relative_to(ROOT)) for path in (ROOT / "drafter").rglob("*.py")
        if '"git"' in path.read_text(encoding="utf-8") and path.name != "git.py"
    ]
    assert offenders == []


def test_no_unsafe_yaml_and_no_shell() -> None:
    for path in (ROOT / "drafter").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "yaml.load(" not in text and "UnsafeLoader" not in text, path
        assert "shell=True" not in text and "os.system(" not in text, path
