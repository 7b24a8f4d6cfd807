"""``According to X, ...``, ``..., according to X.`` and ``As X said, ...``: X speaks the rest of the sentence."""

from __future__ import annotations

import re

from attrs import evolve

from claimgraph.extract.before_cue import LEADING, strip_trailing
from claimgraph.extract.candidates import Candidate
from claimgraph.extract.cue_forms import AUXILIARY_PATTERN, cue_lemma
from claimgraph.extract.mentions import is_role, parse_mention
from claimgraph.extract.records import Mention, Span

__all__ = ["according_to_candidate", "according_to_source", "as_said_candidate"]

_SUBJECT_PRONOUN = {"him": "he", "her": "she", "them": "they"}

# A conjunction just before "according to X,": the statement is the clause after the speaker.
_SUBORDINATOR = re.compile(r"(?:^|[\s,])(?:because|but|and|as|since|while|although|though|yet|so|that|however),?$")


# Someone's account: "the deputy's account of what happened", "her version of events".
_ACCOUNT = re.compile(
    r"(?P<owner>[^,;:“”\"]{2,80}?)[’']s?\s+(?:own\s+)?(?:account|version|recollection|testimony)(?:\s+of\s+.+)?"
)


# A source, then how it was made: "a study published Tuesday", "similar interviews conducted in those
# cities", "the report released by the ministry on Monday".
_MADE = re.compile(
    r"(?P<source>(?:a|an|the|similar|new|recent)\s+(?:[\w’'-]+\s+){0,3}?(?:study|report|survey|poll|research|"
    r"analysis|review|data|figures|statistics|interviews|estimates|document|documents|records))\s+"
    # (not "released by Human Rights Watch …": the issuers named, whom the mention readers take)
    r"(?:published|released|conducted|issued|carried\s+out|compiled|obtained|seen|posted)\b(?!\s+by\b).*"
)
# Papers someone else brought out, who only relays them: "hacked emails posted by WikiLeaks",
# "documents leaked to the BBC", "a memo seen by Reuters": the papers speak, not the one relaying.
_RELAYED_PAPERS = re.compile(
    r"(?P<source>(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,3}?(?:emails|messages|documents|papers|files|memo|memos|"
    r"letter|letters|cables|recordings|records|texts|chats|minutes|notes))\s+"
    r"(?:posted|leaked|obtained|seen|published|reviewed|shared|released)\s+(?:by|to|online)\b.*"
)


# A name, then the statement's first word with no comma between: a word of focus or quantity.
_FOCUS_AFTER_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+"
    r"(?P<content>(?:only|just|even|merely|nearly|almost|about|some|more\s+than|fewer\s+than|less\s+than)\s.+)"
)


# The source "according to" names: up to a comma, a semicolon or the sentence's end.
# (up to a colon too: "…, according to Attorney General George Jepsen: AT&T failed …")
_SOURCE_NAMED = re.compile(r"\s+(?P<name>[^,;:]{1,120}?)\s*(?:,|;|:\s|\.?\s*$)")
# Who the source is, set off after it: "According to Smith, a lawyer for the family, …", "Lee, 45, …".
_APPOSITIVE_AFTER = re.compile(r"\s*(?P<role>(?:a|an|the|his|her|their)\s[^,;:“”\"]{1,100}?|\d{1,3}),")
# A person's name set off after an office, opened by a form of address: "…, Mr Prince William Ankrah,".
_HOLDER_AFTER = re.compile(r"\s*(?P<name>(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),")
# A relative clause set off after the source: "According to the driver, who later complained, …".
_RELATIVE_AFTER = re.compile(r"\s*(?:who|which)\s[^,;:“”\"]{1,160},")


# A short subject and its comma, with no verb of its own: "PMFs,", "The new law,".
_SUBJECT_ONLY = re.compile(
    r"(?:(?:The|the|A|a|An|an|This|These|Its|His|Her|Their)\s+[\w’'-]+(?:\s+[\w’'-]+)?"
    r"|[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,2}),"  # ("AT&T", "P&O Ferries")
)
_VERB_IN = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|[a-z]{3,}ed)\b")


# A title whose portfolios are listed with commas and "and", then its holder's name, up to the
# sentence's end: " Chief Political, Legal and Security Minister Luhut Binsar Panjaitan."
_TITLE_OVER_COMMAS = re.compile(
    r"\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)+\s+and\s+"
    r"(?:[A-Z][\w’'.-]*\s+){2,7}[A-Z][\w’'-]*)\s*(?:[.;]\s*)?$"
)


def according_to_source(name: str) -> Mention | None:
    """The source "according to" names: "him" read as the "he" it stands for, printed as "him"."""
    mention = parse_mention(_SUBJECT_PRONOUN.get(name.lower(), name))
    if mention is None and name[:1].islower() and len(name.split()) <= 5:
        # "according to provisional results", "according to court documents": printed with no
        # article, read as with one (unnamed, described by what they are)
        bare = re.sub(r"^(?:an?|some)\s+", "", name)
        mention = parse_mention(f"the {bare}")
        return None if mention is None or mention.name is not None else evolve(mention, text=name)
    return evolve(mention, text=name) if mention is not None and name.lower() in _SUBJECT_PRONOUN else mention


def according_to_candidate(text: str, match: re.Match[str]) -> Candidate | None:
    """The attribution an "according to" (or "as per") cue at ``match`` makes; None when no speaker follows it."""
    # (a full stop inside the sentence is an abbreviation's: "According to Dr. Ann Lee,", "U.S. officials")
    after = _SOURCE_NAMED.match(text[match.end() :])
    if after is None:
        return None
    name = strip_trailing(after.group("name"))  # "… Amnesty International on Sunday evening,"
    titled = _TITLE_OVER_COMMAS.match(text, match.end())
    if titled is not None and (whole := parse_mention(titled.group("name"))) is not None and whole.person:
        # "according to Chief Political, Legal and Security Minister Luhut Binsar Panjaitan.": one
        # title listing its portfolios, then the name
        after, name = titled, titled.group("name")
    focus = _FOCUS_AFTER_NAME.fullmatch(name)
    if focus is not None and not text[: match.start()].strip():
        # "According to Panyako only Machakos, Mombasa and Migori had honored …": the name ends
        # where the statement begins, with no comma between
        name = focus.group("name")
        content_start = match.end() + after.start("name") + focus.start("content")
        mention = parse_mention(name)
        if mention is None:
            return None
        return {
            "speaker": mention,
            "cue": match.group("according").lower(),
            "lemma": "according to",
            "start": content_start,
            "end": len(text),
            "split": match.start(),
            "where": Span(match.end() + after.start("name"), match.end() + after.start("name") + len(name)),
        }
    # "According to him, ...": the object pronoun is read as the subject one it stands for; "According
    # to the deputy's account of what happened": the one whose account it is
    account = _ACCOUNT.fullmatch(name)
    made = _MADE.fullmatch(name) or _RELAYED_PAPERS.fullmatch(name)
    source = account.group("owner") if account else made.group("source") if made else name
    mention = parse_mention(source) if account else according_to_source(source)
    if made is not None and mention is not None:
        mention = evolve(mention, text=name)  # "similar interviews conducted in those cities", in full
    if mention is None:
        return None
    name_end = match.end() + after.end()
    # where the speaker is printed: the evidence's offsets, and what later readings look back from
    where = Span(match.end() + after.start("name"), match.end() + after.start("name") + len(name))
    relative = _RELATIVE_AFTER.match(text, name_end)
    if relative is not None:
        name_end = relative.end()  # "According to the driver, who later made a complaint, …": who she is
    elif text.startswith(",", name_end - 1) and mention.name is not None:
        appositive = _APPOSITIVE_AFTER.match(text, name_end)
        if appositive is not None and (is_role(appositive.group("role")) or appositive.group("role").isdigit()):
            # "According to Smith, a lawyer for the family, …", "According to Lee, 45, …": who he is
            name_end = appositive.end()
            if not appositive.group("role").isdigit():
                mention = parse_mention(source, appositive.group("role")) or mention
    if (
        relative is None
        and text.startswith(",", name_end - 1)
        and (not mention.person or mention.name is None)
        and is_role(source)
    ):
        holder = _HOLDER_AFTER.match(text, name_end)
        named = parse_mention(holder.group("name"), source) if holder is not None else None
        if holder is not None and named is not None and named.person and named.name is not None:
            # "According to the General Secretary of the Union, Mr Prince William Ankrah, …": the
            # holder's name set off after the office
            name_end, mention = holder.end(), named
            where = Span(where.start, holder.end("name"))
    left = text[: match.start()].rstrip()
    clause_follows = (
        text.startswith(",", name_end - 1)
        and (
            _SUBORDINATOR.search(left) is not None
            # "PMFs, according to Husseini, “will not launch any attacks”": a subject set before the
            # source, its verb after it; the clause's words after the source are what is reported
            or (
                _SUBJECT_ONLY.fullmatch(left) is not None
                and _VERB_IN.search(left) is None
                and bool(text[name_end:].strip(' .”"'))
            )
        )
    )
    if not left or LEADING.fullmatch(left + " ") or clause_follows:
        # "According to Anadolu, 40 Palestinians ... returned"; "..., because according to his
        # spokesman, no such meeting took place": the statement follows the speaker.
        return {
            "speaker": mention,
            "cue": match.group("according").lower(),
            "lemma": "according to",
            "start": name_end,
            "end": len(text),
            "split": match.start(),
            "where": where,
        }
    if left.endswith(",") and text.startswith(",", name_end - 1) and _PREDICATE_NEXT.match(text, name_end):
        # "The individual arrested, according to police, was later determined to be his brother": the
        # source set between the statement's subject and its verb; the statement is the whole sentence
        return {
            "speaker": mention,
            "cue": match.group("according").lower(),
            "lemma": "according to",
            "start": 0,
            "end": len(text),
            "split": match.start(),
            "where": where,
        }
    # "..., according to the ministry."
    boundary = len(left.rstrip(","))
    return {
        "speaker": mention,
        "cue": match.group("according").lower(),
        "lemma": "according to",
        "start": 0,
        "end": boundary,
        "split": boundary,
        "where": where,
    }


# The verb of the statement's subject right after a source set off by commas: "…, according to police,
# was later determined …".
_PREDICATE_NEXT = re.compile(rf"\s*(?:{AUXILIARY_PATTERN})\b")


# A sentence opening with how its speaker put it: "As he testified, …", "As the minister told the
# court, …": "As", then the subject up to the cue (no mark of a clause in it), then the frame's own
# words up to its comma.
_AS = re.compile(r"\s*(?:[Bb]ut\s+|[Aa]nd\s+)?As\s+")
_SUBJECT_WORDS = re.compile(r"[^,;:“”\"]{1,60}")
_FRAME_END = re.compile(r"[^,;:“”\"]{0,60}?,\s+(?=\S)")


#: The verbs of an account a frame opens with ("As he testified"); not those that also tell of time or
#: manner ("As they continued on their way, …").
_ACCOUNT_VERBS = frozenset(
    {"say", "tell", "testify", "state", "note", "explain", "write", "report", "claim", "argue", "recall", "put"}
)


def as_said_candidate(text: str, match: re.Match[str]) -> Candidate | None:
    """ "As he testified, the Defence Counsel had admitted that …": a sentence opened by how its
    speaker put it is that speaker's account, as "According to him, …" is; the attributions inside it
    are his account of others' words. None when the cue at ``match`` opens no such frame."""
    lemma = cue_lemma(match.group(0))
    if lemma not in _ACCOUNT_VERBS:
        return None
    frame = _AS.match(text)
    if frame is None or not _SUBJECT_WORDS.fullmatch(text, frame.end(), match.start()):
        return None
    ends = _FRAME_END.match(text, match.end())
    if ends is None:
        return None
    subject = text[frame.end() : match.start()].rstrip()
    mention = parse_mention(subject)
    if mention is None:
        return None
    return {
        "speaker": mention,
        "cue": match.group(0),
        "lemma": lemma,  # a party's own verb: what it says of others' words is its account
        "start": ends.end(),
        "end": len(text),
        "split": frame.start(),
        "where": Span(frame.end(), frame.end() + len(subject)),
    }
