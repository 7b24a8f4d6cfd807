"""The Arabic word lists the Arabic rules read to tell speakers, roles and adjuncts apart.

Arabic prints no capitals, so a name is told from a role and an adjunct by the
words around it. Entries are unvocalised; they are compared folded (no
diacritics, one alef) and without their article or a leading conjunction
(:func:`claimgraph.extract.arabic_text.in_lexicon`).
"""

from __future__ import annotations

__all__ = [
    "ADJUNCT_WORDS",
    "BODY_DESCRIPTORS",
    "CIRCUMSTANTIAL",
    "EVENT_NOUNS",
    "EVIDENCE_NOUNS",
    "LABELS",
    "OBJECT_OPENERS",
    "ONE_WORD_BODIES",
    "ORGANISATION_NOUNS",
    "OUTLET_NOUNS",
    "ROLE_NOUNS",
    "TERMS",
    "TITLES",
    "TOPIC_NOUNS",
    "UNNAMED_HEADS",
]


def _words(text: str) -> frozenset[str]:
    """The set of white-space separated words of a literal word list."""
    return frozenset(text.split())


#: Nouns that head a person's role ("المتحدث باسم ...", "وزير الصحة ...").
ROLE_NOUNS = _words(
    """
    متحدث ناطق وزير وزيرة رئيس رئيسة نائب مدير مديرة سفير سفيرة مسؤول مسؤولة قائد محافظ مستشار
    مستشارة أمين عضو ممثل ممثلة مندوب مبعوث منسق منسقة مراسل مراسلة طبيب طبيبة محام محامي محامية
    خبير خبيرة محلل محللة باحث باحثة أستاذ أستاذة عميد زعيم مفوض مفوضة ملك أمير رئيسا مساعد مدرب
    لاعب قاض قاضي نقيب مرشد مفتي إمام كاتب كاتبة صحفي صحفية إعلامي إعلامية شاهد مواطن
    متحدثة ناطقة نائبة قائدة عضوة مندوبة مبعوثة مساعدة مدربة لاعبة قاضية زعيمة ملكة أميرة مواطنة
    شاهدة أمينة مستشار مسؤولو متحدثون قيادي قيادية فنان فنانة مغني مغنية ناشط ناشطة محقق محققة مدعي
    مرشح مرشحة معلق معلقة أكاديمي أكاديمية سكرتير حاخام داعية رسام شاعر شاعرة روائي مخرج مخرجة
    برلماني برلمانية مهاجم مدافع حارس
    """
)

#: Titles printed before a name and not part of it ("الدكتور مصطفى مدبولي").
TITLES = _words(
    """
    الدكتور الدكتورة د السفير السفيرة العميد اللواء العقيد الفريق المشير الشيخ الشيخة المهندس
    الأستاذ الأستاذة السيد السيدة الحاج النائب القاضي المستشار الرائد المقدم النقيب الأمير الملك
    معالي سعادة فخامة سمو عطوفة الكابتن
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
    المجلس الهيئة اللجنة الاتحاد النادي المكتب الخارجية الداخلية كتلة الكتلة نقابة النقابة
    تنسيقية التنسيقية رابطة الرابطة أجهزة الأجهزة فريق منتخب
    """
)

#: Adjectives that describe a body by its kind or standing and never name it ("المنظمة الدولية",
#: "الحركة الشبابية", "الحزب الحاكم"): a body's noun with only these after it is a description,
#: the body of that noun met before; an adjective of a country ("الجيش السوداني") names one.
BODY_DESCRIPTORS = _words(
    """
    الدولية الدولي الحقوقية الحقوقي الشبابية الشبابي الحاكم الحاكمة الأممية الأممي الإنسانية
    الإنساني الطلابية الطلابي النقابية النقابي المعارضة المعارض الخيرية الخيري المذكورة المذكور
    المستقلة المستقل الأهلية الأهلي الرسمية الرسمي
    """
)

#: Things that show rather than speak ("المعلومات الاستخبارية أكدت أن", "التحقيقات الأولية تظهر"):
#: inside a speaker's words, what one "confirms" is that speaker's account, no party's statement.
EVIDENCE_NOUNS = _words(
    """
    معلومات المعلومات تحقيقات التحقيقات أدلة الأدلة مؤشرات المؤشرات صور الصور أرقام الأرقام إحصاءات
    الإحصاءات إحصائيات الإحصائيات شواهد الشواهد قرائن القرائن دلائل الدلائل معطيات المعطيات نتائج النتائج
    """
)

#: Nouns of outlets, which relay what others say ("في مقابلة مع شبكة ...", "لوكالة ...").
OUTLET_NOUNS = _words(
    """
    وكالة صحيفة جريدة مجلة قناة إذاعة شبكة تلفزيون موقع برنامج راديو تلفزيونية منصة
    """
)

#: Collective heads that name nobody in particular: such a speaker is unnamed.
UNNAMED_HEADS = _words(
    """
    مصادر مصدر مسؤولون مسؤولين مسؤول شهود نشطاء ناشطون ناشطين سكان عناصر مسعفون أطباء مصادرها
    مراقبون محللون خبراء دبلوماسيون مواطنون متظاهرون وسائل تقارير أحد إحدى بعض
    """
)

#: Nouns of the occasion a statement was made on ("في بيان", "خلال مؤتمر صحفي", Morocco's "في
#: بلاغ لها"), and of the point or frame of it ("في ختام بلاغها", "في معرض رده", "في سياق حديثه"):
#: a prepositional phrase headed by one is an adjunct, never part of the speaker.
EVENT_NOUNS = _words(
    """
    بيان بيانات تصريح تصريحات تصريحه تصريحها مقابلة حوار مؤتمر تغريدة تدوينة منشور كلمة كلمته كلمتها
    خطاب خطابه لقاء لقائه لقائها حديث حديثه حديثها رسالة اتصال مداخلة ندوة جلسة اجتماع إفادة تقرير
    وقت مقال مقالة برنامج إحاطة بث لقطات فيديو مقطع حسابه حسابها صفحته صفحتها منصة حساب منشور
    بلاغ بلاغه بلاغها بلاغات
    ختام مستهل نهاية بداية معرض سياق إطار
    """
)

#: Words that open an adjunct between a speaker and the content: the occasion
#: ("في بيان"), the time ("الأحد", "أمس"), the listener ("للصحفيين").
ADJUNCT_WORDS = _words(
    """
    في خلال عبر أثناء ضمن على لدى أمس اليوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة
    السبت صباح مساء يوم ليلة مؤخرا سابقا لاحقا بدوره بدورها بدورهم كذلك أيضا بشدة مجددا لمحاوره
    لمحاورها للصحفيين للصحافيين للصحفيات لوسائل للإعلام ردا تعليقا
    موجها موجهة موجهين متوجها متوجهة مخاطبا مخاطبة
    عند عقب إثر بعيد
    بحسب وفق وفقا طبقا نقلا استنادا
    """
)

#: Circumstantial participles of acts that are not speech ("داعيًا", "معربًا عن"):
#: a statement ends before one.
CIRCUMSTANTIAL = _words(
    """
    داعيا مطالبا معربا مبديا متهما مستنكرا مرحبا مشيدا مثمنا منددا متوعدا مهددا مناشدا متسائلا
    مستدركا مختتما معلنا
    """
)

#: Labels that head a line with a colon and are no speaker ("عاجل:", "تقرير:", "بالفيديو:").
LABELS = _words(
    """
    عاجل تقرير كتب كتبت بقلم إعداد تحرير ترجمة متابعة تصوير شاهد فيديو بالفيديو بالصور صور مباشر
    المصدر اقرأ أيضا المزيد تحديث خاص حصري رأي تحليل
    """
)

#: Verbal nouns that open a statement made the object of "أكد", "نفى" or "أعلن"
#: ("أكد الوزير، عدم وجود ...", "ونفى الناطق ... أي تورط", "وأعلن الوزير تحرير ..."):
#: a claim that something is, or is not, so. Attached pronouns are read off them.
OBJECT_OPENERS = _words(
    """
    عدم وجود صحة التزام استعداد رفض ضرورة تمسك استمرار مقتل سقوط تحرير انسحاب اعتقال تورط
    مسؤولية ارتفاع انخفاض تراجع نجاح فشل إصابة تسجيل اكتمال انتهاء بدء توقف سيطرة استعادة
    حصول وقوع عزم حرص دعم ترحيب
    """
)

#: Nouns whose object names what was made known, not what was said ("أعلنت الوزارة عدد
#: القتلى", "أعلن الاتحاد موعد المباراة"): no statement.
TOPIC_NOUNS = _words(
    """
    عدد أعداد أسماء تفاصيل موعد مواعيد قائمة نتائج نتيجة جدول برنامج
    """
)

#: Instruments whose terms a preposition of attribution can follow ("حسب اتفاق الرياض", "وفقا
#: للقانون", "بحسب التوقيت المحلي"): by their terms, no one speaking.
TERMS = _words(
    """
    اتفاق اتفاقية قرار قانون دستور خطة نظام مادة بند توقيت جدول لوائح شروط معايير قواعد
    """
)

#: Organisations known by one word; a one-word name not listed here is read as a person's.
ONE_WORD_BODIES = _words(
    """
    حماس فتح الأونروا اليونيسف الناتو الأناضول رويترز إسرائيل الاحتلال
    """
)
