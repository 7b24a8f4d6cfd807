"""Attributed statements in Arabic news text.

The patterns, each giving an :class:`~claimgraph.extract.patterns.Attribution`
whose offsets point into the text, so the quote is always verbatim:

- verb first, the usual order: ``وقال المتحدث باسم وزارة الصحة أشرف القدرة إن ...``,
  with the speaker's role set off by commas (``قال طارق عامر، محافظ البنك المركزي، إن``),
  adjuncts before the content (``في بيان``, ``خلال مؤتمر صحفي``, ``الأحد``) and the
  content after إن / أن (and بأن, إلى أن, على أن, with an attached pronoun), a colon,
  or a quotation in «...», "..." or “...”;
- no subject after the verb (``وأضاف أن ...``, ``وتابع: «...»``): the speaker of the
  statement before;
- circumstantial participles (``..., مشيرًا إلى أن ...``, ``مضيفًا: "..."``) and
  verbal nouns (``بالتأكيد على أن``): the speaker of their clause;
- ``وكانت صحيفة ... قد قالت إن ...`` and ``أما X، فتنفي ...``: the subject before the verb;
- relays: ``نقلت وكالة X عن Y قوله إن ...`` (speaker Y, via X), ``في مقابلة مع شبكة X``,
  ``لوكالة X``, ``وحسب وكالة X، ...``;
- prepositions: ``بحسب``, ``حسب``, ``وفقًا لـ``, ``نقلًا عن``, ``حسبما أفاد X`` before or
  after the clause they attribute;
- headlines ``وزير الصحة اللبناني: "..."``.

Negated cues (``لم تذكر``) are not statements. Matching folds diacritics and
alef spellings internally; the text is never rewritten.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Literal, TypedDict

import attrs
from attrs import frozen

from claimgraph.attribution.arabic import (
    ARABIC_CUES,
    ARABIC_PARTICIPLES,
    ARABIC_PREPOSITIONS,
    ARABIC_VERBAL_NOUNS,
    cue_agreement,
)
from claimgraph.extract.arabic_names import is_given_name
from claimgraph.extract.arabic_speakers import (
    NAME_JOINING,
    ArabicSpeakers,
    describes_body,
    is_body_description,
    noun_phrase_length,
    parse_arabic_mention,
    statement_issuer,
)
from claimgraph.extract.arabic_text import (
    LETTER,
    MARKS,
    MAX_SENTENCE,
    QUOTE_CLOSERS,
    base,
    fold,
    fuzzy,
    in_lexicon,
    in_lexicon_or_accusative,
    quote_end,
)
from claimgraph.extract.arabic_text import sentence_end as _sentence_end
from claimgraph.extract.arabic_words import (
    ADJUNCT_WORDS,
    CIRCUMSTANTIAL,
    EVENT_NOUNS,
    EVIDENCE_NOUNS,
    LABELS,
    OBJECT_OPENERS,
    ONE_WORD_BODIES,
    ORGANISATION_NOUNS,
    OUTLET_NOUNS,
    ROLE_NOUNS,
    TERMS,
    TITLES,
    TOPIC_NOUNS,
)
from claimgraph.extract.records import Attribution, Mention, Span

__all__ = ["Speakers", "find_attributions", "parse_mention"]

#: The draft resolves Arabic mentions with these (the language-blind draft asks
#: a rules module for its own, since Arabic names have no capitals and need
#: transliterated ids): see :mod:`claimgraph.extract.arabic_speakers`.
Speakers = ArabicSpeakers
parse_mention = parse_arabic_mention

#: Negation particles sit just before the verb ("لم تذكر", "دون أن تشير").
_NEGATION_REACH = 12

#: A statement's speaker and adjuncts fit in this many characters between cue and content.
_MAX_BETWEEN = 250


def _lemmas(forms: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {fold(form): lemma for lemma, all_forms in forms.items() for form in all_forms}


_VERB_LEMMA = _lemmas({lemma: forms for lemma, (_, forms) in ARABIC_CUES.items()})
_PARTICIPLE_LEMMA = _lemmas(ARABIC_PARTICIPLES)
_NOUN_LEMMA = _lemmas(ARABIC_VERBAL_NOUNS)
#: A one-word cue, folded → (kind, lemma).
_ONE_WORD = {
    **{form: ("verb", lemma) for form, lemma in _VERB_LEMMA.items()},
    **{form: ("participle", lemma) for form, lemma in _PARTICIPLE_LEMMA.items()},
    **{form: ("noun", lemma) for form, lemma in _NOUN_LEMMA.items()},
}
#: A preposition's first word, folded → what the next word must be: a word, a prefix "ل", or anything ("").
_PREPOSITION_NEXT: dict[str, str] = {}
for _preposition_text in ARABIC_PREPOSITIONS:
    _first, _, _second = _preposition_text.partition(" ")
    _PREPOSITION_NEXT[fold(_first)] = fold(_second)

_BEFORE = f"(?<![{LETTER}{MARKS}\\w])"
_AFTER = f"(?![{LETTER}{MARKS}\\w])"
_WORD = re.compile(f"[{LETTER}{MARKS}]+")
_SENTENCE_END = re.compile(r"[.!?؟]")


class _Statement(TypedDict, total=False):
    """An attributed statement while the text is read, offsets into the whole text.

    Each rule fills the keys it knows. ``split`` is where the statement read
    before it must end; ``same_as`` indexes the list of statements; ``confirm``
    marks a headline kept only if the body quotes its speaker, ``nested`` a
    statement inside another's content, ``continues`` an object statement whose
    speaker is the one before, ``subject_first`` one whose subject stands before its verb,
    ``in_document`` one in a document the sentence issues ("بيانًا يحذّر فيه").
    """

    speaker: Mention | None
    same_as: int | None
    cue: str
    lemma: str
    cue_span: tuple[int, int] | None
    start: int
    end: int
    split: int
    relay: str | None
    rule: str
    confirm: bool
    nested: bool
    continues: bool
    subject_first: bool
    in_document: bool


@frozen
class _Cue:
    """A cue found in the text: its kind, where it is printed, and its lemma."""

    kind: str  # verb, participle, noun, preposition, according, came
    start: int  # offset of the cue, its conjunction included
    end: int
    conj: int  # length of the conjunction و / ف in front (0 or 1)
    lemma: str


@lru_cache(maxsize=1 << 16)
def _word_cue(word: str) -> tuple[str, str, int] | None:
    """A one-word cue as printed ("وأكّد", "مضيفًا") → (kind, lemma, conjunction length), or None."""
    folded = _folded(word)
    if folded in _ONE_WORD:
        return (*_ONE_WORD[folded], 0)
    if folded[:1] in "وف" and folded[1:] in _ONE_WORD:
        return (*_ONE_WORD[folded[1:]], 1)
    return None


@lru_cache(maxsize=1 << 16)
def _folded(word: str) -> str:
    return fold(word).rstrip("ـ")


@lru_cache(maxsize=1 << 16)
def _opens_cue(word: str) -> tuple[str, int, str] | None:
    """A word that opens a cue of two words or a preposition → (kind, conjunction length, folded head)."""
    folded = _folded(word)
    conj = 1 if folded[:1] == "و" and (folded[1:] in _PREPOSITION_NEXT or folded[1:] in _TWO_WORD_HEADS) else 0
    bare = folded[conj:]
    if bare in _PREPOSITION_NEXT and folded not in _ONE_WORD:
        return "preposition", conj, bare
    if bare == _ACCORDING_HEAD:
        return "according", conj, bare
    if bare in _CAME_HEADS:
        return "came", conj, bare
    return None


@lru_cache(maxsize=1 << 16)
def _classify(
    word: str,
) -> tuple[Literal["opens"], str, int, str] | tuple[Literal["one"], str, str, int] | None:
    """What a word may be in a cue: ``("opens", ...)`` from :func:`_opens_cue`, ``("one", ...)``
    from :func:`_word_cue`, or None for the great majority of words."""
    opening = _opens_cue(word)
    if opening is not None:
        return ("opens", *opening)
    cue = _word_cue(word)
    return ("one", *cue) if cue is not None else None


def _cues(text: str, start: int, end: int) -> list[_Cue]:
    """Every cue of a paragraph, in order: one cached look-up per word."""
    words = _WORD.findall(text, start, end)
    found: list[_Cue] = []
    classified = [_classify(word) for word in words]
    if not any(classified):
        return found
    # Spans, not the match objects themselves: a million kept match objects would weigh on the collector.
    offsets = [m.span() for m in _WORD.finditer(text, start, end)]
    for index, kind in enumerate(classified):
        if kind is None:
            continue
        w_start, w_end = offsets[index]
        if kind[0] == "one":
            if not (index and _folded(words[index - 1]) == _ACCORDING_HEAD) and not (
                kind[2] == _EXPLAINED and _between(text, words, index, w_start)
            ):
                conj, cue_start = kind[3], w_start
                if not conj and index and words[index - 1] in ("و", "ف") and offsets[index - 1][1] == w_start - 1:
                    # "و اضاف انه ...": the conjunction printed apart is the cue's all the same
                    conj, cue_start = w_start - offsets[index - 1][0], offsets[index - 1][0]
                found.append(_Cue(kind[1], cue_start, w_end, conj, kind[2]))
            continue
        _, cue_kind, conj, bare = kind
        if index + 1 >= len(words):
            continue
        second, second_end = _folded(words[index + 1]), offsets[index + 1][1]
        if cue_kind == "preposition":
            wanted = _PREPOSITION_NEXT[bare]
            if (second == _WHAT or (wanted == "ل" and second == _FOR_WHAT)) and index + 2 < len(words):
                # "بحسب ما ذكرت الوكالة", "وفق ما أعلنه الجيش", "وفقا لما أوردته الصحيفة": the verb names the source.
                cue = _reporting_verb(words[index + 2])
                if cue is not None and cue[0] == "verb" and not cue[2]:
                    found.append(_Cue("according", w_start, offsets[index + 2][1], conj, cue[1]))
                continue
            if not wanted or (wanted == "ل" and second.startswith("ل")):
                found.append(_Cue("preposition", w_start, w_end, conj, bare))
            elif second == wanted:
                found.append(_Cue("preposition", w_start, second_end, conj, f"{bare} {wanted}"))
        elif cue_kind == "according":
            cue = _reporting_verb(words[index + 1])
            if cue is not None and cue[0] == "verb" and not cue[2]:
                found.append(_Cue("according", w_start, second_end, conj, cue[1]))
        elif second == _IN:
            found.append(_Cue("came", w_start, second_end, conj, f"{bare} في"))
    return found


#: "بيّن" (explained) is printed as "بين" (between): only a clause's first word, or the
#: second of a pair ("بين الجيش وبين الدعم السريع") not, is the verb.
_EXPLAINED = "بين"


def _between(text: str, words: list[str], index: int, at: int) -> bool:
    """Whether the "بين" at word ``index`` (offset ``at``) is the preposition, not the verb."""
    before = text[max(0, at - 80) : at]
    clause = re.split(r"[.!?؟،,:\n]", before)[-1]
    if _folded(words[index]) == _EXPLAINED:
        return bool(clause.strip())  # mid-clause: "تدور بين الطرفين"
    # "بعد خسارة فريقه على أرضه وبين جماهيره": "and among", joined to a place named by a preposition
    return (
        any(_folded(word) == _EXPLAINED for word in clause.split())
        or any(  # "بين ... وبين ..."
            _folded(word) in _PLACE_PREPOSITIONS for word in clause.split()[-3:]
        )
    )


_PLACE_PREPOSITIONS = frozenset(fold(w) for w in ("على", "في", "أمام", "وسط", "داخل", "خارج", "عند", "مع", "لدى"))


def _reporting_verb(word: str) -> tuple[str, str, int] | None:
    """A cue verb after "ما", with or without the object pronoun it often carries ("أعلنته")."""
    cue = _word_cue(word)
    if cue is None:
        folded = _folded(word)
        for pronoun in ("ها", "ه"):
            if folded.endswith(pronoun) and len(folded) > len(pronoun) + 2:
                return _word_cue(folded[: -len(pronoun)])
    return cue


_FOR_WHAT = fold("لما")
_ACCORDING_HEAD = fold("حسبما")
_BY_SAYING = fold("بالقول")
_WHAT = fold("ما")
_CAME_HEAD = fold("جاء")
_IN = fold("في")
#: "وجاء في البيان", "وورد في التقرير": the document speaks.
_CAME_HEADS = frozenset({_CAME_HEAD, fold("ورد")})
_TWO_WORD_HEADS = frozenset({_ACCORDING_HEAD, *_CAME_HEADS})


def _is_cue_word(word: str, kind: str | None = None) -> bool:
    cue = _word_cue(word.strip('،,:."“”«»'))
    return cue is not None and (kind is None or cue[0] == kind)


_NEGATION = re.compile(
    f"{_BEFORE}(?:[وف]?(?:لم|لا|لن|ما|{fuzzy('عدم')}|دون\\s+{fuzzy('أن')}|بدون\\s+{fuzzy('أن')}))\\s+$"
)
# إنّ / أنّ with no pronoun attached right before a word: that word is its noun, not a verb.
_BARE_THAT = re.compile(f"{_BEFORE}(?:{fuzzy('أن')}|{fuzzy('إن')})[{MARKS}]*\\s+$")
_IMPERFECT_PREFIXES = frozenset("يتنأ")


def _noun_after_that(text: str, start: int, cue_start: int, cue_end: int) -> bool:
    """Whether a verb cue's word stands right after a bare أنّ / إنّ, so it is a verbal noun:
    "أنّ كشف معلومات" (that the revealing of). Not after أنْ, which takes a verb: an imperfect
    ("قبل أن تنتقد") or a past after "بعد", "قبل", "منذ" ("بعد أن قال")."""
    if fold(text[cue_start:cue_end])[:1] in _IMPERFECT_PREFIXES:
        return False
    that = _BARE_THAT.search(text, max(start, cue_start - _NEGATION_REACH), cue_start)
    if that is None:
        return False
    before = text[max(start, that.start() - _NEGATION_REACH) : that.start()].split()
    return not before or fold(before[-1]) not in _BEFORE_VERBAL_THAT


#: Words before أنْ that a verb follows: "بعد أن قال", "قبل أن", "منذ أن", "دون أن", "حتى أن".
_BEFORE_VERBAL_THAT = frozenset(fold(w) for w in ("بعد", "قبل", "منذ", "دون", "بدون", "حتى"))
_RELATIVE_BEFORE = re.compile(
    f"{_BEFORE}(?:{'|'.join(fuzzy(w) for w in ('الذي', 'التي', 'الذين', 'اللذين', 'اللتين'))})\\s+$"
)
#: "in which" after a verb: what the verb says was said in the document named before.
_IN_WHICH = re.compile(f"\\s+(?:{fuzzy('فيه')}|{fuzzy('فيها')}){_AFTER}")
#: The impersonal passive that opens a sentence of the outlet's own: "يُذكر أن", "يشار إلى أن".
_IMPERSONAL = re.compile(f"(?:{fuzzy('يذكر')}|{fuzzy('يشار إلى')})\\s+{fuzzy('أن')}{_AFTER}")
#: A content marker within two words of a cue.
_MARKER_SOON = re.compile(
    f'(?:\\s+[^\\s.،,:؟!]+){{0,2}}?\\s*(?::|(?<=\\s)["“«]|\\s{fuzzy("إن")}|\\s{fuzzy("أن")}|\\s[بل]{fuzzy("أن")})'
)
# The content marker: إن / أن (and بأن, إلى أن, على أن, من أن) with an attached pronoun, a colon, a quote.
_PRONOUN = "(?:ه|ها|هم|هما|هن|نا|ني|ي|كم)?"
_THAT = re.compile(
    f"{_BEFORE}(?P<that>(?:(?:{fuzzy('إلى')}|{fuzzy('على')}|{fuzzy('من')})\\s+|[بل])?"
    f"{fuzzy('أن')}{_PRONOUN}[{MARKS}]*){_AFTER}"
)
_OPENERS = "".join(QUOTE_CLOSERS)
# (the marker is never لأن, "because": "قال إذا كان الأمر بيده سيستقيل لأن العمل …")
_MARKER = re.compile(
    f"(?P<colon>:-?\\s*)|(?P<quote>[{re.escape(_OPENERS)}])|"
    f"{_BEFORE}(?P<that>(?:(?:{fuzzy('إلى')}|{fuzzy('على')}|{fuzzy('من')})\\s+|ب)?"
    f"{fuzzy('أن')}{_PRONOUN}[{MARKS}]*){_AFTER}"
)
_SUBJECT_BEFORE = re.compile(
    f"{_BEFORE}[وف]?(?:{fuzzy('كان')}|{fuzzy('كانت')}|{fuzzy('كانوا')})\\s+(?P<subject>[^.،,:؟!\n]{{2,120}}?)"
    # "وكان X قد قال", or "وكان مصدر مسؤول في الوزارة، قال إنه" with no قد
    f"(?:\\s+{fuzzy('قد')}\\s*|\\s*[،,]\\s*|\\s+)$"
)
_PERFECT = fold("قد")
_AMMA = re.compile(f"{_BEFORE}{fuzzy('أما')}\\s+(?P<subject>[^.،,:؟!\n]{{2,120}}?)\\s*[،,]\\s*$")
_TO_OR_ON = re.compile(f"\\s*(?:{fuzzy('إلى')}|{fuzzy('على')})\\s+")
_COMMA = re.compile(r"\s*[،,]\s*")
#: Circumstantial participles of acts that are not speech ("داعيًا", "معربًا عن"): a statement ends before one.
_CIRCUMSTANTIAL = frozenset(fold(w) + suffix for w in CIRCUMSTANTIAL for suffix in ("", "ً")) | frozenset(
    "و" + fold(w) for w in CIRCUMSTANTIAL
)


def _told_after_name(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` names whom a bare name spoke to ("طحكوت للمجلس"); in a body's
    name, or after a role's or a statement's noun, "لل" opens a complement ("المجلس الأعلى
    للقضاء", "مؤسسة دبي للاستثمارات", "بيان للشرطة")."""
    folded, previous = fold(words[index]), words[index - 1]
    return (
        folded.startswith("لل")
        and len(folded) > 4
        and not fold(previous).startswith("ال")
        and not any(in_lexicon(word, _ORG_BASES) for word in words[:index])
        and not any(in_lexicon(previous, bases) for bases in (_ROLE_BASES, _EVENT_BASES, _OUTLET_BASES))
    )


def _circumstantial(word: str) -> bool:
    """Whether a word is a participle of manner ("متسائلاً", "داعيًا"), no speaker's name."""
    return fold(word).strip("ـ،,:") in _CIRCUMSTANTIAL


_TRAILING_ADJUNCT = re.compile(
    f"[،,]\\s*(?:[وف]?(?:{fuzzy('دون')}|{fuzzy('وذلك')}|{fuzzy('ذلك')}|{fuzzy('على حد')})|{fuzzy('حسب تعبيره')})"
    # "… بعنوان رئيسي بارز" وذلك بحسب ما افادت وكالة مهر": the source relaying it, comma or none
    f"|\\s{fuzzy('وذلك')}\\s+(?:{fuzzy('بحسب')}|{fuzzy('حسب')}|{fuzzy('وفق')}|{fuzzy('نقلا')})(?=\\s)"
)
#: "على حد تعبيره" and the like sit in the last few words of a statement.
_TRAILING_REACH = 40
_TRAILING_WORDS = re.compile(
    f"\\s*[،,]?\\s*(?:{fuzzy('على حد')}|[وب]?{fuzzy('حسب')}|و?{fuzzy('وفق')})\\s+"
    f"(?:{fuzzy('تعبيره')}|{fuzzy('تعبيرها')}|{fuzzy('تعبيرهم')}|{fuzzy('قوله')}|{fuzzy('قولها')}|{fuzzy('قولهم')})\\s*$"
)
# Particles that open a statement and say nothing of their own ("لقد", "قد", "إن"): a statement that
# holds only these before the next one's subject reports that one whole.
_ONLY_PARTICLES = re.compile(r"\s*(?:(?:و|ف)?(?:لقد|قد|إن|إنه|ان|انه|أن|أنه)\s+)+")

# A noun of saying between a cited source and what it said: "نقلا عن بوغدانوف الزعم بأن", "القول".
_CLAIM_NOUN = re.compile(
    f"\\s+(?:{fuzzy('الزعم')}|{fuzzy('القول')}|{fuzzy('قوله')}|{fuzzy('قولها')}|{fuzzy('قولهم')})\\s*$"
)
_SAYING = re.compile(f"\\s*(?:{fuzzy('قوله')}|{fuzzy('قولها')}|{fuzzy('قولهم')})\\s*$")
_HEADLINE = re.compile(r"^(?P<speaker>[^:\n.،؟!]{2,80}?)\s*:\s*(?P<content>\S[^\n]*)$")
# What a headline line may open with before its speaker: a dash or a bullet, a section's label.
_HEADLINE_LABEL = re.compile(
    r"\s*(?:[–—•\-]\s*|(?:" + "|".join(fuzzy(w) for w in ("خبر", "عاجل", "بالفيديو", "بالصور", "فيديو")) + r")\s*:\s*)"
)
#: Words after a verb that are its object or a quantifier, never its subject ("وطمأن الجميع بأن").
# Words no speaker is, among them a preposition printed apart: "ما وصفها بـ “فئة قليلة …”".
_NOT_SPEAKERS = frozenset(
    fold(w) for w in ("الجميع", "جميع", "كافة", "ذلك", "هذا", "هذه", "البعض", "الكل", "كلا", "بـ", "لـ", "كـ")
)
#: The speaker's own first words after the verb, no subject: "واضاف نعتقد انهم ..." ("we believe").
_FIRST_PERSON_OPINION = frozenset(
    fold(w)
    for w in (
        *("نعتقد", "نرى", "نؤكد", "نأمل", "نتمنى", "نعتبر", "نظن", "نطالب", "نحن", "نشدد"),
        *("أعتقد", "أرى", "أؤكد", "آمل", "أتمنى", "أعتبر", "أظن", "أطالب", "أنا", "أشدد"),
    )
)
# The full stop of a one-letter abbreviation ("د." doctor, "م." engineer, "أ.د." professor doctor).
_ABBREVIATED = re.compile(f"(?<![{LETTER}{MARKS}][{LETTER}])(?<=[{LETTER}])\\.(?=\\s?[{LETTER}])")
_RELATIVE = frozenset(fold(w) for w in ("فيه", "فيها", "فيهم", "عبره", "عبرها"))
#: "من خلاله": "through it", the document the sentence names, as "فيه" is ("نشر بيانا أكد من خلاله أن …").
_THROUGH_IT = frozenset(fold(w) for w in ("خلاله", "خلالها"))


def _in_it(words: str) -> bool:
    """Whether words open with "in it" or "through it" ("فيه", "من خلاله"): the verb before them is
    the document's or its issuer's, no speaker of its own."""
    split = words.split()
    return bool(split) and (
        fold(split[0]) in _RELATIVE
        or (len(split) > 1 and fold(split[0]) == fold("من") and fold(split[1]) in _THROUGH_IT)
    )


# A line break with no mark ending the line before it and "أن" / "إن" opening the next one.
_BROKEN_BEFORE_THAT = re.compile(f"(?<=[{LETTER}])[ \t]*\n(?=[ \t]*(?:[اأإ]ن|بأن)[ \t])")


def find_attributions(text: str) -> list[Attribution]:
    """Every attributed statement in an Arabic text, in the order the cues appear.

    Args:
        text: the article (or any part of it).

    Returns:
        The attributions, with offsets into ``text``. ``same_as`` and
        ``relayed_by`` index this list: a statement with no subject of its own
        ("وأضاف أن ...") has ``speaker`` None and ``same_as`` the statement whose
        speaker it continues.
    """
    # "اللواء د.هاشم": a letter and a full stop abbreviate a title, never end a sentence; read with a
    # space there (the same length, so every offset holds for the text as printed)
    text = _ABBREVIATED.sub(" ", text)
    # "كشف وزير المالية جبريل إبراهيم\nان وزارة المالية …": a line broken inside its sentence, the
    # content marker opening the next line, is one paragraph (a space for the break, offsets kept)
    text = _BROKEN_BEFORE_THAT.sub(lambda broken: " " * len(broken.group(0)), text)
    found: list[_Statement] = []
    at = 0
    open_quote: tuple[int, str] | None = None  # (the statement, its closing marks) left open at a line end
    previous_paragraph = -1  # where the last paragraph with words began
    label: _Statement | None = None  # "مدرب الميناء/ حسن أحمد :" over a list of what he said
    for line in text.split("\n"):
        count = len(found)
        if line.strip():
            # a list's line goes on under the label above it; any other line, or a label of no one
            # (a heading over a list), ends it
            bullet = _BULLET.match(line)
            heading = _speaker_label(text, at, at + len(line))
            label = heading or (label if bullet is not None and _LABEL.fullmatch(line) is None else None)
            if heading is not None:
                at += len(line) + 1
                continue
            if label is not None and bullet is not None:
                found.append({**label, "start": at + bullet.end(), "end": at + len(line), "split": at})
        if open_quote is not None and line.strip() and _speaks_anew(text, at, at + len(line)):
            open_quote = None  # a quotation mark left open above: this paragraph has its own cue
        if open_quote is not None and line.strip():
            open_quote = _continued_quote(text, at, at + len(line), open_quote, found)
            at, previous_paragraph = at + len(line) + 1, at
            continue
        _paragraph(text, at, at + len(line), found)
        if len(found) > count:
            open_quote = _left_open(text, found, at + len(line))
        elif found and found[-1]["start"] >= previous_paragraph >= 0:
            _quote_standing_alone(text, at, at + len(line), found)
        if line.strip():
            previous_paragraph = at
        at += len(line) + 1
    _confirm_headlines(found)
    _outlets_relay_sources(text, found)
    _name_issuers(text, found)
    _issuers_of_statements_named(found)
    _name_bodies(text, found)
    _name_role_holders(text, found)
    _surnames_running_on(found)
    _describe_unnamed(found)
    _unsure_past_other_subjects(text, found)
    results: list[Attribution] = []
    position: dict[int, int | None] = {}
    carried: dict[int, Mention] = {}  # dropped statements' own speakers, for those continuing them
    for index, item in enumerate(found):
        start, end = _trim(text, item["start"], item["end"])
        continued = item.get("same_as")
        if item["speaker"] is None and continued is not None and continued in carried:
            item = {**item, "speaker": carried[continued], "same_as": None}
            continued = None
        same_as = position.get(continued) if continued is not None else None
        if (
            end <= start
            or not any(c.isalnum() for c in text[start:end])
            or (item["speaker"] is None and same_as is None)
        ):
            # Dropped: a later statement continuing this one's speaker continues the one before.
            if item["speaker"] is None:
                position[index] = same_as
            else:
                carried[index] = item["speaker"]
            continue
        position[index] = len(results)
        rule = item["rule"]
        results.append(
            Attribution(
                speaker=item["speaker"],
                cue=item["cue"],
                lemma=item["lemma"],
                start=start,
                end=end,
                cue_span=Span(*item["cue_span"]) if item["cue_span"] is not None else None,
                speaker_span=None,
                same_as=same_as,
                relay=item.get("relay"),
                rule=rule,
                confidence=_CONFIDENCE[rule],
                review=_REVIEW.get(rule),
            )
        )
    return results


def _unsure_past_other_subjects(text: str, found: list[_Statement]) -> None:
    """A statement with no subject of its own continues the last one drafted; but when a cue
    verb with a subject of its own stands between them ("في المقابل، نفى فلان، عضو ...، حصول
    ..." with no content the rules could read), the subjectless verb most likely goes on
    with that subject, the other side: rather than give the statement to the wrong one,
    who speaks is left open."""
    cue_starts = {span[0] for item in found if (span := item.get("cue_span")) is not None}
    contents = [(item["start"], item["end"]) for item in found]
    for item in found:
        main = item.get("same_as")
        if item["speaker"] is not None or main is None or item.get("cue_span") is None:
            continue
        main_cue = found[main].get("cue_span")
        if main_cue is None or main_cue[1] >= item["split"]:
            continue
        for cue in _cues(text, main_cue[1], item["split"]):
            if (
                cue.kind == "verb"
                and cue.start not in cue_starts
                and not any(a <= cue.start < b for a, b in contents)
                and _opens_sentence(text, cue)
                and _has_own_subject(text, cue, _speaker_of(found, main))
            ):
                # "كشف وزير المالية جبريل إبراهيم، عن سرقة …، وأكد أن …": that verb's subject, named
                # and set off by a comma, goes on; any other is left open
                named = _named_subject_set_off(text, cue)
                if named is not None:
                    item["speaker"], item["same_as"], item["relay"] = named, None, None
                    item["rule"] = "subject-of-verb-before"
                else:
                    item["speaker"], item["same_as"], item["rule"] = _UNSURE, None, "continuation-unsure"
                break


def _named_subject_set_off(text: str, cue: _Cue) -> Mention | None:
    """The subject right after a verb when a comma ends it and it names someone by name, a role
    before it at most ("كشف وزير المالية جبريل إبراهيم، عن …"); None otherwise."""
    after = text[cue.end : cue.end + 120]
    subject = re.split(r"[.:\n«\"“]", after, maxsplit=1)[0]
    if not re.search(r"[،,]", subject):
        return None
    mention, _ = _speaker_and_relay(re.split(r"\s*[،,]", subject, maxsplit=1)[0])
    if mention is None or mention.name is None or mention.unnamed or not mention.person:
        return None
    return mention


def _opens_sentence(text: str, cue: _Cue) -> bool:
    """Whether a cue opens its sentence, after at most a connective ("في المقابل، نفى")."""
    before = text[_sentence_start(text, 0, cue.start) : cue.start].strip().rstrip("،,").strip()
    return not before or bool(_SENTENCE_OPENER.fullmatch(before) or _NARRATION_OPENER.fullmatch(before))


#: Verbs whose object follows ب ("أقر بتزايد …", "رحب بالقرار").
_GOVERNS_BI = frozenset({"أقر", "اعترف", "طالب", "ندد", "رحب", "أشاد", "نوه"})

#: A subject after a verb is read within this many words.
_SUBJECT_REACH = 4


def _has_own_subject(text: str, cue: _Cue, speaker: Mention) -> bool:
    """Whether a cue verb is followed by a speaker of its own ("نفى فلان، ..."), not by a
    content marker, an adjunct, a preposition, or the speaker before under another
    mention ("وأعلن الوزير" after "قال وزير الدفاع ...")."""
    after = re.split(r"[،,:.\n«\"“]", text[cue.end : cue.end + 120], maxsplit=1)[0]
    words = after.split()[:_SUBJECT_REACH]
    if not words or _starts_adjunct(" ".join(words)) or _THAT.match(words[0]) or _is_cue_word(words[0]):
        return False
    if cue.lemma in _GOVERNS_BI and fold(words[0]).startswith("ب"):
        return False  # "وأقر بتزايد حالات التهريب": what he admitted, no subject
    if fold(words[0]) in _VERB_PREPOSITIONS or fold(words[0]) in _NOT_SPEAKERS:
        return False
    mention = parse_arabic_mention(" ".join(words))
    if mention is None or (mention.name is None and mention.role is None):
        return False
    before = {base(w) for w in speaker.text.split()} | {base(w) for w in (speaker.name or "").split()}
    return not any(base(w) in before for w in (mention.name or mention.role or "").split())


def _name_bodies(text: str, found: list[_Statement]) -> None:
    """Give "الوزارة", "الحركة" the name of the body the text named before with that noun,
    when no speaker before it bore that noun ("ردت وزارة الدولة ... وقالت الوزارة ...")."""
    spoken: set[str] = set()
    for item in found:
        speaker = item["speaker"]
        if speaker is None:
            continue
        if speaker.refers == "organisation" and speaker.name is None and item["cue_span"] is not None:
            head = base(speaker.text.split()[0])
            if head not in spoken:
                named = _body_named_before(text, head, item["cue_span"][0])
                if named is not None:
                    item["speaker"] = attrs.evolve(speaker, name=named, refers=None, description=None)
        elif speaker.name is not None and is_body_description(speaker.name) and item["cue_span"] is not None:
            # "الوزارة الكردية قالت" after "ردّت وزارة الثروات الطبيعية في إقليم كردستان": described
            head = base(speaker.name.split()[0])
            if head not in spoken:
                named = _body_named_before(text, head, item["cue_span"][0], description=speaker.name)
                if named is not None:
                    item["speaker"] = attrs.evolve(speaker, name=named)
        spoken.update(base(w) for w in (speaker.text.split() + (speaker.name or "").split()))


def _name_role_holders(text: str, found: list[_Statement]) -> None:
    """Give "رئيس المجلس النيابي" the name of the one person the narration named with that
    role ("استقبل رئيس مجلس النواب نبيه بري ...") when no speaker before bore its role noun;
    two such people, or none, leave it as printed."""
    spoken: set[str] = set()
    for item in found:
        speaker = item["speaker"]
        if speaker is None:
            continue
        heads = {base(w) for w in (speaker.role or "").split()[:1]}
        if (
            speaker.refers == "person"
            and speaker.name is None
            and speaker.role
            and item["cue_span"] is not None
            and not heads & spoken
        ):
            named = _person_named_before(text, speaker.role, item["cue_span"][0])
            if named is not None:
                if named.role is None:
                    # "النائب عبدالله عيال عواد": the title read as the name's, so the role the
                    # speaker was called by stays with the person ("وقال النائب" later is them)
                    named = attrs.evolve(named, role=speaker.role)
                item["speaker"] = named
                speaker = named
        elif (
            speaker.name is not None
            and speaker.person
            and speaker.role is None
            and len(speaker.name.split()) == 1
            and _definite_word(speaker.name)
            and not is_given_name(speaker.name)
            and item["cue_span"] is not None
            and base(speaker.name) not in spoken
        ):
            # "وأضاف المعزول" after "للرئيس المعزول محمد مرسي": a word the narration printed in a
            # person's role, not a name; a family name ("المالكي") is in no role and stays
            named = _person_named_before(text, speaker.name, item["cue_span"][0])
            if named is not None:
                item["speaker"] = speaker = named
        spoken.update(heads)
        if speaker.name is not None:
            spoken.update(base(w) for w in speaker.name.split())


#: Words no name goes on with: a demonstrative or a preposition opens the verb's object or an adjunct.
_NO_NAME_AFTER = frozenset(
    fold(w) for w in ("هذه", "هذا", "هؤلاء", "ذلك", "تلك", "من", "في", "على", "عن", "إلى", "الى", "أمام", "خلال")
)


def _surnames_running_on(found: list[_Statement]) -> None:
    """ "ووصف الشلاه هذه التصريحات بالـ"…"", "واتهم المالكي الحوثيين بأنهم …": a surname alone, the
    verb's object read on after it as if the name went on, is the one person a speaker before bore
    that surname in full ("علي الشلاه", "تركي المالكي"); two such people leave it as printed."""
    full: dict[str, dict[str, Mention]] = {}  # a surname's base → the full names that end in it
    for item in found:
        speaker = item["speaker"]
        if speaker is not None and speaker.name is not None and speaker.person and not speaker.unnamed:
            words = speaker.name.split()
            if len(words) >= 2:
                full.setdefault(base(words[-1]), {})[speaker.name] = speaker
    for item in found:
        speaker = item["speaker"]
        words = speaker.name.split() if speaker is not None and speaker.name is not None else []
        known = full.get(base(words[0])) if len(words) >= 2 else None
        if known is None or len(known) != 1:
            continue
        (person,) = known.values()
        # a family name ("الشلاه"), or a word no name goes on with ("هذه", "من"): a
        # first name shared with another's surname ("عباس كامل" after "محمود عباس") is left alone
        if fold(words[0]).startswith("ال") or fold(words[1]) in _NO_NAME_AFTER:
            item["speaker"] = person  # the surname alone; the words after it were the verb's object


def _outlets_relay_sources(text: str, found: list[_Statement]) -> None:
    """ "وقالت وكالة الأنباء "سبأ" إن مصدرا مسؤولا في الحكومة "استغرب تصريحات …"": what an outlet
    reports of an unnamed source, the source's own words quoted, is the source's statement, the
    outlet its relay."""
    for index, item in enumerate(found):
        speaker = item.get("speaker")
        if (
            speaker is None
            or item.get("relay")
            or not speaker.text.split()
            or not in_lexicon(speaker.text.split()[0], _OUTLET_BASES)
        ):
            continue
        source = _SOURCE_THEN_QUOTE.match(text, item["start"], item["end"])
        head = source.group("source").split()[0] if source is not None else ""
        if source is None or not in_lexicon_or_accusative(head, _UNNAMED_SOURCE_BASES):
            continue
        mention = parse_arabic_mention(source.group("source"))
        if mention is None or not mention.unnamed:
            continue
        found[index] = {**item, "speaker": mention, "relay": speaker.text, "start": source.end("source")}


#: An unnamed source, then its words in quotation marks.
_SOURCE_THEN_QUOTE = re.compile(r"\s*(?P<source>[^\"“”«»\n،,.]{3,60}?)\s*(?=[\"“«])")
_UNNAMED_SOURCE_BASES = frozenset(base(w) for w in ("مصدر", "مصادر", "مسؤول", "مسؤولون", "متحدث", "ناطق"))


def _describe_unnamed(found: list[_Statement]) -> None:
    """Give "المحامي" the unnamed speaker it goes on from ("قال أحد أعضاء هيئة الدفاع ...
    وأضاف المحامي ..."): a bare role with a verb that continues, straight after an unnamed
    speaker, when no speaker before bore that role, describes that speaker; later bare
    mentions of the role are the same person."""
    described: dict[str, Mention] = {}
    spoken: set[str] = set()
    previous: Mention | None = None
    for item in found:
        speaker = item["speaker"]
        if speaker is None:
            continue
        role = (speaker.role or "").split()
        if speaker.refers == "person" and speaker.name is None and len(role) == 1:
            head = base(role[0])
            if head in described:
                item["speaker"] = described[head]
            elif (
                head not in spoken
                and item["lemma"] in _CONTINUING
                and previous is not None
                and previous.unnamed
                and not previous.plural
            ):
                described[head] = item["speaker"] = previous
                item["rule"] = "describes-unnamed"
        spoken.update(base(w) for w in role[:1])
        previous = item["speaker"]


#: Verbs that go on with what the speaker before was saying ("وأضاف", "وتابع").
_CONTINUING = frozenset({"أضاف", "تابع", "أكمل", "أردف", "استطرد"})


def _person_named_before(text: str, role: str, at: int) -> Mention | None:
    """The one person named before ``at`` with a role sharing this role's head noun and, for
    a role of more than one word, another word ("رئيس مجلس النواب نبيه بري" for "رئيس
    المجلس النيابي"); None when there is no such person or more than one."""
    wanted = [base(w) for w in role.split() if base(w) != fold("باسم")]
    head = wanted[0].removeprefix("ال")
    # "ووزير الثقافة …", "للرئيس المعزول …": the noun with a conjunction or preposition on it too
    pattern = re.compile(f"{_BEFORE}(?P<conjunction>[وف]?)(?:بال|لل|ال|[بل])?{fuzzy(head)}{_AFTER}")
    people: dict[str, Mention] = {}
    for match in pattern.finditer(text, max(0, at - _BODY_REACH), at):
        if _inside_quotation(text, match.start()):
            continue  # "وأفاد المصدر: " لم يوضح الناطق ... جنسيات القتلى": someone's words, not the narration naming
        words = re.split(_PHRASE_END, text[match.end("conjunction") : match.start() + 200])[0].split()
        taken = next(
            (
                i
                for i, w in enumerate(words)
                # "وكان الوزير قد تحدث": "قد" opens the verb after the role
                if i
                and (
                    fold(w) in (_ADJUNCT_WORDS | _CONNECTOR_STOPS)
                    or fold(w) == _PERFECT
                    # "… عمر البشير بالحديث": after a name; "بالوكالة" before one is the role's
                    or (fold(w).startswith(("بال", "وبال")) and any(is_given_name(x) for x in words[1:i]))
                    or _is_cue_word(w)
                    or _THAT.match(w)
                )
            ),
            len(words),
        )
        words = words[: min(taken, _ROLE_AND_NAME_WORDS)]
        for mention in (
            parse_arabic_mention(" ".join(words)),
            _named_in_apposition(text, match.start(), words),
            _named_before_role(text, match.start(), words),
            _role_noun_before(text, match.start(), words),
        ):
            if mention is None or mention.name is None or not mention.person or mention.unnamed:
                continue
            held = mention.role or _title_of(mention)
            if not held:
                continue
            shared = set(wanted) & {base(w) for w in held.split()}
            if len(shared) >= min(2, len(wanted)):
                people.setdefault(mention.name, mention)
                break
    return next(iter(people.values())) if len(people) == 1 else None


#: A role and its holder's name run to this many words ("وزير الثقافة والصناعة التقليدية الناطق
#: الرسمي باسم الحكومة محمد الأمين ولد الشيخ" is twelve).
_ROLE_AND_NAME_WORDS = 14


def _role_noun_before(text: str, at: int, words: list[str]) -> Mention | None:
    """The person a role names when the word read is its adjective ("للرئيس المعزول محمد مرسي"):
    the role noun right before it, the word and the name read as one; None with no role noun there."""
    before = re.search(f"([{LETTER}{MARKS}]+)\\s+$", text[max(0, at - 30) : at])
    if before is None or not words:
        return None
    noun = before.group(1)
    noun = "ال" + noun[2:] if fold(noun).startswith("لل") else noun
    if not in_lexicon(noun, _ROLE_BASES):
        return None
    mention = parse_arabic_mention(" ".join([noun, *words]))
    return mention if mention is not None and mention.role and mention.name else None


def _inside_quotation(text: str, at: int) -> bool:
    """Whether ``at`` is inside quotation marks opened earlier in its paragraph."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return line.count('"') % 2 == 1 or line.count("«") > line.count("»") or line.count("“") > line.count("”")


def _title_of(mention: Mention) -> str | None:
    """The title printed before a name ("العميد" of "العميد سامي الحسن"), which a later
    "العميد" alone refers back to; None without one."""
    first = mention.text.split()[0]
    return first if fold(first) in _KNOWN_TITLES else None


_KNOWN_TITLES = frozenset(fold(w) for w in TITLES)
_PHRASE_END = r"[.،,:؛!؟?\n\"“”«»()]"
#: A name set off by commas after a role ("متحدث وزارة الصحة، الدكتور محمد العبدالعالي،").
_APPOSED_NAME = re.compile(r"\s*[،,]\s*(?P<name>[^.،,:؛!؟?\n\"“”«»()]{2,60}?)\s*(?=[،,])")
#: At most this many words of a name before its role ("فيتور بيريرا مدرب الشباب").
_NAME_BEFORE_ROLE = 4
_NAME_REACH = 80
#: Words a name before its role starts after ("مع سعيد علي مدرب ..."); not "على", which folds as the name "علي".
_NAME_STOPS = frozenset(fold(w) for w in ("في", "من", "إلى", "عن", "مع", "الذي", "التي"))


def _definite_word(word: str) -> bool:
    return fold(word).startswith("ال")


def _named_in_apposition(text: str, at: int, role: list[str]) -> Mention | None:
    """The person a role names when a name follows it between commas, or None."""
    if not role:
        return None
    end = text.find(role[-1], at) + len(role[-1])
    apposed = _APPOSED_NAME.match(text, end)
    if apposed is None or _name_parts(apposed.group("name").split()) > _NAME_BEFORE_ROLE:
        return None
    mention = parse_arabic_mention(" ".join([*role, apposed.group("name")]))
    return mention if mention is not None and mention.role and mention.name else None


def _name_parts(words: list[str]) -> int:
    """How many parts a name has: its words, less a title and the words joining a long name's parts
    ("الشيخ محمد بن عبد الرحمن آل ثاني" has three)."""
    return len([w for w in words if fold(w) not in NAME_JOINING and fold(w) not in _KNOWN_TITLES])


def _named_before_role(text: str, at: int, role: list[str]) -> Mention | None:
    """The person a role names when the name comes first ("شن البرتغالي فيتور بيريرا مدرب
    الشباب"): the words of the clause before the role, less the verb opening the sentence."""
    before_text = text[max(0, at - _NAME_REACH) : at]
    ends = list(re.finditer(_PHRASE_END, before_text))
    if not ends and at > _NAME_REACH:
        return None  # the clause runs further back than a name
    words = before_text[ends[-1].end() if ends else 0 :].split()
    opens_sentence = not ends or ends[-1].group(0) in ".\n!؟?"
    stop = max(
        (i for i, w in enumerate(words) if fold(w).removeprefix("و") in _NAME_STOPS or _THAT.fullmatch(w)),
        default=None,
    )
    if stop is not None:
        # "التقى خالد حسن مع سعيد علي مدرب ...": the name after "مع"; "للأنباء إن الناطق": after إن
        words = words[stop + 1 :]
    elif opens_sentence and len(words) >= 3 and not _definite_word(words[0]):
        words = words[1:]  # the sentence's verb ("شن", "وقال")
    if not 2 <= len(words) <= _NAME_BEFORE_ROLE or any(_is_cue_word(w) for w in words):
        return None
    mention = parse_arabic_mention(" ".join([*words, *role]))
    return mention if mention is not None and mention.role and mention.name else None


#: Words after a role and name that end the name ("نبيه بري في مقر ...").
_CONNECTOR_STOPS = frozenset(fold(w) for w in ("في", "من", "إلى", "على", "عن", "مع", "الذي", "التي"))


def _name_issuers(text: str, found: list[_Statement]) -> None:
    """Give "البيان" its author when the narration named who issued it since the statement before
    ("أصدرت كتائب ...، اليوم، بيانًا ... وجاء في البيان أن ...", "ردًا على البيان الذي أصدرته شركة
    النادي … وشدد البيان على أن …"); with none named, "البيان" stays the last speaker's."""
    since = 0  # where the narration since the last statement begins
    for item in found:
        speaker = item["speaker"]
        cue = item["cue_span"]
        if speaker is not None and speaker.refers == "any" and speaker.name is None and cue is not None:
            lo = max(since, cue[0] - _BODY_REACH)
            issues = [*_ISSUED.finditer(text, lo, cue[0]), *_ISSUED_BY.finditer(text, lo, cue[0])]
            if issues:
                issued = max(issues, key=lambda match: match.start())
                issuer, _ = _speaker_and_relay(issued.group("issuer"))
                if issuer is not None and issuer.name is not None and not issuer.person:
                    item["speaker"] = issuer
        if cue is not None:
            since = max(since, cue[1], item["end"])


def _issuers_of_statements_named(found: list[_Statement]) -> None:
    """A statement named by its issuer ("وأكد بلاغ الوكيل العام للملك أن …") is the issuer's; not
    one another speaker reports ("وأضاف الدفاع أن بيان النيابة قال ضمنيا إن …"), which is that
    speaker's reading of it, and stays the statement's, unnamed."""
    for item in found:
        speaker = item["speaker"]
        if speaker is not None and not item.get("nested") and (issuer := statement_issuer(speaker)) is not None:
            item["speaker"] = issuer


#: "البيان الذي أصدرته شركة النادي": the issuer named after the statement it issued.
_ISSUED_BY = re.compile(
    f"{fuzzy('الذي')}\\s+(?:{'|'.join(fuzzy(w) for w in ('أصدرته', 'أصدره', 'نشرته', 'نشره', 'وزعته'))})\\s+"
    f"(?P<issuer>[^.،,؛\n]{{2,80}}?)(?=\\s*[.،,؛\n]|\\s+و|$)"
)
#: "أصدرت الحركة، مساء الأحد، بيانًا": the issuer between the verb and the statement.
_ISSUED = re.compile(
    f"{_BEFORE}و?(?:{'|'.join(fuzzy(w) for w in ('أصدرت', 'أصدر', 'نشرت', 'نشر', 'وزعت', 'وزع'))})\\s+"
    f"(?P<issuer>[^.\n]{{2,150}}?)\\s*[،,]?\\s+{fuzzy('بيان')}(?:{fuzzy('ا')})?{_AFTER}"
)


def _body_named_before(text: str, head: str, at: int, description: str | None = None) -> str | None:
    """The last body named with this head noun in construct before ``at`` ("وزارة الدولة المكلفة"),
    or None; with a ``description``, the last such body it fits (:func:`describes_body`)."""
    pattern = _BODY_HEADS.get(head)
    if pattern is None:
        # The noun in construct ("وزارة الصحة", "كتائب حزب الله"), never "الوزارة" itself.
        pattern = _BODY_HEADS[head] = re.compile(f"{_BEFORE}[وفبل]?{fuzzy(head)}{_AFTER}(?=\\s+(?:\\S+\\s+)?ال)")
    matches = list(pattern.finditer(text, max(0, at - _BODY_REACH), at))
    for match in reversed(matches if description is not None else matches[-1:]):
        words = re.split(r"[.،,:؛!؟?\n]", text[match.start() : match.start() + 200])[0].split()
        mention = parse_arabic_mention(" ".join(words[:_BODY_WORDS]), noun_phrase=True)
        if mention is None or mention.name is None or len(mention.name.split()) < 2:
            continue
        if description is None or describes_body(description, mention.name):
            return mention.name
    return None


#: A body named at most this far back gives its name to "الوزارة".
_BODY_REACH = 3_000
_BODY_WORDS = 8
_BODY_HEADS: dict[str, re.Pattern[str]] = {}


#: How sure each rule is: a named speaker before the content is surest; a speaker
#: carried over from the statement before, or a headline, least.
_CONFIDENCE = {
    "verb-first": 0.85,
    "quote-continued": 0.7,
    "verb-object": 0.6,
    "quote-then-verb": 0.8,
    "subject-before-verb": 0.8,
    "relay-naql": 0.8,
    "relay-citing": 0.75,
    "came-in-statement": 0.75,
    "preposition": 0.75,
    "participle": 0.7,
    "verbal-noun": 0.6,
    "continuation": 0.6,
    "continuation-disagrees": 0.4,
    "continuation-unsure": 0.4,
    "party-turned-to": 0.55,
    "subject-of-verb-before": 0.55,
    "describes-unnamed": 0.6,
    "lead-subject": 0.6,
    "headline-colon": 0.5,
    "headline-subject-verb": 0.5,
    "speaker-label": 0.6,
}
_REVIEW = {
    "verb-object": "the statement is the verb's object: check where the speaker ends",
    "continuation": "no subject of its own: the speaker of the statement before",
    "continuation-disagrees": "the verb does not agree with the speaker before: who speaks is left open",
    "continuation-unsure": "someone else speaks between this and the statement before: who speaks is left open",
    "party-turned-to": "no subject of its own: the party the narration turns to before it (من جانبه، في المقابل)",
    "subject-of-verb-before": "no subject of its own: the subject of the verb before it, not the last statement's",
    "verbal-noun": "speaker taken from the verb that opens the sentence",
    "relay-citing": "the source cited (نقلا عن) speaks; the verb's subject relays it",
    "headline-colon": "a headline: check the body says the same",
    "speaker-label": "a line listed under a speaker's label: check the list is theirs",
    "describes-unnamed": "a bare role taken as the unnamed speaker before it: check it is the same person",
    "lead-subject": "no subject of its own: the subject of the sentence before",
}


#: A quotation left open at a line end runs on over at most this many paragraphs.
_QUOTE_PARAGRAPHS = 4


def _left_open(text: str, found: list[_Statement], line_end: int) -> tuple[int, str] | None:
    """The last statement of a paragraph, if it is a quotation still open at the line's end
    and closed within the next few paragraphs: (its index, the marks that close it)."""
    item = found[-1]
    opening = item["start"] - 1
    if opening < 0 or text[opening] not in QUOTE_CLOSERS or item["end"] != line_end:
        return None
    closers = QUOTE_CLOSERS[text[opening]]
    ahead = text[line_end : line_end + _QUOTE_PARAGRAPHS * MAX_SENTENCE].split("\n")[: _QUOTE_PARAGRAPHS * 2 + 1]
    if not any(c in "\n".join(ahead) for c in closers):
        return None
    return len(found) - 1, closers


def _speaks_anew(text: str, start: int, end: int) -> bool:
    """Whether a paragraph after a quotation left open opens a statement of its own rather than
    going on with the quotation: no quotation mark opens it, and a cue or a connective of the
    narration comes first ("في المقابل، نفى ...")."""
    first = start + len(text[start:end]) - len(text[start:end].lstrip())
    return text[first] not in QUOTE_CLOSERS and _next_sentence_speaks(text, first, end)


def _continued_quote(
    text: str, start: int, end: int, open_quote: tuple[int, str], found: list[_Statement]
) -> tuple[int, str] | None:
    """A paragraph of a quotation begun above: one more statement of the same speaker, with no cue.

    Returns the quotation, still open, for the next paragraph; None once it closes.
    """
    index, closers = open_quote
    first = start + len(text[start:end]) - len(text[start:end].lstrip())
    content_start = first + 1 if text[first] in QUOTE_CLOSERS else first
    close = next((i for i in range(content_start, end) if text[i] in closers), None)
    previous = found[-1]
    if not text[previous["start"] : previous["end"]].rstrip().endswith((".", "!", "؟", "?", ":", "…")):
        # The line broke mid-sentence ("... للاحتلال بفرض" / "سياسة قصف ..."): the same statement.
        previous["end"] = close if close is not None else end
        return None if close is not None else (index, closers)
    found.append(
        {
            "speaker": None,
            "same_as": index,
            "cue": "",
            "lemma": "",
            "start": content_start,
            "end": close if close is not None else end,
            "split": start,
            "cue_span": None,
            "rule": "quote-continued",
        }
    )
    return None if close is not None else (index, closers)


_STANDING_QUOTE_WORDS = 4  # fewer words in marks are a term or a title, not a paragraph of speech


def _quote_standing_alone(text: str, start: int, end: int, found: list[_Statement]) -> None:
    """A paragraph that is one quotation and nothing else, right after a paragraph whose last
    statement has a speaker: that speaker going on, with no cue ("و أضاف: "…" / "علاقات الكرة …".").
    A quotation with no full stop inside or after it is a crosshead, words of the section below."""
    line = text[start:end]
    first = start + len(line) - len(line.lstrip())
    last = start + len(line.rstrip(" .،,!؟?\t"))
    if last - first < 2 or text[first] not in QUOTE_CLOSERS:
        return
    closers = QUOTE_CLOSERS[text[first]]
    close = next((i for i in range(first + 1, last) if text[i] in closers), None)
    if close is None or text[close + 1 : last].strip() or len(text[first + 1 : close].split()) < _STANDING_QUOTE_WORDS:
        return  # marks closing before the paragraph's end: words of the narration follow
    if not text[close + 1 : end].strip() and not text[first + 1 : close].rstrip().endswith((".", "!", "؟", "?", "…")):
        return  # "“العلاقة مع السعودية استراتيجية بامتياز”" with no full stop at all: a crosshead
    found.append(
        {
            "speaker": None,
            "same_as": len(found) - 1,
            "cue": "",
            "lemma": "",
            "start": first + 1,
            "end": close,
            "split": start,
            "cue_span": None,
            "rule": "quote-continued",
        }
    )


def _confirm_headlines(found: list[_Statement]) -> None:
    """Drop a headline "name: words" unless the body quotes a speaker sharing a distinctive word of the name."""
    # (a body the headline names may be the one a speaker below speaks for: "الغرف التجارية: …"
    # over "أكد علاء عز، الأمين العام لاتحاد الغرف التجارية، أن …")
    spoken = {
        word
        for item in found
        if item["speaker"] is not None and not item.get("confirm")
        for word in (base(w) for w in _said_as(item["speaker"]).split())
        if word not in _GENERIC_WORDS
    }
    named = [
        item["speaker"]
        for item in found
        if item["speaker"] is not None and not item.get("confirm") and item["speaker"].name is not None
    ]
    for item in found:
        speaker = item["speaker"]
        if item.get("confirm") and speaker is not None:  # a headline always names its speaker
            words = {base(w) for w in speaker.text.split()} - _GENERIC_WORDS
            if not words & spoken:
                item["end"] = item["start"]
                continue
            printed = [base(w) for w in speaker.text.split()]
            # "بن شيخة غاضب:": the name the body gives, less a last word that is no part of it.
            for taken in (len(printed), len(printed) - 1):
                fuller = {
                    m.name or "": m
                    for m in named
                    if taken and (set(printed[:taken]) <= _name_words(m) or set(printed[:taken]) <= _body_words(m))
                }
                # (one speaker under two names, one inside the other: "النصر" and "نادي النصر")
                for short in [n for n in fuller if any(set(n.split()) < set(o.split()) for o in fuller)]:
                    del fuller[short]
                if len(fuller) == 1:  # two people it could be: left as printed
                    item["speaker"] = next(iter(fuller.values()))
                    break


def _name_words(mention: Mention) -> set[str]:
    return {base(w) for w in (mention.name or "").split()}


def _said_as(mention: Mention) -> str:
    """A speaker's words as printed, with the role and the body it speaks for."""
    return " ".join((mention.text, mention.role or "", mention.organisation or ""))


def _body_words(mention: Mention) -> set[str]:
    """The words of a speaker's role and of the body it names ("رئيس شعبة المواد البترولية",
    "اتحاد الغرف التجارية"), which a headline may name the speaker by."""
    return {base(w) for w in f"{mention.role or ''} {mention.organisation or ''}".split()} - _GENERIC_WORDS


#: A line opened by a list's bullet ("* ", "- ", "• ").
_BULLET = re.compile(r"[ \t]*[*•·▪■●◾\-–—][ \t]+(?=\S)")
#: A line that is a speaker's label and a colon, nothing after it: "مدرب الميناء/ حسن أحمد :".
_LABEL = re.compile(r"(?:[ \t]*[*•·▪■●◾\-–—][ \t]+)?[ \t]*(?P<speaker>[^:\n.،,؟!«»\"“”*•]{2,80}?)[ \t]*:[ \t]*$")
#: Words of a heading over a list, never of a speaker's name ("أبرز التصريحات:", "ملخص المباراة:").
_HEADING_WORDS = frozenset(
    base(w) for w in ("تصريحات", "تصريح", "أقوال", "أبرز", "أهم", "ملخص", "تفاصيل", "نتائج", "مقتطفات")
)
#: At most this many words name the speaker of a label.
_LABEL_WORDS = 6


def _speaker_label(text: str, start: int, end: int) -> _Statement | None:
    """A line that labels what follows as someone's, a list of what they said under it (a press
    conference's "مدرب الميناء/ حسن أحمد :" and its bulleted lines): a statement for each line to
    copy, without its place; None for any other line. Only a person or body named (a role alone,
    a dateline or a heading, "عاجل:", is no label)."""
    match = _LABEL.fullmatch(text, start, end)
    if match is None:
        return None
    words = _without_occasion(match.group("speaker").replace("/", " ").split())
    if not words or len(words) > _LABEL_WORDS or any(_is_cue_word(w) for w in words):
        return None
    if fold(words[0]) in _NOT_HEADLINE_SPEAKERS or any(base(w) in _HEADING_WORDS for w in words):
        return None
    mention = parse_arabic_mention(" ".join(words))
    if mention is not None:
        mention = statement_issuer(mention) or mention  # "- بيان شرطة المروج:"
    if mention is None or mention.unnamed or not (mention.name or (mention.person and mention.description)):
        return None  # a person or body named, or a person described ("المحامي فلان" out of the lexicon)
    if not mention.person and not in_lexicon(mention.text.split()[0], _ORG_BASES):
        return None  # "أبرز التصريحات:", "ملخص المباراة:": a heading, no body's name
    colon = text.rindex(":", start, end)
    return {
        "speaker": mention,
        "cue": ":",
        "lemma": ":",
        "cue_span": (colon, colon + 1),
        "rule": "speaker-label",
        "relay": None,
    }


def _paragraph(text: str, start: int, end: int, found: list[_Statement]) -> None:
    first = len(found)
    if not text[start:end].strip():
        return
    headline = _headline(text, start, end, found) or _headline_verb(text, start, end)
    if headline is not None:
        found.append(headline)
        return
    quoted_until = start  # a cue inside a quotation is part of the quotation
    spoken_until = start  # a cue between a verb and its content is part of that statement
    # Sentence ends of the paragraph: a cue in a run-on "sentence" longer than
    # MAX_SENTENCE is not news prose (a table, a dump) and is skipped, like the English rules do.
    ends = [start - 1, *(m.start() for m in _SENTENCE_END.finditer(text, start, end)), end]
    for cue in _cues(text, start, end):
        cue_start = cue.start + cue.conj
        after = bisect.bisect_right(ends, cue.start)
        if ends[after] - ends[after - 1] > MAX_SENTENCE:
            continue
        if cue.start < max(quoted_until, spoken_until):
            continue
        if _NEGATION.search(text, max(start, cue_start - _NEGATION_REACH), cue_start):
            continue
        if cue.kind == "verb" and _noun_after_that(text, start, cue_start, cue.end):
            continue  # "أنّ كشف معلومات ...": after a bare أنّ comes a noun ("the revealing of")
        if _IMPERSONAL.match(text, cue_start) and not text[ends[after - 1] + 1 : cue.start].strip():
            continue  # "يذكر أن ...", "يشار إلى أن ...": "it is worth recalling that", the outlet's narration
        if (
            _RELATIVE_BEFORE.search(text, max(start, cue_start - _NEGATION_REACH), cue_start)
            and not _MARKER_SOON.match(text, cue.end, end)
            and not _IN_WHICH.match(text, cue.end)  # "تصريح الطبطبائي الذي وصف فيه …": said in it
        ):
            continue  # "في التاريخ الذي ذكر": a relative clause describing something, no statement
        item = _HANDLERS[cue.kind](text, cue, start, end, found, first)
        if item is not None and cue.lemma in _DENIALS and item["speaker"] is not None and item["start"] > cue.end:
            claims = _claims_denied(text, cue.end, item["start"])
            if claims is not None:
                # "نفى المكتب الإعلامي الاتهامات التي روجها بعض المغرضين بأنها أساءت …": what follows
                # "بأنها" is the accusers' claim; the office's statement is its denial of them
                item["start"] = claims
        if item is not None:
            opening = _IMPERSONAL.match(text, item["start"])
            if opening is not None and opening.end() < item["end"]:
                # "يذكر أن X، بحسب Y": the statement is X
                rest = text[opening.end() : item["end"]]
                item["start"] = opening.end() + len(rest) - len(rest.lstrip())
            item.setdefault("cue_span", (cue.start, cue.end))
            item.setdefault("rule", _rule_of(cue, item))
            found.append(item)
            if cue.kind == "verb" and item["split"] == cue.start:
                spoken_until = item["start"]  # "واستدرك الوزير قائلا إن": the participle is the verb's
            before_content = text[start : item["start"]].rstrip()
            if item["start"] > start and before_content and before_content[-1] in QUOTE_CLOSERS:
                # "وأفاد المصدر: " لم يوضح ...": a cue inside the quotation is the quotation's
                quoted_until = max(quoted_until, item["end"])
    # A statement ends where the next one of its paragraph begins.
    mine = found[first:]
    for index, item in enumerate(mine):
        for later in mine[index + 1 :]:
            if item["start"] < later["split"] < item["end"]:
                if _ONLY_PARTICLES.fullmatch(text, item["start"], later["split"]):
                    # "وقال X: لقد زعمت صحيفة … أن …": what X said is the claim he reports, whole
                    break
                item["end"] = later["split"]
                break
            if later["split"] >= item["end"]:
                break
    # "وحسب وكالة X، فقد اكتفت الشرطة بالإشارة إلى ...": the inner speaker speaks, X relays.
    # (Every statement of a paragraph has a cue span: only a quotation continued from the
    # paragraph before has none.)
    for index, item in enumerate(mine):
        cue_span = item["cue_span"]
        if item["rule"] != "preposition" or cue_span is None or item["start"] < cue_span[1]:
            continue
        inner = next(
            (
                later
                for later in mine[index + 1 :]
                if later["speaker"] is not None
                and (later_cue := later["cue_span"]) is not None
                and item["start"] <= later_cue[0] <= item["end"]
            ),
            None,
        )
        if inner is not None:
            inner["relay"] = inner.get("relay") or _relay_of(item)
            item["end"] = item["start"]  # dropped: its content is the inner statement


#: Nouns for what others claimed: the object of a denial, whose "بأن" clause is their claim
#: ("الاتهامات التي روجها بعض المغرضين بأنها …"); plural only ("الاتهام" is also the prosecution).
_CLAIMS = frozenset(
    fold(w)
    for w in (
        *("الاتهامات", "اتهامات", "الادعاءات", "ادعاءات", "المزاعم", "مزاعم", "الأنباء", "أنباء", "الأخبار"),
        *("الشائعات", "شائعات", "الإشاعات", "التقارير", "تقارير", "التصريحات", "تصريحات"),
    )
)
_CLAIMS_MARKER = re.compile(f"(?:ب|من\\s+)(?:أن|ان|إن)[{LETTER}]*\\s*$")


def _claims_denied(text: str, after_cue: int, content_start: int) -> int | None:
    """Where a claims noun stands between a verb's subject and the "بأن" that opens its content
    ("الاتهامات … بأنها"): the statement is the verb's object from that noun on; None for none."""
    if _CLAIMS_MARKER.search(text, after_cue, content_start) is None:
        return None
    for word in _WORD.finditer(text, after_cue, content_start):
        if fold(word.group(0)) in _CLAIMS:
            return word.start()
    return None


def _rule_of(cue: _Cue, item: _Statement) -> str:
    if cue.kind == "verb":
        if item["speaker"] is None:
            return "continuation"
        return "relay-naql" if cue.lemma == "نقل" else "verb-first"
    return {"participle": "participle", "noun": "verbal-noun", "came": "came-in-statement"}.get(cue.kind, "preposition")


def _headline(text: str, start: int, end: int, found: list[_Statement]) -> _Statement | None:
    """``وزير الصحة اللبناني: "طرف واحد" يرفض وقف الحرب`` — a short line, a speaker, a colon."""
    label = _HEADLINE_LABEL.match(text, start, end)
    if label is not None:
        start = label.end()  # "خبر: الغصين: لم نعتقل …", "– الطريجي: …": a label or a dash, no speaker
    line = text[start:end]
    if len(line) > 160 or ":" not in line or any(_is_cue_word(w) for w in line.split(":")[0].split()):
        return None
    match = _HEADLINE.match(line)
    if match is None:
        return None
    words = _without_occasion(match.group("speaker").split())
    if not words or len(words) > 8:
        return None
    confirm = not (in_lexicon(words[0], _ROLE_BASES) or in_lexicon(words[0], _ORG_BASES))
    if confirm and (
        len(words) > _HEADLINE_NAME_WORDS
        or fold(words[0]) in _NOT_HEADLINE_SPEAKERS
        or len(match.group("content").split()) < _HEADLINE_CONTENT_WORDS
        or not all(re.fullmatch(f'[{LETTER}{MARKS}"“”«»]+', w) for w in words)
    ):
        return None
    mention = parse_arabic_mention(" ".join(words), noun_phrase=not confirm)
    if mention is None or (mention.name is None and mention.description is None):
        return None
    content_start = start + match.start("content")
    return {
        "speaker": mention,
        "cue": ":",
        "lemma": ":",
        "cue_span": (start + match.end("speaker"), start + match.start("content")),
        "rule": "headline-colon",
        "confirm": confirm,
        "start": content_start,
        "end": end,
        "split": start,
    }


def _without_occasion(words: list[str]) -> list[str]:
    """A speaker's words before the occasion or the outlet told ("المقداد في مؤتمر صحفي", "وهبي
    لقناة مصرية", "المحامي فلان في حديث لموقع العرب"): they are no part of the speaker."""
    cut = next(
        (
            i
            for i in range(1, len(words))
            if (i < len(words) - 1 and fold(words[i]) in _ADJUNCT_WORDS and in_lexicon(words[i + 1], _EVENT_BASES))
            or (fold(words[i]).startswith("ل") and in_lexicon(fold(words[i])[1:], _OUTLET_BASES))
        ),
        len(words),
    )
    return words[:cut]


def _headline_verb(text: str, start: int, end: int) -> _Statement | None:
    """``الجيش السوداني ينفي تصفية متعاونين مع المليشيا`` — a headline with its subject before a
    cue in the imperfect, the statement after it: a short line with no sentence end."""
    line = text[start:end].rstrip()
    if not line or len(line) > _HEADLINE_LENGTH or _SENTENCE_END.search(line) or ":" in line:
        return None
    words = list(_WORD.finditer(text, start, start + len(line)))
    for index, word in enumerate(words[1 : _HEADLINE_SUBJECT_WORDS + 1], start=1):
        cue = _word_cue(word.group(0))
        if cue is None or cue[0] != "verb" or cue[2] or _folded(word.group(0))[:1] not in _IMPERFECT_PREFIXES:
            continue
        if len(words) - index - 1 < _HEADLINE_CONTENT_WORDS - 1:
            return None
        if fold(words[index - 1].group(0)) in _NEGATIONS:
            return None  # "لا تعترف أي دولة بصومالي لاند": a denial, no one's statement
        subject = text[words[0].start() : words[index - 1].end()]
        mention = parse_arabic_mention(subject, noun_phrase=True)
        if mention is None and index <= _HEADLINE_NAME_WORDS:
            # "الوليد بن طلال ينفي …": a name alone before the verb, kept only when the body quotes it
            mention = parse_arabic_mention(subject)
        if mention is None or (mention.name is None and mention.description is None):
            return None
        head = subject.split()[0]
        # "ينفي صحة مستند ويحذر من الشائعات": a second verb joined by و says something else; so does
        # a second subject and its verb ("يعلن مقتل رهينة، والجيش الإسرائيلي يقول …"): the words end
        # where that clause begins
        content_end = start + len(line)
        for at, later in enumerate(words[index + 2 :], start=index + 2):
            joined = _word_cue(later.group(0))
            if joined is None or joined[0] != "verb":
                continue
            clause = later.start()
            if not joined[2]:
                opening = next(
                    (
                        words[k].start()
                        for k in range(at - 1, max(index + 1, at - _HEADLINE_SUBJECT_WORDS) - 1, -1)
                        if fold(words[k].group(0)).startswith("و") and k > index + 1
                    ),
                    None,
                )
                if opening is None:
                    continue  # a verb inside what is said ("تقول إنها خدعت حين أعلنت …")
                clause = opening
            content_end = clause
            break
        return {
            "speaker": mention,
            "cue": word.group(0),
            "lemma": cue[1],
            "cue_span": (word.start(), word.end()),
            "rule": "headline-subject-verb",
            # a name no role or body opens is kept only when the body quotes it
            "confirm": not (in_lexicon(head, _ROLE_BASES) or in_lexicon(head, _ORG_BASES)),
            "start": words[index + 1].start(),
            "end": content_end,
            "split": start,
        }
    return None


#: A headline is at most this long; its subject before the verb at most so many words.
_HEADLINE_LENGTH = 160
_HEADLINE_SUBJECT_WORDS = 8


#: A headline "name: words" whose name is no role or body is kept only when the body
#: quotes someone of that name; it has at most this many words, its words at least so many.
_HEADLINE_NAME_WORDS = 4
_HEADLINE_CONTENT_WORDS = 3
#: Labels that head a line with a colon and are no speaker ("عاجل:", "تقرير:", "بالفيديو:").
_NOT_HEADLINE_SPEAKERS = frozenset(fold(w) for w in LABELS)
_ROLE_BASES = frozenset(base(w) for w in ROLE_NOUNS)
_ORG_BASES = frozenset(base(w) for w in ORGANISATION_NOUNS)
_GENERIC_WORDS = _ROLE_BASES | _ORG_BASES


def _content(text: str, marker: re.Match[str], limit: int) -> tuple[int, int] | None:
    """The content after a marker: a quotation, or the rest of the sentence."""
    position = marker.end()
    while position < limit and text[position] == " ":
        position += 1
    if marker.group("quote") is not None:
        opening = marker.start("quote")
        return opening + 1, quote_end(text, opening, limit)
    if marker.group("colon") is not None:
        that = _THAT.match(text, position)  # "وقال الناطق: إن الحكومة ...": the content follows إن
        if that is not None:
            position = that.end()
            while position < limit and text[position] == " ":
                position += 1
    if position < limit and text[position] in QUOTE_CLOSERS:
        close = quote_end(text, position, limit)
        after = text[close + 1 : limit].lstrip(" .،,")
        if close < limit and (not after or after[:1] in "\n" or _ends_sentence(text, close + 1, limit)):
            return position + 1, close
        if marker.group("colon") is not None:
            return position + 1, close
    return position, _statement_end(text, position, limit)


def _next_paragraph(text: str, end: int) -> tuple[int, int] | None:
    """The next non-empty line after ``end`` (a quotation mark around it left out), or None."""
    match = _NEXT_LINE.match(text, end)
    if match is None:
        return None
    start, stop = match.start("line"), match.end("line")
    if text[start] in QUOTE_CLOSERS:
        close = quote_end(text, start, stop)
        return start + 1, close
    return start, stop


_NEXT_LINE = re.compile(r"\n[ \t]*(?:\n[ \t]*){0,2}(?P<line>\S[^\n]{0,1998})")


def _ends_sentence(text: str, at: int, limit: int) -> bool:
    rest = text[at:limit].lstrip(" ")
    return not rest or rest[0] in ".!؟?\n" or rest.startswith(("،", ","))


def _statement_end(text: str, start: int, limit: int) -> int:
    """The end of indirect speech: its sentence, and the sentences after it not opened by و / ف."""
    end = _sentence_end(text, start, limit)
    while end < limit and text[end] in ".!؟?":
        rest = end + 1
        while rest < limit and text[rest] == " ":
            rest += 1
        if rest >= limit or text[rest] in "وف\n" or _next_sentence_speaks(text, rest, limit):
            break
        end = _sentence_end(text, rest, limit)
    cut = _TRAILING_ADJUNCT.search(text, start, end)
    if cut is not None:
        end = cut.start()  # _trim drops the spaces before it
    for comma in _COMMA.finditer(text, start, end):
        following = text[comma.end() : comma.end() + 30].split()
        if following and fold(following[0]).strip("ـ") in _CIRCUMSTANTIAL:
            return comma.start()  # "..., داعيًا المواطنين إلى ...": the speaker's next act, not speech
        if following and _is_cue_word(following[0], "participle"):
            return comma.start()  # "..., مؤكدًا الاستمرار في ...": the speaker's next statement
        if len(following) > 1 and fold(following[0]) == _AS and _is_cue_word(following[1].strip("،,:"), "verb"):
            return comma.start()  # "...، كما صرح، بأن ...": the speaker's next statement
    return end


_AS = fold("كما")

#: A cue this many words into the next sentence opens a statement of its own ("إلا أنه أوضح أن ...").
_OPENING_CUE_WORDS = 5


def _next_sentence_speaks(text: str, start: int, limit: int) -> bool:
    """Whether the sentence at ``start`` is no more of the indirect speech before it: a cue
    opens it or follows a few words in ("لكنه قال", "إلى ذلك، اعتبر أن"), or a connective
    of the narration does ("في المقابل، ...", "من جهته، ...")."""
    words = text[start : min(limit, start + 120)].split()[:_OPENING_CUE_WORDS]
    if _SENTENCE_OPENER.match(text, start) or _NARRATION_OPENER.match(text, start):
        return True
    return any(_is_cue_word(word.strip("،,:")) or _classify(word.strip("،,:")) is not None for word in words)


#: Connectives that hand a sentence back to the narration.
_NARRATION_OPENER = re.compile(
    "(?:"
    + "|".join(fuzzy(w) for w in ("إلى ذلك", "إلا", "في المقابل", "من جانبه", "من جانبها", "وفي", "في سياق متصل"))
    + f"){_AFTER}"
)


def _next_marker(text: str, position: int, limit: int) -> re.Match[str] | None:
    """The first content marker after a cue, within a speaker's reach and the sentence.

    A short quotation followed by more words before the content is a name
    (``شبكة "سي إن إن"``, ``وأشار "مدبولي"، إلى أن``), not the content.
    """
    stop = min(limit, position + _MAX_BETWEEN)
    search = position
    while True:
        match = _MARKER.search(text, search, stop)
        if match is None or any(c in text[position : match.start()] for c in ".؟!?"):
            return None
        if match.group("quote") is None or text[position : match.start()].rstrip().endswith(":"):
            return match
        close = quote_end(text, match.start(), limit)
        inside = text[match.start() + 1 : close]
        if close >= limit or _name_parts(inside.split()) > _NAME_WORDS or _ends_statement(text, close + 1, limit):
            return match
        search = close + 1


#: A quotation of at most this many words inside a speaker's words is a name (the words joining a
#: long name's parts not counted: "“عبد العزيز بن سلمان بن عبد العزيز”" has three).
_NAME_WORDS = 6


def _ends_statement(text: str, at: int, limit: int) -> bool:
    """Whether a quotation closing at ``at`` ends its statement: the sentence ends, or a cue follows."""
    rest = text[at:limit].lstrip(" ")
    if not rest or rest[0] in ".!؟?\n":
        return True
    if rest[0] in "،,":
        following = rest.lstrip("،, ").split(" ")[0]
        return bool(following) and _is_cue_word(following)
    return False


_SPACES = re.compile(r"\s*")
#: Words that open a speaker's own words and never a subject: "we want", "if", "we", "I".
_OWN_WORDS_OPENING = frozenset(fold(w) for w in ("نريد", "نحن", "أنا", "إذا", "لو", "لسنا", "لست"))


def _verb(text: str, cue: _Cue, start: int, end: int, found: list[_Statement], first: int) -> _Statement | None:
    printed = text[cue.start : cue.end]
    lemma = cue.lemma
    split = cue.start
    if lemma in _ACCUSING:
        accusation = _accusation(text, cue, end)
        accuser = accusation["speaker"] if accusation is not None else None
        if accusation is not None and accuser is not None and _in_it(accuser.text):
            # "بيان أصدرته “الحركة الشعبية” اتهمت فيه القوات ...": the document's issuer accuses
            issuer = _document_issuer(text, start, cue)
            accusation = None if issuer is None else {**accusation, "speaker": issuer}
        if accusation is not None:
            return accusation
        if _accused_first(text, cue, end):
            return None
    if lemma in _DEMANDING:
        demanded = _WORD.search(text, cue.end, min(end, cue.end + 40))
        if demanded is not None and _charge_like(demanded.group(0)):
            return None  # "ويطالب بتحقيق عاجل: “…”": what is demanded, its subject before the verb
        # (only a verb opening its sentence: "حيث طالب المحكمة بانتداب …" goes on with a subject before)
        demand = _demand(text, cue, end) if _opens_sentence(text, cue) else None
        if demand is not None:
            return demand
    marker = _next_marker(text, cue.end, end)
    if marker is not None and (
        _PARTICIPLE_CLAUSE.search(text, cue.end, marker.start())
        or any(_is_cue_word(w, "verb") for w in _outside_asides(text[cue.end : marker.start()].split()))
    ):
        # "وأعلنت الشرطة توقيف ثلاثة، مشيرة إلى أن ...", "ونفى ...، واعتبر ذلك «...»":
        # that marker is the next cue's.
        marker = None
    # (the word after the verb found where it starts, never by slicing the paragraph after the cue)
    spaces = _SPACES.match(text, cue.end, end) if lemma == "قال" else None  # (\s* always matches)
    first_word = _WORD.match(text, spaces.end()) if spaces is not None else None
    if first_word is not None and fold(first_word.group(0)) in _OWN_WORDS_OPENING:
        # "وقال نريد أن نعرف …", "قال إذا كان الأمر بيده سيستقيل": the speaker's own words straight
        # after the verb, printed with no marker; the speaker is the one before, or left open
        own: _Statement = {
            "cue": printed.strip(),
            "lemma": lemma,
            "start": first_word.start(),
            "end": _statement_end(text, first_word.start(), end),
            "split": split,
            "rule": "continuation",
        }
        continued = _continuation(text, own, found, first)
        return continued or {**own, "speaker": _UNSURE, "relay": None, "rule": "continuation-unsure"}
    straight = marker is not None and not text[cue.end : marker.start()].split()
    if lemma in _QUOTING_ONLY and not (
        marker is not None and (marker.group("colon") is not None or (marker.group("quote") and straight))
    ):
        return None  # "وواصل الجيش قصفه": speech only before a colon, or a quotation straight after the verb
    governed = _governed_object(text, cue, end, marker)
    if governed is not None:
        if governed.pop("in_document", False):
            issuer = _document_issuer(text, start, cue)
            return None if issuer is None else {**governed, "speaker": issuer, "relay": None}
        if governed.pop("continues", False):
            return _continuation(text, {**governed, "rule": "continuation"}, found, first)
        if governed.pop("subject_first", False):
            if _after_opener(text, start, cue):
                # "وفي هذا السياق، شدد على رفض …", "وردًا على التهديدات، شدد على …": the speaker goes on
                return _continuation(text, {**governed, "rule": "continuation"}, found, first)
            return _nested_object(text, start, cue, governed, found)
        return governed
    if marker is None:
        return _quote_before(text, cue, start, end)
    between = text[cue.end : _marker_start(marker, lemma)]
    words = between.split()
    if len(words) > 1 and fold(words[-1]) == _PREPOSITION_OF.get(lemma):
        # "وحذرت الأمم المتحدة من "كارثة وشيكة"": the preposition governs the quotation.
        between = between[: between.rstrip().rfind(words[-1])]
        words = words[:-1]
    if (
        len(words) > 1
        and not any(c in between for c in "،,")
        and (_is_cue_word(words[-1], "participle") or fold(words[-1]) == _BY_SAYING)
    ):
        # "واستدرك الوزير قائلا إن ...", "وعلق المتحدث بالقول إن ...": the manner of the verb.
        between = between[: between.rstrip().rfind(words[-1])]
        words = words[:-1]
    if words and (_is_cue_word(words[0], "participle") or fold(words[0]) == _BY_SAYING or _circumstantial(words[0])):
        words = words[1:]  # "وتابع مؤكدًا: ...", "وتابع بالقول:", "وقال متسائلاً “…”": they belong to the verb
    while words and (taken := _manner_length(words)):
        # "قال ضمنيا إن …", "أكد مجددا أن …", "وقال بشكل واضح إن …": how it was said, no speaker
        for word in words[:taken]:
            between = between[between.find(word) + len(word) :]
        words = words[taken:]
    while len(words) > 1 and fold(words[-1]) in _MANNER:
        between = between[: between.rstrip().rfind(words[-1])]  # "وقال الوزير ضمنيا إن …": his, how
        words = words[:-1]
    answering = next(
        (
            i
            for i, word in enumerate(words[:-1])
            if i and _is_cue_word(word, "participle") and fold(words[i + 1]) in _ANSWERING_PREPOSITIONS
        ),
        None,
    )
    if answering is not None:
        # "وقال الوزير مجيبًا على أسئلة الصحفيين إن ...": the manner of the verb, an adjunct.
        between = between[: between.find(words[answering])]
        words = words[:answering]
    if any(_is_cue_word(word) for word in _outside_asides(words)):
        return None  # another cue stands between: the marker is that one's
    if (
        marker.group("colon") is not None
        and between.strip()
        and not _starts_adjunct(between.strip())
        and not _is_speaker_text(between)
    ):
        return None  # "وأضاف ردًا على سؤال، بالقول: ...", "أجاب على محاوره، ضاحكًا: ...": adjuncts only
    span = _content(text, marker, end)
    if marker.group("colon") is not None and not text[marker.end() : end].strip():
        span = _next_paragraph(text, end)  # "وقال الوزير:" and the words on the next line
    if span is None:
        return None
    item: _Statement = {"cue": printed.strip(), "lemma": lemma, "start": span[0], "end": span[1], "split": split}
    if lemma == "نقل":
        # "نقلت وكالة X عن Y قوله إن": Y speaks, X relays.
        outlet, sep, speaker = between.partition(f" {'عن'} ")
        if not sep:
            return None
        mention = parse_arabic_mention(_SAYING.sub("", speaker))
        if mention is None:
            return None
        return {**item, "speaker": mention, "relay": outlet.strip() or None}
    if lemma == "أبلغ":
        # "أبلغ مسؤول أمريكي وكالة رويترز أن": the outlet told is a relay, not part of the speaker.
        told = next((i for i, w in enumerate(between.split()) if i and in_lexicon(w, _OUTLET_BASES)), None)
        if told is None:
            return None
        mention, _ = _speaker_and_relay(" ".join(between.split()[:told]))
        told_outlet = " ".join(between.split()[told:])
        return None if mention is None else {**item, "speaker": mention, "relay": told_outlet}
    head = between.strip().strip("،,").strip()  # "كما صرح، بأن ...": a comma is no subject
    if head and _subject_in_the_verb(printed):
        head = ""  # "حيث وصفوا نشر الوكالة للرد بأنه …": "they" is in the verb; what follows is its object
    if lemma in _NEEDS_SUBJECT and (not head or _starts_adjunct(head)):
        return None  # "كتب: فلان" is a byline
    if head and (
        _is_cue_word(head.split()[0], "participle")
        or fold(head.split()[0]) == _BY_SAYING
        or _circumstantial(head.split()[0])
    ):
        head = ""  # "وتابع مؤكدًا: ...", "وقال متسائلاً": the participle belongs to the verb.
    if (
        not head
        or _starts_adjunct(head)
        or fold(head.split()[0]) in _NOT_SPEAKERS
        or fold(head.split()[0]) in _TOPIC_OR_OWN_TALK
        or fold(head.split()[0]) in _FIRST_PERSON_OPINION
        or _CITED.match(f" {head}") is not None  # "وكانت الوكالة قد ذكرت نقلا عن مصدر أن": no subject after
        or _object_in_subordinate(text, start, cue, head)
        # "ووصفت ما يُتداول بأنه “…”": what the verb describes is its object, the subject the one before
        or (lemma in _TAKES_OBJECT and fold(head.split()[0]) in _NO_OBJECT)
        # "وكان عضو هيئة الاتهام ساطع الحاج وصف المتهمين بأنهم": the subject stands before the verb
        or (lemma in _TAKES_OBJECT and _subject_before(text, start, cue.start) is not None)
    ):
        # No subject of its own: the subject before the verb, else the speaker before.
        if head and _object_in_subordinate(text, start, cue, head):
            clause = _SUBORDINATE.search(text, max(start, cue.start - 20), cue.start)
            item["split"] = clause.start() if clause is not None else cue.start  # "، قبل أن" ends what was said
            return _continuation(text, item, found, first)
        subject = _subject_before(text, start, cue.start, coordinated=bool(cue.conj))
        if subject is not None:
            item["split"] = subject[1]
            cited = _CITED.search(_CLAIM_NOUN.sub("", f" {head}"))
            cited_source = parse_arabic_mention(_cited_source(cited)) if cited is not None else _sources_cited(head)
            if cited_source is not None:
                # "وكان موقع "الوطن" قد أورد … نقلا عن بوغدانوف الزعم بأن": the site relays the
                # one it cites, whose words these are
                return {**item, "speaker": cited_source, "relay": subject[0].text, "rule": "relay-citing"}
            return {**item, "speaker": subject[0], "relay": _relay(head), "rule": "subject-before-verb"}
        embedded = _embedded(text, start, cue)
        if embedded is not None and embedded[0] is not None and embedded[1] == _sentence_start(text, start, cue.start):
            return {
                **item,
                "speaker": embedded[0],
                "relay": _relay(head),
                "split": embedded[1],
                "rule": "subject-before-verb",
            }
        if embedded is not None:
            # Inside another statement's content: "أن تحقيق الاحتلال كشف أن ..." gives the
            # inner subject, relayed by the outer speaker; a subject far back is no guess.
            if embedded[0] is None or not found:
                return None
            if in_lexicon(embedded[0].text.split()[0], _EVIDENCE_BASES):
                return None  # "إن المعلومات الاستخبارية لديهم أكدت أن …": the outer speaker's account
            outer = found[-1]
            found[-1] = {**outer, "end": embedded[1]}
            return {**item, "speaker": embedded[0], "relay": _relay_of(outer), "split": embedded[1], "nested": True}
        last = found[-1].get("cue_span") if found else None
        if cue.conj and (last is None or last[0] < _sentence_start(text, start, cue.start)):
            # "وأعرب المتحدث عن قلقه، وقال إن ...": the subject of the sentence's first verb.
            opening = _opening_subject(text, start, cue.start)
            if opening is not None:
                return {**item, "speaker": opening, "relay": _relay(head), "rule": "subject-before-verb"}
        if not found and cue.conj:
            # "أثنى الأستاذ فلان وزير الإعلام على ... . وقال خلال تفقده ...": nothing said before;
            # the verb goes on with the subject of the sentence before it.
            lead = _lead_subject(text, _sentence_start(text, start, cue.start))
            if lead is not None and cue_agreement(printed) != "plural":
                return {**item, "speaker": lead, "relay": _relay(head), "rule": "lead-subject"}
        return _continuation(text, item, found, first, relay=_relay(head))
    if _in_it(head):
        issuer = _document_issuer(text, start, cue)
        if issuer is not None:
            return {**item, "speaker": issuer, "relay": None}
        # "ووجه كلمة للمواطنين قال فيها:": a verb with no subject goes on with the speaker before
        if (
            not _after_relative_pronoun(text, start, cue)
            and _sentence_start(text, start, cue.start) == start
            and cue.start - start < _MAX_BETWEEN
        ):
            return _continuation(text, item, found, first)
        return None
    cited = _CITED.search(between)
    if cited is not None:
        # "وذكرت صحيفة X، نقلا عن مسؤول أمني، أن ...": the official speaks, X relays.
        relaying, _ = _speaker_and_relay(between[: cited.start()])
        cited_source = parse_arabic_mention(_cited_source(cited))
        if relaying is not None and cited_source is not None:
            if (
                in_lexicon(_cited_source(cited).split()[0], _OUTLET_BASES)
                and not in_lexicon(relaying.text.split()[0], _OUTLET_BASES)
            ) or (cited.group("set_off") and relaying.person and relaying.name is not None and not relaying.unnamed):
                # (and "قال المتحدث العميد نبيل عبد الله، وفقا لـ “سودان تربيون”، إن": a person named
                # says it, according to the one set off, who relays it)
                # "وأوضح المتحدث، في بيان أورده موقع ...، نقلا عن وكالة ...، أن": the agency
                # relays the speaker's statement; it is no speaker of its own.
                return {**item, "speaker": relaying, "relay": _cited_source(cited).strip()}
            return {**item, "speaker": cited_source, "relay": relaying.text, "rule": "relay-citing"}
    if lemma in _TAKES_OBJECT or (lemma in _OBJECT_BEFORE_PREPOSITION and _ENDS_WITH_BI.search(between)):
        # "وطالب الوزير منسى الدول الراعية … ب “ردع …”": the ones called on, then ب and the quotation
        between = _without_object(_ENDS_WITH_BI.sub("", between))
    mention, relay = _speaker_and_relay(between)
    if mention is None:
        return None
    return {**item, "speaker": mention, "relay": relay}


#: A preposition ب printed apart at the end of the words before a quotation ("… ب “ردع …”").
_ENDS_WITH_BI = re.compile(r"\s+ب\s*$")


def _document_issuer(text: str, start: int, cue: _Cue) -> Mention | None:
    """Who speaks in a document the sentence issues, a verb and "فيه" after it ("وأصدر المكتب
    بيانا قال فيه إن", "ببيان قالت فيه إن"): the subject named before, often in quotation
    marks, else the sentence's subject. After a relative pronoun ("في رسالتها، والتي أوردت فيها")
    the author is whoever wrote that thing, not the sentence's subject: no guess."""
    interviewed = _INTERVIEW_WITH.search(text, _sentence_start(text, start, cue.start), cue.start) or (
        _ATTRIBUTED_TO.search(text, _sentence_start(text, start, cue.start), cue.start)
    )
    if interviewed is not None:
        # "نشرت صحيفة … لقاء لرئيس الحكومة المؤقتة صرح فيه أن …": the one interviewed speaks in it,
        # not the outlet that published it
        mention = parse_arabic_mention(interviewed.group("who"))
        if mention is not None and (mention.name is not None or mention.description is not None):
            return mention
    quoted = _quoted_subject(text, start, cue.start)
    if quoted is not None:
        return quoted
    if _after_relative_pronoun(text, start, cue):
        # "تصريح الطبطبائي الذي وصف فيه …": a statement of someone's, named in construct, is theirs
        construct = _STATEMENT_OF.search(text, _sentence_start(text, start, cue.start), cue.start)
        author = parse_arabic_mention(construct.group("who")) if construct is not None else None
        return author if author is not None and author.name is not None and not author.unnamed else None
    return _opening_subject(text, start, cue.start)


#: An interview with someone, right before the verb that says what was said in it ("لقاء لرئيس
#: الحكومة المؤقتة صرح فيه", "مقابلة مع الوزير قال فيها").
_INTERVIEW_WITH = re.compile(
    "(?:"
    + "|".join(
        fuzzy(w)
        for w in (
            *("لقاء", "لقاءا", "مقابلة", "حوار", "حوارا", "حديث", "حديثا"),
            # "بعد بيان لقوات الدعم السريع قالت فيه …": a statement of someone's, theirs
            *("بيان", "بيانا", "تصريح", "تصريحا", "رسالة", "تغريدة"),
        )
    )
    + rf")\s+(?:{fuzzy('مع')}\s+|ل(?=[{LETTER}]))(?P<who>[^،,:.]{{2,80}}?)\s*$"
)


#: A statement attributed to someone, right before the verb that says what was said in it
#: ("خبرًا ورد فيه تصريح منسوب لوزير الدفاع أحمد المنصور، قال فيه إنه …"): the one it is
#: attributed to speaks in it, not the outlet that carried it.
_ATTRIBUTED_TO = re.compile(
    "(?:"
    + "|".join(fuzzy(w) for w in ("تصريح", "تصريحا", "تصريحات", "كلام", "كلاما", "رسالة", "تسجيل", "تسجيلا"))
    + rf")\s+(?:{'|'.join(fuzzy(w) for w in ('منسوب', 'منسوبا', 'منسوبة'))})\s+"
    + rf"(?:ل(?=[{LETTER}])|(?:{fuzzy('إلى')})\s+)(?P<who>[^،,:.]{{2,80}}?)\s*[،,]?\s*$"
)


#: A statement in construct with its author, then a relative pronoun, right before the verb that
#: says what was said in it ("تصريح الطبطبائي الذي وصف فيه", "بيان الحركة الذي قالت فيه").
_STATEMENT_OF = re.compile(
    "(?:"
    + "|".join(fuzzy(w) for w in ("تصريح", "تصريحات", "بيان", "رسالة", "كلمة", "خطاب", "تغريدة", "مقال"))
    + rf")\s+(?P<who>[{LETTER}{MARKS}]+(?:\s+[{LETTER}{MARKS}]+){{0,3}}?)\s+"
    + rf"(?:{fuzzy('الذي')}|{fuzzy('التي')})\s*$"
)


def _after_relative_pronoun(text: str, start: int, cue: _Cue) -> bool:
    before = text[max(start, cue.start - 12) : cue.start].split()
    return bool(before) and fold(before[-1]).removeprefix("و") in _RELATIVE_PRONOUNS


def _nested_object(text: str, start: int, cue: _Cue, item: _Statement, found: list[_Statement]) -> _Statement | None:
    """A verb's object inside another statement's content, its subject printed between the
    content marker and the verb ("وأشار إلى أن تقرير المعمل أكد عدم وجود ..."): the inner
    subject speaks, relayed by the outer speaker; anything else is no statement."""
    embedded = _embedded(text, start, cue)
    if embedded is None or embedded[0] is None or not found:
        return None
    outer = found[-1]
    outer_cue = outer.get("cue_span")
    if outer_cue is None or not outer_cue[1] <= embedded[1] < outer["end"]:
        return None
    found[-1] = {**outer, "end": embedded[1]}
    return {**item, "speaker": embedded[0], "relay": _relay_of(outer), "split": embedded[1], "nested": True}


#: Verbs of going on that report speech only before a colon or a quotation ("وواصل: “…”").
_QUOTING_ONLY = frozenset({"واصل", "اختتم", "زاد"})


#: "قبل أن" / "بعد أن" before a verb: a clause of the sentence's own subject.
_SUBORDINATE = re.compile(f"{_BEFORE}(?:{fuzzy('قبل')}|{fuzzy('بعد')})\\s+{fuzzy('أن')}\\s*$")
#: Verbs that take a direct object and are often printed with no subject in such a clause.
_CRITICISING = frozenset({"انتقد", "اتهم", "وصف", "ناشد"})


def _object_in_subordinate(text: str, start: int, cue: _Cue, head: str) -> bool:
    """Whether the words after a verb are its object, not its subject: "قبل أن تنتقد أداء عدد
    من الوزراء الذين “...”" goes on with the sentence's speaker, unless a role or body names
    a subject of its own ("قبل أن ينتقد الوزير ...")."""
    return (
        cue.lemma in _CRITICISING
        and not cue.conj
        and _SUBORDINATE.search(text, max(start, cue.start - 20), cue.start) is not None
        and not noun_phrase_length(head.split())
    )


#: Verbs whose object is the accused and whose ب-complement the charge ("اتهم X Y بالوقوف وراء ...").
_ACCUSING = frozenset({"اتهم"})
#: Verbs whose object follows with ب ("طالب بتحقيق"): that object is never their subject.
_DEMANDING = frozenset({"طالب"})
#: The accuser and the accused are read within this many words of the verb.
_ACCUSATION_WORDS = 12
_KNOWN_BODIES = frozenset(fold(w) for w in ONE_WORD_BODIES)


def _accusation(text: str, cue: _Cue, end: int) -> _Statement | None:
    """``واتهم العميد تحالف القوى المدنية “تقدم” بالوقوف وراء الحملة``: the subject speaks; the
    accused and the charge are the statement. Where the subject ends must be plain: a role or
    body's noun phrase, or a title or name before a body's noun; a name then a bare name
    ("واتهم الرئيس بايدن روسيا بـ") has no telling where one ends, and drafts nothing here."""
    stop = _sentence_end(text, cue.end, end)
    clauses = re.split(r"[،,:.؛]", text[cue.end : stop], maxsplit=2)
    words = list(_WORD.finditer(text, cue.end, cue.end + len(clauses[0])))[:_ACCUSATION_WORDS]
    printed = [w.group(0) for w in words]
    charge = _charge_at(printed, 2)
    if not printed or _is_cue_word(printed[0]) or fold(printed[0]) in _NOT_SPEAKERS:
        return None
    accused = None
    if charge is not None:
        accused = _accused_at(printed[:charge])
    elif len(clauses) > 1 and text[cue.end + len(clauses[0])] in "،,":
        # "اتهمت "تنسيقية مقاومة الفاشر"، عناصر من الدعم السريع بتصفية ...": the subject set off.
        accused = len(printed)
        after = cue.end + len(clauses[0]) + 1
        words += list(_WORD.finditer(text, after, after + len(clauses[1])))[:_ACCUSATION_WORDS]
        printed = [w.group(0) for w in words]
        charge = _charge_at(printed, accused + 1)
    if accused is None or charge is None:
        return None
    subject = _as_printed(words[:accused])
    if _starts_adjunct(subject):
        return None
    mention, relay = _speaker_and_relay(subject)
    if mention is None:
        return None
    content_start = words[accused].start()
    if text[content_start - 1] in QUOTE_CLOSERS:
        content_start -= 1  # the accused in quotation marks ("“تقدم”")
    content_end = _statement_end(text, words[charge].end(), end)
    described = _DESCRIBED.search(text, words[charge].end(), content_end)
    return {
        "cue": text[cue.start : cue.end].strip(),
        "lemma": cue.lemma,
        "start": content_start,
        "end": described.start() if described is not None else content_end,
        "split": cue.start,
        "speaker": mention,
        "relay": relay,
        "rule": "verb-object",
    }


def _demand(text: str, cue: _Cue, end: int) -> _Statement | None:
    """``وطالب وزير الداخلية بوقف الاشتباكات``, ``طالب نادي الرجاء الرياضي، بفتح تحقيق``: the
    subject, a role's or a body's noun phrase and nothing else, demands what its ب-word opens (a
    comma allowed only right before it). With anyone called on between them ("طالب الوزير الأطراف
    بـ"), where the subject ends is no guess, and nothing is drafted."""
    stop = _sentence_end(text, cue.end, end)
    words = list(_WORD.finditer(text, cue.end, min(stop, cue.end + _MAX_BETWEEN)))[:_ACCUSATION_WORDS]
    printed = [w.group(0) for w in words]
    at = next((i for i, w in enumerate(printed) if i and fold(w)[:1] == "ب" and _charge_noun(w)), None)
    if at is None or _accused_at(printed[:at]) is not None or noun_phrase_length(printed[:at]) != at:
        # no demand, or words before it that are more than the subject's role or body (someone
        # called on, whose name's end is no guess)
        return None
    between = text[cue.end : words[at].start()].rstrip().rstrip("،,")
    if any(c in between for c in '،,:«»“”"'):
        return None
    if _starts_adjunct(between.strip()) or fold(printed[0]) in _NOT_SPEAKERS:
        return None
    mention, relay = _speaker_and_relay(between.strip())
    if mention is None:
        return None
    return {
        "cue": text[cue.start : cue.end].strip(),
        "lemma": cue.lemma,
        "start": words[at].start(),
        "end": _statement_end(text, words[at].start(), end),
        "split": cue.start,
        "speaker": mention,
        "relay": relay,
        "rule": "verb-object",
    }


#: "...، وهو المستشفى الوحيد ...": the narration describing the last thing named, after a charge.
_DESCRIBED = re.compile(f'["”»]?\\s*[،,]\\s*(?:{fuzzy("وهو")}|{fuzzy("وهي")}|{fuzzy("وهم")}){_AFTER}')


def _accused_first(text: str, cue: _Cue, end: int) -> bool:
    """``تصريحات نسبها لمناوي تتهم القوات بـ”احتجاز …”``, ``واتهمت بعض الفرق ب”استخدام …”``: a word
    or two, then the charge, and no telling a subject from the accused among them: the accused
    stands straight after the verb, whose subject is before it. No speaker is read after the verb,
    where only the accused is (the verb's subject is left to the statements before)."""
    words = [w.group(0) for w in _WORD.finditer(text, cue.end, min(end, cue.end + 80))][:3]
    return any(_charge_like(word) for word in words[1:])


def _charge_like(word: str) -> bool:
    """Whether a word is a charge or a demand after its ب: a bare "ب" before a quotation, a noun
    with the article ("بالتخريب") or a verbal noun of doing ("بتحقيق"); not a name ("بشار")."""
    folded = fold(word)
    return folded == "ب" or folded.startswith("بال") or (folded[:1] == "ب" and _verbal_noun_of_doing(folded[1:]))


def _charge_at(printed: list[str], first: int) -> int | None:
    """Where the charge ("بالوقوف", "بتصفية") stands among the words, from ``first`` on."""
    return next((i for i, w in enumerate(printed) if i >= first and fold(w)[:1] == "ب" and _charge_noun(w)), None)


def _charge_noun(word: str) -> bool:
    """Whether a ب-word may be a charge ("بالوقوف", "بفبركة", "بخرق"), not a preposition of
    its own ("بشأن", "بسبب") or part of a name ("بن")."""
    folded = fold(word)
    return len(folded) >= 4 and folded not in _NOT_CHARGES


_NOT_CHARGES = frozenset(
    fold(w) for w in ("بعد", "بين", "بشأن", "بسبب", "بحق", "بها", "بهم", "بعض", "بدون", "برفقة", "بخصوص", "بينما")
)


def _accused_at(words: list[str]) -> int | None:
    """Where the accused begins among the words between the verb and the charge, or None
    when the subject's end cannot be told: the first body's noun that is no complement of
    the word before it ("العميد تحالف", "وزارة الخارجية حركة حماس", "نتنياهو حركة"); one in
    construct ("رئيس هيئة الأركان") or after a connector ("المتحدث باسم وزارة") is the subject's."""
    for index in range(1, min(len(words), _NAME_BEFORE_ROLE + 3)):
        word, previous = words[index], fold(words[index - 1])
        if not _opens_body(word):
            continue
        construct = not _definite_word(previous) and (
            in_lexicon(words[index - 1], _ROLE_BASES) or in_lexicon(words[index - 1], _ORG_BASES)
        )
        if not (construct or previous in _CONNECTOR_WORDS or previous in _CONNECTOR_STOPS):
            return index
    return None


def _opens_body(word: str) -> bool:
    """A word that opens a body's name: an organisation noun (not one after ل / ب, "للأمم"),
    or a body known by one word."""
    folded = fold(word)
    if folded.startswith(("لل", "بال")):
        return False
    return base(word) in _ORG_BASES or folded in _KNOWN_BODIES or folded in _STATES


#: "واتهمت الوزارة دولة تشاد بـ": a state accused is named after this noun.
_STATES = frozenset({fold("دولة")})


#: Prepositions after a participle that make it the manner of a verb ("مجيبًا على", "معلقًا على").
_ANSWERING_PREPOSITIONS = frozenset({fold("على"), fold("عن")})
#: Verbs with a direct object before their content ("واتهم الوزير المعارضة بأنها ...",
#: "ووصفت الخارجية القرار بأنه ...", "وطمأن الوزير المواطنين بأن ...").
_TAKES_OBJECT = frozenset({"اتهم", "وصف", "طمأن", "ناشد"})
#: Words that open a compound first name ("عبد الملك", "أبو الغيط", "نصر الله").
_NAME_OPENERS = frozenset(
    fold(w) for w in ("عبد", "أبو", "أبي", "بن", "ابن", "نصر", "سيف", "نور", "عز", "صلاح", "جمال", "علاء")
)


def _without_object(between: str) -> str:
    """The words between a verb and its content without the verb's object after the speaker.

    Only a role or body is cut (its noun phrase, then any name after it): a bare
    name runs into its object with nothing to tell where one ends.
    """
    if any(c in between for c in "،,"):
        return between
    words = between.split()
    quantified = next((i for i, word in enumerate(words) if i and fold(word) in _QUANTIFIERS | _ADDRESSEES), None)
    if quantified is not None:
        return " ".join(words[:quantified])  # "ودعا المصدر كافة وسائل الإعلام": "all" opens the object
    length = noun_phrase_length(words)
    if not length:
        return between
    if not in_lexicon(words[0], _ROLE_BASES):
        return " ".join(words[: _body_length(words)])
    # The role runs over definite words; past its head it takes only adjectives
    # ("الخارجية الفلسطينية"), complements of an indefinite noun ("وزير الخارجية") and bodies.
    end = 1
    while end < length:
        word, previous = fold(words[end]), fold(words[end - 1])
        adjective = word.startswith("لل") or (
            word.startswith("ال")
            and (
                word.endswith(("ي", "يه", "يين", "يون"))
                or word in _ROLE_ADJECTIVES
                or in_lexicon(words[end - 1], _ORG_BASES)
            )
        )
        complement = not previous.startswith(("ال", "لل")) or previous in _CONNECTOR_WORDS
        if not (adjective or complement or in_lexicon(words[end], _ORG_BASES) or word in _CONNECTOR_WORDS):
            break
        end += 1
    if end + 1 < len(words) and is_given_name(words[end]):
        # "حذر محافظ عجلون عادل الروسان أصحاب المحطات": a given name and its family name, "ال" or not
        # ("عبد الله" and "بن سلمان" two words); the object follows ("محمود عباس المجتمع الدولي")
        family = 2 if fold(words[end + 1]) in _NAME_JOINERS and end + 2 < len(words) else 1
        return " ".join(words[: end + 1 + family])
    role_end = end
    while end < len(words):
        word, previous = fold(words[end]), fold(words[end - 1])
        if word.startswith("ال") and not (previous in _NAME_OPENERS or word.endswith("ي")):
            break
        if (
            end - role_end >= 2
            and end + 1 < len(words)
            and fold(words[end + 1]).startswith("ال")
            and word not in _NAME_JOINERS
            and previous not in _NAME_JOINERS
        ):
            break  # "ماتياس يايسله نتيجة المباراة": a name of two words, then a noun in construct, the object
        end += 1
    return " ".join(words[:end])


def _body_length(words: list[str], *, strict: bool = False) -> int:
    """How many words name a body: its noun, then adjectives and definite complements
    ("وزارة الصحة الفلسطينية"), not a definite object after it ("الخارجية القرار").

    Indefinite words go on with the name ("منظمة أطباء بلا حدود") unless ``strict``,
    for a verb whose object may be indefinite ("الشرطة توقيف ثلاثة").
    """
    end = 1
    while end < len(words):
        word, previous = fold(words[end]), fold(words[end - 1])
        if word in _QUANTIFIERS:
            break  # "المصدر كافة وسائل الإعلام": "all" opens the object, no name goes on with it
        definite = word.startswith(("ال", "لل"))
        if not definite and end >= 2 and in_lexicon(words[end], _ORG_BASES):
            break  # "حركة فتح أجهزة أمن حماس": a second body after the first's name, the verb's object
        if not definite and not strict:
            end += 1
            continue
        adjective = definite and (word.endswith(("ي", "يه", "يين", "يون")) or in_lexicon(words[end - 1], _ORG_BASES))
        complement = definite and (not previous.startswith(("ال", "لل")) or previous in _CONNECTOR_WORDS)
        # "اللجنة الدولية للصليب الأحمر", "الهيئة العامة للاستثمار": after the body's adjective, what it is for
        purpose = word.startswith("لل") and (previous.endswith("يه") or previous in _ROLE_ADJECTIVES)
        if not (adjective or complement or purpose or word in _CONNECTOR_WORDS or words[end][:1] in _OPENERS):
            break
        end += 1
    return end


#: Adjectives of a role that do not end in the nisba ("الأمين العام", "المبعوث الخاص").
_ROLE_ADJECTIVES = frozenset(
    fold(w)
    for w in (
        "العام",
        "العامة",
        "الأعلى",
        "الأول",
        "الأولى",
        "المتحدة",
        "الأسبق",
        "السابق",
        "السابقة",
        "الخاص",
        "الخاصة",
        "الدائم",
        "الدائمة",
        "المساعد",
        "المساعدة",
        "المكلف",
        "المكلفة",
    )
)
_CONNECTOR_WORDS = frozenset(fold(w) for w in ("باسم", "في", "لدى", "عن", "من"))
#: Words for "all" and "every", which open a noun phrase of their own.
_QUANTIFIERS = frozenset(fold(w) for w in ("كافة", "كل", "جميع", "مختلف", "سائر"))
#: Whom a call or a warning addresses, opening the object after its speaker: "ودعت الوزارة الرأي
#: العام إلى …", "وحذر الجيش المواطنين من …".
_ADDRESSEES = frozenset(fold(w) for w in ("الرأي", "المواطنين", "الجمهور", "الجميع", "وسائل", "المواطنات"))


def _outside_asides(words: list[str]) -> list[str]:
    """The words between a verb and its content outside an aside on the speaker
    ("المصدر، الذي فضل عدم ذكر اسمه،", "مسؤول، طلب عدم ذكر اسمه،"): a cue there is no cue."""
    kept: list[str] = []
    aside = False
    for index, word in enumerate(words):
        if index and words[index - 1].endswith(("،", ",")):
            aside = fold(word) in _RELATIVE_PRONOUNS or fold(word) in _ASIDE_OPENERS
        if not aside and not (index and fold(words[index - 1]) == _NOT):
            kept.append(word)
    return kept


#: Verbs that open an aside on the speaker's anonymity ("، طلب عدم الكشف عن هويته،").
_ASIDE_OPENERS = frozenset(fold(w) for w in ("طلب", "فضل", "رفض", "اشترط", "مشترطا", "مفضلا", "طالبا"))
_NOT = fold("عدم")


def _marker_start(marker: re.Match[str], lemma: str) -> int:
    """Where the words before a content marker end: "على أن" after a verb that does not
    govern على is a name and a conjunction ("وقال الخبير محمد علي إن ...")."""
    that = marker.group("that")
    if that is not None:
        first = that.split()[0]
        if len(that.split()) > 1 and fold(first) == _ON and _PREPOSITION_OF.get(lemma) != _ON:
            return marker.start() + that.rfind(that.split()[-1])
    return marker.start()


_ON = fold("على")


# "، نقلا عن مسؤول أمني،", or with no comma: "وقالت المنظمة نقلا عن محامين إن"
# "نقلا عن X", and set off by commas "، وفق X،" / "، بحسب X،" ("وأكدت الصحيفة، وفق المسؤولين، أن"):
# X speaks, the subject relays
def _sources_cited(head: str) -> Mention | None:
    """Unnamed sources a verb cites by "عن" right after it ("زعمت عن مصادر حزب الله أن": claimed,
    citing Hezbollah sources, that …), or None."""
    words = head.split()
    if len(words) < 2 or fold(words[0]) != fold("عن"):
        return None
    source = parse_arabic_mention(" ".join(words[1:]))
    return source if source is not None and source.unnamed else None


def _cited_source(cited: re.Match[str]) -> str:
    """The source a :data:`_CITED` match names."""
    return cited.group("source") or cited.group("set_off")


_CITED = re.compile(
    f"(?:(?:[،,]\\s*|\\s+){fuzzy('نقلا')}\\s+{fuzzy('عن')}\\s+(?P<source>[^،,]+?)\\s*(?:[،,]\\s*)?"
    # ("وفقا لـ" before "وفق", whose "ا لـ" would start the source)
    f"|[،,]\\s*(?:{fuzzy('وفقا')}\\s+لـ?|{fuzzy('وفق')}|{fuzzy('بحسب')}|{fuzzy('حسب')})\\s*(?P<set_off>[^،,]+?)\\s*[،,]\\s*)$"
)


def _and_an_adjunct(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` opens "and" with an adjunct: "وفي", "وخلال", or "و" printed apart before "في"."""
    folded = fold(words[index])
    if folded == fold("و"):
        return index + 1 < len(words) and fold(words[index + 1]) in _ADJUNCT_WORDS
    return folded[:1] == fold("و") and folded[1:] in _ADJUNCT_WORDS


def _embedded(text: str, start: int, cue: _Cue) -> tuple[Mention | None, int] | None:
    """For a verb with no subject after it and no conjunction, in the middle of a clause:
    (its subject between the content marker before it and the verb, where that subject
    begins), or (None, 0) when the words before it are no subject; None at a clause's start."""
    if cue.conj:
        return None
    sentence_start = _sentence_start(text, start, cue.start)
    left = text[sentence_start : cue.start]
    if left.rstrip().endswith(("،", ",")) and _THAT.search(left.rstrip()[:-1]) is not None:
        # "إن الناطق الرسمي باسم القوات المسلحة، كشف": a comma between a subject and its verb
        left = left.rstrip()[:-1]
    clause = max(left.rfind("،"), left.rfind(","), left.rfind(":"))
    if not left.strip() or _SENTENCE_OPENER.fullmatch(left[clause + 1 :].strip()):
        return None
    if not left[clause + 1 :].strip():
        # "وجاء في بيان ...، أشار ... إلى": a verb with neither subject nor conjunction after a
        # comma describes something; "..., أضاف" alone would not be printed without its و;
        # after a connective ("إلى ذلك، اعتبر أن ...") the speaker goes on.
        opener = left[:clause].strip()
        if (
            _SENTENCE_OPENER.fullmatch(opener)
            or _NARRATION_OPENER.fullmatch(opener)
            or _ANSWERING.match(opener)
            or _TOPIC_FIRST.match(opener)
            or _CONTEXT_OPENER.fullmatch(opener)
        ):
            return None
        return (None, 0) if opener and not opener.endswith(":") else None
    markers = list(_THAT.finditer(text, sentence_start, cue.start))
    if not markers:
        # Subject first: "مصدر أمني أكد أن ...", a headline's "رئيس الوزراء يؤكد: ...".
        words = left.split()
        if clause < 0 and (_starts_adjunct(left) or _TOPIC_FIRST.match(left.lstrip())):
            return None  # "و في الحاصل كشف أنه ...": an adverbial opens the clause, no subject
        if clause < 0 and 1 <= len(words) <= _SVO_WORDS:
            mention = parse_arabic_mention(" ".join(words))
            if mention is not None:
                return mention, sentence_start
        aside = next((i for i, word in enumerate(words[: _SVO_WORDS + 1]) if i and _and_an_adjunct(words, i)), None)
        if clause < 0 and aside is not None and aside <= _SVO_WORDS:
            # "الفالح وفي تصريحات خاصة لوكالة “سبوتنيك” الروسية الأربعاء قال:": the subject, then
            # "and in …" set between it and its verb
            mention = parse_arabic_mention(" ".join(words[:aside]))
            if mention is not None and mention.name is not None and not mention.unnamed:
                return mention, sentence_start
        if clause < 0 and _SVO_WORDS < len(words) <= _LONG_SVO_WORDS and in_lexicon(words[0], _ROLE_BASES):
            # "رئيسة بعثة اللجنة الدولية في سوريا ماريان غاسر قالت:": a long role, then the name
            mention = parse_arabic_mention(" ".join(words))
            if mention is not None and mention.role is not None and mention.name is not None and not mention.unnamed:
                return mention, sentence_start
        return None, 0
    subject_start = markers[-1].end()
    # "إن الناطق الرسمي باسم القوات المسلحة، كشف": a comma may stand between subject and verb
    subject = text[subject_start : cue.start].rstrip().rstrip("،,")
    words = subject.split()
    role = bool(words) and in_lexicon(words[0], _ROLE_BASES)  # "الناطق الرسمي باسم ...": one role
    reach = _LONG_SUBJECT_WORDS if role or _one_noun_phrase(words) else _SUBJECT_WORDS
    if not 1 <= len(words) <= reach or any(c in subject for c in "،,"):
        return None, 0
    mention = parse_arabic_mention(" ".join(words))
    return (mention, subject_start) if mention is not None else (None, 0)


#: A subject printed between a content marker and its verb is at most this many words;
#: one noun and its definite complements ("تقرير الأدلة الجنائية بوزارة الداخلية") at most the longer reach.
_SUBJECT_WORDS = 4
_LONG_SUBJECT_WORDS = 6


def _one_noun_phrase(words: list[str]) -> bool:
    """Whether words are one noun in construct with definite complements, the kind of subject
    that runs long ("تقرير المعمل الجنائي", "بوزارة الداخلية" counting as definite)."""
    if len(words) < 2 or _definite_word(words[0]):
        return False
    for word in words[1:]:
        folded = fold(word)
        bare = folded[1:] if folded[:1] in "بل" else folded
        if not (folded.startswith(("ال", "بال", "لل")) or in_lexicon(bare, _ORG_BASES)):
            return False
    return True


#: A subject opening its sentence before the verb is at most this many words.
_SVO_WORDS = 6
#: ... or a role and the name after it, at most this many.
_LONG_SVO_WORDS = 10
_SENTENCE_OPENER = re.compile(
    "(?:"
    + "|".join(
        fuzzy(w)
        for w in (
            "من جهته",
            "من جهتها",
            "بدوره",
            "بدورها",
            "لكنه",
            "لكنها",
            "لكنهم",
            "لكن",
            "ولكن",
            "كما",
            "ثم",
            "بينما",
            "فيما",
            "في حين",
            "حيث",
            "إذ",
            # "إلا أنه أوضح أن ...": the pronoun is the subject, the speaker before.
            *(f"{but} أن{pronoun}" for but in ("إلا", "غير", "بيد") for pronoun in ("ه", "ها", "هم")),
        )
    )
    + ")"
)


#: A clause about the question a speaker answers ("وعند سؤاله عن ...، أشار إلى أن ...",
#: "وردًا على سؤال ...، أوضح أن ..."): the verb after it goes on with the speaker before.
_ANSWERING = re.compile(
    f"[وف]?(?:{fuzzy('عند')}|{fuzzy('عندما')}|{fuzzy('لدى')})\\s+(?:{fuzzy('سؤاله')}|{fuzzy('سؤالها')}|{fuzzy('سؤالهم')}|"
    # "وردًا على تهديدات الترانسفير، شدد على …": whatever is answered, a question or threats
    f"{fuzzy('سئل')}|{fuzzy('سئلت')}){_AFTER}|[وف]?(?:{fuzzy('ردا')}|{fuzzy('تعليقا')})\\s+{fuzzy('على')}\\s"
    # "وفي معرض رده على سؤال …، قال:", "وفي ردها على …": the speaker's own reply
    f"|[وف]?{fuzzy('في')}\\s+(?:{fuzzy('معرض')}\\s+)?(?:{fuzzy('رده')}|{fuzzy('ردها')}|{fuzzy('ردهم')})\\s+{fuzzy('على')}\\s"
)


def _after_opener(text: str, start: int, cue: _Cue) -> bool:
    """Whether a verb with no conjunction follows an opener set off by a comma that goes on with the
    speaker before ("وفي هذا السياق،", "وردًا على سؤال …،", "وحول مستقبل الفريق،", "من جهته،")."""
    left = text[_sentence_start(text, start, cue.start) : cue.start].rstrip()
    if not left.endswith(("،", ",")):
        return False
    opener = left[:-1].strip()
    return bool(
        _SENTENCE_OPENER.fullmatch(opener)
        or _ANSWERING.match(opener)
        or _TOPIC_FIRST.match(opener)
        or _CONTEXT_OPENER.fullmatch(opener)
    )


#: The context a speaker goes on in ("وفي هذا السياق، قال إن …", "وفي السياق ذاته، أكد …", "ومن جهة
#: أخرى، أشار …"): no subject, the speaker before goes on.
_CONTEXT_OPENER = re.compile(
    f"[وف]?(?:{fuzzy('في')}\\s+(?:(?:{fuzzy('هذا')}|{fuzzy('ذلك')}|{fuzzy('هذه')})\\s+)?"
    f"(?:{fuzzy('السياق')}|{fuzzy('الإطار')}|{fuzzy('الشأن')}|{fuzzy('الصدد')}|{fuzzy('المقام')})"
    f"(?:\\s+(?:{fuzzy('ذاته')}|{fuzzy('نفسه')}|{fuzzy('ذاتها')}|{fuzzy('نفسها')}))?"
    f"|{fuzzy('من')}\\s+(?:{fuzzy('جهة')}|{fuzzy('ناحية')})\\s+(?:{fuzzy('أخرى')}|{fuzzy('ثانية')}))"
)
#: A topic set before the verb ("وعن الوعود التي … قال:", "وحول مستقبل الفريق، قال:"): what the
#: speaker goes on to speak about, no subject; the verb goes on with the speaker before. The
#: conjunction may be printed apart ("و بخصوص نهائي رادس قال :").
_TOPIC_FIRST = re.compile(
    f"(?:[وف]\\s?)?(?:{fuzzy('عن')}|{fuzzy('حول')}|{fuzzy('بشأن')}|{fuzzy('بخصوص')}|{fuzzy('فيما')}\\s+(?:{fuzzy('يتعلق')}|{fuzzy('يخص')}))\\s"
)


def _relay_of(outer: _Statement) -> str | None:
    mention = outer.get("speaker")
    return mention.text if mention is not None and mention.name is not None else outer.get("relay")


def _quoted_subject(text: str, start: int, at: int) -> Mention | None:
    sentence_start = _sentence_start(text, start, at)
    left = text[sentence_start:at]
    # (not a name after a preposition: "نشر "النصر" بياناً عبر حسابه في "تويتر"" is Al-Nassr's, on Twitter)
    quoted = [
        q
        for q in re.finditer(r"[\"“«]([^\"“”«»]{2,80})[\"”»]", left)
        if fold((left[: q.start()].split() or [""])[-1]) not in _PLACE_PREPOSITIONS
    ]
    return parse_arabic_mention(quoted[-1].group(1)) if quoted else None


_PLACE_PREPOSITIONS = frozenset(fold(w) for w in ("في", "عبر", "على", "من", "إلى", "عن", "مع", "لـ", "ل", "ب"))


#: Verbs whose statement may be the object of their preposition ("وأشار التقرير إلى ارتفاع ...").
_PREPOSITION_OF = {
    "أشار": fold("إلى"),
    "لفت": fold("إلى"),
    "نوه": fold("إلى"),
    "نبه": fold("إلى"),
    "أكد": fold("على"),
    "شدد": fold("على"),
    "كشف": fold("عن"),
    "حذر": fold("من"),
    "دعا": fold("إلى"),
}
#: Verbs whose statement may be their direct object after a role or body
#: ("ونفى الجيش مسؤوليته"); those of :data:`_BODY_OBJECT_VERBS` only after a body
#: ("وأعلنت وزارة الصحة ارتفاع الحصيلة", never "وأعلن الرئيس الحداد").
_OBJECT_VERBS = frozenset({"نفى", "أعلن", "أكد"})
_BODY_OBJECT_VERBS = frozenset({"أعلن", "أكد"})


def _object_after_preposition(
    text: str, cue: _Cue, words: list[re.Match[str]], marker: re.Match[str] | None
) -> tuple[str, int] | None:
    """``وأشار التقرير إلى ارتفاع ...``: (the words before the preposition, where its object starts)."""
    wanted = _PREPOSITION_OF.get(cue.lemma)
    if wanted is None:
        return None
    at = next((i for i, w in enumerate(words) if fold(w.group(0)) == wanted), None)
    if at is None or at + 1 >= len(words) or any(c in text[cue.end : words[at].start()] for c in "،,:"):
        return None
    if marker is not None and any(c in text[words[at].end() : marker.start()] for c in "،,"):
        # "أكد المنسق ... علي الصلات، أن ...": "علي" is a name set off before the content, no "على".
        return None
    return text[cue.end : words[at].start()].strip(), words[at + 1].start()


#: An object opener is looked for within this many words after the cue.
_OPENER_REACH = 14
_OBJECT_OPENERS = frozenset(fold(w) for w in OBJECT_OPENERS)
_ANY = fold("أي")
_TOPICS = frozenset(fold(w) for w in TOPIC_NOUNS)
_TERMS = frozenset(base(w) for w in TERMS)
_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")
#: Words no subject holds: an object or a clause has begun ("ما", "عن", "الذي").
_OBJECT_STOPS = frozenset(fold(w) for w in ("ما", "عن", "الذي", "التي", "الذين", "بشأن", "حول"))


def _opener(word: str, lemma: str) -> bool:
    """Whether a word opens a statement made the verb's object ("عدم", "التزامه", and
    for a denial "أي": "نفى ... أي تورط")."""
    folded = fold(word)
    if folded == _ANY:
        return lemma in _DENIALS
    if folded in _OBJECT_OPENERS:
        return True
    return any(folded.endswith(p) and folded[: -len(p)] in _OBJECT_OPENERS for p in _OBJECT_PRONOUNS)


def _object_opened(text: str, cue: _Cue, words: list[re.Match[str]]) -> tuple[str, int] | None:
    """``أكد المتحدث باسم الوزارة فلان، عدم وجود ...``: (the speaker, adjuncts and all,
    where the object starts) when a verbal noun of :data:`OBJECT_OPENERS` follows the
    subject; the speaker is read from the words before it. An opener straight after the
    verb ("أكد عدم وجود ...") leaves the subject to what stands before the verb."""
    if words and _opener(words[0].group(0), cue.lemma):
        return "", words[0].start()
    for index, word in enumerate(words[1:_OPENER_REACH], start=1):
        if _opener(word.group(0), cue.lemma):
            if index > 1 and fold(word.group(0)) == _ANY and _verbal_noun_of_doing(words[index - 1].group(0)):
                word = words[index - 1]  # "نفت الوزارة تنفيذ أي هجوم": the deed denied opens the object
            return text[cue.end : word.start()].strip().rstrip("،,").strip(), word.start()
        folded = fold(word.group(0))
        if (
            folded == _WHAT
            and cue.lemma in _DENIALS
            and index + 1 < len(words)
            and _reporting_verb(words[index + 1].group(0)) is not None
        ):
            # "نفت مصر ما أعلنه الجيش السوداني بشأن …": what another party made known is the
            # object denied (that party's words are not read from it)
            return text[cue.end : word.start()].strip().rstrip("،,").strip(), word.start()
        if (
            cue.lemma in _DENIALS
            and folded in _CLAIMS
            and fold(words[index - 1].group(0)) not in _POINTING
            and index + 2 < len(words)
        ):
            # "نفى رئيس المكتب اللواء علي المملوك الأنباء التي تحدثت عن ...": the reports denied, and
            # what they say ("ونفت حماس الاتهامات." says nothing denied)
            return text[cue.end : word.start()].strip().rstrip("،,").strip(), word.start()
        if _is_cue_word(word.group(0)) or _THAT.match(word.group(0)) or folded in _OBJECT_STOPS:
            return None  # "نفى ما نسب إليه عن اعتقال ...": the object began before the verbal noun
    return None


def _verbal_noun_of_doing(word: str) -> bool:
    """Whether a bare word has the shape of the verbal noun تفعيل ("تنفيذ", "تقديم", "تسليم"): a
    deed, which no speaker's name continues into."""
    folded = fold(word)
    return len(folded) == 5 and folded[0] == "ت" and folded[3] == "ي"


#: "بن", "ابن", "بنت": a name goes on with the father's name after them.
_SON_OF = frozenset(fold(w) for w in ("بن", "ابن", "بنت"))


def _direct_object(cue: _Cue, words: list[re.Match[str]]) -> tuple[str, int] | None:
    """``ونفى الجيش الإسرائيلي مسؤوليته``: (the role or body, where the object starts); a bare name is no guess."""
    printed = [w.group(0) for w in words]
    length = noun_phrase_length(printed)
    if length and cue.lemma in _BODY_OBJECT_VERBS and not in_lexicon(printed[0], _ORG_BASES):
        return None
    while 0 < length < len(printed) - 2 and fold(printed[length]) in _SON_OF:
        length += 2  # "نفى الأمير الوليد بن طلال ما يدور": the name goes on past "بن", not the object
    if 0 < length < len(printed) - 2 and is_given_name(printed[length]):
        # "ونفى المتحدث باسم الجيش نبيل عبد الله مسؤوليته": the holder's name after the role (its
        # family name one word, or two after "عبد" or "بن"), then the object
        length += 3 if fold(printed[length + 1]) in _NAME_JOINERS and length + 3 < len(printed) else 2
    taken = length
    while 0 < taken < len(words) and fold(printed[taken]) in _MANNER:
        taken += 1
    if not 0 < taken < len(words):
        return None
    # the words as printed from the first to the last, a number among them ("حركة 25 فبراير")
    return _as_printed(words[:length]), words[taken].start()


def _as_printed(words: list[re.Match[str]]) -> str:
    """The text from the first of these words to the last, a number among them kept ("حركة 25
    فبراير"; the words are letters only), its spacing made single."""
    return " ".join(words[0].string[words[0].start() : words[-1].end()].split()) if words else ""


def _governed_object(text: str, cue: _Cue, end: int, marker: re.Match[str] | None) -> _Statement | None:
    """A statement that is the verb's object: ``وأشار التقرير إلى ارتفاع ...``, ``ونفى الجيش مسؤوليته عن ...``."""
    sentence_stop = _sentence_end(text, cue.end, end)
    reach = marker.start() if marker is not None else sentence_stop
    words = list(_WORD.finditer(text, cue.end, min(reach, cue.end + _MAX_BETWEEN)))
    found = _object_after_preposition(text, cue, words, marker)
    if found is None and cue.lemma in _OBJECT_VERBS and marker is None:
        found = _object_opened(text, cue, words) or _direct_object(cue, words)
        if found is not None and fold(text[found[1] :].split(maxsplit=1)[0]) in _TOPICS:
            return None  # "أعلنت الوزارة عدد القتلى": what was made known, not what was said
    appositive = None
    if found is None and cue.lemma in _DENIALS and marker is None:
        # "نفى العقيد أحمد علي، المتحدث باسم القوات المسلحة، إقدام ...": a name, its role, the object.
        apposed = _APPOSED_SUBJECT.match(text, cue.end, sentence_stop)
        if apposed is not None and _is_role(apposed.group("role")):
            found = apposed.group("name"), apposed.end()
            appositive = apposed.group("role")
    if found is None:
        return None
    head, content_start = found
    manner = head.split()
    if manner and (taken := _manner_length(manner)):
        head = " ".join(manner[taken:])  # "وأكد بشكل قاطع عدم صحة ...": how, not who; the subject is before
    if cue.lemma == "لفت":
        # "ولفت النظر إلى", "لفت الوزير الانتباه إلى": the attention drawn is the object, no speaker
        head = " ".join(word for word in head.split() if fold(word) not in _ATTENTION)
    if text[content_start - 1] in QUOTE_CLOSERS and text[content_start - 1] not in "»”":
        # "وحذرت الأمم المتحدة من "كارثة وشيكة"": the quotation is the object.
        content_end = quote_end(text, content_start - 1, end)
    else:
        content_end = _statement_end(text, content_start, end)
    item: _Statement = {
        "cue": text[cue.start : cue.end].strip(),
        "lemma": cue.lemma,
        "start": content_start,
        "end": content_end,
        "split": cue.start,
        "rule": "verb-object",
    }
    if not head or _starts_adjunct(head):
        # "وأشار إلى ...": the speaker before; without the conjunction it is a relative
        # clause ("بيان ... أشار على ما يبدو إلى ..."), no statement, unless its subject
        # stands before it inside another statement ("أن تقرير المعمل أكد عدم وجود ...").
        if not head:
            item["continues" if cue.conj else "subject_first"] = True
            return item
        return None
    if appositive is not None:
        named = parse_arabic_mention(head, appositive=appositive)
        return None if named is None else {**item, "speaker": named, "relay": None}
    if _in_it(head):
        # "أصدر المجلس بيانًا يحذّر فيه من ...": "in which" it warns; its issuer is read by the verb
        item["in_document"] = True
        return item
    if cue.lemma in _OBJECT_BEFORE_PREPOSITION:
        if fold(head.split()[0]) in _NOT_SPEAKERS:
            # "ودعت جميع المواطنين إلى التعاون": those called on, the object; the speaker goes on
            item["continues" if cue.conj else "subject_first"] = True
            return item
        head = _without_object(head)  # "ودعا الرئيس المجتمع الدولي إلى ..."
    mention, relay = _speaker_and_relay(head)
    return None if mention is None else {**item, "speaker": mention, "relay": relay}


_DENIALS = frozenset({"نفى"})
#: Words right after a verb that open no subject: a topic ("وقال عن استبعاد بوفال “…”", "حول",
#: "بشأن") or the speaker's own talk as the verb's object ("وتابع حديثه عن عودة القائد “…”").
_TOPIC_OR_OWN_TALK = frozenset(
    fold(w)
    for w in (
        "عن",
        "حول",
        "بشأن",
        "حديثه",
        "حديثها",
        "حديثهم",
        "كلامه",
        "كلامها",
        "كلامهم",
        "تصريحه",
        "تصريحها",
        "تصريحاته",
        "تصريحاتها",
        "كلمته",
        "كلمتها",
    )
)
#: The attention "لفت" draws, its object before "إلى": "ولفت النظر إلى", "لفت الانتباه إلى".
_ATTENTION = frozenset(fold(w) for w in ("النظر", "الانتباه", "الأنظار", "انتباه", "نظر"))
#: Verbs that are a statement only with their subject after them ("وكتب الرئيس على منصة إكس: ...").
_NEEDS_SUBJECT = frozenset({"كتب"})
_APPOSED_SUBJECT = re.compile(r"\s*(?P<name>[^،,.:\n]{2,60}?)\s*[،,]\s*(?P<role>[^،,.:\n]{2,100}?)\s*[،,]\s*")

#: Verbs whose object may stand between the speaker and the preposition of the statement.
_OBJECT_BEFORE_PREPOSITION = frozenset({"دعا", "حذر", "طالب"})


#: Adverbs of manner between a verb and its object ("نفى ... بشدة").
_MANNER = frozenset(
    fold(w) for w in ("بشدة", "قطعيا", "تماما", "مجددا", "أيضا", "كذلك", "رسميا", "ضمنيا", "صراحة", "بدقة", "بوضوح")
)
#: Words pointing at a noun ("بمثل هذه التصريحات"): the noun after them is inside an object already.
_POINTING = frozenset(fold(w) for w in ("هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين", "هؤلاء", "مثل", "بمثل"))
#: "بشكل قاطع", "بصورة رسمية": "in a … manner" and its adjective, how something was said.
_IN_A_MANNER = frozenset(fold(w) for w in ("بشكل", "بصورة"))
_WHOLLY = (fold("جملة"), fold("وتفصيلا"))


def _manner_length(words: list[str]) -> int:
    """How many words at the start say how something was said: "مجددا", "بشكل قاطع", "جملة
    وتفصيلا" (wholly); 0 for none."""
    first = fold(words[0])
    if first in _MANNER:
        return 1
    if len(words) > 1 and (first in _IN_A_MANNER or (first, fold(words[1]).rstrip("ً")) == _WHOLLY):
        return 2
    return 0


_OPENER_OF = {"»": "«", "”": "“”", "“": "“”", '"': '"'}


def _quote_before(text: str, cue: _Cue, start: int, end: int) -> _Statement | None:
    """``«...»، قال الوزير.``: a quotation closing just before the verb, its speaker after it."""
    left = text[max(start, cue.start - MAX_SENTENCE) : cue.start].rstrip(" ،,")
    if not left or left[-1] not in _OPENER_OF:
        return None
    close = max(start, cue.start - MAX_SENTENCE) + len(left) - 1
    opening = max(text.rfind(mark, start, close) for mark in _OPENER_OF[left[-1]])
    if opening < start:
        return None
    after = text[cue.end : _sentence_end(text, cue.end, end)]
    if after.strip() and _starts_adjunct(after.strip()):
        return None  # '"مياهنا" أعلنت أمس الأربعاء عن نتائجها': a time, no speaker; the quote is a name
    mention, relay = _speaker_and_relay(after)
    if mention is None:
        return None
    return {
        "cue": text[cue.start : cue.end].strip(),
        "lemma": cue.lemma,
        "speaker": mention,
        "relay": relay,
        "start": opening + 1,
        "end": close,
        "split": opening,
        "rule": "quote-then-verb",
    }


def _continuation(
    text: str, item: _Statement, found: list[_Statement], first: int, relay: str | None = None
) -> _Statement | None:
    """A statement with no subject of its own continues the last statement not nested in another.

    The verb agrees with its subject ("وقالت الوزارة ... وأضافت", "وقال الوزير ... وأضاف"):
    a verb whose gender differs from that statement's names someone else, and
    rather than guess who, the statement is drafted under an unnamed speaker, for review. So
    does one after a sentence that turns to another party ("من جانبه، وصف المدير الفني
    للنادي الأهلي …", "فجاء رد فلان …") whose own statement was not read: the verb's subject is that party.
    """
    main = next((i for i in range(len(found) - 1, -1, -1) if not found[i].get("nested")), None)
    if main is None:
        return None
    turns = list(_OTHER_PARTY.finditer(text, found[main]["end"], item["split"]))
    if turns:
        # "من جانبه، وصف المدير الفني للنادي الأهلي ماتياس يايسله …": the party turned to, when
        # named as the subject right after; else who speaks is left open
        named = _party_turned_to(
            text, turns[-1].end(), item["split"], verb_read=fold(turns[-1].group(0)).endswith("رد")
        )
        if named is not None:
            return {**item, "speaker": named, "relay": relay, "rule": "party-turned-to"}
        return {**item, "speaker": _UNSURE, "relay": relay, "rule": "continuation-unsure"}
    if (
        found[-1].get("nested")
        and _sentence_start(text, 0, item["split"]) <= found[-1]["start"]
        and (_word_cue(item["cue"]) or ("",))[0] == "verb"
    ):
        # "وقال المحامي … إن أحد الشاهدين قال إنه …، وأشار إلى …": a verb of its own after the words
        # reported may be the one reported or the one reporting him; rather than guess, no one (a
        # participle, "، مؤكداً", goes on with the one reporting)
        return {**item, "speaker": _UNSURE, "relay": relay, "rule": "continuation-unsure"}
    quoting = found[main].get("relay")
    if quoting and found[main].get("rule") == "relay-citing":
        # "وقالت المنظمة نقلا عن محامين إن … وتابعت أن …": the verb goes on with its subject, the
        # one quoting, not with the source quoted
        subject = parse_arabic_mention(quoting)
        if subject is not None:
            return {**item, "speaker": subject, "relay": relay}
    # Only gender tells: a verb before a plural subject is singular ("وقال مسؤولون ... وأضافوا");
    # and only a person's: copy often gives a body either gender ("نفت مكتب", "قال الجيش ... وأضافت").
    agreement = cue_agreement(item["cue"])
    before = _speaker_of(found, main)
    if (
        agreement == "plural"
        and before.person
        and not before.plural
        and not before.unnamed
        and before.name is not None
        and not fold(before.name.split()[-1]).endswith(("ون", "ين", "ات"))  # "الصحفيون": many already
    ):
        # "قائلا: "…" مما دفع أعضاء المجلس للتصفيق …، مؤكدين أنه …": a plural form is never the one
        # person quoted before; the many it agrees with are named in the narration between
        return {**item, "speaker": _UNSURE, "relay": relay, "rule": "continuation-disagrees"}
    genders = {agreement, _agreement_of(found, main)}
    if genders == {"masculine", "feminine"} and (
        _speaker_of(found, main).person or _contrasted(text, found[main], item["split"])
    ):
        return {**item, "speaker": _UNSURE, "relay": relay, "rule": "continuation-disagrees"}
    return {**item, "speaker": None, "same_as": main, "relay": relay}


def _party_turned_to(text: str, at: int, limit: int, *, verb_read: bool = False) -> Mention | None:
    """The person named as the subject of the verb after a turn to another party ("من جانبه، وصف
    المدير الفني … ماتياس يايسله نتيجة المباراة بالقاسية", "وبالمقابل لم يسكت المتهم الطاهر ميسوم
    على …"): up to a preposition, without the verb's object; None for no such person. With
    ``verb_read`` the turn held its verb ("فجاء رد فلان"): the name follows straight."""
    clause = re.split(r"[.،,:؛\n«\"“]", text[at : min(limit, at + _MAX_BETWEEN)].lstrip(" ،,"), maxsplit=1)[0]
    words = clause.split()
    if words and fold(words[0]) in _NEGATIONS:
        words = words[1:]
    subject: list[str] = []
    for word in words if verb_read else words[1:]:
        if (
            fold(word) in _VERB_PREPOSITIONS
            or fold(word) in _ADJUNCT_WORDS
            or fold(word).startswith("بال")  # "… نتيجة المباراة بالقاسية": what it was described as
            or word.endswith(("ًا", "اً"))  # "مناقدًا للمدرب": how he replied, no part of the name
        ):
            break
        subject.append(word)
    if not subject:
        return None
    mention = parse_arabic_mention(_without_object(" ".join(subject)))
    if mention is None or mention.name is None or mention.unnamed or not mention.person:
        return None
    return mention


_NEGATIONS = frozenset(fold(w) for w in ("لم", "لا", "لن", "ما"))


def _contrasted(text: str, statement: _Statement, split: int) -> bool:
    """Whether ``statement`` stands in a clause of contrast ("في حين ادعت بعض وسائل الإعلام أن …")
    in the sentence a later verb goes on in: a verb of the other gender there ("…، وأكد عدم صحة
    …") turns back to the party the contrast is with, even after a body's verb."""
    cue = statement.get("cue_span")
    if cue is None or _sentence_start(text, 0, split) > cue[0]:
        return False
    return _CONTRAST.search(text[max(0, cue[0] - 12) : cue[0]]) is not None


#: "في حين", "بينما": a clause set against the sentence's own subject.
_CONTRAST = re.compile("(?:" + "|".join(fuzzy(w) for w in ("في حين", "بينما")) + r")\s*$")

#: Words that turn a story to another party: "من جانبه، وصف …" ("for his part").
_OTHER_PARTY = re.compile(
    "(?:"
    + "|".join(
        fuzzy(w)
        for w in ("من جانبه", "من جانبها", "من جهته", "من جهتها", "في المقابل", "بالمقابل", "جاء رد", "جاء الرد")
    )
    + f"){_AFTER}"
)

#: The speaker of a statement whose verb agrees with no speaker before it.
_UNSURE = Mention("", "متحدث لم يحدده النص", unnamed=True, description="متحدث")


def _speaker_of(found: list[_Statement], index: int) -> Mention:
    """The speaker a statement names or continues (a continuation always ends at one)."""
    seen: set[int] = set()
    current: int | None = index
    while current is not None and current not in seen:
        seen.add(current)
        speaker = found[current]["speaker"]
        if speaker is not None:
            return speaker
        current = found[current].get("same_as")
    return _UNSURE


def _agreement_of(found: list[_Statement], index: int) -> str | None:
    """The gender or number of a statement's speaker as its verb shows it, through the
    statements it continues; None when no verb shows it (a preposition, a colon)."""
    seen: set[int] = set()
    current: int | None = index
    while current is not None and current not in seen:
        seen.add(current)
        item = found[current]
        agreement = cue_agreement(item["cue"]) if item["cue"] else None
        if agreement is not None:
            return agreement
        current = item.get("same_as") if item["speaker"] is None else None
    return None


def _participle(text: str, cue: _Cue, start: int, end: int, found: list[_Statement], first: int) -> _Statement | None:
    left = text[start : cue.start].rstrip()
    # "وتابع مؤكدًا: ..." is one statement, cued by the verb.
    if left and _is_cue_word(left.split()[-1]) and re.search(f"[{LETTER}{MARKS}]$", left):
        return None
    marker = _next_marker(text, cue.end, end)
    between = text[cue.end : marker.start()].strip() if marker is not None else ""
    # with no comma before it and no statement before it, only a participle right before "أن" is one
    # of saying, and only with a subject of its own sentence: "عبر ستيبان توماس، …، عن خيبة أمله …
    # وبين جماهيره مؤكدًا أن …"
    unset = bool(left) and not left.endswith(("،", ",", ":")) and len(found) <= first
    if unset and (marker is None or between):
        return None
    if marker is not None:
        reported = _what_another_said(text, cue.end, marker, end)
        if reported is not None:
            return reported
    if marker is None or len(between.split()) > 4 or "،" in between or "," in between:
        # "، مؤكدًا الاستمرار في ...", "، محذرة من تفاقم ...": the object is the content.
        span: tuple[int, int] | None = _participle_object(text, cue, end)
    else:
        span = _content(text, marker, end)
    if span is None:
        return None
    comma = max(left.rfind("،"), left.rfind(","))
    split = start + comma if comma >= 0 else cue.start
    lemma = cue.lemma
    item: _Statement = {
        "cue": text[cue.start : cue.end].strip(),
        "lemma": lemma,
        "start": span[0],
        "end": span[1],
        "split": split,
    }
    last = found[-1].get("cue_span") if found else None
    if last is None or last[0] < _sentence_start(text, start, cue.start):
        # No statement before it in its sentence: "وأعرب مكتب الوزيرة عن استغرابه، مبينا أن ...".
        subject = _opening_subject(text, start, cue.start, after_cue=True) or _named_speaker_opening(
            text[_sentence_start(text, start, cue.start) : cue.start], found
        )
        if subject is not None:
            return {**item, "speaker": subject, "relay": None}
        if unset:
            return None
        sentence = text[_sentence_start(text, start, cue.start) : cue.start].split()
        if (
            last is not None
            and last[0] < start
            and any((_reporting_verb(word) or ("",))[0] == "verb" for word in sentence)
        ):
            # "من جهة أخرى نفى مصدر في التحالف …، مشيراً إلى أن …": the participle is the subject's
            # of its own sentence's verb, which was not read; never the speaker of a paragraph before
            return None
    elif _speech_reported_within(text, found[-1], split):
        # "أفادت مصادر بأن الوكالة نشرت خبرًا … نفى فيه مزاعم …، مؤكدة أن …": the words reported
        # hold a speech of their own, and the participle may go on with it or with the one
        # reporting; rather than guess, no one
        return {**item, "speaker": _UNSURE, "relay": None, "rule": "continuation-unsure"}
    return _continuation(text, item, found, first)


def _speech_reported_within(text: str, statement: _Statement, until: int) -> bool:
    """Whether the last clause of the words ``statement`` reports, before ``until``, opens with a
    verb of saying of its own, no conjunction before it ("…، نفى فيه مزاعم …"): a speech
    within the one reported, which no statement was read for."""
    end = min(statement["end"], until)
    clause = max(text.rfind("،", statement["start"], end), text.rfind(",", statement["start"], end))
    if clause < 0:
        return False
    first = _WORD.search(text, clause, end)
    if first is None or (_reporting_verb(first.group(0)) or ("",))[0] != "verb":
        return False
    # "…، وتعهد بمواصلة …", "…، فتنفي …": a conjunction carries on the reporting subject's verbs
    joined = first.group(0)[1:] if first.group(0).startswith(("و", "ف")) else ""
    return not (joined and (_reporting_verb(joined) or ("",))[0] == "verb")


#: How many statements back a family name opening a sentence is looked for among those quoted.
_SPEAKERS_LOOKED_BACK = 40


def _named_speaker_opening(sentence: str, found: list[_Statement]) -> Mention | None:
    """The speaker met before whose family name follows the verb opening ``sentence`` ("وكشف هيثم
    سبب …، مشددا على …" after "المتحدث باسم المجلس نزار هيثم"); None for any other subject. A bare
    name runs into the verb's object, and only a name already read tells where it ends."""
    words = sentence.split()
    if len(words) > 2 and fold(words[0]) in _ALSO_THEN:
        words = words[1:]
    if len(words) < 2 or (_reporting_verb(words[0]) or ("",))[0] != "verb":
        return None
    named = fold(words[1].strip('،,:."“”«»'))
    for statement in reversed(found[-_SPEAKERS_LOOKED_BACK:]):  # the people quoted lately: linear in a long text
        speaker = statement.get("speaker")
        if speaker is None or speaker.name is None or speaker.unnamed or not speaker.person:
            continue
        parts = speaker.name.split()
        if len(parts) > 1 and fold(parts[-1]) == named:
            return speaker
    return None


def _what_another_said(text: str, position: int, marker: re.Match[str], end: int) -> _Statement | None:
    """``نافيةً بذلك ما أعلنه الجيش من أنه ...``: the content after the marker is what the
    subject of the relative verb said (the other side's statement, which the speaker denies)."""
    words = list(_WORD.finditer(text, position, marker.start()))
    for index, word in enumerate(words[:-2]):
        reported = _reporting_verb(words[index + 1].group(0))
        if fold(word.group(0)) != _WHAT or reported is None or reported[0] != "verb":
            continue
        subject = [w.group(0) for w in words[index + 2 :]]
        if subject and fold(subject[-1]) == fold("من"):
            subject = subject[:-1]
        if subject and fold(subject[0]) in _NOT_SPEAKERS:
            return None  # "مشيرا إلى ما وصفها بـ “…”": what he himself called it, no one else's words
        mention = parse_arabic_mention(" ".join(subject)) if subject else None
        span = _content(text, marker, end)
        if mention is None or span is None:
            return None
        verb = words[index + 1]
        return {
            "cue": verb.group(0),
            "lemma": reported[1],
            "start": span[0],
            "end": span[1],
            "split": verb.start(),
            "speaker": mention,
            "relay": None,
            "cue_span": (verb.start(), verb.end()),
            "rule": "verb-first",
        }
    return None


#: Participles whose object, with or without its preposition, is what was said.
_OBJECT_PARTICIPLES = {
    "أكد": ("على",),
    "نفى": (),
    "أشار": ("إلى",),
    "لفت": ("إلى",),
    "نوه": ("إلى", "ب"),
    "حذر": ("من",),
    "كشف": ("عن",),
    "شدد": ("على",),
    "توقع": (),
}
_PARTICIPLE_OBJECT = re.compile(
    "\\s+(?P<preposition>(?:" + "|".join(fuzzy(w) for w in ("على", "إلى", "من", "عن")) + ")\\s+)?"
)


#: Words at the start of a participle's object that make it no statement of the speaker's.
_NO_OBJECT = frozenset(fold(w) for w in ("ذلك", "بذلك", "هذا", "هذه", "تلك", "ما", "كل"))
#: How far into a participle's object a cue verb ("ما أعلنه الجيش") is looked for.
_OBJECT_REACH = 4


def _participle_object(text: str, cue: _Cue, end: int) -> tuple[int, int] | None:
    """The object of a participle of saying as its content ("مؤكدًا الاستمرار في عقد المؤتمر"),
    or None: a participle of another kind, or a word after it that opens no object."""
    prepositions = _OBJECT_PARTICIPLES.get(cue.lemma)
    if prepositions is None:
        return None
    match = _PARTICIPLE_OBJECT.match(text, cue.end, end)
    if match is None:
        return None
    at = match.end()
    preposition = match.group("preposition")
    if preposition is not None and fold(preposition.strip()) not in {fold(p) for p in prepositions}:
        return None
    # "كاشفًا "قرب" إنشاء مديرية": a word of the object in quotation marks.
    word = _WORD.match(text, at + 1 if text[at : at + 1] in '"“«' else at)
    if word is None or _is_cue_word(word.group(0)) or fold(word.group(0)) in _ADJUNCT_WORDS:
        return None
    opening = _WORD.findall(text, at, min(end, at + 60))[:_OBJECT_REACH]
    if any(fold(w) in _NO_OBJECT or (_reporting_verb(w) or ("",))[0] == "verb" for w in opening):
        # "نافيةً بذلك ما أعلنه الجيش من أنه ...": what is denied is the other side's
        # statement, never this speaker's; "مؤكدًا ذلك" says nothing of its own.
        return None
    if preposition is None and prepositions and fold(word.group(0))[:1] == "ب" and "ب" in prepositions:
        at += 1  # "منوهًا بأهمية ..."
    stop = _statement_end(text, at, end)
    return (at, stop) if stop > at else None


def _lead_subject(text: str, at: int) -> Mention | None:
    """The person named as the subject of the sentence just before ``at`` ("أثنى الأستاذ خالد
    العلي وزير الإعلام على ..."): a name with a role, or None."""
    before = text[:at].rstrip()
    if not before:
        return None
    if before[-1] in ".!؟?":
        before = before[:-1]
    sentence_start = _sentence_start(text, 0, len(before))
    clause = re.split(r"[،,:]", before[sentence_start:])[0].split()
    if len(clause) < 3 or _classify(clause[0]) is not None:
        return None
    subject: list[str] = []
    for word in clause[1:]:
        if fold(word) in _ADJUNCT_WORDS or fold(word) in _VERB_PREPOSITIONS or _starts_adjunct(word):
            break
        subject.append(word)
    mention = parse_arabic_mention(" ".join(subject)) if subject else None
    if mention is None or not mention.person or mention.unnamed or not mention.name or not mention.role:
        return None
    return mention


#: Words that turn a story to another matter before its verb, with no comma ("من جانب آخر عاتب …").
_TOPIC_TURN = re.compile(
    "(?:" + "|".join(fuzzy(w) for w in ("من جانب آخر", "من جهة أخرى", "من جهة ثانية", "على صعيد آخر")) + f"){_AFTER}"
)
#: A name set off by a comma before its role is read as the subject when it has at most this many words.
_SET_OFF_NAME_WORDS = 3
#: A role set off by commas after a name ("، مدرب الأخدود،") has at most this many words.
_SET_OFF_ROLE_WORDS = 4


def _opening_subject(text: str, start: int, at: int, *, after_cue: bool = False) -> Mention | None:
    """The subject of the verb opening the sentence before ``at``, the verb's object cut off;
    None when a preposition follows the verb (no subject of its own: "وأعرب عن أمله").
    With ``after_cue``, the opening verb may be a cue that drafted nothing of its own ("حذر
    المتحدث المواطنين، قائلا: ..."). A name set off by commas after the subject is its name."""
    sentence_start = _sentence_start(text, start, at)
    clauses = re.split(r"[،,:]", text[sentence_start:at])
    clause, clause_index = clauses[0], 0
    opening_words = clause.split()
    if len(clauses) > 1 and (
        _SENTENCE_OPENER.fullmatch(clause.strip())
        or _NARRATION_OPENER.fullmatch(clause.strip())
        or _TOPIC_TURN.fullmatch(clause.strip())  # "من جهة أخرى، عبر ستيبان توماس، …"
        # "وفي سبتمبر الماضي، أبقى بنك المغرب …، قائلا": when, set off before the verb
        or (opening_words and fold(opening_words[0]).removeprefix("و") in _TIME_OPENERS)
    ):
        # "من جهتها، عبرت برلمانية ... قائلة:": the verb after the connective.
        sentence_start += len(clause) + 1
        clause, clause_index = clauses[1], 1
    words = clause.split()
    if len(words) > 2 and fold(words[0]) in _ALSO_THEN:
        words = words[1:]  # "كما دعا المكتب ...": "also" before the verb
    turn = _TOPIC_TURN.match(" ".join(words))
    if turn is not None:
        words = words[len(turn.group(0).split()) :]  # "من جانب آخر عاتب فلان …": the verb after it
    opening = _classify(words[0]) if words else None
    if opening is not None and opening[0] == "one" and opening[2] in _QUOTING_ONLY:
        opening = None  # "واختتم الوزير زيارته، مؤكدًا ...": a verb of doing here
    if opening is not None and opening[:2] == ("opens", "came") and len(words) > 1 and fold(words[1]) != _IN:
        opening = None  # "ورد القاضي على …": "and replied", not "it came in …"
    if len(words) < 2 or (opening is not None and not (after_cue and _is_cue_word(words[0], "verb"))):
        return None
    subject: list[str] = []
    bounded = False  # the subject ends at a preposition or an adjunct, not at the clause's end
    for index, word in enumerate(words[1:], start=1):
        # "برلمانية عن حزب العدالة": a role's connector before a body, not the verb's preposition.
        connects = (
            len(subject) == 1
            and in_lexicon(subject[0], _ROLE_BASES)
            and index + 1 < len(words)
            and in_lexicon(words[index + 1], _ORG_BASES)
        )
        # "النائب علي المقداد": "علي" spelled with ya right after a role is a name, not "على"
        named_ali = word == "علي" and len(subject) == 1 and in_lexicon(subject[0], _ROLE_BASES)
        if not named_ali and (
            fold(word) in _ADJUNCT_WORDS or (fold(word) in _VERB_PREPOSITIONS and not connects) or _starts_adjunct(word)
        ):
            # a preposition printed apart ends the subject plainly; "بالتدخل" may be the object's
            bounded = bool(subject) and fold(word) in _VERB_PREPOSITIONS
            break
        if subject and fold(word) == _PERFECT:
            break  # "وكان الوزير قد تحدث … وقال": "قد" opens the subject's own verb
        subject.append(word)
    if subject and not noun_phrase_length(subject):
        if len(clauses) > 1 and len(subject) == len(words) - 1 and fold(words[0]).removeprefix("و") not in _NEGATIONS:
            # "هنأ جوزيه مورايس مدرب فريق الشباب، لاعبي الفريق …": a comma ends the subject, and a
            # name of a few words with its role in construct is the whole of it
            named = parse_arabic_mention(" ".join(subject))
            if (
                named is not None
                and named.name is not None
                and named.role is not None
                and not named.unnamed
                and len(named.name.split()) <= _SET_OFF_NAME_WORDS
                and subject[0] == named.name.split()[0]
                and not any(_is_cue_word(word) for word in named.name.split())
            ):
                return named
            role = clauses[clause_index + 1].split() if clause_index + 2 < len(clauses) else []
            if (
                0 < len(role) <= _SET_OFF_ROLE_WORDS
                and len(subject) <= _SET_OFF_NAME_WORDS
                and in_lexicon(role[0], _ROLE_BASES)
                and not any(_is_cue_word(word) for word in subject)
            ):
                # "عبر ستيبان توماس، مدرب الأخدود، عن خيبة أمله": the name, its role set off after it
                named = parse_arabic_mention(f"{' '.join(subject)}، {' '.join(role)}")
                if named is not None and named.name is not None and named.role is not None and not named.unnamed:
                    return named
        # a bare name runs into the verb's object: no guess; unless a preposition ends it and the
        # narration printed it in full before ("وشكا مرسي من الحاجز" after "محمد مرسي")
        full = _named_in_full_before(text, sentence_start, subject[0]) if bounded and len(subject) == 1 else None
        return parse_arabic_mention(full) if full is not None else None
    if not subject:
        return None
    cue_verb = opening is not None
    if cue_verb and ((not bounded and len(subject) < len(words) - 1) or any(fold(w)[:1] == "ب" for w in subject[1:])):
        return None  # "واتهم الرئيس بايدن روسيا بالتدخل في ...،": where the subject ends is no guess
    if not in_lexicon(subject[0], _ROLE_BASES):
        subject = subject[: _body_length(subject, strict=True)]
    elif after_cue and _object_after_role(subject):
        # "واستنكر النائب رفع أسعار المحروقات، قائلا …": the role, then the verb's object
        subject = subject[:1]
    elif len(subject) > 2 and is_given_name(subject[1]):
        # "وجه النائب يوسف الفضالة انتقادات حادة …": the role and the name, then the verb's object
        role_and_name = subject[: 2 + _surname_length(subject[2:])]
        if len(role_and_name) < len(subject):
            return parse_arabic_mention(" ".join(role_and_name))
    mention = parse_arabic_mention(_without_object(" ".join(subject)))
    if mention is not None and mention.role and (mention.name is None or mention.unnamed) and subject == words[1:]:
        named = _named_in_apposition(text, sentence_start + len(clause) - len(words[-1]), subject)
        if named is not None and not named.unnamed:
            return named
    return mention


def _named_in_full_before(text: str, at: int, surname: str) -> str | None:
    """The full name a family name was last printed in before ``at``, after a given name ("محمد
    مرسي"): the name of a person, not a word of the verb's object; None when it was not."""
    pattern = re.compile(f"(?P<given>[{LETTER}{MARKS}]+)\\s+{fuzzy(surname)}{_AFTER}")
    named = [m for m in pattern.finditer(text, max(0, at - _BODY_REACH), at) if is_given_name(m.group("given"))]
    return f"{named[-1].group('given')} {surname}" if named else None


#: Prepositions that open a clause of time set off before the verb ("وفي سبتمبر الماضي،", "وخلال الأسبوع،").
_TIME_OPENERS = frozenset(fold(w) for w in ("في", "خلال", "منذ", "بعد", "قبل"))


def _surname_length(words: list[str]) -> int:
    """How many of the words after a given name go on with the name: the family name, then definite
    family names, more given names, "بن", "أبو", "عبد" and what they join ("يوسف الفضالة", "علي
    فياض", "محمد بن سلمان"); an indefinite word after the family name is the verb's object."""
    length = 0
    while length < min(len(words), 3):
        word = fold(words[length])
        if word in _NAME_JOINERS and length + 1 < len(words):
            length += 2
        elif word.startswith("ال") or is_given_name(words[length]) or length == 0:
            length += 1  # the first word after the given name is the family name, "ال" or not ("علي فياض")
        else:
            break
    return min(length, len(words))


_NAME_JOINERS = frozenset(fold(w) for w in ("بن", "ابن", "أبو", "ابو", "عبد", "بنت"))


def _object_after_role(subject: list[str]) -> bool:
    """Whether the words after a definite role ("النائب", "المحافظ") are the verb's object, not a
    name: two words or more, the first no given name and no definite word of the role's own
    ("المتحدث الرسمي", "الرئيس الأمريكي"). A bare surname after the role ("الرئيس بوتين") stays."""
    if len(subject) < 3 or not fold(subject[0]).startswith("ال"):
        return False
    after = subject[1]
    return not is_given_name(after) and not fold(after).startswith("ال")


_ALSO_THEN = frozenset(fold(w) for w in ("كما", "وكما", "ثم"))

#: Prepositions a verb governs ("أعرب عن", "دعا إلى"): its subject ends before one.
_VERB_PREPOSITIONS = frozenset(fold(w) for w in ("عن", "من", "إلى", "على", "في"))


#: A comma and a circumstantial participle of saying ("، مشيرة", "، مؤكدًا").
_PARTICIPLE_CLAUSE = re.compile(
    "[،,؛]\\s*و?(?:"
    + "|".join(sorted({fuzzy(form) for forms in ARABIC_PARTICIPLES.values() for form in forms}, key=len, reverse=True))
    + f")[{MARKS}]*{_AFTER}"
)


#: Verbs that take a bare verbal noun as their statement ("جدد الرئيس التأكيد بأن ...").
_RENEWAL_VERBS = frozenset(fold(w) for w in ("جدد", "جددت", "جددوا", "أعاد", "أعادت", "أعادوا", "كرر", "كررت", "كرروا"))


def _renews(text: str, start: int, cue: _Cue) -> bool:
    """Whether the clause of a bare verbal noun opens with a verb of renewal ("وخلال اللقاء،
    جدد بري التأكيد"), not an adjective ("ومن المهم التأكيد أن" is no statement)."""
    clause = re.split(r"[،,]", text[_sentence_start(text, start, cue.start) : cue.start])[-1].split()
    return bool(clause) and fold(clause[0]).removeprefix("و") in _RENEWAL_VERBS


def _noun(text: str, cue: _Cue, start: int, end: int, found: list[_Statement], first: int) -> _Statement | None:
    lemma = cue.lemma
    if not fold(text[cue.start + cue.conj : cue.end]).startswith("ب") and not _renews(text, start, cue):
        return None
    after = _TO_OR_ON.match(text, cue.end, end)
    if after is not None and _THAT.match(text, after.end()) is None:
        # "بالإشارة إلى سقوط قذيفة": the object is the content.
        span: tuple[int, int] | None = (after.end(), _statement_end(text, after.end(), end))
    else:
        marker = _next_marker(text, cue.end, end)
        if marker is None:
            return None
        between = text[cue.end : marker.start()].strip()
        if between and fold(between.split()[0]) not in (fold("على"), fold("إلى")):
            return None
        span = _content(text, marker, end)
    if span is None:
        return None
    item: _Statement = {
        "cue": text[cue.start : cue.end].strip(),
        "lemma": lemma,
        "start": span[0],
        "end": span[1],
        "split": cue.start,
    }
    subject = _subject_of_sentence(text, start, cue.start)
    if subject is not None:
        return {**item, "speaker": subject, "relay": None}
    return _continuation(text, item, found, first)


def _preposition(text: str, cue: _Cue, start: int, end: int, found: list[_Statement], first: int) -> _Statement | None:
    printed = text[cue.start : cue.end].strip()
    lemma = cue.lemma
    sentence_start = _sentence_start(text, start, cue.start)
    left = text[sentence_start : cue.start].strip()
    after_end = _sentence_end(text, cue.end, end)
    rest = text[cue.end : after_end]
    # "وحسب مصادر طبية، ..." or "وحسب مصادر طبية فإن ...": whichever comes first ends the source
    marks = [m for m in (re.search(r"[،,]", rest), _THEN.search(rest)) if m is not None]
    comma = min(marks, key=lambda m: m.start()) if marks else None
    speaker_text = rest[: comma.start()] if comma else rest
    # "وفقا لـ الجيش", "وفقا لـ«الجيش»", "وفقا لـالجيش": the preposition drawn out with a tatweel, apart
    # from the name or joined to it, is no part of the source
    speaker_text = _DRAWN_OUT_LAM.sub("", speaker_text, count=1)
    if speaker_text.split() and fold(speaker_text.split()[0]) in _OWN_WORDS:
        return None  # "، وفق تعبيرها": the speaker's own words, no source of their own
    if speaker_text.split() and in_lexicon(speaker_text.split()[0], _TERMS):
        return None  # "حسب اتفاق الرياض", "وفقا للقانون": by an instrument's terms, no one speaking
    mention, relay = _speaker_and_relay(speaker_text)
    if mention is None:
        return None
    item: _Statement = {"cue": printed, "lemma": lemma, "speaker": mention, "relay": relay}
    if not left or fold(left) in (fold("و"), fold("ف")):
        # "وبحسب وكالة X، ...": the clause after the comma.
        if comma is None:
            return None
        content_start = cue.end + comma.end()
        while content_start < end and text[content_start] == " ":
            content_start += 1
        # The pattern matches even nothing, so there is always a match.
        particle = re.match(f"(?:{fuzzy('فقد')}|{fuzzy('فإن')}|ف)?\\s*", text[content_start:end])
        content_start += len(particle.group(0)) if particle is not None else 0
        return {**item, "start": content_start, "end": after_end, "split": cue.start}
    if not left.endswith(("،", ",")):
        return None
    # "..., بحسب الوزارة": the clause before.
    clause_end = cue.start
    while clause_end > sentence_start and text[clause_end - 1] in " ،,":
        clause_end -= 1
    inner = [
        other
        for other in found
        if other.get("speaker") is not None
        and (span := other.get("cue_span")) is not None
        and sentence_start <= span[0] < clause_end
    ]
    if inner:
        # "ودعا المصدر وسائل الإعلام إلى ...، حسب الوكالة": the clause's own speaker speaks, relayed
        inner[-1]["relay"] = inner[-1].get("relay") or mention.text
        return None
    return {**item, "start": sentence_start, "end": clause_end, "split": clause_end}


#: "لـ" drawn out with a tatweel before a source, a space or a guillemet after it ("لـ «الجيش»").
_DRAWN_OUT_LAM = re.compile(r"^\s*لـ+\s*«?")

#: "وفق تعبيرها", "حسب قوله": a preposition before these words names no source.
_OWN_WORDS = frozenset(fold(w + p) for w in ("تعبير", "قول", "وصف", "زعم", "كلام") for p in ("ه", "ها", "هم", "هما"))


#: Where a clause attributed by a preposition begins when no comma sets the source off.
_THEN = re.compile(f"(?=\\s(?:{fuzzy('فإن')}|{fuzzy('فقد')})\\s)")


def _came(text: str, cue: _Cue, start: int, end: int, found: list[_Statement], first: int) -> _Statement | None:
    """``وجاء في بيان الوزارة أن ...``: the statement's author speaks."""
    marker = _next_marker(text, cue.end, end)
    if marker is None or (marker.group("colon") is not None and not text[cue.end : marker.start()].strip()):
        return None
    mention, relay = _speaker_and_relay(text[cue.end : marker.start()])
    if mention is None:
        return None
    span = _content(text, marker, end)
    if span is None:
        return None
    return {
        "cue": text[cue.start : cue.end].strip(),
        "lemma": "جاء في",
        "speaker": mention,
        "relay": relay,
        "start": span[0],
        "end": span[1],
        "split": cue.start,
    }


_HANDLERS = {
    "according": _preposition,
    "preposition": _preposition,
    "came": _came,
    "participle": _participle,
    "noun": _noun,
    "verb": _verb,
}

_EVENT_BASES = frozenset(base(w) for w in EVENT_NOUNS)
_EVIDENCE_BASES = frozenset(base(w) for w in EVIDENCE_NOUNS)
_ADJUNCT_WORDS = frozenset(fold(w) for w in ADJUNCT_WORDS) | frozenset(
    # "وأكد المساعيد بمرافعته أن": in his pleading, his statement, his speech: how, not who
    fold("ب" + noun + pronoun)
    for noun in ("مرافعت", "حديث", "كلمت", "تصريح", "تصريحات", "بيان", "مداخلت", "تعليق", "رد", "خطاب", "مقابلت")
    for pronoun in ("ه", "ها", "هم")
)
_OUTLET_BASES = frozenset(base(w) for w in OUTLET_NOUNS)
_FACING = frozenset(fold(w) for w in ("وجه", "حضور", "مواجهة"))


def _starts_adjunct(head: str) -> bool:
    words = head.split()
    if words[0] in ("و", "ف") and len(words) > 1:
        words = words[1:]  # "و في الحاصل": the conjunction printed apart
    word = words[0]
    if fold(word) in _ADJUNCT_WORDS or (fold(word)[:1] in "وف" and fold(word)[1:] in _ADJUNCT_WORDS):
        return True  # "في المقابل", "وفي الحاصل", "وعلى صعيد آخر"
    if _by_an_occasion(word):
        return True  # "أوضح بمقابلة مع "الشرق" أن": how it was said, as "في مقابلة" is
    if fold(word) in _THIS and len(words) > 1 and fold(words[1]) in _ADJUNCT_WORDS | _TIME_NOUNS:
        return True  # "هذا الاثنين", "هذا الأسبوع": a time
    # "لوكالة الأنباء", "لقناة ...": told to an outlet; "لوزير الدولة", "للرئيس": told to a person.
    folded = fold(word)
    if not folded.startswith("ل"):
        return False
    if word[1:2] in 'ـ("“«':
        return True  # "لـ(د.ب.أ)", "لـ«الجزيرة»": told to a name set apart
    if folded == fold("لمن"):
        return True  # "قال لمن التقاه من المسؤولين": told to whoever he met
    listener = "ال" + folded[2:] if folded.startswith("لل") else folded[1:]
    if in_lexicon(word, _OUTLET_BASES) or folded[1:] in _KNOWN_OUTLETS or listener in _KNOWN_OUTLETS:
        return True
    return len(listener) > 2 and in_lexicon(listener, _ROLE_BASES)


_THIS = frozenset(fold(w) for w in ("هذا", "هذه"))
_TIME_NOUNS = frozenset(fold(w) for w in ("الأسبوع", "الصباح", "المساء", "الليلة", "الشهر", "العام", "الأحد"))


#: Outlets known by a bare name: "لرويترز" is told to Reuters.
_KNOWN_OUTLETS = frozenset(
    fold(w) for w in ("رويترز", "الأناضول", "سبوتنيك", "الجزيرة", "العربية", "الحرة", "الشرق", "فرانس", "سي")
)


#: "من وصفهم بـ", "من أسماهم": those a speaker calls by a name of the speaker's choosing.
_DESCRIBING_VERBS = "|".join(fuzzy(w) for w in ("وصف", "يصف", "أسمى", "سمى", "يسمي", "نعت", "اعتبر"))
_THOSE_DESCRIBED = re.compile(f"{fuzzy('من')}\\s+(?:{_DESCRIBING_VERBS})")


@lru_cache(maxsize=1 << 12)
def _speaker_and_relay(between: str) -> tuple[Mention | None, str | None]:
    """The speaker at the start of the words between a cue and its content, and a relay among them."""
    between = between.strip()
    if _THOSE_DESCRIBED.match(between):
        # "كما ادعى من وصفهم بـ«فلول النظام السابق»": those the speaker describes, whose claim the
        # speaker's own words report to deny; no speaker of a statement, nor of the verbs after it
        return None, None
    if between[:1] in QUOTE_CLOSERS:
        close = quote_end(between, 0, len(between))
        if 1 < close < len(between) - 1 and between[close + 1 :].strip()[:1] not in "،,":
            # "وحذرت “حماس” إسرائيل من أن": the quoted name is the subject, the rest its object.
            between = between[: close + 1]
    parts = re.split(r"\s*[،,]\s*", between)
    head_words: list[str] = []
    words = parts[0].split()
    rest_index = len(words)
    for index, word in enumerate(words):
        if index and (_starts_adjunct(word) or fold(word) in _ADJUNCT_WORDS):
            if (
                fold(word) == fold("في")
                and index + 1 < len(words)
                and not in_lexicon(words[index + 1], _EVENT_BASES)
                # "صرخ النقيب الجامعي في وجه ممثل النيابة": at whom, never the speaker's own body
                and fold(words[index + 1]) not in _FACING
            ):
                head_words.append(word)
                continue
            if fold(word) == fold("على") and (
                # "محمد علي": a preposition with nothing after it is a name.
                index + 1 == len(words)
                or (
                    not in_lexicon(words[index + 1], _EVENT_BASES)
                    and not in_lexicon(words[index + 1], _OUTLET_BASES)  # "الشركة على موقع "تداول"": where
                    and fold(words[index + 1]) not in _NOT_SPEAKERS
                )
            ):
                head_words.append(word)
                continue
            rest_index = index
            break
        if fold(word) in _RELATIVE_PRONOUNS or fold(word) in _HE_IS or (index and _told_quoted(words, index)):
            rest_index = index  # "الذي ...", "وهو أيضا نقيب ...", "لـ«الجزيرة نت»": the speaker ended
            break
        if index and _told_after_name(words, index):
            rest_index = index  # "وقال طحكوت للمجلس إن": the one told, after a bare name
            break
        head_words.append(word)
    head = " ".join(head_words)
    appositive = parts[1] if len(parts) > 1 and _is_role(parts[1]) else None
    mention = parse_arabic_mention(head, appositive=appositive)
    if (
        mention is not None
        and (mention.name is None or mention.unnamed)
        and mention.role is not None
        and len(parts) > 1
    ):
        # "الناطقة باسم الوكالة، جولييت توما،": the name set off after the role. After a role read
        # as a body's unnamed person ("مدير مركز المصالحة") only a titled name is one ("اللواء يوري
        # بورينكوف"); "مسؤول في الوزارة، طلب عدم ذكر اسمه،" sets off a clause.
        # "الوزير الأول، وزير المالية، أيمن بن عبد الرحمان،": a second role may come first
        at = next(
            (
                at
                for at in ((2, 1) if len(parts) > 2 and appositive is not None else (1,))
                if _apposed_name(_up_to_adjunct(parts[at])[0], titled_only=mention.name is not None)
            ),
            None,
        )
        if at is not None:
            # "مدير إدارة النقل …، عبدالله الراجحي في تصريح صحافي": where he spoke is no part of the name
            name, occasion = _up_to_adjunct(parts[at])
            mention = parse_arabic_mention(f"{head} {name}")
            appositive = ", ".join(parts[1 : at + 1])
            parts = [*parts[: at + 1], occasion] if occasion else parts
        elif (titled := _titled_holder(parts[1])) is not None:
            # "مبعوث الرئيس الروسي، نائب وزير الخارجية الروسي ميخائيل بوغدانوف في اتصال ...": a
            # second office and its holder's name, then where he spoke; the holder speaks
            mention, rest = titled
            words, rest_index, parts = [*words, *rest.split()], len(words), parts[:1] + parts[2:]
            appositive = None
    apposed = 0 if appositive is None else appositive.count(", ") + 1
    adjuncts = " ".join([" ".join(words[rest_index:]), *parts[1 + apposed :]])
    return mention, _relay(adjuncts)


def _up_to_adjunct(part: str) -> tuple[str, str]:
    """Words up to the first adjunct after the first ("عبدالله الراجحي", "في تصريح صحافي"), and the rest."""
    words = part.split()
    end = next(
        (
            i
            for i, w in enumerate(words)
            # (a given name is none: "علي" folds as the preposition "على", printed otherwise)
            if i and (_starts_adjunct(w) or fold(w) in _ADJUNCT_WORDS) and not (is_given_name(w) and w != "على")
        ),
        len(words),
    )
    return " ".join(words[:end]), " ".join(words[end:])


def _titled_holder(part: str) -> tuple[Mention, str] | None:
    """An office and its holder's name set off after another office, up to the first adjunct ("نائب
    وزير الخارجية الروسي ميخائيل بوغدانوف في اتصال هاتفي"): the holder and the words after; None when
    the words name no one by an office."""
    words = part.split()
    if not words or _starts_adjunct(part):
        return None  # "، في المؤتمر الصحفي عقب اللقاء،": where, not who
    end = next((i for i, w in enumerate(words) if i and (_starts_adjunct(w) or fold(w) in _ADJUNCT_WORDS)), len(words))
    named = parse_arabic_mention(" ".join(words[:end]))
    if named is None or named.name is None or named.role is None or not named.person or named.unnamed:
        return None
    return named, " ".join(words[end:])


def _apposed_name(part: str, *, titled_only: bool) -> bool:
    """Whether words set off by commas after a role are its holder's name: a person's name of a
    few words, titled when ``titled_only``; not a time ("، هذا الاثنين،")."""
    named = parse_arabic_mention(part)
    # (a given name opening it is as plain: "، عبدالله الراجحي"; not "، طلب عدم ذكر اسمه")
    titled = bool(part.split()) and (fold(part.split()[0]) in _KNOWN_TITLES or is_given_name(part.split()[0]))
    return (
        named is not None
        and (titled or not titled_only)
        and named.name is not None
        and named.role is None
        and named.person
        and not named.unnamed
        and len(part.split()) <= _APPOSED_NAME_WORDS
        and not _starts_adjunct(part)
    )


#: A name set off by commas after a role has at most this many words.
_APPOSED_NAME_WORDS = 4
#: "and he is …" after a name opens a clause describing the speaker: "وأضاف الحاج توفيق وهو أيضا نقيب".
_HE_IS = frozenset(fold(w) for w in ("وهو", "وهي", "وهم", "وهما"))
_RELATIVE_PRONOUNS = frozenset(fold(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"))


def _is_role(text: str) -> bool:
    words = text.split()
    return bool(words) and len(words) <= 12 and (in_lexicon(words[0], _ROLE_BASES) or base(words[0]) == base("الجناح"))


def _is_speaker_text(text: str) -> bool:
    mention, _ = _speaker_and_relay(text)
    return mention is not None


_RELAY = re.compile(
    f"(?:{_BEFORE}(?:{fuzzy('مع')}|{fuzzy('على')})\\s+|{_BEFORE}ل(?:ـ)?)"
    f"(?P<relay>(?:{'|'.join(fuzzy(w) for w in sorted(OUTLET_NOUNS - {'برنامج', 'موقع'}, key=len, reverse=True))})"
    f"[{MARKS}]*(?:\\s+[^\\s،,.]+){{1,4}})"
)


#: Told to a name in quotation marks: "لـ«الجزيرة نت»", "لـ"الشرق الأوسط"".
_TOLD_QUOTED = re.compile(f"ل(?:ـ+\\s*|(?=[{re.escape(_OPENERS)}]))[{re.escape(_OPENERS)}]")
_TOLD_NAME = re.compile(
    f'{_BEFORE}ل(?:ـ+\\s*)?[{re.escape(_OPENERS)}](?P<relay>[^{re.escape(_OPENERS)}»”]{{2,40}})[»”"]'
)


def _subject_in_the_verb(cue: str) -> bool:
    """Whether a past verb carries its plural subject itself ("وصفوا", "وأكدوا": they described,
    they affirmed): a verb before its own subject takes the singular ("وقال المسؤولون"), so no
    words after this one are its subject."""
    word = fold(cue.split()[0]) if cue.split() else ""
    return word.endswith("وا") and cue_agreement(cue) == "plural"


def _by_an_occasion(word: str) -> bool:
    """Whether a word is "بـ" joined to an occasion of speech ("بمقابلة", "بتصريح", "بمؤتمر"): how
    something was said, as "في مقابلة" is."""
    folded = fold(word)
    return len(folded) > 3 and folded.startswith("ب") and in_lexicon(word[1:], _EVENT_BASES)


def _told_quoted(words: list[str], index: int) -> bool:
    """Whether the words from ``index`` tell a quoted outlet: "لـ«كونا»", or "لـ «كونا»" apart."""
    if _TOLD_QUOTED.match(words[index]):
        return True
    return _folded(words[index]) == "ل" and index + 1 < len(words) and words[index + 1][:1] in _OPENERS


def _relay(text: str) -> str | None:
    """An outlet the statement was made to ("في مقابلة مع شبكة "سي إن إن""), or None."""
    if not text:
        return None
    told = _TOLD_NAME.search(text)
    if told is not None:
        return told.group("relay").strip() or None
    for word in text.split():
        # "للجزيرة", "لرويترز": told to an outlet known by its bare name.
        folded = fold(word.strip("،,.:"))
        if folded.startswith("ل") and ("ال" + folded[2:] in _KNOWN_OUTLETS or folded[1:] in _KNOWN_OUTLETS):
            printed = word.strip("،,.:")
            return "ال" + printed[2:] if folded.startswith("لل") else printed[1:]
    match = _RELAY.search(text)
    if match is None:
        return None
    words: list[str] = []
    for word in match.group("relay").split():
        if words and (fold(word) in _ADJUNCT_WORDS or in_lexicon(word, _EVENT_BASES)):
            break
        words.append(word)
    return " ".join(words).strip(" ،,") or None


def _sentence_start(text: str, start: int, at: int) -> int:
    floor = max(start, at - MAX_SENTENCE)
    stop = text.rfind(".", floor, at)
    while stop > floor and text[stop - 1 : stop].isdigit() and text[stop + 1 : stop + 2].isdigit():
        stop = text.rfind(".", floor, stop)  # "عند 2.75%": a decimal point ends no sentence
    position = max(stop, *(text.rfind(end, floor, at) for end in "!؟?\n")) + 1
    position = max(position, floor)
    while position < at and text[position] == " ":
        position += 1
    if position == 0 or text[position - 1] == "\n":
        # "نواكشوط - ونا | شن حزب …": the dateline opening a paragraph is no part of its first sentence
        dateline = _DATELINE.match(text, position, at)
        if dateline is not None:
            position = dateline.end()
    return position


#: A dateline: a place of a few words, perhaps its agency in brackets or after a dash, then a dash
#: or a bar ("نواكشوط - ونا | ", "صنعاء – المساء برس| ", "الخرطوم (سونا) - ").
_DATELINE = re.compile(
    # (words split only at a space, so a long run of letters is read once, never split every way)
    r"[^\s.،,:|\-–—()]+(?: [^\s.،,:|\-–—()]+){0,2} ?(?:\([^()\n]{1,30}\) ?)?[-–—|] ?"
    r"(?:[^\s.،,:|\-–—()]+(?: [^\s.،,:|\-–—()]+){0,2} ?[-–—|] ?)?"
)


def _subject_before(text: str, start: int, at: int, *, coordinated: bool = False) -> tuple[Mention, int] | None:
    """A subject printed before its verb: ``وكانت صحيفة X قد قالت``, ``وكان مصدر X، قال``,
    ``أما X، فتنفي``; with ``coordinated`` (the verb joined by و / ف), also ``وكان X قد تحدث … وقال``."""
    sentence_start = _sentence_start(text, start, at)
    left = text[sentence_start:at]
    for pattern in (_SUBJECT_BEFORE, _AMMA):
        match = pattern.search(left)
        if match is not None:
            subject = match.group("subject")
            if coordinated and pattern is _SUBJECT_BEFORE:
                # "وكان الوزير قد تحدث في مؤتمر صحفي … وقال إنها": the cue goes on with the verb after
                # "قد", whose subject stands between "كان" and "قد"
                subject = subject.split(f" {_PERFECT} ", 1)[0]
            opening = fold(subject.split()[0]) if subject.split() else ""
            if opening.endswith(("ه", "ها", "هم")) and in_lexicon(opening, _EVENT_BASES):
                # "وكانت تصريحاته عن لاعبي الفريق حيث أشار": his statements are no speaker; he is,
                # the person last met, as "معاليه" is
                return Mention(subject, None, refers="person", person=True), sentence_start + match.start()
            mention = parse_arabic_mention(subject)
            if mention is not None:
                return mention, sentence_start + match.start()
    return None


def _subject_of_sentence(text: str, start: int, at: int) -> Mention | None:
    """The subject of the verb that opens the sentence (``اكتفت شرطة X ... بالإشارة إلى``),
    after any attribution set off before it (``وحسب وكالة X، فقد اكتفت ...``)."""
    sentence_start = _sentence_start(text, start, at)
    for clause in re.split(r"[،,]", text[sentence_start:at]):
        words = clause.split()
        if not words or _opens_cue(words[0]) is not None or fold(words[0]).removeprefix("و") in _ADJUNCT_WORDS:
            continue  # "وحسب وكالة X، ...", "وخلال اللقاء، ...": set off before the verb
        match = re.match(
            f"\\s*(?:[وف]?{fuzzy('قد')}\\s+)?[وف]?[{LETTER}{MARKS}]+\\s+(?P<subject>\\S.*)$",
            clause,
        )
        if match is None:
            return None
        opening = match.group("subject").split()[0]
        if fold(opening) in _ADJUNCT_WORDS or _starts_adjunct(opening):
            return None  # "وأوضح خلال المؤتمر الصحفي أن …": the verb's subject is not printed here
        if in_lexicon(opening, _EVENT_BASES):
            return None  # "وختم المؤتمر بقوله": the occasion is the verb's object; its subject is not printed
        mention, _ = _speaker_and_relay(match.group("subject"))
        return mention
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    # (and the dots of words left out before the quotation's first: "“.. خذوا المحاكمة")
    while start < end and (text[start].isspace() or text[start] in ":،,-.…"):
        start += 1
    trailing = _TRAILING_WORDS.search(text, max(start, end - _TRAILING_REACH), end)
    if trailing is not None:
        end = trailing.start()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,:؛;"):
        end -= 1
    return start, end
