"""The HTML contradiction brief: its data, its rendering, its safety and its determinism."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from claimgraph.errors import UnknownDispute
from claimgraph.model import Claim, Document, Ledger, Period, Relation, Review, Source
from claimgraph.render import templates as template_lookup
from claimgraph.render.brief import brief_data, render_brief
from claimgraph.render.brief.claims import side_class
from claimgraph.render.brief.map import dispute_map, layout_graph
from claimgraph.render.brief.wording import http_url
from claimgraph.render.templates import date_text, iso_day
from tests.conftest import FOUNDING, ROOT

pytestmark = pytest.mark.skipif(not FOUNDING.exists(), reason="the founding dossier is missing")

# Text meant to break out of HTML text, attributes, URLs and CSS, in every field a brief shows.
HOSTILE = {
    "name": '<script>window.__pwned = "name"</script>Evil Org',
    "role": '"><img src=x onerror="window.__pwned=\'role\'">',
    "statement": "<img src=x onerror=window.__pwned='statement'> The crossing was open.",
    "quote": "</blockquote><script>window.__pwned='quote'</script>",
    "cue": "<b onmouseover=window.__pwned='cue'>claimed</b>",
    "note": "javascript:alert(1) <svg onload=window.__pwned='note'></svg> & </style>",
    "title": "</title><script>window.__pwned='title'</script>",
    "url": "https://example.org/story\"onmouseover=\"window.__pwned='url'",
    "question": "<iframe src=javascript:window.__pwned='question'></iframe>?",
    "rating": "<script>window.__pwned='rating'</script>False",
    "rationale": "<a href=javascript:window.__pwned='rationale'>proof</a>",
}


def hostile_dossier() -> dict:
    """A dossier whose every shown text is an injection attempt."""
    return {
        "recorded_by": '<script>window.__pwned="recorder"</script>',
        "sources": [
            {"id": "evil", "name": HOSTILE["name"], "kind": "ngo"},
            {
                "id": "evil-speaker",
                "name": "Mx <u>Speaker</u>",
                "kind": "person",
                "part_of": "evil",
                "role": HOSTILE["role"],
            },
            {"id": "relay", "name": "Relay \" ' <Agency>", "kind": "news-agency"},
            {"id": "other", "name": "Other & Sons", "kind": "government"},
        ],
        "documents": [
            {
                "id": "doc",
                "title": HOSTILE["title"],
                "published": "2026-02-04",
                "url": HOSTILE["url"],
                "text": f"{HOSTILE['quote']} and the crossing remained closed",
            }
        ],
        "claims": [
            {
                "id": "open",
                "statement": HOSTILE["statement"],
                "said_by": "evil-speaker",
                "via": ["relay"],
                "document": "doc",
                "quote": HOSTILE["quote"],
                "cue": HOSTILE["cue"],
                "said_on": "2026-02-04",
                "topics": ["crossing"],
            },
            {
                "id": "closed",
                "statement": "The crossing remained closed.",
                "said_by": "other",
                "document": "doc",
                "quote": "the crossing remained closed",
                "cue": "said",
                "said_on": "2026-02-04",
            },
        ],
        "relations": [{"kind": "contradicts", "from": "open", "to": "closed", "note": HOSTILE["note"]}],
        "questions": [{"id": "crossing", "text": HOSTILE["question"], "claims": ["open"]}],
        "reviews": [
            {
                "id": "verdict",
                "claim": "open",
                "rating": HOSTILE["rating"],
                "rating_value": 1,
                "worst_rating": 1,
                "best_rating": 3,
                "reviewer": "evil",
                "date": "2026-02-05",
                "rationale": HOSTILE["rationale"],
                "url": HOSTILE["url"],
                "note": HOSTILE["note"],
            }
        ],
    }


# A test-only addition to the founding dossier (which records no verdicts): a fact-checker
# and its reviews of one claim on each side of the founding dispute.
FOUNDING_REVIEWS = """\
recorded_by: brief-tests
sources:
  - {id: check-desk, name: Check Desk, kind: ngo}
reviews:
  - id: cogat-open-review
    claim: cogat-crossing-open
    rating: Misleading
    rating_value: 2
    worst_rating: 1
    best_rating: 5
    reviewer: check-desk
    date: 2026-02-06
    url: https://check-desk.example/rafah-crossing
    rationale: The crossing opened for returnees only; no patient left that day.
  - id: prcs-cancelled-review
    claim: prcs-evacuation-cancelled
    rating: Accurate
    reviewer: check-desk
    date: 2026-02-07
"""
#: Changed in the second recording of the founding store: a claim in the founding dispute.
AMENDED = "al-nems-patients-ready"
#: Dropped from the second recording: one claim in the dispute (side B), one outside any.
RETRACTED = ("anadolu-wed-departures", "hamas-urges-mediators")


def founding_with_reviews(folder: Path) -> list[Path]:
    """The founding dossier plus the test-only dossier of reviews, written into ``folder``."""
    reviews = folder / "founding-reviews.yaml"
    reviews.write_text(FOUNDING_REVIEWS, encoding="utf-8")
    return [FOUNDING, reviews]


def founding_store(invoke: Callable, folder: Path) -> Path:
    """A ledger store of the reviewed founding dossier, recorded twice through the CLI.

    The second recording is a copy of the dossier with :data:`AMENDED` reworded and
    :data:`RETRACTED` removed (with their relations), recorded with ``--retract-missing``.
    """
    store = folder / "rafah.db"
    dossiers = founding_with_reviews(folder)
    for args in (("ledger", "init", store), ("record", *dossiers, "--ledger", store, "--author", "first-desk")):
        result = invoke(*args)
        assert result.exit_code == 0, result.output
    dossier = yaml.safe_load(FOUNDING.read_text(encoding="utf-8"))
    for claim in dossier["claims"]:
        if claim["id"] == AMENDED:
            claim["statement"] = "Patients were ready and waiting at the crossing (corrected)."
    dossier["claims"] = [c for c in dossier["claims"] if c["id"] not in RETRACTED]
    kept = [r for r in dossier["relations"] if not {r["from"], r["to"]} & set(RETRACTED)]
    withdrawn = len(RETRACTED) + len(dossier["relations"]) - len(kept)  # claims and their relations
    dossier["relations"] = kept
    for question in dossier.get("questions", []):
        question["claims"] = [c for c in question.get("claims", []) if c not in RETRACTED]
    copy = folder / "copy" / FOUNDING.name
    copy.parent.mkdir()
    copy.write_text(yaml.safe_dump(dossier, allow_unicode=True, sort_keys=False), encoding="utf-8")
    shutil.copy(FOUNDING.with_suffix(".txt"), copy.parent)  # the article the dossier names
    result = invoke("record", copy, dossiers[1], "--ledger", store, "--author", "second-desk", "--retract-missing")
    assert result.exit_code == 0, result.output
    assert f"0 added, 1 amended, {withdrawn} retracted" in result.output
    return store


class _Page(HTMLParser):
    """Collects every tag, attribute and piece of text of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend((tag, name, value) for name, value in attrs)

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> _Page:
    """The page's tags, attributes and text."""
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def assert_inert(page: str) -> _Page:
    """No script, no event handler, no link but to an anchor or an http(s) address."""
    parsed = parse(page)
    assert "script" not in parsed.tags
    assert not {"img", "iframe", "object", "embed", "b", "u"} & set(parsed.tags)
    assert [a for a in parsed.attributes if a[1].startswith("on")] == []
    for tag, name, value in parsed.attributes:
        if name in ("href", "src", "action", "xlink:href"):
            assert value.startswith(("#", "https://", "http://")), (tag, name, value)
    return parsed


@pytest.fixture(scope="module")
def founding(founding_ledger):
    """The founding dossier as a ledger."""
    return founding_ledger


@pytest.fixture(scope="module")
def founding_page(founding) -> str:
    """The founding dossier's brief."""
    return render_brief(founding)


@pytest.fixture
def hostile(write):
    """Path of a dossier full of injection attempts."""
    return write("hostile.yaml", yaml.safe_dump(hostile_dossier(), allow_unicode=True))


# ------------------------------------------------------------------ data


def test_header_counts_cover_the_whole_ledger(founding):
    """The header counts claims, sources, origins, disputes and open candidates of the ledger."""
    data = brief_data(founding)
    counts = {c.label: c.value for c in data.counts}
    tally = founding.counts()
    assert counts["claims"] == tally["claims"] == len(data.claims)
    assert counts["sources"] == tally["sources"]
    assert counts["origins"] == tally["origins"]
    assert counts["disputes"] == len(data.disputes) >= 1
    assert counts["open candidates"] == len(data.candidates)
    assert [d.id for d in data.documents] == [d.id for d in founding.documents]


def test_relay_chain_runs_from_speaker_through_relays_to_document(founding):
    """Al-Nems's claims run speaker → Anadolu Agency → the article, with his role shown."""
    claim = {c.id: c for c in brief_data(founding).claims}["al-nems-who-informed"]
    document = founding.document("rafah-article")
    assert claim.chain[:2] == ("Raed Al-Nems", "Anadolu Agency")
    assert document.title.startswith(claim.chain[2].rstrip("…"))
    assert "spokesman" in claim.speaker_detail
    assert set(claim.voices) == {"Anadolu Agency", "Raed Al-Nems"}
    assert claim.origins == ("Palestinian Red Crescent Society",)


def test_nested_attribution_keeps_every_relay(founding):
    """The WHO's notice, reported by Al-Nems to Anadolu, shows both relays in order."""
    claim = {c.id: c for c in brief_data(founding).claims}["who-notice-cancelled"]
    assert claim.chain[:3] == ("World Health Organization", "Raed Al-Nems", "Anadolu Agency")


def test_sides_count_origins_not_relays(founding):
    """Each side's backing line counts independent origins and voices separately."""
    dispute = brief_data(founding).disputes[0]
    assert len(dispute.sides) == 2
    for side in dispute.sides:
        assert len(side.origins) <= len(side.voices)
        assert f"{len(side.origins)} independent origin" in side.backing
        assert f"{len(side.voices)} voice" in side.backing
        assert all(claim.mark.startswith(side.label) for claim in side.claims)


def test_every_claim_has_an_anchor_and_dispute_claims_a_card(founding):
    """Appendix anchors are claim-ID; a claim on a side links to its card."""
    data = brief_data(founding)
    on_sides = {c.id for d in data.disputes for s in d.sides for c in s.claims}
    assert on_sides and len(data.claims) > len(on_sides)
    for claim in data.claims:
        assert claim.anchor == f"claim-{claim.id}"
        assert (claim.card is not None) == (claim.id in on_sides)
        assert claim.href == (f"#card-{claim.id}" if claim.card else f"#claim-{claim.id}")


def test_contradictions_put_side_a_first_and_keep_their_notes(founding):
    """A clash is listed with its side A claim first and the analyst's note."""
    dispute = brief_data(founding).disputes[0]
    assert dispute.clashes
    for clash in dispute.clashes:
        assert clash.source.css <= clash.target.css
        assert clash.note
    assert len(dispute.clashes) == sum(r.kind == "contradicts" for r in founding.relations)


def test_timeline_is_in_date_order_with_undated_last(founding):
    """The dispute's timeline lists every claim of the dispute, dated ones first."""
    dispute = brief_data(founding).disputes[0]
    sided = sorted(c.id for s in dispute.sides for c in s.claims)
    assert sorted(e.claim.id for e in dispute.timeline) == sided
    dated = [e.date is not None for e in dispute.timeline]
    assert dated == sorted(dated, reverse=True)


def test_audit_findings_reach_the_cards_and_the_findings_table(founding):
    """Claim findings become caveats on the card; all findings are listed with links."""
    data = brief_data(founding)
    own_voice = {c.id: c for c in data.claims}["article-lede-cancelled"]
    assert "the document asserts it in its own voice" in own_voice.caveats
    assert data.findings
    for finding in data.findings:
        if finding.subject.startswith("claim "):
            assert finding.href == f"#claim-{finding.subject.split()[1]}"


def test_loaded_cue_is_flagged(founding):
    """COGAT 'claimed': the cue is marked as a verb that casts doubt."""
    claim = {c.id: c for c in brief_data(founding).claims}["cogat-crossing-open"]
    assert claim.cue == "claimed" and claim.loaded_cue


def test_unknown_dispute_is_refused_with_the_known_ids(founding):
    """--dispute with an unknown id names the disputes there are."""
    with pytest.raises(UnknownDispute, match="evacuation-cancelled"):
        brief_data(founding, dispute="no-such-dispute")


def test_topic_filter_keeps_only_disputes_about_it(founding):
    """A topic no dispute carries leaves none; one it carries keeps it and says so."""
    assert brief_data(founding, topic="political-settlement").disputes == ()
    kept = brief_data(founding, topic="medical-evacuation")
    assert kept.disputes and "medical-evacuation" in kept.scope


def test_dates_stay_typed_until_the_template_formats_them(founding):
    """Records carry Period and date objects; the date filters write them as text and ISO days."""
    data = brief_data(founding)
    dated = [c for c in data.claims if c.said_on is not None]
    assert dated and all(isinstance(c.said_on, Period) for c in dated)
    assert all(d.published is None or isinstance(d.published, dt.date) for d in data.documents)
    assert [e for e in data.disputes[0].timeline if e.date is not None]
    day, days = Period(dt.date(2026, 2, 4), dt.date(2026, 2, 4)), Period(dt.date(2026, 2, 4), dt.date(2026, 2, 6))
    assert (date_text(day), iso_day(day)) == ("4 Feb 2026", "2026-02-04")
    assert (date_text(days), iso_day(days)) == ("4 Feb 2026 – 6 Feb 2026", None)
    assert (date_text(dt.date(2026, 12, 1)), iso_day(dt.date(2026, 12, 1))) == ("1 Dec 2026", "2026-12-01")
    assert iso_day(None) is None


def test_timeline_names_the_publication_day_only_when_it_differs():
    """A claim said on the day its document appeared shows no separate publication date; others do."""
    ledger = Ledger(
        sources=[Source(id="s", name="S", kind="ngo")],
        documents=[Document(id="d", title="D", published="2026-02-04")],
        claims=[
            Claim(id="same", statement="a", said_by="s", document="d", said_on="2026-02-04"),
            Claim(id="before", statement="b", said_by="s", document="d", said_on="2026-02-03"),
            Claim(id="span", statement="c", said_by="s", document="d", said_on="2026-02-04/2026-02-05"),
            Claim(id="undated", statement="d", said_by="s", document="d"),
        ],
        relations=[
            Relation(kind="contradicts", source="same", target=other) for other in ("before", "span", "undated")
        ],
    )
    (dispute,) = brief_data(ledger).disputes
    published = {e.claim.id: e.published for e in dispute.timeline}
    assert [e.claim.id for e in dispute.timeline] == ["before", "same", "span", "undated"]
    assert published == {
        "before": dt.date(2026, 2, 4),
        "same": None,
        "span": dt.date(2026, 2, 4),
        "undated": dt.date(2026, 2, 4),
    }
    page = render_brief(ledger)
    assert page.count("(published 4 Feb 2026)") == 3
    assert '<span class="date">4 Feb 2026 – 5 Feb 2026</span>' in page


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,<script>",
        "file:///etc/passwd",
        "//example.org",
        "https://exa mple.org",
        "https://example.org/\nx",
        "http:/nohost",
        "",
        None,
        " https://example.org",
        "vbscript:msgbox",
        "JAVASCRIPT:alert(1)",
    ],
)
def test_http_url_refuses_everything_but_http(url):
    """Only absolute http(s) addresses without white space may become links."""
    assert http_url(url) is None


def test_http_url_keeps_web_addresses():
    """http and https addresses pass unchanged."""
    for url in ("https://example.org/a?b=c#d", "http://example.org"):
        assert http_url(url) == url


# ------------------------------------------------------------------ the map


def _sides(count: int) -> list:
    half = count // 2
    return [
        ("Side A", [(f"a{i}", f"A{i + 1}", f"Claim a{i} " * 6) for i in range(half)]),
        ("Side B", [(f"b{i}", f"B{i + 1}", f"Claim b{i}") for i in range(count - half)]),
    ]


def test_map_of_fifty_claims_is_legible():
    """At 50 claims every badge has its own row, labels are short, nothing leaves the canvas."""
    relations = [("contradicts", f"a{i}", f"b{(i * 7) % 25}", False, False, "") for i in range(25)] + [
        ("supports", f"a{i}", f"a{i + 1}", True, False, "n") for i in range(24)
    ]
    picture = layout_graph("g", _sides(50), relations, title="t", desc="d")
    assert len(picture.nodes) == 50 and len(picture.edges) == 49
    for column in {n.x for n in picture.nodes}:
        rows = sorted(n.y for n in picture.nodes if n.x == column)
        assert all(b - a >= 24 for a, b in itertools.pairwise(rows))
    for node in picture.nodes:
        assert len(node.label) <= 44
        assert node.box_x >= 0 and node.box_x + picture.badge_width <= picture.width
        assert node.box_y >= 0 and node.box_y + picture.badge_height <= picture.height
    assert picture.width <= 1000
    assert "candidate" in {css for css, _ in picture.legend}


def test_map_orders_the_second_column_next_to_its_partners():
    """A claim in the second column sits by the claim it contradicts (barycentre order)."""
    sides = [("A", [("x", "A1", "x"), ("y", "A2", "y")]), ("B", [("p", "B1", "p"), ("q", "B2", "q")])]
    picture = layout_graph(
        "g",
        sides,
        [("contradicts", "x", "q", False, False, ""), ("contradicts", "y", "p", False, False, "")],
        title="t",
        desc="d",
    )
    y = {n.claim: n.y for n in picture.nodes}
    assert y["q"] == y["x"] and y["p"] == y["y"]


def test_map_is_the_same_every_time():
    """The same input gives the same picture, coordinates included."""
    relations = [("contradicts", "a0", "b1", False, False, ""), ("supports", "a1", "a0", False, True, "")]
    assert layout_graph("g", _sides(6), relations, title="t", desc="d") == layout_graph(
        "g", _sides(6), relations, title="t", desc="d"
    )


def test_map_has_a_narrow_layout_with_the_sides_stacked():
    """The phone's map: one column of badges, side after side, labels wrapped to 3 lines, arcs inside the drawing."""
    relations = [("contradicts", "a0", "b2", False, False, ""), ("supports", "a1", "a2", False, False, "")]
    narrow = layout_graph("g", _sides(8), relations, title="t", desc="d").narrow
    assert narrow.width == 360 and len(narrow.nodes) == 8 and len({n.x for n in narrow.nodes}) == 1
    order = [n.claim for n in narrow.nodes]
    assert order[:4] == [f"a{i}" for i in range(4)] and order[4] == "b2"  # b2 beside a0, which it contradicts
    assert sorted(order[4:]) == [f"b{i}" for i in range(4)]
    ys = [n.y for n in narrow.nodes]
    assert ys == sorted(ys) and narrow.columns[1].y > ys[3] and narrow.columns[1].y < ys[4]
    for node in narrow.nodes:
        assert 1 <= len(node.lines) <= 3 and all(len(line) <= 34 for line in node.lines)
        assert node.box_x >= 0 and node.text_y + (len(node.lines) - 1) * 16 + 4 <= narrow.height
    assert len(narrow.nodes[0].lines) == 2  # "Claim a0 " six times: 54 characters, two lines
    long = [("Side A", [("x", "A1", "The statement goes on " * 10)]), ("Side B", [("y", "B1", "Short")])]
    (lines, short) = (n.lines for n in layout_graph("g", long, [], title="t", desc="d").narrow.nodes)
    assert len(lines) == 3 and lines[-1].endswith("…") and short == ("Short",)
    for edge in narrow.edges:
        xs = [int(v) for v in re.findall(r"-?\d+", edge.path)[::2]]
        assert min(xs) >= 0 and max(xs) <= narrow.nodes[0].box_x


def test_positions_past_the_palette_take_its_colours_in_turn():
    """Ten positions: stacked at full width too, the colours come round again, each column keeps its letter."""
    sides = [(f"Side {chr(65 + i)}", [(f"c{i}", f"{chr(65 + i)}1", f"Claim {i}")]) for i in range(10)]
    picture = layout_graph("g", sides, [("contradicts", "c0", "c9", False, False, "")], title="t", desc="d")
    assert [c.css for c in picture.columns] == [f"side-{i % 8}" for i in range(10)]
    assert [c.label for c in picture.columns] == [f"Side {chr(65 + i)}" for i in range(10)]
    assert picture.width == 920 and len({n.x for n in picture.nodes}) == 1
    assert (side_class(None), side_class(7), side_class(8)) == ("side-none", "side-7", "side-0")


def test_dispute_map_says_what_it_draws():
    """The map's description counts claims per side, contradictions and supports."""
    sides = [("A", [("x", "A1", "x"), ("y", "A2", "y")]), ("B", [("p", "B1", "p")])]
    relations = [("contradicts", "x", "p", False, False, ""), ("supports", "y", "x", False, False, "")]
    picture = dispute_map("d1", "Is it open?", sides, relations)
    assert picture.id == "graph-d1" and picture.title == "Map of the dispute: Is it open?"
    assert [c.label for c in picture.columns] == ["Side A", "Side B"]
    assert picture.desc.startswith("3 claims drawn as badges in 2 columns, one per side (side A: 2, side B: 1); ")
    assert "1 contradiction drawn as red lines" in picture.desc and "1 support as arrows" in picture.desc


def test_map_is_labelled_for_screen_readers(founding_page):
    """Each map is an img with a title and a description it points to."""
    parsed = parse(founding_page)
    svg_attrs = [(n, v) for t, n, v in parsed.attributes if t == "svg"]
    assert ("role", "img") in svg_attrs
    labelled = dict(svg_attrs)["aria-labelledby"].split()
    ids = {v for _t, n, v in parsed.attributes if n == "id"}
    assert all(i in ids for i in labelled)
    assert "title" in parsed.tags and "desc" in parsed.tags


# ------------------------------------------------------------------ rendering


def test_brief_command_writes_the_founding_brief(founding_ledger, invoke, tmp_path):
    """`claimgraph brief` writes one page with every dispute, the map and every claim anchor."""
    out = tmp_path / "brief.html"
    result = invoke("brief", FOUNDING, "-o", out)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    data = brief_data(founding_ledger)
    assert data.disputes and data.claims
    for dispute in data.disputes:
        assert f'id="{dispute.anchor}"' in page
    for claim in data.claims:
        assert f'id="claim-{claim.id}"' in page
    assert "<svg" in page and "<blockquote" in page
    assert_inert(page)


def test_page_is_self_contained(founding_page):
    """No external resource: no src, no stylesheet link, and a policy that forbids any."""
    parsed = parse(founding_page)
    assert not [a for a in parsed.attributes if a[1] == "src"]
    assert "link" not in parsed.tags
    policy = dict(
        (n, v) for t, n, v in parsed.attributes if t == "meta" and n == "content" and v and "default-src" in v
    )
    assert policy and "default-src 'none'" in policy["content"]
    assert "script-src" not in policy["content"]


def test_brief_is_byte_identical_across_runs_and_hash_seeds(tmp_path):
    """Two processes with different hash seeds write the same bytes."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"brief-{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "claimgraph", "brief", str(FOUNDING), "-o", str(out)],
            check=True,
            cwd=ROOT,
            env=env,
            capture_output=True,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_title_option_sets_the_page_title(invoke, tmp_path):
    """--title sets the <title> and the heading, escaped."""
    out = tmp_path / "b.html"
    result = invoke("brief", FOUNDING, "-o", out, "--title", "Rafah <b>brief</b>")
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<title>Rafah &lt;b&gt;brief&lt;/b&gt;</title>" in page


def test_dispute_option_shows_one_dispute(invoke):
    """--dispute ID keeps that dispute only; an unknown id fails and lists the ids."""
    result = invoke("brief", FOUNDING, "--dispute", "evacuation-cancelled")
    assert result.exit_code == 0, result.output
    assert 'id="dispute-evacuation-cancelled"' in result.output
    assert "Only the dispute" in result.output
    result = invoke("brief", FOUNDING, "--dispute", "nope")
    assert result.exit_code == 1
    assert "no dispute 'nope'" in result.output and "evacuation-cancelled" in result.output


def test_topic_option_with_no_dispute_says_so(invoke):
    """A topic no dispute carries gives a page that says there are none in this scope."""
    result = invoke("brief", FOUNDING, "--topic", "political-settlement")
    assert result.exit_code == 0, result.output
    assert "No disputes in this scope" in result.output
    assert 'id="claim-guterres-sustainable-solution"' in result.output


def test_ledger_without_relations_renders_an_empty_brief(invoke, minimal, write):
    """A dossier with no contradicts relation still gives a valid brief that says so."""
    text = minimal.read_text(encoding="utf-8").split("relations:")[0]
    path = write("calm.yaml", text)
    result = invoke("brief", path)
    assert result.exit_code == 0, result.output
    assert "No disputes" in result.output
    assert 'id="claim-open"' in result.output


def test_unbalanced_dispute_is_reported_not_hidden():
    """Three claims that all contradict each other cannot split in two: the page says so."""
    sources = [Source(id=s, name=s.upper(), kind="ngo") for s in ("x", "y", "z")]
    claims = [Claim(id=f"c{s}", statement=f"{s} is right", said_by=s) for s in ("x", "y", "z")]
    relations = [
        Relation(kind="contradicts", source=a, target=b, note=f"{a} vs {b}")
        for a, b in (("cx", "cy"), ("cy", "cz"), ("cx", "cz"))
    ]
    ledger = Ledger(sources=sources, claims=claims, relations=relations)
    dispute = brief_data(ledger).disputes[0]
    assert not dispute.balanced and dispute.frustrated
    page = render_brief(ledger)
    assert "do not split cleanly into sides" in page
    assert "breaks the split" in page


def test_user_templates_override_shipped_ones_by_name(invoke, write, tmp_path):
    """--templates DIR: a partial there replaces the shipped one; the rest still ship."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "_claim.html").write_text(
        '<article class="my-claim" id="{{ claim.card }}">{{ claim.statement }}</article>\n', encoding="utf-8"
    )
    result = invoke("brief", FOUNDING, "--templates", folder)
    assert result.exit_code == 0, result.output
    assert 'class="my-claim"' in result.output
    assert "<blockquote" not in result.output.split('id="candidates"')[0]


def test_broken_user_template_fails_with_its_name_and_line(invoke, tmp_path):
    """A syntax error in an override names the template and line; nothing is written."""
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "_claim.html").write_text("<p>\n{% if %}</p>\n", encoding="utf-8")
    out = tmp_path / "b.html"
    result = invoke("brief", FOUNDING, "--templates", folder, "-o", out)
    assert result.exit_code == 1
    assert "_claim.html" in result.output and "line 2" in result.output
    assert not out.exists()


def test_templates_option_must_be_a_folder(invoke, tmp_path):
    """--templates naming a missing folder fails with a clear message."""
    result = invoke("brief", FOUNDING, "--templates", tmp_path / "nowhere")
    assert result.exit_code == 1
    assert "not a folder of templates" in result.output


def test_template_lookup_prefers_the_packaged_copy(tmp_path, monkeypatch):
    """An installed wheel's claimgraph/templates wins; a checkout falls back to templates/."""
    assert template_lookup.template_dir() == ROOT / "templates"
    package = tmp_path / "site" / "claimgraph"
    (package / "templates").mkdir(parents=True)
    (package / "templates" / "brief.html").write_text("x", encoding="utf-8")
    monkeypatch.setattr(template_lookup, "_PACKAGE", package)
    assert template_lookup.template_dir() == package / "templates"
    monkeypatch.setattr(template_lookup, "_PACKAGE", tmp_path / "empty" / "claimgraph")
    with pytest.raises(FileNotFoundError, match="reinstall"):
        template_lookup.template_dir()


def test_templates_ship_in_the_wheel():
    """pyproject force-includes templates/ as claimgraph/templates, with every partial."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert include["templates"] == "claimgraph/templates"
    names = {p.name for p in (ROOT / "templates").iterdir()}
    for name in (
        "brief.html",
        "_header.html",
        "_dispute.html",
        "_side.html",
        "_claim.html",
        "_graph.html",
        "_matrix.html",
        "_findings.html",
        "_appendix.html",
        "_style.css",
    ):
        assert name in names


def test_templates_never_mark_text_safe():
    """No template turns autoescaping off for any value."""
    for path in (ROOT / "templates").iterdir():
        text = path.read_text(encoding="utf-8")
        assert "|safe" not in text.replace(" ", "") and "autoescape false" not in text


# ------------------------------------------------------------------ hostile text


def test_hostile_text_is_rendered_inert(invoke, hostile, tmp_path):
    """Scripts, handlers and javascript: URLs in every field come out as plain text."""
    out = tmp_path / "hostile.html"
    result = invoke("brief", hostile, "-o", out)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    parsed = assert_inert(page)
    text = "".join(parsed.text)
    for key in ("name", "statement", "quote", "note", "question", "rating", "rationale"):
        assert HOSTILE[key] in text, key
    hrefs = [v for t, n, v in parsed.attributes if n == "href" and v.startswith("http")]
    assert hrefs and all(h == HOSTILE["url"] for h in hrefs)  # escaped inside the attribute
    assert "&#34;onmouseover=&#34;" in page


def test_hostile_title_option_is_escaped(invoke, hostile):
    """--title with markup becomes text."""
    result = invoke("brief", hostile, "--title", HOSTILE["title"])
    assert result.exit_code == 0, result.output
    assert_inert(result.output)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    # any text the text policy (claimgraph.model.fields) allows
    statement=st.text(
        st.characters(
            blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff", whitelist_characters="\t\n"
        ),
        min_size=1,
        max_size=80,
    ).filter(str.strip),
    name=st.text(
        st.characters(
            blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff", whitelist_characters="\t\n"
        ),
        min_size=1,
        max_size=40,
    ).filter(str.strip),
    note=st.text(
        st.characters(
            blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff", whitelist_characters="\t\n"
        ),
        max_size=80,
    ),
)
def test_any_text_stays_text(statement, name, note):
    """Whatever the statement, name and note, the page gains no tag and no attribute. (A name the
    other source also bears adds a "possible-duplicate-source" finding, a table row by design, so
    the generated name is never the other one's; Hypothesis found "T" once. The baseline is the same
    text in plain letters, so a label wraps as often in both.)"""
    assume(name.strip().casefold() != "t")
    sources = [Source(id="s", name=name), Source(id="t", name="T")]
    claims = [
        Claim(id="a", statement=statement, said_by="s", quote=statement),
        Claim(id="b", statement="b", said_by="t"),
    ]
    ledger = Ledger(
        sources=sources,
        claims=claims,
        documents=[Document(id="d", title=statement)],
        relations=[Relation(kind="contradicts", source="a", target="b", note=note or None)],
    )
    # the baseline has the same text in plain letters, its spaces kept: a long label wraps onto
    # more lines of the map, one <tspan> each, by design (Hypothesis found a 35-character statement)
    shaped, shaped_name = re.sub(r"\S", "x", statement), re.sub(r"\S", "x", name)
    baseline = Ledger(
        sources=[Source(id="s", name=shaped_name), Source(id="t", name="T")],
        claims=[Claim(id="a", statement=shaped, said_by="s", quote=shaped), Claim(id="b", statement="b", said_by="t")],
        documents=[Document(id="d", title=shaped)],
        relations=[Relation(kind="contradicts", source="a", target="b", note="n" if note.strip() else None)],
    )
    page, reference = parse(render_brief(ledger)), parse(render_brief(baseline))
    assert page.tags == reference.tags
    assert [(t, n) for t, n, _v in page.attributes] == [(t, n) for t, n, _v in reference.attributes]


# ------------------------------------------------------------------ reviews


def card(page: str, claim_id: str) -> str:
    """The HTML of one claim's card in a dispute section."""
    match = re.search(rf'<article [^>]*id="card-{re.escape(claim_id)}".*?</article>', page, re.S)
    assert match, claim_id
    return match.group(0)


def appendix_row(page: str, claim_id: str) -> str:
    """The HTML of one claim's row in the appendix."""
    match = re.search(rf'<tr id="claim-{re.escape(claim_id)}".*?</tr>', page, re.S)
    assert match, claim_id
    return match.group(0)


def test_reviews_show_on_their_claims_cards(invoke, tmp_path):
    """A reviewed card shows the verdict in words, its scale, reviewer, date, rationale and link."""
    result = invoke("brief", *founding_with_reviews(tmp_path))
    assert result.exit_code == 0, result.output
    page = result.output
    scaled = " ".join("".join(parse(card(page, "cogat-crossing-open")).text).split())
    assert "Fact-check Misleading 2 on a scale of 1–5, where 5 is best" in scaled
    assert "by Check Desk, 6 Feb 2026 · read the review" in scaled
    assert "The crossing opened for returnees only; no patient left that day." in scaled
    assert '<a href="https://check-desk.example/rafah-crossing" rel="noopener noreferrer">read the review</a>' in card(
        page, "cogat-crossing-open"
    )
    assert 'class="review verdict-low"' in card(page, "cogat-crossing-open")
    words = card(page, "prcs-evacuation-cancelled")
    assert 'class="review verdict-unscaled"' in words and "Accurate" in words
    assert "on a scale" not in words and "read the review" not in words
    assert '<time datetime="2026-02-07">7 Feb 2026</time>' in words
    assert "Fact-check" not in card(page, "al-nems-patients-ready")
    assert_inert(page)


def test_appendix_and_header_count_the_reviews(invoke, tmp_path):
    """The appendix has a verdict column and the header counts reviewed claims."""
    page = invoke("brief", *founding_with_reviews(tmp_path)).output
    assert '<th scope="col">Verdict</th>' in page
    assert "Misleading (2 on 1–5) by Check Desk" in appendix_row(page, "cogat-crossing-open")
    assert "Accurate by Check Desk" in appendix_row(page, "prcs-evacuation-cancelled")
    assert "not reviewed" in appendix_row(page, "al-nems-patients-ready")
    assert re.search(r"<dt>reviewed claims</dt><dd><span class=\"figure\">2</span>", page)
    plain = invoke("brief", FOUNDING).output
    assert re.search(r"<dt>reviewed claims</dt><dd><span class=\"figure\">0</span>", plain)
    assert 'class="reviews"' not in plain


@pytest.mark.parametrize(
    ("value", "worst", "best", "tone", "scale"),
    [
        (1, 1, 5, "verdict-low", "1 on a scale of 1–5, where 5 is best"),
        (3, 1, 5, "verdict-middle", "3 on a scale of 1–5, where 5 is best"),
        (5, 1, 5, "verdict-high", "5 on a scale of 1–5, where 5 is best"),
        (7.5, 0, 10, "verdict-high", "7.5 on a scale of 0–10, where 10 is best"),
        (2.0, 0.0, 4.0, "verdict-middle", "2 on a scale of 0–4, where 4 is best"),
        (None, 1, 5, "verdict-unscaled", None),
        (None, None, None, "verdict-unscaled", None),
    ],
)
def test_verdict_tone_and_scale_come_from_the_reviewers_own_scale(value, worst, best, tone, scale):
    """A numeric rating is placed on its own scale in words; a rating in words gets no tint."""
    ledger = Ledger(
        sources=[Source(id="s", name="S"), Source(id="f", name="F")],
        claims=[Claim(id="c", statement="C", said_by="s")],
        reviews=[
            Review(
                id="r",
                claim="c",
                rating="Verdict",
                reviewer="f",
                rating_value=value,
                worst_rating=worst,
                best_rating=best,
            )
        ],
    )
    (review,) = brief_data(ledger).claims[0].reviews
    assert (review.tone, review.scale, review.rating) == (tone, scale, "Verdict")


# ------------------------------------------------------------------ ledger status


def test_ledger_brief_marks_amended_and_lists_retracted_claims(founding_ledger, invoke, tmp_path):
    """From a store, amended claims are marked; retracted ones leave the disputes for a section."""
    store = founding_store(invoke, tmp_path)
    out = tmp_path / "brief.html"
    result = invoke("brief", store, "-o", out)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    amended = card(page, AMENDED)
    assert '<span class="status-label amended">Amended</span>' in amended
    assert f"<code>claimgraph log --ledger rafah.db {AMENDED}</code>" in amended
    assert "(corrected)" in amended
    assert "status-label amended" in appendix_row(page, AMENDED)
    assert "status-label" not in card(page, "cogat-crossing-open")
    assert "Misleading" in card(page, "cogat-crossing-open")  # reviews survive the store
    section = re.search(r'<section class="section" id="retracted".*?</section>', page, re.S)
    assert section and "Retracted since recorded" in section.group(0)
    disputes = "".join(re.findall(r'<section class="dispute".*?\n</section>', page, re.S))
    ledger = founding_ledger
    assert RETRACTED
    for claim_id in RETRACTED:
        entry = re.search(rf'<li id="claim-{claim_id}">.*?</li>', section.group(0), re.S)
        assert entry, claim_id
        statement = ledger.claim(claim_id).statement
        assert f"<del><bdi>{statement}</bdi></del>" in entry.group(0).replace("&#39;", "'")
        assert '<span class="status-label retracted">Retracted</span>' in entry.group(0)
        assert ledger.source(ledger.claim(claim_id).said_by).name in entry.group(0)
        assert f"claimgraph log --ledger rafah.db {claim_id}" in entry.group(0)
        assert claim_id not in disputes and f'<tr id="claim-{claim_id}"' not in page
    counts = dict(re.findall(r'<dt>([^<]+)</dt><dd><span class="figure">(\d+)</span>', page))
    assert (counts["amended"], counts["retracted"]) == ("1", "2")
    assert re.search(r"From the ledger store rafah\.db, recorded state of \d+ \w+ \d{4}\.", page)
    assert '<a href="#retracted">' in page
    assert_inert(page)
    again = tmp_path / "again.html"
    assert invoke("brief", store, "-o", again).exit_code == 0
    assert again.read_bytes() == out.read_bytes()


def test_ledger_brief_as_of_shows_the_claims_as_they_stood(invoke, tmp_path):
    """--as-of before the second recording: nothing amended or retracted, every claim in place."""
    store = founding_store(invoke, tmp_path)
    log = invoke("log", "--ledger", store)
    assert log.exit_code == 0, log.output
    first = re.search(r"^#1\s+(\S+)", log.output, re.M).group(1)
    result = invoke("brief", store, "--as-of", first)
    assert result.exit_code == 0, result.output
    page = result.output
    counts = dict(re.findall(r'<dt>([^<]+)</dt><dd><span class="figure">(\d+)</span>', page))
    assert (counts["amended"], counts["retracted"]) == ("0", "0")
    assert "status-label" not in page.split('id="retracted"')[1].split("</section>")[0]
    assert "None: no claim has been withdrawn from this ledger." in page
    assert "(corrected)" not in page and "status-label amended" not in page
    assert 'id="card-anadolu-wed-departures"' in page
    assert re.search(
        rf"From the ledger store rafah\.db, recorded state of \d+ \w+ \d{{4}} \(as it stood at {first}\)\.", page
    )


def test_dossier_brief_has_no_ledger_marks(founding_page):
    """A dossier keeps no history: no retracted section, no amended count or mark."""
    assert 'id="retracted"' not in founding_page
    assert "<dt>amended</dt>" not in founding_page and 'class="status-label' not in founding_page
    assert "From the ledger store" not in founding_page


def test_retracted_hostile_text_stays_inert(invoke, hostile, tmp_path):
    """A retracted claim's hostile statement and speaker are listed as text."""
    store = tmp_path / "hostile.db"
    assert invoke("ledger", "init", store).exit_code == 0
    assert invoke("record", hostile, "--ledger", store, "--author", "a").exit_code == 0
    dossier = hostile_dossier()
    dossier["claims"].append({"id": "third", "statement": "Third.", "said_by": "other"})
    dossier["relations"].append({"kind": "contradicts", "from": "third", "to": "closed"})
    dossier["claims"] = [c for c in dossier["claims"] if c["id"] != "open"]
    dossier["relations"] = [r for r in dossier["relations"] if "open" not in (r["from"], r["to"])]
    dossier["questions"], dossier["reviews"] = [], []
    second = tmp_path / "second.yaml"
    second.write_text(yaml.safe_dump(dossier, allow_unicode=True), encoding="utf-8")
    result = invoke("record", second, "--ledger", store, "--author", "b", "--retract-missing")
    assert result.exit_code == 0, result.output
    result = invoke("brief", store)
    assert result.exit_code == 0, result.output
    parsed = assert_inert(result.output)
    text = "".join(parsed.text)
    assert HOSTILE["statement"] in text and "del" in parsed.tags
