"""Dev gold annotations: Yemen articles (dev-008 .. dev-010). See scripts/devset/build.py."""
from __future__ import annotations

from build import Article, actor, country, gn, pt, with_

YEMEN = country("YE")
SANAA = gn(71137, name="Sanaa")
ADEN = gn(415189, name="Aden")
TAIZ = gn(70225, name="Taiz")
MARIB = gn(72968, name="Marib")
SANAA_GOV = pt("Sanaa Governorate", 15.35, 44.05, "YE", "admin1", 3, "approximate governorate centroid")
MARIB_GOV = pt("Marib Governorate", 15.45, 45.55, "YE", "admin1", 3, "approximate governorate centroid")
DHALE_GOV = pt("Ad Dali' Governorate", 13.75, 44.75, "YE", "admin1", 3, "approximate governorate centroid")
ADEN_GOV = with_(ADEN, name="Aden Governorate", feature="admin1", precision=3,
                 note="governorate coded to Aden city (the governorate is the city area)")
JUFAINA = pt("Al-Jufaina", 15.4300, 45.2900, "YE", "village", 1, "approximate (area SW of Marib city)")
SIRWAH = pt("Sirwah", 15.4500, 45.0200, "YE", "town", 2, "approximate; «جبهة/منطقة صرواح»")
SANAH = pt("Sanah", 13.7300, 44.7200, "YE", "town", 1, "approximate (town just north of Ad Dali')")
LAKAMAT_ARSH = pt("Lakamat Arsh", 13.7350, 44.7150, "YE", "village", 1,
                  "approximate (locality in the Sanah area, Ad Dali')")

HOUTHIS = ["Houthis", "Ansar Allah"]
SALEH_FORCES = ["forces loyal to Ali Abdullah Saleh", "Saleh loyalists"]
COAL_YE = ["Saudi-led coalition", "Arab coalition"]
RESISTANCE = ["Popular Resistance", "pro-Hadi forces"]
YEMEN_ARMY = ["Yemeni army (pro-Hadi)", "Yemeni government forces"]


def dev008() -> Article:
    a = Article("dev-008")
    COAL = actor("طيران التحالف العربي", "قوات التحالف", "التحالف", en=COAL_YE)
    HOU = actor("الحوثيين", "جماعة الحوثي", "مسلحين حوثيين", "المتمردين", en=HOUTHIS)
    SALEH = actor("قوات الرئيس السابق علي عبدالله صالح", "قوات صالح", en=SALEH_FORCES)
    RES = actor("المقاومة الشعبية", "المقاومة", en=RESISTANCE)
    a.org("التحالف العربي")
    a.org("لحوثيين", "مواقع للحوثيين وقوات")
    a.per("علي عبدالله صالح")
    a.loc("صنعاء", "صالح في صنعاء", SANAA)
    a.loc("معسكر الاستقبال", None,
          pt("Al-Istiqbal camp", 15.4000, 44.1200, "YE", "site", 1, "approximate (camp at Dhula' Hamdan, NW of Sanaa)"))
    a.loc("ضلاع همدان", None,
          pt("Dhula' Hamdan", 15.4100, 44.1100, "YE", "town", 1, "approximate (west/north-west of Sanaa)"))
    a.loc("صنعاء", "بين محافظة صنعاء", SANAA_GOV, expr="محافظة صنعاء")
    a.loc("المحويت", None,
          pt("Al Mahwit Governorate", 15.45, 43.55, "YE", "admin1", 3, "approximate governorate centroid"),
          expr="محافظة المحويت")
    a.org("المقاومة الشعبية", "بين المقاومة الشعبية ومسلحين")  # review pass: added
    a.loc("الجفينة", "في الجفينة بالجبهة", JUFAINA)
    a.loc("مأرب", "جنوبي غرب مأرب", with_(MARIB, precision=2), expr="جنوبي غرب مأرب")
    a.loc("الحديدة", None,
          pt("Al Hudaydah Governorate", 14.90, 43.10, "YE", "admin1", 3, "approximate governorate centroid"),
          expr="محافظة الحديدة")
    a.org("حوثيان")  # review pass: added (dual naming members of the movement, like «الدواعش»)
    a.org("لمقاومة", "مسلح للمقاومة")
    a.loc("باجل", None, gn(77408, "admin2", 3, name="Bajil District", note="district coded to its seat, Bajil"),
          expr="مديرية باجل")
    a.loc("اليمن", "باجل غربي اليمن", with_(YEMEN, note="western Yemen"), expr="غربي اليمن")
    a.loc("عدن", "مراسلنا في عدن", ADEN, note="the correspondent's location")
    a.org("الحوثيين", "أن الحوثيين وقوات صالح قصفوا")
    a.per("صالح", "وقوات صالح قصفوا")
    a.loc("الروضة", None, with_(TAIZ, name="Al-Rawdah (Taiz)", feature="district", precision=2,
                                note="al-Rawdah neighbourhood; coded to the city point"))
    a.loc("تعز", "بمدينة تعز", TAIZ)
    a.org("لحوثيين", "في قصف للحوثيين")
    a.per("صالح", "وقوات صالح على")
    a.loc("دار سعد", None, with_(ADEN, name="Dar Sa'd (Aden)", feature="district", precision=2,
                                 note="Dar Sa'd district of Aden; coded to the city point"))
    a.loc("عدن", "بمدينة عدن", ADEN)
    a.org("سكاي نيوز")
    a.org("التحالف", "قيادة قوات التحالف")
    a.loc("اليمن", "هدنة إنسانية في اليمن", YEMEN)
    a.per("عبد ربه منصور هادي")
    a.org("لتحالف", "بيان للتحالف")
    a.org("الحوثي", "جماعة الحوثي")
    a.org("التحالف", "تعلنها قوات التحالف")
    a.loc("اليمن", "العمليات العسكرية في اليمن", YEMEN)
    a.ev(["ASSAULT"], "aerial", "غارات",
         "شن طيران التحالف العربي غارات على مواقع للحوثيين وقوات الرئيس السابق علي عبدالله صالح في صنعاء",
         [COAL], [HOU, SALEH], "صنعاء",
         alts=[("الغارات", "أن الغارات استهدفت")],
         note="targets: al-Istiqbal camp in Dhula' Hamdan and the Sanaa-Mahwit road")
    a.ev(["ASSAULT"], None, "اشتباكات",
         "اندلعت اشتباكات عنيفة بين المقاومة الشعبية ومسلحين حوثيين في الجفينة بالجبهة جنوبي غرب مأرب",
         [RES], [HOU], "الجفينة", symmetric=True)
    a.ev(["ASSAULT"], None, "هجوم",
         "قتل حوثيان وأصيب 4 آخرون في هجوم مسلح للمقاومة على نقطة تابعة للمتمردين بمديرية باجل غربي اليمن",
         [RES], [HOU], "باجل", alts=[("قتل", "قتل حوثيان")])
    a.ev(["ASSAULT"], "heavy-weapons", "قصفوا",
         "أن الحوثيين وقوات صالح قصفوا أحياء سكنية في حي الروضة بمدينة تعز",
         [HOU, SALEH], [actor("أحياء سكنية", en="CIV")], "الروضة", attributed_to="مراسلنا في عدن")
    a.ev(["ASSAULT"], "heavy-weapons", "قصف",
         "كما قتل 17 مدنيا وجرح العشرات بينهم نساء وأطفال في قصف للحوثيين وقوات صالح على أحياء سكنية في دار سعد "
         "بمدينة عدن",
         [HOU, SALEH], [actor("17 مدنيا", "أحياء سكنية", en="CIV")], "دار سعد", alts=[("قتل", "كما قتل 17")])
    a.ev(["RETREAT"], "ceasefire", "هدنة",
         "أعلنت قيادة قوات التحالف بدء هدنة إنسانية في اليمن، اعتبارا من منتصف ليلة الأحد، ولمدة خمسة أيام",
         [actor("قيادة قوات التحالف", "التحالف", en=COAL_YE)], [HOU], "اليمن", attributed_to="سكاي نيوز",
         alts=[("الهدنة", "الهدف من الهدنة"), ("ستتوقف", "ستتوقف الأعمال"), ("الهدنة", "وهذه هي الهدنة")],
         note="five-day humanitarian truce declared, starting at midnight")
    a.ev(["REQUEST"], None, "طلب",
         "بناء على طلب من الرئيس اليمني عبد ربه منصور هادي",
         [actor("عبد ربه منصور هادي", "الرئيس اليمني", en=["Abd Rabbuh Mansur Hadi", "President of Yemen"])],
         [actor("قوات التحالف", en=COAL_YE)], None, note="Hadi's request for the truce")
    a.ev(["THREATEN"], "violence", "الرد",
         "باستثناء الرد على أي خرق للهدنة من جماعة الحوثي والقوات الموالية لها",
         [actor("التحالف", en=COAL_YE)], [actor("جماعة الحوثي", en=HOUTHIS), actor("القوات الموالية لها", en=SALEH_FORCES)],
         None, attributed_to="البيان", note="the coalition reserves the right to respond to truce violations")
    a.ev(["RETREAT"], "ceasefire", "هدنتين",
         "بعد هدنتين فاشلتين بسبب خروقات المتمردين، حيث كانت الأولى في 13 مايو الماضي، والثانية في 10 يوليو الجاري",
         [actor("قوات التحالف", en=COAL_YE)], [HOU], "اليمن",
         note="background: two earlier truces (13 May, 10 July)")
    a.ev(["ASSAULT"], None, "خروقات",
         "بعد هدنتين فاشلتين بسبب خروقات المتمردين",
         [actor("المتمردين", en=HOUTHIS)], [], "اليمن", note="background: rebel violations of the earlier truces")
    return a


def dev009() -> Article:
    a = Article("dev-009")
    RES = actor("المقاومة الشعبية الجنوبية", "المقاومة الشعبية", "المقاومة", en=["Southern Popular Resistance",
                                                                                  "Popular Resistance"])
    HB = actor("كتائب الحسين", "ميليشيات كتائب\xa0الحسين الحوثية", "قيادي حوثي بارز", "ابو حمزة السنحاني",
               en=["Houthis", "Husayn Brigades (Houthi)"])
    RG = actor("الحرس الجمهوري التابع للمخلوع صالح", "الحرس الجمهوري", en=["Republican Guard (Saleh loyalists)",
                                                                           "forces loyal to Ali Abdullah Saleh"])
    a.org("المقاومة\xa0الشعبية الجنوبية", "على يد المقاومة\xa0الشعبية الجنوبية")
    a.loc("الضالع", "في محافظة الضالع جنوب اليمن", DHALE_GOV, expr="محافظة الضالع")
    a.loc("اليمن", "الضالع جنوب اليمن", with_(YEMEN, note="southern Yemen"), expr="جنوب اليمن")
    a.org("المقاومة الشعبية", "مصادر عسكرية في المقاومة الشعبية")
    a.per("ابو حمزة السنحاني", "القيادي الحوثي\xa0ابو حمزة السنحاني")
    a.org("كتائب الحسين", "ماتسمى بكتائب الحسين")
    a.org("المقاومة", "يد مقاتلي المقاومة في")
    a.loc("لكمة عرش", "في منطقة لكمة عرش", with_(LAKAMAT_ARSH, precision=2))
    a.loc("الضالع", "بمحافظة الضالع جنوبي", DHALE_GOV, expr="محافظة الضالع")
    a.loc("اليمن", "جنوبي اليمن", with_(YEMEN, note="southern Yemen"), expr="جنوبي اليمن")
    a.org("المقاومة الشعبية", "وأضافت أن المقاومة الشعبية")
    a.org("كتائب\xa0الحسين", "ميليشيات كتائب\xa0الحسين الحوثية")
    a.org("الحرس الجمهوري")
    a.per("صالح", "للمخلوع صالح")
    a.org("المقاومة", "مقاتلي المقاومة بلكمة")
    a.loc("لكمة عرش", "بلكمة عرش بمنطقة", LAKAMAT_ARSH)
    a.loc("سناح", "بمنطقة سناح", with_(SANAH, precision=2))
    a.loc("الضالع", "سناح بالضالع", DHALE_GOV)
    a.per("حسين\nمحمد محسن علي")
    a.per("ابو حمزة السنحاني", "(ابو حمزة السنحاني)")
    a.loc("قعطبة", None,
          pt("Qa'tabah District", 13.8556, 44.7047, "YE", "admin2", 3, "approximate (district coded to its seat)"),
          expr="مديرية\xa0قعطبة")
    a.org("المقاومة", "التي غنمتها المقاومة")
    a.org("المقاومة الشعبية الجنوبية", "سلاح دروع المقاومة الشعبية الجنوبية")
    a.loc("سناح", "بلدة سناح بالمحافظة", with_(SANAH, precision=2), note="«مناطق بلدة سناح»")
    a.ev(["ASSAULT"], None, "كمين",
         "ونصب كمين محكم\xa0لهم قتل خلاله 13 عنصرا",
         [RES], [HB, RG], "لكمة عرش", symmetric=True,
         alts=[("مصرعهم", "مرافقيه مصرعهم"), ("اشتباكات", "بعد اشتباكات عنيفة"), ("قتلوا", "مرافقيه قتلوا"),
               ("“استدراج", "تمكنت من “استدراج"), ("لمهاجمة", "لمهاجمة مقاتلي")],
         attributed_to="مصادر عسكرية في المقاومة الشعبية",
         note="Houthi/Republican Guard infiltration lured into an ambush; commander Abu Hamza al-Sanhani killed")
    a.ev(["RETREAT"], "withdraw", "هربت",
         "بقية العناصر الحوثية التي هربت باتجاه مديرية\xa0قعطبة",
         [actor("بقية العناصر الحوثية", en=["Houthis", "Husayn Brigades (Houthi)"])], [RES], "قعطبة",
         attributed_to="المصادر")
    a.ev(["ASSAULT"], None, "ملاحقة",
         "تمت ملاحقة بقية العناصر الحوثية التي هربت باتجاه مديرية\xa0قعطبة",
         [RES], [actor("بقية العناصر الحوثية", en=["Houthis", "Husayn Brigades (Houthi)"])], "قعطبة",
         attributed_to="المصادر", note="pursuit; actor implied (the resistance)")
    a.ev(["COERCE"], "seize", "غنمتها",
         "تاركين خلفهم جثث قتلاهم وأسحلتهم التي غنمتها المقاومة",
         [RES], [HB], "لكمة عرش", attributed_to="المصادر")
    a.ev(["ASSAULT"], "heavy-weapons", "استهداف",
         "سلاح دروع المقاومة الشعبية الجنوبية الذي تمكن من استهداف بقية عناصر\xa0الميليشيات المتمركزة\xa0 في "
         "مناطق بلدة سناح بالمحافظة",
         [actor("سلاح دروع المقاومة الشعبية الجنوبية", en=["Southern Popular Resistance", "Popular Resistance"])],
         [actor("عناصر\xa0الميليشيات", en=["Houthis", "Husayn Brigades (Houthi)"])], "سناح",
         attributed_to="المصادر", note="the resistance's armour unit")
    return a


def dev010() -> Article:
    a = Article("dev-010")
    HOU = actor("الحوثيون", "الحوثيين", "مليشيا الحوثي", "المسلحون الحوثيون", en=HOUTHIS)
    SALEH = actor("الموالون للرئيس السابق علي عبدالله صالح", "الموالين لصالح", en=SALEH_FORCES)
    RES = actor("المقاومة", "المقاومة الشعبية", en=RESISTANCE)
    ARMY = actor("الجيش", en=YEMEN_ARMY)
    COAL = actor("طائرات التحالف", "التحالف", en=COAL_YE)
    JAD = pt("Al-Jad'an", 15.7000, 45.0500, "YE", "region", 2, "approximate (tribal area NW of Marib); front")
    BALAQ = pt("Al-Balaq", 15.3900, 45.2800, "YE", "region", 2, "approximate (hills south of Marib); front")
    a.loc("عدن", "ميناء الحاويات في عدن", ADEN, note="container port")
    a.per("الخضر لصور")
    a.org("الحوثي", "تحرير المدينة من مليشيا الحوثي")
    a.per("صالح", "مليشيا الحوثي وصالح، سيتم")
    a.loc("عدن", "محافظات عدن", ADEN_GOV)
    a.loc("ابين", None, pt("Abyan Governorate", 13.60, 46.00, "YE", "admin1", 3, "approximate governorate centroid"))
    a.loc("لحج", "ولحج والضالع",
          pt("Lahij Governorate", 13.20, 44.60, "YE", "admin1", 3, "approximate governorate centroid"))
    a.loc("الضالع", "ولحج والضالع", DHALE_GOV)
    a.loc("عدن", "بمحافظة عدن", ADEN_GOV, expr="محافظة عدن")
    a.org("المدينة", "لـ»المدينة»")
    a.org("وزارة الصحة")
    a.loc("عدن", "العدوان الحوثي على عدن", ADEN)
    a.org("الحوثي", "فرضته مليشيا الحوثي")
    a.org("التحالف", "شنت طائرات التحالف")
    a.org("الحوثيون", "يسيطر عليه الحوثيون")
    a.loc("صنعاء", "في ضواحي العاصمة صنعاء", with_(SANAA, precision=2), expr="ضواحي العاصمة صنعاء")
    a.loc("معسكر المنار", None,
          pt("Al-Manar camp", 15.2000, 43.9500, "YE", "site", 1,
             "approximate (camp in al-Haymah al-Kharijiyah district, west of Sanaa)"))
    a.loc("الحيمة الخارجية", None,
          pt("Al-Haymah al-Kharijiyah District", 15.1500, 43.8500, "YE", "admin2", 3, "approximate"),
          expr="مديرية الحيمة الخارجية")
    a.loc("صنعاء", "لمحافظة صنعاء", SANAA_GOV, expr="محافظة صنعاء")
    a.org("الحرس الجمهوري")
    a.org("الجيش", "وحدات الجيش الموالية")  # review pass: added (the Yemeni army)
    a.per("علي عبدالله صالح", "وحدات الجيش الموالية للرئيس السابق علي عبدالله صالح")
    a.org("الحوثيين", "إلى جوار الحوثيين")
    a.org("المقاومة", "تصدت المقاومة والجيش، أمس")
    a.org("الجيش", "تصدت المقاومة والجيش، أمس")
    a.per("علي عبدالله صالح", "والموالون للرئيس السابق علي عبدالله صالح")
    a.org("المقاومة", "على مواقع المقاومة في جبهات")
    a.loc("مأرب", "بمحافظة مأرب شرقي", MARIB_GOV, expr="محافظة مأرب")
    a.loc("اليمن", "مأرب شرقي اليمن", with_(YEMEN, note="eastern Yemen"), expr="شرقي اليمن")
    a.org("المقاومة الشعبية", "مصادر في المقاومة الشعبية")
    a.org("الحوثيين", "إن الحوثيين والموالين")
    a.per("صالح", "والموالين لصالح شنوا")
    a.org("المقاومة", "مواقع المقاومة والجيش في")
    a.org("الجيش", "مواقع المقاومة والجيش في")
    a.loc("الجفينة", "جبهتي الجفينة", with_(JUFAINA, precision=2), note="front")
    a.loc("صرواح", "الجفينة وصرواح", SIRWAH)
    a.org("المقاومة", "قائد المقاومة")
    a.loc("الجفينة", "منطقة الجفينة", with_(JUFAINA, precision=2), note="«منطقة الجفينة»")
    a.org("الحوثيين", "من قبل الحوثيين")
    a.loc("صرواح", "منطقة صرواح", SIRWAH)
    a.org("المقاومة", "تصدت المقاومة والجيش لهجوم")
    a.org("الجيش", "تصدت المقاومة والجيش لهجوم")
    a.org("الحوثيين", "لهجوم الحوثيين")
    a.org("المنطقة العسكرية الثالثة")
    a.org("الحوثيين", "على مواقع الحوثيين")
    a.org("الحوثيون", "تكبد الحوثيون")
    a.loc("البلق", None, BALAQ)
    a.loc("الجدعان", None, JAD)
    a.org("المقاومة", "تبادلت المقاومة")
    a.org("الجيش", "تبادلت المقاومة والجيش")
    a.org("الحوثيين", "مع الحوثيين والموالين")
    a.per("صالح", "والموالين لصالح إطلاق")
    a.org("الحوثيين", "وجماعة الحوثيين")
    a.per("صالح", "الحوثيين وصالح يحاولون")
    a.loc("مأرب", "إسقاط محافظة مأرب", MARIB_GOV, expr="محافظة مأرب")
    a.org("لحوثيين", "مناهضتها للحوثيين")
    a.ev(["AID"], None, "رست",
         "رست صباح أمس، الأربعاء، ميناء الحاويات في عدن سفينة إماراتية محملة بـ2800 طن من الأدوية المتنوعة",
         [actor("سفينة إماراتية", en=["United Arab Emirates", "UAE"])], [], "عدن",
         alts=[("شحنة", "إن شحنة الأدوية")], note="Emirati medical aid shipment; actor implied by «إماراتية»")
    a.ev(["ASSAULT", "COERCE"], None, "تحرير",
         "بعد تحرير المدينة من مليشيا الحوثي وصالح", [], [HOU, SALEH], "عدن",
         note="background: Aden retaken from the Houthis/Saleh forces; liberating force not named")
    a.ev(["AID"], None, "توزيعها",
         "سيتم توزيعها على المرافق الصحية في محافظات عدن وابين ولحج والضالع",
         [actor("مكتب الصحة بالمحافظة", en=["Aden Governorate Health Office", "Yemeni government"])], [], "عدن",
         modality="planned", note="planned distribution of the medicines")
    a.ev(["AID"], None, "لنقل",
         "أن وزارة الصحة ومكتب الصحة بالمحافظة يحضران حاليا لنقل عدد من جرحى الحرب الظالمة إلى عدد من دول الجوار",
         [actor("وزارة الصحة", "مكتب الصحة بالمحافظة", en=["Yemeni Ministry of Health", "Yemeni government"])],
         [actor("جرحى الحرب", en=["civilians", "war wounded"])], None, modality="planned",
         attributed_to="مصدر طبي بمحافظة عدن", alts=[("نقل", "سيتم نقل")],
         note="medical evacuation of war wounded abroad")
    a.ev(["COERCE", "ASSAULT"], None, "الطوق",
         "بسبب الطوق، الذي فرضته مليشيا الحوثي على المدينة", [HOU], [], "عدن",
         alts=[("فرضته", "الذي فرضته")], note="background: Houthi siege of Aden")
    a.ev(["ASSAULT"], "aerial", "غارتين",
         "شنت طائرات التحالف صباح أمس غارتين جويتين على معسكر يسيطر عليه الحوثيون في ضواحي العاصمة صنعاء",
         [COAL], [HOU, actor("الحرس الجمهوري", en=["Republican Guard (Saleh loyalists)",
                                                   "forces loyal to Ali Abdullah Saleh"])],
         "معسكر المنار",
         alts=[("غارتين", "إن غارتين جويتين"), ("الغارتين", "بأن الغارتين")],
         attributed_to="مصدر محلي", note="al-Manar camp, Republican Guard; the strikes hit positions next to it")
    a.ev(["COOPERATE"], None, "تقاتل",
         "وهي إحدى وحدات الجيش الموالية للرئيس السابق علي عبدالله صالح والتي تقاتل إلى جوار الحوثيين",
         [actor("الحرس الجمهوري", en=["Republican Guard (Saleh loyalists)", "forces loyal to Ali Abdullah Saleh"])],
         [HOU], None)
    a.ev(["ASSAULT"], None, "لهجمات",
         "إنهم تعرضوا لهجمات عنيفة خلال الساعات الماضية من قبل الحوثيين، وباءت كلها بالفشل",
         [HOU, SALEH], [RES, ARMY], "الجفينة", symmetric=True, attributed_to="قائد المقاومة في منطقة الجفينة",
         alts=[("تصدت", "إلى ذلك تصدت"), ("هجمات", "شنوا هجمات")],
         note="Houthi/Saleh attacks on resistance/army positions on the Marib fronts repelled (summary sentences)")
    a.ev(["ASSAULT"], None, "تصدت",
         "وفي منطقة صرواح تصدت المقاومة والجيش لهجوم الحوثيين على مواقعهم",
         [RES, ARMY], [HOU], "صرواح", symmetric=True)
    a.ev(["ASSAULT"], "heavy-weapons", "تغطية",
         "وسط تغطية كثيفة بالأسلحة الثقيلة من المنطقة العسكرية الثالثة على مواقع الحوثيين",
         [actor("المنطقة العسكرية الثالثة", en=["Yemeni army Third Military Region", "Yemeni government forces"])],
         [HOU], "صرواح")
    a.ev(["ASSAULT"], "heavy-weapons", "تبادلت",
         "وفي جبهتي البلق والجدعان، تبادلت المقاومة والجيش مع الحوثيين والموالين لصالح إطلاق النيران بالمدفعية "
         "والدبابات وأسلحة الهاون",
         [RES, ARMY], [HOU, SALEH], "البلق", symmetric=True)
    a.ev(["ASSAULT", "COERCE"], None, "إسقاط",
         "ومنذ أكثر من ثلاثة أشهر وجماعة الحوثيين وصالح يحاولون إسقاط محافظة مأرب بقوة السلاح وإخضاعها لسلطاتهم، "
         "لكن مقاومة تشكلت من أبناء المنطقة ووحدات عسكرية أعلنت مناهضتها للحوثيين حالت دون ذلك",
         [HOU, SALEH], [RES], "مأرب", alts=[("حالت", "حالت دون")],
         note="background: three-month Houthi/Saleh attempt to take Marib, blocked by the resistance")
    return a


ARTICLES = [dev008, dev009, dev010]
