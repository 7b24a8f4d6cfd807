"""Languages and scripts: BCP 47 language tags, and which writing system a language's text is in.

Tags are checked against the IANA language subtag registry through ``langcodes``
(a well-kept library, so no list of languages is kept here) and written in their
standard form (``AR`` → ``ar``, ``iw`` → ``he``). A tag's usual script (``ar`` →
Arabic, ``he`` → Hebrew, ``sr-Latn`` → Latin) comes from the same library's
likely-subtags data; the script of a piece of text is read from the Unicode
character names, so a quote can be checked against its declared language.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

import langcodes

from claimgraph.model.fields import WrongType, checked_text

__all__ = [
    "RTL_SCRIPTS",
    "direction_of_tag",
    "language_tag",
    "optional_language_tag",
    "script_of_tag",
    "script_of_text",
]

#: ISO 15924 codes of the scripts written right to left that a ledger is likely to meet.
RTL_SCRIPTS = frozenset({"Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Samr", "Mand", "Rohg"})

# ISO 15924 code → the first word of the Unicode names of its letters. Only scripts
# named here are checked; a language written in any other script is never flagged.
_SCRIPT_NAMES = {
    "Arab": "ARABIC",
    "Hebr": "HEBREW",
    "Latn": "LATIN",
    "Cyrl": "CYRILLIC",
    "Grek": "GREEK",
    "Armn": "ARMENIAN",
    "Geor": "GEORGIAN",
    "Deva": "DEVANAGARI",
    "Beng": "BENGALI",
    "Taml": "TAMIL",
    "Thai": "THAI",
    "Ethi": "ETHIOPIC",
    "Syrc": "SYRIAC",
    "Thaa": "THAANA",
    "Hang": "HANGUL",
}
_SCRIPT_OF_NAME = {name: code for code, name in _SCRIPT_NAMES.items()}


@lru_cache(maxsize=512)
def _standard(tag: str) -> str | None:
    if not langcodes.tag_is_valid(tag):
        return None
    return str(langcodes.standardize_tag(tag))


def language_tag(value: object) -> str:
    """Check a BCP 47 language tag (``ar``, ``he``, ``en-GB``, ``sr-Latn``) and return its standard form.

    Raises:
        WrongType: the value is not text.
        ValueError: the text is not a well-formed, registered tag.
    """
    if not isinstance(value, str):
        raise WrongType("a language tag such as ar, he or en", value)
    tag = checked_text(value).strip()
    standard = _standard(tag) if tag else None
    if standard is None:
        raise ValueError(
            f"{tag!r} is not a BCP 47 language tag; "
            "write the language's code, e.g. ar (Arabic), he (Hebrew), en (English)"
        )
    return standard


def optional_language_tag(value: object) -> str | None:
    """Like :func:`language_tag`, but nothing (None) stays nothing."""
    return None if value is None else language_tag(value)


@lru_cache(maxsize=512)
def script_of_tag(tag: str) -> str | None:
    """The ISO 15924 code of the script a language's text is usually written in (``ar`` → ``Arab``).

    An explicit script subtag wins (``az-Arab``); otherwise the likely-subtags data
    decides. Returns None when the library knows no script for the tag.
    """
    language = langcodes.Language.get(tag)
    script = language.script or language.maximize().script
    return str(script) if script else None


def direction_of_tag(tag: str | None) -> str | None:
    """``rtl`` or ``ltr`` for a language's usual script (``ar`` → ``rtl``); None for an unknown tag or script."""
    script = script_of_tag(tag) if tag else None
    if script is None:
        return None
    return "rtl" if script in RTL_SCRIPTS else "ltr"


def script_of_text(text: str) -> str | None:
    """The ISO 15924 code of the script most letters of ``text`` are in, among those this module knows.

    Digits, punctuation and letters of other scripts are not counted; None when
    no letter of a known script is found.
    """
    counts: Counter[str] = Counter()
    for char in text:
        if not char.isalpha():
            continue
        first = unicodedata.name(char, "").split(" ", 1)[0]
        code = _SCRIPT_OF_NAME.get(first)
        if code is not None:
            counts[code] += 1
    if not counts:
        return None
    return counts.most_common(1)[0][0]
