"""Victims as description actors: counted or plain people and residential targets link to ``gen.civilians``
(mentions of source lexicon.generic, never named-entity mentions); members of a body are not civilians."""
from __future__ import annotations

import pytest


def _civilians(text: str) -> tuple[list[str], dict]:  # type: ignore[type-arg]
    from rasd.api import extract
    d = extract(text, date="2015-08-01").to_dict()
    names = {a["id"]: a["name"] for a in d["actors"]}
    got = [m["text"] for m in d["generic_mentions"] if names.get(m["actor"]) == "Civilians"]
    for m in d["generic_mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
    assert not [m for m in d["mentions"] if names.get(m["actor"]) == "Civilians"]
    return got, d


@pytest.mark.parametrize("text,victims", [
    ("وقتلت الميليشيا ثلاثة أشخاص في قرية قرب الحديدة", ["أشخاص"]),
    ("واعتقلت الشرطة التونسية 12 طالبا جامعيا في صفاقس", ["طالبا"]),
    ("خطف المسلحون عشرات العمال في ضواحي سرت", ["العمال"]),
    ("وأسفر التفجير عن مقتل شخص وإصابة أربعة آخرين في كركوك", ["شخص"]),
    ("وقصف الطيران قرية أغلب سكانها أطفال ونساء", ["أطفال ونساء"]),
    ("وخطف المسلحون أطفالا ونساء من القرية", ["أطفالا", "نساء"]),
    ("وأعدم التنظيم عشرة أشخاص من أهالي القرية", ["أشخاص"]),
])
def test_counted_or_plain_people_are_civilians(text: str, victims: list[str]) -> None:
    got, _d = _civilians(text)
    assert got == victims


@pytest.mark.parametrize("text", [
    "وأعدم التنظيم سبعة أشخاص من عناصره بتهمة الفرار",  # members of the body that kills them
    "فجر شخص نفسه قرب حاجز للجيش في ديالى",  # the bomber: a lone «شخص» is no victim
    "وطالبا الحكومة بالإفراج عن المعتقلين",  # «طالبا» uncounted is the verb
    "وقتل خمسة جنود في هجوم على ثكنة في سيناء",  # soldiers are their army, not civilians
    "وأوقفت الشرطة 120 شخصا يشتبه في انتمائهم إلى خلايا متطرفة",  # suspects of membership
    "وتلا الإمام آيات من سورة النساء في الخطبة",  # a sura's name
])
def test_members_bombers_verbs_and_soldiers_are_not_civilians(text: str) -> None:
    got, _d = _civilians(text)
    assert got == []


@pytest.mark.parametrize("text,target", [
    ("وقصفت طائرات التحالف العربي أحياء سكنية في صعدة", "أحياء سكنية"),
    ("واستهدفت قذائف الهاون سوقا شعبيا في حي الوعر بحمص", "سوقا شعبيا"),
    ("وقال ناشطون إن الجيش السوري قصف المناطق السكنية في دوما", "المناطق السكنية"),
])
def test_residential_targets_are_civilians_and_the_recipient(text: str, target: str) -> None:
    got, d = _civilians(text)
    assert got == [target]
    names = {a["id"]: a["name"] for a in d["actors"]}
    assault = [e for e in d["events"] if e["type"] == "ASSAULT"]
    assert assault and all(names[r] == "Civilians" for e in assault for r in e["recipient"])
    assert all(names[a] != "Civilians" for e in assault for a in e["actor"])


@pytest.mark.parametrize("text,army", [
    ("وفي سوريا، قتلت المعارضة 3 جنود وجرحت آخرين في حماة", "Syrian Arab Army"),
    ("وفي مصر، أسفر الهجوم عن مقتل جنديين في العريش", "Egyptian military"),
])
def test_counted_soldiers_are_the_articles_army_not_civilians(text: str, army: str) -> None:
    from rasd.api import extract
    d = extract(text, date="2015-08-01").to_dict()
    names = {a["id"]: a["name"] for a in d["actors"]}
    soldiers = [m for m in d["generic_mentions"] if m["text"].startswith("جندي") or m["text"] == "جنود"]
    assert soldiers and all(names[m["actor"]] == army for m in soldiers)
    assert all(d["text"][m["start"]:m["end"]] == m["text"] for m in soldiers)


def test_soldiers_named_by_whose_they_are_are_left_to_other_rules() -> None:
    from rasd.api import extract
    d = extract("وفي الضفة الغربية، أطلق 3 جنود الاحتلال النار على شاب", date="2015-08-01").to_dict()
    assert not [m for m in d["generic_mentions"] if m["text"] == "جنود"]


@pytest.mark.parametrize("text,target", [
    ("وقصفت طائرات التحالف العربي منازل في قرية قرب صعدة", "منازل"),
    ("وقصفت قوات النظام السوري مستشفى ميدانيا في دوما", "مستشفى"),
])
def test_a_struck_dwelling_stands_for_its_people(text: str, target: str) -> None:
    got, d = _civilians(text)
    assert got == [target]
    names = {a["id"]: a["name"] for a in d["actors"]}
    assert any(names[r] == "Civilians" for e in d["events"] if e["type"] == "ASSAULT" for r in e["recipient"])


@pytest.mark.parametrize("text", [
    "كما استهدف الثوار مساكن ضباط قوات الأسد في مطار أبو الظهور العسكري",  # owned by the officers
    "وزار الوزير منازل المتضررين في القرية",  # not struck
])
def test_owned_or_unstruck_dwellings_are_no_civilians(text: str) -> None:
    got, _d = _civilians(text)
    assert "مساكن" not in got and "منازل" not in got


def test_a_count_of_them_is_part_of_the_last_counted_group() -> None:
    text = "وخطف المسلحون في سرت 20 عاملا مصريا، وقال مصدر إن التنظيم قتل ثلاثة منهم."
    got, _d = _civilians(text)
    assert got == ["عاملا", "منهم"]


@pytest.mark.parametrize("text", [
    "وألقت الشرطة القبض على أربعة أشخاص ينتمون إلى خلية تابعة للتنظيم",
    "وأوقفت الشرطة 300 شخص في إطار حملة استهدفت أفرادا يشتبه في انتمائهم إلى التنظيم",
])
def test_members_of_a_cell_are_suspects_not_civilians(text: str) -> None:
    got, _d = _civilians(text)
    assert got == []
