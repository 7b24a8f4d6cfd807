"""CSV tables of a ledger, one per entry kind, for spreadsheets and for ``claimgraph import``.

UTF-8 with a header row, RFC 4180 quoting and line ends; lists joined with
``"; "`` (a ``;`` or backslash inside an item escaped with a backslash); a cell
that a spreadsheet would run as a formula (``= + - @`` or their full-width
forms, even after leading spaces or invisible characters; a leading tab or
carriage return) gets a leading apostrophe, which ``claimgraph import`` removes
again. :func:`claimgraph.io.tabular.cell_text` holds the rules; the columns are
those of :func:`claimgraph.io.tabular.columns_of`, so the tables import back unchanged.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from claimgraph.io.tabular import VOCABULARY_COLUMNS, cell_text, columns_of, vocabulary_records
from claimgraph.model import KINDS, Ledger, to_fields

__all__ = ["claims_csv", "ledger_tables", "relations_csv", "table_csv", "vocabulary_csv"]


def _flat(record: dict[str, object]) -> dict[str, object]:
    # A claim's proposition and translation are spread over NAME_PART columns.
    for name in ("proposition", "translation"):
        nested = record.pop(name, None)
        if isinstance(nested, dict):
            record.update({f"{name}_{k}": v for k, v in nested.items()})
    if "propositions" in record:  # several propositions: one cell of JSON, in the dossier's spelling
        record["propositions"] = json.dumps(record["propositions"], ensure_ascii=False)
    return record


def table_csv(ledger: Ledger, kind: str) -> str:
    """One kind of entry as CSV text.

    Args:
        ledger: the ledger.
        kind: ``source``, ``document``, ``claim``, ``relation``, ``question`` or ``review``.

    Returns:
        The header and one row per entry, in ledger order (header only when there are none).
    """
    section = KINDS[kind].section
    columns = columns_of(kind)
    if kind == "claim" and not any(claim.propositions for claim in ledger.claims):
        columns = tuple(c for c in columns if c != "propositions")  # the column only when a claim has several
    return _csv(columns, (_flat(to_fields(entry)) for entry in getattr(ledger, section)))


def _csv(columns: tuple[str, ...], records: Iterable[dict[str, object]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([cell_text(column, record.get(column)) for column in columns] for record in records)
    return buffer.getvalue()


def vocabulary_csv(ledger: Ledger) -> str:
    """The ledger's declared vocabulary for figures as a table (see :mod:`claimgraph.io.tabular`)."""
    return _csv(VOCABULARY_COLUMNS, vocabulary_records(ledger.vocabulary))


def claims_csv(ledger: Ledger) -> str:
    """The claims as CSV (``export --format claims.csv``)."""
    return table_csv(ledger, "claim")


def relations_csv(ledger: Ledger) -> str:
    """The relations as CSV (``export --format relations.csv``)."""
    return table_csv(ledger, "relation")


def ledger_tables(ledger: Ledger) -> dict[str, str]:
    """Every kind of entry as its own CSV file.

    Returns:
        File name (``sources.csv``, ``documents.csv``, ``claims.csv``,
        ``relations.csv``, ``questions.csv``, ``reviews.csv``, and
        ``vocabulary.csv`` when the ledger declares a vocabulary) → CSV text.
    """
    tables = {f"{kind.section}.csv": table_csv(ledger, name) for name, kind in KINDS.items()}
    if not ledger.vocabulary.is_default:
        tables["vocabulary.csv"] = vocabulary_csv(ledger)
    return tables
