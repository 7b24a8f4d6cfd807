"""Files as files: writing one atomically, and telling a ledger store from a dossier by its first bytes."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

__all__ = ["SQLITE_HEADER", "is_store", "write_atomic"]

#: The first 16 bytes of every SQLite database, and so of every ledger store.
SQLITE_HEADER = b"SQLite format 3\x00"


def is_store(path: str | os.PathLike) -> bool:
    """True when ``path`` is a file that starts with the SQLite header (whatever its name).

    Only the content is looked at: whether it is a ledger this claimgraph reads
    is for :func:`claimgraph.store.schema.open_store` to say.
    """
    try:
        # Without blocking: opening a FIFO to read would wait for a writer forever.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return False
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return False
        return os.read(descriptor, 16) == SQLITE_HEADER
    except OSError:
        return False
    finally:
        os.close(descriptor)


def write_atomic(path: str | os.PathLike, text: str) -> None:
    """Write text to a file so that it is either replaced whole or left unchanged."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
