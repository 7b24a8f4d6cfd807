"""The founding Rafah dossier (claims/rafah-2026-02-04.yaml): complete, faithful and readable."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from claimgraph.io import read_ledger

CLAIMS = Path(__file__).resolve().parents[1] / "claims"
DOSSIER = CLAIMS / "rafah-2026-02-04.yaml"
DOCUMENT_ID = "rafah-article"


@pytest.fixture(scope="module")
def ledger():
    return read_ledger([DOSSIER])


@pytest.fixture(scope="module")
def article(ledger):
    document = ledger.document(DOCUMENT_ID)
    assert document is not None, f"no document {DOCUMENT_ID!r} in {DOSSIER}"
    return document


def _relations(ledger, kind):
    return [r for r in ledger.relations if r.kind == kind and not r.is_candidate]


def test_dossier_file_exists():
    """The founding dossier and its article text are shipped in claims/."""
    assert DOSSIER.is_file()
    assert (CLAIMS / "rafah-2026-02-04.txt").is_file()


def test_at_least_twenty_claims(ledger):
    """The dossier records at least 20 claims."""
    assert len(ledger.claims) >= 20


def test_at_least_eight_speakers(ledger):
    """At least 8 distinct sources speak in the dossier."""
    assert len({c.said_by for c in ledger.claims}) >= 8


def test_enough_contradicts_and_supports(ledger):
    """At least 4 analyst contradicts and 4 analyst supports relations are recorded."""
    assert len(_relations(ledger, "contradicts")) >= 4
    assert len(_relations(ledger, "supports")) >= 4


def test_every_relation_has_a_note(ledger):
    """Every relation says in a note what exactly clashes or agrees."""
    assert [r.id for r in ledger.relations if not r.note] == []


def test_document_text_is_loaded(article):
    """The reader loads the article's text beside the dossier."""
    assert article.text_file == "rafah-2026-02-04.txt"
    assert article.text and "Rafah" in article.text


def test_quotes_are_verbatim(ledger):
    """Every quote appears character for character in its document's text."""
    missing = []
    for claim in ledger.claims:
        if claim.quote is None:
            continue
        document = ledger.document(claim.document)
        if document is None or document.text is None or claim.quote not in document.text:
            missing.append(claim.id)
    assert missing == []


def test_article_claims_all_have_quotes(ledger):
    """Every claim from the founding article carries a quote."""
    assert [c.id for c in ledger.claims if c.document == DOCUMENT_ID and not c.quote] == []


def test_cogat_versus_prcs_dispute(ledger):
    """A contradicts relation joins a COGAT claim and a claim whose speaker's origin is PRCS."""

    def ends(relation):
        return ledger.claim(relation.source), ledger.claim(relation.target)

    def is_dispute(first, second):
        return first.said_by == "cogat" and ledger.origin(second.said_by) == "prcs"

    found = [r.id for r in _relations(ledger, "contradicts") if is_dispute(*ends(r)) or is_dispute(*reversed(ends(r)))]
    assert found, "no contradicts relation between COGAT and PRCS"


def test_who_notice_is_relayed_through_prcs(ledger):
    """The WHO's notice is a claim said by the WHO, relayed through PRCS (and Anadolu)."""
    notices = [c for c in ledger.claims if c.said_by == "who"]
    assert notices, "no claim said by the WHO"
    relayed = [c for c in notices if any(ledger.origin(relay) == "prcs" for relay in c.via)]
    assert relayed, "the WHO's notice does not show its relay through PRCS"
    assert all("anadolu" in c.via for c in relayed)


def test_recorded_sha256_matches_text(article):
    """The recorded sha256 is that of the shipped article text (LF endings, no BOM)."""
    raw = (CLAIMS / article.text_file).read_bytes()
    text = raw.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    assert article.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
