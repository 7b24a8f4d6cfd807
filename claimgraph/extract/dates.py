"""Relative day references beside a cue ("on Tuesday", "yesterday", "last week") resolved to dates.

News copy dates statements relative to the day it is published: "the ministry
said on Tuesday" in an article of Thursday 2026-02-05 means Tuesday
2026-02-03. A weekday is the latest such day not after the article's date;
"last week" is the Monday-to-Sunday week before the article's.
"""

from __future__ import annotations

import datetime as dt
import re

from claimgraph.model import Period

__all__ = ["resolve_when", "when_near"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WHEN = re.compile(
    # The lookahead holds the first letters of every phrase: most places are passed over at once.
    r"(?=[eflmostwy])(?:"
    r"\b(?:(?:on|late|early|late on|early on)\s+)?"
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?P<yesterday>yesterday)\b|\b(?P<today>today)\b|\b(?P<last_week>last week)\b)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]\s")
_REACH = 60  # characters either side of the cue searched for a date phrase


def when_near(text: str, cue_start: int, cue_end: int) -> str | None:
    """The date phrase printed next to a cue ("said on Tuesday", "Tuesday's statement"), if any."""
    window_start = max(0, cue_start - _REACH)
    window_end = min(len(text), cue_end + _REACH)
    window = text[window_start:window_end].lower()
    if "day" not in window and "week" not in window:
        return None  # every phrase read here holds one of the two: most cues have none near
    best = None
    for match in _WHEN.finditer(text, window_start, window_end):
        gap = min(abs(match.start() - cue_end), abs(cue_start - match.end()))
        # A sentence end between the cue and the phrase puts it in another statement.
        between = text[min(match.end(), cue_end) : max(match.start(), cue_start)]
        if _SENTENCE_END.search(between):
            continue
        if best is None or gap < best[0]:
            best = (gap, match.group(0))
    return None if best is None else best[1]


def resolve_when(phrase: str | None, published: dt.date | None) -> Period | None:
    """The period a date phrase names, counted back from the article's date; None if it names none."""
    if phrase is None or published is None:
        return None
    words = phrase.lower().split()
    if "yesterday" in words:
        day = published - dt.timedelta(days=1)
        return Period(day, day)
    if "today" in words:
        return Period(published, published)
    if "last" in words and "week" in words:
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return Period(monday, monday + dt.timedelta(days=6))
    for word in words:
        if word in _WEEKDAYS:
            back = (published.weekday() - _WEEKDAYS.index(word)) % 7
            day = published - dt.timedelta(days=back)
            return Period(day, day)
    return None
