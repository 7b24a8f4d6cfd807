"""Who holds a title: a speaker named only by role is the person the text prints under it.

"The Secretary-General said", "the PM said", a title ending "...: Defense minister".

News names a person once with the title in front ("Defense Minister Hulusi Akar",
"United Kingdom Prime Minister, Boris Johnson", "SECRETARY-GENERAL ANTÓNIO
GUTERRES" in a briefing's heading) and later by the title alone. When exactly one
person in the text carries a title that holds every word of the speaker's
description, the description is that person; with two ("President Biden",
"President Putin") or none, nobody is guessed. A demonym in the description must
be in the title as well: "the Russian president" is never "President Zelensky", as
every word of the description must be.

A title is also written by its initials once the text has printed it in full:
"Cabinet Secretary Ukur Yatani ... The CS urged", "chief election commissioner
KM Nurul Huda ... The CEC said".
"""

from __future__ import annotations

import re

from attrs import frozen

from claimgraph.extract.cue_forms import CUE
from claimgraph.extract.mentions import PERSON_ROLES, is_role
from claimgraph.extract.name_words import whole_word_at
from claimgraph.extract.records import Mention
from claimgraph.extract.speakers import could_be_person
from claimgraph.extract.word_regex import alternation

__all__ = ["TitleHolders"]

# The roles as a prefix tree, so the scan does not try each role in turn at every word; the
# roles (lower case, matched without regard to case) that match at one place are prefixes of
# one another, and the tree tries the longest first, as the list sorted by length did.
_ROLE = alternation(sorted({r.lower() for r in PERSON_ROLES}))
_ROLE_INITIALS = "".join(sorted({r[:1].lower() for r in PERSON_ROLES}))
# "Defense Minister Hulusi Akar", "Prime Minister, Boris Johnson", "SECRETARY-GENERAL ANTÓNIO
# GUTERRES": the title's last role word (any case), then two to four capitalised words.
# (initials too, before a name: "G. Kishan Reddy", "O.D. Mbye", "K.M. Nurul Huda")
_NAME_WORD = r"(?:[A-Z][a-z’'\-]+|[A-Z][A-Z’'\-]+|[A-ZÀ-Þ][\w’'\-]+|[A-Z]\.(?:[ \t]?[A-Z]\.)*(?=[ \t]+[A-Z]))"
_NICKNAME = r"[“\"][A-Z][\w’'-]+[”\"][ \t]+"
# A day after the name is when it spoke, not a name: "Minister Muhannad Mubaideen Tuesday said".
_NO_DAY = r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![\w’'-]))"
_TITLED = re.compile(
    # The lookahead on the roles' first letters spares the tree at most words.
    rf"(?=(?i:[{re.escape(_ROLE_INITIALS)}]))(?<![\w-])(?i:(?P<role>{_ROLE}))(?![\w-])"
    # what the office is of, capitalised, before the name: "Minister of Agriculture Zulfikar Mustapha",
    # "Minister for Industries and Production Makhdum Khusro Bakhtyar"
    # or in lower case: "minister for coal and mines G. Kishan Reddy"
    r"(?P<of>[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]+(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'\-]+)?"
    r"|[ \t]+(?:of|for)[ \t]+[a-z][a-z\-]+(?:[ \t]+(?:and[ \t]+)?[a-z][a-z\-]+){0,2})?"
    r",?[ \t]+"
    # a nickname in quotation marks may stand among the names ("Ramon “Bong” Revilla")
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:(?:de|van|von|al|el|bin|da)[ \t]+|{_NICKNAME})?{_NO_DAY}{_NAME_WORD}){{1,3}})"
    r"(?![\w’'-])"
)
_TITLE_WORDS = re.compile(r"[\w\-]+")
_NEAR = 600  # characters before a title's speaker that its own sentence may hold
# Words that make a title another office than its last word alone.
_RANKS = frozenset({"prime", "vice", "deputy", "assistant", "junior", "shadow", "former", "acting", "chief"})
#: An office set off by a comma right before a holder's rank: "Minister of Foreign Affairs, ".
_OFFICE_SET_OFF = re.compile(r"(?P<office>[A-Z][a-z]+\s+of\s+[A-Z][\w ]{2,60}?),\s+$")
_LOOK_BACK = 3  # words before the role word that belong to the title ("United Kingdom Prime")
_ARTICLES = frozenset({"the", "a", "an", "its", "their"})
_ABBREVIATIONS = {"pm": ("prime", "minister")}
# The last word of a title as one name for its office: an attorney, a solicitor and a barrister are
# each "the lawyer" a story calls them later (an "Attorney General" is none).
_SAME_OFFICE = dict.fromkeys(("attorney", "solicitor", "barrister"), "lawyer")
# The side a lawyer speaks for in a court report: "the Defence Counsel" is the one lawyer the text
# names ("Lawyer O.D. Mbye, representing …") unless that lawyer's title says they prosecute.
_DEFENCE = frozenset({"defence", "defense"})
_PROSECUTION = frozenset({"prosecuting", "prosecution", "prosecutor", "crown", "state", "public", "district"})
_ROLE_WORDS = frozenset(w for role in PERSON_ROLES for w in role.split())
_NOT_NAMES = frozenset({"for", "of", "the", "and", "to", "in", "on", "at", "by"})
# Words before a title that open no title: articles and the verbs of the clause it stands in.
_NOT_TITLE_WORDS = frozenset({"a", "an", "with", "from", "as", "but", "when", "after", "before", "while", "was", "is"})
# A title written by its initials: "CS", "CEC", "COAS" (the article before it is no part of it).
_TITLE_ACRONYM = re.compile(r"(?:(?:the|The|THE)\s+)?(?P<letters>[A-Z]{2,5})")


@frozen
class _Holder:
    name: str
    title: frozenset[str]  # the title's words, lower case
    title_text: str


def _words(text: str, *, same_office: bool = True) -> list[str]:
    words: list[str] = []
    for word in _TITLE_WORDS.findall(text.lower()):
        words += _ABBREVIATIONS.get(word, (word,))
    if words and same_office:
        words[-1] = _SAME_OFFICE.get(words[-1], words[-1])
    return words


def _name_case(name: str) -> str:
    """ "ANTÓNIO GUTERRES" → "António Guterres"; a name printed in mixed case stays as printed."""
    if not name.isupper():
        return name
    return " ".join(w.capitalize() if len(w) > 1 else w for w in name.split())


class TitleHolders:
    """The people a text names under a title, to read a speaker named only by that title."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._read: dict[_Holder, None] | None = None
        self._by_title: dict[frozenset[str], _Holder | None] = {}
        self._fits: dict[frozenset[str], list[_Holder]] = {}

    @property
    def _holders(self) -> dict[_Holder, None]:
        # Read on the first question a title could answer: most speakers asked about are no title.
        if self._read is None:
            self._read = _read_holders(self._text)
        return self._read

    def holders(self) -> list[_Holder]:
        """Everyone the text names under a title."""
        return list(self._holders)

    def holder(self, mention: Mention, at: int | None = None) -> _Holder | None:
        """The one person the text names under a title holding every word of the mention, if one;
        of several, the one whose surname the mention's own sentence prints before ``at`` ("… records
        Cowen attempting to evade …, the Minister released …" is Cowen, not the Minister for
        Transport named earlier)."""
        if mention.plural:
            return None  # "A prosecutor has urged ..." before "Crown prosecutor Jeremy McWilliams": him
        acronym = _TITLE_ACRONYM.fullmatch(mention.text)
        if acronym is not None:
            return self._abbreviated(acronym.group("letters").lower())
        words = [w for w in _words(mention.text) if w not in _ARTICLES]
        if not words or not any(w in _ROLE_WORDS for w in words) or not all(_title_word(w) for w in words):
            return None  # "Old Trafford boss", "HRW": not a title
        if not self._holders:
            return None
        wanted = frozenset(words)
        if wanted not in self._by_title:
            # Per surname, the holder mentioned last (a later mention of the same surname wins).
            # (a rank the mention leaves out is another office: "the minister" is no Prime Minister,
            # "the president" no Vice President; "a spokesman" is still the vice president's spokesman)
            fits = {
                h.name.split()[-1].lower(): h
                for h in self._holders
                if wanted <= h.title and _rank(h.title_text) in {None, *wanted}
            }
            if not fits and wanted & _DEFENCE and wanted - _DEFENCE <= {"lawyer", "counsel"}:
                # "the Defence Counsel": the one lawyer named, unless named as the prosecution's
                fits = {
                    h.name.split()[-1].lower(): h
                    for h in self._holders
                    if "lawyer" in h.title and not h.title & (_PROSECUTION | _DEFENCE)
                }
            self._by_title[wanted] = next(iter(fits.values())) if len(fits) == 1 else None
            self._fits[wanted] = list(fits.values())
        if self._by_title[wanted] is None and at is not None and len(self._fits[wanted]) > 1:
            return self._named_in_its_sentence(self._fits[wanted], at) or self._only_one_named_before(
                self._fits[wanted], at
            )
        return self._by_title[wanted]

    def _only_one_named_before(self, fits: list[_Holder], at: int) -> _Holder | None:
        """Of several holders, the only one the text has named before ``at``: "… threats by Education
        Minister Cain Mathema … / The minister has said …" is Mathema, whatever minister comes later."""
        named = [h for h in fits if next(whole_word_at(self._text, h.name.split()[-1], 0, at), None) is not None]
        return named[0] if len(named) == 1 else None

    def _named_in_its_sentence(self, fits: list[_Holder], at: int) -> _Holder | None:
        """Of several holders, the one whose surname the speaker's own sentence prints before it
        ("After the report on Cowen, the Minister released …"); None when no one's or more than
        one's is ("President Ortiz met President Lind. / The president said" is neither)."""
        near = max(0, at - _NEAR)
        floor = max(self._text.rfind("\n", near, at), self._text.rfind(". ", near, at), near)
        named = [
            h for h in fits if re.search(rf"(?<![\w’'-]){re.escape(h.name.split()[-1])}(?![\w-])", self._text[floor:at])
        ]
        return named[0] if len(named) == 1 else None

    def _abbreviated(self, letters: str) -> _Holder | None:
        """The one person whose title ends in words these letters open ("cs": Cabinet Secretary)."""
        fits = {
            h.name.split()[-1].lower(): h
            for h in self._holders
            # initials are of the words as printed: "DA" is a District Attorney
            if "".join(w[0] for w in _words(h.title_text, same_office=False) if w not in _NOT_NAMES).endswith(letters)
        }
        return next(iter(fits.values())) if len(fits) == 1 else None


def _rank(title_text: str) -> str | None:
    """The rank right before a title's last word, which makes it another office ("prime" in "Prime
    Minister", "vice" in "Vice President"); None for none."""
    words = _TITLE_WORDS.findall(title_text.lower())
    return words[-2] if len(words) >= 2 and words[-2] in _RANKS else None


def _read_holders(text: str) -> dict[_Holder, None]:
    """Everyone a text names under a title, each once, in the order of their last mention: a
    title and name printed over and over are not looked through each time."""
    holders: dict[_Holder, None] = {}
    position = 0
    while (match := _TITLED.search(text, position)) is not None:
        position = match.start("name")  # the name may hold the next title ("SPOKESPERSON FOR SECRETARY-GENERAL")
        # "Bucs coach Micho Sredojevic’s face": the holder, without the possessive
        name = _name_case(re.sub(r"[’']s$", "", re.sub(r"\s+", " ", match.group("name"))))
        if any(w.lower() in _ROLE_WORDS or w.lower() in _NOT_NAMES for w in name.split()):
            continue  # "General Qamar Javed Bajwa" is read from its own role word
        position = match.end()
        if not could_be_person(name):
            continue  # "Foreign Ministry" is no one
        line_start = text.rfind("\n", 0, match.start()) + 1
        # the title's own words only: not across a quote or a comma ("“… didn’t do,” attorney X")
        lead = re.split(r"[,;:“”\"()]", text[max(line_start, match.start() - 60) : match.start()])[-1]
        before = _TITLE_WORDS.findall(lead)
        kept: list[str] = []
        for word in reversed(before[-_LOOK_BACK:]):
            if word.lower() in _NOT_NAMES:
                break  # "SPOKESPERSON FOR SECRETARY-GENERAL": the title starts after the connector
            if word.lower() in _NOT_TITLE_WORDS or (word.islower() and CUE.fullmatch(word)):
                break  # "A garda told Judge Miriam Walsh": the clause before the title is none of it
            kept.insert(0, word)
        title_text = " ".join([*kept, match.group("role")])
        office = _OFFICE_SET_OFF.search(text, max(line_start, match.start() - 90), match.start())
        if not kept and office is not None and is_role(office.group("office")):
            # "Minister of Foreign Affairs and Foreign Trade, Senator Maxine McClean": the office set
            # off before the holder's rank is the holder's too ("The Foreign Affairs Minister")
            title_text = f"{office.group('office')} {title_text}"
        holder = _Holder(name, frozenset(_words(title_text)), title_text)
        holders.pop(holder, None)
        holders[holder] = None
    return holders


def _title_word(word: str) -> bool:
    """Whether a word may be part of a title: a word of letters ("defense", "prime", "turkish"),
    never a number or a stray mark."""
    return word.replace("-", "").isalpha()
