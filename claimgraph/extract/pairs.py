"""Two parties spoken of together ("Both also denied …") are the last two named speaking before.

"Shaun Allan denied … / Sam McGuire denied … / Both also denied stealing a wallet": a speaker
printed as "Both" (or "both men", "the two") is the last two parties the text names speaking just
before it, when exactly two did (a pair speaking together counts as its two), in its paragraph or
the three before; or, failing that, the two the narration names together right before ("Both the
Sierra Club and the Texas Campaign … were recognized"); flagged for review. With one party, or
three, it stays as printed.
"""

from __future__ import annotations

import re

from attrs import evolve

from claimgraph.extract.records import Attribution, Mention

__all__ = ["pairs_read_as_parties"]

#: "Both", "Both men", "Both groups", "The two", "the two men": a pair the text spoke of.
_PAIR = re.compile(r"(?:[Bb]oth(?:\s+(?:of\s+them|[a-z]+))?|[Tt]he\s+two(?:\s+[a-z]+)?)")
_NAME = r"[A-Z][\w’'&.\-]*(?:\s+(?:(?:of|for|the)\s+)*[A-Z][\w’'&.\-]*){0,6}"
#: Two parties the narration names together: "Both the Sierra Club and the Texas Campaign for the Environment".
_BOTH_NAMED = re.compile(
    rf"(?<![\w-])[Bb]oth\s+(?:the\s+)?(?P<first>{_NAME}?)\s+and\s+(?:the\s+)?(?P<second>{_NAME})(?![\w’'-])"
)
#: Two people named together, each by two or three capitalised words: "Manny Pacquiao and Adrien Broner".
_PERSON = r"[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+){1,2}"
_TWO_PEOPLE_NAMED = re.compile(rf"(?<![\w’'-])(?P<first>{_PERSON})\s+and\s+(?P<second>{_PERSON})(?![\w’'-])")
# A word that makes two capitalised words a place's name: "New York", "Kansas City", "San Diego".
_PLACE_WORD = re.compile(
    r"^(?:New|North|South|East|West|San|Santa|Los|Las|Saint|St|Port|Mount|Lake|Fort)\s|"
    r"\s(?:City|County|Island|Islands|Valley|Beach|Park|Bay|Coast|Heights|Hills|Springs|Falls)$"
)
#: A pair of people, not of bodies: "Both men", "the two women", "both leaders".
_PEOPLE_PAIR = re.compile(
    r"(?:[Bb]oth|[Tt]he\s+two)\s+(?:men|women|leaders|players|fighters|candidates|brothers|sisters)"
)
_REACH = 400  # characters before "Both …" where the narration may have named the pair
#: How far back the two parties may have spoken: the statement's paragraph and the three before.
_PARAGRAPHS = 4


def pairs_read_as_parties(text: str, found: list[Attribution]) -> list[Attribution]:
    """Give "Both" the two parties named speaking right before it."""
    result = list(found)
    for index, item in enumerate(found):
        mention = item.speaker
        if mention is None or item.speaker_span is None or _PAIR.fullmatch(mention.text) is None:
            continue
        floor = _paragraphs_back(text, item.speaker_span.start)
        names: list[str] = []
        for position in range(index - 1, -1, -1):
            if result[position].start < floor:
                break
            for name in _named_parties(result, position):
                if name not in names:
                    names.append(name)
        if len(names) == 2:
            pair, how = f"{names[1]} and {names[0]}", "the two named speaking just before"
        elif len(names) > 2:
            continue  # three parties or more: which two is no guess
        else:
            # "Both the Sierra Club and the Texas Campaign for the Environment were recognized …
            # Both groups asked …": the two the narration named together just before
            window = (max(floor, item.speaker_span.start - _REACH), item.speaker_span.start)
            both = list(_BOTH_NAMED.finditer(text, *window))
            if not both and _PEOPLE_PAIR.fullmatch(mention.text) is not None:
                # "Manny Pacquiao and Adrien Broner met the press … / Both men made it clear …": two
                # people named together, each by a first name and a surname, are "both men"
                both = [
                    named
                    for named in _TWO_PEOPLE_NAMED.finditer(text, *window)
                    if not any(_PLACE_WORD.search(named.group(part)) for part in ("first", "second"))
                ]
            if not both:
                continue
            pair, how = f"{both[-1].group('first')} and {both[-1].group('second')}", "the two named together before"
        result[index] = evolve(
            item,
            speaker=Mention(mention.text, pair, plural=True),
            review=f"speaker {mention.text!r} read as {pair}, {how}",
            confidence=min(item.confidence, 0.6),
        )
    return result


def _named_parties(found: list[Attribution], index: int) -> list[str]:
    """The named parties a statement is given to: one, or the two of a pair speaking together
    ("Mark Poloncarz and Nick Langworthy said"), each counted, so that "both leaders" after them
    and a third party is no guess at which two; none for a description or a group."""
    speaker = found[index].speaker
    if speaker is not None and speaker.plural:
        pair = speaker.name.split(" and ") if speaker.name is not None and not speaker.unnamed else []
        return pair[::-1] if len(pair) == 2 and all(pair) else []  # read back from the end, as the names are
    name = _named_speaker(found, index)
    return [name] if name is not None else []


def _named_speaker(found: list[Attribution], index: int) -> str | None:
    """The one named party a statement is given to: its speaker's name, or for "he" or "she" the
    named person speaking last before it, as the speakers' reading will give it."""
    for item in reversed(found[: index + 1]):
        speaker = item.speaker
        if speaker is None or speaker.unnamed or speaker.plural:
            return None
        if speaker.name is not None:
            return speaker.name
        if speaker.description is not None or speaker.gender is None:
            return None  # a description, "it", "they": no one named
    return None


def _paragraphs_back(text: str, at: int) -> int:
    """Where the paragraph :data:`_PARAGRAPHS` - 1 paragraphs before the one holding ``at`` starts
    (blank lines between paragraphs aside)."""
    start, seen = text.rfind("\n", 0, at) + 1, 1
    while start > 0 and seen < _PARAGRAPHS:
        start = text.rfind("\n", 0, start - 1) + 1
        if text[start : text.find("\n", start)].strip():
            seen += 1
    return start
