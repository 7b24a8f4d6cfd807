"""``ledger init``, ``record``, ``log``, ``verify`` and ``dump``: the append-only ledger store."""

from __future__ import annotations

import click

from claimgraph.cli._common import Failed, reports_errors
from claimgraph.render.ledger_text import log_text, summary_text, verify_text
from claimgraph.store import dump_store, history, init_store, load_ledger, record_ledger, verify_store

__all__ = ["dump", "ledger", "log", "record", "verify"]

_LEDGER = click.option(
    "--ledger",
    "store",
    required=True,
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=str),
    help="The ledger store (SQLite file).",
)


@click.group()
def ledger() -> None:
    """Manage ledger stores: append-only, hash-chained SQLite files with history.

    \b
    Example:
      claimgraph ledger init rafah.db
    """


@ledger.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@reports_errors
def init(file: str) -> None:
    """Create an empty ledger store (an existing ledger is left as it is).

    \b
    Example:
      claimgraph ledger init rafah.db
    """
    created = init_store(file)
    click.echo(f"created ledger {file}" if created else f"{file} is already a ledger; left unchanged")


@click.command()
@click.argument("dossiers", nargs=-1, required=True, type=click.Path(path_type=str))
@_LEDGER
@click.option("--author", required=True, help="Who records: stored with every entry.")
@click.option(
    "--retract-missing", is_flag=True, help="Treat the dossiers as the whole truth: retract current entries they lack."
)
@click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
@click.option(
    "--wait",
    default=30.0,
    show_default=True,
    type=click.FloatRange(0, 3600),
    metavar="SECONDS",
    help="How long to wait while another process records.",
)
@reports_errors
def record(
    dossiers: tuple[str, ...], store: str, author: str, retract_missing: bool, dry_run: bool, wait: float
) -> None:
    """Record dossiers into a ledger: append only what changed (add, amend, retract).

    New entries are added and changed ones amended; recording the same dossiers
    again appends nothing. Entries the dossiers lack stay, unless
    --retract-missing says the dossiers are the whole truth. Another ledger
    store, named alone, is recorded like a dossier of its current state.

    \b
    Example:
      claimgraph record claims/ --ledger rafah.db --author "J. Doe"
    """
    summary = record_ledger(
        store, load_ledger(dossiers), author, retract_missing=retract_missing, wait=wait, dry_run=dry_run
    )
    click.echo(summary_text(summary, store, dry_run=dry_run), nl=False)


@click.command()
@_LEDGER
@click.argument("entry_id", metavar="[ID]", required=False)
@reports_errors
def log(store: str, entry_id: str | None) -> None:
    """Show the ledger's history, or the history of one entry (claim, source...).

    \b
    Example:
      claimgraph log --ledger rafah.db cogat-crossing-open
    """
    entries = history(store, entry_id)
    if entry_id is not None and not entries:
        raise Failed(f"error: {store}: no entry has the id {entry_id!r}")
    click.echo(log_text(entries), nl=False)


@click.command()
@_LEDGER
@reports_errors
def verify(store: str) -> None:
    """Recompute the ledger's hash chain and current state; report the first broken entry.

    Exits with 1 when an entry was changed, removed or reordered.

    \b
    Example:
      claimgraph verify --ledger rafah.db
    """
    result = verify_store(store)
    if not result.ok:
        raise Failed(verify_text(result, store).rstrip("\n"))
    click.echo(verify_text(result, store), nl=False)


@click.command()
@_LEDGER
@click.option(
    "-o",
    "--output",
    "out_dir",
    required=True,
    metavar="DIR",
    type=click.Path(file_okay=False, path_type=str),
    help="Folder to write the dossier into.",
)
@click.option("--as-of", metavar="TIMESTAMP", help="Dump the ledger as it stood at this time (ISO 8601).")
@reports_errors
def dump(store: str, out_dir: str, as_of: str | None) -> None:
    """Write the ledger's current state back to a dossier (YAML, with document texts).

    \b
    Example:
      claimgraph dump --ledger rafah.db -o dumped/
    """
    for path in dump_store(store, out_dir, as_of=as_of):
        click.echo(f"wrote {path}", err=True)
