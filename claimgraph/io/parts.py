"""Splitting a ledger too large for one dossier file into several files of one folder.

The reader refuses a dossier over :data:`claimgraph.io.yamlfile.MAX_BYTES`, so
a writer must never produce one. A ledger may be spread over any number of
dossier files read together (references resolve across files), so a large
ledger is written as ``draft.yaml``, ``draft-2.yaml``, ``draft-3.yaml``, ...,
each under the limit. One entry larger than the limit on its own (a document
embedding a huge text) cannot be split and is refused.

:func:`write_parts` writes the same parts from entries that come one at a
time (a long article's draft), staging them in files instead of holding them,
with notes (comments) above entries if asked.
"""

from __future__ import annotations

import itertools
import os
from array import array
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from claimgraph.errors import OutputError
from claimgraph.io.dossier import FORMAT_VERSION, dossier_text
from claimgraph.io.files import StagedFile, StagedFiles
from claimgraph.io.yamlfile import MAX_BYTES
from claimgraph.io.yamltext import yaml_text
from claimgraph.model import SECTIONS, Ledger, to_fields
from claimgraph.model.vocabulary import Vocabulary, vocabulary_fields

__all__ = [
    "Annotate",
    "Entries",
    "dossier_parts",
    "dossier_within",
    "entry_yaml",
    "header_yaml",
    "part_paths",
    "write_parts",
]

#: An entry's text as written, from its YAML (comments put above it, say).
Annotate = Callable[[str], str]
#: Entries in dossier order (sources, documents, claims...) as ``(section, entry, annotate or None)``;
#: each call starts again from the first.
Entries = Callable[[], Iterable[tuple[str, object, Annotate | None]]]

#: Room kept in each part for its header and section keys.
_HEADER_ROOM = 4096


def entry_yaml(entry: object) -> str:
    """One entry as an item of its dossier section (``- id: ...``), ready to append under the section's key."""
    return yaml_text([to_fields(entry)])


def header_yaml(*, title: str | None = None, vocabulary: Vocabulary | None = None) -> str:
    """A dossier's header: its format, an optional title and the ledger's declared vocabulary for figures."""
    header: dict[str, object] = {"format": FORMAT_VERSION}
    if title:
        header["title"] = title
    if vocabulary is not None and not vocabulary.is_default:
        header["vocabulary"] = vocabulary_fields(vocabulary)
    return yaml_text(header)


def dossier_parts(
    ledger: Ledger, path: str | os.PathLike[str], *, title: str | None = None, max_bytes: int = MAX_BYTES
) -> list[str]:
    """The ledger as one dossier text, or as several when one would exceed ``max_bytes``.

    Args:
        ledger: what to write.
        path: the file the first part goes to, for error messages.
        title: the dossier's title; each further part says which part it is.
        max_bytes: the largest part, in UTF-8 bytes.

    Returns:
        ``[dossier_text(ledger, title=title)]`` when that fits; else the parts,
        each a complete dossier, entries in ledger order.

    Raises:
        OutputError: one entry alone is larger than ``max_bytes``.
    """
    whole = dossier_text(ledger, title=title)
    if len(whole.encode("utf-8")) <= max_bytes:
        return [whole]
    budget = max_bytes - _HEADER_ROOM
    parts: list[dict[str, list[str]]] = [{}]
    size = 0
    for section in SECTIONS:
        for entry in getattr(ledger, section):
            text = entry_yaml(entry)
            length = len(text.encode("utf-8"))
            if length > budget:
                raise OutputError(
                    str(path),
                    f"{section[:-1]} {entry.id!r} alone is {length:,} bytes, more than a dossier may hold "
                    f"({max_bytes:,})",
                    "keep long texts in their own file: write the draft into the article's folder so the "
                    "document names it by text_file, or record the ledger in a store",
                )
            if size + length > budget:
                parts.append({})
                size = 0
            parts[-1].setdefault(section, []).append(text)
            size += length
    texts = []
    for number, sections in enumerate(parts, start=1):
        # Every part declares the vocabulary: each is a complete dossier, read alone or with the others.
        named = title if number == 1 or not title else f"{title} (part {number} of {len(parts)})"
        header = header_yaml(title=named, vocabulary=ledger.vocabulary)
        texts.append(header + "".join(f"{name}:\n" + "".join(items) for name, items in sections.items()))
    return texts


def part_paths(path: str | os.PathLike[str], count: int) -> list[Path]:
    """Where the parts of a split dossier go: ``path`` itself, then ``STEM-2.yaml``, ``STEM-3.yaml``, ...

    Example:
        >>> [p.name for p in part_paths("claims/draft.yaml", 3)]
        ['draft.yaml', 'draft-2.yaml', 'draft-3.yaml']
    """
    first = Path(path)
    suffix = first.suffix or ".yaml"
    return [first, *(first.with_name(f"{first.stem}-{n}{suffix}") for n in range(2, count + 1))]


def _utf8(text: str) -> int:
    return len(text.encode("utf-8"))


def _in_order(
    entries: Iterable[tuple[str, object, Annotate | None]],
) -> Iterator[tuple[str, object, Annotate | None]]:
    """The entries, checked to come section by section in dossier order."""
    order = list(SECTIONS)
    at = 0
    for section, entry, annotate in entries:
        if order.index(section) < at:
            raise ValueError(f"{order[at]} entries must come after {section} entries")
        at = order.index(section)
        yield section, entry, annotate


def _whole_pieces(entries: Entries, title: str | None, vocabulary: Vocabulary) -> Iterator[tuple[int, str]]:
    """The text :func:`dossier_text` writes, piece by piece, as (bytes before annotation, piece as written)."""
    header = dossier_text(Ledger(vocabulary=vocabulary), title=title)
    yield _utf8(header), header
    current = None
    for section, entry, annotate in _in_order(entries()):
        if section != current:
            current = section
            yield len(section) + 2, f"{section}:\n"
        text = yaml_text([to_fields(entry)])
        yield _utf8(text), annotate(text) if annotate is not None else text


def dossier_within(
    entries: Entries,
    *,
    title: str | None = None,
    vocabulary: Vocabulary | None = None,
    max_bytes: int = MAX_BYTES,
) -> str | None:
    """The entries as one dossier, as :func:`dossier_text` writes it (annotated); None once it passes ``max_bytes``.

    Stops at the entry that takes it over the limit: a draft too large for
    standard output is refused without being written out whole first.
    """
    pieces, size = [], 0
    for _raw, piece in _whole_pieces(entries, title, vocabulary or Vocabulary()):
        size += _utf8(piece)
        if size > max_bytes:
            return None
        pieces.append(piece)
    return "".join(pieces)


class _Body:
    """Every entry's text as written, in one scratch file, with the sizes :func:`dossier_parts` cuts by."""

    def __init__(self, scratch: StagedFile) -> None:
        self.file = scratch
        self.sections: list[tuple[str, int]] = []  # each section and the index of its first entry
        self.raw = array("q")  # each entry's YAML, in bytes
        self.written = array("q")  # each entry's text as written (annotated), in bytes

    def add(self, section: str, entry: object, annotate: Annotate | None) -> None:
        if not self.sections or self.sections[-1][0] != section:
            self.sections.append((section, len(self.raw)))
        raw = entry_yaml(entry)
        text = annotate(raw) if annotate is not None else raw
        data = text.encode("utf-8")
        self.file.write(data)
        self.raw.append(len(data) if text is raw else _utf8(raw))
        self.written.append(len(data))

    def section_of(self, index: int) -> str:
        return next(name for name, first in reversed(self.sections) if first <= index)

    def keys_size(self) -> int:
        """The bytes of the section keys (``claims:``) a dossier of every entry writes."""
        return sum(len(name) + 2 for name, _first in self.sections)


def _cuts(body: _Body, budget: int, path: str | os.PathLike[str], entries: Entries) -> list[int]:
    """Where each part starts (entry indexes), as :func:`dossier_parts` cuts with ``max_bytes=budget``."""
    room = budget - _HEADER_ROOM
    starts, size = [0], 0
    for index, length in enumerate(body.raw):
        if length > room:
            section = body.section_of(index)
            entry = next(e for i, (_s, e, _a) in enumerate(_in_order(entries())) if i == index)
            raise OutputError(
                str(path),
                f"{section[:-1]} {getattr(entry, 'id', '?')!r} alone is {length:,} bytes, more than a dossier "
                f"may hold ({budget:,})",
                "keep long texts in their own file: write the draft into the article's folder so the "
                "document names it by text_file, or record the ledger in a store",
            )
        if size + length > room:
            starts.append(index)
            size = 0
        size += length
    return starts


def _runs(body: _Body, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    """The sections of entries ``start`` to ``end``: (section, first entry, entry after the last)."""
    bounds = [*body.sections, ("", len(body.raw))]
    for (name, first), (_next, after) in itertools.pairwise(bounds):
        if max(first, start) < min(after, end):
            yield name, max(first, start), min(after, end)


def _titled(title: str | None, number: int, count: int) -> str | None:
    return title if number == 1 or not title else f"{title} (part {number} of {count})"


def write_parts(
    files: StagedFiles,
    path: str | os.PathLike[str],
    entries: Entries,
    *,
    title: str | None = None,
    vocabulary: Vocabulary | None = None,
    max_bytes: int = MAX_BYTES,
) -> list[Path]:
    """Stage the entries as the dossier parts :func:`dossier_parts` would write, without holding them.

    Each entry is written once, as it comes, to a scratch file beside ``path``
    (its size kept); the parts are then cut as :func:`dossier_parts` cuts them
    and each is staged with its header ("(part N of M)") and a copy of its
    entries, a megabyte at a time. A draft that fits one dossier is written as
    :func:`dossier_text` writes it (its header, then each section's key and
    the same entries' bytes). ``files.publish()`` then puts them in place.

    Args:
        files: where the parts are staged.
        path: the first part's file; further parts go to :func:`part_paths`.
        entries: the entries in dossier order, each with what to write instead
            of its bare YAML (comments above it) or None; called again only
            to name an entry too large to fit. Parts are cut by the bare sizes; while an annotated part is
            over ``max_bytes`` they are cut again with less room, exactly as a
            ledger split by :func:`dossier_parts` and then annotated part by
            part until every part fits.
        title: the dossier's title; each further part says which part it is.
        vocabulary: the ledger's declared vocabulary, written in every part.
        max_bytes: the largest part, in UTF-8 bytes, annotations included.

    Returns:
        The staged parts' paths, in order.

    Raises:
        OutputError: one entry alone is too large for a dossier, or a file cannot be written.
    """
    vocabulary = vocabulary or Vocabulary()
    body = _Body(files.scratch(path))
    for section, entry, annotate in _in_order(entries()):
        body.add(section, entry, annotate)
    # The whole draft as dossier_text writes it is its header, then each section's key and entries.
    whole_header = dossier_text(Ledger(vocabulary=vocabulary), title=title)
    whole_raw = _utf8(whole_header) + body.keys_size() + sum(body.raw)
    budget = max_bytes
    while True:
        if whole_raw <= budget:
            largest = _utf8(whole_header) + body.keys_size() + sum(body.written)
            if largest <= max_bytes:
                return _stage_parts(files, path, body, [whole_header], [0], [len(body.raw)])
        else:
            starts = _cuts(body, budget, path, entries)
            ends = [*starts[1:], len(body.raw)]
            headers = [
                header_yaml(title=_titled(title, n, len(starts)), vocabulary=vocabulary)
                for n in range(1, len(starts) + 1)
            ]
            largest = max(
                _utf8(header)
                + sum(len(name) + 2 + sum(body.written[first:after]) for name, first, after in _runs(body, start, end))
                for header, start, end in zip(headers, starts, ends, strict=True)
            )
            if largest <= max_bytes:
                return _stage_parts(files, path, body, headers, starts, ends)
        # The annotations took a part over the limit: cut again, leaving them room.
        budget = budget * max_bytes // largest - 1


def _stage_parts(
    files: StagedFiles,
    path: str | os.PathLike[str],
    body: _Body,
    headers: list[str],
    starts: list[int],
    ends: list[int],
) -> list[Path]:
    """Stage each part: its header, then for each of its sections the key and a copy of its entries' bytes."""
    offsets = array("q", [0])
    for length in body.written:
        offsets.append(offsets[-1] + length)
    paths = part_paths(path, len(starts))
    for target, header, start, end in zip(paths, headers, starts, ends, strict=True):
        part = files.stage(target)
        part.write(header.encode("utf-8"))
        for name, first, after in _runs(body, start, end):
            part.write(f"{name}:\n".encode())
            body.file.copy_to(part, offsets[first], offsets[after])
    return paths
