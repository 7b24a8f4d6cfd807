"""Shared fixtures: the repository's paths, a CLI runner, and a dossier writer."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import cli
from claimgraph.io import read_ledger
from claimgraph.model import Ledger, Source

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "claims"
FOUNDING = CLAIMS / "rafah-2026-02-04.yaml"

#: Sources for ledgers built in code: an organisation with its spokesman, an army, an agency.
SOURCES = (
    Source(id="prcs", name="PRCS", kind="ngo"),
    Source(id="al-nems", name="Raed Al-Nems", kind="person", part_of="prcs"),
    Source(id="cogat", name="COGAT", kind="military"),
    Source(id="anadolu", name="Anadolu", kind="news-agency"),
)


@pytest.fixture(scope="session")
def founding_ledger() -> Ledger:
    """The founding dossier, read once per test run: a Ledger is immutable, so tests share it."""
    return read_ledger([FOUNDING])


@pytest.fixture
def runner() -> CliRunner:
    """A click runner that keeps stderr apart from stdout."""
    return CliRunner()


@pytest.fixture
def invoke(runner):
    """Run the CLI with arguments; returns click's Result."""

    def run(*args: str, input: str | None = None):
        return runner.invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)

    return run


@pytest.fixture
def write(tmp_path):
    """Write a file under a temporary folder from dedented text (or bytes); returns its path."""

    def make(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
        return path

    return make


MINIMAL = """
    recorded_by: tester
    sources:
      - {id: prcs, name: Palestinian Red Crescent Society, kind: ngo}
      - {id: al-nems, name: Raed Al-Nems, kind: person, part_of: prcs, role: spokesman}
      - {id: anadolu, name: Anadolu Agency, kind: news-agency}
      - {id: cogat, name: COGAT, kind: military}
    documents:
      - id: art
        title: Article
        published: 2026-02-04
        text: "Al-Nems said the evacuation was cancelled. COGAT claimed the crossing remained open."
    claims:
      - id: cancelled
        statement: The evacuation was cancelled.
        said_by: al-nems
        via: [anadolu]
        document: art
        quote: the evacuation was cancelled
        cue: said
        said_on: 2026-02-04
      - id: open
        statement: The crossing remained open.
        said_by: cogat
        document: art
        quote: the crossing remained open
        cue: claimed
        said_on: 2026-02-04
    relations:
      - {kind: contradicts, from: open, to: cancelled, note: open crossing vs cancelled evacuation}
"""


@pytest.fixture
def minimal(write) -> Path:
    """A small valid dossier: two clashing claims from two origins."""
    return write("minimal.yaml", MINIMAL)
