"""A body described ("The rating agency said") is the one organisation the text names before it.

Speakers refer back only to actors that spoke (:mod:`claimgraph.extract.speakers`). News
often names a body in its narration first ("regulators fined three subsidiaries of
Fitch Ratings") and lets it speak by description afterwards ("The rating agency
said …", "The newspaper alleged …", "the company said"). Such a description is the
one organisation named before it whose name or kind fits: a word of the description
in its name ("rating" in "Fitch Ratings", "human rights" in "Human Rights Watch"),
or a kind the description names ("The New York Times" is a newspaper, "Photo-Me
International Plc" a company, and so is a body the text calls a business beside its name:
"networking equipment giant Cisco Systems"; "the Red Cross" an organization). With two
that fit, or a speaker before it that fits (the speakers' own reading comes first),
nobody is guessed. Descriptions of the
parties of a conflict ("the ministry", "the army", "the group") are left to the
speakers' reading: a guess there could put words in the other side's mouth. An outlet
described ("the paper") is only one named in its paragraph or the one before: further
off it is as likely the one printing the article.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TypeGuard

from attrs import evolve

from claimgraph.extract.cue_forms import CUE_VERBS
from claimgraph.extract.first_names import first_name_gender
from claimgraph.extract.mentions import is_role, parse_mention
from claimgraph.extract.name_words import (
    CALENDAR_WORDS,
    CAPITALISED_NAME,
    DEMONYMS,
    NAMED_AS,
    PAST_DEED,
    kind_of,
    name_tokens,
    sentence_capital_only,
    strip_article,
    whole_word_at,
)
from claimgraph.extract.records import Attribution, Mention
from claimgraph.extract.speakers import COMPANY_SUFFIXES

__all__ = ["bodies_named_before", "kinds_read_as_descriptions"]

# The descriptions read here, each with the kinds of name it fits ("company": a company suffix).
_KINDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("newspaper", "paper", "magazine", "tabloid", "daily", "weekly", "outlet"), ("outlet",)),
    **dict.fromkeys(("broadcaster", "channel", "network", "station"), ("broadcaster",)),
    **dict.fromkeys(("agency",), ("news-agency", "un-agency")),
    # "the group": as often an armed group or a party as a charity; read only by a word of its own
    # the name holds ("the human rights group": Human Rights Watch); "the organization" and "the
    # charity" name a body of aid or rights by its kind ("the Red Cross", "Amnesty International")
    "group": (),
    **dict.fromkeys(("organisation", "organization", "charity"), ("ngo", "un-agency")),
    "union": ("union",),
    **dict.fromkeys(
        ("company", "firm", "publisher", "maker", "manufacturer", "retailer", "lender", "insurer", "carrier"),
        ("company",),
    ),
    **dict.fromkeys(("regulator", "watchdog", "body", "bank"), ()),
}
#: A body's kind a headline or a line may open with, capitalised: "Union threatens walkouts …".
_BODY_KINDS = frozenset(_KINDS) | frozenset(("government", "council", "ministry", "party", "army", "military"))
# Descriptions a body's own name answers to by a word of it ("the watchdog": an ombudsman, an
# inspectorate, a regulator; "the bank": a "Banka", a "Bancorp").
# Words of a description that say nothing of which body it is.
_PLAIN = frozenset({"the", "its", "their", "news", "based", "international", "national", "global", "local"})


def bodies_named_before(text: str, found: list[Attribution]) -> list[Attribution]:
    """Give each described body that no speaker before it fits the one organisation named before it
    that does; flagged for review."""
    if not any(_described_body(item.speaker) for item in found):
        return found
    result = list(found)
    starts = [item.start for item in found]
    bodies = _bodies(text)
    body_starts = [at for _name, at, _called in bodies]
    for i, item in enumerate(found):
        mention = item.speaker
        if not _described_body(mention) or item.speaker_span is None:
            continue
        assert mention is not None and mention.description is not None
        # what the description may mean is printed in the article it stands in, a few paragraphs
        # back at most: a long text is not read again from its start for each description
        floor = max(0, item.speaker_span.start - _REACH)
        before = found[bisect.bisect_left(starts, floor) : i]
        if any(_fits(earlier.speaker.name, mention) for earlier in before if _named(earlier.speaker)):
            continue  # a body that spoke before fits: the speakers' reading decides
        # an outlet described is the one named in its paragraph or the one before: further off, "the
        # paper" is as likely the one printing the article as one it names
        outlet = _KINDS.get(mention.description) == ("outlet",)
        nearest = _paragraph_start(text, item.speaker_span.start) if outlet else floor
        fitting = {
            name_tokens(name): name
            for name, at, called in bodies[bisect.bisect_left(body_starts, max(floor, nearest)) :]
            if at < item.speaker_span.start and _fits(name, mention, called=called)
        }
        # (only a plain description: "the human rights group" says by its own words which body it is)
        plain = strip_article(mention.text).lower() == mention.description
        subject = _subject_of_the_sentence_before(text, item.speaker_span.start) if plain else None
        if (
            subject is not None
            and subject not in fitting.values()
            and kind_of(subject) in ("other", *_KINDS.get(mention.description, ()))
        ):
            # "Restaurant Brands fell 4.8% … / The company, which operates KFC, …, reported": a
            # description opening its sentence takes up the body the sentence before opened with
            fitting = {name_tokens(subject): subject}
        # "IMT Defence … / The workers at IMT …": a name printed again shortened is the same body
        fitting = {
            tokens: name for tokens, name in fitting.items() if not any(set(tokens) < set(other) for other in fitting)
        }
        if len(fitting) > 1:
            # "the doctors' branch of the public sector union Pasydy … / state doctors' union Pasyki
            # reminded … / The union said": of two that fit, the one that spoke last
            spoke = [
                fitting[tokens]
                for earlier in before
                if _named(earlier.speaker)
                and earlier.speaker.name is not None
                and (tokens := name_tokens(earlier.speaker.name)) in fitting
            ]
            fitting = {name_tokens(spoke[-1]): spoke[-1]} if spoke else fitting
        if len(fitting) != 1:
            continue
        name = next(iter(fitting.values()))
        # "Fitch" spoke before "The rating agency" read as "Fitch Ratings": one body, as it spoke
        spoken = [
            earlier.speaker.name
            for earlier in before
            if _named(earlier.speaker)
            and earlier.speaker.name is not None
            and set(name_tokens(earlier.speaker.name)) < set(name_tokens(name))
            and _printed_alone(text, earlier.speaker.name, floor, item.speaker_span.start)
        ]
        name = spoken[-1] if spoken else name
        why = f"speaker {mention.text!r} read as {name}, the one body the text names before it that fits"
        result[i] = item.read_as(Mention(mention.text, name, role=None, organisation=None), why, 0.6)
    return result


def kinds_read_as_descriptions(text: str, found: list[Attribution]) -> list[Attribution]:
    """Read a body's kind, capitalised only because it opens a headline or a line ("Union threatens
    walkouts over Royal Mail cuts"), as the description it is ("the union"), so the body the text
    names is found for it and no body named later is taken for a body called "Union"."""
    result = list(found)
    for index, item in enumerate(found):
        mention, span = item.speaker, item.speaker_span
        if (
            mention is None
            or span is None
            or mention.name is None
            or mention.text != mention.name
            or not mention.name[:1].isupper()
            or mention.name.lower() not in _BODY_KINDS  # (a body's kind, never a document's: "Lawsuit claims …")
            or not _opens_its_line(text, span.start)
            or _inside_a_sentence(text, mention.name)
            or next(whole_word_at(text, mention.name.lower(), 0, len(text)), None) is None
        ):
            continue
        described = parse_mention(f"the {mention.name.lower()}")
        if described is None or described.refers != "organisation" or described.description != mention.name.lower():
            continue
        why = f"speaker {mention.text!r} read as a body's kind, capitalised only to open its line"
        result[index] = item.read_as(evolve(described, text=mention.text), why, 0.6)
    return result


def _opens_its_line(text: str, at: int) -> bool:
    """Whether only spaces and quotation marks stand before ``at`` on its line."""
    return not text[text.rfind("\n", 0, at) + 1 : at].strip(" \t‘“'\"")


def _inside_a_sentence(text: str, word: str) -> bool:
    """Whether a capitalised word is printed somewhere after a lower-case word or a comma, where only
    a name keeps its capital ("… the union Unite"), not only where any word takes one (found with
    :meth:`str.find`: asking about each name compiles no pattern)."""
    at = text.find(word)
    # (a word boundary after the word, as a pattern's "\b" reads one: after "Inc." a word must follow)
    closes_with_a_word_character = word[-1:].isalnum() or word.endswith("_")
    while at >= 0:
        after = at + len(word)
        next_in_a_word = after < len(text) and (text[after].isalnum() or text[after] == "_")
        ends_a_word = next_in_a_word != closes_with_a_word_character
        before = at
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if ends_a_word and before < at and before > 0 and text[before - 1] in "abcdefghijklmnopqrstuvwxyz,":
            return True
        at = text.find(word, at + 1)
    return False


def _subject_of_the_sentence_before(text: str, at: int) -> str | None:
    """The name opening the sentence before the one ``at`` opens, when it is a body's subject ("Restaurant
    Brands fell 4.8% …", "Acme reported …"), not a person's; None when ``at`` opens no sentence."""
    before = text[:at].rstrip(" \t\n“\"‘'")
    if not before or before[-1] not in ".!?":
        return None  # the description is inside its sentence, or opens the text
    ends = list(_SENTENCE_END.finditer(text, max(0, len(before) - _REACH), len(before) - 1))
    opening = ends[-1].end() if ends else max(0, len(before) - _REACH)
    match = _OPENING_BODY.match(text, opening, len(before))
    if match is None:
        return None
    name = match.group("name")
    if (
        name in _OPENERS
        or name in ("There", "Here", "It")
        or _PERSON_TITLE.match(name)
        # (a known first name opens a person's name: "Ann Ray said"; "Restaurant Brands" opens none)
        or first_name_gender(name) is not None
        or sentence_capital_only(text, name)  # "Residents said", "Reports say"
    ):
        return None
    return name


#: A sentence's end: its stop and the space after it, or a line's end ("$8.14" is no sentence's).
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+|\n")
#: A sentence opening with a capitalised name and its verb: "Restaurant Brands fell", "Acme reported",
#: "Save the Children warned" (a name's small words between its capitalised ones).
_OPENING_BODY = re.compile(
    r"\s*(?P<name>[A-Z][\w&.\-]*(?:\s+(?:(?:of|the|for|and)\s+)?[A-Z][\w&.\-]*){0,3})\s+"
    rf"(?:was|is|has|had|{PAST_DEED})\b"
)
_PERSON_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\b")


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph before the one holding ``at`` starts (lines are paragraphs in most
    copy; a blank line or a line end closes one)."""
    this = text.rfind("\n", 0, at)
    while this > 0 and text[this - 1] == "\n":
        this -= 1  # the blank lines between paragraphs
    before = text.rfind("\n", 0, max(0, this))
    return before + 1 if before >= 0 else 0


_NEXT_CAPITAL = re.compile(r"[ \t]+[A-Z]")


def _printed_alone(text: str, name: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` prints a name on its own, not only as the start of a longer one
    ("Fitch said" as well as "Fitch Ratings"; never "New" of "The New York Times")."""
    return any(_NEXT_CAPITAL.match(text, at + len(name)) is None for at in whole_word_at(text, name, start, end))


_REACH = 10_000  # characters before a description where what it means is looked for


def _described_body(mention: Mention | None) -> bool:
    """Whether a speaker is a definite description of a body this module reads ("The newspaper")."""
    return (
        mention is not None
        and mention.name is None
        and mention.refers == "organisation"
        and mention.description in _KINDS
        and not mention.plural
        and mention.text.lower().startswith("the ")
    )


def _named(mention: Mention | None) -> TypeGuard[Mention]:
    """Whether a speaker is a body by name ("Fitch", "the Daily Mail"), not a person or a description."""
    return mention is not None and mention.name is not None and not mention.unnamed and not mention.person


# A business named by what it does, right before its name or set off right after it: "networking
# equipment giant Cisco Systems", "developers RES", "King Soopers, the largest grocer".
_TRADES = (
    r"(?:company|companies|firm|giant|maker|makers|developer|developers|producer|manufacturer|retailer|grocer|"
    r"chain|operator|supplier|provider|steelmaker|carmaker|automaker|conglomerate|lender|insurer|airline|shipowner)"
)
_TRADE_BEFORE = re.compile(
    rf"(?<![\w-]){_TRADES}\s+$"
    # "an Italian firm, CMC de Ravenna": the kind set off before the name
    rf"|(?<![\w-])(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,2}}?{_TRADES},\s+$"
    # "workers at IMT Defence", "employees of Acme": whom they work for
    r"|(?<![\w-])(?:workers|employees|staff|staffers|workforce)\s+(?:at|of)\s+$"
)
# (not a speaker after a statement's last name: "… in the Kuala Lumpur High Court, the company said")
_TRADE_AFTER = re.compile(
    rf",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?{_TRADES}(?![\w’'-])(?!\s+(?:[a-z]+ly\s+)?{CUE_VERBS}(?![\w-]))"
)


_UNION_BEFORE = re.compile(r"(?<![\w-])union\s+$")


# An outlet named by what it prints: "the Shukan Bunshun article", "People magazine", "the weekly Der Spiegel".
_PRINTS_AFTER = re.compile(r"\s+(?:article|story|magazine|newspaper|tabloid|weekly|editorial|expos[eé])(?![\w-])")
_PRINTS_BEFORE = re.compile(r"(?<![\w-])(?:magazine|newspaper|tabloid|weekly|daily)\s+$")


@functools.lru_cache(maxsize=8)
def _bodies(text: str) -> tuple[tuple[str, int, str | None], ...]:
    """The names a text prints in capitals, each with where and what the text calls it beside it
    ("company", "union", "outlet" or None): which of them is a body, and of which kind, is for the
    description to say (:func:`_fits`)."""
    bodies = []
    for match in CAPITALISED_NAME.finditer(text):
        called: str | None = None
        if _TRADE_BEFORE.search(text, max(0, match.start() - 30), match.start()) or _TRADE_AFTER.match(
            text, match.end()
        ):
            called = "company"
        elif _UNION_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            called = "union"  # "state doctors’ union Pasyki", "the teachers' union Unite"
        elif _PRINTS_AFTER.match(text, match.end()) or _PRINTS_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            called = "outlet"
        words = match.group(0).removeprefix("The ").split()
        # "US-based Human Rights Watch", "Egyptian Ministry of Interior": where it is, not its name
        while len(words) > 1 and (words[0].lower().endswith("-based") or words[0].lower() in DEMONYMS):
            words = words[1:]
        # "Chairman of the Privredna Banka Zagreb": an office of the body, not its name
        if len(words) > 2 and words[1] == "of" and is_role(words[0].lower()):
            words = words[3:] if words[2] == "the" else words[2:]
        # "against The Leslie Fay Cos. Wednesday morning": the day is when, not part of the name
        while len(words) > 1 and words[-1].lower() in _TIME_WORDS:
            words = words[:-1]
        if len(words) == 1 and words[0].lower() in _TIME_WORDS:
            continue  # "on Monday, the company, said": a day, never the company set off after it
        if _ENDS_A_SENTENCE.fullmatch(words[-1]) and words[-1][:-1].lower() not in COMPANY_SUFFIXES:
            words[-1] = words[-1][:-1]  # "… an Italian firm, CMC de Ravenna.": the sentence's stop, not "Inc."
        if (
            len(words) == 1
            and called is None
            and _opens_its_line(text, match.start())
            and not _inside_a_sentence(text, words[0])
        ):
            continue  # "‘Massive irregularities’": a heading's first word, capitalised as any line's is
        if len(words) == 1 and words[0] in _OPENERS:
            continue  # "“These allegations are …”": a word opening a sentence or a quote, alone, names nothing
        if words[0] in _OPENERS or words[-1] in _OPENERS:
            called = None  # "The story said", "in Afghanistan. The newspaper": an opening word, no name
        bodies.append((" ".join(words), match.start(), called))
    return tuple(bodies)


# A word the sentence's full stop follows, no abbreviation ("Ravenna.", not "Mo." or "U.S.").
_ENDS_A_SENTENCE = re.compile(r"[A-Z][a-z]{3,}\.")

_OPENERS = frozenset(
    {"The", "A", "An", "This", "That", "These", "Its", "Their", "His", "Her", "Our"}
    | {"However", "Meanwhile", "Instead", "Earlier", "Later", "Still", "Also", "Yesterday", "Today"}
)
_TIME_WORDS = CALENDAR_WORDS - {"may"}  # "Theresa May" ends in no month


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


# A group of people acting together, which "Group" ends as often as it ends a company's name:
# "Den Brook Judicial Review Group", "Scenic Rim Residents Action Group".
_CAMPAIGN = re.compile(
    r"\b(?:Review|Action|Residents|Campaign|Working|Pressure|Support|Community|Advocacy|Interest|Parents|Protest|"
    r"Lobby|Rights|Study|Research|Contact|Crisis|Friends|Victims|Families|Reference|Steering)\s+Group\b"
)


# Where a body is based, set before its description: "North Carolina-based", "Paris-based".
_BASED_IN = re.compile(r"(?:[A-Z][\w’'.]*[ \t]+){0,2}[A-Z][\w’'.]*-based(?![\w-])")


def _fits(name: str | None, mention: Mention, *, called: str | None = None) -> bool:
    """Whether a body's name fits a description: its kind is one the description names, or a word
    the description qualifies it by is in the name. ``called``: the kind the text gives the body
    beside its name ("company" for "giant Cisco Systems", "outlet" for "the Shukan Bunshun
    article"), which a body of no known kind is."""
    if name is None or mention.description is None:
        return False
    words = {_stem(w) for w in name_tokens(name)}
    kinds = _KINDS.get(mention.description, ())
    kind = kind_of(name)
    if kind == "other" and called is not None:
        kind = called
    elif kind == "other" and name.split()[-1].rstrip(".").lower() in COMPANY_SUFFIXES and not _CAMPAIGN.search(name):
        kind = "company"
    if words & NAMED_AS.get(mention.description, frozenset()):
        return True  # "the watchdog": the "Scottish Public Services Ombudsman", a regulator by its name
    # (where a body is based says nothing of which it is: "the North Carolina-based truck maker")
    described = _BASED_IN.sub("", mention.text)
    qualifiers = {_stem(w) for w in name_tokens(described) if w not in _PLAIN and w != mention.description}
    if qualifiers:
        # "the rating agency": Fitch Ratings, of no kind the rules know; never "News Corp", a company;
        # "the human rights group": Human Rights Watch, all its words in the name
        return bool(qualifiers & words) and (kind in kinds or (qualifiers <= words and (kind == "other" or not kinds)))
    return kind in kinds or _stem(mention.description) in words
