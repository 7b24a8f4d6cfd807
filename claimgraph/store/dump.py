"""Dumping a ledger store back to a dossier: its current state as YAML, with document texts.

The dump reads back (``read_ledger``) to the same ledger, and recording it into
a fresh store gives the same current state: the dossier is the store's portable form.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from claimgraph.errors import InputError
from claimgraph.io.dossier import dossier_text
from claimgraph.io.files import write_files_atomic
from claimgraph.model import Ledger
from claimgraph.store.read import read_store, stored_metadata
from claimgraph.store.tree import head_comment, stored_head

__all__ = ["document_text_files", "dump_store"]


def document_text_files(ledger: Ledger, folder: Path, label: str) -> dict[Path, str]:
    """The document text files to write beside a dossier written into ``folder``, by path.

    Each document's ``text_file`` is relative to its dossier: writing the texts
    there too makes the dossier check where it lands.

    Raises:
        InputError: a text file would land outside ``folder``, or two documents
            share a file with different texts.
    """
    files: dict[Path, str] = {}
    root = folder.resolve()
    for document in ledger.documents:
        if document.text_file is None or document.text is None:
            continue
        target = folder / document.text_file
        name = f"document {document.id!r}"
        if Path(document.text_file).is_absolute() or not target.resolve().is_relative_to(root):
            raise InputError.single(
                label,
                f"text_file: {document.text_file!r} lies outside the dump folder",
                "record the document with a text_file beside its dossier",
                entry=name,
            )
        if files.get(target, document.text) != document.text:
            raise InputError.single(
                label,
                f"text_file: {document.text_file!r} is shared by documents with different texts",
                "give each text its own file",
                entry=name,
            )
        files[target] = document.text
    return files


def dump_store(
    path: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    as_of: str | None = None,
    *,
    known_by: dt.date | None = None,
) -> list[Path]:
    """Write a store's current state (or its state at ``as_of``, or as known on ``known_by``) as a dossier.

    The dossier is named after the store (``ledger.db`` → ``ledger.yaml``);
    each document's text goes to its ``text_file`` beside it (inline when it
    has none), and the dossier's own fields (title, note, id...) as the store
    last kept them head it. The dossier's first line is a comment recording the ledger's
    head at that state. Every file is written atomically; the same state always
    gives the same bytes.

    Args:
        path: the ledger file.
        out_dir: the folder to write into; created when missing.
        as_of: as in :func:`~claimgraph.store.read_store`.
        known_by: story time: only what was known on this day (the head
            comment says so; the head is still the one of the recorded state).

    Returns:
        The files written, the dossier first.

    Raises:
        InputError: the store cannot be read, or a text file would land
            outside the folder.
        OutputError: a file cannot be written; then no file of the dump is replaced.
        OSError: the folder cannot be created.
    """
    label = str(path)
    ledger = read_store(path, as_of=as_of, known_by=known_by)
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    dossier = folder / f"{Path(path).stem}.yaml"
    texts = document_text_files(ledger, folder, label)
    if any(target.resolve() == dossier.resolve() for target in texts):
        raise InputError.single(
            label,
            f"a document's text_file is named like the dump, {dossier.name}",
            "rename the ledger file, or the document's text_file",
        )
    for target in texts:
        target.parent.mkdir(parents=True, exist_ok=True)
    # A comment, so the dump still reads back as a dossier; verify --against reads it.
    head = head_comment(stored_head(path, as_of=as_of), Path(path).name, as_of, known_by)
    # Every file is written out before any is replaced: a full disk leaves the old dump whole.
    write_files_atomic(
        {
            **dict(sorted(texts.items())),
            dossier: head + dossier_text(ledger, metadata=stored_metadata(path, as_of=as_of)),
        }
    )
    return [dossier, *sorted(texts)]
