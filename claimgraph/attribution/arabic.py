"""The Arabic entries of the cue lexicon: verbs, participles, verbal nouns and prepositions.

Arabic news attributes with a verb first ("وقال المتحدث ... إن ..."), a
circumstantial participle that continues the speaker ("..., مضيفًا أن ..."), a
verbal noun ("بالتأكيد على أن"), or a preposition ("بحسب", "وفقًا لـ", "نقلًا
عن"). Forms are listed unvocalised and without the conjunctions و / ف; they are
compared folded (:func:`fold`: no short vowels, shadda, tanween or tatweel, one
alef), so "وأكّد", "مؤكدًا" and "مؤكداً" all find their entry.

Each verb carries a class of :data:`claimgraph.attribution.lexicon.CUE_CLASSES`,
so the audit reads an Arabic reporter's choice of verb the way it reads an
English one ("زعم" and "ادعى" cast doubt; "أكد" lends weight).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

__all__ = [
    "ARABIC_CUES",
    "ARABIC_PARTICIPLES",
    "ARABIC_PREPOSITIONS",
    "ARABIC_VERBAL_NOUNS",
    "arabic_cue_class",
    "cue_agreement",
    "fold",
]

#: Lemma (the masculine perfect) → (class, finite forms: perfect and imperfect,
#: masculine, feminine and plural).
ARABIC_CUES: dict[str, tuple[str, tuple[str, ...]]] = {
    # neutral: the reporter vouches only that it was said
    "قال": ("neutral", ("قال", "قالت", "قالوا", "قلن", "قالا", "قالتا", "يقول", "تقول", "يقولون", "يقولان", "تقولان")),
    "أضاف": ("neutral", ("أضاف", "أضافت", "أضافوا", "أضافا", "أضافتا", "يضيف", "تضيف", "يضيفون")),
    "تابع": ("neutral", ("تابع", "تابعت", "تابعوا", "تابعا")),
    "أكمل": ("neutral", ("أكمل", "أكملت", "استكمل", "استكملت")),
    # "وواصل: “…”", "واختتم: “…”": speech only before a colon or a quotation (the extractor checks)
    "واصل": ("neutral", ("واصل", "واصلت")),
    "اختتم": ("neutral", ("اختتم", "اختتمت")),
    # "وزاد: “…”": added, only before a colon or a quotation ("زاد العدد" is a number growing)
    "زاد": ("neutral", ("زاد", "زادت")),
    "أردف": ("neutral", ("أردف", "أردفت", "أردفوا")),
    "استطرد": ("neutral", ("استطرد", "استطردت")),
    "استدرك": ("neutral", ("استدرك", "استدركت")),
    "أوضح": ("neutral", ("أوضح", "أوضحت", "أوضحوا", "أوضحا", "يوضح", "توضح", "يوضحون")),
    "بين": ("neutral", ("بين", "بينت", "بينوا", "يبين", "تبين")),
    "ذكر": ("neutral", ("ذكر", "ذكرت", "ذكروا", "ذكرا", "يذكر", "تذكر", "يذكرون")),
    "أفاد": ("neutral", ("أفاد", "أفادت", "أفادوا", "أفادا", "يفيد", "تفيد", "يفيدون")),
    "صرح": ("neutral", ("صرح", "صرحت", "صرحوا", "صرحا", "يصرح", "تصرح")),
    "أعلن": ("neutral", ("أعلن", "أعلنت", "أعلنوا", "أعلنا", "يعلن", "تعلن", "يعلنون")),
    "نفى": ("neutral", ("نفى", "نفت", "نفوا", "ينفي", "تنفي", "ينفون")),
    "نقل": ("neutral", ("نقل", "نقلت")),
    "أبلغ": ("neutral", ("أبلغ", "أبلغت", "أبلغوا")),
    "طمأن": ("neutral", ("طمأن", "طمأنت")),
    "اعتبر": ("neutral", ("اعتبر", "اعتبرت", "اعتبروا", "يعتبر", "تعتبر", "يعتبرون")),
    "رأى": ("neutral", ("رأى", "رأت", "رأوا", "يرى", "ترى", "يرون")),
    "روى": ("neutral", ("روى", "روت", "رووا", "يروي", "تروي")),
    "علق": ("neutral", ("علق", "علقت", "علقوا", "يعلق", "تعلق")),
    "غرد": ("neutral", ("غرد", "غردت")),
    "تساءل": ("neutral", ("تساءل", "تساءلت", "يتساءل", "تتساءل")),
    "توقع": ("neutral", ("توقع", "توقعت", "توقعوا", "يتوقع", "تتوقع")),
    "رجح": ("neutral", ("رجح", "رجحت", "رجحوا", "يرجح", "ترجح")),
    "قدر": ("neutral", ("قدر", "قدرت", "يقدر", "تقدر")),
    # affirming: the verb presents the statement as established or weighty
    "أكد": ("affirming", ("أكد", "أكدت", "أكدوا", "أكدا", "أكدتا", "يؤكد", "تؤكد", "يؤكدون")),
    "شدد": ("affirming", ("شدد", "شددت", "شددوا", "شددا", "يشدد", "تشدد", "يشددون")),
    "أشار": ("affirming", ("أشار", "أشارت", "أشاروا", "أشارا", "يشير", "تشير", "يشيرون")),
    "لفت": ("affirming", ("لفت", "لفتت", "لفتوا", "يلفت", "تلفت")),
    "نوه": ("affirming", ("نوه", "نوهت", "نوهوا", "ينوه", "تنوه")),
    "نبه": ("affirming", ("نبه", "نبهت", "نبهوا", "ينبه", "تنبه")),
    "كشف": ("affirming", ("كشف", "كشفت", "كشفوا", "كشفا", "يكشف", "تكشف")),
    "اعترف": ("affirming", ("اعترف", "اعترفت", "اعترفوا", "يعترف", "تعترف")),
    "أقر": ("affirming", ("أقر", "أقرت", "أقروا", "يقر", "تقر")),
    # loaded: the verb casts doubt on the statement
    "زعم": ("loaded", ("زعم", "زعمت", "زعموا", "يزعم", "تزعم", "يزعمون")),
    "ادعى": ("loaded", ("ادعى", "ادعت", "ادعوا", "يدعي", "تدعي", "يدعون")),
    # characterising: the verb names the kind of statement
    "حذر": ("characterising", ("حذر", "حذرت", "حذروا", "حذرا", "يحذر", "تحذر", "يحذرون")),
    "طالب": ("characterising", ("طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون")),
    "اتهم": ("characterising", ("اتهم", "اتهمت", "اتهموا", "اتهما", "يتهم", "تتهم", "يتهمون")),
    "دعا": ("characterising", ("دعا", "دعت", "دعوا", "يدعو", "تدعو")),
    "هدد": ("characterising", ("هدد", "هددت", "هددوا", "يهدد", "تهدد", "يهددون")),
    "توعد": ("characterising", ("توعد", "توعدت", "توعدوا", "يتوعد", "تتوعد", "يتوعدون")),
    "تعهد": ("characterising", ("تعهد", "تعهدت", "تعهدوا", "يتعهد", "تتعهد")),
    "ناشد": ("characterising", ("ناشد", "ناشدت", "ناشدوا", "يناشد", "تناشد")),
    "وصف": ("characterising", ("وصف", "وصفت", "وصفوا", "يصف", "تصف")),
    "انتقد": ("characterising", ("انتقد", "انتقدت", "انتقدوا", "ينتقد", "تنتقد")),
    # "صرخ في وجه ممثل النيابة: “…”": shouted, the words it cries out
    "صرخ": ("characterising", ("صرخ", "صرخت", "صرخوا", "يصرخ", "تصرخ")),
    "أورد": ("neutral", ("أورد", "أوردت", "أوردوا", "يورد", "تورد")),
    "أجاب": ("neutral", ("أجاب", "أجابت", "أجابوا", "يجيب", "تجيب")),
    "كتب": ("neutral", ("كتب", "كتبت", "كتبوا", "يكتب", "تكتب")),
}

#: Circumstantial participles that continue a speaker ("..., مشيرًا إلى أن ...");
#: masculine, feminine and plural, each with or without its tanween.
ARABIC_PARTICIPLES: dict[str, tuple[str, ...]] = {
    "قال": ("قائلا", "قائلة", "قائلين"),
    "أضاف": ("مضيفا", "مضيفة", "مضيفين"),
    "أكد": ("مؤكدا", "مؤكدة", "مؤكدين"),
    "أشار": ("مشيرا", "مشيرة", "مشيرين"),
    "أوضح": ("موضحا", "موضحة", "موضحين"),
    "شدد": ("مشددا", "مشددة", "مشددين"),
    "حذر": ("محذرا", "محذرة", "محذرين"),
    "ادعى": ("مدعيا", "مدعية", "مدعين"),
    "زعم": ("زاعما", "زاعمة", "زاعمين"),
    "اعتبر": ("معتبرا", "معتبرة", "معتبرين"),
    "لفت": ("لافتا", "لافتة", "لافتين"),
    "نوه": ("منوها", "منوهة"),
    "أردف": ("مردفا", "مردفة"),
    "عقب": ("معقبا", "معقبة"),
    "وصف": ("واصفا", "واصفة", "واصفين"),
    "تابع": ("متابعا", "متابعة"),
    "استطرد": ("مستطردا", "مستطردة"),
    "نفى": ("نافيا", "نافية", "نافين"),
    "كشف": ("كاشفا", "كاشفة"),
    "بين": ("مبينا", "مبينة"),
    "علق": ("معلقا", "معلقة"),
    "رأى": ("رائيا",),
    "توقع": ("متوقعا", "متوقعة", "متوقعين"),
    "رجح": ("مرجحا", "مرجحة", "مرجحين"),
    "اعترف": ("معترفا", "معترفة"),
    "أقر": ("مقرا", "مقرة"),
    "نبه": ("منبها", "منبهة", "منبهين"),
    "ذكر": ("مذكرا", "مذكرة", "مذكرين"),
    "أفاد": ("مفيدا", "مفيدة"),
    "صرح": ("مصرحا", "مصرحة"),
    "أجاب": ("مجيبا", "مجيبة"),
    "انتقد": ("منتقدا", "منتقدة", "منتقدين"),
}

#: Verbal nouns that carry a statement after a verb of doing ("اكتفت ... بالإشارة
#: إلى ...", "وختم ... تصريحه بالتأكيد على أن ...").
ARABIC_VERBAL_NOUNS: dict[str, tuple[str, ...]] = {
    "أشار": ("بالإشارة",),
    # "وأتم بقوله “…”", "واكتفى بقوله إن ...": the saying itself after a verb of doing.
    "قال": ("بقوله", "بقولها", "بقولهم"),
    # "جدد الرئيس التأكيد بأن ...", "وأعاد التشديد على أن ...": the noun after a verb of renewal.
    "أكد": ("بالتأكيد", "التأكيد", "بتأكيده", "بتأكيدها"),
    "شدد": ("بالتشديد", "التشديد"),
    # "وضع الوزير حدا للجدل ... بنفيه أن يكون ذلك قد حدث": the denial, the speaker's own.
    "نفى": ("بنفيه", "بنفيها", "بنفيهم"),
}

#: Prepositions that name a source for the clause beside them ("..., بحسب الوزارة").
ARABIC_PREPOSITIONS: tuple[str, ...] = ("بحسب", "حسب", "وفقا ل", "وفق", "طبقا ل", "نقلا عن", "على لسان")


#: Short vowels, tanween, shadda, sukun, the superscript alef and tatweel.
_MARK_RUN = re.compile("[\u064b-\u065f\u0670\u0640]+")
_ONE_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


@lru_cache(maxsize=1 << 13)
def fold(text: str) -> str:
    """Arabic text for comparison: no diacritics or tatweel, one alef, ى as ي, ة as ه.

    >>> fold("وأكّد") == fold("واكد")
    True
    """
    return _MARK_RUN.sub("", text).translate(_ONE_ALEF)


_CLASS_OF = {fold(form): cls for cls, forms in ARABIC_CUES.values() for form in forms}
_CLASS_OF.update(
    {
        fold(form): ARABIC_CUES[lemma][0]
        for lemma, forms in ARABIC_PARTICIPLES.items()
        if lemma in ARABIC_CUES
        for form in forms
    }
)
_CLASS_OF.update({fold(form): ARABIC_CUES[lemma][0] for lemma, forms in ARABIC_VERBAL_NOUNS.items() for form in forms})


def arabic_cue_class(cue: str | None) -> str | None:
    """The class of an Arabic cue as printed ("وزعم" → ``loaded``, "مؤكدًا" → ``affirming``); None if unknown.

    The first word decides, with or without a leading و / ف; prepositions
    ("بحسب", "وفقًا لـ") and colons report only and are ``neutral``.
    """
    if not cue or not cue.split():
        return None
    found = _look_up(cue, _CLASS_OF)
    if found is not None:
        return found
    word = fold(cue.split()[0]).strip("ـ:،,")
    if word in _PREPOSITION_HEADS or (word[:1] == "و" and word[1:] in _PREPOSITION_HEADS) or cue.strip() == ":":
        return "neutral"
    return None


_PREPOSITION_HEADS = frozenset(fold(p.split()[0]) for p in ARABIC_PREPOSITIONS) | {fold("حسبما"), fold("جاء")}


def _verb_agreement(form: str, lemma: str) -> str | None:
    """What a finite verb says of its subject: ``masculine``, ``feminine`` or ``plural`` (duals too)."""
    stem = fold(lemma)
    root = stem[:-1] if stem.endswith(("ي", "ا")) else stem  # "نفى" → "نفت", "دعا" → "دعت"
    if form.startswith(root) and len(form) <= len(stem) + 2:  # the perfect
        suffix = form[len(stem) :] if form.startswith(stem) else form[len(root) :]
        return {"": "masculine", "ت": "feminine", "وا": "plural", "ا": "plural", "تا": "plural"}.get(suffix)
    if form.endswith(("ون", "ان")):
        return "plural"
    return {"ي": "masculine", "ت": "feminine"}.get(form[:1])


def _participle_agreement(form: str) -> str | None:
    """What a circumstantial participle says of its subject ("مشيرًا", "مشيرةً", "مشيرين")."""
    if form.endswith("ين"):
        return "plural"
    return "feminine" if form.endswith("ه") else "masculine"


_AGREEMENT = {
    **{fold(form): _verb_agreement(fold(form), lemma) for lemma, (_, forms) in ARABIC_CUES.items() for form in forms},
    **{fold(form): _participle_agreement(fold(form)) for forms in ARABIC_PARTICIPLES.values() for form in forms},
}


def cue_agreement(cue: str | None) -> str | None:
    """The gender or number an Arabic cue verb shows of its subject, or None when it shows none.

    >>> cue_agreement("وأضافت"), cue_agreement("وقال"), cue_agreement("مشيرين")
    ('feminine', 'masculine', 'plural')
    """
    return _look_up(cue, _AGREEMENT) if cue and cue.split() else None


def _look_up(cue: str, table: Mapping[str, str | None]) -> str | None:
    """A cue's first word, folded, with or without a leading و / ف, looked up in a table of forms."""
    word = fold(cue.split()[0]).strip("ـ:،,")
    for candidate in (word, word[1:] if word[:1] in "وف" else ""):
        if candidate in table:
            return table[candidate]
    return None
