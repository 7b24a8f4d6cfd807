"""Every figure a ledger records, indexed for the candidate rules and the figures view.

A *figure* is one proposition of one claim. A *quantity* is what figures are
about: a subject and a property (``al-ahli-explosion-2023-10-17 deaths``).
Figures of one origin about one quantity, said at different times, form that
origin's *revision history*: the latest is its current figure, the earlier ones
stay visible as history (and are never proposed as contradicting it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from attrs import field, frozen

from claimgraph.model import Ledger, Period, Proposition
from claimgraph.model.vocabulary import Vocabulary

__all__ = ["FigureIndex", "FigureItem", "OriginFigures", "Quantity", "figure_index", "quantities"]


@frozen
class FigureItem:
    """One proposition of one claim, with what the rules need to compare it.

    Attributes:
        claim: the claim's id.
        position: the claim's place in the ledger (1-based), for a stable order.
        origin: the independent origin of its speaker.
        proposition: the proposition itself.
        period: the time the value holds for: the proposition's ``when``, else the
            claim's ``said_on``; None when neither is known.
        said: when it was said: the claim's ``said_on``, else its document's date.
        superseded: True when the same origin stated a different figure about the
            same quantity later (a revision replaced this one).
    """

    claim: str
    position: int
    origin: str
    proposition: Proposition
    period: Period | None
    said: Period | None
    superseded: bool = False

    @property
    def quantity(self) -> tuple[str, str]:
        """(subject, property): what the figure is about."""
        return self.proposition.key


@frozen
class FigureIndex:
    """All figures of a ledger, its vocabulary, and the revisions it records.

    Attributes:
        items: every figure, in ledger order.
        vocabulary: units, categories and default approximation.
        supersedes: (later claim, earlier claim) pairs recorded as ``supersedes`` relations.
    """

    items: tuple[FigureItem, ...] = ()
    vocabulary: Vocabulary = field(factory=Vocabulary)
    supersedes: frozenset[tuple[str, str]] = frozenset()


def _said(ledger: Ledger, claim) -> Period | None:
    if claim.said_on is not None:
        return claim.said_on
    document = ledger.document(claim.document) if claim.document else None
    if document is not None and document.published is not None:
        return Period(document.published, document.published)
    return None


def _later(first: Period | None, second: Period | None) -> bool:
    """True when ``first`` was said strictly after ``second`` ended (both known)."""
    return first is not None and second is not None and first.start > second.end


def figure_index(ledger: Ledger) -> FigureIndex:
    """Index a ledger's figures and mark the ones a later revision of the same origin replaced.

    An earlier figure is superseded when its origin said a *different* value about
    the same quantity (and place) later, or when a ``supersedes`` relation says so.
    """
    supersedes = frozenset((r.source, r.target) for r in ledger.relations if r.kind == "supersedes" and not r.rule)
    replaced = {earlier for _later_claim, earlier in supersedes}
    raw: list[FigureItem] = []
    for position, claim in enumerate(ledger.claims, start=1):
        if not claim.proposition and not claim.propositions:
            continue
        origin = ledger.origin(claim.said_by)
        said = _said(ledger, claim)
        for proposition in claim.all_propositions:
            raw.append(FigureItem(claim.id, position, origin, proposition, proposition.when or claim.said_on, said))
    latest: dict[tuple, list[FigureItem]] = {}
    for item in raw:
        latest.setdefault((item.origin, item.quantity, item.proposition.where), []).append(item)
    superseded = set()
    for history in latest.values():
        if len(history) < 2:
            continue
        for item in history:
            if any(
                _later(other.said, item.said) and other.proposition.value != item.proposition.value for other in history
            ):
                superseded.add((item.claim, item.quantity))
    items = tuple(
        FigureItem(
            i.claim,
            i.position,
            i.origin,
            i.proposition,
            i.period,
            i.said,
            (i.claim, i.quantity) in superseded or i.claim in replaced,
        )
        for i in raw
    )
    return FigureIndex(items, ledger.vocabulary, supersedes)


@frozen
class OriginFigures:
    """One origin's figures about one quantity, oldest first: its revision history.

    Attributes:
        origin: the origin's id.
        items: its figures, ordered by when they were said (undated last).
    """

    origin: str
    items: tuple[FigureItem, ...]

    @property
    def current(self) -> tuple[FigureItem, ...]:
        """The figures no revision replaced."""
        return tuple(item for item in self.items if not item.superseded)


@frozen
class Quantity:
    """Everything said about one quantity, grouped by origin.

    Attributes:
        subject: the proposition's subject.
        property: the proposition's property.
        origins: each origin's figures, origins in order of their first figure in the ledger.
    """

    subject: str
    property: str
    origins: tuple[OriginFigures, ...]

    @property
    def count(self) -> int:
        """How many figures in all."""
        return sum(len(group.items) for group in self.origins)


_NEVER = dt.date.max


def _said_key(item: FigureItem) -> tuple:
    return (item.said.start if item.said else _NEVER, item.position)


def quantities(index: FigureIndex, claims: Iterable[str] | None = None) -> tuple[Quantity, ...]:
    """Group figures by quantity, then by origin, each origin's figures in the order said.

    Args:
        index: from :func:`figure_index`.
        claims: only these claims' figures (e.g. one dispute's); None for all.

    Returns:
        Quantities in the order of their first figure in the ledger.
    """
    wanted = None if claims is None else set(claims)
    grouped: dict[tuple[str, str], dict[str, list[FigureItem]]] = {}
    for item in index.items:
        if wanted is None or item.claim in wanted:
            grouped.setdefault(item.quantity, {}).setdefault(item.origin, []).append(item)
    return tuple(
        Quantity(
            subject,
            prop,
            tuple(OriginFigures(origin, tuple(sorted(items, key=_said_key))) for origin, items in by_origin.items()),
        )
        for (subject, prop), by_origin in grouped.items()
    )
