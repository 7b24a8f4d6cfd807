"""Verifying a ledger store: recompute the hash chain, the Merkle tree and the current state from the log.

Someone with ``sqlite3`` can drop the append-only triggers and edit anything;
what they cannot do without it showing here is change, remove or reorder a
past entry, make the tree or the current-state table disagree with the log,
or alter the schema objects (which opening the store already refuses).
Rewriting the whole log consistently (hashes and tree recomputed) is caught
only against a head kept elsewhere (``heads``) or a signed checkpoint whose
key the rewriter does not hold.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from attrs import frozen

from claimgraph.model import KINDS
from claimgraph.store.chain import GENESIS, canonical_json, entry_hash
from claimgraph.store.checkpoint import Checkpoint, signature_valid
from claimgraph.store.entries import reading
from claimgraph.store.merkle import EMPTY_ROOT, consistency_proof, verify_consistency
from claimgraph.store.replay import DOSSIER, Slot, apply_entry
from claimgraph.store.schema import note_column, schema_differences
from claimgraph.store.tree import Frontier, Head, entry_leaf, node_lookup

__all__ = ["Broken", "VerifyResult", "verify_store"]

#: recorded_at as ``store_time`` writes it; ordering times as text relies on this one form.
_STORE_TIME = re.compile(r"\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d{6}Z")


@frozen
class Broken:
    """The first place where a ledger is not what its log says.

    Attributes:
        seq: the log entry at fault, or None when the current-state table is.
        kind: that entry's kind ("" when unknown).
        entry_id: that entry's id ("" when unknown).
        message: what is wrong, in a sentence.
        place: where, when it is not an entry or the current state
            (``"head 8:ab12..."``, ``"checkpoint #2"``, ``"file"``).
    """

    seq: int | None
    kind: str
    entry_id: str
    message: str
    place: str | None = None

    def __str__(self) -> str:
        if self.place is not None:
            return f"{self.place}: {self.message}"
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
        head: the ledger's head (``SIZE:ROOT``): keep it, or publish it, to
            catch a rewrite of the whole log later (``verify --head``).
        broken: the first problem found, or None when the ledger is intact.
        chain_head: the last entry's chain hash (``GENESIS`` for an empty ledger).
        checkpoints: how many signed checkpoints were checked.
        pinned: the heads checked against, each as the user gave it.
        schema: every schema object that differs from this claimgraph's
            (``"altered view claims"``, ``"extra trigger t"``...).
    """

    entries: int
    head: Head
    broken: Broken | None = None
    chain_head: str = GENESIS
    checkpoints: int = 0
    pinned: tuple[str, ...] = ()
    schema: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the chain, the tree, the current state, the schema and every head checked are intact."""
        return self.broken is None and not self.schema


def _check_entry(row: tuple[Any, ...], expected_seq: int, previous: str, last_time: str) -> str | None:
    seq, kind, entry_id, action, author, recorded_at, record, prev_hash, digest, note = row
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
    if note is not None and not isinstance(note, str):
        return "has a column of the wrong type"
    if digest != entry_hash(seq, kind, entry_id, action, author, recorded_at, record, prev_hash, note):
        return "its hash does not match its content: the entry was changed after it was recorded"
    if kind not in KINDS and kind != DOSSIER:
        return f"has an unknown kind {kind!r}"
    if not _STORE_TIME.fullmatch(recorded_at):
        return f"its recorded_at {recorded_at[:40]!r} is not a time in the ledger's form (2026-02-05T09:30:00.000000Z)"
    if recorded_at < last_time:
        return f"was recorded at {recorded_at}, before the entry preceding it ({last_time})"
    if record is not None:
        try:
            value = json.loads(record)
        except (TypeError, ValueError):
            return "its record is not JSON"
        if not isinstance(value, dict) or canonical_json(value) != record:
            return "its record is not a canonical JSON object"
        if kind in KINDS and value.get("id", entry_id) != entry_id and not KINDS[kind].derived_id:
            return f"its record's id {value.get('id')!r} differs from the entry's id"
    if note is not None:
        try:
            parsed = json.loads(note)
        except ValueError:
            return "its note is not JSON"
        if not isinstance(parsed, dict) or canonical_json(parsed) != note:
            return "its note is not a canonical JSON object"
    if kind == DOSSIER and not isinstance((json.loads(note) if note is not None else {}).get("dossier"), dict):
        return "is a dossier-fields entry whose note holds no dossier fields"
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


def _short(head: Head | str) -> str:
    return f"head {head.size}:{head.root.hex()[:12]}..." if isinstance(head, Head) else f"chain hash {head[:12]}..."


class _Walk:
    """One pass over the log: the chain, the replayed state, the rebuilt tree against the stored one."""

    def __init__(self, connection: sqlite3.Connection, sizes: set[int]) -> None:
        self.connection = connection
        self.count = 0
        self.previous = GENESIS
        self.slots: dict[tuple[str, str], Slot] = {}
        self.frontier = Frontier()
        self.roots: dict[int, bytes] = {0: EMPTY_ROOT}
        self.chain_hashes: dict[str, int] = {}
        self._sizes = sizes
        has_tree = connection.execute("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'tree'").fetchone()
        self._tree: Iterator[tuple[Any, ...]] | None = (
            iter(connection.execute("SELECT seq, level, hash FROM tree ORDER BY seq, level")) if has_tree else None
        )

    @property
    def has_tree(self) -> bool:
        """Whether the store keeps a tree (schema 2 on) to compare with."""
        return self._tree is not None

    def run(self, wanted_chain: set[str]) -> Broken | None:
        last_time = ""
        rows = self.connection.execute(
            "SELECT seq, kind, entry_id, action, author, recorded_at, record, prev_hash, hash, "
            f"{note_column(self.connection)} FROM entries ORDER BY seq"
        )
        for row in rows:
            self.count += 1
            seq, kind, entry_id = row[0], row[1], row[2]
            reason = _check_entry(row, self.count, self.previous, last_time)
            if reason is None:
                reason = apply_entry(self.slots, seq, kind, entry_id, row[3], row[6])
            if reason is None:
                reason = self._grow(seq, row[8])
            if reason is not None:
                name = (kind, entry_id) if isinstance(kind, str) and isinstance(entry_id, str) else ("", "")
                return Broken(seq, *name, reason)
            self.previous, last_time = row[8], row[5]
            if self.previous in wanted_chain:
                self.chain_hashes[self.previous] = seq
        return self._tree_leftover()

    def _grow(self, seq: int, chain_hash: str) -> str | None:
        nodes = self.frontier.push(entry_leaf(chain_hash))
        if self.frontier.size in self._sizes:
            self.roots[self.frontier.size] = self.frontier.head().root
        if self._tree is None:
            return None
        for level, _, digest in nodes:
            stored = next(self._tree, None)
            if stored is None:
                return "has no node in the tree table: tree rows were deleted, or the entry was added by hand"
            if (stored[0], stored[1]) != (seq, level):
                return f"the tree table holds node ({stored[1]}) of entry #{stored[0]} where this entry's should be"
            if bytes(stored[2]) != digest:
                if level == 0:
                    return (
                        "its hash is not the one the Merkle tree took in when it was appended: "
                        "the entry was rewritten and its hash recomputed (or the tree table was edited)"
                    )
                return "a Merkle tree node it completed differs from the one the log gives: the tree table was edited"
        return None

    def _tree_leftover(self) -> Broken | None:
        if self._tree is None:
            return None
        extra = next(self._tree, None)
        if extra is None:
            return None
        return Broken(
            None,
            "",
            "",
            f"the Merkle tree holds a node for entry #{extra[0]}, which the log lacks: "
            f"entries after #{self.count} were deleted",
            place="tree",
        )


def _read_checkpoints(connection: sqlite3.Connection) -> list[Checkpoint]:
    has = connection.execute("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'checkpoints'").fetchone()
    if not has:
        return []
    return [
        Checkpoint(number, Head(size, bytes(root)), signed_at, bytes(key), bytes(signature))
        for number, size, root, signed_at, key, signature in connection.execute(
            "SELECT number, size, root, signed_at, public_key, signature FROM checkpoints ORDER BY number"
        )
    ]


def _prefix_problem(head: Head, walk: _Walk, what: str) -> str | None:
    if head.size > walk.count:
        return (
            f"the ledger holds {walk.count} entries, fewer than the {head.size} of {what}: "
            "entries were removed (a rollback)"
        )
    if walk.roots.get(head.size) != head.root:
        return (
            f"the ledger's first {head.size} entries are not the ones {what} was made from: an entry among "
            f"#1-#{head.size} was changed, removed, reordered or backdated, and the hashes recomputed"
        )
    return None


def _check_checkpoint(checkpoint: Checkpoint, walk: _Walk, trusted: bytes | None) -> Broken | None:
    place = f"checkpoint #{checkpoint.number} ({checkpoint.head.size} entries, signed {checkpoint.signed_at})"
    if not signature_valid(checkpoint):
        message = f"its signature does not verify with its key {checkpoint.key_id}: it was forged or altered"
        return Broken(None, "", "", message, place=place)
    if trusted is not None and checkpoint.public_key != trusted:
        message = f"was signed by key {checkpoint.key_id}, not by the trusted key {trusted.hex()[:16]}"
        return Broken(None, "", "", message, place=place)
    problem = _prefix_problem(checkpoint.head, walk, "this signed head")
    return None if problem is None else Broken(None, "", "", problem, place=place)


def _check_pinned(pinned: Head | str, walk: _Walk, connection: sqlite3.Connection) -> Broken | None:
    place = _short(pinned)
    if isinstance(pinned, str):
        if pinned == GENESIS or pinned in walk.chain_hashes:
            return None
        message = "no entry has this chain hash: the log was rewritten (or the hash is another ledger's)"
        return Broken(None, "", "", message, place=place)
    problem = _prefix_problem(pinned, walk, "the pinned head")
    if problem is not None:
        return Broken(None, "", "", problem, place=place)
    current = walk.frontier.head()
    if walk.has_tree and pinned.size:
        # What someone holding only the two heads would check: a consistency proof from the stored tree.
        proof = consistency_proof(node_lookup(connection), pinned.size, current.size)
        if not verify_consistency(pinned.size, current.size, pinned.root, current.root, proof):
            return Broken(None, "", "", "the consistency proof to the current head fails", place=place)
    return None


def verify_store(
    path: str | os.PathLike[str], *, heads: Sequence[Head | str] = (), trusted_key: bytes | None = None
) -> VerifyResult:
    """Recompute a ledger's hash chain, Merkle tree and current state; check heads and checkpoints.

    Args:
        path: the ledger file.
        heads: heads kept elsewhere (``SIZE:ROOT``, or an older claimgraph's
            chain hash): each must still be a prefix of the ledger.
        trusted_key: a raw Ed25519 public key: every checkpoint must be signed
            by it, and there must be at least one.

    Returns:
        The number of entries, the head, and the first problem found if any.

    Raises:
        InputError: the file is not a readable ledger (damaged header, length or schema objects...).
    """
    with reading(path, check_objects=False) as connection:
        schema = tuple(f"{change} {name}" for change, name in schema_differences(connection))
        structure = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
        checkpoints = _read_checkpoints(connection)
        sizes = {c.head.size for c in checkpoints} | {h.size for h in heads if isinstance(h, Head)}
        walk = _Walk(connection, sizes)
        broken = None
        if structure != ["ok"]:
            broken = Broken(None, "", "", f"SQLite finds the file damaged: {'; '.join(structure)}", place="file")
        if broken is None:
            broken = walk.run({h for h in heads if isinstance(h, str)})
        if broken is None:
            broken = _compare_state(connection, walk.slots)
        for checkpoint in checkpoints if broken is None else ():
            broken = _check_checkpoint(checkpoint, walk, trusted_key)
            if broken is not None:
                break
        if broken is None and trusted_key is not None and not checkpoints:
            message = "the ledger holds no checkpoint, and --trusted-key asks for one signed by that key"
            broken = Broken(None, "", "", message, place="checkpoints")
        for pinned in heads if broken is None else ():
            broken = _check_pinned(pinned, walk, connection)
            if broken is not None:
                break
    return VerifyResult(
        walk.count,
        walk.frontier.head(),
        broken,
        chain_head=walk.previous,
        checkpoints=len(checkpoints),
        pinned=tuple(str(h) for h in heads),
        schema=schema,
    )
