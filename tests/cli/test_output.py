"""The output policy: colour only on a terminal without NO_COLOR, atomic writes, binary refusal."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from drafter.cli import output
from drafter.errors import OutputError


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert output.colour_wanted(FakeTerminal())
    assert not output.colour_wanted(io.StringIO())


@pytest.mark.parametrize(("name", "value"), [("NO_COLOR", "1"), ("TERM", "dumb")])
def test_no_colour_when_asked(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    assert not output.colour_wanted(FakeTerminal())


def test_atomic_write_leaves_only_the_file_with_ordinary_permissions(tmp_path: Path) -> None:
    target = output.write_atomic(tmp_path / "deep" / "out.md", "text")
    assert target.read_text() == "text"
    assert os.listdir(target.parent) == ["out.md"]
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


def test_failed_write_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    with pytest.raises(TypeError):
        output.write_atomic(target, object())  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []
    assert not target.exists()


def test_binary_is_refused_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdout", FakeTerminal())
    with pytest.raises(OutputError, match="refusing to write a binary document to the terminal"):
        output.emit(b"PK\x03\x04", None, binary=True)
