"""Read back the text form of amendments (drafter/render/amendments/text.py), in any style
and any language a catalogue words the `plain` style in.

Each wording's phrases (drafter/render/amendments/styles.py: every style in English, `plain`
in each catalogue's language) become patterns: a phrase's words must match exactly (a word
asked for in a case, `{target:locative}`, in that case), quoted words are whatever stands
between the wording's quotation marks. A numbered line starts an instruction; indented lines under it are the clause or
text it quotes. Header and closing lines that drafter writes are skipped; any other line
is an error naming the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache

from drafter.diff.amendments import Amendment, AmendmentSet, DocumentRef, NewClause, Place, Record, Target
from drafter.errors import InputError
from drafter.render.amendments.styles import STYLES, TRAILER, WORD_KEYS, Wording, wordings

NUMBER = r"(?:[A-Z]+\.)?[0-9A-Z]+[A-Za-z]*(?:\([0-9A-Za-z]+\))*|\[\[[a-z0-9]+(?:-[a-z0-9]+)*\]\]"
"""A clause number as instructions write it: `3`, `1(b)(ii)`, `A.2`, `8A`, `1(ba)`, `A1`; or `[[id]]`
for a clause without a number of its own."""

_PLACEHOLDER = re.compile(r"\{(\w+)(?::(\w+))?\}")
_INSTRUCTION = re.compile(r"(\d+)\. (.*)")
_HEADING = re.compile(rf"(?P<label>(?:{NUMBER})\.|\([0-9A-Za-z]+\))(?: (?P<title>(?!\{{#).*?))?(?: \{{#(?P<id>[a-z0-9-]+)\}})?")
_ID = r"\{#(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\}"
_MAKING = ("Making version {version} of {date}.", "Making version {version}.", "Making of {date}.")


@dataclass(frozen=True, slots=True)
class _Lines:
    """The lines of the text form other than instructions, in one wording's language."""

    head: re.Pattern[str]
    making: tuple[re.Pattern[str], ...]
    renames: re.Pattern[str]
    rename: re.Pattern[str]
    skipped: tuple[str, ...]
    status: re.Pattern[str]
    statuses: dict[str, str]
    """This language's word for a status -> the status."""


@cache
def _lines(wording: Wording) -> _Lines:
    say = wording.message
    point = re.escape(wording.word("point")).replace(re.escape("{number}"), f"(?P<number>{NUMBER})")
    skipped = tuple(p for p in (say(m).partition("{")[0] for m in (*TRAILER, "No amendments: the texts are the same."))
                    if p)
    statuses = {wording.status(s): s for s in ("agreed", "proposed", "bracketed", "withdrawn")}
    before, _, after = say("[status: {status}]").partition("{status}")
    choice = "|".join(re.escape(w) for w in statuses)
    status = re.compile(f"{re.escape(before)}(?P<status>{choice}){re.escape(after)}")
    return _Lines(_message(say("Amendments to “{title}”, version {version}")),
                  tuple(_message(say(m)) for m in _MAKING), _message(say("Ids changed: {renames}.")),
                  re.compile(f"{point} → {_ID}"), skipped,
                  status, statuses)


def _message(template: str) -> re.Pattern[str]:
    """A line of the text form as a pattern, each `{name}` a group."""
    out, at = [], 0
    for match in _PLACEHOLDER.finditer(template):
        out += [re.escape(template[at:match.start()]), f"(?P<{match.group(1)}>.*?)"]
        at = match.end()
    return re.compile("".join([*out, re.escape(template[at:])]))


def _languages() -> list[_Lines]:
    return list({w.language: _lines(w) for w in wordings()}.values())


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
    languages = _languages()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or any(line.startswith(lang.skipped) for lang in languages):
            continue
        if (renamed := _first(lang.renames for lang in languages)(line)) is not None:
            records += _renames(renamed.group("renames"), origin, n, languages)
            continue
        if line.startswith(" ") and instructions:
            instructions[-1].block.append((n, line))
        elif match := _INSTRUCTION.fullmatch(line):
            if int(match.group(1)) != len(instructions) + 1:
                raise InputError(f"{origin}:{n}: instruction {match.group(1)} should be number {len(instructions) + 1}")
            instructions.append(_Instruction(int(match.group(1)), n, match.group(2).strip()))
        elif not instructions and (head := _first(lang.head for lang in languages)(line)):
            base = DocumentRef("", head.group("title"), head.group("version"))
        elif not instructions and (making := _first(m for lang in languages for m in lang.making)(line)):
            result = {k: v for k, v in making.groupdict().items() if v}
        else:
            raise InputError(f"{origin}:{n}: not an amendment instruction: {line.strip()[:60]!r}")
    return base, result, instructions, records


def _first(patterns: Iterator[re.Pattern[str]]) -> Callable[[str], re.Match[str] | None]:
    """Matches a line against each pattern in turn: the first that matches it whole."""
    found = list(patterns)

    def match(line: str) -> re.Match[str] | None:
        return next((m for pattern in found if (m := pattern.fullmatch(line))), None)
    return match


def _renames(text: str, origin: str, line: int, languages: list[_Lines]) -> list[Record]:
    """`point 1 → {#new-id}; point [[x]] → {#y}` as id records."""
    records = []
    for part in text.split("; "):
        match = _first(lang.rename for lang in languages)(part)
        if match is None:
            raise InputError(f"{origin}:{line}: expected `point N → {{#id}}`, not {part[:40]!r}")
        number = match.group("number")
        target = Target("clause", number[2:-2], "") if number.startswith("[[") else Target("clause", "", number)
        records.append(Record(target, "id", match.group("id")))
    return records


def _style_of(instructions: list[_Instruction]) -> str:
    for instruction in instructions:
        for wording, _, _ in _matches(instruction.text):
            return wording.style
    return "plain"


def _matches(text: str) -> Iterator[tuple[Wording, str, re.Match[str]]]:
    variants = (text, text[:1].lower() + text[1:])
    for wording in wordings():
        for key, pattern in _patterns(wording):
            for variant in variants:
                match = pattern.fullmatch(variant)
                if match:
                    yield wording, key, match


@cache
def _patterns(wording: Wording) -> tuple[tuple[str, re.Pattern[str]], ...]:
    keys = [k for k in wording.phrases if k not in WORD_KEYS]
    return tuple((key, re.compile(_regex(wording, wording.phrases[key]))) for key in keys)


def _regex(wording: Wording, template: str) -> str:
    out, at = [], 0
    template = template[:1].lower() + template[1:] if not template.startswith("{") else template
    opening, closing = (re.escape(q) for q in wording.quotes)
    for match in _PLACEHOLDER.finditer(template):
        out.append(re.escape(template[at:match.start()]))
        name, case = match.groups()
        if name in ("old", "new"):
            out.append(f"{opening}(?P<{name}>.*?){closing}")
        elif name == "first":
            first = "|".join(re.escape(wording.word(k, case)) for k in ("first_point", "first_sub_point"))
            out.append(f"(?P<first>{first})")
        else:
            out.append(_target(wording, name, case))
        at = match.end()
    out.append(re.escape(template[at:]))
    return "".join(out)


def _target(wording: Wording, group: str, case: str | None) -> str:
    number = re.escape("{number}")
    point = re.escape(wording.word("point", case)).replace(number, f"(?P<{group}_clause>{NUMBER})")
    annex = re.escape(wording.word("annex", case)).replace(number, f"(?P<{group}_annex>[A-Z]+)")
    fixed = [f"(?P<{group}_{kind}>{re.escape(wording.word(kind, case))})" for kind in ("preamble", "document")]
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
    wording, key, match = found
    target, anchor = _target_of(match, "target"), _target_of(match, "anchor")
    old, new = match.groupdict().get("old") or "", match.groupdict().get("new") or ""
    block = _Block(instruction, origin, wording)
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
    if key == "restatus":
        statuses = _lines(wording).statuses
        old, new = statuses.get(old, old), statuses.get(new, new)
    return Amendment(key, target, old, new)  # type: ignore[arg-type]  # delete, restatus


def _parent_number(place: Place) -> str:
    """What a quoted sub-point's label is appended to: the anchor's parent, or the container."""
    if place.relation == "start":
        return place.target.number if place.target.kind == "clause" else ""
    number = place.target.number
    return number[:number.rindex("(")] if number.endswith(")") else ""


class _Block:
    """The quoted lines under an instruction."""

    def __init__(self, instruction: _Instruction, origin: str, wording: Wording) -> None:
        self.origin, self.instruction, self.wording = origin, instruction, wording
        self.lines = [(n, _indent(line), line.strip()) for n, line in instruction.block]
        if self.lines:
            self._unquote()

    def _unquote(self) -> None:
        n, indent, first = self.lines[0]
        last_n, last_indent, last = self.lines[-1]
        opening, closing = self.wording.quotes
        if first.startswith(opening) and last.endswith(closing):
            self.lines[0] = (n, indent, first[len(opening):])  # the mark stands where the label would
            last = self.lines[-1][2]
            self.lines[-1] = (last_n, self.lines[-1][1], last[:len(last) - len(closing)])
            return
        self._fail(n, f"the quoted text must open with {opening} and close with {closing}")

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
            marked = _lines(self.wording).status.fullmatch(text)
            if marked and not paragraphs and status == "proposed":
                status = _lines(self.wording).statuses[marked.group("status")]
            else:
                paragraphs.append(text)
            k += 1
        return k, status, paragraphs


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
