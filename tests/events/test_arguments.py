"""Argument attachment (issue 5, fourth pass): who acts, who undergoes, and where, on constructed sentences."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rasd.doc import Document
from rasd.events.coder import EventCoder

from .conftest import ARMY, REBELS, make_doc, roles
from .conftest import only as _only


def test_the_subject_of_taarrada_undergoes_the_act(code: Callable[..., Document]) -> None:
    # «تعرض X لـ…»: X is struck; the agent is the one «من قبل»/«من» names.
    text = "وتعرضت مواقع الجيش لقصف عنيف من قبل المتمردين."
    assert roles(code(text, actors=_only({**ARMY, **REBELS}, text))) == [
        ("ASSAULT", "لقصف", ["Rebels"], ["Army"], None)]
    # With no agent named, the one struck is never made the agent: no record.
    text = "وقال الضابط إن الجيش تعرض لهجوم في المدينة."
    assert code(text, actors=ARMY, places=["المدينة"]).events == ()


def test_delegates_before_a_side_of_bayna(code: Callable[..., Document]) -> None:
    text = "وجرت محادثات بين ممثلين عن المجلس الوطني ومسؤولين أتراك في أنقرة."
    doc = code(text, actors={"المجلس الوطني": ("National Council", "party"),
                             "مسؤولين أتراك": ("Turkish government", "state_body")}, places=["أنقرة"])
    assert roles(doc) == [("CONSULT", "محادثات", ["National Council"], ["Turkish government"], "أنقرة")]
    assert doc.events[0].extra == (("symmetric", True),)


def test_a_title_before_the_name_is_still_the_genitive(code: Callable[..., Document]) -> None:
    # «زيارة وزير الدفاع المصري خالد العمر»: the visitor is the named title holder.
    doc = code("وبدأت أمس زيارة وزير الدفاع المصري خالد العمر إلى أنقرة.",
               actors={"خالد العمر": ("Khalid al-Omar", "person")}, places=["أنقرة"])
    assert roles(doc) == [("CONSULT", "زيارة", ["Khalid al-Omar"], [], "أنقرة")]


def test_a_clause_opening_statement_participle_takes_the_main_subject(code: Callable[..., Document]) -> None:
    # «…، مشيدا بـ…»: the participle's subject is the sentence's, not the subject of the clause reported before it.
    text = "وأكد الوزير أن الجيش سيواصل القتال، مشيدا بالتعاون مع المتمردين."
    doc = code(text, actors={"الوزير": ("Minister", "person"), **ARMY, "المتمردين": ("Rebels", "armed_group")})
    support = [r for r in roles(doc) if r[0] == "SUPPORT"]
    assert support and support[0][2] == ["Minister"]


def test_statements_do_not_take_the_place_of_another_actors_act(code: Callable[..., Document]) -> None:
    text = "وقصف الجيش بلدة كفرنبل، وطالب الوزير حزب الأمة بالحوار."
    doc = code(text, actors={**ARMY, "الوزير": ("Minister", "person"), "حزب الأمة": ("Umma Party", "party")},
               places=["كفرنبل"])
    got = {r[0]: r for r in roles(doc)}
    assert got["ASSAULT"][4] == "كفرنبل"
    assert got["REQUEST"][2:] == (["Minister"], ["Umma Party"], None)


def test_a_physical_act_continues_the_scene_of_the_sentence_before(code: Callable[..., Document]) -> None:
    text = "وسيطر الجيش على بلدة كفرنبل أمس. وشن المتمردون هجوما معاكسا بعد ساعات."
    doc = code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل"])
    assert [(r[2], r[4]) for r in roles(doc)] == [(["Army"], "كفرنبل"), (["Rebels"], "كفرنبل")]
    # Only from the sentence right before.
    text = "وسيطر الجيش على بلدة كفرنبل أمس. وقال المتمردون إنهم سيواصلون القتال. وشن المتمردون هجوما معاكسا."
    doc = code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل"])
    assert roles(doc)[-1][4] is None


def test_where_troops_are_sent_is_no_recipient(coder: EventCoder) -> None:
    # «لبنان» is one LOC mention, linked to the state and geocoded.
    doc = make_doc("وقررت الحكومة إرسال قوات إلى لبنان.", actors={"الحكومة": ("Government", "state_body"),
                                                             "لبنان": ("Lebanon", "state")}, places=["لبنان"])
    loc = [m for m in doc.mentions if m.text == "لبنان"]
    merged = replace(loc[0], type="LOC", actor=loc[0].actor or loc[1].actor, place=loc[0].place or loc[1].place)
    doc = doc.replace(mentions=tuple(m for m in doc.mentions if m.text != "لبنان") + (merged,))
    doc = doc.replace(events=coder(doc))
    assert [(r[0], r[2], r[3], r[4]) for r in roles(doc)] == [("MOBILIZE", ["Government"], [], "لبنان")]


def test_a_definite_settlement_noun_points_back_to_the_named_locality(code: Callable[..., Document]) -> None:
    text = "وسيطر الجيش على مدينة حماة. وقال محللون إن الوضع معقد. ويخوض المتمردون معارك مع الجيش على أطراف المدينة."
    doc = code(text, actors=_only({**ARMY, **REBELS}, text), places=["حماة"])
    assert roles(doc)[-1][4] == "حماة"
    # A pair of villages: the first of the pair.
    text = "وقال الناشطون إن الجيش سيطر على قريتي كفرنبل والبارة. وقال محللون إن الوضع معقد. وقصف المتمردون القريتين."
    doc = code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل", "البارة"])
    assert roles(doc)[-1][4] == "كفرنبل"


def test_the_object_after_a_head_noun_and_its_body_is_the_place(code: Callable[..., Document]) -> None:
    # «قوات [الأسد]» (the body alone tagged) stands between the verb and its object: the villages struck are the place,
    # not the region named after them.
    text = "وقصفت قوات النظام قريتي كفرنبل والبارة بجبل الزاوية."
    doc = code(text, actors={"النظام": ("Syrian government", "state")}, places=["كفرنبل", "البارة", "جبل الزاوية"])
    assert roles(doc)[0][4] == "كفرنبل"


def test_a_statements_addressee_after_its_medium(code: Callable[..., Document]) -> None:
    acts = {"الحكومة": ("Government", "state_body"), "قبيلة الزوية": ("Zuwayya tribe", "communal"),
            "المتمردين": ("Rebels", "armed_group")}
    text = "ودعت الحكومة في بيان نشرته على موقعها الرسمي قبيلة الزوية إلى وقف القتال."
    req = [r for r in roles(code(text, actors=_only(acts, text))) if r[0] == "REQUEST"]
    assert req and req[0][2:4] == (["Government"], ["Zuwayya tribe"])
    # What the statement is about is no addressee: «في بيان أن …».
    text = "وقالت الحكومة في بيان إن المتمردين هاجموا القرية."
    assert all(r[3] != ["Rebels"] for r in roles(code(text, actors=_only(acts, text))) if r[0] != "ASSAULT")


def test_a_statement_is_not_placed_where_its_content_happens(code: Callable[..., Document]) -> None:
    acts = {"الوزير": ("Minister", "person")}
    doc = code("ودعا الوزير إلى الإفراج عن المخطوفين في مدينة حلب.", actors=acts, places=["حلب"])
    assert [(r[0], r[4]) for r in roles(doc) if r[0] == "REQUEST"] == [("REQUEST", None)]
    # Where it was made still places it.
    doc = code("ودعا الوزير في مؤتمر صحفي في دمشق إلى الإفراج عن المخطوفين.", actors=acts, places=["دمشق"])
    assert [(r[0], r[4]) for r in roles(doc) if r[0] == "REQUEST"] == [("REQUEST", "دمشق")]


def test_where_an_aircraft_came_from_yields_to_where_it_struck(code: Callable[..., Document]) -> None:
    text = "وقصفت طائرات الجيش من قاعدة حميميم الجوية سفينة، في عرض البحر قبالة ميناء طرطوس."
    doc = code(text, actors=ARMY, places=["حميميم", "طرطوس"])
    assert roles(doc)[0][4] == "طرطوس"
    # With nothing governed later, the clause's own place stands.
    doc = code("وقصفت طائرات الجيش من قاعدة حميميم الجوية سفينة.", actors=ARMY, places=["حميميم"])
    assert roles(doc)[0][4] == "حميميم"


def test_a_front_names_where_the_act_happened(code: Callable[..., Document]) -> None:
    text = "وتمكن المتمردون من تدمير دبابة للجيش، خلال اشتباكات على جبهة كفرنبل في ريف إدلب."
    doc = code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل", "إدلب"])
    assert [r[4] for r in roles(doc) if r[1] == "تدمير"] == ["كفرنبل"]


def test_a_place_that_witnessed_the_acts_places_them(code: Callable[..., Document]) -> None:
    text = "وشهدت مدينة حماة تظاهرات حاشدة، وقام المتظاهرون بإغلاق الطرق، وقام الجيش بتفريق المتظاهرين."
    doc = code(text, actors={**ARMY, "المتظاهرون": ("Protesters", "other")}, places=["حماة"])
    assert [r[4] for r in roles(doc) if r[2] == ["Army"]] == ["حماة"]


def test_civilians_named_before_a_violent_noun_are_struck_not_its_agent(code: Callable[..., Document]) -> None:
    text = "وبات التنظيم يفرض قوانينه على عموم المدنيين وينفذ حملة إعدامات في المدينة."
    doc = code(text, actors={"التنظيم": ("Islamic State", "armed_group"), "المدنيين": ("civilians", "other")},
               places=["المدينة"])
    assert [(r[2], r[3]) for r in roles(doc) if r[0] == "ASSAULT"] == [(["Islamic State"], ["civilians"])]


def test_delegates_of_a_body_act_for_it(code: Callable[..., Document]) -> None:
    text = "ووقعت الأحزاب الاتفاق برعاية المنظمة لكن المندوبين من البرلمان قاطعوا الاجتماع."
    doc = code(text, actors={"الأحزاب": ("Parties", "party"), "المنظمة": ("UN", "igo"),
                             "البرلمان": ("Parliament", "state_body")})
    assert [r[2] for r in roles(doc) if r[0] == "REJECT"] == [["Parliament"]]


def test_the_one_praised_follows_the_object_of_praise(code: Callable[..., Document]) -> None:
    acts = {"الوزير": ("Minister", "person"), "متطوعي العشائر": ("Tribal volunteers", "armed_group"),
            "قوات التحالف": ("Coalition", "igo")}
    for text, praised in (("وأكد الوزير دعمه للحكومة، مشيدا بمشاركة متطوعي العشائر في القتال.", "Tribal volunteers"),
                          ("وأكد الوزير استمرار القتال، مشيدا بمستوى التنسيق مع قوات التحالف.", "Coalition")):
        support = [r for r in roles(code(text, actors=_only(acts, text))) if r[0] == "SUPPORT"]
        assert support[-1][2:4] == (["Minister"], [praised])
