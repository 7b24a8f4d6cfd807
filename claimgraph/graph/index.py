"""The graph with the lookups every analysis shares, built once and passed on.

Finding the claim order or the few ``supports`` / ``contradicts`` edges by
walking every node and edge is a pass over millions of dicts (at a million
claims, mostly cache misses), and every analysis would pay it. build_graph
knows both from the ledger for the price of a dict insert per claim, so it
returns them beside the graph in one explicit record, :class:`LedgerGraph`,
that the analyses take. Nothing is hidden in or attached to the networkx graph.

The lookups describe the graph as it was built. After changing the graph
through networkx, index it again with :func:`index_graph` (one walk).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

import networkx as nx
from attrs import field, frozen

from claimgraph.graph.figures import FigureIndex
from claimgraph.graph.nodes import claim_node, node_id
from claimgraph.model import Relation

__all__ = ["RELATION_KINDS", "LedgerGraph", "index_graph", "relation_edges"]

#: The edge kinds that join two claims.
RELATION_KINDS = frozenset(("supports", "contradicts"))


@frozen(eq=False)
class LedgerGraph:
    """A ledger's networkx graph and the lookups the analyses share.

    Made by :func:`claimgraph.graph.build_graph` (or :func:`index_graph` for a
    graph built another way); every analysis takes one.

    Attributes:
        graph: the ``networkx.MultiDiGraph`` of ``claim:``, ``source:`` and
            ``document:`` nodes (see :func:`~claimgraph.graph.build_graph`).
        claim_order: claim id → its position in the ledger (read-only).
        relations: every ``supports`` / ``contradicts`` edge as a
            :class:`~claimgraph.model.Relation`, candidates included, in the
            order ``graph.edges()`` yields them (by ``from`` claim in ledger
            order, then as recorded).
        figures: every proposition as a :class:`~claimgraph.graph.figures.FigureItem`,
            with the ledger's vocabulary and revisions (empty for :func:`index_graph`).
    """

    graph: nx.MultiDiGraph
    claim_order: Mapping[str, int]
    relations: tuple[Relation, ...]
    figures: FigureIndex = field(factory=FigureIndex)

    @property
    def node_table(self) -> Mapping[str, dict[str, Any]]:
        """Node name → its attributes: networkx's own node dict, read without a view.

        ``graph.nodes[name]`` goes through a view object on every lookup; the
        analyses that look up thousands of nodes read this plain dict instead
        (networkx keeps it as ``G._node``). Read only: change nodes through networkx.
        """
        table: Mapping[str, dict[str, Any]] = self.graph._node
        return table

    def claim_data(self, claim_id: str) -> dict[str, Any] | None:
        """The attributes of a claim's node, or None for a claim the graph does not hold."""
        data: dict[str, Any] | None = self.graph.nodes.get(claim_node(claim_id))  # networkx is untyped
        return data


def relation_edges(graph: LedgerGraph, *, include_candidates: bool = False) -> Iterator[Relation]:
    """Every ``supports`` / ``contradicts`` edge, in a stable order.

    Edges come by their ``from`` claim in ledger order, then in record order:
    the order a filter over ``graph.graph.edges(data=True)`` gives.

    Args:
        graph: from :func:`claimgraph.graph.build_graph`.
        include_candidates: also yield rule-found candidates nobody has confirmed.
    """
    for relation in graph.relations:
        if include_candidates or relation.rule is None:
            yield relation


def index_graph(graph: nx.MultiDiGraph) -> LedgerGraph:
    """The lookups of a graph built or changed outside build_graph, found by walking it once.

    Args:
        graph: a graph laid out as :func:`claimgraph.graph.build_graph` lays it
            out (claim ids and relation kinds as the model allows them).

    Returns:
        The graph with its claim order and relations, as build_graph would give them.
    """
    order: dict[str, int] = {}
    for node, kind in graph.nodes(data="type"):
        if kind == "claim":
            order.setdefault(node_id(node), len(order))
    relations = tuple(
        Relation(
            kind=data["kind"],
            source=node_id(source),
            target=node_id(target),
            note=data.get("note"),
            recorded_by=data.get("recorded_by"),
            rule=data.get("rule"),
        )
        for source, target, data in graph.edges(data=True)
        if data.get("kind") in RELATION_KINDS
    )
    return LedgerGraph(graph=graph, claim_order=MappingProxyType(order), relations=relations)
