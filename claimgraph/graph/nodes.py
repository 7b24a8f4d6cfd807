"""How graph nodes are named: the entry's type, a colon, its ledger id.

A claim and a source may share an id, so every node name carries its type
(``claim:x``, ``source:x``, ``document:x``).
"""

from __future__ import annotations

__all__ = ["claim_node", "document_node", "node_id", "source_node"]


def claim_node(claim_id: str) -> str:
    """The graph node of a claim."""
    return f"claim:{claim_id}"


def source_node(source_id: str) -> str:
    """The graph node of a source."""
    return f"source:{source_id}"


def document_node(document_id: str) -> str:
    """The graph node of a document."""
    return f"document:{document_id}"


def node_id(node: str) -> str:
    """The ledger id behind a graph node (``claim:x`` → ``x``)."""
    return node.partition(":")[2]
