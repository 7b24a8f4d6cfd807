"""Common Arabic given names, to tell a name after a role from the object of the verb.

"واستنكر النائب رفع أسعار المحروقات، قائلا …" (the MP denounced the raising of fuel prices,
saying …): after a role, the words that follow are the person's name only if they read as one;
"رفع" (raising) is no given name, so the subject is "النائب" alone, whom the text named before.
A name not listed says nothing either way: the list only confirms. It was written for this
project from general knowledge of names common across the Arab world; it copies no published
list. Forms are compared folded (:func:`claimgraph.extract.arabic_text.fold`: hamza, alif and
ta marbuta forms alike).
"""

from __future__ import annotations

from claimgraph.extract.arabic_text import fold

__all__ = ["is_given_name"]

_NAMES = """
محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد وليد سعيد سعد سعود فهد فيصل سلمان سلطان
ناصر نصر منصور يوسف يعقوب إبراهيم إسماعيل إسحاق موسى عيسى داود سليمان يحيى زكريا إلياس أيوب
هشام هاني هادي هيثم حازم حاتم حامد حمد حمدي حمزة طارق طلال طه ياسر ياسين يونس جمال كمال
جلال بلال نبيل نزار نادر نور نوري رامي رامز رائد رياض رضا رشيد رفيق رفعت زياد زيد زكي سامي
سامر سمير سليم سالم صالح صلاح صابر صادق صفوان ضياء عادل عاطف عامر عماد عمار عمرو عوض عصام
عزيز عزت غازي غسان فادي فارس فاروق فؤاد فتحي فراس فريد فوزي قاسم كريم لؤي ماجد مازن مالك
مجدي مراد مروان مصطفى معاذ معتز مهدي مهند منير نجيب نعيم نضال هاشم وائل وسام وجيه ياسر
أنس أسامة أمجد أمين أنور أيمن إياد باسم باسل بشار بشير بكر تامر توفيق ثامر جابر جعفر جميل
جهاد حافظ حبيب حسام حسني خليل خميس راشد راضي ربيع رجب رمضان زهير شادي شاكر شريف شوقي صبحي
صهيب طلعت عبد عبدالله عبدالرحمن عبدالعزيز عبدالكريم عبدالرحيم عبدالحميد عبدالسلام عبدالمجيد
عبدالفتاح عبدالقادر عبدالناصر عبدالهادي عبدالوهاب عبداللطيف عبدالحكيم عبدالرزاق عبدالحق عدنان
عرفات علاء عوني عيد غالب فتح فيصل قيس لطفي لطيف ماهر محسن مختار مدحت مرتضى مسعود مشعل
مصباح معن منذر مؤمن ناجي نايف نبيه نشأت نصري نعمان نواف هلال همام وحيد وديع يزن يزيد
الطيب الصادق الهادي الأمين الحبيب المختار البشير المهدي الحسن الحسين
فاطمة عائشة خديجة زينب مريم ليلى سلمى سارة هدى هند نور نورا نادية نجلاء نجوى نوال هالة هبة
رانيا رنا ريم رغد رحاب رشا رقية زهرة سعاد سماح سمر سميرة سهى سهام سوسن شيماء صفاء ضحى عبير
عفاف علياء غادة فدوى فرح لبنى لمى لينا مها منى منال ميساء ميسون نسرين نهى نهلة هيفاء وفاء
ياسمين آمنة أمل أسماء إيمان آلاء بسمة بشرى تغريد جميلة حنان حليمة حياة خلود دعاء دلال ديما
رجاء روان زين سناء سها شروق صباح عزة عفراء فريدة كوثر لطيفة ماجدة مريم ناهد نسمة هناء وداد
"""

GIVEN_NAMES = frozenset(fold(name) for name in _NAMES.split())


def is_given_name(word: str) -> bool:
    """Whether a word, as printed (with or without "و" before it), is a common Arabic given name;
    "عبد" opens a compound name ("عبد الله")."""
    folded = fold(word.strip("\"“”«»'()[]،,.:؛;!?؟-ـ"))
    return folded in GIVEN_NAMES or (folded.startswith("و") and folded[1:] in GIVEN_NAMES)
