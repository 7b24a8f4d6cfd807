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
    for node, data in graph.nodes(data=True):
        if data.get("type") == "claim":
            order[node_id(node)] = len(order)
    return order


def relation_edges(graph: nx.MultiDiGraph, *, include_candidates: bool = False) -> Iterator[EdgeRef]:
    """Every ``supports`` / ``contradicts`` edge, in a stable order.

    Edges come by their ``from`` claim in ledger order, then in record order.

    Args:
        graph: a graph from :func:`claimgraph.graph.build_graph`.
        include_candidates: also yield rule-found candidates nobody has confirmed.
    """
    for source, target, data in graph.edges(data=True):
        if data.get("kind") not in ("supports", "contradicts"):
            continue
        if data.get("rule") is not None and not include_candidates:
            continue
        yield EdgeRef(kind=data["kind"], source=node_id(source), target=node_id(target),
                      note=data.get("note"), recorded_by=data.get("recorded_by"),
                      rule=data.get("rule"))
