"""Set up the inputs of one size (untimed): three versions, Markdown, .docx and a git history.

Files are made once and reused while the generator's output is unchanged (same bytes).
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from bench import generate, history
from bench.cases import DRAFTER, ROOT, Inputs
from bench.timing import clean_env

HISTORY_COMMITS = 500


def prepare(size: int, root: Path, seed: int = 7, log: Callable[[str], None] = print,
            with_history: bool = True) -> tuple[Inputs, dict]:
    """The inputs for `size` clauses under `root`/n`size`, made if missing or stale."""
    compile_bytecode()
    inputs = Inputs(root / f"n{size}")
    inputs.out.mkdir(parents=True, exist_ok=True)
    texts = generate.generate(size, seed)
    stale = [name for name, text in texts.items()
             if not (inputs.folder / name).exists() or (inputs.folder / name).read_text() != text]
    if stale:
        log(f"{size:>6} clauses  generating inputs")
        for name in stale:
            (inputs.folder / name).write_text(texts[name], encoding="utf-8")
    if {"v1.yaml", "v2.yaml"} & set(stale):  # only v3 new: the Markdown, .docx and history still hold
        for made in (inputs.md1, inputs.docx1, inputs.history):
            shutil.rmtree(made, ignore_errors=True) if made.is_dir() else made.unlink(missing_ok=True)
    _five(root, seed)
    notes = {"markdown": _markdown(inputs), "yaml_bytes": str(inputs.v1.stat().st_size)}
    if not inputs.docx1.exists() or not inputs.docx2.exists():
        for md, docx in ((inputs.md1, inputs.docx1), (inputs.md2, inputs.docx2)):
            subprocess.run(["pandoc", str(md), "-o", str(docx)], check=True)
    if with_history and not (inputs.history / history.FILE).exists():
        log(f"{size:>6} clauses  building a {HISTORY_COMMITS}-commit history")
        shutil.rmtree(inputs.history, ignore_errors=True)
        history.build(inputs.v1, inputs.history, HISTORY_COMMITS, seed)
    return inputs, notes


def _five(root: Path, seed: int) -> None:
    """Five successive 200-clause texts for `drafter compare` of several texts (rewritten if stale)."""
    folder = root / "five200"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in generate.versions(200, seed, 5).items():
        path = folder / name
        if not path.exists() or path.read_text() != text:
            path.write_text(text, encoding="utf-8")


def compile_bytecode() -> None:
    """Byte-compile drafter's modules, as `pip install` leaves them.

    An editable install writes bytecode on first use, unless PYTHONDONTWRITEBYTECODE is set
    (as on the machines here): then every timed run would compile drafter's modules from
    source again (about 0.05 s), which no installed drafter does.
    """
    import compileall

    compileall.compile_dir(str(ROOT / "drafter"), quiet=1)


def _markdown(inputs: Inputs) -> str:
    """Markdown of both versions for the peers, from drafter's own `render --to md`."""
    for yaml_file, md in ((inputs.v1, inputs.md1), (inputs.v2, inputs.md2)):
        subprocess.run([DRAFTER, "render", str(yaml_file), "--to", "md", "-o", str(md)], check=True,
                       capture_output=True)
    return "drafter render --to md"


@functools.cache
def _help(command: str) -> str | None:
    """`drafter COMMAND --help`, or None when drafter has no such command yet."""
    done = subprocess.run([DRAFTER, command, "--help"], capture_output=True, text=True, env=clean_env())
    return done.stdout if done.returncode == 0 else None


def available(needs: tuple[str, ...]) -> bool:
    """True when drafter has the command `needs[0]` and its help mentions the other words."""
    text = _help(needs[0])
    return text is not None and all(word in text for word in needs[1:])
