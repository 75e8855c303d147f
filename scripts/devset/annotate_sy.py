"""Dev gold annotations: Syria articles (dev-001 .. dev-004). See scripts/devset/build.py."""
from __future__ import annotations

from build import Article, actor, country, gn, osy, pt, with_

SYRIA = country("SY")
ALEPPO_GOV = osy("sy-aleppo")
ALEPPO = gn(170063, name="Aleppo")
RIF_DIMASHQ = osy("sy-rif-dimashq", name="Rif Dimashq Governorate",
                  note="«ريف دمشق» is the Rif Dimashq governorate (OpenSyria centroid)")
DAMASCUS = gn(170654, name="Damascus")
ZABADANI = gn(172059, name="Az-Zabadani")
IDLIB = gn(169389, name="Idlib")
DARAA_GOV = osy("sy-daraa")
LATAKIA_GOV = osy("sy-latakia")
MARE = pt("Mare'", 36.4769, 37.0828, "SY", "town", 1,
          "approximate (town in northern Aleppo countryside; the OpenSyria Mare' subdistrict centroid is ~12 km east)")
HAYYAN = pt("Hayyan", 36.2856, 37.1044, "SY", "village", 1, "approximate (village north of Aleppo)")
HANDARAT = pt("Handarat", 36.2667, 37.1667, "SY", "village", 1, "approximate (village/camp north of Aleppo city)")
KAFRIYA = pt("Kafriya", 35.9956, 36.6803, "SY", "village", 1, "approximate (NE of Idlib city)")
FUAA = pt("Al-Fu'ah", 35.9917, 36.7000, "SY", "village", 1, "approximate (NE of Idlib city)")


def dev001() -> Article:
    a = Article("dev-001")
    SAA = actor("قوات النظام", "قوات الأسد", en="SAA")
    SAA_AIR = actor("الطيران المروحي", "قوات النظام", en="SAA")
    REB = actor("مقاتلي المعارضة", "قوات المعارضة", "فصائل المعارضة", en="REBELS")
    HEZ = actor("حزب الله اللبناني", "حزب الله", en="HEZ")
    ISIS = actor("تنظيم داعش", "داعش", "التنظيم", en="ISIS")
    COAL = actor("التحالف الدولي", "طائرات التحالف الدولي", en="COALITION")
    # paragraph 1 -------------------------------------------------------------------------------------------
    a.loc("سوريا", "التي ترتكبها قوات النظام في سوريا", SYRIA)
    a.loc("قصر البريج", "جرّاء قصف قرية قصر البريج",
          pt("Qasr al-Burayj", 36.1833, 37.4000, "SY", "village", 1,
             "approximate (village in the eastern Aleppo countryside)"))
    a.loc("حلب", "قصر البريج بريف حلب الشرقي، في حين", ALEPPO_GOV, expr="ريف حلب الشرقي")
    a.loc("الزبداني", "في حين شهد سهل الزبداني", with_(ZABADANI, precision=2), note="Zabadani plain")
    a.loc("دمشق", "شهد سهل الزبداني بريف دمشق", RIF_DIMASHQ, expr="ريف دمشق")
    a.org("حزب الله", "محاولة عناصر ميليشيات حزب الله التقدم")
    a.org("الأمم المتحدة", "مبعوث الأمم المتحدة")
    a.loc("سوريا", "مبعوث الأمم المتحدة إلى سوريا")  # part of a title: no place
    a.per("ستيفان دي ميستورا")
    a.loc("دمشق", "سيزور دمشق", DAMASCUS)
    a.org("القيادة السورية")
    a.per("دي ميستورا", "ان دي ميستورا سيلتقي")
    a.loc("دمشق", "بعد زيارته دمشق", DAMASCUS)
    a.loc("تركيا", "قيادات عسكرية سورية في تركيا", country("TR"))
    a.loc("حلب", "وسقط عشرات القتلى في ريف حلب الشرقي", ALEPPO_GOV, expr="ريف حلب الشرقي")
    a.loc("قصر البريج", "تحديداً قرية قصر البريج",
          pt("Qasr al-Burayj", 36.1833, 37.4000, "SY", "village", 1,
             "approximate (village in the eastern Aleppo countryside)"))
    a.per("الأسد", "واستهدفت قوات الأسد")
    a.loc("حيان", "بلدات حيان", HAYYAN)
    a.loc("بيانون", "بلدات حيان وبيانون",
          pt("Bayanun", 36.3100, 37.0500, "SY", "village", 1, "approximate (village north of Aleppo)"))
    a.loc("ماير", "وبيانون وماير",
          pt("Mayer", 36.3361, 37.0636, "SY", "village", 1, "approximate (village north of Aleppo)"))
    a.misc("صاروخ تاو", "عبر استهدافها بصاروخ تاو")
    a.loc("حندرات", "على جبهة حندرات", with_(HANDARAT, precision=2), note="the Handarat front")
    a.loc("حلب", "جبهة حندرات في ريف حلب الشمالي", ALEPPO_GOV, expr="ريف حلب الشمالي")
    a.loc("كفريا", "قصف قريتي كفريا", KAFRIYA)
    a.loc("الفوعة", "قريتي كفريا والفوعة المواليتين", FUAA)
    a.loc("إدلب", "المواليتين للنظام شمال شرقي إدلب", with_(IDLIB, precision=2), expr="شمال شرقي إدلب")
    a.loc("بنش", "بغارات على بنش", gn(171451, "town", 1, name="Binnish"))
    a.loc("معرة مصرين", "بنش ومعرة مصرين", gn(167605, "town", 1, name="Maarrat Misrin"))
    a.loc("الفوعة", "المجاورتين لقريتي الفوعة", with_(FUAA, precision=2), note="neighbouring al-Fu'ah")
    a.loc("كفريا", "لقريتي الفوعة وكفريا.", with_(KAFRIYA, precision=2), note="neighbouring Kafriya")
    a.loc("الكرك الشرقي", "بلدة الكرك الشرقي",
          pt("Al-Karak al-Sharqi", 32.6950, 36.3450, "SY", "town", 1, "approximate (town east of Daraa)"))
    a.loc("درعا", "الكرك الشرقي بريف درعا", DARAA_GOV, expr="ريف درعا")
    a.loc("الزبداني", "معركة الزبداني وشهدت", ZABADANI)
    a.loc("الزبداني", "وشهدت مدينة الزبداني", ZABADANI)
    a.loc("دمشق", "مدينة الزبداني بريف دمشق", RIF_DIMASHQ, expr="ريف دمشق")
    a.loc("الزبداني", "معارك عنيفة في سهل الزبداني", with_(ZABADANI, precision=2), note="Zabadani plain")
    a.org("حزب الله اللبناني", "وعناصر ميليشيات حزب الله اللبناني")
    a.org("الجيش الحر", "وتصدت كتائب الجيش الحر")
    a.loc("اللاذقية", "في ريف اللاذقية", LATAKIA_GOV, expr="ريف اللاذقية")
    a.per("الأسد", "لمحاولات قوات الأسد")
    a.loc("بيت عوان", "على محور بيت عوان",
          pt("Beit Awan", 35.8000, 36.0500, "SY", "village", 2,
             "approximate (village in Jabal al-Turkman, northern Latakia); the Beit Awan axis"))
    a.loc("جبل التركمان", "بجبل التركمان",
          pt("Jabal al-Turkman", 35.8300, 36.0800, "SY", "region", 2,
             "approximate (Turkmen Mountain, northern Latakia countryside)"))
    a.loc("حلب", "اشتباكات وفي حلب،",
          with_(ALEPPO, note="Aleppo; Handarat and Sheikh Najjar are on the city's northern edge"))
    a.loc("حندرات", "في حندرات ومنطقة", HANDARAT)
    a.loc("الشيخ نجار", "ومنطقة الشيخ نجار",
          pt("Sheikh Najjar", 36.2667, 37.2333, "SY", "district", 2,
             "approximate (industrial city NE of Aleppo)"))
    a.loc("حريتان", "قريتي حريتان",
          pt("Hraytan", 36.2733, 37.0817, "SY", "town", 1,
             "approximate (town NW of Aleppo; OpenSyria Haritan subdistrict centroid is ~3 km NW)"))
    a.loc("حيان", "حريتان وحيان", HAYYAN)
    a.loc("بردة", "قرية \"بردة\"",
          with_(ALEPPO_GOV, name="Bardah", feature="village", precision=3,
                note="unresolved village in Aleppo province; coded to the governorate"))
    a.org("داعش", "و\"تنظيم داعش\"")
    a.loc("أم حوش", "قرية \"أم حوش\"",
          pt("Umm Hawsh", 36.4150, 37.1500, "SY", "village", 2,
             "approximate (village SE of Mare'); near Umm Hawsh"))
    a.loc("مارع", "القريبة من مدينة مارع", with_(MARE, precision=2), note="near Mare'")
    a.per("منير ذكي")
    a.org("ثوار الشام")
    a.loc("أم القرى", "قرية \"أم القرى\"",
          with_(MARE, name="Umm al-Qura", feature="village", precision=2,
                note="unresolved village near Mare'; coded to Mare'"))
    a.loc("مارع", "بقصف مدفعي على مارع", MARE)
    a.org("داعش", "3042 قتلى داعش")
    a.org("النصرة", "داعش والنصرة وفي السياق")
    a.org("المرصد السوري لحقوق الانسان")
    a.org("التحالف الدولي", "طائرات التحالف الدولي")
    a.org("داعش", "3042 من تنظيم داعش")
    a.org("جبهة النصرة")
    a.org("المرصد", "وقال المرصد")
    # events ------------------------------------------------------------------------------------------------
    a.ev(["ASSAULT"], "aerial", "قصف",
         "تواصلت المجازر التي ترتكبها قوات النظام في سوريا نتيجة استخدام البراميل المتفجرة، حيث قُتل العشرات "
         "جرّاء قصف قرية قصر البريج بريف حلب الشرقي",
         [SAA_AIR], [], "قصر البريج",
         alts=[("مجزرة", "في مجزرة جديدة"), ("إلقائه", "بعد إلقائه برميلا")],
         note="barrel bombs on Qasr al-Burayj; restated in the «براميل وصواريخ» paragraph")
    a.ev(["ASSAULT"], None, "معارك",
         "تدور معارك عنيفة في سهل الزبداني بين مقاتلي المعارضة وعناصر ميليشيات حزب الله اللبناني الذين "
         "يحاولون التقدم من الجهة الجنوبية",
         [REB], [HEZ], "الزبداني", symmetric=True,
         alts=[("معارك", "بريف دمشق معارك عنيفة أثناء"), ("معركة", "معركة الزبداني")],
         note="battle in the Zabadani plain; Hezbollah trying to advance from the south (told twice)")
    a.ev(["CONSULT"], "visit", "سيزور",
         "ان مبعوث الأمم المتحدة إلى سوريا ستيفان دي ميستورا سيزور دمشق خلال اليومين المقبلين لإجراء محادثات "
         "مع القيادة السورية",
         [actor("ستيفان دي ميستورا", "مبعوث الأمم المتحدة إلى سوريا", en="DEMISTURA")],
         [actor("القيادة السورية", en="SYRGOV")], "دمشق", modality="planned",
         attributed_to="مصادر سياسية", alts=[("محادثات", "لإجراء محادثات"), ("زيارته", "بعد زيارته دمشق")])
    a.ev(["CONSULT"], None, "سيلتقي",
         "ان دي ميستورا سيلتقي بعد زيارته دمشق قيادات سياسية في المعارضة السورية في الخارج بينها قيادات "
         "عسكرية سورية في تركيا",
         [actor("دي ميستورا", en="DEMISTURA")],
         [actor("قيادات سياسية في المعارضة السورية", "المعارضة السورية", en="SYROPP")], None,
         modality="planned", attributed_to="المصادر",
         note="meeting place not stated (opposition leaders abroad, some in Turkey)")
    a.ev(["ASSAULT"], "heavy-weapons", "واستهدفت",
         "واستهدفت قوات الأسد بالصواريخ الفراغية وقذائف المدفعية، بلدات حيان وبيانون وماير",
         [SAA], [], "حيان", note="also Bayanun and Mayer")
    a.ev(["ASSAULT"], "heavy-weapons", "تدمير",
         "تمكنت الفصائل المقاتلة من تدمير دبابة لقوات النظام، عبر استهدافها بصاروخ تاو",
         [actor("الفصائل المقاتلة", en="REBELS")], [SAA], "حندرات", note="tank destroyed with a TOW missile")
    a.ev(["ASSAULT"], "heavy-weapons", "قصف",
         "وواصل مقاتلو المعارضة قصف قريتي كفريا والفوعة المواليتين للنظام شمال شرقي إدلب، بشكل عنيف وبمختلف "
         "أنواع الأسلحة الثقيلة لليوم الخامس على التوالي، ما أدى لمقتل عدد من عناصر قوات النظام",
         [actor("مقاتلو المعارضة", "المعارضة", en="REBELS")], [SAA], "كفريا",
         alts=[("تقصف", "المعارضة تقصف")],
         note="pro-regime villages Kafriya and al-Fu'ah shelled with heavy weapons; regime troops killed")
    a.ev(["ASSAULT"], "aerial", "بغارات",
         "ورد الطيران الحربي بغارات على بنش ومعرة مصرين المجاورتين لقريتي الفوعة وكفريا",
         [actor("الطيران الحربي", en="SAA")], [], "بنش",
         note="actor implied: the regime's air force retaliating; also Maarrat Misrin")
    a.ev(["ASSAULT"], "aerial", "قصفه",
         "فيما جدد الطيران المروحي قصفه بالبراميل المتفجرة على مناطق في بلدة الكرك الشرقي بريف درعا",
         [actor("الطيران المروحي", en="SAA")], [], "الكرك الشرقي",
         note="barrel bombs: actor implied (regime helicopters)")
    a.ev(["ASSAULT"], "aerial", "غارات",
         "وشهدت مدينة الزبداني بريف دمشق غارات استهدفت المدينة بـ 4 براميل متفجرة",
         [actor(en="SAA")], [], "الزبداني", note="barrel bombs: actor implied (regime aircraft)")
    a.ev(["ASSAULT"], None, "وتصدت",
         "وتصدت كتائب الجيش الحر في ريف اللاذقية لمحاولات قوات الأسد المدعومة بعناصر من الميليشيات التقدم "
         "على محور بيت عوان بجبل التركمان، موقعين عشرات القتلى والجرحى في صفوف قوات النظام",
         [actor("كتائب الجيش الحر", "الجيش الحر", en="FSA")],
         [SAA, actor("الميليشيات", en="PROGOV_MIL")], "بيت عوان", symmetric=True,
         alts=[("لمحاولات", "لمحاولات قوات الأسد")],
         note="FSA repels a regime/militia advance (battle, two-sided)")
    a.ev(["ASSAULT"], None, "اشتباكات",
         "وفي حلب، اندلعت اشتباكات عنيفة بين قوات المعارضة من جهة، وقوات النظام من جهة أخرى، في حندرات ومنطقة "
         "الشيخ نجار، وقتلت المعارضة 3 جنود وجرحت آخرين",
         [REB], [SAA], "حندرات", symmetric=True,
         alts=[("اشتباكات", "خلال اشتباكات بين الطرفين"), ("اشتباكات", "النظام. اشتباكات وفي"),
               ("وقتلت", "وقتلت المعارضة 3 جنود")])
    a.ev(["ASSAULT"], "aerial", "قصف",
         "تزامناً مع قصف بالبراميل على قريتي حريتان وحيان",
         [actor(en="SAA")], [], "حريتان", note="barrel bombs: actor implied (regime aircraft)")
    a.ev(["ASSAULT"], "aerial", "قصف",
         "بالإضافة إلى قصف مماثل على قرية \"بردة\" أسفر عن سقوط 3 شهداء",
         [actor(en="SAA")], [], "بردة", note="«قصف مماثل» = barrel bombs; actor implied (regime aircraft)")
    a.ev(["ASSAULT"], None, "المواجهات",
         "وتواصلت المواجهات بين قوات المعارضة و\"تنظيم داعش\" بالقرب من قرية \"أم حوش\" القريبة من مدينة مارع",
         [REB], [ISIS], "أم حوش", symmetric=True,
         alts=[("قتلت", "فصائل المعارضة قتلت 15")])
    a.ev(["RETREAT"], "withdraw", "الانسحاب",
         "وأجبرت الأخير على الانسحاب إلى قرية \"أم القرى\"",
         [ISIS], [REB], "أم القرى", attributed_to="منير ذكي", alts=[("وأجبرت", "وأجبرت الأخير")],
         note="ISIS forced by opposition factions to withdraw")
    a.ev(["ASSAULT"], "heavy-weapons", "بقصف",
         "في حين رد التنظيم بقصف مدفعي على مارع", [ISIS], [], "مارع")
    a.ev(["MOBILIZE"], "troops", "استقدامه تعزيزات",
         "بعد استقدامه تعزيزات عسكرية", [ISIS], [], "مارع")
    a.ev(["ASSAULT"], "aerial", "قتلت",
         "بأن طائرات التحالف الدولي قتلت 3042 من تنظيم داعش وجبهة النصرة بينهم عشرات القياديين خلال 10 أشهر",
         [COAL], [ISIS, actor("جبهة النصرة", "النصرة", en="NUSRA")], None,
         attributed_to="المرصد السوري لحقوق الانسان", alts=[("قتلى", "3042 قتلى داعش")],
         note="cumulative toll of coalition air strikes over 10 months")
    a.ev(["ASSAULT"], "aerial", "قتلوا",
         "إن 173 مدنيا قتلوا وأصيب العشرات بالإضافة إلى مقتل مقاتل إسلامي أيضا جراء هذه الغارات خلال هذه الفترة",
         [COAL], [actor("مدنيا", en="CIV")], None, attributed_to="المرصد",
         note="civilian toll of the same coalition strikes over the same period")
    return a


def dev002() -> Article:
    a = Article("dev-002")
    OMAN = actor("سلطنة عُمان", "مسقط", en=["Oman", "Omani government"])
    MUALLEM = actor("وليد المعلم", "المعلم", "وزير الخارجية السوري", en="SYRFM")
    MEKDAD = actor("فيصل مقداد", en="SYRDFM")
    ALAWI = actor("يوسف بن علوي", "بن علوي", en=["Yusuf bin Alawi", "Omani Minister for Foreign Affairs"])
    TURKEY = actor("تركيا", en=["Turkey", "Turkish government"])
    SIG = actor("الحكومة السورية المؤقتة", "مؤسسات المعارضة السورية",
                en=["Syrian Interim Government", "Syrian opposition"])
    a.loc("سلطنة عُمان", "دخلت سلطنة عُمان")
    a.per("وليد المعلم")
    a.loc("مسقط", "إلى مسقط أمس", gn(287286, name="Muscat"))
    a.per("يوسف بن علوي")
    a.per("المعلم", "ورافق المعلم")
    a.per("فيصل مقداد")
    a.org("الوكالة السورية للأنباء")
    a.per("المعلم", "اتفق المعلم")
    a.per("بن علوي", "المعلم وبن علوي")
    a.loc("الجمهورية العربية السورية")  # territorial integrity: not a location of an act
    a.loc("مسقط", "أن تلعبه مسقط")  # metonymy
    a.loc("سلطنة عُمان", "ولم تقطع سلطنة عُمان")
    a.loc("دمشق", "مع دمشق أسوة")  # metonymy
    a.loc("سوريا", "في شمال سوريا", with_(SYRIA, note="northern Syria"), expr="شمال سوريا")
    a.org("الشرق الأوسط", "تركي لـ«الشرق الأوسط»")
    a.loc("تركيا", "أن تركيا تنظر")
    a.org("الحكومة السورية المؤقتة")
    a.loc("تركيا", "أن تركيا اتخذت")
    a.loc("تركيا", "{تركيا تتعهد")
    a.ev(["CONSULT"], "third-party", "الوساطة",
         "دخلت سلطنة عُمان على خط الوساطة للوصول إلى حل سياسي للأزمة السورية",
         [OMAN], [actor("وزير الخارجية السوري", en="SYRGOV")], None,
         note="Oman enters mediation of the Syrian crisis (hosting the Syrian FM)")
    a.ev(["CONSULT"], "visit", "وصل",
         "حيث وصل وزير الخارجية السوري، وليد المعلم إلى مسقط أمس، والتقى نظيره يوسف بن علوي",
         [MUALLEM, MEKDAD], [ALAWI, OMAN], "مسقط",
         alts=[("والتقى", "والتقى نظيره"), ("الزيارة", "وتعد هذه الزيارة"), ("الزيارة", "في هذه الزيارة"),
               ("الاجتماع", "خلال الاجتماع")],
         note="Muallem (with his deputy Mekdad) visits Muscat and meets Bin Alawi")
    a.ev(["AGREE"], None, "اتفق",
         "خلال الاجتماع اتفق المعلم وبن علوي على أن الوقت حان «لتضافر الجهود البناءة» لإنهاء الأزمة",
         [actor("المعلم", en="SYRFM")], [actor("بن علوي", en=["Yusuf bin Alawi", "Omani Minister for Foreign Affairs"])],
         "مسقط", symmetric=True, attributed_to="الوكالة السورية للأنباء",
         alts=[("قالا", "الوزيرين قالا")])
    a.ev(["SANCTION"], "discontinue", "تقطع",
         "ولم تقطع سلطنة عُمان علاقاتها الدبلوماسية مع دمشق أسوة بشركائها الخليجيين",
         [OMAN], [actor("دمشق", en="SYRGOV")], None, polarity="negated",
         note="background: Oman did not break diplomatic relations with Damascus")
    a.ev(["COOPERATE"], None, "التنسيق",
         "وستعمد إلى التنسيق المباشر بين إدارات الحكومة السورية المؤقتة والإدارات الرسمية التركية",
         [TURKEY], [SIG], None, modality="planned", attributed_to="مصدر رسمي تركي",
         note="Turkey to coordinate directly with the Syrian Interim Government")
    a.ev(["AID", "SUPPORT"], None, "بدعم",
         "أن تركيا اتخذت قرارا استراتيجيا بدعم مؤسسات المعارضة السورية المعترف بها تركياً ودولياً على أنها "
         "ممثلة للشعب السوري، وتمكين هذه المؤسسات من إدارة المناطق بعد تشكلها",
         [TURKEY], [SIG], None, modality="planned", attributed_to="مصدر رسمي تركي",
         alts=[("تتعهد", "تركيا تتعهد")],
         note="decision/pledge to support the opposition's institutions in northern Syria")
    return a


def dev003() -> Article:
    a = Article("dev-003")
    NUSRA = actor("جبهة النصرة", "النصرة", "التنظيم", en="NUSRA")
    DIV30 = actor("الفرقة 30", "مقاتلين سوريين مدربين", en="DIV30")
    USA = actor("البرنامج الاميركي", "الاميركيين", en=["United States", "US government"])
    AZAZ = gn(172082, name="Azaz")
    a.org("جبهة النصرة", "نشر تنظيم «جبهة النصرة»")
    a.org("القاعدة", "ذراع تنظيم القاعدة")
    a.loc("سوريا", "القاعدة في سوريا", SYRIA)
    a.org("الفرقة 30", "54 عنصرًا من الفرقة 30")
    a.loc("تركيا", "تدريبات عسكرية في تركيا", country("TR"))
    a.loc("سوريا", "إلى داخل سوريا", SYRIA)
    a.org("داعش", "لتنظيم «داعش»")
    a.org("جبهة النصرة", "وخطفت جبهة النصرة")
    a.org("الفرقة 30", "ثمانية عناصر من الفرقة 30")
    a.loc("اعزاز", "قرب مدينة اعزاز", with_(AZAZ, precision=2), note="near Azaz")
    a.loc("حلب", "في ريف حلب الشمالي", ALEPPO_GOV, expr="ريف حلب الشمالي")
    a.org("المرصد السوري لحقوق الانسان", "حسبما ذكر المرصد السوري لحقوق الانسان")
    a.org("وزارة الدفاع الاميركية")
    a.org("جبهة النصرة", "وتبنت جبهة النصرة")
    a.org("الفرقة 30", "خطف العناصر من «الفرقة 30»")
    a.loc("أميركا", "ومصالح أميركا")
    a.org("يوتيوب")
    a.org("جبهة النصرة", "«جنود جبهة النصرة")
    a.loc("تركيا", "معسكرات التدريب في تركيا", country("TR"))
    a.org("النصرة", "«لمحاربة النصرة»")
    a.loc("سوريا", "«لمحاربة النصرة» في سوريا", SYRIA)
    a.org("جبهة النصرة", "احد عناصر «جبهة النصرة»")
    a.loc("بلاد الشام", None,
          pt("Bilad al-Sham (the Levant)", 34.5, 37.5, None, "region", 3, "approximate representative point"))
    a.org("الائتلاف الدولي")
    a.org("جبهة النصرة", "وهاجمت جبهة النصرة")
    a.org("لفرقة 30", "مقرًا للفرقة 30")
    a.org("المرصد السوري لحقوق الانسان", "الطرفين، بحسب المرصد السوري لحقوق الانسان")
    a.org("المرصد", "وقال المرصد")
    a.org("جبهة النصرة", "18 عنصرًا من جبهة النصرة")
    a.org("الفرقة 30", "وسبعة من الفرقة 30")
    a.ev(["ASSAULT"], "abduct", "وخطفت",
         "وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الاربعاء، قرب مدينة اعزاز في ريف حلب الشمالي",
         [NUSRA], [DIV30], "اعزاز", attributed_to="المرصد السوري لحقوق الانسان والفرقة نفسها",
         alts=[("بخطف", "قيامه هذا الاسبوع بخطف"), ("خطف", "وتبنت جبهة النصرة خطف"), "باختطافها"],
         note="the US Defense Department denied it («نفت الأمر»); Nusra claimed it in a video")
    a.ev(["ACCUSE"], "allege", "متهمة",
         "متهمة اياهم «بالتعاون مع الغرب»",
         [NUSRA], [DIV30], None,
         alts=[("متهمة", "متهمة اياهم بأنهم"), ("مؤكدا", "مؤكدا أن المقاتلين")],
         note="accused of collaborating with the West / being US agents (video and statement)")
    a.ev(["AID"], None, "تدريبات",
         "وكان 54 عنصرًا من الفرقة 30، من الذين تلقوا تدريبات عسكرية في تركيا في اطار البرنامج الاميركي لتدريب "
         "المعارضة المعتدلة",
         [USA], [DIV30], "تركيا", alts=[("يُدرّب", "كي يُدرّب")],
         note="background: US train-and-equip programme")
    a.ev(["MOBILIZE"], "troops", "اجتازوا",
         "وكان 54 عنصرًا من الفرقة 30، من الذين تلقوا تدريبات عسكرية في تركيا في اطار البرنامج الاميركي لتدريب "
         "المعارضة المعتدلة، اجتازوا قبل أكثر من اسبوعين الحدود إلى داخل سوريا",
         [DIV30], [], "سوريا", note="background: Division 30 fighters crossed into Syria two weeks earlier")
    a.ev(["AID"], None, "تلقوا",
         "وأكّد أنّ المتدربين تلقوا بندقية ومبلغًا من المال",
         [actor("الاميركيين", en=["United States", "US government"])], [DIV30], None,
         attributed_to="احد المختطفين المفترضين", note="rifle and money given to the trainees; actor implied (US programme)")
    a.ev(["ASSAULT"], None, "وهاجمت",
         "وهاجمت جبهة النصرة الجمعة مقرًا للفرقة 30 في المنطقة نفسها",
         [NUSRA], [DIV30], "اعزاز", note="«في المنطقة نفسها» = near Azaz")
    a.ev(["ASSAULT"], None, "اشتباكات",
         "ووقعت اشتباكات بينها وبين المدافعين عن المقر تسببت بمقتل 25 مقاتلا من الطرفين، بحسب المرصد السوري "
         "لحقوق الانسان",
         [NUSRA], [actor("المدافعين عن المقر", "الفرقة 30", en="DIV30")], "اعزاز", symmetric=True,
         attributed_to="المرصد السوري لحقوق الانسان", note="clashes following the attack, with their own toll")
    return a


def dev004() -> Article:
    a = Article("dev-004")
    TURKEY = actor("تركيا", en=["Turkey", "Turkish government"])
    USA = actor("الولايات المتحدة", "واشنطن", en=["United States", "US government"])
    PYD = actor("حزب الاتحاد الديمقراطي الكردي السوري", en=["Democratic Union Party", "PYD"])
    MODERATES = actor("المعارضة السورية المعتدلة", "الجيش السوري الحر", en="SYROPP")
    a.org("رويترز")
    a.loc("إسطنبول", "رويترز- إسطنبول", gn(745044, name="Istanbul", note="dateline"))
    a.per("أحمد داود أوغلو")
    a.loc("تركيا", "ليس لدى تركيا")
    a.loc("سوريا", "قوات برية إلى سوريا", SYRIA)
    a.loc("الولايات المتحدة", "اتفقت مع الولايات المتحدة")
    a.org("داعش", "التي تقاتل تنظيم داعش هناك")
    a.loc("تركيا", "في موقف تركيا")
    a.org("التحالف", "في التحالف الذي")
    a.loc("الولايات المتحدة", "تقوده الولايات المتحدة")
    a.org("داعش", "ضدّ تنظيم داعش في الأسبوع")
    a.org("التحالف", "بمنح قوات التحالف")
    a.loc("العراق", "والأكراد في العراق", country("IQ"))
    a.per("أوغلو", "ونُقل عن أوغلو")
    a.loc("واشنطن", "الخلافات مع واشنطن")
    a.loc("سوريا", "جوانب السياسة في سوريا", SYRIA)
    a.org("حريت")
    a.org("لجيش السوري الحر", "الجوية للجيش السوري الحر")
    a.org("داعش", "الأخرى التي تقاتل تنظيم داعش")
    a.org("حزب الاتحاد الديمقراطي الكردي السوري")
    a.loc("سوريا", "مكان في سوريا الجديدة")  # a political notion, not a location
    a.loc("تركيا", "قلقاً لتركيا")
    a.per("بشار الأسد")
    a.ev(["MOBILIZE"], "troops", "لإرسال قوات",
         "إنه ليس لدى تركيا خطط لإرسال قوات برية إلى سوريا",
         [TURKEY], [], "سوريا", modality="planned", polarity="negated", attributed_to="أحمد داود أوغلو",
         alts=[("نرسل", "إذا لم نرسل")], note="no plans to send ground troops")
    a.ev(["AGREE"], None, "اتفقت",
         "ولكنها اتفقت مع الولايات المتحدة، على ضرورة توفير غطاء جوي للمعارضة السورية المعتدلة",
         [TURKEY], [USA], None, attributed_to="أحمد داود أوغلو")
    a.ev(["AID"], None, "توفير غطاء جوي",
         "ولكنها اتفقت مع الولايات المتحدة، على ضرورة توفير غطاء جوي للمعارضة السورية المعتدلة",
         [TURKEY, USA], [MODERATES], "سوريا", modality="planned", attributed_to="أحمد داود أوغلو",
         alts=[("التغطية", "النقاط المهمة التغطية"), ("حماية", "من حماية تلك القوات")],
         note="agreed air cover for the moderate opposition fighting ISIS")
    a.ev(["COOPERATE"], None, "بمنح",
         "بمنح قوات التحالف حرية استخدام قواعدها الجوية",
         [TURKEY], [actor("قوات التحالف", "التحالف", en="COALITION")], None,
         alts=[("فتح", "بشأن فتح القواعد")], note="last week: Turkey opened its air bases to the coalition")
    a.ev(["ASSAULT"], "aerial", "وشنّ غارات",
         "وشنّ غارات جوية ضدّ كل من مقاتلي التنظيم والأكراد في العراق",
         [TURKEY], [actor("مقاتلي التنظيم", en="ISIS"), actor("الأكراد", en=["Kurdistan Workers' Party", "PKK", "Kurdish militants"])],
         "العراق", note="last week: Turkish air strikes on ISIS and on Kurdish (PKK) militants in Iraq")
    a.ev(["SANCTION"], "discontinue", "بقطع",
         "وقام بقطع كل علاقاته مع إدارة الرئيس السوري بشار الأسد",
         [PYD], [actor("إدارة الرئيس السوري بشار الأسد", "بشار الأسد", en="SYRGOV")], None, modality="demanded",
         attributed_to="أوغلو", note="Turkey's condition for the PYD")
    a.ev(["COOPERATE"], None, "وتعاون",
         "وتعاون مع قوى المعارضة",
         [PYD], [actor("قوى المعارضة", en="SYROPP")], None, modality="demanded", attributed_to="أوغلو",
         note="Turkey's condition for the PYD")
    return a


ARTICLES = [dev001, dev002, dev003, dev004]
