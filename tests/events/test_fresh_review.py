"""Rules of the fresh-split review (issue 5, fourth pass), on constructed sentences (not dev copies)."""
from __future__ import annotations

from collections.abc import Callable

from rasd.doc import Document

ARMY = {"الجيش العراقي": ("Iraqi Army", "state_body")}
ISIS = {"داعش": ("Islamic State", "armed_group")}


def names(doc: Document, ids: tuple[str, ...]) -> list[str]:
    by = {a.id: a.name for a in doc.actors}
    return [by[i] for i in ids]


def typed(doc: Document) -> list[tuple[str, str]]:
    return [(e.type, e.trigger_text) for e in doc.events]


def test_siege_masdar_but_not_the_participle(code: Callable[..., Document]) -> None:
    doc = code("وأعلن الجيش العراقي محاصرة مدينة الرمادي من ثلاث جهات.", actors=ARMY, places=["الرمادي"])
    assert typed(doc) == [("COERCE", "محاصرة")]
    assert names(doc, doc.events[0].actor) == ["Iraqi Army"]
    # «العائلات المحاصرة», «مدينة محاصرة منذ»: "besieged", no act.
    assert code("وقال الجيش العراقي إن العائلات المحاصرة تعاني.", actors=ARMY).events == ()
    assert code("وقال الجيش العراقي إن المدينة محاصرة منذ شهرين.", actors=ARMY).events == ()


def test_clearing_ground_is_a_capture(code: Callable[..., Document]) -> None:
    doc = code("وتمكن الجيش العراقي من تطهير قرية البوعيثة من عناصر داعش.", actors={**ARMY, **ISIS},
               places=["البوعيثة"])
    assert [(e.type, e.trigger_text) for e in doc.events] == [("ASSAULT", "تطهير")]
    assert names(doc, doc.events[0].actor) == ["Iraqi Army"]


def test_a_reception_needs_someone_received(code: Callable[..., Document]) -> None:
    pm = {"العبادي": ("Haider al-Abadi", "person"), "الجبوري": ("Raed al-Jubouri", "person")}
    doc = code("وخلال استقبال العبادي محافظ صلاح الدين الجبوري بحث الجانبان عودة النازحين.", actors=pm)
    consult = [e for e in doc.events if e.type == "CONSULT"]
    assert [e.trigger_text for e in consult][:1] == ["استقبال"]
    assert names(doc, consult[0].actor) == ["Haider al-Abadi"]
    assert names(doc, consult[0].recipient) == ["Raed al-Jubouri"]
    # Receiving migrants, bodies or a holiday is no meeting.
    hosp = {"المستشفى": ("Jalaa hospital", "other")}
    assert code("وقال الطبيب إن المستشفى استقبل جثامين 9 مدنيين.", actors=hosp).events == ()
    gov = {"الحكومة": ("Government", "state_body")}
    assert code("وأوقفت الحكومة استقبال المهاجرين.", actors=gov).events == ()


def test_dispersing_a_protest(code: Callable[..., Document]) -> None:
    police = {"قوات الأمن": ("Libyan police", "state_body")}
    doc = code("وقامت قوات الأمن بتفريق التظاهرة.", actors=police)
    assert [(e.type, e.mode, e.trigger_text) for e in doc.events][:1] == [("ASSAULT", "crowd-control", "بتفريق")]
    # «فرق» with no protest after it is not dispersal («فرق الإنقاذ» rescue teams).
    assert code("ووصلت فرق الإنقاذ مع قوات الأمن.", actors=police).events == ()


def test_exchange_of_fire_but_not_of_accusations(code: Callable[..., Document]) -> None:
    sides = {"القوات الهندية": ("Indian Army", "state_body"), "الباكستانية": ("Pakistani Army", "state_body")}
    doc = code("وتبادلت القوات الهندية والباكستانية إطلاق النار على الحدود.", actors=sides)
    assert [e.type for e in doc.events] == ["ASSAULT"]
    ua = {"أوكرانيا": ("Ukraine", "state"), "روسيا": ("Russia", "state")}
    doc = code("وتبادلت أوكرانيا وروسيا الاتهامات بقصف مناطق سكانية.", actors=ua)
    assert "ASSAULT" not in [e.type for e in doc.events if e.trigger_text.startswith("وتبادل")]


def test_time_preposition_noun_with_its_own_sides_is_a_new_act(code: Callable[..., Document]) -> None:
    sides = {"الجيش الليبي": ("Libyan National Army", "state_body"),
             "مجلس شورى ثوار بنغازي": ("Benghazi Revolutionaries Shura Council", "armed_group")}
    doc = code("وقال المرصد إن 9 مدنيين قتلوا خلال الاشتباكات بين الجيش الليبي وقوات مجلس شورى ثوار بنغازي.",
               actors={**sides, "المرصد": ("observatory", "ngo")})
    clash = [e for e in doc.events if e.trigger_text == "الاشتباكات"]
    assert len(clash) == 1 and e_sides(doc, clash[0]) == {"Libyan National Army",
                                                          "Benghazi Revolutionaries Shura Council"}
    # Without its sides, «خلال الاشتباكات» dates a statement by fighting already told.
    doc = code("واندلعت اشتباكات بين الجيش الليبي وقوات مجلس شورى ثوار بنغازي. وأسر الجيش الليبي مسلحين خلال "
               "الاشتباكات.", actors=sides)
    assert [e.trigger_text for e in doc.events].count("الاشتباكات") == 0


def e_sides(doc: Document, e: object) -> set[str]:
    return set(names(doc, e.actor)) | set(names(doc, e.recipient))  # type: ignore[attr-defined]


def test_thanks_and_the_feminine_call(code: Callable[..., Document]) -> None:
    moi = {"الوزارة": ("Libyan Ministry of Interior", "state_body"), "السلطات التونسية": ("Tunisia", "state")}
    doc = code("وقالت الوزارة إنها تتوجه بالشكر إلى السلطات التونسية.", actors=moi)
    assert ("SUPPORT", "تتوجه بالشكر") in typed(doc) or ("SUPPORT", "تتوجه") in typed(doc)
    moi = {"المفوضية": ("Iraqi human rights commission", "ngo"), "المجتمع الدولي": ("international community", "igo")}
    doc = code("وانتقدت المفوضية الهجمات، داعية المجتمع الدولي إلى التحرك.", actors=moi)
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert [e.trigger_text for e in req] == ["داعية"]
    assert names(doc, req[0].actor) == ["Iraqi human rights commission"]
    # «داعية» alone is also "preacher".
    moi = {"المفوضية": ("Iraqi human rights commission", "ngo")}
    assert code("وقالت المفوضية إن داعية معروفا ظهر في الفيديو.", actors=moi).events == ()


def test_dual_place_noun_and_the_target_after_ala(code: Callable[..., Document]) -> None:
    army = {"قوات النظام": ("Syrian Arab Army", "state_body")}
    doc = code("وقصفت قوات النظام قريتي كفرنبل وحاس بجبل الزاوية.", actors=army,
               places=["كفرنبل", "حاس", "جبل الزاوية"])
    assert [p.name for p in doc.places if p.id == doc.events[0].place] == ["كفرنبل"]
    doc = code("وقال مصدر إن قوات النظام في إدلب سيطرت على منطقتي الزيادية والمنصورة.", actors=army,
               places=["إدلب", "الزيادية", "المنصورة"])
    assert [p.name for p in doc.places if p.id == doc.events[0].place] == ["الزيادية"]


def test_addressee_after_the_comma_that_closes_a_vso_subject(code: Callable[..., Document]) -> None:
    acts = {"مجلس محافظة الأنبار": ("Anbar Provincial Council", "state_body"),
            "الولايات المتحدة": ("United States", "state"), "التحالف الدولي": ("US-led coalition", "igo")}
    doc = code("طالب مجلس محافظة الأنبار، الولايات المتحدة بوصفها تقود التحالف الدولي بتكثيف الغارات.",
               actors=acts)
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert names(doc, req[0].actor) == ["Anbar Provincial Council"]
    assert names(doc, req[0].recipient) == ["United States"]
    # A title after the comma opens an apposition to the subject, not the addressee.
    acts = {"خالد خوجا": ("Khaled Khoja", "person"), "الائتلاف السوري": ("Syrian National Coalition", "igo")}
    doc = code("شكا خالد خوجا، رئيس الائتلاف السوري من الخطة.", actors=acts)
    assert all(e.recipient == () for e in doc.events)


def test_pronoun_on_that_resumes_a_speaker_across_a_statement_frame(code: Callable[..., Document]) -> None:
    acts = {"اليامي": ("Hadi al-Yami", "person"), "عزالدين الأصبحي": ("Ezzeddine al-Asbahi", "person")}
    doc = code('وقال "اليامي" في بيان له اليوم إنه التقى الوزير عزالدين الأصبحي.', actors=acts)
    assert [(e.type, names(doc, e.actor), names(doc, e.recipient)) for e in doc.events] == [
        ("CONSULT", ["Hadi al-Yami"], ["Ezzeddine al-Asbahi"])]


def test_present_control_is_a_state_unless_dated(code: Callable[..., Document]) -> None:
    acts = {"الحوثيون": ("Houthis", "armed_group"), "التحالف": ("Saudi-led coalition", "igo")}
    doc = code("وشن التحالف غارتين على معسكر يسيطر عليه الحوثيون.", actors=acts)
    assert [e.trigger_text for e in doc.events] == ["غارتين"]
    doc = code("وقال التحالف إن الحوثيين الذين يسيطرون على المدينة منذ العام الماضي يحتجزون الأهالي.",
               actors={"الحوثيين": ("Houthis", "armed_group"), "التحالف": ("Saudi-led coalition", "igo")})
    assert "يسيطرون" in [e.trigger_text for e in doc.events]
    # The past is an act.
    doc = code("وسيطر الحوثيون على المعسكر.", actors={"الحوثيون": ("Houthis", "armed_group")})
    assert [e.trigger_text for e in doc.events] == ["وسيطر"]


def test_weapon_after_an_attack_is_its_instrument(code: Callable[..., Document]) -> None:
    acts = {"داعش": ("Islamic State", "armed_group")}
    doc = code("وقصف تنظيم داعش الأحياء السكنية، بقذائف الهاون.", actors=acts)
    assert [e.trigger_text for e in doc.events] == ["وقصف"]
    # Alone, shells fired are the attack.
    doc = code("وأطلق تنظيم داعش قذائف الهاون على الأحياء.", actors=acts)
    assert "ASSAULT" in [e.type for e in doc.events]


def test_boycotting_talks_is_rejecting_them(code: Callable[..., Document]) -> None:
    acts = {"المندوبين": ("Tobruk delegates", "state_body")}
    doc = code("لكن المندوبين قاطعوا الاجتماع في الصخيرات.", actors=acts)
    assert [(e.type, e.mode) for e in doc.events] == [("REJECT", "meet")]
    doc = code("ودعا المندوبين إلى مقاطعة البضائع.", actors=acts)
    assert "REJECT" not in [e.type for e in doc.events]


def test_speed_of_response_is_no_concession(code: Callable[..., Document]) -> None:
    acts = {"الدباشي": ("Ibrahim Dabbashi", "person")}
    doc = code("وأثنى الدباشي على يقظة الأمن التونسي وسرعة استجابته.", actors=acts)
    assert "CONCEDE" not in [e.type for e in doc.events]


def test_counted_without_a_figure_are_patients(code: Callable[..., Document]) -> None:
    acts = {"داعش": ("Islamic State", "armed_group"), "بضعة آلاف من العوائل": ("civilians", "civilian")}
    doc = code("وقال المجلس إن مسلحي داعش يحاصرون بضعة آلاف من العوائل.", actors=acts)
    assert [(names(doc, e.actor), names(doc, e.recipient)) for e in doc.events] == [(["Islamic State"],
                                                                                      ["civilians"])]
    # With no agent named, the counted people are never made the besiegers.
    acts = {"عشرات العوائل": ("civilians", "civilian")}
    assert code("وتحاصر عشرات العوائل في المدينة.", actors=acts).events == ()


def test_a_bodys_seat_is_not_where_it_acts(code: Callable[..., Document]) -> None:
    acts = {"المؤتمر الوطني": ("General National Congress", "state_body")}
    doc = code("وقال إن المؤتمر الوطني الذي يتخذ من طرابلس مقرا له وقع على الاتفاق.", actors=acts,
               places=["طرابلس"])
    assert [(e.type, e.place) for e in doc.events] == [("AGREE", None)]
    doc = code("وقال إن المؤتمر الوطني الذي مقره طرابلس وقع على الاتفاق.", actors=acts, places=["طرابلس"])
    assert [(e.type, e.place) for e in doc.events] == [("AGREE", None)]
    army = {"الجيش": ("Syrian Arab Army", "state_body")}
    doc = code("وقصف الجيش مواقع على مقربة من حلب.", actors=army, places=["حلب"])
    assert [e.place for e in doc.events] == ["p1"]
    emir = {"الأمير سعود": ("Prince Saud", "person"), "السفير": ("ambassador", "person")}
    doc = code("واستقبل الأمير سعود السفير في مقره بالدمام.", actors=emir, places=["الدمام"])
    assert [e.place for e in doc.events] == ["p1"]


def test_letting_people_leave_is_access(code: Callable[..., Document]) -> None:
    acts = {"تنظيم داعش": ("Islamic State", "armed_group"), "العائلات": ("civilians", "civilian")}
    doc = code("وكشف أن تنظيم داعش يسمح لبعض العائلات بالخروج مقابل مبالغ مالية.", actors=acts)
    assert [(e.type, e.mode) for e in doc.events] == [("RETREAT", "access")]
    assert names(doc, doc.events[0].actor) == ["Islamic State"]
    # A bare «سمح لـ» is mostly generic («لا يسمح لأطفاله بحضورها»).
    assert code("وقال تنظيم داعش إنه لا يسمح لأطفاله بحضورها.",
                actors={"تنظيم داعش": ("Islamic State", "armed_group")}).events == ()


def test_death_sentences_are_verdicts_not_executions(code: Callable[..., Document]) -> None:
    acts = {"المحكمة": ("Tripoli court", "state_body")}
    doc = code("وأصدرت المحكمة أحكام الإعدام بحق تسعة من رموز النظام السابق.", actors=acts)
    assert [(e.type, e.mode) for e in doc.events] == [("SANCTION", "convict")]
    doc = code("وبدأت الحكومة تنفيذ حكم الإعدام في السجين.", actors={"الحكومة": ("Libyan government", "state_body")})
    assert "SANCTION" not in [e.type for e in doc.events]


def test_ruling_out_a_possibility_is_no_rejection(code: Callable[..., Document]) -> None:
    acts = {"الشرطة": ("police", "state_body")}
    assert code("واستبعدت الشرطة وجود عمل إجرامي.", actors=acts).events == ()


def test_a_mission_named_for_support_gives_none(code: Callable[..., Document]) -> None:
    acts = {"مجلس الأمن": ("UN Security Council", "igo")}
    doc = code("وصوت مجلس الأمن على تمديد بعثة الأمم المتحدة للدعم في ليبيا.", actors=acts)
    assert "AID" not in [e.type for e in doc.events]
