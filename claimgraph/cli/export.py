"""``export``: the ledger or its graph in a machine-readable format."""

from __future__ import annotations

from pathlib import Path

import click

from claimgraph.cli._common import emit, known_day, ledger_input, output_option, reports_errors
from claimgraph.io.files import write_files_atomic
from claimgraph.model import Ledger
from claimgraph.render.export import EXPORT_FORMATS, export_ledger, stamp_head
from claimgraph.store import is_store, stored_head
from claimgraph.store.dump import document_text_files


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
    A yaml export written to a file gets its documents' texts beside it, at
    their text_file paths, so the exported dossier checks where it lands.

    \b
    Example:
      claimgraph export claims/ --format graphml -o rafah.graphml
      claimgraph export claims/ --format claimreview -o reviews.jsonld
    """
    text = export_ledger(ledger, fmt)
    given = click.get_current_context().params  # PATHS and the clocks, as @ledger_input read them
    paths, as_of = given["paths"], given["as_of"]
    if fmt in ("json", "yaml") and len(paths) == 1 and is_store(paths[0]):
        # What the export was made from, so a reader can check the ledger still holds it.
        head = str(stored_head(paths[0], as_of=as_of))
        text = stamp_head(text, fmt, head, paths[0], as_of, known_day(given["known_by"]))
    if fmt == "yaml" and output is not None and output != "-":
        _with_texts(ledger, text, output)
    else:
        emit(text, output)


def _with_texts(ledger: Ledger, text: str, output: str) -> None:
    """Write a yaml export and its documents' texts beside it; a text already there unchanged is left alone."""
    texts = {
        target: content
        for target, content in document_text_files(ledger, Path(output).parent, output).items()
        if not (target.is_file() and target.read_text(encoding="utf-8", errors="replace") == content)
    }
    for target in texts:
        target.parent.mkdir(parents=True, exist_ok=True)
    write_files_atomic({**dict(sorted(texts.items())), output: text})
    for target in sorted(texts):
        click.echo(f"wrote {target}", err=True)
    click.echo(f"wrote {output}", err=True)
