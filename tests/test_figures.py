"""Figures (issue 16): value forms, units, revisions and the interval rules, on the al-Ahli dossier."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimgraph.graph import build_graph, find_candidates
from claimgraph.graph.figures import quantities
from claimgraph.io import read_ledger
from claimgraph.model.values import Figure, parse_value
from claimgraph.model.vocabulary import Vocabulary
from tests.conftest import CLAIMS

AL_AHLI = CLAIMS / "al-ahli-2023.yaml"


@pytest.fixture(scope="module")
def candidates():
    found = find_candidates(build_graph(read_ledger([AL_AHLI])), history=True)
    return {(c.kind, *c.pair) for c in found}


def _has(candidates, kind, a, b):
    return (kind, *sorted((a, b))) in candidates


def test_a_range_written_three_ways_is_one_range():
    assert parse_value("100 to 300") == parse_value("100-300") == parse_value("between 100 and 300")


def test_the_same_range_written_differently_is_consistent(candidates):
    # One origin (the US) saying the same range twice: neither clash nor self-support.
    assert not _has(candidates, "contradicts", "us-intel-100-300-afp", "us-intel-100-300-reuters-paris")


def test_at_least_200_and_at_least_500_are_consistent():
    vocabulary = Vocabulary()
    a, b = vocabulary.interval(parse_value("at least 200")), vocabulary.interval(parse_value("at least 500"))
    assert a.gap(b) == 0


def test_471_contradicts_100_to_300(candidates):
    assert _has(candidates, "contradicts", "moh-471-statement", "us-intel-100-300-cnn")


def test_10_to_50_contradicts_100_to_300(candidates):
    # The dossier's closest real upper bound to "at or below 50" is the EU official's "between 10 and 50".
    assert _has(candidates, "contradicts", "eu-intel-10-50-humanevents", "us-intel-100-300-reuters-paris")


def test_the_ministrys_500_then_471_is_a_revision_not_a_contradiction(candidates):
    assert _has(candidates, "supersedes", "moh-initial-500-could-rise-800", "moh-471-statement")
    assert not _has(candidates, "contradicts", "moh-initial-500-could-rise-800", "moh-471-statement")


def test_much_lower_than_x_is_compared_with_xs_value(invoke):
    result = invoke("candidates", AL_AHLI, "--format", "json")
    notes = [c["note"] for c in json.loads(result.output) if "moh-471-342-via-hrw" in (c["from"], c["to"])]
    assert any("lower than moh-471-statement" in n for n in notes)


def test_figures_command_shows_the_revision_history(invoke):
    result = invoke("figures", AL_AHLI)
    assert result.exit_code == 0
    assert "· 2023-10-17  500 people  [moh-initial-500-could-rise-800]  (revised)" in result.output
    assert "100 to 300" in result.output and "at least 500" in result.output


def test_quantities_group_by_origin():
    found = quantities(build_graph(read_ledger([AL_AHLI])).figures)
    deaths = next(q for q in found if q.property == "deaths")
    assert len(deaths.origins) >= 4


@pytest.mark.parametrize(
    ("text", "wrong"),
    [("300-100", "runs backwards"), ("at least", "needs a number"), ("at least many", "is not a number")],
)
def test_malformed_values_are_refused_with_an_example(write, invoke, text, wrong):
    path = write(
        "bad.yaml",
        f"""
        sources: [{{id: s, name: S}}]
        claims:
          - id: c
            statement: C.
            said_by: s
            proposition: {{subject: x, property: deaths, value: "{text}"}}
        """,
    )
    result = invoke("check", path)
    assert result.exit_code != 0
    assert "bad.yaml:5" in result.output + (result.stderr or "") or "bad.yaml:" in (result.stderr or "")
    assert wrong in (result.stderr or result.output) and "100-300" in (result.stderr or result.output)


numbers = st.integers(-(10**6), 10**6)
figures = st.one_of(
    st.tuples(numbers, numbers).map(lambda p: Figure("range", low=min(p), high=max(p))),
    numbers.map(lambda n: Figure("at-least", low=n)),
    numbers.map(lambda n: Figure("more-than", low=n)),
    numbers.map(lambda n: Figure("at-most", high=n)),
    numbers.map(lambda n: Figure("less-than", high=n)),
    numbers.map(lambda n: Figure("about", low=n)),
)


@given(figures)
def test_parsing_round_trips_through_the_written_form(figure):
    assert parse_value(str(figure)) == figure


@given(figures, figures)
def test_interval_comparison_is_symmetric(a, b):
    vocabulary = Vocabulary()
    first, second = vocabulary.interval(a), vocabulary.interval(b)
    assert first.gap(second) == second.gap(first)
    assert first.touches_only_at_open_end(second) == second.touches_only_at_open_end(first)


@given(figures, numbers)
def test_a_point_inside_an_interval_meets_it(figure, number):
    vocabulary = Vocabulary()
    interval, point = vocabulary.interval(figure), vocabulary.interval(number)
    inside = interval.low <= number <= interval.high
    assert (interval.gap(point) == 0) == inside
