"""Done when: changing only the English text of a clause between two commits makes `drafter diff`
flag the Ukrainian version as not updated (and `drafter log` counts it)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from drafter.cli import cli
from tests.git.repos import Repo
from tests.load.test_languages import TEXT

ENGLISH_ONLY = TEXT.replace("at least 15 kilometres, or 1,000 metres", "at least 15 km, or 1,000 m")
UKRAINIAN_TOO = ENGLISH_ONLY.replace("на 15 кілометрів, а міномети\n              на 1 000 метрів",
                                     "на 15 км, а міномети\n              на 1 000 м")


def test_diff_between_commits_flags_the_translations_not_updated(repo: Repo) -> None:
    repo.commit("p.yaml", TEXT, "Three languages")
    repo.commit("p.yaml", ENGLISH_ONLY, "English shortened", "2025-10-21T10:00:00+00:00")
    result = CliRunner().invoke(cli, ["diff", "--rev", "HEAD~1..HEAD", "p.yaml", "--only", "changed"])
    assert result.exit_code == 1, result.output
    assert result.stdout.splitlines()[2:] == [
        "reworded 1(b) · ceasefire-zone · similarity 0.88 · flags: distance",
        "    Each Party shall withdraw heavy weapons to at least 15 [-kilometres-]{+km+}, or 1,000 "
        "[-metres-]{+m+} for mortars, from the line of contact within 21 days.",
        "    translation not updated: uk, ru",
        "1 reworded; translation not updated: uk 1, ru 1",
    ]
    data = json.loads(CliRunner().invoke(cli, ["diff", "HEAD~1:p.yaml", "HEAD:p.yaml", "-f", "json"]).stdout)
    assert data["not_updated"] == {"uk": 1, "ru": 1}
    [zone] = [c for c in data["changes"] if c["new"]["id"] == "ceasefire-zone"]
    assert zone["not_updated"] == ["uk", "ru"]
    assert [(v["language"], v["state"]) for v in zone["languages"]] == [("uk", "unchanged"), ("ru", "unchanged")]


def test_log_counts_the_languages_left_behind(repo: Repo) -> None:
    repo.commit("p.yaml", TEXT, "Three languages")
    repo.commit("p.yaml", ENGLISH_ONLY, "English shortened", "2025-10-21T10:00:00+00:00")
    repo.commit("p.yaml", UKRAINIAN_TOO, "Ukrainian follows", "2025-10-22T10:00:00+00:00")
    lines = CliRunner().invoke(cli, ["log", "p.yaml"]).stdout.splitlines()
    assert lines[0].endswith("1.0    ~1 reworded ! translation not updated: en 1, ru 1")
    assert lines[1].endswith("1.0    ~1 reworded ! translation not updated: uk 1, ru 1")
    assert lines[2].endswith("1.0    created, 5 clauses")
    records = json.loads(CliRunner().invoke(cli, ["log", "p.yaml", "--format", "json"]).stdout)
    assert records[1]["not_updated"] == {"uk": 1, "ru": 1}
    assert "not_updated" not in records[2]
