"""English attribution on news shapes the first rules missed: each through `extract_claims` on a short sentence."""

from __future__ import annotations

import pytest

from claimgraph.extract import extract_claims, extract_draft


def _said(ledger):
    names = {s.id: s.name for s in ledger.sources}
    return [(names[c.said_by], c.quote) for c in ledger.claims]


def _speakers_and_first_review(text):
    """The speakers' names of a text's draft, in claim order, and why its first claim is flagged."""
    draft = extract_draft(text)
    names = {s.id: s.name for s in draft.ledger.sources}
    return [names[c.said_by] for c in draft.ledger.claims], draft.evidence[0].review if draft.evidence else None


def test_speaker_after_the_cue_in_prose():
    """ "..., said X." and "..., on Monday asserted X at ...": the statement before the cue, the speaker after it."""
    ledger = extract_claims(
        "Harbour fees will rise by a fifth next spring, said Lena Marsh, director of the port authority.\n\n"
        "Exports are likely to recover, on Monday asserted the Central Bank of Utopia's governor Ivo Brandt "
        "at a conference in the capital, adding that prices were stable.\n"
    )
    assert _said(ledger) == [
        ("Lena Marsh", "Harbour fees will rise by a fifth next spring"),
        ("Ivo Brandt", "Exports are likely to recover"),
        ("Ivo Brandt", "prices were stable"),
    ]


def test_speaker_after_the_cue_never_takes_another_speakers_statement():
    """ "The station reported ..., said Wang": the station's finding stays the station's; "told X" names a listener."""
    ledger = extract_claims(
        "The Northfield weather station reported the heaviest rain in a decade on Monday, said Wang Li.\n\n"
        "Ana Ruiz, a member of the city council, told Radio Norte: the bridge will stay shut.\n"
    )
    said = _said(ledger)
    assert all(name != "Wang Li" for name, _quote in said)
    assert all(name != "Radio Norte" for name, _quote in said)


def test_a_title_ending_in_says_x_stays_a_flagged_title():
    """The title rule, not the prose rule, reads a title: its claim is flagged for review."""
    draft = extract_draft("Rents are set to double, says Housing Board\n\nThe board met on Monday.\n")
    assert [e.rule for e in draft.evidence] == ["title-source"]
    assert draft.evidence[0].review


def test_a_description_is_the_person_named_as_the_subject_before():
    """ "Mr Hale has filed ... / The Green frontbencher said: “…”": the described speaker is Mr Hale, flagged."""
    draft = extract_draft(
        "Mr Hale has now filed a complaint with the regional ombudsman about the tender.\n\n"
        "The Green frontbencher said: “This tender was rigged from the start and everyone knew it.”\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    assert [names[c.said_by] for c in draft.ledger.claims] == ["Mr Hale"]
    assert draft.evidence[0].review is not None and "subject of the sentence before" in draft.evidence[0].review


def test_a_lone_surname_is_a_person_only_once_printed_with_a_first_name():
    """ "Hale has filed ... / The Green frontbencher said": not Hale until the text has printed "Tom Hale";
    asked twice in one text, before and after the full name."""
    names, _review = _speakers_and_first_review(
        "Hale has now filed a complaint with the regional ombudsman about the tender.\n\n"
        "The Green frontbencher said: “This tender was rigged from the start and everyone knew it.”\n\n"
        "Tom Hale spoke at a rally in the harbour district on Monday evening.\n\n"
        "Hale has now filed a second complaint with the regional ombudsman about the tender.\n\n"
        "The Green frontbencher said: “The second tender was rigged as well, and the council knew it.”\n"
    )
    assert names == ["Green frontbencher", "Hale"]


def test_a_description_after_an_organisation_subject_is_not_guessed():
    """The sentence before opens with an organisation: the description stays its own unnamed speaker."""
    ledger = extract_claims(
        "Northgate Council has now filed a complaint with the regional ombudsman about the tender.\n\n"
        "The Green frontbencher said: “This tender was rigged from the start and everyone knew it.”\n"
    )
    assert [s.name for s in ledger.sources if s.id == ledger.claims[0].said_by] != ["Northgate Council"]


def test_a_description_fitting_the_person_quoted_just_before_is_that_person():
    """ "“…,” Okoro added. / The former national coach said …": news varies the word for the person
    it has just quoted, when the text printed that word with them ("Harbour FC coach Ben Okoro"),
    or one of its kind ("skipper" for "the veteran spinner"); flagged for review."""
    draft = extract_draft(
        "Harbour FC coach Ben Okoro said the match had been stopped too early.\n\n"
        "“We wanted extra time and the organisers refused it,” Okoro added.\n\n"
        "The former national coach said the club would not enter the tournament again.\n\n"
        "Stand-in skipper Dinesh Perera said the hosts had not taken the visitors lightly.\n\n"
        "“We really thought that we could defend the total,” the veteran spinner said.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    said = [names[c.said_by] for c in draft.ledger.claims]
    assert said == ["Ben Okoro", "Ben Okoro", "Ben Okoro", "Dinesh Perera", "Dinesh Perera"]
    assert "read as" in (draft.evidence[2].review or "") and "read as" in (draft.evidence[4].review or "")


def test_a_description_reaches_over_a_sentence_about_him_to_the_person_quoted():
    """ "During the debate Cllr Okoro said: “…” / He directed remarks at the opposition. / The Lib Dem
    councillor added: “…”": the sentence between goes on about him; "Cllr" is a councillor."""
    said = _said(
        extract_claims(
            "Councillor Ben Okoro said the plans had been forced through.\n"
            'During the debate Cllr Okoro said: "Residents have been pulling their hair out over planning."\n'
            "He directed remarks at the Labour opposition on the council.\n"
            'The Lib Dem councillor added: "Perhaps members opposite would be happy to keep block voting."\n'
        )
    )
    assert [name for name, _quote in said] == ["Ben Okoro"] * 3


def test_the_police_mouthpiece_is_the_police_spokesperson_quoted_before():
    """ "police spokesperson, Fred Okello said … / “…,” Okello said. / The Police mouthpiece explained
    that …": news's word for a spokesperson, one kind with it."""
    said = _said(
        extract_claims(
            "In a statement, police spokesperson, Fred Okello said the legislator was never tortured.\n\n"
            "“We dismiss these allegations as false,” Okello said.\n\n"
            "The Police mouthpiece explained that upon arrest, the MP was held at a police station.\n"
        )
    )
    assert [name for name, _quote in said] == ["Fred Okello"] * 3


def test_a_description_the_text_never_gave_the_person_quoted_before_is_someone_else():
    """ "“…,” Okoro said. / The judge said …": a defence lawyer is no judge, nor an unnamed source
    the last person named: each stays a speaker of its own."""
    ledger = extract_claims(
        "Defence lawyer Ben Okoro said his client had been nowhere near the harbour that night.\n\n"
        "“The police never checked his alibi,” Okoro said.\n\n"
        "The judge said the jury would have to weigh the alibi with care.\n\n"
        "The source said the trial could last until the end of the month.\n"
    )
    names = {s.id: s.name for s in ledger.sources}
    said = [names[c.said_by] for c in ledger.claims]
    assert said[:2] == ["Ben Okoro", "Ben Okoro"]
    assert "Ben Okoro" not in said[2:] and len(said) == 4


def test_a_surname_printed_with_a_first_name_is_a_person_not_the_body_it_means():
    """ "Wisani Ngobeni" in narration, then "Ngobeni told …": a person, so "a story that it said
    showed …" is never his (the newspaper's words, with no speaker read, are not drafted)."""
    ledger = extract_claims(
        "The department attacked the Daily Courier on Monday.\n\n"
        "The department’s spokesman, Wisani Ngobeni, made the comments at a press conference.\n\n"
        "“We do not have the documents the newspaper relied upon,” Ngobeni told the press conference.\n\n"
        "The newspaper at the weekend published a story that it said showed that the minister had lied.\n"
    )
    names = {s.id: s.name for s in ledger.sources}
    said = [(names[c.said_by], c.quote) for c in ledger.claims]
    assert ("Ngobeni", "We do not have the documents the newspaper relied upon") in said
    assert not any(name == "Ngobeni" and "minister had lied" in quote for name, quote in said)


def test_a_surname_is_the_person_whose_name_a_role_was_read_into():
    """ "MSF director of operations Raquel Ayora said …", then "Ayora said": one speaker."""
    ledger = extract_claims(
        "MSF director of operations Raquel Ayora said the hospital had been hit twice.\n\n"
        "Ayora said the staff had been evacuated before the second strike.\n"
    )
    assert len({c.said_by for c in ledger.claims}) == 1 and len(ledger.claims) == 2


def test_they_after_a_one_word_name_that_may_be_a_person_is_no_guess():
    """ "Rahim said people posing as police called his wife … They asked her …": "they" are the
    people, not Rahim; a body the rules know ("Hamas said … They added") is still "they"."""
    said = _said(
        extract_claims(
            "Rahim said people posing as police officers had called his wife on Tuesday.\n\n"
            "They asked her to bring the money to a market in the city.\n\n"
            "Hamas said the truce had collapsed on Monday.\n\n"
            "They added that the talks would resume in Cairo.\n"
        )
    )
    assert not any(name == "Rahim" and "bring the money" in quote for name, quote in said)
    assert ("Hamas", "the talks would resume in Cairo") in said


def test_the_occasion_between_speaker_and_cue_is_no_part_of_the_speaker():
    """ "INDECOM at a press conference Wednesday said", "The union at its annual meeting said":
    the occasion is where they spoke, not who."""
    said = _said(
        extract_claims(
            "INDECOM at a press conference Wednesday said that at least 12 detainees die every year.\n\n"
            "The union at its annual meeting said members would strike in March.\n"
        )
    )
    assert [name for name, _quote in said] == ["INDECOM", "union"]


def test_a_description_opens_the_speaking_clause_after_narration_with_a_verb():
    """ "A row erupted as a leading councillor accused …", "… issued a rebuttal after a media report
    claimed that …": the clause after the narration's own verb has its own speaker, a role or a
    document; "Prices climbed as the war continued" drafts nothing."""
    said = _said(
        extract_claims(
            "A row erupted as a leading councillor accused his opponents of ripping up the green belt.\n\n"
            "The ministry issued a rebuttal after a media report claimed that hospitals had run out of drugs.\n\n"
            "Prices climbed as the war continued.\n"
        )
    )
    assert [name for name, _quote in said] == ["leading councillor", "media report"]


def test_a_described_body_is_the_one_organisation_named_before_it():
    """ "… fined three subsidiaries of Fitch Ratings … / The rating agency said …", "… cited The New
    York Times … / The newspaper alleged …", "Photo-Me International Plc was fined … / the company
    said": the body named in narration, flagged; with two that fit, or a party's ministry, no guess."""
    draft = extract_draft(
        "Regulators have fined three subsidiaries of Fitch Ratings a combined 5 million euros.\n\n"
        "The rating agency said the breaches did not affect its ratings.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    assert [names[c.said_by] for c in draft.ledger.claims] == ["Fitch Ratings"]
    assert "read as Fitch Ratings" in (draft.evidence[0].review or "")
    said = _said(
        extract_claims(
            "The story first appeared in The New York Times on Friday.\n\n"
            "The newspaper alleged that the unit had paid the militants.\n"
        )
    )
    assert said == [("New York Times", "the unit had paid the militants")]
    based = _said(
        extract_claims(
            "Egypt rejects Human Rights Watch report\n\n"
            "Cairo dismissed a report released by US-based Human Rights Watch on Tuesday.\n\n"
            "The human rights group has accused the security forces of killing protesters.\n"
        )
    )
    assert ("Human Rights Watch", "accused the security forces of killing protesters") in based
    far = _said(
        extract_claims(
            "The story first appeared in The New York Times on Friday.\n\n"
            "The minister spoke to reporters in the capital on Saturday morning.\n\n"
            "Officials gave no further details about the meeting.\n\n"
            "The paper alleged that the unit had paid the militants.\n"
        )
    )
    # a paper named paragraphs before may not be the one printing the article: no guess
    assert [name for name, _quote in far] == ["paper"]
    armed = _said(
        extract_claims(
            "Amnesty International published a report on the fighting on Monday.\n\n"
            "The group said that its fighters had withdrawn from the town.\n"
        )
    )
    # a bare "group" is as often an armed group as a charity: not read as the charity named
    assert [name for name, _quote in armed] == ["group"]
    two = _said(
        extract_claims(
            "The story ran in the Daily Mail and the Irish Times on Monday.\n\n"
            "The newspaper alleged that the singer would retire.\n\n"
            "Israel's Defence Ministry and the Gaza Health Ministry gave different figures.\n\n"
            "The ministry said that the hospital had been hit by a rocket.\n"
        )
    )
    assert [name for name, _quote in two] == ["newspaper", "ministry"]


def test_a_speaker_printed_by_initials_or_a_nickname_the_text_defined_is_given_the_full_name():
    """ "Workers at Harlow Civil Engineering Services (HCES) …/ However, HCES said …", "a spokesman
    for HCES said"; "Party organiser Henry Mensah Boateng, known as Mensah B, … / Mensah B alleged":
    the name the text spelled out; initials it never defined, or defined for two names, stay."""
    ledger = extract_claims(
        "Workers at Harlow Civil Engineering Services (HCES) have voted to strike over pay.\n\n"
        "However, HCES said the turnout had been low.\n\n"
        "A spokesman for HCES said: “The firm is disappointed with the result.”\n\n"
        "Party organiser Henry Mensah Boateng, known as Mensah B, spoke in Accra on Monday.\n\n"
        "Mensah B alleged that the meeting had been held in secret.\n\n"
        "KLM said the flights would resume on Friday.\n"
    )
    names = {s.id: (s.name, *s.aliases) for s in ledger.sources}
    said = [names[c.said_by] for c in ledger.claims]
    assert "Harlow Civil Engineering Services" in said[0] and "HCES" in said[0]
    assert "Harlow Civil Engineering Services" in said[1][0]
    assert said[2][0] == "Henry Mensah Boateng"
    assert said[3][0] == "KLM"


def test_maintaining_contact_is_no_statement_but_maintaining_a_view_is():
    """ "China maintains contact with other members …, Geng added": what China keeps up says nothing,
    so the statement is Geng's; "maintains the budget will be …", "maintained its forecast" are said."""
    said = _said(
        extract_claims(
            "China maintains contact on this issue with other members of the Security Council, Geng added.\n\n"
            "The Prime Minister maintains the budget will be seen as a watershed.\n\n"
            "The bank maintained its inflation forecast at 3.5 percent.\n"
        )
    )
    assert [name for name, _quote in said] == ["Geng", "Prime Minister", "bank"]


def test_an_unnamed_member_is_part_of_the_body_printed_before_its_role():
    """ "A Hamas official said", "a Garda spokesman replied": the unnamed member speaks for the body,
    which is their origin; "a Palestinian official" names a people, "a Reuters witness" an outlet's."""
    ledger = extract_claims(
        "A Hamas official said the truce had collapsed.\n\n"
        "A Garda spokesman said the woman had died in an assault.\n\n"
        "A senior Palestinian official said the talks were over.\n\n"
        "A Reuters source said the deal had been signed.\n"
    )
    by_id = {s.id: s for s in ledger.sources}
    origins = [by_id[ledger.origin(c.said_by)].name for c in ledger.claims]
    assert origins == ["Hamas", "Garda", "senior Palestinian official", "Reuters source"]


def test_an_office_is_the_person_named_at_the_very_next_quote():
    """ "The NDP's secretary-general accused the government of … / “We reject this election,” Kofi
    Mensah Boateng said": news names the office, then the person at the next quote; with another
    statement between, or a person titled otherwise, no guess."""
    said = _said(
        extract_claims(
            "The opposition rejected the result on Monday.\n\n"
            "The NDP’s secretary-general accused the government of using state resources to win.\n\n"
            "“We reject this election and its results,” Kofi Mensah Boateng said at a news conference.\n"
        )
    )
    assert [name for name, _quote in said][-2:] == ["Kofi Mensah Boateng", "Kofi Mensah Boateng"]


def test_a_participle_clause_with_no_comma_is_no_part_of_the_speaker():
    """ "Appealing for witnesses a Garda spokesman said", "During the meeting the minister said": the
    opening clause is set off by no comma; the speaker is the phrase after it, a name after a common
    noun its own ("During the debate Cllr Wilkes said")."""
    said = _said(
        extract_claims(
            "Appealing for witnesses to the crash a Garda spokesman said the road had been closed.\n\n"
            "During the meeting the minister said the plan was ready.\n\n"
            "During the debate Cllr Wilkes said the plans had been forced through.\n"
        )
    )
    assert [name for name, _quote in said] == ["Garda spokesman", "minister", "Cllr Wilkes"]


def test_already_between_speaker_and_cue_is_no_part_of_the_speaker():
    """ "De K. already asked for a psychiatrist": the adverb is when, not who."""
    said = _said(extract_claims("The lawyer said the prison was full. De K. already asked for a psychiatrist.\n"))
    assert said == [("lawyer", "the prison was full"), ("De K.", "for a psychiatrist")]


def test_a_participle_in_a_clause_a_relay_reports_is_the_clause_subjects():
    """ "the magazine reported that Dunne referenced her personal life, accusing her of being
    jealous": Dunne accuses, as the magazine tells it (relayed); "…, the agency said in a statement,
    adding that …" stays the agency's own."""
    ledger = extract_claims(
        "The magazine reported that Dunne referenced the reporter's personal life, accusing her of being jealous.\n\n"
        "Three staff members are among the wounded, the agency said in a statement, adding that the toll could rise.\n"
    )
    names = {s.id: s.name for s in ledger.sources}
    said = [(names[c.said_by], [names[v] for v in c.via], c.quote) for c in ledger.claims]
    assert said == [
        ("magazine", [], "Dunne referenced the reporter's personal life"),
        ("Dunne", ["magazine"], "accusing her of being jealous"),
        ("agency", [], "Three staff members are among the wounded"),
    ]


def test_what_is_set_off_after_a_subject_says_how_it_spoke_not_who_it_is():
    """ "the sheriff's department, responding in a written statement Saturday, said", "The robocall
    message, sent by “Mr. Hardiman” … at 4:30 Friday afternoon, stated", "According to the message,
    “…”": the participle's clause, the clock's colon and a message are no obstacle to the speaker."""
    said = _said(
        extract_claims(
            "But the sheriff’s department, responding in a written statement Saturday, said the account was wrong.\n\n"
            "The robocall message, sent by “Mr. Hardiman” to parents at 4:30 Friday afternoon, stated that "
            "a fight had broken out.\n\n"
            "According to the message, “When the deputy arrived, he pointed his shotgun at the people.”\n\n"
            "John Smith, acting director of the agency, said the plan was ready.\n"
        )
    )
    assert [name for name, _quote in said] == [
        "sheriff’s department",
        "robocall message",
        "robocall message",
        "John Smith",
    ]


def test_a_cue_joined_to_a_verb_of_rising_or_sitting_shares_its_subject():
    """ "Cllr Carl Marshall rose to his feet and said …", "The mayor sat down and said …": the
    irregular past of a verb of doing is the subject's own verb too."""
    said = _said(
        extract_claims(
            "Cllr Carl Marshall rose to his feet and said the committees were not political.\n\n"
            "The mayor sat down with residents and said the plan would be dropped.\n"
        )
    )
    assert [name for name, _quote in said] == ["Cllr Carl Marshall", "mayor"]


def test_an_occasion_opening_the_sentence_with_no_comma_is_no_part_of_the_speaker():
    """ "However, in a statement Thursday night the High Command denied …": the occasion and the
    time are where and when, not who."""
    said = _said(
        extract_claims(
            "However, in a statement Thursday night the High Command said that 29 people had died in custody.\n"
        )
    )
    assert said == [("High Command", "29 people had died in custody")]


def test_a_petition_or_motion_put_out_by_a_clause_subject_speaks_for_it():
    """ "The council is aware that the Residents Group has launched a petition on change.org accusing
    the Mayor of …": the group accuses, not the council; "as the council passed a motion calling on
    …": the council calls; "The petition speculates that …" is a statement."""
    said = _said(
        extract_claims(
            "The council is aware that the Residents Action Group has launched a petition on change.org "
            "accusing the Mayor of bullying a councillor.\n\n"
            "He spoke as the council passed a motion calling on the minister to intervene.\n\n"
            "The petition speculates that the complaints are politically motivated.\n"
        )
    )
    assert [name for name, _quote in said] == ["Residents Action Group", "council", "petition"]


def test_two_people_named_in_full_speak_together_and_each_alone_after():
    """ "Wahab Riaz and Abdul Razzaq on Thursday rubbished allegations …" is the pair's, never
    Razzaq's alone as a role "Wahab Riaz and"; "Wahab said …" after it is his own; "Procter and
    Gamble" is no pair of people."""
    ledger = extract_claims(
        "Wahab Riaz and Abdul Razzaq on Thursday rubbished allegations of favouring certain players.\n\n"
        "Wahab said the selection had been made by the whole panel.\n\n"
        "Procter and Gamble said its profits had risen.\n"
    )
    by_id = {s.id: s for s in ledger.sources}
    said = [by_id[c.said_by] for c in ledger.claims]
    assert [(s.name, s.kind) for s in said] == [
        ("Wahab Riaz and Abdul Razzaq", "group"),
        ("Wahab", said[1].kind),
        ("Procter and Gamble", said[2].kind),
    ]
    assert said[2].kind != "group"


def test_a_base_form_after_a_quote_and_one_named_body_is_a_noun_not_a_cue():
    """ "Pakistan army rejected as "a pack of lies" the Human Rights Watch (HRW) report that …": the
    report is the army's object, never the quote's speaker; "“…,” residents say" still reads."""
    said = _said(
        extract_claims(
            'Pakistan army on Saturday rejected as "a pack of lies" the Human Rights Watch (HRW) report '
            "that the government had failed to act.\n\n"
            "“We have had no water for a week,” residents say.\n"
        )
    )
    assert not any(name in ("Human Rights Watch", "HRW") for name, _quote in said)
    assert ("residents", "We have had no water for a week") in said


def test_a_seat_in_brackets_and_a_cue_naming_an_object_are_no_speakers():
    """ "Deputy Salah Al Din Sabra (Amman, 4th District) noted …": the seat is where he sits; "Majali
    presented what he termed a “clarification”, explaining that …": the cue names what he presented,
    and the participle is his."""
    said = _said(
        extract_claims(
            "Deputy Salah Al Din Sabra (Amman, 4th District) noted that the minister had made them feel at war.\n\n"
            "During the session, Rakan Majali presented what he termed as a “clarification” to the House, "
            "explaining that his statements were “misunderstood”.\n"
        )
    )
    assert said == [
        ("Salah Al Din Sabra", "the minister had made them feel at war"),
        ("Rakan Majali", "his statements were “misunderstood”"),
    ]


def test_words_criticised_told_in_a_clause_of_their_own_are_not_the_critics():
    """ "Sabra criticised a statement by Majali to a local newspaper when he said the government …":
    the critic's words end before "when he said", never reaching into the other man's."""
    said = _said(
        extract_claims(
            "Sabra also criticised a recent statement by Majali to a local newspaper when he said the "
            "government is planning to hold elections in November.\n"
        )
    )
    assert said[0] == ("Sabra", "criticised a recent statement by Majali to a local newspaper")


def test_a_tweet_on_a_bodys_account_is_the_bodys_and_initials_open_its_name():
    """ "“…,” a tweet on the official Twitter handle of the NFF reads." after "The Nigeria Football
    Federation has …": the federation speaks, by the initials it never defined in brackets;
    "The European Securities and Markets Authority (ESMA)" defines its initials, "The" and all."""
    ledger = extract_claims(
        "The Nigeria Football Federation has dismissed allegations of bribery.\n\n"
        "“We will not accept these lies,” a tweet on the official Twitter handle of the NFF reads.\n\n"
        "The European Securities and Markets Authority (ESMA) has fined the agency.\n\n"
        "The ESMA noted that the breaches had been serious.\n"
    )
    names = {s.id: (s.name, *s.aliases) for s in ledger.sources}
    said = {c.quote: names[c.said_by] for c in ledger.claims}
    assert said["We will not accept these lies"][0] == "Nigeria Football Federation"
    assert "NFF" in said["We will not accept these lies"]
    assert said["the breaches had been serious"][0] == "European Securities and Markets Authority"


def test_a_title_holder_may_carry_a_nickname_in_quotation_marks():
    """ "the claims by former Senator Ramon “Bong” Revilla … / “…,” the former senator said": the
    former senator is Revilla, his title "former Senator" (not "claims by former Senator")."""
    ledger = extract_claims(
        "Aquino on Wednesday rejected the claims by former Senator Ramon “Bong” Revilla that money was spent.\n\n"
        "“They are lying about me and they have been for years,” the former senator said.\n"
    )
    by_id = {s.id: s for s in ledger.sources}
    last = by_id[ledger.claims[-1].said_by]
    assert (last.name, last.role) == ("Ramon “Bong” Revilla", "former Senator")


def test_what_someone_is_told_or_asked_to_say_is_not_said():
    """ "Simon Harris told to admit he ‘misled’ public", "The Prime Minister was asked to explain it":
    bidden, not said; "went on to say that …" is said."""
    said = _said(
        extract_claims(
            "Simon Harris told to admit he ‘misled’ public\n\n"
            "The Prime Minister was asked to explain it this morning.\n\n"
            "The minister went on to say that the budget had been cut.\n"
        )
    )
    assert said == [("minister", "the budget had been cut")]


def test_a_relative_clause_after_according_to_is_who_the_source_is_not_what_it_said():
    """ "According to the driver, who later made a complaint to the Office, the police arrived late":
    the driver's statement starts after the clause that says who she is."""
    said = _said(
        extract_claims("According to the driver, who later made a complaint to the Office, the police arrived late.\n")
    )
    assert said == [("driver", "the police arrived late")]


def test_a_cue_joined_to_another_with_a_clause_of_its_own_is_a_second_statement():
    """ "The officer denied being rude and said he was disappointed …": two statements of his, the
    denial ending where the second cue begins; "that" is not needed when the clause has a subject."""
    said = _said(
        extract_claims("The officer denied being rude and unhelpful and said he was disappointed by the complaint.\n")
    )
    assert said == [
        ("officer", "denied being rude and unhelpful"),
        ("officer", "he was disappointed by the complaint"),
    ]


def test_what_someone_tries_or_means_to_say_is_not_said_but_their_participle_is():
    """ "Crawford tried to plead guilty to two charges", "The minister is expected to announce that …":
    not (yet) said; "The Police Force intends to demand a retraction, arguing that …": the demand is
    meant, the argument made."""
    said = _said(
        extract_claims(
            "Andrew Crawford tried to plead guilty to two assault charges at a hearing.\n\n"
            "The minister is expected to announce that the border will close.\n\n"
            "The Police Force intends to demand a retraction from Amnesty International, arguing that the "
            "report is a misrepresentation of police conduct.\n"
        )
    )
    assert said == [("Police Force", "the report is a misrepresentation of police conduct")]


def test_a_country_in_the_title_is_its_body_that_says_the_same_in_the_story():
    """ "Kuwait utterly denies reports on FM statements" over "Kuwait’s Foreign Ministry Saturday
    utterly denied recent reports …": the ministry, flagged; never "Kuwait News Agency" after it."""
    draft = extract_draft(
        "Kuwait utterly denies reports on FM statements\n\n"
        "Kuwait’s Foreign Ministry on Saturday denied recent reports by Iran’s Fars News Agency.\n\n"
        "Meanwhile, Kuwait News Agency denied the allegations circulated by some media.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    said = [names[c.said_by] for c in draft.ledger.claims]
    assert said[:2] == ["Kuwait’s Foreign Ministry", "Kuwait’s Foreign Ministry"]
    assert "says the same in the story" in (draft.evidence[0].review or "")


def test_told_a_listener_that_is_no_name():
    """ "told the jury that", "told a parliamentary hearing that": the listener is any noun phrase of that kind."""
    ledger = extract_claims(
        "Mr Dorsey told the jury that the evidence had been gathered unlawfully.\n\n"
        "Ms Okafor told a parliamentary hearing that the budget would be cut.\n"
    )
    assert _said(ledger) == [
        ("Mr Dorsey", "the evidence had been gathered unlawfully"),
        ("Ms Okafor", "the budget would be cut"),
    ]


def test_after_a_whole_quote_the_words_after_the_cue_are_no_statement():
    """ "“…,” she said after meeting ...": the quote is the statement; "..., adding that ..." is hers too."""
    ledger = extract_claims(
        "Helga Brandt, the mayor of Lindau, spoke on Monday.\n\n"
        "“We are still counting the damage,” Helga Brandt said in a video posted online.\n\n"
        "“It could be worse than we think,” she said, adding that she had asked the state for help.\n"
    )
    quotes = [quote for _name, quote in _said(ledger)]
    assert quotes == [
        "We are still counting the damage",
        "It could be worse than we think",
        "she had asked the state for help",
    ]
    assert {name for name, _quote in _said(ledger)} == {"Helga Brandt"}


def test_a_document_quoted_by_a_party_speaks_through_that_party():
    """ "Mr Vance said the article claimed ...": the article's claim, relayed by Mr Vance and flagged; never his own."""
    draft = extract_draft("Mr Vance said the article claimed the duke owed millions to a private bank.\n")
    names = {s.id: s.name for s in draft.ledger.sources}
    claim = draft.ledger.claims[0]
    assert names[claim.said_by] != "Mr Vance" and [names[v] for v in claim.via] == ["Mr Vance"]
    assert draft.evidence[0].review is not None


def test_an_agency_reporting_someone_elses_words_is_no_speaker():
    """ "..., X denied claims ..., Bloomberg said." and "Bloomberg said that X ..., claiming ...": not the agency's."""
    ledger = extract_claims(
        "In a long hearing, the former editor Tom Riley denied claims made by a reporter about the paper, "
        "Bloomberg said.\n\n"
        "However, Bloomberg said that Riley played down his role, claiming in court that he knew little.\n"
    )
    said = _said(ledger)
    assert not any(quote.startswith(("In a long", "denied")) for name, quote in said if name == "Bloomberg")
    assert not any(
        "he knew little" in quote and not quote.startswith("Riley") for name, quote in said if name == "Bloomberg"
    )
    assert any(name == "Tom Riley" for name, _quote in said)


def test_wrote_about_is_a_topic_not_a_statement():
    """ "The columnists wrote about deals ...": no statement is drafted from the topic."""
    ledger = extract_claims("The paper's columnists wrote about potential deals at a media firm, a court heard.\n")
    assert all(not quote.startswith("about") for _name, quote in _said(ledger))


@pytest.mark.parametrize(
    ("text", "speaker", "why"),
    [
        # a speaker named only by title is the one person the text prints under that title
        (
            "Interior Minister Rosa Vidal visited the flooded districts on Monday.\n\n"
            "The interior minister said that emergency funds would reach every family within a week.\n",
            "Rosa Vidal",
            "Interior Minister",
        ),
        # "she" is the person named as the subject of the sentence before (a description first)
        (
            "The boy's mother, Tracey Lund, paid tribute to her son on Thursday.\n\n"
            "“He was the kindest boy in the whole street and we miss him,” she said.\n",
            "Tracey Lund",
            "subject of the sentence before",
        ),
    ],
)
def test_a_speaker_read_from_elsewhere_in_the_text_is_flagged(text, speaker, why):
    """ "The interior minister said" after "Interior Minister Rosa Vidal"; "she said" after "The boy's
    mother, Tracey Lund, paid tribute": the person, with the reason in the review flag."""
    speakers, review = _speakers_and_first_review(text)
    assert speakers == [speaker]
    assert review is not None and why in review


def test_a_title_printed_in_a_capitals_heading_names_its_holder():
    """A briefing's heading "SPOKESPERSON FOR SECRETARY-GENERAL ANA LOPES": "the Secretary-General" is Ana Lopes."""
    ledger = extract_claims(
        "NOON BRIEFING BY THE SPOKESPERSON FOR SECRETARY-GENERAL ANA LOPES\n\n"
        "The Secretary-General said that the talks in Geneva had made real progress on the water treaty.\n"
    )
    assert _said(ledger) == [("Ana Lopes", "the talks in Geneva had made real progress on the water treaty")]


def test_a_title_two_people_hold_names_nobody():
    """ "President Ortiz" and "President Lind": "the president" is neither of them; a demonym must fit the title."""
    ledger = extract_claims(
        "President Carla Ortiz met President Jonas Lind in the capital on Monday.\n\n"
        "The president said that the border would reopen next week.\n\n"
        "Later, the Danish prime minister said that talks would continue.\n"
    )
    assert {name for name, _quote in _said(ledger)}.isdisjoint({"Carla Ortiz", "Jonas Lind"})


def test_a_quote_that_ends_its_own_sentence_keeps_the_previous_speaker():
    """ "“…,” said Ada Brook. “… hung up.” Ben Cole and other traders said the call …": the second quote is
    Brook's, never given to the next sentence's speaker."""
    ledger = extract_claims(
        "“It was the strangest call I have heard in years,” said Ada Brook, a trader at Norland Bank. "
        "“He read his statement and then he simply hung up.” Ben Cole and other traders said the call "
        "made them nervous about the company.\n"
    )
    said = _said(ledger)
    assert ("Ada Brook", "He read his statement and then he simply hung up.") in said
    assert all(not (name.startswith("Ben Cole") and "hung up" in quote) for name, quote in said)


def test_an_acronym_met_first_and_its_full_name_later_are_one_source():
    """ "..., says WHO" in the title, "The World Health Organization said" in the body: one source."""
    ledger = extract_claims(
        "Measles cases rising in three regions, says WHO\n\n"
        "The World Health Organization said that vaccination rates had fallen for a second year.\n"
    )
    assert [s.name for s in ledger.sources] == ["World Health Organization"]
    assert ledger.sources[0].aliases == ("WHO",)


def test_abbreviated_ranks_before_a_name_after_the_cue():
    """ "..., says Maj. Gen. Ann Ray, the base commander.": the speaker is Ann Ray, the ranks her role."""
    ledger = extract_claims(
        "The new runway will open by the end of June, says Maj. Gen. Ann Ray, the base commander.\n"
    )
    assert _said(ledger) == [("Ann Ray", "The new runway will open by the end of June")]
    assert ledger.sources[0].kind == "person"


def test_a_speaker_described_by_age_is_the_subject_before():
    """ "But Mahler rejected the count. “…,” the 58-year-old said.": Mahler's, flagged for review."""
    draft = extract_draft(
        "Opposition leader Tomas Mahler lost the vote by a narrow margin.\n\n"
        "But Tomas Mahler rejected the count. "
        "“The ballots were tampered with in three districts,” the 58-year-old said.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    [(claim, evidence)] = [
        (c, e) for c, e in zip(draft.ledger.claims, draft.evidence, strict=True) if "ballots" in (c.quote or "")
    ]
    assert names[claim.said_by] == "Tomas Mahler"
    assert evidence.review is not None


def test_a_time_phrase_before_the_speaker_is_not_part_of_it():
    """ "Before the meeting the mayor said ...": the speaker is the mayor, not "Before the meeting the mayor"."""
    ledger = extract_claims(
        "Mayor Ines Costa met the transport board on Monday.\n\n"
        "Before the meeting the mayor said that the tram line would be extended to the airport.\n"
    )
    assert _said(ledger) == [("Ines Costa", "the tram line would be extended to the airport")]


def test_a_well_known_acronym_printed_alone_takes_its_full_name():
    """ "The HRW said ...": the source is Human Rights Watch, with HRW as its alias."""
    ledger = extract_claims("The HRW said that it had interviewed forty former detainees in the region.\n")
    assert [(s.name, s.aliases) for s in ledger.sources] == [("Human Rights Watch", ("HRW",))]


def test_a_statement_with_its_own_unread_speaker_is_not_the_relaying_partys():
    """ "The brother of one of the miners said ..., the union said.": the brother's words (the union
    relays them), never the union's own."""
    ledger = extract_claims(
        "The brother of one of the miners said his wages had been withheld for months, the union said.\n"
    )
    said = [(name, quote) for name, quote in _said(ledger) if "wages had been withheld" in quote]
    assert said == [("brother of one of the miners", "his wages had been withheld for months")]


def test_went_on_and_made_clear_are_cues():
    """ "The mayor went on: “…”", "She made clear that ...": both statements, with those cues."""
    ledger = extract_claims(
        "Mayor Ines Costa opened the new depot on Monday.\n\n"
        "Ines Costa went on: “Every bus in this city will run on electricity by the end of the decade.”\n\n"
        "Ines Costa made clear that fares would not rise next year.\n"
    )
    assert [(c.cue, c.quote) for c in ledger.claims] == [
        ("went on", "Every bus in this city will run on electricity by the end of the decade."),
        ("made clear", "fares would not rise next year"),
    ]


def test_went_on_without_a_colon_is_no_cue():
    """ "The talks went on for three more days": no statement."""
    assert extract_claims("The talks in Geneva went on for three more days without a deal.\n").claims == ()


def test_was_quoted_as_saying_with_and_without_a_relay():
    """ "X was quoted by the Daily Post as saying ...": X speaks, the Post relays."""
    ledger = extract_claims(
        "Ines Costa was quoted by the Daily Post as saying that the depot would open in May.\n\n"
        "Tomas Mahler was quoted as saying the budget was already spent.\n"
    )
    names = {s.id: s.name for s in ledger.sources}
    assert [(names[c.said_by], [names[v] for v in c.via], c.quote) for c in ledger.claims] == [
        ("Ines Costa", ["Daily Post"], "the depot would open in May"),
        ("Tomas Mahler", [], "the budget was already spent"),
    ]


def test_a_curly_quote_closed_by_a_straight_mark_before_its_cue():
    """ "“The river rose in an hour," she said.": the quote closes at the straight mark."""
    ledger = extract_claims(
        "Ana Ruiz, the mayor of Northfield, spoke to reporters on Monday.\n\n"
        '“The river rose faster than anyone expected in a single hour," she said.\n'
    )
    assert _said(ledger) == [("Ana Ruiz", "The river rose faster than anyone expected in a single hour")]


def test_a_pronoun_is_not_the_subject_before_when_the_first_name_says_another_gender():
    """ "Robert Hale paid tribute ... “…,” she said.": not Robert Hale."""
    ledger = extract_claims(
        "Robert Hale paid tribute to his neighbour on Thursday.\n\n"
        "“He was the kindest man in the whole street and we miss him,” she said.\n"
    )
    assert all(name != "Robert Hale" for name, _quote in _said(ledger))


def test_the_gender_of_a_pronoun_decides_between_the_last_two_speakers():
    """ "Ann Ray said ... / Tomas Berg said ... / She added ...": Ann Ray, the one "she" can be."""
    ledger = extract_claims(
        "“The fund will be empty by June,” said Ann Ray, the treasurer.\n\n"
        "“We have asked the council for more time,” said Tomas Berg, the chairman.\n\n"
        "“Nobody has answered our letters,” she added.\n"
    )
    assert _said(ledger)[-1] == ("Ann Ray", "Nobody has answered our letters")


def test_a_second_cue_joined_by_and_or_but_shares_the_speaker():
    """ "X blamed ... and said that ...", "X said ... but added that ...": two statements, one speaker;
    "and charged them with" is no statement."""
    ledger = extract_claims(
        "Ann Ray said the bridge was safe but added that repairs were needed before winter.\n\n"
        "Police arrested two men on Friday and charged them with theft.\n"
    )
    assert _said(ledger) == [("Ann Ray", "the bridge was safe"), ("Ann Ray", "repairs were needed before winter")]


def test_a_discourse_adverbial_between_speaker_and_cue():
    """ "General Tomas Berg, on the other hand, told Radio Norte that ...": Berg's statement."""
    ledger = extract_claims(
        "General Tomas Berg, on the other hand, told Radio Norte that his forces held the airport.\n"
    )
    assert _said(ledger) == [("Tomas Berg", "his forces held the airport")]


def test_straight_single_quotes_over_paragraphs_as_british_copy_prints_them():
    """ "'It was chaos,' a witness told the paper." then paragraphs opened with ' and only the last
    closed: one statement per paragraph, the witness's; apostrophes ("didn't") open nothing."""
    ledger = extract_claims(
        "The fire started shortly after midnight in the kitchen of the restaurant.\n\n"
        "'It was total chaos in the street,' a witness told the Evening Post.\n\n"
        "'People were running out in their pyjamas and nobody knew where to go.\n\n"
        "'The firemen didn't arrive for twenty minutes.'\n"
    )
    assert [quote for _name, quote in _said(ledger)] == [
        "It was total chaos in the street",
        "People were running out in their pyjamas and nobody knew where to go.",
        "The firemen didn't arrive for twenty minutes.",
    ]
    assert {name for name, _quote in _said(ledger)} == {"witness"}


def test_a_cue_set_inside_its_statement():
    """ "Staff rushed to her aid, the witness says, and led her out.": the statement before the cue."""
    ledger = extract_claims(
        "The singer ran into the lobby in tears.\n\n"
        "Hotel staff rushed to the singer's aid, the witness says, and led her into a back office.\n"
    )
    assert [quote for _name, quote in _said(ledger)] == ["Hotel staff rushed to the singer's aid"]


def test_a_paragraph_that_introduces_its_own_quote_with_a_colon():
    """ "Rita Olsen unhappy with the referee: “…”" and "Quoting coach Ivo Brandt: “…”": theirs."""
    ledger = extract_claims(
        "Reactions after the final on Saturday:\n\n"
        "Rita Olsen unhappy with the referee: “We were robbed in the last minute and everybody saw it.”\n\n"
        "Quoting Northfield coach Ivo Brandt: “I am proud of every single player in that dressing room.”\n"
    )
    assert _said(ledger) == [
        ("Rita Olsen", "We were robbed in the last minute and everybody saw it."),
        ("Ivo Brandt", "I am proud of every single player in that dressing room."),
    ]


def test_court_reporting_an_unnamed_defendant_and_his_evidence():
    """ "A Dutchman has denied ... that ... He said ...": an unnamed person, and "he" is him;
    "The defendant, in his evidence on Monday, said ...": the defendant's statement."""
    ledger = extract_claims(
        "A Dutchman has denied in evidence to a jury that he stole paintings from the gallery. "
        "He said he had never visited the gallery before the night of the fire.\n\n"
        "The defendant, in his evidence on the second day of the trial, said he worked as a taxi driver.\n"
    )
    said = _said(ledger)
    assert ("Dutchman", "he had never visited the gallery before the night of the fire") in said
    assert ("defendant", "he worked as a taxi driver") in said
    assert [s.unnamed for s in ledger.sources if s.name == "Dutchman"] == [True]


def test_backtick_quotes_of_old_wire_copy():
    """ "``The talks go on,`` Weissman said": quotes marked with doubled backticks."""
    ledger = extract_claims("``The talks are continuing through the night,`` Ana Weissman said.\n")
    assert _said(ledger) == [("Ana Weissman", "The talks are continuing through the night")]


def test_a_phrase_set_off_by_commas_between_the_cue_and_that():
    """ "The minister added, following the report of the panel, that ...": the content after "that"."""
    ledger = extract_claims(
        "Minister Ana Ruiz added, following the last report of the climate panel, that urgent action was needed.\n"
    )
    assert _said(ledger) == [("Ana Ruiz", "urgent action was needed")]


def test_bodies_described_in_lower_case_speak_as_unnamed_sources():
    """ "police said", "the regional planning commission said", "one observer said": unnamed sources, described."""
    ledger = extract_claims(
        "Two people were hurt when the bridge gave way, police said.\n\n"
        "A day later, the regional planning commission said that the bridge had passed its last inspection.\n\n"
        "The repairs were badly done, one engineer said under the condition of anonymity.\n"
    )
    assert _said(ledger) == [
        ("police", "Two people were hurt when the bridge gave way"),
        ("regional planning commission", "the bridge had passed its last inspection"),
        ("engineer", "The repairs were badly done"),
    ]
    assert all(source.unnamed for source in ledger.sources)


def test_a_deed_reported_after_that_is_nobodys_statement():
    """ "The council is dismayed that tenants have rejected the offer": the tenants' act, reported; not a claim."""
    ledger = extract_claims("The council is deeply dismayed that tenants have rejected the latest rent offer.\n")
    assert ledger.claims == ()


def test_according_to_after_a_conjunction_takes_the_clause_that_follows():
    """ "..., because according to X, no such meeting took place": the statement follows the speaker."""
    ledger = extract_claims(
        "The story has another problem, because according to council spokesman Omar Reyes, "
        "no such meeting took place on Monday.\n"
    )
    assert _said(ledger) == [("Omar Reyes", "no such meeting took place on Monday")]


def test_told_with_a_plain_listener():
    """ "told jurors that", "told media the ...", "told News 4.": the listener is no part of the statement."""
    ledger = extract_claims(
        "Last week, Ana Petrov had told jurors that she never saw the ledger.\n\n"
        "Mr Okafor told media the strike will go ahead on Thursday.\n\n"
        "The two men were stopped at the station overnight, two senior police sources told News 4.\n"
    )
    assert _said(ledger) == [
        ("Ana Petrov", "she never saw the ledger"),
        ("Mr Okafor", "the strike will go ahead on Thursday"),
        ("two senior police sources", "The two men were stopped at the station overnight"),
    ]


def test_whom_a_speaker_acts_for_is_a_role():
    """ "Jane Hale KC, for the publisher, said": counsel speaking for a party, part of it (her rank
    after her name no part of her name)."""
    ledger = extract_claims("Jane Hale KC, for Northgate Media, said the claims were extraordinarily wide.\n")
    assert _said(ledger) == [("Jane Hale", "the claims were extraordinarily wide")]
    speaker = next(s for s in ledger.sources if s.name == "Jane Hale")
    assert speaker.part_of is not None


def test_roles_joined_by_and_set_off_after_a_name_are_a_role():
    """ "Ann Ray, Smith’s running mate and leader of the Green Party, said": the later role is one
    the lexicon knows, so the words set off are her roles and she speaks; a list of names is none."""
    ledger = extract_claims("Ann Ray, Smith’s running mate and leader of the Green Party, said the count was flawed.\n")
    assert _said(ledger) == [("Ann Ray", "the count was flawed")]
    ledger = extract_claims("Ann Ray, Tom Hill and Mary Jones said the count was flawed.\n")
    assert _said(ledger) == [("Ann Ray, Tom Hill and Mary Jones", "the count was flawed")]


def test_one_of_the_described_members_then_a_name_set_off_is_the_name():
    """ "One of the responding officers, Cheryl Bogart, told investigators …": one member of a
    plural role with adjectives before it, then named; the name speaks."""
    ledger = extract_claims(
        "One of the responding officers, Cheryl Bogart, told investigators he had been startled by a noise.\n"
    )
    assert _said(ledger) == [("Cheryl Bogart", "he had been startled by a noise")]


def test_a_role_in_the_plural_set_off_after_two_names_is_theirs():
    """ "Ann Ray and Tom Hill, chairs of the committee, said": the two speak together, the plural
    role theirs; after one name a plural is no role of hers, and nothing is drafted."""
    said = _said(extract_claims("Ann Ray and Tom Hill, chairs of the law committee, said the letter was unclear.\n"))
    assert said == [("Ann Ray and Tom Hill", "the letter was unclear")]
    assert _said(extract_claims("Ann Ray, chairs of the law committee, said the letter was unclear.\n")) == []


def test_a_member_of_a_group_speaks_unnamed():
    """ "one of the company's senior executives told the jury": an unnamed member, described."""
    ledger = extract_claims(
        "The column contained inaccuracies, one of the company's senior executives told the jury at the crown court.\n"
    )
    assert _said(ledger) == [("one of the company's senior executives", "The column contained inaccuracies")]


def test_a_straight_quote_running_over_paragraphs_continues_its_speaker():
    """Each later paragraph of a "…" quote opens with a mark and the last closes: one claim a paragraph."""
    draft = extract_draft(
        'Rosa Lind said: "It was late at night when two officers came to the door.\n\n'
        '"I thought I had parked the car somewhere I should not have.\n\n'
        '"Then they told me everything, and I went into shock."\n\n'
        "The inquest continues.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    assert [names[c.said_by] for c in draft.ledger.claims] == ["Rosa Lind"] * 3
    assert [e.rule for e in draft.evidence] == ["speaker-then-quote", "continued-quote", "continued-quote"]


def test_a_cue_joined_after_a_denied_one_takes_the_subject():
    """ "Acme did not comment but said …", "The company did not say why, but said …": the first
    verb is denied, so reports nothing; the joined cue takes the sentence's subject."""
    said = [
        *_said(extract_claims("Acme did not comment but said the order was routine.\n")),
        *_said(extract_claims("The company did not say why, but said the order was routine.\n")),
    ]
    assert said == [("Acme", "the order was routine"), ("company", "the order was routine")]


def test_a_participle_with_no_cue_before_takes_its_clauses_subject():
    """ "X were outraged ..., saying", "X issued a statement saying", "after X published a report condemning"."""
    ledger = extract_claims(
        "Farmers were outraged by the ruling, saying that it would ruin the harvest.\n\n"
        "After the market closed Monday, Acme Corp issued a press release saying it expected lower sales.\n\n"
        "The agency is under fire after Oxfam published a report condemning its slow response to the floods.\n\n"
        "Nordland resumed its blockade on March 18 after a truce collapsed, saying it would keep up the pressure.\n"
    )
    assert [name for name, _quote in _said(ledger)] == ["Farmers", "Acme Corp", "Oxfam", "Nordland"]
    assert _said(ledger)[0][1] == "it would ruin the harvest"


def test_appositions_that_describe_or_give_an_age_set_off_the_speaker():
    """ "X, a senior research scholar at ..., said", "X, 31, said", "X, 45, a teacher from Leeds,
    said" (the age, then the role), "The report noted that"."""
    ledger = extract_claims(
        "Jason Hale, a senior research scholar at Northgate University, said the attack was unprecedented.\n\n"
        "Taylor Brook, 31, said she had waited for six hours.\n\n"
        "Ann Lee, 45, a teacher from Leeds, said she was shocked.\n\n"
        "The audit report noted that emissions rose by 4 percent.\n"
    )
    assert _said(ledger) == [
        ("Jason Hale", "the attack was unprecedented"),
        ("Taylor Brook", "she had waited for six hours"),
        ("Ann Lee", "she was shocked"),
        ("audit report", "emissions rose by 4 percent"),
    ]


def test_an_adverb_before_the_cue_is_no_part_of_the_speaker():
    """ "Laibi firmly denied", "The commissioner utterly condemned": the adverb stays out of the name."""
    ledger = extract_claims("Omar Laibi firmly denied that the ministry had arrested any reporter.\n")
    assert _said(ledger) == [("Omar Laibi", "the ministry had arrested any reporter")]


def test_quoting_a_source_makes_the_reporter_a_relay():
    """ "Quoting unnamed officials, Reuters reported that ...": the officials speak, via Reuters."""
    draft = extract_draft("Quoting unnamed government sources, Reuters reported that the two sides plan a summit.\n")
    names = {s.id: s.name for s in draft.ledger.sources}
    (claim,) = draft.ledger.claims
    assert names[claim.said_by] == "unnamed government sources"
    assert [names[v] for v in claim.via] == ["Reuters"]


def test_present_forms_that_are_often_nouns_are_verbs_after_a_name_or_pronoun():
    """ "she maintains", "Hale insists": verbs; "Media reports said": the noun is the speaker."""
    ledger = extract_claims(
        "Britt Lane said the story was false.\n\n"
        "She posted a statement on her site, where she maintains she will take legal action.\n\n"
        "The figures were wrong, Ivo Hale insists.\n\n"
        "Media reports said the dam had burst.\n"
    )
    assert [quote for _name, quote in _said(ledger)] == [
        "the story was false",
        "she will take legal action",
        "The figures were wrong",
        "the dam had burst",
    ]


def test_a_closing_mark_that_opens_a_quote():
    """Some copy opens quotes with ” too: ”These elections were a catastrophe,” said Joseph Tsapy of the SDF."""
    ledger = extract_claims(
        "”These elections were a catastrophe,” said Joseph Tsapy of the main opposition party.\n\n"
        "”They were marked by massive fraud,” he said.\n"
    )
    assert _said(ledger) == [
        ("Joseph Tsapy", "These elections were a catastrophe"),
        ("Joseph Tsapy", "They were marked by massive fraud"),
    ]


def test_honorifics_with_a_full_stop_and_a_description_before_a_name():
    """ "said Mr. Zeid", "The defendant in the case, Gov. Steve Beshear, said": the person, whole."""
    ledger = extract_claims(
        "The viciousness of these people defied belief, said Mr. Zeid.\n\n"
        "The defendant in the Kentucky cases, Gov. Steve Beshear, said in a statement that the court would settle it.\n"
    )
    assert _said(ledger) == [
        ("Mr Zeid", "The viciousness of these people defied belief"),
        ("Steve Beshear", "the court would settle it"),
    ]


def test_a_clause_set_off_by_commas_is_no_description_of_a_speaker():
    """ "In Dhaka, Istanbul and Orlando, the viciousness defied belief, said X": no speaker "Istanbul and Orlando"."""
    ledger = extract_claims(
        "Along with attacks in Dhaka, Istanbul and Orlando, the viciousness of these people defied belief, "
        "said Ivo Zeid.\n"
    )
    assert [name for name, _quote in _said(ledger)] == ["Ivo Zeid"]


def test_calling_something_a_quoted_word_is_a_statement():
    """ "X called the polls a “farce”, citing ...": the naming, up to its quoted word; the reason cited
    is a statement of its own, the sources cited are not."""
    ledger = extract_claims(
        "Kamal Rahman called the polls a “farce”, citing widespread fraud.\n\n"
        "The army struck the camp, citing two senior officials.\n"
    )
    assert _said(ledger) == [
        ("Kamal Rahman", "called the polls a “farce”"),
        ("Kamal Rahman", "citing widespread fraud"),
    ]


def test_a_cue_joined_to_a_verb_that_is_not_one_takes_its_subject():
    """ "X expressed satisfaction ... and said ...", after an opening "Speaking at ..., "; never "charged them"."""
    ledger = extract_claims(
        "The election commissioner expressed complete satisfaction and said the turnout was 80 per cent.\n\n"
        "Speaking after the match, Ivo Cooper heaped praise on the visitors and said that they are a good team.\n\n"
        "Police arrested two men and charged them with murder.\n"
    )
    assert _said(ledger) == [
        ("election commissioner", "the turnout was 80 per cent"),
        ("Ivo Cooper", "they are a good team"),
    ]


def test_the_sources_a_relay_cites_are_the_speakers():
    """ "..., according to X, citing two officials": the officials speak, via X."""
    draft = extract_draft(
        "The plan includes a weeklong pause in fighting, according to Ana Ruiz, a political analyst at "
        "Radio Norte, citing two Nordland officials and another source.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    (claim,) = draft.ledger.claims
    assert names[claim.said_by] == "two Nordland officials"
    assert [names[v] for v in claim.via] == ["Ana Ruiz"]
    assert claim.quote == "The plan includes a weeklong pause in fighting"


def test_a_time_before_the_speaker_is_no_part_of_it():
    """ "A day after a senior official described ...": the speaker is the senior official."""
    ledger = extract_claims(
        "A day after a senior administration official described the governor as reckless, the denials began.\n"
    )
    assert [name for name, _quote in _said(ledger)] == ["senior administration official"]


def test_a_statement_speaks_for_its_issuer():
    """ "The army said in a statement ... / The statement said ...": the army's words, not a source "statement"."""
    ledger = extract_claims(
        "The Nordland army said in a statement that it struck two fighters in the city.\n\n"
        "The statement said the reported number of casualties was not accurate.\n"
    )
    assert [name for name, _quote in _said(ledger)] == ["Nordland army", "Nordland army"]


def test_a_statement_a_quote_was_said_in_speaks_for_that_speaker():
    """ "“…,” the company said in a statement today. / “…,” the statement said": the statement is
    the company's; "“…,” reads the statement" makes the statement no one's adjunct."""
    ledger = extract_claims(
        "Acme Solutions said it had filed a police report.\n\n"
        "“Acme rejects any interference,” the company said in a statement today.\n\n"
        "“Acme urges the police to investigate,” the statement said.\n"
    )
    assert [name for name, _quote in _said(ledger)] == ["Acme Solutions"] * 3


def test_a_quote_standing_alone_after_reported_speech_naming_nobody_continues_it():
    """ "X noted the story drew attention. “I think ...”": the reported speech names nobody else who
    could have said the quote, so it continues X, flagged; naming someone, it is not guessed (below)."""
    draft = extract_draft(
        "Deputy press secretary Ivo Stanek noted the story has received a lot of attention. "
        "“I think a lot of people here have grown used to a bombshell every month.\n\n"
        "“And sometimes they make incredible leaps to drop those bombshells.”\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    assert [names[c.said_by] for c in draft.ledger.claims] == ["Ivo Stanek"] * 3
    assert all(e.review for e in draft.evidence[1:])


def test_a_quoted_heading_is_no_statement():
    """A line that is only a quote with no full stop is a crosshead, not a continuation of the speaker before."""
    ledger = extract_claims(
        "Ivo Daglo said the militia had not started the fighting.\n\n"
        "‘We have not attacked anyone’\n\n"
        "The fighting went on through the night.\n"
    )
    assert [quote for _name, quote in _said(ledger)] == ["the militia had not started the fighting"]


def test_establish_and_verify_report_speech_only_with_that():
    """ "an armed group which seeks to establish Sharia law": no statement."""
    ledger = extract_claims("The attacks were blamed on an armed group which seeks to establish its own law.\n")
    assert ledger.claims == ()


def test_relative_clauses_and_what_a_source_knows_stay_out_of_the_speaker():
    """ "Acme, which makes valves, said", "the official familiar with the talks said"."""
    ledger = extract_claims(
        "Acme Corp, which makes valves for the oil industry, said it faced higher costs.\n\n"
        "“We hope for real progress,” the official familiar with the ceasefire talks said.\n"
    )
    assert _said(ledger) == [("Acme Corp", "it faced higher costs"), ("official", "We hope for real progress")]


def test_a_speaker_in_a_later_clause_neither_takes_nor_ends_the_first_statement():
    """ "According to X, A has not received proposals, despite reports suggesting that ...": X's statement
    stays X's; "despite ... suggesting that B had agreed" is the reports', never a statement-first for B."""
    ledger = extract_claims(
        "According to the official, the group has not yet received any new proposals, despite Nordland media "
        "reports suggesting that Utopia and Nordland had agreed.\n\n"
        "Even before the vote, the opposition claimed the president was clinging to power.\n\n"
        "According to Amnesty, this is the first time a researcher had been denied entry to the country.\n"
    )
    assert _said(ledger) == [
        ("official", "the group has not yet received any new proposals"),
        ("Nordland media reports", "Utopia and Nordland had agreed"),
        ("opposition", "the president was clinging to power"),
        ("Amnesty", "this is the first time a researcher had been denied entry to the country"),
    ]


def test_titles_that_name_their_source_first_or_by_a_description():
    """ "Barr: ..." (the same person as "William Barr" in the body), "..., says publisher"; "Live updates:" is none."""
    draft = extract_draft(
        "Hale: Nordland scrutinizing information ahead of the election\n\n"
        "Attorney General William Hale said on Monday the department was scrutinizing information.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    assert [names[c.said_by] for c in draft.ledger.claims] == ["William Hale", "William Hale"]
    assert draft.evidence[0].rule == "title-source"
    ledger = extract_claims("No evidence of interception in the four claims, says publisher\n\nThe trial goes on.\n")
    assert _said(ledger) == [("publisher", "No evidence of interception in the four claims")]
    ledger = extract_claims(
        "Live updates: Nordland strikes the border overnight as talks stall\n\nThe talks stalled.\n"
    )
    assert ledger.claims == ()


def test_a_quote_paragraph_after_narration_is_nobodys():
    """A quote paragraph with no cue of its own after a paragraph of reported speech may be anyone's
    (the residents the sentence names, say): it is not guessed, nor are the paragraphs continuing it."""
    ledger = extract_claims(
        "Ivo Hale said the council would appeal, a ruling that residents of the estate welcomed.\n\n"
        "“We have waited ten years for this day and we are not going anywhere.\n\n"
        "“They can appeal all they like.”\n"
    )
    assert _said(ledger) == [("Ivo Hale", "the council would appeal, a ruling that residents of the estate welcomed")]


def test_a_lone_quote_after_a_statement_naming_someone_else_is_not_guessed():
    """ "Police said the suspect, Ann Lee, had fled. “I did nothing wrong ...”": maybe hers; no guess."""
    ledger = extract_claims(
        "Police said the suspect, Ann Lee, had fled the scene. “I did nothing wrong and I will prove it in court.”\n"
    )
    assert _said(ledger) == [("Police", "the suspect, Ann Lee, had fled the scene")]


def test_an_adjunct_or_a_time_clause_after_the_cue_is_no_statement():
    """ "“…,” said X in a news conference in Berlin.", "X said, as the system teeters ...": no second claim."""
    ledger = extract_claims(
        "“Nobody should go back to business as usual,” said Ivo Scholl in a news conference in Berlin.\n\n"
        "Children are not safe in hospitals, Ana Elder said as the wider health system teeters on the verge of "
        "collapse.\n"
    )
    assert _said(ledger) == [
        ("Ivo Scholl", "Nobody should go back to business as usual"),
        ("Ana Elder", "Children are not safe in hospitals"),
    ]


def test_a_business_described_is_the_one_named_as_a_subject_before():
    """ "Seattle-based biotech Veltra was riding high ... / the company announced ...": Veltra, flagged."""
    draft = extract_draft(
        "Seattle-based biotech Veltra was riding high on its new inhaler.\n\n"
        "Then, on March 22, the company announced that sales had fallen by a third.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    assert [names[c.said_by] for c in draft.ledger.claims] == ["Veltra"]
    assert draft.evidence[0].review


def test_a_document_speaks_for_whoever_published_it():
    """ "According to the results published by the electoral commission, ...": the commission speaks."""
    ledger = extract_claims(
        "According to the provisional results published by the electoral commission, the party won a majority.\n"
    )
    assert _said(ledger) == [("electoral commission", "the party won a majority")]


def test_a_party_named_in_another_partys_that_clause_does_not_speak():
    """ "Dr Armah said it was the union's expectation that the Ministry writes to them ...": Armah's
    statement; never the Ministry's (the other side's mouth)."""
    ledger = extract_claims(
        "Dr Armah said it was the expectation of the union that the Ministry writes to them privately.\n"
    )
    assert [name for name, _quote in _said(ledger)] == ["Dr Armah"]


def test_a_list_of_parties_speaks_together():
    """ "The Federation of Labour, the Teachers' Union and the Nurses' Union confirm ...": all of them."""
    ledger = extract_claims(
        "The Federation of Labour, the Teachers' Union and the Nurses' Union confirm they have been asked to meet.\n\n"
        "In Nordland, Hamas and Islamic Jihad said the truce was over.\n"
    )
    assert _said(ledger) == [
        ("The Federation of Labour, the Teachers' Union and the Nurses' Union", "they have been asked to meet"),
        ("Hamas and Islamic Jihad", "the truce was over"),
    ]


def test_a_press_conference_transcript_with_q_dot_questions():
    """ "Q. ..." then "KYLE CORR: ...": the player's answers are his; the questions are nobody's claims."""
    draft = extract_draft(
        "Post Match Media Conference\n"
        "Q. Congrats on the win. Your thoughts?\n"
        "KYLE CORR: Yeah, happy. We would have taken this before the first game of the tournament.\n"
        "Q. How important was the third wicket partnership?\n"
        "KYLE CORR: Yeah, extremely important. You need one or two partnerships in a game like that.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    assert [names[c.said_by] for c in draft.ledger.claims] == ["Kyle Corr", "Kyle Corr"]
    assert all("?" not in (c.quote or "") for c in draft.ledger.claims)


def test_a_relative_clause_or_a_preposition_is_no_speaker():
    """ "said Ann Starc who finished with 3/34", "In a video posted on Monday, she ...": no junk speakers."""
    ledger = extract_claims("“It will be about pressure and skill,” said Ann Starc who finished with 3/34.\n")
    assert _said(ledger) == [("Ann Starc", "It will be about pressure and skill")]


def test_a_role_introduced_with_a_is_the_one_person_later_named_with_it():
    """ "A prosecutor has urged a jury ... / Crown prosecutor Jem Walsh told the court": Jem Walsh, flagged."""
    draft = extract_draft(
        "A prosecutor has urged a jury to convict the accused, declaring that the evidence was compelling.\n\n"
        "Crown prosecutor Jem Walsh told the court the complainant had been consistent.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    assert {names[c.said_by] for c in draft.ledger.claims} == {"Jem Walsh"}
    assert draft.evidence[0].review


def test_court_reporting_cues_and_roles():
    """ "X, Advocate-General of the state, submitted that ...", "The bench declared that ..."."""
    ledger = extract_claims(
        "Ravi Menon, Advocate-General of Nordland, submitted that the state was ready to offer a building.\n\n"
        "The bench declared that the court should sit in the new capital.\n\n"
        "The clerk submitted the forms on Monday.\n"
    )
    assert _said(ledger) == [
        ("Ravi Menon", "the state was ready to offer a building"),
        ("bench", "the court should sit in the new capital"),
    ]


def test_research_and_its_descriptions_speak():
    """ "..., warn researchers" (a title), "The study, published in ..., suggests that", "said the team - led by"."""
    ledger = extract_claims(
        "Diet studies may overstate results, warn researchers\n\n"
        "The study, published in the Nordland Journal of Medicine, suggests that one in 11 papers overstates.\n\n"
        "“This is troubling for everyone,” said the research team - led by Professor Ana Lind.\n"
    )
    assert _said(ledger) == [
        ("researchers", "Diet studies may overstate results"),
        ("study", "one in 11 papers overstates"),
        ("research team", "This is troubling for everyone"),
    ]


def test_refuting_and_debunking_and_a_dated_report():
    """ "X has refuted claims of ...", "The report, dated November 28, alleged that ..."."""
    ledger = extract_claims(
        "The Nordland Police Force has refuted claims of killings during the protests.\n\n"
        "The report, dated November 28, alleged that officers used excessive force.\n"
    )
    assert _said(ledger) == [
        ("Nordland Police Force", "refuted claims of killings during the protests"),
        ("report", "officers used excessive force"),
    ]


def test_progressives_as_per_and_roles_of_a_body():
    """ "X is blaming ...", "As per local news outlets, ...", "The head of the Health Ministry said",
    "promised Amnesty that ...", and "as demanded by the opposition" is no cue of the sentence."""
    ledger = extract_claims(
        "The leader of the party is blaming abstentions for the defeat.\n\n"
        "As per local news outlets, a state of calamity has been declared.\n\n"
        "The head of the Health Ministry said 20 people died.\n\n"
        "The general promised Amnesty International that the army would stop the tests.\n\n"
        "The election chief ruled out a new vote as demanded by the opposition, saying the claims were untrue.\n"
    )
    assert _said(ledger) == [
        ("leader of the party", "blaming abstentions for the defeat"),
        ("local news outlets", "a state of calamity has been declared"),
        ("head of the Health Ministry", "20 people died"),
        ("general", "the army would stop the tests"),
        ("election chief", "the claims were untrue"),
    ]


def test_relative_clauses_and_roles_around_a_subject_or_a_quoted_source():
    """ "X, who was in Japan, raised ..., saying", "TV quoted X, director of ..., as saying",
    "WHO has recommended that ..."."""
    ledger = extract_claims(
        "President Ivo Hale, who was in Tokyo for the summit, raised the idea of a delay, saying he had asked "
        "the lawyers.\n\n"
        "State television quoted Ana Biao, director of the emergency office, as saying the roads were cut.\n\n"
        "As a precaution, the agency has recommended that people avoid contact with camels.\n"
    )
    assert _said(ledger) == [
        ("Ivo Hale", "he had asked the lawyers"),
        ("Ana Biao", "the roads were cut"),
        ("agency", "people avoid contact with camels"),
    ]


def test_a_quote_then_was_what_x_said():
    """ "“…,” was what the chief officer, Prof. Ravi Shetty, said.": his, never the speaker before's."""
    ledger = extract_claims(
        "“The losing captain comes first,” said Sami Hasan, the council's communications manager.\n\n"
        "But the board was not aware. “I’m not aware of any regulations,” was what the board's chief "
        "administrative officer, Prof. Ravi Shetty, said.\n"
    )
    assert _said(ledger) == [
        ("Sami Hasan", "The losing captain comes first"),
        ("Ravi Shetty", "I’m not aware of any regulations"),
    ]


def test_responding_to_someone_and_citing_someone_as_claiming():
    """ "X was responding to Y, who ...": nothing said; "The report cited X as claiming that ...": X's."""
    draft = extract_draft(
        "Solomon was responding to Khairul who earlier today took the union to task.\n\n"
        "The report had also cited political analyst Ayla Siddiq as claiming that she had been warned.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    assert [(names[c.said_by], c.quote, c.cue) for c in draft.ledger.claims] == [
        ("Ayla Siddiq", "she had been warned", "cited ... as claiming")
    ]


def test_time_and_manner_between_the_speaker_and_the_cue():
    """ "X late Thursday said", "X on their part argued", "X on Tuesday “categorically rejected” ..."."""
    ledger = extract_claims(
        "Acme Inc. late Thursday said quarterly earnings rose sharply.\n\n"
        "The association on their part argued it was the captain who refused to speak.\n\n"
        "Nordland on Tuesday “categorically rejected” a report published in a British newspaper.\n"
    )
    assert [name for name, _quote in _said(ledger)] == ["Acme Inc.", "association", "Nordland"]


def test_told_a_pronoun_or_people_with_no_article():
    """ "told them there was …", "told interested analysts and investors that …": the listener is
    no part of the statement; "it tells you that" inside a quote tells no one and stays the quote's."""
    said = [
        *_said(extract_claims("Police arrived at the scene. A witness told them there was another victim nearby.\n")),
        *_said(
            extract_claims("Adam Smith told interested analysts and investors that the company would report soon.\n")
        ),
        *_said(extract_claims("“Prices are rising, it tells you that goods will cost more,” said Ann Lee.\n")),
    ]
    assert said == [
        ("witness", "there was another victim nearby"),
        ("Adam Smith", "the company would report soon"),
        ("Ann Lee", "Prices are rising, it tells you that goods will cost more"),
    ]


def test_cues_that_address_someone_before_that_leave_them_out():
    """ "reminded the diplomats that …", "assured residents that …", "warning investors that …": whom
    the cue addresses is no part of the statement, as with "told"; "warned of a crisis" is its object."""
    said = [
        *_said(extract_claims("Ann Lee reminded the diplomats that Zambia was now an independent country.\n")),
        *_said(extract_claims("Ann Lee assured residents that the water was safe.\n")),
        *_said(extract_claims("Ann Lee spoke on Monday, warning investors that prices would fall.\n")),
        *_said(extract_claims("Ann Lee warned of a crisis.\n")),
    ]
    assert said == [
        ("Ann Lee", "Zambia was now an independent country"),
        ("Ann Lee", "the water was safe"),
        ("Ann Lee", "prices would fall"),
        ("Ann Lee", "warned of a crisis"),
    ]


def test_a_body_by_its_initials_then_a_nouny_form_and_that_is_its_verb():
    """ "UNHCR estimates that …", "The UN claims that …": the initials open the clause, so the form
    is the body's verb, not a noun as in "UN reports said"."""
    said = [
        *_said(extract_claims("UNHCR estimates that 2 million people have fled.\n")),
        *_said(extract_claims("The UN claims that 2 million people have fled.\n")),
    ]
    assert [quote for _name, quote in said] == ["2 million people have fled"] * 2
    assert said[1][0] == "UN"


def test_the_narrations_comment_set_off_after_a_statement_is_no_part_of_it():
    """ "…, a figure that could not be independently verified", "…, a claim denied by the rebels":
    the narration's comment on what was said ends the statement."""
    said = [
        *_said(extract_claims("The ministry said 40 people were killed, a figure that could not be verified.\n")),
        *_said(extract_claims("The army claimed it had killed 20 militants, a claim denied by the rebels.\n")),
    ]
    assert said == [("ministry", "40 people were killed"), ("army", "it had killed 20 militants")]


def test_told_members_of_a_parliament():
    """ "Ms Morgan told members that ...", "told MPs that ...": the members are listeners (and the
    minister, named by office right after her, is read as her)."""
    ledger = extract_claims(
        "Ms Morgan told members that constant negativity was adding to the problems.\n\n"
        "The minister told MPs that the budget would be cut.\n"
    )
    assert _said(ledger) == [
        ("Ms Morgan", "constant negativity was adding to the problems"),
        ("Ms Morgan", "the budget would be cut"),
    ]


def test_a_title_no_role_list_holds_then_a_name():
    """ "Conservative MS for Clwyd West Darren Millar said ... / But he said ...": Darren Millar, a person."""
    ledger = extract_claims(
        "Conservative MS for Clwyd West Darren Millar said he agreed that nurses deserved praise.\n"
        "But he said it was also important to scrutinise the board.\n"
    )
    assert _said(ledger) == [
        ("Darren Millar", "he agreed that nurses deserved praise"),
        ("Darren Millar", "it was also important to scrutinise the board"),
    ]


def test_a_title_written_by_its_initials_is_its_holder():
    """ "The CS", "the CEC": the one person the text printed under the title those letters open."""
    said = _said(
        extract_claims(
            "Labour Cabinet Secretary Ukur Yatani has asked the union to call off the strike.\n\n"
            "The CS urged the parties to file memoranda with the committee.\n\n"
            "Chief election commissioner Kamal Huda told the media that the count was fair.\n\n"
            "The CEC said he had not received written complaints about the vote."
        )
    )
    assert [name for name, _quote in said] == ["Ukur Yatani", "Ukur Yatani", "Kamal Huda", "Kamal Huda"]


def test_initials_two_titles_end_in_name_nobody():
    said = _said(
        extract_claims(
            "Cabinet Secretary Ukur Yatani met Chief Secretary Ann Wanjiru on Monday.\n\n"
            "The CS said the strike must end."
        )
    )
    assert all(name not in ("Ukur Yatani", "Ann Wanjiru") for name, _quote in said)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the office opens the story, the next paragraph names the person with no title
        (
            "Strike must end: minister\n\nThe Turkish defense minister on Wednesday slammed the attack, saying "
            "it would not go unanswered.\n\n“We know who organised it,” Hulusi Akar told a veterans' event.",
            ["Hulusi Akar", "Hulusi Akar", "Hulusi Akar"],  # the title's source too ("…: minister")
        ),
        # the person named first, then the office in the next paragraph
        (
            "Peter Robinson said Sinn Fein was trying to blackmail the police.\n\n"
            "The First Minister warned that police must not be a target.",
            ["Peter Robinson", "Peter Robinson"],
        ),
    ],
)
def test_an_office_is_the_untitled_person_named_beside_it(text, speakers):
    names, _review = _speakers_and_first_review(text)
    draft = extract_draft(text)
    assert names == speakers
    assert any(e.review and "no title of their own" in e.review for e in draft.evidence)


@pytest.mark.parametrize(
    "text",
    [
        # the person beside the office has a title of their own: someone else
        "Suleyman Soylu, the interior minister, said the attack was planned abroad.\n\n"
        "The First Minister said the army would respond.",
        # an office qualified by a place brings in someone new
        "Suleyman Soylu said the attack was planned abroad.\n\nThe Greek defence minister said the army would respond.",
        # an indefinite office is a new person
        "Peter Robinson said Sinn Fein was trying to blackmail the police.\n\n"
        "A minister said that police must not be a target.",
        # too far: two paragraphs between
        "Peter Robinson said Sinn Fein was trying to blackmail the police.\n\nThe talks went on all night.\n\n"
        "Nobody left the room before dawn.\n\nThe First Minister warned that police must not be a target.",
    ],
)
def test_an_office_is_not_guessed_from_a_titled_or_distant_person(text):
    draft = extract_draft(text)
    names = {s.id: s.name for s in draft.ledger.sources}
    last = draft.ledger.claims[-1]
    assert names[last.said_by] not in ("Peter Robinson", "Suleyman Soylu")
    assert not any(e.review and "no title of their own" in e.review for e in draft.evidence)


def test_a_pronoun_is_the_titled_person_opening_the_last_clause_before():
    """ "…, and Unison lead David O’Connor is frustrated …. He said: “…”": him."""
    said = _said(
        extract_claims(
            "Of the 32 council areas, 26 are affected and Unison local government lead David O’Connor is "
            "frustrated that it has come to the final hours again.\n\n"
            "He said: “It is very frustrating to be here at the final hour again.”"
        )
    )
    assert said == [("David O’Connor", "It is very frustrating to be here at the final hour again.")]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # a role qualified by a place and a possessive, with no article
        (
            "Dave Cowans, Eirias county councillor, said the government had no mandate.",
            "Dave Cowans",
            "the government had no mandate",
        ),
        (
            "Katie Hagmann, Cosla's resources spokeswoman, said leaders wanted a deal.",
            "Katie Hagmann",
            "leaders wanted a deal",
        ),
        # a role holding commas of its own
        (
            "Anne McCaffrey, county councillor and cabinet member for democracy, law and reform, said: “Funding "
            "is the real issue.”",
            "Anne McCaffrey",
            "Funding is the real issue.",
        ),
        # a relative clause holding commas of its own
        (
            "The minister, who spoke in Paris, London and Rome, said the talks had failed.",
            "minister",
            "the talks had failed",
        ),
        # British court copy: counsel's side, then where they spoke (the rank after the name is no part of it)
        (
            "Stuart Jones QC, prosecuting, in his closing speech to the jury, said Quincey had lied.",
            "Stuart Jones",
            "Quincey had lied",
        ),
    ],
)
def test_phrases_set_off_by_commas_between_speaker_and_cue(text, speaker, quote):
    assert _said(extract_claims(text)) == [(speaker, quote)]


def test_a_main_clause_after_a_relative_clause_is_no_phrase_set_off():
    """ "The man, who cannot be named, is standing trial, accused of …": nobody speaks."""
    text = "The man, who cannot be named for legal reasons, is standing trial in the County Court, accused of theft."
    assert _said(extract_claims(text)) == []


def test_he_after_a_lone_surname_makes_it_a_person_and_it_is_never_that_person():
    """ "… Sotto said. / “…,” he added.": Sotto; a later "it noted" is not Sotto (a blog, unread)."""
    said = _said(
        extract_claims(
            "“I have never seen this resolution,” Sotto said in his privilege speech.\n\n"
            "“I will file a libel case against these people,” he added.\n\n"
            "“These senators only care about their alliance with the palace,” it noted.\n"
        )
    )
    assert said == [
        ("Sotto", "I have never seen this resolution"),
        ("Sotto", "I will file a libel case against these people"),
    ]


def test_a_quote_opened_by_anothers_cue_is_not_the_adders():
    """ "Singh called the couple, saying “someone would visit them”, he added": Singh's words, relayed;
    never the words of the one adding."""
    said = _said(
        extract_claims(
            "“The couple wrote to him four years ago,” Eric Chua said.\n\n"
            "Four years later, Singh called the couple, saying “that someone would visit them”, he added.\n"
        )
    )
    assert said == [("Eric Chua", "The couple wrote to him four years ago")]


def test_a_description_whose_qualifier_names_another_office_is_someone_else():
    """ "the defense minister" is not "Interior Minister Soylu"; "the interior minister" is."""
    said = _said(
        extract_claims(
            "Interior Minister Suleyman Soylu said the attack was planned abroad.\n\n"
            "The defense minister said the army would respond.\n\n"
            "The interior minister said the border was closed.\n"
        )
    )
    assert said == [
        ("Suleyman Soylu", "the attack was planned abroad"),
        ("defense minister", "the army would respond"),
        ("Suleyman Soylu", "the border was closed"),
    ]


def test_after_the_cue_roles_then_the_name():
    """ "“…,” said chairman, president and CEO, Germain Lamonde, in the release.": the name."""
    said = _said(
        extract_claims(
            '"Bookings came in lower than expected," said chairman, president and CEO, Germain Lamonde, in the '
            "release.\n\n“We lost,” said defence lawyer, Anna Berg.\n"
        )
    )
    assert said == [("Germain Lamonde", "Bookings came in lower than expected"), ("Anna Berg", "We lost")]


def test_a_blog_is_an_outlet_described():
    said = _said(extract_claims("“Their loyalty is to the palace,” the blog said.\n"))
    assert said == [("blog", "Their loyalty is to the palace")]


def test_a_subordinate_clause_with_its_own_speaker_is_that_speakers():
    """ "A insisted X after B said Y": X is A's, Y is B's; a pronoun opening the clause is no speaker."""
    said = _said(
        extract_claims(
            "Fianna Fáil insisted the full apology is needed after Mr Harris said he would accept the blame.\n\n"
            "Cooper added that they came back in the game after they conceded the goal.\n"
        )
    )
    assert said == [
        ("Fianna Fáil", "the full apology is needed"),
        ("Mr Harris", "he would accept the blame"),
        ("Cooper", "they came back in the game after they conceded the goal"),
    ]


def test_a_passive_told_by_an_agent_is_the_agents_statement():
    """ "The jury was told by counsel Ian Lawrie that …": Lawrie; "was told yesterday that …" names nobody."""
    said = _said(
        extract_claims(
            "The jury was told by junior prosecution counsel Ian Lawrie that Quincey pleaded guilty.\n\n"
            "The jury was told yesterday that Quincey has a previous conviction.\n\n"
            "He was told by doctors to rest.\n"
        )
    )
    assert said == [("Ian Lawrie", "Quincey pleaded guilty")]


def test_a_ranks_full_stop_is_part_of_the_speaker_after_a_quote():
    said = _said(
        extract_claims("“When we arrived, witnesses pointed to the church,” Police Lt. Bill Merritt told reporters.\n")
    )
    assert said == [("Bill Merritt", "When we arrived, witnesses pointed to the church")]


@pytest.mark.parametrize(
    "dateline",
    [
        "LONDON - ",
        "GAZA CITY (Reuters) - ",
        "SEOUL, July 28 (Yonhap) -- ",
        "HUAXIAN, Shaanxi, Sept. 20 (Xinhua) -- ",
        "WASHINGTON, Jan 5 (Reuters) — ",
        "Cairo, Aug 12 : ",
    ],
)
def test_a_wire_dateline_is_no_part_of_the_statement(dateline):
    said = _said(extract_claims(f"{dateline}About 71,000 people have been evacuated, the local government said.\n"))
    assert said == [("local government", "About 71,000 people have been evacuated")]


def test_a_photo_mark_after_a_name_is_no_part_of_it():
    """ "J Solomon (above) said …. … said Solomon. He said …": one person, J Solomon."""
    said = _said(
        extract_claims(
            "MTUC secretary-general J Solomon (above) said the union had contacted the minister.\n\n"
            "“We stand by our statement,” said Solomon. He said the union opposes the reforms.\n"
        )
    )
    assert [name for name, _quote in said] == ["J Solomon"] * 3


def test_a_quoted_adverb_between_speaker_and_cue_is_no_part_of_the_speaker():
    said = _said(extract_claims("Pakistan on Tuesday “categorically” rejected a report in a British newspaper.\n"))
    assert [name for name, _quote in said] == ["Pakistan"]


def test_initials_of_a_name_after_a_possessive_are_that_body():
    """ "the U.K.’s Financial Services Authority said … The FSA said …": one source."""
    draft = extract_draft(
        "The firm breached the rules, the U.K.’s Financial Services Authority said in a statement today.\n\n"
        "The FSA said the delay led to a false market.\n"
    )
    assert len({c.said_by for c in draft.ledger.claims}) == 1


def test_a_word_any_body_answers_to_is_the_body_that_spoke_last_when_its_qualifiers_fit():
    said = _said(
        extract_claims(
            "The World Health Organization has said the outbreak should be a wake-up call. The group added, "
            "however, that it was not yet a global health emergency.\n\n"
            "The government said the report was biased. The human rights group has accused the forces of killing "
            "protesters.\n"
        )
    )
    names = [name for name, _quote in said]
    assert names[:2] == ["World Health Organization", "World Health Organization"]
    assert names[3] != "government"


def test_a_cue_after_a_number_is_an_adjective():
    """ "704 confirmed cases": no verb, so "According to the CDC, …" keeps its statement."""
    said = _said(
        extract_claims(
            "According to the Centers for Disease Control and Prevention (CDC), there have been 704 confirmed "
            "cases of measles in 24 states.\n\nThe report, dated November 28, alleged that police used force.\n"
        )
    )
    assert said == [
        ("Centers for Disease Control and Prevention", "there have been 704 confirmed cases of measles in 24 states"),
        ("report", "police used force"),
    ]


def test_a_pronoun_no_speaker_met_is_the_person_the_narration_names_before_it():
    """ "Wilbur Gantz went on CNBC: ‘…,’ he said": Gantz, flagged; a name inside another's statement,
    a plural, or a pronoun inside someone's quote are not taken."""
    draft = extract_draft(
        "On March 24, chairman Wilbur Gantz went on CNBC to do damage control: ‘Growth plateaued out,’ he "
        "said in the interview.\n\n"
        "“We approached Gambhir, but he said no one from the camp would speak,” the secretary claimed.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    said = [(names[c.said_by], c.quote) for c in draft.ledger.claims]
    assert said[0] == ("Wilbur Gantz", "Growth plateaued out")
    assert "the person the narration names before it" in (draft.evidence[0].review or "")
    assert all(name != "Wilbur Gantz" for name, quote in said[1:])


def test_a_pronoun_is_not_the_plural_or_the_name_inside_a_statement_before_it():
    said = _said(
        extract_claims(
            "The Free Democrats lost seats. David Sherborne, representing the four, discussed an article which "
            "claimed Prince Michael owed money.\n\nHe said: “The story had been published with confidence.”\n"
        )
    )
    assert ("David Sherborne", "The story had been published with confidence.") in said


@pytest.mark.parametrize("head", ["secretary", "coach", "deputy", "captain"])
def test_an_office_printed_alone_after_a_quote_is_a_speaker(head):
    said = _said(extract_claims(f"“We approached them and no one would speak,” the {head} claimed.\n"))
    assert said == [(head, "We approached them and no one would speak")]


def test_a_quoted_phrase_inside_the_speakers_sentence_gives_the_whole_sentence():
    said = _said(
        extract_claims(
            'The air force conducted a "precise strike" on two operatives in Gaza City "in recent days," the IDF '
            "said Thursday.\n\nFrom Canberra, Naomi Woodley reports.\n"
        )
    )
    assert said == [
        (
            "Israel Defense Forces",
            'The air force conducted a "precise strike" on two operatives in Gaza City "in recent days',
        ),
    ]


def test_a_quote_running_over_paragraphs_takes_the_speaker_named_at_its_end():
    """'"It is baffling …. / "We stand by our statement," said Solomon.': both paragraphs are Solomon's,
    even after narration naming another party; a single-quoted crosshead is no part of a run."""
    said = _said(
        extract_claims(
            "Solomon was responding to Khairudin, who earlier today took the union to task.\n\n"
            '"It is baffling that Khairudin only decided to retract his comments a day later.\n\n'
            '"We stand by our statement," said Solomon.\n\n'
            "'Russia seeks to assert sovereignty'\n\n"
            "“The purpose of the abuse seems to be to instil fear,” the group added.\n"
        )
    )
    assert said[:2] == [
        ("Solomon", "It is baffling that Khairudin only decided to retract his comments a day later."),
        ("Solomon", "We stand by our statement"),
    ]
    assert all("sovereignty" not in quote for _name, quote in said)


def test_a_clause_after_narration_whose_named_subject_speaks():
    """ "The fallout escalated as Peter Robinson accused …": Robinson; "as investors said" names nobody."""
    said = _said(
        extract_claims(
            "The fallout escalated as Peter Robinson accused Sinn Fein of an attempt to blackmail the police.\n\n"
            "The talks collapsed when Hamas said it would not attend.\n"
        )
    )
    assert [name for name, _quote in said] == ["Peter Robinson", "Hamas"]


def test_a_role_closed_by_its_acronym_before_the_name():
    said = _said(
        extract_claims(
            "People should not be politicised, said Senior Parliamentary Secretary for Ministry of Social and "
            "Family Development (MSF) Eric Chua.\n\nChief of Army Staff (COAS) Qamar Javed Bajwa said terrorists "
            "are a common threat.\n"
        )
    )
    assert [name for name, _quote in said] == ["Eric Chua", "Qamar Javed Bajwa"]


def test_by_saying_is_the_subjects_statement():
    """ "Guess disappointed Wall Street by saying …": Guess; "abused his power by asking …" is nobody's."""
    said = _said(
        extract_claims(
            "But Guess disappointed Wall Street by saying it expects to earn 65 cents per share.\n\n"
            "The Senate acquitted Trump on charges that he had abused his power by asking Ukraine to investigate "
            "a rival.\n"
        )
    )
    assert said == [("Guess", "it expects to earn 65 cents per share")]


def test_an_article_before_a_lone_name_is_no_first_name():
    """ "The Star" printed before does not make "Star" a person's surname for "he" after it."""
    said = _said(
        extract_claims(
            "MCA denied it was selling its shares in The Star.\n\n"
            "Dr Chua said MCA held the shares.\n\n"
            "\"Star shares are all registered in MCA's name.\n\n"
            '"Two years ago, we transferred all Star shares to MCA," he said.\n'
        )
    )
    assert all(name != "Star" for name, _quote in said)


def test_court_copy_the_accused_of_an_address_pleads_and_denies():
    """ "Shaun Allan (19) of Drumashie Road, Inverness denied …": Allan, not Inverness; a plea is his;
    "is charged with murder" is nobody's statement."""
    said = _said(
        extract_claims(
            "Shaun Allan (19) of Drumashie Road, Inverness denied threatening police officers on June 26.\n\n"
            "He also pleaded not guilty to several road traffic offences.\n\n"
            "Arturo Marin-Sotelo, 29, of Apex, is charged with murder in the death of a deputy.\n"
        )
    )
    assert [name for name, _quote in said] == ["Shaun Allan", "Shaun Allan"]
    assert "several road traffic offences" in said[1][1]


def test_an_impersonal_passive_is_a_statement_of_unnamed_reports():
    """ "It was reported that …": unnamed reports, flagged; "it is understood that", "was reported
    missing" are no statements."""
    draft = extract_draft(
        "It was reported that the clinic published a government circular.\n\n"
        "It is understood that the talks failed.\n\nThe man was reported missing on Monday.\n"
    )
    names = {s.id: s for s in draft.ledger.sources}
    assert [(names[c.said_by].name, c.quote) for c in draft.ledger.claims] == [
        ("reports", "the clinic published a government circular")
    ]
    assert names[draft.ledger.claims[0].said_by].unnamed
    assert draft.evidence[0].review


def test_a_document_described_by_where_it_came_from_speaks():
    said = _said(
        extract_claims("The circular, apparently from the Ministry of Health, revealed that there is an outbreak.\n")
    )
    assert said == [("circular", "there is an outbreak")]


def test_a_group_led_by_someone_is_the_speaker_not_its_leader():
    said = _said(
        extract_claims(
            "“We will not be intimidated,” the group led by its Spokesperson on Finance, Casiel Ato Forson told "
            "journalists.\n\nThe group led by its spokesperson, Casiel Ato Forson, told journalists the probe was a "
            "witch-hunt.\n"
        )
    )
    assert [name for name, _quote in said] == ["group", "group"]


def test_a_short_passive_is_the_accused_not_a_speaker():
    """ "Kenya police accused of killing 33" (a headline's passive) and "A man charged with murder
    said ..." hold no statement by the accused or by anyone named in them."""
    said = _said(
        extract_claims(
            "Kenya police accused of killing at least 33 people post August 8 election\n\n"
            "Two rights groups accused Kenya police of killing 33 people.\n"
        )
    )
    assert said == [("Two rights groups", "accused Kenya police of killing 33 people")]


def test_a_body_speaking_in_a_statement_issued_by_its_officer_and_after_a_stray_comma():
    """ "NLC in a statement issued by its head of information, Benson Upah, said: “…”": NLC;
    "The Nigeria Labour Congress (NLC), has said that …": NLC; "Baltimore, said Essig": Essig's."""
    said = _said(
        extract_claims(
            "The Nigeria Labour Congress (NLC), has said that it has no agreement with the government.\n\n"
            "NLC in a statement issued by its Head of Information, Benson Upah, said: “We note some "
            "inconsistencies.”\n\nIt had been reported stolen in\n\nBaltimore, said Essig.\n"
        )
    )
    assert [name for name, _quote in said][:2] == ["Nigeria Labour Congress", "Nigeria Labour Congress"]
    assert all(name != "Baltimore" for name, _quote in said)


def test_stock_tickers_after_a_company_are_no_clause_boundary():
    said = _said(extract_claims("EXFO (TSE:EXF) (NASDAQ:EXFO) announced that its results missed its guidance.\n"))
    assert said == [("EXFO", "its results missed its guidance")]


def test_a_title_that_is_only_a_quote_is_the_speaker_whose_body_quote_it_repeats():
    draft = extract_draft(
        '"You\'d expect referees at this level to get decisions correct"\n\n'
        "Waterford coach Keith Long hit out at the referee after the game.\n\n"
        "Speaking after the game, Long said: “I shouldn’t have to deal with it.\n\n"
        "“You would expect for referees at this level to get decisions like these correct.”\n\n"
        '"Nobody said anything about the weather"\n'
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    said = [(names[c.said_by], c.quote) for c in draft.ledger.claims]
    assert said[0] == ("Long", "You'd expect referees at this level to get decisions correct")
    assert draft.evidence[0].rule == "quoted-title" and draft.evidence[0].review
    assert all("weather" not in quote for _name, quote in said)


def test_an_office_a_comma_then_the_name_after_a_quote():
    """ "“…,” Shadow Minister for Transport, Ada Quill said." is Ada Quill's, the office no part of the
    quote; the quotes standing alone after it continue her; "“…” for the firm, Orca Ltd, telling" is
    no speaker's office."""
    said = _said(
        extract_claims(
            "“The new timetable cannot be trusted,” Shadow Minister for Transport, Ada Quill said.\n\n"
            "“Trains will run less often than before.”\n\n"
            'The column claimed to "hear of a bid coming" for the firm, Orca Ltd, telling its readers to buy.\n'
        )
    )
    assert said[:2] == [
        ("Ada Quill", "The new timetable cannot be trusted"),
        ("Ada Quill", "Trains will run less often than before."),
    ]
    assert all(name != "Orca Ltd" for name, _quote in said)


def test_transcript_labels_on_lines_of_their_own():
    """A doorstop transcript printing "MINISTER:" and "JOURNALIST:" alone on their lines: each
    paragraph below the minister's label is the minister's (the first with the label as its cue);
    the journalist's questions are nobody's statements."""
    text = (
        "Doorstop interview, Canberra\n\nMINISTER:\n\nThe new rail line will open on time next year.\n\n"
        "JOURNALIST:\n\nWill the budget cover the cost of the new line?\n\nMINISTER:\n\n"
        "The budget covers all of it.\n\nWe have checked the figures twice with the Treasury.\n"
    )
    draft = extract_draft(text)
    said = [c.quote for c in draft.ledger.claims]
    assert said == [
        "The new rail line will open on time next year.",
        "The budget covers all of it.",
        "We have checked the figures twice with the Treasury.",
    ]
    assert {s.name for s in draft.ledger.sources if s.id == draft.ledger.claims[0].said_by} == {"MINISTER"}
    first = draft.evidence[0]
    assert first.cue is not None and text[first.cue.start - len("MINISTER") : first.cue.end] == "MINISTER:"


def test_a_sentence_opening_with_a_speech_participle_is_the_main_speakers():
    """ "Claiming that …, Ann Roe said …" and "Terming the item baseless, the spokesperson said" give
    the opening clause to the speaker after its comma; "Responding to the judge, …" says nothing."""
    said = _said(
        extract_claims(
            "Claiming that the audit was rushed, Ann Roe said the council would appeal.\n\n"
            "Terming the news item completely baseless, the ministry spokesperson said no report existed.\n\n"
            "Responding to the judge's comments, Sam Fry said the case was closed.\n"
        )
    )
    assert ("Ann Roe", "the audit was rushed") in said
    assert ("Ann Roe", "the council would appeal") in said
    assert any(quote == "the news item completely baseless" for _name, quote in said)
    assert all("judge" not in quote for _name, quote in said)


def test_lambasted_and_termed_are_cues_that_keep_their_verb():
    said = _said(
        extract_claims(
            "The manager lambasted the officials for disallowing a late goal.\n\n"
            "The minister termed the report a deliberate distortion of the facts.\n"
        )
    )
    assert said == [
        ("manager", "lambasted the officials for disallowing a late goal"),
        ("minister", "termed the report a deliberate distortion of the facts"),
    ]


def test_a_quote_after_another_speakers_but_adds_is_never_the_quote_before_continued():
    """ "He adds: “…”" (Cummings) and then "A spokesman for the regulator says … but adds: “…”": the
    second quote is the spokesman's, whose cue stands right before it, never Cummings' run on."""
    said = _said(
        extract_claims(
            "Chris Cummings said the rules were costly.\n\n"
            "He adds: “Why should small firms pay for the guidance of the big ones?”\n\n"
            "A spokesman for the regulator says he welcomes the views but adds: “The regulator is not "
            "trying to outsource regulation.”\n"
        )
    )
    assert said[-1] == ("spokesman for the regulator", "The regulator is not trying to outsource regulation")
    assert ("spokesman for the regulator", "he welcomes the views") in said


def test_a_pronoun_after_a_lone_surname_speaking_next_to_it_and_no_possessive_speakers():
    """ "released a statement on Thursday saying …" is the subject's; "“…,” he said" right after
    "Watson said …" is Watson's although a man spoke before him; "“to help spread” Hale’s claims"
    makes no speaker of a possessive."""
    said = _said(
        extract_claims(
            "Coun. Rick Hale released a statement on Thursday saying he had been ill since spring.\n\n"
            "Mayor Jim Watson and Coun. Terri Kane, the council's liaison for equity, have met the staff.\n\n"
            "Watson said on Thursday he read Hale’s statement. “I will reserve comment at this time,” he said.\n\n"
            "Speaking on radio, Ann Roe said “stories are circulating” that rivals were paying reporters "
            "“to help spread” Hale’s claims “to topple the council.”\n"
        )
    )
    assert ("Rick Hale", "he had been ill since spring") in said
    assert ("Watson", "I will reserve comment at this time") in said
    assert all(not name.endswith(("’", "’s")) for name, _quote in said)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("On Friday morning she said the case was weak.", "she"),
        ("Last week Hope Hicks told reporters the case was weak.", "Hope Hicks"),
        ("Earlier this month the ministry said the case was weak.", "ministry"),
        ("In 2019 Ann Smith wrote that the case was weak.", "Ann Smith"),
        ("Monday Night Football said the game would air.", "Monday Night Football"),
    ],
)
def test_a_time_before_the_subject_with_no_comma_is_no_part_of_the_speaker(sentence, speaker):
    draft = extract_draft(f"Rome, Italy\n\nAnn Smith is a judge in the city.\n\n{sentence}\n")
    [evidence] = [e for e in draft.evidence if e.speaker is not None]
    text = f"Rome, Italy\n\nAnn Smith is a judge in the city.\n\n{sentence}\n"
    assert text[evidence.speaker.start : evidence.speaker.end].removeprefix("the ") == speaker


def test_quotes_after_reported_speech_continue_it_even_after_a_quote_nobody_was_given():
    """A run of quotes whose speaker the rules missed does not keep later quotes from continuing
    the reported speech right before them; "by declaring: “I’ve said …”" is the subject's, never "I’ve"'s."""
    said = _said(
        extract_claims(
            "Opening the case, prosecutor Rebekah Thompson told the jury the accused had lied.\n\n"
            "The court then heard from the families of both boys and from two police officers.\n\n"
            "“The accused had an interest in adolescent boys.\n\n“He acted on it in similar ways.”\n\n"
            "Thompson said the defence’s suggestion did not stack up.\n\n"
            "“Important, traumatic things like that; you remember them.”\n\n"
            "Ivo Raiola followed that up by declaring: “I’ve said that Paul can leave in the summer.”\n"
        )
    )
    assert ("Rebekah Thompson", "Important, traumatic things like that; you remember them.") in said
    assert ("Ivo Raiola", "I’ve said that Paul can leave in the summer.") in said
    assert all(not name.startswith("I’") for name, _quote in said)


def test_a_named_issuers_document_read_before_a_colon_is_the_issuers():
    """ "Hamas’s statement read: “…”" after the army's words is Hamas's, never the army's quote run
    on; "was commenting on a report" says nothing; "He read the report" is no cue."""
    said = _said(
        extract_claims(
            "The army declined to address the claims, saying that the group often uses psychological warfare.\n\n"
            "Hamas’s statement read: “Their conditions are becoming more dangerous every day.”\n\n"
            "The minister was commenting on a report published in a weekly newspaper.\n\n"
            "Ann Lee read the report to the committee.\n"
        )
    )
    assert said == [
        ("army", "the group often uses psychological warfare"),
        ("Hamas", "Their conditions are becoming more dangerous every day."),
    ]


def test_an_objects_statement_ends_before_a_clause_of_time_or_circumstance():
    """ "has denied a fall-out with Zambia after weeks of tensions": the denial is "a fall-out with
    Zambia"; "The woman’s friends and lawyer" are several people, never the man named before."""
    said = _said(
        extract_claims(
            "Zimbabwe has denied a diplomatic fall-out with Zambia after weeks of tensions over a report.\n\n"
            "Prime Minister Scott Morrison backed the minister on Monday.\n\n"
            "The woman’s friends and lawyer demanded the inquiry after Mr Morrison backed the minister.\n"
        )
    )
    assert said[0] == ("Zimbabwe", "denied a diplomatic fall-out with Zambia")
    assert said[-1][1] == "demanded the inquiry" and "Morrison" not in said[-1][0]


def test_according_to_an_object_pronoun_is_the_person_speaking_before():
    said = _said(
        extract_claims(
            "Police spokesman Daniel Ndukwe said the video was five years old.\n\n"
            "According to him, the officers involved were identified and sanctioned at the time.\n"
        )
    )
    assert said[-1] == ("Daniel Ndukwe", "the officers involved were identified and sanctioned at the time")


def test_a_medium_opening_a_clause_is_what_was_said():
    """ "said the video was fake" reports speech about the video; "posted a statement on her site" does not."""
    said = _said(
        extract_claims("Daniel Ndukwe said the video was fake.\n\nAnn Lee posted a statement on her website.\n")
    )
    assert said == [("Daniel Ndukwe", "the video was fake")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "quote"),
    [
        (
            "Nana Akufo-Addo, in a victory speech to supporters on Wednesday, said it was time to unite.",
            "Nana Akufo-Addo",
            "it was time to unite",
        ),
        (
            "Battalion Chief Scott Hall, with the West Valley City Fire Department, said crews arrived at 10:30 p.m.",
            "Scott Hall",
            "crews arrived at 10:30 p.m",
        ),
        (
            "A man charged with murdering his neighbour said he did not agree to kill anyone.",
            "man charged with murdering his neighbour",
            "he did not agree to kill anyone",
        ),
        (
            "A TEENAGER accused of murdering Reece Tansey claims he did not see the stabbing.",
            "TEENAGER accused of murdering Reece Tansey",
            "he did not see the stabbing",
        ),
    ],
)
def test_speakers_set_off_by_a_speech_event_an_affiliation_or_a_description(sentence, speaker, quote):
    [(name, said)] = _said(extract_claims(sentence + "\n"))
    assert speaker in name and said == quote


def test_a_statement_whose_speaker_opens_the_sentence_is_theirs_relayed_by_the_party_at_its_end():
    """ "The wife of one of the detainees said her husband …, Human Rights Watch said": the wife
    speaks, the group relays (flagged, being a party), never the group's own statement."""
    draft = extract_draft(
        "The wife of one of the detainees said her husband had been moved to a labour camp, Human Rights Watch said.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    [claim] = draft.ledger.claims
    assert names[claim.said_by] == "wife of one of the detainees"
    assert claim.quote == "her husband had been moved to a labour camp"
    assert [names[v] for v in claim.via] == ["Human Rights Watch"]
    assert draft.evidence[0].review


def test_court_copy_the_accused_told_investigators_relayed_by_the_officer_at_the_end():
    """ "During interrogation, the accused told investigators that …, Prabhakar said": the accused
    speaks, relayed by the officer; "Lopez, on the air, claimed …" is Lopez's."""
    draft = extract_draft(
        "Police officer Ravi Prabhakar told reporters that Manoj Kumar was arrested at 2 am.\n\n"
        "During initial interrogation of Kumar, the accused told investigators that he left home at 7 pm, "
        "Prabhakar said.\n\n"
        "Sheriff Marcos Lopez, on the air, claimed he did not post the photo.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    said = [(names[c.said_by], c.quote, [names[v] for v in c.via]) for c in draft.ledger.claims]
    assert said[1][1:] == ("he left home at 7 pm", ["Ravi Prabhakar"])
    assert "Prabhakar" not in said[1][0]
    assert ("Marcos Lopez", "he did not post the photo", []) in said


def test_a_label_with_a_role_before_the_name_introduces_its_own_quote_never_the_last_one_run_on():
    """ "Head coach of Romania Ion Popa: "…"" after the Italian captain's quote is Popa's, and the
    paragraph quoted after it too; a label the rules cannot read continues nobody."""
    said = _said(
        extract_claims(
            'Captain of Italy Luca Bruni: "All our guys did their best today and I am happy with them."\n\n'
            'Head coach of Romania Ion Popa: "We had the potential and the desire to win against Italy."\n\n'
            '"The tension of the match had the better of our players in the end."\n\n'
            'Unhappy with the bounce of the ball on a wet pitch: "We lost the plot in the second half."\n'
        )
    )
    assert [name for name, _quote in said] == ["Luca Bruni", "Ion Popa", "Ion Popa"]


def test_a_participle_inside_an_according_to_statement_is_its_subjects_relayed():
    """ "According to Mahfud, Ambassador Gelbard took Maness …, saying he was not a spy": Mahfud's
    account, and Gelbard's words as Mahfud tells them; never Mahfud's own denial."""
    draft = extract_draft(
        "According to Mahfud, Ambassador Gelbard took Maness as he was about to be deported, saying he was not a spy.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    said = [(names[c.said_by], c.quote, [names[v] for v in c.via]) for c in draft.ledger.claims]
    assert said == [
        ("Mahfud", "Ambassador Gelbard took Maness as he was about to be deported", []),
        ("Gelbard", "he was not a spy", ["Mahfud"]),
    ]


def test_a_leader_telling_of_himself_is_no_she_and_a_lawyer_named_one_of_hers_speaks():
    """ "the Conservative leader said he is ignoring …" makes the leader a man, so a later "She
    says" is not his; "One of her lawyers, Jack Siegel, told a radio station that …" is Siegel's,
    and "“…,” he told Newstalk" after him is his; "Premier Ann Wynne’s lawyers wrote" names no speaker."""
    said = _said(
        extract_claims(
            "Premier Ann Wynne’s lawyers wrote a letter to Patrick Brown on Wednesday.\n\n"
            "In a statement, the Conservative leader said he is ignoring the premier’s request.\n\n"
            "She says her lawyers are discussing the next steps.\n\n"
            "One of her lawyers, Jack Siegel, told a Toronto radio station that the response is disappointing.\n\n"
            "“It would be rather nice if Mr. Brown would simply acknowledge it was a slip,” he told Newstalk1010.\n"
        )
    )
    assert all(not name.endswith("’s") for name, _quote in said)
    assert all(not (quote.startswith("her lawyers") and "leader" in name) for name, quote in said)
    assert ("Jack Siegel", "the response is disappointing") in said
    assert said[-1][0] == "Jack Siegel"


def test_a_pronoun_right_after_a_cue_whose_speaker_is_unread_is_no_guess():
    said = _said(
        extract_claims(
            "Ann Lee said she told reporters that the vote was rigged.\n\n"
            "The letter sent to Brown said he told reporters that Wynne was on trial.\n"
        )
    )
    assert said == [("Ann Lee", "she told reporters that the vote was rigged")]


def test_a_police_release_attributed_to_an_officer_is_the_officers_paragraph_by_paragraph():
    text = (
        "Suspicious approach in Blockhouse Bay\n\nPlease attribute to Detective Sergeant Richard Sami:\n\n"
        "At 8.10am a nine-year-old girl was walking to her school on Bolton Street.\n\n"
        "Police were deployed to the area immediately and carried out enquiries.\n"
    )
    draft = extract_draft(text)
    names = {s.id: s.name for s in draft.ledger.sources}
    said = [(names[c.said_by], c.quote) for c in draft.ledger.claims]
    assert [name for name, quote in said if "school" in quote or "deployed" in quote] == ["Richard Sami"] * 2
    first = next(e for e, c in zip(draft.evidence, draft.ledger.claims, strict=True) if "school" in c.quote)
    assert first.cue is not None and text[first.cue.start : first.cue.end] == ":"


def test_a_news_conference_transcript_with_reporters_printed_with_their_outlets():
    """ "KEN VERDOIA, KUED: …" asks; "GOVERNOR WALKER: …" answers, and is Governor Walker, never
    the reporter who spoke before him."""
    said = _said(
        extract_claims(
            "Transcript:\n\nKEN VERDOIA, KUED: Governor Walker, thanks for joining us today.\n\n"
            "GOVERNOR WALKER: It's a pleasure to be here again.\n\n"
            "RICH PIATT, KSL-TV: Will you veto the bill?\n\n"
            "GOVERNOR WALKER: Yes, I will veto it this week.\n"
        )
    )
    assert said == [
        ("Governor Walker", "It's a pleasure to be here again."),
        ("Governor Walker", "Yes, I will veto it this week."),
    ]


def test_a_curly_quote_closed_by_a_straight_mark_after_its_comma():
    said = _said(
        extract_claims(
            '“This is a nightmare come true," Debra Briggs said. '
            '"We are going to miss him for the rest of our lives."\n'
        )
    )
    assert said == [
        ("Debra Briggs", "This is a nightmare come true"),
        ("Debra Briggs", "We are going to miss him for the rest of our lives."),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The embassy said in a statement issued on Friday that it was dismayed by the charges.",
        "The embassy said in a statement released here on Monday it was dismayed by the charges.",
        "The embassy said in a statement posted on Facebook that it was dismayed by the charges.",
    ],
)
def test_how_a_statement_was_put_out_is_no_part_of_it(sentence):
    assert _said(extract_claims(sentence + "\n")) == [("embassy", "it was dismayed by the charges")]


def test_an_expert_and_an_appositive_left_unclosed_after_a_quote():
    """ "“…,” said law enforcement expert Randy Nelson. “…”" and "“…,” Margaret Cole, the FSA’s
    director of enforcement said in the statement. “…”": each speaker, and their next quote too."""
    said = _said(
        extract_claims(
            "“They tried every trick,” said law enforcement expert Randy Nelson. “It was clear from the start.”\n\n"
            "“Insiders must act,” Margaret Cole, the FSA’s director of enforcement said in the statement. "
            "“Information must reach the market at once.”\n"
        )
    )
    assert [name for name, _quote in said] == ["Randy Nelson", "Randy Nelson", "Margaret Cole", "Margaret Cole"]


def test_a_claim_reported_to_be_denied_is_the_claimants_relayed_not_the_deniers():
    """ "The ministry denied allegations by Amnesty International that prisoners were tortured":
    the ministry denied the allegations; that prisoners were tortured is Amnesty's claim as the
    ministry reports it (relayed, flagged), and a later "it" is still the ministry."""
    draft = extract_draft(
        "The ministry denied allegations by Amnesty International that prisoners were tortured in the jail.\n\n"
        "It said the prisons were open to inspectors.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    said = [(names[c.said_by], c.quote, [names[v] for v in c.via]) for c in draft.ledger.claims]
    assert said == [
        ("ministry", "denied allegations by Amnesty International", []),
        ("Amnesty International", "prisoners were tortured in the jail", ["ministry"]),
        ("ministry", "the prisons were open to inspectors", []),
    ]
    assert draft.evidence[1].review


def test_a_headlines_lone_surname_is_the_person_the_story_names_in_full():
    """ "Germany’s Scholz says …" in the headline, "Chancellor Olaf Scholz said" in the lead: one
    person, one source. A second full name of that surname is someone else, and a country is
    never the person who shares its name."""
    draft = extract_draft(
        "Germany’s Scholz says it is not business as usual\n\n"
        "BERLIN (Reuters) – The result was bad for all parties, Chancellor Olaf Scholz said on Monday.\n\n"
        "Scholz said he wanted a quick decision.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    assert [names[c.said_by] for c in draft.ledger.claims] == ["Olaf Scholz"] * 3

    # the lead names the headline's person first; a second of that surname is someone else
    two = extract_draft(
        "Ayliffe says the family will campaign.\n\n"
        "Rosie Ayliffe said her daughter loved travelling. Tom Ayliffe said the inquiry was slow.\n"
    )
    names = {s.id: s.name for s in two.ledger.sources}
    assert [names[c.said_by] for c in two.ledger.claims] == ["Rosie Ayliffe", "Rosie Ayliffe", "Tom Ayliffe"]

    country = extract_draft("Israel says it will retaliate.\n\nDefence Minister Israel Katz said the army was ready.\n")
    assert sorted(s.name for s in country.ledger.sources) == ["Israel", "Israel Katz"]


def test_a_party_brought_in_by_the_narration_speaks_in_a_relative_clause():
    """ "Police arrested Jones, who said he had done nothing wrong": Jones speaks; a role before
    the name is his ("PKR deputy president Rafizi Ramli, who claimed that …"). A sentence's subject
    with a relative clause goes on past it, so it is left alone."""
    said = _said(
        extract_claims(
            "The minister was responding to PKR deputy president Rafizi Ramli, who claimed that one project "
            "was a flood scheme.\n\n"
            "Police arrested Jones, who said he had done nothing wrong.\n\n"
            "“It was in the distance,” says Boy B, who added that he was not wearing his glasses.\n\n"
            "The lawmakers, who also said the vote was rigged, left the chamber.\n"
        )
    )
    assert said == [
        ("Rafizi Ramli", "one project was a flood scheme"),
        ("Jones", "he had done nothing wrong"),
        ("Boy B", "It was in the distance"),
        ("Boy B", "he was not wearing his glasses"),
    ]


def test_he_after_a_person_named_with_an_address_is_that_person_not_the_address():
    """ "… involved 26 year old Alan MacLeod of Pheonix House, Croft 7, Hamilton Road. He denies
    …": the person, never the street or the building."""
    said = _said(
        extract_claims(
            "The Moray case involved James Stephen, who denied setting fire to his home.\n\n"
            "The second case involved 26 year old Alan MacLeod of Pheonix House, Croft 7, Hamilton Road, Balmacara.\n\n"
            "He denies possessing indecent images.\n"
        )
    )
    assert ("Alan MacLeod", "denies possessing indecent images") in said
    assert all(name not in ("Hamilton Road", "Pheonix House") for name, _quote in said)


def test_she_after_the_narration_describes_a_woman_is_that_woman_not_the_accused():
    """A court report: the accused speaks first, then "It is alleged the woman was in bed … She
    said …": "she" is the woman (an unnamed source, flagged), never the accused."""
    draft = extract_draft(
        "The 68-year-old, who cannot be named, has pleaded not guilty to sexual assault.\n\n"
        "It is alleged the woman was in bed that evening when the man came into her room. "
        "She said he grabbed her ankles.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    said = [(names[c.said_by], c.quote) for c in draft.ledger.claims]
    assert said == [
        ("68-year-old", "pleaded not guilty to sexual assault"),
        ("woman", "he grabbed her ankles"),
    ]
    assert "the woman" in draft.evidence[1].review
    # a woman named before, of a listed first name, is still the one "she" means
    named = _said(
        extract_claims(
            "Mary Brown said she was innocent.\n\nThe woman was later released. She said the police had lied.\n"
        )
    )
    assert named == [("Mary Brown", "she was innocent"), ("Mary Brown", "the police had lied")]


def test_a_document_named_before_that_and_its_cue_speaks():
    """ "CNN cited a magazine report that said that …": the report speaks, and CNN's citing is no
    statement; "an email that described a story" only says what it was about."""
    said = _said(
        extract_claims(
            "CNN cited a magazine report that said that Ducklo had been suspended for a week.\n\n"
            "The lawyer said the phrase was used in an email that described a story about two actors.\n"
        )
    )
    assert said == [
        ("magazine report", "Ducklo had been suspended for a week"),
        ("lawyer", "the phrase was used in an email that described a story about two actors"),
    ]


def test_threatening_a_person_is_an_act_not_a_statement():
    """ "had threatened a Politico reporter over the story" tells what was done, not what was said;
    "threatened strike action" is what the threat said."""
    said = _said(
        extract_claims(
            "Ducklo threatened a Politico reporter over the story.\n\n"
            "The union threatened strike action over the cuts.\n"
        )
    )
    assert [quote for _name, quote in said] == ["threatened strike action over the cuts"]


def test_a_day_told_by_its_clock_is_no_part_of_the_speaker():
    """ "Jen Psaki on Friday (local time) announced that …": the speaker is Jen Psaki."""
    said = _said(
        extract_claims(
            "White House Press Secretary Jen Psaki on Friday (local time) announced that a deputy was suspended.\n"
        )
    )
    assert said == [("Jen Psaki", "a deputy was suspended")]


def test_assuring_someone_is_a_statement():
    """ "has assured communities … to feel safe": what was promised; "assured the people … that …":
    the clause after "that", whom it addressed left out."""
    said = _said(
        extract_claims(
            "Dr Hafiz Bin Salih, the Upper West Regional Minister, has assured communities along the borders to "
            "feel safe.\n\nDr Salih also assured the people of the district that the country was not in danger.\n"
        )
    )
    assert said == [
        ("Dr Hafiz Bin Salih", "assured communities along the borders to feel safe"),
        ("Dr Hafiz Bin Salih", "the country was not in danger"),
    ]


def test_a_form_of_address_and_a_surname_is_the_person_of_that_surname_only():
    """ "Mr Zahawi" after "Nadhim Zahawi", "Dr Salih" after "Hafiz Bin Salih": one person each;
    "Ms James" is never "James Evans", whose first name it shares."""
    said = _said(
        extract_claims(
            "Education Secretary Nadhim Zahawi said the leaks were unhelpful.\n\n"
            "Mr Zahawi added that he would wait for the decision.\n\n"
            "Brecon MS James Evans said the Government was guilty of delays.\n\n"
            "Counsel General Julie James rejected the claim. Ms James said waiting lists were down.\n"
        )
    )
    assert [name for name, _quote in said] == [
        "Nadhim Zahawi",
        "Nadhim Zahawi",
        "James Evans",
        "Julie James",
        "Julie James",
    ]


def test_a_body_named_in_between_is_no_one_he_could_mean():
    """ "The Minister gave the assurance in an interview with the Ghana News Agency (GNA). / “…”,
    he said": the agency is no person, so "he" is still the minister."""
    said = _said(
        extract_claims(
            "Dr Hafiz Bin Salih, the Upper West Regional Minister, said the region was safe.\n\n"
            "The Minister gave the assurance in an interview with the Ghana News Agency (GNA) in Tumu.\n\n"
            '"We also picked intelligence that some bandits were planning to attack us", he said.\n'
        )
    )
    assert [name for name, _quote in said] == ["Dr Hafiz Bin Salih", "Dr Hafiz Bin Salih"]


def test_what_cited_sources_confirmed_is_not_the_citers_statement():
    """ "…, citing local sources that confirmed no such incidents occurred": the sources' words,
    never the police spokesman's."""
    said = _said(
        extract_claims(
            "Police spokesman Muyiwa Adejobi debunked reports of three deaths in Suleja, citing local sources "
            "that confirmed no such incidents occurred.\n"
        )
    )
    assert all("no such incidents" not in quote or name != "Muyiwa Adejobi" for name, quote in said)
    assert ("Muyiwa Adejobi", "debunked reports of three deaths in Suleja") in said


def test_he_after_the_man_on_trial_is_that_man_not_the_prosecutor():
    """ "A prosecutor has urged a jury to convict … / The man, who cannot be named, is standing
    trial … / He has pleaded not guilty": the man, not the prosecutor, who is called by a role."""
    said = _said(
        extract_claims(
            "Crown prosecutor Jeremy McWilliams has urged a jury to convict a high-profile man of rape.\n\n"
            "The man, who cannot be named for legal reasons, is standing trial in the County Court.\n\n"
            "He has pleaded not guilty to two counts of rape.\n"
        )
    )
    assert said == [
        ("Jeremy McWilliams", "urged a jury to convict a high-profile man of rape"),
        ("man", "pleaded not guilty to two counts of rape"),
    ]


def test_a_transcripts_office_label_is_the_person_its_heading_names():
    """A minister's doorstop transcript: "Transcript by The Hon Christian Porter MP" over
    "MINISTER:" turns: each turn is Christian Porter's; a questioner's turn is nobody's."""
    draft = extract_draft(
        "Transcript by The Hon Christian Porter MP\n\n"
        "Doorstop Interview, Ministerial Reshuffle\n\n"
        "MINISTER:\n\nGood afternoon everyone, I am happy to take your questions today.\n\n"
        "QUESTION:\n\nWhat are your priorities going to be?\n\n"
        "MINISTER:\n\nThere are some very important transitions that are underway in the portfolio.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    assert [names[c.said_by] for c in draft.ledger.claims] == ["Christian Porter", "Christian Porter"]
    # two offices under one heading: which is whose is not known from the heading
    two = extract_draft(
        "Press conference with Jane Smith\n\n"
        "PRIME MINISTER:\n\nWe will act on housing this week, and the plan is ready.\n\n"
        "QUESTION:\n\nWhen?\n\n"
        "TREASURER:\n\nThe budget has room for it, and the numbers add up.\n"
    )
    assert "Jane Smith" not in {s.name for s in two.ledger.sources}


def test_accusing_after_rejected_words_is_their_sources():
    """ "… has dismissed a statement by …, Davendranath Tancoo, accusing the police of …": the
    statement accuses, so Tancoo speaks (flagged); "denied claims by the opposition, accusing it of
    lying" is the one denying, and so is "denied the claims, saying they were false"."""
    draft = extract_draft(
        "Police Commissioner Gary Griffith has dismissed a “reckless” statement by the general secretary of the "
        "opposition United National Congress (UNC), Davendranath Tancoo, accusing the police of using roadblocks "
        "to frustrate voters.\n\n"
        "The Government of Cameroon has refuted allegations contained in a Human Rights Watch report, accusing "
        "security forces of killing civilians.\n\n"
        "The Health Ministry denied claims by the opposition, accusing it of lying.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    accusing = [
        (names[c.said_by], e.review)
        for c, e in zip(draft.ledger.claims, draft.evidence, strict=True)
        if c.cue == "accusing"
    ]
    assert [name for name, _review in accusing] == ["Davendranath Tancoo", "Human Rights Watch", "Health Ministry"]
    assert all("check the original" in (review or "") for _name, review in accusing[:2])


def test_accusing_after_words_sent_by_someone_is_the_senders():
    """ "is disputing a message sent to parents by a school administrator accusing one of their
    deputies of …": with no comma, the participle still hangs on the message, so its sender accuses
    (flagged), not the sheriff's office disputing it; the office's own words stop before it."""
    draft = extract_draft(
        "The Shelby County Sheriff’s Office is disputing a message sent to parents by a Memphis school "
        "administrator accusing one of their deputies of pointing a gun at people on campus.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    said = [(names[c.said_by], c.quote) for c in draft.ledger.claims]
    assert said[-1] == (
        "Memphis school administrator",
        "accusing one of their deputies of pointing a gun at people on campus",
    )
    assert all("accusing" not in quote for name, quote in said if name == "Shelby County Sheriff’s Office")
    assert "check the original" in (draft.evidence[-1].review or "")


def test_responding_to_criticism_of_it_as_quoted_words_says_nothing():
    """ "has responded to a sheriff’s criticism of it as “ill-informed and wrong”": the quote is the
    sheriff's description, not what the Crown Office said in response."""
    said = _said(
        extract_claims(
            "The Crown Office has responded to a Dundee sheriff’s criticism of it as “ill-informed and wrong” "
            "after he threw the case out.\n\nJones responded to the report: “It is false.”\n"
        )
    )
    assert [name for name, _quote in said] == ["Jones"]
    assert "It is false" in said[0][1]


def test_an_agency_dateline_with_no_dash_and_a_portfolio_with_and():
    """ "Hyderabad, Nov 24 (IANS) Telangana's Minister for Labour and Employment Malla Reddy
    alleged …": the dateline is no part of the speaker, and the portfolio is the role's."""
    draft = extract_draft(
        "Hyderabad, Nov 24 (IANS) Telangana's Minister for Labour and Employment Malla Reddy alleged on "
        "Thursday that the BJP government carried out raids on him.\n\n"
        "“We are not in a hurry,” said Lakhma answering a question.\n"
    )
    sources = {s.id: s for s in draft.ledger.sources}
    first, second = (sources[c.said_by] for c in draft.ledger.claims)
    assert (first.name, first.role) == ("Malla Reddy", "Minister for Labour and Employment")
    assert draft.ledger.claims[0].quote == "the BJP government carried out raids on him"
    assert second.name == "Lakhma"


def test_a_second_participle_and_openers_before_the_subject():
    """ "Nyirenda was calm …, giving his players credit and admitting that …": the second
    participle is the subject's too; "However, looking at …, Sredojevic was proud … and says …":
    two openers before the subject; "Bucs coach Micho Sredojevic’s face": the holder without
    the possessive."""
    said = _said(
        extract_claims(
            "Nyirenda was calm and relaxed during the press conference, giving his players credit for the job and "
            "admitting that the Soweto giants had been on top.\n\n"
            "Bucs coach Micho Sredojevic’s face meanwhile had disappointment written all over it. However, looking "
            "at the way his charges fought throughout the game despite being a man down for the most part following "
            "Nyasha Munetsi’s red card, Sredojevic was proud of his team and says they are looking forward to "
            "getting stronger.\n\n"
            "“We lost it, but I believe we did not lose,” said the Bucs coach.\n"
        )
    )
    assert said == [
        ("Nyirenda", "the Soweto giants had been on top"),
        ("Micho Sredojevic", "they are looking forward to getting stronger"),
        ("Micho Sredojevic", "We lost it, but I believe we did not lose"),
    ]


def test_a_plural_head_before_its_complement_takes_a_base_form_cue():
    """ "Scientists at Oxford University say …": the head is "Scientists", plural, so "say" is
    the verb; "officials in Washington state declared …": "state" is a noun before the verb."""
    said = _said(
        extract_claims(
            "Scientists at Oxford University say their vaccine works in older adults.\n\n"
            "Public health officials in Washington state declared the outbreak over last Friday.\n"
        )
    )
    assert said == [
        ("Scientists at Oxford University", "their vaccine works in older adults"),
        ("Public health officials in Washington state", "the outbreak over last Friday"),
    ]


def test_a_role_in_the_sentence_right_after_a_speaker_is_that_speakers_varied_name():
    """ "… Tuan Ibrahim Tuan Man said … / The Pas deputy president also said …": news names the
    person who just spoke by another of their roles; with a sentence of narration between, or a
    description that specifies someone ("the leader of …"), it stays a speaker of its own."""
    said = _said(
        extract_claims(
            "Caretaker minister Datuk Seri Tuan Ibrahim Tuan Man said he had never approved any projects.\n\n"
            "The Pas deputy president also said he has no plans to approve any.\n"
        )
    )
    assert said == [
        ("Datuk Seri Tuan Ibrahim Tuan Man", "he had never approved any projects"),
        ("Datuk Seri Tuan Ibrahim Tuan Man", "he has no plans to approve any"),
    ]
    apart = _said(
        extract_claims(
            "Caretaker minister Datuk Seri Tuan Ibrahim Tuan Man said he had never approved any projects.\n\n"
            "Rafizi Ramli's claim spread quickly online.\n\n"
            "The Pas deputy president also said he has no plans to approve any.\n"
        )
    )
    assert apart[-1] == ("Pas deputy president", "he has no plans to approve any")
    specified = _said(
        extract_claims(
            "Caretaker minister Datuk Seri Tuan Ibrahim Tuan Man said he had never approved any projects.\n\n"
            "The leader of the opposition said the projects were approved last week.\n"
        )
    )
    assert specified[-1] == ("leader of the opposition", "the projects were approved last week")


def test_a_cue_closing_a_quotation_is_the_quotations_word():
    """ "“I don't really have anything to add,” he said": "add" ends the quotation; no statement
    "he said" drafted under a speaker "I don't"."""
    said = _said(
        extract_claims(
            '"The Netherlands is responsible," Yap said.\n\n"I don\'t really have anything to add," he said.\n'
        )
    )
    assert said == [("Yap", "The Netherlands is responsible"), ("Yap", "I don't really have anything to add")]


def test_he_after_a_quotation_of_sentences_is_the_subject_before_the_quotation():
    """ "De K. did not use his opportunity to speak. “I don't … add. I'm following my counsel,” he
    said": the sentence before the quotation names him (by a withheld surname's initial), not the
    lawyer who spoke last; "this afternoon" between speaker and cue is no part of the name."""
    said = _said(
        extract_claims(
            '"The Netherlands is responsible," Yap said.\n\n'
            "De K. did not use his opportunity to speak. \"I don't really have anything to add. I'm following my "
            'counsel," he said.\n\n'
            "Semisi Sika this afternoon confirmed that he is not bothered.\n"
        )
    )
    assert said == [
        ("Yap", "The Netherlands is responsible"),
        ("De K.", "I don't really have anything to add. I'm following my counsel"),
        ("Semisi Sika", "he is not bothered"),
    ]


def test_a_straight_opening_mark_closed_by_a_curly_one():
    """ "\"It was necessary …,” said the ministers. \"While …\"": web copy mixes marks both ways; the
    curly closer after the quote's comma closes the straight opener, and the next quote goes on."""
    said = _said(
        extract_claims(
            "Ong Ye Kung spoke.\n\n"
            '"It was necessary for us to take legal action,” said the ministers. "While an individual has the '
            'right to disagree, this does not extend to making baseless accusations."\n'
        )
    )
    assert said == [
        ("ministers", "It was necessary for us to take legal action"),
        (
            "ministers",
            "While an individual has the right to disagree, this does not extend to making baseless accusations.",
        ),
    ]


def test_a_council_named_like_a_person_is_no_she():
    """ "Churchill Parish Council had recommended refusal … She said: “…”": a name ending in an
    organisation's head word is no person a pronoun may mean; with no one else, no guess."""
    said = _said(
        extract_claims(
            "Churchill Parish Council had originally recommended refusal of a proposed phone mast in Bath Road, "
            "but its decision was not received. On Monday Cllr Wells defended the decision saying she was powerless "
            'to stop it. She said: "It seems quite apparent there has been an underlying current of animosity towards '
            'me."\n'
        )
    )
    assert all(name != "Churchill Parish Council" for name, quote in said if quote.startswith("It seems"))


def test_runs_of_sentences_with_no_space_after_the_full_stop():
    """Copy that lost its paragraph breaks: "… in Blagdon.The latter …", "… the Filipino
    people.Aquino said …": a full stop between a lower-case word and a capitalised one ends a
    sentence, so the next cue is read on its own."""
    said = _said(
        extract_claims(
            "Bam Aquino said only an independent Senate will push the country forward.Aquino said an independent "
            "Senate will prevent the passage of any law that is detrimental to the public.\n"
        )
    )
    assert said == [
        ("Bam Aquino", "only an independent Senate will push the country forward"),
        ("Bam Aquino", "an independent Senate will prevent the passage of any law that is detrimental to the public"),
    ]


def test_a_body_named_after_the_kind_of_body_it_is():
    """ "The rights group Amnesty International said", "the police Corporate Communications Unit
    (CCU) said": the name is the speaker; "The police unit said" after it is that unit."""
    said = _said(
        extract_claims(
            "The rights group Amnesty International said the protesters were unarmed.\n\n"
            "However, in two statements yesterday afternoon, the police Corporate Communications Unit (CCU) said "
            "there was no dispute.\n\n"
            "The police unit said the officer was stabbed.\n"
        )
    )
    assert [name for name, _quote in said] == [
        "Amnesty International",
        "Corporate Communications Unit",
        "Corporate Communications Unit",
    ]


def test_the_union_is_a_labour_congress_met_before():
    """ "The Nigeria Labour Congress said … The union added …": a labour congress is a union
    without the word, so the union is it, a source of kind "union"; "the European Union" is no
    trade union."""
    ledger = extract_claims(
        "The Nigeria Labour Congress said it does not have any agreement with the government.\n\n"
        "The union added the Federal Government has not invited them to a meeting.\n"
    )
    sources = {s.id: s for s in ledger.sources}
    speakers = [sources[c.said_by] for c in ledger.claims]
    assert [s.name for s in speakers] == ["Nigeria Labour Congress", "Nigeria Labour Congress"]
    assert speakers[0].kind == "union"
    eu = extract_claims("The European Union said the talks would resume.\n")
    assert eu.sources[0].kind == "intergovernmental"


def test_concern_put_into_words_and_a_second_cue_joined_by_and():
    """ "The union said it had received complaints and expressed concern that …": two statements;
    "expressed concern over the delay" is a feeling, no statement."""
    said = _said(
        extract_claims(
            "The union said it had received complaints and expressed concern that recalling teachers might become "
            "a trend.\n\n"
            "The minister expressed concern over the delay.\n\n"
            "The coach said the pitch was poor and suggested that a league of this standard deserves better.\n"
        )
    )
    assert said == [
        ("union", "it had received complaints"),
        ("union", "recalling teachers might become a trend"),
        ("coach", "the pitch was poor"),
        ("coach", "a league of this standard deserves better"),
    ]


def test_a_union_named_after_its_kind_or_through_its_branch():
    """ "the doctors’ branch of the public sector union Pasydy said that …": the union speaks;
    "state doctors’ union Pasyki reminded that …": a body named after its kind with no article,
    and "reminded that" reports speech."""
    said = _said(
        extract_claims(
            "Earlier, the doctors’ branch of the public sector union Pasydy said that they requested a meeting.\n\n"
            "On Monday, state doctors’ union Pasyki reminded that all doctors were due to stage a work stoppage.\n"
        )
    )
    assert said == [
        ("Pasydy", "they requested a meeting"),
        ("Pasyki", "all doctors were due to stage a work stoppage"),
    ]


def test_labelling_and_branding_characterise_a_statement():
    """ "…, labeling them as misleading …", "…, branding those claims as “preposterous”": the
    participle names the statement the speaker made, its own claim."""
    said = _said(
        extract_claims(
            "Ahmed Laibi emphasized the ministry's full denial of the accusations, labeling them as misleading "
            "and politically motivated.\n"
        )
    )
    assert said == [
        ("Ahmed Laibi", "the ministry's full denial of the accusations"),
        ("Ahmed Laibi", "labeling them as misleading and politically motivated"),
    ]


def test_the_company_is_the_business_named_after_its_kind():
    """ "Irish retailer Primark … is embroiled in a labor dispute, the Boston Globe reports. Union
    officials claim … The company … denies the charge": the company is Primark, named after the
    kind of business it is, never the union officials; "a labor dispute" is no verb, so the
    Globe's report stands."""
    said = _said(
        extract_claims(
            "Irish retailer Primark, which opened its first U.S. store in Boston, is already embroiled in a labor "
            "dispute, the Boston Globe reports.\n\n"
            "Union officials claim the fashion chain has fired at least 50 people for backing organizing efforts. "
            "The union has filed charges with the National Labor Relations Board.\n\n"
            "The company, which has many unionized employees in Europe, denies the charge.\n\n"
            "“Primark has not discharged any employee for their support of the union,” the company said in a "
            "statement.\n"
        )
    )
    assert [name for name, _quote in said] == ["Boston Globe", "Union officials", "Primark", "Primark"]


def test_two_people_named_after_their_roles_speak_together():
    """ "said Health Minister Ong Ye Kung and Transport Minister Chee Hong Tat": both, a group of
    two, not the second alone; "the ministers" right after is that pair."""
    draft = extract_draft(
        "It is impractical to avoid such people, said Health Minister Ong Ye Kung and Transport Minister Chee "
        "Hong Tat in a joint statement.\n\n"
        "“It was necessary for us to take legal action,” said the ministers.\n"
    )
    sources = {s.id: s for s in draft.ledger.sources}
    speakers = [sources[c.said_by] for c in draft.ledger.claims]
    assert [s.name for s in speakers] == ["Ong Ye Kung and Chee Hong Tat", "Ong Ye Kung and Chee Hong Tat"]
    assert speakers[0].kind == "group"
    assert speakers[0].role == "Health Minister and Transport Minister"


def test_a_municipality_speaks_and_accused_after_a_verb_is_no_cue():
    """ "The municipality demanded …": a local government is a body; "Police had arrested accused
    Sah": "accused" names the man; "The union countered with an increase, Campano said": a counter
    offer is no speech, so the statement is Campano's; "… Amnesty International on Sunday evening,":
    the time is no part of the name."""
    said = _said(
        extract_claims(
            "Shambhunath Municipality announced that it would halt all official works.\n\n"
            "The municipality demanded the release of the ward chair at a press meet.\n\n"
            "Police had arrested accused Sah on December 8.\n\n"
            "The union countered with a 10.5 percent increase over two years, Campano said.\n\n"
            "According to a joint report released by Human Rights Watch and Amnesty International on Sunday "
            "evening, police also injured hundreds more.\n"
        )
    )
    assert said == [
        ("Shambhunath Municipality", "it would halt all official works"),
        ("Shambhunath Municipality", "demanded the release of the ward chair at a press meet"),
        ("Campano", "The union countered with a 10.5 percent increase over two years"),
        ("Human Rights Watch and Amnesty International", "police also injured hundreds more"),
    ]


def test_she_after_reported_speech_that_calls_her_the_woman_is_the_woman():
    """ "Judge Lamb said: “…” / He was carrying a pole and the woman initially thought he might be a
    student, she told the court": the reported speech calls its speaker "the woman", so "she" is the
    woman, never the judge who spoke last."""
    said = _said(
        extract_claims(
            "Judge Lamb said: “I am so sorry. If I could have done anything else, I would have done.”\n\n"
            "He was carrying a white pole and the woman initially thought he might be a student in fancy dress, "
            "she told the court.\n\n"
            "Giving evidence to the jury on Thursday, she said she had no opportunity to tell him to stop.\n"
        )
    )
    assert [name for name, _quote in said] == ["Lamb", "woman", "woman"]


def test_he_is_the_person_his_sentence_opens_with_not_one_inside_a_quotation():
    """ "“Mayor Meeker had no business …,” Tony Gurley said. / Gurley was so upset by Meeker's
    comments, he said he wants …": he is Gurley, whom his own sentence opens with; a quotation's
    first words are no subject of the narration ("“Terry Laffitte was murdered,” said the
    attorney, Randy McMurray. He said …": McMurray)."""
    said = _said(
        extract_claims(
            '"Mayor Meeker had no business talking about those," Tony Gurley, chairman of the board, said '
            "Tuesday.\n\n"
            "Gurley was so upset by Meeker's comments, he said he wants to discuss them at the next meeting.\n\n"
            '"Terry Laffitte was murdered," said the family\'s attorney, Randy McMurray. He said the family '
            "anticipates filing a lawsuit.\n"
        )
    )
    assert [name for name, _quote in said] == [
        "Tony Gurley",
        "Tony Gurley",
        "Randy McMurray",
        "Randy McMurray",
    ]


def test_a_quoted_title_is_no_statement():
    """'On the show "Meet the Press," Senator John Smith said …': the quoted words are a title, so
    what the senator said follows his cue; no statement ends at the title."""
    said = _said(extract_claims('On the show "Meet the Press," Senator John Smith said the bill would pass.\n'))
    assert said == [("John Smith", "the bill would pass")]


def test_told_anyone_that_and_a_quotation_ends_at_its_mark():
    """ "McKenzie told the sheriff that …", "told a vendor at the courthouse that “…,” and that he
    also …": anyone told before "that" is a listener; the quotation is what was told, relayed by
    the one it is according to, and the clause after it is not."""
    draft = extract_draft(
        "According to Ellifritz, county administrator Luke McKenzie had told a vendor at the courthouse that “the "
        "sheriff is not in charge of court security,” and that he also had his secretary check batteries.\n\n"
        "McKenzie told the sheriff that the state constitution does not place the sheriff in charge.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    said = [(names[c.said_by], [names[v] for v in c.via], c.quote) for c in draft.ledger.claims]
    assert said == [
        ("Luke McKenzie", ["Ellifritz"], "the sheriff is not in charge of court security"),
        ("Luke McKenzie", [], "the state constitution does not place the sheriff in charge"),
    ]


def test_management_and_staff_speak_as_bodies_of_people():
    """ "But management alleges that …", "The staff said …": bodies of people the text does not name."""
    said = _said(
        extract_claims(
            "But management alleges that respect has not been reciprocated.\n\nThe staff said the wards were full.\n"
        )
    )
    assert said == [("management", "respect has not been reciprocated"), ("staff", "the wards were full")]


def test_a_time_between_the_cue_and_that_is_no_part_of_the_statement():
    """ "said in a press release early Thursday that …", "confirmed early Tuesday that …", "said last
    week that …": the time is the cue's adjunct."""
    said = _said(
        extract_claims(
            "The company said in a press release early Thursday that its results would fall short.\n\n"
            "The minister said last week that the talks would resume.\n"
        )
    )
    assert said == [("company", "its results would fall short"), ("minister", "the talks would resume")]


def test_a_question_or_a_supposition_attributes_nothing():
    """ "Who in the government has stated that …? He queried.", "If someone in the government has
    stated such a thing, it would be a fact, he said": nobody is drafted as having stated it; the
    supposition is his statement; "said McDonald today during …": the time is no part of her name."""
    said = _said(
        extract_claims(
            "Ranga Kalansooriya said the report was false.\n\n"
            "Who in the government has stated anywhere that a tribunal would be set up? He queried.\n\n"
            "If someone in the government has stated such a thing, it would be a fact, he said.\n\n"
            "‘We now have an unprecedented situation,’ said McDonald today during Leader’s Questions.\n"
        )
    )
    assert said == [
        ("Ranga Kalansooriya", "the report was false"),
        ("Ranga Kalansooriya", "If someone in the government has stated such a thing, it would be a fact"),
        ("McDonald", "We now have an unprecedented situation"),
    ]


def test_a_passive_or_reduced_cue_inside_a_statement_has_no_speaker_of_its_own():
    """ "…, such a fact has not been stated by the government as reported in the media, he
    explained": "been stated" and "as reported" name no speaker inside the statement, so it is his."""
    said = _said(
        extract_claims(
            "Ranga Kalansooriya said the report was false.\n\n"
            "If someone in the government has stated such a thing, it would be a fact, and the fact is that such a "
            "fact has not been stated by the government as reported in the media, he explained.\n"
        )
    )
    assert [name for name, _quote in said] == ["Ranga Kalansooriya", "Ranga Kalansooriya"]


def test_told_where_and_when_then_an_aside_before_what_was_told():
    """ "Judge Maria Lamb told the 12-strong panel at Oxford Crown Court on Friday afternoon – two
    hours after the case was listed – there were problems …": the place, the time and the aside
    are the telling's, the panel relays nothing; "told reporters in Geneva the talks had failed"."""
    draft = extract_draft(
        "But Judge Maria Lamb told the 12-strong panel at Oxford Crown Court on Friday afternoon – two hours "
        "after the case was listed – there were problems with the audio equipment.\n\n"
        "The minister told reporters in Geneva the talks had failed.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    said = [(names[c.said_by], [names[v] for v in c.via], c.quote) for c in draft.ledger.claims]
    assert said == [
        ("Maria Lamb", [], "there were problems with the audio equipment"),
        ("minister", [], "the talks had failed"),
    ]


def test_adding_that_continues_the_speaker_without_a_comma():
    """ "Sayed-Khaiyum highlighted that Gavoka misrepresented the issue in Sigatoka adding that …":
    "adding that" continues the speaker even with no comma before it."""
    said = _said(
        extract_claims(
            "Sayed-Khaiyum highlighted that Gavoka misrepresented the issue in Sigatoka adding that the statement "
            "of government having no money was nonsense.\n"
        )
    )
    assert said == [
        ("Sayed-Khaiyum", "Gavoka misrepresented the issue in Sigatoka"),
        ("Sayed-Khaiyum", "the statement of government having no money was nonsense"),
    ]


def test_a_participle_after_an_irregular_verb_and_a_claim_noun():
    """ "Interior Minister Rana Sanaullah made a startling claim on Sunday, stating that …": "made" is
    the subject's verb and "claim" a noun, so the participle is his; "Sanaullah said this during a
    press conference" points back, no statement; "…, he added and said that …": what he added came
    first; "…, posting an old video": what was posted is no speech. A short sentence with "a" and
    "had" is English."""
    said = _said(
        extract_claims(
            "Interior Minister Rana Sanaullah made a startling claim on Sunday, stating that intelligence agencies "
            "had intercepted a call.\n\n"
            "Sanaullah said this during a press conference he addressed in Faisalabad.\n\n"
            "One was related to a raid and the other was a staged case, he added and said that firing was also "
            "part of the plan.\n\n"
            "Kharge hit back, posting an old video of the minister.\n"
        )
    )
    assert said == [
        ("Rana Sanaullah", "intelligence agencies had intercepted a call"),
        ("Rana Sanaullah", "One was related to a raid and the other was a staged case"),
        ("Rana Sanaullah", "firing was also part of the plan"),
    ]
    assert _said(extract_claims("Rana Sanaullah held a press conference, saying that agencies had intercepted a call."))


def test_initials_inside_a_speakers_name_do_not_end_the_sentence():
    """ "…,” said 38-year-old Indian J.F. when questioned": the initials' full stops belong to the
    name; one initial before a capital still ends the sentence ("Boy A. The court heard"). (The age
    before the name is no part of it.)"""
    said = _said(
        extract_claims(
            "“I warned him,” said 38-year-old Indian J.F. when questioned by prosecutors.\n\n"
            "“I was never there,” said Boy A. The court heard he had left at noon.\n"
        )
    )
    assert said == [("Indian J.F.", "I warned him"), ("Boy A", "I was never there")]


def test_a_collective_word_before_a_noun_names_no_other_party():
    """ "… the management structure of the force, Police Minister Jack Elder said today." names no
    other party ("management" qualifies "structure"), so the lone quote after it is still his; a
    collective that acts ("the management had refused") does name one, and the quote stays unsaid."""
    said = _said(
        extract_claims(
            "The review will change the management structure of the force, Police Minister Jack Elder said today.\n\n"
            "“We expect the new team to be in place by March.”\n"
        )
    )
    assert said == [
        ("Jack Elder", "The review will change the management structure of the force"),
        ("Jack Elder", "We expect the new team to be in place by March."),
    ]
    said = _said(
        extract_claims(
            "The talks failed because the management had refused any raise, union leader Ana Cole said today.\n\n"
            "“We expect the new team to be in place by March.”\n"
        )
    )
    assert said == [("Ana Cole", "The talks failed because the management had refused any raise")]


def test_a_participle_after_nothing_and_an_amount_added_are_no_inner_speech():
    """ "Nothing said today has added anything else to this, Mr Elder said.": "Nothing said" is no
    speaker and "added anything" adds no words, so the whole sentence is Mr Elder's; "restated" is a
    cue like "reiterated"."""
    said = _said(
        extract_claims(
            "The station will stay open, Police Minister Jack Elder said in Wellington.\n\n"
            "Nothing said today has added anything else to this, Mr Elder said.\n\n"
            "The minister restated that the budget would not be cut.\n"
        )
    )
    assert said == [
        ("Jack Elder", "The station will stay open"),
        ("Jack Elder", "Nothing said today has added anything else to this"),
        ("Jack Elder", "the budget would not be cut"),
    ]


def test_a_document_in_a_relative_clause_speaks_for_itself():
    """ "The father mentioned statistics that claim that …": the statistics claim it, not the
    father; "a study that claims" has "claims" as the clause's verb; "dismissed reports that said
    …" leaves the dismissing no words of its own, so only the reports' statement is drafted."""
    said = _said(
        extract_claims(
            "The father mentioned statistics that claim that the vast majority of people are not at risk.\n\n"
            "The coach cited a study that claims that most players are not at risk.\n\n"
            "She dismissed reports that said the plant would close.\n"
        )
    )
    assert said == [
        ("statistics", "the vast majority of people are not at risk"),
        ("study", "most players are not at risk"),
        ("reports", "the plant would close"),
    ]


def test_a_full_stop_set_for_the_comma_before_a_lower_case_cue():
    """`"… after a bitter defeat in Galle." he said.`: no sentence opens in lower case, so the
    full stop inside the mark stands for a comma and the quote is his; `“… hung up.” Analysts
    said …` still opens a sentence of its own."""
    said = _said(
        extract_claims(
            "Mushfiqur Rahim was proud of his side.\n\n"
            '"It feels great. We showed lot of character after a bitter defeat in Galle." he said.\n'
        )
    )
    assert said == [("Mushfiqur Rahim", "It feels great. We showed lot of character after a bitter defeat in Galle.")]
    said = _said(extract_claims("“Then the line went dead and he hung up.” Analysts said the call was brief.\n"))
    assert said == [("Analysts", "the call was brief")]


def test_a_clause_after_an_object_verb_is_what_was_denied():
    """ "denied his team were guilty of complacency": the clause is what was denied, as with "denied
    that"; the cue stays outside the content. "condemned the attack which was …" and "rejected
    claims they have ignored …" keep their object whole."""
    said = _said(
        extract_claims(
            "The coach denied his team were guilty of complacency.\n\n"
            "The army condemned the attack which was carried out at night.\n\n"
            "Councils have rejected claims they have ignored public opinion.\n"
        )
    )
    assert said == [
        ("coach", "his team were guilty of complacency"),
        ("army", "condemned the attack which was carried out at night"),
        ("Councils", "rejected claims they have ignored public opinion"),
    ]


def test_two_speakers_joined_by_a_conjunction_each_keep_their_words():
    """ "X said the talks had failed and union leader Ann Cole said the strike would go ahead": after
    a whole clause, "and", "but" or "while" opens the next speaker's clause, so neither statement
    holds the other's words; "the police and army chief John Smith had confirmed" has no clause
    before "and" (the compound is the subject), and "… but added that" shares its subject."""
    said = _said(
        extract_claims(
            "Health Minister Tom Reed said the talks had failed and union leader Ann Cole said the strike would go "
            "ahead.\n\n"
            "Mushfiqur Rahim praised the side and Rangana Herath denied his team were complacent.\n\n"
            "Burhan also said that the fighters had entered the airport via the Hajj and Umrah building but added "
            "that they had been dealt with by troops.\n"
        )
    )
    assert said == [
        ("Tom Reed", "the talks had failed"),
        ("Ann Cole", "the strike would go ahead"),
        ("Mushfiqur Rahim", "praised the side"),
        ("Rangana Herath", "his team were complacent"),
        ("Burhan", "the fighters had entered the airport via the Hajj and Umrah building"),
        ("Burhan", "they had been dealt with by troops"),
    ]


def test_a_participle_set_off_after_the_cue_leaves_the_statement_before_it():
    """ "The strike will go ahead, the union said, adding that talks had failed.": the statement came
    first; the participle adds one of its own (it was drafted as "adding that talks had failed"
    under "said", with the statement lost)."""
    said = _said(
        extract_claims(
            "Workers met on Monday.\n\n"
            "The strike will go ahead next week, the union said in a statement, adding that talks had failed.\n"
        )
    )
    assert said == [("union", "The strike will go ahead next week"), ("union", "talks had failed")]


def test_a_person_cited_after_the_cue_speaks_and_the_pronoun_relays():
    """ "Some people picked them up …, he said, citing a local rickshawpuller who knows the family.":
    the rickshawpuller is the source ("who" makes the cited words a person), and "he", read back to
    the man who spoke before, relays."""
    draft = extract_draft(
        "Zahangir Bhuiyan said the family had gone shopping.\n\n"
        "Some people picked them up in a white car, he said, citing a local rickshawpuller who knows the "
        "family.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    said = [(names[c.said_by], [names[v] for v in c.via], c.quote) for c in draft.ledger.claims]
    assert said == [
        ("Zahangir Bhuiyan", [], "the family had gone shopping"),
        ("local rickshawpuller", ["Zahangir Bhuiyan"], "Some people picked them up in a white car"),
    ]


def test_a_cue_inside_a_relative_clause_or_with_a_pronoun_object_drafts_nothing_of_its_own():
    """ "The lawyer for the boy who prosecutors say shot an officer believes …": the cue sits in a
    relative clause whose end is not known, so nothing is drafted (the lawyer was given the
    prosecutors' charge); "His attorney, however, denied that.": what was denied is told before;
    "dismissed this, saying …" keeps the participle's statement under the one dismissing; "a woman
    who lives across the street said" has a clause of her own before the cue, and speaks."""
    said = _said(
        extract_claims(
            "The lawyer for the 16-year-old boy who prosecutors say shot an officer believes his client is "
            "innocent.\n\n"
            "His attorney, however, denied that.\n\n"
            "The company confirmed it.\n\n"
            "The Liberal Democrats dismissed this, saying the site is important.\n\n"
            "A woman who lives across the street said she hopes they make an arrest soon.\n"
        )
    )
    assert said == [
        ("Liberal Democrats", "the site is important"),
        ("woman who lives across the street", "she hopes they make an arrest soon"),
    ]


def test_a_pronoun_is_never_the_one_it_tells():
    """ "… when he went back in the house, he told Maanya that he had overheard …": "he" tells
    Maanya, so he is not Maanya, whoever spoke last; no guess is drafted."""
    said = _said(
        extract_claims(
            "Patrick Maanya said he was asleep when his friend borrowed his phone.\n\n"
            "He said Zimba spent 30 minutes on the phone and when he went back in the house, he told Maanya that "
            "he had overheard an insult on radio.\n"
        )
    )
    assert ("Patrick Maanya", "he had overheard an insult on radio") not in said
    assert said[0] == ("Patrick Maanya", "he was asleep when his friend borrowed his phone")


def test_a_capitalised_office_after_the_is_a_description_of_its_holder():
    """ "the Deputy Education Minister said" after "Assin South MP John Ntim Fordjour has denied …":
    an office printed with capitals is a description, news's varied name for the person quoted
    just before (it was drafted as a source called "Deputy Education Minister"); "the Prime
    Minister" is the one the text titles so."""
    said = _said(
        extract_claims(
            "Prime Minister Tony Abbott said the budget was fair.\n\n"
            "The Prime Minister said the tax would go.\n\n"
            "Assin South MP John Ntim Fordjour has denied the claim.\n\n"
            "In a post on Friday, the Deputy Education Minister said the claim is untrue.\n"
        )
    )
    assert [name for name, _quote in said] == ["Tony Abbott", "Tony Abbott", "John Ntim Fordjour", "John Ntim Fordjour"]


def test_sport_roles_before_a_name_are_roles():
    """ "Stand-in Sri Lanka skipper Herath said", "Embattled Australia skipper Steve Smith says": the
    role and its qualifiers are not the name (they were, whole), and a word qualifying the role
    ("Embattled", "Stand-in") names no employer."""
    draft = extract_draft(
        "Stand-in Sri Lanka skipper Herath said the hosts did not take Bangladesh lightly.\n\n"
        "Embattled Australia skipper Steve Smith says the loss was a low point.\n\n"
        "Manchester United boss Ole Gunnar Solskjaer said the players were tired.\n"
    )
    sources = {s.id: s for s in draft.ledger.sources}
    speakers = [sources[c.said_by] for c in draft.ledger.claims]
    assert [s.name for s in speakers] == ["Herath", "Steve Smith", "Ole Gunnar Solskjaer"]
    assert all("Embattled" not in s.name and "Stand-in" not in s.name for s in draft.ledger.sources)


def test_she_reaches_back_over_men_named_since_and_he_never_into_reported_words():
    """ "Kylie Minogue has revealed … Her friends Olivier Martinez and Lenny Kravitz were there. She
    said …": men named in between are not who "she" means; "Memon said that former prime minister
    Imran Khan deserved an Oscar … He added …": a person inside reported words is no subject the
    pronoun may mean; a lone quote that names the party the statement before named (“… made by
    Joshua Akamba.”) is not that party's."""
    said = _said(
        extract_claims(
            "Kylie Minogue has revealed she almost quit. Her friends Olivier Martinez and Lenny Kravitz were "
            "there. She said the tour was hard.\n\n"
            "Memon said that former prime minister Imran Khan deserved an Oscar for ruining the economy. He "
            "added that the nation had to rescue the country.\n\n"
            "Minister John Fordjour said the claim, which is peddled by Joshua Akamba, is untrue.\n\n"
            "“My attention has been drawn to a false allegation made by Joshua Akamba.”\n"
        )
    )
    assert said == [
        ("Kylie Minogue", "she almost quit"),
        ("Kylie Minogue", "the tour was hard"),
        ("Memon", "former prime minister Imran Khan deserved an Oscar for ruining the economy"),
        ("Memon", "the nation had to rescue the country"),
        ("John Fordjour", "the claim, which is peddled by Joshua Akamba, is untrue"),
        ("John Fordjour", "My attention has been drawn to a false allegation made by Joshua Akamba."),
    ]


def test_speaker_tails_and_more_cue_shapes():
    """ "Walcott in a release issued on Friday said", "Wanyanga while addressing residents on Monday
    said": the medium and what the speaker was doing are no part of the speaker; "made it clear
    that", "confesses", "told how" are cues like the others."""
    texts = [
        "Minister Jane Walcott in a release issued on Friday said the school would reopen.\n",
        "The Kiambu County Commissioner (CC), Wilson Wanyanga while addressing residents on Monday said the "
        "curfew would stay.\n",
        "The mayor made it clear that no one would be evicted.\n",
        "The singer confesses she almost quit music.\n",
        "The victim told how she was attacked by the gang.\n",
        "The witness told the court how the car sped away.\n",
    ]
    assert [_said(extract_claims(text)) for text in texts] == [
        [("Jane Walcott", "the school would reopen")],
        [("Wilson Wanyanga", "the curfew would stay")],
        [("mayor", "no one would be evicted")],
        [("singer", "she almost quit music")],
        [("victim", "she was attacked by the gang")],
        [("witness", "the car sped away")],
    ]


def test_a_claim_rejected_by_its_possessor_is_the_claimants():
    """ "Pakistan rejected Indian Prime Minister Narendra Modi's claim that Islamabad had sought a
    ceasefire": what follows "that" is Modi's claim, relayed by Pakistan to dispute it; it was
    drafted as Pakistan's words."""
    draft = extract_draft(
        "Pakistan on Tuesday rejected Indian Prime Minister Narendra Modi's claim that Islamabad had sought a "
        "ceasefire.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    said = [(names[c.said_by], [names[v] for v in c.via], c.quote) for c in draft.ledger.claims]
    assert said == [
        ("Pakistan", [], "rejected Indian Prime Minister Narendra Modi's claim"),
        ("Narendra Modi", ["Pakistan"], "Islamabad had sought a ceasefire"),
    ]


def test_calling_a_claim_names_the_speakers_own_words_only():
    """ "Cllr Kevin Mahoney called the claims that the inspector was responsible for the increase
    “disgraceful and despicably false”": the claim is someone else's; his words are the quoted
    naming (the claim was drafted inside his statement)."""
    said = _said(
        extract_claims(
            "Cllr Kevin Mahoney called the claims that the inspector was responsible for the increase "
            '"disgraceful and despicably false".\n\n'
            "He called the polls a “farce”.\n"
        )
    )
    assert said == [
        ("Cllr Kevin Mahoney", "disgraceful and despicably false"),
        ("Cllr Kevin Mahoney", "called the polls a “farce”"),
    ]


def test_a_description_reaches_back_over_parties_it_does_not_describe():
    """ "… said Health Minister Ong Ye Kung and Transport Minister Chee Hong Tat. … against the two
    ministers, as well as labour chief Ng Chee Meng. “…,” said the ministers.": a labour chief named
    since is no minister, so "the ministers" are still the pair (they stood alone as "ministers");
    an interior minister named since is one, and no guess is made."""
    opening = (
        "It is impractical for ministers to avoid everyone, said Health Minister Ong Ye Kung and Transport "
        "Minister Chee Hong Tat.\n\n"
    )
    said = _said(
        extract_claims(
            opening + "Mr Sng Chia Huat apologised to the two ministers, as well as labour chief Ng Chee Meng.\n\n"
            "“It was necessary for us to take legal action,” said the ministers.\n"
        )
    )
    assert said[-1] == ("Ong Ye Kung and Chee Hong Tat", "It was necessary for us to take legal action")
    said = _said(
        extract_claims(
            opening + "Mr Sng Chia Huat apologised to Interior Minister Ali Shah and Finance Minister Omar Latif.\n\n"
            "“It was necessary for us to take legal action,” said the ministers.\n"
        )
    )
    assert said[-1] == ("ministers", "It was necessary for us to take legal action")


def test_a_role_in_lower_case_after_the_cue_and_in_terms_of():
    """ "…, said country representative of the Japan External Trade Organisation (JETRO) Yuji Ando.":
    a role in lower case may open the speaker after the cue (not "said this yesterday before
    Magistrate X"); "in terms of" is no cue that gives the statement a speaker of its own."""
    said = _said(
        extract_claims(
            "Export ratio of Japanese companies is the highest in Asia, said country representative of the Japan "
            "External Trade Organisation (JETRO) Yuji Ando.\n\n"
            "Bangladesh is forecast to come third in terms of profit growth, he added.\n\n"
            "Fred Maanya, of Luanshya, said this yesterday before Chief Resident Magistrate Lameck Mwale.\n"
        )
    )
    assert said == [
        ("Yuji Ando", "Export ratio of Japanese companies is the highest in Asia"),
        ("Yuji Ando", "Bangladesh is forecast to come third in terms of profit growth"),
    ]


def test_a_description_placed_somewhere_speaks():
    """ "A senior military source in Bangui told AFP that …": the description with its place is the
    (unnamed) speaker, and "the military source" later is the same one; "police in Kampala said"."""
    said = _said(
        extract_claims(
            "A senior military source in Bangui told AFP that the army had come under attack twice.\n\n"
            "“The rebels ambush our patrols,” said the military source.\n\n"
            "Police in Kampala said the roads were open.\n"
        )
    )
    assert said == [
        ("senior military source in Bangui", "the army had come under attack twice"),
        ("senior military source in Bangui", "The rebels ambush our patrols"),
        ("Police in Kampala", "the roads were open"),
    ]


def test_reports_a_speaker_dismisses_say_their_own_words():
    """ "Michael Buble has dismissed recent reports suggesting that he is about to retire": what
    follows "that" is what the reports say, relayed by the one dismissing them; his own statement is
    that he dismissed them (the reports' claim was drafted as his words)."""
    draft = extract_draft(
        "Michael Buble has dismissed recent reports suggesting that he is about to retire from music, saying "
        "that he was misquoted in an interview.\n"
    )
    names = {s.id: s.name for s in draft.ledger.sources}
    said = [(names[c.said_by], [names[v] for v in c.via], c.quote) for c in draft.ledger.claims]
    assert said == [
        ("Michael Buble", [], "dismissed recent reports"),
        ("recent reports", ["Michael Buble"], "he is about to retire from music"),
        ("Michael Buble", [], "he was misquoted in an interview"),
    ]


def test_court_copy_state_counsel_informed_the_court_and_a_senior_advocate():
    """ "The prosecution counsel, Jonathan Ogunsakin, the Lagos state counsel, informed the court that
    …": "state" after a place's name is the noun (it was read as the cue, "Lagos" its speaker), and
    "informed the court that" names its listener as "told" does; "E. C. Obiagu, SAN, told the court":
    the honour after the name is no role."""
    said = _said(
        extract_claims(
            "The prosecution counsel, Jonathan Ogunsakin, the Lagos state counsel, informed the court that the "
            "case was for argument on a bail application.\n\n"
            "However, counsel to the defendant, E. C. Obiagu, SAN, told the court that the application was based "
            "on two relieves.\n"
        )
    )
    assert said == [
        ("Jonathan Ogunsakin", "the case was for argument on a bail application"),
        ("E. C. Obiagu", "the application was based on two relieves"),
    ]


def test_the_official_right_after_an_unnamed_source_is_that_source():
    """ "A senior military source in Bangui told AFP that … / “…,” the official said": news varies
    the word for one anonymous source, so right after it "the official" is that source; a rebel
    leader named before does not stop it, an official named before would."""
    said = _said(
        extract_claims(
            "Rebel leader Abdoulaye Hissene told AFP that 27 people died.\n\n"
            "A senior military source in Bangui told AFP that the army had come under attack twice.\n\n"
            "“Our forces repulsed these attacks,” the official said.\n"
        )
    )
    assert said[-1] == ("senior military source in Bangui", "Our forces repulsed these attacks")
    said = _said(
        extract_claims(
            "Senior official Ann Ray told AFP that 27 people died.\n\n"
            "A senior military source in Bangui told AFP that the army had come under attack twice.\n\n"
            "“Our forces repulsed these attacks,” the official said.\n"
        )
    )
    assert said[-1][0] != "senior military source in Bangui"


def test_he_after_a_sentence_opening_with_a_described_person_is_that_person():
    """ "Her solicitor Tom Reid said … / In cross-examination, the accused admitted driving the van /
    He told the court …": "he" is the described subject of the sentence before, not the solicitor
    quoted last, unless the text gave the solicitor that description; a sentence of someone's words
    ("“The matter is closed,” …") opens no subject."""
    said = _said(
        extract_claims(
            "Solicitor Tom Reid said his client accepted the facts of the case.\n"
            "In cross-examination, the accused - a farmer from Kilkee - admitted driving the van\n"
            "He told the court he had not seen the cyclist until it was too late.\n"
        )
    )
    assert said[-1] == ("accused", "he had not seen the cyclist until it was too late")
    said = _said(
        extract_claims(
            "Solicitor Tom Reid said his client accepted the facts.\n"
            "“We have nothing to hide. The matter was settled years ago,” Reid added.\n"
            "He said the case should never have come to court.\n"
        )
    )
    assert said[-1][0] != "matter"
    said = _said(
        extract_claims(
            "Ann Ray, the accused, said she was innocent.\n"
            "In cross-examination, the accused admitted driving the van\n"
            "She told the court she had not seen the cyclist.\n"
        )
    )
    assert said[-1] == ("Ann Ray", "she had not seen the cyclist")  # the accused quoted before


def test_claims_after_what_a_speaker_described_them_as_are_not_the_speakers():
    """ "A coroner has described as “deeply troubling” claims that staff were told to …": the
    coroner's words are the description; the claims are someone else's."""
    said = _said(
        extract_claims(
            "A coroner has described as “deeply troubling” claims that care staff were told to ignore alarms.\n"
        )
    )
    assert len(said) == 1 and "deeply troubling" in said[0][1] and "alarms" not in said[0][1]


def test_a_paragraph_introducing_the_quote_may_hold_a_possessive_and_a_lead():
    """ "Shelter’s Housing Policy Lead Maria Lopez said:" then the quote: the apostrophe of a
    possessive is no quotation mark, and a "lead" is a post, so the name after it is the speaker's."""
    said = _said(
        extract_claims(
            "Rents climb again\n"
            "Shelter’s Housing Policy Lead Maria Lopez said:\n"
            "“Rents have risen faster than wages for four years running.”\n"
        )
    )
    assert said == [("Maria Lopez", "Rents have risen faster than wages for four years running.")]


def test_who_right_after_the_speaker_of_a_quote_opens_his_next_statement():
    """ "“…,” said Sgt Cronin who added that …": the relative pronoun is no part of the name."""
    said = _said(
        extract_claims("“I have no doubt he is mistaken,” said Sgt Cronin who added that the garda was experienced.\n")
    )
    assert said == [("Sgt Cronin", "I have no doubt he is mistaken"), ("Sgt Cronin", "the garda was experienced")]


def test_a_stray_comma_after_the_speakers_name_before_a_clause():
    """ "However, Sgt Donal Cronin, said he would …": a comma the copy left between subject and verb,
    told from "…, said Essig" (the speaker after the cue) by the clause after the cue."""
    said = _said(
        extract_claims(
            "However, Sgt Donal Cronin, said he would find the claim incredible.\n"
            "Garda Ann Ray, said that the advice was never given.\n"
            "Growth will slow in Baltimore, said Essig.\n"
        )
    )
    assert said == [
        ("Sgt Donal Cronin", "he would find the claim incredible"),
        ("Garda Ann Ray", "the advice was never given"),
        ("Essig", "Growth will slow in Baltimore"),
    ]


def test_a_frame_set_off_by_no_comma_before_a_described_speaker():
    """ "Asked if … today the coach replied, “…”", "After the final in the dressing room the coach
    replied, “…”": the speaker is the short phrase with an article right before the cue."""
    said = _said(
        extract_claims(
            "FC Goa coach Sergio Lobera said the final was balanced.\n"
            "Asked if Bengaluru were the better team today the coach replied, “Nobody was better than anyone.”\n"
            "After the final in the dressing room the coach replied, “We start working towards the Super Cup.”\n"
        )
    )
    assert [name for name, _quote in said] == ["Sergio Lobera"] * 3


def test_a_pronoun_in_which_a_document_speaks_is_the_documents_issuer():
    """ "a statement issued by Daniel Kinahan to a journalist in which he denied …", "The ministry
    released a statement in which it said …": the pronoun is the one who issued the document."""
    said = _said(
        extract_claims(
            "It follows a statement issued by Daniel Kinahan to journalist Ken Foy in which he denied any links "
            "to crime and claimed he is the victim of a campaign.\n"
            "The ministry released a statement in which it said the talks had failed.\n"
        )
    )
    assert [name for name, _quote in said] == ["Daniel Kinahan", "Daniel Kinahan", "ministry"]
    assert said[1][1] == "he is the victim of a campaign"


def test_where_a_speaker_is_from_set_off_after_the_name():
    """ "Matthew Fennel-Fox, of the campaign group, said: “…”": the name speaks; "of …" tells where
    he is from, no role the mention needs."""
    said = _said(
        extract_claims(
            "Homes plan row\n"
            "Matthew Fennel-Fox, of the campaign group, said: “We have never met anyone from the company.”\n"
            "Ann Ray, of Dock Road, said the traffic was already too heavy.\n"
        )
    )
    assert [name for name, _quote in said] == ["Matthew Fennel-Fox", "Ann Ray"]


def test_a_name_with_an_ampersand_opens_a_speaking_clause_after_narration():
    """ "This comes after Curtin & Co said …": "&" is part of a firm's name."""
    said = _said(extract_claims("This comes after Curtin & Co said it held talks with the campaign group.\n"))
    assert said == [("Curtin & Co", "it held talks with the campaign group")]


def test_a_named_bodys_statement_that_accuses_speaks_for_itself_inside_the_rejection():
    """ "The Iraqi government blasted as “baseless lies” a Kurdistan Regional Government (KRG)
    statement that accused Baghdad of …": the accusation is the statement's, not the government's."""
    said = _said(
        extract_claims(
            "The Iraqi government on Sunday blasted as “baseless lies” a Kurdistan Regional Government (KRG) "
            "statement that accused Baghdad of failing to curb militia groups.\n"
        )
    )
    assert len(said) == 2
    assert said[0][0] == "Iraqi government" and "militia" not in said[0][1]
    assert "Kurdistan Regional Government" in said[1][0] and said[1][1].endswith("failing to curb militia groups")


def test_a_statement_from_a_named_spokesperson_is_theirs_and_al_opens_a_name():
    """ "“…,” read a statement from Iraqi government spokesperson Basem al-Awadi": the statement's
    issuer speaks, and "al-Awadi" is a surname, so the role before it is his."""
    draft = extract_draft(
        "“The federal government expresses its astonishment at the statement,” read a statement from Iraqi "
        "government spokesperson Basem al-Awadi.\n"
    )
    source = next(s for s in draft.ledger.sources if s.id == draft.ledger.claims[0].said_by)
    assert source.name == "Basem al-Awadi"


def test_a_form_more_often_a_noun_is_the_verb_between_a_described_subject_and_its_clause():
    """ "The sheriff's deputy claims the dog was aggressive": a described subject opening the
    clause, the form, then a clause of its own; "The deputy claims were dismissed" stays a noun."""
    said = _said(
        extract_claims(
            "The sheriff's deputy claims the dog was aggressive, but the homeowner said she was not sure.\n"
            "The deputy claims were dismissed by the court.\n"
        )
    )
    assert said == [("sheriff's deputy", "the dog was aggressive"), ("homeowner", "she was not sure")]


def test_according_to_someones_account_is_according_to_them():
    """ "According to the deputy's account of what happened, …": the deputy speaks."""
    said = _said(
        extract_claims(
            "According to the deputy's account of what happened, the dog was aggressive.\n"
            "According to Smith’s version of events, the car was red.\n"
        )
    )
    assert said == [("deputy", "the dog was aggressive"), ("Smith", "the car was red")]


def test_a_documents_results_speak_for_the_document():
    """ "The study states that the results “suggest” that …": the results are the study's own words,
    so the study speaks, not "results" relayed by it."""
    said = _said(extract_claims('The study states that the results "suggest" that the tax lowered consumption.\n'))
    assert said == [("study", 'the results "suggest" that the tax lowered consumption')]


def test_a_cue_set_in_its_statement_before_but_leaves_the_clause_after_to_its_own_speaker():
    """ "A man … has died, officials said, but the family say he was unarmed": the officials' words
    stand before the cue; the family's claim after "but" is never the officials'."""
    said = _said(
        extract_claims(
            "A man who was shot on Monday has died, officials said, but the victim's family say he was unarmed.\n"
        )
    )
    assert said == [
        ("officials", "A man who was shot on Monday has died"),
        ("victim's family", "he was unarmed"),
    ]


def test_someone_described_by_whose_they_are_is_never_that_person():
    """ "John Smith was arrested, but his lawyer said …", "Mary Jones died on Monday and her mother
    said …": the lawyer and the mother speak, described; neither is the person named before."""
    said = _said(
        extract_claims(
            "John Smith was arrested, but his lawyer said he was innocent.\n"
            "Mary Jones died on Monday and her mother said the hospital had failed her.\n"
        )
    )
    assert said == [("his lawyer", "he was innocent"), ("her mother", "the hospital had failed her")]


def test_a_generation_after_a_name_stays_in_the_speakers_name():
    """ "“…,” Ezell Ford Sr. said.": "Sr." is part of the name; the quote is his, not a continuation
    of the quote before it."""
    said = _said(
        extract_claims(
            "“My heart is so heavy,” Tritobia Ford told KTLA News. “All we want to know is why,” Ezell Ford Sr. said.\n"
        )
    )
    assert said == [("Tritobia Ford", "My heart is so heavy"), ("Ezell Ford Sr.", "All we want to know is why")]


def test_a_past_participle_and_its_agent_set_off_after_the_speaker():
    """ "Police detective Jeremy Appenzeller, questioned by State's Attorney Jay Scott, said …": how
    he came to speak, not who he is; the detective speaks."""
    said = _said(
        extract_claims(
            "Police detective Jeremy Appenzeller, questioned by State’s Attorney Jay Scott, said Boey was named "
            "by several witnesses.\n"
        )
    )
    assert said == [("Jeremy Appenzeller", "Boey was named by several witnesses")]


def test_asking_questions_counts_them_and_says_nothing():
    """ "Tom Reid asked no other questions": how many questions, no statement; "asked whether …" is one."""
    said = _said(
        extract_claims(
            "Defence lawyer Tom Reid asked no other questions.\n"
            "Defence lawyer Tom Reid asked whether the gun was ever found.\n"
        )
    )
    assert said == [("Tom Reid", "whether the gun was ever found")]


def test_a_participles_clause_after_a_dash_ends_the_statement():
    """ "ruled that he was murdered — returning its verdict hours before …": the narration's clause
    after the dash is no part of what was ruled; "– during a call" is no participle."""
    said = _said(
        extract_claims(
            "A coroner's jury ruled that Bernard Norvell was murdered — returning its verdict hours before the trial.\n"
            "Sika said he was not bothered by the allegations – during a call that was recorded.\n"
        )
    )
    assert said == [
        ("coroner's jury", "Bernard Norvell was murdered"),
        ("Sika", "he was not bothered by the allegations – during a call that was recorded"),
    ]


def test_according_to_a_source_and_how_it_was_made():
    """ "…, according to a study published Tuesday.": the study speaks; "a report released by X" is X's."""
    said = _said(
        extract_claims(
            "Soda consumption fell by a fifth in Berkeley, according to a study published Tuesday.\n"
            "Forty people were killed, according to a joint report released by Human Rights Watch.\n"
        )
    )
    assert said == [
        ("study", "Soda consumption fell by a fifth in Berkeley"),
        ("Human Rights Watch", "Forty people were killed"),
    ]


def test_a_quantifier_floated_off_its_subject_is_no_part_of_the_speaker():
    """ "However, the SNP and the Scottish Government have both said …": the parties speak, without
    "have both" and without the connective before them."""
    said = _said(
        extract_claims("However, the SNP and the Scottish Government have both said the plan is unworkable.\n")
    )
    assert said == [("the SNP and the Scottish Government", "the plan is unworkable")]


def test_a_company_named_with_the_day_after_it_and_its_officials_are_one_body():
    """ "strike against The Leslie Fay Cos. Wednesday morning … the company says …": the company is
    Leslie Fay Cos. ("Cos." is a company's suffix, "Wednesday" is when); its officials and its
    spokesman are part of it, as "Hamas officials" are of Hamas."""
    draft = extract_draft(
        "NEW YORK -- The union launched a strike against The Leslie Fay Cos. Wednesday morning.\n"
        "Domestic production, the company says, accounts for 28 percent of its business.\n"
        "Leslie Fay officials said that all its facilities were open.\n"
        "But a Leslie Fay spokesman added it is a slow period for production.\n"
    )
    sources = {s.id: s for s in draft.ledger.sources}
    speakers = [sources[c.said_by] for c in draft.ledger.claims]
    assert [s.name for s in speakers] == ["Leslie Fay Cos.", "Leslie Fay officials", "Leslie Fay spokesman"]
    assert speakers[1].part_of == speakers[0].id and speakers[2].part_of == speakers[0].id


def test_a_lead_that_brings_its_speaker_in_by_a_description_names_them_after():
    """ "A COUNCILLOR has claimed … / Independent councillor Kevin Mahoney … said": a lead's speaker
    brought in by an indefinite description is the first person named after it by its head noun,
    or the person the next sentence opens with; flagged for review."""
    speakers, review = _speakers_and_first_review(
        "A COUNCILLOR has claimed that a leaflet on new housing is false.\n\n"
        "The plan sets out 735 houses for the village.\n\n"
        "Independent councillor Kevin Mahoney, who represents Sully, said the comments were misleading.\n"
    )
    assert speakers == ["Kevin Mahoney", "Kevin Mahoney"]
    assert review is not None and "councillor" in review
    speakers, _ = _speakers_and_first_review(
        "A man has alleged that policemen kidnapped his daughter.\n"
        "The man, Zahangir Bhuiyan, made the allegations at a press conference on Thursday.\n"
    )
    assert speakers == ["Zahangir Bhuiyan"]
    speakers, review = _speakers_and_first_review(
        "A Thurso community councillor claims her area is being short-changed by wind farms.\n"
        "Corinne Nicklin believes local people lose out.\n"
        "Thurso Councillor Struan Mackie said community funds exclude public services.\n"
    )
    assert speakers[0] == "Corinne Nicklin" and speakers[-1] == "Struan Mackie"
    assert review is not None and "opens with" in review


def test_a_lead_description_is_nobody_named_against_it():
    """A lead's described speaker keeps its description when someone else is named first, the name's
    gender contradicts it, or the description is not in the lead."""
    speakers, _ = _speakers_and_first_review(
        "A community councillor claims the town is being ignored.\n"
        "The row began in May. Mayor Ann Ray opened the meeting.\n"
        "Councillor Struan Mackie said funds exclude public services.\n"
    )
    assert speakers[0] == "community councillor"
    speakers, _ = _speakers_and_first_review(
        "A man said the road was closed all week.\nJulie Stephens of Rochester is suing the council.\n"
    )
    assert speakers == ["man"]
    speakers, _ = _speakers_and_first_review(
        "Roads shut\n"
        "Storms closed the coast road on Monday.\n"
        "Crews worked through the night.\n"
        "A community councillor said the road was closed all week.\n"
        "Councillor Struan Mackie said funds exclude public services.\n"
    )
    assert speakers[0] == "community councillor"


def test_a_description_named_a_little_later_is_that_person():
    """ "… but the homeowner said she was not sure … / The homeowner, Evon Galicia-Viveros, said …":
    the homeowner of the first statement is the one the text names after that description; a
    description set off before two names names nobody."""
    said = _said(
        extract_claims(
            "The deputy claims the dog was aggressive, but the homeowner said she was not sure why they came.\n"
            "The homeowner, Evon Galicia-Viveros, said she rushed home from work.\n"
        )
    )
    assert [name for name, _quote in said] == ["deputy", "Evon Galicia-Viveros", "Evon Galicia-Viveros"]
    said = _said(
        extract_claims(
            "The officer said the dog was aggressive.\n"
            "The officer, Tom Reid, was not hurt. The officer, Ann Ray, was not hurt either.\n"
        )
    )
    assert said[0][0] == "officer"


def test_a_document_named_by_its_issuer_without_a_possessive_is_the_issuers():
    """ "The Sheriff's Office report said …", "according to a BBC report": the issuer speaks; "the
    report" alone stays a report."""
    said = _said(
        extract_claims(
            "The Sheriff's Office report said deputies had knocked on the front door.\n"
            "The report said the dogs were barking.\n"
        )
    )
    assert [name for name, _quote in said] == ["Sheriff's Office", "report"]


def test_the_other_sides_claim_after_while_is_theirs():
    """ "…, a guerrilla spokesman said Thursday, while government troops claimed to have killed 10
    rebels": the troops' claim is what they claimed to have done, never the rebels' words before."""
    said = _said(
        extract_claims(
            "Rebels killed two militiamen, a guerrilla spokesman said Thursday, while government troops "
            "claimed to have killed 10 rebels.\n"
        )
    )
    assert said == [
        ("guerrilla spokesman", "Rebels killed two militiamen"),
        ("government troops", "to have killed 10 rebels"),
    ]


def test_a_company_described_is_never_a_plural_common_noun_opening_a_sentence():
    """ "Rebels killed two militiamen, a spokesman said. / The company insisted …": "Rebels" opens the
    sentence capitalised, but it is no company."""
    said = _said(
        extract_claims("Rebels killed two militiamen, a spokesman said.\nThe company insisted the mine was safe.\n")
    )
    assert said[-1] == ("company", "the mine was safe")


def test_what_the_other_one_did_in_the_speakers_account_stays_the_speakers():
    """ "Mndawe said she had confronted Nyalunga, but he had denied the incident": "he" is Nyalunga
    in her account, never her; "Hales said he …, but he added …" goes on with Hales."""
    said = _said(
        extract_claims(
            "Nyalunga admitted it was him on the recording.\n"
            "Mndawe said she had confronted Nyalunga, but he had denied the incident.\n"
            "Mayor Charlie Hales said he understands the fears, but he added the fears are not real.\n"
        )
    )
    assert ("Mndawe", "she had confronted Nyalunga, but he had denied the incident") in said
    assert ("Charlie Hales", "the fears are not real") in said


def test_a_clause_with_its_verb_and_object_is_no_description():
    """ "The original post tagged Ola CEO Bhavish Aggarwal and officials, stating, “…”": the post
    speaks; the chief executive it tagged, the other side, never does."""
    said = _said(
        extract_claims(
            "The original post tagged Ola CEO Bhavish Aggarwal and officials, including the minister, stating, "
            "“All scooters are in bad condition and no engineers are on site.”\n"
        )
    )
    assert said and all("Aggarwal" not in name for name, _quote in said)


def test_the_office_a_story_opens_with_is_the_person_it_names_next():
    """ "The Communications Minister wants … / Dr Edward Omane Boamah said … / … / The Communications
    Minister said …": the office the story opens with is the person named right after it; "Dr" is
    no title of office."""
    said = _said(
        extract_claims(
            "The Communications Minister wants the opposition to stop spreading lies about the government.\n"
            "Dr Edward Omane Boamah said the opposition is threatened by the achievements of the government.\n"
            "The opposition has accused the government of corruption.\n"
            "The party denies it.\n"
            "The Communications Minister said the claims were false.\n"
        )
    )
    assert said[-1] == ("Edward Omane Boamah", "the claims were false")


def test_initials_may_open_with_a_word_the_name_leaves_out():
    """ "its Competition and Consumer Protection Commission (FCCPC)" then "the FCCPC said": the
    commission, whose own initials open with "Federal", a word the text left out."""
    said = _said(
        extract_claims(
            "The government, through its Competition and Consumer Protection Commission (FCCPC), has fined Meta.\n"
            "The FCCPC said Meta's threats do not free it from its liabilities.\n"
        )
    )
    assert said[-1][0] == "Competition and Consumer Protection Commission"


def test_who_after_a_described_speaker_is_no_part_of_the_description():
    """ "A Donegal man who told a court that he was providing an essential service …": the man."""
    said = _said(
        extract_claims("A Donegal man who told a court that he was providing an essential service has been cleared.\n")
    )
    assert said and said[0][0] == "Donegal man"


def test_what_a_possessive_owns_is_a_noun_and_reply_is_no_adverb():
    """ "Dow’s reply asserts that …": the reply is Dow's document, so Dow speaks; "reply" is no
    adverb of manner to strip like "firmly"."""
    said = _said(extract_claims("Dow’s reply asserts that no plaintiffs claim they have suffered injury.\n"))
    assert said == [("Dow", "no plaintiffs claim they have suffered injury")]


def test_both_are_the_two_parties_named_speaking_just_before():
    """ "Shaun Allan denied … / He pleaded not guilty … / Sam McGuire denied … / Both also denied …":
    the two accused; with three parties before, "Both" stays as printed."""
    said = _said(
        extract_claims(
            "Shaun Allan denied threatening police officers.\n\n"
            "He pleaded not guilty to all the charges.\n\n"
            "Sam McGuire denied being carried in a stolen vehicle.\n\n"
            "Both also denied stealing a wallet from the cottage.\n"
        )
    )
    assert said[-1] == ("Shaun Allan and Sam McGuire", "denied stealing a wallet from the cottage")
    said = _said(
        extract_claims(
            "Shaun Allan denied threatening police officers.\n\nSam McGuire denied being in a stolen car.\n\n"
            "Tom Reid denied the theft.\n\nBoth also denied stealing a wallet from the cottage.\n"
        )
    )
    assert said[-1][0] == "Both"


def test_a_pair_speaking_together_counts_as_two_parties_for_both():
    """ "Ann Ray and Tom Hill said … / “…,” Hill said. / Acme said … / Both leaders said …": three
    parties spoke, so
    which two are "both" is no guess (not the company and the last-named leader); with the pair
    alone before it, "Both" is the pair."""
    said = _said(
        extract_claims(
            "County Executive Ann Ray and Mayor Tom Hill said they were shocked by the closure.\n\n"
            "“It is a blow,” Hill said.\n\n"
            "Acme said the closure followed a long review of the plant.\n\n"
            "Both leaders said they would fight to keep the plant open.\n"
        )
    )
    assert said[-1] == ("Both leaders", "they would fight to keep the plant open")
    said = _said(
        extract_claims(
            "County Executive Ann Ray and Mayor Tom Hill said they were shocked by the closure.\n\n"
            "Both leaders said they would fight to keep the plant open.\n"
        )
    )
    assert said[-1] == ("Ann Ray and Tom Hill", "they would fight to keep the plant open")


def test_both_are_the_two_the_narration_named_together():
    """ "Both the Sierra Club and the Texas Campaign for the Environment were recognized … Both groups
    asked for more time": the two groups."""
    said = _said(
        extract_claims(
            "Both the Sierra Club and the Texas Campaign for the Environment were recognized as parties. "
            "Both groups asked for more time to prepare their cases.\n"
        )
    )
    assert said == [("Sierra Club and Texas Campaign for the Environment", "for more time to prepare their cases")]


def test_the_office_a_story_opens_with_is_the_name_opening_the_next_sentence():
    """ "The Prime Minister has met the FIFA vice-president … / Gordon Brown and Dr Chung discussed …
    / … / the PM said …": the PM is Gordon Brown, whom the story names right after the office."""
    said = _said(
        extract_claims(
            "Downing Street press release\n"
            "The Prime Minister has met Dr Mong Joon Chung, vice-President of FIFA, at Downing Street today. "
            "Gordon Brown and Dr Chung discussed their cooperation on the G20 agenda.\n"
            "Before the meeting the PM said they would also discuss the World Cup bid.\n"
        )
    )
    assert said[-1] == ("Gordon Brown", "they would also discuss the World Cup bid")


def test_headings_before_the_prose_are_no_opening_paragraph():
    """A release that opens with headings ("• PRESS RELEASE : …") before its prose: the opening
    paragraphs are the first two of prose, so the office it opens with is still read."""
    said = _said(
        extract_claims(
            "  • PRESS RELEASE : Dr Mong Joon Chung welcomed to Downing Street [December 2009]\n\n"
            "    PRESS RELEASE : Dr Mong Joon Chung welcomed to Downing Street [December 2009]\n\n"
            "    The Prime Minister has met Dr Mong Joon Chung, vice-President of FIFA, at Downing Street today.\n\n"
            "    Gordon Brown and Dr Chung discussed their cooperation on the G20 agenda.\n\n"
            "    Before the meeting the PM said they would also discuss the World Cup bid.\n"
        )
    )
    assert said[-1] == ("Gordon Brown", "they would also discuss the World Cup bid")


def test_the_lawyer_is_the_one_attorney_the_text_names():
    """ "attorney Neville Mitchell said … / The lawyer told the court …": the one lawyer named; "the
    DA" is still the District Attorney by the initials printed, and a title's words never reach back
    over a quote ("“… didn’t do,” attorney X" is no "didn t do attorney")."""
    said = _said(
        extract_claims(
            "“He’s locked up for something he didn’t do,” attorney Neville Mitchell said Wednesday.\n\n"
            "Police said the teen had a gun.\n\n"
            "The lawyer told the court the teen was leaving a friend’s house.\n"
        )
    )
    assert said[-1] == ("Neville Mitchell", "the teen was leaving a friend’s house")
    said = _said(
        extract_claims(
            "“He’s locked up for something he didn’t do,” attorney Neville Mitchell said Wednesday.\n\n"
            "District Attorney Ann Ray said the case was strong. The DA said the trial would start soon.\n"
        )
    )
    assert said[-1] == ("Ann Ray", "the trial would start soon")  # the title's words end at the quote


def test_a_name_set_off_after_a_description_or_before_one_and_a_relative_clause_speaks():
    """ "An attorney who was representing the city, James Melone, said"; "Kala Ramesh, an Indian
    businessman in Kampala, who has two phone lines, said": the name speaks, the description its role;
    a description opening with a capitalised word ("a Canadian designer") is still one."""
    said = _said(
        extract_claims(
            "An attorney who was representing the city in the case, James Melone, said the city kept the records.\n\n"
            "Kala Ramesh, an Indian businessman in Kampala, who has two phone lines, said his money is deducted.\n\n"
            "The owner, a Canadian designer, Fraser Ross, claims the magazine ignores his shop.\n"
        )
    )
    assert said == [
        ("James Melone", "the city kept the records"),
        ("Kala Ramesh", "his money is deducted"),
        ("Fraser Ross", "the magazine ignores his shop"),
    ]


def test_a_title_holder_may_be_named_with_initials_a_lower_case_portfolio_and_beside_a_chief():
    """ "Lawyer O.D. Mbye … / The lawyer said"; "Union minister for coal and mines G. Kishan Reddy …
    Chief Minister A. Revanth Reddy … / The minister claimed": a chief minister is another office."""
    speakers, review = _speakers_and_first_review(
        "Lawyer O.D. Mbye applied for bail on Monday.\nThe lawyer said the accused would not flee.\n"
    )
    assert speakers == ["O.D. Mbye"] and review is not None
    speakers, _ = _speakers_and_first_review(
        "Union minister for coal and mines G. Kishan Reddy visited Hyderabad on Sunday.\n"
        "He met party workers as Chief Minister A. Revanth Reddy toured the district.\n"
        "The minister claimed that both parties colluded in the last elections.\n"
    )
    assert speakers == ["G. Kishan Reddy"]


def test_the_defence_counsel_is_the_one_lawyer_named_unless_that_lawyer_prosecutes():
    """ "Lawyer O.D. Mbye, representing the accused, … / the Defence Counsel told the court": the one
    lawyer the text names; a lawyer named as prosecuting is never the defence's."""
    speakers, _ = _speakers_and_first_review(
        "Lawyer O.D. Mbye, representing Wandifa Marika, applied to change the plea.\n"
        "In his submission, the Defence Counsel told the court that the plea was partly taken.\n"
    )
    assert speakers == ["O.D. Mbye"]
    speakers, _ = _speakers_and_first_review(
        "Prosecuting lawyer Ann Ray opposed the application.\n"
        "In his submission, the Defence Counsel told the court that the plea was partly taken.\n"
    )
    assert speakers == ["Defence Counsel"]


def test_a_sentence_opened_by_how_its_speaker_put_it_is_that_speakers_account():
    """ "As the minister said, the road was closed": the minister's words, as "According to the
    minister" opens them; what the frame's speaker tells of another's words stays the frame's
    ("As he testified, the Defence Counsel had admitted …" is never the counsel's); "As they
    continued on their way" frames no account."""
    said = _said(extract_claims("As the minister told reporters, the road was closed for a week.\n"))
    assert said == [("minister", "the road was closed for a week")]
    said = _said(
        extract_claims(
            "Inspector Fadera rose to object. "
            "As he testified, the Defence Counsel had admitted that the sum was huge.\n"
        )
    )
    assert "Defence Counsel" not in [name for name, _quote in said]
    said = _said(extract_claims("As they continued on their way, Ann Ray said she felt unwell.\n"))
    assert said == [("Ann Ray", "she felt unwell")]


def test_he_after_an_office_opening_the_sentence_before_is_that_offices_one_holder():
    """ "The Defence Counsel then applied for bail. He stated that …": the office's one holder
    ("Lawyer O.D. Mbye"), not the office as a name."""
    speakers, _ = _speakers_and_first_review(
        "Lawyer O.D. Mbye, representing Wandifa Marika, applied to change the plea on Monday.\n"
        "The Defence Counsel then applied to the court to grant the accused bail. "
        "He stated that the accused has a family in the country.\n"
    )
    assert speakers == ["O.D. Mbye"]


def test_a_title_is_the_words_of_the_office_not_the_clause_before_it():
    """ "A garda told Judge Miriam Walsh …", "The judge told solicitor Joe Coonan …": Walsh is the
    judge and Coonan a solicitor; "Judge" in the title is Walsh."""
    speakers, _ = _speakers_and_first_review(
        "Judge criticises decision to bring man to Kildare court\n"
        "A garda told Judge Miriam Walsh that the man had been arrested in Limerick.\n"
        "The judge told solicitor Joe Coonan that the court had no time for the case.\n"
    )
    assert speakers[0] == "Miriam Walsh"


def test_a_headlines_described_speaker_is_the_person_the_story_names_by_that_office():
    """ "Schools superintendent says …" over a story naming "Superintendent David Stewart": him,
    flagged; a first line that is the lead's own sentence is no headline to read so."""
    speakers, review = _speakers_and_first_review(
        "Schools superintendent says parents' suit misrepresents the facts\n"
        "A lawsuit filed by eight parents claims the district hid records.\n"
        "Superintendent David Stewart said the district would defend itself.\n"
    )
    assert speakers[0] == "David Stewart" and review is not None and "superintendent" in review
    speakers, _ = _speakers_and_first_review(
        "The schools superintendent said on Monday that the suit misrepresents the facts.\n"
        "Prime Minister Ann Ray swept to victory in the election.\n"
    )
    assert speakers[0] != "Ann Ray"


def test_where_a_described_body_is_based_says_nothing_of_which_body_it_is():
    """ "The North Carolina-based truck maker said": the truck maker the text named (Mack Trucks);
    "North Carolina" is where it is based, no word its name must hold."""
    speakers, review = _speakers_and_first_review(
        "Thousands of workers went on strike at Mack Trucks on Monday.\n"
        "The North Carolina-based truck maker said the new pay deal was generous.\n"
    )
    assert speakers == ["Mack Trucks"] and review is not None


def test_he_answering_a_question_is_the_one_asked_not_the_one_asking():
    """ "Defense attorney David Ellison asked the detective if … / “…,” he said": the detective the
    text named ("Police detective Jeremy Appenzeller") answers."""
    speakers, _ = _speakers_and_first_review(
        "Police detective Jeremy Appenzeller said the man was named as the shooter by witnesses.\n"
        "Defense attorney David Ellison asked the detective if anyone else had been seen shooting.\n"
        "“Witness statements do state that the victim arrived with a gun,” he said.\n"
    )
    assert speakers[0] == speakers[-1] == "Jeremy Appenzeller"


def test_one_bidden_by_name_to_write_says_nothing_yet():
    """ "Rowley had instructed Foreign and Caricom Affairs Minister Dennis Moses to write …": what the
    minister was told to do, no statement of his; Young's statement runs on over it."""
    said = _said(
        extract_claims(
            "Young said Rowley had instructed Foreign and Caricom Affairs Minister Dennis Moses to write "
            "the unnamed country.\n"
        )
    )
    assert said == [
        (
            "Young",
            "Rowley had instructed Foreign and Caricom Affairs Minister Dennis Moses to write the unnamed country",
        )
    ]


def test_the_release_is_the_statement_a_body_issued_before_it():
    """ "The ministry, in a statement issued to media, said … “…,” said the release": the release is
    that statement, the ministry's (the Ministry of Finance that spoke before)."""
    speakers, _ = _speakers_and_first_review(
        "The Ministry of Finance on Tuesday rubbished reports of a breach of national interest.\n"
        "The ministry, in a statement issued to media, said the contract was extended in 2013. "
        "“The company supplied paper till 2010,” said the report.\n"
        "“No fresh contract has been given to this company,” said the release.\n"
    )
    assert speakers[-1] == "Ministry of Finance"


def test_the_subject_issuing_a_statement_that_says_speaks_through_it():
    """ "Hospital spokeswoman Maria Margiotta issued a statement that said …": she speaks; a document
    cited by someone else ("CNN cited a magazine report that said …") still speaks for itself."""
    said = _said(
        extract_claims(
            "Hospital spokeswoman Maria Margiotta issued a statement that said the plan was to cut staff.\n\n"
            "CNN cited a magazine report that said the deal was off.\n"
        )
    )
    assert said == [("Maria Margiotta", "the plan was to cut staff"), ("magazine report", "the deal was off")]


def test_a_title_in_ing_after_a_quote_is_part_of_the_speaker():
    """ "“…,” said Philippine Army 39th Infantry Battalion commanding officer Lieutenant Colonel Harold
    Argamosa": "commanding" opens his title, no participle ending the speaker; "adding" still does."""
    said = _said(
        extract_claims(
            "“It is a hoax,” said Philippine Army 39th Infantry Battalion commanding officer "
            "Lieutenant Colonel Harold Argamosa.\n\n"
            "“We will win,” said Ann Ray, adding that the team was ready.\n"
        )
    )
    assert said[0] == ("Harold Argamosa", "It is a hoax") and said[1] == ("Ann Ray", "We will win")


def test_a_pronoun_opening_a_clause_after_and_speaks():
    """ "Labour jeered and she said …": the narration's clause, then "she" speaks (the councillor the
    sentence before names); "Tom and she said" is a list, no clause before "and"."""
    speakers, _ = _speakers_and_first_review(
        "Green councillor Alison Teal accused Labour councillor Lewis Dagnall of shouting. "
        "Labour jeered and she said their attitude was disrespectful.\n"
    )
    assert speakers[-1] == "Alison Teal"


def test_a_capitalised_office_of_a_body_in_lower_case_left_unclosed_is_the_names_role():
    """ "Fr Seamus Enright, Rector of the religious order in Limerick said: “…”": the role's closing
    comma left out; the name speaks, the office its role."""
    said = _said(
        extract_claims("Fr Seamus Enright, Rector of the religious order in Limerick said: “We are horrified.”\n")
    )
    assert len(said) == 1 and said[0][0].endswith("Seamus Enright")


def test_a_description_set_off_after_a_name_a_little_later_is_that_person():
    """ "It's a claim the family's attorney said came from a witness. … “…,” Rand C. Eddy, the family's
    attorney, said": the attorney of the first statement is Eddy."""
    speakers, review = _speakers_and_first_review(
        "The family's attorney said the claim came from an eyewitness account.\n"
        "The prison declined to comment on Monday.\n"
        "“If we can prove that fact, we will win,” Rand C. Eddy, the family's attorney, said.\n"
    )
    assert speakers == ["Rand C. Eddy", "Rand C. Eddy"] and review is not None


def test_a_name_after_a_role_word_opening_a_sentence_is_a_persons_whatever_its_first_name():
    """ "Suva FA coach Gurjit Singh had a different side to the tale. The champion coach confirmed …":
    the coach the sentence before opens with, though "Gurjit" is on no list of first names."""
    speakers, review = _speakers_and_first_review(
        "Suva FA coach Gurjit Singh had a different side to the tale. "
        "The champion coach confirmed that his side did not walk out of the match.\n"
    )
    assert speakers == ["Gurjit Singh"] and review is not None


def test_a_businessman_is_a_role_a_headline_describes_and_the_story_names():
    """ "Detained German businessman accuses police …" over "Businessman Arne Wolfgang Schmidt, 45, …"."""
    speakers, _ = _speakers_and_first_review(
        "Detained German businessman accuses police of missing key evidence\n"
        "Businessman Arne Wolfgang Schmidt, 45, was arraigned on fraud charges.\n"
    )
    assert speakers == ["Arne Wolfgang Schmidt"]


def test_bodies_known_by_initials_and_organisations_take_a_plural_say():
    """ "RCMP say", "the ministry say": a body of people, given the plural verb; after a site's
    kicker ("Update:") the statement starts at its first own word. "The only company comment
    came …" is a noun compound, not the company's verb."""
    said = _said(
        extract_claims(
            "Update: No threat to public in Blackfalds, RCMP say\n\n"
            "The ministry say the road will reopen on Monday.\n\n"
            "The only company comment came Thursday in an email from a spokesman.\n"
        )
    )
    assert said == [
        ("RCMP", "No threat to public in Blackfalds"),
        ("ministry", "the road will reopen on Monday"),
    ]


def test_a_town_a_state_and_a_school_speak_as_bodies():
    """ "The town said", "the state said", "the school said in a letter": institutions speaking."""
    said = _said(
        extract_claims(
            "The town said the water was safe to drink.\n\n"
            "The state said the defendant had fled before.\n\n"
            "The school said in a letter to parents that classes would resume.\n"
        )
    )
    assert [speaker for speaker, _ in said] == ["town", "state", "school"]
    assert [content for _, content in said] == [
        "the water was safe to drink",
        "the defendant had fled before",
        "classes would resume",
    ]


def test_a_quoted_title_is_nobodys_statement_and_names_no_one():
    """ "a survey titled '2021 Jetro Survey …'", "a speech titled “…”": the quote names a work. It
    is drafted as no one's words, the speaker after its closing mark is read, and the capitalised
    words inside it are no new person a later "he" could mean."""
    said = _said(
        extract_claims(
            "Talking to BSS, Yuji Ando said most of the companies have expansion plans.\n"
            "Referring to a survey titled '2021 Jetro Survey on Business Condition of Japanese Companies,' "
            "Yuji Ando informed that around 65 per cent of the companies expect a profit.\n"
            "This contrasts to 43.2 per cent of the companies that were profitable last year, he added.\n\n"
            "During a speech titled “Putting the frontline first: Smarter Government,” Gordon Brown said "
            "the state would shrink.\n"
        )
    )
    assert said == [
        ("Yuji Ando", "most of the companies have expansion plans"),
        ("Yuji Ando", "around 65 per cent of the companies expect a profit"),
        ("Yuji Ando", "This contrasts to 43.2 per cent of the companies that were profitable last year"),
        ("Gordon Brown", "the state would shrink"),
    ]


def test_a_possessive_description_takes_a_present_cue_that_is_also_a_noun():
    """ "His main rival claims there has been …", "Her spokesman claims the …": the description is
    the subject and "claims" its verb; "His claims were dismissed" stays a noun."""
    said = _said(
        extract_claims(
            "His main rival claims there has been massive fraud.\n\n"
            "Jane Doe was charged.\n\n"
            "Her spokesman claims the report is wrong.\n\n"
            "His claims were dismissed by the court.\n"
        )
    )
    assert said == [
        ("His main rival", "there has been massive fraud"),
        ("Her spokesman", "the report is wrong"),
    ]


def test_a_topic_set_off_before_a_pronoun_names_no_one_else():
    """ "On Haiti, he noted that …": "Haiti" is the topic, not someone "he" might mean."""
    said = _said(
        extract_claims(
            "Interior Cabinet Secretary Kithure Kindiki said a list of suspects will be published.\n"
            "On Haiti, he noted that the request will be subject to Parliamentary approval.\n"
        )
    )
    assert said == [
        ("Kithure Kindiki", "a list of suspects will be published"),
        ("Kithure Kindiki", "the request will be subject to Parliamentary approval"),
    ]


def test_a_quote_closed_by_a_full_stop_before_a_bare_cue_sentence_is_that_cues():
    """ "“… foreign nations.” He said.": the sentence after the quote holds only its speaker and cue,
    so the quote is what was said; "“… hung up.” Young said the call …" stays two sentences."""
    ledger = extract_claims(
        "Interior Cabinet Secretary Kithure Kindiki said a list of suspects will be published.\n"
        "“Article 240 of the Constitution requires Parliament to approve deployment.” He said.\n"
        "“Our commitment to the safety of our citizens stands.” CS Kindiki noted.\n"
    )
    assert [(claim.cue, claim.quote) for claim in ledger.claims] == [
        ("said", "a list of suspects will be published"),
        ("said", "Article 240 of the Constitution requires Parliament to approve deployment."),
        ("noted", "Our commitment to the safety of our citizens stands."),
    ]


def test_he_after_a_person_described_by_another_role_is_that_person():
    """ "“…,” stated the chief justice. The Sindh advocate general adopted before the court that … /
    “…,” he said": the narration describes a second person, by a role that is not the chief justice's,
    as the subject of a deed since; "he" is that person (flagged), not the judge who spoke last."""
    text = (
        "Court adjourns hearing of the mayoral election case\n\n"
        "“Tell me why this election is to be held on the 20th?” High Court Chief Justice Tariq Mahmood "
        "put a question to the lawyer for Council Speaker Omar Farooq.\n\n"
        "“I have seen the entire proceedings of the council,” stated the chief justice. The Sindh advocate "
        "general adopted before the court that the opposition had summoned a meeting on April 6.\n\n"
        "“This meeting of the opposition was also attended by the deputy speaker,” he said.\n"
    )
    draft = extract_draft(text)
    said = _said(draft.ledger)
    assert said[-2][0] == "Tariq Mahmood"
    assert said[-1] == (
        "Sindh advocate general",
        "This meeting of the opposition was also attended by the deputy speaker",
    )
    assert "describes before it" in (draft.evidence[-1].review or "")


def test_he_after_the_same_person_described_again_stays_that_person():
    """The same narration with the judge's own office as the subject ("The chief justice also
    reviewed …"): "he" is still the chief justice."""
    text = (
        "“I have seen the entire proceedings of the council,” stated Chief Justice Tariq Mahmood. "
        "The chief justice also reviewed the minutes of the meeting of April 6.\n\n"
        "“This meeting of the opposition was also attended by the deputy speaker,” he said.\n"
    )
    assert [speaker for speaker, _quote in _said(extract_claims(text))] == ["Tariq Mahmood", "Tariq Mahmood"]


def test_asked_with_only_whom_after_it_asks_nothing_more():
    """ "“…?” the chief justice asked the lawyers for both parties.": whom the question was put to, not
    a second statement; "asked the court to adjourn" and "asked … whether …" still say what was asked."""
    said = _said(
        extract_claims(
            "“Why can’t it be held tomorrow?” Chief Justice Tariq Mahmood asked the lawyers for both parties. "
            "Defence counsel Omar Farooq asked the court to adjourn the hearing. "
            "Prosecutor Sara Malik asked the witnesses whether they had seen the car.\n"
        )
    )
    assert said == [
        ("Tariq Mahmood", "Why can’t it be held tomorrow?"),
        ("Omar Farooq", "the court to adjourn the hearing"),
        ("Sara Malik", "the witnesses whether they had seen the car"),
    ]


def test_a_description_naming_another_party_of_the_court_is_not_the_judge_renamed():
    """ "“…,” stated Chief Justice Tariq Mahmood. The provincial advocate general argued …": news
    varies the name of one who spoke ("The Pas deputy president" for a minister), but no judge is
    also the advocate general, the prosecutor or the defence lawyer of the same hearing."""
    for description in ("The provincial advocate general", "The defence lawyer", "The state prosecutor"):
        said = _said(
            extract_claims(
                "“I have seen the entire proceedings of the assembly,” stated Chief Justice Tariq Mahmood. "
                f"{description} argued before the court that the opposition had summoned a meeting on April 6.\n"
            )
        )
        assert said[0][0] == "Tariq Mahmood"
        assert said[1] == (description.split(None, 1)[1], "the opposition had summoned a meeting on April 6")


def test_bodies_described_together_speak_as_an_unnamed_group():
    """ "The unions said …", "the two companies told reporters …": bodies news names again together
    speak as an unnamed group (flagged); they had been no speaker at all."""
    said = _said(
        extract_claims(
            "The unions said the process to retrench workers was not conducted in good faith.\n\n"
            "The two companies told reporters the merger would close in March.\n"
        )
    )
    assert said == [
        ("unions", "the process to retrench workers was not conducted in good faith"),
        ("two companies", "the merger would close in March"),
    ]


def test_an_unnamed_source_described_by_a_relative_clause_after_a_quote():
    """ "“…,” a source who attended the meeting said": the source, described by what it did, speaks
    the quote, as "A source who attended the meeting said …" before its statement already did."""
    said = _said(
        extract_claims(
            "“Hell broke loose when the chairman said the process was closed,” a source who attended the "
            "meeting said.\n"
        )
    )
    assert said == [
        ("source who attended the meeting", "Hell broke loose when the chairman said the process was closed")
    ]


def test_a_described_party_telling_what_another_said_is_its_own_account():
    """ "The source said the minister added that …": a party described, not a pronoun, tells another's
    words in its own account (its statement, as "Bratton said Celona claimed …" is Bratton's); a medium
    described ("The newspaper said the minister claimed …") relays them. Both had been dropped."""
    said = _said(
        extract_claims(
            "The source said the minister added that the government could not be retrenching people.\n\n"
            "The newspaper said the deputy minister claimed the talks had collapsed.\n"
        )
    )
    assert said == [
        ("source", "the minister added that the government could not be retrenching people"),
        ("deputy minister", "the talks had collapsed"),
    ]


def test_a_phrase_set_off_by_dashes_before_the_cue_is_an_apposition():
    """ "John Smith – a spokesman for the union – said …": dashes set off the role as commas do; the
    sentence had no speaker at all."""
    said = _said(
        extract_claims(
            "John Smith – a spokesman for the union – said the process was unfair.\n\n"
            "The federation — the country’s largest — told reporters the strike would go ahead.\n"
        )
    )
    assert said == [
        ("John Smith", "the process was unfair"),
        ("federation", "the strike would go ahead"),
    ]


def test_a_name_printed_again_in_its_own_script_is_the_same_name():
    """ "Legislator Lin Yi-chun (林憶君) said", "Moon Jae-in (문재인) said": the bracketed name in Chinese
    or Korean script repeats the name; the source is "Lin Yi-chun", not "Legislator Lin Yi-chun (林憶君)"."""
    said = _said(
        extract_claims(
            "The data is not confidential, Legislator Lin Yi-chun (林憶君) said.\n\n"
            "Moon Jae-in (문재인) said the talks would resume.\n"
        )
    )
    assert said == [("Lin Yi-chun", "The data is not confidential"), ("Moon Jae-in", "the talks would resume")]


def test_what_follows_that_after_questions_or_reports_is_theirs():
    """ "…, Lin said yesterday in response to questions that she was collecting data": the clause
    after "questions that" is what the questions alleged; her statement is the one before. With
    nothing before ("The ministry said in response to reports that troops shelled the camp"), the
    reports' words are nobody's statement here, never the ministry's."""
    said = _said(
        extract_claims(
            "The data is not confidential, Legislator Lin Yi-chun said yesterday in response to questions "
            "that she was collecting sensitive data.\n\n"
            "The ministry said in response to reports that troops had shelled the camp.\n\n"
            "The ministry said in a statement that troops had left the camp.\n"
        )
    )
    assert said == [("Lin Yi-chun", "The data is not confidential"), ("ministry", "troops had left the camp")]


def test_what_a_thing_indicates_inside_an_account_is_the_account():
    """ "According to the minister, the intercepted conversation indicated that …": what the call
    shows is the minister's account; the thing's verb is no other party's speech that would make the
    statement nobody's."""
    said = _said(
        extract_claims(
            "According to the minister, the intercepted conversation indicated that the party planned a raid.\n"
        )
    )
    assert said == [("minister", "the intercepted conversation indicated that the party planned a raid")]


def test_a_document_with_when_it_came_out_or_who_filed_it_speaks():
    """ "according to a company letter distributed in September": the letter speaks, when it came out
    set aside; "according to a lawsuit filed Tuesday by the Environmental Protection Agency": the agency
    that filed it. Neither had a speaker; "a statement posted on the federation's website" stays the
    federation's."""
    said = _said(
        extract_claims(
            "Layoffs were scheduled to start this week, according to a company letter distributed in September.\n\n"
            "The plant failed to install pollution controls, according to a lawsuit filed Tuesday by the "
            "Environmental Protection Agency.\n"
        )
    )
    assert said == [
        ("company letter", "Layoffs were scheduled to start this week"),
        ("Environmental Protection Agency", "The plant failed to install pollution controls"),
    ]
