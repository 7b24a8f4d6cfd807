"""The one registry of entry kinds: what a ledger holds, and how each kind is named and spelled.

Dossier sections, the store's rows and views, table files, the ledger's tuples,
its id lookups and the consistency checks all read this registry, so adding a
kind of entry is a change here (and its class in :mod:`claimgraph.model.entities`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs
from attrs import field, frozen

from claimgraph.model.entities import Claim, Document, Question, Relation, Review, Source

__all__ = ["KINDS", "SECTIONS", "EntryKind"]


def _external_fields(kind: EntryKind) -> Mapping[str, attrs.Attribute[Any]]:
    to_external = {attribute: external for external, attribute in kind.renames.items()}
    return MappingProxyType(
        {to_external.get(a.name, a.name): a for a in attrs.fields(kind.cls) if a.init and not a.name.startswith("_")}
    )


def _frozen_mapping(value: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(value))


@frozen
class EntryKind:
    """One kind of ledger entry.

    Attributes:
        name: the kind's name in the store and in messages, e.g. ``claim``.
        section: the ledger attribute and dossier section that hold it, e.g. ``claims``.
        cls: the attrs class of its entries.
        renames: external field name → attribute name, where they differ
            (``from`` → ``source`` for relations).
        derived_id: True when the id is computed from other fields (a relation's
            ``from~kind~to``) rather than written in the entry.
        rank: its place in the ledger's order of kinds (sources first): dossiers
            list sections, and imports read tables, in this order.
        references: (external field, kind it names) for every field that holds
            ids of other entries; the consistency checks resolve them.
        fields: external field name → attrs attribute, in the class's field order
            (derived once from ``cls`` and ``renames``).
    """

    name: str
    section: str
    cls: type[Any]
    renames: Mapping[str, str] = field(factory=dict, converter=_frozen_mapping)
    derived_id: bool = False
    rank: int = 0
    references: tuple[tuple[str, str], ...] = ()
    fields: Mapping[str, attrs.Attribute[Any]] = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "fields", _external_fields(self))

    @property
    def field_names(self) -> tuple[str, ...]:
        """The external field names, in order (``from``/``to`` for relations)."""
        return tuple(self.fields)

    @property
    def required(self) -> tuple[str, ...]:
        """The external names of the fields every entry must give."""
        return tuple(name for name, a in self.fields.items() if a.default is attrs.NOTHING)


# One registry row: name, section, class, renames, derived_id, references.
_KindRow = tuple[str, str, type[Any], Mapping[str, str], bool, tuple[tuple[str, str], ...]]


def _registry(*kinds: _KindRow) -> Mapping[str, EntryKind]:
    return MappingProxyType(
        {
            name: EntryKind(name, section, cls, renames, derived_id, rank, references)
            for rank, (name, section, cls, renames, derived_id, references) in enumerate(kinds)
        }
    )


#: Every entry kind by name, in the ledger's order (sources, documents, claims,
#: relations, questions, reviews).
KINDS: Mapping[str, EntryKind] = _registry(
    ("source", "sources", Source, {}, False, (("part_of", "source"),)),
    ("document", "documents", Document, {}, False, (("publisher", "source"),)),
    (
        "claim",
        "claims",
        Claim,
        {},
        False,
        (("said_by", "source"), ("via", "source"), ("document", "document"), ("disputing_via", "source")),
    ),
    ("relation", "relations", Relation, {"from": "source", "to": "target"}, True, (("from", "claim"), ("to", "claim"))),
    ("question", "questions", Question, {}, False, (("claims", "claim"),)),
    ("review", "reviews", Review, {}, False, (("claim", "claim"), ("reviewer", "source"))),
)

#: Ledger section → entry kind name, in the ledger's order (the dossier's top-level lists).
SECTIONS: Mapping[str, str] = MappingProxyType({kind.section: name for name, kind in KINDS.items()})
