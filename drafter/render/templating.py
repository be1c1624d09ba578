"""The one Jinja environment every template runs in: sandboxed, strict, confined.

- `SandboxedEnvironment`: a template cannot reach Python internals
  (`{{ ''.__class__.__mro__ }}` is refused), so a user's copied template is safe to run.
- `StrictUndefined`: a misspelt variable is an error, not an empty string.
- The loader sees only the template's own folder, so `{% include %}` cannot wander.
- Time, memory, output and number sizes are bounded (`drafter.render.limits`): a
  template that loops for ever or builds a huge string ends in a one-line error.
- Autoescape only for `*.html.j2`; Markdown and Word text are not HTML.

Every Jinja failure becomes `TemplateError("templates/x.md.j2:12: 'foo' is undefined")`.

Jinja is imported only when a template needs it: text that merely names variables (the
shipped reference document's `{{ title }}`) is filled without it (`render_string`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from drafter.errors import TemplateError

if TYPE_CHECKING:
    from jinja2.sandbox import SandboxedEnvironment
    from markupsafe import Markup

TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"
"""Templates shipped with drafter (the repository's `templates/`, or `drafter/templates`)."""

if not TEMPLATES.is_dir():  # installed: templates/ ships as the drafter.templates package
    TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_<>\[\]|])")


def markdown_escape(text: str) -> str:
    """`text` with the characters Markdown would read as markup backslash-escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def css_string(text: str) -> Markup:
    """`text` as a quoted CSS string, safe inside a <style> element."""
    from markupsafe import Markup

    escaped = "".join(c if c.isalnum() or c in " .,:;-·()'" else f"\\{ord(c):x} " for c in text)
    return Markup(f'"{escaped}"')


def environment(folder: Path, *, html: bool) -> SandboxedEnvironment:
    """A sandboxed, strict, bounded environment that loads templates from `folder` only."""
    import jinja2

    from drafter.render.sandbox import BoundedLoader, BoundedSandbox, bounded_filters

    env = BoundedSandbox(
        loader=BoundedLoader(str(folder)) if folder else None,
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = markdown_escape
    env.filters["css_string"] = css_string
    env.filters = bounded_filters(env.filters)
    return env


def render_file(template: Path, context: Mapping[str, Any]) -> str:
    """Render the template file at `template` with `context`, within the limits of `sandbox`."""
    import jinja2

    from drafter.render.limits import bounded, collect

    html = template.name.endswith(".html.j2")
    env = environment(template.parent, html=html)
    try:
        with bounded():
            return collect(env.get_template(template.name).generate(context))
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"{_shown(template)}: template not found: {exc.name}") from None
    except Exception as exc:  # noqa: BLE001 - a template is user code: whatever it raises is its error
        raise TemplateError(_message(exc, template)) from None


def render_string(source: str, context: Mapping[str, Any], where: str) -> str:
    """Render a template held in a string (text inside a .docx); `where` names it in errors."""
    filled = _names_only(source, context)
    if filled is not None:
        return filled  # nothing of the template's own runs: no sandbox, no limits needed
    from drafter.render.limits import bounded, collect

    env = environment(Path(), html=False)
    env.loader = None
    try:
        with bounded():
            return collect(env.from_string(source).generate(context))
    except Exception as exc:  # noqa: BLE001 - as in render_file
        raise TemplateError(f"{where}: {_reason(exc)}") from None


_NAME = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
_JINJA_WORDS = frozenset({"true", "false", "none", "True", "False", "None", "and", "or", "not", "in", "is",
                          "if", "else"})
"""Names Jinja reads as literals or operators, never as variables."""


def _names_only(source: str, context: Mapping[str, Any]) -> str | None:
    """`source` filled as Jinja would fill it, when all it holds is `{{ name }}`s naming text; else None.

    Jinja prints a variable holding text as that text, and passes the rest through (it
    only rewrites line ends, hence no `\r`). Anything more (a filter, a block, a name Jinja
    must report as undefined, a brace that could start or end a tag) is left to Jinja.
    """
    names = _NAME.findall(source)
    rest = _NAME.sub("", source)
    if "\r" in source or "{" in rest or "}" in rest:
        return None
    if not all(isinstance(context.get(name), str) and name not in _JINJA_WORDS for name in names):
        return None
    return _NAME.sub(lambda match: context[match.group(1)], source)


def _message(exc: BaseException, template: Path) -> str:
    filename, line = _location(exc, template)
    return f"{_shown(Path(filename))}:{line}: {_reason(exc)}" if line else f"{_shown(template)}: {_reason(exc)}"


def _location(exc: BaseException, template: Path) -> tuple[str, int]:
    """The template file and line an error happened at (the innermost template frame)."""
    import jinja2

    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.lineno:
        return exc.filename or str(template), exc.lineno
    found: tuple[str, int] = (str(template), 0)
    tb: TracebackType | None = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith(".j2") or name == str(template):
            found = (name, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _reason(exc: BaseException) -> str:
    import jinja2

    from drafter.render import limits

    if isinstance(exc, RecursionError):
        return "goes too deep (a macro or include calling itself without end, or brackets nested too deeply)"
    if isinstance(exc, MemoryError):
        return f"used more than the {limits.MAX_MEMORY // 2 ** 20:,} MB of memory a template may use"
    if isinstance(exc, limits.LimitExceeded):
        return _first_line(exc.message)
    if not isinstance(exc, jinja2.TemplateError):
        return f"{type(exc).__name__}: {_first_line(str(exc))}"
    message = _first_line(exc.message or type(exc).__name__)
    if isinstance(exc, jinja2.exceptions.SecurityError):
        return f"refused by the template sandbox: {message}"
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"syntax error: {message}"
    return message


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


def _shown(path: Path) -> str:
    """A path as a user would type it: relative to the working folder when inside it."""
    try:
        return os.path.relpath(path) if Path(path).is_absolute() and not os.path.relpath(path).startswith("..") else str(path)
    except ValueError:
        return str(path)
