"""The shared vocabulary of words that open a clause or an adjunct, and the speaker patterns built from it."""

from __future__ import annotations

import re

import pytest

from claimgraph.attribution.openers import PREPOSITIONS, SUBORDINATORS, TIME_SUBORDINATORS, alternatives
from claimgraph.extract import extract_claims, parse_mention


def test_alternatives_put_phrases_before_the_words_they_begin_with():
    """A phrase is tried before a word it begins with, and a sentence's first word may be capitalised."""
    assert alternatives(["as", "as quoted by", "even as"]) == r"as\ quoted\ by|even\ as|as"
    assert alternatives(["ahead of", "in"], capitalised=True) == r"Ahead\ of|In"
    assert re.fullmatch(f"(?:{alternatives(SUBORDINATORS)})", "whereas")


def test_groups_nest():
    """The conjunctions of time are conjunctions too; no word is listed twice in a group."""
    assert set(TIME_SUBORDINATORS) <= set(SUBORDINATORS)
    for group in (PREPOSITIONS, SUBORDINATORS):
        assert len(set(group)) == len(group)


@pytest.mark.parametrize("words", ["In a video", "From Canberra", "Via Telegram", "Under pressure"])
def test_an_adjunct_is_no_speaker(words):
    """Words opening with a preposition are an adjunct, never a speaker."""
    assert parse_mention(words) is None


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Before the meeting the Prime Minister", "Prime Minister"),
        ("Meanwhile Hamas", "Hamas"),
        ("But Ann Ray", "Ann Ray"),
    ],
)
def test_openers_are_set_aside_from_the_speaker(words, name):
    """A time phrase or a connective before a speaker is not part of it (an office, "the Prime
    Minister", is read as a description of its holder, the office its role)."""
    mention = parse_mention(words)
    assert mention is not None
    assert (mention.name or mention.role) == name


def test_an_opening_clause_is_no_speaker_in_an_article():
    """ "When asked, Moore said": the speaker is Moore, never "When asked"; "For its part" is set aside."""
    ledger = extract_claims(
        "When asked about the talks, Moore said the deal was close. "
        "For its part, Hamas said it had received no proposal.\n"
    )
    names = {s.id: s.name for s in ledger.sources}
    assert sorted(names[c.said_by] for c in ledger.claims) == ["Hamas", "Moore"]
