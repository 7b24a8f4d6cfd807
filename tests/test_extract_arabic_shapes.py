"""Arabic extraction: statements made a verb's object, one office under two nouns, and more
shapes of wire and agency copy.

Every sentence here was written for these tests in the style of Arabic news copy;
none is taken from the gold set.
"""

from __future__ import annotations

import pytest

from claimgraph.extract import extract_claims


def _claims(text: str) -> list[tuple[str, str, str]]:
    """(speaker name, cue, quote) of every drafted claim."""
    ledger = extract_claims(text)
    names = {s.id: s.name for s in ledger.sources}
    return [(names[c.said_by], c.cue or "", c.quote or "") for c in ledger.claims]


# --- a statement that is the verb's object --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            # a role, its holder's name, a comma, then a verbal noun
            "أكد المتحدث باسم وزارة الصحة الأردنية خالد العمري، عدم تسجيل إصابات جديدة في المحافظة.",
            "خالد العمري",
            "عدم تسجيل إصابات جديدة في المحافظة",
        ),
        (
            # a one-word name, then a verbal noun with an attached pronoun
            "وقال الوزير سامي الحداد إن العمل مستمر. وأكد الحداد التزامه بإنهاء المشروع قبل نهاية العام.",
            "سامي الحداد",
            "التزامه بإنهاء المشروع قبل نهاية العام",
        ),
        (
            # a role set off before the name, a day, then "أي" after a denial
            "نفى المتحدث باسم الشرطة، المقدم علي الزين، اليوم الخميس، أي علاقة للعناصر الأمنية بالحادث.",
            "علي الزين",
            "أي علاقة للعناصر الأمنية بالحادث",
        ),
    ],
)
def test_a_verbal_noun_opens_the_object(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in [(name, q) for name, _, q in _claims(text)]


def test_a_verbal_noun_inside_a_relative_object_is_no_subject_boundary() -> None:
    """A verbal noun inside the object ("نفت ما نسب إليها عن اعتقال ...") ends no subject."""
    claims = _claims("ونفت مديرية الأمن العام ما نسب إليها عن اعتقال ناشطين في المدينة.")
    assert all("ما نسب" not in name for name, _, _ in claims)


def test_what_was_announced_is_no_statement() -> None:
    """What was made known ("أعلنت الوزارة عدد القتلى") with no content is no claim."""
    assert _claims("أعلنت وزارة الصحة اللبنانية، اليوم الأحد، عدد الضحايا في الغارات الأخيرة.") == []


# --- one office under two nouns -------------------------------------------------------------------


def test_the_spokesman_is_the_one_met_as_the_official_spokesman() -> None:
    """The official spokesman ("الناطق الرسمي"), then "المتحدث العسكري": one office, one person."""
    text = (
        "قال الناطق الرسمي باسم الجيش، العقيد سامر الخطيب، إن القوات صدت الهجوم. "
        "وأكد المتحدث العسكري أن الخسائر كانت محدودة."
    )
    claims = _claims(text)
    assert ("سامر الخطيب", "وأكد", "الخسائر كانت محدودة") in claims


def test_two_spokesmen_leave_the_bare_noun_unresolved() -> None:
    """With a spokesman on each side, "المتحدث" is given to neither."""
    text = (
        "قال الناطق باسم الجيش سامر الخطيب إن القوات صدت الهجوم. "
        "وقال المتحدث باسم الحركة عمر الفارس إن مقاتليها انسحبوا بانتظام. "
        "وأكد المتحدث العسكري أن الخسائر كانت محدودة."
    )
    speakers = {name for name, _, quote in _claims(text) if quote.startswith("الخسائر")}
    assert not speakers & {"سامر الخطيب", "عمر الفارس"}


# --- a statement and its author -------------------------------------------------------------------


def test_the_statement_is_the_body_that_issued_it() -> None:
    """ "أصدرت X بيانًا" in the narration, then "وجاء في البيان" and "وأضاف البيان": X speaks."""
    text = (
        "أصدرت نقابة المعلمين الأردنيين، مساء الأحد، بيانًا حول الإضراب.\n"
        "وجاء في البيان أن المفاوضات مع الحكومة وصلت إلى طريق مسدود.\n"
        "وأضاف البيان أن المعلمين سيواصلون الإضراب حتى تلبية مطالبهم."
    )
    claims = _claims(text)
    assert [name for name, _, _ in claims] == ["نقابة المعلمين الأردنيين"] * 2


def test_a_statement_with_a_speaker_before_is_that_speakers() -> None:
    """The issuer is only looked for when nobody spoke before "البيان"."""
    text = (
        "أصدرت نقابة المعلمين بيانًا حول الإضراب. وقال وزير التربية علي النمر إن الباب مفتوح.\n"
        "وأضاف البيان أن الوزارة ستدفع العلاوات الشهر المقبل."
    )
    claims = _claims(text)
    assert ("علي النمر", "وأضاف", "الوزارة ستدفع العلاوات الشهر المقبل") in claims


def test_the_brigades_are_the_body_named_before() -> None:
    """ "الكتائب" after "كتائب ... الله": the construct need not reach an article at once."""
    text = (
        "هاجمت كتائب شهداء الأقصى موقعا عسكريا.\n"
        "وقال الناطق الإعلامي عمر سالم إن المقاتلين عادوا بسلام.\n"
        "وشددت الكتائب على أنها ستواصل عملياتها."
    )
    claims = _claims(text)
    assert ("كتائب شهداء الأقصى", "وشددت", "ستواصل عملياتها") in claims


def test_as_he_said_opens_the_next_statement() -> None:
    """ "...، كما صرح، بأن ...": two statements by one speaker, the first ending at the comma."""
    claims = _claims("وقال الوزير سامي الحداد إن العمل مستمر، كما صرح، بأن المشروع سينتهي قريبا.")
    assert claims == [
        ("سامي الحداد", "وقال", "العمل مستمر"),
        ("سامي الحداد", "صرح", "المشروع سينتهي قريبا"),
    ]


# --- a role the narration named -------------------------------------------------------------------


def test_a_role_is_the_person_the_narration_named_with_it() -> None:
    """ "استقبل رئيس مجلس الأمة ..." in the narration, then "أكد رئيس المجلس": that person."""
    text = (
        "استقبل رئيس مجلس الأمة أحمد السعدون في مكتبه وفدا من النقابات.\n"
        "وأكد رئيس المجلس أن الجلسة المقبلة ستناقش قانون العمل."
    )
    assert _claims(text) == [("أحمد السعدون", "وأكد", "الجلسة المقبلة ستناقش قانون العمل")]


def test_two_people_with_the_role_leave_it_as_printed() -> None:
    """Two ministers met in the narration: "الوزير" is given to neither."""
    text = (
        "التقى وزير الخارجية الأردني أيمن الصفدي وزير الخارجية المصري سامح شكري في عمان.\n"
        "وقال وزير الخارجية إن المحادثات كانت بناءة."
    )
    names = {name for name, _, _ in _claims(text)}
    assert not names & {"أيمن الصفدي", "سامح شكري"}


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "quote"),
    [
        (
            "وخلال المؤتمر، جدد الوزير سامي الحداد التأكيد على أن الانتخابات ستجري في موعدها.",
            "سامي الحداد",
            "التأكيد",
            "الانتخابات ستجري في موعدها",
        ),
        (
            "وأعادت وزارة التربية التشديد على أن المدارس ستبقى مغلقة.",
            "وزارة التربية",
            "التشديد",
            "المدارس ستبقى مغلقة",
        ),
    ],
)
def test_a_renewed_assertion_is_a_statement(text: str, speaker: str, cue: str, quote: str) -> None:
    assert _claims(text) == [(speaker, cue, quote)]


def test_a_bare_verbal_noun_after_an_adjective_is_no_statement() -> None:
    assert _claims("ومن المهم التأكيد أن الأمر ليس جديدا.") == []


def test_the_name_ali_set_off_before_the_content_is_no_preposition() -> None:
    """ "أكد المدير ... علي حسن، أن ...": "علي" is a first name, not "على" opening the object."""
    claims = _claims("بدوره، أكد المدير الفني للنادي علي حسن، أن الفريق سيعود أقوى في الموسم المقبل.")
    assert [(quote, "علي حسن" in name) for name, _, quote in claims] == [("الفريق سيعود أقوى في الموسم المقبل", True)]
