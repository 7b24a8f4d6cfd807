"""Quoted, cited and passive sources in English: the one quoted or telling speaks, the one quoting relays.

``MENA quoted an Egyptian official source as saying ...``, ``Smith was quoted
by the Post as saying ...``, ``..., citing two Israeli officials``: the statement
is drafted under the source quoted or cited, with the medium that quotes it as
the relay. The passive's agent speaks too (``The jury was told by counsel Ian
Lawrie that ...``), and a passive with none is unnamed reports (``It was
reported that ...``).
"""

from __future__ import annotations

import re

from claimgraph.extract.after_cue import ADVERBIAL, past_that
from claimgraph.extract.before_cue import speaker_before
from claimgraph.extract.candidates import Candidate, last_with_speaker
from claimgraph.extract.cue_forms import CUE, cue_lemma
from claimgraph.extract.mentions import is_role, parse_mention
from claimgraph.extract.records import Mention, Span

__all__ = [
    "CITED_AS",
    "CITED_SOURCE",
    "CITED_THEN_SAYS",
    "cited_sources_speak",
    "impersonal_candidate",
    "quoted_as_candidate",
    "told_by_candidate",
]

# "quoted X (, a role,) as " right before "saying": X speaks.
_QUOTED = re.compile(
    r"(?<![\w-])(?:quoted|cited)\s+(?P<speaker>[^;:“”\",]{2,150}?)(?:,\s*who\b[^,]*,|,\s*(?P<role>[^,;:“”\"]{2,120}),)?\s+as\s+$"
)
_SUBJECT_FORM = {"him": "he", "her": "she", "them": "they", "us": "we"}
_ANONYMITY = re.compile(r"\s*,?\s*(?:on|under) (?:the )?condition of anonymity,?\s*")

#: "cited analyst X as claiming": what follows the cue names who is cited; X's statement is
#: read at "claiming".
CITED_AS = re.compile(r"\s+[^,.;:“”\"]{2,150}?\s+as\s+(?:saying|claiming|telling|adding)(?![\w-])")


def quoted_as_candidate(text: str, match: re.Match[str]) -> Candidate | None:
    """ "MENA quoted an Egyptian official source as saying ...": the source speaks, MENA relays."""
    quoted = _QUOTED.search(text, max(0, match.start() - 200), match.start())
    if quoted is None or quoted.group("speaker").startswith("by "):
        return _quoted_passive(text, match)
    quoted_one = quoted.group("speaker")
    # "quoted him as denying …": the one quoted as the subject of his own words ("he")
    quoted_one = _SUBJECT_FORM.get(quoted_one, quoted_one)
    mention = parse_mention(quoted_one, quoted.group("role") if is_role(quoted.group("role") or "") else None)
    relay = speaker_before(text, quoted.start())
    if mention is None:
        return None
    where = Span(quoted.start("speaker"), quoted.end("speaker"))
    start = past_that(text, match.end())
    while (adverbial := ADVERBIAL.match(text, start)) is not None and adverbial.end() > start:
        start = past_that(text, adverbial.end())  # "as saying on condition of anonymity"
    condition = _ANONYMITY.match(text, start)
    if condition is not None:
        start = past_that(text, condition.end())
    relay_name = relay[0].text if relay is not None and relay[0].name is not None else None
    split = quoted.start() if relay is None else relay[1]
    cue = f"{quoted.group(0).split()[0]} ... as {match.group(0)}"  # "quoted ... as saying", "cited ... as claiming"
    return _quoted_candidate(text, mention, cue, start, split, where, relay_name)


def _quoted_candidate(
    text: str, mention: Mention, cue: str, start: int, split: int, where: Span, relay: str | None
) -> Candidate:
    """A "quoted as saying" attribution: the content runs from ``start`` to the sentence's end."""
    return {
        "speaker": mention,
        "cue": cue,
        "lemma": "say",
        "start": start,
        "end": len(text),
        "split": split,
        "where": where,
        "relay": relay,
        "rule": "quoted-as-saying",
    }


# "The jury was told by junior counsel Ian Lawrie that ...": the agent after "by", then "that" or a colon.
_TOLD_BY = re.compile(
    r"\s+(?:(?:yesterday|today|earlier|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?by\s+"
    r"(?P<agent>[^,;:“”\"]{2,120}?)\s*,?\s*(?:that\s+|:\s*)"
)


def told_by_candidate(text: str, match: re.Match[str]) -> Candidate | None:
    """ "The jury was told by prosecutor Ian Lawrie that ...": the one telling speaks (a passive
    "told" with no agent names nobody, and is no statement)."""
    agent = _TOLD_BY.match(text, match.end())
    if agent is None:
        return None
    mention = parse_mention(agent.group("agent"))
    if mention is None or (mention.name is None and mention.description is None):
        return None
    return {
        "speaker": mention,
        "cue": f"{match.group(0)} by",
        "lemma": "tell",
        "start": agent.end(),
        "end": len(text),
        "split": match.start(),
        "where": Span(agent.start("agent"), agent.end("agent")),
        "rule": "told-by",
    }


# "It was reported that ...", "It has been alleged that ...": reports the text does not name.
_IMPERSONAL = re.compile(r"(?:^|(?<=[,;:]\s))[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+$")
_IMPERSONAL_CUES = frozenset({"reported", "claimed", "alleged", "rumoured", "rumored"})


def impersonal_candidate(text: str, match: re.Match[str]) -> Candidate | None:
    """ "It was reported that the clinic published a circular": a statement of reports the text does
    not name, drafted as such (an unnamed source, for the audit to weigh); "it is said that" and
    "it is understood that" are left alone (the writer's own knowledge, as often as anyone's)."""
    if match.group(0) not in _IMPERSONAL_CUES or not text.startswith(" that ", match.end()):
        return None
    impersonal = _IMPERSONAL.search(text, max(0, match.start() - 20), match.start())
    mention = parse_mention("reports")
    if impersonal is None or mention is None:
        return None
    return {
        "speaker": mention,
        "cue": text[impersonal.start() : match.end()],
        "lemma": cue_lemma(match.group(0)),
        "start": match.end() + len(" that "),
        "end": len(text),
        "split": impersonal.start(),
        "where": Span(impersonal.start(), match.end()),
        "rule": "impersonal-passive",
        "review": "unnamed reports: the text does not say whose",
    }


# "Smith was quoted as saying", "Smith was quoted by the Post as saying", "..., who was quoted ..."
_QUOTED_PASSIVE = re.compile(
    r"\s+(?:was|were|is|has been|had been)\s+quoted(?:\s+by\s+(?P<relay>[^,;:“”\"]{2,80}?))?\s+as\s+$"
)


def _quoted_passive(text: str, match: re.Match[str]) -> Candidate | None:
    """ "Smith was quoted by the Post as saying ...": Smith speaks, the Post (if named) relays."""
    passive = _QUOTED_PASSIVE.search(text, max(0, match.start() - 200), match.start())
    if passive is None:
        return None
    subject = speaker_before(text, passive.start() + 1)
    if subject is None:
        return None
    mention, split, where = subject
    relay = passive.group("relay").removeprefix("the ").strip() if passive.group("relay") else None
    return _quoted_candidate(text, mention, "quoted as saying", past_that(text, match.end()), split, where, relay)


# The source a participle cites, up to what follows it: "citing two officials and another source".
_CITED_PHRASE = re.compile(r"\s+([^,;:.]{2,80}?)(?=\s+(?:and|with|who|familiar|close)\b|[,;:.]|$)")


def cited_sources_speak(text: str, match: re.Match[str], found: list[Candidate]) -> None:
    """Make the sources a participle cites the speakers of the statement before it, relayed."""
    main = last_with_speaker(found)
    if main is None:
        return
    phrase = _CITED_PHRASE.match(text, match.end())
    cited = parse_mention(phrase.group(1)) if phrase is not None else None
    speaker = found[main]["speaker"]
    if cited is None or cited.name is None or speaker is None:
        return
    at = phrase.start(1) if phrase is not None else match.end()
    found[main]["relay"] = found[main].get("relay") or speaker.text
    found[main]["speaker"] = cited
    found[main]["where"] = Span(at, at + len(cited.text))
    if found[main]["end"] > match.start():
        found[main]["end"] = match.start()


#: What is cited, then "that", "which" or "who" and its own speech verb: "cited a magazine report
#: that said", "citing local sources that confirmed": what follows is theirs, not the citer's.
CITED_THEN_SAYS = re.compile(rf"\s+[^,.;:“”\"]{{2,120}}?\s+(?:that|which|who)\s+(?:{CUE.pattern})")

#: A source cited, not a reason given: "citing two Israeli officials", "citing Reuters", "citing a
#: local rickshawpuller who knows the family" (a "who" after the noun makes it a person).
CITED_SOURCE = re.compile(
    r"\s+(?:[A-Z]|(?:(?:two|three|four|several|unnamed|anonymous|senior|an?|the|its|his|her|their)\s+)"
    r"(?:(?:[\w-]+\s+){0,3}?(?:officials?|sources?|people|diplomats|witnesses|reports?|documents?|statement)\b"
    r"|(?:[a-z][\w-]*\s+){1,3}who\s))"
)
