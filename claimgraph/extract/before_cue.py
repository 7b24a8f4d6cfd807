"""The speaker printed before an English cue: the subject of "X said", with its role, relays and lists.

``Health ministry spokesman Ashraf al-Qudra said``, ``Jason Healey, a senior
research scholar at Columbia University, said``, ``Another de Blasio spokesman,
Austin Finan, said``, ``The Manitoba Federation of Labour, the MGEU and CUPE
confirm``: the words between the last clause boundary (a comma, a colon, a dash)
and the cue, with openers ("But", "Meanwhile"), adverbs ("also", "on Tuesday")
and an appositive role set aside, read as one mention.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from attrs import evolve

from claimgraph.attribution.openers import (
    CIRCUMSTANCES,
    CONNECTIVES,
    MORE_PREPOSITIONS,
    PREPOSITIONS,
    SUBORDINATORS,
    TIME_ADVERBS,
    TIME_SPANS,
    TIME_SUBORDINATORS,
    TURN_PHRASES,
    alternatives,
)
from claimgraph.extract.cue_forms import OBJECT_VERBS, cue_lemma, last_verb_cue
from claimgraph.extract.mentions import is_role, parse_mention
from claimgraph.extract.name_words import NAME_PARTICLE, NAME_WORD
from claimgraph.extract.records import Mention, Span
from claimgraph.extract.speakers import person_like
from claimgraph.extract.word_regex import last_match

__all__ = ["COMPLEMENTISER", "LEADING", "RELAY_PREFIX", "TRAILING", "speaker_before", "strip_trailing"]

# Where a clause ends before the speaker: a comma, semicolon or colon (and a quote mark after
# it), a dash.
# (a comma between digits is a number's own: "more than 8,700 workers" is one phrase)
_BOUNDARY = re.compile(r"\s*(?:(?:[;:]|(?<!\d),|,(?!\d))\s*[”\"’']?|[”\"’]?\s*[—–]|\s-)\s*")
# Every boundary holds one of these marks, and nothing but them, quote marks and white space.
_BOUNDARY_MARKS = ",;:—–-"
_BOUNDARY_CHARS = frozenset(_BOUNDARY_MARKS + "”\"’'")  # ' closing British copy's quote: ",' Yuji Ando"
_UP_TO_LAST_MARK = re.compile(rf".*[{re.escape(_BOUNDARY_MARKS)}]", re.DOTALL)  # one pass back from the end
# The subordinators stripped on their own before a speaker. "after", "before", "since", "if",
# "until" and "unless" head a phrase ("After the vote the PM said"), so the word alone is not
# stripped from it; "so" and "yet" are not stripped either (as they never were).
_LEADING_SUBORDINATORS = tuple(
    w for w in SUBORDINATORS if w not in ("after", "before", "since", "if", "until", "unless")
)
_LEADING_CONNECTIVES = tuple(w for w in CONNECTIVES if w not in ("so", "yet"))
#: Openers before a speaker that are not part of it: "But", "Meanwhile", "For its part".
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# When, before the subject and with no comma: "On Friday morning she said", "Last week Hope Hicks told",
# "In 2019 Smith wrote", "Earlier this month the ministry said".
_TIME_OPENER = (
    rf"(?:(?:on|late|early|late on|early on)\s+{_WEEKDAY}|{_WEEKDAY}(?=\s+(?-i:[a-z])))"
    r"(?:\s+(?-i:morning|afternoon|evening|night))?"
    r"|(?:last|this|earlier this|later that|late last|early last)\s+"
    rf"(?:week|month|year|weekend|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|{_WEEKDAY})"
    rf"|in\s+(?:{_MONTH}(?:\s+\d{{4}})?|(?:19|20)\d\d)|yesterday|today|tonight"
    # the occasion with no comma after it: "However, in a statement Thursday night the High Command denied"
    r"|(?:in|during)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:statement|interview|press\s+conference|news\s+conference|briefing|speech)"
    # the occasion, with no comma after it: "At this week’s council meeting chief executive Judy
    # Campbell told councillors …", "During the hearing the judge said"
    r"|(?:at|during)\s+(?:the|this|that|a|an|last|[\w’']+[’']s)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:meeting|hearing|session|conference|summit|rally|event|briefing|debate|sitting|launch|ceremony|forum)"
    # what the sentence follows on from: "This came after the union rejected", "It follows days after"
    r"|(?:this|that|it|the\s+move|the\s+decision|the\s+announcement|the\s+statement)\s+"
    r"(?:came|comes|follows|followed)\s+(?:(?:just|only|shortly|soon|days|hours|weeks|a\s+day)\s+)?(?:after|as|amid)"
)
LEADING = re.compile(
    "^(?:(?:"
    + alternatives(
        (
            *_LEADING_CONNECTIVES,
            *("moreover", "separately", "then"),
            # a sentence adverb before the subject: "Apparently the woman told her …"
            *("apparently", "reportedly", "allegedly", "initially", "originally", "subsequently", "eventually"),
            *_LEADING_SUBORDINATORS,
            *TURN_PHRASES,
            *TIME_ADVERBS,
        )
    )
    + rf"|{_TIME_OPENER})\b[,\s]*)+",
    re.IGNORECASE,
)
#: Words between a speaker and its cue that are not part of it: "also", "on Tuesday", "firmly".
TRAILING = re.compile(
    r"(?:\s+[“\"‘]?(?:also|further|later|earlier|previously|since|again|repeatedly|reportedly|separately|already|"
    r"then|now|had|has|have|would|will|today|yesterday|tonight|afterwards?|"
    # a reflexive stressing the subject: "It has itself reported", "She herself said"
    r"himself|herself|itself|themselves|"
    # a connective with no commas: "KNUN Secretary General Seth Panyako however dismissed"
    r"however|meanwhile|instead|"
    # a connective of consequence or addition: "He therefore urged", "She thus argued"
    r"therefore|thus|hence|nonetheless|nevertheless|moreover|furthermore|likewise|in turn|"
    # a quantifier floated off its subject: "Labor, the Greens and Clive Palmer have all accused"
    r"all|both|each|"
    # "Semisi Sika this afternoon confirmed", "the minister earlier this week said"
    r"(?:this|earlier this|last) (?:morning|afternoon|evening|week|month)|"
    # "on Friday (local time)", "on Monday (February 29)": the day, with the clock or the date
    r"(?:on |late |early |late on |early on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?: morning| afternoon| evening| night)?"
    r"(?:\s+\((?:local time|[A-Z]{2,4}|[A-Z][a-z]+ \d{1,2}|\d{1,2} [A-Z][a-z]+)\))?|"
    r"(?:on|for) (?:its|his|her|their) part|"
    # how often: "X and Y have on several occasions accused", "the ministry in recent weeks warned"
    r"on (?:several|many|numerous|multiple|various|repeated|two|three|four) occasions|in the past|"
    r"in recent (?:days|weeks|months)|"
    # a report of the speech: "Coetzee is said to have questioned", "the minister was reported to have"
    r"(?:is|are|was|were) (?:said|reported|understood|believed|alleged|thought) to|"
    # the occasion: "INDECOM at a press conference Wednesday said", "The union at its annual meeting said"
    r"(?:at|in|during) (?:a|an|the|its|his|her|their) (?:[\w-]+ ){0,2}"
    r"(?:conference|briefing|meeting|rally|hearing|session|interview|statement|speech|event|ceremony|summit|forum)|"
    # an adverb of manner: "Laibi firmly denied", "Pakistan on Tuesday “categorically” rejected"
    r"(?!(?:family|assembly|ally|rally|daily|weekly|monthly|quarterly|supply|anomaly|monopoly|reply|apply|tally|"
    r"comply|belly|bully|folly)\b)[a-z]{3,}ly)[”\"’]?)+$"
)
# How every word TRAILING strips ends (keep in step with it): a text ending in none of these,
# white space and quote marks aside, has nothing to strip, and the regex's scan of it is spared.
_TRAILING_ENDS = (
    *("also", "er", "again", "then", "now", "had", "has", "have", "would", "will", "tonight", "day", "part", "since"),
    *("afterwards", "afterward", "self", "selves"),
    *("ly", "already", "however", "meanwhile", "instead"),
    *("therefore", "thus", "hence", "nonetheless", "nevertheless", "moreover", "furthermore", "likewise", " turn"),
    *("all", "both", "each"),
    *("morning", "afternoon", "evening", "night", "week", "month"),
    *("conference", "briefing", "meeting", "rally", "hearing", "session", "interview", "statement", "speech"),
    *("event", "ceremony", "summit", "forum"),
    " to",  # "is said to (have)"
    *("occasions", "past", "days", "weeks", "months"),
    ")",  # "on Friday (local time)"
)


def _the_accused(segment: str) -> bool:
    """Whether a subject is court copy's one in the dock, "accused" its noun ("The murder accused")."""
    if not segment.endswith(" accused"):
        return False
    mention = parse_mention(segment)
    return mention is not None and mention.description == "accused"


def strip_trailing(text: str) -> str:
    """``text`` without the words :data:`TRAILING` matches at its end ("X also", "Y on Tuesday")."""
    if not text.rstrip(' \t\n\r\f\v”"').endswith(_TRAILING_ENDS):
        return text
    return TRAILING.sub("", text)


# A discourse adverbial set off by commas between the speaker and the cue.
_PARENTHETICAL = re.compile(
    r",\s*(?:on the other hand|for (?:its|his|her|their) part|however|meanwhile|in turn|in response|too|though|"
    r"(?:in|during) (?:a|an|his|her|their|its) (?:[\w-]+ ){0,2}(?:statement|interview|address|evidence|testimony|"
    r"speech|remarks|letter|submission|post|tweet|video|release|briefing|conference|appearance|message|email|"
    r"rebuttal|reply|response|rejoinder|reaction|comments?|note|filing|affidavit|ruling|judgment|judgement|"
    r"column|article|op-ed|podcast|newsletter|report|broadcast|sermon|lecture|keynote)"
    r"[^,]{0,80}|"
    r"on (?:the )?(?:air|camera|radio|television|TV|Twitter|Facebook|X|Instagram|social media)|"
    r"(?-i:with the [A-Z][^,]{2,80})|"  # "Scott Hall, with the West Valley City Fire Department, said"
    # when or where, set off: "Smith, on Monday, said", "X, at a news conference in Suva, said", "X, on
    # his first day back to lead the force, told reporters"
    r"(?-i:(?:on|at|after|before|following|upon|during|earlier|later|last|yesterday|speaking|addressing|"
    r"requesting|asking|declining|responding|reacting|writing|commenting)\s"
    r"[^,“”\"]{1,80})|"
    # what the speaker was doing: "Pinheiro SAN, in defending his application to enter a plea, said"
    r"(?-i:(?:in|while|when|by)\s+[a-z]+ing\s[^,“”\"]{1,100})|"
    # what a person is called: "Henry Nana Boakye, known as Nana B, accused" (not "formerly known as":
    # a body's former name, its people's words not its own)
    r"(?-i:(?:popularly\s+|also\s+|better\s+|widely\s+)?known\s+as\s+[A-Z][^,“”\"]{0,40}))\s*,$",
    re.IGNORECASE,
)
#: A relay opening the sentence: "Speaking to Anadolu Agency, X said ...", "In a detailed statement to X,".
RELAY_PREFIX = re.compile(
    r"^(?:(?:Speaking|Talking) (?:to|with)|In (?:an|a telephone|an exclusive) interview with|"
    r"In (?:a|an) (?:[a-z]+ )?(?:statement|interview) (?:to|with)|Writing (?:in|for))\s+"
    r"(?P<relay>(?:the\s+)?[A-Z][^,]{0,80}?),\s*"
)

# "Speaking at the summit, X said": where, not to whom; the speaker follows it.
_VENUE_PREFIX = re.compile(r"^(?:Speaking|Talking|Writing)\s[^,]{0,120},\s*")
# "Appealing for witnesses a Garda spokesman said", "Asked if … the coach replied", "After the final
# in the dressing room the coach replied": a clause or phrase set off by no comma; the speaker is the
# short phrase with an article at its end ("a Garda spokesman").
_PARTICIPLE_START = re.compile(
    r"(?:[A-Z][a-z]+ing|Asked|When asked|After|Before|During|Following|Despite|Amid|"
    rf"(?:{alternatives(TIME_SPANS, capitalised=True)})\s+(?:after|before))\s"
)
_ARTICLE_AT = re.compile(r"\s(?=(?:a|an|the)\s)")
_SHORT_SPEAKER = re.compile(r"(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+\s*")


def _participle_opening(left: str) -> re.Match[str] | None:
    """Where the speaker starts after a participle's clause that opens the sentence with no comma:
    at the last article whose phrase runs, short, to the cue."""
    if _PARTICIPLE_START.match(left) is None or any(mark in left for mark in ',;:“”"'):
        return None
    last = None
    for article in _ARTICLE_AT.finditer(left, 0, 120):
        words = left[article.end() :].split()
        # "During the debate Cllr Wilkes": a name after a common noun opens a phrase of its own
        named_after = any(a[:1].islower() and b[:1].isupper() for a, b in itertools.pairwise(words[1:]))
        if _SHORT_SPEAKER.fullmatch(left, article.end()) and not named_after:
            last = article  # "Appealing for witnesses to the crash a Garda spokesman": the last one
    return last


# A relative clause giving the name a report may use: "who is referred to as Miss C", "who can only be
# identified as Boy B".
_CALLED_AS = re.compile(
    r"who\s+(?:is|was|can\s+only\s+be|may\s+only\s+be|can\s+be|is\s+only)\s+"
    r"(?:referred\s+to|identified|named|known)\s+as\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*"
)
# An appositive that is a relative clause or an age, not a role: "officials, who spoke ...", "Ann Ray, 31,".
_RELATIVE = re.compile(r"(?:who|which|whose)\b")
_PLACE_IN_BRACKETS = re.compile(r"\([^(),]{1,40},[^()]{1,40}\)")
_CLOCK_COLON = re.compile(r"(?<=\d):(?=\d\d(?!\d))")
# A participle set off after the subject says how it spoke, not who it is: "the sheriff's
# department, responding in a written statement Saturday, said …" (not a role: "X, acting
# director, said" has no "-ing" word of its own before a preposition or an article).
_SET_OFF_PARTICIPLE = re.compile(
    r"(?:[a-z]+ly\s+)?[a-z]{3,}ing\s+(?:in|to|on|at|from|for|with|by|after|a|an|the|its|his|her|their)\b"
    # "Police detective Jeremy Appenzeller, questioned by the State's Attorney, said": a past one with its agent
    r"|(?:[a-z]+ly\s+)?(?:questioned|asked|pressed|interviewed|cross-examined|contacted|reached)\s+(?:by|about|on)\b"
)

_AGE = re.compile(r"\d{1,3}")
# Where a person is from or whom they are with, set off after their name: "Matthew Fennel-Fox, of the
# campaign group, said", "Ann Ray, of Dock Road, said", "John Smith, 45, from Leeds, said".
_OF_WHERE = re.compile(r"(?:of|from)\s+[^,;:“”\"]{2,60}")
# An address over a comma or two: "of Main Street, Leeds", "of 86 Clune Terrace, Newtonmore".
_OF_WHERE_OVER_COMMAS = re.compile(r"(?:of|from)\s+[^,;:“”\"]{2,60}(?:,\s*[A-Z][^,;:“”\"]{1,40}){1,2}")
# An appositive describing the person before it: "Jason Healey, a senior research scholar at
# Columbia University, said".
_DESCRIBED = re.compile(
    # "The study, published in the Journal of ..., suggests": a participle describing the subject
    r"(?:published|based|led|released|written|funded|conducted|commissioned|issued|dated)\s+(?:in|by|at|on|\w+\s\d)"
    r"[^,;:“”\"]{0,120}$|"
    # "The robocall message, sent by “Mr. Hardiman” at Southwind High School to parents, stated"
    r"(?:sent|signed|posted|authored|circulated|shared)\s+(?:by|to|on)\s(?:[^,;:]|(?<=\d):(?=\d)){0,120}$|"
    # "The circular, apparently from the Ministry of Health, revealed": where the document came from
    r"(?:apparently\s+|reportedly\s+|allegedly\s+)?from\s+(?:the\s+)?[A-Z][^,;:“”\"]{1,120}$|"
    # (capitalised words first: "an Indian businessman in Kampala", "a BBC journalist")
    r"(?i:a|an|another|the|his|her|their|its)\s+(?:[A-Z][\w’'.-]*\s+){0,3}[a-z](?:(?!(?<![\w-])(?:is|was|were|are|has|have|had|would|will|"
    r"(?!based|led|owned|backed|appointed|named|elected|retired|renowned|respected|trained|experienced)[a-z]+ed)"
    r"(?![\w-]))[^,;:“”\"]){0,120}$"
)

# A subordinate clause inside another's statement, opened by its conjunction: "… is needed after
# Mr Harris said …", "… because the union said …".
_SUBORDINATE_OPENER = re.compile(
    r"(?<![\w-])(?:" + alternatives(w for w in SUBORDINATORS if w not in ("as", "where", "if")) + r")\s+"
)

# The same after narration with no cue of its own, "as" among them: "… escalated as Peter Robinson
# accused"; or, after narration with a verb of its own, "A row erupted as a leading councillor accused".
_NARRATED_CLAUSE_OPENER = re.compile(
    r"(?<![\w-])(?:" + alternatives(w for w in SUBORDINATORS if w not in ("where", "if")) + r")\s+"
    # (or some of a group: "… took a new twist when one of the accused persons said")
    r"(?:(?=[A-Z])|(?P<article>(?=(?:a|an|the|(?:one|some|two|three|several|many|most|both)\s+of)\s))"
    # or a role in lower case before a name: "It began when councillor Alison Teal accused"
    r"|(?=(?:[a-z]+\s+){1,2}[A-Z][a-z]))"
)

# "while government troops", "whereas the army": a contrast, then its clause's subject in lower case.
_CONTRASTED = re.compile(
    # (not "while addressing residents": a participle's clause, the subject before it)
    r"(?<![\w-])(?:while|whereas)\s+(?P<subject>(?:the\s+)?(?![a-z]+ing\b)[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,2})$"
)
# "… and her mother", "but his lawyer": a conjunction, then someone described by whose they are.
_COORDINATED_KIN = re.compile(
    r"(?<![\w-])(?:and|but)\s+(?P<subject>(?:his|her|their|its)\s+[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,2})$"
)

# "X said the talks had failed and union leader Ann Cole said …": after a clause with a verb of its
# own, a conjunction opens the next speaker's clause ("the police and army chief X said" has none).
_COORDINATOR = re.compile(r"(?<![\w-])(?:and|but|while|whereas)\s+")
_CLAUSE_VERB = re.compile(
    r"(?<![\w-])(?:is|are|was|were|has|have|had|will|would|could|can|should|must|did|does|[a-z]{3,}ed|"
    # the past of the common irregular verbs: "The trial took a new twist when …"
    r"took|came|went|got|made|gave|saw|began|became|grew|fell|rose|met|left|held|kept|brought|found|won|lost)(?![\w-])"
)

# A subject, then a relative clause telling which, its verb first: "Residents who live near the
# plant", "Other newspapers that have picked up the article have gone further and" (what the
# clause may hold is not bounded; its verb is).
_RESTRICTIVE_RELATIVE = re.compile(
    r"(?P<head>(?:[Tt]he\s+|[A-Z])[^,;:“”\"]{1,60}?)\s(?:who|that)\s+(?:also\s+)?"
    r"(?:(?:have|has|had|was|were|is|are)\s+(?:been\s+)?[a-z]+|[a-z]+(?:ed|es)|live|work|own|run|spoke|saw|knew|met|"
    r"went|came|took|gave|lost|ran|fled|fought|sought|wrote|left)(?![\w-])[^“”\"]*"
)
# A relative pronoun, then the cue's subject: "the boy who prosecutors say shot …", "who Smith said"
# (not "the man who was arrested said", "a woman who lives across the street said": the clause's
# own verb, then the cue's).
_SUBJECT_IN_RELATIVE = re.compile(
    r"\s(?:who|whom|what)\s+(?P<subject>(?:the\s+)?(?:police|prosecutors|officials|authorities|investigators|"
    r"detectives|officers|witnesses|sources|doctors|relatives|neighbou?rs|he|she|they|we|I|[A-Z][\w’'.\-]*"
    r"(?:\s+[A-Z][\w’'.\-]*){0,3}))$"
)

# Letters a name carries after it, set off by commas, just before the cue: "E. C. Obiagu, SAN,".
_POSTNOMINAL = re.compile(r",\s*(?:SAN|QC|KC|SC|MP|MSP|MLA|TD|OBE|MBE|CBE|KBE|PhD)\s*,$")

_GENERATION_COMMA = re.compile(r",\s*[JS]r\.?,?\s*$")

_TICKER = re.compile(r"\s\((?:[A-Z]{2,8}\s*:\s*[A-Z][A-Z0-9.\-]{0,8})\)")
# Court copy's accused: a name, an age, an address: "Shaun Allan (19) of Drumashie Road, Inverness",
# "Sam McGuire, (18), of 86 Clune Terrace, Newtonmore, a co-accused of Allan,".
_ACCUSED_OF_ADDRESS = re.compile(
    r"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3}),?\s+\(?\d{1,3}\)?,?\s+of\s+[^.;:“”\"]{2,150}?"
    r"(?:,?\s+appeared\s+[^.;:“”\"]{1,80}?\s+and|,?\s+(?:also|then|had|has))?,?"
)

# A body described by who leads it, the leader named after it: the body is the subject.
_LED_BY = re.compile(r"\s+(?:led|headed|chaired|represented)\s+by\s")
_STATEMENT_BY = re.compile(
    r"\s+in\s+(?:a|an|its|their)\s+(?:[a-z]+\s+)?(?:statement|release|letter|communique|communiqué)\s+"
    r"(?:issued|signed|released|sent|read)\s+by\s"
)

# A cue, then a clause of its own: "said he would", "said that", "added it was".
_CLAUSE_AFTER_CUE = re.compile(
    r"[a-z]+\s+(?:(?:in|on|last|this)\s+[A-Z]?[a-z]+\s+)?(?:that|he|she|they|it|we|I)\s"  # ("said in April that")
)
# A named subject before a stray comma and its verb: "The Nigeria Labour Congress (NLC), has said".
_STRAY_COMMA_SUBJECT = re.compile(
    r"(?:The\s+)?[A-Z][\w’'\-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'\-]*))*(?:\s+\([A-Z]{2,6}\))?"
    # or a body or office described: "The company, has denied", "The chief prosecutor, also called for"
    r"|[Tt]he\s+[a-z]+(?:\s+[a-z]+)?(?:\s+[A-Z][\w’'\-]*){0,3}"  # ("The opposition NDC, has accused")
)

# A name set off by commas after its description: "Another de Blasio spokesman, Austin Finan, said".

_NAME_ONLY = re.compile(rf"{NAME_PARTICLE}{NAME_WORD}(?:\s+{NAME_PARTICLE}{NAME_WORD}){{0,3}}")
#: "that" opening a reported clause: "Axios reported that Israeli officials said", the speaker after it.
COMPLEMENTISER = re.compile(r"(?<![\w-])that\s+")


# A list of named parties as a subject: "The Manitoba Federation of Labour, the MGEU and CUPE".
# Its first word is no preposition (and "Under") or conjunction of time or condition opening an adjunct.
_LISTED = re.compile(
    r"(?:^|[;:]\s*)(?P<first>(?!(?:"
    + alternatives((*PREPOSITIONS, "under", *TIME_SUBORDINATORS, "if"), capitalised=True)
    + r")\b)"
    r"(?:[Tt]he\s+)?[A-Z][\w’'\-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'\-]*))*)$"
)
_LISTED_ITEM = re.compile(
    r"(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of|for|the|and|[A-Z][\w’'\-]*))*\s+and\s+(?:the\s+)?[A-Z][\w’'\-]*"
    r"(?:\s+(?:of|for|the|[A-Z][\w’'\-]*))*"
)


# A sentence's frame printed with no comma after it, then a subject pronoun: a participle
# ("Speaking in Auckland this morning she"), a preposition ("Among several issues he") or a
# conjunction ("When asked about it he", its conjunction stripped as a leading word). A word that
# would join the pronoun to the frame ("and she", "that he") rules it out.
_FRAME_OPENER = re.compile(
    r"(?:(?P<preposition>"
    + alternatives((*PREPOSITIONS, *MORE_PREPOSITIONS, *CIRCUMSTANCES, "among", "after", "before"), capitalised=True)
    + r")|[A-Za-z][a-z]+(?:ing|ed)|"
    + alternatives(SUBORDINATORS, capitalised=True)
    + r")\s"
)
_THEN_PRONOUN = re.compile(r".*\s(?P<before>[\w’'\-]+)\s+(?P<pronoun>he|she|they|we|it)")
# Words that make the pronoun part of the frame, not the subject after it: "Asked whether he would
# go if they called", "and she", "the man who he …".
_JOINS_PRONOUN = frozenset(
    {*SUBORDINATORS, "and", "or", "but", "nor", "that", "who", "whom", "which", "than", "whether", "unless", "until"}
)
# A participle's frame, then "the" and a capitalised office: "cataloguing the “lies” the
# Communications Minister".
_PARTICIPLE_FRAME_THEN_OFFICE = re.compile(
    r"[a-z]+ing\s.*\s(?P<subject>[Tt]he\s+(?P<office>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}))"
)
# A participle of speaking in public and its lower-case frame, then a name with no comma between:
# "Addressing the conference Sefatullah Safi", "Speaking to reporters John Smith".
_PARTICIPLE_FRAME_THEN_NAME = re.compile(
    r"(?:(?:Addressing|Speaking|Talking|Briefing|Responding|Replying|Reacting|Commenting|Testifying|Appearing)"
    r"(?:\s+[a-z][\w’'\-]*){1,6}"
    # "In a statement Stephen Johnston said": a noun cue's frame
    r"|In\s+(?:a|an|his|her|their)\s+(?:written\s+|joint\s+|brief\s+)?(?:statement|letter|interview|email|post))"
    r"\s+(?P<subject>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){1,3})"
)
# A cue with nothing after it but a comma: "issues he pointed out, …" (its object is the noun before).
_CUE_THEN_COMMA = re.compile(r"[a-z]+(?:\s+(?:out|up|on|back|about))?\s*,")


def _unclosed_role(left: str) -> str | None:
    """``left`` with the comma closing a role set off after a name restored, when a comma opens the
    role and none closes it ("Sefatullah Safi, head of Government Media Center"); None otherwise.
    The role names a body in capitals, so nothing but the office stands after the comma."""
    opening = _last_boundary(left, len(left))
    if opening is None or left[opening.start() : opening.end()].strip() != ",":
        return None
    role = left[opening.end() :]
    # (or someone described with "a": "Malam Musa Abubakar, a resident of Sarkin Pawa village told")
    described = _INDEFINITE_ROLE.fullmatch(role) is not None and is_role(role)
    if not described and (not _ROLE_OF_A_BODY.fullmatch(role) or not is_role(role)):  # (the shape first: quicker)
        return None
    before = left[: opening.start()]
    previous = _last_boundary(before, len(before))
    name = before[previous.end() if previous is not None else 0 :].strip()
    framed = _PARTICIPLE_FRAME_THEN_NAME.fullmatch(name)
    name = framed.group("subject") if framed is not None else name
    return f"{left}," if _NAME_ONLY.fullmatch(name) and " " in name else None


# Someone described with "a" and a role of a place or a body: "a resident of Sarkin Pawa village".
_INDEFINITE_ROLE = re.compile(r"\s*an?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+(?:of|at|for|in)\s+[^,;:“”\"()]{2,60}")
# An office and the body it serves, capitalised: "head of Government Media Center", "spokesman for
# the Ministry of Health".
_ROLE_OF_A_BODY = re.compile(
    r"[a-z][a-z\s]*\s(?:of|for|at)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of|for|and|the|at|in|[A-Z][\w’'\-]*))*"
    # or a capitalised office of a body in lower case, and where it is: "Rector of the religious
    # order in Limerick"
    r"|[A-Z][a-z]+\s+of\s+the\s+[a-z]+(?:\s+[a-z]+)?(?:\s+in\s+[A-Z][\w’'\-]*)?"
)


# A noun with its article, then a relative clause with no "that", whose subject is described: "a
# concession the union leader", "the claims his lawyer".
_CONTACT_CLAUSE = re.compile(
    r"(?:an?|the)\s+(?!(?:one|ones|same|first|last|kind|way|time|day|moment|fact|idea)\s)[a-z][\w-]*\s+"
    r"(?P<subject>(?:the|his|her|their|its)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)"
)
# Names listed with "and": "Communications Workers Union and Bemawu", "Unite, GMB and Unison".
_NAMED_LIST = re.compile(
    r"\s*[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*(?:,\s+[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*)*"
    r"\s+and\s+[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*\s*"
)
# A plural description of bodies or sides: "the unions", "the two parties", "Both groups".
_PLURAL_DESCRIPTION = re.compile(
    r"(?:.*\s)?(?:[Tt]he|[Bb]oth)\s+(?:two\s+|three\s+)?(?:unions|parties|groups|companies|firms|sides|organi[sz]ations|bodies)"
)
# A main clause, its verb in the past, then a subordinator of time or reason with no comma, up to the
# subordinate clause's short subject: "Officers arrived after ", "Deputies responded to the call
# after " ("The man who arrived after midnight" has its verb in a relative clause: no match).
_CLAUSE_THEN_SUBORDINATE = re.compile(
    # ("The strike comes days after the government promised": a verb of happening, not in "-ed")
    r"(?![^,;:]*\b(?:who|which|that)\s)[A-Z][^,;:]*?\s(?:[a-z]{3,}ed|comes|came|began|begins)\b[^,;:]*?\s"
    # (not a pronoun: "… criticised a statement by Majali when he said …" may mean either of them)
    # ("as" and "since" are left out: "given as the accused had offered", "killed since March")
    r"(?P<subordinator>after|before|when|while|because|until|once)\s+(?!(?:he|she|they|it|we|I|you)\b)"
    r"(?=(?:the\s+|a\s+|an\s+)?\S+(?:\s+\S+){0,3}$)"
)


_SPACE = re.compile(r"\s")


def _last_boundary(text: str, limit: int) -> re.Match[str] | None:
    """The last :data:`_BOUNDARY` a scan of ``text[:limit]`` from its start finds.

    Read from the end: a boundary holds only marks, quote marks and white space, so none
    reaches over any other character, and a scan begun just after such a character finds
    the same boundaries beyond it as a scan from the start. The run of those characters
    around the last mark is scanned from its start; if it holds no boundary, the run
    around the mark before it, and so on.
    """
    end = limit
    while True:
        up_to_mark = _UP_TO_LAST_MARK.match(text, 0, end)
        if up_to_mark is None:
            return None
        mark = up_to_mark.end() - 1
        start = mark
        while start > 0 and (text[start - 1].isspace() or text[start - 1] in _BOUNDARY_CHARS):
            start -= 1
        last = None
        for match in _BOUNDARY.finditer(text, start, end):
            if match.end() <= limit:
                last = match
        if last is not None:
            return last
        end = start - 1 if start > 0 else 0
        if end <= 0:
            return None


# A verb opening what follows a comma: the sentence's own clause goes on, no phrase set off.
_CLAUSE_GOES_ON = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do|[a-z]+ed)(?![\w-])"
)
_SET_OFF_REACH = 150  # characters: a phrase set off by commas, with commas of its own, is no longer


def _role_then_its_body(phrase: str) -> bool:
    """Whether a phrase set off by commas is a role, then the body it serves set off by a comma of
    its own: "the Acting Director, Army Public Relations"."""
    role, _, body = phrase.rpartition(",")
    body = body.strip()
    if not role or not is_role(role.strip()) or _NAME_ONLY.fullmatch(body) is None or person_like(body):
        return False
    named = parse_mention(body)
    return named is not None and not named.person  # "spokesman of the CBN, Mr Isaac Okorafor": a person


def _set_off_over_commas(inner: str, boundary: re.Match[str], fits: Callable[[str], object]) -> re.Match[str] | None:
    """The boundary before a phrase set off by commas that holds one or two commas of its own
    ("cabinet member for democracy, law and reform", "who spoke in Paris, London and Rome"), when
    ``fits`` accepts the phrase."""
    for _ in range(2):
        earlier = _last_boundary(inner, boundary.start())
        if earlier is None or len(inner) - earlier.end() > _SET_OFF_REACH:
            return None
        if inner[earlier.start() : earlier.end()].strip() != ",":
            return None  # only commas: a colon or a dash ends the clause
        if _CLAUSE_GOES_ON.match(inner, boundary.end()):
            return None  # "The man, who cannot be named, is standing trial, ...": the main clause
        if fits(inner[earlier.end() :]):
            return earlier
        boundary = earlier
    return None


# An age told as a description set off after the name: "John Smith, a 45-year-old from Leeds, said".
_AGED_APPOSITIVE = re.compile(r"(?:an?\s+)?\d{1,3}-year-old(?:\s[^,;:“”\"]{1,60})?")
_AGE_SET_OFF = re.compile(r",\s*\d{1,3}\s*$")


def _described_before_relative(inner: str, relative: re.Match[str]) -> re.Match[str] | None:
    """The boundary before a description set off between a name and a relative clause ("Kala
    Ramesh, an Indian businessman in Kampala, who …"); None when no name stands before it."""
    before = inner[: relative.start()]
    boundary = _last_boundary(before, len(before))
    if boundary is None or not before[boundary.end() :].startswith(("a ", "an ", "the ")):
        return None
    described = before[boundary.end() :]
    if not (is_role(described) or _DESCRIBED.match(described)) or not _named_before(before[: boundary.start()].strip()):
        return None
    return boundary


def _named_before(words: str) -> bool:
    """Whether words are a name, or a person's titles and name ("Detective Chief Inspector Anthony
    Cockerill"), their age set off after them or not ("John Smith, 45"): what an "of …" set off after
    them tells where they are from or serve."""
    words = _AGE_SET_OFF.sub("", words)
    if _NAME_ONLY.fullmatch(words):
        return True
    mention = parse_mention(words)
    return mention is not None and mention.person and mention.name is not None and not mention.unnamed


def _of_the_role(word: str, mention: Mention) -> bool:
    """Whether a word is one of a named person's role ("councillor" of "Green councillor Alison Teal")."""
    return mention.person and mention.role is not None and word in mention.role.split()


def _names_a_person_in_a_role(words: str) -> bool:
    """Whether words are a role and a person's name after it, and nothing else ("Beechmont resident
    Tom Sharp"; not "Mutharika's running mate and leader of the United Democratic Front")."""
    words = words.strip()
    if _FUNCTION_WORD.search(words):
        return False
    mention = parse_mention(words)
    if not words[:1].isupper() and (mention is None or mention.role is None or not is_role(mention.role.split()[-1])):
        return False  # a role in lower case must be one: "defense attorney Michael Cardoza"
    return (
        mention is not None
        and mention.person
        and not mention.unnamed
        and mention.role is not None
        and mention.name is not None
        and " " in mention.name
        and words.endswith(mention.name)
    )


_FUNCTION_WORD = re.compile(r"(?<![\w’'-])(?:and|or|of|the|for|at|in|on|with|to|from|by)(?![\w’'-])|['’]s\b")


# A body set off by commas after an office, before the holder's name: "UHSL", "Lagos State Chapter".
_BODY_SET_OFF = re.compile(r"[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|of|and|&)){0,5}")


# Words in brackets opening the subject's segment: the end of a frame before it, no part of it.
_BRACKETED_FIRST = re.compile(r"\s*\([^()]{1,40}\)\s+(?=[A-Z])")


def _office_before_body(left: str, boundary: re.Match[str] | None, segment: str) -> str | None:
    """The office opening the subject, when what is set off after it is the body it serves and a
    name follows ("The Managing Director, UHSL, Pearl Kanu, explained"); None otherwise."""
    if boundary is None or is_role(segment) or not _BODY_SET_OFF.fullmatch(segment):
        return None
    before = left[: boundary.start()]
    if _last_boundary(before, len(before)) is not None:
        return None
    office = before.strip()
    return office if is_role(office) and office[:1].isupper() else None


_CLEFT = re.compile(
    r"^(?:It|That|This)(?:['’]s|\s+is|\s+was)\s+(?:a|an|the)\s+[a-z]+\s+(?=(?:the|a|an|his|her|their|[A-Z])\b)"
)


_DASHES = ("–", "—")
_SET_OFF_BY_DASHES = re.compile(r"(?P<open>[–—])(?P<phrase>[^–—,;:.!?“”\"]{2,120})(?P<close>[–—])$")


def _dashes_as_commas(printed: str) -> str:
    """``printed`` (ending in a dash) with a phrase set off by a pair of dashes right before the cue
    set off by commas instead; as it was when no such pair closes it."""
    pair = _SET_OFF_BY_DASHES.search(printed)
    if pair is None or pair.group("open") != pair.group("close"):
        return printed
    opened, closed = pair.start("open"), pair.start("close")
    return f"{printed[:opened]},{printed[opened + 1 : closed]},"


def _role_the_pair_shares(subject: str, appositive: str) -> bool:
    """Whether a role in the plural is set off after two people named together: "Ann Ray and Tom
    Hill, lawyers for the family," (after one name, a plural is no role of that person's)."""
    words = appositive.split()
    plural = next((i for i, word in enumerate(words[:4]) if _PLURAL_NOUN.fullmatch(word)), None)
    if plural is None:
        return False
    word = words[plural]
    words[plural] = f"{word[:-3]}y" if word.endswith("ies") else word[:-1]
    if not is_role(" ".join(words)):
        return False
    pair = parse_mention(subject.strip())
    return pair is not None and pair.plural and pair.name is not None and pair.name.count(" and ") == 1


_PLURAL_NOUN = re.compile(r"[a-z][a-z-]*[^s\W]s")  # "lawyers", "co-chairs", "deputies"; not "boss"


def _stray_comma_after_a_frame(
    text: str, cue_start: int, inner: str, boundary: re.Match[str], stripped: bool
) -> tuple[Mention, int, Span] | None:
    """The subject between a frame set off by a comma and a stray comma before its verb ("In a
    statement on Monday, the company, said it had …"), or None. As with a stray comma alone, only
    when a word was stripped before the verb or a clause follows it."""
    frame, subject = inner[: boundary.start()], inner[boundary.end() :]
    at = boundary.end() + len(subject) - len(subject.lstrip())
    subject = subject.strip()
    if not (stripped or _CLAUSE_AFTER_CUE.match(text, cue_start)) or _FRAME.fullmatch(frame.strip()) is None:
        return None
    mention = _stray_comma_subject(subject)
    return None if mention is None else (mention, at, Span(at, at + len(subject)))


def _stray_comma_subject(words: str) -> Mention | None:
    """The one speaker named or described by words a stray comma sets off from their verb ("The
    Nigeria Labour Congress (NLC), has said", "The company, has denied"); None for any other words."""
    if _STRAY_COMMA_SUBJECT.fullmatch(words) is None:
        return None
    mention = parse_mention(words)
    if mention is None or (mention.name is None and mention.description is None) or mention.plural:
        return None
    return mention


#: A frame of time, place or occasion opening a sentence, no comma inside: "In a statement on Monday".
_FRAME = re.compile(r"(?:In|On|At|After|During|Before|Following|Speaking|Earlier|Later)\s[^,]*")


def speaker_before(text: str, cue_start: int) -> tuple[Mention, int, Span] | None:
    """The speaker before a finite cue in one sentence.

    Returns:
        The mention, where the statement before the speaker must end, and the
        mention's offsets in ``text``; None when no speaker stands there.
    """
    # stock tickers blanked out, offsets kept: their colons are no clause boundary ("EXFO (TSE:EXF) announced")
    printed = _TICKER.sub(lambda ticker: " " * len(ticker.group(0)), text[:cue_start]).rstrip()
    # "counsel to the defendant, E. C. Obiagu, SAN, told": an honour after the name is no role (blanked)
    printed = _POSTNOMINAL.sub(lambda honour: "," + " " * (len(honour.group(0)) - 1), printed).rstrip()
    # "President Ferdinand R. Marcos, Jr. said": a generation set off after the name is part of it
    printed = (
        _GENERATION_COMMA.sub(lambda set_off: set_off.group(0).replace(",", " "), printed)
        if "r." in printed
        else printed
    )
    # "Deputy Salah Al Din Sabra (Amman, 4th District) noted": a place and a seat in brackets, commas
    # and all, say where the speaker sits, not who (blanked; "(HRW)", "(BNR)" stay)
    printed = _PLACE_IN_BRACKETS.sub(lambda place: " " * len(place.group(0)), printed) if "(" in printed else printed
    # "to parents at 4:30 Friday afternoon": a clock's colon is no clause boundary (blanked)
    printed = _CLOCK_COLON.sub(" ", printed) if ":" in printed else printed
    if printed.endswith(_DASHES):
        # "John Smith – a spokesman for the union – said": a phrase set off by dashes, read as the same
        # phrase set off by commas (one character each, so every offset holds)
        printed = _dashes_as_commas(printed)
    court = _ACCUSED_OF_ADDRESS.fullmatch(printed)
    if court is not None:
        # "Shaun Allan (19) of Drumashie Road, Inverness denied": the address is no speaker
        mention = parse_mention(court.group("name"))
        if mention is not None and mention.name is not None:
            return mention, court.start("name"), Span(court.start("name"), court.end("name"))
    # "Daglo, on the other hand, told" (the adverbial ends in a comma: no other text is scanned for it)
    left = _PARENTHETICAL.sub("", printed) if printed.endswith(",") else printed
    if (
        left != printed
        and (role := _last_boundary(left, len(left))) is not None
        and (is_role(left[role.end() :]) or _AGE.fullmatch(left[role.end() :]))
    ):
        # "Stuart Jones QC, prosecuting, in his closing speech, said", "John Smith, 45, however,
        # said": the role or the age stays set off
        left += ","
    if not left.endswith(",") and (unclosed := _unclosed_role(left)) is not None:
        # "Sefatullah Safi, head of Government Media Center said": the role's closing comma left out
        left = unclosed
    unstripped = left
    left = strip_trailing(left)  # "X, a spokesman, also said"
    appositive = None
    named = None  # "Another de Blasio spokesman, Austin Finan, said": the name set off by commas
    named_at = 0
    called_as = False  # the name is the one a relative clause says the report uses
    named_in_role = False  # … with its role before it: "Beechmont resident Tom Sharp"
    if left.endswith(","):
        inner = left[:-1]
        boundary = _last_boundary(inner, len(inner))
        if boundary is None:
            # only with words between the comma and the cue ("Baltimore, said Essig" is inverted), or
            # with a clause after the cue ("Sgt Donal Cronin, said he would …")
            verb_goes_on = left != unstripped or _CLAUSE_AFTER_CUE.match(text, cue_start) is not None
            stray = _stray_comma_subject(inner) if verb_goes_on else None
            if stray is None:
                return None
            # "The Nigeria Labour Congress (NLC), has said": a stray comma after a named subject
            return stray, 0, Span(0, len(inner))
        appositive = inner[boundary.end() :]
        after_frame = _stray_comma_after_a_frame(text, cue_start, inner, boundary, left != unstripped)
        if after_frame is not None:
            return after_frame
        called = _CALLED_AS.fullmatch(appositive)
        called_as = called is not None
        if called is not None:
            # "The patient's daughter, who is referred to as Miss C, said": the name the report gives
            named, named_at, appositive = called.group("name"), boundary.end() + called.start("name"), None
        elif (
            _RELATIVE.match(appositive)
            or _AGE.fullmatch(appositive)
            or _AGED_APPOSITIVE.fullmatch(appositive)
            or _SET_OFF_PARTICIPLE.match(appositive)
            or (_OF_WHERE.fullmatch(appositive) and _named_before(inner[: boundary.start()].strip()))
        ):
            # "officials, who spoke on condition of anonymity, said"; "Ann Ray, 31, said"; "the
            # department, responding in a written statement, said"; "Ann Ray, of Dock Road, said"
            appositive = None
            set_off = _described_before_relative(inner, boundary) if _RELATIVE.match(inner[boundary.end() :]) else None
            if set_off is not None:
                # "Kala Ramesh, an Indian businessman in Kampala, who has two lines, said": the name,
                # the description set off after it, then the relative clause; the name speaks
                boundary, appositive = set_off, inner[set_off.end() : boundary.start()]
        elif (relative := _set_off_over_commas(inner, boundary, _RELATIVE.match)) is not None:
            boundary, appositive = relative, None  # "The minister, who spoke in Paris, London and Rome, said"
        elif (
            where := _set_off_over_commas(inner, boundary, _OF_WHERE_OVER_COMMAS.fullmatch)
        ) is not None and _named_before(inner[: where.start()].strip()):
            boundary, appositive = where, None  # "Tom Hill, of Main Street, Leeds, said": where he lives
        elif _NAME_ONLY.fullmatch(appositive) and (
            role_of := _set_off_over_commas(inner, boundary, _role_then_its_body)
        ):
            # "Sagir Musa, the Acting Director, Army Public Relations, said": the body the role
            # before it serves, set off in turn; the person named first speaks
            boundary, appositive = role_of, inner[role_of.end() :]
        elif (
            (named_in_role := _names_a_person_in_a_role(appositive))
            or _NAME_ONLY.fullmatch(appositive)
            # "The unions, Unite and GMB, told …": the bodies a plural description is set off with
            or (_NAMED_LIST.fullmatch(appositive) and _PLURAL_DESCRIPTION.fullmatch(inner[: boundary.start()].strip()))
        ):
            # "Another de Blasio spokesman, Austin Finan, said"; "One of the petitioners, Beechmont
            # resident Tom Sharp, said": the words set off name the one speaking
            named, named_at, appositive = appositive, boundary.end(), None
        elif (
            not is_role(appositive)
            and not _DESCRIBED.match(appositive)
            and not _role_the_pair_shares(inner[: boundary.start()], appositive)
        ):
            # a role holding commas of its own: "X, cabinet member for democracy, law and reform, said"
            boundary = _set_off_over_commas(inner, boundary, is_role)
            if boundary is None:
                return None
            appositive = inner[boundary.end() :]
        left = inner[: boundary.start()]
        after_name = inner[boundary.end() :]
        if appositive is not None or _OF_WHERE.fullmatch(after_name) or _OF_WHERE_OVER_COMMAS.fullmatch(after_name):
            # "John Smith, 45, from Leeds, said", "Ann Lee, 45, a teacher, said", "Another employee Ben
            # Jones, 32, of Joeys Lane, Bilbrook, said": the age, then where from or the role
            left = _AGE_SET_OFF.sub("", left)
    boundary = _last_boundary(left, len(left))
    begin = boundary.end() if boundary is not None else 0
    if begin == 0:
        relay = RELAY_PREFIX.match(left) or _VENUE_PREFIX.match(left) or _participle_opening(left)
        if relay is not None:
            begin = relay.end()
    # (not a role whose holder is named after it: "Federal Minister for Industries and Production, Makhdum …")
    listed = (
        _LISTED.search(left, 0, boundary.start())
        if boundary is not None and named is None and " and " in left[begin:]
        else None
    )
    if listed is not None and _LISTED_ITEM.fullmatch(left[begin:].strip()):
        # "The Manitoba Federation of Labour, the MGEU and CUPE confirm ...": every party listed
        first = listed.start("first")
        names = left[first:].strip()
        opener = LEADING.match(names)  # "However, the SNP and Scottish Government have both said"
        if opener is not None and opener.end() < len(names):
            first += opener.end()
            names = names[opener.end() :]
        holder = parse_mention(names)
        if holder is not None and holder.person and holder.role is not None and holder.name is not None:
            # "Minister for Agriculture, Drought and Emergency Management David Littleproud": one
            # office's portfolios listed, its holder named after them
            return holder, first, Span(first, len(left))
        return Mention(names, names, plural=True), first, Span(first, len(left))
    segment = left[begin:]
    clause = _CLAUSE_THEN_SUBORDINATE.match(segment)
    if clause is not None:
        # "Officers arrived after witnesses reported that …": the speaker is the subordinate
        # clause's subject, not the main clause before it, which ends before the subordinator
        if boundary is None:
            boundary = _SPACE.match(left, begin + clause.start("subordinator") - 1)
        begin += clause.end()
        segment = left[begin:]
    stripped = LEADING.sub("", segment)
    # "It's a claim the family's attorney said came from …": the cleft's noun heads a relative clause
    # whose subject speaks
    stripped = _CLEFT.sub("", stripped)
    opened = len(stripped) < len(segment)  # by a connective or a conjunction ("However", "When")
    begin += len(segment) - len(stripped)
    segment = strip_trailing(stripped)
    begin += len(segment) - len(segment.lstrip())  # the mention's offset is its first letter's
    segment = segment.strip()
    restricted = _RESTRICTIVE_RELATIVE.fullmatch(segment) if " who " in segment or " that " in segment else None
    if restricted is not None and named is not None and not _CLAUSE_VERB.search(restricted.group("head")):
        # "An attorney who was representing the city in the case, James Melone, said": the person
        # described, then named; the name speaks
        head = parse_mention(restricted.group("head"))
        if head is not None and head.person and not head.plural:
            mention = parse_mention(named, re.sub(r"^(?i:an?|the)\s+", "", restricted.group("head")))
            if mention is not None and mention.name is not None:
                return mention, begin, Span(named_at, named_at + len(named))
    if restricted is not None and not _CLAUSE_VERB.search(restricted.group("head")):
        # "Residents who live near the plant said", "Newspapers that picked up the story said": the
        # subject and a relative clause telling which; no verb before it, so no "that" of a report
        mention = parse_mention(restricted.group("head"))
        if mention is not None and (mention.name is not None or mention.description is not None):
            end = begin + restricted.end("head")
            words = restricted.group("head").split()
            # a name, not a plural printed with a capital at the sentence's start ("Deputies who …")
            capitalised = all(word[:1].isupper() for word in words)
            plural = len(words) == 1 and words[0].endswith("s") and not words[0].endswith("ss")
            proper = not mention.unnamed and (mention.person or (capitalised and not plural))
            if mention.name is not None and not proper and not segment.endswith((" and", " but")):
                # "Deputies who signed the memorandum": the clause is all that tells which deputies
                # (not when a verb of the subject's own joins the cue: "… have gone further and")
                described = f"{mention.name}{segment[restricted.end('head') :]}"
                mention, end = evolve(mention, text=segment, name=described), begin + len(segment)
            return mention, (boundary.start() if boundary is not None else begin), Span(begin, end)
    subordinate_at = None
    described_after = False  # a narrated clause opened by "as", "after" … and an article
    that = (last_match(COMPLEMENTISER, segment) if "that" in segment else None) or (
        None if _the_accused(segment) else last_verb_cue(segment)  # "The murder accused told": no verb in it
    )
    if that is not None:
        # "Axios reported that Israeli officials", "He said the protesters": the speaker
        # starts after "that" or the outer cue.
        rest = segment[that.end() :]
        begin += that.end() + len(rest) - len(rest.lstrip())
        segment = rest.strip()
        clause = last_match(_SUBORDINATE_OPENER, segment)
        coordinated = last_match(_COORDINATOR, segment + " ")
        if (
            coordinated is not None
            and coordinated.end() <= len(segment)  # "… but added that": the verbs share the subject
            and (clause is None or coordinated.start() >= clause.end())
            # the outer clause is whole: its own verb, or a cue whose object is what was said
            # ("praised the side after the win and Rangana Herath denied …")
            and (_CLAUSE_VERB.search(segment, 0, coordinated.start()) or cue_lemma(that.group(0)) in OBJECT_VERBS)
        ):
            clause = coordinated
        if clause is not None:
            # "Fianna Fáil insisted the apology is needed after Mr Harris said": the speaker
            # opens the subordinate clause.
            subordinate_at = begin + clause.start()  # the statement before ends there, without "after"
            begin += clause.end()
            segment = segment[clause.end() :]
    elif (
        named is None
        and " " in segment
        and (clause := last_match(_NARRATED_CLAUSE_OPENER, segment)) is not None
        and clause.start()
        and (clause.group("article") is None or _CLAUSE_VERB.search(segment, 0, clause.start()) is not None)
    ):
        # "The fallout escalated as Peter Robinson accused …": narration, then a clause whose
        # subject speaks (a name, or a description after an article, read below)
        described_after = clause.group("article") is not None
        subordinate_at = begin + clause.start()
        begin += clause.end()
        segment = segment[clause.end() :]
    elif named is None and (contrast := _CONTRASTED.search(segment)) is not None and contrast.start():
        # "… a guerrilla spokesman said, while government troops claimed …": the other side's
        # clause, its subject described in lower case
        described_after = True
        subordinate_at = begin + contrast.start()
        begin += contrast.start("subject")
        segment = segment[contrast.start("subject") :]
    elif named is None and (kin := _COORDINATED_KIN.search(segment)) is not None and kin.start():
        # "Mary Jones died on Monday and her mother said …": narration, then someone described by
        # whose they are opens the next clause
        described_after = True
        subordinate_at = begin + kin.start()
        begin += kin.start("subject")
        segment = segment[kin.start("subject") :]
    if not segment and named is not None and _CLAUSE_AFTER_CUE.match(text, cue_start):
        # "However, Sgt Donal Cronin, said he would …": a connective, then the name, a stray comma
        mention = parse_mention(named)
        if mention is not None and mention.name is not None:
            return mention, named_at, Span(named_at, named_at + len(named))
    if segment.endswith(" who"):
        # "“…,” said Sgt Cronin who added that …": Cronin; "A Donegal man who told a court …": the man
        segment = segment[: -len(" who")].rstrip()
    if not segment:
        return None
    inside_relative = _SUBJECT_IN_RELATIVE.search(segment)
    if inside_relative is not None and not _CLAUSE_VERB.search(inside_relative.group("subject")):
        # "The lawyer for the boy who prosecutors say shot an officer believes …": the cue sits in a
        # relative clause, its statement is the rest of that clause, whose end is not known; no guess
        return None
    if named is not None:
        led = _LED_BY.search(segment) or _STATEMENT_BY.search(segment)
        if led is not None:
            # "the group led by its spokesperson, Casiel Ato Forson, told journalists", "NLC in a
            # statement issued by its head of information, Benson Upah, said": the body speaks
            group = parse_mention(segment[: led.start()])
            return (group, begin, Span(begin, begin + led.start())) if group is not None else None
        if named_in_role:
            mention = parse_mention(named)
            assert mention is not None
            return mention, begin, Span(named_at, named_at + len(named))
        serving = _office_before_body(left, boundary, segment)
        if serving is not None:
            # "The Managing Director, UHSL, Pearl Kanu, explained": the office, its body, the name
            begin = len(left) - len(left.lstrip())  # the office opens the subject
            segment = f"{serving} of {segment}"
        elif not is_role(segment) and not _DESCRIBED.match(segment) and not called_as:
            return None  # "The defendant in the case, Gov. Steve Beshear, said": described, then named
        mention = parse_mention(named, segment)
        if mention is not None and " and " in named and _NAMED_LIST.fullmatch(named):
            mention = evolve(mention, plural=True)  # "the unions, Unite and GMB,": the bodies together
        return (mention, begin, Span(named_at, named_at + len(named))) if mention is not None else None
    framed = _THEN_PRONOUN.fullmatch(segment) if " " in segment else None
    if (
        framed is not None
        and framed.group("before") in ("and", "but")
        and framed.group("pronoun") != "it"
        and _CLAUSE_VERB.search(segment, 0, framed.start("before"))
    ):
        # "Labour jeered and she said …": a clause of narration, then "and" and the pronoun opening
        # the speaking clause (not "Tom and she said", a list with no verb before "and")
        begin += framed.start("pronoun")
        segment = framed.group("pronoun")
        framed = None
    if framed is not None and framed.group("before").lower() in _JOINS_PRONOUN:
        framed = None
    opener = _FRAME_OPENER.match(segment) if framed is not None and not opened else None
    if framed is not None and (opened or opener is not None):
        if opener is not None and opener.group("preposition") and _CUE_THEN_COMMA.match(text, cue_start):
            # "Among several issues he pointed out, Coetzee suggests …": the cue is the phrase's own
            # relative clause, with no statement of its own
            return None
        # "Speaking in Auckland this morning she denied …", "In a statement he said …": a frame with
        # no comma after it, then the subject
        begin += framed.start("pronoun")
        segment = framed.group("pronoun")
    elif (framed_name := _PARTICIPLE_FRAME_THEN_NAME.fullmatch(segment)) is not None:
        # "Addressing the conference Sefatullah Safi said": a frame with no comma after it, then a name
        begin += framed_name.start("subject")
        segment = framed_name.group("subject")
    elif (office := _PARTICIPLE_FRAME_THEN_OFFICE.fullmatch(segment)) is not None and is_role(office.group("office")):
        # "However, cataloguing the “lies” the Communications Minister stated …": a participle's
        # frame with no comma after it, then an office as the subject
        begin += office.start("subject")
        segment = office.group("subject")
    bracketed = _BRACKETED_FIRST.match(segment)
    if bracketed is not None:
        # "on Friday (October 25) Cheyenne Mayor Marian Orr said": the date closing the frame
        begin += bracketed.end()
        segment = segment[bracketed.end() :]
    contact = _CONTACT_CLAUSE.fullmatch(segment) if appositive is None else None
    if contact is not None:
        # "a concession the union leader said was made …": a noun, then a clause whose subject speaks
        begin += contact.start("subject")
        segment = contact.group("subject")
    mention = parse_mention(segment, appositive)
    if mention is None:
        return None
    if subordinate_at is not None:
        if mention.name is None and mention.description is None:
            return None  # "… after they conceded the goal": a pronoun there is the clause's, no speaker
        if described_after:
            if mention.description is None and not mention.unnamed:
                return None  # "A row erupted as a leading councillor accused": a role or a document only
        elif that is None and (
            mention.name is None
            or mention.unnamed
            or not all(w[:1].isupper() or w == "&" or _of_the_role(w, mention) for w in segment.split())
        ):
            # after narration, only a name opens a speaking clause ("as Israeli attacks continued"),
            # a role in lower case before it the name's own ("when Green councillor Alison Teal accused")
            return None
        return mention, subordinate_at, Span(begin, begin + len(segment))
    return mention, (boundary.start() if boundary is not None else begin), Span(begin, begin + len(segment))
