"""Who an office or a title is: the one person the text prints under it, or names beside it.

Two readings across sentences, each flagged for review:

- a speaker named only by title ("the Secretary-General said") is the one person
  the text prints under that title (:mod:`claimgraph.extract.titles`);
- an office with no name ("The First Minister warned") is the person the text
  names right beside it without ever giving them a title of their own.
"""

from __future__ import annotations

import bisect
import functools
import re

from attrs import evolve

from claimgraph.extract.cue_forms import CUE
from claimgraph.extract.mentions import is_role
from claimgraph.extract.name_words import TITLE_ABBREVIATIONS
from claimgraph.extract.quotes import QUOTE_RULES
from claimgraph.extract.records import Attribution, Mention
from claimgraph.extract.speakers import name_in_full, person_like
from claimgraph.extract.titles import TitleHolders

__all__ = ["offices_read_as_untitled_names", "title_holder", "titles_read_as_names"]


@functools.lru_cache(maxsize=1)  # both readings below ask for the same text's, one after the other
def _title_holders(text: str) -> TitleHolders:
    """The people a text names under a title, read once for both readings of this module."""
    return TitleHolders(text)


def title_holder(text: str, title: str) -> str | None:
    """The one person the text prints under ``title`` ("Defence Counsel" → "O.D. Mbye"); None for
    none or several."""
    holder = _title_holders(text).holder(Mention(title, None, person=True))
    return holder.name if holder is not None else None


def titles_read_as_names(text: str, found: list[Attribution]) -> list[Attribution]:
    """A speaker named only by title ("the Secretary-General said", "...: Defense minister") is
    the one person the text prints under that title (:mod:`claimgraph.extract.titles`), flagged
    for review; with none or several, the mention is left as it is."""
    candidates = [
        i
        for i, a in enumerate(found)
        if a.speaker is not None
        and (a.speaker.name is None or not a.speaker.person or a.speaker.unnamed)
        and not a.speaker.plural
        and a.speaker.refers != "organisation"
        and (a.speaker.description is not None or a.speaker.name is not None)
    ]
    if not candidates:
        return found
    holders = _title_holders(text)
    result = list(found)
    for i in candidates:
        item = found[i]
        assert item.speaker is not None
        holder = holders.holder(item.speaker, item.speaker_span.start if item.speaker_span is not None else None)
        if holder is None or holder.name == item.speaker.name:
            continue
        mention = item.speaker
        result[i] = evolve(
            item,
            speaker=Mention(mention.text, holder.name, role=holder.title_text, person=True, gender=mention.gender),
            review=f"speaker {item.speaker.text!r} read as {holder.name}, whom the text calls {holder.title_text}",
            confidence=min(item.confidence, 0.7),
        )
    return result


# The offices one person holds, by which news names someone it also prints with no title at all.
_OFFICES = frozenset(
    {
        *("minister", "premier", "pm", "president", "chancellor", "governor", "mayor", "chief", "boss"),
        *("coach", "manager", "leader", "secretary", "commissioner", "chairman", "chairwoman", "chair", "ceo"),
        *("director", "head", "senator", "congressman", "congresswoman", "secretary-general", "general-secretary"),
    }
)


_INDEFINITE = re.compile(r"(?:a|an|one|another|some|any)\s", re.IGNORECASE)


def offices_read_as_untitled_names(text: str, found: list[Attribution]) -> list[Attribution]:
    """An office with no name ("The First Minister warned", "the Old Trafford boss vowed") is the
    person the text names right beside it without ever giving them a title of their own: news
    introduces someone by office and then by name alone ("The Turkish defense minister slammed …"
    / "… Hulusi Akar told a Veterans Day event"), or by name and then by office ("… as Peter
    Robinson accused Sinn Fein …" / "The First Minister warned …").

    The neighbour is the nearest named person speaking before the office, in the paragraph or the
    one before; an office in the title or the opening paragraph, with nobody named before it, looks
    forward to the first person speaking, who must be quoted in the first two paragraphs (the
    story's summary, then its quote). A neighbour printed under any title
    ("Interior Minister Süleyman Soylu", "his agent Mino Raiola", "X, a scholar") is someone else
    and stops the search; an indefinite office ("a minister") is a new person. Flagged for review.
    """
    offices = [i for i, a in enumerate(found) if _untitled_office(a)]
    if not offices:
        return found
    holders = {holder.name for holder in _title_holders(text).holders()}
    opening = _opening_paragraph_ends(text)
    named = [i for i, a in enumerate(found) if _named_person(a)]
    result = list(found)
    held_as: dict[str, str | None] = {}
    for i in offices:
        item = found[i]
        assert item.speaker is not None and item.speaker_span is not None
        at = item.speaker_span.start
        nearest = bisect.bisect_left(named, i)  # the named persons speaking before it: named[:nearest]
        words = item.speaker.text.removeprefix("the ").removeprefix("The ")
        if words not in held_as:
            held_as[words] = _held_as(text, words)  # the whole text read once for each office, not each mention
        held = held_as[words]
        if held is not None:
            # "… by Mr Williamson to divert attention from his own performance as education
            # secretary": the narration says who holds the office
            why = f"speaker {item.speaker.text!r} read as {held}, whom the text tells holds that office"
            result[i] = item.read_as(Mention(item.speaker.text, held, role=item.speaker.text, person=True), why, 0.6)
            continue
        if nearest > 0:
            j = named[nearest - 1]
            if _qualified(item.speaker.text):
                continue  # "Ms Clinton said …. Meanwhile, the Sudanese defence minister said": another
            span = found[j].speaker_span
            # the paragraph or the one before; or the title, for an office in the opening paragraph
            near = span is not None and (
                _near(text, span.end, at) or (found[j].rule == "title-source" and _paragraphs_ended(opening, at) == 0)
            )
        else:
            j = named[nearest] if nearest < len(named) else -1
            span = found[j].speaker_span if j >= 0 else None
            # an office in the title or the opening paragraph: the person quoted in the first two
            near = (
                span is not None
                and found[j].rule in QUOTE_RULES
                and (
                    (_paragraphs_ended(opening, at) == 0 and _paragraphs_ended(opening, span.start) <= 1)
                    # "The BNP's secretary-general accused … / “…,” Mirza Fakhrul Islam Alamgir said":
                    # the office speaks, then the person is named at the very next quote
                    or (j == i + 1 and _near(text, item.speaker_span.end, span.start))
                )
            )
        neighbour: Mention | None = found[j].speaker if near else None
        if not near:
            lede = _lede_holder(text, found, named, opening, item)
            neighbour = found[lede].speaker if lede is not None else _lede_narrated_holder(text, opening, item)
            if neighbour is None:
                continue
        assert neighbour is not None and neighbour.name is not None
        if not _untitled(text, neighbour, holders):
            continue
        mention = item.speaker
        role = mention.text.removeprefix("the ").removeprefix("The ")
        why = f"speaker {mention.text!r} read as {neighbour.name}, named beside it with no title of their own"
        speaker = Mention(mention.text, neighbour.name, role=role, person=True, gender=neighbour.gender)
        result[i] = item.read_as(speaker, why, 0.6)
    return result


@functools.lru_cache(maxsize=512)  # offices repeat from story to story: each pattern compiled once
def _held_as_anchor(words: str) -> re.Pattern[str]:
    """ "his … as" or "her … as" before an office: "his position as Bok coach"."""
    return re.compile(
        rf"(?<![\w-])(?:his|her)\s+(?:[\w’'-]+\s+){{0,3}}as\s+(?:the\s+)?{re.escape(words)}(?![\w-])",
        re.IGNORECASE if words.islower() else 0,
    )


def _held_as(text: str, words: str) -> str | None:
    """The one person the narration says holds an office, by "his"/"her" and "as" ("Coetzee … to
    defend his position as Bok coach", "Mr Williamson … his own performance as education secretary"):
    the last person named before those words in their sentence, by the fullest name the text prints
    for them; None for nobody or several. ``words`` is the office as printed, without its article."""
    holders = set()
    for match in _held_as_anchor(words).finditer(text):
        sentence_start = max(text.rfind(mark, 0, match.start()) for mark in ".!?\n") + 1
        capitalised = re.findall(r"(?<![\w’'-])[A-Z][\w’'\-]+", text[sentence_start : match.start()])
        holder = next((name for word in reversed(capitalised) if (name := name_in_full(text, word))), None)
        if holder is not None:
            holders.add(holder)
    return next(iter(holders)) if len(holders) == 1 else None


def _lede_holder(
    text: str, found: list[Attribution], named: list[int], opening: list[int], office: Attribution
) -> int | None:
    """The person a story opens with under an office and then names ("The Communications Minister
    wants … / Dr Edward Omane Boamah said …"): the first named person speaking, in the first two
    paragraphs, after the office printed in the opening one; the office met after them is them."""
    if not named or not opening or office.speaker is None or office.speaker_span is None:
        return None
    printed = _office_printed(text, office.speaker, opening[0])
    span = found[named[0]].speaker_span
    if (
        printed is None
        or span is None
        or not printed.end() <= span.start < office.speaker_span.start
        or _paragraphs_ended(opening, span.start) > 1
    ):
        return None
    return named[0]


def _lede_narrated_holder(text: str, opening: list[int], office: Attribution) -> Mention | None:
    """The person a story opens with under an office and names in the very next sentence, in
    narration ("The Prime Minister has met Dr Chung … / Gordon Brown and Dr Chung discussed …"):
    the full name opening that sentence, when the office speaks later on."""
    if not opening or office.speaker is None or office.speaker_span is None:
        return None
    printed = _office_printed(text, office.speaker, opening[-1])
    if printed is None:
        return None
    sentence_end = _SENTENCE_END.search(text, printed.end())
    if sentence_end is None:
        return None
    subject = _NAME_OPENING.match(text, sentence_end.end())
    if subject is None or not person_like(subject.group("name")):
        return None
    # named after the office speaks only when it speaks in the opening sentence itself and the next
    # names it in narration ("The Prime Minister has acknowledged … / Tony Abbott and senior
    # colleagues have got …"); a name that speaks there is someone else's statement
    if subject.end() > office.speaker_span.start and (
        office.speaker_span.start != printed.start()
        or CUE.match(text, subject.end() + 1) is not None
        # the opening sentence: no sentence ends between its paragraph's start and the office
        or _SENTENCE_END.search(text, text.rfind("\n", 0, printed.start()) + 1, printed.start()) is not None
    ):
        return None
    return Mention(subject.group("name"), subject.group("name"), person=True)


def _office_printed(text: str, office: Mention, end: int) -> re.Match[str] | None:
    """Where the text first prints an office with "the" before ``end`` ("The Prime Minister" for
    "the PM", spelled out as news first prints it)."""
    words = office.text.removeprefix("the ").removeprefix("The ")
    words = _SPELLED_OUT.get(words, words)
    return _the_office(words).search(text, 0, end)


@functools.lru_cache(maxsize=512)
def _the_office(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])[Tt]he\s+{re.escape(words)}(?![\w-])")


# An office as news abbreviates it, spelled out as the text may have printed it first.
_SPELLED_OUT = {"PM": "Prime Minister"}
_SENTENCE_END = re.compile(r"[.!?][”\"’]?\s+")
# A full name opening a sentence as its subject: "Gordon Brown and Dr Chung discussed", "Tony Abbott has".
_NAME_OPENING = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w’'\-]+){1,3})(?=\s+(?:and|has|had|was|is|[a-z]+ed|[a-z]+s)\b)"
)


def _untitled_office(item: Attribution) -> bool:
    """Whether a speaker is an office and nothing more ("the First Minister", "the health minister")."""
    mention = item.speaker
    if mention is None or item.speaker_span is None or mention.plural:
        return False
    if item.review is not None and item.rule != "title-source":  # read already, across sentences
        return False
    if mention.unnamed or mention.refers == "organisation" or _INDEFINITE.match(mention.text):
        return False
    if mention.name is not None and mention.person:
        return False  # a name ("Hulusi Akar")
    words = re.findall(r"[\w\-]+", mention.text.lower())
    return bool(words) and words[-1] in _OFFICES


def _qualified(office: str) -> bool:
    """Whether an office is qualified by a place, a people or a body ("the Sudanese defence
    minister", "Wales' health minister"): news qualifies an office to bring in someone new, and
    refers back with the office alone ("the minister", "the First Minister", "the PM")."""
    words = office.split()
    if words and words[0].lower() in ("the", "its", "his", "her", "their"):
        words = words[1:]
    capitalised = [w for w in words if w[:1].isupper()]
    return bool(capitalised) and (len(capitalised) < len(words) or len(words) > 2)


def _named_person(item: Attribution) -> bool:
    mention = item.speaker
    return (
        mention is not None
        and mention.name is not None
        and not mention.unnamed
        and item.speaker_span is not None
        and len(mention.name.split()) >= 2
        and mention.name.split()[-1].lower() not in _OFFICES
        and person_like(mention.name)
    )


def _untitled(text: str, person: Mention, holders: set[str]) -> bool:
    """Whether the text prints a person by name alone, never under a title or a description."""
    addressed = person.role is not None and _FORM_OF_ADDRESS.fullmatch(person.role) is not None  # "Dr"
    if person.name is None or (person.role is not None and not addressed) or person.name in holders:
        return False
    title = person.name.split()[0].rstrip(".").lower()
    if is_role(title) or title in TITLE_ABBREVIATIONS:
        return False  # "Cllr Carl Marshall", "Sen. Ann Ray": a title printed as part of the name
    first = text.find(person.name)
    if first < 0:
        return False
    # "Dr Edward Omane Boamah": a form of address is no title of office; the word before it may be
    before = _FORM_OF_ADDRESS.sub("", text[max(0, first - 40) : first])
    word_before = re.search(r"([\w’'\-]+)[\s,]*$", before)
    return word_before is None or not is_role(word_before.group(1).lower())


_FORM_OF_ADDRESS = re.compile(r"(?<![\w-])(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame|Hon)\.?\s*$")


_NEIGHBOUR_REACH = 3_000  # characters: two paragraphs of news


def _near(text: str, start: int, end: int) -> bool:
    """Whether ``end`` is in the paragraph of ``start`` or the next one (and no farther than a
    couple of paragraphs of news run, so a text of one endless paragraph is not read over and over)."""
    if end - start > _NEIGHBOUR_REACH:
        return False
    first = text.find("\n\n", start, end)
    return first < 0 or text.find("\n\n", first + 2, end) < 0


_PROSE = 60  # a paragraph this long is prose, not a title, a byline or a date line


def _opening_paragraph_ends(text: str) -> list[int]:
    """Where the text's first two paragraphs of prose end, its title and headings aside (read only
    as far as they go, however long the text)."""
    ends: list[int] = []
    position, first = 0, True
    while len(ends) < 2 and position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end].strip()
        if line:
            # the title line, and any heading before the prose ("• HISTORIC PRESS RELEASE : …")
            title = (first or not ends) and not line.endswith((".", "”", '"'))
            first = False
            if not title and len(line) >= _PROSE:
                ends.append(line_end)
        position = line_end + 1
    return ends


def _paragraphs_ended(opening: list[int], at: int) -> int:
    """How many of the opening prose paragraphs end before ``at`` (0, 1 or 2: 2 means "or more")."""
    return sum(1 for end in opening if end <= at)
