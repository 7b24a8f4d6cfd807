"""Verifying a ledger store: recompute the hash chain and the current state from the log.

Someone with ``sqlite3`` can drop the append-only triggers and edit anything;
what they cannot do without it showing here is change, remove or reorder a
past entry, or make the current-state table disagree with the log. (Rewriting
the whole chain from the edit on is only caught against a head hash kept
elsewhere: :attr:`VerifyResult.head` is the value to keep.)
"""

from __future__ import annotations

import json
import os
import sqlite3

from attrs import frozen

from claimgraph.model import KINDS
from claimgraph.store.chain import GENESIS, canonical_json, entry_hash
from claimgraph.store.entries import reading
from claimgraph.store.replay import Slot, apply_entry

__all__ = ["Broken", "VerifyResult", "verify_store"]


@frozen
class Broken:
    """The first place where a ledger is not what its log says.

    Attributes:
        seq: the log entry at fault, or None when the current-state table is.
        kind: that entry's kind ("" when unknown).
        entry_id: that entry's id ("" when unknown).
        message: what is wrong, in a sentence.
    """

    seq: int | None
    kind: str
    entry_id: str
    message: str

    def __str__(self) -> str:
        if self.seq is None:
            where = f"current state of {self.kind} {self.entry_id!r}" if self.kind else "current state"
        else:
            where = f"entry #{self.seq}" + (f" ({self.kind} {self.entry_id!r})" if self.kind else "")
        return f"{where}: {self.message}"


@frozen
class VerifyResult:
    """The outcome of :func:`verify_store`.

    Attributes:
        entries: how many log entries were read.
        head: the last entry's hash (``GENESIS`` for an empty ledger): keep it
            somewhere else to notice a rewrite of the whole chain later.
        broken: the first problem found, or None when the ledger is intact.
    """

    entries: int
    head: str
    broken: Broken | None = None

    @property
    def ok(self) -> bool:
        """True when the chain and the current state are intact."""
        return self.broken is None


def _check_entry(row: tuple, expected_seq: int, previous: str, last_time: str) -> str | None:
    seq, kind, entry_id, action, author, recorded_at, record, prev_hash, digest = row
    if seq != expected_seq:
        return (
            f"comes where entry #{expected_seq} should: entries were deleted or renumbered"
            if seq > expected_seq
            else "is out of order"
        )
    if prev_hash != previous:
        return (
            f"its prev_hash does not match entry #{seq - 1}'s hash: an entry before it was changed, "
            "removed or reordered"
            if seq > 1
            else "its prev_hash is not the chain's start"
        )
    if not all(isinstance(value, str) for value in (kind, entry_id, action, author, recorded_at, digest)):
        return "has a column of the wrong type"
    if digest != entry_hash(seq, kind, entry_id, action, author, recorded_at, record, prev_hash):
        return "its hash does not match its content: the entry was changed after it was recorded"
    if kind not in KINDS:
        return f"has an unknown kind {kind!r}"
    if recorded_at < last_time:
        return f"was recorded at {recorded_at}, before the entry preceding it ({last_time})"
    if record is not None:
        try:
            value = json.loads(record)
        except (TypeError, ValueError):
            return "its record is not JSON"
        if not isinstance(value, dict) or canonical_json(value) != record:
            return "its record is not a canonical JSON object"
        if value.get("id", entry_id) != entry_id and not KINDS[kind].derived_id:
            return f"its record's id {value.get('id')!r} differs from the entry's id"
    return None


def _compare_state(connection: sqlite3.Connection, slots: dict[tuple[str, str], Slot]) -> Broken | None:
    stored = {
        (kind, entry_id): Slot(position, seq, status, revisions, record)
        for kind, entry_id, position, seq, status, revisions, record in connection.execute(
            "SELECT kind, entry_id, position, seq, status, revisions, record FROM state"
        )
    }
    for key in sorted(set(stored) | set(slots)):
        kind, entry_id = key
        if key not in stored:
            return Broken(None, kind, entry_id, "is missing from the state table")
        if key not in slots:
            return Broken(None, kind, entry_id, "is in the state table but no entry of the log records it")
        if stored[key] != slots[key]:
            return Broken(
                None,
                kind,
                entry_id,
                "differs from what the log records: the state table was edited; "
                "dump the ledger to see what the log holds",
            )
    return None


def verify_store(path: str | os.PathLike) -> VerifyResult:
    """Recompute a ledger's hash chain and its current state, and report the first break.

    Args:
        path: the ledger file.

    Returns:
        The number of entries, the head hash, and the first broken entry if any.

    Raises:
        InputError: the file is not a readable ledger.
    """
    with reading(path) as connection:
        previous, last_time, count = GENESIS, "", 0
        slots: dict[tuple[str, str], Slot] = {}
        rows = connection.execute(
            "SELECT seq, kind, entry_id, action, author, recorded_at, record, prev_hash, hash FROM entries ORDER BY seq"
        )
        for row in rows:
            count += 1
            seq, kind, entry_id = row[0], row[1], row[2]
            reason = _check_entry(row, count, previous, last_time)
            if reason is None:
                reason = apply_entry(slots, seq, kind, entry_id, row[3], row[6])
            if reason is not None:
                name = (kind, entry_id) if isinstance(kind, str) and isinstance(entry_id, str) else ("", "")
                return VerifyResult(count, previous, Broken(seq, *name, reason))
            previous, last_time = row[8], row[5]
        broken = _compare_state(connection, slots)
    return VerifyResult(count, previous, broken)
