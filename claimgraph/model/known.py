"""Story time: the ledger as it stood in the story on a given day, whatever was recorded since.

``--as-of`` asks what the ledger *held* at a recording time; ``--known-by`` asks
what was *said* by a day of the story: only the claims said on or before it,
the relations between them, and the reviews dated by then.
"""

from __future__ import annotations

import datetime as dt

from attrs import evolve

from claimgraph.model.entities import Claim
from claimgraph.model.ledger import Ledger

__all__ = ["claim_day", "known_by"]


def claim_day(ledger: Ledger, claim: Claim) -> dt.date | None:
    """The first day a claim can have been known: its said_on start, else its document's publication day."""
    if claim.said_on is not None:
        return claim.said_on.start
    document = ledger.document(claim.document) if claim.document is not None else None
    return document.published if document is not None else None


def known_by(ledger: Ledger, day: dt.date) -> Ledger:
    """The part of a ledger known on ``day``.

    A claim is kept when it was said (or, undated, its document published) on
    or before ``day``; a claim with neither date is left out, since nothing says
    it was known. Relations are kept when both their claims are; reviews when
    their claim is kept and they are dated by ``day``; questions keep the
    claims still present (and go when none are); documents published after
    ``day`` go unless a kept claim names them. Sources all stay: a source is
    not a statement, and the vocabulary stays with them.

    Returns:
        A new ledger, each kind in its original order.
    """
    claims = tuple(c for c in ledger.claims if (when := claim_day(ledger, c)) is not None and when <= day)
    kept = {c.id for c in claims}
    named = {c.document for c in claims}
    questions = []
    for question in ledger.questions:
        remaining = tuple(c for c in question.claims if c in kept)
        if remaining:
            questions.append(evolve(question, claims=remaining) if remaining != question.claims else question)
    return evolve(
        ledger,
        documents=tuple(d for d in ledger.documents if d.id in named or d.published is None or d.published <= day),
        claims=claims,
        relations=tuple(r for r in ledger.relations if r.source in kept and r.target in kept),
        questions=questions,
        reviews=tuple(r for r in ledger.reviews if r.claim in kept and r.date is not None and r.date <= day),
    )
