"""Rule-found relations: compare claims' structured propositions, key by key.

Two claims are comparable when their propositions share the *block key*
(subject, property, unit, where) and their times overlap: the proposition's
``when``, or the claim's ``said_on`` when there is no ``when`` (claims with
neither are never compared). Comparable claims with

* different values (text or true/false that differ; numbers that differ by more
  than the tolerance) become ``contradicts`` candidates (rule
  ``same-key-different-value``);
* the same value (numbers within the tolerance) from *independent origins*
  become ``supports`` candidates (rule ``same-key-same-value``); a source
  repeating itself corroborates nothing.

A value of one type is never compared with a value of another (40 vs "open").
Pairs that already have a relation in the ledger (analyst's or candidate) are
never proposed again.

Cost: claims are grouped by block key (one pass), each block sorted by the start
of its period, and each claim is compared only with the claims whose period
starts before its own ends (a sweep). The work is O(n log n + P), where P is
the number of pairs in one block whose periods overlap. Almost all such pairs
are candidates themselves (the only pairs compared without result are same-value
pairs from one origin), so the cost follows the size of the answer. The
remaining worst case is a single block of n claims sharing one period: then P
is n(n-1)/2 and so, mostly, is the answer.
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import evolve, frozen

from claimgraph.graph.index import LedgerGraph, relation_edges
from claimgraph.graph.nodes import node_id
from claimgraph.model import Period, Relation, to_period

__all__ = ["RULE_AGREE", "RULE_CLASH", "accept_candidates", "find_candidates"]

RULE_CLASH = "same-key-different-value"
RULE_AGREE = "same-key-same-value"


@frozen
class _Item:
    claim: str
    position: int
    origin: str
    value: str | int | float | bool
    kind: str  # "number", "bool" or "text": values of different kinds are not compared
    period: Period


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    return "text"


# subject, property, unit, where, and the value's kind: the claims a claim is compared with.
_BlockKey = tuple[str, str, str | None, str | None, str]


def _items(graph: LedgerGraph) -> dict[_BlockKey, list[_Item]]:
    blocks: dict[_BlockKey, list[_Item]] = {}
    position = 0
    for node, data in graph.graph.nodes(data=True):
        if data.get("type") != "claim":
            continue
        position += 1
        if "proposition_subject" not in data:
            continue
        when = data.get("proposition_when", data.get("said_on"))
        if when is None:
            continue
        value = data["proposition_value"]
        kind = _kind(value)
        key: _BlockKey = (
            data["proposition_subject"],
            data["proposition_property"],
            data.get("proposition_unit"),
            data.get("proposition_where"),
            kind,
        )
        item = _Item(
            claim=node_id(node),
            position=position,
            origin=data.get("origin", data["said_by"]),
            value=value,
            kind=kind,
            period=to_period(when),
        )
        block = blocks.get(key)
        if block is None:
            blocks[key] = [item]
        else:
            block.append(item)
    return blocks


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return repr(value)
    return str(value)


def _overlap(first: Period, second: Period) -> str:
    return str(Period(max(first.start, second.start), min(first.end, second.end)))


def _compare(first: _Item, second: _Item, key: _BlockKey, tolerance: float, relative: bool) -> Relation | None:
    subject, prop, unit, _where, kind = key
    label = f"{subject} {prop}"
    unit_text = f" {unit}" if unit else ""
    on = _overlap(first.period, second.period)
    a, b = first.value, second.value
    # A block holds one kind of value: both are numbers exactly when kind is "number".
    if kind == "number" and isinstance(a, int | float) and isinstance(b, int | float):
        gap = abs(a - b)
        allowed = tolerance * max(abs(a), abs(b)) if relative else tolerance
        allowed_text = f"{tolerance:g} × the larger value" if relative else f"{tolerance:g}"
        differ = gap > allowed
    else:
        differ = first.value != second.value
    values = f"{_shown(first.value)}{unit_text} vs {_shown(second.value)}{unit_text}"
    if differ:
        reason = f"{label}: {values} for {on}"
        if kind == "number":
            reason += f" (differ by {gap:g}, beyond the tolerance of {allowed_text})"
        return Relation(kind="contradicts", source=first.claim, target=second.claim, note=reason, rule=RULE_CLASH)
    if first.origin == second.origin:
        return None
    if first.value == second.value:
        reason = f"{label}: both {_shown(first.value)}{unit_text} for {on}"
    else:
        reason = f"{label}: {values} for {on} (within the tolerance of {allowed_text})"
    reason += f", from independent origins {first.origin} and {second.origin}"
    # The later report (in ledger order) corroborates the earlier one.
    return Relation(kind="supports", source=second.claim, target=first.claim, note=reason, rule=RULE_AGREE)


def find_candidates(graph: LedgerGraph, tolerance: float = 0.0, *, relative: bool = False) -> tuple[Relation, ...]:
    """Propose relations between claims whose structured propositions can be compared.

    Args:
        graph: from :func:`claimgraph.graph.build_graph`.
        tolerance: how far two numbers may differ and still count as the same
            value. Absolute (in the proposition's unit) by default: with 2, 40
            and 42 agree, 40 and 43 clash. Numbers equal within it agree.
        relative: read ``tolerance`` as a fraction of the larger of the two
            numbers instead (0.05 = 5 %).

    Returns:
        :class:`claimgraph.model.Relation` records with ``rule`` set and a
        ``note`` giving the reason, ordered by their claims' ledger positions
        (earlier pair first). ``contradicts`` candidates run from the earlier claim
        to the later; ``supports`` candidates from the later to the earlier.

    Raises:
        ValueError: the tolerance is negative or not a finite number.
    """
    if not (isinstance(tolerance, int | float) and 0 <= tolerance < float("inf")):
        raise ValueError(f"tolerance must be a number of 0 or more, not {tolerance!r}")
    related = {
        (edge.source, edge.target) if edge.source <= edge.target else (edge.target, edge.source)
        for edge in relation_edges(graph, include_candidates=True)
    }
    found: list[tuple[tuple[int, int], Relation]] = []
    for key, items in _items(graph).items():
        items.sort(key=lambda item: (item.period.start, item.position))
        for index, first in enumerate(items):
            for second in items[index + 1 :]:
                if second.period.start > first.period.end:
                    break  # sorted by start: no later claim overlaps `first`
                early, late = (first, second) if first.position < second.position else (second, first)
                if ((early.claim, late.claim) if early.claim <= late.claim else (late.claim, early.claim)) in related:
                    continue
                relation = _compare(early, late, key, tolerance, relative)
                if relation is not None:
                    found.append(((early.position, late.position), relation))
    found.sort(key=lambda pair: pair[0])
    return tuple(relation for _positions, relation in found)


def accept_candidates(candidates: Iterable[Relation], author: str | None = None) -> tuple[Relation, ...]:
    """Turn candidates into analyst relations, as an analyst confirming them would record them.

    The rule's name is kept at the end of the note (``[rule: same-key-same-value]``);
    ``rule`` itself is cleared, so the result no longer counts as a candidate.

    Args:
        candidates: relations from :func:`find_candidates`.
        author: who confirms them (``recorded_by``).

    Returns:
        The confirmed relations, in the same order.
    """
    accepted = []
    for candidate in candidates:
        suffix = f"[rule: {candidate.rule}]" if candidate.rule else ""
        note = " ".join(part for part in (candidate.note, suffix) if part) or None
        accepted.append(evolve(candidate, rule=None, note=note, recorded_by=author or candidate.recorded_by))
    return tuple(accepted)
