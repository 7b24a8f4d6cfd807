"""Who a pronoun, a description or a short name is: a person or business the text names elsewhere.

Readings across sentences, each flagged for review where it guesses:

- "he" or "she" is the person of that gender who spoke before the one who spoke
  last, or the person the narration last names as a subject
  ("Qamar Javed Bajwa appreciated the response ... He said");
- a description ("The Labour frontbencher said") or a pronoun is the person named
  as the subject of the sentence right before it;
- a business described ("The Sunnyvale-based company reported") is the one
  company named as a subject in the sentences before;
- a title's one-word speaker ("Barr: ...") is the one person of the body whose
  name ends in it ("William Barr").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator, Sequence

from attrs import evolve

from claimgraph.attribution.openers import CONNECTIVES, PREPOSITIONS, SUBORDINATORS, alternatives
from claimgraph.extract.covered import Covered
from claimgraph.extract.cue_forms import CUE
from claimgraph.extract.first_names import first_name_gender
from claimgraph.extract.mentions import (
    COLLECTIVES,
    GROUPS_WITHOUT_ARTICLE,
    NOUN_GENDER,
    PEOPLE_BY_STANDING,
    PERSON_ROLES,
    is_role,
    parse_mention,
)
from claimgraph.extract.name_words import (
    BUSINESS_DESCRIPTIONS,
    DEED_SUBJECT,
    DEMONYMS,
    NO_NAME_OPENS,
    PAST_DEED,
    PLACE_HEADS,
    TITLE_ABBREVIATIONS,
    printed_beside,
    sentence_capital_only,
    whole_word_at,
    word_set,
)
from claimgraph.extract.national_bodies import is_a_country
from claimgraph.extract.office_holders import title_holder
from claimgraph.extract.records import Attribution, Mention, Span
from claimgraph.extract.sentences import Sentence
from claimgraph.extract.speakers import could_be_person, is_relay, name_in_full, person_like
from claimgraph.extract.word_regex import alternation, last_match

__all__ = [
    "businesses_read_as_subjects",
    "descriptions_read_as_subjects",
    "narrated_bodies_for_it",
    "narrated_groups_for_they",
    "narrated_persons_for_pronouns",
    "pronouns_read_as_reported_subjects",
    "pronouns_read_by_gender",
    "surnames_read_as_persons",
    "title_bodies_in_full",
    "title_surname_in_full",
]


# The last word of a place's or a building's name: an address, never a person.
_ADDRESS_HEADS = PLACE_HEADS | {"house", "hall", "court", "building", "centre", "center", "park"}
# "Allan MacLeod of Pheonix House": a person named with their address.
_OF_ADDRESS = r"\s+of\s+(?:\d+\s+)?[A-Z][\w’'\-]+"

# The verb after a clause's subject.
_VERB_AFTER = (
    r"\s+(?:however\s+|also\s+|then\s+|himself\s+|herself\s+|[a-z]+ly\s+)?"
    r"(?:[a-z]+ed|is|was|has|had|went|told|said|says|met|made|gave|took|spoke|wrote"
    r"|thought|felt|saw|knew|heard|found|came|left|got|sat|ran)\b"
)
# A person named as a clause's subject: the name, then a comma (an apposition), an address or a verb.
_NARRATED_PERSON = re.compile(
    # a capital first, so most places fail at once, before the look-behind and the articles
    r"(?=[A-Z])(?<![\w’'\-])(?P<name>(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their)\s)"
    # a form of address and a surname ("Mr. Gaffney"), or a name of two words or more
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}|"
    r"[A-Z][\w’'\-]+(?:\s+(?:(?:de|van|von|al|el|bin)\s+)?(?:[A-Z]|(?:al|el)-[A-Z])[\w’'\-]+){1,3}))"
    rf"(?=\s*,|{_OF_ADDRESS}|{_VERB_AFTER})"
)
# A person the narration describes by a noun that says their gender, as a clause's subject: "It
# is alleged the woman was in bed … She said …", "The man, who cannot be named, … He has pleaded".
# (a letter first, the look-behind read after it: the scan leaps from "t" to "t")
_NARRATED_GENDERED = re.compile(
    r"[tT](?<![\w’'\-].)he\s+(?:(?:young|elderly|older|younger|\d+-year-old)\s+)?"
    rf"(?P<noun>{'|'.join(sorted(NOUN_GENDER))})(?={_VERB_AFTER}|\s*,\s*who\b)"
)


_NARRATION_REACH = 1_500  # characters before a pronoun where the narration may name its person


# A subordinate clause's opening inside a sentence: "Mr Momoh said this on Friday when the Minister …".
_SUBORDINATE_AFTER_SUBJECT = re.compile(r"\s(?:when|while|as|after|before|because|since|whereas)\s")


def _main_subjects_before_subordinates(text: str, narrated: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """The persons the narration names, without one named in a subordinate clause of a sentence
    whose main clause names another as its subject: "Mr Momoh said this on Friday when the Minister
    for Information, Mr Lai Mohammed, visited … / He said, “…”" is Momoh, the sentence's subject."""
    kept = []
    starts = [at for at, _person in narrated]  # in text order, as the names were found
    for index, (at, person) in enumerate(narrated):
        floor = max(0, at - _SENTENCE_REACH)  # a sentence is read near the name only, whatever the text's size
        sentence_start = max(text.rfind("\n", floor, at), text.rfind(". ", floor, at), floor - 1) + 1
        subordinate = last_match(_SUBORDINATE_AFTER_SUBJECT, text[sentence_start:at])
        first_in_sentence = bisect.bisect_left(starts, sentence_start, 0, index)
        if (
            subordinate is not None
            and first_in_sentence < index
            and starts[first_in_sentence] < sentence_start + subordinate.start()
        ):
            continue
        kept.append((at, person))
    return kept


_SENTENCE_REACH = 600  # characters before a name where its sentence's start is looked for


def narrated_persons_for_pronouns(text: str, found: list[Attribution]) -> list[Attribution]:
    """Give "he" and "she" the person the narration last names as a subject before them, in their
    paragraph or the one before, as a fallback for the draft when no speaker met so far is them:
    "Chief of Army Staff Qamar Javed Bajwa appreciated the response ... He said: “…”".

    Names inside another statement are that statement's words, not the narration's ("Sherborne
    discussed an article which claimed Prince Michael owed ... He said"); a possessive is no
    subject ("Panyako dismissed Yatani's appeal"); a name whose first name or form of address
    says the other gender is passed over.
    """
    if not any(_pronoun(a) for a in found):
        return found
    statements = Covered([Span(a.start, a.end) for a in found])
    # "“We approached Gambhir, but he said no one would speak,” X claimed": a pronoun inside
    # someone's words is theirs to resolve, not the narration's
    pronouns = [
        i
        for i, a in enumerate(found)
        if _pronoun(a) and a.speaker_span is not None and not statements.holds(a.speaker_span.start)
    ]
    if not pronouns:
        return found
    # Every person the narration names as a subject, read once: (where, the person).
    narrated = [
        (match.start(), _named_person(name, _title_gender(name) or _name_gender(text, name)))
        for match in _NARRATED_PERSON.finditer(text)
        if not statements.overlaps(match.start(), match.end())
        and not _last_of_a_list(text, match)
        and (name := _without_time(match.group("name")))
        and _reads_as_person(name)
        and not _printed_as_a_body(text, name)
    ]
    narrated = _main_subjects_before_subordinates(text, narrated)
    # or names by a surname alone, printed in full before ("his manager, Mark Burg, … / Burg himself
    # is skeptical"): that person, of the gender the first name printed says
    narrated += [
        (match.start(), _named_person(name, first_name_gender(first[1]) or _title_gender(first[1])))
        for match in _NARRATED_SURNAME.finditer(text)
        if not statements.overlaps(match.start(), match.end())
        and (name := match.group("name")) not in _NOT_SUBJECT_WORDS_CAPITALISED
        and (first := _first_printed_with_first_name(text, name)) is not None
        and first[0] <= match.start()
    ]
    # or describes by a noun of their gender ("the woman was in bed"): an unnamed person
    narrated += [
        (match.start(), _described_person(match.group(0), match.group("noun")))
        for match in _NARRATED_GENDERED.finditer(text)
        if not statements.overlaps(match.start(), match.end())
    ]
    # and every person named speaking ("Watson said on Thursday he read it. “…,” he said"): the
    # nearest person before the pronoun, whether the narration or a cue names them
    narrated += [
        (
            a.speaker_span.start,
            _named_person(a.speaker.name, a.speaker.gender or first_name_gender(a.speaker.name.split()[0])),
        )
        for a in found
        if a.speaker is not None
        and a.speaker.name is not None
        and a.speaker_span is not None
        and not a.speaker.plural
        and not a.speaker.unnamed
        and a.speaker.refers != "organisation"
        and not statements.holds(a.speaker_span.start)  # "… spread Lascañas’ claims …": a statement's words
        and (
            a.speaker.person
            or _reads_as_person(a.speaker.name)
            or (" " not in a.speaker.name and could_be_person(a.speaker.name))  # "Watson said"
        )
    ]
    narrated.sort(key=lambda person: person[0])
    starts = [at for at, _person in narrated]
    result = list(found)
    for i in pronouns:
        item = found[i]
        assert item.speaker is not None and item.speaker_span is not None
        at = item.speaker_span.start
        own = _NARRATED_GENDERED.search(text, item.start, item.end) if item.end <= at else None
        if own is not None and NOUN_GENDER[own.group("noun")] == item.speaker.gender:
            # "… and the woman initially thought he might be a student, she told the court": reported
            # speech that calls its speaker by a noun of the pronoun's gender is that person's
            result[i] = evolve(item, fallback=_described_person(own.group(0), own.group("noun")))
            continue
        reach = max(0, at - _NARRATION_REACH)  # a paragraph of any length is read near the pronoun only
        paragraph = text.rfind("\n\n", reach, at)
        begin = max(reach, text.rfind("\n\n", reach, paragraph) + 2) if paragraph >= 0 else reach
        if (
            paragraph >= 0
            and begin > reach
            and _quoted_paragraph(text, begin, statements)
            and not any(
                a.speaker_span is not None and begin <= a.speaker_span.start < paragraph
                for a in found[max(0, i - _RECENT) : i]
            )
        ):
            # the paragraph before is the run of this pronoun's quote, naming no speaker of its own
            # ("“You can't express this … / “All of us …,” he said"): the narration before it names "he"
            begin = max(reach, text.rfind("\n\n", reach, begin - 2) + 2)
        # the last one before the pronoun, from its paragraph or the one before, of its gender
        for k in range(bisect.bisect_left(starts, at) - 1, bisect.bisect_left(starts, begin) - 1, -1):
            _start, person = narrated[k]
            if person.gender in (None, item.speaker.gender):
                result[i] = evolve(item, fallback=evolve(person, gender=person.gender or item.speaker.gender))
                break
    return result


# The last name of a list, set off by a comma after it: "called Chief Minister A. Revanth Reddy and
# former chief minister K. Chandrashekar Rao, “bad brothers” …": an object, no subject a pronoun means.
_AND_BEFORE = re.compile(r"\sand\s+(?:(?:[a-z]+|[A-Z]\.)\s+){0,4}$")
_COMMA_NEXT = re.compile(r"\s*,")


def _last_of_a_list(text: str, match: re.Match[str]) -> bool:
    """Whether a name set off by a comma closes a list joined by "and"."""
    start = match.start("name")
    return bool(_COMMA_NEXT.match(text, match.end("name"))) and bool(
        _AND_BEFORE.search(text, max(0, start - 60), start)
    )


def _quoted_paragraph(text: str, begin: int, statements: Covered) -> bool:
    """Whether the paragraph at ``begin`` opens with a quote mark, inside a statement."""
    first = begin + len(text[begin : begin + 8]) - len(text[begin : begin + 8].lstrip())
    return text[first : first + 1] in '“"‘' and statements.holds(first + 1)


# A surname alone opening a clause as its subject: "Burg himself is skeptical", "Burg said".
# After a sentence's end or an opening clause ("After her initial set of posts, Nikolas shared …").
# (the capital first and what stands before it read behind that letter: a scan leaps from capital
# to capital, where a look-behind first is tried at every place, five times slower)
_NARRATED_SURNAME = re.compile(
    r"(?P<name>[A-Z](?:(?<=\n.)|(?<=[.!?]\s.)|(?<=[a-z],\s.)|(?<=[.!?][”\"’]\s.))[\w’'\-]+)"
    rf"(?={_VERB_AFTER})"
)
_NOT_SUBJECT_WORDS_CAPITALISED = frozenset({"He", "She", "It", "They", "We", "The", "This", "That", "There", "But"})


def _printed_as_a_body(text: str, name: str) -> bool:
    """Whether the text prints a name as a business's or a thing's elsewhere: "Erie Strayer
    Company", "Erie Strayer, which builds …" (a person is "who"), so "he" is never it."""
    return name in _names_printed_as_bodies(text)


@functools.lru_cache(maxsize=4)  # asked for each name the narration gives a person's shape, one text at a time
def _names_printed_as_bodies(text: str) -> frozenset[str]:
    """Every run of capitalised words the text prints before a business's word or "which", and
    each of its tails ("At Erie Strayer Company": "At Erie Strayer", "Erie Strayer", "Strayer")."""
    names: set[str] = set()
    for match in _NAME_THEN_BODY.finditer(text):
        words = match.group("name").split()
        names.update(" ".join(words[i:]) for i in range(len(words)))
    return frozenset(names)


# A name, then what makes it a body's: a business's word ("Company", "Inc."), or "which".
_NAME_THEN_BODY = re.compile(
    r"(?P<name>[A-Z](?<![\w’'-].)[\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}?)"  # (the capital first: the scan leaps to it)
    r"(?:\s+(?:Company|Co\.|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|LLC|PLC|plc|Group|Holdings|Shipping|"
    r"Airlines|Airways|Motors|Industries|Technologies|Pharmaceuticals|Logistics|Steel|Mining|Petroleum)(?![\w-])"
    r"|,\s+which\s)"
)


def _without_time(name: str) -> str:
    """A name without the time opening its clause: "On Monday Cllr Wells" → "Cllr Wells"."""
    words = name.split()
    while words and words[0].lower() in _NOT_SUBJECT_WORDS:
        words = words[1:]
    return " ".join(words)


def _name_gender(text: str, name: str) -> str | None:
    """The gender a name's first word says, else the first name the text prints its surname with
    ("Rhye’s Mike Milosh": Mike)."""
    words = name.split()
    gender = first_name_gender(words[0])
    if gender is None and len(words) > 1 and (printed := _first_printed_with_first_name(text, words[-1])):
        gender = first_name_gender(printed[1])
    return gender


def _named_person(name: str, gender: str | None) -> Mention:
    return Mention(name, name, person=True, gender=gender)


def _described_person(text: str, noun: str) -> Mention:
    """ "the woman": an unnamed person, their own source, carrying the description."""
    return Mention(text, noun, person=True, unnamed=True, description=noun, gender=NOUN_GENDER[noun])


def _reads_as_person(name: str) -> bool:
    """Whether a name is a person's: a form of address before it, a listed first name, or two to
    four capitalised words naming no kind of organisation and no plural ("Free Democrats")."""
    first = name.split()[0].rstrip(".")
    if name.split()[-1].lower() in _ADDRESS_HEADS:
        return False  # "Hamilton Road", "Pheonix House": an address, whatever first name it opens with
    if first in ("Mr", "Mrs", "Ms", "Dr", "Cllr", "Prof", "Sir", "Dame") or first_name_gender(first) is not None:
        return True
    last = name.split()[-1]
    return person_like(name) and not (last.endswith("s") and not last.endswith("ss"))


def pronouns_read_by_gender(found: list[Attribution]) -> list[Attribution]:
    """ "Ann Ray said ... / Tomas Berg said ... / She added ...": when the last person speaking is
    known to be of the other gender (a title, a listed first name) and the one before is known to
    be of the pronoun's, the pronoun is that one, flagged for review. Nothing else is guessed here;
    other pronouns are left to the speaker resolution."""
    result = list(found)
    last: list[tuple[str, str | None]] = []  # the last two persons speaking: (name, gender)
    for i, item in enumerate(found):
        mention = item.speaker
        if mention is None:
            continue
        if _pronoun(item) and len(last) == 2:
            (before, before_gender), (latest, latest_gender) = last
            if latest_gender not in (None, mention.gender) and before_gender == mention.gender:
                result[i] = evolve(
                    item,
                    speaker=Mention(mention.text, before, person=True, gender=mention.gender),
                    review=f"speaker {mention.text!r} read as {before}, by gender: {latest} spoke last",
                    confidence=min(item.confidence, 0.6),
                )
                mention = result[i].speaker
        if mention is not None and mention.name is not None and (mention.person or mention.gender):
            gender = mention.gender or first_name_gender(mention.name) or _title_gender(mention.name)
            if not last or last[-1][0] != mention.name:
                last = [*last[-1:], (mention.name, gender)]
    return result


# The subject a reported clause opens with, a person described by a noun of their gender: "(that)
# the man who had filed the complaint …".
_REPORTED_DESCRIBED = re.compile(
    rf"(?:that\s+)?[Tt]he\s+(?P<noun>{'|'.join(sorted(NOUN_GENDER))})\b(?=\s+(?:who|whom|that|in|from|at)\b|\s*,)"
)
# Cues of a stance taken, which a speaker's own account says of the party it speaks of ("He is
# claiming to have …"); not a speaker's going on ("He added …").
_STANCE_LEMMAS = frozenset({"claim", "allege", "insist", "maintain", "contend", "assert"})
# Between a statement's end and the next sentence's pronoun: its closing marks and spaces only.
_RIGHT_AFTER = re.compile(r"[\s.”\"’]*")


def pronouns_read_as_reported_subjects(text: str, found: list[Attribution]) -> list[Attribution]:
    """ "X told the court that the man who had filed the complaint was the fraudster. He is claiming
    to have given money …": "he", taking a stance right after a statement whose reported clause is
    about a person described by a noun of the pronoun's gender, is that person, not the one
    reporting (it had put the complainant's claim in the defence lawyer's mouth); flagged."""
    result = list(found)
    for i in range(1, len(found)):
        item, before = found[i], found[i - 1]
        mention = item.speaker
        if (
            mention is None
            or not _pronoun(item)
            or item.lemma not in _STANCE_LEMMAS
            or item.speaker_span is None
            or item.speaker_span.start > item.start
            or before.end > item.speaker_span.start
            or _RIGHT_AFTER.fullmatch(text, before.end, item.speaker_span.start) is None
        ):
            continue
        subject = _REPORTED_DESCRIBED.match(text, before.start, before.end)
        if subject is None or NOUN_GENDER[subject.group("noun")] != mention.gender:
            continue
        described = _described_person(subject.group(0).removeprefix("that").strip(), subject.group("noun"))
        result[i] = evolve(
            item,
            speaker=described,
            review=f"speaker {mention.text!r} read as {described.text!r}, of whom the statement before speaks",
            confidence=min(item.confidence, 0.5),
        )
    return result


# The named subject opening a sentence: "Mr Gardiner has now lodged ...", "But Solskjaer, whose
# side ..., has continued ...". The name is followed by a comma or a verb-like word.
# A sentence's subject is never a word that opens a clause or an adjunct, a pronoun or a
# demonstrative ("When", "In", "This", "They"); "Whereas" is not listed (as it never was).
_NOT_A_SUBJECT = (
    *(w for w in SUBORDINATORS if w != "whereas"),
    *PREPOSITIONS,
    *("this", "that", "these", "those", "there", "it", "we", "they", "you"),
)


_SUBJECT = re.compile(
    rf"(?:(?:{alternatives(CONNECTIVES, capitalised=True)}),?\s+)?"
    # "The boy's mother, Ann Ray, ...": a description set before the name
    # (with the body it serves set off too: "The Managing Director, UHSL, Pearl Kanu, explained")
    r"(?:(?:The|A|An|His|Her|Their)\s+[^,;:“”\"]{1,60},\s+(?:[A-Z][^,;:“”\"]{0,40},\s+)?"
    r"(?=[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+,))?"
    rf"(?P<name>(?!(?:{alternatives(_NOT_A_SUBJECT, capitalised=True)})\b)"
    r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?[A-Z][\w’'\-]+(?:\s+(?:(?:de|van|von|al|el|bin)\s+)?[A-Z][\w’'\-]+){0,3}"
    r"(?:\s+[A-Z]\.)?)"  # "De K.": a surname withheld to its initial
    r"(?=\s*,|\s+(?:himself\s+|herself\s+)?"  # "Burg himself is skeptical"
    r"(?:has|had|was|is|have|did|does|will|would|could|also|now|then|later|again|[a-z]+ed|[a-z]+s)\b)"
)


def descriptions_read_as_subjects(
    text: str, sentences: Sequence[Sentence], found: list[Attribution]
) -> list[Attribution]:
    """A speaker described, not named ("The Labour frontbencher said:", "the United chief added"),
    is the person named as the subject of the sentence right before it, when that is a person.

    Only a person's name counts: a capitalised subject that names an organisation, or a one-word
    name the text never printed in full before, is no guess; the claim is flagged for review.
    """
    if not any(_described(a) or _pronoun(a) for a in found):
        return found
    starts = [sentence.start for sentence in sentences]
    printed = _PrintedBefore(text)
    result: list[Attribution] = []
    for item in found:
        if (_described(item) or _pronoun(item)) and item.speaker_span is not None and item.speaker is not None:
            # the sentence before the statement's: a quotation of several sentences comes first
            at = bisect.bisect_right(starts, min(item.speaker_span.start, item.start)) - 1
            # "Gurley was so upset by Meeker's comments, he said he wants …": a pronoun's own
            # sentence may open with the person, the statement after the pronoun
            own = _opening_subject(text, sentences[at], item, printed) if _pronoun(item) and at >= 0 else None
            name = own or (_narrated_subject(text, sentences[at - 1], printed) if at >= 1 else None)
            asked = _ASKED.search(sentences[at - 1].text) if at >= 1 and own is None and _pronoun(item) else None
            if asked is not None:
                # "Defense attorney David Ellison asked the detective if anyone … / “…,” he said": the
                # one asked answers, not the one asking: the person the text prints under the title
                # asked ("Police detective Jeremy Appenzeller"), or no one read here
                whom = asked.group("whom")
                name = title_holder(text, whom.removeprefix("the ")) if whom and whom.startswith("the ") else None
                if name is not None:
                    why = f"speaker {item.speaker.text!r} read as {name}, the one asked in the sentence before"
                    answer = Mention(item.speaker.text, name, person=True, gender=item.speaker.gender)
                    result.append(item.read_as(answer, why, 0.6))
                    continue
            going_on = _HE_OR_SHE.match(sentences[at - 1].text.lstrip()) if at >= 2 else None
            if name is None and _described(item) and going_on is not None:
                # "Lechleiter joined Lilly in 1979. He was elevated to CEO in 2008. / The Louisville
                # native says …": the subject named before a sentence that goes on about him
                pronoun_gender = "male" if going_on.group(0).startswith("He") else "female"
                if item.speaker.gender in (None, pronoun_gender):
                    name = _narrated_subject(text, sentences[at - 2], printed)
            if (
                name is not None
                and _pronoun(item)
                and own is None
                and _another_speaks_in(text, result, sentences[at - 1], name)
            ):
                # "Chris Millar was deemed to have brought down Eagles, but Wright claimed … / “…,” he
                # said": someone speaking in the sentence before is likelier "he" than its subject;
                # left to the reading of who spoke last
                name = None
            if name is not None and _pronoun(item) and own is None:
                # "he"/"she": the subject of the sentence right before, in this paragraph or the one
                # before, when its gender does not say otherwise.
                # (a surname alone by the first name the text prints it with: "Williams allegations"
                # is Arthur Williams's, never "she")
                full = name_in_full(text, name) if " " not in name else None
                gender = first_name_gender(name) or first_name_gender(full or "") or _title_gender(name)
                near = text.count("\n\n", sentences[at - 1].end, item.speaker_span.start) <= 1
                if not near or gender not in (None, item.speaker.gender):
                    name = None
            if name is None and _pronoun(item) and own is None and at >= 1:
                described = _described_person_before(text, sentences, at, item, result, printed)
                if described is not None:
                    result.append(described)
                    continue
            if name is None and _described(item) and at >= 1:
                # the sentence before; over one more that goes on about "him" or "her" ("He
                # directed remarks at the opposition. / The Lib Dem councillor added: …")
                back = at - 2 if at >= 2 and _HE_OR_SHE.match(sentences[at - 1].text.lstrip()) else at - 1
                before = sentences[back].start, min(item.start, item.speaker_span.start)
                name = _last_speaker_before(text, result, item.speaker, *before, printed)
            if name is not None and _described(item) and _another_office(text, name, item.speaker):
                name = None
            if name is not None and _described(item) and at >= 1:
                assert item.speaker.description is not None
                introduced = re.compile(rf"(?<![\w-])(?:a|an|another)\s+{re.escape(item.speaker.description)}(?![\w-])")
                if introduced.search(text, sentences[max(0, at - 2)].start, item.speaker_span.start) is not None:
                    # "Marin-Sotelo appeared before a judge … / the judge told Marin-Sotelo …": the
                    # one the narration has just brought in by that noun, not the subject
                    name = None
            if name is not None:
                item = evolve(
                    item,
                    speaker=Mention(
                        item.speaker.text,
                        name,
                        role=None if _pronoun(item) else item.speaker.text.removeprefix("the ").removeprefix("The "),
                        person=True,
                        gender=item.speaker.gender,
                    ),
                    review=f"speaker {item.speaker.text!r} read as {name}, the subject of the sentence before",
                    confidence=min(item.confidence, 0.6),
                )
        result.append(item)
    return result


# A question the subject of a sentence asks: "asked the detective if …", "asked whether he had …".
_ASKED = re.compile(r"(?<![\w-])asked\s+(?:(?P<whom>the\s+[a-z][\w-]*|[^,;:.“”\"]{1,60}?)\s+)?(?:if|whether)\s")


def _another_speaks_in(text: str, found: list[Attribution], sentence: Sentence, subject: str) -> bool:
    """Whether a statement read in ``sentence`` has a named speaker other than its subject, who
    speaks in a clause of their own: no medium relaying the sentence ("…, News24 reports") and
    no owner of words the subject talks about ("expressed surprise at Koopman's statement")."""
    end = sentence.start + len(sentence.text)
    return any(
        other.speaker_span is not None
        and sentence.start <= other.speaker_span.start < end
        and other.speaker is not None
        and other.speaker.name is not None
        and other.speaker.name not in subject
        and subject not in other.speaker.name
        and not is_relay(other.speaker)
        and other.lemma != "report"
        and not text.startswith(("’s", "'s"), other.speaker_span.end)
        for other in found[-_RECENT:]  # the sentence before: among the last read (a long paragraph stays linear)
    )


#: How many of the statements read last are looked at for those of the sentence right before.
_RECENT = 12


def _described_person_before(
    text: str,
    sentences: Sequence[Sentence],
    at: int,
    item: Attribution,
    found: list[Attribution],
    printed: _PrintedBefore,
) -> Attribution | None:
    """ "In direct evidence, the defendant admitted stealing the items / He told the court …": "he"
    is the person the sentence before opens with, described and not named, in the pronoun's
    paragraph or the one before; flagged. The person quoted before, described anew ("Ann Ray, the
    accused, said … / The accused was released …"), is left to the readings of who was quoted."""
    assert item.speaker_span is not None and item.speaker is not None
    describing = _sentence_describing(sentences, at, item.speaker.gender)
    if describing is None:
        return None
    back, described = describing
    if text.count("\n\n", sentences[back].end, item.speaker_span.start) > 1 + (at - 1 - back):
        return None
    opening = sentences[back].start + len(sentences[back].text) - len(sentences[back].text.lstrip())
    if any(other.start <= opening < other.end for other in found[-_RECENT:]):
        # "The bomber detonated a car …, said Abdullahi Mohamud. / “…,” he said": the sentence is
        # the commander's words, and the one it opens with no subject of the narration
        return None
    if _last_speaker_before(text, found, described, sentences[max(0, back - 1)].start, item.start, printed) is not None:
        return None
    if back < at - 1 and any(
        other.speaker_span is not None
        and sentences[max(0, back - 2)].start <= other.speaker_span.start < item.speaker_span.start
        and other.speaker is not None
        and not _pronoun(other)
        and other.speaker.description != described.description
        for other in found[-_RECENT:]
    ):
        # "His mum Kerry Needham told the Mirror … / The child was … / But cops confirmed … / She said":
        # over sentences between, someone quoted near it is likelier than the one described
        return None
    return evolve(
        item,
        speaker=described,
        review=f"speaker {item.speaker.text!r} read as {described.text!r}, the subject of the sentence before",
        confidence=min(item.confidence, 0.6),
    )


#: How many sentences back a pronoun may find the person the narration described, over sentences
#: that go on about them ("He has pleaded not guilty …") or name nobody.
_DESCRIBED_REACH = 6


def _sentence_describing(sentences: Sequence[Sentence], at: int, gender: str | None) -> tuple[int, Mention] | None:
    """The sentence before ``at`` opening with a described person a pronoun of ``gender`` may mean,
    and that person:
    the one right before, or further back over sentences opening with that pronoun and over one
    naming no person ("The 18-year-old … was the only witness … / He has pleaded not guilty … / A
    court-ordered publication ban prohibits … / On the witness stand, he testified …"); None when
    a sentence between may name someone else."""
    unnamed_skipped = False
    for back in range(at - 1, max(-1, at - 1 - _DESCRIBED_REACH), -1):
        sentence = sentences[back]
        described = _described_subject(sentence)
        if described is not None:
            return back, described
        opening = sentence.text.lstrip()
        pronoun = _HE_OR_SHE.match(opening)
        if pronoun is not None and (gender is None or (gender == "male") == opening.startswith("He")):
            continue
        if not unnamed_skipped and not _names_anyone(sentence):
            unnamed_skipped = True
            continue
        return None
    return None


def _names_anyone(sentence: Sentence) -> bool:
    """Whether a sentence names a person or quotes anyone: a capitalised name, a pronoun, quotation marks
    (in its opening only: a sentence of any length is read in bounded time)."""
    words = sentence.text[:_SENTENCE_REACH]
    return (
        any(mark in words for mark in '“”"')
        or re.search(r"(?<![\w’'-])(?:he|she|He|She|him|her|Her|his|His)(?![\w’'-])", words) is not None
        or _NARRATED_PERSON.search(words) is not None
    )


# A sentence opening with a person described, then their verb: "In direct evidence, the defendant - a
# father of one - admitted …", "The 46-year-old, of Dock Road, was arrested …".
_DESCRIBED_SUBJECT = re.compile(
    rf"(?:(?:{alternatives(CONNECTIVES, capitalised=True)}"
    rf"|(?:{alternatives(PREPOSITIONS, capitalised=True)})\s[^,;:“”\"]{{1,40}}),\s+)?"  # "In direct evidence, "
    r"(?P<subject>(?:the|The)\s+(?:[a-z0-9][\w’'-]*\s+){0,2}?[a-z0-9][\w’'-]*)"
    # an aside set off by dashes or commas (a date's comma inside it: "who was 16 at the time of the
    # March 11, 2021 incident")
    r"(?:\s+[-–—]\s+[^-–—,;:“”\"]{1,60}?\s+[-–—]|,\s+(?:[^,;:“”\"]|,\s(?=\d)){1,80},)?"
    rf"\s+(?:also\s+|later\s+|then\s+|[a-z]+ly\s+)?(?:{PAST_DEED}|is|was|has|had|told|said|says|spoke|wrote"
    r"|can[’']t|cannot|could|will|would)\b"
)


def _described_subject(sentence: Sentence) -> Mention | None:
    """The one person a sentence opens with, described by a noun that does not say their gender
    ("the defendant"); None for a body, several people, a name or "the woman" (whom
    :func:`narrated_persons_for_pronouns` reads)."""
    if any(mark in sentence.text for mark in '“”"'):
        return None  # a sentence of someone's words, or one that quotes: no narration to follow
    match = _DESCRIBED_SUBJECT.match(sentence.text.lstrip())
    if match is None:
        return None
    mention = parse_mention(match.group("subject"))
    if (
        mention is None
        or mention.name is not None
        or mention.description is None
        or not mention.person
        or mention.plural
        or mention.gender is not None
        or mention.description.split()[-1].lower() in NOUN_GENDER  # "the woman": read with the gendered nouns
    ):
        return None
    return mention


def _last_speaker_before(
    text: str, found: Sequence[Attribution], described: Mention, start: int, end: int, printed: _PrintedBefore
) -> str | None:
    """The person named who spoke last, between ``start`` and ``end`` (the sentence before a
    description's statement), when the description fits them: "“…,” Singh added. / The former
    national senior side coach said …" after "Suva FA coach Gurjit Singh"; "Stand-in Sri Lanka
    skipper Herath said … / “…,” the veteran spinner said". News varies the word for the person it
    has just quoted; a description that the text never printed with them ("the judge" after the
    defence lawyer) is somebody else, and the source nobody named ("the source") stays unnamed."""
    for item in reversed(found):
        if item.start >= end:
            continue
        if item.end < start:
            return None
        while item.speaker is None and item.same_as is not None and item.same_as < len(found):
            item = found[item.same_as]  # a quote's later paragraphs: its first one's speaker
        mention = item.speaker
        if mention is None or mention.name is None or mention.unnamed or mention.plural:
            return None
        words = mention.name.split()
        if len(words) == 1 and not printed.before(words[0], start):
            return None  # a lone name the text never printed with a first name: maybe a body
        if len(words) > 1 and not (mention.person or person_like(mention.name)):
            return None
        return mention.name if _fits(text, mention, described) else None
    return None


_HE_OR_SHE = re.compile(r"(?:He|She)\s")


@functools.lru_cache(maxsize=256)
def _words_beside_surname(text: str, surname: str) -> frozenset[str]:
    """The words printed with a surname wherever the text prints it (read once for each surname)."""
    words: set[str] = set()
    for at in whole_word_at(text, surname, 0, len(text)):
        words |= set(_LOWER_WORDS.findall(printed_beside(text, at, at + len(surname))))
        if len(words) > _BESIDE_WORDS:
            break  # a name printed thousands of times has told its titles long before
    return frozenset(words)


_BESIDE_WORDS = 400
_LOWER_WORDS = re.compile(r"[a-z][a-z\-]*")


# Words for one kind of person: a description by one of them fits a person printed with another.
_KINDRED = (
    word_set("spokesman spokeswoman spokesperson mouthpiece"),
    word_set("skipper captain player midfielder striker defender goalkeeper keeper winger batsman batter bowler"),
    word_set("spinner all-rounder"),
    # "The Head of State claimed" after "President William Ruto dismissed …"
    word_set("head-of-state president king queen monarch emir sultan"),
    word_set("head-of-government prime premier chancellor taoiseach"),
)
_PLAYERS = _KINDRED[1] | _KINDRED[2]
# Offices held by many, told apart by the portfolio or the body before them ("defense minister").
_PORTFOLIOS = word_set(
    "minister secretary spokesman spokeswoman spokesperson mouthpiece commissioner director chief head governor"
)
_TIME_OF_OFFICE = word_set("former outgoing incoming new then acting veteran")


def _fits(text: str, person: Mention, described: Mention) -> bool:
    """Whether a description's noun is one the text prints with the person, in their title or an
    appositive ("Suva FA coach Gurjit Singh" for "the champion coach"), or a word of the same
    kind ("police spokesperson" for "the police mouthpiece", "skipper" for "the veteran spinner")."""
    noun = described.description
    assert person.name is not None and noun is not None
    beside = set(_LOWER_WORDS.findall(f"{person.role or ''} {person.name}".lower()))
    # every place the text prints the surname: "Councillor Mark Wilkes said", "Cllr Wilkes, cabinet
    # member for …, made the comments"
    beside |= _words_beside_surname(text, person.name.split()[-1])
    beside |= {TITLE_ABBREVIATIONS[word] for word in beside & TITLE_ABBREVIATIONS.keys()}
    qualifiers = set(_LOWER_WORDS.findall(described.text.lower())) - {"the", noun} - _TIME_OF_OFFICE
    if noun in _PORTFOLIOS and qualifiers and not qualifiers & beside:
        return False  # "the defense minister" is not "Interior Minister Soylu"
    if noun in beside:
        return True
    kindred = next((kind for kind in _KINDRED if noun in kind), frozenset())
    return bool(beside & (kindred | (_PLAYERS if noun in _PLAYERS else frozenset())))


def _narrated_subject(text: str, sentence: Sentence, printed: _PrintedBefore) -> str | None:
    """The person opening a sentence of narration; a sentence that opens with a quotation opens
    with someone's words ("“Mayor Meeker had no business …,” Tony Gurley said"), not a subject."""
    if sentence.text.lstrip()[:1] in '“"‘' or _inside_a_quotation(text, sentence.start):
        # (nor does a sentence inside a quotation run on from the one before: "“… Amit Shah.
        # Therefore AIADMK members should think …”" is the speaker's words, no narration)
        return None
    return _person_subject(text, sentence, printed)


def _inside_a_quotation(text: str, at: int) -> bool:
    """Whether ``at`` stands inside quotation marks opened earlier in its paragraph (read over the
    last :data:`_QUOTATION_REACH` characters: a paragraph of any length costs the same)."""
    floor = max(0, at - _QUOTATION_REACH)
    line = text[(text.rfind("\n", floor, at) + 1) or floor : at]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


_QUOTATION_REACH = 3_000  # characters: a quotation longer than a long paragraph is not looked for


def _opening_subject(text: str, sentence: Sentence, item: Attribution, printed: _PrintedBefore) -> str | None:
    """The person a pronoun's own sentence opens with, in a clause of narration set off by a comma
    before the pronoun, its statement after the pronoun: "Gurley was so upset by Meeker's comments,
    he said he wants …"; not when the clause holds a cue of its own."""
    assert item.speaker_span is not None and item.speaker is not None
    if item.start < item.speaker_span.start:
        return None  # the statement came first
    before = text[sentence.start : item.speaker_span.start].rstrip()
    if not before.endswith(",") or CUE.search(before) is not None:
        return None
    name = _narrated_subject(text, sentence, printed)
    if name is None or name.split()[0].endswith("ing"):
        return None  # "Terming I-T raids a political vendetta, he alleged": a participle, no subject
    gender = first_name_gender(name) or _title_gender(name)
    return name if gender in (None, item.speaker.gender) else None


def _pronoun(item: Attribution) -> bool:
    """Whether the speaker is "he" or "she"."""
    mention = item.speaker
    return mention is not None and mention.name is None and mention.description is None and mention.gender is not None


def _title_gender(name: str) -> str | None:
    if re.match(r"(?:Mr|Sir|Lord)\b", name):
        return "male"
    if re.match(r"(?:Mrs|Ms|Miss|Dame|Lady)\b", name):
        return "female"
    return None


def _another_office(text: str, name: str, office: Mention) -> bool:
    """Whether an office printed as a title ("The First Minister") is another than the one the
    text prints the person under, a title before the name or an appositive after it ("Suleyman
    Soylu, the interior minister"). A lower-case office ("the regional revitalization minister")
    is news's varied name for the person, whatever the text called them first."""
    at = text.find(name)
    if at < 0 or office.description is None:
        return False
    printed = re.findall(r"[a-z]+", printed_beside(text, at, at + len(name)))
    if office.description in _STANDING_NOUNS and office.description not in printed:
        # "M23 president Bertrand Bisimwa said … / The resident … said": who someone is to the story
        # ("the resident", "the witness") is no varied name for a person printed under an office
        return any(word in _OFFICES for word in printed)
    if not any(w[:1].isupper() for w in office.text.split()[1:]):
        # a lower-case office is the person's varied name, unless the text prints them under
        # another: "Crown Counsel Jenesha Simpson replied … / The magistrate said" is the magistrate
        kindred = next((kind for kind in _KINDRED if office.description in kind), frozenset())
        kindred |= _PLAYERS if office.description in _PLAYERS else frozenset()  # "skipper" for "the spinner"
        return (
            office.description in _OFFICES
            and office.description not in printed
            and any(word in _OFFICES and word not in kindred for word in printed)
        )
    if office.description not in printed:
        return False
    qualifiers = set(re.findall(r"[a-z]+", office.text.lower())) - {"the", office.description}
    return not qualifiers <= set(printed)


#: The words that name an office (not who someone is to the story: a worker may be the accused).
_OFFICES = frozenset(role.lower().split()[-1] for role in PERSON_ROLES) - {"for"} - set(PEOPLE_BY_STANDING)
_STANDING_NOUNS = frozenset(PEOPLE_BY_STANDING)


def _described(item: Attribution) -> bool:
    mention = item.speaker
    return (
        mention is not None
        and mention.name is None
        and mention.description is not None
        and mention.refers == "person"
        and not mention.plural
        # "her mother", "his lawyer": someone of the person before, never that person
        and _POSSESSED.match(mention.text) is None
    )


_POSSESSED = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s")


_NOT_SUBJECT_WORDS = frozenset(
    " ".join(
        (
            "on in at after before during since until by for from with today yesterday",
            "monday tuesday wednesday thursday friday saturday sunday january february march april june",
            "july august september october november december",
        )
    ).split()
)


# Capitalised words before a name that are no first name ("The Ngobeni family"); a title before
# it ("Minister Pule", "Mr Ngobeni") says a person as well as a first name does.
_NOT_FIRST_NAMES = frozenset(["The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our"])
# One or two capitalised words right before a surname, opening no article: "Chua Soi ", "Dr ".
_CAPITALISED_BEFORE = re.compile(
    rf"(?=[A-Z])(?<![\w’'\-])(?!(?:{'|'.join(sorted(_NOT_FIRST_NAMES))})\s)"
    r"[A-Z][\w’'\-]+\s+(?:[A-Z][\w’'\-]+\s+)?$"
)
_NAME_REACH = 80  # characters before a surname where its first names may start
# A first name right before a surname: "Wisani ".
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w’'\-])(?P<first>[A-Z][a-z][\w’'\-]*)\s+$")


class _PrintedBefore:
    """Whether the text printed a surname after a capitalised word (a first name) before an offset.

    Asked sentence after sentence, so each search for a surname resumes where the last one
    stopped instead of reading the text from its start again: a text is read about once per
    surname, not once per question (many pronouns after lone surnames took quadratic time).
    """

    def __init__(self, text: str) -> None:
        self._text = text
        # surname → (offset asked last, whether found there, where a later search may start)
        self._asked: dict[str, tuple[int, bool, int]] = {}

    def before(self, surname: str, end: int) -> bool:
        """Whether ``text[:end]`` holds the surname after a capitalised word (and perhaps a second one)."""
        start = 0
        asked = self._asked.get(surname)
        if asked is not None and asked[0] <= end:
            if asked[1]:
                return True  # a full name before an earlier offset is before this one too
            start = asked[2]
        match_end = self._after_first_name(surname, start, end)
        if asked is not None and asked[0] > end:
            return match_end is not None  # asked out of order: answered, nothing kept
        if match_end is not None:
            # A match ending at ``end`` read the end of the text for its final \b, so it may not hold
            # before a later offset: only one ending earlier is kept.
            if match_end < end:
                self._asked[surname] = (end, True, 0)
            return True
        self._asked[surname] = (end, False, self._resume(surname, start, end))
        return False

    def _after_first_name(self, surname: str, start: int, end: int) -> int | None:
        """Where the first printing of the surname after one or two capitalised words ("Chua Soi
        Lek", "Dr Chua"; not "The Star": an article opens no name) ends, all of it in
        ``text[start:end]``; None if there is none. Read with :meth:`str.find`, so no pattern is
        compiled for each surname a text holds."""
        text = self._text
        at = text.find(surname, start, end)
        while at >= 0:
            after = at + len(surname)
            if after == end or not (text[after].isalnum() or text[after] == "_"):
                opening = _CAPITALISED_BEFORE.search(text, max(start, at - _NAME_REACH), at)
                if opening is not None and opening.start() >= start:
                    return after
            at = text.find(surname, at + 1, end)
        return None

    def _resume(self, surname: str, start: int, end: int) -> int:
        """Where a later search may start: just after the last character before ``end`` that no
        match can hold (anything but a word character, ’ ' - or white space, or the surname's own);
        no match found before ``end`` reaches over it, so none starting before it is missed."""
        text = self._text
        for at in range(end - 1, start - 1, -1):
            char = text[at]
            if not (char.isalnum() or char in "_’'-" or char.isspace() or char in surname):
                return at + 1
        return start


def _person_subject(text: str, sentence: Sentence, printed: _PrintedBefore) -> str | None:
    """The person named as the subject opening a sentence, if one is."""
    opening = sentence.text.lstrip(' \t\n“"‘')
    match = _SUBJECT.match(opening)
    if match is None:
        return _titled_subject(sentence)
    name = match.group("name")
    apposed = _APPOSED_NAME.match(opening, match.end())
    if apposed is not None and (first := parse_mention(name)) is not None and (not first.person or _an_office(first)):
        # "Assin South MP, Reverend John Ntim Fordjour has denied …", "NDC’s Communications
        # Officer, Sammy Gyamfi, said …": a seat or an office first, the person named after it
        name = apposed.group("name")
    if any(word.lower() in _NOT_SUBJECT_WORDS for word in name.split()):
        return None  # "On Monday, ...", "In March, ...": a time, not a subject
    if name.endswith(("’s", "'s")):
        return None  # "Premier Kathleen Wynne’s lawyers wrote": her lawyers are the subject
    mention = parse_mention(name)
    if mention is None or mention.name is None or mention.unnamed or not could_be_person(mention.name):
        return None
    if _an_office(mention):
        # "The Defence Counsel then applied …": an office, whose holder is the one person the text
        # prints under it, or no one named
        return title_holder(text, mention.name)
    words = mention.name.split()
    if mention.gender is None and len(words) == 1:
        # A lone surname is a person only if the text printed it before with a first name.
        if not printed.before(words[0], sentence.start):
            return None
    elif mention.gender is None and not 2 <= len(words) <= 4:
        return None
    return mention.name


def _an_office(mention: Mention) -> bool:
    """Whether a capitalised name is only an office ("Communications Officer", "Finance Minister")."""
    return mention.name is not None and is_role(mention.name)


# A name set off after what opened the sentence, then its verb (or set off on both sides):
# ", Reverend John Ntim Fordjour has", ", Sammy Gyamfi, said".
_APPOSED_NAME = re.compile(
    r",\s+(?P<name>[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){1,4})(?=\s+(?:has|had|was|is|[a-z]+ed|[a-z]+s)\b|,)"
)


# A person named after their title, then the verb: "Unison Scotland local government lead David
# O’Connor is frustrated ...", "Chief of Army Staff (COAS) Qamar Javed Bajwa appreciated ...".
_TITLED_SUBJECT = re.compile(
    r"(?=[A-Z])(?<![\w’'\-])(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w’'\-]+){1,3})"
    r"(?=\s+(?:has|had|was|is|also|now|then|later|again|[a-z]+ed|[a-z]+s)\b)"
)


_SUBJECT_REACH = 100  # characters: a subject stands at its clause's start, its title before it


# A main clause after the first: "Of the 32 councils, 26 are affected and Unison lead David O’Connor is ..."
_NEXT_CLAUSE = re.compile(r",?\s+(?:and|but)\s+")


# The lower-case role word right before a name: "coach" in "Suva FA coach Gurjit Singh".
_ROLE_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<role>[a-z][a-z-]+)\s+$")


def _titled_subject(sentence: Sentence) -> str | None:
    """The person a sentence (or its last main clause) opens with after their title, when a
    listed first name opens the name."""
    text = sentence.text
    clauses = [0, *(m.end() for m in _NEXT_CLAUSE.finditer(text))]
    for begin in reversed(clauses):
        match = _TITLED_SUBJECT.search(text, begin, begin + _SUBJECT_REACH)
        if match is None or "," in text[begin : match.start()]:
            continue  # "In Gaza, ...", "After Smith met ...,": no subject at the clause's start
        name = match.group("name")
        if CUE.search(text, 0, match.start()) is not None:
            return None  # "Memon said that former prime minister Imran Khan deserved …": reported words
        titled = _ROLE_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        listed = first_name_gender(name.split()[0]) is not None
        if (listed or (titled is not None and is_role(titled.group("role")))) and not name.endswith(("’s", "'s")):
            # (a name after a role word is a person's, its first name listed or not: "Suva FA coach
            # Gurjit Singh had …"; not "Premier Kathleen Wynne’s lawyers wrote": her lawyers are the subject)
            return name
    return None


# Descriptions of a business, which news names by its brand and then describes.


_SUBJECT_PRONOUNS = frozenset({"I", "We", "You", "He", "She", "It", "They"})


#: Words that open a sentence's adverbial, never a business's name.
_OPENING_WORDS = frozenset(
    {w.lower() for w in (*CONNECTIVES, *PREPOSITIONS, *SUBORDINATORS)}
    | {"despite", "amid", "following", "but", "and", "yet", "meanwhile", "however", "the", "a", "an", "this", "that"}
    | {"there", "here", "it", "its", "their", "his", "her", "our"}
    # determiners: "“These allegations are …”", "Some analysts …" name no business
    | {"these", "those", "such", "some", "many", "most", "all", "each", "every", "both", "no", "any", "another"}
)


def _own_sentence_subject(sentence: Sentence, at: int) -> str | None:
    """The business a sentence opens with, when a description of one stands later in it (at ``at``),
    read as the sentences before are; None when the description opens the sentence itself."""
    lead = sentence.text.lstrip(' \t\n“"‘')
    opening = sentence.start + len(sentence.text) - len(lead)
    if at <= opening:
        return None
    match = _NAMED_SUBJECT.match(lead)
    if (
        match is None
        or first_name_gender(match.group("name")) is not None  # "Ann Ray’s lawyer said": a person
        or match.group("name").split()[0].lower() in _OPENING_WORDS  # "Despite …", "After …"
        or sentence_capital_only(sentence.text, match.group("name"))
        or _plural_head_next(match)
        or match.group("name").lower() in COLLECTIVES
        or match.group("name") in _SUBJECT_PRONOUNS
    ):
        return None
    return match.group("name")


#: How a sentence ends, a heading's line does not: a full stop, a question or exclamation mark.
_PUNCTUATED_END = re.compile(r"[.!?…][\"”’')]*\s*$")
# The name a sentence opens with, as its subject: "ShoreTel was a washout with investors Monday."
_NAMED_SUBJECT = re.compile(
    r"(?:[A-Z][\w.\-]*-based\s+(?:[a-z]+\s+){0,2})?"  # "Seattle-based biotech PathoGenesis was ..."
    r"(?P<name>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})(?='s\s|’s\s|\s+(?:was|is|has|had|(?!news\b)[a-z]+s"
    rf"|{PAST_DEED})\b)"  # (a business's own irregular past too: "Restaurant Brands fell 4.8%")
)  # ("Town news": "news" is no verb)


_BUSINESS_NAMED = re.compile(
    rf"(?<![\w-])(?:{alternation(sorted(BUSINESS_DESCRIPTIONS | {'chain'}))})\s+"
    r"(?P<name>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})(?=\s*[,.]|\s+(?:was|is|has|had|[a-z]+ed|[a-z]+s)\b)"
)


_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def _plural_head_next(match: re.Match[str]) -> bool:
    """Whether the word after a name is the head it qualifies ("Union officials claim"), not its verb."""
    following = _NEXT_WORD.match(match.string, match.end("name"))
    if following is None:
        return False
    mention = parse_mention(f"{match.group('name')} {following.group(1)}")
    return mention is not None and mention.plural


def businesses_read_as_subjects(
    text: str, sentences: Sequence[Sentence], found: list[Attribution]
) -> list[Attribution]:
    """ "ShoreTel was a washout ... / The Sunnyvale-based company reported ...": a business described
    and met as no speaker before is the one named as the subject of one of the three sentences before,
    when exactly one such name is no person's; flagged for review."""
    starts = [sentence.start for sentence in sentences]
    result = list(found)
    # with a body met speaking before, the speaker resolution reads the description (a medium
    # relaying the story, "the Boston Globe reports", is no such body, nor one the statements were
    # made to: "TradeWinds has reported … / In a statement to TradeWinds, the company said")
    media = {a.relay for a in found if a.relay is not None}
    body_spoke = next(
        (
            i
            for i, a in enumerate(found)
            if a.speaker is not None
            and a.speaker.name
            and not (a.speaker.person or a.speaker.unnamed or a.speaker.plural)  # not "Union officials"
            and not is_relay(a.speaker)
            and a.speaker.name not in media
        ),
        len(found),
    )
    for i, item in enumerate(found[:body_spoke]):
        mention = item.speaker
        if (
            mention is None
            or mention.name is not None
            or mention.description not in BUSINESS_DESCRIPTIONS
            or item.speaker_span is None
        ):
            continue
        at = bisect.bisect_right(starts, item.speaker_span.start) - 1
        names: set[str] = set()
        kinded: set[str] = set()
        for sentence in sentences[max(0, at - 3) : max(0, at)]:
            if _PUNCTUATED_END.search(sentence.text) is None:
                continue  # "‘Massive irregularities’": a heading, no sentence with a subject
            match = _NAMED_SUBJECT.match(sentence.text.lstrip(' \t\n“"‘'))
            if (
                match is not None
                # "Blue Planet disagrees." after "Greece's Blue Planet Shipping …": two capitalised
                # words a person's name could be, the text prints as a business's
                and (not person_like(match.group("name")) or match.group("name") in _names_printed_as_bodies(text))
                and not _plural_head_next(match)
                and match.group("name").lower() not in COLLECTIVES  # "Rebels killed two militiamen"
                and match.group("name") not in _SUBJECT_PRONOUNS  # "She says …": nobody's name
                and match.group("name").split()[0].lower() not in _OPENING_WORDS  # "There was …"
                and not is_a_country(match.group("name"))  # "Kenya’s finance minister, has pleaded …"
            ):
                names.add(match.group("name"))
            # "Irish retailer Primark, which opened …": a name after the kind of business it is
            # says more than any subject
            kinded.update(m.group("name") for m in _BUSINESS_NAMED.finditer(sentence.text))
        own = _own_sentence_subject(sentences[at], item.speaker_span.start) if at >= 0 else None
        if own is not None:
            # "A2 Milk’s shares jumped … after the infant formula company revealed …": the business its
            # own sentence opens with, before any named in the sentences before
            names, kinded = {own}, set()
        if len(kinded) == 1:
            names = kinded
        # a medium the company's statements were made to ("In a statement to TradeWinds") is no business
        names -= {a.relay for a in found[: i + 1] if a.relay is not None}
        if len(names) == 1:
            name = names.pop()
            result[i] = evolve(
                item,
                speaker=Mention(mention.text, name, refers="organisation"),
                review=f"speaker {mention.text!r} read as {name}, the subject of a sentence before",
                confidence=min(item.confidence, 0.6),
            )
    return result


def _pronouns_opening_sentences(
    sentences: Sequence[Sentence], found: list[Attribution], wanted: Callable[[Mention], bool]
) -> Iterator[tuple[int, Attribution, int]]:
    """(index, statement, its sentence's index) of each statement with no fallback yet whose speaker
    is a pronoun ``wanted`` accepts opening its sentence ("It said …", "They claim …"), after a
    sentence of the narration."""
    starts = [sentence.start for sentence in sentences]
    for i, item in enumerate(found):
        mention = item.speaker
        if (
            mention is None
            or item.speaker_span is None
            or item.fallback is not None
            or mention.name is not None
            or mention.description is not None
            or not wanted(mention)
        ):
            continue
        at = bisect.bisect_right(starts, item.speaker_span.start) - 1
        if at >= 1 and sentences[at].start == item.speaker_span.start:
            yield i, item, at


def _it(mention: Mention) -> bool:
    """Whether a pronoun is "it": one body, not a group."""
    return mention.refers == "organisation" and not mention.plural


def narrated_bodies_for_it(sentences: Sequence[Sentence], found: list[Attribution]) -> list[Attribution]:
    """Give "it", opening its sentence, the body the sentence before names as its subject, as a
    fallback for the draft when no body met speaking so far is it: "Hamas fired rockets at Israel
    on Monday. It said the attack was a response …". Only a name that is no person's, no group
    ("Rebels killed …") and no qualifier of a plural head ("Union officials claim …")."""
    result = list(found)
    for i, item, at in _pronouns_opening_sentences(sentences, found, _it):
        before = sentences[at - 1].text.lstrip(' \t\n“"‘')
        match = _NAMED_SUBJECT.match(before) or DEED_SUBJECT.match(before)
        if match is None:
            continue
        name = match.group("name")
        if name.startswith("The ") and name[4:5].isupper():
            name = name[4:]  # "The Ombudsman provided … / It said …": the body, without its article
        if (
            person_like(name)
            or _plural_head_next(match)
            or name.lower() in COLLECTIVES
            or name.split()[0].lower() in NO_NAME_OPENS
        ):
            continue
        result[i] = evolve(item, fallback=Mention(name, name))
    return result


def narrated_groups_for_they(sentences: Sequence[Sentence], found: list[Attribution]) -> list[Attribution]:
    """Give "they", opening its sentence, the group the sentence before opens with as its subject,
    as a fallback for the draft when no group or body met speaking so far is them: "Union leaders
    have reacted with fury to the news … They claim there were no consultations …". Only a group
    of people ("leaders", "residents", "officials"), never a body's name, which "it" would mean."""
    result = list(found)
    for i, item, at in _pronouns_opening_sentences(sentences, found, lambda mention: mention.text == "They"):
        group = _GROUP_SUBJECT.match(sentences[at - 1].text.lstrip(' \t\n“"‘'))
        if group is None:
            continue
        words = group.group("group")
        named = parse_mention(words[:1].lower() + words[1:])
        if named is not None and named.unnamed and named.plural:
            result[i] = evolve(item, fallback=named)
    return result


# A sentence opening with a group of people as its subject, a dateline before it at most: "Cheltenham,
# UK, May 28--Union leaders have reacted …", "Local residents said …".
_GROUP_SUBJECT = re.compile(
    r"(?:[A-Z][\w ,.]{0,40}?(?:--|\s[—–-]\s))?"
    r"(?P<group>[A-Z][a-z]+(?:\s+[a-z]+){0,2}?\s+(?:"
    + "|".join(sorted(COLLECTIVES | GROUPS_WITHOUT_ARTICLE))
    + r")|(?:"
    + "|".join(sorted(w.capitalize() for w in COLLECTIVES | GROUPS_WITHOUT_ARTICLE))
    + r"))\s+(?:have|had|were|are|was|is|[a-z]+ed)\b"
)


def surnames_read_as_persons(text: str, found: list[Attribution]) -> list[Attribution]:
    """A one-word speaker ("Ngobeni told the press conference") is a person once the text has
    printed it after a first name or a title ("spin doctor, Wisani Ngobeni, made the comments"): never the
    body a later "it" means ("a story that it said showed …" is the newspaper's, not Ngobeni's).
    A people or a place before the word ("Palestinian Hamas") is no first name, and a word that
    names a kind of body ("Council") no surname.

    The person has the gender that first name says ("Rhye’s Mike Milosh … / Milosh said"), so a
    later "she" is never read as him."""
    result = list(found)
    for i, item in enumerate(found):
        mention = item.speaker
        if (
            mention is None
            or item.speaker_span is None
            or mention.name is None
            or (mention.person and mention.gender is not None)
            or mention.unnamed
            or mention.plural
            or " " in mention.name
            or not mention.name[:1].isupper()
            or mention.name.isupper()
            or not could_be_person(mention.name)
        ):
            continue
        printed = _first_printed_with_first_name(text, mention.name)
        if printed is not None and printed[0] <= item.speaker_span.start:
            gender = mention.gender or first_name_gender(printed[1]) or _title_gender(printed[1])
            result[i] = evolve(item, speaker=evolve(mention, person=True, gender=gender))
    return result


@functools.lru_cache(maxsize=256)
def _first_printed_with_first_name(text: str, surname: str) -> tuple[int, str] | None:
    """Where the first printing of the surname after a first name or a title ends, and that word
    (read once for each surname, however many times it is asked about); None if it never does."""
    for at in whole_word_at(text, surname, 0, len(text)):
        before = _FIRST_NAME_BEFORE.search(text, max(0, at - _NAME_REACH), at)
        if before is None:
            continue
        first = before.group("first")
        if first.lower() in DEMONYMS or first in _NOT_FIRST_NAMES or not could_be_person(first):
            continue
        return at + len(surname), first
    return None


def title_surname_in_full(found: list[Attribution]) -> list[Attribution]:
    """A title's one-word speaker ("Barr: ...") is the one person of the body whose name ends in it
    ("William Barr"); with none or two ("Joe Biden", "Hunter Biden"), it stays as printed."""
    titles = [i for i, a in enumerate(found) if a.rule == "title-source" and a.speaker and a.speaker.name]
    result = list(found)
    for i in titles:
        mention = found[i].speaker
        assert mention is not None and mention.name is not None
        if len(mention.name.split()) != 1:
            continue
        full = {
            a.speaker.name
            for a in found
            if a.speaker is not None
            and a.speaker.name is not None
            and len(a.speaker.name.split()) > 1
            and a.speaker.name.split()[-1] == mention.name
        }
        if len(full) == 1:
            name = full.pop()
            result[i] = evolve(found[i], speaker=Mention(mention.text, name, person=True, gender=mention.gender))
    return result


def title_bodies_in_full(text: str, found: list[Attribution]) -> list[Attribution]:
    """A country or a body speaking in the title ("Kuwait utterly denies reports …") is the body of
    its own ("Kuwait’s Foreign Ministry Saturday utterly denied …") that the story's first statement
    with the title's verb gives the words to; never another body bearing the country's name ("Kuwait
    News Agency")."""
    title_end = text.find("\n")
    if title_end < 0 or text[:title_end].rstrip().endswith((".", "”", '"')):
        return found  # no title line: one paragraph, or a first line that is a sentence
    result = list(found)
    for i, item in enumerate(found):
        mention = item.speaker
        if item.start >= title_end:
            break
        if mention is None or mention.name is None or " " in mention.name or mention.person:
            continue
        own = [
            a.speaker
            for a in found[i + 1 :]
            if a.lemma == item.lemma
            and a.speaker is not None
            and a.speaker.name is not None
            and not a.speaker.person
            and a.speaker.name.startswith((f"{mention.name}’s ", f"{mention.name}'s "))
        ][:1]
        if own:
            why = f"speaker {mention.text!r} read as {own[0].name}, who says the same in the story"
            result[i] = item.read_as(evolve(own[0], text=mention.text), why)
    return result
