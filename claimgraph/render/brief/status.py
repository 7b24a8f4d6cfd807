"""What a ledger store adds to a brief: which claims were amended and how, and the claims retracted from it.

A brief of dossiers has no history; a brief of a ledger store marks amended
claims on their cards with what they said before (old → new, with dates and the
reason given), flags reviews and relation notes written before their claim last
changed, and lists the retracted claims in a section of their own, saying
whether the source withdrew them or the desk removed them, so that an old link
to a withdrawn claim still lands somewhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from attrs import field, frozen

from claimgraph.graph.audit import Stale
from claimgraph.model import Ledger, Period
from claimgraph.render.ledger_text import field_changes, value_text, withdrawal_text, word_diff
from claimgraph.store import LogEntry

__all__ = [
    "AmendedView",
    "AmendmentView",
    "FieldChangeView",
    "LedgerStatus",
    "RetractedView",
    "amended_views",
    "long_day",
    "provenance_text",
    "retracted_views",
]

#: Text longer than this is shown as a word diff rather than whole, twice.
_LONG = 60


def long_day(moment: str | dt.date) -> str:
    """A day as a reader reads it: ``19 October 2023`` (from a date, or a stored ISO 8601 time)."""
    day = moment if isinstance(moment, dt.date) else dt.date.fromisoformat(moment[:10])
    return f"{day.day} {day.strftime('%B')} {day.year}"


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
        log: the store's log by that time, for each claim's versions and reasons.
        stale: reviews and relation notes recorded before their claim last changed.
        known_by: the story day the brief is limited to (``--known-by``), or None.
        recorded_at: the time of the last entry read, for the header's "recorded state of".
    """

    ledger: str
    claims: Mapping[str, str] = field(factory=dict)
    retracted: Ledger = field(factory=Ledger)
    as_of: str | None = None
    head: str | None = None
    log: tuple[LogEntry, ...] = ()
    stale: tuple[Stale, ...] = ()
    known_by: dt.date | None = None
    recorded_at: str | None = None

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
        withdrawn: how it went: "withdrawn by the source", "removed by the desk",
            or "retracted" when the retraction did not say.
        by: ``source``, ``analyst``, or None.
        reason: the reason given, or None.
        day: the day it was retracted (recording time), or None.
    """

    id: str
    anchor: str
    statement: str
    speaker: str
    said_on: Period | None
    document: str | None
    history: str
    withdrawn: str = "retracted"
    by: str | None = None
    reason: str | None = None
    day: str | None = None


@frozen
class FieldChangeView:
    """One field of a claim as it was and as it is.

    Attributes:
        field: the field's dossier name (``statement``, ``said_on``...).
        old: the old value as text.
        new: the new value as text.
        diff: for long text, both as one word diff (``[-old-] {+new+}``); else None.
    """

    field: str
    old: str
    new: str
    diff: str | None = None


@frozen
class AmendmentView:
    """One amendment of a claim: when, why, and what it changed.

    Attributes:
        before: the day the replaced version was recorded.
        day: the day of the amendment.
        reason: the reason given when it was recorded, or None.
        changes: each changed field, old → new.
    """

    before: str
    day: str
    reason: str | None
    changes: tuple[FieldChangeView, ...]


@frozen
class AmendedView:
    """What the brief shows under an amended claim.

    Attributes:
        amendments: every amendment, oldest first.
        stale: what was written about the claim's earlier version: the reviews
            and relation notes recorded before it last changed, as short phrases.
    """

    amendments: tuple[AmendmentView, ...]
    stale: tuple[str, ...] = ()


def provenance_text(status: LedgerStatus) -> str:
    """Where a brief of a ledger store comes from, and on which clocks.

    Story time first when there is one, then always the recording time the
    state is from (the day of the last entry read), and the ``--as-of`` asked:
    ``From the ledger store rafah.db, as known on 19 October 2023, recorded state of 30 November 2026.``
    """
    clocks = []
    if status.known_by is not None:
        clocks.append(f"as known on {long_day(status.known_by)}")
    if status.recorded_at is not None:
        clocks.append(f"recorded state of {long_day(status.recorded_at)}")
    else:
        clocks.append("nothing recorded yet")
    asked = f" (as it stood at {status.as_of})" if status.as_of else ""
    return f"From the ledger store {status.ledger}, {', '.join(clocks)}{asked}."


def _change_view(name: str, old: object, new: object) -> FieldChangeView:
    old_text, new_text = value_text(old), value_text(new)
    long = isinstance(old, str) and isinstance(new, str) and max(len(old), len(new)) > _LONG
    return FieldChangeView(name, old_text, new_text, word_diff(old_text, new_text) if long else None)


def amended_views(ledger: Ledger, status: LedgerStatus | None) -> dict[str, AmendedView]:
    """Claim id → what it said before and why it changed, for each amended claim shown; empty for dossiers."""
    if status is None:
        return {}
    amendments: dict[str, list[AmendmentView]] = {}
    recorded: dict[str, str] = {}
    for entry in status.log:
        if entry.kind != "claim":
            continue
        if entry.action == "amend" and entry.entry_id in recorded:
            changes = tuple(_change_view(*change) for change in field_changes(entry.before, entry.record))
            amendments.setdefault(entry.entry_id, []).append(
                AmendmentView(long_day(recorded[entry.entry_id]), long_day(entry.recorded_at), entry.message, changes)
            )
        recorded[entry.entry_id] = entry.recorded_at
    stale: dict[str, list[str]] = {}
    for item in status.stale:
        what = f"review {item.id}" if item.kind == "review" else f"the note of relation {item.id}"
        stale.setdefault(item.claim, []).append(f"{what} (recorded {long_day(item.recorded)})")
    return {
        claim.id: AmendedView(tuple(amendments.get(claim.id, ())), tuple(stale.get(claim.id, ())))
        for claim in ledger.claims
        if claim.id in amendments or claim.id in stale
    }


def _retraction_notes(status: LedgerStatus) -> dict[str, LogEntry]:
    """Claim id → the log entry that last retracted it."""
    return {e.entry_id: e for e in status.log if e.kind == "claim" and e.action == "retract"}


def retracted_views(ledger: Ledger, status: LedgerStatus | None) -> tuple[RetractedView, ...] | None:
    """The claims retracted from the store and not recorded again, in record order; None for dossiers."""
    if status is None:
        return None
    gone = status.retracted
    notes = _retraction_notes(status)
    views = []
    for claim in gone.claims:
        # Retracted and added again counts as amended, and is shown with the current claims.
        if status.claims.get(claim.id) != "retracted" or ledger.claim(claim.id) is not None:
            continue
        speaker = ledger.source(claim.said_by) or gone.source(claim.said_by)
        document = ledger.document(claim.document or "") or gone.document(claim.document or "")
        note = notes.get(claim.id)
        by = note.withdrawn_by if note is not None else None
        views.append(
            RetractedView(
                id=claim.id,
                anchor=f"claim-{claim.id}",
                statement=claim.statement,
                speaker=speaker.name if speaker is not None else claim.said_by,
                said_on=claim.said_on,
                document=document.title if document is not None else None,
                history=status.history(claim.id),
                withdrawn=withdrawal_text(by),
                by=by,
                reason=note.message if note is not None else None,
                day=long_day(note.recorded_at) if note is not None else None,
            )
        )
    return tuple(views)
