"""Mention classes of the guidelines that the linker shapes (a person named inside a description of his forces)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,forces,person", [
    ("قصفت قوات الأسد مدينة درعا", "قوات الأسد", "الأسد"),
    ("سيطرت قوات حفتر على مواقع في بنغازي", "قوات حفتر", "حفتر"),
    ("هاجم الموالون للرئيس السابق علي عبدالله صالح المدينة", "الموالون للرئيس السابق علي عبدالله صالح",
     "علي عبدالله صالح"),
])
def test_a_persons_forces_tag_the_man_and_link_the_forces(text: str, forces: str, person: str) -> None:
    # The guidelines tag the man inside «قوات [الأسد]»; the description links the forces, which act.
    from rasd.api import extract
    d = extract(text, date="2015-08-01")
    out = d.to_dict()
    names = [(m["text"], m["type"]) for m in out["mentions"]]
    assert (person, "PER") in names
    assert forces in [m["text"] for m in out["generic_mentions"]]
    inner = next(m for m in out["mentions"] if m["text"] == person)
    assert text[inner["start"]:inner["end"]] == person
    actors = {a["id"]: a for a in out["actors"]}
    assert actors[inner["actor"]]["kind"] == "person"
    ev = out["events"][0]
    assert ev["actor"] and all(actors[a]["kind"] != "person" for a in ev["actor"])


@pytest.mark.parametrize("text,name", [
    ("وقع مركز الملك سلمان للإغاثة والأعمال الإنسانية اتفاقية مع الأمم المتحدة",
     "King Salman Humanitarian Aid and Relief Centre"),
    ("وأصدرت رابطة العالم الإسلامي بيانا أدانت فيه التفجير", "Muslim World League"),
    ("وقال في تصريح نشرته وكالة الانباء اليمنية \"سبأ\" إن القتلى سقطوا", "Saba News Agency"),
])
def test_frequent_outlets_and_bodies_of_the_corpus_link(text: str, name: str) -> None:
    from rasd.api import extract
    d = extract(text, date="2015-08-01").to_dict()
    assert name in [a["name"] for a in d["actors"]]


def test_a_platform_a_statement_was_made_on_is_not_its_addressee() -> None:
    from rasd.api import extract
    text = "ودعت الحكومة في بيان نشرته على صفحتها في موقع فيسبوك قبائل الجنوب إلى وقف القتال"
    d = extract(text, date="2015-08-01").to_dict()
    names = {a["id"]: a["name"] for a in d["actors"]}
    assert "Facebook" in names.values()
    assert all(names[r] != "Facebook" for e in d["events"] for r in e["recipient"] + e["actor"])


@pytest.mark.parametrize("text", ["في العراق، هاجم مسلحون نقطة تفتيش في بعقوبة",
                                  "في العراق، أطلق مجهولون النار على ضابط في البصرة"])
def test_bare_gunmen_are_unidentified_gunmen_described_not_named(text: str) -> None:
    from rasd.api import extract
    d = extract(text, date="2015-08-01").to_dict()
    names = {a["id"]: a["name"] for a in d["actors"]}
    assert [names[a] for e in d["events"] for a in e["actor"]] == ["Unidentified gunmen"]
    assert not [m for m in d["mentions"] if m["actor"] and names[m["actor"]] == "Unidentified gunmen"]
    assert any(names.get(m["actor"]) == "Unidentified gunmen" for m in d["generic_mentions"])


def test_a_landform_named_after_a_community_stays_a_name() -> None:
    from rasd.api import extract
    d = extract("تقدمت الفصائل على محور بيت عوان بجبل التركمان في ريف اللاذقية", date="2015-08-01").to_dict()
    assert "جبل التركمان" in [m["text"] for m in d["mentions"]]


def test_the_national_army_is_the_articles_army_and_a_name() -> None:
    from rasd.api import extract
    d = extract("في اليمن، أشار إلى أن الجيش الوطني المدعوم بالمقاومة يقف على تخوم مدينة زنجبار",
                date="2015-08-01").to_dict()
    names = {a["id"]: a for a in d["actors"]}
    m = next(m for m in d["mentions"] if m["text"] == "الجيش الوطني")
    assert m["type"] == "ORG" and names[m["actor"]]["country"] == "YEM"


@pytest.mark.parametrize("text,name,actor", [
    ("التقى بالرئيس هادي في الرياض", "هادي", "Abdrabbuh Mansur Hadi"),
    ("الحرس الجمهوري التابع للمخلوع صالح", "صالح", "Ali Abdullah Saleh"),
    ("وقال الرئيس السابق علي عبدالله صالح إن الحرب مستمرة", "علي عبدالله صالح", "Ali Abdullah Saleh"),
])
def test_a_persons_titles_stay_out_of_his_mention(text: str, name: str, actor: str) -> None:
    from rasd.api import extract
    d = extract(text, date="2015-08-01").to_dict()
    names = {a["id"]: a["name"] for a in d["actors"]}
    m = next(m for m in d["mentions"] if m["type"] == "PER")
    assert m["text"] == name and names[m["actor"]] == actor and text[m["start"]:m["end"]] == name


def test_a_title_names_the_body_it_is_the_office_of() -> None:
    from rasd.api import extract
    text = "ستقدم الخطة إلى الأمين العام للأمم المتحدة بعد استكمال المناقشات"
    d = extract(text, date="2015-08-01").to_dict()
    names = {a["id"]: a["name"] for a in d["actors"]}
    m = next(m for m in d["mentions"] if m["type"] == "ORG")
    assert m["text"] == "لأمم المتحدة" and names[m["actor"]] == "United Nations"
    assert "الأمين العام للأمم المتحدة" in [g["text"] for g in d["generic_mentions"]]


@pytest.mark.parametrize("text", ["وتزويد متطوعي العشائر بالأسلحة والمعدات", "تعزيز لقدرات أبناء العشائر في المحافظات"])
def test_people_described_by_what_they_do_are_a_description(text: str) -> None:
    from rasd.api import extract
    d = extract(text, date="2015-08-01").to_dict()
    assert not [m for m in d["mentions"] if m["type"] == "ORG"]


@pytest.mark.parametrize("text,name,label", [
    ("وتصدت المقاومة لهجوم ميليشيات الحوثي الانقلابية على المدينة.", "الحوثي", "الانقلابية"),
    ("التضامن مع الشعب العراقي في تصديه لمنظمة داعش الإرهابية", "داعش", "الإرهابية"),
])
def test_a_label_after_a_groups_name_is_a_descriptor(text: str, name: str, label: str) -> None:
    from rasd.api import extract
    d = extract(text, date="2015-08-01").to_dict()
    m = next(m for m in d["mentions"] if m["type"] == "ORG")
    assert m["text"] == name and label in [x["text"] for x in m["descriptors"]]


def test_a_name_that_opens_with_organisation_keeps_it() -> None:
    from rasd.api import extract
    d = extract("وقالت منظمة التحرير الفلسطينية إن المفاوضات متوقفة", date="2015-08-01").to_dict()
    assert "منظمة التحرير الفلسطينية" in [m["text"] for m in d["mentions"]]
