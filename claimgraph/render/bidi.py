"""Right-to-left text beside left-to-right text: directional isolates for terminals, balanced controls for pages.

Unicode's bidirectional algorithm orders a line by the direction of its
characters. A speaker's Arabic name in an English line, or a name carrying a
right-to-left override (U+202E), can otherwise reorder its neighbours: the date
splits around an Arabic verb, "4 Feb 2026" prints as "6202 beF 4".

- :func:`balanced` closes every embedding, override and isolate a piece of user
  text opens, so nothing it starts reaches past its end. The brief's Jinja2
  environment applies it to every value it prints.
- :func:`isolate` wraps a piece of user text in FIRST STRONG ISOLATE (U+2068)
  and POP DIRECTIONAL ISOLATE (U+2069) for a terminal, which has no ``<bdi>``:
  the text takes its own direction, and the columns around it keep theirs.
  Text with no right-to-left letter and no control is returned unchanged.
"""

from __future__ import annotations

import re

__all__ = ["FSI", "PDI", "balanced", "has_rtl", "isolate"]

FSI = "\u2068"  # FIRST STRONG ISOLATE: the text inside takes the direction of its first strong letter
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE

_PDF = "\u202c"
_EMBEDDINGS = "\u202a\u202b\u202d\u202e"  # LRE, RLE, LRO, RLO: closed by PDF
_ISOLATES = "\u2066\u2067\u2068"  # LRI, RLI, FSI: closed by PDI
_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Letters of the right-to-left blocks: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan,
# Mandaic, Arabic Extended, and the Hebrew and Arabic presentation forms; RLM and ALM.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u061c\U00010800-\U00010fff\U0001e800-\U0001efff]")


def has_rtl(text: str) -> bool:
    """True when the text holds a right-to-left letter (Hebrew, Arabic, ...) or mark."""
    return _RTL.search(text) is not None


def balanced(text: str) -> str:
    """The text with every embedding, override or isolate it leaves open closed at its end.

    A PDI closes its isolate and whatever was opened inside it, as the bidi
    algorithm reads it; unmatched closers are left alone (they do nothing).
    """
    if _CONTROLS.search(text) is None:
        return text
    open_: list[str] = []
    for char in text:
        if char in _EMBEDDINGS or char in _ISOLATES:
            open_.append(char)
        elif char == _PDF:
            if open_ and open_[-1] in _EMBEDDINGS:
                open_.pop()
        elif char == PDI and any(c in _ISOLATES for c in open_):
            while open_.pop() not in _ISOLATES:
                pass
    if not open_:
        return text
    return text + "".join(PDI if c in _ISOLATES else _PDF for c in reversed(open_))


def isolate(text: str) -> str:
    """User text for a terminal line: isolated (FSI … PDI) when it holds right-to-left text or bidi controls."""
    if not has_rtl(text) and _CONTROLS.search(text) is None:
        return text
    return f"{FSI}{balanced(text)}{PDI}"
