"""``brief``: the HTML contradiction brief, the page editors and readers see."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from claimgraph.cli._common import emit, ledger_input, output_option, reports_errors
from claimgraph.graph.subledger import dispute_ledger, store_dispute_ledger
from claimgraph.model import Ledger
from claimgraph.render.brief import LedgerStatus, render_brief
from claimgraph.store import claim_status, is_store, load_ledger, retracted_entries, stored_head


def _store_status(paths: tuple[str, ...], as_of: str | None) -> LedgerStatus | None:
    """What the store says about amended and retracted claims; None for dossiers."""
    if len(paths) != 1 or not is_store(paths[0]):
        return None  # load_ledger has already refused a store named with anything else
    return LedgerStatus(
        ledger=Path(paths[0]).name,
        claims=claim_status(paths[0], as_of=as_of),
        retracted=retracted_entries(paths[0], as_of=as_of),
        as_of=as_of,
        head=stored_head(paths[0], as_of=as_of).text,
    )


def _one_dispute(paths: tuple[str, ...], as_of: str | None, options: dict[str, Any]) -> Ledger | None:
    """With --dispute, only that dispute's claims and what they refer to (from a store, only those rows)."""
    dispute_id = options.get("dispute_id")
    if dispute_id is None:
        return None
    if as_of is None and len(paths) == 1 and is_store(paths[0]):
        return store_dispute_ledger(paths[0], dispute_id)
    return dispute_ledger(load_ledger(paths, as_of=as_of), dispute_id)


@click.command()
@ledger_input(reader=_one_dispute)
@output_option("the page")
@click.option("--title", help="Page title (default: made from the documents covered).")
@click.option("--topic", help="Only the disputes with a claim that carries this topic.")
@click.option(
    "--dispute", "dispute_id", metavar="ID", help="A brief of this dispute alone: its claims and what they refer to."
)
@click.option(
    "--templates",
    type=click.Path(file_okay=False, path_type=str),
    help="Folder of templates that override the shipped ones by name.",
)
@reports_errors
def brief(
    ledger: Ledger,
    output: str | None,
    title: str | None,
    topic: str | None,
    dispute_id: str | None,
    templates: str | None,
) -> None:
    """Write the contradiction brief: one self-contained HTML page.

    Each dispute's sides side by side, every claim with its quote, speaker,
    relay chain and independent origins, a map of the relations, the source
    matrix, the attribution audit, and every claim in an appendix. The page
    needs no network and no JavaScript, and prints well. From a ledger store,
    amended claims are marked and retracted ones listed apart.

    \b
    Example:
      claimgraph brief claims/rafah-2026-02-04.yaml -o brief.html
      claimgraph brief rafah.db --dispute evacuation-cancelled -o one.html
    """
    given = click.get_current_context().params  # PATHS and --as-of, as @ledger_input read them
    status = _store_status(given["paths"], given["as_of"])
    page = render_brief(ledger, title=title, topic=topic, dispute=dispute_id, templates=templates, status=status)
    emit(page, output)
