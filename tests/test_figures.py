"""Figures (issue 16): value forms, units, revisions and the interval rules, on the al-Ahli dossier."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.graph import build_graph, find_candidates
from claimgraph.graph.figures import quantities
from claimgraph.io import read_ledger
from claimgraph.io.bulk import import_to_dossier
from claimgraph.io.tabular import table_file
from claimgraph.model import Claim, Document, Ledger, Source, from_fields
from claimgraph.model.values import Figure, Tolerance, parse_value
from claimgraph.model.vocabulary import Vocabulary, read_vocabulary
from claimgraph.render.brief import brief_data, render_brief
from claimgraph.render.export import export_ledger
from claimgraph.render.tables import ledger_tables
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
    # The EU official's range; his upper bound alone ("hasta 50") is pinned in test_figures_io.
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


def _ledger(*claims):
    return Ledger(
        sources=[Source(id="moh", name="Ministry", kind="government"), Source(id="ngo", name="NGO", kind="ngo")],
        claims=[Claim(**c) for c in claims],
    )


def _deaths(value, when="2023-10-17"):
    return {"subject": "blast", "property": "deaths", "value": value, "unit": "people", "when": when}


def test_supersedes_is_proposed_between_consecutive_figures_only():
    """500 → 471 → 342: two revisions, not a third from 500 straight to 342."""
    ledger = _ledger(
        {"id": "a", "statement": "500", "said_by": "moh", "said_on": "2023-10-17", "proposition": _deaths(500)},
        {"id": "b", "statement": "471", "said_by": "moh", "said_on": "2023-10-18", "proposition": _deaths(471)},
        {"id": "c", "statement": "342", "said_by": "moh", "said_on": "2023-11-26", "proposition": _deaths(342)},
    )
    found = {(r.kind, r.source, r.target) for r in find_candidates(build_graph(ledger))}
    assert found == {("supersedes", "b", "a"), ("supersedes", "c", "b")}
    assert [i.superseded for i in build_graph(ledger).figures.items] == [True, True, False]


def test_a_relay_dated_by_its_document_does_not_revise_its_origin():
    """A relay without said_on, in a document of 26 November, is not the ministry's new figure."""
    ledger = Ledger(
        sources=[Source(id="moh", name="Ministry", kind="government"), Source(id="hrw", name="HRW", kind="ngo")],
        documents=[Document(id="report", title="Report", published="2023-11-26")],
        claims=[
            Claim(id="own", statement="314", said_by="moh", said_on="2023-10-18", proposition=_deaths(314)),
            Claim(id="relay", statement="342", said_by="moh", via=["hrw"], document="report", proposition=_deaths(342)),
        ],
    )
    graph = build_graph(ledger)
    assert [(i.claim, i.dated, i.superseded) for i in graph.figures.items] == [
        ("own", True, False),
        ("relay", False, False),
    ]
    assert not any(r.kind == "supersedes" for r in find_candidates(graph))


def test_the_brief_shows_each_disputes_figures_as_a_table_and_a_chart():
    """Every figure in words in a table; a chart whose marks take each value form's shape; deterministic."""
    ledger = read_ledger([AL_AHLI])
    brief = brief_data(ledger)
    deaths = next(
        q for views in brief.figures.values() for q in views if q.title == "deaths of al-ahli-explosion-2023-10-17"
    )
    words = {row.value for row in deaths.rows}
    assert {"471 killed", "100 to 300 killed", "at least 500 killed", "about 500 people"} <= words
    assert {row.status for row in deaths.rows} == {"current", "revised later"}
    kinds = {mark.kind for series in deaths.chart.series for mark in series.marks}
    assert kinds == {"point", "range", "about", "up", "down"}
    hamas = next(s for s in deaths.chart.series if s.name == "Hamas")
    assert hamas.line.count(",") >= 2  # the revision 500 → 471 is a line between two days
    # the undated relay (published 26 November) is in the table, not on the time axis
    assert any(row.said == "published 2023-11-26" for row in deaths.rows)
    assert deaths.chart.x_ticks[-1][1] == "2023-10-24"
    page = render_brief(ledger)
    assert page == render_brief(ledger)
    assert 'role="img" aria-labelledby="figures-' in page
    assert '<td dir="auto">100 to 300 killed</td>' in page


# Every value form a dossier can hold: the figures above, decimals, approximations with
# their own tolerance, relative figures, and plain numbers.
decimals = st.decimals(-(10**5), 10**5, places=2, allow_nan=False, allow_infinity=False).map(float)
every_value = st.one_of(
    figures,
    numbers,
    decimals,
    st.tuples(decimals, decimals).map(lambda p: Figure("range", low=min(p), high=max(p))),
    st.tuples(numbers, st.integers(1, 50), st.booleans()).map(
        lambda t: Figure("about", low=t[0], tolerance=Tolerance(t[1], t[2]))
    ),
    st.tuples(st.sampled_from(["lower-than", "higher-than"]), st.booleans()).map(
        lambda t: Figure(t[0], than="ref", much=t[1])
    ),
)


def _one_figure_ledger(value):
    vocabulary = read_vocabulary({"approximation": "5%", "units": [{"name": "rockets", "aliases": ["rocket"]}]})
    claims = [
        Claim(id="ref", statement="471", said_by="moh", said_on="2023-10-18", proposition=_deaths(471)),
        Claim(id="c", statement="a figure", said_by="ngo", said_on="2023-10-19", proposition=_deaths(value)),
    ]
    sources = [Source(id="moh", name="Ministry", kind="government"), Source(id="ngo", name="NGO", kind="ngo")]
    return Ledger(sources=sources, claims=claims, vocabulary=vocabulary)


def _node_value(graph, claim):
    node = next(data for _node, data in graph.nodes(data=True) if claim in (data.get("id"), data.get("ledger_id")))
    return parse_value(node["proposition_value"])


@settings(max_examples=40, deadline=None)
@given(every_value)
def test_every_value_form_round_trips_through_every_export(value):
    """JSON, YAML, CSV tables (imported back), GraphML and GEXF each give back the same value and vocabulary."""
    ledger = _one_figure_ledger(value)
    expected = ledger.claims[1].proposition.value
    assert expected == value
    # JSON: the claims as the JSON readers build them; the vocabulary as the dossier header reads it
    data = json.loads(export_ledger(ledger, "json"))
    assert from_fields("claim", data["claims"][1], read_as="JSON").proposition.value == expected
    assert read_vocabulary(data["vocabulary"]) == ledger.vocabulary
    with tempfile.TemporaryDirectory() as folder:
        # YAML: the export is a dossier
        path = Path(folder) / "back.yaml"
        path.write_text(export_ledger(ledger, "yaml"), encoding="utf-8")
        back = read_ledger([path])
        assert back.claims == ledger.claims and back.vocabulary == ledger.vocabulary
        # CSV: every table, imported back into a dossier
        tables = []
        for name, text in ledger_tables(ledger).items():
            table = Path(folder) / name
            table.write_text(text, encoding="utf-8")
            tables.append(table_file(table))
        import_to_dossier(tables, Path(folder) / "tables.yaml")
        assert read_ledger([Path(folder) / "tables.yaml"]).claims == ledger.claims
    # GraphML and GEXF: the value as text (or number) on the claim's node
    graphml = nx.read_graphml(io.BytesIO(export_ledger(ledger, "graphml").encode("utf-8")))
    assert _node_value(graphml, "c") == expected
    gexf = nx.read_gexf(io.BytesIO(export_ledger(ledger, "gexf").encode("utf-8")))
    assert _node_value(gexf, "c") == expected


def test_a_whole_number_past_double_precision_is_read_exactly():
    """Figures written as text keep every digit: a float keeps only 15 or 16 (9007199254740993 became …992)."""
    assert parse_value("9,007,199,254,740,993") == 9_007_199_254_740_993
    assert parse_value("at least 9007199254740993").low == 9_007_199_254_740_993
    assert parse_value("2.5") == 2.5
