"""The ledger as a networkx graph, and the analyses over it (pure functions → plain records)."""

from claimgraph.graph.audit import Finding, audit
from claimgraph.graph.build import build_graph
from claimgraph.graph.candidates import accept_candidates, find_candidates
from claimgraph.graph.corroboration import Backing, Corroboration, backing, corroborate, supporters
from claimgraph.graph.disputes import Dispute, Side, TimelineEntry, dispute_groups, find_disputes
from claimgraph.graph.index import LedgerGraph, index_graph, relation_edges
from claimgraph.graph.matrix import SourcePair, source_matrix
from claimgraph.graph.subledger import dispute_ledger, dispute_members, store_dispute_ledger, sub_ledger

__all__ = [
    "Backing",
    "Corroboration",
    "Dispute",
    "Finding",
    "LedgerGraph",
    "Side",
    "SourcePair",
    "TimelineEntry",
    "accept_candidates",
    "audit",
    "backing",
    "build_graph",
    "corroborate",
    "dispute_groups",
    "dispute_ledger",
    "dispute_members",
    "find_candidates",
    "find_disputes",
    "index_graph",
    "relation_edges",
    "source_matrix",
    "store_dispute_ledger",
    "sub_ledger",
    "supporters",
]
