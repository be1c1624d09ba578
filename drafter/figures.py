"""The figures a text states: numbers written in digits, in any script, compared by value.

Two places need them. The diff's substantive-change flags (`drafter.diff.flags`) notice
"72 hours" becoming "48 hours" between two versions; validation across languages
(`drafter.load.languages`) checks that "72 hours", "72 години" and "72 часа" state the
same figures. Units, month names and number words belong to a language; digits do not, so
across languages only digits are compared.

    figures("within 72 hours, 1,000 troops and 2.5 km")   # Counter({'72': 1, '1000': 1, '2.5': 1})
    figures("протягом 72 годин, 1 000 військових, 2,5 км")  # the same
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from drafter.model import REFERENCE

NUMERAL = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*"
"""A number in digits: `72`, `1,000`, `1.000`, `2.5`, `2,5`, and `1 000` grouped by (narrow,
non-breaking) spaces as Ukrainian, Russian and French write it. Any script's digits (`٧٢`)."""

CITATION_WORDS = (r"(?:пункт\w*|підпункт\w*|стат(?:т|ь)\w*|розділ\w*|додат\w*|приложени\w*|"
                  r"points?|paragraphs?|articles?|clauses?|sections?|annex(?:es)?)")
"""Words a text puts before a clause number it cites: `пункту 3(б)`, `point 3(b)`, `статьи 2`."""
_CITATION = re.compile(rf"(?i:{CITATION_WORDS})\s+[\dA-ZА-Я]+(?:[.]\d+)*(?:\s?\(\w{{1,4}}\))*")

_FIGURE = re.compile(rf"(?<!\w)(?:{NUMERAL})(?!\d)")
_GROUPING = re.compile(r"[ \u00a0\u202f]")


def figures(text: str) -> Counter[str]:
    """Each figure in `text` by value (`1,000` and `1 000` are `1000`; `2,5` is `2.5`).

    Cross-references (`[[press-report-2025-10-22]]`) name clauses and are not figures.
    """
    if "[[" in text:
        text = REFERENCE.sub(" ", text)
    return Counter(value(match) for match in _FIGURE.findall(text))


def without_citations(text: str) -> str:
    """`text` without the clause numbers it cites in words (`point 3(b)`, `пункту 3`): where a
    file writes `[[id]]`, a text from elsewhere writes the number, which is no figure."""
    return _CITATION.sub(" ", text)


def value(figure: str) -> str:
    """One figure as plain ASCII digits with at most one `.`: the thousands grouping dropped.

    A `,` or `.` followed by exactly three digits groups thousands (`1,000`, `1.000`), as
    does a space; any other separator, and the last one when the groups are not all of three
    digits, is the decimal point (`2.5`, `2,5`, `1,000.5`).
    """
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in _GROUPING.sub("", figure))
    parts = re.split(r"[.,]", digits)
    if len(parts) == 1 or all(len(part) == 3 for part in parts[1:]):
        return "".join(parts)
    return "".join(parts[:-1]) + "." + parts[-1]
