"""Reading an English speaker as printed: a table of readers, one per shape of mention.

"Raed Al-Nems, spokesman for the Palestinian Red Crescent Society in Gaza" is a
person with a role, part of an organisation; "Hamas spokesman Hazem Qassem" and
"UN Secretary-General Antonio Guterres" carry the role in front; "He", "the
spokesman", "The movement" refer back; "a senior French military official" and
"police" are sources the text does not name. :func:`parse_mention` tries one
small reader per shape, in order, and the first that recognises its shape
decides.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable
from typing import Literal, TypeAlias

from attrs import evolve, frozen

from claimgraph.attribution import CUE_ENTRIES
from claimgraph.attribution.openers import (
    CONNECTIVES,
    MORE_PREPOSITIONS,
    PREPOSITIONS,
    SUBORDINATORS,
    TIME_ADVERBS,
    alternatives,
)
from claimgraph.extract.first_names import first_name_gender
from claimgraph.extract.name_words import (
    ACCUSED_PHRASE,
    BUSINESS_DESCRIPTIONS,
    CONNECTORS,
    DEFINED_ACRONYM,
    DEMONYMS,
    DESCRIPTIONS,
    GENERIC_WORDS,
    ORGANISATION_HEAD,
    ORGANISATION_WORDS,
    TITLE_ABBREVIATIONS,
    kind_of,
    name_tokens,
    strip_article,
    word_set,
)
from claimgraph.extract.records import Mention
from claimgraph.extract.word_regex import alternation, last_match

__all__ = [
    "COLLECTIVES",
    "GROUPS_WITHOUT_ARTICLE",
    "JOINED_ARTICLE",
    "NOUN_GENDER",
    "PEOPLE_BY_STANDING",
    "PERSON_ROLES",
    "RANK_PREFIX",
    "is_role",
    "parse_mention",
]

#: People quoted for who they are to the story, not for an office: "neighbour Shane MacPherson",
#: "the senior advocate", "Stand-up comedian Kunal Kamra". The words before one qualify the person and
#: name no body they speak for ("Murder trial defendant"). Not "sister", "parent", "partner", "host",
#: "ally" ("sister company", "parent firm" are bodies), nor words as often said of a thing: "veteran",
#: "academic", "pilot", "suspect", "migrant", "refugee" ("the veteran spinner", "a pilot scheme").
PEOPLE_BY_STANDING = (
    *("neighbour", "neighbor", "resident", "farmer", "shopkeeper", "driver", "student", "mother", "father"),
    *("protester", "protestor", "referee", "umpire", "landlord", "tenant", "victim", "survivor", "witness"),
    *("defendant", "plaintiff", "claimant", "complainant", "pathologist", "firefighter", "diplomat", "mediator"),
    *("soldier", "worker", "employee", "engineer", "architect", "author", "writer", "columnist", "blogger", "actor"),
    *("actress", "singer", "musician", "rapper", "comedian", "presenter", "chef", "entrepreneur", "investor"),
    *("trader", "broker", "banker", "accountant", "auditor", "candidate", "delegate", "voter", "supporter", "critic"),
    *("opponent", "cousin", "uncle", "aunt", "grandmother", "grandfather", "widow", "widower", "son", "daughter"),
    *("husband", "wife", "girlfriend", "boyfriend", "friend", "colleague", "classmate", "teammate", "native"),
    *("teen", "youth", "rival", "challenger"),
)

#: Role nouns that make a mention a person ("spokesman for ...", "Hamas spokesman Hazem Qassem").
PERSON_ROLES = (
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "mouthpiece",
    "correspondent",
    "reporter",
    "journalist",
    "secretary-general",
    "secretary general",
    "secretary",
    "general counsel",  # "Ryan General Counsel John Smith": the company is Ryan
    "counsel",
    "aide",
    "justice",
    "judge",
    "director-general",
    "director general",
    "prime minister",
    "foreign minister",
    "defense minister",
    "defence minister",
    "minister",
    "president",
    "vice president",
    "director",
    "chief",
    "head",
    "chairman",
    "chairwoman",
    "commander",
    "envoy",
    "ambassador",
    "official",
    "spokesman for",
    "deputy",
    "governor",
    "mayor",
    "doctor",
    "surgeon",
    "nurse",
    "paramedic",
    "editor",
    "analyst",
    "coach",
    "manager",
    "lead",  # "Aid Policy Lead Salvatore Nocerino", "campaigns lead": a post in NGO and union releases
    "researcher",
    "coordinator",
    "representative",
    "rep",  # "a rep for Jones": news's short word for a representative
    "adviser",
    "advisor",
    "lawyer",
    "professor",
    "leader",
    "member",
    "senator",
    "general",
    "colonel",
    "lieutenant",
    "king",
    "emir",
    "sheikh",
    "commissioner",
    "high commissioner",
    "advocate",
    "advocate-general",
    "advocate general",
    "solicitor-general",
    "solicitor general",
    "attorney-general",
    "amicus curiae",
    "chancellor",
    "premier",
    "attorney",
    "attorney general",
    "prosecutor",
    "inspector",
    "superintendent",
    "sheriff",
    "captain",
    "officer",
    "administrator",
    "chief executive",
    "ceo",
    "founder",
    "chair",
    "chairperson",
    "rapporteur",
    "solicitor",
    "barrister",
    "economist",
    "strategist",
    "scientist",
    "bishop",
    "cardinal",
    "pope",
    "rabbi",
    "imam",
    "priest",
    "mufti",
    "rector",
    "vicar",
    "chaplain",
    # elected members and public servants
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "legislator",
    "lawmaker",
    "congressman",
    "congresswoman",
    "assemblyman",
    "assemblywoman",
    # members of parliaments, as Commonwealth and European copy prints them: "Douglas Carswell,
    # Conservative MP for Clacton, told", "Jane Doe, an SNP MSP, said"
    "MP",
    "MEP",
    "MSP",
    "MLA",
    "MPP",
    "TD",  # a member of the Dáil: "The Sligo-Leitrim TD described …"
    "politician",
    "parliamentarian",
    "negotiator",
    "treasurer",
    "magistrate",
    "coroner",
    "detective",
    "constable",
    "sergeant",
    # people quoted for what they do
    "businessman",
    "businesswoman",
    "entrepreneur",
    "campaigner",
    "activist",
    "organiser",
    "organizer",
    "consultant",
    "physician",
    "historian",
    "executive",
    "owner",
    "trustee",
    "pastor",
    "principal",
    "teacher",
    "expert",
    "specialist",
    "commentator",
    "pollster",
    "scholar",
    "lecturer",
    *PEOPLE_BY_STANDING,
    # sport: "Stand-in Sri Lanka skipper Herath", "Manchester United boss Ole Gunnar Solskjaer"
    "skipper",
    "boss",
    "player",
    "midfielder",
    "striker",
    "defender",
    "goalkeeper",
    "winger",
    "batsman",
    "batter",
    "bowler",
    "spinner",
    "all-rounder",
)
_STANDING = frozenset(PEOPLE_BY_STANDING)
# A role in front, up to three words qualifying it ("Eirias county councillor", "Cosla's resources
# spokeswoman").
_ROLE_AT_START = re.compile(
    # (the roles as a prefix tree: a flat list is tried one by one after each of the words skipped)
    r"^(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}(?:"
    + alternation(sorted({r.lower() for r in PERSON_ROLES}))
    + r")\b",
    re.IGNORECASE,
)
# As a prefix tree (longest role first, as a list sorted by length would be): a flat list of every
# role is tried one by one at each place, four times slower.
_ROLE_INSIDE = re.compile(
    r"(?<![\w-])(?:" + alternation(sorted({r.lower() for r in PERSON_ROLES})) + r")(?![\w-])",
    re.IGNORECASE,
)

_PRONOUNS = {"he": "person", "she": "person", "it": "organisation", "they": "any"}
_FIRST_PERSON = word_set("i we you us me one")
_PRONOUN_GENDER = {"he": "male", "she": "female"}
# Forms of address that say a person's gender ("Mr Gardiner", "Ms Clinton").
_GENDER_TITLE = re.compile(r"^(?:(?P<male>Mr|Sir|Lord)|(?P<female>Mrs|Ms|Miss|Dame|Lady))\.?\s+[A-Z]")
# "China's envoy to Darfur", "Ocha's Orla Clinton": the organisation in the genitive, then the person.
_GENITIVE = re.compile(r"^(?P<organisation>[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*){0,4})['’]s\s+(?P<rest>\S.*)$")
# Family members, who speak for themselves: "Mia's mother Rosie", "his widow, Jane".
_KIN_GENDER = {
    **dict.fromkeys(word_set("mother mum mom wife widow daughter sister grandmother aunt niece"), "female"),
    **dict.fromkeys(word_set("father dad husband widower son brother grandfather uncle nephew"), "male"),
    **dict.fromkeys(word_set("parent parents family partner cousin fiancee fiance friend relatives")),
}
#: Nouns for a person that say their gender: "the woman", "the boy", "his widow".
NOUN_GENDER = {
    **{kin: gender for kin, gender in _KIN_GENDER.items() if gender is not None},
    **dict.fromkeys(word_set("woman girl lady"), "female"),
    **dict.fromkeys(word_set("man boy gentleman"), "male"),
}
_KIN = re.compile(
    r"(?P<kin>" + "|".join(_KIN_GENDER) + r")\b,?\s*(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})?\s*$",
    re.IGNORECASE,
)
# Lower-case particles that may open a person's name ("de Blasio", "van der Leyen").
_NAME_PARTICLES = word_set("de del della di da van von der le la al el bin ibn abu")
_SURNAME_PARTICLES = frozenset({"Abu", "Bin", "Del", "Van", "Von", "Della"})  # a surname of its own, capitalised
# An Arabic article joined to the name it opens: "al-Awadi", "el-Sisi".
JOINED_ARTICLE = r"(?:al|el|ad|as|ash|at|az|an|ar)-"
_JOINED_ARTICLE = re.compile(JOINED_ARTICLE + "[A-Z]")


def _name_word(word: str) -> bool:
    """Whether a word may stand in a person's name: capitalised ("Basem"), a particle ("bin"), or
    an article joined to the name ("al-Awadi")."""
    return word[:1].isupper() or word in _NAME_PARTICLES or _JOINED_ARTICLE.match(word) is not None


#: Collective heads that name nobody in particular; a speaker ending in one is unnamed.
_VAGUE_HEADS = word_set(
    "officials sources media authorities witnesses residents medics activists observers analysts "
    "diplomats experts people palestinians israelis insiders journalists reports"
)
_PLURAL_PEOPLE = word_set(
    "aides sources officials witnesses residents investigators lawmakers protesters outlets newspapers channels"
)
#: Lower-case groups that speak as one in news ("police said", "prosecutors told the court"):
#: an unnamed source carrying the word as its description.
COLLECTIVES = (
    _VAGUE_HEADS
    | _PLURAL_PEOPLE
    | word_set(
        "police prosecutors rescuers doctors organisers organizers critics researchers scientists officers troops "
        "lawyers economists traders employees workers members supporters opponents locals parents students "
        "teachers nurses firefighters paramedics monitors mediators negotiators diplomats rebels militants "
        # a body of people named by what it does: "But management alleges that …", "staff said"
        "management staff bosses executives managers"
    )
)


#: Bodies that speak, in the plural: "the unions", "the two companies" (never bare: "companies say"
#: is a generalisation, not a source).
_PLURAL_BODIES = frozenset(
    (word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s")
    for word in word_set(
        "union company ministry bank council committee government agency firm club airline organisation "
        "organization association charity federation league university hospital embassy board commission "
        "network coalition alliance movement militia regulator watchdog"
    )
)
#: Plural people who act for others or for a place, a group only with no article before them
#: ("said union leaders", "villagers told reporters"); "the ministers" means ones named before.
GROUPS_WITHOUT_ARTICLE = word_set(
    "leaders staffers cops villagers regulators ministers councillors legislators senators campaigners "
    "representatives delegates spokespeople"
)


_GROUP_HEAD = re.compile(r"^[A-Z][a-z]+s\s+[a-z]+ing\b")


# Who a person speaks for, set off by commas: "Andrew Green KC, for MGN, said", "David Sherborne,
# representing the four, said", "Ms Lee, acting for the council, told the court".
_SPEAKS_FOR = re.compile(
    r"^(?:(?:for|representing|acting for|appearing for|on behalf of|counsel for)\s+\S|"
    r"(?:prosecuting|defending|mitigating)$)"  # British court copy: "Stuart Jones QC, prosecuting, said"
)


def is_role(text: str) -> bool:
    """Whether text set off by commas after a name is a role ("spokesman for the PRCS in Gaza",
    "for the defence")."""
    text = text.strip()
    one_of = _ONE_OF_PLURAL.fullmatch(text)
    if one_of is not None:  # "one of her lawyers": a lawyer of hers
        text = f"{one_of.group('owner')} {one_of.group('role')}{one_of.group('rest') or ''}"
    if _ROLE_AT_START.match(text) is not None or _SPEAKS_FOR.match(text) is not None:
        return True
    # "Mutharika’s running mate and leader of the United Democratic Front": roles joined by "and",
    # the later one a role the lexicon knows
    parts = text.split(" and ")
    return 1 < len(parts) <= 3 and any(_ROLE_AT_START.match(part) is not None for part in parts[1:])


# "One of her lawyers", "one of the organisers of the march", "one of the responding officers": a
# member of a plural role.
_ONE_OF_PLURAL = re.compile(
    r"(?:one|One)\s+of\s+(?P<owner>his|her|their|its|the)\s+(?P<role>(?:[a-z-]+\s+){0,2}[a-z]+?)s"
    r"(?P<rest>\s+(?:of|for|at|in)\s.+)?"
)


# Sentence openers that are not part of the speaker ("And the United chief said").
# The connectives, and "also", "then", "now", which open a sentence just as they do.
_OPENERS = re.compile(
    rf"^(?:(?:{alternatives((*CONNECTIVES, 'also', 'then', 'now'))})\b[,\s]*)+",
    re.IGNORECASE,
)
# A time phrase before the speaker with no comma: "Before the meeting the PM said". Only the words
# of time that take a short noun phrase after them: "Since", "When", "While" open a clause.
_TIME_WORDS = ("after", "before", "during", "following", "ahead of", *TIME_ADVERBS)
_TIME_OPENER = re.compile(
    rf"^(?:(?:{alternatives(_TIME_WORDS, capitalised=True)})\s+(?:(?:the|a|an|his|her|its|their|that|this)\s+)?"
    r"[a-z]+\s+(?=(?:the|The)\s+\S|[A-Z])"
    # "A day after a senior official described ...": the time, then the speaker
    r"|(?:A|One|The)\s+(?:day|week|month|year)s?\s+(?:after|before)\s+(?=(?:the|a|an)\s))"
)
# Abbreviated ranks and titles before a name: "Maj. Gen. Pat Ryder", "Lt. Col. Ann Ray".
RANK_PREFIX = (
    r"(?:(?:Maj|Gen|Lt|Col|Capt|Sgt|Adm|Brig|Cmdr|Cdr|Gov|Sen|Rep|Prof|Rev|Insp|Supt|Det|Cllr|Cpl|Pte|Hon|Fr|Atty"
    r"|Mr|Mrs|Ms|Dr)\.\s+)"
)
# Forms of address among those prefixes: part of the name as printed ("Mr Zeid"), never a role.
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.\s+")
# Ranks, perhaps after the service that gives them ("Police Lt.", "Army Maj. Gen.").
_RANKS = re.compile(rf"^(?:[A-Z][a-z]+\s+)?{RANK_PREFIX}+")
# Where a photo shows the speaker, printed after the name: "J Solomon (above)", "Ms Lee (pictured)".
_PHOTO_MARK = re.compile(r"\s*\((?:above|below|pictured|photo|file photo|left|right|centre|center|inset)\)\s*$", re.I)
# "the 62-year-old": a person described by age, met before.
_AGED = re.compile(r"^the\s+\d{1,3}-year-old(?:\s+(?P<people>[A-Z][a-z]+))?$", re.IGNORECASE)
# "one of the company's senior executives", "One of Hamas's negotiators": a member of a group.
_ONE_OF = re.compile(
    r"^[Oo]ne of (?:the |its |his |her |their |[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)*['’]s? )"
    r"(?:[a-z\-’']+ ){0,3}(?P<head>[a-z]+)$"
)
_SOME_OF = re.compile(
    r"(?i:some|many|most|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|"
    r"hundreds|thousands|half|both|a\s+few|a\s+number|a\s+majority|a\s+minority|\d[\d,]*)\s+of\s+"
    r"(?:the\s+|its\s+|his\s+|her\s+|their\s+|these\s+|those\s+)?(?:\d[\d,]*\s+)?(?:[a-z\-’']+\s+){0,2}"
    r"(?P<head>[a-z]+s)"
)
# A person's name, then what the person belongs to: "Joseph Tsapy of the main opposition party".
_PERSON_OF = re.compile(
    r"(?P<name>(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w’'\-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'\-]+)){1,3})"
    r"\s+(?:of|from|at)\s+(?:the\s+)?(?P<organisation>\S.{1,100})"
)
# What makes a name a person's with no listed first name: a form of address, or a middle initial.
_PLAINLY_A_PERSON = re.compile(r"(?:Dr|Prof|Mr|Mrs|Ms)\.?\s|.*\s[A-Z]\.\s")
# What an unnamed source is said to know, after it: "the official familiar with the talks".
_POSTMODIFIER = re.compile(
    r"(?<=[a-z])\s+(?:familiar with|close to|involved in|with (?:direct )?knowledge of|briefed on|aware of)\s.*$"
)
# Where a body is based, before its description: "the Sunnyvale, Calif.-based company".
_BASED = re.compile(r"^(?:[A-Z][\w.]*,?\s+)*[A-Z][\w.]*-based\s+(?P<rest>[a-z].*)$")
# A preposition opening the words: an adjunct ("In a video", "From Canberra"), no speaker.
_PREPOSITION_FIRST = re.compile(rf"(?:{alternatives((*PREPOSITIONS, *MORE_PREPOSITIONS), capitalised=True)})\s")
# A role in a body, in lower case: "leader of the party", "head of the Health Ministry".
_HEADS_OF_BODIES = word_set(
    "leader head chief director chairman chairwoman chair spokesman spokeswoman spokesperson president secretary "
    "boss founder owner commander"
)
_ROLE_OF = re.compile(
    r"^(?:[a-z-]+\s+){0,2}(?P<role>[a-z][a-z-]+)\s+(?:of|for|at|with)\s+(?:the\s+)?(?P<organisation>\S.{0,80})$"
)
# A document and who put it out: "the results published by the electoral commission".
_PUBLISHED_BY = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:results|report|figures|data|statement|study|survey|tally|"
    r"count|estimates?|document|letter|release|lawsuit|complaint|filing|memo|notice)\s+"
    r"(?:published|released|issued|compiled|put out|sent|filed|distributed|submitted)"
    # ("a lawsuit filed Tuesday by the U.S. Environmental Protection Agency": when, before who)
    r"(?:\s+(?:on\s+|last\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|yesterday|today))?"
    r"\s+by\s+(?P<publisher>\S.*)$",
    re.IGNORECASE,
)
# A document, then when or how it came out, with no issuer named: "a company letter distributed in
# September", "a report released on Monday" (the document speaks, as printed before the participle).
_DOCUMENT_THEN_HOW_IT_CAME = re.compile(
    r"^(?P<document>(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:report|statement|letter|lawsuit|complaint|filing|memo|"
    r"email|notice|release|study|survey|document|indictment|affidavit)s?)\s+"
    r"(?:distributed|filed|published|released|issued|sent|seen|obtained|posted|submitted|dated|circulated|shared)\s+"
    # when, and nothing else: "in September", "on Monday", "last week" ("published in a British newspaper
    # that …" names where, and what follows may be another clause's)
    r"(?:(?:in|on|last|this|early|late)\s+)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year|yesterday|today|\d{1,4})"
    r"(?:\s+\d{1,4})?(?:,?\s+\d{4})?$"
)
# A noun cue after the speaker: "ISPR in a statement said", "Trump on Twitter wrote".
# "Walcott in a release issued on Friday said", "Wanyanga while addressing residents on Monday said":
# the medium, when it was put out, or what the speaker was doing, after the speaker.
_NOUN_CUE_TAIL = re.compile(
    r"\s+(?:(?:in|on)\s+(?:a|an|his|her|its|their)\s+(?:\w+\s+){0,2}(?:statement|interview|post|tweet|letter|"
    r"release|briefing|speech|message|video)(?:\s+(?:issued|released|posted|published|sent|shared|signed)\b[^,]*)?"
    r"|on\s+(?:Twitter|X|Facebook|Instagram|Telegram|social media)"
    r"|(?:while|when|after|before)\s+[a-z]+ing\b[^,]*)$",
    re.IGNORECASE,
)
# Past forms of speech verbs ("rejected", "told"): a speaker never holds one.
_PAST_CUES = frozenset(
    form
    for entry in CUE_ENTRIES
    if entry.speech
    for form in entry.forms
    if form != entry.lemma and not form.endswith(("s", "ing")) and form.islower()
)
# Words that make the words before a cue a clause, not a speaker.
_CLAUSE = re.compile(
    r"(?<![\w-])(?:is|are|was|were|be|been|did|does|do|not|that|which|if|when|because|there|said|says|told|"
    r"may|might|could|should|would|will|can)(?![\w-])"
)


# ... and of a person (endings such as -er, -ist, -ian included), the bodies above counting too.
_PERSON_WORDS = word_set(
    "ers ors ists ians ants ents er or ist man woman men women ian ant ent source sources official officials chief "
    "boss aide aides witness witnesses neighbour neighbor bystander general envoy executives? representatives? "
    "relatives? detectives? cops? medics? family families friends? opposition defence defense plaintiffs? "
    "defendants? claimants? complainant victims? survivors? mother father wife husband son daughter brother "
    "sister parents head expert experts judge secretary coach attorneys? deputy captain persons? nurses? sheriff "
    "mouthpiece actresses employees staffers? pupils? patients? tenants voters couples? boys? girls? child children "
    "reps?"
)
# (a role or a standing, one word, is a person's head too: "the senior advocate", "the neighbour")
_ROLE_HEADS = frozenset(role.lower() for role in PERSON_ROLES if re.fullmatch(r"[a-z]+", role.lower()))
_PERSON_HEAD = re.compile("(?:" + "|".join(sorted(_PERSON_WORDS | _ROLE_HEADS | ORGANISATION_WORDS)) + ")$")


# A lede's first words in capitals, as regional papers print them: "A COUNCILLOR has claimed",
# "AN SNP MSP has accused", "POLICE said".
_SHOUTED = re.compile(r"(?P<article>A|AN|THE)?\s*(?P<word>[A-Z]{3,})(?=\s|$)")


def _unshouted(text: str) -> str:
    """A subject whose first word is printed in capitals for the lede, in the case the word has in
    running text when it is a common word ("A COUNCILLOR" → "A councillor", "POLICE" → "Police"),
    and its article in that case too; an acronym ("The NUTP", "FSA") stays as printed."""
    shouted = _SHOUTED.match(text)
    if shouted is None:
        return text
    word = shouted.group("word").lower()
    common = word in COLLECTIVES or _PERSON_HEAD.fullmatch(word) is not None
    article = shouted.group("article")
    if not common:
        # only the article: "AN SNP MSP" is "An SNP MSP"
        return text if article is None or article == "A" else article.title() + text[len(article) :]
    if article is None:
        return word.title() + text[shouted.end() :]
    return f"{article.title()} {word}{text[shouted.end() :]}"


_GROUP_PLACES = word_set("across within among at in on from near outside inside around throughout")


def _is_name_like(text: str) -> bool:
    words = text.split()
    # (a particle capitalised last is a surname: "Abdullah Abu")
    last_connects = bool(words) and words[-1].lower() in CONNECTORS and words[-1] not in _SURNAME_PARTICLES
    if not words or len(words) > 14 or (len(words) > 1 and last_connects):
        return False  # "Afghanistan came under precise and": a clause cut at a conjunction
    if len(words) > 1 and words[-1].lower() in _POINTING_WORDS:
        return False  # "Naming of those", "Many of them": a phrase cut before what it points to
    first = words[0]
    if first in _NAME_PARTICLES and len(words) > 1 and words[1][:1].isupper():
        first = words[1]
    elif _JOINED_ARTICLE.match(first):
        first = first.split("-", 1)[1]  # "al-Qassam Brigades", "al-Shabaab": the article joined to a name
    # ("critics across the opposition benches", "residents near the plant": a group, lower case, and
    # where it is; not "police investigations")
    placed_group = first.lower() in COLLECTIVES and len(words) > 1 and words[1] in _GROUP_PLACES
    if not (first[:1].isupper() or first[:1].isdigit()) and first.lower() not in _VAGUE_HEADS and not placed_group:
        return False
    lower = [w for w in words[1:] if not w[:1].isupper() and w.lower() not in CONNECTORS]
    # "Israeli occupation authorities", "Palestinians returning through Rafah": a few plain
    # words are fine; a clause ("These figures fall far short of ...") is not.
    return len(lower) <= 3 and not any(w.endswith((",", ";", ":")) for w in words)


# Words a name never ends in: they point to what comes after them, or stand for someone.
_POINTING_WORDS = frozenset({"those", "these", "them", "this", "that", "us", "him", "her", "it", "which", "whom"})
_NAME_WORD = r"[A-Z][\w’'\-]*"
# The portfolio after a role's "of" or "for": "for Transport", "of Foreign Affairs", "for Labour and
# Employment", "of Foreign Affairs and Trade", before the holder's name.
_PORTFOLIO = r"[A-Z][\w’'\-]*(?:\s+Affairs)?(?:\s+(?:and|&)\s+[A-Z][\w’'\-]*(?:\s+Affairs)?)?"
# (chained: "Minister of State for Information and Broadcasting Marriyum Aurangzeb")
# (or a portfolio in lower case, the role being so: "head of legal affairs Ziyaad Hassam")
_ROLE_COMPLEMENT = re.compile(
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?:{_PORTFOLIO}|[a-z]+(?:\s+(?:and\s+)?[a-z]+){{0,2}})){{1,3}}"
    r"(?=\s+[A-Z][\w’'\-]*\s+[A-Z])"
)
_ORGANISATION = re.compile(
    rf"\b(?:for|of|at|with|from)\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|of|for|and|the|on))*)"
)


def _organisation_of(role: str) -> str | None:
    # "spokesman for the Palestinian Red Crescent Society in Gaza" → the organisation.
    match = _ORGANISATION.search(role)
    if match is None:
        return None
    organisation = re.sub(r"\s+in\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*$", "", match.group(1))
    organisation = re.sub(r"(?:\s+(?:of|for|and|the|on))+$", "", organisation)
    return organisation or None


def _titled_by_first_name(name: str) -> tuple[str, str] | None:
    """(title, name) when a long capitalised run ends in a person's name opened by a listed first name."""
    words = name.split()
    if len(words) < 4 or kind_of(name) != "other":
        return None
    for at in range(len(words) - 3, len(words) - 1):
        person = words[at:]
        if at >= 1 and all(w[:1].isupper() for w in person) and first_name_gender(words[at]) is not None:
            # a form of address is no title: "Mr Kojo Oppong Nkrumah" is one name, and "Minister of
            # Information Mr Kojo …" holds the office without the "Mr"
            title = list(words[:at])
            while title and title[-1].rstrip(".") in _FORMS_OF_ADDRESS:
                title.pop()
            return (" ".join(title), " ".join(person)) if title else None
    return None


_FORMS_OF_ADDRESS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx"})


def _gender(name: str) -> str | None:
    title = _GENDER_TITLE.match(name)
    if title is None:
        return first_name_gender(name) if len(name.split()) >= 2 else None
    return "male" if title.group("male") else "female"


class _Verdict(enum.Enum):
    """A reader's verdict that settles the words without a mention."""

    NOT_A_SPEAKER = "not a speaker"


_NOT_A_SPEAKER = _Verdict.NOT_A_SPEAKER
#: What a reader makes of the words: a mention, :data:`_NOT_A_SPEAKER` (no later reader is
#: tried), or None when the words are not of its shape (the next reader is tried).
_Reading: TypeAlias = "Mention | Literal[_Verdict.NOT_A_SPEAKER] | None"


# A name printed again in its own script, in brackets after it: "Lin Yi-chun (林憶君)", "Moon Jae-in
# (문재인)" (Chinese, Japanese and Korean copy); the name is the one before it.
_NAME_IN_ITS_OWN_SCRIPT = re.compile(r"\s*\((?:[\u2e80-\u9fff\u3040-\u30ff\uac00-\ud7af\uf900-\ufaff·・]\s?)+\)")


@frozen
class _Printed:
    """A speaker's words as the readers see them.

    Attributes:
        text: the words, without openers ("And"), a time before them ("Before the
            meeting"), a noun cue after them ("in a statement") or what an unnamed
            source knows ("familiar with the talks").
        appositive: a role set off by commas after the name, if any.
        bare: the text without its article ("the", "a", "an"; "one" before a
            lower-case noun: "one observer").
        based: ``bare`` names a body by where it is based ("Calif.-based company").
        core: ``bare`` without that place ("company"); ``bare`` itself otherwise.
    """

    text: str
    appositive: str | None
    bare: str
    based: bool
    core: str

    @classmethod
    def read(cls, subject: str, appositive: str | None) -> _Printed:
        """The words of ``subject`` with what is never part of a speaker set aside."""
        text = _OPENERS.sub("", subject.strip().strip('“”"'))
        text = _unshouted(text)
        text = _TIME_OPENER.sub("", text)
        text = _NOUN_CUE_TAIL.sub("", text).strip()
        text = _POSTMODIFIER.sub("", text)
        text = _PHOTO_MARK.sub("", text)
        text = _NAME_IN_ITS_OWN_SCRIPT.sub("", text)
        text = _GENERATION_SET_OFF.sub(" ", text)
        bare = strip_article(text)
        if bare == text and text[:4].lower() == "one " and text[4:].islower():
            bare = text[4:]  # "one observer": someone unnamed, like "an observer"
        possessed = _POSSESSIVE_DETERMINER.match(text) if bare == text else None
        if possessed is not None:
            bare = text[possessed.end() :]  # "his lawyer", "their family members": described, like "the lawyer"
        based = _BASED.match(bare)
        return cls(text, appositive, bare, based is not None, based.group("rest") if based is not None else bare)

    @property
    def indefinite(self) -> bool:
        """Whether the words open with "a" or "an": someone the text does not name."""
        return self.text[:2].lower() in ("a ", "an")


# A generation after a name, set off by a comma or not: "Ferdinand R. Marcos, Jr." is "Ferdinand R.
# Marcos Jr.".
_GENERATION_SET_OFF = re.compile(r",?\s+(?=(?:Jr|Sr)\.?$)")


# A possessive determiner before a description all in lower case: "his lawyer", "Her mother" (not
# "His Highness", nor "His mum Kerry Needham", whose name the name readers take).
_POSSESSIVE_DETERMINER = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?=[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*)*$)")


def _settled(mention: Mention | None) -> _Reading:
    """A mention read from other words, or :data:`_NOT_A_SPEAKER` when they hold none."""
    return _NOT_A_SPEAKER if mention is None else mention


def _document_then_how_it_came(printed: _Printed) -> _Reading:
    """A document, then when or how it came out, its issuer unnamed: the document as printed before
    the participle ("a company letter distributed in September" → "company letter"); read after the
    issuer's readers, which name who put out "a statement posted on the ministry's website"."""
    came = _DOCUMENT_THEN_HOW_IT_CAME.match(printed.text)
    if came is None:
        return None
    return _settled(parse_mention(came.group("document"), printed.appositive))


def _published_by(printed: _Printed) -> _Reading:
    """A document and who put it out: the publisher speaks.

    "the provisional results published by the electoral commission" → the electoral commission.
    """
    published = _PUBLISHED_BY.match(printed.text)
    if published is None:
        return None
    return _settled(parse_mention(published.group("publisher"), printed.appositive))


# A named issuer's document: "Hamas’s statement", "Amnesty's report", "Pfizer’s website".
_ISSUERS_DOCUMENT = re.compile(
    # (or a body described: "The US company's press release", "the ministry's statement")
    # ("the EC’s press release": a body by its initials after "the")
    r"^(?P<issuer>(?:[Tt]he\s+)?[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*){0,4}|[Tt]he\s+(?:[A-Z][\w\-.]*\s+)?[a-z]+)['’]s?\s+"
    r"(?:(?:latest|new|own|official|written|joint|annual|final|press|news|media)\s+)?"
    r"(?:statement|report|letter|website|post|tweet|video|release|announcement|message|"
    r"filing|memo|email|note|study|survey|submission|reply|response|motion|complaint|lawsuit|brief)$"
)

# A document named by its issuer with no possessive: "The Sheriff's Office report", "the CDC statement".
_NAMED_BODYS_DOCUMENT = re.compile(
    # ("the STR post", "an HMCTS document"; never a platform's: "the Facebook post" is whoever posted)
    r"^(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<issuer>(?!(?:The|A|An|This|That|Its|His|Her|Their|Facebook|Twitter|X|"
    r"Instagram|TikTok|Telegram|YouTube|WhatsApp|LinkedIn|Reddit)\b)[A-Z][\w\-.’']*"
    r"(?:\s+(?:of\s+)?[A-Z][\w\-.’']*){0,4})\s+"
    r"(?:statement|report|release|letter|memo|filing|announcement|document|post|tweet|notice|circular|bulletin)$"
)
# A document "from" or "by" its issuer: "a statement from Iraqi government spokesperson Basem al-Awadi"
# (one "issued by" or "released by" its issuer is :data:`_PUBLISHED_BY`'s).
_DOCUMENT_FROM = re.compile(
    # ("a press release from Ashtabula police", "the latest news release by …")
    r"^(?:[Aa]|[Aa]n|[Tt]he)\s+(?:(?:latest|new|joint|written|brief|short|press|news|media|official|formal)\s+){0,2}"
    r"(?:statement|letter|post|tweet|"
    r"release|announcement|message|note|memo|email)\s+(?:from|by)\s+(?P<issuer>\S.*)$"
)

# A document put out on a body's own account: "a tweet on the official Twitter handle of the NFF",
# "a post on the club's Facebook page", "a statement on the ministry's website".
_ON_ISSUERS_ACCOUNT = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:tweet|post|statement|message|video|notice|update)\s+"
    r"(?:(?:posted|published|put\s+out|issued|released)\s+)?on\s+"
    r"(?:(?:the|its|their)\s+)?(?:official\s+|verified\s+)?(?:(?:Twitter|X|Facebook|Instagram|TikTok|Telegram|"
    r"YouTube)\s+)?(?:handle|account|page|website|site|feed|channel)\s+of\s+(?P<issuer>(?:the\s+)?[A-Z].{0,60})$"
    r"|^(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:tweet|post|statement|message|video|notice|update)\s+"
    r"(?:(?:posted|published|put\s+out|issued|released)\s+)?on\s+(?P<owner>(?:the\s+)?[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*){0,4})['’]s?\s+(?:official\s+|verified\s+)?"
    r"(?:(?:Twitter|X|Facebook|Instagram|TikTok|Telegram|YouTube)\s+)?(?:handle|account|page|website|site|feed|channel)$"
)


def _issuers_document(printed: _Printed) -> _Reading:
    """A document of a named issuer: the issuer speaks ("Hamas’s statement read: …" → Hamas; "a
    tweet on the official Twitter handle of the NFF reads" → the NFF; "read a statement from
    spokesperson Basem al-Awadi" → al-Awadi)."""
    account = _ON_ISSUERS_ACCOUNT.match(printed.text)
    if account is not None and printed.appositive is None:
        issuer = parse_mention(account.group("issuer") or account.group("owner"))
        if issuer is not None and issuer.name is not None and not issuer.person:
            return evolve(issuer, text=printed.text)
    document = (
        _ISSUERS_DOCUMENT.match(printed.text)
        or _DOCUMENT_FROM.match(printed.text)
        or _NAMED_BODYS_DOCUMENT.match(printed.text)
    )
    if document is None or printed.appositive is not None:
        return None
    issuer = parse_mention(document.group("issuer"))
    if issuer is not None and issuer.name is None and issuer.description is not None and not issuer.person:
        # "The US company's press release": the body described, read as any description of a
        # body is (never the person quoted last)
        return evolve(issuer, text=printed.text)
    return evolve(issuer, text=printed.text) if issuer is not None and issuer.name is not None else None


# Someone described further, never named: "A man charged with murdering his girlfriend’s ex-partner",
# "a woman who lives nearby", "The wife of one of the Ukrainians".
_PEOPLE_NOUNS = word_set(
    "man woman boy girl person resident witness neighbour neighbor passenger driver teenager student worker "
    "survivor relative villager shopkeeper motorist "
    # and the unnamed sources of reporting: "a source who attended the meeting", "an insider who was there"
    "source insider participant attendee"
)
_DESCRIBED_FURTHER = re.compile(
    r"^(?P<article>a|an|one|the)\s+(?:[\w-]+\s+)??(?P<noun>[a-z]+)\s+"
    r"(?P<further>(?:of|who|whose|charged|accused|arrested|convicted|from|living|injured|wounded)\s.+)$",
    re.IGNORECASE,
)


def _described_further(printed: _Printed) -> _Reading:
    """A person described by what they are or did, never named: an unnamed source carrying the
    whole description ("A man charged with murder said" → "man charged with murder")."""
    described = _DESCRIBED_FURTHER.match(printed.text)
    if described is None or printed.appositive is not None:
        return None
    noun = described.group("noun").lower()
    gender = _KIN_GENDER.get(noun)
    if noun not in _PEOPLE_NOUNS and gender is None:
        return None
    words = printed.text[described.end("article") :].strip()
    if gender is not None:  # "The wife of one of the Ukrainians": a relative, speaking for herself
        return Mention(printed.text, words, role=words, person=True, unnamed=True, gender=gender)
    return Mention(printed.text, words, person=True, unnamed=True, description=noun)


def _clause_or_adjunct(printed: _Printed) -> _Reading:
    """Words that are a clause or an adjunct, no speaker: "In a video", "From Canberra", "that it was"."""
    text = printed.text
    if not text or _CLAUSE.search(text) or _PREPOSITION_FIRST.match(text) or _SUBORDINATE_CLAUSE.match(text):
        return _NOT_A_SPEAKER
    return None


# A subordinate clause's opening, its subject a pronoun: "As we (have said previously)", "If they".
_SUBORDINATE_CLAUSE = re.compile(
    rf"(?:{alternatives(SUBORDINATORS, capitalised=True)})\s+(?:I|we|you|they|he|she|it)(?![\w’'-])"
)


def _aged(printed: _Printed) -> _Reading:
    """A person described by age, met before: "the 62-year-old"."""
    aged = _AGED.match(printed.text)
    if aged is None or (aged.group("people") is not None and aged.group("people").lower() not in DEMONYMS):
        return None
    # "the 44-year-old German": a person of that people, of that age
    return Mention(printed.text, None, refers="person", person=True, description="year-old")


#: The descriptions a person's nationality ("the Portuguese", "the Dutchman") or home ("the Armagh
#: man") carries when it stands for them.
NATIONALITY = "nationality"
HOME = "home"


def _nationality(printed: _Printed) -> _Reading:
    """A nationality or home standing for a person, as sports and court copy vary a name: "the
    Portuguese said", "the Dutchman added", "said the Armagh man"; someone met before (the last to
    speak), never a people or a party."""
    words = printed.text.split()
    if words[:1] != ["the"] and words[:1] != ["The"]:
        return None
    # "the Portuguese", "the Dutchman"; "the Armagh man", "the Cork woman": where the person is from
    national = len(words) == 2 and (words[1].lower() in DEMONYMS or words[1].lower() in _NATIONALS)
    # ("the Cincinnati native", "the New York native": where the person was born, as sports copy puts it)
    local = (
        3 <= len(words) <= 4
        and all(word[:1].isupper() and word.isalpha() for word in words[1:-1])
        and ((words[-1] in ("man", "woman") and len(words) == 3) or words[-1] == "native")
    )
    if not (national or local) or not words[1][:1].isupper():
        return None
    gender = {"man": "male", "woman": "female"}.get(words[-1]) or NOUN_GENDER.get(words[-1].lower())
    description = NATIONALITY if national else HOME
    return Mention(printed.text, None, refers="person", person=True, description=description, gender=gender)


# People of a nation named by a noun of their own (the adjectives are in DEMONYMS).
_NATIONALS = word_set("dutchman frenchman spaniard briton scot welshman irishman englishman argentine dane swede finn")


def _age_before_a_name(printed: _Printed) -> _Reading:
    """An age printed before a name, with or without a role before it ("58-year-old Su Guohong",
    "survivor 58-year-old Su Guohong"): the person the words name without it, whose age says they
    are a person; the age is no part of the name."""
    age = _AGE_BEFORE_A_NAME.search(printed.text)
    if age is None:
        return None
    word_before = printed.text[: age.start()].split()[-1:]
    if word_before and word_before[0].lower() in _DETERMINERS:
        return None  # "a 58-year-old Briton", "His 58-year-old Mother": someone described, no name
    inner = parse_mention(printed.text[: age.start()] + printed.text[age.end() :], printed.appositive)
    if inner is None or inner.name is None:
        return _NOT_A_SPEAKER if inner is None else None
    return evolve(inner, text=printed.text, person=True)


# "58-year-old " right before a capitalised word: an age set before a name, not "the 58-year-old".
_AGE_BEFORE_A_NAME = re.compile(r"(?<![\w-])\d{1,3}-year-old\s+(?=[A-Z])")
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "one"})


def _honorific(printed: _Printed) -> _Reading:
    """A form of address with a full stop, read without it: "Mr. Zeid" as "Mr Zeid", the printed form kept."""
    text = printed.text
    honorific = _HONORIFIC.match(text)
    if honorific is None or honorific.end() >= len(text):
        return None
    inner = parse_mention(text[: honorific.end()].replace(".", "") + text[honorific.end() :], printed.appositive)
    return _NOT_A_SPEAKER if inner is None else evolve(inner, text=text)


def _ranked(printed: _Printed) -> _Reading:
    """Abbreviated ranks before a person's name: "Maj. Gen. Pat Ryder" (or "Police Lt. Bill Merritt") is
    Pat Ryder, the ranks part of the role."""
    text = printed.text
    ranks = _RANKS.match(text)
    if ranks is None or ranks.end() >= len(text):
        return None
    inner = parse_mention(text[ranks.end() :], printed.appositive)
    if inner is None or inner.name is None or not _is_name_like(inner.name):
        return None
    return Mention(
        text,
        inner.name,
        role=" ".join(filter(None, (ranks.group(0).strip(), inner.role))),
        organisation=inner.organisation,
        person=True,
        gender=inner.gender,
    )


def _holds_a_cue(printed: _Printed) -> _Reading:
    """Words holding a speech verb of their own are a clause: "Hamas rejected Israel's"; but "the
    accused" of court copy is a person, described."""
    if printed.bare.lower() == "accused" and printed.bare != printed.text:
        return Mention(printed.text, None, refers="person", person=True, description="accused")
    if _CHARGED_AND_ACCUSED.fullmatch(printed.bare):
        # "The murder accused", "Rape accused", "the 25-year-old accused": court copy's one in the dock
        return Mention(printed.text, None, refers="person", person=True, description="accused")
    words = printed.text.split()
    return (
        _NOT_A_SPEAKER
        if any(
            word in _PAST_CUES and not _ADJECTIVE_BEFORE_PEOPLE.fullmatch(" ".join(words[i - 1 : i + 2]))
            for i, word in enumerate(words)
        )
        else None
    )


# What the accused is charged with, or their age, before "accused": "murder accused", "Rape accused".
_CHARGED_AND_ACCUSED = re.compile(ACCUSED_PHRASE)
# A past form between "the" and a word of people is their description: "one of the accused persons",
# "the alleged victims" ("accused" is no verb of the speaker's there).
_ADJECTIVE_BEFORE_PEOPLE = re.compile(
    r"the\s+[a-z]+\s+(?:persons|people|men|women|officers|victims|suspects)", re.IGNORECASE
)


def _first_person(printed: _Printed) -> _Reading:
    """ "we", "I", "I’ve": the speaker of the quote or transcript holding them, read there, not here."""
    word = re.split(r"[’']", printed.text, maxsplit=1)[0]  # "I’ve", "We'd": the pronoun before the contraction
    return _NOT_A_SPEAKER if word.lower() in _FIRST_PERSON else None


def _pronoun(printed: _Printed) -> _Reading:
    """A pronoun referring back: "He" (a man), "it" (an organisation), "they" (anyone, plural)."""
    lower = printed.text.lower()
    if lower not in _PRONOUNS:
        return None
    return Mention(
        printed.text,
        None,
        refers=_PRONOUNS[lower],
        person=_PRONOUNS[lower] == "person",
        gender=_PRONOUN_GENDER.get(lower),
        plural=lower == "they",
    )


def _one_of(printed: _Printed) -> _Reading:
    """A member of a group, unnamed: "one of the company's senior executives", "One of Hamas's negotiators"."""
    one_of = _ONE_OF.match(printed.text)
    if one_of is None or not _PERSON_HEAD.search(one_of.group("head")):
        return None
    return Mention(printed.text, printed.text, person=True, unnamed=True, description=one_of.group("head"))


def _some_of_a_group(printed: _Printed) -> _Reading:
    """Some of a group, unnamed and many: "Nine of 21 seafarers", "Two of the workers", "Some of the
    protesters" (never a name, whatever case its first word is printed in)."""
    some_of = _SOME_OF.fullmatch(printed.text)
    if some_of is None or not _PERSON_HEAD.search(some_of.group("head").removesuffix("s")):
        return None
    head = some_of.group("head")
    return Mention(printed.text, printed.text, person=True, unnamed=True, plural=True, description=head)


def _group_of_a_body(printed: _Printed) -> _Reading:
    """People of a body named after them, unnamed and many: "rebels of the Sudan Liberation Army
    (SLA)", "members of the union", "supporters of the NDC" (a group of that body's)."""
    group = _GROUP_OF.fullmatch(printed.bare)
    if group is None or printed.appositive is not None:
        return None
    head = group.group("head")
    last = head.split()[-1]
    if not last.endswith("s") or (last not in COLLECTIVES and last not in _MEMBERS):
        return None  # (one person of a body is read by the readers of roles: "the spokesperson of …")
    body = parse_mention(group.group("body"))
    if body is None or body.name is None or body.person or body.unnamed:
        return None
    return Mention(
        printed.text, printed.bare, organisation=body.name, person=True, unnamed=True, plural=True, description=head
    )


_GROUP_OF = re.compile(r"(?P<head>[a-z]+(?:\s+[a-z]+)?)\s+(?:of|from)\s+(?P<body>(?:the\s+)?[A-Z].*)")
#: People a body counts among its own, beside the collectives: "fighters of Hamas", "members of the union".
_MEMBERS = frozenset({"fighters", "rebels", "members", "supporters", "leaders", "militants", "representatives"})


_OF_THE_STATE = frozenset({"state", "state-run", "state-owned", "state-controlled", "government-run", "public"})
_BROADCASTERS = frozenset({"television", "tv", "radio", "broadcaster", "broadcasters"})


def _collective(printed: _Printed) -> _Reading:
    """A body of people the text does not name: "police", "the prosecutors", "government troops";
    or bodies described together: "the two unions", "the companies" (an unnamed group, as news
    calls again the bodies it named as a pair)."""
    bare = printed.bare
    words = bare.split()
    if len(words) == 2 and words[0] in _OF_THE_STATE and words[1].lower() in _BROADCASTERS:
        # "state television said", "state TV reported": the state's broadcaster, unnamed
        return Mention(printed.text, bare, refers="organisation", unnamed=True, description=bare)
    # a word or two qualifying the people: "government troops", "local residents", "police officers"
    if not (bare.islower() and 1 <= len(words) <= 3):
        return None
    if words[-1] in _PLURAL_BODIES and bare != printed.text:
        return Mention(printed.text, bare, unnamed=True, plural=True, description=bare)

    if words[-1] not in COLLECTIVES and (words[-1] not in GROUPS_WITHOUT_ARTICLE or bare != printed.text):
        return None
    return Mention(printed.text, bare, person=True, unnamed=True, plural=True, description=bare)


def _someone_of_a_people(printed: _Printed) -> _Reading:
    """Someone described by one capitalised word after "a": "An Englishman", "A Palestinian".

    A name never takes "a".
    """
    bare = printed.bare
    if not (printed.indefinite and re.fullmatch(r"[A-Z][a-z]+", bare) and kind_of(bare) == "other"):
        return None
    return Mention(printed.text, bare, person=True, unnamed=True, description=bare.lower())


def _someone_in_a_role(printed: _Printed) -> _Reading:
    """Someone unnamed in a role of a body: "A spokesman for the rebel Justice and Equality Movement (Jem)"."""
    bare = printed.bare
    if not (printed.indefinite and is_role(bare) and _organisation_of(bare) is not None):
        return None
    organisation = DEFINED_ACRONYM.sub(r"\g<name>", _organisation_of(bare) or "")
    return Mention(printed.text, bare, role=bare, organisation=organisation, person=True, unnamed=True)


# A body by whom it acts for: "law firm acting for Datin Seri Rosmah Mansor", "PR agency representing Acme".
_ACTING_FOR = re.compile(
    r"(?:[a-z]+\s+){0,2}(?:firm|company|agency|consultancy|practice|chambers)\s+"
    r"(?:acting\s+for|representing|working\s+for|retained\s+by|hired\s+by)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5}"
)


def _body_acting_for(printed: _Printed) -> _Reading:
    """A body unnamed, told by whom it acts for: "A law firm acting for Datin Seri Rosmah Mansor";
    an unnamed source carrying that description."""
    bare = printed.bare
    if not (printed.indefinite and _ACTING_FOR.fullmatch(bare)):
        return None
    return Mention(printed.text, bare, unnamed=True)


def _named_then_kind(printed: _Printed) -> _Reading:
    """A body named, then its kind: "the GMB union", "The Unite union", "the Likud party" (not "the
    Palestinian group", a people's adjective, nor "the Iran-backed group")."""
    named = _NAMED_THEN_KIND.fullmatch(printed.text)
    if named is None or any(word.lower() in DEMONYMS for word in named.group("name").split()):
        return None
    return Mention(printed.text, named.group("name"), refers="organisation", description=named.group("kind").lower())


_NAMED_THEN_KIND = re.compile(
    r"(?:[Tt]he\s+)(?P<name>[A-Z][\w&’']*(?:\s+[A-Z][\w&’']*){0,2})\s+"
    r"(?P<kind>union|party|charity|movement|militia|alliance|coalition|federation)"
)


def _description(printed: _Printed) -> _Reading:
    """A description that refers back to someone met before: "the spokesman", "The movement"."""
    bare = printed.bare
    if bare == printed.text or bare.lower() not in DESCRIPTIONS:
        return None
    refers = DESCRIPTIONS[bare.lower()]
    return Mention(
        printed.text,
        None,
        refers=refers,
        person=refers == "person",
        description=bare.lower(),
        gender=NOUN_GENDER.get(bare.lower()),
    )


def _role_in_a_body(printed: _Printed) -> _Reading:
    """A person described by a role in a body: "the leader of the party", "the head of the Health Ministry"."""
    role_of = _ROLE_OF.match(printed.bare) if printed.bare != printed.text else None
    if role_of is None:
        return None
    organisation = role_of.group("organisation")
    role = role_of.group("role")
    # "the members of Fleetwood Mac", "the lawyers for the family": several of one role
    plural = role.endswith("s") and role[:-1] in _ROLE_HEADS
    # the heads of a body ("the leader of the party"); any office or standing in a body the text
    # names ("the lawyer for the Sierra Club", "the attorney with NMCH"; not "the barrister for a
    # high-profile man", whose words name no body)
    if role not in _HEADS_OF_BODIES and (role.removesuffix("s") if plural else role) not in _ROLE_HEADS:
        return None
    if role not in _HEADS_OF_BODIES and not organisation[:1].isupper():
        return None
    named = None if plural else _holder_after_the_body(organisation)
    if named is not None:
        # "The spokesperson of the Uganda Police Fred Enanga": the holder named after the body
        body, name = named
        office = printed.bare[: role_of.start("organisation")] + body  # "spokesperson of the Uganda Police"
        return Mention(printed.text, name, role=office, organisation=body, person=True)
    return Mention(
        printed.text,
        None,
        refers="person",
        person=True,
        description=role,
        organisation=organisation if organisation[:1].isupper() else None,
        plural=plural,
    )


def _holder_after_the_body(words: str) -> tuple[str, str] | None:
    """The body and the person's name when a role's body is followed by its holder's name ("Uganda
    Police Fred Enanga", "Health Ministry, Ashraf al-Qudra"): the name is two or three capitalised
    words set off by a comma, or opening with a known first name, or after a body's own last word."""
    tokens = words.split()
    for at in range(1, len(tokens) - 1):
        body, name = " ".join(tokens[:at]), " ".join(tokens[at:])
        if not 2 <= len(tokens) - at <= 3 or not all(_name_word(w) for w in tokens[at:]):
            continue
        set_off = body.endswith(",")
        body = body.rstrip(",")
        if not body[:1].isupper() or not _could_be_persons_name(name):
            continue
        if set_off or first_name_gender(tokens[at]) is not None or tokens[at - 1].lower() in _BODY_LAST_WORDS:
            return body, name
    return None


#: The last word of a body's name, after which capitalised words are someone else's name.
_BODY_LAST_WORDS = word_set(
    "police ministry party service force forces department council authority commission union association "
    "movement army office court agency committee government organisation organization board bureau"
)


def _could_be_persons_name(name: str) -> bool:
    """Whether capitalised words may be a person's name: no body's kind among them ("Justice Ministry")."""
    return kind_of(name) == "other" and not any(w.lower() in _BODY_LAST_WORDS for w in name.split())


def _described_by_head(printed: _Printed) -> _Reading:
    """A description ending in a lower-case head that names a person or a body.

    "the Labour frontbencher", "the official", "the Calif.-based company": someone
    met before; "a police source", "a senior French military official": an
    unnamed source carrying its description.
    """
    text, core = printed.text, printed.core
    words = core.split()
    placed = _where_placed(words)
    last = words[placed - 1] if placed is not None else words[-1] if words else ""
    if not ((printed.bare != text or printed.based) and last.islower() and _PERSON_HEAD.search(last)):
        return None
    if _VERB_THEN_NAME.search(core):
        return None  # "The original post tagged Ola CEO Bhavish Aggarwal and officials": a clause
    if _HEAD_BEFORE_PHRASE.search(core):
        return None  # "the allegations against her client in an article": the head is "allegations"
    # "a friend of the couple", "the head of the agency": the noun before "of" is the head, what
    # follows it whose ("the family" is no friend of the family)
    of = words.index("of") if "of" in words[1:] else 0
    head = words[of - 1] if of and words[of - 1].islower() and _PERSON_HEAD.search(words[of - 1]) else last
    # (a business's word ending as a person's does is still a business: "the retailer", "the lender")
    person = ORGANISATION_HEAD.search(head) is None and head not in BUSINESS_DESCRIPTIONS
    # "the woman's friends and lawyer": two heads joined are several people, whatever the last one's
    # number; "the former Celtic and Scotland captain" joins two qualifiers of one person
    joined = any(w == "and" and words[i + 1].islower() for i, w in enumerate(words[:-1]))
    plural = (head.endswith("s") and not head.endswith("ss")) or joined
    if text[:2].lower() in ("a ", "an") or text[:4].lower() == "one ":
        body = _body_before_member(words[:placed]) if person else None
        return Mention(text, core, person=person, unnamed=True, description=head, organisation=body)
    refers = "person" if person else "organisation"
    return Mention(text, None, refers=refers, person=person, description=head, plural=plural)


def _where_placed(words: list[str]) -> int | None:
    """The index of the preposition placing a person's head that opens a description, if one does:
    "firefighter at the scene", "officer in Kabul" (the place stays in the description's words).
    A clause after the head is no place ("the court in Limerick and she …"), nor a head after other
    words ("barrister for a man … in a house"); a body there is read as the body's ("a source at
    the foreign ministry … It said")."""
    placed = next((i for i, w in enumerate(words[1:-1], 1) if w in _PLACING_WORDS), None)
    if (
        placed is None
        or words[placed - 1] not in _PERSON_WORDS | _ROLE_HEADS
        or placed > _PLACE_WORDS - 2
        or len(words) - placed > _PLACE_WORDS
        or any(w.lower() in _NOT_IN_A_PLACE for w in words[placed + 1 :])
        or ORGANISATION_HEAD.search(words[-1].lower()) is not None
    ):
        return None
    return placed


# Prepositions that place someone described: "at the scene", "in Kabul", "near the plant".
_PLACING_WORDS = word_set("at in near outside inside from on")
_PLACE_WORDS = 5
_NOT_IN_A_PLACE = word_set("and or but who which what that he she it they we i after before when while as if")
# A noun phrase whose head comes before a phrase of "against", "about" or "over" … and so is not its
# last word ("the allegations against her client in an article").
_HEAD_BEFORE_PHRASE = re.compile(r"(?<![\w-])(?:against|about|over|regarding|concerning)\s")
# A past form followed by a name: a verb and its object, no description ("… post tagged Ola CEO …").
_VERB_THEN_NAME = re.compile(r"(?<![\w-])[a-z]{3,}ed\s+[A-Z]")
# The members a body speaks through, unnamed: "a Hamas official", "a Garda spokesman".
_MEMBERS = word_set("spokesman spokeswoman spokesperson official officials officer source sources aide aides member")


def _body_before_member(words: list[str]) -> str | None:
    """The body an unnamed member belongs to, printed in capitals right before the role: "a senior
    Hamas official" (Hamas), "a Garda spokesman"; not a people or a place ("a Palestinian
    official"), nor a news outlet whose witness or reporter only saw or relayed."""
    if words[-1] not in _MEMBERS:
        return None
    run: list[str] = []
    for word in reversed(words[:-1]):
        if not word[:1].isupper():
            break
        run.insert(0, word)
    if not run or all(w.lower() in DEMONYMS for w in run):
        return None
    body = " ".join(run)
    return None if kind_of(body) in ("news-agency", "outlet", "broadcaster", "media") else body


# Common words that open a sentence or a title capitalised before "officials": "Health officials
# warn", "Union officials claim" name no body.
_COMMON_WORDS_BEFORE_MEMBERS = GENERIC_WORDS | word_set(
    "health union police security state city county school hospital party border defence defense military "
    "foreign trade labour labor education transport justice interior finance energy water fire customs "
    "immigration tax court prison airport club team public federal local senior top administration campaign "
    "company industry opposition embassy"
)


# "the rights group Amnesty International", "the police Corporate Communications Unit (CCU)":
# lower-case words naming a kind of body, then the body's name
_KIND_THEN_BODY = re.compile(r"(?P<kind>(?:[a-z][a-z’'\-]*\s+){0,3}[a-z]+)\s+(?P<name>[A-Z].*)$")


_PART_OF_BODY = re.compile(
    r"[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,2}\s+(?:branch|wing|arm|section|chapter)\s+of\s+(?:the\s+)?(?P<rest>.+)$"
)


def _body_after_its_kind(printed: _Printed) -> _Reading:
    """A body named after the kind of body it is: "the rights group Amnesty International", "the
    law firm Teneo"; the name is the speaker."""
    if printed.bare == printed.text and not printed.text[:1].islower():
        # no article, and capitalised: "Police Corporate …" could be a person's role before a name;
        # "state doctors’ union Pasyki" is a body
        return None
    # "the doctors’ branch of the public sector union Pasydy": a part of the body speaks for it
    part_of = _PART_OF_BODY.match(printed.bare)
    match = _KIND_THEN_BODY.match(part_of.group("rest") if part_of is not None else printed.bare)
    if match is None or not ORGANISATION_HEAD.search(match.group("kind").split()[-1]):
        return None
    inner = parse_mention(match.group("name"))
    if inner is None or inner.name is None or inner.person or inner.unnamed or inner.plural:
        return None
    return evolve(inner, text=printed.text)


# The last word of a business's name: "Ezz Steel", "Tata Motors", "Emirates Airline".
_BUSINESS_LAST_WORD = re.compile(
    r"\s(?:Steel|Motors|Airways|Airlines?|Bank|Group|Holdings|Energy|Oil|Petroleum|Telecom|Shipping|Industries|"
    r"Systems|Technologies|Pharmaceuticals|Foods|Mining|Insurance|Investments|Capital|Partners|Corp|Corporation|"
    r"Inc|Ltd|Plc|LLC|Company|Co)\.?$"
)


def _genitive(printed: _Printed) -> _Reading:
    """A person of the organisation in the genitive.

    "China's envoy to Darfur" (a description), "Ocha's Orla Clinton" (a name);
    "Mia's mother Rosie", "the victim's father": family speak for themselves, the
    relative in the genitive being neither their organisation nor the speaker.
    """
    text, core = printed.text, printed.core
    genitive = _GENITIVE.match(core)
    if genitive is None or printed.appositive is not None:
        return None
    inner = parse_mention(genitive.group("rest"))
    organisation = genitive.group("organisation")
    kin = _KIN.match(genitive.group("rest"))
    if kin is not None:
        relation = f"{kin.group('kin')} of {organisation}"
        gender = _KIN_GENDER.get(kin.group("kin").lower())
        name = kin.group("name")
        if name:
            return Mention(text, name, role=relation, person=True, gender=gender)
        return Mention(text, core, role=relation, person=True, unnamed=True, gender=gender)
    office = genitive.group("rest").split()
    if (
        1 <= len(office) <= 4
        and _OFFICE_HEAD.match(office[-1])
        and all(word[:1].isupper() for word in office)
        and not any(first_name_gender(word) for word in office)
    ):
        # "Iran’s Deputy Health Minister": an office of the body, a description of its holder
        return Mention(
            text,
            None,
            refers="person",
            person=True,
            description=office[-1].lower(),
            role=" ".join(office),
            organisation=organisation,
        )
    if (
        inner is not None
        and inner.name is not None
        and not inner.unnamed
        and (inner.person or kind_of(inner.name) == "other")
    ):
        # "Ghana's opposition candidate John Mahama": a candidate speaks for no body of Ghana's
        standing = inner.role is not None and inner.role.split()[-1].lower() in _STANDING
        if not inner.person and _BUSINESS_LAST_WORD.search(inner.name):
            # "Egypt's Ezz Steel": a business of the country, no person of it
            return Mention(text, inner.name)
        return Mention(
            text,
            inner.name,
            role=f"{core[: genitive.start('rest')].strip()} {inner.role}" if standing else inner.role,
            organisation=inner.organisation or (None if standing else organisation),
            person=True,
            gender=inner.gender,
        )
    rest = genitive.group("rest")
    if _ROLE_AT_START.match(rest) is not None:
        return Mention(text, core, role=rest, organisation=organisation, person=True, unnamed=True)
    return None


_ROLE_WITH_ACRONYM = re.compile(r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][^()]{0,80}?)?\s*\([A-Z]{2,6}\)")


def _titled_pair(printed: _Printed) -> _Reading:
    """Two people, each named after a role, joined by "and": "Health Minister Ong Ye Kung and
    Transport Minister Chee Hong Tat" speak together, as "Ong Ye Kung and Chee Hong Tat"."""
    if printed.appositive is not None or printed.core.count(" and ") != 1:
        return None
    first, second = (parse_mention(half) for half in printed.core.split(" and "))
    if not all(
        half is not None and half.person and half.name and half.role and not half.unnamed and not half.plural
        for half in (first, second)
    ):
        return None
    assert first is not None and second is not None
    return Mention(
        printed.text,
        f"{first.name} and {second.name}",
        role=f"{first.role} and {second.role}",
        person=True,
        plural=True,
    )


def _named_pair(printed: _Printed) -> _Reading:
    """Two people named in full, joined by "and": "Wahab Riaz and Abdul Razzaq" speak together
    (a listed first name opens one of them, so "Procter and Gamble" and "Ernst and Young" are no
    pair of people)."""
    if printed.appositive is not None or printed.core.count(" and ") != 1:
        return None
    halves = [half.strip() for half in printed.core.split(" and ")]
    if not all(
        2 <= len(half.split()) <= 4 and all(_name_word(w) for w in half.split()) and kind_of(half) == "other"
        for half in halves
    ):
        return None
    if not any(first_name_gender(half.split()[0]) is not None for half in halves):
        return None
    return Mention(printed.text, printed.core, person=True, plural=True)


# Words that qualify a role, not its employer: "Embattled Australia skipper Steve Smith".
_ROLE_MODIFIERS = word_set(
    "embattled veteran former outgoing interim acting incoming stand-in caretaker beleaguered ex "
    "deputy vice assistant associate junior"
)


# A word alone before a role that says which kind of office it is, not whose: "Public Prosecutor".
_OFFICE_ADJECTIVES = word_set(
    "public special federal general state national regional provincial district county municipal local"
)


# Role words that are also families' names: "Dina Mufti", "Tom Bishop", "Alexander Pope".
_ROLES_BORNE_AS_SURNAMES = frozenset({"mufti", "bishop", "judge", "pope", "dean", "marshal", "sheriff", "imam"})
# A word of an office (with the initials the text gives it) at the end of the words before a role.
_OFFICE_WORD_AT_END = re.compile(
    r"(?<![\w-])(?:chief|deputy|vice|senior|assistant|associate|principal|grand|"
    + alternation(sorted({r.lower() for r in PERSON_ROLES}))
    + r")(?:\s+\([A-Z]{2,6}\))?$",
    re.IGNORECASE,
)


def _portfolios_listed(printed: _Printed) -> _Reading:
    """An office whose portfolios are listed with commas, then the holder's name: "Minister for
    Agriculture, Drought and Emergency Management David Littleproud", "Deputy Prime Minister and
    Minister for Infrastructure, Transport and Regional Development Michael McCormack" (a
    government's release prints the title in full). Read as the role before a name is, each comma
    followed by a capitalised portfolio."""
    core = printed.core
    if printed.appositive is not None or "," not in core or _PORTFOLIO_COMMA.sub("", core).count(",") or "  " in core:
        return None
    reading = parse_mention(core.replace(",", ""))
    if (
        reading is None
        or reading.role is None
        or reading.name is None
        or not reading.person
        or not core.endswith(" " + reading.name)  # the holder's name whole at the end, not words of the office
    ):
        return None
    # the role as printed, commas and all: the name is the same words at the end
    role = core[: len(core) - len(reading.name)].strip()
    return evolve(reading, text=printed.text, role=role)


#: A comma inside a list of portfolios: followed by a capitalised word.
_PORTFOLIO_COMMA = re.compile(r",(?=\s[A-Z])")


def _role_then_name(printed: _Printed) -> _Reading:
    """A role in front of a person's name, the role's complement part of the role.

    "Hamas spokesman Hazem Qassem", "UN Secretary-General Antonio Guterres", "The
    party’s international trade spokesman Barry Gardiner", "Secretary of State
    Condoleezza Rice"; the last role word counts ("Chief Justice John Roberts").
    """
    core = printed.core
    if printed.appositive is not None:
        return None
    role_match = last_match(_ROLE_INSIDE, core)
    if role_match is not None and role_match.end() >= len(core):
        # a role word may be a surname too: "Foreign Ministry spokesperson Dina Mufti" is Dina Mufti,
        # when a role word comes before a name of two words or more that opens with no role word
        if role_match.group(0).lower() not in _ROLES_BORNE_AS_SURNAMES:
            return None
        role_match = last_match(_ROLE_INSIDE, core[: role_match.start()])
        rest = core[role_match.end() :].split() if role_match is not None else []
        if len(rest) < 2 or any(_ROLE_INSIDE.fullmatch(word) for word in rest[:-1]):
            return None
    if role_match is None:
        return None
    # "Secretary for Ministry of Social and Family Development (MSF) Eric Chua", "Chief of Army Staff
    # (COAS) Qamar Javed Bajwa": the acronym closes the role
    complement = _ROLE_WITH_ACRONYM.match(core, role_match.end()) or _ROLE_COMPLEMENT.match(core, role_match.end())
    role_end = complement.end() if complement is not None else role_match.end()
    name = core[role_end:].strip()
    before = core[: role_match.start()].strip()
    if not (
        _is_name_like(name)
        and all(_name_word(w) for w in name.split())
        and kind_of(name) == "other"  # "Justice Ministry" is no person called "Ministry"
        and name_tokens(name)[-1:] != ()
        and name_tokens(name)[-1] not in GENERIC_WORDS
    ):
        return None
    role = core[:role_end].strip()
    # the office's own words before its last role word are no body: "Islamabad High Court Chief
    # Justice", "… Chief Justice (CJ) Justice Aamer Farooq" serve the court, not "… Court Chief"
    while (office := _OFFICE_WORD_AT_END.search(before)) is not None:
        before = before[: office.start()].rstrip()
    while before.split()[:1] and before.split()[0].lower() in _ROLE_MODIFIERS:
        before = before.split(maxsplit=1)[1] if " " in before else ""  # "Embattled Australia skipper"
    standing = role_match.group(0).lower() in _STANDING  # "Murder trial defendant": no body
    # "His Honour Judge Guy Boney QC": a form of address, no body
    standing = standing or before.split()[:1] in (["His"], ["Her"], ["Their"], ["Its"], ["Our"], ["My"])
    standing = standing or before.lower() in _OFFICE_ADJECTIVES  # "Public Prosecutor", "Special Envoy": no body
    employer = before if before and not standing and before.lower() not in DEMONYMS and before[:1].isupper() else None
    if employer is not None and (not _is_name_like(employer) or employer.endswith(("’s", "'s"))):
        employer = employer.removesuffix("’s").removesuffix("'s")
        employer = employer if _is_name_like(employer) else None
    return Mention(printed.text, name, role=role, organisation=employer, person=True, gender=_gender(name))


def _person_of_a_body(printed: _Printed) -> _Reading:
    """A person's name, then what the person belongs to.

    "Joseph Tsapy of the main opposition Social Democratic Front": a person, of it.
    """
    member = _PERSON_OF.match(printed.core)
    if member is None or printed.appositive is not None:
        return None
    if first_name_gender(member.group("name")) is None and not _PLAINLY_A_PERSON.match(member.group("name")):
        return None  # ("Dr. Troyen A. Brennan of the Brigham …": a person, by the title and the initial)
    name = member.group("name")
    return Mention(printed.text, name, organisation=member.group("organisation"), person=True, gender=_gender(name))


def _calling_then_name(printed: _Printed) -> _Reading:
    """A common noun of what someone does or is, in lower case, before a person's name: "villager Su
    Guohong", "pensioner Mary Jones", "wildlife photographer Tom Hill", "mum Kerry Needham". The
    role lexicon cannot list every calling, so a noun of an agent's shape ("-er", "-or", "-ist",
    "-ian", "-man", "-ee", "-ant", "-ent") or of kin is read as one; the name must read as a
    person's (two to four capitalised words of no body's kind)."""
    calling = _CALLING_THEN_NAME.fullmatch(printed.core)
    if calling is None or printed.appositive is not None:
        return None
    head = calling.group("head")
    if head in _NOT_AGENTS or not (head.endswith(_AGENT_ENDINGS) or head in _KIN_WORDS):
        return None
    if head in BUSINESS_DESCRIPTIONS or head.endswith(_BUSINESS_ENDINGS) or head in _BUSINESS_AGENTS:
        return None  # "chipmaker Advanced Micro Devices", "carrier Delta Air Lines": a company, not a person
    name = calling.group("name")
    if kind_of(name) != "other" or name_tokens(name)[-1:] == () or name_tokens(name)[-1] in GENERIC_WORDS:
        return None
    role = printed.core[: calling.start("name")].strip()
    return Mention(printed.text, name, role=role, person=True, gender=_gender(name))


_CALLING_THEN_NAME = re.compile(
    r"(?:[a-z][a-z\-]+\s+){0,2}(?P<head>[a-z]{3,})\s+(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})"
)
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ee", "ant", "ent")
_BUSINESS_ENDINGS = ("maker", "producer", "provider", "operator", "supplier", "developer", "builder")
_BUSINESS_AGENTS = word_set(
    "distributor broadcaster publisher exporter importer miner refiner brewer distiller grocer wholesaler "
    "processor packer shipper parent holder competitor buyer seller bidder suitor acquirer lessor issuer "
    "underwriter sponsor regulator watchdog"
)
_KIN_WORDS = word_set("mum mom dad mother father son daughter sister brother wife husband aunt uncle nan gran granny")
# Words of an agent's shape that are no calling: adverbs, prepositions, determiners, adjectives.
# Words of an agent's shape that name no one: adverbs, prepositions, adjectives and things ("later",
# "recent", "a letter", "a monitor"); neither a calling before a name nor someone unnamed.
_NOT_AGENTS = word_set(
    "after later earlier other under over ever never however whether rather either neither together former "
    "latter further per for nor upper inner outer sooner whatever whoever wherever moreover thereafter "
    "hereafter meanwhile recent current urgent different present absent silent ancient pleasant constant "
    "important significant relevant frequent prominent independent permanent violent apparent consistent "
    "evident efficient sufficient urban suburban human christian "
    "letter paper poster flyer banner sticker order error chapter number water matter power border corner "
    "folder computer sensor factor sector motor mirror tractor reactor filter register calendar newsletter "
    "monitor meter counter centre center cluster trailer tower river weather winter summer quarter manner"
)


def _qualified_body(printed: _Printed) -> _Reading:
    """A body's name after words saying which side or kind it is: "The opposition NDC", "the ruling
    APC", "the governing New Patriotic Party (NPP)". Only a name that reads as a body's: an
    acronym, or a name of a kind the rules know (a party, a ministry, a union …)."""
    match = _QUALIFIED_BODY.fullmatch(printed.text)
    if match is None or any(is_role(word) for word in match.group("words").split()):
        return None
    name = match.group("name")
    if not (_ACRONYM.fullmatch(name) or kind_of(name) not in ("other", "person")):
        return None
    return Mention(printed.text, name)


_QUALIFIED_BODY = re.compile(
    r"[Tt]he\s+(?P<words>(?:[a-z]+\s+){1,2})(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,4}(?:\s+\([A-Z]{2,6}\))?)"
)
_ACRONYM = re.compile(r"[A-Z]{2,6}(?:-[A-Z][a-z]*)*")  # (and its hyphened parts: "SPLM-In-Opposition")


def _not_a_name(printed: _Printed) -> _Reading:
    """Words that do not read as a name: people the text does not name ("anonymous aides", "two
    senior law enforcement sources"), else no speaker ("the report")."""
    core = printed.core
    if _is_name_like(core):
        return None
    words = core.split()
    if (
        core == printed.text
        and 1 < len(words) <= 5
        and words[-1] in _VAGUE_HEADS | _PLURAL_PEOPLE
        and words[0].islower()
    ):
        return Mention(printed.text, core, person=True, unnamed=True, plural=True, description=words[-1])
    if printed.indefinite and _someones_noun(core):
        # "A garda said …", "A passer-by told …": someone unnamed, by a noun no list of roles holds
        return Mention(printed.text, core, person=True, unnamed=True, description=core)
    return _NOT_A_SPEAKER


def _someones_noun(word: str) -> bool:
    """Whether one lower-case word is a noun for a person: of an agent's shape ("bystander",
    "tourist", "passer-by") or a few that are not ("garda", "medic"); not a thing of that shape
    ("a truce", "a letter", "a monitor") nor an amount ("A lot said")."""
    if _ONE_NOUN.fullmatch(word) is None or word in _NOT_AGENTS or word in ORGANISATION_WORDS:
        return False
    return word.endswith(_PERSON_ENDINGS) or word in _PERSON_NOUNS


# One lower-case noun, hyphens allowed ("garda", "passer-by").
_ONE_NOUN = re.compile(r"[a-z]{3,}(?:-[a-z]+)*")
# (alone, a noun in "-ant" or "-ent" is a thing as often: "an agreement", "an event")
_PERSON_ENDINGS = (*(ending for ending in _AGENT_ENDINGS if ending not in ("ant", "ent")), "-by")
_PERSON_NOUNS = word_set("garda medic cop guard pilot vet local nun monk migrant resident tenant servant")


def _named_with_role(printed: _Printed) -> _Reading:
    """A name with its role set off by commas after it: "Raed Al-Nems, spokesman for the PRCS in Gaza"."""
    if printed.appositive is None:
        return None
    role = printed.appositive.strip()
    core = printed.core
    return Mention(
        printed.text, core, role=role, organisation=_organisation_of(role), person=True, gender=_gender(core)
    )


# A person's name, then "the" and their role with no comma between: "Feraidon Elham the deputy to
# affairs' administration", as agency copy translated into English prints it.
_NAME_THEN_THE_ROLE = re.compile(r"^(?P<name>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){1,3})\s+(?P<role>the\s+[a-z].*)$")


def _name_then_the_role(printed: _Printed) -> _Reading:
    """A name and, after "the" with no comma, the role its holder has: the name, in that role."""
    if printed.appositive is not None:
        return None
    named = _NAME_THEN_THE_ROLE.match(printed.text)
    if named is None or not is_role(named.group("role")):
        return None
    name, role = named.group("name"), strip_article(named.group("role"))
    return Mention(
        printed.text, name, role=role, organisation=_organisation_of(role), person=True, gender=_gender(name)
    )


def _title_then_first_name(printed: _Printed) -> _Reading:
    """A title no role list holds, then a person's name a listed first name opens.

    "Conservative MS for Clwyd West Darren Millar": Darren Millar, in that role.
    """
    titled = _titled_by_first_name(printed.core)
    if titled is None:
        return None
    role, name = titled
    return Mention(printed.text, name, role=role, person=True, gender=_gender(name))


# A description, then where the one described is: "A senior military source in Bangui".
_IN_A_PLACE = re.compile(
    r"^(?P<head>.*[a-z])\s+(?P<preposition>in|from|at)\s+(?:the\s+)?(?P<place>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2}"
    # or a place the text has named, by its kind: "The health ministry in the Hamas-run territory"
    r"|(?<=the\s)(?:[\w’'-]+\s+)?(?:territory|enclave|strip|country|region|province|state|city|town|village|"
    r"district|county|capital|area|north|south|east|west|island|kingdom|republic))$"
)


def _described_in_a_place(printed: _Printed) -> _Reading:
    """A description placed somewhere ("A senior military source in Bangui", "police in Kampala"):
    the description as a speaker, an unnamed one keeping its place in its name."""
    placed = _IN_A_PLACE.match(printed.text)
    if placed is None or printed.appositive is not None:
        return None
    described = parse_mention(placed.group("head"))
    if described is None or (described.name is not None and not described.unnamed):
        return None  # "Ann Ray in Gaza", "Hamas in Gaza": a name is read as printed, by the readers after
    if placed.group("place")[:1].islower() and described.refers != "organisation":
        return None  # "Residents in the area": people placed by a kind of place are read as a group
    # (the preposition as printed: "Analysts at Barclays" are no "Analysts in Barclays")
    where = f"{placed.group('preposition')} {placed.group('place')}"
    name = f"{described.name} {where}" if described.unnamed and described.name else described.name
    return evolve(described, text=printed.text, name=name)


# The head of a capitalised office after "the": "the Deputy Education Minister", "the Prime Minister".
_OFFICE_HEAD = re.compile(
    r"(?:Minister|Secretary|President|Premier|Chancellor|Governor|Mayor|Commissioner|Spokesman|Spokeswoman|"
    r"Spokesperson|Chairman|Chairwoman|Ambassador|Senator|Attorney-General|PM)$"
)


_OFFICE_PHRASE = re.compile(
    r"(?:Opposition|Majority|Minority|House|Deputy|Senate|Labour|Conservative|Tory|Liberal)\s+Leader|"
    r"Head\s+of\s+(?:State|Government)"
)


def _capitalised_office(printed: _Printed) -> _Reading:
    """An office printed with capitals after "the" ("the Deputy Education Minister said"): a
    description of whoever holds it, as "the deputy education minister" is, not a name."""
    if printed.bare == printed.text or printed.text[:4].lower() != "the ":
        return None
    words = printed.bare.split()
    if _OFFICE_PHRASE.fullmatch(printed.bare):
        # "the Opposition Leader", "The Head of State": an office, though its head alone names none
        head = "leader" if printed.bare.endswith("Leader") else "-".join(printed.bare.lower().split())
        return Mention(printed.text, None, refers="person", person=True, description=head, role=printed.bare)
    if not (1 <= len(words) <= 4 and _OFFICE_HEAD.match(words[-1]) and all(w[:1].isupper() for w in words)):
        return None
    if any(first_name_gender(word) for word in words):
        return None  # "the Minister John …" is no bare office
    return Mention(printed.text, None, refers="person", person=True, description=words[-1].lower(), role=printed.bare)


# Findings and papers, which open a sentence capitalised as a name would ("Tests revealed …").
_FINDINGS = word_set(
    "tests results figures data records documents findings statistics studies reports polls surveys estimates "
    "minutes filings papers analyses"
)


def _name(printed: _Printed) -> _Reading:
    """Any other name: "Hamas", "Ann Ray" (a person, by her first name), "Israeli officials" (unnamed)."""
    core = printed.core
    if core.lower() in _FINDINGS:
        # "Tests later revealed …", "Figures show …": findings, capitalised as a sentence opens; no
        # name, and never a surname a later "he" could mean
        return Mention(printed.text, core.lower(), unnamed=True, plural=True, description=core.lower())
    head = core.split()[-1].lower()
    unnamed = head in _VAGUE_HEADS or bool(_GROUP_HEAD.match(core))
    if " " not in core and core.endswith("s") and core[1:].islower():
        # "Prosecutors alleged …": a plural of people's role opening a sentence names many, never one
        # person a later "he" could mean
        lowered = parse_mention(core.lower())
        if lowered is not None and lowered.plural and lowered.person and lowered.description == core.lower():
            return Mention(printed.text, core, unnamed=unnamed, plural=True)
    gender = _gender(core)
    plural = unnamed and head.endswith("s")
    # "Hamas officials", "Leslie Fay officials": the body they speak for is their origin ("Health
    # officials", "Union officials" open a sentence or a title with a common word, no body)
    body = _body_before_member(core.split()) if plural else None
    if body is not None and " " not in body and body.lower() in _COMMON_WORDS_BEFORE_MEMBERS:
        body = None
    # a body's officials are people, and so is one named with a title's short form ("Cllr Aspden")
    person = gender is not None or body is not None or core.split()[0].rstrip(".").lower() in TITLE_ABBREVIATIONS
    return Mention(printed.text, core, unnamed=unnamed, person=person, gender=gender, plural=plural, organisation=body)


#: The readers :func:`parse_mention` tries, in order; the first that recognises its shape decides.
_READERS: tuple[Callable[[_Printed], _Reading], ...] = (
    _published_by,
    _issuers_document,
    _document_then_how_it_came,
    _described_further,
    _clause_or_adjunct,
    _aged,
    _nationality,
    _age_before_a_name,
    _honorific,
    _ranked,
    _holds_a_cue,
    _first_person,
    _pronoun,
    _one_of,
    _named_then_kind,
    _some_of_a_group,
    _group_of_a_body,
    _collective,
    _someone_of_a_people,
    _someone_in_a_role,
    _body_acting_for,
    _name_then_the_role,
    _description,
    _role_in_a_body,
    _described_by_head,
    _body_after_its_kind,
    _genitive,
    _titled_pair,
    _named_pair,
    _portfolios_listed,
    _role_then_name,
    _person_of_a_body,
    _capitalised_office,
    _described_in_a_place,
    _calling_then_name,
    _qualified_body,
    _not_a_name,
    _named_with_role,
    _title_then_first_name,
    _name,
)


# A place's own body, the place in a word: "the state's Department of Public Utility Control".
_PLACES_OWN = re.compile(r"[Tt]he\s+(?:state|city|country|county|province|region|nation|territory|town|island)[’']s\s+")
_BASED_IN = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*-(?:based|backed)\s+")
_POST_NOMINAL = re.compile(r"(?<=[a-z’'])\s+(?:SAN|QC|KC|SC|OBE|MBE|CBE|KBE)$")
_ENDS_IN_A_CONJUNCTION = re.compile(r"(?<![\w’'-])(?:and|or|but|nor)\s*$")


@functools.lru_cache(maxsize=4096)  # pure, and news repeats its speakers
def parse_mention(subject: str, appositive: str | None = None) -> Mention | None:
    """Read a speaker as printed.

    The words are tried against a table of readers (:data:`_READERS`), each one
    shape of speaker, in order; the first that recognises its shape decides.

    Args:
        subject: the words before the attribution verb ("Hamas spokesman Hazem
            Qassem", "He", "the organization", "Israeli media").
        appositive: a role set off by commas after the name ("spokesman for ...").

    Returns:
        The mention, or None when the words do not look like a speaker (a clause,
        a lower-case noun phrase such as "the report").
    """
    if _ENDS_IN_A_CONJUNCTION.search(subject):
        return None  # "the directors for the poor results and [called for …]": a clause cut at its verb
    honours = _POST_NOMINAL.search(subject)
    if honours is not None:
        # "Pinheiro SAN", "Stuart Jones QC": the name, without the rank the bar or the crown gave it
        named = parse_mention(subject[: honours.start()], appositive)
        if named is not None and named.name is not None and not named.unnamed:
            return evolve(named, text=subject, person=True)
    based = (
        _BASED_IN.match(subject)
        if "-based " in subject or "-backed " in subject
        else _PLACES_OWN.match(subject)
        if "s " in subject
        else None
    )
    if based is not None and subject[based.end() : based.end() + 1].isupper():
        # "Paris-based Publicis", "New York-based Human Rights Watch", "the state's Department of …",
        # "Saudi-backed Yemen government": where the body is or who backs it, then its name
        named = parse_mention(subject[based.end() :], appositive)
        # (a name, not a description printed in capitals: "London-based Non-Governmental Organization
        # focused on human rights")
        if (
            named is not None
            and named.name is not None
            # ("Saudi-backed Yemen government": a body of a kind its words say, in lower case too)
            and (all(w[:1].isupper() or w in CONNECTORS for w in named.name.split()) or kind_of(named.name) != "other")
        ):
            return evolve(named, text=subject)
    printed = _Printed.read(subject, appositive)
    for reader in _READERS:
        reading = reader(printed)
        if reading is not None:
            return reading if isinstance(reading, Mention) else None
    return None
