"""The brief's figures: per dispute, each quantity its claims state, as a table and an inline SVG chart.

A quantity is a subject and a property (``al-ahli-explosion deaths``). Its
table lists every figure: who said it (by origin), when, the figure in words
("100 to 300 killed", "at least 500"), the claim, and whether a later figure of
the same origin revised it. The chart puts time across and the value up: an
exact figure is a dot, a range a bar, an approximation a dashed bar over its
tolerance, a lower bound an arrow up, an upper bound an arrow down, and each
origin's figures are joined by a line in the order said, so a revision reads as
a step. Every number is also in the table, so the chart is never the only way
to read it.

Geometry is computed here in integer SVG units, so the same ledger always gives
byte-identical markup; the ``_figures.html`` partial only writes it out, and
Jinja2's autoescaping escapes every text.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from attrs import frozen

from claimgraph.graph import Dispute
from claimgraph.graph.figures import FigureIndex, FigureItem, Quantity, quantities
from claimgraph.model import Ledger
from claimgraph.model.units import UnknownUnit
from claimgraph.model.values import Figure, value_text
from claimgraph.model.vocabulary import Interval
from claimgraph.render.brief.claims import ClaimRef, Placement, claim_ref
from claimgraph.render.brief.wording import plural, source_name

__all__ = ["ChartMark", "ChartSeries", "FigureChart", "FigureRow", "QuantityView", "figure_views"]

# Geometry, in SVG user units (1 unit = 1 CSS pixel at full width).
_WIDTH = 640
_HEIGHT = 280
_LEFT = 64  # room for the value labels
_RIGHT = 24
_TOP = 20
_BOTTOM = 44  # room for the date labels
_ARROW = 34  # the length of a bound's arrow
_SPREAD = 5  # origins said on one day stand this far apart
_NUDGE = 5  # and one origin's figures of one day this far from each other
_SERIES = 6  # distinct colours; more origins reuse them (the legend and table name each)


@frozen
class FigureRow:
    """One figure in a quantity's table.

    Attributes:
        origin: the name of the origin it speaks for.
        said: when it was said ("2023-10-18"), "published 2023-11-26" for a
            relay dated only by its document, or "undated".
        value: the figure in words, with its unit ("100 to 300 killed").
        claim: the claim it comes from.
        status: "current", or "revised later" when the origin later said another figure.
        css: ``revised`` for a revised figure, else empty.
    """

    origin: str
    said: str
    value: str
    claim: ClaimRef
    status: str
    css: str


@frozen
class ChartMark:
    """One figure on the chart.

    Attributes:
        kind: ``point``, ``range``, ``about``, ``up`` (a lower bound) or ``down`` (an upper bound).
        x: its place in time.
        y: the dot (point, about) or the bound's base (up, down).
        top: the upper end of a bar or arrow (smaller y).
        bottom: the lower end of a bar or arrow.
        head: an arrow's head as SVG path data, or "" (drawn as a path, not a
            marker, so that it takes the origin's colour).
        title: the figure in words, as a tooltip ("Hamas, 2023-10-18: 471 killed (A2)").
    """

    kind: str
    x: int
    y: int
    top: int
    bottom: int
    head: str
    title: str


@frozen
class ChartSeries:
    """One origin's figures on the chart.

    Attributes:
        name: the origin's name.
        css: its colour class (``series-0`` … ``series-5``).
        line: the SVG points of the line joining its figures in the order said ("x,y x,y"), or "".
        marks: its figures.
    """

    name: str
    css: str
    line: str
    marks: tuple[ChartMark, ...]


@frozen
class FigureChart:
    """The chart of one quantity.

    Attributes:
        id: the SVG's id prefix, unique in the page.
        title: what it shows, for assistive technology.
        desc: the same in a sentence with the span of time and values.
        width: the viewBox width.
        height: the viewBox height.
        left: x of the value axis.
        right: x where the plot ends.
        top: y where the plot starts.
        bottom: y of the time axis.
        y_ticks: (y, label) for the value axis.
        x_ticks: (x, label) for the time axis.
        series: one per origin.
        unit: the unit the values are drawn in ("people").
        left_out: how many figures are in the table only (undated, categories, other units).
    """

    id: str
    title: str
    desc: str
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    y_ticks: tuple[tuple[int, str], ...]
    x_ticks: tuple[tuple[int, str], ...]
    series: tuple[ChartSeries, ...]
    unit: str
    left_out: int


@frozen
class QuantityView:
    """One quantity of a dispute: its heading, table and chart.

    Attributes:
        id: its anchor, unique in the page.
        title: "deaths of al-ahli-explosion-2023-10-17".
        summary: "29 figures from 6 origins".
        rows: every figure, by origin, each origin's in the order said.
        chart: the chart, or None when fewer than one figure can be drawn.
    """

    id: str
    title: str
    summary: str
    rows: tuple[FigureRow, ...]
    chart: FigureChart | None


def figure_views(
    ledger: Ledger, index: FigureIndex, disputes: Iterable[Dispute], placement: Placement
) -> Mapping[str, tuple[QuantityView, ...]]:
    """Each dispute's quantities: those its claims state, with every figure the ledger holds about them.

    Figures from outside the dispute are included so that an origin's revision
    history is whole (a ministry's first toll, revised before the dispute began).

    Returns:
        Dispute id → its quantities, in the order of their first figure in the ledger.
    """
    every = {(q.subject, q.property): q for q in quantities(index)}
    stated: dict[str, set[tuple[str, str]]] = {}
    for item in index.items:
        stated.setdefault(item.claim, set()).add(item.quantity)
    views: dict[str, tuple[QuantityView, ...]] = {}
    for dispute in disputes:
        keys = set().union(*(stated.get(claim, set()) for claim in dispute.claims))
        chosen = [q for key, q in every.items() if key in keys]
        views[dispute.id] = tuple(
            _quantity_view(ledger, index, placement, q, f"figures-{dispute.id}-{number}")
            for number, q in enumerate(chosen, start=1)
        )
    return views


def _quantity_view(
    ledger: Ledger, index: FigureIndex, placement: Placement, quantity: Quantity, anchor: str
) -> QuantityView:
    names = {group.origin: source_name(ledger, group.origin) for group in quantity.origins}
    rows = []
    for group in quantity.origins:
        for item in group.items:
            ref = claim_ref(ledger, placement, item.claim)
            rows.append(
                FigureRow(
                    origin=names[group.origin],
                    said=_said_text(item),
                    value=_value_words(item),
                    claim=ref,
                    status="revised later" if item.superseded else "current",
                    css="revised" if item.superseded else "",
                )
            )
    title = f"{quantity.property} of {quantity.subject}"
    summary = f"{plural(quantity.count, 'figure')} from {plural(len(quantity.origins), 'origin')}"
    return QuantityView(
        id=anchor,
        title=title,
        summary=summary,
        rows=tuple(rows),
        chart=_chart(index, placement, quantity, names, anchor, title),
    )


def _said_text(item: FigureItem) -> str:
    if item.said is None:
        return "undated"
    return str(item.said) if item.dated else f"published {item.said}"


def _value_words(item: FigureItem) -> str:
    unit = item.proposition.unit
    return value_text(item.proposition.value) + (f" {unit}" if unit else "")


@frozen
class _Drawn:
    """A figure ready to draw: its time, its interval in the base unit, and its shape."""

    item: FigureItem
    day: dt.date
    interval: Interval
    kind: str


def _family(index: FigureIndex, unit: str | None) -> tuple[str, float]:
    try:
        found = index.vocabulary.unit(unit)
    except UnknownUnit:
        # Dossiers without a vocabulary keep their own units: one family per spelling.
        return (f"unit:{(unit or '').strip().lower()}", 1.0)
    return ("", 1.0) if found is None else (found.family, found.factor)


def _kind(value: object) -> str:
    if not isinstance(value, Figure):
        return "point"
    if value.form == "range":
        return "range"
    if value.form == "about":
        return "about"
    if value.form in ("at-least", "more-than", "higher-than"):
        return "up"
    return "down"


def _drawable(index: FigureIndex, quantity: Quantity) -> tuple[list[_Drawn], str, int]:
    """The figures the chart can draw, in the family most figures share; and how many it cannot."""
    values = {
        item.claim: value
        for group in quantity.origins
        for item in group.items
        if isinstance(value := item.proposition.value, int | float | Figure) and not isinstance(value, bool)
    }
    numbers = [item for group in quantity.origins for item in group.items if item.claim in values]
    families = {item.claim: _family(index, item.proposition.unit) for item in numbers}
    counted = Counter(families[item.claim][0] for item in numbers)
    if not counted:
        return [], "", quantity.count
    family = min(counted, key=lambda name: (-counted[name], name))
    references = {item.claim: item for item in numbers if families[item.claim][0] == family}
    drawn = []
    for item in numbers:
        name, factor = families[item.claim]
        if name != family or item.said is None or not item.dated:
            continue  # the time axis is when the origin spoke: a relay's publication date is not that
        value = values[item.claim]
        if isinstance(value, Figure) and value.is_relative:
            than = references.get(value.than or "")
            if than is None:
                continue
            compared = values[than.claim]
            if isinstance(compared, Figure) and compared.is_relative:
                continue
            reference = index.vocabulary.interval(compared).scaled(families[than.claim][1])
            drawn.append(_Drawn(item, item.said.start, index.vocabulary.interval(value, reference), _kind(value)))
            continue
        interval = index.vocabulary.interval(value).scaled(factor)
        drawn.append(_Drawn(item, item.said.start, interval, _kind(value)))
    unit = next((item.proposition.unit for item in numbers if families[item.claim][0] == family), None)
    return drawn, _unit_name(index, unit), quantity.count - len(drawn)


def _unit_name(index: FigureIndex, unit: str | None) -> str:
    try:
        found = index.vocabulary.unit(unit)
    except UnknownUnit:
        return unit or ""
    if found is None:
        return ""
    base = next((u for u in index.vocabulary.units if u.family == found.family and u.factor == 1), None)
    return base.name if base is not None else found.name


def _step(span: float) -> float:
    """A round step (1, 2 or 5 × 10ⁿ) that cuts ``span`` into at most five parts."""
    raw = span / 5 if span > 0 else 1
    power = 10 ** math.floor(math.log10(raw))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def _chart(
    index: FigureIndex,
    placement: Placement,
    quantity: Quantity,
    names: Mapping[str, str],
    anchor: str,
    title: str,
) -> FigureChart | None:
    drawn, unit, left_out = _drawable(index, quantity)
    if not drawn:
        return None
    ends = [x for d in drawn for x in (d.interval.low, d.interval.high) if math.isfinite(x)]
    low_value, high_value = min(0.0, *ends), max(ends)
    step = _step(high_value - low_value)
    floor = math.floor(low_value / step) * step
    ceiling = math.ceil(high_value * 1.08 / step) * step if high_value > floor else floor + step
    plot_top, plot_bottom, plot_left, plot_right = _TOP, _HEIGHT - _BOTTOM, _LEFT, _WIDTH - _RIGHT

    def y_of(value: float) -> int:
        value = min(max(value, floor), ceiling)
        return round(plot_bottom - (value - floor) / (ceiling - floor) * (plot_bottom - plot_top))

    first_day, last_day = min(d.day for d in drawn), max(d.day for d in drawn)
    days = (last_day - first_day).days
    inner_left, inner_right = plot_left + 24, plot_right - 24

    def x_of(day: dt.date) -> int:
        if days == 0:
            return (inner_left + inner_right) // 2
        return round(inner_left + (day - first_day).days / days * (inner_right - inner_left))

    order = [group.origin for group in quantity.origins]
    by_origin: dict[str, list[_Drawn]] = {}
    for d in drawn:
        by_origin.setdefault(d.item.origin, []).append(d)
    series = []
    for number, origin in enumerate(o for o in order if o in by_origin):
        shift = (number % _SERIES - (_SERIES - 1) / 2) * _SPREAD
        marks = []
        points: dict[int, list[int]] = {}
        same_day = Counter(d.day for d in by_origin[origin])
        seen: Counter[dt.date] = Counter()
        for d in sorted(by_origin[origin], key=lambda d: (d.day, d.item.position)):
            # Figures of one origin on one day stand side by side, not on top of each other.
            nudge = (seen[d.day] - (same_day[d.day] - 1) / 2) * _NUDGE
            seen[d.day] += 1
            x = round(x_of(d.day) + shift + nudge)
            day_x = round(x_of(d.day) + shift)
            mark = _mark(d, x, y_of, placement, names[origin])
            marks.append(mark)
            points.setdefault(day_x, []).append(mark.y)
        line = " ".join(f"{x},{round(sum(ys) / len(ys))}" for x, ys in sorted(points.items()))
        series.append(
            ChartSeries(
                name=names[origin],
                css=f"series-{number % _SERIES}",
                line=line if len(points) > 1 else "",
                marks=tuple(marks),
            )
        )
    y_ticks = []
    value = floor
    while value <= ceiling + step / 2:
        y_ticks.append((y_of(value), _number(value)))
        value += step
    x_ticks = _x_ticks(first_day, last_day, x_of)
    unit_text = f" ({unit})" if unit else ""
    desc = (
        f"{plural(len(drawn), 'figure')} from {plural(len(series), 'origin')}, said between "
        f"{first_day.isoformat()} and {last_day.isoformat()}, from {_number(min(ends))} to {_number(max(ends))}"
        f"{unit_text}. Dots are exact figures, bars ranges, dashed bars approximations, arrows up lower bounds "
        "and arrows down upper bounds; a line joins each origin's figures in the order said. "
        "The table lists every figure."
    )
    return FigureChart(
        id=anchor,
        title=f"Chart: {title} over time{unit_text}",
        desc=desc,
        width=_WIDTH,
        height=_HEIGHT,
        left=plot_left,
        right=plot_right,
        top=plot_top,
        bottom=plot_bottom,
        y_ticks=tuple(y_ticks),
        x_ticks=x_ticks,
        series=tuple(series),
        unit=unit,
        left_out=left_out,
    )


def _mark(d: _Drawn, x: int, y_of: Callable[[float], int], placement: Placement, origin: str) -> ChartMark:
    low, high = d.interval.low, d.interval.high
    mark = placement.marks.get(d.item.claim, d.item.claim)
    title = f"{origin}, {d.item.said}: {_value_words(d.item)} ({mark})"
    if d.kind == "up":
        base = y_of(low)
        tip = max(base - _ARROW, y_of(math.inf))
        head = f"M{x - 5} {tip + 8}L{x} {tip}L{x + 5} {tip + 8}z"
        return ChartMark("up", x, base, tip, base, head, title)
    if d.kind == "down":
        base = y_of(high)
        tip = min(base + _ARROW, y_of(-math.inf))
        head = f"M{x - 5} {tip - 8}L{x} {tip}L{x + 5} {tip - 8}z"
        return ChartMark("down", x, base, base, tip, head, title)
    if d.kind in ("range", "about"):
        middle = y_of((low + high) / 2)
        return ChartMark(d.kind, x, middle, y_of(high), y_of(low), "", title)
    point = y_of(low)
    return ChartMark("point", x, point, point, point, "", title)


def _x_ticks(first: dt.date, last: dt.date, x_of: Callable[[dt.date], int]) -> tuple[tuple[int, str], ...]:
    days = (last - first).days
    if days == 0:
        return ((x_of(first), first.isoformat()),)
    every = max(1, math.ceil(days / 4))
    ticks = [first + dt.timedelta(days=n) for n in range(0, days + 1, every)]
    if (last - ticks[-1]).days * 3 > every:
        ticks.append(last)
    elif ticks[-1] != last:
        ticks[-1] = last
    return tuple((x_of(day), day.isoformat()) for day in ticks)
