"""Fill the Jinja text a reference .docx holds (title block, header, footer), sandboxed.

Word splits text into runs wherever formatting or editing history changes, so a
`{{ title }}` typed in Word may arrive as `{{ ti` + `tle }}`. Before rendering, the
text of an unfinished expression is pulled back into the run where it started.
Fields (PAGE, NUMPAGES) live in `w:instrText`, which is never touched.
"""

from __future__ import annotations

from collections.abc import Mapping

from docx.oxml.ns import qn

from drafter.render.templating import render_string

_OPEN, _CLOSE = ("{{", "{%", "{#"), ("}}", "%}", "#}")


def fill(root: object, context: Mapping[str, object], where: str, *, drop_empty: bool) -> list[object]:
    """Render every paragraph under `root` that holds Jinja; the ones left empty, dropped if asked."""
    emptied = []
    for number, para in enumerate(list(root.iter(qn("w:p"))), 1):  # type: ignore[attr-defined]
        texts = list(para.iter(qn("w:t")))
        if not any(_has_jinja(t.text or "") for t in texts):
            continue
        _merge_split_expressions(texts)
        for t in texts:
            if t.text and _has_jinja(t.text):
                t.text = render_string(t.text, context, f"{where}, paragraph {number}")
        if not "".join(t.text or "" for t in texts).strip():
            emptied.append(para)
            if drop_empty:
                para.getparent().remove(para)
    return emptied


def _has_jinja(text: str) -> bool:
    return any(mark in text for mark in _OPEN)


def _balanced(text: str) -> bool:
    return all(text.count(o) <= text.count(c) for o, c in zip(_OPEN, _CLOSE))


def _merge_split_expressions(texts: list) -> None:
    pending = None
    for t in texts:
        if pending is not None:
            pending.text += t.text or ""
            t.text = ""
            if _balanced(pending.text):
                pending = None
        elif t.text and not _balanced(t.text):
            pending = t
