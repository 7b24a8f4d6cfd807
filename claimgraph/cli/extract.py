"""``extract``: a draft dossier from the text of a news article."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

import click

from claimgraph.cli._common import Failed, emit, output_option, reports_errors
from claimgraph.extract import Evidence, Span
from claimgraph.extract.draft import draft_stream
from claimgraph.extract.language import LANGUAGE_NAMES
from claimgraph.extract.speakers import slug
from claimgraph.io import read_ledger, yamlfile
from claimgraph.io.article import link_article, read_article
from claimgraph.io.files import StagedFiles
from claimgraph.io.parts import Annotate, dossier_within, write_parts
from claimgraph.model import Ledger

_CLAIM_LINE = re.compile(r"^- id: (?P<id>\S+)$", re.MULTILINE)


def _span(name: str, span: Span | None) -> str:
    return f"{name} {span.start}-{span.end}" if span is not None else f"{name} -"


def _with_evidence(claim: str, evidence: Evidence) -> str:
    """A claim's YAML with a comment above it: offsets, rule, confidence, review flag."""

    def comment(match: re.Match[str]) -> str:
        if match.group("id") != evidence.claim:  # an id written quoted gets no comment
            return match.group(0)
        found = evidence
        line = (
            f"# evidence: {_span('quote', found.quote)}, {_span('cue', found.cue)}, "
            f"{_span('speaker', found.speaker)}; rule {found.rule}; confidence {found.confidence:.2f}"
        )
        if found.review:
            line += f"\n# REVIEW: {' '.join(found.review.split())}"
        return f"{line}\n{match.group(0)}"

    return _CLAIM_LINE.sub(comment, claim)


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
    target = None if output is None or output == "-" else output
    if target is None and (size := len(text.encode("utf-8"))) > yamlfile.MAX_BYTES:
        # The draft embeds the article, so it is larger still: refused before drafting it.
        raise Failed(_too_large(f"the article alone is {size:,} bytes,"))
    known = read_ledger(ledger) if ledger else None
    with StagedFiles() as files:
        if target is not None:
            files.scratch(target).discard()  # a target that cannot be written is refused before the drafting
        try:
            draft = draft_stream(text, document_id or slug(article.stem), publisher, published, lang=lang, known=known)
        except ValueError as exc:
            raise Failed(f"error: {article}: {exc}") from None
        del text  # the draft holds the article; the copy read is let go
        for note in draft.warnings:
            click.echo(f"warning: {article}: {note}", err=True)
        head = link_article(Ledger(sources=draft.sources, documents=(draft.document,)), article, output)

        def entries() -> Iterator[tuple[str, object, Annotate | None]]:
            yield from (("sources", source, None) for source in head.sources)
            yield from (("documents", document, None) for document in head.documents)
            for claim, evidence in draft.claims():
                yield "claims", claim, functools.partial(_with_evidence, evidence=evidence)

        title = f"Draft claims extracted from {article.name}"
        if target is None:
            whole = dossier_within(entries, title=title, vocabulary=head.vocabulary, max_bytes=yamlfile.MAX_BYTES)
            if whole is None:
                # A dossier the reader would refuse is no use on standard output either.
                raise Failed(_too_large("the draft takes"))
            emit(whole, output)
            return
        paths = write_parts(
            files, target, entries, title=title, vocabulary=head.vocabulary, max_bytes=yamlfile.MAX_BYTES
        )
        files.publish()
    for path in paths:
        click.echo(f"wrote {path}", err=True)
    if len(paths) > 1:
        click.echo(
            f"the draft is split into {len(paths)} dossiers (each at most {yamlfile.MAX_BYTES:,} bytes); "
            "read them together, e.g. claimgraph check " + " ".join(str(p) for p in paths[:2]) + " ...",
            err=True,
        )


def _too_large(what: str) -> str:
    """Why a draft is not printed: ``what`` ("the draft takes") more than a dossier may hold, and what to do."""
    return (
        f"error: {what} more than a dossier may hold ({yamlfile.MAX_BYTES:,} bytes); write it with -o FILE "
        "in the article's folder, where it is split into several dossiers and names the article by text_file"
    )
