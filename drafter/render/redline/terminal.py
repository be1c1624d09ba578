"""A redline for the terminal: git-style word diff (`[-old-]{+new+}`), coloured when asked.

The bracket markers stay with colour on, so insertions and deletions are told apart
on a monochrome terminal, in a log file or by a screen reader.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from drafter.diff.redline import NOT_UPDATED, ClauseChange, Redline, Span
from drafter.render.paint import Paint, unpainted
from drafter.render.redline.base import (
    PLAIN,
    KindDispatcher,
    RedlineOptions,
    Resolve,
    clause_id,
    describe,
    heading,
    numbers,
    resolver,
)

INDENT = "    "


class TerminalRenderer(KindDispatcher):
    """Lines of a redline for a terminal."""

    def __init__(self, redline: Redline, options: RedlineOptions) -> None:
        self.redline = redline
        self.paint = options.paint
        self.resolve = resolver(redline)

    def document(self) -> Iterator[str]:
        """Header, document fields, one block per change, summary."""
        yield self.paint(f"--- {describe(self.redline.old)}", "heading")
        yield self.paint(f"+++ {describe(self.redline.new)}", "heading")
        for field in self.redline.document_fields:
            yield f"document {field.field}: {self._field(field.old, field.new)}"
        for change in self.redline.changes:
            yield from self.render_change(change)
        yield self.paint(self.redline.summary(), "heading")

    def _header(self, change: ClauseChange, extra: str = "") -> str:
        kind = self.paint(change.kind, f"kind:{change.kind}")
        parts = [f"{kind} {numbers(change)}", clause_id(change)]
        if heading(change):
            parts.append(heading(change))
        if change.old is not None and change.new is not None and change.similarity < 1:
            parts.append(f"similarity {change.similarity:.2f}")
        if change.flags:
            parts.append(self.paint("flags: " + ", ".join(change.flags), "flag"))
        return " · ".join(parts) + extra

    def _spans(self, spans: tuple[Span, ...]) -> Iterator[str]:
        for line in word_diff(spans, self.paint, self.resolve).split("\n"):
            yield INDENT + line

    def _field(self, old: str, new: str) -> str:
        """`[-old-] {+new+}`; a side that is empty (a field set or cleared) is left out."""
        spans = [Span("delete", old)] if old else []
        spans += [Span("equal", " ")] if old and new else []
        return word_diff([*spans, *([Span("insert", new)] if new else [])], self.paint)

    def _fields(self, change: ClauseChange) -> Iterator[str]:
        for field in change.fields:
            yield f"{INDENT}{field.field}: {self._field(field.old, field.new)}"

    def _languages(self, change: ClauseChange) -> Iterator[str]:
        """Each other language that changed, `[uk] ` before its title and word diff; then the
        languages left behind."""
        for version in change.languages:
            if version.state == "unchanged":
                continue
            tag = self.paint(f"[{version.language}]", "heading")
            if version.title is not None:
                yield f"{INDENT}{tag} title: {self._field(version.title.old, version.title.new)}"
            if any(span.op != "equal" for span in version.spans):
                lines = word_diff(version.spans, self.paint, resolver(self.redline, version.language)).split("\n")
                yield from (f"{INDENT}{tag} {line}" for line in lines)
        if change.not_updated:
            yield INDENT + self.paint(f"{NOT_UPDATED}: {', '.join(change.not_updated)}", "flag")

    def reworded(self, change: ClauseChange) -> Iterator[str]:
        """Header, the word diff, then changed fields and other languages."""
        yield self._header(change)
        if any(span.op != "equal" for span in change.spans):
            yield from self._spans(change.spans)
        yield from self._fields(change)
        yield from self._languages(change)

    def moved(self, change: ClauseChange) -> Iterator[str]:
        """Like a rewording: the header says from where to where."""
        yield from self.reworded(change)

    def renamed(self, change: ClauseChange) -> Iterator[str]:
        """Like a rewording: the header says `old-id → new-id`."""
        yield from self.reworded(change)

    def changed(self, change: ClauseChange) -> Iterator[str]:
        """Header, then the fields that changed (the text did not)."""
        yield from self.reworded(change)

    def added(self, change: ClauseChange) -> Iterator[str]:
        """Header and the whole text as an insertion, in each language."""
        yield self._header(change)
        yield from self._spans(change.spans)
        yield from self._languages(change)

    def removed(self, change: ClauseChange) -> Iterator[str]:
        """Header and the whole text as a deletion, in each language."""
        yield self._header(change)
        yield from self._spans(change.spans)
        yield from self._languages(change)

    def renumbered(self, change: ClauseChange) -> Iterator[str]:
        """One line: only the number changed."""
        yield self._header(change)

    def unchanged(self, change: ClauseChange) -> Iterator[str]:
        """One dim line."""
        yield self.paint(f"unchanged {numbers(change)} · {clause_id(change)}", "quiet")

    def split(self, change: ClauseChange) -> Iterator[str]:
        """Header naming the other pieces, then the word diff against the whole."""
        yield self._header(change, f" · split from {change.old.id if change.old else '?'}; other parts: {', '.join(change.related)}")
        yield from self._spans(change.spans)

    def merged(self, change: ClauseChange) -> Iterator[str]:
        """Header naming the other pieces, then the word diff against the merged clause."""
        yield self._header(change, f" · merged into {change.new.id if change.new else '?'}; other parts: {', '.join(change.related)}")
        yield from self._spans(change.spans)


def word_diff(spans: Iterable[Span], paint: Paint = unpainted, resolve: Resolve | None = None) -> str:
    """Spans as one text, git's word-diff style: `kept [-deleted-]{+inserted+} kept`.

    `resolve(text, side)` prints `[[id]]` references as the old or new document numbers them.
    The one span printer: the terminal redline, `drafter history` and field changes use it.
    """
    pieces = []
    for span in spans:
        if span.op == "equal":
            pieces.append(resolve(span.text, "new") if resolve else span.text)
        elif span.op == "delete":
            pieces.append(paint(f"[-{resolve(span.text, 'old') if resolve else span.text}-]", "deleted"))
        else:
            pieces.append(paint(f"{{+{resolve(span.text, 'new') if resolve else span.text}+}}", "inserted"))
    return "".join(pieces)


def render(redline: Redline, options: RedlineOptions = PLAIN) -> str:
    """The redline as terminal text, one line per row, ending in the summary line."""
    return "\n".join(TerminalRenderer(redline, options).document()) + "\n"
