"""The tamper suite: every way found to change a ledger store behind claimgraph's back, one test each.

Each case edits the SQLite file as an attacker with ``sqlite3`` (or a hex editor) would,
then shows what catches it and that the message names what changed: ``verify`` alone
(the chain, the Merkle tree, the current state, the schema objects, SQLite's own
structure check), ``verify --head`` against a head kept from before, or a signed
checkpoint. Two cases cannot be caught without such an anchor, and their tests say
so: a consistent rewrite of the whole log, and putting back an older copy of the file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FOUNDING

from claimgraph.errors import InputError
from claimgraph.io import read_ledger
from claimgraph.store import (
    generate_key,
    read_public_key,
    read_store,
    record_ledger,
    sign_checkpoint,
    verify_store,
)
from claimgraph.store.chain import GENESIS, entry_hash
from claimgraph.store.replay import apply_entry
from claimgraph.store.schema import create_store
from claimgraph.store.tree import Head, rebuild_tree

Row = dict[str, object]

_COLUMNS = ("seq", "kind", "entry_id", "action", "author", "recorded_at", "record", "prev_hash", "hash")


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


@pytest.fixture
def ledger(tmp_path) -> Path:
    """The founding dossier recorded into a store: 91 entries."""
    path = tmp_path / "ledger.db"
    create_store(path)
    record_ledger(path, read_ledger([FOUNDING]), "alice", at=dt.datetime(2026, 2, 5, 9, 30, tzinfo=dt.UTC))
    return path


@pytest.fixture
def head(ledger) -> Head:
    """The head someone kept (or a brief published) before the tampering."""
    result = verify_store(ledger)
    assert result.ok and result.entries == 91
    return result.head


def _triggers(connection: sqlite3.Connection) -> list[str]:
    return [row[0] for row in connection.execute("SELECT sql FROM sqlite_schema WHERE type = 'trigger'")]


def _edit(path: Path, *statements: str) -> None:
    """Drop the append-only triggers, run the statements, put the triggers back (so the schema looks right)."""
    with _raw(path) as raw:
        saved = _triggers(raw)
        for (name,) in raw.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'").fetchall():
            raw.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            raw.execute(statement)
        for sql in saved:
            raw.execute(sql)


def _rewrite(path: Path, change: Callable[[list[Row]], list[Row]]) -> None:
    """A consistent rewrite: change the log, then recompute every hash, the state and the tree."""
    with _raw(path) as raw:
        rows = [dict(zip(_COLUMNS, row, strict=True)) for row in raw.execute("SELECT * FROM entries ORDER BY seq")]
    rows = change(rows)
    previous = GENESIS
    slots: dict = {}
    for seq, row in enumerate(rows, start=1):
        row["seq"], row["prev_hash"] = seq, previous
        row["hash"] = previous = entry_hash(*(row[c] for c in _COLUMNS[:7]), previous)
        apply_entry(slots, seq, row["kind"], row["entry_id"], row["action"], row["record"])
    with _raw(path) as raw:
        saved = _triggers(raw)
        for (name,) in raw.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'").fetchall():
            raw.execute(f"DROP TRIGGER {name}")
        raw.execute("BEGIN")
        for table in ("entries", "state", "tree"):
            raw.execute(f"DELETE FROM {table}")
        raw.executemany(
            f"INSERT INTO entries VALUES ({', '.join('?' * len(_COLUMNS))})",
            [tuple(r[c] for c in _COLUMNS) for r in rows],
        )
        raw.executemany(
            "INSERT INTO state VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(k, i, s.position, s.seq, s.status, s.revisions, s.record) for (k, i), s in slots.items()],
        )
        rebuild_tree(raw)
        raw.execute("COMMIT")
        for sql in saved:
            raw.execute(sql)


def _broken(path: Path, **options) -> str:
    result = verify_store(path, **options)
    assert not result.ok
    return "\n".join([str(result.broken)] if result.broken else []) + "\n".join(result.schema)


def _record_of(row: Row) -> dict:
    return json.loads(str(row["record"]))


def _canonical(value: dict) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


# --- edits verify catches on its own ------------------------------------------------------------


def test_row_edit_is_caught_at_the_entry(ledger):
    """A quote edited in place: the entry's hash no longer matches its content."""
    _edit(ledger, "UPDATE entries SET record = replace(record, 'cancelled', 'postponed') WHERE seq = 40")
    assert _broken(ledger).startswith("entry #40 (") and "hash does not match its content" in _broken(ledger)


def test_author_edit_is_caught_at_the_entry(ledger):
    """The author changed without recomputing anything."""
    _edit(ledger, "UPDATE entries SET author = 'mallory' WHERE seq = 12")
    assert "entry #12" in _broken(ledger) and "hash does not match" in _broken(ledger)


def test_deleted_entry_is_caught_where_it_was(ledger):
    """An entry deleted from the middle of the log."""
    _edit(ledger, "DELETE FROM entries WHERE seq = 30")
    assert "entry #31" in _broken(ledger) and "comes where entry #30 should" in _broken(ledger)


def test_reordered_entries_are_caught(ledger):
    """Two entries swapped by renumbering."""
    _edit(
        ledger,
        "UPDATE entries SET seq = 1000 WHERE seq = 20",
        "UPDATE entries SET seq = 20 WHERE seq = 21",
        "UPDATE entries SET seq = 21 WHERE seq = 1000",
    )
    assert "entry #20" in _broken(ledger) and "prev_hash does not match entry #19" in _broken(ledger)


def test_entry_rewritten_with_its_own_hash_recomputed_is_caught_by_the_tree(ledger):
    """One entry edited and its hash recomputed (the chain after it left alone): the tree took in the old hash."""
    with _raw(ledger) as raw:
        row = raw.execute("SELECT * FROM entries WHERE seq = 50").fetchone()
    forged = _canonical({**json.loads(row[6]), "statement": "Something else."}).replace("'", "''")
    digest = entry_hash(*row[:6], forged.replace("''", "'"), row[7])
    _edit(ledger, f"UPDATE entries SET record = '{forged}', hash = '{digest}' WHERE seq = 50")
    assert "entry #50" in _broken(ledger) and "rewritten and its hash recomputed" in _broken(ledger)


def test_last_entry_deleted_is_named_as_such(ledger):
    """The last entry deleted: the tree still holds its node, so verify says entries were deleted from the end."""
    _edit(ledger, "DELETE FROM entries WHERE seq = 91")
    assert "Merkle tree holds a node for entry #91, which the log lacks" in _broken(ledger)


def test_edited_state_table_is_caught(ledger):
    """The current state edited so briefs show something the log never recorded."""
    _edit(ledger, "UPDATE state SET record = replace(record, 'cancelled', 'delayed') WHERE kind = 'claim'")
    assert "state table was edited" in _broken(ledger)


def test_edited_tree_node_is_caught(ledger):
    """A node of the Merkle tree overwritten."""
    _edit(ledger, "UPDATE tree SET hash = zeroblob(32) WHERE seq = 64 AND level = 6")
    assert "entry #64" in _broken(ledger) and "tree table was edited" in _broken(ledger)


def test_recorded_at_that_is_no_time_is_caught_without_an_anchor(ledger):
    """A consistent rewrite putting a non-time into recorded_at: the form of the time is checked."""
    _rewrite(ledger, lambda rows: [{**r, "recorded_at": "yesterday"} if r["seq"] == 7 else r for r in rows])
    assert "entry #7" in _broken(ledger) and "recorded_at 'yesterday' is not a time" in _broken(ledger)


# --- consistent rewrites: caught against a kept head --------------------------------------------


def test_consistent_rewrite_of_an_old_quote_is_caught_by_the_head(ledger, head):
    """An old quote edited, every hash, the state and the tree recomputed: only a kept head shows it."""

    def edit(rows):
        row = next(r for r in rows if r["kind"] == "claim" and "quote" in _record_of(r))
        row["record"] = _canonical({**_record_of(row), "quote": "FAKE QUOTE"})
        return rows

    _rewrite(ledger, edit)
    assert verify_store(ledger).ok  # undetectable without an anchor
    message = _broken(ledger, heads=[head])
    assert (
        message.startswith("head 91:") and "first 91 entries are not the ones the pinned head was made from" in message
    )


def test_rollback_of_the_last_ten_entries_is_caught_by_the_head(ledger, head):
    """The last 10 entries dropped consistently: the ledger is shorter than the kept head."""
    _rewrite(ledger, lambda rows: rows[:-10])
    assert verify_store(ledger).ok
    assert "holds 81 entries, fewer than the 91 of the pinned head" in _broken(ledger, heads=[head])


def test_swapped_entries_are_caught_by_the_head(ledger, head):
    """Two entries swapped and the chain recomputed."""
    _rewrite(ledger, lambda rows: [*rows[:10], rows[11], rows[10], *rows[12:]])
    assert "an entry among #1-#91 was changed, removed, reordered" in _broken(ledger, heads=[head])


def test_backdating_is_caught_by_the_head(ledger, head):
    """Every entry backdated by a year, hashes recomputed."""
    _rewrite(ledger, lambda rows: [{**r, "recorded_at": "2025" + str(r["recorded_at"])[4:]} for r in rows])
    assert verify_store(ledger).ok
    assert "backdated" in _broken(ledger, heads=[head])


def test_author_change_is_caught_by_the_head(ledger, head):
    """Every entry credited to someone else, hashes recomputed."""
    _rewrite(ledger, lambda rows: [{**r, "author": "mallory"} for r in rows])
    assert "not the ones the pinned head was made from" in _broken(ledger, heads=[head])


def test_invalid_record_is_caught_by_the_head(ledger, head):
    """A claim record replaced by one that is not a valid claim (no statement), hashes recomputed."""

    def edit(rows):
        row = next(r for r in rows if r["kind"] == "claim")
        row["record"] = _canonical({"id": row["entry_id"], "said_by": "nobody"})
        return rows

    _rewrite(ledger, edit)
    assert "not the ones the pinned head was made from" in _broken(ledger, heads=[head])


def test_rewrite_is_caught_against_a_published_brief(ledger, head, invoke, tmp_path):
    """verify --against reads the head a brief recorded; after a rewrite the brief no longer matches."""
    page = tmp_path / "brief.html"
    assert invoke("brief", ledger, "-o", page).exit_code == 0
    assert f'<meta name="claimgraph-ledger-head" content="{head}">' in page.read_text()
    assert invoke("verify", "--ledger", ledger, "--against", page).exit_code == 0
    _rewrite(ledger, lambda rows: rows[:-1])
    result = invoke("verify", "--ledger", ledger, "--against", page)
    assert result.exit_code == 1 and "fewer than the 91 of the pinned head" in result.output


def test_old_chain_hash_head_is_still_accepted(ledger):
    """A head kept by an older claimgraph (the last entry's chain hash) is checked too."""
    chain_head = verify_store(ledger).chain_head
    assert verify_store(ledger, heads=[chain_head]).ok
    _rewrite(ledger, lambda rows: [{**r, "author": "mallory"} for r in rows])
    assert "no entry has this chain hash" in _broken(ledger, heads=[chain_head])


def test_restored_older_copy_is_caught_only_against_a_later_head(ledger, head, tmp_path):
    """Putting back an older copy of the file gives a valid ledger: undetectable without a later head."""
    copy = tmp_path / "old.db"
    shutil.copy(ledger, copy)
    extra = tmp_path / "extra.yaml"
    extra.write_text("sources:\n  - id: late\n    name: Late source\n    kind: media\n", encoding="utf-8")
    record_ledger(ledger, read_ledger([extra]), "bob")
    grown = verify_store(ledger).head
    assert verify_store(ledger, heads=[head]).ok  # the later ledger extends the earlier head
    shutil.copy(copy, ledger)  # roll back to before that record
    assert verify_store(ledger).ok  # undetectable without an anchor
    assert "holds 91 entries, fewer than the 92 of the pinned head" in _broken(ledger, heads=[grown])


# --- checkpoints --------------------------------------------------------------------------------


@pytest.fixture
def signed(ledger, tmp_path) -> tuple[Path, Path]:
    """The ledger with one checkpoint signed by a desk key; the key files."""
    private, public = generate_key(tmp_path / "desk.key")
    assert oct(private.stat().st_mode & 0o777) == "0o600"
    sign_checkpoint(ledger, private)
    return private, public


def test_checkpoint_catches_a_consistent_rewrite_without_a_kept_head(ledger, signed):
    """The rewrite that passes verify alone fails against the ledger's own signed checkpoint."""
    result = verify_store(ledger)
    assert result.ok and result.checkpoints == 1
    _rewrite(ledger, lambda rows: [{**r, "author": "mallory"} for r in rows])
    message = _broken(ledger)
    assert message.startswith("checkpoint #1 (91 entries") and "not the ones this signed head was made from" in message


def test_checkpoint_catches_a_rollback(ledger, signed):
    """Entries dropped after a checkpoint was signed."""
    _rewrite(ledger, lambda rows: rows[:-10])
    assert "holds 81 entries, fewer than the 91 of this signed head" in _broken(ledger)


def test_forged_checkpoint_signature_is_caught(ledger, signed):
    """A checkpoint's head changed to match a rewrite, its signature left: the signature fails."""
    _rewrite(ledger, lambda rows: rows[:-10])
    with _raw(ledger) as raw:
        root = raw.execute("SELECT hash FROM tree WHERE seq = 64 AND level = 6").fetchone()[0]
    _edit(ledger, "UPDATE checkpoints SET size = 64, root = X'" + bytes(root).hex() + "'")
    assert "signature does not verify" in _broken(ledger)


def test_checkpoint_by_another_key_is_refused_with_trusted_key(ledger, signed, tmp_path):
    """The rewriter deletes the checkpoints and signs their own: --trusted-key names the wrong key."""
    _rewrite(ledger, lambda rows: [{**r, "author": "mallory"} for r in rows])
    _edit(ledger, "DELETE FROM checkpoints")
    assert verify_store(ledger).ok  # without the trusted key, deleted checkpoints leave no trace
    mallory, _ = generate_key(tmp_path / "mallory.key")
    sign_checkpoint(ledger, mallory)
    trusted = read_public_key(signed[1])
    assert "not by the trusted key" in _broken(ledger, trusted_key=trusted)


def test_trusted_key_requires_a_checkpoint(ledger, signed):
    """With --trusted-key, a ledger whose checkpoints were all deleted fails."""
    _edit(ledger, "DELETE FROM checkpoints")
    assert "holds no checkpoint" in _broken(ledger, trusted_key=read_public_key(signed[1]))


# --- schema objects -----------------------------------------------------------------------------


def test_rewritten_view_is_named_and_the_store_refused(ledger, invoke):
    """The claims view rewritten to show FAKE QUOTE to sqlite3 and Datasette users."""
    with _raw(ledger) as raw:
        raw.execute("DROP VIEW claims")
        raw.execute("CREATE VIEW claims AS SELECT entry_id AS id, 'FAKE QUOTE' AS quote FROM state")
    assert "altered view claims" in _broken(ledger)
    for command in (["brief", ledger], ["export", ledger], ["record", FOUNDING, "--ledger", ledger, "--author", "a"]):
        result = invoke(*command)
        assert result.exit_code == 1 and "altered view claims" in result.output and "claimgraph verify" in result.output


def test_dropped_triggers_are_named(ledger, invoke):
    """The append-only triggers dropped: named, and recording refuses the store."""
    with _raw(ledger) as raw:
        raw.execute("DROP TRIGGER entries_no_update")
        raw.execute("DROP TRIGGER tree_no_delete")
    message = _broken(ledger)
    assert "missing trigger entries_no_update" in message and "missing trigger tree_no_delete" in message
    result = invoke("record", FOUNDING, "--ledger", ledger, "--author", "a")
    assert result.exit_code == 1 and "missing trigger entries_no_update" in result.output


def test_planted_trigger_is_refused_before_it_can_fire(ledger, invoke):
    """A trigger that would alter state on the victim's next record: record refuses the store first."""
    with _raw(ledger) as raw:
        raw.execute(
            "CREATE TRIGGER sneaky AFTER INSERT ON entries BEGIN "
            "UPDATE state SET record = replace(record, 'cancelled', 'open'); END"
        )
    assert "extra trigger sneaky" in _broken(ledger)
    extra = read_ledger([FOUNDING])
    with pytest.raises(InputError, match="extra trigger sneaky"):
        record_ledger(ledger, extra, "victim")
    with _raw(ledger) as raw:
        assert raw.execute("SELECT count(*) FROM entries").fetchone()[0] == 91


def test_extra_table_and_dropped_index_are_named(ledger):
    """Any other object added or removed is named too."""
    with _raw(ledger) as raw:
        raw.execute("CREATE TABLE notes (x)")
        raw.execute("DROP INDEX entries_by_time")
    message = _broken(ledger)
    assert "extra table notes" in message and "missing index entries_by_time" in message


# --- damaged files ------------------------------------------------------------------------------


def test_truncated_file_gets_a_clear_message(ledger, invoke):
    """A store cut short: every command names the file and says it was truncated, no traceback."""
    data = ledger.read_bytes()
    ledger.write_bytes(data[: len(data) // 2])
    for command in (
        ["verify", "--ledger", ledger],
        ["brief", ledger],
        ["record", FOUNDING, "--ledger", ledger, "--author", "a"],
    ):
        result = invoke(*command)
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert f"{ledger}: is damaged" in result.output and "truncated" in result.output


def test_four_flipped_bytes_are_caught_and_record_refuses(ledger, invoke):
    """Four bytes flipped inside the file: verify fails naming the damage, record refuses to append."""
    data = bytearray(ledger.read_bytes())
    middle = len(data) // 2
    for offset in range(middle, middle + 4):
        data[offset] ^= 0xFF
    ledger.write_bytes(bytes(data))
    result = invoke("verify", "--ledger", ledger)
    assert result.exit_code == 1 and "Traceback" not in result.output and str(ledger) in result.output
    result = invoke("record", FOUNDING, "--ledger", ledger, "--author", "a")
    assert result.exit_code == 1 and "Traceback" not in result.output


def test_damaged_header_is_refused(ledger):
    """The SQLite header's fixed bytes changed."""
    data = bytearray(ledger.read_bytes())
    data[21] = 0
    ledger.write_bytes(bytes(data))
    with pytest.raises(InputError, match="SQLite header is not valid"):
        read_store(ledger)


def test_foreign_application_id_is_refused(ledger):
    """The file marked as some other application's database."""
    with _raw(ledger) as raw:
        raw.execute("PRAGMA application_id = 7")
    with pytest.raises(InputError, match="not a claimgraph ledger"):
        verify_store(ledger)


# --- init and the file system -------------------------------------------------------------------


def test_init_names_a_dangling_symlink(tmp_path, invoke):
    """init on a link to nowhere says so, not "created by another process"."""
    link = tmp_path / "ledger.db"
    link.symlink_to(tmp_path / "nowhere.db")
    result = invoke("ledger", "init", link)
    assert result.exit_code == 1 and "symbolic link" in result.output and "nowhere.db" in result.output
    assert not (tmp_path / "nowhere.db").exists()


def test_init_never_replaces_an_empty_file(tmp_path, invoke):
    """An empty file at the path is refused, not replaced (another init may be filling it)."""
    path = tmp_path / "ledger.db"
    path.write_bytes(b"")
    result = invoke("ledger", "init", path)
    assert result.exit_code == 1 and "exists and is empty" in result.output and path.read_bytes() == b""


def test_init_on_a_full_disk_cleans_up_and_names_the_file(tmp_path, monkeypatch):
    """A failure while building the store leaves no temporary file or journal behind."""
    real = sqlite3.connect

    def full(database, *args, **kwargs):
        connection = real(database, *args, **kwargs)
        connection.execute("PRAGMA max_page_count = 1")
        return connection

    monkeypatch.setattr(sqlite3, "connect", full)
    with pytest.raises(InputError, match="cannot be created") as caught:
        create_store(tmp_path / "ledger.db")
    assert "ledger.db" in str(caught.value)
    assert os.listdir(tmp_path) == []


def test_read_only_commands_leave_nothing_beside_the_store(ledger, invoke, tmp_path):
    """verify, check, show, brief, export, log and dump write no -wal, -shm or -journal file."""
    (tmp_path / "out").mkdir()
    before = set(os.listdir(ledger.parent))
    for command in (
        ["verify", "--ledger", ledger],
        ["check", ledger],
        ["show", ledger],
        ["brief", ledger, "-o", tmp_path / "out" / "b.html"],
        ["export", ledger],
        ["log", "--ledger", ledger],
        ["dump", "--ledger", ledger, "-o", tmp_path / "out"],
        ["brief", ledger, "--as-of", "9999-12-31T23:59:59-12:00", "-o", tmp_path / "out" / "c.html"],
    ):
        result = invoke(*command)
        assert result.exit_code == 0, result.output
        assert set(os.listdir(ledger.parent)) == before, command


@pytest.mark.parametrize("moment", ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+01:00", "0001-01-01"])
def test_as_of_at_the_ends_of_the_calendar(ledger, invoke, moment):
    """--as-of takes any valid time without overflowing: the far future reads everything, the far past nothing."""
    result = invoke("show", ledger, "--as-of", moment)
    if moment.startswith("9999"):
        assert result.exit_code == 0, result.output
    else:
        assert result.exit_code == 1 and "held nothing yet" in result.output and "Traceback" not in result.output
