"""``export``: the ledger or its graph in a machine-readable format."""

from __future__ import annotations

import click

from claimgraph.cli._common import emit, ledger_input, output_option, reports_errors
from claimgraph.model import Ledger
from claimgraph.render.export import EXPORT_FORMATS, export_ledger, stamp_head
from claimgraph.store import is_store, stored_head


@click.command()
@ledger_input
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(EXPORT_FORMATS)),
    default="json",
    show_default=True,
    help="Output format.",
)
@output_option("the export")
@reports_errors
def export(ledger: Ledger, fmt: str, output: str | None) -> None:
    """Export the ledger, its graph, its reviews or one of its tables.

    json and yaml hold the whole ledger; graphml and gexf its graph (for Gephi,
    yEd, networkx); claimreview the fact-checkers' verdicts as schema.org
    ClaimReview JSON-LD; claims.csv and relations.csv one table each. From a
    ledger store, json and yaml record the ledger's head (``ledger_head``).

    \b
    Example:
      claimgraph export claims/ --format graphml -o rafah.graphml
      claimgraph export claims/ --format claimreview -o reviews.jsonld
    """
    text = export_ledger(ledger, fmt)
    given = click.get_current_context().params  # PATHS and --as-of, as @ledger_input read them
    paths, as_of = given["paths"], given["as_of"]
    if fmt in ("json", "yaml") and len(paths) == 1 and is_store(paths[0]):
        # What the export was made from, so a reader can check the ledger still holds it.
        text = stamp_head(text, fmt, str(stored_head(paths[0], as_of=as_of)), paths[0], as_of)
    emit(text, output)
