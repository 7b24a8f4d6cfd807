"""Signed checkpoints: a tree head signed with an Ed25519 key and kept in the ledger.

A checkpoint says "whoever holds this key saw the ledger at this head". ``verify``
checks every stored checkpoint's signature and that its head is still a prefix
of the ledger's tree, so a rewrite of anything before the last checkpoint shows
even when nobody kept a head, unless the rewriter also holds the signing key.
The signed text is ``claimgraph-checkpoint v1\\nSIZE\\nROOTHEX\\nTIME\\n``.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from attrs import frozen

from claimgraph.errors import InputError
from claimgraph.store.read import store_time
from claimgraph.store.tree import Head, tree_head
from claimgraph.store.write import writing

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

# cryptography is imported where a signature is made or checked, not here: every command
# imports the store, and most never touch a checkpoint (``claimgraph check`` stays quick).

__all__ = [
    "Checkpoint",
    "checkpoint_text",
    "generate_key",
    "read_public_key",
    "sign_checkpoint",
    "signature_valid",
]


@frozen
class Checkpoint:
    """One signed head kept in the ledger.

    Attributes:
        number: its place among the ledger's checkpoints (1-based).
        head: the signed head.
        signed_at: when it was signed, in the store's time form.
        public_key: the signer's raw 32-byte Ed25519 public key.
        signature: the 64-byte signature of :func:`checkpoint_text`.
    """

    number: int
    head: Head
    signed_at: str
    public_key: bytes
    signature: bytes

    @property
    def key_id(self) -> str:
        """The public key in hex, shortened: enough to tell keys apart in a message."""
        return self.public_key.hex()[:16]


def checkpoint_text(head: Head, signed_at: str) -> bytes:
    """The exact bytes a checkpoint signs."""
    return f"claimgraph-checkpoint v1\n{head.size}\n{head.root.hex()}\n{signed_at}\n".encode()


def signature_valid(checkpoint: Checkpoint) -> bool:
    """Whether the checkpoint's signature is its key's signature of its head and time."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(checkpoint.public_key)
        key.verify(checkpoint.signature, checkpoint_text(checkpoint.head, checkpoint.signed_at))
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def _public_file(private: Path) -> Path:
    return private.with_name(private.name + ".pub")


def generate_key(out: str | os.PathLike[str]) -> tuple[Path, Path]:
    """Make an Ed25519 key pair: the private key at ``out`` (mode 0600), the public one at ``out.pub``.

    Neither file is overwritten.

    Returns:
        The private and public key files.

    Raises:
        InputError: either file exists already.
        OSError: the folder cannot be written.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Path(out)
    public = _public_file(private)
    for path in (private, public):
        if os.path.lexists(path):
            raise InputError.single(str(path), "exists already: a key is never overwritten", "name another file")
    key = Ed25519PrivateKey.generate()
    secret = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    shown = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    # O_EXCL: created here or not at all; 0600 from the start, never readable by others.
    handle = os.open(private, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(handle, "wb") as stream:
        stream.write(secret)
    handle = os.open(public, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(handle, "wb") as stream:
        stream.write(shown)
    return private, public


def _read_pem(path: str | os.PathLike[str], what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError.single(str(path), f"the {what} cannot be read: {exc.strerror}", "check the path") from None


def _private_key(path: str | os.PathLike[str]) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(_read_pem(path, "signing key"), password=None)
    except (ValueError, TypeError):
        key = None
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError.single(
            str(path), "is not an Ed25519 private key", "make one with: claimgraph ledger keygen --out KEY"
        )
    return key


def read_public_key(path: str | os.PathLike[str]) -> bytes:
    """The raw 32 bytes of an Ed25519 public key file (as ``ledger keygen`` writes it).

    Raises:
        InputError: the file cannot be read or is not an Ed25519 public key.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = serialization.load_pem_public_key(_read_pem(path, "public key"))
    except (ValueError, TypeError):
        key = None
    if not isinstance(key, Ed25519PublicKey):
        raise InputError.single(str(path), "is not an Ed25519 public key", "name the KEY.pub file ledger keygen wrote")
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def sign_checkpoint(
    path: str | os.PathLike[str], key_file: str | os.PathLike[str], *, wait: float = 30.0
) -> Checkpoint:
    """Sign the ledger's current head with the key in ``key_file`` and keep the checkpoint in the ledger.

    Raises:
        InputError: the key is not an Ed25519 private key, or the ledger cannot be written.
        LedgerBusy: another process held the ledger for longer than ``wait``.
    """
    from cryptography.hazmat.primitives import serialization

    key = _private_key(key_file)
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    with writing(path, wait=wait) as connection:
        head = tree_head(connection)
        signed_at = store_time(dt.datetime.now(dt.UTC))
        signature = key.sign(checkpoint_text(head, signed_at))
        cursor = connection.execute(
            "INSERT INTO checkpoints (size, root, signed_at, public_key, signature) VALUES (?, ?, ?, ?, ?)",
            (head.size, head.root, signed_at, public, signature),
        )
        number = cursor.lastrowid or 0
    return Checkpoint(number, head, signed_at, public, signature)
