"""The ledger store: an append-only, hash-chained log of entries in one SQLite file.

Recording diffs a ledger against the store's current state and appends only
what changed (add, amend, retract), in one transaction that also updates the
current-state table; reading returns the current state, or the state as it
stood at a past time, rebuilt from the log.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from attrs import frozen

from claimgraph._gc import paused_gc
from claimgraph.errors import FieldError, InputError, Problem
from claimgraph.io.chain import GENESIS, canonical_json, entry_hash
from claimgraph.io.replay import Slot, apply_entry
from claimgraph.io.storefile import create_store, ensure_views, open_store, store_problem
from claimgraph.model import KINDS, SECTIONS, Ledger, check_ledger, from_fields, to_fields

__all__ = [
    "LogEntry",
    "RecordSummary",
    "claim_status",
    "history",
    "init_store",
    "parse_as_of",
    "read_store",
    "record_ledger",
    "retracted_entries",
]

_KIND_SECTION = {kind: section for section, kind in SECTIONS.items()}
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


@frozen
class RecordSummary:
    """What one ``record`` appended.

    Attributes:
        added: entries new to the ledger (or re-added after a retraction).
        amended: entries whose record changed.
        retracted: entries withdrawn (only with ``retract_missing``).
        unchanged: entries recorded again exactly as they were.
    """

    added: int
    amended: int
    retracted: int
    unchanged: int

    @property
    def changed(self) -> int:
        """How many log entries were appended."""
        return self.added + self.amended + self.retracted


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
    record: Mapping | None
    hash: str
    changed: tuple[str, ...] = ()


def init_store(path: str | os.PathLike) -> bool:
    """Create an empty ledger store (SQLite, WAL mode), or accept an existing one.

    Args:
        path: the ledger file to create.

    Returns:
        True when it was created, False when it already was a ledger.

    Raises:
        InputError: the path holds another file, or cannot be written.
    """
    return create_store(path)


def _timestamp(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime(_TIME_FORMAT)


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
            return _timestamp(dt.datetime.combine(day, dt.time.max))
        return _timestamp(dt.datetime.fromisoformat(value))
    except ValueError:
        raise InputError(
            [
                Problem(
                    label,
                    0,
                    "",
                    f"--as-of {text!r} is not an ISO 8601 date or time",
                    "write e.g. 2026-02-05 or 2026-02-05T14:30Z",
                )
            ]
        ) from None


def _incoming(ledger: Ledger, label: str) -> dict[tuple[str, str], tuple[object, str]]:
    entries: dict[tuple[str, str], tuple[object, str]] = {}
    problems = []
    for section, kind in SECTIONS.items():
        for entry in getattr(ledger, section):
            name = f"{kind} {entry.id!r}"
            if (kind, entry.id) in entries:
                problems.append(
                    Problem(
                        label, 0, name, "id: appears twice in what is being recorded", f"give each {kind} its own id"
                    )
                )
                continue
            if kind == "document" and entry.text_file is not None and entry.text is None:
                problems.append(
                    Problem(
                        label,
                        0,
                        name,
                        f"text_file: the text of {entry.text_file} was not read",
                        "read documents with read_ledger, which fills in their text",
                    )
                )
                continue
            try:
                text = canonical_json(to_fields(entry, with_text=True))
            except ValueError as exc:
                problems.append(
                    Problem(
                        label,
                        0,
                        name,
                        f"cannot be recorded: {exc}",
                        "replace NaN or infinite numbers by a finite value",
                    )
                )
                continue
            entries[(kind, entry.id)] = (entry, text)
    if problems:
        raise InputError(problems)
    return entries


def _entry(kind: str, entry_id: str, record: str, label: str) -> object:
    cls, renames = KINDS[kind].cls, KINDS[kind].renames
    try:
        values = json.loads(record)
        # Stored records were written by to_fields from a valid entry (and are hash-checked):
        # building the class directly runs each converter and validator once instead of
        # from_fields's twice, which halves the cost of reading a large ledger.
        return cls(**{renames.get(key, key): value for key, value in values.items()})
    except (ValueError, KeyError, TypeError, AttributeError):
        pass  # from_fields says precisely what is wrong
    try:
        return from_fields(kind, json.loads(record))
    except (FieldError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(
            [
                Problem(
                    label,
                    0,
                    f"{kind} {entry_id!r}",
                    f"the stored record cannot be read: {exc}",
                    "run 'claimgraph verify' on the ledger; restore it from a backup",
                )
            ]
        ) from None


def _ledger(rows: list[tuple[str, str, str]], label: str) -> Ledger:
    """Build a Ledger from (kind, id, record JSON) rows in record order."""
    sections: dict[str, list] = {section: [] for section in SECTIONS}
    with paused_gc():  # millions of new objects and no cycles: the collector would only slow it down
        for kind, entry_id, record in rows:
            if kind not in _KIND_SECTION:
                raise InputError(
                    [
                        Problem(
                            label,
                            0,
                            f"{kind} {entry_id!r}",
                            f"unknown entry kind {kind!r}",
                            "upgrade claimgraph: this ledger holds kinds it does not know",
                        )
                    ]
                )
            sections[_KIND_SECTION[kind]].append(_entry(kind, entry_id, record, label))
        return Ledger(**sections)


@contextmanager
def _reading(path: str | os.PathLike) -> Iterator[sqlite3.Connection]:
    """A read-only connection holding one snapshot of the ledger; SQLite errors become problems."""
    label = str(path)
    connection = open_store(path)
    try:
        connection.execute("BEGIN")
        yield connection
        connection.execute("COMMIT")
    except sqlite3.Error as exc:
        raise store_problem(label, exc) from None
    finally:
        connection.close()


def _cutoff(connection: sqlite3.Connection, as_of: str | None, label: str) -> int | None:
    """The last seq recorded at or before ``as_of``; None for "now"."""
    if as_of is None:
        return None
    moment = parse_as_of(as_of, label)
    # recorded_at never decreases along the log, so this selects a prefix of it.
    return connection.execute("SELECT coalesce(max(seq), 0) FROM entries WHERE recorded_at <= ?", (moment,)).fetchone()[
        0
    ]


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


def read_store(path: str | os.PathLike, as_of: str | None = None) -> Ledger:
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


def _read_state(path: str | os.PathLike, as_of: str | None, which: str) -> Ledger:
    label = str(path)
    with _reading(path) as connection:
        rows = _state(connection, _cutoff(connection, as_of, label), which)
    return _ledger(rows, label)


def retracted_entries(path: str | os.PathLike, as_of: str | None = None) -> Ledger:
    """The entries withdrawn from a store (now, or by ``as_of``), each in its last version.

    The result may refer to entries that are not in it; it is meant for showing
    what was withdrawn, not for analysis.

    Raises:
        InputError: the file is not a readable ledger, or ``as_of`` is not a time.
    """
    return _read_state(path, as_of, "retracted")


def claim_status(path: str | os.PathLike, as_of: str | None = None) -> dict[str, str]:
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
    with _reading(path) as connection:
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


def _changed_fields(before: Mapping | None, after: Mapping | None) -> tuple[str, ...]:
    if before is None or after is None:
        return ()
    return tuple(sorted(key for key in {*before, *after} if before.get(key) != after.get(key)))


def history(path: str | os.PathLike, entry_id: str | None = None) -> tuple[LogEntry, ...]:
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
    with _reading(path) as connection:
        if entry_id is None:
            rows = connection.execute(query + " ORDER BY seq").fetchall()
        else:
            rows = connection.execute(query + " WHERE entry_id = ? ORDER BY seq", (entry_id,)).fetchall()
    latest: dict[tuple[str, str], Mapping | None] = {}
    log = []
    for seq, kind, ident, action, author, recorded_at, record, digest in rows:
        value = json.loads(record) if record is not None else None
        changed = _changed_fields(latest.get((kind, ident)), value) if action == "amend" else ()
        if value is not None:
            latest[(kind, ident)] = value
        log.append(LogEntry(seq, kind, ident, action, author, recorded_at, value, digest, changed))
    return tuple(log)


def _diff(
    current: dict[tuple[str, str], tuple[int, str, str]],
    incoming: dict[tuple[str, str], tuple[object, str]],
    retract_missing: bool,
) -> tuple[list[tuple[str, str, str, str | None]], int]:
    """The log entries to append (kind, id, action, record), and how many entries are unchanged."""
    changes: list[tuple[str, str, str, str | None]] = []
    unchanged = 0
    for (kind, entry_id), (_, text) in incoming.items():
        known = current.get((kind, entry_id))
        if known is None or known[1] == "retracted":
            changes.append((kind, entry_id, "add", text))
        elif known[2] != text:
            changes.append((kind, entry_id, "amend", text))
        else:
            unchanged += 1
    if retract_missing:
        order = list(_KIND_SECTION)
        # Dependants first (reviews, relations...), so the log reads sensibly.
        missing = sorted(
            (key for key, (_, status, _) in current.items() if status == "current" and key not in incoming),
            key=lambda key: (-order.index(key[0]) if key[0] in order else 0, current[key][0]),
        )
        changes.extend((kind, entry_id, "retract", None) for kind, entry_id in missing)
    return changes, unchanged


def _check_result(
    current: dict[tuple[str, str], tuple[int, str, str]],
    incoming: dict[tuple[str, str], tuple[object, str]],
    ledger: Ledger,
    retract_missing: bool,
    label: str,
) -> None:
    """Refuse a recording that would leave the ledger inconsistent (checked as a whole)."""
    if retract_missing:
        result = ledger  # the recorded ledger is exactly the new state
    else:
        rows = [
            (kind, entry_id, record)
            for (kind, entry_id), (_, status, record) in sorted(current.items(), key=lambda item: item[1][0])
            if status == "current" and (kind, entry_id) not in incoming
        ]
        kept = _ledger(rows, label)
        result = kept.merged(ledger)
    problems = [
        Problem(
            label,
            0,
            f"{d.kind} {d.id!r}",
            f"recording would leave the ledger inconsistent: {d.field + ': ' if d.field else ''}{d.message}",
            d.hint,
        )
        for d in check_ledger(result)
    ]
    if problems:
        raise InputError(problems)


def record_ledger(
    path: str | os.PathLike,
    ledger: Ledger,
    author: str,
    *,
    retract_missing: bool = False,
    at: dt.datetime | None = None,
    wait: float = 30.0,
    dry_run: bool = False,
) -> RecordSummary:
    """Append to a store what changed between its current state and ``ledger``.

    New entries are added, changed ones amended and, with ``retract_missing``,
    current entries absent from ``ledger`` retracted. Recording the same ledger
    twice appends nothing. The whole resulting state is checked first; the
    entries and the current state are written in one transaction, so a failure
    or a kill leaves the store exactly as it was.

    Args:
        path: the ledger file (see :func:`init_store`).
        ledger: what to record, e.g. from :func:`~claimgraph.io.read_ledger`.
        author: who records it; stored with every entry.
        retract_missing: treat ``ledger`` as the whole truth: retract the rest.
        at: the recording time (default now); a time before the store's last
            entry is raised to it, so the log's times never go backwards.
        wait: seconds to wait while another process records, before giving up.
        dry_run: work out and check the changes, then write nothing.

    Returns:
        How many entries were added, amended, retracted and left unchanged.

    Raises:
        InputError: the author is missing, the result would be inconsistent,
            the store is not a usable ledger, the disk is full...
        LedgerBusy: another process held the ledger for longer than ``wait``.
    """
    label = str(path)
    author = author.strip() if isinstance(author, str) else ""
    if not author:
        raise InputError([Problem(label, 0, "", "the author is missing", "name who records: --author NAME")])
    incoming = _incoming(ledger, label)
    connection = open_store(path, write=True, wait=wait)
    try:
        connection.execute("BEGIN IMMEDIATE")  # take the write lock before reading the state
        try:
            summary = _record(connection, incoming, ledger, author, retract_missing, at, label)
            connection.execute("ROLLBACK" if dry_run else "COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise store_problem(label, exc, wait=wait) from None
    finally:
        connection.close()
    return summary


def _record(connection, incoming, ledger, author, retract_missing, at, label) -> RecordSummary:
    ensure_views(connection)
    current = {
        (kind, entry_id): (position, status, record)
        for kind, entry_id, position, status, record in connection.execute(
            "SELECT kind, entry_id, position, status, record FROM state"
        )
    }
    changes, unchanged = _diff(current, incoming, retract_missing)
    counts = {"add": 0, "amend": 0, "retract": 0}
    for change in changes:
        counts[change[2]] += 1
    summary = RecordSummary(counts["add"], counts["amend"], counts["retract"], unchanged)
    if not changes:
        return summary
    _check_result(current, incoming, ledger, retract_missing, label)
    last = connection.execute("SELECT seq, hash, recorded_at FROM entries ORDER BY seq DESC LIMIT 1").fetchone()
    seq, previous, last_time = last if last is not None else (0, GENESIS, "")
    recorded_at = max(_timestamp(at or dt.datetime.now(dt.UTC)), last_time)
    entries, upserts, retractions = [], [], []
    for kind, entry_id, action, record in changes:
        seq += 1
        digest = entry_hash(seq, kind, entry_id, action, author, recorded_at, record, previous)
        entries.append((seq, kind, entry_id, action, author, recorded_at, record, previous, digest))
        previous = digest
        if action == "retract":
            retractions.append((seq, kind, entry_id))
        else:
            upserts.append((kind, entry_id, seq, seq, record))
    connection.executemany(
        "INSERT INTO entries (seq, kind, entry_id, action, author, recorded_at, record, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        entries,
    )
    connection.executemany(
        "INSERT INTO state (kind, entry_id, position, seq, status, revisions, record) "
        "VALUES (?, ?, ?, ?, 'current', 1, ?) ON CONFLICT (kind, entry_id) DO UPDATE SET "
        "seq = excluded.seq, status = 'current', revisions = revisions + 1, record = excluded.record",
        upserts,
    )
    connection.executemany(
        "UPDATE state SET seq = ?, status = 'retracted', revisions = revisions + 1 WHERE kind = ? AND entry_id = ?",
        retractions,
    )
    return summary
