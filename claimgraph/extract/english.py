"""English attribution rules: every attributed statement of an English text.

The text is split into sentences (:mod:`claimgraph.extract.sentences`) and each
sentence is read by the patterns of :mod:`claimgraph.extract.patterns`; this
module joins their findings into one list for the whole text, the interface
every language's rules share (:mod:`claimgraph.extract.records`).
"""

from __future__ import annotations

import bisect
import re

from attrs import evolve

from claimgraph.extract.coreference import (
    businesses_read_as_subjects,
    descriptions_read_as_subjects,
    narrated_persons_for_pronouns,
    pronouns_read_by_gender,
    title_surname_in_full,
)
from claimgraph.extract.covered import Covered
from claimgraph.extract.first_names import first_name_gender
from claimgraph.extract.headlines import headline_statement
from claimgraph.extract.mentions import COLLECTIVES
from claimgraph.extract.office_holders import offices_read_as_untitled_names, titles_read_as_names
from claimgraph.extract.patterns import sentence_attributions
from claimgraph.extract.quotes import QUOTE_RULES, find_quotes, transcript_questions
from claimgraph.extract.records import Attribution
from claimgraph.extract.sentences import split_sentences

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
    transcript = any(a.rule == "transcript-label" for a in quoted)
    asked = transcript_questions(text, start) if transcript else []
    reported: list[Attribution] = []
    sentences = list(split_sentences(text, start))
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
    headline = headline_statement(text, start)
    # The title's own rule reads it as a title (flagged for review), over the prose rule that
    # reads "..., says WHO" the same way in a sentence.
    dropped: set[int] = {
        i
        for i, r in enumerate(reported[:8])
        if headline is not None and r.rule == "statement-cue-speaker" and _overlap(headline, r)
    }
    if headline is not None and not any(_overlap(headline, r) for i, r in enumerate(reported[:8]) if i not in dropped):
        reported.append(headline)  # last, so no index into the list moves; the merge orders by offset
    quoted, reported = _party_statements_in_transcripts(quoted, reported)
    # A statement the quotes already hold is dropped from the reported ones, and with it
    # anything that leaned on it for its speaker.
    questions, quotes = Covered(asked), Covered(quoted)
    for index, item in enumerate(reported):
        inside = questions.holds(item.start)  # a reporter's question
        if inside or quotes.overlaps(item.start, item.end) or (item.same_as is not None and item.same_as in dropped):
            dropped.add(index)
    tagged = [("q", i, a) for i, a in enumerate(quoted)] + [
        ("r", i, a) for i, a in enumerate(reported) if i not in dropped
    ]
    tagged.sort(key=lambda t: (t[2].cue_span.start if t[2].cue_span is not None else t[2].start, t[2].start))
    position = {(kind, i): n for n, (kind, i, _a) in enumerate(tagged)}
    merged: list[Attribution] = []
    unread: set[int] = set()  # quotes left without a speaker: what continues them has none either
    for kind, index, item in tagged:
        same = position.get((kind, item.same_as)) if item.same_as is not None else None
        relay = position.get((kind, item.relayed_by)) if item.relayed_by is not None else None
        if item.rule == "continued-quote":
            # Nothing continues a quote left without a speaker.
            same = None if kind == "q" and item.same_as in unread else _continued_speaker(text, merged, item.start)
            if same is None:
                unread.add(index)
                continue
        if same != item.same_as or relay != item.relayed_by:
            item = evolve(item, same_as=same, relayed_by=relay)
        merged.append(item)
    merged = businesses_read_as_subjects(text, sentences, title_surname_in_full(merged))
    found = descriptions_read_as_subjects(text, sentences, titles_read_as_names(text, merged))
    return narrated_persons_for_pronouns(text, pronouns_read_by_gender(offices_read_as_untitled_names(text, found)))


def _overlap(a: Attribution, b: Attribution) -> bool:
    return min(a.end, b.end) > max(a.start, b.start)


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
        return None
    if (
        previous.rule not in QUOTE_RULES
        and previous.rule != "continued-quote"
        and _names_a_party(text[previous.start : previous.end])
    ):
        return None  # "Police said Ann Lee had fled. “I did nothing wrong”": perhaps hers
    return len(before) - 1


# A run of capitalised words: a name, perhaps a person's.
_CAPITALISED_RUN = re.compile(r"(?<![\w’'-])(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}")


def _names_a_party(content: str) -> bool:
    """Whether reported content names someone who could have said the quote after it: a person (a
    form of address before a name, a listed first name) or a group of people ("residents")."""
    for run in _CAPITALISED_RUN.finditer(content):
        words = run.group(0).split()
        if words[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Dr") or (len(words) > 1 and first_name_gender(words[0])):
            return True  # "Mr Lee", "Ann Lee"; not "the U.S. Supreme Court" or "Egyptian"
    return any(word in COLLECTIVES for word in re.findall(r"[a-z]+", content))
