"""Every change kind in every redline format; renderers dispatch by kind and never diff."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from drafter.cli.output import painter
from drafter.diff.redline import CHANGE_KINDS, Span
from drafter.render.redline import FORMATS, RedlineOptions, render_redline
from drafter.render.redline.html import HtmlRenderer
from drafter.render.redline.json import JsonRenderer
from drafter.render.redline.markdown import MarkdownRenderer, escape
from drafter.render.redline.terminal import TerminalRenderer
from tests.diff.helpers import fixture_redline, party_redline

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_registry_lists_text_formats_and_leaves_room_for_docx() -> None:
    text = {name: entry for name, entry in FORMATS.items() if not entry.binary}
    assert list(text) == ["term", "md", "html", "json"]
    assert {entry.extension for entry in text.values()} == {".txt", ".md", ".html", ".json"}
    assert FORMATS["docx"].binary  # tested in tests/redline_docx


@pytest.mark.parametrize("renderer", [TerminalRenderer, MarkdownRenderer, HtmlRenderer, JsonRenderer])
def test_each_renderer_has_a_method_per_kind(renderer: type) -> None:
    assert all(callable(getattr(renderer, kind, None)) for kind in CHANGE_KINDS)


def test_an_unknown_kind_raises() -> None:
    change = replace(fixture_redline().changes[0], kind="teleported")  # type: ignore[arg-type]
    with pytest.raises(NotImplementedError, match="teleported"):
        JsonRenderer().render_change(change)


def test_terminal_shows_each_kind_and_the_word_diff() -> None:
    text = render_redline(fixture_redline(), "term")
    for line in [
        "reworded 1 · ceasefire · Ceasefire · similarity 0.88 · flags: number, duration",
        "    The Parties shall cease all hostilities within [-48-]{+72+} hours of signature.",
        "moved 5 → 8 · board · Peace board",
        "    status: [-proposed-] {+agreed+}",
        "renumbered 3 → 2 · prisoners · Prisoners",
        "removed 2 → — · energy · Energy infrastructure",
        "added — → 9 · humanitarian · Humanitarian access",
        "unchanged 1(a) · ceasefire-scope",
    ]:
        assert line in text.splitlines()
    assert "split 6 → 5 · elections → elections-observers" in text
    assert "merged 8 → 6 · amnesty-b → amnesty-a" in text
    assert text.splitlines()[-1] == "3 reworded, 1 changed, 1 added, 1 removed, 1 renamed, 1 moved, 3 renumbered, 1 split, 1 merged"
    assert not ANSI.search(text)


def test_terminal_colour_keeps_the_markers() -> None:
    coloured = render_redline(fixture_redline(), "term", RedlineOptions(paint=painter(True)))
    assert ANSI.search(coloured)
    assert ANSI.sub("", coloured) == render_redline(fixture_redline(), "term")


def test_terminal_prints_references_with_the_numbers_of_their_side() -> None:
    text = render_redline(fixture_redline().select(None), "term")
    assert "[[" not in text


def test_markdown_has_a_row_per_change_and_sections_with_spans() -> None:
    text = render_redline(fixture_redline(), "md")
    assert "**3 reworded, 1 changed, 1 added, 1 removed, 1 renamed, 1 moved, 3 renumbered, 1 split, 1 merged**" in text
    for row in [
        "| reworded | 1 | `ceasefire` Ceasefire | 0.88 | number, duration |",
        "| moved | 5 → 8 | `board` Peace board | 1.00 |  |",
        "| renumbered | 3 → 2 | `prisoners` Prisoners | 1.00 |  |",
        "| removed | 2 → — | `energy` Energy infrastructure |  |  |",
        "| added | — → 9 | `humanitarian` Humanitarian access |  |  |",
        "| unchanged | 1(a) | `ceasefire-scope` | 1.00 |  |",
    ]:
        assert row in text.splitlines()
    assert "> The Parties shall cease all hostilities within <del>48</del><ins>72</ins> hours of signature." in text
    assert "#### moved 5 → 8 · Peace board (`board`)" in text
    assert "- **status**: <del>proposed</del> → <ins>agreed</ins>" in text
    assert "#### split 6 → 5" in text and "#### merged 8 → 6" in text


def test_markdown_escapes_document_text() -> None:
    assert escape("a *b* <i>c</i> | d") == r"a \*b\* \<i\>c\</i\> \| d"


def test_html_is_self_contained_side_by_side_and_filterable() -> None:
    page = render_redline(fixture_redline(), "html")
    assert "<link" not in page and "src=" not in page and "http" not in page
    for kind in ("reworded", "added", "removed", "moved", "renumbered", "split", "merged", "unchanged"):
        assert f'<tr class="k-{kind}"' in page
        assert f'<input type="checkbox" value="{kind}" checked>' in page
    assert "within <del>48</del> hours" in page and "within <ins>72</ins> hours" in page
    assert "classList.toggle('hidden'" in page


def test_html_escapes_document_text() -> None:
    redline = fixture_redline()
    nasty = replace(redline.changes[0], spans=(Span("equal", "<script>alert(1)</script> & co"),))
    page = render_redline(replace(redline, changes=(nasty,)), "html")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page


def test_json_records_every_kind_with_spans() -> None:
    data = json.loads(render_redline(fixture_redline(), "json"))
    assert data["format"] == "drafter-redline" and data["mode"] == "versions" and data["same"] is False
    records = {(r["kind"], (r["new"] or r["old"])["id"]): r for r in data["changes"]}
    assert {k for k, _ in records} == set(CHANGE_KINDS)
    reworded = records["reworded", "ceasefire"]
    assert reworded["old"] == {"id": "ceasefire", "number": "1"}
    assert reworded["flags"] == ["number", "duration"]
    assert {"op": "delete", "text": "48"} in reworded["spans"]
    assert records["added", "humanitarian"]["old"] is None
    assert records["removed", "energy"]["new"] is None
    assert records["moved", "board"]["fields"] == [{"field": "status", "old": "proposed", "new": "agreed"}]
    assert records["renumbered", "prisoners"]["new"]["number"] == "2"
    assert data["counts"]["renumbered"] == 3


def test_json_spans_rebuild_both_texts() -> None:
    for record in json.loads(render_redline(fixture_redline(), "json"))["changes"]:
        old = "".join(s["text"] for s in record["spans"] if s["op"] != "insert")
        new = "".join(s["text"] for s in record["spans"] if s["op"] != "delete")
        assert (old == "") == (record["old"] is None)
        assert (new == "") == (record["new"] is None)


@pytest.mark.parametrize("name", [name for name, entry in FORMATS.items() if not entry.binary])
def test_party_comparison_is_a_redline_of_changes_in_every_format(name: str) -> None:
    """The side-by-side table of parties' texts is the concordance's (`drafter compare`); a
    parties Redline, read off it, renders as changes like a versions one."""
    out = render_redline(party_redline(), name)
    assert isinstance(out, str)
    if name == "term":
        assert "moved 4 → 1 · a-guarantees → security-of-participants" in out
    elif name == "md":
        assert "| moved | 4 → 1 | `a-guarantees → security-of-participants` |" in out
    elif name == "html":
        assert "<th>Old</th><th>New</th>" in out and "4 → 1" in out
    else:
        first = json.loads(out)["changes"][0]
        assert (first["old"]["number"], first["new"]["number"], first["kind"]) == ("4", "1", "moved")


def test_renderers_never_import_the_diff_algorithms() -> None:
    import subprocess
    import sys

    code = ("import sys, drafter.render.redline.terminal, drafter.render.redline.markdown, "
            "drafter.render.redline.html, drafter.render.redline.json; "
            "print(sorted(m for m in sys.modules if m.startswith('drafter.diff.') and m != 'drafter.diff.redline'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


_SIMILARITY = st.integers(min_value=0, max_value=10_000).map(lambda k: round(k / 10_000, 4))
"""The only floats a redline holds (as_data rounds similarities to four places); orjson writes
smaller ones otherwise (0.00001 for 1e-05)."""
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2 ** 70), max_value=2 ** 70) | _SIMILARITY
    | st.text(st.characters(blacklist_categories=())),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=500, deadline=None)
@given(_JSON)
@example({"lone surrogate": "\ud800", "control": "\x00\x1f\x7f", "separators": "\u2028\u2029"})
@example([2 ** 65, -(2 ** 64), 0.0, 0.0001, 0.1, 1.0])
def test_json_is_written_as_pythons_json_module_writes_it(data: object) -> None:
    """orjson writes the redline JSON; the text must be what json.dumps(indent=2) always gave."""
    from drafter.render.redline.json import dumps

    assert dumps(data) == json.dumps(data, indent=2, ensure_ascii=False)
