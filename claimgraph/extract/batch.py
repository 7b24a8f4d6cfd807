"""Many articles drafted at once, one process per core: a desk's day of stories, a researcher's corpus."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator

from claimgraph.extract.draft import Draft, DraftOptions, extract_draft
from claimgraph.extract.workers import ordered_map, worker_count
from claimgraph.model import Ledger

__all__ = ["extract_drafts"]


def extract_drafts(
    articles: Iterable[tuple[str, str]],
    *,
    publisher: str | None = None,
    published: dt.date | str | None = None,
    lang: str | None = None,
    known: Ledger | None = None,
    workers: int | None = None,
) -> Iterator[Draft]:
    """Draft each article of a batch, as :func:`~claimgraph.extract.extract_draft` drafts one.

    Each article is drafted whole by one worker process, so every draft is the
    one :func:`~claimgraph.extract.extract_draft` gives for it alone; only the
    time differs. Articles are read from ``articles`` as workers free up, so a
    long batch is never held in memory at once.

    Args:
        articles: (document id, article text) pairs; a leading ``date YYYY-MM-DD``
            line in a text gives that article's date.
        publisher: the publishing source's id or name, for every article (see
            :func:`~claimgraph.extract.extract_draft`).
        published: every article's date; overrides each one's ``date`` line.
        lang: every article's language code; detected per article when None.
        known: an existing ledger every article is drafted against.
        workers: processes drafting at once; one per available core when None.

    Yields:
        One draft per article, in the order the articles came.

    Raises:
        ValueError: an article's id is not a valid id or its date is impossible
            (raised at that article's turn, after the drafts before it), or
            ``workers`` is below 1.
    """
    options: DraftOptions = {"publisher": publisher, "published": published, "lang": lang, "known": known}
    draft = functools.partial(_drafts, options)
    for drafts in ordered_map(draft, _handfuls(articles), worker_count(workers)):
        for drafted in drafts:
            if isinstance(drafted, ValueError):
                raise drafted
            yield drafted


#: Characters of article text handed to a worker at once: articles are a few thousand characters,
#: and handing them out one by one would spend as much time on the handing as on the drafting.
_HANDFUL = 50_000


def _handfuls(articles: Iterable[tuple[str, str]]) -> Iterator[list[tuple[str, str]]]:
    """The articles in order, in lists of about :data:`_HANDFUL` characters (a longer article alone)."""
    handful: list[tuple[str, str]] = []
    size = 0
    for article in articles:
        handful.append(article)
        size += len(article[1])
        if size >= _HANDFUL:
            yield handful
            handful, size = [], 0
    if handful:
        yield handful


def _drafts(options: DraftOptions, articles: list[tuple[str, str]]) -> list[Draft | ValueError]:
    """Each article's draft, in a worker (an article's blocks read in that worker alone: the cores are
    taken); an article refused is its error, so the drafts before it in the handful still arrive."""
    drafts: list[Draft | ValueError] = []
    for document_id, text in articles:
        try:
            drafts.append(extract_draft(text, document_id, **options, workers=1))
        except ValueError as exc:
            drafts.append(exc)
    return drafts
