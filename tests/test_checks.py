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


def test_a_disputing_relay_must_be_one_of_the_claims_relays():
    """disputing_via names only sources in via: a stray relay is a defect naming the claim, the relay and the fix."""
    sources = [Source(id=i, name=i.upper()) for i in ("moh", "hrw", "ap")]
    fine = Claim(id="ok", statement="471 killed.", said_by="moh", via=["hrw"], disputing_via=["hrw"])
    stray = Claim(id="toll", statement="471 killed.", said_by="moh", via=["ap"], disputing_via=["hrw", "ap", "moh"])
    assert list(entry_defects(fine)) == []
    defects = [d for d in check_ledger(Ledger(sources=sources, claims=[fine, stray])) if d.id == "toll"]
    assert [(d.code, d.field, d.refs) for d in defects] == [
        ("stray-disputing-relay", "disputing_via", ("hrw",)),
        ("stray-disputing-relay", "disputing_via", ("moh",)),
    ]
    first = defects[0]
    assert "'toll'" in first.message and "'hrw'" in first.message and "not in its via" in first.message
    assert "add 'hrw' to the claim's via" in first.hint and "disputing_via" in first.hint
    assert "speaker" in defects[1].message


def test_check_refuses_a_stray_disputing_relay(invoke, write):
    """claimgraph check names the file, the line, the claim and the stray relay, and exits 1."""
    path = write(
        "stray.yaml",
        """
        sources:
          - {id: moh, name: Gaza Ministry of Health, kind: government}
          - {id: hrw, name: Human Rights Watch, kind: ngo}
          - {id: ap, name: Associated Press, kind: news-agency}
        claims:
          - id: toll
            statement: 471 people were killed.
            said_by: moh
            via: [ap]
            disputing_via: [hrw]
        """,
    )
    result = invoke("check", path)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert f"{path}:" in result.output
    assert "'hrw' is listed as relaying claim 'toll' in order to dispute it, but is not in its via" in result.output
    assert "add 'hrw' to the claim's via" in result.output
    fixed = write("fixed.yaml", path.read_text(encoding="utf-8").replace("via: [ap]", "via: [ap, hrw]"))
    assert invoke("check", fixed).exit_code == 0
