"""Arabic extraction on shapes met in news the rules had not seen: nested quotation marks,
titles with an adjective of origin, sentences that hand over to another statement, "بين"
that is a preposition; speakers named once and then only by their role (a name before its
role, a name set off by commas after it, a bare role after an unnamed speaker);
accusations with the accused as object; participles, question clauses and verbs of going
on that continue a speaker.

Every sentence here was written for these tests in the style of Arabic news copy; none is
taken from the gold set.
"""

from __future__ import annotations

from claimgraph.extract import extract_claims
from claimgraph.extract.arabic import find_attributions
from claimgraph.extract.arabic_speakers import parse_arabic_mention


def _claims(text: str) -> list[tuple[str, str, str]]:
    """(speaker name, cue, quote) of every drafted claim."""
    ledger = extract_claims(text)
    names = {s.id: s.name for s in ledger.sources}
    return [(names[c.said_by], c.cue or "", c.quote or "") for c in ledger.claims]


def _spoken_and_relayed(text: str) -> list[tuple[str, list[str]]]:
    """(speaker name, names of the relays) of every drafted claim."""
    ledger = extract_claims(text)
    names = {s.id: s.name for s in ledger.sources}
    return [(names[c.said_by], [names[v] for v in c.via]) for c in ledger.claims]


def _quotes(text: str) -> list[str]:
    return [text[a.start : a.end] for a in find_attributions(text)]


def test_a_name_in_guillemets_inside_a_quotation_does_not_end_it() -> None:
    text = "وقال رئيس الاتحاد سامر حداد: «نشكر «اللجنة الأولمبية» على دعمها المتواصل للرياضيين»."
    assert _claims(text) == [("سامر حداد", "وقال", "نشكر «اللجنة الأولمبية» على دعمها المتواصل للرياضيين")]


def test_told_to_an_outlet_in_guillemets_set_apart_from_its_preposition() -> None:
    ledger = extract_claims("وقال الوزير خالد العلي لـ «بنا» إن المشروع سينتهي العام المقبل.")
    [claim] = ledger.claims
    names = {s.id: s.name for s in ledger.sources}
    assert (names[claim.said_by], [names[v] for v in claim.via]) == ("خالد العلي", ["بنا"])
    assert claim.quote == "المشروع سينتهي العام المقبل"


def test_a_title_and_an_adjective_of_origin_are_a_description_not_a_name() -> None:
    alone = parse_arabic_mention("الأمير الأردني")
    assert alone is not None and alone.name is None and alone.description == "الأمير الأردني"
    named = parse_arabic_mention("الملك المغربي محمد السادس")
    assert named is not None and named.name == "محمد السادس"


def test_the_description_resolves_to_the_person_named_before() -> None:
    text = (
        "قال الأمير القطري فهد بن علي إن الاستثمارات ستتضاعف هذا العام.\n\n"
        "وأكد الأمير القطري أن الشركات المحلية ستستفيد من الخطة."
    )
    assert [speaker for speaker, _, _ in _claims(text)] == ["فهد بن علي", "فهد بن علي"]


def test_indirect_speech_stops_where_the_next_sentence_speaks() -> None:
    text = (
        "وقال المتحدث باسم الشرطة إن الوضع هادئ في المدينة. إلا أنه أوضح أن التحقيق ما زال جاريا. "
        "إلى ذلك، اعتبر أن الإشاعات تضر بالتحقيق."
    )
    assert _quotes(text) == ["الوضع هادئ في المدينة", "التحقيق ما زال جاريا", "الإشاعات تضر بالتحقيق"]
    speakers = {speaker for speaker, _, _ in _claims(text)}
    assert speakers == {"المتحدث باسم الشرطة"}


def test_narration_after_a_statement_is_not_part_of_it() -> None:
    text = "وقال الوزير إن الأسعار ستنخفض. في المقابل، ارتفعت أسعار الخبز في الأسواق."
    assert _quotes(text) == ["الأسعار ستنخفض"]


def test_bayna_between_is_no_cue_but_bayyana_explained_is() -> None:
    text = (
        "وقال المحلل إن المعارك تدور بين الجيش والمتمردين. "
        "اندلعت اشتباكات بين الجيش وبين المتمردين أمس.\n\n"
        "وبين المحلل أن الهدنة لن تصمد."
    )
    assert _quotes(text) == ["المعارك تدور بين الجيش والمتمردين", "الهدنة لن تصمد"]


def test_a_participle_of_saying_with_an_object_is_a_statement_of_its_own() -> None:
    text = "وقال وزير المالية إن الاقتصاد ينمو بثبات، محذرا من تفاقم العجز في الموازنة، نافيا وجود أي نية لرفع الضرائب."
    assert _quotes(text) == [
        "الاقتصاد ينمو بثبات",
        "تفاقم العجز في الموازنة",
        "وجود أي نية لرفع الضرائب",
    ]
    assert {speaker for speaker, _, _ in _claims(text)} == {"وزير المالية"}


def test_a_participle_s_object_after_an_act_that_is_no_speech() -> None:
    text = "وكانت نقابة الأطباء أدانت الاعتداء على المستشفى، محذرة من انهيار الخدمات الصحية."
    assert _claims(text) == [("نقابة الأطباء", "محذرة", "انهيار الخدمات الصحية")]


def test_denying_what_the_other_side_announced_keeps_each_side_s_words_apart() -> None:
    """ "نافيةً بذلك ما أعلنه الجيش من أنه ...": the army's claim, never the movement's."""
    text = "أكدت الحركة أن مقاتليها لم يكونوا في الموقع، نافية بذلك ما أعلنه الجيش من أنه استهدف قادتها."
    assert _claims(text) == [
        ("الحركة", "أكدت", "مقاتليها لم يكونوا في الموقع"),
        ("الجيش", "أعلنه", "استهدف قادتها"),
    ]


def test_a_participle_with_a_demonstrative_object_says_nothing_of_its_own() -> None:
    text = "وقال المتحدث إن القوات انسحبت من البلدة، مؤكدا ذلك للمرة الثانية."
    assert _quotes(text) == ["القوات انسحبت من البلدة"]


def test_a_colon_after_adjuncts_only_continues_the_speaker() -> None:
    text = (
        "وقال مدرب الفريق إن اللاعبين قدموا مباراة كبيرة.\n\n"
        'وأضاف ردًا على سؤال حول الإصابات، بالقول: "سنستعيد المصابين قبل النهائي".'
    )
    assert _claims(text)[1] == ("مدرب الفريق", "وأضاف", "سنستعيد المصابين قبل النهائي")


def test_said_in_it_after_a_verb_with_no_subject_continues_the_speaker() -> None:
    text = "وقال رئيس النادي إن الموسم كان ناجحا.\n\nووجه كلمة للجماهير قال فيها: سنعود أقوى في الموسم المقبل."
    assert _claims(text)[1] == ("رئيس النادي", "قال", "سنعود أقوى في الموسم المقبل")


def test_said_in_it_after_a_relative_pronoun_is_no_guess() -> None:
    """ "في رسالتها، والتي أوردت فيها": the letter's author wrote it, not the sentence's subject."""
    text = "ردت الوزارة على المنظمة في رسالتها الأخيرة، والتي أوردت فيها بأنها راسلت خمسة مسؤولين في الوزارة."
    assert all(speaker != "الوزارة" for speaker, _, _ in _claims(text))


def test_a_subjectless_verb_after_the_other_side_s_unread_denial_is_the_deniers() -> None:
    """The denial's content is beyond the rules; the "إلا أنه أوضح" after it is the denier's,
    not the accuser's: the party the sentence turns to ("في المقابل، نفى سامي الحسن،"), flagged."""
    text = (
        "وقالت لجنة الأهالي إن عناصر من الميليشيا قتلت جرحى في المستشفى.\n"
        'في المقابل، نفى سامي الحسن، عضو القيادة في التحالف ارتكاب "مجازر" في المدينة.\n'
        "إلا أنه أوضح خلال تصريحات صحفية أن التحالف شكل لجنة تحقيق."
    )
    attributions = find_attributions(text)
    last = attributions[-1]
    assert text[last.start : last.end] == "التحالف شكل لجنة تحقيق"
    assert last.speaker is not None and last.speaker.name == "سامي الحسن" and last.review
    assert all(speaker != "لجنة الأهالي" for speaker, _, quote in _claims(text) if "لجنة تحقيق" in quote)


def test_the_same_speaker_under_another_mention_is_no_other_side() -> None:
    text = (
        "قال وزير الدفاع سامي الحسن إن الجيش استعاد البلدة.\n"
        "وأعلن الوزير في مؤتمر صحفي، اليوم، تحرير مناطق أخرى.\n"
        "وأشار إلى أن العمليات ستتواصل."
    )
    assert _claims(text)[-1] == ("سامي الحسن", "وأشار", "العمليات ستتواصل")


def test_answering_questions_is_the_manner_of_the_verb() -> None:
    text = "وقال وزير الخارجية مجيبا على أسئلة الصحفيين إن المفاوضات ستستأنف الأسبوع المقبل."
    assert _claims(text) == [("وزير الخارجية", "وقال", "المفاوضات ستستأنف الأسبوع المقبل")]


def test_a_name_before_its_role_in_construct_is_the_name() -> None:
    mention = parse_arabic_mention("الإسباني خوان مارتينيز مدرب الوحدة")
    assert mention is not None
    assert (mention.name, mention.role) == ("خوان مارتينيز", "مدرب الوحدة")


def test_a_first_name_that_is_also_a_role_noun_stays_in_the_name() -> None:
    mention = parse_arabic_mention("محمد أمين الزعبي")
    assert mention is not None and mention.name == "محمد أمين الزعبي" and mention.role is None


def test_the_role_alone_later_resolves_to_the_name_printed_before_it() -> None:
    text = (
        "انتقد الإسباني خوان مارتينيز مدرب الوحدة، أداء الحكام في مباراة الأمس.\n"
        "وقال مدرب الوحدة في المؤتمر الصحفي: “لم نحصل على ركلة جزاء واضحة”.\n"
    )
    assert _claims(text) == [("خوان مارتينيز", "وقال", "لم نحصل على ركلة جزاء واضحة")]


def test_the_role_alone_later_resolves_to_the_name_set_off_by_commas() -> None:
    text = (
        "وكان مدير دائرة الأرصاد، المهندس سامي الخطيب، قد زار المحطة صباح اليوم.\n\n"
        "وأوضح مدير الأرصاد: “الأمطار ستستمر حتى نهاية الأسبوع”.\n"
    )
    assert _claims(text) == [("سامي الخطيب", "وأوضح", "الأمطار ستستمر حتى نهاية الأسبوع")]


def test_two_people_with_the_role_leave_it_as_printed() -> None:
    text = "التقى خالد حسن مدرب النادي مع سعيد علي مدرب النادي السابق.\nوقال مدرب النادي: “الفريق جاهز للموسم”.\n"
    [(speaker, _, _)] = _claims(text)
    assert speaker == "مدرب النادي"


def test_a_bare_role_going_on_after_an_unnamed_speaker_is_that_speaker() -> None:
    text = (
        "قال أحد أعضاء لجنة التحقيق، خلال مؤتمر صحفي، إن الجسر لم يخضع للصيانة منذ سنوات.\n"
        "وأضاف المهندس أن الشركة المنفذة تجاهلت التحذيرات.\n"
        "وأكد المهندس أن اللجنة ستنشر تقريرها الأسبوع المقبل.\n"
    )
    claims = _claims(text)
    assert {speaker for speaker, _, _ in claims} == {"أحد أعضاء لجنة التحقيق"}
    assert [quote for _, _, quote in claims] == [
        "الجسر لم يخضع للصيانة منذ سنوات",
        "الشركة المنفذة تجاهلت التحذيرات",
        "اللجنة ستنشر تقريرها الأسبوع المقبل",
    ]


def test_a_bare_role_after_a_named_speaker_is_not_taken_for_them() -> None:
    text = "قال الوزير خالد العلي إن المشروع سينتهي قريبا.\nوأضاف المهندس أن الأعمال تسير وفق الجدول.\n"
    speakers = [speaker for speaker, _, _ in _claims(text)]
    assert speakers == ["خالد العلي", "المهندس"]


def test_an_object_statement_inside_another_is_its_subjects_relayed() -> None:
    ledger = extract_claims("وأشار المحامي إلى أن تقرير المعمل الجنائي أكد عدم وجود آثار للمتفجرات في السيارة.")
    names = {s.id: s.name for s in ledger.sources}
    [claim] = ledger.claims
    assert names[claim.said_by] == "تقرير المعمل الجنائي"
    assert claim.quote == "عدم وجود آثار للمتفجرات في السيارة"


def test_a_long_subject_of_one_noun_and_its_complements_is_read_inside_a_statement() -> None:
    ledger = extract_claims("وأضاف الدفاع أن تقرير الأدلة الجنائية بوزارة الداخلية أفاد أن الانفجار وقع ليلا.")
    names = {s.id: s.name for s in ledger.sources}
    [claim] = ledger.claims
    assert (names[claim.said_by], claim.quote) == ("تقرير الأدلة الجنائية بوزارة الداخلية", "الانفجار وقع ليلا")


def test_a_surname_that_looks_like_an_adjective_of_origin_stays_in_the_name() -> None:
    mention = parse_arabic_mention("ماجد الحربي وزير الصحة")
    assert mention is not None and (mention.name, mention.role) == ("ماجد الحربي", "وزير الصحة")


def test_a_headline_speaker_takes_the_name_the_body_gives_less_a_predicate() -> None:
    text = (
        "العلي غاضب: خسرنا بسبب أخطاء التحكيم الواضحة\n\nوقال مدرب الفريق سامي العلي إن “الحكم حرمنا من ركلة جزاء”.\n"
    )
    assert [speaker for speaker, _, _ in _claims(text)] == ["سامي العلي", "سامي العلي"]


def test_a_headline_speaker_two_body_speakers_could_be_is_left_as_printed() -> None:
    text = (
        "العلي غاضب: خسرنا بسبب أخطاء التحكيم الواضحة\n\n"
        "وقال مدرب الفريق سامي العلي إن “الحكم حرمنا من ركلة جزاء”.\n"
        "وقال رئيس النادي خالد العلي إن “الإدارة ستقدم شكوى”.\n"
    )
    assert _claims(text)[0][0] == "العلي غاضب"


def test_a_role_over_a_complement_with_an_attached_pronoun() -> None:
    mention = parse_arabic_mention("المدير الفني لمنتخباتنا الوطنية سامي النعيمي")
    assert mention is not None
    assert (mention.name, mention.role) == ("سامي النعيمي", "المدير الفني لمنتخباتنا الوطنية")


def test_a_first_name_opening_with_lam_is_still_a_name() -> None:
    mention = parse_arabic_mention("المتحدث الرسمي لطفي الزعبي")
    assert mention is not None and mention.name == "لطفي الزعبي"


def test_an_agency_cited_in_the_occasion_relays_the_speaker_it_does_not_replace() -> None:
    ledger = extract_claims(
        "وأوضح المتحدث باسم الوزارة، في بيان أورده موقع التلفزيون الرسمي، نقلاً عن وكالة الأنباء الوطنية، "
        "أن «الطريق سيفتح غدا»."
    )
    names = {s.id: s.name for s in ledger.sources}
    [claim] = ledger.claims
    assert names[claim.said_by] == "المتحدث باسم الوزارة"
    assert [names[v] for v in claim.via] == ["وكالة الأنباء الوطنية"]


def test_an_official_cited_by_a_paper_still_speaks_through_it() -> None:
    ledger = extract_claims("وذكرت صحيفة الأيام، نقلا عن مسؤول أمني، أن المعبر سيغلق.")
    names = {s.id: s.name for s in ledger.sources}
    [claim] = ledger.claims
    assert names[claim.said_by] == "مسؤول أمني"


def test_of_the_general_staff_belongs_to_the_rank_not_the_name() -> None:
    mention = parse_arabic_mention("اللواء أركان حرب سامي عنان")
    assert mention is not None and mention.name == "سامي عنان"


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


def test_a_deed_denied_before_any_opens_the_object_not_the_speaker() -> None:
    text = "نفت وزارة الدفاع في العاصمة تنفيذ أي هجوم على المنطقة الحدودية."
    assert _claims(text) == [("وزارة الدفاع في العاصمة", "نفت", "تنفيذ أي هجوم على المنطقة الحدودية")]


def test_quoting_a_source_with_no_comma_and_the_verb_after_goes_on_with_the_one_quoting() -> None:
    text = (
        "وقالت الهيئة نقلا عن محامين إن بين الموقوفين نساء وأطفالا.\n"
        "وتابعت أن الحكومة تحتجز مئات الأشخاص في مراكز سرية.\n"
    )
    assert [speaker for speaker, _, _ in _claims(text)] == ["محامين", "الهيئة"]


def test_the_speakers_own_first_person_verb_after_the_cue_is_no_subject() -> None:
    text = "وقال النائب سامي الحسن إن اليوم كان حزينا.\nواضاف نعتقد انهم اخطأوا خطأ فادحا بإقرار القانون.\n"
    assert [speaker for speaker, _, _ in _claims(text)] == ["سامي الحسن", "سامي الحسن"]


def test_a_role_in_construct_runs_over_a_bare_noun_to_the_chains_definite_end() -> None:
    text = 'وقالت رئيسة بعثة اللجنة الدولية في سوريا ماريان غاسر إن "القتال سيسبب المزيد من المعاناة".\n'
    assert [speaker for speaker, _, _ in _claims(text)] == ["ماريان غاسر"]


def test_a_long_role_and_a_name_opening_the_sentence_before_its_verb() -> None:
    text = 'عنوان الخبر هنا\nرئيسة بعثة اللجنة الدولية في سوريا ماريان غاسر قالت: "القتال سيسبب المزيد من المعاناة".\n'
    assert _claims(text) == [("ماريان غاسر", "قالت", "القتال سيسبب المزيد من المعاناة")]


def test_a_body_named_with_what_it_is_for_keeps_it_in_its_name() -> None:
    text = (
        "طالبت اللجنة الدولية للصليب الأحمر، الأربعاء، بالسماح بنقل المساعدات إلى المدينة، "
        "محذرة من أن القادم أسوأ في المدينة.\n"
    )
    assert _claims(text) == [("اللجنة الدولية للصليب الأحمر", "محذرة", "القادم أسوأ في المدينة")]


def test_a_denial_by_verbal_noun_with_its_pronoun_is_the_subjects() -> None:
    text = "واكتفى الوزير سامي الحسن بنفيه أن تكون الحكومة قد هددت النواب.\n"
    assert _claims(text) == [("سامي الحسن", "بنفيه", "تكون الحكومة قد هددت النواب")]


def test_ali_spelled_with_ya_after_a_role_is_a_name_not_the_preposition() -> None:
    text = (
        "وقال النائب سامي الحسن إن الجلسة كانت صعبة.\n"
        'وتدخّل النائب علي حسين رداً على الحسن، قائلاً: "لا يجوز هذا الكلام في المجلس".\n'
    )
    assert [speaker for speaker, _, _ in _claims(text)] == ["سامي الحسن", "علي حسين"]


def test_what_the_speaker_himself_called_it_after_a_participle_is_his() -> None:
    text = (
        "قال الناطق باسم القائد العام للجيش الوطني اللواء سامي الحسن أن "
        "التفاوضات التي قامت بها قيادة الجيش لإعادة استئناف إنتاج النفط جاءت "
        "بناء على تفويض الشعب الليبي للمشير حفتر للتوصل إلى حل للأزمة الراهنة.\n"
        "وتحدث الحسن عن أن بعض الأطراف تحاول عرقلة التوصل إلى حل للأزمة الليبية "
        "مستشهدا “ببيان رئيس المؤسسة الوطنية للنفط خالد يوسف” كأحد المعرقلين "
        "حسب قوله، مشيرا إلى ما وصفها بـ “فئة قليلة من الليبيين مدعومة من "
        "مخابرات خارجية” تعرقل الوصول إلى حل.\n"
    )
    assert [speaker for speaker, _, _ in _claims(text)] == ["سامي الحسن", "سامي الحسن"]


def test_a_denial_of_others_accusations_keeps_them_as_its_object() -> None:
    """ "نفى المكتب … الاتهامات التي روجها بعض المغرضين بأنها أساءت …": what follows "بأنها" is the
    accusers' claim; the office's statement is the denial of the accusations, from that noun on."""
    text = "ونفى المكتب الإعلامي للنائبة سارة العلي الاتهامات التي روجها بعض المغرضين بأنها أساءت إلى الضحايا."
    [(speaker, cue, quote)] = _claims(text)
    assert (cue, quote) == ("ونفى", "الاتهامات التي روجها بعض المغرضين بأنها أساءت إلى الضحايا")
    assert "المكتب الإعلامي" in speaker


def test_a_statement_attributed_to_someone_is_theirs_not_the_outlets_that_carried_it() -> None:
    text = (
        "نقلت وسائل إعلام محلية عن الوكالة خبرا ورد فيه تصريح منسوب لوزير الدفاع خالد العلي، "
        "قال فيه إنه تلقى خطابا رسميا من الحكومة."
    )
    assert _claims(text) == [("خالد العلي", "قال", "تلقى خطابا رسميا من الحكومة")]


def test_a_statement_named_with_its_author_before_which_speaks_in_it() -> None:
    text = "وانتقد الوزير تصريح الطبطبائي الذي وصف فيه رئيس الحكومة بأنه سائق باص."
    assert _claims(text) == [("الطبطبائي", "وصف", "سائق باص")]


def test_the_accused_straight_after_an_accusing_verb_is_never_its_speaker() -> None:
    """ "تصريحات نسبها لمناوي تتهم القوات بـ”احتجاز النساء”": the statements accuse; the forces are
    the accused, never the speaker of the charge."""
    text = "وجاء ذلك ردا على تصريحات نسبها للقائد تتهم القوات بـ”احتجاز النساء والأطفال”."
    assert all(not speaker.startswith("القوات") for speaker, _cue, _quote in _claims(text))


def test_a_surname_alone_with_the_object_read_on_is_the_person_named_in_full_before() -> None:
    """ "ووصف الشلاه هذه التصريحات بالـ"نكتة"": the surname of "علي الشلاه", the object after it; a
    first name shared with another's surname ("عباس كامل" after "محمود عباس") is someone else."""
    text = (
        "وقال النائب علي الشلاه إن الجلسة لم تكتمل.\n"
        "ووصف الشلاه هذه التصريحات بأنها نكتة لا تستحق الرد.\n"
        "واتهم الشلاه الإعلاميين بأنهم ينقلون الأخبار دون تدقيق.\n"
    )
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["علي الشلاه"] * 3
    text = "وقال الرئيس محمود عباس إن المفاوضات متوقفة.\nوقال عباس كامل إن الوفد سيصل غدا.\n"
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["محمود عباس", "عباس كامل"]


def test_what_is_demanded_or_charged_after_the_verb_is_never_its_speaker() -> None:
    """ "ويطالب بتحقيق عاجل: “…”", "واتهمت بعض الفرق ب”استخدام …”": the object after the verb (the
    demand, the accused and the charge) is no subject; a name with ب ("بشار") still speaks."""
    text = (
        "الزوراء يهاجم الاتحاد ويطالب بتحقيق عاجل: “العدالة مهددة”\n"
        "واتهمت بعض الفرق ب”استخدام الأموال للتأثير على النتائج”.\n"
    )
    assert all(not speaker.startswith(("بتحقيق", "بعض")) for speaker, _cue, _quote in _claims(text))
    assert _claims("وطالب بشار الأسد بوقف القتال فورا: “لا بد من التهدئة”.")[0][0] != "القتال"


def test_criticising_as_a_participle_continues_the_subject() -> None:
    """ "ودعت الهيئة إلى مراجعة شاملة …، منتقدة ما وصفته ب”…”": the call's object, then the
    criticism, both the body's; the body never runs on into the call's object."""
    text = "ودعت الهيئة إلى مراجعة شاملة لعمل اللجان، منتقدة ما وصفته ب”تباين واضح في تطبيق العقوبات”."
    claims = _claims(text)
    assert [speaker for speaker, _cue, _quote in claims] == ["الهيئة", "الهيئة"]
    assert claims[1][1:] == ("منتقدة", "تباين واضح في تطبيق العقوبات")


def test_the_object_after_a_role_is_no_name_before_a_participle() -> None:
    """ "ونقلت المحافظ تحيات فخامة الرئيس، مؤكدة أنه …": the governor, met before by name, then
    the verb's object ("تحيات", greetings: no given name), not a governor called "تحيات فخامة"."""
    text = "أكدت المحافظ ليلى حداد أن المدينة بخير.\nونقلت المحافظ تحيات فخامة الرئيس، مؤكدة أنه يهتم بأدق التفاصيل.\n"
    assert [name for name, _cue, _quote in _claims(text)] == ["ليلى حداد", "ليلى حداد"]


def test_according_to_with_a_drawn_out_lam_names_the_source_alone() -> None:
    """ "ووفقا لـ الجيش، …", "ووفقا لـ«الجيش»، …", "ووفقا لـالجيش، …": the preposition drawn out with a
    tatweel, apart from the name or joined to it, is no part of the source's name."""
    for printed in ("لـ الجيش", "لـ«الجيش»", "لـالجيش", "للجيش"):
        text = f"ووفقا {printed}، فإن الوضع هادئ في المدينة.\n"
        assert _claims(text) == [("الجيش", "ووفقا", "الوضع هادئ في المدينة")], printed


def test_a_subject_before_its_verb_relays_the_source_it_cites() -> None:
    """ "وكان موقع "الوطن" قد أورد … نقلا عن المسؤول الزعم بأن …", "وكانت الوكالة قد ذكرت نقلا عن
    مصدر أمني أن …": the source cited speaks, the subject before the verb relays it; "نقلا عن …"
    is never a speaker's name."""
    for text, speaker, relay in (
        (
            'وكان موقع "الوطن" السعودي قد أورد في وقت مبكر من اليوم ذاته نقلا عن الوزير الزعم بأن المعبر أغلق.',
            "الوزير",
            "موقع الوطن السعودي",
        ),
        ("وكانت وكالة سبأ قد ذكرت نقلا عن مصدر أمني أن القوات انسحبت من المدينة.", "مصدر أمني", "وكالة سبأ"),
    ):
        ledger = extract_claims(text)
        names = {s.id: s.name for s in ledger.sources}
        [claim] = ledger.claims
        assert (names[claim.said_by], [names[v] for v in claim.via]) == (speaker, [relay]), text


def test_a_reply_or_a_topic_set_before_a_verb_with_no_subject_goes_on_with_the_speaker() -> None:
    """ "وفي معرض رده على سؤال عن …، قال: «…»", "وعن الوعود التي … قال: "…"", "وحول …، قال": the
    speaker's own reply, or the topic he turns to; the verb goes on with him."""
    text = (
        "وقال مدرب الرائد محمد الشهري إن الفريق قدم مباراة كبيرة.\n"
        "وفي معرض رده على سؤال عن سبب عدم الاستعانة باللاعب، قال: «لم تكن لديه رغبة في المشاركة».\n"
        'وعن الوعود التي لم يف بها رئيس الاتحاد قال: "صحيح ونقلناه للهيئة".\n'
        'وحول مستقبل الفريق، قال: "نحن نعمل بجد".\n'
    )
    assert [name for name, _cue, _quote in _claims(text)] == ["محمد الشهري"] * 4


def test_a_role_and_a_name_before_an_indefinite_object_end_at_the_family_name() -> None:
    """ "وجه النائب يوسف الفضالة انتقادات حادة …، معتبرا أن …": the deputy Yusuf al-Fadala, not
    "Yusuf" alone nor "… انتقادات حادة"; a family name with no "ال" stays ("علي فياض")."""
    for name in ("يوسف الفضالة", "علي فياض", "أحمد الكندري"):
        text = f"وجه النائب {name} انتقادات حادة الى الحكومة، معتبرا ان هناك انحرافا في العمل.\n"
        assert [speaker for speaker, _cue, _quote in _claims(text)] == [name], name


def test_a_second_body_after_the_first_ones_name_is_the_verbs_object() -> None:
    """ "واتهمت حركة فتح أجهزة أمن حماس باعتقال …": Fatah accuses; Hamas's security services are
    the accused, no part of the speaker's name."""
    [(speaker, _cue, quote)] = _claims("واتهمت حركة فتح أجهزة أمن حماس باعتقال أكثر من 500 من عناصرها.\n")
    assert speaker == "حركة فتح" and quote.startswith("أجهزة أمن حماس")


def test_a_statement_that_only_reports_another_ones_claim_keeps_it_whole() -> None:
    """ "وقال المتحدث سامي حداد: لقد زعمت صحيفة … أن …": what the spokesman said is the claim he
    reports, whole, not the particle "لقد"; the newspaper's claim is its own, nested, and the
    agency that relays it ("وذلك بحسب ما أفادت وكالة …") is no part of either."""
    claims = _claims(
        "وقال المتحدث باسم الوزارة سامي حداد: لقد زعمت صحيفة الغد في مقال لها أن الوزير عقد اجتماعا سريا "
        "مع الصحفيين يوم الخميس وذلك بحسب ما أفادت وكالة الأنباء الرسمية.\n"
    )
    said = {speaker: quote for speaker, _cue, quote in claims}
    assert said["سامي حداد"].startswith("لقد زعمت صحيفة الغد في مقال لها أن الوزير")
    assert said["سامي حداد"].endswith("مع الصحفيين يوم الخميس")
    assert said["صحيفة الغد"] == "الوزير عقد اجتماعا سريا مع الصحفيين يوم الخميس"


def test_a_reply_or_context_opener_set_off_before_a_verb_goes_on_with_the_speaker() -> None:
    """ "وردًا على تهديدات الترانسفير، شدد على رفض …", "وفي هذا السياق، قال إن …", "ومن جهة أخرى، أشار
    إلى أن …": what is answered, or the context, then a verb with no subject of its own: the
    speaker before goes on, whatever is answered and whether the verb takes "أن" or an object."""
    opening = "أكد الوزير محمد المومني أن الأردن ثابت على موقفه.\n"
    for sentence, quote in (
        (
            "وردًا على تهديدات الترانسفير، شدد على رفض الأردن القاطع لأي حديث عن الترحيل.",
            "رفض الأردن القاطع لأي حديث عن الترحيل",
        ),
        ("وفي هذا السياق، قال إن الأردن يرفض التهجير.", "الأردن يرفض التهجير"),
        ("ومن جهة أخرى، أشار إلى أن الأردن يرفض التهجير.", "الأردن يرفض التهجير"),
        ("وردا على التهديدات، أكد أن الأردن يرفض التهجير.", "الأردن يرفض التهجير"),
    ):
        claims = _claims(opening + sentence + "\n")
        assert claims[-1][0] == "محمد المومني" and claims[-1][2] == quote, sentence


def test_the_speakers_own_talk_after_the_subject_is_no_part_of_the_name() -> None:
    """ "واختتم مدرب الأهلي تصريحاته قائلا: …", "وختم الوزير كلمته بالتأكيد على أن …": his statements,
    his speech, the verb's object; the speaker is the coach, the minister."""
    [(speaker, _cue, _quote)] = _claims('واختتم مدرب الأهلي تصريحاته قائلا: "النتيجة قاسية".\n')
    assert speaker == "مدرب الأهلي"
    [(speaker, _cue, _quote)] = _claims("وختم الوزير كلمته بالتأكيد على أن الأردن ثابت على موقفه.\n")
    assert speaker == "الوزير"


def test_a_second_office_and_its_holder_set_off_after_the_first_is_who_speaks() -> None:
    """ "قال مبعوث الرئيس الروسي، نائب وزير الخارجية الروسي ميخائيل بوغدانوف في اتصال هاتفي …": two
    offices and the holder's name, then where he spoke: Bogdanov speaks. A place set off after the
    office ("، في المؤتمر الصحفي عقب اللقاء،") names no one."""
    [(speaker, _cue, quote)] = _claims(
        "قال مبعوث الرئيس الروسي الى الشرق الاوسط، نائب وزير الخارجية الروسي ميخائيل بوغدانوف "
        'في اتصال هاتفي: "لم أتحدث لأية صحيفة".\n'
    )
    assert (speaker, quote) == ("ميخائيل بوغدانوف", "لم أتحدث لأية صحيفة")
    [(speaker, _cue, _quote)] = _claims(
        "قال الوزير الأول، وزير المالية أيمن بن عبد الرحمان في مؤتمر صحفي إن الوضع خطير.\n"
    )
    assert speaker == "أيمن بن عبد الرحمان"
    [(speaker, _cue, _quote)] = _claims('وقال مدرب كندا، في المؤتمر الصحفي عقب اللقاء، إن: "الجماهير خرجت راضية".\n')
    assert speaker == "مدرب كندا"


def test_a_name_goes_on_past_bin_before_the_denied_object() -> None:
    """ "نفى الأمير السعودي الوليد بن طلال، ما يدور …": the prince is "الوليد بن طلال"; "بن طلال" is
    no part of what he denied."""
    [(speaker, _cue, quote)] = _claims(
        "نفى الأمير السعودي الوليد بن طلال، ما يدور بشأن سيطرة اللبنانيين على المناصب.\n"
    )
    assert (speaker, quote) == ("الوليد بن طلال", "ما يدور بشأن سيطرة اللبنانيين على المناصب")


def test_a_headline_name_before_its_verb_is_kept_when_the_body_quotes_that_name() -> None:
    """ "الوليد بن طلال ينفي …" as a title: a name alone before an imperfect cue speaks when the body
    quotes him; with nobody of that name quoted below, the title is no statement."""
    text = (
        "الوليد بن طلال ينفي سيطرة اللبنانيين على المناصب القيادية\n"
        "نفى الأمير السعودي الوليد بن طلال، ما يدور بشأن المناصب.\n"
    )
    claims = _claims(text)
    assert claims[0][:2] == ("الوليد بن طلال", "ينفي")
    text = "سامي علي ينفي سيطرة اللبنانيين على المناصب القيادية\nقال الوزير إن الوضع مستقر.\n"
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["الوزير"]


def test_a_headlines_second_subject_and_verb_end_the_first_statement() -> None:
    """ "أبو عبيدة يعلن مقتل رهينة …، والجيش الإسرائيلي يقول …": the first speaker's words end where
    the second party's clause begins, never run into the other side's."""
    text = (
        "أبو عبيدة يعلن مقتل رهينة وإصابة اثنين في غزة، والجيش الإسرائيلي يقول إنه لا يوجد دليل\n"
        "وقال أبو عبيدة إن رهينة قتلت.\n"
    )
    claims = _claims(text)
    assert claims[0] == ("أبو عبيدة", "يعلن", "مقتل رهينة وإصابة اثنين في غزة")


def test_a_headline_naming_a_body_is_the_one_speaker_below_whose_role_names_it() -> None:
    """ "الغرف التجارية: …" over "قال عادل ناصر، سكرتير عام اتحاد الغرف التجارية، إن …": the title
    names the body the one quoted speaks for; it is his, and a title naming no one below is dropped."""
    text = (
        "الغرف التجارية: لا زيادة في الأسعار بعد رفع الرواتب والمعاشات\n"
        "قال عادل ناصر، سكرتير عام اتحاد الغرف التجارية، إن حزمة القرارات ستفيد المواطنين.\n"
    )
    assert _claims(text)[0] == ("عادل ناصر", ":", "لا زيادة في الأسعار بعد رفع الرواتب والمعاشات")
    text = "الغرف الزراعية: لا زيادة في الأسعار بعد رفع الرواتب\nقال الوزير إن حزمة القرارات ستفيد المواطنين.\n"
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["الوزير"]


def test_through_it_and_implicitly_name_no_speaker() -> None:
    """ "نشر "النصر" بياناً عبر حسابه في "تويتر" أكد من خلاله أن …": the statement's issuer speaks
    through it (the platform after "في" is where, not who); "قال ضمنيا إن": how, not who."""
    [(speaker, _cue, quote)] = _claims(
        'ونشر "النصر" بياناً توضيحياً عبر حسابه في "تويتر" أكد من خلاله أنه لم يطرح خيار تأجيل المباراة.\n'
    )
    assert (speaker, quote) == ("النصر", "لم يطرح خيار تأجيل المباراة")
    claims = _claims("وقال الوزير ضمنيا إن الوضع مستقر.\n")
    assert claims == [("الوزير", "وقال", "الوضع مستقر")]


def test_a_headline_name_is_the_fullest_of_the_names_below_that_hold_it() -> None:
    """ "كونا توضح …" over a body naming "وكالة الأنباء الكويتية الرسمية (كونا)" and "كونا": one
    agency under two names, the headline given the fuller one."""
    text = (
        "كونا توضح حقيقة خبر انسحاب القوات الأمريكية من الكويت\n"
        "قالت وكالة الأنباء الكويتية الرسمية كونا إن الخبر غير صحيح.\n"
        "وأضافت كونا أن القوات باقية.\n"
    )
    assert _claims(text)[0][0] == "وكالة الأنباء الكويتية الرسمية كونا"


def test_a_relay_set_off_after_the_speaker_is_no_part_of_its_name() -> None:
    """ "وأكد السفير، بحسب البيان، …": the ambassador speaks, as the statement reports, never a
    speaker called "بحسب البيان"; "مصعب حامد بحسب الشروق" is Musab Hamid; "حسب النبي محمود"
    stays a name."""
    assert _claims("وأكد السفير، بحسب البيان، استمرار البعثة في القيام بمهامها.\n") == [
        ("السفير", "وأكد", "استمرار البعثة في القيام بمهامها")
    ]
    assert _claims("وكشف مصعب حامد بحسب الشروق أن القوة تحركت من كسلا.\n")[0][0] == "مصعب حامد"
    assert _claims("ونفى حسب النبي محمود حصول مجازر في المدينة.\n")[0][0] == "حسب النبي محمود"


def test_a_denial_of_what_another_party_made_known_is_the_deniers_statement() -> None:
    """ "نفت مصر، الاثنين، ما أعلنه الجيش السوداني بشأن …": Egypt denies what the army announced;
    the object opens at "ما" (it had been dropped for holding another's verb)."""
    assert _claims("نفت مصر، الاثنين، ما أعلنه الجيش السوداني، بشأن مقتل مساعد ملحقها العسكري.\n") == [
        ("مصر", "نفت", "ما أعلنه الجيش السوداني، بشأن مقتل مساعد ملحقها العسكري")
    ]
    assert _claims("ونفى المتحدث باسم الوزارة ما تداولته بعض الصفحات عن وفاة سيدة.\n")[0][2] == (
        "ما تداولته بعض الصفحات عن وفاة سيدة"
    )


def test_an_honorific_pronoun_is_the_person_who_spoke_before() -> None:
    """ "وأكد معاليه أن …" ("His Excellency stressed"): the minister quoted before, never a speaker
    called "معاليه"; with nobody before it, no guess."""
    claims = _claims("وقال وزير الصحة أحمد السعيدي إن الرسوم زهيدة.\nوأكد معاليه أن المراجعة تأخرت سنوات.\n")
    assert [speaker for speaker, _cue, _quote in claims] == ["أحمد السعيدي", "أحمد السعيدي"]
    assert _claims("وأكد معاليه أن المراجعة تأخرت سنوات.\n") == []


def test_the_speakers_own_pleading_after_the_name_is_no_part_of_it() -> None:
    """ "وأكد المحامي عز المساعيد بمرافعته أن …": "in his pleading" says how he spoke."""
    assert _claims("وأكد المحامي عز المساعيد بمرافعته أن الشركات حصلت على تصنيفات عالمية.\n") == [
        ("عز المساعيد", "وأكد", "الشركات حصلت على تصنيفات عالمية")
    ]


def test_a_rank_before_a_name_is_no_part_of_the_body_a_role_speaks_for() -> None:
    """ "الناطق الرسمي بإسم الشرطة اللواء د.هاشم علي": the police's spokesman, Hashim Ali (the body had
    been "الشرطة اللواء", police-major-general, and the name kept the doctor's "د.")."""
    mention = parse_arabic_mention("الناطق الرسمي بإسم الشرطة اللواء د.هاشم علي عبدالرحيم")
    assert mention is not None
    assert (mention.name, mention.organisation) == ("هاشم علي عبدالرحيم", "الشرطة")


def test_what_a_verb_describes_is_its_object_and_no_speaker() -> None:
    """ "ووصفت ما يُتداول بأنه “مجرد شائعات”": the ministry that spoke before describes "what is
    circulating"; "ما يُتداول" is no speaker (it had been drafted as one)."""
    claims = _claims(
        "وأكدت الوزارة في بيان أنها لم تتوصل بأي تقرير رسمي، ووصفت ما يُتداول بأنه “مجرد شائعات لا تستند إلى أي أساس”.\n"
    )
    assert [speaker for speaker, _cue, _quote in claims] == ["الوزارة", "الوزارة"]


def test_and_goes_on_with_a_roles_complement_up_to_the_holders_name() -> None:
    """ "وزير التجارة وترقية الصادرات الطيب زيتوني": the Minister of Trade and Export Promotion,
    Tayeb Zitouni (the name had been "وترقية الصادرات الطيب زيتوني"); a role whose "and" reaches no
    name is a role alone; "وليد" opens a name itself."""
    read = {
        text: (mention.name, mention.role)
        for text in (
            "وزير التجارة وترقية الصادرات الطيب زيتوني",
            "مدير إدارة الشرق الأوسط واسيا الوسطى في صندوق النقد الدولي الدكتور مسعود احمد",
            "المتحدث باسم الوزارة وليد خالد",
        )
        if (mention := parse_arabic_mention(text)) is not None
    }
    assert [name for name, _role in read.values()] == ["الطيب زيتوني", "مسعود احمد", "وليد خالد"]
    lawyer = parse_arabic_mention("محامي أحد المتهمين في قضية الفتنة واستهداف أمن الأردن")
    assert lawyer is not None and lawyer.unnamed


def test_a_la_complement_in_construct_is_part_of_the_role() -> None:
    """ "مدرب الوداد البيضاوي لكرة القدم، الحسين عموتة،": the Wydad football coach, Hussein
    Amouta (the speaker had been "لكرة القدم", "for football"); a given name opening with ل
    ("لطفي الخطيب") still opens the name."""
    coach = parse_arabic_mention("مدرب الوداد البيضاوي لكرة القدم")
    assert coach is not None and coach.name is None and coach.role == "مدرب الوداد البيضاوي لكرة القدم"
    [(speaker, cue, _content)] = _claims(
        "نفى مدرب الوداد البيضاوي لكرة القدم، الحسين عموتة، الأخبار التي راجت مفادها أنه هو من يقف وراء القرار.\n"
    )
    assert speaker.endswith("الحسين عموتة") and cue == "نفى"
    named = parse_arabic_mention("المتحدث باسم الحركة لطفي الخطيب")
    assert named is not None and named.name == "لطفي الخطيب"


def test_a_given_name_written_with_the_article_opens_the_holders_name() -> None:
    """ "وزير العدل الطيب لوح": the Minister of Justice, Tayeb Louh (the role had run on over
    "الطيب", a given name written with the article); "الأمين العام" stays a role."""
    minister = parse_arabic_mention("وزير العدل الطيب لوح")
    assert minister is not None and (minister.name, minister.role) == ("الطيب لوح", "وزير العدل")
    secretary = parse_arabic_mention("الأمين العام للحزب")
    assert secretary is not None and secretary.name is None


def test_those_a_speaker_describes_speak_no_statement_of_their_own() -> None:
    """ "…، كما ادعى من وصفهم بـ«فلول النظام السابق». وأوضح كذلك أن …": "as claimed by those he
    described as remnants of the old regime" reports a claim the speaker denies; no speaker "من
    وصفهم بـ", and the verb after it goes on with the one speaking (it had been given to them)."""
    claims = _claims(
        "وأكد يوسف عزت أن قوات الدعم السريع لا يمكن أن تنشر فيديو مصنوعًا لقائدها بواسطة الذكاء "
        "الاصطناعي، كما ادعى من وصفهم بـ«فلول النظام السابق».\n"
        "وأوضح كذلك أن قوات الدعم السريع مستعدة للتعاون مع أي تحقيق.\n"
    )
    assert [speaker for speaker, _cue, _content in claims] == ["يوسف عزت", "يوسف عزت"]


def test_a_body_opening_definite_ends_before_a_bare_noun() -> None:
    """ "وطالب المكتب التنفيذي للحزب الحاكم أحزاب منسقية المعارضة بالرجوع إلى …": the ruling party's
    executive office; "أحزاب" after a definite word opens the verb's object (the body's name had run
    on to "… بالرجوع إلى"); a complement joined by ل goes on ("الحركة الشعبية لتحرير السودان")."""
    office = parse_arabic_mention("المكتب التنفيذي للحزب الحاكم أحزاب منسقية المعارضة بالرجوع إلى")
    assert office is not None and office.name == "المكتب التنفيذي للحزب الحاكم"
    movement = parse_arabic_mention("الحركة الشعبية لتحرير السودان")
    assert movement is not None and movement.name == "الحركة الشعبية لتحرير السودان"


def test_honorifics_and_a_place_after_a_role_are_no_name() -> None:
    """ "وقال معالي الوزير": "His Excellency" is a form of address, and "the minister" is who
    spoke (the speaker had been "معالي"); "محافظ عجلون عادل الروسان": the governor of Ajloun,
    Adel al-Rousan (the name had been "عجلون عادل الروسان"); "الخارجية ترد على الجزائر" is no name
    opening with "علي"."""
    minister = parse_arabic_mention("معالي الوزير")
    assert minister is not None and minister.name is None and minister.description == "الوزير"
    governor = parse_arabic_mention("محافظ عجلون عادل الروسان")
    assert governor is not None and (governor.name, governor.role) == ("عادل الروسان", "محافظ عجلون")
    ministry = parse_arabic_mention("الخارجية ترد على الجزائر", noun_phrase=True)
    assert ministry is None or "على" not in (ministry.name or "")


def test_the_mp_is_the_member_of_parliament_named_before() -> None:
    """ "وقالت عضو مجلس النواب إقبال عبد الحسين … وأوضحت النائبة أن …": "the MP" is the member of
    parliament named before (she had stood as a speaker of her own, "النائبة")."""
    claims = _claims(
        "وقالت عضو مجلس النواب إقبال عبد الحسين في بيان إن الوزراء استغلوا الظروف.\n"
        "وأوضحت النائبة أن رئيس الوزراء المكلف يجب أن يصدر أوامر بمنع سفر جميع الوزراء.\n"
    )
    assert [speaker for speaker, _cue, _content in claims] == ["إقبال عبد الحسين", "إقبال عبد الحسين"]


def test_the_subject_before_qad_goes_on_with_the_coordinated_cue() -> None:
    """ "وكان المتحدث قد تحدث في مؤتمر صحفي … وقال إن …": the subject stands between "كان" and
    "قد" and speaks with "وقال"; "قد تحدث في مؤتمر صحفي …" (the verb and its adjuncts) was read
    as the speaker's name."""
    claims = _claims(
        "نفت النقابة أي علاقة لها بالأحداث.\n"
        "وكان المتحدث باسم الشرطة قد تحدث في مؤتمر صحفي أول أمس الخميس عن الوقفة وقال إنها لم تكن مرخصة.\n"
    )
    assert claims[-1] == ("المتحدث باسم الشرطة", "وقال", "لم تكن مرخصة")


def test_a_paragraph_that_is_only_a_quotation_goes_on_with_the_speaker_before() -> None:
    """ "و أضاف: "…" / "…". ": a paragraph of one quotation, with no cue, right after a statement
    whose speaker is known, is that speaker going on; a quotation with no full stop at all is a
    crosshead over the section below, and a short quoted term is no speech."""
    claims = _claims(
        'و قال المدرب سامي الطرابلسي في الندوة الصحفية: "عرفنا كيف نناقش المباراة والهدف الأول أراحنا كثيرا".\n\n'
        '"العلاقة بين الناديين فيها محبة كبيرة والجمهور كان رائعا اليوم".\n\n'
        '"الجمهور يصنع الفارق في المباريات الكبرى"\n\n'
        '"مبروك".\n'
    )
    assert claims == [
        ("سامي الطرابلسي", "و قال", "عرفنا كيف نناقش المباراة والهدف الأول أراحنا كثيرا"),
        ("سامي الطرابلسي", "", "العلاقة بين الناديين فيها محبة كبيرة والجمهور كان رائعا اليوم"),
    ]


def test_a_topic_set_before_the_verb_with_the_conjunction_printed_apart_is_no_speaker() -> None:
    """ "و بخصوص نهائي رادس قال: "…"": "and regarding the Rades final" is what he speaks about,
    the conjunction printed apart as some outlets print it; the speaker is the one before."""
    claims = _claims(
        'و قال المدرب سامي الطرابلسي في الندوة الصحفية: "عرفنا كيف نناقش المباراة".\n\n'
        'و بخصوص نهائي رادس قال: "كنا متخوفين من الحكم في المباراة النهائية".\n'
    )
    assert [speaker for speaker, _cue, _content in claims] == ["سامي الطرابلسي", "سامي الطرابلسي"]


def test_a_minister_named_with_a_conjunction_and_a_long_role_is_the_minister_later() -> None:
    text = (
        "اتهمت نقابة المعلمين، ووزير التربية والتعليم العالي الناطق الرسمي باسم الحكومة سالم ولد أحمد، بالتضليل.\n"
        'وكان الوزير قد تحدث أمس عن الإضراب وقال إنه "غير قانوني".'
    )
    assert ("سالم ولد أحمد", "وقال", "غير قانوني") in _claims(text)


def test_a_body_described_by_its_kind_is_the_body_of_that_noun_named_before() -> None:
    text = "قالت حركة 20 مايو إن المسيرة ستنطلق غدا.\nوأضافت الحركة الشبابية أن الشرطة منعت أعضاءها من التجمع."
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["حركة 20 مايو", "حركة 20 مايو"]


def test_a_body_of_a_country_is_no_description_of_another() -> None:
    text = "قال الجيش السوداني إن قواته صدت الهجوم.\nوقال الجيش الإثيوبي إن الحدود هادئة."
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["الجيش السوداني", "الجيش الإثيوبي"]


def test_a_number_in_a_body_named_as_the_subject_of_an_accusation_is_kept() -> None:
    text = "اتهمت حركة 20 مايو الشرطة بقمع المتظاهرين في العاصمة."
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["حركة 20 مايو"]


def test_a_word_with_a_possessive_pronoun_after_a_body_is_its_object() -> None:
    mention = parse_arabic_mention("المنظمة أنشطتها في المملكة")
    assert mention is not None and mention.name is None and mention.description == "المنظمة"


def test_a_long_name_in_quotation_marks_after_a_title_is_the_name_not_the_statement() -> None:
    text = "أكد وزير الخارجية السعودي الأمير “فيصل بن فرحان بن عبد الله”، أنه “لا تراجع عن المبادرة”."
    assert _claims(text) == [("فيصل بن فرحان بن عبد الله", "أكد", "لا تراجع عن المبادرة")]


def test_a_name_set_off_after_a_role_ends_before_where_he_spoke() -> None:
    text = "وقال مدير إدارة المطارات في الهيئة العامة، خالد المطيري في تصريح صحافي إن عدد المسافرين ارتفع."
    assert _claims(text) == [("خالد المطيري", "وقال", "عدد المسافرين ارتفع")]


def test_a_captain_and_a_role_of_our_team_after_the_name_are_no_part_of_it() -> None:
    text = "أكد الكابتن خالد المصري مدرب منتخبنا الأولمبي أن اللاعبين قدموا أداء جيدا."
    assert _claims(text) == [("خالد المصري", "أكد", "اللاعبين قدموا أداء جيدا")]


def test_the_occasion_closed_is_the_object_and_the_speaker_goes_on() -> None:
    text = "وقال المدرب خالد المصري إن الفريق تعب كثيرا.\nوختم المؤتمر بقوله إن المباراة المقبلة أصعب."
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["خالد المصري", "خالد المصري"]


def test_words_that_open_the_speakers_own_words_after_said_are_no_subject() -> None:
    text = "وقال رئيس البلدية سمير حنا إن المشروع تأخر.\nوقال نريد أن نعرف من المسؤول عن التأخير."
    claims = _claims(text)
    assert claims[1] == ("سمير حنا", "وقال", "نريد أن نعرف من المسؤول عن التأخير")


def test_own_words_after_said_with_no_speaker_before_leave_the_speaker_open() -> None:
    ledger = extract_claims("في الشأن الأمني انتقد الانفلات الحاصل، وقال نريد أن نعرف من يحمي المواطنين.")
    [claim] = ledger.claims
    [source] = [s for s in ledger.sources if s.id == claim.said_by]
    assert source.unnamed and claim.quote == "نريد أن نعرف من يحمي المواطنين"


def test_because_is_no_marker_of_what_was_said() -> None:
    text = "وقال المدرب خالد المصري إن الفريق تعب.\nوعن الاستقالة قال إذا طلب الاتحاد ذلك سيرحل لأن العمل صعب."
    claims = _claims(text)
    assert ("خالد المصري", "قال", "إذا طلب الاتحاد ذلك سيرحل لأن العمل صعب") in claims


def test_a_dateline_with_a_bar_is_no_part_of_the_subject_of_the_first_sentence() -> None:
    text = "الرباط - ماب | شن حزب التجمع الوطني هجوما على الحكومة، واصفا أداءها بأنه “ضعيف جدا”."
    [(speaker, cue, _quote)] = _claims(text)
    assert (speaker, cue) == ("حزب التجمع الوطني", "واصفا")


def test_his_statements_before_a_verb_are_no_speaker_he_is() -> None:
    text = (
        "قال المدرب كريم سالم إن الفريق متعب.\n"
        "وجاءت تصريحات سالم في المؤتمر صادمة؛ وكانت تصريحاته عن حراس المرمى حيث أشار أنهم تغيبوا عن التدريب."
    )
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["كريم سالم", "كريم سالم"]


def test_a_reply_of_another_party_is_not_the_speaker_before_going_on() -> None:
    text = (
        "وقال المدرب كريم سالم إن الإدارة لا تدعم الفريق.\n"
        'فجاء رد رئيس النادي فهد العمر غاضبا وقال: "تصريح المدرب إهانة للنادي".'
    )
    claims = _claims(text)
    assert all(speaker != "كريم سالم" for speaker, _cue, quote in claims if quote.startswith("تصريح المدرب"))


def test_a_bare_family_name_before_a_preposition_is_the_person_printed_in_full_before() -> None:
    text = (
        "سمحت المحكمة للرئيس السابق عمر البشير بالحديث.\n"
        "وشكا البشير من ظروف احتجازه، موضحا أنه لا يرى أفراد أسرته منذ أشهر."
    )
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["عمر البشير"]


def test_an_object_before_a_preposition_is_no_speaker() -> None:
    text = "وشن هجوما على المعارضة، موضحا أنها تعرقل الإصلاحات."
    assert all(speaker != "هجوما" for speaker, _cue, _quote in _claims(text))


def test_and_replied_is_a_verb_with_its_subject_not_it_came_in() -> None:
    text = 'وقال المتهم سعيد ناصر: "المحاكمة غير عادلة".\nورد القاضي على المتهم، قائلا: "المحكمة تسمعك جيدا".'
    claims = _claims(text)
    assert claims[-1] == ("القاضي", "قائلا", "المحكمة تسمعك جيدا")


def test_an_adjective_of_a_role_used_alone_is_the_person_who_held_it() -> None:
    text = "سمحت المحكمة للرئيس المخلوع عمر البشير بالحديث.\nوأضاف المخلوع أنه لم ير محاميه منذ شهور."
    assert _claims(text)[-1][0] == "عمر البشير"


def test_a_verb_whose_named_subject_a_comma_sets_off_gives_the_speaker_going_on() -> None:
    text = (
        "وقال رئيس الغرفة التجارية فهد العلي إن الأسواق مستقرة.\n"
        "كشف وزير التجارة الخارجية سامر الحسن، عن ارتفاع الصادرات خلال العام، وأكد أن الميزان التجاري تحسن."
    )
    assert ("سامر الحسن", "وأكد", "الميزان التجاري تحسن") in _claims(text)


def test_what_a_verb_governing_bi_admits_is_no_subject_of_its_own() -> None:
    text = (
        "وقال وزير التجارة سامر الحسن إن الصادرات ارتفعت.\n"
        "وأقر بتراجع الواردات خلال الربع الأخير.\n"
        "وأشار إلى أن الميزان التجاري تحسن."
    )
    assert _claims(text)[-1] == ("سامر الحسن", "وأشار", "الميزان التجاري تحسن")


def test_what_evidence_confirms_inside_a_speakers_words_stays_the_speakers() -> None:
    text = "وقال المتحدث باسم الشرطة العقيد سالم النقبي إن التحقيقات الأولية أكدت أن الحريق كان متعمدا."
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["سالم النقبي"]


def test_the_official_is_the_office_holder_met_last_whose_role_its_adjective_fits() -> None:
    text = (
        "أكد عادل الشامي، الناطق الرسمي لنادي الوداد الرياضي، أن الفريق جاهز.\n"
        "وتحدث المسؤول الودادي عن المباراة، قائلا إن الجمهور سيحضر بكثافة."
    )
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["عادل الشامي", "عادل الشامي"]


def test_an_official_of_another_country_is_not_the_spokesman_met_last() -> None:
    text = (
        "وقال الناطق باسم الحكومة الفرنسية جان دوبون إن باريس لن ترد.\n"
        "وأكدت المسؤولة الروسية أن موسكو لم تتدخل في الانتخابات."
    )
    assert _claims(text)[-1][0] != "جان دوبون"


def test_the_organisation_of_a_role_with_its_region_is_the_body_met_before() -> None:
    text = (
        "قالت منظمة العفو الدولية إن السلطات اعتقلت ناشطين.\n"
        "وقالت مديرة المنظمة في الشرق الأوسط، هبة مرايف، إن الاعتقالات تعسفية.\n"
        "وأضافت المنظمة أن عدد المعتقلين تجاوز المئة."
    )
    ledger = extract_claims(text)
    names = {s.id: s.name for s in ledger.sources}
    assert [names[c.said_by] for c in ledger.claims] == ["منظمة العفو الدولية", "هبة مرايف", "منظمة العفو الدولية"]
    [director] = [s for s in ledger.sources if s.name == "هبة مرايف"]
    assert director.part_of is not None and names[director.part_of] == "منظمة العفو الدولية"


def test_a_body_described_by_its_region_is_the_body_of_that_region_named_before() -> None:
    text = (
        "ردت وزارة الزراعة الاتحادية على بيان وزارة الموارد المائية في إقليم كردستان، اليوم.\n"
        "الوزارة الكردية قالت في بيان إن الحصة المائية لم تصل منذ أشهر."
    )
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["وزارة الموارد المائية في إقليم كردستان"]


def test_a_body_described_by_another_region_is_not_the_body_named_last() -> None:
    text = (
        "ردت وزارة الموارد المائية في إقليم كردستان على بيان وزارة الزراعة الاتحادية، اليوم.\n"
        "الوزارة العراقية قالت في بيان إن الحصة المائية وصلت كاملة."
    )
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["الوزارة العراقية"]


def test_the_ones_a_demand_is_made_of_before_bi_and_a_quotation_are_no_part_of_the_speaker() -> None:
    text = "وطالب وزير الخارجية سمير حداد الدول المانحة ب “الوفاء بتعهداتها تجاه اللاجئين”."
    assert _claims(text) == [("سمير حداد", "وطالب", "الوفاء بتعهداتها تجاه اللاجئين")]


def test_a_clause_of_time_and_a_decimal_point_before_the_verb_leave_its_subject_the_speaker() -> None:
    text = (
        "قالت وزارة المالية إن العجز تراجع.\n"
        "وفي أكتوبر الماضي، أبقى البنك المركزي الأردني، على سعر الفائدة عند 7.5%، قائلا إن التضخم تحت السيطرة."
    )
    assert _claims(text)[-1] == ("البنك المركزي الأردني", "قائلا", "التضخم تحت السيطرة")


def test_a_decimal_point_ends_no_sentence() -> None:
    text = (
        "قالت وزارة المالية إن العجز تراجع.\n"
        "أبقى البنك المركزي الأردني، على سعر الفائدة عند 7.5%، قائلا إن التضخم تحت السيطرة."
    )
    assert _claims(text)[-1] == ("البنك المركزي الأردني", "قائلا", "التضخم تحت السيطرة")


def test_after_a_turn_to_another_party_the_subject_named_there_goes_on() -> None:
    text = (
        "وقال المتهم الأول سمير داود إن الشاهد يكذب.\n"
        "وبالمقابل لم يسكت المتهم الثاني كمال حداد على تصريحات داود. وأكد للقاضي أن كل ما قاله صحيح."
    )
    speaker, _cue, quote = _claims(text)[-1]
    assert "كمال حداد" in speaker and "سمير داود" not in speaker and quote == "كل ما قاله صحيح"


def test_the_one_whose_reply_came_goes_on_without_how_he_replied() -> None:
    text = (
        "وقال المدرب كريم سالم إن الإدارة لا تدعم الفريق.\n"
        'فجاء رد رئيس النادي فهد العمر غاضبًا للمدرب وقال: "تصريح المدرب إهانة للنادي".'
    )
    assert _claims(text)[-1] == ("فهد العمر", "وقال", "تصريح المدرب إهانة للنادي")


def test_the_party_turned_to_is_a_role_and_a_name_without_what_the_verb_describes() -> None:
    text = (
        "وقال المدير الفني لنادي النصر سامي العلي إن الفوز كان مستحقا.\n"
        "من جانبه، وصف المدير الفني لنادي الشباب كارلوس مونتيرو أداء الفريق بالمتواضع.\n"
        "وأشار إلى أن الدفاع ارتكب أخطاء كثيرة."
    )
    assert _claims(text)[-1] == ("كارلوس مونتيرو", "وأشار", "الدفاع ارتكب أخطاء كثيرة")


def test_a_subject_before_a_describing_verb_is_the_speaker_not_what_it_describes() -> None:
    text = "وكان محامي الدفاع سامر خليل وصف الشهود بأنهم “غير محايدين”."
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["سامر خليل"]


def test_a_source_set_off_by_commas_after_according_to_speaks_relayed_by_the_subject() -> None:
    ledger = extract_claims("وقالت صحيفة الرأي، بحسب مسؤولين في الوزارة، إن الخطة ستعلن قريبا.")
    names = {s.id: s.name for s in ledger.sources}
    assert [(names[c.said_by], [names[v] for v in c.via]) for c in ledger.claims] == [
        ("مسؤولين في الوزارة", ["صحيفة الرأي"])
    ]


def test_the_statement_is_the_issuer_the_narration_names_since_the_last_speaker() -> None:
    """ "وقال الماجد … / ويأتي تصريحه ردًا على البيان الذي أصدرته شركة النادي … / وشدد البيان على أن
    …": the statement is the company's, the one the narration says issued it, never the last
    speaker's (the other party in the dispute); with no issuer named, it stays the last speaker's."""
    text = (
        "وقال رئيس النادي عبدالله الماجد إنه مسؤول عن مصالح النادي.\n"
        "ويأتي تصريح رئيس النادي ردًا على البيان الذي أصدرته شركة النادي، أمس.\n"
        "وشدد البيان على أن تلك الممارسات تهدف إلى الضغط على اللجان.\n"
    )
    assert _claims(text)[-1][0] == "شركة النادي"
    text = "وقال رئيس النادي عبدالله الماجد إنه مسؤول عن مصالح النادي.\nوشدد البيان على أن تلك الممارسات مرفوضة.\n"
    assert _claims(text)[-1][0] == "عبدالله الماجد"


def test_a_participle_after_a_speech_within_the_words_reported_names_no_one() -> None:
    """ "أفادت مصادر بأن الوكالة نشرت بيانًا …، نفى فيه …، مؤكدة أن …": the participle may go on
    with the speech reported or with the one reporting it, so it is drafted for review under an
    unnamed speaker, never under the sources; after the reporter's own verbs ("…، وتعهد …") it
    stays the reporter's."""
    text = (
        "أفادت مصادر بأن الوكالة نشرت بيانا منسوبا لمكتب الوزير، نفى فيه غياب الوزير عن العمل، "
        "مؤكدة أن سفره كان ضمن مهام رسمية."
    )
    assert _claims(text)[-1][0] == "متحدث لم يحدده النص"
    text = "وقال المدرب إن الفريق لعب جيدا، وتعهد بمواصلة العمل، مؤكدا أن اللاعبين جاهزون للمباراة."
    assert _claims(text)[-1][0] == "المدرب"


def test_lines_listed_under_a_speakers_label_are_each_a_statement_of_theirs() -> None:
    """A press conference's "مدرب الفريق/ فلان :" over bulleted lines: each line is his, until
    the next label; a heading that names no one ("أبرز التصريحات:") ends the list, and lines
    after a plain paragraph are no one's."""
    text = (
        "المؤتمر الصحفي لمباراة النصر والفيصلي\n"
        "مدرب النصر/ سامي خليل :\n"
        "* لم نكن نستحق الخسارة في هذه المباراة.\n"
        "* اللاعبون طبقوا المهام المطلوبة منهم.\n"
        "- لاعب الفيصلي كريم ناصر في حديث لموقع الرياضة:\n"
        "* قدمنا أداء كبيرا أمام النصر.\n"
        "أبرز التصريحات:\n"
        "* الملعب كان ممتلئا بالجماهير.\n"
    )
    assert _claims(text) == [
        ("سامي خليل", ":", "لم نكن نستحق الخسارة في هذه المباراة"),
        ("سامي خليل", ":", "اللاعبون طبقوا المهام المطلوبة منهم"),
        ("كريم ناصر", ":", "قدمنا أداء كبيرا أمام النصر"),
    ]


def test_a_statement_named_by_its_issuer_is_the_issuers_unless_another_reports_it() -> None:
    """ "وأكد بلاغ الوكيل العام للملك أن …": the prosecutor speaks; "بيان مشترك" says what kind of
    statement, no issuer; "وأضاف الدفاع أن بيان النيابة قال …" is the defence's reading."""
    assert _claims("وأكد بلاغ وزارة الداخلية أن التحقيق ما يزال جاريا.") == [
        ("وزارة الداخلية", "وأكد", "التحقيق ما يزال جاريا")
    ]
    assert _claims("وأكد بيان مشترك أن المحادثات ستستأنف الأسبوع المقبل.")[0][0] == "بيان مشترك"
    reported = _claims("وأضاف الدفاع أن بيان النيابة قال ضمنيا إن هذه الوقائع لا تشتمل على خطورة.")
    assert "النيابة" not in [speaker for speaker, _cue, _quote in reported]


def test_those_called_on_by_a_quantifier_are_the_object_and_the_speaker_goes_on() -> None:
    """ "ودعت جميع المواطنين إلى التعاون": "all citizens" are called on, not the speaker."""
    text = "وقالت الإدارة إن الحملات مستمرة.\nودعت جميع المواطنين والمقيمين إلى التعاون مع الوزارة.\n"
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["الإدارة", "الإدارة"]


def test_a_name_then_its_role_at_a_team_is_one_speaker() -> None:
    """ "جوزيه مورايس مدرب فريق الشباب": a name, then a role in construct with a body's noun; and
    set off by a comma before the verb's object, it is the subject a participle goes on with."""
    mention = parse_arabic_mention("نايف هزازي مهاجم فريق الشباب")
    assert mention is not None and (mention.name, mention.role) == ("نايف هزازي", "مهاجم فريق الشباب")
    text = "هنأ جوزيه مورايس مدرب فريق الشباب، لاعبي الفريق بفوزهم، مشيراً إلى أن الفريق سيطر على المباراة."
    assert _claims(text) == [("جوزيه مورايس", "مشيراً", "الفريق سيطر على المباراة")]


def test_a_verb_after_a_turn_to_another_matter_goes_on_with_its_own_subject() -> None:
    """ "من جانب آخر عاتب نايف هزازي مهاجم الفريق، الجمهور … وقال: “…”": the striker speaks, not
    the coach quoted before."""
    text = (
        "وقال مدرب الفريق جوزيه مورايس إن الفريق استحق الفوز.\n"
        "من جانب آخر عاتب نايف هزازي مهاجم فريق الشباب، الجمهور على غيابهم وقال: “الجمهور أكبر من هذا الحضور”.\n"
    )
    assert _claims(text)[-1][0] == "نايف هزازي"


def test_an_office_at_a_body_named_bare_then_the_holder_set_off_by_commas() -> None:
    """ "أكد المدير العام لبورصة تونس ورئيس اتحاد أسواق المال العربية، بلال سحنون، أنه …": the
    office runs to the comma ("لبورصة تونس" is its body), and the name after it is the speaker's."""
    text = "أكد المدير العام لبورصة تونس ورئيس اتحاد أسواق المال العربية، بلال سحنون، أنه يتم حاليا دراسة ملف الترجي.\n"
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["بلال سحنون"]


def test_a_statement_of_a_body_in_which_it_said_is_that_bodys() -> None:
    """ "يأتي ذلك بعد بيان لقوات الدعم السريع قالت فيه إنها …": the statement's issuer speaks in it, not
    the army quoted in the sentence before."""
    text = (
        "وشدد الجيش السوداني على أن قوات الدعم السريع لم تسيطر على أي دبابات.\n"
        "يأتي ذلك بعد بيان لقوات الدعم السريع قالت فيه إنها استولت على برج وزارة الدفاع.\n"
    )
    assert _claims(text)[-1][0] == "قوات الدعم السريع"


def test_a_negated_subheading_is_no_statement_and_no_other_party() -> None:
    """ "لا تعترف أي دولة بصومالي لاند" as a subheading between a spokesman's statements: a denial,
    nobody's statement (not one of "لا"), so the spokesman's "أضاف" after it stays his."""
    text = (
        'صرّح المتحدث باسم وزارة الخارجية، إسماعيل بقائي، في مؤتمر صحفي: "نحن على أعتاب ذكرى مهمة".\n\n'
        "لا تعترف أي دولة بصومالي لاند\n\n"
        'ورداً على سؤال حول الاعتراف، أضاف: "هذه قضية بالغة الأهمية".\n'
    )
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["إسماعيل بقائي", "إسماعيل بقائي"]


def test_an_occasion_joined_to_its_preposition_is_no_speaker() -> None:
    """ "العتيبي أوضح بمقابلة مع "الشرق" أن …": "بمقابلة" (in an interview) says how it was said, as
    "في مقابلة" does; the speaker is the subject before the verb, or after it."""
    text = (
        "عنوان الخبر\n\n"
        'العتيبي أوضح بمقابلة مع "الشرق" أن السبب وراء تراجع صافي الربح يرجع إلى عقد.\n\n'
        "وأكد الوزير بتصريح صحفي أن الوضع مستقر.\n"
    )
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["العتيبي", "الوزير"]


def test_a_website_after_on_ends_the_speaker_and_a_time_after_the_verb_is_none() -> None:
    """ "بحسب بيان الشركة على موقع "تداول"": the website is where the statement was put out, no part
    of its issuer; '"مياهنا" أعلنت أمس الأربعاء عن نتائجها': the quoted word is a company's name and
    "أمس" (yesterday) speaks nothing."""
    text = (
        "عنوان الخبر\n\n"
        '"مياهنا" أعلنت أمس الأربعاء عن نتائجها المالية للربع الثاني. وحققت الشركة أرباحاً صافية بلغت '
        'نحو 8 ملايين ريال، بحسب بيان الشركة على موقع "تداول" السعودية.\n'
    )
    claims = _claims(text)
    assert all(speaker != "أمس" for speaker, _cue, _quote in claims)
    assert [speaker for speaker, cue, _quote in claims if cue == "بحسب"] in (["الشركة"], ["شركة مياهنا"], ["مياهنا"])


def test_a_conjunction_joined_to_the_subjects_article_is_no_part_of_it() -> None:
    """ "… والشركة تؤكد أن نتائجها جيدة": "and the company confirms"; the speaker is "الشركة", never
    "والشركة" (a word whose و is its own, "والي", "والدته", keeps it)."""
    text = 'تعليق تداول سهم "اللجين".. والشركة تؤكد أن نتائجها جيدة\n\nوقالت والدته إن ابنها بخير.\n'
    speakers = [speaker for speaker, _cue, _quote in _claims(text)]
    assert speakers[0] in ("الشركة", "اللجين")
    assert "والشركة" not in speakers


def test_a_verb_carrying_its_plural_subject_has_no_subject_after_it() -> None:
    """ "حيث وصفوا نشر الوكالة للرد بأنه تجاوز": "they described the agency's publishing of the reply
    as …"; "they" is in the verb, so "نشر الوكالة للرد" is what they described, never a speaker."""
    text = (
        "عنوان الخبر\n\n"
        "وأظهرت ردود الصحفيين على الخبر موجة من الانتقادات، حيث وصفوا نشر الوكالة للرد بأنه تجاوز للأعراف الصحفية.\n\n"
        "وقال الصحفيون في بيان إن الوضع صعب. وأكدوا أن الحكومة مسؤولة.\n"
    )
    claims = _claims(text)
    assert all("نشر الوكالة" not in speaker for speaker, _cue, _quote in claims)
    assert [speaker for speaker, _cue, _quote in claims][-2:] == ["الصحفيون", "الصحفيون"]


def test_a_body_after_the_word_that_needs_it_stays_in_the_name() -> None:
    """ "وقال مكتب المتحدث باسم الجيش في بيان": the office of the army's spokesman, never "مكتب
    المتحدث باسم" cut before the body "باسم" needs."""
    text = "عنوان\n\nوقال مكتب المتحدث باسم الجيش في بيان الإثنين، إن التسجيل الصوتي مفبرك.\n"
    assert [speaker for speaker, _cue, _quote in _claims(text)] == ["مكتب المتحدث باسم الجيش"]


def test_sources_cited_by_about_after_the_verb_speak_relayed_by_its_subject() -> None:
    """ "وكانت وكالة الأنباء المركزية قد زعمت عن مصادر حزب الله أن …": the agency claimed, citing
    Hezbollah sources, that …; the words are the sources', the agency relays them (never the
    agency's own, nor under Hezbollah's denial's side without the relay)."""
    text = "عنوان\n\nوكانت وكالة الأنباء المركزية قد زعمت عن مصادر حزب الله أن المشاورات الحكومية متوقفة.\n"
    ledger = extract_claims(text)
    names = {s.id: s.name for s in ledger.sources}
    [claim] = ledger.claims
    assert names[claim.said_by] != "وكالة الأنباء المركزية"
    assert [names[v] for v in claim.via] == ["وكالة الأنباء المركزية"]


def test_and_among_after_a_place_is_no_verb_and_a_participle_takes_the_sentences_subject() -> None:
    """ "من جهة أخرى، عبر ستيبان توماس، مدرب الأخدود، عن خيبة أمله بعد خسارة فريقه على أرضه وبين
    جماهيره مؤكدًا أن …": "وبين" after "على أرضه" is "and among", never "explained" with his fans as
    its subject; the participle right before "أن" is the coach's, named after the topic's turn with
    his role set off after his name."""
    text = (
        "عنوان\n\n"
        "من جهة أخرى، عبر ستيبان توماس، مدرب الأخدود، عن خيبة أمله بعد خسارة فريقه على أرضه وبين جماهيره "
        "مؤكدًا أن الفريق لم يظهر بالشراسة المطلوبة.\n"
    )
    assert [(speaker, cue) for speaker, cue, _quote in _claims(text)] == [("ستيبان توماس", "مؤكدًا")]


def test_a_name_with_its_role_set_off_after_a_verb_of_feeling_is_the_next_verbs_subject() -> None:
    """ "أعرب سعد الشهري، مدرب فريق الاتفاق، عن رضاه …، وأكد في تصريحات إعلامية أن …": the coach
    named after "أعرب", his role set off by commas, is the subject "وأكد" goes on with."""
    text = (
        "عنوان\n\n"
        "أعرب سعد الشهري، مدرب فريق الاتفاق، عن رضاه التام عن أداء فريقه بعد الفوز، وأكد في تصريحات "
        "إعلامية أن المباراة كانت مهمة لتحقيق 3 نقاط.\n"
    )
    assert [(speaker, quote) for speaker, _cue, quote in _claims(text)] == [
        ("سعد الشهري", "المباراة كانت مهمة لتحقيق 3 نقاط")
    ]


def test_a_person_named_says_it_according_to_the_outlet_set_off_after_them() -> None:
    """ "قال المتحدث باسم الجيش العميد نبيل عبد الله، وفقا لـ “سودان تربيون”، إن …": the spokesman's
    words, relayed by the outlet; "وفقا لـ" is read whole ("ا لـ سودان تربيون" is no source)."""
    text = (
        "عنوان\n\n"
        "قال المتحدث باسم الجيش العميد نبيل عبد الله، وفقا لـ “سودان تربيون”، إن “قوات الدعم السريع اعتدت "
        "على مناطق تابعة للقوات المسلحة”.\n"
    )
    assert _spoken_and_relayed(text) == [("نبيل عبد الله", ["سودان تربيون"])]


def test_his_highness_before_a_name_is_no_part_of_it() -> None:
    """ "أكد صاحب السمو الشيخ تميم بن حمد آل ثاني، أمير دولة قطر، أن …": "صاحب السمو" is how he is
    addressed; the speaker is the emir by his name ("صاحب المحل", the shop's owner, stays one)."""
    text = (
        "عنوان الخبر اليوم\n\nأكد صاحب السمو الشيخ تميم بن حمد آل ثاني، أمير دولة قطر، أن الدوحة تعرضت لاعتداء غادر.\n"
    )
    assert [(speaker, quote) for speaker, _cue, quote in _claims(text)] == [
        ("تميم بن حمد آل ثاني", "الدوحة تعرضت لاعتداء غادر")
    ]


def test_shouting_at_someone_is_a_cue_and_at_whom_is_no_part_of_the_speaker() -> None:
    """ "صرخ النقيب عبد الرحيم الجامعي في وجه ممثل النيابة …، “.. خذوا المحاكمة …”": the lawyer
    shouted the words; "في وجه ممثل النيابة" is at whom (the prosecution's man is never his role), and
    the dots before the first word quoted are no part of it."""
    text = (
        "عنوان الخبر اليوم\n\n"
        "صرخ النقيب عبد الرحيم الجامعي في وجه ممثل النيابة أثناء الجلسة المنعقدة لمحاكمة المعتقلين، "
        "“.. خذوا المحاكمة، وافعلوا بها ما تشاؤون”.\n"
    )
    ledger = extract_claims(text)
    [claim] = ledger.claims
    [speaker] = [s for s in ledger.sources if s.id == claim.said_by]
    assert speaker.name == "عبد الرحيم الجامعي"
    assert "النيابة" not in (speaker.role or "")
    assert claim.quote == "خذوا المحاكمة، وافعلوا بها ما تشاؤون"


def test_a_headlines_label_or_dash_before_its_speaker_is_no_part_of_it() -> None:
    """ "خبر: الغصين: لم نعتقل …", "– الطريجي: …": the label and the dash open the line; the speaker
    named before the second colon, whom the body names in full, says the headline's words."""
    text = (
        "خبر: الغصين: لم نعتقل أي شخص على خلفية هجوم رفح\n\n"
        "قال المتحدث باسم وزارة الداخلية إياد الغصين إن الوزارة لم تعتقل أحدا.\n"
    )
    assert _claims(text)[0][::2] == (
        "إياد الغصين",
        "لم نعتقل أي شخص على خلفية هجوم رفح",
    )


def test_a_plural_participle_never_goes_on_with_the_one_person_quoted_before() -> None:
    """ "قائلا: "…" مما دفع أعضاء المجلس للتصفيق …، مؤكدين أنه …": the plural participle agrees with
    the members named in the narration, never with the MP quoted before; its speaker is left open."""
    text = (
        "تصفيق حاد لوزير التموين في البرلمان\n\n"
        "وقال النائب عيد هيكل إن هناك بعض الوزراء غير متعاونين مع أعضاء مجلس النواب.\n\n"
        'قائلا: "وزير التموين يخرج من مكتبه لاستقبال النواب" مما دفع أعضاء المجلس للتصفيق الحاد للوزير، '
        "مؤكدين أنه وزير سياسى، يتعامل بشكل جيد مع مشكلات المواطنين.\n"
    )
    speakers = {quote: speaker for speaker, _cue, quote in _claims(text)}
    assert speakers["وزير سياسى، يتعامل بشكل جيد مع مشكلات المواطنين"] != "عيد هيكل"


def test_a_body_opening_its_sentence_demands_what_its_bi_word_opens() -> None:
    """ "طالب نادي الرجاء الرياضي، بفتح تحقيق …": the body demands what "بفتح" opens; after "حيث",
    the verb goes on with a subject before it and "المحكمة" is the one called on, never the speaker."""
    text = (
        "الرجاء يحتج على التحكيم\n\n"
        "طالب نادي الرجاء الرياضي، بفتح تحقيق مع الطاقم التحكيمي الذي أدار مباراة الديربي.\n\n"
        "وحضر المحامي عز المساعيد حيث طالب المحكمة بانتداب لجنة قضائية لكشف براءة موكله.\n"
    )
    claims = _claims(text)
    assert claims[0] == ("نادي الرجاء الرياضي", "طالب", "بفتح تحقيق مع الطاقم التحكيمي الذي أدار مباراة الديربي")
    assert all(speaker != "المحكمة" for speaker, _cue, _quote in claims)
