"""A cue in a relative clause whose subject is its gap: ``…, which it said was a result of fuel costs``.

``photographs he said proved the claims``, ``suspects it said fled a vehicle``: what the speaker
said is the rest of the clause after the cue, from its verb on; its subject is the noun the clause
hangs on."""

from __future__ import annotations

import re

from claimgraph.extract.candidates import Candidate
from claimgraph.extract.mentions import parse_mention
from claimgraph.extract.records import Span

__all__ = ["relative_report_candidate"]

# The speaker right before the cue: a pronoun or a name of one or two words, after "which"/"that"/
# "who", or right after a noun in lower case ("photographs he said …"). (A description there, "which
# the airline said", is left unread: which body it means is seldom told near it.)
_SPEAKER_BEFORE = re.compile(
    r"(?:(?<![\w’'-])(?:which|that|who|whom)\s+|(?<=[a-z]s\s))"
    r"(?P<speaker>he|she|they|it|we|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:also\s+|later\s+|had\s+|has\s+|have\s+)?$"
)
# What the clause goes on with after the cue: its finite verb, the subject being the gap.
_VERB_AFTER = re.compile(
    r"\s+(?P<verb>was|were|is|are|had|has|have|would|will|could|can|may|might|should|must|did|does|"
    r"(?!(?:said|added|claimed|stated|noted|reported|confirmed)\b)[a-z]{3,}ed)(?![\w’'-])"
)
_REPORTING = frozenset({"say", "claim", "allege", "believe", "report"})
_NOT_SPEAKERS = frozenset({"It", "That", "This", "There", "The", "A", "An"})


def relative_report_candidate(text: str, match: re.Match[str], lemma: str) -> Candidate | None:
    """The statement a cue makes inside a relative clause whose subject is the gap; None when the
    cue stands in no such clause."""
    if lemma not in _REPORTING:
        return None
    verb = _VERB_AFTER.match(text, match.end())
    before = _SPEAKER_BEFORE.search(text, max(0, match.start() - 80), match.start())
    if verb is None or before is None or before.group("speaker") in _NOT_SPEAKERS:
        return None
    mention = parse_mention(before.group("speaker"))
    if mention is None:
        return None
    end = len(text.rstrip().rstrip(".!?”\"’'"))
    return {
        "speaker": mention,
        "cue": match.group("verb"),
        "lemma": lemma,
        "start": verb.start("verb"),
        "end": end,
        "split": before.start("speaker"),
        "where": Span(before.start("speaker"), before.end("speaker")),
    }
