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

import math
from collections.abc import Iterable, Iterator

from attrs import evolve, frozen

from claimgraph.graph.figures import FigureIndex, FigureItem
from claimgraph.graph.index import LedgerGraph, relation_edges
from claimgraph.model import Period, Relation
from claimgraph.model.units import UnknownUnit
from claimgraph.model.values import Figure
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


@frozen
class _Item:
    figure: FigureItem
    kind: str  # "number", "bool" or "text": values of different kinds are not compared
    family: str | None  # the unit's family; None without a unit
    unit_problem: str | None
    interval: Interval | None  # numbers in the family's base unit; None for text, bool, relative

    @property
    def claim(self) -> str:
        return self.figure.claim

    @property
    def position(self) -> int:
        return self.figure.position

    @property
    def origin(self) -> str:
        return self.figure.origin

    @property
    def value(self) -> object:
        return self.figure.proposition.value

    @property
    def period(self) -> Period:
        return self.figure.period


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float | Figure):
        return "number"
    return "text"


def _item(figure: FigureItem, index: FigureIndex) -> _Item:
    value, unit_name = figure.proposition.value, figure.proposition.unit
    kind = _kind(value)
    family, factor, problem = None, 1.0, None
    if unit_name is not None:
        try:
            unit = index.vocabulary.unit(unit_name)
            family, factor = unit.family, unit.factor
        except UnknownUnit:
            # Dossiers without a vocabulary keep their own units, compared by spelling.
            family = f"unit:{unit_name.strip().lower()}"
    interval = None
    if kind == "number" and not (isinstance(value, Figure) and value.is_relative):
        interval = index.vocabulary.interval(value).scaled(factor)
    return _Item(figure, kind, family, problem, interval)


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

    def __init__(self, index: FigureIndex, items: dict[tuple[str, tuple], _Item], tolerance: float, relative: bool):
        self.index, self.items, self.tolerance, self.relative = index, items, tolerance, relative

    def interval(self, item: _Item) -> Interval | str:
        """The item's interval, resolving a relative figure; or the reason there is none."""
        if item.interval is not None:
            return item.interval
        figure = item.value
        reference = self.items.get((figure.than, item.figure.quantity))
        if reference is None:
            return f"{item.claim} is {figure} but that claim states no figure for the same subject and property"
        if reference.interval is None:
            return f"{item.claim} is {figure} but {figure.than}'s value {_shown(reference.value)} is not a number"
        if reference.family != item.family:
            return f"{item.claim} is {figure} but {figure.than}'s figure is in another unit"
        return self.index.vocabulary.interval(figure, reference.interval)

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
        revision = same_origin and _said_apart(first.figure, second.figure)
        on = _overlap(first.period, second.period)
        if first.kind == "number":
            found = self._numbers(first, second, label, on, revision)
        else:
            found = self._categories(first, second, label, on, revision)
        if isinstance(found, Relation) and found.kind == "supports" and same_origin:
            return None  # a source repeating itself corroborates nothing
        return found

    def _categories(self, first: _Item, second: _Item, label: str, on: str, revision: bool):
        unit = first.figure.proposition.unit
        unit_text = f" {unit}" if unit else ""
        if first.kind == "text":
            agree = self.index.vocabulary.categories_agree(first.value, second.value)
        else:
            agree = first.value == second.value
        if not agree:
            if revision:
                return _revision(first, second, label, f"{_shown(first.value)} then {_shown(second.value)}")
            reason = f"{label}: {_shown(first.value)}{unit_text} vs {_shown(second.value)}{unit_text} for {on}"
            return Relation(kind="contradicts", source=first.claim, target=second.claim, note=reason, rule=RULE_CLASH)
        if first.value == second.value:
            reason = f"{label}: both {_shown(first.value)}{unit_text} for {on}"
        else:
            reason = f"{label}: {_shown(first.value)} and {_shown(second.value)} (one within the other) for {on}"
        return _agree(first, second, reason)

    def _numbers(self, first: _Item, second: _Item, label: str, on: str, revision: bool):
        plain = not isinstance(first.value, Figure) and not isinstance(second.value, Figure)
        same_unit = first.figure.proposition.unit == second.figure.proposition.unit
        if plain and same_unit:
            return self._exact(first, second, label, on, revision)
        a, b = self.interval(first), self.interval(second)
        if isinstance(a, str) or isinstance(b, str):
            return Incomparable(first.claim, second.claim, label, a if isinstance(a, str) else b)
        gap = a.gap(b)
        allowed = self.tolerance * max(a.size, b.size) if self.relative else self.tolerance
        allowed_text = f"{self.tolerance:g} × the larger value" if self.relative else f"{self.tolerance:g}"
        differ = gap > allowed or (gap == 0 and allowed == 0 and a.touches_only_at_open_end(b))
        values = f"{_figure_text(first)} vs {_figure_text(second)}"
        if differ:
            if revision:
                return _revision(first, second, label, f"{_figure_text(first)} then {_figure_text(second)}")
            reason = f"{label}: {values} for {on} (no overlap: {gap:g} apart, beyond the tolerance of {allowed_text})"
            return Relation(kind="contradicts", source=first.claim, target=second.claim, note=reason, rule=RULE_CLASH)
        if a == b and a.low == a.high:
            reason = f"{label}: {values} for {on} (the same number)"
        else:
            reason = f"{label}: {values} for {on} (they overlap)"
        return _agree(first, second, reason)

    def _exact(self, first: _Item, second: _Item, label: str, on: str, revision: bool):
        # Two exact numbers in one unit: the rule and its wording as before figures came.
        unit = first.figure.proposition.unit
        unit_text = f" {unit}" if unit else ""
        gap = abs(first.value - second.value)
        allowed = self.tolerance * max(abs(first.value), abs(second.value)) if self.relative else self.tolerance
        allowed_text = f"{self.tolerance:g} × the larger value" if self.relative else f"{self.tolerance:g}"
        values = f"{_shown(first.value)}{unit_text} vs {_shown(second.value)}{unit_text}"
        if gap > allowed:
            if revision:
                return _revision(first, second, label, f"{_shown(first.value)}{unit_text} then {_shown(second.value)}")
            reason = f"{label}: {values} for {on} (differ by {gap:g}, beyond the tolerance of {allowed_text})"
            return Relation(kind="contradicts", source=first.claim, target=second.claim, note=reason, rule=RULE_CLASH)
        if first.value == second.value:
            reason = f"{label}: both {_shown(first.value)}{unit_text} for {on}"
        else:
            reason = f"{label}: {values} for {on} (within the tolerance of {allowed_text})"
        return _agree(first, second, reason)


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
    later, earlier = (first, second) if first.figure.said.start > second.figure.said.end else (second, first)
    reason = (
        f"{label}: {values}: a revision by {first.origin} "
        f"(said {later.figure.said} after {earlier.figure.said}), not a contradiction"
    )
    return Relation(kind="supersedes", source=later.claim, target=earlier.claim, note=reason, rule=RULE_REVISION)


def _scan(graph: LedgerGraph, tolerance: float, relative: bool, history: bool) -> Iterator[tuple[tuple, object]]:
    if not (isinstance(tolerance, int | float) and 0 <= tolerance < math.inf):
        raise ValueError(f"tolerance must be a number of 0 or more, not {tolerance!r}")
    index = graph.figures
    related = {
        (edge.source, edge.target) if edge.source <= edge.target else (edge.target, edge.source)
        for edge in relation_edges(graph, include_candidates=True)
    }
    related.update((a, b) if a <= b else (b, a) for a, b in index.supersedes)
    items = {(f.claim, f.quantity): _item(f, index) for f in index.items}
    rules = _Rules(index, items, tolerance, relative)
    groups: dict[tuple, list[_Item]] = {}
    for item in items.values():
        if item.period is not None:
            proposition = item.figure.proposition
            groups.setdefault((proposition.subject, proposition.property, proposition.where), []).append(item)
    for (subject, prop, _where), group in groups.items():
        label = f"{subject} {prop}"
        group.sort(key=lambda item: (item.period.start, item.position))
        for position, one in enumerate(group):
            for other in group[position + 1 :]:
                if other.period.start > one.period.end:
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
