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
