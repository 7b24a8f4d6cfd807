"""Corroboration: backing counted by independent origin, never by relay."""

from __future__ import annotations

from pathlib import Path

import pytest
from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.graph import audit, backing, build_graph, corroborate, find_disputes, supporters
from claimgraph.model import Claim, Ledger, Relation, Source

FOUNDING_DOSSIER = Path(__file__).resolve().parents[1] / "claims" / "rafah-2026-02-04.yaml"
OUTLETS = tuple(Source(id=f"outlet-{n}", name=f"Outlet {n}", kind="outlet") for n in range(1, 6))
SOURCES = (
    Source(id="prcs", name="PRCS", kind="ngo"),
    Source(id="prcs-gaza", name="PRCS Gaza branch", kind="ngo", part_of="prcs"),
    Source(id="al-nems", name="Raed Al-Nems", kind="person", part_of="prcs-gaza"),
    Source(id="cogat", name="COGAT", kind="military"),
    *OUTLETS,
)


def _claim(claim_id: str, said_by: str, via=(), **fields) -> Claim:
    return Claim(id=claim_id, statement=f"Statement {claim_id}.", said_by=said_by, via=via, **fields)


def test_five_outlets_relaying_one_statement_are_one_origin():
    """One PRCS statement relayed by five outlets: one origin, six voices."""
    ledger = Ledger(sources=SOURCES, claims=[_claim("cancelled", "al-nems", via=[o.id for o in OUTLETS])])
    result = corroborate(build_graph(ledger))["cancelled"]
    assert result.backing.origins == ("prcs",) and result.backing.origin_count == 1
    assert result.backing.voice_count == 6
    assert result.backing.relayed_by == tuple(sorted(o.id for o in OUTLETS))


def test_five_relayed_copies_supporting_a_claim_add_no_origin():
    """Five outlets each carrying the PRCS statement as a supporting claim still count once."""
    copies = [_claim(f"copy-{n}", "al-nems", via=[f"outlet-{n}"]) for n in range(1, 6)]
    ledger = Ledger(
        sources=SOURCES,
        claims=[_claim("cancelled", "prcs"), *copies],
        relations=[Relation(kind="supports", source=c.id, target="cancelled") for c in copies],
    )
    result = corroborate(build_graph(ledger))["cancelled"]
    assert result.supporters == tuple(f"copy-{n}" for n in range(1, 6))
    assert result.backing.origins == ("prcs",)
    assert result.backing.voice_count == 7  # prcs, al-nems and five outlets


def test_part_of_chain_of_three_levels_reaches_the_top():
    """A spokesman, part of a branch, part of PRCS, counts for PRCS; COGAT stays apart."""
    ledger = Ledger(
        sources=SOURCES,
        claims=[_claim("a", "al-nems"), _claim("b", "prcs-gaza"), _claim("c", "cogat")],
        relations=[
            Relation(kind="supports", source="b", target="a"),
            Relation(kind="supports", source="c", target="a"),
        ],
    )
    assert ledger.chain("al-nems") == ("al-nems", "prcs-gaza", "prcs")
    result = corroborate(build_graph(ledger))["a"]
    assert result.backing.speakers == ("al-nems", "cogat", "prcs-gaza")
    assert result.backing.origins == ("cogat", "prcs")
    assert result.backing.voice_count == 3


def test_supporters_are_direct_only_and_candidates_left_out():
    """Only claims that support a claim directly count, and unconfirmed candidates only on request."""
    ledger = Ledger(
        sources=SOURCES,
        claims=[_claim("a", "prcs"), _claim("b", "cogat"), _claim("c", "outlet-1"), _claim("d", "outlet-2")],
        relations=[
            Relation(kind="supports", source="b", target="a"),
            Relation(kind="supports", source="c", target="b"),
            Relation(kind="supports", source="d", target="a", rule="same-key-same-value"),
        ],
    )
    graph = build_graph(ledger)
    assert corroborate(graph)["a"].supporters == ("b",)
    assert corroborate(graph, include_candidates=True)["a"].supporters == ("b", "d")
    assert corroborate(graph)["c"].supporters == ()


def test_sides_count_origins_and_relays():
    """A side backed by one origin through several relays shows both numbers."""
    ledger = Ledger(
        sources=SOURCES,
        claims=[
            _claim("cancelled", "al-nems", via=["outlet-1", "outlet-2"]),
            _claim("copy", "prcs", via=["outlet-3"]),
            _claim("open", "cogat"),
        ],
        relations=[
            Relation(kind="contradicts", source="open", target="cancelled"),
            Relation(kind="supports", source="copy", target="cancelled"),
        ],
    )
    (dispute,) = find_disputes(build_graph(ledger))
    side = dispute.side_of("cancelled")
    assert side.backing.origins == ("prcs",) and side.backing.origin_count == 1
    assert side.backing.voice_count == 5  # al-nems, prcs, outlet-1..3


def test_backing_ignores_unknown_claims():
    """Asking for the backing of ids not in the graph gives an empty backing, not an error."""
    graph = build_graph(Ledger(sources=SOURCES, claims=[_claim("a", "prcs")]))
    assert backing(graph, ["nope"]).origins == ()
    assert backing(graph, ["a", "nope"]).origins == ("prcs",)


def test_supporters_the_ledger_does_not_know_come_last_and_add_nothing():
    """On an unchecked ledger, a supports relation from an unknown claim is listed last, sorted, without error."""
    ledger = Ledger(
        sources=SOURCES,
        claims=[_claim("a", "prcs"), _claim("b", "cogat")],
        relations=[
            Relation(kind="supports", source="zz-gone", target="a"),
            Relation(kind="supports", source="b", target="a"),
            Relation(kind="supports", source="aa-gone", target="a"),
        ],
    )
    graph = build_graph(ledger)
    assert supporters(graph) == {"a": ("b", "aa-gone", "zz-gone")}
    result = corroborate(graph)["a"]
    assert result.supporters == ("b", "aa-gone", "zz-gone") and result.backing.origins == ("cogat", "prcs")
    # One known supporter: no "single-origin support" drawn from the claims that are not there.
    assert [f.code for f in audit(ledger) if f.code == "single-origin-support"] == []
    two = Ledger(
        sources=SOURCES,
        claims=[*ledger.claims, _claim("c", "cogat")],
        relations=[*ledger.relations, Relation(kind="supports", source="c", target="a")],
    )
    (finding,) = [f for f in audit(two) if f.code == "single-origin-support"]
    assert finding.message == "2 supporting claims (b, c) all come from one origin, COGAT"


def test_founding_dossier_who_notice_adds_the_who_but_not_its_relays(founding_ledger):
    """The WHO notice, relayed by Al-Nems and Anadolu, counts as WHO; the relays add none."""
    if not FOUNDING_DOSSIER.exists():
        pytest.skip("the founding dossier is not there yet")
    graph = build_graph(founding_ledger)
    result = corroborate(graph)["prcs-evacuation-cancelled"]
    assert "who-notice-cancelled" in result.supporters
    assert set(result.backing.origins) == {"prcs", "who"}
    assert "anadolu" in result.backing.relayed_by and "anadolu" not in result.backing.origins
    assert result.backing.voice_count > result.backing.origin_count


_RELAYS = [o.id for o in OUTLETS]


@settings(max_examples=150, deadline=None)
@given(
    speakers=st.lists(st.sampled_from(["prcs", "prcs-gaza", "al-nems", "cogat"]), min_size=1, max_size=6),
    supports=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5)), max_size=10),
    target=st.integers(0, 5),
    relay=st.sampled_from(_RELAYS),
)
def test_adding_a_relay_never_changes_the_origin_count(speakers, supports, target, relay):
    """Relaying any claim through one more outlet leaves every origin count as it was."""
    claims = [_claim(f"c{i}", speaker) for i, speaker in enumerate(speakers)]
    n = len(claims)
    relations = {(a % n, b % n) for a, b in supports if a % n != b % n}
    ledger = Ledger(
        sources=SOURCES,
        claims=claims,
        relations=[Relation(kind="supports", source=f"c{a}", target=f"c{b}") for a, b in sorted(relations)],
    )
    changed = list(claims)
    index = target % n
    changed[index] = evolve(claims[index], via=(*claims[index].via, relay))
    before = corroborate(build_graph(ledger))
    after = corroborate(build_graph(evolve(ledger, claims=changed)))
    assert {k: v.backing.origins for k, v in before.items()} == {k: v.backing.origins for k, v in after.items()}
    assert all(after[k].backing.voice_count >= before[k].backing.voice_count for k in before)
