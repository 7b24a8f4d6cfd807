"""The brief's disputes: each dispute's sides, what clashes and supports, its timeline and its map.

Also the relations listed apart as candidates, which are drawn the same way as
a dispute's relations. The claims come in already made (:mod:`.claims`), so a
claim reads the same on its card, in a relation and in the appendix.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from attrs import frozen

from claimgraph.graph import Dispute
from claimgraph.graph.audit import Finding
from claimgraph.model import Ledger, Period, Relation
from claimgraph.render.brief.claims import ClaimRef, ClaimView, Placement, backing_line, claim_ref, side_class
from claimgraph.render.brief.map import GraphPicture, dispute_map
from claimgraph.render.brief.wording import plural, source_names

__all__ = [
    "DisputeView",
    "QuestionView",
    "RelationView",
    "SideView",
    "TimelineView",
    "candidate_views",
    "dispute_view",
    "relation_view",
]


@frozen
class RelationView:
    """A relation between two claims, as the "what clashes" list shows it.

    Attributes:
        kind: ``supports`` or ``contradicts``.
        symbol: the sign between the two marks ("⟷" for contradicts, "→" for supports).
        source: the claim it starts from.
        target: the claim it points at.
        note: what exactly clashes or agrees, or None.
        recorded_by: who recorded it, or None.
        rule: for a rule-found candidate, the rule's name; else None.
        frustrated: True when it breaks the dispute's split into sides.
    """

    kind: str
    symbol: str
    source: ClaimRef
    target: ClaimRef
    note: str | None
    recorded_by: str | None
    rule: str | None
    frustrated: bool


def relation_view(edge: Relation, ledger: Ledger, placement: Placement, frustrated: bool = False) -> RelationView:
    """One relation; a ``contradicts`` is turned so that side A's claim comes first."""
    first, second = claim_ref(ledger, placement, edge.source), claim_ref(ledger, placement, edge.target)
    if edge.kind == "contradicts" and (second.css, second.mark) < (first.css, first.mark):
        first, second = second, first  # symmetric: side A on the left, always
    return RelationView(
        kind=edge.kind,
        symbol="⟷" if edge.kind == "contradicts" else "→",
        source=first,
        target=second,
        note=edge.note,
        recorded_by=edge.recorded_by,
        rule=edge.rule,
        frustrated=frustrated,
    )


def candidate_views(ledger: Ledger, found: Iterable[Relation], placement: Placement) -> tuple[RelationView, ...]:
    """The relations nobody has confirmed: the ledger's own candidates, then those the rules found now."""
    every = (*(r for r in ledger.relations if r.is_candidate), *found)
    return tuple(relation_view(r, ledger, placement) for r in every)


@frozen
class SideView:
    """One side (position) of a dispute.

    Attributes:
        label: ``A``, ``B``, ``C`` ...
        heading: the side's name ("Side A", or "Side C: evidence-disputed" for a named position).
        title: the heading of its list of claims ("Side A: 8 claims").
        stance: what the side holds: the statement of its claim in the most
            contradictions (the first such claim in ledger order on a tie).
        css: its colour class.
        claims: its claims.
        origins: names of its independent origins.
        voices: names of every speaker and relay behind it.
        backing: one line: "3 claims · 2 independent origins · 5 voices".
        caveat: a warning about the side's backing, or None ("rests on unnamed sources only").
        position: the side's name (an analyst's mark, or the figures it groups), or None.
        figures: the numbers its claims give ("471 people").
        disputing: a note naming the relays not counted as voices because they
            relay the side's claims in order to dispute them, or None.
    """

    label: str
    heading: str
    title: str
    stance: str
    css: str
    claims: tuple[ClaimView, ...]
    origins: tuple[str, ...]
    voices: tuple[str, ...]
    backing: str
    caveat: str | None
    position: str | None = None
    figures: tuple[str, ...] = ()
    disputing: str | None = None


@frozen
class QuestionView:
    """An analyst's question about a dispute, besides the one that heads it.

    Attributes:
        id: the question's id.
        text: its own wording.
    """

    id: str
    text: str


@frozen
class TimelineView:
    """One entry of a dispute's timeline.

    Attributes:
        date: when the claim was said, or None when undated.
        claim: the claim.
        css: its side's colour class.
        published: the day its document was published, when that differs from ``date``; else None.
    """

    date: Period | None
    claim: ClaimRef
    css: str
    published: dt.date | None


@frozen
class DisputeView:
    """One dispute, ready to show.

    Attributes:
        id: the dispute's id.
        number: its position in the brief, from 1.
        anchor: the ``id`` of its section.
        question: what it is about.
        summary: one line of figures ("8 claims on 2 sides · 4 independent origins").
        sides: its sides.
        clashes: its ``contradicts`` relations.
        supports: its ``supports`` relations.
        balanced: True when the split into sides fits every relation.
        frustrated: the relations that break the split (empty when balanced).
        timeline: its claims by date.
        graph: the picture.
        notes: what the attribution audit says about the dispute as a whole.
        open: True when its long parts start expanded.
        questions: the other analysts' questions that name its claims, each in its own wording.
        over_figures: True when its sides are groups of consistent figures.
        conflicts: the relations that the analyst's position marks break.
    """

    id: str
    number: int
    anchor: str
    question: str
    summary: str
    sides: tuple[SideView, ...]
    clashes: tuple[RelationView, ...]
    supports: tuple[RelationView, ...]
    balanced: bool
    frustrated: tuple[RelationView, ...]
    timeline: tuple[TimelineView, ...]
    graph: GraphPicture
    notes: tuple[str, ...]
    open: bool
    questions: tuple[QuestionView, ...] = ()
    over_figures: bool = False
    conflicts: tuple[RelationView, ...] = ()


def _side_caveat(side_claims: Sequence[ClaimView], origins: int) -> str | None:
    if side_claims and all(c.unnamed for c in side_claims):
        return "Every claim on this side comes from an unnamed or vague source."
    if origins == 1 and len(side_claims) > 1:
        return "All of this side's claims trace back to one origin: repetition, not corroboration."
    return None


def _side_views(dispute: Dispute, ledger: Ledger, claims: Mapping[str, ClaimView]) -> tuple[SideView, ...]:
    clashes: dict[str, int] = {}
    for edge in dispute.relations:
        if edge.kind == "contradicts":
            for end in (edge.source, edge.target):
                clashes[end] = clashes.get(end, 0) + 1
    sides = []
    for index, side in enumerate(dispute.sides):
        members = tuple(claims[c] for c in side.claims)
        central = max(members, key=lambda c: clashes.get(c.id, 0))  # max keeps the first on a tie
        voices = source_names(ledger, side.backing.voices)
        disputing = None
        if side.backing.disputing:
            names = ", ".join(source_names(ledger, side.backing.disputing))
            disputing = f"Not counted as voices: {names}, relaying these claims in order to dispute them."
        sides.append(
            SideView(
                label=side.label,
                heading=f"Side {side.label}" + (f": {side.position}" if side.position else ""),
                title=f"Side {side.label}: {plural(len(members), 'claim')}",
                stance=central.statement,
                css=side_class(index),
                claims=members,
                origins=source_names(ledger, side.backing.origins),
                voices=voices,
                backing=backing_line(side.backing.origin_count, side.backing.voice_count, len(members)),
                caveat=_side_caveat(members, side.backing.origin_count),
                position=side.position,
                figures=side.figures,
                disputing=disputing,
            )
        )
    return tuple(sides)


def _timeline(
    dispute: Dispute, ledger: Ledger, placement: Placement, claims: Mapping[str, ClaimView]
) -> tuple[TimelineView, ...]:
    entries = []
    for entry in dispute.timeline:  # the analysis's order; the dates themselves come typed from the ledger
        said_on = claims[entry.claim].said_on
        document = ledger.document(entry.document) if entry.document else None
        published = document.published if document is not None else None
        same_day = said_on is not None and said_on.is_day and said_on.start == published
        entries.append(
            TimelineView(
                date=said_on,
                claim=claim_ref(ledger, placement, entry.claim),
                css=claims[entry.claim].css,
                published=None if same_day else published,
            )
        )
    return tuple(entries)


def dispute_view(
    number: int,
    dispute: Dispute,
    *,
    ledger: Ledger,
    placement: Placement,
    claims: Mapping[str, ClaimView],
    findings: Sequence[Finding],
    open_limit: int,
) -> DisputeView:
    """One dispute, ready to show.

    Args:
        number: its position in the brief, from 1.
        dispute: the dispute, as :func:`claimgraph.graph.find_disputes` found it.
        ledger: the ledger it was found in.
        placement: where the shown disputes put their claims.
        claims: every claim's view, by id.
        findings: the audit's findings about this dispute as a whole.
        open_limit: a dispute with more claims starts with its long parts collapsed.
    """
    frustrated_ids = {(e.kind, e.source, e.target) for e in dispute.frustrated}
    sides = _side_views(dispute, ledger, claims)
    relations = [
        relation_view(e, ledger, placement, (e.kind, e.source, e.target) in frustrated_ids) for e in dispute.relations
    ]
    origins = {o for side in dispute.sides for o in side.backing.origins}
    summary = (
        f"{plural(len(dispute.claims), 'claim')} on {plural(len(dispute.sides), 'side')}"
        f" · {plural(len(origins), 'independent origin')}"
        f" · {plural(sum(r.kind == 'contradicts' for r in relations), 'contradiction')}"
    )
    picture = dispute_map(
        dispute.id,
        dispute.question,
        [(s.label, [(c.id, c.mark or c.id, c.statement) for c in s.claims]) for s in sides],
        [(r.kind, r.source.id, r.target.id, r.rule is not None, r.frustrated, r.note or "") for r in relations],
    )
    return DisputeView(
        id=dispute.id,
        number=number,
        anchor=f"dispute-{dispute.id}",
        question=dispute.question,
        summary=summary,
        sides=sides,
        clashes=tuple(r for r in relations if r.kind == "contradicts"),
        supports=tuple(r for r in relations if r.kind == "supports"),
        balanced=dispute.balanced,
        frustrated=tuple(r for r in relations if r.frustrated),
        timeline=_timeline(dispute, ledger, placement, claims),
        graph=picture,
        notes=tuple(f.message for f in findings),
        open=len(dispute.claims) <= open_limit,
        questions=tuple(QuestionView(id=q.id, text=q.text) for q in dispute.questions if not q.heads),
        over_figures=dispute.over == "figures",
        conflicts=tuple(relation_view(e, ledger, placement, True) for e in dispute.conflicts),
    )
