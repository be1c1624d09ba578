"""All terminal and file output: colour policy, binary refusal, atomic writes.

Commands never decide colour or open output files themselves; they ask this module,
which tests can drive without a terminal (black's output.py, httpie's Environment).
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO

import click

from drafter.errors import OutputError
from drafter.render.paint import Paint, unpainted

PALETTE: dict[str, dict[str, object]] = {
    "heading": {"bold": True}, "deleted": {"fg": "red"}, "inserted": {"fg": "green"},
    "flag": {"fg": "red", "bold": True}, "quiet": {"dim": True}, "commit": {"fg": "yellow"},
    "problem": {"fg": "red"},
    "kind:added": {"fg": "green", "bold": True}, "kind:removed": {"fg": "red", "bold": True},
    "kind:reworded": {"fg": "yellow", "bold": True}, "kind:moved": {"fg": "magenta", "bold": True},
    "kind:renumbered": {"fg": "cyan", "bold": True}, "kind:split": {"fg": "blue", "bold": True},
    "kind:merged": {"fg": "blue", "bold": True}, "kind:unchanged": {"fg": "bright_black"},
    "kind:renamed": {"fg": "cyan", "bold": True}, "kind:changed": {"fg": "yellow", "bold": True},
    "status:agreed": {"fg": "green"}, "status:proposed": {"fg": "yellow"}, "status:bracketed": {"fg": "red"},
    "status:withdrawn": {"fg": "bright_black"},
    "kind:only": {"fg": "red", "bold": True}, "kind:matched": {"fg": "bright_black"},
    "kind:uncertain": {"fg": "magenta", "bold": True},
}
"""How each role a renderer names (drafter.render.paint.ROLES) looks on a terminal."""


def colour_wanted(stream: IO[str] | None = None) -> bool:
    """Colour only on a terminal, never with NO_COLOR set or TERM=dumb."""
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def style(text: str, colour: bool, **styles: object) -> str:
    """`text` styled with click's ANSI styles when `colour` is on, else unchanged."""
    return click.style(text, **styles) if colour else text  # type: ignore[arg-type]


def painter(colour: bool) -> Paint:
    """The painter renderers get: ANSI styles from PALETTE when `colour`, else text as it is."""
    if not colour:
        return unpainted
    return lambda text, role: click.style(text, **PALETTE.get(role, {}))  # type: ignore[arg-type]


def echo(text: str = "", *, err: bool = False) -> None:
    """Print a line; ANSI codes are stripped when the stream is not a colour terminal."""
    stream = sys.stderr if err else sys.stdout
    click.echo(text, err=err, color=colour_wanted(stream))


def write_atomic(path: str | Path, data: bytes | str) -> Path:
    """Write `data` to `path` through a temporary file and a rename: never half-written.

    A symbolic link is followed (the file it names is replaced, not the link); a device or
    pipe (`-o /dev/stdout`) is written to directly, since it cannot be replaced by a file.
    """
    target = Path(path)
    content = data.encode("utf-8") if isinstance(data, str) else data
    kind = _kind(target)
    if kind == "folder":
        raise OutputError(f"{target}: is a folder; give a file name")
    if kind == "special":
        return _write_directly(target, content)
    real = Path(os.path.realpath(target))
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{real.name[:200]}.", suffix=".part", dir=real.parent)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror}") from None
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp's 0600 would hide the file from colleagues
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        os.replace(temp, real)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(f"{target}: cannot write: {exc.strerror}") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def _kind(path: Path) -> str:
    """`missing`, `file`, `folder` or `special` (device, pipe, socket), following links."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return "missing"  # or unreachable: writing it will say why
    if stat.S_ISDIR(mode):
        return "folder"
    return "file" if stat.S_ISREG(mode) else "special"


def _write_directly(target: Path, content: bytes) -> Path:
    try:
        with open(target, "wb") as handle:
            handle.write(content)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror}") from None
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def emit(data: bytes | str, destination: str | Path | None, *, binary: bool) -> Path | None:
    """Send a rendered document to `destination`, or to stdout when it is None or `-`.

    A binary format is never written to a terminal.
    """
    if destination not in (None, "-"):
        return write_atomic(destination, data)
    if binary and sys.stdout.isatty():
        raise OutputError("refusing to write a binary document to the terminal; use -o FILE")
    if isinstance(data, bytes):
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        click.echo(data, nl=False, color=colour_wanted())
    return None
