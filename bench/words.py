"""Treaty-like sentences from a fixed vocabulary, and word-level rewording of them."""

from __future__ import annotations

import random

SUBJECTS = (
    "The Parties", "Each Party", "Neither Party", "The monitoring mission", "The joint commission",
    "The peace board", "The guarantor states", "The signatories", "The humanitarian coordinator",
    "The verification team", "The military subcommittee", "The civilian administration",
)
MODALS = ("shall", "shall not", "may", "undertake to", "agree to", "shall, where practicable,")
VERBS = (
    "withdraw", "notify", "establish", "ensure the safety of", "facilitate the return of",
    "refrain from deploying", "publish", "exchange", "register", "demine", "inspect", "report on",
    "restore", "protect", "supervise", "dismantle", "escort", "compensate", "release", "verify",
)
OBJECTS = (
    "all heavy weapons", "the separation zone", "prisoners of war", "civilian detainees",
    "humanitarian corridors", "the line of contact", "critical energy infrastructure",
    "displaced persons", "the list of detained persons", "artillery of a calibre over 100 mm",
    "the ports on the Black Sea", "the nuclear power plant", "mine fields near settlements",
    "unmanned aerial vehicles", "cultural heritage sites", "the railway connections",
    "the records of missing persons", "the positions held on the date of signature",
)
QUALIFIERS = (
    "within 30 days of the entry into force of this agreement", "in accordance with the annexed schedule",
    "under the supervision of the monitoring mission", "without delay", "in good faith",
    "on a reciprocal basis", "in consultation with the International Committee of the Red Cross",
    "no later than 14 days after the ceasefire takes effect", "at their own expense",
    "subject to the verification procedures agreed between the Parties", "in full",
    "as soon as the security situation allows", "in writing, with copies to each guarantor",
)
TITLE_WORDS = (
    "Ceasefire", "Withdrawal", "Monitoring", "Prisoners", "Exchange", "Humanitarian", "Access",
    "Corridors", "Demining", "Verification", "Elections", "Amnesty", "Reconstruction", "Sanctions",
    "Guarantees", "Security", "Energy", "Ports", "Navigation", "Airspace", "Detainees", "Heritage",
    "Compensation", "Notification", "Disputes", "Implementation", "Timetable", "Schedule", "Zone",
    "Weapons", "Border", "Return", "Civilians", "Records", "Communication", "Liaison", "Review",
)
FILLERS = (
    "promptly", "fully", "jointly", "separately", "immediately", "progressively", "all", "relevant",
    "existing", "further", "necessary", "appropriate", "remaining", "agreed", "designated",
)


def title_words(rng: random.Random, n: int) -> str:
    """A clause or annex title of `n` distinct capitalised words."""
    words = rng.sample(TITLE_WORDS, n)
    return " ".join([words[0]] + [w.lower() for w in words[1:]])


def sentence(rng: random.Random, ref: str | None = None) -> str:
    """One operative sentence; with `ref`, it cites that clause as `[[ref]]`."""
    tail = f", as provided in [[{ref}]]" if ref else ""
    return (f"{rng.choice(SUBJECTS)} {rng.choice(MODALS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
            f"{rng.choice(QUALIFIERS)}{tail}.")


def clause_text(rng: random.Random, words: int, refs: list[str]) -> str:
    """Sentences up to one past `words` words, citing each of `refs` once.

    Texts over 80 words are split into two paragraphs, as drafters do.
    """
    pending = list(refs)
    sentences: list[str] = []
    count = 0
    while count < words:
        ref = pending.pop() if pending else None
        sentences.append(sentence(rng, ref))
        count += len(sentences[-1].split())
    if count > 80 and len(sentences) > 2:
        half = len(sentences) // 2
        return " ".join(sentences[:half]) + "\n\n" + " ".join(sentences[half:])
    return " ".join(sentences)


def reword(rng: random.Random, text: str) -> str:
    """`text` with one to four word-level edits: a word replaced, inserted or deleted.

    Cross-references and paragraph breaks are never touched.
    """
    paragraphs = [p.split(" ") for p in text.split("\n\n")]
    for _ in range(rng.randint(1, 4)):
        words = rng.choice(paragraphs)
        i = rng.randrange(len(words))
        if "[[" in words[i] or "." in words[i] or "," in words[i]:
            continue
        edit = rng.choice(("replace", "insert", "delete"))
        if edit == "replace":
            words[i] = rng.choice(FILLERS)
        elif edit == "insert":
            words.insert(i, rng.choice(FILLERS))
        elif len(words) > 10:
            del words[i]
    return "\n\n".join(" ".join(words) for words in paragraphs)
