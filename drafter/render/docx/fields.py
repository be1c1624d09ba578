"""Word fields as run XML: PAGE and NUMPAGES, for `Page X of Y` footers.

Complex fields (begin / instrText / separate / cached result / end) rather than
`w:fldSimple`: Word, LibreOffice and pandoc all read them, and the cached result
shows something sensible before a viewer recalculates.
"""

from __future__ import annotations

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def field_runs(instruction: str, cached: str = "1") -> str:
    """The runs of one complex field, e.g. `field_runs("PAGE")`."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{cached}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def text_run(text: str) -> str:
    """A plain run keeping its spaces."""
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def page_x_of_y(before: str = "Page ", between: str = " of ", after: str = "") -> str:
    """Runs reading `Page X of Y`, X and Y being PAGE and NUMPAGES fields (the words around them
    given, or Jinja text the builder fills from the document language's catalogue)."""
    tail = text_run(after) if after else ""
    return text_run(before) + field_runs("PAGE") + text_run(between) + field_runs("NUMPAGES") + tail
