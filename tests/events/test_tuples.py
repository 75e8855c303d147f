"""Full-tuple rules (issue 5, fifth pass): the side struck, agents and places, on constructed sentences."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rasd.doc import Document
from rasd.events.coder import EventCoder

from .conftest import ARMY, REBELS, make_doc, roles
from .conftest import only as _only


def test_a_capture_after_clashes_is_against_the_other_side(code: Callable[..., Document]) -> None:
    text = "ودارت اشتباكات بين الجيش والمتمردين قرب بلدة كفرنبل انتهت بسيطرة الجيش على البلدة."
    got = {r[1]: r for r in roles(code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل"]))}
    assert got["بسيطرة"][2:4] == (["Army"], ["Rebels"])
    # A withdrawal told in the next sentence is from the side fought there.
    text = "وهاجم الجيش مواقع المتمردين في كفرنبل أمس. وانسحب المتمردون من البلدة بعد ساعات."
    got = {r[0]: r for r in roles(code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل"]))}
    assert got["RETREAT"][2:4] == (["Rebels"], ["Army"])


def test_bombardment_and_securing_ground_take_no_side_from_context(code: Callable[..., Document]) -> None:
    # A shelling whose object is a place, and securing a road, keep their empty recipient.
    text = "ودارت اشتباكات بين الجيش والمتمردين في كفرنبل، وقصف الجيش قرية حاس."
    got = {r[1]: r for r in roles(code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل", "حاس"]))}
    assert got["وقصف"][3] == []
    text = "ودارت اشتباكات بين الجيش والمتمردين في كفرنبل، واستطاع الجيش تأمين الطريق الدولي."
    got = {r[1]: r for r in roles(code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل"]))}
    assert got["تأمين"][3] == []
    # Two sentences back is too far.
    text = "وهاجم الجيش مواقع المتمردين في كفرنبل. وقال الضابط إن الوضع هادئ. وسيطر الجيش على قرية حاس."
    got = {r[1]: r for r in roles(code(text, actors=_only({**ARMY, **REBELS, "الضابط": ("Officer", "person")},
                                                          text), places=["كفرنبل", "حاس"]))}
    assert got["وسيطر"][3] == []


def test_a_title_closed_by_a_comma_names_its_subject_in_apposition(code: Callable[..., Document]) -> None:
    text = "ودعا رئيس اللجنة الوطنية لحقوق الإنسان، الدكتور خالد العمر، المنظمات الدولية إلى التحرك."
    doc = code(text, actors={"خالد العمر": ("Khalid al-Omar", "person"),
                             "المنظمات الدولية": ("International organisations", "igo")})
    assert [r[:3] for r in roles(doc)] == [("REQUEST", "ودعا", ["Khalid al-Omar"])]
    # A verb whose clause names no title (no head noun) takes no subject from after the comma.
    text = "ودعا بشدة، خالد العمر، المنظمات الدولية إلى التحرك."
    doc = code(text, actors={"خالد العمر": ("Khalid al-Omar", "person"),
                             "المنظمات الدولية": ("International organisations", "igo")})
    assert all(r[2] != ["Khalid al-Omar"] or r[1] != "ودعا" for r in roles(doc))


def test_a_statement_participle_is_a_statement_of_its_own(code: Callable[..., Document]) -> None:
    # «دعا X …، مطالبا …»: the participle makes a second demand; it does not fold into the first.
    text = "ودعا الوزير الأطراف إلى الحوار، مطالبا بتقديم المساعدة للنازحين."
    doc = code(text, actors={"الوزير": ("Minister", "person"), "الأطراف": ("Parties", "other")})
    got = [r[1] for r in roles(doc) if r[0] == "REQUEST"]
    assert got == ["ودعا", "مطالبا"]


def test_fighting_that_leads_to_a_capture_folds_into_it(code: Callable[..., Document]) -> None:
    text = "واندلعت اشتباكات بين الجيش والمتمردين في كفرنبل، أسفرت عن سيطرة الجيش على البلدة."
    got = roles(code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل"]))
    assert [r[:4] for r in got] == [("ASSAULT", "سيطرة", ["Army"], ["Rebels"])]
    text = "وسيطر المتمردون على بلدة كفرنبل بعد معارك عنيفة مع الجيش."
    got = roles(code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل"]))
    assert [r[:4] for r in got] == [("ASSAULT", "وسيطر", ["Rebels"], ["Army"])]
    # Fighting told beside a capture, not as leading to it, stays its own record.
    text = "واندلعت اشتباكات بين الجيش والمتمردين في كفرنبل، وسيطر الجيش على قرية حاس."
    got = roles(code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل", "حاس"]))
    assert len(got) == 2


def test_what_a_praise_praises_is_its_content_and_names_the_one_praised(code: Callable[..., Document]) -> None:
    # «مشيدا بمستوى التنسيق مع قوات X»: one SUPPORT record whose recipient is X (head nouns before the name aside);
    # the coordination praised is not a record of its own.
    text = "وأكد الوزير أن المعركة مستمرة، مشيدا بمستوى التنسيق العالي مع قوات التحالف الدولي."
    doc = code(text, actors={"الوزير": ("Minister", "person"), "التحالف الدولي": ("Coalition", "igo")})
    assert [r[:4] for r in roles(doc)] == [("SUPPORT", "مشيدا", ["Minister"], ["Coalition"])]
    # Coordination that is not the object of a praise stays a record.
    text = "وأكد الوزير أن الجيش سيواصل التنسيق مع التحالف الدولي."
    doc = code(text, actors={"الوزير": ("Minister", "person"), **ARMY, "التحالف الدولي": ("Coalition", "igo")})
    assert any(r[0] == "COOPERATE" for r in roles(doc))


def test_meetings_and_agreements_are_placed_by_a_locality_never_a_country(coder: EventCoder) -> None:
    text = "واتفق الوزير مع المبعوث على ضرورة التوصل إلى تسوية سلمية في سوريا."
    doc = make_doc(text, actors={"الوزير": ("Minister", "person"), "المبعوث": ("Envoy", "person")},
                   places=["سوريا"])
    doc = doc.replace(places=tuple(replace(p, feature="country", precision=3) for p in doc.places))
    events = coder(doc)
    assert [e.type for e in events][:1] == ["AGREE"] and events[0].place is None
    # A city stays the place of a meeting.
    text = "والتقى الوزير المبعوث في دمشق."
    doc = make_doc(text, actors={"الوزير": ("Minister", "person"), "المبعوث": ("Envoy", "person")},
                   places=["دمشق"])
    assert [e.place for e in coder(doc)] == ["p1"]


def test_a_definite_noun_far_from_the_only_actor_names_a_topic(code: Callable[..., Document]) -> None:
    # «… للانضمام إلى مسار السلام والمشاركة في المفاوضات»: the talks are a topic, not the parties' act.
    text = "وجدد الوزير الدعوة إلى جميع الأطراف للانضمام إلى مسار السلام والمشاركة في المفاوضات."
    doc = code(text, actors={"الوزير": ("Minister", "person"), "الأطراف": ("Parties", "other")})
    assert [r[1] for r in roles(doc)] == ["الدعوة"]
    text = "ويسعى المبعوث منذ أشهر طويلة إلى إنجاح المسار السياسي والتمهيد للعودة إلى الحوار."
    assert code(text, actors={"المبعوث": ("Envoy", "person")}).events == ()
    # Near its subject, continuing a series of acts with «و», or the object of a verb after its adverbials, a
    # definite noun is still the subject's act.
    text = "وتمكنت الشرطة من قتل ثلاثة مسلحين في حي الميدان بالمدينة أمس والاستيلاء على أسلحتهم."
    doc = code(text, actors={"الشرطة": ("Police", "state_body")})
    assert any(r[1] == "والاستيلاء" and r[2] == ["Police"] for r in roles(doc))
    text = "وأعلن الجيش أمس السيطرة على بلدة كفرنبل."
    doc = code(text, actors=ARMY, places=["كفرنبل"])
    assert [r[:3] for r in roles(doc)] == [("ASSAULT", "السيطرة", ["Army"])]
    text = "وواصل الجيش منذ ساعات الصباح الأولى من يوم أمس القصف على بلدة كفرنبل."
    doc = code(text, actors=ARMY, places=["كفرنبل"])
    assert [r[:3] for r in roles(doc)] == [("ASSAULT", "القصف", ["Army"])]


def test_titles_and_claims_of_responsibility_are_no_new_acts(code: Callable[..., Document]) -> None:
    # A quoted title names a video, not an act.
    text = "ونشر المتمردون شريطا مصورا بعنوان «جنود المتمردين يبدأون هجوما على المدينة»."
    doc = code(text, actors=_only(REBELS, text))
    assert [r[0] for r in roles(doc)] == []
    # «وتبنى X خطف …» after the kidnapping was told restates it; a first claim is the act.
    text = "وخطف المتمردون ثلاثة جنود من الجيش قرب كفرنبل. وتبنى المتمردون خطف الجنود في بيان."
    doc = code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل"])
    assert [r[1] for r in roles(doc)] == ["وخطف"]
    text = "وتبنى المتمردون خطف ثلاثة جنود من الجيش قرب كفرنبل."
    doc = code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل"])
    assert [r[1] for r in roles(doc)] == ["خطف"]


def test_barrel_bombs_imply_a_bombing_not_the_clashes_beside_it(coder: EventCoder) -> None:
    # The implied agent is the document's Syrian army actor (country SYR, sector MIL).
    text = "وشهد سهل الغاب معارك عنيفة، في حين قصفت المروحيات بالبراميل المتفجرة قرية حاس."
    doc = make_doc(text, actors={"المروحيات": ("Syrian Air Force", "state_body")}, places=["حاس"])
    doc = doc.replace(actors=tuple(replace(a, country="SYR", sector="MIL") for a in doc.actors))
    assert [e.trigger_text for e in coder(doc)] == ["قصفت"]


def test_a_witnessing_town_is_finer_than_the_region_after_it(coder: EventCoder) -> None:
    text = "وشهدت مدينة كفرنبل بريف إدلب قصفا عنيفا شنه الجيش."
    doc = make_doc(text, actors=ARMY, places=["كفرنبل", "ريف إدلب"])
    doc = doc.replace(places=tuple(replace(p, precision=3, feature="admin1") if p.name == "ريف إدلب" else p
                                   for p in doc.places))
    by = {p.id: p.name for p in doc.places}
    assert [by.get(e.place or "") for e in coder(doc)] == ["كفرنبل"]


def test_quantity_words_and_adjectives_stay_inside_the_noun_phrase(code: Callable[..., Document]) -> None:
    # «بنزوح مئات العائلات»: the families are the genitive (the ones who flee).
    text = "وتسببت المعارك في المدينة بنزوح مئات العائلات."
    doc = code(text, actors={"العائلات": ("Civilians", "other")})
    assert [r[:3] for r in roles(doc)] == [("RETREAT", "بنزوح", ["Civilians"])]
    # «عدد آخر من المواطنين»: a partitive with an adjective still names its body as the agent.
    text = "وقام عدد آخر من المواطنين بتنظيم مظاهرة في المدينة."
    doc = code(text, actors={"المواطنين": ("Citizens", "other")})
    assert [r[:3] for r in roles(doc)] == [("PROTEST", "مظاهرة", ["Citizens"])]


def test_one_of_a_bodys_members_and_an_imposed_siege_name_the_body(code: Callable[..., Document]) -> None:
    # «عملية انتحارية نفذها أحد مسلحي X»: X is the agent; «الحصار الذي فرضته X»: so is X.
    text = "وقتل عشرة جنود في عملية انتحارية نفذها أحد مسلحي المتمردين قرب كفرنبل."
    doc = code(text, actors=_only(REBELS, text), places=["كفرنبل"])
    assert [r[2] for r in roles(doc) if r[1] == "عملية انتحارية"] == [["Rebels"]]
    text = "ويعاني السكان من الحصار الذي فرضه المتمردون على كفرنبل."
    doc = code(text, actors=_only(REBELS, text), places=["كفرنبل"])
    assert [r[:3] for r in roles(doc)] == [("COERCE", "الحصار", ["Rebels"])]


def test_goals_are_no_acts(code: Callable[..., Document]) -> None:
    # «لـ» of purpose on an imperfect verb, and «حتى» + masdar (until reached), state goals.
    text = "ودفع الجيش بتعزيزات إلى كفرنبل ليدعم قواته المنتشرة هناك."
    doc = code(text, actors=ARMY, places=["كفرنبل"])
    assert [r[0] for r in roles(doc)] == ["MOBILIZE"]
    text = "ويواصل الجيش عملياته حتى تحرير كامل المحافظة من المتمردين."
    doc = code(text, actors=_only({**ARMY, **REBELS}, text))
    assert [r[1] for r in roles(doc)] == []


def test_what_an_accusation_charges_is_its_content(code: Callable[..., Document]) -> None:
    text = "واتهم المتمردون الجيش بالتعاون مع الميليشيات الأجنبية."
    doc = code(text, actors=_only({**ARMY, **REBELS, "الميليشيات الأجنبية": ("Foreign militias", "armed_group")},
                                  text))
    assert [r[:4] for r in roles(doc)] == [("ACCUSE", "واتهم", ["Rebels"], ["Army"])]
    text = "وقال المتمردون في بيان، متهمين إياهم «بالتعاون مع الغرب»."
    assert [r[0] for r in roles(code(text, actors=_only(REBELS, text)))] == ["ACCUSE"]


def test_ground_is_never_taken_from_civilians(code: Callable[..., Document]) -> None:
    text = "وكانت العائلات تعيش في المدينة قبل سيطرة المتمردين عليها."
    doc = code(text, actors={"العائلات": ("Civilians", "other"), **_only(REBELS, text)})
    assert [r[:4] for r in roles(doc)] == [("ASSAULT", "سيطرة", ["Rebels"], [])]


def test_a_run_in_subheading_is_no_act_of_its_own(code: Callable[..., Document]) -> None:
    text = "المتمردون يقصفون وواصل المتمردون قصف قرية حاس بالمدفعية."
    doc = code(text, actors=_only(REBELS, text), places=["حاس"])
    assert [r[1] for r in roles(doc)] == ["قصف"]
    # A sentence opening with two acts of different words keeps both.
    text = "قصف المتمردون قرية حاس واعتقلوا عشرة من سكانها."
    doc = code(text, actors=_only(REBELS, text), places=["حاس"])
    assert len(roles(doc)) == 2


def test_stressing_the_importance_of_an_act_urges_it(code: Callable[..., Document]) -> None:
    # «أكد X أهمية …», like «شدد X على أهمية …» and «أكد X ضرورة …»: a call for the act.
    text = "وأكد الوزير أهمية تشكيل لجنة للتحقيق في الحادث."
    doc = code(text, actors={"الوزير": ("Minister", "person")})
    assert [r[:3] for r in roles(doc)] == [("REQUEST", "وأكد", ["Minister"])]


def test_forces_struck_by_an_attack_are_its_target_not_a_mobilisation(code: Callable[..., Document]) -> None:
    text = "وقصفت طائرات الجيش أرتال المتمردين القادمة نحو كفرنبل."
    doc = code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل"])
    assert [r[0] for r in roles(doc)] == ["ASSAULT"]


def test_a_curfew_strikes_a_population_not_the_other_side(code: Callable[..., Document]) -> None:
    text = "واندلعت اشتباكات بين الجيش والمتمردين في كفرنبل، وأعلن الجيش حظر التجول في البلدة."
    got = {r[1]: r for r in roles(code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل"]))}
    assert got["حظر التجول"][2:4] == (["Army"], [])


def test_civilians_who_flee_are_no_side_of_the_fight(code: Callable[..., Document]) -> None:
    text = "واستهدف قصف الجيش المدنيين في المدينة أمس. ونزح مئات المدنيين من المدينة."
    doc = code(text, actors={**ARMY, "المدنيين": ("Civilians", "other")})
    assert [r[:4] for r in roles(doc) if r[0] == "RETREAT"] == [("RETREAT", "ونزح", ["Civilians"], [])]


def test_a_person_named_after_an_assassination_or_kidnapping_is_its_victim(code: Callable[..., Document]) -> None:
    # «اغتيال X», «اختطاف X» with X a person: X is struck, not the agent (an agent before still acts).
    khalid = {"خالد العمر": ("Khalid al-Omar", "person")}
    doc = code("وشهدت المدينة أمس اغتيال خالد العمر.", actors=khalid)
    assert [r[:4] for r in roles(doc)] == [("ASSAULT", "اغتيال", [], ["Khalid al-Omar"])]
    text = "وأكدت الشرطة أن اختطاف خالد العمر تم في المدينة."
    doc = code(text, actors={"الشرطة": ("Police", "state_body"), **khalid})
    assert [r[:4] for r in roles(doc)] == [("ASSAULT", "اختطاف", [], ["Khalid al-Omar"])]
    text = "ونفذ المتمردون عملية اغتيال خالد العمر."
    doc = code(text, actors={**_only(REBELS, text), **khalid})
    assert [r[:4] for r in roles(doc)] == [("ASSAULT", "اغتيال", ["Rebels"], ["Khalid al-Omar"])]


def test_a_patron_named_after_loyal_to_is_not_the_one_struck(code: Callable[..., Document]) -> None:
    # «قصف قريتي X وY المواليتين للجيش … ما أدى لمقتل عدد من المتمردين»: the killed are the ones struck.
    text = "وقصف المتمردون قرية حاس الموالية لتركيا."
    doc = code(text, actors={**_only(REBELS, text), "تركيا": ("Turkey", "state")}, places=["حاس"])
    assert [r[:4] for r in roles(doc)] == [("ASSAULT", "وقصف", ["Rebels"], [])]


def test_a_body_members_belong_to_and_a_time_phrase_object_in_recipient_search(code: Callable[..., Document]) -> None:
    # «سيلتقي بعد زيارته دمشق قيادات في المعارضة»: Damascus is what the visit visits; the leaders met belong to the
    # opposition («في» after a word for members names their body, not a place).
    text = "وقال المبعوث إنه سيلتقي بعد زيارته دمشق قيادات سياسية في المعارضة السورية."
    doc = code(text, actors={"المبعوث": ("Envoy", "person"), "دمشق": ("Syria", "state"),
                             "المعارضة السورية": ("Syrian opposition", "armed_group")})
    got = [r for r in roles(doc) if r[1] == "سيلتقي"]
    assert got and got[0][3] == ["Syrian opposition"]


def test_a_verb_joined_by_wa_continues_the_actor_of_the_act_just_told(code: Callable[..., Document]) -> None:
    text = "وقال إن الحزب قام بقطع كل علاقاته مع إدارة الرئيس خالد العمر؛ وتعاون مع المتمردين."
    doc = code(text, actors={"الحزب": ("Party", "party"), "خالد العمر": ("Khalid al-Omar", "person"),
                             **_only(REBELS, text)})
    got = {r[0]: r for r in roles(doc)}
    assert got["COOPERATE"][2] == ["Party"]


def test_a_verb_describing_an_indefinite_attack_noun_is_the_same_act(code: Callable[..., Document]) -> None:
    text = "ونفذ الجيش غارات استهدفت مواقع المتمردين."
    doc = code(text, actors=_only({**ARMY, **REBELS}, text))
    assert [r[:4] for r in roles(doc)] == [("ASSAULT", "غارات", ["Army"], ["Rebels"])]
    # A definite noun or a new clause keeps its own verb.
    text = "وقصف الجيش البلدة، واستهدف المتمردون مواقع الجيش."
    doc = code(text, actors=_only({**ARMY, **REBELS}, text))
    assert len(roles(doc)) == 2


def test_a_toll_verb_after_an_attack_noun_still_names_the_victims(code: Callable[..., Document]) -> None:
    text = "ودارت معارك قتل فيها عشرة من المتمردين في كفرنبل، شنها الجيش."
    doc = code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل"])
    assert all(r[1] != "قتل" or r[3] for r in roles(doc))


def test_a_threat_is_made_to_the_one_its_threatened_act_would_strike(code: Callable[..., Document]) -> None:
    actors = {"الاتحاد الأوروبي": ("EU", "igo"), "دمشق": ("Syria", "state")}
    for text in ("وهدد الاتحاد الأوروبي بفرض عقوبات على دمشق.",
                 "وهدد الاتحاد الأوروبي مجددا بأنه سيفرض عقوبات جديدة على دمشق."):
        assert [r[:4] for r in roles(code(text, actors=actors))] == [("THREATEN", "وهدد", ["EU"], ["Syria"])]


def test_a_mutual_act_is_between_the_sides_of_the_two_sided_act_told(code: Callable[..., Document]) -> None:
    text = "ودارت اشتباكات بين الجيش والمتمردين في كفرنبل وسط اتهامات متبادلة بخرق الهدنة."
    got = {r[1]: r for r in roles(code(text, actors=_only({**ARMY, **REBELS}, text), places=["كفرنبل"]))}
    assert got["اتهامات"][:4] == ("ACCUSE", "اتهامات", ["Army"], ["Rebels"])


def test_ala_yad_names_the_agent_like_ala_aydi(code: Callable[..., Document]) -> None:
    # «لقي X مصرعه على يد Y»: Y is the agent («على يد» as «على أيدي»), never the one struck.
    text = "ولقي عشرة من المدنيين مصرعهم على يد المتمردين في كفرنبل."
    doc = code(text, actors=_only(REBELS, text), places=["كفرنبل"])
    assert [r[:3] for r in roles(doc)] == [("ASSAULT", "مصرعهم", ["Rebels"])]
