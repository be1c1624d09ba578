"""Read back the text form of amendments (drafter/render/amendments/text.py), in any style.

Each style's phrases (drafter/render/amendments/styles.py) become patterns: a phrase's
words must match exactly, quoted words are whatever stands between the style's quotation
marks. A numbered line starts an instruction; indented lines under it are the clause or
text it quotes. Header and closing lines that drafter writes are skipped; any other line
is an error naming the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from drafter.diff.amendments import Amendment, AmendmentSet, DocumentRef, NewClause, Place, Record, Target
from drafter.errors import InputError
from drafter.render.amendments.styles import STYLES, Style

NUMBER = r"(?:[A-Z]+\.)?[0-9A-Z]+[A-Za-z]*(?:\([0-9A-Za-z]+\))*|\[\[[a-z0-9]+(?:-[a-z0-9]+)*\]\]"
"""A clause number as instructions write it: `3`, `1(b)(ii)`, `A.2`, `8A`, `1(ba)`, `A1`; or `[[id]]`
for a clause without a number of its own."""

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_INSTRUCTION = re.compile(r"(\d+)\. (.*)")
_HEADING = re.compile(rf"(?P<label>(?:{NUMBER})\.|\([0-9A-Za-z]+\))(?: (?P<title>(?!\{{#).*?))?(?: \{{#(?P<id>[a-z0-9-]+)\}})?")
_STATUS = re.compile(r"\[status: (agreed|proposed|bracketed|withdrawn)\]")
_SKIPPED = ("Not in this text:", "The JSON and YAML forms", "No amendments:")
_HEAD = re.compile(r"Amendments to “(?P<title>.*)”, version (?P<version>.*)")
_MAKING = re.compile(r"Making(?: version (?P<version>\S+))?(?: of (?P<date>\S+))?\.")
_RENAME = re.compile(rf"point (?P<number>{NUMBER}) → \{{#(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\}}")


@dataclass(slots=True)
class _Instruction:
    number: int
    line: int
    text: str
    block: list[tuple[int, str]] = field(default_factory=list)


def parse_text(data: bytes, origin: str) -> AmendmentSet:
    """The set of instructions in a text file drafter wrote (or one written the same way)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{origin}: not UTF-8 text") from None
    base, result, instructions, records = _split(text, origin)
    amendments = tuple(_amendment(i, origin) for i in instructions)
    return AmendmentSet(base, amendments, tuple(records), result, _style_of(instructions), origin)


def _split(text: str, origin: str) -> tuple[DocumentRef, dict[str, str], list[_Instruction], list[Record]]:
    base, result = DocumentRef(), {}
    instructions: list[_Instruction] = []
    records: list[Record] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith(_SKIPPED):
            continue
        if line.startswith("Ids changed: ") and line.endswith("."):
            records += _renames(line.removeprefix("Ids changed: ")[:-1], origin, n)
            continue
        if line.startswith(" ") and instructions:
            instructions[-1].block.append((n, line))
        elif match := _INSTRUCTION.fullmatch(line):
            if int(match.group(1)) != len(instructions) + 1:
                raise InputError(f"{origin}:{n}: instruction {match.group(1)} should be number {len(instructions) + 1}")
            instructions.append(_Instruction(int(match.group(1)), n, match.group(2).strip()))
        elif (head := _HEAD.fullmatch(line)) and not instructions:
            base = DocumentRef("", head.group("title"), head.group("version"))
        elif (making := _MAKING.fullmatch(line)) and not instructions:
            result = {k: v for k, v in making.groupdict().items() if v}
        else:
            raise InputError(f"{origin}:{n}: not an amendment instruction: {line.strip()[:60]!r}")
    return base, result, instructions, records


def _renames(text: str, origin: str, line: int) -> list[Record]:
    """`point 1 → {#new-id}; point [[x]] → {#y}` as id records."""
    records = []
    for part in text.split("; "):
        match = _RENAME.fullmatch(part)
        if match is None:
            raise InputError(f"{origin}:{line}: expected `point N → {{#id}}`, not {part[:40]!r}")
        number = match.group("number")
        target = Target("clause", number[2:-2], "") if number.startswith("[[") else Target("clause", "", number)
        records.append(Record(target, "id", match.group("id")))
    return records


def _style_of(instructions: list[_Instruction]) -> str:
    for instruction in instructions:
        for style, _, _ in _matches(instruction.text):
            return style.name
    return "plain"


def _matches(text: str) -> Iterator[tuple[Style, str, re.Match[str]]]:
    variants = (text, text[:1].lower() + text[1:])
    for style in STYLES.values():
        for key, pattern in _patterns(style.name):
            for variant in variants:
                match = pattern.fullmatch(variant)
                if match:
                    yield style, key, match


@cache
def _patterns(style_name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    style = STYLES[style_name]
    keys = [k for k in style.phrases if k not in ("point", "preamble", "annex", "document", "first_point",
                                                   "first_sub_point")]
    return tuple((key, re.compile(_regex(style, style.phrases[key]))) for key in keys)


def _regex(style: Style, template: str) -> str:
    out, at = [], 0
    template = template[:1].lower() + template[1:] if not template.startswith("{") else template
    opening, closing = (re.escape(q) for q in style.quotes)
    for match in _PLACEHOLDER.finditer(template):
        out.append(re.escape(template[at:match.start()]))
        name = match.group(1)
        if name in ("old", "new"):
            out.append(f"{opening}(?P<{name}>.*?){closing}")
        elif name == "first":
            first = "|".join(re.escape(style.phrases[k]) for k in ("first_point", "first_sub_point"))
            out.append(f"(?P<first>{first})")
        else:
            out.append(_target(style, name))
        at = match.end()
    out.append(re.escape(template[at:]))
    return "".join(out)


def _target(style: Style, group: str) -> str:
    phrases = style.phrases
    point = re.escape(phrases["point"]).replace(re.escape("{number}"), f"(?P<{group}_clause>{NUMBER})")
    annex = re.escape(phrases["annex"]).replace(re.escape("{number}"), f"(?P<{group}_annex>[A-Z]+)")
    fixed = [f"(?P<{group}_{kind}>{re.escape(phrases[kind])})" for kind in ("preamble", "document")]
    return f"(?:{'|'.join([point, annex, *fixed])})"


def _target_of(match: re.Match[str], group: str) -> Target | None:
    for kind in ("clause", "annex", "preamble", "document"):
        value = match.groupdict().get(f"{group}_{kind}")
        if value is not None and value.startswith("[["):
            return Target("clause", value[2:-2], "")
        if value is not None:
            return Target(kind, "", value if kind in ("clause", "annex") else "")
    return None


def _amendment(instruction: _Instruction, origin: str) -> Amendment:
    found = next(_matches(instruction.text), None)
    if found is None:
        raise InputError(f"{origin}:{instruction.line}: instruction {instruction.number} is not worded the way any "
                         f"style ({', '.join(STYLES)}) words an amendment: {instruction.text[:60]!r}")
    _, key, match = found
    target, anchor = _target_of(match, "target"), _target_of(match, "anchor")
    old, new = match.groupdict().get("old") or "", match.groupdict().get("new") or ""
    block = _Block(instruction, origin)
    if key.startswith(("substitute", "omit")):
        return Amendment(key.split("_")[0], target, old, new, every=key.endswith("_every"))  # type: ignore[arg-type]
    if key.startswith("insert_"):
        return Amendment("insert", target, old, new, where=key.removeprefix("insert_"))  # type: ignore[arg-type]
    if key == "replace_text":
        return Amendment("replace", target, text=block.paragraphs())
    if key in ("replace", "replace_intro"):
        return Amendment("replace", target, intro=key == "replace_intro",
                         clauses=block.clauses(target.number, replacing=True))  # type: ignore[union-attr]
    if key in ("add_after", "add_first"):
        place = Place("after", anchor) if key == "add_after" else Place("start", target)  # type: ignore[arg-type]
        return Amendment("add", None, place=place, clauses=block.clauses(_parent_number(place)))
    if key in ("move_after", "move_first"):
        return Amendment("move", target, place=Place("after" if key == "move_after" else "start", anchor))  # type: ignore[arg-type]
    if key in ("retitle", "title_added", "title_removed"):
        return Amendment("retitle", target, old, new)
    return Amendment(key, target, old, new)  # type: ignore[arg-type]  # delete, restatus


def _parent_number(place: Place) -> str:
    """What a quoted sub-point's label is appended to: the anchor's parent, or the container."""
    if place.relation == "start":
        return place.target.number if place.target.kind == "clause" else ""
    number = place.target.number
    return number[:number.rindex("(")] if number.endswith(")") else ""


class _Block:
    """The quoted lines under an instruction."""

    def __init__(self, instruction: _Instruction, origin: str) -> None:
        self.origin, self.instruction = origin, instruction
        self.lines = [(n, _indent(line), line.strip()) for n, line in instruction.block]
        if self.lines:
            self._unquote()

    def _unquote(self) -> None:
        from drafter.render.amendments.styles import STYLES

        n, indent, first = self.lines[0]
        last_n, last_indent, last = self.lines[-1]
        for opening, closing in {s.quotes for s in STYLES.values()}:
            if first.startswith(opening) and last.endswith(closing):
                self.lines[0] = (n, indent, first[1:])  # the mark stands where the label would
                last = self.lines[-1][2]
                self.lines[-1] = (last_n, self.lines[-1][1], last[:-1])
                return
        self._fail(n, "the quoted text must open and close with quotation marks")

    def _fail(self, line: int, message: str) -> InputError:
        raise InputError(f"{self.origin}:{line}: instruction {self.instruction.number}: {message}")

    def paragraphs(self) -> tuple[str, ...]:
        """The quoted paragraphs of a text."""
        return tuple(text for _, _, text in self.lines)

    def clauses(self, parent: str, replacing: bool = False) -> tuple[NewClause, ...]:
        """The quoted clauses, numbered under `parent` (the replaced clause's own number if `replacing`)."""
        if not self.lines:
            self._fail(self.instruction.line, "quotes no clause")
        base = self.lines[0][1]
        found, _ = self._clauses(0, base, parent, replacing)
        return tuple(found)

    def _clauses(self, k: int, indent: int, parent: str, replacing: bool) -> tuple[list[NewClause], int]:
        found: list[NewClause] = []
        while k < len(self.lines):
            n, at, text = self.lines[k]
            if at < indent:
                break
            heading = _HEADING.fullmatch(text)
            if at != indent or heading is None:
                self._fail(n, f"expected a clause number and title here, not {text[:40]!r}")
            label = heading.group("label")  # type: ignore[union-attr]
            number = parent if replacing else (label[:-1] if label.endswith(".") else parent + label)
            k, status, paragraphs = self._body(k + 1, indent + 2)
            children, k = self._clauses(k, indent + 4, number, False)
            found.append(NewClause(label, number, heading.group("title"), tuple(paragraphs), status,  # type: ignore[union-attr]
                                   heading.group("id"), clauses=tuple(children)))  # type: ignore[union-attr]
        return found, k

    def _body(self, k: int, indent: int) -> tuple[int, str, list[str]]:
        status, paragraphs = "proposed", list[str]()
        while k < len(self.lines) and self.lines[k][1] == indent:
            text = self.lines[k][2]
            marked = _STATUS.fullmatch(text)
            if marked and not paragraphs and status == "proposed":
                status = marked.group(1)
            else:
                paragraphs.append(text)
            k += 1
        return k, status, paragraphs


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
