"""Which offsets a set of spans covers: attributions, quotes or questions, asked in O(log n) each."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from claimgraph.extract.records import Attribution, Span

__all__ = ["Covered"]


class Covered:
    """Which offsets a set of spans covers, asked in O(log n): spans sorted by start, with the
    furthest end reached so far, so a whole article's attributions are checked in n log n."""

    def __init__(self, spans: Sequence[Attribution | Span]) -> None:
        ordered = sorted((s.start, s.end) for s in spans)
        self._starts = [start for start, _end in ordered]
        self._reach = []
        furthest = -1
        for _start, end in ordered:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span shares a character with ``[start, end)``."""
        before = bisect.bisect_left(self._starts, end)  # spans starting before ``end``
        return before > 0 and self._reach[before - 1] > start

    def holds(self, at: int) -> bool:
        """Whether any span contains offset ``at``."""
        return self.overlaps(at, at + 1)
