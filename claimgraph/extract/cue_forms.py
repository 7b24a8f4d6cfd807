"""Speech cues as printed in English: the lexicon's verb forms, and whether a form is a verb where it stands.

The cue lexicon (:mod:`claimgraph.attribution`) lists every speech verb with all
its forms. Many forms are also nouns or adjectives ("media reports", "the
claims", "an estimated 58,000"), some need a word after them to be cues
("called for"), and base forms ("say") are verbs only after a plural subject.
The tests here tell the verb from the rest where it is printed; the sentence
patterns read a cue only where they say it is a verb.
"""

from __future__ import annotations

import re

from claimgraph.attribution import CUE_ENTRIES, NOUN_CUES
from claimgraph.extract.after_cue import LISTENER_THAT_VERBS, past_listener_and_that
from claimgraph.extract.name_words import ACCUSED_PHRASE, DEMONYMS
from claimgraph.extract.word_regex import alternation

__all__ = [
    "AUXILIARY_PATTERN",
    "BIDDEN",
    "BIDDEN_NAMED",
    "CUE",
    "CUE_VERBS",
    "OBJECT_VERBS",
    "ONLY_VERBS",
    "cue_lemma",
    "is_finite_cue",
    "is_nouny_base",
    "is_reduced_passive",
    "is_speech_verb",
    "last_verb_cue",
    "needs_met",
    "not_a_verb",
    "used_as_noun",
]

# Every speech cue of the shared lexicon, by printed form. Present forms more often nouns
# ("guarantor states", "media reports") are verbs only after a subject that cannot hold a noun
# before them ("she maintains", "Reuters reports"; see _NOUNY_FORMS); base forms ("say", "tell") are
# kept for "Republicans say ...", "went on to say ...".
_NOUN_LEMMAS = frozenset(entry.lemma for entry in NOUN_CUES)
_ENTRY_OF = {
    form: entry for entry in CUE_ENTRIES if entry.speech and entry.lemma not in _NOUN_LEMMAS for form in entry.forms
}
_NOUNY_FORMS = frozenset(form for entry in CUE_ENTRIES for form in entry.nouny if form in _ENTRY_OF)
# What may stand right before a present form that is more often a noun, for it to be a verb: a
# pronoun, or a capitalised word ("Reuters reports", "Hale insists"; not "media reports").
# An adverb may stand between a subject and its verb: "Coetzee also claims", "she still insists".
_ADVERB_BEFORE_VERB = (
    r"(?:(?:also|still|now|further|even|again|repeatedly|reportedly|apparently|previously|similarly|likewise|too|"
    # any adverb of manner: "Blue Planet Shipping strenuously disputes …" (not an adjective: "the early reports")
    r"(?!(?:early|only|likely|unlikely|daily|weekly|monthly|yearly|quarterly|elderly|family|friendly|costly|deadly|"
    r"timely|orderly|lonely|holy|ugly|silly|jolly|belly|rally|ally|tally|Italy)\s)[a-z]{2,}ly)\s+)?$"
)
_NOUNY_SUBJECT = re.compile(
    # (or a name ending in an initial: "Boy B claims his friend is lying")
    r"(?:(?<![\w-])(?:he|she|it|who|He|She|It)|[A-Z][\w’'\-]*[a-z][\w’'\-]*|(?<=[a-z]\s)[A-Z])\s+" + _ADVERB_BEFORE_VERB
)
_LEMMA_OF = {form: entry.lemma for form, entry in _ENTRY_OF.items()}
#: Verbs whose object is the statement itself ("condemned the mistreatment"): the quote keeps them.
OBJECT_VERBS = frozenset(entry.lemma for entry in CUE_ENTRIES if entry.object)


#: A regular expression (a string) matching any speech verb form of the lexicon.
CUE_VERBS = alternation(sorted(_LEMMA_OF))
#: A speech cue: a verb form of the lexicon, or "according to".
CUE = re.compile(r"(?<![\w-])(?:(?P<according>[Aa]ccording to|[Aa]s per)|(?P<verb>" + CUE_VERBS + r"))(?![\w-])")


def cue_lemma(form: str) -> str:
    """The lemma of a verb form :data:`CUE` matched ("told" → "tell")."""
    return _LEMMA_OF.get(form, form.lower())


_NEEDS = {form: entry.needs for form, entry in _ENTRY_OF.items() if entry.needs}


# Words before a cue that make it an adjective ("an estimated 58,000", "the alleged", "704 confirmed
# cases") or a noun.
# A possessive before it makes it a noun too ("Israel's claim that ...").
_NOT_A_VERB = re.compile(
    r"(?:(?:^|\s)(?:a|an|the|its|his|her|their|our|this|that|brief|recent|new)|(?P<possessive>\w['’]s?)|"
    r"(?:^|\s)(?P<number>\d(?:[\d,.]*\d)?))\s*$",
    re.IGNORECASE,
)
# Forms that are never a noun or an adjective after a possessive: "McDonald's said", "Sainsbury's told".
ONLY_VERBS = frozenset({"said", "says", "told", "tells"})


def not_a_verb(text: str, pos: int, endpos: int, form: str | None = None) -> bool:
    """Whether :data:`_NOT_A_VERB` matches in ``text`` from ``pos`` to ``endpos`` (as its ``search`` reads them).

    A match is at most seven characters (or a number) and the white space after them up to
    ``endpos``, so only the last few places before that white space are tried, not every one.
    A possessive or a number before ``form`` makes no noun of a form that is only ever a verb: a
    business named with its "'s" ("McDonald's said") speaks, and so does "UFCW Local 7".
    """
    last = pos + len(text[pos:endpos].rstrip())
    found = _NOT_A_VERB.search(text, max(pos, last - 14), endpos)
    # (nor does a number: "UFCW Local 7 said", "58% said")
    return found is not None and not ((found.group("possessive") or found.group("number")) and form in ONLY_VERBS)


def last_verb_cue(text: str) -> re.Match[str] | None:
    """The last cue of ``text`` used as a verb: "The report" and "Israel's claim" hold nouns."""
    last = None
    for match in CUE.finditer(text):
        if match.group("according"):
            last = match
            continue
        if not_a_verb(text, max(0, match.start() - 40), match.start(), match.group(0)) or used_as_noun(text, match):
            continue
        if not needs_met(text, match):
            continue  # "countered with a 10.5 percent increase": no speech without the word it needs
        if match.group(0) in _NOUNY_FORMS and not text[match.end() :].strip():
            continue  # "Media reports" right before the cue: the subject of that cue
        if base_form_noun(text, match):
            continue  # "The audit report": a base form after a singular word is a noun
        if is_reduced_passive(text, match):
            continue  # "A man charged with murder": no verb of his
        last = match
    return last


# The preposition that follows a verb at once only in the passive: "X accused of", "Y charged with".
_REDUCED_PASSIVE = {"accuse": " of ", "charge": " with ", "blame": " for "}


def is_reduced_passive(text: str, match: re.Match[str]) -> bool:
    """Whether a cue is a passive with no auxiliary, as headlines and noun phrases print it:
    "Kenya police accused of killing 33", "a man charged with murder" (the accused, no speaker),
    "A statement posted on the Federation's website countered" (the document, its own verb later)."""
    form = match.group(0)
    if not form.endswith("ed"):
        return False
    if _DOCUMENT_BEFORE.search(text, max(0, match.start() - 40), match.start()) and _WHERE_PUT.match(text, match.end()):
        return True  # (not "the leaked document indicated officials had …": its verb, its clause)
    if text.startswith(" within ", match.end()):
        return True  # "fix problems reported within a 24-hour period": when they were reported, no one speaking
    if _AGENT_NEXT.match(text, match.end()) or _PLACE_THEN_VERB.match(text, match.end()):
        # "a bombing claimed by Al-Shabaab" (its agent), "The study reported in the New England
        # Journal of Medicine involved …" (where, then the subject's own verb)
        return True
    preposition = _REDUCED_PASSIVE.get(_LEMMA_OF.get(form, ""))
    return preposition is not None and text.startswith(preposition, match.end())


# The agent after a past participle ("claimed by Al-Shabaab"); "responded by saying" is a manner.
_AGENT_NEXT = re.compile(r" by (?![a-z]+ing\b)")
# A place named after a past participle, then a finite verb: "reported in the New England Journal of
# Medicine involved".
_PLACE_THEN_VERB = re.compile(
    r"\s+(?:in|on|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|for|and|[A-Z][\w’'-]*))*"
    r"\s+(?:[a-z]{3,}ed|is|was|were|are|has|had|have|found|showed|shows|says|said)\b"
)


# Where or when a document was put out, right after its participle: "posted on", "sent to", "issued last".
_WHERE_PUT = re.compile(r"\s+(?:on|in|to|at|from|via|through|online|earlier|yesterday|today|last|this)(?![\w-])")
# A document right before a past form, with its article: "A statement posted …", "the letter sent …".
_DOCUMENT_BEFORE = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:statement|letter|message|post|video|tweet|notice|release|"
    r"report|document|email|memo|circular)\s+$"
)


# A plural subject right before a base form ("they say", "officials report"): the form is a verb.
_PLURAL_BEFORE = re.compile(r"(?:\b(?:they|we|you|I)|\w\ws)\s+$")


def is_nouny_base(form: str) -> bool:
    """Whether a cue's base form is as often a noun ("comment", "report", "claim"): one whose
    present form is usually a noun's plural ("comments", "reports")."""
    return form == _LEMMA_OF.get(form) and form + "s" in _NOUNY_FORMS


def base_form_noun(text: str, match: re.Match[str]) -> bool:
    """Whether a cue's base form is a noun where it stands: after a singular word ("a labor
    dispute", "The audit report"), not after "they", a plural or "to"."""
    form = match.group(0)
    return (
        form == _LEMMA_OF.get(form)
        and not _PLURAL_BEFORE.search(text, max(0, match.start() - 40), match.start())
        and not text.endswith("to ", 0, match.start())
    )


#: The auxiliaries and modals a subject's verb may open with, as a pattern's alternatives: "…, Mr Kelly
#: said, was to show …", "…, according to police, was later determined …".
AUXILIARY_PATTERN = r"was|were|is|are|would|will|had|has|have|could|should|can|may|might|must|did|does"


# "was told to admit", "urged him to confirm", "has been asked to explain", "tried to plead guilty",
# "is expected to announce": what someone is bidden, means or is due to say is not said (yet).
BIDDEN = re.compile(
    r"(?<![\w-])(?:(?:told|asked|urged|ordered|called on|pressed|invited|challenged|directed|dared)\s+"
    r"(?:(?:him|her|them|it|the\s+\w+)\s+)?"
    # "tried to plead guilty", "is expected to announce", "wants to say": meant, not (yet) said
    r"|(?:tried|attempted|wanted|wants|hoped|hopes|sought|seeks|planned|plans|intended|intends|expected|"
    r"due|set|going|about|likely|unlikely|poised)\s+)to\s+$"
)
# The same bidding with a named person bidden, whose name and title run past the window above:
# "had instructed Foreign and Caricom Affairs Minister Dennis Moses to write …".
BIDDEN_NAMED = re.compile(
    r"(?<![\w-])(?:told|asked|urged|ordered|instructed|directed|invited|requested|advised|encouraged|allowed|"
    r"authorised|authorized|called\s+on|pressed)\s+(?:[A-Z][\w’'.-]*\s+(?:(?:and|of|for)\s+)?){1,8}to\s+$"
)


def needs_met(text: str, match: re.Match[str]) -> bool:
    """Whether the word a cue needs follows it ("called for", "ruled that"), or it needs none."""
    if match.group(0) in _REPLY_FORMS and _TO_WHAT.match(text, match.end()):
        # "Deputies responded to Y Highway", "The ministry responded to the claims, saying …": to
        # what, not what was said (a participle after it takes the subject, as after "reacted")
        return False
    needs = _NEEDS.get(match.group(0))
    if not needs:
        return True
    if needs == ("that",) and _THAT_DETERMINER.match(text, match.end()):
        return False  # "Talks held that week", "held that position": "that" a determiner, no clause
    if any(text.startswith(f" {word} " if word.isalpha() else word, match.end()) for word in needs):
        return True
    # "reminded the diplomats that …": whom the cue addresses, then the "that" it needs
    return (
        "that" in needs
        and cue_lemma(match.group(0)) in LISTENER_THAT_VERBS
        and past_listener_and_that(text, match.end()) is not None
    )


_REPLY_FORMS = frozenset(form for form, lemma in _LEMMA_OF.items() if lemma in ("respond", "reply"))
# What a reply answers, right after its verb ("responded to the claims"), with no quotation or colon
# after the words answered ("replied to the question: “…”", which holds what was said).
_TO_WHAT = re.compile(r"\s+to\s+(?!(?:say|tell|ask|deny|insist)\b)(?:[^:“”\"]|(?<=\d):(?=\d))*$")


# "that" before a noun it determines, after a verb that needs a "that" clause: no statement follows.
_THAT_DETERMINER = re.compile(
    r" that (?:week|day|year|month|time|morning|afternoon|evening|night|weekend|meeting|session|position|post|"
    r"job|office|seat|role|title|record|rank|view|belief|opinion|hearing|trial|case|game|match)\b"
)


def is_speech_verb(text: str, match: re.Match[str]) -> bool:
    """Whether a cue the pattern found reports speech where it stands: no noun ("the claims"), and
    with the word its verb needs ("ruled that", not "ruled out")."""
    if match.group("according"):
        return True
    if not needs_met(text, match):
        return False
    if text.startswith(" by ", match.end()):
        return False  # "as demanded by the opposition": a passive, the agent after it
    return (
        not used_as_noun(text, match)
        and not base_form_noun(text, match)  # "made a startling claim": a noun
        and not not_a_verb(text, max(0, match.start() - 40), match.start())
    )


# Past participles no past tense shares: a verb only after "has", "have" or "had" ("has written");
# elsewhere an adjective ("a lengthy written statement") or a passive.
_PERFECT_ONLY = frozenset({"written"})
_PERFECT = re.compile(r"(?<![\w-])(?:has|have|had|having)\s+(?:[a-z]+ly\s+|not\s+|also\s+|since\s+)?$")


def used_as_noun(text: str, match: re.Match[str]) -> bool:
    """Whether a present form more often a noun is one here: "media reports said", "the claims";
    not "she maintains", "Reuters reports that"; and a past participle with no "has" before it
    ("a written statement") is no verb either."""
    if text.endswith(("’s ", "'s "), 0, match.start()):
        # "Dow’s reply asserts": what a possessive owns is a noun (never "said": "McDonald's said")
        return match.group(0) not in ONLY_VERBS
    if match.group(0) == "accused" and _ACCUSED_SPEAKS.match(text, match.end()):
        return True  # "Rape accused claims …", "The murder accused told the court": the one accused speaks
    if match.group(0) in _PERFECT_ONLY:
        return _PERFECT.search(text, max(0, match.start() - 30), match.start()) is None
    if match.group(0) not in _NOUNY_FORMS:
        return False
    if text.startswith(" that ", match.end()) and _ACRONYM_OPENS_CLAUSE.search(
        text, max(0, match.start() - 30), match.start()
    ):
        return False  # "UNHCR estimates that …", "The UN claims that …": a body by its initials, then its verb
    if _ACCUSED_OPENS.search(text, max(0, match.start() - 40), match.start()):
        return False  # "Rape accused claims ‘errors’ in ruling": the one accused is the subject
    if _COUNTED.search(text, max(0, match.start() - 20), match.start()):
        return True  # "Three projects get support", "two reports said": a number counts things
    people = _PEOPLES_CLAIMS.search(text, max(0, match.start() - 40), match.start())
    if people is not None and people.group("people").lower() in DEMONYMS:
        return True  # "Asked about the Moroccan claims, …": a people's word after "the" is an adjective
    if _CLAUSE_NEXT.match(text, match.end()) and (
        _DESCRIBED_CLAUSE_SUBJECT.search(text, max(0, match.start() - 60), match.start())
        or _SET_OFF_SUBJECT.search(text, max(0, match.start() - 60), match.start())
    ):
        # "The sheriff's deputy claims the dog was aggressive", "The Prime Minister, Tuilaepa
        # Malielegaoi, claims the Observer has …": a subject, the verb, its clause
        return False
    return (
        _NOUNY_SUBJECT.search(text, max(0, match.start() - 60), match.start()) is None
        or _VERB_NEXT.match(text, match.end()) is not None
    )


# A verb of speech right after "accused", whose subject it is: " claims", " has told", " also said".
_ACCUSED_SPEAKS = re.compile(rf"\s+(?:(?:has|had|have|also|then|later|previously)\s+)?(?:{CUE_VERBS})(?![\w-])")
# Court copy's one in the dock opening a sentence or a line: "Rape accused ", "The murder accused ".
_ACCUSED_OPENS = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n)){ACCUSED_PHRASE}\s+$")
# A number right before the form, in words or figures ("one" is as often a pronoun: "one claims").
_COUNTED = re.compile(
    r"(?<![\w-])(?:\d[\d,]*|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|"
    r"thousands|several|many|few|multiple|numerous))\s+$"
)
# A body by its initials opening a clause: "UNHCR ", "The UN ", "but the EU " (not "rejected the UN ").
_ACRONYM_OPENS_CLAUSE = re.compile(r"(?:^|[,;:]\s+|(?<![\w-])(?:[Bb]ut|[Aa]nd)\s+)(?:[Tt]he\s+)?[A-Z][A-Z0-9&-]+\s+$")
# A determiner and a capitalised word right before the form: "the Moroccan ", "these Israeli ".
_PEOPLES_CLAIMS = re.compile(r"(?<![\w-])(?:the|these|those|such|their|its)\s+(?P<people>[A-Z][a-z]+)\s+$")
# One person or body described, opening its clause: "The sheriff's deputy ", "but the company ",
# "His main rival ", "Her spokesman ".
_DESCRIBED_CLAUSE_SUBJECT = re.compile(
    r"(?:^|[,;]\s+|(?<![\w-])(?:[Bb]ut|[Aa]nd)\s+)(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'\-]+\s+){0,2}[a-z][\w’'\-]*[^\Ws]\s+"
    + _ADVERB_BEFORE_VERB
)
# A subject's words set off by a comma right before the form: "…, Tuilaepa Malielegaoi, claims".
_SET_OFF_SUBJECT = re.compile(r"[A-Za-z][\w’'\-.]*,\s+$")
# A clause of its own right after the form: "claims the dog was …", "insists he is …", "claims
# Humphrey has …" (a name and its verb).
_CLAUSE_NEXT = re.compile(
    r"\s+(?:(?:the|a|an|that|this|these|those|he|she|it|they|we|there|his|her|its|their|our)\s"
    r"|[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}\s+(?:is|was|are|were|has|had|have|will|would|did|does|could|[a-z]+ed)(?![\w-]))"
)


# A verb right after a form: the form was a noun, the subject of that verb ("Media reports said").
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ed|said|is|are|was|were|have|has|had|say|says|suggest|show|indicate)(?![\w-])")


_NEXT_WORD = re.compile(r"\s+([a-z]+)(?![\w-])")
_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had"})


def verb_follows(text: str, pos: int) -> bool:
    """Whether a finite verb comes next, so the word before it was a noun: "officials in
    Washington state declared", "the claim was"; not "they say armed men"."""
    following = _NEXT_WORD.match(text, pos)
    if following is None:
        return False
    word = following.group(1)
    lemma = _LEMMA_OF.get(word)
    return word in _AUXILIARIES or (lemma is not None and word != lemma and not word.endswith("ing"))


def is_finite_cue(text: str, match: re.Match[str]) -> bool:
    """Whether a cue is a finite verb with a subject of its own ("reported"), not "to tell" or "saying"."""
    form = match.group(0)
    if match.group("according") or form.endswith("ing") or form == _LEMMA_OF.get(form) or used_as_noun(text, match):
        return False
    if form == "called" and text[: match.start()].rstrip().endswith((",", "—", "–", "(")):
        return False  # "The project — called “The Way Forward” — is …": a name given, set off
    if is_reduced_passive(text, match):
        return False  # "The study reported in the New England Journal of Medicine involved …"
    # "as reported in the media", "as stated": a reduced clause, no subject of its own
    return not text.endswith(("to ", "an ", "a ", "the ", "as "), 0, match.start())
