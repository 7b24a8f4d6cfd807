"""Output paths: atomic writes to regular files only, modes, write errors, CSV guards and oversized dossiers."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.errors import OutputError
from claimgraph.io import files, read_ledger, write_atomic, write_files_atomic
from claimgraph.io.bulk import import_to_dossier
from claimgraph.io.parts import dossier_parts, part_paths
from claimgraph.io.tabular import cell_text, row_record, table_file
from claimgraph.model import Claim, Document, Ledger, Source
from claimgraph.render.tables import ledger_tables
from tests.conftest import CLAIMS, FOUNDING

ARTICLE = CLAIMS / "rafah-2026-02-04.txt"


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def umask_022():
    """Run under umask 022, whatever the test runner's is."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _fail_writes(monkeypatch, code: int = errno.ENOSPC, after: int = 0) -> None:
    """Make the atomic writer's data writes fail with ``code`` after ``after`` successful ones (a full disk)."""
    real = os.write
    done = {"n": 0}

    def write(handle, data):
        if done["n"] >= after:
            raise OSError(code, os.strerror(code))
        done["n"] += 1
        return real(handle, data)

    monkeypatch.setattr(files.os, "write", write)


# Targets that are not regular files


@pytest.mark.parametrize(
    "command",
    [
        ("brief", FOUNDING),
        ("export", FOUNDING, "--format", "json"),
        ("audit", FOUNDING),
        ("disputes", FOUNDING),
        ("extract", ARTICLE),
    ],
)
def test_a_character_device_target_is_refused_and_left_alone(invoke, command):
    """-o /dev/null is refused with a message naming it; the device stays a device (even when run as root)."""
    before = os.lstat("/dev/null")
    result = invoke(*command, "-o", "/dev/null")
    assert result.exit_code == 1
    assert "/dev/null: is a character device; nothing was written" in result.output
    assert "-o - for standard output" in result.output
    after = os.lstat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev and after.st_ino == before.st_ino


def test_a_fifo_target_is_refused_without_blocking(invoke, tmp_path):
    """A named pipe at the target is refused at once (never opened, so nothing waits for a reader)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = invoke("export", FOUNDING, "-o", fifo)
    assert result.exit_code == 1
    assert f"{fifo}: is a named pipe (FIFO)" in result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_symlink_target_is_refused_and_its_file_kept(invoke, tmp_path):
    """-o through a symbolic link is refused; the link and the file it names are unchanged."""
    real = tmp_path / "precious.txt"
    real.write_text("keep me\n")
    link = tmp_path / "link.html"
    link.symlink_to(real)
    result = invoke("brief", FOUNDING, "-o", link)
    assert result.exit_code == 1
    assert f"{link}: is a symbolic link" in result.output
    assert link.is_symlink() and real.read_text() == "keep me\n"


def test_a_directory_target_is_refused_by_the_writer(tmp_path):
    """The library refuses a directory as a file target too (the CLI options already do)."""
    with pytest.raises(OutputError, match="is a directory"):
        write_atomic(tmp_path, "x")


def test_dash_writes_to_standard_output(invoke, tmp_path):
    """-o - prints the output and creates no file named '-'."""
    result = invoke("export", FOUNDING, "--format", "json", "-o", "-")
    assert result.exit_code == 0
    assert result.stdout.startswith("{")
    assert not Path("-").exists()


# Modes


def test_new_files_honour_the_umask(invoke, tmp_path, umask_022):
    """A new output file is 0644 under umask 022, and 0600 under umask 077."""
    result = invoke("export", FOUNDING, "-o", tmp_path / "a.json")
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(os.stat(tmp_path / "a.json").st_mode) == 0o644
    os.umask(0o077)
    result = invoke("tables", FOUNDING, "-o", tmp_path / "t")
    assert result.exit_code == 0, result.output
    assert {stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "t").iterdir()} == {0o600}


def test_a_rewritten_file_keeps_its_mode(invoke, tmp_path, umask_022):
    """Replacing an existing 0664 file keeps 0664 (it does not become 0600 or 0644)."""
    target = tmp_path / "brief.html"
    target.write_text("old")
    target.chmod(0o664)
    result = invoke("brief", FOUNDING, "-o", target)
    assert result.exit_code == 0, result.output
    assert target.read_text() != "old"
    assert stat.S_IMODE(target.stat().st_mode) == 0o664


def test_candidates_accept_keeps_the_dossier_mode(invoke, tmp_path, umask_022):
    """candidates --accept rewrites the dossier and leaves it 0644, as it was."""
    dossier = tmp_path / "d.yaml"
    shutil.copy(FOUNDING, dossier)
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    dossier.chmod(0o644)
    result = invoke("candidates", dossier, "--accept", "all", "--author", "tester")
    assert result.exit_code == 0, result.output
    assert "accepted" in result.output
    assert stat.S_IMODE(dossier.stat().st_mode) == 0o644


def test_candidates_accept_writes_through_a_link_to_the_real_dossier(invoke, tmp_path):
    """A dossier named by a symbolic link is amended where it lives; the link remains a link."""
    real = tmp_path / "real.yaml"
    shutil.copy(FOUNDING, real)
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    before = real.read_text()
    result = invoke("candidates", link, "--accept", "all", "--author", "tester")
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and real.read_text() != before


# Write errors: the message names the file, nothing partial is left


@pytest.mark.parametrize(
    ("command", "target"),
    [
        (("brief", FOUNDING), "brief.html"),
        (("export", FOUNDING, "--format", "graphml"), "out.graphml"),
        (("extract", ARTICLE), "draft.yaml"),
    ],
)
def test_a_full_disk_names_the_file_and_leaves_the_old_one(invoke, tmp_path, monkeypatch, command, target):
    """ENOSPC while writing: exit 1, the message names the target, the old file is intact, no temporary file."""
    path = tmp_path / target
    path.write_text("old content")
    _fail_writes(monkeypatch)
    result = invoke(*command, "-o", path)
    assert result.exit_code == 1
    assert f"error: {path}: No space left on device; nothing was written" in result.output
    assert "Traceback" not in result.output
    assert _listing(tmp_path) == {target: b"old content"}


def test_a_failed_rename_leaves_no_temporary_file(invoke, tmp_path, monkeypatch):
    """EACCES from the final rename: the message names the file and the temporary file is removed."""
    path = tmp_path / "out.json"

    def refuse(source, destination):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(files.os, "replace", refuse)
    result = invoke("export", FOUNDING, "-o", path)
    assert result.exit_code == 1
    assert f"error: {path}: Permission denied; nothing was written" in result.output
    assert list(tmp_path.iterdir()) == []


def test_tables_replaces_all_tables_or_none(invoke, tmp_path, monkeypatch):
    """A full disk on the fourth table leaves the three before it unreplaced too, and no temporary file."""
    folder = tmp_path / "t"
    assert invoke("tables", FOUNDING, "-o", folder).exit_code == 0
    for path in folder.iterdir():
        path.write_text("old " + path.name)
    before = _listing(folder)
    _fail_writes(monkeypatch, after=3)
    result = invoke("tables", FOUNDING, "-o", folder)
    assert result.exit_code == 1
    assert "No space left on device; nothing was written" in result.output
    assert _listing(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == sorted(before)


def test_dump_on_a_full_disk_leaves_the_old_dump(invoke, tmp_path, monkeypatch):
    """dump writes the texts and the dossier all or nothing, and names the file it could not write."""
    store = tmp_path / "l.db"
    assert invoke("ledger", "init", store).exit_code == 0
    assert invoke("record", CLAIMS, "--ledger", store, "--author", "t").exit_code == 0
    out = tmp_path / "out"
    assert invoke("dump", "--ledger", store, "-o", out).exit_code == 0
    before = _listing(out)
    _fail_writes(monkeypatch, after=1)
    result = invoke("dump", "--ledger", store, "-o", out)
    assert result.exit_code == 1
    assert str(out) in result.output and "No space left on device" in result.output
    assert _listing(out) == before


def test_import_on_a_full_disk_is_a_message_not_a_traceback(invoke, tmp_path, monkeypatch):
    """import -o: a write failure while assembling the dossier names it; nothing is left beside it."""
    folder = tmp_path / "t"
    assert invoke("tables", FOUNDING, "-o", folder).exit_code == 0
    out = tmp_path / "out"
    out.mkdir()

    def full(source, destination, *args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("claimgraph.io.bulk.shutil.copyfileobj", full)
    result = invoke("import", *sorted(folder.glob("*.csv")), "-o", out / "back.yaml")
    assert result.exit_code == 1
    assert f"error: {out / 'back.yaml'}: No space left on device; nothing was written" in result.output
    assert list(out.iterdir()) == []


def test_import_refuses_a_device_target_before_reading(invoke, tmp_path):
    """import -o /dev/null is refused like every other output."""
    folder = tmp_path / "t"
    assert invoke("tables", FOUNDING, "-o", folder).exit_code == 0
    result = invoke("import", folder / "sources.csv", "-o", "/dev/null")
    assert result.exit_code == 1
    assert "/dev/null: is a character device" in result.output
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_write_files_atomic_refuses_before_replacing_anything(tmp_path):
    """One refused target among several: no file is replaced and no temporary file stays."""
    first = tmp_path / "a.txt"
    first.write_text("old")
    os.mkfifo(tmp_path / "b.txt")
    with pytest.raises(OutputError, match=r"b\.txt: is a named pipe"):
        write_files_atomic({first: "new", tmp_path / "b.txt": "new"})
    assert first.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_a_missing_folder_is_named(tmp_path):
    """Writing into a folder that does not exist names the target, not a temporary file."""
    with pytest.raises(OutputError, match=r"nowhere/x.txt: its folder does not exist"):
        write_atomic(tmp_path / "nowhere" / "x.txt", "x")


# CSV: formulas and list separators


FORMULAS = [
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1)",
    " =1+1",
    "\u00a0=1+1",
    "\u3000=1+1",
    "\ufeff=1+1",
    "\u200b=1+1",
    "\uff1d1+1",
    "\uff0b1",
    "\uff0d1",
    "\uff20SUM(A1)",
    "\tx",
    "\rx",
    "'=1+1",
]


@pytest.mark.parametrize("value", FORMULAS)
def test_every_formula_form_is_guarded_and_read_back(value):
    """Each formula-triggering form gets a leading apostrophe, and reading gives back the value exactly."""
    cell = cell_text("note", value)
    assert cell == "'" + value
    # A carriage return is read as a line break, as in dossiers (the text policy keeps only tab and newline).
    assert row_record("relation", {"note": cell}, from_text=True)["note"] == value.replace("\r", "\n")


def test_plain_text_is_not_guarded():
    """Ordinary text, and a value that only contains = later on, is written as it is."""
    for value in ("COGAT", "a = b", "Gaza (2026)", "it's"):
        assert cell_text("note", value) == value


def test_list_items_with_the_separator_round_trip_through_tables_and_import(invoke, write, tmp_path):
    """An alias holding '; ' or a backslash comes back from tables → import as one alias."""
    dossier = write(
        "d.yaml",
        r"""
        sources:
          - id: moh
            name: Ministry
            kind: government
            aliases: ["Gaza; Health Ministry", 'C:\new;\\x', "=cmd|' /C calc'!A0", plain]
        claims:
          - {id: c, statement: It happened., said_by: moh}
        """,
    )
    assert invoke("tables", dossier, "-o", tmp_path / "t").exit_code == 0
    csv_text = (tmp_path / "t" / "sources.csv").read_text(encoding="utf-8")
    assert r"Gaza\; Health Ministry" in csv_text
    back = tmp_path / "back.yaml"
    result = invoke("import", *sorted((tmp_path / "t").glob("*.csv")), "-o", back)
    assert result.exit_code == 0, result.output
    assert read_ledger([back]).sources == read_ledger([dossier]).sources


def test_hand_written_lists_still_split_at_semicolons():
    """A person's 'a;b ; c' still reads as three items; a backslash before other text stays."""
    record = row_record("source", {"aliases": r"a;b ; c; C:\x"}, from_text=True)
    assert record["aliases"] == ["a", "b", "c", r"C:\x"]


# Text the model accepts: no control characters (the text policy), no surrogates or non-characters.
_item = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"), min_size=1, max_size=12
).filter(lambda s: s == s.strip() and s)
_TEXT_FORMULAS = [f for f in FORMULAS if "\r" not in f]


@settings(max_examples=80, deadline=None)
@given(aliases=st.lists(_item, min_size=1, max_size=4), note=st.sampled_from(_TEXT_FORMULAS) | _item)
def test_any_aliases_round_trip_through_csv(aliases, note):
    """Aliases with ';', '\\' or formula starts, and guarded statements, come back from CSV unchanged."""
    ledger = Ledger(
        sources=[Source(id="s", name="S", aliases=aliases)],
        claims=[Claim(id="c", statement=note, said_by="s")],
    )
    with tempfile.TemporaryDirectory() as folder:
        tables = []
        for name, text in ledger_tables(ledger).items():
            path = Path(folder) / name
            path.write_bytes(text.encode("utf-8"))
            tables.append(table_file(path))
        import_to_dossier(tables, Path(folder) / "back.yaml")
        back = read_ledger([Path(folder) / "back.yaml"])
    assert back.sources == ledger.sources
    assert back.claims == ledger.claims


# Dossiers the reader would refuse


def test_extract_splits_a_draft_over_the_limit(invoke, tmp_path, monkeypatch):
    """With a small limit, extract -o writes several dossiers, each within it, that read back as the whole draft."""
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    whole = tmp_path / "whole" / "draft.yaml"
    whole.parent.mkdir()
    shutil.copy(ARTICLE, whole.parent / ARTICLE.name)
    assert invoke("extract", whole.parent / ARTICLE.name, "-o", whole).exit_code == 0
    limit = 7_000
    monkeypatch.setattr("claimgraph.io.yamlfile.MAX_BYTES", limit)
    result = invoke("extract", tmp_path / ARTICLE.name, "-o", tmp_path / "draft.yaml")
    assert result.exit_code == 0, result.output
    found = sorted(p.name for p in tmp_path.glob("draft*.yaml"))
    parts = part_paths(tmp_path / "draft.yaml", len(found))
    assert sorted(p.name for p in parts) == found
    assert len(parts) > 1
    assert "split into" in result.output
    assert all(p.stat().st_size <= limit for p in parts)
    split, single = read_ledger(parts), read_ledger([whole])
    for section in ("sources", "documents", "claims", "relations"):
        assert getattr(split, section) == getattr(single, section), section


def test_extract_to_standard_output_stops_over_the_limit(invoke, monkeypatch):
    """A draft too large for one dossier is not printed; the advice is to write it with -o."""
    monkeypatch.setattr("claimgraph.io.yamlfile.MAX_BYTES", 10_000)
    result = invoke("extract", ARTICLE)
    assert result.exit_code == 1
    assert "more than a dossier may hold" in result.output and "-o FILE" in result.output
    assert "claims:" not in result.stdout


def test_one_entry_larger_than_the_limit_is_refused(tmp_path):
    """A document whose embedded text alone exceeds the limit cannot be split: the error says what to do."""
    ledger = Ledger(documents=[Document(id="d", title="Long", text="word " * 4_000)])
    with pytest.raises(OutputError, match=r"alone is .* bytes.*text_file"):
        dossier_parts(ledger, tmp_path / "d.yaml", max_bytes=8_000)


def test_import_stops_before_an_oversized_dossier(invoke, tmp_path, monkeypatch):
    """import -o refuses to write a dossier the reader would refuse, and points at --ledger."""
    folder = tmp_path / "t"
    assert invoke("tables", FOUNDING, "-o", folder).exit_code == 0
    monkeypatch.setattr("claimgraph.io.bulk.MAX_BYTES", 2_000)
    out = tmp_path / "out"
    out.mkdir()
    result = invoke("import", *sorted(folder.glob("*.csv")), "-o", out / "big.yaml")
    assert result.exit_code == 1
    assert "more than the 2,000 a dossier may hold" in result.output and "--ledger STORE" in result.output
    assert list(out.iterdir()) == []
