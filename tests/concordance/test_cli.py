"""`drafter compare`: several texts, every format from one Concordance, pairs files, imports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from drafter.cli import cli
from drafter.render.concordance import FORMATS
from tests.concordance.test_align import COUNTER, ORIGINAL, TRANSLATION

THREE = [str(ORIGINAL), str(COUNTER), str(TRANSLATION)]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["compare", *args], env={"NO_COLOR": "1"})
    return result.exit_code, result.stdout, result.stderr


def test_json_has_one_column_per_text_and_documented_fields() -> None:
    code, out, _ = run(*THREE, "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert [t["label"] for t in data["texts"]] == ["A", "B", "C"]
    assert data["semantic"]["used"] is True
    row = data["rows"][0]
    assert set(row) == {"kind", "label", "confidence", "present", "cells"}
    assert set(row["cells"][1]) == {"text", "state", "clauses", "base", "scores", "pinned", "moved", "spans"}
    assert row["cells"][1]["base"] == "A" and row["cells"][2]["base"] == "B"
    assert {"split", "reworded", "only"} <= set(data["counts"])


def test_terminal_shows_each_texts_wording_with_word_differences() -> None:
    code, out, _ = run(*THREE)
    assert code == 1
    assert "B 1  [-An immediate cessation of hostilities-]{+All fighting stops at once+}" in out
    assert "split · confidence" in out
    assert "C (not in the available text)" in out
    assert out.rstrip().endswith("2 only in one text")


def test_only_changed_leaves_out_matched_rows() -> None:
    code, out, _ = run(str(ORIGINAL), str(ORIGINAL), "--only", "changed", "--format", "json")
    assert code == 0 and json.loads(out)["rows"] == []


def test_write_pairs_then_pairs_reproduces_the_alignment(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.yaml"
    _, first, _ = run(*THREE, "--format", "json", "--write-pairs", str(pairs))
    data = yaml.safe_load(pairs.read_text())
    assert ["A:guarantee", "B:compensation", "B:forfeit", "C:compensation", "C:forfeit"] in data["together"]
    _, again, _ = run(*THREE, "--format", "json", "--pairs", str(pairs))
    strip = lambda d: [[[c["id"] for c in cell["clauses"]] for cell in row["cells"]] for row in d["rows"]]  # noqa: E731
    assert strip(json.loads(again)) == strip(json.loads(first))
    assert all(cell["pinned"] for row in json.loads(again)["rows"] for cell in row["cells"][1:] if cell["base"])


def test_pins_survive_a_new_version_by_clause_id(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.yaml"
    pairs.write_text("together:\n  - [A:no-expansion, B:prisoners]\nalone:\n  - B:rebuild\n")
    newer = tmp_path / "counter-v2.yaml"
    newer.write_text(COUNTER.read_text().replace("All prisoners of war are exchanged", "Every prisoner is swapped"))
    _, out, _ = run(str(ORIGINAL), str(newer), "--format", "json", "--pairs", str(pairs))
    rows = [[[c["id"] for c in cell["clauses"]] for cell in row["cells"]] for row in json.loads(out)["rows"]]
    assert [["no-expansion"], ["prisoners"]] in rows and [[], ["rebuild"]] in rows


@pytest.mark.parametrize(("content", "message"), [
    ("together:\n  - [Z:x, A:y]\n", "together[0]: no text 'Z': 2 texts given, labelled A, B"),
    ("alone: 3\n", "alone: expected a list"),
    ("together:\n  - [A:x, A:y]\n", "together[0]: the clauses are all from one text"),
    ("[unclosed\n", "not a pairs file"),
])
def test_a_bad_pairs_file_is_one_line_and_exit_2(tmp_path: Path, content: str, message: str) -> None:
    pairs = tmp_path / "pairs.yaml"
    pairs.write_text(content)
    code, out, err = run(str(ORIGINAL), str(COUNTER), "--pairs", str(pairs))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err


def test_one_text_is_a_usage_error() -> None:
    code, _, err = run(str(ORIGINAL))
    assert code == 2 and "at least two texts" in err


def test_text_documents_are_imported_on_the_fly(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text("Plan\n\n1. Ensure an immediate bilateral ceasefire.\n\n2. Release all hostages.\n")
    counter = tmp_path / "counter.md"
    counter.write_text("# Counter\n\n1. Release all hostages and detained persons.\n\n"
                       "2. Ensure the immediate bilateral ceasefire.\n")
    code, out, err = run(str(plan), str(counter), "--format", "json", "--lexical")
    data = json.loads(out)
    assert code == 1 and not data["semantic"]["used"]
    assert sum(len(r["present"]) == 2 for r in data["rows"]) == 2


def test_every_format_is_listed_in_help() -> None:
    result = CliRunner().invoke(cli, ["compare", "--help"])
    assert all(name in result.stdout for name in FORMATS)
    assert "Examples:" in result.stdout


def test_diff_of_two_parties_texts_points_to_compare() -> None:
    result = CliRunner().invoke(cli, ["diff", str(ORIGINAL), str(COUNTER)], env={"NO_COLOR": "1"})
    assert result.exit_code == 1
    assert "share 0 of 7 clause ids" in result.stderr and f"drafter compare {ORIGINAL} {COUNTER}" in result.stderr
    same_text = CliRunner().invoke(cli, ["diff", str(COUNTER), str(TRANSLATION)], env={"NO_COLOR": "1"})
    assert "drafter compare" not in same_text.stderr


def test_html_has_one_column_per_text_and_a_filter_per_kind() -> None:
    code, out, _ = run(*THREE, "--format", "html")
    assert code == 1 and out.startswith("<!DOCTYPE html>")
    assert "<th>A</th><th>B</th><th>C</th>" in out
    assert 'value="split"' in out and 'class="k-split"' in out
    assert "<del>An immediate cessation of hostilities</del><ins>All fighting stops at once</ins>" in out


def test_pins_to_clauses_no_text_has_are_reported_not_fatal(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.yaml"
    pairs.write_text("together:\n  - [A:gone-point, B:prisoners]\n")
    code, out, _ = run(str(ORIGINAL), str(COUNTER), "--format", "json", "--pairs", str(pairs))
    assert code == 1
    assert json.loads(out)["notes"] == ["the pairs file names clauses no text has any more (ignored): A:gone-point"]


REFERRING = """drafter: 1
id: {id}
title: Plan {id}
version: "1"
date: 2025-11-20
status: draft
clauses:
{filler}  - id: talks
    text: Talks open within 30 days.
  - id: truce
    text: The fighting stops at once and for the duration of the talks under [[talks]].
"""


def test_references_print_as_each_text_numbers_them(tmp_path: Path) -> None:
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(REFERRING.format(id="a", filler=""), encoding="utf-8")
    b.write_text(REFERRING.format(id="b", filler="  - id: preamble-point\n    text: The parties meet in Geneva.\n"),
                 encoding="utf-8")
    outputs = {form: run(str(a), str(b), "--format", form)[1] for form in ("term", "md", "html")}
    for form, out in outputs.items():
        assert "[[talks]]" not in out and "talks under point" in out, form
    assert "under point [-1-]{+2+}." in outputs["term"]  # the number each text gives the talks
    data = json.loads(run(str(a), str(b), "--format", "json")[1])
    truce = next(row for row in data["rows"] if [c["id"] for c in row["cells"][0]["clauses"]] == ["truce"])
    assert truce["cells"][0]["clauses"][0]["text"].endswith("under [[talks]].")  # the machine form keeps the ids
    assert "".join(s["text"] for s in truce["cells"][1]["spans"] if s["op"] != "delete").endswith("under point 2.")
