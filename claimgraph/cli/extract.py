"""``extract``: a draft dossier from the text of a news article."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import click
from attrs import frozen

from claimgraph.cli._common import Failed, emit, output_option, reports_errors
from claimgraph.extract import Draft, Evidence, Span, map_drafts
from claimgraph.extract.draft import DraftOptions, draft_stream
from claimgraph.extract.language import LANGUAGE_NAMES
from claimgraph.extract.name_words import name_tokens
from claimgraph.extract.speakers import slug
from claimgraph.io import read_ledger, yamlfile
from claimgraph.io.article import link_article, read_article
from claimgraph.io.files import StagedFiles
from claimgraph.io.parts import Annotate, dossier_within, write_parts
from claimgraph.model import Claim, Ledger

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
@click.argument(
    "articles", metavar="ARTICLE...", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path)
)
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
@click.option(
    "-d",
    "--output-dir",
    metavar="FOLDER",
    type=click.Path(exists=True, file_okay=False, writable=True, path_type=Path),
    help="Write each article's draft into this folder, as ID.draft.yaml (several articles need it).",
)
@reports_errors
def extract(
    articles: tuple[Path, ...],
    document_id: str | None,
    publisher: str | None,
    published: str | None,
    lang: str | None,
    ledger: tuple[Path, ...],
    output: str | None,
    output_dir: Path | None,
) -> None:
    """Draft a dossier from each ARTICLE, plain text: one claim per attributed statement.

    Speakers, roles, relays ("Speaking to Anadolu Agency"), cues and verbatim
    quotes are found by rules for English and Arabic; review the draft before
    relying on it. A comment above each claim gives the offsets of its quote,
    cue and speaker in the article, the rule and a confidence, and flags for
    review speakers resolved from a pronoun or a description. With -o beside
    the article, the draft points at it by text_file; else it embeds it.
    With --with claims/, speakers already in that ledger keep their source ids
    (by name or alias) and are not drafted again: check the draft with it.

    Several articles are drafted on every core, each into its own dossier in
    the --output-dir folder (named by the article's file name), all written or
    none; each draft is the one the article gets alone.

    \b
    Examples:
      claimgraph extract claims/rafah-2026-02-04.txt -o claims/draft.yaml
      claimgraph extract stories/*.txt --output-dir stories/
    """
    if output is not None and output_dir is not None:
        raise Failed("error: give -o FILE for one draft or --output-dir FOLDER for one draft per article, not both")
    if len(articles) > 1:
        if output_dir is None:
            raise Failed(
                f"error: {len(articles)} articles need --output-dir FOLDER, "
                "where each one's draft is written as ID.draft.yaml"
            )
        if document_id is not None:
            raise Failed(
                "error: --document-id names one article's document; several articles take theirs from their file names"
            )
        known = read_ledger(ledger) if ledger else None
        _extract_several(articles, output_dir, publisher, published, lang, known)
        return
    article = articles[0]
    document_id = document_id or _document_id(article)
    if output_dir is not None:
        output = str(output_dir / f"{document_id}.draft.yaml")
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
            draft = draft_stream(text, document_id, publisher, published, lang=lang, known=known)
        except ValueError as exc:
            raise Failed(f"error: {article}: {exc}") from None
        del text  # the draft holds the article; the copy read is let go
        for note in draft.warnings:
            click.echo(f"warning: {article}: {note}", err=True)
        head = link_article(Ledger(sources=draft.sources, documents=(draft.document,)), article, output)
        entries = functools.partial(_entries, head, draft.claims)
        title = _title(article)
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
    _report_written(paths)


def _entries(
    head: Ledger, claims: Callable[[], Iterable[tuple[Claim, Evidence]]]
) -> Iterator[tuple[str, object, Annotate | None]]:
    """A draft's entries in dossier order: its sources and document (``head``), then each claim
    with its evidence comment; ``claims`` is called anew each time the entries are read."""
    yield from (("sources", source, None) for source in head.sources)
    yield from (("documents", document, None) for document in head.documents)
    for claim, evidence in claims():
        yield "claims", claim, functools.partial(_with_evidence, evidence=evidence)


def _extract_several(
    articles: tuple[Path, ...],
    folder: Path,
    publisher: str | None,
    published: str | None,
    lang: str | None,
    known: Ledger | None,
) -> None:
    """Draft each article on every core into ``folder``, as ID.draft.yaml; all written, or none."""
    by_id: dict[str, Path] = {}
    for article in articles:
        document_id = _document_id(article)
        if document_id in by_id:
            raise Failed(
                f"error: {by_id[document_id]} and {article} would both be drafted as {document_id}.draft.yaml "
                f"in {folder}; rename one of them"
            )
        by_id[document_id] = article
    # Read as the workers free up, so a long batch is never held at once; a file that cannot be
    # read stops the batch at its turn, before anything is written.
    texts = ((document_id, read_article(article, str(article))) for document_id, article in by_id.items())
    options: DraftOptions = {"publisher": publisher, "published": published, "lang": lang, "known": known}
    written: list[list[Path]] = []
    with StagedFiles() as files:
        # Each draft is written out as text by the worker that drafted it: the YAML is as much work
        # as the drafting, and would otherwise all fall to this one process.
        dossiers = map_drafts(functools.partial(_as_dossier, folder, by_id), texts, options)
        for article in by_id.values():
            try:
                drafted = next(dossiers)
            except ValueError as exc:
                raise Failed(f"error: {article}: {exc}") from None
            for note in drafted.warnings:
                click.echo(f"warning: {article}: {note}", err=True)
            if drafted.text is not None:
                files.stage(drafted.target).write(drafted.text.encode("utf-8"))
                written.append([drafted.target])
                continue
            assert drafted.draft is not None  # too large for one dossier: cut into parts here
            parts = write_parts(
                files,
                drafted.target,
                _draft_entries(drafted.draft, article, drafted.target),
                title=_title(article),
                vocabulary=drafted.draft.ledger.vocabulary,
                max_bytes=yamlfile.MAX_BYTES,
            )
            written.append(parts)
        files.publish()
    for parts in written:
        _report_written(parts)


@frozen
class _Drafted:
    """One article's draft as a worker sends it back: as dossier text, or whole when too large for one dossier."""

    target: Path
    warnings: tuple[str, ...]
    text: str | None
    draft: Draft | None


def _as_dossier(folder: Path, articles: dict[str, Path], draft: Draft) -> _Drafted:
    """A draft as the text of its dossier ``folder``/ID.draft.yaml (run in the worker that drafted it)."""
    document_id = draft.ledger.documents[0].id
    article = articles[document_id]
    target = folder / f"{document_id}.draft.yaml"
    text = dossier_within(
        _draft_entries(draft, article, target),
        title=_title(article),
        vocabulary=draft.ledger.vocabulary,
        max_bytes=yamlfile.MAX_BYTES,
    )
    return _Drafted(target, draft.warnings, text, draft if text is None else None)


def _draft_entries(
    draft: Draft, article: Path, target: Path
) -> Callable[[], Iterator[tuple[str, object, Annotate | None]]]:
    """A whole draft's entries, its document linked to the article when the dossier lies beside it."""
    head = link_article(Ledger(sources=draft.ledger.sources, documents=draft.ledger.documents), article, target)
    claims = functools.partial(zip, draft.ledger.claims, draft.evidence, strict=True)
    return functools.partial(_entries, head, claims)


def _document_id(article: Path) -> str:
    """The id of an article's document, from its file name: "Rafah crossing.txt" → ``rafah-crossing``.

    A name with no Latin letter or digit ("خبر.txt") gives ``article-`` and the first eight hex
    digits of its SHA-256, so two such articles keep two ids and the same file always the same one.
    """
    if name_tokens(article.stem):
        return slug(article.stem)
    return f"article-{hashlib.sha256(article.stem.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def _title(article: Path) -> str:
    return f"Draft claims extracted from {article.name}"


def _report_written(paths: list[Path]) -> None:
    """Name the files one draft was written to, and how to read a draft split into several."""
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
