"""The ledger store's SQLite file: its schema (tables, views, triggers), creating and opening it.

The schema is plain tables and views so that ``sqlite3`` or ``datasette`` show
the ledger usefully: ``entries`` is the append-only log; ``state`` holds every
entry's latest version; the views ``sources``, ``documents``, ``claims``,
``relations``, ``questions`` and ``reviews`` show what is current, ``retracted``
what was withdrawn. SQLite errors become :class:`InputError` problems that say
what happened to which file and what to do.
"""

from __future__ import annotations

import contextlib
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
    "schema_differences",
    "store_problem",
    "upgrade_schema",
]

#: Marks a SQLite file as a claimgraph ledger ("CGLd"), so other databases are refused.
APPLICATION_ID = int.from_bytes(b"CGLd", "big")
#: Bumped whenever a ledger written by this version could not be read by an older one.
#: 2: the Merkle tree (``tree``) and signed checkpoints (``checkpoints``).
SCHEMA_VERSION = 2

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

# Schema 2. ``tree`` holds the Merkle tree's perfect subtrees (see claimgraph.store.tree),
# keyed by the entry whose leaf completed each one, so it reads back in the order it grew;
# ``checkpoints`` holds signed tree heads. Both are append-only like ``entries``.
_TREE_TABLES = """
CREATE TABLE tree (
    seq INTEGER NOT NULL,
    level INTEGER NOT NULL,
    hash BLOB NOT NULL,
    PRIMARY KEY (seq, level)
) WITHOUT ROWID;
CREATE TRIGGER tree_no_update BEFORE UPDATE ON tree
BEGIN SELECT RAISE(ABORT, 'the claimgraph ledger is append-only: tree nodes cannot be changed'); END;
CREATE TRIGGER tree_no_delete BEFORE DELETE ON tree
BEGIN SELECT RAISE(ABORT, 'the claimgraph ledger is append-only: tree nodes cannot be deleted'); END;
CREATE TABLE checkpoints (
    number INTEGER PRIMARY KEY,
    size INTEGER NOT NULL,
    root BLOB NOT NULL,
    signed_at TEXT NOT NULL,
    public_key BLOB NOT NULL,
    signature BLOB NOT NULL
);
CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints
BEGIN SELECT RAISE(ABORT, 'the claimgraph ledger is append-only: checkpoints cannot be changed'); END;
CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints
BEGIN SELECT RAISE(ABORT, 'the claimgraph ledger is append-only: checkpoints cannot be deleted'); END;
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


_DAMAGED_HINT = "run 'claimgraph verify --ledger {label}' to see what is wrong; restore it from a backup"


def _damaged(label: str, what: str) -> InputError:
    return _fail(label, f"is damaged: {what}", _DAMAGED_HINT.format(label=label))


def _check_header(header: bytes, size: int, label: str) -> None:
    """Refuse a file whose SQLite header is damaged."""
    if len(header) < 100:
        raise _damaged(label, f"it is {size} bytes long, shorter than a SQLite header: it was truncated")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or header[21:24] != b"\x40\x20\x20":
        raise _damaged(label, "its SQLite header is not valid (bytes 16-23 were changed)")


def _check_length(path: Path, label: str) -> None:
    """Refuse a file shorter than its header says (truncated).

    Only meaningful while holding SQLite's shared lock: a writer mid-commit may
    have written the new page count before the pages themselves.
    """
    with open(path, "rb") as stream:
        header = stream.read(100)
        size = os.fstat(stream.fileno()).st_size
    if len(header) < 100 or header[18] == 2:
        return  # too short is reported by _check_header; a WAL ledger's file lags its log
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    # The page count in the header is valid when written by SQLite 3.7.0+ (the "version-valid-for"
    # number equals the change counter); then the file must hold at least that many pages.
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] == header[92:96] and pages and size < pages * page_size:
        raise _damaged(
            label,
            f"it is {size} bytes long but its header says {pages} pages of {page_size} bytes: it was truncated",
        )


def _check_file(path: Path, label: str) -> None:
    if not path.exists():
        if os.path.lexists(path):
            raise _fail(
                label, f"is a symbolic link to {os.readlink(path)}, which does not exist", "name the ledger file"
            )
        raise _fail(label, "does not exist", f"create the ledger with: claimgraph ledger init {label}")
    if path.is_dir():
        raise _fail(label, "is a folder, not a ledger file", "name the ledger file")
    try:
        with open(path, "rb") as stream:
            header = stream.read(100)
            size = os.fstat(stream.fileno()).st_size
    except OSError as exc:
        raise _fail(label, f"cannot be read: {exc.strerror}", "check its permissions") from None
    if not header:
        raise _fail(label, "is empty, not a ledger", f"create the ledger with: claimgraph ledger init {label}")
    if header[:16] != SQLITE_HEADER:
        raise _fail(
            label,
            "is not a claimgraph ledger (not a SQLite database)",
            "name a file made by 'claimgraph ledger init'; dossiers are read by 'claimgraph record'",
        )
    _check_header(header, size, label)


def _statements(version: int) -> list[str]:
    script = _TABLES + (_TREE_TABLES if version >= 2 else "")
    return [f"{part.strip()};" for part in script.split(";\n") if part.strip()]


_EXPECTED: dict[int, dict[tuple[str, str], str]] = {}


def _expected_objects(version: int) -> dict[tuple[str, str], str]:
    """(type, name) → SQL of every schema object a ledger of ``version`` holds, as SQLite stores it."""
    if version not in _EXPECTED:
        # SQLite normalises the CREATE text it keeps (IF NOT EXISTS dropped...): build the
        # schema in memory and read it back, rather than predict the normalisation.
        reference = sqlite3.connect(":memory:", isolation_level=None)
        try:
            reference.executescript(" ".join(_statements(version) + _views()))
            _EXPECTED[version] = _objects(reference)
        finally:
            reference.close()
    return _EXPECTED[version]


def _objects(connection: sqlite3.Connection) -> dict[tuple[str, str], str]:
    return {
        (kind, name): sql
        for kind, name, sql in connection.execute("SELECT type, name, sql FROM sqlite_schema")
        if not name.startswith("sqlite_")  # SQLite's own: autoindexes, sqlite_stat1...
    }


def schema_differences(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    """Every schema object that differs from what this claimgraph creates, and how.

    Returns:
        (``extra``, ``missing`` or ``altered``; ``"view claims"``...) pairs, sorted by
        object. A missing view is listed too, though it only hides data (recording
        adds it back); any other difference may change what the ledger shows or
        what recording into it does.
    """
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    expected = _expected_objects(min(max(version, 1), SCHEMA_VERSION))
    found = _objects(connection)
    differences = []
    for key in sorted(set(expected) | set(found)):
        name = f"{key[0]} {key[1]}"
        if key not in expected:
            differences.append(("extra", name))
        elif key not in found:
            differences.append(("missing", name))
        elif " ".join(found[key].split()) != " ".join(expected[key].split()):
            differences.append(("altered", name))
    return differences


def _describe(differences: list[tuple[str, str]]) -> str:
    return "; ".join(f"{change} {name}" for change, name in differences)


def _check_schema(connection: sqlite3.Connection, label: str, objects: bool = True) -> None:
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
    if not objects:
        return
    # A missing view hides data but cannot change it; anything else (a rewritten view, a dropped
    # append-only trigger, a planted trigger) may show false data or act on the next record.
    harmful = [
        (change, name)
        for change, name in schema_differences(connection)
        if not name.startswith("view ") or change != "missing"
    ]
    if harmful:
        raise _damaged(label, f"its schema objects differ from a claimgraph ledger's: {_describe(harmful)}")


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _connect(path: Path, label: str, wait: float, objects: bool, **params: str) -> sqlite3.Connection:
    connection = sqlite3.connect(
        _uri(path, **params), uri=True, timeout=wait, isolation_level=None, check_same_thread=False
    )
    try:
        connection.execute("BEGIN")
        try:
            connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # takes the shared lock
        except sqlite3.DatabaseError as exc:
            if "malformed" in str(exc) or "not a database" in str(exc):
                _check_length(path, label)  # say "truncated" when that is what happened
            raise
        _check_length(path, label)
        connection.execute("COMMIT")
        _check_schema(connection, label, objects)
    except BaseException:
        connection.close()
        raise
    return connection


def _roll_back_interrupted(path: Path, label: str, wait: float) -> None:
    """Undo a recording a crash interrupted (a hot ``-journal``), which a read-only connection cannot."""
    try:
        connection = sqlite3.connect(_uri(path, mode="rw"), uri=True, timeout=wait, isolation_level=None)
    except sqlite3.Error:
        return  # cannot write here: the read-only open reports it
    try:
        connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # SQLite rolls the journal back
    except sqlite3.Error:
        pass
    finally:
        connection.close()


def open_store(
    path: str | os.PathLike[str], *, write: bool = False, wait: float = 30.0, check_objects: bool = True
) -> sqlite3.Connection:
    """Open a ledger store after checking that it is one this claimgraph can use.

    A read-only open writes nothing beside the ledger (no ``-wal``, ``-shm`` or
    ``-journal``): the store keeps SQLite's rollback journal, which only writers
    create, and a ledger on read-only media is read as an immutable file.

    Args:
        path: the ledger file.
        write: open for recording; otherwise read-only.
        wait: seconds to wait for another process's write lock before giving up.
        check_objects: refuse a ledger whose schema objects differ from this
            claimgraph's; only ``verify``, which reports them all, turns it off.

    Returns:
        A connection in autocommit mode: callers open their own transactions.

    Raises:
        InputError: missing, not SQLite, not a ledger, from a newer claimgraph,
            damaged (header, length or schema objects) or not writable.
    """
    path = Path(path)
    label = str(path)
    _check_file(path, label)
    if not write and _journal(path).exists() and _journal(path).stat().st_size > 0:
        _roll_back_interrupted(path, label, wait)
    attempts = [{"mode": "rw"}] if write else [{"mode": "ro"}, {"mode": "ro", "immutable": "1"}]
    for number, params in enumerate(attempts, start=1):
        try:
            connection = _connect(path, label, wait, check_objects or write, **params)
            if write:
                _prepare_writer(connection)
            return connection
        except sqlite3.Error as exc:
            readonly = (getattr(exc, "sqlite_errorname", "") or "").startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN"))
            # A ledger in a folder we cannot write, or a legacy WAL one, may need the immutable fallback.
            if number < len(attempts) and readonly:
                continue
            raise store_problem(label, exc, wait=wait) from None
    raise AssertionError("unreachable")  # pragma: no cover


def _prepare_writer(connection: sqlite3.Connection) -> None:
    # The rollback journal, not WAL: WAL makes every reader create -wal and -shm files
    # beside the ledger. A ledger made by an older claimgraph in WAL mode is switched over
    # by its next writer (this fails harmlessly while another process has it open).
    if connection.execute("PRAGMA journal_mode").fetchone()[0] != "delete":
        with contextlib.suppress(sqlite3.OperationalError):
            connection.execute("PRAGMA journal_mode = DELETE")
    # FULL: a recorded entry survives a power cut, not only a crash.
    connection.execute("PRAGMA synchronous = FULL")


def _leftovers(temporary: str) -> list[Path]:
    return [Path(temporary + suffix) for suffix in ("", "-journal", "-wal", "-shm")]


def create_store(path: str | os.PathLike[str]) -> bool:
    """Create an empty ledger store, or leave an existing one as it is.

    The file appears whole or not at all, and never replaces anything: the
    schema is written to a temporary file beside it, which is then linked to
    the ledger's name (``os.link`` fails when the name exists, so two ``init``
    runs at once create one ledger, and a ledger being recorded into meanwhile
    is never replaced). The temporary file and its journal are removed on every
    outcome.

    Args:
        path: where to create it.

    Returns:
        True when a ledger was created, False when ``path`` already was a ledger.

    Raises:
        InputError: the path holds something else (an empty file, another file,
            a folder, a dangling link), or cannot be written.
    """
    target = Path(path)
    label = str(target)
    if os.path.lexists(target):
        return _existing(target, label)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise _fail(label, f"cannot be created: the folder {folder} does not exist", "create the folder first")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _fail(
            label, f"cannot be created in {folder}: {exc.strerror}", "check the folder's permissions and free space"
        ) from None
    os.close(handle)
    try:
        mask = os.umask(0o022)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)  # mkstemp's 0600 would hide the ledger from other readers
        connection = sqlite3.connect(temporary, isolation_level=None)
        try:
            # Nobody else sees the temporary file: one fsync of the finished file (below)
            # makes it as durable as SQLite's several, in a fraction of the time.
            connection.execute("PRAGMA synchronous = OFF")
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.executescript(
                f"BEGIN; {' '.join(_statements(SCHEMA_VERSION) + _views())} "
                f"PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
            )
        finally:
            connection.close()
        _fsync(temporary)
        try:
            os.link(temporary, target)  # fails if the name exists, whatever made it meanwhile
        except FileExistsError:
            return _existing(target, label, meanwhile=True)
        _fsync(folder)  # the new name survives a power cut too
    except sqlite3.Error as exc:
        raise _fail(
            label, f"cannot be created: {exc} (writing {temporary})", "check the folder's permissions and free space"
        ) from None
    except OSError as exc:
        raise _fail(
            label,
            f"cannot be created: {exc.strerror} (writing {exc.filename or temporary})",
            "check the folder's permissions and free space",
        ) from None
    finally:
        for leftover in _leftovers(temporary):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return True


def _fsync(path: str | Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _existing(target: Path, label: str, *, meanwhile: bool = False) -> bool:
    """What ``init`` says of a path that exists: a ledger is accepted, anything else refused."""
    if target.is_symlink() and not target.exists():
        raise _fail(
            label,
            f"is a symbolic link to {os.readlink(target)}, which does not exist",
            "remove the link, or name another file",
        )
    if target.is_dir():
        raise _fail(label, "is a folder", "name a file for the ledger, e.g. ledger.db")
    try:
        size = target.stat().st_size
    except OSError as exc:
        raise _fail(label, f"cannot be read: {exc.strerror}", "check its permissions") from None
    if size == 0:
        then = " (created by another process meanwhile)" if meanwhile else ""
        raise _fail(
            label, f"exists and is empty{then}: init never replaces a file", "remove the empty file, or name another"
        )
    open_store(target).close()  # raises unless it is a ledger this claimgraph reads
    return False


def ensure_views(connection: sqlite3.Connection) -> None:
    """Add the views of entry kinds this claimgraph knows and the ledger's schema lacks.

    Runs inside the caller's transaction (``executescript`` would commit it).
    """
    for statement in _views():
        connection.execute(statement)


def upgrade_schema(connection: sqlite3.Connection) -> bool:
    """Bring a ledger of an older schema to this one, inside the caller's transaction.

    Returns:
        True when the schema was upgraded (the caller fills the new tables in).
    """
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version >= SCHEMA_VERSION:
        return False
    for statement in _statements(SCHEMA_VERSION)[len(_statements(version)) :]:
        connection.execute(statement)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return True
