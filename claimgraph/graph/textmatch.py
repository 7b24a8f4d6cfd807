"""Finding a quote in a document: verbatim up to white space and typographic quotes, else the closest passage.

News text mixes straight and curly quotes, apostrophes and non-breaking spaces, and
a quote copied into a dossier often loses them. Those differences say nothing
about fidelity, so they are normalised away; every other difference (a word, a
tense, a letter's case) counts as a misquote.
"""

from __future__ import annotations

import functools

from attrs import frozen
from rapidfuzz import fuzz

__all__ = [
    "MAX_COMPARE_QUOTE",
    "MAX_COMPARE_WORK",
    "Passage",
    "closest_passage",
    "find_quote",
    "normalise",
    "too_long_to_compare",
]

# Typographic single quotes and apostrophes → ', double quotes and guillemets → ".
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)

# Tatweel and the Arabic marks a writer may add or leave out: harakat and tanwin
# (U+064B-U+065F), the superscript alef (U+0670), and the Quranic annotation
# signs (U+0610-U+061A, U+06D6-U+06ED, letters excepted).
_ARABIC_MARKS = dict.fromkeys(
    [
        0x0640,
        *range(0x0610, 0x061B),
        *range(0x064B, 0x0660),
        0x0670,
        *range(0x06D6, 0x06DD),
        *range(0x06DF, 0x06E5),
        0x06E7,
        0x06E8,
        *range(0x06EA, 0x06EE),
    ]
)

# rapidfuzz works on the whole haystack at once; chunking bounds its memory and
# lets a good early match cut the rest of the search short.
_CHUNK = 1 << 20

#: Longest quote (normalised characters) searched for a closest passage. The fuzzy
#: alignment costs about quote length × document length; a quote this long is a
#: page, not a quote, and is only looked for verbatim.
MAX_COMPARE_QUOTE = 2_000
#: Largest quote length × document length searched for a closest passage (about
#: a second of work): beyond it the audit says "too long to compare".
MAX_COMPARE_WORK = 400_000_000


# The audit normalises the same document once per claim that quotes it: keep the
# last few results (str caches its hash, so a repeated 10 MB text costs one lookup).
@functools.lru_cache(maxsize=8)
def normalise(text: str, *, arabic_marks: bool = False) -> str:
    """Collapse white space to single spaces and make quotes and apostrophes straight.

    Args:
        text: any text.
        arabic_marks: also drop tatweel and the optional Arabic diacritics.

    Returns:
        The text with runs of white space (including non-breaking spaces and line
        breaks) as one space, no leading or trailing space, and ``‘ ’ “ ” « »``
        and friends as ``'`` and ``"``. Nothing else changes: case, dashes and
        letters are kept, since they matter to a quote's fidelity.
    """
    if arabic_marks:
        text = text.translate(_ARABIC_MARKS)
    return " ".join(text.translate(_QUOTES).split())


def find_quote(quote: str, text: str, *, arabic_marks: bool = False) -> bool:
    """Whether ``quote`` appears in ``text``, up to :func:`normalise`.

    Args:
        quote: the passage as recorded.
        text: the document's text.
        arabic_marks: ignore tatweel and optional Arabic diacritics on both sides.

    Returns:
        True when the normalised quote is a substring of the normalised text.
    """
    needle = normalise(quote, arabic_marks=arabic_marks)
    # str.find is linear (two-way search) in both lengths.
    return bool(needle) and needle in normalise(text, arabic_marks=arabic_marks)


def too_long_to_compare(quote: str, text: str) -> bool:
    """Whether searching ``text`` for the passage closest to ``quote`` would cost too much.

    True when the normalised quote is longer than :data:`MAX_COMPARE_QUOTE` or
    quote length × document length exceeds :data:`MAX_COMPARE_WORK`; the
    verbatim check (:func:`find_quote`) is linear and always runs.
    """
    needle, haystack = normalise(quote), normalise(text)
    return len(needle) > MAX_COMPARE_QUOTE or len(needle) * len(haystack) > MAX_COMPARE_WORK


@frozen
class Passage:
    """The stretch of a document that best matches a quote.

    Attributes:
        text: the passage, normalised (single spaces, straight quotes), widened
            to whole words.
        start: offset of the passage in the normalised document text.
        score: similarity of quote and passage, 0 to 100 (100 = identical).
    """

    text: str
    start: int
    score: float


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    # A match may start or end inside a word ("remained open on Wednesda"); show whole words.
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def closest_passage(quote: str, text: str) -> Passage | None:
    """The passage of ``text`` most similar to ``quote``.

    The search is rapidfuzz's partial-ratio alignment, run over the text in
    chunks that overlap by the quote's length, so its cost grows linearly with the
    document and its memory stays bounded.

    Args:
        quote: the passage as recorded.
        text: the document's text.

    Returns:
        The best passage (the earliest one among equals), or None when the quote
        or the text is empty, or when :func:`too_long_to_compare` says the search
        would cost too much.
    """
    needle = normalise(quote)
    haystack = normalise(text)
    if not needle or not haystack or too_long_to_compare(quote, text):
        return None
    best = None
    step = max(_CHUNK, 4 * len(needle))
    offset = 0
    while True:
        chunk = haystack[offset : offset + step + len(needle)]
        found = fuzz.partial_ratio_alignment(needle, chunk, score_cutoff=best.score + 1e-9 if best else 0)
        if found is not None and (best is None or found.score > best.score):
            start, end = _widen(haystack, offset + found.dest_start, offset + found.dest_end)
            best = Passage(text=haystack[start:end], start=start, score=round(found.score, 1))
        offset += step
        if offset >= len(haystack) or (best is not None and best.score >= 100):
            break
    return best
