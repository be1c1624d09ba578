"""Drafters' notes as real Word comments: range marks in the text, bodies in comments.xml."""

from __future__ import annotations

from docx.document import Document

from drafter.render.docx.ids import Ids
from drafter.render.docx.ooxml import Run, append_parsed, attribute, paragraph, run


class Comments:
    """Collects comments while the body is built; `attach` writes comments.xml once."""

    def __init__(self, ids: Ids, author: str, note_style_id: str) -> None:
        self.ids = ids
        self.author = author
        self.initials = "".join(word[0] for word in author.split()[:3]).upper() or "D"
        self.note_style_id = note_style_id
        self.bodies: list[str] = []

    def around(self, content: str, notes: tuple[str, ...]) -> str:
        """`content` (run XML) wrapped in one comment range per note."""
        for note in notes:
            cid = self.ids.next()
            self.bodies.append(self._body(cid, note))
            content = (
                f'<w:commentRangeStart w:id="{cid}"/>{content}<w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:commentReference w:id="{cid}"/></w:r>'
            )
        return content

    def _body(self, cid: int, note: str) -> str:
        inner = '<w:r><w:annotationRef/></w:r>' + run(Run(note))
        return (f'<w:comment w:id="{cid}" w:author={attribute(self.author)} '
                f'w:initials={attribute(self.initials)}>'
                f"{paragraph(self.note_style_id, inner)}</w:comment>")

    def attach(self, document: Document) -> None:
        """Add the comments part (only if there are comments) with every body collected."""
        if not self.bodies:
            return
        part = document.part._comments_part  # python-docx creates and relates it on first use
        append_parsed(part.element, self.bodies)
