"""A template is code we run: time, memory, output, numbers and recursion are bounded.

The limits are lowered here so each case ends in a moment; tests/cli/test_hostile.py runs
the same templates through the real command at the real limits.
"""

from __future__ import annotations

import resource
import signal
from pathlib import Path

import pytest

from drafter.errors import TemplateError
from drafter.render import limits
from drafter.render.templating import render_file, render_string

FOREVER = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
"""10^10 empty iterations, with no call or output inside the inner loop to check the clock at."""


@pytest.fixture(autouse=True)
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_SECONDS", 30)  # the loop tests lower it; the others must not meet it
    monkeypatch.setattr(limits, "MAX_MEMORY", 256 * 2 ** 20)
    monkeypatch.setattr(limits, "MAX_OUTPUT", 1_000_000)


def fails(tmp_path: Path, source: str) -> str:
    template = tmp_path / "mine.md.j2"
    template.write_text(source, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        render_file(template, {"title": "T"})
    return caught.value.message.removeprefix(str(tmp_path) + "/")


@pytest.mark.parametrize(
    ("source", "line"),
    [(FOREVER, 1), ("{% set l = range(100000)|list %}\n{% for a in l %}{% for b in l %}{% endfor %}{% endfor %}", 2)],
    ids=["nested-loops", "loops-without-calls"],
)
def test_an_endless_template_is_stopped_by_the_clock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     source: str, line: int) -> None:
    monkeypatch.setattr(limits, "MAX_SECONDS", 0.5)
    assert fails(tmp_path, source) == f"mine.md.j2:{line}: still running after 0.5 seconds (a loop that never ends?)"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("{% for i in range(10**9) %}x{% endfor %}",
         "mine.md.j2:1: the number 1,000,000,000 is too large for a template (the limit is 100,000,000)"),
        ("{{ 'x' * 10**9 }}", "mine.md.j2:1: '*' would make 1,000,000,000 items; the limit is 1,000,000"),
        ("{{ [0] * 10**7 }}", "mine.md.j2:1: '*' would make 10,000,000 items; the limit is 1,000,000"),
        ("{{ 10 ** 100000 }}", "mine.md.j2:1: '**' would make a number of about 100,000 digits; the limit is 10,000"),
        ("{{ 'x'|center(10**9) }}",
         "mine.md.j2:1: the number 1,000,000,000 is too large for a template (the limit is 100,000,000)"),
        ("{{ 'x'.ljust(10**9) }}",
         "mine.md.j2:1: the number 1,000,000,000 is too large for a template (the limit is 100,000,000)"),
        ("{% for a in range(100000) %}{{ title * 20 }}{% endfor %}",
         "mine.md.j2: the output passed 1,000,000 characters (a loop that never ends?)"),
        ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}\n{{ f(0) }}",
         "mine.md.j2:1: goes too deep (a macro or include calling itself without end, or brackets nested too deeply)"),
        ("{% include 'mine.md.j2' %}",
         "mine.md.j2:1: goes too deep (a macro or include calling itself without end, or brackets nested too deeply)"),
        ("{{ 1 / 0 }}", "mine.md.j2:1: ZeroDivisionError: division by zero"),
    ],
    ids=["huge-range", "huge-string", "huge-list", "huge-power",
         "huge-filter-argument", "huge-method-argument", "huge-output", "recursive-macro",
         "including-itself", "division-by-zero"],
)
def test_a_runaway_template_is_one_line_naming_it(tmp_path: Path, source: str, message: str) -> None:
    assert fails(tmp_path, source) == message


def test_memory_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_OUTPUT", 10 ** 9)  # the memory limit, not a size check, must stop it
    source = "{% set a = 'x' * 50000000 %}{{ a ~ a ~ a ~ a ~ a ~ a ~ a ~ a }}"
    assert fails(tmp_path, source) == "mine.md.j2:1: used more than the 256 MB of memory a template may use"


def test_a_huge_template_file_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_TEMPLATE_BYTES", 1000)
    message = fails(tmp_path, "x" * 1001)
    assert message == "mine.md.j2: template 'mine.md.j2' is 1,001 bytes; templates are limited to 1,000"


def test_text_in_a_reference_document_runs_under_the_same_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_SECONDS", 0.5)
    with pytest.raises(TemplateError) as caught:
        render_string(FOREVER, {}, "ref.docx (word/header1.xml), paragraph 1")
    assert caught.value.message == ("ref.docx (word/header1.xml), paragraph 1: still running after 0.5 seconds"
                                    " (a loop that never ends?)")


def test_limits_are_lifted_afterwards_and_a_normal_template_renders(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_SECONDS", 0.5)
    before = resource.getrlimit(resource.RLIMIT_AS), signal.getsignal(signal.SIGALRM)
    fails(tmp_path, FOREVER)
    fails(tmp_path, "{{ [0] * 10**7 }}")
    assert (resource.getrlimit(resource.RLIMIT_AS), signal.getsignal(signal.SIGALRM)) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    template = tmp_path / "fine.md.j2"
    template.write_text("{% for i in range(3) %}{{ title }}{{ 2 ** 10 }}{{ '-' * 3 }}{% endfor %}", encoding="utf-8")
    assert render_file(template, {"title": "T"}) == "T1024---" * 3
