from __future__ import annotations

import pytest

from rasd.doc import Document
from rasd.events.codebook import load_lexicon
from rasd.events.matcher import TriggerMatcher, noun_forms, verb_forms
from rasd.text.component import TextLayer

TEXT = TextLayer()


@pytest.fixture(scope="module")
def matcher() -> TriggerMatcher:
    return TriggerMatcher(load_lexicon())


def triggers(matcher: TriggerMatcher, text: str) -> list[tuple[str, str, str | None]]:
    doc = TEXT(Document(id="t", text=text))
    return [(text[m.start:m.end], m.row.type, m.row.mode) for m in matcher.match(matcher.infos(doc.tokens))]


@pytest.mark.parametrize("text,want", [
    ("وقصفت الطائرات المدينة", ("وقصفت", "ASSAULT", None)),
    ("بدأ الجيش بتطويق المدينة", ("بتطويق", "ASSAULT", None)),
    ("التي دربّتها", ("دربّتها", "AID", None)),
    ("اندلعت اشتباكات عنيفة", ("اشتباكات", "ASSAULT", None)),
    ("وتستهدف الغارات", ("وتستهدف", "ASSAULT", None)),
    ("للاعتقال", ("للاعتقال", "COERCE", "arrest")),
    ("بإرسال تعزيزات عسكرية", ("بإرسال تعزيزات", "MOBILIZE", "troops")),
    ("وقّع الطرفان", None),
    ("أعلن وقف إطلاق النار", ("وقف إطلاق النار", "RETREAT", "ceasefire")),
    # PLOVER manual 0.8: international sanctions are SANCTION/discontinue.
    ("وسيفرض عقوبات", ("وسيفرض عقوبات", "SANCTION", "discontinue")),
    # "~X" followers: X within the next tokens, outside the trigger span.
    ("ولم تقطع سلطنة عمان علاقاتها الدبلوماسية", ("تقطع", "SANCTION", "discontinue")),
    ("وقام بقطع كل علاقاته مع دمشق", ("بقطع", "SANCTION", "discontinue")),
    ("قطع الطريق الدولي", ("قطع الطريق", "PROTEST", "obstruct")),
    # statement participles (حال) report the speaker's act
    ("مشيدا بدور الجيش", ("مشيدا", "SUPPORT", None)),
    ("متهمة اياهم بالتعاون", ("متهمة", "ACCUSE", "allege")),
    ("عن أسفهم لإخفاقات الجيش", None),
    ("عبر المسؤولون عن أسفهم", None),
    ("عبّر عن أسفه", ("عبّر عن أسفه", "ACCUSE", "disapprove")),
    ("دعوا الى تمديد المهمة", ("دعوا", "REQUEST", None)),
    ("يدعون إلى الحوار", ("يدعون", "REQUEST", None)),
    ("وقاتلت إلى جانب القوات", ("وقاتلت إلى جانب", "COOPERATE", None)),
])
def test_triggers_match_through_clitics_and_inflection(matcher: TriggerMatcher, text: str,
                                                       want: tuple[str, str, str | None] | None) -> None:
    got = triggers(matcher, text)
    if want is None:
        assert got == []
    else:
        assert want in got


@pytest.mark.parametrize("text", ["الأمن والأمان", "وهنا تؤكد", "كونها تعد آخر معقل", "الدعم التسليحي"])
def test_common_words_are_not_triggers(matcher: TriggerMatcher, text: str) -> None:
    assert [t for t in triggers(matcher, text) if t[1] != "AID"] == []


def test_noun_reading_after_a_noun_verb_reading_after_a_particle(matcher: TriggerMatcher) -> None:
    doc = TEXT(Document(id="t", text="عزمها على مواصلة دعم قسد وقد دعم الجيش"))
    rows = [m.row.pos for m in matcher.match(matcher.infos(doc.tokens))]
    assert rows == ["n", "v"]


def test_inflection_generation() -> None:
    assert {"قصفت", "يقصفون", "تقصف", "قصفوا"} <= verb_forms("قصف")
    assert {"يعتقل", "اعتقلت"} <= verb_forms("اعتقل")
    assert {"الغارات", "غارات", "غاره"} <= noun_forms("غاره")


def test_form_viii_masdar_keeps_its_own_al() -> None:
    from rasd.events.matcher import noun_forms

    assert "تزام" not in noun_forms("التزام") and "الالتزام" in noun_forms("التزام")
    assert "نار" in noun_forms("النار")  # a real article is still optional


def test_derived_masdars_take_the_feminine_plural() -> None:
    from rasd.events.matcher import noun_forms

    assert "احتجاجات" in noun_forms("احتجاج") and "الاغتيالات" in noun_forms("اغتيال")
    assert "قصفات" not in noun_forms("قصف")  # short roots keep their own plurals


def test_taa_marbuta_and_alef_maqsura_are_no_pronouns() -> None:
    from rasd.doc import Document
    from rasd.events.coder import EventCoder
    from rasd.text.component import TextLayer

    coder = EventCoder()
    doc = TextLayer()(Document(id="t", text="وأبلغت تركيا عبر وزارة خارجيتها الأمم المتحدة وسقط خمسة قتلى"))
    toks = coder.matcher.infos(doc.tokens)
    words = {t.token.text: t.cands for t in toks}
    assert "زار" not in words["وزارة"] and "قتل" not in words["قتلى"]
    assert [m.row.words for m in coder.matcher.match(toks)] == []


def test_frequent_false_friends_are_not_triggers() -> None:
    from rasd.doc import Document
    from rasd.events.coder import EventCoder
    from rasd.text.component import TextLayer

    coder = EventCoder()
    doc = TextLayer()(Document(id="t", text="بحث الوزير كلام اجتماعي للأمن ليدعم بقصف وبارك"))
    toks = coder.matcher.infos(doc.tokens)
    got = [doc.text[m.start:m.end] for m in coder.matcher.match(toks)]
    assert got == ["ليدعم", "بقصف", "وبارك"]  # not «ب+حث», «ك+لام», «اجتماع+ي», «لامن»


def test_no_tanwin_alif_after_taa_marbuta() -> None:
    from rasd.events.matcher import noun_forms

    assert "مصالحها" not in noun_forms("مصالحه") and "هجوما" in noun_forms("هجوم")


def test_a_rows_own_head_beats_a_generated_inflection_of_another_row() -> None:
    # «توعد» is the past of «توعد» (threaten), not a generated imperfect of «وعد» (promise).
    from rasd.doc import Document, Meta
    from rasd.events.codebook import load_lexicon
    from rasd.events.matcher import TriggerMatcher
    from rasd.text.component import TextLayer

    doc = TextLayer()(Document(id="t", text="وتوعد التحالف بالرد على أي هجوم.", meta=Meta()))
    m = TriggerMatcher(load_lexicon())
    got = m.match(m.infos(doc.tokens))
    assert got and got[0].row.type == "THREATEN"
