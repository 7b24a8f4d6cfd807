"""The ledger as one networkx MultiDiGraph: claims, sources and documents as nodes."""

from __future__ import annotations

import datetime as dt

import networkx as nx

from claimgraph.model import Ledger, Period, Proposition

__all__ = ["build_graph", "claim_node", "document_node", "node_id", "source_node"]


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


def _plain(**fields: object) -> dict:
    # Node attributes hold plain values only; None is left out so exports need no special case.
    return {k: (str(v) if isinstance(v, Period | dt.date) else v)
            for k, v in fields.items() if v is not None and v != ()}


def _proposition(proposition: Proposition | None) -> dict:
    if proposition is None:
        return {}
    return _plain(**{f"proposition_{name}": getattr(proposition, name)
                     for name in ("subject", "property", "value", "unit", "when", "where")})


def build_graph(ledger: Ledger) -> nx.MultiDiGraph:
    """Turn a ledger into a graph.

    Nodes are ``source:ID``, ``document:ID`` and ``claim:ID``, each with a
    ``type`` attribute and the entry's plain fields (dates as ISO text, lists as
    tuples; a claim's proposition flattened into ``proposition_subject``,
    ``proposition_property``, ``proposition_value`` ...). Edges carry a
    ``kind``: ``part_of`` (source→source), ``said_by`` and
    ``via`` (claim→source; ``via`` with its ``position``, 0 nearest the speaker),
    ``appears_in`` (claim→document), ``published_by`` (document→source), and
    ``supports`` / ``contradicts`` (claim→claim, with ``note``, ``recorded_by``
    and, for rule-found candidates, ``rule``). Edge keys are the kinds, so a
    pair has at most one edge of each kind. The ledger's questions are kept as
    graph data: ``graph.graph["questions"]`` holds ``(id, text, claim ids)`` tuples.

    Nodes and edges are added in ledger order, so the same ledger always gives
    the same graph, iteration order included.

    Args:
        ledger: a checked ledger (as :func:`claimgraph.io.read_ledger` returns).

    Returns:
        The graph.
    """
    graph = nx.MultiDiGraph()
    # Analyst wording of disputes: graph-level data, (id, text, claim ids) in record order.
    graph.graph["questions"] = tuple((q.id, q.text, q.claims) for q in ledger.questions)
    for s in ledger.sources:
        graph.add_node(source_node(s.id), type="source", **_plain(
            id=s.id, name=s.name, kind=s.kind, role=s.role, aliases=s.aliases,
            unnamed=s.unnamed, origin=ledger.origin(s.id)))
    for d in ledger.documents:
        graph.add_node(document_node(d.id), type="document", **_plain(
            id=d.id, title=d.title, publisher=d.publisher, published=d.published, url=d.url))
    for c in ledger.claims:
        graph.add_node(claim_node(c.id), type="claim", **_plain(
            id=c.id, statement=c.statement, said_by=c.said_by, via=c.via, document=c.document,
            quote=c.quote, cue=c.cue, said_on=c.said_on, topics=c.topics,
            origin=ledger.origin(c.said_by)), **_proposition(c.proposition))
    for s in ledger.sources:
        if s.part_of is not None:
            graph.add_edge(source_node(s.id), source_node(s.part_of), key="part_of", kind="part_of")
    for d in ledger.documents:
        if d.publisher is not None:
            graph.add_edge(document_node(d.id), source_node(d.publisher), key="published_by",
                           kind="published_by")
    for c in ledger.claims:
        node = claim_node(c.id)
        graph.add_edge(node, source_node(c.said_by), key="said_by", kind="said_by")
        for position, relay in enumerate(c.via):
            graph.add_edge(node, source_node(relay), key=f"via:{position}", kind="via", position=position)
        if c.document is not None:
            graph.add_edge(node, document_node(c.document), key="appears_in", kind="appears_in")
    for r in ledger.relations:
        graph.add_edge(claim_node(r.source), claim_node(r.target), key=r.kind, kind=r.kind,
                       **_plain(note=r.note, recorded_by=r.recorded_by, rule=r.rule))
    return graph
