"""Every committed version of a proposal, read with two git processes however long the history.

One `git log --follow` lists the commits and one `git cat-file --batch` streams the files.
Identical files are loaded once, and versions are loaded incrementally
(`drafter.load.incremental`): only the clauses a commit changed are read again.
"""

from __future__ import annotations

from collections.abc import Iterator

from drafter import git
from drafter.errors import DrafterError, InvalidProposal
from drafter.git import FileCommit
from drafter.history.entries import Version
from drafter.load.incremental import IncrementalLoader


def load_versions(path: str) -> Iterator[Version]:
    """Every committed version of the proposal at `path`, oldest first, one at a time.

    Only the version before is kept, so memory stays that of two versions however long
    the history; a version with the same bytes as the one before is not loaded again.
    """
    loader = IncrementalLoader()
    commits = list(reversed(git.file_log(path)))
    last: tuple[bytes, Version] | None = None
    for commit, data in zip(commits, git.iter_blobs((c.commit, c.path) for c in commits)):
        if data is None:
            yield Version(commit, None, "deleted")
            continue
        if last is not None and last[0] == data:
            version = Version(commit, last[1].proposal, last[1].problem)
        else:
            version = _load(loader, commit, data)
        last = (data, version)
        yield version


def _load(loader: IncrementalLoader, commit: FileCommit, data: bytes) -> Version:
    try:
        return Version(commit, loader.load(data, f"{commit.commit[:7]}:{commit.path}"))
    except InvalidProposal as error:
        return Version(commit, None, f"invalid: {error.message}")
    except DrafterError as error:
        return Version(commit, None, f"unreadable: {error.message.rsplit(': ', 1)[-1]}")
