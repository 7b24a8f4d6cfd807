"""Arabic extraction on shapes met in news the rules had not seen: nested quotation marks,
titles with an adjective of origin, sentences that hand over to another statement, and
"بين" that is a preposition.

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
