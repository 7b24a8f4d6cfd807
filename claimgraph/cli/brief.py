"""``brief``: the HTML contradiction brief, the page editors and readers see."""

from __future__ import annotations

from pathlib import Path

import click

from claimgraph.cli._common import (
    emit,
    known_day,
    ledger_input,
    one_dispute,
    output_option,
    reports_errors,
    stale_of,
)
from claimgraph.io import dossier_headers
from claimgraph.model import KINDS, Ledger
from claimgraph.render.brief import LedgerStatus, render_brief
from claimgraph.store import (
    claim_status,
    history,
    is_store,
    last_recorded_at,
    retracted_entries,
    stored_head,
    stored_metadata,
)


def _store_status(
    ledger: Ledger, paths: tuple[str, ...], as_of: str | None, known_by: str | None, part: bool
) -> LedgerStatus | None:
    """What the store says about amended and retracted claims, and why; None for dossiers.

    ``part``: the ledger is one dispute's part of the store, so only its entries'
    history is read (through the index), never the whole log.
    """
    if len(paths) != 1 or not is_store(paths[0]):
        return None  # load_ledger has already refused a store named with anything else
    only = {entry.id for kind in KINDS.values() for entry in getattr(ledger, kind.section)} if part else None
    log = history(paths[0], as_of=as_of, entry_ids=only)
    return LedgerStatus(
        ledger=Path(paths[0]).name,
        claims=claim_status(paths[0], as_of=as_of),
        retracted=retracted_entries(paths[0], as_of=as_of),
        as_of=as_of,
        head=stored_head(paths[0], as_of=as_of).text,
        log=log,
        stale=stale_of(ledger, only),
        known_by=known_day(known_by),
        recorded_at=last_recorded_at(paths[0], as_of=as_of),
    )


def _dossier_title(paths: tuple[str, ...], as_of: str | None) -> str | None:
    """The title the dossier gives itself (a store: the one it kept), for the page's default title."""
    if len(paths) == 1 and is_store(paths[0]):
        title = stored_metadata(paths[0], as_of=as_of).get("title")
    else:
        title = next((fields["title"] for _, fields in dossier_headers(paths) if fields.get("title")), None)
    return title if isinstance(title, str) and title.strip() else None


def _dossiers_named(paths: tuple[str, ...]) -> str:
    """What the dossiers a brief is made from are, as its header names them."""
    if len(paths) == 1:
        return f"the dossiers in {paths[0]}" if Path(paths[0]).is_dir() else f"the dossier {Path(paths[0]).name}"
    return f"{len(paths)} dossiers"


@click.command()
@ledger_input(reader=one_dispute)
@output_option("the page")
@click.option("--title", help="Page title (default: the dossier's title, else one made from the documents covered).")
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
    given = click.get_current_context().params  # PATHS, --as-of and --known-by, as @ledger_input read them
    status = _store_status(ledger, given["paths"], given["as_of"], given["known_by"], part=dispute_id is not None)
    if title is None and dispute_id is None and topic is None:
        title = _dossier_title(given["paths"], given["as_of"])
    page = render_brief(
        ledger,
        title=title,
        topic=topic,
        dispute=dispute_id,
        templates=templates,
        status=status,
        known_by=known_day(given["known_by"]) if status is None else None,
        origin=_dossiers_named(given["paths"]),
    )
    emit(page, output)
