"""A person described ("the homeowner", "The Roosters coach") is the one name the text gives beside the description.

"… but the homeowner said …" / "The homeowner, Evon Galicia-Viveros, said …": news often opens
with a description and names the person in the next paragraphs, setting the name off after the same
description. A described speaker no reading has named yet is the one name the text sets off after
that very description, in the next few paragraphs; flagged for review. A description the text sets
off before two names ("the officer, A, …" and "the officer, B, …") names nobody.

"… welcomed by Trent Robinson, with the boss at the Roosters open to it … / The Roosters coach
says …": a description by a side and a role is the one person the narration before names in a
sentence that also names that side; flagged for review, and no guess with two persons or a list.
"""

from __future__ import annotations

import re

from attrs import evolve

from claimgraph.extract.name_words import whole_word_at
from claimgraph.extract.records import Attribution, Mention
from claimgraph.extract.speakers import person_like

__all__ = ["descriptions_named_after", "descriptions_of_a_named_persons_side"]

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


# A description qualified by a capitalised name, then its head noun: "The Roosters coach", "the
# Labour leader" (the name the side's, the head the person's place in it).
_QUALIFIED = re.compile(r"(?:the|The)\s+(?P<side>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?P<head>[a-z][\w-]+)")
# A whole run of capitalised words: a person's name if two or three and :func:`person_like` agrees
# (not "Inter Services Public" of "Inter Services Public Relations").
_CAPITALISED_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*")
_NAME_GOES_ON = re.compile(r"\s+(?:and|of|for|&)\s+[A-Z]|\s*\(")
#: How far before a description the sentences naming its side are read.
_SIDE_REACH = 2_000
_SENTENCE_MARKS = ".!?\n"


def descriptions_of_a_named_persons_side(text: str, found: list[Attribution]) -> list[Attribution]:
    """Give a person described by a side and a role ("The Roosters coach says …") the one person the
    narration before names in a sentence that also names that side ("welcomed by Trent Robinson,
    … boss at the Roosters"), flagged for review; with none or several such persons, no guess."""
    result = list(found)
    first_printed: dict[str, int] = {}  # a side → the first named speaker printed with it (each side read once)
    for index, item in enumerate(found):
        mention = item.speaker
        if not _unnamed_description(mention) or item.speaker_span is None:
            continue
        assert mention is not None
        qualified = _QUALIFIED.fullmatch(mention.text)
        if qualified is None:
            continue
        side, at = qualified.group("side"), item.speaker_span.start
        if side not in first_printed:
            first_printed[side] = next(
                (
                    i
                    for i, other in enumerate(found)
                    if other.speaker is not None and other.speaker.name is not None and side in other.speaker.text
                ),
                len(found),
            )
        if first_printed[side] < index:
            continue  # "BGMEA President Siddiqur Rahman said …": a speaker printed with the side is read by role
        persons: set[str] = set()
        listed = False  # a name going on into a longer one or a list: no one person
        for start in whole_word_at(text, side, max(0, at - _SIDE_REACH), at):
            begin = max(text.rfind(mark, 0, start) for mark in _SENTENCE_MARKS) + 1
            ends = [e for e in (text.find(mark, start) for mark in _SENTENCE_MARKS) if e >= 0]
            end = min([*ends, at])
            for run in _CAPITALISED_RUN.finditer(text, begin, end):
                if not (2 <= len(run.group(0).split()) <= 3 and person_like(run.group(0)) and side not in run.group(0)):
                    continue
                if _NAME_GOES_ON.match(text, run.end()):
                    # "Bangladesh Garment Manufacturers and Exporters …", "Trent Robinson and Craig
                    # Bellamy": a longer name, or a list of people; either way no one person
                    listed = True
                persons.add(run.group(0))
        if len(persons) != 1 or listed:
            continue
        (name,) = persons
        result[index] = evolve(
            item,
            speaker=Mention(mention.text, name, role=mention.text.split(" ", 1)[1], person=True, gender=mention.gender),
            review=f"speaker {mention.text!r} read as {name}, whom the text names with the {side}",
            confidence=min(item.confidence, 0.6),
        )
    return result
