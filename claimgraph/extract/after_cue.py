"""What may follow an English speech cue and is not what was said: listeners, times, places, media.

``told reporters on Thursday that ...``, ``said in a statement ...``, ``posted a
video ...``, ``responded to Khairudin``: the sentence patterns step over these
to reach the reported content, or conclude that nothing was said after the cue
(the statement stood before it, or there is none).
"""

from __future__ import annotations

import re

from claimgraph.attribution.openers import CIRCUMSTANCES, PREPOSITIONS, alternatives

__all__ = [
    "ADJUNCT",
    "ADJUNCT_START",
    "ADJUNCT_THEN_THAT",
    "ADVERBIAL",
    "LISTENER",
    "LISTENER_THAT_VERBS",
    "MEDIUM",
    "NAMED_LISTENER_THAT",
    "SAID_AFTER_LISTENER",
    "THAT_NEXT",
    "TIME_THEN_CLAUSE",
    "TOPIC_NEXT",
    "TO_LISTENER",
    "past_listener_and_that",
    "past_that",
]

# How and when a statement was put out: "(in a statement) released here on Monday", "posted on Facebook".
_PUT_OUT = (
    r"(?:\s+(?:issued|released|posted|published|sent|shared)"
    r"(?:\s+(?:on|in|to|via|by|at|through|from)\s+(?:(?:the|its|his|her|their)\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*)*"
    r"|\s+(?:here|there|late|early|later|earlier|yesterday|today|last\s+(?:week|night|month)"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?))*)?"
)
#: A time or a venue right after a cue: "said on Monday", "said in a statement".
ADVERBIAL = re.compile(
    r"\s*,?\s*(?:(?:late |early |earlier |later )?on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?: (?:morning|afternoon|evening|night))?|today|yesterday|(?:last|this) (?:week|month)|"
    # "said Monday the talks had failed", as US copy prints the day, with the statement after it (not
    # "said Monday's vote …", "said Friday was the deadline", "said Thursday, while …")
    r"(?:late |early )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:morning|afternoon|evening|night))?"
    r"(?=\s+[^\s,.;:])(?!\s+(?:was|is|will|would|had|has|could|should|might|must|marks|marked|remains)\b)|"
    r"on (?:Twitter|Facebook|Instagram|Telegram|TikTok|YouTube|LinkedIn|X|social media|television|TV|radio)\b|"
    r"on \w+ \d{1,2}|earlier|later|"
    r"in a (?:statement|press conference|press release|televised address|post|interview)"
    r"(?: on [A-Z]\w+)?" + _PUT_OUT + r"|in remarks)\s*,?"
)
#: Who was told, after "told": a name, "reporters", "a press conference", "the committee".
LISTENER = re.compile(
    # a site named by its address: "told civilsociety.co.uk he had concerns", "told TMZ.com"
    r"\s+(?P<listener>[A-Za-z][\w\-]*(?:\.[A-Za-z][\w\-]*)*\.(?:com|org|net|co\.uk|com\.au|co\.nz|co\.za|ie|ca|in|ng|"
    r"tv|news|info|eu)(?![\w.])|"
    # (a title's abbreviation first: "told Cllr. Moran that", "told Mr. Smith")
    r"(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr|Prof|Cllr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Det|Insp|Supt|Rev|Hon|Fr)\.\s+)?"
    r"[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|of|\d{1,3}(?![\d,.]\d)))*|"
    r"(?:reporters|journalists|the press|a press conference|a news conference|"
    r"local media|state media|[a-z]+ media|media|(?:[a-z]+\s+)?(?:television|TV|radio)|"
    r"lawmakers|legislators|donors|supporters|delegates|investors|analysts|"
    r"jurors|colleagues|staff|employees|workers|followers|viewers|listeners|readers|fans|voters|members|MPs|MSPs|"
    r"MSs|senators|councillors|councilors|peers|shareholders|parents|investigators|detectives|police|officers|"
    r"prosecutors|judges|magistrates|doctors|residents|students|visitors|guests|inspectors|officials|auditors|"
    r"regulators|lawyers|nurses|teachers|"
    r"(?:the|a|an|his|her|their|its|this|our)\s+(?:[\w’'-]+\s+){0,3}?(?:jury|court|judge|committee|hearing|briefing|"
    r"inquest|coroner|magistrates?|sheriff|senate|congress|commission|board|"
    r"conference|meeting|audience|crowd|rally|summit|parliament|assembly|council|forum|session|panel|inquiry|"
    r"tribunal|programme|program|newspaper|paper|broadcaster|station|channel|agency|magazine|website|podcast|"
    r"show|press|lawmakers|donors|supporters|members|delegates|investors|students|residents|publication|outlet|"
    r"reporter|correspondent|writer|journalist|union|company|club|government|family|families|minister|ministry|"
    r"mayor|governor|president|premier|owner|owners|officials|officers|investigators|inspectors)|"
    # anyone told before a clause opening with a pronoun: "told the union it needed to provide …"
    # (or with a possessive: "notified the nurses their benefits would end")
    r"(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*"
    r"(?=\s+(?:it|he|she|they|we|I|their|his|her|its|our)\s+[a-z])|"
    # a role and a name before "that": "told coroner Professor Paul Marks that", "told trial judge
    # Jessie Lesiit that"
    r"(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*(?:\s+[A-Z][\w’'.\-]*){1,4}(?=\s+that\s)|"
    # a crowd counted, and where: "told hundreds of party faithful at the state GOP convention that"
    r"(?:hundreds|thousands|dozens|scores|millions)\s+of\s+[^.,;:“”\"]{1,80}?(?=\s+that\s)|"
    # anyone told before "that": "told the sheriff that", "told a vendor at the courthouse that",
    # "told a gathering in Mazar-i-Sharif that"
    r"(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,4}?[A-Za-z][\w’'-]*(?=\s+that\s)|"
    # a pronoun before "that" or a clause's subject: "told them there was another victim", "told him that"
    r"(?:him|her|them)(?=\s+(?:that|it|he|she|they|we|I|there)\s)|"
    # the writer told, before "that" or a clause: "told me the talks had failed", "told us that"
    r"(?:me|us)(?=\s+(?:that|it|he|she|they|we|I|there)\s|\s+(?:the|a|an|his|her|their|its)\s+[\w’'-]+\s+"
    r"(?:was|were|is|are|had|has|have|would|will|could|did)\b)|"
    # people told, with no article, before "that": "told interested analysts and investors that"
    # ("it tells you that …" tells no one in particular)
    r"(?!(?:you|it|this|what|us|me|him|her|them|one|people|everyone|anyone|nobody)\s)"
    r"[a-z][\w’'-]*(?:\s+(?:and\s+)?[a-z][\w’'-]*){0,3}(?=\s+that\s)))(?![\w-])"
)


#: The topic after "informed"/"notified" and its listener: "of the change", "about the walkout".
TOPIC_NEXT = re.compile(r"\s+(?:of|about|on|regarding|concerning)\s")


#: Cues after which "to" introduces a listener ("said to reporters") or the promise itself
#: ("pledged to continue"); after any other cue "to" is an infinitive ("agreed to talks").
TO_LISTENER = frozenset(
    {
        "say",
        "tell",
        "explain",
        "report",
        "write",
        "reply",
        "respond",
        "appeal",
        "announce",
        "complain",
        "post",
        "tweet",
        "declare",
        "mention",
        "describe",
        "confirm",
        "deny",
        "insist",
        "admit",
        "warn",
        # Commissives: what follows "to" is the promise or threat itself ("pledged to continue").
        "pledge",
        "vow",
        "promise",
        "threaten",
        "swear",
    }
)
# A preposition that opens a quantity, not an adjunct: "said at least 10 people died", "over 10 people".
_QUANTITY = (
    r"\s+(?:least|most|half|\d|a\s+(?:dozen|score|hundred|thousand|million|billion)\b|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|thousands|millions)\b)"
)
_NOT_A_QUANTITY = rf"(?!{_QUANTITY})"
#: The terms of speaking after "asked", "requesting", "speaking": "asked not to be named", "requesting
#: anonymity", "speaking on condition of anonymity"; no statement.
ANONYMITY_ASKED = re.compile(
    r"\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|(?:for\s+)?anonymity|that\s+(?:his|her|their)\s+names?\s+"
    r"(?:not\s+be|be\s+withheld)|on\s+(?:the\s+)?condition\s+(?:of|that)\b)\b"
)
#: Adjuncts ending the sentence after a cue: "said in Manila", "told reporters on Thursday afternoon".
ADJUNCT = re.compile(
    r"\s*,?\s*(?:(?:on|in|at|during|after|before|via|from|to|late|early|earlier|later|under|amid|with|"
    r"without|through|by|over|ahead of|outside|inside|near|following|throughout)"
    + _NOT_A_QUANTITY
    + r"(?:\s+(?!(?:it|he|she|they|we|I|you|there|that|was|were|is|are|would|will|had|"
    r"has|could)\b)[\w’'-]+){1,7}?"
    # "last week", "this morning": a time ("denied this accusation" is what was denied); "said this
    # yesterday before the court" points back to what was said before
    r"|(?:last|this)\s+(?:week|month|year|weekend|morning|afternoon|evening|night|time|season|spring|summer|"
    r"autumn|fall|winter|quarter|yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:\s+[\w’'-]+){0,7}?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today)"
    # (a colon ends it too: "said after the game:" introduces the quote below, says nothing itself)
    r"(?=\s*(?:$|[.;:]\s*[”\"’]?\s*$))"
)


#: What follows a cue when it is an adjunct or a clause of time or manner, not what was said.
#: Of the prepositions, "by", "for" and "with" are left out: after a cue they open what was said as
#: often as not ("said for years that", "warned with a letter that"; as they always were).
ADJUNCT_START = re.compile(
    # ("as far as she was aware there were …", "as many as 40 people died": what was said, its own frame)
    r"(?!as\s+(?:far|long|many|much|few|little|soon|recently|late|early)\s+as\b)"
    # ("at least 10 people died", "under half the staff": a quantity, what was said)
    rf"(?!(?:at|over|under){_QUANTITY})"
    "(?:"
    + alternatives(
        (
            *(w for w in PREPOSITIONS if w not in ("by", "for", "with")),
            "via",
            "under",
            *CIRCUMSTANCES,
            "as",
            "even as",
            "adjacent to",
            "as quoted by",
            "taking",
            "referring to",
        )
    )
    + r")(?![\w-])"
)


#: A time after the cue, then a comma: what follows is about when, not what was said.
TIME_THEN_CLAUSE = re.compile(
    r"\s*(?:(?:on|late|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|"
    r"yesterday|today|tonight|last\s+\w+|this\s+\w+)\s*,\s+(?:a|an|the|after|before|when|as|while|during|just)\b"
)


#: A prepositional phrase between the cue and "that": "said in a brief post on X that".
ADJUNCT_THEN_THAT = re.compile(
    r"\s*,?\s*(?:in|on|at|during|via|through|to|after|before|over)\s[^,;:“”\"]{1,80}?\sthat\s"
    # "said early Thursday that", "said last week that", "said yesterday that"
    r"|\s*(?:(?:early|late|earlier|later|last|this)\s+[\w’'-]+|yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+that\s"
    r"|\s*,\s*(?:following|after|before|during|in|on|at|citing|referring to)\s[^,;:“”\"]{1,100}?,\s*that\s"
)


_THAT = re.compile(r"\s*(?:that\s+)?")


def past_that(text: str, at: int) -> int:
    """The offset past the spaces and the "that" at ``at``, if any (the pattern matches even nothing)."""
    match = _THAT.match(text, at)
    return match.end() if match is not None else at


#: After "responded to X": that, a colon or a quote must follow for anything to have been said.
SAID_AFTER_LISTENER = re.compile(r"\s+to\s+[^,;:“”\"]{1,80}?(?:\s+that\s|\s*:|(?<!\bas)(?<!\bas )\s*[,]?\s*[“\"])")
#: A named listener between a cue and "that": "promised Amnesty International that ...".
NAMED_LISTENER_THAT = re.compile(r"\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,4}\s+that\s")
#: Cues that name whom they address before "that", as "told" does: "reminded the diplomats that",
#: "assured residents that", "warned investors that".
LISTENER_THAT_VERBS = frozenset(
    {"remind", "advise", "assure", "reassure", "warn", "caution", "promise", "convince", "persuade"}
)
_THAT_AFTER_LISTENER = re.compile(r"\s+that\s")


def past_listener_and_that(text: str, at: int) -> int | None:
    """The offset past whom a cue addresses and the "that" after them ("reminded the diplomats
    that …"); None when no listener and "that" follow ``at``."""
    listener = LISTENER.match(text, at)
    that = _THAT_AFTER_LISTENER.match(text, listener.end()) if listener is not None else None
    return that.end() if that is not None else None


#: The thing a cue put out, not its content: "posted a statement on her site", "wrote a letter".
MEDIUM = re.compile(
    r"\s*(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|video|message|letter|tweet|post|photo|"
    r"picture|image|link|note|clip|update)(?![\w-])"
)

#: "that" right after a cue, perhaps after a short place: "said on Sunday that", "said that".
THAT_NEXT = re.compile(r"\s+(?:(?:on|in|at)\s+[\w’'-]+\s+)?that\s")
