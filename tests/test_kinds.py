"""The registry of entry kinds agrees with the ledger, and the external form round-trips."""

from __future__ import annotations

import attrs
import pytest

from claimgraph.model import KINDS, SECTIONS, Ledger, Relation, from_fields, to_fields


def test_the_registry_names_every_ledger_section_in_order():
    """The ledger's tuples are exactly the registry's sections, in its order."""
    # The vocabulary is the dossier's setting for figures, not a list of entries.
    tuples = [a.name for a in attrs.fields(Ledger) if a.init and a.name != "vocabulary"]
    assert tuples == [kind.section for kind in KINDS.values()]
    assert list(SECTIONS.values()) == list(KINDS)
    assert [kind.rank for kind in KINDS.values()] == list(range(len(KINDS)))


def test_relation_fields_use_the_external_names():
    """A relation's ends are spelled from/to outside, and its id is derived."""
    relation = KINDS["relation"]
    assert relation.field_names[:3] == ("kind", "from", "to")
    assert relation.required == ("kind", "from", "to")
    assert relation.derived_id and not any(kind.derived_id for name, kind in KINDS.items() if name != "relation")


@pytest.mark.parametrize("name", list(KINDS))
def test_the_external_names_cover_the_class(name):
    """Every init attribute of a kind's class has exactly one external name."""
    kind = KINDS[name]
    assert sorted(a.name for a in kind.fields.values()) == sorted(
        a.name for a in attrs.fields(kind.cls) if a.init and not a.name.startswith("_")
    )


def test_fields_round_trip():
    """from_fields(to_fields(entry)) gives the entry back."""
    relation = Relation("contradicts", "a", "b", note="clash")
    assert to_fields(relation) == {"kind": "contradicts", "from": "a", "to": "b", "note": "clash"}
    assert from_fields("relation", to_fields(relation)) == relation
