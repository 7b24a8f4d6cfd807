"""Words that open a clause, an adjunct or a turn in English, and so are never a speaker.

News sets much before a speaker and its cue: "When asked, Moore said", "In a
video, the minister said", "But the army said", "For its part, Hamas said",
"Before the meeting the PM said". The extractor's patterns set these words
aside, each pattern in the place it reads (a sentence's subject, the words
before a cue, what follows a cue); this is the one vocabulary they are built
from. Each pattern takes the groups it needs; where it leaves out a word of a
group or adds one of its own, it names the difference and says why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "CIRCUMSTANCES",
    "CONNECTIVES",
    "MORE_PREPOSITIONS",
    "PREPOSITIONS",
    "SUBORDINATORS",
    "TIME_ADVERBS",
    "TIME_SUBORDINATORS",
    "TURN_PHRASES",
    "alternatives",
]

#: Prepositions that open an adjunct of place, time or means: "In a video", "From Canberra",
#: "During the briefing", "With the vote over".
PREPOSITIONS = ("at", "by", "during", "for", "from", "in", "on", "with")
#: Further prepositions of route and position, rarer before a speaker: "Via Telegram", "Under pressure".
MORE_PREPOSITIONS = ("into", "over", "through", "under", "via")
#: Conjunctions of time that open a sentence's frame: "After the vote, ...", "As talks resumed, ...".
TIME_SUBORDINATORS = ("after", "as", "before", "since", "when", "while")
#: How long before or after, said before "after" or "before": "Hours after the union announced …".
TIME_SPANS = ("hours", "days", "weeks", "months", "minutes", "moments", "years", "shortly", "soon", "just")
#: Every conjunction opening a subordinate clause: of time, cause, concession, condition, place.
SUBORDINATORS = (
    *TIME_SUBORDINATORS,
    "although",
    "because",
    "if",
    "once",
    "though",
    "unless",
    "until",
    "where",
    "whereas",
)
#: Prepositions of circumstance: "despite the ban", "following the vote", "amid protests".
CIRCUMSTANCES = ("amid", "despite", "following")
#: Connectives that open a sentence and link it to the one before: "But", "Meanwhile", "However".
CONNECTIVES = ("and", "but", "however", "meanwhile", "so", "yet")
#: Adverbs of time that open a sentence: "Earlier, ...", "Later the ministry said", "Since then, ...".
TIME_ADVERBS = (
    *("earlier", "later", "since then", "until then", "by then", "so far", "to date", "at the time"),
    *("at this point", "at that point", "at one point", "at this stage", "at the same time", "in the meantime"),
)
#: Phrases that frame a speaker's turn in a debate: "For its part, Hamas said", "In response, ...".
TURN_PHRASES = (
    "by contrast",
    "for her part",
    "for his part",
    "for its part",
    "for their part",
    "in contrast",
    "in response",
)


def alternatives(words: Iterable[str], *, capitalised: bool = False) -> str:
    """The words as the branches of a regular expression (a string to put in a group).

    Longest first, so a phrase is tried before a word it begins with; each
    escaped. ``capitalised`` gives each its first letter in upper case, as a
    sentence's first word is printed ("When", "Ahead of").
    """
    forms = {word[:1].upper() + word[1:] if capitalised else word for word in words}
    return "|".join(re.escape(form) for form in sorted(forms, key=lambda form: (-len(form), form)))
