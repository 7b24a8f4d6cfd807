"""``extract``: a draft dossier from the text of a news article."""

from __future__ import annotations

import re
from pathlib import Path

import click

from claimgraph.cli._common import Failed, emit, output_option, reports_errors
from claimgraph.extract import Evidence, Span, extract_draft
from claimgraph.extract.language import LANGUAGE_NAMES
from claimgraph.extract.speakers import slug
from claimgraph.io import dossier_text, read_ledger, write_files_atomic, yamlfile
from claimgraph.io.article import link_article, read_article
from claimgraph.io.parts import dossier_parts, part_paths
from claimgraph.model import Ledger

_CLAIM_LINE = re.compile(r"^- id: (?P<id>\S+)$", re.MULTILINE)


def _span(name: str, span: Span | None) -> str:
    return f"{name} {span.start}-{span.end}" if span is not None else f"{name} -"


def _with_evidence(dossier: str, evidence: tuple[Evidence, ...]) -> str:
    """The dossier with a comment above each claim: offsets, rule, confidence, review flag."""
    by_claim = {e.claim: e for e in evidence}
    claims_at = dossier.find("\nclaims:\n")
    if claims_at < 0:
        return dossier

    def comment(match: re.Match[str]) -> str:
        found = by_claim.get(match.group("id"))
        if found is None:
            return match.group(0)
        line = (
            f"# evidence: {_span('quote', found.quote)}, {_span('cue', found.cue)}, "
            f"{_span('speaker', found.speaker)}; rule {found.rule}; confidence {found.confidence:.2f}"
        )
        if found.review:
            line += f"\n# REVIEW: {' '.join(found.review.split())}"
        return f"{line}\n{match.group(0)}"

    return dossier[:claims_at] + _CLAIM_LINE.sub(comment, dossier[claims_at:])


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
@click.option(
    "--lang",
    type=click.Choice(sorted(c for c in LANGUAGE_NAMES if c != "und")),
    help="The article's language [default: detected].",
)
@click.option(
    "--with",
    "ledger",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    metavar="PATH",
    help="A dossier (file or folder) to draft against: its sources are reused by id, name and alias.",
)
@output_option("the draft")
@reports_errors
def extract(
    article: Path,
    document_id: str | None,
    publisher: str | None,
    published: str | None,
    lang: str | None,
    ledger: tuple[Path, ...],
    output: str | None,
) -> None:
    """Draft a dossier from ARTICLE, plain text: one claim per attributed statement.

    Speakers, roles, relays ("Speaking to Anadolu Agency"), cues and verbatim
    quotes are found by rules for English and Arabic; review the draft before
    relying on it. A comment above each claim gives the offsets of its quote,
    cue and speaker in the article, the rule and a confidence, and flags for
    review speakers resolved from a pronoun or a description. With -o beside
    the article, the draft points at it by text_file; else it embeds it.
    With --with claims/, speakers already in that ledger keep their source ids
    (by name or alias) and are not drafted again: check the draft with it.

    \b
    Example:
      claimgraph extract claims/rafah-2026-02-04.txt -o claims/draft.yaml
    """
    text = read_article(article, str(article))
    known = read_ledger(ledger) if ledger else None
    try:
        draft = extract_draft(text, document_id or slug(article.stem), publisher, published, lang=lang, known=known)
    except ValueError as exc:
        raise Failed(f"error: {article}: {exc}") from None
    for note in draft.warnings:
        click.echo(f"warning: {article}: {note}", err=True)
    linked = link_article(draft.ledger, article, output)
    title = f"Draft claims extracted from {article.name}"
    if output is None or output == "-":
        text = _with_evidence(dossier_text(linked, title=title), draft.evidence)
        if len(text.encode("utf-8")) > yamlfile.MAX_BYTES:
            # A dossier the reader would refuse is no use on standard output either.
            raise Failed(
                f"error: the draft is {len(text.encode('utf-8')):,} bytes, more than a dossier may hold "
                f"({yamlfile.MAX_BYTES:,}); write it with -o FILE in the article's folder, where it is split "
                "into several dossiers and names the article by text_file"
            )
        emit(text, output)
        return
    parts = _draft_parts(linked, output, title, draft.evidence)
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


def _draft_parts(ledger: Ledger, output: str, title: str, evidence: tuple[Evidence, ...]) -> list[str]:
    """The draft as dossiers the reader accepts, evidence comments included."""
    budget = yamlfile.MAX_BYTES
    while True:
        parts = [
            _with_evidence(part, evidence) for part in dossier_parts(ledger, output, title=title, max_bytes=budget)
        ]
        largest = max(len(part.encode("utf-8")) for part in parts)
        if largest <= yamlfile.MAX_BYTES:
            return parts
        # The comments took the part over the limit: split again, leaving them room.
        budget = budget * yamlfile.MAX_BYTES // largest - 1
