from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.doc import Document
from rasd.serialize import to_dict

ARMY = {"الجيش السوري": ("Syrian Arab Army", "state_body")}


def one(doc: Document, type_: str):  # type: ignore[no-untyped-def]
    evs = [e for e in doc.events if e.type == type_]
    assert len(evs) == 1, [(e.type, e.trigger_text) for e in doc.events]
    return evs[0]


def names(doc: Document, ids: tuple[str, ...]) -> list[str]:
    by = {a.id: a.name for a in doc.actors}
    return [by[i] for i in ids]


def test_air_strike_actor_place_date_mode_acled(code: Callable[..., Document]) -> None:
    doc = code("قصفت طائرات الجيش السوري أمس مدينة إدلب.", actors=ARMY, places=["إدلب"])
    e = one(doc, "ASSAULT")
    assert names(doc, e.actor) == ["Syrian Arab Army"]
    assert e.mode == "aerial" and e.acled == ("Explosions/Remote violence", "Air/drone strike")
    assert e.place == "p1" and e.date == "2015-08-04"
    assert doc.text[e.trigger.start:e.trigger.end] == "قصفت" and e.evidence.contains(e.trigger)
    assert e.id == "e1" and e.polarity == "asserted" and e.modality == "actual"


def test_reciprocal_clash_between_two_factions(code: Callable[..., Document]) -> None:
    doc = code("اندلعت اشتباكات في حي جوبر بين فصيلي «جيش الإسلام» و«فيلق الرحمن».",
               actors={"جيش الإسلام": ("Jaysh al-Islam", "armed_group"),
                       "فيلق الرحمن": ("Faylaq al-Rahman", "armed_group")}, places=["جوبر"])
    e = one(doc, "ASSAULT")
    assert names(doc, e.actor) == ["Jaysh al-Islam"] and names(doc, e.recipient) == ["Faylaq al-Rahman"]
    assert dict(e.extra).get("symmetric") is True and e.place == "p1"


def test_negation(code: Callable[..., Document]) -> None:
    e = one(code("لم يقصف الجيش السوري المدينة.", actors=ARMY), "ASSAULT")
    assert e.polarity == "negated"


def test_planned_and_masdar_after_light_verb(code: Callable[..., Document]) -> None:
    e = one(code("يستعد الجيش السوري لاقتحام مدينة تدمر.", actors=ARMY, places=["تدمر"]), "ASSAULT")
    assert e.modality == "planned" and e.place == "p1"


def test_threat_of_sanctions_is_one_threaten_record(code: Callable[..., Document]) -> None:
    doc = code("هدد الاتحاد الأوروبي بفرض عقوبات على دمشق.",
               actors={"الاتحاد الأوروبي": ("European Union", "igo"), "دمشق": ("Syrian government", "state")})
    e = one(doc, "THREATEN")
    assert e.mode == "restrict" and names(doc, e.actor) == ["European Union"]
    assert [x.type for x in doc.events] == ["THREATEN"]


def test_attribution_and_capture_by_a_state_actor(code: Callable[..., Document]) -> None:
    doc = code("وقالت مصادر ميدانية إن الجيش السوري سيطر على بلدة مورك في ريف حماة.", actors=ARMY,
               places=["مورك", "حماة"])
    e = one(doc, "ASSAULT")
    assert e.attributed_to == "مصادر ميدانية"
    assert e.acled == ("Battles", "Government regains territory")


def test_no_event_without_an_actor(code: Callable[..., Document]) -> None:
    assert code("سقطت قذيفة على حي سكني في حمص.", places=["حمص"]).events == ()


def test_casualty_counts(code: Callable[..., Document]) -> None:
    doc = code("شن طيران التحالف غارة على مدينة الرقة أسفرت عن مقتل 12 مدنيا وإصابة 5 آخرين.",
               actors={"التحالف": ("US-led coalition", "igo")}, places=["الرقة"])
    e = one(doc, "ASSAULT")
    assert dict(e.extra)["dead"] == 12 and dict(e.extra)["injured"] == 5


def test_figurative_uses_are_discarded(code: Callable[..., Document]) -> None:
    doc = code("أعلن الوزير الحرب على الفساد فجر اليوم، وقال إن الوضع تحت سيطرة الحكومة.",
               actors={"الوزير": ("Minister", "person"), "الحكومة": ("Government", "state_body")})
    assert [e.type for e in doc.events] == []


def test_weekday_resolves_to_the_last_such_day(code: Callable[..., Document]) -> None:
    # 2015-08-05 is a Wednesday; «يوم الاثنين» is 2015-08-03.
    e = one(code("واعتقلت قوات الأمن يوم الاثنين عشرين ناشطا.", actors={"قوات الأمن": ("Police", "state_body")}),
            "COERCE")
    assert e.date == "2015-08-03" and e.mode == "arrest" and dict(e.extra).get("arrested") == 20


def test_output_passes_the_contract_validator(code: Callable[..., Document], tmp_path: Path,
                                              validator: Path) -> None:
    doc = code("قصفت طائرات الجيش السوري أمس مدينة إدلب، بينما اتهمت المعارضة الجيش السوري بارتكاب مجزرة.",
               actors={**ARMY, "المعارضة": ("Syrian opposition", "armed_group")}, places=["إدلب"])
    assert len(doc.events) >= 2
    out = tmp_path / "doc.json"
    out.write_text(json.dumps(to_dict(doc), ensure_ascii=False), encoding="utf-8")
    r = subprocess.run([sys.executable, str(validator), str(out)], check=False, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


_WORDS = ["قصفت", "الجيش السوري", "المدينة", "و", "اشتباكات", "بين", "داعش", "في", "حلب", "،", "لم", "هدد",
          "بفرض", "عقوبات", "اعتقل", "أمس", "التي", "دربّتها", ".", "مقتل", "5", "غارات", "على", "يستعد", "لاقتحام"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40))
def test_invariants_on_random_text(code: Callable[..., Document], words: list[str]) -> None:
    text = " ".join(words)
    actors = {k: v for k, v in {"الجيش السوري": ("Syrian Arab Army", "state_body"),
                                "داعش": ("Islamic State", "armed_group")}.items() if k in text}
    doc = code(text, actors=actors, places=["حلب"] if "حلب" in text else [])
    for n, e in enumerate(doc.events, 1):
        assert e.id == f"e{n}"
        assert e.actor and set(e.actor) <= {a.id for a in doc.actors}
        assert not set(e.actor) & set(e.recipient)
        assert e.evidence.contains(e.trigger) and doc.text[e.trigger.start:e.trigger.end] == e.trigger_text
        assert 0 <= e.confidence <= 1
    again = code(text, actors=actors, places=["حلب"] if "حلب" in text else [])
    assert again.events == doc.events  # deterministic


HOUTHIS = {"حوثيين": ("Houthis", "armed_group"), "مدنيين": ("civilians", "other")}


def test_lam_agent_of_a_violent_masdar_and_casualties_name_the_victims(code: Callable[..., Document]) -> None:
    # «قصف للحوثيين» = shelling by the Houthis; the victims of the sentence's casualty verb are the recipient,
    # and the toll folds into the shelling (one record).
    doc = code("قتل خمسة مدنيين في قصف للحوثيين على حي سكني في مدينة تعز.", actors=HOUTHIS, places=["تعز"])
    e = one(doc, "ASSAULT")
    assert names(doc, e.actor) == ["Houthis"] and names(doc, e.recipient) == ["civilians"]
    assert e.place == "p1"


def test_lam_marks_the_beneficiary_of_aid_not_its_agent(code: Callable[..., Document]) -> None:
    doc = code("أعلنت تركيا تقديم الدعم للمعارضة السورية.",  # «للمعارضة» holds «لمعارضة السورية»
               actors={"تركيا": ("Turkey", "state"), "لمعارضة السورية": ("Syrian opposition", "armed_group")})
    e = one(doc, "AID")
    assert names(doc, e.actor) == ["Turkey"] and names(doc, e.recipient) == ["Syrian opposition"]


def test_postponed_subject_after_a_title(code: Callable[..., Document]) -> None:
    doc = code("دعا خطيب الجامع الكبير في بغداد الشيخ أحمد الحسني، الحكومة العراقية إلى محاسبة الفاسدين.",
               actors={"أحمد الحسني": ("Ahmad al-Husni", "person"),
                       "الحكومة العراقية": ("Iraqi government", "state_body")}, places=["بغداد"])
    e = one(doc, "REQUEST")
    assert names(doc, e.actor) == ["Ahmad al-Husni"] and names(doc, e.recipient) == ["Iraqi government"]


def test_clash_between_sides_named_through_head_nouns(code: Callable[..., Document]) -> None:
    doc = code("تدور معارك عنيفة في سهل الغاب بين مقاتلي المعارضة وعناصر ميليشيات حزب الله.",
               actors={"المعارضة": ("Syrian opposition", "armed_group"), "حزب الله": ("Hezbollah", "armed_group")},
               places=["سهل الغاب"])
    e = one(doc, "ASSAULT")
    assert names(doc, e.actor) == ["Syrian opposition"] and names(doc, e.recipient) == ["Hezbollah"]
    assert dict(e.extra).get("symmetric") is True and e.place == "p1"


def test_noun_restatement_folds_into_the_verb_event_but_coordinated_verbs_stay_apart(
        code: Callable[..., Document]) -> None:
    doc = code("واستهدفت قوات النظام بالصواريخ وقذائف المدفعية بلدات حيان وبيانون.",
               actors={"قوات النظام": ("Syrian Arab Army", "state_body")}, places=["حيان"])
    e = one(doc, "ASSAULT")
    assert e.mode == "heavy-weapons" and e.place == "p1"
    doc = code("قوات العمليات الخاصة التي دربّت «قسد» وسلّحتها.",
               actors={"قوات العمليات الخاصة": ("US Special Operations Forces", "state_body"),
                       "قسد": ("Syrian Democratic Forces", "armed_group")})
    assert [e.type for e in doc.events] == ["AID", "AID"]


def test_governed_place_later_in_the_sentence(code: Callable[..., Document]) -> None:
    doc = code("وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الاربعاء مع عدد من الأسلحة والذخائر الخفيفة، قرب "
               "مدينة اعزاز في ريف حلب الشمالي.",
               actors={"جبهة النصرة": ("Nusra Front", "armed_group"), "الفرقة 30": ("Division 30", "armed_group")},
               places=["اعزاز", "حلب"])
    e = one(doc, "ASSAULT")
    assert names(doc, e.recipient) == ["Division 30"] and e.place == "p1"


def test_gapped_sanction_phrase(code: Callable[..., Document]) -> None:
    doc = code("ولم تقطع سلطنة عمان علاقاتها الدبلوماسية مع دمشق.",
               actors={"سلطنة عمان": ("Oman", "state"), "دمشق": ("Syrian government", "state")})
    e = one(doc, "SANCTION")
    assert names(doc, e.actor) == ["Oman"] and e.polarity == "negated"
    assert doc.text[e.trigger.start:e.trigger.end] == "تقطع"


# --- argument attachment (issue 5 review) -------------------------------------------------------------------------
OPP = {"قوات المعارضة": ("Syrian armed opposition", "armed_group"), "قوات النظام": ("Syrian Arab Army", "state_body")}


def test_clash_between_sides_marked_min_jiha(code: Callable[..., Document]) -> None:
    doc = code("اندلعت اشتباكات عنيفة بين قوات المعارضة من جهة، وقوات النظام من جهة أخرى، في حندرات.",
               actors=OPP, places=["حندرات"])
    e = one(doc, "ASSAULT")
    assert names(doc, e.actor) == ["Syrian armed opposition"] and names(doc, e.recipient) == ["Syrian Arab Army"]
    assert dict(e.extra).get("symmetric") is True and e.place == "p1"


def test_clash_with_pronoun_side_takes_the_subject(code: Callable[..., Document]) -> None:
    doc = code("هاجمت جبهة النصرة مقرا للفرقة 30، ووقعت اشتباكات بينها وبين الفرقة 30.",
               actors={"جبهة النصرة": ("Nusra Front", "armed_group"), "الفرقة 30": ("Division 30", "armed_group")})
    clash = [e for e in doc.events if e.trigger_text == "اشتباكات"]
    assert len(clash) == 1 and len(doc.events) == 2  # the clash is its own record, not folded into the attack
    assert names(doc, clash[0].actor) == ["Nusra Front"] and names(doc, clash[0].recipient) == ["Division 30"]


def test_place_is_the_nearest_governed_locality(code: Callable[..., Document]) -> None:
    doc = code("قصف الجيش السوري قرية قصر البريج بريف حلب.", actors=ARMY, places=["قصر البريج", "حلب"])
    assert one(doc, "ASSAULT").place == "p1"


def test_town_after_place_noun_is_not_a_party(code: Callable[..., Document]) -> None:
    doc = code("واستهدفت قوات الأسد بالصواريخ بلدات حيان وبيانون وماير.",
               actors={"قوات الأسد": ("Syrian Arab Army", "state_body"), "ماير": ("Mayer", "person")})
    e = one(doc, "ASSAULT")
    assert names(doc, e.actor) == ["Syrian Arab Army"] and e.recipient == ()


def test_lam_after_an_object_names_the_target_not_the_agent(code: Callable[..., Document]) -> None:
    doc = code("تمكنت فصائل المعارضة من تدمير دبابة لقوات النظام.",
               actors={"فصائل المعارضة": ("Syrian armed opposition", "armed_group"),
                       "قوات النظام": ("Syrian Arab Army", "state_body")})
    e = one(doc, "ASSAULT")
    assert names(doc, e.actor) == ["Syrian armed opposition"] and names(doc, e.recipient) == ["Syrian Arab Army"]


def test_lam_after_a_violent_masdar_names_the_agent(code: Callable[..., Document]) -> None:
    doc = code("قتل 17 مدنيا في قصف للحوثيين على أحياء سكنية.",
               actors={"لحوثيين": ("Houthis", "armed_group")})  # «للحوثيين» is tagged «لحوثيين»
    assert names(doc, one(doc, "ASSAULT").actor) == ["Houthis"]


def test_condemned_masdar_agent_is_its_genitive(code: Callable[..., Document]) -> None:
    doc = code("وقد دانت جامعة الدول العربية بشدة اقتحام قوات الاحتلال باحات المسجد.",
               actors={"جامعة الدول العربية": ("Arab League", "igo"),
                       "الاحتلال": ("Israel Defense Forces", "state_body")})
    acc, raid = one(doc, "ACCUSE"), one(doc, "ASSAULT")
    assert doc.text[acc.trigger.start:acc.trigger.end] == "دانت"  # the hamza-less form is a trigger too
    assert names(doc, acc.actor) == ["Arab League"] and names(doc, acc.recipient) == ["Israel Defense Forces"]
    assert names(doc, raid.actor) == ["Israel Defense Forces"]


def test_speaker_before_bare_an_is_not_the_actor(code: Callable[..., Document]) -> None:
    doc = code("وقالت الشرطة الاسرائيلية في بيان ان مثيري شغب ملثمين بدأوا رشق رجال الشرطة بالحجارة.",
               actors={"الشرطة الاسرائيلية": ("Israeli police", "state_body")})
    assert [e for e in doc.events if e.type == "PROTEST"] == []
    doc = code("وأكد الجيش السوري أنه سيطر على المدينة.", actors=ARMY)
    assert names(doc, one(doc, "ASSAULT").actor) == ["Syrian Arab Army"]


def test_partitive_subject_names_its_body(code: Callable[..., Document]) -> None:
    doc = code("وقال قائد الشرطة إن قوة من الشرطة الاتحادية اعتقلت ثلاثة من عناصر داعش.",
               actors={"الشرطة الاتحادية": ("Federal Police", "state_body"), "داعش": ("Islamic State", "armed_group")})
    assert names(doc, one(doc, "COERCE").actor) == ["Federal Police"]


def test_verb_with_object_pronoun_takes_the_subject_after_it(code: Callable[..., Document]) -> None:
    doc = code("ومقره بريطانيا، لا يزال مجهولا مصير سكان مدينة القريتين اختطفهم تنظيم داعش.",
               actors={"بريطانيا": ("United Kingdom", "state"), "تنظيم داعش": ("Islamic State", "armed_group")})
    assert names(doc, one(doc, "ASSAULT").actor) == ["Islamic State"]


def test_sa_initial_verbs_are_not_future(code: Callable[..., Document]) -> None:
    assert one(code("وسيطر الجيش السوري على المدينة.", actors=ARMY), "ASSAULT").modality == "actual"
    assert one(code("وقال المرصد إن الجيش السوري سيسيطر على المدينة.", actors=ARMY), "ASSAULT").modality == "planned"


def test_fear_and_goals_are_not_events(code: Callable[..., Document]) -> None:
    doc = code("ونشر الجيش السوري تعزيزات في المدينة خوفا من اندلاع اشتباكات.", actors=ARMY)
    assert [e.type for e in doc.events] == ["MOBILIZE"]
    doc = code("بدأ الجيش السوري عملية تهدف لمنع تمدد التنظيم.", actors=ARMY)
    assert "COERCE" not in [e.type for e in doc.events]


def test_demonstrative_noun_restates_an_earlier_act(code: Callable[..., Document]) -> None:
    doc = code("اعتدت قوات الأمن على المتظاهرين. ودانت المعارضة هذه الاعتداءات.",
               actors={"قوات الأمن": ("security forces", "state_body"), "المعارضة": ("opposition", "party")})
    assert [e.trigger_text for e in doc.events if e.type == "ASSAULT"] == ["اعتدت"]


def test_urging_necessity_is_a_request(code: Callable[..., Document]) -> None:
    doc = code("وشدد الرئيس السوري على ضرورة وقف القتال.", actors={"الرئيس السوري": ("Syrian president", "person")})
    e = one(doc, "REQUEST")
    assert e.trigger_text == "وشدد" and e.modality == "actual"


def test_relative_clause_on_the_actor_is_not_the_recipient(code: Callable[..., Document]) -> None:
    doc = code("قصف طيران التحالف الذي تقوده السعودية اليوم مواقع للحوثيين في صنعاء.",
               actors={"التحالف": ("Saudi-led coalition", "igo"), "السعودية": ("Saudi Arabia", "state"),
                       "لحوثيين": ("Houthis", "armed_group")}, places=["صنعاء"])
    e = one(doc, "ASSAULT")
    assert names(doc, e.actor) == ["Saudi-led coalition"] and names(doc, e.recipient) == ["Houthis"]


def test_reporting_speaker_is_not_the_agent_of_a_mentioned_attack(code: Callable[..., Document]) -> None:
    doc = code("أكدت الشرطة البريطانية وجود صلة بين الهجوم على متحف باردو والهجوم على فندق في سوسة.",
               actors={"الشرطة البريطانية": ("British police", "state_body")})
    assert doc.events == ()
    doc = code("أعلنت قيادة التحالف بدء هدنة إنسانية في اليمن.", actors={"التحالف": ("Saudi-led coalition", "igo")})
    assert names(doc, one(doc, "RETREAT").actor) == ["Saudi-led coalition"]


def test_questions_are_hypothetical(code: Callable[..., Document]) -> None:
    doc = code("وتابع الرئيس: هل الاعتداء على فنلندا ممكن؟", actors={"فنلندا": ("Finland", "state")})
    assert all(e.modality == "hypothetical" for e in doc.events)


def test_relative_clause_names_the_agent_of_a_violent_noun(code: Callable[..., Document]) -> None:
    doc = code("صدت المقاومة الشعبية عدة هجمات شنتها الميليشيات الحوثية على مواقع متفرقة.",
               actors={"المقاومة الشعبية": ("Popular Resistance", "armed_group"),
                       "الميليشيات الحوثية": ("Houthis", "armed_group")})
    attack = [e for e in doc.events if e.trigger_text == "هجمات"]
    assert len(attack) == 1 and names(doc, attack[0].actor) == ["Houthis"]


def test_condemning_speaker_is_not_the_perpetrator(code: Callable[..., Document]) -> None:
    doc = code("استنكر الوزير السعودي حادثة تفجير مسجد قوات الطوارئ في منطقة عسير.",
               actors={"الوزير السعودي": ("Saudi minister", "person")})
    assert [e.type for e in doc.events] == ["ACCUSE"]


def test_passive_is_called_is_not_a_claim(code: Callable[..., Document]) -> None:
    doc = code("وأوضح الجيش السوري أن الجندي يدعى محمد.", actors=ARMY)
    assert [e for e in doc.events if e.type == "ACCUSE"] == []
    doc = code("ويدعي الجيش السوري أنه انتصر.", actors=ARMY)
    assert one(doc, "ACCUSE").trigger_text == "ويدعي"


def test_definite_noun_after_a_time_preposition_is_background(code: Callable[..., Document]) -> None:
    doc = code("وقال الجيش السوري بعد الهجوم إن الوضع مستقر.", actors=ARMY)
    assert [e for e in doc.events if e.type == "ASSAULT"] == []


def test_counted_people_after_a_violent_verb_are_its_patients(code: Callable[..., Document]) -> None:
    doc = code("أعدم تنظيم داعش أمس الشيخ الجبوري، فيما اعتقل أمس 15 خياطا موصليا.",
               actors={"تنظيم داعش": ("Islamic State", "armed_group"), "15 خياطا": ("civilians", "other")})
    e = one(doc, "COERCE")
    assert names(doc, e.actor) == ["Islamic State"] and names(doc, e.recipient) == ["civilians"]



def test_described_incident_gets_no_guessed_perpetrator(code: Callable[..., Document]) -> None:
    doc = code("وقف أمير منطقة عسير اليوم على موقع التفجير الغاشم الذي استهدف مسجد قوات الطوارئ.",
               actors={"أمير منطقة عسير": ("Asir governor", "person")})
    assert [e for e in doc.events if e.type == "ASSAULT"] == []
    doc = code("وقال الجيش السوري إن التفجير الذي نفذه تنظيم داعش استهدف حاجزا.",
               actors={**ARMY, "تنظيم داعش": ("Islamic State", "armed_group")})
    assert names(doc, doc.events[0].actor) == ["Islamic State"]


def test_conjunct_shares_its_preposition(code: Callable[..., Document]) -> None:
    doc = code("أطلقت قوات التحالف في العراق وسوريا ستة آلاف ضربة جوية.",
               actors={"التحالف": ("US-led coalition", "igo"), "العراق": ("Iraq", "state"),
                       "سوريا": ("Syria", "state")})
    assert names(doc, one(doc, "ASSAULT").actor) == ["US-led coalition"]


def test_second_side_after_min_jiha_and_a_fronted_place_frame(code: Callable[..., Document]) -> None:
    doc = code("وفي محافظة إب، تحتدم المواجهات بين الحوثيين وحلفائهم الموالين لصالح من جهة، وقوات المقاومة من جهة أخرى.",
               actors={"الحوثيين": ("Houthis", "armed_group"), "قوات المقاومة": ("Popular Resistance", "armed_group")},
               places=["إب"])
    e = one(doc, "ASSAULT")
    assert names(doc, e.actor) == ["Houthis"] and names(doc, e.recipient) == ["Popular Resistance"]
    assert e.place == "p1"


def test_min_aydi_is_not_an_agent_but_ala_aydi_is(code: Callable[..., Document]) -> None:
    acts = {"الجيش العراقي": ("Iraqi Army", "state_body"), "داعش": ("Islamic State", "armed_group")}
    doc = code("يستعد الجيش العراقي لاستعادة مدينة الرمادي من أيدي داعش.", actors=acts)
    assert names(doc, one(doc, "ASSAULT").actor) == ["Iraqi Army"]
    doc = code("أعلن الجيش العراقي مقتل خمسة مدنيين على أيدي داعش.", actors=acts)
    assert names(doc, one(doc, "ASSAULT").actor) == ["Islamic State"]


def test_content_of_a_proposal_is_not_coded(code: Callable[..., Document]) -> None:
    doc = code("وقدمت روسيا مشروع وقف إطلاق نار شامل في المنطقة.", actors={"روسيا": ("Russia", "state")})
    assert [e for e in doc.events if e.type == "RETREAT"] == []


def test_a_bare_noun_out_of_its_clause_gets_no_guessed_actor(code: Callable[..., Document]) -> None:
    doc = code("وأعلن الجيش السوري في بيان مطول نشرته وكالة الأنباء الرسمية مساء أمس عن الوضع في المنطقة، "
               "وإدخال مساعدات غذائية إلى البلدة.", actors=ARMY)
    assert [e for e in doc.events if e.type == "AID"] == []
    doc = code("وأمر الجيش السوري وحداته، بإرسال تعزيزات عسكرية إلى البلدة.", actors=ARMY)
    assert names(doc, one(doc, "MOBILIZE").actor) == ["Syrian Arab Army"]


def test_decision_and_future_light_verbs_are_planned(code: Callable[..., Document]) -> None:
    acts = {"تركيا": ("Turkey", "state"), "المعارضة السورية": ("Syrian opposition", "armed_group")}
    doc = code("اتخذت تركيا قرارا استراتيجيا بدعم المعارضة السورية.", actors=acts)
    assert one(doc, "AID").modality == "planned"


def test_receiving_aid_makes_the_subject_the_recipient(code: Callable[..., Document]) -> None:
    acts = {"الفرقة 30": ("Division 30", "armed_group"), "الجيش الأميركي": ("US military", "state_body")}
    doc = code("وكان عناصر الفرقة 30 قد تلقوا تدريبات عسكرية من الجيش الأميركي في تركيا.", actors=acts)
    e = one(doc, "AID")
    assert names(doc, e.actor) == ["US military"] and names(doc, e.recipient) == ["Division 30"]


def test_attributed_source_stops_before_time_words(code: Callable[..., Document]) -> None:
    doc = code("أعلنت مصادر عسكرية اليوم السبت أن الجيش السوري سيطر على البلدة.", actors=ARMY)
    assert one(doc, "ASSAULT").attributed_to == "مصادر عسكرية"


def test_barrel_bombs_imply_the_syrian_army_once_per_sentence() -> None:
    from rasd.doc import Actor
    from rasd.events.coder import EventCoder

    from .conftest import make_doc

    d = make_doc("قصفت قوات النظام حلب. وشهدت مدينة الزبداني غارات استهدفت المدينة بـ 4 براميل متفجرة.",
                 actors={"قوات النظام": ("Syrian Arab Army", "state_body")})
    army = d.actors[0]
    d = d.replace(actors=(Actor(army.id, army.name, army.name_ar, army.kind, country="SYR", sector="MIL",
                                mentions=army.mentions),))
    evs = EventCoder()(d)
    implied = [e for e in evs if e.rule.startswith("implied-barrel-bombs")]
    assert len(implied) == 1 and implied[0].actor == (army.id,) and implied[0].trigger_text == "غارات"


def test_relative_verb_without_object_pronoun_takes_the_antecedent(code: Callable[..., Document]) -> None:
    doc = code("منذ بدأت عمليات التحالف الدولي الذي يقصف التنظيم في العراق.",
               actors={"التحالف الدولي": ("US-led coalition", "igo"), "التنظيم": ("Islamic State", "armed_group")})
    e = one(doc, "ASSAULT")
    assert names(doc, e.actor) == ["US-led coalition"] and names(doc, e.recipient) == ["Islamic State"]


def test_condemnation_noun_does_not_make_the_speaker_a_bomber(code: Callable[..., Document]) -> None:
    doc = code("وأبدى اللواء اليحيى استنكاره للتفجير العدواني.", actors={"اللواء اليحيى": ("Yahya", "person")})
    assert [e.type for e in doc.events] == ["ACCUSE"]


def test_toll_never_borrows_a_killer_and_ascribed_attacks_name_their_agent(code: Callable[..., Document]) -> None:
    acts = {"إردوغان": ("Erdogan", "person"), "القوات التركية": ("Turkish military", "state_body"),
            "حزب العمال الكردستاني": ("PKK", "armed_group")}
    doc = code("وأطلق إردوغان حربا على الإرهاب. وقتل 19 شخصا من القوات التركية بهجمات نسبت إلى حزب العمال "
               "الكردستاني.", actors=acts)
    assert [names(doc, e.actor) for e in doc.events if e.sentence == 1] == [["PKK"]]


def test_masdar_in_an_institution_name_is_not_an_act(code: Callable[..., Document]) -> None:
    acts = {"الملك سلمان": ("King Salman", "person"), "اليمن": ("Yemen", "state")}
    doc = code("وأوضح المتحدث باسم مركز الملك سلمان للإغاثة أن الرحلة وصلت إلى اليمن.", actors=acts)
    assert [e for e in doc.events if e.type == "AID"] == []
    doc = code("وقدم مركز الملك سلمان مساعدات غذائية إلى اليمن.", actors=acts)
    assert one(doc, "AID").trigger_text == "مساعدات"


def test_insurance_and_sports_are_not_events(code: Callable[..., Document]) -> None:
    acts = {"الحكومة السعودية": ("Saudi government", "state_body")}
    doc = code("وأعلنت الحكومة السعودية توسيع التأمين الصحي، وتأهل المنتخب في تصفيات كأس العالم.", actors=acts)
    assert doc.events == ()
    doc = code("وتمكن الجيش السوري من تأمين الطريق الدولي.", actors=ARMY)
    assert one(doc, "ASSAULT").trigger_text == "تأمين"


def test_credited_source_is_never_the_recipient(code: Callable[..., Document]) -> None:
    acts = {"جبهة النصرة": ("Nusra Front", "armed_group"),
            "المرصد السوري لحقوق الانسان": ("SOHR", "ngo")}
    doc = code("هاجمت جبهة النصرة مقرا في البلدة، بحسب المرصد السوري لحقوق الانسان.", actors=acts)
    assert one(doc, "ASSAULT").recipient == ()
