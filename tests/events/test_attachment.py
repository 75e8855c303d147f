"""Argument attachment and spurious-event rules of the coder (issue 5, third pass), on constructed sentences."""
from __future__ import annotations

from collections.abc import Callable

from rasd.doc import Document

ARMY = {"الجيش السوري": ("Syrian Arab Army", "state_body")}
ISIS = {"داعش": ("Islamic State", "armed_group")}


def names(doc: Document, ids: tuple[str, ...]) -> list[str]:
    by = {a.id: a.name for a in doc.actors}
    return [by[i] for i in ids]


def typed(doc: Document, type_: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.trigger_text, names(doc, e.actor), names(doc, e.recipient)) for e in doc.events if e.type == type_]


def test_pronoun_on_that_resumes_the_speaker(code: Callable[..., Document]) -> None:
    doc = code("وأكد الجيش السوري أنه قصف مواقع داعش.", actors={**ARMY, **ISIS})
    assert typed(doc, "ASSAULT") == [("قصف", ["Syrian Arab Army"], ["Islamic State"])]
    doc = code("وأعلن الجيش السوري في بيان أنه سيطر على بلدة مورك.", actors=ARMY, places=["مورك"])
    assert typed(doc, "ASSAULT") == [("سيطر", ["Syrian Arab Army"], [])]


def test_pronoun_on_that_never_makes_the_object_the_subject(code: Callable[..., Document]) -> None:
    # «لأنه هاجم التنظيم»: he (the executed sheikh, no actor mention) attacked the group; the group is the object.
    doc = code("أعدم تنظيم داعش الشيخ محمد لأنه هاجم التنظيم خلال خطبه.",
               actors={"تنظيم داعش": ("Islamic State", "armed_group"), "التنظيم": ("Islamic State", "armed_group")})
    assert [e.trigger_text for e in doc.events] == ["أعدم"]
    assert names(doc, doc.events[0].actor) == ["Islamic State"]


def test_counted_people_before_a_casualty_verb_are_the_killed(code: Callable[..., Document]) -> None:
    civ = {"مدنيا": ("civilians", "civilian"), "المرصد": ("SOHR", "ngo")}
    # Alone, the killed are no actor: no event.
    assert code("وقال المرصد إن 173 مدنيا قتلوا في المدينة.", actors=civ).events == ()
    # With «جراء هذه الغارات» the toll is that of the strikes told before: their agent, the victims as recipient.
    doc = code("وقتلت غارات التحالف 50 مسلحا في الرقة. وقال المرصد إن 173 مدنيا قتلوا جراء هذه الغارات.",
               actors={**civ, "التحالف": ("US-led coalition", "igo")})
    assert typed(doc, "ASSAULT")[-1] == ("قتلوا", ["US-led coalition"], ["civilians"])


def test_a_stopped_attack_is_no_attack(code: Callable[..., Document]) -> None:
    coal = {"التحالف": ("Saudi-led coalition", "igo")}
    doc = code("أعلنت قوات التحالف هدنة لوقف العمليات العسكرية في اليمن.", actors=coal, places=["اليمن"])
    assert [e.type for e in doc.events] == ["RETREAT"]
    # The same noun reported as happening is an attack.
    doc = code("وواصلت قوات التحالف العمليات العسكرية في اليمن.", actors=coal, places=["اليمن"])
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_securing_needs_ground(code: Callable[..., Document]) -> None:
    turkey = {"تركيا": ("Turkey", "state")}
    assert "ASSAULT" not in [e.type for e in code("وتعهدت تركيا بتأمين كل الظروف المناسبة.", actors=turkey).events]
    doc = code("وبدأت تركيا بتأمين الطريق الدولي.", actors=turkey)
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_areas_outside_control_are_no_capture(code: Callable[..., Document]) -> None:
    doc = code("وتدير الحكومة المؤقتة المناطق الخارجة عن سيطرة النظام.", actors={"النظام": ("Syrian government", "state")})
    assert doc.events == ()


def test_a_visit_and_its_purpose_are_one_record(code: Callable[..., Document]) -> None:
    doc = code("وسيزور المبعوث الدولي دمشق خلال اليومين المقبلين لإجراء محادثات مع القيادة السورية.",
               actors={"المبعوث الدولي": ("UN envoy", "igo"), "القيادة السورية": ("Syrian government", "state")},
               places=["دمشق"])
    assert [(e.type, e.trigger_text) for e in doc.events] == [("CONSULT", "وسيزور")]
    assert e_names(doc, 0) == (["UN envoy"], ["Syrian government"])


def e_names(doc: Document, k: int) -> tuple[list[str], list[str]]:
    return names(doc, doc.events[k].actor), names(doc, doc.events[k].recipient)


def test_a_later_noun_restating_an_earlier_act_is_folded(code: Callable[..., Document]) -> None:
    carter = {"كارتر": ("Ashton Carter", "person"), "بارزاني": ("Masoud Barzani", "person")}
    doc = code("واجتمع كارتر مع بارزاني في أربيل أمس. وجاءت زيارة كارتر لأربيل بعد يوم من زيارته بغداد.",
               actors=carter, places=["أربيل", "بغداد"])
    # (the visit to Baghdad is another act: it stays)
    assert [e.trigger_text for e in doc.events] == ["واجتمع", "زيارته"]
    envoy = {"المبعوث": ("UN envoy", "igo"), "المعارضة": ("Syrian opposition", "other")}
    doc = code("وسيزور المبعوث دمشق غدا. وسيلتقي المبعوث بعد زيارته قيادات المعارضة.", actors=envoy,
               places=["دمشق"])
    assert [e.trigger_text for e in doc.events] == ["وسيزور", "وسيلتقي"]
    # An act of the same kind somewhere else is another record.
    doc = code("واجتمع كارتر مع بارزاني في أربيل أمس. والتقى كارتر لاحقا بالرئيس في بغداد.", actors=carter,
               places=["أربيل", "بغداد"])
    assert len(doc.events) == 2


def test_securing_a_definite_place(code: Callable[..., Document]) -> None:
    doc = code("وأعلن الجيش السوري تأمين المنطقة بالكامل.", actors=ARMY)
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_counterpart_is_the_object(code: Callable[..., Document]) -> None:
    doc = code("حيث وصل وزير الخارجية السوري وليد المعلم إلى مسقط أمس، والتقى نظيره يوسف بن علوي.",
               actors={"وليد المعلم": ("Walid al-Muallem", "person"), "يوسف بن علوي": ("Yusuf bin Alawi", "person")},
               places=["مسقط"])
    e = doc.events[0]
    assert e.type == "CONSULT" and names(doc, e.actor) == ["Walid al-Muallem"]
    assert names(doc, e.recipient) == ["Yusuf bin Alawi"]
    # (the verb continues the sentence's subject, who went to Muscat)
    assert e.place == "p1"


def test_the_restated_act_frames_its_sentence(code: Callable[..., Document]) -> None:
    actors = {"المعلم": ("Walid al-Muallem", "person"), "بن علوي": ("Yusuf bin Alawi", "person"),
              "الوكالة": ("SANA", "media")}
    doc = code("واجتمع المعلم مع بن علوي في مسقط أمس. ورافقه نائبه. وقالت الوكالة إنه خلال الاجتماع اتفق المعلم"
               " وبن علوي على ضرورة الحل.", actors=actors, places=["مسقط"])
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert len(agree) == 1 and agree[0].place == "p1"


def test_in_the_same_area(code: Callable[..., Document]) -> None:
    actors = {"جبهة النصرة": ("Nusra", "armed_group"), "لفرقة 30": ("Division 30", "armed_group"),
              "المرصد": ("SOHR", "ngo"), "الطيران": ("air force", "state_body")}
    doc = code("وخطفت جبهة النصرة ثمانية عناصر قرب مدينة اعزاز. وقال المرصد إن الطيران قصف مدينة حلب. وهاجمت جبهة"
               " النصرة الجمعة مقرا للفرقة 30 في المنطقة نفسها.", actors=actors, places=["اعزاز", "حلب"])
    last = doc.events[-1]
    assert last.trigger_text == "وهاجمت" and last.place == "p1"  # Nusra's last place, not the air force's


SAA = {"الجيش السوري": ("Syrian Arab Army", "state_body"), "المعارضة": ("Syrian opposition", "armed_group")}


def test_a_similar_act_has_the_same_agent(code: Callable[..., Document]) -> None:
    doc = code("وقصف الجيش السوري قرية حيان، وهاجمت المعارضة حاجزا قرب حلب، بالإضافة إلى قصف مماثل على قرية بردة.",
               actors=SAA, places=["حيان", "حلب", "بردة"])
    last = doc.events[-1]
    assert last.trigger_text == "قصف" and names(doc, last.actor) == ["Syrian Arab Army"] and last.place == "p3"


def test_request_from_its_author_to_the_subject(code: Callable[..., Document]) -> None:
    doc = code("وأعلنت قوات التحالف بدء هدنة في اليمن بناء على طلب من الرئيس عبد ربه منصور هادي.",
               actors={"التحالف": ("Saudi-led coalition", "igo"), "عبد ربه منصور هادي": ("Hadi", "person")},
               places=["اليمن"])
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert len(req) == 1 and names(doc, req[0].actor) == ["Hadi"]
    assert names(doc, req[0].recipient) == ["Saudi-led coalition"]


def test_aid_from_its_giver(code: Callable[..., Document]) -> None:
    doc = code("ووصلت إلى المدينة شحنات أسلحة من الولايات المتحدة.", actors={"الولايات المتحدة": ("United States", "state")})
    aid = [e for e in doc.events if e.type == "AID"]
    assert len(aid) == 1 and names(doc, aid[0].actor) == ["United States"]


def test_masdar_in_a_relative_clause_takes_the_antecedent(code: Callable[..., Document]) -> None:
    doc = code("واجتمع كارتر مع الزعماء العراقيين الذين يعكفون على وضع خطط لاستعادة مدينة الرمادي من أيدي داعش.",
               actors={"كارتر": ("Ashton Carter", "person"), "الزعماء العراقيين": ("Iraqi government", "state"),
                       **ISIS}, places=["الرمادي"])
    retake = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(retake) == 1 and names(doc, retake[0].actor) == ["Iraqi government"]
    assert names(doc, retake[0].recipient) == ["Islamic State"] and retake[0].place == "p1"


def test_a_described_danger_is_no_threat(code: Callable[..., Document]) -> None:
    groups = {"التنظيمات الإرهابية": ("terrorist groups", "armed_group")}
    doc = code("وأرسل الجيش السوري تعزيزات لحماية البلدة من التنظيمات الإرهابية التي تهدد المنطقة.",
               actors={**ARMY, **groups})
    assert "THREATEN" not in [e.type for e in doc.events]
    doc = code("وهدد الجيش السوري التنظيمات الإرهابية.", actors={**ARMY, **groups})  # a threat to someone
    assert [e.type for e in doc.events] == ["THREATEN"]
    doc = code("وعاد الاتحاد الأوروبي يهدد بفرض عقوبات.", actors={"الاتحاد الأوروبي": ("EU", "igo")})
    assert [e.type for e in doc.events] == ["THREATEN"]


def test_a_demonym_names_the_agent_country(code: Callable[..., Document]) -> None:
    from rasd.doc import Actor

    text = "وشهد ريف حمص مباحثات للخوض في اتفاقات مصالحة جديدة بين الفصائل بدعم روسي."
    factions = {"الفصائل": ("rebels", "armed_group")}
    doc = code(text, actors=factions)
    assert "AID" not in [e.type for e in doc.events]  # Russia is no actor mention: no guessed subject
    # With an actor of that country in the clause, it is the agent.
    doc = code("وسيطرت قوات الحكومة على البلدة بغطاء جوي روسي من القوات الروسية.",
               actors={"القوات الروسية": ("Russian Armed Forces", "state_body"), "الحكومة": ("gov", "state")})
    doc = doc.replace(actors=tuple(Actor(a.id, a.name, a.name_ar, a.kind, country="RUS" if "Russian" in a.name
                                         else "SYR", mentions=a.mentions) for a in doc.actors))
    from rasd.events.coder import EventCoder

    evs = EventCoder()(doc)
    aid = [e for e in evs if e.type == "AID"]
    assert len(aid) == 1 and names(doc, aid[0].actor) == ["Russian Armed Forces"]


def test_a_statement_is_not_placed_by_what_it_talks_about(code: Callable[..., Document]) -> None:
    actors = {"الكربلائي": ("al-Karbalai", "person")}
    doc = code("وشدد الكربلائي على أهمية مشاركة أبناء محافظة الأنبار في تحرير مناطقهم.", actors=actors,
               places=["الأنبار"])
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert len(req) == 1 and req[0].place is None
    # … but a locality where it was made places it.
    doc = code("وطالب الكربلائي في مدينة كربلاء الحكومة بحل مشكلة الكهرباء.", actors={
        **actors, "الحكومة": ("Iraqi government", "state")}, places=["كربلاء"])
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert len(req) == 1 and req[0].place == "p1"
    # An attack takes the place it is about.
    doc = code("وقصف الجيش السوري محافظة الأنبار.", actors=ARMY, places=["الأنبار"])
    assert doc.events[0].place == "p1"


def test_repelling_an_attack_and_foiling(code: Callable[..., Document]) -> None:
    actors = {"البيشمركة": ("Peshmerga", "state_body"), **ISIS}
    doc = code("تمكنت قوات البيشمركة من صد هجوم لمسلحي داعش على مواقعها في قرية خراب دليل.", actors=actors,
               places=["خراب دليل"])
    assert typed(doc, "ASSAULT") == [("صد هجوم", ["Peshmerga"], ["Islamic State"])]
    doc = code("وأحبطت قوات البيشمركة محاولة تسلل لعناصر داعش.", actors=actors)
    assert [(t, a) for t, a, _r in typed(doc, "ASSAULT")] == [("وأحبطت", ["Peshmerga"])]


def test_the_attack_named_again_after_in(code: Callable[..., Document]) -> None:
    actors = {"البيشمركة": ("Peshmerga", "state_body"), "التنظيم": ("Islamic State", "armed_group")}
    doc = code("ودمرت قوات البيشمركة ثلاث عجلات استخدمها التنظيم في الهجوم.", actors=actors)
    assert [e.trigger_text for e in doc.events] == ["ودمرت"]
    doc = code("وشارك التنظيم في الهجوم على مدينة بيجي.", actors={"التنظيم": ("Islamic State", "armed_group")},
               places=["بيجي"])
    assert [e.trigger_text for e in doc.events] == ["الهجوم"]


def test_relative_clause_without_an_actor_antecedent(code: Callable[..., Document]) -> None:
    doc = code("وقال التنظيم إن المسلح الذي فجر نفسه كان من الأجانب.", actors={"التنظيم": ("Islamic State", "armed_group")})
    assert "ASSAULT" not in [e.type for e in doc.events]
    doc = code("وأعلن الجيش السوري الذي قصف المدينة أمس عن هدنة.", actors=ARMY)
    assert [(t, a) for t, a, _r in typed(doc, "ASSAULT")] == [("قصف", ["Syrian Arab Army"])]


def test_a_toll_noun_never_takes_a_killer_by_position(code: Callable[..., Document]) -> None:
    civ = {"مدنيين": ("civilians", "civilian"), "المرصد": ("SOHR", "ngo")}
    doc = code("وأحصى المرصد مدنيين في المدينة بالإضافة إلى مقتل مقاتل.", actors=civ)
    assert "ASSAULT" not in [e.type for e in doc.events]
    # In its sentence's attack, the toll names the attack's victims.
    doc = code("وواصل الجيش السوري قصف بلدة كفريا ما أدى لمقتل عدد من عناصر المعارضة.",
               actors={**ARMY, "المعارضة": ("Syrian opposition", "armed_group")}, places=["كفريا"])
    assert typed(doc, "ASSAULT") == [("قصف", ["Syrian Arab Army"], ["Syrian opposition"])]


def test_an_act_inside_what_a_statement_says_is_its_content(code: Callable[..., Document]) -> None:
    doc = code("وشدد الكربلائي على أهمية مشاركة أبناء الأنبار في تحرير مناطقهم.",
               actors={"الكربلائي": ("al-Karbalai", "person")})
    assert [e.type for e in doc.events] == ["REQUEST"]


def test_an_ability_wish_or_need_is_no_act(code: Callable[..., Document]) -> None:
    actors = {"الكونغرس": ("US Congress", "state_body"), **ARMY}
    assert code("ويبدي أعضاء الكونغرس عدم رغبتهم بالدخول في معركة مع الجيش السوري.", actors=actors).events == ()
    assert code("وقال إن الجيش السوري بحاجة إلى عشرة آلاف جندي لاستعادة المدينة.", actors=ARMY).events == ()
    # Managing to act is acting.
    assert [e.type for e in code("وتمكن الجيش السوري من تدمير دبابة.", actors=ARMY).events] == ["ASSAULT"]


def test_the_forced_one_acts(code: Callable[..., Document]) -> None:
    actors = {"المعارضة": ("rebels", "armed_group"), **ISIS}
    doc = code("وأجبرت قوات المعارضة تنظيم داعش على الانسحاب إلى قرية أم القرى.", actors=actors, places=["أم القرى"])
    assert typed(doc, "RETREAT") == [("الانسحاب", ["Islamic State"], ["rebels"])]
    # The forced one unnamed (a pronoun): no guessed agent.
    doc = code("وأجبرته قوات المعارضة على الانسحاب.", actors={"المعارضة": ("rebels", "armed_group")})
    assert "RETREAT" not in [e.type for e in doc.events]


def test_who_has_the_plan_acts(code: Callable[..., Document]) -> None:
    doc = code("وقال الوزير إنه ليس لدى تركيا خطط لإرسال قوات برية إلى سوريا.",
               actors={"تركيا": ("Turkey", "state")}, places=["سوريا"])
    e = [e for e in doc.events if e.type == "MOBILIZE"]
    assert len(e) == 1 and names(doc, e[0].actor) == ["Turkey"] and e[0].polarity == "negated"
    assert e[0].place == "p1"


def test_a_finer_place_in_apposition_places_the_act(code: Callable[..., Document]) -> None:
    from rasd.doc import Place

    doc = code("وقصف الجيش السوري بالبراميل في ريف حلب الشرقي تحديدا قرية قصر البريج.", actors=ARMY,
               places=["حلب", "قصر البريج"])
    # «ريف حلب» is the governorate (precision 3), «قصر البريج» a village (precision 1).
    pls = tuple(Place(p.id, p.name, p.name_ar, p.lat, p.lon, p.country, None, None,
                      "admin1" if p.name == "حلب" else "village", 3 if p.name == "حلب" else 1, mentions=p.mentions)
                for p in doc.places)
    from rasd.events.coder import EventCoder

    doc = doc.replace(places=pls)
    evs = EventCoder()(doc)
    assert [e.place for e in evs if e.type == "ASSAULT"] == ["p2"]


def test_two_acts_of_one_actor_at_one_place_stay_apart(code: Callable[..., Document]) -> None:
    doc = code("وطوق الجيش السوري مدينة الفلوجة. وقتل 9 أشخاص في قصف الجيش السوري على مدينة الفلوجة.", actors=ARMY,
               places=["الفلوجة"])
    assert [e.trigger_text for e in doc.events if e.type == "ASSAULT"] == ["وطوق", "قصف"]


def test_a_threat_with_its_content_further_on(code: Callable[..., Document]) -> None:
    doc = code("وكانت ميليشيات فجر ليبيا قد هددت على مواقع التواصل الاجتماعي بهدم الجدار.",
               actors={"فجر ليبيا": ("Libya Dawn", "armed_group")})
    assert [e.type for e in doc.events] == ["THREATEN"]


def test_dampened_resolve_is_no_attack(code: Callable[..., Document]) -> None:
    doc = code("ولم يحبط رحيل كاسياس عزيمة ريال مدريد.", actors={"ريال مدريد": ("Real Madrid", "other"),
                                                              "كاسياس": ("Casillas", "person")})
    assert doc.events == ()


def test_an_explicit_subject_blocks_borrowing_from_the_sentence_before(code: Callable[..., Document]) -> None:
    actors = {**ARMY, "المرصد": ("SOHR", "ngo")}
    doc = code("وقصف الجيش السوري مدينة حلب. وقال المرصد إن المستشفى استقبل تسع جثث.", actors=actors, places=["حلب"])
    assert [e.type for e in doc.events] == ["ASSAULT"]
    # A pronoun subject after «بعد أن» continues the sentence before.
    doc = code("وقصف الجيش السوري مدينة حلب. وبعد أن قصفت مدينة إدلب قال المرصد إن القصف عنيف.", actors=actors,
               places=["حلب", "إدلب"])
    assert [e.trigger_text for e in doc.events][:2] == ["وقصف", "قصفت"]


def test_a_feminine_verb_continues_a_feminine_subject(code: Callable[..., Document]) -> None:
    actors = {"رويترز": ("Reuters", "media"), "داود أوغلو": ("Ahmet Davutoglu", "person"),
              "تركيا": ("Turkey", "state"), "الولايات المتحدة": ("United States", "state")}
    doc = code("رويترز- إسطنبول: نقل عن داود أوغلو قوله إنه ليس لدى تركيا خطط لإرسال قوات، ولكنها اتفقت مع الولايات"
               " المتحدة على ضرورة توفير غطاء جوي.", actors=actors)
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert len(agree) == 1 and names(doc, agree[0].actor) == ["Turkey"]
    assert names(doc, agree[0].recipient) == ["United States"]
    # A masculine verb may continue the man.
    doc = code("والتقى داود أوغلو الوزير أمس، واتفق مع الولايات المتحدة على الحل.",
               actors={k: v for k, v in actors.items() if k in ("داود أوغلو", "الولايات المتحدة")})
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert len(agree) == 1 and names(doc, agree[0].actor) == ["Ahmet Davutoglu"]


def test_mobilisation_nouns(code: Callable[..., Document]) -> None:
    doc = code("وأعلنت السعودية التعبئة العامة لمواجهة العدوان.", actors={"السعودية": ("Saudi Arabia", "state")})
    assert [(e.type, e.mode) for e in doc.events] == [("MOBILIZE", "troops")]
    doc = code("وبدأ الجيش السوري نقل قوات إلى ريف حماة.", actors=ARMY, places=["حماة"])
    assert [(e.type, e.place) for e in doc.events] == [("MOBILIZE", "p1")]


def test_statement_frame_with_its_subject_between(code: Callable[..., Document]) -> None:
    doc = code("وأعرب وزير الخارجية السعودي عادل الجبير في بيان عن ترحيب المملكة بالقرار.",
               actors={"عادل الجبير": ("Adel al-Jubeir", "person")})
    sup = [e for e in doc.events if e.type == "SUPPORT"]
    assert len(sup) == 1 and names(doc, sup[0].actor) == ["Adel al-Jubeir"] and sup[0].trigger_text == "وأعرب"
    # «عبر» is also the preposition «via»: only «أعرب» takes the wide frame.
    doc = code("ونقل الوزير عبر وسائل الإعلام رسالة عن أسف الحكومة.", actors={"الوزير": ("minister", "person")})
    assert "ACCUSE" not in [e.type for e in doc.events]
