"""How to render a proposal: the options every format takes, passed explicitly.

Kept apart from the view (drafter.render.view), which needs Jinja's neighbours and Babel,
so that commands which only name the options (`--help`, `validate`) start fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """How to render: which clauses, which extras, which template."""

    only: str | None = None
    """`agreed` renders only agreed clauses (the agreed text alone); None renders all."""
    with_notes: bool = False
    """Add drafters' notes (Word comments, Markdown footnotes, HTML asides)."""
    view: str = "document"
    """`document` (the text) or `positions` (clause-by-party matrix)."""
    template: Path | None = None
    """A user's template (`.md.j2`, `.html.j2` or reference `.docx`); None uses the shipped one."""
    created: datetime | None = None
    """Creation time stamped in Word's core properties; None means now (tests fix it)."""
    clean: bool = False
    """A copy to circulate: no status marks, ids, notes or positions (`--clean`)."""
    languages: tuple[str, ...] = ()
    """`--lang`: one language tag renders the proposal in that language; several set them side by
    side (`drafter.render.parallel`); () renders the file's own language."""


