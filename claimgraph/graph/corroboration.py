"""Corroboration by independent origin: who stands behind a claim, counted once per origin.

An *origin* is the top of a speaker's ``part_of`` chain (a spokesman speaks for
his organisation). Relays (the ``via`` chain: news agencies, outlets) never add
an origin: five outlets relaying one PRCS statement are one origin, six voices.
Both numbers are kept, so a reader sees the difference.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from attrs import frozen

from claimgraph.graph.build import claim_node, node_id
from claimgraph.graph.relations import claim_order

__all__ = ["Backing", "Corroboration", "backing", "corroborate"]


@frozen
class Backing:
    """Who stands behind a set of claims.

    Attributes:
        speakers: ids of the sources that said the claims, sorted.
        relayed_by: ids of the sources that relayed them (``via``), sorted.
        origins: ids of the independent origins (top of each speaker's
            ``part_of`` chain), sorted. Relays never add an origin.
        relays: number of distinct sources, speakers and relays together, through
            which the claims reached the record ("voices").
    """

    speakers: tuple[str, ...]
    relayed_by: tuple[str, ...]
    origins: tuple[str, ...]
    relays: int


@frozen
class Corroboration:
    """The backing of one claim: the claim itself and the claims that directly support it.

    Attributes:
        claim: the claim's id.
        supporters: ids of the claims with an analyst ``supports`` relation *to*
            this claim, directly (not transitively), in ledger order.
        speakers: sorted ids of the speakers of the claim and its supporters.
        relayed_by: sorted ids of the sources that relayed any of them.
        origins: sorted ids of their independent origins.
        relays: number of distinct speaker and relay sources behind the claim.
    """

    claim: str
    supporters: tuple[str, ...]
    speakers: tuple[str, ...]
    relayed_by: tuple[str, ...]
    origins: tuple[str, ...]
    relays: int

    @property
    def origin_count(self) -> int:
        """How many independent origins stand behind the claim."""
        return len(self.origins)


def _is_relation(data: dict, kind: str, include_candidates: bool) -> bool:
    return data.get("kind") == kind and (include_candidates or data.get("rule") is None)


def backing(graph: nx.MultiDiGraph, claims: Iterable[str]) -> Backing:
    """Who stands behind a set of claims, counted by speaker, relay and origin.

    Args:
        graph: a graph from :func:`claimgraph.graph.build_graph`.
        claims: claim ids (unknown ids are ignored).

    Returns:
        The backing; ``origins`` counts each independent origin once however
        many speakers or relays carry it.
    """
    speakers: set[str] = set()
    relayed: set[str] = set()
    origins: set[str] = set()
    for claim_id in claims:
        data = graph.nodes.get(claim_node(claim_id))
        if data is None:
            continue
        speakers.add(data["said_by"])
        relayed.update(data.get("via", ()))
        origins.add(data.get("origin", data["said_by"]))
    return Backing(
        speakers=tuple(sorted(speakers)),
        relayed_by=tuple(sorted(relayed)),
        origins=tuple(sorted(origins)),
        relays=len(speakers | relayed),
    )


def corroborate(graph: nx.MultiDiGraph, *, include_candidates: bool = False
                ) -> dict[str, Corroboration]:
    """The corroboration of every claim in the graph.

    A claim is backed by itself and by the claims that directly support it
    (one ``supports`` step; chains are not followed, since "A makes B likely"
    and "B makes C likely" need not make C likely).

    Args:
        graph: a graph from :func:`claimgraph.graph.build_graph`.
        include_candidates: also count rule-found ``supports`` candidates that no
            analyst has confirmed (off by default).

    Returns:
        Claim id → :class:`Corroboration`, in ledger order.
    """
    order = claim_order(graph)
    result: dict[str, Corroboration] = {}
    for claim_id in order:
        node = claim_node(claim_id)
        supporters = tuple(sorted({
            node_id(source)
            for source, _target, edge in graph.in_edges(node, data=True)
            if _is_relation(edge, "supports", include_candidates)
        }, key=order.__getitem__))
        back = backing(graph, (claim_id, *supporters))
        result[claim_id] = Corroboration(
            claim=claim_id, supporters=supporters, speakers=back.speakers,
            relayed_by=back.relayed_by, origins=back.origins, relays=back.relays,
        )
    return result
