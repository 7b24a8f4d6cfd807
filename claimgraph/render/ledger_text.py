"""Plain-text views of the ledger store: the log, a recording's summary, a verification."""

from __future__ import annotations

from collections.abc import Iterable

from claimgraph.store import LogEntry, RecordSummary, VerifyResult

__all__ = ["log_text", "summary_text", "verify_text"]


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
    """One line: what a ``record`` appended (or would append)."""
    verb = "would record into" if dry_run else "recorded into"
    return (
        f"{verb} {ledger}: {summary.added} added, {summary.amended} amended, "
        f"{summary.retracted} retracted, {summary.unchanged} unchanged\n"
    )


def verify_text(result: VerifyResult, ledger: str) -> str:
    """The verdict of a verification; the first broken entry when there is one."""
    if result.ok:
        return f"ok: {ledger}: {result.entries} entries, chain and current state intact; head {result.head}\n"
    return f"error: {ledger}: {result.broken}\n"
