"""Bulk import of CSV and JSON Lines tables into dossiers and ledger stores."""

from __future__ import annotations

import json

import pytest

from claimgraph.errors import InputError
from claimgraph.io import read_ledger
from claimgraph.io.bulk import import_to_dossier
from claimgraph.io.tabular import parse_renames, table_file
from claimgraph.store import read_store

SOURCES = """
    id,name,kind,part_of
    prcs,Palestinian Red Crescent Society,ngo,
    al-nems,Raed Al-Nems,person,prcs
    cogat,COGAT,military,
"""

CLAIMS = """
    id,statement,speaker,said_on,topics,proposition_subject,proposition_property,proposition_value
    c1,"Evacuation cancelled, PRCS says.",al-nems,2026-02-04,rafah; evacuation,evacuation,status,cancelled
    c2,The crossing stayed open.,cogat,2026-02-04,rafah,crossing,departures,40
"""


def test_csv_tables_in_any_order_with_map(invoke, write, tmp_path):
    """Claims given before their sources, with a renamed column, import into a readable dossier."""
    claims, sources = write("claims.csv", CLAIMS), write("sources.csv", SOURCES)
    output = tmp_path / "out.yaml"
    result = invoke("import", claims, sources, "--map", "speaker=said_by", "-o", output)
    assert result.exit_code == 0, result.output
    assert "imported 3 sources, 2 claims" in result.output
    ledger = read_ledger([output])
    assert [c.id for c in ledger.claims] == ["c1", "c2"]
    assert ledger.claim("c1").topics == ("rafah", "evacuation")
    assert ledger.claim("c2").proposition.value == 40
    assert ledger.source("al-nems").part_of == "prcs"


def test_jsonl_rows_may_name_entries_of_a_with_dossier(invoke, write, minimal, tmp_path):
    """JSON Lines claims and relations refer to sources and claims of a --with dossier."""
    claims = write(
        "more-claims.jsonl",
        "\n".join(
            json.dumps(row)
            for row in [
                {
                    "id": "c3",
                    "statement": "Forty left.",
                    "said_by": "cogat",
                    "via": ["anadolu"],
                    "document": "art",
                    "proposition": {"subject": "rafah", "property": "left", "value": 40},
                },
                {"id": "c4", "statement": "Nobody left.", "said_by": "prcs", "quote": "  kept as is "},
            ]
        )
        + "\n\n",
    )
    relations = write(
        "relations.jsonl", json.dumps({"kind": "contradicts", "from": "c3", "to": "cancelled", "note": "clash"}) + "\n"
    )
    output = tmp_path / "more.yaml"
    result = invoke("import", relations, claims, "--with", minimal, "-o", output)
    assert result.exit_code == 0, result.output
    ledger = read_ledger([minimal, output])
    assert ledger.claim("c3").via == ("anadolu",) and ledger.claim("c3").proposition.value == 40
    assert ledger.claim("c4").quote == "  kept as is "
    assert read_ledger([minimal, output]).counts()["claims"] == 4
    assert ledger.relations[-1].target == "cancelled"


BAD_CLAIMS = (
    b"id,statement,said_by,said_on\n"
    b"ok,Fine.,prcs,2026-02-04\n"
    b"bad-date,Bad date.,prcs,2026-02-31\n"
    b"who,Unknown speaker.,nobody,\n"
    b"short,Too few cells\n"
    b"enc,Caf\xe9 au lait,prcs,\n"
    b"ok2,Also fine.,prcs,\n"
)


def test_malformed_rows_are_reported_by_row_and_nothing_is_written(invoke, write, tmp_path):
    """Bad date, unknown speaker, short row and wrong encoding each name their row; no file is left."""
    sources, claims = write("sources.csv", SOURCES), write("claims.csv", BAD_CLAIMS)
    output = tmp_path / "out.yaml"
    result = invoke("import", sources, claims, "-o", output)
    assert result.exit_code == 1
    assert "claims.csv:3: row 2 (claim 'bad-date'): said_on:" in result.output
    assert "claims.csv:4: row 3 (claim 'who'): said_by: refers to unknown source 'nobody'" in result.output
    assert "claims.csv:5: row 4: has 2 cells where the header names 4 columns" in result.output
    assert "claims.csv:6: row 5: is not UTF-8 text: byte 0xe9 in column 'statement'" in result.output
    assert "nothing was written" in result.output
    assert not output.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_failed_import_leaves_an_existing_output_untouched(invoke, write, tmp_path):
    """An import that fails does not replace the file it would have written."""
    sources, claims = write("sources.csv", SOURCES), write("claims.csv", BAD_CLAIMS)
    output = write("out.yaml", "format: 1\n")
    assert invoke("import", sources, claims, "-o", output).exit_code == 1
    assert output.read_text() == "format: 1\n"


def test_partial_writes_the_sound_rows_and_lists_the_rest(invoke, write, tmp_path):
    """--partial imports the good rows and reports every skipped one."""
    sources, claims = write("sources.csv", SOURCES), write("claims.csv", BAD_CLAIMS)
    output = tmp_path / "out.yaml"
    result = invoke("import", sources, claims, "-o", output, "--partial")
    assert result.exit_code == 0, result.output
    assert result.output.count("skipped: ") == 4
    assert [c.id for c in read_ledger([output]).claims] == ["ok", "ok2"]


def test_max_errors_stops_reading_and_writes_nothing_even_with_partial(invoke, write, tmp_path):
    """Reaching --max-errors stops the import; --partial does not override it."""
    sources, claims = write("sources.csv", SOURCES), write("claims.csv", BAD_CLAIMS)
    output = tmp_path / "out.yaml"
    result = invoke("import", sources, claims, "-o", output, "--max-errors", "2", "--partial")
    assert result.exit_code == 1
    assert "stopped after 2 rows with errors" in result.output
    assert "row 4" not in result.output
    assert not output.exists()


def test_missing_and_unknown_columns_are_reported_once(invoke, write, tmp_path):
    """A header without said_by, or with a misspelt column, fails at line 1 with a hint."""
    no_speaker = write("claims.csv", "id,statement\nc,Text.\n")
    result = invoke("import", no_speaker, "-o", tmp_path / "o.yaml")
    assert result.exit_code == 1
    assert "claims.csv:1: missing column 'said_by'" in result.output
    misspelt = write("x-claims.csv", "id,statement,said_by,qoute\nc,Text.,prcs,q\n")
    result = invoke("import", misspelt, "-o", tmp_path / "o.yaml")
    assert "'qoute' (did you mean 'quote'?)" in result.output
    assert "--map COLUMN=-" in result.output


def test_jsonl_row_errors(invoke, write, tmp_path):
    """Broken JSON, a non-object, bad bytes and a missing field in JSON Lines name their line."""
    claims = write(
        "claims.jsonl",
        b'{"id": "a", "statement": "s", "said_by": "cogat"}\n'
        b'{"id": "b", "statement": \n'
        b"[1, 2]\n"
        b'{"id": "c", "statement": "caf\xe9", "said_by": "cogat"}\n'
        b'{"id": "d", "statement": "no speaker"}\n'
        b'{"id": "a", "statement": "again", "said_by": "cogat"}\n',
    )
    result = invoke("import", write("sources.csv", SOURCES), claims, "-o", tmp_path / "o.yaml")
    assert result.exit_code == 1
    assert "claims.jsonl:2: row 2: is not valid JSON" in result.output
    assert "claims.jsonl:3: row 3: is a JSON list, not an object" in result.output
    assert "claims.jsonl:4: row 4: is not UTF-8 text: byte 0xe9" in result.output
    assert "claims.jsonl:5: row 5 (claim 'd'): said_by: is missing" in result.output
    assert "claims.jsonl:6: row 6 (claim 'a'): id: 'a' is already used by another claim" in result.output


def test_ids_clashing_with_a_with_dossier_are_refused(invoke, write, minimal, tmp_path):
    """An imported claim may not reuse the id of a claim in a --with dossier."""
    claims = write("claims.csv", "id,statement,said_by\nopen,Again.,cogat\n")
    result = invoke("import", claims, "--with", minimal, "-o", tmp_path / "o.yaml")
    assert result.exit_code == 1
    assert "id: 'open' is already used by another claim" in result.output


def test_binary_and_unknown_files_are_refused(invoke, write, tmp_path):
    """A binary file and a file of unknown format get a clear error, not a traceback."""
    binary = write("claims.csv", b"id,statement\x00\x01\x02")
    result = invoke("import", binary, "-o", tmp_path / "o.yaml")
    assert result.exit_code == 1 and "is a binary file" in result.output
    result = invoke("import", write("claims.xlsx", "x"), "-o", tmp_path / "o.yaml")
    assert result.exit_code == 1 and "name the file .csv or .jsonl" in result.output
    result = invoke("import", write("c.csv", 'id,statement,said_by\n"a,b\n'), "-o", tmp_path / "o.yaml")
    assert result.exit_code == 1 and "not valid CSV" in result.output


def test_import_straight_into_a_ledger_store(invoke, write, tmp_path):
    """--ledger records the rows into a store, which then holds them."""
    store = tmp_path / "ledger.db"
    args = (
        "import",
        write("sources.csv", SOURCES),
        write("claims.csv", CLAIMS),
        "--map",
        "speaker=said_by",
        "--ledger",
        store,
    )
    assert invoke(*args).exit_code == 1  # no --author
    result = invoke(*args, "--author", "tester")
    assert result.exit_code == 0, result.output
    assert [c.id for c in read_store(store).claims] == ["c1", "c2"]
    more = write("more-claims.csv", "id,statement,said_by\nc5,Later.,cogat\n")
    result = invoke("import", more, "--ledger", store, "--author", "tester")
    assert result.exit_code == 0, result.output
    assert len(read_store(store).claims) == 3


def test_no_progress_bar_without_a_terminal(invoke, write, tmp_path):
    """Output to a pipe carries no progress bar; the library reports every byte it read."""
    claims, sources = write("claims.csv", CLAIMS), write("sources.csv", SOURCES)
    result = invoke("import", claims, sources, "--map", "speaker=said_by", "-o", tmp_path / "o.yaml")
    assert "importing" not in result.output
    seen: list[int] = []
    import_to_dossier(
        [table_file(claims), table_file(sources)],
        tmp_path / "p.yaml",
        rename={"speaker": "said_by"},
        progress=seen.append,
    )
    assert sum(seen) == claims.stat().st_size + sources.stat().st_size


def test_parse_renames_refuses_malformed_pairs():
    """--map needs COLUMN=FIELD, each column once."""
    assert parse_renames(["speaker=said_by", "junk=-"]) == {"speaker": "said_by", "junk": "-"}
    for bad in (["speaker"], ["=x"], ["a=b", "a=c"]):
        with pytest.raises(ValueError):
            parse_renames(bad)


def test_library_raises_input_error_with_every_problem(write, tmp_path):
    """import_to_dossier raises InputError listing each bad row."""
    claims = write("claims.csv", "id,statement,said_by\na,One.,x\nb,Two.,y\n")
    with pytest.raises(InputError) as caught:
        import_to_dossier([table_file(claims)], tmp_path / "o.yaml")
    assert [p.line for p in caught.value.problems] == [2, 3]
