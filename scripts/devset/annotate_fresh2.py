"""Dev gold annotations: the *fresh-2* split (dev-022 .. dev-029), drawn and annotated on 2026-12-04 from the text
and ../shared/spec/annotation-guidelines.md alone (rasd was not run on these articles and none of its output for
them was looked at). See scripts/devset/build.py and tests/data/dev/README.md."""
from __future__ import annotations

from annotate_iq import ANBAR_GOV, FALLUJAH, IRAQ, RAMADI
from annotate_ly import LIBYA, TRIPOLI
from annotate_ye import ADEN, ADEN_GOV, COAL_YE, HOUTHIS, RESISTANCE, SALEH_FORCES, YEMEN, YEMEN_ARMY
from build import Article, actor, country, gn, osy, pt, with_

LNA = ["Libyan National Army", "Libyan army (Tobruk government)"]
BENGHAZI = gn(88319, name="Benghazi")
ISLAMISTS_LY = ["Islamist militants", "Islamist armed groups"]


# --- SY --------------------------------------------------------------------------------------------------------
SYRIA = country("SY")
HAMA_GOV = osy("sy-hama")
GHAB = pt("Al-Ghab plain", 35.6000, 36.3600, "SY", "region", 3, "approximate (plain centre)")  # as in dev-015


def dev022() -> Article:
    a = Article("dev-022")
    SAA = actor("قوات الأسد", "قوات النظام", "طيران نظام الأسد الحربي", en="SAA")
    REB = actor("قوات المعارضة السورية", "المعارضة", "مقاتلي المعارضة", en="REBELS")
    FATH = actor("جيش الفتح", en=["Army of Conquest", "Jaish al-Fatah"])
    ISIS = actor("تنظيم داعش", "داعش", en="ISIS")
    MUSHAYK = pt("Al-Mushayk", 35.7350, 36.3250, "SY", "village", 1, "approximate (village in northern al-Ghab, Hama)")
    QARQUR = pt("Qarqur", 35.7450, 36.3300, "SY", "village", 1, "approximate (village in northern al-Ghab, Hama)")
    TELL_QARQUR = pt("Tell Qarqur", 35.7480, 36.3330, "SY", "site", 1,
                     "approximate (hill / tell by Qarqur, northern al-Ghab)")
    AROUND = "محيط قرى تل واسط والزيارة وجورين"
    QARYATAYN = gn(173361, feature="town", name="Al-Qaryatayn")
    a.loc("حماة", "في ريف حماة امس", HAMA_GOV, expr="ريف حماة")
    a.org("جيش الفتح")
    a.per("بشار الاسد")
    a.loc("المشيك", None, MUSHAYK)
    a.loc("القرقور", "المشيك والقرقور", QARQUR)
    a.loc("تل القرقور", "والقرقور وتل القرقور", TELL_QARQUR)
    a.loc("سهل الغاب", "القرقور في سهل الغاب", GHAB)
    a.loc("حماة", "بريف حماة الغربي", HAMA_GOV, expr="ريف حماة الغربي")
    a.per("الأسد", "مع قوات الأسد")
    a.org("وكالة مسار برس")
    a.loc("تل القرقور", "على تل القرقور الاستراتيجي", TELL_QARQUR)
    a.per("الأسد", "لنظام الأسد بعمق")
    a.per("الأسد", "لقوات الأسد في")
    a.loc("تل واسط", AROUND, pt("Tell Wasit", 35.7700, 36.3350, "SY", "village", 2,
                               "approximate (village in northern al-Ghab)"), expr=AROUND)
    a.loc("الزيارة", AROUND,
          pt("Al-Ziyarah", 35.6750, 36.3150, "SY", "village", 2,
             "approximate (village in al-Ghab; not the Ziyara subdistrict centroid)"), expr=AROUND)
    a.loc("جورين", AROUND, pt("Jurin", 35.6400, 36.2900, "SY", "village", 2,
                                         "approximate (village on the western edge of al-Ghab)"), expr=AROUND)
    a.loc("سهل الغاب", "وجورين في سهل الغاب", GHAB)
    a.per("الأسد", "وكانت قوات الأسد")
    a.loc("سهل الغاب", "خسرتها في سهل الغاب", GHAB)
    a.per("الأسد", "طيران نظام الأسد")
    a.loc("طرطوس", None, osy("sy-tartus"), expr="محافظة طرطوس")
    a.loc("حماة", "الموالية بريف حماة", HAMA_GOV, expr="ريف حماة")
    a.per("الأسد", "عناصر قوات الأسد")
    a.loc("سهل الغاب", "بسهل الغاب", GHAB)
    a.loc("القرداحة", None, pt("Al-Qardaha", 35.4560, 36.0570, "SY", "town", 1,
                                "approximate (town; not the district centroid)"))
    a.loc("اللاذقية", "القرداحة واللاذقية", gn(173576, name="Latakia"))
    a.loc("السقيلبية", None, pt("As-Suqaylabiyah", 35.3700, 36.3800, "SY", "town", 1,
                                 "approximate (town; not the district centroid)"))
    a.loc("مصياف", None, gn(167046, feature="town", name="Masyaf"))
    a.org("المرصد السوري لحقوق الإنسان")
    a.org("المرصد", "ووثق المرصد")
    a.org("المرصد", "وذكر المرصد أن حصيلة")
    a.loc("سوريا", "المعارضة في سوريا", SYRIA)
    a.loc("سوريا", "جاؤوا إلى سوريا", SYRIA)
    a.loc("أوروبا", None, pt("Europe", 50.0, 10.0, None, "region", 3, "approximate (continent; origin of fighters)"))
    a.loc("آسيا", None, pt("Asia", 34.0, 100.0, None, "region", 3, "approximate (continent; origin of fighters)"))
    a.org("المرصد", "وأوضح المرصد")
    a.org("حزب الله")
    a.loc("إيران", None, with_(country("IR"), note="origin of fighters"))
    a.loc("أفغانستان", None, pt("Afghanistan", 33.9, 67.7, "AF", "country", 3,
                                 "approximate country centroid; origin of fighters"))
    a.org("المرصد", "وشدد المرصد")
    a.org("المرصد", "وذكر المرصد أن نحو")
    a.per("الأسد", "ضد نظام الأسد")
    a.org("المرصد", "وكان المرصد")
    a.org("داعش", "خطف تنظيم داعش نحو")
    a.loc("القريتين", "مدينة القريتين في", QARYATAYN)
    a.loc("حمص", "محافظة حمص", osy("sy-homs"), expr="محافظة حمص")
    a.loc("سوريا", "وسط سوريا", with_(SYRIA, note="central Syria"), expr="وسط سوريا")
    a.org("المرصد السوري لحقوق الانسان")
    a.org("المرصد", "مدير المرصد")
    a.per("رامي عبدالرحمن")
    a.org("داعش", "خطف تنظيم داعش 170")
    a.loc("القريتين", "داخل مدينة القريتين", QARYATAYN)
    a.ev(["ASSAULT", "COERCE"], None, "سيطرته",
         "وأعلن جيش الفتح -والذي يتكون من فصائل معارضة لنظام بشار الاسد- عن سيطرته على قريتي المشيك والقرقور "
         "وتل القرقور في سهل الغاب بريف حماة الغربي، بعد اشتباكات مع قوات الأسد",
         [FATH, REB], [SAA], "المشيك", attributed_to="جيش الفتح",
         alts=[("تقدمها", "عن تقدمها"), ("اشتباكات", "بعد اشتباكات مع"), ("بسيطرة", "بسيطرة المعارضة"),
               ("المعارك", "المعارك الدائرة")],
         note="capture of al-Mushayk, Qarqur and Tell Qarqur (Friday) after clashes that destroyed several regime "
              "tanks and vehicles and killed dozens of regime troops and 3 rebels (the clashes lead to the capture "
              "in the same sentence: folded in); the opposition's «تقدمها في ريف حماة» announces the same advance")
    a.ev(["ASSAULT"], "heavy-weapons", "استهدفوا",
         "أن مقاتلي المعارضة استهدفوا مواقع لقوات الأسد في محيط قرى تل واسط والزيارة وجورين في سهل الغاب "
         "بقذائف الدبابات والمدفعية والصواريخ", [REB], [SAA], "تل واسط", attributed_to="وكالة مسار برس",
         note="tank, artillery and rocket fire on regime positions around Tell Wasit, al-Ziyarah and Jurin")
    a.ev(["ASSAULT"], None, "اشتباكات",
         "لتدور بعدها اشتباكات بين الطرفين في محاولة من المعارضة للسيطرة على القرى المذكورة", [REB], [SAA],
         "تل واسط", symmetric=True, attributed_to="وكالة مسار برس",
         alts=[("محاولة", "في محاولة من")],
         note="clashes after the shelling, an opposition attempt to take the three villages (not said to succeed)")
    a.ev(["ASSAULT"], "heavy-weapons", "استرجاع",
         "وكانت قوات الأسد حاولت الخميس استرجاع بعض النقاط التي خسرتها في سهل الغاب مستخدمة كافة أنواع الأسلحة "
         "الثقيلة", [SAA], [REB], "سهل الغاب", alts=[("حاولت", "قوات الأسد حاولت")],
         note="Thursday's regime counter-attack with heavy weapons to retake lost points (success not said)")
    a.ev(["ASSAULT"], "aerial", "غارة",
         "كما شن طيران نظام الأسد الحربي حوالي 100 غارة جوية على مناطق سيطرة المعارضة", [SAA], [REB], "سهل الغاب",
         alts=[("شن", "كما شن طيران")],
         note="about 100 air strikes on opposition-held areas, in the same Thursday fighting in al-Ghab")
    a.ev(["ASSAULT"], "abduct", "خطف",
         "خطف تنظيم داعش نحو 230 مدنيا، بينهم ستون مسيحيا على الاقل غداة سيطرته على مدينة القريتين",
         [ISIS], [actor("نحو 230 مدنيا", "170 سنيا واكثر من ستين مسيحيا", en="CIV")], "القريتين",
         attributed_to="المرصد السوري لحقوق الانسان",
         alts=[("خطف", "\"خطف تنظيم"), ("مداهمة", "عملية مداهمة"), ("خطف", "خطف\nعلى صعيد")],
         note="ISIS kidnaps about 230 civilians (170 Sunnis, 60+ Christians) in a raid in al-Qaryatayn on Thursday, "
              "accused of collaborating with the regime")
    a.ev(["ASSAULT", "COERCE"], None, "سيطرته",
         "غداة سيطرته على مدينة القريتين في محافظة حمص في وسط سوريا وطرده قوات النظام منها",
         [ISIS], [actor("قوات النظام", en="SAA")], "القريتين", attributed_to="المرصد السوري لحقوق الانسان",
         alts=[("وطرده", "وطرده قوات"), ("سيطر", "التي سيطر عليها"), ("اشتباكات", "بعد اشتباكات عنيفة")],
         note="ISIS captures al-Qaryatayn (Homs) on Wednesday night after heavy clashes, expelling regime forces")
    return a


def dev023() -> Article:
    a = Article("dev-023")
    USA = actor("واشنطن", "الولايات المتحدة", "الإدارة الأمريكية", en=["United States", "US government"])
    PENTAGON = actor("وزارة الدفاع الأمريكية", "البنتاجون", en=["US Department of Defense", "Pentagon", "United States"])
    TURKEY = actor("بلاده", "الرئيس التركي، رجب طيب أردوغان", en=["Turkey", "Turkish government"])
    ISIS = actor("تنظيم “داعش”", "داعش", "التنظيم", en="ISIS")
    FIRST = actor("المجموعة الأولى", en="DIV30")
    INCIRLIK = pt("Incirlik Air Base", 37.0020, 35.4260, "TR", "site", 1, "approximate (air base east of Adana)")
    TURKEY_PLACE = country("TR")
    a.loc("واشنطن", "أرسلت واشنطن")  # agent: no place
    a.loc("تركيا", "عسكرية إلى تركيا", TURKEY_PLACE)
    a.org("وزارة الدفاع الأمريكية", "أن وزارة الدفاع الأمريكية")
    a.org("البنتاجون", "(البنتاجون)")
    a.org("داعش", "تنظيم “داعش”.")
    a.loc("إنغيرليك", None, INCIRLIK)
    a.loc("تركيا", "جنوب تركيا", with_(TURKEY_PLACE, note="southern Turkey"), expr="جنوب تركيا")
    a.org("داعش", "إطار مواجهة “داعش”")
    a.misc("إف-16")
    a.org("وكالة أنباء الأناضول")
    a.per("رجب طيب أردوغان")
    a.org("لتحالف الدولي", "للتحالف الدولي")
    a.org("داعش", "ضد “داعش”،")
    a.loc("إنغرليك", None, INCIRLIK)
    a.loc("سوريا", "التنظيم في سوريا", country("SY"))
    a.org("حزب العمال الكردستاني")
    a.loc("العراق", "الكردستاني في العراق", IRAQ)
    a.org("وزارة الدفاع الأمريكية", "بوزارة الدفاع الأمريكية")
    a.org("البنتاجون", "“البنتاجون”")
    a.org("جبهة النصرة")
    a.org("القاعدة")
    a.org("الإدارة الأمريكية")
    a.org("CNN")
    a.per("باراك أوباما")
    a.loc("الولايات المتحدة")  # agent (backs the rebels): no place
    a.ev(["MOBILIZE"], "weapons", "أرسلت",
         "أرسلت واشنطن 4 طائرات نقل عسكرية إلى تركيا", [USA], [], "إنغيرليك",
         alts=[("وهبطت", "وهبطت 4 طائرات")],
         note="four US military transport aircraft sent to Turkey, landing at Incirlik on Monday evening, for the "
              "campaign against ISIS")
    a.ev(["MOBILIZE"], "weapons", "وصول",
         "وذلك بعد وصول 8 طائرات عسكرية أمريكية، بينها 6 مقاتلات “إف-16″", [USA], [], "إنغيرليك",
         attributed_to="وكالة أنباء الأناضول", note="background: eight US military aircraft (six F-16s) arrived earlier")
    a.ev(["AID", "COOPERATE"], None, "تسمح",
         "أن بلاده سوف تسمح للتحالف الدولي ضد “داعش”، باستخدام “إنغرليك” في عملياته", [TURKEY],
         [actor("التحالف الدولي ضد داعش", "التحالف الدولي", en="COALITION")], "إنغرليك", modality="planned",
         note="background: Erdogan announced in late July that Turkey would let the coalition use Incirlik "
              "(basing support)")
    a.ev(["ASSAULT"], "aerial", "غارات",
         "بدأت فيه بلاده شن غارات ضد التنظيم في سوريا", [TURKEY], [ISIS], "سوريا",
         alts=[("شن", "بلاده شن")], note="background: Turkish air strikes on ISIS in Syria")
    a.ev(["ASSAULT"], "aerial", "وضد",
         "وضد مواقع حزب العمال الكردستاني في العراق", [TURKEY],
         [actor("حزب العمال الكردستاني", en=["Kurdistan Workers' Party", "PKK"])], "العراق",
         note="background: Turkish air strikes («شن غارات») on PKK positions in Iraq")
    a.ev(["AID", "COOPERATE"], None, "تدريبها",
         "أن تستكمل مجموعة ثانية من المعارضين السوريين، يبلغ عددها 70 فردا، تدريبها في الأسابيع المقبلة", [PENTAGON],
         [actor("مجموعة ثانية من المعارضين السوريين", en=["US-trained Syrian rebels", "New Syrian Force"])], None,
         attributed_to="مصادر عسكرية بوزارة الدفاع الأمريكية",
         alts=[("تدريب", "استراتيجية تدريب"), ("تدريب", "برنامج تدريب")],
         note="the US train-and-equip programme: a second group of 70 Syrian rebels to finish training in the coming "
              "weeks (the programme is under review)")
    a.ev(["ASSAULT"], None, "لهجوم",
         "أن المجموعة الأولى تعرضت لهجوم من “جبهة النصرة” التابعة لتنظيم “القاعدة”",
         [actor("جبهة النصرة", en="NUSRA")], [FIRST], None, attributed_to="مصادر عسكرية بوزارة الدفاع الأمريكية",
         note="background: al-Nusra attacked the first US-trained group")
    a.ev(["ASSAULT"], "abduct", "احتجزت",
         "حيث احتجزت بعضهم", [actor("جبهة النصرة", en="NUSRA")], [FIRST], None,
         attributed_to="مصادر عسكرية بوزارة الدفاع الأمريكية", note="background: al-Nusra captured some of them")
    a.ev(["RETREAT"], "withdraw", "الهرب",
         "فيما تمكن آخرون من الهرب", [actor("آخرون", en="DIV30")], [actor("جبهة النصرة", en="NUSRA")], None,
         attributed_to="مصادر عسكرية بوزارة الدفاع الأمريكية", note="background: others of the first group escaped")
    a.ev(["AID"], None, "لتزويد",
         "أن الرئيس باراك أوباما وافق على قرار لتزويد مقاتلي المعارضة السورية المدعومين من الولايات المتحدة بغطاء "
         "جوي في حال تعرضهم لهجمات",
         [actor("الرئيس باراك أوباما", "باراك أوباما", en=["Barack Obama", "US President", "United States"])],
         [actor("مقاتلي المعارضة السورية المدعومين من الولايات المتحدة", en=["US-trained Syrian rebels",
                                                                          "New Syrian Force"])], None,
         modality="hypothetical", attributed_to="مسؤولون في الإدارة الأمريكية", alts=[("وافق", "أوباما وافق")],
         note="Obama approved air cover for US-backed rebels if they are attacked (conditional)")
    return a


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


def dev025() -> Article:
    a = Article("dev-025")
    ISF = actor("القوات الأمنية المشتركة العراقية", "القطعات العسكرية", "القوات الأمنية",
                "القوات الأمنية العراقية المشتركة", en=["Iraqi security forces", "Iraqi government forces"])
    ISIS = actor("تنظيم داعش", "داعش", "التنظيم", en="ISIS")
    IRAQI_ARMY = actor("الجيش العراقي", en=["Iraqi Army", "Iraqi government forces"])
    HAMIDIYA = pt("Al-Hamidiya (Ramadi)", 33.4550, 43.3500, "IQ", "village", 1,
                  "approximate (area on the north-eastern edge of Ramadi, north of the Euphrates)")
    BU_AITHA = pt("Al-Bu Aitha (Ramadi)", 33.4400, 43.3150, "IQ", "village", 1,
                  "approximate (area across the Euphrates from central Ramadi)")
    a.org("القوات الأمنية المشتركة العراقية")
    a.loc("الرمادي", "الطرف الشمالي الشرقي من الرمادي", with_(RAMADI, precision=2), expr="الطرف الشمالي الشرقي من الرمادي")
    a.loc("الأنبار", "مركز محافظة الأنبار", ANBAR_GOV, expr="محافظة الأنبار")
    a.org("داعش", "مع تنظيم داعش قتل")
    a.org("مجلس قضاء الخالدية")
    a.per("علي داود")
    a.loc("الحامضية", "منطقتي الحامضية", HAMIDIYA)
    a.loc("البوعيثة", "الحامضية والبوعيثة،", BU_AITHA)
    a.org("الشرق الأوسط", "لـ«الشرق الأوسط»")
    a.loc("الحامضية", "للتنظيم في الحامضية", HAMIDIYA)
    a.per("إبراهيم رشيد أبو ذعيان")
    a.per("وعد حكمت طلال")
    a.loc("الرمادي", "الملاحمة في الرمادي", RAMADI)
    a.loc("الحامضية", "الهروب من الحامضية", HAMIDIYA)
    a.per("داود", "وأشار داود")
    a.loc("الرمادي", "تقدمها نحو مدينة الرمادي", RAMADI)
    a.loc("البوفرّاج", None, pt("Al-Bu Farraj", 33.4700, 43.3300, "IQ", "village", 1,
                                 "approximate (area north-east of Ramadi)"))
    a.loc("الرمادي", "البوفرّاج شمال شرقي الرمادي", with_(RAMADI, precision=2), expr="شمال شرقي الرمادي")
    a.org("داعش", "عناصر تنظيم داعش على")
    a.loc("الرمادي", "المؤدية إلى مدينة الرمادي", RAMADI)
    a.org("داعش", "يسيطر عليها داعش")
    a.loc("البوعيثة", "وتعد منطقة البوعيثة", BU_AITHA)
    a.loc("الحامضية", "البوعيثة والحامضية من", HAMIDIYA)
    a.loc("الرمادي", "المشرفة على مدينة الرمادي", RAMADI)
    a.loc("الأنبار", "بين الأنبار", ANBAR_GOV)
    a.loc("العراق", "محافظات العراق", IRAQ)
    a.loc("العراق", "يربط العراق", IRAQ)
    a.loc("السعودية", "مع السعودية", country("SA"))
    a.loc("سوريا", "السعودية وسوريا", country("SY"))
    a.loc("الأردن", "وسوريا والأردن", country("JO"))
    a.loc("الرمادي", "لقربهما من وسط مدينة الرمادي", with_(RAMADI, precision=2),
          expr="لقربهما من وسط مدينة الرمادي")
    a.loc("البوعيثة", "تبعد منطقة البوعيثة", BU_AITHA)
    a.loc("الرمادي", "عن مركز مدينة الرمادي كيلومتيرن", with_(RAMADI, precision=2),
          expr="عن مركز مدينة الرمادي كيلومتيرن")
    a.loc("نهر الفرات", None, pt("Euphrates (at Ramadi)", 33.4300, 43.3000, "IQ", "region", 3,
                                  "approximate (the river at the Ramadi bridge)"))
    a.loc("الفلوجة", "وفي مدينة الفلوجة", FALLUJAH)
    a.loc("الرمادي", "50 كلم شرق الرمادي", with_(RAMADI, precision=2), expr="50 كلم شرق الرمادي")
    a.org("قيادة عمليات الأنبار")
    a.org("داعش", "قادة تنظيم داعش بقصف")
    a.org("لجيش العراقي", "التابعة للجيش العراقي")
    a.org("داعش", "مقر لتنظيم داعش")
    a.loc("نزال", None, with_(FALLUJAH, name="Nazzal (Fallujah)", feature="district", precision=2,
                              note="Nazzal neighbourhood, central Fallujah; coded to the city point"))
    a.loc("الفلوجة", "وسط الفلوجة،", FALLUJAH, expr="وسط الفلوجة")
    a.loc("الفلوجة", "محاصرة مدينة الفلوجة", FALLUJAH)
    a.org("القوات الأمنية العراقية المشتركة")
    a.org("داعش", "ضد تنظيم داعش وتكبيده")
    a.loc("الفلوجة", "تحرير الفلوجة", FALLUJAH)
    a.org("الجيش العراقي", "يشنه الجيش العراقي")
    a.org("داعش", "مواقع تنظيم داعش في")
    a.loc("الفلوجة", "داعش في الفلوجة", FALLUJAH)
    a.loc("مستشفى الفلوجة التعليمي")  # part of the announcing body («إدارة مستشفى …»): no place
    a.org("القوات الحكومية العراقية")
    a.ev(["ASSAULT", "COERCE"], None, "سيطرت",
         "سيطرت القوات الأمنية المشتركة العراقية أمس على منطقة عند الطرف الشمالي الشرقي من الرمادي، مركز محافظة "
         "الأنبار، بعد معارك ضارية مع تنظيم داعش", [ISF], [ISIS], "الحامضية", attributed_to="علي داود",
         alts=[("معارك", "بعد معارك ضارية"), ("دخلت", "العسكرية دخلت"), ("حررت", "العسكرية حررت"),
               ("المعارك", "وأن المعارك")],
         note="capture of al-Hamidiya and al-Bu Aitha on Ramadi's north-eastern edge after fierce battles in which "
              "ISIS's military commander in al-Hamidiya, Ibrahim Rashid Abu Dhu'ayan, was killed")
    a.ev(["COERCE"], "arrest", "اعتقلت",
         "«القوات الأمنية اعتقلت أحد المنتمين للتنظيم وهو وعد حكمت طلال شيخ عشيرة الملاحمة في الرمادي، أثناء "
         "محاولته الهروب من الحامضية»", [ISF],
         [actor("وعد حكمت طلال", "أحد المنتمين للتنظيم", en=["Waad Hikmat Talal", "ISIS member"])], "الحامضية",
         attributed_to="علي داود", note="arrest of an ISIS member (a sheikh of the al-Malahima tribe) fleeing al-Hamidiya")
    a.ev(["ASSAULT"], None, "تقدما",
         "وأنها أحرزت تقدما باتجاه منطقة البوفرّاج شمال شرقي الرمادي", [ISF], [ISIS], "البوفرّاج",
         attributed_to="علي داود", alts=[("تقدمها", "في تقدمها نحو")],
         note="advance towards al-Bu Farraj, part of the continuing advance on Ramadi")
    a.ev(["RETREAT"], "withdraw", "الانسحاب",
         "وأجبر هذا التقدم عناصر تنظيم داعش على الانسحاب من المنطقة", [ISIS], [ISF], "البوفرّاج",
         attributed_to="علي داود", alts=[("وأجبر", "وأجبر هذا")], note="ISIS forced out of the al-Bu Farraj area")
    a.ev(["ASSAULT", "COERCE"], None, "الطوق",
         "فيما أحكمت القوات الأمنية الطوق على جميع المحاور المؤدية إلى مدينة الرمادي", [ISF], [ISIS], "الرمادي",
         attributed_to="علي داود", alts=[("أحكمت", "فيما أحكمت")],
         note="encirclement: all approaches to Ramadi closed off")
    a.ev(["ASSAULT", "COERCE"], None, "التوغل",
         "استعدادا لبدء التوغل في المناطق التي يسيطر عليها داعش في مركز المدينة", [ISF], [ISIS], "الرمادي",
         modality="planned", attributed_to="علي داود", alts=[("استعدادا", "استعدادا لبدء")],
         note="preparing to push into the ISIS-held centre of Ramadi")
    a.ev(["ASSAULT"], "heavy-weapons", "بقصف",
         "عن مقتل سبعة من قادة تنظيم داعش بقصف مدفعي، وسط المدينة",
         [actor("وحدة الصواريخ والميدان التابعة للجيش العراقي", "الجيش العراقي",
                en=["Iraqi Army", "Iraqi government forces"])],
         [actor("سبعة من قادة تنظيم داعش", "مقر لتنظيم داعش", en="ISIS")], "نزال",
         attributed_to="مصدر في قيادة عمليات الأنبار",
         alts=[("قصفه", "وتم قصفه"), ("تدميرها", "تم تدميرها"), ("تفجير", "مع تفجير")],
         note="rocket and artillery strike on an ISIS headquarters in Nazzal, central Fallujah: seven leaders killed, "
              "five armoured vehicles destroyed, a weapons cache and a fuel store blown up in the same place")
    a.ev(["COERCE", "ASSAULT"], None, "محاصرة",
         "وأكد المصدر استكمال المرحلة الأولى من عمليات محاصرة مدينة الفلوجة بعد المعارك التي خاضتها القوات الأمنية "
         "العراقية المشتركة ضد تنظيم داعش", [ISF], [ISIS], "الفلوجة",
         attributed_to="مصدر في قيادة عمليات الأنبار",
         alts=[("المعارك", "بعد المعارك التي"), ("طوق", "وفرض طوق")],
         note="first phase of the siege of Fallujah completed after battles that inflicted heavy losses on ISIS")
    a.ev(["ASSAULT", "COERCE"], None, "لاقتحامها",
         "وفرض طوق خانق على المدينة تمهيدا لاقتحامها", [ISF], [ISIS], "الفلوجة", modality="planned",
         attributed_to="مصدر في قيادة عمليات الأنبار", alts=[("تحرير", "عمليات تحرير")],
         note="storming of Fallujah in preparation, with tribesmen to take part")
    a.ev(["COOPERATE"], None, "تنسيق",
         "خصوصًا مع وجود تنسيق مع أبناء العشائر في المناطق للمشاركة في عمليات تحرير الفلوجة", [ISF],
         [actor("أبناء العشائر", en=["tribal fighters", "Anbar tribal volunteers"])], None,
         attributed_to="مصدر في قيادة عمليات الأنبار",
         note="coordination with the tribesmen, who will be given tasks in the Fallujah operation")
    a.ev(["RETREAT"], "access", "فتحت",
         "«قواتنا فتحت ممرات آمنة لغرض فسح المجال أمام الأهالي من المدنيين العزل للخروج من المدينة",
         [actor("قواتنا", en=["Iraqi security forces", "Iraqi government forces"])],
         [actor("الأهالي من المدنيين العزل", en="CIV")], "الفلوجة", attributed_to="مصدر في قيادة عمليات الأنبار",
         note="safe corridors for civilians to leave Fallujah")
    a.ev(["ASSAULT"], "aerial", "قصف",
         "وأعلنت إدارة مستشفى الفلوجة التعليمي عن مقتل 9 أشخاص وإصابة 12 آخرين في قصف القوات الحكومية العراقية على "
         "المدينة", [actor("القوات الحكومية العراقية", "الجيش العراقي", en=["Iraqi government forces", "Iraqi Army"])],
         [actor("9 أشخاص وإصابة 12 آخرين", en="CIV")], "الفلوجة",
         attributed_to="إدارة مستشفى الفلوجة التعليمي", alts=[("القصف", "نتائج القصف الجوي")],
         note="government bombardment of Fallujah: 9 killed, 12 wounded (hospital); the Iraqi army's air campaign on "
              "ISIS positions in Fallujah, whose results are disputed, is the summary")
    return a


# --- YE --------------------------------------------------------------------------------------------------------
ADEN_AIRPORT = pt("Aden International Airport", 12.8295, 45.0288, "YE", "site", 1, "approximate")
UN_WFP = ["World Food Programme", "WFP", "United Nations"]


def dev026() -> Article:
    a = Article("dev-026")
    HOU = actor("ميليشيات الحوثي", "المتمردين الحوثيين", "الحوثيين", "الميليشيات الحوثية", en=HOUTHIS)
    SALEH = actor("قوات الرئيس السابق علي عبد الله صالح", "قوات صالح", en=SALEH_FORCES)
    RES = actor("المقاومة الشعبية", "عناصر المقاومة", en=RESISTANCE)
    WFP = actor("برنامج الأغذية العالمي", "البرنامج", "الأمم المتحدة", en=UN_WFP)
    ADEN_CIV = actor("سكان مدينة عدن", en=["residents of Aden", "civilians"])
    MUALLA = pt("Al-Mualla port (Aden)", 12.7930, 44.9850, "YE", "site", 1, "approximate (Aden's main port at al-Mualla)")
    BURAIQA_PORT = pt("Al-Buraiqa oil port (Little Aden)", 12.7700, 44.9000, "YE", "site", 1,
                      "approximate (oil harbour of the Aden refinery, Little Aden)")
    a.loc("عدن", "محافظ مدينة عدن نايف")  # part of a title: no place
    a.per("نايف البكري")
    a.loc("عدن", "الأوضاع في عدن سيئة", ADEN)
    a.loc("مطار عدن", "تشغيل مطار عدن خلال يومين في", ADEN_AIRPORT)
    a.org("سكاي نيوز عربية")
    a.loc("عدن", "مديريات عدن", ADEN_GOV)
    a.org("المقاومة الشعبية")
    a.org("المقاومة", "عناصر المقاومة")
    a.per("علي عبد الله صالح")
    a.loc("جعولة", None, pt("Ja'wala", 12.9000, 44.9500, "YE", "village", 1,
                             "approximate (area on Aden's northern edge, towards Lahij)"))
    a.loc("بئر أحمد", None, pt("Bir Ahmad", 12.8700, 44.9200, "YE", "village", 1,
                                "approximate (area north-west of Aden, al-Buraiqa district)"))
    a.loc("عدن", "الأوضاع في عدن مأسوية", ADEN)
    a.loc("عدن", "لها مدينة عدن", ADEN)
    a.org("الحوثي", "أيدي ميليشيات الحوثي وقوات")
    a.per("صالح", "وقوات صالح».")
    a.org("الحوثي", "قبل ميليشيات الحوثي")
    a.per("صالح", "وقوات صالح، التي")
    a.loc("عدن", "محافظ عدن أن")  # part of a title: no place
    a.loc("عدن", "الصحي في عدن", ADEN)
    a.org("الحوثيين", "أيدي الحوثيين")
    a.loc("ميناء الزيت", None, BURAIQA_PORT)
    a.loc("البريقة", "الزيت في البريقة", pt("Al-Buraiqa", 12.7600, 44.8900, "YE", "town", 1,
                                              "approximate (Little Aden, west of Aden)"))
    a.loc("ميناء المعلا", "على ميناء المعلا", MUALLA)
    a.loc("مطار عدن", "تأهيل مطار عدن خلال", ADEN_AIRPORT)
    a.loc("عدن", "موانئ عدن", ADEN)
    a.loc("ميناء البريقة", None, BURAIQA_PORT)
    a.loc("ميناء المعلا", "وميناء المعلا،", MUALLA)
    a.loc("مطار عدن", "تأهيل مطار عدن وميناء", ADEN_AIRPORT)
    a.loc("ميناء عدن", None, with_(MUALLA, name="Port of Aden"))
    a.org("التحالف", "دول التحالف")
    a.loc("دار سعد", None, with_(ADEN, name="Dar Sa'd district (Aden)", feature="admin2", precision=3,
                                 note="district of Aden; coded to the city point as in dev-008"),
          expr="مديرية دار سعد")
    a.loc("اليمن", "للإغاثة في اليمن")  # part of a title: no place
    a.per("عبدالرقيب فتح")
    a.loc("عدن", "الإعمار في عدن", ADEN)
    a.loc("عدن", "مدينة عدن المحاصرة", ADEN)
    a.loc("عدن", "تصل إلى عدن", ADEN)
    a.org("الأمم المتحدة", "من الأمم المتحدة تكفي")
    a.org("برنامج الأغذية العالمي", "وقال برنامج الأغذية العالمي")
    a.loc("عدن", "قبالة عدن", with_(ADEN, precision=2), expr="قبالة عدن")
    a.org("لأمم المتحدة", "تابعتان للأمم المتحدة")
    a.org("الأمم المتحدة", "تتمكن الأمم المتحدة")
    a.loc("عدن", "غذائية لعدن", ADEN)
    a.org("برنامج الأغذية العالمي", "باسم برنامج الأغذية العالمي")
    a.loc("عدن", "قرب عدن", with_(ADEN, precision=2), expr="قرب عدن")
    a.ev(["ASSAULT", "COERCE"], None, "سيطرة",
         "أن كل مديريات عدن أصبحت تحت سيطرة المقاومة الشعبية في المدينة", [RES], [HOU, SALEH], "عدن",
         attributed_to="نايف البكري", note="all districts of Aden now held by the Popular Resistance (the losing "
                                           "side implied)")
    a.ev(["ASSAULT", "COERCE"], None, "بتمشيط",
         "بينما يقوم عناصر المقاومة بتمشيط وتصفية آخر جيوب المتمردين الحوثيين وقوات الرئيس السابق علي عبد الله "
         "صالح في جعولة وبئر أحمد", [RES], [HOU, SALEH], "جعولة", attributed_to="نايف البكري",
         alts=[("وتصفية", "بتمشيط وتصفية")],
         note="clearing the last Houthi-Saleh pockets in Ja'wala and Bir Ahmad (securing ground)")
    a.ev(["COERCE", "ASSAULT"], None, "الحصار",
         "جراء الحصار والقصف الذي تعرضت له من قبل ميليشيات الحوثي وقوات صالح", [HOU, SALEH], [ADEN_CIV], "عدن",
         attributed_to="نايف البكري", alts=[("محاصرة", "التي كانت محاصرة"), ("المحاصرة", "عدن المحاصرة")],
         note="background: the Houthi-Saleh siege of Aden (its ports included)")
    a.ev(["ASSAULT"], "heavy-weapons", "والقصف",
         "جراء الحصار والقصف الذي تعرضت له من قبل ميليشيات الحوثي وقوات صالح", [HOU, SALEH], [ADEN_CIV], "عدن",
         attributed_to="نايف البكري", alts=[("الحرب", "«الحرب الظالمة")],
         note="background: the shelling of Aden by ground forces; «الحرب الظالمة التي تعرضت لها مدينة عدن» "
              "summarises the Houthi-Saleh offensive on the city")
    a.ev(["ASSAULT"], "destroy", "للتدمير",
         "أن الخدمات الأساسية كالكهرباء والماء والاتصالات والصرف الصحي في عدن تعرضت للتدمير المتعمد على أيدي "
         "الحوثيين", [HOU], [ADEN_CIV], "عدن", attributed_to="نايف البكري",
         alts=[("للدمار", "تعرضت للدمار"), ("القضاء", "«تعمدت القضاء")],
         note="background: deliberate destruction of electricity, water, telecoms and sewage services")
    a.ev(["ASSAULT"], "heavy-weapons", "قصف",
         "بالإضافة إلى قصف ميناء الزيت في البريقة", [HOU], [], "ميناء الزيت", attributed_to="نايف البكري",
         alts=[("مستهدفة", "وكانت مستهدفة")],
         note="background: shelling of the oil port at al-Buraiqa (the ports «كانت مستهدفة», al-Mualla too)")
    a.ev(["ASSAULT", "COERCE"], None, "والسيطرة",
         "والسيطرة على ميناء المعلا", [HOU], [], "ميناء المعلا", attributed_to="نايف البكري",
         note="background: the Houthis' seizure of al-Mualla port")
    a.ev(["AID"], None, "بدعم",
         "إنه سيتم تأهيل مطار عدن وميناء عدن بدعم من الأشقاء في دول التحالف",
         [actor("الأشقاء في دول التحالف", "دول التحالف", en=COAL_YE)],
         [actor("محافظ مدينة عدن", "نايف البكري", en=["Aden local authorities", "Yemeni government (Hadi)"])],
         "مطار عدن", modality="planned", attributed_to="نايف البكري",
         note="coalition support for rehabilitating Aden airport and port (announced)")
    a.ev(["ASSAULT"], None, "المجزرة",
         "وحول المجزرة التي تعرضت لها مديرية دار سعد", [HOU],
         [actor("45 قتيلا", en="CIV")], "دار سعد", attributed_to="نايف البكري",
         alts=[("بارتكابها", "«تنتحر» بارتكابها"), ("الجريمة", "هذه الجريمة")],
         note="the Dar Sa'd massacre (at least 45 killed), blamed on the Houthi militias; the weapon is not said")
    a.ev(["AID"], None, "رست",
         "رست سفينة تحمل مساعدات غذائية لسكان مدينة عدن المحاصرة أمس", [WFP], [ADEN_CIV], "عدن",
         alts=[("تصل", "سفينة تصل"), ("مساعدات", "وتحمل السفينة مساعدات")],
         note="the first UN food-aid ship in months docks in Aden (food for 180,000 people for a month)")
    a.ev(["AID"], None, "وصلت",
         "وصلت قافلتا شاحنات تابعتان للأمم المتحدة الأسبوع الماضي",
         [actor("الأمم المتحدة", en=UN_WFP)], [], "عدن", attributed_to="برنامج الأغذية العالمي",
         note="two UN truck convoys arrived last week (Aden implied)")
    a.ev(["ASSAULT"], None, "قتالا",
         "لكن المطار -الذي يشهد قتالا عنيفا- مغلق", [RES], [HOU], "مطار عدن", symmetric=True,
         attributed_to="برنامج الأغذية العالمي",
         note="heavy fighting at Aden airport as WFP tells it; sides not named (implied: the Resistance and the "
              "Houthis)")
    a.ev(["AID"], None, "نقل",
         "ولم تتمكن الأمم المتحدة إلى حد بعيد من نقل مساعدات غذائية لعدن", [actor("الأمم المتحدة", en=UN_WFP)],
         [], "عدن", polarity="negated",
         note="the UN has largely been unable to deliver food aid to Aden and the south")
    a.ev(["AID"], None, "الاستعداد",
         "إن المزيد من السفن التي استأجرها البرنامج على أهبة الاستعداد قرب عدن محملة بالوقود وبمزيد من الغذاء",
         [WFP], [], "عدن", modality="planned", attributed_to="متحدث باسم برنامج الأغذية العالمي",
         alts=[("استأجرها", "التي استأجرها")], note="more WFP-chartered ships with fuel and food on standby near Aden")
    a.ev(["AID"], None, "استقبال",
         "وسيتم الثلاثاء استقبال أكثر من سفينة مساعدات", [], [], "عدن", modality="planned",
         attributed_to="نايف البكري", note="aid ships expected in Aden's ports on Tuesday; the sender is not named")
    return a


def dev027() -> Article:
    a = Article("dev-027")
    GOV = actor("الحكومة اليمنية الشرعية", "الحكومة اليمنية", "الحكومة",
                en=["Yemeni government (Hadi)", "Government of Yemen"])
    COUP = actor("ميليشيات الحوثي وصالح الانقلابية", "الميليشيات الانقلابية", en=["Houthi-Saleh forces", *HOUTHIS,
                                                                                    *SALEH_FORCES])
    MEDICS = actor("جميع الأطباء والعاملين في القطاع الصحي بمحافظة عدن", "الأطباء والعاملين في القطاع الصحي",
                   en=["doctors and health workers in Aden", "civilians"])
    WOUNDED = actor("الجرحى والمصابين", "المصابين", "الحالات الحرجة", en=["the wounded", "civilians"])
    GCC = actor("دول مجلس التعاون الخليجي", "مجلس التعاون الخليجي", en=["Gulf Cooperation Council", "GCC states"])
    JORDAN = actor("مملكة الأردن", "الأردن", en=["Jordan", "Jordanian government"])
    a.org("الحكومة اليمنية الشرعية")
    a.loc("عدن", "بمحافظة عدن", ADEN_GOV, expr="محافظة عدن")
    a.org("الحوثي", "ميليشيات الحوثي")
    a.per("صالح", "الحوثي وصالح")
    a.loc("عدن", "مستشفيات محافظة عدن", ADEN_GOV, expr="محافظة عدن")
    a.loc("عدن", "الطبية بعدن", ADEN)
    a.org("الحكومة اليمنية", "وعبرت الحكومة اليمنية")
    a.org("مجلس التعاون الخليجي")
    a.loc("الأردن")  # agent (sent aid): no place
    a.ev(["REQUEST"], "assist", "ناشدت",
         "ناشدت الحكومة اليمنية الشرعية جميع الأطباء والعاملين في القطاع الصحي بمحافظة عدن سرعة العودة للمستشفيات "
         "والمراكز الطبية", [GOV], [MEDICS], "عدن",
         note="appeal to Aden's doctors and health workers to return to the hospitals and treat the wounded")
    a.ev(["ASSAULT", "COERCE"], None, "تطهيرها",
         "قبل تطهيرها من ميليشيات الحوثي وصالح الانقلابية", [actor(en=YEMEN_ARMY + RESISTANCE)], [COUP], "عدن",
         alts=[("تحريرها", "قبيل تحريرها")],
         note="background: the liberation of Aden governorate; actor implied (pro-government forces)")
    a.ev(["ASSAULT"], None, "الحرب",
         "كما تسببت الحرب التي قادتها الميليشيات الانقلابية في «استشهاد» أكثر من ألف شخصا في المحافظة", [COUP],
         [actor("أكثر من ألف شخصا", en="CIV")], "عدن", alts=[("الحرب", "التي خلفتها الحرب")],
         note="background: the Houthi-Saleh war on Aden governorate, more than 1,000 killed and many wounded")
    a.ev(["SUPPORT"], None, "وحيت",
         "وحيت الحكومة الجهود الجبارة التي تبذلها الطواقم الطبية الموجدة في المستشفيات والمراكز الطبية بعدن", [GOV],
         [actor("الطواقم الطبية الموجدة في المستشفيات والمراكز الطبية بعدن", "الطواقم الطبية",
                en=["medical teams in Aden", "civilians"])], None,
         note="praise for the medical teams in Aden's hospitals")
    a.ev(["AID"], None, "تزويد",
         "وأكدت أنه سيتم تزويد المستشفيات بالأدوية والمعدات الطبية", [GOV],
         [actor("المستشفيات", en=["hospitals in Aden"])], "عدن", modality="planned",
         note="medicines and equipment to be supplied to Aden's hospitals (Aden implied)")
    a.ev(["AID"], None, "نقل",
         "فضلا عن استمرار نقل الحالات الحرجة إلى الخارج لتلقي العلاج", [GOV], [WOUNDED], None, modality="planned",
         note="critical cases will continue to be evacuated abroad for treatment")
    a.ev(["SUPPORT"], None, "تقديرها",
         "وعبرت الحكومة اليمنية عن تقديرها لجهود الأشقاء في دول مجلس التعاون الخليجي ومملكة الأردن", [GOV],
         [GCC, JORDAN], None, note="thanks to the GCC states and Jordan for their medical help")
    a.ev(["AID"], None, "قدموه",
         "لما قدموه من خدمات طبية للجرحى والمصابين سواء عبر إرسال المساعدات الطبية والأدوية أو استضافة الحالات الحرجة",
         [GCC, JORDAN], [WOUNDED], None, alts=[("إرسال", "عبر إرسال"), ("استضافة", "أو استضافة")],
         note="background: medical aid, medicines and hosting of critical cases by the GCC states and Jordan")
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


def dev029() -> Article:
    a = Article("dev-029")
    ARMY = actor("جهاز مكافحة الإرهاب بالجيش الليبي", "قوات الجيش", "الجيش", "الجيش الليبي", "فرج أقعيم", en=LNA)
    AIR = actor("نسور السلاح الجوي", "سلاح الجو", "القوات الجوية", en=["Libyan Air Force", *LNA])
    TERR = actor("المجموعات الإرهابية المسلحة", "أوكار الإرهابيين", "الإرهابيين", en=ISLAMISTS_LY)
    BRSC = actor("قوات مجلس شورى ثوار بنغازي", "مجلس شورى ثوار بنغازي",
                 en=["Benghazi Revolutionaries Shura Council", "BRSC"])
    SABRI = pt("Al-Sabri (Benghazi)", 32.1250, 20.0700, "LY", "district", 2,
               "approximate (coastal district of central Benghazi, by the port)")
    a.org("جهاز مكافحة الإرهاب بالجيش الليبي")
    a.per("فرج أقعيم")
    a.misc("عملية الشهيد سالم النايلي")
    a.per("عفاريت", "بـ«عفاريت» لتحرير")
    a.loc("الصابري", "منطقة الصابري بمدينة", SABRI)
    a.loc("بنغازي", "بمدينة بنغازي ومحيطها", BENGHAZI)
    a.per("أقعيم", "وقال أقعيم")
    a.loc("الصابري", "منطقة الصابري ومحيطها", SABRI)
    a.misc("عملية الشهيد «سالم النايلي»")
    a.org("السلاح الجوي")
    a.per("سالم النايلي", "أن «سالم النايلي»")
    a.per("عفاريت", "بـ«عفاريت» كان")
    a.org("كتيبة الـ21")
    a.org("لقوات الخاصة الصاعقة", "للقوات الخاصة الصاعقة")
    a.loc("الليثي", None, pt("Al-Laithi (Benghazi)", 32.0900, 20.0900, "LY", "district", 2,
                              "approximate (district of Benghazi)"))
    a.per("قعيم", "وأكد قعيم")
    a.org("الجيش", "أن قوات الجيش تمكنت")
    a.loc("الفندق البلدي", None, pt("Municipal Hotel (Benghazi)", 32.1200, 20.0650, "LY", "site", 1,
                                     "approximate (central Benghazi)"))
    a.loc("فندق النوران", None, pt("Al-Nuran Hotel (Benghazi)", 32.1180, 20.0680, "LY", "site", 1,
                                    "approximate (central Benghazi)"))
    a.loc("بنغازي", "النوران ببنغازي", BENGHAZI)
    a.org("الجيش", "أن الجيش استطاع")
    a.org("مجلس شورى ثوار بنغازي", "يتبع قوات مجلس شورى ثوار بنغازي")
    a.loc("سوق الجريد", None, pt("Souq al-Jareed (Benghazi)", 32.1150, 20.0700, "LY", "site", 2,
                                  "approximate (market in central Benghazi)"), expr="قرب سوق الجريد")
    a.org("الجيش الليبي", "قوات الجيش الليبي")
    a.org("مجلس شورى ثوار بنغازي", "وقوات مجلس شورى ثوار بنغازي اندلعت")
    a.loc("بنغازي", "وسط مدينة بنغازي", BENGHAZI, expr="وسط مدينة بنغازي")
    a.per("ناصر الحاسي")
    a.org("القوات الجوية")
    a.org("سلاح الجو", "«قصف سلاح الجو")
    a.loc("الصابري", "إرهابية في الصابري", SABRI)
    a.loc("بنغازي", "وسط بنغازي", BENGHAZI, expr="وسط بنغازي")
    a.ev(["ASSAULT", "COERCE"], None, "لتحرير",
         "عن انطلاق عملية الشهيد سالم النايلي المعروف بـ«عفاريت» لتحرير منطقة الصابري بمدينة بنغازي ومحيطها من "
         "المجموعات الإرهابية المسلحة", [ARMY], [TERR], "الصابري", modality="planned", attributed_to="فرج أقعيم",
         alts=[("انطلاق", "عن انطلاق"), ("العملية", "إن العملية لن")],
         note="operation «Martyr Salem al-Nayli» launched to liberate al-Sabri and its surroundings (the liberation "
              "is the announced aim; the bombardment that opened it is coded on its own)")
    a.ev(["ASSAULT"], "heavy-weapons", "بقصف",
         "بدأت بقصف أوكار الإرهابيين بالمدفعية الثقيلة والدبابات", [ARMY], [TERR], "الصابري",
         attributed_to="فرج أقعيم", alts=[("القصف", "أن هذا القصف")],
         note="the operation opened with artillery and tank fire on the militants' positions")
    a.ev(["ASSAULT"], "aerial", "ضربات",
         "إضافة إلى ضربات جوية من نسور السلاح الجوي", [AIR], [TERR], "الصابري", attributed_to="فرج أقعيم",
         alts=[("قصف", "«قصف سلاح الجو")],
         note="air strikes on al-Sabri; the air force spokesman's «قصف سلاح الجو أهدافاً إرهابية في الصابري» "
              "restates them")
    a.ev(["ASSAULT"], None, "اشتباكات",
         "وقتل في 15 يوليو الجاري جراء إصابته في اشتباكات مسلحة بمحور الليثي",
         [actor("كتيبة الـ21 التابعة للقوات الخاصة الصاعقة", "القوات الخاصة الصاعقة", en=["Saiqa special forces",
                                                                                         *LNA])],
         [actor("المجموعات الإرهابية المسلحة", en=ISLAMISTS_LY)], "الليثي", symmetric=True,
         alts=[("وقتل", "وقتل في 15")],
         note="background: Salem al-Nayli, a unit commander of the 21st Battalion (Saiqa), killed on 15 July in clashes "
              "on the al-Laithi front; the other side is implied")
    a.ev(["ASSAULT", "COERCE"], None, "السيطرة",
         "أن قوات الجيش تمكنت من السيطرة على الفندق البلدي ومحطة النقل المجاورة له وفندق النوران ببنغازي", [ARMY],
         [TERR], "الفندق البلدي", attributed_to="فرج أقعيم",
         note="capture of the Municipal Hotel, the transport station next to it and al-Nuran Hotel")
    a.ev(["ASSAULT"], "destroy", "بتفجير",
         "وأضاف أن الجيش استطاع أن يقوم كذلك بتفجير مخزن للأسلحة يتبع قوات مجلس شورى ثوار بنغازي، قرب سوق الجريد "
         "بالمدينة", [ARMY], [BRSC], "سوق الجريد", attributed_to="فرج أقعيم",
         note="an arms depot of the Shura Council blown up near Souq al-Jareed")
    a.ev(["ASSAULT"], None, "الاشتباكات",
         "الجدير بالذكر أن الاشتباكات بين قوات الجيش الليبي وقوات مجلس شورى ثوار بنغازي اندلعت منذ أكتوبر 2014",
         [actor("قوات الجيش الليبي", en=LNA)], [BRSC], "بنغازي", symmetric=True,
         note="background: the army-Shura Council fighting since October 2014 (in Benghazi, implied)")
    a.ev(["ASSAULT"], None, "قتال",
         "إن جنديين ليبيين قتلا وأصيب عشرة بجروح في قتال بين قوات الحكومة ومقاتلين في وسط مدينة بنغازي",
         [actor("قوات الحكومة", "القوات الحكومية", en=LNA)], [actor("مقاتلين", en=ISLAMISTS_LY)], "بنغازي",
         symmetric=True, attributed_to="مسعفون", alts=[("قتلا", "جنديين ليبيين قتلا")],
         note="fighting in central Benghazi: two soldiers killed, ten wounded")
    a.ev(["ASSAULT"], None, "بمحاولة",
         "إن القوات الحكومية قامت يوم الخميس بمحاولة جديدة نحو السيطرة على الميناء التجاري الذي توجد فيه مواقع "
         "لجماعات إسلامية", [actor("القوات الحكومية", en=LNA)],
         [actor("جماعات إسلامية", en=ISLAMISTS_LY)], "بنغازي", attributed_to="مسؤولون عسكريون",
         alts=[("السيطرة", "نحو السيطرة")],
         note="Thursday's new attempt to take the commercial port (success not said, so fighting, not a capture, as "
              "the regime's attempt in dev-022); Benghazi implied")
    return a


ARTICLES = [dev022, dev023, dev024, dev025, dev026, dev027, dev028, dev029]
