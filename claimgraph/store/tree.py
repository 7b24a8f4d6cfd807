"""The store's Merkle tree: its nodes in the ``tree`` table, its heads, and proofs between heads.

Each log entry is one leaf: ``leaf_hash`` of the entry's chain hash (32 bytes).
The table keeps every perfect subtree (see :mod:`claimgraph.store.merkle`) as a
row ``(seq, level, hash)``, ``seq`` being the entry whose leaf completed it, so
the table reads back in the order it grew and a node ``(level, index)`` is found
at ``seq = (index + 1) * 2**level``. A head is ``SIZE:ROOT``: the number of
entries and the tree's root over them, in hex.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterable

from attrs import frozen

from claimgraph.store.entries import reading
from claimgraph.store.merkle import (
    EMPTY_ROOT,
    NodeLookup,
    appended_nodes,
    consistency_proof,
    leaf_hash,
    node_hash,
    root,
)
from claimgraph.store.read import parse_as_of

__all__ = [
    "Frontier",
    "Head",
    "append_to_tree",
    "consistency_between",
    "entry_leaf",
    "head_comment",
    "node_lookup",
    "parse_head",
    "published_head",
    "rebuild_tree",
    "stored_head",
    "tree_head",
]

_HEAD = re.compile(r"(\d+):([0-9a-fA-F]{64})")
_CHAIN_HASH = re.compile(r"[0-9a-fA-F]{64}")


@frozen
class Head:
    """A tree head: how many entries, and the root of the tree over them.

    Attributes:
        size: the number of log entries.
        root: the RFC 6962 root hash over their leaves (32 bytes).
    """

    size: int
    root: bytes

    @property
    def text(self) -> str:
        """The head as users keep and pass it: ``SIZE:ROOTHEX``."""
        return f"{self.size}:{self.root.hex()}"

    def __str__(self) -> str:
        return self.text


def parse_head(text: str) -> Head | str | None:
    """Read a head a user kept: ``SIZE:ROOT``, or the bare chain hash older versions printed.

    Returns:
        The :class:`Head`; the chain hash (lower-case hex) for the old form; None when it is neither.
    """
    value = text.strip()
    match = _HEAD.fullmatch(value)
    if match is not None:
        return Head(int(match.group(1)), bytes.fromhex(match.group(2)))
    if _CHAIN_HASH.fullmatch(value):
        return value.lower()
    return None


def entry_leaf(chain_hash: str) -> bytes:
    """The leaf hash of a log entry: ``leaf_hash`` of its chain hash's 32 bytes.

    Raises:
        ValueError: the chain hash is not 64 hex digits.
    """
    data = bytes.fromhex(chain_hash)
    if len(data) != 32:
        raise ValueError("a chain hash is 32 bytes")
    return leaf_hash(data)


def node_lookup(connection: sqlite3.Connection, pending: dict[tuple[int, int], bytes] | None = None) -> NodeLookup:
    """A lookup of the stored tree's nodes, trying ``pending`` (nodes not yet written) first.

    The lookup raises LookupError for a node the table lacks.
    """

    def lookup(level: int, index: int) -> bytes:
        if pending is not None and (level, index) in pending:
            return pending[(level, index)]
        row = connection.execute(
            "SELECT hash FROM tree WHERE seq = ? AND level = ?", ((index + 1) << level, level)
        ).fetchone()
        if row is None:
            raise LookupError(f"the tree lacks node ({level}, {index})")
        return bytes(row[0])

    return lookup


def append_to_tree(connection: sqlite3.Connection, first_seq: int, chain_hashes: Iterable[str]) -> None:
    """Add the leaves of entries ``first_seq, first_seq + 1, ...`` to the stored tree.

    Runs inside the caller's transaction, the one that appends the entries.
    """
    pending: dict[tuple[int, int], bytes] = {}
    lookup = node_lookup(connection, pending)
    rows = []
    for seq, chain_hash in enumerate(chain_hashes, start=first_seq):
        for level, index, digest in appended_nodes(lookup, seq - 1, entry_leaf(chain_hash)):
            pending[(level, index)] = digest
            rows.append((seq, level, digest))
    connection.executemany("INSERT INTO tree (seq, level, hash) VALUES (?, ?, ?)", rows)


def rebuild_tree(connection: sqlite3.Connection) -> None:
    """Fill an empty ``tree`` table from the whole log (a ledger upgraded from schema 1)."""
    frontier = Frontier()
    rows: list[tuple[int, int, bytes]] = []
    for seq, chain_hash in connection.execute("SELECT seq, hash FROM entries ORDER BY seq"):
        rows.extend((seq, level, digest) for level, _, digest in frontier.push(entry_leaf(chain_hash)))
    connection.executemany("INSERT INTO tree (seq, level, hash) VALUES (?, ?, ?)", rows)


def tree_head(connection: sqlite3.Connection, size: int | None = None) -> Head:
    """The head of the stored tree at ``size`` entries (default: all of them).

    A ledger of schema 1 keeps no tree: its head is rebuilt from the log.
    """
    if size is None:
        size = connection.execute("SELECT coalesce(max(seq), 0) FROM entries").fetchone()[0]
    if connection.execute("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'tree'").fetchone() is None:
        frontier = Frontier()
        for (chain_hash,) in connection.execute("SELECT hash FROM entries WHERE seq <= ? ORDER BY seq", (size,)):
            frontier.push(entry_leaf(chain_hash))
        return frontier.head()
    return Head(size, root(node_lookup(connection), size))


def stored_head(path: str | os.PathLike[str], as_of: str | None = None) -> Head:
    """The head of a store's tree now, or over the entries recorded by ``as_of`` (ISO 8601).

    Raises:
        InputError: the file is not a readable ledger, or ``as_of`` is not a time.
    """
    with reading(path) as connection:
        size = None
        if as_of is not None:
            moment = parse_as_of(as_of)
            size = connection.execute(
                "SELECT coalesce(max(seq), 0) FROM entries WHERE recorded_at <= ?", (moment,)
            ).fetchone()[0]
        return tree_head(connection, size)


_PUBLISHED = re.compile(r"ledger[-_ ]head.{0,40}?(\d+:[0-9a-fA-F]{64})", re.DOTALL)


def head_comment(head: Head | str, store: str, as_of: str | None = None, known_by: dt.date | None = None) -> str:
    """The YAML comment line a dump or YAML export of a ledger store starts with: the head it was made from.

    With ``known_by``, it also says the dossier holds only what was known on that day.
    """
    text = str(head)
    when = f", as it stood at {as_of}" if as_of else ""
    if known_by is not None:
        when += f", as known on {known_by.isoformat()}"
    return f"# claimgraph ledger head: {text} (the first {text.split(':')[0]} entries of {store}{when})\n"


def published_head(text: str) -> Head | None:
    """The head a brief (``<meta name="claimgraph-ledger-head">``), export or dump records; None if none."""
    match = _PUBLISHED.search(text)
    if match is None:
        return None
    head = parse_head(match.group(1))
    return head if isinstance(head, Head) else None


def consistency_between(path: str | os.PathLike[str], old_size: int) -> tuple[Head, Head, list[bytes]]:
    """The heads at ``old_size`` and now, and the consistency proof from one to the other.

    Raises:
        InputError: the file is not a readable ledger.
        ValueError: ``old_size`` is more than the ledger holds.
    """
    with reading(path) as connection:
        new = tree_head(connection)
        if not 0 <= old_size <= new.size:
            raise ValueError(f"the ledger holds {new.size} entries, not {old_size}")
        lookup = node_lookup(connection)
        old = Head(old_size, root(lookup, old_size))
        return old, new, consistency_proof(lookup, old_size, new.size)


class Frontier:
    """The tree rebuilt leaf by leaf, keeping only the last node of each level: what verify needs.

    The left sibling of every node being completed is the last one completed at
    its level, and the root of the tree so far folds the last node of each level
    whose bit is set in the size; so O(log n) hashes rebuild a tree of any size.
    """

    def __init__(self) -> None:
        self.size = 0
        self._last: dict[int, bytes] = {}

    def push(self, leaf: bytes) -> list[tuple[int, int, bytes]]:
        """Add one leaf; the ``(level, index, hash)`` nodes it completes, the leaf first."""
        nodes = list(appended_nodes(lambda level, _: self._last[level], self.size, leaf))
        for level, _, digest in nodes:
            self._last[level] = digest
        self.size += 1
        return nodes

    def head(self) -> Head:
        """The head of the tree so far."""
        if self.size == 0:
            return Head(0, EMPTY_ROOT)
        current: bytes | None = None
        for level in range(self.size.bit_length()):
            if self.size >> level & 1:
                current = self._last[level] if current is None else node_hash(self._last[level], current)
        assert current is not None
        return Head(self.size, current)
