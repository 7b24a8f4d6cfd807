"""The store's Merkle tree and heads: what record keeps, proofs between heads, checkpoints, older ledgers."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest
from conftest import CLAIMS

from claimgraph.io import read_ledger
from claimgraph.model import Claim, Ledger, Source
from claimgraph.store import (
    Head,
    consistency_between,
    parse_head,
    record_ledger,
    stored_head,
    verify_store,
)
from claimgraph.store.merkle import EMPTY_ROOT, leaf_hash, node_hash, verify_consistency
from claimgraph.store.schema import SCHEMA_VERSION, create_store
from claimgraph.store.tree import Frontier, entry_leaf, published_head

PRCS = Source(id="prcs", name="PRCS", kind="ngo")


def _claims(start: int, count: int) -> Ledger:
    return Ledger(
        sources=[PRCS],
        claims=[Claim(id=f"c{i}", statement=f"Statement {i}.", said_by="prcs") for i in range(start, start + count)],
    )


@pytest.fixture
def store(tmp_path) -> Path:
    path = tmp_path / "ledger.db"
    create_store(path)
    return path


def _naive_root(leaves: list[bytes]) -> bytes:
    """RFC 6962's MTH, transcribed directly."""
    if not leaves:
        return EMPTY_ROOT
    if len(leaves) == 1:
        return leaves[0]
    k = 1 << ((len(leaves) - 1).bit_length() - 1)
    return node_hash(_naive_root(leaves[:k]), _naive_root(leaves[k:]))


def test_the_stored_tree_is_the_rfc_tree_over_the_chain_hashes(store):
    """After several records, the head's root is RFC 6962's root over leaf_hash(chain hash) of every entry."""
    for start, count in ((0, 5), (5, 1), (6, 12), (18, 3)):
        record_ledger(store, _claims(start, count), "alice")
    with sqlite3.connect(store) as raw:
        hashes = [row[0] for row in raw.execute("SELECT hash FROM entries ORDER BY seq")]
    leaves = [leaf_hash(bytes.fromhex(h)) for h in hashes]
    head = stored_head(store)
    assert head == Head(22, _naive_root(leaves)) == verify_store(store).head
    for size in range(len(leaves) + 1):
        frontier = Frontier()
        for leaf in leaves[:size]:
            frontier.push(leaf)
        assert frontier.head().root == _naive_root(leaves[:size])
    assert entry_leaf(hashes[0]) == leaves[0]


def test_consistency_proofs_between_every_pair_of_heads_check(store):
    """A proof from any earlier size to now checks with only the two heads; a wrong old root fails."""
    record_ledger(store, _claims(0, 20), "alice")
    for old_size in range(0, 22):
        old, new, proof = consistency_between(store, old_size)
        assert verify_consistency(old.size, new.size, old.root, new.root, proof)
        if 0 < old_size < new.size:
            assert not verify_consistency(old.size, new.size, b"\x00" * 32, new.root, proof)
    with pytest.raises(ValueError, match="holds 21 entries"):
        consistency_between(store, 22)


def test_heads_parse_in_both_forms():
    """SIZE:ROOT gives a Head, a bare 64-hex chain hash stays a string, anything else None."""
    head = parse_head(f" 8:{'AB' * 32} ")
    assert head == Head(8, bytes.fromhex("ab" * 32)) and str(head) == f"8:{'ab' * 32}"
    assert parse_head("cd" * 32) == "cd" * 32
    assert parse_head("8:abc") is None and parse_head("") is None
    assert published_head(f'<meta name="claimgraph-ledger-head" content="{head}">') == head
    assert published_head("no head here") is None


def test_head_as_of_a_time_covers_the_entries_recorded_by_then(store):
    """stored_head with --as-of gives the head of the prefix recorded by then."""
    record_ledger(store, _claims(0, 3), "alice", at=dt.datetime(2026, 2, 1, tzinfo=dt.UTC))
    first = stored_head(store)
    record_ledger(store, _claims(3, 3), "alice", at=dt.datetime(2026, 2, 3, tzinfo=dt.UTC))
    assert stored_head(store, as_of="2026-02-02") == first
    assert stored_head(store, as_of="0001-01-01T00:00:00+01:00") == Head(0, EMPTY_ROOT)
    assert verify_store(store, heads=[first]).ok


def test_a_schema_1_ledger_is_read_verified_and_upgraded_by_its_next_record(store):
    """A ledger from before the tree (schema 1, WAL) verifies by rebuilding the tree; recording adds the
    tree and checkpoints tables, switches to the rollback journal, and keeps the same head."""
    record_ledger(store, _claims(0, 4), "alice")
    head = verify_store(store).head
    with sqlite3.connect(store, isolation_level=None) as raw:
        for name in ("tree_no_update", "tree_no_delete", "checkpoints_no_update", "checkpoints_no_delete"):
            raw.execute(f"DROP TRIGGER {name}")
        raw.execute("DROP TABLE tree")
        raw.execute("DROP TABLE checkpoints")
        raw.execute("PRAGMA user_version = 1")
        raw.execute("PRAGMA journal_mode = WAL")
    result = verify_store(store)
    assert result.ok and result.head == head and stored_head(store) == head
    record_ledger(store, _claims(4, 1), "bob")
    with sqlite3.connect(store) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    upgraded = verify_store(store, heads=[head])
    assert upgraded.ok and upgraded.entries == 6


def test_an_interrupted_recording_is_rolled_back_before_a_read(store, tmp_path):
    """A hot journal left by a killed writer is rolled back, so readers see the ledger as before the kill."""
    record_ledger(store, _claims(0, 2), "alice")
    before = verify_store(store).head
    # Simulate the kill: a writer that never commits nor closes, in a child that is killed.
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        connection = sqlite3.connect(store, isolation_level=None)
        connection.execute("PRAGMA cache_size = 1")  # spill pages to the file before the commit
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("DELETE FROM state")
        connection.execute("INSERT INTO state SELECT 'x', 'x' || seq, seq, seq, 'current', 1, '{}' FROM entries")
        os.kill(os.getpid(), 9)
    os.waitpid(pid, 0)
    assert Path(f"{store}-journal").stat().st_size > 0  # hot: the file holds uncommitted pages
    result = verify_store(store)
    assert result.ok and result.head == before
    assert not Path(f"{store}-journal").exists()


def test_keygen_checkpoint_proof_and_check_proof_commands(store, invoke, tmp_path):
    """The commands around heads: keygen, checkpoint, verify --trusted-key, proof and check-proof."""
    record_ledger(store, read_ledger([CLAIMS]), "alice")
    early = verify_store(store).head
    key = tmp_path / "desk.key"
    result = invoke("ledger", "keygen", "--out", key)
    assert result.exit_code == 0 and oct(key.stat().st_mode & 0o777) == "0o600"
    assert invoke("ledger", "keygen", "--out", key).exit_code == 1  # never overwritten
    result = invoke("ledger", "checkpoint", "--ledger", store, "--key", key)
    assert result.exit_code == 0 and f"head {early} signed" in result.output
    result = invoke("verify", "--ledger", store, "--trusted-key", f"{key}.pub", "--head", str(early))
    assert result.exit_code == 0, result.output
    assert "1 signed checkpoint valid" in result.output and f"extends the pinned head {early}" in result.output
    record_ledger(store, _claims(0, 3), "bob")
    proof = tmp_path / "proof.txt"
    result = invoke("ledger", "proof", "--ledger", store, "--from", str(early))
    assert result.exit_code == 0, result.output
    proof.write_text(result.output)
    now = verify_store(store).head
    result = invoke("ledger", "check-proof", proof, "--from", str(early), "--to", str(now))
    assert result.exit_code == 0 and f"ok: head {now} extends head {early}" in result.output
    forged = proof.read_text().replace(early.root.hex(), "00" * 32)
    proof.write_text(forged)
    result = invoke("ledger", "check-proof", proof)
    assert result.exit_code == 1 and "the proof fails" in result.output
    wrong = Head(early.size, b"\x11" * 32)
    result = invoke("ledger", "proof", "--ledger", store, "--from", str(wrong))
    assert result.exit_code == 1 and "does not extend that head" in result.output


def test_verify_head_file_and_bad_heads(store, invoke, tmp_path):
    """--head-file reads heads one a line (comments skipped); a malformed head is refused clearly."""
    record_ledger(store, _claims(0, 3), "alice")
    heads = tmp_path / "heads.txt"
    heads.write_text(f"# kept heads\n{verify_store(store).head}\n")
    assert invoke("verify", "--ledger", store, "--head-file", heads).exit_code == 0
    result = invoke("verify", "--ledger", store, "--head", "3:xyz")
    assert result.exit_code == 1 and "is not a ledger head" in result.output
    result = invoke("verify", "--ledger", store, "--against", heads.with_name("missing.html"))
    assert result.exit_code == 1 and "cannot be read" in result.output


def test_exports_and_dumps_record_the_head_verify_checks_against(store, invoke, tmp_path):
    """A JSON or YAML export and a dump of a store record its head; verify --against reads each back."""
    record_ledger(store, _claims(0, 3), "alice")
    head = str(verify_store(store).head)
    outputs = []
    for fmt in ("json", "yaml"):
        target = tmp_path / f"export.{fmt}"
        assert invoke("export", store, "--format", fmt, "-o", target).exit_code == 0
        outputs.append(target)
    assert invoke("dump", "--ledger", store, "-o", tmp_path / "dumped").exit_code == 0
    outputs.append(tmp_path / "dumped" / "ledger.yaml")
    assert outputs[1].read_text().startswith(f"# claimgraph ledger head: {head} (the first 4 entries of ")
    for output in outputs:
        result = invoke("verify", "--ledger", store, "--against", output)
        assert result.exit_code == 0 and f"extends the pinned head {head}" in result.output, output
    assert invoke("check", tmp_path / "dumped").exit_code == 0  # the comment leaves it a dossier
    record_ledger(store, _claims(3, 2), "bob")
    assert all(invoke("verify", "--ledger", store, "--against", output).exit_code == 0 for output in outputs)
