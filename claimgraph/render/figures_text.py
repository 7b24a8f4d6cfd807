"""The figures view in the terminal: per quantity, each origin's figures over time."""

from __future__ import annotations

from collections.abc import Sequence

from claimgraph.graph.candidates import Incomparable
from claimgraph.graph.figures import Quantity
from claimgraph.model import Ledger
from claimgraph.model.values import value_text

__all__ = ["figures_text", "incomparable_text"]


def figures_text(found: Sequence[Quantity], ledger: Ledger) -> str:
    """Each quantity, then each origin's figures in the order said; revised figures marked.

    Ranges and bounds are written as such ("100 to 300", "at least 500"); an
    earlier figure a revision replaced is marked ``(revised)``, the current ``→``.
    """
    if not found:
        return "No figures: no claim has a structured proposition.\n"
    lines: list[str] = []
    for quantity in found:
        if lines:
            lines.append("")
        lines.append(f"{quantity.subject} {quantity.property} ({quantity.count} figures)")
        for group in quantity.origins:
            source = ledger.source(group.origin)
            lines.append(f"  {source.name if source else group.origin}")
            for item in group.items:
                unit = item.proposition.unit
                said = str(item.said) if item.said else "undated"
                mark = "  (revised)" if item.superseded else ""
                value = value_text(item.proposition.value) + (f" {unit}" if unit else "")
                lines.append(f"    {'·' if item.superseded else '→'} {said}  {value}  [{item.claim}]{mark}")
    return "\n".join(lines) + "\n"


def incomparable_text(pairs: Sequence[Incomparable]) -> str:
    """The pairs the rules could not compare, each with its reason (``candidates --explain``)."""
    if not pairs:
        return "\nNo incomparable pairs.\n"
    lines = ["", f"{len(pairs)} pair{'s' * (len(pairs) != 1)} not compared:"]
    for pair in pairs:
        lines.append(f"  {pair.first} / {pair.second} ({pair.quantity}): {pair.reason}")
    return "\n".join(lines) + "\n"
