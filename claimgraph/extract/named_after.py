"""A person described ("the homeowner", "The Roosters coach") is the one name the text gives beside the description.

"… but the homeowner said …" / "The homeowner, Evon Galicia-Viveros, said …": news often opens
with a description and names the person in the next paragraphs, setting the name off after the same
description. A described speaker no reading has named yet is the one name the text sets off after
that very description, in the next few paragraphs; flagged for review. A description the text sets
off before two names ("the officer, A, …" and "the officer, B, …") names nobody.

"A COUNCILLOR has claimed … / Independent councillor Kevin Mahoney, who represents Sully, said …":
a lead that brings its speaker in by an indefinite description ("a delayed identification", as
news-writing calls it) names them in the sentences that follow, by the description's head noun set
beside the name ("Councillor Mark Wilkes", "The man, Zahangir Bhuiyan,", "Jean-Pierre Bemba,
leader of …"). The first such name after the lead is the speaker; flagged for review. So is a
headline's described speaker ("Schools superintendent says …"), by the same head noun.

"… welcomed by Trent Robinson, with the boss at the Roosters open to it … / The Roosters coach
says …": a description by a side and a role is the one person the narration before names in a
sentence that also names that side; flagged for review, and no guess with two persons or a list.
"""

from __future__ import annotations

import functools
import re

from attrs import evolve

from claimgraph.extract.first_names import first_name_gender
from claimgraph.extract.mentions import NOUN_GENDER as _NOUN_GENDER
from claimgraph.extract.mentions import is_role
from claimgraph.extract.name_words import whole_word_at
from claimgraph.extract.records import Attribution, Mention
from claimgraph.extract.speakers import NO_FIRST_NAMES, could_be_person, person_like

__all__ = [
    "descriptions_named_after",
    "descriptions_of_a_named_persons_side",
    "lead_bodies_named_after",
    "lead_descriptions_named_after",
]

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
        apposed = _apposed(mention.description)
        at = item.speaker_span.end
        names = {match.group("name") for match in apposed.finditer(text, at, at + _REACH)}
        described = re.sub(r"^(?:the|The)\s+", "", mention.text)
        if described != mention.text and described.endswith(mention.description):
            # "… the family's attorney said … / Rand C. Eddy, the family's attorney, said": the name,
            # then the very description set off after it
            names |= set(_names_set_off_before(text, described, at, at + _REACH))
        if mention.role is not None and mention.role[:1].isupper():
            # "said Iran’s Deputy Health Minister … / Deputy Health Minister Iraj Harirchi's comments":
            # the office printed as a title before the name
            titled = _titled(mention.role)
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


def _names_set_off_before(text: str, described: str, start: int, end: int) -> list[str]:
    """The names set off right before ``, the DESCRIBED`` in ``text[start:end]`` ("Rand C. Eddy, the
    family's attorney,"): the description found by its words first, so a long text is not scanned
    for names at every capital letter."""
    names = []
    for article in (", the ", ", The "):
        at = text.find(article + described, start, end)
        while at >= 0:
            after = at + len(article) + len(described)
            if after >= len(text) or text[after] in ",.;:":
                name = _NAME_ENDING.search(text, max(0, at - _NAME_LENGTH), at)
                if name is not None:
                    names.append(name.group("name"))
            at = text.find(article + described, at + 1, end)
    return names


#: A name right at the end of what is searched (``_NAME``, anchored there), and how far back it may start.
_NAME_ENDING = re.compile(rf"(?<![\w’'.-]){_NAME}$")
_NAME_LENGTH = 80


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


#: How many paragraphs open a text as its lead: the headline and the paragraph after it; and how many
#: characters at most (a text of one long paragraph has a lead of a few sentences, not all of it).
_LEAD_PARAGRAPHS = 2
_LEAD_LENGTH = 1_500
#: How far after a lead's description its name is looked for: the next few paragraphs.
_LEAD_REACH = 1_200
_INDEFINITE = re.compile(r"(?:a|an)\s", re.IGNORECASE)


@functools.lru_cache(maxsize=512)  # descriptions repeat from story to story: each pattern compiled once
def _apposed(description: str) -> re.Pattern[str]:
    """The same description with a name set off after it: "The homeowner, Evon Galicia-Viveros,"."""
    return re.compile(rf"(?<![\w-])[Tt]he\s+{re.escape(description)},\s+{_NAME},")


@functools.lru_cache(maxsize=512)
def _titled(role: str) -> re.Pattern[str]:
    """An office printed as a title before a name: "Deputy Health Minister Iraj Harirchi"."""
    return re.compile(rf"(?<![\w-]){re.escape(role)}\s+{_NAME}(?=[’']s\b|[\s,.;:])")


@functools.lru_cache(maxsize=512)
def _named_beside(head: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name and a head noun set beside each other, the name last or first: "Councillor Mark
    Wilkes", "The man, Zahangir Bhuiyan,"; "Jean-Pierre Bemba, leader of", "Molavi Nasrallah, the
    provincial spokesman"."""
    noun = "(?i:" + "|".join(re.escape(word) for word in (head, *_SAME_OFFICE.get(head.lower(), ()))) + ")"
    return (
        re.compile(rf"(?<![\w-]){noun}(?:,\s+|\s+){_NAME}(?=[\s,.;:(]|[’']s\b)"),
        re.compile(rf"{_NAME},\s+(?:(?i:the|a|an)\s+)?(?:[\w’'-]+\s+){{0,3}}?{noun}(?![\w-])"),
    )


#: Other words news names the same office by: "a prosecutor said" / "Deputy District Attorney Butch
#: Ford", "a lawyer for the family" / "attorney Ben Crump".
_SAME_OFFICE: dict[str, tuple[str, ...]] = {
    "prosecutor": ("district attorney", "state attorney", "state's attorney", "prosecuting attorney", "crown counsel"),
    "lawyer": ("attorney", "solicitor", "barrister", "advocate"),
    "attorney": ("lawyer",),
}


def _without_leading_roles(name: str) -> str:
    """A name without the rest of a title before it: "chief" beside "Chief Constable Ann Lee" names
    Ann Lee, not "Constable Ann Lee"."""
    words = name.split()
    while len(words) > 2 and is_role(words[0]):
        words = words[1:]
    return " ".join(words)


def lead_descriptions_named_after(text: str, found: list[Attribution]) -> list[Attribution]:
    """Give a speaker the lead brings in by an indefinite description ("A COUNCILLOR has claimed",
    "AN SNP MSP has accused") the first person the next paragraphs name beside the description's
    head noun ("Independent councillor Kevin Mahoney", "SNP MSP Kevin Stewart"), flagged for review;
    a name whose gender the description contradicts ("A man" … "Julie Stephens") is no guess."""
    lead_end = _lead_end(text)
    headline_end = _headline_end(text, lead_end)
    result = list(found)
    for index, item in enumerate(found):
        mention = item.speaker
        if mention is None or item.speaker_span is None or item.speaker_span.start >= lead_end:
            continue
        in_headline = item.speaker_span.start < headline_end
        head = _headline_head(mention) if in_headline else _indefinite_head(mention)
        if head is None:
            continue
        at, gender = item.speaker_span.end, mention.gender or _NOUN_GENDER.get(head)
        reach = min(len(text), at + _LEAD_REACH)
        named = sorted(
            (match.start(), _without_leading_roles(_POSSESSIVE.sub("", match.group("name"))))
            for pattern in _named_beside(head)
            for match in pattern.finditer(text, at, reach)
        )
        titled = next(((s, n) for s, n in named if person_like(n) and _may_be(n, gender)), None)
        first = _first_person_opening(text, at, reach)
        if titled is not None and (
            first is None or first[0] >= _sentence_start(text, titled[0]) or titled[1] in first[1]
        ):
            name, why = titled[1], f"whom the text names as a {head} after its lead"
        elif (
            not in_headline  # a headline's reader meets the next sentence's person only in the lead
            and first is not None
            and _opens_the_next_sentence(text, at, first[0])
            and person_like(first[1])
            and could_be_person(first[1])
            and _may_be(first[1], gender)
        ):
            # "A Donegal man … / Sean Sylvia (28) of Keelogs …": the next sentence opens with the person
            name, why = first[1], "the person the sentence after the lead opens with"
        else:
            continue  # someone else named first ("A Thurso community councillor … / Corinne Nicklin …")
        result[index] = item.read_as(
            Mention(mention.text, name, role=None if in_headline else mention.name, person=True, gender=mention.gender),
            f"speaker {mention.text!r} read as {name}, {why}",
            0.6,
        )
    return result


def lead_bodies_named_after(text: str, found: list[Attribution]) -> list[Attribution]:
    """Give a body the lead brings in by an indefinite description ("A US-based environmentalist
    group has filed charges …") the name the next sentence opens with, when that name is set off
    with a description of the same kind ("Sierra Club, one of the largest and oldest environmental
    organizations in the US, submitted …"); flagged for review."""
    lead_end = _lead_end(text)
    result = list(found)
    for index, item in enumerate(found):
        mention, span = item.speaker, item.speaker_span
        if (
            mention is None
            or span is None
            or span.start >= lead_end
            or (mention.name is not None and not mention.unnamed)
        ):
            continue
        if not _INDEFINITE.match(mention.text) or mention.text.split()[-1].lower() not in _BODY_NOUNS:
            continue
        stop = _SENTENCE_STOP.search(text, span.end, min(len(text), span.end + _LEAD_REACH))
        named = _BODY_SET_OFF.match(text, stop.end()) if stop is not None else None
        if named is None:
            continue
        name = named.group("name")
        why = f"speaker {mention.text!r} read as {name}, whom the next sentence names as a body of its kind"
        result[index] = item.read_as(Mention(mention.text, name, refers="organisation"), why, 0.6)
    return result


#: The heads of a body's description a set-off name may carry: "group", "organisation", "company" …
_BODY_HEADS = (
    *("group", "organisation", "organization", "company", "firm", "union", "charity", "agency", "coalition"),
    *("association", "network", "alliance", "ngo", "watchdog"),
)


def _singular_or_plural(noun: str) -> str:
    """A pattern for a noun and its plural: "groups?", "compan(?:y|ies)"."""
    return f"{noun[:-1]}(?:y|ies)" if noun.endswith("y") else f"{noun}s?"


#: The heads a lead's description of a body may end in ("a human rights body" too).
_BODY_NOUNS = frozenset({*_BODY_HEADS, "body"})
#: A sentence's end and the space after it.
_SENTENCE_STOP = re.compile(r"[.!?][”’\"']?\s+")
#: A name opening its sentence, set off with a description of a body: "Sierra Club, one of the
#: largest and oldest environmental organizations in the US,".
_BODY_SET_OFF = re.compile(
    r"(?P<name>(?:The\s+)?[A-Z][\w&’'.\-]*(?:\s+(?:of|for|the|and|[A-Z][\w&’'.\-]*)){0,5}),\s+"
    r"(?:one\s+of\s+the|a|an|the)\s+[^,.;:“”\"]{0,80}?(?<![\w-])"
    rf"(?i:{'|'.join(map(_singular_or_plural, _BODY_HEADS))})(?![\w-])"
)


#: A name opening a sentence: two to four capitalised words, right after a sentence's end.
_OPENING_NAME = re.compile(
    r"(?:(?<=[.!?][\s”’\"'])|(?<=[.!?]\s[”’\"'])|(?<=\n))\s*(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})"
)


def _first_person_opening(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The first sentence in ``text[start:end]`` that opens with a person's name, where it opens
    and the name, any title with it ("Corinne Nicklin believes …", "Mayor Ann Ray opened …"); a
    run opening with a sentence's first word ("The Vale", "But Labour") is none."""
    for match in _OPENING_NAME.finditer(text, start, end):
        name = match.group("name")
        if name.split()[0] in NO_FIRST_NAMES:
            continue
        if (person_like(name) and could_be_person(name)) or first_name_gender(name) is not None:
            return match.start("name"), name
    return None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` opens (after the last sentence end before it)."""
    floor = max(0, at - _LEAD_REACH)  # (a sentence start further back than the search reached is none it needs)
    return max(max(text.rfind(mark, floor, at) for mark in _SENTENCE_MARKS) + 1, floor)


def _opens_the_next_sentence(text: str, after: int, at: int) -> bool:
    """Whether ``at`` opens the sentence right after the one running on at ``after``."""
    ends = [end for end in (text.find(mark, after, at) for mark in _SENTENCE_MARKS) if end >= 0]
    return bool(ends) and not text[min(ends) : at].strip(_SENTENCE_MARKS + "”’\"' \t")


def _may_be(name: str, gender: str | None) -> bool:
    """Whether a person's name may be of the gender a description says (any, when it says none)."""
    return gender is None or first_name_gender(name) in (None, gender)


def _headline_end(text: str, lead_end: int) -> int:
    """Where a text's headline ends: its first line when more follows and the line ends with no
    sentence's stop (a first line that is the lead's own sentence is no headline); else 0."""
    end = text.find("\n", 0, lead_end)
    if not 0 < end < lead_end or text[:end].rstrip().endswith((".", "!", "?", "”", '"')):
        return 0
    return end


def _lead_end(text: str) -> int:
    """Where a text's lead ends: after its first paragraphs (the headline and the one after it)."""
    at = 0
    for seen, paragraph in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text[:_LEAD_LENGTH]), start=1):
        at = paragraph.end()
        if seen == _LEAD_PARAGRAPHS:
            break
    return at


def _headline_head(mention: Mention) -> str | None:
    """The head noun of one person a headline describes with no article ("… – reptile expert",
    "Thurso community councillor argues …"); None for a name, a body or several people."""
    if _INDEFINITE.match(mention.text) or mention.plural or mention.refers is not None:
        return _indefinite_head(mention)
    if person_like(mention.text) or (mention.name is not None and person_like(mention.name)):
        return None
    head = mention.text.split()[-1]
    if not head.isalpha() or not head.islower() or not (is_role(head) or head in _NOUN_GENDER):
        return None
    return head


_ROLE_AT_A_BODY = re.compile(r"\s+(?:at|of|for|in|with|from)\s+")


def _indefinite_head(mention: Mention) -> str | None:
    """The head noun of one person brought in by an indefinite description ("A Donegal man" →
    "man", "AN SNP MSP" → "MSP"); None for a name, a body, several people or a definite mention."""
    if not _INDEFINITE.match(mention.text) or mention.plural or mention.refers is not None:
        return None
    shouted = mention.name is not None and all(word.isupper() for word in mention.name.split())  # "SNP MSP"
    if (
        mention.name is not None
        and not shouted
        and (person_like(mention.name) or (not mention.unnamed and mention.person))
    ):
        return None
    head = mention.description or mention.text.split()[-1]
    if mention.description is None and mention.role is not None and mention.person and mention.unnamed:
        # "A former 20-year employee at Portsmouth Regional Hospital": the role's own head, before
        # the body it serves
        return _ROLE_AT_A_BODY.split(mention.role)[0].split()[-1]
    if not head.isalpha() or (mention.description is None and not head.isupper()):
        return None  # a description with no head noun of a person's, bar a role's initials ("MSP")
    if mention.description is not None and not mention.person:
        return None
    return head
