"""The model's own rules, and the round trip model → dossier text → model."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.io import dossier_text, read_ledger
from claimgraph.model import (
    SOURCE_KINDS,
    Claim,
    Ledger,
    Period,
    Proposition,
    Relation,
    Source,
    check_ledger,
    to_period,
)
from claimgraph.model.values import parse_value


def test_period_parses_days_and_intervals():
    """A date and an ISO interval both become periods; a reversed interval is refused."""
    assert to_period("2026-02-04") == Period(dt.date(2026, 2, 4), dt.date(2026, 2, 4))
    assert str(to_period("2026-02-02/2026-02-04")) == "2026-02-02/2026-02-04"
    with pytest.raises(ValueError, match="before it starts"):
        to_period("2026-02-04/2026-02-02")


def test_origin_follows_part_of_to_the_top():
    """A three-level part_of chain leads to its top; a cycle stops instead of looping."""
    ledger = Ledger(
        sources=[
            Source("al-nems", "Raed Al-Nems", "person", part_of="prcs-gaza"),
            Source("prcs-gaza", "PRCS Gaza", "ngo", part_of="prcs"),
            Source("prcs", "PRCS", "ngo"),
            Source("x", "X", part_of="y"),
            Source("y", "Y", part_of="x"),
        ]
    )
    assert ledger.origin("al-nems") == "prcs"
    assert ledger.chain("al-nems") == ("al-nems", "prcs-gaza", "prcs")
    assert ledger.origin("x") in {"x", "y"}
    assert [d.message for d in check_ledger(ledger)] == ["part_of goes round in a circle: x → y → x"]


def test_contradicts_id_is_symmetric():
    """Contradiction is symmetric, so both directions have the same id; support is not."""
    assert Relation("contradicts", "a", "b").id == Relation("contradicts", "b", "a").id
    assert Relation("supports", "a", "b").id != Relation("supports", "b", "a").id


def test_relation_in_both_directions_is_one_pair():
    """Supporting a→b and contradicting b→a is a conflict, whatever the direction."""
    ledger = Ledger(
        sources=[Source("s", "S")],
        claims=[Claim("a", "A", "s"), Claim("b", "B", "s")],
        relations=[Relation("supports", "a", "b"), Relation("contradicts", "b", "a")],
    )
    assert any("both support and contradict" in d.message for d in check_ledger(ledger))


slugs = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)
texts = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(
    lambda s: s.strip() == s and s.strip()
)
quotes = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x85\u2028\u2029"), min_size=1, max_size=60
).filter(lambda s: s.strip())
dates = st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))


def _reads_as_itself(text: str) -> bool:
    """Text a proposition keeps as a category (text that reads as a figure is parsed; see test_values)."""
    try:
        return parse_value(text) == " ".join(text.split())
    except ValueError:
        return False


values = st.one_of(
    texts.filter(_reads_as_itself),
    st.integers(-(10**6), 10**6),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
)


@st.composite
def ledgers(draw):
    """Random consistent ledgers covering every field of the model."""
    ids = draw(st.lists(slugs, min_size=2, max_size=8, unique=True))
    sources = []
    for position, source_id in enumerate(ids):
        parent = draw(st.sampled_from([None, *ids[:position]])) if position else None
        sources.append(
            Source(
                source_id,
                draw(texts),
                draw(st.sampled_from(SOURCE_KINDS)),
                part_of=parent,
                role=draw(st.none() | texts),
                aliases=draw(st.lists(texts, max_size=2)),
                unnamed=draw(st.booleans()),
            )
        )
    claim_ids = draw(st.lists(slugs, min_size=1, max_size=8, unique=True))
    claims = []
    for claim_id in claim_ids:
        day = draw(dates)
        proposition = draw(
            st.none()
            | st.builds(
                Proposition,
                slugs,
                slugs,
                values,
                unit=st.none() | texts,
                when=st.none() | st.just(Period(day, day + dt.timedelta(days=draw(st.integers(0, 5))))),
            )
        )
        speaker = draw(st.sampled_from(ids))
        relays = draw(st.lists(st.sampled_from([i for i in ids if i != speaker]), max_size=2, unique=True))
        claims.append(
            Claim(
                claim_id,
                draw(texts),
                speaker,
                via=relays,
                quote=draw(st.none() | quotes),
                cue=draw(st.none() | texts),
                said_on=draw(st.none() | st.just(Period(day, day))),
                topics=draw(st.lists(slugs, max_size=2)),
                proposition=proposition,
                note=draw(st.none() | texts),
            )
        )
    relations = []
    if len(claim_ids) > 1:
        pairs = draw(
            st.lists(
                st.tuples(st.sampled_from(claim_ids), st.sampled_from(claim_ids)).filter(lambda p: p[0] < p[1]),
                max_size=4,
                unique=True,
            )
        )
        relations = [
            Relation(draw(st.sampled_from(["supports", "contradicts"])), a, b, note=draw(st.none() | texts))
            for a, b in pairs
        ]
    return Ledger(sources=sources, claims=claims, relations=relations)


@settings(max_examples=60, deadline=None)
@given(ledgers())
def test_dossier_round_trip(tmp_path_factory, ledger):
    """Writing a ledger as a dossier and reading it back gives the same ledger."""
    assert check_ledger(ledger) == []
    path = tmp_path_factory.mktemp("rt") / "d.yaml"
    path.write_text(dossier_text(ledger), encoding="utf-8")
    assert read_ledger([path]) == ledger
