"""Issue 17 on a real story: the al-Ahli hospital explosion dossier (membership, questions, positions, relays)."""

from __future__ import annotations

import pytest

from claimgraph.graph import build_graph, find_disputes
from claimgraph.graph.audit import audit
from claimgraph.graph.subledger import dispute_ledger
from claimgraph.io import read_ledger
from claimgraph.model import Claim, Ledger, Relation, Source
from claimgraph.render.brief import render_brief
from tests.conftest import CLAIMS

AL_AHLI = CLAIMS / "al-ahli-2023.yaml"


@pytest.fixture(scope="module")
def ledger() -> Ledger:
    return read_ledger([AL_AHLI])


@pytest.fixture(scope="module")
def disputes(ledger):
    return {d.id: d for d in find_disputes(build_graph(ledger))}


def test_the_dossier_is_big_enough(ledger, disputes):
    """At least 40 claims, 10 documents and 3 disputes, from published reporting."""
    assert len(ledger.claims) >= 40 and len(ledger.documents) >= 10
    assert len(disputes) >= 3


def test_the_ministrys_471_claims_are_in_the_death_toll_dispute(ledger, disputes):
    """Claims a disputed claim supports are members: no 471 claim is left out (the issue's first symptom)."""
    toll = disputes["death-toll"]
    stated_471 = [c.id for c in ledger.claims if any(p.value == 471 for p in c.all_propositions)]
    assert len(stated_471) >= 5
    assert set(stated_471) <= set(toll.claims)


def test_death_toll_is_a_dispute_over_figures_with_more_than_two_positions(disputes):
    """Groups of mutually consistent figures are sides: the ministry's 471, the US 100-300, the EU 10-50..."""
    toll = disputes["death-toll"]
    assert toll.over == "figures"
    by_figures = [s for s in toll.sides if s.figures and s.position and s.position.startswith(s.figures[0])]
    assert len(by_figures) >= 3
    exact_471 = [s for s in by_figures if "471 killed" in s.figures]
    assert len(exact_471) == 1 and "moh-471-statement" in exact_471[0].claims
    us = toll.side_of("us-intel-100-300-afp")
    eu = toll.side_of("eu-intel-10-50-afp")
    assert len({exact_471[0].label, us.label, eu.label}) == 3
    named = {s.position for s in toll.sides}
    assert {"count-doubted", "lower-than-471"} <= named
    doubted = next(s for s in toll.sides if s.position == "count-doubted")
    assert {"hrw-cannot-corroborate", "idf-hamas-inflating", "israel-disputes-471"} <= set(doubted.claims)


def test_position_marks_override_the_split_and_conflicts_are_reported(disputes):
    """On the cause, each marked position is its own side; marks that break a relation are listed."""
    cause = disputes["cause"]
    named = {s.position: s for s in cause.sides if s.position}
    assert {
        "israeli-strike",
        "pij-rocket",
        "palestinian-rocket",
        "rocket-launcher-unknown",
        "evidence-disputed",
    } <= set(named)
    # An analyst who disputes the evidence is not an origin for either conclusion.
    assert "fa-no-conclusive-evidence" in named["evidence-disputed"].claims
    assert "forensic-architecture" not in named["israeli-strike"].backing.origins
    conflicts = {(e.source, e.target) for e in cause.conflicts}
    assert ("drm-no-group-blamed", "drm-palestinian-rocket") in conflicts
    assert set(cause.conflicts) <= set(cause.frustrated)


def test_a_question_shared_by_two_disputes_appears_in_both(disputes, ledger):
    """damage-versus-toll names claims of the death toll and of the impact site: both list it, in its wording."""
    holding = [d for d in disputes.values() if any(q.id == "damage-versus-toll" for q in d.questions)]
    assert {d.id for d in holding} == {"death-toll", "impact-site"}
    text = ledger.question("damage-versus-toll").text
    assert all(next(q for q in d.questions if q.id == "damage-versus-toll").text == text for d in holding)
    # Questions inside one dispute are shown with it: toll-revision with the death toll.
    assert any(q.id == "toll-revision" and not q.heads for q in disputes["death-toll"].questions)
    # Every question appears in some dispute or in the list apart.
    listed = {q.id for d in disputes.values() for q in d.questions}
    assert listed == {q.id for q in ledger.questions}


def test_dispute_option_takes_any_question_id(ledger):
    """A brief of a question shows every dispute it falls into; a dispute's own id still works."""
    shared = dispute_ledger(ledger, "damage-versus-toll")
    assert {d.id for d in find_disputes(build_graph(shared))} == {"death-toll", "impact-site"}
    page = render_brief(ledger, dispute="toll-revision")
    assert "How many people were killed" in page and "Only the dispute" in page
    page = render_brief(ledger, dispute="damage-versus-toll")
    assert "Only the 2 disputes the question" in page


def test_a_relay_that_disputes_what_it_relays_is_no_voice(disputes):
    """HRW relays the ministry's 471 only to dispute it: not a voice for the 471; the brief says so."""
    toll = disputes["death-toll"]
    side = toll.side_of("moh-471-342-via-hrw")
    assert "hrw" in side.backing.disputing and "hrw" not in side.backing.voices
    # Marked in the dossier: Human Events relays Hamas's first figures "contrary to" them.
    claim = read_ledger([AL_AHLI]).claim("hamas-300-500-humanevents")
    assert claim.disputing_via == ("human-events",)
    assert claim.via == ("human-events",)


def test_a_relay_marked_disputing_in_the_dossier_is_no_voice():
    """disputing_via takes a relay out of the voices even with no contradicting claim of its own."""
    sources = [Source(id="hamas", name="Hamas"), Source(id="he", name="Human Events", kind="outlet")]
    claims = [
        Claim(id="first", statement="300 to 500 dead.", said_by="hamas", via=["he"], disputing_via=["he"]),
        Claim(id="later", statement="10 to 50 dead.", said_by="hamas"),
    ]
    ledger = Ledger(sources=sources, claims=claims, relations=[Relation("contradicts", "first", "later")])
    (dispute,) = find_disputes(build_graph(ledger))
    assert dispute.side_of("first").backing.voices == ("hamas",)
    assert dispute.side_of("first").backing.disputing == ("he",)


def test_the_brief_shows_positions_side_by_side_with_figures_and_the_relay_note(ledger):
    """Each position's figures, and the relays not counted, are on the page."""
    page = render_brief(ledger)
    assert 'class="faceoff many"' in page
    assert "Side C: count-doubted" in page or "count-doubted" in page
    assert "Not counted as voices: Human Rights Watch" in page
    assert "Also asked of these claims" in page


def test_no_named_agency_is_vague_in_the_story(ledger):
    """AP, AFP, Reuters and the other outlets relaying the story draw no vague-source warning."""
    vague = [f for f in audit(ledger) if f.code == "vague-source"]
    named = {s.id for s in ledger.sources if s.kind in ("news-agency", "broadcaster", "outlet") and not s.unnamed}
    assert named
    for finding in vague:
        assert not any(f"relayed by {ledger.source(s).name!r}" in finding.message for s in named)


def test_relay_rule_from_the_ledger_alone():
    """A relay whose origin contradicts the relayed claim elsewhere is not its voice; a plain relay is."""
    sources = [
        Source(id="moh", name="Ministry"),
        Source(id="ngo", name="An NGO", kind="ngo"),
        Source(id="wire", name="Wire", kind="news-agency"),
    ]
    claims = [
        Claim(id="count", statement="471 killed.", said_by="moh", via=["ngo", "wire"]),
        Claim(id="doubt", statement="The count cannot be corroborated.", said_by="ngo"),
    ]
    ledger = Ledger(sources=sources, claims=claims, relations=[Relation("contradicts", "doubt", "count")])
    (dispute,) = find_disputes(build_graph(ledger))
    side = dispute.side_of("count")
    assert side.backing.voices == ("moh", "wire") and side.backing.disputing == ("ngo",)
