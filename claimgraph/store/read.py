"""Reading a ledger store: its current state, its state at a past time, its log.

The current state is read from the ``state`` table; a past state is rebuilt by
replaying the log up to that time (:mod:`claimgraph.store.replay`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
from collections.abc import Collection, Mapping

from attrs import frozen

from claimgraph.errors import InputError
from claimgraph.model import KINDS, Ledger
from claimgraph.model.known import known_by as known_on
from claimgraph.model.vocabulary import Vocabulary, read_vocabulary
from claimgraph.store.entries import ledger_of, reading
from claimgraph.store.replay import DOSSIER, DOSSIER_ID, Slot, apply_entry
from claimgraph.store.schema import note_column

__all__ = [
    "EntryTimes",
    "LogEntry",
    "claim_status",
    "entry_times",
    "history",
    "kept_vocabulary",
    "last_recorded_at",
    "parse_as_of",
    "read_store",
    "retracted_entries",
    "store_time",
    "stored_metadata",
]

_ID_BATCH = 500  # ids per IN (...) query, well below SQLite's limit on parameters

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
        before: for an amendment or a retraction, the entry's fields before it.
        note: why it was recorded: ``message``, ``by`` (for a retraction: ``source``
            or ``analyst``), ``follows`` (for a retraction by cascade, the entry
            that took it along) and ``dossier`` (the dossier's own fields); None
            when nothing was said.
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
    before: Mapping[str, object] | None = None
    note: Mapping[str, object] | None = None

    @property
    def message(self) -> str | None:
        """The reason given for this entry (the recording's message, or the retraction's reason)."""
        value = (self.note or {}).get("message")
        return value if isinstance(value, str) else None

    @property
    def follows(self) -> str | None:
        """For an entry retracted by cascade, the entry whose retraction took it along ("claim relay")."""
        value = (self.note or {}).get("follows")
        return value if isinstance(value, str) else None

    @property
    def withdrawn_by(self) -> str | None:
        """For an explicit retraction, who withdrew the entry: ``source`` or ``analyst``."""
        value = (self.note or {}).get("by")
        return value if isinstance(value, str) else None


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


# A time cut short at some unit: what it leaves out is filled to the end of that unit.
_PARTIAL_TIME = re.compile(
    r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2}))?)?)?)?)?(Z|[+-]\d{2}:?\d{2})?"
)


def _end_of_unit(value: str) -> dt.datetime | None:
    """The last microsecond of the year, month, day, hour, minute or second ``value`` names; None if it names none."""
    match = _PARTIAL_TIME.fullmatch(value)
    if match is None:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    if month is None:
        start, step = dt.datetime(int(year), 1, 1), "year"
    elif day is None:
        start, step = dt.datetime(int(year), int(month), 1), "month"
    else:
        start = dt.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
        step = "day" if hour is None else "hour" if minute is None else "minute" if second is None else "second"
    if step == "year":
        end = start.replace(year=start.year + 1) if start.year < 9999 else dt.datetime.max
    elif step == "month":
        end = (
            start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
            if start < dt.datetime(9999, 12, 1)
            else dt.datetime.max
        )
    else:
        sizes = {
            "day": dt.timedelta(days=1),
            "hour": dt.timedelta(hours=1),
            "minute": dt.timedelta(minutes=1),
            "second": dt.timedelta(seconds=1),
        }
        try:
            end = start + sizes[step]
        except OverflowError:
            end = dt.datetime.max
    if end != dt.datetime.max:
        end -= dt.timedelta(microseconds=1)
    if zone is not None:
        offset = dt.datetime.fromisoformat(f"2000-01-01T00:00{zone}").tzinfo
        end = end.replace(tzinfo=offset)
    return end


def parse_as_of(text: str, label: str = "--as-of") -> str:
    """Turn a user's ISO 8601 time into the store's timestamp form (UTC, microseconds).

    The time is inclusive to the end of the unit it is given in: ``2026-11-30``
    means the end of that day, ``2026-11-30T22:40`` the end of that minute,
    ``2026-11`` the end of November (UTC, unless the time names its zone).
    A time with fractions of a second is taken as it is.

    Raises:
        InputError: the text is not an ISO 8601 date or time.
    """
    value = text.strip()
    try:
        end = _end_of_unit(value)
        return store_time(end if end is not None else dt.datetime.fromisoformat(value))
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


def read_store(path: str | os.PathLike[str], as_of: str | None = None, *, known_by: dt.date | None = None) -> Ledger:
    """The ledger a store holds now, or as it stood at a past time.

    Args:
        path: the ledger file.
        as_of: an ISO 8601 date or time (a date means the end of that day,
            UTC); the state is rebuilt from the log entries recorded by then.
        known_by: story time: only what was known on this day
            (:func:`~claimgraph.model.known.known_by`).

    Returns:
        The ledger, each kind in the order its entries were first added.

    Raises:
        InputError: the file is not a readable ledger, or ``as_of`` is not a time.
    """
    ledger = _read_state(path, as_of, "current")
    return ledger if known_by is None else known_on(ledger, known_by)


def _read_state(path: str | os.PathLike[str], as_of: str | None, which: str) -> Ledger:
    label = str(path)
    with reading(path) as connection:
        upto = _cutoff(connection, as_of, label)
        rows = _state(connection, upto, which)
        vocabulary = kept_vocabulary(connection, upto, label)
    return ledger_of(rows, label, vocabulary)


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


def history(
    path: str | os.PathLike[str],
    entry_id: str | None = None,
    as_of: str | None = None,
    *,
    entry_ids: Collection[str] | None = None,
    known_by: dt.date | None = None,
) -> tuple[LogEntry, ...]:
    """The ledger's log, or the log of one entry, or of some entries.

    Args:
        path: the ledger file.
        entry_id: only entries with this id (of any kind); all when None.
        as_of: only the entries recorded by this time (as in :func:`read_store`).
        entry_ids: only entries with one of these ids: what one dispute's brief
            needs of a large ledger, read through the index rather than the whole log.
        known_by: story time: only the log of the entries known on this day
            (:func:`~claimgraph.model.known.known_by`), each judged by its last
            version by ``as_of``, retracted ones included; sources and the
            dossier's own fields are always kept.

    Returns:
        The log entries in the order they were recorded, each with the version
        it replaced and its note.

    Raises:
        InputError: the file is not a readable ledger, or ``as_of`` is not a time.
    """
    with reading(path) as connection:
        query = (
            "SELECT seq, kind, entry_id, action, author, recorded_at, record, hash, "
            f"{note_column(connection)} FROM entries WHERE seq <= ?"
        )
        upto = _cutoff(connection, as_of, str(path))
        limit = upto if upto is not None else 2**62
        if entry_ids is not None:
            wanted = sorted(set(entry_ids) if entry_id is None else set(entry_ids) & {entry_id})
            rows = []
            for start in range(0, len(wanted), _ID_BATCH):
                batch = wanted[start : start + _ID_BATCH]
                marks = ", ".join("?" * len(batch))
                rows += connection.execute(query + f" AND entry_id IN ({marks})", (limit, *batch)).fetchall()
            rows.sort(key=lambda row: row[0])
        elif entry_id is None:
            rows = connection.execute(query + " ORDER BY seq", (limit,)).fetchall()
        else:
            rows = connection.execute(query + " AND entry_id = ? ORDER BY seq", (limit, entry_id)).fetchall()
    latest: dict[tuple[str, str], Mapping[str, object] | None] = {}
    log = []
    for seq, kind, ident, action, author, recorded_at, record, digest, note in rows:
        parsed = json.loads(note) if note is not None else None
        value = json.loads(record) if record is not None else None
        fields = parsed.get("dossier") if isinstance(parsed, dict) else None
        if kind == DOSSIER and isinstance(fields, dict):
            value = fields  # the dossier's fields entry shows them as its record
        before = latest.get((kind, ident)) if action != "add" else None
        changed = _changed_fields(before, value) if action == "amend" else ()
        if value is not None:
            latest[(kind, ident)] = value
        if isinstance(fields, dict):
            latest[(DOSSIER, DOSSIER_ID)] = fields  # kept with an entry's note, or in an entry of their own
        log.append(LogEntry(seq, kind, ident, action, author, recorded_at, value, digest, changed, before, parsed))
    if known_by is not None:
        known = _known_keys(path, as_of, known_by)
        log = [entry for entry in log if entry.kind not in KINDS or (entry.kind, entry.entry_id) in known]
    return tuple(log)


def _known_keys(path: str | os.PathLike[str], as_of: str | None, day: dt.date) -> set[tuple[str, str]]:
    """(kind, id) of every entry, current or retracted by ``as_of``, that story time ``day`` keeps."""
    whole = read_store(path, as_of=as_of).merged(retracted_entries(path, as_of=as_of))
    known = known_on(whole, day)
    return {(name, entry.id) for name, kind in KINDS.items() for entry in getattr(known, kind.section)}


def last_recorded_at(path: str | os.PathLike[str], as_of: str | None = None) -> str | None:
    """When the ledger's last entry (by ``as_of``) was recorded; None for an empty ledger."""
    with reading(path) as connection:
        upto = _cutoff(connection, as_of, str(path))
        row = connection.execute(
            "SELECT recorded_at FROM entries WHERE seq <= ? ORDER BY seq DESC LIMIT 1",
            (upto if upto is not None else 2**62,),
        ).fetchone()
    return None if row is None else str(row[0])


def stored_metadata(path: str | os.PathLike[str], as_of: str | None = None) -> Mapping[str, object]:
    """The dossier's own fields (title, note, id...) as last recorded (by ``as_of``); empty when none were.

    Raises:
        InputError: the file is not a readable ledger, or ``as_of`` is not a time.
    """
    with reading(path) as connection:
        return _metadata(connection, _cutoff(connection, as_of, str(path)))


def _metadata(connection: sqlite3.Connection, upto: int | None) -> Mapping[str, object]:
    if note_column(connection) != "note":
        return {}
    row = connection.execute(
        "SELECT json_extract(note, '$.dossier') FROM entries WHERE seq <= ? "
        "AND json_extract(note, '$.dossier') IS NOT NULL ORDER BY seq DESC LIMIT 1",
        (upto if upto is not None else 2**62,),
    ).fetchone()
    value = json.loads(row[0]) if row is not None else None
    return value if isinstance(value, dict) else {}


def kept_vocabulary(connection: sqlite3.Connection, upto: int | None, label: str) -> Vocabulary:
    """The ledger's vocabulary for figures, as the dossier fields last kept (by log position ``upto``) declare it.

    Raises:
        InputError: the kept vocabulary does not read as one (the store was written by hand).
    """
    declared = _metadata(connection, upto).get("vocabulary")
    if declared is None:
        return Vocabulary()
    try:
        return read_vocabulary(declared)
    except ValueError as exc:
        raise InputError.single(
            label, f"the vocabulary it keeps cannot be read: {exc}", "record the dossiers again"
        ) from None


@frozen
class EntryTimes:
    """When each entry was last recorded, and when each last changed: what makes reviews and notes stale.

    Attributes:
        recorded: (kind, id) → when its current version was recorded (ISO 8601 UTC).
        changed: (kind, id) → when it last changed after its first version (an
            amendment, or an addition after a retraction); entries never changed are absent.
    """

    recorded: Mapping[tuple[str, str], str]
    changed: Mapping[tuple[str, str], str]


def entry_times(
    path: str | os.PathLike[str], as_of: str | None = None, *, entry_ids: Collection[str] | None = None
) -> EntryTimes:
    """When every entry (or those with ``entry_ids``) was last recorded and last changed, now or by ``as_of``.

    Raises:
        InputError: the file is not a readable ledger, or ``as_of`` is not a time.
    """
    recorded: dict[tuple[str, str], str] = {}
    changed: dict[tuple[str, str], str] = {}
    seen: set[tuple[str, str]] = set()
    for entry in history(path, as_of=as_of, entry_ids=entry_ids):
        key = (entry.kind, entry.entry_id)
        if entry.action == "retract":
            recorded.pop(key, None)
            continue
        if key in seen:  # an amendment, or an addition after a retraction
            changed[key] = entry.recorded_at
        seen.add(key)
        recorded[key] = entry.recorded_at
    return EntryTimes(recorded, changed)
