"""A cue in a relative clause: ``Police arrested Jones, who said he had done nothing wrong``.

News often brings a party in as the object of the narration and lets them speak in a
relative clause hung on their name: "… quoting PKR deputy president Rafizi Ramli, who
claimed that …", "“…,” says Boy B, who added that …". The one speaking is the clause's
antecedent, the name right before ", who"; a document's clause needs no comma ("CNN
cited a magazine report that said that …").

Only an antecedent inside the sentence is read: a sentence's subject with a relative
clause ("Jones, who said he was innocent, was released") goes on past the clause, so
where its statement ends is not known; that shape stays the other patterns'
("officials, who spoke on condition of anonymity, said").
"""

from __future__ import annotations

import re

from claimgraph.extract.cue_forms import CUE
from claimgraph.extract.mentions import PERSON_ROLES, parse_mention
from claimgraph.extract.name_words import word_set
from claimgraph.extract.records import Mention, Span

__all__ = ["DOCUMENT_NOUNS", "document_clause", "relative_speaker"]

# ", who", ", who also", ", who had earlier" right before the cue.
_WHO = re.compile(
    r",\s+who\s+(?:(?:also|further|later|then|earlier|previously|once|repeatedly|has|had|have|reportedly)\s+)*$"
)
# A document named right before "that" or "which" and the cue: "a magazine report that said",
# "a statement which claimed". Only documents: after other nouns "that" may open their content.
DOCUMENT_NOUNS = (
    "report|study|statement|letter|document|memo|survey|poll|article|story|post|tweet|email|filing|complaint|"
    "lawsuit|suit|indictment|affidavit|petition|warrant|ruling|judgment|review|audit|leaflet|release|readout|"
    "communique|dossier|paper"
)
# Without a determiner only plurals and the words for data are documents: "mentioned statistics that
# claim …", "cited reports which say …"; a bare singular is rarely one ("story that says" is a clause).
_DATA_NOUNS = "statistics|data|figures|research|findings|estimates|numbers|records"
_DOCUMENT_THAT = re.compile(
    # "a magazine report", "a Kurdistan Regional Government (KRG) statement"
    r"(?<![\w’'\-])(?P<document>(?:a|an|the|its|his|her|their|[A-Z][\w’'.\-]*[’']s)\s+"
    r"(?:(?:[a-z][\w’'\-]*|[A-Z][\w’'.\-]*|\([A-Z]{2,6}\))\s+){0,5}?"
    rf"(?:{DOCUMENT_NOUNS}|{_DATA_NOUNS})s?|(?P<bare>(?:{DOCUMENT_NOUNS})s|{_DATA_NOUNS}))"
    r"\s+(?:that|which)\s+(?:(?:also|had|has|have)\s+)?$"
)
# A document someone issued, then "in which" and a pronoun before the cue: "Daniel Kinahan issued a
# statement in which he denied …", "a statement issued by Daniel Kinahan to a journalist in which he
# denied …". The pronoun is the issuer.
_ISSUER = (
    r"(?:[A-Z][\w’'.\-]*(?:\s+(?:(?:al|bin|de|van|von|of|the)\s+)?[A-Z][\w’'.\-]*){0,5}"
    r"|(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w’'\-]*\s+){0,2}[a-z][\w’'\-]*)"  # "the ministry"
)
_ISSUED = r"(?:issued|released|published|sent|posted|put\s+out)"
_IN_WHICH = re.compile(
    rf"(?:(?P<issuer>{_ISSUER})\s+(?:has\s+|had\s+)?{_ISSUED}\s+(?:a|an|the|his|her|its|their)\s+"
    rf"(?:[a-z][\w’'\-]*\s+){{0,2}}?(?:{DOCUMENT_NOUNS})"
    rf"|(?:a|an|the)\s+(?:[a-z][\w’'\-]*\s+){{0,2}}?(?:{DOCUMENT_NOUNS})\s+{_ISSUED}\s+by\s+(?P<by>{_ISSUER}))"
    r"(?P<rest>[^.;:“”\"]{0,120}?)\s+in\s+which\s+(?:he|she|it|they)\s+(?:also\s+)?$"
)
# What the document and the issued patterns end in, right before the cue, and how far back it is.
_RELATIVE_WORD_AT_END = re.compile(r"(?:that|which)\s+(?:(?:also|had|has|have)\s+)?$")
_TAIL = 30
# The cues a document's relative clause reports content with ("a report that said …"); "an email
# that described a story" only tells what it was about.
_CLAUSE_CUES = word_set(
    "say state claim allege report find suggest warn conclude note reveal assert indicate add write argue insist "
    "confirm show accuse blame deny"
)
# The name before the comma: capitalised words, with the small words names hold ("Abdullah bin
# Nasser", "Ursula von der Leyen"); a form of address or rank is one of its words.
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'.\-]*(?:\s+(?:(?:al|bin|de|der|van|von|da|du|la|le)\s+)*)?)*[A-Z][\w’'.\-]*$")
_ROLE_WORDS = frozenset(word for role in PERSON_ROLES for word in role.lower().split())
# A description of a person before the comma: "the man's mother", "a witness", "his lawyer".
_DESCRIPTION_BEFORE = re.compile(r"(?:the|a|an|his|her|their)\s+(?:[\w’'\-]+\s+){0,3}[\w’'\-]+$")
_WORD_BEFORE = re.compile(r"([\w’'\-]+)\s+$")
# Words that end a name run but are no part of a name: the sentence's own words.
_NOT_NAME = frozenset({"The", "A", "An", "I", "He", "She", "It", "They", "We"})


def document_clause(text: str, at: int) -> bool:
    """Whether a document's relative clause opens right before ``at`` ("a study that", "reports
    which"), so a form more often a noun is its verb there ("a study that claims …")."""
    document = _DOCUMENT_THAT.search(text, max(0, at - 80), at)
    return document is not None and document.end() == at


# The sentence's subject issuing the document, all that stands before it: "Hospital spokeswoman
# Maria Margiotta issued ", "The union has released ".
_ISSUED_BY_SUBJECT = re.compile(
    r"\s*(?P<issuer>[A-Z][^,;:“”\"]{1,80}?)\s+(?:(?:has|had|have|also|then|later)\s+)*"
    r"(?:issued|released|put\s+out|sent|posted|published|shared)\s+"
)


def relative_speaker(text: str, cue_start: int, lemma: str | None = None) -> tuple[Mention, int, Span] | None:
    """The antecedent a relative clause's cue speaks for.

    Args:
        lemma: the cue's lemma; a document speaks only through a cue that reports content.

    Returns:
        The mention, where the statement before it must end (the comma before "who"),
        and the mention's offsets in ``text``; None when the cue is no relative
        clause's, or its antecedent is the sentence's subject or no party.
    """
    # Each pattern ends right at the cue: the words just before it are tried first, and only text
    # ending in "that" / "which" or "in which he" is scanned for the whole shape.
    tail = text[max(0, cue_start - _TAIL) : cue_start]
    document = (
        _DOCUMENT_THAT.search(text, 0, cue_start)
        if lemma in _CLAUSE_CUES and _RELATIVE_WORD_AT_END.search(tail) is not None
        else None
    )
    if document is not None and document.end() == cue_start:
        # "CNN cited a magazine report that said that …": the report speaks
        start = document.start("document")
        if not text[:start].strip(" \t\n“\"‘'—–-"):
            return None
        printed = document.group("document")
        issuer = _ISSUED_BY_SUBJECT.fullmatch(text, 0, start)
        if (
            issuer is not None
            and (by := parse_mention(issuer.group("issuer"))) is not None
            and (by.name or by.description)
        ):
            # "Hospital spokeswoman Maria Margiotta issued a statement that said …": the one who
            # issued it, the sentence's subject, speaks through it
            return by, 0, Span(issuer.start("issuer"), issuer.end("issuer"))
        mention = parse_mention(printed)
        if mention is None and document.group("bare"):
            mention = _unnamed_document(printed)
        if mention is None:
            return None
        # The statement before ends at the document's name right after its cue ("dismissed reports
        # that said …" leaves the dismissing no words), after it when words of its own come between
        # ("blasted as “baseless lies” a KRG statement that accused …")
        before = text[:start].rstrip()
        right_after_cue = any(cue.end() == len(before) for cue in CUE.finditer(before, max(0, len(before) - 20)))
        split = start if right_after_cue else document.end("document")
        return mention, split, Span(start, document.end("document"))
    issued = _IN_WHICH.search(text, max(0, cue_start - 400), cue_start) if "which" in tail else None
    if issued is not None:
        group = "issuer" if issued.group("issuer") is not None else "by"
        mention = parse_mention(issued.group(group))
        if mention is not None and (mention.name is not None or mention.description is not None):
            return mention, issued.start("rest"), Span(issued.start(group), issued.end(group))
    who = _WHO.search(text, 0, cue_start)
    if who is None or who.end() != cue_start:
        return None
    before = text[: who.start()]
    span = _antecedent(before)
    if span is None:
        return None
    start, end = span
    if not text[:start].strip(" \t\n“\"‘'—–-"):
        return None  # the sentence's subject: its clause goes on past the relative one
    mention = parse_mention(text[start:end])
    if mention is None or (mention.name is None and mention.refers != "person"):
        return None
    return mention, who.start(), Span(start, end)


def _holder_before_role(before: str) -> tuple[int, int] | None:
    """Where the name stands that a role set off by commas right before "who" follows, if one."""
    comma = before.rfind(",")
    if comma <= 0:
        return None
    role = before[comma + 1 :].strip()
    words = role.split()
    if not 0 < len(words) <= _ROLE_REACH or not _ROLE_WORDS.intersection(w.lower().strip("’'") for w in words):
        return None
    name = _NAME_BEFORE.search(before, 0, comma)
    if name is None or name.group(0) in _NOT_NAME:
        return None
    mention = parse_mention(name.group(0), role)
    if mention is None or mention.name is None or not mention.person:
        return None
    return name.start(), comma


# Words of a role set off between a name and "who" ("Unilever's corporate media relations manager for
# North America"); a longer stretch is a clause of its own.
_ROLE_REACH = 12


def _unnamed_document(printed: str) -> Mention:
    """A document printed bare that the mention readers take for no speaker ("statistics",
    "figures"): an unnamed source carrying its words as its description."""
    head = printed.split()[-1]
    return Mention(printed, printed, unnamed=True, description=head, plural=head.endswith("s"))


def _antecedent(before: str) -> tuple[int, int] | None:
    """Where the name or person description ending ``before`` stands, with any role words
    right in front of a name ("PKR deputy president Rafizi Ramli"); a name whose role is set off
    after it is the one the clause hangs on ("Dean Mastrojohn, Unilever's media relations manager
    for North America, who wrote")."""
    held = _holder_before_role(before)
    if held is not None:
        return held
    name = _NAME_BEFORE.search(before)
    if name is not None and name.group(0) not in _NOT_NAME:
        start = name.start()
        while (word := _WORD_BEFORE.search(before, 0, start)) is not None and word.end() == start:
            if word.group(1).lower() not in _ROLE_WORDS:
                break
            start = word.start()
        if start < name.start():
            # a capitalised qualifier before the role: "PKR deputy president"
            qualifier = _WORD_BEFORE.search(before, 0, start)
            if qualifier is not None and qualifier.end() == start and qualifier.group(1)[:1].isupper():
                start = qualifier.start()
        return start, len(before)
    described = _DESCRIPTION_BEFORE.search(before)
    if described is not None:
        return described.start(), len(before)
    return None
