"""Properties of amendments on generated pairs (rewording, moves, insertions, deletions,
retitles, statuses, splits and merges), in every style and every language the plain style is
written in:

- applying amendments(old, new) to old gives new exactly: every field from the JSON and YAML
  forms; text, structure, titles, statuses and ids from the text form; so does applying the
  amendments between two parties' texts (the same pair with every clause id changed, aligned
  as `drafter compare` aligns them);
- no instruction quotes words that stand more than once where it applies (unless it says
  "in each place"), and every word instruction changes exactly what it quotes.
"""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from drafter.amend import consolidate, read_set
from drafter.diff import compare_proposals, diff_proposals
from drafter.diff.amendments import AmendmentSet
from drafter.diff.instructions import amendments
from drafter.diff.quotes import apply_changes, occurrences, word_changes
from drafter.load import load_bytes
from drafter.model import Clause, Proposal
from drafter.render.amendments import STYLES, AmendmentOptions, render_amendments
from drafter.render.words import catalogued_languages
from tests.amend.pairs import pair
from tests.redline_docx.pairs import lists

PAIRS = st.builds(pair, seed=st.integers(0, 10**6), edits=st.integers(1, 24),
                  splits=st.integers(0, 2), merges=st.integers(0, 2))


def _clause(c: Clause, working: bool) -> tuple[Any, ...]:
    record = (c.positions, c.alternatives, c.tags, c.sources, c.notes) if working else ()
    return (c.id, c.title, c.text, c.status, record, tuple(_clause(x, working) for x in c.clauses))


def shape(p: Proposal, working: bool = True) -> tuple[Any, ...]:
    """What must come out the same: everything, or (text form) text, structure, titles, statuses, ids."""
    document = (p.version, p.date, p.status, p.notice, p.parties) if working else ()
    annexes = tuple((a.id, a.title, a.text, tuple(_clause(c, working) for c in a.clauses)) for a in p.annexes)
    return (p.title, p.preamble, document, tuple(_clause(c, working) for c in p.clauses), annexes)


def _versions(texts: tuple[str, str]) -> tuple[Proposal, Proposal]:
    return load_bytes(texts[0].encode(), "old.yaml"), load_bytes(texts[1].encode(), "new.yaml")


VOICES = st.sampled_from([*((name, None) for name in sorted(STYLES)), *(("plain", t) for t in catalogued_languages())])
"""A style and the language its text form is written in (only `plain` speaks other languages than English)."""


def _round_trip(instructions: AmendmentSet, form: str, language: str | None = None) -> AmendmentSet:
    written = render_amendments(instructions, form, AmendmentOptions(form=form, language=language))
    return read_set(written.encode("utf-8"), f"set.{form}")  # type: ignore[union-attr]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=PAIRS, voice=VOICES)
def test_the_amendments_turn_old_into_new(texts: tuple[str, str], voice: tuple[str, str | None]) -> None:
    style, language = voice
    old, new = _versions(texts)
    instructions = amendments(diff_proposals(old, new), STYLES[style].policy, style)
    for form in ("json", "yaml"):
        result = consolidate(old, [_round_trip(instructions, form)])
        assert shape(result.proposal) == shape(new), form
        assert diff_proposals(result.proposal, new).same
    result = consolidate(old, [_round_trip(instructions, "text", language)])
    assert shape(result.proposal, working=False) == shape(new, working=False)


def _other_party(text: str) -> str:
    """The same document with every clause id (and every reference to one) changed: texts of
    two parties share no ids."""
    data = json.loads(text)
    ids = {c["id"] for siblings in lists(data) for c in siblings}
    for siblings in lists(data):
        for clause in siblings:
            clause["id"] = f"p-{clause['id']}"
    return re.sub(r"\[\[([a-z0-9-]+)\]\]", lambda m: f"[[p-{m[1]}]]" if m[1] in ids else m[0], json.dumps(data))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=PAIRS, voice=VOICES)
# a clause replaced whole (a new id) that another clause's quoted words name, as the base names it
@example(texts=pair(seed=72691, edits=15, splits=0, merges=0), voice=("plain", None))
def test_the_amendments_between_two_parties_texts_turn_a_into_b(texts: tuple[str, str],
                                                                voice: tuple[str, str | None]) -> None:
    style, language = voice
    a, b = _versions((texts[0], _other_party(texts[1])))
    instructions = amendments(compare_proposals(a, b, semantic=False), STYLES[style].policy, style)
    for form in ("json", "yaml"):
        result = consolidate(a, [_round_trip(instructions, form)])
        assert shape(result.proposal) == shape(b), form
    result = consolidate(a, [_round_trip(instructions, "text", language)])
    assert shape(result.proposal, working=False) == shape(b, working=False)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=PAIRS, style=st.sampled_from(sorted(STYLES)))
def test_no_instruction_quotes_ambiguous_words(texts: tuple[str, str], style: str) -> None:
    old, new = _versions(texts)
    instructions = amendments(diff_proposals(old, new), STYLES[style].policy, style)
    current = {c.id: "\n".join(c.text) for c in old.walk()} | {"#preamble": "\n".join(old.preamble)}
    for a in instructions.amendments:
        if a.kind not in ("substitute", "omit", "insert"):
            continue
        key = a.target.id if a.target.kind == "clause" else "#preamble"  # type: ignore[union-attr]
        if key not in current:
            continue  # an annex's introduction: the generator leaves those alone
        found = occurrences(current[key], a.old)
        assert len(found) == 1 or (a.every and found), (a, current[key])
        assert "\n" not in a.old and "\n" not in a.new
        current[key] = apply_changes(current[key], word_changes(current[key], a.kind, a.old, a.new, a.every, a.where))
    for clause in new.walk():
        if clause.id in current and not any(a.kind == "replace" and a.target and a.target.id == clause.id
                                             for a in instructions.amendments):
            old_clause = old.index.get(clause.id)
            if old_clause is not None:
                assert current[clause.id] == "\n".join(clause.text)


@settings(max_examples=30, deadline=None)
@given(texts=PAIRS)
def test_the_same_text_needs_no_amendments(texts: tuple[str, str]) -> None:
    old, _ = _versions(texts)
    assert amendments(diff_proposals(old, old)).amendments == ()
