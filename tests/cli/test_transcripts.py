"""CLI behaviour as transcripts (pandoc's test/command): command, stdout, stderr, exit code.

Each file in transcripts/ holds `% drafter ARGS`, then `--- stdout`, `--- stderr` and
`--- exit N` sections. Commands run as real processes from the repository root,
without a terminal, so no colour and no progress bars.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT

TRANSCRIPTS = Path(__file__).parent / "transcripts"


@dataclass
class Transcript:
    args: list[str]
    stdout: str
    stderr: str
    exit_code: int


def parse(text: str) -> Transcript:
    command, rest = text.split("\n", 1)
    stdout, rest = rest.removeprefix("--- stdout\n").split("--- stderr\n", 1)
    stderr, exit_line = rest.split("--- exit ", 1)
    return Transcript(shlex.split(command.removeprefix("% drafter ")), stdout, stderr, int(exit_line))


def run(args: list[str]) -> Transcript:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    done = subprocess.run([sys.executable, "-m", "drafter", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    return Transcript(args, done.stdout, done.stderr, done.returncode)


@pytest.mark.parametrize("path", sorted(TRANSCRIPTS.glob("*.txt")), ids=lambda p: p.stem)
def test_transcript(path: Path) -> None:
    expected = parse(path.read_text(encoding="utf-8"))
    actual = run(expected.args)
    assert "Traceback" not in actual.stderr
    assert (actual.stdout, actual.stderr, actual.exit_code) == (expected.stdout, expected.stderr, expected.exit_code)
