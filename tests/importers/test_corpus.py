"""Every real text of the shared corpus (../shared/corpus, read in place, never copied) imports as a
user would: its points with their own numbers, headings and lists as groups, the header's title,
date and source, editorial markers as notes and a cut-off text as truncated."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from drafter.importers import Imported, import_bytes
from drafter.load import check_bytes
from tests.conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpus"
"""The real texts the brief keeps beside the repository; CI lays a copy there too."""

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus of real texts is not on this machine")

R = [str(n) for n in range(1, 13)]
EXPECTED: dict[str, tuple[str, list[str], bool]] = {
    "01": ("2014-09-05", R, False),
    "02": ("2014-09-05", R, False),
    "03a": ("2015-02-12", R[:4], True),
    "03b": ("2015-02-12", R[:4], True),
    "05": ("2014-09-03", R[:7], False),
    "06": ("2014-06-20", [*R, "13", "14", "15"], True),
    "07a": ("2025-11-20", R, True),
    "07b": ("2025-11-20", [*R[:6], "14"], True),
    "08a": ("2025-11-23", ["1", "2", *R[3:10]], True),
    "08b": ("2025-11-23", ["1", "2", *R[3:12]], True),
    "09": ("2025-11-23", R, True),
    "12": ("2025-10-21", R[:10], True),
    "13a": ("2025-09-29", R[:9], True),
    "13d": ("2025-10-08", R[:6], True),
    "15": ("2023-02-24", R, False),
    "16": ("2022-11-15", R[:10], False),
    "17": ("2025-06-01", ["I"], True),
}
"""Per text: the date (the first its header gives), the top-level numbers, and whether it is cut off."""
SUB_POINTS = {"03a": {"2": 2}, "03b": {"2": 2}, "07a": {"10": 1, "12": 2}, "08a": {"10": 3}, "08b": {"10": 3},
              "13d": {"5": 4}, "17": {"I": 7}}
"""Points whose sub-points (lists and bullets inside the point, or under a heading) the text has."""


def path_of(prefix: str) -> Path:
    return next(CORPUS.glob(f"{prefix}_*.txt"))


@cache
def imported(prefix: str) -> Imported:
    path = path_of(prefix)
    return import_bytes(path.read_bytes(), str(path))


def header(prefix: str, key: str) -> str:
    """The header line `KEY: value` of the text, read plainly."""
    text = path_of(prefix).read_text(encoding="utf-8")
    found = re.search(rf"^{re.escape(key)}: (.*)$", text.split("\n---\n")[0], re.MULTILINE)
    assert found is not None
    return found.group(1).strip()


def test_every_text_of_the_corpus_is_in_the_table() -> None:
    assert sorted(p.name.split("_")[0] for p in CORPUS.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_header_title_date_and_source(prefix: str) -> None:
    proposal = imported(prefix).proposal
    assert proposal.title == header(prefix, "TITLE").strip('"') or proposal.title == header(prefix, "TITLE")
    assert proposal.date == EXPECTED[prefix][0]
    first_url = re.search(r"https?://\S+", header(prefix, "SOURCE URL(S)"))
    assert first_url is not None and proposal.sources[0].url == first_url.group(0).rstrip(".,;:")
    assert proposal.notice == header(prefix, "STATUS")
    assert proposal.parties and header(prefix, "PARTY/AUTHOR").startswith(proposal.parties[0].name)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_points_keep_their_own_numbers_and_sub_points(prefix: str) -> None:
    proposal = imported(prefix).proposal
    assert [c.number for c in proposal.clauses] == EXPECTED[prefix][1]
    nested = {c.number: len(c.clauses) for c in proposal.clauses if c.clauses}
    assert nested == SUB_POINTS.get(prefix, {})


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_editorial_lines_are_notes_and_cut_off_texts_are_truncated(prefix: str) -> None:
    result = imported(prefix)
    proposal = result.proposal
    assert proposal.truncated is EXPECTED[prefix][2]
    assert not any(text.startswith(("[", "(Point", "TITLE", "---")) for c in proposal.walk() for text in c.text)
    assert not any(p.startswith(("TITLE", "DATE", "---")) for p in proposal.preamble)
    assert check_bytes(result.yaml.encode(), prefix) == []


def test_the_e3_deletion_note_is_a_note_on_point_2_and_the_numbering_jump_is_reported() -> None:
    result = imported("08a")
    second = result.proposal.clauses[1]
    assert second.notes[0].startswith("(Point 3 of U.S. plan is deleted.")
    assert any("numbering goes from 2 to 4" in str(n) for n in result.notices)


def test_a_heading_over_bullets_groups_them_and_headed_items_keep_their_titles() -> None:
    roadmap = imported("17").proposal.clauses[0]
    assert roadmap.title == "Key principles of the Agreement and the negotiation process"
    assert [c.number for c in roadmap.clauses] == [f"I({letter})" for letter in "abcdefg"]
    assert [c.title for c in imported("13d").proposal.clauses][:2] == ["End of the war", "Immediate ceasefire"]
