"""The Arabic entries of the cue lexicon, and the word lists the Arabic rules read.

Arabic news attributes with a verb first ("وقال المتحدث ... إن ..."), a
circumstantial participle that continues the speaker ("..., مضيفًا أن ..."), a
verbal noun ("بالتأكيد على أن"), or a preposition ("بحسب", "وفقًا لـ", "نقلًا
عن"). Forms are listed unvocalised and without the conjunctions و / ف: the
matcher (:mod:`claimgraph.extract.arabic`) accepts either conjunction in front,
any short vowels, shadda, tanween or tatweel between the letters, and any of
أ إ آ ا for a bare alef, so "وأكّد", "مؤكدًا" and "مؤكداً" all match one entry.

Each verb carries the class of :data:`claimgraph.graph.verbs.CUE_CLASSES`, so
the audit can read an Arabic reporter's choice of verb the way it reads an
English one ("زعم" and "ادعى" cast doubt; "أكد" lends weight).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The set of white-space separated words of a literal word list."""
    return frozenset(text.split())


__all__ = [
    "ADJUNCT_WORDS",
    "ARABIC_CUES",
    "ARABIC_PARTICIPLES",
    "ARABIC_PREPOSITIONS",
    "ARABIC_VERBAL_NOUNS",
    "EVENT_NOUNS",
    "ORGANISATION_NOUNS",
    "OUTLET_NOUNS",
    "ROLE_NOUNS",
    "TITLES",
    "UNNAMED_HEADS",
]

#: Lemma (the masculine perfect) → (class, finite forms: perfect and imperfect,
#: masculine, feminine and plural).
ARABIC_CUES: dict[str, tuple[str, tuple[str, ...]]] = {
    # neutral: the reporter vouches only that it was said
    "قال": ("neutral", ("قال", "قالت", "قالوا", "قلن", "يقول", "تقول", "يقولون")),
    "أضاف": ("neutral", ("أضاف", "أضافت", "أضافوا", "يضيف", "تضيف")),
    "تابع": ("neutral", ("تابع", "تابعت", "تابعوا")),
    "أكمل": ("neutral", ("أكمل", "أكملت", "استكمل", "استكملت")),
    "أردف": ("neutral", ("أردف", "أردفت")),
    "استطرد": ("neutral", ("استطرد", "استطردت")),
    "أوضح": ("neutral", ("أوضح", "أوضحت", "أوضحوا", "يوضح", "توضح")),
    "ذكر": ("neutral", ("ذكر", "ذكرت", "ذكروا", "يذكر", "تذكر")),
    "أفاد": ("neutral", ("أفاد", "أفادت", "أفادوا", "يفيد", "تفيد")),
    "صرح": ("neutral", ("صرح", "صرحت", "صرحوا", "يصرح", "تصرح")),
    "أعلن": ("neutral", ("أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن")),
    "نفى": ("neutral", ("نفى", "نفت", "نفوا", "ينفي", "تنفي")),
    "نقل": ("neutral", ("نقل", "نقلت")),
    "طمأن": ("neutral", ("طمأن", "طمأنت")),
    "اعتبر": ("neutral", ("اعتبر", "اعتبرت", "اعتبروا", "يعتبر", "تعتبر")),
    "رأى": ("neutral", ("رأى", "رأت", "يرى", "ترى")),
    # affirming: the verb presents the statement as established or weighty
    "أكد": ("affirming", ("أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد")),
    "شدد": ("affirming", ("شدد", "شددت", "شددوا", "يشدد", "تشدد")),
    "أشار": ("affirming", ("أشار", "أشارت", "أشاروا", "يشير", "تشير")),
    "لفت": ("affirming", ("لفت", "لفتت")),
    "نوه": ("affirming", ("نوه", "نوهت")),
    "كشف": ("affirming", ("كشف", "كشفت", "كشفوا", "يكشف", "تكشف")),
    # loaded: the verb casts doubt on the statement
    "زعم": ("loaded", ("زعم", "زعمت", "زعموا", "يزعم", "تزعم")),
    "ادعى": ("loaded", ("ادعى", "ادعت", "ادعوا", "يدعي", "تدعي")),
    # characterising: the verb names the kind of statement
    "حذر": ("characterising", ("حذر", "حذرت", "حذروا", "يحذر", "تحذر")),
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
}

#: Verbal nouns that carry a statement after a verb of doing ("اكتفت ... بالإشارة
#: إلى ...", "وختم ... تصريحه بالتأكيد على أن ...").
ARABIC_VERBAL_NOUNS: dict[str, tuple[str, ...]] = {
    "أشار": ("بالإشارة",),
    "أكد": ("بالتأكيد",),
    "شدد": ("بالتشديد",),
}

#: Prepositions that name a source for the clause beside them ("..., بحسب الوزارة").
ARABIC_PREPOSITIONS: tuple[str, ...] = ("بحسب", "حسب", "وفقا ل", "وفق", "طبقا ل", "نقلا عن", "على لسان")

#: Nouns that head a person's role ("المتحدث باسم ...", "وزير الصحة ...").
ROLE_NOUNS = _words(
    """
    متحدث ناطق وزير وزيرة رئيس رئيسة نائب مدير مديرة سفير سفيرة مسؤول مسؤولة قائد محافظ مستشار
    مستشارة أمين عضو ممثل ممثلة مندوب مبعوث منسق منسقة مراسل مراسلة طبيب طبيبة محام محامي محامية
    خبير خبيرة محلل محللة باحث باحثة أستاذ أستاذة عميد زعيم مفوض مفوضة ملك أمير رئيسا مساعد مدرب
    لاعب قاض قاضي نقيب مرشد مفتي إمام كاتب كاتبة صحفي صحفية إعلامي إعلامية شاهد مواطن
    """
)

#: Titles printed before a name and not part of it ("الدكتور مصطفى مدبولي").
TITLES = _words(
    """
    الدكتور الدكتورة د السفير السفيرة العميد اللواء العقيد الفريق المشير الشيخ الشيخة المهندس
    الأستاذ الأستاذة السيد السيدة الحاج النائب القاضي المستشار الرائد المقدم النقيب الأمير الملك
    """
)

#: Nouns that head an organisation's name ("وزارة الصحة", "حركة حماس", "كتائب القسام").
ORGANISATION_NOUNS = _words(
    """
    وزارة جيش قوات القوات حركة كتائب سرايا حزب جماعة تنظيم منظمة هيئة مجلس حكومة الحكومة رئاسة
    الرئاسة مكتب وكالة صحيفة جريدة مجلة قناة إذاعة شبكة تلفزيون موقع اتحاد نادي لجنة جمعية مؤسسة
    شركة بنك البنك مصرف جامعة مستشفى مركز المركز شرطة الشرطة الجيش الأمم البيت الكرملين البرلمان
    الكنيست السلطة سلطة الجناح الهلال الصليب غرفة الجهاز جهاز إدارة الإدارة دائرة مديرية محكمة
    المحكمة النيابة نيابة بلدية ائتلاف تحالف جبهة الحرس المرصد مرصد المنظمة الوكالة الوزارة الحركة
    المجلس الهيئة اللجنة الاتحاد النادي المكتب
    """
)

#: Nouns of outlets, which relay what others say ("في مقابلة مع شبكة ...", "لوكالة ...").
OUTLET_NOUNS = _words(
    """
    وكالة صحيفة جريدة مجلة قناة إذاعة شبكة تلفزيون موقع برنامج
    """
)

#: Collective heads that name nobody in particular: such a speaker is unnamed.
UNNAMED_HEADS = _words(
    """
    مصادر مصدر مسؤولون مسؤولين مسؤول شهود نشطاء ناشطون ناشطين سكان عناصر مسعفون أطباء مصادرها
    مراقبون محللون خبراء دبلوماسيون مواطنون متظاهرون وسائل تقارير
    """
)

#: Nouns of the occasion a statement was made on ("في بيان", "خلال مؤتمر صحفي"):
#: a prepositional phrase headed by one is an adjunct, never part of the speaker.
EVENT_NOUNS = _words(
    """
    بيان بيانات تصريح تصريحات تصريحه تصريحها مقابلة حوار مؤتمر تغريدة تدوينة منشور كلمة كلمته كلمتها
    خطاب خطابه لقاء لقائه لقائها حديث حديثه حديثها رسالة اتصال مداخلة ندوة جلسة اجتماع إفادة تقرير
    وقت مقال مقالة برنامج إحاطة بث لقطات فيديو مقطع حسابه حسابها صفحته صفحتها
    """
)

#: Words that open an adjunct between a speaker and the content: the occasion
#: ("في بيان"), the time ("الأحد", "أمس"), the listener ("للصحفيين").
ADJUNCT_WORDS = _words(
    """
    في خلال عبر أثناء ضمن على لدى أمس اليوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة
    السبت صباح مساء يوم ليلة مؤخرا سابقا لاحقا بدوره بدورها بدورهم كذلك أيضا بشدة مجددا لمحاوره
    لمحاورها للصحفيين للصحافيين للصحفيات لوسائل للإعلام
    """
)
