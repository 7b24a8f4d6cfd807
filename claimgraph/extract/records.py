"""The records every language's attribution rules return, and the draft is built from.

A rules module (``claimgraph.extract.english``, ``claimgraph.extract.arabic``)
exposes ``find_attributions(text) -> list[Attribution]``: each attribution
carries offsets into the whole text (the content, the cue, the speaker's
mention), the speaker as a :class:`Mention`, the rule that fired and how sure
it is. The draft (:mod:`claimgraph.extract.draft`) resolves the mentions to
sources and writes the claims; it knows no language.
"""

from __future__ import annotations

from attrs import evolve, frozen

__all__ = ["Attribution", "Mention", "Span"]


@frozen
class Mention:
    """A speaker as printed in one attribution.

    Attributes:
        text: the mention as printed ("Raed Al-Nems", "He", "the organization").
        name: the name to record, articles removed; None for pronouns and
            descriptions that refer back to an actor met before.
        refers: for a pronoun or description, what it refers back to:
            ``person``, ``organisation`` or ``any``; else None.
        role: the role as printed ("spokesman for the Palestinian Red Crescent
            Society in Gaza", "Hamas spokesman").
        organisation: the organisation the role names ("Palestinian Red Crescent Society").
        person: True when the mention is a person (a role noun, or a pronoun).
        unnamed: True for a speaker the text does not name: a collective
            ("officials", "Israeli media") or a description ("a senior French
            military official"), whose ``name`` is then the description.
        description: the noun of a description ("spokesman", "movement").
        gender: ``male`` or ``female`` when the mention says (he, she, Mr, Ms); else None.
        plural: True for "they" and plural descriptions ("officials").
    """

    text: str
    name: str | None
    refers: str | None = None
    role: str | None = None
    organisation: str | None = None
    person: bool = False
    unnamed: bool = False
    description: str | None = None
    gender: str | None = None
    plural: bool = False


@frozen
class Span:
    """Offsets of a piece of the text: ``text[start:end]``."""

    start: int
    end: int


@frozen
class Attribution:
    """One attributed statement found in a text.

    Attributes:
        speaker: the speaker as printed, or None when it is the speaker of the
            attribution ``same_as`` (a participle "..., noting that ...", or a
            quote continued in the next sentence).
        cue: the cue as printed ("said", "alleging", "according to", "وقال", ":").
        lemma: the cue's dictionary form ("say", "allege").
        start: offset of the reported content in the text.
        end: offset just past it.
        cue_span: where the cue is printed; None for a continuation with no cue.
        speaker_span: where the speaker's mention is printed; None when it is not.
        same_as: index, in the list the rules returned, of the attribution
            whose speaker this one shares; None otherwise.
        relayed_by: index of the attribution whose speaker relays this one
            ("with officials vowing ...", "X reported that Y said ..."); None otherwise.
        relay: a relay named in the sentence ("Speaking to Anadolu Agency").
        rule: the name of the pattern that fired ("speaker-said-that").
        confidence: how sure the rule is, 0 to 1.
        review: why a reviewer should check the attribution (the speaker was
            resolved across sentences, from a description ...); None if nothing.
        when: the date phrase attached to the cue ("on Tuesday", "last week"), if any.
        fallback: for a pronoun, the person the narration names before it, to be the
            speaker when the speakers met so far do not say who it is; None otherwise.
    """

    speaker: Mention | None
    cue: str
    lemma: str
    start: int
    end: int
    cue_span: Span | None = None
    speaker_span: Span | None = None
    same_as: int | None = None
    relayed_by: int | None = None
    relay: str | None = None
    rule: str = ""
    confidence: float = 0.5
    review: str | None = None
    when: str | None = None
    fallback: Mention | None = None

    def read_as(self, speaker: Mention, why: str, confidence: float | None = None) -> Attribution:
        """This attribution with its speaker read anew across the text, flagged for review with
        ``why`` (after any reason it was flagged for already), its confidence at most ``confidence``."""
        return evolve(
            self,
            speaker=speaker,
            review=why if self.review is None else f"{self.review}; {why}",
            confidence=self.confidence if confidence is None else min(self.confidence, confidence),
        )
