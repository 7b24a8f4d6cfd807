"""The ledger as one networkx MultiDiGraph: claims, sources and documents as nodes."""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

import networkx as nx

from claimgraph._gc import paused_gc
from claimgraph.graph.index import CLAIM_ORDER, RELATION_SOURCES, remember
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


_PROPOSITION_FIELDS = tuple(
    (f"proposition_{name}", name) for name in ("subject", "property", "value", "unit", "when", "where")
)


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
    return {
        k: (str(v) if isinstance(v, Period | dt.date) else v) for k, v in fields.items() if v is not None and v != ()
    }


class _Adjacency:
    """Writes nodes and keyed edges straight into a new graph's adjacency dicts.

    ``add_node`` / ``add_edge`` make several Python calls per edge (and build
    views); at a million claims that was most of the build. The dict-of-dicts
    layout (``_node``, ``_succ``, ``_pred``, one key dict shared by both
    directions) is networkx's documented representation; the result is the graph
    the ``add_*`` calls would give, in the same order. Only for a new graph: it
    leaves networkx's cache of derived views alone, and a new graph has none.

    The big dicts (one entry per node) are the slow part at scale: each lookup in
    them is a likely cache miss. So a claim is written in one go: its node, then
    its edges through its own new successor dict and the predecessor dicts of its
    sources and documents, kept at hand in ``targets`` (ten times fewer entries
    than the big dicts, and the busiest speakers' stay in cache).
    """

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.node_data, self.succ, self.pred = graph._node, graph._succ, graph._pred
        #: node name → that node's predecessor dict, for the sources and documents.
        self.targets: dict[str, dict] = {}
        #: nodes named by an edge but never recorded, in the order add_edge would create them.
        self.dangling: dict[str, dict] = {}

    def node(self, node: str, data: dict) -> tuple[dict, dict]:
        """Add (or, for a repeated id, update) a node; its successor and predecessor dicts."""
        existing = self.node_data.get(node)
        if existing is not None:
            existing.update(data)
            return self.succ[node], self.pred[node]
        self.node_data[node], succ, pred = data, {}, {}
        self.succ[node] = succ
        self.pred[node] = pred
        return succ, pred

    def target(self, node: str) -> dict:
        """The predecessor dict of a source or document node, made (dangling) when unknown."""
        pred = self.targets.get(node)
        if pred is None:
            # Not recorded: add_edge would make a bare node here; it goes in after the
            # claims (see flush_dangling), where the add_* calls would have put it.
            pred = self.targets[node] = self.dangling[node] = {}
        return pred

    def flush_dangling(self) -> None:
        """Add the bare nodes that edges named but no entry recorded."""
        for node, pred in self.dangling.items():
            self.node_data[node], self.succ[node], self.pred[node] = {}, {}, pred
        self.dangling.clear()

    @staticmethod
    def edge(succ: dict, pred: dict, u: str, v: str, key: str, data: dict) -> None:
        """Edge u→v with its key, given u's successor dict and v's predecessor dict."""
        keys = succ.get(v)
        if keys is None:
            succ[v] = pred[u] = {key: data}
        elif key in keys:
            keys[key].update(data)
        else:
            keys[key] = data

    def any_edge(self, u: str, v: str, key: str, data: dict) -> None:
        """Edge between any two nodes, bare nodes made for unknown ends (as add_edge does)."""
        for node in (u, v):
            if node not in self.node_data:
                self.node_data[node], self.succ[node], self.pred[node] = {}, {}, {}
        self.edge(self.succ[u], self.pred[v], u, v, key, data)


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
    with paused_gc():
        _write(graph, ledger)
    return graph


def _write(graph: nx.MultiDiGraph, ledger: Ledger) -> None:
    # The order is the one of add_node for every entry (sources, documents, claims),
    # then add_edge for every edge (part_of, published_by, each claim's edges, relations).
    adjacency = _Adjacency(graph)
    targets = adjacency.targets
    sources: dict[str, str] = {}  # id → node name, one string shared by every edge to it
    for s in ledger.sources:
        node = sources[s.id] = source_node(s.id)
        _succ, targets[node] = adjacency.node(
            node,
            {
                "type": "source",
                **_plain_fields(
                    id=s.id,
                    name=s.name,
                    kind=s.kind,
                    role=s.role,
                    aliases=s.aliases,
                    unnamed=s.unnamed,
                    origin=ledger.origin(s.id),
                ),
            },
        )
    documents: dict[str, str] = {}
    for d in ledger.documents:
        node = documents[d.id] = document_node(d.id)
        _succ, targets[node] = adjacency.node(
            node,
            {
                "type": "document",
                **_plain_fields(id=d.id, title=d.title, publisher=d.publisher, published=d.published, url=d.url),
            },
        )
    edge, target, succ = adjacency.edge, adjacency.target, adjacency.succ
    for s in ledger.sources:
        if s.part_of is not None:
            u, v = sources[s.id], sources.get(s.part_of) or source_node(s.part_of)
            edge(succ[u], target(v), u, v, "part_of", {"kind": "part_of"})
    for d in ledger.documents:
        if d.publisher is not None:
            u, v = documents[d.id], sources.get(d.publisher) or source_node(d.publisher)
            edge(succ[u], target(v), u, v, "published_by", {"kind": "published_by"})
    plain = _Plain()
    origin = ledger.origin
    order: dict[str, int] = {}  # claim id → position, for the analyses (see graph.index)
    via_keys = [f"via:{position}" for position in range(8)]
    for c in ledger.claims:
        u = claim_node(c.id)
        order.setdefault(c.id, len(order))
        out, _pred = adjacency.node(u, _claim_attributes(c, origin(c.said_by), plain))
        v = sources.get(c.said_by) or source_node(c.said_by)
        edge(out, target(v), u, v, "said_by", {"kind": "said_by"})
        for position, relay in enumerate(c.via):
            if position == len(via_keys):
                via_keys.append(f"via:{position}")
            v = sources.get(relay) or source_node(relay)
            edge(out, target(v), u, v, via_keys[position], {"kind": "via", "position": position})
        if c.document is not None:
            v = documents.get(c.document) or document_node(c.document)
            edge(out, target(v), u, v, "appears_in", {"kind": "appears_in"})
    adjacency.flush_dangling()
    remember(graph, CLAIM_ORDER, MappingProxyType(order))
    relation_sources: dict[str, None] = {}
    for r in ledger.relations:
        u = claim_node(r.source)
        adjacency.any_edge(
            u,
            claim_node(r.target),
            r.kind,
            {"kind": r.kind, **_plain_fields(note=r.note, recorded_by=r.recorded_by, rule=r.rule)},
        )
        relation_sources[r.source] = None
    # In node order, as a walk over the graph would meet them; a relation from an
    # unknown claim (an unchecked ledger) has no place in that order: let the
    # analyses walk the graph then.
    if all(source in order for source in relation_sources):
        remember(
            graph,
            RELATION_SOURCES,
            tuple(claim_node(source) for source in sorted(relation_sources, key=order.__getitem__)),
        )
