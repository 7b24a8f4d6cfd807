"""One dispute's own ledger, found from the relations alone: no graph of the whole ledger.

A brief of one dispute needs that dispute's claims and what they name (speakers
with their ``part_of`` chains, relays, documents and publishers, reviews), not
a million other claims. :func:`dispute_members` finds which claims form each
dispute from the relations and the ledger order only, with the grouping
:func:`~claimgraph.graph.find_disputes` uses; :func:`sub_ledger` cuts those
claims out with everything they refer to; :func:`dispute_ledger` does both for
a ledger in memory and :func:`store_dispute_ledger` for a ledger store, where
only the rows it needs are read.

The dispute found in the sub-ledger is the same record, sides, timeline and
question included, as :func:`~claimgraph.graph.find_disputes` finds in the
whole ledger. Analyses that look across the ledger (the source matrix, a
document's uneven attribution verbs) see only the sub-ledger.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Protocol

from attrs import evolve

from claimgraph.errors import UnknownDispute
from claimgraph.graph.disputes import dispute_groups
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
    edges = [
        r
        for r in relations
        if r.rule is None
        and getattr(r, "rejected", None) is None
        and r.kind in ("supports", "contradicts")
        and r.source in order
        and r.target in order
    ]
    groups = dispute_groups(edges, order, ((q.id, q.text, q.claims, q.heads) for q in questions))
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


def _headed(ledger: Ledger, heads: set[str], elsewhere: set[str]) -> Ledger:
    # Each dispute keeps the question that heads it in the whole ledger, pinned, and
    # the other questions naming its claims, unpinned; a question that heads another
    # dispute of the whole ledger is left out, since alone here it would head this one.
    return evolve(
        ledger,
        questions=[evolve(q, heads=q.id in heads) for q in ledger.questions if q.id in heads or q.id not in elsewhere],
    )


def _unknown(dispute_id: str, members: Mapping[str, object], questions: Iterable[Question] = ()) -> UnknownDispute:
    if any(q.id == dispute_id for q in questions):
        return UnknownDispute(
            f"question {dispute_id!r} names no claim that is in a dispute: no contradicts relation reaches its claims"
        )
    known = ", ".join(list(members)[:20]) or "none (no contradicts relations)"
    more = f" and {len(members) - 20} more" if len(members) > 20 else ""
    return UnknownDispute(f"no dispute {dispute_id!r}; the disputes are: {known}{more}")


def _chosen(
    dispute_id: str, members: Mapping[str, tuple[str, tuple[str, ...]]], questions: Iterable[Question]
) -> tuple[set[str], list[str]]:
    """The heading questions and the claims of the dispute with this id, or of every dispute a question falls into.

    Raises:
        UnknownDispute: no dispute has this id, and no question of this id names a disputed claim.
    """
    questions = list(questions)
    if dispute_id in members:
        head, claims = members[dispute_id]
        return {head} - {""}, list(claims)
    asked = next((set(q.claims) for q in questions if q.id == dispute_id), set())
    chosen = [(head, claims) for head, claims in members.values() if asked.intersection(claims)]
    if not chosen:
        raise _unknown(dispute_id, members, questions)
    return {head for head, _claims in chosen} - {""}, [c for _head, claims in chosen for c in claims]


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
    members = dispute_members(ledger.relations, ledger.questions, order)
    heads, claims = _chosen(dispute_id, members, ledger.questions)
    return _headed(sub_ledger(ledger, claims), heads, {head for head, _claims in members.values()})


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
    members = dispute_members(outline.relations, outline.questions, outline.positions)
    heads, claims = _chosen(dispute_id, members, outline.questions)
    return _headed(read_store_claims(path, claims), heads, {head for head, _claims in members.values()})
