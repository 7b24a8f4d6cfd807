"""Bulk import: CSV and JSON Lines tables → a dossier file (or, through :mod:`claimgraph.store.bulk`, a store).

Tables are read in kind order (the vocabulary, sources, documents, claims,
relations, questions, reviews) whatever order they are named in, so a claim may name a
speaker from a sources table given after it. Every reference must resolve to
an entry imported before it or to one in the ledger given as ``context`` (the
``--with`` dossiers, or the store being imported into); a source's ``part_of``
must name a source given before it.

Each row is checked on its own; a bad row becomes a :class:`Problem` with its
file, line and row number, and reading goes on until ``max_errors`` rows have
failed. Nothing is written unless every row is sound, or ``partial`` allows
leaving the bad rows out.

Memory stays flat as the input grows: rows are read one at a time, the ids seen
so far live in a temporary SQLite index on disk, and the dossier is assembled
from per-section spool files beside the output, then moved into place at once.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from attrs import frozen

from claimgraph.errors import FieldError, InputError, OutputError, Problem
from claimgraph.io.dossier import has_id
from claimgraph.io.files import install_file, output_mode
from claimgraph.io.parts import entry_yaml, header_yaml
from claimgraph.io.tabular import (
    VOCABULARY,
    FileError,
    TableFile,
    TableRow,
    columns_of,
    read_table,
    row_record,
    vocabulary_table,
)
from claimgraph.io.yamlfile import MAX_BYTES
from claimgraph.model import KINDS, SECTIONS, Claim, Ledger, Relation, from_fields, to_fields
from claimgraph.model.checks import Defect, check_ledger, clashing_kinds, entry_defects, unknown_references
from claimgraph.model.units import UnknownUnit
from claimgraph.model.vocabulary import Vocabulary

__all__ = [
    "ImportResult",
    "import_result",
    "import_to_dossier",
    "imported_entries",
    "imported_ledger",
    "read_tables",
    "table_vocabulary",
]

Progress = Callable[[int], None]


@frozen
class ImportResult:
    """What an import wrote, and what it left out.

    Attributes:
        counts: entry kind → how many entries were imported.
        rows: how many rows were read.
        skipped: the problems of the rows left out (only ever non-empty with ``partial``).
    """

    counts: dict[str, int]
    rows: int
    skipped: tuple[Problem, ...]


class _Index:
    """Ids seen so far, by kind, in a SQLite file: lookups stay fast and memory stays flat."""

    def __init__(self, folder: str) -> None:
        self._db = sqlite3.connect(os.path.join(folder, "ids.sqlite"), isolation_level=None)
        self._db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-16384;"
            "CREATE TABLE ids (kind TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (kind, id))"
            " WITHOUT ROWID; BEGIN;"
        )

    def add(self, kind: str, entry_id: str) -> bool:
        """Record an id; False when it was already there."""
        try:
            self._db.execute("INSERT INTO ids VALUES (?, ?)", (kind, entry_id))
        except sqlite3.IntegrityError:
            return False
        return True

    def has(self, kind: str, entry_id: str) -> bool:
        """True when the id was recorded."""
        row = self._db.execute("SELECT 1 FROM ids WHERE kind = ? AND id = ?", (kind, entry_id))
        return row.fetchone() is not None

    def close(self) -> None:
        """Drop the index (its file goes with the temporary folder)."""
        self._db.close()


def _unknown_hint(defect: Defect) -> str:
    ref = defect.refs[0]
    return (
        f"add a {defect.target} with id {ref!r} (in a {KINDS[defect.target].section} table given earlier "
        "or a --with dossier), or correct the id"
    )


def _reference_problems(kind: str, fields: Mapping[str, object], index: _Index) -> list[tuple[str, str]]:
    """Unresolved references of one row; works on a row that failed to build, too."""
    return [(f"{d.field}: {d.message}", _unknown_hint(d)) for d in unknown_references(kind, fields, index.has)]


def _entry_problems(entry: object, index: _Index) -> list[tuple[str, str]]:
    """The rules one row breaks on its own, and a relation clashing with one imported before it."""
    problems = [
        (f"{d.field}: {d.message}", "leave part_of out" if d.code == "part-of-itself" else d.hint)
        for d in entry_defects(entry)
    ]
    if isinstance(entry, Relation) and any(index.has("relation", other) for other in clashing_kinds(entry)):
        first, second = entry.pair
        problems.append(
            (
                f"kind: claims {first!r} and {second!r} would both support and contradict each other",
                "keep one relation for the pair",
            )
        )
    return problems


def _index_context(index: _Index, context: Ledger) -> None:
    for name, kind in KINDS.items():
        for entry in getattr(context, kind.section):
            index.add(name, entry.id)


def imported_entries(
    tables: Sequence[TableFile],
    problems: list[Problem],
    *,
    workdir: str,
    rename: Mapping[str, str] | None = None,
    context: Ledger | None = None,
    max_errors: int = 20,
    progress: Progress | None = None,
    vocabulary: Vocabulary | None = None,
) -> Iterator[tuple[str, object]]:
    """Read tables and yield every sound entry; append the problems of the others.

    Vocabulary tables among ``tables`` are passed over: :func:`table_vocabulary` reads them.

    Args:
        tables: the input tables, read in kind order (sources first).
        problems: receives a :class:`Problem` for each bad row or unreadable file.
        workdir: a folder for the temporary id index.
        rename: column → field for every table (``-`` drops the column).
        context: entries the rows may refer to, not themselves imported.
        max_errors: stop reading once this many rows have failed.
        progress: called with the number of bytes read since its last call.
        vocabulary: the ledger's vocabulary; when it declares anything, every
            claim's units must be in it (as a dossier's must).

    Yields:
        (kind, entry) pairs in import order.
    """
    index = _Index(workdir)
    try:
        if context is not None:
            _index_context(index, context)
        bad_rows = 0
        strict = vocabulary if vocabulary is not None and not vocabulary.is_default else None
        for table in sorted((t for t in tables if t.kind != VOCABULARY), key=lambda t: KINDS[t.kind].rank):
            label = str(table.path)
            reported = 0
            header_checked = False
            try:
                for row in read_table(table, rename):
                    if progress is not None:
                        progress(row.offset - reported)
                        reported = row.offset
                    if not header_checked and table.format == "csv" and row.values is not None:
                        header_checked = True
                        wrong = _header_problem(table, row.values)
                        if wrong is not None:
                            problems.append(Problem(label, 1, "", *wrong))
                            return
                    found, entry = _check_row(table, row, index, strict)
                    if found:
                        problems.extend(
                            Problem(label, row.line, where, message, hint) for where, message, hint in found
                        )
                        bad_rows += 1
                        if bad_rows >= max_errors:
                            problems.append(
                                Problem(
                                    label,
                                    row.line,
                                    f"row {row.number}",
                                    f"stopped after {bad_rows} rows with errors",
                                    "fix these first, or raise --max-errors",
                                )
                            )
                            return
                        continue
                    yield table.kind, entry
            except FileError as exc:
                problems.append(Problem(label, exc.line, "", str(exc), exc.hint))
                return
            except OSError as exc:
                problems.append(
                    Problem(
                        label, 0, "", f"cannot be read: {exc.strerror or exc}", "check the path and its permissions"
                    )
                )
                return
            if progress is not None:
                size = table.path.stat().st_size
                progress(max(size - reported, 0))
    finally:
        index.close()


def _header_problem(table: TableFile, values: Mapping[str, object]) -> tuple[str, str] | None:
    """A CSV header naming unknown fields or lacking a required one, as (message, hint)."""
    known = columns_of(table.kind)
    unknown = [column for column in values if column not in known]
    if unknown:
        guesses = [difflib.get_close_matches(c, known, n=1) for c in unknown]
        said = ", ".join(
            f"{c!r}" + (f" (did you mean {g[0]!r}?)" if g else "") for c, g in zip(unknown, guesses, strict=True)
        )
        return (
            f"the header names columns that are not {table.kind} fields: {said}",
            f"rename with --map COLUMN=FIELD or drop with --map COLUMN=-; {table.kind} fields: {', '.join(known)}",
        )
    missing = [field for field in KINDS[table.kind].required if field not in values]
    if missing:
        return (
            f"missing column{'s' * (len(missing) > 1)} {', '.join(map(repr, missing))}",
            "add the column, or name the column that holds it with --map COLUMN=FIELD",
        )
    return None


def _unit_problems(entry: object, vocabulary: Vocabulary | None) -> list[tuple[str, str]]:
    """A claim's units the ledger's declared vocabulary does not know."""
    if vocabulary is None or not isinstance(entry, Claim):
        return []
    problems = []
    for number, proposition in enumerate(entry.all_propositions):
        try:
            vocabulary.unit(proposition.unit)
        except UnknownUnit as exc:
            where = "proposition" if entry.proposition is not None and number == 0 else f"propositions.{number}"
            hint = "use a known unit or alias, or declare it in a vocabulary table (declares,value: unit,NAME)"
            problems.append((f"{where}.unit: {exc}", hint))
    return problems


def _check_row(
    table: TableFile, row: TableRow, index: _Index, vocabulary: Vocabulary | None
) -> tuple[list[tuple[str, str, str]], object]:
    where = f"row {row.number}"
    if row.error is not None:
        return [(where, row.error, "fix or remove the row")], None
    assert row.values is not None, "a row without an error has values"
    record = row_record(table.kind, row.values, from_text=table.format == "csv")
    entry_id = record.get("id")
    if isinstance(entry_id, str):
        where = f"row {row.number} ({table.kind} {entry_id!r})"
    try:
        entry = from_fields(table.kind, record, read_as="JSON" if table.format == "jsonl" else "")
    except FieldError as exc:
        found = [
            (where, f"{field}: {message}" if field else message, hint or "correct the value")
            for field, message, hint in exc.errors
        ]
        # Report a bad date and an unknown speaker in the same row together.
        found += [(where, m, h) for m, h in _reference_problems(table.kind, record, index)]
        return found, None
    assert has_id(entry), f"{table.kind} without an id"  # every entry class has one
    checks = [
        *_reference_problems(table.kind, to_fields(entry), index),
        *_entry_problems(entry, index),
        *_unit_problems(entry, vocabulary),
    ]
    found = [(where, message, hint) for message, hint in checks]
    if not found and not index.add(table.kind, entry.id):
        found.append(
            (
                where,
                f"id: {entry.id!r} is already used by another {table.kind}",
                f"give each {table.kind} its own id, or remove the repeated row",
            )
        )
    return found, entry


def table_vocabulary(tables: Sequence[TableFile], problems: list[Problem], context: Ledger | None = None) -> Vocabulary:
    """The vocabulary the ``vocabulary`` tables among ``tables`` declare, merged onto ``context``'s.

    The problems of their rows (and unreadable files) are appended to ``problems``.
    """
    vocabulary = context.vocabulary if context is not None else Vocabulary()
    for table in tables:
        if table.kind != VOCABULARY:
            continue
        label = str(table.path)
        try:
            declared, found = vocabulary_table(table)
        except FileError as exc:
            problems.append(Problem(label, exc.line, "", str(exc), exc.hint))
            continue
        except OSError as exc:
            reason = f"cannot be read: {exc.strerror or exc}"
            problems.append(Problem(label, 0, "", reason, "check the path and its permissions"))
            continue
        problems.extend(Problem(label, line, where, message, hint) for line, where, message, hint in found)
        try:
            vocabulary = vocabulary.merged(declared)
        except ValueError as exc:  # a category placed under another parent than the context's
            problems.append(Problem(label, 0, "", str(exc), "declare each category under one parent"))
    return vocabulary


def import_result(problems: list[Problem], partial: bool, counts: dict[str, int], rows: int) -> ImportResult:
    """What an import wrote; raises instead when it must write nothing (see ``partial``)."""
    stopped = any(p.message.startswith("stopped after") for p in problems)
    unreadable = any(p.entry == "" for p in problems)
    if problems and (not partial or stopped or unreadable):
        raise InputError(problems)
    return ImportResult(counts=counts, rows=rows, skipped=tuple(sorted(problems)))


def _refuse_oversized(target: Path, size: int, entries: int) -> None:
    """Stop before writing a dossier larger than the reader accepts (see :data:`yamlfile.MAX_BYTES`)."""
    if size > MAX_BYTES:
        raise OutputError(
            str(target),
            f"the dossier would be {size:,} bytes ({entries:,} entries), "
            f"more than the {MAX_BYTES:,} a dossier may hold",
            "import into a ledger store instead: claimgraph ledger init STORE, then claimgraph import ... "
            "--ledger STORE --author NAME; or import the tables in smaller pieces",
        )


def import_to_dossier(
    tables: Sequence[TableFile],
    output: str | os.PathLike[str],
    *,
    rename: Mapping[str, str] | None = None,
    context: Ledger | None = None,
    max_errors: int = 20,
    partial: bool = False,
    progress: Progress | None = None,
    title: str | None = None,
) -> ImportResult:
    """Import tables into a new dossier file, streaming from input to output.

    Args:
        tables: the input tables (see :func:`claimgraph.io.tabular.table_file`).
        output: the dossier to write; replaced whole, or left untouched on failure.
        rename: column → field for every table (``-`` drops the column).
        context: a ledger the rows may refer to (e.g. the ``--with`` dossiers);
            its entries are not copied into the output.
        max_errors: give up once this many rows have failed.
        partial: write the sound rows even when some failed (never when an
            input file is unreadable or ``max_errors`` was reached).
        progress: called with the number of bytes read since its last call.
        title: an optional title line for the dossier.

    Returns:
        The counts written and the problems of any rows left out.

    Raises:
        InputError: every problem found, when nothing was written.
    """
    target = Path(output)
    output_mode(target)  # refuse a device, folder or link before reading anything
    counts = {kind: 0 for kind in SECTIONS.values()}
    problems: list[Problem] = []
    vocabulary = table_vocabulary(tables, problems, context)
    try:
        with tempfile.TemporaryDirectory(prefix=f".{target.name}.", dir=target.parent) as work:
            with contextlib.ExitStack() as stack:
                spools = {
                    kind: stack.enter_context(
                        open(os.path.join(work, f"{kind}.yaml"), "w", encoding="utf-8", newline="\n")
                    )
                    for kind in counts
                }
                for kind, entry in imported_entries(
                    tables,
                    problems,
                    workdir=work,
                    rename=rename,
                    context=context,
                    max_errors=max_errors,
                    progress=progress,
                    vocabulary=vocabulary,
                ):
                    spools[kind].write(entry_yaml(entry))
                    counts[kind] += 1
            rows = sum(counts.values()) + len({(p.path, p.line) for p in problems if p.entry})
            result = import_result(problems, partial, counts, rows)
            assembled = os.path.join(work, "dossier.yaml")
            with open(assembled, "w", encoding="utf-8", newline="\n") as out:
                out.write(header_yaml(title=title, vocabulary=vocabulary))
                for section, kind in SECTIONS.items():
                    if counts[kind]:
                        out.write(f"{section}:\n")
                        with open(os.path.join(work, f"{kind}.yaml"), encoding="utf-8") as spool:
                            shutil.copyfileobj(spool, out)
            _refuse_oversized(target, os.path.getsize(assembled), sum(counts.values()))
            install_file(assembled, target)
    except (OSError, sqlite3.Error) as exc:
        # The spools and the id index live beside the output: a full disk stops them, not the reading.
        reason = getattr(exc, "strerror", None) or str(exc)
        raise OutputError(str(target), reason) from None
    return result


def imported_ledger(
    tables: Sequence[TableFile],
    problems: list[Problem],
    *,
    context: Ledger | None = None,
    rename: Mapping[str, str] | None = None,
    max_errors: int = 20,
    progress: Progress | None = None,
) -> Ledger:
    """Read tables into memory: their sound entries and declared vocabulary as one ledger.

    Same arguments as :func:`imported_entries`; the problems of the other rows are
    appended to ``problems``. The vocabulary is ``context``'s with the tables' merged on.
    """
    vocabulary = table_vocabulary(tables, problems, context)
    sections: dict[str, list[Any]] = {kind.section: [] for kind in KINDS.values()}
    with tempfile.TemporaryDirectory(prefix=".claimgraph-import.") as work:
        for kind, entry in imported_entries(
            tables,
            problems,
            workdir=work,
            rename=rename,
            context=context,
            max_errors=max_errors,
            progress=progress,
            vocabulary=vocabulary,
        ):
            sections[KINDS[kind].section].append(entry)
    return Ledger(**sections, vocabulary=vocabulary)


def read_tables(
    tables: Sequence[TableFile],
    *,
    context: Ledger | None = None,
    rename: Mapping[str, str] | None = None,
    max_errors: int = 20,
) -> Ledger:
    """Read tables into one checked ledger, writing nothing: what ``claimgraph check`` does with tables.

    The rows are checked as an import checks them, then the whole ledger (with
    ``context``'s entries, which the rows may name) as a dossier is checked.

    Raises:
        InputError: every problem found, each with its file, line, row and entry.
    """
    problems: list[Problem] = []
    read = imported_ledger(tables, problems, context=context, rename=rename, max_errors=max_errors)
    if problems:
        raise InputError(problems)
    ledger = context.merged(read) if context is not None else read
    where = {table.kind: str(table.path) for table in reversed(tables)}  # the first table of each kind
    defects = check_ledger(ledger)
    if defects:
        raise InputError([_located(defect, where) for defect in defects])
    return ledger


def _located(defect: Defect, where: Mapping[str, str]) -> Problem:
    # Rows were each checked as they were read; what is left concerns the ledger as a whole.
    message = f"{defect.field}: {defect.message}" if defect.field else defect.message
    return Problem(where.get(defect.kind, "(ledger)"), 0, f"{defect.kind} {defect.id!r}", message, defect.hint)
