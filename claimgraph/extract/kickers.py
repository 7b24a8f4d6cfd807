"""The labels a site puts before a title or a line ("Live updates:", "Analysis:", "Update:").

Such a label is the site's kicker, neither a source naming itself before a colon
nor part of anyone's statement: "Update: No threat to public in Blackfalds, RCMP
say" is the RCMP's statement without its first word.
"""

from __future__ import annotations

import re

__all__ = ["SECTION_LABELS", "after_kicker"]


SECTION_LABELS = frozenset(
    {
        *("live updates", "live update", "analysis", "opinion", "exclusive", "watch", "breaking", "explainer"),
        *("update", "updates", "video", "photos", "listen", "podcast", "editorial", "comment", "interview"),
        *(
            "review",
            "profile",
            "factbox",
            "timeline",
            "q&a",
            "fact check",
            "report",
            "latest",
            "the latest",
            "explained",
        ),
        # the kickers a site puts before a title as it changes or sells it
        *("updated", "developing", "just in", "breaking news", "correction", "clarification", "corrected"),
        *("sponsored", "advertisement", "read more", "related", "see also", "watch live", "live", "new", "poll"),
    }
)

_KICKER = re.compile(r"([A-Za-z&][\w&]*(?: [\w&]+)?)\s*:\s+")


def after_kicker(text: str, start: int, end: int) -> int:
    """Where a span from ``start`` begins once a kicker opening it ("Update: ") is left out.

    >>> after_kicker("Update: No threat to public", 0, 27)
    8
    >>> after_kicker("Police: no threat", 0, 17)
    0
    """
    match = _KICKER.match(text, start, end)
    if match is not None and match.group(1).lower() in SECTION_LABELS:
        return match.end()
    return start
