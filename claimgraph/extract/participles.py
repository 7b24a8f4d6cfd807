"""English participle cues: ``..., saying ...`` continues a speaker, or takes the subject of its clause.

- after an attribution, the participle continues its speaker (``X said ...,
  adding that ...``, ``alleging that ...``, ``and urging ...``);
- with a subject of its own (``despite X confirming ...``, ``with officials
  vowing ...``, the latter relayed by the sentence's first speaker);
- with no attribution before it, the subject of its clause speaks (``Democrats
  were outraged by the ruling, saying that ...``, ``The firm issued a statement
  saying ...``).
"""

from __future__ import annotations

import re

from claimgraph.attribution.openers import TIME_ADVERBS, TIME_SUBORDINATORS, alternatives
from claimgraph.extract.after_cue import (
    ANONYMITY_ASKED,
    LISTENER,
    LISTENER_THAT_VERBS,
    MEDIUM,
    TOPIC_NEXT,
    past_listener_and_that,
    past_that,
)
from claimgraph.extract.before_cue import LEADING, strip_trailing
from claimgraph.extract.candidates import Candidate, last_with_speaker
from claimgraph.extract.cue_forms import BIDDEN, CUE, OBJECT_VERBS, cue_lemma, is_speech_verb
from claimgraph.extract.mentions import is_role, parse_mention
from claimgraph.extract.name_words import whole_word_at
from claimgraph.extract.quoted_as import CITED_SOURCE, CITED_THEN_SAYS, cited_sources_speak
from claimgraph.extract.records import Mention, Span
from claimgraph.extract.speakers import is_relay, person_like
from claimgraph.extract.word_regex import last_match

__all__ = ["SUBJECT_VERB", "main_subject", "opening_participle", "participle_candidate", "participle_subject"]

# "..., despite X confirming", "with officials vowing": the participle brings its own subject.
# ("despite", "amid" and "while" set the clause off with no comma too: "vow to strike despite a
# state government declaring …")
_OWN_SUBJECT = re.compile(
    r"(?:,\s*(?P<link>despite|with|as|while|after|amid)|\s+(?:despite|amid|while))\s+(?P<subject>[^,]{1,120}?)\s*$"
)
# A relative clause with a subject of its own, right before a participle: ", which Sheen disputes, ".
_RELATIVE_SUBJECT = re.compile(
    r"[,”\"]\s*(?:which|that)\s+(?P<subject>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\s+"
    r"(?:disputes|disputed|denies|denied|rejects|rejected|contests|contested|refutes|refuted)\s*,\s*$"
)
# "… — an accusation Republicans derided as “completely asinine,” calling …": a reduced relative clause
# on a claim, whose own subject goes on with the participle.
_REDUCED_RELATIVE_SUBJECT = re.compile(
    r"(?:[—–,]|\s-)\s*(?:an?|the)\s+(?:accusation|claim|charge|allegation|assertion|suggestion)\s+"
    r"(?P<subject>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\s+"
    r"(?:derided|dismissed|rejected|denied|disputed|called|described|labelled|labeled|branded)\s+[^.;—–]*?,[”\"]?\s*$"
)
# "..., adding", ", and urging", " and saying": the participle continues the clause before it.
# (an adverb of manner may stand before the participle: "…, simply replying “no”", "…, later adding")
# A quotation may close right after the comma: "… had “lied in public, recorded meetings,” alleging …".
_CONTINUES = re.compile(
    r"(?:,[”\"]?\s*(?:and\s+)?|\s+and\s+)(?:(?:simply|merely|only|also|later|then|again|repeatedly|instead|"
    r"angrily|calmly|quietly|firmly|briefly)\s+)?$"
)
_SPACE_BEFORE = re.compile(r"\s+$")


def participle_candidate(text: str, match: re.Match[str], found: list[Candidate]) -> Candidate | None:
    """The attribution a participle cue (``saying``, ``adding``) makes, given those read before it in the sentence."""
    cue = match.group("verb")
    lemma = cue_lemma(cue)
    if lemma == "cite" and CITED_THEN_SAYS.match(text, match.end()):
        # "…, citing local sources that confirmed …": the sources' words, not the citer's; the
        # citer's own statement ends before them
        main = last_with_speaker(found)
        if main is not None and found[main]["end"] > match.start():
            found[main]["end"] = match.start()
        return None
    if lemma == "cite" and CITED_SOURCE.match(text, match.end()):
        # "..., according to X, citing two Israeli officials": who is cited, not a statement; the
        # cited speak, the one citing them relays.
        cited_sources_speak(text, match, found)
        return None
    if ANONYMITY_ASKED.match(text, match.end()):
        return None  # "…, asking not to be named", "speaking on condition of anonymity": the terms, no statement
    if lemma in ("inform", "notify"):
        listener = LISTENER.match(text, match.end())
        if listener is None or TOPIC_NEXT.match(text, listener.end()):
            return None  # "notifying her about the walkout": whom and what about, no statement
    left = text[: match.start()]
    start = past_that(text, match.end())
    if lemma in OBJECT_VERBS and not text[match.end() :].lstrip().startswith("that "):
        start = match.start()
    if lemma in LISTENER_THAT_VERBS and (addressed := past_listener_and_that(text, match.end())) is not None:
        start = addressed  # "…, warning investors that prices would fall": what they were warned of
    own = _OWN_SUBJECT.search(left)
    if own is not None:
        mention = parse_mention(LEADING.sub("", own.group("subject")))
        if mention is None or (mention.name is None and mention.description is None):
            return None  # (a description is the clause's own subject too: "despite the government declaring")
        main = last_with_speaker(found)
        relayed_by = main if own.group("link") == "with" else None
        return {
            "speaker": mention,
            "cue": cue,
            "lemma": lemma,
            "relayed_by": relayed_by,
            "start": start,
            "end": len(text),
            "split": own.start(),
        }
    relative = _RELATIVE_SUBJECT.search(left) or _REDUCED_RELATIVE_SUBJECT.search(left)
    if relative is not None:
        # "… as a “stoopid Jew pig,” which Sheen disputes, saying that …": the participle goes on with
        # the relative clause's own subject, who disputes what the main clause's speaker said
        mention = parse_mention(relative.group("subject"))
        if mention is not None and mention.name is not None:
            return {
                "speaker": mention,
                "cue": cue,
                "lemma": lemma,
                "start": start,
                "end": len(text),
                "split": relative.start(),
                "where": Span(relative.start("subject"), relative.end("subject")),
            }
    continues = _CONTINUES.search(left)
    if continues is None and cue == "adding" and text.startswith(" that ", match.end()):
        continues = _SPACE_BEFORE.search(left)  # "… misrepresented the issue adding that …": no comma
    if not found:
        return _subject_participle(text, match, lemma, start)
    if continues is None:
        return _sent_words_speak(text, match, found, cue, lemma, start)
    main = last_with_speaker(found)
    if main is None:
        return None
    speaker = found[main]["speaker"]
    if speaker is not None and is_relay(speaker) and found[main]["start"] < continues.start():
        # "Bloomberg said that Coulson downplayed ..., claiming in court ...", "the magazine
        # reported that Ducklo referenced …, accusing her …": the one claiming is the reported
        # clause's subject, as the relay tells it; with no subject read, no guess
        where = found[main].get("where")
        if where is None or where.start > found[main]["start"]:
            return None  # "…, the agency said in a statement, adding that …": the speaker's own, unread
        return _reported_subject_speaks(text, found, main, continues.start(), cue, lemma, start)
    rejected = (
        _REJECTED_WORDS.search(text, found[main]["cue_at"][1], continues.start())
        if lemma in _ACCUSING and found[main]["lemma"] in OBJECT_VERBS
        else None
    )
    if (
        rejected is not None
        and rejected.group("source") is not None
        and not _ACCUSED_PRONOUN.match(text, match.end())  # "denied claims by Y, accusing it of lying": X accuses Y
    ):
        # "The Government has refuted allegations contained in a Human Rights Watch report,
        # accusing …", "dismissed a statement by Tancoo, accusing the police …": the words rejected
        # accuse, not the one rejecting them; their source speaks, when named ("denied the claims,
        # saying they were false" is the one denying)
        return _rejected_words_speak(text, rejected, continues.start(), cue, lemma, start)
    if (
        "," not in continues.group(0)
        and " and " in f" {continues.group(0)} "
        and found[main]["start"] < continues.start()
        and text[: found[main]["start"]].rstrip().endswith(" that")
    ):
        # "Koome pointed out that a man claiming to be the father appeared with a court order
        # stopping the burial and demanding that he …": joined by "and" inside the reported clause,
        # the participle goes on with that clause's subject, not the one reporting it; no guess
        return None
    if (
        speaker is not None
        and found[main]["start"] < continues.start()
        and _names_in_third_person(text[match.end() :], speaker)
    ):
        # "Harrison charged board members had “lied in public,” alleging that Harrison
        # participated …": nobody calls themselves by their surname. A person's reported clause's
        # named subject alleges it, as the person tells it; else no guess. Either way the
        # speaker's own words end where the participle begins.
        relayed = (
            _reported_subject_speaks(text, found, main, continues.start(), cue, lemma, start)
            if speaker.person or person_like(speaker.name or "")
            else None
        )
        if relayed is None:
            found[main]["end"] = min(found[main]["end"], continues.start())
        return relayed
    stance = (
        _STANCE_CLAUSE.search(text, found[main]["start"], continues.start())
        if found[main]["start"] < continues.start()
        else None
    )
    if stance is not None:
        # "Marwat said that …, FIA lawyers had opposed granting bail, saying no bail could be
        # granted …": the participle says how the reported clause's subject opposed; it speaks,
        # as the reporter tells it (no name read: no guess), and the reporter's words end there
        found[main]["end"] = min(found[main]["end"], continues.start())
        subject = parse_mention(stance.group("subject"))
        if subject is None or (subject.name is None and subject.description is None):
            return None
        return {
            "speaker": subject,
            "where": Span(stance.start("subject"), stance.end("subject")),
            "cue": cue,
            "lemma": lemma,
            "relayed_by": main,
            "start": start,
            "end": len(text),
            "split": continues.start(),
        }
    if speaker is not None and found[main]["lemma"] == "according to" and found[main]["start"] < continues.start():
        # "According to Mahfud, Ambassador Gelbard took Maness ..., saying he was not a spy": the
        # reported clause's subject says it, as Mahfud tells it; with no subject read, no guess
        return _reported_subject_speaks(text, found, main, continues.start(), cue, lemma, start)
    return {
        "speaker": None,
        "same_as": main,
        "cue": cue,
        "lemma": lemma,
        "start": start,
        "end": len(text),
        "split": continues.start(),
    }


def _reported_subject_speaks(
    text: str, found: list[Candidate], main: int, split: int, cue: str, lemma: str, start: int
) -> Candidate | None:
    """The participle of a reported clause (``found[main]``'s) is its named subject's, relayed by
    whoever reports it ("According to Mahfud, Gelbard took Maness …, saying …"); None when no name
    opens the clause."""
    named = _NAME_THEN_VERB.match(text, found[main]["start"], split)
    if named is None or (subject := parse_mention(named.group("name"))) is None or subject.name is None:
        return None
    relayed: Candidate = {
        "speaker": subject,
        "where": Span(named.start("name"), named.end("name")),
        "cue": cue,
        "lemma": lemma,
        "relayed_by": main,
        "start": start,
        "end": len(text),
        "split": split,
    }
    return relayed


# Words an object verb rejects, and their source: "allegations contained in a Human Rights Watch
# report", "a “reckless” statement by the general secretary …, Davendranath Tancoo", "Amnesty's claims".
_REJECTED_WORDS = re.compile(
    r"(?<![\w-])(?:allegations?|claims?|accusations?|statements?|reports?|remarks|comments|assertions?)"
    r"(?:\s+(?:contained\s+in|made\s+by|by|from|of|in)\s+(?P<source>[^;:“”\"]{2,160}?))?(?=\s*(?:,|$))"
)
_REPORT_BY = re.compile(r"^(?:a|an|the)\s+(?P<name>[A-Z][^,;:]*?)\s+report$")
# Participles that accuse: after rejected words, the words' own ("…, accusing the police of …").
_ACCUSING = frozenset({"accuse", "allege", "claim", "blame", "charge"})
_ACCUSED_PRONOUN = re.compile(r"\s+(?:him|her|it|them)\b")


def _rejected_words_speak(
    text: str, rejected: re.Match[str], split: int, cue: str, lemma: str, start: int
) -> Candidate | None:
    """The participle after rejected words is theirs: their named source speaks, flagged for review
    (the words are as those rejecting them put it); with no name read, nobody is guessed."""
    segment = text[rejected.start("source") : split].rstrip(" ,")
    # "the general secretary of the … (UNC), Davendranath Tancoo": the name set off last
    named = segment.rsplit(",", 1)[-1].strip()
    by_report = _REPORT_BY.match(named)
    if by_report is not None:
        named = by_report.group("name")  # "a Human Rights Watch report": the organisation's
    mention = parse_mention(LEADING.sub("", named))
    if mention is None or mention.name is None:
        return None
    at = text.find(named, rejected.start("source"))
    return {
        "speaker": mention,
        "where": Span(at, at + len(named)),
        "cue": cue,
        "lemma": lemma,
        "start": start,
        "end": len(text),
        "split": split,
        "review": f"words of {mention.text!r} as those rejecting them put them: check the original",
    }


# Words rejected, then who sent them, right before a participle that says what they say: "is
# disputing a message sent to parents by a Memphis school administrator accusing …".
_SENT_BY = re.compile(
    r"(?<![\w-])(?:a|an|the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}"
    r"(?:message|letter|post|video|tweet|email|e-mail|statement|report|note|leaflet|claims?|allegations?)"
    r"\s+(?:sent|posted|made|published|issued|written|circulated|shared|released)\s+"
    r"(?:[^,;:“”\"]{0,80}?\s+)?by\s+(?P<source>[^,;:“”\"]{2,120}?)\s*$"
)


def _sent_words_speak(
    text: str, match: re.Match[str], found: list[Candidate], cue: str, lemma: str, start: int
) -> Candidate | None:
    """A participle hung on words another speaker rejects, with no comma: the words' sender says it
    ("The sheriff's office is disputing a message sent to parents by a school administrator
    accusing one of their deputies of …": the administrator accuses, not the sheriff's office)."""
    main = last_with_speaker(found)
    if main is None or lemma not in _ACCUSING | {"say", "suggest", "state"}:
        return None
    if found[main]["lemma"] not in OBJECT_VERBS:
        return None
    sent = _SENT_BY.search(text, found[main]["cue_at"][1], match.start())
    if sent is None or sent.end() != match.start():
        return None
    return _rejected_words_speak(text, sent, match.start(), cue, lemma, start)


# The participle's link to the sentence's own clause: "..., saying", "issued a statement saying",
# "by saying".
_PARTICIPLE_LINK = re.compile(
    # "…, giving his players credit and admitting that …": a second participle of the same clause
    r"(?:,\s*[a-z]+ing\s[^,;:.“”\"]{0,120}?\s+and\s+|"
    r",\s*|\s(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:statement|letter|video|post|message|tweet|"
    r"note|release|report|petition|leaflet|motion|complaint|lawsuit)\s+"
    # "launched a petition on change.org accusing …": where it was put out
    r"(?:(?:on|to|in)\s+(?:the\s+|its\s+|their\s+)?[\w.’'-]+\s+)?"
    # when: "issued a statement on Friday evening saying", "… early in the day saying"
    r"(?:(?:(?:late\s+|early\s+)?on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
    r"yesterday)(?:\s+(?:morning|afternoon|evening|night))?\s+|(?:this|last)\s+(?:morning|afternoon|evening|"
    r"night|week)\s+|(?:early|late)\s+in\s+the\s+day\s+|(?:earlier|later|overnight)\s+)?|"
    # "The army could not confirm the toll, while saying …": the same subject, in contrast
    r",\s*while\s+|\sby\s+)$"  # "Guess disappointed Wall Street by saying ...": the subject's means
)
#: A finite verb after its subject: "Democrats were outraged", "The firm issued", "has released", the
#: "did" of "did not comment but said".
SUBJECT_VERB = re.compile(
    r"\s(?:(?:(?:was|were|is|are|has|have|had|been)\s+)*[a-z]+ed|was|were|is|are|has|have|had|did|does"
    # the irregular past tenses news opens with: "X held a press conference, saying …"
    r"|held|made|gave|took|met|spoke|sent|went|came|put|led|left|brought|won|lost|struck|kept|paid|began"
    r"|became|hit|shot|fought|sought|threw|drew|broke|chose|stood|rose|sat|got|ran|spoke|wore|shook"
    r"|bought|sold|built|lost|spent|taught|flew"  # (not one of seeing or hearing: "saw a post saying …")
    # the present of what someone is or does: "Riz Samad owns the home and said …"
    r"|owns|runs|leads|heads|manages|operates|chairs|represents|lives|works|serves|teaches|coaches"
    # the present of meaning to do: "The Police Force intends to demand …, arguing that …"
    r"|intends|plans|wants|hopes|seeks|aims|expects|vows"
    # a modal before the verb: "The army could not confirm the toll, while saying …"
    r"|could|would|should|can|will|may|might|must)(?![\w-])"
)
# An adverbial opening a sentence before its subject: "After the market closed Monday, ".
# Its first word: a conjunction of time, concession or condition, a preposition of circumstance,
# place or time, a time, a connective, or a participle of speech ("Speaking to reporters, ...").
# Only these prepositions: "By", "For", "From" and "With" often open the subject itself (as before).
_OPENING_WORDS = (
    *TIME_SUBORDINATORS,
    *["although", "though", "if", "despite", "following", "in", "on", "at", "during"],
    *TIME_ADVERBS,
    *["last", "this", "meanwhile", "however"],
    *["speaking", "talking", "writing", "asked", "responding", "addressing", "commenting"],
)
# One opening adverbial or more: "However, looking at the way his charges fought …, Sredojevic was
# proud": any participle opens one.
_OPENING_CLAUSE = re.compile(
    rf"(?:(?:{alternatives(_OPENING_WORDS, capitalised=True)})\b|[A-Za-z][a-z]+ing\b)[^,]{{0,200}},\s*"
)
# A clause opened by "that" ("charges that he had abused ..."); not "followed that up".
_THAT_CLAUSE = re.compile(r"\sthat\s+(?:he|she|it|they|we|I|you|the|a|an|his|her|its|their|this|[A-Z])\b")
# Verbs that are saying itself, which "by" may join to the subject's act ("disappointed Wall Street by saying").
_SAYING = frozenset({"say", "tell", "state", "claim", "insist", "argue", "warn", "announce", "declare", "admit"})
# Where a clause begins: a comma (not a number's: "2,500 residents"), or a conjunction introducing it
# ("... after MSF published ...").
_CLAUSE_START = re.compile(
    r"(?:(?<!\d),|,(?!\d))\s*|\s(?:after|when|as|because|while|since|although|though|and|but|that)\s"
)


# "what he termed": a cue in a relative naming the subject's object, not a statement before the participle.
_WHAT_SUBJECT = re.compile(r"(?<![\w-])what\s+(?:he|she|they|it|[A-Z][\w’'-]+)\s+$")


def _subject_participle(text: str, match: re.Match[str], lemma: str, start: int) -> Candidate | None:
    """A participle with no attribution before it takes the subject of its clause: "Democrats
    were outraged by the ruling, saying that ...", "The firm issued a statement saying ..."."""
    subject = participle_subject(text, match, lemma)
    if subject is None:
        return None
    mention, where, split = subject
    return {
        "speaker": mention,
        "cue": match.group("verb"),
        "lemma": lemma,
        "start": start,
        "end": len(text),
        "split": split,
        "where": where,
        "rule": "subject-participle",
    }


def participle_subject(text: str, match: re.Match[str], lemma: str) -> tuple[Mention, Span, int] | None:
    """The subject a participle with no attribution before it in its sentence goes on with ("Ed
    Holder spoke about the rally, saying …"), where it stands, and where the participle's own
    words begin (its link: the comma, "by", the noun it follows); None when no such subject is
    read, or another speech verb stands before it."""
    link = _PARTICIPLE_LINK.search(text, 0, match.start())
    if link is None or any(
        is_speech_verb(text, cue)
        and not _WHAT_SUBJECT.search(text, max(0, cue.start() - 20), cue.start())
        and not BIDDEN.search(text, max(0, cue.start() - 40), cue.start())  # "intends to demand …, arguing"
        for cue in CUE.finditer(text, 0, link.start())
    ):
        return None  # "… what he termed a clarification, explaining …": that cue names what he presented
    if MEDIUM.match(text, match.end()):
        return None  # "…, posting an old video of …": what was posted, not what was said
    if link.group(0).strip() == "by" and (lemma not in _SAYING or _THAT_CLAUSE.search(text, 0, link.start())):
        return None  # "charges that he had abused his power by asking Ukraine to ...": not the subject's words
    if link.group(0).startswith(",") or link.group(0).strip() == "by":
        if link.group(0).startswith(",") and _someone_else_acts_before(text, link.start()):
            return None
        # "Israel resumed its offensive after a ceasefire collapsed, saying ...": the main clause's
        # subject, after an opening adverbial ("After the market closed Monday, Acme issued ...").
        subject = main_subject(text, link.start())
    else:
        # "... after MSF published a report condemning ...": the subject of the noun's own clause.
        clause = last_match(_CLAUSE_START, text[: link.start()])
        subject = _subject_at(text, clause.end() if clause is not None else 0, link.start())
    if subject is None:
        return None
    mention, where = subject
    return mention, where, link.start()


# A subject with a relative clause set off by commas: "President Trump, who was in Japan, raised ...".
_RELATIVE_AFTER_SUBJECT = re.compile(r"[^,]{2,80}?(?P<clause>,\s*(?:who|which)\b[^,]{1,150},)")


# A clause of time or reason inside the sentence, its subject next: "… after an actress filed …".
_SUBORDINATOR = re.compile(r"(?<=\s)(?:after|as|when|because|since|before|while|until|once)\s+(?=\S)")


def _someone_else_acts_before(text: str, end: int) -> bool:
    """Whether a clause of time or reason right before ``end`` has a person of its own as subject:
    "Lawrence was forced to speak out after an actress filed a lawsuit, saying he boasted …" may be
    the actress's words or Lawrence's, so no guess ("… after a ceasefire collapsed, saying" is the
    main subject's: a ceasefire says nothing; nor is "after she ruled" another person for sure)."""
    clause = last_match(_SUBORDINATOR, text[:end])
    if clause is None:
        return False
    subject = _subject_at(text, clause.end(), end)
    if subject is None:
        return False
    mention = subject[0]
    return mention.person and (mention.name is not None or mention.description is not None)


def main_subject(text: str, end: int) -> tuple[Mention, Span] | None:
    """The subject of the sentence's main clause, read before ``end``, after an opening adverbial."""
    begin = 0
    while (opening := _OPENING_CLAUSE.match(text, begin, end)) is not None and opening.end() > begin:
        begin = opening.end()
    joined = _JOINING_OPENER.match(text, begin, end)
    if joined is not None:
        begin = joined.end()  # "But bosses at the plant defended the action, saying …"
    return _subject_at(text, begin, end)


_JOINING_OPENER = re.compile(r"(?:But|And|Yet|So)\s+(?=[a-zA-Z])")


def _subject_at(text: str, begin: int, end: int) -> tuple[Mention, Span] | None:
    """The speaker standing at ``begin`` as the subject of the first finite verb before ``end``."""
    relative = _RELATIVE_AFTER_SUBJECT.match(text, begin, end)
    verb = SUBJECT_VERB.search(text, relative.end() if relative is not None else begin, end)
    if verb is None:
        return None
    subject_end = relative.start("clause") if relative is not None else verb.start()
    subject = strip_trailing(text[begin:subject_end]).strip()
    set_off = _SET_OFF.fullmatch(subject) if "," in subject else None
    if not subject or len(subject.split()) > (14 if set_off is not None else 8):
        return None
    if set_off is not None and _DESCRIBED_AFTER.match(set_off.group("second")):
        # "The Zimbabwe National Teachers Union (ZINATU), one of the teachers’ unions, has reacted …,
        # saying …": the body named, then what it is
        named = parse_mention(set_off.group("first"))
        if named is not None and named.name is not None:
            return named, Span(begin, begin + len(set_off.group("first")))
    if set_off is not None:
        # "Hearts of Oak board member, Dr. Nyaho-Tamakloe, has launched …": a role and a name set off
        # by commas, either way round ("Ann Lee, a board member, has …")
        first, second = set_off.group("first"), set_off.group("second")
        apposed = parse_mention(second, first) if _ends_in_role(first) else None
        if apposed is None and _ends_in_role(second):
            apposed = parse_mention(first, second)
        if apposed is not None and apposed.name is not None:
            return apposed, Span(begin, begin + len(subject))
    mention = parse_mention(subject)
    if mention is None or (mention.name is None and mention.description is None and mention.refers != "person"):
        return None  # a pronoun ("He addressed the cases, stating that ...") is read like "he said"
    return mention, Span(begin, begin + len(subject))


def _ends_in_role(words: str) -> bool:
    """Whether words are a role, or end in one ("Hearts of Oak board member")."""
    printed = words.split()
    return any(is_role(" ".join(printed[-n:])) for n in (len(printed), 2, 1) if 0 < n <= len(printed))


# A subject of two parts set off by commas: a role and a name, either way round.
# What a name set off after it is: "one of the teachers’ unions", "a charity", "the largest union".
_DESCRIBED_AFTER = re.compile(r"(?:one of|a|an|the)\s+[a-z]")
_SET_OFF = re.compile(r"(?P<first>[^,]{2,60}?)\s*,\s*(?P<second>[^,]{2,60}?)\s*,?")
# A name opening a clause, its verb next: "Ambassador Gelbard took ...".
# A reported clause whose subject took a stance by speaking, right before a participle: "(…,) FIA
# lawyers had opposed granting bail to PTI chairman", "the union rejected the offer".
_STANCE_CLAUSE = re.compile(
    r"(?:^|(?<=,\s)|(?<=\sthat\s))(?P<subject>(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4}"
    r"(?:\s+[a-z]+s)?|the\s+[a-z]+s)"
    r"\s+(?:had\s+|have\s+|has\s+)?(?:also\s+)?(?:opposed|objected|rejected|refused|protested|contested|disputed)"
    r"\b[^,;:“”\"]*$"
)
_NAME_THEN_VERB = re.compile(r"\s*(?P<name>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})(?=\s+[a-z])")


# A sentence opening with a speech participle: "Claiming that ...,", "Terming the report baseless,".
_OPENING = re.compile(r"\s*(?P<cue>[A-Z][a-z]+ing)(?:\s+(?:on|upon|for)(?=\s))?(?![\w-])")


# A clause right after an opening participle, its "that" left out: " the hospital’s latest offer
# showed …" (a subject of up to six words, then a finite verb).
_CLAUSE_AFTER_PARTICIPLE = re.compile(
    r"\s+(?:the|a|an|his|her|its|their|this|these|[A-Z][\w’'-]*)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:[a-z]{2,}ed|was|were|is|are|had|has|have|would|will|could|showed|shows|made|did|does|remains|remained)"
    r"(?![\w’'-])"
)


def opening_participle(text: str, found: list[Candidate]) -> Candidate | None:
    """ "Claiming that the report was false, Chaudhri said ...", "Terming the item baseless, the
    spokesperson said “…”": a sentence opening with a speech participle is a statement of the
    speaker who stands right after the clause's last comma, with a cue of their own after them."""
    opening = _OPENING.match(text)
    if opening is None:
        return None
    cue = opening.group("cue")
    probe = cue.lower() + text[opening.end("cue") :]  # the form as the lexicon prints it, in its place
    form = CUE.match(probe)
    if form is None or form.end() != len(cue) or form.group("according") or not is_speech_verb(probe, form):
        return None
    lemma = cue_lemma(cue.lower())
    if lemma in ("cite", "quote"):
        return None  # "Citing hospital officials, the ministry said …": whom it cites, who speak; no statement
    first_comma = text.find(",", opening.end())
    if (
        lemma not in OBJECT_VERBS
        and not text.startswith(" that ", opening.end())
        and _CLAUSE_AFTER_PARTICIPLE.match(text, opening.end(), first_comma if first_comma >= 0 else len(text)) is None
    ):
        # "Responding to the judge", "Concluding his statement": a listener or a topic ("Noting the
        # offer showed …" says a clause of its own, its "that" left out)
        return None
    main = next(
        (
            i
            for i, item in enumerate(found)
            if item["speaker"] is not None
            and "where" in item
            and item["where"].start > opening.end()
            and not item["cue"].endswith("ing")
        ),
        None,
    )
    if main is None:
        return None
    speaker_at = found[main]["where"].start
    comma = text.rfind(",", opening.end(), speaker_at)
    if comma < 0 or text[comma + 1 : speaker_at].strip():
        return None  # the speaker does not open the main clause: the participle is someone else's
    # the main clause's speaker, named again: the opener is read before the statement it shares it with
    return {
        "speaker": found[main]["speaker"],
        "where": found[main]["where"],
        "cue": text[opening.start("cue") : opening.end()],
        "lemma": lemma,
        "start": past_that(text, opening.end()),
        "end": comma,
        "split": 0,
        "cue_at": (opening.start("cue"), opening.end()),
        "relay": None,
        "rule": "opening-participle",
    }


def _names_in_third_person(words: str, speaker: Mention) -> bool:
    """Whether a participle's words name its would-be speaker, a person, by their last name
    ("…, alleging that Harrison participated …" after "Harrison charged …"): a body may speak of
    itself by name ("Hamas said …, adding that Hamas would …"); a person does not."""
    if speaker.name is None or speaker.unnamed or speaker.organisation is not None:
        return False
    surname = speaker.name.split()[-1]
    if not surname[:1].isupper() or not (speaker.person or person_like(speaker.name) or " " not in speaker.name):
        return False
    return next(whole_word_at(words, surname, 0, len(words)), None) is not None
