"""The one home of the ledger's consistency rules: structured defects, one part_of walker."""

from __future__ import annotations

from claimgraph.model import Claim, Ledger, Relation, Source, check_ledger
from claimgraph.model.checks import DEFECT_CODES, entry_defects, known_in, unknown_references


def _sources(*links: tuple[str, str | None]) -> Ledger:
    return Ledger(sources=[Source(id=i, name=i.upper(), part_of=p) for i, p in links])


def test_the_part_of_walker_finds_chains_and_circles():
    """chain stops before a repeat; part_of_cycle names the circle from where the chain enters it."""
    ledger = _sources(("t", "a"), ("a", "b"), ("b", "a"), ("s", "s"), ("x", None))
    assert ledger.chain("t") == ("t", "a", "b")
    assert ledger.part_of_cycle("t") == ("a", "b")
    assert ledger.part_of_cycle("b") == ("b", "a")
    assert ledger.part_of_cycle("s") == ("s",)
    assert ledger.part_of_cycle("x") == ()
    assert ledger.origin("t") == "b" and ledger.origin("x") == "x"


def test_every_defect_carries_a_known_code():
    """check_ledger's defects are structured: a code from DEFECT_CODES, and the ids concerned."""
    ledger = Ledger(
        sources=[Source(id="a", name="A", part_of="b"), Source(id="b", name="B", part_of="a")],
        claims=[
            Claim(id="c", statement="S.", said_by="a", via=["a"]),
            Claim(id="d", statement="T.", said_by="nobody"),
        ],
        relations=[Relation("supports", "c", "d"), Relation("contradicts", "d", "c"), Relation("supports", "c", "c")],
    )
    defects = check_ledger(ledger)
    assert defects
    assert {d.code for d in defects} == {
        "part-of-cycle",
        "repeated-relay",
        "unknown-reference",
        "clashing-relation",
        "self-relation",
    }
    assert all(d.code in DEFECT_CODES and d.refs for d in defects)
    unknown = next(d for d in defects if d.code == "unknown-reference")
    assert (unknown.field, unknown.target, unknown.refs) == ("said_by", "source", ("nobody",))


def test_the_rules_work_on_a_raw_row_and_on_one_entry():
    """unknown_references reads external fields (as bulk import has them); entry_defects needs no ledger."""
    known = known_in(_sources(("a", None)))
    found = list(unknown_references("relation", {"from": "x", "to": 3}, lambda kind, ref: False))
    assert [(d.field, d.refs) for d in found] == [("from", ("x",))]
    assert list(unknown_references("claim", {"said_by": "a", "via": ["a", "zz"]}, known)) != []
    assert [d.code for d in entry_defects(Source(id="s", name="S", part_of="s"))] == ["part-of-itself"]
