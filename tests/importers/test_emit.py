"""The YAML writer: whatever the text, the file loads back to the same strings."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.importers.emit import scalar, to_yaml
from drafter.load import load_bytes


def load_title_and_text(title: str, text: str) -> tuple[str, tuple[str, ...]]:
    data = {"drafter": 1, "id": "t", "title": title, "version": "1.10", "date": "2031-01-02", "status": "draft",
            "clauses": [{"id": "c", "title": title, "text": text}]}
    proposal = load_bytes(to_yaml(data, "a comment\nover two lines").encode(), "t.yaml")
    assert proposal.version == "1.10" and proposal.date == "2031-01-02"
    return proposal.clauses[0].title or "", proposal.clauses[0].text


def test_yaml_11_traps_are_quoted() -> None:
    for word in ("no", "Yes", "off", "null", "1.10", "2031-01-02x", "key: value", "# hash", "[list]", "*star"):
        assert scalar(word).startswith('"'), word
    assert scalar("Ceasefire line") == "Ceasefire line"


printable = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=60)


@settings(max_examples=200)
@given(title=printable.filter(lambda s: s.strip()), words=st.lists(printable, min_size=1, max_size=30))
def test_any_title_and_text_load_back_as_written(title: str, words: list[str]) -> None:
    text = " ".join(" ".join(words).split())
    if not text:
        text = "x"
    loaded_title, loaded_text = load_title_and_text(" ".join(title.split()), text)
    assert loaded_title == " ".join(title.split())
    assert " ".join(loaded_text) == text
