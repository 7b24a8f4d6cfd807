"""Bulk import straight into a ledger store: the tables read as for a dossier, then recorded at once."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping, Sequence
from typing import Any

from claimgraph.errors import Problem
from claimgraph.io.bulk import ImportResult, Progress, import_result, imported_entries, table_vocabulary
from claimgraph.io.tabular import TableFile
from claimgraph.model import KINDS, Ledger
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
    sections: dict[str, Any] = {kind.section: [] for kind in KINDS.values()}
    problems: list[Problem] = []
    vocabulary = table_vocabulary(tables, problems, known)
    with tempfile.TemporaryDirectory(prefix=".claimgraph-import.") as work:
        for kind, entry in imported_entries(
            tables,
            problems,
            workdir=work,
            rename=rename,
            context=known,
            max_errors=max_errors,
            progress=progress,
            vocabulary=vocabulary,
        ):
            sections[KINDS[kind].section].append(entry)
    counts = {name: len(sections[kind.section]) for name, kind in KINDS.items()}
    rows = sum(counts.values()) + len({(p.path, p.line) for p in problems if p.entry})
    result = import_result(problems, partial, counts, rows)
    summary = record_ledger(store, Ledger(**sections, vocabulary=vocabulary), author)
    return result, summary
