"""The shared cue lexicon, language dispatch, direct quotes, transcripts, descriptions, dates and evidence."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest
from click.testing import CliRunner

from claimgraph.attribution import CUE_ENTRIES, cue_class, cue_entry
from claimgraph.cli import cli as main
from claimgraph.extract import NoRulesWarning, detect_language, extract_claims, extract_draft
from claimgraph.extract.dates import resolve_when
from claimgraph.model import Period


def _said(ledger):
    names = {s.id: s.name for s in ledger.sources}
    return [(names[c.said_by], c.quote) for c in ledger.claims]


@pytest.mark.parametrize(
    ("form", "lemma", "cls"),
    [
        ("say", "say", "neutral"),
        ("wrote", "write", "neutral"),
        ("denies", "deny", "neutral"),
        ("criticised", "criticise", "characterising"),
        ("concurs", "concur", "neutral"),
        ("According to", "according to", "neutral"),
        ("in a statement", "in a statement", "neutral"),
    ],
)
def test_lexicon_has_every_inflection_and_a_class(form, lemma, cls):
    """Base forms, irregular pasts and noun cues are in the one lexicon, each with its class."""
    entry = cue_entry(form)
    assert entry is not None and entry.lemma == lemma and entry.cls == cls == cue_class(form)


def test_lexicon_lists_no_form_twice():
    """No printed form belongs to two entries."""
    forms = [f for e in CUE_ENTRIES for f in e.forms]
    assert forms and len(forms) == len(set(forms))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The minister said the plan would work.", "en"),
        ("وقال المتحدث إن الوضع خطير", "ar"),
        ("Der Minister sagte, die Lage sei ernst und die Regierung werde handeln.", "de"),
        ("", "und"),
    ],
)
def test_language_detection(text, lang):
    """The script, then frequent words, decide the language."""
    assert detect_language(text) == lang


def test_language_without_rules_warns_with_its_name():
    """German text is never a silent empty draft: the warning names the language."""
    draft = extract_draft("Der Minister sagte, die Lage sei ernst und die Regierung werde handeln.")
    assert draft.ledger.claims == () and "German" in draft.warnings[0]
    with pytest.warns(NoRulesWarning, match="German"):
        extract_claims("Die Regierung sagte, dass der Plan funktioniert und die Lage ernst sei.")


def test_speaker_after_the_quote_and_a_continuation():
    """“…,” said Rice. “…” : both quotes are Rice's, the second flagged as a continuation."""
    draft = extract_draft(
        "“It was a good meeting. There were no surprises,” said Rice. “It was just an informal chat.”\n"
    )
    assert _said(draft.ledger) == [
        ("Rice", "It was a good meeting. There were no surprises"),
        ("Rice", "It was just an informal chat."),
    ]
    assert draft.evidence[1].rule == "continued-quote" and draft.evidence[1].review


def test_adjunct_after_the_cue_is_never_the_quote():
    """“…,” Healey said Thursday afternoon: the quote is the quoted words, not the time."""
    ledger = extract_claims("“We will keep fighting for every resident,” Healey said Thursday afternoon.\n")
    assert _said(ledger) == [("Healey", "We will keep fighting for every resident")]


def test_transcript_labels_and_questions():
    """MR PRICE: answers are drafted, QUESTION: lines are not."""
    text = (
        "MR PRICE: Good afternoon. We have nothing at the top.\n\n"
        "QUESTION: Can I ask you about Ukraine?\n\nMR PRICE: Time will tell.\n"
    )
    assert _said(extract_claims(text)) == [
        ("Price", "Good afternoon. We have nothing at the top."),
        ("Price", "Time will tell."),
    ]


def test_negated_and_adjectival_cues_are_not_statements():
    """'did not say', 'declined to comment' and 'an estimated 500' draft nothing."""
    text = "The ministry did not say how many died. Police declined to comment. Up to an estimated 500 people fled.\n"
    assert extract_claims(text).claims == ()


def test_description_never_takes_another_partys_words():
    """'The army said' after the ministry is the army, not the ministry."""
    ledger = extract_claims("The ministry said 40 people were killed. The army said it hit 12 military sites.\n")
    assert [name for name, _quote in _said(ledger)] == ["ministry", "army"]


def test_relative_dates_resolve_against_the_article_date():
    """'on Tuesday' in a Thursday article is that week's Tuesday; 'last week' the week before."""
    thursday = dt.date(2026, 2, 5)
    assert resolve_when("on Tuesday", thursday) == Period(dt.date(2026, 2, 3), dt.date(2026, 2, 3))
    assert resolve_when("yesterday", thursday) == Period(dt.date(2026, 2, 4), dt.date(2026, 2, 4))
    assert resolve_when("last week", thursday) == Period(dt.date(2026, 1, 26), dt.date(2026, 2, 1))
    ledger = extract_claims("date 2026-02-05\nThe ministry said on Tuesday that 40 people were killed.\n")
    assert [str(c.said_on) for c in ledger.claims] == ["2026-02-03"]


@pytest.mark.parametrize(
    "text",
    [
        "“" * 5000 + "said he",
        "He said " + "word " * 200_000,
        "“Unbalanced, he said. And ” more “ marks",
        "مرحبا He said hello قال",
    ],
)
def test_hostile_text_gives_a_valid_draft(text):
    """Unbalanced quote marks, one huge sentence and mixed scripts give a draft, never a traceback."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NoRulesWarning)
        ledger = extract_claims(text)
    assert all(text.find(c.quote) >= 0 for c in ledger.claims)


def test_cli_writes_evidence_comments_and_check_stays_green(tmp_path):
    """Each drafted claim has an evidence comment; the draft passes check."""
    article = tmp_path / "a.txt"
    article.write_text("The ministry said on Monday that 40 people were killed in the strike.\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(article), "-o", str(tmp_path / "d.yaml")])
    assert result.exit_code == 0, result.output
    draft = (tmp_path / "d.yaml").read_text(encoding="utf-8")
    assert "# evidence: quote " in draft and "rule speaker-cue" in draft
    assert runner.invoke(main, ["check", str(tmp_path / "d.yaml")]).exit_code == 0


def test_cli_names_a_language_without_rules(tmp_path):
    """The command warns on standard error, naming the language."""
    article = tmp_path / "de.txt"
    article.write_text("Der Minister sagte, die Lage sei ernst und die Regierung werde handeln.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article)])
    assert result.exit_code == 0 and "German" in result.output
