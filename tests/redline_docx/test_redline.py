"""The Word redline of the fixture pair: each change kind as tracked changes, read back in Python."""

from __future__ import annotations

import io
import itertools
import zipfile
from collections import Counter

import pytest
from lxml import etree

from drafter.diff import diff_proposals
from drafter.model import Proposal
from drafter.render.docx.tracked import Mark, end_without_insertion
from drafter.render.redline import RedlineOptions, render_redline
from tests.redline_docx.conftest import CLOCK, STAMP, plain_docx, redline_docx
from tests.redline_docx.review import W, document_xml, paragraphs, revisions


def _run_text(run: etree._Element) -> str:
    return "".join(c.text or "" if c.tag in (W + "t", W + "delText") else "\t" if c.tag == W + "tab" else ""
                   for c in run)


def _marked(data: bytes) -> list[tuple[str, str]]:
    """Each paragraph as text with [-deleted-] and {+inserted+} marks; a tracked mark as ¶- / ¶+."""
    out = []
    for para in document_xml(data).find(W + "body").iter(W + "p"):
        text = ""
        for child in para:
            value = "".join(_run_text(run) for run in child.iter(W + "r"))
            text += f"[-{value}-]" if child.tag == W + "del" else f"{{+{value}+}}" if child.tag == W + "ins" else value
        mark = para.find(f"{W}pPr/{W}rPr")
        if mark is not None and mark.find(W + "ins") is not None:
            text += "¶+"
        elif mark is not None and mark.find(W + "del") is not None:
            text += "¶-"
        style = para.find(f"{W}pPr/{W}pStyle")
        out.append((style.get(W + "val") if style is not None else "", text))
    return out


@pytest.fixture(scope="module")
def marked(fixture_redline: bytes) -> list[str]:
    return [text for _, text in _marked(fixture_redline)]


def test_accepting_gives_the_new_version_and_rejecting_the_old(
        fixture_pair: tuple[Proposal, Proposal], fixture_redline: bytes) -> None:
    old, new = fixture_pair
    assert paragraphs(fixture_redline, "accept") == paragraphs(plain_docx(new))
    assert paragraphs(fixture_redline, "reject") == paragraphs(plain_docx(old))


def test_reworded_clause_has_word_level_spans(marked: list[str]) -> None:
    assert ("The Parties [-should-]{+shall+} cease all hostilities within [-48-]{+72+} hours of signature."
            in marked)
    assert "Each Party shall withdraw heavy weapons [-15-]{+30+} kilometres from the line of contact." in marked


def test_moved_clause_is_deleted_at_its_old_place_and_inserted_at_its_new(marked: list[str]) -> None:
    deleted = marked.index("[-5.\tPeace board-]¶-")
    inserted = marked.index("{+2.\tPeace board+}¶+")
    assert inserted < marked.index("3.\tPrisoners".replace("3.", "[-3.-]{+4.+}")) < deleted
    board = "A peace board chaired by a neutral state shall oversee the implementation of this agreement."
    assert marked[deleted + 1] == f"[-{board}-]¶-" and marked[inserted + 1] == f"{{+{board}+}}¶+"


def test_sub_clause_moved_under_another_point(marked: list[str]) -> None:
    forces = "Forces shall stay on the lines they hold when the ceasefire takes effect."
    assert f"[-(b)\t{forces}-]¶-" in marked and f"{{+(a)\t{forces}+}}¶+" in marked


def test_added_clause_is_whole_inserted_paragraphs(marked: list[str]) -> None:
    at = marked.index("{+3.\tAmnesty+}¶+")
    assert marked[at + 1] == "{+An amnesty shall cover persons who laid down their arms before the ceasefire.+}¶+"


def test_removed_clause_is_whole_deleted_paragraphs_where_it_stood(marked: list[str]) -> None:
    at = marked.index("[-2.\tEnergy infrastructure-]¶-")
    assert marked[at + 1].startswith("[-The Parties shall refrain") and marked[at + 1].endswith("-]¶-")
    assert marked.index("(a)\tThe ceasefire covers land, air and sea, monitored under [-point\u00a04-]{+point\u00a05+}.") < at


def test_renumbered_only_clause_changes_just_its_label(marked: list[str]) -> None:
    at = marked.index("[-3.-]{+4.+}\tPrisoners")
    assert marked[at + 1] == "Prisoners of war shall be exchanged on an all-for-all basis within 30 days."


def test_title_status_and_cross_references_are_tracked(marked: list[str]) -> None:
    assert "[-4.-]{+5.+}\t[-Monitoring-]{+Monitoring and verification+}" in marked
    assert "It shall report weekly to the board under [-point\u00a05-]{+point\u00a02+}." in marked
    # the heading ends in its deletion: see test_no_kept_paragraph_ends_in_an_insertion...
    assert "[-6.-]{+7.+}\t{+Elections — bracketed+}[-Elections-]" in marked
    assert "{+[+}Local elections shall be held once the ceasefire has held for six months.{+]+}" in marked
    # withdrawn: the text goes, as drafter render leaves a withdrawn clause's text out
    assert "[-The Parties shall continue an inclusive national dialogue.-]¶-" in marked


def test_alternatives_preamble_and_title_block(marked: list[str]) -> None:
    assert "[-Alt 1 (Russian Federation): [Elections shall be held within three months.]-]¶-" in marked
    assert "{+Alt 1 (Russian Federation): [Elections shall be held within ninety days.]+}¶+" in marked
    assert "[-Determined to end the fighting, agree as follows.-]¶-" in marked
    assert "[-Version 1 · 2025-10-21 · DRAFT-]¶-" in marked and "{+Version 2 · 2025-10-22 · DRAFT+}¶+" in marked
    assert "{+Illustrative text for tests.+}¶+" in marked


def test_every_revision_has_a_unique_id_the_author_and_the_date(fixture_pair: tuple[Proposal, Proposal]) -> None:
    data = redline_docx(*fixture_pair, author="Drafting team")
    found = revisions(data) + list(document_xml(data).iter(W + "pPrChange"))
    assert len(found) > 40
    assert {(e.get(W + "author"), e.get(W + "date")) for e in found} == {("Drafting team", STAMP)}
    ids = Counter(e.get(W + "id") for e in document_xml(data).iter() if e.get(W + "id") is not None)
    assert ids and max(ids.values()) == 1


def test_deleted_text_is_only_in_deltext(fixture_redline: bytes) -> None:
    body = document_xml(fixture_redline)
    assert not [t for t in body.iter(W + "t") if t.getparent().getparent().tag == W + "del"]
    assert not [t for t in body.iter(W + "delText") if t.getparent().getparent().tag != W + "del"]


def test_the_date_defaults_to_now(fixture_pair: tuple[Proposal, Proposal]) -> None:
    data = render_redline(diff_proposals(*fixture_pair), "docx", RedlineOptions())
    dates = {e.get(W + "date") for e in revisions(data)}
    assert len(dates) == 1 and dates != {STAMP} and dates.pop().endswith("Z")


def test_core_properties_name_the_author_and_versions(fixture_redline: bytes) -> None:
    core = etree.fromstring(zipfile.ZipFile(io.BytesIO(fixture_redline)).read("docProps/core.xml"))
    text = {etree.QName(e).localname: e.text for e in core}
    assert text["creator"] == "drafter" and text["title"] == "Redline fixture plan"
    assert "version 1 to 2" in text["subject"]
    assert text["created"].startswith(CLOCK.strftime("%Y-%m-%dT%H:%M"))


def test_same_documents_have_no_revisions(fixture_pair: tuple[Proposal, Proposal]) -> None:
    old, _ = fixture_pair
    data = redline_docx(old, old)
    assert revisions(data) == []
    assert paragraphs(data) == paragraphs(plain_docx(old))


def test_only_changed_clauses_still_render(fixture_pair: tuple[Proposal, Proposal]) -> None:
    shown = diff_proposals(*fixture_pair).select(0)
    data = render_redline(shown, "docx", RedlineOptions(date=CLOCK))
    texts = [t for _, t in paragraphs(data, "accept")]
    assert "The ceasefire covers land, air and sea, monitored under point 5." not in texts
    assert any(t.startswith("5.\tMonitoring and verification") for t in texts)


def test_a_depth_change_restores_the_old_style_on_reject() -> None:
    from tests.redline_docx.conftest import from_yaml

    head = 'drafter: 1\nid: d\ntitle: D\nversion: "1"\ndate: 2025-01-01\nstatus: draft\nclauses:\n'
    old = from_yaml(head + "  - id: a\n    text: Alpha beta gamma delta.\n"
                    "  - id: b\n    text: Epsilon zeta eta theta.\n"
                    "    clauses:\n      - id: c\n        text: Iota kappa lambda mu.\n", "old")
    new = from_yaml(head + "  - id: a\n    text: Alpha beta gamma delta.\n"
                    "    clauses:\n      - id: b\n        text: Epsilon zeta eta theta.\n"
                    "        clauses:\n          - id: c\n            text: Iota kappa lambda mu.\n", "new")
    data = redline_docx(old, new)
    assert paragraphs(data, "reject") == paragraphs(plain_docx(old))
    assert paragraphs(data, "accept") == paragraphs(plain_docx(new))
    assert any(p.find(f"{W}pPr/{W}pPrChange") is not None for p in document_xml(data).iter(W + "p"))


@pytest.mark.parametrize("pieces, expected", [
    ([("equal", "keep the ", None), ("insert", "new", None)],
     [("equal", "keep ", None), ("insert", "the ", None), ("insert", "new", None), ("delete", "the ", None)]),
    ([("equal", "keep ", None), ("delete", "old", "S"), ("insert", "new", None)],
     [("equal", "keep ", None), ("insert", "new", None), ("delete", "old", "S")]),
    ([("equal", "\t", None), ("insert", "Title", "T")],
     [("insert", "\t", None), ("insert", "Title", "T"), ("delete", "\t", None)]),
    ([("insert", "all new", None)], [("insert", "all new", None)]),
    ([("equal", "kept", None)], [("equal", "kept", None)]),
])
def test_a_paragraph_can_end_in_a_deletion_instead(pieces: list, expected: list) -> None:
    out = end_without_insertion([Mark(*p) for p in pieces])
    assert out == expected
    assert (_side(out, "delete"), _side(out, "insert")) == (_side(pieces, "delete"), _side(pieces, "insert"))


def _side(pieces: list, skip: str) -> str:
    return "".join(text for op, text, _ in pieces if op != skip)


def test_no_kept_paragraph_ends_in_an_insertion_before_one_that_starts_with_one(fixture_redline: bytes) -> None:
    rows = _marked(fixture_redline)
    for (_, this), (_, following) in itertools.pairwise(rows):
        if following.startswith("{+") and not this.endswith("¶+") and not this.endswith("¶-"):
            assert not this.endswith("+}"), this


def test_track_changes_is_on_for_the_reviewer(fixture_redline: bytes) -> None:
    settings = etree.fromstring(zipfile.ZipFile(io.BytesIO(fixture_redline)).read("word/settings.xml"))
    names = [etree.QName(child).localname for child in settings]
    assert names.count("trackRevisions") == 1
    assert names.index("proofState") < names.index("trackRevisions") < names.index("defaultTabStop")
