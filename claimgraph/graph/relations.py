"""Claim-to-claim relations as the analyses see them: plain edge records in ledger order."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType

import networkx as nx
from attrs import frozen

from claimgraph.graph.build import node_id
from claimgraph.graph.index import CLAIM_ORDER, RELATION_SOURCES, RELATIONS, cached, remember

__all__ = ["EdgeRef", "claim_order", "relation_edges"]


@frozen
class EdgeRef:
    """One ``supports`` or ``contradicts`` edge between two claims.

    Attributes:
        kind: ``supports`` or ``contradicts``.
        source: id of the claim the edge starts from (``from`` in dossiers).
        target: id of the claim it points at (``to``).
        note: the analyst's (or the rule's) reason.
        recorded_by: who recorded it.
        rule: the rule that proposed it, for unconfirmed candidates; else None.
    """

    kind: str
    source: str
    target: str
    note: str | None = None
    recorded_by: str | None = None
    rule: str | None = None


def claim_order(graph: nx.MultiDiGraph) -> Mapping[str, int]:
    """Claim id → its position in the ledger (graph nodes keep the record order). Read-only."""
    order = cached(graph, CLAIM_ORDER)
    if order is None:
        walked: dict[str, int] = {}
        for node, data in graph._node.items():
            if data.get("type") == "claim":
                walked[node_id(node)] = len(walked)
        order = remember(graph, CLAIM_ORDER, MappingProxyType(walked))
    return order


_RELATION_KINDS = frozenset(("supports", "contradicts"))


def _relations(graph: nx.MultiDiGraph) -> tuple[EdgeRef, ...]:
    relations = cached(graph, RELATIONS)
    if relations is not None:
        return relations
    adjacency = graph._adj
    sources = cached(graph, RELATION_SOURCES)
    if sources is None:  # not from build_graph, or changed since: every node is a suspect
        sources = adjacency
    # networkx's adjacency dicts are read directly: its views wrap every edge.
    return remember(
        graph,
        RELATIONS,
        tuple(
            EdgeRef(
                kind=data["kind"],
                source=node_id(source),
                target=node_id(target),
                note=data.get("note"),
                recorded_by=data.get("recorded_by"),
                rule=data.get("rule"),
            )
            for source in sources
            for target, keyed in adjacency[source].items()
            for data in keyed.values()
            if data.get("kind") in _RELATION_KINDS
        ),
    )


def relation_edges(graph: nx.MultiDiGraph, *, include_candidates: bool = False) -> Iterator[EdgeRef]:
    """Every ``supports`` / ``contradicts`` edge, in a stable order.

    Edges come by their ``from`` claim in ledger order, then in record order:
    the order a filter over ``graph.edges(data=True)`` gives. They are found once
    per graph (from the claims build_graph lists as having any) and kept.

    Args:
        graph: a graph from :func:`claimgraph.graph.build_graph`.
        include_candidates: also yield rule-found candidates nobody has confirmed.
    """
    for edge in _relations(graph):
        if include_candidates or edge.rule is None:
            yield edge
