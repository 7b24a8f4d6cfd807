"""The ledger as one networkx MultiDiGraph: claims, sources and documents as nodes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

import networkx as nx

from claimgraph._gc import paused_gc
from claimgraph.model import Claim, Ledger, Period

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


_PROPOSITION_FIELDS = tuple((f"proposition_{name}", name)
                            for name in ("subject", "property", "value", "unit", "when", "where"))


class _Plain(dict):
    """Plain text of dates and periods, each worked out once per build (a ledger repeats them)."""

    def __missing__(self, value: Period | dt.date) -> str:
        text = self[value] = str(value)
        return text


def _claim_attributes(claim: Claim, origin: str, plain: _Plain) -> dict:
    # Same keys, in the same order, as every other entry: type, then the fields that
    # are set (None and empty lists are left out, so exports need no special case).
    data = {"type": "claim", "id": claim.id, "statement": claim.statement, "said_by": claim.said_by}
    if claim.via:
        data["via"] = claim.via
    if claim.document is not None:
        data["document"] = claim.document
    if claim.quote is not None:
        data["quote"] = claim.quote
    if claim.cue is not None:
        data["cue"] = claim.cue
    if claim.said_on is not None:
        data["said_on"] = plain[claim.said_on]
    if claim.topics:
        data["topics"] = claim.topics
    data["origin"] = origin
    proposition = claim.proposition
    if proposition is not None:
        for key, name in _PROPOSITION_FIELDS:
            value = getattr(proposition, name)
            if value is not None and value != ():
                data[key] = plain[value] if isinstance(value, Period) else value
    return data


def _plain_fields(**fields: object) -> dict:
    return {k: (str(v) if isinstance(v, Period | dt.date) else v)
            for k, v in fields.items() if v is not None and v != ()}


def _fill(graph: nx.MultiDiGraph, nodes: Iterable[tuple[str, dict]],
          edges: Iterable[tuple[str, str, str, dict]]) -> None:
    """Add nodes and keyed edges straight into networkx's adjacency dicts.

    ``add_edges_from`` makes several Python calls per edge (and builds views);
    at a million claims that is most of the build. The dict-of-dicts layout
    (``_node``, ``_succ``, ``_pred``, one key dict shared by both directions) is
    networkx's documented representation; the result is the graph ``add_node`` /
    ``add_edge`` calls would give, in the same order. Only for a new graph: it
    leaves networkx's cache of derived views alone, and a new graph has none.
    """
    node_data, succ, pred = graph._node, graph._succ, graph._pred
    for node, data in nodes:
        if node in node_data:
            node_data[node].update(data)
        else:
            node_data[node], succ[node], pred[node] = data, {}, {}
    for u, v, key, data in edges:
        if u not in node_data:  # a dangling reference still gets its (bare) node, as add_edge does
            node_data[u], succ[u], pred[u] = {}, {}, {}
        if v not in node_data:
            node_data[v], succ[v], pred[v] = {}, {}, {}
        keys = succ[u].get(v)
        if keys is None:
            succ[u][v] = pred[v][u] = {key: data}
        elif key in keys:
            keys[key].update(data)
        else:
            keys[key] = data


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
    # One node name per source and document, shared by all the edges that point at it.
    sources = {s.id: source_node(s.id) for s in ledger.sources}
    documents = {d.id: document_node(d.id) for d in ledger.documents}
    with paused_gc():
        _fill(graph, _nodes(ledger, sources, documents), _edges(ledger, sources, documents))
    return graph


def _nodes(ledger: Ledger, sources: dict[str, str], documents: dict[str, str]
           ) -> Iterator[tuple[str, dict]]:
    for s in ledger.sources:
        yield sources[s.id], {"type": "source", **_plain_fields(
            id=s.id, name=s.name, kind=s.kind, role=s.role, aliases=s.aliases,
            unnamed=s.unnamed, origin=ledger.origin(s.id))}
    for d in ledger.documents:
        yield documents[d.id], {"type": "document", **_plain_fields(
            id=d.id, title=d.title, publisher=d.publisher, published=d.published, url=d.url)}
    plain = _Plain()
    origin = ledger.origin
    for c in ledger.claims:
        yield claim_node(c.id), _claim_attributes(c, origin(c.said_by), plain)


def _edges(ledger: Ledger, sources: dict[str, str], documents: dict[str, str]
           ) -> Iterator[tuple[str, str, str, dict]]:
    for s in ledger.sources:
        if s.part_of is not None:
            yield sources[s.id], sources.get(s.part_of) or source_node(s.part_of), "part_of", {"kind": "part_of"}
    for d in ledger.documents:
        if d.publisher is not None:
            yield (documents[d.id], sources.get(d.publisher) or source_node(d.publisher), "published_by",
                   {"kind": "published_by"})
    via_keys = [f"via:{position}" for position in range(8)]
    for c in ledger.claims:
        node = claim_node(c.id)
        yield node, sources.get(c.said_by) or source_node(c.said_by), "said_by", {"kind": "said_by"}
        for position, relay in enumerate(c.via):
            if position == len(via_keys):
                via_keys.append(f"via:{position}")
            yield (node, sources.get(relay) or source_node(relay), via_keys[position],
                   {"kind": "via", "position": position})
        if c.document is not None:
            yield node, documents.get(c.document) or document_node(c.document), "appears_in", {"kind": "appears_in"}
    for r in ledger.relations:
        yield claim_node(r.source), claim_node(r.target), r.kind, {"kind": r.kind, **_plain_fields(
            note=r.note, recorded_by=r.recorded_by, rule=r.rule)}
