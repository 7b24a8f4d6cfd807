"""English attribution rules: every attributed statement of an English text.

Three readings are merged into one list in text order: direct quotes, read per
paragraph so a quote running over sentences stays whole
(:mod:`claimgraph.extract.quotes`); the sentence patterns, over the sentences of
:mod:`claimgraph.extract.sentences` (:mod:`claimgraph.extract.patterns`); and the
article's title read as a statement (:mod:`claimgraph.extract.headlines`). A
statement a quote already holds is dropped, a party a briefing's transcript reports
speaks for itself, relayed by the one speaking, and a quote standing alone continues
the statement right before it. Who each speaker is is then read across sentences
(:mod:`claimgraph.extract.coreference`, :mod:`claimgraph.extract.office_holders`).
The list is the interface every language's rules share (:mod:`claimgraph.extract.records`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from attrs import evolve

from claimgraph.extract.aliases import defined_names_in_full
from claimgraph.extract.coreference import (
    businesses_read_as_subjects,
    descriptions_read_as_subjects,
    narrated_bodies_for_it,
    narrated_groups_for_they,
    narrated_persons_for_pronouns,
    pronouns_read_as_reported_subjects,
    pronouns_read_by_gender,
    surnames_read_as_persons,
    title_bodies_in_full,
    title_surname_in_full,
)
from claimgraph.extract.covered import Covered
from claimgraph.extract.cue_forms import CUE, is_speech_verb
from claimgraph.extract.defendants import defendants_read_as_accused
from claimgraph.extract.documents import documents_read_as_issuers
from claimgraph.extract.families import families_named_before
from claimgraph.extract.first_names import first_name_gender
from claimgraph.extract.headlines import headline_statement, quoted_title, titles_read_by_the_body
from claimgraph.extract.mentions import COLLECTIVES, is_role, parse_mention
from claimgraph.extract.named_after import (
    descriptions_named_after,
    descriptions_of_a_named_persons_side,
    lead_bodies_named_after,
    lead_descriptions_named_after,
)
from claimgraph.extract.named_bodies import bodies_named_before, kinds_read_as_descriptions
from claimgraph.extract.office_holders import offices_read_as_untitled_names, titles_read_as_names
from claimgraph.extract.pairs import pairs_read_as_parties
from claimgraph.extract.patterns import sentence_attributions
from claimgraph.extract.police import police_read_as_their_force
from claimgraph.extract.quotes import QUOTE_RULES, find_quotes, transcript_questions
from claimgraph.extract.records import Attribution, Mention, Span
from claimgraph.extract.sentences import Sentence, split_sentences

__all__ = ["find_attributions"]


def find_attributions(text: str, start: int = 0) -> list[Attribution]:
    """Every attributed statement of an English text, in text order.

    Direct quotes (:mod:`claimgraph.extract.quotes`) are read per paragraph, so
    a quote running over sentences stays whole; the sentence patterns
    (:mod:`claimgraph.extract.patterns`) add the reported speech the quotes do
    not cover.

    Args:
        text: the article (line ends already ``\\n``).
        start: where the article proper begins (after a date line, say).

    Returns:
        The attributions, offsets into ``text``; ``same_as`` and ``relayed_by``
        index this list.
    """
    quoted = find_quotes(text, start)
    # a transcript is known by its quotes before the parties a briefing relays leave them
    asked = transcript_questions(text, start) if any(a.rule == "transcript-label" for a in quoted) else []
    sentences = list(split_sentences(text, start))
    reported, replaced = _with_title(_reported_speech(sentences), headline_statement(text, start))
    quoted, reported = _party_statements_in_transcripts(quoted, reported)
    reported = _ended_at_a_quotes_colon(text, reported, quoted)
    dropped, held_by, absorbed = _dropped(text, reported, replaced, quoted, asked)
    found = quoted_title(text, start, _merged(text, quoted, reported, dropped, held_by, absorbed))
    # Who each speaker is, read across sentences; each reading sees what the ones before it read.
    found = defined_names_in_full(text, found)
    found = kinds_read_as_descriptions(text, found)
    found = title_surname_in_full(found)
    found = title_bodies_in_full(text, found)
    found = surnames_read_as_persons(text, found)
    found = businesses_read_as_subjects(text, sentences, found)
    found = bodies_named_before(text, found)
    found = documents_read_as_issuers(text, found)
    found = families_named_before(text, found)
    found = police_read_as_their_force(text, found)
    found = titles_read_as_names(text, found)
    found = defendants_read_as_accused(text, found)
    found = descriptions_read_as_subjects(text, sentences, found)
    found = descriptions_named_after(text, found)
    found = lead_descriptions_named_after(text, found)
    found = lead_bodies_named_after(text, found)
    found = descriptions_of_a_named_persons_side(text, found)
    found = pairs_read_as_parties(text, found)
    found = offices_read_as_untitled_names(text, found)
    found = titles_read_by_the_body(text, found)
    found = pronouns_read_as_reported_subjects(text, found)
    found = pronouns_read_by_gender(found)
    found = narrated_bodies_for_it(sentences, found)
    found = narrated_groups_for_they(sentences, found)
    return narrated_persons_for_pronouns(text, found)


def _reported_speech(sentences: Sequence[Sentence]) -> list[Attribution]:
    """What the sentence patterns find in every sentence, as one list: the indices a finding holds
    into its own sentence's findings (``same_as``, ``relayed_by``) become indices into the list."""
    reported: list[Attribution] = []
    for sentence in sentences:
        base = len(reported)
        for item in sentence_attributions(sentence):
            if item.same_as is not None or item.relayed_by is not None:
                item = evolve(
                    item,
                    same_as=None if item.same_as is None else base + item.same_as,
                    relayed_by=None if item.relayed_by is None else base + item.relayed_by,
                )
            reported.append(item)
    return reported


def _with_title(reported: list[Attribution], title: Attribution | None) -> tuple[list[Attribution], set[int]]:
    """The reported statements with the title's own statement, and the indices of those it replaces.

    The title's rule reads it as a title (flagged for review), over the prose rule that reads
    "..., says WHO" the same way in a sentence; a title another rule read is left to that rule.
    """
    if title is None:
        return reported, set()
    replaced = {i for i, r in enumerate(reported[:8]) if r.rule == "statement-cue-speaker" and _overlap(title, r)}
    if not any(_overlap(title, r) for i, r in enumerate(reported[:8]) if i not in replaced):
        reported = [*reported, title]  # last, so no index into the list moves; the merge orders by offset
    return reported, replaced


def _overlap(a: Attribution, b: Attribution) -> bool:
    return min(a.end, b.end) > max(a.start, b.start)


def _ended_at_a_quotes_colon(text: str, reported: list[Attribution], quoted: list[Attribution]) -> list[Attribution]:
    """A reported statement that runs on into a quote it introduces with a colon ends at the colon:
    "O'Leary said he expects profits to be up: “We are raising our guidance …”" is two statements
    of his, the reported one and the quote (which the quotes read), not one the quote swallows."""
    if not quoted or not reported:
        return reported
    openings = sorted(q.start for q in quoted)
    result = []
    for item in reported:
        at = bisect.bisect_right(openings, item.start)
        cue_first = item.cue_span is not None and item.cue_span.end <= item.start  # not "…: ‘…,’ he said"
        if item.speaker is not None and cue_first and at < len(openings) and openings[at] < item.end:
            lead = text[item.start : openings[at]].rstrip(" \t“\"‘'")
            # (not when another cue stands before the colon: "asked Stubbs if …, he replied:", "the
            # protesters chanted … and proclaimed:" introduce the quote as someone else's)
            if lead.endswith(":") and len(lead[:-1].split()) >= _MIN_REPORTED_WORDS and CUE.search(lead[:-1]) is None:
                item = evolve(item, end=item.start + len(lead[:-1].rstrip()))
        result.append(item)
    return result


_MIN_REPORTED_WORDS = 3  # "he expects profits to rise:" says something; "he added:" does not


def _dropped(
    text: str, reported: list[Attribution], replaced: set[int], quoted: list[Attribution], asked: list[Span]
) -> tuple[set[int], dict[int, int], set[int]]:
    """The indices of the reported statements left out: those the title replaces, those a quote
    already holds or a reporter's question holds, and with them anything that leaned on one for
    its speaker; for those a quote holds, that quote's index (a participle after the quote's
    cue goes on with it: "“…,” he said adding that …"); and the quotes that are words quoted inside
    a reported statement, which stays whole."""
    dropped = set(replaced)
    held_by: dict[int, int] = {}
    absorbed: set[int] = set()
    questions, quotes = Covered(asked), Covered(quoted)
    by_start = sorted(range(len(quoted)), key=lambda q: quoted[q].start)
    starts = [quoted[q].start for q in by_start]
    for index, item in enumerate(reported):
        inside = questions.holds(item.start)  # a reporter's question
        if (
            item.same_as is not None
            and item.same_as in held_by
            and item.cue.endswith("ing")
            and not inside
            and item.cue_span is not None
            and not quotes.holds(item.cue_span.start)  # "“…, and writing again, as normal.”": the quote's words
        ):
            continue  # the participle stays, leaning on the quote instead
        if item.rule == "title-source" and (words := _quoted_in_the_title(item, quoted)):
            # "‘Allegations of vaccine shortage are utterly baseless’: Health Minister Harsh Vardhan":
            # the title names whose the quote is; no quote of no one's holds it
            absorbed.update(words)
            continue
        if (
            not inside
            and item.same_as is None
            and (fragments := _quoted_fragments(text, item, quoted, by_start, starts))
        ):
            # "he testified that he was walking … mushrooms — “they looked like weird beef jerky” — and
            # …": words quoted inside reported speech are part of it, no quote of their own
            absorbed.update(fragments)
            continue
        if inside or quotes.overlaps(item.start, item.end) or (item.same_as is not None and item.same_as in dropped):
            dropped.add(index)
            # the last quote with a speaker starting before the statement ends and reaching into it
            before = bisect.bisect_left(starts, item.end)
            holding = next(
                (
                    q
                    for q in reversed(by_start[max(0, before - _QUOTES_LOOKED_BACK) : before])
                    if quoted[q].speaker is not None and quoted[q].end > item.start
                ),
                None,
            )
            if holding is not None and not inside and index not in replaced:
                held_by[index] = holding
    return dropped, held_by, absorbed


def _quoted_in_the_title(title: Attribution, quoted: list[Attribution]) -> list[int]:
    """The quotes inside a title's statement, when each is one read for no cue of its own; none
    when a quote there has a speaker the quotes read."""
    inside = [q for q, quote in enumerate(quoted) if quote.start < title.end and quote.end > title.start]
    if any(quoted[q].rule != "continued-quote" or quoted[q].same_as is not None for q in inside):
        return []
    return inside


def _quoted_fragments(
    text: str, item: Attribution, quoted: list[Attribution], by_start: list[int], starts: list[int]
) -> list[int]:
    """The quotes overlapping a reported statement when each is a continued quote, one read for no
    cue of its own, wholly inside the statement's content after its cue (its closing full stop
    aside: 'asked the minister: "if she will investigate …."'); none otherwise."""
    if item.cue_span is None or item.speaker is None:
        return []
    end = item.end
    while end < len(text) and text[end] in ".,;:!?":
        end += 1
    # the quotes starting inside the statement, and the few starting before it that may reach into it
    low = max(0, bisect.bisect_left(starts, item.start) - _QUOTES_LOOKED_BACK)
    overlapping = [q for q in by_start[low : bisect.bisect_left(starts, item.end)] if quoted[q].end > item.start]
    if not overlapping or any(
        quoted[q].rule != "continued-quote"
        or quoted[q].start < max(item.start, item.cue_span.end)
        or quoted[q].end > end
        for q in overlapping
    ):
        return []
    return overlapping


#: How many quotes starting before a statement's end are looked at for the one holding it.
_QUOTES_LOOKED_BACK = 4


def _merged(
    text: str,
    quoted: list[Attribution],
    reported: list[Attribution],
    dropped: set[int],
    held_by: dict[int, int],
    absorbed: set[int],
) -> list[Attribution]:
    """The quotes and the reported statements kept, in the order of their cues, with ``same_as`` and
    ``relayed_by`` renumbered into the merged list; a continued quote goes to the statement right
    before it (:func:`_continued_speaker`), or is dropped when no speaker is read for it."""
    tagged = [("q", i, a) for i, a in enumerate(quoted) if i not in absorbed] + [
        ("r", i, a) for i, a in enumerate(reported) if i not in dropped
    ]
    tagged.sort(key=lambda t: (t[2].cue_span.start if t[2].cue_span is not None else t[2].start, t[2].start))
    position = {(kind, i): n for n, (kind, i, _a) in enumerate(tagged)}
    merged: list[Attribution] = []
    unread: set[int] = set()  # quotes left without a speaker: what continues them has none either
    for kind, index, item in tagged:
        same = position.get((kind, item.same_as)) if item.same_as is not None else None
        if kind == "r" and item.same_as in held_by:
            same = position.get(("q", held_by[item.same_as]))  # the quote holding what it leaned on
        relay = position.get((kind, item.relayed_by)) if item.relayed_by is not None else None
        if item.rule == "continued-quote":
            # Nothing continues a quote left without a speaker.
            named = _named_after_its_close(text, item.end)
            if named is not None:
                # "“We are escalating our campaign …,” Zimbabwe Teachers Association (ZIMTA)": the
                # cue left out in print, the one named after the quote is its speaker
                mention, where = named
                merged.append(
                    evolve(
                        item,
                        speaker=mention,
                        speaker_span=where,
                        same_as=None,
                        relayed_by=None,
                        rule="quote-then-name",
                        confidence=0.6,
                        review="no cue after the quote: the name printed after it is read as its speaker",
                    )
                )
                continue
            same = None if kind == "q" and item.same_as in unread else _continued_speaker(text, merged, item.start)
            if same is None:
                unread.add(index)
                continue
        if same != item.same_as or relay != item.relayed_by:
            item = evolve(item, same_as=same, relayed_by=relay)
        merged.append(item)
    return merged


def _party_statements_in_transcripts(
    quoted: list[Attribution], reported: list[Attribution]
) -> tuple[list[Attribution], list[Attribution]]:
    """A briefing paragraph that reports a named party ("The Secretary-General condemned ...")
    is that party's statement, relayed by the one speaking, not the speaker's own."""
    named = Covered([r for r in reported if r.speaker is not None and r.speaker.name is not None])
    relayed: list[tuple[int, int, str]] = []
    kept: list[Attribution] = []
    for item in quoted:
        if item.rule.startswith("transcript") and named.overlaps(item.start, item.end):
            assert item.speaker is not None
            relayed.append((item.start, item.end, item.speaker.name or item.speaker.text))
        else:
            kept.append(item)
    if not relayed:
        return quoted, reported
    starts = [start for start, _end, _name in relayed]
    kept_reported = []
    for item in reported:
        at = bisect.bisect_right(starts, item.start) - 1
        if at >= 0 and item.start < relayed[at][1] and item.relay is None:
            item = evolve(item, relay=relayed[at][2])
        kept_reported.append(item)
    return kept, kept_reported


def _named_after_its_close(text: str, end: int) -> tuple[Mention, Span] | None:
    """The name, and where it stands, when a quote ending at ``end`` is followed on its line by a
    name and nothing else ("“We are escalating our campaign …,” Zimbabwe Teachers Association
    (ZIMTA)"): its cue left out in print; None otherwise."""
    after = _NAME_CLOSING_A_LINE.match(text, end, _line_end(text, end))
    if after is None:
        return None
    mention = parse_mention(after.group("name"))
    if mention is None or mention.name is None or mention.unnamed:
        return None
    return mention, Span(after.start("name"), after.end("name"))


# The rest of a quote's line after its closing mark: a name alone, perhaps with its initials.
_NAME_CLOSING_A_LINE = re.compile(
    r"[.,!?]?\s*[”\"’']\s*(?P<name>(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|of|for|and|the|&))*?"
    r"(?:\s+\([A-Z]{2,8}\))?)"
    # a headline's verb in title case after the name ("“That Is Total Rubbish …” Uganda Police Hits Back")
    r"(?:\s+(?:Says|Hits|Slams|Warns|Insists|Responds|Reacts|Replies|Claims|Denies|Vows|Tells|Urges)"
    r"(?:\s+(?:Back|Out|Off|Up))?)?\s*[.,]?\s*$"
)


def _continued_speaker(text: str, before: list[Attribution], start: int) -> int | None:
    """Whose a quote starting at ``start`` with no cue of its own is: the attribution right before it.

    Only when no paragraph stands between that attribution's and the quote's:
    narration in between may bring in another party, so then no guess.
    """
    if not before:
        return None
    previous = before[-1]
    anchor = max(previous.end, previous.cue_span.end if previous.cue_span is not None else 0)
    if anchor > start:
        return len(before) - 1
    between = text[anchor:start].split("\n")[1:-1]  # whole lines between the two
    if any(line.strip() for line in between):
        return _speaker_narrated_between(before, [line for line in between if line.strip()])
    line_start = text.rfind("\n", anchor, start) + 1
    if line_start > 0 and _another_party_speaks(text, line_start, start):
        # "Ms Simpson replied … / The magistrate said he thought it unfortunate … “So my position is
        # – I have no jurisdiction.”": the quote's own paragraph brings in a speaker first
        return None
    if (
        previous.rule not in QUOTE_RULES
        and previous.rule != "continued-quote"
        and _names_a_party(text[previous.start : previous.end], quote=text[start : _line_end(text, start)], text=text)
    ):
        return None  # "Police said Ann Lee had fled. “I did nothing wrong”": perhaps hers
    return len(before) - 1


def _speaker_narrated_between(before: list[Attribution], lines: list[str]) -> int | None:
    """The statement a quote goes on with over one line of narration about its speaker ("Councillor
    Green was infuriated by this response. / “The council are constantly promoting …”"): the line
    opens with the surname of someone quoted before and names nobody else; that one's statement
    (the latest of it); None otherwise."""
    if len(lines) != 1:
        return None
    opening = _NARRATED_SPEAKER.match(lines[0].strip())
    if opening is None or re.search(r"(?<![\w’'-])[A-Z]", lines[0].strip()[opening.end() :]) is not None:
        return None  # another name in the line ("… was answered by Mayor Tom Byrne"): maybe theirs
    surname = opening.group("name").split()[-1]
    for index in range(len(before) - 1, max(-1, len(before) - 1 - _SPEAKERS_LOOKED_BACK), -1):
        speaker = before[index].speaker
        if (
            speaker is not None
            and speaker.person
            and not speaker.unnamed
            and (speaker.name or "").split()[-1:] == [surname]
        ):
            return index
    return None


#: How many statements back a line of narration's person is looked for among those quoted.
_SPEAKERS_LOOKED_BACK = 40


# A line of narration opening with a person, then their verb: "Councillor Green was infuriated …".
_NARRATED_SPEAKER = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Cllr|Councillor|Senator|Sen\.|Rep\.)\s+)?(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})"
    r"\s+(?:was|is|has|had|[a-z]+ed)\b"
)


# A run of capitalised words: a name, perhaps a person's.
_CAPITALISED_RUN = re.compile(r"(?<![\w’'-])(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}")


def _another_party_speaks(text: str, start: int, end: int) -> bool:
    """Whether whole sentences of narration open a quote's paragraph, with a speech verb of their
    own or naming a party who could be the one quoted."""
    lead = text[start:end]
    if not lead.rstrip().rstrip('“"‘').rstrip().endswith((".", "!", "?")):
        return False  # 'proclaimed: "We're not Syria"': the quote is that sentence's own
    return any(is_speech_verb(text, cue) for cue in CUE.finditer(text, start, end)) or _names_a_party(lead)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _names_a_party(content: str, quote: str = "", text: str = "") -> bool:
    """Whether reported content names someone who could have said the quote after it: a person (a
    form of address before a name, a listed first name) or a group of people ("residents"). A
    person the quote itself names ("… an allegation made by Joshua Akamba"), or calls by the office
    the text gives them ("the First Minister" for "First Minister Humza Yousaf"), did not say it."""
    for run in _CAPITALISED_RUN.finditer(content):
        words = run.group(0).split()
        if words[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Dr") or (len(words) > 1 and first_name_gender(words[0])):
            if words[-1] in re.findall(r"[\w’'-]+", quote) or _called_by_office(text, words[-1], quote):
                continue  # named in the quote: someone the speaker talks about
            return True  # "Mr Lee", "Ann Lee"; not "the U.S. Supreme Court" or "Egyptian"
    return any(
        match.group(1) in COLLECTIVES
        and match.group(1) not in _PRINTED_WORDS
        and not _MODIFIES_A_NOUN.match(content, match.end())
        # a subject, its verb after it or the clause's start before it: "residents had fled", "residents
        # in the area were"; not an object ("she had got the residents on board")
        and (
            _VERB_NEXT.match(content, match.end()) is not None
            or len(content[: match.start()].split()) <= 2
            or _CLAUSE_OPENS_BEFORE.search(content, 0, match.start()) is not None
        )
        for match in re.finditer(r"(?<![\w’'-])([a-z]+)(?![\w’'-])", content)
    )


def _called_by_office(text: str, surname: str, quote: str) -> bool:
    """Whether a quote speaks of someone by the office the text prints before their name: "First
    Minister Humza Yousaf" … "If the First Minister is happy to give those answers …"."""
    if not text or "the " not in quote:
        return False
    for office in re.finditer(
        rf"(?P<office>[A-Z][a-z]+\s+[A-Z][a-z]+)\s+(?:[A-Z][\w’'-]+\s+)?{re.escape(surname)}\b", text
    ):
        title = office.group("office")
        if is_role(title) and f"the {title}" in quote:
            return True
    return False


# What prints words, not who says them in a quote: "ungrounded reports are making accusations about
# Police. / “Such wild talks …”" goes on with whoever said the reports were.
_PRINTED_WORDS = frozenset({"reports", "media", "outlets", "newspapers", "channels"})
# A verb after a group, perhaps after where the group is from: "residents had fled", "residents of the
# estate welcomed".
_VERB_NEXT = re.compile(
    r"(?:\s+(?:of|in|at|from|near|on)\s+(?:the\s+)?[\w’'-]+)?"
    r"\s+(?:had|have|has|were|was|will|would|could|said|say|says|are|is|did|do|may|might|should|must|can|"
    r"also|[a-z]+ed)\b"
)
# A clause opening right before a group, whose subject it is: "a ruling that residents …", "and workers …".
_CLAUSE_OPENS_BEFORE = re.compile(r"(?<![\w’'-])(?:that|and|but|while|as|when|because|after|who)\s+(?:the\s+)?$")


# A collective word that qualifies the noun after it names no one ("the management structure",
# "a police station"); before a verb or a clause's end it is a party ("workers had struck").
_MODIFIES_A_NOUN = re.compile(
    r"\s+(?!(?:had|have|has|were|was|will|would|could|said|are|is|did|do|may|might|should|must|can|"
    r"and|or|in|at|on|of|to|for|from|with|by|who|that|which|also|not)\b)[a-z]+(?<!ed)(?<!s)\b"
)
