"""Nested attribution in English: "X reported that Y said ...": Y speaks, and X only relays when X is a medium.

Read over all the candidate attributions of one sentence once every pattern has
run: an attribution inside another's statement is either the inner speaker's
statement relayed by the outer one, or the outer party's own account of it.
"""

from __future__ import annotations

import re
from typing import Literal

from claimgraph.extract.candidates import Candidate
from claimgraph.extract.cue_forms import OBJECT_VERBS
from claimgraph.extract.participles import SUBJECT_VERB
from claimgraph.extract.records import Mention
from claimgraph.extract.relative import DOCUMENT_NOUNS
from claimgraph.extract.speakers import is_relay

__all__ = ["DESCRIBED_AS", "resolve_nested"]


# An adverbial opening a sentence before its subject: "During initial interrogation of Kumar, ".
_OPENING_ADVERBIAL = re.compile(
    r"(?:During|After|Before|Following|When|While|In|On|At|Earlier|Later|Asked|Speaking)\b[^.;:“”\"]{0,200},\s*$"
)


# A document, and what it holds that speaks only for it ("the results", "its findings").
_DOCUMENTS = frozenset(DOCUMENT_NOUNS.split("|"))
#: What a body of evidence does, and the evidence that does it ("the research contradicts …",
#: "the data suggest …"): shown, not said.
_EVIDENCE_LEMMAS = frozenset({"contradict", "confirm", "show", "indicate", "suggest", "prove"})
_EVIDENCE_NOUNS = frozenset(
    {"research", "study", "data", "figures", "numbers", "survey", "analysis", "findings", "evidence", "records"}
    | {"results", "poll", "audit", "statistics", "footage", "tests"}
)
#: What a claim or a document is called after it: " as politicised", " as “baseless”", " as a big comic relief".
DESCRIBED_AS = re.compile(
    r"\s+as\s+(?:an?\s|the\s|[“\"‘']|(?:[a-z]+\s+)?[a-z]+(?:ed|ive|ous|less|ful|al|ic|ly|y|ing|t)\b)"
)
_DOCUMENTS_OWN_CONTENT = frozenset({"results", "findings", "data", "figures", "numbers", "evidence", "analysis"})
# The speaker telling of themself, opening their statement: "she had confronted …".
_OWN_PRONOUN = re.compile(r"(?:he|she)(?=\s)", re.IGNORECASE)
# "but" right before a clause's pronoun subject: "…, but he had denied …".
_BUT_BEFORE = re.compile(r",?\s+but\s+$")
# A finite cue and nothing after it but "that": "said", "said that".
_JUST_AFTER_CUE = re.compile(r"[a-z]+(?:\s+that)?")


def _is_pronoun(mention: Mention | None) -> bool:
    """Whether a speaker is a pronoun: neither a name nor a description ("he", "they")."""
    return mention is not None and mention.name is None and mention.description is None


# A statement opening with a quotation, up to its closing mark (or the statement's end).
_QUOTED_FIRST = re.compile(r"\s*[“\"][^”\"]*(?:[”\"]|$)")


# An adjunct opening a reported clause before its subject: "despite the man's admission …, ".
_LEADING_ADJUNCT = re.compile(
    r"\s*(?:that\s+)?(?:despite|although|though|while|when|after|before|because|since|if|unless|during|following|"
    r"given|in|on|at)\s[^,;:“”\"]{1,200}?(?:,\s*)?"
)


def _opens_right_away(outer: Candidate, later: Candidate) -> bool:
    """Whether a later attribution's clause opens the outer statement ("X said [that] Y claimed …")."""
    return later["split"] <= outer["start"] + len("that ")


def _opens_the_statement(text: str, outer: Candidate, later: Candidate) -> bool:
    """Whether a later attribution's clause opens the outer statement ("X said [that] Y claimed …"),
    after an adjunct of the reported clause at most ("She said that despite his admission …, he
    told police …": his words, in her account)."""
    return _opens_right_away(outer, later) or (
        _LEADING_ADJUNCT.fullmatch(text, outer["start"], later["split"]) is not None
        and (text.startswith(",", later["split"]) or text[: later["split"]].rstrip().endswith(","))
    )


def resolve_nested(text: str, found: list[Candidate], verbs: list[int], finite: list[int]) -> list[Candidate]:
    """Nested attribution: the inner speaker speaks, the outer one relays.

    "According to the Post, ... Eric Phillips said ...", "..., Finan claimed that ...,
    according to The Post", "Axios reported that an official said ...": the inner
    statement is drafted under its own speaker with the outer one as ``via``, and the
    outer one is not drafted at all. Only media and reporters relay: when a party
    reports another's words ("the army said Hamas claimed ..."), the statement stays
    the first party's. When the outer statement holds a speech verb whose
    speaker could not be read, it is someone else's statement: nothing is drafted.
    """
    drop: set[int] = set()
    read = {item["cue_at"][0] for item in found}
    for index, item in enumerate(found):
        if _is_pronoun(item["speaker"]) and "where" in item:
            # "The letter sent to Brown said he told reporters …": a pronoun right after a cue whose
            # own speaker could not be read may mean anyone that speaker names; no guess
            before = text[: item["where"].start].rstrip()
            if any(at not in read and _JUST_AFTER_CUE.fullmatch(before, at) for at in finite):
                drop.add(index)
    for index, outer in enumerate(found):
        if outer["speaker"] is None:
            continue
        inner = [
            later
            for later in found
            if later is not outer
            and later["speaker"] is not None
            and outer["start"] <= later["cue_at"][0] < outer["end"]
            and later.get("same_as") is None
        ]
        according = outer["lemma"] == "according to"
        own_end = outer["end"]  # where the outer statement's own words end
        for later in inner:
            assert later["speaker"] is not None  # inner holds only attributions with a speaker
            relayed_here = later.get("relay") == outer["speaker"].text or later.get("relayed_by") == index
            if relayed_here and later["cue"].endswith("ing"):
                # "According to Mahfud, Gelbard took Maness ..., saying he was not a spy": read as
                # relayed already; the outer statement is its own up to the participle
                outer["end"] = min(outer["end"], later["split"])
                own_end = min(own_end, later["split"])
                continue
            if (
                not according
                and outer["speaker"].description in _DOCUMENTS
                and later["speaker"].description in _DOCUMENTS_OWN_CONTENT
                and _opens_right_away(outer, later)
            ):
                # "The study states that the results “suggest” …": its results are the study's own words
                drop.add(found.index(later))
                continue
            if (
                outer["lemma"] in OBJECT_VERBS
                and later["speaker"].description in _DOCUMENTS
                and "where" in later
                and not text[outer["cue_at"][1] : later["where"].start].strip()
                and DESCRIBED_AS.search(text, later["cue_at"][1], outer["end"]) is not None
            ):
                # "dismissed a report that accused it of … as politicised": the document is what the
                # party dismisses as something, its words part of the object; the statement is the
                # party's own ("denied the findings of a report that said …" reports the report's too)
                drop.add(found.index(later))
                continue
            # "According to X, ... Y said": Y speaks. "X reported that Y said": Y speaks only
            # when nothing of X's own stands before Y in X's statement.
            speaker_at = later["where"].start if "where" in later else later["split"]
            if according and SUBJECT_VERB.search(text, outer["start"], speaker_at):
                # "According to X, Hamas has not received proposals, despite reports suggesting ...":
                # a later clause's speaker; X's statement ends where that clause begins
                own_end = min(own_end, later["split"])
                continue
            # "The wife of one of the detainees said her husband ..., the HRW said": the outer party
            # reports, at the sentence's end, a statement whose own speaker opens the sentence
            opens = (
                outer["end"] == outer["split"]
                and "where" in later
                and (
                    later["where"].start <= outer["start"]
                    # "During initial interrogation of Kumar, the accused told investigators …, X said"
                    or _OPENING_ADVERBIAL.match(text, outer["start"], later["where"].start) is not None
                )
            )
            pronoun = _is_pronoun(later["speaker"])
            if opens and not pronoun:
                if not is_relay(outer["speaker"]):
                    later["review"] = f"relayed by {outer['speaker'].text!r}, a party: check the original"
                later["relay"] = later.get("relay") or outer["speaker"].text
                later.pop("relayed_by", None)
                later["end"] = min(later["end"], outer["split"])
                drop.add(index)
                continue
            if not according and pronoun and _opens_the_statement(text, outer, later):
                drop.add(found.index(later))  # "X said they had urged ...": X's own words, said once
                continue
            own = _OWN_PRONOUN.match(text, outer["start"])
            if (
                not according
                and pronoun
                and own is not None
                and own.group(0).lower() != later["speaker"].text.lower()
                and _BUT_BEFORE.search(text, outer["start"], speaker_at)
            ):
                # "Mndawe said she had confronted Nyalunga, but he had denied the incident": what the
                # other one did, in the speaker's own account ("Hales said he …, but he added …" is his)
                drop.add(found.index(later))
                continue
            if (
                not according
                and later["lemma"] in _EVIDENCE_LEMMAS
                and later["speaker"].text.split()[-1].lower() in _EVIDENCE_NOUNS
                and _opens_right_away(outer, later)
            ):
                # "He claimed that WIN’s internal research contradicts the official numbers": what the
                # research shows is the speaker's own account, no other party's statement
                drop.add(found.index(later))
                continue
            if not according and _opens_right_away(outer, later) and _is_pronoun(outer["speaker"]):
                # "He said the protesters pledged ...": whether "he" relays or takes a side is not
                # known here, so neither statement is drafted. A description says which it is: "the
                # source said the minister added …" is the source's account, "the newspaper said …" a relay.
                drop.update((index, found.index(later)))
                continue
            if (
                not according
                and not (outer["lemma"] == "report" or is_relay(outer["speaker"]))
                and not is_relay(later["speaker"])
                and (
                    _opens_right_away(outer, later)
                    or ("where" in later and text[: later["where"].start].rstrip().endswith(" that"))
                )
            ):
                # "Bratton said Celona claimed ...", "Armah said it was the union's expectation that
                # the Ministry writes to them ...": a party's account of another party's words is
                # the first party's statement; it never becomes the second party's.
                drop.add(found.index(later))
                continue
            if according or _opens_right_away(outer, later):
                if not according and not (outer["lemma"] == "report" or is_relay(outer["speaker"])):
                    # "Mr Sherborne said the article claimed ...": the document's words, as a
                    # party to the story tells them.
                    later["review"] = f"relayed by {outer['speaker'].text!r}, a party: check the original"
                later["relay"] = later.get("relay") or outer["speaker"].text
                later.pop("relayed_by", None)
                if later["start"] < outer["split"]:  # "..., according to The Post." ends the statement
                    later["end"] = min(later["end"], outer["split"])
                drop.add(index)
        relays = according or (outer["end"] == outer["split"] and is_relay(outer["speaker"]))
        # 'According to him, "We reject them …"': a verb in the speaker's own quoted words is theirs
        quoted = _QUOTED_FIRST.match(text, outer["start"], own_end)
        own_from = quoted.end() if quoted is not None else outer["start"]
        if relays and index not in drop and any(own_from <= at < own_end for at in verbs):
            # "..., X denied claims ..., Bloomberg said.": whoever denied is not the agency
            drop.add(index)
    if not drop:
        return found
    kept = [item for i, item in enumerate(found) if i not in drop]
    renumber = {id(item): n for n, item in enumerate(kept)}
    key: Literal["same_as", "relayed_by"]
    for item in kept:
        for key in ("same_as", "relayed_by"):
            at = item.get(key)
            if at is not None:
                target = found[at]
                if id(target) in renumber:
                    item[key] = renumber[id(target)]
                else:
                    item.pop(key)
    return kept
