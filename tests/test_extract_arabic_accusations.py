"""Arabic accusations with the accused as the verb's object ("واتهم X Y بالوقوف وراء ..."),
and circumstantial participles whose speaker is the subject of a cue verb that drafted
nothing of its own ("حذر المتحدث المواطنين، قائلا: ...").

Every sentence here was written for these tests in the style of Arabic news copy; none is
taken from the gold set.
"""

from __future__ import annotations

from claimgraph.extract import extract_claims


def _claims(text: str) -> list[tuple[str, str, str]]:
    """(speaker name, cue, quote) of every drafted claim."""
    ledger = extract_claims(text)
    names = {s.id: s.name for s in ledger.sources}
    return [(names[c.said_by], c.cue or "", c.quote or "") for c in ledger.claims]


def test_the_accuser_speaks_and_the_accused_opens_the_statement() -> None:
    text = "واتهمت وزارة الداخلية حركة الشباب بالتخطيط لتفجير السوق المركزي."
    assert _claims(text) == [("وزارة الداخلية", "واتهمت", "حركة الشباب بالتخطيط لتفجير السوق المركزي")]


def test_a_title_alone_then_a_body_is_accuser_then_accused() -> None:
    text = (
        "قال العميد سامي الحسن، المتحدث باسم الشرطة، إن التحقيق مستمر.\n"
        "واتهم العميد جماعة مسلحة بالوقوف وراء الهجوم، مشيرًا إلى أن الجماعة تلقت دعما خارجيا.\n"
    )
    claims = _claims(text)
    assert [quote for _, _, quote in claims] == [
        "التحقيق مستمر",
        "جماعة مسلحة بالوقوف وراء الهجوم",
        "الجماعة تلقت دعما خارجيا",
    ]
    assert {speaker for speaker, _, _ in claims} == {"سامي الحسن"}


def test_a_name_then_a_bare_name_is_no_guess_at_who_accuses() -> None:
    text = "واتهم الرئيس بايدن روسيا بالتدخل في الانتخابات، مشيرا إلى أن موسكو نشرت معلومات مضللة."
    assert all("روسيا" not in speaker for speaker, _, _ in _claims(text))


def test_the_accused_is_never_the_speaker_of_the_participle_after() -> None:
    text = "واتهم المتحدث باسم الجيش حركة حماس بخرق الهدنة، مؤكدا أن الجيش سيرد على أي هجوم."
    claims = _claims(text)
    assert [speaker for speaker, _, _ in claims] == ["المتحدث باسم الجيش", "المتحدث باسم الجيش"]
    assert claims[0][2] == "حركة حماس بخرق الهدنة"


def test_a_participle_after_a_cue_verb_with_no_statement_of_its_own() -> None:
    text = "حذر مدير الدفاع المدني، العقيد ماهر الزين، السكان، قائلا: “ابتعدوا عن مجاري السيول”."
    assert _claims(text) == [("ماهر الزين", "قائلا", "ابتعدوا عن مجاري السيول")]


def test_verbs_of_going_on_report_speech_only_before_a_colon() -> None:
    text = "وقال المدرب: “خسرنا أمام فريق أفضل”.\nوواصل: “سنعود أقوى”.\nواختتم: “شكرا للجماهير”.\n"
    assert [(cue, quote) for _, cue, quote in _claims(text)] == [
        ("وقال", "خسرنا أمام فريق أفضل"),
        ("وواصل", "سنعود أقوى"),
        ("واختتم", "شكرا للجماهير"),
    ]


def test_verbs_of_going_on_without_a_colon_are_no_speech() -> None:
    assert _claims("وواصل الجيش قصفه للمدينة رغم أن الهدنة سارية.") == []
    assert _claims("وواصلت القوات اقتحام البلدة “بحثا عن مطلوبين”.") == []


def test_a_verb_after_a_clause_about_the_question_goes_on_with_the_speaker() -> None:
    text = (
        "قال المتحدث باسم وزارة النقل سعيد الكبيسي إن الطريق سيفتح غدا.\n"
        "وعند سؤاله عن كلفة المشروع، أشار إلى أن الوزارة لم تحسمها بعد.\n"
    )
    assert _claims(text) == [
        ("سعيد الكبيسي", "قال", "الطريق سيفتح غدا"),
        ("سعيد الكبيسي", "أشار", "الوزارة لم تحسمها بعد"),
    ]


def test_the_saying_after_a_verb_of_doing() -> None:
    text = "قال رئيس النادي سالم العتيبي إن الموسم كان صعبا.\nوأتم بقوله “لا خلاف لدينا مع الجهاز الفني”.\n"
    assert _claims(text)[1] == ("سالم العتيبي", "بقوله", "لا خلاف لدينا مع الجهاز الفني")
    assert _claims("واكتفى المتحدث باسم الشرطة بقوله إن التحقيق جار.") == [
        ("المتحدث باسم الشرطة", "بقوله", "التحقيق جار")
    ]


def test_a_participles_object_may_open_with_a_word_in_quotation_marks() -> None:
    text = 'أكد مدير الشرطة سامر العلي عدم وجود إصابات، كاشفًا "قرب" افتتاح مركز جديد في المدينة.'
    assert _claims(text)[-1] == ("سامر العلي", "كاشفًا", '"قرب" افتتاح مركز جديد في المدينة')


def test_the_first_statement_goes_on_with_the_named_subject_of_the_lead() -> None:
    text = (
        "أشاد الدكتور ماجد الحربي وزير الصحة بجهود الكوادر الطبية خلال الأزمة.\n"
        "وقال خلال زيارته المستشفى المركزي الأحد “إننا فخورون بما قدمه الأطباء”.\n"
    )
    assert _claims(text) == [("ماجد الحربي", "وقال", "إننا فخورون بما قدمه الأطباء")]


def test_a_lead_with_no_named_subject_gives_the_statement_to_nobody() -> None:
    text = "أشادت الوزارة بجهود الكوادر الطبية.\nوقال خلال زيارته المستشفى “إننا فخورون بالأطباء”.\n"
    assert _claims(text) == []


def test_an_accuser_set_off_by_a_comma_and_the_narration_after_the_charge() -> None:
    text = "اتهمت رابطة أهالي المفقودين، قوات الأمن بإخفاء عشرات الشبان في السجن المركزي، وهو السجن الأكبر في البلاد."
    assert _claims(text) == [
        ("رابطة أهالي المفقودين", "اتهمت", "قوات الأمن بإخفاء عشرات الشبان في السجن المركزي"),
    ]


def test_a_denial_of_something_happening_after_a_name_and_its_role() -> None:
    text = "ونفى سالم الراشد، عضو المكتب السياسي للحركة حصول اشتباكات في المخيم."
    assert _claims(text) == [("سالم الراشد", "ونفى", "حصول اشتباكات في المخيم")]


def test_once_the_denial_is_read_the_verb_after_it_is_the_deniers() -> None:
    text = (
        "وقالت لجنة الأهالي إن عناصر من الميليشيا قتلت جرحى في المستشفى.\n"
        'في المقابل، نفى سامي الحسن، عضو القيادة في التحالف وقوع "مجازر" في المدينة.\n'
        "إلا أنه أوضح خلال تصريحات صحفية أن التحالف شكل لجنة تحقيق."
    )
    assert [speaker for speaker, _, _ in _claims(text)] == ["لجنة الأهالي", "سامي الحسن", "سامي الحسن"]


def test_the_speakers_own_words_after_a_preposition_name_no_source() -> None:
    text = "وقالت النائبة سلمى حداد إن “الحكومة فشلت في إدارة الملف”، وفق تعبيرها."
    assert _claims(text) == [("سلمى حداد", "وقالت", "الحكومة فشلت في إدارة الملف")]


def test_addressing_someone_after_the_verb_is_no_speaker() -> None:
    text = "وقالت النائبة سلمى حداد إن الميزانية غير كافية.\nوأضافت موجهة كلامها إلى الوزير: “عليكم مراجعة الأرقام”.\n"
    assert [speaker for speaker, _, _ in _claims(text)] == ["سلمى حداد", "سلمى حداد"]


def test_criticising_in_a_clause_after_qabla_an_goes_on_with_the_speaker() -> None:
    text = (
        "وقالت النائبة سلمى حداد إن الميزانية غير كافية، قبل أن تنتقد أداء عدد من الوزراء الذين "
        "“لم يقدموا أي مشروع قانون”.\n"
    )
    assert [(speaker, quote) for speaker, _, quote in _claims(text)] == [
        ("سلمى حداد", "الميزانية غير كافية"),
        ("سلمى حداد", "لم يقدموا أي مشروع قانون"),
    ]


def test_a_participle_after_a_connective_and_a_role_tied_to_its_party() -> None:
    text = "من جهتها، عبرت نائبة عن حزب الأحرار عن تقديرها لجهود الوزير، قائلة: “أنت أنقذت القطاع”."
    assert _claims(text) == [("نائبة عن حزب الأحرار", "قائلة", "أنت أنقذت القطاع")]


def test_a_state_accused_after_the_ministry_that_accuses() -> None:
    text = "واتهمت الوزارة دولة الجوار بتسليح الميليشيات عبر الحدود."
    assert _claims(text) == [("الوزارة", "واتهمت", "دولة الجوار بتسليح الميليشيات عبر الحدود")]
