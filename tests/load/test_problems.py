"""Every mistake is reported with file:line:col, subject, JSON path and a precise message."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.errors import InputError, InvalidProposal
from drafter.load import check_bytes, load_bytes

HEAD = """\
drafter: 1
id: t
title: T
version: "1"
date: 2025-10-22
status: draft
"""


def problems(text: str) -> list[str]:
    return [str(p) for p in check_bytes(text.encode("utf-8"), "x.yaml")]


def test_valid_file_has_no_problems() -> None:
    assert problems(HEAD + "clauses:\n  - id: a\n    text: Hi.\n") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("clauses:\n  - id: a\n    txt: Hi.\n",
         ["x.yaml:8:5: clause 'a' ($.clauses[0]): clause has neither text nor sub-clauses",
          "x.yaml:9:5: clause 'a' ($.clauses[0].txt): unknown field 'txt' (did you mean 'text'?)"]),
        ("clauses:\n  - id: Bad Id\n    text: Hi.\n",
         ["x.yaml:8:9: clause 'Bad Id' ($.clauses[0].id): 'Bad Id' is not valid: "
          "Lower-case words joined by hyphens: `ceasefire-line`"]),
        ("clauses:\n  - id: a\n    text: Hi.\n    status: propsed\n",
         ["x.yaml:10:13: clause 'a' ($.clauses[0].status): 'propsed' is not one of: "
          "agreed, proposed, bracketed, withdrawn"]),
        ("clauses:\n  - id: a\n    text: See [[b]].\n",
         ["x.yaml:9:11: clause 'a' ($.clauses[0].text): cross-reference [[b]] does not match any clause id"]),
        ("clauses:\n  - id: a\n    text: Hi.\n  - id: a\n    text: Ho.\n",
         ["x.yaml:10:9: clause 'a' ($.clauses[1].id): id 'a' is already used at $.clauses[0]"]),
        ("clauses:\n  - id: a\n    text: Hi.\n    positions: {RU: opposes}\n",
         ["x.yaml:10:17: clause 'a' ($.clauses[0].positions.RU): party 'RU' is not declared in parties "
          "(declared: none declared)"]),
        ("clauses:\n  - id: a\n    text: Hi.\n    positions: {RU: maybe}\n",
         ["x.yaml:10:17: clause 'a' ($.clauses[0].positions.RU): party 'RU' is not declared in parties "
          "(declared: none declared)",
          "x.yaml:10:21: clause 'a' ($.clauses[0].positions.RU): 'maybe' is not one of: supports, opposes, reserves"]),
        ("clauses:\n  - id: a\n    text: Hi.\n    alternatives:\n      - {party: RU, text: Ho.}\n",
         ["x.yaml:11:17: clause 'a' ($.clauses[0].alternatives[0].party): party 'RU' is not declared in parties "
          "(declared: none declared)"]),
        ("clauses:\n  - id: a\n    text: Hi.\n    sources: [nowhere]\n",
         ["x.yaml:10:15: clause 'a' ($.clauses[0].sources[0]): source 'nowhere' is not declared in the "
          "document's sources"]),
        ("clauses:\n  - id: a\n    text: Hi.\n    text: Ho.\n",
         ["x.yaml:10:5: clause 'a' ($.clauses[0].text): duplicate key 'text' (an earlier 'text' would be "
          "silently replaced)"]),
        ("clauses:\n  - id: a\n    text:\n",
         ["x.yaml:8:5: clause 'a' ($.clauses[0]): clause has neither text nor sub-clauses",
          "x.yaml:9:10: clause 'a' ($.clauses[0].text): expected text, got nothing (empty value)"]),
        ("clauses: []\n",
         ["x.yaml:7:10: document ($.clauses): needs at least 1 item(s)"]),
    ],
)
def test_clause_problems(body: str, expected: list[str]) -> None:
    assert problems(HEAD + body) == expected


def test_document_problems() -> None:
    text = "drafter: 2\nid: t\ntitle: T\nversion: '1'\ndate: 2025-02-30\nstatus: drafted\nclauses:\n  - {id: a, text: x}\n"
    assert problems(text) == [
        "x.yaml:1:10: document ($.drafter): unsupported format version '2'; this drafter reads format 1",
        "x.yaml:5:7: document ($.date): '2025-02-30' is not a real calendar date",
        "x.yaml:6:9: document ($.status): 'drafted' is not one of: draft, circulated, agreed, superseded",
    ]


def test_missing_required_fields_point_at_the_mapping() -> None:
    assert problems("drafter: 1\nid: t\nclauses:\n  - {id: a, text: x}\n") == [
        "x.yaml:1:1: document ($): missing required field 'title'",
        "x.yaml:1:1: document ($): missing required field 'version'",
        "x.yaml:1:1: document ($): missing required field 'date'",
        "x.yaml:1:1: document ($): missing required field 'status'",
    ]


def test_several_mistakes_are_all_reported_once() -> None:
    body = ("parties:\n  - {id: UA, name: Ukraine}\n  - {id: UA, name: Again}\n"
            "clauses:\n  - id: a\n    titel: A\n    text: See [[zz]].\n  - id: a\n    text: x\n")
    found = problems(HEAD + body)
    assert found == [
        "x.yaml:9:10: party 'UA' ($.parties[1].id): party id 'UA' is declared twice",
        "x.yaml:12:5: clause 'a' ($.clauses[0].titel): unknown field 'titel' (did you mean 'title'?)",
        "x.yaml:13:11: clause 'a' ($.clauses[0].text): cross-reference [[zz]] does not match any clause id",
        "x.yaml:14:9: clause 'a' ($.clauses[1].id): id 'a' is already used at $.clauses[0]",
    ]


def test_invalid_proposal_carries_every_problem() -> None:
    with pytest.raises(InvalidProposal) as caught:
        load_bytes((HEAD + "clauses:\n  - id: a\n  - id: a\n").encode(), "x.yaml")
    assert caught.value.message == "3 problems"
    assert caught.value.exit_code == 1


# --- YAML and encoding traps -------------------------------------------------------


def load_text(text: str) -> object:
    return load_bytes(text.encode("utf-8"), "x.yaml")


def test_yaml11_traps_keep_what_the_author_wrote() -> None:
    text = ("drafter: 1\nid: t\ntitle: 2025-10-22\nversion: 1.10\ndate: 2025-10-22\nstatus: draft\n"
            "parties:\n  - {id: NO, name: no}\n  - {id: ON, name: 0x1A}\n"
            "clauses:\n  - id: a\n    title: 1e3\n    text: yes\n    positions: {NO: supports}\n")
    proposal = load_text(text)
    assert (proposal.title, proposal.version, proposal.date) == ("2025-10-22", "1.10", "2025-10-22")
    assert [(p.id, p.name) for p in proposal.parties] == [("NO", "no"), ("ON", "0x1A")]
    assert (proposal.clauses[0].title, proposal.clauses[0].text) == ("1e3", ("yes",))


def test_unquoted_integer_version_stays_text() -> None:
    assert load_text(HEAD.replace('"1"', "10") + "clauses:\n  - {id: a, text: x}\n").version == "10"


@pytest.mark.parametrize("words", ["Припинення вогню", "وقف إطلاق النار", "הפסקת אש", "Zawieszenie broni ąęł"])
def test_scripts_are_kept_exactly(words: str) -> None:
    proposal = load_text(HEAD + f"clauses:\n  - id: a\n    title: {words}\n    text: {words} — «72».\n")
    assert proposal.clauses[0].title == words
    assert proposal.clauses[0].text == (f"{words} — «72».",)


def test_bom_and_crlf_are_accepted() -> None:
    text = (HEAD + "clauses:\n  - id: a\n    text: |\n      One.\n\n      Two.\n").replace("\n", "\r\n")
    proposal = load_bytes(codecs.BOM_UTF8 + text.encode("utf-8"), "x.yaml")
    assert proposal.clauses[0].text == ("One.", "Two.")


def test_crlf_line_numbers_are_right() -> None:
    text = (HEAD + "clauses:\n  - id: a\n    text: Hi.\n    colour: red\n").replace("\n", "\r\n")
    assert [str(p) for p in check_bytes(text.encode(), "x.yaml")] == [
        "x.yaml:10:5: clause 'a' ($.clauses[0].colour): unknown field 'colour' (expected one of: alternatives, "
        "amended_by, clauses, id, notes, number, positions, sources, status, tags, text, title, translations)"
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("drafter: 1\ntitle: Zürich\n".encode("latin-1"), "x.yaml:2:9: not UTF-8 (byte 0xfc); save the file as UTF-8"),
        (codecs.BOM_UTF16_LE + "drafter: 1\n".encode("utf-16-le"), "x.yaml: file is UTF-16 or UTF-32; save it as UTF-8"),
        (b"", "x.yaml: file is empty; a proposal needs at least drafter, id, title and clauses"),
        (b"drafter: [1\n", "x.yaml:1:10: YAML syntax: this [ is not closed (close it with ]; a value that starts with [,"
                           " or has ': ' between [ and ], must be put in quotes)"),
        (b"a: 1\n---\nb: 2\n", "x.yaml:2:1: YAML syntax: more than one YAML document (---); a file holds one proposal"),
        (b"a: \x00\n", "x.yaml:1:4: character U+0000 is not allowed in YAML (a binary file, or a control character pasted in?)"),
    ],
)
def test_unreadable_input_is_one_clear_line(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        load_bytes(data, "x.yaml")
    assert caught.value.message == message
    assert "\n" not in caught.value.message


def test_not_a_mapping() -> None:
    assert [str(p) for p in check_bytes(b"- a\n- b\n", "x.yaml")] == [
        "x.yaml:1:1: document ($): expected a mapping of fields (drafter:, id:, ...)"
    ]


def test_aliases_are_refused_without_expanding_them() -> None:
    laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8)
    )
    found = [str(p) for p in check_bytes(laughs.encode(), "x.yaml")]
    aliases = [line for line in found if "aliases" in line]
    assert aliases[0] == ("x.yaml:1:4: document ($.b[0]): anchors and aliases (&name / *name) are not supported; "
                          "write the text out")
    assert len(found) < 200


def test_merge_keys_are_refused() -> None:
    text = HEAD + "clauses:\n  - &c {id: a, text: x}\n  - <<: *c\n    id: b\n"
    assert "merge keys (<<) are not supported" in "\n".join(problems(text))


def test_scalar_aliases_are_refused_too() -> None:
    text = HEAD + "clauses:\n  - id: a\n    text: &t Shared words.\n  - id: b\n    text: *t\n"
    assert problems(text) == [
        "x.yaml:11:5: clause 'b' ($.clauses[1].text): anchors and aliases (&name / *name) are not supported; "
        "write the text out"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: `plan`\n", "1:8: YAML syntax: a value cannot start with '`' in YAML (put the value in quotes)"),
        ("title: %plan\n", "1:8: YAML syntax: a value cannot start with '%' in YAML (put the value in quotes)"),
        ("title: ? plan\n", "1:8: YAML syntax: a value cannot start with '? ' (put the value in quotes)"),
        ("title: *plan\n", "1:8: YAML syntax: a value starting with * is read as a YAML alias (put the value in quotes)"),
        ("title: & plan\n", "1:8: YAML syntax: a value starting with & is read as a YAML anchor (put the value in quotes)"),
        ("p: {id: EU, name:}\n", "1:17: YAML syntax: a colon inside {...} or [...] that is not followed by a space"
                                 " (put the value in quotes)"),
        ("text: The Parties agree\n  as follows: one\n", "2:13: YAML syntax: a colon followed by a space inside a"
                                                        " value (put the whole value in quotes, or write it as a"
                                                        " block of text after |)"),
        ("text: |\nThe Parties\n", "2:1: YAML syntax: a line indented too little for the text it belongs to"
                                   " (indent it further than the field name, as far as the text above it)"),
        ("x:\n  a: 1\n b: 2\n", "3:2: YAML syntax: 'b:' is not lined up with the fields above it"
                                " (indent it as far as they are)"),
        ("title: 'plan\n", "1:8: YAML syntax: a quote ' opened here is never closed (end the value with ')"),
        ("tags: [a, , b]\n", "1:11: YAML syntax: did not find expected node content (while parsing a flow node)"),
    ],
    ids=["backtick", "percent", "question-mark", "star", "ampersand", "flow-colon", "colon-in-continued-text",
         "block-text-at-column-1", "field-under-indented", "unclosed-single-quote", "unrecognised-keeps-libyaml"],
)
def test_yaml_mistakes_get_the_hint_a_person_needs(text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        load_bytes(text.encode(), "x.yaml")
    assert caught.value.message == f"x.yaml:{message}"


_SCALARS = ["", "~", "null", "Null", "NULL", "nULL", "<<", "no", "NO", "yes", "1.10", "0x1F", "2025-10-22", ".nan",
            "=", "a b", "'null'", '"~"', "!!str null", "! x", "[]", "{}"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SCALARS), st.sampled_from(_SCALARS)), max_size=5), st.booleans())
def test_only_the_tags_the_converter_reads_are_resolved_and_as_pyyaml_does(pairs: list[tuple[str, str]],
                                                                           flow: bool) -> None:
    """yaml_source's loader skips PyYAML's YAML 1.1 type patterns; null and `<<` come out as before."""
    import yaml

    from drafter.load import yaml_source

    body = ", ".join(f"k{i}{k}: {v}" for i, (k, v) in enumerate(pairs)) if flow else "".join(
        f"k{i}{k}: {v}\n" for i, (k, v) in enumerate(pairs))
    text = f"{{{body}}}" if flow else f"list: [{', '.join(v for _, v in pairs)}]\n{body}"
    try:
        theirs = yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return
    ours = yaml.compose(text, Loader=yaml_source._Loader)

    def tags(node: yaml.Node) -> list[object]:
        kids = [] if isinstance(node, yaml.ScalarNode) else (
            [n for pair in node.value for n in pair] if isinstance(node, yaml.MappingNode) else node.value)
        mine = node.tag if node.tag in (yaml_source._NULL_TAG, yaml_source._MERGE_TAG) or node.tag.startswith("!") \
            else type(node).__name__
        return [mine, *(tag for kid in kids for tag in tags(kid))]

    assert tags(ours) == tags(theirs)
