"""Flat tables of entries: CSV and JSON Lines, one entry per row, read as a stream.

The same column names serve export (``claimgraph tables``) and import
(``claimgraph import``), so a table written by one is read by the other. A
column is an entry's field under its dossier name (``from``/``to`` for
relations); a claim's proposition is spread over ``proposition_subject``,
``proposition_property``, ... In CSV, booleans are ``true``/``false``, an empty
cell is a field left out, and a proposition's value is read as in YAML (``40`` a
number, ``true`` a boolean, ``"40"`` text).

Lists are joined with ``"; "``; inside an item, ``;`` is written ``\\;`` and a
backslash ``\\\\``, so an alias such as ``Gaza; Health Ministry`` comes back as one
item (reading also accepts a plain ``a;b`` or ``a ; b``, and leaves a backslash
before any other character as it is).

A cell that a spreadsheet would run as a formula carries a leading apostrophe,
which reading removes again: one starting with ``= + - @`` or their full-width
and small forms (``＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫``, and ``−``), also after leading white
space or invisible characters (space, no-break space, ideographic space,
byte-order mark, zero-width space and joiners), and one starting with a tab or
carriage return. Every value therefore round-trips exactly.

A ledger's vocabulary for figures (its ``vocabulary:`` header) travels as its own
table, ``vocabulary.csv`` (or ``.jsonl``), one declaration a row in the columns
:data:`VOCABULARY_COLUMNS`::

    declares,value,family,factor,aliases
    approximation,5%,,,
    unit,rockets,munitions,,rocket; missiles
    category,rocket > palestinian-rocket > pij-rocket,,,

The readers hold one row at a time: memory does not grow with the file.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
from attrs import frozen

from claimgraph.model import KINDS
from claimgraph.model.vocabulary import Vocabulary, read_vocabulary, vocabulary_fields

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

__all__ = [
    "LIST_SEPARATOR",
    "TABLE_FORMATS",
    "VOCABULARY",
    "VOCABULARY_COLUMNS",
    "TableFile",
    "TableRow",
    "cell_text",
    "columns_of",
    "parse_renames",
    "read_table",
    "row_record",
    "table_file",
    "vocabulary_records",
    "vocabulary_table",
]

LIST_SEPARATOR = "; "
#: File suffix → table format.
TABLE_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_PROPOSITION = ("subject", "property", "value", "unit", "when", "where")
#: A claim's fields that hold a mapping, each spread over ``NAME_PART`` columns.
_NESTED = {"proposition": _PROPOSITION, "translation": ("text", "lang", "translated_by")}
_LIST_FIELDS = {"via", "topics", "aliases", "claims"}
_BOOL_FIELDS = {"unnamed"}
_BOOLS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}
#: Characters a spreadsheet may skip before a formula: white space, the byte-order mark, zero-width characters.
_FORMULA_LEAD = r"[\s\u00a0\u180e\u200b-\u200f\u2060\ufeff]*"
#: What starts a formula: = + - @, their full-width and small forms, the minus sign.
_FORMULA_START = "=+\\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212"
#: A cell that must be guarded; leading apostrophes are part of it, so guarding is undone exactly.
_FORMULA = re.compile(rf"'*(?:{_FORMULA_LEAD}[{_FORMULA_START}]|[\t\r])")
_ITEM_ESCAPE = str.maketrans({"\\": "\\\\", ";": "\\;"})
_LIST_ITEM = re.compile(r"\\([\\;])|(;)|([^\\;]+|\\)")
_NUMBER = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")
# JSON's \\uD800-\\uDFFF escapes decode to surrogates: alone, they are no character and
# cannot be written out again. A pair (an astral character) decodes to one character.
_LONE_SURROGATE = re.compile(r"\\u[dD][89abcdefABCDEF]")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Largest cell read, in characters: a quote or a document's text, never a whole book.
MAX_CELL = 16 * 1024 * 1024
#: How many bytes at the start of a file are searched for NUL to tell binary files apart.
_SNIFF = 8192
#: The table kind of a ledger's vocabulary: not an entry kind, one declaration a row.
VOCABULARY = "vocabulary"
#: The vocabulary table's columns: what a row declares, then the declaration.
VOCABULARY_COLUMNS = ("declares", "value", "family", "factor", "aliases")
_KIND_NAMES = {
    **{name: name for name in KINDS},
    **{kind.section: name for name, kind in KINDS.items()},
    VOCABULARY: VOCABULARY,
}


def columns_of(kind: str) -> tuple[str, ...]:
    """The table columns of an entry kind, in field order.

    Args:
        kind: ``source``, ``document``, ``claim``, ``relation``, ``question`` or ``review``.

    Returns:
        Column names; a claim's ``proposition`` becomes ``proposition_subject`` ... ``proposition_where``,
        and its ``translation`` ``translation_text``, ``translation_lang`` and ``translation_translated_by``.
    """
    columns: list[str] = []
    for name in KINDS[kind].field_names:
        if kind == "claim" and name in _NESTED:
            columns.extend(f"{name}_{part}" for part in _NESTED[name])
        else:
            columns.append(name)
    return tuple(columns)


@frozen
class TableFile:
    """One input table and what it holds.

    Attributes:
        path: the file.
        kind: the entry kind of every row.
        format: ``csv`` or ``jsonl``.
    """

    path: Path
    kind: str
    format: str


def table_file(path: str | Path, kind: str | None = None) -> TableFile:
    """Describe an input table: its format from the suffix, its kind from ``kind`` or its name.

    A file named ``sources.csv`` or ``rafah-claims.jsonl`` holds sources or claims,
    one named ``vocabulary.csv`` the ledger's vocabulary (:data:`VOCABULARY`);
    any other name holds claims unless ``kind`` says otherwise.

    Raises:
        ValueError: the suffix is neither .csv, .jsonl nor .ndjson, or the kind is unknown.
    """
    path = Path(path)
    fmt = TABLE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(
            f"{path}: cannot tell the format from {path.suffix or 'no suffix'!r}; name the file .csv or .jsonl"
        )
    if kind is None:
        last = re.split(r"[-_.]", path.stem.lower())[-1]
        kind = _KIND_NAMES.get(last, "claim")
    if kind not in KINDS and kind != VOCABULARY:
        raise ValueError(f"unknown kind {kind!r}; choose one of {', '.join((*KINDS, VOCABULARY))}")
    return TableFile(path, kind, fmt)


@frozen
class TableRow:
    """One row as read, or why it could not be read.

    Attributes:
        number: 1-based row number, the header not counted.
        line: line of the file where the row starts.
        values: column → value (text from CSV, JSON values from JSON Lines); None on error.
        error: what is wrong with the row, or None.
        offset: bytes of the file consumed so far, for progress reporting.
    """

    number: int
    line: int
    values: Mapping[str, object] | None
    error: str | None
    offset: int


class FileError(ValueError):
    """The file as a whole cannot be read; ``line`` is where reading stopped (0: the file)."""

    def __init__(self, message: str, hint: str, line: int = 0) -> None:
        super().__init__(message)
        self.hint = hint
        self.line = line


def _open(path: Path) -> io.BufferedReader:
    stream = path.open("rb")
    head = stream.peek(_SNIFF)[:_SNIFF] if hasattr(stream, "peek") else b""
    if b"\x00" in head:
        stream.close()
        raise FileError("is a binary file, not text", "name a UTF-8 CSV or JSON Lines file")
    return stream


class _Counting(io.RawIOBase):
    """Wraps a binary stream and counts the bytes read, for progress."""

    def __init__(self, stream: io.BufferedIOBase) -> None:
        self._stream = stream
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        n = self._stream.readinto(buffer)
        self.count += n or 0
        return n


def _bad_bytes(cells: Iterable[tuple[object, str]]) -> str | None:
    """Why the first cell holding an undecodable byte is not text; cells are (column, text) pairs."""
    for column, value in cells:
        if value is None:
            continue
        for index, char in enumerate(value):
            if "\udc80" <= char <= "\udcff":
                return (
                    f"is not UTF-8 text: byte 0x{ord(char) - 0xDC00:02x} in column {column!r} at character {index + 1}"
                )
    return None


def _lone_surrogate(value: object) -> int | None:
    """The first lone surrogate (a code point no UTF-8 file can hold) in a JSON value, keys included."""
    if isinstance(value, str):
        found = _SURROGATE.search(value)
        return ord(found.group()) if found else None
    items = value.items() if isinstance(value, dict) else value if isinstance(value, list) else ()
    for item in items:
        for part in item if isinstance(value, dict) else (item,):
            found_in = _lone_surrogate(part)
            if found_in is not None:
                return found_in
    return None


def _csv_rows(path: Path) -> Iterator[TableRow]:
    with _open(path) as raw:
        counting = _Counting(raw)
        # surrogateescape keeps undecodable bytes in place, so one bad row is reported
        # by number while the rows after it still parse.
        text = io.TextIOWrapper(io.BufferedReader(counting), encoding="utf-8-sig", errors="surrogateescape", newline="")
        reader = csv.reader(text, strict=True)
        try:
            header = next(reader, None)
        except csv.Error as exc:
            raise FileError(f"the header is not valid CSV: {exc}", "check the first line") from None
        if header is None:
            raise FileError("is empty", "the first line must name the columns")
        if _bad_bytes(enumerate(header)) or len(set(header)) != len(header):
            raise FileError("the header repeats a column or is not UTF-8", "name each column once, in UTF-8")
        number = 0
        while True:
            start = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                # After a malformed quote the reader cannot find the next row reliably.
                raise FileError(
                    f"row {number + 1} is not valid CSV: {exc}", "check the quotes on this line", start
                ) from None
            if not cells:
                continue
            number += 1
            if len(cells) != len(header):
                yield TableRow(
                    number,
                    start,
                    None,
                    f"has {len(cells)} cells where the header names {len(header)} columns",
                    counting.count,
                )
                continue
            values = dict(zip(header, cells, strict=True))
            error = _bad_bytes(values.items())
            yield TableRow(number, start, None if error else values, error, counting.count)


def _jsonl_rows(path: Path) -> Iterator[TableRow]:
    with _open(path) as raw:
        offset = 0
        number = 0
        for line_number, line in enumerate(raw, start=1):
            offset += len(line)
            if line_number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            number += 1
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield TableRow(
                    number,
                    line_number,
                    None,
                    f"is not UTF-8 text: byte 0x{line[exc.start]:02x} at column {exc.start + 1}",
                    offset,
                )
                continue
            try:
                values = json.loads(text)
            except json.JSONDecodeError as exc:
                yield TableRow(number, line_number, None, f"is not valid JSON: {exc.msg} at column {exc.colno}", offset)
                continue
            except RecursionError:
                yield TableRow(number, line_number, None, "is nested too deeply", offset)
                continue
            if not isinstance(values, dict):
                yield TableRow(number, line_number, None, f"is a JSON {type(values).__name__}, not an object", offset)
                continue
            if b"\\u" in line and _LONE_SURROGATE.search(text):
                surrogate = _lone_surrogate(values)
                if surrogate is not None:
                    yield TableRow(
                        number,
                        line_number,
                        None,
                        f"holds the escape \\u{surrogate:04x}, a lone surrogate, which is no character "
                        "(text must be valid Unicode)",
                        offset,
                    )
                    continue
            yield TableRow(number, line_number, values, None, offset)


def read_table(table: TableFile, rename: Mapping[str, str] | None = None) -> Iterator[TableRow]:
    """Read a table row by row, holding one row at a time.

    Args:
        table: the file and its format.
        rename: column → field, applied to every row; a field of ``-`` drops the column.

    Yields:
        One :class:`TableRow` per non-blank row, in file order; rows that cannot be
        read (bad encoding, bad JSON, wrong number of cells) carry an ``error``.

    Raises:
        FileError: the file as a whole is unreadable (binary, empty, broken CSV quoting).
        OSError: the file cannot be opened.
    """
    rename = dict(rename or {})
    previous = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL)
    try:
        rows = _csv_rows(table.path) if table.format == "csv" else _jsonl_rows(table.path)
        for row in rows:
            if row.values is not None and rename:
                renamed = {}
                for column, value in row.values.items():
                    field = rename.get(column, column)
                    if field != "-":
                        renamed[field] = value
                row = attrs.evolve(row, values=renamed)
            yield row
    finally:
        csv.field_size_limit(previous)


def parse_renames(pairs: Iterable[str]) -> dict[str, str]:
    """Turn ``COLUMN=FIELD`` strings into a column → field mapping (``FIELD`` ``-`` drops it).

    Raises:
        ValueError: a pair without ``=``, or a column renamed twice.
    """
    renames: dict[str, str] = {}
    for pair in pairs:
        column, equals, field = pair.partition("=")
        column, field = column.strip(), field.strip()
        if not equals or not column or not field:
            raise ValueError(f"--map {pair!r}: write COLUMN=FIELD, e.g. --map speaker=said_by")
        if column in renames:
            raise ValueError(f"--map: column {column!r} is renamed twice")
        renames[column] = field
    return renames


def _unescape(value: str) -> str:
    return value[1:] if value.startswith("'") and _FORMULA.match(value) else value


def _list_items(cell: str) -> list[str]:
    """Split a list cell at ``;``, undoing the ``\\;`` and ``\\\\`` escapes; blank items are dropped."""
    items: list[str] = []
    if "\\" not in cell:
        items = cell.split(";")
    else:
        current: list[str] = []
        for escaped, separator, text in _LIST_ITEM.findall(cell):
            if separator:
                items.append("".join(current))
                current = []
            else:
                current.append(escaped or text)
        items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def _scalar_from_text(value: str) -> object:
    if value in ("true", "false"):
        return value == "true"
    if _NUMBER.fullmatch(value):
        if re.fullmatch(r"[-+]?\d+", value):
            return int(value)  # exactly, not through a float: 9007199254740993 keeps its last digit
        return float(value)
    if len(value) >= 2 and value.startswith('"') and value.endswith('"'):
        try:
            decoded = json.loads(value)
        except json.JSONDecodeError:
            return value
        return decoded if isinstance(decoded, str) else value
    return value


def _json_list(cell: str) -> object:
    """A cell holding several propositions, written as a JSON list (as the export writes them)."""
    try:
        decoded = json.loads(cell)
    except (json.JSONDecodeError, RecursionError):
        return cell  # left as text: the claim's reader says what a list of propositions looks like
    return decoded if isinstance(decoded, list) else cell


def row_record(kind: str, values: Mapping[str, object], *, from_text: bool) -> dict[str, object]:
    """Turn a row into the external mapping :func:`claimgraph.io.from_fields` builds from.

    Args:
        kind: the entry kind.
        values: field → value for one row.
        from_text: True for CSV, whose cells are all text: empty cells are left
            out, lists split at ``;``, booleans and the proposition's value parsed,
            and the formula guard's apostrophe removed.

    Returns:
        The mapping; ``proposition_*`` columns are gathered into ``proposition``,
        ``translation_*`` into ``translation``; a CSV ``propositions`` cell (several
        propositions) is read as the JSON list the export writes.
    """
    record: dict[str, object] = {}
    nested: dict[str, dict[str, object]] = {}
    for field, value in values.items():
        if from_text:
            if value is None or value == "":
                continue
            assert isinstance(value, str), f"CSV cell {field!r} is not text"  # the CSV reader yields only text
            value = _unescape(value)
            if "\r" in value:  # a spreadsheet's line ends inside a cell, read as dossiers read them
                value = value.replace("\r\n", "\n").replace("\r", "\n")
            if field in _LIST_FIELDS:
                value = _list_items(value)
            elif field in _BOOL_FIELDS:
                value = _BOOLS.get(value.strip().lower(), value)
            elif field == "proposition_value":
                value = _scalar_from_text(value.strip())
            elif field == "propositions":
                value = _json_list(value)
        elif value is None:
            continue
        name, _, part = field.partition("_")
        if kind == "claim" and name in _NESTED and part:
            nested.setdefault(name, {})[part] = value
        else:
            record[field] = value
    record.update(nested)
    return record


def cell_text(field: str, value: object) -> str:
    """One CSV cell for a field's external value (as :func:`to_fields` gives it).

    Lists are joined with ``"; "`` (``;`` and ``\\`` inside an item escaped with a
    backslash), booleans written ``true``/``false``, text that a spreadsheet would
    take for a formula gets a leading apostrophe (see the module's notes), and a
    proposition's text value that would read back as a number or boolean is
    written in double quotes.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        value = LIST_SEPARATOR.join(str(item).translate(_ITEM_ESCAPE) for item in value)
    value = str(value)
    if field == "proposition_value" and _scalar_from_text(value) != value:
        value = json.dumps(value, ensure_ascii=False)
    return "'" + value if _FORMULA.match(value) else value


def vocabulary_records(vocabulary: Vocabulary) -> list[dict[str, object]]:
    """The rows of a vocabulary table (:data:`VOCABULARY_COLUMNS`), as :func:`vocabulary_table` reads them back.

    Only what was declared is written, as in a dossier's ``vocabulary:`` header.
    """
    fields = vocabulary_fields(vocabulary)
    rows: list[dict[str, object]] = []
    if "approximation" in fields:
        rows.append({"declares": "approximation", "value": fields["approximation"]})
    units = fields.get("units", [])
    assert isinstance(units, list)  # vocabulary_fields writes a list of mappings
    for unit in units:
        row: dict[str, object] = {"declares": "unit", "value": unit["name"]}
        row.update((key, unit[key]) for key in ("family", "factor", "aliases") if key in unit)
        rows.append(row)
    categories = fields.get("categories", [])
    assert isinstance(categories, list)
    rows.extend({"declares": "category", "value": chain} for chain in categories)
    return rows


def vocabulary_table(table: TableFile) -> tuple[Vocabulary, list[tuple[int, str, str, str]]]:
    """Read a vocabulary table: the vocabulary it declares, and the problems of its rows.

    Returns:
        (vocabulary, problems); each problem is (line, ``row N``, what is wrong, how to fix it).
        The vocabulary holds the sound rows only.

    Raises:
        FileError: the file as a whole is unreadable.
        OSError: the file cannot be opened.
    """
    approximation: object = None
    units: list[dict[str, object]] = []
    categories: list[str] = []
    problems: list[tuple[int, str, str, str]] = []
    example = "e.g. unit,rockets,munitions,,rocket; missiles or category,rocket > palestinian-rocket"
    for row in read_table(table):
        where = f"row {row.number}"
        if row.error is not None or row.values is None:
            problems.append((row.line, where, row.error or "is empty", "fix or remove the row"))
            continue
        cells = row_record(VOCABULARY, row.values, from_text=table.format == "csv")
        unknown = sorted(set(cells) - set(VOCABULARY_COLUMNS))
        declares, value = cells.get("declares"), cells.get("value")
        if unknown or declares not in ("approximation", "unit", "category") or not isinstance(value, str):
            wrong = f"unknown column(s) {', '.join(map(repr, unknown))}" if unknown else None
            problems.append(
                (
                    row.line,
                    where,
                    wrong or "declares must be approximation, unit or category, and value its text",
                    f"use the columns {', '.join(VOCABULARY_COLUMNS)}; {example}",
                )
            )
            continue
        approximation_now, units_now, categories_now = approximation, units, categories
        if declares == "approximation":
            approximation_now = value
        elif declares == "category":
            categories_now = [*categories, value]
        else:
            unit: dict[str, object] = {"name": value}
            unit.update((key, cells[key]) for key in ("family", "aliases") if key in cells)
            if "factor" in cells:
                factor = cells["factor"]
                unit["factor"] = _scalar_from_text(factor) if isinstance(factor, str) else factor
            units_now = [*units, unit]
        try:  # each row checked with those before it, so a problem names its own line
            read_vocabulary({"approximation": approximation_now, "units": units_now, "categories": categories_now})
        except ValueError as exc:
            problems.append((row.line, where, str(exc), example))
            continue
        approximation, units, categories = approximation_now, units_now, categories_now
    return read_vocabulary({"approximation": approximation, "units": units, "categories": categories}), problems
