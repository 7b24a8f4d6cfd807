"""Lookups the analyses share, kept with the graph so that none of them walks it all again.

Finding the claim order or the few ``supports`` / ``contradicts`` edges by
walking every node and edge is a pass over millions of dicts, at a million
claims mostly cache misses, and every analysis would pay it. build_graph knows
the claim order and which claims have such edges for the price of a dict insert
per claim, so it leaves them here; the relations themselves are read once, on
first use (:func:`claimgraph.graph.relation_edges`), and kept too.

They live in networkx's per-graph cache (``graph.__networkx_cache__``), which
networkx empties whenever a node or an edge is added or removed through its
API, so a changed graph never answers from a stale index: the analyses then
walk the graph, once, and keep what they found. As with networkx's own cached
data, editing attribute dicts in place (a node's ``type``, an edge's ``kind``)
is not noticed; build a new graph instead.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

__all__ = ["CLAIM_ORDER", "RELATIONS", "RELATION_SOURCES", "cached", "remember"]

#: claim id → position in the ledger (a read-only mapping).
CLAIM_ORDER = "claimgraph.claim_order"
#: the claim nodes with an outgoing ``supports`` / ``contradicts`` edge, in node order.
RELATION_SOURCES = "claimgraph.relation_sources"
#: every ``supports`` / ``contradicts`` edge as an EdgeRef, candidates included, in edge order.
RELATIONS = "claimgraph.relations"


def cached(graph: nx.MultiDiGraph, name: str) -> Any:
    """What was kept under ``name``, or None: never kept, or the graph changed since."""
    cache = getattr(graph, "__networkx_cache__", None)
    return None if cache is None else cache.get(name)


def remember(graph: nx.MultiDiGraph, name: str, value: Any) -> Any:
    """Keep ``value`` under ``name`` (a graph without networkx's cache keeps nothing); returns it."""
    cache = getattr(graph, "__networkx_cache__", None)
    if cache is not None:
        cache[name] = value
    return value
