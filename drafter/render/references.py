"""Cross-references as a document prints them: `point 3(b)`, in the document's language and case.

    printed(proposal, words, match)     # a REFERENCE match -> 'пункту\u00a03(b)'

`[[id]]` prints in the nominative, `[[id|genitive]]` in the genitive, and so on where the
language's catalogue has the forms (Ukrainian, Russian); the word and the number are joined
by a non-breaking space so a line never breaks between them.
"""

from __future__ import annotations

import re

from drafter.errors import DrafterError
from drafter.model import REFERENCE, Proposal
from drafter.render.words import CASES, Words

_CASE = re.compile(r"\|([a-z]+)\]\]$")


class UnknownCase(DrafterError):
    """A cross-reference asks for a grammatical case drafter does not know."""


def case_of(reference: str, origin: str) -> str | None:
    """The case a `[[id|case]]` asks for (None for `[[id]]`); an unknown one is an error."""
    found = _CASE.search(reference)
    if found is None:
        return None
    if found.group(1) not in CASES:
        raise UnknownCase(f"{origin}: {reference}: unknown grammatical case '{found.group(1)}' "
                          f"(one of {', '.join(CASES)})")
    return found.group(1)


def printed(proposal: Proposal, words: Words, match: re.Match[str]) -> str:
    """How the cross-reference `match` (of model.REFERENCE) prints in `proposal`."""
    clause = proposal.index.get(match.group(1))
    if clause is None:
        return f"[[{match.group(1)}]]"
    case = case_of(match.group(0), proposal.origin)
    return words.reference(clause.number, case, clause.title or clause.id)


def resolve(proposal: Proposal, words: Words, text: str) -> str:
    """`text` with every cross-reference printed as `proposal` numbers it, in its language."""
    if "[[" not in text:
        return text
    return REFERENCE.sub(lambda match: printed(proposal, words, match), text)
