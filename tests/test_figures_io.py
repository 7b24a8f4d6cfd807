"""Figures in and out (issue 16): every value form and the vocabulary through every format and the store; bad values."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

import networkx as nx
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.graph import build_graph, find_candidates
from claimgraph.io import read_ledger
from claimgraph.io.bulk import import_to_dossier
from claimgraph.io.parts import dossier_parts
from claimgraph.io.tabular import table_file, vocabulary_records
from claimgraph.model import Claim, Ledger, Source, from_fields
from claimgraph.model.values import Figure, Tolerance, parse_value
from claimgraph.model.vocabulary import read_vocabulary
from claimgraph.render.export import export_ledger
from claimgraph.render.tables import ledger_tables
from claimgraph.store import dump_store, init_store, read_store, record_ledger, stored_metadata
from claimgraph.store.partial import read_store_claims
from claimgraph.store.read import parse_as_of
from tests.conftest import CLAIMS

AL_AHLI = CLAIMS / "al-ahli-2023.yaml"

#: A vocabulary that declares something of every kind: an approximation, units with
#: families, factors and aliases, and a category tree.
VOCABULARY = read_vocabulary(
    {
        "approximation": "5%",
        "units": [
            {"name": "rockets", "family": "munitions", "aliases": ["rocket", "missiles; launched"]},
            {"name": "lb", "family": "mass", "factor": 0.4536},
        ],
        "categories": ["rocket > palestinian-rocket > pij-rocket", "rocket > israeli-munition"],
    }
)

numbers = st.integers(-(10**6), 10**6)
decimals = st.decimals(-(10**5), 10**5, places=2, allow_nan=False, allow_infinity=False).map(float)
#: Every form a proposition's value takes, categories from the declared tree included.
values = st.one_of(
    numbers,
    decimals,
    st.booleans(),
    st.sampled_from(["rocket", "palestinian-rocket", "pij-rocket", "israeli-munition", "open"]),
    st.tuples(numbers, numbers).map(lambda p: Figure("range", low=min(p), high=max(p))),
    st.tuples(decimals, decimals).map(lambda p: Figure("range", low=min(p), high=max(p))),
    st.tuples(st.sampled_from(["at-least", "more-than"]), numbers).map(lambda t: Figure(t[0], low=t[1])),
    st.tuples(st.sampled_from(["at-most", "less-than"]), decimals).map(lambda t: Figure(t[0], high=t[1])),
    numbers.map(lambda n: Figure("about", low=n)),
    st.tuples(numbers, st.integers(1, 50), st.booleans()).map(
        lambda t: Figure("about", low=t[0], tolerance=Tolerance(t[1], t[2]))
    ),
    st.tuples(st.sampled_from(["lower-than", "higher-than"]), st.booleans()).map(
        lambda t: Figure(t[0], than="ref", much=t[1])
    ),
)
#: Declared units and built-in ones, by name and by alias.
units = st.sampled_from([None, "people", "dead", "rockets", "rocket", "missiles; launched", "lb", "kg", "tonnes"])


def _ledger(first, second, unit) -> Ledger:
    """A reference figure, and a claim with two propositions: the value drawn, and a second one beside it."""
    deaths = {"subject": "blast", "property": "deaths", "unit": "people", "when": "2023-10-17"}
    drawn = {"subject": "blast", "property": "drawn", "value": first, "unit": unit, "when": "2023-10-17"}
    beside = {"subject": "blast", "property": "cause", "value": second, "when": "2023-10-17"}
    return Ledger(
        sources=[Source(id="moh", name="Ministry", kind="government"), Source(id="ngo", name="NGO", kind="ngo")],
        claims=[
            Claim(id="ref", statement="471", said_by="moh", said_on="2023-10-18", proposition={**deaths, "value": 471}),
            Claim(
                id="ref-drawn",
                statement="a reference for relative figures",
                said_by="moh",
                said_on="2023-10-18",
                proposition={**drawn, "value": 40},
            ),
            Claim(id="c", statement="two figures", said_by="ngo", said_on="2023-10-19", propositions=[drawn, beside]),
        ],
        vocabulary=VOCABULARY,
    )


def _relative_to(value):
    # A relative figure names a claim: point it at the one with the same subject and property.
    return Figure(value.form, than="ref-drawn", much=value.much) if isinstance(value, Figure) and value.than else value


def _node_value(graph, claim, name):
    node = next(data for _node, data in graph.nodes(data=True) if claim in (data.get("id"), data.get("ledger_id")))
    return node[name]


@settings(max_examples=25, deadline=None)
@given(values, values, units)
def test_every_value_form_and_the_vocabulary_round_trip_through_every_format(first, second, unit):
    """JSON, YAML, CSV and JSON Lines imports, GraphML, GEXF, and a store (read, as of, partly, dumped).

    ClaimReview carries a claim's statement and its review, not its propositions: no value to carry.
    """
    ledger = _ledger(_relative_to(first), _relative_to(second), unit)
    claims = ledger.claims
    # JSON: the claims as the JSON readers build them; the vocabulary as the dossier header reads it
    data = json.loads(export_ledger(ledger, "json"))
    assert [from_fields("claim", c, read_as="JSON") for c in data["claims"]] == list(claims)
    assert read_vocabulary(data["vocabulary"]) == VOCABULARY
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        # YAML: the export is a dossier
        (folder / "back.yaml").write_text(export_ledger(ledger, "yaml"), encoding="utf-8")
        back = read_ledger([folder / "back.yaml"])
        assert back.claims == claims and back.vocabulary == VOCABULARY
        # CSV: every table, the vocabulary's too, imported back into a dossier
        tables = []
        for table_name, text in ledger_tables(ledger).items():
            (folder / table_name).write_text(text, encoding="utf-8")
            tables.append(table_file(folder / table_name))
        assert "vocabulary.csv" in ledger_tables(ledger)
        import_to_dossier(tables, folder / "tables.yaml")
        imported = read_ledger([folder / "tables.yaml"])
        assert imported.claims == claims and imported.vocabulary == VOCABULARY
        # JSON Lines: the JSON export's records one a line, the vocabulary as rows of its own table
        for section in ("sources", "claims"):
            lines = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in data[section])
            (folder / f"{section}.jsonl").write_text(lines, encoding="utf-8")
        rows = vocabulary_records(ledger.vocabulary)
        (folder / "vocabulary.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        jsonl = [table_file(folder / f"{name}.jsonl") for name in ("vocabulary", "sources", "claims")]
        import_to_dossier(jsonl, folder / "jsonl.yaml")
        from_jsonl = read_ledger([folder / "jsonl.yaml"])
        assert from_jsonl.claims == claims and from_jsonl.vocabulary == VOCABULARY
        # The store: recorded through the API (no dossier fields given), read back, read as of now, dumped
        store = folder / "ledger.db"
        init_store(store)
        record_ledger(store, ledger, "tester")
        assert read_store(store).claims == claims and read_store(store).vocabulary == VOCABULARY
        assert read_store(store, as_of=parse_as_of("2999-01-01")).vocabulary == VOCABULARY
        assert read_store_claims(store, ["c"]).vocabulary == VOCABULARY
        dumped = dump_store(store, folder / "dump")
        again = read_ledger([dumped[0]])
        assert again.claims == claims and again.vocabulary == VOCABULARY
    # GraphML and GEXF: each proposition's value as text (or number) on the claim's node
    expected = claims[2].all_propositions[0].value
    graphml = nx.read_graphml(io.BytesIO(export_ledger(ledger, "graphml").encode("utf-8")))
    gexf = nx.read_gexf(io.BytesIO(export_ledger(ledger, "gexf").encode("utf-8")))
    for graph in (graphml, gexf):
        stored = _node_value(graph, "ref-drawn", "proposition_value")
        assert parse_value(stored) == 40
        propositions = json.loads(_node_value(graph, "c", "propositions"))
        assert parse_value(propositions[0]["value"]) == expected


def test_every_part_of_a_split_dossier_declares_the_vocabulary(tmp_path):
    """A ledger too large for one file is written in parts; each declares the ledger's units and categories."""
    claims = [
        Claim(id=f"c{n}", statement=f"Claim {n}.", said_by="moh", said_on="2023-10-18", proposition=_deaths(n))
        for n in range(60)
    ]
    ledger = Ledger(
        sources=[Source(id="moh", name="Ministry", kind="government")], claims=claims, vocabulary=VOCABULARY
    )
    parts = dossier_parts(ledger, tmp_path / "d.yaml", max_bytes=8_000)
    assert len(parts) > 1
    for number, text in enumerate(parts):
        (tmp_path / f"d-{number}.yaml").write_text(text, encoding="utf-8")
    assert all(read_vocabulary(yaml.safe_load(text)["vocabulary"]) == VOCABULARY for text in parts)
    back = read_ledger([tmp_path])
    assert back.claims == ledger.claims and back.vocabulary == VOCABULARY


def _deaths(value):
    return {"subject": "blast", "property": "deaths", "value": value, "unit": "rockets", "when": "2023-10-17"}


def test_a_store_keeps_the_vocabulary_beside_the_dossier_fields(tmp_path, invoke):
    """Recorded from the CLI with the dossier's title; analyses on the store see the declared units and categories."""
    store = tmp_path / "al-ahli.db"
    assert invoke("ledger", "init", store).exit_code == 0
    assert invoke("record", AL_AHLI, "--ledger", store, "--author", "tester").exit_code == 0
    assert read_store(store).vocabulary == read_ledger([AL_AHLI]).vocabulary
    assert stored_metadata(store)["title"].startswith("al-Ahli Arab (Baptist) Hospital explosion")
    from_store = invoke("candidates", store, "--format", "json")
    from_dossier = invoke("candidates", AL_AHLI, "--format", "json")
    assert from_store.exit_code == 0 and json.loads(from_store.output)
    assert from_store.output == from_dossier.output
    # Recording more entries through the API, without dossier fields, keeps the title and the vocabulary.
    more = Ledger(
        sources=[Source(id="extra-source", name="Extra", kind="ngo")], vocabulary=read_ledger([AL_AHLI]).vocabulary
    )
    record_ledger(store, more, "tester")
    assert stored_metadata(store)["title"].startswith("al-Ahli Arab (Baptist) Hospital explosion")
    assert read_store(store).vocabulary == read_ledger([AL_AHLI]).vocabulary


def test_a_recording_that_changes_only_the_vocabulary_is_kept(tmp_path, invoke):
    """A desk that declares one more unit alias, and changes no entry, still finds it in the store and its log."""
    store = tmp_path / "al-ahli.db"
    assert invoke("ledger", "init", store).exit_code == 0
    assert invoke("record", AL_AHLI, "--ledger", store, "--author", "tester").exit_code == 0
    fields = yaml.safe_load(AL_AHLI.read_text(encoding="utf-8"))
    units = fields["vocabulary"]["units"]
    units[0] = {**units[0], "aliases": [*units[0].get("aliases", []), "souls"]}
    edited = tmp_path / "al-ahli-2023.yaml"
    edited.write_text(yaml.safe_dump(fields, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for text in (CLAIMS / "al-ahli-2023").iterdir():
        (tmp_path / "al-ahli-2023").mkdir(exist_ok=True)
        (tmp_path / "al-ahli-2023" / text.name).write_bytes(text.read_bytes())
    result = invoke("record", edited, "--ledger", store, "--author", "tester", "--message", "souls counted as people")
    assert result.exit_code == 0, result.output
    assert read_store(store).vocabulary == read_ledger([edited]).vocabulary != read_ledger([AL_AHLI]).vocabulary
    assert "souls" in invoke("log", "--ledger", store).output


def test_the_al_ahli_tables_import_back_with_their_vocabulary(tmp_path, invoke):
    """claimgraph tables, then claimgraph import: the same claims, vocabulary and candidates as the dossier."""
    for text in (CLAIMS / "al-ahli-2023").iterdir():  # the documents' text files, where the tables name them
        (tmp_path / "al-ahli-2023").mkdir(exist_ok=True)
        (tmp_path / "al-ahli-2023" / text.name).write_bytes(text.read_bytes())
    assert invoke("tables", AL_AHLI, "-o", tmp_path).exit_code == 0
    vocabulary = (tmp_path / "vocabulary.csv").read_text(encoding="utf-8")
    assert "category,rocket > palestinian-rocket > pij-rocket" in vocabulary
    tables = sorted(tmp_path.glob("*.csv"))
    result = invoke("import", *tables, "-o", tmp_path / "back.yaml")
    assert result.exit_code == 0, result.output
    original, back = read_ledger([AL_AHLI]), read_ledger([tmp_path / "back.yaml"])
    assert back.claims == original.claims and back.vocabulary == original.vocabulary
    assert find_candidates(build_graph(back)) == find_candidates(build_graph(original))
    assert invoke("check", *tables).exit_code == 0


def test_at_or_below_50_contradicts_100_to_300_in_the_al_ahli_dossier(invoke):
    """The EU official's "hasta 50" (recorded "at or below 50") against the US's "100 to 300": a contradiction."""
    claim = read_ledger([AL_AHLI]).claim("eu-intel-up-to-50-israelnoticias")
    assert claim is not None and claim.proposition is not None
    assert claim.proposition.value == Figure("at-most", high=50)
    result = invoke("candidates", AL_AHLI, "--format", "json")
    found = {(c["kind"], c["from"], c["to"]) for c in json.loads(result.output)}
    for us in ("us-intel-100-300-afp", "us-intel-100-300-cnn", "us-intel-100-300-reuters-paris"):
        assert ("contradicts", us, "eu-intel-up-to-50-israelnoticias") in found
    # Beside the same official's "between 10 and 50": no clash, and no support (an origin repeating itself)
    eu = "eu-intel-up-to-50-israelnoticias"
    assert not any(eu in (a, b) and ("eu-intel-10-50-afp" in (a, b)) for _kind, a, b in found)


@pytest.mark.parametrize(
    "written",
    [
        "at or below 50",
        "at most 50",
        "<= 50",
        "≤ 50",
        "no more than 50",
        "not more than 50",
        "up to 50",
        "as many as 50",
        "a maximum of 50",
        "50 or fewer",
        "50 or less",
        "up to fifty",
    ],
)
def test_natural_upper_bounds_read_as_at_most(written):
    assert parse_value(written) == Figure("at-most", high=50)


@pytest.mark.parametrize("written", ["fewer than 50", "less than 50", "under 50", "below 50", "< 50"])
def test_excluded_upper_bounds_read_as_less_than(written):
    assert parse_value(written) == Figure("less-than", high=50)


@pytest.mark.parametrize("written", ["500 or more", "500+", "at least 500", "no fewer than 500", "a minimum of 500"])
def test_lower_bounds_written_either_way(written):
    assert parse_value(written) == Figure("at-least", low=500)


def test_plural_scale_words_are_no_number():
    """ "hundreds" is no one number (text2num alone reads it as 100): it stays text, compared with nothing."""
    assert parse_value("hundreds") == "hundreds"
    assert parse_value("five hundred") == 500


#: Malformed values: (as written in YAML, as a CSV cell, what the message says is wrong).
BAD_VALUES = [
    ('"300-100"', "300-100", "runs backwards"),
    ('"at least"', "at least", "needs a number after it"),
    ('"at most many"', "at most many", "'many' is not one"),
    ('"about x"', "about x", "'x' is not one"),
    ('"~"', "~", "needs a number after it"),
    ('"lower than"', "lower than", "names the claim it is compared with"),
    ('"at least hundreds"', "at least hundreds", "'hundreds' is not one"),
    ("{between: [1]}", '{"between": [1]}', "between"),
    ("{about: 5, tolerance: -3}", None, "is negative"),
    ("{at_least: 1, at_most: 2}", None, "names one form"),
    ("[1, 2]", "[1, 2]", "a list"),
]


@pytest.mark.parametrize(("yaml_value", "_cell", "wrong"), BAD_VALUES)
def test_a_malformed_value_in_a_dossier_names_file_line_entry_and_a_valid_form(write, invoke, yaml_value, _cell, wrong):
    path = write(
        "bad.yaml",
        f"""
        sources: [{{id: s, name: S}}]
        claims:
          - id: good
            statement: G.
            said_by: s
          - id: bad-figure
            statement: C.
            said_by: s
            propositions:
              - {{subject: x, property: wounded, value: 3}}
              - {{subject: x, property: deaths, value: {yaml_value}}}
        """,
    )
    result = invoke("check", path)
    assert result.exit_code == 1
    assert "bad.yaml:11: claim 'bad-figure': propositions.1.value: " in result.output
    assert wrong in result.output
    assert "100-300" in result.output  # an example of a valid form


@pytest.mark.parametrize(("_yaml", "cell", "wrong"), [v for v in BAD_VALUES if v[1] is not None])
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_malformed_value_in_a_table_names_file_line_row_entry_and_a_valid_form(
    write, invoke, _yaml, cell, wrong, fmt
):
    sources = write("sources.csv", "id,name\ns,S\n")
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(
            ["id", "statement", "said_by", "proposition_subject", "proposition_property", "proposition_value"]
        )
        writer.writerow(["good", "G.", "s", "x", "deaths", "471"])
        writer.writerow(["bad-figure", "C.", "s", "x", "deaths", cell])
        claims = write("claims.csv", buffer.getvalue())
    else:
        value = json.loads(cell) if cell[0] in "[{" else cell
        rows = [
            {"id": "good", "statement": "G.", "said_by": "s"},
            {"id": "bad-figure", "statement": "C.", "said_by": "s", "proposition": {"subject": "x", "property": "d"}},
        ]
        rows[1]["proposition"]["value"] = value  # type: ignore[index]
        claims = write("claims.jsonl", "".join(json.dumps(r) + "\n" for r in rows))
    for command in (("check", sources, claims), ("import", sources, claims, "-o", claims.with_suffix(".yaml"))):
        result = invoke(*command)
        assert result.exit_code == 1
        line = 3 if fmt == "csv" else 2
        assert f"claims.{fmt}:{line}: row 2 (claim 'bad-figure'): proposition.value: " in result.output
        assert wrong in result.output and "100-300" in result.output
    assert not claims.with_suffix(".yaml").exists()


def test_tables_hold_units_to_their_declared_vocabulary(write, invoke):
    """With a vocabulary table, a unit it does not know is refused at its row; a bad declaration at its line."""
    vocabulary = write("vocabulary.csv", "declares,value,family,factor,aliases\nunit,rockets,,,rocket\nunit,lb,,x,\n")
    sources = write("sources.csv", "id,name\ns,S\n")
    claims = write(
        "claims.csv",
        "id,statement,said_by,proposition_subject,proposition_property,proposition_value,proposition_unit\n"
        "a,A.,s,x,fired,40,rockets\nb,B.,s,x,fired,5,furlongs\n",
    )
    result = invoke("check", vocabulary, sources, claims)
    assert result.exit_code == 1
    assert "vocabulary.csv:3: row 2: unit 'lb': factor must be a positive number" in result.output
    assert "claims.csv:3: row 2 (claim 'b'): proposition.unit: unit 'furlongs' is not known" in result.output
    good = write("vocabulary.csv", "declares,value,family,factor,aliases\nunit,rockets,,,rocket\n")
    fixed = write("claims.csv", claims.read_text(encoding="utf-8").replace("furlongs", "rocket"))
    result = invoke("check", good, sources, fixed)
    assert result.exit_code == 0 and result.output.startswith("ok: 2 claims")
