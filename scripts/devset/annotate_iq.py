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
MOSUL = gn(99072, name="Mosul")


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
    a.loc("الأنبار", "متطوعي عشائر الأنبار", ANBAR_GOV, note="origin of the tribal volunteers")
    a.per("الكربلائي", "وشدد الكربلائي")
    a.loc("الأنبار", "أبناء محافظة الأنبار", ANBAR_GOV, expr="محافظة الأنبار")
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
    a.ev(["ACCUSE"], "disapprove", "المتوقع",
         "مبينا أنه كان المتوقع من الحكومات المتعاقبة أن تولي اهتماما خاصا بهذا الجانب وتضع وتنفذ خططا لحل مشكلة "
         "الكهرباء وسد النقص فيها",
         [KARBALAI], [actor("الحكومات المتعاقبة", en=["Iraqi government"])], None,
         note="review pass: added; implicit criticism of successive governments over electricity shortages")
    a.ev(["REQUEST"], None, "وشدد",
         "وشدد الكربلائي على أهمية مشاركة عدد أكبر من أبناء محافظة الأنبار في تحرير مناطقهم",
         [KARBALAI], [actor("أبناء محافظة الأنبار", en=["Anbar residents", "Sunni tribal fighters"])], None,
         note="call for more Anbar residents to join the fight")
    return a


def dev007() -> Article:
    a = Article("dev-007")
    ISIS = actor("داعش", "تنظيم داعش", "التنظيم", en="ISIS")
    FOREIGN = actor("أحد مسلحي التنظيم «الأجانب»", "مسلحي (داعش) الأجانب", "مسلحين شيشانيين",
                    en=["Islamic State", "ISIS foreign (Chechen) fighters"])
    TURKMEN = actor("المسلحين التركمان التلعفريين", "مسلحي التنظيم التركمان العراقيين", "مسلحين تلعفريين تركمان",
                    en=["Islamic State", "ISIS Turkmen fighters from Tal Afar"])
    PESH = actor("قوات البيشمركة", "البيشمركة", en=["Peshmerga", "Kurdistan Regional Government forces"])
    COAL = actor("طائرات التحالف الدولي", "التحالف الدولي", en="COALITION")
    BAAJ = pt("Ba'aj District", 36.0436, 41.7275, "IQ", "admin2", 3,
              "approximate (district coded to its seat, Ba'aj)")
    TALAFAR = pt("Tal Afar District", 36.3792, 42.4497, "IQ", "admin2", 3,
                 "approximate (district coded to its seat, Tal Afar; not in cities15000)")
    a.org("داعش", "من مسلحي «داعش»")
    a.loc("بعاج", "التلعفريين في قضاء بعاج", BAAJ, expr="قضاء بعاج")
    a.per("سعيد مموزيني")
    a.org("لحزب الديمقراطي الكردستاني")
    a.loc("الموصل", "الكردستاني في الموصل", MOSUL, note="location of the party branch")
    a.org("الشرق الأوسط", "في الموصل، لـ«الشرق الأوسط»")
    a.org("داعش", "«فجر أحد مسلحي (داعش)")
    a.loc("بعاج", "العراقيين في قضاء بعاج", BAAJ, expr="قضاء بعاج")
    a.loc("الموصل", "بعاج (غرب الموصل)", with_(MOSUL, precision=2), expr="غرب الموصل")
    a.per("مموزيني", "وأضاف مموزيني")
    a.org("داعش", "صفوف (داعش)")
    a.org("داعش", "بين مسلحي (داعش) الأجانب")
    a.loc("تلعفر", "ينتمون إلى قضاء تلعفر", TALAFAR, expr="قضاء تلعفر", note="origin of the Turkmen fighters")
    a.loc("الموصل", "تلعفر (الموصل)»", with_(MOSUL, precision=2), note="gloss: Tal Afar, Mosul area")
    a.per("مموزيني", "وتابع مموزيني")
    a.loc("تلعفر", "في قضاء تلعفر وفي", TALAFAR, expr="قضاء تلعفر")
    a.loc("الموصل", "وفي الموصل، بين", MOSUL)
    a.per("أبو عمر الشيشاني")
    a.org("داعش", "القيادي البارز في (داعش)")
    a.per("أبو مسلم التركماني")
    a.per("أبو بكر البغدادي")
    a.org("داعش", "أعدم تنظيم داعش أمس")
    a.per("نجم الدين الجبوري")
    a.loc("المشيرفة", None,
          with_(MOSUL, name="Al-Mushayrifa", feature="admin3", precision=2,
                note="unresolved sub-district south of Mosul; coded to Mosul"))
    a.loc("الموصل", "المشيرفة (جنوب الموصل)", with_(MOSUL, precision=2), expr="جنوب الموصل")
    a.per("مموزيني", "وحسب مموزيني")
    a.org("البيشمركة", "تمكنت قوات البيشمركة")
    a.org("داعش", "هجوم لمسلحي «داعش»")
    a.loc("خراب دليل", None,
          pt("Kharab Dalil", 36.4600, 43.3000, "IQ", "village", 1,
             "approximate (village on the Bashiqa front NE of Mosul)"))
    a.loc("بعشيقة", None, pt("Bashiqa", 36.4536, 43.3514, "IQ", "town", 2, "approximate; «محور بعشيقة»"))
    a.org("البيشمركة", "فيما دمرت قوات البيشمركة")
    a.misc("همر")
    a.org("بيشمركة زيرفاني", "أعلنت قوات بيشمركة زيرفاني")
    a.org("داعش", "مواقع لـ«داعش»")
    a.per("دلشاد مولود")
    a.org("بيشمركة زيرفاني", "باسم قوات بيشمركة زيرفاني")
    a.org("الشرق الأوسط", "زيرفاني، لـ«الشرق الأوسط»")
    a.org("التحالف الدولي", "«دمرت طائرات التحالف الدولي")
    a.loc("بادوش", None, pt("Badush", 36.4100, 42.9700, "IQ", "town", 2, "approximate; «مرتفعات بادوش» (heights)"))
    a.loc("الموصل", "بادوش (غرب الموصل)", with_(MOSUL, precision=2), expr="غرب الموصل")
    a.per("غياث سورجي")
    a.org("الاتحاد الوطني الكردستاني")
    a.loc("نينوى", "في محافظة نينوى", NINEVEH_GOV, expr="محافظة نينوى")
    a.org("الشرق الأوسط", "نينوى، لـ«الشرق الأوسط»")
    a.per("صالح أحمد صالح الطائي")
    a.org("داعش", "أحد قادة «داعش»")
    a.org("التحالف الدولي", "في غارة لطيران التحالف الدولي")
    a.loc("شنف", None,
          pt("Shanaf", 36.1000, 43.3300, "IQ", "village", 1,
             "unresolved village in Nimrud sub-district; coded near Nimrud"))
    a.loc("نمرود", None, pt("Nimrud sub-district", 36.0986, 43.3292, "IQ", "admin3", 2,
                              "approximate (coded to Nimrud)"))
    a.loc("الموصل", "(جنوب شرقي الموصل)", with_(MOSUL, precision=2), expr="جنوب شرقي الموصل")
    a.ev(["ASSAULT"], "suicide-attack", "عملية انتحارية",
         "أن أكثر من 33 مسلحا من مسلحي «داعش» قتلوا وأصيب العشرات منهم في أول عملية انتحارية نفذها أحد مسلحي "
         "التنظيم «الأجانب» ضد المسلحين التركمان التلعفريين في قضاء بعاج أول من أمس",
         [FOREIGN], [TURKMEN], "بعاج", attributed_to="مسؤول كردي",
         alts=[("فجر", "«فجر أحد"), ("الانفجار", "وأسفر الانفجار"), ("العملية الانتحارية", "هذه هي العملية الانتحارية")],
         note="intra-ISIS suicide bombing (foreign fighter against Turkmen fighters)")
    a.ev(["ASSAULT"], None, "معارك",
         "قتل خلال اليومين الماضيين أكثر من 30 مسلحا من التنظيم في معارك داخلية اندلعت في قضاء تلعفر وفي الموصل، "
         "بين مسلحين شيشانيين يقودهم أبو عمر الشيشاني، القيادي البارز في (داعش)، ومسلحين تلعفريين تركمان يقودهم "
         "أبو مسلم التركماني",
         [actor("مسلحين شيشانيين", "أبو عمر الشيشاني", en=["Islamic State", "ISIS Chechen fighters"])],
         [actor("مسلحين تلعفريين تركمان", "أبو مسلم التركماني", en=["Islamic State", "ISIS Turkmen fighters from Tal Afar"])],
         "تلعفر", symmetric=True, attributed_to="مموزيني",
         alts=[("المعارك", "في إطار المعارك")], note="infighting between ISIS factions over money and posts")
    a.ev(["ASSAULT"], None, "أعدم",
         "أعدم تنظيم داعش أمس الشيخ نجم الدين الجبوري، إمام وخطيب مسجد ناحية المشيرفة (جنوب الموصل)",
         [ISIS], [actor("الشيخ نجم الدين الجبوري", en=["Najm al-Din al-Jubouri", "cleric", "civilians"])],
         "المشيرفة", note="execution, method not stated")
    a.ev(["ACCUSE"], "disapprove", "هاجم",
         "لأنه هاجم التنظيم خلال خطبه",
         [actor("الشيخ نجم الدين الجبوري", en=["Najm al-Din al-Jubouri", "cleric"])], [ISIS], "المشيرفة",
         note="background: the cleric criticised ISIS in his sermons")
    a.ev(["ASSAULT", "COERCE"], "abduct", "اعتقل",
         "فيما اعتقل أمس 15 خياطا موصليا",
         [ISIS], [actor("15 خياطا موصليا", en=["civilians", "Mosul tailors"])], None,
         note="ISIS detains civilians (not a state arrest)")
    a.ev(["REJECT"], None, "لرفضهم",
         "لرفضهم خياطة ملابس أفغانية لمسلحي التنظيم",
         [actor("15 خياطا موصليا", en=["civilians", "Mosul tailors"])], [ISIS], None,
         note="background: tailors refused ISIS's demand")
    a.ev(["ASSAULT"], None, "أعدم",
         "«أعدم التنظيم فورا أربعة منهم»",
         [ISIS], [actor("أربعة منهم", en=["civilians", "Mosul tailors"])], None, attributed_to="مموزيني",
         note="execution of four of the tailors")
    a.ev(["ASSAULT"], None, "صد",
         "تمكنت قوات البيشمركة في ساعة متأخرة من الليلة قبل الماضية من صد هجوم لمسلحي «داعش» على مواقعها في قرية "
         "خراب دليل التابعة لمحور بعشيقة، وقتل خلال الهجوم 15 مسلحا",
         [PESH], [ISIS], "خراب دليل", symmetric=True,
         alts=[("هجوم", "صد هجوم"), ("الهجوم", "خلال الهجوم")], note="ISIS attack repelled, 15 ISIS killed")
    a.ev(["ASSAULT"], None, "دمرت",
         "فيما دمرت قوات البيشمركة ثلاث عجلات همر استخدمها التنظيم في الهجوم",
         [PESH], [ISIS], "خراب دليل")
    a.ev(["ASSAULT"], "aerial", "دمرت",
         "«دمرت طائرات التحالف الدولي عددا من مواقع التنظيم على مرتفعات بادوش (غرب الموصل)",
         [COAL], [ISIS], "بادوش", attributed_to="دلشاد مولود",
         alts=[("تدمير", "أمس تدمير عدة"), ("الغارات", "وأسفرت الغارات"), ("القصف", "فإن القصف المكثف")],
         note="announced by the Zeravani Peshmerga; strikes on ISIS positions and arms depots")
    a.ev(["ASSAULT"], "aerial", "غارة",
         "مقتل صالح أحمد صالح الطائي، أحد قادة «داعش» العسكريين، في غارة لطيران التحالف الدولي استهدفت رتلا مكونا "
         "من خمس سيارات كانت تنقل أسلحة في قرية شنف",
         [COAL], [actor("صالح أحمد صالح الطائي", en=["Salih Ahmad Salih al-Tai", "ISIS commander"]), ISIS], "شنف",
         attributed_to="غياث سورجي", alts=[("مقتل", "أمس، مقتل صالح")])
    return a


ARTICLES = [dev005, dev006, dev007]
