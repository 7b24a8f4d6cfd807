"""The mixed Arabic / Hebrew / English brief in Chromium, checked by element geometry, not by screenshots alone.

Each test reads where the browser put things: the date after the speaker in
every attribution line, the quote marks at the two ends of each quote in its
own direction, relay chains left to right from speaker to document, nothing
wider than a 390 px screen, and every right-to-left text node isolated.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.io import read_ledger
from claimgraph.model import Claim, Document, Ledger, Relation, Source
from claimgraph.render.brief import render_brief
from tests.conftest import CLAIMS
from tests.test_brief_browser import WIDTHS, nu_errors, run_axe

pytestmark = pytest.mark.browser

MIXED = CLAIMS / "mixed-script-2023.yaml"

# Geometry helpers, run in the page. `rects(e)`: one box per character of e's text (generated
# content such as the chain's arrows is left out), so a run the bidi algorithm reordered
# shows where each letter really went. `after(a, b)`: b's text follows a's in left-to-right
# reading order: on the line where a ends, everything of b lies right of everything of a,
# or b starts on a later line.
_HELPERS = """
const rects = e => { const out = [], w = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) for (let i = 0; i < n.length; i++) {
    if (/\\s/.test(n.data[i])) continue;
    const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
    const b = r.getClientRects()[0]; if (b && b.width > 0) out.push(b); }
  return out; };
const after = (a, b) => {
  const ra = rects(a), rb = rects(b);
  if (!ra.length || !rb.length) return false;
  const lastLine = Math.max(...ra.map(r => r.top)), firstLine = Math.min(...rb.map(r => r.top));
  if (firstLine > lastLine + 2) return true;
  const onLine = (rs, top) => rs.filter(r => Math.abs(r.top - top) < 3);
  return Math.min(...onLine(rb, lastLine).map(r => r.left)) >= Math.max(...onLine(ra, lastLine).map(r => r.right)) - 1;
};
const charBox = (node, i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
  return r.getClientRects()[0]; };
document.querySelectorAll('details').forEach(d => d.open = true);
"""


@pytest.fixture(scope="module")
def mixed_file(tmp_path_factory) -> Path:
    """The brief of every shipped dossier: the mixed-script one shares its actors with the other two."""
    path = tmp_path_factory.mktemp("mixed") / "mixed.html"
    path.write_text(render_brief(read_ledger([CLAIMS])), encoding="utf-8")
    return path


def _run(page, body: str):
    return page.evaluate(f"() => {{ {_HELPERS} {body} }}")


@pytest.mark.parametrize("width", WIDTHS)
def test_the_date_follows_the_speaker_in_every_attribution_line(open_page, mixed_file, width):
    page, errors = open_page(mixed_file, width)
    checked, wrong = _run(
        page,
        """const lines = [...document.querySelectorAll('p.attribution')];
        const wrong = lines.filter(p => {
          const speaker = p.querySelector('.speaker'), date = p.querySelector('time, .date, .undated');
          // One date is one run, left to right: never split around a right-to-left cue.
          const xs = rects(date), split = xs.some((r, i) => i > 0 && Math.abs(r.top - xs[i - 1].top) < 3
            && r.left < xs[i - 1].left);
          return split || !after(speaker, date);
        }).map(p => p.textContent);
        return [lines.length, wrong];""",
    )
    assert checked >= 40 and wrong == []
    assert errors == []


@pytest.mark.parametrize("width", WIDTHS)
def test_quote_marks_sit_at_the_start_and_end_of_each_quote(open_page, mixed_file, width):
    page, _errors = open_page(mixed_file, width)
    directions, wrong = _run(
        page,
        """const seen = {rtl: 0, ltr: 0}, wrong = [];
        for (const p of document.querySelectorAll('blockquote.quote p')) {
          const rtl = getComputedStyle(p).direction === 'rtl';
          seen[rtl ? 'rtl' : 'ltr'] += 1;
          const text = [...p.childNodes].find(n => n.nodeType === 3);
          const first = charBox(text, 0), last = charBox(text, text.length - 1);
          const open = p.firstElementChild.getBoundingClientRect(), close = p.lastElementChild.getBoundingClientRect();
          const openOk = open.width > 0 && Math.abs(open.top - first.top) < 6
            && (rtl ? open.left >= first.right - 1 : open.right <= first.left + 1);
          const closeOk = close.width > 0 && Math.abs(close.top - last.top) < 6
            && (rtl ? close.right <= last.left + 1 : close.left >= last.right - 1);
          if (!openOk || !closeOk) wrong.push([rtl, openOk, closeOk, p.textContent.slice(0, 50)]);
        }
        return [seen, wrong];""",
    )
    assert directions["rtl"] >= 15 and directions["ltr"] >= 10 and wrong == [], directions


def test_right_to_left_quotes_are_set_upright_in_their_own_direction(open_page, mixed_file):
    page, _errors = open_page(mixed_file)
    styles = page.evaluate("""() => [...document.querySelectorAll('blockquote.quote[dir=rtl]')].map(q => {
        const s = getComputedStyle(q); return [s.fontStyle, s.direction, s.textAlign]; })""")
    assert styles and {tuple(s) for s in styles} == {("normal", "rtl", "start")}
    cue = page.locator("bdi.cue[lang=ar]").first
    assert cue.evaluate("e => [getComputedStyle(e).letterSpacing, getComputedStyle(e).textTransform]") == [
        "normal",
        "none",
    ]


@pytest.mark.parametrize("width", WIDTHS)
def test_relay_chains_read_speaker_then_relays_then_document(open_page, mixed_file, width):
    page, _errors = open_page(mixed_file, width)
    checked, wrong = _run(
        page,
        """const chains = [...document.querySelectorAll('ol.chain')].filter(ol => ol.children.length > 1);
        const wrong = chains.filter(ol => [...ol.children].some((li, i) => i > 0 && !after(ol.children[i - 1], li)))
          .map(ol => ol.textContent);
        return [chains.length, wrong];""",
    )
    assert checked >= 40 and wrong == []


def test_relation_rows_put_the_first_claim_first(open_page, mixed_file):
    page, _errors = open_page(mixed_file)
    wrong = _run(
        page,
        """const beside = (a, b) => { const A = a.getBoundingClientRect(), B = b.getBoundingClientRect();
          return B.left >= A.right - 1 || B.top >= A.bottom - 1; };  // the next column, or below
        return [...document.querySelectorAll('.relation .ends')].filter(ends => {
          const [a, link, b] = ends.children;
          return !(beside(a, link) && beside(link, b)) ||
            [a, b].some(end => !after(end.querySelector('.mark'), end.querySelector('.who')));
        }).length;""",
    )
    assert wrong == 0


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_nothing_is_wider_than_a_phone_and_nothing_scrolls_sideways(open_page, mixed_file, scheme):
    page, _errors = open_page(mixed_file, 390, color_scheme=scheme)
    report = _run(
        page,
        """const W = document.documentElement.clientWidth, wide = [], scrolling = [];
        // The skip link waits off-screen until focused; visually hidden text and the stacked
        // tables' header rows are clipped to nothing on purpose.
        const hidden = e => e.closest('.skip, .visually-hidden, thead');
        for (const e of document.querySelectorAll('body *')) {
          if (hidden(e)) continue;
          const r = e.getBoundingClientRect();
          if (r.width && (r.right > W + 0.5 || r.left < -0.5)) wrong(e);
          const s = getComputedStyle(e);
          const scrolls = ['auto', 'scroll'].includes(s.overflowX) && e.scrollWidth > e.clientWidth + 1;
          if (scrolls) scrolling.push(e.className);
          function wrong(e) { wide.push(`${e.tagName}.${e.className} ${Math.round(r.left)}..${Math.round(r.right)}`); }
        }
        const ids = [...document.querySelectorAll('code.id, .claim-id a')].filter(e => {
          const longest = Math.max(...e.textContent.split('-').map(w => w.length));
          // A line's piece of the id narrower than its longest hyphen-free part: broken inside a word.
          return [...e.getClientRects()].some(r => r.width > 0 && r.width < longest * 4);
        }).length;
        return {page: document.documentElement.scrollWidth, W, wide, scrolling, ids};""",
    )
    assert report["page"] <= 390 and report["wide"] == [] and report["scrolling"] == [] and report["ids"] == 0


def test_every_right_to_left_text_node_is_isolated(open_page, mixed_file):
    """Each text node holding Arabic or Hebrew sits in a <bdi> or an element with dir within its own block."""
    page, _errors = open_page(mixed_file)
    loose, checked = page.evaluate("""() => {
        const RTL = /[\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFC]/, loose = [];
        let checked = 0;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          // An SVG <title> is a tooltip, laid out on its own by the system, never inside a line.
          if (!RTL.test(n.data) || n.parentElement.closest('svg title')) continue;
          checked += 1;
          let e = n.parentElement, ok = false;
          while (e) {
            if (e.tagName === 'BDI' || e.hasAttribute('dir')) { ok = true; break; }
            if (!getComputedStyle(e).display.startsWith('inline')) break;  // its own block: stop here
            e = e.parentElement;
          }
          if (!ok) loose.push(`${n.parentElement.tagName}: ${n.data.slice(0, 40)}`);
        }
        return [loose, checked];
    }""")
    assert checked > 150 and loose == []


def test_a_name_with_a_right_to_left_override_reverses_nothing_after_it(open_page, tmp_path):
    """U+202E and friends in a source name stay inside the name: the cue and date read left to right."""
    ledger = Ledger(
        sources=[Source(id="evil", name="Evil \u202eSource\u202b name \u2067open"), Source(id="b", name="Other")],
        documents=[Document(id="d", title="Title \u202etitle", published="2026-02-04")],
        claims=[
            Claim(id="c1", statement="Open.", said_by="evil", cue="confirmed", said_on="2026-02-04", document="d"),
            Claim(id="c2", statement="Shut.", said_by="b", cue="said", said_on="2026-02-04"),
        ],
        relations=[Relation(kind="contradicts", source="c1", target="c2", note="n")],
    )
    path = tmp_path / "override.html"
    path.write_text(render_brief(ledger), encoding="utf-8")
    page, errors = open_page(path)
    order = page.evaluate(f"""() => {{ {_HELPERS}
        const line = document.querySelector('#card-c1 p.attribution');
        const pieces = [line.querySelector('.cue'), line.querySelector('time')];
        // Each character of "CONFIRMED" and of "4 Feb 2026" lies right of the one before.
        return pieces.map(e => {{
          const node = e.firstChild, xs = [];
          for (let i = 0; i < node.length; i++) if (node.data[i] !== ' ') xs.push(charBox(node, i).left);
          return xs.every((x, i) => i === 0 || x > xs[i - 1]);
        }}).concat([after(line.querySelector('.speaker'), pieces[1])]);
    }}""")
    assert order == [True, True, True]
    assert errors == []


def test_nu_html_checker_finds_no_error_in_the_mixed_brief(mixed_file):
    errors = nu_errors(mixed_file)
    assert errors == [], json.dumps(errors, indent=1, ensure_ascii=False)[:3000]


@pytest.mark.parametrize(("width", "scheme"), [(1280, "light"), (390, "light"), (1280, "dark"), (390, "dark")])
def test_axe_finds_no_violation_in_the_mixed_brief(open_page, mixed_file, width, scheme):
    page, _errors = open_page(mixed_file, width, color_scheme=scheme, bypass_csp=True)
    violations = run_axe(page)
    assert violations == [], json.dumps(violations, indent=1, ensure_ascii=False)[:3000]
