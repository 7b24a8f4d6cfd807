"""Disputes: groups of clashing claims, split into sides, with their timeline.

A dispute is a connected group of claims joined by ``contradicts`` edges, plus
every claim that supports one of them (following ``supports`` chains
backwards). A claim that supports claims of two such groups joins them into one
dispute, so that every claim is in at most one. Claims that a disputed claim
supports, but that support nothing disputed, stay out.

Each dispute is split into sides as a signed graph: ``supports`` keeps two claims
on one side, ``contradicts`` puts them on opposite sides. When no split satisfies
every edge (an odd cycle of contradictions, say), the edges that break the split
are reported in ``frustrated``; nothing is forced silently.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Mapping

import networkx as nx
from attrs import frozen

from claimgraph.graph.build import claim_node, document_node
from claimgraph.graph.corroboration import backing
from claimgraph.graph.relations import EdgeRef, claim_order, relation_edges

__all__ = ["Dispute", "EdgeRef", "Side", "TimelineEntry", "dispute_groups", "find_disputes"]

_LABELS = ("A", "B")


@frozen
class Side:
    """The claims of a dispute that stand together, and who stands behind them.

    Attributes:
        label: ``A`` (the side of the dispute's first claim in ledger order) or ``B``.
        claims: claim ids, in ledger order.
        speakers: sorted ids of the sources that said them.
        relayed_by: sorted ids of the sources that relayed them.
        origins: sorted ids of their independent origins (top of each
            speaker's ``part_of`` chain); relays never add one.
        relays: number of distinct speaker and relay sources behind the side.
    """

    label: str
    claims: tuple[str, ...]
    speakers: tuple[str, ...]
    relayed_by: tuple[str, ...]
    origins: tuple[str, ...]
    relays: int

    @property
    def origin_count(self) -> int:
        """How many independent origins stand behind the side."""
        return len(self.origins)


@frozen
class TimelineEntry:
    """One claim of a dispute on its timeline.

    Attributes:
        claim: the claim's id.
        said_on: when it was said, as ISO text (a day or ``start/end``), or None.
        document: id of the document it appears in, or None.
        published: that document's publication date (ISO), or None.
    """

    claim: str
    said_on: str | None
    document: str | None
    published: str | None


@frozen
class Dispute:
    """A group of clashing claims, split into sides.

    Attributes:
        id: the id of the analyst's question that names any of its claims, else
            ``dispute-<first claim id in ledger order>``.
        question: what the dispute is about, for a reader: the analyst's
            question, else derived from the claims' shared proposition or topics.
        claims: claim ids in ledger order.
        sides: the sides (two for any dispute; only non-empty sides are kept).
        balanced: True when every edge agrees with the split into sides.
        frustrated: the edges that break the split (a ``supports`` across sides or
            a ``contradicts`` within one); empty when balanced.
        relations: every ``supports`` / ``contradicts`` edge between its claims.
        timeline: its claims by ``said_on`` (then ledger order), undated last.
    """

    id: str
    question: str
    claims: tuple[str, ...]
    sides: tuple[Side, ...]
    balanced: bool
    frustrated: tuple[EdgeRef, ...]
    relations: tuple[EdgeRef, ...]
    timeline: tuple[TimelineEntry, ...]

    def side_of(self, claim_id: str) -> Side | None:
        """The side a claim is on, or None when it is not in the dispute."""
        return next((side for side in self.sides if claim_id in side.claims), None)


class _Groups:
    """Union-find over claim ids; each group is named by its earliest claim."""

    def __init__(self, order: dict[str, int]) -> None:
        self._order = order
        self._parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        root = item
        while (parent := self._parent.setdefault(root, root)) != root:
            root = parent
        while item != root:  # path compression keeps later finds short
            self._parent[item], item = root, self._parent[item]
        return root

    def union(self, first: str, second: str) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            keep, drop = (a, b) if self._order[a] <= self._order[b] else (b, a)
            self._parent[drop] = keep

    def members(self) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {}
        for item in sorted(self._parent, key=self._order.__getitem__):
            groups.setdefault(self.find(item), []).append(item)
        return groups


def _group_claims(edges: list[EdgeRef], order: Mapping[str, int]) -> list[list[str]]:
    groups = _Groups(order)
    for edge in edges:
        if edge.kind == "contradicts":
            groups.union(edge.source, edge.target)
    in_dispute = {claim for members in groups.members().values() for claim in members}
    supporters_of: dict[str, list[str]] = {}
    for edge in edges:
        if edge.kind == "supports":
            supporters_of.setdefault(edge.target, []).append(edge.source)
    # Walk supports chains backwards from every disputed claim; a supporter joins
    # (and, when it supports two disputes, merges) the groups it leads into.
    queue = deque(sorted(in_dispute, key=order.__getitem__))
    seen = set(in_dispute)
    while queue:
        claim = queue.popleft()
        for supporter in supporters_of.get(claim, ()):
            groups.union(supporter, claim)
            if supporter not in seen:
                seen.add(supporter)
                queue.append(supporter)
    return sorted(groups.members().values(), key=lambda members: order[members[0]])


def _frustrated(edge: EdgeRef, colour: dict[str, int]) -> bool:
    same = colour[edge.source] == colour[edge.target]
    return same if edge.kind == "contradicts" else not same


def _two_colour(claims: list[str], edges: list[EdgeRef]) -> dict[str, int]:
    neighbours: dict[str, list[tuple[str, int]]] = {claim: [] for claim in claims}
    for edge in edges:
        sign = 1 if edge.kind == "contradicts" else 0
        neighbours[edge.source].append((edge.target, sign))
        neighbours[edge.target].append((edge.source, sign))
    # Breadth-first from the first claim in ledger order: a spanning tree fixes the colours.
    colour = {claims[0]: 0}
    queue = deque([claims[0]])
    while queue:
        claim = queue.popleft()
        for other, sign in neighbours[claim]:
            if other not in colour:
                colour[other] = colour[claim] ^ sign
                queue.append(other)
    # Then greedy single-claim flips while one strictly lowers the number of broken
    # edges (finding the true minimum is NP-hard; this is a deterministic local optimum).
    improved = True
    while improved:
        improved = False
        for claim in claims:
            broken = sum((colour[claim] ^ colour[o]) != s for o, s in neighbours[claim])
            if broken * 2 > len(neighbours[claim]):
                colour[claim] ^= 1
                improved = True
    if colour[claims[0]] != 0:
        colour = {claim: value ^ 1 for claim, value in colour.items()}
    return colour


def _side(graph: nx.MultiDiGraph, label: str, claims: list[str]) -> Side:
    back = backing(graph, claims)
    return Side(
        label=label,
        claims=tuple(claims),
        speakers=back.speakers,
        relayed_by=back.relayed_by,
        origins=back.origins,
        relays=back.relays,
    )


def _timeline(graph: nx.MultiDiGraph, claims: list[str]) -> tuple[TimelineEntry, ...]:
    entries = []
    nodes = graph._node  # the node dicts themselves: no view per lookup
    for position, claim in enumerate(claims):
        data = nodes[claim_node(claim)]
        document = data.get("document")
        published = None
        if document is not None:
            published = nodes.get(document_node(document), {}).get("published")
        said_on = data.get("said_on")
        # ISO text sorts as dates do; a "start/end" interval sorts by its start first.
        entries.append(
            (
                (said_on is None, said_on or "", position),
                TimelineEntry(claim=claim, said_on=said_on, document=document, published=published),
            )
        )
    return tuple(entry for _key, entry in sorted(entries, key=lambda pair: pair[0]))


def _derived_question(graph: nx.MultiDiGraph, claims: list[str], colour: dict[str, int]) -> str:
    nodes = [graph._node[claim_node(c)] for c in claims]
    keys = Counter((n["proposition_subject"], n["proposition_property"]) for n in nodes if "proposition_subject" in n)
    shared_keys = [(key, count) for key, count in keys.items() if count > 1]
    if shared_keys:
        # The key most claims share; ties go to the key met first in ledger order.
        (subject, prop), _count = max(shared_keys, key=lambda item: item[1])
        values: dict[object, None] = {}
        for _claim, node in sorted(zip(claims, nodes, strict=True), key=lambda p: colour[p[0]]):
            if (node.get("proposition_subject"), node.get("proposition_property")) == (subject, prop):
                values.setdefault(_value_text(node), None)
        return f"{subject} {prop}: {' or '.join(str(v) for v in values)}?"
    topics = Counter(topic for n in nodes for topic in dict.fromkeys(n.get("topics", ())))
    shared = [topic for topic, count in topics.most_common() if count > 1]
    if shared:
        return f"What is true about {', '.join(shared[:3])}?"
    # Last resort: the first claim of each side, set against each other.
    firsts = {}
    for claim, node in zip(claims, nodes, strict=True):
        firsts.setdefault(colour[claim], node["statement"].rstrip(". "))
    return " — or — ".join(f"“{firsts[value]}”" for value in sorted(firsts)) + "?"


def _value_text(node: dict) -> str:
    value = node["proposition_value"]
    text = str(value).lower() if isinstance(value, bool) else str(value)
    unit = node.get("proposition_unit")
    return f"{text} {unit}" if unit else text


def dispute_groups(
    edges: Iterable[EdgeRef], order: Mapping[str, int], questions: Iterable[tuple[str, str, tuple[str, ...]]] = ()
) -> list[tuple[tuple[str, str, tuple[str, ...]] | None, list[str]]]:
    """Which claims form each dispute, and which analyst question names it: no graph needed.

    This is the grouping :func:`find_disputes` uses; it needs only the relations
    and the ledger order, so one dispute can be found (and only its claims read)
    without building the whole graph.

    Args:
        edges: the ``supports`` / ``contradicts`` relations to follow (both ends in ``order``).
        order: claim id → position in the ledger, for every claim the edges name.
        questions: ``(id, text, claim ids)`` in record order, as ``graph.graph["questions"]``.

    Returns:
        ``(question or None, claim ids in ledger order)`` per dispute, ordered by
        first claim; a question goes to the first dispute that contains one of its claims.
    """
    edges = list(edges)
    questions = list(questions)
    # Claim → the questions that name it (by record position): each dispute looks up
    # only its own claims' questions, not every question in the ledger.
    asked: dict[str, list[int]] = {}
    for index, (_id, _text, claims) in enumerate(questions):
        for claim in claims:
            asked.setdefault(claim, []).append(index)
    taken: set[str] = set()
    groups = []
    for claims in _group_claims(edges, order):
        named = sorted({index for claim in claims for index in asked.get(claim, ())})
        question = next((questions[i] for i in named if questions[i][0] not in taken), None)
        if question is not None:
            taken.add(question[0])
        groups.append((question, claims))
    return groups


def find_disputes(graph: nx.MultiDiGraph, *, include_candidates: bool = False) -> tuple[Dispute, ...]:
    """Find every dispute in the graph and split it into sides.

    The question of a dispute comes from the ledger's questions
    (``graph.graph["questions"]``): the first question, in record order, that
    names one of its claims and is not yet taken by an earlier dispute. Other
    disputes get a question derived from their claims.

    Args:
        graph: a graph from :func:`claimgraph.graph.build_graph`.
        include_candidates: also follow rule-found relations nobody has
            confirmed (off by default: candidates never shape a dispute unasked).

    Returns:
        The disputes, ordered by their first claim in ledger order.
    """
    order = claim_order(graph)
    edges = [
        e
        for e in relation_edges(graph, include_candidates=include_candidates)
        if e.source in order and e.target in order
    ]
    groups = dispute_groups(edges, order, graph.graph.get("questions", ()))
    group_of = {claim: index for index, (_q, claims) in enumerate(groups) for claim in claims}
    inside_of: list[list[EdgeRef]] = [[] for _ in groups]
    for edge in edges:
        index = group_of.get(edge.source)
        if index is not None and group_of.get(edge.target) == index:
            inside_of[index].append(edge)
    disputes = []
    for (question, claims), inside in zip(groups, inside_of, strict=True):
        colour = _two_colour(claims, inside)
        sides = tuple(
            _side(graph, label, [c for c in claims if colour[c] == value])
            for value, label in enumerate(_LABELS)
            if any(colour[c] == value for c in claims)
        )
        frustrated = tuple(e for e in inside if _frustrated(e, colour))
        disputes.append(
            Dispute(
                id=question[0] if question else f"dispute-{claims[0]}",
                question=question[1] if question else _derived_question(graph, claims, colour),
                claims=tuple(claims),
                sides=sides,
                balanced=not frustrated,
                frustrated=frustrated,
                relations=tuple(inside),
                timeline=_timeline(graph, claims),
            )
        )
    return tuple(disputes)
