"""``extract``: a draft dossier from the text of a news article."""

from __future__ import annotations

from pathlib import Path

import click

from claimgraph.cli._common import Failed, emit, output_option, reports_errors
from claimgraph.extract import extract_claims
from claimgraph.extract.speakers import slug
from claimgraph.io import dossier_text, write_files_atomic, yamlfile
from claimgraph.io.article import link_article, read_article
from claimgraph.io.parts import dossier_parts, part_paths


@click.command()
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--document-id", metavar="ID", help="Id of the article's document [default: from the file name].")
@click.option("--publisher", metavar="SOURCE", help="Id or name of the publishing source.")
@click.option(
    "--date",
    "published",
    metavar="YYYY-MM-DD",
    help="The article's date [default: its leading 'date YYYY-MM-DD' line].",
)
@output_option("the draft")
@reports_errors
def extract(
    article: Path, document_id: str | None, publisher: str | None, published: str | None, output: str | None
) -> None:
    """Draft a dossier from ARTICLE, plain text: one claim per attributed statement.

    Speakers, roles, relays ("Speaking to Anadolu Agency"), cue verbs and verbatim
    quotes are found by rules; review the draft before relying on it. With -o
    beside the article, the draft points at it by text_file; else it embeds it.

    \b
    Example:
      claimgraph extract claims/rafah-2026-02-04.txt -o claims/draft.yaml
    """
    text = read_article(article, str(article))
    try:
        ledger = extract_claims(text, document_id or slug(article.stem), publisher, published)
    except ValueError as exc:
        raise Failed(f"error: {article}: {exc}") from None
    ledger = link_article(ledger, article, output)
    title = f"Draft claims extracted from {article.name}"
    if output is None or output == "-":
        text = dossier_text(ledger, title=title)
        if len(text.encode("utf-8")) > yamlfile.MAX_BYTES:
            # A dossier the reader would refuse is no use on standard output either.
            raise Failed(
                f"error: the draft is {len(text.encode('utf-8')):,} bytes, more than a dossier may hold "
                f"({yamlfile.MAX_BYTES:,}); write it with -o FILE in the article's folder, where it is split "
                "into several dossiers and names the article by text_file"
            )
        emit(text, output)
        return
    parts = dossier_parts(ledger, output, title=title, max_bytes=yamlfile.MAX_BYTES)
    paths = part_paths(output, len(parts))
    write_files_atomic(dict(zip(paths, parts, strict=True)))
    for path in paths:
        click.echo(f"wrote {path}", err=True)
    if len(paths) > 1:
        click.echo(
            f"the draft is split into {len(paths)} dossiers (each at most {yamlfile.MAX_BYTES:,} bytes); "
            "read them together, e.g. claimgraph check " + " ".join(str(p) for p in paths[:2]) + " ...",
            err=True,
        )
