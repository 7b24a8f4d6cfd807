"""Units of figures: a small documented vocabulary with aliases and families, extendable per ledger.

A unit belongs to a *family* (what kind of quantity it measures) and has a
*factor* to the family's base unit, so ``5 kg`` and ``0.005 tonnes`` compare and
``kg`` never compares with ``people``. Counting words that say *what* is counted
("dead", "killed", "fatalities") are aliases of the one count unit ``people``;
the word is kept as the unit's ``counts`` so a reader still sees it, while the
proposition's ``property`` (deaths, injured) says what the number is of.

The built-in vocabulary (:data:`BASE_UNITS`):

=========  ==========  ======  ===============================================
family     unit        factor  aliases
=========  ==========  ======  ===============================================
people     people      1       persons, person, individuals, civilians, dead,
                               killed, deaths, fatalities, casualties, wounded,
                               injured, bodies, patients, children
people per day  people per day  1  persons per day, people a day, people daily
mass       kg          1       kilogram(s), kilo(s)
mass       g           0.001   gram(s)
mass       tonnes      1000    tonne, t, metric tons
length     m           1       metre(s), meter(s)
length     km          1000    kilometre(s), kilometer(s)
length     miles       1609.344  mile, mi
share      percent     1       %, per cent, percentage points
=========  ==========  ======  ===============================================

A dossier adds units under its ``vocabulary:`` header (see
:func:`claimgraph.model.vocabulary.read_vocabulary`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from attrs import field, frozen

__all__ = ["BASE_UNITS", "Unit", "UnknownUnit", "unit_table"]


class UnknownUnit(ValueError):
    """A unit the vocabulary does not know."""


@frozen
class Unit:
    """One unit of measure.

    Attributes:
        name: the canonical name ("kg", "people").
        family: what it measures; units of one family convert into each other.
        factor: how many of the family's base unit one of this unit is.
        aliases: other spellings that mean this unit.
    """

    name: str
    family: str
    factor: float = 1.0
    aliases: tuple[str, ...] = field(default=(), converter=tuple)


#: The built-in vocabulary.
BASE_UNITS: tuple[Unit, ...] = (
    Unit(
        "people",
        "people",
        1,
        (
            "persons",
            "person",
            "individuals",
            "civilians",
            "dead",
            "killed",
            "deaths",
            "fatalities",
            "casualties",
            "wounded",
            "injured",
            "bodies",
            "patients",
            "children",
        ),
    ),
    Unit("people per day", "people-per-day", 1, ("persons per day", "people a day", "people daily")),
    Unit("kg", "mass", 1, ("kilogram", "kilograms", "kilo", "kilos")),
    Unit("g", "mass", 0.001, ("gram", "grams")),
    Unit("tonnes", "mass", 1000, ("tonne", "t", "metric tons", "metric ton")),
    Unit("m", "length", 1, ("metre", "metres", "meter", "meters")),
    Unit("km", "length", 1000, ("kilometre", "kilometres", "kilometer", "kilometers")),
    Unit("miles", "length", 1609.344, ("mile", "mi")),
    Unit("percent", "share", 1, ("%", "per cent", "percentage points")),
)


def unit_table(units: Iterable[Unit]) -> Mapping[str, Unit]:
    """Every name and alias (lower case) → its unit; later units override earlier spellings."""
    table: dict[str, Unit] = {}
    for unit in units:
        for spelling in (unit.name, *unit.aliases):
            table[spelling.strip().lower()] = unit
    return MappingProxyType(table)
