"""Accept or reject every tracked change of a .docx in Python, as Word does, for tests.

Kept and inserted runs survive acceptance, kept and deleted ones rejection; a paragraph
whose mark is removed joins the next one, which keeps that next paragraph's style (the
mark holds the paragraph's properties). A paragraph numbered by a Word list (the plain render's
clauses) reads with its number first, as Word prints it, so the redline's literal labels compare
with the plain render's list numbers. No client needed, so properties run on many pairs.
"""

from __future__ import annotations

import io
import zipfile
from typing import Literal

from lxml import etree

from tests.word_numbers import ListNumbers

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
Mode = Literal["accept", "reject", "plain"]


def document_xml(data: bytes) -> etree._Element:
    """The parsed word/document.xml of a .docx."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read("word/document.xml"))


def _survives(element: etree._Element, mode: Mode) -> bool:
    """Whether a run (or a paragraph mark's revision) stays under `mode`."""
    if mode == "plain":
        return True
    tag = element.tag
    return not ((tag == W + "ins" and mode == "reject") or (tag == W + "del" and mode == "accept"))


def _run_text(run: etree._Element) -> str:
    out = []
    for child in run:
        if child.tag in (W + "t", W + "delText"):
            out.append(child.text or "")
        elif child.tag == W + "tab":
            out.append("\t")
    return "".join(out)


def paragraphs(data: bytes, mode: Mode = "plain") -> list[tuple[str, str]]:
    """(style id, text as printed) of each body paragraph after accepting or rejecting every change."""
    body = document_xml(data).find(W + "body")
    numbers = ListNumbers(data)
    out: list[tuple[str, str]] = []
    pending = ""
    for para in body.iter(W + "p"):
        pending += numbers.before(para)
        for run in para.iter(W + "r"):
            if _survives(run.getparent(), mode):
                pending += _run_text(run)
        mark = para.find(f"{W}pPr/{W}rPr")
        revision = None if mark is None else next((c for c in mark if c.tag in (W + "ins", W + "del")), None)
        if revision is not None and not _survives(revision, mode):
            continue  # the mark is gone: this paragraph's text runs on into the next
        style = para.find(f"{W}pPr/{W}pStyle")
        if mode == "reject" and para.find(f"{W}pPr/{W}pPrChange/{W}pPr/{W}pStyle") is not None:
            style = para.find(f"{W}pPr/{W}pPrChange/{W}pPr/{W}pStyle")
        out.append((style.get(W + "val") if style is not None else "", pending))
        pending = ""
    if out and out[-1] == ("", "") and mode != "plain":
        out.pop()  # the empty paragraph a redline ends with when its last one is tracked
    return out


def revisions(data: bytes) -> list[etree._Element]:
    """Every w:ins and w:del in the body, paragraph marks included."""
    return list(document_xml(data).iter(W + "ins", W + "del"))
