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
quote is always a verbatim span. This module reads a sentence cue by cue and
holds the finite-verb pattern (``X said ...``); the other shapes live in their
own modules: :mod:`~claimgraph.extract.cue_forms` (which forms are verbs),
:mod:`~claimgraph.extract.before_cue`, :mod:`~claimgraph.extract.after_cue`,
:mod:`~claimgraph.extract.participles`, :mod:`~claimgraph.extract.quoted_as`,
:mod:`~claimgraph.extract.according_to`, :mod:`~claimgraph.extract.coordinated`,
:mod:`~claimgraph.extract.inverted` and :mod:`~claimgraph.extract.nested`.
"""

from __future__ import annotations

import re

from attrs import evolve

from claimgraph.attribution.openers import TIME_SPANS, alternatives
from claimgraph.extract.according_to import according_to_candidate, as_said_candidate
from claimgraph.extract.after_cue import (
    ADJUNCT,
    ADJUNCT_START,
    ADJUNCT_THEN_THAT,
    ADVERBIAL,
    ANONYMITY_ASKED,
    LISTENER,
    LISTENER_THAT_VERBS,
    MEDIUM,
    NAMED_LISTENER_THAT,
    SAID_AFTER_LISTENER,
    THAT_NEXT,
    TIME_THEN_CLAUSE,
    TO_LISTENER,
    TOPIC_NEXT,
    past_listener_and_that,
    past_that,
)
from claimgraph.extract.before_cue import COMPLEMENTISER, RELAY_PREFIX, speaker_before
from claimgraph.extract.candidates import Candidate
from claimgraph.extract.coordinated import coordinated_candidate
from claimgraph.extract.cue_forms import (
    AUXILIARY_PATTERN,
    BIDDEN,
    BIDDEN_NAMED,
    CUE,
    CUE_VERBS,
    OBJECT_VERBS,
    base_form_noun,
    cue_lemma,
    is_finite_cue,
    is_nouny_base,
    is_reduced_passive,
    needs_met,
    not_a_verb,
    used_as_noun,
    verb_follows,
)
from claimgraph.extract.inverted import inverted_candidate
from claimgraph.extract.kickers import after_kicker
from claimgraph.extract.mentions import parse_mention
from claimgraph.extract.nested import DESCRIBED_AS, resolve_nested
from claimgraph.extract.participles import opening_participle, participle_candidate
from claimgraph.extract.quoted_as import (
    CITED_AS,
    CITED_THEN_SAYS,
    impersonal_candidate,
    quoted_as_candidate,
    told_by_candidate,
)
from claimgraph.extract.records import Attribution, Mention, Span
from claimgraph.extract.relative import document_clause, relative_speaker
from claimgraph.extract.relative_report import relative_report_candidate
from claimgraph.extract.sentences import Sentence
from claimgraph.extract.word_regex import last_match

__all__ = ["MAX_SENTENCE", "sentence_attributions"]

#: Longer "sentences" are not news prose (a table, a run-on dump); they are skipped,
#: which also bounds the cost of every pattern below.
MAX_SENTENCE = 2_000


# A letter or digit: what str.isalnum() accepts (a word character that is no underscore).
_ALNUM = re.compile(r"[^\W_]")
_QUOTE_CLOSE = re.compile(r"[”\"’]")
# "called the polls a “farce”": naming something with a quoted word is a statement too.
_CALLED_QUOTED = re.compile(r"\s+[^,.;:“”\"‘]{1,80}?\s+(?:(?:a|an|the)\s+)?[“\"‘]")


_QUOTING_PREFIX = re.compile(r"^(?:Quoting|Citing)\s+(?P<source>[^,;:“”\"]{2,120}?),\s+")


# A cue that was denied or never happened: "did not say", "declined to comment", "would not confirm".
# (The lookahead holds the words' first letters: most places are passed over at once.)
_NEGATED = re.compile(
    r"(?=[dfnr])"
    r"(?:\bnot|n[’']t|\bnever|\bdeclined to|\brefused to|\bfailed to|\bno one|\bnobody|\bneither)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "went on to say", "was quick to add", "are expected to announce": the subject stands before these.
_INFINITIVE = re.compile(r"\s(?:\w+\s+){1,2}to\s*$")
# An amount of what could be said before an infinitive cue ("nothing to report", "little to say"), or
# a statement still awaited ("have yet to say when …"): nothing was said.
_AMOUNT_TO = re.compile(
    r"(?<![\w-])(?:(?:nothing|anything|something|little|much|more|lot)\s+(?:new\s+|else\s+|further\s+)?"
    r"|(?:have|has|had|is|are|was|were)\s+yet\s+)to\s*$"
)


def _decision(text: str, match: re.Match[str], lemma: str) -> bool:
    """Whether a verb of denying or rejecting reports a decision taken on a request, an offer or a
    case, with nothing said of it: not "denied plans to raise taxes" (that there are such plans),
    not "rejected the offer as too low" nor "…, saying the state could not afford it"."""
    deed = _DEED_OBJECT.match(text, match.end()) if lemma in _DECIDING else None
    if deed is None or (lemma == "deny" and deed.group("thing").startswith("plan")):
        return False
    return not text.startswith(" as ", deed.end()) and not _SAYING_AFTER.search(text, deed.end())


#: A participle of speech set off later in the sentence: what the one deciding said of it.
_SAYING_AFTER = re.compile(r",?\s+(?:saying|adding|arguing|insisting|claiming|stating|noting|explaining)\b")
#: Verbs that report a decision when their object is a request, an offer or a case.
_DECIDING = frozenset({"deny", "dismiss", "reject"})
#: What a decision is taken on, right after its verb: "bail", "a motion", "the union's contract
#: proposal", "Microsoft's buyout offer", "him admission" (not "claims", "reports", "allegations").
_DEED_OBJECT = re.compile(
    r"\s+(?:(?:him|her|them|the\s+man|the\s+woman)\s+)?"
    r"(?:(?:the|a|an|his|her|its|their|several|previous|all|two|three|[\w&.-]+[’']s?)\s+){0,3}"
    r"(?:(?![\w-]*ing\s)[\w-]+\s+){0,2}?"  # (no gerund: "denied having any plans" is words)
    r"(?P<thing>bail|motions?|applications?|requests?|appeals?|petitions?|bids?|offers?|proposals?|plans?|suit|"
    r"lawsuit|case|injunction|attempt|admission|entry|access|permission|contracts?|deal|bill|amendments?|"
    r"nominations?|budget|visas?|licen[cs]es?|non-publication\s+order|order)(?![\w-])"
)
# A cue inside a noun phrase of time that is a clause's subject: "The last time NUP declared …".
_TIME_OF_A_DEED = re.compile(r"^\s*[Tt]he\s+(?:last|first|only|next)\s+time\s+(?:that\s+)?[^,.;:“”\"]{1,60}$")
# A word of ability or intent before an infinitive cue, which then tells what could or would be done,
# not what was: "had the power to reject them", "plans to deny"; not "has come out to deny".
_ABLE_OR_MEANING_TO = re.compile(
    r"(?<![\w-])(?:power|right|ability|authority|chance|opportunity|freedom|plans?|planned|planning|wants?|"
    r"wanted|refused?|refuses|failed|fails?|declined?|declines|intends?|intended|hopes?|hoped|decision|decided|"
    r"attempt|attempted|bid|effort|able|unable|ready|willing|likely|unlikely|expected|due)\s+to\s*$"
)


# "is blaming", "are claiming": a progressive is a finite cue with a subject of its own.
_PROGRESSIVE = re.compile(r"(?<![\w-])(?:is|are|was|were)\s+$")


# A passive before a speech verb: "had been denied entry", "were told to leave": nobody speaks there;
# so too a participle after an indefinite pronoun ("Nothing said today … added anything").
# An adverb may stand in it: "Coetzee was apparently told by SA Rugby that …".
_PASSIVE = re.compile(
    r"(?<![\w-])(?:been|be|being|was|were|is|are|[Nn]othing|[Ee]verything|[Aa]nything)\s+"
    r"(?:(?:apparently|reportedly|allegedly|also|later|then|previously|repeatedly|once|initially|first)\s+)?$"
)


# What a verb like "added" takes when it adds no words: "added nothing", "added fuel to the row".
_AMOUNT_NEXT = re.compile(r"\s+(?:nothing|anything|something|little|much|weight|fuel|value|momentum)\b")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The statement's span without the marks, spaces and closing punctuation around it."""
    while start < end and (text[start].isspace() or text[start] in ',:;“"‘'):
        start += 1
    start = after_kicker(text, start, end)  # "Update: No threat to public in Blackfalds, RCMP say"
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
    elif end > start + 1 and text[end - 1] == "’" and text[end - 2] in ",.!?" and "‘" not in text[start:end]:
        end -= 1  # "“We will not back down,’’ he said": single marks closing, as Nigerian copy prints them
        while end > start and text[end - 1] in ".,;: ":
            end -= 1
    elif end > start and text[end - 1] == '"' and text[start - 1 : start] == '"' and '"' not in text[start : end - 1]:
        end -= 1  # 'said that "the lies have to stop,"': the straight marks around it
        while end > start and text[end - 1] in ".,;: ":
            end -= 1
    return start, end


# "claimed by Al-Shabaab": the agent of a past participle ("responded by saying" is a manner, no agent)


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
    relay_match = RELAY_PREFIX.match(text)
    relay = relay_match.group("relay").strip() if relay_match else None
    quoting = _QUOTING_PREFIX.match(text)
    found: list[Candidate] = []
    verbs: list[int] = []  # where speech verbs stand, read or not
    finite: list[int] = []  # those of them in a finite form ("claimed", not "to verify")
    for match in CUE.finditer(text):
        cue = match.group(0)
        if match.group("according"):
            item = according_to_candidate(text, match)
        elif (framed := as_said_candidate(text, match)) is not None:
            item = framed  # "As he testified, …": his account, as "According to him, …" is
        else:
            # Each test once per cue: the verb count and the reading below both ask them.
            participle = cue.split()[0].endswith("ing")  # "saying", "pointing out"
            # "a study that claims …": after a document's "that" the form is the clause's verb
            noun = used_as_noun(text, match) and not document_clause(text, match.start())
            passive = not participle and _PASSIVE.search(text, max(0, match.start() - 40), match.start())
            # "a bombing claimed by Al-Shabaab", "The study reported in the New England Journal of
            # Medicine involved …": no statement, nor a verb of anyone's speech
            reduced = not passive and is_reduced_passive(text, match)
            # with the word it needs ("called for", "countered that"), or it reports no speech
            needed = needs_met(text, match) or (cue_lemma(cue) == "call" and _CALLED_QUOTED.match(text, match.end()))
            if (
                not participle
                and not passive
                and not reduced
                and not noun
                and needed
                and not not_a_verb(text, max(0, match.start() - 40), match.start(), cue)
                and not base_form_noun(text, match)  # "is embroiled in a labor dispute"
                # "had the power to reject them": what could be done, no speech of anyone's
                and not _ABLE_OR_MEANING_TO.search(text, max(0, match.start() - 40), match.start())
            ):
                if cue_lemma(cue) not in _EVIDENCE_VERBS:
                    # "According to the minister, the intercepted call indicated that …": what a thing
                    # shows is the minister's account, no other party's speech inside it
                    verbs.append(match.start())
                if is_finite_cue(text, match):
                    finite.append(match.start())
            if noun:
                continue  # "media reports", "the claims": a noun
            if not needed:
                continue
            if reduced:
                continue
            if _decision(text, match, cue_lemma(cue)):
                continue  # "denied bail to", "rejected Microsoft's buyout offer": a decision, no words
            if match.start() < 100 and _TIME_OF_A_DEED.match(text, 0, match.start()):
                continue  # "The last time NUP declared demonstrations was in February": when, not what
            progressive = participle and _PROGRESSIVE.search(text, max(0, match.start() - 12), match.start())
            item = (
                (told_by_candidate(text, match) if cue == "told" else impersonal_candidate(text, match))
                if passive
                else quoted_as_candidate(text, match)
                if participle and " " not in cue and text.endswith(" as ", 0, match.start())
                else participle_candidate(text, match, found)
                if participle and not progressive
                else _finite(text, match, found)
            )
        if item is not None:
            item.setdefault("relay", None)
            item["cue_at"] = (match.start(), match.end())
            found.append(item)
    opener = opening_participle(text, found) if found else None
    if opener is not None:
        found.append(opener)
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
    found = resolve_nested(text, found, verbs, finite)
    # A statement ends where the next attribution of the sentence begins.
    results: list[Attribution] = []
    position: dict[int, int] = {}
    for index, item in enumerate(found):
        end = item["end"]
        for later in found[index + 1 :]:
            if item["start"] < later["split"] < end:
                end = later["split"]
                break
        if item["lemma"] in OBJECT_VERBS and (
            item["start"] == item["cue_at"][0] or _CLAUSE_OBJECT.match(text, item["cue_at"][1])
        ):
            # "has denied a diplomatic fall-out with Zambia after weeks of tensions": the object is
            # what was said; a clause of time or circumstance after it is the narration's
            clause = _CLAUSE_AFTER_OBJECT.search(text, item["cue_at"][1], end)
            if clause is not None:
                end = clause.start()
        others = None
        if item["lemma"] in OBJECT_VERBS or item["lemma"] == "describe":
            # "described as “baseless” the claims by Ramon Revilla that …": what follows "that" is
            # Revilla's claim, not the speaker's words
            reach = min(end, item["cue_at"][1] + _OBJECT_REACH)
            others = (
                _OTHERS_CLAIM.search(text, item["cue_at"][1], reach)
                or _POSSESSIVE_CLAIM.match(text, item["cue_at"][1], reach)
                or _REPORTS_SAYING.match(text, item["cue_at"][1], reach)
            )
            if others is not None:
                # "dismissed recent reports suggesting that …": the participle is the reports' cue
                claim_end, end = end, others.start("noun" if others.re is _REPORTS_SAYING else "that")
                described_as = (
                    last_match(DESCRIBED_AS, text[others.end() : claim_end])
                    if item["lemma"] in _DESCRIBING_LEMMAS
                    else None
                )
                if described_as is not None:
                    # "has described claims by the PDP that six governors were planning to join them as
                    # a big comic relief": the claim ends where what it is called begins; the one
                    # describing it says the whole
                    claim_end, end = others.end() + described_as.start(), claim_end
            elif item["lemma"] == "describe" and text.startswith(" as ", item["cue_at"][1]):
                # "described as “extremely serious” claims that a man was told …": the speaker's words
                # are the description; the claims are someone else's
                described = _CLAIM_THAT.search(text, item["cue_at"][1], reach)
                if described is not None:
                    end = described.start()
        dashed = _DASHED_PARTICIPLE.search(text, item["start"], end)
        if dashed is not None:
            end = dashed.start()  # "ruled that he was murdered — returning its verdict hours before …"
        deed = _LATER_DEED.search(text, item["start"], end)
        if deed is not None:
            end = deed.start()  # "claimed it did not want to pursue them but later did so": what it then did
        comment = _NARRATED_COMMENT.search(text, item["start"], end)
        if comment is not None:
            end = comment.start()  # "said 40 people were killed, a figure that could not be verified"
        occasion = _OCCASION_AFTER_QUOTE.search(text, item["start"], end)
        if occasion is None and text[item["start"] : end].lstrip(" :")[:1] in '“"':
            # 'said that "the lies have to stop," in response to …' (a quotation that is the whole
            # statement; not 'provide “context” in response to a question', a word quoted in it)
            occasion = _RESPONSE_AFTER_QUOTE.search(text, item["start"], end)
        if occasion is None:
            # 'said it was “an interesting day” after a judge ordered him to …': when it was said,
            # the narration's, once the words quoted close
            occasion = _TIME_AFTER_QUOTE.search(text, item["start"], end)
        if occasion is not None:
            end = occasion.start()  # '… the "no education union" during a meeting with backbenchers'
        second = _SECOND_THAT.search(text, item["start"], end)
        if second is not None and text[item["start"] : second.start()].lstrip()[:1] in '“"':
            # 'told a vendor that “the sheriff is not in charge,” and that he also had …': the
            # quotation is the words told; the clause after it is the narration's account
            end = second.start()
        start, end = _trim(text, item["start"], end)
        tail = _ACCORDING_TAIL.search(text, start, end) if item["lemma"] != "according to" else None
        if tail is not None:
            end = tail.start()  # "… and said the family may sue, according to TV station WCCO": the relay's
        aside = _DASHED_ASIDE.match(text, start, end)
        if aside is not None:
            start = aside.end()  # "told the jury – two hours after the case was listed – there were …"
        same_as = _renumbered(position, item.get("same_as"))
        relayed_by = _renumbered(position, item.get("relayed_by"))
        if _ALNUM.search(text, start, end) is None:
            continue
        if _PRONOUN_ONLY.fullmatch(text, start, end) or (
            start == item["cue_at"][0]
            and (end <= item["cue_at"][1] or _PRONOUN_ONLY.fullmatch(text, item["cue_at"][1], end))
        ):
            # nothing but the cue: "dismissed reports that said …" leaves the dismissing no words
            # once the reports' own statement takes its object; "His attorney, however, denied
            # that.": what was denied is told before, in other words. A participle hung on it
            # ("dismissed this, saying …") keeps the speaker.
            for later in found[index + 1 :]:
                if later.get("same_as") == index and later["speaker"] is None and "where" in item:
                    later["speaker"], later["where"] = item["speaker"], item["where"]
                    later.pop("same_as")
            continue
        if (
            start >= item["cue_at"][1]
            and ADJUNCT_START.match(text, start)
            and not re.search(r"\bthat\s*$", text[item["cue_at"][1] : start])
            and (len(text[start:end].split()) <= 8 or text.startswith(("as ", "even as "), start))
            and not any(later.get("same_as") == index for later in found)
            and not any(mark in text[start:end] for mark in '“"')  # 'he said, as "who can remember ...?"'
        ):
            continue  # "said in a news conference in Berlin", "said as the system teeters": no content
        if start >= item["cue_at"][1] and _NOTHING_SAID.fullmatch(text, start, end):
            continue  # "The police said nothing.", "said little about the deal": no words reported
        if _PLACE_ONLY.fullmatch(text, start, end):
            continue  # "From Canberra, Naomi Woodley reports.": where from, no statement
        if (
            end <= item["cue_at"][0]
            and _FRAME_ONLY.fullmatch(text, start, end)
            and _WORD_AFTER.match(text, item["cue_at"][1])
        ):
            continue  # "Shortly after the attack, Jamaatul Ahrar claimed responsibility.": when, not what
        if item["speaker"] is None and same_as is None:
            continue  # its speaker's own statement was empty and dropped
        position[index] = len(results)
        speaker = item["speaker"]
        self_named = _SELF_PRONOUN.match(text, start) if start > item["cue_at"][0] else None
        if speaker is not None and speaker.gender is None and speaker.person and self_named is not None:
            # "the Progressive Conservative leader said he is ignoring …": the speaker tells of himself
            speaker = evolve(speaker, gender="male" if self_named.group(0).lower() == "he" else "female")
        results.append(
            Attribution(
                speaker=speaker,
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
        if others is not None and speaker is not None:
            claim = _claim_reported(text, sentence.start, others, claim_end, speaker, len(results) - 1)
            if claim is not None:
                results.append(claim)
    if "’s " in text or "'s " in text:
        results += _possessive_statements(sentence, results)
    if "reports " in text or "rumours " in text or "rumors " in text:
        results += _reports_told(sentence, results)
    return results


# Reports the narration tells of with what they say: "despite Israeli media reports suggesting that
# …", "in the wake of reports alleging that …".
_REPORTS_TOLD = re.compile(
    r"(?<![\w-])(?P<claimant>(?:[A-Z][a-z]+\s+)?"
    r"(?:(?:media|news|press|recent|unconfirmed|local|foreign|earlier|several|some|initial|social)\s+){0,2}"
    r"(?:reports|rumou?rs))\s+(?P<noun>suggesting|claiming|saying|alleging|stating|implying|indicating)(?P<that>\s+that\s)"
)


def _reports_told(sentence: Sentence, found: list[Attribution]) -> list[Attribution]:
    """What reports the narration names are said to say, where no statement read holds it; flagged:
    reports with no outlet named are no one's own words."""
    text = sentence.text
    statements = []
    for told in _REPORTS_TOLD.finditer(text):
        at = sentence.start + told.start()
        if any(
            a.start <= at < a.end or (a.cue_span is not None and a.cue_span.start <= at < a.cue_span.end) for a in found
        ):
            continue  # within a statement read, or read already (a denial's object)
        if any(a.cue_span is not None and a.cue_span.start == sentence.start + told.start("noun") for a in found):
            continue
        claimant = parse_mention(told.group("claimant"))
        start, end = _trim(text, told.end("that"), len(text))
        if claimant is None or end <= start:
            continue
        statements.append(
            Attribution(
                speaker=claimant,
                cue=told.group("noun"),
                lemma="claim",
                start=sentence.start + start,
                end=sentence.start + end,
                cue_span=Span(sentence.start + told.start("noun"), sentence.start + told.end("noun")),
                speaker_span=Span(sentence.start + told.start("claimant"), sentence.start + told.end("claimant")),
                rule="claim-reported",
                confidence=0.6,
                review="reports the narration tells of: whose are they?",
            )
        )
    return statements


# A named party's statement told by its noun, outside any statement read: "expressed surprise at
# Koopman's statement that the club lacked wingers", "Israel's claim that the strike was lawful".
_POSSESSIVE_STATEMENT = re.compile(
    r"(?<![\w-])(?P<claimant>[A-Z][\w.\-]*(?:\s+(?:[A-Z][\w.\-]*|of|for|the))*?)[’']s\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<noun>claims?|statements?|assertions?|allegations?|suggestions?|insistence|remarks?|comments?|"
    r"admission|announcement|warnings?|denials?)(?P<that>\s+that\s)"
)


_CLAIMANT_OPENER = re.compile(
    r"(?:Despite|Amid|After|Before|Following|Unlike|Like|Given|Against|Contrary\s+to|In\s+response\s+to|"
    r"Responding\s+to|Asked\s+about)\s+(?:the\s+)?"
)


# The comma closing a phrase that opened the sentence, before its main clause's capitalised subject.
_MAIN_CLAUSE_AFTER_OPENER = re.compile(r"[”\"]?,\s+(?=[A-Z])")


def _possessive_statements(sentence: Sentence, found: list[Attribution]) -> list[Attribution]:
    """The statements a sentence tells by a named party's noun ("Koopman's statement that …") where
    no statement read in it holds them; flagged: the party's own words may differ."""
    text = sentence.text
    statements = []
    for told in _POSSESSIVE_STATEMENT.finditer(text):
        at = sentence.start + told.start()
        if any(a.start <= at < a.end or (a.cue_span is not None and a.cue_span.start == at) for a in found):
            continue  # within a statement read, or read already (a denial's object)
        # "Despite the CCU’s claim that …": the claimant after a preposition or connective opening the sentence
        opener = _CLAIMANT_OPENER.match(told.group("claimant"))
        claimant_start = told.start("claimant") + (opener.end() if opener else 0)
        claimant = parse_mention(text[claimant_start : told.end("claimant")])
        limit = len(text)
        if opener is not None and (main := _MAIN_CLAUSE_AFTER_OPENER.search(text, told.end("that"))) is not None:
            limit = main.start()  # "…, The Gleaner has routinely used …": the sentence's own clause
        start, end = _trim(text, told.end("that"), limit)
        if claimant is None or claimant.name is None or end <= start:
            continue
        statements.append(
            Attribution(
                speaker=claimant,
                cue=told.group("noun"),
                lemma="claim",
                start=sentence.start + start,
                end=sentence.start + end,
                cue_span=Span(sentence.start + told.start("noun"), sentence.start + told.end("noun")),
                speaker_span=Span(sentence.start + claimant_start, sentence.start + told.end("claimant")),
                rule="claim-reported",
                confidence=0.6,
                review="a statement the narration tells by its noun: check the speaker's own words",
            )
        )
    return statements


#: Verbs that call a claim something: "described … as a big comic relief", "dismissed … as baseless".
_DESCRIBING_LEMMAS = frozenset({"describe", "dismiss", "reject", "brand", "label", "denounce", "condemn"})


def _claim_reported(
    text: str, offset: int, others: re.Match[str], end: int, reporter: Mention, reported_at: int
) -> Attribution | None:
    """ "… denied claims by Amama Mbabazi that police had a hand in it": Mbabazi's claim, relayed by
    the one denying it (the statement at ``reported_at``), flagged: the claimant's own words may differ."""
    claimant = parse_mention(others.group("claimant"))
    start, end = _trim(text, others.end("that"), end)
    if claimant is None or claimant.name is None or end <= start:
        return None
    return Attribution(
        speaker=claimant,
        cue=others.group("noun"),
        lemma="claim",
        start=offset + start,
        end=offset + end,
        cue_span=Span(offset + others.start("noun"), offset + others.end("noun")),
        speaker_span=Span(offset + others.start("claimant"), offset + others.end("claimant")),
        relayed_by=reported_at,
        rule="claim-reported",
        confidence=0.6,
        review=f"a claim {reporter.text!r} reports in order to dispute it: check the claimant's own words",
    )


# A content opening with "he" or "she": most often the speaker, telling of themselves.
_SELF_PRONOUN = re.compile(r"(?:he|she)(?=\s+(?:is|was|had|has|would|will|could|did|does|[a-z]+ed|[a-z]+s)\b)")


# A finite verb next: the words before it are a clause's subject ("the video was fake").
_FINITE_NEXT = re.compile(r"\s+(?:was|were|is|are|had|has|have|would|will|could|did|does|do|[a-z]{3,}ed)(?![\w-])")


# A clause for an object: "denied his team were guilty of complacency" denied what follows the verb,
# as "denied that …" does; not "condemned the attack which was …", nor "rejected claims they have
# ignored …", whose object is the claims.
_CLAUSE_OBJECT = re.compile(
    r"\s+(?!(?:claims?|allegations?|accusations?|reports?|suggestions?|rumou?rs?)\s)"
    r"(?:(?!(?:which|who|that|whose|whom)\s)[\w’'\-]+\s+){1,4}?(?:was|were|is|are|had|has|have|would|will|could)\s"
)


# A clause of time or circumstance after a verb's object: "… after weeks of tensions", ", amid …".
_CLAUSE_AFTER_OBJECT = re.compile(
    r",?\s+(?:after|amid|following|despite|while|before|because)\s|,\s+(?:in which|which)\s"
    # "criticised a statement by Majali to a local newspaper when he said …": the words criticised
    # are told in a clause of their own, their speaker's
    r"|\s+when\s+(?:he|she|they|it|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
    r"(?:said|told|claimed|stated|announced|wrote|described|called|accused|alleged|suggested)\b"
)


# The nouns for another party's claim.
_CLAIM_NOUNS = r"claims?|allegations?|accusations?|assertions?|suggestions?"
# Another party's claim as a verb's object: "the claims by former Senator Revilla that …".
# (or a report by someone "that said …": "disputed a report by an analyst with Credit Suisse First
# Boston that said NEON was suffering …", the report's own words after its verb)
_OTHERS_CLAIM = re.compile(
    rf"\b(?P<noun>{_CLAIM_NOUNS}|reports?|articles?|stor(?:y|ies))\s+(?:by|of|from|made by)\s+"
    r"(?P<claimant>(?:[a-z-]+\s+){0,3}[A-Z][^,.;:]{1,100}?)"  # "Ramon “Bong” Revilla"
    r"(?P<that>\s+that(?:\s+(?:said|says|claimed|claims|suggested|suggests|alleged|alleges|stated))?\s)"
)
# A claim an object names with its content: "the claims that …", "allegations that …".
_CLAIM_THAT = re.compile(rf"\b(?:{_CLAIM_NOUNS}|reports?|rumou?rs?)\s+that\s")
# "rejected Indian Prime Minister Narendra Modi's claim that …": the claimant before the claim.
_POSSESSIVE_CLAIM = re.compile(
    r"\s+(?P<claimant>(?:[a-z-]+\s+){0,3}[A-Z][^,.;:]{1,100}?)[’']s\s+(?:(?:[a-z-]+\s+){0,2})"
    rf"(?P<noun>{_CLAIM_NOUNS})(?P<that>\s+that\s)"
)
# "dismissed recent reports suggesting that he is about to retire": what follows "that" is what the
# reports say; the one dismissing them said only that they were wrong.
# After what the speaker called them: "dismissing as “completely untrue” media reports implying that …".
_REPORTS_SAYING = re.compile(
    r"\s+(?:as\s+(?:“[^”]{1,60}”|\"[^\"]{1,60}\"|[a-z]+)\s+)?"
    r"(?:the\s+)?(?P<claimant>(?:[a-z]+\s+){0,2}(?:reports|claims|rumou?rs|allegations))\s+"
    r"(?P<noun>suggesting|claiming|saying|alleging|stating|implying)(?P<that>\s+that\s)"
)
_OBJECT_REACH = 200  # characters after the cue where its object's noun is looked for


# A participle's clause after a dash: the narration's, not the statement's.
# The occasion of the saying after the quoted words that end the statement: '… union was the "no
# education union" during a meeting with Tory backbenchers.' (a speech event, to the sentence's end).
_OCCASION_AFTER_QUOTE = re.compile(
    r"(?<=[”\"’])\s+(?:during|at|in)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|interview|press\s+conference|news\s+conference|speech|debate|briefing|hearing|rally|"
    r"session|visit|event|address|summit|forum|ceremony)(?:\s+(?:with|of|in|at|on)\s+[^,;:.“”\"]{1,60})?"
    r"[\s.!?]*$"
)
# "did" or "does" stressing the base form after it, with at most an adverb or a set-off connective
# between: "He did, however, confirm …", "She does accept that …" (not "did not say": negated).
_AUXILIARY_BEFORE_BASE = re.compile(
    r"\s(?:did|does|do)(?:,\s*(?:however|though|though,|in fact|indeed),|\s+[a-z]+ly)?\s+$"
    # the past told from before it ("Smith would later say …", "would eventually tell the court"):
    # what was said, not a supposition ("would say" alone is one, and stays none)
    r"|\swould\s+(?:later|subsequently|eventually|afterwards|soon)\s+$"
)
# A relay closing the sentence after the statement: ", according to TV station WCCO".
_ACCORDING_TAIL = re.compile(r",\s+according\s+to\s+[^,;:“”\"]{1,80}$")
# What the quotation answered, told after it: 'said that "the lies have to stop," in response to …'.
# A clause of time after the quotation that ends what was said: '“an interesting day” after a judge …'.
_TIME_AFTER_QUOTE = re.compile(r"(?<=[”\"’])\s+(?:after|when|following)\s+(?:a|an|the|his|her|its|their)\s[^“”\"]*$")
_RESPONSE_AFTER_QUOTE = re.compile(
    r"(?<=[”\"’])\s+(?:in\s+(?:response|reply|reaction|answer)\s+to|responding\s+to|reacting\s+to)\s[^“”\"]*$"
    # 'advises “do not let short-term weakness scare you away,” seeing a “positive signal” …': a
    # participle set off after the quotation says what else the speaker did (its own reading)
    r"|(?<=,[”\"’])\s+[a-z]{3,}ing\s.*$"
)
# What the speaker did after saying it, told by the narration: "claimed it did not want them but
# later did so", "denied it but then admitted …", "said he would stay but later changed his mind".
_LATER_DEED = re.compile(
    r"\s*,?\s+but\s+(?:later|then|subsequently|eventually)\s+(?:did|went|changed|reversed|admitted|conceded|"
    r"withdrew|retracted|backtracked|backed|u-turned)(?![\w-])"
)
# The narration's comment on what was said, set off after it: "…, a figure that could not be
# independently verified", "…, a number that is well past the previous record", "…, a claim denied
# by the rebels".
_NARRATED_COMMENT = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:number|figure|toll|tally|count|total|claim|charge|allegation|accusation|"
    r"estimate|move|step|decision|rise|increase|drop|fall|jump)\s+(?:that|which|(?:[a-z]+ed)\s+by)(?![\w-])"
)
_DASHED_PARTICIPLE = re.compile(
    r"\s+(?:—|–|--)\s+(?!(?:during|nothing|something|anything|everything|morning|evening|spring)\b)[a-z]{3,}ing(?![\w-])"
)
# The questions themselves as the object: "asked no other questions", "asked several questions about".
_QUESTIONS_ASKED = re.compile(
    r"\s+(?:(?:no|any|a|several|many|more|some|few|\d+|two|three)\s+)?(?:(?:other|more|further|follow-up)\s+)?"
    r"questions?(?![\w-])"
)
# A person threatened: "threatened him", "threatened a reporter" (not "threatened strike action",
# "threatened to resign").
_THREATENED_PERSON = re.compile(
    r"\s+(?:him|her|them|me|us|you|(?:a|an|the|his|her|their|its)\s+(?:[\w’'\-]+\s+){0,2}?"
    r"(?:reporters?|journalists?|man|men|woman|women|witness(?:es)?|officers?|colleagues?|neighbou?rs?|family|staff|"
    r"workers?|employees?|officials?|person|people|teachers?|students?|child|children|wife|husband|partner))(?![\w-])"
)

# Verbs whose "on" opens their topic ("commented on the report"), never what was said.
_TOPIC_ON = frozenset({"comment", "remark", "reflect", "brief", "elaborate"})


# What a source asks for when it speaks unnamed: "asked not to be named", "requested anonymity".
# An amount of speech with no words of it: "said nothing", "said little about the deal".
_NOTHING_SAID = re.compile(
    r"\s*(?:nothing|little|something|anything|much|more)(?:\s+(?:about|on|further|else|new)\b[^,;:“”\"]*)?\s*"
)
# A frame of time before the subject, the cue taking an object after it: no statement of its own.
_FRAME_ONLY = re.compile(
    rf"(?:(?:{alternatives((*TIME_SPANS, 'long'), capitalised=True)}|{alternatives((*TIME_SPANS, 'long'))})\s+)?"
    r"(?:[Aa]fter|[Bb]efore|[Ff]ollowing|[Ss]ince|[Dd]uring|[Aa]mid|[Uu]pon|[Ww]ithin)\s[^,;:“”\"]{1,60}?\s*,?"
)
_WORD_AFTER = re.compile(r"\s+[\w“\"]")
# A place and nothing else before a speaker: a reporter's sign-off line.
_PLACE_ONLY = re.compile(r"(?:From|In|At|Outside|Inside)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}")


def _renumbered(position: dict[int, int], index: int | None) -> int | None:
    """Where the candidate at ``index`` ended up among the results; None for none or a dropped one."""
    return position.get(index) if index is not None else None


# What follows a cue set in its statement, which is not the speaker's words.
_SET_IN_CLOSE = (", and ", ", but ", ", while ", ", although ", ", though ", ", yet ")
_RELATIVE_BEFORE_CUE = re.compile(r"(?<![\w-])(?:which|who|that|whom|whose)$")
# The verb of a statement's subject right after a cue set off by commas: ", she said, would be …".
_PREDICATE_AFTER_CUE = re.compile(rf",\s+(?:{AUXILIARY_PATTERN}|(?!(?:and|but|or)\b)[a-z]+ed)\b")


# Where or how something was said, then a colon and a quote: "wrote on Truth Social: “…”".
_ADJUNCT_THEN_QUOTE = re.compile(
    r"\s+(?:on|in|at|to|during|after|before|via|from|through)\s+[^:;“”\"]{1,80}:\s*[“\"‘']"
)
# A sentence opening with the question put to the speaker: "Asked if he would resign, …", "When
# pressed on the figures, …".
_QUESTION_FRAME = re.compile(r"\s*(?:(?:When|If|Once)\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|[Qq]uizzed)\s")
# A sentence opening by naming its source: "According to …", "As per …".
_ACCORDING_OPENING = re.compile(r"\s*(?:[Aa]ccording\s+to|[Aa]s\s+per)\s")


def _statement_first(mention: Mention, cue: str, lemma: str, split: int, where: Span, relay: str | None) -> Candidate:
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


# A preposition right before a past form: an adjective ("dragging his feet on promised negotiations").
# "said about 2,000 workers have gone on strike": "about" a number is roughly, not the topic.
_ABOUT_A_NUMBER = re.compile(
    r" about (?:\d|half\b|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few)"
    r" (?:dozen|hundred|thousand|million|billion)\b)"
)
#: Verbs of what evidence shows, whose subject is often a thing ("the call indicated", "the data suggest").
_EVIDENCE_VERBS = frozenset({"indicate", "suggest"})
# Others' words an adjunct answers, whose "that" clause is theirs: "in response to questions that",
# "in reply to claims that", "amid reports that".
_OTHERS_WORDS_THAT = re.compile(
    r"\b(?:questions|claims|allegations|accusations|reports|suggestions|criticism|concerns|rumou?rs|speculation|"
    r"charges|assertions)\s+that\s$"
)
# Only whom a question was put to, up to the sentence's end: no "to", "whether", "why", "that" … opens
# what was asked ("asked the lawyers for both parties."; not "asked the court to adjourn", "asked for calm")
# (each word taken whole, possessively: a word split into pieces would make a failing match try
# every split, exponential in the sentence's length)
_ASKED_WHOM_ONLY = re.compile(
    r"\s+(?!for\b)(?:(?!(?:to|whether|if|why|what|how|when|where|who|whom|which|that|about)\b)[\w’'.,-]++\s*){1,8}"
    r"[.”\"’]*\s*"
)
# A determiner and one singular word right before a base form: "filed a police report", "the audit report".
_SINGULAR_NOUN_BEFORE = re.compile(r"(?<![\w’'-])(?:a|an|the|his|her|its|this)\s+[a-z][\w-]*(?<!s)\s+$")
_BY_A_PARTICIPLE = re.compile(r"\s+by\s+(?=[a-z]+ing\b)")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:on|of|over|about|into|upon)\s+$")


# Whom a question is put to, named before a colon and the quoted question: 'asked Secretary of State
# for Health Patricia Hewitt: "if she will …"'.
_ASKED_WHOM_THEN_QUOTE = re.compile(r"(?P<whom>\s+(?:the\s+)?[A-Z][^:;.“”\"\n]{0,80}):\s*[“\"]")


def _finite(text: str, match: re.Match[str], found: list[Candidate]) -> Candidate | None:
    cue = match.group("verb")
    lemma = cue_lemma(cue)
    before = text[max(0, match.start() - 40) : match.start()]
    # "a magazine report that said": "that" is the relative pronoun, not the determiner of "that claim"
    document_says = before.endswith(("that ", "which ")) and relative_speaker(text, match.start(), lemma) is not None
    if (
        (not_a_verb(before, 0, len(before), cue) and not document_says)
        or (cue.endswith("ed") and _PREPOSITION_BEFORE.search(before))  # "on promised negotiations"
        or _NEGATED.search(before)
        or BIDDEN.search(before)
        or (
            text.endswith("to ", 0, match.start())
            and BIDDEN_NAMED.search(text, max(0, match.start() - 160), match.start())
        )
        or text.startswith(("'s", "’s"), match.end())
    ):
        return None  # "an estimated 58,000", "did not say", "declined to comment", "the state's"
    if _QUOTE_CLOSES_NEXT.match(text, match.end()):
        return None  # "“I don't have anything to add,” he said": the quotation's last word, no cue
    # (a passive, "is charged with murder", and a headline's short passive, "Kenya police accused of
    # killing 33", never come here: sentence_attributions reads them as such first)
    if ANONYMITY_ASKED.match(text, match.end()):
        return None  # "An official who asked not to be named said": the terms of speaking, no statement
    cue_start = match.start()
    if cue.endswith("ing"):
        progressive = _PROGRESSIVE.search(text, max(0, cue_start - 12), cue_start)
        if progressive is not None:
            cue_start = progressive.start()  # "The leader is blaming ...": the subject stands before "is"
    # Only text ending in "to" can end in an infinitive's "to": the search over the whole
    # sentence is spared for the rest.
    ends_in_to = text[:cue_start].rstrip().endswith("to")
    infinitive = _INFINITIVE.search(text, 0, cue_start) if ends_in_to else None
    if infinitive is not None and lemma in OBJECT_VERBS and _ABLE_OR_MEANING_TO.search(text, 0, cue_start):
        return None  # "members had the power to reject them": what they could do, no statement
    if infinitive is not None and _AMOUNT_TO.search(text, max(0, cue_start - 30), cue_start):
        return None  # "There is nothing to report yet", "have yet to say when": what could be said, unsaid
    if infinitive is not None:
        cue_start = infinitive.start()  # "went on to say", "Republicans say"
    auxiliary = _AUXILIARY_BEFORE_BASE.search(text, max(0, cue_start - 40), cue_start) if cue == lemma else None
    if auxiliary is not None:
        cue_start = auxiliary.start()  # "He did, however, confirm he abused the referee": the subject before "did"
    subject = speaker_before(text, cue_start) or relative_speaker(text, cue_start, lemma)
    if subject is None:
        return (
            coordinated_candidate(text, match, lemma, found)
            or inverted_candidate(text, match, lemma)
            or relative_report_candidate(text, match, lemma)
        )
    mention, split, where = subject
    if mention.text.endswith("ing") and CUE.fullmatch(mention.text.lower()) is not None:
        return None  # "Citing reports from the director, she said …": a participle opening, no subject
    if _VERB_ENDS_SUBJECT.search(mention.text):
        return None  # "Police had arrested accused Sah": "accused" names the man, after another verb
    if _ASKED_OR_SUPPOSED.match(mention.text):
        # "Who in the government has stated …?", "If someone in the government has stated such a
        # thing, …": a question or a supposition attributes nothing
        return None
    if (
        lemma in OBJECT_VERBS
        and text[: where.start].rstrip().endswith(" that")
        and CUE.search(text, 0, where.start) is None
    ):
        # "The Government is disappointed that nurses have rejected the offer": an act someone
        # else's words report, not a statement of the nurses'
        return None
    if cue == "state" and _PLACE_BEFORE.search(text, 0, match.start()):
        return None  # "the Lagos state counsel", "officials in Washington state": the noun
    if (
        cue == lemma
        and infinitive is None
        and auxiliary is None
        and not _plural_subject(mention)
        and not _initials_say(mention, lemma)
    ):
        return None  # "the UK remains a member state": a base form needs "they", "officials", "to"
    if (
        cue == lemma
        and infinitive is None
        and auxiliary is None
        and is_nouny_base(cue)
        and _SINGULAR_NOUN_BEFORE.search(text, 0, cue_start)
    ):
        return None  # "filed a police report after …": a noun after a singular one, not the subject's verb
    if cue == lemma and infinitive is None and auxiliary is None and verb_follows(text, match.end()):
        return None  # "officials in Washington state declared": the base form is a noun before the verb
    if cue == lemma and infinitive is None and auxiliary is None and _collective_compound(mention, cue):
        return None  # "The only company comment came Thursday": a noun after a noun, not the body's verb
    rest = match.end()
    if (text.startswith(" about ", rest) and lemma not in OBJECT_VERBS and not _ABOUT_A_NUMBER.match(text, rest)) or (
        lemma in _TOPIC_ON and text.startswith(" on ", rest)
    ):
        return None  # "wrote about potential deals", "was commenting on a report": a topic, not what was said
    if (
        text.lstrip().startswith(("“", '"', "‘", "''"))
        and text[: where.start].rstrip().endswith(_QUOTE_CLOSERS)
        and not THAT_NEXT.match(text, rest)
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
    if (
        split > 0
        and mention.name is not None
        and text[: where.start].rstrip().endswith(",")
        and not _RELATIVE_BEFORE_CUE.search(text[: where.start].rstrip()[:-1])
        and _PREDICATE_AFTER_CUE.match(text, rest)
    ):
        # "The purpose of today’s press briefing, Mr Kelly said, was to show …": the cue is set in the
        # statement between its subject and its verb; the statement is the whole sentence (a pronoun
        # set in is read where its words begin, for whom it means; "the Health Department, which, he
        # said, was asking …" is the clause's)
        return {**_statement_first(mention, cue, lemma, split, where, None), "end": len(text)}
    if split > 0 and text[: where.start].rstrip().endswith(",") and text[rest:].lstrip().startswith(_SET_IN_CLOSE):
        # "Staff rushed to her aid, the witness says, and ushered her out": the cue is set in the
        # statement; what follows it continues the statement's own clause, not the speaker's words;
        # "…has died, officials said, but the family say …": or opens another's clause.
        return _statement_first(mention, cue, lemma, split, where, None)
    # "claimed to have killed 10 rebels": what was claimed, no infinitive of doing
    claimed_done = lemma == "claim" and text.startswith((" to have ", " to be "), rest)
    if (
        lemma not in TO_LISTENER
        and text.startswith(" to ", rest)
        and not text.startswith(" to the ", rest)
        and not claimed_done
    ):
        return None  # "continued to fight", "agreed to talks": an infinitive, not speech
    if lemma == "maintain" and _KEPT_UP.match(text, rest):
        return None  # "China maintains contact with …", "maintained its lead": kept up, not said
    if lemma == "ask" and _QUESTIONS_ASKED.match(text, rest):
        return None  # "Ellison asked no other questions": how many were asked, not what
    if lemma == "threaten" and _THREATENED_PERSON.match(text, rest):
        return None  # "had threatened a Politico reporter over the story": an act; what was said is not told
    if lemma in ("cite", "quote", "mention") and (CITED_AS.match(text, rest) or CITED_THEN_SAYS.match(text, rest)):
        # "cited analyst X as claiming that ...", "cited a magazine report that said ...": X's
        # statement, read at its own cue
        return None
    if lemma in ("respond", "reply") and text.startswith(" to ", rest) and not SAID_AFTER_LISTENER.match(text, rest):
        return None  # "Solomon was responding to Khairudin, who ...": whom, not what
    if (by := _BY_A_PARTICIPLE.match(text, rest)) is not None and (means := CUE.match(text, by.end())) is not None:
        rest = means.end()  # "Salih responded by clarifying that …": the statement follows the means
    if lemma == "ask" and _ASKED_WHOM_ONLY.fullmatch(text, rest):
        return None  # "“…?” the chief justice asked the lawyers.": whom, not what; the question came first
    relay = None
    if lemma == "tell" and text.startswith(" how ", rest):
        rest += len(" how")  # "The victim told how she was attacked": the account, no listener named
    elif lemma == "tell" or (lemma in ("inform", "notify") and LISTENER.match(text, rest)):
        # "informed the court that …", "notified the nurses their benefits would end" name their
        # listener as "told" does; "informed that" does not
        listener = LISTENER.match(text, rest)
        if listener is None:
            return None
        name = listener.group("listener")
        if name.removeprefix("the ")[:1].isupper():
            # "told the BBC", "told Reuters": the one told relays; "told the 12-strong panel" does not
            relay = name.removeprefix("the ").strip()
        rest = listener.end()
        if lemma != "tell" and TOPIC_NEXT.match(text, rest):
            return None  # "notified residents of the change": what about, no statement
        where_told = _TOLD_WHERE.match(text, rest)
        if where_told is not None:
            rest = where_told.end()  # "told the panel at Oxford Crown Court on Friday afternoon …"
        if text.startswith(" how ", rest):
            rest += len(" how")  # "told the court how the car sped away"
    elif lemma == "ask" and (asked := _ASKED_WHOM_THEN_QUOTE.match(text, rest)) is not None:
        # 'asked Health Secretary Patricia Hewitt: "if she will investigate …"': whom, then what
        rest = asked.end("whom")
    while (adverbial := ADVERBIAL.match(text, rest)) is not None and adverbial.end() > rest:
        rest = adverbial.end()
    adjunct = ADJUNCT.match(text, rest) if not claimed_done else None  # "to have killed" is what was claimed
    if adjunct is not None:
        rest = adjunct.end()  # "said in Manila", "told reporters on Thursday afternoon"
    if TIME_THEN_CLAUSE.match(text, rest) and split > 0:
        rest = len(text)  # "X told the media Monday, a day after the vote": adjuncts, the statement came first
    # ("told the governor to stop side shows on matters that touch …": what he was told to do, no adjunct)
    framed = ADJUNCT_THEN_THAT.match(text, rest) if not (lemma == "tell" and text.startswith(" to ", rest)) else None
    if framed is not None and _OTHERS_WORDS_THAT.search(framed.group(0)):
        # "said yesterday in response to questions that she was collecting data": what follows "that"
        # is the questions' content, not the speaker's; the speaker's statement came first, or is none
        if split == 0:
            return None
        framed, rest = None, len(text)
    if framed is not None:
        rest = framed.end() - len("that ")  # "said in a brief post on X that ...": the content follows "that"
    if (framed_quote := _ADJUNCT_THEN_QUOTE.match(text, rest)) is not None:
        rest = framed_quote.end() - 1  # "wrote on Truth Social: “…”": the quote after the colon is the statement
    tail = text[rest:].strip(' .”"’')
    if tail in (":", ",", ";"):
        return None  # "Writing for the majority, Roberts said:": the quote is in the next paragraph
    if split > 0 and _AND_CUE.match(tail):
        tail = ""  # "…, he added and said that firing …": what he added came first; the joined cue has its own
    if lemma == "say" and _SAID_THIS.match(tail):
        return None  # "Sanaullah said this during a press conference": the statement is the one before
    if len(tail.split()) == 1 and tail.isalpha() and split > 0:
        tail = ""  # "told the BBC's Network Africa programme.": a word left over, not a statement
    if (
        split > 0
        and framed is None
        and ADJUNCT_START.match(tail)
        and not any(m in tail for m in '“"')
        and not (lemma == "call" and tail.startswith(("on ", "upon ")))  # "called on diplomats to …": the call
        and not claimed_done
    ):
        tail = ""  # "..., Ana Elder said as the health system teeters": the statement came first
    set_off = tail.startswith(",") or text[:rest].rstrip().endswith(",")
    if split > 0 and set_off and _PARTICIPLE.match(tail.lstrip(", ")):
        tail = ""  # "…, the union said, adding that talks had failed": the statement came first
    if split > 0 and (participle := _PARTICIPLE_THAT.match(tail)) and CUE.fullmatch(participle.group("cue")):
        tail = ""  # "“…,” he said adding that …": no comma, the same; the participle's words are its own
    if split > 0 and set_off and _TIME_CLAUSE.match(tail.lstrip(", ")):
        tail = ""  # "Talks collapsed, the union said, after the operator refused …": when, not what
    if not tail:
        # The statement comes first: "..., the Palestinian Red Crescent Society confirmed." It
        # ends at a comma, a dash or a quote; "Hamas said it agreed to the deal." is no such thing.
        marks = (",", "”", '"', "’", "—", "–", ";", "-")
        if split == 0 or not (text[:split].rstrip().endswith(marks) or text[split:].lstrip().startswith(marks)):
            return None
        if _QUESTION_FRAME.match(text) and "," not in text[:split].rstrip(" ,"):
            return None  # "Asked if he would resign, Hill said no.": the question put, not his words
        if _ACCORDING_OPENING.match(text) and "," not in text[:split].rstrip(" ,"):
            # "According to a press release from police, three officers responded.": the frame alone,
            # naming its own source, is no statement of the subject's ("According to preliminary
            # information, the incident started …, the office said" has one after it)
            return None
        if COMPLEMENTISER.search(text, split, where.start) or CUE.search(text, split, where.start):
            # "..., despite reports suggesting that Israel and Egypt had agreed": the speaker sits in a
            # clause of its own; what stands before the comma is not what it said
            return None
        read = {item["cue_at"][0] for item in found}
        quoted = any(mark in text[:split] for mark in '“"')
        if any(
            is_finite_cue(text, inner)
            and inner.start() not in read
            # "The union countered with an offer, Campano said": no speech without the word the cue
            # needs, unless words are quoted ("Singh called the couple, saying “…”, he added")
            and (quoted or needs_met(text, inner))
            # "If someone in the government has stated such a thing, it would be …, he explained":
            # a supposition's verb has no speaker of its own
            and not (_ASKED_OR_SUPPOSED.match(text) and "," not in text[: inner.start()])
            # "such a fact has not been stated by the government": a passive names no speaker here
            and not _PASSIVE.search(text, max(0, inner.start() - 40), inner.start())
            # "Nothing said today added anything else to this, Mr Elder said": an amount added, no speech
            and not _AMOUNT_NEXT.match(text, inner.end())
            for inner in CUE.finditer(text, 0, split)
        ):
            # "The wife of one of the detainees said her husband ..., the HRW said.": the statement
            # has a speaker of its own the rules could not read; never the relaying party's words.
            return None
        return _statement_first(mention, cue, lemma, split, where, relay)
    start = past_that(text, rest)
    told = NAMED_LISTENER_THAT.match(text, rest)
    addressed = past_listener_and_that(text, rest) if told is None and lemma in LISTENER_THAT_VERBS else None
    if told is not None:
        start = told.end()  # "promised Amnesty International that the army will ...": what was promised
    elif addressed is not None:
        start = addressed  # "assured residents that the water was safe": what they were assured of
    elif (
        lemma in OBJECT_VERBS and not text[rest:].lstrip().startswith("that ") and not _CLAUSE_OBJECT.match(text, rest)
    ):
        start = match.start()
    elif (medium := MEDIUM.match(text, start)) is not None and not _FINITE_NEXT.match(text, medium.end()):
        # "posted a statement on her site": what was posted, not what it says; but "said the video
        # was fake" opens a clause with the video as its subject
        return None
    end = len(text)
    named = _CALLED_QUOTED.match(text, rest) if lemma == "call" else None
    if named is not None:
        # "called the polls a “farce”, citing ...": the naming ends with its quoted word
        close = _QUOTE_CLOSE.search(text, named.end())
        end = close.end() if close is not None else end
        if _CLAIM_THAT.search(text, rest, named.end()):
            # "called the claims that the inspector was responsible “despicably false”": the claim
            # is someone else's; the speaker's own words are the quoted naming
            start = named.end()
            end = close.start() if close is not None else end
    if (
        _OPENING_SUBORDINATOR.match(text, 0, where.start)
        and "," not in text[: where.start]  # the speaker in the opening clause, not the main one after it
        and (main := _MAIN_CLAUSE_AFTER.search(text, start)) is not None
    ):
        # "After the union announced a strike, the company filed complaints": the words said end
        # with the clause that opens the sentence; the main clause after it is the narration's
        end = min(end, main.start())
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


# A clause of time or condition opening the sentence, the speaker its subject: "After the union",
# "Hours after the Minnesota Nurses Association", "When the minister".
_OPENING_SUBORDINATOR = re.compile(
    rf"\s*(?:(?:{alternatives(TIME_SPANS, capitalised=True)})\s+)?"
    r"(?:After|When|As|Before|While|Once|Since|Until|Because|Although|Though|If|(?<=\s)(?:after|before|since))\s"
)
# The sentence's main clause after the opening one: a comma, then a subject and its verb ("…, the
# company filed complaints", "…, several health systems filed", "…, the crowd cheered").
_MAIN_CLAUSE_AFTER = re.compile(
    r",\s+(?=(?:the|a|an|several|many|some|[A-Z][\w’'-]*)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:[a-z]{3,}ed|is|are|was|were|has|have|had|will|would|could|can|took|came|went|made|gave|began|became)"
    r"(?![\w-]))"
)


# What one maintains without saying anything: "maintains contact with …", "maintained its lead";
# "maintained its forecast", "maintains the budget will …" and "maintained that …" are statements.
_KEPT_UP = re.compile(
    r"\s+(?:(?:its|his|her|their|our|a|an|the|close|regular|direct|strong|good)\s+){0,2}"
    r"(?:contacts?|ties|relations|links|dialogue|communication|order|control|lead|presence|pressure|pace|"
    r"momentum|silence|calm|security|discipline|operations|distance|course|record|streak|form|levels?|rates?)\b"
)


# A capitalised word right before "state": a place's name ("Lagos state", "Washington state").
_PLACE_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*\s+$")


# An object that is only a pronoun: "denied that", "confirmed it", "disputed this".
_PRONOUN_ONLY = re.compile(r"\s*(?:that|this|it|them|so|these|those)\s*")


# A clause of time set off after the cue: "…, the union said, after the operator refused …".
_TIME_CLAUSE = re.compile(r"(?:after|before|when|while|until|once)\s")
# A participle set off after the cue: "…, the union said, adding that …", "…, he said, citing …".
_PARTICIPLE = re.compile(r"[a-z]+ing(?![\w-])")
_PARTICIPLE_THAT = re.compile(r"(?P<cue>[a-z]+ing)\s+that\s")


_ASKED_OR_SUPPOSED = re.compile(r"(?:If|Unless|Whether|Who|What|Which|Why|How)\s", re.IGNORECASE)
_VERB_ENDS_SUBJECT = re.compile(r"\b(?:had|has|have|was|were|is|are)\s+[a-z]+(?:ed|en)$")
# Where and when someone was told, named: "at Oxford Crown Court on Friday afternoon".
_TOLD_WHERE = re.compile(
    r"(?:\s+(?:at|in|on)\s+(?:the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})"
    # "told police from his hospital bed he was sure …", "told reporters at the scene the car …"
    r"|\s+(?:at|in|on|from|over)\s+(?:the|his|her|their|its|a)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}?)+"
    r"(?=\s+[–—]\s|\s+(?:there|the|a|an|it|he|she|they|we|I|his|her|their)\s)"
)
_AND_CUE = re.compile(rf"and\s+(?:also\s+)?(?:{CUE_VERBS})\b")
# "said this during …", "said so in a statement": a pointer back to what was said before
_SAID_THIS = re.compile(r"(?:this|so)\s+(?:during|in|at|on|after|before|when|while|to|as)\b|(?:this|so)\s*$")
# An aside set off by dashes before what was said.
_DASHED_ASIDE = re.compile(r"[–—]\s[^–—“”\"]{1,150}?\s[–—]\s+")
# A quotation closed, then a second clause of the same verb: '“…,” and that …'.
_SECOND_THAT = re.compile(r"(?<=[,.]”|[,.]\")\s+and\s+that\s")
# A quotation closing with its punctuation right after a cue: the cue was the quotation's last
# word (not "“categorically rejected” a report", a cue quoted alone).
_QUOTE_CLOSES_NEXT = re.compile(r"[,.!?][”\"’](?:\s|$)")
_QUOTE_CLOSERS = (",”", "”", ',"', '"', ",’’", "’’", ",’", "’", "''")


def _plural_subject(mention: Mention) -> bool:
    """Whether a speaker takes a plural verb ("Republicans say", "they claim", "officials state")."""
    words = mention.text.lower().split()
    if not words:
        return False
    # the head before a complement: "Scientists at Oxford University", "Members of the union"
    complement = next((i for i, word in enumerate(words) if i and word in ("at", "of", "from", "in", "with")), None)
    head = words[complement - 1] if complement is not None else words[-1]
    if words[0] in ("a", "an") and complement is None:
        return False  # "a police report", "a Reuters report": one thing, so "report" is its noun
    return (
        mention.plural
        or (head.endswith("s") and not head.endswith("ss"))
        or head in _PLURAL_HEADS
        or words[0] in _PLURAL_DETERMINERS  # "Those opposed to the law say"
        or " and " in mention.text  # "Hamas and Islamic Jihad say"
    )


def _collective_compound(mention: Mention, form: str) -> bool:
    """Whether an organisation named by a singular noun ("the company", "the party") stands before
    a base form that is as often a noun: "company comment", "party report" are compounds far more
    often than the plural verb such a body may take ("the party insist"); a family or a club
    claims as often as not ("the McCloud family claim deputies …")."""
    words = mention.text.lower().split()
    return bool(words) and words[-1] in _ORGANISATION_HEADS and is_nouny_base(form)


def _initials_say(mention: Mention, lemma: str) -> bool:
    """Whether a body known by its initials says, in the plural a body of people is given ("RCMP
    say"); only "say", which is never a noun ("the HRW report seems": a noun, not HRW's verb)."""
    return lemma == "say" and _INITIALS.fullmatch(mention.text.split()[-1]) is not None


_INITIALS = re.compile(r"[A-Z]{2,6}")


# Bodies a plural verb is given less often than a noun after them ("the company comment").
_ORGANISATION_HEADS = frozenset(
    {"army", "military", "ministry", "party", "group", "campaign", "company", "firm", "band", "agency"}
)
_PLURAL_HEADS = frozenset(
    {"they", "we", "people", "police", "staff", "public"}
    # a body of people, often given a plural verb ("the victim's family say", "the club insist")
    | {"family", "government", "council", "club", "team", "union", "committee", "board"}
    | _ORGANISATION_HEADS
)
_PLURAL_DETERMINERS = frozenset(
    {"those", "these", "many", "some", "both", "all", "several", "most", "few", "two", "three", "four", "five"}
)
