"""An RFC 6962 (Certificate Transparency) Merkle tree over the ledger's entries.

The hash chain already makes every entry depend on all before it, but checking
that a ledger still *extends* a head someone published needs the whole ledger.
A Merkle tree head (size, root) can be proven a prefix of a later head with a
*consistency proof* of about log2(n) hashes, which anyone holding the two heads
can check without the ledger; an *inclusion proof* shows one entry is in a head.

Hashing follows RFC 6962 §2.1 (RFC 9162 §2.1): a leaf is ``SHA-256(0x00 ||
data)``, an interior node ``SHA-256(0x01 || left || right)``, the empty tree
``SHA-256("")``; a tree of n > 1 leaves splits at k, the largest power of two
below n. The two prefixes keep a leaf from ever passing for a node.

The tree is kept as its *perfect* subtrees: node ``(level, index)`` covers the
leaves ``[index * 2**level, (index + 1) * 2**level)``. Appending a leaf adds at
most log2(n) + 1 such nodes (one per carry, as in a binary counter), and the
root of any size, or any proof, needs only O(log² n) of them. This module is
pure: callers hand it a lookup for the stored nodes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence

__all__ = [
    "EMPTY_ROOT",
    "NodeLookup",
    "appended_nodes",
    "consistency_proof",
    "inclusion_proof",
    "leaf_hash",
    "node_hash",
    "root",
    "verify_consistency",
    "verify_inclusion",
]

EMPTY_ROOT = hashlib.sha256(b"").digest()

NodeLookup = Callable[[int, int], bytes]
"""``lookup(level, index)``: the hash of the perfect subtree at that level and index."""


def leaf_hash(data: bytes) -> bytes:
    """The hash of one leaf: ``SHA-256(0x00 || data)``."""
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """The hash of an interior node: ``SHA-256(0x01 || left || right)``."""
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(size: int) -> int:
    """The largest power of two strictly below ``size`` (size >= 2)."""
    return 1 << ((size - 1).bit_length() - 1)


def _range_root(lookup: NodeLookup, start: int, end: int) -> bytes:
    # Every range the RFC's recursion visits starts at a multiple of its own split,
    # so a power-of-two range is always one stored perfect subtree.
    size = end - start
    if size & (size - 1) == 0:
        level = size.bit_length() - 1
        return lookup(level, start >> level)
    k = _split(size)
    return node_hash(_range_root(lookup, start, start + k), _range_root(lookup, start + k, end))


def root(lookup: NodeLookup, size: int) -> bytes:
    """The tree head's root hash over the first ``size`` leaves (MTH in RFC 6962)."""
    if size < 0:
        raise ValueError(f"a tree cannot have {size} leaves")
    return EMPTY_ROOT if size == 0 else _range_root(lookup, 0, size)


def appended_nodes(lookup: NodeLookup, index: int, leaf: bytes) -> Iterator[tuple[int, int, bytes]]:
    """The perfect-subtree nodes that appending the leaf hash ``leaf`` at ``index`` completes.

    Yields ``(level, index, hash)``, the leaf itself first. ``lookup`` must
    answer for the nodes already stored (the left siblings met on the way up).
    """
    level, position, current = 0, index, leaf
    yield level, position, current
    while position & 1:
        current = node_hash(lookup(level, position - 1), current)
        level, position = level + 1, position >> 1
        yield level, position, current


def inclusion_proof(lookup: NodeLookup, index: int, size: int) -> list[bytes]:
    """The audit path of leaf ``index`` in the tree of ``size`` leaves (PATH in RFC 6962)."""
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of {size} leaves")
    path: list[bytes] = []
    start, end = 0, size
    while end - start > 1:
        k = _split(end - start)
        if index < start + k:
            path.append(_range_root(lookup, start + k, end))
            end = start + k
        else:
            path.append(_range_root(lookup, start, start + k))
            start += k
    path.reverse()
    return path


def consistency_proof(lookup: NodeLookup, old_size: int, new_size: int) -> list[bytes]:
    """The proof that the tree of ``old_size`` leaves is a prefix of the tree of ``new_size`` (PROOF in RFC 6962)."""
    if not 0 <= old_size <= new_size:
        raise ValueError(f"no consistency proof from {old_size} to {new_size} leaves")
    if old_size in (0, new_size):
        return []
    proof: list[bytes] = []
    start, end, m, complete = 0, new_size, old_size, True
    # SUBPROOF(m, D[start:end], complete), unrolled: each step adds one hash.
    while True:
        n = end - start
        if m == n:
            if not complete:
                proof.append(_range_root(lookup, start, end))
            break
        k = _split(n)
        if m <= k:
            proof.append(_range_root(lookup, start + k, end))
            end = start + k
        else:
            proof.append(_range_root(lookup, start, start + k))
            start, m, complete = start + k, m - k, False
    proof.reverse()
    return proof


def verify_inclusion(leaf: bytes, index: int, size: int, path: Sequence[bytes], expected_root: bytes) -> bool:
    """Whether ``path`` proves the leaf hash ``leaf`` sits at ``index`` of the tree with ``expected_root``.

    The algorithm of RFC 9162 §2.1.3.2.
    """
    if not 0 <= index < size:
        return False
    fn, sn, current = index, size - 1, leaf
    for sibling in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            current = node_hash(sibling, current)
            if not fn & 1:
                while fn and not fn & 1:
                    fn, sn = fn >> 1, sn >> 1
        else:
            current = node_hash(current, sibling)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and current == expected_root


def verify_consistency(old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]) -> bool:
    """Whether ``proof`` shows the tree ``(old_size, old_root)`` is a prefix of ``(new_size, new_root)``.

    The algorithm of RFC 9162 §2.1.4.2.
    """
    if not 0 <= old_size <= new_size:
        return False
    if old_size == new_size:
        return not proof and old_root == new_root
    if old_size == 0:
        return not proof and old_root == EMPTY_ROOT
    path = list(proof)
    if old_size & (old_size - 1) == 0:  # a power of two: the old root starts the path
        path.insert(0, old_root)
    if not path:
        return False
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node_hash(c, fr), node_hash(c, sr)
            while fn and not fn & 1:
                fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, c)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and fr == old_root and sr == new_root
