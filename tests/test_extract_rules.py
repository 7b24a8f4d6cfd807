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


# -- never the other side's mouth ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # A quote with no cue after a paragraph of someone else's reported speech: that
        # someone's, never the earlier quote's speaker.
        (
            "“We will appeal,” Jackley said.\n\n"
            "Romero warned that courts tend to agree.\n\n"
            "“While it is impossible to predict the outcome, we can assume the court will rule.”",
            "Jackley",
        ),
        # A quote whose speaker the rules cannot read breaks the chain of continuations.
        (
            "“The law is sound,” Skrmetti said.\n\n"
            "“Today is a loss for us all,” Chase Strangio, co-director at a rights project in New York, "
            "told a packed press room full of people. “Though this is a setback, it is not the end.”",
            "Skrmetti",
        ),
        # A paragraph of narration bringing in another party: the pronoun is not resolved over it.
        (
            "Fishwick said the court deferred to the state.\n\n"
            "Tennessee Attorney General Jonathan Skrmetti had defended the law for years.\n\n"
            "He said the legislature looked at the evidence.",
            "Fishwick",
        ),
        # "she" never resolves to a man, "he" never to "the sources".
        ("Mr Gardiner said the revelation was appalling. She said firms should not worry.", "Gardiner"),
        ("The sources said talks were going well. He said the group would return hostages.", "sources"),
        # "the Sudanese defence minister" is not the last person met.
        (
            "Ms Clinton said civilians were at risk. Meanwhile, the Sudanese defence minister said the army "
            "had not bombed the area.",
            "Clinton",
        ),
    ],
)
def test_uncertain_speakers_are_not_guessed(text, wrong):
    """When the speaker is out of reach or does not fit, no claim goes to the nearest candidate."""
    said = _said(extract_claims(text))
    assert said
    for name, quote in said:
        if wrong.lower() in name.lower():
            assert quote.split()[0] in text.split("\n")[0] and not any(
                w in quote for w in ("predict", "setback", "legislature", "firms", "hostages", "hospital", "bombed")
            ), (name, quote)


def test_a_possessive_makes_the_cue_a_noun():
    """In "Hamas rejected Israel's claim that ...", the claim is Israel's: Hamas said that it rejected
    it, and what follows "that" is Israel's claim as Hamas relays it (as with "claims by Israel that")."""
    said = _said(extract_claims("Hamas rejected Israel's claim that the hospital was a command centre."))
    assert said == [("Hamas", "rejected Israel's claim"), ("Israel", "the hospital was a command centre")]


def test_nested_attribution_gives_the_inner_speaker_via_the_outer():
    """'According to X, ... Y said' and 'X reported that Y said': Y speaks, through X."""
    ledger = extract_claims(
        "According to the Post, Press Secretary Eric Phillips said, “These sources are not telling the truth.”\n\n"
        "Axios reported that Israeli officials said the talks had stalled.\n\n"
        "Another spokesman, Austin Finan, also claimed that the report was untrue, according to The Post."
    )
    names = {s.id: s.name for s in ledger.sources}
    drafted = {c.quote: (names[c.said_by], tuple(names[v] for v in c.via)) for c in ledger.claims}
    assert drafted["These sources are not telling the truth."] == ("Eric Phillips", ("Post",))
    assert drafted["the talks had stalled"] == ("Israeli officials", ("Axios",))
    assert drafted["the report was untrue"] == ("Austin Finan", ("Post",))
    assert not any(name in ("Post", "The Post", "Axios") for name, _via in drafted.values())


def test_genitive_organisation_and_role_before_the_name():
    """'China's envoy to Darfur' is part of China; 'The party's trade spokesman Barry Gardiner' is a person."""
    ledger = extract_claims(
        "China's envoy to Darfur urged Sudan to accept the force. "
        "The party's international trade spokesman Barry Gardiner told The Independent the document was a revelation."
    )
    sources = {s.id: s for s in ledger.sources}
    speakers = {sources[c.said_by].name: sources[c.said_by] for c in ledger.claims}
    envoy = speakers["China's envoy to Darfur"]
    assert envoy.kind == "person" and sources[envoy.part_of].name == "China"
    assert speakers["Barry Gardiner"].kind == "person"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # "they" never resolves to one person.
        ("Bill Keller said the story spoke for itself. They said the meeting never happened.", "Keller"),
        # "the group" with two groups met and neither the last to speak: no guess.
        (
            "Hamas said its fighters fired rockets. Islamic Jihad said it joined the attack. "
            "A UN envoy said the talks were stalled. The group said the attack would go on.",
            "Hamas",
        ),
        # A short name fitting two people is neither of them.
        (
            "Rosie Ayliffe said her daughter loved travelling. Mia Ayliffe had written home weekly, "
            "Tom Ayliffe said. Ayliffe said the family would campaign for change.",
            "Ayliffe",
        ),
    ],
)
def test_ambiguous_references_are_not_guessed(text, wrong):
    """Number, two fitting groups or two people sharing a surname: the reference is left unresolved."""
    last = text.rsplit(". ", 1)[-1]
    for name, quote in _said(extract_claims(text)):
        assert not (wrong in name and quote in last), (name, quote)


def test_nested_report_gives_the_inner_speaker():
    """A correspondent's 'X said the protesters pledged to ...': the protesters' pledge, relayed by X."""
    ledger = extract_claims(
        "Al Jazeera's Mohamed Fahmy said the protesters pledged to continue until their demands were met."
    )
    names = {s.id: s.name for s in ledger.sources}
    assert [(names[c.said_by], c.quote, tuple(names[v] for v in c.via)) for c in ledger.claims] == [
        ("protesters", "pledged to continue until their demands were met", ("Mohamed Fahmy",))
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "quote", "via"),
    [
        (
            "“Today’s ruling is a loss,” Chase Strangio, co-director of the ACLU’s project, said in a news release.",
            "Chase Strangio",
            "Today’s ruling is a loss",
            (),
        ),
        (
            "MENA quoted an Egyptian official source as saying on condition of anonymity that talks would resume.",
            "Egyptian official source",
            "talks would resume",
            ("MENA",),
        ),
        (
            "The Washington Post quoted veteran aide John Weaver, who split with Mr McCain, as saying he met her.",
            "John Weaver",
            "he met her",
            ("Washington Post",),
        ),
        (
            "U.S. Secretary of State Condoleezza Rice said the meeting went well. “It was good,” she said after it.",
            "Condoleezza Rice",
            "It was good",
            (),
        ),
        (
            "Axios reporter Barak Ravid said in a brief post on X that an official denied the report.",
            "official",
            "denied the report",
            ("Barak Ravid",),
        ),
    ],
)
def test_attribution_shapes(text, speaker, quote, via):
    """Name and appositive after a quote, 'quoted X as saying', role complements, a nested report after an
    adjunct and 'that'."""
    ledger = extract_claims(text)
    names = {s.id: s.name for s in ledger.sources}
    drafted = {c.quote: (names[c.said_by], tuple(names[v] for v in c.via)) for c in ledger.claims}
    assert drafted.get(quote) == (speaker, via), drafted


def test_a_party_reporting_another_party_keeps_the_statement():
    """'Bratton said Celona claimed ...' is Bratton's account, never Celona's words; a newspaper relays."""
    said = _said(extract_claims("Bratton said Celona claimed the commissioner had lied."))
    assert all(name != "Celona" for name, _quote in said)
    said = _said(extract_claims("He said the protesters pledged to continue until their demands were met."))
    assert said == []  # whether "he" relays or takes a side is not known: nothing drafted


def test_briefing_paragraph_reporting_a_party_is_that_partys_via_the_briefer():
    """In a transcript, 'The Secretary of State condemned ...' is the Secretary's, relayed by the briefer;
    first-person 'We will have more to say' is never a speaker called 'We'."""
    ledger = extract_claims(
        "MR PRICE: Good afternoon, everybody.\n\n"
        "The Secretary of State condemned the attack on the embassy.\n\n"
        "We will have more to say on that later today.\n\n"
        "QUESTION: Thank you, Ned.\n\n"
        "MS PSAKI: The President believes it."
    )
    names = {s.id: s.name for s in ledger.sources}
    drafted = {c.quote: (names[c.said_by], tuple(names[v] for v in c.via)) for c in ledger.claims}
    assert drafted["condemned the attack on the embassy"] == ("Secretary of State", ("Price",))
    assert drafted["We will have more to say on that later today."] == ("Price", ())
    assert "We" not in names.values()


def test_family_members_speak_for_themselves():
    """'Mia Ayliffe-Chung's mother Rosie said' is Rosie, a woman, not Mia nor part of Mia."""
    ledger = extract_claims("Mia Ayliffe-Chung's mother Rosie said she was heartbroken.")
    (source,) = ledger.sources
    assert (source.name, source.kind, source.part_of, source.role) == (
        "Rosie",
        "person",
        None,
        "mother of Mia Ayliffe-Chung",
    )


@pytest.mark.parametrize(
    ("title", "speaker", "quote"),
    [
        (
            "Russians torture civilians in southern Ukraine: HRW",
            "Human Rights Watch",
            "Russians torture civilians in southern Ukraine",
        ),
        ("MERS outbreak a 'wake up call', says WHO", "World Health Organization", "MERS outbreak a 'wake up call'"),
        ("Live updates: Israel strikes Rafah overnight", None, None),
    ],
)
def test_title_naming_its_source(title, speaker, quote):
    """A title ending in its source is that source's statement, flagged for review; a subhead is not."""
    draft = extract_draft(f"{title}\n\nThe body of the article has no attribution at all.")
    said = _said(draft.ledger)
    assert said == ([(speaker, quote)] if speaker else [])
    assert all(e.review and e.rule == "title-source" for e in draft.evidence)


def test_base_form_cue_needs_a_plural_subject():
    """'Republicans say' and 'Those opposed to the law say' are attributions; 'the UK remains a member
    state of the EU' is not (a noun, not the verb 'state')."""
    said = _said(
        extract_claims(
            "Those opposed to the law say the harm will be great. "
            "A spokeswoman made clear that the UK remains a member state of the EU."
        )
    )
    assert ("Those opposed to the law", "the harm will be great") in said
    assert not any("member" in name for name, _quote in said)


def test_acronyms_name_the_same_source():
    """'Human Rights Watch (HRW)' then 'HRW'; 'Israel Defense Forces' then 'IDF' then 'the military'."""
    ledger = extract_claims(
        "Human Rights Watch (HRW) said forces tortured civilians. HRW said the abuses were war crimes. "
        "The Israel Defense Forces said it struck 40 targets. The IDF said 3 soldiers were hurt. "
        "The military said it would go on."
    )
    assert [(s.name, s.aliases) for s in ledger.sources] == [
        ("Human Rights Watch", ("HRW",)),
        ("Israel Defense Forces", ("IDF",)),
    ]
    assert [c.said_by for c in ledger.claims] == ["human-rights-watch"] * 2 + ["israel-defense-forces"] * 3


def test_cli_extract_with_a_ledger_reuses_its_sources(tmp_path):
    """--with claims/: known speakers keep their ids (by name or alias), only new ones are drafted,
    claim ids never repeat the ledger's, and the draft checks with the ledger."""
    import shutil
    from pathlib import Path

    folder = tmp_path / "claims"
    shutil.copytree(Path(__file__).resolve().parents[1] / "claims", folder)
    article = folder / "new.txt"
    article.write_text(
        "date 2026-02-06\nCrossing reopens\n\nHamas spokesman Hazem Qassem said the crossing must stay open. "
        "The Palestinian Red Crescent said 50 patients left. COGAT said it would close at night. "
        "A UN official said aid trucks were waiting.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(article), "--with", str(folder), "-o", str(folder / "new.yaml")])
    assert result.exit_code == 0, result.output
    ledger = extract_claims(article.read_text(encoding="utf-8"))  # without the ledger: all drafted anew
    assert {s.id for s in ledger.sources} >= {"hazem-qassem", "palestinian-red-crescent", "cogat"}
    draft = (folder / "new.yaml").read_text(encoding="utf-8")
    for said_by in ("qassem", "prcs", "cogat", "un-official"):
        assert f"said_by: {said_by}\n" in draft
    assert "- id: qassem\n" not in draft and "- id: un-official\n" in draft
    assert runner.invoke(main, ["check", str(folder)]).exit_code == 0


def test_intro_paragraph_unnamed_member_and_no_statement_before_a_clause():
    """'X said:' introduces the next paragraph's quote; 'A spokesman for X' is an unnamed member of X;
    'Hamas said it agreed to the deal' is Hamas's, never 'it' saying 'Hamas said'."""
    ledger = extract_claims(
        "Writing for the majority, Chief Justice John Roberts said:\n\n“This case carries the weight of debate.”\n\n"
        "A spokesman for the rebel Justice and Equality Movement told Reuters it had downed the helicopter.\n\n"
        "Hamas said it agreed to the deal."
    )
    sources = {s.id: s for s in ledger.sources}
    drafted = [(sources[c.said_by].name, c.quote) for c in ledger.claims]
    assert drafted == [
        ("John Roberts", "This case carries the weight of debate."),
        ("spokesman for the rebel Justice and Equality Movement", "it had downed the helicopter"),
        ("Hamas", "it agreed to the deal"),
    ]
    spokesman = sources[ledger.claims[1].said_by]
    assert spokesman.unnamed and sources[spokesman.part_of].name == "Justice and Equality Movement"


def test_long_text_is_read_in_blocks_with_the_same_claims(monkeypatch):
    """Blocks are cut at paragraph ends and carry the speakers over: the same claims, offsets
    into the whole text."""
    import claimgraph.extract.draft as draft_module

    text = "\n\n".join(
        f"Hamas spokesman Hazem Qassem said talks number {n} went well. He said the crossing must stay open."
        for n in range(40)
    )
    whole = extract_draft(text)
    monkeypatch.setattr(draft_module, "_BLOCK", 500)
    blocked = extract_draft(text)
    assert [(c.said_by, c.quote) for c in blocked.ledger.claims] == [(c.said_by, c.quote) for c in whole.ledger.claims]
    assert blocked.evidence == whole.evidence and len(whole.ledger.claims) == 80
