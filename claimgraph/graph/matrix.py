"""The source matrix: for each pair of sources, how often their claims agree and clash."""

from __future__ import annotations

from attrs import frozen

from claimgraph.graph.index import LedgerGraph, relation_edges

__all__ = ["LEVELS", "SourcePair", "source_matrix"]

#: Who a claim is counted for: its independent origin, or the speaker as named.
LEVELS = ("origin", "speaker")


@frozen
class SourcePair:
    """Two sources and how their claims relate.

    Attributes:
        a: the first source id (``a <= b``); ``a == b`` when a source's claims
            relate to each other (a source contradicting itself shows here).
        b: the second source id.
        agree: number of ``supports`` relations between their claims.
        clash: number of ``contradicts`` relations between their claims.
    """

    a: str
    b: str
    agree: int
    clash: int


def source_matrix(
    graph: LedgerGraph, level: str = "origin", *, include_candidates: bool = False
) -> tuple[SourcePair, ...]:
    """Count, for each pair of sources, the relations between their claims.

    Args:
        graph: from :func:`claimgraph.graph.build_graph`.
        level: ``origin`` counts each claim for the top of its speaker's
            ``part_of`` chain; ``speaker`` for the speaker as named.
        include_candidates: also count rule-found candidates nobody has confirmed.

    Returns:
        One record per pair that has at least one relation, sorted by (a, b).

    Raises:
        ValueError: ``level`` is not one of :data:`LEVELS`.
    """
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; choose one of {', '.join(LEVELS)}")
    field = "origin" if level == "origin" else "said_by"
    counts: dict[tuple[str, str], list[int]] = {}
    for edge in relation_edges(graph, include_candidates=include_candidates):
        ends: list[str | None] = []
        for claim in (edge.source, edge.target):
            data = graph.claim_data(claim) or {}
            ends.append(data.get(field, data.get("said_by")))
        a, b = ends
        if a is None or b is None:
            continue
        tally = counts.setdefault((a, b) if a <= b else (b, a), [0, 0])
        tally[edge.kind == "contradicts"] += 1
    return tuple(SourcePair(a=a, b=b, agree=agree, clash=clash) for (a, b), (agree, clash) in sorted(counts.items()))
