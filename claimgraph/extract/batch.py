"""Many articles drafted at once, one process per core: a desk's day of stories, a researcher's corpus."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from attrs import frozen

from claimgraph.extract.draft import Draft, DraftOptions, extract_draft
from claimgraph.extract.workers import ordered_map, worker_count
from claimgraph.model import Ledger

__all__ = ["extract_drafts", "map_drafts"]

_Result = TypeVar("_Result")


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
    return map_drafts(_itself, articles, options, workers=workers)


def map_drafts(
    function: Callable[[Draft], _Result],
    articles: Iterable[tuple[str, str]],
    options: DraftOptions | None = None,
    *,
    workers: int | None = None,
) -> Iterator[_Result]:
    """``function`` of each article's draft, run in the worker that drafted it.

    What :func:`extract_drafts` does, with the work that follows each draft
    (writing it out as text, say) done on every core too, and only its result
    sent back. ``function`` must be importable by name (a module's top-level
    function, or a :func:`functools.partial` of one); ``options`` are
    :func:`~claimgraph.extract.extract_draft`'s. Errors are those of
    :func:`extract_drafts`, and an error ``function`` raises is raised at its
    article's turn.
    """
    work = functools.partial(_drafts, function, options or {})
    for results in ordered_map(work, _handfuls(articles), worker_count(workers)):
        for result in results:
            if isinstance(result, _Refused):
                raise result.error
            yield result


def _itself(draft: Draft) -> Draft:
    return draft


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


@frozen
class _Refused:
    """An article the drafting refused, sent back in its place (a result may itself be an exception)."""

    error: ValueError


def _drafts(
    function: Callable[[Draft], _Result], options: DraftOptions, articles: list[tuple[str, str]]
) -> list[_Result | _Refused]:
    """``function`` of each article's draft, in a worker (an article's blocks read in that worker alone:
    the cores are taken); an article refused is its error, so the results before it in the handful
    still arrive."""
    results: list[_Result | _Refused] = []
    for document_id, text in articles:
        try:
            results.append(function(extract_draft(text, document_id, **options, workers=1)))
        except ValueError as exc:
            results.append(_Refused(exc))
    return results
