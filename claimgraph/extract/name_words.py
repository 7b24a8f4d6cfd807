"""Names as words: a name's tokens, the kind of source its words name, and the word lists speakers are read by.

Both reading a speaker as printed (:mod:`claimgraph.extract.mentions`) and
merging mentions into actors (:mod:`claimgraph.extract.speakers`) read these.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

__all__ = [
    "BUILDING_HEADS",
    "CALENDAR_WORDS",
    "CAPITALISED_NAME",
    "CONNECTORS",
    "DEED_SUBJECT",
    "DEFINED_ACRONYM",
    "DEMONYMS",
    "DESCRIPTIONS",
    "GENERIC_WORDS",
    "NAMED_AS",
    "NAME_PARTICLE",
    "NAME_WORD",
    "NO_NAME_OPENS",
    "ORGANISATION_HEAD",
    "ORGANISATION_WORDS",
    "PAST_DEED",
    "PLACE_HEADS",
    "TITLE_ABBREVIATIONS",
    "kind_of",
    "name_tokens",
    "printed_beside",
    "sentence_capital_only",
    "strip_article",
    "whole_word_at",
    "word_set",
]


def word_set(text: str) -> frozenset[str]:
    """The set of white-space separated words of a literal word list."""
    return frozenset(text.split())


#: Capitalised words opening a sentence that open no name: "These ads …", "This comes as …", "Some
#: fled": determiners, pronouns, quantifiers, conjunctions and adverbs of time.
NO_NAME_OPENS = word_set(
    "the this these that those it its he she they we there a an in on at but and as after before when while if "
    "meanwhile however yet so then now today yesterday some many most several both all each every no none other "
    "another such few more two three four five six seven eight nine ten one first last next later earlier also "
    "still only what which who why how where"
)
#: A deed told in the past, a regular or a common irregular form: "struck", "fired", "visited".
PAST_DEED = (
    r"(?:[a-z]{2,}ed|struck|hit|shot|took|made|began|sent|won|lost|fought|led|held|kept|left|met|paid|put|sold|"
    r"threw|went|came|gave|got|brought|built|caught|cut|drew|fell|found|grew|knew|ran|rose|saw|sought|spent|"
    r"stood|withdrew|overran|overtook|bought|beat|broke|chose|froze|laid|let|lit|sank|shut|slew|spread|swept|"
    r"tore|upheld)"
)
#: A name opening its sentence as the subject of a deed told in the past: "Israel struck a school",
#: "Hamas fired rockets", "Netanyahu visited the base".
DEED_SUBJECT = re.compile(
    rf"(?P<name>[A-Z][\w&.’'\-]*(?:\s+[A-Z][\w&.’'\-]*){{0,3}})\s+(?:also\s+|later\s+|then\s+)?{PAST_DEED}\b"
)
CONNECTORS = word_set("of for in on at the and de del al el bin ibn abu da van von la le du through from to with")
#: The days and months, lower case: capitalised words that say when, never who.
CALENDAR_WORDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december"
)
_ARTICLES = ("the ", "The ", "a ", "A ", "an ", "An ")


#: "the <noun>" → what it refers back to.
DESCRIPTIONS = {
    **{
        noun: "person"
        for noun in (
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "mouthpiece",
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
            # members of parliaments ("the MP said" is the MP named before: "MP Rajakaruna")
            "mp",
            "msp",
            "mep",
            "mla",
            "td",
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
            "corporation",
            "giant",  # "the tech giant", "the software titan": news's words for a big business
            "titan",
            "bank",
            "shipowner",
            "airline",
            "carmaker",
            "automaker",
            "conglomerate",
            "network",
            "channel",
            "broadcaster",
            "newspaper",
            "outlet",
            "blog",
            "website",
            "magazine",
            "tabloid",
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
            "unit",
            "division",
            "directorate",
            "command",
            "commission",
            "board",
            "firm",
            # local government speaking as a body: "The municipality demanded", "the city said"
            "municipality",
            "city",
            "county",
            "district",
            "township",
            "town",
            "village",
            "borough",
            "state",  # "the state said" of a state's government, and of the prosecution in its courts
            "province",
            # an institution speaking as one: "the school said in a letter to parents"
            "school",
            "college",
        )
    },
}

DEMONYMS = word_set(
    "israeli palestinian american us u.s. egyptian qatari turkish jordanian lebanese syrian "
    "iranian saudi emirati british french german russian chinese european "
    # the nationalities news most often qualifies an office with ("the Greek defence minister")
    "iraqi kuwaiti bahraini omani yemeni sudanese libyan tunisian algerian moroccan afghan pakistani "
    "indian bangladeshi nepalese sri lankan chinese japanese korean thai vietnamese malaysian "
    "indonesian filipino singaporean australian canadian mexican brazilian argentine chilean "
    "colombian venezuelan cuban irish scottish welsh english spanish portuguese italian greek "
    "cypriot dutch belgian swiss austrian polish czech hungarian romanian bulgarian serbian "
    "croatian ukrainian belarusian georgian armenian azerbaijani kazakh swedish norwegian "
    "danish finnish kenyan nigerian ghanaian ethiopian somali ugandan tanzanian rwandan "
    "zimbabwean zambian cameroonian senegalese congolese african asian arab western"
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
        (
            *("times", "post", "haaretz", "newspaper", "gazette", "herald", "journal", "daily", "tribune", "guardian"),
            *("globe", "telegraph", "chronicle", "inquirer", "gleaner"),
        ),
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
    # after the intergovernmental unions; a labour congress is a union without the word, and so are
    # the unions news names by their initials or a name of their own ("UFCW Local 7", "Unite", "SEIU")
    (
        "union",
        (
            *("union", "unions", "labour congress", "labor congress", "federation of labour", "federation of labor"),
            *("ufcw", "seiu", "teamsters", "unison", "unite", "gmb", "usdaw", "afscme", "cupe", "unifor", "rmt"),
            *("aslef", "bectu", "afl-cio", "cosatu", "numsa", "ituc", "uaw", "auto workers", "steelworkers"),
        ),
    ),
    ("military", ("army", "forces", "military", "idf", "police", "brigade", "navy", "air force")),
    ("armed-group", ("brigades", "islamic jihad", "qassam")),
    ("party", ("hamas", "fatah", "hezbollah", "party", "movement", "likud", "front")),
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


_APOSTROPHES = re.compile(r"['’‘`ʼ]")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=4096)
def name_tokens(name: str) -> tuple[str, ...]:
    text = _APOSTROPHES.sub("", name.lower())
    return tuple(t for t in _NON_WORD.split(text) if t)


def sentence_capital_only(text: str, word: str) -> bool:
    """Whether a one-word "name" is a common word capitalised only to open its sentence ("Residents
    said …", "Reports say …"): a plural, or printed in lower case in ``text`` too."""
    return " " not in word and (word.endswith("s") or re.search(rf"\b{re.escape(word.lower())}\b", text) is not None)


def strip_article(text: str) -> str:
    for article in _ARTICLES:
        if text.startswith(article):
            return text[len(article) :]
    return text


# Each kind's words, the one-word ones as a set (a name's words are looked up, not scanned for each)
# and the phrases ("news agency", "red crescent") as they are printed between spaces.
_KIND_LOOKUP = tuple(
    (kind, frozenset(w for w in words if " " not in w), tuple(f" {w} " for w in words if " " in w))
    for kind, words in _KIND_WORDS
)


@functools.lru_cache(maxsize=4096)
def kind_of(name: str) -> str:
    """The kind of body a name says it is ("news-agency", "ngo", "government" …), the first kind
    whose word or phrase it holds; "other" when it holds none."""
    words = name_tokens(name)
    present = set(words)
    spaced = " " + " ".join(words) + " "
    for kind, single, phrases in _KIND_LOOKUP:
        if not present.isdisjoint(single) or any(phrase in spaced for phrase in phrases):
            return kind
    return "other"


# Titles as news abbreviates them before a name: "Cllr Wilkes" is a councillor.
TITLE_ABBREVIATIONS = {
    "cllr": "councillor",
    "sen": "senator",
    "gov": "governor",
    "rep": "representative",
    "supt": "superintendent",
    "insp": "inspector",
    "sgt": "sergeant",
    "det": "detective",
    "prof": "professor",
    "gen": "general",
    "col": "colonel",
    "capt": "captain",
}


# Lower-case heads of a description naming a speaking body ("the law firm", "the electoral
# commission", "the report").
ORGANISATION_WORDS = word_set(
    "police team firm company corporation giant titan agency ministry group report statement study article survey "
    "document court panel board council committee office military army government campaign party union network "
    "hospital "
    "administration department staff commission bureau organisation organization authority service institute "
    "watchdog regulator tribunal inquiry observatory foundation association charity coalition alliance movement "
    "embassy cabinet presidency parliament league federation club university bank fund airline body society "
    "forces ruling filing release readout letter memo email proposal plan results figures data records documents "
    "indictment complaint lawsuit poll estimates tally assessment analysis guidance regulations decree resolution "
    "transcript minutes update website post tweet bench jury regime junta militia delegation mission prosecution "
    "research paper journal circular notice advisory bulletin unit division directorate command municipality "
    "message petition motion contract agreement affidavit manifesto charter constitution warrant ordinance legislation "
    "suit ombudsman inspectorate "
    # papers in the plural, and counts, that news cites as it cites a report ("according to hacked
    # emails", "according to witness accounts", "according to an official toll")
    "emails posts tweets letters memos statements messages filings files interviews notices petitions "
    "complaints lawsuits accounts toll count "
    # the words carried in the street: "A sign outside the factory read …", "the placards read: …"
    "sign signs placard placards banner banners flyer flyers leaflet leaflets poster posters graffiti"
)


#: Descriptions of a business, which news often names by no kind word ("ShoreTel", "GenRad"):
#: "the company", "the Calif.-based maker".
BUSINESS_DESCRIPTIONS = frozenset(
    {"company", "corporation", "firm", "giant", "titan", "maker", "retailer", "carrier", "manufacturer", "lender"}
    | {"insurer", "shipowner", "airline", "carmaker", "automaker", "conglomerate"}
)

ORGANISATION_HEAD = re.compile("(?:" + "|".join(sorted(ORGANISATION_WORDS)) + ")$")


DEFINED_ACRONYM = re.compile(r"(?P<name>.*\S)\s+\((?P<acronym>[A-Z]{2,6})\)")


GENERIC_WORDS = word_set(
    "society agency organization organisation ministry government authorities authority forces "
    "army media officials office movement group committee council news press international "
    "national world united people palestinians israelis gaza strip west bank occupation"
)


#: Words a body's name holds that make it what a description calls it ("the watchdog" is an
#: "Ombudsman", "the bank" a "Privredna Banka Zagreb").
NAMED_AS = {
    "watchdog": frozenset({"ombudsman", "inspectorate", "regulator", "commissioner", "watch"}),
    "regulator": frozenset({"ombudsman", "regulator", "commission", "authority", "inspectorate"}),
    "bank": frozenset({"bank", "banka", "banco", "banque", "bancorp"}),
}

#: Court copy's one in the dock, named by the charge or the age before "accused": "The murder
#: accused", "Rape accused", "the 25-year-old accused" (a regular expression, a string).
ACCUSED_PHRASE = r"(?:[Tt]he\s+)?(?:[A-Z]?[a-z][a-z-]*|\d{1,2}-year-old)(?:\s+[a-z][a-z-]*)?\s+accused"

#: One word of a person's name as printed: a capital first, or an Arabic article joined to it by a
#: hyphen ("al-Husseini", "el-Sisi"). A regular expression (a string).
NAME_WORD = r"(?:[A-Z]|(?:al|el|ad|as|ash|an|ar|at|az)-[A-Z])[\w’'.\-]*"
#: A particle standing apart before a name's next word: "de", "van", "al", "bin" (a string).
NAME_PARTICLE = r"(?:(?:de|van|von|al|el|bin)\s+)?"


#: The last word of a place's name ("Gaza City", "Hamilton Road", "Balmacara Square"): a place is
#: never the party a pronoun means, whatever first name it opens with.
PLACE_HEADS = word_set(
    "county city province district region state street road avenue lane drive terrace crescent square "
    "river valley mountains island islands strip gulf sea ocean airport station camp village town peninsula "
    "desert border crossing coast"
)

#: The last word of a building's or an institution's place ("District Jail", "Lady Reading Hospital"):
#: words that are nobody's surname, so a name ending in one is never a person's.
BUILDING_HEADS = word_set(
    "jail jails prison penitentiary hospital clinic stadium arena mosque church cathedral temple synagogue "
    "museum library hotel mall airport barracks"
)


# An appositive after a name, up to its closing comma: "Suleyman Soylu, the interior minister,".
_APPOSITIVE_AFTER = re.compile(r",\s+([^,.;:\n]{1,60})")


# A name in capitals, words joined by "of", "for", "and", "&": "Human Rights Watch", "Ministry of Health",
# "European Securities and Markets Authority".
CAPITALISED_NAME = re.compile(
    # a capital first (as in the whole-text scans of coreference): most places fail at once
    r"(?=[A-Z])(?<![\w’'&.-])(?:The[ \t]+)?[A-Z][\w’'&.-]*"
    # "and the" joins two names ("the Daily Mail and the Evening Standard"), plain "and" one
    r"(?:[ \t]+(?:(?:of|for|de|du)[ \t]+(?:the[ \t]+)?|(?:and|&)[ \t]+)?[A-Z][\w’'&.-]*){0,6}"
)


def whole_word_at(text: str, word: str, start: int, end: int) -> Iterator[int]:
    """Where ``word`` is printed whole in ``text[start:end]`` (not inside a longer word, an
    apostrophe or a hyphen joining it to one): found with :meth:`str.find`, so asking about a new
    name compiles no pattern."""
    at = text.find(word, start, end)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not _joins_a_word(text[at - 1])) and (after >= len(text) or not _joins_a_word(text[after])):
            yield at
        at = text.find(word, at + 1, end)


def _joins_a_word(char: str) -> bool:
    """Whether a character may be part of a word: a letter, a digit, "_", an apostrophe, a hyphen."""
    return char.isalnum() or char in "_’'-"


def printed_beside(text: str, start: int, end: int) -> str:
    """The words printed with a name at ``text[start:end]``: the few before it (a title,
    "Interior Minister Ali Shah") and an appositive after it ("Ali Shah, the interior minister,"),
    in lower case."""
    after = _APPOSITIVE_AFTER.match(text, end)
    before = text[max(0, start - 40) : start]
    # not the words of the sentence or line before ("… and a resident.\nM23 president Bertrand Bisimwa")
    boundary = max(before.rfind("\n"), before.rfind(". "))
    before = before[boundary + 1 :] if boundary >= 0 else before
    return (before + " " + (after.group(1) if after is not None else "")).lower()
