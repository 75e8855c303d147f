"""Dev gold annotations: the *fresh* split (dev-014 .. dev-021), drawn and annotated on 2026-12-04 from the text
and ../shared/spec/annotation-guidelines.md alone (rasd was not run on these articles). See scripts/devset/build.py."""
from __future__ import annotations

from annotate_sy import FUAA, IDLIB, KAFRIYA
from annotate_iq import ANBAR_GOV, BAGHDAD, FALLUJAH, IRAQ, RAMADI
from annotate_ly import DERNA, LIBYA, TRIPOLI
from annotate_ye import ADEN, ADEN_GOV, COAL_YE, HOUTHIS, RESISTANCE, SALEH_FORCES, TAIZ, YEMEN, YEMEN_ARMY
from build import Article, actor, country, gn, osy, pt, with_

SYRIA = country("SY")
IDLIB_GOV = osy("sy-idlib")
JISR = gn(169023, name="Jisr ash-Shughur")


# --- SY --------------------------------------------------------------------------------------------------------
def dev014() -> Article:
    a = Article("dev-014")
    Y = "\u06cc"  # the Persian yeh of «حسین أمیر عبد اللهیان» and «میخائیل بوغدانوف» in the third paragraph
    ABD = ["Hossein Amir-Abdollahian", "Iranian Deputy Foreign Minister"]
    IRAN = actor("إيران", "طهران", en=["Iran", "Iranian government"])
    RUSSIA = actor("روسيا", "موسكو", en=["Russia", "Russian government"])
    MUALLEM = actor("وليد المعلم", "المعلم", "وزير الخارجية السوري", en="SYRFM")
    SNC = actor("الائتلاف الوطني السوري", "الائتلاف", "ممثلين عن الائتلاف الوطني السوري",
                en=["Syrian National Coalition", "National Coalition for Syrian Revolutionary and Opposition Forces"])
    MOSCOW = gn(524901, name="Moscow")
    TEHRAN = gn(112931, name="Tehran")
    a.per("حسين أمير عبد اللهيان")
    a.loc("إيران", "«إيران ستقدم")  # agent: no place
    a.org("الأمم المتحدة", "إلى الأمم المتحدة قريبًا")
    a.loc("سوريا", "للسلام في سوريا", SYRIA)
    a.org("داعش", "لتنظيم داعش بالسيطرة")
    a.loc("إيران", "وتستضيف إيران")  # agent: no place
    a.per("بشار الأسد", "السوري بشار الأسد، مسؤولين")
    a.loc("سوريا", "مسؤولين من سوريا")  # the officials' states: no place
    a.loc("روسيا", "سوريا وروسيا")
    a.per("محمد جواد ظريف")
    a.org("لأمم المتحدة", "ظريف، للأمم المتحدة")
    a.org("وكالة أنباء الجمهورية الإسلامية الإيرانية")
    a.per("عبد اللهيان", "عن عبد اللهيان")
    a.org("لأمم المتحدة", "العام للأمم المتحدة")
    a.loc("طهران", "بين طهران ودمشق»")  # the two governments: no place
    a.loc("دمشق", "طهران ودمشق»")
    a.loc("إيران", "جيران إيران")  # the state: no place
    a.loc("تركيا", "ومنها تركيا")  # agents: no place
    a.loc("السعودية", "تركيا والسعودية")
    a.org("داعش", "خطر تنظيم داعش")
    a.loc("واشنطن", "فإن واشنطن")  # agent: no place
    a.per("الأسد", "الإطاحة بالأسد")
    a.loc("سوريا", "الحل السياسي في سوريا", SYRIA)
    a.per("بشار الأسد", "الرئيس السوري بشار الأسد، وتشكيل")
    a.loc("موسكو", "بين موسكو وطهران")  # the three governments: no place
    a.loc("طهران", "موسكو وطهران ودمشق")
    a.loc("دمشق", "وطهران ودمشق، أمس")
    a.per("وليد المعلم")
    a.loc("طهران", "المعلم إلى طهران", TEHRAN)
    a.per(f"حس{Y}ن أم{Y}ر عبد الله{Y}ان")
    a.loc("الشرق الأوسط", "لشؤون الشرق الأوسط")  # part of a title: no place
    a.per(f"م{Y}خائ{Y}ل بوغدانوف")
    a.org("وكالة الأنباء الإيرانية")
    a.org("إرنا")
    a.per("المعلم", "لقاءات المعلم في")
    a.loc("طهران", "المعلم في طهران", TEHRAN)
    a.org("الائتلاف الوطني السوري")
    a.loc("موسكو", "روس في موسكو", MOSCOW)
    a.org("الهيئة السياسية للائتلاف السوري المعارض")
    a.per("بدر جاموس")
    a.org("سبوتنيك")
    a.org("الائتلاف", "أن الائتلاف تلقى")
    a.org("الخارجية الروسية")
    a.loc("موسكو", "لزيارة موسكو", MOSCOW)
    a.org("الائتلاف", "رئيس الائتلاف")
    a.loc("موسكو", "سيتوجهون إلى موسكو", MOSCOW)
    a.per("جاموس", "وقال جاموس")
    a.org("الائتلاف", "ترحيب من الائتلاف")
    a.loc("موسكو", "«دور موسكو")  # agent: no place
    a.ev(["AGREE"], None, "ستقدم",
         "«إيران ستقدم إلى الأمم المتحدة قريبًا خطة للسلام في سوريا",
         [IRAN], [actor("الأمم المتحدة", "الأمين العام للأمم المتحدة", en="UN")], None, modality="planned",
         attributed_to="حسين أمير عبد اللهيان", alts=[("ستقدم", "قوله: «ستقدم")],
         note="Iran to submit a peace plan for Syria to the UN (CAMEO 037 'express intent to settle dispute' is "
              "PLOVER AGREE)")
    a.ev(["CONSULT"], "visit", "زيارة",
         "عبر زيارة وزير الخارجية السوري وليد المعلم إلى طهران، وعقده لقاءات منفصلة مع مساعد",
         [MUALLEM], [actor("عبد اللهيان", "مساعد وزير الخارجية الإيراني", en=ABD), IRAN,
                     actor("بوغدانوف", "ممثل الرئيس الروسي لشؤون الشرق الأوسط",
                           en=["Mikhail Bogdanov", "Russian Deputy Foreign Minister"]), RUSSIA], "طهران",
         attributed_to="وكالة الأنباء الإيرانية «إرنا»",
         alts=[("وتستضيف", "وتستضيف إيران"), ("مناقشات", "مناقشات مفصلة"), ("تباحث", "مؤشرات على تباحث"),
               ("لقاءات", "وتتبع لقاءات")],
         note="Muallem's visit to Tehran and his separate meetings with Abdollahian and Bogdanov: the Syrian-Iranian-"
              "Russian meetings Iran hosts this week")
    a.ev(["AGREE"], None, "قدمها",
         "مبادرة من أربع نقاط قدمها وزير الخارجية الإيراني، محمد جواد ظريف، للأمم المتحدة في العام الماضي",
         [actor("محمد جواد ظريف", "وزير الخارجية الإيراني", en=["Mohammad Javad Zarif", "Iranian Foreign Minister"])],
         [actor("الأمم المتحدة", en="UN")], None, alts=[("مبادرة", "على مبادرة")],
         note="background: Zarif's four-point initiative presented to the UN last year (its points are not coded)")
    a.ev(["REJECT"], None, "برفض",
         "بعد اصطدام المقترحين الروسي والإيراني برفض المعارضة السورية", [actor("المعارضة السورية", en="SYROPP")],
         [RUSSIA, IRAN], None, note="the opposition rejects the Russian and Iranian proposals")
    a.ev(["REQUEST"], "yield", "تصر",
         "المعارضة السورية التي لا تزال تصر على رحيل الرئيس السوري بشار الأسد، وتشكيل هيئة حكم انتقالي",
         [actor("المعارضة السورية", en="SYROPP")], [actor("الرئيس السوري بشار الأسد", "بشار الأسد", en="SYRGOV")], None,
         note="insists on Assad's departure and a transitional governing body")
    a.ev(["RETREAT"], "resign", "رحيل",
         "تصر على رحيل الرئيس السوري بشار الأسد", [actor("الرئيس السوري بشار الأسد", "بشار الأسد",
                                                      en=["Bashar al-Assad", "Syrian President"])], [], None,
         modality="demanded")
    a.ev(["CONSULT"], "visit", "لقاءات",
         "لقاءات من المقرر عقدها بين ممثلين عن الائتلاف الوطني السوري ومسؤولين روس في موسكو، الأسبوع المقبل",
         [SNC], [actor("مسؤولين روس", "الخارجية الروسية", en=["Russian government", "Russia"])], "موسكو",
         modality="planned",
         alts=[("لزيارة", "لزيارة موسكو"), ("الزيارة", "موعد الزيارة"), ("سيتوجهون", "الذي سيتوجهون")],
         note="planned Coalition-Russia meetings in Moscow on 12-13 August")
    a.ev(["REQUEST"], "meet", "دعوة",
         "أن الائتلاف تلقى دعوة من الخارجية الروسية لزيارة موسكو",
         [actor("الخارجية الروسية", en=["Russian Foreign Ministry", "Russia"])], [SNC], None,
         attributed_to="بدر جاموس", alts=[("الدعوة", "نافيًا أن تكون الدعوة")], note="invitation to Moscow")
    a.ev(["AGREE"], None, "ترحيب",
         "«الدعوة محل ترحيب من الائتلاف»", [SNC], [actor("الروس", en=["Russian government", "Russia"])], None,
         attributed_to="بدر جاموس", note="the Coalition welcomes (accepts) the invitation")
    return a


def dev015() -> Article:
    a = Article("dev-015")
    SAA = actor("قوات الأسد", "قوات النظام", "طيران نظام الأسد الحربي", en="SAA")
    REB = actor("قوات المعارضة السورية", "الثوار", en="REBELS")
    TAL_AWAR = pt("Tall A'war", 35.7400, 36.3300, "SY", "village", 1,
                  "approximate (village south of Jisr ash-Shughur, northern al-Ghab)")
    FURAYKAH = pt("Al-Furaykah", 35.7500, 36.3450, "SY", "village", 1,
                  "approximate (village south of Jisr ash-Shughur, northern al-Ghab)")
    TELLS = pt("Furaykah / Tall A'war area", 35.7450, 36.3400, "SY", "site", 2,
               "unresolved hill; coded to the Furaykah / Tall A'war area it is named with")
    a.loc("تل أعور", "في قريتي تل أعور", TAL_AWAR)
    a.loc("الفريكة", "تل أعور والفريكة جنوب", FURAYKAH)
    a.loc("جسر الشغور", "جنوب مدينة جسر الشغور", with_(JISR, precision=2), expr="جنوب مدينة جسر الشغور")
    a.loc("إدلب", "في ريف إدلب الغربي", IDLIB_GOV, expr="ريف إدلب الغربي")
    a.per("الأسد", "سيطرة قوات الأسد")
    a.org("وكالة مسار برس")
    a.per("عبد الله", "الشيخ عبد الله")
    a.org("جيش الفتح")
    a.loc("تل أعور", "الأحد، من تل أعور", TAL_AWAR)
    a.loc("الفريكة", "من تل أعور والفريكة", FURAYKAH)
    a.per("الأسد", "طيران نظام الأسد")
    a.per("الأسد", "وقصف قوات الأسد")
    a.loc("تلة خطاب", None, with_(TELLS, name="Tallat Khattab"))
    a.loc("تل حمكي", None, with_(TELLS, name="Tall Hamki"))
    a.per("الأسد", "وكانت قوات الأسد")
    a.loc("محطة زيزون الحرارية", None,
          pt("Zeyzoun thermal power station", 35.6900, 36.3300, "SY", "site", 1,
             "approximate (power station at Zeyzoun, northern al-Ghab)"))
    a.loc("الزيادية", None, pt("Al-Ziyadiyah", 35.6800, 36.3100, "SY", "village", 1,
                                "approximate (village in northern al-Ghab)"))
    a.loc("فتحة السد", None, pt("Fathat al-Sadd", 35.6850, 36.3400, "SY", "village", 1,
                                 "unresolved (village near Zeyzoun dam, northern al-Ghab); coded to the Zeyzoun area"))
    a.loc("سهل الغاب", None, pt("Al-Ghab plain", 35.6000, 36.3600, "SY", "region", 3, "approximate (plain centre)"))
    a.loc("كفريا", None, KAFRIYA)
    a.loc("الفوعة", None, FUAA)
    a.per("الأسد", "لنظام الأسد شمال")
    a.loc("إدلب", "الأسد شمال إدلب", with_(IDLIB, precision=2), expr="شمال إدلب")
    a.misc("الثأر للزبداني")
    a.per("الأسد", "ضباط قوات الأسد")
    a.loc("مطار أبو الظهور العسكري", None,
          pt("Abu al-Duhur military airbase", 35.7320, 37.1040, "SY", "site", 1, "approximate"))
    a.loc("إدلب", "العسكري شرق إدلب", with_(IDLIB, precision=2), expr="شرق إدلب")
    a.per("الأسد", "قصفت قوات الأسد")
    a.loc("محمبل", None, pt("Muhambal", 35.7880, 36.4500, "SY", "village", 1,
                            "approximate (village; not the Mhambal subdistrict centroid)"))
    a.loc("جوزف", None, pt("Jouzef", 35.6700, 36.5200, "SY", "village", 1, "approximate (village in Jabal al-Zawiya)"))
    a.loc("جبل الزاوية", None, pt("Jabal al-Zawiya", 35.6800, 36.5500, "SY", "region", 3, "approximate (area centre)"))
    a.ev(["ASSAULT", "COERCE"], None, "سيطرة",
         "اندلعت اشتباكات بين قوات المعارضة السورية وقوات النظام في قريتي تل أعور والفريكة جنوب مدينة جسر الشغور "
         "في ريف إدلب الغربي، أسفرت عن سيطرة قوات الأسد على القريتين",
         [SAA], [REB], "تل أعور", attributed_to="وكالة مسار برس",
         alts=[("اشتباكات", "اندلعت اشتباكات")],
         note="regime forces capture Tall A'war and al-Furaykah after clashes (also al-Furaykah)")
    a.ev(["RETREAT"], "withdraw", "انسحبوا",
         "إن الثوار انسحبوا، الأحد، من تل أعور والفريكة", [REB], [SAA], "تل أعور",
         attributed_to="الشيخ عبد الله", note="also from al-Furaykah")
    a.ev(["ASSAULT"], "aerial", "غارة",
         "بعد شن طيران نظام الأسد الحربي أكثر من ١٢٠ غارة جوية", [SAA], [REB], "تل أعور",
         attributed_to="الشيخ عبد الله", alts=[("شن", "بعد شن طيران")], note="on the two villages")
    a.ev(["ASSAULT"], "heavy-weapons", "وقصف",
         "وقصف قوات الأسد القريتين بالصواريخ والمدفعية الثقيلة", [SAA], [REB], "تل أعور",
         attributed_to="الشيخ عبد الله", note="rockets and heavy artillery on the two villages")
    a.ev(["ASSAULT", "COERCE"], None, "سيطرت",
         "وكانت قوات الأسد سيطرت، السبت، على محطة زيزون الحرارية وقريتي الزيادية وفتحة السد في سهل الغاب",
         [SAA], [REB], "محطة زيزون الحرارية",
         note="background (the day before): capture of the Zeyzoun power station, al-Ziyadiyah and Fathat al-Sadd; "
              "rebels implied as the losing side")
    a.ev(["ASSAULT"], "heavy-weapons", "استهداف",
         "واصل الثوار استهداف قريتي كفريا والفوعة المواليتين لنظام الأسد شمال إدلب بالمدفعية الثقيلة",
         [actor("الثوار", en="REBELS")],
         [actor("قريتي كفريا والفوعة المواليتين لنظام الأسد", en="PROGOV_MIL")], "كفريا",
         note="pro-regime villages shelled (also al-Fu'ah), part of the «الثأر للزبداني» battle")
    a.ev(["ASSAULT"], "heavy-weapons", "استهدف",
         "كما استهدف الثوار مساكن ضباط قوات الأسد في مطار أبو الظهور العسكري شرق إدلب بالمدفعية الثقيلة",
         [actor("الثوار", en="REBELS")], [SAA], "مطار أبو الظهور العسكري")
    a.ev(["ASSAULT"], "heavy-weapons", "قصفت",
         "قصفت قوات الأسد قريتي محمبل وجوزف بجبل الزاوية في الريف الجنوبي بصواريخ أرض – أرض، ما أوقع جرحى من المدنيين",
         [actor("قوات الأسد", en="SAA")], [actor("المدنيين", en="CIV")], "محمبل",
         note="surface-to-surface rockets (ground forces); also Jouzef")
    return a


# --- IQ --------------------------------------------------------------------------------------------------------
ISF = ["Iraqi security forces", "Iraqi government forces"]
FALLAHAT = pt("Al-Fallahat", 33.3500, 43.6800, "IQ", "village", 1, "approximate (west of Fallujah)")
SALAHADDIN_GOV = pt("Salah al-Din Governorate", 34.50, 43.60, "IQ", "admin1", 3,
                    "approximate governorate centroid (not in OpenSyria)")


def dev016() -> Article:
    a = Article("dev-016")
    ISIS = actor("تنظيم داعش", "داعش", "التنظيم", en="ISIS")
    USA = actor("الولايات المتحدة", "المسؤولون الأميركيون", en=["United States", "US government"])
    CARTER = actor("آشتون كارتر", "وزير الدفاع الأميركي", en=["Ashton Carter", "US Secretary of Defense"])
    COUNCIL = actor("مجلس محافظة الأنبار", "المجلس", en=["Anbar Provincial Council"])
    VOL = actor("متطوعي العشائر", "متطوعي عشائر الأنبار", "المتطوعين",
                en=["Anbar tribal volunteers", "tribal fighters"])
    FORCES = actor("القوات الأمنية في الأنبار", "القوات الأمنية", en=ISF)
    a.per("آشتون كارتر")
    a.loc("بغداد", "أمس إلى بغداد", BAGHDAD)
    a.org("داعش", "بمواجهة تنظيم داعش")
    a.loc("بغداد", "لسيطرته، إلى بغداد", BAGHDAD)
    a.org("مجلس محافظة الأنبار")
    a.loc("الولايات المتحدة")  # the addressee of the demand (metonymy): no place
    a.org("التحالف الدولي", "تقود التحالف الدولي")
    a.per("أركان الطرموز")
    a.org("الوطن", "الطرموز لـ\"الوطن\"")
    a.loc("الأنبار", "وفد يمثل محافظة الأنبار")  # the province as the represented polity: no place
    a.loc("واشنطن", None, gn(4140963, name="Washington"))
    a.loc("الأنبار", "متطوعي عشائر الأنبار", ANBAR_GOV, note="origin of the tribal volunteers")
    a.org("الحكومة العراقية")
    a.loc("قاعدة عين الأسد", None,
          pt("Ain al-Asad air base", 33.8000, 42.4400, "IQ", "site", 1, "approximate (air base near al-Baghdadi)"))
    a.loc("البغدادي", "بناحية البغدادي",
          pt("Al-Baghdadi sub-district", 33.9300, 42.5500, "IQ", "admin3", 3,
             "approximate; sub-district coded to its seat, al-Baghdadi"), expr="ناحية البغدادي")
    a.per("الطرموز", "وشدد الطرموز")
    a.loc("الأنبار", "عملية تحرير الأنبار،", ANBAR_GOV)
    a.org("التحالف الدولي", "طيران التحالف الدولي لاستهداف")
    a.org("داعش", "أرتال داعش")
    a.loc("سورية", None, country("SY"), note="origin of the ISIS columns")
    a.per("محمد الشعباني")
    a.org("الوطن", "الشعباني لـ\"الوطن\"")
    a.loc("الأنبار", "الأمنية في الأنبار", ANBAR_GOV)
    a.loc("الحامضية", None, pt("Al-Hamidiya", 33.4350, 43.3800, "IQ", "village", 1, "approximate (area east of Ramadi)"))
    a.loc("البوعيثة", None, pt("Albu Aitha", 33.4050, 43.3650, "IQ", "village", 1,
                                 "approximate (area south-east of Ramadi)"))
    a.loc("الرمادي", "بين الرمادي والفلوجة", with_(RAMADI, precision=2), expr="بين الرمادي والفلوجة")
    a.loc("الفلوجة", "بين الرمادي والفلوجة", with_(FALLUJAH, precision=2), expr="بين الرمادي والفلوجة")
    a.loc("جزيرة الخالدية", None, pt("Khalidiya island", 33.4000, 43.5600, "IQ", "region", 2,
                                      "approximate (Euphrates island area between Ramadi and Fallujah)"))
    a.per("الشعباني", "وأكد الشعباني")
    a.loc("الفلاحات", None, FALLAHAT)
    a.loc("الفلوجة", "غربي الفلوجة", with_(FALLUJAH, precision=2), expr="غربي الفلوجة")
    a.loc("الأنبار", "مدن الأنبار", ANBAR_GOV)
    a.org("داعش", "كلها من داعش")
    a.org("حكومة الأنبار")
    a.loc("الرمادي", "محاصرة مدينة الرمادي", RAMADI)
    a.org("مجلس الوزراء")
    a.per("حيدر العبادي")
    a.loc("صلاح الدين", "في محافظة صلاح الدين", SALAHADDIN_GOV, expr="محافظة صلاح الدين")
    a.per("العبادي", "استقبال العبادي")
    a.loc("صلاح الدين", "محافظ صلاح الدين")  # part of a title: no place
    a.per("رائد الجبوري")
    a.loc("تكريت", None, gn(90150, name="Tikrit"))
    a.loc("يثرب", None, pt("Yathrib sub-district", 34.0000, 44.2500, "IQ", "admin3", 3,
                          "approximate; sub-district coded to its seat"), expr="ناحية يثرب")
    a.loc("عزيز بلد", None, pt("Aziz Balad", 34.0600, 44.0500, "IQ", "town", 1, "approximate (south-west of Balad)"))
    a.loc("الضلوعية", None, pt("Ad-Dhuluiya", 34.0800, 44.2200, "IQ", "town", 1, "approximate"))
    a.loc("بغداد", "التفجيرات في بغداد", BAGHDAD)
    a.org("لجنة الأمن والدفاع")
    a.org("البرلمان العراقي")
    a.per("حامد المطلك")
    a.org("الوطن", "وقال لـ\"الوطن\"")
    a.loc("بغداد", "وسجلت في بغداد", BAGHDAD)
    a.loc("التاجي", None, pt("At-Taji", 33.5300, 44.2700, "IQ", "town", 1, "approximate (north of Baghdad)"))
    a.org("الصحوة")
    a.org("الجيش", "الصحوة والجيش")
    a.loc("العامرية", None, with_(BAGHDAD, name="Al-Amiriya (Baghdad)", feature="district", precision=2,
                                  note="Amiriya district of western Baghdad; coded to the city point"))
    a.loc("بغداد", "غربي بغداد", with_(BAGHDAD, precision=2), expr="غربي بغداد")
    a.ev(["CONSULT"], "visit", "وصول",
         "تزامنا مع وصول وزير الدفاع الأميركي آشتون كارتر، أمس إلى بغداد في زيارة غير معلنة للقاء مسؤولين عراقيين",
         [CARTER], [actor("مسؤولين عراقيين", en=["Iraqi government"])], "بغداد",
         alts=[("زيارة", "في زيارة غير"), ("للقاء", "للقاء مسؤولين")])
    a.ev(["REQUEST"], "assist", "طالب",
         "طالب مجلس محافظة الأنبار، الولايات المتحدة بوصفها تقود التحالف الدولي بتكثيف الطلعات الجوية وتزويد "
         "متطوعي العشائر بالأسلحة والمعدات",
         [COUNCIL], [USA], None, note="demands more air sorties and arms for the tribal volunteers")
    a.ev(["ASSAULT"], "aerial", "بتكثيف الطلعات الجوية",
         "طالب مجلس محافظة الأنبار، الولايات المتحدة بوصفها تقود التحالف الدولي بتكثيف الطلعات الجوية",
         [actor("الولايات المتحدة", "التحالف الدولي", "طيران التحالف الدولي", en="COALITION")], [ISIS], "الأنبار",
         modality="demanded", alts=[("طلعات", "مزيدا من طلعات")],
         note="more coalition air strikes demanded (restated by al-Tarmouz for the liberation of Anbar)")
    a.ev(["AID"], None, "وتزويد",
         "وتزويد متطوعي العشائر بالأسلحة والمعدات", [USA], [VOL], None, modality="demanded")
    a.ev(["CONSULT"], "visit", "زيارة",
         "خلال زيارة وفد يمثل محافظة الأنبار إلى واشنطن", [actor("وفد يمثل محافظة الأنبار", en=["Anbar delegation"])],
         [actor("المسؤولون الأميركيون", en=["United States", "US government"])], "واشنطن", attributed_to="أركان الطرموز",
         note="background: an Anbar delegation's visit to Washington")
    a.ev(["AID", "SUPPORT"], None, "بتقديم",
         "تعهد المسؤولون الأميركيون بتقديم كل وسائل الدعم من أسلحة ومعدات عسكرية وتجهيزات إلى متطوعي عشائر الأنبار، "
         "عبر الحكومة العراقية",
         [USA], [VOL], None, modality="planned", attributed_to="أركان الطرموز", alts=[("تعهد", "تعهد المسؤولون")],
         note="pledge of arms and equipment, via the Iraqi government (an announced intention to support: "
              "AID, SUPPORT, planned, as the guidelines' «عزمها على مواصلة دعم»)")
    a.ev(["AID"], None, "نحصل",
         "وحتى الآن لم نحصل على شيء", [USA], [VOL], None, polarity="negated", attributed_to="أركان الطرموز",
         note="the pledged arms have not arrived")
    a.ev(["AID"], None, "تدريب",
         "باستثناء تدريب المتطوعين تحت إشراف المستشارين الأميركيين في قاعدة عين الأسد بناحية البغدادي",
         [actor("المستشارين الأميركيين", en=["US military advisers", "United States"])], [VOL], "قاعدة عين الأسد",
         attributed_to="أركان الطرموز")
    a.ev(["ASSAULT", "COERCE"], None, "تحرير",
         "عملية تحرير الأنبار، تتطلب", [actor(en=ISF)], [ISIS], "الأنبار", attributed_to="أركان الطرموز",
         note="the ongoing operation to liberate Anbar; actor implied (Iraqi forces)")
    a.ev(["ASSAULT", "COERCE"], None, "فرضت سيطرتها",
         "إن القوات الأمنية في الأنبار فرضت سيطرتها على منطقتي الحامضية والبوعيثة", [FORCES], [ISIS], "الحامضية",
         attributed_to="محمد الشعباني", note="also Albu Aitha; cuts ISIS supply routes between Ramadi and Fallujah")
    a.ev(["ASSAULT", "COERCE"], None, "وتقدمت",
         "وتقدمت لتحرير جزيرة الخالدية", [FORCES], [ISIS], "جزيرة الخالدية", attributed_to="محمد الشعباني",
         alts=[("لتحرير", "وتقدمت لتحرير")], note="advance to retake the Khalidiya island")
    a.ev(["MOBILIZE"], "troops", "وصول",
         "وأكد الشعباني وصول ثلاثة أفواج عسكرية إلى منطقة الفلاحات غربي الفلوجة", [actor(en=ISF)], [], "الفلاحات",
         attributed_to="محمد الشعباني", note="three army regiments arrive; actor implied (Iraqi forces)")
    a.ev(["ASSAULT", "COERCE"], None, "تطهير",
         "استعداداً للشروع بالصفحة الأخيرة من عملية تطهير مدن الأنبار كلها من داعش", [actor(en=ISF)], [ISIS],
         "الأنبار", modality="planned", attributed_to="محمد الشعباني",
         alts=[("للشروع", "استعداداً للشروع")], note="final phase of clearing Anbar's cities in preparation")
    a.ev(["COERCE", "ASSAULT"], None, "محاصرة",
         "وكانت حكومة الأنبار أعلنت محاصرة مدينة الرمادي من ثلاث جهات", [actor(en=ISF)], [ISIS], "الرمادي",
         attributed_to="حكومة الأنبار", note="background: Ramadi besieged from three sides; actor implied (Iraqi forces)")
    a.ev(["ASSAULT", "COERCE"], None, "لاقتحامها",
         "تمهيدا لاقتحامها وتحريرها", [actor(en=ISF)], [ISIS], "الرمادي", modality="planned",
         attributed_to="حكومة الأنبار", alts=[("وتحريرها", "لاقتحامها وتحريرها")])
    a.ev(["CONSULT"], "visit", "استقبال",
         "وخلال استقبال العبادي محافظ صلاح الدين رائد الجبوري",
         [actor("رائد الجبوري", "محافظ صلاح الدين", en=["Raed al-Jubouri", "Governor of Salah al-Din"])],
         [actor("العبادي", "حيدر العبادي", "رئيس مجلس الوزراء", en=["Haider al-Abadi", "Iraqi Prime Minister"])], None,
         note="the governor received by the prime minister, hands over a report")
    a.ev(["REQUEST"], "change", "طالب",
         "طالب عضو لجنة الأمن والدفاع في البرلمان العراقي النائب حامد المطلك القوات الأمنية بتفعيل الجهد الاستخباري",
         [actor("حامد المطلك", "المطلك", en=["Hamid al-Mutlaq", "Iraqi MP"])], [actor("القوات الأمنية", en=ISF)], None,
         alts=[("اعتماد", "أهمية اعتماد")], note="call for better intelligence work against the Baghdad bombings")
    a.ev(["ACCUSE"], "disapprove", "غياب",
         "يعطي مؤشرا واضحا على غياب الجهد الاستخباري", [actor("حامد المطلك", en=["Hamid al-Mutlaq", "Iraqi MP"])],
         [actor("القوات الأمنية", en=ISF)], None, note="criticism of the missing intelligence effort")
    a.ev(["ASSAULT"], "explosives", "بانفجار",
         "ففي منطقة التاجي شمال العاصمة قتل شخص وأصيب ستة آخرون بانفجار عبوة في الحي الصناعي",
         [], [actor("شخص", en="CIV")], "التاجي",
         alts=[("التفجيرات", "عودة التفجيرات"), ("تفجير", "حوادث تفجير"), ("عمليات التفجير", "تنفيذ عمليات التفجير")],
         note="IED in Taji's industrial quarter; the summaries of the recent Baghdad bombings are alts")
    a.ev(["ASSAULT"], "explosives", "حوادث",
         "وفي حوادث مماثلة قتل ثلاثة عناصر من الصحوة والجيش وأصيب ستة آخرون في منطقة العامرية غربي بغداد",
         [], [actor("ثلاثة عناصر من الصحوة والجيش", "الصحوة", en=["Sahwa (Awakening councils)"]),
              actor("الجيش", en=["Iraqi Army", "Iraqi armed forces"])], "العامرية",
         alts=[("قتل", "مماثلة قتل")], note="similar IED blasts (the text says «حوادث مماثلة»)")
    return a


def dev017() -> Article:
    a = Article("dev-017")
    ISIS = actor("تنظيم داعش", "داعش", "التنظيم", "مسلحو تنظيم داعش", en="ISIS")
    IQF = actor("القوات العراقية المشتركة", "القوات الحكومية العراقية", "قوات الجيش", "القوات الأمنية", "قواتنا",
                en=["Iraqi government forces", "Iraqi security forces", "Iraqi Army"])
    FAM = actor("العوائل", "العائلات المحتجزة", "بضعة آلاف من العوائل", en="CIV")
    FAHDAWI = "عذال الفهداوي"
    SAQLAWIYA = pt("As-Saqlawiyah", 33.4100, 43.6700, "IQ", "town", 2,
                   "approximate (NW of Fallujah); named as the Fallahat-Saqlawiya corridor")
    a.loc("الفلوجة", "تمر والفلوجة", FALLUJAH)
    a.loc("الرمادي", "والفلوجة والرمادي،", RAMADI)
    a.loc("الأنبار", "مدن محافظة الأنبار", ANBAR_GOV, expr="محافظة الأنبار")
    a.org("القوات الحكومية العراقية")
    a.org("داعش", "لتحريرهما من تنظيم داعش")
    a.org("داعش", "مسلحو تنظيم داعش")
    a.loc("الفلوجة", "داعش في الفلوجة والرمادي أيامًا", FALLUJAH)
    a.loc("الرمادي", "في الفلوجة والرمادي أيامًا", RAMADI)
    a.org("القوات العراقية المشتركة")
    a.loc("لفلوجة", "وبالنسبة للفلوجة", FALLUJAH)
    a.org("مجلس محافظة الأنبار")
    a.org("داعش", "ينتمون لتنظيم داعش")
    a.loc("الفلوجة", "يحاصرون داخل مدينة الفلوجة", FALLUJAH)
    a.per(FAHDAWI)
    a.org("الشرق الأوسط", "في حديث لـ«الشرق الأوسط»")
    a.org("داعش", "«تنظيم داعش بات")
    a.loc("الفلوجة", "المحاصرة داخل مدينة الفلوجة كدروع", FALLUJAH)
    a.org("الجيش", "تقدم قوات الجيش")
    a.org("داعش", "من قبل (داعش)")
    a.loc("الفلوجة", "في الفلوجة يصل", FALLUJAH)
    a.per("الفهداوي", "وأضاف الفهداوي")
    a.loc("الفلوجة", "لم تخرج من مدينة الفلوجة", FALLUJAH)
    a.org("داعش", "قبل سيطرة (داعش)")
    a.per("الفهداوي", "وأشار الفهداوي")
    a.org("داعش", "عدد مقاتلي (داعش)")
    a.loc("الفلوجة", "داخل الفلوجة، وبحسب", FALLUJAH)
    a.loc("الفلوجة", "قبل دخول الفلوجة", FALLUJAH)
    a.org("داعش", "ويستعين تنظيم داعش")
    a.loc("الفلوجة", "داعش في الفلوجة بوسائل", FALLUJAH)
    a.loc("الفلوجة", "العوائل المحاصرة من مدينة الفلوجة تسير", FALLUJAH)
    a.org("الشرق الأوسط", "وأضاف لـ«الشرق الأوسط»")
    a.loc("الفلوجة", "الخروج من مدينة الفلوجة خلال", FALLUJAH)
    a.loc("الفلاحات", None, with_(FALLAHAT, precision=2, note="named as the Fallahat-Saqlawiya corridor"))
    a.loc("الصقلاوية", None, SAQLAWIYA)
    a.loc("الفلوجة", "تحرير مدينة الفلوجة مرتبطة", FALLUJAH)
    a.org("داعش", "وكشف أن تنظيم داعش")
    a.org("مفوضية حقوق الإنسان في العراق")
    a.loc("الفلوجة", "النازحين من الفلوجة", FALLUJAH)
    a.org("داعش", "إلى أن تنظيم داعش نفذ")
    a.loc("الفلوجة", "وانتهاكات في الفلوجة", FALLUJAH)
    a.ev(["ASSAULT", "COERCE"], None, "دخول",
         "تنتظران دخول القوات الحكومية العراقية لتحريرهما من تنظيم داعش", [IQF], [ISIS], "الفلوجة",
         modality="planned",
         alts=[("لتحريرهما", "لتحريرهما من"), ("دخول", "قبل دخول الفلوجة"), ("تحريرها", "بهدف تحريرها"),
               ("دخول", "عملية دخول قواتنا"), ("تحرير", "خطة تحرير مدينة")],
         note="the awaited entry into Fallujah and Ramadi to retake them (final phase of the plan, after the families "
              "leave)")
    a.ev(["COERCE", "ASSAULT"], None, "محاصرة",
         "بعد الانتهاء من محاصرة المدينتين من قبل القوات العراقية المشتركة", [IQF], [ISIS], "الفلوجة",
         alts=[("يحاصرون", "داعش يحاصرون داخل"), ("تضييق", "مع تضييق الخناق")],
         note="the siege of Fallujah and Ramadi completed (also Ramadi)")
    a.ev(["COERCE", "ASSAULT"], "restrict", "يحاصرون",
         "يحاصرون بضعة آلاف من العوائل", [ISIS], [FAM], "الفلوجة", attributed_to="مجلس محافظة الأنبار",
         alts=[("والتمترس", "التقهقر والتمترس"), ("يستخدم", "بات يستخدم"), ("المحتجزة", "العائلات المحتجزة"),
               ("إجبار", "بهدف إجبار")],
         note="ISIS keeps about 4,000 families inside Fallujah as human shields and forces residents to stay")
    a.ev(["ASSAULT", "COERCE"], "abduct", "الاعتقال",
         "وهي تتعرض إلى اعتداءات تصل إلى الاعتقال", [ISIS], [FAM], "الفلوجة", attributed_to=FAHDAWI,
         alts=[("اعتداءات", "تتعرض إلى اعتداءات")], note="arrests of the trapped families by ISIS (an armed group)")
    a.ev(["ASSAULT"], None, "إعدامات",
         "وينفذ حملة إعدامات على كل من يقدم أو يسرب معلومات أمنية للقوات العسكرية", [ISIS],
         [actor("كل من يقدم أو يسرب معلومات أمنية للقوات العسكرية", en="CIV")], "الفلوجة", attributed_to=FAHDAWI,
         alts=[("الإعدام", "أو الإعدام")], note="executions of alleged informers (method not stated)")
    a.ev(["ASSAULT", "COERCE"], None, "سيطرة",
         "قبل سيطرة (داعش) على المدينة", [ISIS], [], "الفلوجة", attributed_to=FAHDAWI,
         alts=[("يسيطر", "الذي يسيطر")], note="background: ISIS took Fallujah more than a year ago")
    a.ev(["RETREAT"], "withdraw", "الخروج",
         "عشرات العائلات تمكنت من الخروج من مدينة الفلوجة خلال الأيام القليلة الماضية عبر ممر الفلاحات والصقلاوية",
         [actor("عشرات العائلات", en="CIV")], [], "الفلاحات", attributed_to="مصدر أمني",
         alts=[("خروج", "عملية خروج العوائل")], note="families leave Fallujah through the Fallahat-Saqlawiya corridor")
    a.ev(["RETREAT"], "access", "يسمح",
         "وكشف أن تنظيم داعش يسمح لبعض العائلات بالخروج مقابل مبالغ مالية", [ISIS],
         [actor("بعض العائلات", en="CIV")], "الفلوجة", attributed_to="مصدر أمني",
         note="ISIS lets some families leave for money")
    a.ev(["RETREAT"], "withdraw", "النازحين",
         "أن عدد النازحين من الفلوجة بلغ أكثر من 70 ألف شخص", [actor("النازحين", "70 ألف شخص", en="CIV")], [],
         "الفلوجة", attributed_to="مفوضية حقوق الإنسان في العراق",
         note="displacement from Fallujah (over 70,000, mostly women and children)")
    a.ev(["ASSAULT"], None, "إعدامات",
         "تنظيم داعش نفذ حملة إعدامات جماعية بحق الكثير من المدنيين الذين خالفوا تعليماته", [ISIS],
         [actor("الكثير من المدنيين", en="CIV")], "الفلوجة", attributed_to="مفوضية حقوق الإنسان في العراق",
         note="mass executions of civilians who defied its orders (method not stated)")
    a.ev(["REQUEST"], None, "داعية",
         "داعية المجتمع الدولي إلى اعتبار ما قام به التنظيم من جرائم وانتهاكات في الفلوجة وجرائم ضد الإنسانية",
         [actor("مفوضية حقوق الإنسان في العراق", en=["Iraqi High Commission for Human Rights"])],
         [actor("المجتمع الدولي", en=["international community"])], None,
         note="asks that ISIS's acts in Fallujah be treated as crimes against humanity")
    a.ev(["ACCUSE"], "allege", "جرائم",
         "ما قام به التنظيم من جرائم وانتهاكات في الفلوجة",
         [actor("مفوضية حقوق الإنسان في العراق", en=["Iraqi High Commission for Human Rights"])], [ISIS], "الفلوجة")
    return a


# --- YE --------------------------------------------------------------------------------------------------------
LAHJ_GOV = pt("Lahij Governorate", 13.20, 44.60, "YE", "admin1", 3, "approximate governorate centroid")
COUP = ["Houthi-Saleh forces", *HOUTHIS, *SALEH_FORCES]


def dev018() -> Article:
    a = Article("dev-018")
    YAMI = actor("هادي بن علي اليامي", "اليامي", "رئيس لجنة حقوق الإنسان العربية", "لجنة حقوق الإنسان العربية",
                 en=["Hadi bin Ali al-Yami", "Arab Human Rights Committee"])
    HOU = actor("الميليشيات الحوثية", "جماعة الحوثي", "التمرد المسلح", "قوات التمرد المسلح", en=HOUTHIS)
    SALEH = actor("القوات الموالية للرئيس السابق", en=SALEH_FORCES)
    INSURG = actor("التمرد المسلح", "قوات التمرد المسلح", en=HOUTHIS + SALEH_FORCES)
    YEGOV = actor("الحكومة اليمنية", "الحكومة الشرعية في اليمن", en=["Yemeni government (Hadi)", "Yemen"])
    CHARTER = "\u0627\u0644\u0645\u064a\u062b\u0627\u0642 \u0627\u0644\u0639\u0631\u0628\u064a"  # «الميثاق العربي»
    a.org("سبق")
    a.loc("أبها", None, gn(110690, name="Abha"), note="dateline")
    a.org("لجنة حقوق الإنسان العربية", "رئيس لجنة حقوق الإنسان العربية، الدكتور")
    a.per("هادي بن علي اليامي")
    a.org("جامعة الدول العربية", "في جامعة الدول العربية وفي")
    a.org("الأمم المتحدة")
    a.org("مجلس حقوق الإنسان")
    a.loc("اليمن", "ارتكابها في اليمن", YEMEN)
    a.per("اليامي", "وقال \"اليامي\"")
    a.loc("الجمهورية اليمنية", "حقوق الإنسان في الجمهورية اليمنية")  # part of a title: no place
    a.per("عزالدين الأصبحي")
    a.loc("اليمن", "تعيشه اليمن")  # Yemen as the sufferer (the country and its people): no place
    a.org("الحوثي", "التي قامت بها جماعة الحوثي")
    a.per("اليامي", "وأكد الدكتور \"اليامي\"")
    a.loc("اليمن", "حقوق الإنسان باليمن", YEMEN)
    a.org("الحكومة اليمنية")
    a.loc("عدن", "زيارة عدن", ADEN)
    a.loc("تعز", "عدن وتعز", TAIZ)
    a.per("اليامي", "وشدد \"اليامي\"")
    a.org("لجنة حقوق الإنسان العربية", "على أن لجنة حقوق الإنسان العربية")
    a.org("الحوثي", "الذي تقوده جماعة الحوثي")
    a.misc(CHARTER + " لحقوق الإنسان", "في " + CHARTER + " لحقوق الإنسان ومعايير")
    a.per("اليامي", "وأضاف \"اليامي\"")
    a.misc(CHARTER + " لحقوق الإنسان", "في مقدمة الحقوق الواردة في " + CHARTER + " لحقوق الإنسان")
    a.per("اليامي", "ولفت \"اليامي\"")
    a.loc("عدن", "تحرير مدينة عدن", ADEN)
    a.loc("تعز", "سكان مدينة تعز", TAIZ)
    a.loc("اليمن", "الحكومة الشرعية في اليمن")  # part of the government's designation: no place
    a.loc("اليمن", "لحقوق الإنسان في اليمن.", YEMEN)
    a.per("اليامي", "وأكد \"اليامي\" أهمية")
    a.org("جامعة الدول العربية", "لمقررات جامعة الدول العربية")
    a.loc("الجمهورية اليمنية", "وكون الجمهورية اليمنية")  # a state party to the charter: no place
    a.misc(CHARTER + " لحقوق الإنسان", "دولة طرف في " + CHARTER + " لحقوق الإنسان")
    a.misc(CHARTER, "بموجب " + CHARTER)
    a.ev(["REQUEST"], None, "دعا",
         "دعا رئيس لجنة حقوق الإنسان العربية، الدكتور هادي بن علي اليامي، هيئات حماية حقوق الإنسان كافة، في جامعة "
         "الدول العربية وفي الأمم المتحدة وخصوصًا مجلس حقوق الإنسان، للتحرك الفوري للتحقيق",
         [YAMI], [actor("هيئات حماية حقوق الإنسان كافة", en=["human rights bodies"]),
                  actor("جامعة الدول العربية", en=["Arab League"]), actor("الأمم المتحدة", en="UN"),
                  actor("مجلس حقوق الإنسان", en=["UN Human Rights Council"])], None,
         note="call to investigate the Houthis' crimes (the investigation itself is not coded again: a demanded "
              "ACCUSE/investigate would put a statement type first with a non-actual modality)")
    a.ev(["ACCUSE"], "allege", "الجرائم",
         "الجرائم التي تم ارتكابها في اليمن من قِبل الميليشيات الحوثية", [YAMI], [HOU, SALEH], "اليمن",
         alts=[("الانتهاكات", "جراء الانتهاكات الممنهجة"), ("أنماط الجرائم", "عن أنماط الجرائم")],
         note="al-Yami accuses the Houthis (and Saleh's forces) of crimes and systematic violations against civilians")
    a.ev(["REQUEST"], "assist", "مطالبًا",
         "مطالبًا الهيئات المسؤولة عن تقديم الإغاثة والدعم لتكثيف جهودها", [YAMI],
         [actor("الهيئات المسؤولة عن تقديم الإغاثة والدعم", en=["relief agencies"])], None)
    a.ev(["AID"], None, "لتكثيف جهودها",
         "مطالبًا الهيئات المسؤولة عن تقديم الإغاثة والدعم لتكثيف جهودها لتطويق الأزمة الإنسانية الصعبة",
         [actor("الهيئات المسؤولة عن تقديم الإغاثة والدعم", en=["relief agencies"])],
         [actor("ملايين السكان المدنيين", en="CIV")], "اليمن", modality="demanded", note="more relief demanded")
    a.ev(["CONSULT"], "visit", "التقى",
         "إنه التقى وزير حقوق الإنسان في الجمهورية اليمنية عزالدين الأصبحي", [YAMI],
         [actor("عزالدين الأصبحي", "وزير حقوق الإنسان في الجمهورية اليمنية",
                en=["Ezzeddine al-Asbahi", "Yemeni Minister of Human Rights"])], None,
         alts=[("اللقاء", "خلال اللقاء")], note="meeting place not stated")
    a.ev(["SUPPORT"], None, "دعم",
         "وأكد الدكتور \"اليامي\" دعم مسار حقوق الإنسان باليمن", [YAMI], [], "اليمن",
         note="support for the human rights track in Yemen")
    a.ev(["REQUEST"], "meet", "دعوة",
         "دعوة الحكومة اليمنية إلى زيارة عدن وتعز وكل المناطق اليمنية", [YEGOV], [YAMI], None,
         note="the government's invitation to visit")
    a.ev(["AGREE"], None, "وتلبية",
         "وتلبية دعوة الحكومة اليمنية إلى زيارة عدن وتعز", [YAMI], [YEGOV], None, note="the invitation accepted")
    a.ev(["CONSULT"], "visit", "زيارة",
         "إلى زيارة عدن وتعز وكل المناطق اليمنية", [YAMI], [YEGOV], "عدن", modality="planned",
         note="planned visit to Aden, Taiz and other areas")
    a.ev(["ACCUSE"], "disapprove", "تهديد\u064b\u064eا",
         "لجنة حقوق الإنسان العربية تعد أن التمرد المسلح الذي تقوده جماعة الحوثي والقوات الموالية للرئيس السابق "
         "تهديد\u064b\u064eا خطيرًا",
         [YAMI], [HOU, SALEH], None, alts=[("اعتداءً", "يشكل اعتداءً")],
         note="the insurgency condemned as a grave threat to rights and an attack on self-determination")
    a.ev(["ASSAULT", "COERCE"], None, "تحرير",
         "أن عملية تحرير مدينة عدن كشفت", [actor(en=YEMEN_ARMY + RESISTANCE)], [INSURG], "عدن",
         note="background: the liberation of Aden; actor implied (pro-government forces)")
    a.ev(["ASSAULT"], "heavy-weapons", "القصف العشوائي",
         "شملت القصف العشوائي للمدنيين وللأعيان والممتلكات المدنية", [INSURG], [actor("المدنيين", en="CIV")], "عدن",
         attributed_to="اليامي", alts=[("والقصف", "والقصف المباشر")],
         note="background: shelling of civilians and residential areas in Aden, revealed after its liberation")
    a.ev(["ASSAULT"], None, "وإعدامات",
         "وإعدامات خارج القانون", [INSURG], [], "عدن", attributed_to="اليامي",
         note="background: extrajudicial executions in Aden (method not stated)")
    a.ev(["ASSAULT"], None, "الانتقام",
         "وتعمل قوات التمرد المسلح على الانتقام من سكان مدينة تعز", [INSURG],
         [actor("سكان مدينة تعز", en="CIV")], "تعز", attributed_to="اليامي")
    a.ev(["COERCE", "ASSAULT"], None, "الحصار",
         "الحصار المفروض على المدن اليمنية الأخرى", [INSURG], [actor("المدن اليمنية الأخرى", en="CIV")], None,
         attributed_to="اليامي", note="siege of other Yemeni cities; actor implied")
    a.ev(["ASSAULT", "COERCE"], "abduct", "الاعتقال",
         "وأعمال الاعتقال للسكان المدنيين", [INSURG], [actor("السكان المدنيين", en="CIV")], None,
         attributed_to="اليامي", note="arrests of civilians by the insurgents (an armed group)")
    a.ev(["REQUEST"], None, "تلبية",
         "وشدد على أهمية تلبية مطالب الحكومة الشرعية في اليمن", [YAMI], [], None,
         note="urges that the government's demands be met (addressees not named)")
    a.ev(["REQUEST"], None, "مطالب",
         "مطالب الحكومة الشرعية في اليمن الداعية لتوثيق جرائم انتهاكات القانون الإنساني الدولي", [YEGOV], [], None,
         alts=[("الداعية", "اليمن الداعية")], note="the government's demand to document war crimes")
    a.ev(["REQUEST"], None, "أهمية",
         "وأكد \"اليامي\" أهمية تشكيل فريق عمل لرصد وتوثيق انتهاكات القانون الإنساني الدولي", [YAMI], [], None,
         note="call to form a monitoring and documentation team")
    return a


def dev019() -> Article:
    a = Article("dev-019")
    RES = actor("المقاومة", en=RESISTANCE)
    ARMY = actor("الجيش الوطني", "الجيش", en=YEMEN_ARMY)
    IRANIANS = actor("أسرى إيرانيين", "الإيرانيين", en=["Iranians", "Iranian captives"])
    a.org("المنطقة العسكرية الرابعة")
    a.loc("عدن", "في مدينة عدن", ADEN, note="seat of the 4th Military Region command")
    a.per("أحمد اليافعي")
    a.org("الجيش الوطني", "بحوزة الجيش الوطني")
    a.loc("عدن", "بمحافظة عدن", ADEN_GOV, expr="محافظة عدن")
    a.org("المقاومة", "أن المقاومة أسرت الإيرانيين")
    a.per("اليافعي", "وقال اليافعي")
    a.org("المقاومة", "أن المقاومة أسرت العديد")
    a.org("الحوثيين", "العديد من الحوثيين")
    a.loc("لحج", "مزارع لحج", LAHJ_GOV, note="farmland of Lahij")
    a.loc("الحوطة", None, gn(73560, "city", 1, name="Al-Hawtah (Lahij)"))
    a.loc("لحج", "حاليا في لحج", LAHJ_GOV)
    a.loc("عدن", "وتخوم عدن", with_(ADEN, precision=2), expr="تخوم عدن")
    a.org("الحوثيين", "أن الحوثيين لديهم")
    a.org("الجيش الوطني", "أن الجيش الوطني المدعوم")
    a.org("المقاومة", "بالمقاومة يقف")
    a.loc("زنجبار", None, gn(69426, "city", 2, name="Zinjibar"), expr="تخوم مدينة زنجبار")
    a.loc("أبين", None, pt("Abyan Governorate", 13.60, 46.00, "YE", "admin1", 3, "approximate governorate centroid"),
          expr="محافظة أبين")
    a.per("اليافعي", "وأكد اليافعي")
    a.org("الجيش", "أن الجيش والمقاومة")
    a.org("المقاومة", "الجيش والمقاومة لن")
    a.loc("اليمن", "كامل اليمن", YEMEN, note="the territory to be recovered")
    a.org("التحالف العربي")
    a.org("لجيش اليمني", "للجيش اليمني")
    a.ev(["ASSAULT"], "abduct", "أسرت",
         "أن المقاومة أسرت الإيرانيين خلال الاشتباكات المتواصلة مع الانقلابيين",
         [RES], [IRANIANS], None, attributed_to="أحمد اليافعي",
         alts=[("أسرى", "وجود أسرى"), ("الاشتباكات", "خلال الاشتباكات")],
         note="Iranians captured in combat; the clashes that led to the capture are folded in; place not stated "
              "(the captives are held in Aden governorate)")
    a.ev(["ASSAULT"], "abduct", "أسرت",
         "أن المقاومة أسرت العديد من الحوثيين", [RES], [actor("الحوثيين", en=HOUTHIS)], None,
         attributed_to="أحمد اليافعي", note="Houthi fighters captured (number not given)")
    a.ev(["ASSAULT", "COERCE"], None, "تصفيتها",
         "هناك بعض الجيوب يجري تصفيتها في مزارع لحج والحوطة",
         [actor("الجيش الوطني", "المقاومة", en=YEMEN_ARMY + RESISTANCE)],
         [actor("بعض الجيوب", "الانقلابيين", en=COUP)], "لحج", attributed_to="أحمد اليافعي",
         note="mopping up pockets (securing ground); actor implied: the speaker's own forces; also al-Hawtah")
    a.ev(["ASSAULT"], None, "معارك",
         "ما يدور حاليا في لحج وتخوم عدن معارك كر وفر واستنزاف للإنقلابيين",
         [actor("الجيش الوطني", "المقاومة", en=YEMEN_ARMY + RESISTANCE)], [actor("الإنقلابيين", en=COUP)], "لحج",
         symmetric=True, attributed_to="أحمد اليافعي",
         alts=[("والمعارك", "والمعارك معهم")],
         note="ongoing hit-and-run battles in Lahij and on Aden's outskirts; actor implied: the speaker's own forces")
    a.ev(["ASSAULT", "COERCE"], None, "يقف",
         "أن الجيش الوطني المدعوم بالمقاومة يقف على تخوم مدينة زنجبار بمحافظة أبين التي قال إن أخبارها ستكون "
         "مفرحة للشعب اليمني خلال \xa0الساعات القادمة",
         [ARMY, RES], [actor(en=COUP)], "زنجبار", modality="planned", attributed_to="أحمد اليافعي",
         note="the army stands at Zinjibar's outskirts, its capture announced as imminent; recipient implied")
    a.ev(["SUPPORT"], None, "مشيدا",
         "مشيدا بمستوى التنسيق المتكامل مع قوات التحالف العربي",
         [actor("اليافعي", "أحمد اليافعي", en=["Ahmed al-Yafei", "Commander of the 4th Military Region"])],
         [actor("قوات التحالف العربي", "التحالف العربي", en=COAL_YE)], None,
         note="praise of the coordination with the coalition (the coalition's support is the content of the praise)")
    return a


# --- LY --------------------------------------------------------------------------------------------------------
GNC = ["General National Congress", "GNC (Tripoli-based parliament)"]
CAIRO = gn(360630, name="Cairo")
SKHIRAT = gn(2562055, name="Skhirat")


def dev020() -> Article:
    a = Article("dev-020")
    TRIBES = actor("شيوخ ووجهاء القبائل ورموز المجتمع", "القبائل", en=["Libyan tribal leaders", "Libyan tribes"])
    MAJ = actor("أسامة المجدوب", "المجدوب", "مساعد وزير الخارجية لشؤون دول الجوار",
                en=["Osama al-Majdoub", "Egyptian Assistant Foreign Minister for Neighbouring Countries"])
    GNC_A = actor("المؤتمر الشعبي", "الطرف الذي رفض توقيع الاتفاق", en=GNC)
    a.per("أسامة المجدوب")
    a.org("عكاظ")
    a.loc("لقاهرة", "اجتماع لقاهرة", CAIRO, note="«لقاهرة» as printed (the article's alef is missing)")
    a.per("المجدوب", "وقال المجدوب")
    a.loc("القاهرة", "مؤتمر القاهرة", CAIRO, note="where the May conference was held")
    a.loc("ليبيا", "الأوضاع في ليبيا", LIBYA)
    a.loc("الصخيرات", None, SKHIRAT)
    a.loc("ليبيا", "الصراع الدائر في ليبيا", LIBYA)
    a.org("المؤتمر الشعبي")
    a.loc("طرابلس", "يتخذ من طرابلس", TRIPOLI, note="seat of the body")
    a.loc("ليبيا", "الملتهب في ليبيا", LIBYA)
    a.org("القاعدة", "وهي القاعدة")
    a.org("داعش", "القاعدة وداعش")
    a.org("النصرة", "وداعش والنصرة")
    a.ev(["CONSULT"], "multilateral", "للحوار",
         "تستضيف إحدى المدن الليبية ـ التي تم التكتم عليها لاعتبارات أمنية ـ أول جولة للحوار بين شيوخ ووجهاء "
         "القبائل ورموز المجتمع، من المقرر أن يبدأ أعماله الخميس المقبل",
         [TRIBES], [], None, modality="planned", attributed_to="أسامة المجدوب",
         alts=[("جولة", "أول جولة"), ("الاجتماع", "أن الاجتماع سيتصدره"), ("الاجتماع", "إن الاجتماع دعيت"),
               ("للمؤتمر", "بالإعداد للمؤتمر"), ("الاجتماع", "إن الاجتماع يأتي"),
               ("الاجتماعات", "شؤون هذه الاجتماعات")],
         note="first round of dialogue among tribal leaders, in an undisclosed Libyan city, from next Thursday")
    a.ev(["REQUEST"], "meet", "دعيت",
         "إن الاجتماع دعيت إليه جميع الأطراف الليبية بلا استثناء من جانب اللجنة التي تقوم بالإعداد للمؤتمر",
         [actor("اللجنة التي تقوم بالإعداد للمؤتمر", en=["preparatory committee of the tribal dialogue"])],
         [actor("جميع الأطراف الليبية", en=["Libyan parties"])], None, attributed_to="أسامة المجدوب",
         note="invitation to the tribal dialogue")
    a.ev(["CONSULT"], "multilateral", "اجتماع",
         "مما جرى خلال اجتماع لقاهرة 25 ــ 28 مايو الماضي",
         [actor(en=["Libyan tribal leaders", "Libyan tribes"])], [], "لقاهرة",
         alts=[("مؤتمر", "مؤتمر القاهرة")],
         note="background: the Cairo meeting of 25-28 May; participants implied (the same kind of gathering)")
    a.ev(["AGREE"], None, "التوقيع",
         "للاتفاق الإطاري الذي تم التوقيع عليه في مدينة الصخيرات المغربية السبت 12 يوليو",
         [actor("الأطراف التي تفاوضت عليه ووقعته", en=["Libyan parties"])], [], "الصخيرات",
         alts=[("ووقعته", "تفاوضت عليه ووقعته")], note="background: the Skhirat framework agreement")
    a.ev(["SUPPORT"], None, "مؤكدا",
         "مؤكدا أن هذا الاتفاق يمثل تطورا تاريخيا في ملف هذه الزمة", [MAJ], [], None,
         note="endorses the Skhirat agreement")
    a.ev(["REJECT"], None, "رفض",
         "إن الطرف الذي رفض توقيع الاتفاق «المؤتمر الشعبي الذي يتخذ من طرابلس مقرا له»",
         [GNC_A], [], None, attributed_to="مصادر دبلوماسية",
         note="background: refusal to sign the Skhirat agreement (the GNC, named «المؤتمر الشعبي» in the text)")
    a.ev(["REQUEST"], None, "عليه أن يقبل",
         "عليه أن يقبل بالتوقيع وانتظار الجولة المقبلة من الحوار", [actor("مصادر دبلوماسية", en=["diplomatic sources"])],
         [GNC_A], None, note="call on the GNC to sign")
    a.ev(["AGREE"], None, "بالتوقيع",
         "عليه أن يقبل بالتوقيع وانتظار الجولة المقبلة من الحوار", [GNC_A], [], None, modality="demanded",
         note="the signing demanded of the GNC")
    a.ev(["THREATEN"], "restrict", "للعقوبات",
         "أو أن يتعرض للعقوبات الدولية", [actor("المجتمع الدولي", en=["international community"])], [GNC_A], None,
         attributed_to="مصادر دبلوماسية", alts=[("سيواجه", "وأنه سيواجه")],
         note="warning of international sanctions and of being confronted «بكل قوة»")
    return a


def dev021() -> Article:
    a = Article("dev-021")
    LNA = ["Libyan National Army", "Libyan army (Tobruk government)"]
    BENGHAZI = gn(88319, name="Benghazi")
    HILA = pt("Al-Hila gate (Derna)", 32.7350, 22.6350, "LY", "site", 2,
              "approximate (checkpoint south of Derna, by Wadi Derna)")
    WADI = pt("Wadi Derna", 32.7400, 22.6300, "LY", "region", 2, "approximate (valley running south of Derna)")
    PRO_Q = ["supporters of the former regime", "pro-Gaddafi demonstrators"]
    DEMOS = actor("المتظاهرين", "عدد من المتظاهرين", en=PRO_Q)
    ABUSALIM = actor("كتيبة شهداء أبوسليم", "كتيبة شهداء أبو سليم", "مجلس شورى مجاهدي درنة",
                     en=["Abu Salim Martyrs Brigade", "Derna Mujahideen Shura Council"])
    ISIS = actor("تنظيم داعش", "عناصر تنظيم داعش", "داعش", en="ISIS")
    a.org("اللواء الأول مشاة")
    a.org("لجيش الليبي", "للجيش الليبي أحمد")
    a.per("أحمد الخراز")
    a.org("الجيش", "قوات الجيش وفقًا")
    a.per("الخراز", "وأضاف الخراز")
    a.loc("بنغازي", "مدينة بنغازي", BENGHAZI)
    a.loc("ليبيا", "علم ليبيا")  # a flag: the polity, no place
    a.org("الجيش الليبي", "بين الجيش الليبي")
    a.org("مجلس شورى ثوار بنغازي")
    a.per("فاديا البرغثي")
    a.loc("مستشفى الجلاء")  # part of a title («مسؤولة الإعلام بمستشفى الجلاء»): no place
    a.misc("صواريخ الـC 5")
    a.org("كتيبة شهداء أبوسليم")
    a.org("مجلس شورى مجاهدي درنة")
    a.loc("درنة", "بمدينة درنة", DERNA)
    a.org("داعش", "عناصر تنظيم داعش")
    a.loc("بوابة الحيلة", "قُرب بوابة الحيلة في", HILA, expr="قُرب بوابة الحيلة")
    a.loc("وادي درنة", "في وادي درنة (", WADI)
    a.loc("ليبيا", "(شرق ليبيا)", with_(LIBYA, note="eastern Libya"), expr="شرق ليبيا")
    a.org("داعش", "إن تنظيم داعش")
    a.loc("وادي درنة", "في وادي درنة قُرب", WADI)
    a.loc("بوابة الحيلة", "قُرب بوابة الحيلة جنوب", HILA, expr="قُرب بوابة الحيلة")
    a.org("كتيبة شهداء أبو سليم", "لكتيبة شهداء أبو سليم")
    a.ev(["THREATEN"], None, "مواجهته",
         "إن كل من يخرج في مظاهرة مناصرة للنظام السابق ستتم مواجهته من قبل قوات الجيش وفقًا للقانون",
         [actor("اللواء الأول مشاة", "قوات الجيش", "الجيش الليبي", "أحمد الخراز", en=LNA)],
         [actor("كل من يخرج في مظاهرة مناصرة للنظام السابق", en=PRO_Q)], None, attributed_to="أحمد الخراز",
         note="the army will confront pro-Gaddafi demonstrations «وفقًا للقانون»")
    a.ev(["ACCUSE"], "disapprove", "التخريبية",
         "أن خروج المظاهرات التي ترفع أعلام النظام السابق يعد من الأعمال التخريبية المسيئة للشعب الليبي",
         [actor("الخراز", "أحمد الخراز", en=["Ahmed al-Kharraz", "spokesman of the 1st Infantry Brigade"])],
         [actor("المظاهرات التي ترفع أعلام النظام السابق", en=PRO_Q)], None,
         note="the pro-Gaddafi demonstrations condemned as sabotage")
    a.ev(["SANCTION"], "convict", "أحكام الإعدام",
         "احتجاجًا على أحكام الإعدام الصادرة في حق عدد من رموزه", [],
         [actor("عدد من رموزه", "رموز النظام السابق", en=["Gaddafi-era officials"])], None,
         note="background: death sentences against figures of the former regime; the court is not named")
    a.ev(["PROTEST"], "demo", "خروج",
         "وشهدت مدينة بنغازي خروج عدد من المتظاهرين يوم الأربعاء الماضي ورفعوا أعلام النظام السابق ورددوا شعاراته",
         [DEMOS], [], "بنغازي", alts=[("خرجوا", "قد خرجوا"), ("احتجاجًا", "احتجاجًا على")],
         note="pro-Gaddafi demonstration in Benghazi on Wednesday; the summary of protests in several cities "
              "(«خرجوا») is an alt")
    a.ev(["REQUEST"], None, "ودعا",
         "ودعا عدد من مناصري النظام السابق إلى تنظيم تظاهرات أخرى",
         [actor("عدد من مناصري النظام السابق", en=PRO_Q)], [], None, note="call for more demonstrations")
    a.ev(["PROTEST"], "demo", "تظاهرات",
         "ودعا عدد من مناصري النظام السابق إلى تنظيم تظاهرات أخرى",
         [actor("مناصري النظام السابق", en=PRO_Q)], [], None, modality="demanded")
    a.ev(["PROTEST"], "demo", "مظاهرة",
         "وقام عدد آخر من المواطنين بتنظيم مظاهرة مضادة لهم رفعوا فيها علم ليبيا الحالي",
         [actor("عدد آخر من المواطنين", en=["counter-demonstrators", "civilians"])], [DEMOS], "بنغازي",
         alts=[("بتنظيم", "المواطنين بتنظيم")], note="counter-demonstration")
    a.ev(["ASSAULT"], "crowd-control", "بتفريق",
         "وقامت قوات الأمن بتفريق التظاهرة", [actor("قوات الأمن", en=["Libyan security forces"])], [DEMOS],
         "بنغازي", note="security forces disperse the demonstration")
    a.ev(["ASSAULT"], None, "الاشتباكات",
         "خلال الاشتباكات بين الجيش الليبي وقوات مجلس شورى ثوار بنغازي",
         [actor("الجيش الليبي", en=LNA)],
         [actor("مجلس شورى ثوار بنغازي", en=["Benghazi Revolutionaries Shura Council", "BRSC"])], "بنغازي",
         symmetric=True, note="the July fighting in Benghazi («بالمدينة»)")
    a.ev(["ASSAULT"], "heavy-weapons", "واستهداف",
         "قتل 9 مدنيين وأصيب 42 آخرون، جراء إصابتهم بشظايا مقذوف خلال الاشتباكات بين الجيش الليبي وقوات مجلس "
         "شورى ثوار بنغازي واستهداف الأحياء والمناطق السكنية بالمدينة خلال شهر يوليو الماضي",
         [], [actor("9 مدنيين", "مدنيين", en="CIV")], "بنغازي",
         alts=[("القصف", "ضحايا القصف"), ("قتل", "ميدنيا قتل")],
         note="shelling of residential areas in July (mortars, C-5 rockets); the shooter is not named")
    a.ev(["ASSAULT"], None, "هجوم",
         "جراء هجوم مباغت الليلة شنه عناصر تنظيم داعش على تمركز للكتيبة قُرب بوابة الحيلة في وادي درنة",
         [ISIS], [ABUSALIM], "بوابة الحيلة", alts=[("هجومًا", "شن هجومًا"), ("المواجهات", "جراء المواجهات")],
         note="ISIS surprise attack on a post of the Abu Salim Martyrs Brigade; 3 killed, 6 wounded")
    return a


ARTICLES = [dev014, dev015, dev016, dev017, dev018, dev019, dev020, dev021]
