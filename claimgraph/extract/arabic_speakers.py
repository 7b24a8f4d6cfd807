"""Arabic speakers: reading a speaker as printed, merging mentions into actors, and their ids.

Arabic prints no capitals, so a name is told from a role by the words around
it: a role noun ("المتحدث", "وزير", "رئيس") opens a role that runs over its
definite complements ("باسم وزارة الصحة", "اتحاد كرة السلة التركي"), and the
words after it are the name ("وزير الصحة اللبناني فراس الأبيض"); titles
("الدكتور", "السفير", "العميد") are dropped from names. A definite role with no
name ("المتحدث", "رئيس الوزراء") refers back to the person who holds it; an
indefinite one ("متحدث باسم جيش ...", "طبيب") is an unnamed source carrying its
description.

Source ids are lower-case ASCII: :func:`arabic_slug` transliterates with one
fixed letter table (documented below), so the same name always gets the same id.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from attrs import define, evolve, field

from claimgraph.extract.arabic_names import is_given_name
from claimgraph.extract.arabic_text import base, fold, in_lexicon, in_lexicon_or_accusative
from claimgraph.extract.arabic_words import (
    BODY_DESCRIPTORS,
    ONE_WORD_BODIES,
    ORGANISATION_NOUNS,
    ROLE_NOUNS,
    TITLES,
    UNNAMED_HEADS,
)
from claimgraph.extract.misspellings import PEOPLE_COMPARED, misspelt_one
from claimgraph.extract.records import Mention
from claimgraph.extract.source_ids import ActorRecord, draft_sources
from claimgraph.model import Source

__all__ = [
    "NAME_JOINING",
    "ArabicSpeakers",
    "arabic_slug",
    "describes_body",
    "is_body_description",
    "noun_phrase_length",
    "parse_arabic_mention",
    "plain_names",
    "statement_issuer",
]

_ROLE_BASES = frozenset(base(w) for w in ROLE_NOUNS)
_ORG_BASES = frozenset(base(w) for w in ORGANISATION_NOUNS)
_TITLE_FOLDS = frozenset(fold(w) for w in TITLES)
_UNNAMED_BASES = frozenset(base(w) for w in UNNAMED_HEADS)
_DESCRIPTOR_BASES = frozenset(base(w) for w in BODY_DESCRIPTORS)
_STATEMENT = base("بيان")
#: "بيان", and the Maghreb's "بلاغ" (a communiqué): a body's statement, which speaks for it.
_STATEMENTS = frozenset({_STATEMENT, base("بلاغ")})
_NAMED_FOR = fold("باسم")
_CONNECTORS = frozenset(fold(w) for w in ("باسم", "في", "لدى", "عن", "من", "و"))
_QUOTES = "\"“”«»'"
_STAFF = [fold("أركان"), fold("حرب")]
_PLACE_NOUNS = frozenset(fold(w) for w in ("إقليم", "ولاية", "محافظة", "مدينة", "منطقة", "بلدة", "قرية"))
_MAX_WORDS = 14

#: Organisations known by one word; a one-word name not listed here is read as a person's.
_ONE_WORD_ORGANISATIONS = frozenset(fold(w) for w in ONE_WORD_BODIES)


def _clean(word: str) -> str:
    return word.strip(_QUOTES + "()[]،,:.")


def _definite(word: str) -> bool:
    folded = fold(_clean(word))
    return folded.startswith(("ال", "وال", "بال", "لل"))


def _nisba(word: str) -> bool:
    """A definite adjective of origin or affiliation ("السعودي", "الأردنية", "الإماراتيين")."""
    folded = fold(_clean(word))
    return folded.startswith("ال") and folded.endswith(("ي", "يه", "يين", "يون")) and len(folded) > 4


def _unprefixed(word: str) -> str:
    """A word without a leading preposition ل / ب, or the conjunction و / ف before the article, as
    printed ("للناطق" → "الناطق", "لوكالة" → "وكالة", "والشركة تؤكد" → "الشركة")."""
    if word.startswith("لل") and len(word) > 4:
        return "ال" + word[2:]
    if (
        (word[:1] in "لب" or (word[:1] in "وف" and word[1:3] == "ال"))  # (not "والي", "والدته": the word's own و)
        and len(word) > 3
        and any(in_lexicon(word[1:], bases) for bases in (_ROLE_BASES, _ORG_BASES, _UNNAMED_BASES, _STATEMENTS))
    ):
        return word[1:]
    return word


#: Nouns of bodies an office serves that name no organisation of their own kind: "بورصة تونس".
_BODY_NOUNS = frozenset(base(w) for w in ("بورصة", "سوق", "هيئة", "شركة", "مؤسسة", "بنك", "مصرف", "جامعة"))


def _role_length(words: list[str]) -> int:
    """How many words from the start make a role ("المتحدث الرسمي باسم وزارة الخارجية")."""
    index = 1
    while index < len(words):
        word = _clean(words[index])
        previous = fold(_clean(words[index - 1]))
        if fold(word) == _NAMED_FOR and _names_body(words[1:index]):
            # "عضو المكتب السياسي لحماس باسم نعيم": after the body, باسم is a first name.
            break
        if (
            index >= 2
            and _definite(word)
            and is_given_name(word)
            and index + 1 < len(words)
            and not _definite(words[index + 1])
            and not in_lexicon(_clean(words[index + 1]), _ROLE_BASES)
            and not in_lexicon(_clean(words[index + 1]), _ORG_BASES)
            and fold(_clean(words[index + 1])) not in _CONNECTORS
        ):
            # "وزير العدل الطيب لوح": a given name written with the article, then a family name,
            # opens the holder's name (the role had run on over it)
            break
        if (
            _definite(word)
            or fold(word) in _CONNECTORS
            or in_lexicon(word, _ORG_BASES)
            or in_lexicon(word, _ROLE_BASES)
            or previous in _CONNECTORS
            or (in_lexicon(_clean(words[index - 1]), _ORG_BASES) and not _definite(words[index - 1]))
            # "غرفة تجارة عمّان": a body's noun, an indefinite noun in construct, then the chain's last word
            or (
                index >= 2
                and in_lexicon(_clean(words[index - 2]), _ORG_BASES)
                and not _definite(words[index - 2])
                and not _definite(words[index - 1])
                and not in_lexicon(_clean(words[index - 1]), _ORG_BASES)
                and fold(_clean(words[index - 1])) not in _ONE_WORD_ORGANISATIONS  # "حركة حماس سامي أبو زهري"
            )
            # "باسم “حماس”": a quoted body; after a title a quoted word is the name ("الأمير “عبد العزيز …”")
            or (words[index][:1] in _QUOTES and previous not in _TITLE_FOLDS)
            # "في إقليم كردستان": a place's noun, then the place's bare name
            or (index >= 2 and previous in _PLACE_NOUNS)
            # "محافظ عجلون عادل الروسان": a place's bare name right after the role, before a given name
            or (
                index == 1
                and not _definite(words[0])  # a role in construct ("محافظ"), not "القيادي صديق إسماعيل"
                and not is_given_name(word)
                and index + 1 < len(words)
                and is_given_name(_clean(words[index + 1]))
                and _clean(words[index + 1]) != "على"  # the preposition, which folds as the name "علي"
                and not _definite(words[index + 1])
            )
            # "رئيسة بعثة اللجنة الدولية": a role in construct, a bare noun, then the chain's definite end
            or (
                in_lexicon(_clean(words[index - 1]), _ROLE_BASES)
                and not _definite(words[index - 1])
                and index + 1 < len(words)
                and _definite(words[index + 1])
            )
            or (_complement(word) and _definite(words[index - 1]))
            # "مدرب الوداد البيضاوي لكرة القدم": a ل-complement in construct with a definite noun
            # after a definite word is what the role is of; a given name ("لطفي الخطيب") is a name
            or (
                _definite(words[index - 1])
                and index + 1 < len(words)
                and _definite(words[index + 1])
                and fold(word).startswith("ل")
                and not fold(word).startswith("لل")
                and not is_given_name(word)
            )
            # "المدير العام لبورصة تونس": a body's noun with ل in construct with its bare name, after
            # a definite word, when no given name follows to open the holder's name
            or (
                _definite(words[index - 1])
                and in_lexicon(_clean(word)[1:], _ORG_BASES | _BODY_NOUNS)
                and fold(word).startswith("ل")
                and not fold(word).startswith("لل")
                and (index + 1 == len(words) or not is_given_name(_clean(words[index + 1])))
            )
            or (  # … and that bare name ("تونس")
                index >= 2
                and _definite(words[index - 2])
                and fold(_clean(words[index - 1])).startswith("ل")
                and in_lexicon(_clean(words[index - 1])[1:], _ORG_BASES | _BODY_NOUNS)
                and not is_given_name(word)
            )
            or (_possessive_complement(word) and _definite(words[index - 1]))
        ):
            index += 1
            continue
        break
    return index


def _complement(word: str) -> bool:
    """A body joined by the preposition ل ("لحماس", "لحركة"): the role's complement, not a name."""
    folded = fold(word)
    if not folded.startswith("ل") or folded.startswith("لل") or len(folded) < 4:
        return False
    return in_lexicon(folded[1:], _ORG_BASES) or folded[1:] in _ONE_WORD_ORGANISATIONS


def _possessive_complement(word: str) -> bool:
    """A ل-complement with an attached pronoun ("لمنتخباتنا", "لشؤونها"): what a role is
    in charge of, never a name ("لطفي" carries no pronoun)."""
    folded = fold(word)
    if not folded.startswith("ل") or folded.startswith("لل"):
        return False
    return len(folded) >= 6 and folded.endswith(("نا", "ها", "هم"))


def _names_body(words: list[str]) -> bool:
    """Whether a role's words after its head already name a body ("المكتب", "لحماس")."""
    return any(in_lexicon(_clean(w), _ORG_BASES) or _complement(_clean(w)) for w in words)


def noun_phrase_length(words: list[str]) -> int:
    """How many of ``words`` make a role or body's noun phrase ("الجيش الإسرائيلي مسؤوليته" → 2); 0 for none."""
    if not words:
        return 0
    first = _clean(_unprefixed(words[0]))
    if not (in_lexicon(first, _ROLE_BASES) or in_lexicon(first, _ORG_BASES)):
        return 0
    return _role_length(words)


def _organisation_of(role_words: list[str]) -> str | None:
    """The organisation a role names: after باسم, a ب/ل-prefixed body, or the body in its idafa."""
    words = [_clean(w) for w in role_words]
    for index, word in enumerate(words):
        if fold(word) == fold("باسم") and index + 1 < len(words):
            return " ".join(words[index + 1 :])
    for index, word in enumerate(words[1:], start=1):
        bare = _unprefixed(word)
        if bare != word and in_lexicon(bare, _ORG_BASES):
            return " ".join([bare, *words[index + 1 :]])
        if in_lexicon(word, _ORG_BASES):
            if _definite(word) and index + 1 < len(words) and fold(words[index + 1]) == fold("في"):
                return word  # "مديرة المنظمة في الشرق الأوسط": the organisation met before, its region the role's
            return " ".join(words[index:])
    if base(words[0]) == base("وزير") and len(words) > 1 and _definite(words[1]):
        # "وزير الصحة اللبناني" belongs to the ministry of health.
        return " ".join(["وزارة", *words[1:]])
    return None


#: The speaker's own talk, a verb's object after its subject ("وختم الوزير كلمته", "وتابع حديثه").
_OWN_TALK = frozenset(
    fold(noun + pronoun)
    for noun in ("تصريحات", "تصريح", "حديث", "كلام", "كلمت", "كلمة", "خطاب", "مداخلت", "رد")
    for pronoun in ("ه", "ها", "هم", "هما")
)


#: "The same" marking a description as one met before: "المتحدث نفسه", "المصدر ذاته", "نفس المسؤول",
#: "ذات المصدر". The words name whoever was just quoted under that description.
_SAME_AFTER = frozenset(fold(word) for word in ("نفسه", "ذاته", "نفسها", "ذاتها"))
_SAME_BEFORE = frozenset(fold(word) for word in ("نفس", "ذات"))


def _same_as_before(words: list[str]) -> str | None:
    """The description in "المتحدث نفسه" or "نفس المسؤول" (one or two definite words), else None."""
    folded = [fold(_clean(word)) for word in words]
    if 2 <= len(words) <= 3 and folded[-1] in _SAME_AFTER:
        core = words[:-1]
    elif 2 <= len(words) <= 3 and folded[0] in _SAME_BEFORE:
        core = words[1:]
    else:
        return None
    return _name(core) if _definite(core[0]) else None


# Forms of address with an attached pronoun ("His Excellency", "Her Highness"): a pronoun for the
# person they address, of the pronoun's gender.
_HONORIFIC_PRONOUNS = {
    fold(word + pronoun): gender
    for word in ("معالي", "سعادت", "سمو", "فخامت", "سيادت", "دولت")
    for pronoun, gender in (("ه", "male"), ("ها", "female"))
}


_OWNER = fold("صاحب")
_HONOURS = frozenset(fold(w) for w in ("السمو", "الجلالة", "المعالي", "الفخامة", "السعادة", "الدولة"))
_ROYAL = fold("الملكي")


@lru_cache(maxsize=1 << 12)
def parse_arabic_mention(text: str, appositive: str | None = None, *, noun_phrase: bool = False) -> Mention | None:
    """Read an Arabic speaker as printed.

    Args:
        text: the words naming the speaker ("المتحدث باسم وزارة الصحة أشرف القدرة",
            "أردوغان", "مصادر في جيش الاحتلال", "البيان").
        appositive: a role set off by commas after the name ("محافظ البنك المركزي").
        noun_phrase: stop at the first word that cannot continue the noun phrase
            (a headline's "الجيش السوداني يرفض ...").

    Returns:
        The mention, or None when the words do not look like a speaker.
    """
    words = [w for w in text.split() if _clean(w)]
    if len(words) > 1 and fold(_clean(words[-1])) in _OWN_TALK:
        words.pop()  # "واختتم مدرب الأهلي تصريحاته قائلا": his own words, the verb's object, not his name
    if words:
        words[0] = _unprefixed(words[0])
    if not words or len(words) > _MAX_WORDS:
        return None
    printed = " ".join(words)
    first = _clean(words[0])
    if len(words) == 1 and fold(first) in _HONORIFIC_PRONOUNS:
        # "وأكد معاليه أن …": "His Excellency", the one who spoke before, as a pronoun is
        return Mention(printed, None, refers="person", person=True, gender=_HONORIFIC_PRONOUNS[fold(first)])
    if len(words) > 2 and fold(_clean(words[0])) == _OWNER and fold(_clean(words[1])) in _HONOURS:
        # "صاحب السمو الشيخ تميم …", "صاحب الجلالة الملك …": "His Highness", no part of the name
        rest = words[3:] if fold(_clean(words[2])) == _ROYAL and len(words) > 3 else words[2:]
        addressed = parse_arabic_mention(" ".join(rest), appositive, noun_phrase=noun_phrase)
        return None if addressed is None else evolve(addressed, text=printed)
    if (same := _same_as_before(words)) is not None:
        # "وأضاف المتحدث نفسه أن ...": the one just quoted as "the spokesman", not a new speaker
        person = in_lexicon(_clean(same.split()[0]), _ROLE_BASES)
        return Mention(printed, None, refers="any", person=person, description=same)
    if base(first) in _STATEMENTS:
        return _statement(words, printed)
    if len(words) == 1 and fold(first) in _TITLE_FOLDS:
        # "المهندس", "العميد" alone: the person met before with that title, no name.
        return Mention(printed, None, refers="person", role=first, person=True, description=first)
    titles = []
    while words and fold(_clean(words[0])) in _TITLE_FOLDS and len(words) > 1:
        titles.append(words.pop(0))
        first = _clean(words[0])
        if len(words) > 2 and [fold(_clean(w)) for w in words[:2]] == _STAFF:
            # "العقيد أركان حرب أحمد محمد علي": "of the general staff" belongs to the rank.
            titles += [words.pop(0), words.pop(0)]
            first = _clean(words[0])
    if titles:
        # "الأمير السعودي", "الشيخ الإماراتي محمد": an adjective of origin belongs to the title.
        while words and _nisba(words[0]):
            titles.append(words.pop(0))
        if not words:
            title = _name(titles)
            return Mention(printed, None, refers="person", role=title, person=True, description=title)
        first = _clean(words[0])
    # "النائب عن كتلة الصادقون", "المستشار الإعلامي لرئاسة مجلس النواب": a title whose body follows
    # it, joined by a preposition, is a role; the words after it are the body, never a name
    joined = bool(titles) and (fold(first) in _CONNECTORS - {fold("و")} or _complement(first))
    if joined:
        words = [*titles, *words]
        first = _clean(words[0])
    if joined or in_lexicon(first, _ROLE_BASES):
        length = _role_length(words)
        if noun_phrase:
            words = words[:length]
        role_words, rest = words[:length], words[length:]
        if len(rest) == 1 and not noun_phrase:
            role_words, rest = words, []
        if rest and fold(_clean(rest[0])).startswith("و") and not is_given_name(_clean(rest[0])):
            # "وزير التجارة وترقية الصادرات الطيب زيتوني", "محامي أحد المتهمين في قضية الفتنة
            # واستهداف أمن الأردن": "and" goes on with the role's complement, up to a title or a
            # given name opening the holder's name ("Walid" opens one itself)
            opens = next(
                (
                    j
                    for j, word in enumerate(rest[1:], start=1)
                    if fold(_clean(word)) in _TITLE_FOLDS or is_given_name(_clean(word))
                ),
                len(rest),
            )
            role_words, rest = words[: length + opens], rest[opens:]
            while rest and fold(_clean(rest[0])) in _TITLE_FOLDS:
                rest = rest[1:]
        role = " ".join(_clean(w) for w in role_words if _clean(w))
        # "الناطق باسم الشرطة اللواء د.هاشم علي": the rank before the name is the person's, not the body's
        body_words = list(role_words)
        while rest and len(body_words) > 1 and fold(_clean(body_words[-1])) in _TITLE_FOLDS:
            body_words.pop()
        organisation = _organisation_of(body_words)
        if rest:
            return Mention(printed, _name(rest), role=role, organisation=organisation, person=True)
        definite = _definite(role_words[0]) or (
            len(role_words) > 1 and _definite(role_words[1]) and fold(_clean(role_words[1])) not in _CONNECTORS
        )
        if definite:
            return Mention(
                printed, None, refers="person", role=role, organisation=organisation, person=True, description=role
            )
        return Mention(printed, role, role=role, organisation=organisation, person=True, unnamed=True)
    # "إن مصدرا مسؤولا": after "إن" an indefinite source is printed in the accusative, with an alif
    if in_lexicon_or_accusative(first, _UNNAMED_BASES):
        organisation = None
        for index, word in enumerate(words[1:], start=1):
            if (
                fold(word) in (fold("في"), fold("من"))
                and index + 1 < len(words)
                and in_lexicon(_clean(words[index + 1]), _ORG_BASES)
            ):
                organisation = " ".join(_clean(w) for w in words[index + 1 :])
                break
        return Mention(printed, _name(words), organisation=organisation, unnamed=True)
    if in_lexicon(first, _ORG_BASES):
        if noun_phrase:
            words = words[: _role_length(words)]
        if len(words) == 1 and _definite(words[0]):
            # "الجيش", "الحركة": the organisation met before.
            return Mention(printed, None, refers="organisation", description=_name(words))
        for index in range(2, len(words)):
            if (
                fold(_clean(words[index])).startswith(("ال", "وال"))
                and in_lexicon(_clean(words[index]), _ORG_BASES | _ROLE_BASES)
                # (never after a word that needs what follows: "مكتب المتحدث باسم الجيش")
                and fold(_clean(words[index - 1])) not in _CONNECTORS
            ):
                # "كتائب القسام الجناح العسكري لحركة حماس": the name, then what it is part of (a
                # body joined by لـ is the name's own: "اللجنة الدولية للصليب الأحمر")
                return Mention(printed, _name(words[:index]), organisation=_organisation_of(words[index:]))
        if _definite(words[0]):
            words = words[: _definite_body_length(words)]
            if len(words) == 1:
                return Mention(printed, None, refers="organisation", description=_name(words))
        return Mention(printed, _name(words))
    if noun_phrase:
        return None
    for index in range(1, len(words)):
        word = _clean(words[index])
        if _definite(word) and in_lexicon(word, _ROLE_BASES):
            role_words = words[index:]
            return Mention(
                printed,
                _name(words[:index]),
                role=" ".join(_clean(w) for w in role_words),
                organisation=_organisation_of(role_words),
                person=True,
            )
    construct = _construct_role_at(words)
    if construct is not None:
        # "البرتغالي فيتور بيريرا مدرب الشباب": a name, then its role in construct.
        named = words[:construct]
        while len(named) > 2 and _nisba(named[0]):
            named = named[1:]  # "البرتغالي": an adjective of origin before the name
        role_words = words[construct:]
        return Mention(
            printed,
            _name(named),
            role=" ".join(_clean(w) for w in role_words),
            organisation=_organisation_of(role_words),
            person=True,
        )
    if len([w for w in words if fold(_clean(w)) not in NAME_JOINING]) > 5:
        return None  # (a long name joins its parts: "محمد بن عبد الرحمن آل ثاني" is three of them)
    name = _name(words)
    if appositive is not None:
        role_words = appositive.split()
        return Mention(printed, name, role=appositive.strip(), organisation=_organisation_of(role_words), person=True)
    person = bool(titles) or fold(name) not in _ONE_WORD_ORGANISATIONS
    if any(_nisba(title) for title in titles):
        # "الأمير القطري فهد بن علي": the title is a role a later "الأمير القطري" refers back to.
        return Mention(printed, name, role=_name(titles), person=True)
    return Mention(printed, name, person=person)


#: Words that join the parts of a long name: "بن", "عبد", "آل", "أبو".
NAME_JOINING = frozenset(fold(w) for w in ("بن", "ابن", "بنت", "عبد", "آل", "أبو", "ابو"))

#: Role nouns that are also common first names ("أمين", "أمير"): never read as a role after a name.
_NAME_LIKE_ROLES = frozenset(
    base(w) for w in ("أمين", "أمينة", "أمير", "أميرة", "ملك", "ملكة", "إمام", "شاهد", "شاهدة", "مواطن", "مساعد")
)


def _definite_body_length(words: list[str]) -> int:
    """How many words name a body opening with a definite noun: up to a bare noun after a definite
    word, which a chain of nouns cannot go on with, so the verb's object opens there ("المكتب
    التنفيذي للحزب الحاكم أحزاب منسقية المعارضة": the party's executive office, then the
    opposition parties it addresses); a complement joined by ل or a connector goes on. A word
    carrying a possessive pronoun is the object already ("تعلق المنظمة أنشطتها": its activities)."""
    for index in range(1, len(words)):
        if _owned(words[index]):
            return index
    for index in range(2, len(words)):
        word = fold(_clean(words[index]))
        if (
            _definite(words[index - 1])
            and not _definite(words[index])
            and not word.startswith("ل")
            and word not in _CONNECTORS
            and not is_given_name(_clean(words[index]))
        ):
            return index
    return len(words)


def _owned(word: str) -> bool:
    """Whether a bare word carries a possessive pronoun of "our", "her" or "their" ("منتخبنا",
    "أنشطتها"); a word ending in ه may be a ta marbuta folded, so "his" is not read."""
    folded = fold(_clean(word))
    return not _definite(word) and len(folded) >= 5 and folded.endswith(("نا", "ها", "هم", "هما"))


def _construct_role_at(words: list[str]) -> int | None:
    """Where an indefinite role noun in construct with a definite word (or a body's noun and a
    definite word) follows a name of at least two words ("فيتور بيريرا مدرب الشباب" → 2,
    "نايف هزازي مهاجم فريق الشباب" → 2), or None."""
    for index in range(2, len(words) - 1):
        word = _clean(words[index])
        if (
            not _definite(word)
            and in_lexicon(word, _ROLE_BASES)
            and base(word) not in _NAME_LIKE_ROLES
            # "مدرب الشباب", "مدرب منتخبنا الوطني": a word with a possessive pronoun is definite too;
            # so is a body's noun in construct with a definite one ("مدرب فريق الشباب")
            and (
                _definite(words[index + 1])
                or _owned(words[index + 1])
                or (
                    index + 2 < len(words)
                    and in_lexicon(_clean(words[index + 1]), _ORG_BASES)
                    and _definite(words[index + 2])
                )
            )
            and not any(in_lexicon(_clean(w), _ROLE_BASES | _ORG_BASES | _UNNAMED_BASES) for w in words[:index])
        ):
            return index
    return None


def _name(words: list[str]) -> str:
    """The words of a name as printed, without a doctor's "د." written on its first word ("د.هاشم")."""
    name = " ".join(c for c in (_clean(w) for w in words) if c)
    return name[2:].lstrip() if name.startswith("د.") and len(name) > 3 else name


def _statement(words: list[str], printed: str) -> Mention | None:
    """ "البيان" is its author's statement; "بيان صادر عن X" is X's."""
    folded = [fold(_clean(w)) for w in words]
    if fold("عن") in folded:
        after = words[folded.index(fold("عن")) + 1 :]
        return parse_arabic_mention(" ".join(after)) if after else None
    if len(words) == 1 and _definite(words[0]):
        return Mention(printed, None, refers="any", description="بيان")
    if len(words) > 1 and fold(words[1]).startswith("ل") and fold(words[1]) not in ("له", "لها", "لهم"):
        # "بيان للشرطة", "بيان لوزارة الصحة": the body whose statement it is.
        owner = "ال" + words[1][2:] if fold(words[1]).startswith("لل") else words[1][1:]
        return parse_arabic_mention(" ".join([owner, *words[2:]]))
    return Mention(printed, _name(words), unnamed=True)


def statement_issuer(mention: Mention) -> Mention | None:
    """Who issued a statement named by the noun it is in construct with ("بيان شرطة المروج",
    "بلاغ الوكيل العام للملك"), or None (not a statement so named; "بيان مشترك", "بيان صحفي" say
    what kind). The statement is read as unnamed when parsed, for the caller to decide whether
    its issuer speaks: it does where the statement does, not where someone else reports it."""
    words = mention.text.split()
    if (
        not mention.unnamed
        or len(words) < 2
        or base(_clean(words[0])) not in _STATEMENTS
        or _definite(words[0])
        # the issuer's noun: definite ("الوكيل العام") or a body's ("شرطة المروج"), never an
        # adjective of what kind ("مشترك", "صحفي")
        or not (_definite(words[1]) or in_lexicon(_clean(words[1]), _ORG_BASES))
    ):
        return None
    owner = parse_arabic_mention(" ".join(words[1:]))
    if owner is None or owner.unnamed or not (owner.name or owner.organisation or owner.description):
        return None
    return owner


# -- ids ----------------------------------------------------------------------------------

#: The letter table of :func:`arabic_slug`: one ASCII spelling per Arabic letter
#: (hamza and ayn are dropped, ة is "a", the article "ال" is "al").
_LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "u", "ئ": "i", "ب": "b", "ت": "t",
    "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s",
    "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ى": "a", "ة": "a",
    "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ڤ": "v", "ی": "y", "ک": "k",
}  # fmt: skip
_DIGITS = {chr(0x0660 + d): str(d) for d in range(10)} | {chr(0x06F0 + d): str(d) for d in range(10)}
_SLUG_WORDS = 5


def arabic_slug(name: str) -> str:
    """A source id for an Arabic (or mixed) name: transliterated, lower-case, hyphenated.

    >>> arabic_slug("وزير الصحة اللبناني فراس الأبيض")
    'wzyr-alshh-allbnany-fras-alabyd'
    """
    words = []
    for word in fold(name).split():
        spelled = "".join(_LETTERS.get(c, _DIGITS.get(c, c.lower() if c.isascii() else "")) for c in word)
        spelled = re.sub(r"[^a-z0-9]+", "", spelled)
        if spelled:
            words.append(spelled)
    return "-".join(words[:_SLUG_WORDS]) or "source"


# -- resolution ---------------------------------------------------------------------------

_GENERIC = (
    _ROLE_BASES
    | _ORG_BASES
    | _UNNAMED_BASES
    | frozenset(
        base(w)
        for w in [
            "الرسمي",
            "العسكري",
            "الإسرائيلي",
            "الفلسطيني",
            "المصري",
            "التركي",
            "اللبناني",
            "السوري",
            "السوداني",
            "العربي",
            "الأمريكي",
            "الأميركي",
            "الإيراني",
            "السعودي",
            "القطري",
            "الأردني",
            "العراقي",
            "الإماراتي",
            "الروسي",
            "الأوروبي",
            "الدولي",
            "الوطني",
            "العام",
            "الأعلى",
            "الاحتلال",
            "باسم",
            "في",
            "عن",
            "من",
            "لدى",
            "و",
        ]
    )
)

#: Words in a name → the kind of source (first match wins).
_KIND_WORDS = (
    ("news-agency", ("وكالة", "الأناضول", "رويترز", "فرانس برس", "أسوشيتد برس", "وفا", "سانا")),
    ("broadcaster", ("قناة", "إذاعة", "تلفزيون", "التلفزيون", "شبكة", "الجزيرة", "العربية")),
    ("outlet", ("صحيفة", "جريدة", "مجلة", "موقع")),
    ("un-agency", ("الأونروا", "اليونيسف", "منظمة الصحة العالمية", "برنامج الأغذية")),
    ("intergovernmental", ("الأمم المتحدة", "الاتحاد الأوروبي", "الجامعة العربية", "مجلس الأمن")),
    ("ngo", ("الهلال الأحمر", "الصليب الأحمر", "جمعية", "مؤسسة", "منظمة", "مرصد", "المرصد", "شبكة أطباء")),
    ("armed-group", ("كتائب", "سرايا", "الجناح العسكري")),
    ("military", ("جيش", "الجيش", "قوات", "القوات", "شرطة", "الشرطة", "الحرس")),
    ("party", ("حماس", "فتح", "حزب", "حركة", "جماعة")),
    ("government", ("وزارة", "الحكومة", "حكومة", "رئاسة", "الرئاسة", "مكتب", "الخارجية", "مجلس", "هيئة", "سلطة")),
    ("company", ("شركة", "بنك", "البنك", "مصرف")),
)


def _kind_of(name: str) -> str:
    folded = f" {fold(name)} "
    for kind, words in _KIND_WORDS:
        if any(f" {fold(w)} " in folded for w in words):
            return kind
    return "other"


@lru_cache(maxsize=1 << 12)
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(_case_free(b) for b in (base(_clean(w)) for w in name.split()) if b)


def _case_free(word: str) -> str:
    """A word with its sound plural's case ending read one way: "المسؤولون" (subject) and
    "مسؤولين" (object) are one group; short words ("عون") keep theirs."""
    return word[:-2] + "ين" if len(word) >= 5 and word.endswith("ون") else word


#: Role nouns that name one office: a spokesman is "الناطق" in one sentence and
#: "المتحدث" in the next ("الناطق الرسمي باسم الجيش ..." then "وأكد المتحدث العسكري").
_SAME_OFFICE = {
    base(a): base(b)
    for a, b in (
        ("الناطق", "المتحدث"),
        ("الناطقة", "المتحدثة"),
        # a member of parliament: "النائبة", "البرلمانية", "عضو مجلس النواب" are one office
        ("النائبة", "النائب"),
        ("البرلماني", "النائب"),
        ("البرلمانية", "النائب"),
    )
}
#: Roles of several words that name an office of one word: "عضو مجلس النواب" is "النائب".
_OFFICE_PHRASES = {
    tuple(base(w) for w in phrase.split()): base(office)
    for phrase, office in (
        ("عضو مجلس النواب", "النائب"),
        ("عضو البرلمان", "النائب"),
        ("عضوة مجلس النواب", "النائب"),
    )
}


def _phrase_offices(tokens: tuple[str, ...]) -> set[str]:
    """The one-word offices a role's words name as a phrase ("عضو مجلس النواب": "نائب")."""
    return {
        office
        for phrase, office in _OFFICE_PHRASES.items()
        if any(tokens[i : i + len(phrase)] == phrase for i in range(len(tokens) - len(phrase) + 1))
    }


def _office(token: str) -> str:
    """A role noun's token, spokesmen's two words read as one."""
    return _SAME_OFFICE.get(token, token)


@define
class _Actor(ActorRecord):
    tokens: set[tuple[str, ...]] = field(factory=set)
    words: set[str] = field(factory=set)  # every token of its names and role
    proper: list[str] = field(factory=list)  # names that are names, not descriptions

    @property
    def name(self) -> str:
        # The fullest proper name printed ("رجب طيب أردوغان" over "أردوغان"), else the fullest description.
        names = self.proper or self.names
        return max(names, key=lambda n: (len(n.split()), -names.index(n)))


#: "The official": a word for the holder of any office.
_ANY_OFFICE = frozenset(base(w) for w in ("المسؤول", "المسؤولة"))

#: A description ("المتحدث", "الوزير اللبناني") refers back to one of this many latest actors.
_RECENT = 30


class ArabicSpeakers:
    """Every actor met in one Arabic article, with what later mentions refer back to.

    Args:
        known: sources of an existing ledger; a mention of one of their names or
            aliases is that source (its id kept, not drafted again).
    """

    def __init__(self, known: Sequence[Source] = ()) -> None:
        self._actors: list[_Actor] = []
        self._by_word: dict[str, list[int]] = {}
        self._role_holders: dict[str, list[int]] = {}
        self._last: int | None = None
        self._known: dict[int, str] = {}  # actor key → the ledger source's id
        self._known_ids = {source.id for source in known}
        keys: dict[str, int] = {}
        for source in known:
            key = len(self._actors)
            person = source.kind == "person"
            self._actors.append(_Actor(key, [], person=person, unnamed=source.unnamed, role=source.role))
            self._known[key] = source.id
            keys[source.id] = key
            for name in (source.name, *source.aliases):
                if _tokens(name):
                    if not source.unnamed:
                        self._actors[key].proper.append(name)
                    self._named_as(key, name, unnamed=source.unnamed, person=person)
        for source in known:
            if source.part_of in keys:
                self._actors[keys[source.id]].part_of = keys[source.part_of]

    def resolve(self, mention: Mention, *, right_after_last: bool = False) -> int | None:
        """The actor a mention names or refers back to; new actors are added.

        Args:
            right_after_last: unused: Arabic rules read no varied names for a person yet.

        Returns:
            The actor's key, or None for "البيان" with no speaker before it.
        """
        if mention.name is None:
            key = self._refer(mention)
        elif (
            mention.person
            and mention.role
            and not mention.unnamed
            and (holder := self._holder(mention.role)) is not None
        ):
            # "وزير الصحة اللبناني: ..." then "قال وزير الصحة اللبناني فراس الأبيض": the name
            # of the person the headline gave by role only.
            key = holder
            self._actors[key].proper.append(mention.name)
            self._named_as(key, mention.name)
        elif not mention.person and (described := self._body_described(mention.name)) is not None:
            # "الحركة الشبابية" after "حركة 25 فبراير": the movement met before, described
            key = described
            self._named_as(key, mention.name, unnamed=True, person=False)
        elif mention.name is not None and (titled := self._titled_holder(mention)) is not None:
            key = titled
            self._actors[key].proper.append(mention.name)
            self._named_as(key, mention.name)
        else:
            key = self._named(mention.name, mention.person, mention.unnamed)
        if key is None:
            return None
        actor = self._actors[key]
        if mention.role and actor.role is None:
            actor.role = mention.role
            role_tokens = _tokens(mention.role)
            actor.words.update(role_tokens)
            actor.words.update(_office(token) for token in role_tokens)
            actor.words.update(_phrase_offices(role_tokens))
            if role_tokens:
                self._role_holders.setdefault(_office(role_tokens[0]), []).append(key)
                for office in _phrase_offices(role_tokens):
                    self._role_holders.setdefault(office, []).append(key)
        if mention.organisation and actor.part_of is None:
            organisation = (
                # "المنظمة" alone: the body of that noun met before, as a speaker "المنظمة" is
                self._refer(
                    Mention(mention.organisation, None, refers="organisation", description=mention.organisation)
                )
                if len(mention.organisation.split()) == 1 and _definite(mention.organisation)
                else self._named(mention.organisation, person=False, unnamed=False)
            )
            if organisation != key:
                actor.part_of = organisation
        self._last = key
        return key

    def described(self, mention: Mention) -> int | None:
        """The actor a description is on its own ("الوزير" when another party was named since the
        minister met before spoke): the description itself, an unnamed source."""
        name = mention.description or mention.text.strip()
        if not name:
            return None
        key = self._named(name, mention.person, True)
        if key is not None:
            self._last = key
        return key

    def relay(self, mention: Mention) -> int | None:
        """The actor a relay names ("وكالة الأناضول"), without making it the actor a later
        subjectless verb or "البيان" refers to: a relay is not the one speaking."""
        if mention.name is None:
            return None
        last = self._last
        key = self.resolve(mention)
        self._last = last
        return key

    def words(self, key: int) -> set[str]:
        """The words of an actor's names and role, and of its organisation's names."""
        words: set[str] = set()
        seen: set[int] = set()
        current: int | None = key
        while current is not None and current not in seen:
            seen.add(current)
            actor = self._actors[current]
            for text in (*actor.names, actor.role or ""):
                words.update(text.lower().split())
            current = actor.part_of
        return words

    def _refer(self, mention: Mention) -> int | None:
        description = mention.description or ""
        if mention.refers == "any":
            return self._last
        if mention.refers == "person" and not description:
            # "وأكد معاليه": the last speaker if a person, else no guess
            last = self._actors[self._last] if self._last is not None else None
            return last.key if last is not None and last.person else None
        wanted = {_office(token) for token in _tokens(description)} - {"باسم"}
        head = tuple(_office(token) for token in _tokens(description)[:1])
        kind = _kind_of(" ".join(head)) if mention.refers == "organisation" and head else "other"
        for actor in reversed(self._actors[-_RECENT:]):
            if (
                mention.refers == "person"
                and head
                and head[0] in _ANY_OFFICE
                and actor.person
                and actor.role
                and all(any(word[:3] == known[:3] for known in actor.words) for word in _tokens(description)[1:])
            ):
                # "المسؤول الرجاوي" after "سعيد وهبي، الناطق الرسمي لفريق الرجاء": "the official" is
                # any office's holder, the latest met whose role its adjectives fit ("الرجاوي", of
                # "الرجاء"; "المسؤولة الروسية" is no French spokesman)
                return actor.key
            if (
                mention.refers == "organisation"
                and not actor.person
                and kind != "other"
                and not any(in_lexicon(w, _ORG_BASES) for w in actor.name.split())
                and _kind_of(actor.name) == kind
            ):
                # "الحركة" after "حماس": a body known by a bare name, of the kind the noun names.
                return actor.key
            if not head or head[0] not in actor.words:
                continue
            if mention.refers == "organisation" and any(_coordinated(name) for name in actor.names):
                continue  # "الشرطة" is one of "الشرطة والمدعون الألمان", not both of them
            if mention.refers == "person" and actor.person and actor.role:
                if len(wanted & actor.words) >= min(2, len(wanted)):
                    return actor.key
            elif mention.refers == "organisation" and not actor.person:
                return actor.key
        if mention.refers == "person" and head:
            # The one person with this role noun at all ("المتحدث العسكري" after "المتحدث الرسمي ...").
            holders = set(self._role_holders.get(head[0], ()))
            if len(holders) == 1:
                return holders.pop()
        return self._named(description, person=mention.person, unnamed=True)

    def _holder(self, role: str) -> int | None:
        """The unnamed person known only by this role, if one was met: the exact role, else
        the one such person whose role has the same head ("المتحدث العسكري" then
        "المتحدث الرسمي باسم القوات المسلحة")."""
        tokens = _tokens(role)
        unnamed = [
            actor for actor in reversed(self._actors[-_RECENT:]) if actor.person and actor.unnamed and not actor.proper
        ]
        for actor in unnamed:
            if tokens in actor.tokens:
                return actor.key
        same_head = [
            a.key
            for a in unnamed
            if tokens[:1] and a.role and [_office(t) for t in _tokens(a.role)[:1]] == [_office(t) for t in tokens[:1]]
        ]
        return same_head[0] if len(same_head) == 1 else None

    def _body_described(self, name: str) -> int | None:
        """The body a definite description of a body refers back to (:func:`describes_body`): the
        latest met whose name it fits ("منظمة هيومن رايتس ووتش" for "المنظمة الدولية"); None for a
        name, or with no such body."""
        if not is_body_description(name):
            return None
        for actor in reversed(self._actors[-_RECENT:]):
            if not actor.person and any(describes_body(name, known) for known in actor.names):
                return actor.key
        return None

    def _titled_holder(self, mention: Mention) -> int | None:
        """The role holder just quoted whose name a titled name with no role gives
        ("نفى المتحدث العسكري ... وقال العقيد أحمد محمد علي إن")."""
        if not mention.person or mention.role or mention.unnamed or mention.name is None or self._last is None:
            return None
        if fold(_clean(mention.text.split()[0])) not in _TITLE_FOLDS:
            return None
        last = self._actors[self._last]
        if not (last.person and last.unnamed and last.role and not last.proper):
            return None
        if self._match(_tokens(mention.name), person=True) is not None:
            return None  # a person met before under this name
        return last.key

    def _named(self, name: str, person: bool, unnamed: bool) -> int:
        tokens = _tokens(name)
        key = self._match(tokens, person)
        if key is None and person and len(tokens) == 1:
            key = self._misspelt_surname(tokens[0])
        if key is None:
            key = len(self._actors)
            self._actors.append(_Actor(key, [], person=person, unnamed=unnamed))
        if not unnamed:
            self._actors[key].proper.append(name)
        return self._named_as(key, name, unnamed=unnamed, person=person)

    def _named_as(self, key: int, name: str, *, unnamed: bool = False, person: bool = True) -> int:
        actor = self._actors[key]
        if name not in actor.names:
            actor.names.append(name)
        if not unnamed and actor.unnamed and person:
            actor.unnamed = False
        for spelling in (name, *plain_names(name)):
            # "جيش الاحتلال" is also met as "الجيش الإسرائيلي": one actor under both.
            tokens = _tokens(spelling)
            if tokens not in actor.tokens:
                actor.tokens.add(tokens)
                actor.words.update(tokens)
                for word in set(tokens) - _GENERIC:
                    self._by_word.setdefault(word, []).append(key)
        return key

    def _misspelt_surname(self, surname: str) -> int | None:
        """The one person met by full name whose surname a lone one misspells by a letter
        ("الغلاوي" after "جمانة الغلاي"; see :mod:`claimgraph.extract.misspellings`)."""
        if self._by_word.get(surname):
            return None
        people = self._actors[-PEOPLE_COMPARED:]
        return misspelt_one(surname, ((a.key, a.tokens) for a in people if a.person and not a.unnamed))

    def _match(self, tokens: tuple[str, ...], person: bool) -> int | None:
        # The same name, or a shorter or longer form of it ("أردوغان" in "رجب طيب أردوغان"),
        # through a distinctive word only, the most recent actor first.
        distinctive = set(tokens) - _GENERIC
        candidates = sorted({k for word in distinctive for k in self._by_word.get(word, ())}, reverse=True)
        for key in candidates:
            actor = self._actors[key]
            if tokens in actor.tokens:
                return key
            if person != actor.person and (actor.person or (actor.names and not actor.unnamed)):
                # A body is never a person met before ("البنك المركزي" is not "محافظ البنك المركزي").
                continue
            for known in actor.tokens:
                if set(tokens) < set(known) and any(_coordinated(name) for name in actor.names):
                    continue  # "الشرطة" is one of "الشرطة والمدعون الألمان", not both of them
                if (set(tokens) <= set(known) or set(known) <= set(tokens)) and distinctive & set(known):
                    return key
        if not distinctive:
            for actor in reversed(self._actors[-_RECENT:]):
                if tokens in actor.tokens:
                    return actor.key
            if len(tokens) == 1:
                # "وقال المسؤولون" after "عن مسؤولين أميركيين": the unnamed group that noun heads
                for actor in reversed(self._actors[-_RECENT:]):
                    if actor.unnamed and any(known[:1] == tokens and len(known) > 1 for known in actor.tokens):
                        return actor.key
        return None

    def sources(self, used: set[int]) -> tuple[dict[int, str], tuple[Source, ...]]:
        """The sources for the actors in ``used`` and the organisations they are part of."""
        return draft_sources(self._actors, used, arabic_slug, _describe, known=self._known, reserved=self._known_ids)


def is_body_description(name: str) -> bool:
    """Whether a name is a definite body's noun and adjectives only ("الحركة الشبابية", "الوزارة
    الكردية", "الجيش السوداني"): a description, if one fits (:func:`describes_body`)."""
    words = [_clean(w) for w in name.split()]
    return (
        len(words) >= 2
        and _definite(words[0])
        and in_lexicon(words[0], _ORG_BASES)
        and all(_definite(w) and not in_lexicon(w, _ORG_BASES | _ROLE_BASES) for w in words[1:])
    )


def describes_body(description: str, name: str) -> bool:
    """Whether a body's description fits a body's name: the name opens with the description's noun
    ("حركة 25 فبراير" for "الحركة الشبابية"), and each adjective describes a body's kind or standing
    (:data:`BODY_DESCRIPTORS`) or is of a place the name gives ("الوزارة الكردية" for "وزارة الثروات
    الطبيعية في إقليم كردستان"); an adjective of another country never fits ("الجيش السوداني")."""
    words = [_clean(w) for w in description.split()]
    named = _tokens(name)
    if len(named) < 2 or named[:1] != _tokens(words[0]) or description == name:
        return False
    known = set(named)
    return all(
        in_lexicon(word, _DESCRIPTOR_BASES) or _of_a_place_named(word, token, known)
        for word in words[1:]
        for token in _tokens(word)[:1]
    )


def _of_a_place_named(word: str, token: str, words: set[str]) -> bool:
    """Whether an adjective of origin is of a place one of ``words`` names: "الكردية" (its stem
    "كرد") of "كردستان", "المصرية" of "مصر"; its stem of three letters or more opens the word."""
    if not _nisba(word):
        return False
    stem = token.removesuffix("يه").removesuffix("ي")
    return len(stem) >= 3 and any(known.startswith(stem) for known in words if known != token)


def _coordinated(name: str) -> bool:
    """Whether a name joins two parties with و ("الشرطة والمدعون الألمان"): a later word opening
    with و and the article; "وزارة" or "وليد" open with a letter of their own."""
    return any(fold(word).startswith(_AND_THE) for word in name.split()[1:])


_AND_THE = fold("وال")


def _describe(actor: _Actor) -> tuple[str, tuple[str, ...]]:
    """An actor's source kind and aliases."""
    name = actor.name
    kind = "person" if actor.person else _kind_of(name)
    if kind == "other" and actor.unnamed:
        kind = "group"
    names = [spelling for n in actor.names for spelling in (n, *plain_names(n))]
    return kind, tuple(dict.fromkeys(n for n in names if n != name))


_OCCUPATION = fold("الاحتلال")
_ISRAELI = fold("الإسرائيلي")
_ZIONIST = {fold("الصهيوني"): "الإسرائيلي", fold("الصهيونية"): "الإسرائيلية"}
_ENTITY = fold("الكيان")
_ARMY = fold("الجيش")
_FEMININE_PLURALS = frozenset(fold(w) for w in ("قوات", "القوات", "سلطات", "السلطات"))


@lru_cache(maxsize=1 << 12)
def plain_names(name: str) -> tuple[str, ...]:
    """The plain spellings of a name printed in a partisan or idiomatic form.

    Much Arabic copy names Israeli bodies by "الاحتلال" or "الصهيوني" ("جيش
    الاحتلال", "شرطة الاحتلال", "الكيان الصهيوني") and a national army as
    "الجيش X" where others print "القوات المسلحة X": the same actor, so the
    plain spelling is recorded as an alias and merges the two mentions.

    >>> plain_names("المتحدث باسم جيش الاحتلال")
    ('المتحدث باسم الجيش الإسرائيلي',)
    >>> plain_names("الجيش السوداني")
    ('القوات المسلحة السودانية',)
    """
    words = [_clean(w) for w in name.split() if _clean(w)]
    folded = [fold(w) for w in words]
    if not words:
        return ()
    if folded in ([_OCCUPATION], [_ENTITY], [_ENTITY, fold("الصهيوني")], [_OCCUPATION, _ISRAELI]):
        return ("إسرائيل",)
    plain: list[str] = []
    for index, word in enumerate(folded):
        if word in _ZIONIST and index:
            plain.extend([*words[:index], _ZIONIST[word], *words[index + 1 :]])
            break
        if word == _OCCUPATION and index:
            head = words[index - 1]
            definite = head if _definite(head) else "ال" + head
            feminine = fold(head).endswith("ه") or fold(head) in _FEMININE_PLURALS
            adjective = "الإسرائيلية" if feminine else "الإسرائيلي"
            tail = words[index + 1 :]
            if tail and fold(tail[0]).startswith(_ISRAELI):
                tail = tail[1:]
            plain.extend([*words[: index - 1], definite, adjective, *tail])
            break
    if not plain and len(folded) == 2 and folded[0] == _ARMY and folded[1].startswith("ال") and folded[1].endswith("ي"):
        plain.extend(["القوات", "المسلحة", words[1] + "ة"])
    if not plain:
        return ()
    return (" ".join(plain),)
