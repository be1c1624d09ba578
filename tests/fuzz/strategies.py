"""Generators of hostile input: proposal YAML, plain text, Markdown and Word.

Each starts from something shaped like the real thing (a proposal with clauses, a numbered
list, a Word body) so that inputs get past the first check, then breaks it: stray YAML
punctuation, indentation shifts, duplicated or dropped lines, tabs, BOMs, invalid UTF-8,
nesting thousands deep. Plain random bytes are mixed in too.

They are plain functions of a `random.Random`, cheap enough for a million inputs (drawing
every choice through Hypothesis cost 60 ms an input); `strategy(generate)` makes one a
Hypothesis strategy for `make test`. A failing input is minimised by tests/fuzz/run.py.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar
from xml.sax.saxutils import escape

from hypothesis import strategies as st

from tests.conftest import ROOT

T = TypeVar("T")


def strategy(generate: Callable[[random.Random], T]) -> st.SearchStrategy[T]:
    """`generate` as a Hypothesis strategy: Hypothesis picks the seed."""
    return st.randoms(use_true_random=True).map(generate)


WORDS = ("ceasefire", "Parties", "shall", "withdraw", "monitoring", "mission", "72", "hours", "Kyiv", "Донбас",
         "وقف", "E3:", "UK,", "France", "[[c1]]", "[[nowhere]]", "#", "&", "*", "!", "%", "@", "`", "|", ">", "'",
         '"', "-", "?", ":", "{", "}", "[", "]", "\\", "\t", "NO", "1.10", "2025-10-22", "2025-02-30", "~", "null")
"""Words of proposal text, and the characters YAML reads as syntax."""

IDS = ("c1", "c2", "c3", "ceasefire", "prisoners", "Bad Id", "", "c1")
FIELDS = ("id", "title", "text", "status", "tags", "positions", "alternatives", "notes", "sources", "clauses",
          "number", "titel", "amended_by")
STATUSES = ("proposed", "agreed", "bracketed", "withdrawn", "pending", "")
PARTIES = ("UA", "RU", "US", "EU", "NO", "XX")
SYNTAX = ":-[]{}'\"#&*!|>%@`?,\t \n\\"


def sentence(rnd: random.Random) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 12)))


def scalar(rnd: random.Random) -> Any:
    """A value as a proposal field might hold it, good or bad."""
    kind = rnd.randrange(10)
    if kind < 5:
        return sentence(rnd)
    if kind == 5:
        return rnd.choice(["", None, "~", "null", "NO", "1.10", "2025-10-22", "2025-02-30", "0x1F"])
    if kind == 6:
        return [sentence(rnd) for _ in range(rnd.randint(0, 3))]
    if kind == 7:
        return {rnd.choice(PARTIES): rnd.choice(["supports", "opposes", "reserves", "maybe"])}
    if kind == 8:
        return "".join(chr(rnd.randint(1, 0x2FFF)) for _ in range(rnd.randint(0, 20)))
    return rnd.randint(-5, 10 ** 6)


def clause(rnd: random.Random, depth: int = 0) -> dict[str, Any]:
    made: dict[str, Any] = {"id": rnd.choice(IDS), "text": sentence(rnd)}
    for _ in range(rnd.randint(0, 4)):
        made[rnd.choice(FIELDS)] = scalar(rnd)
    if rnd.randrange(6) == 0:
        made["status"] = rnd.choice(STATUSES)
    if depth < 3 and rnd.randrange(4) == 0:
        made["clauses"] = [clause(rnd, depth + 1) for _ in range(rnd.randint(1, 3))]
    return made


def document(rnd: random.Random) -> dict[str, Any]:
    """A proposal as data: mostly valid, with wrong fields and values sprinkled in."""
    made: dict[str, Any] = {"drafter": rnd.choice([1, 1, 1, 2, "1"]), "id": "plan", "title": sentence(rnd),
                            "version": rnd.choice(["0.1", "1.10", "x"]),
                            "date": rnd.choice(["2025-10-22", "2025-02-30", "undated", "22.10.2025"]),
                            "status": rnd.choice(["draft", "agreed", "circulated", "frozen"])}
    if rnd.random() < 0.5:
        made["parties"] = [{"id": rnd.choice(PARTIES), "name": sentence(rnd)} for _ in range(rnd.randint(0, 3))]
    if rnd.random() < 0.5:
        made["preamble"] = sentence(rnd)
    made["clauses"] = [clause(rnd) for _ in range(rnd.randint(0, 5))]
    if rnd.randrange(5) == 0:
        made["annexes"] = [{"id": "annex-a", "title": sentence(rnd),
                            "clauses": [clause(rnd) for _ in range(rnd.randint(0, 2))]}]
    for _ in range(rnd.randint(0, 2)):
        made[rnd.choice(["notice", "authors", "sources", "notes", "colour"])] = scalar(rnd)
    return made


def block(value: Any, indent: int = 0) -> list[str]:
    """`value` as block-style YAML lines, scalars written plain (so YAML syntax in them bites)."""
    pad = " " * indent
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, dict | list) and item:
                lines += [f"{pad}{key}:", *block(item, indent + 2)]
            else:
                lines.append(f"{pad}{key}: {flow(item)}".rstrip())
        return lines
    if isinstance(value, list):
        lines = []
        for item in value:
            inner = block(item, indent + 2)
            lines += [f"{pad}- {inner[0].lstrip()}", *inner[1:]] if inner else [f"{pad}-"]
        return lines
    return [f"{pad}{flow(value)}"]


def flow(value: Any) -> str:
    """`value` in flow style: {a: b}, [a, b], plain scalars."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return "" if value is None else str(value)


def literal(value: Any, indent: int = 0) -> list[str]:
    """Like `block`, but texts as `|` blocks, the way drafters write clause text."""
    pad = " " * indent
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, str) and key in ("text", "preamble", "title"):
                lines += [f"{pad}{key}: |", *(f"{pad}  {line}" for line in item.split("\n"))]
            elif isinstance(item, dict | list) and item:
                lines += [f"{pad}{key}:", *literal(item, indent + 2)]
            else:
                lines.append(f"{pad}{key}: {flow(item)}".rstrip())
        return lines
    if isinstance(value, list):
        lines = []
        for item in value:
            inner = literal(item, indent + 2)
            lines += [f"{pad}- {inner[0].lstrip()}", *inner[1:]] if inner else [f"{pad}-"]
        return lines
    return [f"{pad}{flow(value)}"]


def mangled(rnd: random.Random, lines: list[str]) -> list[str]:
    """`lines` with a few of the slips a person makes typing YAML."""
    lines = list(lines)
    for _ in range(rnd.randint(0, 4)):
        if not lines:
            break
        at = rnd.randrange(len(lines))
        line, kind = lines[at], rnd.randrange(8)
        if kind == 0:
            column = rnd.randint(0, len(line))
            lines[at] = line[:column] + rnd.choice(SYNTAX) + line[column:]
        elif kind == 1 and line:
            column = rnd.randrange(len(line))
            lines[at] = line[:column] + line[column + 1:]
        elif kind == 2:
            lines[at] = " " * rnd.randint(1, 3) + line
        elif kind == 3:
            lines[at] = line[rnd.randint(1, 3):] if line.startswith("   ") else line.lstrip()
        elif kind == 4:
            lines.insert(at, line)
        elif kind == 5:
            del lines[at]
        elif kind == 6:
            lines[at] = line.replace("  ", "\t", 1)
        else:
            other = rnd.randrange(len(lines))
            lines[at], lines[other] = lines[other], lines[at]
    return lines


def nested(depth: int, kind: int) -> str:
    """Input nested `depth` deep: flow lists, flow mappings, block lists, block mappings, clauses."""
    if kind == 0:
        return "clauses: " + "[" * depth + "]" * depth
    if kind == 1:
        return "{a: " * depth + "1" + "}" * depth
    if kind == 2:
        return "clauses:\n" + "".join("  " * (i + 1) + "-\n" for i in range(depth))
    if kind == 3:
        return "".join(" " * i + "a:\n" for i in range(depth))
    return "clauses:\n" + "".join("    " * i + f"  - id: c{i}\n" + "    " * i + "    clauses:\n" for i in range(depth))


def proposal_bytes(rnd: random.Random) -> bytes:
    """A proposal file as bytes: structured and then broken, or raw."""
    kind = rnd.randrange(40)
    if kind < 34:
        writer = rnd.choice([block, literal])
        text = "\n".join(mangled(rnd, writer(document(rnd)))) + "\n"
    elif kind < 37:
        text = "".join(rnd.choice(SYNTAX + "abc01 \n") for _ in range(rnd.randint(0, 200)))
    elif kind < 39:
        text = nested(rnd.choice([10, 63, 64, 65, 999, 1001, 5000]), rnd.randrange(5))
    else:
        return rnd.randbytes(rnd.randint(0, 200))
    data = text.encode("utf-8")
    if rnd.randrange(10) == 0:
        data = rnd.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"", b"\x00"]) + data
    if rnd.randrange(10) == 0:
        data = data.replace(b"\n", b"\r\n")
    if rnd.randrange(20) == 0 and data:
        at = rnd.randrange(len(data))
        data = data[:at] + rnd.choice([b"\xe9", b"\x80", b"\x07", b"\xc3"]) + data[at:]
    return data


def versions(rnd: random.Random) -> list[bytes]:
    """Successive versions of one proposal, each a few slips away from the first."""
    base = block(document(rnd))
    return [("\n".join(mangled(rnd, base)) + "\n").encode("utf-8") for _ in range(rnd.randint(1, 4))]


MARKERS = ("1.", "2.", "1)", "(1)", "(a)", "(b)", "(i)", "(ii)", "I.", "II.", "A.", "Article 1", "Article 2.",
           "§ 1", "Point 1", "Пункт 1", "Стаття 2", "1.1", "1.1.1", "- ", "* ", "+ ", "•", "12.", "99)", "")


def text_lines(rnd: random.Random) -> list[str]:
    """Lines of a numbered text: markers, indentation, headings, blank lines."""
    lines = []
    for _ in range(rnd.randint(0, 25)):
        indent = " " * rnd.choice([0, 0, 0, 2, 3, 4, 8])
        lines.append(f"{indent}{rnd.choice(MARKERS)} {sentence(rnd)}".rstrip() if rnd.randrange(6) else "")
    return lines


def plain_text(rnd: random.Random) -> bytes:
    """A plain-text document to import."""
    kind = rnd.randrange(100)
    if kind < 95:
        return "\n".join(text_lines(rnd)).encode("utf-8")
    if kind < 99:
        return rnd.randbytes(rnd.randint(0, 300))
    # nesting thousands deep costs a second an input: one in a hundred
    return "\n".join(" " * i + f"{i + 1}. Deeper" for i in range(rnd.choice([50, 1000, 5000]))).encode()


MD_PREFIXES = ("# ", "## ", "### ", "#### ", "> ", "> > ", "- ", "  - ", "    - ", "1. ", "   1. ", "* ", "---",
               "```", "| a | b |", "**Bold.** ", "__Lead__: ", "")


def markdown(rnd: random.Random) -> bytes:
    """A Markdown document to import, with front matter sometimes and nesting thousands deep sometimes."""
    kind = rnd.randrange(100)
    if kind == 98:
        return ("> " * rnd.choice([100, 1000, 3000]) + "1. Deep quote\n").encode()
    if kind == 99:
        return "".join("  " * i + "- item\n" for i in range(rnd.choice([100, 500, 1000]))).encode()
    lines = [f"{rnd.choice(MD_PREFIXES)}{line.lstrip()}" if rnd.random() < 0.5 else line for line in text_lines(rnd)]
    if rnd.randrange(5) == 0:
        front = block({"title": sentence(rnd), "id": rnd.choice(IDS), "date": rnd.choice(["2025-10-22", "x", ""])})
        lines = ["---", *mangled(rnd, front), "---", *lines]
    return "\n".join(lines).encode("utf-8")


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STYLES = ("Title", "Heading1", "Heading2", "Heading3", "ListNumber", "ListNumber2", "ListParagraph", "Normal",
          "Clause1", "Clause2", "NoSuchStyle")


@cache
def _docx_parts() -> dict[str, bytes]:
    """The parts of the shipped reference document: styles and numbering to build bodies on."""
    with zipfile.ZipFile(ROOT / "templates" / "proposal.docx") as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def word_paragraph(rnd: random.Random, depth: int = 0) -> str:
    if rnd.randrange(10) == 9 and depth < 3:  # a table, perhaps nested
        cells = "".join(f"<w:tc>{word_paragraph(rnd, depth + 1)}</w:tc>" for _ in range(rnd.randint(1, 2)))
        return f"<w:tbl><w:tr>{cells}</w:tr></w:tbl>"
    properties = f'<w:pStyle w:val="{rnd.choice(STYLES)}"/>' if rnd.random() < 0.5 else ""
    if rnd.randrange(4) == 0:
        properties += f'<w:numPr><w:ilvl w:val="{rnd.randint(0, 12)}"/><w:numId w:val="{rnd.randint(0, 5)}"/></w:numPr>'
    runs = ""
    for _ in range(rnd.randint(0, 3)):
        text = escape(sentence(rnd))
        bold = "<w:rPr><w:b/></w:rPr>" if rnd.random() < 0.5 else ""
        run = f'<w:r>{bold}<w:t xml:space="preserve">{text}</w:t></w:r>'
        wrapper = rnd.choice(["", "ins", "del", "sdt"])
        if wrapper == "ins":
            run = f'<w:ins w:id="1" w:author="x">{run}</w:ins>'
        elif wrapper == "del":
            run = f'<w:del w:id="2" w:author="x"><w:r><w:delText>{text}</w:delText></w:r></w:del>'
        elif wrapper == "sdt":
            run = f"<w:sdt><w:sdtContent>{run}</w:sdtContent></w:sdt>"
        runs += run
    return f"<w:p><w:pPr>{properties}</w:pPr>{runs}</w:p>"


def word(rnd: random.Random) -> bytes:
    """A .docx: the reference document's package with a generated body, or a broken package."""
    kind = rnd.randrange(100)
    point = "<w:p><w:r><w:t>1. x</w:t></w:r></w:p>"
    if kind == 98:
        depth = rnd.choice([50, 500, 3000])
        body = "<w:tbl><w:tr><w:tc>" * depth + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * depth + point
    elif kind == 99:
        depth = rnd.choice([50, 500, 3000])
        body = "<w:p>" + "<w:ins w:id='1' w:author='x'>" * depth + "<w:r><w:t>1. x</w:t></w:r>" + "</w:ins>" * depth + "</w:p>"
    else:
        body = "".join(word_paragraph(rnd) for _ in range(rnd.randint(0, 12)))
    parts = dict(_docx_parts())
    parts["word/document.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                  f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>').encode()
    if rnd.randrange(5) == 0:
        name = rnd.choice(["word/styles.xml", "word/numbering.xml", "_rels/.rels", "[Content_Types].xml"])
        parts[name] = rnd.choice([b"", b"<x/>", b"not xml", parts[name][: len(parts[name]) // 2]])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    data = buffer.getvalue()
    return data[: rnd.randint(0, len(data))] if rnd.randrange(10) == 0 else data
