"""English cues with the speaker after them: ``..., said the minister.``, ``..., on Monday asserted X``."""

from __future__ import annotations

import re

from claimgraph.extract.candidates import Candidate
from claimgraph.extract.cue_forms import CUE, OBJECT_VERBS, is_finite_cue
from claimgraph.extract.mentions import (
    COLLECTIVES,
    GROUPS_WITHOUT_ARTICLE,
    JOINED_ARTICLE,
    PERSON_ROLES,
    RANK_PREFIX,
    parse_mention,
)
from claimgraph.extract.records import Span
from claimgraph.extract.word_regex import alternation

__all__ = ["inverted_candidate"]

# "..., said Akar.", "..., on Monday asserted the National Bank of Romania's governor Mugur
# Isarescu at a conference, adding ...": the cue after the statement, the speaker after the cue.
_BEFORE_INVERTED = re.compile(
    r",\s*(?:(?:late |early )?on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|yesterday\s+|today\s+)?$"
)
# Where a speaker after an inverted cue ends: at a mark, the sentence's end, or a word of when or where.
_SPEAKER_ENDS = (
    r"\s*(?=[,.;:]|\s+(?:on|in|at|after|during|as|when|while|before|from|via|to|adding|saying|noting|who|"
    r"afterwards?|later|earlier|yesterday|today|tonight|recently|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|$)"
)
_ROLES = "|".join(re.escape(role) for role in sorted(PERSON_ROLES, key=len, reverse=True))
_INVERTED_SPEAKER = re.compile(
    # "said country representative of the Japan External Trade Organisation (JETRO) Yuji Ando": a
    # role in lower case may open the speaker, its name to follow
    rf"\s+(?P<speaker>(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w’'\-]*\s+){{0,3}}?(?:{_ROLES})\s+(?:(?:of|for|at)\s+(?:the\s+)?)?)?"
    # ("the al-Qassam Brigades": an Arabic article joined to the name opens it, lower case)
    rf"{RANK_PREFIX}*(?:{JOINED_ARTICLE})?[A-Z][^,.;:“”\"()]{{0,100}}?"
    r"(?:\s+\([A-Z]{2,6}\)(?:[’']s)?(?:\s+[^,.;:“”\"()]{1,60}?)?)?)" + _SPEAKER_ENDS
)


# "..., said the ministry.", "..., said a spokesman for the army.", "..., said police.": a speaker
# described in lower case (what it describes is read by :func:`parse_mention`).
_INVERTED_DESCRIPTION = re.compile(
    # ("said the 45-year-old"; "said officials", "said union officials": a group with no article)
    r"\s+(?P<speaker>(?:the|a|an)\s+[a-z0-9][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,5}|"
    rf"(?:(?!(?:to|by|for|on|in|at|of|with|from|and|or|as|than)\s)[a-z][\w’'\-]*\s+){{0,2}}"
    rf"(?:{alternation(sorted(COLLECTIVES | GROUPS_WITHOUT_ARTICLE))}))" + _SPEAKER_ENDS
)


def inverted_candidate(text: str, match: re.Match[str], lemma: str) -> Candidate | None:
    """A cue after its statement with the speaker after the cue ("..., said the minister.")."""
    before = _BEFORE_INVERTED.search(text, 0, match.start())
    if before is None or before.start() == 0 or lemma in OBJECT_VERBS or lemma == "tell":
        return None  # "X, a member of ..., told Sky News": what follows "told" is the listener
    if any(is_finite_cue(text, inner) for inner in CUE.finditer(text, 0, before.start())):
        return None  # "The station reported ..., said Wang": the statement has a speaker of its own
    speaker = _INVERTED_SPEAKER.match(text, match.end()) or _INVERTED_DESCRIPTION.match(text, match.end())
    if speaker is None:
        return None
    words = speaker.group("speaker")
    mention = parse_mention(words)
    if mention is None or (mention.name is None and mention.description is None):
        return None  # "..., said he": a pronoun after its cue is rare and ambiguous in news prose
    if (
        match.group("verb") == lemma
        and mention.name is not None
        and not mention.plural
        and words.split()[-1][:1].isupper()
    ):
        # "Peter Obi, Lasun Yusuff, reply Tinubu": a base form agrees with the names before it, and
        # the one after is its object; after its statement it speaks only for many ("…, say police")
        return None
    split = before.start()
    if not any(c.isalnum() for c in text[:split]):
        return None
    return {
        "speaker": mention,
        "cue": match.group("verb"),
        "lemma": lemma,
        "start": 0,
        "end": split,
        "split": split,
        "where": Span(speaker.start("speaker"), speaker.end("speaker")),
        "rule": "statement-cue-speaker",
    }
