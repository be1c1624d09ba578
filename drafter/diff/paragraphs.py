"""Paragraphs without ids paired between two versions: kept runs, the rest replaced.

A preamble, an annex's introduction and a clause's alternatives have no ids to match
by; difflib's SequenceMatcher (autojunk off) pairs the runs that print the same, with
cross-references resolved as each version numbers them.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from difflib import SequenceMatcher

from drafter.diff.redline import ANNEX, Block, Piece, Redline
from drafter.model import Clause, Proposal


def paragraph_blocks(old: Sequence[Hashable], new: Sequence[Hashable]) -> tuple[Block, ...]:
    """How two lists of paragraphs pair: runs of the same ones kept, the others replaced."""
    if list(old) == list(new):
        return (Block("equal", 0, len(old), 0, len(new)),) if old else ()
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    return tuple(Block("equal" if tag == "equal" else "replace", i1, i2, j1, j2)
                 for tag, i1, i2, j1, j2 in matcher.get_opcodes())


def paired(piece: Piece, redline: Redline) -> Piece:
    """A kept piece with its paragraphs paired: an annex's introduction, a clause's alternatives."""
    if piece.op != "equal" or piece.old is None or piece.new is None:
        return piece
    old, new = redline.old, redline.new
    if piece.old.startswith(ANNEX):
        texts = (_annex_text(old, piece.old), _annex_text(new, piece.new))
        blocks = paragraph_blocks(resolved(old, texts[0]), resolved(new, texts[1]))
    else:
        blocks = paragraph_blocks(_alternatives(old, old.index[piece.old]), _alternatives(new, new.index[piece.new]))
    return Piece(piece.op, piece.old, piece.new, piece.change, blocks)


def _annex_text(proposal: Proposal, key: str) -> tuple[str, ...]:
    return next(a.text for a in proposal.annexes if ANNEX + a.id == key)


def resolved(proposal: Proposal, texts: Iterable[str]) -> list[str]:
    """Each text with its cross-references as `proposal` numbers them."""
    return [proposal.resolve(text) for text in texts]


def _alternatives(proposal: Proposal, clause: Clause) -> list[Hashable]:
    """Each paragraph of each alternative as what tells it apart when printed."""
    return [
        (proposal.party_name(alt.party), alt.label, k == 0, k == len(alt.text) - 1, proposal.resolve(text))
        for alt in clause.alternatives for k, text in enumerate(alt.text)
    ]
