"""The RFC 6962 Merkle tree: roots, inclusion and consistency proofs, against the RFC itself."""

from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.store import merkle

# The eight leaves of RFC 6962's reference tests (Certificate Transparency), and the
# roots of their first 1..8 leaves.
RFC_LEAVES = [
    bytes.fromhex(h)
    for h in ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"]
]
RFC_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]


def _stored(leaves: list[bytes]) -> merkle.NodeLookup:
    """Append leaves one by one, as the store does, and answer lookups from what was stored."""
    nodes: dict[tuple[int, int], bytes] = {}
    for index, data in enumerate(leaves):
        for level, position, value in merkle.appended_nodes(
            lambda lv, ix: nodes[lv, ix], index, merkle.leaf_hash(data)
        ):
            nodes[level, position] = value
    return lambda level, index: nodes[level, index]


# A naive transcription of RFC 6962 §2.1, kept apart from the module under test.
def _mth(leaves: list[bytes]) -> bytes:
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return hashlib.sha256(b"\x00" + leaves[0]).digest()
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return hashlib.sha256(b"\x01" + _mth(leaves[:k]) + _mth(leaves[k:])).digest()


def _path(m: int, leaves: list[bytes]) -> list[bytes]:
    if len(leaves) <= 1:
        return []
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    if m < k:
        return [*_path(m, leaves[:k]), _mth(leaves[k:])]
    return [*_path(m - k, leaves[k:]), _mth(leaves[:k])]


def _subproof(m: int, leaves: list[bytes], complete: bool) -> list[bytes]:
    n = len(leaves)
    if m == n:
        return [] if complete else [_mth(leaves)]
    k = 1
    while k * 2 < n:
        k *= 2
    if m <= k:
        return [*_subproof(m, leaves[:k], complete), _mth(leaves[k:])]
    return [*_subproof(m - k, leaves[k:], False), _mth(leaves[:k])]


def test_roots_match_the_rfc_reference_vectors():
    """The roots of the RFC's eight reference leaves are the published ones; the empty tree is SHA-256('')."""
    lookup = _stored(RFC_LEAVES)
    assert [merkle.root(lookup, n).hex() for n in range(1, 9)] == RFC_ROOTS
    assert merkle.root(lookup, 0) == hashlib.sha256(b"").digest()


_leaves = st.lists(st.binary(max_size=8), min_size=1, max_size=70)


@settings(deadline=None)  # hashing time varies on a shared machine; correctness is what counts
@given(_leaves)
def test_root_of_every_prefix_equals_the_rfc_definition(leaves):
    """Stored perfect subtrees give MTH(D[n]) for every prefix size n."""
    lookup = _stored(leaves)
    assert all(merkle.root(lookup, n) == _mth(leaves[:n]) for n in range(len(leaves) + 1))


@settings(deadline=None)  # hashing time varies on a shared machine; correctness is what counts
@given(_leaves, st.data())
def test_inclusion_proofs_are_the_rfcs_and_verify(leaves, data):
    """PATH(m, D[n]) equals the RFC's and verifies; a wrong leaf or index does not."""
    lookup = _stored(leaves)
    size = data.draw(st.integers(1, len(leaves)))
    index = data.draw(st.integers(0, size - 1))
    path = merkle.inclusion_proof(lookup, index, size)
    assert path == _path(index, leaves[:size])
    head = merkle.root(lookup, size)
    leaf = merkle.leaf_hash(leaves[index])
    assert merkle.verify_inclusion(leaf, index, size, path, head)
    assert not merkle.verify_inclusion(merkle.leaf_hash(leaves[index] + b"x"), index, size, path, head)
    if size > 1:
        assert not merkle.verify_inclusion(leaf, (index + 1) % size, size, path, head) or (
            leaves[(index + 1) % size] == leaves[index]
        )


@settings(deadline=None)  # hashing time varies on a shared machine; correctness is what counts
@given(_leaves, st.data())
def test_consistency_proofs_are_the_rfcs_and_verify(leaves, data):
    """PROOF(m, D[n]) equals the RFC's and verifies; a changed old leaf makes it fail."""
    lookup = _stored(leaves)
    new = data.draw(st.integers(0, len(leaves)))
    old = data.draw(st.integers(0, new))
    proof = merkle.consistency_proof(lookup, old, new)
    assert proof == ([] if old in (0, new) else _subproof(old, leaves[:new], True))
    old_root, new_root = merkle.root(lookup, old), merkle.root(lookup, new)
    assert merkle.verify_consistency(old, new, old_root, new_root, proof)
    if 0 < old < new:
        forged = list(leaves)
        forged[data.draw(st.integers(0, old - 1))] += b"forged"
        assert not merkle.verify_consistency(old, new, _mth(forged[:old]), new_root, proof)
        assert not merkle.verify_consistency(old, new, old_root, _mth(forged[:new]), proof)


def test_out_of_range_requests_are_refused():
    """Impossible sizes and indexes raise ValueError or fail verification, never pass."""
    lookup = _stored(RFC_LEAVES)
    for call in (
        lambda: merkle.root(lookup, -1),
        lambda: merkle.inclusion_proof(lookup, 8, 8),
        lambda: merkle.consistency_proof(lookup, 5, 3),
    ):
        try:
            call()
        except ValueError:
            continue
        raise AssertionError("accepted an impossible request")
    assert not merkle.verify_consistency(5, 3, b"", b"", [])
    assert not merkle.verify_inclusion(b"", 3, 3, [], b"")
