"""GEXF export: Gephi-ready attributes, read back with networkx.read_gexf."""

from __future__ import annotations

import io
import json
from collections import Counter

import networkx as nx
import pytest

from claimgraph.graph import build_graph, find_disputes
from claimgraph.io import read_ledger
from claimgraph.model import Claim, Ledger, Proposition, Source
from claimgraph.render.export import export_ledger
from claimgraph.render.gexf import gexf_text
from tests.conftest import FOUNDING


def _read(text: str) -> nx.Graph:
    return nx.read_gexf(io.BytesIO(text.encode("utf-8")))


def _decoded(value):
    if isinstance(value, str) and value.startswith("["):
        return tuple(json.loads(value))
    return value


def test_round_trip_keeps_nodes_edges_and_fields(minimal):
    """Every node, edge kind and field comes back from read_gexf as it went in."""
    graph = build_graph(read_ledger([minimal])).graph
    back = _read(export_ledger(read_ledger([minimal]), "gexf"))
    assert set(back.nodes) == set(graph.nodes)
    for node, attributes in graph.nodes(data=True):
        read = {("id" if k == "ledger_id" else k): _decoded(v) for k, v in back.nodes[node].items()}
        for key, value in attributes.items():
            assert read[key] == value, (node, key)
    kinds = Counter(a["kind"] for *_, a in graph.edges(data=True))
    assert Counter(a["kind"] for *_, a in back.edges(data=True)) == kinds


def test_claims_carry_side_dispute_and_speaker_kind(minimal):
    """Claims in a dispute get its id and their side; every claim its speaker's kind."""
    ledger = read_ledger([minimal])
    built = build_graph(ledger)
    (dispute,) = find_disputes(built)
    back = _read(gexf_text(built.graph, [dispute]))
    open_, cancelled = back.nodes["claim:open"], back.nodes["claim:cancelled"]
    assert {open_["side"], cancelled["side"]} == {"A", "B"}
    assert open_["dispute"] == cancelled["dispute"] == dispute.id
    assert open_["speaker_kind"] == "military" and cancelled["speaker_kind"] == "person"
    assert back.nodes["source:cogat"]["kind"] == "military"
    assert open_["label"] == "The crossing remained open."
    assert back.nodes["source:prcs"]["label"] == "Palestinian Red Crescent Society"


def test_output_is_byte_identical_and_dateless(minimal):
    """Two exports of the same ledger are the same bytes, with no date stamped in."""
    ledger = read_ledger([minimal])
    first, second = export_ledger(ledger, "gexf"), export_ledger(ledger, "gexf")
    assert first == second
    assert "lastmodifieddate" not in first


def test_mixed_value_types_give_a_readable_file_and_control_characters_never_reach_it():
    """Text and numeric proposition values give a readable file; control characters are refused when read."""
    with pytest.raises(ValueError, match="U\\+000B"):
        Source(id="s", name="Speaker\x0b One", kind="person")
    ledger = Ledger(
        sources=[Source(id="s", name="Speaker One", kind="person")],
        claims=[
            Claim(
                id="a",
                statement="Forty left.",
                said_by="s",
                proposition=Proposition(subject="rafah", property="departures", value=40),
            ),
            Claim(
                id="b",
                statement="It was open.",
                said_by="s",
                proposition=Proposition(subject="rafah", property="status", value="open"),
            ),
        ],
    )
    back = _read(export_ledger(ledger, "gexf"))
    assert back.nodes["claim:a"]["proposition_value"] == "40"
    assert back.nodes["claim:b"]["proposition_value"] == "open"
    assert back.nodes["claim:a"]["statement"] == "Forty left."


def test_founding_dossier_exports_to_gexf(founding_ledger, invoke, tmp_path):
    """The founding dossier's graph goes through the CLI and back with every node."""
    output = tmp_path / "rafah.gexf"
    result = invoke("export", FOUNDING, "--format", "gexf", "-o", output)
    assert result.exit_code == 0, result.output
    back = _read(output.read_text(encoding="utf-8"))
    assert set(back.nodes) == set(build_graph(founding_ledger).graph.nodes)
