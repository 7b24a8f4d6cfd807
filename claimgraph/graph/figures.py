"""Every figure a ledger records, indexed for the candidate rules and the figures view.

A *figure* is one proposition of one claim. A *quantity* is what figures are
about: a subject and a property (``al-ahli-explosion-2023-10-17 deaths``).
Figures of one origin about one quantity, said at different times, form that
origin's *revision history*: the latest is its current figure, the earlier ones
stay visible as history (and are never proposed as contradicting it).
"""

from __future__ import annotations

import bisect
import builtins
import datetime as dt
from collections.abc import Iterable, Mapping

from attrs import evolve, field, frozen

from claimgraph.model import Claim, Ledger, Period, Proposition
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
        said: when it was said, for a reader: the claim's ``said_on``, else its
            document's date.
        dated: True when ``said`` is the claim's own ``said_on``. Only dated figures
            take part in a revision history: a relay dated by its document alone
            says when the relay spoke, not when the origin did.
        superseded: True when the same origin stated a different figure about the
            same quantity later (a revision replaced this one).
    """

    claim: str
    position: int
    origin: str
    proposition: Proposition
    period: Period | None
    said: Period | None
    dated: bool = False
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
        steps: (later claim, earlier claim, quantity) for each pair of figures of one
            origin said one after the other with nothing of that origin between:
            the only pairs a ``supersedes`` is proposed for.
        by_claim: claim id → its figures, in ledger order (made from ``items``):
            an analysis that needs a few claims' figures out of a million looks
            each up once, rather than searching ``items``.
    """

    items: tuple[FigureItem, ...] = ()
    vocabulary: Vocabulary = field(factory=Vocabulary)
    supersedes: frozenset[tuple[str, str]] = frozenset()
    steps: frozenset[tuple[str, str, tuple[str, str]]] = frozenset()
    by_claim: Mapping[str, tuple[FigureItem, ...]] = field(init=False, eq=False, repr=False)

    @by_claim.default
    def _by_claim(self) -> Mapping[str, tuple[FigureItem, ...]]:
        # Lists grown in place, then frozen once: re-making a claim's tuple for each of its
        # figures costs a copy per figure. Read-only by its type (a proxy would slow every lookup).
        found: dict[str, list[FigureItem]] = {}
        for item in self.items:
            found.setdefault(item.claim, []).append(item)
        return {claim: tuple(items) for claim, items in found.items()}


def _said(ledger: Ledger, claim: Claim) -> Period | None:
    if claim.said_on is not None:
        return claim.said_on
    document = ledger.document(claim.document) if claim.document else None
    if document is not None and document.published is not None:
        return Period(document.published, document.published)
    return None


def _history_marks(history: list[FigureItem]) -> tuple[set[str], set[tuple[str, str]]]:
    """One origin's dated figures about one quantity: which were replaced, and the consecutive pairs.

    A figure is replaced when a figure said strictly after it holds another value.
    Two figures are consecutive when the later was said strictly after the earlier
    and no figure of the history was said strictly between them.
    """
    ordered = sorted(history, key=lambda item: (_start(item), item.position))
    starts = [_start(item) for item in ordered]
    # For each suffix of `ordered`: its first value, and whether every value in it is that one.
    uniform: list[bool] = [True] * (len(ordered) + 1)
    for at in range(len(ordered) - 2, -1, -1):
        uniform[at] = uniform[at + 1] and ordered[at].proposition.value == ordered[at + 1].proposition.value
    replaced: set[str] = set()
    steps: set[tuple[str, str]] = set()
    for item in ordered:
        end = _end(item)
        later = bisect.bisect_right(starts, end)  # the first figure said strictly after this one
        if later < len(ordered) and not (uniform[later] and ordered[later].proposition.value == item.proposition.value):
            replaced.add(item.claim)
        steps.update((item.claim, other.claim) for other in _previous(ordered, starts, _start(item)))
    return replaced, steps


def _previous(ordered: list[FigureItem], starts: list[dt.date], start: dt.date) -> list[FigureItem]:
    # Walking back from the figures said before `start`, the first that ended before it
    # has the latest start of all that did: it and those said at that same start are the step.
    found: list[FigureItem] = []
    for other in reversed(ordered[: bisect.bisect_left(starts, start)]):
        if found and _start(other) != _start(found[0]):
            break
        if _end(other) < start:
            found.append(other)
    return found


def _start(item: FigureItem) -> dt.date:
    assert item.said is not None  # only dated figures reach here
    return item.said.start


def _end(item: FigureItem) -> dt.date:
    assert item.said is not None
    return item.said.end


def figure_index(ledger: Ledger) -> FigureIndex:
    """Index a ledger's figures and mark the ones a later revision of the same origin replaced.

    An earlier figure is superseded when its origin said a *different* value about
    the same quantity (and place) later, by the claims' own ``said_on``, or when a
    ``supersedes`` relation says so.
    """
    supersedes = frozenset((r.source, r.target) for r in ledger.relations if r.kind == "supersedes" and not r.rule)
    replaced = {earlier for _later_claim, earlier in supersedes}
    raw: list[FigureItem] = []
    for position, claim in enumerate(ledger.claims, start=1):
        if not claim.proposition and not claim.propositions:
            continue
        origin = ledger.origin(claim.said_by)
        said = _said(ledger, claim)
        dated = claim.said_on is not None
        for proposition in claim.all_propositions:
            period = proposition.when or claim.said_on
            raw.append(FigureItem(claim.id, position, origin, proposition, period, said, dated))
    histories: dict[tuple[str, tuple[str, str], str | None], list[FigureItem]] = {}
    for item in raw:
        if item.dated:
            histories.setdefault((item.origin, item.quantity, item.proposition.where), []).append(item)
    superseded: set[tuple[str, tuple[str, str]]] = set()
    steps: set[tuple[str, str, tuple[str, str]]] = set()
    for (_origin, quantity, _where), history in histories.items():
        if len(history) < 2:
            continue
        gone, pairs = _history_marks(history)
        superseded.update((claim, quantity) for claim in gone)
        steps.update((later, earlier, quantity) for later, earlier in pairs)
    # Only the few replaced figures are rebuilt; the rest are kept as they are.
    items = tuple(
        evolve(i, superseded=True) if (i.claim, i.quantity) in superseded or i.claim in replaced else i for i in raw
    )
    return FigureIndex(items, ledger.vocabulary, supersedes, frozenset(steps))


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

    @builtins.property  # the field named "property" shadows the builtin in this class body
    def count(self) -> int:
        """How many figures in all."""
        return sum(len(group.items) for group in self.origins)


_NEVER = dt.date.max


def _said_key(item: FigureItem) -> tuple[dt.date, int]:
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
