"""Plain-text views of the ledger store: the log, a recording's summary, a verification."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence

from claimgraph.store import Change, Head, LogEntry, RecordSummary, VerifyResult, parse_head

__all__ = [
    "field_changes",
    "log_json",
    "log_text",
    "proof_text",
    "read_proof",
    "summary_text",
    "value_text",
    "verify_text",
    "withdrawal_text",
    "word_diff",
]

_PROOF_MAGIC = "claimgraph-consistency-proof v1"
#: Text longer than this is shown as a word diff rather than whole, twice.
_LONG = 60
_INDENT = " " * 6

#: How a retraction's ``by`` reads: a withdrawn statement is a fact about the story,
#: an entry removed in error a fact about the ledger.
_WITHDRAWN = {"source": "withdrawn by the source", "analyst": "removed by the desk"}


def value_text(value: object) -> str:
    """A recorded field's value as a reader reads it: text as it is, anything else as JSON."""
    if value is None:
        return "(none)"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def word_diff(old: str, new: str) -> str:
    """Two versions of a text as one, the words removed in ``[-...-]`` and the words added in ``{+...+}``."""
    before, after = old.split(), new.split()
    parts: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
        if op == "equal":
            parts.extend(before[i1:i2])
            continue
        if i2 > i1:
            parts.append("[-" + " ".join(before[i1:i2]) + "-]")
        if j2 > j1:
            parts.append("{+" + " ".join(after[j1:j2]) + "+}")
    return " ".join(parts)


def field_changes(
    before: Mapping[str, object] | None, after: Mapping[str, object] | None
) -> list[tuple[str, object, object]]:
    """(field, old value, new value) for every value that differs, in field-name order.

    A field holding a mapping (a proposition) is followed into it, and a list
    that kept its length item by item, so a revised figure reads
    ``proposition.value: at least 500 → at least 471`` rather than as two
    whole propositions.
    """
    if before is None or after is None:
        return []
    return list(_differences("", before, after))


def _differences(path: str, old: object, new: object) -> Iterator[tuple[str, object, object]]:
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        for key in sorted({*old, *new}):
            if old.get(key) != new.get(key):
                yield from _differences(f"{path}.{key}" if path else str(key), old.get(key), new.get(key))
    elif path and isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for number, (was, now) in enumerate(zip(old, new, strict=True), start=1):
            if was != now:
                yield from _differences(f"{path}[{number}]", was, now)
    else:
        yield path, old, new


def _change_line(field: str, old: object, new: object) -> str:
    old_text, new_text = value_text(old), value_text(new)
    if isinstance(old, str) and isinstance(new, str) and max(len(old), len(new)) > _LONG:
        return f"{_INDENT}{field}: {word_diff(old_text, new_text)}"
    return f"{_INDENT}{field}: {old_text} → {new_text}"


def withdrawal_text(by: str | None) -> str:
    """How a retraction is described: by the source, by the desk, or (not said) retracted."""
    return _WITHDRAWN.get(by or "", "retracted")


def _detail_lines(
    action: str,
    before: Mapping[str, object] | None,
    after: Mapping[str, object] | None,
    note: Mapping[str, object] | None,
) -> list[str]:
    """The lines under an entry: why, and what changed (nothing for a plain addition)."""
    note = note or {}
    message = note.get("message")
    lines = []
    if action == "retract":
        by, follows = note.get("by"), note.get("follows")
        lines.append(
            f"{_INDENT}{withdrawal_text(by if isinstance(by, str) else None)}"
            + (f" (with {follows})" if isinstance(follows, str) else "")
            + (f": {message}" if isinstance(message, str) else "")
        )
    elif isinstance(message, str):
        lines.append(f"{_INDENT}reason: {message}")
    if action == "amend":
        lines.extend(_change_line(field, old, new) for field, old, new in field_changes(before, after))
    dossier = note.get("dossier")
    if isinstance(dossier, Mapping) and isinstance(dossier.get("title"), str):
        lines.append(f"{_INDENT}dossier: {dossier['title']}")
    return lines


def log_text(entries: Iterable[LogEntry]) -> str:
    """One line per log entry: seq, time, author, action, kind and id (and what an amendment changed).

    Under an entry, indented: the reason given for it, how a retraction came
    about (withdrawn by the source, or removed by the desk), and for an
    amendment each changed field's old → new value (a word diff for long
    text). Columns are padded to the widest value, so the same log always
    prints the same text.
    """
    entries = list(entries)
    rows = [
        (
            f"#{e.seq}",
            e.recorded_at,
            e.author,
            e.action,
            f"{e.kind} {e.entry_id}",
            f"({', '.join(e.changed)})" if e.changed else "",
        )
        for e in entries
    ]
    if not rows:
        return ""
    widths = [max(len(row[column]) for row in rows) for column in range(5)]
    lines = []
    for row, entry in zip(rows, entries, strict=True):
        lines.append(
            "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[5]]).rstrip()
        )
        lines.extend(_detail_lines(entry.action, entry.before, entry.record, entry.note))
    return "\n".join(lines) + "\n"


def log_json(entries: Iterable[LogEntry]) -> str:
    """The log as a JSON list: each entry's seq, time, author, action, kind, id, hash, reason,
    who withdrew it and, for a retraction by cascade, which retraction took it along
    (``follows``), and each changed field's old and new value."""
    items = []
    for e in entries:
        note = e.note or {}
        items.append(
            {
                "seq": e.seq,
                "recorded_at": e.recorded_at,
                "author": e.author,
                "action": e.action,
                "kind": e.kind,
                "id": e.entry_id,
                "hash": e.hash,
                "reason": e.message,
                "withdrawn_by": e.withdrawn_by if e.action == "retract" else None,
                "follows": e.follows,
                "changes": [
                    {"field": field, "old": old, "new": new} for field, old, new in field_changes(e.before, e.record)
                ]
                if e.action == "amend"
                else [],
                "record": e.record,
                "dossier": note.get("dossier"),
            }
        )
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def _change_lines(changes: Sequence[Change]) -> list[str]:
    lines = []
    for change in changes:
        lines.append(f"  {change.action:<7} {change.kind} {change.entry_id}")
        lines.extend(line[2:] for line in _detail_lines(change.action, change.before, change.after, change.note))
    return lines


def summary_text(summary: RecordSummary, ledger: str, *, dry_run: bool = False) -> str:
    """What a ``record`` appended (or would append), and the ledger's head after it.

    A dry run lists every entry that would be added, amended (with its diff) or retracted.
    """
    verb = "would record into" if dry_run else "recorded into"
    head = "" if summary.head is None else f"{'head would be' if dry_run else 'head'} {summary.head}\n"
    listed = "".join(line + "\n" for line in _change_lines(summary.changes)) if dry_run else ""
    kept = "; the dossier's own fields (title, note...) changed and were kept" if summary.fields_changed else ""
    return (
        f"{verb} {ledger}: {summary.added} added, {summary.amended} amended, "
        f"{summary.retracted} retracted, {summary.unchanged} unchanged{kept}\n{listed}{head}"
    )


def verify_text(result: VerifyResult, ledger: str) -> str:
    """The verdict of a verification; the first broken entry when there is one."""
    if not result.ok:
        lines = [f"error: {ledger}: {result.broken}"] if result.broken is not None else []
        lines.extend(
            f"error: {ledger}: schema object {difference}: the ledger's tables, views, triggers and indexes "
            "must be the ones claimgraph creates"
            for difference in result.schema
        )
        return "\n".join(lines) + "\n"
    checked = "chain, Merkle tree, current state and schema intact"
    if result.checkpoints:
        checked += f"; {result.checkpoints} signed checkpoint{'s' * (result.checkpoints != 1)} valid"
    lines = [f"ok: {ledger}: {result.entries} entries, {checked}; head {result.head}"]
    lines.extend(f"ok: the ledger extends the pinned head {pinned}" for pinned in result.pinned)
    return "\n".join(lines) + "\n"


def proof_text(old: Head, new: Head, hashes: list[bytes]) -> str:
    """A consistency proof as text: a first line naming the format, the two heads, one hash a line."""
    lines = [_PROOF_MAGIC, f"from {old}", f"to {new}", *(digest.hex() for digest in hashes)]
    return "\n".join(lines) + "\n"


def read_proof(text: str) -> tuple[Head, Head, list[bytes]] | None:
    """The heads and hashes of a proof written by :func:`proof_text`; None when it is not one."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 3 or lines[0] != _PROOF_MAGIC or not lines[1].startswith("from ") or not lines[2].startswith("to "):
        return None
    old, new = parse_head(lines[1][5:]), parse_head(lines[2][3:])
    if not isinstance(old, Head) or not isinstance(new, Head):
        return None
    try:
        hashes = [bytes.fromhex(line) for line in lines[3:]]
    except ValueError:
        return None
    if any(len(digest) != 32 for digest in hashes):
        return None
    return old, new, hashes
