"""Word list numbering for the clauses of a document: `w:numPr` on each numbered paragraph and
the definitions in numbering.xml, so Word knows the numbers and a reader's edits keep them.

    lists = Lists(numbering_element, indents)       # the reference document's numbering part
    siblings = lists.siblings(depth=0)              # one run of sibling clauses
    num_id = siblings.number("4.")                  # None: no list prints it, write it as text
    lists.attach()                                  # definitions into numbering.xml

Every run of sibling clauses (the top-level points, the sub-points of one point, an annex's
points) is one list instance (`w:num`), and every instance says where it starts
(`w:lvlOverride`/`w:startOverride`), as Word's own "Restart numbering" writes it, so no
instance continues another. Where the labels jump (a source's 1, 2, 4; `--only agreed`; a
left-out point) a new instance starts at the jump, so each printed number is the model's
label. A label no list level prints (`12bis.`, `II.`, an annex's `A.1.`, which pandoc cannot
hold as a list number) stays literal text, and the list goes on after it.

Each depth has one abstract definition whose first level (`w:ilvl` 0, the one drafter uses)
prints drafter's label style at that depth (`drafter.numbering`): `1.`, `(a)`, `(i)`, `(A)`,
`(1)`. Using level 0 throughout, not one nine-level list, is what pandoc needs to read
`(a)` as `(a)`: it knows the delimiter of `(%1)` but not of `(%2)`. The deeper levels carry on
the same styles for a reader who demotes a point in Word. Levels take the hanging indent and
tab of the `Clause N` styles, which LibreOffice needs: it indents a list paragraph by its
list level, not by its paragraph style.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import cast

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.parts.numbering import NumberingPart

from drafter import numbering
from drafter.render.docx.ooxml import W_NS

LEVELS = 9
"""Levels of a Word list definition (`w:ilvl` 0-8)."""
_FORMATS = {"arabic": "decimal", "lower-alpha": "lowerLetter", "lower-roman": "lowerRoman",
            "upper-alpha": "upperLetter", "paren-arabic": "decimal"}
"""Word's `w:numFmt` for each of drafter's label styles."""


def numbering_element(part: Part) -> object:
    """The `w:numbering` element of a document part, adding an empty numbering part to a reference
    document that has none (python-docx cannot create one itself)."""
    try:
        return cast(XmlPart, part.part_related_by(RT.NUMBERING)).element
    except KeyError:
        root = parse_xml(f'<w:numbering xmlns:w="{W_NS}"/>')
        numbering = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING, root, part.package)
        part.relate_to(numbering, RT.NUMBERING)
        return root


def position(label: str, depth: int) -> int | None:
    """The count at which a list at `depth` prints `label` (`4.` -> 4, `(c)` -> 3), or None when no
    list level prints it exactly (`12bis.`, `II.` at the top, `A.1.`, `a)`)."""
    n = numbering.value(label, depth)
    return n if n is not None and n > 0 and numbering.label(depth, n) == label else None


@dataclass(slots=True)
class Siblings:
    """One run of sibling clauses, numbered from one list instance while their labels follow on."""

    lists: Lists
    depth: int
    num: int = 0
    """The current list instance (`w:numId`); 0 before the first numbered clause."""
    next: int = 0
    """The count the current instance prints next."""

    def number(self, label: str) -> int | None:
        """The list instance that prints `label` here, or None: write the label as text."""
        n = position(label, self.depth)
        if n is None:
            return None
        if not self.num or n != self.next:
            self.num = self.lists.instance(self.depth, n)
        self.next = n + 1
        return self.num


@dataclass(slots=True)
class Lists:
    """The list instances of one document, added to its numbering part by `attach`."""

    numbering: object
    """The `w:numbering` element of the document's numbering part."""
    indents: Mapping[int, tuple[int, int]]
    """Left indent and hanging indent in twips of the `Clause N` style, by N (1-5)."""
    abstracts: dict[int, int] = field(default_factory=dict)
    """Abstract definition id by depth, as they are first needed."""
    nums: list[tuple[int, int, int]] = field(default_factory=list)
    """(numId, abstractNumId, start) of every instance."""
    _abstract_base: int = field(init=False)
    _num_base: int = field(init=False)

    def __post_init__(self) -> None:
        self._abstract_base = 1 + _highest(self.numbering, "abstractNum", "abstractNumId")
        self._num_base = max(1, 1 + _highest(self.numbering, "num", "numId"))  # numId 0 means "not numbered"

    def siblings(self, depth: int) -> Siblings:
        """A new run of sibling clauses at `depth` (0 = top level)."""
        return Siblings(self, depth)

    def instance(self, depth: int, start: int) -> int:
        """A new list instance at `depth` whose first paragraph prints `start`."""
        abstract = self.abstracts.setdefault(depth, self._abstract_base + len(self.abstracts))
        num = self._num_base + len(self.nums)
        self.nums.append((num, abstract, start))
        return num

    def attach(self) -> None:
        """Put the definitions that were used into the numbering part (abstract ones before instances)."""
        if not self.nums:
            return
        abstracts = "".join(self._abstract(aid, depth) for depth, aid in self.abstracts.items())
        nums = "".join(f'<w:num w:numId="{num}"><w:abstractNumId w:val="{aid}"/><w:lvlOverride w:ilvl="0">'
                       f'<w:startOverride w:val="{start}"/></w:lvlOverride></w:num>' for num, aid, start in self.nums)
        parsed = parse_xml(f'<w:numbering xmlns:w="{W_NS}">{abstracts}{nums}</w:numbering>')
        first_num = self.numbering.find(qn("w:num"))  # type: ignore[attr-defined]
        for element in list(parsed):
            if element.tag == qn("w:abstractNum") and first_num is not None:
                first_num.addprevious(element)
            else:
                self._append(element)

    def _append(self, element: object) -> None:
        cleanup = self.numbering.find(qn("w:numIdMacAtCleanup"))  # type: ignore[attr-defined]
        if cleanup is not None:
            cleanup.addprevious(element)
        else:
            self.numbering.append(element)  # type: ignore[attr-defined]

    def _abstract(self, abstract_id: int, depth: int) -> str:
        levels = "".join(self._level(k, depth + k) for k in range(LEVELS))
        return (f'<w:abstractNum w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="multilevel"/>'
                f"{levels}</w:abstractNum>")

    def _level(self, ilvl: int, depth: int) -> str:
        """Level `ilvl` of a definition, printing the label style of clauses at `depth`."""
        text = f"%{ilvl + 1}." if depth == 0 else f"(%{ilvl + 1})"
        indent = self.indents.get(min(depth + 1, max(self.indents, default=1)))
        ppr = ""
        if indent:
            left, hanging = indent
            ppr = (f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>'
                   f'<w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>')
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/>'
                f'<w:numFmt w:val="{_FORMATS[numbering.style_at(depth)]}"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>{ppr}</w:lvl>')


def _highest(numbering: object, tag: str, attribute: str) -> int:
    """The highest id of the `tag` elements already in the numbering part (-1 if none)."""
    ids = [e.get(qn(f"w:{attribute}"), "") for e in numbering.findall(qn(f"w:{tag}"))]  # type: ignore[attr-defined]
    return max((int(i) for i in ids if i.isdigit()), default=-1)
