"""Which language a text is in, and which rules module reads it.

No model: the script of the letters decides first (Arabic, Hebrew, Cyrillic,
Greek, CJK ...); text in Latin letters is told apart by its commonest short
words ("the", "said" against "der", "le", "el", ...). That is enough to pick
rules for a news article and to name the language when there are none.
"""

from __future__ import annotations

import functools
import importlib
import re
import string
from collections import Counter
from types import ModuleType

__all__ = ["LANGUAGE_NAMES", "RULES", "detect_language", "rules_for"]

#: Language code → its English name, for every language the detector can name.
LANGUAGE_NAMES = {
    "en": "English",
    "ar": "Arabic",
    "fa": "Persian",
    "ur": "Urdu",
    "he": "Hebrew",
    "ru": "Russian",
    "uk": "Ukrainian",
    "el": "Greek",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "hi": "Hindi",
    "th": "Thai",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "tr": "Turkish",
    "id": "Indonesian",
    "pl": "Polish",
    "sv": "Swedish",
    "und": "an undetermined language",
}

#: Language code → the module holding its rules (each has ``find_attributions(text)``).
RULES = {"en": "claimgraph.extract.english", "ar": "claimgraph.extract.arabic"}

# Words frequent in news prose of one Latin-script language and rare in the others.
_LATIN_WORDS = {
    "en": [
        "the",
        "and",
        "of",
        "to",
        "in",
        "that",
        "said",
        "is",
        "was",
        "for",
        "with",
        "he",
        "it",
        "his",
        "on",
        "by",
        "as",
        "are",
        "from",
        "has",
        "have",
        "who",
        "says",
        "told",
        # a short English sentence may hold none of the words above but these: "X held a press
        # conference, saying that agencies had intercepted a call" is no French
        "a",
        "an",
        "had",
        "were",
        "been",
        "would",
        "will",
        "not",
        "this",
        "which",
        "their",
        "they",
        "she",
        "her",
    ],
    "fr": [
        "le",
        "la",
        "les",
        "des",
        "et",
        "est",
        "une",
        "dans",
        "que",
        "pour",
        "qui",
        "sur",
        "du",
        "au",
        "pas",
        "avec",
        "a",
        "été",
        "selon",
        "déclaré",
    ],
    "de": [
        "der",
        "die",
        "und",
        "das",
        "den",
        "ist",
        "nicht",
        "mit",
        "sich",
        "des",
        "dem",
        "von",
        "zu",
        "ein",
        "eine",
        "sagte",
        "auch",
        "auf",
        "für",
    ],
    "es": [
        "el",
        "la",
        "los",
        "las",
        "y",
        "que",
        "del",
        "en",
        "por",
        "una",
        "con",
        "para",
        "se",
        "es",
        "dijo",
        "según",
        "su",
        "al",
    ],
    "it": [
        "il",
        "la",
        "di",
        "che",
        "e",
        "per",
        "una",
        "sono",
        "con",
        "del",
        "della",
        "non",
        "gli",
        "ha",
        "detto",
        "anche",
    ],
    "pt": [
        "o",
        "a",
        "os",
        "as",
        "que",
        "do",
        "da",
        "em",
        "um",
        "uma",
        "para",
        "com",
        "não",
        "disse",
        "segundo",
        "foi",
        "são",
    ],
    "nl": ["de", "het", "een", "en", "van", "is", "dat", "op", "te", "niet", "met", "voor", "zijn", "zei", "ook"],
    "tr": ["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "dedi", "olan", "gibi", "çok", "daha"],
    "id": ["dan", "yang", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "akan", "pada", "kata"],
    "pl": ["i", "w", "nie", "na", "się", "z", "że", "do", "jest", "to", "jak", "powiedział", "także"],
    "sv": ["och", "att", "det", "som", "en", "är", "på", "för", "med", "inte", "har", "sade", "av"],
}
_SAMPLE = 20_000  # characters read to decide; a language shows itself long before
_WORD_SAMPLE = 5_000  # characters whose words are counted, once the script is Latin


# Letters of each script, by Unicode block; runs of them, so counting makes few objects.
_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]+"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+"),
    "he": re.compile(r"[\u0590-\u05ff]+"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]+"),
    "el": re.compile(r"[\u0370-\u03ff]+"),
    "zh": re.compile(r"[\u4e00-\u9fff]+"),
    "ja": re.compile(r"[\u3040-\u30ff]+"),
    "ko": re.compile(r"[\uac00-\ud7af]+"),
    "hi": re.compile(r"[\u0900-\u097f]+"),
    "th": re.compile(r"[\u0e00-\u0e7f]+"),
}
_ASCII_LETTERS = string.ascii_letters.encode("ascii")
# Each frequent word → the languages it counts for.
_LANGUAGES_OF: dict[str, list[str]] = {}
for _lang, _common in _LATIN_WORDS.items():
    for _word in _common:
        _LANGUAGES_OF.setdefault(_word, []).append(_lang)


def detect_language(text: str) -> str:
    """The language code of a text (``"en"``, ``"ar"``, ``"fr"`` ...); ``"und"`` when it cannot tell.

    The script most of the letters are in decides; Latin-script text is
    classified by the frequent words of its first 5,000 characters. Only the first
    20,000 characters are read.

    Example:
        >>> detect_language("The ministry said 40 people were killed.")
        'en'
    """
    sample = text[:_SAMPLE]
    # Most text this reads is mostly plain ASCII letters: counted by bytes, which decides it at once.
    encoded = sample.encode("utf-8", "surrogatepass")  # a lone surrogate is no letter, and no crash
    ascii_letters = len(encoded) - len(encoded.translate(None, _ASCII_LETTERS))
    latin = ascii_letters if ascii_letters * 2 > len(sample) else sum(map(len, _SCRIPTS["latin"].findall(sample)))
    arabic = 0 if latin * 2 > len(sample) else sum(map(len, _SCRIPTS["arabic"].findall(sample)))
    if latin * 2 > len(sample):  # most of the text is Latin letters: no other script can win
        scripts = Counter({"latin": latin})
    elif arabic * 2 > len(sample):  # likewise for Arabic letters
        scripts = Counter({"arabic": arabic})
    else:
        scripts = Counter({name: sum(map(len, letters.findall(sample))) for name, letters in _SCRIPTS.items()})
    script, count = scripts.most_common(1)[0]
    if count == 0:
        return "und"
    if script == "arabic":
        persian = sum(sample.count(c) for c in "پچژگک")
        urdu = sum(sample.count(c) for c in "ٹڈڑےں")
        letters = scripts["arabic"]
        if urdu > letters * 0.005:
            return "ur"
        return "fa" if persian > letters * 0.005 else "ar"
    if script == "cyrillic":
        return "uk" if any(c in sample for c in "їєґі") else "ru"
    if script == "zh" and scripts.get("ja"):
        return "ja"
    if script != "latin":
        return script if script in LANGUAGE_NAMES else "und"
    scores = dict.fromkeys(_LATIN_WORDS, 0)
    # Words of Latin letters only: the frequent words are all Latin, and the narrow class is quick.
    for word in _SCRIPTS["latin"].findall(sample[:_WORD_SAMPLE].lower()):
        for lang in _LANGUAGES_OF.get(word, ()):
            scores[lang] += 1
    best = max(scores, key=lambda lang: scores[lang])
    # Latin letters with none of the frequent words (a headline, a list of names): read as English.
    return best if scores[best] > 0 else "en"


@functools.cache
def rules_for(lang: str) -> ModuleType | None:
    """The rules module for a language code, or None when there are no rules for it."""
    module = RULES.get(lang)
    if module is None:
        return None
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        return None
