"""The defendant of a court report: "the defendant" or "the accused" is the one person the text says is on trial.

Court copy names the accused once or twice ("Paul Trevor Moore is pleading not guilty to all
charges", "Sean Sylvia, 31, of Main Street, denied …", "A 37-year-old man who is accused of …")
and then calls them "the defendant" or "the accused". A speaker described so, or described as
the one accused or charged, is that person when the text puts exactly one person in the dock
(two names of the same surname, "Mr Moore" and "Paul Trevor Moore", are one person); with two
defendants, or none, the mention is left as it is. Flagged for review.
"""

from __future__ import annotations

import re

from claimgraph.extract.records import Attribution, Mention
from claimgraph.extract.speakers import name_in_full

__all__ = ["defendants_read_as_accused"]

#: A speaker described as the one on trial: "the defendant", "Defendant", "the accused", "a man
#: who is accused of …", "the teenager charged with …".
_DEFENDANT = re.compile(r"(?:^|\s)(?:defendant|accused)(?:\s|$)|\s(?:accused|charged)\s+(?:of|with)\s", re.IGNORECASE)
#: A name, then what puts it in the dock: "Paul Trevor Moore is pleading not guilty", "Sean
#: Sylvia, 31, of Main Street, denied", "Ann Lee, who is charged with …".
_NAME = r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})"
_IN_THE_DOCK = re.compile(
    _NAME + r"(?:,\s*\d{1,3},|\s*\(\d{1,3}\))?(?:,?\s+of\s+[^,.;()]{2,60},)?\s+"
    r"(?:who\s+)?(?:is|was|has\s+been|had\s+been)?\s*"
    r"(?:accused\s+of|charged\s+with|pleading|pleaded|pleads|on\s+trial|standing\s+trial|stood\s+trial|"
    # (what was denied is a charge: "Ms Kelly denied the man an ongoing non-publication order" is a
    # magistrate's ruling, no plea)
    r"appeared\s+(?:in|at|before)|denies|denied\s+(?:(?:a|the|all|one|two|three|four|five|both|each|any)\s+"
    r"(?:[\w-]+\s+){0,2})?(?:charges?|counts?|offen[cs]es?|allegations?|accusations?|wrongdoing))(?![\w-])"
)
#: Words a capitalised run before the verb may be that no name is: "The", "Both", "A".
_NOT_NAMES = frozenset({"The", "A", "An", "Both", "He", "She", "They", "It", "His", "Her", "Police", "Prosecutors"})


def defendants_read_as_accused(text: str, found: list[Attribution]) -> list[Attribution]:
    """Give a speaker described as the defendant or the accused the one person the text puts on
    trial; flagged for review."""
    described = [i for i, a in enumerate(found) if _as_the_accused(a)]
    if not described:
        return found
    accused = _the_one_accused(text)
    if accused is None:
        return found
    result = list(found)
    for index in described:
        item = found[index]
        assert item.speaker is not None
        mention = item.speaker
        why = f"speaker {mention.text!r} read as {accused}, the one person the text says is on trial"
        speaker = Mention(mention.text, accused, role="defendant", person=True, gender=mention.gender)
        result[index] = item.read_as(speaker, why, 0.6)
    return result


def _as_the_accused(item: Attribution) -> bool:
    """Whether a speaker is described, not named, as the one on trial."""
    mention = item.speaker
    if mention is None or mention.plural or item.speaker_span is None:
        return False
    if mention.name is not None and not mention.unnamed and mention.name.lower() != "defendant":
        return False  # a name ("Sean Sylvia"); "Defendant" at a sentence's start is read as one
    return _DEFENDANT.search(mention.text) is not None


def _the_one_accused(text: str) -> str | None:
    """The fullest name of the one person the text puts in the dock; None for none or several."""
    names: dict[str, str] = {}  # surname → fullest name printed
    for match in _IN_THE_DOCK.finditer(text):
        words = [w for w in match.group("name").split() if w.rstrip(".") not in ("Mr", "Mrs", "Ms", "Miss", "Dr")]
        if not words or words[0] in _NOT_NAMES:
            continue
        surname = words[-1]
        full = " ".join(words)
        if len(full) > len(names.get(surname, "")):
            names[surname] = full
    if len(names) != 1:
        return None
    ((surname, name),) = names.items()
    # "Sylvia appeared before the court": the name in full where the text prints it ("Sean Sylvia (28)")
    if len(name.split()) > 1:
        return name
    return name_in_full(text, surname) or _aged_in_full(text, surname)


def _aged_in_full(text: str, surname: str) -> str | None:
    """The one full name of a surname printed with an age, as court copy introduces the accused
    ("Clayton Williams, 19, told Manchester Crown Court …", beside a grandmother "Shirley Williams")."""
    aged = re.compile(
        rf"(?<![\w’'-])([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?\s+{re.escape(surname)})(?:,\s*\d{{1,3}},|\s*\(\d{{1,3}}\))"
    )
    full = {match.group(1) for match in aged.finditer(text) if match.group(1).split()[0] not in _NOT_NAMES}
    return next(iter(full)) if len(full) == 1 else None
