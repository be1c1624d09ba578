"""The data flows one way (tests/architecture.py holds the rules); these tests hold the code to them.

The checker reads every module's imports from its syntax tree, so an import inside a
function or under TYPE_CHECKING counts as much as one at the top. It is itself tested by
injecting each kind of bad import into a copy of the package and expecting a failure.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.importers import FORMATS as IMPORT_FORMATS
from drafter.render import FORMATS as RENDER_FORMATS
from drafter.render.redline import FORMATS as REDLINE_FORMATS
from tests.architecture import violations
from tests.conftest import ROOT

KNOWN: set[tuple[str, str]] = set()
"""Violations being removed (issue 10); delete each entry with the code that breaks the rule."""


def test_the_package_keeps_every_rule() -> None:
    found = violations(ROOT)
    new = [str(v) for v in found if (v.module, v.target.split(".")[0]) not in KNOWN]
    assert new == []
    stale = KNOWN - {(v.module, v.target.split(".")[0]) for v in found}
    assert stale == set(), "these no longer break a rule: remove them from KNOWN"


INJECTIONS = {
    "click in a renderer": ("render/markdown.py", "import click\n", "click may be imported only in drafter.cli"),
    "the CLI from a renderer": ("render/html.py", "from drafter.cli import output\n", "nothing outside drafter.cli"),
    "the diff from an importer, inside a function": (
        "importers/text.py", "def _later():\n    from drafter.diff import diff_proposals\n",
        "drafter.importers may import only"),
    "loading from the model": ("model.py", "from drafter.load import load_bytes\n", "drafter.model may import only"),
    "difflib in a renderer": ("render/view.py", "from difflib import SequenceMatcher\n", "difflib may be imported only"),
    "a renderer from the diff": ("diff/align.py", "import drafter.render\n", "drafter.diff may import only"),
    "a diff algorithm from a renderer": ("render/markdown.py", "from drafter.diff.words import word_spans\n",
                                         "drafter.render may import only"),
    "the CLI through importlib": ("render/html.py", "import importlib\nimportlib.import_module('drafter.cli.output')\n",
                                  "nothing outside drafter.cli"),
    "a registry entry outside its layer": (
        "render/__init__.py", "Format('x', ('.x',), False, 'drafter.cli.output', 'x')\n", "nothing outside drafter.cli"),
    "raw OOXML in a redline renderer": ("render/redline/html.py", "MARK = '<w:ins w:id=\"1\"/>'\n",
                                        "raw OOXML is written only under drafter.render.docx"),
    "python-docx in the loader": ("load/build.py", "import docx\n", "docx may be imported only"),
    "yaml under TYPE_CHECKING in the diff": (
        "diff/redline.py", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import yaml\n",
        "yaml may be imported only"),
    "git from a renderer": ("render/markdown.py", "from drafter import git\n", "drafter.render may import only"),
    "a relative import upwards": ("diff/words.py", "from ..render import view\n", "drafter.diff may import only"),
}


@pytest.mark.parametrize("case", sorted(INJECTIONS))
def test_the_checker_fails_on_an_injected_bad_import(tmp_path: Path, case: str) -> None:
    relative, code, rule = INJECTIONS[case]
    shutil.copytree(ROOT / "drafter", tmp_path / "drafter", ignore=shutil.ignore_patterns("__pycache__"))
    target = tmp_path / "drafter" / relative
    target.write_text(target.read_text(encoding="utf-8") + "\n" + code, encoding="utf-8")
    module = "drafter." + relative.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
    found = [v for v in violations(tmp_path) if v.module == module]
    assert any(rule in v.rule for v in found), f"{case}: not caught; found {[str(v) for v in found]}"


@pytest.mark.parametrize("registry", [RENDER_FORMATS, REDLINE_FORMATS, IMPORT_FORMATS],
                         ids=["render", "redline", "import"])
def test_every_registered_format_has_its_module_and_function(registry) -> None:
    for name in registry:
        assert callable(registry.implementation(name)), f"{registry.job} {name}"


@pytest.mark.parametrize("module", ["drafter.cli", "drafter.cli.validate", "drafter.cli.show", "drafter.cli.new"])
def test_light_commands_start_without_the_heavy_libraries(module: str) -> None:
    code = f"import sys, {module}; print('\\n'.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    heavy = {"docx", "lxml", "jinja2", "babel", "numpy", "scipy", "jsonschema", "diff_match_patch"}
    assert heavy & {name.split(".")[0] for name in done.stdout.split()} == set()


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
