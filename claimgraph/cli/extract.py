"""``extract``: a draft dossier from the text of a news article."""

from __future__ import annotations

import re
from pathlib import Path

import click

from claimgraph.cli._common import Failed, emit, reports_errors
from claimgraph.extract import Evidence, extract_draft
from claimgraph.extract.language import LANGUAGE_NAMES
from claimgraph.extract.speakers import slug
from claimgraph.io import dossier_text
from claimgraph.io.article import link_article, read_article

_CLAIM_LINE = re.compile(r"^- id: (?P<id>\S+)$", re.MULTILINE)


def _span(name: str, span: object) -> str:
    return f"{name} {span.start}-{span.end}" if span is not None else f"{name} -"  # type: ignore[attr-defined]


def _with_evidence(dossier: str, evidence: tuple[Evidence, ...]) -> str:
    """The dossier with a comment above each claim: offsets, rule, confidence, review flag."""
    by_claim = {e.claim: e for e in evidence}
    claims_at = dossier.find("\nclaims:\n")
    if claims_at < 0:
        return dossier

    def comment(match: re.Match) -> str:
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
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write the draft to this file instead of standard output.",
)
@reports_errors
def extract(
    article: Path,
    document_id: str | None,
    publisher: str | None,
    published: str | None,
    lang: str | None,
    output: str | None,
) -> None:
    """Draft a dossier from ARTICLE, plain text: one claim per attributed statement.

    Speakers, roles, relays ("Speaking to Anadolu Agency"), cues and verbatim
    quotes are found by rules for English and Arabic; review the draft before
    relying on it. A comment above each claim gives the offsets of its quote,
    cue and speaker in the article, the rule and a confidence, and flags for
    review speakers resolved from a pronoun or a description. With -o beside
    the article, the draft points at it by text_file; else it embeds it.

    \b
    Example:
      claimgraph extract claims/rafah-2026-02-04.txt -o claims/draft.yaml
    """
    text = read_article(article, str(article))
    try:
        draft = extract_draft(text, document_id or slug(article.stem), publisher, published, lang=lang)
    except ValueError as exc:
        raise Failed(f"error: {article}: {exc}") from None
    for note in draft.warnings:
        click.echo(f"warning: {article}: {note}", err=True)
    ledger = link_article(draft.ledger, article, output)
    dossier = dossier_text(ledger, title=f"Draft claims extracted from {article.name}")
    emit(_with_evidence(dossier, draft.evidence), output)
