"""Shared fixtures: the repository's paths, a CLI runner, a dossier writer, and one headless Chromium."""

from __future__ import annotations

import os
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


# The browser tests (test_brief_browser, test_brief_languages) share one Chromium: Playwright's
# sync API runs one instance per thread, so the fixture lives here, defined once.
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
CHROMIUM = Path(os.environ.get("CLAIMGRAPH_CHROMIUM", "/usr/bin/chromium"))
# Quiet, offline Chromium: no first-run work, no background traffic.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require(ready: bool, reason: str) -> None:
    """Skip locally, fail in CI, when a tool the test needs is missing."""
    if not ready:
        (pytest.fail if IN_CI else pytest.skip)(f"{reason} (run scripts/setup)")


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "playwright is not installed")
    require(CHROMIUM.exists(), f"no Chromium at {CHROMIUM}")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser):
    """Open a file at a width; returns the page and the console errors it logged."""
    contexts = []

    def open_(path: Path, width: int = 1280, **options):
        context = browser.new_context(viewport={"width": width, "height": 900}, **options)
        contexts.append(context)
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
        page.on(
            "request",
            lambda r: None if r.url.startswith(("file:", "data:", "about:")) else errors.append(f"request: {r.url}"),
        )
        page.goto(path.as_uri())
        return page, errors

    yield open_
    for context in contexts:
        context.close()
