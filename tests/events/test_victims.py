"""Descriptive victim groups (civilians, residents, protesters) are the target of a violent act, never its agent."""
from __future__ import annotations

from collections.abc import Callable

from rasd.doc import Document

CIV = {"المدنيين": ("Civilians", "other")}
HOUTHI = {"الحوثيين": ("Houthis", "armed_group")}


def roles(doc: Document, type_: str) -> list[tuple[list[str], list[str]]]:
    by = {a.id: a.name for a in doc.actors}
    return [([by[i] for i in e.actor], [by[i] for i in e.recipient]) for e in doc.events if e.type == type_]


def test_lam_after_violent_masdar_marks_civilians_as_target(code: Callable[..., Document]) -> None:
    doc = code("وكشفت التقارير عن الجرائم التي شملت القصف العشوائي للمدنيين في المدينة.",
               actors={"لمدنيين": ("Civilians", "other")})
    got = roles(doc, "ASSAULT")
    assert got and all("Civilians" not in a for a, _r in got)
    assert any("Civilians" in r for _a, r in got)


def test_genitive_civilians_of_violent_masdar_are_not_the_agent(code: Callable[..., Document]) -> None:
    doc = code("وأدان التقرير أعمال الاعتقال للسكان المدنيين.",
               actors={"لسكان المدنيين": ("Civilians", "other")})
    for a, _r in roles(doc, "COERCE") + roles(doc, "ASSAULT"):
        assert "Civilians" not in a


def test_named_agent_is_kept_with_civilians_as_recipient(code: Callable[..., Document]) -> None:
    doc = code("وقصف الحوثيين المدنيين في تعز.", actors={**CIV, **HOUTHI}, places=["تعز"])
    for a, r in roles(doc, "ASSAULT"):
        assert "Civilians" not in a


def test_other_party_taken_for_target_becomes_agent(code: Callable[..., Document]) -> None:
    # «المدنيين» stood as the subject and the militia as the target: the militia is the agent.
    doc = code("وقال إن المدنيين تعرضوا لقصف الحوثيين.", actors={**CIV, **HOUTHI})
    for a, _r in roles(doc, "ASSAULT"):
        assert "Civilians" not in a


def test_constitutes_an_aggression_is_no_act(code: Callable[..., Document]) -> None:
    doc = code("وأضاف أن الحوثيين يشكل اعتداء مباشرا على حق الشعب اليمني.", actors=HOUTHI)
    assert roles(doc, "ASSAULT") == []


def test_meeting_of_purpose_takes_the_one_met_as_recipient(code: Callable[..., Document]) -> None:
    doc = code("تزامنا مع وصول وزير الدفاع كارتر، أمس إلى بغداد في زيارة غير معلنة للقاء مسؤولين عراقيين.",
               actors={"كارتر": ("Ashton Carter", "person"), "مسؤولين عراقيين": ("Iraqi government", "state_body")},
               places=["بغداد"])
    got = roles(doc, "CONSULT")
    assert got and all(a == ["Ashton Carter"] for a, _r in got)
    assert any(r == ["Iraqi government"] for _a, r in got)


def test_purpose_meeting_names_who_is_met_not_the_capital(code: Callable[..., Document]) -> None:
    doc = code("وجاءت الزيارة بعد يوم من زيارة كارتر لبغداد للاجتماع مع الزعماء العراقيين.",
               actors={"كارتر": ("Ashton Carter", "person"), "لبغداد": ("Iraq", "state"),
                       "الزعماء العراقيين": ("Iraqi government", "state_body")})
    got = roles(doc, "CONSULT")
    assert got and all("Iraq" not in r for _a, r in got)
    assert any("Iraqi government" in r for _a, r in got)


def test_dead_of_a_clash_are_its_toll_not_a_side(code: Callable[..., Document]) -> None:
    # The dead counted before a clash are its toll: the two sides named after it are its parties (symmetric).
    doc = code("وقتل 25 شخصا في اشتباكات يخوضها مسلحون من قبيلتي الزنتان والمشاشية.",
               actors={"شخصا": ("Civilians", "other"), "الزنتان": ("Zintan", "armed_group"),
                       "المشاشية": ("Mashashiya", "armed_group")})
    assert roles(doc, "ASSAULT") == [(["Zintan"], ["Mashashiya"])]


def test_same_sides_fighting_told_again_is_one_record_placed_by_the_town(code: Callable[..., Document]) -> None:
    doc = code("وتدور اشتباكات بين الزنتان والمشاشية في ليبيا. وقال المسؤول في مدينة غريان إن "
               "اشتباكات عنيفة بين الزنتان والمشاشية مستمرة.",
               actors={"الزنتان": ("Zintan", "armed_group"), "المشاشية": ("Mashashiya", "armed_group")},
               places=["ليبيا", "غريان"])
    assert len(roles(doc, "ASSAULT")) == 1


def test_a_request_from_a_pronoun_takes_no_author_after_it(code: Callable[..., Document]) -> None:
    # «وطلب منهم تخصيص نساء»: «منهم» is the one asked; the noun after it is no author of the request.
    doc = code("وجه الزعيم رسالة إلى المقاتلين وطلب منهم تخصيص نساء للمسلحين.",
               actors={"الزعيم": ("Leader", "person"), "نساء": ("Civilians", "other")})
    for a, _r in roles(doc, "REQUEST"):
        assert "Civilians" not in a


def test_victims_before_a_coordinated_verb_are_the_object_of_the_verb_before(code: Callable[..., Document]) -> None:
    # «جوعت الأطفال واستباحت النساء وقتلت …»: the agent named before the victims continues.
    doc = code("وقال الشيخ إن داعش جوعت الأطفال واستباحت النساء وقتلت الرجال.",
               actors={"داعش": ("Islamic State", "armed_group"), "الأطفال": ("Civilians", "other"),
                       "النساء": ("Civilians", "other")})
    got = roles(doc, "ASSAULT")
    assert got and all(a == ["Islamic State"] for a, _r in got)


def test_people_arrested_then_released_do_not_release_themselves(code: Callable[..., Document]) -> None:
    doc = code("وذكرت مصادر أن الشرطة اليمنية اعتقلت نحو 20 مواطنا وأطلقت سراحهم لاحقا.",
               actors={"الشرطة اليمنية": ("Yemeni police", "state_body"), "مواطنا": ("Civilians", "other")})
    assert roles(doc, "COERCE") == [(["Yemeni police"], ["Civilians"])]
    for a, _r in roles(doc, "RETREAT"):
        assert a == ["Yemeni police"]


def test_the_dead_of_a_clash_with_one_named_side_are_not_its_other_side(code: Callable[..., Document]) -> None:
    doc = code("ولقي ستة أشخاص مصرعهم خلال اشتباكات بين قوات الجيش وجماعات متطرفة في درنة.",
               actors={"أشخاص": ("Civilians", "other"), "قوات الجيش": ("Libyan National Army", "armed_group")},
               places=["درنة"])
    for _a, r in roles(doc, "ASSAULT"):
        assert "Civilians" not in r


def test_counted_dead_after_a_toll_verb_are_not_the_attacks_agent(code: Callable[..., Document]) -> None:
    # «قتل مسلحو X خمسة جنود في هجوم»: the agent is X; the counted soldiers are struck.
    doc = code("وقتل مسلحو داعش خمسة جنود في هجوم على حاجز قرب تكريت.",
               actors={"داعش": ("Islamic State", "armed_group"), "جنود": ("Iraqi military", "state_body")},
               places=["تكريت"])
    assert roles(doc, "ASSAULT") == [(["Islamic State"], ["Iraqi military"])]


def test_counted_dead_with_no_agent_leave_the_attack_without_one(code: Callable[..., Document]) -> None:
    doc = code("وقتل أربعة جنود سعوديين في قصف على نجران.",
               actors={"جنود سعوديين": ("Saudi military", "state_body")}, places=["نجران"])
    for a, r in roles(doc, "ASSAULT"):
        assert "Saudi military" not in a


def test_dead_counted_in_an_earlier_clause_attack_no_one(code: Callable[..., Document]) -> None:
    doc = code("وقتل 11 جنديا على الاقل، اثنان منهم في كمين استهدف دورية عسكرية.",
               actors={"جنديا": ("Turkish military", "state_body")})
    for a, _r in roles(doc, "ASSAULT"):
        assert "Turkish military" not in a


def test_the_genitive_of_an_attack_is_its_agent_when_the_dead_are_counted_before(
        code: Callable[..., Document]) -> None:
    doc = code("وأفاد المرصد بمقتل 9 مواطنين في قصف الطيران الحربي على بلدة في ريف إدلب.",
               actors={"مواطنين": ("Civilians", "other"), "الطيران الحربي": ("Syrian Arab Air Force", "state_body")})
    assert roles(doc, "ASSAULT") == [(["Syrian Arab Air Force"], ["Civilians"])]


def test_victims_in_the_object_case_are_no_subject_of_a_later_act(code: Callable[..., Document]) -> None:
    # «… لقيامهم بنقل مواطنين فيما أصدر أوامره»: the people carried are the masdar's object, not the orderer.
    doc = code("وقال المصدر إن التنظيم قتل ثلاثة سائقين لقيامهم بنقل مواطنين فارين فيما أصدر أوامره بمنع مغادرة البلدة.",
               actors={"التنظيم": ("Islamic State", "armed_group"), "مواطنين": ("Civilians", "other")})
    for a, _r in roles(doc, "REQUEST"):
        assert "Civilians" not in a


def test_a_partitive_subject_and_a_resuming_pronoun_keep_civilians_as_actors(code: Callable[..., Document]) -> None:
    doc = code("وقام عدد من المواطنين بتنظيم مظاهرة في الساحة.", actors={"المواطنين": ("Civilians", "other")})
    assert roles(doc, "PROTEST") and all(a == ["Civilians"] for a, _r in roles(doc, "PROTEST"))


def test_victims_after_a_statements_masdar_are_no_postponed_subject(code: Callable[..., Document]) -> None:
    # «وأدان … اختطاف الموظفين الإيطاليين»: the kidnapped are the masdar's genitive, not who condemns.
    doc = code("وأدان المبعوث الأممي أمس اختطاف الموظفين الأجانب في الجنوب. وأدان الليلة الماضية اختطاف الموظفين.",
               actors={"المبعوث الأممي": ("UN envoy", "person"), "الموظفين": ("Civilians", "other")})
    for a, _r in roles(doc, "ACCUSE"):
        assert "Civilians" not in a
    assert any(r == ["Civilians"] for _a, r in roles(doc, "ASSAULT"))


def test_the_dead_before_battles_with_no_side_named_are_not_their_recipient(code: Callable[..., Document]) -> None:
    doc = code("وقال المسؤول إن 300 شخص قتلوا في معارك المدينة خلال شهرين.",
               actors={"شخص": ("Civilians", "other")})
    for _a, r in roles(doc, "ASSAULT"):
        assert "Civilians" not in r


def test_issued_by_is_no_confiscation(code: Callable[..., Document]) -> None:
    # «صادر عن» is the participle «issued by»; «صادر» the verb is still a seizure.
    doc = code("وجاء ذلك في تقرير صادر عن المكتب الإعلامي للمنظمة.", actors={"لمنظمة": ("UN", "igo")})
    assert roles(doc, "COERCE") == []
    doc = code("وصادر مسلحو التنظيم أموال المدنيين في المدينة.",
               actors={"مسلحو التنظيم": ("Islamic State", "armed_group"), "المدنيين": ("Civilians", "other")})
    assert roles(doc, "COERCE") == [(["Islamic State"], ["Civilians"])]


def test_what_people_are_charged_with_is_no_act(code: Callable[..., Document]) -> None:
    doc = code("وأعدم التنظيم 12 مواطنا بتهمة التعاون مع القوات الحكومية في المدينة.",
               actors={"التنظيم": ("Islamic State", "armed_group"), "مواطنا": ("Civilians", "other")})
    assert roles(doc, "ASSAULT") == [(["Islamic State"], ["Civilians"])]
    assert roles(doc, "COOPERATE") == []


def test_a_quoted_charge_is_no_act(code: Callable[..., Document]) -> None:
    doc = code("وحكمت المحكمة بالإعدام على ثلاثة أشخاص، بتهمة “دعم الإرهاب” في البلاد.",
               actors={"أشخاص": ("Civilians", "other")})
    assert roles(doc, "AID") == []
