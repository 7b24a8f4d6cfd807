"""One dispute's own ledger, found from the relations alone: no graph of the whole ledger.

A brief of one dispute needs that dispute's claims and what they name (speakers
with their ``part_of`` chains, relays, documents and publishers, reviews), not
a million other claims. :func:`dispute_members` finds which claims form each
dispute from the relations and the ledger order only, with the grouping
:func:`~claimgraph.graph.find_disputes` uses; :func:`sub_ledger` cuts those
claims out with everything they refer to; :func:`dispute_ledger` does both for
a ledger in memory and :func:`store_dispute_ledger` for a ledger store, where
only the rows it needs are read. Those two find the one dispute asked for by
walking from the claims its id names (:func:`~claimgraph.graph.disputes.disputes_around`),
not by grouping every relation of the ledger.

The dispute found in the sub-ledger is the same record, sides, timeline and
questions included, as :func:`~claimgraph.graph.find_disputes` finds in the
whole ledger: every question naming its claims comes along, one that heads
another dispute unpinned. (Only a dispute that no question heads in the whole
ledger leaves such questions out: alone, one of them would head it.) Analyses
that look across the ledger (the source matrix, a document's uneven
attribution verbs) see only the sub-ledger.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Protocol

from attrs import evolve

from claimgraph.errors import UnknownDispute
from claimgraph.graph.disputes import dispute_groups, disputes_around, heading_questions
from claimgraph.model import Ledger, Question

__all__ = ["dispute_ledger", "dispute_members", "store_dispute_ledger", "sub_ledger"]


class _RelationLike(Protocol):
    """What finding disputes needs of a relation (a Relation, or a store's link row)."""

    @property
    def kind(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def target(self) -> str: ...
    @property
    def rule(self) -> str | None: ...


def dispute_members(
    relations: Iterable[_RelationLike], questions: Iterable[Question], order: Mapping[str, int]
) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every dispute's id, with its analyst question's id and its claims, from relations alone.

    Args:
        relations: objects with ``kind``, ``source``, ``target`` and ``rule``
            (:class:`~claimgraph.model.Relation` or a store's links); rule-found
            candidates are left out, as :func:`~claimgraph.graph.find_disputes` does.
        questions: the ledger's questions, in record order.
        order: claim id → ledger position, for (at least) every claim a relation names;
            relations naming a claim outside it are ignored.

    Returns:
        dispute id → (id of the question that names it, or ``""``; its claim ids in
        ledger order), in the order of :func:`~claimgraph.graph.find_disputes`.
    """
    groups = dispute_groups(_edges(relations, order), order, _question_tuples(questions))
    return {
        (question[0] if question else f"dispute-{claims[0]}"): (question[0] if question else "", tuple(claims))
        for question, claims in groups
    }


def sub_ledger(ledger: Ledger, claim_ids: Iterable[str]) -> Ledger:
    """The part of a ledger about some claims: they, and every entry they refer to.

    Kept, in record order: the claims; relations with both ends among them
    (candidates too); their reviews; their documents; the sources that said,
    relayed, published or reviewed them, with each one's ``part_of`` chain; and
    the questions that name any of them, narrowed to those claims.

    Args:
        ledger: a ledger.
        claim_ids: the claims to keep (unknown ids are ignored).

    Returns:
        A consistent ledger when ``ledger`` is.
    """
    wanted = set(claim_ids)
    claims = [c for c in ledger.claims if c.id in wanted]
    kept = {c.id for c in claims}
    documents = {c.document for c in claims if c.document is not None}
    reviews = [r for r in ledger.reviews if r.claim in kept]
    sources = {s for c in claims for s in (c.said_by, *c.via)} | {r.reviewer for r in reviews}
    sources |= {d.publisher for d in ledger.documents if d.id in documents and d.publisher}
    sources = {s for source in sources for s in ledger.chain(source)}
    return Ledger(
        sources=[s for s in ledger.sources if s.id in sources],
        documents=[d for d in ledger.documents if d.id in documents],
        claims=claims,
        relations=[r for r in ledger.relations if r.source in kept and r.target in kept],
        questions=[narrowed for q in ledger.questions if (narrowed := _narrowed(q, kept))],
        reviews=reviews,
    )


def _narrowed(question: Question, kept: set[str]) -> Question | None:
    claims = tuple(c for c in question.claims if c in kept)
    return evolve(question, claims=claims) if claims else None


def _unknown(dispute_id: str, members: Mapping[str, object], questions: Iterable[Question] = ()) -> UnknownDispute:
    if any(q.id == dispute_id for q in questions):
        return UnknownDispute(
            f"question {dispute_id!r} names no claim that is in a dispute: no contradicts relation reaches its claims"
        )
    known = ", ".join(list(members)[:20]) or "none (no contradicts relations)"
    more = f" and {len(members) - 20} more" if len(members) > 20 else ""
    return UnknownDispute(f"no dispute {dispute_id!r}; the disputes are: {known}{more}")


def _edges(relations: Iterable[_RelationLike], order: Mapping[str, int]) -> list[_RelationLike]:
    # The relations that shape disputes: analysts' (not rule-found, not rejected) claim relations.
    return [
        r
        for r in relations
        if r.rule is None
        and getattr(r, "rejected", None) is None
        and r.kind in ("supports", "contradicts")
        and r.source in order
        and r.target in order
    ]


def _question_tuples(questions: Iterable[Question]) -> list[tuple[str, str, tuple[str, ...], bool]]:
    return [(q.id, q.text, q.claims, q.heads) for q in questions]


def _asked_disputes(
    relations: Iterable[_RelationLike], questions: Iterable[Question], order: Mapping[str, int], dispute_id: str
) -> list[tuple[str, list[str]]]:
    """The disputes a ``--dispute`` id asks for, walking only from the claims it names.

    A dispute's id is its heading question's id, else ``dispute-<first claim>``;
    any other question's id asks for every dispute its claims fall into.

    Returns:
        The chosen disputes as (heading question id or ``""``, claim ids in ledger order).

    Raises:
        UnknownDispute: no dispute has this id, and no question of this id names a disputed claim.
    """
    questions = list(questions)
    asked = next((q for q in questions if q.id == dispute_id), None)
    seeds = list(asked.claims) if asked is not None else []
    if dispute_id.startswith("dispute-"):
        seeds.append(dispute_id.removeprefix("dispute-"))
    around = disputes_around(_edges(relations, order), order, _question_tuples(questions), seeds)
    named = [(head[0] if head else "", claims) for head, claims in around]
    chosen = [(head, claims) for head, claims in named if (head or f"dispute-{claims[0]}") == dispute_id]
    if not chosen and asked is not None:
        wanted = set(asked.claims)
        chosen = [(head, claims) for head, claims in named if not wanted.isdisjoint(claims)]
    if not chosen:  # only for the message: which disputes there are (a walk over every relation)
        raise _unknown(dispute_id, dispute_members(relations, questions, order), questions)
    return chosen


def _headed(ledger: Ledger, chosen: list[tuple[str, list[str]]]) -> Ledger:
    """The sub-ledger with every question that names its claims, each dispute's own head pinned.

    A question that heads another dispute of the whole ledger is kept, unpinned,
    so each dispute lists the same questions as in the whole ledger. It is left
    out only where, alone here, it would head a dispute that no question heads
    in the whole ledger: that dispute keeps its id and its derived wording.
    """
    own = {head for head, _claims in chosen if head}
    questions = [evolve(q, heads=q.id in own) for q in ledger.questions]
    groups = [claims for _head, claims in chosen]
    while True:
        stray = set(heading_questions(groups, _question_tuples(questions))) - own
        if not stray:
            return evolve(ledger, questions=questions)
        questions = [q for q in questions if q.id not in stray]


def dispute_ledger(ledger: Ledger, dispute_id: str) -> Ledger:
    """The sub-ledger of one dispute, found without building the ledger's graph.

    Args:
        ledger: a checked ledger.
        dispute_id: a dispute's id, as :func:`~claimgraph.graph.find_disputes` names
            it, or the id of any question: then every dispute its claims fall into.

    Returns:
        The dispute's claims and what they refer to (see :func:`sub_ledger`),
        with the questions that name them, the heading one pinned.

    Raises:
        UnknownDispute: no dispute has this id (the message lists some that do),
            or the question of this id names no claim in a dispute.
    """
    order = {c.id: position for position, c in enumerate(ledger.claims)}
    chosen = _asked_disputes(ledger.relations, ledger.questions, order, dispute_id)
    return _headed(sub_ledger(ledger, [c for _head, claims in chosen for c in claims]), chosen)


def store_dispute_ledger(path: str | os.PathLike[str], dispute_id: str) -> Ledger:
    """The sub-ledger of one dispute, reading from a ledger store only the rows it needs.

    Reads the current relations and questions (and the positions of the claims
    they name), finds the dispute, then reads its claims and the entries they
    refer to. A million-claim store answers in well under a second.

    Args:
        path: a ledger store.
        dispute_id: a dispute's id, as :func:`~claimgraph.graph.find_disputes` names
            it, or any question's id.

    Returns:
        The same ledger as ``dispute_ledger(read_store(path), dispute_id)``.

    Raises:
        UnknownDispute: no dispute has this id, nor a question that names a disputed claim.
        InputError: the file is not a readable ledger, or a record in it is damaged.
    """
    from claimgraph.store.partial import read_store_claims, read_store_outline

    outline = read_store_outline(path)
    chosen = _asked_disputes(outline.relations, outline.questions, outline.positions, dispute_id)
    return _headed(read_store_claims(path, [c for _head, claims in chosen for c in claims]), chosen)
