"""A history a reader can trust: a story recorded in three steps, seen through log, brief, audit and both clocks."""

from __future__ import annotations

import json
import re
import sqlite3
import time

import pytest
from conftest import CLAIMS

from claimgraph.render.brief.status import long_day
from claimgraph.store import verify_store

STORY = """\
format: 1
title: "The hospital strike"
dossier: hospital-strike
note: A story recorded in three steps.
sources:
  - {id: ministry, name: Health Ministry, kind: government}
  - {id: army, name: The Army, kind: military}
  - {id: agency, name: News Agency, kind: media}
claims:
  - id: toll
    statement: "At least 500 people were killed in the strike on the hospital."
    said_by: ministry
    said_on: 2023-10-17
    proposition: {subject: hospital-strike, property: deaths, value: "at least 500", unit: killed, when: 2023-10-17}
  - {id: denial, statement: "The army did not strike the hospital.", said_by: army, said_on: 2023-10-18}
  - {id: relay, statement: "The agency reported 400 dead.", said_by: agency, said_on: 2023-10-18,
     proposition: {subject: hospital-strike, property: deaths, value: 400, unit: killed, when: 2023-10-17}}
  - {id: slip, statement: "An entry recorded in error.", said_by: agency, said_on: 2023-10-25}
relations:
  - {kind: contradicts, from: toll, to: denial, note: "The ministry's 500 against the army's denial."}
reviews:
  - {id: verdict, claim: toll, rating: Unproven, reviewer: agency, date: 2023-10-18}
"""

AMENDED = STORY.replace(
    "At least 500 people were killed in the strike on the hospital.",
    "At least 471 people were killed in the strike on the hospital, after a recount.",
).replace('value: "at least 500"', 'value: "at least 471"')

WITHDRAWN = AMENDED.replace(
    '  - {id: relay, statement: "The agency reported 400 dead.", said_by: agency, said_on: 2023-10-18,\n'
    "     proposition: {subject: hospital-strike, property: deaths, value: 400, unit: killed, when: 2023-10-17}}\n",
    "",
)
assert WITHDRAWN != AMENDED
#: The story as the ledger holds it after the four steps (the desk removed the slip).
SETTLED = WITHDRAWN.replace(
    '  - {id: slip, statement: "An entry recorded in error.", said_by: agency, said_on: 2023-10-25}\n', ""
)
assert SETTLED != WITHDRAWN
RETRACTIONS = """
retractions:
  - {id: relay, reason: "the agency withdrew its report", by: source}
"""


@pytest.fixture
def story(invoke, write, tmp_path):
    """The store after each of the three steps: verify passes after every one."""
    store = str(tmp_path / "story.db")
    assert invoke("ledger", "init", store).exit_code == 0
    steps = [
        ("record", str(write("step1.yaml", STORY)), "--ledger", store, "--author", "alice", "-m", "first pass"),
        (
            "record",
            str(write("step2.yaml", AMENDED)),
            "--ledger",
            store,
            "--author",
            "bob",
            "-m",
            "the ministry revised the toll after a recount",
        ),
        ("record", str(write("step3.yaml", WITHDRAWN + RETRACTIONS)), "--ledger", store, "--author", "carol"),
        ("retract", "slip", "--reason", "recorded in error", "--by", "analyst", "--ledger", store, "--author", "carol"),
    ]
    for number, step in enumerate(steps):
        if number in (1, 2):
            time.sleep(1.05)  # each step in a second of its own, for --as-of to the second
        result = invoke(*step)
        assert result.exit_code == 0, result.output
        assert verify_store(store).ok
        if number == 2:
            again = invoke(*step)  # the same dossier again: its retraction is not repeated
            assert again.exit_code == 0 and "0 added, 0 amended, 0 retracted" in again.output, again.output
    return store


def test_log_shows_old_and_new_values_author_time_and_reason(story, invoke):
    text = invoke("log", "--ledger", story, "toll").output
    assert "alice" in text and "bob" in text and "reason: first pass" in text
    assert "reason: the ministry revised the toll after a recount" in text
    assert "[-500-] {+471+}" in text
    entries = json.loads(invoke("log", "--ledger", story, "--format", "json").output)
    amend = next(e for e in entries if e["action"] == "amend")
    assert amend["author"] == "bob" and amend["reason"] == "the ministry revised the toll after a recount"
    changes = {change["field"]: change for change in amend["changes"]}
    assert "500" in changes["statement"]["old"] and "471" in changes["statement"]["new"]
    assert changes["proposition.value"] == {"field": "proposition.value", "old": "at least 500", "new": "at least 471"}
    assert "proposition.value: at least 500 → at least 471" in text
    retracted = {e["id"]: e for e in entries if e["action"] == "retract"}
    assert (
        retracted["relay"]["withdrawn_by"] == "source"
        and retracted["relay"]["reason"] == "the agency withdrew its report"
    )
    assert retracted["slip"]["withdrawn_by"] == "analyst"
    text = invoke("log", "--ledger", story).output
    assert "withdrawn by the source: the agency withdrew its report" in text
    assert "removed by the desk: recorded in error" in text


def test_messages_are_under_the_hash(story):
    """Editing a stored reason is caught by verify, like any other edit."""
    with sqlite3.connect(story, isolation_level=None) as raw:
        raw.execute("DROP TRIGGER entries_no_update")
        raw.execute("UPDATE entries SET note = replace(note, 'recount', 'rumour') WHERE action = 'amend'")
    result = verify_store(story)
    assert not result.ok and "hash does not match" in str(result.broken)


def test_brief_shows_the_amendment_the_staleness_and_who_withdrew(story, invoke, tmp_path):
    out = tmp_path / "brief.html"
    assert invoke("brief", story, "-o", str(out)).exit_code == 0
    page = re.sub(r"<style>.*?</style>", "", out.read_text(encoding="utf-8"), flags=re.S)
    assert "<title>The hospital strike</title>" in page
    assert "At least 500 people" in page and "the ministry revised the toll after a recount" in page
    assert '<span class="field">proposition.value</span>: <del>at least 500</del> → <ins>at least 471</ins>' in page
    assert "review verdict" in page and "the note of relation denial~contradicts~toll" in page
    assert "Withdrawn by the source" in page and "the agency withdrew its report" in page
    assert "Removed by the desk" in page and "recorded in error" in page
    assert "stale-review" in page and "stale-note" in page


def test_audit_reports_stale_review_and_note(story, invoke):
    text = invoke("audit", story).output
    assert "stale-review" in text and "review verdict" in text
    assert "stale-note" in text and "denial~contradicts~toll" in text


def test_as_of_reads_each_step_at_any_precision(story, invoke):
    entries = json.loads(invoke("log", "--ledger", story, "--format", "json").output)
    first = entries[0]["recorded_at"]
    to_second = first[:19]  # cut to the second, right after recording: inclusive to its end
    text = invoke("show", story, "--as-of", to_second).output
    assert "At least 500 people" in text and "The agency reported 400 dead." in text
    assert "stale-review" not in invoke("audit", story, "--as-of", to_second).output
    assert "held nothing yet" in invoke("show", story, "--as-of", "2023-10-19").output


def test_known_by_is_story_time_and_combines_with_as_of(story, invoke, tmp_path):
    entries = json.loads(invoke("log", "--ledger", story, "--format", "json").output)
    first = entries[0]["recorded_at"][:19]
    text = invoke("show", story, "--known-by", "2023-10-17", "--as-of", first).output
    assert "At least 500 people" in text and "did not strike" not in text
    text = invoke("show", story, "--known-by", "2023-10-18").output
    assert "At least 471 people" in text and "did not strike" in text and "reported 400" not in text
    out = tmp_path / "then.html"
    assert invoke("brief", story, "--known-by", "2023-10-19", "--as-of", first, "-o", str(out)).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert re.search(r"as known on 19 October 2023, recorded state of \d+ \w+ \d{4}", page)
    bad = invoke("show", story, "--known-by", "yesterday")
    assert bad.exit_code == 1 and "--known-by" in bad.output


def test_dry_run_lists_every_change(story, invoke, write):
    changed = AMENDED.replace("The army did not strike the hospital.", "The army denied striking the hospital.")
    changed = changed.replace("  - {id: denial,", "  - {id: denial2, statement: x, said_by: army}\n  - {id: denial,")
    result = invoke("record", str(write("next.yaml", changed)), "--ledger", story, "--author", "d", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "add     claim denial2" in result.output and "amend   claim denial" in result.output
    assert "statement: The army did not strike the hospital. → The army denied striking the hospital." in result.output


def test_retraction_errors_are_explained(story, invoke):
    result = invoke("retract", "nowhere", "--reason", "x", "--by", "source", "--ledger", story, "--author", "a")
    assert result.exit_code == 1 and "no current entry with this id" in result.output


def test_dump_keeps_the_dossier_fields(story, invoke, tmp_path):
    assert invoke("dump", "--ledger", story, "-o", str(tmp_path / "out")).exit_code == 0
    text = (tmp_path / "out" / "story.yaml").read_text(encoding="utf-8")
    assert "title: The hospital strike" in text and "dossier: hospital-strike" in text
    assert "note: A story recorded in three steps." in text
    assert invoke("check", str(tmp_path / "out")).exit_code == 0


def test_export_and_dump_elsewhere_check_where_they_land(invoke, tmp_path):
    """A yaml export or a dump into another folder brings its documents' texts along."""
    out = tmp_path / "elsewhere" / "export.yaml"
    out.parent.mkdir()
    assert invoke("export", str(CLAIMS), "--format", "yaml", "-o", str(out)).exit_code == 0
    assert (out.parent / "rafah-2026-02-04.txt").is_file()
    assert invoke("check", str(out)).exit_code == 0


def test_a_yaml_boolean_is_quoted_as_written_and_a_repeated_key_comes_with_the_rest(invoke, write):
    path = write(
        "errors.yaml",
        "format: 1\nsources:\n  - {id: a, name: A, kind: government}\nclaims:\n"
        "  - {id: c1, statement: yes, said_by: a, said_by: a}\n"
        "  - {id: c2, statement: x, said_by: nobody}\n"
        "reviews:\n  - {id: r1, claim: c1, rating: False, reviewer: a}\n",
    )
    result = invoke("check", str(path))
    assert result.exit_code == 1
    assert "errors.yaml:5: the key 'said_by' appears twice" in result.output
    assert "YAML read the true/false value true; quote it: statement: 'yes'" in result.output
    assert "YAML read the true/false value false; quote it: rating: 'False'" in result.output
    assert "refers to unknown source 'nobody'" in result.output and "4 problems found" in result.output


def test_history_of_some_entries_reads_only_those(founding_ledger, tmp_path):
    """``history(entry_ids=...)`` gives exactly those entries' log, in order: what a one-dispute brief reads."""
    from claimgraph.store import history, init_store, last_recorded_at, record_ledger

    store = tmp_path / "ledger.db"
    init_store(store)
    record_ledger(store, founding_ledger, author="desk")
    everything = history(store)
    wanted = {founding_ledger.claims[0].id, founding_ledger.claims[-1].id}
    some = history(store, entry_ids=wanted)
    assert some and {entry.entry_id for entry in some} == wanted
    assert some == tuple(entry for entry in everything if entry.entry_id in wanted)
    assert last_recorded_at(store) == everything[-1].recorded_at


def _first_recording(invoke, store: str) -> str:
    """The time of the story's first recording, cut to the second (inclusive to its end)."""
    return json.loads(invoke("log", "--ledger", store, "--format", "json").output)[0]["recorded_at"][:19]


def _read(invoke, tmp_path, command: str, store: str, *clocks: str) -> str:
    """What one read command gives for the story under the clocks, whatever it writes to."""
    out = tmp_path / f"{command}-{'-'.join(clocks)}".replace(":", "")
    if command in ("log", "dump"):
        args = [command, "--ledger", store, *clocks] + (["-o", str(out)] if command == "dump" else [])
    elif command == "export":
        args = ["export", store, "--format", "json", *clocks]
    elif command in ("brief", "tables"):
        args = [command, store, "-o", str(out), *clocks]
    else:
        args = [command, store, *clocks]
    result = invoke(*args)
    assert result.exit_code in (0, 1), result.output  # audit exits 1 when it finds errors
    if out.is_dir():
        return "".join(path.read_text(encoding="utf-8") for path in sorted(out.iterdir()))
    return out.read_text(encoding="utf-8") if out.is_file() else result.output


#: Each read command, and what its output shows once the army's denial (said on 18 October) is known.
READ_COMMANDS = {
    "check": "3 claims",
    "show": "did not strike",
    "audit": "denial",
    "disputes": "did not strike",
    "sources": "The Army",
    "candidates": "relay",
    "figures": "News Agency",
    "export": "did not strike",
    "tables": "did not strike",
    "brief": "did not strike",
    "log": "claim denial",
    "dump": "did not strike",
}


def test_every_read_command_offers_both_clocks():
    """Every command that reads a ledger takes --as-of and --known-by: the list above is all of them."""
    from claimgraph.cli import COMMANDS, cli

    readers = set()
    for name in COMMANDS:
        command = cli.get_command(None, name)  # type: ignore[arg-type]
        options = {opt for param in command.params for opt in getattr(param, "opts", ())}
        if "paths" in {param.name for param in command.params} or name in ("log", "dump"):
            readers.add(name)
            assert {"--as-of", "--known-by"} <= options, name
    assert readers == set(READ_COMMANDS)


@pytest.mark.parametrize("command", sorted(READ_COMMANDS))
def test_each_read_command_reads_story_time_and_recording_time_together(story, invoke, tmp_path, command):
    """--known-by picks what was said by a day, --as-of what was recorded by a time; each command shows both."""
    first = _first_recording(invoke, story)
    before = _read(invoke, tmp_path, command, story, "--known-by", "2023-10-17", "--as-of", first)
    after = _read(invoke, tmp_path, command, story, "--known-by", "2023-10-18", "--as-of", first)
    marker = READ_COMMANDS[command]
    assert marker not in before and marker in after
    # Recording time on its own: the relayed report, withdrawn since, was held at the first recording only
    # (the brief lists it among the retracted claims, tested apart).
    if command not in ("check", "sources", "disputes", "log", "brief"):
        assert "relay" in _read(invoke, tmp_path, command, story, "--as-of", first)
        assert "relay" not in _read(invoke, tmp_path, command, story)
    bad = invoke(*(["log", "--ledger", story] if command in ("log", "dump") else ["show", story]), "--known-by", "soon")
    assert bad.exit_code == 1 and "--known-by" in bad.output and "Traceback" not in bad.output


def test_log_of_one_entry_not_yet_known_says_so(story, invoke):
    result = invoke("log", "--ledger", story, "denial", "--known-by", "2023-10-17")
    assert result.exit_code == 1 and "'denial' was not known on 2023-10-17 (--known-by)" in result.output
    shown = invoke("log", "--ledger", story, "--known-by", "2023-10-18").output
    assert "claim denial" in shown and "claim relay" in shown and "claim slip" not in shown
    assert "withdrawn by the source" in shown  # a retracted claim's history stays in its story time


def test_dump_as_known_says_so_and_checks(story, invoke, tmp_path):
    out = tmp_path / "known"
    assert invoke("dump", "--ledger", story, "--known-by", "2023-10-17", "-o", str(out)).exit_code == 0
    text = (out / "story.yaml").read_text(encoding="utf-8")
    assert text.splitlines()[0].endswith("as known on 2023-10-17)")
    assert "title: The hospital strike" in text and "denial" not in text and "At least 471" in text
    assert invoke("check", str(out)).exit_code == 0


def test_brief_of_dossiers_names_its_story_day(invoke, write, tmp_path):
    """A brief of dossiers limited by --known-by says so in its header, in the words a store's brief uses."""
    dossier = write("step1.yaml", STORY)
    out = tmp_path / "then.html"
    assert invoke("brief", str(dossier), "--known-by", "2023-10-19", "-o", str(out)).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "From the dossier step1.yaml, as known on 19 October 2023." in page
    assert invoke("brief", str(tmp_path), "--known-by", "2023-10-17", "-o", str(out)).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert f"From the dossiers in {tmp_path}, as known on 17 October 2023." in page
    assert "did not strike" not in page and "At least 500 people" in page
    assert invoke("brief", str(dossier), "-o", str(out)).exit_code == 0
    assert "as known on" not in out.read_text(encoding="utf-8")  # all that was said: no story day to name


def test_who_records_comes_from_author_or_the_environment(story, invoke, runner, monkeypatch):
    """Without --author, $CLAIMGRAPH_AUTHOR names who records; with neither, the error says how to give it."""
    from claimgraph.cli import cli

    monkeypatch.delenv("CLAIMGRAPH_AUTHOR", raising=False)
    args = ["retract", "denial", "--reason", "the army withdrew it", "--by", "source", "--ledger", story, "--cascade"]
    missing = invoke(*args)
    assert missing.exit_code == 1
    assert "give --author NAME, or set CLAIMGRAPH_AUTHOR" in missing.output and "Traceback" not in missing.output
    assert verify_store(story).head is not None and "denial" in invoke("show", story).output  # nothing written
    assert invoke(*args, "--dry-run").exit_code == 0  # a dry run records nothing, so needs no author
    done = runner.invoke(cli, args, env={"CLAIMGRAPH_AUTHOR": "dana"}, catch_exceptions=False)
    assert done.exit_code == 0, done.output
    last = json.loads(invoke("log", "--ledger", story, "--format", "json").output)[-1]
    assert last["author"] == "dana" and last["id"] == "denial"


def test_retracting_a_claim_others_refer_to_lists_them_and_cascades_on_request(story, invoke):
    """A claim with a review and a relation is not retracted alone; --cascade takes them along, never a dangling id."""
    from claimgraph.model import check_ledger
    from claimgraph.store import read_store

    head = str(verify_store(story).head)
    args = ["retract", "toll", "--reason", "the ministry withdrew it", "--by", "source", "--ledger", story]
    refused = invoke(*args, "--author", "erin")
    assert refused.exit_code == 1
    assert "claim 'toll': cannot be retracted while 2 entries refer to it" in refused.output
    assert (
        "review 'verdict' (claim)" in refused.output and "relation 'denial~contradicts~toll' (from)" in refused.output
    )
    assert "--cascade" in refused.output and str(verify_store(story).head) == head
    dry = invoke(*args, "--author", "erin", "--cascade", "--dry-run")
    assert dry.exit_code == 0 and "0 added, 0 amended, 3 retracted" in dry.output
    assert "retract review verdict" in dry.output and "retract relation denial~contradicts~toll" in dry.output
    assert "withdrawn by the source (with claim toll): the ministry withdrew it" in dry.output
    assert str(verify_store(story).head) == head  # a dry run writes nothing
    assert invoke(*args, "--author", "erin", "--cascade").exit_code == 0
    assert verify_store(story).ok
    ledger = read_store(story)
    assert ledger.claim("toll") is None and not ledger.reviews and not ledger.relations
    assert check_ledger(ledger) == []
    entries = json.loads(invoke("log", "--ledger", story, "--format", "json").output)
    gone = {e["id"]: e for e in entries[-3:]}
    assert gone["verdict"]["follows"] == "claim toll" and gone["toll"]["follows"] is None
    assert all(e["withdrawn_by"] == "source" and e["reason"] == "the ministry withdrew it" for e in gone.values())


def test_a_cascade_follows_references_to_the_end(story, invoke):
    """Retracting a source takes its claims along, and their relations and reviews."""
    result = invoke(
        "retract", "army", "--kind", "source", "--reason", "x", "--by", "analyst",
        "--ledger", story, "--author", "f", "--cascade",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "3 retracted" in result.output  # the army, its denial, and the relation to the toll
    log = invoke("log", "--ledger", story).output
    assert "removed by the desk (with source army): x" in log
    assert verify_store(story).ok


def test_a_dossier_retraction_cascades_and_what_is_recorded_never_refers_to_it(story, invoke, write):
    cascading = WITHDRAWN.replace(
        '  - {id: denial, statement: "The army did not strike the hospital.", said_by: army, said_on: 2023-10-18}\n', ""
    ).replace(
        "relations:\n  - {kind: contradicts, from: toll, to: denial, "
        "note: \"The ministry's 500 against the army's denial.\"}\n",
        "",
    )
    assert "denial" not in cascading.split("retractions")[0]
    path = write(
        "cascade.yaml", cascading + "retractions:\n  - {id: denial, reason: withdrawn, by: source, cascade: true}\n"
    )
    result = invoke("record", str(path), "--ledger", story, "--author", "g")
    assert result.exit_code == 0 and "2 retracted" in result.output, result.output
    # A dossier always holds what it refers to; through the library, a review amended while its claim is
    # retracted is refused rather than left referring to nothing.
    from attrs import evolve

    from claimgraph.errors import InputError
    from claimgraph.model import Ledger
    from claimgraph.store import Retraction, read_store, record_ledger

    review = evolve(read_store(story).reviews[0], rating="False")
    with pytest.raises(InputError, match="what is being recorded refers to it: review 'verdict'"):
        record_ledger(
            story, Ledger(reviews=(review,)), "g", retractions=[Retraction("toll", "x", "source", cascade=True)]
        )
    assert verify_store(story).ok


def test_a_stale_review_is_marked_on_its_own_card(story, invoke, tmp_path):
    """The verdict written about "at least 500" says, on its card, that the claim changed since."""
    out = tmp_path / "brief.html"
    assert invoke("brief", story, "-o", str(out)).exit_code == 0
    page = out.read_text(encoding="utf-8")
    cards = re.findall(r'<li class="review [^"]*">.*?</li>', page, flags=re.S)
    assert cards and all("Unproven" in card for card in cards)
    entries = json.loads(invoke("log", "--ledger", story, "--format", "json").output)
    changed = long_day(next(e for e in entries if e["action"] == "amend")["recorded_at"])
    for card in cards:
        assert f"Recorded before this claim changed on {changed}: the verdict may be about what it said before." in card
    first = _first_recording(invoke, story)
    assert invoke("brief", story, "--as-of", first, "-o", str(out)).exit_code == 0
    assert "Recorded before this claim changed" not in out.read_text(encoding="utf-8")


def test_a_recording_that_only_retitles_the_dossier_keeps_its_fields(story, invoke, write, tmp_path):
    """Only the title and note changed: they get a log entry of their own, and dump, brief and log show them."""
    retitled = (SETTLED + RETRACTIONS).replace('title: "The hospital strike"', 'title: "The al-Ahli strike"')
    retitled = retitled.replace("note: A story recorded in three steps.", "note: Retitled after the recount.")
    path = write("retitled.yaml", retitled)
    dry = invoke("record", str(path), "--ledger", story, "--author", "h", "--dry-run")
    assert "amend   dossier fields" in dry.output and "title: The hospital strike → The al-Ahli strike" in dry.output
    done = invoke("record", str(path), "--ledger", story, "--author", "h", "-m", "retitled")
    assert done.exit_code == 0 and "0 added, 0 amended, 0 retracted" in done.output
    assert "the dossier's own fields (title, note...) changed and were kept" in done.output
    assert verify_store(story).ok
    again = invoke("record", str(path), "--ledger", story, "--author", "h")
    assert "kept" not in again.output and str(verify_store(story).head) == done.output.split("head ")[1].strip()
    last = json.loads(invoke("log", "--ledger", story, "--format", "json").output)[-1]
    assert (last["kind"], last["id"], last["action"], last["reason"]) == ("dossier", "fields", "amend", "retitled")
    assert {c["field"] for c in last["changes"]} == {"title", "note"}
    assert invoke("dump", "--ledger", story, "-o", str(tmp_path / "out")).exit_code == 0
    dumped = (tmp_path / "out" / "story.yaml").read_text(encoding="utf-8")
    assert "title: The al-Ahli strike" in dumped and "note: Retitled after the recount." in dumped
    out = tmp_path / "brief.html"
    assert invoke("brief", story, "-o", str(out)).exit_code == 0
    assert "<title>The al-Ahli strike</title>" in out.read_text(encoding="utf-8")
    first = _first_recording(invoke, story)
    assert invoke("brief", story, "--as-of", first, "-o", str(out)).exit_code == 0
    assert "<title>The hospital strike</title>" in out.read_text(encoding="utf-8")


def test_the_dossier_fields_entry_is_under_the_hash(story, invoke, write):
    """Rewriting the kept title, or forging a dossier-fields entry with a record, is caught by verify."""
    retitled = (SETTLED + RETRACTIONS).replace('title: "The hospital strike"', 'title: "The al-Ahli strike"')
    assert invoke("record", str(write("retitled.yaml", retitled)), "--ledger", story, "--author", "h").exit_code == 0
    with sqlite3.connect(story, isolation_level=None) as raw:
        raw.execute("DROP TRIGGER entries_no_update")
        raw.execute("UPDATE entries SET note = replace(note, 'al-Ahli', 'al-Shifa') WHERE kind = 'dossier'")
    result = verify_store(story)
    assert not result.ok and "hash does not match" in str(result.broken) and "dossier" in str(result.broken)


def test_a_dossier_fields_entry_is_never_part_of_the_state():
    """Replay accepts a dossier-fields entry only as an add or amend without a record, and keeps no slot for it."""
    from claimgraph.store.replay import DOSSIER, DOSSIER_ID, apply_entry

    slots: dict = {}
    assert apply_entry(slots, 1, DOSSIER, DOSSIER_ID, "add", None) is None
    assert apply_entry(slots, 2, DOSSIER, DOSSIER_ID, "amend", None) is None and slots == {}
    assert apply_entry(slots, 3, DOSSIER, DOSSIER_ID, "amend", '{"title":"x"}') is not None
    assert apply_entry(slots, 4, DOSSIER, DOSSIER_ID, "retract", None) is not None
    assert apply_entry(slots, 5, DOSSIER, "other", "add", None) is not None


def test_an_export_limited_to_a_story_day_says_so(story, invoke):
    """The head an export records comes with the story day it was cut to."""
    yaml_text = invoke("export", story, "--format", "yaml", "--known-by", "2023-10-17").output
    assert yaml_text.splitlines()[0].endswith("as known on 2023-10-17)") and "denial" not in yaml_text
    stamp = json.loads(invoke("export", story, "--known-by", "2023-10-17").output)["ledger_head"]
    assert stamp["known_by"] == "2023-10-17"
    assert "known_by" not in json.loads(invoke("export", story).output)["ledger_head"]
