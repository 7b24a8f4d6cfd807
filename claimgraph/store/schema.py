"""The ledger store's SQLite file: its schema (tables, views, triggers), creating and opening it.

The schema is plain tables and views so that ``sqlite3`` or ``datasette`` show
the ledger usefully: ``entries`` is the append-only log; ``state`` holds every
entry's latest version; the views ``sources``, ``documents``, ``claims``,
``relations``, ``questions`` and ``reviews`` show what is current, ``retracted``
what was withdrawn. SQLite errors become :class:`InputError` problems that say
what happened to which file and what to do.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from claimgraph.errors import InputError, LedgerBusy
from claimgraph.io.files import SQLITE_HEADER
from claimgraph.model import KINDS

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "create_store",
    "ensure_views",
    "open_store",
    "store_problem",
]

#: Marks a SQLite file as a claimgraph ledger ("CGLd"), so other databases are refused.
APPLICATION_ID = int.from_bytes(b"CGLd", "big")
#: Bumped whenever a ledger written by this version could not be read by an older one.
SCHEMA_VERSION = 1

_TABLES = """
CREATE TABLE entries (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    action TEXT NOT NULL,
    author TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    record TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX entries_by_entry ON entries (entry_id, kind, seq);
CREATE INDEX entries_by_time ON entries (recorded_at);
CREATE TABLE state (
    kind TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    status TEXT NOT NULL,
    revisions INTEGER NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (kind, entry_id)
) WITHOUT ROWID;
CREATE INDEX state_in_order ON state (kind, status, position);
CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries
BEGIN SELECT RAISE(ABORT, 'the claimgraph ledger is append-only: entries cannot be changed'); END;
CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries
BEGIN SELECT RAISE(ABORT, 'the claimgraph ledger is append-only: entries cannot be deleted'); END;
"""

#: Columns each view lifts out of the record JSON (view column, JSON field).
_VIEW_COLUMNS = {
    "source": [("name", "name"), ("kind", "kind"), ("part_of", "part_of"), ("role", "role")],
    "document": [("title", "title"), ("publisher", "publisher"), ("published", "published"), ("url", "url")],
    "claim": [
        ("statement", "statement"),
        ("said_by", "said_by"),
        ("via", "via"),
        ("document", "document"),
        ("quote", "quote"),
        ("cue", "cue"),
        ("said_on", "said_on"),
    ],
    "relation": [
        ("kind", "kind"),
        ("from_claim", "from"),
        ("to_claim", "to"),
        ("note", "note"),
        ("recorded_by", "recorded_by"),
        ("rule", "rule"),
    ],
    "question": [("text", "text"), ("claims", "claims")],
    "review": [
        ("claim", "claim"),
        ("rating", "rating"),
        ("reviewer", "reviewer"),
        ("rating_value", "rating_value"),
        ("date", "date"),
    ],
}


def _views() -> list[str]:
    statements = []
    for kind, entry_kind in KINDS.items():
        section = entry_kind.section
        lifted = "".join(
            f"json_extract(s.record, '$.\"{field}\"') AS {column}, " for column, field in _VIEW_COLUMNS.get(kind, [])
        )
        statements.append(
            f"CREATE VIEW IF NOT EXISTS {section} AS SELECT s.entry_id AS id, {lifted}"
            "s.revisions AS versions, e.author AS last_author, e.recorded_at AS last_recorded_at, "
            "s.record AS record FROM state AS s JOIN entries AS e ON e.seq = s.seq "
            f"WHERE s.kind = '{kind}' AND s.status = 'current' ORDER BY s.position;"
        )
    statements.append(
        "CREATE VIEW IF NOT EXISTS retracted AS SELECT s.kind AS kind, s.entry_id AS id, "
        "e.author AS retracted_by, e.recorded_at AS retracted_at, s.record AS last_record "
        "FROM state AS s JOIN entries AS e ON e.seq = s.seq WHERE s.status = 'retracted' "
        "ORDER BY s.seq;"
    )
    return statements


def _fail(label: str, message: str, hint: str) -> InputError:
    return InputError.single(label, message, hint)


def store_problem(label: str, exc: sqlite3.Error, *, wait: float | None = None) -> InputError:
    """Turn a SQLite error into a problem that says what happened and what to do.

    Args:
        label: the ledger file as the user named it.
        exc: the error SQLite raised.
        wait: how long the command waited for the write lock, for the busy message.
    """
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or "locked" in text:
        waited = f" (waited {wait:g} s)" if wait is not None else ""
        return LedgerBusy.single(
            label,
            f"ledger busy: another process is writing to it{waited}",
            "try again when it has finished, or wait longer with --wait",
        )
    if name.startswith("SQLITE_FULL") or "full" in text:
        return _fail(
            label,
            "the disk is full (or the ledger reached its size limit); nothing was recorded",
            "free some disk space and record again",
        )
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return _fail(
            label,
            "is read-only: cannot record into it",
            "check the file's and its folder's permissions, or dump it and record into a copy",
        )
    if name.startswith("SQLITE_NOTADB"):
        return _fail(
            label, "is not a claimgraph ledger (not a SQLite database)", "name a file made by 'claimgraph ledger init'"
        )
    if name.startswith("SQLITE_CORRUPT"):
        return _fail(
            label, f"is damaged: {text}", "restore it from a backup; 'claimgraph verify' tells how far it is sound"
        )
    if name.startswith("SQLITE_CANTOPEN") or name.startswith("SQLITE_PERM"):
        return _fail(label, f"cannot be opened: {text}", "check the file's and its folder's permissions")
    if name.startswith("SQLITE_IOERR"):
        return _fail(
            label,
            f"could not be read or written (I/O error: {text}); nothing was recorded",
            "check the disk, then try again",
        )
    return _fail(label, f"cannot be used as a ledger: {text}", "check that it is a claimgraph ledger")


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{path.absolute().as_uri()}?{query}"


def _check_file(path: Path, label: str) -> None:
    if not path.exists():
        raise _fail(label, "does not exist", f"create the ledger with: claimgraph ledger init {label}")
    if path.is_dir():
        raise _fail(label, "is a folder, not a ledger file", "name the ledger file")
    try:
        with open(path, "rb") as stream:
            header = stream.read(16)
    except OSError as exc:
        raise _fail(label, f"cannot be read: {exc.strerror}", "check its permissions") from None
    if not header:
        raise _fail(label, "is empty, not a ledger", f"create the ledger with: claimgraph ledger init {label}")
    if header != SQLITE_HEADER:
        raise _fail(
            label,
            "is not a claimgraph ledger (not a SQLite database)",
            "name a file made by 'claimgraph ledger init'; dossiers are read by 'claimgraph record'",
        )


def _check_schema(connection: sqlite3.Connection, label: str) -> None:
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if application_id != APPLICATION_ID:
        raise _fail(
            label, "is a SQLite database but not a claimgraph ledger", "name a file made by 'claimgraph ledger init'"
        )
    if version > SCHEMA_VERSION:
        raise _fail(
            label,
            f"was written by a newer claimgraph (ledger schema {version}; "
            f"this claimgraph reads schema {SCHEMA_VERSION} and older)",
            "upgrade claimgraph: pip install --upgrade claimgraph",
        )
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    if version < 1 or not {"entries", "state"} <= tables:
        raise _fail(label, "is a damaged claimgraph ledger: its tables are missing", "restore it from a backup")


def open_store(path: str | os.PathLike, *, write: bool = False, wait: float = 30.0) -> sqlite3.Connection:
    """Open a ledger store after checking that it is one this claimgraph can use.

    Args:
        path: the ledger file.
        write: open for recording; otherwise read-only (a ledger on read-only
            media is read as an immutable file).
        wait: seconds to wait for another process's write lock before giving up.

    Returns:
        A connection in autocommit mode: callers open their own transactions.

    Raises:
        InputError: missing, not SQLite, not a ledger, from a newer claimgraph,
            damaged or not writable.
    """
    path = Path(path)
    label = str(path)
    _check_file(path, label)
    attempts = [{"mode": "rw"}] if write else [{"mode": "ro"}, {"mode": "ro", "immutable": "1"}]
    for number, params in enumerate(attempts, start=1):
        connection = None
        try:
            connection = sqlite3.connect(
                _uri(path, **params), uri=True, timeout=wait, isolation_level=None, check_same_thread=False
            )
            _check_schema(connection, label)
            if write:
                connection.execute("PRAGMA journal_mode = WAL")
                # FULL: a recorded entry survives a power cut, not only a crash.
                connection.execute("PRAGMA synchronous = FULL")
            return connection
        except InputError:
            connection.close()
            raise
        except sqlite3.Error as exc:
            if connection is not None:
                connection.close()
            readonly = (getattr(exc, "sqlite_errorname", "") or "").startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN"))
            # A WAL ledger in a folder we cannot write needs the immutable fallback to be read.
            if number < len(attempts) and readonly:
                continue
            raise store_problem(label, exc, wait=wait) from None
    raise AssertionError("unreachable")  # pragma: no cover


def create_store(path: str | os.PathLike) -> bool:
    """Create an empty ledger store, or leave an existing one as it is.

    The file appears whole or not at all: the schema is written to a temporary
    file beside it, which is then moved into place.

    Args:
        path: where to create it; an existing empty file is replaced.

    Returns:
        True when a ledger was created, False when ``path`` already was a ledger.

    Raises:
        InputError: the path holds something else, or cannot be written.
    """
    target = Path(path)
    label = str(target)
    if target.is_dir():
        raise _fail(label, "is a folder", "name a file for the ledger, e.g. ledger.db")
    if target.exists() and target.stat().st_size > 0:
        open_store(target).close()  # raises unless it is a ledger this claimgraph reads
        return False
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise _fail(label, f"cannot be created: the folder {folder} does not exist", "create the folder first")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(handle)
    mask = os.umask(0o022)
    os.umask(mask)
    os.chmod(temporary, 0o666 & ~mask)  # mkstemp's 0600 would hide the ledger from other readers
    try:
        connection = sqlite3.connect(temporary, isolation_level=None)
        try:
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.executescript(
                f"BEGIN; {_TABLES} {' '.join(_views())} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
            )
        finally:
            connection.close()
        if target.exists():
            os.replace(temporary, target)  # an empty file: nothing to lose
        else:
            try:
                os.link(temporary, target)  # fails if another process created it meanwhile
            except FileExistsError:
                raise _fail(label, "was created by another process meanwhile", "use the existing ledger") from None
    except sqlite3.Error as exc:
        raise store_problem(label, exc) from None
    finally:
        Path(temporary).unlink(missing_ok=True)
    return True


def ensure_views(connection: sqlite3.Connection) -> None:
    """Add the views of entry kinds this claimgraph knows and the ledger's schema lacks.

    Runs inside the caller's transaction (``executescript`` would commit it).
    """
    for statement in _views():
        connection.execute(statement)
