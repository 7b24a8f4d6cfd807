"""Attribution patterns: who said what, with which verb, in one sentence.

The patterns are the common shapes of news attribution:

- ``X said (that) ...``, ``X, <role>, said ...``, ``X told Y (that) ...``,
  ``X reported (that) ...``, ``X condemned ...``, ``X renewed calls for ...``;
- ``..., X confirmed (on Wednesday).`` with the statement before the speaker,
  and ``“...,” he said.``;
- ``According to X, ...`` and ``..., according to X.``;
- participles that continue the speaker (``..., noting that ...``,
  ``alleging that ...``, ``and urging ...``) or bring their own
  (``despite X confirming ...``, ``with officials vowing ...``, the latter
  relayed by the sentence's first speaker);
- relays in front: ``Speaking to Anadolu Agency, X said ...``;
- a second cue joined to the first (``X blamed ... and said that ...``), a
  passive ``X was quoted (by Y) as saying ...``, a discourse adverbial between
  speaker and cue (``X, on the other hand, told ...``), a cue set inside its
  statement (``..., the witness says, and ...``).

Each pattern yields an :class:`Attribution` with offsets into the text, so the
quote is always a verbatim span.
"""

from __future__ import annotations

import re
from typing import Literal, TypedDict

from claimgraph.attribution import CUE_ENTRIES, NOUN_CUES
from claimgraph.extract.records import Attribution, Span
from claimgraph.extract.sentences import Sentence
from claimgraph.extract.speakers import RANK_PREFIX, Mention, is_relay, is_role, parse_mention

__all__ = ["CUE", "CUE_VERBS", "MAX_SENTENCE", "cue_lemma", "sentence_attributions", "speaker_before"]

#: Longer "sentences" are not news prose (a table, a run-on dump); they are skipped,
#: which also bounds the cost of every pattern below.
MAX_SENTENCE = 2_000

# Every speech cue of the shared lexicon, by printed form. Present forms more often nouns
# ("guarantor states", "media reports") are verbs only after a subject that cannot hold a noun
# before them ("she maintains", "Reuters reports"; see _NOUNY); base forms ("say", "tell") are
# kept for "Republicans say ...", "went on to say ...".
NOUN_LEMMAS = frozenset(entry.lemma for entry in NOUN_CUES)
_ENTRY_OF = {
    form: entry for entry in CUE_ENTRIES if entry.speech and entry.lemma not in NOUN_LEMMAS for form in entry.forms
}
_NOUNY_FORMS = frozenset(form for entry in CUE_ENTRIES for form in entry.nouny if form in _ENTRY_OF)
# What may stand right before a present form that is more often a noun, for it to be a verb: a
# pronoun, or a capitalised word ("Reuters reports", "Hale insists"; not "media reports").
_NOUNY_SUBJECT = re.compile(r"(?:(?<![\w-])(?:he|she|it|who|He|She|It)|[A-Z][\w’'\-]*[a-z][\w’'\-]*)\s+$")
_LEMMA_OF = {form: entry.lemma for form, entry in _ENTRY_OF.items()}
# Verbs whose object is the statement itself ("condemned the mistreatment"): the quote keeps them.
_OBJECT_VERBS = frozenset(entry.lemma for entry in CUE_ENTRIES if entry.object)


class _Candidate(TypedDict, total=False):
    """An attribution while the sentence is read, offsets into the sentence.

    Each pattern fills the keys it knows; ``split`` is where the statement of
    an attribution read before it must end, ``cue_at`` where the cue is printed,
    ``where`` where the speaker's mention is, ``same_as`` and ``relayed_by``
    index the list of candidates.
    """

    speaker: Mention | None
    cue: str
    lemma: str
    start: int
    end: int
    split: int
    cue_at: tuple[int, int]
    where: Span
    relay: str | None
    rule: str
    same_as: int | None
    relayed_by: int | None
    review: str


# A character → the subtree of the words continuing with it; the key "" marks a word's end.
_Tree = dict[str, "_Tree"]


def _alternation(words: list[str]) -> str:
    """A regular expression matching any of the words, as a prefix tree (fast: no backtracking over a long list)."""
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: _Tree) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return pattern(tree)


#: A regular expression (a string) matching any speech verb form of the lexicon.
CUE_VERBS = _alternation(sorted(_LEMMA_OF))
_CUE = re.compile(r"(?<![\w-])(?:(?P<according>[Aa]ccording to|[Aa]s per)|(?P<verb>" + CUE_VERBS + r"))(?![\w-])")
#: A speech cue: a verb form of the lexicon, or "according to".
CUE = _CUE


def cue_lemma(form: str) -> str:
    """The lemma of a verb form :data:`CUE` matched ("told" → "tell")."""
    return _LEMMA_OF.get(form, form.lower())


_NEEDS = {form: entry.needs for form, entry in _ENTRY_OF.items() if entry.needs}
_QUOTE_CLOSE = re.compile(r"[”\"’]")
# "called the polls a “farce”": naming something with a quoted word is a statement too.
_CALLED_QUOTED = re.compile(r"\s+[^,.;:“”\"‘]{1,80}?\s+(?:(?:a|an|the)\s+)?[“\"‘]")

_BOUNDARY = re.compile(r"\s*(?:[,;:]\s*[”\"’]?|[”\"’]?\s*[—–]|\s-)\s*")
# Every boundary holds one of these marks, and nothing but them, quote marks and white space.
_BOUNDARY_MARKS = ",;:—–-"
_BOUNDARY_CHARS = frozenset(_BOUNDARY_MARKS + '”"’')
_UP_TO_LAST_MARK = re.compile(rf".*[{re.escape(_BOUNDARY_MARKS)}]", re.DOTALL)  # one pass back from the end
_LEADING = re.compile(
    r"^(?:(?:and|but|while|whereas|as|meanwhile|however|moreover|separately|in contrast|where|when|because|"
    r"although|though|once|"
    r"by contrast|for (?:its|his|her|their) part|in response|later|earlier|then)\b[,\s]*)+",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    r"(?:\s+[“\"]?(?:also|further|later|earlier|previously|again|repeatedly|reportedly|separately|"
    r"then|had|has|have|would|will|today|yesterday|tonight|"
    r"(?:on |late |early |late on |early on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:on|for) (?:its|his|her|their) part|"
    # an adverb of manner: "Laibi firmly denied", "Pakistan on Tuesday “categorically rejected”"
    r"(?!(?:family|assembly|ally|rally|daily|weekly|monthly|quarterly|supply|anomaly|monopoly)\b)[a-z]{3,}ly))+$"
)
# A discourse adverbial set off by commas between the speaker and the cue.
_PARENTHETICAL = re.compile(
    r",\s*(?:on the other hand|for (?:its|his|her|their) part|however|meanwhile|in turn|in response|too|though|"
    r"in (?:a|an) (?:statement|interview|televised address)|"
    r"in (?:his|her|their|its) (?:evidence|testimony|statement|speech|remarks|letter|submission)[^,]{0,60})\s*,$",
    re.IGNORECASE,
)
_RELAY_PREFIX = re.compile(
    r"^(?:(?:Speaking|Talking) (?:to|with)|In (?:an|a telephone|an exclusive) interview with|"
    r"In (?:a|an) (?:statement|interview) (?:to|with)|Writing (?:in|for))\s+"
    r"(?P<relay>(?:the\s+)?[A-Z][^,]{0,80}?),\s*"
)
_QUOTING_PREFIX = re.compile(r"^(?:Quoting|Citing)\s+(?P<source>[^,;:“”\"]{2,120}?),\s+")
_VENUE_PREFIX = re.compile(r"^(?:Speaking|Talking|Writing)\s[^,]{0,120},\s*")
_ADVERBIAL = re.compile(
    r"\s*,?\s*(?:(?:late |early |earlier |later )?on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?: (?:morning|afternoon|evening|night))?|today|yesterday|(?:last|this) (?:week|month)|"
    r"on \w+ \d{1,2}|earlier|later|"
    r"in a (?:statement|press conference|press release|televised address|post|interview)"
    r"(?: on [A-Z]\w+)?|in remarks)\s*,?"
)
_LISTENER = re.compile(
    r"\s+(?P<listener>(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|of|\d{1,3}(?![\d,.]\d)))*|"
    r"(?:reporters|journalists|the press|a press conference|a news conference|"
    r"local media|state media|[a-z]+ media|media|lawmakers|legislators|donors|supporters|delegates|investors|analysts|"
    r"jurors|colleagues|staff|employees|workers|followers|viewers|listeners|readers|fans|voters|members|MPs|MSPs|"
    r"MSs|senators|councillors|councilors|peers|shareholders|parents|"
    r"(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:jury|court|judge|committee|hearing|briefing|"
    r"conference|meeting|audience|crowd|rally|summit|parliament|assembly|council|forum|session|panel|inquiry|"
    r"tribunal|programme|program|newspaper|paper|broadcaster|station|channel|agency|magazine|website|podcast|"
    r"show|press|lawmakers|donors|supporters|members|delegates|investors|students|residents)))(?![\w-])"
)
# Words before a cue that make it an adjective ("an estimated 58,000", "the alleged") or a noun.
# A possessive before it makes it a noun too ("Israel's claim that ...").
_NOT_A_VERB = re.compile(
    r"(?:(?:^|\s)(?:a|an|the|its|his|her|their|our|this|that|brief|recent|new)|\w['’]s?)\s*$", re.IGNORECASE
)


def _not_a_verb(text: str, pos: int, endpos: int) -> bool:
    """Whether :data:`_NOT_A_VERB` matches in ``text`` from ``pos`` to ``endpos`` (as its ``search`` reads them).

    A match is at most seven characters and the white space after them up to ``endpos``,
    so only the last few places before that white space are tried, not every one.
    """
    last = pos + len(text[pos:endpos].rstrip())
    return _NOT_A_VERB.search(text, max(pos, last - 8), endpos) is not None


# A cue that was denied or never happened: "did not say", "declined to comment", "would not confirm".
# (The lookahead holds the words' first letters: most places are passed over at once.)
_NEGATED = re.compile(
    r"(?=[dfnr])"
    r"(?:\bnot|n[’']t|\bnever|\bdeclined to|\brefused to|\bfailed to|\bno one|\bnobody|\bneither)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "went on to say", "was quick to add", "are expected to announce": the subject stands before these.
_INFINITIVE = re.compile(r"\s(?:\w+\s+){1,2}to\s*$")
_TO_LISTENER = frozenset(
    {
        "say",
        "tell",
        "explain",
        "report",
        "write",
        "reply",
        "respond",
        "appeal",
        "announce",
        "complain",
        "post",
        "tweet",
        "declare",
        "mention",
        "describe",
        "confirm",
        "deny",
        "insist",
        "admit",
        "warn",
        # Commissives: what follows "to" is the promise or threat itself ("pledged to continue").
        "pledge",
        "vow",
        "promise",
        "threaten",
        "swear",
    }
)
_ADJUNCT = re.compile(
    r"\s*,?\s*(?:(?:on|in|at|during|after|before|via|from|to|late|early|last|this|earlier|later|under|amid|with|"
    r"without|through|by|ahead of)(?:\s+(?!(?:it|he|she|they|we|I|you|there|that|was|were|is|are|would|will|had|"
    r"has|could)\b)[\w’'-]+){1,7}?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today)"
    r"(?=\s*(?:$|[.;]\s*[”\"’]?\s*$))"
)
_RELATIVE = re.compile(r"(?:who|which|whose)\b")
# "is blaming", "are claiming": a progressive is a finite cue with a subject of its own.
_PROGRESSIVE = re.compile(r"(?<![\w-])(?:is|are|was|were)\s+$")
# What follows a cue when it is an adjunct or a clause of time or manner, not what was said.
_ADJUNCT_START = re.compile(
    r"(?:in|on|at|as|even as|despite|following|amid|during|from|via|under|adjacent to|as quoted by|taking|"
    r"referring to)(?![\w-])"
)
# A passive before a speech verb: "had been denied entry", "were told to leave": nobody speaks there.
_PASSIVE = re.compile(r"(?<![\w-])(?:been|be|being|was|were|is|are)\s+$")
# A time after the cue, then a comma: what follows is about when, not what was said.
_TIME_THEN_CLAUSE = re.compile(
    r"\s*(?:(?:on|late|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|"
    r"yesterday|today|tonight|last\s+\w+|this\s+\w+)\s*,\s+(?:a|an|the|after|before|when|as|while|during|just)\b"
)
_AGE = re.compile(r"\d{1,3}")
# An appositive describing the person before it: "Jason Healey, a senior research scholar at
# Columbia University, said".
_DESCRIBED = re.compile(
    # "The study, published in the Journal of ..., suggests": a participle describing the subject
    r"(?:published|based|led|released|written|funded|conducted|commissioned|issued|dated)\s+(?:in|by|at|on|\w+\s\d)"
    r"[^,;:“”\"]{0,120}$|"
    r"(?i:a|an|the|his|her|their|its)\s+[a-z](?:(?!(?<![\w-])(?:is|was|were|are|has|have|had|would|will|"
    r"(?!based|led|owned|backed|appointed|named|elected|retired|renowned|respected|trained|experienced)[a-z]+ed)"
    r"(?![\w-]))[^,;:“”\"]){0,120}$"
)
_QUOTED = re.compile(
    r"(?<![\w-])(?:quoted|cited)\s+(?P<speaker>[^;:“”\",]{2,150}?)(?:,\s*who\b[^,]*,|,\s*(?P<role>[^,;:“”\"]{2,120}),)?\s+as\s+$"
)
_ANONYMITY = re.compile(r"\s*,?\s*(?:on|under) (?:the )?condition of anonymity,?\s*")
# A prepositional phrase between the cue and "that": "said in a brief post on X that".
_ADJUNCT_THEN_THAT = re.compile(
    r"\s*,?\s*(?:in|on|at|during|via|through|to|after|before)\s[^,;:“”\"]{1,80}?\sthat\s"
    r"|\s*,\s*(?:following|after|before|during|in|on|at|citing|referring to)\s[^,;:“”\"]{1,100}?,\s*that\s"
)
_PARTICLE = r"(?:(?:de|van|von|al|el|bin)\s+)?"
_NAME_ONLY = re.compile(rf"{_PARTICLE}[A-Z][\w’'.\-]*(?:\s+{_PARTICLE}[A-Z][\w’'.\-]*){{0,3}}")
_COMPLEMENTISER = re.compile(r"(?<![\w-])that\s+")
_THAT = re.compile(r"\s*(?:that\s+)?")
_OWN_SUBJECT = re.compile(r",\s*(?P<link>despite|with|as|while|after|amid)\s+(?P<subject>[^,]{1,120}?)\s*$")
_CONTINUES = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(text):  # noqa: B007 (the last one is the one wanted)
        pass
    return last


# A list of named parties as a subject: "The Manitoba Federation of Labour, the MGEU and CUPE".
_LISTED = re.compile(
    r"(?:^|[;:]\s*)(?P<first>(?!(?:In|On|At|After|Before|During|From|Since|For|With|By|Under|As|When|While|If)\b)"
    r"(?:[Tt]he\s+)?[A-Z][\w’'\-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'\-]*))*)$"
)
_LISTED_ITEM = re.compile(
    r"(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of|for|the|and|[A-Z][\w’'\-]*))*\s+and\s+(?:the\s+)?[A-Z][\w’'\-]*"
    r"(?:\s+(?:of|for|the|[A-Z][\w’'\-]*))*"
)


def _last_verb_cue(text: str) -> re.Match[str] | None:
    """The last cue of ``text`` used as a verb: "The report" and "Israel's claim" hold nouns."""
    last = None
    for match in _CUE.finditer(text):
        if match.group("according"):
            last = match
            continue
        if _not_a_verb(text, max(0, match.start() - 40), match.start()) or _a_noun(text, match):
            continue
        if match.group(0) in _NOUNY_FORMS and not text[match.end() :].strip():
            continue  # "Media reports" right before the cue: the subject of that cue
        form = match.group(0)
        if form == _LEMMA_OF.get(form) and not _PLURAL_BEFORE.search(text, 0, match.start()):
            continue  # "The audit report": a base form after a singular word is a noun
        last = match
    return last


# A plural subject right before a base form ("they say", "officials report"): the form is a verb.
_PLURAL_BEFORE = re.compile(r"(?:\b(?:they|we|you|I)|\w\ws)\s+$")


def _last_boundary(text: str, limit: int) -> re.Match[str] | None:
    """The last :data:`_BOUNDARY` a scan of ``text[:limit]`` from its start finds.

    Read from the end: a boundary holds only marks, quote marks and white space, so none
    reaches over any other character, and a scan begun just after such a character finds
    the same boundaries beyond it as a scan from the start. The run of those characters
    around the last mark is scanned from its start; if it holds no boundary, the run
    around the mark before it, and so on.
    """
    end = limit
    while True:
        up_to_mark = _UP_TO_LAST_MARK.match(text, 0, end)
        if up_to_mark is None:
            return None
        mark = up_to_mark.end() - 1
        start = mark
        while start > 0 and (text[start - 1].isspace() or text[start - 1] in _BOUNDARY_CHARS):
            start -= 1
        last = None
        for match in _BOUNDARY.finditer(text, start, end):
            if match.end() <= limit:
                last = match
        if last is not None:
            return last
        end = start - 1 if start > 0 else 0
        if end <= 0:
            return None


def speaker_before(text: str, cue_start: int) -> tuple[Mention, int, Span] | None:
    """The speaker before a finite cue in one sentence.

    Returns:
        The mention, where the statement before the speaker must end, and the
        mention's offsets in ``text``; None when no speaker stands there.
    """
    left = _PARENTHETICAL.sub("", text[:cue_start].rstrip())  # "Daglo, on the other hand, told"
    left = _TRAILING.sub("", left)  # "X, a spokesman, also said"
    appositive = None
    named = None  # "Another de Blasio spokesman, Austin Finan, said": the name set off by commas
    named_at = 0
    if left.endswith(","):
        inner = left[:-1]
        boundary = _last_boundary(inner, len(inner))
        if boundary is None:
            return None
        appositive = inner[boundary.end() :]
        if _RELATIVE.match(appositive) or _AGE.fullmatch(appositive):
            appositive = None  # "officials, who spoke on condition of anonymity, said"; "Ann Ray, 31, said"
        elif _NAME_ONLY.fullmatch(appositive):
            named, named_at, appositive = appositive, boundary.end(), None
        elif not is_role(appositive) and not _DESCRIBED.match(appositive):
            return None
        left = inner[: boundary.start()]
    boundary = _last_boundary(left, len(left))
    begin = boundary.end() if boundary is not None else 0
    if begin == 0:
        relay = _RELAY_PREFIX.match(left) or _VENUE_PREFIX.match(left)
        if relay is not None:
            begin = relay.end()
    listed = _LISTED.search(left, 0, boundary.start()) if boundary is not None and " and " in left[begin:] else None
    if listed is not None and _LISTED_ITEM.fullmatch(left[begin:].strip()):
        # "The Manitoba Federation of Labour, the MGEU and CUPE confirm ...": every party listed
        names = left[listed.start("first") :].strip()
        return Mention(names, names, plural=True), listed.start("first"), Span(listed.start("first"), len(left))
    segment = left[begin:]
    stripped = _LEADING.sub("", segment)
    begin += len(segment) - len(stripped)
    segment = _TRAILING.sub("", stripped)
    begin += len(segment) - len(segment.lstrip())  # the mention's offset is its first letter's
    segment = segment.strip()
    that = (_last_match(_COMPLEMENTISER, segment) if "that" in segment else None) or _last_verb_cue(segment)
    if that is not None:
        # "Axios reported that Israeli officials", "He said the protesters": the speaker
        # starts after "that" or the outer cue.
        rest = segment[that.end() :]
        begin += that.end() + len(rest) - len(rest.lstrip())
        segment = rest.strip()
    if not segment:
        return None
    if named is not None:
        if not is_role(segment) and not _DESCRIBED.match(segment):
            return None  # "The defendant in the case, Gov. Steve Beshear, said": described, then named
        mention = parse_mention(named, segment)
        return (mention, begin, Span(named_at, named_at + len(named))) if mention is not None else None
    mention = parse_mention(segment, appositive)
    if mention is None:
        return None
    return mention, (boundary.start() if boundary is not None else begin), Span(begin, begin + len(segment))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ',:;“"‘'):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] in ".,;:" and text[start:end].count("“") <= text[start:end].count("”"):
        end -= 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ","):
            end -= 1
    # A quote left open by trimming ("“We are ready,” he said" → "We are ready") keeps its marks out.
    if end > start and text[end - 1] == "”" and "“" not in text[start:end]:
        end -= 1
        while end > start and text[end - 1] in ".,;: ":
            end -= 1
    return start, end


def sentence_attributions(sentence: Sentence) -> list[Attribution]:
    """Every attributed statement in one sentence, in the order the cues appear.

    Args:
        sentence: a sentence from :func:`claimgraph.extract.sentences.split_sentences`.

    Returns:
        The attributions, with offsets into the whole text; an empty list for a
        sentence with none, or one longer than :data:`MAX_SENTENCE`.
    """
    text = sentence.text
    if len(text) > MAX_SENTENCE:
        return []
    relay_match = _RELAY_PREFIX.match(text)
    relay = relay_match.group("relay").strip() if relay_match else None
    quoting = _QUOTING_PREFIX.match(text)
    found: list[_Candidate] = []
    verbs: list[int] = []  # where speech verbs stand, read or not
    finite: list[int] = []  # those of them in a finite form ("claimed", not "to verify")
    for match in _CUE.finditer(text):
        cue = match.group(0)
        if match.group("according"):
            item = _according(text, match, found)
        else:
            if (
                not cue.endswith("ing")
                and not _not_a_verb(text, max(0, match.start() - 40), match.start())
                and not _PASSIVE.search(text, max(0, match.start() - 40), match.start())
                and not _a_noun(text, match)
            ):
                verbs.append(match.start())
                if _finite_cue(text, match):
                    finite.append(match.start())
            if _a_noun(text, match):
                continue  # "media reports", "the claims": a noun
            if not _needs_met(text, match) and not (
                _LEMMA_OF[cue] == "call" and _CALLED_QUOTED.match(text, match.end())
            ):
                continue
            progressive = cue.endswith("ing") and _PROGRESSIVE.search(text, max(0, match.start() - 12), match.start())
            item = (
                _quoted_as(text, match)
                if cue in ("saying", "telling", "adding", "claiming") and text.endswith(" as ", 0, match.start())
                else _participle(text, match, found)
                if cue.endswith("ing") and " " not in cue and not progressive
                else _finite(text, match, found)
            )
        if item is not None:
            item.setdefault("relay", None)
            item["cue_at"] = (match.start(), match.end())
            found.append(item)
    if found and relay is not None:
        first = next((i for i in found if i["speaker"] is not None), None)
        if first is not None:
            first["relay"] = relay
    if found and quoting is not None:
        first = next((i for i in found if i["speaker"] is not None), None)
        source = parse_mention(quoting.group("source"))
        if first is not None and first["speaker"] is not None and source is not None and source.name is not None:
            # "Quoting unnamed government sources, Reuters reported that ...": the sources speak,
            # the one quoting them relays.
            first["relay"] = first["speaker"].text
            first["speaker"] = source
            first["where"] = Span(quoting.start("source"), quoting.end("source"))
    for item in found:
        main = item.get("same_as")
        if main is not None and found[main]["start"] == found[main]["end"]:
            # "“…,” she said, adding that ...": the quote holds her statement, read with its marks;
            # the participle continues her with a statement of its own.
            item["speaker"], item["where"] = found[main]["speaker"], found[main]["where"]
            item.pop("same_as")
    found = _nested(text, found, verbs, finite)
    # A statement ends where the next attribution of the sentence begins.
    results: list[Attribution] = []
    position: dict[int, int] = {}
    for index, item in enumerate(found):
        end = item["end"]
        for later in found[index + 1 :]:
            if item["start"] < later["split"] < end:
                end = later["split"]
                break
        start, end = _trim(text, item["start"], end)
        same_as = _renumbered(position, item.get("same_as"))
        relayed_by = _renumbered(position, item.get("relayed_by"))
        if not any(c.isalnum() for c in text[start:end]):
            continue
        if (
            start >= item["cue_at"][1]
            and _ADJUNCT_START.match(text, start)
            and not re.search(r"\bthat\s*$", text[item["cue_at"][1] : start])
            and (len(text[start:end].split()) <= 8 or text.startswith(("as ", "even as "), start))
            and not any(later.get("same_as") == index for later in found)
            and not any(mark in text[start:end] for mark in '“"')  # 'he said, as "who can remember ...?"'
        ):
            continue  # "said in a news conference in Berlin", "said as the system teeters": no content
        if item["speaker"] is None and same_as is None:
            continue  # its speaker's own statement was empty and dropped
        position[index] = len(results)
        results.append(
            Attribution(
                speaker=item["speaker"],
                same_as=same_as,
                relayed_by=relayed_by,
                relay=item["relay"],
                cue=item["cue"],
                lemma=item["lemma"],
                start=sentence.start + start,
                end=sentence.start + end,
                cue_span=Span(sentence.start + item["cue_at"][0], sentence.start + item["cue_at"][1]),
                speaker_span=(
                    Span(sentence.start + item["where"].start, sentence.start + item["where"].end)
                    if "where" in item
                    else None
                ),
                rule=item.get("rule", "speaker-cue"),
                confidence=0.8 if item["speaker"] is not None and item["speaker"].name else 0.6,
                review=item.get("review"),
            )
        )
    return results


def _renumbered(position: dict[int, int], index: int | None) -> int | None:
    """Where the candidate at ``index`` ended up among the results; None for none or a dropped one."""
    return position.get(index) if index is not None else None


def _is_pronoun(mention: Mention | None) -> bool:
    """Whether a speaker is a pronoun: neither a name nor a description ("he", "they")."""
    return mention is not None and mention.name is None and mention.description is None


def _nested(text: str, found: list[_Candidate], verbs: list[int], finite: list[int]) -> list[_Candidate]:
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
            # "According to X, ... Y said": Y speaks. "X reported that Y said": Y speaks only
            # when nothing of X's own stands before Y in X's statement.
            speaker_at = later["where"].start if "where" in later else later["split"]
            if according and _SUBJECT_VERB.search(text, outer["start"], speaker_at):
                # "According to X, Hamas has not received proposals, despite reports suggesting ...":
                # a later clause's speaker; X's statement ends where that clause begins
                own_end = min(own_end, later["split"])
                continue
            pronoun = _is_pronoun(later["speaker"])
            if not according and pronoun and later["split"] <= outer["start"] + len("that "):
                drop.add(found.index(later))  # "X said they had urged ...": X's own words, said once
                continue
            if not according and later["split"] <= outer["start"] + len("that ") and outer["speaker"].name is None:
                # "He said the protesters pledged ...": whether "he" relays or takes a side is not
                # known here, so neither statement is drafted.
                drop.update((index, found.index(later)))
                continue
            if (
                not according
                and not (outer["lemma"] == "report" or is_relay(outer["speaker"]))
                and not is_relay(later["speaker"])
                and (
                    later["split"] <= outer["start"] + len("that ")
                    or ("where" in later and text[: later["where"].start].rstrip().endswith(" that"))
                )
            ):
                # "Bratton said Celona claimed ...", "Armah said it was the union's expectation that
                # the Ministry writes to them ...": a party's account of another party's words is
                # the first party's statement; it never becomes the second party's.
                drop.add(found.index(later))
                continue
            if according or later["split"] <= outer["start"] + len("that "):
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
        if relays and index not in drop and any(outer["start"] <= at < own_end for at in verbs):
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


def _past_that(text: str, at: int) -> int:
    """The offset past the spaces and the "that" at ``at``, if any (the pattern matches even nothing)."""
    match = _THAT.match(text, at)
    return match.end() if match is not None else at


def _statement_first(mention: Mention, cue: str, lemma: str, split: int, where: Span, relay: str | None) -> _Candidate:
    """The statement standing before its speaker and cue: from the sentence's start to ``split``."""
    return {
        "speaker": mention,
        "cue": cue,
        "lemma": lemma,
        "start": 0,
        "end": split,
        "split": split,
        "where": where,
        "relay": relay,
    }


def _finite(text: str, match: re.Match[str], found: list[_Candidate]) -> _Candidate | None:
    cue = match.group("verb")
    lemma = _LEMMA_OF[cue]
    before = text[max(0, match.start() - 40) : match.start()]
    if _not_a_verb(before, 0, len(before)) or _NEGATED.search(before) or text.startswith(("'s", "’s"), match.end()):
        return None  # "an estimated 58,000", "did not say", "declined to comment", "the state's"
    cue_start = match.start()
    if cue.endswith("ing"):
        progressive = _PROGRESSIVE.search(text, max(0, cue_start - 12), cue_start)
        if progressive is not None:
            cue_start = progressive.start()  # "The leader is blaming ...": the subject stands before "is"
    # Only text ending in "to" can end in an infinitive's "to": the search over the whole
    # sentence is spared for the rest.
    ends_in_to = text[:cue_start].rstrip().endswith("to")
    infinitive = _INFINITIVE.search(text, 0, cue_start) if ends_in_to else None
    if infinitive is not None:
        cue_start = infinitive.start()  # "went on to say", "Republicans say"
    subject = speaker_before(text, cue_start)
    if subject is None:
        return _coordinated(text, match, lemma, found) or _inverted(text, match, lemma)
    mention, split, where = subject
    if (
        lemma in _OBJECT_VERBS
        and text[: where.start].rstrip().endswith(" that")
        and _CUE.search(text, 0, where.start) is None
    ):
        # "The Government is disappointed that nurses have rejected the offer": an act someone
        # else's words report, not a statement of the nurses'
        return None
    if cue == lemma and infinitive is None and not _plural_subject(mention):
        return None  # "the UK remains a member state": a base form needs "they", "officials", "to"
    rest = match.end()
    if text.startswith(" about ", rest) and lemma not in _OBJECT_VERBS:
        return None  # "wrote about potential deals": a topic, not what was said
    if (
        text.lstrip().startswith(("“", '"', "‘", "''"))
        and text[: where.start].rstrip().endswith(_QUOTE_CLOSERS)
        and not _THAT_NEXT.match(text, rest)
    ):
        # "“We are still assessing,” she said in a video posted online": the quote is the statement
        # (read with its quote marks); what follows the cue is an adjunct, or a participle
        # ("..., adding that ...") that takes this speaker.
        return {
            "speaker": mention,
            "cue": cue,
            "lemma": lemma,
            "start": rest,
            "end": rest,
            "split": split,
            "where": where,
            "relay": None,
        }
    if split > 0 and text[: where.start].rstrip().endswith(",") and text[rest:].lstrip().startswith(", and "):
        # "Staff rushed to her aid, the witness says, and ushered her out": the cue is set in the
        # statement; what follows it continues the statement's own clause, not the speaker's words.
        return _statement_first(mention, cue, lemma, split, where, None)
    if lemma not in _TO_LISTENER and text.startswith(" to ", rest) and not text.startswith(" to the ", rest):
        return None  # "continued to fight", "agreed to talks": an infinitive, not speech
    if lemma in ("cite", "quote") and _CITED_AS.match(text, rest):
        return None  # "cited analyst X as claiming that ...": X's statement, read at "claiming"
    if lemma in ("respond", "reply") and text.startswith(" to ", rest) and not _SAID_AFTER_LISTENER.match(text, rest):
        return None  # "Solomon was responding to Khairudin, who ...": whom, not what
    relay = None
    if lemma == "tell":
        listener = _LISTENER.match(text, rest)
        if listener is None:
            return None
        name = listener.group("listener")
        if name[:1].isupper() or name.startswith("the "):
            relay = name.removeprefix("the ").strip()
        rest = listener.end()
    while (adverbial := _ADVERBIAL.match(text, rest)) is not None and adverbial.end() > rest:
        rest = adverbial.end()
    adjunct = _ADJUNCT.match(text, rest)
    if adjunct is not None:
        rest = adjunct.end()  # "said in Manila", "told reporters on Thursday afternoon"
    if _TIME_THEN_CLAUSE.match(text, rest) and split > 0:
        rest = len(text)  # "X told the media Monday, a day after the vote": adjuncts, the statement came first
    framed = _ADJUNCT_THEN_THAT.match(text, rest)
    if framed is not None:
        rest = framed.end() - len("that ")  # "said in a brief post on X that ...": the content follows "that"
    tail = text[rest:].strip(' .”"’')
    if tail in (":", ",", ";"):
        return None  # "Writing for the majority, Roberts said:": the quote is in the next paragraph
    if len(tail.split()) == 1 and tail.isalpha() and split > 0:
        tail = ""  # "told the BBC's Network Africa programme.": a word left over, not a statement
    if split > 0 and framed is None and _ADJUNCT_START.match(tail) and not any(m in tail for m in '“"'):
        tail = ""  # "..., Ana Elder said as the health system teeters": the statement came first
    if not tail:
        # The statement comes first: "..., the Palestinian Red Crescent Society confirmed." It
        # ends at a comma, a dash or a quote; "Hamas said it agreed to the deal." is no such thing.
        marks = (",", "”", '"', "’", "—", "–", ";", "-")
        if split == 0 or not (text[:split].rstrip().endswith(marks) or text[split:].lstrip().startswith(marks)):
            return None
        if _COMPLEMENTISER.search(text, split, where.start) or _CUE.search(text, split, where.start):
            # "..., despite reports suggesting that Israel and Egypt had agreed": the speaker sits in a
            # clause of its own; what stands before the comma is not what it said
            return None
        read = {item["cue_at"][0] for item in found}
        if any(_finite_cue(text, inner) and inner.start() not in read for inner in _CUE.finditer(text, 0, split)):
            # "The wife of one of the detainees said her husband ..., the HRW said.": the statement
            # has a speaker of its own the rules could not read; never the relaying party's words.
            return None
        return _statement_first(mention, cue, lemma, split, where, relay)
    start = _past_that(text, rest)
    told = _NAMED_LISTENER_THAT.match(text, rest)
    if told is not None:
        start = told.end()  # "promised Amnesty International that the army will ...": what was promised
    elif lemma in _OBJECT_VERBS and not text[rest:].lstrip().startswith("that "):
        start = match.start()
    elif _MEDIUM.match(text, start):
        return None  # "posted a statement on her site": what was posted, not what it says
    end = len(text)
    named = _CALLED_QUOTED.match(text, rest) if lemma == "call" else None
    if named is not None:
        # "called the polls a “farce”, citing ...": the naming ends with its quoted word
        close = _QUOTE_CLOSE.search(text, named.end())
        end = close.end() if close is not None else end
    return {
        "speaker": mention,
        "cue": cue,
        "lemma": lemma,
        "start": start,
        "end": end,
        "split": split,
        "where": where,
        "relay": relay,
    }


_CITED_AS = re.compile(r"\s+[^,.;:“”\"]{2,150}?\s+as\s+(?:saying|claiming|telling|adding)(?![\w-])")
# After "responded to X": that, a colon or a quote must follow for anything to have been said.
_SAID_AFTER_LISTENER = re.compile(r"\s+to\s+[^,;:“”\"]{1,80}?(?:\s+that\s|\s*:|\s*[,]?\s*[“\"])")
# A named listener between a cue and "that": "promised Amnesty International that ...".
_NAMED_LISTENER_THAT = re.compile(r"\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,4}\s+that\s")
# The thing a cue put out, not its content: "posted a statement on her site", "wrote a letter".
_MEDIUM = re.compile(
    r"\s*(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|video|message|letter|tweet|post|photo|"
    r"picture|image|link|note|clip|update)(?![\w-])"
)

# "He blamed the RSF ... and said that ...", "Burhan said ... but added that ...": a second cue
# sharing the subject of the first.
_COORDINATED = re.compile(r"(?:,\s*)?\s(?:and|but)\s+(?:also\s+|later\s+|then\s+)?$")
_COORDINATED_LEMMAS = frozenset({"say", "add", "tell", "insist", "note", "stress", "warn", "explain", "argue"})
# Joined cues whose object is the statement: "rejected the results and urged the commission to ...".
_COORDINATED_OBJECT_LEMMAS = frozenset({"urge", "demand", "call", "appeal", "accuse", "blame", "vow", "pledge"})


def _coordinated(text: str, match: re.Match[str], lemma: str, found: list[_Candidate]) -> _Candidate | None:
    """A cue joined by "and"/"but" to an attribution earlier in the sentence takes its speaker;
    only a verb of saying followed by "that", so "and charged them with murder" is no statement."""
    if lemma not in _COORDINATED_LEMMAS and lemma not in _COORDINATED_OBJECT_LEMMAS:
        return None
    joined = _COORDINATED.search(text, 0, match.start())
    if joined is None:
        return None
    rest = match.end()
    if lemma == "tell":
        listener = _LISTENER.match(text, rest)
        if listener is None:
            return None
        rest = listener.end()
    that = re.compile(r"\s+that\s").match(text, rest)
    if not found:
        # "The commissioner expressed satisfaction with the vote and said the turnout was 80
        # per cent": the cue shares the subject of a verb that is not one.
        subject = _main_subject(text, joined.start())
        if subject is None or any(_finite_cue(text, cue) for cue in _CUE.finditer(text, 0, joined.start())):
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
    if that is None and lemma not in _COORDINATED_OBJECT_LEMMAS:
        return None
    main = next((i for i in range(len(found) - 1, -1, -1) if found[i]["speaker"] is not None), None)
    if main is None or found[main]["cue_at"][1] > joined.start():
        return None
    return {
        "speaker": None,
        "same_as": main,
        "cue": match.group("verb"),
        "lemma": lemma,
        "start": that.end() if that is not None else match.start(),
        "end": len(text),
        "split": joined.start(),
    }


# "..., said Akar.", "..., on Monday asserted the National Bank of Romania's governor Mugur
# Isarescu at a conference, adding ...": the cue after the statement, the speaker after the cue.
_BEFORE_INVERTED = re.compile(
    r",\s*(?:(?:late |early )?on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|yesterday\s+|today\s+)?$"
)
_INVERTED_SPEAKER = re.compile(
    rf"\s+(?P<speaker>(?:(?:the|a|an)\s+)?{RANK_PREFIX}*[A-Z][^,.;:“”\"()]{{0,100}}?"
    r"(?:\s+\([A-Z]{2,6}\)[’']s(?:\s+[^,.;:“”\"()]{1,60}?)?)?)"
    r"\s*(?=[,.;:]|\s+(?:on|in|at|after|during|as|when|while|before|from|via|to|adding|saying|noting|who)\b|$)"
)


def _inverted(text: str, match: re.Match[str], lemma: str) -> _Candidate | None:
    """A cue after its statement with the speaker after the cue ("..., said the minister.")."""
    before = _BEFORE_INVERTED.search(text, 0, match.start())
    if before is None or before.start() == 0 or lemma in _OBJECT_VERBS or lemma == "tell":
        return None  # "X, a member of ..., told Sky News": what follows "told" is the listener
    if any(_finite_cue(text, inner) for inner in _CUE.finditer(text, 0, before.start())):
        return None  # "The station reported ..., said Wang": the statement has a speaker of its own
    speaker = _INVERTED_SPEAKER.match(text, match.end())
    if speaker is None:
        return None
    words = speaker.group("speaker")
    mention = parse_mention(words)
    if mention is None or (mention.name is None and mention.description is None):
        return None  # "..., said he": a pronoun after its cue is rare and ambiguous in news prose
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


_QUOTE_CLOSERS = (",”", "”", ',"', '"', ",’", "’", "''")
_THAT_NEXT = re.compile(r"\s+(?:(?:on|in|at)\s+[\w’'-]+\s+)?that\s")


def _needs_met(text: str, match: re.Match[str]) -> bool:
    """Whether the word a cue needs follows it ("called for", "ruled that"), or it needs none."""
    needs = _NEEDS.get(match.group(0))
    return not needs or any(text.startswith(f" {word} " if word.isalpha() else word, match.end()) for word in needs)


def _speech_verb(text: str, match: re.Match[str]) -> bool:
    """Whether a cue the pattern found reports speech where it stands: no noun ("the claims"), and
    with the word its verb needs ("ruled that", not "ruled out")."""
    if match.group("according"):
        return True
    if not _needs_met(text, match):
        return False
    if text.startswith(" by ", match.end()):
        return False  # "as demanded by the opposition": a passive, the agent after it
    return not _a_noun(text, match) and not _not_a_verb(text, max(0, match.start() - 40), match.start())


def _a_noun(text: str, match: re.Match[str]) -> bool:
    """Whether a present form more often a noun is one here: "media reports said", "the claims";
    not "she maintains", "Reuters reports that"."""
    if match.group(0) not in _NOUNY_FORMS:
        return False
    return (
        _NOUNY_SUBJECT.search(text, max(0, match.start() - 60), match.start()) is None
        or _VERB_NEXT.match(text, match.end()) is not None
    )


# A verb right after a form: the form was a noun, the subject of that verb ("Media reports said").
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ed|said|is|are|was|were|have|has|had|say|says|suggest|show|indicate)(?![\w-])")


def _finite_cue(text: str, match: re.Match[str]) -> bool:
    """Whether a cue is a finite verb with a subject of its own ("reported"), not "to tell" or "saying"."""
    form = match.group(0)
    if match.group("according") or form.endswith("ing") or form == _LEMMA_OF.get(form) or _a_noun(text, match):
        return False
    return not text.endswith(("to ", "an ", "a ", "the "), 0, match.start())


def _plural_subject(mention: Mention) -> bool:
    """Whether a speaker takes a plural verb ("Republicans say", "they claim", "officials state")."""
    words = mention.text.lower().split()
    if not words:
        return False
    head = words[-1]
    return (
        mention.plural
        or (head.endswith("s") and not head.endswith("ss"))
        or head in _PLURAL_HEADS
        or words[0] in _PLURAL_DETERMINERS  # "Those opposed to the law say"
        or " and " in mention.text  # "Hamas and Islamic Jihad say"
    )


_PLURAL_HEADS = frozenset({"they", "we", "people", "police", "staff", "public"})
_PLURAL_DETERMINERS = frozenset(
    {"those", "these", "many", "some", "both", "all", "several", "most", "few", "two", "three", "four", "five"}
)


def _quoted_as(text: str, match: re.Match[str]) -> _Candidate | None:
    """ "MENA quoted an Egyptian official source as saying ...": the source speaks, MENA relays."""
    quoted = _QUOTED.search(text, max(0, match.start() - 200), match.start())
    if quoted is None or quoted.group("speaker").startswith("by "):
        return _quoted_passive(text, match)
    mention = parse_mention(
        quoted.group("speaker"), quoted.group("role") if is_role(quoted.group("role") or "") else None
    )
    relay = speaker_before(text, quoted.start())
    if mention is None:
        return None
    where = Span(quoted.start("speaker"), quoted.end("speaker"))
    start = _past_that(text, match.end())
    while (adverbial := _ADVERBIAL.match(text, start)) is not None and adverbial.end() > start:
        start = _past_that(text, adverbial.end())  # "as saying on condition of anonymity"
    condition = _ANONYMITY.match(text, start)
    if condition is not None:
        start = _past_that(text, condition.end())
    relay_name = relay[0].text if relay is not None and relay[0].name is not None else None
    split = quoted.start() if relay is None else relay[1]
    cue = f"{quoted.group(0).split()[0]} ... as {match.group(0)}"  # "quoted ... as saying", "cited ... as claiming"
    return _quoted_candidate(text, mention, cue, start, split, where, relay_name)


def _quoted_candidate(
    text: str, mention: Mention, cue: str, start: int, split: int, where: Span, relay: str | None
) -> _Candidate:
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


# "Smith was quoted as saying", "Smith was quoted by the Post as saying", "..., who was quoted ..."
_QUOTED_PASSIVE = re.compile(
    r"\s+(?:was|were|is|has been|had been)\s+quoted(?:\s+by\s+(?P<relay>[^,;:“”\"]{2,80}?))?\s+as\s+$"
)


def _quoted_passive(text: str, match: re.Match[str]) -> _Candidate | None:
    """ "Smith was quoted by the Post as saying ...": Smith speaks, the Post (if named) relays."""
    passive = _QUOTED_PASSIVE.search(text, max(0, match.start() - 200), match.start())
    if passive is None:
        return None
    subject = speaker_before(text, passive.start() + 1)
    if subject is None:
        return None
    mention, split, where = subject
    relay = passive.group("relay").removeprefix("the ").strip() if passive.group("relay") else None
    return _quoted_candidate(text, mention, "quoted as saying", _past_that(text, match.end()), split, where, relay)


def _participle(text: str, match: re.Match[str], found: list[_Candidate]) -> _Candidate | None:
    cue = match.group("verb")
    lemma = _LEMMA_OF[cue]
    if lemma == "cite" and _CITED_SOURCE.match(text, match.end()):
        # "..., according to X, citing two Israeli officials": who is cited, not a statement; the
        # cited speak, the one citing them relays.
        _cited_speak(text, match, found)
        return None
    left = text[: match.start()]
    start = _past_that(text, match.end())
    if lemma in _OBJECT_VERBS and not text[match.end() :].lstrip().startswith("that "):
        start = match.start()
    own = _OWN_SUBJECT.search(left)
    if own is not None:
        mention = parse_mention(_LEADING.sub("", own.group("subject")))
        if mention is None or mention.name is None:
            return None
        main = next((i for i in range(len(found) - 1, -1, -1) if found[i]["speaker"] is not None), None)
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
    continues = _CONTINUES.search(left)
    if not found:
        return _subject_participle(text, match, lemma, start)
    if continues is None:
        return None
    main = next((i for i in range(len(found) - 1, -1, -1) if found[i]["speaker"] is not None), None)
    if main is None:
        return None
    speaker = found[main]["speaker"]
    if speaker is not None and is_relay(speaker) and found[main]["start"] < continues.start():
        # "Bloomberg said that Coulson downplayed ..., claiming in court ...": the one claiming is
        # the reported clause's subject, not the agency; no guess.
        return None
    return {
        "speaker": None,
        "same_as": main,
        "cue": cue,
        "lemma": lemma,
        "start": start,
        "end": len(text),
        "split": continues.start(),
    }


# The participle's link to the sentence's own clause: "..., saying", "issued a statement saying".
_PARTICIPLE_LINK = re.compile(
    r"(?:,\s*|\s(?:a|an|the|its|his|her|their)\s+(?:\w+\s+)?(?:statement|letter|video|post|message|tweet|"
    r"note|release|report)\s+)$"
)
# A finite verb after its subject: "Democrats were outraged", "The firm issued", "has released".
_SUBJECT_VERB = re.compile(
    r"\s(?:(?:(?:was|were|is|are|has|have|had|been)\s+)*[a-z]+ed|was|were|is|are|has|have|had)(?![\w-])"
)
# An adverbial opening a sentence before its subject: "After the market closed Monday, ".
_OPENING_CLAUSE = re.compile(
    r"(?:After|When|As|While|Since|Although|Though|Before|If|Despite|Following|In|On|At|During|Earlier|Later|"
    r"Last|This|Meanwhile|However|Speaking|Talking|Writing|Asked|Responding|Addressing|Commenting)\b[^,]{0,120},\s*"
)
# Where a clause begins: a comma, or a conjunction introducing it ("... after MSF published ...").
_CLAUSE_START = re.compile(r",\s*|\s(?:after|when|as|because|while|since|although|though|and|but)\s")


def _subject_participle(text: str, match: re.Match[str], lemma: str, start: int) -> _Candidate | None:
    """A participle with no attribution before it takes the subject of its clause: "Democrats
    were outraged by the ruling, saying that ...", "The firm issued a statement saying ..."."""
    link = _PARTICIPLE_LINK.search(text, 0, match.start())
    if link is None or any(_speech_verb(text, cue) for cue in _CUE.finditer(text, 0, link.start())):
        return None
    if link.group(0).startswith(","):
        # "Israel resumed its offensive after a ceasefire collapsed, saying ...": the main clause's
        # subject, after an opening adverbial ("After the market closed Monday, Acme issued ...").
        subject = _main_subject(text, link.start())
    else:
        # "... after MSF published a report condemning ...": the subject of the noun's own clause.
        clause = _last_match(_CLAUSE_START, text[: link.start()])
        subject = _subject_at(text, clause.end() if clause is not None else 0, link.start())
    if subject is None:
        return None
    mention, where = subject
    return {
        "speaker": mention,
        "cue": match.group("verb"),
        "lemma": lemma,
        "start": start,
        "end": len(text),
        "split": link.start(),
        "where": where,
        "rule": "subject-participle",
    }


# A subject with a relative clause set off by commas: "President Trump, who was in Japan, raised ...".
_RELATIVE_AFTER_SUBJECT = re.compile(r"[^,]{2,80}?(?P<clause>,\s*(?:who|which)\b[^,]{1,150},)")


def _main_subject(text: str, end: int) -> tuple[Mention, Span] | None:
    """The subject of the sentence's main clause, read before ``end``, after an opening adverbial."""
    opening = _OPENING_CLAUSE.match(text)
    return _subject_at(text, opening.end() if opening is not None else 0, end)


def _subject_at(text: str, begin: int, end: int) -> tuple[Mention, Span] | None:
    """The speaker standing at ``begin`` as the subject of the first finite verb before ``end``."""
    relative = _RELATIVE_AFTER_SUBJECT.match(text, begin, end)
    verb = _SUBJECT_VERB.search(text, relative.end() if relative is not None else begin, end)
    if verb is None:
        return None
    subject_end = relative.start("clause") if relative is not None else verb.start()
    subject = _TRAILING.sub("", text[begin:subject_end]).strip()
    if not subject or len(subject.split()) > 8:
        return None
    mention = parse_mention(subject)
    if mention is None or (mention.name is None and mention.description is None and mention.refers != "person"):
        return None  # a pronoun ("He addressed the cases, stating that ...") is read like "he said"
    return mention, Span(begin, begin + len(subject))


# The source a participle cites, up to what follows it: "citing two officials and another source".
_CITED_PHRASE = re.compile(r"\s+([^,;:.]{2,80}?)(?=\s+(?:and|with|who|familiar|close)\b|[,;:.]|$)")


def _cited_speak(text: str, match: re.Match[str], found: list[_Candidate]) -> None:
    """Make the sources a participle cites the speakers of the statement before it, relayed."""
    main = next((i for i in range(len(found) - 1, -1, -1) if found[i]["speaker"] is not None), None)
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


# A source cited, not a reason given: "citing two Israeli officials", "citing Reuters".
_CITED_SOURCE = re.compile(
    r"\s+(?:[A-Z]|(?:(?:two|three|four|several|unnamed|anonymous|senior|an?|the|its|his|her|their)\s+)"
    r"(?:[\w-]+\s+){0,3}?(?:officials?|sources?|people|diplomats|witnesses|reports?|documents?|statement)\b)"
)


# A conjunction just before "according to X,": the statement is the clause after the speaker.
_SUBORDINATOR = re.compile(r"(?:^|[\s,])(?:because|but|and|as|since|while|although|though|yet|so|that|however),?$")


def _according(text: str, match: re.Match[str], found: list[_Candidate]) -> _Candidate | None:
    after = re.match(r"\s+(?P<name>[^,.;]{1,120}?)\s*(?:,|\.|;|$)", text[match.end() :])
    if after is None:
        return None
    mention = parse_mention(after.group("name"))
    if mention is None:
        return None
    name_end = match.end() + after.end()
    left = text[: match.start()].rstrip()
    clause_follows = text.startswith(",", name_end - 1) and _SUBORDINATOR.search(left) is not None
    if not left or _LEADING.fullmatch(left + " ") or clause_follows:
        # "According to Anadolu, 40 Palestinians ... returned"; "..., because according to his
        # spokesman, no such meeting took place": the statement follows the speaker.
        return {
            "speaker": mention,
            "cue": match.group("according").lower(),
            "lemma": "according to",
            "start": name_end,
            "end": len(text),
            "split": match.start(),
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
    }
