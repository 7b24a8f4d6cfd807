"""The ledger commands (ledger init, record, log, verify, dump), ledgers in read commands, and
the store's reliability across processes: a kill mid-record, two recorders at once, racing inits."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from claimgraph.errors import InputError
from claimgraph.io import read_ledger
from claimgraph.model import to_fields
from claimgraph.store import history, read_store, verify_store

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def store(tmp_path, invoke) -> Path:
    """An empty ledger made with ``ledger init``."""
    path = tmp_path / "ledger.db"
    result = invoke("ledger", "init", path)
    assert result.exit_code == 0, result.output
    assert result.output == f"created ledger {path}\n"
    return path


def _record(invoke, store, *dossiers, author="alice", extra=()):
    return invoke("record", *dossiers, "--ledger", store, "--author", author, *extra)


def _amended(write, minimal) -> Path:
    text = minimal.read_text().replace("The crossing remained open.", "The crossing stayed open.")
    return write("amended.yaml", text)


# --- the commands -------------------------------------------------------------------------------


def test_init_twice_and_on_another_file(store, invoke, write):
    """ledger init leaves an existing ledger alone and refuses to overwrite a dossier."""
    result = invoke("ledger", "init", store)
    assert result.exit_code == 0, result.output
    assert "already a ledger; left unchanged" in result.output
    dossier = write("story.yaml", "claims: []\n")
    result = invoke("ledger", "init", dossier)
    assert result.exit_code == 1
    assert "not a claimgraph ledger" in result.output and dossier.read_text() == "claims: []\n"


def test_record_appends_only_changes(store, invoke, minimal, write):
    """record reports adds, then nothing on a repeat, then one amendment; --dry-run writes nothing."""
    result = _record(invoke, store, minimal)
    assert result.exit_code == 0, result.output
    head = str(verify_store(store).head)
    assert result.output == f"recorded into {store}: 8 added, 0 amended, 0 retracted, 0 unchanged\nhead {head}\n"
    result = _record(invoke, store, minimal)
    assert result.output == f"recorded into {store}: 0 added, 0 amended, 0 retracted, 8 unchanged\nhead {head}\n"
    amended = _amended(write, minimal)
    result = _record(invoke, store, amended, extra=["--dry-run"])
    assert result.output.startswith(f"would record into {store}: 0 added, 1 amended")
    assert len(history(store)) == 8
    result = _record(invoke, store, amended, author="bob")
    assert result.output.startswith(f"recorded into {store}: 0 added, 1 amended, 0 retracted, 7 unchanged\nhead 9:")


def test_record_retracts_only_with_retract_missing(store, invoke, minimal, write):
    """Entries missing from the dossier stay unless --retract-missing is given."""
    _record(invoke, store, minimal)
    smaller = write("smaller.yaml", minimal.read_text().split("relations:")[0])
    assert "0 retracted" in _record(invoke, store, smaller).output
    result = _record(invoke, store, smaller, extra=["--retract-missing"])
    assert result.exit_code == 0, result.output
    assert "1 retracted" in result.output
    assert read_store(store).relations == ()


def test_record_refuses_bad_input_and_missing_ledger(store, invoke, write, tmp_path, minimal):
    """A bad dossier or a missing ledger fails with a clear message and records nothing."""
    bad = write("bad.yaml", "claims:\n  - {id: x, statement: X, said_by: nobody}\n")
    result = _record(invoke, store, bad)
    assert result.exit_code == 1
    assert "refers to unknown source 'nobody'" in result.output
    assert history(store) == ()
    missing = tmp_path / "missing.db"
    result = _record(invoke, missing, minimal)
    assert result.exit_code == 1
    assert f"does not exist (fix: create the ledger with: claimgraph ledger init {missing})" in result.output
    assert not missing.exists()


def test_record_copies_another_ledgers_current_state(store, invoke, minimal, tmp_path):
    """A ledger store named as the input records its current state into another ledger."""
    _record(invoke, store, minimal)
    copy = tmp_path / "copy.db"
    invoke("ledger", "init", copy)
    result = _record(invoke, copy, store, author="bob")
    assert result.exit_code == 0, result.output
    assert "8 added" in result.output and _state(copy) == _state(store)


def test_log_shows_the_ledger_and_one_entry(store, invoke, minimal, write):
    """log lists every entry; log ID shows one entry's add and amendment with the changed field."""
    _record(invoke, store, minimal)
    _record(invoke, store, _amended(write, minimal), author="bob")
    result = invoke("log", "--ledger", store)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 9 and lines[0].startswith("#1 ") and "add" in lines[0] and "source prcs" in lines[0]
    result = invoke("log", "--ledger", store, "open")
    lines = result.output.splitlines()
    assert len(lines) == 2
    assert "alice" in lines[0] and "add" in lines[0] and "claim open" in lines[0]
    assert "bob" in lines[1] and "amend" in lines[1] and lines[1].endswith("claim open  (statement)")
    result = invoke("log", "--ledger", store, "nowhere")
    assert result.exit_code == 1 and "no entry has the id 'nowhere'" in result.output


def test_verify_passes_then_names_the_tampered_entry(store, invoke, minimal):
    """verify prints ok and the head hash; after an edit with sqlite3 it exits 1 naming the entry."""
    _record(invoke, store, minimal)
    result = invoke("verify", "--ledger", store)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"ok: {store}: 8 entries") and f"head {verify_store(store).head}" in result.output
    with sqlite3.connect(store) as raw:
        raw.execute("DROP TRIGGER entries_no_update")
        raw.execute("UPDATE entries SET record = replace(record, 'cancelled', 'postponed') WHERE seq = 6")
    result = invoke("verify", "--ledger", store)
    assert result.exit_code == 1
    assert f"error: {store}: entry #6 (claim 'cancelled'): its hash does not match its content" in result.output


def test_dump_writes_a_dossier_that_checks_and_exports_the_same(store, invoke, minimal, tmp_path):
    """dump writes the current state as a dossier; it exports to the same JSON as the ledger and the original."""
    _record(invoke, store, minimal)
    result = invoke("dump", "--ledger", store, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert f"wrote {tmp_path / 'out' / 'ledger.yaml'}" in result.output
    exports = [json.loads(invoke("export", path).output) for path in (minimal, store, tmp_path / "out")]
    assert exports[1].pop("ledger_head")["head"] == str(verify_store(store).head)  # only the store has a head
    assert exports[0] == exports[1] == exports[2]


def test_read_commands_take_a_ledger_and_as_of(store, invoke, minimal, write):
    """check, show and export read a ledger store, now or --as-of a time before a change."""
    _record(invoke, store, minimal)
    stamp = history(store)[-1].recorded_at
    time.sleep(0.01)
    _record(invoke, store, _amended(write, minimal))
    for command in ("check", "show", "export"):
        result = invoke(command, store)
        assert result.exit_code == 0, result.output
    assert "The crossing stayed open." in invoke("show", store).output
    before = invoke("show", store, "--as-of", stamp)
    assert before.exit_code == 0, before.output
    assert "The crossing remained open." in before.output and "stayed open" not in before.output
    exported = json.loads(invoke("export", store, "--as-of", stamp).output)
    assert exported.pop("ledger_head")["entries"] == 8
    assert exported == json.loads(invoke("export", minimal).output)


def test_read_commands_explain_bad_as_of_and_mixed_inputs(store, invoke, minimal):
    """A bad --as-of, --as-of on a dossier, and a store mixed with dossiers each fail clearly."""
    _record(invoke, store, minimal)
    cases = {
        ("check", store, "--as-of", "last week"): "--as-of 'last week' is not an ISO 8601 date or time",
        ("check", minimal, "--as-of", "2026-02-04"): "--as-of needs a ledger store",
        ("check", minimal, store): "must be named alone",
        ("check", store, "--as-of", "1999-01-01"): "held nothing yet at 1999-01-01",
    }
    for args, message in cases.items():
        result = invoke(*args)
        assert result.exit_code == 1 and message in result.output, result.output


def test_busy_ledger_is_reported_after_the_wait(store, invoke, minimal):
    """record --wait gives up with "ledger busy" while another process holds the write lock."""
    holder = sqlite3.connect(store, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        result = _record(invoke, store, minimal, extra=["--wait", "0.2"])
        assert time.monotonic() - started < 5
        assert result.exit_code == 1
        assert "ledger busy: another process is writing to it (waited 0.2 s)" in result.output
    finally:
        holder.execute("ROLLBACK")
        holder.close()


# --- across processes: kills and concurrent recorders -------------------------------------------

#: Runs the CLI in a child process whose SQLite connections stop at the Nth entry inserted:
#: ``kill`` sends itself SIGKILL there (mid-transaction); ``hold`` touches a marker file and
#: sleeps there, holding the write lock, then carries on.
HARNESS = r"""
import os, signal, sqlite3, sys, time
mode, at, marker, pause = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4])
real = sqlite3.connect
def connect(*args, **kwargs):
    connection = real(*args, **kwargs)
    seen = 0
    def trace(statement):
        nonlocal seen
        if statement.startswith("INSERT INTO entries"):
            seen += 1
            if seen == at:
                open(marker, "w").close()
                if mode == "kill":
                    os.kill(os.getpid(), signal.SIGKILL)
                time.sleep(pause)
    connection.set_trace_callback(trace)
    return connection
sqlite3.connect = connect
from claimgraph.cli import cli
cli(sys.argv[5:], prog_name="claimgraph")
"""


def _harness(mode: str, at: int, marker: Path, pause: float, *args) -> subprocess.Popen:
    command = [sys.executable, "-c", HARNESS, mode, str(at), str(marker), str(pause), *map(str, args)]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _big_dossier(path: Path, prefix: str, count: int) -> Path:
    lines = [
        "sources:",
        "  - {id: src-a, name: Source A, kind: ngo}",
        "  - {id: src-b, name: Source B, kind: military}",
        "claims:",
    ]
    lines.extend(
        f"  - {{id: {prefix}-{i}, statement: Statement {i} of {prefix} about the crossing, "
        f"said_by: src-{'ab'[i % 2]}, said_on: 2026-02-04, cue: said}}"
        for i in range(count)
    )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _wait_for(marker: Path, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not marker.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the child never reached the marked point"
        time.sleep(0.02)


def _state(path: Path) -> list:
    ledger = read_store(path)
    return [
        to_fields(entry, with_text=True)
        for section in ("sources", "documents", "claims", "relations")
        for entry in getattr(ledger, section)
    ]


def test_kill_mid_record_leaves_the_ledger_as_before(store, invoke, minimal, tmp_path):
    """A record of 20,000 claims killed (SIGKILL) halfway through its inserts leaves the ledger as it was."""
    _record(invoke, store, minimal)
    before, log_before = _state(store), history(store)
    big = _big_dossier(tmp_path / "big.yaml", "big", 20_000)
    marker = tmp_path / "reached"
    child = _harness("kill", 10_000, marker, 0, "record", big, "--ledger", store, "--author", "killed")
    child.communicate(timeout=300)
    assert child.returncode == -signal.SIGKILL and marker.exists()
    result = invoke("verify", "--ledger", store)
    assert result.exit_code == 0, result.output
    assert "8 entries" in result.output
    assert _state(store) == before and history(store) == log_before
    result = _record(invoke, store, big)
    assert result.exit_code == 0, result.output
    assert "20002 added" in result.output and verify_store(store).ok


def test_two_processes_recording_at_once_both_succeed(store, tmp_path):
    """While one process holds the ledger mid-record, a second waits, then records; nothing is lost."""
    first = _big_dossier(tmp_path / "first.yaml", "first", 2_000)
    second = _big_dossier(tmp_path / "second.yaml", "second", 2_000)
    marker = tmp_path / "holding"
    holder = _harness("hold", 10, marker, 1.5, "record", first, "--ledger", store, "--author", "one")
    _wait_for(marker, holder)
    waiter = subprocess.run(
        [sys.executable, "-m", "claimgraph", "record", second, "--ledger", store, "--author", "two"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    holder_out, holder_err = holder.communicate(timeout=120)
    assert holder.returncode == 0, holder_err
    assert waiter.returncode == 0, waiter.stderr
    assert "2002 added" in holder_out
    assert "2000 added" in waiter.stdout and "2 unchanged" in waiter.stdout
    log = history(store)
    assert len(log) == 4_002 and [e.seq for e in log] == list(range(1, 4_003))
    assert {e.author for e in log[:2_002]} == {"one"} and {e.author for e in log[2_002:]} == {"two"}
    assert verify_store(store).ok
    assert len(read_store(store).claims) == 4_000


def test_second_recorder_gets_ledger_busy_after_a_bounded_wait(store, tmp_path):
    """A recorder that cannot get the lock within --wait fails with "ledger busy"; the other's record is intact."""
    first = _big_dossier(tmp_path / "first.yaml", "first", 500)
    second = _big_dossier(tmp_path / "second.yaml", "second", 500)
    marker = tmp_path / "holding"
    holder = _harness("hold", 10, marker, 4, "record", first, "--ledger", store, "--author", "one")
    _wait_for(marker, holder)
    started = time.monotonic()
    waiter = subprocess.run(
        [sys.executable, "-m", "claimgraph", "record", second, "--ledger", store, "--author", "two", "--wait", "0.5"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    waited = time.monotonic() - started
    assert waiter.returncode == 1
    assert "ledger busy: another process is writing to it (waited 0.5 s)" in waiter.stderr
    assert holder.poll() is None, "the holder finished before the waiter gave up: the test proves nothing"
    holder.communicate(timeout=120)
    assert holder.returncode == 0
    assert waited < 4
    assert verify_store(store).ok
    assert _state(store) == _state_of(first)


def _state_of(dossier: Path) -> list:
    ledger = read_ledger([dossier])
    return [
        to_fields(entry, with_text=True)
        for section in ("sources", "documents", "claims", "relations")
        for entry in getattr(ledger, section)
    ]


def _init_and_record(path: Path, writer: int, gate: int, report: int) -> None:  # pragma: no cover
    """In a forked child: wait at the gate, then init the ledger and (writers 1 on) record one source and claim."""
    from claimgraph.model import Claim, Ledger, Source
    from claimgraph.store import init_store, record_ledger

    outcome = "failed"
    try:
        os.read(gate, 1)
        init_store(path)
        outcome = "init"
        if writer:
            source = Source(id=f"s{writer}", name=f"Source {writer}", kind="ngo")
            claim = Claim(id=f"c{writer}", statement=f"Statement {writer}.", said_by=source.id)
            summary = record_ledger(path, Ledger(sources=[source], claims=[claim]), f"w{writer}")
            outcome = f"recorded {summary.added}"
    except InputError as exc:
        outcome = f"error {exc}"
    finally:
        os.write(report, (outcome + "\n").encode())
        os._exit(0)


@pytest.fixture
def quick_folder(tmp_path):
    """A folder in memory (tmpfs) where there is one: the race is in locks and links, not in fsync's latency."""
    shm = Path("/dev/shm")
    if not shm.is_dir() or not os.access(shm, os.W_OK):
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="claimgraph-race-", dir=shm))
    try:
        yield folder
    finally:
        shutil.rmtree(folder)


def test_concurrent_init_and_record_lose_nothing(quick_folder):
    """100 rounds of three processes racing to init one path, two of them then recording at once:
    every init creates the ledger or finds it, never replaces it, and every recorded entry is there."""
    writers = 3
    for round_number in range(100):
        path = quick_folder / f"race-{round_number}.db"
        gate_read, gate_write = os.pipe()
        report_read, report_write = os.pipe()
        children = []
        for writer in range(writers):
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the child
                _init_and_record(path, writer, gate_read, report_write)
            children.append(pid)
        os.write(gate_write, b"x" * writers)  # open the gate for all at once
        for pid in children:
            os.waitpid(pid, 0)
        os.close(report_write)
        with os.fdopen(report_read) as stream:
            outcomes = stream.read().splitlines()
        for descriptor in (gate_read, gate_write):
            os.close(descriptor)
        assert sorted(outcomes) == ["init", "recorded 2", "recorded 2"], (round_number, outcomes)
        result = verify_store(path)
        assert result.ok and result.entries == 4, (round_number, result)
        leftovers = [name for name in os.listdir(quick_folder) if not name.endswith(".db")]
        assert leftovers == [], leftovers
