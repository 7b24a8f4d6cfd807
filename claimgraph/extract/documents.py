"""A document speaking by description ("the letter stated") is the issuer the text last named with it.

News names a document with its issuer once ("a letter from J. James Nyman", "a joint statement
issued by Humphrey's family", "Ryan's lawsuit", "the union released a statement") and then lets
it speak ("the letter stated …", "The statement claims …"). As :mod:`claimgraph.extract.mentions`
reads a document printed with its issuer as the issuer speaking, a document described alone is
the issuer of the last printing of the same kind of document before it, in the few paragraphs
before. A definite printing with no issuer ("In the lawsuit, filed Wednesday, …") is the same
document as one printed before, so the search goes on back; an indefinite one ("… in a statement
to Vulture") is a new document: when it names no issuer and stands in the narration after the
last statement, nobody is guessed, not even the last speaker. Flagged for review.
"""

from __future__ import annotations

import re

from attrs import evolve

from claimgraph.extract.mentions import parse_mention
from claimgraph.extract.name_words import name_tokens, strip_article
from claimgraph.extract.records import Attribution, Mention

__all__ = ["documents_read_as_issuers"]

#: The documents read here; a report or a study is as often a body's own as anyone's, and speaks as itself.
_DOCUMENTS = (
    *("statement", "letter", "lawsuit", "suit", "complaint", "petition", "email", "memo", "filing", "motion"),
    "release",
)
#: Documents a later one of another word may be: "the release" is the statement issued before it.
_SAME_AS = {"release": "(?:release|statement)"}
#: How far back the document's printing with its issuer is looked for: a few paragraphs.
_REACH = 2_500
#: How far past a document's word its issuer may run ("… said the letter from J. James Nyman").
_ISSUER_LENGTH = 120
#: An issuer as printed: a name, a possessive and its noun ("Humphrey's family"), or a described role
#: and its name ("a lawyer representing CUPE Local 79"); up to a comma, a stop or a verb.
_ISSUER = r"(?P<issuer>(?:the\s+)?[A-Z](?:[^,.;:“”\"()]|\.(?=\s+[A-Z])){1,80}?)"
#: A body described as the issuer of a document printed before it: "the police", "the state's health ministry".
_DESCRIBED_ISSUER = r"(?P<described>the\s+(?:[a-z’'-]+\s+){0,2}[a-z]+)"
#: The verbs by which a document is put out: "a statement issued in Accra".
_ISSUING = r"issued|released|sent|posted|published|signed|put\s+out"
_END = (
    r"(?=\s*[,.;:()]|\s+(?:accused|said|says|stated|claimed|alleged|read|reads|on|in|to|that|which|who"
    # "a lawsuit filed by Reese Witherspoon claiming …": the document's own cue after its issuer
    r"|claiming|alleging|saying|accusing|seeking|asking|demanding|charging|stating)\b|$)"
)


def _printings(word: str) -> tuple[re.Pattern[str], ...]:
    """Each way a document of one kind is printed with its issuer, the issuer in the group "issuer"."""
    noun = rf"(?:[\w’'-]+\s+){{0,2}}{word}s?"
    return tuple(
        re.compile(pattern)
        for pattern in (
            # "a letter from J. James Nyman", "a joint statement issued by Humphrey's family"
            rf"(?<![\w-])(?:a|an|the)\s+{noun}\s+(?:(?:issued|released|sent|written|filed|posted|published|signed|"
            rf"put\s+out)\s+)?(?:by|from)\s+{_ISSUER}{_END}",
            # "a strongly worded statement released on Wednesday in which the IPC denounced …"
            rf"(?<![\w-])(?:a|an|the)\s+{noun}(?:\s+[^,.;:“”\"()]{{1,60}}?)?\s+in\s+which\s+{_ISSUER}\s+"
            rf"(?:(?:has|have|had|also)\s+)?(?:said|says|wrote|stated|claimed|alleged|[a-z]+ed|[a-z]+s)(?![\w-])",
            # "Ryan's lawsuit", "the union's statement"
            rf"(?<![\w-]){_ISSUER}['’]s?\s+{noun}(?![\w-])",
            # "the union released a statement", "Ryan filed a lawsuit"
            rf"(?<![\w-]){_ISSUER}\s+(?:has\s+|had\s+|have\s+)?(?:issued|released|sent|wrote|filed|posted|"
            rf"published|put\s+out|lodged|signed)\s+(?:a|an|the)\s+{noun}(?![\w-])",
            # "X said in a statement"
            rf"(?<![\w-]){_ISSUER}\s+(?:said|says|wrote|writes|added)\s+in\s+(?:a|an|the|its|his|her|their)\s+"
            rf"{noun}(?![\w-])",
            # "In a letter to the council, X wrote", "In the joint statement Chairman Scott Penn and CEO
            # Joe Kelly expressed disappointment", "In a statement issued in Accra, the police described …"
            rf"(?<![\w-])[Ii]n\s+(?:a|an|the|its|his|her|their)\s+{noun}"
            rf"(?:\s+(?:to|{_ISSUING})\s+[^,]{{1,60}})?,?\s+(?:{_ISSUER}|{_DESCRIBED_ISSUER})\s+"
            rf"(?:said|says|wrote|writes|stated|claimed|alleged|[a-z]+ed)(?![\w-])",
            # "The ministry, in a statement issued to media, said": the subject, the document set off
            # after it, then the verb
            rf"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(?P<issuer>(?:the\s+)?[A-Z][^,.;:“”\"()\n]{{1,60}}?),\s+in\s+"
            rf"(?:a|an|the|its|his|her|their)\s+{noun}(?![\w-])[^,.;:“”\"()\n]{{0,60}},\s+"
            r"(?:said|says|stated|claimed|added|wrote)(?![\w-])",
            # "The trio have now reiterated their position in a statement released by the LMA": the
            # subject opening the sentence, its verb and the statement in one clause
            rf"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(?P<issuer>(?:the\s+)?[A-Z][^,.;:“”\"()\n]{{1,60}}?)\s+"
            rf"(?:(?:has|have|had|now|also|again)\s+)*[a-z]+ed\s+"
            rf"(?:[^\s,.;:“”\"]+\s+){{0,6}}?in\s+(?:a|an|the|its|his|her|their)\s+{noun}(?![\w-])",
        )
    )


_PRINTINGS = {word: _printings(_SAME_AS.get(word, word)) for word in _DOCUMENTS}
#: Any printing of the document at all, with or without an issuer: the nearest one decides.
_ANY = {word: re.compile(rf"(?<![\w-]){_SAME_AS.get(word, word)}s?(?![\w-])", re.IGNORECASE) for word in _DOCUMENTS}


def documents_read_as_issuers(text: str, found: list[Attribution]) -> list[Attribution]:
    """Give a document described alone ("the letter stated") the issuer printed with the last
    document of its kind before it; flagged for review."""
    result = list(found)
    for index, item in enumerate(found):
        word = _described_document(item)
        mention = item.speaker
        if word is None or mention is None or item.speaker_span is None:
            continue
        at, own_end = item.speaker_span.start, item.speaker_span.end
        floor = max(0, at - _REACH)
        # the mention's own printing first ("said the letter from J. James Nyman"), else the last before it
        issued = _issued(text, word, _ANY[word].search(text, at, own_end), at, own_end + _ISSUER_LENGTH)
        if issued is None:
            printings = list(_ANY[word].finditer(text, floor, at))
            for printed in reversed(printings):
                issued = _issued(text, word, printed, floor, at)
                if issued is not None or not _DEFINITE.search(text, max(0, printed.start() - 12), printed.start()):
                    break
                # "In the lawsuit, filed Wednesday, the actress claims …": the same lawsuit as one
                # printed before, whose issuer that printing may name ("a lawsuit filed by Reese
                # Witherspoon"); "a statement" is a new one, and ends the search
            # a new document ("… in a statement to Vulture") the narration prints after the last
            # statement; a definite one ("the statement, released on Monday, …") may be that speaker's
            last = printings[-1] if printings else None
            said_in = _said_in(found[:index], last) if issued is None and last is not None else None
            if said_in is not None:
                # "“…,” the company said in a statement. / “…,” the statement said": the statement
                # is the one the company spoke in
                why = f"speaker {mention.text!r} read as {said_in.name or said_in.text}, who spoke in the {word} before"
                # (a body described keeps its words, as below: "the company", read by the speakers met before)
                speaker = said_in if said_in.name is None else evolve(said_in, text=mention.text)
                result[index] = item.read_as(speaker, why, 0.6)
                continue
            if (
                issued is None
                and last is not None
                and not _DEFINITE.search(text, max(0, last.start() - 12), last.start())
                and _printed_after_last_statement(found[:index], last)
            ):
                # "Reps for Weinstein … refuted the lawsuit's claims in a statement to Vulture. / “…,”
                # the statement read": the statement meant is that one, whose issuer the rules cannot
                # read; it is not the last speaker's, so nobody is guessed
                why = f"speaker {mention.text!r} read as nobody: the last {word} printed names no issuer"
                result[index] = item.read_as(_unresolved(mention), why, 0.3)
                continue
        if issued is None:
            continue
        issuer = parse_mention((issued.group("issuer") or issued.groupdict().get("described") or "").strip())
        # a body described ("The ministry, in a statement issued to media, said") is read as any
        # description of a body is, by the speakers met before it
        described = issuer is not None and (
            (issuer.name is None and issuer.refers == "organisation") or issued.groupdict().get("described") is not None
        )
        if issuer is None or (issuer.name is None and not described):
            continue
        if _another_spoke(found[:index], issuer.name or issuer.text, issued.end(), at):
            continue
        why = f"speaker {mention.text!r} read as {issuer.name or issuer.text}, whose {word} the text names before"
        # (a described body keeps its own words, by which the speakers' reading knows it: "The ministry")
        result[index] = item.read_as(issuer if described else evolve(issuer, text=mention.text), why, 0.6)
    return result


def _issued(text: str, word: str, printed: re.Match[str] | None, start: int, end: int) -> re.Match[str] | None:
    """The printing of a document with its issuer that holds ``printed`` (the document's word)."""
    if printed is None:
        return None
    # only the printing's own neighbourhood: an issuer and its verb are never far from the document's word
    start, end = max(start, printed.start() - _NEIGHBOURHOOD), min(end, printed.end() + _NEIGHBOURHOOD)
    return next(
        (
            match
            for pattern in _PRINTINGS[word]
            for match in pattern.finditer(text, start, end)
            if match.start() <= printed.start() <= match.end()
        ),
        None,
    )


_NEIGHBOURHOOD = 200  # characters either side of a document's word that a printing with its issuer spans
#: A definite article or a demonstrative right before a document's word: one printed before.
_DEFINITE = re.compile(r"(?<![\w-])(?:the|The|this|This|that|That)\s+(?:[\w’'-]+\s+)?$")


def _printed_after_last_statement(before: list[Attribution], printed: re.Match[str]) -> bool:
    """Whether a document's printing stands in the narration after the last statement before it
    (not in that statement's own sentence, as in "the RCMP said in a release that …")."""
    last = next((a for a in reversed(before) if a.cue_span is not None), None)
    if last is None:
        return False
    spans = [last.end, last.cue_span.end] if last.cue_span is not None else [last.end]
    if last.speaker_span is not None:
        spans.append(last.speaker_span.end)
    return printed.start() > max(spans)


def _said_in(before: list[Attribution], printed: re.Match[str]) -> Mention | None:
    """The speaker of the last statement before, when the document's printing is that statement's
    own adjunct right after its cue ("the company said in a statement today"): a body or a person
    named, or a body described; None for anyone else, or a document printed anywhere else."""
    last = next((a for a in reversed(before) if a.cue_span is not None), None)
    if last is None or last.cue_span is None or last.speaker is None:
        return None
    if not 0 <= printed.start() - last.cue_span.end <= _ADJUNCT_LENGTH:
        return None
    if last.speaker_span is not None and last.speaker_span.start <= printed.start() < last.speaker_span.end:
        return None  # "“…,” reads the statement": the document is the speaker, no adjunct of another's
    speaker = last.speaker
    if speaker.name is not None or (speaker.refers == "organisation" and speaker.description is not None):
        return speaker
    return None


_ADJUNCT_LENGTH = 12  # " in a joint ", " in a brief ": where a document's word stands after the cue


def _unresolved(mention: Mention) -> Mention:
    """A document described alone as a source of its own ("statement"), which no later reading
    takes for the last speaker."""
    return Mention(mention.text, strip_article(mention.text), person=False, unnamed=False)


def _another_spoke(before: list[Attribution], issuer: str, start: int, end: int) -> bool:
    """Whether someone else named spoke between the document's printing and its mention: "… read a
    statement from the government spokesman. / Earlier, the KRG spokesman announced … “…,” read the
    statement": the statement may be theirs as well."""
    for a in reversed(before):  # in the order of their cues: only the last few are read
        if a.cue_span is None:
            continue
        if a.cue_span.start < start:
            return False
        # "Reese also alleges in the suit …" is the issuer, "a lawsuit filed by Reese Witherspoon"
        if (
            a.speaker is not None
            and a.speaker.name is not None
            and a.cue_span.start < end
            and not set(name_tokens(a.speaker.name)) <= set(name_tokens(issuer))
        ):
            return True
    return False


def _described_document(item: Attribution) -> str | None:
    """The document word of a speaker described as a document and nothing more ("the letter")."""
    mention = item.speaker
    if mention is None or mention.name is not None or mention.description is None:
        return None
    word = mention.description.lower().removesuffix("s")
    if word not in _PRINTINGS:
        return None
    printed = mention.text.lower().split()
    return word if printed[:1] in (["the"], ["this"], ["that"]) and len(printed) == 2 else None
