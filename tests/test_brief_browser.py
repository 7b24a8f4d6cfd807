"""The brief in a real browser: headless Chromium, the Nu HTML Checker and axe-core.

Locally, a missing browser, Java or ``node_modules`` skips these tests with the
reason; in CI (``CI=true``) it fails them, since ``scripts/setup`` installs all three.
"""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from claimgraph.cli import cli
from claimgraph.io import read_ledger
from claimgraph.model import Claim, Ledger, Relation, Source
from claimgraph.render.brief import render_brief
from tests.conftest import FOUNDING, ROOT, require
from tests.test_brief import AMENDED, RETRACTED, founding_store, hostile_dossier

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WIDTHS = (1280, 390)


@pytest.fixture(scope="session")
def founding_file(founding_ledger, tmp_path_factory) -> Path:
    """The founding dossier's brief, written to a file."""
    require(FOUNDING.exists(), "the founding dossier is missing")
    path = tmp_path_factory.mktemp("brief") / "brief.html"
    path.write_text(render_brief(founding_ledger), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def ledger_file(tmp_path_factory) -> Path:
    """The brief of a store of the reviewed founding dossier: a claim amended, two retracted."""
    require(FOUNDING.exists(), "the founding dossier is missing")
    folder = tmp_path_factory.mktemp("ledger")
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)

    store = founding_store(invoke, folder)
    path = folder / "brief.html"
    result = invoke("brief", store, "-o", path)
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="session")
def al_ahli_file(tmp_path_factory) -> Path:
    """The al-Ahli dossier's brief: disputes with four and more positions, figures, relays not counted."""
    dossier = ROOT / "claims" / "al-ahli-2023.yaml"
    require(dossier.exists(), "the al-Ahli dossier is missing")
    path = tmp_path_factory.mktemp("al-ahli") / "brief.html"
    path.write_text(render_brief(read_ledger([dossier])), encoding="utf-8")
    return path


@pytest.fixture(params=["founding_file", "ledger_file", "al_ahli_file"])
def any_brief(request) -> Path:
    """Each brief under test in turn: the founding dossier's, the reviewed ledger's, al-Ahli's."""
    return request.getfixturevalue(request.param)


def run_axe(page) -> list[dict]:
    """axe-core's violations on the page (the script is injected past the page's CSP)."""
    require(AXE.exists(), "axe-core is not installed in node_modules")
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        "async () => (await axe.run(document)).violations.map("
        "v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target)}))"
    )


def test_founding_brief_opens_without_errors(open_page, founding_file):
    """Chromium shows every dispute section and its map, with no console error or request."""
    page, errors = open_page(founding_file)
    sections = page.locator("section.dispute")
    assert sections.count() >= 1
    for index in range(sections.count()):
        section = sections.nth(index)
        assert section.is_visible()
        svg = section.locator(".graph-block .graph-wide svg[role=img]")
        assert svg.is_visible() and not section.locator(".graph-block svg.graph-narrow").is_visible()
        box = svg.bounding_box()
        assert box["width"] > 300 and box["height"] > 100
    assert errors == []


def test_every_in_page_link_resolves(founding_ledger, open_page, founding_file, ledger_file):
    """Each #link has a target, and following #claim-ID scrolls that claim into view."""
    page, _errors = open_page(ledger_file)
    missing = page.evaluate("""() => [...document.querySelectorAll('a[href^="#"]')]
        .map(a => a.getAttribute('href').slice(1))
        .filter(id => !document.getElementById(id))""")
    assert missing == []
    page, _errors = open_page(founding_file)
    missing = page.evaluate("""() => [...document.querySelectorAll('a[href^="#"]')]
        .map(a => a.getAttribute('href').slice(1))
        .filter(id => !document.getElementById(id))""")
    assert missing == []
    anchors = page.evaluate("[...document.querySelectorAll('tr[id^=claim-]')].map(e => e.id)")
    assert len(anchors) == len(founding_ledger.claims)
    last = anchors[-1]
    page.goto(f"{founding_file.as_uri()}#{last}")
    assert page.evaluate(f"""() => {{ const r = document.getElementById('{last}')
        .getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }}""")
    card = page.locator("a.mark").first.get_attribute("href")
    page.goto(f"{founding_file.as_uri()}{card}")
    assert page.locator(card).is_visible()


@pytest.mark.parametrize("width", WIDTHS)
def test_screenshots_and_layout_at_each_width(open_page, founding_file, tmp_path, width):
    """Sides sit side by side at 1280 px and stack at 390 px; nothing overflows the page."""
    page, errors = open_page(founding_file, width)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    sides = page.locator("section.dispute").first.locator("section.side")
    first, second = sides.nth(0).bounding_box(), sides.nth(1).bounding_box()
    if width >= 1000:
        assert abs(first["y"] - second["y"]) < 2 and second["x"] > first["x"] + first["width"] - 1
    else:
        assert second["y"] >= first["y"] + first["height"]
    shot = tmp_path / f"brief-{width}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    assert errors == []


@pytest.mark.parametrize("width", WIDTHS)
def test_figure_charts_fit_and_show_their_numbers_as_text(open_page, al_ahli_file, width):
    """Each quantity's chart is an image with a title and a description, its numbers in a table; nothing overflows."""
    page, errors = open_page(al_ahli_file, width)
    assert errors == []
    charts = page.locator(".figure-chart svg[role=img]")
    assert charts.count() >= 2
    assert page.locator(".figure-chart svg title").count() >= charts.count()
    assert "471 killed" in page.locator("table.figures-table").first.inner_text()
    assert "100 to 300" in page.locator("table.figures-table").first.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    wider = page.evaluate(
        "[...document.querySelectorAll('body *')].filter(e => !e.closest('.graph-scroll, .table-scroll'))"
        ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.tagName + '.' + e.className)"
    )
    assert wider == []


@pytest.mark.parametrize("width", WIDTHS)
def test_many_positions_fit_at_each_width(open_page, al_ahli_file, width):
    """A dispute with four and more positions never overflows the page, at 1280 px or at 390 px."""
    page, errors = open_page(al_ahli_file, width)
    assert page.locator(".faceoff.many").count() >= 2
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert errors == []


def nu_errors(page_file: Path) -> list[dict[str, object]]:
    """The W3C Nu HTML Checker's errors on one page (skips the test when Java or the checker is missing)."""
    java = shutil.which("java")
    require(java is not None, "Java is not installed")
    require(VNU.exists(), "vnu-jar is not installed in node_modules")
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", str(page_file)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(result.stderr or result.stdout)
    return [m for m in report["messages"] if m["type"] in ("error", "non-document-error")]


def test_nu_html_checker_finds_no_error(any_brief):
    """The W3C Nu HTML Checker reports 0 errors on the founding brief and the ledger's."""
    errors = nu_errors(any_brief)
    assert errors == [], json.dumps(errors, indent=1)[:3000]


@pytest.mark.parametrize(("width", "scheme"), [(1280, "light"), (390, "light"), (1280, "dark"), (390, "dark")])
def test_axe_finds_no_violation(open_page, any_brief, width, scheme):
    """axe-core reports 0 accessibility violations, in light and dark, wide and narrow."""
    page, _errors = open_page(any_brief, width, color_scheme=scheme, bypass_csp=True)
    violations = run_axe(page)
    assert violations == [], json.dumps(violations, indent=1)[:3000]


@pytest.mark.parametrize("width", WIDTHS)
def test_verdicts_and_ledger_marks_are_visible(open_page, ledger_file, tmp_path, width):
    """Verdicts, the amended mark and the struck-through retracted claims show, in words."""
    page, errors = open_page(ledger_file, width)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    verdict = page.locator("#card-cogat-crossing-open .review")
    assert verdict.is_visible()
    assert "Misleading" in verdict.inner_text() and "2 on a scale of 1–5" in verdict.inner_text()
    assert page.locator(f"#card-{AMENDED} .status-label.amended").inner_text().lower() == "amended"
    for claim_id in RETRACTED:
        entry = page.locator(f"#retracted #claim-{claim_id}")
        assert entry.locator("del").is_visible()
        assert entry.locator(".status-label").inner_text().lower() == "retracted"
        # Struck through, and said so in text: the line alone would be lost on a screen reader.
        assert "line-through" in entry.locator("del").evaluate("e => getComputedStyle(e).textDecorationLine")
    page.locator("#retracted").scroll_into_view_if_needed()
    page.screenshot(path=str(tmp_path / f"ledger-brief-{width}.png"), full_page=True)
    assert errors == []


def test_hostile_text_runs_no_script(open_page, tmp_path):
    """Injected markup neither runs nor adds elements or attributes, even with the CSP lifted."""
    from claimgraph.io import read_ledger

    dossier = tmp_path / "hostile.yaml"
    dossier.write_text(yaml.safe_dump(hostile_dossier(), allow_unicode=True), encoding="utf-8")
    path = tmp_path / "hostile.html"
    path.write_text(
        render_brief(read_ledger([str(dossier)]), title="<script>window.__pwned='t'</script>"), encoding="utf-8"
    )
    # Without the policy, only escaping stands between the text and the page: test that.
    page, errors = open_page(path, bypass_csp=True)
    page.mouse.move(10, 10)
    for link in page.locator("a[href^=http]").all():
        link.hover()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.scripts.length") == 0
    assert page.locator("img, iframe, object, embed").count() == 0
    handlers = page.evaluate("""() => [...document.querySelectorAll('*')].flatMap(e =>
        [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))""")
    assert handlers == []
    hrefs = page.evaluate("[...document.querySelectorAll('[href]')].map(e => e.getAttribute('href'))")
    assert all(h.startswith(("#", "https://", "http://")) for h in hrefs), hrefs
    assert "<script>window.__pwned" in page.locator("h1").inner_text()
    assert errors == []


def test_collapsed_sections_print_in_full(open_page, tmp_path):
    """A large brief starts with its appendix collapsed, and prints it expanded."""
    sources = [Source(id="s", name="S"), Source(id="t", name="T")]
    claims = [Claim(id=f"c{i}", statement=f"Claim {i}", said_by="s" if i % 2 else "t") for i in range(200)]
    relations = [Relation(kind="contradicts", source="c0", target="c1", note="n")]
    path = tmp_path / "large.html"
    path.write_text(render_brief(Ledger(sources=sources, claims=claims, relations=relations)), encoding="utf-8")
    page, errors = open_page(path)
    row = page.locator("#claim-c199")
    assert not row.is_visible()
    page.emulate_media(media="print")
    assert row.is_visible()
    assert errors == []


def _twin_disputes() -> Ledger:
    # Two disputes whose derived questions read the same ("What is true about crossing?"),
    # and whose sides both read "Side A: 1 claim": only the dispute tells their landmarks apart.
    sources = [Source(id="s", name="S"), Source(id="t", name="T")]
    claims = [
        Claim(id=c, statement=f"Statement {c}.", said_by="s" if c.endswith("1") else "t", topics=["crossing"])
        for c in ("a1", "a2", "b1", "b2")
    ]
    relations = [Relation("contradicts", "a2", "a1"), Relation("contradicts", "b2", "b1")]
    return Ledger(sources=sources, claims=claims, relations=relations)


@pytest.mark.parametrize(("width", "scheme"), [(1280, "light"), (390, "dark")])
def test_side_landmarks_are_unique_when_questions_repeat(open_page, tmp_path, width, scheme):
    """Two disputes with the same wording still give every side landmark its own name (axe landmark-unique)."""
    path = tmp_path / "twins.html"
    path.write_text(render_brief(_twin_disputes()), encoding="utf-8")
    page, errors = open_page(path, width, color_scheme=scheme, bypass_csp=True)
    questions = page.locator(".dispute h2").all_inner_texts()
    assert len(questions) == 2 and questions[0] == questions[1]
    assert page.locator("section.side").count() == 4
    assert run_axe(page) == []
    assert errors == []


# The map's text, measured where Chromium drew it: each label's lines (tspans) or its one <text>,
# the badges and the headings, with their font size as drawn (CSS px times the drawing's scale).
_MAP_TEXT = """svg => {
  const box = svg.getBoundingClientRect(), scale = box.width / svg.viewBox.baseVal.width;
  const texts = [...svg.querySelectorAll('text')].flatMap(t => t.querySelector('tspan') ? [...t.children] : [t]);
  const out = texts.map(t => { const r = t.getBoundingClientRect();
    return {text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale, h: r.height,
            inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5
              && r.bottom <= box.bottom + 0.5 && r.right <= innerWidth}; });
  // Two claims' labels never overlap: each label's whole box against every other's.
  const labels = [...svg.querySelectorAll('text.label')].map(t => t.getBoundingClientRect());
  const overlaps = labels.filter((a, i) => labels.some((b, j) => j > i && a.top < b.bottom - 1
    && b.top < a.bottom - 1 && a.left < b.right - 1 && b.left < a.right - 1)).length;
  const shapes = [...svg.querySelectorAll('path.edge, rect')].filter(e => { const r = e.getBoundingClientRect();
    return r.left < box.left - 1 || r.right > box.right + 1; }).length;
  return {texts: out, overlaps, shapes, width: box.width};
}"""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("brief", ["founding_file", "al_ahli_file"])
def test_the_map_is_laid_out_for_the_screen_with_readable_text(request, open_page, brief, width):
    """At 390 px each map is drawn again, positions stacked, labels wrapped, text 12 px or more; nothing overflows."""
    page, errors = open_page(request.getfixturevalue(brief), width)
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    maps = page.locator(".graph-block")
    assert maps.count() >= 1
    for index in range(maps.count()):
        block = maps.nth(index)
        wide, narrow = block.locator(".graph-wide svg"), block.locator("svg.graph-narrow")
        assert wide.is_visible() == (width >= 1000) and narrow.is_visible() == (width < 1000)
        shown = narrow if width < 1000 else wide
        assert shown.get_attribute("role") == "img"
        labelled = shown.get_attribute("aria-labelledby").split()
        assert all(page.locator(f"#{i}").count() == 1 for i in labelled)
        drawn = shown.evaluate(_MAP_TEXT)
        assert drawn["texts"] and drawn["width"] <= width
        small = [
            (t["text"], round(t["px"], 1), round(t["h"], 1)) for t in drawn["texts"] if t["px"] < 12 or t["h"] < 12
        ]
        assert small == []
        assert [t["text"] for t in drawn["texts"] if not t["inside"]] == []
        assert drawn["overlaps"] == 0 and drawn["shapes"] == 0
    if width < 1000:
        # The narrow map stacks the positions: every heading sits below the one before, at the same x.
        headings = page.locator(".graph-block svg.graph-narrow").first.locator("text.column")
        boxes = [headings.nth(i).bounding_box() for i in range(headings.count())]
        assert len(boxes) >= 2
        assert all(b["y"] > a["y"] and abs(b["x"] - a["x"]) < 1 for a, b in itertools.pairwise(boxes))
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_five_and_more_positions_each_get_their_own_colour_and_letter(open_page, al_ahli_file, scheme):
    """Eight positions get eight accent colours, and their letters on every card, badge and heading."""
    page, errors = open_page(al_ahli_file, 1280, color_scheme=scheme)
    cards = page.locator("#dispute-cause .faceoff .stance-card")
    assert cards.count() >= 5
    colours = [c.evaluate("e => getComputedStyle(e).borderTopColor") for c in cards.all()]
    assert len(set(colours)) == len(colours)
    letters = [c.locator(".side-badge").inner_text() for c in cards.all()]
    assert letters == [chr(ord("A") + i) for i in range(len(letters))]
    badges = page.locator("#dispute-cause .graph-wide g.node")
    fills = {}
    for badge in badges.all():
        mark = badge.locator("text.badge").text_content()
        fills.setdefault(mark[0], set()).add(badge.locator("rect").evaluate("e => getComputedStyle(e).fill"))
    assert set(fills) == set(letters) and all(len(f) == 1 for f in fills.values())
    assert len({next(iter(f)) for f in fills.values()}) == len(letters)
    headings = page.locator("#dispute-cause .graph-wide text.column").all_text_contents()
    assert headings == [f"Side {letter}" for letter in letters]
    assert errors == []
