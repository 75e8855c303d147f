"""Dev gold annotations: Libya articles (dev-011 .. dev-013). See scripts/devset/build.py."""
from __future__ import annotations

from build import Article, actor, country, gn, pt, with_

LIBYA = country("LY")
TUNISIA = country("TN")
TRIPOLI = gn(2210247, name="Tripoli")
DERNA = gn(87205, name="Derna")
SABHA = gn(2212775, name="Sabha")
ROME = gn(3169070, name="Rome")
FEZZAN = pt("Fezzan", 26.0, 14.0, "LY", "region", 3, "approximate representative point of the Fezzan region")

LY_HOR_GOV = ["Libyan government (Tobruk/al-Bayda, internationally recognised)", "House of Representatives government"]
DABBASHI = ["Mustafa al-Dabbashi", "Libyan Interior Minister (Tobruk government)"]
LEON = ["Bernardino Leon", "UN envoy to Libya", "UNSMIL"]
GENTILONI = ["Paolo Gentiloni", "Italian Foreign Minister"]


def dev011() -> Article:
    a = Article("dev-011")
    DAB = actor("مصطفى الدباشي", "الدباشي", "وزير الداخلية الليبي", en=DABBASHI)
    TUNSEC = actor("السلطات الأمنية التونسية", "السلطات التونسية", "الأمن التونسي",
                   en=["Tunisian security forces", "Tunisian government"])
    a.loc("ليبيا", "دوليا في ليبيا", LIBYA)
    a.per("مصطفى الدباشي")
    a.loc("تونس", "زيارة خاصة إلى تونس", TUNISIA, note="«تونس» read as the country (cf. «دولة تونس» below)")
    a.org("وزارة الداخلية التونسية", "إعلان وزارة الداخلية التونسية")
    a.org("وزارة الداخلية التونسية", "وقالت وزارة الداخلية التونسية")
    a.org("حكومة طبرق", "الليبي بحكومة طبرق")
    a.per("الدباشي", "بحكومة طبرق الدباشي")
    a.org("وزارة الداخلية", "تعلم وزارة الداخلية")
    a.org("الشرق الأوسط", "في تصريحات لـ«الشرق الأوسط»")
    a.loc("تونس", "«الشرق الأوسط» من تونس", TUNISIA)
    a.per("الدباشي", "وروى الدباشي")
    a.org("فيسبوك")
    a.per("الدباشي", "وأثنى الدباشي")
    a.org("لحكومة الليبية", "الرسمية للحكومة الليبية")
    a.per("عبد الله الثني")
    a.org("وزارة الداخلية الليبية", "بيان لوزارة الداخلية الليبية")
    a.org("وزارة الداخلية", "وكيل وزارة الداخلية")  # review pass: added (ORG inside a title)
    a.loc("تونس", "في دولة تونس", TUNISIA)
    a.per("الدباشي", "لاغتيال الدباشي، وذلك")
    a.per("حاتم العريبي")
    a.org("حكومة الثني")
    a.loc("البيضاء", None, gn(89055, name="Al Bayda (Libya)", note="seat of the al-Thinni government"))
    a.loc("ليبيا", "بشرق ليبيا", with_(LIBYA, note="eastern Libya"), expr="شرق ليبيا")
    a.org("حكومة طبرق", "بحكومة طبرق إلا")
    a.org("حكومة الإنقاذ الوطني")
    a.org("فجر ليبيا")
    a.loc("طرابلس", None, TRIPOLI)
    a.per("العريبي", "وأضاف العريبي")
    a.org("الشرق الأوسط", "العريبي لـ«الشرق الأوسط»")
    a.org("الحكومة الليبية", "أن «الحكومة الليبية تنفي")
    a.org("لداخلية التونسية", "منسوب للداخلية التونسية")
    a.per("الدباشي", "اغتيال الدباشي غير")
    a.org("الحكومة الليبية", "وتؤكد الحكومة الليبية")
    a.ev(["ASSAULT"], "targeted", "اغتيال",
         "تعرض وزير داخليتها مصطفى الدباشي، لمحاولة اغتيال خلال زيارة خاصة إلى تونس",
         [actor("الإرهابي الذي يحمل الجنسية التونسية", "جماعة إرهابية ليبية",
                en=["unidentified militant (Tunisian national linked to a Libyan group)"])],
         [DAB], "تونس", modality="planned", attributed_to="السلطات الشرعية المعترف بها دوليا في ليبيا",
         alts=[("اغتيال", "التونسية محاولة اغتيال وزير"), ("لاغتياله", "مخططة لاغتياله"),
               ("اغتيال", "إحباط محاولة اغتيال كانت"),
               ("لاغتيال", "الجبان لاغتيال"), ("اغتيال", "عملية اغتيال وتم")],
         note="foiled assassination plot; Tunisia's interior ministry denies there was any attempt")
    a.ev(["COERCE"], "arrest", "اعتقاله",
         "أن شخصا تونسي الجنسية تم اعتقاله بعدما أرشد عنه شخص ليبي",
         [TUNSEC], [actor("شخصا تونسي الجنسية", en=["unidentified militant (Tunisian national)"])], "تونس",
         attributed_to="الدباشي",
         alts=[("اعتقاله", "وتم اعتقاله"), ("إحباط", "تمكنت من إحباط"), ("إحباط", "مجهوداتها في إحباط"),
               ("بالقبض", "بالقبض على الإرهابي"), ("القبض", "وتم القبض")],
         note="actor implied: the suspect is held by the Tunisian security authorities")
    a.ev(["COOPERATE"], None, "التنسيق",
         "وعلى الفور تم التنسيق مع السلطات الأمنية التونسية", [DAB], [TUNSEC], "تونس",
         note="actor: the speaker (the Libyan interior minister)")
    a.ev(["ACCUSE"], "allege", "الاتهام",
         "ورفض وزير الداخلية الليبي توجيه أصابع الاتهام إلى أي جهة أو تحديد دوافعها",
         [DAB], [], None, polarity="negated", alts=[("ورفض", "ورفض وزير")], note="declined to accuse anyone")
    a.ev(["ACCUSE"], "investigate", "التحقيقات",
         "في انتظار انتهاء السلطات التونسية من التحقيقات اللازمة",
         [TUNSEC], [actor("شخصا تونسي الجنسية", en=["unidentified militant (Tunisian national)"])], None)
    a.ev(["SUPPORT"], None, "وأثنى",
         "وأثنى الدباشي على ما وصفه بيقظة الأمن التونسي وسرعة استجابته", [DAB], [TUNSEC], None)
    a.ev(["SUPPORT"], None, "بالشكر",
         "«تتوجه بالشكر للسلطات الأمنية التونسية على مجهوداتها",
         [actor("وزارة الداخلية الليبية", "الوزارة", en=["Libyan Interior Ministry (Tobruk government)"] + LY_HOR_GOV)],
         [TUNSEC], None)
    a.ev(["ACCUSE"], "allege", "رد",
         "رد حاتم العريبي، الناطق الرسمي باسم حكومة الثني التي تتخذ من مدينة البيضاء بشرق ليبيا مقرا لها، على بيان "
         "النفي التونسي، قائلا: «لا جود لما يسمى بحكومة طبرق إلا في خيال من يتحالف مع الطرف الآخر»",
         [actor("حاتم العريبي", "حكومة الثني", en=["Hatem al-Oraibi", "spokesman of the al-Thinni government"])],
         [actor("السلطات التونسية", "الداخلية التونسية", en=["Tunisian government", "Tunisian Interior Ministry"])],
         None, note="accuses Tunisia of siding with the Tripoli-based rival government")
    a.ev(["ASSAULT", "COERCE"], None, "تسيطر",
         "ميليشيات فجر ليبيا التي تسيطر بقوة السلاح على العاصمة الليبية طرابلس منذ صيف العام الماضي",
         [actor("ميليشيات فجر ليبيا", "فجر ليبيا", en=["Libya Dawn", "Fajr Libya"])], [], "طرابلس",
         note="background: Libya Dawn has held Tripoli by force since summer 2014")
    return a


def dev012() -> Article:
    a = Article("dev-012")
    LAF = actor("سلاح الجو الليبي", "إحدى طائرات سلاح الجو الليبي",
                en=["Libyan Air Force (Tobruk government)", "Libyan National Army"])
    ISIS = actor("تنظيم داعش", "التنظيم", en="ISIS")
    UNSMIL = actor("بعثة الأمم المتحدة في ليبيا", "بعثة الأمم المتحدة", "المنظمة الدولية",
                   en=["UN Support Mission in Libya", "UNSMIL", "United Nations"])
    TOBRUK_AB = pt("Tobruk air base", 31.8600, 23.9100, "LY", "site", 1,
                   "approximate (Gamal Abdel Nasser air base, south of Tobruk)")
    a.org("سلاح الجو الليبي")
    a.loc("قاعدة طبرق الجوية", None, TOBRUK_AB)
    a.loc("درنة", "قبالة ميناء درنة", with_(DERNA, precision=2), expr="قبالة ميناء درنة")
    a.loc("ليبيا", "شمال شرق ليبيا", with_(LIBYA, note="north-east Libya"), expr="شمال شرق ليبيا")
    a.loc("قاعدة طبرق", "بقاعدة طبرق لـ", TOBRUK_AB)
    a.org("بوابة الوسط")
    a.loc("درنة", "قادمًا باتجاه ميناء درنة", with_(DERNA, precision=2), expr="باتجاه ميناء درنة")
    a.loc("درنة", "متجها إلى ميناء درنة", with_(DERNA, precision=2), note="the port of Derna")
    a.loc("درنة", "مدينة درنة تشهد", DERNA)
    a.org("داعش", "وتنظيم داعش")
    a.org("الجيش", "كما يخوض الجيش")
    a.org("بعثة الأمم المتحدة في ليبيا")
    a.loc("ليبيا", "محادثات سلام ليبيا")  # the talks' name/topic, not a location
    a.loc("جنيف", None, gn(2660646, name="Geneva"))
    a.loc("ليبيا", "الصراع المسلح في ليبيا", LIBYA)
    a.per("معمر القذافي")
    a.org("الأمم المتحدة", "مبدئيا رعته الأمم المتحدة")
    a.org("بعثة الأمم المتحدة", "وقالت بعثة الأمم المتحدة التي")
    a.per("برناردينو ليون")
    a.per("ليون", "السيد ليون")
    a.per("ليون", "«أكد ليون")
    a.ev(["ASSAULT"], "aerial", "قصفت",
         "قصفت إحدى طائرات سلاح الجو الليبي من قاعدة طبرق الجوية أحد المراكب، الذي كان محملا بمسلحين وذخيرة، في "
         "عرض البحر قبالة ميناء درنة شمال شرق ليبيا",
         [LAF], [actor("مسلحين", "مقاتلين", en=["unidentified armed group", "militants"])], "درنة",
         alts=[("اعتراضه", "وتم اعتراضه"), ("قصفه", "تم قصفه")], attributed_to="مصدر عسكري")
    a.ev(["ASSAULT"], None, "معارك",
         "مدينة درنة تشهد معارك عديدة بين شباب المدينة وتنظيم داعش",
         [actor("شباب المدينة", en=["Derna local fighters", "Mujahideen Shura Council of Derna"])], [ISIS], "درنة",
         symmetric=True)
    a.ev(["ASSAULT"], None, "معارك",
         "كما يخوض الجيش معارك مع التنظيم أيضًا على تخوم المدينة",
         [actor("الجيش", en=["Libyan National Army", "Libyan army (Tobruk government)"])], [ISIS], "درنة",
         symmetric=True, note="on the outskirts of Derna")
    a.ev(["CONSULT"], "third-party", "محادثات",
         "إن المنظمة الدولية ستعقد جولة جديدة من محادثات سلام ليبيا يوم الإثنين في جنيف",
         [UNSMIL], [actor("الأطراف المتحاربة", en=["Libyan warring parties"])], "جنيف", modality="planned",
         attributed_to="بعثة الأمم المتحدة في ليبيا")
    a.ev(["AGREE"], None, "وق\u0651عت",
         "وفي الشهر الماضي، وق\u0651عت بعض الفصائل اتفاقا مبدئيا رعته الأمم المتحدة لتشكيل حكومة وحدة",
         [actor("بعض الفصائل", en=["Libyan factions"])], [actor("الأمم المتحدة", en=["United Nations", "UN"])], None,
         note="background: initial agreement signed last month (Skhirat), UN-sponsored")
    a.ev(["REJECT"], "meet", "قاطعوا",
         "لكن المندوبين من البرلمان الذي مقره العاصمة الليبية قاطعوا الاجتماع",
         [actor("المندوبين من البرلمان الذي مقره العاصمة الليبية",
                en=["General National Congress", "GNC (Tripoli-based parliament)"])],
         [actor("الأمم المتحدة", en=["United Nations", "UN"])], None, note="background: boycott of the signing meeting")
    a.ev(["REQUEST"], None, "يحث",
         "يحث السيد ليون الأطراف الرئيسة على مضاعفة جهودها والاستمرار في العمل معا لتضييق فجوة الخلافات القائمة",
         [actor("برناردينو ليون", "ليون", "بعثة الأمم المتحدة", en=LEON)],
         [actor("الأطراف الرئيسة", en=["Libyan parties"])], None,
         alts=[("أكد", "«أكد ليون")], attributed_to="بعثة الأمم المتحدة")
    return a


def dev013() -> Article:
    a = Article("dev-013")
    GEN = actor("باولو جينتيلوني", "وزير الخارجية الإيطالي", en=GENTILONI)
    LEO = actor("برناردينو ليون", "ليون", "المبعوث الأممي إلى ليبيا", en=LEON)
    PARTIES = actor("الأطراف الليبية المتنازعة", "جميع الأطراف الليبية", en=["Libyan parties"])
    TEBU = actor("التبو", "مسلحون من قبيلتي التبو والطوارق", en=["Tebu tribal fighters", "Tebu"])
    TUAREG = actor("الطوارق", en=["Tuareg tribal fighters", "Tuareg"])
    a.per("باولو جينتيلوني", "حذر وزير الخارجية الإيطالي باولو جينتيلوني")
    a.loc("ليبيا", "والمبعوث الأممي إلى ليبيا")  # part of a title
    a.per("برناردينو ليون")
    a.loc("الصخيرات", None, gn(2562055, name="Skhirat"))
    a.loc("المغرب", None, country("MA"))
    a.loc("روما", None, ROME)
    a.per("ليون", "وقال ليون إن")
    a.per("ليون", "ودعا ليون")
    a.loc("مليتة", None, pt("Mellitah", 32.8700, 12.2400, "LY", "site", 2,
                           "approximate (Mellitah oil and gas complex, east of Zuwara)"))
    a.loc("زوارة", None, gn(2208425, name="Zuwara"))
    a.per("ليون", "وقال ليون:")
    a.org("البعثة الأممية في ليبيا")
    a.per("باولو جينتيلوني", "من جهته أكد وزير الخارجية الإيطالي باولو جينتيلوني")
    a.loc("ليبيا", "الاستقرار في ليبيا", LIBYA)
    a.loc("ليبيا", "في جنوب شرق ليبيا", with_(LIBYA, note="south-east Libya"), expr="جنوب شرق ليبيا")
    a.org("وكالة فرانس برس")
    a.loc("سبها", "في مدينة سبها على", SABHA)
    a.loc("طرابلس", None, with_(TRIPOLI, precision=2), expr="على بعد 750 كلم جنوب طرابلس")
    a.org("فيسبوك")
    a.loc("فزان", "في منطقة فزان وسط", FEZZAN)
    a.loc("ليبيا", "من شرق ليبيا", with_(LIBYA, note="eastern Libya"), expr="شرق ليبيا")
    a.loc("سبها", "في مدينة سبها بالتوقف", SABHA)
    a.loc("ليبيا", "وتشهد ليبيا", LIBYA)
    a.org("فجر ليبيا")
    a.per("معمر القذافي")
    a.loc("فزان", "اصبحت فزان", FEZZAN)
    a.loc("ليبيا", "في جنوب وسط ليبيا", with_(LIBYA, note="south-central Libya"), expr="جنوب وسط ليبيا")
    a.loc("مالي", None, country("ML"))
    a.loc("الجزائر", None, country("DZ"))
    a.loc("النيجر", "مرورا بالنيجر", country("NE"))
    a.loc("تونس", None, country("TN"))
    a.loc("فزان", "ومنطقة فزان مقسمة", FEZZAN)
    a.loc("تشاد", None, country("TD"))
    a.loc("النيجر", "في تشاد والنيجر", country("NE"))
    a.ev(["THREATEN"], "relations", "حذر",
         "حذر وزير الخارجية الإيطالي باولو جينتيلوني والمبعوث الأممي إلى ليبيا برناردينو ليون الأطراف الليبية "
         "المتنازعة من مواجهة عزلة دولية في حال رفضها لاتفاق السلام",
         [GEN, LEO], [PARTIES], "روما", note="warning of international isolation; press conference in Rome")
    a.ev(["AGREE"], None, "التوصل",
         "لاتفاق السلام الذي تم التوصل إليه في مدينة الصخيرات بالمغرب برعاية أممية",
         [actor("الأطراف الليبية", en=["Libyan parties"])], [actor("برعاية أممية", en=["United Nations", "UN"])],
         "الصخيرات", note="background: the UN-sponsored Skhirat agreement")
    a.ev(["REQUEST"], None, "الدعوة",
         "وجدد الجانبان الدعوة في مؤتمر صحافي بالعاصمة الإيطالية روما إلى جميع الأطراف الليبية للانضمام إلى مسار "
         "السلام وقبول الاتفاق والمشاركة في المفاوضات القادمة",
         [GEN, LEO], [PARTIES], "روما")
    a.ev(["REQUEST"], "yield", "ودعا",
         "ودعا ليون إلى الإفراج فورًا عن الإيطاليين المختطفين في منطقة مليتة بمدينة زوارة الليبية",
         [LEO], [], "روما", note="call to free the kidnapped Italians; made at the Rome press conference")
    a.ev(["ASSAULT"], "abduct", "اختطاف",
         "وأدان الليلة قبل الماضية اختطاف الموظفين الإيطاليين",
         [], [actor("الموظفين الإيطاليين", "الإيطاليين المختطفين", en=["Italian workers", "civilians"])], "مليتة",
         alts=[("المختطفين", "الإيطاليين المختطفين في"), ("الاختطاف", "عملية الاختطاف")],
         note="kidnapping of four Italian employees near Mellitah; perpetrators unknown")
    a.ev(["ACCUSE"], "disapprove", "وأدان",
         "وأدان الليلة قبل الماضية اختطاف الموظفين الإيطاليين، واصفًا إياه بالعمل غير المقبول",
         [LEO], [], None, note="condemns the kidnapping (kidnappers unknown)")
    a.ev(["ASSAULT"], None, "اشتباكات",
         "قتل 40 شخصا على الاقل واصيب العشرات بجروح في اشتباكات عنيفة يخوضها منذ اسبوع مسلحون من قبيلتي التبو "
         "والطوارق في جنوب شرق ليبيا",
         [TEBU], [TUAREG], "سبها", symmetric=True, attributed_to="مسؤول محلي",
         alts=[("اشتباكات", "في اشتباكات عنيفة بين التبو"), ("المعارك", "تسببت المعارك"),
               ("الاقتتال", "وقف الاقتتال"), ("القتال", "فورا عن القتال")],
         note="Tebu-Tuareg fighting in Sabha; the text says south-east Libya")
    a.ev(["RETREAT"], "withdraw", "بنزوح",
         "تسببت المعارك التي اندلعت قبل اسبوع بنزوح مئات العائلات من الاحياء حيث تدور المعارك",
         [actor("مئات العائلات", en="CIV")], [], "سبها", attributed_to="المسؤول", note="displacement of families")
    a.ev(["REQUEST"], None, "ودعت",
         "ودعت الحكومة المعترف بها دوليا في بيان الثلاثاء نشرته على صفحتها في موقع فيسبوك قبيلتي التبو والطوارق "
         "الى وقف الاقتتال",
         [actor("الحكومة المعترف بها دوليا", "الحكومة التي تعمل من شرق ليبيا", en=LY_HOR_GOV)],
         [TEBU, TUAREG], None, alts=[("نداءنا", "نوجه نداءنا")])
    a.ev(["RETREAT"], "ceasefire", "وقف",
         "قبيلتي التبو والطوارق الى وقف الاقتتال",
         [TEBU, TUAREG], [], "سبها", modality="demanded", alts=[("بالتوقف", "سبها بالتوقف")],
         note="ceasefire demanded by the government")
    return a


ARTICLES = [dev011, dev012, dev013]
