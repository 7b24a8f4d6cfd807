"""The dispute map: a deterministic picture of one dispute, claims by side and the relations between, wide and narrow.

Each dispute gets two layouts, and the stylesheet shows the one that fits: the
wide one, columns side by side, and a narrow one for a phone or a tablet, its positions
stacked one under the other with labels wrapped over several lines at a
readable size, the relations drawn as arcs in a gutter on the left. Both are
computed here, in integer coordinates, so the same dispute always gives
byte-identical markup. Each side gets a column; claims in
the first column keep their order, later columns are ordered by the mean row of
the claims they are linked to (one barycentre pass: few crossings, linear cost).
``contradicts`` edges cross between columns; ``supports`` edges usually stay in
their column and are drawn as arcs on the side that faces the other column, so
the labels stay clear. The records feed the ``_graph.html`` partial, which
writes the SVG; every text is escaped there by Jinja2's autoescaping.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from attrs import frozen

from claimgraph.render.brief.claims import side_class
from claimgraph.render.brief.wording import plural, shorten

__all__ = ["GraphColumn", "GraphEdge", "GraphLayout", "GraphNode", "GraphPicture", "dispute_map", "layout_graph"]

# Geometry, in SVG user units (1 unit = 1 CSS pixel at full width).
_PAD = 16
_LABEL_WIDTH = 290  # room for a label of _LABEL_CHARS characters at 12px
_LABEL_CHARS = 44
_BADGE_HALF = 17  # a badge is 34 × 18, centred on the node
_BADGE_HIGH = 18
_GAP = 230  # between the badges of two neighbouring columns
_ROW = 26
_TOP = 52  # first row, below the column headings

# The narrow layout is drawn for a column of 360 CSS pixels (a 390 px phone less the page's margins),
# so one unit is about one pixel there and its 13 px labels stay at least 12 px tall.
_NARROW_WIDTH = 360
_NARROW_CHARS = 34  # characters per line of a label, at 13px in the 246 units right of the badges
_NARROW_LINES = 3  # a label longer than this many lines ends in "…"; the full text is the tooltip and the card
# Three positions or more do not fit side by side at a readable size (three columns are already 1,410
# units wide): the wide layout stacks them too, 920 units wide (it shows from 62rem up, where the page
# has 920 px for it, so its text is drawn at full size), 2 lines a label.
_MOST_COLUMNS = 2
_STACKED_WIDTH = 920
_STACKED_CHARS = 100
_STACKED_LINES = 2
# The stacked layouts' geometry.
_NARROW_GUTTER = 66  # left of the badges: the relations' arcs
_STACKED_GUTTER = 130
_LINE = 16  # one line of a wrapped label
_HEADING = 30  # a side's heading, above its claims
_SIDE_GAP = 14  # between one side's last claim and the next side's heading

_LEGEND = (
    ("contradicts", "red line: contradicts"),
    ("supports", "green arrow: supports"),
    ("candidate", "dashed: rule-found candidate, not confirmed"),
    ("frustrated", "thick: breaks the split into sides"),
)


@frozen
class GraphNode:
    """One claim in the picture.

    Attributes:
        claim: the claim's id.
        mark: the short mark shown in the badge ("A1"), also shown on the claim's card.
        css: the class that colours it by side ("side-0", "side-none").
        label: the statement, shortened to fit.
        title: the full text, shown as a tooltip.
        x: badge centre.
        y: badge centre.
        box_x: the badge's left edge.
        box_y: the badge's top edge.
        text_y: the baseline of the badge's and the label's text.
        label_x: where the label starts (or ends, for ``anchor == "end"``).
        anchor: SVG ``text-anchor`` of the label: ``start`` or ``end``.
        lines: the label wrapped onto several lines (the narrow layout), each drawn
            ``line_height`` below the one before; empty when it is drawn on one line.
    """

    claim: str
    mark: str
    css: str
    label: str
    title: str
    x: int
    y: int
    box_x: int
    box_y: int
    text_y: int
    label_x: int
    anchor: str
    lines: tuple[str, ...] = ()


@frozen
class GraphEdge:
    """One relation in the picture.

    Attributes:
        kind: ``supports`` or ``contradicts``.
        source: id of the claim it starts from.
        target: id of the claim it ends at.
        path: the SVG path data.
        css: classes: the kind, plus ``candidate`` (rule-found, unconfirmed) and
            ``frustrated`` (the relation that keeps the dispute from splitting cleanly).
        title: what the relation says, as a tooltip.
        arrow: True when the edge is directed (supports) and ends in an arrowhead.
    """

    kind: str
    source: str
    target: str
    path: str
    css: str
    title: str
    arrow: bool


@frozen
class GraphColumn:
    """A column heading: one side of the dispute.

    Attributes:
        label: the side's name.
        x: where the heading is anchored.
        anchor: SVG ``text-anchor`` of the heading.
        css: the side's colour class.
        y: the heading's baseline.
    """

    label: str
    x: int
    anchor: str
    css: str
    y: int = 22


@frozen
class GraphLayout:
    """One layout of a dispute: where its headings, claims and relations go.

    Attributes:
        width: the drawing's width in user units.
        height: its height in user units.
        columns: the sides' headings.
        nodes: claims, in drawing order.
        edges: relations, in drawing order (drawn under the nodes).
    """

    width: int
    height: int
    columns: tuple[GraphColumn, ...]
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]


@frozen
class GraphPicture:
    """Everything ``_graph.html`` needs to draw one dispute.

    The fields ``width`` to ``edges`` are the wide layout: two positions side by
    side, or, for three and more, the positions stacked as in the narrow layout but
    920 units wide. ``narrow`` is the same dispute for a phone's or a tablet's
    width, which the stylesheet shows instead below 62rem.

    Attributes:
        id: prefix for the ids inside the SVG (unique in the page).
        width: the SVG's width in user units.
        height: the SVG's height in user units.
        badge_width: a badge's width.
        badge_height: a badge's height.
        title: short accessible name.
        desc: a sentence that says what the picture shows, for screen readers.
        columns: column headings.
        nodes: claims, in drawing order.
        edges: relations, in drawing order (drawn under the nodes).
        legend: ``(css class, meaning)`` for each kind of line the picture uses.
        narrow: the narrow layout: sides stacked, labels wrapped.
        narrow_desc: what the narrow layout shows, for screen readers.
        line_height: the distance between two lines of a wrapped label.
    """

    id: str
    width: int
    height: int
    badge_width: int
    badge_height: int
    title: str
    desc: str
    columns: tuple[GraphColumn, ...]
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]
    legend: tuple[tuple[str, str], ...]
    narrow: GraphLayout
    narrow_desc: str
    line_height: int = _LINE


def _node(
    claim: str,
    mark: str,
    statement: str,
    css: str,
    x: int,
    y: int,
    label_x: int,
    anchor: str,
    lines: tuple[str, ...] = (),
) -> GraphNode:
    """A claim's badge centred on (x, y), its label beside it: on one line, or wrapped onto ``lines``."""
    return GraphNode(
        claim=claim,
        mark=mark,
        css=css,
        label=lines[0] if lines else shorten(statement, _LABEL_CHARS),
        title=f"{mark}: {' '.join(statement.split())}",
        x=x,
        y=y,
        box_x=x - _BADGE_HALF,
        box_y=y - _BADGE_HIGH // 2,
        text_y=y + 4,
        label_x=label_x,
        anchor=anchor,
        lines=lines,
    )


def _column_x(index: int) -> int:
    first = _PAD + _LABEL_WIDTH + 8 + _BADGE_HALF
    return first if index == 0 else first + _GAP + (index - 1) * (_GAP + _LABEL_WIDTH)


def _order_columns(columns: Sequence[Sequence[str]], links: dict[str, list[str]]) -> list[list[str]]:
    # One barycentre pass, left to right: a claim sits near the claims it is linked to.
    ordered: list[list[str]] = []
    row: dict[str, int] = {}
    for index, column in enumerate(columns):
        if index == 0:
            keyed = list(column)
        else:

            def key(claim: str, position: int) -> tuple[float, int]:
                rows = [row[other] for other in links.get(claim, ()) if other in row]
                return (sum(rows) / len(rows) if rows else float("inf"), position)

            keyed = [
                claim for _, claim in sorted((key(claim, position), claim) for position, claim in enumerate(column))
            ]
        for position, claim in enumerate(keyed):
            row[claim] = position
        ordered.append(keyed)
    return ordered


def _edge_path(x1: int, y1: int, x2: int, y2: int, same_column: bool, inward: int) -> str:
    if same_column:
        sx = x1 + inward * _BADGE_HALF
        bulge = min(_GAP // 2 - 10, 18 + abs(y2 - y1) * 2 // 5)
        cx = sx + inward * bulge
        return f"M{sx} {y1}C{cx} {y1} {cx} {y2} {sx} {y2}"
    step = _BADGE_HALF if x2 > x1 else -_BADGE_HALF
    sx, ex = x1 + step, x2 - step
    mid = (sx + ex) // 2
    return f"M{sx} {y1}C{mid} {y1} {mid} {y2} {ex} {y2}"


def _wrapped(statement: str, chars: int, most: int) -> tuple[str, ...]:
    lines = textwrap.wrap(" ".join(statement.split()), chars, break_long_words=False, break_on_hyphens=False)
    if len(lines) <= most:
        return tuple(lines) or ("",)
    return (*lines[: most - 1], shorten(" ".join(lines[most - 1 :]), chars))


def _arc(x: int, y1: int, y2: int, height: int, gutter: int) -> str:
    # Out into the gutter and back: the longer the span, the further out (in proportion to the whole
    # drawing, so the arcs spread over the gutter and nested ones do not cross). A cubic's farthest
    # point is 3/4 of its control points' offset, so the widest arc stays inside the gutter.
    widest = (gutter - 4) * 4 // 3
    bulge = 12 + (widest - 12) * abs(y2 - y1) // max(height, 1)
    return f"M{x} {y1}C{x - bulge} {y1} {x - bulge} {y2} {x} {y2}"


def _stacked_layout(
    sides: Sequence[tuple[str, Sequence[tuple[str, str, str]]]],
    order: Sequence[Sequence[str]],
    edges: Sequence[GraphEdge],
    *,
    width: int,
    gutter: int,
    chars: int,
    most: int,
) -> GraphLayout:
    """The sides one under the other, each claim's label wrapped beside its badge, relations as arcs on the left.

    Args:
        sides: as :func:`layout_graph` takes them.
        order: each side's claims in the order drawn.
        edges: the relations, as the column layout drew them (their paths are drawn again here).
        width: the drawing's width.
        gutter: the room left of the badges, for the arcs.
        chars: characters per line of a label.
        most: lines per label at most.
    """
    info = {claim: (mark, statement) for _label, claims in sides for claim, mark, statement in claims}
    x = gutter + _BADGE_HALF
    y = 0
    columns: list[GraphColumn] = []
    nodes: list[GraphNode] = []
    place: dict[str, int] = {}
    for index, ((label, _claims), column) in enumerate(zip(sides, order, strict=True)):
        css = side_class(index) if label else "side-none"
        y += _HEADING if index == 0 else _SIDE_GAP + _HEADING
        # Headings start where the badges do, clear of the arcs in the gutter.
        columns.append(
            GraphColumn(label=shorten(label or "Not on a side", 60), x=gutter, anchor="start", css=css, y=y - 10)
        )
        for claim in column:
            mark, statement = info[claim]
            lines = _wrapped(statement, chars, most)
            centre = y + _BADGE_HIGH // 2 + 2  # the badge lines up with the label's first line
            place[claim] = centre
            nodes.append(_node(claim, mark, statement, css, x, centre, x + _BADGE_HALF + 8, "start", lines))
            y += max(_BADGE_HIGH + 6, len(lines) * _LINE + 4)
    arcs = tuple(
        GraphEdge(
            kind=edge.kind,
            source=edge.source,
            target=edge.target,
            path=_arc(x - _BADGE_HALF, place[edge.source], place[edge.target], y, gutter),
            css=edge.css,
            title=edge.title,
            arrow=edge.arrow,
        )
        for edge in edges
    )
    return GraphLayout(width=width, height=y + 4, columns=tuple(columns), nodes=tuple(nodes), edges=arcs)


def layout_graph(
    prefix: str,
    sides: Sequence[tuple[str, Sequence[tuple[str, str, str]]]],
    relations: Sequence[tuple[str, str, str, bool, bool, str]],
    *,
    title: str,
    desc: str,
    narrow_desc: str | None = None,
) -> GraphPicture:
    """Lay out one dispute as columns of claims joined by their relations.

    Args:
        prefix: unique id prefix for the picture (``dispute-rafah-open``).
        sides: one ``(label, claims)`` per column, where ``claims`` are
            ``(claim_id, mark, statement)`` in the order they should appear when
            nothing better is known.
        relations: ``(kind, source, target, candidate, frustrated, note)``;
            relations to claims not in ``sides`` are left out.
        title: the picture's accessible name.
        desc: the sentence a screen reader gets instead of the picture.
        narrow_desc: the same for the narrow layout (``desc`` when not given).

    Returns:
        The picture, in integer coordinates, in its wide and its narrow layout.
    """
    links: dict[str, list[str]] = {}
    for _kind, source, target, *_rest in relations:
        links.setdefault(source, []).append(target)
        links.setdefault(target, []).append(source)
    info = {claim: (mark, statement) for _label, claims in sides for claim, mark, statement in claims}
    order = _order_columns([[claim for claim, _m, _s in claims] for _label, claims in sides], links)
    last = len(order) - 1
    place: dict[str, tuple[int, int, int]] = {}
    nodes: list[GraphNode] = []
    columns: list[GraphColumn] = []
    for index, ((label, _claims), column) in enumerate(zip(sides, order, strict=True)):
        x = _column_x(index)
        css = side_class(index) if label else "side-none"
        left = index == 0  # the first column's labels face away from the others
        label_x = x - _BADGE_HALF - 6 if left else x + _BADGE_HALF + 6
        anchor = "end" if left else "start"
        columns.append(GraphColumn(label=shorten(label or "Not on a side", 40), x=label_x, anchor=anchor, css=css))
        for position, claim in enumerate(column):
            y = _TOP + position * _ROW
            place[claim] = (x, y, index)
            mark, statement = info[claim]
            nodes.append(_node(claim, mark, statement, css, x, y, label_x, anchor))
    edges: list[GraphEdge] = []
    for kind, source, target, candidate, frustrated, note in relations:
        if source not in place or target not in place:
            continue
        (x1, y1, c1), (x2, y2, c2) = place[source], place[target]
        inward = 1 if c1 == 0 else -1
        css = " ".join(x for x in (kind, "candidate" if candidate else "", "frustrated" if frustrated else "") if x)
        marks = f"{info[source][0]} {'supports' if kind == 'supports' else 'contradicts'} {info[target][0]}"
        edges.append(
            GraphEdge(
                kind=kind,
                source=source,
                target=target,
                path=_edge_path(x1, y1, x2, y2, c1 == c2, inward),
                css=css,
                title=f"{marks}{' (candidate)' if candidate else ''}{': ' + note if note else ''}",
                arrow=kind == "supports",
            )
        )
    used = {c for edge in edges for c in edge.css.split()}
    legend = tuple((css, meaning) for css, meaning in _LEGEND if css in used)
    rows = max((len(column) for column in order), default=0)
    # A lone column keeps room on its right for the arcs of its supports.
    width = _column_x(max(last, 0)) + (_BADGE_HALF + 6 + _LABEL_WIDTH + _PAD if last > 0 else _BADGE_HALF + _GAP // 2)
    wide = GraphLayout(
        width=width,
        height=_TOP + max(rows - 1, 0) * _ROW + _ROW,
        columns=tuple(columns),
        nodes=tuple(nodes),
        edges=tuple(edges),
    )
    if len(sides) > _MOST_COLUMNS:
        wide = _stacked_layout(
            sides, order, edges, width=_STACKED_WIDTH, gutter=_STACKED_GUTTER, chars=_STACKED_CHARS, most=_STACKED_LINES
        )
    return GraphPicture(
        id=prefix,
        width=wide.width,
        height=wide.height,
        badge_width=2 * _BADGE_HALF,
        badge_height=_BADGE_HIGH,
        title=title,
        desc=desc if len(sides) <= _MOST_COLUMNS else narrow_desc or desc,
        columns=wide.columns,
        nodes=wide.nodes,
        edges=wide.edges,
        legend=legend,
        narrow=_stacked_layout(
            sides, order, edges, width=_NARROW_WIDTH, gutter=_NARROW_GUTTER, chars=_NARROW_CHARS, most=_NARROW_LINES
        ),
        narrow_desc=narrow_desc or desc,
    )


def dispute_map(
    dispute_id: str,
    question: str,
    sides: Sequence[tuple[str, Sequence[tuple[str, str, str]]]],
    relations: Sequence[tuple[str, str, str, bool, bool, str]],
) -> GraphPicture:
    """The map of one dispute, with the accessible name and description a screen reader gets.

    Args:
        dispute_id: the dispute's id (the picture's ids start ``graph-ID``).
        question: what the dispute is about.
        sides: ``(label, claims)`` per side (``A``, ``B``), the claims as :func:`layout_graph` takes them.
        relations: the dispute's relations, as :func:`layout_graph` takes them.

    Returns:
        The picture.
    """
    claims = sum(len(claims) for _label, claims in sides)
    clashes = sum(kind == "contradicts" for kind, *_rest in relations)
    supports = sum(kind == "supports" for kind, *_rest in relations)
    per_side = ", ".join(f"side {label}: {len(claims)}" for label, claims in sides)
    lines = f"{plural(clashes, 'contradiction')} drawn as red"
    return layout_graph(
        f"graph-{dispute_id}",
        [(f"Side {label}", claims) for label, claims in sides],
        relations,
        title=f"Map of the dispute: {question}",
        desc=(
            f"{plural(claims, 'claim')} drawn as badges in {plural(len(sides), 'column')}, one per side "
            f"({per_side}); {plural(clashes, 'contradiction')} drawn as red lines across the columns and "
            f"{plural(supports, 'support')} as arrows. Every claim and relation is also listed in the text."
        ),
        narrow_desc=(
            f"{plural(claims, 'claim')} drawn as badges in one column, side after side ({per_side}); "
            f"{lines} arcs and {plural(supports, 'support')} as green arcs with arrows, in the margin on the left. "
            "Every claim and relation is also listed in the text."
        ),
    )
