"""Writing to a ledger store: creating it, and appending what changed between it and a ledger.

Recording diffs a ledger against the store's current state and appends only
what changed (add, amend, retract), in one transaction that also updates the
current-state table, after checking that the resulting ledger is consistent.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

from attrs import evolve, frozen

from claimgraph.errors import InputError, Problem
from claimgraph.model import KINDS, Ledger, check_ledger, to_fields
from claimgraph.store.chain import GENESIS, canonical_json, entry_hash
from claimgraph.store.entries import ledger_of
from claimgraph.store.read import store_time
from claimgraph.store.schema import create_store, ensure_views, open_store, store_problem, upgrade_schema
from claimgraph.store.tree import Head, append_to_tree, rebuild_tree, tree_head

__all__ = ["RecordSummary", "init_store", "record_ledger", "upgrade_tree"]


@frozen
class RecordSummary:
    """What one ``record`` appended.

    Attributes:
        added: entries new to the ledger (or re-added after a retraction).
        amended: entries whose record changed.
        retracted: entries withdrawn (only with ``retract_missing``).
        unchanged: entries recorded again exactly as they were.
        head: the ledger's head after recording (for a dry run, the head it would have).
    """

    added: int
    amended: int
    retracted: int
    unchanged: int
    head: Head | None = None

    @property
    def changed(self) -> int:
        """How many log entries were appended."""
        return self.added + self.amended + self.retracted


def init_store(path: str | os.PathLike[str]) -> bool:
    """Create an empty ledger store (SQLite), or accept an existing one; never replaces a file.

    Args:
        path: the ledger file to create.

    Returns:
        True when it was created, False when it already was a ledger.

    Raises:
        InputError: the path holds another file, or cannot be written.
    """
    return create_store(path)


def _incoming(ledger: Ledger, label: str) -> dict[tuple[str, str], tuple[object, str]]:
    entries: dict[tuple[str, str], tuple[object, str]] = {}
    problems = []
    for kind, entry_kind in KINDS.items():
        for entry in getattr(ledger, entry_kind.section):
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
        # Dependants first (reviews, relations...), so the log reads sensibly.
        missing = sorted(
            (key for key, (_, status, _) in current.items() if status == "current" and key not in incoming),
            key=lambda key: (-KINDS[key[0]].rank if key[0] in KINDS else 0, current[key][0]),
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
        kept = ledger_of(rows, label)
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
    path: str | os.PathLike[str],
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
        raise InputError.single(label, "the author is missing", "name who records: --author NAME")
    incoming = _incoming(ledger, label)
    connection = open_store(path, write=True, wait=wait)
    try:
        connection.execute("BEGIN IMMEDIATE")  # take the write lock before reading the state
        try:
            _check_structure(connection, label)
            upgrade_tree(connection)
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


def _check_structure(connection: sqlite3.Connection, label: str) -> None:
    """Refuse to append to a file SQLite finds damaged: the new entries would be built on it."""
    problems = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
    if problems != ["ok"]:
        raise InputError.single(
            label,
            f"is damaged ({'; '.join(problems)}): nothing was recorded",
            f"run 'claimgraph verify --ledger {label}'; restore it from a backup",
        )


def upgrade_tree(connection: sqlite3.Connection) -> None:
    """Give a ledger of schema 1 its Merkle tree (and checkpoints table), in the caller's transaction."""
    if upgrade_schema(connection):
        rebuild_tree(connection)


def _record(
    connection: sqlite3.Connection,
    incoming: dict[tuple[str, str], tuple[object, str]],
    ledger: Ledger,
    author: str,
    retract_missing: bool,
    at: dt.datetime | None,
    label: str,
) -> RecordSummary:
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
        return evolve(summary, head=tree_head(connection))
    _check_result(current, incoming, ledger, retract_missing, label)
    last = connection.execute("SELECT seq, hash, recorded_at FROM entries ORDER BY seq DESC LIMIT 1").fetchone()
    seq, previous, last_time = last if last is not None else (0, GENESIS, "")
    recorded_at = max(store_time(at or dt.datetime.now(dt.UTC)), last_time)
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
    append_to_tree(connection, entries[0][0], (entry[8] for entry in entries))
    return evolve(summary, head=tree_head(connection))
