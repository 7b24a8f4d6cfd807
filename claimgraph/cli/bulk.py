"""``import`` and ``tables``: claims in and out of CSV and JSON Lines tables."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import click

from claimgraph.cli._common import Failed, ledger_input, reports_errors
from claimgraph.io import write_files_atomic
from claimgraph.io.bulk import import_to_dossier
from claimgraph.io.tabular import parse_renames, table_file
from claimgraph.model import KINDS, Ledger
from claimgraph.render.tables import ledger_tables
from claimgraph.store import load_ledger
from claimgraph.store.bulk import import_to_store


@contextlib.contextmanager
def _progress(files: Iterable[Path]) -> Iterator[Callable[[int], None] | None]:
    # A bar only for a person watching: never in pipes, logs or CI.
    if not sys.stderr.isatty():
        yield None
        return
    total = sum(path.stat().st_size for path in files if path.is_file())
    with click.progressbar(length=total, label="importing", file=sys.stderr) as bar:
        yield bar.update


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--kind",
    type=click.Choice(sorted(KINDS)),
    help="What every row holds (default: from the file name, e.g. sources.csv; else claims).",
)
@click.option(
    "--map",
    "renames",
    multiple=True,
    metavar="COLUMN=FIELD",
    help="Read field FIELD from column COLUMN (FIELD '-' ignores the column). Repeatable.",
)
@click.option(
    "--with",
    "context",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Dossier whose sources, documents and claims the rows may name. Repeatable.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write a new dossier here.")
@click.option(
    "--ledger",
    "store",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Record straight into this ledger store instead.",
)
@click.option("--author", help="Who records the entries (with --ledger).")
@click.option(
    "--max-errors", default=20, show_default=True, type=click.IntRange(1), help="Stop after this many bad rows."
)
@click.option("--partial", is_flag=True, help="Write the sound rows even when some are bad.")
@reports_errors
def import_command(
    files: tuple[Path, ...],
    kind: str | None,
    renames: tuple[str, ...],
    context: tuple[Path, ...],
    output: Path | None,
    store: Path | None,
    author: str | None,
    max_errors: int,
    partial: bool,
) -> None:
    """Import CSV or JSON Lines tables into a dossier (-o) or a ledger store (--ledger).

    Each file holds one kind of entry, told by its name (sources.csv,
    rafah-claims.jsonl) or --kind; columns are the dossier's field names. Bad
    rows are listed with file, line and row number; nothing is written unless
    all rows are sound, or --partial is given.

    \b
    Example:
      claimgraph import sources.csv claims.csv --map speaker=said_by -o imported.yaml
      claimgraph import claims.jsonl --with claims/ -o more.yaml
    """
    if (output is None) == (store is None):
        raise Failed("error: name where to write: -o DOSSIER or --ledger STORE (one of them)")
    if store is not None and (context or not author):
        raise Failed("error: --ledger needs --author NAME, and takes references from the store, not --with")
    try:
        tables = [table_file(path, kind) for path in files]
        mapping = parse_renames(renames)
    except ValueError as exc:
        raise Failed(f"error: {exc}") from None
    with _progress(files) as progress:
        if store is not None and author:
            result, _summary = import_to_store(
                tables, store, author, progress=progress, rename=mapping, max_errors=max_errors, partial=partial
            )
        elif output is not None:
            known = load_ledger(list(context)) if context else None
            result = import_to_dossier(
                tables, output, context=known, progress=progress, rename=mapping, max_errors=max_errors, partial=partial
            )
        else:  # refused above: exactly one of -o and --ledger, and --ledger only with --author
            raise AssertionError("no destination")
    for problem in result.skipped:
        click.echo(f"skipped: {problem}", err=True)
    written = ", ".join(f"{n} {k}{'s' * (n != 1)}" for k, n in result.counts.items() if n) or "nothing"
    click.echo(f"imported {written} into {output or store}", err=True)


@click.command()
@ledger_input
@click.option(
    "-o",
    "--output",
    "folder",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the CSV files into (created if missing).",
)
@reports_errors
def tables(ledger: Ledger, folder: Path) -> None:
    """Write the ledger as CSV tables: claims.csv, relations.csv, sources.csv, ...

    UTF-8 with a header row, lists joined with "; " (a ";" inside an item
    written "\\;"), and a leading apostrophe on cells a spreadsheet would run
    as formulas. The tables import back unchanged with claimgraph import. All
    tables are written, or none is replaced.

    \b
    Example:
      claimgraph tables claims/ -o rafah-tables/
    """
    folder.mkdir(parents=True, exist_ok=True)
    texts = ledger_tables(ledger)
    # All or nothing: every table is written out before any replaces the old one.
    write_files_atomic({folder / name: text for name, text in texts.items()})
    click.echo(f"wrote {len(texts)} tables into {folder}", err=True)
