"""``export``: the ledger or its graph in a machine-readable format."""

from __future__ import annotations

import click

from claimgraph.cli._common import emit, ledger_input, reports_errors
from claimgraph.model import Ledger
from claimgraph.render.export import EXPORT_FORMATS, export_ledger


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
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write to this file instead of standard output.",
)
@reports_errors
def export(ledger: Ledger, fmt: str, output: str | None) -> None:
    """Export the ledger, its graph, its reviews or one of its tables.

    json and yaml hold the whole ledger; graphml and gexf its graph (for Gephi,
    yEd, networkx); claimreview the fact-checkers' verdicts as schema.org
    ClaimReview JSON-LD; claims.csv and relations.csv one table each.

    \b
    Example:
      claimgraph export claims/ --format graphml -o rafah.graphml
      claimgraph export claims/ --format claimreview -o reviews.jsonld
    """
    emit(export_ledger(ledger, fmt), output)
