"""Reviewing rule-found candidates one by one: stable ids, accept, reject, and what accepting would change.

Each candidate gets a short id from what it says (kind, ends, rule and note),
so the same candidate has the same id on every run and an analyst can accept
or reject the ones they choose. A rejection is recorded in the dossier as the
candidate itself with a ``rejected:`` reason; the graph leaves rejected
relations out, and :func:`open_candidates` drops every candidate that repeats
one (same kind, ends and rule, whatever its note), so it never comes back.
:func:`preview` shows, before anything is written, how accepting some
candidates would change each dispute.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from attrs import evolve, frozen

from claimgraph.graph.build import build_graph
from claimgraph.graph.disputes import Dispute, find_disputes
from claimgraph.model import Ledger, Relation

__all__ = [
    "DisputeChange",
    "SideCount",
    "candidate_id",
    "chosen_candidates",
    "open_candidates",
    "preview",
    "reject_candidates",
]


def candidate_id(candidate: Relation) -> str:
    """A short, stable id: the first 8 hex digits of SHA-256 over kind, ends, rule and note.

    The ends go in as the relation's id spells them (sorted for the symmetric
    ``contradicts``), so the id does not depend on which end a rule named first.
    """
    text = "\x1f".join((candidate.id, candidate.rule or "", candidate.note or ""))
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def _key(relation: Relation) -> tuple[str, str | None]:
    return (relation.id, relation.rule)


def open_candidates(candidates: Iterable[Relation], ledger: Ledger) -> tuple[Relation, ...]:
    """The candidates an analyst has not rejected: those repeating a rejected relation are dropped.

    Args:
        candidates: from :func:`claimgraph.graph.find_candidates`.
        ledger: the ledger they were found in (its ``rejected`` relations).
    """
    rejected = {_key(r) for r in ledger.relations if r.rejected is not None}
    return tuple(c for c in candidates if _key(c) not in rejected)


def chosen_candidates(candidates: Sequence[Relation], ids: Iterable[str]) -> tuple[Relation, ...]:
    """The candidates with these ids (``all`` chooses every one), in the candidates' order.

    Raises:
        KeyError: an id names no candidate (the message names it).
    """
    wanted = list(dict.fromkeys(ids))
    if "all" in wanted:
        return tuple(candidates)
    by_id = {candidate_id(c): c for c in candidates}
    unknown = [i for i in wanted if i not in by_id]
    if unknown:
        raise KeyError(", ".join(unknown))
    chosen = set(wanted)
    return tuple(c for c in candidates if candidate_id(c) in chosen)


def reject_candidates(candidates: Iterable[Relation], reason: str, author: str | None = None) -> tuple[Relation, ...]:
    """The candidates as rejections to record: rule and note kept, ``rejected`` the reason.

    Args:
        candidates: the candidates to reject.
        reason: why (required: a rejection without a reason cannot be reviewed).
        author: who rejects them (``recorded_by``).

    Raises:
        ValueError: the reason is empty.
    """
    if not reason or not reason.strip():
        raise ValueError("a rejection needs a reason")
    return tuple(evolve(c, rejected=reason.strip(), recorded_by=author or c.recorded_by) for c in candidates)


@frozen
class SideCount:
    """One side of a dispute in figures: its label, name, claims and independent origins."""

    label: str
    position: str | None
    claims: int
    origins: int


@frozen
class DisputeChange:
    """How accepting candidates would change one dispute.

    Attributes:
        id: the dispute's id after accepting.
        question: its question after accepting.
        was: the ids of the disputes it holds claims of now (none for a new dispute;
            two or more when accepting merges them).
        sides_before: its sides now (those of the first dispute in ``was``), else empty.
        sides_after: its sides after accepting.
        balanced_before: whether it is balanced now (all of ``was``), None when new.
        balanced_after: whether it would be balanced.
        claims_before: how many claims it holds now (all of ``was`` together).
        claims_after: how many it would hold.
    """

    id: str
    question: str
    was: tuple[str, ...]
    sides_before: tuple[SideCount, ...]
    sides_after: tuple[SideCount, ...]
    balanced_before: bool | None
    balanced_after: bool
    claims_before: int
    claims_after: int

    @property
    def changed(self) -> bool:
        """True when accepting changes anything about this dispute."""
        return (
            len(self.was) != 1
            or self.sides_before != self.sides_after
            or self.balanced_before != self.balanced_after
            or self.claims_before != self.claims_after
        )


def _counts(dispute: Dispute) -> tuple[SideCount, ...]:
    return tuple(SideCount(s.label, s.position, len(s.claims), s.backing.origin_count) for s in dispute.sides)


def preview(ledger: Ledger, accepted: Sequence[Relation]) -> tuple[DisputeChange, ...]:
    """How accepting these relations would change each dispute, worked out without writing anything.

    Args:
        ledger: the ledger as it is.
        accepted: the relations accepting would add (from
            :func:`~claimgraph.graph.accept_candidates`).

    Returns:
        One record per dispute after accepting, in its order, whether it changes or not.
    """
    before = find_disputes(build_graph(ledger))
    after = find_disputes(build_graph(evolve(ledger, relations=(*ledger.relations, *accepted))))
    home = {claim: dispute for dispute in before for claim in dispute.claims}
    changes = []
    for dispute in after:
        was = tuple(dict.fromkeys(home[c].id for c in dispute.claims if c in home))
        earlier = [d for d in before if d.id in was]
        changes.append(
            DisputeChange(
                id=dispute.id,
                question=dispute.question,
                was=was,
                sides_before=_counts(earlier[0]) if earlier else (),
                sides_after=_counts(dispute),
                balanced_before=all(d.balanced for d in earlier) if earlier else None,
                balanced_after=dispute.balanced,
                claims_before=sum(len(d.claims) for d in earlier),
                claims_after=len(dispute.claims),
            )
        )
    return tuple(changes)
