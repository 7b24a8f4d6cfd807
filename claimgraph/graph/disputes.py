"""Disputes: groups of clashing claims, split into sides, with their timeline.

A dispute is every claim connected to a ``contradicts`` edge through
relations of any kind, followed in either direction: the connected components
of the relation graph that hold a contradiction. Which way a ``supports`` edge
points never changes who is in a dispute (a claim a disputed claim supports is
in, as is a claim that supports it), and every claim is in at most one dispute.

Each dispute is split into sides as a signed graph: ``supports`` keeps two claims
on one side, ``contradicts`` puts them on opposite sides. When no split satisfies
every edge (an odd cycle of contradictions, say), the edges that break the split
are reported in ``frustrated``; nothing is forced silently.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Protocol

import networkx as nx
from attrs import frozen

from claimgraph.graph.corroboration import Backing, backing
from claimgraph.graph.index import LedgerGraph, relation_edges
from claimgraph.graph.nodes import claim_node, document_node
from claimgraph.model import Relation

__all__ = ["Dispute", "Side", "TimelineEntry", "dispute_groups", "find_disputes"]

_LABELS = ("A", "B")


@frozen
class Side:
    """The claims of a dispute that stand together, and who stands behind them.

    Attributes:
        label: ``A`` (the side of the dispute's first claim in ledger order) or ``B``.
        claims: claim ids, in ledger order.
        backing: the speakers, relays, voices and independent origins behind them.
    """

    label: str
    claims: tuple[str, ...]
    backing: Backing


@frozen
class TimelineEntry:
    """One claim of a dispute on its timeline.

    Attributes:
        claim: the claim's id.
        said_on: when it was said, as ISO text (a day or ``start/end``), or None.
        document: id of the document it appears in, or None.
        published: that document's publication date (ISO), or None.
    """

    claim: str
    said_on: str | None
    document: str | None
    published: str | None


@frozen
class Dispute:
    """A group of clashing claims, split into sides.

    Attributes:
        id: the id of the analyst's question that names any of its claims, else
            ``dispute-<first claim id in ledger order>``.
        question: what the dispute is about, for a reader: the analyst's
            question, else derived from the claims' shared proposition or topics.
        claims: claim ids in ledger order.
        sides: the sides (two for any dispute; only non-empty sides are kept).
        balanced: True when every edge agrees with the split into sides.
        frustrated: the edges that break the split (a ``supports`` across sides or
            a ``contradicts`` within one); empty when balanced.
        relations: every ``supports`` / ``contradicts`` edge between its claims.
        timeline: its claims by ``said_on`` (then ledger order), undated last.
    """

    id: str
    question: str
    claims: tuple[str, ...]
    sides: tuple[Side, ...]
    balanced: bool
    frustrated: tuple[Relation, ...]
    relations: tuple[Relation, ...]
    timeline: tuple[TimelineEntry, ...]

    def side_of(self, claim_id: str) -> Side | None:
        """The side a claim is on, or None when it is not in the dispute."""
        return next((side for side in self.sides if claim_id in side.claims), None)


class _Link(Protocol):
    """What grouping needs of a relation: its kind and its two ends."""

    @property
    def kind(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def target(self) -> str: ...


def _dispute_graph(edges: list[_Link]) -> nx.MultiGraph:
    """The relations that make disputes, as an undirected graph: its components are the disputes.

    Every relation, of either kind and read in either direction, whose claims are
    connected to a ``contradicts`` edge: a claim belongs to a dispute however the
    ``supports`` edges around it point. Each edge keeps a ``sign`` (1 for
    contradicts: the ends stand apart; 0 for supports: together) and the edges
    go in in the order given, so each claim's neighbours come in the order its
    relations were first recorded.
    """
    contradicted = list(dict.fromkeys(end for e in edges if e.kind == "contradicts" for end in (e.source, e.target)))
    # Everything reachable from a contradicted claim, along relations of any kind and direction.
    linked = nx.Graph()
    linked.add_nodes_from(contradicted)
    linked.add_edges_from((e.source, e.target) for e in edges if e.kind == "supports")
    disputed = {claim for layer in nx.bfs_layers(linked, contradicted) for claim in layer}
    joined = nx.MultiGraph()
    joined.add_edges_from(
        (e.source, e.target, {"sign": 1 if e.kind == "contradicts" else 0})
        for e in edges
        if e.kind == "contradicts" or e.source in disputed
    )
    return joined


def _components(joined: nx.MultiGraph, order: Mapping[str, int]) -> list[list[str]]:
    # Each dispute's claims in ledger order, the disputes by their first claim.
    groups = [sorted(component, key=order.__getitem__) for component in nx.connected_components(joined)]
    return sorted(groups, key=lambda members: order[members[0]])


def _frustrated(edge: Relation, colour: dict[str, int]) -> bool:
    same = colour[edge.source] == colour[edge.target]
    return same if edge.kind == "contradicts" else not same


def _two_colour(joined: nx.MultiGraph, claims: list[str], inside: list[Relation]) -> dict[str, int]:
    """Split a dispute's claims in two as a signed graph: supports together, contradicts apart.

    A breadth-first spanning tree from the first claim in ledger order fixes the
    colours (each tree edge read as the first relation recorded between its two
    claims). A balanced dispute has only that split (up to naming the sides);
    an unbalanced one is then improved locally (see :func:`_fewer_broken`).
    """
    colour = {claims[0]: 0}
    for claim, other in nx.bfs_edges(joined, claims[0]):
        first = next(iter(joined[claim][other].values()))
        colour[other] = colour[claim] ^ first["sign"]
    if any(_frustrated(edge, colour) for edge in inside):
        _fewer_broken(claims, inside, colour)
        if colour[claims[0]] != 0:
            colour = {claim: value ^ 1 for claim, value in colour.items()}
    return colour


def _fewer_broken(claims: list[str], inside: list[Relation], colour: dict[str, int]) -> None:
    # Greedy single-claim flips while one strictly lowers the number of broken edges
    # (finding the true minimum is NP-hard; this is a deterministic local optimum).
    # Each edge counts at both ends (a claim's own loop twice), as recorded.
    neighbours: dict[str, list[tuple[str, int]]] = {claim: [] for claim in claims}
    for edge in inside:
        sign = 1 if edge.kind == "contradicts" else 0
        neighbours[edge.source].append((edge.target, sign))
        neighbours[edge.target].append((edge.source, sign))
    improved = True
    while improved:
        improved = False
        for claim in claims:
            broken = sum((colour[claim] ^ colour[o]) != s for o, s in neighbours[claim])
            if broken * 2 > len(neighbours[claim]):
                colour[claim] ^= 1
                improved = True


def _side(graph: LedgerGraph, label: str, claims: list[str]) -> Side:
    return Side(label=label, claims=tuple(claims), backing=backing(graph, claims))


def _timeline(graph: LedgerGraph, claims: list[str]) -> tuple[TimelineEntry, ...]:
    entries = []
    nodes = graph.graph.nodes
    for position, claim in enumerate(claims):
        data = nodes[claim_node(claim)]
        document = data.get("document")
        published = None
        if document is not None:
            published = nodes.get(document_node(document), {}).get("published")
        said_on = data.get("said_on")
        # ISO text sorts as dates do; a "start/end" interval sorts by its start first.
        entries.append(
            (
                (said_on is None, said_on or "", position),
                TimelineEntry(claim=claim, said_on=said_on, document=document, published=published),
            )
        )
    return tuple(entry for _key, entry in sorted(entries, key=lambda pair: pair[0]))


def _derived_question(graph: LedgerGraph, claims: list[str], colour: dict[str, int]) -> str:
    nodes = [graph.graph.nodes[claim_node(c)] for c in claims]
    keys = Counter((n["proposition_subject"], n["proposition_property"]) for n in nodes if "proposition_subject" in n)
    shared_keys = [(key, count) for key, count in keys.items() if count > 1]
    if shared_keys:
        # The key most claims share; ties go to the key met first in ledger order.
        (subject, prop), _count = max(shared_keys, key=lambda item: item[1])
        values: dict[object, None] = {}
        for _claim, node in sorted(zip(claims, nodes, strict=True), key=lambda p: colour[p[0]]):
            if (node.get("proposition_subject"), node.get("proposition_property")) == (subject, prop):
                values.setdefault(_value_text(node), None)
        return f"{subject} {prop}: {' or '.join(str(v) for v in values)}?"
    topics = Counter(topic for n in nodes for topic in dict.fromkeys(n.get("topics", ())))
    shared = [topic for topic, count in topics.most_common() if count > 1]
    if shared:
        return f"What is true about {', '.join(shared[:3])}?"
    # Last resort: the first claim of each side, set against each other.
    firsts = {}
    for claim, node in zip(claims, nodes, strict=True):
        firsts.setdefault(colour[claim], node["statement"].rstrip(". "))
    return " — or — ".join(f"“{firsts[value]}”" for value in sorted(firsts)) + "?"


def _value_text(node: dict) -> str:
    value = node["proposition_value"]
    text = str(value).lower() if isinstance(value, bool) else str(value)
    unit = node.get("proposition_unit")
    return f"{text} {unit}" if unit else text


def dispute_groups(
    edges: Iterable[_Link], order: Mapping[str, int], questions: Iterable[tuple[str, str, tuple[str, ...]]] = ()
) -> list[tuple[tuple[str, str, tuple[str, ...]] | None, list[str]]]:
    """Which claims form each dispute, and which analyst question names it: no graph needed.

    This is the grouping :func:`find_disputes` uses; it needs only the relations
    and the ledger order, so one dispute can be found (and only its claims read)
    without building the whole graph.

    Args:
        edges: the ``supports`` / ``contradicts`` relations to follow (both ends in
            ``order``): :class:`~claimgraph.model.Relation` records, or any objects
            with ``kind``, ``source`` and ``target``.
        order: claim id → position in the ledger, for every claim the edges name.
        questions: ``(id, text, claim ids)`` in record order, as ``graph.graph["questions"]``.

    Returns:
        ``(question or None, claim ids in ledger order)`` per dispute, ordered by
        first claim; a question goes to the first dispute that contains one of its claims.
    """
    return _named(_components(_dispute_graph(list(edges)), order), questions)


def _named(
    groups: list[list[str]], questions: Iterable[tuple[str, str, tuple[str, ...]]]
) -> list[tuple[tuple[str, str, tuple[str, ...]] | None, list[str]]]:
    questions = list(questions)
    # Claim → the questions that name it (by record position): each dispute looks up
    # only its own claims' questions, not every question in the ledger.
    asked: dict[str, list[int]] = {}
    for index, (_id, _text, claims) in enumerate(questions):
        for claim in claims:
            asked.setdefault(claim, []).append(index)
    taken: set[str] = set()
    named_groups = []
    for claims in groups:
        named = sorted({index for claim in claims for index in asked.get(claim, ())})
        question = next((questions[i] for i in named if questions[i][0] not in taken), None)
        if question is not None:
            taken.add(question[0])
        named_groups.append((question, claims))
    return named_groups


def find_disputes(graph: LedgerGraph, *, include_candidates: bool = False) -> tuple[Dispute, ...]:
    """Find every dispute in the graph and split it into sides.

    The question of a dispute comes from the ledger's questions
    (``graph.graph.graph["questions"]``): the first question, in record order, that
    names one of its claims and is not yet taken by an earlier dispute. Other
    disputes get a question derived from their claims.

    Args:
        graph: from :func:`claimgraph.graph.build_graph`.
        include_candidates: also follow rule-found relations nobody has
            confirmed (off by default: candidates never shape a dispute unasked).

    Returns:
        The disputes, ordered by their first claim in ledger order.
    """
    order = graph.claim_order
    edges = [
        e
        for e in relation_edges(graph, include_candidates=include_candidates)
        if e.source in order and e.target in order
    ]
    joined = _dispute_graph(edges)
    groups = _named(_components(joined, order), graph.graph.graph.get("questions", ()))
    group_of = {claim: index for index, (_q, claims) in enumerate(groups) for claim in claims}
    inside_of: list[list[Relation]] = [[] for _ in groups]
    for edge in edges:
        index = group_of.get(edge.source)
        if index is not None and group_of.get(edge.target) == index:
            inside_of[index].append(edge)
    disputes = []
    for (question, claims), inside in zip(groups, inside_of, strict=True):
        colour = _two_colour(joined, claims, inside)
        sides = tuple(
            _side(graph, label, [c for c in claims if colour[c] == value])
            for value, label in enumerate(_LABELS)
            if any(colour[c] == value for c in claims)
        )
        frustrated = tuple(e for e in inside if _frustrated(e, colour))
        disputes.append(
            Dispute(
                id=question[0] if question else f"dispute-{claims[0]}",
                question=question[1] if question else _derived_question(graph, claims, colour),
                claims=tuple(claims),
                sides=sides,
                balanced=not frustrated,
                frustrated=frustrated,
                relations=tuple(inside),
                timeline=_timeline(graph, claims),
            )
        )
    return tuple(disputes)
