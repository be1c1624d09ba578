"""What a source's metadata says -> the document's title, date, parties, sources, notice, notes.

Shared by every place metadata comes from: a text's header block or front matter, Word's
core properties, and `Key: value` lines above the first point. Nothing is invented: a
value is used as the source writes it, the parts of a line that were not used are kept in
the document's notes, and every guess (the first of several dates, a party's name cut
from a longer line) is reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from drafter.importers.dates import find_dates, month_only
from drafter.importers.frontmatter import Field
from drafter.importers.paragraphs import Document, Notice, clean, shorten

URL = re.compile(r"https?://[^\s<>\"'\[\]]+")
_PARTIAL = re.compile(r"\b(partial|incomplete|fragments?|truncated|cut off|cut mid|missing|not available|only"
                      r"|excerpts?|частково|неповн|частично|неполн)\b", re.IGNORECASE)
_EDITORIAL_BRACKETS = re.compile(r"\bstart(?:s|ing)? with\W{0,3}\[\W{0,3}.{0,20}\beditorial", re.IGNORECASE)
_QUOTES = {'"': '"', "“": "”", "«": "»", "'": "'", "‘": "’", "„": "“"}


def apply(fields: list[Field], document: Document, where: Callable[[Field], str] | None = None) -> None:
    """Fill `document`'s metadata from `fields`, in order; the first value of a kind wins."""
    for found in fields:
        place = where(found) if where else f"line {found.line}"
        _HANDLERS.get(found.kind, _unknown)(found, document, place)


def unquote(text: str) -> str:
    """`text` without quotation marks that enclose all of it (a lone or unbalanced one stays)."""
    text = text.strip()
    while len(text) > 1 and _QUOTES.get(text[0]) == text[-1] and text[0] not in text[1:-1]:
        text = text[1:-1].strip()
    return text


def _decide(document: Document, where: str, message: str, found: Field, detail: bool = True) -> None:
    line = f"{found.key}: {found.value}" if found.key else found.value
    document.notices.append(Notice(where, message, shorten(" ".join(line.split()), 80), detail))


def _title(found: Field, document: Document, where: str) -> None:
    value = unquote(clean(found.value))
    if document.title is None and value:
        document.title = value
        _decide(document, where, f"title from {found.key or 'the metadata'}", found)
    else:
        _keep(found, document, where)


def _date(found: Field, document: Document, where: str) -> None:
    text = clean(found.value)
    dates = find_dates(text)
    if not dates:
        reason = "names a month but no day" if month_only(text) else "holds no date drafter can read"
        _decide(document, where, f"{found.key} '{shorten(text, 40)}' {reason}; the date is left undated",
                found, detail=False)
        _keep(found, document, where, quiet=True)
        return
    first = dates[0]
    if document.date is not None:
        _keep(found, document, where)
        return
    document.date = first.iso
    _decide(document, where, f"date {first.iso} from {found.key} ('{first.written}')", found)
    if first.ranged or len(dates) > 1:
        how = "a range of days" if first.ranged else f"{len(dates)} dates"
        _decide(document, where, f"{found.key} gives {how}; took the first, {first.iso} (check it)", found,
                detail=False)
    if text != first.written:
        _keep(found, document, where, quiet=True)


def _party(found: Field, document: Document, where: str) -> None:
    value = clean(found.value)
    name = re.split(r";|\s\(|\s[-–—]\s", value, maxsplit=1)[0].strip(" ,.")
    if not name:
        _keep(found, document, where)
        return
    document.parties.append(name)
    _decide(document, where, f"party '{name}' from {found.key}", found)
    if name != value:
        _keep(found, document, where, quiet=True)


def _source(found: Field, document: Document, where: str) -> None:
    urls = [url.rstrip(".,;:") for url in URL.findall(found.value)]
    for url in urls:
        if url not in (u for u, _ in document.sources):
            document.sources.append((url, _host(url)))
    if urls:
        _decide(document, where, f"{len(urls)} source(s) from {found.key}: {', '.join(_host(u) for u in urls)}",
                found)
    else:  # a source named, not linked: `SOURCE: Reuters, 23 November 2025`
        title = clean(found.value.split("\n")[0])
        if title:
            document.sources.append(("", title))
            _decide(document, where, f"source '{shorten(title, 40)}' from {found.key}", found)
        return
    if clean(found.value) not in urls:
        _keep(found, document, where, quiet=True)


def _host(url: str) -> str:
    host = url.split("://", 1)[1].split("/", 1)[0].split("@")[-1].split(":")[0]
    return host.removeprefix("www.")


def _status(found: Field, document: Document, where: str) -> None:
    value = clean(found.value.split("\n")[0])
    if document.notice is None and value:
        document.notice = value  # one line; what the lines under it say stays in the notes
        _decide(document, where, f"notice (printed under the title) from {found.key}", found)
        if "\n" in found.value:
            _keep(found, document, where, quiet=True)
    else:
        _keep(found, document, where)


def _version(found: Field, document: Document, where: str) -> None:
    value = clean(found.value)
    if document.version is None and value and len(value) <= 20:
        document.version = value
        _decide(document, where, f"version {value} from {found.key}", found)
    else:
        _keep(found, document, where)


def _completeness(found: Field, document: Document, where: str) -> None:
    value = clean(found.value)
    if _PARTIAL.search(value):
        document.partial = document.partial or value
        _decide(document, where, f"{found.key} says the text is incomplete: recorded as a gap", found)
    _keep(found, document, where, quiet=True)


def _conventions(found: Field, document: Document, where: str) -> None:
    if _EDITORIAL_BRACKETS.search(clean(found.value)):
        document.bracket_notes = True
        _decide(document, where, "the source says lines in [...] are editorial markers: kept as notes",
                found)
    _keep(found, document, where, quiet=True)


def _unknown(found: Field, document: Document, where: str) -> None:
    _keep(found, document, where)


def _keep(found: Field, document: Document, where: str, quiet: bool = False) -> None:
    """The whole line into the document's notes; reported unless part of it was used (`quiet`)."""
    value = clean(found.value)
    document.notes.append(f"{found.key}: {value}" if found.key else value)
    if not quiet:
        what = f"'{found.key}'" if found.key else "line"
        _decide(document, where, f"header {what} not used: kept in the document's notes", found,
                detail=found.kind in ("note",))


_HANDLERS: dict[str, Callable[[Field, Document, str], None]] = {
    "title": _title, "date": _date, "party": _party, "source": _source, "status": _status,
    "notice": _status, "version": _version, "completeness": _completeness, "conventions": _conventions,
}
