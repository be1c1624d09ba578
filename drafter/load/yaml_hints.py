"""YAML syntax errors in the words a person typing YAML by hand needs.

libyaml says *what* its grammar expected ("mapping values are not allowed in this
context", "could not find expected ':'") and often *where it noticed*, a line or two after
the mistake. Here each common mistake is recognised from that report and the text around
it, and becomes the place to look plus a phrase saying what to do:

    explain(error, text) -> (2, 10, 'a colon followed by a space inside a value
                                     (put the value in quotes: title: "E3: plan")')

An error not recognised keeps libyaml's own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Where = tuple[int, int]
"""0-based (line, column), as YAML marks count."""
Explained = tuple[int, int, str]
"""1-based (line, column) and the message."""

_LINE_BREAKS = re.compile("\r\n|\r|\n|\x85|\u2028|\u2029")
_FIELD = re.compile(r"(\s*(?:-\s+)?)([\w.-]+):(?=\s|$)")
"""A line that starts like a field: `  title:`, `- id:`."""
_FIELD_NO_SPACE = re.compile(r"\s*(?:-\s+)?([\w.-]+):(\S.*)")
_FIELD_VALUE = re.compile(r"(\s*(?:-\s+)?[\w.-]+:\s+)(.*?)\s*$")


class _Context:
    """The error and the text around it."""

    def __init__(self, error: yaml.MarkedYAMLError, text: str) -> None:
        self.error = error
        self.text = text
        self.lines = _LINE_BREAKS.split(text)
        self.problem = (error.problem or "").strip()
        self.context = (error.context or "").strip()
        mark = error.problem_mark or error.context_mark
        self.at: Where = (mark.line, mark.column) if mark else (0, 0)
        self.opened: Where | None = (error.context_mark.line, error.context_mark.column) if error.context_mark else None

    def line(self, number: int) -> str:
        return self.lines[number] if 0 <= number < len(self.lines) else ""

    def char(self, where: Where) -> str:
        line = self.line(where[0])
        return line[where[1]] if where[1] < len(line) else ""


def explain(error: yaml.MarkedYAMLError, text: str) -> Explained | None:
    """Where to look and what to do about `error` in `text`, or None if not recognised."""
    context = _Context(error, text)
    for recognise in _RECOGNISERS:
        found = recognise(context)
        if found is not None:
            line, column, message = found
            return line + 1, column + 1, message
    return None


def _colon_in_value(c: _Context) -> Explained | None:
    if not c.problem.startswith("mapping values are not allowed"):
        return None
    line = c.line(c.at[0])
    field = _FIELD.match(line)
    if field and field.end() - 1 == c.at[1]:
        name = field.group(2)
        return (*c.at, f"'{name}:' is indented more than the line above, so it reads as more of that line's value"
                f" (line '{name}:' up with the field above it; if it is text, put the text in quotes)")
    return (*c.at, f"a colon followed by a space inside a value ({_quote_advice(line, c.at[1])})")


def _quote_advice(line: str, column: int) -> str:
    """`put the value in quotes: title: "E3: plan"` with the line's own words when it is one field."""
    found = _FIELD_VALUE.match(line)
    if found is None or column < found.end(1) or not found.group(2):
        return "put the whole value in quotes, or write it as a block of text after |"
    return f"put the value in quotes: {found.group(1).strip()} {_double_quoted(found.group(2))}"


def _double_quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _not_a_field(c: _Context) -> Explained | None:
    """A line with no `name:` where a field was expected: text indented too little, or `name:value`."""
    if c.problem != "could not find expected ':'" or c.opened is None:
        return None
    line = c.line(c.opened[0])
    glued = _FIELD_NO_SPACE.match(line)
    if glued and not glued.group(2).startswith(":"):
        name, value = glued.groups()
        return (*c.opened, f"no space after the colon of '{name}:' (write '{name}: {value.strip()}')")
    return (*c.opened, _TOO_LITTLE)


_TOO_LITTLE = ("a line indented too little for the text it belongs to"
               " (indent it further than the field name, as far as the text above it)")


def _tab(c: _Context) -> Explained | None:
    if "tab" not in c.problem and not (c.problem.endswith("cannot start any token") and c.char(c.at) == "\t"):
        return None
    return (*c.at, "a tab character (YAML indents with spaces only: replace the tab with spaces)")


def _cannot_start(c: _Context) -> Explained | None:
    if not c.problem.endswith("cannot start any token"):
        return None
    char = c.char(c.at)
    shown = f"'{char}'" if char.isprintable() and char.strip() else f"U+{ord(char):04X}" if char else "this character"
    return (*c.at, f"a value cannot start with {shown} in YAML (put the value in quotes)")


def _unclosed_quote(c: _Context) -> Explained | None:
    if "quoted scalar" not in c.context or "end of stream" not in c.problem and "document" not in c.problem:
        return None
    assert c.opened is not None
    quote = c.char(c.opened) or '"'
    return (*c.opened, f"a quote {quote} opened here is never closed (end the value with {quote})")


def _bad_escape(c: _Context) -> Explained | None:
    if "escape" not in c.problem:
        return None
    return (*c.at, "a backslash inside double quotes starts an escape such as \\n"
            " (write \\\\ for a backslash, or put the value in single quotes)")


def _alias_or_anchor(c: _Context) -> Explained | None:
    if "alias" in c.context or c.problem.startswith("found undefined alias"):
        sign = "*"
    elif "anchor" in c.context:
        sign = "&"
    else:
        return None
    start = c.opened if c.opened is not None and "scanning" in c.context else c.at
    meaning = "alias" if sign == "*" else "anchor"
    return (*start, f"a value starting with {sign} is read as a YAML {meaning} (put the value in quotes)")


def _text_after_bar(c: _Context) -> Explained | None:
    if "block scalar" not in c.context or "line break" not in c.problem:
        return None
    return (*c.at, "text on the same line as | or > (start the text on the next line, indented;"
            " or put the value in quotes)")


def _unclosed_bracket(c: _Context) -> Explained | None:
    found = re.fullmatch(r"while parsing a flow (sequence|mapping)", c.context)
    if found is None or c.opened is None or "expected ','" not in c.problem:
        return None
    opening, closing = ("[", "]") if found.group(1) == "sequence" else ("{", "}")
    return (*c.opened, f"this {opening} is not closed (close it with {closing}; a value that starts with {opening},"
            f" or has ': ' between {opening} and {closing}, must be put in quotes)")


def _value_cannot_start(c: _Context) -> Explained | None:
    if "sequence entries are not allowed" in c.problem:
        return (*c.at, "a value cannot start with '- ' (put the value in quotes, or start the list on the next line)")
    if "mapping keys are not allowed" in c.problem:
        return (*c.at, "a value cannot start with '? ' (put the value in quotes)")
    return None


def _misplaced(c: _Context) -> Explained | None:
    """The parser wanted another field or list item and found something else."""
    wanted_key = c.problem in ("did not find expected key", "did not find expected '-' indicator") or \
        c.problem.startswith("expected <block end>")
    if not wanted_key:
        return None
    before, opened = _tokens_before(c.text, c.at)
    for explain_token in (_after_quote, _after_flow, _misaligned):
        found = explain_token(c, before, opened)
        if found is not None:
            return found
    return None


def _after_quote(c: _Context, before: yaml.Token | None, opened: Where | None) -> Explained | None:
    if not isinstance(before, yaml.ScalarToken) or before.style not in ("'", '"'):
        return None
    quote = before.style
    start = (before.start_mark.line, before.start_mark.column)
    if before.end_mark.line > start[0]:
        inside = "; a quote inside the value is written \\\"" if quote == '"' else ""
        return (*start, f"the quote {quote} opened here closes only on line {before.end_mark.line + 1}"
                f" (close it on this line{inside})")
    if quote == "'":
        return (*c.at, "text after the closing quote ' (inside single quotes an apostrophe is written twice,"
                " 'Europe''s plan'; or put the whole value in double quotes)")
    return (*c.at, 'text after the closing quote " (inside double quotes a quote is written \\",'
            " or put the whole value in single quotes)")


def _after_flow(c: _Context, before: yaml.Token | None, opened: Where | None) -> Explained | None:
    if not isinstance(before, yaml.FlowSequenceEndToken | yaml.FlowMappingEndToken) or opened is None:
        return None
    if before.end_mark.line != c.at[0]:
        return None
    bracket, kind = ("[", "list") if isinstance(before, yaml.FlowSequenceEndToken) else ("{", "mapping")
    return (*opened, f"a value that starts with {bracket} is read as a {kind}, and text follows it"
            " (put the value in quotes, or write it as a block of text after |)")


def _misaligned(c: _Context, before: yaml.Token | None, opened: Where | None) -> Explained | None:
    line = c.line(c.at[0])
    indent = len(line) - len(line.lstrip(" "))
    if line.lstrip().startswith("- ") or line.strip() == "-":
        return (*c.at, "a list item not lined up with the items above it (put its '-' under theirs)")
    field = _FIELD.match(line)
    if field:
        return (*c.at, f"'{field.group(2)}:' is not lined up with the fields above it (indent it as far as they are)")
    if isinstance(before, yaml.ScalarToken) and before.start_mark.line < c.at[0] and indent > 0:
        return (*c.at, _TOO_LITTLE)
    return None


def _tokens_before(text: str, at: Where) -> tuple[yaml.Token | None, Where | None]:
    """The last token libyaml scanned that starts before `at`, and where the last outermost
    [...] or {...} before it opened (scanning stops at the first error)."""
    before, depth, opened = None, 0, None
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if (token.start_mark.line, token.start_mark.column) >= at:
                break
            if isinstance(token, yaml.FlowSequenceStartToken | yaml.FlowMappingStartToken):
                opened = (token.start_mark.line, token.start_mark.column) if depth == 0 else opened
                depth += 1
            elif isinstance(token, yaml.FlowSequenceEndToken | yaml.FlowMappingEndToken):
                depth -= 1
            before = token
    except yaml.YAMLError:
        pass
    return before, opened


def _too_deep(c: _Context) -> Explained | None:
    if "maximum nesting depth" not in c.problem:
        return None
    from drafter.load.yaml_source import TOO_DEEP

    return (*c.at, TOO_DEEP)


def _flow_colon(c: _Context) -> Explained | None:
    if c.problem != "found unexpected ':'":
        return None
    return (*c.at, "a colon inside {...} or [...] that is not followed by a space (put the value in quotes)")


_RECOGNISERS: tuple[Callable[[_Context], Explained | None], ...] = (
    _tab, _colon_in_value, _not_a_field, _unclosed_quote, _bad_escape, _alias_or_anchor, _text_after_bar,
    _unclosed_bracket, _value_cannot_start, _cannot_start, _too_deep, _flow_colon, _misplaced,
)
