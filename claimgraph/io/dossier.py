"""Dossier files: YAML, one story each; a folder of them is one ledger.

Reading checks everything it can and reports every problem of every file at
once, each with its file, line and entry. Writing is atomic: a file is either
replaced whole or left as it was.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeGuard

from attrs import evolve

from claimgraph.errors import FieldError, InputError, Problem
from claimgraph.io.article import ARTICLE_MAX_BYTES
from claimgraph.io.yamlfile import Located, LocatedList, read_text, read_yaml
from claimgraph.io.yamltext import yaml_text
from claimgraph.model import SECTIONS, Document, Ledger, check_ledger
from claimgraph.model.external import from_fields, to_fields
from claimgraph.model.fields import checked_text
from claimgraph.model.vocabulary import Vocabulary, declares_vocabulary, read_vocabulary, vocabulary_fields

__all__ = [
    "DOSSIER_SUFFIXES",
    "dossier_files",
    "dossier_headers",
    "dossier_text",
    "read_ledger",
]

DOSSIER_SUFFIXES = (".yaml", ".yml")

_HEADER_KEYS = ("format", "dossier", "title", "recorded_by", "note", "vocabulary", "retractions")
FORMAT_VERSION = 1
#: Problems reported before checking stops: a hostile or badly broken input
#: (a million empty entries) gets the first ones and a count, not millions of lines.
MAX_PROBLEMS = 100
_STOPPED_HINT = "fix the problems above, then check again"


class Identified(Protocol):
    """What reading needs of an entry :func:`from_fields` built: its id (a relation's is derived)."""

    @property
    def id(self) -> str:
        """The entry's id."""
        ...


def has_id(entry: object) -> TypeGuard[Identified]:
    """True when ``entry`` has a text id, as every kind of entry has.

    :func:`from_fields` returns ``object`` (the registry knows each kind's class only at
    run time); this check tells the type checker what readers rely on, without
    listing the kinds again.
    """
    return isinstance(getattr(entry, "id", None), str)


def dossier_files(paths: Iterable[str | os.PathLike[str]]) -> list[tuple[Path, str]]:
    """Expand files and folders into the dossier files they name, in a stable order.

    Returns:
        (path, label) pairs; the label is the path as the user would write it.

    Raises:
        InputError: a path does not exist, or a folder holds no dossier.
    """
    found: list[tuple[Path, str]] = []
    problems = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.suffix in DOSSIER_SUFFIXES and p.is_file())
            if not inside:
                problems.append(
                    Problem(
                        str(path),
                        0,
                        "",
                        "holds no .yaml dossier files",
                        "name a folder with dossiers, or a dossier file",
                    )
                )
            found.extend((p, str(p)) for p in inside)
        elif path.exists():
            found.append((path, str(path)))
        else:
            problems.append(Problem(str(path), 0, "", "does not exist", "check the path"))
    if problems:
        raise InputError(problems)
    return found


class _Locations:
    """Where each entry was read, so ledger-wide defects can be reported by file and line."""

    def __init__(self) -> None:
        self._at: dict[tuple[str, str], list[tuple[str, Located]]] = {}

    def add(self, kind: str, entry_id: str, label: str, record: Located) -> None:
        self._at.setdefault((kind, entry_id), []).append((label, record))

    def problems(self, kind: str, entry_id: str, field: str | None, message: str, hint: str) -> list[Problem]:
        """The defect located at the entry, or for a repeated id at every repetition."""
        places = self._at.get((kind, entry_id))
        entry = f"{kind} {entry_id!r}"
        if places is None:  # an entry read from no file: the defect belongs to the ledger as a whole
            return [Problem("(ledger)", 0, entry, f"{field}: {message}" if field else message, hint)]
        if field == "id" and len(places) > 1:
            first_label, first = places[0]
            return [
                Problem(
                    label,
                    record.line,
                    entry,
                    f"id: already used by the {kind} at {first_label}:{first.line}",
                    f"give each {kind} its own id, or remove the repeated entry",
                )
                for label, record in places[1:]
            ]
        label, record = places[0]
        line = _field_line(record, field) if field else record.line
        return [Problem(label, line, entry, f"{field}: {message}" if field else message, hint)]


def _read_file(path: Path, label: str, locations: _Locations) -> tuple[Ledger, list[Problem]]:
    text = read_text(path, label)
    if not text.strip():
        raise InputError(
            [Problem(label, 0, "", "is empty", "a dossier needs at least a 'claims:' list; see the README")]
        )
    repeated: list[Problem] = []  # reported below with every other problem of the file
    data = read_yaml(text, label, repeated=repeated)
    if not isinstance(data, Located):
        kind = type(data).__name__ if not isinstance(data, list) else "list"
        raise InputError(
            [
                Problem(
                    label,
                    getattr(data, "line", 1),
                    "",
                    f"the top level is a {kind}, not a mapping",
                    "start the file with keys such as 'sources:' and 'claims:'",
                )
            ]
        )
    problems: list[Problem] = list(repeated)
    for key in data:
        if key not in SECTIONS and key not in _HEADER_KEYS:
            known = ", ".join([*_HEADER_KEYS, *SECTIONS])
            problems.append(
                Problem(label, data.line_of(key), "", f"unknown top-level key {key!r}", f"known keys: {known}")
            )
    if data.get("format", FORMAT_VERSION) != FORMAT_VERSION:
        problems.append(
            Problem(
                label,
                data.line_of("format"),
                "",
                f"format {data['format']!r} is not supported (this claimgraph reads {FORMAT_VERSION})",
                "upgrade claimgraph, or convert the dossier",
            )
        )
    default_recorder = data.get("recorded_by")
    # Each section holds entries of its own kind's class, which the registry knows only at run time.
    built: dict[str, list[Any]] = {section: [] for section in SECTIONS}
    for section, kind in SECTIONS.items():
        entries = data.get(section)
        if entries is None:
            continue
        if not isinstance(entries, LocatedList):
            problems.append(
                Problem(
                    label,
                    data.line_of(section),
                    "",
                    f"{section} must be a list of entries",
                    f"write each entry on a line starting with '- ' under {section}:",
                )
            )
            continue
        for position, record in enumerate(entries):
            line = entries.item_lines[position]
            if len(problems) >= MAX_PROBLEMS:
                left = (
                    len(entries)
                    - position
                    + sum(
                        len(rest)
                        for later in list(SECTIONS)[list(SECTIONS).index(section) + 1 :]
                        if isinstance(rest := data.get(later), list)
                    )
                )
                problems.append(
                    Problem(
                        label,
                        line,
                        "",
                        f"checking stopped after {len(problems)} problems; {left:,} more entries were not checked",
                        _STOPPED_HINT,
                    )
                )
                return Ledger(), problems
            if not isinstance(record, Located):
                problems.append(
                    Problem(
                        label,
                        line,
                        f"{kind} #{position + 1}",
                        "is not a mapping of fields",
                        "write the entry as 'key: value' lines",
                    )
                )
                continue
            entry = _read_entry(kind, record, position, line, label, default_recorder, problems)
            if entry is not None:
                built[section].append(entry)
                locations.add(kind, entry.id, label, record)
    documents = [_with_text(doc, path, label, locations, problems) for doc in built["documents"]]
    built["documents"] = documents
    vocabulary = Vocabulary()
    if "vocabulary" in data:
        try:
            vocabulary = read_vocabulary(data["vocabulary"])
        except ValueError as exc:
            hint = "e.g. vocabulary: {categories: ['rocket > palestinian-rocket'], units: [{name: rockets}]}"
            problems.append(Problem(label, data.line_of("vocabulary"), "vocabulary", str(exc), hint))
    return Ledger(**built, vocabulary=vocabulary), problems


def _field_line(record: Located, field: str) -> int:
    """The line of a field, down a dotted path (``propositions.1.value``) as far as the YAML located it."""
    first, *rest = field.split(".")
    line = record.line_of(first)
    node = record.get(first)
    for part in rest:
        if isinstance(node, LocatedList) and part.isdigit() and int(part) < len(node.item_lines):
            line, node = node.item_lines[int(part)], node[int(part)]
        elif isinstance(node, Located) and part in node:
            line, node = node.line_of(part), node[part]
        else:
            break
    return line


def _read_entry(
    kind: str,
    record: Located,
    position: int,
    line: int,
    label: str,
    default_recorder: object,
    problems: list[Problem],
) -> Identified | None:
    """The entry ``record`` describes, or None with its problems appended to ``problems``."""
    values = Located(record)  # a copy that keeps how non-text values were spelled, for the messages
    values.spelling = record.spelling
    if kind == "relation" and default_recorder is not None:
        values.setdefault("recorded_by", default_recorder)
    name = f"{kind} {record['id']!r}" if isinstance(record.get("id"), str) else f"{kind} #{position + 1}"
    try:
        entry = from_fields(kind, values, read_as="YAML")
    except FieldError as exc:
        for field, message, hint in exc.errors:
            problems.append(
                Problem(
                    label,
                    _field_line(record, field) if field else line,
                    name,
                    f"{field}: {message}" if field else message,
                    hint,
                )
            )
        return None
    assert has_id(entry), f"{kind} without an id"  # every entry class has one
    return entry


def _with_text(document: Document, path: Path, label: str, locations: _Locations, problems: list[Problem]) -> Document:
    if document.text_file is None:
        return document
    where = locations.problems("document", document.id, "text_file", "", "")[0]
    try:
        folder = path.parent.resolve()
        target = (path.parent / document.text_file).resolve()
    except (OSError, RuntimeError, ValueError):  # a loop of symbolic links (RuntimeError before Python 3.13)
        problems.append(
            Problem(
                label,
                where.line,
                where.entry,
                f"text_file: {document.text_file!r} cannot be followed (a loop of symbolic links?)",
                "point text_file at an ordinary file beside the dossier",
            )
        )
        return document
    if not target.is_relative_to(folder):
        problems.append(
            Problem(
                label,
                where.line,
                where.entry,
                f"text_file: {document.text_file!r} lies outside the dossier's folder",
                "keep the document's text beside the dossier",
            )
        )
        return document
    try:
        text = read_text(target, str(path.parent / document.text_file), max_bytes=ARTICLE_MAX_BYTES)
    except InputError as exc:
        problems.extend(
            Problem(label, where.line, where.entry, f"text_file: {p.path} {p.message}", p.hint) for p in exc.problems
        )
        return document
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if document.sha256 is not None and document.sha256 != digest:
        problems.append(
            Problem(
                label,
                where.line,
                where.entry,
                f"text_file: {document.text_file} has changed since its sha256 was recorded",
                f"if the change is intended, set sha256: {digest}",
            )
        )
    try:
        checked_text(text)
    except ValueError as exc:
        problems.append(Problem(label, where.line, where.entry, f"text_file: {document.text_file} {exc}", ""))
        return document
    return evolve(document, text=text)


def read_ledger(paths: Sequence[str | os.PathLike[str]]) -> Ledger:
    """Read dossier files and folders into one checked ledger.

    Args:
        paths: dossier files, or folders searched for ``*.yaml`` / ``*.yml``.

    Returns:
        The ledger, entries in file order then record order.

    Raises:
        InputError: with every problem found in every file (syntax, fields,
            references, duplicates, cycles, conflicting relations).
    """
    locations = _Locations()
    ledger = Ledger()
    problems: list[Problem] = []
    files = dossier_files(paths)
    for position, (path, label) in enumerate(files):
        if len(problems) >= MAX_PROBLEMS:
            others = len(files) - position - 1
            problems.append(
                Problem(
                    label,
                    0,
                    "",
                    f"not checked{f', nor the {others} files after it' if others else ''}: "
                    f"checking stopped after {len(problems)} problems",
                    _STOPPED_HINT,
                )
            )
            raise InputError(problems)
        try:
            part, found = _read_file(path, label, locations)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        problems.extend(found)
        ledger = ledger.merged(part)
    defects = check_ledger(ledger)
    for count, defect in enumerate(defects):
        if len(problems) >= MAX_PROBLEMS:
            problems.append(
                Problem(
                    "(ledger)",
                    0,
                    "",
                    f"checking stopped after {len(problems)} problems; "
                    f"{len(defects) - count:,} more consistency problems were not shown",
                    _STOPPED_HINT,
                )
            )
            break
        problems.extend(locations.problems(defect.kind, defect.id, defect.field, defect.message, defect.hint))
    if problems:
        raise InputError(problems)
    return ledger


def dossier_headers(paths: Sequence[str | os.PathLike[str]]) -> list[tuple[str, dict[str, object]]]:
    """Each dossier's own fields (everything but its entry lists), file by file.

    Read after :func:`read_ledger` accepted the files, so the YAML is known to parse.

    Returns:
        (label, fields) per dossier file, in :func:`dossier_files` order; dates
        and other YAML values are kept as plain Python values.
    """
    headers = []
    for path, label in dossier_files(paths):
        data = read_yaml(read_text(path, label), label)
        if isinstance(data, Located):
            headers.append((label, {key: _plain(value) for key, value in data.items() if key not in SECTIONS}))
    return headers


def _plain(value: object) -> object:
    """A YAML value without its line numbers."""
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def dossier_text(
    ledger: Ledger,
    *,
    title: str | None = None,
    recorded_by: str | None = None,
    metadata: Mapping[str, object] | None = None,
) -> str:
    """The ledger written as one dossier, in the format :func:`read_ledger` reads.

    Args:
        ledger: what to write.
        title: an optional title line for the dossier.
        recorded_by: default recorder for relations that name none.
        metadata: the dossier's own fields (title, note, id...) to write first,
            as a store kept them; ``title`` and ``recorded_by`` win over theirs.

    Returns:
        YAML text; the same ledger always gives the same text.
    """
    document: dict[str, object] = {"format": FORMAT_VERSION}
    fields = metadata or {}
    # The header keys in the order dossiers are written by hand, then any others by name.
    for key in [*(k for k in _HEADER_KEYS if k in fields), *sorted(k for k in fields if k not in _HEADER_KEYS)]:
        if key not in SECTIONS and key not in ("format", "retractions"):
            document[key] = fields[key]
    if title:
        document["title"] = title
    if recorded_by:
        document["recorded_by"] = recorded_by
    if not ledger.vocabulary.is_default and not declares_vocabulary(fields.get("vocabulary"), ledger.vocabulary):
        document["vocabulary"] = vocabulary_fields(ledger.vocabulary)
    pieces = [yaml_text(document)]
    for section in SECTIONS:
        entries = getattr(ledger, section)
        if entries:
            # Entry by entry: the text is the same as the whole document's, and an entry the
            # fast emitter cannot write exactly (see yaml_text) costs only itself the slow one.
            pieces.append(f"{section}:\n")
            pieces.extend(yaml_text([to_fields(entry)]) for entry in entries)
    return "".join(pieces)
