"""Hostile input through the command line: a clear refusal, never a traceback, a hang or a runaway cost.

One test (or a parametrised family) per finding of the input side of the
hostile-input review: type confusion in free-text fields, control characters,
deep nesting, NaN and infinity, odd ``text_file`` targets, long quotes, huge
dossiers, lone surrogates in JSON Lines, and ISO week / basic dates.
"""

from __future__ import annotations

import os
import sqlite3
import time

import pytest
import yaml

from claimgraph.cli import cli
from claimgraph.io import yamlfile
from tests.conftest import MINIMAL

# Every command that reads a dossier and then renders something from it.
_READERS = [
    ("check",),
    ("show",),
    ("audit",),
    ("brief", "-o", "{out}/brief.html"),
    ("export", "--format", "json", "-o", "{out}/x.json"),
    ("export", "--format", "yaml", "-o", "{out}/x.yaml"),
    ("export", "--format", "graphml", "-o", "{out}/x.graphml"),
    ("export", "--format", "claimreview", "-o", "{out}/x.jsonld"),
    ("tables", "-o", "{out}/tables"),
]


@pytest.fixture
def run(runner, tmp_path):
    """Run the CLI and fail on a traceback or an exit code other than 0, 1 or 2."""

    def invoke(*args: str):
        arguments = [str(a).format(out=tmp_path) for a in args]
        result = runner.invoke(cli, arguments, catch_exceptions=True)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise AssertionError(f"{arguments} raised {result.exception!r}") from result.exception
        assert result.exit_code in (0, 1, 2), (arguments, result.output)
        assert "Traceback" not in result.output
        return result

    return invoke


def _dossier(write, old: str, new: str, name: str = "hostile.yaml"):
    assert old in MINIMAL, old
    return write(name, MINIMAL.replace(old, new, 1))


# Non-text values in free-text fields: check refuses them, saying what YAML read.
_TYPE_CONFUSIONS = [
    ("role: spokesman", "role: [a]", "role: expected text, YAML read a list"),
    ("kind: ngo}", "kind: ngo, note: 42}", "note: expected text, YAML read the number 42; quote it: note: '42'"),
    ("cue: said", "cue: 7", "cue: expected text, YAML read the number 7; quote it: cue: '7'"),
    ("cue: claimed", "cue: claimed\n        note: {a: 1}", "note: expected text, YAML read a mapping"),
    ("title: Article", "title: 2026", "title: expected text, YAML read the number 2026"),
    ("recorded_by: tester", "recorded_by: true", "recorded_by: expected text, YAML read the true/false value true"),
    (
        "note: open crossing vs cancelled evacuation}",
        "note: 2026-01-01}",
        "note: expected text, YAML read the date 2026-01-01; quote it: note: '2026-01-01'",
    ),
    (
        "note: open crossing vs cancelled evacuation}",
        "note: x, rule: 3}",
        "rule: expected text, YAML read the number 3",
    ),
    ("published: 2026-02-04", "published: 2026-02-04\n        text_file: -657343", "text_file: expected text"),
    (
        "said_on: 2026-02-04\n      - id: open",
        "said_on: 2026-02-04\n        proposition: {subject: s, property: p, value: 1, unit: 5, where: [x]}\n"
        "      - id: open",
        "proposition.unit: expected text, YAML read the number 5",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "message"), _TYPE_CONFUSIONS, ids=[m.split(":")[0] for *_, m in _TYPE_CONFUSIONS]
)
def test_a_non_text_value_in_a_text_field_is_a_check_problem_and_no_command_crashes(write, run, old, new, message):
    dossier = _dossier(write, old, new)
    checked = run("check", dossier)
    assert checked.exit_code == 1
    assert message in checked.output
    assert f"{dossier}:" in checked.output  # file:line
    for command in _READERS[1:]:
        assert run(command[0], dossier, *command[1:]).exit_code == 1


def test_a_rationale_that_yaml_reads_as_a_date_is_refused(write, run):
    dossier = write(
        "review.yaml",
        MINIMAL + "    reviews:\n      - {id: r, claim: open, rating: False, reviewer: prcs, rationale: 2026-01-01}\n",
    )
    result = run("check", dossier)
    assert result.exit_code == 1
    assert "rationale: expected text, YAML read the date 2026-01-01" in result.output


def test_the_store_never_records_what_check_refuses(write, run, tmp_path):
    store = tmp_path / "ledger.db"
    assert run("ledger", "init", store).exit_code == 0
    dossier = _dossier(write, "cue: said", "cue: 7")
    recorded = run("record", dossier, "--ledger", store, "--author", "tester")
    assert recorded.exit_code == 1
    assert "cue: expected text" in recorded.output
    with sqlite3.connect(store) as db:
        assert db.execute("SELECT count(*) FROM entries").fetchone()[0] == 0
    assert run("brief", store, "-o", tmp_path / "b.html").exit_code in (0, 1)


# Control characters: refused with the code point named, so GraphML and every other output stays valid.
@pytest.mark.parametrize("point", [0x00, 0x01, 0x07, 0x0B, 0x1B, 0x7F, 0x85, 0xFFFE])
def test_a_control_character_in_text_is_refused_naming_its_code_point(write, run, point):
    escaped = f"\\x{point:02x}" if point < 0x100 else f"\\u{point:04x}"
    dossier = _dossier(write, "statement: The evacuation was cancelled.", f'statement: "The {escaped} evacuation"')
    result = run("check", dossier)
    assert result.exit_code == 1
    assert f"U+{point:04X}" in result.output
    assert run("export", dossier, "--format", "graphml", "-o", "{out}/x.graphml").exit_code == 1


def test_tab_and_line_breaks_stay_allowed(write, run):
    dossier = _dossier(
        write, "statement: The evacuation was cancelled.", 'statement: "The\\tevacuation\\nwas cancelled."'
    )
    assert run("check", dossier).exit_code == 0
    assert run("export", dossier, "--format", "graphml", "-o", "{out}/x.graphml").exit_code == 0


def test_a_nul_byte_in_the_file_is_refused_cleanly(write, run):
    dossier = write("nul.yaml", MINIMAL.replace("Article", "Art\x00icle").encode("utf-8"))
    for command in _READERS:
        result = run(command[0], dossier, *command[1:])
        assert result.exit_code == 1
        assert "embedded null byte" not in result.output


# Nesting: a clean error at any depth, never RecursionError.
@pytest.mark.parametrize("depth", [330, 5000])
def test_deep_nesting_is_a_clean_error(write, run, depth):
    dossier = write("deep.yaml", "claims:\n- " + "[" * depth + "]" * depth + "\n")
    for command in _READERS[:4]:
        result = run(command[0], dossier, *command[1:])
        assert result.exit_code == 1
        # Our bound, or past 1000 levels libyaml's own, which stops the parser first.
        assert f"more than {yamlfile.MAX_DEPTH} levels deep" in result.output or "nesting depth" in result.output


def test_deep_flow_mappings_are_a_clean_error(write, run):
    dossier = write("deep.yaml", "claims:\n- " + "{a: " * 400 + "1" + "}" * 400 + "\n")
    assert "levels deep" in run("check", dossier).output


# NaN and infinity: refused by check, so no export writes invalid JSON.
@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", "1.0e+999"])
def test_nan_and_infinity_are_refused(write, run, value):
    dossier = _dossier(
        write,
        "said_on: 2026-02-04\n      - id: open",
        f"said_on: 2026-02-04\n        proposition: {{subject: s, property: p, value: {value}}}\n      - id: open",
    )
    result = run("check", dossier)
    assert result.exit_code == 1
    assert "is not a finite number" in result.output
    assert run("export", dossier, "--format", "json", "-o", "{out}/x.json").exit_code == 1


# Dates exactly YYYY-MM-DD (or an interval of two), as the README says.
@pytest.mark.parametrize("written", ["'2026-W06-3'", "'20260204'", "20260204", "'2026-2-4'", "'2026-02-04T10:00'"])
def test_only_yyyy_mm_dd_dates_are_accepted(write, run, written):
    dossier = _dossier(write, "published: 2026-02-04", f"published: {written}")
    result = run("check", dossier)
    assert result.exit_code == 1
    assert "published:" in result.output
    assert "YYYY-MM-DD" in result.output


def test_a_date_interval_is_still_accepted(write, run):
    dossier = _dossier(
        write, "said_on: 2026-02-04\n      - id: open", "said_on: 2026-02-02/2026-02-04\n      - id: open"
    )
    assert run("check", dossier).exit_code == 0


# text_file: regular files only; never a hang on a FIFO.
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_as_text_file_is_refused_without_waiting(write, run, tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    dossier = _dossier(write, "published: 2026-02-04", "published: 2026-02-04\n        text_file: pipe.txt")
    started = time.monotonic()
    result = run("check", dossier)
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    assert "not a regular file" in result.output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_named_on_the_command_line_is_refused_without_waiting(run, tmp_path):
    os.mkfifo(tmp_path / "pipe.yaml")
    result = run("check", tmp_path / "pipe.yaml")
    assert result.exit_code == 1
    assert "not a regular file" in result.output


def test_a_symlink_loop_as_text_file_is_refused(write, run, tmp_path):
    (tmp_path / "loop-a").symlink_to(tmp_path / "loop-b")
    (tmp_path / "loop-b").symlink_to(tmp_path / "loop-a")
    dossier = _dossier(write, "published: 2026-02-04", "published: 2026-02-04\n        text_file: loop-a")
    result = run("check", dossier)
    assert result.exit_code == 1
    assert "text_file:" in result.output


def test_a_nul_in_the_text_file_name_is_refused(write, run):
    dossier = _dossier(write, "published: 2026-02-04", 'published: 2026-02-04\n        text_file: "a\\0b.txt"')
    result = run("check", dossier)
    assert result.exit_code == 1
    assert "text_file: holds a control character, U+0000" in result.output


# Quote fidelity: bounded work however long the quote and the document.
def test_a_long_misquote_in_a_long_document_is_audited_quickly(write, run, tmp_path):
    sentence = "the crossing at Rafah remained open on Wednesday officials said. "
    (tmp_path / "long.txt").write_text(sentence * 30_000, encoding="utf-8")  # about 2 MB
    quote = " ".join(reversed(sentence.split())) * 5_000  # about 330 k characters, not in the text
    dossier = _dossier(
        write,
        '        text: "Al-Nems said the evacuation was cancelled. COGAT claimed the crossing remained open."',
        "        text_file: long.txt",
    )
    dossier.write_text(
        dossier.read_text(encoding="utf-8").replace("quote: the crossing remained open", f'quote: "{quote}"'),
        encoding="utf-8",
    )
    started = time.monotonic()
    result = run("audit", dossier)
    assert time.monotonic() - started < 10
    assert "too long to compare" in result.output


# Memory and output: a huge hostile dossier gets the first problems and a count, within bounds.
def test_many_broken_entries_report_the_first_problems_and_a_count(write, run):
    dossier = write("many.yaml", "claims:\n" + "- {}\n" * 50_000)
    result = run("check", dossier)
    assert result.exit_code == 1
    assert len(result.output.splitlines()) < 120
    assert "checking stopped after" in result.output
    assert "more entries were not checked" in result.output


def test_too_many_values_are_refused_before_they_are_built(write, run, monkeypatch):
    monkeypatch.setattr(yamlfile, "MAX_VALUES", 10_000)
    dossier = write("flow.yaml", "claims: [" + "1," * 20_000 + "1]\n")
    result = run("check", dossier)
    assert result.exit_code == 1
    assert "holds more than 10,000 values" in result.output


def test_too_many_mappings_are_refused_before_they_are_built(write, run, monkeypatch):
    monkeypatch.setattr(yamlfile, "MAX_COLLECTIONS", 1_000)
    dossier = write("list.yaml", "- {}\n" * 2_000)
    result = run("check", dossier)
    assert result.exit_code == 1
    assert "holds more than 1,000 lists and mappings" in result.output


# Import: invalid Unicode in JSON Lines is a row problem.
def test_a_lone_surrogate_in_json_lines_is_a_row_problem(write, run, tmp_path):
    table = write("sources.jsonl", '{"id": "s1", "name": "A\\ud800"}\n{"id": "s2", "\\udfff": "B"}\n')
    result = run("import", table, "-o", tmp_path / "out.yaml")
    assert result.exit_code == 1
    assert "sources.jsonl:1: row 1: holds the escape \\ud800, a lone surrogate" in result.output
    assert "sources.jsonl:2: row 2" in result.output
    assert not (tmp_path / "out.yaml").exists()


def test_a_surrogate_pair_in_json_lines_is_one_character(write, run, tmp_path):
    table = write("sources.jsonl", '{"id": "s1", "name": "A \\ud83d\\ude00"}\n')
    assert run("import", table, "-o", tmp_path / "out.yaml").exit_code == 0
    written = yaml.safe_load((tmp_path / "out.yaml").read_text(encoding="utf-8"))
    assert written["sources"][0]["name"] == "A \U0001f600"


def test_a_wrong_type_in_json_lines_says_what_json_read(write, run, tmp_path):
    table = write("sources.jsonl", '{"id": "s1", "name": "A", "note": 42}\n')
    result = run("import", table, "-o", tmp_path / "out.yaml")
    assert result.exit_code == 1
    assert 'note: expected text, JSON read the number 42; quote it: "note": "42"' in result.output


def test_a_control_character_in_a_csv_cell_is_a_row_problem(write, run, tmp_path):
    table = write("sources.csv", b"id,name\ns1,A\x07B\ns2,ok\r\n")
    result = run("import", table, "-o", tmp_path / "out.yaml")
    assert result.exit_code == 1
    assert "U+0007" in result.output


def test_a_lone_surrogate_handed_to_the_extractor_is_refused_by_name() -> None:
    """Text decoded with ``surrogateescape`` (a byte cut mid-character) reaches the API as a lone
    surrogate: a ValueError naming it and where it stands, not a codec error from deep inside."""
    from claimgraph.extract import extract_draft

    for text in ("The minister said \udcd8 prices rose.\n", "قال الوزير إن الأسعار \udcd8 ارتفعت.\n"):
        with pytest.raises(ValueError, match=r"lone surrogate, U\+DCD8"):
            extract_draft(text)
