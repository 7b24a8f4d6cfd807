"""Plain-text views of the ledger store: the log, a recording's summary, a verification."""

from __future__ import annotations

from collections.abc import Iterable

from claimgraph.store import Head, LogEntry, RecordSummary, VerifyResult, parse_head

__all__ = ["log_text", "proof_text", "read_proof", "summary_text", "verify_text"]

_PROOF_MAGIC = "claimgraph-consistency-proof v1"


def log_text(entries: Iterable[LogEntry]) -> str:
    """One line per log entry: seq, time, author, action, kind and id (and what an amendment changed).

    Columns are padded to the widest value, so the same log always prints the same text.
    """
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
    lines = (
        "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[5]]).rstrip()
        for row in rows
    )
    return "\n".join(lines) + "\n"


def summary_text(summary: RecordSummary, ledger: str, *, dry_run: bool = False) -> str:
    """What a ``record`` appended (or would append), and the ledger's head after it."""
    verb = "would record into" if dry_run else "recorded into"
    head = "" if summary.head is None else f"{'head would be' if dry_run else 'head'} {summary.head}\n"
    return (
        f"{verb} {ledger}: {summary.added} added, {summary.amended} amended, "
        f"{summary.retracted} retracted, {summary.unchanged} unchanged\n{head}"
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
