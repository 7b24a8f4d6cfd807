"""Corroboration by independent origin: who stands behind a claim, counted once per origin.

An *origin* is the top of a speaker's ``part_of`` chain (a spokesman speaks for
his organisation). Relays (the ``via`` chain: news agencies, outlets) never add
an origin: five outlets relaying one PRCS statement are one origin, six voices.
Both numbers are kept, so a reader sees the difference.

A relay that carries a claim in order to dispute it is no voice for it: when
the relay's own origin says, elsewhere in the ledger, a claim that contradicts
the relayed one (an NGO report quoting the ministry's figure to refute it), or
when the dossier lists the relay in the claim's ``disputing_via``. Such relays
are kept apart in ``Backing.disputing``, so a reader sees why they do not count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from attrs import frozen

from claimgraph.graph.index import LedgerGraph, relation_edges
from claimgraph.graph.nodes import claim_node, source_node

__all__ = ["Backing", "Corroboration", "backing", "contradicting_origins", "corroborate", "supporters"]


@frozen
class Backing:
    """Who stands behind a set of claims: the sources that carried them and their origins.

    Attributes:
        speakers: ids of the sources that said the claims, sorted.
        relayed_by: ids of the sources that relayed them (``via``), sorted.
        origins: ids of the independent origins (top of each speaker's
            ``part_of`` chain), sorted. Relays never add an origin.
        voices: ids of every distinct source, speaker or relay, through which
            the claims reached the record, sorted.
        disputing: ids of the relays not counted as voices, because they relay
            the claims only in order to dispute them, sorted.
    """

    speakers: tuple[str, ...]
    relayed_by: tuple[str, ...]
    origins: tuple[str, ...]
    voices: tuple[str, ...]
    disputing: tuple[str, ...] = ()

    @property
    def origin_count(self) -> int:
        """How many independent origins stand behind the claims."""
        return len(self.origins)

    @property
    def voice_count(self) -> int:
        """How many distinct sources, relays counted, carried the claims."""
        return len(self.voices)


@frozen
class Corroboration:
    """The backing of one claim: the claim itself and the claims that directly support it.

    Attributes:
        claim: the claim's id.
        supporters: ids of the claims with an analyst ``supports`` relation *to*
            this claim, directly (not transitively), in ledger order.
        backing: who stands behind the claim and its supporters together.
    """

    claim: str
    supporters: tuple[str, ...]
    backing: Backing


def contradicting_origins(graph: LedgerGraph, *, include_candidates: bool = False) -> dict[str, frozenset[str]]:
    """For each contradicted claim, the origins of the claims that contradict it.

    Args:
        graph: from :func:`claimgraph.graph.build_graph`.
        include_candidates: also count rule-found ``contradicts`` candidates.

    Returns:
        Claim id → origins of the claims with a ``contradicts`` relation to it
        (either way round); only claims that have any.
    """
    nodes = graph.node_table
    found: dict[str, set[str]] = {}
    for edge in relation_edges(graph, include_candidates=include_candidates):
        if edge.kind != "contradicts":
            continue
        for claim, other in ((edge.source, edge.target), (edge.target, edge.source)):
            data = nodes.get(claim_node(other))
            if data is not None and "said_by" in data:
                found.setdefault(claim, set()).add(data.get("origin", data["said_by"]))
    return {claim: frozenset(origins) for claim, origins in found.items()}


def backing(
    graph: LedgerGraph,
    claims: Iterable[str],
    *,
    against: Mapping[str, frozenset[str]] | None = None,
    claim_data: Mapping[str, Mapping[str, Any]] | None = None,
) -> Backing:
    """Who stands behind a set of claims, counted by speaker, relay and origin.

    Args:
        graph: from :func:`claimgraph.graph.build_graph`.
        claims: claim ids (unknown ids are ignored).
        against: :func:`contradicting_origins` of the graph, when the caller has
            it; worked out here when left out.
        claim_data: claim id → its node's attributes, for (at least) these claims,
            when the caller has already looked them up; else read from the graph.

    Returns:
        The backing; ``origins`` counts each independent origin once however
        many speakers or relays carry it. A relay that carries a claim only to
        dispute it is in ``disputing``, not in ``relayed_by`` or ``voices``.
    """
    speakers: set[str] = set()
    relayed: set[str] = set()
    disputing: set[str] = set()
    origins: set[str] = set()
    nodes = graph.node_table
    for claim_id in claims:
        data = claim_data[claim_id] if claim_data is not None else nodes.get(claim_node(claim_id))
        if data is None or "said_by" not in data:
            continue
        speakers.add(data["said_by"])
        origins.add(data.get("origin", data["said_by"]))
        via = data.get("via", ())
        if not via:
            continue
        if against is None:
            against = contradicting_origins(graph)
        marked = data.get("disputing_via", ())
        opposed = against.get(claim_id, frozenset())
        if not (marked or opposed):  # every relay carries it plainly: no relay's origin to look up
            relayed.update(via)
            continue
        for relay in via:
            relay_data = nodes.get(source_node(relay), {})
            if relay in marked or relay_data.get("origin", relay) in opposed:
                disputing.add(relay)
            else:
                relayed.add(relay)
    # A relay that also carries one of the claims plainly is a voice for them.
    disputing -= relayed
    return Backing(
        speakers=tuple(sorted(speakers)),
        relayed_by=tuple(sorted(relayed)),
        origins=tuple(sorted(origins)),
        voices=tuple(sorted(speakers | relayed)),
        disputing=tuple(sorted(disputing)),
    )


def supporters(graph: LedgerGraph, *, include_candidates: bool = False) -> dict[str, tuple[str, ...]]:
    """The claims that directly support each supported claim.

    Args:
        graph: from :func:`claimgraph.graph.build_graph`.
        include_candidates: also count rule-found ``supports`` candidates.

    Returns:
        Claim id → ids of the claims with a ``supports`` relation to it, in ledger
        order (ids the ledger does not know last); only claims that have any.
    """
    order = graph.claim_order
    found: dict[str, set[str]] = {}
    for edge in relation_edges(graph, include_candidates=include_candidates):
        if edge.kind == "supports":
            found.setdefault(edge.target, set()).add(edge.source)
    unknown = len(order)
    return {claim: tuple(sorted(sources, key=lambda s: (order.get(s, unknown), s))) for claim, sources in found.items()}


def corroborate(graph: LedgerGraph, *, include_candidates: bool = False) -> dict[str, Corroboration]:
    """The corroboration of every claim in the graph.

    A claim is backed by itself and by the claims that directly support it
    (one ``supports`` step; chains are not followed, since "A makes B likely"
    and "B makes C likely" need not make C likely).

    Args:
        graph: from :func:`claimgraph.graph.build_graph`.
        include_candidates: also count rule-found ``supports`` candidates that no
            analyst has confirmed (off by default).

    Returns:
        Claim id → :class:`Corroboration`, in ledger order.
    """
    supported = supporters(graph, include_candidates=include_candidates)
    against = contradicting_origins(graph, include_candidates=include_candidates)
    result: dict[str, Corroboration] = {}
    for claim_id in graph.claim_order:
        backers = supported.get(claim_id, ())
        result[claim_id] = Corroboration(
            claim=claim_id, supporters=backers, backing=backing(graph, (claim_id, *backers), against=against)
        )
    return result
