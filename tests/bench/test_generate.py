"""The benchmark's synthetic proposals: deterministic, valid, the size asked, and revised."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bench import generate, history
from drafter.load import check_bytes, load_bytes


@pytest.fixture(scope="module")
def versions() -> dict[str, str]:
    return generate.generate(1000, seed=7)


def test_same_seed_same_bytes_other_seed_other_bytes(versions: dict[str, str]) -> None:
    assert generate.generate(1000, seed=7) == versions
    assert generate.generate(1000, seed=8)["v1.yaml"] != versions["v1.yaml"]


@pytest.mark.parametrize("size", [100, 1000])
def test_first_version_has_exactly_the_clauses_asked(size: int) -> None:
    proposal = load_bytes(generate.generate(size, 7)["v1.yaml"].encode(), "v1.yaml")
    clauses = list(proposal.walk())
    assert len(clauses) == size
    assert any(c.depth == 1 for c in clauses) and any(c.depth == 2 for c in clauses)
    assert proposal.annexes and all(a.clauses for a in proposal.annexes)


def test_both_versions_validate(versions: dict[str, str]) -> None:
    for name, text in versions.items():
        assert check_bytes(text.encode(), name) == []


def test_clauses_are_40_to_120_words_with_cross_references(versions: dict[str, str]) -> None:
    proposal = load_bytes(versions["v1.yaml"].encode(), "v1.yaml")
    words = [sum(len(p.split()) for p in c.text) for c in proposal.walk()]
    assert min(words) >= 35 and max(words) <= 130
    assert sum("[[" in p for c in proposal.walk() for p in c.text) > 300


def test_second_version_rewords_about_a_tenth_adds_removes_and_moves(versions: dict[str, str]) -> None:
    old = load_bytes(versions["v1.yaml"].encode(), "v1")
    new = load_bytes(versions["v2.yaml"].encode(), "v2")
    old_ids, new_ids = set(old.index), set(new.index)
    assert old_ids - new_ids and new_ids - old_ids
    kept = old_ids & new_ids
    reworded = sum(old.index[i].text != new.index[i].text for i in kept)
    renumbered = sum(old.index[i].number != new.index[i].number for i in kept)
    assert 0.05 * len(kept) < reworded < 0.2 * len(kept)
    assert renumbered > 0.1 * len(kept)
    assert [c.id for c in old.clauses] != [c.id for c in new.clauses if c.id in old_ids]


def test_third_version_rewords_a_fifth_and_adds_and_removes(versions: dict[str, str]) -> None:
    old = load_bytes(versions["v1.yaml"].encode(), "v1")
    third = load_bytes(versions["v3.yaml"].encode(), "v3")
    kept = set(old.index) & set(third.index)
    reworded = sum(old.index[i].text != third.index[i].text for i in kept)
    assert 0.17 * len(kept) < reworded < 0.23 * len(kept)
    assert set(old.index) - set(third.index) and set(third.index) - set(old.index)


def test_second_version_is_what_it_was_before_the_third_came(versions: dict[str, str]) -> None:
    """docs/performance.md's earlier figures were taken on these very bytes."""
    import hashlib

    assert hashlib.sha256(versions["v2.yaml"].encode()).hexdigest()[:16] == "470ed84d84c9b0dc"


def test_history_has_one_commit_per_version_each_valid(tmp_path: Path) -> None:
    source = tmp_path / "v1.yaml"
    source.write_text(generate.generate(100, 7)["v1.yaml"], encoding="utf-8")
    path = history.build(source, tmp_path / "repo", commits=20)
    log = subprocess.run(["git", "log", "--format=%H", "--", history.FILE], cwd=path.parent,
                         capture_output=True, text=True, check=True).stdout.split()
    assert len(log) == 20
    for commit in (log[0], log[10], log[-1]):
        shown = subprocess.run(["git", "show", f"{commit}:{history.FILE}"], cwd=path.parent,
                               capture_output=True, check=True).stdout
        assert check_bytes(shown, commit) == []
    first = subprocess.run(["git", "show", f"{log[-1]}:{history.FILE}"], cwd=path.parent,
                           capture_output=True, check=True).stdout
    assert first != path.read_bytes()
