"""English attribution rules: every attributed statement of an English text.

The text is split into sentences (:mod:`claimgraph.extract.sentences`) and each
sentence is read by the patterns of :mod:`claimgraph.extract.patterns`; this
module joins their findings into one list for the whole text, the interface
every language's rules share (:mod:`claimgraph.extract.records`).
"""

from __future__ import annotations

from attrs import evolve

from claimgraph.extract.patterns import sentence_attributions
from claimgraph.extract.quotes import find_quotes, transcript_questions
from claimgraph.extract.records import Attribution
from claimgraph.extract.sentences import split_sentences

__all__ = ["find_attributions"]


def _overlaps(a: Attribution, b: Attribution) -> bool:
    return min(a.end, b.end) > max(a.start, b.start)


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
    for sentence in split_sentences(text, start):
        base = len(reported)
        for item in sentence_attributions(sentence):
            reported.append(
                evolve(
                    item,
                    same_as=None if item.same_as is None else base + item.same_as,
                    relayed_by=None if item.relayed_by is None else base + item.relayed_by,
                )
            )
    # A statement the quotes already hold is dropped from the reported ones, and with it
    # anything that leaned on it for its speaker.
    dropped: set[int] = set()
    for index, item in enumerate(reported):
        inside = any(q.start <= item.start < q.end for q in asked)  # a reporter's question
        if inside or any(_overlaps(item, q) for q in quoted) or (item.same_as is not None and item.same_as in dropped):
            dropped.add(index)
    tagged = [("q", i, a) for i, a in enumerate(quoted)] + [
        ("r", i, a) for i, a in enumerate(reported) if i not in dropped
    ]
    tagged.sort(key=lambda t: (t[2].cue_span.start if t[2].cue_span is not None else t[2].start, t[2].start))
    position = {(kind, i): n for n, (kind, i, _a) in enumerate(tagged)}
    merged = []
    for kind, _i, item in tagged:
        same = position.get((kind, item.same_as)) if item.same_as is not None else None
        relay = position.get((kind, item.relayed_by)) if item.relayed_by is not None else None
        merged.append(evolve(item, same_as=same, relayed_by=relay))
    return merged
