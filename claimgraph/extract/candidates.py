"""The candidate attribution every English sentence pattern fills in while a sentence is read."""

from __future__ import annotations

from typing import TypedDict

from claimgraph.extract.records import Mention, Span

__all__ = ["Candidate", "last_with_speaker"]


class Candidate(TypedDict, total=False):
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


def last_with_speaker(found: list[Candidate]) -> int | None:
    """The index of the last candidate with a speaker of its own (a later cue may share it); None for none."""
    return next((i for i in range(len(found) - 1, -1, -1) if found[i]["speaker"] is not None), None)
