"""Rule-found relations: compare claims' structured propositions, quantity by quantity.

Two figures are comparable when they are about the same *quantity* (subject and
property, and place when given) and their times overlap: the proposition's
``when``, or the claim's ``said_on`` when there is no ``when`` (figures with
neither are never compared). Each claim's propositions are compared on their own.

Numbers, ranges, bounds and approximations are compared as intervals, in the
base unit of their unit's family (``5 kg`` meets ``0.005 tonnes``); a relative
figure ("much lower than" claim X) as the interval below or above X's value.

* intervals further apart than the tolerance → ``contradicts`` (rule
  ``same-key-different-value``); for two exact numbers this is the old rule:
  numbers that differ by more than the tolerance;
* overlapping intervals (or equal categories, or a category and one of its
  ancestors) from *independent origins* → ``supports`` (rule
  ``same-key-same-value``); a source repeating itself corroborates nothing;
* one origin's figures said at different times are a *revision*, never a
  contradiction: the later is proposed to ``supersede`` the earlier (rule
  ``same-origin-revision``), and only each origin's latest figure is compared
  with other origins unless ``history=True``;
* a pair that cannot be compared (a number and a category, units of different
  families, a relative figure whose reference has no number) is no candidate:
  :func:`incomparable_pairs` lists it with the reason (``candidates --explain``).

Pairs that already have a relation in the ledger (analyst's or candidate) are
never proposed again.

Cost: figures are grouped by quantity (one pass), each group sorted by the
start of its period, and each figure is compared only with those whose period
starts before its own ends (a sweep). The work is O(n log n + P), where P is
the number of pairs in one group whose periods overlap; most such pairs are
candidates (or incomparable pairs) themselves, so the cost follows the answer.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Iterator

from attrs import define, evolve, frozen

from claimgraph._gc import paused_gc
from claimgraph.graph.figures import FigureIndex, FigureItem
from claimgraph.graph.index import LedgerGraph, relation_edges
from claimgraph.model import Period, Relation
from claimgraph.model.units import UnknownUnit
from claimgraph.model.values import Figure, Value
from claimgraph.model.vocabulary import Interval

__all__ = [
    "RULE_AGREE",
    "RULE_CLASH",
    "RULE_REVISION",
    "Incomparable",
    "accept_candidates",
    "find_candidates",
    "incomparable_pairs",
]

RULE_CLASH = "same-key-different-value"
RULE_AGREE = "same-key-same-value"
RULE_REVISION = "same-origin-revision"


@frozen
class Incomparable:
    """Two figures about one quantity that the rules could not compare, and why.

    Attributes:
        first: the earlier claim (ledger order).
        second: the later claim.
        quantity: ``subject property``.
        reason: why they cannot be compared.
    """

    first: str
    second: str
    quantity: str
    reason: str


@define
class _Item:
    # Mutable (attrs ``define``) for one reason: the interval is worked out the first
    # time a comparison needs it, since most figures are never compared with anything.
    figure: FigureItem
    claim: str
    position: int
    origin: str
    value: Value
    period: Period | None  # None: never compared, but still a reference for relative figures
    kind: str  # "number", "bool" or "text": values of different kinds are not compared
    family: str | None  # the unit's family; None without a unit
    factor: float  # to the family's base unit
    number: Interval | None = None  # the interval, once worked out (see _Rules.own_interval)


_NUMBERS = (int, float, Figure)


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, _NUMBERS):
        return "number"
    return "text"


def _units(index: FigureIndex) -> Callable[[str | None], tuple[str | None, float]]:
    """Unit name → (family, factor), each spelling looked up once."""
    known: dict[str | None, tuple[str | None, float]] = {None: (None, 1.0)}

    def family_of(name: str | None) -> tuple[str | None, float]:
        found = known.get(name)
        if found is None:
            try:
                unit = index.vocabulary.unit(name)
                found = (None, 1.0) if unit is None else (unit.family, unit.factor)
            except UnknownUnit:
                # Dossiers without a vocabulary keep their own units, compared by spelling.
                found = (f"unit:{(name or '').strip().lower()}", 1.0)
            known[name] = found
        return found

    return family_of


def _item(figure: FigureItem, family_of: Callable[[str | None], tuple[str | None, float]]) -> _Item:
    value = figure.proposition.value
    family, factor = family_of(figure.proposition.unit)
    return _Item(
        figure, figure.claim, figure.position, figure.origin, value, figure.period, _kind(value), family, factor
    )


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return repr(value)
    return str(value)


def _overlap(first: Period, second: Period) -> str:
    return str(Period(max(first.start, second.start), min(first.end, second.end)))


class _Rules:
    """The comparison of two figures, with the index and the tolerance at hand."""

    def __init__(
        self, index: FigureIndex, items: dict[tuple[str, tuple[str, str]], _Item], tolerance: float, relative: bool
    ) -> None:
        self.index, self.items, self.tolerance, self.relative = index, items, tolerance, relative

    def own_interval(self, item: _Item) -> Interval | None:
        """A number's interval in its family's base unit; None for text, true/false and relative figures."""
        if item.number is None and item.kind == "number":
            value = item.value
            if not isinstance(value, str) and not (isinstance(value, Figure) and value.is_relative):
                item.number = self.index.vocabulary.interval(value).scaled(item.factor)
        return item.number

    def interval(self, item: _Item) -> Interval | str:
        """The item's interval, resolving a relative figure; or the reason there is none."""
        own = self.own_interval(item)
        if own is not None:
            return own
        figure = item.value
        assert isinstance(figure, Figure)  # only a relative figure has no interval of its own
        if figure.than is None:
            return f"{item.claim} is {figure} but names no claim"
        reference = self.items.get((figure.than, item.figure.quantity))
        if reference is None:
            return f"{item.claim} is {figure} but that claim states no figure for the same subject and property"
        referred = self.own_interval(reference)
        if referred is None:
            return f"{item.claim} is {figure} but {figure.than}'s value {_shown(reference.value)} is not a number"
        if reference.family != item.family:
            return f"{item.claim} is {figure} but {figure.than}'s figure is in another unit"
        return self.index.vocabulary.interval(figure, referred)

    def compare(self, first: _Item, second: _Item, label: str) -> Relation | Incomparable | None:
        """The relation the rules propose for a pair (earlier first), an Incomparable, or None."""
        if first.kind != second.kind:
            return Incomparable(
                first.claim,
                second.claim,
                label,
                f"a {first.kind} ({_shown(first.value)}) and a {second.kind} "
                f"({_shown(second.value)}) cannot be compared",
            )
        if first.family != second.family:
            units = f"{first.figure.proposition.unit or 'no unit'} vs {second.figure.proposition.unit or 'no unit'}"
            return Incomparable(first.claim, second.claim, label, f"units of different kinds ({units})")
        same_origin = first.origin == second.origin
        revision = (
            same_origin and first.figure.dated and second.figure.dated and _said_apart(first.figure, second.figure)
        )
        assert first.period is not None and second.period is not None  # only dated figures are paired
        on = _overlap(first.period, second.period)
        if first.kind == "number":
            found = self._numbers(first, second, label, on, revision)
        else:
            found = self._categories(first, second, label, on, revision)
        if isinstance(found, Relation):
            if found.kind == "supports" and same_origin:
                return None  # a source repeating itself corroborates nothing
            if (
                found.kind == "supersedes"
                and (found.source, found.target, first.figure.quantity) not in self.index.steps
            ):
                return None  # a revision is proposed between consecutive figures only: 500 → 471 → 342
        return found

    def _categories(self, first: _Item, second: _Item, label: str, on: str, revision: bool) -> Relation:
        unit = first.figure.proposition.unit
        unit_text = f" {unit}" if unit else ""
        if isinstance(first.value, str) and isinstance(second.value, str):
            agree = self.index.vocabulary.categories_agree(first.value, second.value)
        else:
            agree = first.value == second.value
        if not agree:
            values = f"{_shown(first.value)}{unit_text} vs {_shown(second.value)}{unit_text}"
            then = f"{_shown(first.value)} then {_shown(second.value)}"
            return _apart(first, second, label, revision, f"{values} for {on}", then)
        if first.value == second.value:
            return _agree(first, second, f"{label}: both {_shown(first.value)}{unit_text} for {on}")
        within = f"{_shown(first.value)} and {_shown(second.value)} (one within the other)"
        return _agree(first, second, f"{label}: {within} for {on}")

    def _allowed(self, size: float) -> tuple[float, str]:
        """How far apart two figures of this magnitude may be and still agree, and that in words."""
        if self.relative:
            return self.tolerance * size, f"{self.tolerance:g} × the larger value"
        return self.tolerance, f"{self.tolerance:g}"

    def _numbers(self, first: _Item, second: _Item, label: str, on: str, revision: bool) -> Relation | Incomparable:
        plain = not isinstance(first.value, Figure) and not isinstance(second.value, Figure)
        same_unit = first.figure.proposition.unit == second.figure.proposition.unit
        if plain and same_unit:
            return self._exact(first, second, label, on, revision)
        a, b = self.interval(first), self.interval(second)
        if isinstance(a, str):
            return Incomparable(first.claim, second.claim, label, a)
        if isinstance(b, str):
            return Incomparable(first.claim, second.claim, label, b)
        gap = a.gap(b)
        allowed, allowed_text = self._allowed(max(a.size, b.size))
        values = f"{_figure_text(first)} vs {_figure_text(second)}"
        if gap > allowed or (gap == 0 and allowed == 0 and a.touches_only_at_open_end(b)):
            why = f"{values} for {on} (no overlap: {gap:g} apart, beyond the tolerance of {allowed_text})"
            return _apart(first, second, label, revision, why, f"{_figure_text(first)} then {_figure_text(second)}")
        overlap = "the same number" if a == b and a.low == a.high else "they overlap"
        return _agree(first, second, f"{label}: {values} for {on} ({overlap})")

    def _exact(self, first: _Item, second: _Item, label: str, on: str, revision: bool) -> Relation:
        # Two exact numbers in one unit: no intervals to work out (the common case, kept fast),
        # and the wording as before figures came.
        unit = first.figure.proposition.unit
        unit_text = f" {unit}" if unit else ""
        one, other = first.value, second.value
        assert isinstance(one, int | float) and isinstance(other, int | float)  # the caller checked
        gap = abs(one - other)
        allowed, allowed_text = self._allowed(max(abs(one), abs(other)))
        values = f"{_shown(one)}{unit_text} vs {_shown(other)}{unit_text}"
        if gap > allowed:
            why = f"{values} for {on} (differ by {gap:g}, beyond the tolerance of {allowed_text})"
            return _apart(first, second, label, revision, why, f"{_shown(one)}{unit_text} then {_shown(other)}")
        if one == other:
            return _agree(first, second, f"{label}: both {_shown(one)}{unit_text} for {on}")
        return _agree(first, second, f"{label}: {values} for {on} (within the tolerance of {allowed_text})")


def _apart(first: _Item, second: _Item, label: str, revision: bool, why: str, then: str) -> Relation:
    """Figures that do not agree: a revision when one origin said them at different times, else a clash.

    Args:
        why: the clash's reason (after the quantity's label).
        then: the two figures in order, for a revision's reason.
    """
    if revision:
        return _revision(first, second, label, then)
    return Relation(
        kind="contradicts", source=first.claim, target=second.claim, note=f"{label}: {why}", rule=RULE_CLASH
    )


def _figure_text(item: _Item) -> str:
    unit = item.figure.proposition.unit
    return f"{item.value}{f' {unit}' if unit else ''}"


def _said_apart(first: FigureItem, second: FigureItem) -> bool:
    return (
        first.said is not None
        and second.said is not None
        and (first.said.start > second.said.end or second.said.start > first.said.end)
    )


def _agree(first: _Item, second: _Item, reason: str) -> Relation:
    reason += f", from independent origins {first.origin} and {second.origin}"
    # The later report (in ledger order) corroborates the earlier one.
    return Relation(kind="supports", source=second.claim, target=first.claim, note=reason, rule=RULE_AGREE)


def _revision(first: _Item, second: _Item, label: str, values: str) -> Relation:
    assert first.figure.said is not None and second.figure.said is not None  # a revision is dated
    later, earlier = (first, second) if first.figure.said.start > second.figure.said.end else (second, first)
    reason = (
        f"{label}: {values}: a revision by {first.origin} "
        f"(said {later.figure.said} after {earlier.figure.said}), not a contradiction"
    )
    return Relation(kind="supersedes", source=later.claim, target=earlier.claim, note=reason, rule=RULE_REVISION)


def _scan(
    graph: LedgerGraph, tolerance: float, relative: bool, history: bool
) -> Iterator[tuple[tuple[int, int], Relation | Incomparable]]:
    if not (isinstance(tolerance, int | float) and 0 <= tolerance < math.inf):
        raise ValueError(f"tolerance must be a number of 0 or more, not {tolerance!r}")
    index = graph.figures
    related = {
        (edge.source, edge.target) if edge.source <= edge.target else (edge.target, edge.source)
        for edge in relation_edges(graph, include_candidates=True)
    }
    related.update((a, b) if a <= b else (b, a) for a, b in index.supersedes)
    family_of = _units(index)
    items: dict[tuple[str, tuple[str, str]], _Item] = {}
    # Each group's figures as (start, end, item): the sweep reads the ends without a lookup.
    groups: dict[tuple[str, str, str | None], list[tuple[dt.date, dt.date, _Item]]] = {}
    for figure in index.items:
        item = _item(figure, family_of)
        proposition = figure.proposition
        items[(figure.claim, (proposition.subject, proposition.property))] = item
        if item.period is not None:
            entry = (item.period.start, item.period.end, item)
            groups.setdefault((proposition.subject, proposition.property, proposition.where), []).append(entry)
    rules = _Rules(index, items, tolerance, relative)
    for (subject, prop, _where), group in groups.items():
        label = f"{subject} {prop}"
        group.sort(key=lambda entry: (entry[0], entry[2].position))
        for position, (_start, end, one) in enumerate(group):
            for later in range(position + 1, len(group)):
                start, _end, other = group[later]
                if start > end:
                    break  # sorted by start: no later figure overlaps `one`
                if one.claim == other.claim:
                    continue
                early, late = (one, other) if one.position < other.position else (other, one)
                if ((early.claim, late.claim) if early.claim <= late.claim else (late.claim, early.claim)) in related:
                    continue
                if not history and early.origin != late.origin and (early.figure.superseded or late.figure.superseded):
                    continue  # only each origin's latest figure speaks for it
                found = rules.compare(early, late, label)
                if found is not None:
                    yield (early.position, late.position), found


def find_candidates(
    graph: LedgerGraph, tolerance: float = 0.0, *, relative: bool = False, history: bool = False
) -> tuple[Relation, ...]:
    """Propose relations between claims whose structured propositions can be compared.

    Args:
        graph: from :func:`claimgraph.graph.build_graph`.
        tolerance: how far two numbers (or intervals) may be apart and still
            agree. Absolute (in the proposition's unit) by default: with 2, 40
            and 42 agree, 40 and 43 clash.
        relative: read ``tolerance`` as a fraction of the larger of the two
            numbers instead (0.05 = 5 %).
        history: also compare figures a later revision of their origin replaced.

    Returns:
        :class:`claimgraph.model.Relation` records with ``rule`` set and a
        ``note`` giving the reason, ordered by their claims' ledger positions
        (earlier pair first). ``contradicts`` candidates run from the earlier claim
        to the later; ``supports`` candidates from the later to the earlier;
        ``supersedes`` candidates from the later revision to the earlier.

    Raises:
        ValueError: the tolerance is negative or not a finite number.
    """
    with paused_gc():  # an item per figure and no cycles: the collector would walk the ledger for nothing
        found = [(at, r) for at, r in _scan(graph, tolerance, relative, history) if isinstance(r, Relation)]
    found.sort(key=lambda pair: pair[0])
    unique: dict[tuple[str, str, str], Relation] = {}
    for _at, relation in found:
        unique.setdefault((relation.kind, *relation.pair), relation)  # several propositions, one relation
    return tuple(unique.values())


def incomparable_pairs(
    graph: LedgerGraph, tolerance: float = 0.0, *, relative: bool = False, history: bool = False
) -> tuple[Incomparable, ...]:
    """The pairs of figures about one quantity that the rules could not compare, each with the reason.

    Same arguments as :func:`find_candidates`; ordered by the claims' ledger positions.
    """
    with paused_gc():
        found = [(at, r) for at, r in _scan(graph, tolerance, relative, history) if isinstance(r, Incomparable)]
    found.sort(key=lambda pair: pair[0])
    return tuple(r for _at, r in found)


def accept_candidates(candidates: Iterable[Relation], author: str | None = None) -> tuple[Relation, ...]:
    """Turn candidates into analyst relations, as an analyst confirming them would record them.

    The rule's name is kept at the end of the note (``[rule: same-key-same-value]``);
    ``rule`` itself is cleared, so the result no longer counts as a candidate.

    Args:
        candidates: relations from :func:`find_candidates`.
        author: who confirms them (``recorded_by``).

    Returns:
        The confirmed relations, in the same order.
    """
    accepted = []
    for candidate in candidates:
        suffix = f"[rule: {candidate.rule}]" if candidate.rule else ""
        note = " ".join(part for part in (candidate.note, suffix) if part) or None
        accepted.append(evolve(candidate, rule=None, note=note, recorded_by=author or candidate.recorded_by))
    return tuple(accepted)
