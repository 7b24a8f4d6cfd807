"""Claim-to-claim relations as the analyses see them: plain edge records in ledger order."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx
from attrs import frozen

from claimgraph.graph.build import node_id

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


def claim_order(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Claim id → its position in the ledger (graph nodes keep the record order)."""
    order: dict[str, int] = {}
    for node, data in graph.nodes(data="type"):
        if data == "claim":
            order[node_id(node)] = len(order)
    return order


_RELATION_KINDS = frozenset(("supports", "contradicts"))


def relation_edges(graph: nx.MultiDiGraph, *, include_candidates: bool = False) -> Iterator[EdgeRef]:
    """Every ``supports`` / ``contradicts`` edge, in a stable order.

    Edges come by their ``from`` claim in ledger order, then in record order.

    Args:
        graph: a graph from :func:`claimgraph.graph.build_graph`.
        include_candidates: also yield rule-found candidates nobody has confirmed.
    """
    # networkx's adjacency dicts are walked directly, in the order graph.edges()
    # gives: its views wrap every node and edge, which costs more than the test,
    # and only a few edges in a hundred are relations.
    for source, neighbours in graph._adj.items():
        for target, keyed in neighbours.items():
            for data in keyed.values():
                kind = data.get("kind")
                if kind not in _RELATION_KINDS:
                    continue
                rule = data.get("rule")
                if rule is not None and not include_candidates:
                    continue
                yield EdgeRef(kind=kind, source=node_id(source), target=node_id(target),
                              note=data.get("note"), recorded_by=data.get("recorded_by"), rule=rule)
