"""A person described first ("the homeowner said") is the name set off after that description later.

"… but the homeowner said …" / "The homeowner, Evon Galicia-Viveros, said …": news often opens
with a description and names the person in the next paragraphs, setting the name off after the same
description. A described speaker no reading has named yet is the one name the text sets off after
that very description, in the next few paragraphs; flagged for review. A description the text sets
off before two names ("the officer, A, …" and "the officer, B, …") names nobody.
"""

from __future__ import annotations

import re

from attrs import evolve

from claimgraph.extract.records import Attribution, Mention

__all__ = ["descriptions_named_after"]

#: How far after a description its name is looked for: the next few paragraphs.
_REACH = 1_500
_POSSESSIVE = re.compile(r"[’']s$")
#: A name set off after a description: "The homeowner, Evon Galicia-Viveros,".
_NAME = r"(?P<name>[A-Z][\w’'.\-]+(?:\s+(?:(?:de|van|von|al|el|bin)\s+)?[A-Z][\w’'.\-]+){1,3})"


def descriptions_named_after(text: str, found: list[Attribution]) -> list[Attribution]:
    """Give a described person ("the homeowner") the one name the text sets off right after the same
    description in the paragraphs that follow ("The homeowner, Evon Galicia-Viveros, said")."""
    result = list(found)
    for index, item in enumerate(found):
        mention = item.speaker
        if not _unnamed_description(mention) or item.speaker_span is None:
            continue
        assert mention is not None and mention.description is not None
        apposed = re.compile(rf"(?<![\w-])[Tt]he\s+{re.escape(mention.description)},\s+{_NAME},")
        at = item.speaker_span.end
        names = {match.group("name") for match in apposed.finditer(text, at, at + _REACH)}
        if mention.role is not None and mention.role[:1].isupper():
            # "said Iran’s Deputy Health Minister … / Deputy Health Minister Iraj Harirchi's comments":
            # the office printed as a title before the name
            titled = re.compile(rf"(?<![\w-]){re.escape(mention.role)}\s+{_NAME}(?=[’']s\b|[\s,.;:])")
            names |= {_POSSESSIVE.sub("", match.group("name")) for match in titled.finditer(text, at, at + _REACH)}
        if len(names) != 1:
            continue
        (name,) = names
        result[index] = evolve(
            item,
            speaker=Mention(
                mention.text,
                name,
                role=mention.role or mention.description,
                organisation=mention.organisation,
                person=True,
                gender=mention.gender,
            ),
            review=f"speaker {mention.text!r} read as {name}, whom the text names after that description",
            confidence=min(item.confidence, 0.6),
        )
    return result


def _unnamed_description(mention: Mention | None) -> bool:
    """Whether a speaker is one person described by a lower-case noun and not named ("the homeowner")."""
    return (
        mention is not None
        and mention.name is None
        and mention.description is not None
        and mention.person
        and not mention.plural
        and mention.description.isalpha()
        and mention.description.islower()
    )
