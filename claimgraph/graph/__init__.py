"""The ledger as a networkx graph, and the analyses over it (pure functions → plain records)."""

from claimgraph.graph.audit import Finding, audit
from claimgraph.graph.build import build_graph, claim_node, document_node, node_id, source_node
from claimgraph.graph.candidates import accept_candidates, find_candidates
from claimgraph.graph.corroboration import Backing, Corroboration, backing, corroborate, supporters
from claimgraph.graph.disputes import Dispute, Side, TimelineEntry, dispute_groups, find_disputes
from claimgraph.graph.matrix import SourcePair, source_matrix
from claimgraph.graph.relations import EdgeRef, claim_order, relation_edges
from claimgraph.graph.subledger import dispute_ledger, dispute_members, store_dispute_ledger, sub_ledger

__all__ = [
    "Backing",
    "Corroboration",
    "Dispute",
    "EdgeRef",
    "Finding",
    "Side",
    "SourcePair",
    "TimelineEntry",
    "accept_candidates",
    "audit",
    "backing",
    "build_graph",
    "claim_node",
    "claim_order",
    "corroborate",
    "dispute_groups",
    "dispute_ledger",
    "dispute_members",
    "document_node",
    "find_candidates",
    "find_disputes",
    "node_id",
    "relation_edges",
    "source_matrix",
    "source_node",
    "store_dispute_ledger",
    "sub_ledger",
    "supporters",
]
