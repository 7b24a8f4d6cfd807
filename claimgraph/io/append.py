"""Adding relations to an existing dossier without disturbing anything else in it.

The analyst's file keeps its comments, its order and its layout: the new
entries are inserted as text at the end of the ``relations:`` list (which is
created at the end of the file when there is none). The result is parsed again
and checked to hold exactly the old relations followed by the new ones before
it replaces the file, atomically.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from claimgraph.errors import InputError, Problem
from claimgraph.io.files import is_store, write_atomic
from claimgraph.io.yamlfile import Located, LocatedList, read_text, read_yaml
from claimgraph.io.yamltext import yaml_text
from claimgraph.model import Relation, to_fields

__all__ = ["append_relations", "relations_appended"]


def _entries_text(relations: Sequence[Relation], indent: str) -> list[str]:
    records = [to_fields(relation) for relation in relations]
    text = yaml_text(records)
    return [f"{indent}{line}" if line else line for line in text.splitlines()]


def _block_end(lines: list[str], start: int) -> int:
    """Index just past the last content line of the top-level block that starts at ``start``."""
    end = start + 1
    last = start + 1
    while end < len(lines):
        line = lines[end]
        stripped = line.strip()
        if stripped and not line[0].isspace() and not line.startswith(("-", "#")):
            break  # the next top-level key
        if stripped and not stripped.startswith("#"):
            last = end + 1
        end += 1
    return last


def relations_appended(text: str, relations: Sequence[Relation], label: str = "dossier") -> str:
    """A dossier's text with relations added at the end of its ``relations:`` list.

    Args:
        text: the dossier's YAML text.
        relations: the relations to add, in order.
        label: how to name the dossier in error messages.

    Returns:
        The new text; everything outside the inserted lines is unchanged.

    Raises:
        InputError: the text is not a dossier mapping, or its ``relations`` is
            written in a form the new entries cannot be added to (a one-line
            ``[...]`` list), or the result would not read back as intended.
    """
    if not relations:
        return text
    data = read_yaml(text, label)
    if not isinstance(data, Located):
        raise InputError(
            [Problem(label, 1, "", "is not a dossier (the top level is not a mapping)", "name a dossier file")]
        )
    lines = text.split("\n")
    existing = data.get("relations")
    if "relations" not in data:
        while lines and not lines[-1].strip():
            lines.pop()
        lines += ["", "relations:", *_entries_text(relations, "  "), ""]
    else:
        key_index = data.line_of("relations") - 1
        key_line = lines[key_index]
        after_colon = key_line.partition(":")[2].split("#")[0].strip()
        if existing is None or after_colon == "[]":
            lines[key_index] = "relations:"
            lines[key_index + 1 : key_index + 1] = _entries_text(relations, "  ")
        elif isinstance(existing, LocatedList) and not after_colon:
            first = lines[existing.item_lines[0] - 1]
            indent = first[: len(first) - len(first.lstrip(" "))]
            end = _block_end(lines, key_index)
            lines[end:end] = _entries_text(relations, indent)
        else:
            raise InputError(
                [
                    Problem(
                        label,
                        data.line_of("relations"),
                        "",
                        "relations: is written on one line",
                        "write relations as a block list, one '- kind: ...' entry per item",
                    )
                ]
            )
    new_text = "\n".join(lines)
    _check(text, new_text, relations, label)
    return new_text


def _check(old_text: str, new_text: str, relations: Sequence[Relation], label: str) -> None:
    old, new = read_yaml(old_text, label), read_yaml(new_text, label)
    if not _appended_cleanly(old, new, [to_fields(r) for r in relations]):
        raise InputError(
            [
                Problem(
                    label,
                    0,
                    "",
                    "the new relations could not be added cleanly",
                    "add them by hand; nothing was written",
                )
            ]
        )


def _appended_cleanly(old: object, new: object, added: list[dict[str, object]]) -> bool:
    """True when dossier ``new`` is ``old`` with ``added`` at the end of its relations, and nothing else changed."""
    if not isinstance(old, Located) or not isinstance(new, Located):
        return False
    old_relations, new_relations = old.get("relations") or [], new.get("relations") or []
    if not isinstance(old_relations, list) or not isinstance(new_relations, list):
        return False
    others_same = {k: v for k, v in old.items() if k != "relations"} == {
        k: v for k, v in new.items() if k != "relations"
    }
    return new_relations == [*old_relations, *added] and others_same


def append_relations(path: str | os.PathLike[str], relations: Sequence[Relation]) -> int:
    """Add relations to the end of a dossier's ``relations:`` list, atomically.

    Args:
        path: the dossier file.
        relations: the relations to add (written with their ``recorded_by``,
            ``note`` and, if set, ``rule``).

    Returns:
        How many relations were added.

    Raises:
        InputError: the file cannot be read, or cannot be amended safely; the
            file is then left as it was.
    """
    target = Path(path)
    if is_store(target):
        raise InputError(
            [
                Problem(
                    str(path),
                    0,
                    "",
                    "is a ledger store, not a dossier file",
                    "add the relations to a dossier, then record it: claimgraph record DOSSIER --ledger FILE",
                )
            ]
        )
    text = read_text(target, str(path))
    new_text = relations_appended(text, relations, str(path))
    if new_text != text:
        # A dossier reached through a symbolic link is amended where it lives; the link stays.
        write_atomic(target.resolve(), new_text)
    return len(relations)
