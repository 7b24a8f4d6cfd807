"""The source matrix: agreement and clash counts per pair of sources, by origin or speaker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.graph import SourcePair, build_graph, source_matrix
from claimgraph.model import Claim, Ledger, Relation, Source

FOUNDING_DOSSIER = Path(__file__).resolve().parents[1] / "claims" / "rafah-2026-02-04.yaml"

LEDGER = Ledger(
    sources=[
        Source(id="prcs", name="PRCS", kind="ngo"),
        Source(id="al-nems", name="Raed Al-Nems", kind="person", part_of="prcs"),
        Source(id="cogat", name="COGAT", kind="military", part_of="israel"),
        Source(id="israel", name="Government of Israel", kind="government"),
        Source(id="anadolu", name="Anadolu", kind="news-agency"),
    ],
    claims=[
        Claim(id="cancelled", statement="Cancelled.", said_by="prcs"),
        Claim(id="informed", statement="Informed.", said_by="al-nems", via=["anadolu"]),
        Claim(id="open", statement="Open.", said_by="cogat"),
        Claim(id="details", statement="Details missing.", said_by="israel"),
        Claim(id="figures", statement="40 crossed.", said_by="anadolu"),
        Claim(id="guess", statement="Maybe.", said_by="anadolu"),
    ],
    relations=[
        Relation(kind="contradicts", source="open", target="cancelled"),
        Relation(kind="contradicts", source="details", target="informed"),
        Relation(kind="supports", source="informed", target="cancelled"),
        Relation(kind="supports", source="figures", target="open"),
        Relation(kind="supports", source="guess", target="open", rule="same-key-same-value"),
    ],
)


def test_origin_level_merges_speakers_of_one_origin():
    """At the origin level COGAT counts for Israel and Al-Nems for PRCS (relays never count)."""
    pairs = source_matrix(build_graph(LEDGER))
    assert pairs == (
        SourcePair(a="anadolu", b="israel", agree=1, clash=0),
        SourcePair(a="israel", b="prcs", agree=0, clash=2),
        SourcePair(a="prcs", b="prcs", agree=1, clash=0),
    )


def test_speaker_level_keeps_speakers_apart():
    """At the speaker level each named speaker is its own row."""
    pairs = source_matrix(build_graph(LEDGER), "speaker")
    assert pairs == (
        SourcePair(a="al-nems", b="israel", agree=0, clash=1),
        SourcePair(a="al-nems", b="prcs", agree=1, clash=0),
        SourcePair(a="anadolu", b="cogat", agree=1, clash=0),
        SourcePair(a="cogat", b="prcs", agree=0, clash=1),
    )


def test_candidates_count_only_on_request_and_levels_are_checked():
    """Unconfirmed candidates are left out unless asked; an unknown level is refused."""
    pairs = source_matrix(build_graph(LEDGER), include_candidates=True)
    assert SourcePair(a="anadolu", b="israel", agree=2, clash=0) in pairs
    with pytest.raises(ValueError, match="unknown level"):
        source_matrix(build_graph(LEDGER), "relay")


def test_founding_dossier_israel_clashes_with_prcs(founding_ledger):
    """On the founding dossier the Israeli government and PRCS only clash."""
    if not FOUNDING_DOSSIER.exists():
        pytest.skip("the founding dossier is not there yet")
    ledger = founding_ledger
    pairs = {(p.a, p.b): p for p in source_matrix(build_graph(ledger))}
    pair = pairs[("israeli-government", "prcs")]
    assert pair.clash >= 2 and pair.agree == 0
    assert ledger.origin("cogat") == "israeli-government"
    clashes = sum(r.kind == "contradicts" for r in ledger.relations if not r.is_candidate)
    assert sum(p.clash for p in pairs.values()) == clashes


def test_cli_sources_text_and_json(invoke, minimal):
    """The sources command prints a table, or JSON with --format json, for either level."""
    result = invoke("sources", minimal)
    assert result.exit_code == 0, result.output
    assert "origin level" in result.output
    row = next(line for line in result.output.splitlines() if line.startswith("COGAT"))
    assert row.split()[-2:] == ["0", "1"] and "Palestinian Red Crescent Society" in row
    result = invoke("sources", minimal, "--level", "speaker", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"a": "al-nems", "b": "cogat", "agree": 0, "clash": 1}]


def test_cli_sources_without_relations(invoke, write):
    """A ledger without relations says there are no pairs rather than printing an empty table."""
    path = write("calm.yaml", "sources: [{id: s, name: S}]\nclaims: [{id: a, statement: A., said_by: s}]\n")
    result = invoke("sources", path)
    assert result.exit_code == 0, result.output
    assert "No relations" in result.output
