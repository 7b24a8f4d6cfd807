"""Scale work: the graph build and its index, cached parsing, and one dispute's sub-ledger (memory and store)."""

from __future__ import annotations

import datetime as dt
import gc

import networkx as nx
import pytest
from attrs import evolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.synthetic import synthetic_ledger
from claimgraph._gc import paused_gc
from claimgraph.errors import InputError, UnknownDispute
from claimgraph.graph import LedgerGraph, build_graph, dispute_groups, find_disputes, index_graph, relation_edges
from claimgraph.graph.disputes import disputes_around
from claimgraph.graph.subledger import dispute_ledger, dispute_members, store_dispute_ledger, sub_ledger
from claimgraph.model import Claim, Ledger, Period, Question, Relation, Review, Source, check_ledger, to_date, to_period
from claimgraph.store import init_store, read_store, record_ledger
from claimgraph.store.partial import read_store_claims, read_store_outline

# ---------------------------------------------------------------- the reference graph


def _plain(**fields: object) -> dict:
    return {
        k: (str(v) if isinstance(v, Period | dt.date) else v) for k, v in fields.items() if v is not None and v != ()
    }


def _reference_graph(ledger: Ledger) -> nx.MultiDiGraph:
    """The graph as one add_node/add_edge call per entry makes it: what build_graph must equal."""
    graph = nx.MultiDiGraph()
    graph.graph["questions"] = tuple((q.id, q.text, q.claims, q.heads) for q in ledger.questions)
    for s in ledger.sources:
        graph.add_node(
            f"source:{s.id}",
            type="source",
            **_plain(
                id=s.id,
                name=s.name,
                kind=s.kind,
                role=s.role,
                aliases=s.aliases,
                unnamed=s.unnamed,
                origin=ledger.origin(s.id),
            ),
        )
    for d in ledger.documents:
        graph.add_node(
            f"document:{d.id}",
            type="document",
            **_plain(id=d.id, title=d.title, publisher=d.publisher, published=d.published, url=d.url),
        )
    for c in ledger.claims:
        p = c.proposition
        proposition = (
            {}
            if p is None
            else _plain(
                **{
                    f"proposition_{name}": getattr(p, name)
                    for name in ("subject", "property", "value", "unit", "when", "where")
                }
            )
        )
        graph.add_node(
            f"claim:{c.id}",
            type="claim",
            **_plain(
                id=c.id,
                statement=c.statement,
                said_by=c.said_by,
                via=c.via,
                document=c.document,
                quote=c.quote,
                cue=c.cue,
                said_on=c.said_on,
                topics=c.topics,
                position=c.position,
                disputing_via=c.disputing_via,
                origin=ledger.origin(c.said_by),
            ),
            **proposition,
        )
    for s in ledger.sources:
        if s.part_of is not None:
            graph.add_edge(f"source:{s.id}", f"source:{s.part_of}", key="part_of", kind="part_of")
    for d in ledger.documents:
        if d.publisher is not None:
            graph.add_edge(f"document:{d.id}", f"source:{d.publisher}", key="published_by", kind="published_by")
    for c in ledger.claims:
        graph.add_edge(f"claim:{c.id}", f"source:{c.said_by}", key="said_by", kind="said_by")
        for position, relay in enumerate(c.via):
            graph.add_edge(f"claim:{c.id}", f"source:{relay}", key=f"via:{position}", kind="via", position=position)
        if c.document is not None:
            graph.add_edge(f"claim:{c.id}", f"document:{c.document}", key="appears_in", kind="appears_in")
    for r in ledger.relations:
        graph.add_edge(
            f"claim:{r.source}",
            f"claim:{r.target}",
            key=r.kind,
            kind=r.kind,
            **_plain(note=r.note, recorded_by=r.recorded_by, rule=r.rule),
        )
    return graph


def _same_graph(first: nx.MultiDiGraph, second: nx.MultiDiGraph) -> None:
    assert first.graph == second.graph
    assert [(n, list(d.items())) for n, d in first.nodes(data=True)] == [
        (n, list(d.items())) for n, d in second.nodes(data=True)
    ]
    assert list(first.edges(keys=True, data=True)) == list(second.edges(keys=True, data=True))
    assert list(first.pred.items()) == list(second.pred.items())


def _dangling() -> Ledger:
    # Unchecked on purpose: unknown speaker, relay, document and claim; a duplicate relation.
    return Ledger(
        sources=[Source(id="org", name="Org"), Source(id="p", name="P", part_of="org")],
        claims=[
            Claim(
                id="a",
                statement="A.",
                said_by="p",
                via=["ghost"],
                document="nowhere",
                said_on="2026-01-02/2026-01-04",
                proposition={"subject": "s", "property": "x", "value": 3, "when": "2026-01-02"},
            ),
            Claim(id="b", statement="B.", said_by="nobody", quote="q", cue="said"),
        ],
        relations=[
            Relation(kind="contradicts", source="a", target="b", note="one"),
            Relation(kind="contradicts", source="a", target="b", recorded_by="x"),
            Relation(kind="supports", source="b", target="missing"),
        ],
        questions=[Question(id="q1", text="Which?", claims=["b"])],
    )


def test_graph_matches_the_reference_build_on_synthetic_ledgers():
    """The bulk build gives exactly the nodes, data, edges and order of one add_* call per entry."""
    for size, seed in ((300, 0), (1200, 7)):
        ledger = synthetic_ledger(size, seed=seed)
        _same_graph(build_graph(ledger).graph, _reference_graph(ledger))


def test_graph_matches_the_reference_build_on_an_unchecked_ledger():
    """Dangling references get bare nodes and duplicate relations merge, as add_edge does."""
    ledger = _dangling()
    _same_graph(build_graph(ledger).graph, _reference_graph(ledger))


def test_the_graph_carries_nothing_hidden():
    """build_graph leaves no lookups in networkx's cache: the index is the LedgerGraph record."""
    built = build_graph(synthetic_ledger(300, seed=1))
    assert isinstance(built, LedgerGraph) and built.relations
    assert not getattr(built.graph, "__networkx_cache__", {})


def test_relation_edges_keep_the_edge_view_order():
    """relation_edges yields what a filter over graph.edges(data=True) yields, in that order."""
    graph = build_graph(synthetic_ledger(800, seed=3))
    expected = [
        (u, v, d["kind"])
        for u, v, d in graph.graph.edges(data=True)
        if d.get("kind") in ("supports", "contradicts") and d.get("rule") is None
    ]
    got = [(f"claim:{e.source}", f"claim:{e.target}", e.kind) for e in relation_edges(graph)]
    assert got == expected and got


def _walked(graph: nx.MultiDiGraph) -> tuple[dict, list]:
    """Claim order and relations found the slow way, by walking every node and edge."""
    order = {n.partition(":")[2]: i for i, n in enumerate(n for n, t in graph.nodes(data="type") if t == "claim")}
    relations = [
        (u, v, k, d.get("rule"))
        for u, v, k, d in graph.edges(keys=True, data=True)
        if d.get("kind") in ("supports", "contradicts")
    ]
    return order, relations


def _indexed(graph: LedgerGraph) -> tuple[dict, list]:
    return dict(graph.claim_order), [
        (f"claim:{e.source}", f"claim:{e.target}", e.kind, e.rule)
        for e in relation_edges(graph, include_candidates=True)
    ]


@settings(max_examples=25, deadline=None)
@given(size=st.integers(min_value=5, max_value=300), seed=st.integers(min_value=0, max_value=10_000))
def test_index_equals_a_walk_of_the_graph(size, seed):
    """The claim order and relations build_graph finds from the ledger are what walking the graph finds."""
    ledger = synthetic_ledger(size, seed=seed, dispute_share=0.3)
    extra = Relation(kind="supports", source=ledger.claims[-1].id, target=ledger.claims[0].id, rule="r")
    ledger = Ledger(
        sources=ledger.sources,
        documents=ledger.documents,
        claims=ledger.claims,
        relations=[extra, *ledger.relations, extra],
    )
    graph = build_graph(ledger)
    assert _indexed(graph) == _walked(graph.graph) == _indexed(index_graph(graph.graph))
    assert graph.relations == index_graph(graph.graph).relations  # the same records, notes included


def test_a_changed_graph_is_indexed_again():
    """After a change through networkx, index_graph sees the new node and edge; the index is read-only."""
    built = build_graph(synthetic_ledger(200, seed=4))
    before = list(relation_edges(built))
    first, last = before[0].source, before[-1].target
    built.graph.add_edge(f"claim:{last}", f"claim:{first}", key="contradicts", kind="contradicts")
    built.graph.add_node("claim:late", type="claim", said_by="x", statement="Late.")
    graph = index_graph(built.graph)
    assert _indexed(graph) == _walked(graph.graph)
    assert len(list(relation_edges(graph))) == len(before) + 1 and "late" in graph.claim_order
    with pytest.raises(TypeError):
        graph.claim_order["c1"] = 5  # shared by every analysis: read-only


def test_index_of_an_unchecked_ledger():
    """Relations from or to unknown claims, and a repeated relation, are indexed as the graph holds them."""
    graph = build_graph(_dangling())
    assert _indexed(graph) == _walked(graph.graph)
    assert graph.relations == index_graph(graph.graph).relations


def _first_questions(groups: list[list[str]], questions: list[tuple]) -> list:
    taken, chosen = set(), []
    for claims in groups:
        question = next((q for q in questions if q[0] not in taken and set(claims) & set(q[2])), None)
        if question is not None:
            taken.add(question[0])
        chosen.append(question)
    return chosen


@settings(max_examples=30, deadline=None)
@given(data=st.data(), size=st.integers(min_value=20, max_value=200), seed=st.integers(min_value=0, max_value=999))
def test_each_dispute_gets_the_first_question_not_yet_taken(data, size, seed):
    """Questions go to disputes exactly as a scan of every question per dispute would give them."""
    ledger = synthetic_ledger(size, seed=seed, dispute_share=0.4)
    ids = [c.id for c in ledger.claims]
    questions = [
        (f"q{i % 7}", f"Q{i}?", tuple(data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=4))))
        for i in range(data.draw(st.integers(min_value=0, max_value=12)))
    ]
    order = {claim: i for i, claim in enumerate(ids)}
    groups = dispute_groups(relation_edges(build_graph(ledger)), order, questions)
    assert [q for q, _claims in groups] == _first_questions([claims for _q, claims in groups], questions)


# ---------------------------------------------------------------- cached parsing, origins, GC


def test_parsed_periods_and_dates_are_shared_and_still_refuse_bad_text():
    """The same text gives the same immutable Period or date; bad text still fails with the same message."""
    assert to_period("2026-02-02/2026-02-04") is to_period("2026-02-02/2026-02-04")
    assert to_date(" 2026-02-04") == dt.date(2026, 2, 4)
    for _ in range(2):  # a refused text is never cached as a value
        with pytest.raises(ValueError, match="is not a date interval"):
            to_period("2026-02-04/2026-02-02")
        with pytest.raises(ValueError, match="is not a date"):
            to_date("4 Feb")


def test_origin_is_remembered_and_stays_right():
    """origin() answers the same after the first call, cycles and unknown sources included."""
    ledger = Ledger(
        sources=[
            Source(id="a", name="A", part_of="b"),
            Source(id="b", name="B", part_of="a"),
            Source(id="c", name="C", part_of="b"),
        ]
    )
    first = [ledger.origin(s) for s in ("a", "b", "c", "zz")]
    assert first == [ledger.origin(s) for s in ("a", "b", "c", "zz")] == ["b", "a", "a", "zz"]


def test_paused_gc_restores_the_collector():
    """The collector is off inside the block, back on after it, even after an error."""
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_gc():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()


def test_paused_gc_leaves_what_it_built_old_and_nothing_frozen():
    """After the block, nothing is young (no collection walks it to promote it) and nothing stays frozen."""
    with paused_gc():
        built = [{"n": [i]} for i in range(50_000)]
    assert gc.get_freeze_count() == 0
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert id(built[0]) in oldest and id(built[-1]["n"]) in oldest  # tracked, in the oldest generation


def test_paused_gc_leaves_a_program_s_own_frozen_objects_frozen():
    """A program that froze objects (before a fork, say) finds them still frozen."""
    gc.freeze()
    try:
        frozen_before = gc.get_freeze_count()
        with paused_gc():
            _built = [{"n": [i]} for i in range(1_000)]
        assert gc.get_freeze_count() == frozen_before
    finally:
        gc.unfreeze()


def test_paused_gc_without_promote_leaves_what_it_built_where_it_is_and_counts_nothing(monkeypatch):
    """promote=False only pauses the collector: no freeze, and no count of frozen objects (a walk of them all)."""

    def counted() -> int:
        raise AssertionError("get_freeze_count walks every frozen object: promote=False must not call it")

    monkeypatch.setattr(gc, "get_freeze_count", counted)
    gc.collect()
    with paused_gc(promote=False):
        assert not gc.isenabled()
        built = [{"n": [i]} for i in range(1_000)]
    assert gc.isenabled()
    monkeypatch.undo()
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert id(built[0]) not in oldest and gc.get_freeze_count() == 0  # not moved to the oldest generation


# ---------------------------------------------------------------- one dispute's sub-ledger


def _with_questions(ledger: Ledger, seed: int) -> Ledger:
    # Questions that name claims of one or two disputes, so that an earlier dispute
    # sometimes takes a question a later one also names.
    disputed = [r.source for r in ledger.relations if r.kind == "contradicts"]
    questions = [
        Question(id=f"q{i}", text=f"Question {i}?", claims=disputed[i * 3 + seed % 2 :: 17][:2])
        for i in range(3)
        if disputed[i * 3 + seed % 2 :: 17]
    ]
    reviews = [
        Review(id=f"r{i}", claim=claim, rating="False", reviewer=ledger.sources[0].id)
        for i, claim in enumerate(disputed[::5])
    ]
    return Ledger(
        sources=ledger.sources,
        documents=ledger.documents,
        claims=ledger.claims,
        relations=ledger.relations,
        questions=questions,
        reviews=reviews,
    )


# Random synthetic ledgers: their size, seed and share of claims in disputes.
_random_ledgers = given(
    size=st.integers(min_value=20, max_value=400),
    seed=st.integers(min_value=0, max_value=10_000),
    share=st.sampled_from([0.05, 0.1, 0.3, 0.6]),
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@_random_ledgers
def test_each_dispute_is_the_same_in_its_sub_ledger(size, seed, share):
    """For every dispute of a random ledger, its sub-ledger is consistent and holds exactly that dispute."""
    ledger = _with_questions(synthetic_ledger(size, seed=seed, dispute_share=share), seed)
    disputes = find_disputes(build_graph(ledger))
    order = {c.id: i for i, c in enumerate(ledger.claims)}
    assert list(dispute_members(ledger.relations, ledger.questions, order)) == [d.id for d in disputes]
    for dispute in disputes:
        sub = dispute_ledger(ledger, dispute.id)
        assert check_ledger(sub) == []
        # Every question naming its claims comes along, one heading another dispute too; only
        # a dispute no question heads leaves them out (there, alone, one would head it).
        headed = any(q.heads for q in dispute.questions)
        listed = dispute.questions if headed else ()
        assert find_disputes(build_graph(sub)) == (evolve(dispute, questions=listed),)
        assert {c.id for c in sub.claims} == set(dispute.claims)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@_random_ledgers
def test_disputes_around_a_claim_are_those_of_the_whole_ledger(size, seed, share):
    """Walking from one claim finds its dispute and heading question exactly as grouping every relation does."""
    ledger = _with_questions(synthetic_ledger(size, seed=seed, dispute_share=share), seed)
    order = {c.id: i for i, c in enumerate(ledger.claims)}
    questions = [(q.id, q.text, q.claims, q.heads) for q in ledger.questions]
    edges = list(relation_edges(build_graph(ledger)))
    whole = dispute_groups(edges, order, questions)
    assert whole or len(ledger.claims) * share < 2
    for head, claims in whole:
        around = disputes_around(edges, order, questions, [claims[-1]])
        assert (head, claims) in around
        assert all(group in whole for group in around)
    assert disputes_around(edges, order, questions, ["no-such-claim"]) == []


def _two_disputes_one_shared_question(pin_second: bool) -> Ledger:
    # d1: a1 x a2; d2: b1 x b2. "shared" names a claim of each and heads d1 (the earlier);
    # "second" names only d2's claims.
    sources = [Source(id="s", name="S"), Source(id="t", name="T")]
    claims = [
        Claim(id=c, statement=f"Claim {c}.", said_by="s" if c.endswith("1") else "t") for c in ("a1", "a2", "b1", "b2")
    ]
    relations = [
        Relation(kind="contradicts", source="a2", target="a1"),
        Relation(kind="contradicts", source="b2", target="b1"),
    ]
    questions = [Question(id="shared", text="Shared?", claims=["a1", "b1"])]
    if pin_second:
        questions.append(Question(id="second", text="Second?", claims=["b2"]))
    return Ledger(sources=sources, claims=claims, relations=relations, questions=questions)


def test_sub_ledger_keeps_a_question_that_heads_another_dispute():
    """A question heading another dispute but naming this one's claims is in its sub-ledger, unpinned."""
    ledger = _two_disputes_one_shared_question(pin_second=True)
    whole = {d.id: d for d in find_disputes(build_graph(ledger))}
    assert list(whole) == ["shared", "second"]
    sub = dispute_ledger(ledger, "second")
    assert [(q.id, q.claims, q.heads) for q in sub.questions] == [("shared", ("b1",), False), ("second", ("b2",), True)]
    (found,) = find_disputes(build_graph(sub))
    assert found == whole["second"]
    assert [(q.id, q.heads) for q in found.questions] == [("shared", False), ("second", True)]


def test_sub_ledger_of_a_dispute_no_question_heads_keeps_its_id():
    """A dispute whose only question heads an earlier one keeps its own id and wording in its sub-ledger."""
    ledger = _two_disputes_one_shared_question(pin_second=False)
    whole = {d.id: d for d in find_disputes(build_graph(ledger))}
    assert list(whole) == ["shared", "dispute-b1"]
    (found,) = find_disputes(build_graph(dispute_ledger(ledger, "dispute-b1")))
    assert found == evolve(whole["dispute-b1"], questions=())
    # The shared question heads the first dispute: asking by it brings that one, as in the whole ledger.
    assert find_disputes(build_graph(dispute_ledger(ledger, "shared"))) == (whole["shared"],)


def test_sub_ledger_keeps_what_the_claims_refer_to():
    """Speakers with their part_of chains, relays, documents, publishers, reviews and narrowed questions."""
    ledger = _with_questions(synthetic_ledger(600, seed=5), 1)
    claims = [c.id for c in ledger.claims if c.via and c.said_by.count("-") >= 2][:3]
    sub = sub_ledger(ledger, [*claims, "no-such-claim"])
    assert [c.id for c in sub.claims] == [c.id for c in ledger.claims if c.id in claims]
    assert check_ledger(sub) == []
    kept = {s.id for s in sub.sources}
    for claim in sub.claims:
        assert set(ledger.chain(claim.said_by)) <= kept and set(claim.via) <= kept
    assert all(set(q.claims) <= set(claims) and q.claims for q in sub.questions)


def test_unknown_dispute_is_refused_with_the_known_ids():
    """Asking for a dispute that does not exist names some that do."""
    ledger = synthetic_ledger(200)
    with pytest.raises(UnknownDispute, match="no dispute 'nope'; the disputes are: dispute-") as caught:
        dispute_ledger(ledger, "nope")
    assert not isinstance(caught.value, KeyError)


@pytest.fixture(scope="module")
def store_and_ledger(tmp_path_factory):
    """A recorded synthetic ledger (with questions and reviews) and the ledger read back from it."""
    path = tmp_path_factory.mktemp("scale") / "ledger.db"
    init_store(path)
    record_ledger(path, _with_questions(synthetic_ledger(1500, seed=11, dispute_share=0.2), 0), "test")
    return path, read_store(path)


def test_store_sub_ledger_equals_the_one_cut_from_the_whole_store(store_and_ledger):
    """Reading one dispute's rows from a store gives the same ledger as reading all and cutting."""
    path, ledger = store_and_ledger
    disputes = find_disputes(build_graph(ledger))
    assert len(disputes) > 15
    for dispute in disputes[:10] + disputes[-5:]:
        sub = store_dispute_ledger(path, dispute.id)
        assert sub == dispute_ledger(ledger, dispute.id)
        assert [d.text for d in sub.documents] == [ledger.document(d.id).text for d in sub.documents]
        listed = dispute.questions if any(q.heads for q in dispute.questions) else ()
        assert find_disputes(build_graph(sub)) == (evolve(dispute, questions=listed),)


def test_store_outline_and_claims(store_and_ledger):
    """The outline lists every relation with the positions of its claims; claims read with their references."""
    path, ledger = store_and_ledger
    outline = read_store_outline(path)
    assert [(r.kind, r.source, r.target) for r in outline.relations] == [
        (r.kind, r.source, r.target) for r in ledger.relations
    ]
    assert outline.questions == ledger.questions
    order = [c.id for c in ledger.claims]
    related = sorted(outline.positions, key=outline.positions.__getitem__)
    assert related == [c for c in order if c in outline.positions]
    some = [c.id for c in ledger.claims[::97]]
    assert read_store_claims(path, some) == sub_ledger(ledger, some)


def test_store_sub_ledger_refuses_a_damaged_record(tmp_path):
    """A relation record damaged inside the store is reported, naming the entry, never skipped."""
    import sqlite3

    path = tmp_path / "ledger.db"
    init_store(path)
    record_ledger(path, synthetic_ledger(100), "test")
    with sqlite3.connect(path) as connection:
        connection.execute(
            'UPDATE state SET record = \'{"kind": "likes", "from": "c1", "to": "c2"}\' '
            "WHERE kind = 'relation' AND entry_id = "
            "(SELECT entry_id FROM state WHERE kind = 'relation' ORDER BY position LIMIT 1)"
        )
    with pytest.raises(InputError, match=r"relation .*the stored record cannot be read"):
        read_store_outline(path)
