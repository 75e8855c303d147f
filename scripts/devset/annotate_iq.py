"""Dev gold annotations: Iraq articles (dev-005 .. dev-007). See scripts/devset/build.py."""
from __future__ import annotations

from build import Article, actor, country, gn, pt, with_

IRAQ = country("IQ")
RAMADI = gn(98717, name="Ramadi")
ERBIL = gn(95446, name="Erbil")
BAGHDAD = gn(98182, name="Baghdad")
FALLUJAH = gn(99454, name="Fallujah")
ANBAR_GOV = pt("Al Anbar Governorate", 33.10, 42.20, "IQ", "admin1", 3,
               "approximate governorate centroid (not in OpenSyria)")
NINEVEH_GOV = pt("Nineveh Governorate", 36.20, 42.70, "IQ", "admin1", 3,
                 "approximate governorate centroid (not in OpenSyria)")
MOSUL = None  # set below (GeoNames id looked up in geo.py)


def dev005() -> Article:
    a = Article("dev-005")
    ISIS = actor("تنظيم «داعش»", "داعش", "التنظيم", en="ISIS")
    COAL = actor("طيران التحالف الدولي", "التحالف", "الطيران", en="COALITION")
    CARTER = actor("اشتون كارتر", "كارتر", "وزير الدفاع الأمريكي", en=["Ashton Carter", "US Secretary of Defense"])
    a.org("وزارة الدفاع العراقية")
    a.org("داعش", "من تنظيم «داعش»")
    a.org("التحالف الدولي", "بقصف لطيران التحالف الدولي")
    a.loc("بيجي", "في قضاء بيجي",
          gn(97783, "admin2", 3, name="Baiji District", note="district coded to its seat, Baiji"),
          expr="قضاء بيجي")
    a.loc("الرمادي", "ومدينة الرمادي", RAMADI)
    a.org("الإعلام الحربي")
    a.org("التحالف الدولي", "«طيران التحالف الدولي")
    a.org("التحالف", "«التحالف وجه")
    a.org("داعش", "لإرهابيي داعش")
    a.loc("مصفى بيجي", None,
          pt("Baiji oil refinery", 34.9500, 43.4600, "IQ", "site", 2,
             "approximate (refinery north of Baiji); «قرب مصفى بيجي»"))
    a.loc("الرمادي", "ضربة أخرى في الرمادي", RAMADI)
    a.per("اشتون كارتر")
    a.loc("أربيل", "أمس في أربيل", ERBIL)
    a.per("مسعود البرزاني")
    a.loc("إقليم كردستان")  # part of a title
    a.org("القوات الأمريكية")
    a.org("البشمركة")
    a.org("وزارة الدفاع الامريكية")
    a.org("البنتاجون")
    a.org("الجيش العراقي")
    a.org("داعش", "أمام تقدم تنظيم داعش")
    a.loc("العراق", "في شمال العراق", with_(IRAQ, note="northern Iraq"), expr="شمال العراق")
    a.per("كارتر", "زيارة كارتر")
    a.loc("أربيل", "كارتر لأربيل", ERBIL)
    a.loc("بغداد", "زيارة لبغداد", BAGHDAD)
    a.loc("الرمادي", "لاستعادة مدينة الرمادي", RAMADI)
    a.org("داعش", "من أيدي داعش")
    a.ev(["ASSAULT"], "aerial", "وجه ضربة",
         "التحالف وجه ضربة جوية على تجمع لإرهابيي داعش، ما أسفرت عن قتل 21 منهم قرب مصفى بيجي",
         [COAL], [ISIS], "مصفى بيجي", attributed_to="الناطق باسم الإعلام الحربي",
         alts=[("بقصف", "وتدمير سيارة مفخخة بقصف"), ("الضربات", "عددًا من الضربات")],
         note="lead and summary sentences cover both strikes (Baiji and Ramadi)")
    a.ev(["ASSAULT"], "aerial", "وجه ضربة",
         "الطيران وجه ضربة أخرى في الرمادي أسفرت عن مقتل عنصرين من التنظيم وتدمير موضع دفاعي لعناصره",
         [COAL], [ISIS], "الرمادي", attributed_to="الناطق باسم الإعلام الحربي")
    a.ev(["CONSULT"], "visit", "اجتمع",
         "اجتمع وزير الدفاع الأمريكي اشتون كارتر أمس في أربيل مع مسعود البرزاني رئيس إقليم كردستان",
         [CARTER], [actor("مسعود البرزاني", en=["Masoud Barzani", "President of the Kurdistan Region"])], "أربيل",
         alts=[("زيارة", "وجاءت زيارة كارتر")])
    a.ev(["AID"], None, "تقدم المشورة والتدريب",
         "القوات الأمريكية التي تقدم المشورة والتدريب لقوات الأمن الكردية في المنطقة المعروفة باسم البشمركة",
         [actor("القوات الأمريكية", en=["US forces", "United States"])],
         [actor("البشمركة", "قوات الأمن الكردية", en=["Peshmerga", "Kurdistan Regional Government forces"])], None)
    a.ev(["ACCUSE"], "disapprove", "عب\u0651\u064eر",
         "عب\u0651\u064eر فيه مسؤولو وزارة الدفاع الامريكية (البنتاجون) عن أسفهم لإخفاقات الجيش العراقي",
         [actor("مسؤولو وزارة الدفاع الامريكية", "البنتاجون", en=["US Department of Defense", "Pentagon"])],
         [actor("الجيش العراقي", en=["Iraqi Army", "Iraqi armed forces"])], None,
         note="regret at the Iraqi army's failures")
    a.ev(["ASSAULT", "COERCE"], None, "تقدم",
         "الجيش العراقي الذي انهار أمام تقدم تنظيم داعش في شمال العراق العام الماضي",
         [ISIS], [actor("الجيش العراقي", en=["Iraqi Army", "Iraqi armed forces"])], "العراق",
         alts=[("انهار", "الذي انهار")], note="background (2014): ISIS advance in northern Iraq, army collapse")
    a.ev(["CONSULT"], "visit", "زيارة",
         "بعد يوم من زيارة لبغداد للاجتماع مع الزعماء العراقيين",
         [actor("كارتر", en=["Ashton Carter", "US Secretary of Defense"])],
         [actor("الزعماء العراقيين", en=["Iraqi government"])], "بغداد", alts=[("للاجتماع", "للاجتماع مع")])
    a.ev(["ASSAULT", "COERCE"], None, "لاستعادة",
         "الزعماء العراقيين الذين يعكفون على وضع خطط لاستعادة مدينة الرمادي من أيدي داعش",
         [actor("الزعماء العراقيين", en=["Iraqi government"])], [ISIS], "الرمادي", modality="planned",
         note="plans to retake Ramadi")
    return a


def dev006() -> Article:
    a = Article("dev-006")
    ISIS = actor("تنظيم داعش", "داعش", "التنظيم", en="ISIS")
    FEDPOL = actor("الشرطة الاتحادية", "قيادة الشرطة الاتحادية العراقية",
                   en=["Iraqi Federal Police", "Federal Police"])
    KARBALAI = actor("عبدالمهدي الكربلائي", "الكربلائي", en=["Abdul Mahdi al-Karbalai", "Karbala Friday preacher"])
    a.org("داعش", "تنظيم داعش الإرهابي")
    a.loc("الأنبار", "الدائرة بالأنبار", ANBAR_GOV)
    a.org("داعش", "بأن داعش أعدم")
    a.loc("الفلوجة", "الجسر القديم في الفلوجة", with_(FALLUJAH, note="under the old bridge in Fallujah"))
    a.org("الجيش", "بينهم وبين الجيش")
    a.loc("هيت", "قضاء هيت", gn(95788, "admin2", 3, name="Hit District", note="district coded to its seat, Hit"),
          expr="قضاء هيت")
    a.loc("القائم", "والقائم الحدودية",
          gn(92138, "admin2", 3, name="Al-Qa'im District", note="district coded to its seat, al-Qa'im"))
    a.org("الدواعش")
    a.org("قيادة الشرطة الاتحادية العراقية")
    a.org("داعش", "لعناصر تنظيم داعش شرق")
    a.loc("الرمادي", "داعش شرق الرمادي. وقال", with_(RAMADI, precision=2), expr="شرق الرمادي")
    a.org("الشرطة الاتحادية", "قائد الشرطة الاتحادية")
    a.per("رائد شاكر جودت")
    a.org("الشرطة الاتحادية", "قوة من الشرطة الاتحادية")
    a.org("داعش", "عدد من عناصر داعش")
    a.loc("حصيبة الشرقية", None,
          pt("Husaybah al-Sharqiyah", 33.4300, 43.4300, "IQ", "village", 2,
             "approximate (area ~12 km east of Ramadi; not the border town Husaybah/al-Qa'im)"))
    a.loc("الرمادي", "حصيبة الشرقية شرق الرمادي", with_(RAMADI, precision=2), expr="شرق الرمادي")
    a.misc("الكورنيت")
    a.org("داعش", "لقناصي داعش")
    a.loc("الرمادي", "في محور شرق الرمادي", with_(RAMADI, precision=2), expr="شرق الرمادي")
    a.loc("كربلاء", "في محافظة كربلاء",
          pt("Karbala Governorate", 32.60, 43.70, "IQ", "admin1", 3,
             "approximate governorate centroid (not in OpenSyria)"), expr="محافظة كربلاء")
    a.per("عبدالمهدي الكربلائي")
    a.org("الحكومة العراقية")
    a.loc("الأنبار", "متطوعي عشائر الأنبار")  # origin of the volunteers, not a location of an act
    a.per("الكربلائي", "وشدد الكربلائي")
    a.loc("الأنبار", "أبناء محافظة الأنبار")
    a.loc("لعراق", "للعراق الواحد")
    a.ev(["ASSAULT"], None, "حكم الإعدام",
         "نفذت عناصر من تنظيم داعش الإرهابي حكم الإعدام بـ19 إرهابيا من التنظيم",
         [ISIS], [actor("19 إرهابيا من التنظيم", "مرتزقته", en=["ISIS fighters"])], "الفلوجة",
         attributed_to="مصدر أمني", alts=[("أعدم", "داعش أعدم")],
         note="ISIS executes 19 of its own fighters for fleeing (method not stated)")
    a.ev(["ASSAULT"], None, "المعارك",
         "بداعي فرارهم من مواجهات القوات الحكومية في المعارك الدائرة بالأنبار",
         [actor("القوات الحكومية", "الجيش", en=["Iraqi Army", "Iraqi armed forces", "Iraqi government forces"])],
         [ISIS], "الأنبار", symmetric=True,
         alts=[("مواجهات", "فرارهم من مواجهات"), ("القتال", "عن القتال الدائر")],
         note="ongoing battles in Anbar between government forces and ISIS")
    a.ev(["RETREAT"], "withdraw", "يخرج",
         "أن التنظيم يخرج عوائله باتجاه قضاء هيت والقائم الحدودية",
         [ISIS], [], "هيت", attributed_to="مصدر أمني", note="ISIS moves its families out towards Hit and al-Qa'im")
    a.ev(["ASSAULT"], None, "أحبطت",
         "إن قوة من الشرطة الاتحادية أحبطت محاولة لتسلل عدد من عناصر داعش في منطقة حصيبة الشرقية شرق الرمادي "
         "وقتل ثمانية من عناصر التنظيم",
         [FEDPOL], [ISIS], "حصيبة الشرقية", symmetric=True, attributed_to="رائد شاكر جودت",
         alts=[("إحباط", "أمس إحباط محاولة")], note="ISIS infiltration attempt repelled, 8 ISIS killed")
    a.ev(["COERCE"], "seize", "والاستيلاء",
         "والاستيلاء على 17 صاروخا مضادا للدروع", [FEDPOL], [ISIS], "حصيبة الشرقية",
         attributed_to="رائد شاكر جودت")
    a.ev(["ASSAULT"], "heavy-weapons", "تدمير",
         "أن كتيبة الصواريخ الحرارية (الكورنيت) تمكنت من تدمير أربع عجلات بأسلحتها المساندة وثلاثة مضافات لقناصي "
         "داعش في محور شرق الرمادي",
         [actor("كتيبة الصواريخ الحرارية", "الشرطة الاتحادية", en=["Iraqi Federal Police", "Federal Police"])],
         [ISIS], "الرمادي", attributed_to="رائد شاكر جودت", note="Kornet anti-tank missiles")
    a.ev(["REQUEST"], "change", "دعا",
         "دعا خطيب صلاة الجمعة في محافظة كربلاء عبدالمهدي الكربلائي، الحكومة العراقية إلى التعامل مع طلبات المواطنين",
         [KARBALAI], [actor("الحكومة العراقية", en=["Iraqi government"])], "كربلاء")
    a.ev(["SUPPORT"], None, "مشيدا",
         "مشيدا بمشاركة متطوعي عشائر الأنبار في تحرير محافظتهم",
         [KARBALAI], [actor("متطوعي عشائر الأنبار", en=["Anbar tribal volunteers", "Sunni tribal fighters"])], None)
    a.ev(["REQUEST"], None, "وشدد",
         "وشدد الكربلائي على أهمية مشاركة عدد أكبر من أبناء محافظة الأنبار في تحرير مناطقهم",
         [KARBALAI], [actor("أبناء محافظة الأنبار", en=["Anbar residents", "Sunni tribal fighters"])], None,
         note="call for more Anbar residents to join the fight")
    return a


ARTICLES = [dev005, dev006]
