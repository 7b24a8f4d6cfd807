"""What a ledger store adds to a brief: which claims were amended, and the claims retracted from it.

A brief of dossiers has no history; a brief of a ledger store marks amended
claims on their cards and lists the retracted ones in a section of their own,
so that an old link to a withdrawn claim still lands somewhere.
"""

from __future__ import annotations

from collections.abc import Mapping

from attrs import field, frozen

from claimgraph.model import Ledger, Period

__all__ = ["LedgerStatus", "RetractedView", "retracted_views"]


@frozen
class LedgerStatus:
    """What a ledger store says about its claims' history: the marks a brief adds.

    The command line gathers it from the store (``claim_status`` and
    ``retracted_entries`` in :mod:`claimgraph.io`), so that making a brief
    reads no file itself.

    Attributes:
        ledger: the store's name as the brief shows it, in the ``claimgraph log`` hints.
        claims: claim id → ``"amended"`` or ``"retracted"``; claims recorded once
            and never changed are absent.
        retracted: the entries withdrawn from the store, each in its last version
            (its claims, and any sources they name that were withdrawn too).
        as_of: the time the store is read as of, as the user gave it, or None for now.
        head: the store's head (``SIZE:ROOT``) at that time, which the brief
            records so a reader can check the ledger still holds what it shows.
    """

    ledger: str
    claims: Mapping[str, str] = field(factory=dict)
    retracted: Ledger = field(factory=Ledger)
    as_of: str | None = None
    head: str | None = None

    def history(self, claim_id: str) -> str:
        """The command that lists one claim's versions."""
        return f"claimgraph log --ledger {self.ledger} {claim_id}"


@frozen
class RetractedView:
    """A claim withdrawn from the ledger store, in its last recorded version.

    Attributes:
        id: the claim's id.
        anchor: ``claim-ID``, so an old link to the claim still lands on it.
        statement: the statement as last recorded.
        speaker: the speaker's name (or id, when the speaker is gone as well).
        said_on: when it was said, or None.
        document: the title of the document it appeared in, or None.
        history: the command that shows when and by whom it was recorded and retracted.
    """

    id: str
    anchor: str
    statement: str
    speaker: str
    said_on: Period | None
    document: str | None
    history: str


def retracted_views(ledger: Ledger, status: LedgerStatus | None) -> tuple[RetractedView, ...] | None:
    """The claims retracted from the store and not recorded again, in record order; None for dossiers."""
    if status is None:
        return None
    gone = status.retracted
    views = []
    for claim in gone.claims:
        # Retracted and added again counts as amended, and is shown with the current claims.
        if status.claims.get(claim.id) != "retracted" or ledger.claim(claim.id) is not None:
            continue
        speaker = ledger.source(claim.said_by) or gone.source(claim.said_by)
        document = ledger.document(claim.document or "") or gone.document(claim.document or "")
        views.append(
            RetractedView(
                id=claim.id,
                anchor=f"claim-{claim.id}",
                statement=claim.statement,
                speaker=speaker.name if speaker is not None else claim.said_by,
                said_on=claim.said_on,
                document=document.title if document is not None else None,
                history=status.history(claim.id),
            )
        )
    return tuple(views)
