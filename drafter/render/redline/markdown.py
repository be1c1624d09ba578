"""A redline as Markdown, for a pull-request comment: summary, table, then the word diffs.

Deletions and insertions are `<del>`/`<ins>` (GitHub and pandoc render both), so
whitespace at their edges cannot break emphasis the way `~~`/`**` would.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.diff.redline import NOT_UPDATED, ClauseChange, Redline, Span
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

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^(\d*)([#+\-]|(?<=\d)[.)])", re.MULTILINE)


def escape(text: str) -> str:
    """`text` with every character Markdown would read as markup escaped."""
    text = _SPECIAL.sub(r"\\\1", text.replace("&", "&amp;"))
    return _LINE_START.sub(r"\1\\\2", text)


def _cell(text: str) -> str:
    return escape(text).replace("\n", " ")


class MarkdownRenderer(KindDispatcher):
    """Detail sections of a redline, one per change worth reading."""

    def __init__(self, redline: Redline) -> None:
        self.redline = redline
        self.resolve = resolver(redline)

    def document(self) -> Iterator[str]:
        """Title, summary, document fields, the table, the detail sections."""
        yield f"### Changes: {escape(self.redline.old.title)}"
        yield ""
        yield f"From {escape(describe(self.redline.old))}  "
        yield f"to {escape(describe(self.redline.new))}"
        yield ""
        yield f"**{self.redline.summary()}**"
        yield ""
        for field in self.redline.document_fields:
            yield f"- document **{field.field}**: {self._field(field.old, field.new)}"
        if self.redline.document_fields:
            yield ""
        yield from self.table()
        for change in self.redline.changes:
            yield from self.render_change(change)

    def table(self) -> Iterator[str]:
        """One row per change."""
        yield "| kind | number | clause | similarity | flags |"
        yield "|---|---|---|---:|---|"
        for c in self.redline.changes:
            title = f" {_cell(heading(c))}" if heading(c) else ""
            stale = [f"{NOT_UPDATED}: {', '.join(c.not_updated)}"] if c.not_updated else []
            yield (f"| {c.kind} | {numbers(c)} | `{clause_id(c)}`{title} | {self._similarity(c)} "
                   f"| {', '.join([*c.flags, *stale])} |")
        yield ""

    @staticmethod
    def _similarity(change: ClauseChange) -> str:
        return f"{change.similarity:.2f}" if change.old and change.new else ""

    def _field(self, old: str, new: str) -> str:
        """`<del>old</del> → <ins>new</ins>`; an empty side (a field set or cleared) is left out."""
        return " → ".join(part for part in (old and f"<del>{_cell(old)}</del>", new and f"<ins>{_cell(new)}</ins>")
                          if part)

    def _section(self, change: ClauseChange, note: str = "") -> Iterator[str]:
        title = f" · {escape(heading(change))}" if heading(change) else ""
        flags = f" · **flags: {', '.join(change.flags)}**" if change.flags else ""
        yield f"#### {change.kind} {numbers(change)}{title} (`{clause_id(change)}`){flags}{note}"
        yield ""
        if any(span.op != "equal" for span in change.spans):
            yield from self._quote(change.spans)
        for field in change.fields:
            yield f"- **{field.field}**: {self._field(field.old, field.new)}"
        if change.fields:
            yield ""
        yield from self._languages(change)

    def _languages(self, change: ClauseChange) -> Iterator[str]:
        """Each other language that changed: its title and word diff under its tag; then the
        languages left behind."""
        for version in change.languages:
            if version.state == "unchanged":
                continue
            title = f" · title: {self._field(version.title.old, version.title.new)}" if version.title else ""
            yield f"**{version.language}** ({version.state}){title}"
            yield ""
            if any(span.op != "equal" for span in version.spans):
                yield from self._quote(version.spans, resolver(self.redline, version.language))
        if change.not_updated:
            yield f"**{NOT_UPDATED}: {', '.join(change.not_updated)}**"
            yield ""

    def _quote(self, spans: tuple[Span, ...], resolve: Resolve | None = None) -> Iterator[str]:
        out = []
        for span in spans:
            side = "old" if span.op == "delete" else "new"
            text = escape((resolve or self.resolve)(span.text, side))  # type: ignore[arg-type]
            out.append({"equal": text, "delete": f"<del>{text}</del>", "insert": f"<ins>{text}</ins>"}[span.op])
        for paragraph in "".join(out).split("\n"):
            yield f"> {paragraph}"
            yield ">"
        yield ""

    def reworded(self, change: ClauseChange) -> Iterator[str]:
        """A section with the word diff and the changed fields."""
        yield from self._section(change)

    def moved(self, change: ClauseChange) -> Iterator[str]:
        """A section; its heading gives the old and new number."""
        yield from self._section(change)

    def renamed(self, change: ClauseChange) -> Iterator[str]:
        """A section; its heading gives the old and new id."""
        yield from self._section(change)

    def changed(self, change: ClauseChange) -> Iterator[str]:
        """A section with the fields that changed (the text did not)."""
        yield from self._section(change)

    def added(self, change: ClauseChange) -> Iterator[str]:
        """A section with the new text as an insertion."""
        yield from self._section(change)

    def removed(self, change: ClauseChange) -> Iterator[str]:
        """A section with the old text as a deletion."""
        yield from self._section(change)

    def split(self, change: ClauseChange) -> Iterator[str]:
        """A section naming the other pieces."""
        yield from self._section(change, f" · split, with {', '.join(change.related)}")

    def merged(self, change: ClauseChange) -> Iterator[str]:
        """A section naming the other pieces."""
        yield from self._section(change, f" · merged, with {', '.join(change.related)}")

    def renumbered(self, change: ClauseChange) -> Iterator[str]:
        """Nothing beyond its table row."""
        return iter(())

    def unchanged(self, change: ClauseChange) -> Iterator[str]:
        """Nothing beyond its table row."""
        return iter(())


def render(redline: Redline, options: RedlineOptions = PLAIN) -> str:
    """The comparison as Markdown."""
    lines = list(MarkdownRenderer(redline).document())
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"
