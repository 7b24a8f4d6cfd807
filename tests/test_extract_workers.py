"""Drafting on several cores: a long text's blocks and a batch's articles, each the draft one process gives."""

from __future__ import annotations

import datetime as dt
import pickle
import threading

import pytest
import yaml

from claimgraph.extract import Draft, extract_draft, extract_drafts, map_drafts
from claimgraph.model import Ledger
from tests.conftest import ROOT

ARTICLE = (ROOT / "claims" / "rafah-2026-02-04.txt").read_text(encoding="utf-8") + "\n"
GOLD = ROOT / "tests" / "data" / "extract-gold"


def _gold_texts(count: int) -> list[tuple[str, str]]:
    """(id, text) of the first ``count`` development texts of each language, real news in both."""
    chosen: dict[str, list[tuple[str, str]]] = {"en": [], "ar": []}
    for path in sorted((GOLD / "gold").glob("*.yaml")):
        meta = yaml.safe_load(path.read_text(encoding="utf-8"))
        if meta.get("split", "dev") == "dev" and len(chosen[meta["lang"]]) < count:
            text = (GOLD / "texts" / f"{meta['id']}.txt").read_text(encoding="utf-8")
            chosen[meta["lang"]].append((meta["id"], text))
    return [pair for pairs in zip(chosen["en"], chosen["ar"], strict=True) for pair in pairs]


def test_a_batch_gives_each_article_the_draft_it_gets_alone():
    """extract_drafts on two workers: one draft per article, in the articles' order, each equal to
    extract_draft's for that article alone (English and Arabic mixed, languages detected per article)."""
    articles = _gold_texts(12)
    drafts = list(extract_drafts(articles, workers=2))
    assert [d.ledger.documents[0].id for d in drafts] == [i for i, _ in articles]
    assert {d.lang for d in drafts} == {"en", "ar"}
    for (document_id, text), draft in zip(articles, drafts, strict=True):
        assert draft == extract_draft(text, document_id)
    assert sum(len(d.ledger.claims) for d in drafts) > 50


def _dated_claims(draft: Draft) -> tuple[object, list[str]]:
    """What a worker sends back instead of the draft (a top-level function, so a worker can run it)."""
    return draft.ledger.documents[0].published, [claim.id for claim in draft.ledger.claims]


def test_what_follows_each_draft_runs_in_its_worker_and_comes_back_in_order():
    """map_drafts on two workers: the function's result for each article's draft, in the articles'
    order, with the options every draft takes; a refused article raises at its turn."""
    articles = _gold_texts(12)
    found = list(map_drafts(_dated_claims, articles, {"published": "2026-03-01"}, workers=2))
    assert found == [
        _dated_claims(extract_draft(text, document_id, published="2026-03-01")) for document_id, text in articles
    ]
    assert {published for published, _ids in found} == {dt.date(2026, 3, 1)}
    dates = map_drafts(_dated_claims, [("first", ARTICLE), ("second", "date 2026-13-01\n" + ARTICLE)], workers=2)
    assert next(dates)
    with pytest.raises(ValueError, match="2026-13-01"):
        next(dates)


def test_a_long_text_is_the_same_draft_on_one_worker_or_two():
    """A text of several half-megabyte blocks, its blocks read on two workers: the very draft one
    process reads, byte for byte in its repr (claims, ids, evidence offsets, sources)."""
    text = ARTICLE * 250  # about 1.2 MB: three blocks
    one = extract_draft(text, "rafah", workers=1)
    two = extract_draft(text, "rafah", workers=2)
    assert len(one.ledger.claims) > 1000
    assert repr(two) == repr(one)


def test_drafts_come_back_from_a_worker_whole():
    """A draft crosses to and from a worker process as itself: its ledger's lookups work on arrival."""
    draft = extract_draft(ARTICLE, "rafah")
    again = pickle.loads(pickle.dumps(draft))
    assert again == draft
    claim = again.ledger.claims[0]
    assert again.ledger.claim(claim.id) == claim
    assert again.ledger.source(claim.said_by) == draft.ledger.source(claim.said_by)
    assert again.ledger.origin(claim.said_by) == draft.ledger.origin(claim.said_by)
    empty = pickle.loads(pickle.dumps(Ledger()))
    assert empty == Ledger() and empty.claim("x") is None


def test_a_process_running_threads_drafts_a_batch_too():
    """A process with other threads starts its workers cleanly (not forked beside a running thread),
    and the drafts are the same."""
    articles = _gold_texts(3)
    stop = threading.Event()
    waiting = threading.Thread(target=stop.wait, daemon=True)
    waiting.start()
    try:
        drafts = list(extract_drafts(articles, workers=2))
    finally:
        stop.set()
        waiting.join()
    assert drafts == [extract_draft(text, document_id) for document_id, text in articles]


def test_a_batch_reads_its_articles_as_workers_free_up():
    """A long batch is never read whole: when the first draft arrives, only a few articles have been taken."""
    taken = []

    def articles():
        for number in range(40):
            taken.append(number)
            yield f"a{number}", ARTICLE * 12  # about 60,000 characters: one article a hand-out

    drafts = extract_drafts(articles(), workers=2)
    first = next(drafts)
    assert first.ledger.documents[0].id == "a0"
    assert len(taken) <= 8
    drafts.close()


def test_a_bad_article_in_a_batch_is_refused_at_its_turn():
    """An article with an impossible id raises ValueError naming it, after the drafts before it."""
    articles = [("first", ARTICLE), ("Not An Id!", ARTICLE), ("third", ARTICLE)]
    drafts = extract_drafts(articles, workers=2)
    assert next(drafts).ledger.documents[0].id == "first"
    with pytest.raises(ValueError, match="Not An Id!"):
        next(drafts)


@pytest.mark.parametrize("workers", [0, -2])
def test_a_worker_count_below_one_is_refused(workers):
    """workers=0 is a mistake, not a request for the default: a ValueError that says what is allowed."""
    with pytest.raises(ValueError, match="workers must be 1 or more"):
        extract_draft(ARTICLE, workers=workers)
    with pytest.raises(ValueError, match="workers must be 1 or more"):
        list(extract_drafts([("a", ARTICLE)], workers=workers))
