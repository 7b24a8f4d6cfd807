"""A ledger's vocabulary for figures: its units, its category tree, its default tolerance.

Declared once per ledger, in a dossier's ``vocabulary:`` header::

    vocabulary:
      approximation: 10%          # how far "about 500" reaches (default 10 %)
      units:
        - {name: rockets, family: munitions, aliases: [rocket, missiles]}
        - {name: lb, family: mass, factor: 0.4536}
      categories:
        - rocket > palestinian-rocket > pij-rocket
        - rocket > israeli-interceptor

A category is consistent with its ancestors and descendants and contradicts
any other category (its siblings included). Folders merge their dossiers'
vocabularies; a category declared under two parents is an error.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping

from attrs import field, frozen

from claimgraph.model.units import BASE_UNITS, Unit, UnknownUnit, unit_table
from claimgraph.model.values import Figure, Tolerance, ValueError_, parse_number

__all__ = [
    "DEFAULT_APPROXIMATION",
    "Interval",
    "Vocabulary",
    "declares_vocabulary",
    "read_vocabulary",
    "vocabulary_fields",
]

#: How far an approximation reaches when neither it nor the ledger says.
DEFAULT_APPROXIMATION = Tolerance(10, relative=True)


@frozen
class Interval:
    """The numbers a figure allows, in its family's base unit.

    Attributes:
        low: lower end (``-inf`` when unbounded).
        high: upper end (``inf`` when unbounded).
        low_open: True when ``low`` itself is excluded.
        high_open: True when ``high`` itself is excluded.
    """

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def gap(self, other: Interval) -> float:
        """The distance between two intervals: 0 when they meet or overlap."""
        return max(0.0, self.low - other.high, other.low - self.high)

    def touches_only_at_open_end(self, other: Interval) -> bool:
        """True when the intervals share one end point that one of them excludes."""
        return (self.high == other.low and (self.high_open or other.low_open)) or (
            other.high == self.low and (other.high_open or self.low_open)
        )

    def scaled(self, factor: float) -> Interval:
        """The interval in another unit (``factor`` > 0)."""
        return Interval(self.low * factor, self.high * factor, self.low_open, self.high_open)

    @property
    def size(self) -> float:
        """The largest finite magnitude at either end, for relative tolerances."""
        return max((abs(x) for x in (self.low, self.high) if math.isfinite(x)), default=0.0)


def _parents(chains: tuple[str, ...]) -> dict[str, str]:
    parents: dict[str, str] = {}
    for chain in chains:
        names = [name.strip() for name in chain.split(">")]
        if len(names) < 2 or not all(names):
            raise ValueError(f"{chain!r} is not a category chain: write 'broad > narrower > narrowest'")
        for parent, child in itertools.pairwise(names):
            if parents.get(child, parent) != parent:
                raise ValueError(f"category {child!r} is placed under both {parents[child]!r} and {parent!r}")
            parents[child] = parent
    return parents


@frozen
class Vocabulary:
    """Units, the category tree and the default approximation of one ledger.

    Attributes:
        units: units added to :data:`~claimgraph.model.units.BASE_UNITS`.
        categories: the category chains as declared (``a > b > c``).
        approximation: how far an approximation without its own tolerance reaches.
    """

    units: tuple[Unit, ...] = field(default=(), converter=tuple[Unit, ...])
    categories: tuple[str, ...] = field(default=(), converter=tuple[str, ...])
    approximation: Tolerance = DEFAULT_APPROXIMATION
    _table: Mapping[str, Unit] = field(init=False, repr=False, eq=False)
    _parents: Mapping[str, str] = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_table", unit_table((*BASE_UNITS, *self.units)))
        object.__setattr__(self, "_parents", _parents(self.categories))

    def __reduce__(self) -> tuple[type[Vocabulary], tuple[object, ...]]:
        # Pickled as what was declared; the lookup tables (read-only views, which pickle
        # refuses) are built again on arrival, e.g. in the worker drafting an article.
        return Vocabulary, (self.units, self.categories, self.approximation)

    @property
    def is_default(self) -> bool:
        """True when nothing was declared."""
        return not self.units and not self.categories and self.approximation == DEFAULT_APPROXIMATION

    def unit(self, name: str | None) -> Unit | None:
        """The unit a name or alias stands for; None for no unit.

        Raises:
            UnknownUnit: the name is not in the vocabulary.
        """
        if name is None:
            return None
        found = self._table.get(name.strip().lower())
        if found is None:
            known = ", ".join(sorted({u.name for u in self._table.values()}))
            raise UnknownUnit(
                f"unit {name!r} is not known (known: {known}; add it under the dossier's vocabulary: units:)"
            )
        return found

    def ancestors(self, category: str) -> tuple[str, ...]:
        """The category's broader categories, nearest first."""
        chain: list[str] = []
        parent = self._parents.get(category)
        while parent is not None and parent not in chain:
            chain.append(parent)
            parent = self._parents.get(parent)
        return tuple(chain)

    def categories_agree(self, first: str, second: str) -> bool:
        """True when the categories are equal or one is an ancestor of the other."""
        return first == second or first in self.ancestors(second) or second in self.ancestors(first)

    def interval(self, figure: int | float | Figure, reference: Interval | None = None) -> Interval:
        """The numbers an exact number or a :class:`Figure` allows, in its own unit.

        Args:
            figure: an int, a float or a Figure.
            reference: for a relative figure, the interval of the value it is compared with.

        Raises:
            ValueError: a relative figure without its reference.
        """
        if not isinstance(figure, Figure):
            return Interval(float(figure), float(figure))
        inf = math.inf
        # A form without its lower (upper) end stands open on that side.
        low = -inf if figure.low is None else float(figure.low)
        high = inf if figure.high is None else float(figure.high)
        if figure.form == "range":
            return Interval(low, high)
        if figure.form in ("at-least", "more-than"):
            return Interval(low, inf, low_open=figure.form == "more-than")
        if figure.form in ("at-most", "less-than"):
            return Interval(-inf, high, high_open=figure.form == "less-than")
        if figure.form == "about":
            reach = (figure.tolerance or self.approximation).reach(low)
            return Interval(low - reach, low + reach)
        if reference is None:
            raise ValueError(f"{figure} needs the value of claim {figure.than}")
        if figure.form == "lower-than":
            return Interval(-inf, reference.low, high_open=True)
        return Interval(reference.high, inf, low_open=True)

    def merged(self, other: Vocabulary) -> Vocabulary:
        """Both vocabularies: the units and categories of both, each once; a declared approximation wins."""
        if other.is_default:
            return self
        if self.is_default:
            return other
        approximation = other.approximation if other.approximation != DEFAULT_APPROXIMATION else self.approximation
        # A unit or category declared in both (parts of one split dossier) is kept once.
        return Vocabulary(
            tuple(dict.fromkeys((*self.units, *other.units))),
            tuple(dict.fromkeys((*self.categories, *other.categories))),
            approximation,
        )


def _unit(entry: object) -> Unit:
    if not isinstance(entry, Mapping) or not isinstance(entry.get("name"), str):
        raise ValueError("each unit is a mapping with a name, e.g. {name: rockets, family: munitions}")
    unknown = set(entry) - {"name", "family", "factor", "aliases"}
    if unknown:
        raise ValueError(f"unit {entry['name']!r}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    factor = entry.get("factor", 1)
    if isinstance(factor, bool) or not isinstance(factor, int | float) or not 0 < factor < math.inf:
        raise ValueError(f"unit {entry['name']!r}: factor must be a positive number")
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise ValueError(f"unit {entry['name']!r}: aliases is a list of names")
    return Unit(entry["name"], str(entry.get("family", entry["name"])), float(factor), tuple(aliases))


def read_vocabulary(mapping: object) -> Vocabulary:
    """A vocabulary from a dossier's ``vocabulary:`` header.

    Raises:
        ValueError: with what is wrong and how to write it.
    """
    if not isinstance(mapping, Mapping):
        raise ValueError("vocabulary: is a mapping with approximation, units and categories")
    unknown = set(mapping) - {"approximation", "units", "categories"}
    if unknown:
        raise ValueError(f"vocabulary: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    units = mapping.get("units") or []
    categories = mapping.get("categories") or []
    if not isinstance(units, list) or not isinstance(categories, list):
        raise ValueError("vocabulary: units and categories are lists")
    if not all(isinstance(c, str) for c in categories):
        raise ValueError("vocabulary: each category is a chain such as 'rocket > palestinian-rocket'")
    approximation = DEFAULT_APPROXIMATION
    if mapping.get("approximation") is not None:
        text = str(mapping["approximation"]).strip()
        try:
            approximation = Tolerance(parse_number(text.rstrip("%").strip()), text.endswith("%"))
        except ValueError_:
            raise ValueError(f"vocabulary: approximation {text!r} is not a number or a percentage, e.g. 10%") from None
    return Vocabulary(tuple(_unit(u) for u in units), tuple(categories), approximation)


def vocabulary_fields(vocabulary: Vocabulary) -> dict[str, object]:
    """The ``vocabulary:`` header that :func:`read_vocabulary` reads back as the same vocabulary.

    Only what was declared is written: the default approximation, a unit's
    default family (its name) and factor (1), and empty lists are left out.
    """
    fields: dict[str, object] = {}
    if vocabulary.approximation != DEFAULT_APPROXIMATION:
        fields["approximation"] = str(vocabulary.approximation)
    units = []
    for unit in vocabulary.units:
        entry: dict[str, object] = {"name": unit.name}
        if unit.family != unit.name:
            entry["family"] = unit.family
        if unit.factor != 1:
            entry["factor"] = unit.factor
        if unit.aliases:
            entry["aliases"] = list(unit.aliases)
        units.append(entry)
    if units:
        fields["units"] = units
    if vocabulary.categories:
        fields["categories"] = list(vocabulary.categories)
    return fields


def declares_vocabulary(header: object, vocabulary: Vocabulary) -> bool:
    """True when a ``vocabulary:`` header, as written, reads back as ``vocabulary``.

    A writer keeps such a header as the author wrote it (their order, a spelled-out
    default) rather than the canonical :func:`vocabulary_fields`.
    """
    if header is None:
        return False
    try:
        return read_vocabulary(header) == vocabulary
    except ValueError:
        return False
