"""Reading whatever the user named: dossier files, folders of them, or one ledger store.

It lives above both the dossier reader (:mod:`claimgraph.io`) and the store, so
neither needs the other.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from claimgraph.errors import InputError
from claimgraph.io.dossier import read_ledger
from claimgraph.io.files import is_store
from claimgraph.model import SECTIONS, Ledger
from claimgraph.store.read import read_store

__all__ = ["load_ledger"]


def load_ledger(paths: Sequence[str | os.PathLike[str]], *, as_of: str | None = None) -> Ledger:
    """Read dossier files and folders, or a ledger store, into one checked ledger.

    A ledger store is recognised by its content (the SQLite header), whatever
    its name. It must be named alone: a store and dossiers are not mixed
    (record the dossiers into the store first), and neither are two stores.

    Args:
        paths: files or folders.
        as_of: an ISO 8601 date or time: read the store as it stood then.
            Only stores keep history, so it is refused for dossiers.

    Returns:
        The checked ledger.

    Raises:
        InputError: every problem found.
    """
    stores = [path for path in paths if is_store(path)]
    if stores and len(paths) > 1:
        return _refuse(
            str(stores[0]),
            "a ledger store must be named alone, without dossiers or other stores",
            "record the dossiers into the ledger first: claimgraph record DOSSIER... --ledger FILE",
        )
    if stores:
        ledger = read_store(stores[0], as_of=as_of)
        if as_of is not None and not any(getattr(ledger, section) for section in SECTIONS):
            return _refuse(
                str(stores[0]),
                f"held nothing yet at {as_of}",
                "pick a later --as-of; 'claimgraph log --ledger FILE' lists when entries were recorded",
            )
        return ledger
    if as_of is not None:
        return _refuse(
            str(paths[0]) if paths else "--as-of",
            "--as-of needs a ledger store, and this is a dossier",
            "record the dossier into a ledger first, or leave --as-of out",
        )
    return read_ledger(paths)


def _refuse(label: str, message: str, hint: str) -> Ledger:
    raise InputError.single(label, message, hint)
