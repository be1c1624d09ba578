"""The incremental loader gives exactly what `load_bytes` gives, version after version.

Random edit sequences (word edits, insertions, removals, moves, status changes, invalid
edits and unusual layouts) are loaded both ways and compared: the same Proposal (index
included), or the same error with the same problems.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.diff import diff_proposals
from drafter.errors import DrafterError, InvalidProposal
from drafter.history import change_counts, changed_only
from drafter.load import load_bytes
from drafter.load.incremental import IncrementalLoader, Unsure, cut
from drafter.load.schema import schema

WORDS = ["ceasefire", "line", "within", "72", "hours", "the", "Parties", "shall", "withdraw", "monitoring",
         "Ukraine", "may", "exchange", "prisoners", "15", "km", "zone", "review", "Україна", "перемир’я"]
"""Some words are not ASCII, so offsets in bytes and in characters differ."""


def _clause(n: int, words: list[str], children: int = 0) -> dict[str, Any]:
    clause: dict[str, Any] = {"id": f"c{n}", "text": " ".join(words)}
    if n % 3 == 0:
        clause["status"] = "agreed"
    if n % 4 == 1:
        clause["positions"] = {"UA": "supports", "RU": {"stance": "reserves", "note": "Only with monitoring."}}
    if n % 5 == 2:
        clause["alternatives"] = [{"party": "RU", "text": f"Alternative wording {n}."}]
        clause["sources"] = ["brief"]
    if children:
        clause["clauses"] = [_clause(n * 100 + k, words[k:] + ["sub"]) for k in range(children)]
    return clause


def base_document() -> dict[str, Any]:
    """A small proposal with nested clauses, positions, alternatives, sources and an annex."""
    return {
        "drafter": 1, "id": "test-plan", "title": "Test plan", "version": "0.1", "date": "2025-10-22",
        "status": "draft",
        "parties": [{"id": "UA", "name": "Ukraine"}, {"id": "RU", "name": "Russia"}],
        "sources": [{"id": "brief", "title": "A brief"}],
        "preamble": "The Parties agree as follows, see [[c1]].",
        "clauses": [_clause(n, WORDS[n:n + 8], children=n % 3) for n in range(1, 7)],
        "annexes": [{"id": "annex-a", "title": "Timeline", "clauses": [_clause(n, WORDS[n:n + 6]) for n in (7, 8)]}],
    }


def emit_block(data: dict[str, Any]) -> str:
    """YAML in the style drafter writes: indented lists, literal text blocks."""
    return "".join(_lines(data, 0))


def _lines(value: Any, indent: int) -> list[str]:
    pad = " " * indent
    out = []
    for key, item in value.items():
        if isinstance(item, list) and item and isinstance(item[0], dict):
            out.append(f"{pad}{key}:\n")
            for element in item:
                inner = _lines(element, indent + 4)
                out.append(f"{pad}  - {inner[0].lstrip()}")
                out += inner[1:]
        elif isinstance(item, dict):
            out.append(f"{pad}{key}:\n")
            out += _lines(item, indent + 2)
        elif isinstance(item, str) and key in ("text", "preamble"):
            out.append(f"{pad}{key}: |\n")
            out += [f"{pad}  {line}\n" if line.strip() else "\n" for line in item.splitlines()]
        else:
            out.append(f"{pad}{key}: {json.dumps(item, ensure_ascii=False)}\n")
    return out


def emit_pyyaml(data: dict[str, Any]) -> str:
    """YAML as PyYAML writes it: sequences not indented under their key, quoting as needed."""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=60)


def _all_clauses(data: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def visit(items: list[dict[str, Any]]) -> None:
        for item in items:
            found.append(item)
            visit(item.get("clauses", []))

    visit(data["clauses"])
    for annex in data.get("annexes", []):
        visit(annex["clauses"])
    return found


def apply(data: dict[str, Any], edit: tuple[str, int, int]) -> None:
    """Apply one edit (kind, two random numbers) to the document data in place."""
    kind, a, b = edit
    clauses = _all_clauses(data)
    target = clauses[a % len(clauses)]
    top = data["clauses"]
    if kind == "word" and target.get("text", "").split():
        words = target["text"].split()
        words[b % len(words)] = WORDS[b % len(WORDS)]
        target["text"] = " ".join(words)
    elif kind == "insert":
        top.insert(b % (len(top) + 1), _clause(1000 + a * 10 + b % 10, WORDS[b % 9:b % 9 + 5]))
        _dedupe_ids(data)
    elif kind == "insert-sub":
        target.setdefault("clauses", []).append(_clause(2000 + a * 10 + b % 10, WORDS[b % 9:b % 9 + 4]))
        _dedupe_ids(data)
    elif kind == "remove" and len(top) > 1:
        top.pop(a % len(top))
    elif kind == "move":
        top.insert(b % len(top), top.pop(a % len(top)))
    elif kind == "status":
        target["status"] = ("agreed", "proposed", "bracketed", "withdrawn")[b % 4]
    elif kind == "reference":
        target["text"] = f"{target.get('text', '')} as in [[{clauses[b % len(clauses)]['id']}]]".strip()
    elif kind == "preamble":
        data["preamble"] = f"The Parties, word {b}, agree."
    elif kind == "number":  # the source's own numbers, a heading without one, or back to computed
        target["number"] = ("" if target.get("clauses") else "4") if b % 3 == 0 else str(b % 7 + 1)
        if b % 5 == 4:
            target.pop("number")
    elif kind in ("undated", "gap"):
        data["date"] = "undated"
        data.setdefault("gaps", []).append({"within" if b % 2 else "after": target["id"], "note": f"gap {b}"})
    else:
        _invalid(data, kind, target, clauses[b % len(clauses)])


def _invalid(data: dict[str, Any], kind: str, target: dict[str, Any], other: dict[str, Any]) -> None:
    if kind == "duplicate-id":
        target["id"] = other["id"]
    elif kind == "dangling":
        target["text"] = f"{target.get('text', '')} see [[no-such-clause]]"
    elif kind == "unknown-party":
        target["positions"] = {"XX": "supports"}
    elif kind == "empty":
        target["text"] = " "
        target.pop("clauses", None)
    elif kind == "bad-status":
        target["status"] = "maybe"
    elif kind == "unknown-field":
        target["colour"] = "red"
    elif kind == "bad-date":
        data["date"] = "2025-02-30"


def _dedupe_ids(data: dict[str, Any]) -> None:
    seen: set[str] = set()
    for clause in _all_clauses(data):
        while clause["id"] in seen:
            clause["id"] += "-x"
        seen.add(clause["id"])


def mangle(text: str, kind: str) -> str:
    """Layouts the cutter must either handle or refuse (the full loader then decides)."""
    if kind == "comment":
        return text.replace('\n  - id: "c3"\n', '\n# a comment between clauses\n  - id: "c3"\n', 1)
    if kind == "tab":
        return text.replace("text: |\n", "text: |\n\t", 1)
    if kind == "crlf":
        return text.replace("\n", "\r\n")
    if kind == "anchor":
        return text.replace("status: \"agreed\"", "status: &s \"agreed\"", 1).replace(
            "status: \"agreed\"", "status: *s", 1)
    if kind == "flow":
        return text.replace("clauses:\n  - ", "clauses: [{id: flow-1, text: x}]\nxclauses:\n  - ", 1)
    if kind == "shallow":
        return text.replace('\n  - id: "c3"\n', '\n - id: "c3"\n', 1)
    if kind == "duplicate-key":
        return text + "clauses:\n  - id: late\n    text: late\n"
    if kind == "broken":
        return text.replace("text: |\n", "text: \"unclosed\n", 1)
    if kind == "bom":
        return "\ufeff" + text
    return text


def outcome(load: Any, data: bytes, origin: str) -> Any:
    """What loading gives: the proposal with its index in order, or the error and its problems."""
    try:
        proposal = load(data, origin)
    except InvalidProposal as error:
        return ("invalid", error.message, error.problems)
    except DrafterError as error:
        return (type(error).__name__, error.message)
    return (proposal, list(proposal.index.items()))


EDITS = st.tuples(
    st.sampled_from(["word"] * 6 + ["insert", "insert-sub", "remove", "move", "status", "reference", "preamble",
                     "number", "number", "gap",
                     "duplicate-id", "dangling", "unknown-party", "empty", "bad-status", "unknown-field", "bad-date"]),
    st.integers(0, 50), st.integers(0, 50),
)
MANGLES = st.sampled_from(["none"] * 8 + ["comment", "tab", "crlf", "anchor", "flow", "shallow", "duplicate-key",
                                          "broken", "bom"])


@settings(max_examples=60, deadline=None)
@given(edits=st.lists(st.tuples(EDITS, MANGLES), min_size=1, max_size=10),
       style=st.sampled_from([emit_block, emit_pyyaml]))
def test_equals_the_full_loader_on_random_edit_sequences(edits, style) -> None:
    loader = IncrementalLoader()
    data = base_document()
    versions = [style(data)]
    for edit, kind in edits:
        apply(data, edit)
        versions.append(mangle(style(data), kind))
    kinds = ["none", *(kind for _, kind in edits)]
    previous, last = None, 0
    for n, text in enumerate(versions):
        blob, origin = text.encode(), f"v{n}:plan.yaml"
        fallbacks = loader.fallbacks
        got = outcome(loader.load, blob, origin)
        assert got == outcome(load_bytes, blob, origin)
        if kinds[n] in ("none", "comment", "bom") and not isinstance(got[0], str):
            assert loader.fallbacks == fallbacks, "a valid plain version must not need the full loader"
        if previous is not None and isinstance(got[0], type(previous)) and not isinstance(got[0], str):
            _same_counts(previous, got[0])
            _same_counts(load_bytes(versions[last].encode(), "a"), load_bytes(blob, "b"))  # no object shared
        if not isinstance(got[0], str):
            previous, last = got[0], n


def _same_counts(old, new) -> None:
    full, short = diff_proposals(old, new), diff_proposals(*changed_only(old, new))
    assert change_counts(short) == change_counts(full)
    assert [f.field for f in short.document_fields] == [f.field for f in full.document_fields]


def test_changed_only_keeps_just_the_changed_clause_whether_or_not_objects_are_shared() -> None:
    # the incremental loader shares unchanged clauses (so the test is `is`, free); two full
    # loads share nothing (so equal clauses are found by `==`): the result is the same
    loader = IncrementalLoader()
    data = base_document()
    first_text = emit_block(data)
    data["clauses"][1]["clauses"][0]["text"] += " again"
    second_text = emit_block(data)
    shared = (loader.load(first_text.encode(), "v1"), loader.load(second_text.encode(), "v2"))
    separate = (load_bytes(first_text.encode(), "v1"), load_bytes(second_text.encode(), "v2"))
    assert shared[0].clauses[0] is shared[1].clauses[0] and separate[0].clauses[0] is not separate[1].clauses[0]
    for old, new in (shared, separate):
        short = changed_only(old, new)
        assert [[c.id for c in side.clauses] for side in short] == [["c2"], ["c2"]]
        assert [[a.clauses for a in side.annexes] for side in short] == [[()], [()]]
        assert change_counts(diff_proposals(*short)) == change_counts(diff_proposals(old, new)) == {"reworded": 1}


def test_changed_only_returns_both_whole_when_the_top_level_ids_differ() -> None:
    data = base_document()
    old = load_bytes(emit_block(data).encode(), "v1")
    data["clauses"].insert(0, data["clauses"].pop(3))
    new = load_bytes(emit_block(data).encode(), "v2")
    assert changed_only(old, new) == (old, new)


def test_an_unexpected_error_in_the_fast_path_is_not_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    # only `Unsure` sends a version to the full loader; a bug must surface, not be papered over
    from drafter.load import incremental

    def broken(text: str):
        raise RuntimeError("a bug")

    monkeypatch.setattr(incremental, "parse_chunk", broken)
    with pytest.raises(RuntimeError, match="a bug"):
        IncrementalLoader().load(emit_block(base_document()).encode(), "v1")


def test_plain_edits_take_the_fast_path_and_keep_unchanged_clauses() -> None:
    loader = IncrementalLoader()
    data = base_document()
    first = loader.load(emit_block(data).encode(), "v1")
    data["clauses"][2]["text"] += " again"
    second = loader.load(emit_block(data).encode(), "v2")
    assert loader.fallbacks == 0
    assert second == load_bytes(emit_block(data).encode(), "v2")
    same = [a is b for a, b in zip(first.clauses, second.clauses)]
    assert same == [True, True, False, True, True, True]
    assert first.annexes[0].clauses[0] is second.annexes[0].clauses[0]


def test_a_moved_clause_is_renumbered_not_reparsed() -> None:
    loader = IncrementalLoader()
    data = base_document()
    loader.load(emit_block(data).encode(), "v1")
    data["clauses"].insert(0, data["clauses"].pop(3))
    moved = loader.load(emit_block(data).encode(), "v2")
    assert loader.fallbacks == 0
    assert moved == load_bytes(emit_block(data).encode(), "v2")
    assert [(c.id, c.number, c.path) for c in moved.clauses[0].walk()] == [
        ("c4", "1", "$.clauses[0]"), ("c400", "1(a)", "$.clauses[0].clauses[0]")]
    assert moved.index["c2"].number == "3"  # was point 2, pushed down by the moved point


@pytest.mark.parametrize("kind", ["tab", "crlf", "flow", "shallow"])
def test_unusual_layouts_are_left_to_the_full_loader(kind: str) -> None:
    text = mangle(emit_block(base_document()), kind)
    with pytest.raises(Unsure):
        cut(text)
    loader = IncrementalLoader()
    assert outcome(loader.load, text.encode(), "x") == outcome(load_bytes, text.encode(), "x")
    assert loader.fallbacks == 1


def test_invalid_versions_report_exactly_what_the_full_loader_reports() -> None:
    loader = IncrementalLoader()
    data = base_document()
    loader.load(emit_block(data).encode(), "v1")
    broken = copy.deepcopy(data)
    broken["clauses"][1]["id"] = "c1"
    blob = emit_block(broken).encode()
    with pytest.raises(InvalidProposal) as fast:
        loader.load(blob, "v2")
    with pytest.raises(InvalidProposal) as full:
        load_bytes(blob, "v2")
    assert fast.value.problems == full.value.problems and "already used" in fast.value.problems[0].message


def test_annex_clauses_have_the_same_schema_as_top_level_clauses() -> None:
    # chunks are validated as top-level clauses wherever they stand: the two must not drift apart
    whole = schema()
    annex = whole["properties"]["annexes"]["items"]["properties"]["clauses"]["items"]
    assert annex == whole["properties"]["clauses"]["items"]


def _counting_cuts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    from drafter.load import incremental

    calls: list[int] = []
    real = incremental.cut

    def counted(text: str):
        calls.append(1)
        return real(text)

    monkeypatch.setattr(incremental, "cut", counted)
    return calls


@pytest.mark.parametrize("where", ["top", "nested", "annex", "last"])
def test_one_clause_edited_in_place_is_patched_without_cutting_the_text(
        monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    loader = IncrementalLoader()
    data = base_document()
    loader.load(emit_block(data).encode(), "v1")
    calls = _counting_cuts(monkeypatch)
    target = {"top": data["clauses"][1], "nested": data["clauses"][1]["clauses"][0],
              "annex": data["annexes"][0]["clauses"][0], "last": data["annexes"][0]["clauses"][-1]}[where]
    for n in range(3):
        target["text"] += f" edit {n}"
        blob = emit_block(data).encode()
        assert outcome(loader.load, blob, f"v{n + 2}") == outcome(load_bytes, blob, f"v{n + 2}")
    assert calls == [] and loader.fallbacks == 0


@pytest.mark.parametrize("edit", ["new-sub-clause", "new-id", "head"])
def test_other_edits_cut_the_text_again(monkeypatch: pytest.MonkeyPatch, edit: str) -> None:
    loader = IncrementalLoader()
    data = base_document()
    loader.load(emit_block(data).encode(), "v1")
    calls = _counting_cuts(monkeypatch)
    if edit == "new-sub-clause":
        data["clauses"][0]["clauses"] = [{"id": "fresh", "text": "A new point."}]
    elif edit == "new-id":
        data["clauses"][2]["id"] = "renamed"
    else:
        data["title"] = "Another title"
    blob = emit_block(data).encode()
    assert outcome(loader.load, blob, "v2") == outcome(load_bytes, blob, "v2")
    assert calls == [1] and loader.fallbacks == 0


@pytest.mark.parametrize("text", ["see [[no-such-clause]]", "as\ttabbed"])
def test_a_patched_clause_that_breaks_the_file_reports_what_the_full_loader_reports(text: str) -> None:
    loader = IncrementalLoader()
    data = base_document()
    loader.load(emit_block(data).encode(), "v1")
    data["clauses"][3]["text"] += f" {text}"
    blob = emit_block(data).encode()
    assert outcome(loader.load, blob, "v2") == outcome(load_bytes, blob, "v2")
    assert loader.fallbacks == 1
    data["clauses"][3]["text"] = "Fixed again."
    blob = emit_block(data).encode()
    assert outcome(loader.load, blob, "v3") == outcome(load_bytes, blob, "v3")


def test_drafter_log_reports_what_full_loads_and_full_comparisons_report(
        tmp_path, monkeypatch: pytest.MonkeyPatch, runner) -> None:
    from drafter.cli import cli
    from drafter.git import FileCommit
    from drafter.history import Version, log_entries, summary
    from tests.git.repos import GIT_ENV, Repo

    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    repo = Repo(tmp_path)
    repo.git("init", "-q", "-b", "main")
    monkeypatch.chdir(tmp_path)
    data, texts = base_document(), []
    edits = [("word", 3, 4), ("word", 9, 1), ("insert", 2, 3), ("status", 5, 2), ("dangling", 4, 0), ("word", 1, 7),
             ("move", 0, 4), ("remove", 2, 0), ("insert-sub", 6, 2), ("preamble", 0, 9), ("word", 10, 3)]
    for n, edit in enumerate([None, *edits]):
        invalid = edit is not None and edit[0] == "dangling"
        version = copy.deepcopy(data) if invalid else data  # the next commit fixes it again
        if edit:
            apply(version, edit)
        texts.append(emit_block(version))
        repo.commit("plan.yaml", texts[-1], f"step {n}", f"2025-10-{10 + n}T10:00:00+00:00")
    result = runner.invoke(cli, ["log", "plan.yaml", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    commit = FileCommit("0" * 40, "", "", "plan.yaml", "M")
    versions = []
    for text in texts:
        try:
            versions.append(Version(commit, load_bytes(text.encode(), "x")))
        except InvalidProposal as error:
            versions.append(Version(commit, None, f"invalid: {error.message}"))
    expected = [summary(entry) for entry in log_entries(versions)][::-1]
    assert [record["summary"] for record in json.loads(result.stdout)] == expected
    assert "invalid: 1 problem" in expected and any("moved" in line for line in expected)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(1, 9), min_size=1, max_size=30),
       st.lists(st.tuples(st.integers(0, 29), st.integers(-3, 5)), max_size=80))
def test_pieces_follow_their_edits(lengths: list[int], edits: list[tuple[int, int]]) -> None:
    from drafter.load.chunks import Pieces

    sizes, at = list(lengths), 0
    spans = []
    for size in sizes:
        spans.append((at, at + size, 2))
        at += size
    pieces = Pieces(spans)
    for k, delta in edits:
        k %= len(sizes)
        delta = max(delta, 1 - sizes[k])  # a piece never shrinks to nothing
        sizes[k] += delta
        pieces.grow(k, delta)
        starts = [sum(sizes[:j]) for j in range(len(sizes))]
        assert [pieces.span(j)[:2] for j in range(len(sizes))] == [(s, s + n) for s, n in zip(starts, sizes)]
        assert all(pieces.find(s + n - 1) == j for j, (s, n) in enumerate(zip(starts, sizes)))
