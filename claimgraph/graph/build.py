"""The ledger as one networkx MultiDiGraph (claims, sources and documents as nodes), built through its public API."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

import networkx as nx
from attrs import evolve

from claimgraph._gc import paused_gc
from claimgraph.graph.figures import figure_index
from claimgraph.graph.index import RELATION_KINDS, LedgerGraph
from claimgraph.graph.nodes import claim_node, document_node, source_node
from claimgraph.model import Claim, Ledger, Period, Relation, to_fields
from claimgraph.model.values import Figure

__all__ = ["build_graph"]

_PROPOSITION_FIELDS = tuple(
    (f"proposition_{name}", name) for name in ("subject", "property", "value", "unit", "when", "where")
)


class _Plain(dict[Period | dt.date, str]):
    """Plain text of dates and periods, each worked out once per build (a ledger repeats them)."""

    def __missing__(self, value: Period | dt.date) -> str:
        text = self[value] = str(value)
        return text


def _claim_attributes(claim: Claim, origin: str, lang: str | None, plain: _Plain) -> dict[str, object]:
    # Same keys, in the same order, as every other entry: type, then the fields that
    # are set (None and empty lists are left out, so exports need no special case).
    data: dict[str, object] = {"type": "claim", "id": claim.id, "statement": claim.statement, "said_by": claim.said_by}
    if claim.via:
        data["via"] = claim.via
    if claim.document is not None:
        data["document"] = claim.document
    if claim.quote is not None:
        data["quote"] = claim.quote
    if lang is not None:  # the quote's language, the document's when the claim names none
        data["lang"] = lang
    if claim.translation is not None:
        translation = claim.translation
        data["translation_text"] = translation.text
        data["translation_lang"] = translation.lang
        if translation.translated_by is not None:
            data["translation_translated_by"] = translation.translated_by
    if claim.cue is not None:
        data["cue"] = claim.cue
    if claim.said_on is not None:
        data["said_on"] = plain[claim.said_on]
    if claim.topics:
        data["topics"] = claim.topics
    if claim.position is not None:
        data["position"] = claim.position
    if claim.disputing_via:
        data["disputing_via"] = claim.disputing_via
    data["origin"] = origin
    proposition = claim.proposition
    if proposition is not None:
        for key, name in _PROPOSITION_FIELDS:
            value = getattr(proposition, name)
            if value is not None and value != ():
                data[key] = plain[value] if isinstance(value, Period) else _scalar(value)
    if claim.propositions:
        # Several propositions travel whole, as JSON text in the dossier's spelling (lossless in GraphML/GEXF).
        data["propositions"] = json.dumps([to_fields(p) for p in claim.propositions], ensure_ascii=False)
    return data


def _scalar(value: object) -> object:
    return (value.written or str(value)) if isinstance(value, Figure) else value


def _plain_fields(**fields: object) -> dict[str, object]:
    return {
        k: (str(v) if isinstance(v, Period | dt.date) else v) for k, v in fields.items() if v is not None and v != ()
    }


def build_graph(ledger: Ledger) -> LedgerGraph:
    """Turn a ledger into a graph, with the lookups the analyses share.

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
    graph data: ``graph.graph["questions"]`` holds ``(id, text, claim ids, heads)`` tuples.

    Nodes and edges are added in ledger order, so the same ledger always gives
    the same graph, iteration order included.

    Args:
        ledger: a checked ledger (as :func:`claimgraph.io.read_ledger` returns).

    Returns:
        The :class:`LedgerGraph`: the networkx graph (``.graph``), the claim
        order and the relations.

    Example:
        >>> from claimgraph.model import Claim, Ledger, Source
        >>> ledger = Ledger(sources=[Source(id="un", name="UN")],
        ...                 claims=[Claim(id="c1", statement="Open.", said_by="un")])
        >>> built = build_graph(ledger)
        >>> sorted(built.graph.nodes), dict(built.claim_order)
        (['claim:c1', 'source:un'], {'c1': 0})
    """
    graph = nx.MultiDiGraph()
    # Analyst wording of disputes: graph-level data, (id, text, claim ids) in record order.
    graph.graph["questions"] = tuple((q.id, q.text, q.claims, q.heads) for q in ledger.questions)
    order: dict[str, int] = {}  # claim id → position; a repeated id keeps its first
    for claim in ledger.claims:
        order.setdefault(claim.id, len(order))
    with paused_gc():
        # All nodes, then all edges: the order networkx's views (and so every export) follow.
        graph.add_nodes_from(_nodes(ledger))
        # add_edge itself, not add_edges_from: that calls add_edge too, then looks
        # the new edge up again through three views to set its data (a fifth slower).
        add_edge = graph.add_edge
        for u, v, key, data in _edges(ledger):
            add_edge(u, v, key, **data)
    return LedgerGraph(
        graph=graph,
        claim_order=MappingProxyType(order),
        # Rejected candidates stay in the dossier (so no rule proposes them again) but shape nothing.
        relations=_relations_in_edge_order(
            (r for r in ledger.relations if r.kind in RELATION_KINDS and r.rejected is None), order
        ),
        figures=figure_index(ledger),
    )


def _nodes(ledger: Ledger) -> Iterator[tuple[str, dict[str, object]]]:
    for s in ledger.sources:
        yield (
            source_node(s.id),
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
    for d in ledger.documents:
        yield (
            document_node(d.id),
            {
                "type": "document",
                **_plain_fields(
                    id=d.id, title=d.title, lang=d.lang, publisher=d.publisher, published=d.published, url=d.url
                ),
            },
        )
    plain = _Plain()
    origin = ledger.origin
    language_of = ledger.language_of
    for c in ledger.claims:
        yield claim_node(c.id), _claim_attributes(c, origin(c.said_by), language_of(c), plain)


# Edge data, copied by networkx into each edge: one dict per kind serves them all.
_PART_OF = {"kind": "part_of"}
_PUBLISHED_BY = {"kind": "published_by"}
_SAID_BY = {"kind": "said_by"}
_APPEARS_IN = {"kind": "appears_in"}


def _edges(ledger: Ledger) -> Iterator[tuple[str, str, str, Mapping[str, object]]]:
    # One name string per source and document, shared by every edge to it.
    sources = {s.id: source_node(s.id) for s in ledger.sources}
    documents = {d.id: document_node(d.id) for d in ledger.documents}
    for s in ledger.sources:
        if s.part_of is not None:
            yield sources[s.id], sources.get(s.part_of) or source_node(s.part_of), "part_of", _PART_OF
    for d in ledger.documents:
        if d.publisher is not None:
            yield documents[d.id], sources.get(d.publisher) or source_node(d.publisher), "published_by", _PUBLISHED_BY
    via: list[tuple[str, Mapping[str, object]]] = []  # position → (edge key, edge data)
    for c in ledger.claims:
        node = claim_node(c.id)
        yield node, sources.get(c.said_by) or source_node(c.said_by), "said_by", _SAID_BY
        for position, relay in enumerate(c.via):
            if position == len(via):
                via.append((f"via:{position}", {"kind": "via", "position": position}))
            key, data = via[position]
            yield node, sources.get(relay) or source_node(relay), key, data
        if c.document is not None:
            yield node, documents.get(c.document) or document_node(c.document), "appears_in", _APPEARS_IN
    for r in ledger.relations:
        if r.rejected is not None:
            continue
        yield (
            claim_node(r.source),
            claim_node(r.target),
            r.kind,
            {"kind": r.kind, **_plain_fields(note=r.note, recorded_by=r.recorded_by, rule=r.rule)},
        )


def _relations_in_edge_order(relations: Iterable[Relation], order: Mapping[str, int]) -> tuple[Relation, ...]:
    """The relations as the graph holds them, in its edge order, without walking it.

    A graph keeps one edge per (from, to, kind): a repeated relation updates the
    first one's data, as ``add_edge`` does. A claim's out-edges come by target
    in the order each target was first linked, then by kind as first recorded;
    claims come in node order: the ledger's claims first, then claims the
    ledger does not hold (an unchecked ledger), in the order their nodes were
    made, which is the order relations first name them.
    """
    by_source: dict[str, dict[str, dict[str, Relation]]] = {}
    unknown: dict[str, int] = {}
    for relation in relations:
        for end in (relation.source, relation.target):
            if end not in order:
                unknown.setdefault(end, len(order) + len(unknown))
        kinds = by_source.setdefault(relation.source, {}).setdefault(relation.target, {})
        earlier = kinds.get(relation.kind)
        kinds[relation.kind] = relation if earlier is None else _merged(earlier, relation)
    position = {**unknown, **order}.__getitem__
    return tuple(
        relation
        for source in sorted(by_source, key=position)
        for kinds in by_source[source].values()
        for relation in kinds.values()
    )


def _merged(earlier: Relation, later: Relation) -> Relation:
    # The edge's data dict updated with the later relation's fields that are set.
    return evolve(
        earlier,
        **{name: value for name in ("note", "recorded_by", "rule") if (value := getattr(later, name)) is not None},
    )
