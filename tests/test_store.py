"""The ledger store: recording, history, as-of reads, verification, dumps and bad files."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from attrs import evolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.errors import InputError, LedgerBusy
from claimgraph.io import read_ledger
from claimgraph.model import Claim, Document, Ledger, Relation, Source, to_fields
from claimgraph.store import (
    claim_status,
    dump_store,
    history,
    init_store,
    is_store,
    load_ledger,
    read_store,
    record_ledger,
    retracted_entries,
    verify_store,
)

FOUNDING = Path(__file__).resolve().parents[1] / "claims" / "rafah-2026-02-04.yaml"

T0 = dt.datetime(2026, 2, 4, 9, 0, tzinfo=dt.UTC)


def _at(hours: float) -> dt.datetime:
    return T0 + dt.timedelta(hours=hours)


def _records(ledger: Ledger) -> list[tuple[str, dict]]:
    """Every entry with its text, in order: what "the same state" means."""
    return [
        (type(entry).__name__, to_fields(entry, with_text=True))
        for section in ("sources", "documents", "claims", "relations", "questions", "reviews")
        for entry in getattr(ledger, section)
    ]


def _sources() -> list[Source]:
    return [
        Source(id="prcs", name="Palestinian Red Crescent Society", kind="ngo"),
        Source(id="cogat", name="COGAT", kind="military"),
    ]


def _ledger(*claims: Claim, relations: tuple[Relation, ...] = (), documents=()) -> Ledger:
    return Ledger(sources=_sources(), documents=documents, claims=claims, relations=relations)


OPEN = Claim(id="open", statement="The crossing remained open.", said_by="cogat")
SHUT = Claim(id="shut", statement="The evacuation was cancelled.", said_by="prcs")
CLASH = Relation(kind="contradicts", source="open", target="shut", note="open vs cancelled")


@pytest.fixture
def store(tmp_path) -> Path:
    """An empty ledger store."""
    path = tmp_path / "ledger.db"
    assert init_store(path) is True
    return path


def _raw(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection, as someone editing the file by hand would use."""
    return sqlite3.connect(path, isolation_level=None)


# --- creating and recording ---------------------------------------------------------------------


def test_init_creates_a_sqlite_ledger_with_a_rollback_journal_and_accepts_an_existing_one(store):
    """init makes a SQLite file (rollback journal, so readers write nothing) with the tables and views;
    a second init changes nothing."""
    assert store.read_bytes()[:16] == b"SQLite format 3\x00" and is_store(store)
    with _raw(store) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        names = {row[0] for row in raw.execute("SELECT name FROM sqlite_schema")}
    assert {
        "entries",
        "state",
        "claims",
        "sources",
        "documents",
        "relations",
        "questions",
        "reviews",
        "retracted",
        "tree",
        "checkpoints",
    } <= names
    assert init_store(store) is False
    assert read_store(store) == Ledger()


def test_init_refuses_to_overwrite_another_file(write):
    """init on a file that is not a ledger fails and leaves the file alone."""
    other = write("notes.db", "my notes\n")
    with pytest.raises(InputError, match="not a claimgraph ledger"):
        init_store(other)
    assert other.read_text() == "my notes\n"


def test_record_then_read_gives_the_same_ledger_with_document_text(store, minimal):
    """Recorded entries read back equal, in order, document text included: the store is self-contained."""
    ledger = read_ledger([minimal])
    summary = record_ledger(store, ledger, "alice")
    assert (summary.added, summary.amended, summary.retracted, summary.unchanged) == (8, 0, 0, 0)
    again = read_store(store)
    assert _records(again) == _records(ledger)
    assert again.documents[0].text == ledger.documents[0].text


def test_recording_the_same_ledger_twice_appends_nothing(store, minimal):
    """Recording is idempotent: the second time every entry is unchanged and the log does not grow."""
    ledger = read_ledger([minimal])
    record_ledger(store, ledger, "alice")
    before = history(store)
    summary = record_ledger(store, ledger, "bob")
    assert summary.changed == 0 and summary.unchanged == 8
    assert history(store) == before


def test_changed_entry_is_amended_and_history_names_the_changed_fields(store):
    """A changed claim is appended as an amendment; its history lists add then amend with the fields that changed."""
    record_ledger(store, _ledger(OPEN, SHUT), "alice", at=_at(0))
    changed = evolve(OPEN, statement="The crossing stayed open all day.", cue="said")
    summary = record_ledger(store, _ledger(changed, SHUT), "bob", at=_at(1))
    assert (summary.added, summary.amended, summary.unchanged) == (0, 1, 3)
    log = history(store, "open")
    assert [(e.action, e.author) for e in log] == [("add", "alice"), ("amend", "bob")]
    assert log[1].changed == ("cue", "statement")
    assert log[1].record["statement"] == "The crossing stayed open all day."
    assert read_store(store).claim("open") == changed


def test_missing_entries_stay_unless_retract_missing(store):
    """An entry the new ledger lacks is kept by default and retracted only with retract_missing."""
    record_ledger(store, _ledger(OPEN, SHUT), "alice")
    assert record_ledger(store, _ledger(OPEN), "alice").retracted == 0
    assert read_store(store).claim("shut") == SHUT
    summary = record_ledger(store, _ledger(OPEN), "alice", retract_missing=True)
    assert summary.retracted == 1
    assert read_store(store).claim("shut") is None
    assert history(store, "shut")[-1].action == "retract"
    assert retracted_entries(store).claims == (SHUT,)


def test_re_added_entry_keeps_its_first_place(store):
    """A retracted entry added again is an add, and the ledger keeps the order of first addition."""
    record_ledger(store, _ledger(OPEN, SHUT), "alice")
    record_ledger(store, _ledger(SHUT), "alice", retract_missing=True)
    record_ledger(store, _ledger(SHUT, OPEN), "alice")
    assert [c.id for c in read_store(store).claims] == ["open", "shut"]
    assert [e.action for e in history(store, "open")] == ["add", "retract", "add"]
    assert verify_store(store).ok


def test_relation_to_a_retracted_claim_is_refused_and_nothing_is_written(store):
    """Recording a relation to a claim that was retracted fails naming it, and appends nothing."""
    record_ledger(store, _ledger(OPEN, SHUT), "alice")
    record_ledger(store, _ledger(OPEN), "alice", retract_missing=True)
    before = history(store)
    with pytest.raises(InputError) as caught:
        record_ledger(store, Ledger(relations=[CLASH]), "alice")
    assert "relation 'open~contradicts~shut'" in str(caught.value)
    assert "unknown claim 'shut'" in str(caught.value)
    assert history(store) == before


def test_result_is_checked_as_a_whole(store):
    """A relation that clashes with a stored one on the same pair is refused, though each ledger alone is sound."""
    record_ledger(store, _ledger(OPEN, SHUT, relations=(CLASH,)), "alice")
    agrees = Relation(kind="supports", source="open", target="shut")
    with pytest.raises(InputError, match="both support and contradict"):
        record_ledger(store, _ledger(OPEN, SHUT, relations=(agrees,)), "alice")
    assert read_store(store).relations == (CLASH,)


def test_dry_run_counts_changes_and_writes_nothing(store):
    """dry_run reports what would be appended and leaves the log as it was."""
    summary = record_ledger(store, _ledger(OPEN), "alice", dry_run=True)
    assert summary.added == 3
    assert history(store) == () and read_store(store) == Ledger()


def test_author_is_required(store):
    """An empty author is refused before anything is written."""
    with pytest.raises(InputError, match="author is missing"):
        record_ledger(store, _ledger(OPEN), "  ")


def test_document_with_unread_text_file_is_refused(store):
    """A document that names a text file whose text was not read cannot be recorded: the store must hold it."""
    document = Document(id="art", title="Article", text_file="art.txt")
    with pytest.raises(InputError, match=r"text_file: the text of art\.txt was not read"):
        record_ledger(store, Ledger(documents=[document]), "alice")


def test_nan_values_never_reach_the_store():
    """A NaN cannot be spelled in canonical JSON: the model refuses it, so no ledger to record can hold one."""
    with pytest.raises(ValueError, match="not a finite number"):
        Claim(
            id="odd",
            statement="Odd.",
            said_by="prcs",
            proposition={"subject": "x", "property": "y", "value": float("nan")},
        )


# --- time: as-of reads and status ---------------------------------------------------------------


def test_as_of_reads_the_ledger_as_it_stood(store):
    """as_of rebuilds the state from the entries recorded by then; a date means the end of that day."""
    record_ledger(store, _ledger(OPEN), "alice", at=_at(0))
    record_ledger(store, _ledger(OPEN, SHUT), "alice", at=_at(2))
    record_ledger(store, _ledger(SHUT), "alice", at=_at(26), retract_missing=True)
    assert read_store(store, as_of="2026-02-04T09:30Z").claims == (OPEN,)
    assert read_store(store, as_of="2026-02-04T13:00+02:00").claims == (OPEN, SHUT)
    assert read_store(store, as_of="2026-02-04").claims == (OPEN, SHUT)
    assert read_store(store, as_of="2026-02-05T12:00").claims == (SHUT,)
    assert read_store(store, as_of="2026-02-03") == Ledger()
    with pytest.raises(InputError, match="not an ISO 8601"):
        read_store(store, as_of="yesterday")


def test_recording_time_never_goes_backwards(store):
    """A recording time before the last entry's is raised to it, so as_of always selects a prefix of the log."""
    record_ledger(store, _ledger(OPEN), "alice", at=_at(5))
    record_ledger(store, _ledger(OPEN, SHUT), "alice", at=_at(1))
    times = [e.recorded_at for e in history(store)]
    assert times == sorted(times) and times[-1] == "2026-02-04T14:00:00.000000Z"


def test_claim_status_marks_amended_and_retracted_claims(store):
    """claim_status says which claims were amended or retracted, now and as of a past time."""
    record_ledger(store, _ledger(OPEN, SHUT), "alice", at=_at(0))
    record_ledger(store, _ledger(evolve(OPEN, note="checked"), SHUT), "alice", at=_at(1))
    record_ledger(store, _ledger(evolve(OPEN, note="checked")), "alice", at=_at(2), retract_missing=True)
    assert claim_status(store) == {"open": "amended", "shut": "retracted"}
    assert claim_status(store, as_of="2026-02-04T10:30Z") == {"open": "amended"}
    assert claim_status(store, as_of="2026-02-04T09:00Z") == {}
    assert retracted_entries(store, as_of="2026-02-04T10:30Z") == Ledger()


# --- load_ledger: every read command ------------------------------------------------------------


def test_load_ledger_recognises_a_store_by_content_not_name(tmp_path, minimal):
    """A store named like a dossier is still read as a store, with --as-of."""
    path = tmp_path / "looks-like.yaml"
    init_store(path)
    record_ledger(path, read_ledger([minimal]), "alice", at=_at(0))
    assert _records(load_ledger([path])) == _records(read_ledger([minimal]))
    assert load_ledger([str(path)], as_of="2026-02-05").claims == read_ledger([minimal]).claims


def test_load_ledger_refuses_mixing_a_store_with_dossiers(store, minimal):
    """A store must be named alone; --as-of on dossiers is refused."""
    with pytest.raises(InputError, match="must be named alone"):
        load_ledger([minimal, store])
    with pytest.raises(InputError, match="needs a ledger store"):
        load_ledger([minimal], as_of="2026-02-04")


def test_load_ledger_as_of_before_anything_was_recorded_is_explained(store):
    """An --as-of before the first entry is an error that says so, not a silently empty ledger."""
    record_ledger(store, _ledger(OPEN), "alice", at=_at(0))
    with pytest.raises(InputError, match="held nothing yet at 2020-01-01"):
        load_ledger([store], as_of="2020-01-01")


# --- dump ---------------------------------------------------------------------------------------


def test_dump_round_trips_and_is_deterministic(store, tmp_path, write):
    """A dump reads back to the same ledger (texts too), writes the same bytes twice, and records unchanged."""
    folder = tmp_path / "src"
    write("src/art.txt", "COGAT claimed the crossing remained open.\n")
    dossier = write(
        "src/story.yaml",
        """
        sources:
          - {id: cogat, name: COGAT, kind: military}
        documents:
          - {id: art, title: Article, text_file: art.txt}
        claims:
          - {id: open, statement: Open., said_by: cogat, document: art, quote: the crossing remained open}
    """,
    )
    ledger = read_ledger([dossier])
    record_ledger(store, ledger, "alice")
    written = dump_store(store, tmp_path / "out")
    assert [p.name for p in written] == ["ledger.yaml", "art.txt"]
    first = {p.name: p.read_bytes() for p in written}
    dump_store(store, tmp_path / "out")
    assert {p.name: p.read_bytes() for p in written} == first
    again = read_ledger([tmp_path / "out"])
    assert _records(again) == _records(ledger)
    assert record_ledger(store, again, "bob").changed == 0
    assert folder.exists()


def test_dump_refuses_a_text_file_outside_the_folder(store, tmp_path):
    """A document whose text_file climbs out of the dump folder is refused, nothing written outside."""
    document = Document(id="art", title="Article", text_file="../escape.txt", text="hi")
    record_ledger(store, Ledger(documents=[document]), "alice")
    with pytest.raises(InputError, match="lies outside the dump folder"):
        dump_store(store, tmp_path / "out")
    assert not (tmp_path / "escape.txt").exists()


@pytest.mark.skipif(not FOUNDING.exists(), reason="the founding dossier is not written yet")
def test_founding_dossier_round_trips_through_a_store(founding_ledger, store, tmp_path):
    """The founding dossier recorded, dumped and recorded into a fresh store gives the same state."""
    ledger = founding_ledger
    record_ledger(store, ledger, "founders")
    dump_store(store, tmp_path / "out")
    fresh = tmp_path / "fresh.db"
    init_store(fresh)
    record_ledger(fresh, read_ledger([tmp_path / "out"]), "founders")
    assert _records(read_store(fresh)) == _records(read_store(store)) == _records(ledger)


# --- tamper evidence ----------------------------------------------------------------------------


@pytest.fixture
def recorded(store) -> Path:
    """A store with three recordings: adds, an amendment and a retraction (9 entries)."""
    record_ledger(store, _ledger(OPEN, SHUT, relations=(CLASH,)), "alice", at=_at(0))
    record_ledger(store, _ledger(evolve(OPEN, note="n"), SHUT, relations=(CLASH,)), "bob", at=_at(1))
    record_ledger(store, _ledger(evolve(OPEN, note="n"), SHUT), "bob", at=_at(2), retract_missing=True)
    assert verify_store(store).ok and verify_store(store).entries == 7
    return store


def test_entries_refuse_update_and_delete(recorded):
    """The append-only triggers stop a plain UPDATE or DELETE on entries."""
    with _raw(recorded) as raw:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            raw.execute("UPDATE entries SET author = 'mallory' WHERE seq = 1")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            raw.execute("DELETE FROM entries WHERE seq = 7")
    assert verify_store(recorded).ok


def _tamper(path: Path, *statements: str) -> None:
    with _raw(path) as raw:
        raw.execute("DROP TRIGGER entries_no_update")
        raw.execute("DROP TRIGGER entries_no_delete")
        for statement in statements:
            raw.execute(statement)


@pytest.mark.parametrize(
    ("statements", "seq", "says"),
    [
        (["UPDATE entries SET record = replace(record, 'remained', 'was') WHERE seq = 3"], 3, "hash does not match"),
        (["UPDATE entries SET record = replace(record, ':', ': ') WHERE seq = 2"], 2, "hash does not match"),
        (["UPDATE entries SET hash = '" + "ab" * 32 + "' WHERE seq = 4"], 4, "hash does not match"),
        (["UPDATE entries SET author = 'mallory' WHERE seq = 6"], 6, "hash does not match"),
        (["UPDATE entries SET recorded_at = '2026-01-01T00:00:00.000000Z' WHERE seq = 5"], 5, "hash does not match"),
        (
            [
                "UPDATE entries SET seq = 100 WHERE seq = 3",
                "UPDATE entries SET seq = 3 WHERE seq = 4",
                "UPDATE entries SET seq = 4 WHERE seq = 100",
            ],
            3,
            "prev_hash does not match entry #2",
        ),
        (["DELETE FROM entries WHERE seq = 5"], 6, "where entry #5 should"),
    ],
)
def test_verify_names_the_first_tampered_entry(recorded, statements, seq, says):
    """Editing a past entry's JSON, hash, author, time or order with sqlite3 makes verify fail at that entry."""
    _tamper(recorded, *statements)
    result = verify_store(recorded)
    assert not result.ok
    assert result.broken.seq == seq and says in result.broken.message
    assert f"entry #{seq}" in str(result.broken)


def test_verify_catches_a_rewritten_entry_with_a_recomputed_hash(recorded):
    """Recomputing an edited entry's own hash shows at that entry: the Merkle tree took in its old hash."""
    from claimgraph.store.chain import entry_hash

    with _raw(recorded) as raw:
        row = raw.execute(
            "SELECT seq, kind, entry_id, action, author, recorded_at, record, prev_hash FROM entries WHERE seq = 3"
        ).fetchone()
    forged = row[6].replace("remained", "was")
    digest = entry_hash(*row[:6], forged, row[7])
    _tamper(recorded, f"UPDATE entries SET record = '{forged}', hash = '{digest}' WHERE seq = 3")
    broken = verify_store(recorded).broken
    assert broken.seq == 3 and "the entry was rewritten and its hash recomputed" in broken.message


def test_verify_catches_an_edited_current_state(recorded):
    """The state table is derived from the log: editing it by hand is reported too."""
    with _raw(recorded) as raw:
        raw.execute("UPDATE state SET record = replace(record, 'cancelled', 'delayed') WHERE entry_id = 'shut'")
    result = verify_store(recorded)
    assert not result.ok and result.broken.seq is None
    assert "claim 'shut'" in str(result.broken) and "state table was edited" in result.broken.message


# --- bad files ----------------------------------------------------------------------------------


def test_bad_files_are_refused_with_clear_messages(tmp_path, write):
    """Missing, empty, text and foreign SQLite files are each refused with what is wrong and how to fix it."""
    foreign = tmp_path / "other.db"
    with _raw(foreign) as raw:
        raw.execute("CREATE TABLE t (x)")
    cases = {
        tmp_path / "missing.db": "does not exist",
        write("empty.db", ""): "is empty, not a ledger",
        write("story.yaml", "claims: []\n"): "not a SQLite database",
        write("junk.db", b"SQLite format 3\x00" + b"\xff" * 200): "is damaged: its SQLite header is not valid",
        foreign: "is a SQLite database but not a claimgraph ledger",
    }
    for path, message in cases.items():
        for action in (read_store, verify_store, history):
            with pytest.raises(InputError, match=message) as caught:
                action(path)
            assert caught.value.problems[0].hint
        with pytest.raises(InputError, match=message):
            record_ledger(path, _ledger(OPEN), "alice")


def test_newer_schema_is_refused_with_an_upgrade_hint(store):
    """A ledger from a newer claimgraph (higher schema version) is refused, saying to upgrade."""
    with _raw(store) as raw:
        raw.execute("PRAGMA user_version = 99")
    with pytest.raises(InputError) as caught:
        read_store(store)
    problem = caught.value.problems[0]
    assert "newer claimgraph (ledger schema 99" in problem.message and "upgrade" in problem.hint


def test_disk_full_leaves_the_ledger_as_it_was(store, monkeypatch):
    """When the disk fills mid-record (simulated with max_page_count), nothing is recorded and verify passes."""
    record_ledger(store, _ledger(OPEN), "alice")
    before = history(store)
    real = sqlite3.connect

    def small_disk(database, *args, **kwargs):
        connection = real(database, *args, **kwargs)
        if "mode=rw" in str(database):
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count = {pages + 3}")
        return connection

    monkeypatch.setattr(sqlite3, "connect", small_disk)
    many = [Claim(id=f"c{i}", statement=f"Statement {i} " + "x" * 200, said_by="prcs") for i in range(2000)]
    with pytest.raises(InputError, match="disk is full"):
        record_ledger(store, _ledger(*many), "alice")
    monkeypatch.undo()
    assert history(store) == before and verify_store(store).ok


def _as_nobody(function, *args):
    """Run ``function(*args)`` in a child process without root's power to ignore file permissions."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.close(reader)
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            try:
                outcome = ("ok", function(*args))
            except InputError as exc:
                outcome = ("error", str(exc))
            with os.fdopen(writer, "wb") as stream:
                pickle.dump(outcome, stream)
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as stream:
        data = stream.read()
    os.waitpid(pid, 0)
    return pickle.loads(data)


@pytest.mark.parametrize("folder_writable", [True, False])
def test_read_only_ledger_is_read_but_not_written(folder_writable):
    """A read-only ledger (in a writable folder or not) is readable; recording into it fails clearly."""
    folder = Path(tempfile.mkdtemp(prefix="claimgraph-ro-"))
    try:
        path = folder / "ledger.db"
        init_store(path)
        record_ledger(path, _ledger(OPEN), "alice")
        path.chmod(0o444)
        folder.chmod(0o777 if folder_writable else 0o555)
        status, value = _as_nobody(lambda: [c.id for c in read_store(path).claims])
        assert (status, value) == ("ok", ["open"])
        status, value = _as_nobody(lambda: verify_store(path).ok)
        assert (status, value) == ("ok", True)
        status, value = _as_nobody(lambda: record_ledger(path, _ledger(OPEN, SHUT), "alice"))
        assert status == "error" and "is read-only: cannot record into it" in value
        folder.chmod(0o755)
        path.chmod(0o644)
        assert [c.id for c in read_store(path).claims] == ["open"] and verify_store(path).ok
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_busy_ledger_gives_up_after_the_wait(store):
    """While another connection holds the write lock, record waits at most `wait` and then says the ledger is busy."""
    holder = _raw(store)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = dt.datetime.now()
        with pytest.raises(LedgerBusy, match="ledger busy") as caught:
            record_ledger(store, _ledger(OPEN), "alice", wait=0.3)
        elapsed = (dt.datetime.now() - started).total_seconds()
        assert 0.25 <= elapsed < 5
        assert "waited 0.3 s" in str(caught.value)
        assert _records(read_store(store)) == []  # readers are not blocked by a writer
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert record_ledger(store, _ledger(OPEN), "alice").added == 3


# --- Hypothesis: random histories ---------------------------------------------------------------

_CLAIM_IDS = ("c0", "c1", "c2", "c3", "c4")


@st.composite
def _states(draw) -> Ledger:
    """A consistent ledger over a small universe of ids, so successive states add, amend and retract."""
    sources = [
        Source(id="s0", name="Source zero", kind="ngo"),
        Source(id="s1", name=draw(st.sampled_from(["Source one", "Source 1"])), kind="military"),
    ]
    documents = []
    if draw(st.booleans()):
        documents.append(Document(id="doc", title="Doc", text=draw(st.sampled_from(["a", "b\nc", "é ✓"]))))
    claims = []
    for claim_id in _CLAIM_IDS:
        if draw(st.booleans()):
            claims.append(
                Claim(
                    id=claim_id,
                    statement=draw(st.sampled_from(["Open.", "Shut.", "Late."])),
                    said_by=draw(st.sampled_from(["s0", "s1"])),
                    document="doc" if documents and draw(st.booleans()) else None,
                )
            )
    present = [c.id for c in claims]
    relations = []
    for index, first in enumerate(present):
        for second in present[index + 1 :]:
            kind = draw(st.sampled_from([None, "supports", "contradicts"]))
            if kind:
                relations.append(
                    Relation(kind=kind, source=first, target=second, note=draw(st.sampled_from([None, "why"])))
                )
    return Ledger(sources=sources, documents=documents, claims=claims, relations=relations)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_states(), min_size=1, max_size=5))
def test_random_histories_dump_and_record_into_a_fresh_ledger_give_the_same_state(states):
    """Random add/amend/retract histories: each state reads back, as_of sees each past state, the chain
    verifies, and dump → record into a fresh ledger gives the same current state."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ledger.db"
        init_store(path)
        for hour, state in enumerate(states):
            record_ledger(path, state, "author", retract_missing=True, at=_at(hour))
            assert {key for key, _ in _records(read_store(path))} <= {"Source", "Document", "Claim", "Relation"}
            assert sorted(map(repr, _records(read_store(path)))) == sorted(map(repr, _records(state)))
        for hour, state in enumerate(states):
            as_of = read_store(path, as_of=_at(hour).isoformat())
            assert sorted(map(repr, _records(as_of))) == sorted(map(repr, _records(state)))
        assert verify_store(path).ok
        assert record_ledger(path, states[-1], "author", retract_missing=True).changed == 0
        dump_store(path, Path(folder) / "out")
        fresh = Path(folder) / "fresh.db"
        init_store(fresh)
        record_ledger(fresh, read_ledger([Path(folder) / "out"]), "other")
        assert _records(read_store(fresh)) == _records(read_store(path))
