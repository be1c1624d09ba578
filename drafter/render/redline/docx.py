"""A redline as Word: the new version with real tracked changes (Review > Accept/Reject).

Accepting every change gives the text `drafter render NEW --to docx` gives, rejecting
every change the text of OLD: title block, preamble, clause numbers, titles, status
marks, texts (with cross-references as each side numbers them), alternatives, annexes.
`drafter.diff` decides what is kept, deleted or inserted and in what order
(`Redline.plan()`); `docx_body.py` draws each piece with the plain Word layout's lines.
"""

from __future__ import annotations

from datetime import UTC, datetime

from drafter.diff.redline import Redline
from drafter.render.docx.builder import REFERENCE_DOCX, CoreProperties
from drafter.render.docx.revisions import iso_date
from drafter.render.docx.tracked import TrackedDocument
from drafter.render.redline.base import PLAIN, RedlineOptions
from drafter.render.redline.docx_body import BodyWriter
from drafter.render.view import RenderOptions, document_view


def render(redline: Redline, options: RedlineOptions = PLAIN) -> bytes:
    """The redline as the bytes of a .docx with tracked changes."""
    date = options.date or datetime.now(UTC).replace(microsecond=0)
    old, new = redline.old, redline.new
    views = (document_view(old, RenderOptions()), document_view(new, RenderOptions()))
    doc = TrackedDocument(REFERENCE_DOCX, views[0].context(), views[1].context(), new.authors, options.author, date)
    writer = BodyWriter(redline, views, doc)
    plan = redline.plan()
    writer.preamble(plan.preamble)
    for piece in plan.pieces:
        writer.write(piece)
    return doc.finish(CoreProperties(
        title=new.title, author=options.author, version=new.version, created=date,
        subject=f"Redline: version {old.version} to {new.version}, changes as of {iso_date(date)}",
    ))
