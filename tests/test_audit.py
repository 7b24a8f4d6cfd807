"""The attribution audit: quote fidelity, vague sources, provenance, verbs, origins; and its command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimgraph.attribution import CUE_CLASSES, CUE_VERBS, cue_class
from claimgraph.graph import build_graph, find_disputes
from claimgraph.graph.audit import CODES, SEVERITIES, Finding, at_or_above, audit, is_vague
from claimgraph.graph.textmatch import closest_passage, find_quote, normalise
from claimgraph.io import read_ledger
from claimgraph.model import Claim, Document, Ledger, Relation, Source

CLAIMS = Path(__file__).resolve().parents[1] / "claims"
FOUNDING = CLAIMS / "rafah-2026-02-04.yaml"
ARTICLE = CLAIMS / "rafah-2026-02-04.txt"


@pytest.fixture(scope="module")
def founding(founding_ledger) -> tuple[Finding, ...]:
    return audit(founding_ledger)


def _codes(findings, claim_id=None):
    return [f.code for f in findings if claim_id is None or f.id == claim_id]


def _misquoted_dossier(write, quote: str):
    """A dossier whose one claim quotes the founding article as given."""
    folder = write("misquote/rafah.txt", ARTICLE.read_text(encoding="utf-8")).parent
    return write(
        "misquote/misquote.yaml",
        f"""
        sources:
          - {{id: cogat, name: COGAT, kind: government}}
        documents:
          - {{id: art, title: Rafah article, published: 2026-02-04, text_file: rafah.txt}}
        claims:
          - id: open
            statement: The crossing remained open.
            said_by: cogat
            document: art
            quote: {json.dumps(quote, ensure_ascii=False)}
            cue: claimed
            said_on: 2026-02-04
    """,
    ), folder


# --- quote fidelity -------------------------------------------------------------------------


def test_misquote_is_an_error_with_the_closest_passage(write):
    """A misquote ('remains' for 'remained') is an error that locates the real passage."""
    path, _ = _misquoted_dossier(write, "the Rafah crossing remains open on Wednesday")
    findings = audit(read_ledger([path]))
    [finding] = [f for f in findings if f.code == "quote-not-verbatim"]
    assert finding.severity == "error"
    assert (finding.subject, finding.id) == ("claim", "open")
    assert finding.passage == "the Rafah crossing remained open on Wednesday,"
    assert 85 <= finding.score < 100
    assert "remained open on Wednesday" in finding.message


def test_typographic_quotes_and_white_space_are_not_misquotes(write):
    """Straight for curly quotes, and line breaks for spaces, still count as verbatim."""
    quote = 'failed to provide\n   "procedural coordination details."'
    path, _ = _misquoted_dossier(write, quote)
    assert "quote-not-verbatim" not in _codes(audit(read_ledger([path])))


def test_a_changed_letter_case_is_a_misquote(write):
    """Only white space and quote marks are normalised: case still counts."""
    path, _ = _misquoted_dossier(write, "The Rafah Crossing remained open on Wednesday")
    assert "quote-not-verbatim" in _codes(audit(read_ledger([path])))


def test_closest_passage_across_a_chunk_boundary():
    """A misquote straddling the search's chunk boundary is still found, bounded in memory."""
    filler = "lorem ipsum dolor sit amet " * 40_000  # about 1.1 MB, past one chunk
    target = "the evacuation was cancelled at the last minute by the authorities"
    text = filler[: (1 << 20) - 20] + " " + target + " " + filler
    passage = closest_passage("the evacuation was canceled at the last minute by the authorities", text)
    assert passage.text == target
    assert 95 < passage.score < 100


@given(
    st.lists(st.sampled_from(["crossing", "Gaza’s", "“open”", "it’s", "said", "the"]), min_size=1, max_size=12),
    st.lists(st.sampled_from([" ", "\n", "\t", "\u00a0", "  "]), min_size=12, max_size=12),
)
def test_any_respaced_requoted_passage_is_verbatim(words, spaces):
    """Any passage of a text, re-spaced and with straight quotes, is found verbatim, score 100."""
    text = "Before. " + "".join(w + s for w, s in zip(words, spaces, strict=False)) + "After."
    quote = normalise(" ".join(words))
    assert find_quote(quote, text)
    assert closest_passage(quote, text).score == 100


def test_empty_quote_or_text_has_no_passage():
    """closest_passage returns None for empty input, and find_quote is False."""
    assert closest_passage("  ", "some text") is None
    assert closest_passage("quote", "") is None
    assert not find_quote(" ", "some text")


# --- the founding dossier -----------------------------------------------------------------


def test_founding_dossier_reports_vague_israeli_media_and_officials(founding):
    """The vague 'Israeli media' and 'officials' attributions are reported."""
    vague = [f for f in founding if f.code == "vague-source"]
    assert {"israeli-media-attacks-followed-injury", "israeli-officials-harsh-response"} <= {f.id for f in vague}
    assert any("Israeli media" in f.message for f in vague)
    assert any("Officials" in f.message for f in vague)
    assert all(f.severity == "warning" for f in vague)


def test_founding_dossier_reports_the_verb_asymmetry(founding):
    """'claimed'/'alleging' for COGAT against 'confirmed'/'said' for PRCS is one uneven-verbs finding."""
    [uneven] = [f for f in founding if f.code == "uneven-verbs"]
    assert (uneven.subject, uneven.id) == ("document", "rafah-article")
    sides = {value for name, value in uneven.details if name.startswith("side ")}
    cogat_side = next(v for v in sides if "cogat:" in v)
    prcs_side = next(v for v in sides if "prcs:" in v)
    assert "cogat: claimed, alleging" in cogat_side
    assert "confirmed" in prcs_side and "al-nems: said" in prcs_side
    assert "claimed" not in prcs_side and "alleging" not in prcs_side


def test_founding_dossier_has_no_errors(founding):
    """Every quote of the founding dossier is verbatim and every chain sound."""
    assert [f for f in founding if f.severity == "error"] == []


def test_founding_dossier_flags_loaded_verbs_and_own_voice(founding):
    """COGAT's 'claimed' is a loaded verb; the article's own-voice lede is an unattributed assertion."""
    assert "loaded-verb" in _codes(founding, "cogat-crossing-open")
    assert "unattributed-assertion" in _codes(founding, "article-lede-cancelled")
    assert "loaded-verb" not in _codes(founding, "prcs-evacuation-cancelled")


def test_findings_are_sorted_and_deterministic(founding_ledger, founding):
    """Errors come first, then warnings, then info; a second run gives the same tuple."""
    ranks = [SEVERITIES.index(f.severity) for f in founding]
    assert ranks == sorted(ranks)
    assert audit(founding_ledger) == founding
    assert all(f.code in CODES and CODES[f.code][0] == f.severity for f in founding)


def test_audit_takes_the_disputes_already_found(founding_ledger, founding):
    """Given the disputes a caller already found, the audit uses them instead of finding them again."""
    ledger = founding_ledger
    graph = build_graph(ledger)
    disputes = find_disputes(graph)
    assert disputes
    assert audit(ledger, graph, disputes=disputes) == founding
    # No disputes given, so no dispute-level findings: proof the argument is what the audit used.
    alone = audit(ledger, graph, disputes=())
    assert "uneven-verbs" in _codes(founding)
    assert "uneven-verbs" not in _codes(alone)


# --- ledgers built in code, unchecked ---------------------------------------------------------


def _ledger(**extra) -> Ledger:
    base = {
        "sources": [
            Source("prcs", "Palestinian Red Crescent Society", "ngo"),
            Source("al-nems", "Raed Al-Nems", "person", part_of="prcs"),
            Source("anadolu", "Anadolu Agency", "news-agency"),
            Source("officials", "officials", "government"),
            Source("outlet", "The Outlet", "outlet"),
        ],
        "documents": [
            Document(
                "art",
                "Article",
                publisher="outlet",
                published="2026-02-04",
                text="Al-Nems said the evacuation was cancelled.",
            )
        ],
    }
    base.update(extra)
    return Ledger(**base)


def test_unchecked_ledger_with_broken_chains_does_not_crash():
    """Dangling ids, a part_of circle and a speaker in its own relay chain are reported, not raised."""
    ledger = Ledger(
        sources=[
            Source("a", "A", "ngo", part_of="b"),
            Source("b", "B", "ngo", part_of="a"),
            Source("c", "C", "person", part_of="ghost"),
        ],
        claims=[
            Claim("x", "X.", said_by="nobody", document="missing"),
            Claim("y", "Y.", said_by="a", via=["a", "ghost", "c", "c"]),
        ],
        relations=[Relation("contradicts", "x", "y"), Relation("supports", "x", "lost")],
    )
    findings = audit(ledger)
    chains = [(f.subject, f.id, f.message) for f in findings if f.code == "broken-chain"]
    assert ("source", "a", "part_of goes round in a circle: a → b → a") in chains
    assert any(subject == "source" and entry == "c" and "ghost" in m for subject, entry, m in chains)
    assert any(entry == "y" and "own relay chain" in m for _, entry, m in chains)
    assert any(entry == "y" and "unknown source ghost" in m for _, entry, m in chains)
    assert any(entry == "y" and "circle through c" in m for _, entry, m in chains)
    references = {f.message for f in findings if f.code == "broken-reference"}
    assert references == {"said_by names unknown source 'nobody'", "document names unknown document 'missing'"}


def test_missing_provenance_is_reported():
    """A claim with no document, or with a document but no quote and no date, is reported."""
    ledger = _ledger(
        documents=[Document("art", "Article")],
        claims=[
            Claim("bare", "Bare.", said_by="al-nems", cue="said"),
            Claim("no-quote", "No quote.", said_by="al-nems", document="art", cue="said"),
        ],
    )
    findings = audit(ledger)
    assert {"missing-document", "missing-date"} <= set(_codes(findings, "bare"))
    assert {"missing-quote", "missing-date"} <= set(_codes(findings, "no-quote"))


def test_unnamed_organisation_and_own_voice():
    """Unnamed and vague speakers warn; organisations without a person are info; own voice warns."""
    ledger = _ledger(
        claims=[
            Claim("vague", "V.", said_by="officials", document="art", cue="said", said_on="2026-02-04"),
            Claim("org", "O.", said_by="prcs", document="art", cue="said", said_on="2026-02-04"),
            Claim("own", "Own.", said_by="outlet", document="art", said_on="2026-02-04"),
            Claim(
                "person",
                "P.",
                said_by="al-nems",
                via=["anadolu"],
                document="art",
                cue="said",
                quote="the evacuation was cancelled",
                said_on="2026-02-04",
            ),
        ]
    )
    findings = audit(ledger)
    assert "vague-source" in _codes(findings, "vague")
    assert [f.severity for f in findings if f.id == "org" and f.code == "no-named-speaker"] == ["info"]
    assert "unattributed-assertion" in _codes(findings, "own")
    assert _codes(findings, "person") == []


def test_uneven_verbs_need_loaded_on_one_side_only():
    """Loaded verbs on one side and neutral on the other warn; loaded on both sides does not."""

    def claims(first_cue, second_cue):
        return _ledger(
            sources=[*_ledger().sources, Source("cogat", "COGAT", "government")],
            claims=[
                Claim("a", "A.", said_by="prcs", document="art", cue=first_cue),
                Claim("b", "B.", said_by="cogat", document="art", cue=second_cue),
            ],
            relations=[Relation("contradicts", "a", "b")],
        )

    [uneven] = [f for f in audit(claims("confirmed", "alleged")) if f.code == "uneven-verbs"]
    assert dict(uneven.details)["dispute"] == "dispute-a"
    assert "uneven-verbs" not in _codes(audit(claims("claimed", "alleged")))
    assert "uneven-verbs" not in _codes(audit(claims("said", "stated")))


def test_single_origin_side_and_support():
    """A side backed by a spokesman and his organisation is one origin; so are their supports."""
    ledger = _ledger(
        sources=[*_ledger().sources, Source("cogat", "COGAT", "government")],
        claims=[
            Claim("org", "O.", said_by="prcs", document="art", cue="said"),
            Claim("man", "M.", said_by="al-nems", via=["anadolu"], document="art", cue="said"),
            Claim("man2", "M2.", said_by="al-nems", document="art", cue="said"),
            Claim("other", "X.", said_by="cogat", document="art", cue="said"),
        ],
        relations=[
            Relation("supports", "man", "org"),
            Relation("supports", "man2", "org"),
            Relation("contradicts", "org", "other"),
        ],
    )
    findings = audit(ledger)
    [side] = [f for f in findings if f.code == "single-origin-side"]
    assert dict(side.details)["origin"] == "prcs"
    assert "one origin, Palestinian Red Crescent Society" in side.message
    assert "single-origin-support" in _codes(findings, "org")


def test_at_or_above_filters_by_severity():
    """at_or_above('warning') keeps errors and warnings, and refuses unknown severities."""
    findings = (
        Finding("info", "loaded-verb", "claim", "a", "m"),
        Finding("warning", "vague-source", "claim", "b", "m"),
        Finding("error", "broken-chain", "claim", "c", "m"),
    )
    assert [f.id for f in at_or_above(findings, "warning")] == ["b", "c"]
    with pytest.raises(ValueError, match="unknown severity"):
        at_or_above(findings, "fatal")


# --- the verb lexicon ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("claimed", "loaded"),
        ("alleging", "loaded"),
        ("Insisted", "loaded"),
        ("admitted", "loaded"),
        ("said", "neutral"),
        ("according to", "neutral"),
        ("told", "neutral"),
        ("confirmed", "affirming"),
        ("stressed", "affirming"),
        ("pointed out", "affirming"),
        ("renewed calls", "characterising"),
        ("condemned", "characterising"),
        ("said in a statement", "neutral"),
        ("mumbled", None),
        (None, None),
    ],
)
def test_cue_classes(cue, expected):
    """Each cue falls in the class the lexicon gives it; unknown verbs have none."""
    assert cue_class(cue) == expected


def test_every_lexicon_class_is_described():
    """The lexicon uses only the classes CUE_CLASSES describes, and no form twice."""
    forms = [form for _cls, forms in CUE_VERBS.values() for form in forms]
    assert {cls for cls, _forms in CUE_VERBS.values()} == set(CUE_CLASSES)
    assert len(forms) == len(set(forms))


# --- the command -----------------------------------------------------------------------------


def test_cli_audit_text_on_founding(invoke):
    """`claimgraph audit` prints one line per finding and a count line, and exits 0."""
    result = invoke("audit", FOUNDING)
    assert result.exit_code == 0, result.output
    assert "uneven-verbs" in result.output
    assert result.output.rstrip().splitlines()[-1].startswith("audit: 0 errors · ")


def test_cli_audit_json(invoke):
    """--format json gives counts and findings with their codes and subjects."""
    result = invoke("audit", FOUNDING, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data["counts"]) == set(SEVERITIES)
    assert data["counts"]["warning"] == sum(f["severity"] == "warning" for f in data["findings"])
    assert {"severity", "code", "subject", "id", "message"} <= set(data["findings"][0])


def test_cli_fail_on(invoke, write):
    """--fail-on error passes the founding dossier, --fail-on warning fails it, a misquote fails both."""
    assert invoke("audit", FOUNDING, "--fail-on", "error").exit_code == 0
    result = invoke("audit", FOUNDING, "--fail-on", "warning")
    assert result.exit_code == 1
    assert "at or above warning" in result.output
    path, _ = _misquoted_dossier(write, "the Rafah crossing remains open on Wednesday")
    result = invoke("audit", path, "--format", "json", "--fail-on", "error")
    assert result.exit_code == 1
    assert "remained open on Wednesday" in result.output


def test_cli_audit_refuses_a_broken_dossier(invoke, write):
    """A dossier that fails to load gives a clear message and exit 1, not a traceback."""
    path = write("bad.yaml", "claims:\n  - {id: x, statement: X., said_by: nobody}\n")
    result = invoke("audit", path)
    assert result.exit_code == 1
    assert "unknown source 'nobody'" in result.output


def test_cli_audit_is_byte_identical(invoke, tmp_path):
    """Two runs over a copy of the founding dossier give the same bytes."""
    shutil.copy(FOUNDING, tmp_path / FOUNDING.name)
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    first = invoke("audit", tmp_path, "--format", "json").output
    assert first == invoke("audit", tmp_path, "--format", "json").output


_REAL_NAMES = (
    "AP",
    "Associated Press",
    "The Associated Press",
    "Agence France-Presse",
    "AFP",
    "Press TV",
    "Reuters",
    "Anadolu",
    "Anadolu Agency",
    "WAFA",
    "Xinhua",
    "Al Jazeera",
    "BBC News",
    "Canadian Press",
    "Deutsche Presse-Agentur",
    "Saudi Press Agency",
    "Press Association",
    "Kuwait News Agency",
    "Ma'an News Agency",
    "Middle East Eye",
    "Times of Israel",
    "The New York Times",
    "Vox Media",
    "Consumer Reports",
    "Human Rights Watch",
    "Forensic Architecture",
)


@pytest.mark.parametrize("name", _REAL_NAMES)
@pytest.mark.parametrize("kind", ["news-agency", "outlet", "broadcaster", "other"])
def test_named_agencies_and_outlets_are_never_vague(name, kind):
    """Real agency and outlet names are not vague, whatever their kind (and whatever ends them)."""
    assert not is_vague(Source(id="s", name=name, kind=kind))
    assert is_vague(Source(id="s", name=name, kind=kind, unnamed=True))


@pytest.mark.parametrize(
    "name",
    [
        "Officials",
        "officials",
        "Israeli officials",
        "a senior diplomat",
        "security sources",
        "Sources close to Hamas",
        "people familiar with the matter",
        "Media reports",
        "Israeli media",
        "the Israeli press",
        "Witnesses",
        "local residents",
    ],
)
def test_vague_expressions_are_vague_without_the_flag(name):
    """The vetted expressions make a source vague even with unnamed left off (unless it is a named outlet)."""
    assert is_vague(Source(id="s", name=name, kind="other"))
    assert is_vague(Source(id="s", name=name, kind="media"))
    assert not is_vague(Source(id="s", name=name, kind="news-agency"))


def test_ap_relayed_claim_gets_no_vague_warning():
    """The audit calls no claim relayed by the Associated Press vague (issue 17)."""
    ledger = _ledger(
        claims=[
            Claim(
                "relayed",
                "R.",
                said_by="al-nems",
                via=["ap"],
                document="art",
                cue="said",
                quote="the evacuation was cancelled",
                said_on="2026-02-04",
            )
        ]
    )
    ledger = attrs.evolve(
        ledger, sources=(*ledger.sources, Source(id="ap", name="Associated Press", kind="news-agency"))
    )
    assert "vague-source" not in _codes(audit(ledger), "relayed")


def test_one_actor_under_two_ids_is_reported_but_a_part_and_its_whole_are_not():
    """Two ids sharing a name (any case or spacing, name or alias) count one actor as two origins."""
    ledger = Ledger(
        sources=[
            Source(id="hamas", name="Hamas", kind="party"),
            Source(id="hamas-movement", name="Islamic Resistance Movement", aliases=["HAMAS "], kind="party"),
            Source(id="al-jazeera", name="Al Jazeera", kind="broadcaster"),
            Source(id="al-jazeera-arabic", name="Al Jazeera", part_of="al-jazeera", kind="broadcaster"),
            Source(id="reuters", name="Reuters", kind="news-agency"),
        ]
    )
    found = [f for f in audit(ledger) if f.code == "possible-duplicate-source"]
    assert [(f.severity, f.id) for f in found] == [("warning", "hamas-movement")]
    assert "'HAMAS'" in found[0].message and "'hamas'" in found[0].message


def test_the_shipped_dossiers_read_together_name_their_shared_actors(invoke):
    """claims/ holds three stories; an actor each story defines for itself is reported, once per pair."""
    result = invoke("audit", CLAIMS)
    reported = [line for line in result.output.splitlines() if "possible-duplicate-source" in line]
    assert reported and len(reported) == len(set(reported))
    assert any("'hamas-movement'" in line or "source hamas-movement" in line for line in reported)
