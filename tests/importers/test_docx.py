"""Word documents built here with python-docx and a little XML: automatic numbering, typed
numbers, headings, bold lead-ins, tracked changes; and hostile or broken packages."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from drafter.errors import InputError
from drafter.importers import import_bytes


def save(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def tracked(paragraph, tag: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Append a tracked insertion (`ins`) or deletion (`del`) to `paragraph`."""
    change = etree.SubElement(paragraph._p, qn(f"w:{tag}"), {qn("w:id"): "9", qn("w:author"): "Test"})
    run = etree.SubElement(change, qn("w:r"))
    etree.SubElement(run, qn("w:delText" if tag == "del" else "w:t")).text = text


def lake_draft() -> bytes:
    d = docx.Document()
    d.add_heading("Lake sharing draft", 0)
    d.add_paragraph("The shore councils agree as follows:")
    point = d.add_paragraph(style="List Number")
    point.add_run("Water sharing.").bold = True
    point.add_run(" Each council draws at most half the inflow.")
    d.add_paragraph("Fishing boats may use the northern bay.", style="List Number 2")
    tracked(d.add_paragraph("Patrol boats stay out of the bay", style="List Number 2"), "ins", " by night.")
    commission = d.add_paragraph("A joint commission meets monthly.", style="List Number")
    tracked(commission, "del", " It may also meet weekly.")
    tracked(commission, "ins", " It reports to both councils.")
    return save(d)


def test_automatic_numbering_nests_by_list_and_level_with_bold_titles() -> None:
    proposal = import_bytes(lake_draft(), "lake.docx").proposal
    assert proposal.title == "Lake sharing draft"
    assert proposal.preamble == ("The shore councils agree as follows:",)
    assert [(c.number, c.title, c.text) for c in proposal.walk()] == [
        ("1", "Water sharing", ("Each council draws at most half the inflow.",)),
        ("1(a)", None, ("Fishing boats may use the northern bay.",)),
        ("1(b)", None, ("Patrol boats stay out of the bay by night.",)),
        ("2", None, ("A joint commission meets monthly. It reports to both councils.",)),
    ]


def test_ilvl_levels_of_one_list_nest() -> None:
    d = docx.Document()
    numbered = d.styles["List Number"].element.pPr.numPr.numId.val
    for text, level in (("Ferry.", 0), ("By day.", 1), ("By night.", 1), ("Tolls.", 0)):
        num_pr = d.add_paragraph(text)._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = numbered
    proposal = import_bytes(save(d), "levels.docx").proposal
    assert [(c.number, c.text[0]) for c in proposal.walk()] == [
        ("1", "Ferry."), ("1(a)", "By day."), ("1(b)", "By night."), ("2", "Tolls.")]


def test_typed_numbers_headings_and_a_deleted_paragraph_mark() -> None:
    d = docx.Document()
    d.add_heading("Article 1 — Boundary", 2)
    first = d.add_paragraph("The boundary follows the wall")
    mark = first._p.get_or_add_pPr()
    rpr = etree.SubElement(mark, qn("w:rPr"))
    etree.SubElement(rpr, qn("w:del"), {qn("w:id"): "3", qn("w:author"): "Test"})
    d.add_paragraph(" and the stream.")
    d.add_heading("Article 2 — Harvest", 2)
    d.add_paragraph("(a) Each side picks its own trees.")
    d.add_paragraph("(b) Fallen fruit is shared.")
    d.add_table(rows=1, cols=1).cell(0, 0).text = "not imported"
    imported = import_bytes(save(d), "typed.docx")
    assert [(c.number, c.title, c.text) for c in imported.proposal.walk()] == [
        ("1", "Boundary", ("The boundary follows the wall and the stream.",)),
        ("2", "Harvest", ()), ("2(a)", None, ("Each side picks its own trees.",)),
        ("2(b)", None, ("Fallen fruit is shared.",))]
    assert [str(n) for n in imported.notices] == [
        "no title in the source: took 'typed' from the file name (check it)",
        "no date in the source: written as 'date: undated' (fill it in, or import with --date; validate warns until then)",
        "paragraph 7: table skipped"]


def zip_with(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def replace_part(data: bytes, name: str, content: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {n: source.read(n) for n in source.namelist()}
    parts[name] = content
    return zip_with(parts)


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>1. &secret;</w:t></w:r></w:p></w:body></w:document>"""
LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"""


@pytest.mark.parametrize(("make", "message"), [
    (lambda: b"1. just text, named .docx\n", "bad.docx: not a Word document (not a zip archive)"),
    (lambda: lake_draft()[:2000], "bad.docx: not a Word document (a damaged or truncated zip archive)"),
    (lambda: zip_with({"xl/workbook.xml": b"<workbook/>"}),
     "bad.docx: a zip archive but not a Word document (no word/document.xml with w:document)"),
    (lambda: replace_part(lake_draft(), "word/document.xml", XXE),
     "bad.docx: word/document.xml declares a DTD or entities; refused (Word never writes them; "
     "this is how XML entity attacks work)"),
    (lambda: replace_part(lake_draft(), "word/document.xml", LAUGHS),
     "bad.docx: word/document.xml declares a DTD or entities; refused (Word never writes them; "
     "this is how XML entity attacks work)"),
    (lambda: replace_part(lake_draft(), "word/document.xml", b"<w:document"),
     "bad.docx: word/document.xml is not well-formed XML"),
    (lambda: replace_part(lake_draft(), "word/media/blank.xml", b"\0" * (20 * 2**20)),
     "bad.docx: word/media/blank.xml is compressed"),
])
def test_broken_or_hostile_docx_is_one_clear_error(make, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as caught:
        import_bytes(make(), "bad.docx")
    assert caught.value.message.startswith(message)
    assert "\n" not in caught.value.message


def claim_size(data: bytes, name: str, size: int) -> bytes:
    """`data` with the zip directory claiming `size` unpacked bytes for entry `name`."""
    patched, at = bytearray(data), -1
    while (at := data.find(b"PK\x01\x02", at + 1)) != -1:
        length = int.from_bytes(data[at + 28:at + 30], "little")
        if data[at + 46:at + 46 + length] == name.encode():
            patched[at + 24:at + 28] = size.to_bytes(4, "little")
            return bytes(patched)
    raise AssertionError(f"{name} not in the archive")


def test_archive_declaring_a_huge_size_is_refused_before_unpacking() -> None:
    data = claim_size(lake_draft(), "word/document.xml", 300 * 2**20)
    with pytest.raises(InputError, match=r"^bad\.docx: unpacks to 30\d MB; refused \(possible zip bomb\)$"):
        import_bytes(data, "bad.docx")


def test_entry_longer_than_its_directory_claims_is_cut_off_not_read_whole() -> None:
    data = replace_part(lake_draft(), "word/document.xml", b"<x/>" + b" " * 100_000)
    with pytest.raises(InputError, match=r"^bad\.docx: damaged \.docx: cannot unpack word/document\.xml"):
        import_bytes(claim_size(data, "word/document.xml", 4), "bad.docx")
