"""Bulk import straight into a ledger store: the tables read as for a dossier, then recorded at once."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from claimgraph.errors import Problem
from claimgraph.io.bulk import ImportResult, Progress, import_result, imported_ledger
from claimgraph.io.tabular import TableFile
from claimgraph.model import KINDS
from claimgraph.store.read import read_store
from claimgraph.store.write import RecordSummary, init_store, record_ledger

__all__ = ["import_to_store"]


def import_to_store(
    tables: Sequence[TableFile],
    store: str | os.PathLike[str],
    author: str,
    *,
    rename: Mapping[str, str] | None = None,
    max_errors: int = 20,
    partial: bool = False,
    progress: Progress | None = None,
) -> tuple[ImportResult, RecordSummary]:
    """Import tables straight into a ledger store, in one transaction.

    Rows may refer to entries already in the store. The rows are
    read as a stream, but :func:`~claimgraph.store.record_ledger` takes a whole
    ledger, so the imported entries are held in memory until they are recorded.

    Args:
        tables: the input tables.
        store: the ledger store (created when missing).
        author: who records the entries.
        rename, max_errors, partial, progress: as for :func:`~claimgraph.io.bulk.import_to_dossier`.

    Returns:
        (ImportResult, the store's RecordSummary).

    Raises:
        InputError: every problem found, when nothing was recorded.
    """
    init_store(store)
    known = read_store(store)
    problems: list[Problem] = []
    imported = imported_ledger(tables, problems, context=known, rename=rename, max_errors=max_errors, progress=progress)
    counts = {name: len(getattr(imported, kind.section)) for name, kind in KINDS.items()}
    rows = sum(counts.values()) + len({(p.path, p.line) for p in problems if p.entry})
    result = import_result(problems, partial, counts, rows)
    summary = record_ledger(store, imported, author)
    return result, summary
