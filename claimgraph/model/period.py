"""Dates and date intervals, as claims and propositions carry them."""

from __future__ import annotations

import datetime as dt
import functools
import re

from attrs import frozen

from claimgraph.model.fields import WrongType

__all__ = ["Period", "optional_date", "optional_period", "to_date", "to_period"]

#: The one way a date is written: four-digit year, two-digit month and day. Python's
#: ``date.fromisoformat`` also takes ISO week dates (``2026-W06-3``) and the basic
#: form (``20260204``), which the dossier format does not allow.
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DATE_HINT = "write it as YYYY-MM-DD, e.g. 2026-02-04"


@frozen(order=True)
class Period:
    """A closed interval of calendar days; a single day has ``start == end``.

    Written in dossiers as ``2026-02-04`` or as an ISO 8601 interval
    ``2026-02-02/2026-02-04``.
    """

    start: dt.date
    end: dt.date

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"interval ends ({self.end}) before it starts ({self.start})")

    @property
    def is_day(self) -> bool:
        """True when the period is one day."""
        return self.start == self.end

    def overlaps(self, other: Period) -> bool:
        """True when the two periods share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        return self.start.isoformat() if self.is_day else f"{self.start}/{self.end}"


def to_date(value: object) -> dt.date:
    """Convert a ``date`` or an ISO ``YYYY-MM-DD`` string into a ``date``.

    Raises:
        WrongType: the value is neither text nor a date (a number, a list, ...).
        ValueError: the text is not a calendar date written YYYY-MM-DD.
    """
    if isinstance(value, str):
        return _date_from_text(value)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise WrongType(f"a date ({_DATE_HINT.removeprefix('write it as ')})", value)


def optional_date(value: object) -> dt.date | None:
    """Like :func:`to_date`, but ``None`` stays ``None`` (a date left out)."""
    return None if value is None else to_date(value)


# A ledger names the same few hundred days over and over: parsing each text once
# (and sharing the immutable result) makes reading a million claims markedly
# cheaper in time and memory. Bounded, so hostile input cannot grow it.
@functools.lru_cache(maxsize=8192)
def _date_from_text(value: str) -> dt.date:
    stripped = value.strip()
    try:
        if not _DATE.fullmatch(stripped):
            raise ValueError(stripped)
        return dt.date.fromisoformat(stripped)
    except ValueError:
        raise ValueError(f"{value!r} is not a date; {_DATE_HINT}") from None


def to_period(value: object) -> Period:
    """Convert a date, an ISO date string or an ISO ``start/end`` interval into a Period.

    Raises:
        ValueError: the value is neither a date nor an interval of two dates.
    """
    if isinstance(value, Period):
        return value
    if isinstance(value, str):
        return _period_from_text(value)
    if not isinstance(value, dt.date):
        raise WrongType("a date (YYYY-MM-DD) or an interval (YYYY-MM-DD/YYYY-MM-DD)", value)
    day = to_date(value)
    return Period(day, day)


@functools.lru_cache(maxsize=8192)  # see _date_from_text: Periods are immutable, so shared safely
def _period_from_text(value: str) -> Period:
    if "/" in value:
        start, _, end = value.partition("/")
        try:
            return Period(to_date(start), to_date(end))
        except ValueError as exc:
            raise ValueError(
                f"{value!r} is not a date interval: {exc}; write it as "
                "YYYY-MM-DD/YYYY-MM-DD, e.g. 2026-02-02/2026-02-04"
            ) from None
    day = to_date(value)
    return Period(day, day)


def optional_period(value: object) -> Period | None:
    """Like :func:`to_period`, but ``None`` stays ``None`` (a period left out)."""
    return None if value is None else to_period(value)
