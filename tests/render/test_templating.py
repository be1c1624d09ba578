"""The sandboxed, strict, confined Jinja environment every template runs in."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from drafter.errors import TemplateError
from drafter.render import RenderOptions, render
from drafter.render.templating import render_file, render_string


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_undefined_variable_names_the_template_and_line(tmp_path: Path) -> None:
    template = write(tmp_path, "x.md.j2", "# {{ title }}\n\n{{ no_such_thing }}\n")
    with pytest.raises(TemplateError) as caught:
        render_file(template, {"title": "T"})
    assert caught.value.message.endswith("x.md.j2:3: 'no_such_thing' is undefined")


def test_reaching_python_internals_is_refused(tmp_path: Path) -> None:
    template = write(tmp_path, "evil.md.j2", "ok\n{{ ''.__class__.__mro__ }}\n")
    with pytest.raises(TemplateError) as caught:
        render_file(template, {})
    assert "evil.md.j2:2: refused by the template sandbox" in caught.value.message
    assert "__class__" in caught.value.message


def test_calling_unsafe_methods_is_refused(tmp_path: Path) -> None:
    template = write(tmp_path, "evil.md.j2", "{{ doc.__init__.__globals__ }}")
    with pytest.raises(TemplateError, match="evil.md.j2"):
        render_file(template, {"doc": object()})


def test_a_template_cannot_include_outside_its_folder(tmp_path: Path) -> None:
    (tmp_path / "inner").mkdir()
    write(tmp_path, "secret.md.j2", "SECRET")
    template = write(tmp_path / "inner", "x.md.j2", '{% include "../secret.md.j2" %}')
    with pytest.raises(TemplateError, match="template not found"):
        render_file(template, {})


def test_a_template_includes_from_its_own_folder(tmp_path: Path) -> None:
    write(tmp_path, "_part.md.j2", "part {{ n }}")
    template = write(tmp_path, "x.md.j2", '{% include "_part.md.j2" %}')
    assert render_file(template, {"n": 1}) == "part 1"


def test_html_is_autoescaped_and_markdown_is_not(tmp_path: Path) -> None:
    context = {"v": "<b>&</b>"}
    assert render_file(write(tmp_path, "x.html.j2", "{{ v }}"), context) == "&lt;b&gt;&amp;&lt;/b&gt;"
    assert render_file(write(tmp_path, "x.md.j2", "{{ v }}"), context) == "<b>&</b>"


def test_a_syntax_error_names_the_line(tmp_path: Path) -> None:
    template = write(tmp_path, "x.md.j2", "a\n{% if %}\n")
    with pytest.raises(TemplateError, match=r"x.md.j2:2: syntax error"):
        render_file(template, {})


def test_string_templates_are_sandboxed_too() -> None:
    with pytest.raises(TemplateError, match="header: refused by the template sandbox"):
        render_string("{{ ''.__class__.__mro__ }}", {}, "header")
    with pytest.raises(TemplateError, match="header: 'nope' is undefined"):
        render_string("{{ nope }}", {}, "header")


def test_a_user_template_error_stops_the_render(small, tmp_path: Path) -> None:
    template = write(tmp_path, "mine.html.j2", "<h1>{{ title }}</h1>\n{{ doc.no_such_field }}\n")
    with pytest.raises(TemplateError, match=r"mine.html.j2:2: .*no_such_field"):
        render(small, "html", RenderOptions(template=template))


_PIECES = ["{{ title }}", "{{version}}", "{{\n  date }}", "{{ none }}", "{{ missing }}", "{{ title | upper }}",
           "{% if title %}x{% endif %}", "{# note #}", "{{- title }}", " · ", "}}", "{", "}", "%", "#", "\n",
           "\r\n", "text ", "{{ 'lit' }}", "{{ notice }}", "{{ doc }}"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=6), st.text(max_size=8))
@example(["{", "{{ title }}"], "")  # Jinja reads `{{{ title }}` as `{{` and a dict: a syntax error
def test_text_naming_variables_is_filled_as_jinja_fills_it(pieces: list[str], title: str) -> None:
    """render_string fills `{{ name }}` without Jinja; the result must be Jinja's, errors included."""
    from jinja2 import TemplateError as JinjaError

    from drafter.render.templating import environment

    source = "".join(pieces)
    context = {"title": title, "version": "1.10", "date": "2025-10-22", "notice": "", "none": "shadowed",
               "doc": object()}
    env = environment(Path(), html=False)
    try:
        expected: str | None = env.from_string(source).render(context)
    except JinjaError:
        expected = None
    try:
        got: str | None = render_string(source, context, "here")
    except TemplateError:
        got = None
    assert got == expected
