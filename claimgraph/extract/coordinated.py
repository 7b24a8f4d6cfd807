"""English cues joined by "and"/"but": ``X blamed ... and said that ...`` shares X, the first cue's speaker."""

from __future__ import annotations

import re

from claimgraph.extract.after_cue import LISTENER
from claimgraph.extract.candidates import Candidate, last_with_speaker
from claimgraph.extract.cue_forms import CUE, OBJECT_VERBS, is_finite_cue
from claimgraph.extract.mentions import parse_mention
from claimgraph.extract.participles import main_subject
from claimgraph.extract.records import Span

__all__ = ["coordinated_candidate"]

# "He blamed the RSF ... and said that ...", "Burhan said ... but added that ...": a second cue
# sharing the subject of the first.
_COORDINATED = re.compile(r"(?:,\s*)?\s(?:and|but)\s+(?:also\s+|later\s+|then\s+|instead\s+)?$")
_COORDINATED_LEMMAS = frozenset(
    {
        *("say", "add", "tell", "insist", "note", "stress", "warn", "explain", "argue"),
        *("claim", "allege", "confirm", "reveal", "predict", "suggest"),
        # verbs of asserting that take "that" as "say" does: "said … and submitted that …"
        *("submit", "reiterate", "maintain", "contend", "assert", "acknowledge", "admit", "concede"),
        *("state", "declare", "emphasise", "emphasize", "underline", "underscore", "recall", "observe"),
        *("remark", "reply", "respond", "answer", "caution", "promise", "agree", "indicate", "disclose"),
        *("clarify", "complain", "deny"),
        # "said it had received complaints and expressed concern that …"
        *("express concern", "voice concern", "raise concern", "express hope"),
    }
)
# Joined cues whose object is the statement: "rejected the results and urged the commission to ...".
_COORDINATED_OBJECT_LEMMAS = frozenset({"urge", "demand", "call", "appeal", "accuse", "blame", "vow", "pledge"})


# A clause right after the cue, its subject then its verb: " he was disappointed", " the talks had failed".
# (or a longer subject, a name or a noun phrase, before a modal: " Damond’s fiance and her family
# in Australia may consider a civil suit")
_CLAUSE_NEXT = re.compile(
    r" (?:he|she|they|it|we|I|(?:the|his|her|their|its)\s+[a-z]+|[A-Z][a-z]+"
    r"|(?:[A-Z]|(?:the|his|her|their|its)\s)[^,.;:“”\"]{1,80}?(?=\s+(?:would|will|could|should|might|may|must|can)\b))\s+"
    r"(?:was|were|is|are|had|has|have|would|will|could|did|should|might|may|must|can|cannot)\b"
)
# After "said"/"added", a personal pronoun then any verb, an adverb before it or not: " he personally
# opposes", " they backed the plan" (a pronoun after "said" is its clause's subject, never what was
# said; after "told him" it may be the narration's own: "she … told him he needed first aid").
_PRONOUN_CLAUSE_NEXT = re.compile(
    r" (?:he|she|they|we|I)\s+(?:[a-z]+ly\s+)?(?!(?:to|of|in|on|at|for|with|and|or|but|that|who)\b)[a-z]+(?:ed|es|s)\b"
)
_SAY_OR_ADD = frozenset({"say", "add"})
# A word after "said" that opens a clause reported without "that", not what was said as an object
# ("said nothing", "said goodbye", "said so").
_BARE_CONTENT = re.compile(
    r" (?!(?:nothing|so|little|goodbye|farewell|grace|yes|no|sorry|thanks|a|an|it|this|that|in|on|at|to|of|for|with|"
    r"after|before|during|when|while|as)\b)(?:the|his|her|their|its|[a-z]+|[A-Z][\w’'-]*)\b"
)
# An infinitive earlier in the clause: a base form joined to it is its second infinitive.
_INFINITIVE_BEFORE = re.compile(r"(?<![\w-])to\s+[a-z]+(?![\w-])[^.;:,“”\"]*$")
# A verb after a modal right before the "and" a cue is joined by: "could retaliate in kind".
_MODAL_JOINED = re.compile(
    r"(?<![\w-])(?:could|would|might|may|will|can|should|must)\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+,?$"
)
_COLON_QUOTE = re.compile(r"\s*:\s*(?=[“\"‘])")
_THAT = re.compile(r"\s+that\s")


def coordinated_candidate(text: str, match: re.Match[str], lemma: str, found: list[Candidate]) -> Candidate | None:
    """A cue joined by "and"/"but" to an attribution earlier in the sentence takes its speaker;
    only a verb of saying followed by "that", so "and charged them with murder" is no statement."""
    if lemma not in _COORDINATED_LEMMAS and lemma not in _COORDINATED_OBJECT_LEMMAS:
        return None
    joined = _COORDINATED.search(text, 0, match.start())
    if joined is None:
        return _pronoun_coordinated(text, match, lemma, found)
    if match.group("verb") == lemma and _INFINITIVE_BEFORE.search(text, max(0, joined.start() - 200), joined.start()):
        return None  # "facing calls to correct the record and admit to claims …": a second infinitive
    rest = match.end()
    if lemma == "tell":
        listener = LISTENER.match(text, rest)
        if listener is None:
            return None
        rest = listener.end()
    that = _THAT.match(text, rest)
    if not found:
        # "The commissioner expressed satisfaction with the vote and said the turnout was 80
        # per cent": the cue shares the subject of a verb that is not one.
        subject = main_subject(text, joined.start())
        if subject is None or any(is_finite_cue(text, cue) for cue in CUE.finditer(text, 0, joined.start())):
            return None
        if (
            match.group("verb") == lemma
            and _MODAL_JOINED.search(text, max(0, joined.start() - 60), joined.start()) is not None
        ):
            # "hinting China could retaliate in kind and accuse OFWs of being spies": a bare verb joined
            # to what someone could do is that clause's, and no statement of the sentence's subject
            # ("believed they could work together but said …" is the subject's: "said" is no bare form)
            return None
        colon = re.compile(r"\s*:").match(text, rest)
        return {
            "speaker": subject[0],
            "cue": match.group("verb"),
            "lemma": lemma,
            "start": that.end() if that is not None else (colon.end() if colon is not None else rest),
            "end": len(text),
            "split": joined.start(),
            "where": subject[1],
            "rule": "subject-and-cue",
        }
    # "… but adds: “…”": a colon and a quote say as much as "that"; so does a clause with its own
    # subject and verb ("… and said he was disappointed")
    quoted = _COLON_QUOTE.match(text, rest) if that is None else None
    clause = _CLAUSE_NEXT.match(text, rest) if that is None and quoted is None else None
    if clause is None and that is None and quoted is None and lemma in _SAY_OR_ADD:
        clause = _PRONOUN_CLAUSE_NEXT.match(text, rest)
    main = last_with_speaker(found)
    if main is None or found[main]["cue_at"][1] > joined.start():
        return None
    if (
        clause is None
        and lemma in _SAY_OR_ADD
        and found[main]["lemma"] in OBJECT_VERBS
        and _BARE_CONTENT.match(text, rest) is not None
    ):
        # "hailed press freedom in Afghanistan and said the credit for achievements goes to …": after
        # an object verb's deed, "and said" reports a clause of its own even without "that"
        clause = _BARE_CONTENT.match(text, rest)
    if that is None and quoted is None and clause is None and lemma not in _COORDINATED_OBJECT_LEMMAS:
        return None
    return {
        "speaker": None,
        "same_as": main,
        "cue": match.group("verb"),
        "lemma": lemma,
        "start": that.end()
        if that is not None
        else quoted.end()
        if quoted is not None
        else rest + 1
        if clause is not None
        else match.start(),
        "end": len(text),
        "split": joined.start(),
    }


# "… and he said …": a main clause of its own joined to the statement before, its pronoun subject.
_COORDINATED_PRONOUN = re.compile(r",?\s+(?:and|but)\s+(?P<pronoun>he|she)\s+(?:also\s+|later\s+|then\s+)?$")
# Someone the statement before names, who could be the pronoun: a capitalised word, a person noun.
_SOMEONE_NAMED = re.compile(r"(?<![\w’'-])(?:[A-Z][a-z]|(?:the|a|an|his|her)\s+[a-z]+(?:er|or|ist|man|woman)\b)")


def _pronoun_coordinated(text: str, match: re.Match[str], lemma: str, found: list[Candidate]) -> Candidate | None:
    """ "The judge said the claims were very serious and he said he had grave concerns …": a second
    statement, its speaker the pronoun (read back later as any "he said" is), the first ending at
    "and"; only when the first statement names nobody the pronoun could be instead."""
    joined = _COORDINATED_PRONOUN.search(text, 0, match.start())
    main = last_with_speaker(found)
    if joined is None or main is None or lemma not in _COORDINATED_LEMMAS:
        return None
    if found[main]["cue_at"][1] > joined.start() or _SOMEONE_NAMED.search(text, found[main]["start"], joined.start()):
        return None
    rest = match.end()
    that = _THAT.match(text, rest)
    clause = _CLAUSE_NEXT.match(text, rest) if that is None else None
    if that is None and clause is None:
        return None
    mention = parse_mention(joined.group("pronoun"))
    if mention is None:
        return None
    return {
        "speaker": mention,
        "cue": match.group("verb"),
        "lemma": lemma,
        "start": that.end() if that is not None else rest + 1,
        "end": len(text),
        "split": joined.start(),
        "where": Span(joined.start("pronoun"), joined.end("pronoun")),
    }
