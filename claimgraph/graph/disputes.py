"""Disputes: groups of clashing claims, split into sides, with their timeline.

A dispute is every claim connected to a ``contradicts`` edge through
relations of any kind, followed in either direction: the connected components
of the relation graph that hold a contradiction. Which way a ``supports`` edge
points never changes who is in a dispute (a claim a disputed claim supports is
in, as is a claim that supports it), and every claim is in at most one dispute.

Each dispute is split into sides as a signed graph: ``supports`` keeps two claims
on one side, ``contradicts`` puts them on opposite sides. When no split satisfies
every edge (an odd cycle of contradictions, say), the edges that break the split
are reported in ``frustrated``; nothing is forced silently.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from attrs import frozen

from claimgraph._gc import paused_gc
from claimgraph.graph.corroboration import Backing, backing
from claimgraph.graph.figures import FigureItem
from claimgraph.graph.index import LedgerGraph, relation_edges
from claimgraph.graph.nodes import claim_node, document_node
from claimgraph.model import Relation
from claimgraph.model.units import UnknownUnit
from claimgraph.model.values import Figure, value_text
from claimgraph.model.vocabulary import Interval

__all__ = [
    "Dispute",
    "DisputeQuestion",
    "Side",
    "TimelineEntry",
    "dispute_groups",
    "disputes_around",
    "find_disputes",
    "heading_questions",
]


@frozen
class Side:
    """The claims of a dispute that stand together, and who stands behind them.

    A dispute has two or more sides (positions). Yes/no disputes have the two
    sides of the signed-graph split; disputes over figures one side per group of
    mutually consistent figures; an analyst's ``position:`` marks add their own.

    Attributes:
        label: ``A`` (the side of the dispute's first claim in ledger order),
            ``B``, ``C``, ... by each side's first claim in ledger order.
        claims: claim ids, in ledger order.
        backing: the speakers, relays, voices and independent origins behind them.
        position: the side's name when it has one: the analyst's ``position:``
            mark, or the figures it groups ("100-300 people"); else None.
        figures: the numbers its claims give, as text ("471 people"), in ledger order.
    """

    label: str
    claims: tuple[str, ...]
    backing: Backing
    position: str | None = None
    figures: tuple[str, ...] = ()


@frozen
class DisputeQuestion:
    """An analyst's question about a dispute, with its own wording.

    Attributes:
        id: the question's id.
        text: its wording.
        claims: the claims it names that are in this dispute, in its own order.
        heads: True for the question that names the dispute (its ``id`` and ``question``).
    """

    id: str
    text: str
    claims: tuple[str, ...]
    heads: bool


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
        questions: every analyst question that names one of its claims, in record
            order (the heading one among them); a question whose claims fall
            into two disputes is in both.
        over: ``yes-no`` (sides from the signed-graph split) or ``figures`` (sides
            from groups of mutually consistent figures).
        conflicts: the relations that an analyst's ``position:`` marks break
            (a ``supports`` between two marked positions, a ``contradicts``
            within one), reported rather than forced; a subset of ``frustrated``.
    """

    id: str
    question: str
    claims: tuple[str, ...]
    sides: tuple[Side, ...]
    balanced: bool
    frustrated: tuple[Relation, ...]
    relations: tuple[Relation, ...]
    timeline: tuple[TimelineEntry, ...]
    questions: tuple[DisputeQuestion, ...] = ()
    over: str = "yes-no"
    conflicts: tuple[Relation, ...] = ()

    def side_of(self, claim_id: str) -> Side | None:
        """The side a claim is on, or None when it is not in the dispute."""
        return next((side for side in self.sides if claim_id in side.claims), None)


class _Link(Protocol):
    """What grouping needs of a relation: its kind and its two ends."""

    @property
    def kind(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def target(self) -> str: ...


def _adjacency(edges: Iterable[_Link]) -> dict[str, dict[str, int]]:
    """Each claim's neighbours along relations of any kind and direction, with the first relation's sign.

    Neighbours come in the order their first relation with the claim was
    recorded (the order of ``edges``); the sign is that relation's: 1 for
    ``contradicts`` (the ends stand apart), 0 for any other kind (together).
    Plain dicts: a graph library's views cost more than the walk itself.
    """
    adjacent: dict[str, dict[str, int]] = {}
    for e in edges:
        sign = 1 if e.kind == "contradicts" else 0
        adjacent.setdefault(e.source, {}).setdefault(e.target, sign)
        adjacent.setdefault(e.target, {}).setdefault(e.source, sign)
    return adjacent


def _component(adjacent: Mapping[str, Mapping[str, int]], start: str, seen: set[str]) -> list[str]:
    # Every claim reachable from start, marking each seen.
    seen.add(start)
    stack, members = [start], []
    while stack:
        claim = stack.pop()
        members.append(claim)
        for other in adjacent.get(claim, ()):
            if other not in seen:
                seen.add(other)
                stack.append(other)
    return members


def _components(edges: Sequence[_Link], order: Mapping[str, int]) -> list[list[str]]:
    """The claims of each dispute in ledger order, the disputes by their first claim.

    A dispute is a connected part of the relations (any kind, either direction)
    that holds a ``contradicts`` edge: a claim belongs to it however the
    ``supports`` edges around it point.
    """
    adjacent = _adjacency(edges)
    seen: set[str] = set()
    groups = [
        sorted(_component(adjacent, claim, seen), key=order.__getitem__)
        for e in edges
        if e.kind == "contradicts"
        for claim in (e.source,)
        if claim not in seen
    ]
    return sorted(groups, key=lambda members: order[members[0]])


def _frustrated(edge: Relation, colour: Mapping[str, object]) -> bool:
    # supports keeps two claims on one side, contradicts puts them apart; other
    # kinds of relation (a revision, say) join a dispute but place no claim.
    same = colour[edge.source] == colour[edge.target]
    if edge.kind == "contradicts":
        return same
    return edge.kind == "supports" and not same


def _two_colour(claims: list[str], inside: list[Relation]) -> dict[str, int]:
    """Split a dispute's claims in two as a signed graph: supports together, contradicts apart.

    A breadth-first spanning tree from the first claim in ledger order fixes the
    colours (each tree edge read as the first relation recorded between its two
    claims, neighbours in the order their first relation was recorded). A
    balanced dispute has only that split (up to naming the sides); an
    unbalanced one is then improved locally (see :func:`_fewer_broken`).
    """
    adjacent = _adjacency(inside)
    colour = {claims[0]: 0}
    frontier = [claims[0]]
    while frontier:
        following = []
        for claim in frontier:
            own = colour[claim]
            for other, sign in adjacent.get(claim, {}).items():
                if other not in colour:
                    colour[other] = own ^ sign
                    following.append(other)
        frontier = following
    if any(_frustrated(edge, colour) for edge in inside):
        _fewer_broken(claims, inside, colour)
        if colour[claims[0]] != 0:
            colour = {claim: value ^ 1 for claim, value in colour.items()}
    return colour


def _fewer_broken(claims: list[str], inside: list[Relation], colour: dict[str, int]) -> None:
    # Greedy single-claim flips while one strictly lowers the number of broken edges
    # (finding the true minimum is NP-hard; this is a deterministic local optimum).
    # Each edge counts at both ends (a claim's own loop twice), as recorded.
    neighbours: dict[str, list[tuple[str, int]]] = {claim: [] for claim in claims}
    for edge in inside:
        if edge.kind not in ("supports", "contradicts"):
            continue
        sign = 1 if edge.kind == "contradicts" else 0
        neighbours[edge.source].append((edge.target, sign))
        neighbours[edge.target].append((edge.source, sign))
    improved = True
    while improved:
        improved = False
        for claim in claims:
            broken = sum((colour[claim] ^ colour[o]) != s for o, s in neighbours[claim])
            if broken * 2 > len(neighbours[claim]):
                colour[claim] ^= 1
                improved = True


def _timeline(
    table: Mapping[str, Mapping[str, Any]], nodes: Mapping[str, Mapping[str, Any]], claims: list[str]
) -> tuple[TimelineEntry, ...]:
    entries = []
    for position, claim in enumerate(claims):
        data = nodes[claim]
        document = data.get("document")
        published = None
        if document is not None:
            published = table.get(document_node(document), {}).get("published")
        said_on = data.get("said_on")
        # ISO text sorts as dates do; a "start/end" interval sorts by its start first.
        entries.append(
            (
                (said_on is None, said_on or "", position),
                TimelineEntry(claim=claim, said_on=said_on, document=document, published=published),
            )
        )
    return tuple(entry for _key, entry in sorted(entries, key=lambda pair: pair[0]))


def _derived_question(claim_nodes: Mapping[str, Mapping[str, Any]], claims: list[str], colour: dict[str, int]) -> str:
    nodes = [claim_nodes[c] for c in claims]
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
    firsts: dict[int, str] = {}
    for claim, node in zip(claims, nodes, strict=True):
        firsts.setdefault(colour[claim], node["statement"].rstrip(". "))
    return " — or — ".join(f"“{firsts[value]}”" for value in sorted(firsts)) + "?"


def _value_text(node: Mapping[str, Any]) -> str:
    value = node["proposition_value"]
    text = str(value).lower() if isinstance(value, bool) else str(value)
    unit = node.get("proposition_unit")
    return f"{text} {unit}" if unit else text


def dispute_groups(
    edges: Iterable[_Link], order: Mapping[str, int], questions: Iterable[tuple[Any, ...]] = ()
) -> list[tuple[tuple[Any, ...] | None, list[str]]]:
    """Which claims form each dispute, and which analyst question heads it: no graph needed.

    This is the grouping :func:`find_disputes` uses; it needs only the relations
    and the ledger order, so one dispute can be found (and only its claims read)
    without building the whole graph.

    Args:
        edges: the ``supports`` / ``contradicts`` relations to follow (both ends in
            ``order``): :class:`~claimgraph.model.Relation` records, or any objects
            with ``kind``, ``source`` and ``target``.
        order: claim id → position in the ledger, for every claim the edges name.
        questions: ``(id, text, claim ids[, heads])`` in record order, as
            ``graph.graph["questions"]``.

    Returns:
        ``(heading question or None, claim ids in ledger order)`` per dispute,
        ordered by first claim (see :func:`find_disputes` for which question heads).
    """
    groups = _components(list(edges), order)
    return [(head, claims) for (head, _all), claims in zip(_questions(groups, questions), groups, strict=True)]


def disputes_around(
    edges: Iterable[_Link], order: Mapping[str, int], questions: Iterable[tuple[Any, ...]], claims: Iterable[str]
) -> list[tuple[tuple[Any, ...] | None, list[str]]]:
    """The disputes that hold some claims, with their heading questions, walking only from those claims.

    What :func:`dispute_groups` gives for those disputes, without finding every
    dispute of the ledger: each dispute is walked from a claim of it, and which
    question heads it is settled among the disputes its questions reach (a
    question heads the first dispute, in ledger order, that no other question
    takes first, so only those disputes matter). A brief of one dispute in a
    million-claim ledger walks a handful of claims instead of every relation.

    Args:
        edges: as for :func:`dispute_groups`.
        order: as for :func:`dispute_groups`.
        questions: as for :func:`dispute_groups`.
        claims: the claims whose disputes are wanted (claims in no dispute are ignored).

    Returns:
        ``(heading question or None, claim ids in ledger order)`` for the wanted
        disputes and for the disputes their questions reach (the caller tells
        them apart by their claims), ordered by first claim.
    """
    edges = list(edges)
    questions = list(questions)
    adjacent = _adjacency(edges)
    contradicted = {end for e in edges if e.kind == "contradicts" for end in (e.source, e.target)}
    asked: dict[str, list[int]] = {}
    for index, question in enumerate(questions):
        for claim in question[2]:
            asked.setdefault(claim, []).append(index)
    found: dict[str, list[str] | None] = {}
    seen: set[str] = set()

    def dispute_of(claim: str) -> list[str] | None:
        if claim not in adjacent:
            return None
        if claim not in found:
            members = sorted(_component(adjacent, claim, seen), key=order.__getitem__)
            group = members if not contradicted.isdisjoint(members) else None
            found.update(dict.fromkeys(members, group))
        return found[claim]

    reached: dict[str, list[str]] = {}
    queue = [group for claim in claims if (group := dispute_of(claim)) is not None]
    followed: set[int] = set()
    while queue:
        group = queue.pop()
        if group[0] in reached:
            continue
        reached[group[0]] = group
        for index in sorted({i for claim in group for i in asked.get(claim, ())} - followed):
            followed.add(index)
            queue.extend(other for claim in questions[index][2] if (other := dispute_of(claim)) is not None)
    groups = sorted(reached.values(), key=lambda members: order[members[0]])
    return [(head, members) for (head, _all), members in zip(_questions(groups, questions), groups, strict=True)]


def heading_questions(groups: list[list[str]], questions: Iterable[tuple[Any, ...]]) -> list[str]:
    """The ids of the questions that head these disputes (claim ids in ledger order, ordered by first claim).

    The rule :func:`find_disputes` follows: pinned questions first, then the
    rest, each in record order; a question heads at most one dispute.
    """
    return [head[0] for head, _all in _questions(groups, questions) if head is not None]


def _questions(
    groups: list[list[str]], questions: Iterable[tuple[Any, ...]]
) -> list[tuple[tuple[Any, ...] | None, list[tuple[Any, ...]]]]:
    """Per dispute: the question that heads it (or None), and every question naming its claims.

    A dispute is headed by the first question not heading an earlier dispute:
    pinned questions (``heads``) first, then the rest, each in record order.
    """
    questions = list(questions)
    # Claim → the questions that name it (by record position): each dispute looks up
    # only its own claims' questions, not every question in the ledger.
    asked: dict[str, list[int]] = {}
    for index, question in enumerate(questions):
        for claim in question[2]:
            asked.setdefault(claim, []).append(index)
    taken: set[str] = set()
    named = []
    for claims in groups:
        naming = sorted({index for claim in claims for index in asked.get(claim, ())})
        pinned_first = sorted(naming, key=lambda i: not (len(questions[i]) > 3 and questions[i][3]))
        head = next((questions[i] for i in pinned_first if questions[i][0] not in taken), None)
        if head is not None:
            taken.add(head[0])
        named.append((head, [questions[i] for i in naming]))
    return named


def _label(index: int) -> str:
    # A, B, ... Z, then A2, B2, ...: a dispute rarely has more than a handful of positions.
    letter = chr(ord("A") + index % 26)
    return letter if index < 26 else f"{letter}{index // 26 + 1}"


@frozen
class _Figure:
    """A claim's figure on the dispute's quantity: the numbers it allows, and how it reads."""

    interval: Interval
    text: str


def _figure_items(graph: LedgerGraph, claims: Iterable[str]) -> dict[str, tuple[FigureItem, ...]]:
    """The figures (propositions) of the given claims, by claim: one lookup each in the figure index."""
    by_claim = graph.figures.by_claim
    return {claim: found for claim in claims if (found := by_claim.get(claim))}


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | Figure) and not isinstance(value, bool)


def _figures(graph: LedgerGraph, claims: list[str], items: Mapping[str, tuple[FigureItem, ...]]) -> dict[str, _Figure]:
    """Each claim's figure on the quantity most of the dispute's figures are about (two or more needed).

    Numbers, ranges, bounds and approximations become intervals in their unit
    family's base unit (the figures work's comparison); a relative figure ("much
    lower than" claim X) is the interval below or above X's. A claim with no
    figure on that quantity, or one that cannot be read as an interval, has none.
    """
    present = [claim for claim in claims if claim in items]
    if len(present) < 2:  # most disputes: no two figures to group, nothing to work out
        return {}
    # A plain count, not a Counter: this runs for most disputes of a large ledger, and
    # a Counter costs more to make than the few figures it counts. The first quantity
    # with the most figures wins, as Counter.most_common(1) picks it.
    counts: dict[tuple[str, str], int] = {}
    for claim in present:
        for item in items[claim]:
            if _is_number(item.proposition.value):
                counts[item.quantity] = counts.get(item.quantity, 0) + 1
    if not counts:
        return {}
    quantity = max(counts, key=counts.__getitem__)
    if counts[quantity] < 2:
        return {}
    vocabulary = graph.figures.vocabulary
    mine = {
        claim: item
        for claim in claims
        for item in items.get(claim, ())
        if item.quantity == quantity and _is_number(item.proposition.value)
    }
    families: dict[str, tuple[object, float]] = {}
    absolute: dict[str, Interval] = {}
    for claim, item in mine.items():
        unit = item.proposition.unit
        try:
            found = vocabulary.unit(unit) if unit is not None else None
            family, factor = (found.family, found.factor) if found is not None else (None, 1.0)
        except UnknownUnit:
            family, factor = f"unit:{(unit or '').strip().lower()}", 1.0
        families[claim] = (family, factor)
        value = item.proposition.value
        if isinstance(value, str):  # only numbers and figures were kept above
            continue
        if not (isinstance(value, Figure) and value.is_relative):
            absolute[claim] = vocabulary.interval(value).scaled(factor)
    main = Counter(family for family, _factor in families.values()).most_common(1)[0][0]
    figures: dict[str, _Figure] = {}
    for claim, item in mine.items():
        if families[claim][0] != main:
            continue
        value = item.proposition.value
        interval = absolute.get(claim)
        if interval is None:  # relative: needs the figure it is stated against
            if not isinstance(value, Figure) or value.than is None:
                continue
            reference = absolute.get(value.than)
            if reference is None or families.get(value.than, (None, 1.0))[0] != main:
                continue
            interval = vocabulary.interval(value, reference)
        unit = item.proposition.unit
        figures[claim] = _Figure(interval, f"{value_text(value)} {unit}" if unit else value_text(value))
    return figures


def _consistent(first: Interval, second: Interval) -> bool:
    """Whether two figures can both be true: their intervals share a number (an open end shares none)."""
    if first.gap(second) > 0:
        return False
    if first.high == second.low and (first.high_open or second.low_open):
        return False
    return not (second.high == first.low and (second.high_open or first.low_open))


def _figure_groups(claims: list[str], figures: Mapping[str, _Figure]) -> list[list[str]]:
    # Greedy in ledger order: a claim joins the first group every member of which
    # its figure overlaps (both can be true), else starts its own.
    groups: list[list[str]] = []
    for claim in claims:
        figure = figures.get(claim)
        if figure is None:
            continue
        home = next((g for g in groups if all(_consistent(figure.interval, figures[m].interval) for m in g)), None)
        if home is None:
            groups.append([claim])
        else:
            home.append(claim)
    return groups


def _split_respects(groups: list[list[str]], colour: Mapping[str, int]) -> bool:
    # The two-sided split is enough when each group of figures sits on one side
    # (consistent figures are not set against each other) and no side holds two
    # groups (incompatible figures are not lumped together).
    sides = [{colour[c] for c in group} for group in groups]
    return all(len(side) == 1 for side in sides) and len({next(iter(side)) for side in sides}) == len(groups)


def _figure_places(
    claims: list[str], groups: list[list[str]], inside: list[Relation], colour: Mapping[str, int]
) -> dict[str, tuple[Any, ...]]:
    """Each claim's place in a dispute over figures.

    A claim with a figure is placed with its group; a claim without one joins the
    group of the nearest figure it is tied to by ``supports`` (in either direction);
    claims tied to no figure keep their side of the signed-graph split.
    """
    place: dict[str, tuple[Any, ...]] = {
        claim: ("figures", index) for index, group in enumerate(groups) for claim in group
    }
    together = _adjacency(e for e in inside if e.kind == "supports")
    # A walk from every figure at once, layer by layer: the nearest figure wins,
    # the earlier one (in ledger order) on a tie.
    frontier = [claim for claim in claims if claim in place]
    while frontier:
        following = []
        for claim in frontier:
            for other in together.get(claim, ()):
                if other not in place:
                    place[other] = place[claim]
                    following.append(other)
        frontier = following
    for claim in claims:
        place.setdefault(claim, ("split", colour[claim]))
    return place


def _group_text(figures: Mapping[str, _Figure], group: Iterable[str]) -> str:
    # The figures a side groups, as its claims state them, once each.
    return ", ".join(dict.fromkeys(figures[c].text for c in group))


def find_disputes(graph: LedgerGraph, *, include_candidates: bool = False) -> tuple[Dispute, ...]:
    """Find every dispute in the graph and split it into two or more sides.

    Sides: a yes/no dispute keeps the signed-graph split (two sides; the edges
    that break it are reported). When that split would lump incompatible figures
    together (the dispute's numbers on one subject and property fall into groups
    that the two sides do not keep apart), the dispute is *over figures*: one side
    per group of mutually consistent figures, claims without a figure joining
    the figure they support or are supported by (or, tied to none, keeping their
    side of the split); the split is kept when it already keeps each group of
    consistent figures together and apart from the others. An analyst's ``position:`` mark
    overrides either: marked claims stand together under that name, and the
    relations the marks break are reported in ``conflicts``.

    Questions: every question that names one of a dispute's claims is listed in
    its ``questions``. The dispute is headed (``id`` and ``question``) by the first
    question, pinned ones (``heads: true``) before the rest and each in record
    order, that does not head an earlier dispute; a dispute no question heads
    gets a question derived from its claims.

    Args:
        graph: from :func:`claimgraph.graph.build_graph`.
        include_candidates: also follow rule-found relations nobody has
            confirmed (off by default: candidates never shape a dispute unasked).

    Returns:
        The disputes, ordered by their first claim in ledger order.
    """
    # Tens of thousands of records and no cycles: a collection would walk them over and
    # over as they pile up (a fifth of the time at a million claims).
    with paused_gc(promote=False):
        order = graph.claim_order
        edges = [
            e
            for e in relation_edges(graph, include_candidates=include_candidates)
            if e.source in order and e.target in order
        ]
        groups = _components(edges, order)
        questions = graph.graph.graph.get("questions", ())
        named = _questions(groups, questions)
        group_of = {claim: index for index, claims in enumerate(groups) for claim in claims}
        # Each question's claims by dispute, in one pass over every question's claims
        # (not a pass per dispute over every question naming it).
        named_in: dict[tuple[int, int], list[str]] = {}
        for question in questions:
            for claim in question[2]:
                index = group_of.get(claim)
                if index is not None:
                    named_in.setdefault((id(question), index), []).append(claim)
        inside_of: list[list[Relation]] = [[] for _ in groups]
        for edge in edges:
            index = group_of.get(edge.source)
            if index is not None and group_of.get(edge.target) == index:
                inside_of[index].append(edge)
        table = graph.node_table
        nodes = {claim: table[claim_node(claim)] for claims in groups for claim in claims}
        against = _contradicting_origins(edges, nodes)
        items = _figure_items(graph, nodes)
        return tuple(
            _dispute(
                graph,
                nodes,
                claims,
                inside,
                head,
                [(q, tuple(named_in[id(q), index])) for q in asked],
                against,
                _figures(graph, claims, items),
            )
            for index, ((head, asked), claims, inside) in enumerate(zip(named, groups, inside_of, strict=True))
        )


def _contradicting_origins(edges: Iterable[_Link], nodes: Mapping[str, Mapping[str, Any]]) -> dict[str, frozenset[str]]:
    # As corroboration.contradicting_origins, from the edges and claim nodes already at hand:
    # every contradicts edge is inside a dispute, so both its claims are in ``nodes``.
    # Only for relayed claims: backing() asks about no other.
    found: dict[str, set[str]] = {}
    for edge in edges:
        if edge.kind != "contradicts":
            continue
        for claim, other in ((edge.source, edge.target), (edge.target, edge.source)):
            if "via" not in nodes[claim]:
                continue
            data = nodes[other]
            if "said_by" in data:
                found.setdefault(claim, set()).add(data.get("origin", data["said_by"]))
    return {claim: frozenset(origins) for claim, origins in found.items()}


def _dispute(
    graph: LedgerGraph,
    nodes: Mapping[str, Mapping[str, Any]],
    claims: list[str],
    inside: list[Relation],
    head: tuple[Any, ...] | None,
    asked: list[tuple[tuple[Any, ...], tuple[str, ...]]],
    against: Mapping[str, frozenset[str]],
    figures: Mapping[str, _Figure],
) -> Dispute:
    colour = _two_colour(claims, inside)
    place: Mapping[str, object] = colour
    over = "yes-no"
    names: dict[object, str] = {}
    figure_groups = _figure_groups(claims, figures) if figures else []
    if figure_groups and not _split_respects(figure_groups, colour):
        over = "figures"
        place = _figure_places(claims, figure_groups, inside, colour)
        names = {("figures", i): _group_text(figures, g) for i, g in enumerate(figure_groups)}
    marked = {claim: data["position"] for claim in claims if "position" in (data := nodes[claim])}
    if marked:
        place = {**place, **{claim: ("mark", mark) for claim, mark in marked.items()}}
        names.update({("mark", mark): mark for mark in marked.values()})
    # Sides by their first claim in ledger order: the first claim's side is A.
    members: dict[object, list[str]] = {}
    for claim in claims:
        members.setdefault(place[claim], []).append(claim)
    sides = tuple(
        Side(
            label=_label(index),
            claims=tuple(side_claims),
            backing=backing(graph, side_claims, against=against, claim_data=nodes),
            position=names.get(where),
            figures=tuple(dict.fromkeys(figures[c].text for c in side_claims if c in figures)) if figures else (),
        )
        for index, (where, side_claims) in enumerate(members.items())
    )
    frustrated = tuple(e for e in inside if _frustrated(e, place))
    rank = {where: index for index, where in enumerate(members)}
    return Dispute(
        id=head[0] if head else f"dispute-{claims[0]}",
        question=head[1] if head else _derived_question(nodes, claims, {c: rank[place[c]] for c in claims}),
        claims=tuple(claims),
        sides=sides,
        balanced=not frustrated,
        frustrated=frustrated,
        relations=tuple(inside),
        timeline=_timeline(graph.node_table, nodes, claims),
        questions=tuple(
            DisputeQuestion(id=q[0], text=q[1], claims=mine, heads=head is not None and q[0] == head[0])
            for q, mine in asked
        )
        if asked
        else (),
        over=over,
        conflicts=tuple(e for e in frustrated if e.source in marked or e.target in marked) if marked else (),
    )
