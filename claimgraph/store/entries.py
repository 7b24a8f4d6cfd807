"""Reading a store's rows back: one read-only snapshot, and one decoder from stored text to entries.

Every reader (whole ledger, as-of, partial reads, verification) opens the store
through :func:`reading` and turns stored records into model entries through
:func:`decode_entry`, so a damaged or unknown record is reported the same way
wherever it is met.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from claimgraph._gc import paused_gc
from claimgraph.errors import FieldError, InputError
from claimgraph.model import KINDS, Ledger, from_fields
from claimgraph.model.vocabulary import Vocabulary
from claimgraph.store.schema import open_store, store_problem

__all__ = ["damaged", "decode_entry", "ledger_of", "reading"]

_RESTORE = "run 'claimgraph verify' on the ledger; restore it from a backup"


@contextmanager
def reading(path: str | os.PathLike[str], *, check_objects: bool = True) -> Iterator[sqlite3.Connection]:
    """A read-only connection holding one snapshot of the ledger; SQLite errors become problems.

    ``check_objects=False`` accepts altered schema objects (for ``verify``, which reports them).

    Raises:
        InputError: the file is not a ledger this claimgraph reads, or SQLite failed.
    """
    label = str(path)
    connection = open_store(path, check_objects=check_objects)
    try:
        connection.execute("BEGIN")
        yield connection
        if connection.in_transaction:
            connection.execute("COMMIT")
    except sqlite3.Error as exc:
        raise store_problem(label, exc) from None
    finally:
        connection.close()


def damaged(label: str, kind: str, entry_id: str, message: str) -> InputError:
    """The error for a stored record that cannot be read back into an entry."""
    return InputError.single(
        label, f"the stored record cannot be read: {message}", _RESTORE, entry=f"{kind} {entry_id!r}"
    )


def decode_entry(kind: str, entry_id: str, text: str, label: str) -> object:
    """The model entry a stored record holds.

    Args:
        kind: the entry's kind, as stored.
        entry_id: its id, as stored (for the message).
        text: the record's JSON text.
        label: the ledger file, as the user named it.

    Raises:
        InputError: the kind is unknown to this claimgraph, or the record is damaged.
    """
    entry_kind = KINDS.get(kind)
    if entry_kind is None:
        raise InputError.single(
            label,
            f"unknown entry kind {kind!r}",
            "upgrade claimgraph: this ledger holds kinds it does not know",
            entry=f"{kind} {entry_id!r}",
        )
    renames = entry_kind.renames
    try:
        values = json.loads(text)
        # Stored records were written by to_fields from a valid entry (and are hash-checked):
        # building the class directly runs each converter and validator once instead of
        # from_fields's twice, which halves the cost of reading a large ledger.
        return entry_kind.cls(**{renames.get(key, key): value for key, value in values.items()})
    except (ValueError, KeyError, TypeError, AttributeError):
        pass  # from_fields says precisely what is wrong
    try:
        return from_fields(kind, json.loads(text))
    except (FieldError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise damaged(label, kind, entry_id, str(exc)) from None


def ledger_of(rows: Iterable[tuple[str, str, str]], label: str, vocabulary: Vocabulary | None = None) -> Ledger:
    """Build a Ledger from (kind, id, record text) rows in record order, with the vocabulary the store kept."""
    sections: dict[str, Any] = {kind.section: [] for kind in KINDS.values()}
    with paused_gc():  # millions of new objects and no cycles: the collector would only slow it down
        for kind, entry_id, text in rows:
            entry = decode_entry(kind, entry_id, text, label)
            sections[KINDS[kind].section].append(entry)
        return Ledger(**sections, vocabulary=vocabulary or Vocabulary())
