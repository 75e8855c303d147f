"""Outlets told something, named in quotes after «لـ», and bare definite place nouns (rasd.ner.tagger)."""
from __future__ import annotations

import pytest

from rasd.api import extract
from rasd.ner.tagger import told_outlets


@pytest.mark.parametrize("text,name,actor", [
    ('وقال عضو المجلس لـ"الوطن": إن القوات الأمنية تقدمت', "الوطن", "Al-Watan (Saudi Arabia)"),
    ("وقال المسؤول في تصريحات خاصة لـ «عكاظ» إن الاجتماع تأجل", "عكاظ", "Okaz"),
    ('وأكد المتحدث لـ"الرياض" أن القوات تقدمت', "الرياض", "Al-Riyadh (newspaper)"),
    ("وقال مصدر عسكري لـ «بوابة الوسط» الإخبارية إن الهجوم فشل", "بوابة الوسط", "Al-Wasat (Libya)"),
])
def test_an_outlet_told_in_quotes_is_an_org_linked_to_the_paper(text: str, name: str, actor: str) -> None:
    d = extract(text).to_dict()
    m = next(m for m in d["mentions"] if m["text"] == name)
    assert m["type"] == "ORG" and text[m["start"]:m["end"]] == name
    assert next(a for a in d["actors"] if a["id"] == m["actor"])["name"] == actor


@pytest.mark.parametrize("text", [
    'دعا إلى التصدي لـ"الإرهاب" في كل مكان',           # no speech word, no reporting frame
    'وقال إن الدعم لـ"المقاومة الوطنية الشعبية الكبرى في البلاد" مستمر',  # too long for a name
])
def test_quotes_outside_the_reporting_frame_name_no_outlet(text: str) -> None:
    assert told_outlets(text) == []


def test_the_city_as_a_place_is_not_the_paper() -> None:
    d = extract("وصل الوزير إلى الرياض أمس").to_dict()
    assert [(m["text"], m["type"]) for m in d["mentions"]] == [("الرياض", "LOC")]


@pytest.mark.parametrize("text", ["منع تقدم قوات الجيش إلى داخل المدينة", "سقطت قذائف على الحي السكني"])
def test_a_bare_definite_place_noun_is_no_name(text: str) -> None:
    d = extract(text).to_dict()
    assert not [m for m in d["mentions"] if m["type"] == "LOC"]


@pytest.mark.parametrize("text", [
    "وأشاد بجهود الأمير نايف بن عبدالعزيز -رحمه الله- في مكافحة الإرهاب",
    "وتقتل الواقفين في بيوت الله الآمنة",
    "وكان لتكامل هذه الجهود بتوفيق الله الأثر الكبير",
])
def test_a_religious_formula_names_no_person(text: str) -> None:
    d = extract(text).to_dict()
    assert not [m for m in d["mentions"] if "الله" in m["text"] and m["text"] != "عبدالله"]


def test_names_built_on_the_word_stay() -> None:
    d = extract("قال الأمين العام لحزب الله حسن نصر الله إن الحرب مستمرة").to_dict()
    texts = [m["text"] for m in d["mentions"]]
    assert any("حزب الله" in t for t in texts) and any("نصر الله" in t for t in texts)


def test_a_bodys_adjective_alone_is_no_name() -> None:
    d = extract("وقال المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد إن المحادثات ستستأنف").to_dict()
    assert "الأممي" not in [m["text"] for m in d["mentions"]]


@pytest.mark.parametrize("text,unit", [
    ("أكد قائد المنطقة العسكرية الرابعة في مدينة عدن أن المعارك مستمرة", "المنطقة العسكرية الرابعة"),
    ("قال الناطق باسم اللواء الأول مشاة التابع للجيش الليبي إن الهجوم صُد", "اللواء الأول مشاة"),
    ("وقصفت الفرقة 17 مواقع التنظيم قرب الرقة", "الفرقة 17"),
])
def test_a_unit_named_by_an_ordinal_or_number_is_one_org(text: str, unit: str) -> None:
    d = extract(text).to_dict()
    m = next(m for m in d["mentions"] if m["text"] == unit)
    assert m["type"] == "ORG" and text[m["start"]:m["end"]] == unit


def test_a_generals_rank_is_no_brigade() -> None:
    from rasd.ner.tagger import military_units
    assert military_units("وقال اللواء الركن أحمد عسيري إن العمليات مستمرة") == []


@pytest.mark.parametrize("text,council", [
    ("طالب مجلس محافظة الأنبار، الولايات المتحدة بتكثيف الطلعات الجوية", "مجلس محافظة الأنبار"),
    ("وقال رئيس مجلس محافظة صلاح الدين إن القوات تقدمت", "مجلس محافظة صلاح الدين"),
])
def test_the_council_of_a_unit_is_an_org_not_a_place(text: str, council: str) -> None:
    d = extract(text).to_dict()
    m = next(m for m in d["mentions"] if m["text"] == council)
    assert m["type"] == "ORG" and m["place"] is None and text[m["start"]:m["end"]] == council


@pytest.mark.parametrize("text", ["بعد دورها الممهد لـ«الاتفاق النووي الإيراني»، دخلت السلطنة",
                                  "استبعدت مصادر انهيار الاتفاق الاطاري بسبب تعنت الأطراف"])
def test_an_agreement_described_by_an_adjective_is_no_org(text: str) -> None:
    d = extract(text).to_dict()
    assert not [m for m in d["mentions"] if m["type"] == "ORG"]


def test_a_named_agreement_keeps_its_place() -> None:
    d = extract("وفق اتفاق الطائف الموقع عام 1989").to_dict()
    assert "الطائف" in [m["text"] for m in d["mentions"]]
