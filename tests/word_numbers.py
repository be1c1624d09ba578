"""What Word prints before each paragraph of a .docx, for tests that read text through python-docx
(which reads no list numbers: a numbered paragraph's `.text` lacks its number).

    printed(data)  ->  [("Clause 1", "1.\\tTruce"), ("Clause Body", "The Parties ..."), ...]
    numbers = ListNumbers(data); numbers.before(p)   # "1.\\t" before a w:p, in document order

The numbers are counted here from numbering.xml as Word counts them, independently of drafter's
own importer: a counter per abstract definition and level, shared by the list instances (`w:num`)
that use that definition, so an instance without a `w:startOverride` continues the one before it
(Word's behaviour), and one with an override restarts at its first paragraph; using a level
restarts the deeper levels. The number is followed by a tab (`w:suff` is not used by drafter).
"""

from __future__ import annotations

import io
import re
import zipfile

import docx
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _format(fmt: str, n: int) -> str:
    if fmt in ("lowerLetter", "upperLetter"):  # Word: a..z, then aa..zz, aaa..
        letters = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt == "decimal":
        return str(n)
    raise AssertionError(f"number format {fmt} not expected in drafter's output")


def _val(element: etree._Element | None, default: str = "") -> str:
    return element.get(f"{W}val", default) if element is not None else default


class _Numbering:
    def __init__(self, root: etree._Element | None) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        for abstract in root.findall(f"{W}abstractNum") if root is not None else []:
            self.levels[abstract.get(f"{W}abstractNumId", "")] = {
                int(lvl.get(f"{W}ilvl", "0")): (_val(lvl.find(f"{W}numFmt"), "decimal"),
                                                 _val(lvl.find(f"{W}lvlText")), int(_val(lvl.find(f"{W}start"), "1")))
                for lvl in abstract.findall(f"{W}lvl")}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        for num in root.findall(f"{W}num") if root is not None else []:
            overrides = {int(o.get(f"{W}ilvl", "0")): int(_val(o.find(f"{W}startOverride")))
                         for o in num.findall(f"{W}lvlOverride") if o.find(f"{W}startOverride") is not None}
            self.nums[num.get(f"{W}numId", "")] = (_val(num.find(f"{W}abstractNumId")), overrides)
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[tuple[str, int]] = set()

    def next(self, num_id: str, ilvl: int) -> str:
        abstract, overrides = self.nums[num_id]
        levels = self.levels[abstract]
        counters = self.counters.setdefault(abstract, {})
        fmt, text, start = levels[ilvl]
        if ilvl in overrides and (num_id, ilvl) not in self.started:
            self.started.add((num_id, ilvl))
            counters[ilvl] = overrides[ilvl] - 1
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        return re.sub(r"%(\d)", lambda m: _format(levels[int(m.group(1)) - 1][0],
                                                    counters.get(int(m.group(1)) - 1, 1)), text)


class ListNumbers:
    """Word's list counters for one .docx, advanced paragraph by paragraph in document order."""

    def __init__(self, data: bytes) -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = package.namelist()
            root = etree.fromstring(package.read("word/numbering.xml")) if "word/numbering.xml" in names else None
        self._numbering = _Numbering(root)

    def before(self, paragraph: etree._Element) -> str:
        """What Word prints before this `w:p`: its list number and a tab, or '' when it is not numbered."""
        numpr = paragraph.find(f"{W}pPr/{W}numPr")
        if numpr is None or _val(numpr.find(f"{W}numId"), "0") == "0":
            return ""
        return self._numbering.next(_val(numpr.find(f"{W}numId")), int(_val(numpr.find(f"{W}ilvl"), "0"))) + "\t"


def printed(data: bytes) -> list[tuple[str, str]]:
    """(style name, text as printed: list number and tab first) of every body paragraph."""
    document = docx.Document(io.BytesIO(data))
    numbers = ListNumbers(data)
    return [(p.style.name if p.style is not None else "", numbers.before(p._p) + p.text) for p in document.paragraphs]


def printed_text(data: bytes) -> str:
    """The body text as printed, one paragraph a line."""
    return "\n".join(text for _, text in printed(data))
