"""Arabic speakers named once and then only by their role: a name before its role in
construct, a name set off by commas after it, and the speaker a bare role noun carries on.

Every sentence here was written for these tests in the style of Arabic news copy; none is
taken from the gold set.
"""

from __future__ import annotations

from claimgraph.extract import extract_claims
from claimgraph.extract.arabic_speakers import parse_arabic_mention


def _claims(text: str) -> list[tuple[str, str, str]]:
    """(speaker name, cue, quote) of every drafted claim."""
    ledger = extract_claims(text)
    names = {s.id: s.name for s in ledger.sources}
    return [(names[c.said_by], c.cue or "", c.quote or "") for c in ledger.claims]


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
