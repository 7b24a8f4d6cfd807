"""A draft dossier from article text: one candidate claim per attributed statement."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
import warnings
from array import array
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypedDict, cast

from attrs import evolve, frozen

from claimgraph.extract.cue_forms import OBJECT_VERBS
from claimgraph.extract.dates import resolve_when, when_near
from claimgraph.extract.first_names import first_name_gender
from claimgraph.extract.language import LANGUAGE_NAMES, RULES, detect_language, rules_for
from claimgraph.extract.mentions import COLLECTIVES
from claimgraph.extract.name_words import (
    BUSINESS_DESCRIPTIONS,
    CALENDAR_WORDS,
    NO_NAME_OPENS,
    ORGANISATION_WORDS,
    PAST_DEED,
    PLACE_HEADS,
    name_tokens,
    printed_beside,
    word_set,
)
from claimgraph.extract.quotes import title_spans
from claimgraph.extract.records import Attribution, Mention, Span
from claimgraph.extract.relative import DOCUMENT_NOUNS
from claimgraph.extract.speakers import ANY_BODY, Speakers, could_be_person, description_fits, parse_mention, slug
from claimgraph.extract.workers import ordered_map, worker_count
from claimgraph.model import Claim, Document, Ledger, Period, Source, to_date
from claimgraph.model.fields import SLUG_PATTERN

if TYPE_CHECKING:  # Unpack for **kwargs is in typing from Python 3.12
    from typing_extensions import Unpack

__all__ = [
    "Draft",
    "DraftOptions",
    "DraftStream",
    "Evidence",
    "NoRulesWarning",
    "article_date",
    "draft_stream",
    "extract_claims",
    "extract_draft",
]

_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_TITLE_WIDTH = 100


def article_date(text: str) -> tuple[dt.date | None, int]:
    """The date of a leading ``date YYYY-MM-DD`` line, and where the article proper starts.

    Returns:
        (date or None, offset after the date marker; 0 without one).

    Raises:
        ValueError: the marker holds an impossible date (2026-02-30).
    """
    match = _DATE_LINE.match(text)
    if match is None:
        return None, 0
    return to_date(match.group(1)), match.end()


def _title(text: str, start: int) -> str:
    line = next((ln.strip() for ln in text[start : start + 4_000].split("\n") if ln.strip()), "")
    if len(line) <= _TITLE_WIDTH:
        return line or "Untitled article"
    return line[:_TITLE_WIDTH].rsplit(" ", 1)[0] + "…"


def _statement_of(text: str, speaker: str, start: int, end: int, cue: str) -> str:
    words = " ".join(text[start:end].split()).strip('“”"')
    if text.startswith(cue, start):
        # "condemned the mistreatment ..." reads as a statement only with its speaker.
        return f"{speaker} {words}".rstrip(".") + "."
    return (words[:1].upper() + words[1:]).rstrip(".") + "."


@frozen
class Evidence:
    """Where one drafted claim was found, and how sure the rules are.

    Attributes:
        claim: the claim's id.
        quote: offsets of the quote in the article.
        cue: offsets of the cue; None for a continuation quote.
        speaker: offsets of the speaker's mention; None when the mention is
            not in the claim's sentence (a participle, a continued quote).
        rule: the pattern that fired.
        confidence: 0 to 1.
        review: why a reviewer should check this claim; None if nothing stands out.
    """

    claim: str
    quote: Span
    cue: Span | None
    speaker: Span | None
    rule: str
    confidence: float
    review: str | None


@frozen
class Draft:
    """A draft ledger with the evidence for each claim.

    Attributes:
        ledger: sources, the one document and the claims.
        evidence: one record per claim, in claim order.
        lang: the language code the text was read as.
        warnings: what the user must know about the draft (no rules for its language).
    """

    ledger: Ledger
    evidence: tuple[Evidence, ...]
    lang: str
    warnings: tuple[str, ...] = ()


class NoRulesWarning(UserWarning):
    """The text is in a language the extractor has no rules for, so the draft has no claims."""


@frozen
class _Found:
    attribution: Attribution
    speaker: int
    via: tuple[int, ...]
    review: str | None


def _publisher_source(publisher: str, sources: tuple[Source, ...]) -> tuple[str, Source | None]:
    for source in sources:
        if publisher in (source.id, source.name, *source.aliases):
            return source.id, None
    source_id = publisher if SLUG_PATTERN.fullmatch(publisher) else slug(publisher)
    if any(s.id == source_id for s in sources):
        return source_id, None
    return source_id, Source(id=source_id, name=publisher, kind="outlet")


def _said_on(text: str, attribution: Attribution, date: dt.date | None) -> Period | dt.date | None:
    """The day the statement was made: a date phrase at its cue, counted back from the article's date."""
    phrase = attribution.when
    if phrase is None and attribution.cue_span is not None:
        phrase = when_near(text, attribution.cue_span.start, attribution.cue_span.end)
    return resolve_when(phrase, date) or date


def _no_rules(lang: str) -> str:
    supported = " and ".join(LANGUAGE_NAMES[code] for code in RULES)
    return (
        f"the article looks {LANGUAGE_NAMES.get(lang, lang)} ({lang}); extract has rules for {supported} only, "
        "so the draft has no claims (pass the language explicitly if the guess is wrong)"
    )


# Two or more capitalised words: a name, perhaps another party's (scripts without capitals never match).
# (a title's short form or an initial keeps its full stop: "Mr. Gaffney", "Michael T. Gaffney")
_SHORT_FORMS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Lt", "Sgt")
_NAME_WORD = rf"(?:(?:{'|'.join(_SHORT_FORMS)}|[A-Z])\.|[A-Z][\w’'-]+)"
# The first word is the same words with its capital first, and what stands before it read behind that
# letter: a scan then leaps from capital to capital (a look-behind first is tried at every place).
_SHORT_FORM_TAILS = "|".join(
    f"(?<={initial})(?:{'|'.join(form[1:] for form in _SHORT_FORMS if form[0] == initial)})"
    for initial in sorted({form[0] for form in _SHORT_FORMS})
)
_FIRST_NAME_WORD = rf"[A-Z](?<![\w’'.-].)(?:(?:{_SHORT_FORM_TAILS})?\.|[\w’'-]+)"
_NAME = re.compile(rf"(?P<name>{_FIRST_NAME_WORD}(?:\s+(?:(?:of|the|al|de|bin)\s+)?{_NAME_WORD})+)")


def _new_party_between(
    text: str,
    names: _PrintedNames,
    start: int,
    end: int,
    known: set[str],
    skip: Span,
    *,
    people_only: bool = False,
    gender: str | None = None,
    description: str | None = None,
) -> bool:
    """Whether the text between ``start`` and ``end`` (less the span ``skip``) names someone not in ``known``.

    A pronoun or description reaching back over narration that names another party
    ("Fishwick said ... / Attorney General Jonathan Skrmetti had defended the law. /
    He said ...") may mean that party, so it is not resolved. Titles ("Attorney
    General") say nothing about who is meant; a gap longer than a few paragraphs is
    out of reach altogether. For "he" or "she" (``people_only``) only a name that may be a
    person's counts: "in an interview with the Ghana News Agency (GNA)" names no one "he" means;
    nor does a name of the other ``gender`` ("Olivier Martinez and Lenny Kravitz" for "she"). For
    a ``description`` ("the ministers") only a name printed with it counts ("labour chief Ng Chee
    Meng" is no minister; "Interior Minister Ali Shah" is one).
    """
    if end - start > _REACH:
        return True
    known = known - _TITLES
    printed = list(names.between(start, end, skip))
    if people_only and printed and _words_of(printed[-1][2]) & known and could_be_person(printed[-1][2]):
        # "Problems started when Milne told a dozen people to leave … / He said …": the narration
        # came back to the one who spoke last, named last before the pronoun
        return False
    for at, name_end, name in printed:
        if name.rsplit(None, 1)[-1].lower() in PLACE_HEADS:
            continue  # "Huaxian County", "Gaza City": a place says nothing
        if people_only and not could_be_person(name):
            continue  # "the Ghana News Agency": a body is never "he"
        if gender is not None and first_name_gender(name) not in (None, gender):
            continue  # "Her friends Olivier Martinez and Lenny Kravitz were there. She said …"
        # (beside it in the stretch read, not in the speaker's own words after it)
        lo, hi = (start, min(end, skip.start)) if name_end <= skip.start else (max(start, skip.end), end)
        if _TOPIC_OPENING.fullmatch(name) and text.startswith(",", name_end):
            continue  # "On Haiti, he noted …", "In Gaza, she said …": the topic or place of what follows
        if description is not None and not _printed_as(text[lo:hi], at - lo, name_end - lo, description):
            continue  # "… as well as labour chief Ng Chee Meng. “…,” said the ministers"
        words = _words_of(name)
        if words and not words & known:
            return True
    return False


def _words_of(name: str) -> set[str]:
    """The lower-case words of a name printed in the narration that say who it is."""
    return {w.lower() for w in re.findall(r"[\w’'-]+", name)} - _SENTENCE_OPENERS - _TITLES - _CALENDAR


def _body_of_a_kind_between(names: _PrintedNames, between: Span, speaker: Span | None, description: str) -> bool:
    """Whether the text ``between`` (less the ``speaker``'s own words) names a body a description of
    a kind may mean."""
    skip = speaker if speaker is not None else Span(between.end, between.end)
    return any(
        description_fits(description, name) for _at, _end, name in names.between(between.start, between.end, skip)
    )


class _PrintedNames:
    """Every name a text prints, read once, with where it stands: two or more capitalised words
    anywhere, and a subject opening its sentence before a deed told in the past, one capitalised
    word ("Netanyahu visited the base", "Hamas fired rockets": a capitalised word at a sentence's
    start is only as a name) or a body or group described ("The company closed the plant",
    "Israeli troops raided the camp")."""

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        """The names of ``text[start:end]`` (a block and the reach of a pronoun before it), offsets in ``text``.

        They are read when first asked for: a third of news articles resolve every speaker without them.
        """
        self._text, self._start, self._end = text, start, len(text) if end is None else end

    @functools.cached_property
    def _read(self) -> tuple[list[tuple[int, int, str]], list[int], list[tuple[int, int, str]], list[int]]:
        """(the names, where they start, the subjects described, where those start), each in text order."""
        text, start, end = self._text, self._start, self._end
        printed = [(m.start("name"), m.end("name"), m.group("name")) for m in _NAME.finditer(text, start, end)]
        titles = title_spans(text, start, end)
        if titles:
            # "a survey titled 'Jetro Survey on Business Condition'": a title's words name no one
            printed = [item for item in printed if not any(t.start <= item[0] < t.end for t in titles)]
        first = _FIRST_DEED.match(text, start, end) if start == 0 or text[start - 1] in "\n" else None
        described: list[tuple[int, int, str]] = []
        for deed in itertools.chain((first,) if first is not None else (), _OPENING_DEED.finditer(text, start, end)):
            words = deed.group("name").split()
            if _a_party_acts(words):
                printed.append((deed.start("name"), deed.end("name"), deed.group("name")))
            elif words[0] == "The" and len(words) > 1 and words[-1].islower():
                # "The Punjab advocate general adopted before the court that …": someone described, no name
                described.append((deed.start("name"), deed.end("name"), deed.group("name")))
        printed.sort()
        # (described: in text order, as the scan found them)
        return printed, [at for at, _end, _name in printed], described, [at for at, _end, _d in described]

    def last_described(self, start: int, end: int, skip: Span) -> str | None:
        """The last subject opening a sentence as a description ("The Punjab advocate general") before
        a deed told in the past, between ``start`` and ``end`` and outside ``skip``."""
        # from the last one starting before ``end`` back to ``start`` only: a pronoun's reach, not the block
        _printed, _starts, described_names, described_starts = self._read
        index = bisect.bisect_left(described_starts, end) - 1
        while index >= 0 and described_names[index][0] >= start:
            at, described_end, described = described_names[index]
            if described_end <= end and (described_end <= skip.start or at >= skip.end):
                return described
            index -= 1
        return None

    def between(self, start: int, end: int, skip: Span) -> Iterator[tuple[int, int, str]]:
        """(start, end, name) of each name printed whole between ``start`` and ``end``, outside ``skip``."""
        printed, starts, _described, _described_starts = self._read
        index = bisect.bisect_left(starts, start)
        while index < len(printed) and printed[index][0] < end:
            at, name_end, name = printed[index]
            if name_end <= end and (name_end <= skip.start or at >= skip.end):
                yield at, name_end, name
            index += 1


def _a_party_acts(words: list[str]) -> bool:
    """Whether the subject words before a deed are a party: a body or group described, or a name of
    one capitalised word ("These figures surprised analysts", "Loosely translated" are no party)."""
    if words[0] in _NOT_A_SUBJECT_OPENING:
        return False
    if words[0] in ("the", "a", "an"):
        words = words[1:] or words  # "…, the Israeli army released": after a frame, lower case
    if words[-1] in _BODY_OR_GROUP_HEADS and all(w[:1].isupper() for w in words[:-1]):
        return True
    return len(words) == 1 and words[0].lower() not in _NO_PARTY and not _ADVERB.fullmatch(words[0])


# One capitalised word opening a sentence that names no party: "Some fled", "Officials …", "Monday".
_NO_PARTY = NO_NAME_OPENS | COLLECTIVES | CALENDAR_WORDS
_ADVERB = re.compile(r"[A-Z][a-z]{3,}ly")
# A subject of up to four words opening its sentence, then a deed told in the past: "The company
# closed", "Israeli troops raided", "Netanyahu visited" (read by :class:`_PrintedNames`).
_SUBJECT_THEN_DEED = (
    # (after a frame set off by a comma: "Later on Monday, the Israeli army released a video")
    r"(?:[A-Z][^,.;:“”\"]{0,40},\s+)?"
    rf"(?P<name>(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)\s+(?:also\s+|later\s+|then\s+)?{PAST_DEED}\b"
)
# (after a sentence's end mark or a line's end, one character class first so the scan can leap to
# it; the stretch's own start is read apart)
_OPENING_DEED = re.compile(rf"[.!?\n](?:(?<=[.!?])[”\"’]?\s+|(?<=\n)\s*)[“\"‘]?{_SUBJECT_THEN_DEED}")
_FIRST_DEED = re.compile(rf"\s*[“\"‘]?{_SUBJECT_THEN_DEED}")
_BODY_OR_GROUP_HEADS = ORGANISATION_WORDS | COLLECTIVES
_NOT_A_SUBJECT_OPENING = word_set(
    "These This Those That Such Some Many Most Several Both All Each Other Its Their His Her"
)


def _party_description(description: str | None) -> str | None:
    """A description of a party ("the ministers", "the company"); a document ("the statement read")
    is whoever issued it, which any party named since may have done."""
    if description is None or _DOCUMENT.fullmatch(description):
        return None
    return description


_DOCUMENT = re.compile(rf"(?:{DOCUMENT_NOUNS}|readout|communiqu[eé]|results)s?")


def _printed_as(text: str, start: int, end: int, description: str) -> bool:
    """Whether the name printed at ``start``–``end`` has a description's head word beside it or in it
    ("Interior Minister Ali Shah", "Ali Shah, the interior minister,")."""
    head = description.lower().removesuffix("s")
    return head in printed_beside(text, start, end) or head in text[start:end].lower()


# A sentence whose subject is a pronoun, then a clause of time or cause the speaker opens ("He made
# the statement after Alejano revealed …"): the subject, not the one speaking in the clause, is who
# a later "he" means.
_CLAUSE_WORDS = ("after", "before", "when", "since", "while", "because")
_IN_A_CLAUSE_OF_A_PRONOUN = re.compile(
    rf"(?:^|(?<=[.!?”\"’]\s)|(?<=\n))(?:He|She)\s+(?:[a-z]+\s+){{1,6}}(?:{'|'.join(_CLAUSE_WORDS)})\s+$"
)


def _in_a_clause_of_a_pronoun(text: str, here: int) -> bool:
    """Whether a speaker at ``here`` opens a clause of time or cause in a sentence whose subject is a
    pronoun (its last word read first, so most speakers cost one slice)."""
    return text[max(0, here - 9) : here].rstrip().endswith(_CLAUSE_WORDS) and bool(
        _IN_A_CLAUSE_OF_A_PRONOUN.search(text, max(0, here - 200), here)
    )


_REACH = 3_000  # characters a pronoun may reach back over
_STOP = re.compile(r"[.!?](?=[\s”\"’]|$)")
_TAIL = 300  # characters after a cue still in its sentence


_CALENDAR = CALENDAR_WORDS | {"i"}
# A preposition and one capitalised word set off before a clause: a topic or a place, no one named.
_TOPIC_OPENING = re.compile(r"(?:On|In|At|From|Across|Over|Inside|Outside|About|Regarding)\s+[A-Z][\w’'-]*")
_SENTENCE_OPENERS = word_set("the a an but and in on at as after before while when if he she it they")
_TITLES = word_set(
    "mr mrs ms dr sir dame lord lady former acting deputy chief general attorney minister prime president vice "
    "secretary foreign defense defence interior health justice judge senator sen rep representative governor "
    "mayor spokesman spokeswoman spokesperson commissioner police department ministry office state states u s "
    "us un of the and for"
)


def _resolve(
    text: str,
    attributions: list[Attribution],
    speakers: Speakers,
    last_at: dict[int, int],
    previous: _Found | None = None,
    parse: Callable[[str], Mention | None] = parse_mention,
    *,
    names: _PrintedNames,
) -> list[_Found]:
    """The attributions whose speaker resolves, with it and its relays.

    Args:
        last_at: actor → where its last attribution ends; carried from block to block.
        previous: the last attribution found before these.
        parse: reads a relay's name (a rules module may bring its own).
        names: the names printed around these attributions, read once for their block.
    """
    keys: list[int | None] = []
    vias: list[tuple[int, ...]] = []
    found: list[_Found] = []
    # actor → where the object of its last statement begins, when that statement's verb takes the
    # statement as its object ("Unite accused Oscar Mayer of …"): the party it names there
    objects_at: dict[int, int] = {}
    for attribution in attributions:
        review = attribution.review
        if attribution.speaker is None:
            index = attribution.same_as
            key = keys[index] if index is not None and index < len(keys) else None
            via = vias[index] if index is not None and index < len(vias) else ()
        else:
            here = attribution.speaker_span.start if attribution.speaker_span is not None else attribution.start
            relay_mention = parse(attribution.relay) if attribution.relay is not None else None
            # "…, he said, citing a local rickshawpuller": the pronoun refers back to someone met
            # before the one cited, so it is read first
            early_relay = (
                speakers.relay(relay_mention) if relay_mention is not None and relay_mention.name is None else None
            )
            if relay_mention is not None and relay_mention.name is not None and attribution.speaker.description:
                # "In a statement to TradeWinds, the company said": the medium told is known as one
                # before the description is read, so it is no company the description could mean
                speakers.relay(relay_mention)
            if attribution.rule == "claim-reported":
                # a claim another party reports to dispute it: its claimant is not the one speaking,
                # so later pronouns do not mean them
                key = speakers.relay(attribution.speaker)
            else:
                right_after = (
                    previous is not None
                    and previous.speaker in last_at
                    and _STOP.search(text, last_at[previous.speaker], here) is None
                )
                key = (
                    speakers.aside(attribution.speaker)
                    if _in_a_clause_of_a_pronoun(text, here)
                    else speakers.resolve(attribution.speaker, right_after_last=right_after)
                )
            if (
                key is not None
                and attribution.fallback is not None
                and attribution.speaker.refers == "organisation"
                and attribution.speaker.name is None
                and attribution.speaker.description is None
                and not set(name_tokens(attribution.fallback.name or "")) <= speakers.words(key)
            ):
                # "The ministry said 20 died. Israel struck a school. It said …": "it" opening its
                # sentence is the subject of the one right before, not the last body that spoke
                key = None
            if key is None and attribution.fallback is not None:
                # "he" with no speaker met to be him: the person the narration names before it ("it":
                # the body its sentence before names as its subject)
                key = speakers.resolve(attribution.fallback)
                if key is not None and review is None:
                    who = "body" if attribution.speaker.refers == "organisation" else "person"
                    review = (
                        f"speaker {attribution.speaker.text!r} read as {attribution.fallback.name}, "
                        f"the {who} the narration names before it"
                    )
            if key is not None and attribution.speaker.name is None and key in last_at:
                content = Span(attribution.start, attribution.end)
                fallback = attribution.fallback
                if (
                    attribution.speaker.description in BUSINESS_DESCRIPTIONS
                    and key in objects_at
                    and _new_party_between(text, names, objects_at[key], last_at[key], speakers.words(key), content)
                ):
                    # "Unite accused Oscar Mayer of planning to fire workers … / The company said …":
                    # the body its last statement accused may be meant; the description stands alone
                    key = speakers.described(attribution.speaker)
                    review = review or (
                        f"speaker {attribution.speaker.text!r} is a description: the last statement names another body"
                    )
                elif (
                    attribution.speaker.description in ANY_BODY
                    and not speakers.fits(key, attribution.speaker.description)
                    and _body_of_a_kind_between(
                        names,
                        Span(last_at[key], max(here, content.end)),
                        attribution.speaker_span,
                        attribution.speaker.description,
                    )
                ):
                    # "… damaged the offices of the Red Cross, the organization says": a word any body
                    # answers to, after the last body to speak (a ministry, of no kind it names) and
                    # a body of its own kind named since, its words included; no guess
                    key = speakers.described(attribution.speaker)
                    review = review or (
                        f"speaker {attribution.speaker.text!r} is a description: another body of its kind is named"
                    )
                elif _described_person_between(text, last_at[key], here, fallback, speakers, key):
                    # "The 68-year-old … / It is alleged the woman was in bed … She said …": the
                    # person the narration describes since, whose gender the pronoun says
                    assert fallback is not None
                    key = speakers.resolve(fallback)
                    if key is not None and review is None:
                        review = (
                            f"speaker {attribution.speaker.text!r} read as {fallback.text!r}, "
                            "the person the narration describes before it"
                        )
                elif (
                    attribution.speaker.gender is not None
                    and attribution.speaker.description is None
                    and (described := _other_role_between(names, last_at[key], here, content, speakers, key, parse))
                    is not None
                ):
                    # "“…,” stated the chief justice. The Punjab advocate general adopted before the court
                    # that … / “…,” he said": the person the narration describes since, by a role other
                    # than the last speaker's
                    key = speakers.resolve(described)
                    review = review or (
                        f"speaker {attribution.speaker.text!r} read as {described.text!r}, "
                        "the person the narration describes before it"
                    )
                elif _new_party_between(
                    text,
                    names,
                    last_at[key],
                    here,
                    speakers.words(key),
                    content,
                    people_only=attribution.speaker.gender is not None and attribution.speaker.description is None,
                    gender=attribution.speaker.gender if attribution.speaker.description is None else None,
                    description=_party_description(attribution.speaker.description),
                ):
                    # someone else may be meant: a pronoun is not guessed, a description stands alone;
                    # a pronoun may still be the person the narration names right before it
                    key = speakers.described(attribution.speaker) if attribution.speaker.description else None
                    if key is None and attribution.fallback is not None and _plainly_a_person(attribution.fallback):
                        key = speakers.resolve(attribution.fallback)
                        if key is not None and review is None:
                            review = (
                                f"speaker {attribution.speaker.text!r} read as {attribution.fallback.name}, "
                                "the person the narration names before it"
                            )
            if (
                key is not None
                and attribution.speaker.name is None
                and _the_object_named(text, attribution, speakers.words(key))
            ):
                # "the Virginia representative opted to describe Cllr Feeley as …": the one its own
                # verb is about is no one a description or a pronoun of its subject can mean
                key = speakers.described(attribution.speaker) if attribution.speaker.description else None
                review = review or f"speaker {attribution.speaker.text!r}: the one met earlier is its verb's object"
            via = ()
            if attribution.speaker.name is None and review is None:
                review = (
                    f"speaker {attribution.speaker.text!r} resolved to an actor met earlier"
                    if key in last_at
                    else f"speaker {attribution.speaker.text!r} is a description: who is it?"
                )
            elif attribution.speaker.unnamed and review is None:
                review = f"unnamed speaker {attribution.speaker.text!r}"
            if attribution.relay is not None:
                relay_key = early_relay
                if relay_mention is not None and relay_mention.name is not None:
                    relay_key = speakers.relay(relay_mention)
                elif relay_key is None and relay_mention is not None and relay_mention.refers == "organisation":
                    # "Citing hospital officials, the ministry said …": the body relaying, named by
                    # its description, the one met before or one of its own
                    relay_key = speakers.resolve(relay_mention)
                if relay_key is not None and relay_key == key and attribution.speaker.name is None:
                    # "… he told Maanya that he had overheard …": whoever "he" is, not the one he told;
                    # "In a statement to TradeWinds, the company said": a company, not the medium told
                    key = speakers.described(attribution.speaker) if attribution.speaker.description else None
                via = (relay_key,) if relay_key is not None and relay_key != key else ()
            elif attribution.relayed_by is not None and attribution.relayed_by < len(keys):
                relay_key = keys[attribution.relayed_by]
                if relay_key is not None:
                    via = (relay_key, *vias[attribution.relayed_by])
            elif attribution.speaker.name is None and previous is not None and previous.speaker == key:
                # "He stressed ..." after "Speaking to Anadolu Agency, Al-Nems said ...":
                # the same interview, so the same relay.
                via = previous.via
        keys.append(key)
        vias.append(via)
        if key is None:
            continue
        ends = [attribution.end, *(s.end for s in (attribution.cue_span, attribution.speaker_span) if s is not None)]
        # The listener and adjuncts are the attribution's, up to its sentence's end, never past its
        # paragraph: the next paragraph may name another party a pronoun after it could mean.
        paragraph_end = text.find("\n", max(ends))
        limit = max(ends) + _TAIL if paragraph_end < 0 else min(max(ends) + _TAIL, paragraph_end)
        stop = _STOP.search(text, max(ends), limit)
        last_at[key] = stop.end() if stop is not None else max(ends)
        if attribution.lemma in OBJECT_VERBS:
            objects_at[key] = attribution.start
        else:
            objects_at.pop(key, None)
        via = tuple(dict.fromkeys(v for v in via if v != key))
        previous = _Found(attribution, key, via, review)
        found.append(previous)
    return found


def _described_person_between(
    text: str, start: int, end: int, fallback: Mention | None, speakers: Speakers, key: int
) -> bool:
    """Whether a pronoun's fallback is a person the narration describes by a noun of the
    pronoun's gender ("the woman") between the last statement of the actor it would otherwise
    mean and the pronoun. An actor known by name alone may be that person, when nothing says
    otherwise ("Mary Brown said … The woman was released. She said …"); one known by a role
    is called by it ("the prosecutor"), not "the man", so the man is someone else."""
    if not (
        fallback is not None
        and fallback.unnamed
        and fallback.description is not None
        and fallback.gender is not None
        and fallback.text in text[start:end]
    ):
        return False
    known = speakers.words(key)
    if fallback.description in known:
        return False
    return speakers.role(key) is not None or not any(_word_gender(word) == fallback.gender for word in known)


def _the_object_named(text: str, attribution: Attribution, words: set[str]) -> bool:
    """Whether the words right after a statement's cue name, by a capitalised name whose last word is
    one of ``words``, the one its verb is about ("describe Cllr Feeley as", "accused Smith of")."""
    if attribution.cue_span is None or attribution.cue_span.end > attribution.end:
        return False
    named = _OBJECT_NAMED.match(text, attribution.cue_span.end, attribution.end)
    return named is not None and named.group("last").lower() in words


# A name right after a verb, before what is said of it: "describe Cllr Feeley as", "accused Smith of".
_OBJECT_NAMED = re.compile(
    r"\s+(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr|Sen\.|Rep\.)\s+)?(?:[A-Z][\w’'\-]+\s+){0,2}(?P<last>[A-Z][\w’'\-]+)"
    r"\s+(?:as|of|for)\s"
)


def _other_role_between(
    names: _PrintedNames,
    start: int,
    end: int,
    skip: Span,
    speakers: Speakers,
    key: int,
    parse: Callable[[str], Mention | None],
) -> Mention | None:
    """The person the narration describes as the subject of a deed between an actor's last statement
    and a pronoun, when the actor is known by a role and the description is another one: an unnamed
    source carrying the description. An actor known by name alone may be the one described, and a
    description with a word of the actor's own ("the chief justice") is the actor: no such person."""
    printed = names.last_described(start, end, skip)
    if printed is None:
        return None
    mention = parse(printed)
    if mention is None or mention.refers != "person" or mention.name is not None or mention.plural:
        return None
    if speakers.role(key) is None:
        return None
    known = speakers.words(key)
    words = {w.lower() for w in printed.split()[1:]} - _TITLES
    if not words or words & known or mention.description in known:
        return None
    name = printed.split(None, 1)[1]
    return Mention(printed, name, person=True, unnamed=True, description=mention.description)


def _word_gender(word: str) -> str | None:
    """The gender a lower-case word of a name says: a listed first name or a form of address."""
    return _ADDRESS_GENDER.get(word) or first_name_gender(word.capitalize())


_ADDRESS_GENDER = {"mr": "male", "sir": "male", "lord": "male", "mrs": "female", "ms": "female", "miss": "female"}


def _plainly_a_person(mention: Mention) -> bool:
    """Whether a name says it is a person's: a listed first name or a form of address opens it
    ("Jack Siegel", "Mr Sherborne"; not "Hamilton Road" or "Borno State")."""
    first = (mention.name or "").split()[0].rstrip(".") if mention.name else ""
    return first in ("Mr", "Mrs", "Ms", "Dr") or first_name_gender(first) is not None


_BLOCK = 256_000  # characters read at once, on one worker: an article is one block; a long text is
# several, enough to keep every core busy, each long enough that almost no statement meets a cut


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Blocks of about :data:`_BLOCK` characters, cut at a paragraph (else a line, else a sentence) end."""
    start = 0
    while start < len(text):
        end = min(len(text), start + _BLOCK)
        for separator in ("\n\n", "\n", ". ") if end < len(text) else ():
            cut = text.rfind(separator, start + _BLOCK // 2, end)
            if cut > start:
                end = cut + len(separator)
                break
        yield start, end
        start = end


def _block_attributions(lang: str, block: str) -> list[Attribution]:
    """What one language's rules find in one block of text, offsets into the block (run in a worker)."""
    rules = rules_for(lang)
    assert rules is not None  # only a language with rules is read block by block
    return cast("list[Attribution]", rules.find_attributions(block))


def _shifted(attribution: Attribution, by: int) -> Attribution:
    """An attribution read in a block, with offsets into the whole text."""
    if by == 0:
        return attribution

    def span(found: Span | None) -> Span | None:
        return None if found is None else Span(found.start + by, found.end + by)

    return evolve(
        attribution,
        start=attribution.start + by,
        end=attribution.end + by,
        cue_span=span(attribution.cue_span),
        speaker_span=span(attribution.speaker_span),
    )


class _Interned:
    """Values that repeat over a draft (cues, rules, dates, relays), each stored once and named by its index."""

    def __init__(self) -> None:
        self.values: list[object] = []
        self._index: dict[object, int] = {}

    def __call__(self, value: object) -> int:
        index = self._index.get(value)
        if index is None:
            index = self._index[value] = len(self.values)
            self.values.append(value)
        return index


#: Fields of one drafted statement in :class:`_Records` (all integers; -1 for None).
_FIELDS = 13
(_START, _END, _CUE_START, _CUE_END, _SPEAKER_START, _SPEAKER_END) = range(6)
(_SPEAKER, _VIA, _CUE, _RULE, _CONFIDENCE, _REVIEW, _SAID_ON) = range(6, 13)


class _Records:
    """The statements found so far, kept as integers in one array (a few dozen bytes each).

    An article of any length is read block by block and each block's
    attributions are let go once resolved; what is kept until the claims are
    built is only this: offsets, actor keys and indexes of interned values.
    """

    def __init__(self, longest: int) -> None:
        # 32-bit integers while every offset fits (any article the CLI reads), else 64-bit.
        self._numbers = array("i" if longest < 2**31 else "q")
        self.values = _Interned()

    def __len__(self) -> int:
        return len(self._numbers) // _FIELDS

    def add(self, found: _Found, said_on: Period | dt.date | None) -> None:
        a = found.attribution
        cue_span = a.cue_span or Span(-1, -1)
        speaker_span = a.speaker_span or Span(-1, -1)
        value = self.values
        self._numbers.extend(
            (
                a.start,
                a.end,
                cue_span.start,
                cue_span.end,
                speaker_span.start,
                speaker_span.end,
                found.speaker,
                value(found.via),
                value(a.cue),
                value(a.rule),
                value(a.confidence),
                value(found.review),
                value(said_on),
            )
        )

    def used(self) -> set[int]:
        """The actors some statement names as speaker or relay."""
        numbers, values = self._numbers, self.values.values
        used = {numbers[i + _SPEAKER] for i in range(0, len(numbers), _FIELDS)}
        for index in {numbers[i + _VIA] for i in range(0, len(numbers), _FIELDS)}:
            used.update(cast(tuple[int, ...], values[index]))
        return used

    def __iter__(self) -> Iterator[tuple[int, ...]]:
        numbers = self._numbers
        for at in range(0, len(numbers), _FIELDS):
            yield tuple(numbers[at : at + _FIELDS])


def _span_of(start: int, end: int) -> Span | None:
    return None if start < 0 else Span(start, end)


@frozen
class DraftStream:
    """A draft whose claims are built one at a time, so a long text's draft need not be held whole.

    Attributes:
        sources: the speakers (and the organisations they belong to) and the publisher.
        document: the article, its text included.
        lang: the language code the text was read as.
        warnings: what the user must know about the draft (no rules for its language).
    """

    sources: tuple[Source, ...]
    document: Document
    lang: str
    warnings: tuple[str, ...]
    _records: _Records
    _ids: dict[int, str]
    _names: dict[str, str]  # source id → name, the existing ledger's sources included
    _taken: frozenset[str]

    def __len__(self) -> int:
        """How many claims the draft holds."""
        return len(self._records)

    def claims(self) -> Iterator[tuple[Claim, Evidence]]:
        """Each claim with its evidence, in the order the statements appear; built as they are asked for."""
        text = self.document.text or ""
        names = self._names
        values = self._records.values.values
        counts: dict[str, int] = {}
        for record in self._records:
            speaker = self._ids[record[_SPEAKER]]
            counts[speaker] = counts.get(speaker, 0) + 1
            while f"{speaker}.{counts[speaker]}" in self._taken:  # the ledger's own claims keep their ids
                counts[speaker] += 1
            claim_id = f"{speaker}.{counts[speaker]}"
            start, end = record[_START], record[_END]
            cue = cast(str, values[record[_CUE]])
            claim = Claim(
                id=claim_id,
                statement=_statement_of(text, names[speaker], start, end, cue),
                said_by=speaker,
                via=tuple(self._ids[v] for v in cast(tuple[int, ...], values[record[_VIA]])),
                document=self.document.id,
                quote=text[start:end],
                cue=cue,
                said_on=cast("Period | dt.date | None", values[record[_SAID_ON]]),
            )
            evidence = Evidence(
                claim=claim_id,
                quote=Span(start, end),
                cue=_span_of(record[_CUE_START], record[_CUE_END]),
                speaker=_span_of(record[_SPEAKER_START], record[_SPEAKER_END]),
                rule=cast(str, values[record[_RULE]]),
                confidence=cast(float, values[record[_CONFIDENCE]]),
                review=cast("str | None", values[record[_REVIEW]]),
            )
            yield claim, evidence


def draft_stream(
    text: str,
    document_id: str = "article",
    publisher: str | None = None,
    published: dt.date | str | None = None,
    *,
    lang: str | None = None,
    known: Ledger | None = None,
    workers: int | None = None,
) -> DraftStream:
    """Read an article into a :class:`DraftStream`: its sources now, its claims one at a time.

    What :func:`extract_draft` returns, without holding every claim at once: the
    text is read in blocks of about a quarter of a million characters (cut at paragraph ends, with
    the speakers met so far carried over), each statement kept as a few
    integers until its claim is asked for. Arguments and errors are those of
    :func:`extract_draft`.
    """
    workers = worker_count(workers)  # a bad count is refused before any reading
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    date, body = article_date(text)
    if published is not None:
        date = to_date(published)
    lang = lang or detect_language(text[body:])
    rules = rules_for(lang)
    notes: tuple[str, ...] = ()
    known_sources = known.sources if known is not None else ()
    # A rules module may bring its own speaker resolution (Arabic names have no capitals).
    speakers_of = getattr(rules, "Speakers", Speakers)
    speakers = speakers_of(known_sources) if known_sources else speakers_of()
    records = _Records(len(text))
    if rules is None:
        notes = (_no_rules(lang),)
    else:
        # Block by block, so what is read but not drafted ("He said it." with nobody to be
        # "he") is let go as it goes; one block for any article of ordinary length.
        last_at: dict[int, int] = {}
        previous: _Found | None = None
        parse = getattr(rules, "parse_mention", parse_mention)
        blocks = list(_blocks(text))
        # Blocks are read on every core at once (each whole, by one worker, so the draft is the
        # same whatever their number); speakers are then resolved in order, in this process.
        read = ordered_map(
            functools.partial(_block_attributions, lang),
            (text[start:end] for start, end in blocks),
            worker_count(workers) if len(blocks) > 1 else 1,
        )
        for (start, end), found_in_block in zip(blocks, read, strict=True):
            attributions = [_shifted(a, start) for a in found_in_block if a.start + start >= body]
            # the names printed in the block and in the reach of a pronoun before it
            printed = _PrintedNames(text, max(0, start - _REACH), end)
            for found in _resolve(text, attributions, speakers, last_at, previous, parse, names=printed):
                records.add(found, _said_on(text, found.attribution, date))
                previous = found
    ids, sources = speakers.sources(records.used())
    publisher_id = None
    if publisher is not None:
        publisher_id, added = _publisher_source(publisher, (*known_sources, *sources))
        if added is not None:
            sources = (*sources, added)
    taken = frozenset(c.id for c in known.claims) if known is not None else frozenset()
    document = Document(id=document_id, title=_title(text, body), publisher=publisher_id, published=date, text=text)
    names = {s.id: s.name for s in (*known_sources, *sources)}
    return DraftStream(sources, document, lang, notes, records, ids, names, taken)


def extract_draft(
    text: str,
    document_id: str = "article",
    publisher: str | None = None,
    published: dt.date | str | None = None,
    *,
    lang: str | None = None,
    known: Ledger | None = None,
    workers: int | None = None,
) -> Draft:
    """Draft a dossier from the text of one news article, with the evidence for each claim.

    Rule-based and deterministic. The language is detected (or given); its
    rules module (:data:`claimgraph.extract.language.RULES`) finds the
    attributed statements, and speakers are merged across the article, with
    pronouns ("He stressed"), descriptions ("the spokesman", "The movement")
    and short names ("Al-Nems") resolved to the actors already met. Each claim's
    quote is a verbatim span of the text. Cost is linear in the text's length.

    Args:
        text: the article; ``\\r\\n`` and ``\\r`` line ends are read as ``\\n``. A
            leading ``date YYYY-MM-DD`` line gives the date.
        document_id: id of the one document the draft records.
        publisher: the publishing source's id or name; a source is added for it
            unless the article already quotes it.
        published: the article's date; overrides a ``date`` line.
        lang: the article's language code (``en``, ``ar``); detected when None.
        known: an existing ledger to draft against: a speaker named by one of
            its sources' names or aliases is that source, referred to by its id
            and not drafted again (so the draft is checked together with that
            ledger); claim ids do not repeat its claims'.
        workers: processes reading a long text's blocks (about a quarter of a million
            characters each) at once; one per available core when None. An
            article of ordinary length is one block, read in this process. The
            draft is the same whatever the number.

    Returns:
        The draft: a ledger with the speakers (and the organisations they belong
        to) as sources, the article as one document (its text included) and one
        claim per attributed statement; the evidence per claim; and a warning
        when the language has no rules (the ledger then has no claims).

    Raises:
        ValueError: ``document_id`` is not a valid id, a date is impossible, or
            ``workers`` is below 1.
    """
    stream = draft_stream(text, document_id, publisher, published, lang=lang, known=known, workers=workers)
    claims, evidence = [], []
    for claim, found in stream.claims():
        claims.append(claim)
        evidence.append(found)
    ledger = Ledger(sources=stream.sources, documents=(stream.document,), claims=tuple(claims))
    return Draft(ledger=ledger, evidence=tuple(evidence), lang=stream.lang, warnings=stream.warnings)


class DraftOptions(TypedDict, total=False):
    """The keyword arguments :func:`extract_claims` passes on to :func:`extract_draft`."""

    publisher: str | None
    published: dt.date | str | None
    lang: str | None
    known: Ledger | None


def extract_claims(text: str, document_id: str = "article", **options: Unpack[DraftOptions]) -> Ledger:
    """Draft a dossier from the text of one news article (see :func:`extract_draft`).

    Returns:
        The draft's ledger. Text in a language with no rules gives a ledger with
        no claims and a :class:`NoRulesWarning` naming the language.
    """
    draft = extract_draft(text, document_id, **options)
    for note in draft.warnings:
        warnings.warn(note, NoRulesWarning, stacklevel=2)
    return draft.ledger
