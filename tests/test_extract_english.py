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
    """ "The brother of one of the miners said ..., the union said.": never the union's own words."""
    ledger = extract_claims(
        "The brother of one of the miners said his wages had been withheld for months, the union said.\n"
    )
    assert all("wages had been withheld" not in quote for _name, quote in _said(ledger))


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
