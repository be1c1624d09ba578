"""Recognise the number or bullet a paragraph starts with, in the styles real texts use.

`1.`  `1)`  `(1)`  `1-`  `1.2`  `Point 1:`  `Article 1`  `Art. 1`  `§ 1`  `I.`  `(a)`  `a)`
`(i)`  `(A)`  `A.1`  bullets, Cyrillic forms (`Пункт 1`, `Стаття 1`, `Статья 1`, `а)`) and
digits of any script (`٣.`). Each match names a
*family* (how the marks of one list look) and a value (its position in that list);
the structure finder nests families. Letters that are also Roman numerals (`i`, `v`,
`x`, `I`, `C`, ...) come back as two candidates; the finder picks by context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.numbering import alpha, roman


@dataclass(frozen=True, slots=True)
class Marker:
    """A number or bullet at the start of a paragraph."""

    family: str
    """How this list's marks look: `dot`, `paren`, `(alpha)`, `word:article`, `bullet:0`."""
    value: int | None
    """Position in the list (1-based); None when the mark carries no order (bullets)."""
    mark: str
    """The mark as written: `3.`, `(b)`, `Article 2`."""
    rest: str
    """The paragraph's text after the mark."""
    number: str = ""
    """The number alone, as written: `3`, `b`, `2`, `1.2`, `A.1`, `IV`; '' for a bullet."""

    @property
    def grouping(self) -> bool:
        """True for a mark that heads a group of points (`Part II`, `Section 3`, `Розділ 1`, `Phase 2`)."""
        return self.family in GROUPING


_WORDS = {
    "point": "point", "article": "article", "art": "article", "clause": "clause",
    "section": "section", "part": "part", "chapter": "chapter", "paragraph": "paragraph",
    "пункт": "point", "п": "point", "стаття": "article", "статья": "article", "ст": "article",
    "розділ": "part", "раздел": "part", "глава": "chapter", "частина": "part", "часть": "part",
    "phase": "phase", "stage": "phase", "етап": "phase", "этап": "phase", "фаза": "phase",
}
GROUPING = frozenset({"word:part", "word:chapter", "word:section", "word:phase"})
"""Families whose marks head groups of points rather than being points themselves."""
_ROMAN_VALUE = {roman(n): n for n in range(1, 400)}
_UPPER_ROMAN = "IVXLC"

_WORD = re.compile(
    r"(?P<word>(?i:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r"))\.?\s*"
    r"(?P<num>\d{1,3}|[IVXLC]{1,6})\b(?P<end>\s*[.:)\u2014\u2013-])?\s*", re.UNICODE)
_SECTION = re.compile(r"§\s*(?P<num>\d{1,3})\.?\s*")
_ANNEX_POINT = re.compile(r"(?P<letter>[A-ZА-ЯЄІЇҐ])\.(?P<num>\d{1,3})\.?\s+")
_DECIMAL = re.compile(r"(?P<num>\d{1,3}(?:\.\d{1,3})+)\.?(?:\s+|$)")
_ARABIC = re.compile(r"(?P<num>\d{1,3})(?:(?P<end>[.)])(?:\s+|$)|(?P<dash>\s?[-\u2013])\s+(?=[^\W\d]))")
_PAREN = re.compile(r"\((?P<num>\d{1,3}|[a-z]{1,3}|[A-Z]{1,3}|[а-яєіїґ])\)\s*")
_LETTER = re.compile(r"(?P<num>[a-z]{1,4}|[A-Z]{1,4}|[а-яєіїґ])(?P<end>[.)])(?:\s+|$)")
_BULLET = re.compile(r"(?P<num>[-*+•·‣◦▪▫●○■□➢►–—])\s+")
_CYRILLIC = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"


def candidates(text: str, indent: int = 0) -> list[Marker]:
    """Every reading of the mark `text` starts with, most likely first; [] if none."""
    for find in (_word, _section, _annex_point, _decimal, _arabic, _paren, _letter):
        found = find(text)
        if found:
            return found
    match = _BULLET.match(text)
    if match and match.end() < len(text):
        inner = candidates(text[match.end():], indent)
        if inner and not inner[0].family.startswith("bullet"):
            return inner  # `- (a) Scope`: a lettered item set as a bullet
        return [Marker(f"bullet:{indent}", None, match.group("num"), text[match.end():])]
    return []


def _word(text: str) -> list[Marker]:
    match = _WORD.match(text)
    if not match or not match.group("word")[0].isupper():
        return []
    after = text[match.end():match.end() + 1]
    if not match.group("end") and after and not (after.isupper() or after in "\"“«'‘"):
        return []  # `Part 2 of the plan ...` is prose, not a heading
    word = _WORDS[match.group("word").lower()]
    value = _number(match.group("num"))
    mark = text[: match.end()].strip()
    return [Marker(f"word:{word}", value, mark, text[match.end():], match.group("num"))] if value else []


def _section(text: str) -> list[Marker]:
    match = _SECTION.match(text)
    return [_make("section", int(match.group("num")), text, match)] if match else []


def _annex_point(text: str) -> list[Marker]:
    match = _ANNEX_POINT.match(text)
    if not match:
        return []
    written = f"{match.group('letter')}.{match.group('num')}"
    return [_make(f"annex:{match.group('letter')}", int(match.group("num")), text, match, written)]


def _decimal(text: str) -> list[Marker]:
    match = _DECIMAL.match(text)
    if not match:
        return []
    parts = match.group("num").split(".")
    return [_make(f"decimal:{len(parts)}", int(parts[-1]), text, match, match.group("num"))]


def _arabic(text: str) -> list[Marker]:
    match = _ARABIC.match(text)
    if not match:
        return []
    family = {".": "dot", ")": "paren"}.get(match.group("end") or "", "dash")
    return [_make(family, int(match.group("num")), text, match, match.group("num"))]


def _paren(text: str) -> list[Marker]:
    match = _PAREN.match(text)
    if not match:
        return []
    return _lettered(match.group("num"), "({})", text, match)


def _letter(text: str) -> list[Marker]:
    match = _LETTER.match(text)
    if not match:
        return []
    return _lettered(match.group("num"), "{}" + match.group("end"), text, match)


def _lettered(mark: str, shape: str, text: str, match: re.Match[str]) -> list[Marker]:
    """Readings of a letter mark: a number, a Roman numeral, a letter (legal style `aa`)."""
    out = []
    if mark.isdigit():
        return [_make(shape.format("1"), int(mark), text, match)]
    if mark[0] in _CYRILLIC:
        return [_make(shape.format("а"), _CYRILLIC.index(mark) + 1, text, match)]
    lower = mark.lower()
    case = "i" if mark.islower() else "I"
    if lower in _ROMAN_VALUE and (mark.islower() or mark.isupper()):
        out.append(_make(shape.format(case), _ROMAN_VALUE[lower], text, match))
    if len(set(lower)) == 1 and (mark.islower() or mark.isupper()):
        value = (len(lower) - 1) * 26 + ord(lower[0]) - ord("a") + 1
        if alpha(value) == lower:
            out.append(_make(shape.format("a" if case == "i" else "A"), value, text, match))
    if len(out) == 2 and lower in ("c", "d", "l", "m", "v", "x"):
        out.reverse()  # a single `c`, `v`, `x`: a letter unless the context says Roman
    return out


def _make(family: str, value: int, text: str, match: re.Match[str], number: str | None = None) -> Marker:
    written = number if number is not None else (match.groupdict().get("num") or "")
    return Marker(family, value, text[: match.end()].strip(), text[match.end():], written)


def _number(value: str) -> int | None:
    if value.isdigit():
        return int(value)
    return _ROMAN_VALUE.get(value.lower()) if all(c in _UPPER_ROMAN for c in value) else None
