"""What is timed: each drafter command beside the peer its users would otherwise run.

A case is data: how to build both command lines from the inputs of one size, which exit
statuses mean success (diff tools exit 1 when the files differ) and the target, if any.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BIN = Path(sys.executable).parent
DRAFTER = str(BIN / "drafter")
PYTHON = sys.executable
ROOT = Path(__file__).resolve().parent.parent
TWELVE_POINT = ROOT / "proposals" / "ukraine-ceasefire-12-point.yaml"

PARSE = "import sys, yaml\nfor p in sys.argv[1:]:\n    yaml.load(open(p, 'rb'), Loader=yaml.CSafeLoader)"
"""The floor for load + validate: PyYAML's C loader parsing, nothing else."""


@dataclass(frozen=True)
class Inputs:
    """The files of one size: three versions, Markdown and .docx of two, and a git history."""

    folder: Path

    @property
    def five(self) -> list[Path]:
        """Five successive 200-clause texts (`bench.prepare` writes them beside the sizes)."""
        return [self.folder.parent / "five200" / f"t{k}.yaml" for k in range(1, 6)]

    def __getattr__(self, name: str) -> Path:
        files = {"v1": "v1.yaml", "v2": "v2.yaml", "v3": "v3.yaml", "md1": "v1.md", "md2": "v2.md",
                 "docx1": "v1.docx", "docx2": "v2.docx", "history": "history", "out": "out"}
        if name not in files:
            raise AttributeError(name)
        return self.folder / files[name]


Argv = Callable[[Inputs], list[str]]

LOG_MAX_SIZE = 10_000
"""Largest size `drafter log` is timed at (its 500-commit history takes a minute to build at
10,000 clauses); lower it to leave the history out of a quick run."""


@dataclass(frozen=True)
class Case:
    """One drafter command and its peer on the same content."""

    name: str
    needs: tuple[str, ...]
    """drafter command, then words its --help must mention (e.g. a format) for the case to run."""
    drafter: Argv
    peer_name: str | None = None
    peer: Argv | None = None
    ok: frozenset[int] = frozenset({0})
    cwd: Callable[[Inputs], Path] = lambda i: i.folder
    per_size: bool = True
    """False: the command's cost does not depend on the size (start-up); timed once."""
    target: str = ""
    max_reps: int = 5
    """At most this many repetitions (drafter log takes about a minute a run at 1,000)."""
    max_size: int | None = None
    """Largest size timed; above it the case is left out (and the table says why)."""


def _s(p: Path) -> str:
    return str(p)


DIFF_OK = frozenset({0, 1})

CASES: tuple[Case, ...] = (
    Case("validate (start-up)", ("validate",), lambda i: [DRAFTER, "validate", _s(TWELVE_POINT)],
         "python -c 'import click'", lambda i: [PYTHON, "-c", "import click"], per_size=False,
         target="<= 3x"),
    Case("load + validate", ("validate",), lambda i: [DRAFTER, "validate", _s(i.v1)],
         "PyYAML C loader parse", lambda i: [PYTHON, "-c", PARSE, _s(i.v1)],
         target="<= 2x at 10,000"),
    Case("render .docx", ("render", "docx"), lambda i: [DRAFTER, "render", _s(i.v1), "--to", "docx",
                                                        "-o", _s(i.out / "drafter.docx")],
         "pandoc md -> docx", lambda i: ["pandoc", _s(i.md1), "-o", _s(i.out / "pandoc.docx")],
         target="<= 0.25x at 1,000 and 10,000, less memory"),
    Case("render .html", ("render", "html"), lambda i: [DRAFTER, "render", _s(i.v1), "--to", "html",
                                                        "-o", _s(i.out / "drafter.html")],
         "pandoc md -> html", lambda i: ["pandoc", "-s", _s(i.md1), "-o", _s(i.out / "pandoc.html")]),
    Case("render .md", ("render", "md"), lambda i: [DRAFTER, "render", _s(i.v1), "--to", "md",
                                                    "-o", _s(i.out / "drafter.md")]),
    Case("diff json", ("diff", "json"), lambda i: [DRAFTER, "diff", _s(i.v1), _s(i.v2), "--format", "json"],
         "PyYAML C loader parse of both", lambda i: [PYTHON, "-c", PARSE, _s(i.v1), _s(i.v2)],
         ok=DIFF_OK, target="<= 2x at 10,000"),
    Case("diff json (20% reworded)", ("diff", "json"),
         lambda i: [DRAFTER, "diff", _s(i.v1), _s(i.v3), "--format", "json"],
         "PyYAML C loader parse of both", lambda i: [PYTHON, "-c", PARSE, _s(i.v1), _s(i.v3)],
         ok=DIFF_OK, target="<= 2x at 10,000"),
    Case("diff term", ("diff", "term"), lambda i: [DRAFTER, "diff", _s(i.v1), _s(i.v2), "--format", "term"],
         "git diff --no-index --word-diff",
         lambda i: ["git", "diff", "--no-index", "--word-diff", _s(i.md1), _s(i.md2)], ok=DIFF_OK),
    Case("diff md", ("diff", "md"), lambda i: [DRAFTER, "diff", _s(i.v1), _s(i.v2), "--format", "md"],
         ok=DIFF_OK),
    Case("diff html", ("diff", "html"), lambda i: [DRAFTER, "diff", _s(i.v1), _s(i.v2), "--format", "html",
                                                   "-o", _s(i.out / "diff.html")], ok=DIFF_OK),
    Case("Word redline", ("diff", "docx"), lambda i: [DRAFTER, "diff", _s(i.v1), _s(i.v2), "--format", "docx",
                                                      "-o", _s(i.out / "redline.docx")],
         "python-redlines (Docxodus)",
         lambda i: [PYTHON, _s(ROOT / "bench" / "peers" / "redline.py"), _s(i.docx1), _s(i.docx2),
                    _s(i.out / "peer-redline.docx")],
         ok=DIFF_OK, target="<= 0.05x at 1,000; 10,000 completes"),
    Case("compare 2 texts", ("compare", "lexical"),
         lambda i: [DRAFTER, "compare", _s(i.v1), _s(i.v2), "--format", "json", "-o", _s(i.out / "compare.json")],
         ok=DIFF_OK, target="< 5 s at 1,000 (meaning on)", max_size=1000),
    Case("compare 2 texts, words only", ("compare", "lexical"),
         lambda i: [DRAFTER, "compare", "--lexical", _s(i.v1), _s(i.v2), "--format", "json",
                    "-o", _s(i.out / "compare-lexical.json")],
         ok=DIFF_OK, max_size=1000),
    Case("compare 5 texts x 200", ("compare", "lexical"),
         lambda i: [DRAFTER, "compare", *map(_s, i.five), "--format", "json", "-o", _s(i.out / "compare-5.json")],
         ok=DIFF_OK, per_size=False, target="< 5 s (meaning on)"),
    Case("compare 5 texts x 200, words only", ("compare", "lexical"),
         lambda i: [DRAFTER, "compare", "--lexical", *map(_s, i.five), "--format", "json",
                    "-o", _s(i.out / "compare-5-lexical.json")],
         ok=DIFF_OK, per_size=False),
    Case("log", ("log",), lambda i: [DRAFTER, "log", "proposal.yaml"],
         "git log --follow", lambda i: ["git", "log", "--follow", "--", "proposal.yaml"],
         cwd=lambda i: i.history, max_reps=3, max_size=LOG_MAX_SIZE),
)
