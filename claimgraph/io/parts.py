"""Splitting a ledger too large for one dossier file into several files of one folder.

The reader refuses a dossier over :data:`claimgraph.io.yamlfile.MAX_BYTES`, so
a writer must never produce one. A ledger may be spread over any number of
dossier files read together (references resolve across files), so a large
ledger is written as ``draft.yaml``, ``draft-2.yaml``, ``draft-3.yaml``, ...,
each under the limit. One entry larger than the limit on its own (a document
embedding a huge text) cannot be split and is refused.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from claimgraph.errors import OutputError
from claimgraph.io.dossier import FORMAT_VERSION, dossier_text
from claimgraph.io.yamlfile import MAX_BYTES
from claimgraph.model import SECTIONS, Ledger, to_fields
from claimgraph.model.vocabulary import Vocabulary, vocabulary_fields

__all__ = ["dossier_parts", "entry_yaml", "header_yaml", "part_paths"]

#: Room kept in each part for its header and section keys.
_HEADER_ROOM = 4096


if TYPE_CHECKING:
    # The type checker sees the interface both bases share: SafeDumper's representers.
    # (types-PyYAML declares CSafeDumper even without libyaml, and as the unsafe CDumper.)
    _Base = yaml.SafeDumper
else:
    _Base = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_Base):
    """The dossier layout (multi-line text as a literal block), with libyaml's emitter when there is one."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    # Same rule as dossier_text: multi-line text is written as a literal block.
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_Dumper.add_representer(str, _str)


def _dump(value: object) -> str:
    return yaml.dump(value, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def entry_yaml(entry: object) -> str:
    """One entry as an item of its dossier section (``- id: ...``), ready to append under the section's key."""
    return _dump([to_fields(entry)])


def header_yaml(*, title: str | None = None, vocabulary: Vocabulary | None = None) -> str:
    """A dossier's header: its format, an optional title and the ledger's declared vocabulary for figures."""
    header: dict[str, object] = {"format": FORMAT_VERSION}
    if title:
        header["title"] = title
    if vocabulary is not None and not vocabulary.is_default:
        header["vocabulary"] = vocabulary_fields(vocabulary)
    return _dump(header)


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
