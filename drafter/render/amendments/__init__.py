"""Outputs of a set of amendment instructions: text, Markdown, Word, JSON, YAML.

    render_amendments(amendment_set, "text", AmendmentOptions())

Forms are a `Registry` like every other format (drafter/formats.py): each is a module with
`render(amendments, options) -> str | bytes`. The wording of every form comes from one
table per style (`styles.py`); the text form is the one `drafter amend` reads back.
"""

from __future__ import annotations

from dataclasses import replace

from drafter.diff.amendments import AmendmentSet
from drafter.formats import Format, Registry
from drafter.render.amendments.options import AmendmentOptions
from drafter.render.amendments.styles import STYLES

__all__ = ["FORMS", "STYLES", "AmendmentOptions", "form_for", "render_amendments"]

FORMS = Registry("amendments form", "render", (
    Format("text", (".txt",), False, "drafter.render.amendments.text",
           "numbered instructions as plain text; drafter amend reads it back"),
    Format("md", (".md", ".markdown"), False, "drafter.render.amendments.markdown",
           "Markdown to read or paste, cross-references printed as numbers"),
    Format("docx", (".docx",), True, "drafter.render.amendments.docx",
           "Word: numbered instructions, quoted words and clauses in a quotation style"),
    Format("json", (".json",), False, "drafter.render.amendments.data",
           "typed instructions as JSON (docs/amendments.md); drafter amend reads it"),
    Format("yaml", (".yaml", ".yml"), False, "drafter.render.amendments.data",
           "the same typed instructions as YAML"),
))
"""Every form of a set of instructions, by name."""


def form_for(output: str | None, explicit: str | None = None) -> Format:
    """The form asked for, else the one the output file's extension names, else text."""
    if explicit:
        return FORMS[explicit]
    found = FORMS.for_path(output) if output not in (None, "-") else None
    return found or FORMS["text"]


def render_amendments(amendments: AmendmentSet, form: str, options: AmendmentOptions | None = None) -> str | bytes:
    """`amendments` rendered in the named form."""
    chosen = replace(options, form=form) if options else AmendmentOptions(form=form)
    result: str | bytes = FORMS.implementation(form)(amendments, chosen)
    return result
