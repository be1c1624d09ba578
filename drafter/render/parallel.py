"""Several language versions of one proposal side by side: one column per language, one row per clause.

    view = parallel_view(proposal, ("en", "uk"), RenderOptions())
    view.columns[1].name      # 'Українська', with its status word ('переклад') and direction
    view.rows[3].cells[1]     # that clause as the Ukrainian column prints it (a ClauseView)

Each column is the whole document read in its language (`drafter.languages.in_language`),
made into the same view every format prints (`document_view`): its words, dates, status
marks and cross-references ("пункту 3") are that language's. A row holds one clause (or
the preamble, or an annex heading) in every column; sub-clauses are rows of their own,
so the columns stay level clause by clause. Where a language has no version of a clause,
its cell is empty and says so. Alternatives and notes stay in the proposal's own language,
in its column only. A gap in the source text is a row of its own where text is missing (a
break inside a clause's wording is in its cell, after its text).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from babel import Locale, UnknownLocaleError

from drafter.errors import DrafterError
from drafter.languages import check_languages, in_language
from drafter.model import Proposal
from drafter.render.options import RenderOptions
from drafter.render.view import AnnexView, ClauseView, DocumentView, Paragraph, document_view

RowKind = Literal["preamble", "annex", "clause", "gap"]


@dataclass(frozen=True, slots=True)
class Column:
    """One language's version of the whole document."""

    tag: str
    """The language tag: `uk`."""
    name: str
    """The language's name in itself, as a column heading: `English`, `Українська`, `العربية`."""
    standing: str
    """`authentic` or `translation`, in the column's own language."""
    note: str | None
    """Who made the translation, as the file's `languages:` says."""
    view: DocumentView
    """The document in this language; `view.words` are its words and its direction."""
    missing: frozenset[str]
    """Ids of the clauses this language has no version of."""

    @property
    def direction(self) -> str:
        """`rtl` for a right-to-left language, else `ltr`."""
        return self.view.words.direction


@dataclass(frozen=True, slots=True)
class Row:
    """The same part of the document in every column."""

    kind: RowKind
    key: str
    """The clause or annex id; `preamble` for the preamble."""
    depth: int
    """A clause's depth (0 for a point); 0 for the preamble and annex headings."""
    number: str = ""
    """A clause's full number (`1(b)`), the same in every language; '' for other rows."""
    label: str = ""
    """A clause's label (`(b)`), printed where a language has no version of it."""
    clauses: tuple[ClauseView | None, ...] = ()
    """`clause` rows: the clause in each column (its sub-clauses are rows of their own); None
    where that language has no version of it."""
    annexes: tuple[AnnexView, ...] = ()
    """`annex` rows: the annex heading and introduction in each column."""
    preambles: tuple[tuple[Paragraph, ...], ...] = ()
    """The `preamble` row: each column's preamble."""
    gaps: tuple[tuple[str, ...], ...] = ()
    """`gap` rows: where the source text is missing (before the first clause, or after the
    clause `key` and its sub-clauses), each column's lines in its language."""


@dataclass(frozen=True, slots=True)
class ParallelView:
    """A proposal in several languages, ready to print side by side."""

    columns: tuple[Column, ...]
    rows: tuple[Row, ...]

    @property
    def first(self) -> DocumentView:
        """The first column's document: its title block heads the page."""
        return self.columns[0].view

    def context(self) -> dict[str, object]:
        """Template variables: `parallel`, `columns`, `rows`, and the first column's title-block names."""
        return {**self.first.context(), "parallel": self, "columns": self.columns, "rows": self.rows}


MAX_COLUMNS = 4
"""More columns than this do not fit a page."""


def parallel_view(proposal: Proposal, tags: tuple[str, ...], options: RenderOptions) -> ParallelView:
    """`proposal` in the languages `tags` (two or more, in column order), rows by clause."""
    if len(set(tags)) != len(tags) or not 2 <= len(tags) <= MAX_COLUMNS:
        raise DrafterError(f"languages side by side: two to {MAX_COLUMNS} different ones, not {', '.join(tags)}")
    if options.view != "document" or options.with_notes:
        raise DrafterError("several languages side by side print the text alone: --view positions and "
                           "--with-notes take one --lang")
    check_languages(proposal, tags)
    columns = tuple(_column(proposal, tag, options, first=k == 0) for k, tag in enumerate(tags))
    return ParallelView(columns, tuple(_rows(columns)))


def language_name(tag: str) -> str:
    """The language's name in itself, capitalised (`Українська`); the tag when Babel does not know it."""
    try:
        name = Locale.parse(tag.replace("-", "_")).get_display_name(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return tag
    return name[:1].upper() + name[1:] if name else tag


def _column(proposal: Proposal, tag: str, options: RenderOptions, first: bool) -> Column:
    turned = in_language(proposal, tag)
    view = document_view(turned, options)
    if not first:  # alternatives are tabled in the proposal's own language: its column shows them
        view = replace(view, clauses=_plain(view.clauses),
                       annexes=tuple(replace(a, clauses=_plain(a.clauses)) for a in view.annexes))
    language = turned.languages[0]
    words = view.words
    standing = words.word("language", "authentic" if language.authentic else "translation")
    missing = frozenset(c.id for c in turned.walk() if c.language is not None)
    return Column(tag, language_name(tag), standing, language.note, view, missing)


def _plain(clauses: tuple[ClauseView, ...]) -> tuple[ClauseView, ...]:
    return tuple(replace(c, alternatives=(), clauses=_plain(c.clauses)) for c in clauses)


def _rows(columns: tuple[Column, ...]) -> list[Row]:
    views = [column.view for column in columns]
    rows = []
    if any(view.preamble for view in views):
        rows.append(Row("preamble", "preamble", 0, preambles=tuple(view.preamble for view in views)))
    if views[0].missing:
        rows.append(Row("gap", "", 0, gaps=tuple(view.missing for view in views)))
    rows += _clause_rows(columns, [view.clauses for view in views])
    for k, annex in enumerate(views[0].annexes):
        rows.append(Row("annex", annex.id, 0, annexes=tuple(view.annexes[k] for view in views)))
        rows += _clause_rows(columns, [view.annexes[k].clauses for view in views])
    return rows


def _clause_rows(columns: tuple[Column, ...], lists: list[tuple[ClauseView, ...]]) -> list[Row]:
    rows = []
    for same in zip(*lists, strict=True):
        cells = tuple(None if clause.id in column.missing else clause for clause, column in zip(same, columns))
        rows.append(Row("clause", same[0].id, same[0].depth, same[0].number, same[0].label, clauses=cells))
        rows += _clause_rows(columns, [clause.clauses for clause in same])
        if same[0].missing:
            rows.append(Row("gap", same[0].id, same[0].depth, gaps=tuple(clause.missing for clause in same)))
    return rows
