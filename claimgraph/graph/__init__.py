"""The ledger as a networkx graph, and the analyses over it (pure functions → plain records)."""

from claimgraph.graph.build import build_graph, claim_node, document_node, node_id, source_node

__all__ = ["build_graph", "claim_node", "document_node", "node_id", "source_node"]
