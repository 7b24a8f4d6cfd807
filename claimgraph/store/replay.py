"""Replaying the ledger's log: what each entry does to the current state.

Reading the ledger as it stood at a time, and verifying that the ``state``
table is what the log says, both rebuild the state entry by entry with
:func:`apply_entry`; recording maintains the same state incrementally.
"""

from __future__ import annotations

from attrs import define

__all__ = ["ACTIONS", "DOSSIER", "DOSSIER_ID", "Slot", "apply_entry"]

ACTIONS = ("add", "amend", "retract")

#: The kind of the log entry that keeps the dossier's own fields (title, note, id...)
#: when a recording changes nothing else; its note holds them, it has no record, and
#: it is not part of the state. (Otherwise they ride in the note of the recording's first entry.)
DOSSIER = "dossier"
#: The id every such entry has: the fields of the ledger's one dossier.
DOSSIER_ID = "fields"


@define
class Slot:
    """One entry's place in the current state.

    Attributes:
        position: the seq of its first addition; entries are read in this order.
        seq: the seq of its latest log entry.
        status: ``current`` or ``retracted``.
        revisions: how many log entries it has.
        record: its latest record's JSON text (for a retracted entry, the last
            version before the retraction).
    """

    position: int
    seq: int
    status: str
    revisions: int
    record: str


def apply_entry(
    slots: dict[tuple[str, str], Slot], seq: int, kind: str, entry_id: str, action: str, record: str | None
) -> str | None:
    """Apply one log entry to a state being rebuilt.

    Args:
        slots: the state so far, by (kind, id); updated in place.
        seq, kind, entry_id, action, record: the entry's columns.

    Returns:
        None, or why the entry cannot follow the ones before it (an amendment of
        something never added, an addition of something current...).
    """
    if action not in ACTIONS:
        return f"has an unknown action {action!r}"
    if kind == DOSSIER:
        if action == "retract" or record is not None or entry_id != DOSSIER_ID:
            return f"is a dossier-fields entry that is not an add or amend of {DOSSIER_ID!r} without a record"
        return None  # the dossier's fields are no entry of the state
    slot = slots.get((kind, entry_id))
    current = slot is not None and slot.status == "current"
    if action != "retract" and record is None:
        return f"is an {action} without a record"
    if action == "add":
        assert record is not None  # checked just above
        if current:
            return f"adds {kind} {entry_id!r}, which is already current"
        if slot is None:
            slots[(kind, entry_id)] = Slot(seq, seq, "current", 1, record)
        else:
            slot.seq, slot.status, slot.record = seq, "current", record
            slot.revisions += 1
        return None
    if slot is None or not current:
        return f"{action}s {kind} {entry_id!r}, which is not current"
    slot.seq = seq
    slot.revisions += 1
    if action == "amend" and record is not None:
        slot.record = record
    else:
        slot.status = "retracted"
    return None
