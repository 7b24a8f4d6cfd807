"""Reviews: a fact-checker's verdict on a claim, in the model and in dossiers."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimgraph.errors import FieldError, InputError
from claimgraph.io import dossier_text, read_ledger
from claimgraph.model import Ledger, Review, check_ledger, from_fields, to_fields

REVIEWS = """
    sources:
      - {id: checkers, name: Fact Checkers United, kind: ngo}
    reviews:
      - id: open-review
        claim: open
        rating: Misleading
        rating_value: 2
        best_rating: 5
        worst_rating: 1
        rationale: Only the pedestrian lane was open.
        reviewer: checkers
        date: 2026-02-06
        url: https://checkers.example/rafah
"""


def test_review_reads_from_dossier_and_counts(minimal, write):
    """A reviews: section is read, indexed by id and by claim, and counted."""
    ledger = read_ledger([minimal, write("reviews.yaml", REVIEWS)])
    review = ledger.review("open-review")
    assert review.rating == "Misleading" and review.rating_value == 2
    assert str(review.date) == "2026-02-06"
    assert ledger.reviews_of("open") == (review,)
    assert ledger.reviews_of("cancelled") == ()
    assert ledger.counts()["reviews"] == 1


def test_review_round_trips_through_dossier_text(minimal, write):
    """dossier_text writes reviews back in a form read_ledger reads unchanged."""
    ledger = read_ledger([minimal, write("reviews.yaml", REVIEWS)])
    again = read_ledger([write("again.yaml", dossier_text(ledger))])
    assert again.reviews == ledger.reviews
    assert "reviews:" in dossier_text(ledger)


def test_unknown_claim_and_reviewer_are_reported_with_line(minimal, write):
    """A review of an unknown claim by an unknown reviewer fails with both named."""
    bad = write(
        "bad.yaml",
        """
        reviews:
          - {id: r1, claim: nowhere, rating: "False", reviewer: nobody}
    """,
    )
    with pytest.raises(InputError) as caught:
        read_ledger([minimal, bad])
    text = str(caught.value)
    assert "bad.yaml:2: review 'r1': claim: refers to unknown claim 'nowhere'" in text
    assert "reviewer: refers to unknown source 'nobody'" in text


def test_duplicate_review_ids_are_defects():
    """Two reviews with the same id are reported by check_ledger."""
    review = Review(id="r", claim="c", rating="False", reviewer="s")
    defects = check_ledger(Ledger(reviews=(review, review)))
    assert any(d.kind == "review" and d.field == "id" for d in defects)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"rating_value": 6, "best_rating": 5, "worst_rating": 1}, "outside the scale"),
        ({"rating_value": 0, "best_rating": 5, "worst_rating": 1}, "outside the scale"),
        ({"rating_value": 3}, "needs its scale"),
        ({"best_rating": 5}, "go together"),
        ({"best_rating": 1, "worst_rating": 5}, "must be lower"),
        ({"rating_value": True, "best_rating": 5, "worst_rating": 1}, "not true/false"),
        ({"rating_value": "lots", "best_rating": 5, "worst_rating": 1}, "not a number"),
        ({"rating_value": "nan", "best_rating": 5, "worst_rating": 1}, "finite"),
        ({"url": "javascript:alert(1)"}, "not an http(s) address"),
        ({"date": "06/02/2026"}, "not a date"),
        ({"rating": "  "}, "non-empty"),
    ],
)
def test_invalid_review_fields_are_refused(fields, message):
    """Scale out of order, value off the scale, bad url or date: a FieldError that says so."""
    record = {"id": "r", "claim": "c", "rating": "False", "reviewer": "s", **fields}
    with pytest.raises(FieldError, match=re.escape(message)):
        from_fields("review", record)


def test_numeric_text_is_accepted_for_the_scale():
    """Numbers written as text (as CSV gives them) become numbers."""
    review = from_fields(
        "review",
        {
            "id": "r",
            "claim": "c",
            "rating": "Mostly false",
            "reviewer": "s",
            "rating_value": "2.5",
            "best_rating": "5",
            "worst_rating": "1",
        },
    )
    assert (review.rating_value, review.best_rating, review.worst_rating) == (2.5, 5, 1)


_scales = st.tuples(st.integers(-100, 100), st.integers(1, 100)).flatmap(
    lambda t: st.tuples(st.just(t[0]), st.just(t[0] + t[1]), st.integers(t[0], t[0] + t[1]))
)


@given(
    scale=_scales,
    rating=st.text(
        st.characters(
            blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff", whitelist_characters="\t\n"
        ),
        min_size=1,
    ).filter(str.strip),
)
def test_review_record_round_trip(scale, rating):
    """to_fields then from_fields gives back the same review."""
    worst, best, value = scale
    review = Review(
        id="r", claim="c", rating=rating, reviewer="s", rating_value=value, best_rating=best, worst_rating=worst
    )
    assert from_fields("review", to_fields(review)) == review
