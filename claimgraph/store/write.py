"""Writing to a ledger store: creating it, and appending what changed between it and a ledger.

Recording diffs a ledger against the store's current state and appends only
what changed (add, amend, retract), in one transaction that also updates the
current-state table, after checking that the resulting ledger is consistent.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from attrs import evolve, frozen

from claimgraph.errors import InputError, Problem
from claimgraph.model import KINDS, Defect, Ledger, check_ledger, to_fields
from claimgraph.model.vocabulary import Vocabulary, declares_vocabulary, vocabulary_fields
from claimgraph.store.chain import GENESIS, canonical_json, entry_hash
from claimgraph.store.entries import ledger_of
from claimgraph.store.read import store_time
from claimgraph.store.replay import DOSSIER, DOSSIER_ID
from claimgraph.store.schema import create_store, ensure_views, open_store, store_problem, upgrade_schema
from claimgraph.store.tree import Head, append_to_tree, rebuild_tree, tree_head

__all__ = [
    "WITHDRAWERS",
    "Change",
    "RecordSummary",
    "Retraction",
    "init_store",
    "record_ledger",
    "upgrade_tree",
    "writing",
]

#: Who withdrew a retracted entry: its source (the statement was withdrawn, a fact about
#: the story) or the analyst (the entry was recorded in error, a fact about the ledger).
WITHDRAWERS = ("source", "analyst")


@frozen
class Retraction:
    """An explicit retraction: one entry withdrawn, with why and by whom.

    Attributes:
        entry_id: the entry's id.
        reason: why it is withdrawn, in words a reader can follow.
        by: ``source`` (the source withdrew the statement) or ``analyst`` (the
            desk removes an entry recorded in error).
        kind: the entry's kind; None means the one current entry with that id
            (a claim first, when several kinds share it).
        cascade: also retract every current entry that refers to this one
            (relations, reviews, questions naming a claim; claims and documents
            naming a source...), and those that refer to them, in the same
            recording; without it, such a retraction is refused and the
            referring entries listed.
        follows: for an entry retracted by cascade, the entry whose retraction
            took it along ("claim relay"); None for one named by the user.
    """

    entry_id: str
    reason: str
    by: str
    kind: str | None = None
    cascade: bool = False
    follows: str | None = None


@frozen
class Change:
    """One log entry a recording appends (or, for a dry run, would append).

    Attributes:
        kind, entry_id, action: what it records (add, amend or retract).
        before: the entry's fields before (None for an addition).
        after: its fields after (None for a retraction).
        note: the entry's note: ``message``, and for a retraction ``by``.
    """

    kind: str
    entry_id: str
    action: str
    before: Mapping[str, object] | None
    after: Mapping[str, object] | None
    note: Mapping[str, object] | None = None


@frozen
class RecordSummary:
    """What one ``record`` appended.

    Attributes:
        added: entries new to the ledger (or re-added after a retraction).
        amended: entries whose record changed.
        retracted: entries withdrawn (only with ``retract_missing``).
        unchanged: entries recorded again exactly as they were.
        head: the ledger's head after recording (for a dry run, the head it would have).
        changes: every log entry appended (or that would be), in log order.
        fields_changed: the dossier's own fields (title, note, id...) differ from
            the ones the ledger kept, or are kept in an entry of their own (not
            said of a ledger's first fields, which ride with its first entries).
    """

    added: int
    amended: int
    retracted: int
    unchanged: int
    head: Head | None = None
    changes: tuple[Change, ...] = ()
    fields_changed: bool = False

    @property
    def changed(self) -> int:
        """How many log entries were appended (the dossier's fields may have one of their own)."""
        return self.added + self.amended + self.retracted + sum(change.kind == DOSSIER for change in self.changes)


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


def _retracted(
    current: dict[tuple[str, str], tuple[int, str, str]],
    incoming: dict[tuple[str, str], tuple[object, str]],
    retractions: Sequence[Retraction],
    label: str,
) -> dict[tuple[str, str], Retraction]:
    """The entries the explicit retractions name, each checked to be current and not recorded again."""
    found: dict[tuple[str, str], Retraction] = {}
    problems = []
    for retraction in retractions:
        kinds = [retraction.kind] if retraction.kind is not None else sorted(KINDS, key=lambda k: k != "claim")
        keys = [
            (kind, retraction.entry_id)
            for kind in kinds
            if current.get((kind, retraction.entry_id), (0, ""))[1] == "current"
        ]
        name = f"{retraction.kind or 'entry'} {retraction.entry_id!r}"
        if retraction.by not in WITHDRAWERS:
            problems.append(
                Problem(
                    label,
                    0,
                    name,
                    f"by: {retraction.by!r} is not who can withdraw an entry",
                    "write by: source or by: analyst",
                )
            )
        elif not retraction.reason.strip():
            problems.append(Problem(label, 0, name, "reason: is missing", "say why it is withdrawn: --reason TEXT"))
        elif not keys and any(current.get((kind, retraction.entry_id)) for kind in kinds):
            continue  # retracted already: recording the same dossier again appends nothing
        elif not keys:
            problems.append(
                Problem(
                    label,
                    0,
                    name,
                    "cannot be retracted: the ledger holds no current entry with this id",
                    "check the id with: claimgraph log",
                )
            )
        elif keys[0] in incoming:
            problems.append(
                Problem(
                    label,
                    0,
                    name,
                    "is both recorded and retracted",
                    "leave it out of the dossier, or do not retract it",
                )
            )
        else:
            found[keys[0]] = retraction
    if problems:
        raise InputError(problems)
    return found


#: The consistency checks that find a field naming an entry the ledger does not hold.
_REFERENCE_CODES = ("unknown-reference", "unknown-figure-reference")


def _result(
    current: dict[tuple[str, str], tuple[int, str, str]],
    incoming: dict[tuple[str, str], tuple[object, str]],
    ledger: Ledger,
    retract_missing: bool,
    explicit: Mapping[tuple[str, str], Retraction],
    label: str,
) -> Ledger:
    """The ledger as it would stand after the recording."""
    if retract_missing:
        return ledger  # the recorded ledger is exactly the new state
    rows = [
        (kind, entry_id, record)
        for (kind, entry_id), (_, status, record) in sorted(current.items(), key=lambda item: item[1][0])
        if status == "current" and (kind, entry_id) not in incoming and (kind, entry_id) not in explicit
    ]
    return ledger_of(rows, label).merged(ledger)


def _referring(
    defects: Sequence[Defect], retracted: Mapping[tuple[str, str], Retraction]
) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """Retracted entry → the entries still referring to it, each as (kind, id, field)."""
    found: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for defect in defects:
        if defect.code not in _REFERENCE_CODES or not defect.refs:
            continue
        named = (defect.target or "claim", defect.refs[0])
        if named in retracted:
            entry = (defect.kind, defect.id, defect.field or "")
            if entry not in found.setdefault(named, []):
                found[named].append(entry)
    return found


def _with_dependants(
    current: dict[tuple[str, str], tuple[int, str, str]],
    incoming: dict[tuple[str, str], tuple[object, str]],
    ledger: Ledger,
    explicit: Mapping[tuple[str, str], Retraction],
    label: str,
) -> dict[tuple[str, str], Retraction]:
    """The explicit retractions and, for those that cascade, every entry that refers to them.

    An entry still referring to a retracted one is retracted with it when the
    retraction cascades (and then whatever refers to it, and so on); otherwise
    the retraction is refused, naming every entry that refers to it, so no
    reference is ever left dangling.

    Raises:
        InputError: a retraction that does not cascade has entries referring to
            it, or an entry referring to a retracted one is being recorded now.
    """
    settled = dict(explicit)
    while True:
        referring = _referring(check_ledger(_result(current, incoming, ledger, False, settled, label)), settled)
        if not referring:
            return settled
        problems = []
        for named, entries in referring.items():
            retraction = settled[named]
            name = f"{named[0]} {named[1]!r}"
            listed = ", ".join(f"{kind} {entry_id!r} ({field})" for kind, entry_id, field in entries)
            recorded = [(kind, entry_id) for kind, entry_id, _ in entries if (kind, entry_id) in incoming]
            if recorded:
                problems.append(
                    Problem(
                        label,
                        0,
                        name,
                        f"cannot be retracted: what is being recorded refers to it: {listed}",
                        "leave those entries out of the dossier, or do not retract it",
                    )
                )
            elif not retraction.cascade:
                count = len(entries)
                problems.append(
                    Problem(
                        label,
                        0,
                        name,
                        f"cannot be retracted while {count} entr{'ies' if count != 1 else 'y'} refer to it: {listed}",
                        "add --cascade to retract them with it (in a dossier: cascade: true; --dry-run lists "
                        "them first), or amend them to drop the reference",
                    )
                )
            else:
                follows = retraction.follows or f"{named[0]} {named[1]}"
                for kind, entry_id, _ in entries:
                    settled.setdefault(
                        (kind, entry_id),
                        Retraction(entry_id, retraction.reason, retraction.by, kind, cascade=True, follows=follows),
                    )
        if problems:
            raise InputError(problems)


def _diff(
    current: dict[tuple[str, str], tuple[int, str, str]],
    incoming: dict[tuple[str, str], tuple[object, str]],
    retract_missing: bool,
    explicit: Mapping[tuple[str, str], Retraction],
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
    missing = {
        key
        for key, (_, status, _) in current.items()
        if status == "current" and key not in incoming and (retract_missing or key in explicit)
    }
    # Dependants first (reviews, relations...), so the log reads sensibly.
    ordered = sorted(missing, key=lambda key: (-KINDS[key[0]].rank if key[0] in KINDS else 0, current[key][0]))
    changes.extend((kind, entry_id, "retract", None) for kind, entry_id in ordered)
    return changes, unchanged


def _check_result(result: Ledger, label: str) -> None:
    """Refuse a recording that would leave the ledger inconsistent (``result``, checked as a whole)."""
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
    message: str | None = None,
    retractions: Sequence[Retraction] = (),
    metadata: Mapping[str, object] | None = None,
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
        message: why this recording is made; kept in the note of every entry it
            appends, under the entry's hash.
        retractions: entries to withdraw explicitly, each with its reason and who
            withdrew it (the reason replaces ``message`` in their notes).
        metadata: the dossier's own fields (title, note, id...); kept with the
            recording's first entry when they differ from the ones last kept.

    Returns:
        How many entries were added, amended, retracted and left unchanged, and
        each log entry appended.

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
    with writing(path, wait=wait, commit=not dry_run) as connection:
        request = _Request(author, retract_missing, message, tuple(retractions), metadata)
        summary = _record(connection, incoming, ledger, request, at, label)
    return summary


@contextmanager
def writing(path: str | os.PathLike[str], *, wait: float, commit: bool = True) -> Iterator[sqlite3.Connection]:
    """One write transaction on a ledger: its lock taken, its schema brought up to date, all or nothing.

    The lock is taken before anything is read, so what the block reads is what
    it writes over; a file SQLite finds damaged is refused before anything is
    built on it. The block's work is committed when it ends (rolled back
    instead when ``commit`` is False, for a dry run) and rolled back on any
    error, so a failure or a kill leaves the ledger exactly as it was.

    Raises:
        InputError: the ledger cannot be opened or written (SQLite's errors, explained).
        LedgerBusy: another process held the ledger for longer than ``wait``.
    """
    label = str(path)
    connection = open_store(path, write=True, wait=wait)
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            _check_structure(connection, label)
            upgrade_tree(connection)
            yield connection
            connection.execute("COMMIT" if commit else "ROLLBACK")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise store_problem(label, exc, wait=wait) from None
    finally:
        connection.close()


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
    """Bring an older ledger to this schema in the caller's transaction; schema 1 gets its Merkle tree built."""
    if upgrade_schema(connection) < 2:
        rebuild_tree(connection)


@frozen
class _Request:
    """What a ``record`` was asked, beside the ledger itself."""

    author: str
    retract_missing: bool
    message: str | None
    retractions: tuple[Retraction, ...]
    metadata: Mapping[str, object] | None


def _note(
    request: _Request, key: tuple[str, str], explicit: Mapping[tuple[str, str], Retraction], first: bool, meta: bool
) -> str | None:
    """The note of one appended entry: the message (or the retraction's reason and by), the dossier's fields."""
    note: dict[str, object] = {}
    if key in explicit:
        note["message"] = explicit[key].reason.strip()
        note["by"] = explicit[key].by
        if explicit[key].follows is not None:
            note["follows"] = explicit[key].follows
    elif request.message and request.message.strip():
        note["message"] = request.message.strip()
    if first and meta and request.metadata:
        note["dossier"] = dict(request.metadata)
    return canonical_json(note) if note else None


def _with_vocabulary(request: _Request, kept: object, vocabulary: Vocabulary) -> _Request:
    """The dossier fields to keep (the request's, else those ``kept`` last), carrying the declared vocabulary."""
    if vocabulary.is_default:
        return request
    base = request.metadata if request.metadata is not None else kept
    fields = dict(base) if isinstance(base, Mapping) else {}
    if not declares_vocabulary(fields.get("vocabulary"), vocabulary):  # else kept as the dossier wrote it
        fields["vocabulary"] = vocabulary_fields(vocabulary)
    return evolve(request, metadata=fields)


def _kept_metadata(connection: sqlite3.Connection) -> object:
    """The dossier fields the ledger last kept, or None."""
    row = connection.execute(
        "SELECT json_extract(note, '$.dossier') FROM entries WHERE json_extract(note, '$.dossier') IS NOT NULL "
        "ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return json.loads(row[0]) if row is not None else None


def _record(
    connection: sqlite3.Connection,
    incoming: dict[tuple[str, str], tuple[object, str]],
    ledger: Ledger,
    request: _Request,
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
    explicit = _retracted(current, incoming, request.retractions, label)
    if explicit and not request.retract_missing:
        explicit = _with_dependants(current, incoming, ledger, explicit, label)
    changes, unchanged = _diff(current, incoming, request.retract_missing, explicit)
    counts = {"add": 0, "amend": 0, "retract": 0}
    for change in changes:
        counts[change[2]] += 1
    summary = RecordSummary(counts["add"], counts["amend"], counts["retract"], unchanged)
    # The ledger's declared vocabulary travels with the dossier fields, so a change to it alone is kept too.
    # The kept fields are read once (a scan of the log's notes), and only when there are fields to compare.
    kept = _kept_metadata(connection) if request.metadata is not None or not ledger.vocabulary.is_default else None
    request = _with_vocabulary(request, kept, ledger.vocabulary)
    meta = request.metadata is not None and kept != json.loads(canonical_json(request.metadata))
    if not changes and not meta:
        return evolve(summary, head=tree_head(connection))
    entries_changed = bool(changes)
    if changes:
        _check_result(_result(current, incoming, ledger, request.retract_missing, explicit, label), label)
    else:
        # Only the dossier's own fields changed: they get an entry of their own.
        changes = [(DOSSIER, DOSSIER_ID, "add" if kept is None else "amend", None)]
    last = connection.execute("SELECT seq, hash, recorded_at FROM entries ORDER BY seq DESC LIMIT 1").fetchone()
    seq, previous, last_time = last if last is not None else (0, GENESIS, "")
    recorded_at = max(store_time(at or dt.datetime.now(dt.UTC)), last_time)
    entries: list[tuple[int, str, str, str, str, str, str | None, str, str, str | None]] = []
    upserts: list[tuple[str, str, int, int, str | None]] = []
    retractions: list[tuple[int, str, str]] = []
    appended: list[Change] = []
    for kind, entry_id, action, record in changes:
        seq += 1
        note = _note(request, (kind, entry_id), explicit, not entries, meta)
        digest = entry_hash(seq, kind, entry_id, action, request.author, recorded_at, record, previous, note)
        entries.append((seq, kind, entry_id, action, request.author, recorded_at, record, previous, digest, note))
        known = current.get((kind, entry_id))
        before = json.loads(known[2]) if known is not None and action != "add" else None
        after = json.loads(record) if record is not None else None
        if kind == DOSSIER:
            before, after = kept if isinstance(kept, dict) else None, dict(request.metadata or {})
        appended.append(Change(kind, entry_id, action, before, after, json.loads(note) if note else None))
        previous = digest
        if kind == DOSSIER:
            continue  # no entry of the state
        if action == "retract":
            retractions.append((seq, kind, entry_id))
        else:
            upserts.append((kind, entry_id, seq, seq, record))
    connection.executemany(
        "INSERT INTO entries (seq, kind, entry_id, action, author, recorded_at, record, "
        "prev_hash, hash, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
    return evolve(
        summary,
        head=tree_head(connection),
        changes=tuple(appended),
        fields_changed=meta and (kept is not None or not entries_changed),
    )
