"""Every change kind has its pieces; split, merged and party comparisons keep the invariant."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import pytest

from drafter.diff import compare_proposals, diff_proposals
from drafter.diff.plan import Planner, pieces_text
from drafter.diff.redline import CHANGE_KINDS
from drafter.load import load_path
from drafter.model import Proposal
from drafter.render.redline import RedlineOptions, render_redline
from tests.conftest import PROPOSALS, ROOT
from tests.redline_docx.conftest import CLOCK, from_yaml, plain_docx
from tests.redline_docx.review import paragraphs

HEAD = 'drafter: 1\nid: s\ntitle: S\nversion: "1"\ndate: 2025-01-01\nstatus: draft\nclauses:\n'


def _check(old: Proposal, new: Proposal, redline: object = None) -> None:
    redline = redline or diff_proposals(old, new)
    data = render_redline(redline, "docx", RedlineOptions(date=CLOCK))  # type: ignore[arg-type]
    assert isinstance(data, bytes)
    assert paragraphs(data, "accept") == paragraphs(plain_docx(new))
    assert paragraphs(data, "reject") == paragraphs(plain_docx(old))


def test_the_planner_has_a_method_per_kind_and_an_unknown_kind_raises() -> None:
    assert all(callable(getattr(Planner, kind, None)) for kind in CHANGE_KINDS)
    old = load_path(ROOT / "tests/redline_docx/fixtures/old.yaml")
    new = load_path(ROOT / "tests/redline_docx/fixtures/new.yaml")
    redline = diff_proposals(old, new)
    with pytest.raises(NotImplementedError, match="teleported"):
        Planner(redline).render_change(replace(redline.changes[0], kind="teleported"))  # type: ignore[arg-type]


def test_split_and_merged_clauses() -> None:
    old = load_path(ROOT / "tests/diff/fixtures/old.yaml")
    new = load_path(ROOT / "tests/diff/fixtures/new.yaml")
    redline = diff_proposals(old, new)
    assert {"split", "merged"} <= set(redline.counts())
    _check(old, new, redline)


def test_a_clause_split_in_two_under_new_ids() -> None:
    old = from_yaml(HEAD + "  - id: keep\n    text: Nothing changes in this first point at all.\n"
                    "  - id: whole\n    text: Prisoners shall be exchanged all for all within thirty days, and "
                    "observers from the Red Cross shall visit every detention place before the exchange.\n", "old")
    new = from_yaml(HEAD + "  - id: keep\n    text: Nothing changes in this first point at all.\n"
                    "  - id: part-one\n    text: Prisoners shall be exchanged all for all within thirty days.\n"
                    "  - id: part-two\n    text: Observers from the Red Cross shall visit every detention place "
                    "before the exchange.\n", "new")
    redline = diff_proposals(old, new)
    assert redline.counts()["split"] == 1  # the other piece is paired with `whole`, renamed and reworded
    _check(old, new, redline)
    # were both pieces split off, the whole is deleted once, where it stood
    both = replace(redline, changes=tuple(replace(c, kind="split") if c.kind in ("reworded", "renamed") else c
                                          for c in redline.changes))
    assert pieces_text(both.plan().pieces) == ["=keep", "-whole", "+part-one", "+part-two"]
    _check(old, new, both)


def test_a_party_comparison() -> None:
    a = load_path(PROPOSALS / "us-battle-line-position.yaml")
    b = load_path(PROPOSALS / "russia-alaska-position.yaml")
    _check(a, b, compare_proposals(a, b))


def test_renumbering_ignored_still_rejects_to_the_old_numbers() -> None:
    old = load_path(ROOT / "tests/redline_docx/fixtures/old.yaml")
    new = load_path(ROOT / "tests/redline_docx/fixtures/new.yaml")
    _check(old, new, diff_proposals(old, new).without_renumbering())


def test_two_clauses_merged_under_a_new_id() -> None:
    old = from_yaml(HEAD + "  - id: part-one\n    text: Prisoners shall be exchanged all for all within thirty days.\n"
                    "  - id: part-two\n    text: Observers from the Red Cross shall visit every detention place "
                    "before the exchange.\n", "old")
    new = from_yaml(HEAD + "  - id: whole\n    text: Prisoners shall be exchanged all for all within thirty days, "
                    "and observers from the Red Cross shall visit every detention place before the exchange.\n", "new")
    redline = diff_proposals(old, new)
    _check(old, new, redline)
    both = replace(redline, changes=tuple(replace(c, kind="merged") if c.kind in ("reworded", "renamed") else c
                                          for c in redline.changes))
    assert sorted(c.kind for c in both.changes) == ["merged", "merged"]
    assert pieces_text(both.plan().pieces) == ["-part-one", "-part-two", "+whole"]
    _check(old, new, both)


def test_a_renamed_clause_and_new_positions_are_comments_and_references_stay_kept() -> None:
    old = from_yaml(HEAD.replace("clauses:\n", "parties:\n  - {id: UA, name: Ukraine}\nclauses:\n")
                    + "  - id: withdrawal\n    text: Forces withdraw to the agreed line in stages.\n"
                    "  - id: monitoring\n    text: A mission monitors the withdrawal under [[withdrawal]].\n", "old")
    new = from_yaml(HEAD.replace("clauses:\n", "parties:\n  - {id: UA, name: Ukraine}\nclauses:\n")
                    + "  - id: israeli-withdrawal\n    text: Forces withdraw to the agreed line in stages.\n"
                    "    positions: {UA: supports}\n"
                    "  - id: monitoring\n    text: A mission monitors the withdrawal under [[israeli-withdrawal]].\n",
                    "new")
    redline = diff_proposals(old, new)
    assert [c.kind for c in redline.changes] == ["renamed", "unchanged"]
    _check(old, new, redline)
    data = render_redline(redline, "docx", RedlineOptions(date=CLOCK))
    with zipfile.ZipFile(io.BytesIO(data)) as package:  # type: ignore[arg-type]
        comments = package.read("word/comments.xml").decode()
        body = package.read("word/document.xml").decode()
    assert "id changed: withdrawal → israeli-withdrawal" in comments
    assert "positions changed: — → UA: supports" in comments
    assert "<w:ins " not in body and "<w:del " not in body  # nothing printed changed: no phantom reference change
