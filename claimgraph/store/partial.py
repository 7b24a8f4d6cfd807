"""Reading part of a ledger store: its relations' outline, or some claims and what they name.

A store of a million claims takes many seconds to read whole; a brief of one
dispute needs a few dozen entries. :func:`read_store_outline` reads what it
takes to find disputes (every current relation's kind and ends, the questions,
and the ledger positions of the claims relations name), letting SQLite pick the
fields out of the records; :func:`read_store_claims` reads some claims and every
entry they refer to, by primary key. Both read the current state only (``as_of``
needs the whole log replayed: use :func:`~claimgraph.store.read_store`).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any, cast

from attrs import evolve, frozen

from claimgraph.model import KINDS, Ledger, Question
from claimgraph.store.entries import damaged, decode_entry, reading
from claimgraph.store.read import kept_vocabulary

__all__ = ["Link", "StoreOutline", "read_store_claims", "read_store_outline"]

_BATCH = 500  # ids per IN (...) query, well below SQLite's limit on parameters


@frozen
class Link:
    """One current relation of a store, as far as finding disputes needs it.

    Attributes:
        kind: ``supports`` or ``contradicts``.
        source: the ``from`` claim id.
        target: the ``to`` claim id.
        rule: the rule that proposed it, for unconfirmed candidates; else None.
    """

    kind: str
    source: str
    target: str
    rule: str | None = None


@frozen
class StoreOutline:
    """What it takes to find a store's disputes, without reading its claims.

    Attributes:
        relations: every current relation, in record order.
        questions: every current question, in record order.
        positions: claim id → ledger position, for the current claims the relations name.
    """

    relations: tuple[Link, ...]
    questions: tuple[Question, ...]
    positions: dict[str, int]


_OUTLINE = """
SELECT entry_id, json_extract(record, '$.kind'), json_extract(record, '$.from'),
       json_extract(record, '$.to'), json_extract(record, '$.rule')
FROM state WHERE kind = 'relation' AND status = 'current' ORDER BY position
"""

# Positions come from the covering index (kind, status, position → entry_id), a few
# bytes per claim read in order: looking each claim up by key instead would touch a
# page of full records per claim, which is most of the file at a million claims.
_POSITIONS = """
SELECT entry_id, position FROM state INDEXED BY state_in_order
WHERE kind = 'claim' AND status = 'current' AND entry_id IN (SELECT id FROM temp.outline_claims)
"""


def read_store_outline(path: str | os.PathLike[str]) -> StoreOutline:
    """The current relations and questions of a store, and the positions of the claims relations name.

    Args:
        path: the ledger file.

    Returns:
        The outline.

    Raises:
        InputError: the file is not a readable ledger, or a relation or question record is damaged.
    """
    label = str(path)
    links: list[Link] = []
    with reading(path) as connection:
        for entry_id, kind, source, target, rule in connection.execute(_OUTLINE).fetchall():
            if (
                kind not in ("supports", "contradicts")
                or not isinstance(source, str)
                or not isinstance(target, str)
                or not (rule is None or isinstance(rule, str))
            ):
                # A full read explains exactly what is wrong with the record.
                record = connection.execute(
                    "SELECT record FROM state WHERE kind = 'relation' AND entry_id = ?", (entry_id,)
                ).fetchone()[0]
                decode_entry("relation", entry_id, record, label)
                raise damaged(label, "relation", entry_id, "kind, from or to is not a claim relation")
            links.append(Link(kind, source, target, rule or None))
        connection.execute("CREATE TEMP TABLE outline_claims (id TEXT PRIMARY KEY) WITHOUT ROWID")
        connection.executemany(
            "INSERT OR IGNORE INTO temp.outline_claims VALUES (?)",
            ((claim,) for link in links for claim in (link.source, link.target)),
        )
        positions = dict(connection.execute(_POSITIONS))
        questions = tuple(
            cast(Question, decode_entry("question", entry_id, record, label))
            for entry_id, record in connection.execute(
                "SELECT entry_id, record FROM state WHERE kind = 'question' AND status = 'current' ORDER BY position"
            )
        )
    return StoreOutline(relations=tuple(links), questions=questions, positions=positions)


def _batches(ids: Iterable[str]) -> Iterator[list[str]]:
    ids = sorted(set(ids))
    for start in range(0, len(ids), _BATCH):
        yield ids[start : start + _BATCH]


def _current_rows(
    connection: sqlite3.Connection, kind: str, ids: Iterable[str], field: str | None = None
) -> list[tuple[int, str, str]]:
    """The current rows of ``kind`` whose id (or, given ``field``, that field of the record) is among ``ids``."""
    # ``field`` is one of the registry's external names, never user text: safe in the SQL.
    column = "entry_id" if field is None else f"json_extract(record, '$.{field}')"
    rows: list[tuple[int, str, str]] = []
    for batch in _batches(ids):
        marks = ", ".join("?" * len(batch))
        rows += connection.execute(
            f"SELECT position, entry_id, record FROM state "
            f"WHERE kind = ? AND status = 'current' AND {column} IN ({marks})",
            (kind, *batch),
        ).fetchall()
    return rows


def read_store_claims(path: str | os.PathLike[str], claim_ids: Iterable[str]) -> Ledger:
    """Some claims of a store and every current entry they refer to, and nothing else.

    The same ledger as ``sub_ledger(read_store(path), claim_ids)`` (see
    :func:`claimgraph.graph.sub_ledger`): the claims; relations with both ends
    among them; their reviews and documents; the sources that said, relayed,
    published or reviewed them with their ``part_of`` chains; the questions that
    name any of them, narrowed to those claims. Each kind in record order.

    Args:
        path: the ledger file.
        claim_ids: the claims to read (ids the store does not hold are ignored).

    Returns:
        The ledger.

    Raises:
        InputError: the file is not a readable ledger, or a record it needs is damaged.
    """
    label = str(path)
    wanted = set(claim_ids)
    found: dict[str, list[tuple[int, object]]] = {}
    with reading(path) as connection:

        def keep(kind: str, rows: list[tuple[int, str, str]]) -> list[Any]:
            entries = [(position, decode_entry(kind, entry_id, record, label)) for position, entry_id, record in rows]
            found.setdefault(kind, []).extend(entries)
            return [entry for _position, entry in entries]

        claims = keep("claim", _current_rows(connection, "claim", wanted))
        kept = {c.id for c in claims}
        keep(
            "relation",
            [
                row
                for row in _current_rows(connection, "relation", kept, "from")
                if json.loads(row[2]).get("to") in kept
            ],
        )
        reviews = keep("review", _current_rows(connection, "review", kept, "claim"))
        documents = keep("document", _current_rows(connection, "document", {c.document for c in claims if c.document}))
        needed = {s for c in claims for s in (c.said_by, *c.via)} | {r.reviewer for r in reviews}
        needed |= {d.publisher for d in documents if d.publisher}
        seen: set[str] = set()
        while needed - seen:  # follow part_of chains upwards, a level per query
            batch = needed - seen
            seen |= batch
            sources = keep("source", _current_rows(connection, "source", batch))
            needed |= {s.part_of for s in sources if s.part_of}
        questions = [
            (position, narrowed)
            for position, entry_id, record in connection.execute(
                "SELECT position, entry_id, record FROM state WHERE kind = 'question' AND status = 'current'"
            )
            if (narrowed := _narrowed(cast(Question, decode_entry("question", entry_id, record, label)), kept))
        ]
        found["question"] = list(questions)
        vocabulary = kept_vocabulary(connection, None, label)

    def ordered(kind: str) -> list[Any]:
        return [entry for _position, entry in sorted(found.get(kind, []), key=lambda pair: pair[0])]

    sections: dict[str, Any] = {kind.section: ordered(name) for name, kind in KINDS.items()}
    return Ledger(**sections, vocabulary=vocabulary)


def _narrowed(question: Question, kept: set[str]) -> Question | None:
    claims = tuple(c for c in question.claims if c in kept)
    return evolve(question, claims=claims) if claims else None
