"""Hostile input through the real command: every path ends in one clear line, a non-zero exit,
no traceback and no output file, in bounded time (a generous subprocess timeout holds that;
the measured times and peak memory are in the notes, taken with GNU time).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from drafter.cli import cli
from tests.conftest import ROOT, TWELVE_POINT
from tests.load.test_nesting import DEEPEST, nested_clauses

LONG = "a" * 5000
"""Longer than any file name a system allows (255) and than PATH_MAX (4096)."""


@dataclass
class Done:
    exit_code: int
    stdout: str
    stderr: str


def drafter(*args: str, cwd: Path = ROOT, timeout: float = 60) -> Done:
    """Run drafter as a real process (signals and memory limits as in real use)."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    done = subprocess.run([sys.executable, "-m", "drafter", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)
    assert "Traceback" not in done.stderr
    return Done(done.returncode, done.stdout, done.stderr)


def one_error_line(done: Done) -> str:
    assert done.exit_code == 2
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


SHORTENED = r"\S{100}…\S{60} \(5,0\d\d characters\)'?:?"
"""The long argument as printed: its start and end, and its length."""


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["show", f"{LONG}.yaml"], "cannot read: File name too long"),
        (["show", f"HEAD:{LONG}.yaml"], "does not exist in HEAD"),
        (["show", f"{LONG}:x.yaml"], "is not a valid git revision"),
        (["diff", "--rev", f"HEAD..{LONG}", str(TWELVE_POINT)], "is not a valid git revision"),
        (["diff", str(TWELVE_POINT), f"{LONG}.yaml"], "cannot read: File name too long"),
        (["compare", LONG, str(TWELVE_POINT)], "cannot read: File name too long"),
        (["render", f"{LONG}.yaml", "--to", "md"], "cannot read: File name too long"),
        (["import", f"{LONG}.txt"], "cannot read: File name too long"),
        (["textconv", f"{LONG}.yaml"], "cannot read: File name too long"),
        (["log", f"{LONG}.yaml"], "no commits touch this file in HEAD"),
        (["history", str(TWELVE_POINT), LONG], ""),
    ],
    ids=["show-path", "show-revision-path", "show-revision", "diff-rev", "diff-path", "compare", "render", "import",
         "textconv", "log", "history-id"],
)
def test_an_over_long_argument_is_one_shortened_line(args: list[str], reason: str) -> None:
    line = one_error_line(drafter(*args))
    assert re.search(f"^drafter: (.* )?{SHORTENED}( |$)", line), line
    assert line.endswith(reason)
    assert len(line) < 500  # at most two long arguments, each cut to 160 characters


@pytest.mark.parametrize(
    "args",
    [
        ["new", "a" * 300],
        ["new", "x", "-o", f"{LONG}.yaml"],
        ["render", str(TWELVE_POINT), "--to", "md", "-o", f"{LONG}.md"],
        ["render", str(TWELVE_POINT), "--to", "md", "--out-dir", LONG],
        ["schema", "-o", LONG],
        ["import", "plan.txt", "--title", "Plan", "--date", "2025-10-22", "-o", LONG],
    ],
    ids=["new-id", "new-output", "render-output", "render-out-dir", "schema-output", "import-output"],
)
def test_an_over_long_output_name_is_one_line_and_writes_nothing(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "plan.txt").write_text("1. The Parties cease fire.\n2. Prisoners are exchanged.\n", encoding="utf-8")
    line = one_error_line(drafter(*args, cwd=tmp_path))
    assert re.fullmatch(r"drafter: \S*a{60}…\S{60} \([\d,]+ characters\): cannot write: File name too long", line), line
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["plan.txt"] + (["proposals"] if args[1:2] == ["a" * 300] else [])


def test_an_over_long_template_name_is_a_usage_error() -> None:
    done = drafter("render", str(TWELVE_POINT), "--to", "md", "--template", f"{LONG}.md.j2")
    assert done.exit_code == 2
    assert re.search(f"Invalid value for --template: {SHORTENED} no such file$", done.stderr)


def test_validate_reports_an_over_long_path_as_an_unreadable_file() -> None:
    done = drafter("validate", f"{LONG}.yaml")
    assert (done.exit_code, done.stderr) == (2, "")
    assert re.fullmatch(f"{SHORTENED} cannot read: File name too long\n1 problem in 1 of 1 file\\(s\\)\n", done.stdout)


def test_an_endless_input_is_refused_after_the_size_limit() -> None:
    for args in (["show", "/dev/zero"], ["import", "/dev/zero", "--from", "txt"]):
        assert one_error_line(drafter(*args)) == \
            "drafter: /dev/zero: more than 67,108,864 bytes; proposals are limited to that"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_one_line_not_a_traceback() -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "drafter", "show", str(TWELVE_POINT)], cwd=ROOT,
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (2, "drafter: No space left on device\n")
    assert one_error_line(drafter("schema", "-o", "/dev/full")) == \
        "drafter: /dev/full: cannot write: No space left on device"


def test_output_to_a_folder_a_device_or_a_link(tmp_path: Path) -> None:
    assert one_error_line(drafter("schema", "-o", str(tmp_path))) == f"drafter: {tmp_path}: is a folder; give a file name"
    assert list(tmp_path.iterdir()) == []
    through_device = drafter("render", str(TWELVE_POINT), "--to", "md", "-o", "/dev/stdout")
    assert through_device.exit_code == 0 and through_device.stdout.startswith("# ")
    assert Path("/dev/stdout").is_symlink() or not Path("/dev/stdout").is_file()
    target = tmp_path / "target.json"
    (tmp_path / "link.json").symlink_to(target)
    assert drafter("schema", "-o", str(tmp_path / "link.json")).exit_code == 0
    assert (tmp_path / "link.json").is_symlink() and target.read_text(encoding="utf-8").startswith("{")


TEMPLATES = {
    "loop.md.j2": ("{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}\n",
                   "loop.md.j2:1: still running after 6 seconds (a loop that never ends?)"),
    "string.md.j2": ("{{ 'x' * 10**9 }}\n", "string.md.j2:1: '*' would make 1,000,000,000 items; the limit is 100,000,000"),
    "recursion.md.j2": ("{% macro f() %}{{ f() }}{% endmacro %}\n{{ f() }}\n",
                        "recursion.md.j2:1: goes too deep (a macro or include calling itself without end,"
                        " or brackets nested too deeply)"),
    "memory.md.j2": ("{% set a = 'x' * 10**8 %}{% set l = [] %}{% for i in range(30) %}{% set _ = l.append(a ~ i) %}"
                     "{% endfor %}\n", "memory.md.j2:1: used more than the 1,024 MB of memory a template may use"),
    "output.md.j2": ("{% for a in range(100000) %}{{ 'x' * 100000 }}{% endfor %}\n",
                     "output.md.j2: the output passed 100,000,000 characters (a loop that never ends?)"),
}


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_a_runaway_user_template_is_stopped(tmp_path: Path, name: str) -> None:
    source, message = TEMPLATES[name]
    (tmp_path / name).write_text(source, encoding="utf-8")
    done = drafter("render", str(TWELVE_POINT), "--to", "md", "--template", name, "-o", "out.md", cwd=tmp_path)
    assert one_error_line(done) == f"drafter: {message}"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def reference_with_header(tmp_path: Path, *paragraphs: str) -> Path:
    reference = docx.Document(str(ROOT / "templates" / "proposal.docx"))
    header = reference.sections[0].header
    header.paragraphs[0].text = paragraphs[0]
    for text in paragraphs[1:]:
        header.add_paragraph(text)
    path = tmp_path / "ref.docx"
    reference.save(str(path))
    return path


def test_runaway_jinja_in_a_reference_document_shares_one_time_budget(tmp_path: Path) -> None:
    loop = TEMPLATES["loop.md.j2"][0].strip()
    reference_with_header(tmp_path, *[loop] * 10)  # ten paragraphs, each endless: still one 6 s budget
    done = drafter("render", str(TWELVE_POINT), "--to", "docx", "--template", "ref.docx", "-o", "out.docx",
                   cwd=tmp_path, timeout=30)
    assert one_error_line(done) == ("drafter: ref.docx (word/header1.xml), paragraph 1: still running after 6 seconds"
                                    " (a loop that never ends?)")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ref.docx"]


def test_a_reference_document_that_unpacks_huge_is_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(ROOT / "templates" / "proposal.docx") as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for info in source.infolist():
            bomb.writestr(info, source.read(info.filename))
        with bomb.open("word/media/zeros.bin", "w", force_zip64=True) as zeros:
            for _ in range(80):
                zeros.write(bytes(1024 * 1024))
    done = drafter("render", str(TWELVE_POINT), "--to", "docx", "--template", str(path), "-o", str(tmp_path / "o.docx"))
    assert re.fullmatch(f"drafter: {path}: unpacks to 8\\d,\\d{{3}},\\d{{3}} bytes; a reference document is limited"
                        " to 67,108,864 \\(a zip bomb\\?\\)", one_error_line(done))


@pytest.mark.parametrize(
    "args",
    [
        ["show"], ["textconv"], ["render", "--to", "md", "-o", "-"], ["render", "--to", "html", "-o", "-"],
        ["render", "--to", "txt", "-o", "-"], ["render", "--to", "md", "--view", "positions", "-o", "-"],
        ["render", "--to", "docx", "-o", "deep.docx"], ["diff", "--format", "json", "deep.yaml"],
        ["diff", "--format", "html", "deep.yaml"], ["diff", "--format", "md", "deep.yaml"],
        ["diff", "--format", "docx", "-o", "redline.docx", "deep.yaml"], ["compare", "deep.yaml"],
    ],
    ids=lambda args: "-".join(a for a in args if a not in ("-o", "-") and not a.startswith("deep")),
)
def test_the_deepest_proposal_the_loader_accepts_goes_through_every_command(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "deep.yaml").write_text(nested_clauses(DEEPEST), encoding="utf-8")
    (tmp_path / "deep2.yaml").write_text(nested_clauses(DEEPEST).replace("Level", "Stage"), encoding="utf-8")
    command, rest = args[0], args[1:]
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        operands = ["deep2.yaml"] if command in ("diff", "compare") else ["deep.yaml"]
        result = CliRunner().invoke(cli, [command, *operands, *rest])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in ((0, 1) if command in ("diff", "compare") else (0,)), result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new", "x", "--title", "a\x01b", "-o", "x.yaml"],
         "Invalid value for '--title': has a control character (U+0001); give one line of text"),
        (["import", "plan.txt", "--title", "T\nid: evil"],
         "Invalid value for '--title': has a control character (U+000A); give one line of text"),
        (["diff", str(TWELVE_POINT), str(TWELVE_POINT), "--format", "docx", "--author", "a" * 256, "-o", "r.docx"],
         "Invalid value for '--author': is 256 characters; at most 255"),
        (["diff", str(TWELVE_POINT), str(TWELVE_POINT), "--author", "x\x7f"],
         "Invalid value for '--author': has a control character (U+007F); give one line of text"),
    ],
    ids=["new-title-control", "import-title-newline", "diff-author-long", "diff-author-control"],
)
def test_free_text_options_take_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "plan.txt").write_text("1. The Parties cease fire.\n", encoding="utf-8")
    done = drafter(*args, cwd=tmp_path)
    assert done.exit_code == 2 and done.stderr.endswith(f"Error: {message}\n"), done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.txt"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"a":' * 100_000 + "1" + "}" * 100_000, "amendments.json: not an amendment set: nested too deeply"),
        ('{"a": ' + "1" * 5000 + "}", "amendments.json: not valid JSON: Exceeds the limit (4300 digits) for integer"
                                      " string conversion: value has 5000 digits; use sys.set_int_max_str_digits()"
                                      " to increase the limit"),
    ],
    ids=["nested-100000-deep", "number-5000-digits"],
)
def test_a_hostile_amendment_set_is_one_line(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "amendments.json").write_text(content, encoding="utf-8")
    done = drafter("amend", str(TWELVE_POINT), "amendments.json", "-o", "out.yaml", cwd=tmp_path)
    assert one_error_line(done) == f"drafter: {message}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["amendments.json"]
