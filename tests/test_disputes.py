"""Disputes: grouping by contradiction, sides by signed-graph balance, questions and timelines."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.graph import build_graph, find_disputes
from claimgraph.model import Claim, Ledger, Question, Relation
from tests.conftest import FOUNDING as FOUNDING_DOSSIER
from tests.conftest import SOURCES


def _claim(claim_id: str, said_by: str = "prcs", **fields) -> Claim:
    return Claim(id=claim_id, statement=f"Statement {claim_id}.", said_by=said_by, **fields)


def _ledger(claims, relations, questions=()) -> Ledger:
    return Ledger(sources=SOURCES, claims=claims, relations=relations, questions=questions)


def _edge(kind: str, source: str, target: str, **fields) -> Relation:
    return Relation(kind=kind, source=source, target=target, **fields)


def _consistent(dispute) -> bool:
    side = {claim: s.label for s in dispute.sides for claim in s.claims}
    return all((side[e.source] != side[e.target]) == (e.kind == "contradicts") for e in dispute.relations)


def test_balanced_group_is_split_into_two_sides():
    """Supports keep claims together, contradicts put them on opposite sides."""
    ledger = _ledger(
        [_claim("a1"), _claim("a2", "al-nems"), _claim("b1", "cogat"), _claim("b2", "anadolu")],
        [_edge("contradicts", "b1", "a1"), _edge("supports", "a2", "a1"), _edge("supports", "b2", "b1")],
    )
    (dispute,) = find_disputes(build_graph(ledger))
    assert dispute.balanced and dispute.frustrated == ()
    assert [s.label for s in dispute.sides] == ["A", "B"]
    assert dispute.sides[0].claims == ("a1", "a2")
    assert dispute.sides[1].claims == ("b1", "b2")
    assert dispute.sides[0].backing.origins == ("prcs",) and dispute.sides[0].backing.speakers == ("al-nems", "prcs")
    assert dispute.sides[1].backing.origins == ("anadolu", "cogat")
    assert len(dispute.relations) == 3 and _consistent(dispute)


def test_odd_cycle_is_reported_unbalanced_with_the_breaking_edge():
    """Three claims that all contradict each other cannot be split; one edge is reported."""
    ledger = _ledger(
        [_claim("x"), _claim("y", "cogat"), _claim("z", "anadolu")],
        [
            _edge("contradicts", "x", "y"),
            _edge("contradicts", "y", "z"),
            _edge("contradicts", "z", "x", note="the odd one"),
        ],
    )
    (dispute,) = find_disputes(build_graph(ledger))
    assert not dispute.balanced
    assert len(dispute.frustrated) == 1
    (broken,) = dispute.frustrated
    assert broken.kind == "contradicts"
    side = {c: s.label for s in dispute.sides for c in s.claims}
    assert side[broken.source] == side[broken.target]
    assert len(dispute.relations) == 3


def test_supports_across_sides_is_a_frustrated_edge():
    """A claim that supports both sides of a clash breaks the split, and is shown."""
    ledger = _ledger(
        [_claim("a"), _claim("b", "cogat"), _claim("s", "anadolu")],
        [_edge("contradicts", "a", "b"), _edge("supports", "s", "a"), _edge("supports", "s", "b")],
    )
    (dispute,) = find_disputes(build_graph(ledger))
    assert not dispute.balanced
    assert [(e.kind, e.source) for e in dispute.frustrated] == [("supports", "s")]


def test_membership_follows_relations_of_any_kind_and_direction():
    """Claims that support a disputed claim join, and so do claims a disputed claim supports."""
    ledger = _ledger(
        [
            _claim("a"),
            _claim("b", "cogat"),
            _claim("s1", "anadolu"),
            _claim("s2", "al-nems"),
            _claim("down"),
            _claim("alone"),
        ],
        [
            _edge("contradicts", "a", "b"),
            _edge("supports", "s1", "b"),
            _edge("supports", "s2", "s1"),
            _edge("supports", "a", "down"),
        ],
    )
    (dispute,) = find_disputes(build_graph(ledger))
    assert dispute.claims == ("a", "b", "s1", "s2", "down")
    assert dispute.side_of("s2").claims == ("b", "s1", "s2")
    assert dispute.side_of("down").claims == ("a", "down")
    assert dispute.side_of("alone") is None


_NAMES = [f"c{i}" for i in range(7)]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["supports", "contradicts"]), st.sampled_from(_NAMES), st.sampled_from(_NAMES)),
        max_size=12,
    ),
    st.data(),
)
def test_membership_is_invariant_under_reversing_any_supports_edge(edges, data):
    """Which claims a dispute holds never depends on which way a supports edge points."""
    edges = [(kind, a, b) for kind, a, b in dict.fromkeys(edges) if a != b]
    claims = [_claim(name) for name in _NAMES]
    flips = data.draw(st.lists(st.booleans(), min_size=len(edges), max_size=len(edges)))

    def members(relations) -> set[frozenset[str]]:
        return {frozenset(d.claims) for d in find_disputes(build_graph(_ledger(claims, relations)))}

    original = [_edge(kind, a, b) for kind, a, b in edges]
    reversed_ = [
        _edge(kind, b, a) if kind == "supports" and flip else _edge(kind, a, b)
        for (kind, a, b), flip in zip(edges, flips, strict=True)
    ]
    # Reversing may make two edges one (a→b and b→a): the ledger holds each relation once.
    reversed_ = list({r.id: r for r in reversed_}.values())
    assert members(original) == members(reversed_)


def test_separate_clashes_are_separate_disputes_in_ledger_order():
    """Two unconnected contradictions are two disputes; a shared supporter would merge them."""
    claims = [_claim("p"), _claim("q", "cogat"), _claim("r"), _claim("s", "cogat")]
    relations = [_edge("contradicts", "r", "s"), _edge("contradicts", "p", "q")]
    found = find_disputes(build_graph(_ledger(claims, relations)))
    assert [d.id for d in found] == ["dispute-p", "dispute-r"]
    merged = find_disputes(
        build_graph(
            _ledger(
                [*claims, _claim("both", "anadolu")],
                [*relations, _edge("supports", "both", "p"), _edge("supports", "both", "r")],
            )
        )
    )
    assert [d.claims for d in merged] == [("p", "q", "r", "s", "both")]


def test_unconfirmed_candidates_do_not_make_disputes():
    """A rule-found contradicts candidate is not a dispute until an analyst confirms it."""
    ledger = _ledger(
        [_claim("a"), _claim("b", "cogat")], [_edge("contradicts", "a", "b", rule="same-key-different-value")]
    )
    assert find_disputes(build_graph(ledger)) == ()
    assert len(find_disputes(build_graph(ledger), include_candidates=True)) == 1


def test_question_comes_from_the_dossier_when_it_names_a_claim():
    """An analyst's question names the dispute and gives it its id."""
    ledger = _ledger(
        [_claim("a"), _claim("b", "cogat")],
        [_edge("contradicts", "a", "b")],
        [Question(id="who-stopped-it", text="Who stopped it?", claims=("b",))],
    )
    (dispute,) = find_disputes(build_graph(ledger))
    assert (dispute.id, dispute.question) == ("who-stopped-it", "Who stopped it?")


def test_question_is_derived_from_the_shared_proposition():
    """Without an analyst question, the shared subject and property and the values make one."""

    def prop(value):
        return {"subject": "rafah-crossing", "property": "status", "value": value}

    ledger = _ledger(
        [_claim("a", proposition=prop("cancelled")), _claim("b", "cogat", proposition=prop("open"))],
        [_edge("contradicts", "b", "a")],
    )
    (dispute,) = find_disputes(build_graph(ledger))
    assert dispute.id == "dispute-a"
    assert dispute.question == "rafah-crossing status: cancelled or open?"


def test_question_falls_back_to_topics_then_statements():
    """Shared topics name a dispute; failing that, the two sides' first statements do."""
    topical = _ledger(
        [_claim("a", topics=["evacuation"]), _claim("b", "cogat", topics=["evacuation"])],
        [_edge("contradicts", "a", "b")],
    )
    assert "evacuation" in find_disputes(build_graph(topical))[0].question
    bare = _ledger([_claim("a"), _claim("b", "cogat")], [_edge("contradicts", "a", "b")])
    assert find_disputes(build_graph(bare))[0].question == "“Statement a” — or — “Statement b”?"


def test_timeline_orders_by_said_on_then_ledger_undated_last():
    """The timeline runs by date (intervals by their start), undated claims at the end."""
    ledger = _ledger(
        [
            _claim("late", said_on="2026-02-05"),
            _claim("undated", "cogat"),
            _claim("early", "cogat", said_on="2026-02-02/2026-02-04"),
            _claim("same", said_on="2026-02-05"),
        ],
        [
            _edge("contradicts", "late", "undated"),
            _edge("supports", "early", "undated"),
            _edge("supports", "same", "late"),
        ],
    )
    (dispute,) = find_disputes(build_graph(ledger))
    assert [e.claim for e in dispute.timeline] == ["early", "late", "same", "undated"]
    assert dispute.timeline[0].said_on == "2026-02-02/2026-02-04"
    assert dispute.timeline[-1].said_on is None


def test_founding_dossier_sets_cogat_against_prcs(founding_ledger):
    """COGAT's claims and PRCS's (with the WHO-relayed notice) are on opposite sides."""
    if not FOUNDING_DOSSIER.exists():
        pytest.skip("the founding dossier is not there yet")
    ledger = founding_ledger
    disputes = find_disputes(build_graph(ledger))
    (dispute,) = [d for d in disputes if "cogat-crossing-open" in d.claims]
    assert dispute.id == "evacuation-cancelled" and dispute.balanced
    cogat = dispute.side_of("cogat-crossing-open")
    prcs = dispute.side_of("prcs-evacuation-cancelled")
    assert cogat is not prcs
    assert "cogat-who-failed-details" in cogat.claims
    assert {"who-notice-cancelled", "al-nems-who-informed"} <= set(prcs.claims)
    assert "prcs" in prcs.backing.origins and "who" in prcs.backing.origins
    assert all(ledger.origin(ledger.claim(c).said_by) != "prcs" for c in cogat.claims)
    # The crossing figures support COGAT's "crossing open", as the dossier records.
    assert {"anadolu-wed-returnees", "anadolu-wed-departures"} <= set(cogat.claims)
    figures = {(e.source, e.kind, e.target) for e in dispute.relations}
    assert ("anadolu-wed-returnees", "supports", "cogat-crossing-open") in figures


def test_cli_disputes_text_shows_sides_origins_and_timeline(invoke, minimal):
    """The terminal view names both sides with their origin counts and the timeline."""
    result = invoke("disputes", minimal)
    assert result.exit_code == 0, result.output
    assert "1 dispute" in result.output
    assert "Side A: 1 independent origin (Palestinian Red Crescent Society); 2 voices" in result.output
    assert "Side B: 1 independent origin (COGAT)" in result.output
    assert "Timeline:" in result.output and "balanced" in result.output


def test_cli_disputes_reports_unbalanced(invoke, write):
    """An odd cycle shows as UNBALANCED with the edge that breaks the split."""
    path = write(
        "cycle.yaml",
        """
        sources: [{id: s, name: S}, {id: t, name: T}, {id: u, name: U}]
        claims:
          - {id: x, statement: X., said_by: s}
          - {id: y, statement: Y., said_by: t}
          - {id: z, statement: Z., said_by: u}
        relations:
          - {kind: contradicts, from: x, to: y}
          - {kind: contradicts, from: y, to: z}
          - {kind: contradicts, from: z, to: x}
    """,
    )
    result = invoke("disputes", path)
    assert result.exit_code == 0, result.output
    assert "UNBALANCED (1 edge breaks the split)" in result.output
    assert "! y contradicts z" in result.output


def test_cli_disputes_json_is_plain_and_deterministic(invoke, minimal):
    """--format json gives plain data, byte-identical from run to run."""
    first, second = invoke("disputes", minimal, "--format", "json"), invoke("disputes", minimal, "--format", "json")
    assert first.exit_code == 0, first.output
    assert first.output == second.output
    (dispute,) = json.loads(first.output)
    assert dispute["id"] == "dispute-cancelled" and dispute["balanced"] is True
    assert [s["origins"] for s in dispute["sides"]] == [["prcs"], ["cogat"]]
    assert dispute["relations"][0]["kind"] == "contradicts"


def test_json_relations_have_one_spelling_in_disputes_and_candidates(invoke):
    """A relation is spelled as in dossiers (kind, from, to, then the fields set) in every JSON output."""
    disputes = json.loads(invoke("disputes", FOUNDING_DOSSIER, "--format", "json").output)
    candidates = json.loads(invoke("candidates", FOUNDING_DOSSIER, "--format", "json").output)
    # A candidate also carries its review id (issue 17): the relation's own fields are spelled the same.
    candidates = [{k: v for k, v in c.items() if k != "id"} for c in candidates]
    relations = [r for d in disputes for r in (*d["relations"], *d["frustrated"], *d["conflicts"])] + candidates
    assert candidates and any(d["relations"] for d in disputes)
    allowed = {"kind", "from", "to", "note", "recorded_by", "rule"}
    for relation in relations:
        assert {"kind", "from", "to"} <= relation.keys() <= allowed, relation
        assert None not in relation.values()


def test_cli_disputes_with_none_and_bad_input(invoke, write):
    """A ledger without clashes says so; a broken dossier fails with a located message."""
    calm = write("calm.yaml", "sources: [{id: s, name: S}]\nclaims: [{id: a, statement: A., said_by: s}]\n")
    result = invoke("disputes", calm)
    assert result.exit_code == 0, result.output
    assert "No disputes" in result.output
    broken = write("broken.yaml", "claims: [{id: a, statement: A., said_by: nobody}]\n")
    result = invoke("disputes", broken)
    assert result.exit_code == 1
    assert "broken.yaml" in result.output and "nobody" in result.output


_IDS = [f"c{i}" for i in range(8)]


@st.composite
def _balanced_ledgers(draw):
    colours = draw(st.lists(st.booleans(), min_size=len(_IDS), max_size=len(_IDS)))
    pairs = draw(st.lists(st.tuples(st.sampled_from(_IDS), st.sampled_from(_IDS)), max_size=20))
    relations, seen = [], set()
    for first, second in pairs:
        if first == second or frozenset((first, second)) in seen:
            continue
        seen.add(frozenset((first, second)))
        same = colours[_IDS.index(first)] == colours[_IDS.index(second)]
        relations.append(_edge("supports" if same else "contradicts", first, second))
    return _ledger([_claim(c) for c in _IDS], relations)


@settings(max_examples=150, deadline=None)
@given(_balanced_ledgers())
def test_sides_agree_with_every_edge_of_a_balanced_dispute(ledger):
    """In a graph built from a 2-colouring, every dispute is balanced and every edge fits its sides."""
    disputes = find_disputes(build_graph(ledger))
    assert disputes or not any(r.kind == "contradicts" for r in ledger.relations)
    for dispute in disputes:
        assert dispute.balanced and dispute.frustrated == ()
        assert _consistent(dispute)
        assert dispute.sides[0].claims[0] == dispute.claims[0]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_IDS), st.sampled_from(_IDS), st.booleans()), max_size=20))
def test_frustrated_edges_are_exactly_those_the_sides_break(edges):
    """For any signed graph, the reported edges are exactly the ones inconsistent with the sides."""
    relations, seen = [], set()
    for first, second, clash in edges:
        if first != second and frozenset((first, second)) not in seen:
            seen.add(frozenset((first, second)))
            relations.append(_edge("contradicts" if clash else "supports", first, second))
    disputes = find_disputes(build_graph(_ledger([_claim(c) for c in _IDS], relations)))
    assert bool(disputes) == any(r.kind == "contradicts" for r in relations)
    for dispute in disputes:
        side = {c: s.label for s in dispute.sides for c in s.claims}
        broken = {e for e in dispute.relations if (side[e.source] != side[e.target]) != (e.kind == "contradicts")}
        assert set(dispute.frustrated) == broken
        assert dispute.balanced == (not broken)
        assert sorted(c for s in dispute.sides for c in s.claims) == sorted(dispute.claims)


def test_cli_disputes_keeps_terminal_escapes_out(invoke, write):
    """Terminal escape codes are refused when read (the text policy); markup is printed inert."""
    path = write(
        "hostile.yaml",
        r"""
        sources: [{id: s, name: "Evil\e]0;pwned\aSource"}, {id: t, name: T}]
        claims:
          - {id: x, statement: "Red \e[31malert <script>alert(1)</script>", said_by: s}
          - {id: y, statement: Y., said_by: t}
        relations:
          - {kind: contradicts, from: x, to: y}
    """,
    )
    result = invoke("disputes", path)
    assert result.exit_code == 1, result.output
    assert "\x1b" not in result.output and "\a" not in result.output
    assert "U+001B" in result.output
    inert = path.read_text(encoding="utf-8").replace("\\e]0;pwned\\a", "").replace("\\e[31m", "")
    path.write_text(inert, encoding="utf-8")
    result = invoke("disputes", path)
    assert result.exit_code == 0, result.output
    assert "Red alert <script>" in result.output
