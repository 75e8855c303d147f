"""Dev gold annotations: the *fresh-2* split (dev-022 .. dev-029), drawn and annotated on 2026-12-04 from the text
and ../shared/spec/annotation-guidelines.md alone (rasd was not run on these articles and none of its output for
them was looked at). See scripts/devset/build.py and tests/data/dev/README.md."""
from __future__ import annotations

from annotate_iq import IRAQ
from annotate_ly import LIBYA, TRIPOLI
from build import Article, actor, country, gn, osy, pt, with_

LNA = ["Libyan National Army", "Libyan army (Tobruk government)"]
BENGHAZI = gn(88319, name="Benghazi")
ISLAMISTS_LY = ["Islamist militants", "Islamist armed groups"]


# --- IQ --------------------------------------------------------------------------------------------------------
def dev024() -> Article:
    a = Article("dev-024")
    N_IRAQ = with_(IRAQ, note="northern Iraq")
    QATAR = actor("قطر", "دولة قطر", "وزارة الخارجية القطرية", "الخارجية القطرية", en=["Qatar", "Qatari government"])
    LEAGUE = actor("جامعة الدول العربية", "الجامعة العربية", "نبيل العربي",
                   en=["Arab League", "League of Arab States"])
    TURKEY = actor("تركيا", "أنقرة", "الجمهورية التركية", en=["Turkey", "Turkish government"])
    PKK = actor("حزب العمال الكردستاني", en=["Kurdistan Workers' Party", "PKK"])
    a.loc("قطر", "تحفظت قطر")  # agent: no place
    a.org("جامعة الدول العربية", "موقف جامعة الدول العربية")
    a.loc("العراق", "التركي في شمال العراق، مؤكدة", N_IRAQ, expr="شمال العراق")
    a.loc("تركيا", "لتركيا، وفق")  # the one supported: no place
    a.org("وزارة الخارجية القطرية", "وفق بيان لوزارة الخارجية القطرية")
    a.org("الجامعة العربية", "ودانت الجامعة العربية")
    a.loc("العراق", "شمال العراق حيث", N_IRAQ, expr="شمال العراق")
    a.loc("أنقرة")  # addressee of the demand: no place
    a.loc("العراق", "سيادة العراق")  # the polity's sovereignty: no place
    a.loc("تركيا", "كلاً من تركيا")  # addressees: no place
    a.loc("العراق", "تركيا والعراق إلى")
    a.org("وزارة الخارجية القطرية", "أما وزارة الخارجية القطرية")
    a.org("وكالة الأنباء القطرية")
    a.loc("قطر", "\"تحفظ دولة قطر")  # agent: no place
    a.per("نبيل العربي")
    a.org("جامعة الدول العربية", "العام لجامعة الدول العربية")
    a.org("جامعة الدول العربية", "استنكار جامعة الدول العربية")
    a.loc("العراق", "مناطق في شمال العراق", N_IRAQ, expr="شمال العراق")
    a.org("الخارجية القطرية", "وأكدت الخارجية القطرية")
    a.org("الجامعة العربية", "باسم الجامعة العربية")
    a.org("الجامعة", "الأعضاء في الجامعة")
    a.loc("قطر", "تضامن دولة قطر")  # agent: no place
    a.loc("الجمهورية التركية")  # the one supported: no place
    a.org("الخارجية القطرية", "وأضافت الخارجية القطرية")
    a.loc("تركيا", "\" تركيا على حق")  # agent: no place
    a.loc("تركيا", "وتشن تركيا")  # agent: no place
    a.org("حزب العمال الكردستاني")
    a.loc("جبال قنديل", None, pt("Qandil Mountains", 36.4000, 44.9500, "IQ", "region", 3,
                                  "approximate (Qandil range on the Iraq-Iran border)"))
    a.loc("العراق", "قنديل في شمال العراق", N_IRAQ, expr="شمال العراق")
    a.loc("إقليم كردستان العراق")  # the authorities' polity: no place
    a.ev(["ACCUSE"], "disapprove", "ودانت",
         "ودانت الجامعة العربية الثلاثاء القصف التركي في شمال العراق", [LEAGUE], [TURKEY], None,
         alts=[("استنكرت", "التي استنكرت"), ("استنكار", "بشأن استنكار")],
         note="the Arab League condemns the Turkish bombing in northern Iraq (statement of Nabil al-Arabi)")
    a.ev(["REQUEST"], "change", "طالبت",
         "حيث طالبت أنقرة باحترام سيادة العراق على أراضيه", [LEAGUE], [TURKEY], None,
         note="demand that Ankara respect Iraq's sovereignty")
    a.ev(["REQUEST"], None, "داعية",
         "داعية كلاً من تركيا والعراق إلى التعاون للحفاظ على السلام", [LEAGUE],
         [TURKEY, actor("العراق", en=["Iraq", "Iraqi government"])], None,
         note="call on Turkey and Iraq to cooperate")
    a.ev(["COOPERATE"], None, "التعاون",
         "داعية كلاً من تركيا والعراق إلى التعاون للحفاظ على السلام", [TURKEY],
         [actor("العراق", en=["Iraq", "Iraqi government"])], None, modality="demanded", symmetric=True,
         note="the cooperation the League calls for")
    a.ev(["ACCUSE"], "disapprove", "تحفظت",
         "تحفظت قطر على موقف جامعة الدول العربية التي استنكرت القصف التركي في شمال العراق", [QATAR], [LEAGUE], None,
         alts=[("تحفظ", "\"تحفظ دولة قطر")],
         note="Qatar's reservation on the League's statement (not consulted with the member states, it says)")
    a.ev(["SUPPORT"], None, "دعمها",
         "مؤكدة دعمها الكامل لتركيا", [QATAR], [TURKEY], None,
         alts=[("تضامن", "\"تضامن دولة قطر"), ("حق", "تركيا على حق")],
         note="Qatar's full support and solidarity with Turkey; «تركيا على حق في الدفاع عن نفسها»")
    a.ev(["ASSAULT"], "aerial", "غارات",
         "وتشن تركيا في الأسابيع الأخيرة غارات جوية ضد مواقع لحزب العمال الكردستاني في جبال قنديل في شمال العراق",
         [TURKEY], [PKK, actor("مدنيين", en="CIV")], "جبال قنديل",
         alts=[("القصف", "استنكرت القصف"), ("القصف", "ودانت الجامعة العربية الثلاثاء القصف"),
               ("للقصف", "العربية للقصف"), ("القصف", "جراء القصف")],
         note="Turkish air strikes on PKK positions in the Qandil mountains in recent weeks; civilians killed, as the "
              "Kurdistan Region's authorities announced")
    return a


# --- LY --------------------------------------------------------------------------------------------------------
def dev028() -> Article:
    a = Article("dev-028")
    ARMY = actor("عشرة جنود ليبيين", "جنود", "القوات الخاصة بالجيش", "القوات الخاصة", en=LNA)
    ISL = actor("مقاتلون إسلاميون", "جماعات إسلامية", en=ISLAMISTS_LY)
    ISIS = actor("تنظيم \"داعش\"", "داعش", en="ISIS")
    BUATNI = pt("Bu Atni (Benghazi)", 32.0850, 20.1350, "LY", "district", 2,
                "approximate (Bu Atni area in south-eastern Benghazi)")
    a.org("رويترز")
    a.loc("بنغازي", "رويترز- بنغازي", BENGHAZI, note="dateline")
    a.loc("بنغازي", "في مدينة بنغازي", BENGHAZI)
    a.org("القوات الخاصة بالجيش")
    a.per("ميلود الزوي")
    a.loc("ليبيا", "دولياً في ليبيا جماعات", LIBYA)
    a.per("معمر القذافي")
    a.loc("بنغازي", "خسرتها في بنغازي", BENGHAZI)
    a.loc("بنغازي", "من بنغازي إلى", BENGHAZI)
    a.per("الزوي", "\"الزوي\"")
    a.org("القوات الخاصة", "\"القوات الخاصة تصدت")
    a.loc("بوعطني", None, BUATNI, expr="محور بوعطني")
    a.loc("بنغازي", "القتال في بنغازي", BENGHAZI)
    a.loc("ليبيا", "الفوضى في ليبيا", LIBYA)
    a.loc("طرابلس", "العاصمة طرابلس", TRIPOLI)
    a.org("داعش")
    a.loc("طرابلس", "سفارات في طرابلس", TRIPOLI)
    a.ev(["ASSAULT"], None, "لهجوم",
         "إن خمسة جنود قُتلوا وإن ستة آخرين اصيبوا عندما تعرضوا لهجوم شنّه مقاتلون إسلاميون على منطقة في المدينة",
         [ISL], [ARMY], "بوعطني", attributed_to="ميلود الزوي", symmetric=True,
         alts=[("قتال", "خلال قتال جماعات"), ("شنّه", "لهجوم شنّه"), ("تصدت", "الخاصة تصدت"),
               ("لهجوم", "تصدت لهجوم عنيف")],
         note="Islamist attack on an area of Benghazi (5 soldiers killed, 6 wounded), repelled by the special forces on "
              "the Bu Atni front («تصدت لهجوم عنيف في محور بوعطني», the spokesman's later quote); the opening "
              "«قُتلوا خلال قتال» summarises this attack and the bomb")
    a.ev(["ASSAULT"], "explosives", "انفجار",
         "أن خمسة جنود آخرين قُتلوا في انفجار قنبلة زرعها فيما يبدو إسلاميون بشقة سكنية",
         [actor("إسلاميون", en=ISLAMISTS_LY)], [actor("خمسة جنود آخرين", en=LNA)], "بنغازي",
         attributed_to="مسعفون ومصدر عسكري", alts=[("زرعها", "قنبلة زرعها")],
         note="bomb planted in a flat, «فيما يبدو» by Islamists; in Benghazi")
    a.ev(["ASSAULT"], None, "وتقاتل",
         "وتقاتل القوات الموالية للحكومة المعترف بها دولياً في ليبيا جماعات إسلامية في ثاني أكبر مدينة في البلاد "
         "منذ أكثر من عام", [actor("القوات الموالية للحكومة المعترف بها دولياً في ليبيا", en=LNA)],
         [actor("جماعات إسلامية", en=ISLAMISTS_LY)], "بنغازي", symmetric=True,
         alts=[("القتال", "ويسلط القتال")],
         note="background: the fighting in Benghazi (the country's second city) for more than a year")
    a.ev(["ASSAULT", "COERCE"], None, "واستعادت",
         "واستعادت قوات الجيش المدعومة من قبل السكان المسلحين بعض الأراضي التي خسرتها في بنغازي العام الماضي",
         [actor("قوات الجيش", en=LNA), actor("السكان المسلحين", en=["armed residents", "civilian volunteers"])],
         [actor("جماعات إسلامية", en=ISLAMISTS_LY)], "بنغازي",
         note="background: the army, backed by armed residents, retook ground lost in Benghazi last year (the losing "
              "side is implied)")
    a.ev(["ASSAULT"], "aerial", "استخدامها",
         "استخدامها للطائرات الحربية والمدفعية حوّل أجزاء من بنغازي إلى أنقاض", [actor("قوات الجيش", en=LNA)], [],
         "بنغازي", attributed_to="منتقدين",
         note="the army's use of warplanes and artillery in Benghazi, as the critics tell it")
    a.ev(["ACCUSE"], "disapprove", "يقولون",
         "لكن منتقدين يقولون إن استخدامها للطائرات الحربية والمدفعية حوّل أجزاء من بنغازي إلى أنقاض دون تحقيق "
         "مكاسب كبيرة", [actor("منتقدين", en=["critics"])], [actor("قوات الجيش", en=LNA)], None,
         note="critics blame the army for turning parts of Benghazi into rubble")
    a.ev(["ASSAULT", "COERCE"], None, "واستولى",
         "واستغلّ تنظيم \"داعش\" الفوضى واستولى على عدد من البلدات", [ISIS], [], None,
         note="background: ISIS seized several towns (not named)")
    a.ev(["ASSAULT"], None, "وقتل",
         "وقتل بعض الأجانب", [ISIS], [actor("بعض الأجانب", en=["foreigners", "foreign nationals"])], None,
         note="background: ISIS killed some foreigners")
    a.ev(["ASSAULT"], None, "وشنّ",
         "وشنّ هجمات على سفارات في طرابلس", [ISIS], [actor("سفارات", en=["embassies in Tripoli"])], "طرابلس",
         alts=[("هجمات", "وشنّ هجمات")], note="background: ISIS attacks on embassies in Tripoli")
    return a


ARTICLES = [dev024, dev028]
