"""The brief's source matrix: how often each pair of independent origins agrees and clashes."""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from claimgraph.graph.matrix import SourcePair
from claimgraph.model import Ledger
from claimgraph.render.brief.wording import plural, source_name, source_names

__all__ = ["MatrixCell", "MatrixRow", "MatrixView", "matrix_view"]


@frozen
class MatrixCell:
    """One cell of the source matrix.

    Attributes:
        agree: ``supports`` relations between the two origins' claims.
        clash: ``contradicts`` relations between them.
        css: ``clash``, ``agree``, ``mixed`` or ``none``, for colour.
        text: what the cell says to a screen reader and a printout.
    """

    agree: int
    clash: int
    css: str
    text: str


@frozen
class MatrixRow:
    """A row of the source matrix: one origin against every other.

    Attributes:
        source: the origin's name.
        cells: one per column.
    """

    source: str
    cells: tuple[MatrixCell, ...]


@frozen
class MatrixView:
    """The source matrix: how often each pair of independent origins agrees and clashes.

    Attributes:
        columns: the origins' names, in ledger order.
        rows: the grid (empty when there are too many origins to draw one).
        pairs: every pair with a relation, most clashes first.
        open: True when the section starts expanded.
    """

    columns: tuple[str, ...]
    rows: tuple[MatrixRow, ...]
    pairs: tuple[tuple[str, str, int, int], ...]
    open: bool


def _cell(agree: int, clash: int) -> MatrixCell:
    css = "mixed" if agree and clash else "clash" if clash else "agree" if agree else "none"
    said = (clash and plural(clash, "clash", "clashes"), agree and f"{agree} agree")
    return MatrixCell(agree=agree, clash=clash, css=css, text=", ".join(x for x in said if x) or "none")


def matrix_view(ledger: Ledger, pairs: Sequence[SourcePair], *, grid_limit: int) -> MatrixView:
    """The source matrix of the origins that have any relation.

    Args:
        ledger: the ledger, for the origins' names and order.
        pairs: ``source_matrix(graph, "origin")``.
        grid_limit: with more origins than this, only the list of pairs is drawn
            (and the section starts collapsed).
    """
    order = {s.id: i for i, s in enumerate(ledger.sources)}
    involved = sorted({p.a for p in pairs} | {p.b for p in pairs}, key=lambda s: (order.get(s, len(order)), s))
    counts = {(p.a, p.b): (p.agree, p.clash) for p in pairs}
    rows = []
    if len(involved) <= grid_limit:
        for a in involved:
            cells = tuple(_cell(*counts.get((min(a, b), max(a, b)), (0, 0))) for b in involved)
            rows.append(MatrixRow(source=source_name(ledger, a), cells=cells))
    ranked = sorted(pairs, key=lambda p: (-p.clash, -p.agree, order.get(p.a, 0), order.get(p.b, 0)))
    return MatrixView(
        columns=source_names(ledger, involved) if rows else (),
        rows=tuple(rows),
        pairs=tuple((source_name(ledger, p.a), source_name(ledger, p.b), p.agree, p.clash) for p in ranked),
        open=len(involved) <= grid_limit,
    )
