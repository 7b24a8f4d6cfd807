"""Arabic extraction on shapes of text the rules were not built around: cue forms, speakers, agreement.

Every sentence here was written for these tests in the style of Arabic news copy;
none is taken from the gold set.
"""

from __future__ import annotations

import pytest

from claimgraph.attribution.arabic import arabic_cue_class, cue_agreement
from claimgraph.extract import extract_claims
from claimgraph.extract.arabic import find_attributions
from claimgraph.extract.arabic_speakers import plain_names


def _claims(text: str) -> list[tuple[str, str, str]]:
    """(speaker name, cue, quote) of every drafted claim."""
    ledger = extract_claims(text)
    names = {s.id: s.name for s in ledger.sources}
    return [(names[c.said_by], c.cue or "", c.quote or "") for c in ledger.claims]


# --- speakers as printed -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            # a name ending in علي is no "على أن"
            "يقول الخبير الاقتصادي محمد علي إن الأسعار سترتفع خلال الربع القادم.",
            "محمد علي",
            "الأسعار سترتفع خلال الربع القادم",
        ),
        (
            # after a role's body joined by ل, باسم is a first name, not "on behalf of"
            'وقال عضو المكتب السياسي لحماس باسم نعيم لـ"رويترز" إن الحركة لم تتلق أي مقترح جديد.',
            "باسم نعيم",
            "الحركة لم تتلق أي مقترح جديد",
        ),
        (
            "ووفقا لبيان صادر عن الجيش اللبناني، فإن الدورية تعرضت لإطلاق نار قرب الحدود.",
            "الجيش اللبناني",
            "الدورية تعرضت لإطلاق نار قرب الحدود",
        ),
        (
            # the aside on anonymity holds a cue word that is no cue
            "وقال المصدر، الذي فضل عدم ذكر اسمه، إن الاجتماع تأجل إلى الأسبوع المقبل.",
            "المصدر",
            "الاجتماع تأجل إلى الأسبوع المقبل",
        ),
        (
            "وقال مسؤول في الوزارة، طلب عدم ذكر اسمه، إن القرار نهائي.",
            "مسؤول في الوزارة",
            "القرار نهائي",
        ),
        (
            # a verb's object between the speaker and the content
            "واتهم وزير الخارجية الإيراني الولايات المتحدة بأنها تقف وراء الهجوم.",
            "وزير الخارجية الإيراني",
            "تقف وراء الهجوم",
        ),
        (
            "ووصفت الخارجية الفلسطينية القرار بأنه انتهاك صارخ للقانون الدولي.",
            "الخارجية الفلسطينية",
            "انتهاك صارخ للقانون الدولي",
        ),
        (
            "ودعا الرئيس الفلسطيني محمود عباس المجتمع الدولي إلى التدخل الفوري لوقف العدوان.",
            "محمود عباس",
            "التدخل الفوري لوقف العدوان",
        ),
        (
            "وتوعد زعيم جماعة الحوثي عبد الملك الحوثي بأن الرد سيكون قاسيا.",
            "عبد الملك الحوثي",
            "الرد سيكون قاسيا",
        ),
    ],
)
def test_speakers_as_printed(text: str, speaker: str, quote: str) -> None:
    [(name, _, content)] = _claims(text)
    assert (name, content) == (speaker, quote)


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "quote"),
    [
        (
            "بحسب ما أعلنته وزارة الصحة، ارتفع عدد الوفيات إلى 40.",
            "وزارة الصحة",
            "بحسب ما أعلنته",
            "ارتفع عدد الوفيات إلى 40",
        ),
        (
            "وارتفع عدد الضحايا إلى 40، وفق ما ذكرته وكالة الأنباء الرسمية.",
            "وكالة الأنباء الرسمية",
            "وفق ما ذكرته",
            "وارتفع عدد الضحايا إلى 40",
        ),
        (
            'ووفقا لما أوردته صحيفة "يديعوت أحرونوت"، فإن الحكومة ستصوت على الاتفاق.',
            "صحيفة يديعوت أحرونوت",
            "ووفقا لما أوردته",
            "الحكومة ستصوت على الاتفاق",
        ),
    ],
)
def test_according_to_what_a_source_reported(text: str, speaker: str, cue: str, quote: str) -> None:
    """ "بحسب ما أعلنته X", "وفقا لما أوردته X": the verb carries its object pronoun."""
    assert _claims(text) == [(speaker, cue, quote)]


def test_a_listener_is_no_speaker() -> None:
    """ "أكد لوزير الدولة": told to someone; with no subject after the verb the speaker is the one before."""
    text = "وقالت النقابة إن الإضراب مستمر. وأكدت لوزير العمل، كتابة، أن المفاوضات لم تبدأ بعد."
    assert _claims(text) == [
        ("النقابة", "وقالت", "الإضراب مستمر"),
        ("النقابة", "وأكدت", "المفاوضات لم تبدأ بعد"),
    ]


def test_a_cue_in_a_relative_clause_is_no_statement() -> None:
    """ "في التاريخ الذي ذكر": a relative clause describing a date, not a new statement cutting the quote."""
    text = 'وقالت الشركة إن موظفيها "لم يتلقوا أي رسالة في التاريخ الذي ذكر أو بعده".'
    assert _claims(text) == [("الشركة", "وقالت", 'موظفيها "لم يتلقوا أي رسالة في التاريخ الذي ذكر أو بعده"')]


def test_a_headline_speaker_without_its_occasion() -> None:
    """ "المقداد في مؤتمر صحفي: ..." is said by المقداد, one source with the body's full name."""
    text = "المقداد في مؤتمر صحفي: نقف مع الشعب الفلسطيني\nوقال وزير الخارجية فيصل المقداد إن دمشق لن تتراجع."
    ledger = extract_claims(text)
    assert len({c.said_by for c in ledger.claims}) == 1
    assert ledger.sources[0].name == "فيصل المقداد"


# --- resolution ----------------------------------------------------------------------------------


def test_plain_names_of_partisan_spellings() -> None:
    assert plain_names("المتحدث باسم جيش الاحتلال") == ("المتحدث باسم الجيش الإسرائيلي",)
    assert plain_names("شرطة الاحتلال") == ("الشرطة الإسرائيلية",)
    assert plain_names("جيش الاحتلال الإسرائيلي") == ("الجيش الإسرائيلي",)
    assert plain_names("الاحتلال") == ("إسرائيل",)
    assert plain_names("الجيش الصهيوني") == ("الجيش الإسرائيلي",)
    assert plain_names("الجيش السوداني") == ("القوات المسلحة السودانية",)
    assert plain_names("حماس") == ()


def test_one_source_for_the_army_under_both_spellings() -> None:
    """ "جيش الاحتلال" and "الجيش الإسرائيلي" in one article are one source, with the plain name as alias."""
    text = (
        "وقال جيش الاحتلال إن طائراته قصفت موقعا في رفح.\n"
        "وقالت حركة الجهاد الإسلامي إن مقاتليها تصدوا للقوة.\n"
        "وأكد الجيش الإسرائيلي أن العملية انتهت."
    )
    ledger = extract_claims(text)
    army = {c.said_by for c in ledger.claims if c.cue in ("وقال", "وأكد")}
    assert len(army) == 1
    [army_id] = army
    assert "الجيش الإسرائيلي" in (ledger.source(army_id).name, *ledger.source(army_id).aliases)


def test_the_movement_is_the_body_known_by_a_bare_name() -> None:
    """ "وقالت الحركة" after "أكدت حماس": حماس, not a new source "الحركة"."""
    text = "أكدت حماس أن مقاتليها لم يكونوا في المنطقة.\nوقالت الحركة في بيان إن الاتهامات كاذبة."
    assert [name for name, _, _ in _claims(text)] == ["حماس", "حماس"]


def test_the_ministry_is_the_body_named_before() -> None:
    """ "وقالت الوزارة" after narration naming "وزارة الدولة المكلفة ...": that ministry."""
    text = (
        "ردت وزارة الدولة المكلفة بحقوق الإنسان على تقرير المنظمة.\n"
        "وقالت الوزارة في بيان إن المسؤولين لم يتلقوا أي رسالة."
    )
    [(name, _, _)] = _claims(text)
    assert name.startswith("وزارة الدولة المكلفة")


def test_a_body_is_not_the_person_holding_its_office() -> None:
    """ "محافظ البنك المركزي" is a person; the bank is another source, not one of his names."""
    ledger = extract_claims("وقال محافظ البنك المركزي إن التضخم سيتراجع.")
    [claim] = ledger.claims
    speaker = ledger.source(claim.said_by)
    assert speaker.name == "محافظ البنك المركزي"
    assert "البنك المركزي" not in speaker.aliases


# --- agreement -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cue", "agreement"),
    [
        ("وقال", "masculine"),
        ("وقالت", "feminine"),
        ("وقالوا", "plural"),
        ("ويقول", "masculine"),
        ("وتقول", "feminine"),
        ("يقولون", "plural"),
        ("وأضافت", "feminine"),
        ("وتابع", "masculine"),
        ("ونفت", "feminine"),
        ("مشيرةً", "feminine"),
        ("مشيرًا", "masculine"),
        ("مشيرين", "plural"),
        ("يلفت", "masculine"),
        ("بحسب", None),
        (":", None),
    ],
)
def test_cue_agreement(cue: str, agreement: str | None) -> None:
    assert cue_agreement(cue) == agreement


def test_new_cue_verbs_have_classes() -> None:
    assert arabic_cue_class("واتهم") == "characterising"
    assert arabic_cue_class("ودعت") == "characterising"
    assert arabic_cue_class("وأوردت") == "neutral"


def test_a_verb_that_disagrees_with_the_person_before_is_left_unnamed() -> None:
    """ "وأضافت" after a man's statement names someone else: unnamed and flagged, never his."""
    text = (
        "وقالت الوزيرة هالة السعيد إن النمو سيتسارع. وقال محافظ البنك المركزي إن التضخم سيتراجع. "
        "وأضافت أن الاستثمارات زادت."
    )
    ledger = extract_claims(text)
    third = ledger.claims[2]
    speaker = ledger.source(third.said_by)
    assert third.quote == "الاستثمارات زادت"
    assert speaker.unnamed and speaker.name not in ("هالة السعيد", "محافظ البنك المركزي")
    [attribution] = [a for a in find_attributions(text) if a.rule == "continuation-disagrees"]
    assert attribution.review and attribution.confidence < 0.5


def test_a_verb_that_agrees_continues_the_speaker() -> None:
    text = "وقالت الوزيرة هالة السعيد إن النمو سيتسارع. وأضافت أن الاستثمارات زادت."
    assert [name for name, _, _ in _claims(text)] == ["هالة السعيد", "هالة السعيد"]


def test_a_body_of_either_gender_is_continued() -> None:
    """Copy gives a body either gender ("قال الجيش ... وأضافت"): the body still speaks."""
    text = "وقال الجيش إن قواته صدت الهجوم. وأضافت أن أحدا من الجنود لم يصب."
    assert [name for name, _, _ in _claims(text)] == ["الجيش", "الجيش"]


# --- participles ---------------------------------------------------------------------------------


def test_an_announcement_and_its_participle() -> None:
    """ "وأعلنت الشرطة توقيف ...، مشيرة إلى أن ...": the object announced, then what the participle adds."""
    text = "وأعلنت الشرطة توقيف ثلاثة أشخاص، مشيرة إلى أن التحقيقات مستمرة."
    assert _claims(text) == [
        ("الشرطة", "وأعلنت", "توقيف ثلاثة أشخاص"),
        ("الشرطة", "مشيرة", "التحقيقات مستمرة"),
    ]


def test_a_participle_after_an_act_that_is_no_speech_takes_its_subject() -> None:
    """ "وأعرب مكتب الوزيرة ... عن استغرابه، مبينا أن ...": the office speaks, not the speaker before."""
    text = (
        "وقال المحامي سامر يوسف إن موكله بريء.\n"
        "وأعرب مكتب الوزيرة، في بيان، عن استغرابه، مبينا أن الوزارة ليست جهة ضبطية."
    )
    assert _claims(text) == [
        ("سامر يوسف", "وقال", "موكله بريء"),
        ("مكتب الوزيرة", "مبينا", "الوزارة ليست جهة ضبطية"),
    ]


def test_a_participle_after_a_subjectless_act_continues_the_speaker() -> None:
    text = "وقال الوزير إن الأزمة انتهت. وأعرب عن أمله في الاستقرار، مشيرا إلى أن الأسعار ستنخفض."
    assert [name for name, _, _ in _claims(text)] == ["الوزير", "الوزير"]


# --- a role first, the name after ----------------------------------------------------------------


def test_a_titled_name_after_a_role_names_its_holder() -> None:
    """ "نفى المتحدث العسكري ... وقال العقيد سامي حمدان إن": the role's holder gets the name."""
    text = (
        "نفى المتحدث العسكري باسم القوات المسلحة أنباء عن انشقاقات، معتبرا أنها شائعات. "
        "وقال العقيد سامي حمدان إن الوحدات تعمل بشكل طبيعي."
    )
    ledger = extract_claims(text)
    assert len({c.said_by for c in ledger.claims}) == 1
    assert ledger.source(ledger.claims[0].said_by).name == "سامي حمدان"


def test_a_headline_role_and_the_body_role_with_a_name_are_one_person() -> None:
    """ "المتحدث العسكري: ..." then "نفى العقيد سامي حمدان، المتحدث الرسمي باسم القوات المسلحة، ..."."""
    text = (
        "المتحدث العسكري: لم نستهدف المدنيين\n"
        "نفى العقيد سامي حمدان، المتحدث الرسمي باسم القوات المسلحة، استهداف المدنيين في المدينة، "
        "واعتبر ذلك «افتراء لا أساس له»."
    )
    claims = _claims(text)
    assert {name for name, _, _ in claims} == {"سامي حمدان"}
    assert ("سامي حمدان", "نفى", "استهداف المدنيين في المدينة") in claims


def test_one_of_a_body_is_an_unnamed_source() -> None:
    text = "قال أحد أعضاء هيئة الدفاع عن المتهمين، خلال الجلسة، إن السيارة لم تكن مصفحة."
    ledger = extract_claims(text)
    [claim] = ledger.claims
    source = ledger.source(claim.said_by)
    assert source.unnamed and source.name.startswith("أحد أعضاء")
    assert claim.quote == "السيارة لم تكن مصفحة"


# --- more shapes of copy -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "quote"),
    [
        (
            "رأى عضو كتلة الوفاء للمقاومة النائب حسن فضل الله أن الحكومة مقصرة.",
            "حسن فضل الله",
            "رأى",
            "الحكومة مقصرة",
        ),
        (
            'وكتب الرئيس الفرنسي إيمانويل ماكرون على منصة إكس: "فرنسا تقف إلى جانب لبنان".',
            "إيمانويل ماكرون",
            "وكتب",
            "فرنسا تقف إلى جانب لبنان",
        ),
        (
            # the content after a colon starts after إن, as after the verb
            "وقال الناطق باسم الحكومة: إن الحكومة لن تتراجع عن قرارها.",
            "الناطق باسم الحكومة",
            "وقال",
            "الحكومة لن تتراجع عن قرارها",
        ),
        (
            # no comma: فإن opens the clause
            "وحسب مصادر طبية فإن عدد القتلى ارتفع إلى 30.",
            "مصادر طبية",
            "وحسب",
            "عدد القتلى ارتفع إلى 30",
        ),
        (
            # an act that is no speech, then a verb with no subject of its own
            "وأعرب المتحدث باسم الخارجية الصينية عن قلق بلاده، وقال إن على جميع الأطراف ضبط النفس.",
            "المتحدث باسم الخارجية الصينية",
            "وقال",
            "على جميع الأطراف ضبط النفس",
        ),
    ],
)
def test_more_shapes_of_copy(text: str, speaker: str, cue: str, quote: str) -> None:
    assert _claims(text) == [(speaker, cue, quote)]


def test_a_byline_is_no_statement() -> None:
    assert _claims("كتب: أحمد سالم\nارتفعت أسعار الوقود في العاصمة.") == []


def test_told_to_an_outlet_known_by_its_bare_name() -> None:
    """ "للجزيرة": told to Al Jazeera, a relay, not part of the speaker's name."""
    ledger = extract_claims("وقال مدير المستشفى محمد أبو سلمية للجزيرة إن المستشفى خرج عن الخدمة.")
    [claim] = ledger.claims
    names = {s.id: s.name for s in ledger.sources}
    assert (names[claim.said_by], [names[v] for v in claim.via]) == ("محمد أبو سلمية", ["الجزيرة"])


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


def test_a_conjunction_printed_apart_and_an_adverbial_are_no_speakers() -> None:
    """ "و اضاف أنه ..." (the و set apart) and "و في الحاصل كشف أن ..." go on with the speaker
    before; "وزاد: «…»" is a cue before its colon, never a speaker named "وزاد"."""
    claims = _claims(
        "وقال الوزير سامي الهادي إن الاتهامات باطلة.\n\n"
        "و اضاف انه استقال من مهامه في الشركة منذ عامين.\n\n"
        "و في الحاصل كشف انه دخل الحكومة لأن لديه مشروعا.\n\n"
        "وزاد: «العمل جماعي والفريق كله يسعى إلى الفوز».\n\n"
        "وزاد عدد الزوار إلى ألف زائر.\n"
    )
    assert [(name, quote) for name, _, quote in claims] == [
        ("سامي الهادي", "الاتهامات باطلة"),
        ("سامي الهادي", "استقال من مهامه في الشركة منذ عامين"),
        ("سامي الهادي", "دخل الحكومة لأن لديه مشروعا"),
        ("سامي الهادي", "العمل جماعي والفريق كله يسعى إلى الفوز"),
    ]


def test_a_one_letter_abbreviation_is_no_sentence_end() -> None:
    """ "اللواء د.هاشم": the full stop of "د." (doctor) does not cut the speaker from the verb."""
    text = "أكد الناطق الرسمي باسم الشرطة اللواء د.هاشم علي عبدالرحيم، أنه لا علاقة للشرطة بالفيديو المتداول.\n"
    claims = _claims(text)
    assert [(quote, "هاشم علي عبدالرحيم" in name) for name, _, quote in claims] == [
        ("لا علاقة للشرطة بالفيديو المتداول", True)
    ]
    assert all(quote in text for _, _, quote in claims)


def test_a_name_set_off_after_a_role_that_reads_as_a_body_names_the_speaker() -> None:
    """ "وأفاد مدير مركز المصالحة، اللواء يوري بورينكوف، في بيان له، إن": the role reads as an
    unnamed person of a body; the name set off after it, before the statement's adjunct, is the
    speaker, and a later bare surname is the same person."""
    claims = _claims(
        "وأفاد مدير مركز المصالحة، اللواء يوري بورينكوف، في بيان له، إن المسلحين هاجموا المواقع.\n\n"
        "وأوضح بورينكوف أن الجيش صد الهجوم.\n"
    )
    assert [(name, quote) for name, _, quote in claims] == [
        ("يوري بورينكوف", "المسلحين هاجموا المواقع"),
        ("يوري بورينكوف", "الجيش صد الهجوم"),
    ]


def test_one_body_of_a_joint_statement_is_not_both_of_them() -> None:
    """ "أفادت الشرطة والمدعون الألمان" (the police and the prosecutors), then "وبحسب الشرطة":
    the police alone, not the pair; the pair stays one speaker for its own statement."""
    claims = _claims(
        "أفادت الشرطة والمدعون الألمان أمس بأن شابا سوريا تم توقيفه بعد الهجوم.\n\n"
        "وبحسب الشرطة فإن المشتبه به جاء إلى ألمانيا عام 2023.\n"
    )
    assert [name for name, _, _ in claims] == ["الشرطة والمدعون الألمان", "الشرطة"]


def test_a_document_in_which_a_body_warns_is_the_bodys() -> None:
    """ "أصدر مجلس النواب بيانًا يحذّر فيه من ..." (a statement in which it warns): the House
    speaks, never "فيه" (in it); the participle after it goes on with the House."""
    claims = _claims(
        "أصدر مجلس النواب، اليوم، بيانًا يحذّر فيه من مستند متداول عبر مواقع التواصل، "
        "مؤكّدًا أن الوثيقة مزوّرة ولا تمتّ للحقيقة بصلة.\n"
    )
    assert [name for name, _, _ in claims] == ["مجلس النواب", "مجلس النواب"]


def test_according_to_a_source_then_a_verb_with_its_own_subject() -> None:
    """ "وبحسب المصدر فقد قال ناطق الجيش: «...»": the spokesman speaks, relayed by the source; a
    role named inside an earlier quotation ("لم يوضح الناطق ... جنسيات القتلى") names nobody."""
    ledger = extract_claims(
        'وأفاد المصدر: " لم يوضح الناطق الرسمي باسم الجيش جنسيات القتلى الأجانب كما أنه لم يعط عددا محددا".\n\n'
        'وبحسب المصدر فقد قال ناطق الجيش: " القوات المسلحة لن تقف مكتوفة الأيدي".\n'
    )
    names = {s.id: s.name for s in ledger.sources}
    said = [(names[c.said_by], [names[v] for v in c.via], c.quote) for c in ledger.claims]
    assert said[-1] == ("ناطق الجيش", ["المصدر"], "القوات المسلحة لن تقف مكتوفة الأيدي")
    assert all("جنسيات" not in name for name in names.values())


def test_all_opens_the_object_after_the_speaker() -> None:
    """ "ودعا المصدر كافة وسائل الإعلام إلى ...": "all the media" is whom the source called on,
    not part of the source's name."""
    claims = _claims("ودعا المصدر كافة وسائل الإعلام إلى عدم الانجرار وراء مثل هذه التصريحات.\n")
    assert [(name, quote) for name, _, quote in claims] == [("المصدر", "عدم الانجرار وراء مثل هذه التصريحات")]


def test_a_verbal_noun_after_anna_is_no_cue() -> None:
    """ "أكدت الصحيفة أنّ كشف معلومات شديدة الحساسية يثير القلق": "كشف" after a bare أنّ is "the
    revealing of", no statement of "sensitive information"."""
    claims = _claims("وأكدت الصحيفة أنّ كشف معلومات شديدة الحساسية يثير قلق المسؤولين.\n")
    assert [name for name, _, _ in claims] == ["الصحيفة"]


def test_a_sound_plural_in_either_case_is_one_group() -> None:
    """ "مسؤولين أميركيين" (object case) and "المسؤولون الأميركيون" (subject case): one source."""
    ledger = extract_claims(
        "نقلت صحيفة وول ستريت جورنال عن مسؤولين أميركيين أنّ الوزارة تحقق في التسريب.\n\n"
        "وقال المسؤولون الأميركيون إنّ الوثائق المنشورة تشمل معلومات استخبارية.\n"
    )
    assert len({claim.said_by for claim in ledger.claims}) == 1


def test_resolve_as_the_object_ends_the_speaker() -> None:
    """ "كما أكّد مجلس النواب عزمه اتخاذ الإجراءات": the House speaks; "عزمه" (its resolve) opens
    what it said, and no word of it joins the speaker's name."""
    claims = _claims("كما أكّد مجلس النواب عزمه اتخاذ الإجراءات القانونية ضد أي جهة يثبت تورطها.\n")
    assert [name for name, _, _ in claims] == ["مجلس النواب"]


def test_a_clause_with_its_own_speaker_before_according_to() -> None:
    """ "ودعا المصدر وسائل الإعلام إلى ...، حسب وكالة سبأ": the source speaks, relayed by the agency;
    a clause with no speaker of its own ("ارتفع عدد القتلى، بحسب الوزارة") is the ministry's."""
    ledger = extract_claims(
        "ودعا المصدر كافة وسائل الإعلام إلى عدم الانجرار وراء هذه التصريحات، حسب وكالة سبأ.\n\n"
        "ارتفع عدد القتلى إلى عشرين، بحسب وزارة الصحة.\n"
    )
    names = {s.id: s.name for s in ledger.sources}
    assert [(names[c.said_by], [names[v] for v in c.via]) for c in ledger.claims] == [
        ("المصدر", ["وكالة سبأ"]),
        ("وزارة الصحة", []),
    ]


def test_a_spokesman_a_source_reports_speaks_relayed_by_it() -> None:
    """ "وأوضح مصدر إعلامي إن الناطق الرسمي باسم القوات المسلحة، كشف عن مقتل ...": the spokesman
    revealed it, as the source tells; the comma between subject and verb changes nothing."""
    ledger = extract_claims(
        "كشف الناطق الرسمي باسم القوات المسلحة اليمنية، العقيد سعيد الفقيه، الخميس، عن أعداد القتلى.\n\n"
        "وأوضح مصدر إعلامي إن الناطق الرسمي باسم القوات المسلحة، كشف عن مقتل ما لا يقل عن 500 عنصر.\n"
    )
    names = {s.id: s.name for s in ledger.sources}
    last = ledger.claims[-1]
    assert (names[last.said_by], [names[v] for v in last.via]) == ("سعيد الفقيه", ["مصدر إعلامي"])


def test_the_impersonal_passive_is_the_outlets_narration() -> None:
    """ "يذكر أن X، بحسب Y": "it is worth recalling that" opens the outlet's own sentence, no
    statement; the clause after it is Y's, without the formula."""
    ledger = extract_claims(
        "وقال المتحدث باسم الوزارة سعد معن إن لجنة أمنية ستحدد أسباب ما جرى.\n\n"
        "يذكر أن محكمة أمن الدولة رفضت الطلب الخميس الماضي.\n\n"
        "يذكر أن جرحى سقطوا اليوم في التظاهرات، بحسب تصريحات عينة منهم.\n"
    )
    names = {s.id: s.name for s in ledger.sources}
    assert [(names[c.said_by], c.quote) for c in ledger.claims] == [
        ("سعد معن", "لجنة أمنية ستحدد أسباب ما جرى"),
        ("تصريحات عينة منهم", "جرحى سقطوا اليوم في التظاهرات"),
    ]


def test_a_holders_name_after_a_second_role_and_not_a_time_set_off() -> None:
    """ "أكد الوزير الأول، وزير المالية، أيمن بن عبد الرحمان، أن": the name after two roles;
    "قال الوزير الأول وزير المالية، هذا الاثنين، ...": a time set off by commas is no name."""
    ledger = extract_claims(
        "أكد الوزير الأول، وزير المالية، أيمن بن عبد الرحمان، أن الجزائر أكبر من كل التصريحات.\n\n"
        "قال الوزير الأول وزير المالية، هذا الاثنين، في تصريح للصحافة، أن التصريحات غير مقبولة.\n"
    )
    names = {s.id: s.name for s in ledger.sources}
    assert [names[c.said_by] for c in ledger.claims] == ["أيمن بن عبد الرحمان", "أيمن بن عبد الرحمان"]


def test_a_subject_before_its_verb_after_kana_without_qad() -> None:
    """ "وكان مصدر مسؤول في وزارة التنمية الاجتماعية، قال إنه ...": the subject stands before the
    verb after "كان", set off by a comma, with no "قد"; "وكان التلفزيون السوري ذكر" likewise."""
    ledger = extract_claims(
        "وكان مصدر مسؤول في وزارة التنمية الاجتماعية الفلسطينية، قال إنه سيتم صرف الدفعة في آب.\n\n"
        "وكان التلفزيون السوري ذكر أن الدفاعات الأرضية تصدت لهجوم جوي.\n"
    )
    names = {s.id: s.name for s in ledger.sources}
    assert [(names[c.said_by], c.quote) for c in ledger.claims] == [
        ("وزارة التنمية الاجتماعية الفلسطينية", "سيتم صرف الدفعة في آب"),
        ("التلفزيون السوري", "الدفاعات الأرضية تصدت لهجوم جوي"),
    ]


def test_a_headline_with_its_subject_before_an_imperfect_cue() -> None:
    """ "الجيش السوداني ينفي تصفية متعاونين ويتهم “تقدم” بفبركة الأخبار": a headline, the subject before
    the verb, the statement after it up to a second verb joined by و; a line that ends a sentence
    is no headline."""
    ledger = extract_claims(
        "الجيش السوداني ينفي تصفية متعاونين مع المليشيا ببحري ويتهم “تقدم” بفبركة الأخبار\n\n"
        "نفى الناطق الرسمي باسم الجيش السوداني، العميد نبيل عبدالله، أي تورط لعناصر من الجيش.\n"
    )
    names = {s.id: s.name for s in ledger.sources}
    first = ledger.claims[0]
    assert (names[first.said_by], first.quote) == (
        "الجيش السوداني",
        "تصفية متعاونين مع المليشيا ببحري",
    )


def test_the_bare_group_noun_is_the_unnamed_group_it_heads() -> None:
    """ "نقلت الصحيفة عن مسؤولين أميركيين أن … / قال المسؤولون: …", "وكان مصدر مسؤول في الوزارة،
    قال … / وقال المصدر …": the definite noun alone is the unnamed group or source it heads."""
    ledger = extract_claims(
        'نقلت صحيفة "وول ستريت جورنال" الأميركية، عن مسؤولين أميركيين، أنّ وزارة الدفاع تركز اهتمامها على التسريب.\n\n'
        'ووفق الصحيفة، قال المسؤولون: "ندرس كيفية حدوث الاختراق".\n'
    )
    names = {s.id: s.name for s in ledger.sources}
    assert [names[c.said_by] for c in ledger.claims] == ["مسؤولين أميركيين", "مسؤولين أميركيين"]


def test_manner_listener_and_addressee_are_no_part_of_the_speaker() -> None:
    """ "وقال متسائلاً “…”": the participle of manner is the verb's, the speaker the one before;
    "وصرح طحكوت للمجلس إن …": the one told after a bare name; "ودعت الوزارة الرأي العام إلى …":
    whom the call addresses opens its object; "المجلس الأعلى للقضاء" keeps its complement."""
    ledger = extract_claims(
        "قال القيادي صديق إسماعيل إن الحزب سيعود.\n\n"
        "وقال متسائلاً “فهل للأحزاب المشاركة بالحكومة الحق ولسواهم لا؟”.\n\n"
        "وصرح طحكوت للمجلس إن ميسوم لا يقول الحقيقة.\n\n"
        "نفت وزارة الشؤون الإسلامية ما يتم تداوله.\n\n"
        "ودعت الوزارة الرأي العام إلى عدم الانجرار وراء حملات التضليل.\n\n"
        "وقال المجلس الأعلى للقضاء إن القرار نهائي.\n"
    )
    names = {s.id: s.name for s in ledger.sources}
    assert [names[c.said_by] for c in ledger.claims] == [
        "صديق إسماعيل",
        "صديق إسماعيل",
        "طحكوت",
        "وزارة الشؤون الإسلامية",
        "وزارة الشؤون الإسلامية",
        "المجلس الأعلى للقضاء",
    ]


def test_an_issued_statement_accuses_for_its_issuer():
    """ "بيان أصدرته “الحركة الشعبية” … اتهمت فيه القوات …": "فيه" (in which) is no speaker; the
    movement that issued the statement accuses."""
    claims = _claims(
        "ونفى المتحدث العميد خالد سعيد ما جاء في بيان أصدرته “الحركة الشعبية” (الخميس) اتهمت فيه القوات "
        "المسلحة بخرق وقف إطلاق النار، وقال سعيد إن البيان لا تسنده أي حقائق.\n"
    )
    assert ("الحركة الشعبية", "اتهمت", "القوات المسلحة بخرق وقف إطلاق النار") in claims
    assert all(speaker != "فيه" for speaker, _cue, _quote in claims)


def test_a_speaker_ends_at_and_he_is_and_a_chamber_keeps_its_city():
    """ "وأضاف الحاج توفيق وهو أيضا نقيب التجار": "وهو" (and he is) opens a clause about him, so the
    name ends before it; "رئيس غرفة تجارة عمّان خليل …": the chamber's construct chain ends with
    its city, and the name follows; "ولفت النظر إلى": the attention drawn is no speaker."""
    claims = _claims(
        "قال رئيس غرفة تجارة عمّان خليل الحاج توفيق، الأحد، إن الجيش صادر شحنات للأردن.\n\n"
        "وأضاف الحاج توفيق وهو أيضا نقيب تجار المواد الغذائية، خلال اجتماع، أن الأسعار سترتفع.\n\n"
        "ولفت النظر إلى وجود شحنات زيت في مصر ستصل إلى الأردن.\n"
    )
    assert [speaker for speaker, _cue, _quote in claims] == ["خليل الحاج توفيق"] * 3
    assert [quote for _speaker, _cue, quote in claims] == [
        "الجيش صادر شحنات للأردن",
        "الأسعار سترتفع",
        "وجود شحنات زيت في مصر ستصل إلى الأردن",
    ]


def test_a_topic_or_the_speakers_own_talk_after_the_verb_is_no_speaker():
    """ "وقال عن استبعاد بوفال “…”", "وتابع حديثه عن عودة القائد “…”": what the words are about, and
    his own talk as the verb's object, name nobody; the speaker is the one before."""
    claims = _claims(
        "قال المدرب هيرفي رونار إن الفريق جاهز.\n\n"
        "وقال عن استبعاد بوفال “تحدثت معه وأعتقد أنه سيعود”\n\n"
        "وتابع حديثه عن عودة القائد “نحن سعداء بعودته”\n"
    )
    assert [speaker for speaker, _cue, _quote in claims] == ["هيرفي رونار"] * 3


def test_a_statement_with_a_possessive_and_a_listener_in_marks_name_nobody():
    """ "وأكدت الوزارة في بيانها أن …": "in its statement" is an adjunct even with the pronoun
    attached, so the ministry named before speaks; "وكان شهود عيان، أوضحوا لـ(د.ب.أ)، أن …": told
    to dpa, a name set apart after "لـ", which is the listener, not the speaker."""
    claims = _claims(
        "أصدرت وزارة الدفاع العراقية، اليوم الثلاثاء، بياناً استنكرت فيه الهجمات.\n"
        "وأكدت الوزارة في بيانها أن هذه القواعد منشآت سيادية عراقية.\n\n"
        "وكان شهود عيان، أوضحوا لـ(د.ب.أ)، أن انفجارا قويا وقع في المطار.\n"
    )
    assert ("وزارة الدفاع العراقية", "وأكدت", "هذه القواعد منشآت سيادية عراقية") in claims
    assert ("شهود عيان", "أوضحوا", "انفجارا قويا وقع في المطار") in claims


def test_a_line_broken_before_the_content_marker_is_one_sentence():
    """ "كشف وزير المالية جبريل إبراهيم\\nان وزارة المالية تمكنت …": some sites break lines inside a
    sentence; a line with no mark at its end and "أن" opening the next is read as one, the
    content's offsets still those of the text as printed."""
    text = "كشف وزير المالية جبريل إبراهيم\nان وزارة المالية تمكنت من ادارة تمويل الحرب رغم شح الموارد.\n"
    claims = _claims(text)
    assert claims == [("جبريل إبراهيم", "كشف", "وزارة المالية تمكنت من ادارة تمويل الحرب رغم شح الموارد")]


def test_an_outlet_relays_an_unnamed_source_it_quotes():
    """ "وقالت وكالة الأنباء "سبأ" إن مصدرا مسؤولا في الحكومة "استغرب التصريحات"": the source, read
    in the accusative after "إن", speaks its quoted words; the agency relays them."""
    ledger = extract_claims('وقالت وكالة الأنباء "سبأ" إن مصدرا مسؤولا في الحكومة "استغرب تصريحات الوزير الأخيرة".\n')
    names = {s.id: s.name for s in ledger.sources}
    [claim] = ledger.claims
    assert names[claim.said_by] == "مصدرا مسؤولا في الحكومة"
    assert [names[v] for v in claim.via] == ["وكالة الأنباء سبأ"]


def test_a_participle_never_reaches_over_a_paragraph_to_another_party():
    """ "من جهة أخرى نفى مصدر في التحالف …، مشيراً إلى أن …" after a paragraph quoting the other
    side's spokesman: the participle belongs to its own sentence's subject; unread, no guess (it
    was the other side's spokesman's). "كما دعا المكتب …، مشيرا إلى أن …": "also" before the verb,
    the office is the subject."""
    claims = _claims(
        "وأوضح المتحدث باسم الحوثيين العميد يحيى سريع أن القوات استهدفت المعسكر.\n"
        "من جهة أخرى نفى مصدر في التحالف العربي الذي تقوده السعودية في اليمن، “ادعاءات” الحوثيين حول "
        "السيطرة على المواقع، مشيراً إلى أنهم يلجؤون إلى الفبركات لرفع معنويات المقاتلين.\n"
    )
    assert all(speaker != "يحيى سريع" or "الفبركات" not in quote for speaker, _cue, quote in claims)
    claims = _claims(
        "أكد مكتب وزيرة حقوق الإنسان احتفاظ الوزيرة بحقها في اللجوء إلى القضاء.\n"
        "كما دعا المكتب، الصحف والمواقع، إلى الاعتذار، مشيرا إلى أن الوزارة غير مسؤولة عن ذلك.\n"
    )
    assert ("مكتب وزيرة حقوق الإنسان", "مشيرا", "الوزارة غير مسؤولة عن ذلك") in claims


def test_a_time_clause_after_the_speaker_is_no_part_of_it():
    """ "وتابع الناطق عقب وصول …:", "وأقر ضابط … عند مثوله شاهدا بأنه …": a clause of time after the
    speaker ends the speaker's words; the statement is still read, the speaker never the clause."""
    claims = _claims(
        "أكد الناطق الرسمي لنادي الوداد، كريم بناني، أن الفريق جاهز للمباراة.\n\n"
        "وتابع الناطق عقب وصول بعثة الفريق إلى القاهرة: “الحكم يجب أن يكون نزيها”.\n\n"
        "وأقر ضابط بجهاز الأمن عند مثوله شاهد دفاع بأنه شارك في فض الاحتجاجات، وقال إن القوة كلفت بمهمة رسمية.\n"
    )
    assert [(speaker, quote) for speaker, _cue, quote in claims] == [
        ("كريم بناني", "الفريق جاهز للمباراة"),
        ("كريم بناني", "الحكم يجب أن يكون نزيها"),
        ("ضابط بجهاز الأمن", "شارك في فض الاحتجاجات"),
        ("ضابط بجهاز الأمن", "القوة كلفت بمهمة رسمية"),
    ]


def test_a_title_joined_to_its_body_by_a_preposition_is_a_role_not_a_name():
    """ "وقال النائب عن كتلة الصادقون، محمد البلداوي، إن …", "وأكد المستشار الإعلامي لرئاسة مجلس
    النواب، فتحي المريمي، أن …": the body after the title belongs to the role; the name is the one
    set off by commas."""
    claims = _claims(
        "وقال النائب عن كتلة الأحرار، سالم الجبوري، إن الحكومة لا تفهم معنى السيادة الوطنية.\n\n"
        "وأكد المستشار الإعلامي لرئاسة مجلس النواب، فتحي العلمي، أن رئيس المجلس استنكر استهداف المقر.\n"
    )
    assert [speaker for speaker, _cue, _quote in claims] == ["سالم الجبوري", "فتحي العلمي"]


def test_a_verb_followed_by_an_adjunct_has_no_subject_of_its_own_printed():
    """ "وأوضح خلال المؤتمر الصحفي أن …، مختتماً حديثه بالتأكيد على أن …": the verbal noun is the
    speaker's of the paragraph before, never "خلال المؤتمر"; after "من جانبه، وصف المدير الفني للنادي
    الأهلي …" a statement with no subject is not the first coach's."""
    claims = _claims(
        "أعرب المدير الفني لنادي الفتح جوزيه غوميز عن سعادته بالمستوى، مؤكداً أن الروح القتالية كانت حاسمة.\n\n"
        "وأوضح خلال المؤتمر الصحفي أن المواجهة كانت صعبة، مختتماً حديثه بالتأكيد على أن النادي يعتمد على الشباب.\n\n"
        "من جانبه، وصف المدير الفني للنادي الأهلي ماتياس يايسله نتيجة المباراة بالقاسية.\n\n"
        "وأضاف أن الأهلي ارتكب خطأ في التغطية خلال الشوط الثاني.\n"
    )
    speakers = {quote: speaker for speaker, _cue, quote in claims}
    assert speakers["النادي يعتمد على الشباب"] == "جوزيه غوميز"
    assert speakers["الأهلي ارتكب خطأ في التغطية خلال الشوط الثاني"] != "جوزيه غوميز"


def test_the_outlet_a_headline_speaker_told_is_no_part_of_the_speaker():
    """ "وهبي لقناة “مصرية”: “…”": the channel he spoke to is not him; the body names him in full."""
    claims = _claims(
        "وهبي لقناة “مصرية”: “إن كان التحكيم عادلا فإن الانتصار سيكون للرجاء”\n"
        "أكد الناطق الرسمي لنادي الرجاء، سعيد وهبي، أن الفريق جاهز للمباراة.\n"
    )
    assert [speaker for speaker, _cue, _quote in claims] == ["سعيد وهبي", "سعيد وهبي"]


def test_a_verb_after_words_reported_in_its_sentence_is_no_ones_guess():
    """ "وقال المحامي … إن أحد الشاهدين قال إنه تعرض للضرب، وأشار إلى …": the witness or the lawyer
    reporting him may go on; the verb is drafted under no one (for review), never the lawyer."""
    claims = _claims(
        "وقال المحامي سامي الطيب عضو هيئة الدفاع إن أحد الشاهدين قال إنه تعرض للضرب حتى أصيب بالإغماء، "
        "وأشار إلى أحد المتهمين بأنه نادى على المتظاهرين.\n"
    )
    speakers = [speaker for speaker, cue, _quote in claims if cue == "وأشار"]
    assert speakers and all("سامي الطيب" not in speaker for speaker in speakers)


def test_a_radio_station_told_is_the_relay_not_part_of_the_speaker():
    """ "وقال المحامي … لراديو دبنقا إن …": the station he spoke to relays his words."""
    ledger = extract_claims("وقال المحامي سامي الطيب عضو هيئة الدفاع لراديو دبنقا إن الشهادتين لا وزن لهما.\n")
    names = {s.id: s.name for s in ledger.sources}
    assert [(names[c.said_by], [names[v] for v in c.via]) for c in ledger.claims] == [
        ("سامي الطيب عضو هيئة الدفاع", ["راديو دبنقا"])
    ]


def test_the_one_interviewed_speaks_in_the_interview_an_outlet_published():
    """ "نشرت صحيفة … لقاء لرئيس الحكومة المؤقتة صرح فيه أن …": the head of government speaks, not
    the newspaper that published the interview; so do the verbs that go on after it."""
    claims = _claims(
        "نشرت صحيفة الأخبار الدولية الأربعاء لقاء لرئيس الحكومة المؤقتة صرح فيه أن حكومة الوفاق تقيد حصول "
        "المنطقة الشرقية على عائدات النفط.\n\n"
        "وأضاف أن الحكومة المؤقتة لجأت إلى القروض لمواصلة مهامها.\n"
    )
    assert [speaker for speaker, _cue, _quote in claims] == ["رئيس الحكومة المؤقتة", "رئيس الحكومة المؤقتة"]


def test_a_description_far_from_the_one_it_may_mean_stands_alone_and_never_crashes():
    """ "وأكد المتحدث أن …" three thousand characters after the spokesman last spoke: too far to be
    read as him, so the description is its own unnamed speaker (it raised AttributeError before)."""
    filler = "وشهدت المدينة حركة تجارية واسعة خلال الأسبوع الماضي في الأسواق الشعبية. " * 60
    claims = _claims(
        "قال المتحدث باسم وزارة الصحة أشرف القدرة إن عدد الضحايا ارتفع إلى أربعين.\n\n"
        + filler
        + "\n\nوأكد المتحدث أن المستشفيات تعمل فوق طاقتها.\n"
    )
    assert [speaker for speaker, _cue, _quote in claims] == ["أشرف القدرة", "المتحدث"]


def test_a_denial_of_reports_names_the_ranked_holder_not_the_reports():
    """ "نفى رئيس مكتب الأمن الوطني اللواء علي المملوك الأنباء التي تحدثت عن …": the reports denied
    open the object; the name before them is the speaker's, not the start of what he denied."""
    claims = _claims(
        "نفى رئيس مكتب الأمن الوطني اللواء علي المملوك الأنباء التي تحدثت عن زيارة وفد أمني إلى العاصمة.\n"
    )
    assert [(speaker, quote) for speaker, _cue, quote in claims] == [
        ("علي المملوك", "الأنباء التي تحدثت عن زيارة وفد أمني إلى العاصمة")
    ]


def test_how_something_was_affirmed_is_never_its_speaker():
    """ "وأكد بشكل قاطع عدم صحة …": "in a categorical manner" says how; the subject is the one before."""
    claims = _claims(
        "قال وزير الداخلية سامر العلي إن الحدود آمنة.\n\nوأكد بشكل قاطع عدم صحة الأخبار المتداولة عن التسلل.\n"
    )
    assert [speaker for speaker, _cue, _quote in claims] == ["سامر العلي", "سامر العلي"]


def test_by_the_terms_of_an_agreement_is_no_source():
    """ "، حسب اتفاق الرياض": an instrument's terms, not a speaker, and no statement goes on with it."""
    claims = _claims(
        "وأوضح المتحدث باسم المجلس نزار هيثم أن الحكومة أفشلت الاتفاق.\n\n"
        "ولن يسمح بدخول أي قوات قبل تعيين محافظ جديد، حسب اتفاق الرياض.\n\n"
        "وأشار إلى أن القوات جاءت من محافظة أخرى.\n"
    )
    assert "اتفاق الرياض" not in {speaker for speaker, _cue, _quote in claims}
    assert [speaker for speaker, cue, _quote in claims if cue == "وأشار"] == ["نزار هيثم"]


def test_whoever_he_met_is_told_not_the_speaker():
    """ "قال لمن التقاه من المسؤولين إن …": the listener, not the one speaking."""
    claims = _claims("وقال النائب وضاح صادق لمن التقاه من المسؤولين الألمان إن لبنان يحتاج إلى الدعم.\n")
    assert [speaker for speaker, _cue, _quote in claims] == ["وضاح صادق"]


def test_a_verb_of_the_other_gender_after_a_clause_of_contrast_is_not_the_contrasted_party():
    """ "في حين ادعت بعض وسائل الإعلام أن …، وأكد عدم صحة …": the masculine verb turns from the
    media the contrast set aside; it is drafted for review, never under the media."""
    claims = _claims(
        "في حين ادعت بعض وسائل الإعلام أن الوفد التقى قادة المعارضة، وأكد عدم صحة الأخبار المتعلقة باللقاء.\n"
    )
    assert [speaker for speaker, cue, _quote in claims if cue == "ادعت"] == ["بعض وسائل الإعلام"]
    assert [speaker for speaker, cue, _quote in claims if cue == "وأكد"] == ["متحدث لم يحدده النص"]


def test_a_participle_goes_on_with_the_speaker_whose_family_name_follows_the_verb():
    """ "وكشف هيثم سبب …، مشددا على …": "هيثم" is the spokesman "نزار هيثم" read before; a bare name
    runs into the verb's object, and only a name already read tells where it ends."""
    claims = _claims(
        "وأوضح المتحدث باسم المجلس نزار هيثم أن الحكومة أفشلت الاتفاق.\n\n"
        "وكشف هيثم سبب رفض المجلس وصول القوات، مشددا على عدم السماح بدخول أي عناصر عسكرية.\n"
    )
    assert [(speaker, cue) for speaker, cue, _quote in claims] == [("نزار هيثم", "وأوضح"), ("نزار هيثم", "مشددا")]


def test_a_quote_left_open_ends_where_the_sentence_turns_to_another_party():
    """ "حيث أكد أحد الشباب” لم أكن أعلم …، فيما أكد آخرون أنهم …": the quotation opened and never
    closed ends before the others' words, which are theirs (they had been the young man's)."""
    claims = _claims(
        "واستمع القاضي إلى المتهمين.حيث أكد أحد الشباب” لم أكن أعلم أن رفع الراية مخالف للقانون، "
        "فيما أكد آخرون أنهم يتاجرون في الأعلام منذ سنوات.\n"
    )
    assert [(speaker, quote) for speaker, _cue, quote in claims] == [
        ("أحد الشباب", "لم أكن أعلم أن رفع الراية مخالف للقانون"),
        ("آخرون", "يتاجرون في الأعلام منذ سنوات"),
    ]


def test_a_surname_misspelt_by_a_letter_is_the_spokeswoman_named_in_full():
    """ "جمانة الغلاي … وقالت الغلاوي": the same spokeswoman, her surname printed two ways."""
    claims = _claims(
        "أعلنت جمانة الغلاي، المتحدثة باسم المفوضية العليا المستقلة للانتخابات، أن المفوضية أنهت تدقيق المحطات.\n\n"
        "وقالت الغلاوي إن المفوضية باشرت احتساب المقاعد.\n"
    )
    assert [speaker for speaker, _cue, _quote in claims] == ["جمانة الغلاي", "جمانة الغلاي"]


def test_the_narrations_participle_ends_a_quote_whatever_its_marks():
    """ "وتابع الوزير:"لدينا احتياطي …، مضيفا:" الرئيس خصص …"" (the mark after the colon opens the
    next quote) and "وأكمل:" لدينا …، لافتا إلي أن الرئيس …"" (the closing mark put after the
    narration): the participle and what follows it are a statement of their own."""
    claims = _claims(
        'وتابع وزير التموين علي المصيلحي:"لدينا احتياطي استراتيجي كبير، مضيفا:" الرئيس خصص مليار دولار للسلع".\n\n'
        'وأكمل:" لدينا احتياطي من القمح يكفي لمدة 6 أشهر، لافتا إلي أن الرئيس يتسلم تقريرا يوميا".\n'
    )
    assert [(cue, quote) for _speaker, cue, quote in claims][:3] == [
        ("وتابع", "لدينا احتياطي استراتيجي كبير"),
        ("مضيفا", "الرئيس خصص مليار دولار للسلع"),
        ("وأكمل", "لدينا احتياطي من القمح يكفي لمدة 6 أشهر"),
    ]
    assert [cue for _speaker, cue, _quote in claims][3:] == ["لافتا"]


def test_a_subject_then_and_in_an_interview_then_its_verb():
    """ "الفالح وفي تصريحات خاصة لوكالة “سبوتنيك” الأربعاء قال: “…”": the spokesman named before,
    with "and in remarks to …" set between him and his verb."""
    claims = _claims(
        "أكد المتحدث باسم الحكومة عز الدين الفالح أن الحكومة تدعم الوطن.\n\n"
        "الفالح وفي تصريحات خاصة لوكالة “سبوتنيك” الروسية الأربعاء قال: “نحن كحكومة موقفنا واضح”.\n"
    )
    assert [(speaker, quote) for speaker, _cue, quote in claims][-1] == ("عز الدين الفالح", "نحن كحكومة موقفنا واضح")


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # the verb's object after the role and the holder's name: the name is no part of it
        (
            "ونفى المتحدث باسم الجيش نبيل عبد الله مسؤوليته عن الهجوم على القرية.\n",
            "نبيل عبد الله",
            "مسؤوليته عن الهجوم على القرية",
        ),
        # "حذر X أصحاب … من": the family name "ال…" after the given name is the name's, not the object's
        (
            "حذر محافظ عجلون عادل الروسان أصحاب المحطات من تخزين المشتقات النفطية.\n",
            "عادل الروسان",
            "تخزين المشتقات النفطية",
        ),
    ],
)
def test_a_role_then_its_holders_name_then_the_verbs_object(text, speaker, quote):
    assert [(name, said) for name, _cue, said in _claims(text)] == [(speaker, quote)]


def test_wholly_and_precisely_say_how_never_who():
    """ "وأكد مجددا بدقة …", "ونفى جملة وتفصيلا …": manner words before the content are no speaker."""
    claims = _claims("قال وزير الداخلية سامر العلي إن الحدود آمنة.\n\nوأكد بدقة عدم صحة الأخبار المتداولة عن التسلل.\n")
    assert [speaker for speaker, _cue, _quote in claims] == ["سامر العلي", "سامر العلي"]


def test_the_role_a_narrated_holder_was_found_by_stays_with_them():
    """ "تساءل عضو لجنة الطاقة النيابية النائب عبدالله عيال عواد … / وتساءل النائب : … / وقال النائب
    إن …": every "النائب" is the member named in the narration, not only the first."""
    claims = _claims(
        "تساءل عضو لجنة الطاقة النيابية النائب عبدالله عيال عواد عن الجهة التي تقف خلف رفع الأسعار.\n"
        "وتساءل النائب : هل تريد الحكومة من الناس أن ينزلوا للشارع ؟\n"
        "وقال النائب إن لا أحد يسمع منهم في الحكومة.\n"
    )
    assert [speaker for speaker, _cue, _quote in claims] == ["عبدالله عيال عواد", "عبدالله عيال عواد"]


def test_a_long_name_joined_by_bin_abd_and_al_is_one_name():
    """ "رئيس الوزراء القطري، الشيخ محمد بن عبد الرحمن آل ثاني، …" names the prime minister: six
    words, three parts; "وقال رئيس الوزراء القطري" later is him."""
    claims = _claims(
        "تحدث رئيس الوزراء القطري، الشيخ محمد بن عبد الرحمن آل ثاني، عن الهجوم الذي استهدف الدوحة.\n\n"
        "وقال رئيس الوزراء القطري، في مقابلة مع قناة “سي إن إن”، إن الضحية الأولى كان ضابطا قطريا.\n"
    )
    assert [speaker for speaker, _cue, _quote in claims] == ["محمد بن عبد الرحمن آل ثاني"]
    claims = _claims("وقال محمد بن عبد الرحمن آل ثاني إن الدوحة ستواصل الوساطة.\n")
    assert [speaker for speaker, _cue, _quote in claims] == ["محمد بن عبد الرحمن آل ثاني"]
