"""Arabic script helpers: folding for comparison, diacritic-tolerant patterns, quotes, sentence ends.

The text itself is never changed: every pattern built here matches the text as
printed (with or without short vowels, shadda, tanween or tatweel, and with any
spelling of a bare alef), so offsets stay offsets into the original and quotes
stay verbatim. :func:`fold` is for comparing words only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimgraph.attribution.arabic import fold
from claimgraph.extract.word_regex import last_match

__all__ = [
    "LETTER",
    "MARKS",
    "MAX_SENTENCE",
    "QUOTE_CLOSERS",
    "base",
    "fold",
    "fuzzy",
    "in_lexicon",
    "in_lexicon_or_accusative",
    "quote_end",
    "sentence_end",
    "stems",
]

#: Short vowels, tanween, shadda, sukun, the superscript alef and tatweel.
MARKS = "\u064b-\u065f\u0670\u0640"
#: Arabic letters (tatweel excluded: it is in :data:`MARKS`).
LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"

_VARIANTS = {
    "ا": "[اأإآٱ]",
    "أ": "[اأإآٱ]",
    "إ": "[اأإآٱ]",
    "آ": "[اأإآٱ]",
    "ى": "[ىي]",
    "ي": "[يى]",
    "ة": "[ةه]",
    "ه": "[هة]",
}

#: Opening quotation mark → the marks that may close it. Arabic copy often
#: reverses curly quotes or repeats the opening one, so both are accepted.
QUOTE_CLOSERS = {"«": "»", "“": "”“", "”": "“”", '"': '"', "„": "“”"}


def fuzzy(word: str) -> str:
    """A regular expression matching ``word`` as printed with any diacritics and alef spelling.

    >>> bool(re.fullmatch(fuzzy("مؤكدا"), "مؤكدًا"))
    True
    """
    parts = []
    for char in word:
        if char == " ":
            parts.append(r"\s+")
        else:
            parts.append(_VARIANTS.get(char, re.escape(char)) + f"[{MARKS}]*")
    return "".join(parts)


_ARTICLES = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال")


@lru_cache(maxsize=1 << 16)
def base(word: str) -> str:
    """A word folded and stripped of punctuation and its article ("وبالإشارة" → "اشاره").

    A bare conjunction or preposition is kept, since it may be the word's own
    first letter ("وزير"); :func:`stems` tries both readings.
    """
    folded = fold(word).strip("\"“”«»'()[]،,.:؛;!?؟-ـ")
    for article in _ARTICLES:
        if folded.startswith(article) and len(folded) - len(article) >= 2:
            return folded[len(article) :]
    return folded


@lru_cache(maxsize=1 << 16)
def stems(word: str) -> tuple[str, ...]:
    """The readings of a word for a lexicon look-up: as is, without a leading و / ف / ب / ل, and
    without a possessive pronoun at its end ("بيانها", her statement: a statement)."""
    first = base(word)
    folded = fold(word).strip("\"“”«»'()[]،,.:؛;!?؟-ـ")
    readings = [first]
    if folded[:1] in "وفبل" and len(folded) >= 4:
        readings.append(base(folded[1:]))
    owned = _POSSESSIVE.sub("", folded) if len(folded) >= 5 else folded
    if owned != folded:
        readings.append(base(owned))
    return tuple(readings)


# A possessive pronoun attached to a noun: "ها" (her, its), "هم" / "هما" (their), "ه" (his, its).
_POSSESSIVE = re.compile(r"(?:هما|ها|هم|ه)$")


def in_lexicon(word: str, lexicon: frozenset[str]) -> bool:
    """Whether any reading of ``word`` (see :func:`stems`) is in a lexicon of :func:`base` forms."""
    return any(stem in lexicon for stem in stems(word))


def in_lexicon_or_accusative(word: str, lexicon: frozenset[str]) -> bool:
    """:func:`in_lexicon`, or so read without the alif of an indefinite accusative: after "إن" a
    subject is printed so ("إن مصدرا مسؤولا", that a responsible source). Only for a subject's head:
    as a general reading it would make "موقعا" (a site) the outlet noun "موقع"."""
    return in_lexicon(word, lexicon) or (word.endswith("ا") and in_lexicon(word[:-1], lexicon))


_CLOSERS = {opening: re.compile(f"[{re.escape(closers)}\\n]") for opening, closers in QUOTE_CLOSERS.items()}


def quote_end(text: str, start: int, limit: int) -> int:
    """Offset of the mark closing the quote opened at ``start``, or ``limit`` if it stays open.

    A quotation never runs over a line break: an unclosed one ends there.
    """
    limit = min(limit, start + MAX_SENTENCE)
    if text[start] == "«":
        return _guillemets_end(text, start, limit)
    closer = _CLOSERS.get(text[start])
    if closer is None:
        closer = re.compile(f"[{re.escape(text[start])}\\n]")
    match = closer.search(text, start + 1, limit)
    end = match.start() if match is not None else limit
    if match is not None and text[end] != "\n" and text[start + 1 : end].rstrip().endswith(":"):
        # "وتابع الوزير:"لدينا احتياطي …، مضيفا:" الرئيس خصص …": the mark after the colon opens the
        # next quote, so this one ended before the participle's clause
        turn = last_match(_PARTICIPLE_CLAUSE, text[start + 1 : end])
        if turn is not None:
            return start + 1 + turn.start()
    if match is None or text[end] == "\n":
        # Left open: "أكد أحد الشباب” لم أكن أعلم …، فيما أكد آخرون أنهم …": it ends where the
        # sentence turns to another party's words
        turn = _TURN_TO_ANOTHER.search(text, start + 1, end)
        if turn is not None:
            return turn.start()
    # "وأكمل:" لدينا احتياطي …، لافتا إلي أن الرئيس …".": the narration's participle, never the
    # speaker's own words, even where the closing mark was put after it
    narrated = _NARRATED_PARTICIPLE.search(text, start + 1, end)
    return narrated.start() if narrated is not None else end


#: A clause of contrast and a verb of saying after a comma ("، فيما أكد آخرون", "، بينما قالت"), where a
#: quote left open ends; and the narration's participle of saying with its "that" ("، لافتا إلى أن"),
#: where any quote does.
_TURN_TO_ANOTHER = re.compile(
    "[،,]\\s*(?:فيما|بينما|في حين)\\s+(?:أكد|قال|أضاف|أوضح|أشار|نفى|ذكر|اعتبر|رأى|رأت)(?:ت|وا)?(?=\\s)"
)
_NARRATED_PARTICIPLE = re.compile(
    "[،,]\\s*(?:لافت|مشير|مؤكد|مضيف|موضح)(?:ا|اً|ًا|ة|ةً)\\s+(?:(?:إلى|إلي|الى)\\s+)?(?:أن|أنه|أنها|ان)(?=\\s)"
)
#: A comma and a participle of saying ending in a colon: "، مضيفا:".
_PARTICIPLE_CLAUSE = re.compile("[،,]\\s*(?:و)?(?:لافت|مشير|مؤكد|مضيف|موضح|قائل)(?:ا|اً|ًا|ة|ةً)\\s*:\\s*$")


_GUILLEMETS = re.compile("[«»\n]")


def _guillemets_end(text: str, start: int, limit: int) -> int:
    """The » closing the « at ``start``: guillemets nest («... دور «كونا» في ...»), so a name
    quoted inside a quotation does not end it; unbalanced, the first » does."""
    depth, first_close = 0, None
    for match in _GUILLEMETS.finditer(text, start, limit):
        mark = match.group(0)
        if mark == "\n":
            break
        depth += 1 if mark == "«" else -1
        if mark == "»" and first_close is None:
            first_close = match.start()
        if depth == 0:
            return match.start()
    return first_close if first_close is not None else limit


_ENDS = ".!?؟"


#: No sentence is read further than this: a run-on "sentence" is not news prose,
#: and the cap keeps the cost of every pattern linear in the text's length.
MAX_SENTENCE = 2_000


def sentence_end(text: str, start: int, limit: int) -> int:
    """Offset where the sentence running from ``start`` ends (before ``limit`` and any line break).

    A full stop between digits ("4.2") or inside a quotation does not end it;
    a sentence is cut at :data:`MAX_SENTENCE` characters.
    """
    limit = min(limit, start + MAX_SENTENCE)
    at = start
    unclosed: set[str] = set()
    while True:
        match = _SENTENCE_MARK.search(text, at, limit)
        if match is None:
            return limit
        at = match.start()
        char = text[at]
        if char == "\n":
            return at
        if char in QUOTE_CLOSERS:
            if char not in unclosed:
                close = quote_end(text, at, limit)
                if close < limit and text[close] != "\n":
                    at = close + 1
                    continue
                unclosed.add(char)  # no mark closes it: none closes a later one either
            at += 1
            continue
        if char == "." and at > start and text[at - 1].isdigit() and at + 1 < limit and text[at + 1].isdigit():
            at += 1
            continue
        return at


_SENTENCE_MARK = re.compile(f"[{re.escape(_ENDS)}\\n{re.escape(''.join(q for q in QUOTE_CLOSERS if q != '”'))}]")
