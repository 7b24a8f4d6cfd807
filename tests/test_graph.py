"""The ledger as a graph: nodes, edges, determinism, and the GraphML export."""

from __future__ import annotations

import networkx as nx

from claimgraph.graph import build_graph
from claimgraph.io import read_ledger


def test_nodes_and_edges_of_a_small_ledger(minimal):
    """Claims, sources and documents are typed nodes; provenance and relations are kinded edges."""
    graph = build_graph(read_ledger([minimal])).graph
    types = nx.get_node_attributes(graph, "type")
    assert sorted(types.values()).count("claim") == 2
    assert types["source:al-nems"] == "source" and types["document:art"] == "document"
    edges = {(u, v, k) for u, v, k in graph.edges(keys=True)}
    assert ("claim:cancelled", "source:al-nems", "said_by") in edges
    assert ("claim:cancelled", "source:anadolu", "via:0") in edges
    assert ("source:al-nems", "source:prcs", "part_of") in edges
    assert ("claim:open", "claim:cancelled", "contradicts") in edges
    assert graph.nodes["claim:cancelled"]["origin"] == "prcs"
    assert graph.edges["claim:open", "claim:cancelled", "contradicts"]["note"].startswith("open crossing")


def test_graph_order_is_deterministic(minimal):
    """Two builds of the same ledger list nodes and edges in the same order."""
    ledger = read_ledger([minimal])
    first, second = build_graph(ledger).graph, build_graph(ledger).graph
    assert list(first.nodes(data=True)) == list(second.nodes(data=True))
    assert list(first.edges(keys=True, data=True)) == list(second.edges(keys=True, data=True))


def test_graphml_export_reads_back(invoke, minimal, tmp_path):
    """The GraphML export loads in networkx with the same node and edge counts."""
    out = tmp_path / "g.graphml"
    result = invoke("export", minimal, "--format", "graphml", "-o", out)
    assert result.exit_code == 0, result.output
    graph = build_graph(read_ledger([minimal])).graph
    loaded = nx.read_graphml(out)
    assert (loaded.number_of_nodes(), loaded.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert loaded.nodes["claim:cancelled"]["quote"] == "the evacuation was cancelled"
