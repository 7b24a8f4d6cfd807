"""Reading a ledger store: its current state, its state at a past time, its log.

The current state is read from the ``state`` table; a past state is rebuilt by
replaying the log up to that time (:mod:`claimgraph.store.replay`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Mapping

from attrs import frozen

from claimgraph.errors import InputError
from claimgraph.model import Ledger
from claimgraph.store.entries import ledger_of, reading
from claimgraph.store.replay import Slot, apply_entry

__all__ = [
    "LogEntry",
    "claim_status",
    "history",
    "parse_as_of",
    "read_store",
    "retracted_entries",
    "store_time",
]

_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


@frozen
class LogEntry:
    """One entry of the ledger's log.

    Attributes:
        seq: 1-based position in the log.
        kind: source, document, claim, relation, question or review.
        entry_id: the recorded entry's id.
        action: add, amend or retract.
        author: who recorded it.
        recorded_at: when, ISO 8601 UTC (``2026-02-05T09:30:00.000000Z``).
        record: the entry's fields (dossier names) as recorded; None for a retraction.
        hash: this entry's SHA-256, chained to the one before.
        changed: for an amendment, the fields that differ from the previous version.
    """

    seq: int
    kind: str
    entry_id: str
    action: str
    author: str
    recorded_at: str
    record: Mapping[str, object] | None
    hash: str
    changed: tuple[str, ...] = ()


def store_time(moment: dt.datetime) -> str:
    """A time in the store's form: ISO 8601, UTC, microseconds (a naive time is taken as UTC).

    Times whose UTC falls outside the years 1-9999 (``9999-12-31T23:59:59-12:00``)
    still compare rightly with every stored time: a later one becomes the last
    microsecond of 9999, an earlier one is written in year 0000.
    """
    offset = moment.utcoffset() or dt.timedelta(0)
    naive = moment.replace(tzinfo=None)
    try:
        utc = naive - offset
    except OverflowError:
        if offset < dt.timedelta(0):
            return "9999-12-31T23:59:59.999999Z"  # after anything a store can hold
        # Before 0001-01-01T00:00Z, by less than a day (offsets are under 24 hours).
        return "0000-12-31T" + (naive + (dt.timedelta(days=1) - offset)).strftime("%H:%M:%S.%fZ")
    # %Y is not zero-padded for years before 1000 on every platform: pad it ourselves.
    return f"{utc.year:04d}-" + utc.strftime(_TIME_FORMAT[3:])


def parse_as_of(text: str, label: str = "--as-of") -> str:
    """Turn a user's ISO 8601 time into the store's timestamp form (UTC, microseconds).

    A date alone means the end of that day (UTC); a time without a zone is UTC.

    Raises:
        InputError: the text is not an ISO 8601 date or time.
    """
    value = text.strip()
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return store_time(dt.datetime.combine(day, dt.time.max))
        return store_time(dt.datetime.fromisoformat(value))
    except (ValueError, OverflowError):
        raise InputError.single(
            label, f"--as-of {text!r} is not an ISO 8601 date or time", "write e.g. 2026-02-05 or 2026-02-05T14:30Z"
        ) from None


def _cutoff(connection: sqlite3.Connection, as_of: str | None, label: str) -> int | None:
    """The last seq recorded at or before ``as_of``; None for "now"."""
    if as_of is None:
        return None
    moment = parse_as_of(as_of, label)
    # recorded_at never decreases along the log, so this selects a prefix of it.
    row = connection.execute("SELECT coalesce(max(seq), 0) FROM entries WHERE recorded_at <= ?", (moment,)).fetchone()
    return int(row[0])


def _replayed(connection: sqlite3.Connection, upto: int) -> list[tuple[tuple[str, str], Slot]]:
    slots: dict[tuple[str, str], Slot] = {}
    rows = connection.execute(
        "SELECT seq, kind, entry_id, action, record FROM entries WHERE seq <= ? ORDER BY seq", (upto,)
    )
    for seq, kind, entry_id, action, record in rows:
        apply_entry(slots, seq, kind, entry_id, action, record)
    return sorted(slots.items(), key=lambda item: item[1].position)


def _state(connection: sqlite3.Connection, upto: int | None, status: str) -> list[tuple[str, str, str]]:
    if upto is None:
        return connection.execute(
            "SELECT kind, entry_id, record FROM state WHERE status = ? ORDER BY position", (status,)
        ).fetchall()
    return [
        (kind, entry_id, slot.record) for (kind, entry_id), slot in _replayed(connection, upto) if slot.status == status
    ]


def read_store(path: str | os.PathLike[str], as_of: str | None = None) -> Ledger:
    """The ledger a store holds now, or as it stood at a past time.

    Args:
        path: the ledger file.
        as_of: an ISO 8601 date or time (a date means the end of that day,
            UTC); the state is rebuilt from the log entries recorded by then.

    Returns:
        The ledger, each kind in the order its entries were first added.

    Raises:
        InputError: the file is not a readable ledger, or ``as_of`` is not a time.
    """
    return _read_state(path, as_of, "current")


def _read_state(path: str | os.PathLike[str], as_of: str | None, which: str) -> Ledger:
    label = str(path)
    with reading(path) as connection:
        rows = _state(connection, _cutoff(connection, as_of, label), which)
    return ledger_of(rows, label)


def retracted_entries(path: str | os.PathLike[str], as_of: str | None = None) -> Ledger:
    """The entries withdrawn from a store (now, or by ``as_of``), each in its last version.

    The result may refer to entries that are not in it; it is meant for showing
    what was withdrawn, not for analysis.

    Raises:
        InputError: the file is not a readable ledger, or ``as_of`` is not a time.
    """
    return _read_state(path, as_of, "retracted")


def claim_status(path: str | os.PathLike[str], as_of: str | None = None) -> dict[str, str]:
    """Which claims were amended or retracted: what a brief marks.

    Args:
        path: the ledger file.
        as_of: as in :func:`read_store`.

    Returns:
        claim id → ``"amended"`` (current, with more than one version: changed,
        or retracted and added again) or ``"retracted"``. Claims recorded once
        and never changed are left out.

    Raises:
        InputError: the file is not a readable ledger, or ``as_of`` is not a time.
    """
    label = str(path)
    with reading(path) as connection:
        upto = _cutoff(connection, as_of, label)
        if upto is None:
            rows = connection.execute(
                "SELECT entry_id, status, revisions FROM state WHERE kind = 'claim' "
                "AND (status = 'retracted' OR revisions > 1)"
            ).fetchall()
        else:
            rows = [
                (entry_id, slot.status, slot.revisions)
                for (kind, entry_id), slot in _replayed(connection, upto)
                if kind == "claim"
            ]
    return {
        entry_id: "retracted" if status == "retracted" else "amended"
        for entry_id, status, revisions in rows
        if status == "retracted" or revisions > 1
    }


def _changed_fields(before: Mapping[str, object] | None, after: Mapping[str, object] | None) -> tuple[str, ...]:
    if before is None or after is None:
        return ()
    return tuple(sorted(key for key in {*before, *after} if before.get(key) != after.get(key)))


def history(path: str | os.PathLike[str], entry_id: str | None = None) -> tuple[LogEntry, ...]:
    """The ledger's log, or the log of one entry.

    Args:
        path: the ledger file.
        entry_id: only entries with this id (of any kind); all when None.

    Returns:
        The log entries in the order they were recorded.

    Raises:
        InputError: the file is not a readable ledger.
    """
    query = "SELECT seq, kind, entry_id, action, author, recorded_at, record, hash FROM entries"
    with reading(path) as connection:
        if entry_id is None:
            rows = connection.execute(query + " ORDER BY seq").fetchall()
        else:
            rows = connection.execute(query + " WHERE entry_id = ? ORDER BY seq", (entry_id,)).fetchall()
    latest: dict[tuple[str, str], Mapping[str, object] | None] = {}
    log = []
    for seq, kind, ident, action, author, recorded_at, record, digest in rows:
        value = json.loads(record) if record is not None else None
        changed = _changed_fields(latest.get((kind, ident)), value) if action == "amend" else ()
        if value is not None:
            latest[(kind, ident)] = value
        log.append(LogEntry(seq, kind, ident, action, author, recorded_at, value, digest, changed))
    return tuple(log)
