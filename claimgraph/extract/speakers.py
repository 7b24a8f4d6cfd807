"""Who is speaking: reading a speaker as printed, and merging mentions into one actor each.

"Raed Al-Nems, spokesman for the Palestinian Red Crescent Society in Gaza" is a
person with a role, part of an organisation; "Hamas spokesman Hazem Qassem" and
"UN Secretary-General Antonio Guterres" carry the role in front. Later mentions
("Al-Nems", "the Red Crescent", "He", "the spokesman", "The movement") resolve
to the actors already met, so each actor becomes one source.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from attrs import define, evolve, field

from claimgraph.attribution import CUE_ENTRIES
from claimgraph.extract.first_names import first_name_gender
from claimgraph.extract.records import Mention
from claimgraph.extract.source_ids import ActorRecord, draft_sources
from claimgraph.model import Source

__all__ = [
    "PERSON_ROLES",
    "RANK_PREFIX",
    "Mention",
    "Speakers",
    "could_be_person",
    "is_relay",
    "is_role",
    "parse_mention",
    "person_like",
    "slug",
]


def _words(text: str) -> frozenset[str]:
    """The set of white-space separated words of a literal word list."""
    return frozenset(text.split())


_CONNECTORS = _words("of for in on at the and de del al el bin ibn abu da van von la le du through from to with")
_ARTICLES = ("the ", "The ", "a ", "A ", "an ", "An ")

#: Role nouns that make a mention a person ("spokesman for ...", "Hamas spokesman Hazem Qassem").
PERSON_ROLES = (
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "correspondent",
    "reporter",
    "journalist",
    "secretary-general",
    "secretary general",
    "secretary",
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
    "researcher",
    "coordinator",
    "representative",
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
)
_ROLE_AT_START = re.compile(
    r"^(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}(?:"
    + "|".join(re.escape(r) for r in sorted(PERSON_ROLES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_ROLE_INSIDE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(r) for r in sorted(PERSON_ROLES, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)

_PRONOUNS = {"he": "person", "she": "person", "it": "organisation", "they": "any"}
_FIRST_PERSON = _words("i we you us me one")
_PRONOUN_GENDER = {"he": "male", "she": "female"}
# Forms of address that say a person's gender ("Mr Gardiner", "Ms Clinton").
_GENDER_TITLE = re.compile(r"^(?:(?P<male>Mr|Sir|Lord)|(?P<female>Mrs|Ms|Miss|Dame|Lady))\.?\s+[A-Z]")
# "China's envoy to Darfur", "Ocha's Orla Clinton": the organisation in the genitive, then the person.
_GENITIVE = re.compile(r"^(?P<organisation>[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*){0,4})['’]s\s+(?P<rest>\S.*)$")
# Family members, who speak for themselves: "Mia's mother Rosie", "his widow, Jane".
_KIN_GENDER = {
    **dict.fromkeys(_words("mother mum mom wife widow daughter sister grandmother aunt niece"), "female"),
    **dict.fromkeys(_words("father dad husband widower son brother grandfather uncle nephew"), "male"),
    **dict.fromkeys(_words("parent parents family partner cousin fiancee fiance friend relatives")),
}
_KIN = re.compile(
    r"(?P<kin>" + "|".join(_KIN_GENDER) + r")\b,?\s*(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})?\s*$",
    re.IGNORECASE,
)
# Lower-case particles that may open a person's name ("de Blasio", "van der Leyen").
_NAME_PARTICLES = _words("de del della di da van von der le la al el bin ibn abu")

#: "the <noun>" → what it refers back to.
_DESCRIPTIONS = {
    **{
        noun: "person"
        for noun in (
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "correspondent",
            "official",
            "minister",
            "president",
            "director",
            "envoy",
            "reporter",
            "secretary-general",
            "commander",
            "doctor",
        )
    },
    **{
        noun: "organisation"
        for noun in (
            "organization",
            "organisation",
            "society",
            "movement",
            "group",
            "agency",
            "ministry",
            "army",
            "military",
            "government",
            "office",
            "committee",
            "council",
            "authority",
            "company",
            "network",
            "channel",
            "broadcaster",
            "newspaper",
            "outlet",
            "party",
            "faction",
            "body",
            "institution",
            "charity",
            "union",
            "coalition",
            "bureau",
            "department",
            "statement",
        )
    },
}

_DEMONYMS = _words(
    "israeli palestinian american us u.s. egyptian qatari turkish jordanian lebanese syrian "
    "iranian saudi emirati british french german russian chinese european"
)

#: Words in a name → the kind of source (first match wins; lower-case, whole words).
_KIND_WORDS = (
    (
        "news-agency",
        (
            "anadolu",
            "reuters",
            "afp",
            "associated press",
            "wafa",
            "xinhua",
            "tass",
            "bloomberg",
            "dpa",
            "upi",
            "efe",
            "kyodo",
            "yonhap",
            "interfax",
            "mena",
            "irna",
            "news agency",
            "press agency",
        ),
    ),
    (
        "broadcaster",
        ("jazeera", "bbc", "cnn", "channel", "tv", "television", "radio", "broadcasting", "kan", "arabiya"),
    ),
    (
        "outlet",
        ("times", "post", "haaretz", "newspaper", "gazette", "herald", "journal", "daily", "tribune", "guardian"),
    ),
    ("media", ("media", "press")),
    (
        "un-agency",
        ("world health organization", "who", "unrwa", "unicef", "ocha", "wfp", "unhcr", "world food programme"),
    ),
    (
        "intergovernmental",
        ("un", "united nations", "european union", "eu", "arab league", "african union", "security council"),
    ),
    (
        "ngo",
        (
            "red crescent",
            "red cross",
            "msf",
            "doctors without borders",
            "amnesty",
            "human rights watch",
            "society",
            "foundation",
            "association",
            "ngo",
            "charity",
        ),
    ),
    ("military", ("army", "forces", "military", "idf", "police", "brigade", "navy", "air force")),
    ("armed-group", ("brigades", "islamic jihad", "qassam")),
    ("party", ("hamas", "fatah", "hezbollah", "party", "movement", "likud")),
    (
        "government",
        (
            "ministry",
            "government",
            "authorities",
            "authority",
            "cabinet",
            "office",
            "coordinator of government activities",
            "cogat",
            "presidency",
            "officials",
            "department",
            "state department",
            "white house",
            "kremlin",
        ),
    ),
)

#: Collective heads that name nobody in particular; a speaker ending in one is unnamed.
_VAGUE_HEADS = _words(
    "officials sources media authorities witnesses residents medics activists observers analysts "
    "diplomats experts people palestinians israelis insiders journalists reports"
)
_PLURAL_PEOPLE = _words(
    "aides sources officials witnesses residents investigators lawmakers protesters outlets newspapers channels"
)
# Lower-case groups that speak as one in news ("police said", "prosecutors told the court"):
# an unnamed source carrying the word as its description.
_COLLECTIVES = (
    _VAGUE_HEADS
    | _PLURAL_PEOPLE
    | _words(
        "police prosecutors rescuers doctors organisers organizers critics researchers scientists officers troops "
        "lawyers economists traders employees workers members supporters opponents locals parents students "
        "teachers nurses firefighters paramedics monitors mediators negotiators diplomats rebels militants"
    )
)
_VAGUE_KINDS = {"media": "media", "authorities": "government", "officials": "government"}
_GROUP_HEAD = re.compile(r"^[A-Z][a-z]+s\s+[a-z]+ing\b")


_SLUG_WORDS = 5


def slug(name: str) -> str:
    """A source id from a name: lower case, apostrophes dropped, other marks as hyphens.

    Long names keep their first five words ("Israeli Coordinator of Government
    Activities in the West Bank and Gaza" → ``israeli-coordinator-of-government-activities``).
    """
    words = _tokens(name)[:_SLUG_WORDS]
    while len(words) > 1 and words[-1] in _CONNECTORS:
        words = words[:-1]
    return "-".join(words) or "source"


_WORD = re.compile(r"[\w’'-]+")
_APOSTROPHES = re.compile(r"['’‘`ʼ]")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=4096)
def _tokens(name: str) -> tuple[str, ...]:
    text = _APOSTROPHES.sub("", name.lower())
    return tuple(t for t in _NON_WORD.split(text) if t)


_RELAY_KINDS = frozenset({"news-agency", "broadcaster", "outlet", "media"})
_RELAY_WORDS = _words(
    "reporter reporters correspondent correspondents journalist journalists editor report reports newspaper paper "
    "agency media outlet broadcaster channel network website tweet post article articles document documents "
    "study letter email memo"
)


def is_relay(mention: Mention) -> bool:
    """Whether a speaker passes on others' words (a newspaper, an agency, a reporter, a report)
    rather than being a party to the story."""
    words = set(_tokens(" ".join(filter(None, (mention.text, mention.role)))))
    kinds = {_kind_of(name) for name in (mention.name, mention.organisation) if name}
    return bool(words & _RELAY_WORDS or kinds & _RELAY_KINDS)


# Who a person speaks for, set off by commas: "Andrew Green KC, for MGN, said", "David Sherborne,
# representing the four, said", "Ms Lee, acting for the council, told the court".
_SPEAKS_FOR = re.compile(r"^(?:for|representing|acting for|appearing for|on behalf of|counsel for)\s+\S")


def is_role(text: str) -> bool:
    """Whether text set off by commas after a name is a role ("spokesman for the PRCS in Gaza",
    "for the defence")."""
    text = text.strip()
    return _ROLE_AT_START.match(text) is not None or _SPEAKS_FOR.match(text) is not None


def _strip_article(text: str) -> str:
    for article in _ARTICLES:
        if text.startswith(article):
            return text[len(article) :]
    return text


def could_be_person(name: str) -> bool:
    """Whether a name may be a person's: nothing in it names a kind of organisation ("Reuters",
    "Northgate Council", "Acme Ltd" may not)."""
    head = name.split()[-1].rstrip(".").lower() if name.split() else ""
    return (
        _kind_of(name) == "other"
        and _ORGANISATION_HEAD.search(head) is None
        and _DESCRIPTIONS.get(head) != "organisation"
        and head not in _COMPANY_SUFFIXES
    )


@functools.lru_cache(maxsize=4096)
def _kind_of(name: str) -> str:
    tokens = " " + " ".join(_tokens(name)) + " "
    for kind, words in _KIND_WORDS:
        if any(f" {word} " in tokens for word in words):
            return kind
    return "other"


# Sentence openers that are not part of the speaker ("And the United chief said").
_OPENERS = re.compile(r"^(?:(?:and|but|so|yet|also|meanwhile|however|then|now)\b[,\s]*)+", re.IGNORECASE)
# A time phrase before the speaker with no comma: "Before the meeting the PM said".
_TIME_OPENER = re.compile(
    r"^(?:(?:Before|After|During|Following|Ahead of|Earlier|Later)\s+(?:(?:the|a|an|his|her|its|their|that|this)\s+)?"
    r"[a-z]+\s+(?=(?:the|The)\s+\S|[A-Z])"
    # "A day after a senior official described ...": the time, then the speaker
    r"|(?:A|One|The)\s+(?:day|week|month|year)s?\s+(?:after|before)\s+(?=(?:the|a|an)\s))"
)
# Abbreviated ranks and titles before a name: "Maj. Gen. Pat Ryder", "Lt. Col. Ann Ray".
RANK_PREFIX = r"(?:(?:Maj|Gen|Lt|Col|Capt|Sgt|Adm|Brig|Cmdr|Cdr|Gov|Sen|Rep|Prof|Rev|Insp|Supt|Mr|Mrs|Ms|Dr)\.\s+)"
# Forms of address among those prefixes: part of the name as printed ("Mr Zeid"), never a role.
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.\s+")
_RANKS = re.compile(rf"^{RANK_PREFIX}+")
# "the 62-year-old": a person described by age, met before.
_AGED = re.compile(r"^the\s+\d{1,3}-year-old$", re.IGNORECASE)
# "one of the company's senior executives", "One of Hamas's negotiators": a member of a group.
_ONE_OF = re.compile(
    r"^[Oo]ne of (?:the |its |his |her |their |[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)*['’]s? )"
    r"(?:[a-z\-’']+ ){0,3}(?P<head>[a-z]+)$"
)
# A person's name, then what the person belongs to: "Joseph Tsapy of the main opposition party".
_PERSON_OF = re.compile(
    r"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})\s+(?:of|from|at)\s+(?:the\s+)?(?P<organisation>\S.{1,100})"
)
# What an unnamed source is said to know, after it: "the official familiar with the talks".
_POSTMODIFIER = re.compile(
    r"(?<=[a-z])\s+(?:familiar with|close to|involved in|with (?:direct )?knowledge of|briefed on|aware of)\s.*$"
)
# Where a body is based, before its description: "the Sunnyvale, Calif.-based company".
_BASED = re.compile(r"^(?:[A-Z][\w.]*,?\s+)*[A-Z][\w.]*-based\s+(?P<rest>[a-z].*)$")
_PREPOSITION_FIRST = re.compile(r"(?:In|On|At|From|With|By|For|During|Under|Via|Through|Into|Over)\s")
# A role in a body, in lower case: "leader of the party", "head of the Health Ministry".
_ROLE_OF = re.compile(
    r"^(?:[a-z-]+\s+){0,2}(?P<role>leader|head|chief|director|chairman|chairwoman|chair|spokesman|spokeswoman|"
    r"spokesperson|president|secretary|boss|founder|owner|commander)\s+(?:of|for|at)\s+(?:the\s+)?(?P<organisation>\S.{0,80})$"
)
# A document and who put it out: "the results published by the electoral commission".
_PUBLISHED_BY = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:results|report|figures|data|statement|study|survey|tally|"
    r"count|estimates?|document|letter|release)\s+(?:published|released|issued|compiled|put out|sent)\s+by\s+"
    r"(?P<publisher>\S.*)$",
    re.IGNORECASE,
)
# A noun cue after the speaker: "ISPR in a statement said", "Trump on Twitter wrote".
_NOUN_CUE_TAIL = re.compile(
    r"\s+(?:(?:in|on)\s+(?:a|an|his|her|its|their)\s+(?:\w+\s+){0,2}(?:statement|interview|post|tweet|letter|"
    r"release|briefing|speech|message|video)|on\s+(?:Twitter|X|Facebook|Instagram|Telegram|social media))$",
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
# Lower-case heads of a description naming a speaking body ("the law firm", "the electoral
# commission", "the report").
_ORGANISATION_WORDS = _words(
    "police team firm company agency ministry group report statement study article survey document court panel "
    "board council committee office military army government campaign party union network hospital "
    "administration department staff commission bureau organisation organization authority service institute "
    "watchdog regulator tribunal inquiry observatory foundation association charity coalition alliance movement "
    "embassy cabinet presidency parliament league federation club university bank fund airline body society "
    "forces ruling filing release readout letter memo email proposal plan results figures data records documents "
    "indictment complaint lawsuit poll estimates tally assessment analysis guidance regulations decree resolution "
    "transcript minutes update website post tweet bench jury regime junta militia delegation mission prosecution "
    "research paper journal"
)
# ... and of a person (endings such as -er, -ist, -ian included), the bodies above counting too.
_PERSON_WORDS = _words(
    "ers ors ists ians ants ents er or ist man woman men women ian ant ent source sources official officials chief "
    "boss aide aides witness witnesses neighbour neighbor bystander general envoy executives? representatives? "
    "relatives? detectives? cops? medics? family families friends? opposition defence defense plaintiffs? "
    "defendants? claimants? complainant victims? survivors? mother father wife husband son daughter brother "
    "sister parents head expert experts judge"
)
_PERSON_HEAD = re.compile("(?:" + "|".join(sorted(_PERSON_WORDS | _ORGANISATION_WORDS)) + ")$")
_ORGANISATION_HEAD = re.compile("(?:" + "|".join(sorted(_ORGANISATION_WORDS)) + ")$")


def _is_name_like(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 14 or (len(words) > 1 and words[-1].lower() in _CONNECTORS):
        return False  # "Afghanistan came under precise and": a clause cut at a conjunction
    first = words[0]
    if first in _NAME_PARTICLES and len(words) > 1 and words[1][:1].isupper():
        first = words[1]
    if not (first[:1].isupper() or first[:1].isdigit()) and first.lower() not in _VAGUE_HEADS:
        return False
    lower = [w for w in words[1:] if not w[:1].isupper() and w.lower() not in _CONNECTORS]
    # "Israeli occupation authorities", "Palestinians returning through Rafah": a few plain
    # words are fine; a clause ("These figures fall far short of ...") is not.
    return len(lower) <= 3 and not any(w.endswith((",", ";", ":")) for w in words)


_NAME_WORD = r"[A-Z][\w’'\-]*"
_ROLE_COMPLEMENT = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'\-]*(?=\s+[A-Z][\w’'\-]*\s+[A-Z])")
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


@functools.lru_cache(maxsize=4096)  # pure, and news repeats its speakers
def parse_mention(subject: str, appositive: str | None = None) -> Mention | None:
    """Read a speaker as printed.

    Args:
        subject: the words before the attribution verb ("Hamas spokesman Hazem
            Qassem", "He", "the organization", "Israeli media").
        appositive: a role set off by commas after the name ("spokesman for ...").

    Returns:
        The mention, or None when the words do not look like a speaker (a clause,
        a lower-case noun phrase such as "the report").
    """
    text = _OPENERS.sub("", subject.strip().strip('“”"'))
    text = _TIME_OPENER.sub("", text)
    text = _NOUN_CUE_TAIL.sub("", text).strip()
    text = _POSTMODIFIER.sub("", text)
    published = _PUBLISHED_BY.match(text)
    if published is not None:
        # "the provisional results published by the electoral commission": the publisher speaks
        return parse_mention(published.group("publisher"), appositive)
    if not text or _CLAUSE.search(text) or _PREPOSITION_FIRST.match(text):
        return None  # "In a video", "From Canberra": no speaker
    if _AGED.match(text):
        return Mention(text, None, refers="person", person=True, description="year-old")
    honorific = _HONORIFIC.match(text)
    if honorific is not None and honorific.end() < len(text):
        # "Mr. Zeid": read as "Mr Zeid", the mention keeping its printed form
        inner = parse_mention(text[: honorific.end()].replace(".", "") + text[honorific.end() :], appositive)
        return None if inner is None else evolve(inner, text=text)
    ranks = _RANKS.match(text)
    if ranks is not None and ranks.end() < len(text):
        inner = parse_mention(text[ranks.end() :], appositive)
        if inner is not None and inner.name is not None and _is_name_like(inner.name):
            return Mention(
                text,
                inner.name,
                role=" ".join(filter(None, (ranks.group(0).strip(), inner.role))),
                organisation=inner.organisation,
                person=True,
                gender=inner.gender,
            )
    if any(word in _PAST_CUES for word in text.split()):
        return None  # "Hamas rejected Israel's": a clause with its own speech verb, not a speaker
    lower = text.lower()
    if lower in _FIRST_PERSON:
        return None  # "we", "I": the speaker of the quote or transcript holding them, read there
    if lower in _PRONOUNS:
        return Mention(
            text,
            None,
            refers=_PRONOUNS[lower],
            person=_PRONOUNS[lower] == "person",
            gender=_PRONOUN_GENDER.get(lower),
            plural=lower == "they",
        )
    one_of = _ONE_OF.match(text)
    if one_of is not None and _PERSON_HEAD.search(one_of.group("head")):
        # "one of the company's senior executives": someone unnamed, described by the group
        return Mention(text, text, person=True, unnamed=True, description=one_of.group("head"))
    bare = _strip_article(text)
    if bare == text and text[:4].lower() == "one " and text[4:].islower():
        bare = text[4:]  # "one observer": someone unnamed, like "an observer"
    if bare.islower() and bare in _COLLECTIVES:
        # "police", "the prosecutors": a body of people the text does not name
        return Mention(text, bare, person=True, unnamed=True, plural=True, description=bare)
    if text[:2].lower() in ("a ", "an") and re.fullmatch(r"[A-Z][a-z]+", bare) and _kind_of(bare) == "other":
        # "An Englishman", "A Palestinian": a name never takes "a"; someone described, unnamed
        return Mention(text, bare, person=True, unnamed=True, description=bare.lower())
    if text[:2].lower() in ("a ", "an") and is_role(bare) and _organisation_of(bare) is not None:
        # "A spokesman for the rebel Justice and Equality Movement (Jem)": someone unnamed, of it
        organisation = _DEFINED_ACRONYM.sub(r"\g<name>", _organisation_of(bare) or "")
        return Mention(text, bare, role=bare, organisation=organisation, person=True, unnamed=True)
    if bare != text and bare.lower() in _DESCRIPTIONS:
        refers = _DESCRIPTIONS[bare.lower()]
        return Mention(text, None, refers=refers, person=refers == "person", description=bare.lower())
    role_of = _ROLE_OF.match(bare) if bare != text else None
    if role_of is not None:
        # "the leader of the party", "the head of the agency": a person described by a role in a body
        organisation = role_of.group("organisation")
        return Mention(
            text,
            None,
            refers="person",
            person=True,
            description=role_of.group("role"),
            organisation=organisation if organisation[:1].isupper() else None,
        )
    words = bare.split()
    based = _BASED.match(bare)
    if based is not None:
        bare, words = based.group("rest"), based.group("rest").split()  # "Calif.-based company": described
    if (bare != text or based is not None) and words and words[-1].islower() and _PERSON_HEAD.search(words[-1]):
        # "the Labour frontbencher", "the official": someone met before; "a police source",
        # "a senior French military official": an unnamed source carrying its description.
        person = _ORGANISATION_HEAD.search(words[-1]) is None
        plural = words[-1].endswith("s") and not words[-1].endswith("ss")
        if text[:2].lower() in ("a ", "an") or text[:4].lower() == "one ":
            return Mention(text, bare, person=person, unnamed=True, description=words[-1])
        refers = "person" if person else "organisation"
        return Mention(text, None, refers=refers, person=person, description=words[-1], plural=plural)
    genitive = _GENITIVE.match(bare)
    if genitive is not None and appositive is None:
        # "China's envoy to Darfur" (a description), "Ocha's Orla Clinton" (a name): a person
        # of the organisation in the genitive.
        inner = parse_mention(genitive.group("rest"))
        organisation = genitive.group("organisation")
        kin = _KIN.match(genitive.group("rest"))
        if kin is not None:
            # "Mia's mother Rosie", "the victim's father": family speak for themselves; the
            # relative in the genitive is neither their organisation nor the speaker.
            relation = f"{kin.group('kin')} of {organisation}"
            gender = _KIN_GENDER.get(kin.group("kin").lower())
            name = kin.group("name")
            if name:
                return Mention(text, name, role=relation, person=True, gender=gender)
            return Mention(text, bare, role=relation, person=True, unnamed=True, gender=gender)
        if (
            inner is not None
            and inner.name is not None
            and not inner.unnamed
            and (inner.person or _kind_of(inner.name) == "other")
        ):
            return Mention(
                text,
                inner.name,
                role=inner.role,
                organisation=inner.organisation or organisation,
                person=True,
                gender=inner.gender,
            )
        rest = genitive.group("rest")
        if _ROLE_AT_START.match(rest) is not None:
            return Mention(text, bare, role=rest, organisation=organisation, person=True, unnamed=True)
    role_match = None
    for role_match in _ROLE_INSIDE.finditer(bare):  # noqa: B007 (the last role word: "Chief Justice John Roberts")
        pass
    if role_match is not None and role_match.end() < len(bare) and appositive is None:
        # "Hamas spokesman Hazem Qassem", "UN Secretary-General Antonio Guterres",
        # "The party’s international trade spokesman Barry Gardiner"
        # "Secretary of State Condoleezza Rice": the role's complement belongs to the role.
        complement = _ROLE_COMPLEMENT.match(bare, role_match.end())
        role_end = complement.end() if complement is not None else role_match.end()
        name = bare[role_end:].strip()
        before = bare[: role_match.start()].strip()
        if (
            _is_name_like(name)
            and all(w[:1].isupper() or w in _NAME_PARTICLES for w in name.split())
            and _kind_of(name) == "other"  # "Justice Ministry" is no person called "Ministry"
            and _tokens(name)[-1:] != ()
            and _tokens(name)[-1] not in _GENERIC
        ):
            role = bare[:role_end].strip()
            employer = before if before and before.lower() not in _DEMONYMS and before[:1].isupper() else None
            if employer is not None and (not _is_name_like(employer) or employer.endswith(("’s", "'s"))):
                employer = employer.removesuffix("’s").removesuffix("'s")
                employer = employer if _is_name_like(employer) else None
            return Mention(text, name, role=role, organisation=employer, person=True, gender=_gender(name))
    member = _PERSON_OF.match(bare)
    if member is not None and appositive is None and first_name_gender(member.group("name")) is not None:
        # "Joseph Tsapy of the main opposition Social Democratic Front": a person, of it
        name = member.group("name")
        return Mention(text, name, organisation=member.group("organisation"), person=True, gender=_gender(name))
    if not _is_name_like(bare):
        if bare == text and 1 < len(words) <= 5 and words[-1] in _VAGUE_HEADS | _PLURAL_PEOPLE and words[0].islower():
            # "anonymous aides", "two senior law enforcement sources": people the text does not name
            return Mention(text, bare, person=True, unnamed=True, plural=True, description=words[-1])
        return None
    if appositive is not None:
        role = appositive.strip()
        return Mention(text, bare, role=role, organisation=_organisation_of(role), person=True, gender=_gender(bare))
    titled = _titled_by_first_name(bare)
    if titled is not None:
        # "Conservative MS for Clwyd West Darren Millar": a title no role list holds, then a
        # person's name that a listed first name opens
        role, name = titled
        return Mention(text, name, role=role, person=True, gender=_gender(name))
    head = bare.split()[-1].lower()
    unnamed = head in _VAGUE_HEADS or bool(_GROUP_HEAD.match(bare))
    gender = _gender(bare)
    plural = unnamed and head.endswith("s")
    return Mention(text, bare, unnamed=unnamed, person=gender is not None, gender=gender, plural=plural)


def _titled_by_first_name(name: str) -> tuple[str, str] | None:
    """(title, name) when a long capitalised run ends in a person's name opened by a listed first name."""
    words = name.split()
    if len(words) < 4 or _kind_of(name) != "other":
        return None
    for at in range(len(words) - 3, len(words) - 1):
        person = words[at:]
        if at >= 1 and all(w[:1].isupper() for w in person) and first_name_gender(words[at]) is not None:
            return " ".join(words[:at]), " ".join(person)
    return None


def _gender(name: str) -> str | None:
    title = _GENDER_TITLE.match(name)
    if title is None:
        return first_name_gender(name) if len(name.split()) >= 2 else None
    return "male" if title.group("male") else "female"


@define
class _Actor(ActorRecord):
    kind: str | None = None
    gender: str | None = None
    plural: bool = False
    known: str | None = None  # the id of the ledger source this actor is, when drafting against a ledger
    organisation: bool = False  # known not to be a person (it has an acronym)
    tokens: set[tuple[str, ...]] = field(factory=set)

    name: str = ""  # the fullest name printed ("Raed Al-Nems" over "Al-Nems"), first among equals

    def add_name(self, name: str) -> None:
        """Record a printed form of the actor's name."""
        if name in self.names:
            return
        self.names.append(name)
        if len(_tokens(name)) > len(_tokens(self.name)) or not self.name:
            self.name = name


class Speakers:
    """Every actor met in one article, with what later mentions refer back to.

    Args:
        known: sources of an existing ledger; a mention of one of their names or
            aliases is that source (its id kept, not drafted again).
    """

    def __init__(self, known: Sequence[Source] = ()) -> None:
        self._actors: list[_Actor] = []
        self._by_tokens: dict[tuple[str, ...], int] = {}
        self._by_word: dict[str, set[int]] = {}
        self._last_person: int | None = None
        self._person_before: int | None = None  # the person who spoke before the last one
        self._last_organisation: int | None = None
        self._last: int | None = None
        self._known_ids: set[str] = {source.id for source in known}
        keys = {}
        for source in known:
            key = len(self._actors)
            actor = _Actor(key, [], person=source.kind == "person", unnamed=source.unnamed, role=source.role)
            actor.known = source.id
            self._actors.append(actor)
            keys[source.id] = key
            for name in (source.name, *source.aliases):
                tokens = _tokens(name)
                if tokens and tokens not in self._by_tokens:
                    self._by_tokens[tokens] = key
                    for word in tokens:
                        self._by_word.setdefault(word, set()).add(key)
                    actor.add_name(name)
                    actor.tokens.add(tokens)
            actor.name = source.name
        for source in known:
            if source.part_of in keys:
                self._actors[keys[source.id]].part_of = keys[source.part_of]

    # -- resolving ---------------------------------------------------------------------------

    def resolve(self, mention: Mention) -> int | None:
        """The actor a mention names or refers back to; new actors are added.

        Returns:
            The actor's key, or None for a pronoun or description with nothing
            (or nothing unambiguous) to refer back to.
        """
        if mention.name is None:
            return self._refer(mention)
        key = self._add(mention)
        return None if key is None else self._seen(key)

    def relay(self, mention: Mention) -> int | None:
        """The actor a relay names ("told Reuters", "according to the Post"), without making it
        the actor later pronouns refer to: a relay is not the one speaking."""
        if mention.name is None:
            return None
        return self._add(mention)

    def words(self, key: int) -> set[str]:
        """The lower-case words of an actor's names and role, and of its organisation's names."""
        words: set[str] = set()
        at: int | None = key
        while at is not None:
            actor = self._actors[at]
            for text in (*actor.names, actor.role or ""):
                words.update(w.lower() for w in _WORD.findall(text))
            at = actor.part_of
        return words

    def _add(self, mention: Mention) -> int | None:
        assert mention.name is not None
        # The organisation first: "official at the Health Ministry" holds its name, and must not
        # become it.
        organisation = (
            self._named(mention.organisation, person=False) if mention.person and mention.organisation else None
        )
        key = self._named(mention.name, mention.person)
        if key is None:
            return None
        actor = self._actors[key]
        if mention.person:
            actor.person = True
            if mention.role and actor.role is None:
                actor.role = mention.role
            if mention.gender and actor.gender is None:
                actor.gender = mention.gender
            if organisation is not None and actor.part_of is None and organisation != key:
                actor.part_of = organisation
                self._last_organisation = organisation
        actor.unnamed = actor.unnamed or mention.unnamed
        actor.plural = actor.plural or mention.plural
        return key

    def _refer(self, mention: Mention) -> int | None:
        if mention.refers == "person":
            if mention.description is not None:
                # "the spokesman": the person whose role says so (with two, the last one
                # speaking, else no guess), else the last person if the words fit.
                fits = [
                    actor.key
                    for actor in self._actors
                    if actor.person and actor.role and mention.description in actor.role.lower()
                ]
                if len(fits) == 1 or self._last_person in fits:
                    return self._seen(self._last_person if self._last_person in fits else fits[0])
                if fits:
                    return None
            key = self._last_person
            if key is not None and mention.description is not None:
                # "the source" is the last person only if that person was called a source
                # ("an Egyptian official source"); "the Sudanese defence minister" only if every
                # word fits. Otherwise the description is a speaker of its own.
                known = {t for name in (*self._actors[key].names, self._actors[key].role or "") for t in _tokens(name)}
                if not set(_tokens(_strip_article(mention.text))) <= known:
                    key = None
            if key is not None:
                actor = self._actors[key]
                if mention.gender is not None and actor.gender not in (None, mention.gender):
                    return None  # "she" after "Mr Gardiner": someone the rules did not see; no guess
                if mention.gender is not None and actor.plural:
                    return None  # "he" after "the sources": not them
                before = self._actors[self._person_before] if self._person_before is not None else None
                if mention.gender is not None and actor.gender is None and before and before.gender == mention.gender:
                    return None  # "she" after Sherriff (she) and Johnson (?): either of them
                if mention.description is None and self._last is not None and self._last != key:
                    last = self._actors[self._last]
                    if not last.plural and could_be_person(last.name) and not last.unnamed:
                        # The last speaker may be a person whose name the rules could not
                        # read as one: two candidates in reach, so no guess.
                        return None
                actor.person = True  # "Omar Khalil said ... He added": a person after all
                if mention.gender is not None:
                    actor.gender = mention.gender
        elif mention.refers == "organisation":
            key = self._last_organisation
            if mention.description is not None:
                # "the army" is an organisation whose name or kind says army; never another
                # party's ministry (the wrong side's mouth). With two such in reach ("the
                # group" after Hamas and Islamic Jihad), the last one speaking, else no guess.
                fits = [
                    actor.key
                    for actor in self._actors
                    if not actor.person
                    and (
                        mention.description in _tokens(actor.name)
                        or _kind_of(actor.name) in _DESCRIPTION_KINDS.get(mention.description, ())
                    )
                ]
                if len(fits) > 1 and self._last_organisation not in fits:
                    return None
                key = (self._last_organisation if self._last_organisation in fits else fits[0]) if fits else None
                if key is None and mention.description in _ISSUED and self._last is not None:
                    # "the statement said" after "the IDF said in a statement": a statement is its issuer's
                    key = self._last
        else:
            key = self._last
            last_actor = self._actors[key] if key is not None else None
            if (
                last_actor is not None
                and mention.plural
                and (last_actor.person or _personal(last_actor))
                and not last_actor.plural
            ):
                return None  # "they" after one person: a group the rules did not see
        if key is None and mention.description is not None:
            # "The army insisted ..." or "the official said" with nobody met before: the
            # description itself is the (unnamed) source.
            return self.described(mention)
        return None if key is None else self._seen(key)

    def described(self, mention: Mention) -> int | None:
        """The actor a description is on its own ("the readout", "the army"): when it refers back
        to nobody the text allows, the description itself is the (unnamed) source."""
        bare = _strip_article(mention.text)
        unnamed = bare != mention.description and bare.islower()
        return self.resolve(Mention(mention.text, bare, person=mention.person, unnamed=unnamed, plural=mention.plural))

    def _seen(self, key: int) -> int:
        self._last = key
        if self._actors[key].person or _personal(self._actors[key]):
            if key != self._last_person:
                self._person_before = self._last_person
            self._last_person = key
            part_of = self._actors[key].part_of
            if part_of is not None:
                self._last_organisation = part_of
        else:
            self._last_organisation = key
        return key

    def _named(self, name: str, person: bool) -> int | None:
        """The actor a name names, added if new; None when it could be either of two actors."""
        acronym = _DEFINED_ACRONYM.fullmatch(name)
        if acronym is not None:
            # "Human Rights Watch (HRW)": one actor, known by both.
            key = self._named(acronym.group("name"), person)
            if key is not None and _tokens(acronym.group("acronym")) not in self._by_tokens:
                self._by_tokens[_tokens(acronym.group("acronym"))] = key
                self._actors[key].add_name(acronym.group("acronym"))
                self._actors[key].organisation = not self._actors[key].person
            return key
        tokens = _tokens(name)
        if tokens in self._by_tokens:
            key = self._by_tokens[tokens]
        else:
            key = self._match(tokens, person)
            if key is None and _ACRONYM.fullmatch(name):
                key = self._expands(name)  # "IDF" after "Israel Defense Forces"
            elif key is None and not person and len(tokens) >= 2:
                key = self._abbreviated(name)  # "World Health Organization" after "WHO"
            if key == _AMBIGUOUS:
                return None
            if key is None:
                key = len(self._actors)
                self._actors.append(_Actor(key, [], person=person))
            self._by_tokens[tokens] = key
            for word in tokens:
                self._by_word.setdefault(word, set()).add(key)
        actor = self._actors[key]
        if name not in actor.names:
            actor.add_name(name)
        actor.tokens.add(tokens)
        return key

    def _expands(self, acronym: str) -> int | None:
        fits = {
            actor.key
            for actor in self._actors
            if not actor.person and any(_initials(known) == acronym for known in actor.names)
        }
        if len(fits) > 1:
            return _AMBIGUOUS
        return fits.pop() if fits else None

    def _abbreviated(self, name: str) -> int | None:
        initials = _initials(name)
        if len(initials) < 2:
            return None
        fits = {
            actor.key
            for actor in self._actors
            if not actor.person and any(known == initials for known in actor.names if _ACRONYM.fullmatch(known))
        }
        if len(fits) > 1:
            return _AMBIGUOUS
        return fits.pop() if fits else None

    def _match(self, tokens: tuple[str, ...], person: bool) -> int | None:
        # A shorter or longer form of a name already met: "Al-Nems" ⊂ "Raed Al-Nems",
        # "Palestinian Red Crescent" ⊂ "Palestinian Red Crescent Society". Only through
        # a distinctive word, never "Israeli" or "Al" alone.
        distinctive = [w for w in tokens if w not in _CONNECTORS and w not in _DEMONYMS and w not in _GENERIC]
        if not distinctive:
            return None
        candidates = set.intersection(*(self._by_word.get(w, set()) for w in distinctive))
        fits = [
            key
            for key in sorted(candidates)
            # a person is never an organisation met before ("Hamas"), but may be a bare surname
            # whose kind was not known ("Barr: ..." in a title, then "William Barr said")
            if not (
                person
                and not self._actors[key].person
                and self._actors[key].names
                and (self._actors[key].organisation or not could_be_person(self._actors[key].name))
            )
            and any(_contiguous(tokens, known) or _contiguous(known, tokens) for known in self._actors[key].tokens)
        ]
        if len(fits) > 1 and any(_contiguous(tokens, known) for key in fits for known in self._actors[key].tokens):
            # "Ayliffe" after "Rosie Ayliffe" and "Mia Ayliffe": a short name fitting two people.
            return _AMBIGUOUS
        return fits[-1] if fits else None

    # -- results -----------------------------------------------------------------------------

    def sources(self, used: set[int]) -> tuple[dict[int, str], tuple[Source, ...]]:
        """The sources for the actors in ``used`` (and the organisations they are part of).

        Returns:
            actor key → source id, and the sources in the order the actors were met.
        """
        known = {actor.key: actor.known for actor in self._actors if actor.known is not None}
        for actor in self._actors:
            if actor.name in WELL_KNOWN_ACRONYMS and not actor.person and len(actor.names) == 1:
                actor.add_name(WELL_KNOWN_ACRONYMS[actor.name])  # "HRW", never spelt out in the text
        return draft_sources(self._actors, used, slug, _describe, known=known, reserved=self._known_ids)


def _describe(actor: _Actor) -> tuple[str, tuple[str, ...]]:
    """An actor's source kind and aliases."""
    name = actor.name
    kind = "person" if actor.person else _kind_of(name)
    if actor.unnamed and not actor.person:
        kind = _VAGUE_KINDS.get(name.split()[-1].lower(), "group" if kind == "other" else kind)
    aliases = [n for n in actor.names if n != name and _tokens(n) != _tokens(name)]
    return kind, tuple(dict.fromkeys(aliases))


_AMBIGUOUS = -1
_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: Acronyms of international bodies that news prints bare ("the HRW said"): the source takes the
#: full name, the acronym stays an alias. Only bodies whose acronym means one thing in news.
WELL_KNOWN_ACRONYMS = {
    "HRW": "Human Rights Watch",
    "MSF": "Médecins Sans Frontières",
    "WHO": "World Health Organization",
    "ICRC": "International Committee of the Red Cross",
    "UNICEF": "United Nations Children's Fund",
    "UNHCR": "United Nations High Commissioner for Refugees",
    "UNRWA": "United Nations Relief and Works Agency",
    "OCHA": "United Nations Office for the Coordination of Humanitarian Affairs",
    "IAEA": "International Atomic Energy Agency",
    "IMF": "International Monetary Fund",
    "NATO": "North Atlantic Treaty Organization",
    "IDF": "Israel Defense Forces",
}
_DEFINED_ACRONYM = re.compile(r"(?P<name>.*\S)\s+\((?P<acronym>[A-Z]{2,6})\)")


def _initials(name: str) -> str:
    """ "Israel Defense Forces" → "IDF": the capitals opening its words, connectors left out."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", _strip_article(name)) if w[:1].isupper())


#: An organisation description → the kinds of source it may refer back to ("the movement" → Hamas).
_DESCRIPTION_KINDS = {
    **dict.fromkeys(("movement", "group", "faction", "party"), ("party", "armed-group")),
    **dict.fromkeys(("ministry", "government", "office", "authority", "department", "cabinet"), ("government",)),
    **dict.fromkeys(("army", "military", "forces"), ("military",)),
    **dict.fromkeys(("agency",), ("news-agency", "un-agency", "government")),
    **dict.fromkeys(("organization", "organisation", "society", "charity", "body"), ("ngo", "un-agency")),
    **dict.fromkeys(("channel", "broadcaster", "network"), ("broadcaster",)),
    **dict.fromkeys(("newspaper", "outlet"), ("outlet",)),
    # a business, named by no kind word ("ShoreTel", "GenRad"): "the company", "the Calif.-based maker"
    **dict.fromkeys(
        ("company", "firm", "maker", "retailer", "carrier", "manufacturer", "lender", "insurer"), ("other",)
    ),
}
_COMPANY_SUFFIXES = _words("llp llc inc ltd plc corp co gmbh ag sa group bank")
# Descriptions of what a speaker issued: "the statement said" speaks for whoever issued it.
_ISSUED = _words("statement release readout communique communiqué")


def _personal(actor: _Actor) -> bool:
    return not actor.unnamed and not actor.organisation and person_like(actor.name)


@functools.lru_cache(maxsize=4096)
def person_like(name: str) -> bool:
    """Whether a name reads as a person's: two to four capitalised words naming no kind of organisation."""
    words = name.split()
    return (
        words[-1].rstrip(".").lower() not in _COMPANY_SUFFIXES
        and 2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and _kind_of(name) == "other"
    )


_GENERIC = _words(
    "society agency organization organisation ministry government authorities authority forces "
    "army media officials office movement group committee council news press international "
    "national world united people palestinians israelis gaza strip west bank occupation"
)


def _contiguous(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    size = len(short)
    return any(long[i : i + size] == short for i in range(len(long) - size + 1))
