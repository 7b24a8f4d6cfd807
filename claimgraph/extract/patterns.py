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
# ("guarantor states", "media reports") are left out; base forms ("say", "tell") are kept
# for "Republicans say ...", "went on to say ...".
NOUN_LEMMAS = frozenset(entry.lemma for entry in NOUN_CUES)
_ENTRY_OF = {
    form: entry
    for entry in CUE_ENTRIES
    if entry.speech and entry.lemma not in NOUN_LEMMAS
    for form in entry.forms
    if form not in entry.nouny
}
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
_CUE = re.compile(r"(?<![\w-])(?:(?P<according>[Aa]ccording to)|(?P<verb>" + CUE_VERBS + r"))(?![\w-])")
#: A speech cue: a verb form of the lexicon, or "according to".
CUE = _CUE


def cue_lemma(form: str) -> str:
    """The lemma of a verb form :data:`CUE` matched ("told" → "tell")."""
    return _LEMMA_OF.get(form, form.lower())


_NEEDS = {form: entry.needs for form, entry in _ENTRY_OF.items() if entry.needs}

_BOUNDARY = re.compile(r"\s*(?:[,;:]\s*[”\"’]?|[”\"’]?\s*[—–]|\s-)\s*")
# Every boundary holds one of these marks, and nothing but them, quote marks and white space.
_BOUNDARY_MARKS = ",;:—–-"
_BOUNDARY_CHARS = frozenset(_BOUNDARY_MARKS + '”"’')
_UP_TO_LAST_MARK = re.compile(rf".*[{re.escape(_BOUNDARY_MARKS)}]", re.DOTALL)  # one pass back from the end
_LEADING = re.compile(
    r"^(?:(?:and|but|while|whereas|as|meanwhile|however|moreover|separately|in contrast|"
    r"by contrast|for (?:its|his|her|their) part|in response|later|earlier|then)\b[,\s]*)+",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    r"(?:\s+(?:also|further|later|earlier|previously|again|repeatedly|reportedly|separately|"
    r"then|had|has|have|would|will|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))+$"
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
_VENUE_PREFIX = re.compile(r"^(?:Speaking|Talking|Writing)\s[^,]{0,120},\s*")
_ADVERBIAL = re.compile(
    r"\s*,?\s*(?:(?:late |early |earlier |later )?on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?: (?:morning|afternoon|evening|night))?|today|yesterday|(?:last|this) (?:week|month)|"
    r"on \w+ \d{1,2}|earlier|later|"
    r"in a (?:statement|press conference|press release|televised address|post|interview)"
    r"(?: on [A-Z]\w+)?|in remarks)\s*,?"
)
_LISTENER = re.compile(
    r"\s+(?P<listener>(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|of))*|"
    r"(?:reporters|journalists|the press|a press conference|a news conference|"
    r"local media|state media|[a-z]+ media|lawmakers|legislators|donors|supporters|delegates|investors|analysts|"
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
    r"\s*,?\s*(?:(?:on|in|at|during|after|before|via|from|to|late|early|last|this|earlier|later)(?:\s+(?!(?:it|he|she|they|we|I|you|there|that|was|were|is|are|would|will|had|has|could)\b)[\w’'-]+){1,5}?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today)"
    r"(?=\s*(?:$|[.;]\s*[”\"’]?\s*$))"
)
_RELATIVE = re.compile(r"who\b")
_QUOTED = re.compile(r"(?<![\w-])quoted\s+(?P<speaker>[^;:“”\"]{2,150}?)(?:,\s*who\b[^,]*,)?\s+as\s+$")
_ANONYMITY = re.compile(r"\s*,?\s*on (?:the )?condition of anonymity,?\s*")
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
        if _RELATIVE.match(appositive):
            appositive = None  # "officials, who spoke on condition of anonymity, said"
        elif _NAME_ONLY.fullmatch(appositive):
            named, named_at, appositive = appositive, boundary.end(), None
        elif not is_role(appositive):
            return None
        left = inner[: boundary.start()]
    boundary = _last_boundary(left, len(left))
    begin = boundary.end() if boundary is not None else 0
    if begin == 0:
        relay = _RELAY_PREFIX.match(left) or _VENUE_PREFIX.match(left)
        if relay is not None:
            begin = relay.end()
    segment = left[begin:]
    stripped = _LEADING.sub("", segment)
    begin += len(segment) - len(stripped)
    segment = _TRAILING.sub("", stripped)
    begin += len(segment) - len(segment.lstrip())  # the mention's offset is its first letter's
    segment = segment.strip()
    that = (_last_match(_COMPLEMENTISER, segment) if "that" in segment else None) or _last_match(_CUE, segment)
    if that is not None:
        # "Axios reported that Israeli officials", "He said the protesters": the speaker
        # starts after "that" or the outer cue.
        rest = segment[that.end() :]
        begin += that.end() + len(rest) - len(rest.lstrip())
        segment = rest.strip()
    if not segment:
        return None
    if named is not None:
        if not is_role(segment):
            return None
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
    found: list[_Candidate] = []
    verbs: list[int] = []  # where speech verbs stand, read or not
    finite: list[int] = []  # those of them in a finite form ("claimed", not "to verify")
    for match in _CUE.finditer(text):
        cue = match.group(0)
        if match.group("according"):
            item = _according(text, match, found)
        else:
            if not cue.endswith("ing") and not _not_a_verb(text, max(0, match.start() - 40), match.start()):
                verbs.append(match.start())
                if _finite_cue(text, match):
                    finite.append(match.start())
            needs = _NEEDS.get(cue)
            if needs and not any(
                text.startswith(f" {word} " if word.isalpha() else word, match.end()) for word in needs
            ):
                continue
            item = (
                _quoted_as(text, match)
                if cue in ("saying", "telling") and text.endswith(" as ", 0, match.start())
                else _participle(text, match, found)
                if cue.endswith("ing") and " " not in cue
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
        for later in inner:
            assert later["speaker"] is not None  # inner holds only attributions with a speaker
            # "According to X, ... Y said": Y speaks. "X reported that Y said": Y speaks only
            # when nothing of X's own stands before Y in X's statement.
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
                and later["split"] <= outer["start"] + len("that ")
                and not (outer["lemma"] == "report" or is_relay(outer["speaker"]))
                and not is_relay(later["speaker"])
            ):
                # "Bratton said Celona claimed ...": a party's account of another party's words is
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
        if relays and index not in drop and any(outer["start"] <= at < outer["end"] for at in verbs):
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
    framed = _ADJUNCT_THEN_THAT.match(text, rest)
    if framed is not None:
        rest = framed.end() - len("that ")  # "said in a brief post on X that ...": the content follows "that"
    tail = text[rest:].strip(' .”"’')
    if tail in (":", ",", ";"):
        return None  # "Writing for the majority, Roberts said:": the quote is in the next paragraph
    if len(tail.split()) == 1 and tail.isalpha() and split > 0:
        tail = ""  # "told the BBC's Network Africa programme.": a word left over, not a statement
    if not tail:
        # The statement comes first: "..., the Palestinian Red Crescent Society confirmed." It
        # ends at a comma, a dash or a quote; "Hamas said it agreed to the deal." is no such thing.
        marks = (",", "”", '"', "’", "—", "–", ";", "-")
        if split == 0 or not (text[:split].rstrip().endswith(marks) or text[split:].lstrip().startswith(marks)):
            return None
        read = {item["cue_at"][0] for item in found}
        if any(_finite_cue(text, inner) and inner.start() not in read for inner in _CUE.finditer(text, 0, split)):
            # "The wife of one of the detainees said her husband ..., the HRW said.": the statement
            # has a speaker of its own the rules could not read; never the relaying party's words.
            return None
        return _statement_first(mention, cue, lemma, split, where, relay)
    start = _past_that(text, rest)
    if lemma in _OBJECT_VERBS and not text[rest:].lstrip().startswith("that "):
        start = match.start()
    return {
        "speaker": mention,
        "cue": cue,
        "lemma": lemma,
        "start": start,
        "end": len(text),
        "split": split,
        "where": where,
        "relay": relay,
    }


# "He blamed the RSF ... and said that ...", "Burhan said ... but added that ...": a second cue
# sharing the subject of the first.
_COORDINATED = re.compile(r"(?:,\s*)?\s(?:and|but)\s+(?:also\s+|later\s+|then\s+)?$")
_COORDINATED_LEMMAS = frozenset({"say", "add", "tell", "insist", "note", "stress", "warn", "explain", "argue"})


def _coordinated(text: str, match: re.Match[str], lemma: str, found: list[_Candidate]) -> _Candidate | None:
    """A cue joined by "and"/"but" to an attribution earlier in the sentence takes its speaker;
    only a verb of saying followed by "that", so "and charged them with murder" is no statement."""
    if lemma not in _COORDINATED_LEMMAS or not found:
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
    if that is None:
        return None
    main = next((i for i in range(len(found) - 1, -1, -1) if found[i]["speaker"] is not None), None)
    if main is None or found[main]["cue_at"][1] > joined.start():
        return None
    return {
        "speaker": None,
        "same_as": main,
        "cue": match.group("verb"),
        "lemma": lemma,
        "start": that.end(),
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


def _finite_cue(text: str, match: re.Match[str]) -> bool:
    """Whether a cue is a finite verb with a subject of its own ("reported"), not "to tell" or "saying"."""
    form = match.group(0)
    if match.group("according") or form.endswith("ing") or form == _LEMMA_OF.get(form):
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
    mention = parse_mention(quoted.group("speaker"))
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
    return _quoted_candidate(text, mention, "quoted ... as saying", start, split, where, relay_name)


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
    if continues is None or not found:
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


def _according(text: str, match: re.Match[str], found: list[_Candidate]) -> _Candidate | None:
    after = re.match(r"\s+(?P<name>[^,.;]{1,120}?)\s*(?:,|\.|;|$)", text[match.end() :])
    if after is None:
        return None
    mention = parse_mention(after.group("name"))
    if mention is None:
        return None
    name_end = match.end() + after.end()
    left = text[: match.start()].rstrip()
    if not left or _LEADING.fullmatch(left + " "):
        # "According to Anadolu, 40 Palestinians ... returned"
        return {
            "speaker": mention,
            "cue": "according to",
            "lemma": "according to",
            "start": name_end,
            "end": len(text),
            "split": match.start(),
        }
    # "..., according to the ministry."
    boundary = len(left.rstrip(","))
    return {
        "speaker": mention,
        "cue": "according to",
        "lemma": "according to",
        "start": 0,
        "end": boundary,
        "split": boundary,
    }
