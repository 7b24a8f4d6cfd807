"""The ledger's hash chain: canonical JSON and the SHA-256 of each entry.

Every entry's hash covers its position, what it records, who recorded it and
when, why (its note, when it has one), and the hash of the entry before it;
changing, removing or reordering any past entry therefore breaks the chain
from that entry on.
"""

from __future__ import annotations

import hashlib
import json

__all__ = ["GENESIS", "canonical_json", "entry_hash"]

#: The ``prev_hash`` of the first entry.
GENESIS = "0" * 64


def canonical_json(value: object) -> str:
    """The one JSON spelling of a value: sorted keys, no spaces, UTF-8 characters kept.

    Raises:
        ValueError: the value holds NaN or an infinity, which JSON cannot spell.
    """
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def entry_hash(
    seq: int,
    kind: str,
    entry_id: str,
    action: str,
    author: str,
    recorded_at: str,
    record: str | None,
    prev_hash: str,
    note: str | None = None,
) -> str:
    """The SHA-256 (hex) of one ledger entry.

    Args:
        seq: the entry's 1-based position in the log.
        kind: source, document, claim, relation, question or review.
        entry_id: the id of the recorded entry.
        action: add, amend or retract.
        author: who recorded it.
        recorded_at: when, as stored (ISO 8601, UTC).
        record: the record's canonical JSON text exactly as stored (None for a
            retraction); the text, not its parsed value, is hashed so that any
            edit of the stored bytes shows.
        prev_hash: the hash of the entry before (``GENESIS`` for the first).
        note: the note's canonical JSON as stored (the recording's message, a
            retraction's reason...), or None; an entry without one hashes as it
            did before notes existed, so older ledgers still verify.
    """
    fields: list[object] = [seq, kind, entry_id, action, author, recorded_at, record, prev_hash]
    if note is not None:
        fields.append(note)
    return hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()
