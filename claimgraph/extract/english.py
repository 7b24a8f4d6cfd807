"""English attribution rules: every attributed statement of an English text.

The text is split into sentences (:mod:`claimgraph.extract.sentences`) and each
sentence is read by the patterns of :mod:`claimgraph.extract.patterns`; this
module joins their findings into one list for the whole text, the interface
every language's rules share (:mod:`claimgraph.extract.records`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from attrs import evolve

from claimgraph.attribution.openers import CONNECTIVES, PREPOSITIONS, SUBORDINATORS, alternatives
from claimgraph.extract.covered import Covered
from claimgraph.extract.first_names import first_name_gender
from claimgraph.extract.headlines import headline_statement
from claimgraph.extract.mentions import COLLECTIVES, parse_mention
from claimgraph.extract.office_holders import offices_read_as_untitled_names, titles_read_as_names
from claimgraph.extract.patterns import sentence_attributions
from claimgraph.extract.quotes import QUOTE_RULES, find_quotes, transcript_questions
from claimgraph.extract.records import Attribution, Mention, Span
from claimgraph.extract.sentences import Sentence, split_sentences
from claimgraph.extract.speakers import could_be_person, person_like

__all__ = ["find_attributions"]


def find_attributions(text: str, start: int = 0) -> list[Attribution]:
    """Every attributed statement of an English text, in text order.

    Direct quotes (:mod:`claimgraph.extract.quotes`) are read per paragraph, so
    a quote running over sentences stays whole; the sentence patterns
    (:mod:`claimgraph.extract.patterns`) add the reported speech the quotes do
    not cover.

    Args:
        text: the article (line ends already ``\\n``).
        start: where the article proper begins (after a date line, say).

    Returns:
        The attributions, offsets into ``text``; ``same_as`` and ``relayed_by``
        index this list.
    """
    quoted = find_quotes(text, start)
    transcript = any(a.rule == "transcript-label" for a in quoted)
    asked = transcript_questions(text, start) if transcript else []
    reported: list[Attribution] = []
    sentences = list(split_sentences(text, start))
    for sentence in sentences:
        base = len(reported)
        for item in sentence_attributions(sentence):
            if item.same_as is not None or item.relayed_by is not None:
                item = evolve(
                    item,
                    same_as=None if item.same_as is None else base + item.same_as,
                    relayed_by=None if item.relayed_by is None else base + item.relayed_by,
                )
            reported.append(item)
    headline = headline_statement(text, start)
    # The title's own rule reads it as a title (flagged for review), over the prose rule that
    # reads "..., says WHO" the same way in a sentence.
    dropped: set[int] = {
        i
        for i, r in enumerate(reported[:8])
        if headline is not None and r.rule == "statement-cue-speaker" and _overlap(headline, r)
    }
    if headline is not None and not any(_overlap(headline, r) for i, r in enumerate(reported[:8]) if i not in dropped):
        reported.append(headline)  # last, so no index into the list moves; the merge orders by offset
    quoted, reported = _party_statements_in_transcripts(quoted, reported)
    # A statement the quotes already hold is dropped from the reported ones, and with it
    # anything that leaned on it for its speaker.
    questions, quotes = Covered(asked), Covered(quoted)
    for index, item in enumerate(reported):
        inside = questions.holds(item.start)  # a reporter's question
        if inside or quotes.overlaps(item.start, item.end) or (item.same_as is not None and item.same_as in dropped):
            dropped.add(index)
    tagged = [("q", i, a) for i, a in enumerate(quoted)] + [
        ("r", i, a) for i, a in enumerate(reported) if i not in dropped
    ]
    tagged.sort(key=lambda t: (t[2].cue_span.start if t[2].cue_span is not None else t[2].start, t[2].start))
    position = {(kind, i): n for n, (kind, i, _a) in enumerate(tagged)}
    merged: list[Attribution] = []
    unread: set[int] = set()  # quotes left without a speaker: what continues them has none either
    for kind, index, item in tagged:
        same = position.get((kind, item.same_as)) if item.same_as is not None else None
        relay = position.get((kind, item.relayed_by)) if item.relayed_by is not None else None
        if item.rule == "continued-quote":
            # Nothing continues a quote left without a speaker.
            same = None if kind == "q" and item.same_as in unread else _continued_speaker(text, merged, item.start)
            if same is None:
                unread.add(index)
                continue
        if same != item.same_as or relay != item.relayed_by:
            item = evolve(item, same_as=same, relayed_by=relay)
        merged.append(item)
    merged = _businesses_read_as_subjects(text, sentences, _title_surname_in_full(merged))
    found = _descriptions_read_as_subjects(text, sentences, titles_read_as_names(text, merged))
    return _narrated_persons_for_pronouns(text, _pronouns_read_by_gender(offices_read_as_untitled_names(text, found)))


# A person named as a clause's subject: the name, then a comma (an apposition) or a verb.
_NARRATED_PERSON = re.compile(
    r"(?<![\w’'\-])(?P<name>(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their)\s)(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"[A-Z][\w’'\-]+(?:\s+(?:(?:de|van|von|al|el|bin)\s+)?(?:[A-Z]|(?:al|el)-[A-Z])[\w’'\-]+){1,3})"
    r"(?=\s*,|\s+(?:however\s+|also\s+|then\s+)?(?:[a-z]+ed|is|was|has|had|went|told|said|says|met|made|gave|"
    r"took|spoke|wrote)\b)"
)
_FORM_OF_ADDRESS_GENDER = {"Mr": "male", "Mrs": "female", "Ms": "female"}


def _narrated_persons_for_pronouns(text: str, found: list[Attribution]) -> list[Attribution]:
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
    result = list(found)
    for i in pronouns:
        item = found[i]
        assert item.speaker is not None and item.speaker_span is not None
        at = item.speaker_span.start
        paragraph = text.rfind("\n\n", 0, at)
        begin = text.rfind("\n\n", 0, paragraph) + 2 if paragraph >= 0 else 0
        chosen = None
        for match in _NARRATED_PERSON.finditer(text, begin, at):
            name = match.group("name")
            if statements.overlaps(match.start(), match.end()) or not _reads_as_person(name):
                continue
            gender = _FORM_OF_ADDRESS_GENDER.get(name.split()[0].rstrip(".")) or first_name_gender(name.split()[0])
            if gender in (None, item.speaker.gender):
                chosen = (name, gender)
        if chosen is not None:
            name, gender = chosen
            result[i] = evolve(item, fallback=Mention(name, name, person=True, gender=gender or item.speaker.gender))
    return result


def _reads_as_person(name: str) -> bool:
    """Whether a name is a person's: a form of address before it, a listed first name, or two to
    four capitalised words naming no kind of organisation and no plural ("Free Democrats")."""
    first = name.split()[0].rstrip(".")
    if first in ("Mr", "Mrs", "Ms", "Dr") or first_name_gender(first) is not None:
        return True
    last = name.split()[-1]
    return person_like(name) and not (last.endswith("s") and not last.endswith("ss"))


def _pronouns_read_by_gender(found: list[Attribution]) -> list[Attribution]:
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
    r"(?:(?:The|A|An|His|Her|Their)\s+[^,;:“”\"]{1,60},\s+(?=[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+,))?"
    rf"(?P<name>(?!(?:{alternatives(_NOT_A_SUBJECT, capitalised=True)})\b)"
    r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?[A-Z][\w’'\-]+(?:\s+(?:(?:de|van|von|al|el|bin)\s+)?[A-Z][\w’'\-]+){0,3})"
    r"(?=\s*,|\s+(?:has|had|was|is|have|also|now|then|later|again|[a-z]+ed|[a-z]+s)\b)"
)


def _descriptions_read_as_subjects(
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
    result = []
    for item in found:
        if (_described(item) or _pronoun(item)) and item.speaker_span is not None and item.speaker is not None:
            at = bisect.bisect_right(starts, item.speaker_span.start) - 1
            name = _person_subject(text, sentences[at - 1], printed) if at >= 1 else None
            if name is not None and _pronoun(item):
                # "he"/"she": the subject of the sentence right before, in this paragraph or the one
                # before, when its gender does not say otherwise.
                gender = first_name_gender(name) or _title_gender(name)
                near = text.count("\n\n", sentences[at - 1].end, item.speaker_span.start) <= 1
                if not near or gender not in (None, item.speaker.gender):
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


def _described(item: Attribution) -> bool:
    mention = item.speaker
    return (
        mention is not None
        and mention.name is None
        and mention.description is not None
        and mention.refers == "person"
        and not mention.plural
    )


_NOT_SUBJECT_WORDS = frozenset(
    " ".join(
        (
            "on in at after before during since until by for from with today yesterday",
            "monday tuesday wednesday thursday friday saturday sunday january february march april june",
            "july august september october november december",
        )
    ).split()
)


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
        # "Chua Soi Lek", "Dr Chua"; not "The Star": an article opens no name
        pattern = re.compile(
            rf"(?<![\w’'\-])(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our)\s)"
            rf"[A-Z][\w’'\-]+\s+(?:[A-Z][\w’'\-]+\s+)?{re.escape(surname)}\b"
        )
        start = 0
        asked = self._asked.get(surname)
        if asked is not None and asked[0] <= end:
            if asked[1]:
                return True  # a full name before an earlier offset is before this one too
            start = asked[2]
        match = pattern.search(self._text, start, end)
        if asked is not None and asked[0] > end:
            return match is not None  # asked out of order: answered, nothing kept
        if match is not None:
            # A match ending at ``end`` read the end of the text for its final \b, so it may not hold
            # before a later offset: only one ending earlier is kept.
            if match.end() < end:
                self._asked[surname] = (end, True, 0)
            return True
        self._asked[surname] = (end, False, self._resume(surname, start, end))
        return False

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
    match = _SUBJECT.match(sentence.text.lstrip(' \t\n“"‘'))
    if match is None:
        return _titled_subject(sentence)
    name = match.group("name")
    if any(word.lower() in _NOT_SUBJECT_WORDS for word in name.split()):
        return None  # "On Monday, ...", "In March, ...": a time, not a subject
    mention = parse_mention(name)
    if mention is None or mention.name is None or mention.unnamed or not could_be_person(mention.name):
        return None
    words = mention.name.split()
    if mention.gender is None and len(words) == 1:
        # A lone surname is a person only if the text printed it before with a first name.
        if not printed.before(words[0], sentence.start):
            return None
    elif mention.gender is None and not 2 <= len(words) <= 4:
        return None
    return mention.name


# A person named after their title, then the verb: "Unison Scotland local government lead David
# O’Connor is frustrated ...", "Chief of Army Staff (COAS) Qamar Javed Bajwa appreciated ...".
_TITLED_SUBJECT = re.compile(
    r"(?<![\w’'\-])(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w’'\-]+){1,3})"
    r"(?=\s+(?:has|had|was|is|also|now|then|later|again|[a-z]+ed|[a-z]+s)\b)"
)
_SUBJECT_REACH = 100  # characters: a subject stands at its clause's start, its title before it
# A main clause after the first: "Of the 32 councils, 26 are affected and Unison lead David O’Connor is ..."
_NEXT_CLAUSE = re.compile(r",?\s+(?:and|but)\s+")


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
        if first_name_gender(name.split()[0]) is not None:
            return name
    return None


def _overlap(a: Attribution, b: Attribution) -> bool:
    return min(a.end, b.end) > max(a.start, b.start)


# Descriptions of a business, which news names by its brand and then describes.
_BUSINESS_WORDS = frozenset({"company", "firm", "maker", "retailer", "carrier", "manufacturer", "lender", "insurer"})
# The name a sentence opens with, as its subject: "ShoreTel was a washout with investors Monday."
_NAMED_SUBJECT = re.compile(
    r"(?:[A-Z][\w.\-]*-based\s+(?:[a-z]+\s+){0,2})?"  # "Seattle-based biotech PathoGenesis was ..."
    r"(?P<name>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})(?='s\s|’s\s|\s+(?:was|is|has|had|[a-z]+ed|[a-z]+s)\b)"
)


def _businesses_read_as_subjects(
    text: str, sentences: Sequence[Sentence], found: list[Attribution]
) -> list[Attribution]:
    """ "ShoreTel was a washout ... / The Sunnyvale-based company reported ...": a business described
    and met as no speaker before is the one named as the subject of one of the three sentences before,
    when exactly one such name is no person's; flagged for review."""
    starts = [sentence.start for sentence in sentences]
    result = list(found)
    # with a body met speaking before, the speaker resolution reads the description
    body_spoke = next(
        (i for i, a in enumerate(found) if a.speaker is not None and a.speaker.name and not a.speaker.person),
        len(found),
    )
    for i, item in enumerate(found[:body_spoke]):
        mention = item.speaker
        if (
            mention is None
            or mention.name is not None
            or mention.description not in _BUSINESS_WORDS
            or item.speaker_span is None
        ):
            continue
        at = bisect.bisect_right(starts, item.speaker_span.start) - 1
        names = set()
        for sentence in sentences[max(0, at - 3) : max(0, at)]:
            match = _NAMED_SUBJECT.match(sentence.text.lstrip(' \t\n“"‘'))
            if match is not None and not person_like(match.group("name")):
                names.add(match.group("name"))
        if len(names) == 1:
            name = names.pop()
            result[i] = evolve(
                item,
                speaker=Mention(mention.text, name),
                review=f"speaker {mention.text!r} read as {name}, the subject of a sentence before",
                confidence=min(item.confidence, 0.6),
            )
    return result


def _title_surname_in_full(found: list[Attribution]) -> list[Attribution]:
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


def _party_statements_in_transcripts(
    quoted: list[Attribution], reported: list[Attribution]
) -> tuple[list[Attribution], list[Attribution]]:
    """A briefing paragraph that reports a named party ("The Secretary-General condemned ...")
    is that party's statement, relayed by the one speaking, not the speaker's own."""
    named = Covered([r for r in reported if r.speaker is not None and r.speaker.name is not None])
    relayed: list[tuple[int, int, str]] = []
    kept: list[Attribution] = []
    for item in quoted:
        if item.rule.startswith("transcript") and named.overlaps(item.start, item.end):
            assert item.speaker is not None
            relayed.append((item.start, item.end, item.speaker.name or item.speaker.text))
        else:
            kept.append(item)
    if not relayed:
        return quoted, reported
    starts = [start for start, _end, _name in relayed]
    kept_reported = []
    for item in reported:
        at = bisect.bisect_right(starts, item.start) - 1
        if at >= 0 and item.start < relayed[at][1] and item.relay is None:
            item = evolve(item, relay=relayed[at][2])
        kept_reported.append(item)
    return kept, kept_reported


def _continued_speaker(text: str, before: list[Attribution], start: int) -> int | None:
    """Whose a quote starting at ``start`` with no cue of its own is: the attribution right before it.

    Only when no paragraph stands between that attribution's and the quote's:
    narration in between may bring in another party, so then no guess.
    """
    if not before:
        return None
    previous = before[-1]
    anchor = max(previous.end, previous.cue_span.end if previous.cue_span is not None else 0)
    if anchor > start:
        return len(before) - 1
    between = text[anchor:start].split("\n")[1:-1]  # whole lines between the two
    if any(line.strip() for line in between):
        return None
    if (
        previous.rule not in QUOTE_RULES
        and previous.rule != "continued-quote"
        and _names_a_party(text[previous.start : previous.end])
    ):
        return None  # "Police said Ann Lee had fled. “I did nothing wrong”": perhaps hers
    return len(before) - 1


# A run of capitalised words: a name, perhaps a person's.
_CAPITALISED_RUN = re.compile(r"(?<![\w’'-])(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}")


def _names_a_party(content: str) -> bool:
    """Whether reported content names someone who could have said the quote after it: a person (a
    form of address before a name, a listed first name) or a group of people ("residents")."""
    for run in _CAPITALISED_RUN.finditer(content):
        words = run.group(0).split()
        if words[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Dr") or (len(words) > 1 and first_name_gender(words[0])):
            return True  # "Mr Lee", "Ann Lee"; not "the U.S. Supreme Court" or "Egyptian"
    return any(word in COLLECTIVES for word in re.findall(r"[a-z]+", content))
