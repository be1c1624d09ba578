"""revisions.py: the XML of tracked changes, one piece at a time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from docx.oxml.parser import parse_xml
from lxml import etree

from drafter.render.docx.ids import Ids
from drafter.render.docx.revisions import Tracker, copy_deleted, iso_date, track_title_block
from tests.redline_docx.conftest import CLOCK, STAMP

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"


def _parse(xml: str) -> etree._Element:
    return parse_xml(f'<w:body xmlns:w="{W_NS}">{xml}</w:body>')


def test_dates_are_utc_whole_seconds() -> None:
    assert iso_date(CLOCK) == STAMP
    assert iso_date(datetime(2025, 10, 22, 3, 0, 0, 999, tzinfo=timezone(timedelta(hours=3)))) == STAMP
    assert iso_date(datetime(2025, 10, 22)) == STAMP  # naive times are taken as UTC


def test_kept_text_is_a_plain_run() -> None:
    tracker = Tracker(Ids(), "drafter", CLOCK)
    assert tracker.piece("equal", " kept ", None) == '<w:r><w:t xml:space="preserve"> kept </w:t></w:r>'
    assert tracker.piece("insert", "", None) == ""
    assert tracker.ids.used == 0


def test_insertions_and_deletions_carry_id_author_and_date() -> None:
    tracker = Tracker(Ids(5), 'A & "B"', CLOCK)
    body = _parse(tracker.paragraph("Body", tracker.piece("insert", "new", "Strong")
                                     + tracker.piece("delete", " old <text>", None)))
    ins, dele = body.find(f"{W}p/{W}ins"), body.find(f"{W}p/{W}del")
    assert [ins.get(W + "id"), dele.get(W + "id")] == ["5", "6"]
    assert {ins.get(W + "author"), dele.get(W + "author")} == {'A & "B"'}
    assert {ins.get(W + "date"), dele.get(W + "date")} == {STAMP}
    assert ins.find(f"{W}r/{W}rPr/{W}rStyle").get(W + "val") == "Strong"
    assert ins.find(f"{W}r/{W}t").text == "new"
    assert dele.find(f"{W}r/{W}t") is None
    deleted = dele.find(f"{W}r/{W}delText")
    assert deleted.text == " old <text>"
    assert deleted.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"


def test_a_tab_inside_a_deletion_stays_a_tab() -> None:
    run = _parse(Tracker(Ids(), "d", CLOCK).piece("delete", "7.\tTitle", None)).find(f"{W}del/{W}r")
    assert [etree.QName(c).localname for c in run] == ["delText", "tab", "delText"]


def test_a_whole_paragraph_marks_its_paragraph_mark() -> None:
    tracker = Tracker(Ids(), "d", CLOCK)
    para = _parse(tracker.whole("delete", "Body", [("gone", None)])).find(f"{W}p")
    mark = para.find(f"{W}pPr/{W}rPr/{W}del")
    assert mark is not None and mark.get(W + "author") == "d" and mark.get(W + "date") == STAMP
    assert para.find(f"{W}del/{W}r/{W}delText").text == "gone"
    kept = _parse(tracker.whole("equal", "Body", [("here", None)])).find(f"{W}p")
    assert kept.find(f"{W}pPr/{W}rPr") is None and kept.find(f"{W}ins") is None


def test_an_old_paragraph_style_is_a_tracked_formatting_change() -> None:
    tracker = Tracker(Ids(), "d", CLOCK)
    para = _parse(tracker.paragraph("Clause2", "", "equal", was="Clause1")).find(f"{W}p")
    change = para.find(f"{W}pPr/{W}pPrChange")
    assert change.find(f"{W}pPr/{W}pStyle").get(W + "val") == "Clause1"
    assert change.get(W + "date") == STAMP
    assert para.find(f"{W}pPr/{W}pStyle").get(W + "val") == "Clause2"
    assert "pPrChange" not in tracker.paragraph("Clause2", "", "equal", was="Clause2")


def test_ids_never_repeat() -> None:
    tracker = Tracker(Ids(), "d", CLOCK)
    xml = "".join(tracker.whole(op, "S", [("x", None)]) for op in ("insert", "delete") * 50)
    ids = [e.get(W + "id") for e in _parse(xml).iter(W + "ins", W + "del")]
    assert len(ids) == 200 and len(set(ids)) == 200


def test_title_block_lines_that_differ_are_deleted_and_inserted() -> None:
    tracker = Tracker(Ids(), "d", CLOCK)
    line = '<w:p><w:pPr><w:pStyle w:val="{0}"/></w:pPr><w:r><w:t>{1}</w:t></w:r></w:p>'
    old = _parse(line.format("Title", "Plan") + line.format("Sub", "Version 1") + line.format("Notice", "")
                 + line.format("Foot", "Gone"))
    new = _parse(line.format("Title", "Plan") + line.format("Sub", "Version 2") + line.format("Notice", "Note")
                 + line.format("Foot", ""))
    shown = [True, True, False, True], [True, True, True, False]
    track_title_block(list(zip(old, shown[0])), list(zip(new, shown[1])), tracker)
    rows = [(p.find(f"{W}pPr/{W}pStyle").get(W + "val"),
             "ins" if p.find(f"{W}pPr/{W}rPr/{W}ins") is not None else
             "del" if p.find(f"{W}pPr/{W}rPr/{W}del") is not None else "=",
             "".join(t.text for t in p.iter(W + "t", W + "delText"))) for p in new]
    assert rows == [("Title", "=", "Plan"), ("Sub", "del", "Version 1"), ("Sub", "ins", "Version 2"),
                    ("Notice", "ins", "Note"), ("Foot", "del", "Gone")]
    assert new[1].find(f"{W}del/{W}r/{W}delText") is not None


def test_a_copied_deleted_line_leaves_the_original_alone() -> None:
    tracker = Tracker(Ids(), "d", CLOCK)
    original = _parse('<w:p><w:r><w:t>x</w:t></w:r></w:p>').find(f"{W}p")
    copy = copy_deleted(tracker, original)
    assert original.find(f"{W}r/{W}t") is not None and original.find(f"{W}pPr") is None
    assert copy.find(f"{W}pPr/{W}rPr/{W}del") is not None


def test_track_changes_goes_where_the_schema_puts_it() -> None:
    from drafter.render.docx.revisions import track_later_edits

    settings = parse_xml(f'<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
                         "</w:settings>")
    track_later_edits(settings)
    track_later_edits(settings)
    assert [etree.QName(c).localname for c in settings] == ["zoom", "trackRevisions", "defaultTabStop"]
    empty = parse_xml(f'<w:settings xmlns:w="{W_NS}"><w:compat/></w:settings>')
    track_later_edits(empty)
    assert [etree.QName(c).localname for c in empty] == ["trackRevisions", "compat"]
