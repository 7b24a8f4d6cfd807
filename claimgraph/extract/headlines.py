"""The article's title read as a statement: "..., says WHO", "Barr: U.S. scrutinizing ...".

A title that names its source, at its end ("Russians torture civilians in
southern Ukraine: HRW", "MERS outbreak a 'wake up call', says WHO") or first
("Barr: U.S. scrutinizing information ..."), is that source's statement, flagged
for review: its wording is the outlet's summary. A section label before a colon
("Live updates:", "Analysis:") is no source, and a line ending in a full stop is
a paragraph, not a title. A title that is only a quote ("\"You'd expect referees to
get decisions correct\"") is the speaker's whose quote in the body it repeats.
"""

from __future__ import annotations

import re

from attrs import evolve

from claimgraph.extract.kickers import SECTION_LABELS
from claimgraph.extract.mentions import is_role, parse_mention
from claimgraph.extract.name_words import kind_of, word_set
from claimgraph.extract.quotes import QUOTE_RULES
from claimgraph.extract.records import Attribution, Mention, Span

__all__ = ["headline_statement", "quoted_title", "titles_read_by_the_body"]


# A title ending in its source: "Russians torture civilians in southern Ukraine: HRW",
# "MERS outbreak a 'wake up call', says WHO".
_TITLE_SOURCE = re.compile(
    r"^(?P<content>\S.{10,}?)(?:\s*:\s+|\s+[-–—]\s+|,?\s+(?P<cue>says|say|warns?|claims?|insists?|urges?|admits?|"
    r"confirms?|reveals?|suggests?|finds?|denies|deny|argues?)\s+)"
    r"(?P<speaker>[A-Z][\w’'.\-]*(?:\s+[\w’'.\-]+){0,5}|(?<=\s)[a-z]+(?:\s[a-z]+)?)\s*$"
)
# A title ending in its source and then its cue, after a comma: "Army And Police Clampdown Far From
# Over, Govt Warns" (a title in title case capitalises the cue).
_TITLE_SOURCE_THEN_CUE = re.compile(
    r"^(?P<content>\S.{10,}?),\s+(?P<speaker>[A-Z][\w’'.\-]*(?:\s+[\w’'.\-]+){0,3}?)\s+"
    r"(?P<cue>(?i:says|warns|claims|insists|urges|admits|confirms|reveals|denies|argues))\s*$"
)
# A title naming its source first: "Barr: U.S. scrutinizing information ...", "Central bank's
# governor: Inflation can occur ...". Section labels ("Live updates:", "Analysis:") are no source.
_TITLE_SPEAKER_FIRST = re.compile(r"^(?P<speaker>[A-Z][\w’'.\-]*(?:\s+[\w’'.\-]+){0,4}):\s+(?P<content>[^:]{10,}?)\s*$")
# Words opening speech in the first person: "I am not funding …", "We will strike".
_FIRST_PERSON = re.compile(r"(?:I|We|My|Our)(?:['’](?:m|re|ve|ll|d))?\s")


def headline_statement(text: str, start: int) -> Attribution | None:
    """The statement of an article's title (its first line from ``start``) that names its source, if it does."""
    line_start = start
    while line_start < len(text) and text[line_start] in " \t\n":
        line_start += 1
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > 300 or text[line_start:line_end].rstrip().endswith("."):
        return None  # a paragraph, not a title
    match = _TITLE_SOURCE.match(text, line_start, line_end) or _TITLE_SOURCE_THEN_CUE.match(text, line_start, line_end)
    first = _TITLE_SPEAKER_FIRST.match(text, line_start, line_end) if match is None else None
    if first is not None:
        return _speaker_first_headline(first)
    if match is None:
        return None
    speaker = match.group("speaker")
    if speaker.islower() and (match.group("cue") or text[match.end("content") : match.start("speaker")].strip()):
        # "..., says publisher", "..., warn researchers", "Eight dead in Somalia bombing: police": described
        mention = parse_mention(f"the {speaker}")
    elif any(w[:1].islower() and not is_role(w) for w in speaker.split()) and not _body_in_lower_case(speaker):
        # "Live updates: Israel strikes Rafah" is a subhead, not a source; "Uhuru Kenyatta: I am not
        # funding Azimio protests" names its source first
        first = _TITLE_SPEAKER_FIRST.match(text, line_start, line_end)
        if first is None or not _FIRST_PERSON.match(first.group("content")):
            return None  # "KAISER ALUMINUM: Union leaves talks": a topic, no one speaking
        return _speaker_first_headline(first)
    else:
        mention = parse_mention(speaker)
    if mention is None or (mention.name is None and mention.description is None):
        return None
    content_end = line_start + match.end("content")
    while content_end > line_start and (
        text[content_end - 1] in ",;"
        or (
            text[content_end - 1] in "'’\"”"
            and text.count(text[content_end - 1], line_start, content_end) % 2
            and text[content_end - 1] != _OPENERS.get(text[line_start])  # (the mark closing the title's own)
        )
    ):
        content_end -= 1  # a comma, or a quote mark the title never opened
    content_start = line_start
    if text[content_start] in _OPENERS and text[content_end - 1] == _OPENERS[text[content_start]]:
        # "'We were abandoned,' say flood victims": the quoted words, without their marks and comma
        content_start, content_end = content_start + 1, content_end - 1
        while content_end > content_start and text[content_end - 1] in ",;":
            content_end -= 1
    cue = match.group("cue") or ":"
    cue_at = match.start("cue") if match.group("cue") else content_end
    return Attribution(
        speaker=mention,
        cue=cue,
        lemma="say",
        start=content_start,
        end=content_end,
        cue_span=Span(cue_at, cue_at + len(cue)) if match.group("cue") else None,
        speaker_span=Span(match.start("speaker"), match.end("speaker")),
        rule="title-source",
        confidence=0.7,
        review="a title: its wording is the outlet's summary, check it against the body",
    )


def _body_in_lower_case(words: str) -> bool:
    """Whether a title's last words name a body with its kind in lower case: "Health ministry",
    "Gaza health ministry", "Sudan army" (not "Union leaves talks", a subject and its verb)."""
    split = words.split()
    lower = [i for i, word in enumerate(split) if word[:1].islower()]
    return (
        bool(lower)
        and lower == list(range(lower[0], len(split)))  # a tail in lower case
        and kind_of(split[-1]) != "other"
        and kind_of(words) != "other"
    )


# Quotation marks a title may open with, and the mark that closes each.
_OPENERS = {"'": "'", "‘": "’", '"': '"', "“": "”"}


def _speaker_first_headline(match: re.Match[str]) -> Attribution | None:
    """A title "Speaker: statement", when the words before the colon read as a speaker."""
    speaker = match.group("speaker")
    if speaker.lower() in SECTION_LABELS or speaker.lower().split()[0] in SECTION_LABELS:
        return None
    mention = parse_mention(speaker)
    if mention is None or (mention.name is None and mention.description is None) or mention.unnamed:
        return None
    colon = match.end("speaker")
    return Attribution(
        speaker=mention,
        cue=":",
        lemma="say",
        start=match.start("content"),
        end=match.end("content"),
        cue_span=Span(colon, colon + 1),
        speaker_span=Span(match.start("speaker"), match.end("speaker")),
        rule="title-source",
        confidence=0.7,
        review="a title: its wording is the outlet's summary, check it against the body",
    )


# A title that is a quote and nothing else.
_QUOTED_TITLE = re.compile(r"[“\"‘'](?P<quote>[^“”\"]{10,}?)[”\"’']")
_WORD = re.compile(r"[a-z’']{3,}")
_REPEATS = 0.6  # the share of the title's words a body quote must hold for the title to repeat it


def quoted_title(text: str, start: int, found: list[Attribution]) -> list[Attribution]:
    """The attributions with a title that is only a quote read as the statement of the named
    speaker whose quote in the body holds most of its words ('"You'd expect referees to get
    decisions correct"' / '… you would expect for referees at this level to get decisions like
    these correct,” Long said'), flagged for review; unchanged when no body quote holds enough."""
    line_start = start
    while line_start < len(text) and text[line_start] in " \t\n":
        line_start += 1
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    title = _QUOTED_TITLE.fullmatch(text, line_start, line_end)
    if title is None or any(a.start < line_end and a.end > line_start for a in found):
        return found
    words = set(_WORD.findall(title.group("quote").lower()))
    best, share = None, _REPEATS
    for item in found:
        mention = _quoted_speaker(found, item)
        if mention is None or mention.name is None or mention.unnamed:
            continue
        held = len(words & set(_WORD.findall(text[item.start : item.end].lower()))) / max(1, len(words))
        if held >= share:
            best, share = item, held
    if best is None:
        return found
    statement = Attribution(
        speaker=_quoted_speaker(found, best),
        cue=":",
        lemma="say",
        start=title.start("quote"),
        end=title.end("quote"),
        rule="quoted-title",
        confidence=0.6,
        review="a title quoting the body: the speaker of the body quote it repeats",
    )
    return [statement, *(_shifted_by_one(item) for item in found)]


def _quoted_speaker(found: list[Attribution], item: Attribution) -> Mention | None:
    """Who speaks a quote: its own speaker, or the one of the quote it continues."""
    seen = 0
    while item.rule == "continued-quote" and item.same_as is not None and seen < len(found):
        item, seen = found[item.same_as], seen + 1
    return item.speaker if item.rule in QUOTE_RULES else None


def _shifted_by_one(item: Attribution) -> Attribution:
    """An attribution with its indices into the list moved one on (a statement put first)."""
    if item.same_as is None and item.relayed_by is None:
        return item
    return evolve(
        item,
        same_as=None if item.same_as is None else item.same_as + 1,
        relayed_by=None if item.relayed_by is None else item.relayed_by + 1,
    )


def titles_read_by_the_body(text: str, found: list[Attribution]) -> list[Attribution]:
    """A title's speaker named by role alone ("PCS leader accuses government of waging war on its own
    workforce", "Central bank's governor: Inflation … can occur under ‘n’ shapes") is the person the
    body names saying what the title says: the first named person in the next paragraphs whose
    statement holds most of the title's words; flagged for review, and left as it is with none."""
    if not found or found[0].speaker is None or "\n" in text[: found[0].end].strip():
        return found  # no statement on the title's line
    line_end = text.find("\n", found[0].end)
    if text[found[0].end : len(text) if line_end < 0 else line_end].rstrip().endswith("."):
        return found  # a paragraph opening the text, not a title
    title, mention = found[0], found[0].speaker
    last = (mention.name or mention.text).split()[-1].lower()
    if not is_role(last) or (mention.name is not None and mention.person and not mention.unnamed):
        return found
    words = set(_WORD.findall(text[title.start : title.end].lower())) - _FUNCTION_WORDS
    if len(words) < _TITLE_WORDS_NEEDED:
        return found
    best, share = None, _TITLE_REPEATED
    for item in found[1:]:
        if item.start - title.end > _BODY_REACH:
            break
        speaker = item.speaker
        if speaker is None or speaker.name is None or speaker.unnamed or not speaker.person:
            continue
        held = len(words & set(_WORD.findall(text[item.start : item.end].lower()))) / len(words)
        if held >= share:
            best, share = speaker, held
    if best is None:
        return found
    why = f"the title's speaker {mention.text!r} read as {best.name}, whose statement in the body it repeats"
    return [title.read_as(best, why, 0.6), *found[1:]]


_TITLE_WORDS_NEEDED = 3  # a title of fewer words repeats anything
_TITLE_REPEATED = 0.5  # the share of the title's own words a body statement holds to say it again
# Words any statement holds, which say nothing of whether it repeats a title.
_FUNCTION_WORDS = word_set(
    "the and for that with was were are has had have been will not its his her their our this from but "
    "who which would could should into over than then they them"
)
_BODY_REACH = 1_500  # characters after the title where the body says it again
