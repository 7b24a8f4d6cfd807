"""Languages: BCP 47 tags, translations, the mixed Arabic/Hebrew/English dossier, scripts, bidi in text and exports."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from claimgraph.errors import FieldError
from claimgraph.graph.audit import audit
from claimgraph.graph.textmatch import find_quote
from claimgraph.io import read_ledger
from claimgraph.io.tabular import row_record
from claimgraph.model import Claim, Document, Ledger, Review, Source, Translation, from_fields, to_fields
from claimgraph.model.language import direction_of_tag, language_tag, script_of_tag, script_of_text
from claimgraph.render.analysis_text import matrix_text
from claimgraph.render.bidi import FSI, PDI, balanced, isolate
from claimgraph.render.brief import render_brief
from claimgraph.render.claimreview import claimreview_records
from claimgraph.render.export import export_ledger
from claimgraph.render.tables import table_csv
from claimgraph.render.text import show_text
from tests.conftest import CLAIMS, FOUNDING

MIXED = CLAIMS / "mixed-script-2023.yaml"
ARABIC = "وقال الجيش الإسرائيلي"
HEBREW = "על פי מידע מודיעיני"


@pytest.fixture(scope="module")
def mixed() -> Ledger:
    """Every shipped dossier: the mixed-script one shares its actors with the al-Ahli and founding ones."""
    return read_ledger([CLAIMS])


def _small(**claim_fields: object) -> Ledger:
    sources = [Source(id="pij", name="حركة الجهاد الإسلامي"), Source(id="fc", name="Fact Check Desk")]
    documents = [Document(id="doc", title="بيان", lang="ar", text=f"{ARABIC} إن الصاروخ فلسطيني.")]
    fields: dict[str, object] = {"id": "c1", "statement": "The army said so.", "said_by": "pij", "document": "doc"}
    fields.update(claim_fields)
    return Ledger(sources=sources, documents=documents, claims=[Claim(**fields)])


@pytest.mark.parametrize(("written", "standard"), [("ar", "ar"), ("AR", "ar"), ("iw", "he"), ("en-GB", "en-GB")])
def test_language_tags_are_checked_and_standardised(written, standard):
    assert language_tag(written) == standard


@pytest.mark.parametrize("written", ["zz", "english", "ar-", "", "e"])
def test_a_tag_outside_the_registry_is_refused_with_a_hint(written):
    with pytest.raises(FieldError) as caught:
        from_fields("document", {"id": "d", "title": "T", "lang": written})
    (field, message, _hint), *_ = caught.value.errors
    assert field == "lang" and "BCP 47" in message and "ar (Arabic)" in message


def test_scripts_and_directions_come_from_the_tag():
    assert [script_of_tag(t) for t in ("ar", "he", "en", "fa", "sr-Latn")] == ["Arab", "Hebr", "Latn", "Arab", "Latn"]
    assert [direction_of_tag(t) for t in ("ar", "he", "yi", "en", None)] == ["rtl", "rtl", "rtl", "ltr", None]
    assert script_of_text(ARABIC + " IDF") == "Arab" and script_of_text("IDF " + HEBREW) == "Hebr"
    assert script_of_text("2023 — 471!") is None


def test_a_claim_inherits_its_documents_language_unless_it_names_its_own():
    ledger = _small(quote=ARABIC)
    assert ledger.language_of(ledger.claims[0]) == "ar"
    english = _small(quote="The rocket was Palestinian.", lang="en")
    assert english.language_of(english.claims[0]) == "en"
    assert Ledger(claims=[Claim(id="c", statement="S", said_by="s")]).language_of(Claim("c", "S", "s")) is None


def test_a_translation_round_trips_through_the_external_form_and_the_tables():
    translation = {"text": "The Israeli army said", "lang": "en", "translated_by": "the desk"}
    fields = {"id": "c", "statement": "S", "said_by": "s", "quote": ARABIC, "lang": "ar", "translation": translation}
    claim = from_fields("claim", fields)
    assert claim.translation == Translation(text="The Israeli army said", lang="en", translated_by="the desk")
    assert to_fields(claim)["translation"] == translation
    ledger = Ledger(sources=[Source(id="s", name="S")], claims=[claim])
    (row,) = csv.DictReader(io.StringIO(table_csv(ledger, "claim")))
    assert row["translation_text"] == "The Israeli army said" and row["lang"] == "ar"
    assert from_fields("claim", row_record("claim", row, from_text=True)) == claim


def test_a_translation_needs_its_text_and_language():
    with pytest.raises(FieldError) as caught:
        from_fields("claim", {"id": "c", "statement": "S", "said_by": "s", "translation": {"text": "x"}})
    assert [e[0] for e in caught.value.errors] == ["translation.lang"]


def _own(section: str, path: Path = MIXED) -> set[str]:
    """The ids a dossier file itself defines in one section."""
    return {entry["id"] for entry in yaml.safe_load(path.read_text(encoding="utf-8")).get(section, [])}


def test_the_mixed_dossier_records_every_quotes_language_and_translation(mixed):
    own = _own("claims")
    claims = [c for c in mixed.claims if c.id in own]
    assert len(claims) == 54
    assert Counter(mixed.language_of(c) for c in claims) == {"ar": 23, "he": 13, "en": 18}
    assert all(c.translation is not None and c.translation.lang == "en" for c in claims)
    assert all(not (c.note or "").startswith("lang:") for c in claims)
    own = _own("documents")
    documents = [d for d in mixed.documents if d.id in own]
    assert Counter(d.lang for d in documents) == {"ar": 7, "he": 4, "en": 5}


def test_the_al_ahli_dossiers_name_each_real_source_once(mixed):
    """The mixed-script and al-Ahli dossiers share their actors' ids: no name of one is a name of another."""
    ours, theirs = _own("sources"), _own("sources", CLAIMS / "al-ahli-2023.yaml")
    assert ours and theirs and not ours & theirs

    def names(source_id: str) -> set[str]:
        source = mixed.source(source_id)
        assert source is not None
        return {" ".join(n.casefold().split()) for n in (source.name, *source.aliases)}

    clashes = [(a, b) for a in sorted(ours) for b in sorted(theirs) if names(a) & names(b)]
    assert clashes == []
    # One origin each: the IDF's Hebrew statements and the al-Ahli dossier's English ones count once.
    own = _own("claims")
    speakers = {mixed.origin(c.said_by) for c in mixed.claims if c.id in own}
    assert {"israel-government", "pij", "hamas-movement", "us-government", "hrw"} <= speakers
    assert not any(s.startswith("ms-") for s in ours)


def test_the_mixed_dossier_audits_without_errors_or_script_mismatches(mixed):
    findings = audit(mixed)
    assert [f for f in findings if f.severity == "error"] == []
    assert [f for f in findings if f.code == "quote-script-mismatch"] == []


def test_a_quote_in_another_script_than_its_language_is_flagged():
    (finding,) = [f for f in audit(_small(quote=ARABIC, lang="he")) if f.code == "quote-script-mismatch"]
    assert finding.severity == "warning" and "Arabic script" in finding.message and "he (Hebrew)" in finding.message
    assert not [f for f in audit(_small(quote=ARABIC)) if f.code == "quote-script-mismatch"]
    inherited = [f for f in audit(_small(quote="The army said")) if f.code == "quote-script-mismatch"]
    assert "its document doc's lang is ar" in inherited[0].message


def test_arabic_marks_are_ignored_only_when_the_desk_asks():
    text = "قُتِلَ خمسمـــائة شخص"
    assert not find_quote("قتل خمسمائة", text)
    assert find_quote("قتل خمسمائة", text, arabic_marks=True)
    assert not find_quote("قتل ستمائة", text, arabic_marks=True)  # letters still count
    ledger = _small(quote="وقـــال الجَيش الإسرائيلي")
    assert [f.code for f in audit(ledger) if f.severity == "error"] == ["quote-not-verbatim"]
    assert [f.code for f in audit(ledger, arabic_marks=True) if f.severity == "error"] == []


def test_audit_command_takes_the_arabic_marks_flag(invoke, tmp_path):
    text = tmp_path / "doc.txt"
    text.write_text(f"{ARABIC} إن الصاروخ فلسطيني.\n", encoding="utf-8")
    dossier = tmp_path / "d.yaml"
    dossier.write_text(
        "format: 1\nsources:\n- {id: idf, name: IDF}\ndocuments:\n- {id: doc, title: T, lang: ar, text_file: doc.txt}\n"
        "claims:\n- {id: c, statement: S, said_by: idf, document: doc, quote: 'وقـــال الجَيش'}\n",
        encoding="utf-8",
    )
    assert invoke("audit", dossier, "--fail-on", "error").exit_code == 1
    assert invoke("audit", dossier, "--fail-on", "error", "--arabic-marks").exit_code == 0


def test_claimreview_gives_the_language_of_claim_document_and_review():
    ledger = _small(quote=ARABIC)
    ledger = Ledger(
        sources=ledger.sources,
        documents=ledger.documents,
        claims=ledger.claims,
        reviews=[Review(id="r", claim="c1", rating="False", reviewer="fc", lang="en")],
    )
    (record,) = claimreview_records(ledger)
    assert record["inLanguage"] == "en"
    assert record["itemReviewed"]["inLanguage"] == "ar"
    assert record["itemReviewed"]["appearance"][0]["inLanguage"] == "ar"


def test_json_graphml_and_gexf_carry_language_and_translation():
    translation = Translation(text="The Israeli army said", lang="en", translated_by="the desk")
    ledger = _small(quote=ARABIC, translation=translation)
    claim = json.loads(export_ledger(ledger, "json"))["claims"][0]
    assert claim["translation"] == {"text": "The Israeli army said", "lang": "en", "translated_by": "the desk"}
    assert json.loads(export_ledger(ledger, "json"))["documents"][0]["lang"] == "ar"
    for fmt in ("graphml", "gexf"):
        exported = export_ledger(ledger, fmt)
        assert "The Israeli army said" in exported and "the desk" in exported, fmt
        assert re.search(r'"lang"|>lang<|title="lang"|attr\.name="lang"', exported), fmt


def test_balanced_closes_what_user_text_opens():
    assert balanced("plain") == "plain"
    assert balanced("a\u202eb") == "a\u202eb\u202c"
    assert balanced("\u2067x\u202ey") == "\u2067x\u202ey\u202c\u2069"
    assert balanced("\u2067x\u202ey\u2069z") == "\u2067x\u202ey\u2069z"  # the PDI closes both
    assert balanced("\u202cstray") == "\u202cstray"


def test_terminal_text_isolates_right_to_left_text_only():
    assert isolate("Reuters") == "Reuters"
    assert isolate(HEBREW) == f"{FSI}{HEBREW}{PDI}"
    assert isolate("Evil\u202eName") == f"{FSI}Evil\u202eName\u202c{PDI}"


def test_show_and_the_source_matrix_isolate_names_and_keep_their_columns(mixed):
    from claimgraph.graph import build_graph, source_matrix

    shown = show_text(mixed)
    adraee = f"  {FSI}أفيخاي أدرعي{PDI}, IDF spokesperson for Arabic-language media"
    assert f'{adraee} (part of {FSI}דובר צה"ל{PDI} ⊂' in shown
    assert FSI not in show_text(read_ledger([FOUNDING]))  # English-only text is unchanged
    table = matrix_text(source_matrix(build_graph(mixed)), mixed).splitlines()[2:]
    clash_columns = {len(line.replace(FSI, "").replace(PDI, "").rstrip()) for line in table}
    assert len(clash_columns) == 1, "the counts column lines up whatever the script of the names"


def test_the_brief_marks_each_quote_with_its_language_and_direction(mixed):
    page = render_brief(mixed)
    assert '<blockquote class="quote" lang="ar" dir="rtl"><p dir="rtl">' in page
    assert '<blockquote class="quote" lang="he" dir="rtl">' in page
    assert '<span class="translated" lang="en" dir="ltr">' in page
    # An analyst's English description of a Hebrew page is not marked Hebrew.
    assert '<bdi lang="he">ynet live update' not in page and "<bdi>ynet live update" in page


def test_the_readmes_language_example_is_a_valid_document_and_claim():
    import yaml

    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```yml\n(.*?)```", readme, re.S)
    example = yaml.safe_load(block)
    document = from_fields("document", {**example["documents"][0], "title": "T"})
    claim = from_fields("claim", {**example["claims"][0], "statement": "S", "said_by": "pij"})
    assert document.lang == "ar" and claim.translation is not None and claim.translation.lang == "en"
    assert script_of_text(claim.quote or "") == script_of_tag(document.lang)


def test_languages_and_translations_survive_recording_into_a_ledger_store(invoke, tmp_path):
    """record → store → read: show, export, the whole brief and a one-dispute brief keep every lang and translation."""
    store = tmp_path / "ledger.db"
    assert invoke("ledger", "init", store).exit_code == 0
    recorded = invoke("record", CLAIMS, "--ledger", store, "--author", "desk")
    assert recorded.exit_code == 0, recorded.output

    def both(*args: str) -> tuple[str, str]:
        results = [invoke(*args[:1], where, *args[1:]) for where in (CLAIMS, store)]
        assert all(r.exit_code == 0 for r in results), [r.output for r in results]
        return results[0].output, results[1].output

    def languages(exported: str) -> list[tuple[str, object, object]]:
        data = json.loads(exported)
        return [(e["id"], e.get("lang"), e.get("translation")) for e in data["documents"] + data["claims"]]

    dossiers, stored = both("export", "--format", "json")
    assert languages(stored) == languages(dossiers)
    assert {lang for _id, lang, _t in languages(stored)} >= {"ar", "he", "en"}
    ledger = read_ledger([CLAIMS])
    translated = sum(c.translation is not None for c in ledger.claims)
    assert translated > 40 and sum(t is not None for _id, _l, t in languages(stored)) == translated
    for form in ("claims.csv", "graphml", "gexf"):
        dossiers, stored = both("export", "--format", form)
        assert stored == dossiers and "translation" in stored and "lang" in stored
    shown = both("show")
    assert shown[1] == shown[0] and FSI in shown[1]
    for scope in ((), ("--dispute", "who-fired")):  # the whole ledger, and a partial read of one dispute
        pages = []
        for where in (CLAIMS, store):
            out = tmp_path / f"brief-{len(pages)}-{len(scope)}.html"
            assert invoke("brief", where, *scope, "-o", out).exit_code == 0
            pages.append(out.read_text(encoding="utf-8"))
        marks = [Counter(re.findall(r'lang="([a-z-]+)"', page)) for page in pages]
        assert marks[1] == marks[0] and marks[1]["ar"] > 10 and marks[1]["he"] > 5
        assert pages[1].count('class="translation"') == pages[0].count('class="translation"') > 0
