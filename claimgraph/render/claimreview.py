"""schema.org ClaimReview JSON-LD: the markup fact-checkers publish with their verdicts.

One ClaimReview per review (so one per reviewed claim while each claim has a
single review), in claim order and then review order. The claim's speaker is the
``author`` of the reviewed ``Claim``; the document the claim appears in is its
``appearance`` and ``firstAppearance``; the reviewing source is the ClaimReview's
``author``.

The text is safe to paste inside ``<script type="application/ld+json">``: ``<``,
``>`` and ``&`` are written as JSON ``\\u`` escapes, so quoted text containing
``</script>`` cannot end the script element.
"""

from __future__ import annotations

import json

from claimgraph.model import Claim, Document, Ledger, Review

__all__ = ["SCHEMA_CONTEXT", "claimreview_jsonld", "claimreview_records"]

#: The JSON-LD context every ClaimReview names.
SCHEMA_CONTEXT = "https://schema.org"

_HTML_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def _without_empty(mapping: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in mapping.items() if v is not None and v != [] and v != ()}


def _agent(ledger: Ledger, source_id: str, seen: frozenset[str] = frozenset()) -> dict[str, object]:
    """A source as a schema.org Person or Organization, with its parent organisation nested."""
    source = ledger.source(source_id)
    if source is None:  # an unchecked ledger: keep the id rather than fail
        return {"@type": "Organization", "name": source_id}
    person = source.kind == "person"
    parent = None
    if source.part_of is not None and source.part_of not in seen and source.part_of != source.id:
        parent = _agent(ledger, source.part_of, seen | {source.id})
    return _without_empty(
        {
            "@type": "Person" if person else "Organization",
            "name": source.name,
            "alternateName": list(source.aliases) or None,
            "jobTitle": source.role if person else None,
            # A spokesman is affiliated with his organisation; a unit is part of its parent.
            "affiliation": parent if person else None,
            "parentOrganization": None if person else parent,
        }
    )


def _work(ledger: Ledger, document: Document) -> dict[str, object]:
    publisher = _agent(ledger, document.publisher) if document.publisher else None
    return _without_empty(
        {
            "@type": "CreativeWork",
            "headline": document.title,
            "inLanguage": document.lang,
            "url": document.url,
            "datePublished": document.published.isoformat() if document.published else None,
            "publisher": publisher,
        }
    )


def _claim(ledger: Ledger, claim: Claim) -> dict[str, object]:
    document = ledger.document(claim.document) if claim.document else None
    work = _work(ledger, document) if document is not None else None
    said_on = claim.said_on
    return _without_empty(
        {
            "@type": "Claim",
            # The language the claim was made in: its quote's, inherited from its document.
            "inLanguage": ledger.language_of(claim),
            "author": _agent(ledger, claim.said_by),
            # schema.org's Date is one day: an interval cannot be written without inventing one.
            "datePublished": said_on.start.isoformat() if said_on and said_on.is_day else None,
            "appearance": [work] if work else None,
            # The ledger records one document per claim, so the only appearance is the first known.
            "firstAppearance": work,
        }
    )


def _rating(review: Review) -> dict[str, object]:
    return _without_empty(
        {
            "@type": "Rating",
            "alternateName": review.rating,
            "ratingValue": review.rating_value,
            "bestRating": review.best_rating,
            "worstRating": review.worst_rating,
        }
    )


def claimreview_records(ledger: Ledger) -> list[dict[str, object]]:
    """The ClaimReview objects of a ledger, as plain dicts ready for ``json.dumps``.

    Args:
        ledger: a checked ledger.

    Returns:
        One dict per review whose claim is in the ledger, in claim order then
        review order; each carries its own ``@context``.
    """
    records = []
    for claim in ledger.claims:
        for review in ledger.reviews_of(claim.id):
            records.append(
                _without_empty(
                    {
                        "@context": SCHEMA_CONTEXT,
                        "@type": "ClaimReview",
                        "url": review.url,
                        "claimReviewed": claim.statement,
                        "inLanguage": review.lang,
                        "datePublished": review.date.isoformat() if review.date else None,
                        "author": _agent(ledger, review.reviewer),
                        "reviewBody": review.rationale,
                        "reviewRating": _rating(review),
                        "itemReviewed": _claim(ledger, claim),
                    }
                )
            )
    return records


def claimreview_jsonld(ledger: Ledger) -> str:
    """The ledger's reviews as schema.org ClaimReview JSON-LD.

    Args:
        ledger: a checked ledger; claims without reviews are left out.

    Returns:
        A JSON array of ClaimReview objects (``[]`` when nothing is reviewed),
        ending with a newline; the same ledger always gives the same text.
    """
    text = json.dumps(claimreview_records(ledger), ensure_ascii=False, indent=2)
    return text.translate(_HTML_ESCAPES) + "\n"
