"""Splitting article text into sentences, keeping each one's offsets in the text.

News prose is regular enough for rules: a sentence ends at ``.``, ``!`` or ``?``
(and any closing quotes or brackets) followed by white space and a capital,
a digit or an opening quote, unless the word before the full stop is a known
abbreviation or an initial (or, in copy that lost its paragraph breaks, straight
after a lower-case word and before a capitalised one: ``… in Blagdon.The``), and at a vertical bar,
which parts a scraped headline's segments. Every line break ends a sentence too, since
headlines, bullets and paragraphs stand on lines of their own. One pass over
the text, so the cost is linear in its length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import frozen

__all__ = ["Sentence", "split_sentences"]


def _words(text: str) -> frozenset[str]:
    """The set of white-space separated words of a literal word list."""
    return frozenset(text.split())


# The mark comes first in both branches, so the scan can leap from mark to mark.
_END = re.compile(
    r"[.!?](?:[.!?]*[”\"’')\]]*(?=\s+[“\"‘'(\[]?[A-Z0-9])"
    # copy whose paragraphs lost their breaks runs sentences together: "… in Blagdon.The latter was"
    r"|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]))"
    # a bar parts a scraped headline from its kicker or its site ("Gaza|The Gaza Ministry of Health
    # blames …", "Strike talks fail | Nation.Cymru"): no name or statement runs across it
    r"|\|"
)
_WORD_BEFORE = re.compile(r"(\S+)$")

# Words that end with a full stop without ending the sentence.
_ABBREVIATIONS = _words(
    "mr mrs ms dr prof gen lt col maj sgt capt cpt adm rev st jr sr no vol fig approx est "
    "jan feb mar apr jun jul aug sep sept oct nov dec vs etc e.g i.e u.s u.n u.k e.u "
    "gov sen rep pres sheikh cllr insp supt det cpl pte hon rt fr atty cmdr brig"
)


@frozen
class Sentence:
    """One sentence of a text.

    Attributes:
        start: offset of its first character in the text.
        end: offset just past its last character (its final punctuation included).
        text: ``text[start:end]``.
    """

    start: int
    end: int
    text: str


def _is_abbreviation(text: str, stop: int) -> bool:
    # ``stop`` is the offset of the full stop; look at the word it ends.
    word = _WORD_BEFORE.search(text, max(0, stop - 20), stop)
    if word is None:
        return False
    token = word.group(1).lstrip("(“\"‘'").lower()
    if token in ("a.m", "p.m"):
        # "at 7 a.m. EDT, with …", "at 9 p.m. Monday": a clock's zone or day goes on; "p.m. The" ends
        return _ZONE_OR_DAY.match(text, stop + 1) is not None
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


_ZONE_OR_DAY = re.compile(
    r"\s+(?:[ECMP][SD]?T|GMT|BST|UTC|CET|CEST|IST|AEST|AEDT|SAST|EAT|WAT|local\b|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)


# A wire dateline opening a paragraph: "LONDON - ", "ABU DHABI // ", "GAZA CITY (Reuters) - ", "SEOUL, July 28
# (Yonhap) -- ", "DUBAI (Zawya Dow Jones)--", "HUAXIAN, Shaanxi, Sept. 20 (Xinhua) -- ", "Cairo, Aug 12 : ",
# "Hyderabad, Nov 24 (IANS) ". Where the story was filed, no part of the first sentence's statement.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_AGENCY = r"\([A-Z][\w .:&’'\-]{1,30}\)"  # (also "(Updated 5:14 p.m.)")
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.’'\-]+(?:\s+[A-Z][A-Z.’'\-]+){0,3}(?:,\s+[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){0,2})?"
    rf"(?:,\s+{_MONTH}\s+\d{{1,2}})?\s*(?:{_AGENCY})?\s*(?:--|//|[—–-])"
    rf"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+{_MONTH}\s+\d{{1,2}}\s*(?:{_AGENCY})?\s*(?:--|[—–:-])"
    # "Hyderabad, Nov 24 (IANS) Telangana's Minister …": an agency's dateline with no dash
    rf"|(?:[A-Z][a-z]+|[A-Z][A-Z.’'\-]+)(?:\s+[A-Z][\w.’'\-]+)?,\s+{_MONTH}\s+\d{{1,2}}\s*{_AGENCY}(?=\s+[A-Z“\"‘']))"
    # "DUBAI (Zawya Dow Jones)--Egypt's Ezz Steel …": a double dash may touch the first word
    r"(?:\s+|(?<=--)(?=[A-Z“\"‘']))"
)


def _line_sentences(text: str, start: int, end: int) -> Iterator[Sentence]:
    dateline = _DATELINE.match(text, start, end)
    position = dateline.end() if dateline is not None else start
    for match in _END.finditer(text, start, end):
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        yield from _trimmed(text, position, match.end())
        position = match.end()
    yield from _trimmed(text, position, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield Sentence(start, end, text[start:end])


def split_sentences(text: str, start: int = 0) -> Iterator[Sentence]:
    """The sentences of a text, in order.

    Args:
        text: the article text (line ends already ``\\n``).
        start: where to begin (to skip a leading date line, say).

    Yields:
        Each sentence with its offsets; blank lines yield nothing.
    """
    line_start = start
    while line_start <= len(text):
        line_end = text.find("\n", line_start)
        if line_end == -1:
            line_end = len(text)
        yield from _line_sentences(text, line_start, line_end)
        line_start = line_end + 1
