"""The top of a text, above its points: a title line, and metadata written as lines.

    Plan for peace                      a first line that is a title (short, no final stop)
    Date: 15 листопада 2022             `Key: value` lines the header reader knows
    Kyiv, 15 November 2022              a dateline: a short line that is mostly a date

What is taken here is metadata, not text: it leaves the paragraphs, and every guess is
reported. A text whose lines are all short headings keeps its first line as a point.
"""

from __future__ import annotations

from drafter.importers import metadata
from drafter.importers.dates import find_dates
from drafter.importers.frontmatter import parse_field
from drafter.importers.markers import candidates
from drafter.importers.paragraphs import Document, Notice, Paragraph, shorten

MAX_TITLE_WORDS = 15
_METADATA_KINDS = frozenset({"date", "party", "source", "status", "version", "completeness", "notice"})
_LOOK = 6
"""How many paragraphs at the top are looked at for metadata lines."""


def take_top(document: Document) -> list[Paragraph]:
    """The paragraphs below the title and metadata lines at the top of `document`."""
    paragraphs = list(document.paragraphs)
    if paragraphs and paragraphs[0].heading and not _marked(paragraphs[0]) and _heads_document(paragraphs, document):
        _decide(document, paragraphs[0], "title from the first heading" if document.title is None
                else "first heading taken as the title (the metadata already gives one)")
        document.title = document.title or paragraphs[0].text
        paragraphs = paragraphs[1:]
    elif document.title is None and _title_line(paragraphs):
        document.title = metadata.unquote(paragraphs[0].text)
        _decide(document, paragraphs[0], "took the first line as the title", detail=False)
        paragraphs = paragraphs[1:]
    return _metadata_lines(paragraphs, document)


def _heads_document(paragraphs: list[Paragraph], document: Document) -> bool:
    """Whether the first heading is the document's title rather than its first section: it is
    unless the metadata gives a title and the heading has siblings of its own level below."""
    first = paragraphs[0]
    if document.title is None or first.text == document.title:
        return True
    return not any(p.heading == first.heading for p in paragraphs[1:])


def _decide(document: Document, paragraph: Paragraph, message: str, detail: bool = True) -> None:
    document.notices.append(Notice(paragraph.where, message, paragraph.source or shorten(paragraph.text, 80), detail))


def _marked(paragraph: Paragraph) -> bool:
    return paragraph.auto is not None or bool(candidates(paragraph.text, paragraph.indent))


def _title_line(paragraphs: list[Paragraph]) -> bool:
    """Whether the first paragraph is a title: a short line with no final stop, text after it,
    and not one of a run of such lines (a list of headings)."""
    if len(paragraphs) < 2 or _marked(paragraphs[0]) or paragraphs[1].joined:
        return False
    first = paragraphs[0].text
    if not _unstopped(first) or not (first[:1].isupper() or first[:1] in "\"“«'‘"):
        return False
    starts = [p for p in paragraphs[1:] if not p.joined and not _marked(p)]
    alike = sum(1 for p in starts if _unstopped(p.text))
    return len(starts) < 2 or alike * 2 < len(starts)


def _unstopped(text: str) -> bool:
    return 0 < len(text.split()) <= MAX_TITLE_WORDS and not text.rstrip("\"”»’'").endswith((".", ",", ";", ":", "!"))


def _metadata_lines(paragraphs: list[Paragraph], document: Document) -> list[Paragraph]:
    """Drop leading `Date: ...` lines and a dateline, using what they say."""
    taken = 0
    for paragraph in paragraphs[:_LOOK]:
        if _marked(paragraph):
            break
        found = parse_field(paragraph.text, 0)
        if found is not None and _plausible(found.kind, found.value):
            metadata.apply([found], document, lambda _, p=paragraph: p.where)  # type: ignore[misc]
        elif not _dateline(paragraph, document):
            break
        taken += 1
    return paragraphs[taken:]


def _plausible(kind: str, value: str) -> bool:
    """Whether a `Key: value` line above the points is metadata rather than a titled point."""
    if kind == "date":
        return bool(find_dates(value))
    if kind == "source":
        return bool(metadata.URL.search(value))
    return kind in _METADATA_KINDS and len(value.split()) <= 12


def _dateline(paragraph: Paragraph, document: Document) -> bool:
    """A short line that is mostly a date (`Kyiv, 15 November 2022`): the date, when none is known."""
    dates = find_dates(paragraph.text)
    if document.date is not None or len(dates) != 1 or paragraph.joined:
        return False
    rest = paragraph.text.replace(dates[0].written, " ").replace(",", " ").split()
    if len(rest) > 4:
        return False
    document.date = dates[0].iso
    document.notes.append(f"Dateline: {paragraph.text}")
    _decide(document, paragraph, f"date {dates[0].iso} from the dateline '{shorten(paragraph.text, 40)}'",
            detail=False)
    return True
