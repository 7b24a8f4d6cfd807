"""English attribution rules: every attributed statement of an English text.

The text is split into sentences (:mod:`claimgraph.extract.sentences`) and each
sentence is read by the patterns of :mod:`claimgraph.extract.patterns`; this
module joins their findings into one list for the whole text, the interface
every language's rules share (:mod:`claimgraph.extract.records`).
"""

from __future__ import annotations

from attrs import evolve

from claimgraph.extract.patterns import sentence_attributions
from claimgraph.extract.records import Attribution
from claimgraph.extract.sentences import split_sentences

__all__ = ["find_attributions"]


def find_attributions(text: str, start: int = 0) -> list[Attribution]:
    """Every attributed statement of an English text, in the order of their cues.

    Args:
        text: the article (line ends already ``\\n``).
        start: where the article proper begins (after a date line, say).

    Returns:
        The attributions, offsets into ``text``; ``same_as`` and ``relayed_by``
        index this list.
    """
    found: list[Attribution] = []
    for sentence in split_sentences(text, start):
        base = len(found)
        for item in sentence_attributions(sentence):
            found.append(
                evolve(
                    item,
                    same_as=None if item.same_as is None else base + item.same_as,
                    relayed_by=None if item.relayed_by is None else base + item.relayed_by,
                )
            )
    return found
