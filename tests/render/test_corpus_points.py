"""Real numbered texts, imported and rendered: each point's number and its text on one line.

The shared corpus lies beside the clone (`../shared/corpus`, where CI puts it; override with
DRAFTER_CORPUS). Each text is imported, rendered to Markdown, HTML and Word, and read back by
pandoc (all three) and LibreOffice (Word): every untitled point with text must start a line
with its number followed by its first words. The project's own fixture of that shape is
checked the same way in test_points.py, so this runs only where the corpus is.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from drafter.importers import import_bytes
from drafter.model import Proposal
from drafter.render import RenderOptions, render
from tests.conftest import ROOT
from tests.render.test_points import _libreoffice, _pandoc

CORPUS = Path(os.environ.get("DRAFTER_CORPUS", ROOT.parent / "shared" / "corpus"))
TEXTS = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


def _expected(proposal: Proposal) -> list[str]:
    """`label first-words` of every untitled top-level point with text."""
    found = []
    for clause in proposal.clauses:
        if clause.label and not clause.title and clause.text:
            words = " ".join(proposal.resolve(clause.text[0]).split()[:4]).lstrip("[")
            found.append(_normal(f"{clause.label} {words}"))
    return found


def _normal(line: str) -> str:
    """A line with Markdown escapes gone and pandoc's smart quotes straight again."""
    line = line.replace("\\", "").lstrip("[")
    return line.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"}))


@pytest.mark.clients
@pytest.mark.skipif(not TEXTS, reason="the shared corpus of real texts is not on this machine")
@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.name[:3])
def test_each_point_and_its_text_share_a_line(text: Path, tmp_path: Path) -> None:
    proposal = import_bytes(text.read_bytes(), str(text)).proposal
    wanted = _expected(proposal)
    if not wanted:
        pytest.skip("no untitled numbered points in this text")
    for to, reader in (("md", "markdown"), ("html", "html"), ("docx", "docx")):
        data = render(proposal, to, RenderOptions())
        path = tmp_path / f"t.{to}"
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
        readings = {"pandoc": _pandoc(path, reader)}
        if to == "docx":
            readings["libreoffice"] = _libreoffice(path)
        for client, lines in readings.items():
            starts = [re.sub(r"\s+", " ", _normal(line)) for line in lines]
            missing = [w for w in wanted if not any(line.startswith(w) for line in starts)]
            assert missing == [], f"{to} through {client}: {missing[:3]}"
