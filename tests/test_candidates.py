"""Rule-found candidate relations from structured propositions, and accepting them into a dossier."""

from __future__ import annotations

import json
import re
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.errors import InputError
from claimgraph.graph import accept_candidates, build_graph, find_candidates, find_disputes
from claimgraph.graph.review import candidate_id
from claimgraph.io import read_ledger, relations_appended
from claimgraph.model import Claim, Ledger, Relation
from tests.conftest import FOUNDING as FOUNDING_DOSSIER
from tests.conftest import SOURCES


def _claim(claim_id, said_by, value, when="2026-02-04", **proposition) -> Claim:
    fields = {"subject": "rafah-crossing", "property": "status", "value": value, **proposition}
    if when is not None:
        fields["when"] = when
    return Claim(id=claim_id, statement=f"Statement {claim_id}.", said_by=said_by, proposition=fields)


def _find(claims, relations=(), **options):
    return find_candidates(build_graph(Ledger(sources=SOURCES, claims=claims, relations=relations)), **options)


def test_different_values_over_the_same_day_contradict():
    """Two claims on one key and day with different values give a contradicts candidate."""
    (candidate,) = _find([_claim("open", "cogat", "open"), _claim("closed", "prcs", "closed")])
    assert (candidate.kind, candidate.source, candidate.target) == ("contradicts", "open", "closed")
    assert candidate.rule == "same-key-different-value" and candidate.is_candidate
    assert candidate.note == "rafah-crossing status: 'open' vs 'closed' for 2026-02-04"


def test_same_value_agrees_only_across_independent_origins():
    """Equal values from two origins support; a source and its own spokesman corroborate nothing."""
    found = _find(
        [
            _claim("a", "cogat", "open"),
            _claim("b", "anadolu", "open"),
            _claim("c", "prcs", "open"),
            _claim("d", "al-nems", "open"),
        ]
    )
    pairs = {(c.source, c.target) for c in found}
    assert all(c.kind == "supports" and c.rule == "same-key-same-value" for c in found)
    assert ("d", "c") not in pairs  # al-nems is part of prcs
    assert pairs == {("b", "a"), ("c", "a"), ("d", "a"), ("c", "b"), ("d", "b")}
    assert "independent origins cogat and anadolu" in found[0].note


def test_time_must_overlap_and_said_on_stands_in_for_when():
    """Different days never compare; without a 'when' the claim's said_on is used, else nothing."""
    assert _find([_claim("a", "cogat", "open", "2026-02-03"), _claim("b", "prcs", "closed")]) == ()
    spans = _find([_claim("a", "cogat", "open", "2026-02-01/2026-02-05"), _claim("b", "prcs", "closed")])
    assert len(spans) == 1 and spans[0].note.endswith("for 2026-02-04")
    said = Claim(
        id="said",
        statement="S.",
        said_by="prcs",
        said_on="2026-02-04",
        proposition={"subject": "rafah-crossing", "property": "status", "value": "closed"},
    )
    undated = _claim("undated", "anadolu", "shut", when=None)
    found = _find([_claim("a", "cogat", "open"), said, undated])
    assert [(c.source, c.target) for c in found] == [("a", "said")]


def test_numbers_use_an_absolute_or_relative_tolerance():
    """Numbers clash beyond the tolerance and agree within it, absolute or relative."""
    claims = [
        _claim("a", "cogat", 40, property="departures", unit="people"),
        _claim("b", "prcs", 42, property="departures", unit="people"),
    ]
    (clash,) = _find(claims)
    assert clash.kind == "contradicts"
    assert clash.note == (
        "rafah-crossing departures: 40 people vs 42 people for 2026-02-04 (differ by 2, beyond the tolerance of 0)"
    )
    (agree,) = _find(claims, tolerance=2)
    assert agree.kind == "supports" and "within the tolerance of 2" in agree.note
    assert _find(claims, tolerance=0.04, relative=True)[0].kind == "contradicts"
    assert _find(claims, tolerance=0.05, relative=True)[0].kind == "supports"
    with pytest.raises(ValueError, match="tolerance"):
        _find(claims, tolerance=-1)


def test_incomparable_values_units_and_places_are_left_alone():
    """A number never meets text, nor people meet buses, nor Rafah meet Kerem Shalom."""
    assert _find([_claim("a", "cogat", 40), _claim("b", "prcs", "open")]) == ()
    assert _find([_claim("a", "cogat", 40, unit="people"), _claim("b", "prcs", 4, unit="buses")]) == ()
    assert (
        _find([_claim("a", "cogat", "open", where="Rafah"), _claim("b", "prcs", "closed", where="Kerem Shalom")]) == ()
    )
    assert _find([_claim("a", "cogat", True), _claim("b", "prcs", False)])[0].note.endswith(
        "true vs false for 2026-02-04"
    )


def test_pairs_with_a_relation_already_are_never_proposed():
    """An analyst relation (or a recorded candidate) on a pair, in either direction, silences the rule."""
    claims = [_claim("a", "cogat", "open"), _claim("b", "prcs", "closed"), _claim("c", "anadolu", "shut")]
    found = _find(
        claims,
        [
            Relation(kind="supports", source="b", target="a"),
            Relation(kind="contradicts", source="c", target="b", rule="x"),
        ],
    )
    assert [(c.source, c.target) for c in found] == [("a", "c")]


def test_order_is_by_ledger_position_and_deterministic():
    """Candidates come in the ledger order of their claims, whatever the dates."""
    claims = [
        _claim("z", "cogat", "open", "2026-02-06"),
        _claim("y", "prcs", "closed", "2026-02-06"),
        _claim("x", "cogat", "open", "2026-02-01"),
        _claim("w", "prcs", "closed", "2026-02-01"),
    ]
    found = _find(claims)
    assert [(c.source, c.target) for c in found] == [("z", "y"), ("x", "w")]
    assert found == _find(claims)


def test_accept_clears_the_rule_and_keeps_it_in_the_note():
    """Accepted candidates become analyst relations, recorded by the author, rule named in the note."""
    (candidate,) = _find([_claim("open", "cogat", "open"), _claim("closed", "prcs", "closed")])
    (accepted,) = accept_candidates([candidate], "J. Doe")
    assert not accepted.is_candidate and accepted.recorded_by == "J. Doe"
    assert accepted.note == f"{candidate.note} [rule: same-key-different-value]"
    assert (accepted.kind, accepted.source, accepted.target) == ("contradicts", "open", "closed")


DOSSIER = """
    # the analyst's comment stays
    recorded_by: tester
    sources:
      - {id: cogat, name: COGAT}
      - {id: prcs, name: PRCS}
    claims:
      - id: open
        statement: The crossing is open.
        said_by: cogat
        proposition: {subject: rafah-crossing, property: status, value: open, when: 2026-02-04}
      - id: closed
        statement: The crossing is closed.
        said_by: prcs
        proposition: {subject: rafah-crossing, property: status, value: closed, when: 2026-02-04}
      - id: also-closed
        statement: Closed too.
        said_by: cogat
        proposition: {subject: rafah-crossing, property: status, value: closed, when: 2026-02-04}
"""


def test_cli_candidates_lists_without_writing(invoke, write):
    """Without --accept the command only lists; the dossier is untouched."""
    path = write("d.yaml", DOSSIER)
    before = path.read_bytes()
    result = invoke("candidates", path)
    assert result.exit_code == 0, result.output
    assert "3 candidates" in result.output
    assert re.search(r"\? [0-9a-f]{8}  open contradicts closed \[same-key-different-value\]", result.output)
    assert path.read_bytes() == before
    data = json.loads(invoke("candidates", path, "--format", "json").output)
    assert data[0] == {
        "kind": "contradicts",
        "from": "open",
        "to": "closed",
        "note": "rafah-crossing status: 'open' vs 'closed' for 2026-02-04",
        "rule": "same-key-different-value",
        "id": candidate_id(find_candidates(build_graph(read_ledger([path])))[0]),
    }


def test_cli_accept_appends_relations_and_keeps_the_rest(invoke, write):
    """--accept adds the relations to the dossier; comments stay; a second run finds nothing new."""
    path = write(
        "d.yaml",
        textwrap.dedent(DOSSIER)
        + "relations:\n  - {kind: supports, from: also-closed, to: closed}\n# trailing comment\n",
    )
    result = invoke("candidates", path, "--accept", "all", "--author", "J. Doe")
    assert result.exit_code == 0, result.output
    assert "accepted 2 candidates" in result.output
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# the analyst's comment stays") and text.rstrip().endswith("# trailing comment")
    ledger = read_ledger([path])
    assert [(r.source, r.target, r.recorded_by) for r in ledger.relations] == [
        ("also-closed", "closed", "tester"),
        ("open", "closed", "J. Doe"),
        ("open", "also-closed", "J. Doe"),
    ]
    assert all(not r.is_candidate and "[rule: same-key-different-value]" in r.note for r in ledger.relations[1:])
    again = invoke("candidates", path)
    assert again.exit_code == 0, again.output
    assert "No candidates" in again.output


def test_cli_accept_creates_the_relations_section(invoke, write):
    """A dossier without relations gets a relations list at its end."""
    path = write("d.yaml", DOSSIER)
    result = invoke("candidates", path, "--accept", "all", "--author", "ed")
    assert result.exit_code == 0, result.output
    assert len(read_ledger([path]).relations) == 3


def test_cli_accept_needs_one_dossier_file(invoke, write, tmp_path):
    """--accept refuses to guess which of several dossiers to write into."""
    first = write("a/one.yaml", DOSSIER)
    write("a/two.yaml", "sources: [{id: x, name: X}]\nclaims: [{id: q, statement: Q., said_by: x}]\n")
    before = first.read_bytes()
    result = invoke("candidates", tmp_path / "a", "--accept", "all")
    assert result.exit_code == 1
    assert "--accept and --reject write into one dossier" in result.output
    assert first.read_bytes() == before


def test_cli_bad_tolerance_is_refused(invoke, write):
    """A tolerance that is not a non-negative number is a usage error, not a traceback."""
    path = write("d.yaml", DOSSIER)
    for bad in ("lots", "-1", "nan"):
        result = invoke("candidates", path, "--tolerance", bad)
        assert result.exit_code == 2, result.output
        assert "--tolerance" in result.output
    assert invoke("candidates", path, "--tolerance", "5%").exit_code == 0


def test_relations_appended_handles_empty_and_refuses_flow_lists():
    """An empty 'relations: []' becomes a block list; a one-line list with entries is refused."""
    relation = Relation(kind="supports", source="a", target="b", note="x: y")
    text = relations_appended("claims: []\nrelations: []\nquestions: []\n", [relation])
    assert text == (
        "claims: []\nrelations:\n  - kind: supports\n    from: a\n    to: b\n    note: 'x: y'\nquestions: []\n"
    )
    with pytest.raises(InputError, match="one line"):
        relations_appended("relations: [{kind: supports, from: c, to: d}]\n", [relation])


def test_founding_dossier_candidates_are_about_who_held_it_up(founding_ledger):
    """The founding propositions propose a clash between the lede and COGAT's WHO allegation."""
    if not FOUNDING_DOSSIER.exists():
        pytest.skip("the founding dossier is not there yet")
    ledger = founding_ledger
    found = find_candidates(build_graph(ledger))
    existing = {r.pair for r in ledger.relations}
    assert found and all(c.pair not in existing for c in found)
    clash = {(c.source, c.target) for c in found if c.kind == "contradicts"}
    assert ("article-lede-cancelled", "cogat-who-failed-details") in clash


def _brute_force(ledger: Ledger, tolerance: float) -> set[tuple[str, str, str]]:
    """Every pair compared with every other: the slow, obvious reading of the rules."""
    related = {r.pair for r in ledger.relations}
    found = set()
    claims = [c for c in ledger.claims if c.proposition is not None]
    for i, first in enumerate(claims):
        for second in claims[i + 1 :]:
            p, q = first.proposition, second.proposition
            if (p.key, p.unit, p.where) != (q.key, q.unit, q.where) or (first.id, second.id) in related:
                continue
            if type(p.value) is not type(q.value) or not p.when.overlaps(q.when):
                continue
            differ = abs(p.value - q.value) > tolerance if isinstance(p.value, int) else p.value != q.value
            if differ:
                found.add(("contradicts", first.id, second.id))
            elif ledger.origin(first.said_by) != ledger.origin(second.said_by):
                found.add(("supports", second.id, first.id))
    return found


@settings(max_examples=120, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["prcs", "al-nems", "cogat", "anadolu"]),
            st.sampled_from(["status", "departures"]),
            st.integers(0, 3),
            st.integers(1, 6),
            st.integers(0, 2),
        ),
        min_size=2,
        max_size=14,
    ),
    tolerance=st.sampled_from([0, 1, 2]),
)
def test_blocked_sweep_finds_exactly_what_pairwise_comparison_finds(rows, tolerance):
    """On random ledgers the fast, blocked search proposes exactly the pairs a brute-force search does."""
    claims = []
    for index, (speaker, prop, value, day, span) in enumerate(rows):
        when = f"2026-02-{day:02d}" if not span else f"2026-02-{day:02d}/2026-02-{day + span:02d}"
        shown = ("open", "closed", "restricted", "open")[value] if prop == "status" else value * 10
        claims.append(
            Claim(
                id=f"c{index}",
                statement="S.",
                said_by=speaker,
                proposition={"subject": "rafah-crossing", "property": prop, "value": shown, "when": when},
            )
        )
    ledger = Ledger(sources=SOURCES, claims=claims, relations=[Relation(kind="supports", source="c1", target="c0")])
    found = find_candidates(build_graph(ledger), tolerance * 10)
    assert {(c.kind, c.source, c.target) for c in found} == _brute_force(ledger, tolerance * 10)
    assert len(found) == len({c.pair for c in found})


def test_synthetic_ledger_is_consistent_deterministic_and_has_candidates():
    """The benchmark's generator gives a checked, repeatable ledger on which the rules find work."""
    synthetic = pytest.importorskip("benchmarks.synthetic")
    from claimgraph.model import check_ledger

    ledger = synthetic.synthetic_ledger(1500, seed=3)
    assert check_ledger(ledger) == []
    assert ledger == synthetic.synthetic_ledger(1500, seed=3)
    assert len(ledger.claims) == 1500 and ledger.counts()["contradicts"] > 0
    assert any(len(ledger.chain(s.id)) == 4 for s in ledger.sources)  # three part_of levels
    found = find_candidates(build_graph(ledger))
    assert {"contradicts", "supports"} <= {c.kind for c in found} <= {"contradicts", "supports", "supersedes"}


def test_cli_accept_refuses_a_ledger_store(invoke, write, tmp_path):
    """--accept never writes into a ledger store; it says to go through a dossier."""
    dossier = write("d.yaml", DOSSIER)
    store = tmp_path / "ledger.db"
    assert invoke("ledger", "init", store).exit_code == 0
    recorded = invoke("record", dossier, "--ledger", store, "--author", "ed")
    assert recorded.exit_code == 0, recorded.output
    before = store.read_bytes()
    result = invoke("candidates", store, "--accept", "all")
    assert result.exit_code == 1
    assert "is a ledger store, not a dossier file" in result.output
    assert store.read_bytes() == before


# ---------------------------------------------------------------- review one by one (issue 17, item 5)


def _ids(path) -> dict[tuple[str, str, str], str]:
    found = find_candidates(build_graph(read_ledger([path])))
    return {(c.source, c.kind, c.target): candidate_id(c) for c in found}


def test_candidate_ids_are_short_stable_and_direction_free():
    """The id hashes kind, ends (sorted for contradicts), rule and note: the same candidate, the same id."""
    first = Relation(kind="contradicts", source="a", target="b", note="n", rule="r")
    assert candidate_id(first) == candidate_id(Relation(kind="contradicts", source="b", target="a", note="n", rule="r"))
    assert re.fullmatch(r"[0-9a-f]{8}", candidate_id(first))
    assert candidate_id(first) != candidate_id(Relation(kind="contradicts", source="a", target="b", note="m", rule="r"))
    assert candidate_id(first) != candidate_id(Relation(kind="supports", source="a", target="b", note="n", rule="r"))


def test_cli_accept_chosen_ids_only_summary_first(invoke, write):
    """--accept ID writes that candidate alone; the summary comes before the list of what was accepted."""
    path = write("d.yaml", DOSSIER)
    ids = _ids(path)
    chosen = ids[("open", "contradicts", "closed")]
    result = invoke("candidates", path, "--accept", chosen, "--author", "ed")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"accepted 1 candidate into {path}")
    assert result.output.count("? ") == 1 and chosen in result.output
    ledger = read_ledger([path])
    assert [(r.source, r.target, r.is_candidate) for r in ledger.relations] == [("open", "closed", False)]
    assert set(_ids(path).values()) == set(ids.values()) - {chosen}


def test_cli_reject_records_the_reason_and_the_candidate_never_returns(invoke, write):
    """A rejected candidate is kept in the dossier with its reason, shapes nothing, and is not proposed again."""
    path = write("d.yaml", DOSSIER)
    chosen = _ids(path)[("open", "contradicts", "closed")]
    assert invoke("candidates", path, "--reject", chosen).exit_code == 1  # no reason
    result = invoke("candidates", path, "--reject", chosen, "--reason", "different days of opening", "--author", "ed")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"rejected 1 candidate into {path}")
    ledger = read_ledger([path])
    (rejection,) = ledger.relations
    assert rejection.rejected == "different days of opening" and rejection.rule == "same-key-different-value"
    assert not rejection.is_candidate and ledger.counts()["contradicts"] == 0
    assert find_disputes(build_graph(ledger)) == ()
    listed = invoke("candidates", path)
    assert chosen not in listed.output and "1 rejected candidate not shown" in listed.output.splitlines()[0]
    assert "2 candidates" in listed.output


def test_cli_unknown_id_and_both_ways_are_refused(invoke, write):
    """An id no open candidate has, or one both accepted and rejected, writes nothing."""
    path = write("d.yaml", DOSSIER)
    before = path.read_bytes()
    chosen = _ids(path)[("open", "contradicts", "closed")]
    unknown = invoke("candidates", path, "--accept", "00000000")
    assert unknown.exit_code == 1 and "no open candidate 00000000" in unknown.output
    both = invoke("candidates", path, "--accept", chosen, "--reject", chosen, "--reason", "x")
    assert both.exit_code == 1 and "both accepted and rejected" in both.output
    assert path.read_bytes() == before


def test_cli_dry_run_shows_each_dispute_change_and_writes_nothing(invoke, write):
    """--dry-run reports how accepting changes each dispute (sides, balance), summary first."""
    path = write("d.yaml", DOSSIER)
    before = path.read_bytes()
    ids = _ids(path)
    chosen = [ids[("open", "contradicts", "closed")], ids[("open", "contradicts", "also-closed")]]
    result = invoke("candidates", path, "--accept", ",".join(chosen), "--dry-run")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Dry run: accepting 2 candidates would change 1 of 1 dispute; nothing written.")
    assert "claims 0 → 3; new → balanced" in result.output
    assert "after: A 1 claim, 1 origin · B 2 claims, 2 origins" in result.output
    assert path.read_bytes() == before
