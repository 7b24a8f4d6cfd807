"""A surname printed a letter off the one the text gave in full: "Aldelsberger" for "Shawn
Adelsberger", "Mwamba" for "Roy Mwaba", "الغلاوي" for "جمانة الغلاي".

Copy written in haste, or a name transliterated twice, spells a person's surname two ways. A
lone surname that matches nobody met is read as the one person whose full name ends in a
surname one edit away, in the same script, opening with the same letter (an Arabic article
aside) and long enough that two real names rarely sit one letter apart ("Kahn" and "Khan" may
be two people, so four letters are too few).
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["PEOPLE_COMPARED", "misspells", "misspelt_one"]

#: How many of the people met last a lone surname is compared with: linear in a long text.
PEOPLE_COMPARED = 200

#: The fewest letters of the longer of the two surnames, without an Arabic article.
_MIN_LETTERS = 5
_ARABIC_ARTICLE = "ال"


def misspells(surname: str, known: str) -> bool:
    """Whether ``surname`` is ``known`` (a surname the text printed in a full name) with one letter
    added, dropped or changed; both as the speakers' reading keeps them (lower case, folded)."""
    if surname == known:
        return False
    bare, bare_known = _without_article(surname), _without_article(known)
    if max(len(bare), len(bare_known)) < _MIN_LETTERS or min(len(bare), len(bare_known)) < _MIN_LETTERS - 1:
        return False
    if bare[:1] != bare_known[:1]:
        return False
    # Imported on first use: most drafts never ask, and the compiled module adds 3 MB to a process
    # that otherwise needs about 22.
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(bare, bare_known, score_cutoff=1) == 1


def _without_article(word: str) -> str:
    return word[len(_ARABIC_ARTICLE) :] if word.startswith(_ARABIC_ARTICLE) and len(word) > 4 else word


def misspelt_one(surname: str, people: Iterable[tuple[int, Iterable[tuple[str, ...]]]]) -> int | None:
    """The key of the one person whose full name ends in a surname ``surname`` misspells, among
    ``people`` (each a key and the words of each of its names); None for none or several."""
    fits = {key for key, names in people if any(len(name) >= 2 and misspells(surname, name[-1]) for name in names)}
    return fits.pop() if len(fits) == 1 else None
