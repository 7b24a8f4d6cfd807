"""``check`` and ``show``: is the dossier sound, and what does each source say?"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import click

from claimgraph.cli._common import ledger_input, reports_errors
from claimgraph.errors import InputError
from claimgraph.io.bulk import read_tables
from claimgraph.io.tabular import TABLE_FORMATS, table_file
from claimgraph.model import Ledger
from claimgraph.render.text import counts_text, show_text
from claimgraph.store import load_ledger


def _with_tables(paths: Sequence[str], as_of: str | None, _options: Mapping[str, object]) -> Ledger | None:
    """CSV and JSON Lines tables checked as an import would read them (the other paths are what they may name)."""
    named = [path for path in paths if Path(path).suffix.lower() in TABLE_FORMATS]
    if not named:
        return None
    if as_of is not None:
        raise InputError.single(named[0], "--as-of needs a ledger store, and this is a table", "leave --as-of out")
    try:
        tables = [table_file(path) for path in named]
    except ValueError as exc:
        raise InputError.single(named[0], str(exc), "name tables .csv or .jsonl") from None
    others = [path for path in paths if path not in named]
    return read_tables(tables, context=load_ledger(others) if others else None)


@click.command()
@ledger_input(reader=_with_tables)
@reports_errors
def check(ledger: Ledger) -> None:
    """Validate dossiers (or CSV and JSON Lines tables) and print what they hold.

    Every problem of every file is listed with its file, line and entry; the
    exit code is 1 when there is any. Tables are checked as 'claimgraph
    import' reads them, each named by what it holds (sources.csv,
    claims.jsonl, vocabulary.csv); dossiers named beside them are what their
    rows may refer to.

    \b
    Example:
      claimgraph check claims/
      claimgraph check sources.csv claims.csv vocabulary.csv
    """
    click.echo(f"ok: {counts_text(ledger.counts())}")


@click.command()
@ledger_input
@click.option(
    "--width", default=88, show_default=True, type=click.IntRange(40, 400), help="Wrap text to this many columns."
)
@reports_errors
def show(ledger: Ledger, width: int) -> None:
    """Show every claim, grouped by origin and speaker.

    \b
    Example:
      claimgraph show claims/rafah-2026-02-04.yaml
    """
    click.echo(show_text(ledger, width=width), nl=False)
