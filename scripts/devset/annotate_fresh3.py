"""Dev gold annotations: the *fresh-3* split (dev-030 .. dev-037), drawn and annotated on 2026-12-04 from the text
and ../shared/spec/annotation-guidelines.md alone (rasd was not run on these articles and none of its output for
them was looked at). See scripts/devset/build.py and tests/data/dev/README.md."""
from __future__ import annotations

from annotate_iq import BAGHDAD, IRAQ, MOSUL, NINEVEH_GOV
from annotate_ly import LIBYA, LY_HOR_GOV, TRIPOLI
from annotate_sy import RIF_DIMASHQ, ZABADANI
from annotate_ye import ADEN, COAL_YE, HOUTHIS, RESISTANCE, SALEH_FORCES, TAIZ, YEMEN_ARMY
from build import Article, actor, country, gn, osy, pt, with_

LNA = ["Libyan National Army", "Libyan army (Tobruk government)"]  # as in annotate_fresh2
BENGHAZI = gn(88319, name="Benghazi")
ISLAMISTS_LY = ["Islamist militants", "Islamist armed groups"]
COUP = ["Houthi-Saleh forces", *HOUTHIS, *SALEH_FORCES]  # as in annotate_fresh
PESHMERGA = ["Peshmerga", "Kurdistan Regional Government forces"]
YAZIDIS = ["Yazidis", "civilians"]


# --- SY --------------------------------------------------------------------------------------------------------
SYRIA = country("SY")


def dev030() -> Article:
    a = Article("dev-030")
    COAL = actor("طائرات التحالف الدولي", "التحالف الدولي", "التحالف - الدولي", "التحالف العربي", en="COALITION")
    ISIS = actor("تنظيم داعش", "داعش", "التنظيم", en="ISIS")
    NUSRA = actor("جبهة النصرة", "تنظيم القاعدة في بلاد الشام", en="NUSRA")
    SOHR = "المرصد السوري لحقوق الإنسان"
    a.org("المرصد السوري لحقوق الإنسان")
    a.org("التحالف الدولي", "طائرات التحالف الدولي قتلت")
    a.org("داعش", "من تنظيم داعش وجبهة")
    a.org("جبهة النصرة", "داعش وجبهة النصرة (")
    a.org("القاعدة في بلاد الشام", "النصرة (تنظيم القاعدة في بلاد الشام) بينهم")
    a.org("المرصد", "وقال المرصد")
    a.org("المرصد", "وأشار المرصد")
    a.org("التحالف - الدولي")
    a.loc("سوريا", "مناطق في سوريا", SYRIA)
    a.org("داعش", "من تنظيم داعش غالبيتهم")
    a.org("التحالف العربي")
    a.loc("حماه", "محافظات حماه", osy("sy-hama"))
    a.loc("حلب", "حماه وحلب", osy("sy-aleppo"))
    a.loc("حمص", "وحلب وحمص", osy("sy-homs"))
    a.loc("الحسكة", "وحمص والحسكة", osy("sy-al-hasakah"))
    a.loc("الرقة", "والحسكة والرقة", osy("sy-raqqa"))
    a.loc("دير الزور", "والرقة ودير الزور", osy("sy-deir-ez-zor"))
    a.per("أبو أسامة العراقي")
    a.loc("البركة", "ولاية البركة")  # ISIS "province", inside a title: no place
    a.per("عامر الرفدان")
    a.loc("الخير", "لولاية الخير")  # ISIS "province", inside a title: no place
    a.per("أبو سياف")
    a.org("جبهة النصرة", "مسلحا من جبهة النصرة")
    a.org("القاعدة في بلاد الشام", "النصرة (تنظيم القاعدة في بلاد الشام) حتفهم")
    a.org("التحالف الدولي", "نفذها التحالف الدولي")
    a.org("جبهة النصرة", "لجبهة النصرة في")
    a.loc("حلب", "ريف حلب الغربي", osy("sy-aleppo"), expr="ريف حلب الغربي")
    a.loc("إدلب", "ريف إدلب الشمالي", osy("sy-idlib"), expr="ريف إدلب الشمالي")
    a.org("القاعدة", "في تنظيم القاعدة محسن")
    a.per("محسن الفضلي")
    a.per("أبو همام")
    a.org("جبهة النصرة", "العسكري في جبهة النصرة")
    a.per("أبو عمر الكردي")
    a.per("أبو حمزة الفرنسي")
    a.per("أبو قتادة التونسي")
    a.ev(["ASSAULT"], "aerial", "وغارات",
         "جراء الضربات الصاروخية وغارات التحالف العربي على تجمعات وتمركزات ومقار التنظيم ومحطات نفطية في محافظات "
         "حماه وحلب وحمص والحسكة والرقة ودير الزور", [COAL],
         [ISIS, actor("170 مدنيا", en="CIV")], "سوريا", attributed_to=SOHR,
         alts=[("قتلت", "الدولي قتلت"), ("الغارات", "جراء هذه الغارات"), ("غارات", "جراء غارات التحالف"),
               ("وضرباته", "وضرباته الصاروخية"), ("الضربات", "جراء الضربات الصاروخية")],
         note="background series since 23 September 2014: the coalition's air and missile strikes in Syria on ISIS "
              "gatherings, positions, headquarters and oil stations in six governorates (2,927 ISIS members killed, "
              "Abu Usama al-Iraqi, Amer al-Rafdan and Abu Sayyaf among them); 170 civilians killed by the strikes in "
              "the same period (a second recipient). The opening and the 3,216 total summarise this record and the "
              "strikes on al-Nusra (alt_triggers here)")
    a.ev(["ASSAULT"], "aerial", "ضربات",
         "ضربات صاروخية نفذها التحالف الدولي وغارات لطائراته، على مقرات لجبهة النصرة في ريف حلب الغربي وريف إدلب "
         "الشمالي", [COAL], [NUSRA], "حلب", attributed_to=SOHR, alts=[("وغارات", "وغارات لطائراته")],
         note="background series: coalition missile and air strikes on al-Nusra headquarters in western rural Aleppo "
              "and northern rural Idlib (at least 115 killed, Muhsin al-Fadhli and Abu Hammam among them)")
    return a


def dev031() -> Article:
    a = Article("dev-031")
    HEZ = actor("حزب الله اللبناني", "حزب الله", "الحزب", en="HEZ")
    REB = actor("المقاتلين المعارضين", "الثوار", "مقاتلي المعارضة", en="REBELS")
    SAA = actor("القوات الحكومية", "قوات النظام", "الجيش", en="SAA")
    AHRAR = actor("حركة أحرار الشام", en=["Ahrar al-Sham", "Harakat Ahrar al-Sham"])
    SRC = "مصدر بارز في المعارضة السورية"
    DARANI = "إسماعيل الداراني"
    SAHL = pt("Zabadani plain", 33.7050, 36.0800, "SY", "region", 3,
              "approximate (the plain around and south-west of Zabadani)")
    SHALLAH = with_(ZABADANI, name="Al-Shallah (Zabadani)", feature="district", precision=2,
                    note="unresolved area of Zabadani; coded to the Zabadani point")
    SARGHAYA = pt("Sarghaya", 33.8050, 36.1550, "SY", "town", 2,
                  "approximate (town north of Zabadani; not the subdistrict centroid)")

    def checkpoint(name: str) -> dict:
        return with_(ZABADANI, name=name, feature="site", precision=2,
                     note="unresolved checkpoint / position around Zabadani; coded to the Zabadani point")

    a.org("الشرق الأوسط", "لـ«الشرق الأوسط» إن حزب")
    a.org("حزب الله اللبناني")
    a.loc("الزبداني", "المعارضين في الزبداني للخروج", ZABADANI)
    a.per("ستيفان دي ميستورا", "ستيفان دي ميستورا اليوم")
    a.loc("إسطنبول", None, gn(745044, name="Istanbul"))
    a.org("حركة أحرار الشام", "«حركة أحرار الشام» التي")
    a.loc("الزبداني", "أحياء في الزبداني، الواقعة", ZABADANI)
    a.loc("دمشق", "في ريف دمشق الغربي", RIF_DIMASHQ, expr="ريف دمشق الغربي")
    a.loc("الزبداني", "المعارضين من الزبداني، بعد", ZABADANI)
    a.org("حزب الله", "إطلاق حزب الله")
    a.org("الشرق الأوسط", "نفى لـ«الشرق الأوسط»")
    a.org("حزب الله", "قائلاً إن حزب الله")
    a.loc("حمص القديمة", None, gn(169577, name="Old City of Homs", feature="district", precision=2,
                                  note="the Old City of Homs; coded to the Homs city point"))
    a.org("الحزب", "وتابع أن الحزب")
    a.loc("سهل الزبداني", None, SAHL)
    a.org("حزب الله", "المعارض أن حزب الله")
    a.loc("المعضمية", None, pt("Muadamiyat al-Sham", 33.4614, 36.1950, "SY", "town", 1,
                                "approximate (town south-west of Damascus)"))
    a.loc("دمشق", "أو غيرها في ريف دمشق", RIF_DIMASHQ, expr="ريف دمشق")
    a.org("الحزب", "بل إن الحزب")
    a.loc("سوريا", "باتجاه شمال سوريا", with_(SYRIA, note="northern Syria"), expr="شمال سوريا")
    a.org("حركة أحرار الشام", "حيث تتمتع حركة أحرار الشام")
    a.loc("دمشق", "ناشطين في ريف دمشق", RIF_DIMASHQ, expr="ريف دمشق")
    a.per("إسماعيل الداراني")
    a.org("مجلس الثورة السورية في ريف دمشق")
    a.org("الشرق الأوسط", "ريف دمشق «الشرق الأوسط»")
    a.loc("الزبداني", "تقدّموا في الزبداني", ZABADANI)
    a.loc("الشلاح", "من جهة الشلاح", SHALLAH, expr="من جهة الشلاح")
    a.loc("بناء سمير غانم", None, checkpoint("Samir Ghanem building (Zabadani)"))
    a.loc("سرغايا", "على طريق سرغايا", SARGHAYA, expr="طريق سرغايا")
    a.loc("بناء الططري", None, checkpoint("Al-Tatari building (Zabadani)"))
    a.loc("الشلاح", "على طريق الشلاح", SHALLAH, expr="طريق الشلاح")
    a.org("الجيش", "بين عناصر الجيش")
    a.loc("حاجز العقبة", None, checkpoint("Al-Aqaba checkpoint (Zabadani)"))
    a.misc("شيلكا")
    a.misc("بي إم بي")
    a.misc("BMP")
    a.org("حزب الله", "القتلى لحزب الله")
    a.org("حزب الله", "قوات النظام وحزب الله:")
    a.loc("حاجز الحوش", None, checkpoint("Al-Hawsh checkpoint (Zabadani)"))
    a.loc("خدام", "الحوش وخدام", checkpoint("Khaddam checkpoint (Zabadani)"))
    a.loc("قلعة التل", None, checkpoint("Qalaat al-Tell (Zabadani)"))
    a.loc("الحوش", "حواجز الحوش", checkpoint("Al-Hawsh checkpoint (Zabadani)"))
    a.loc("المعسكر", "والمعسكر", checkpoint("Al-Muaskar checkpoint (Zabadani)"))
    a.loc("الأتاسي", None, checkpoint("Al-Atasi checkpoint (Zabadani)"))
    a.loc("خدا", "والأتاسي وخدا", checkpoint("Khaddam checkpoint (Zabadani)"))
    a.misc("فيل", "«فيل»")
    a.loc("الزبداني", "استهدف الزبداني", ZABADANI)
    a.org("وكالة الأنباء الألمانية")
    a.per("ستيفان دي ميستورا", "السورية ستيفان دي ميستورا")
    a.loc("تركيا", "يبحث في تركيا", country("TR"))
    a.ev(["REQUEST"], "yield", "يضغط",
         "إن حزب الله اللبناني، يضغط على المقاتلين المعارضين في الزبداني للخروج من المدينة", [HEZ], [REB],
         "الزبداني", attributed_to=SRC,
         alts=[("والضغط", "«والضغط عليهم"), ("يدفع", "يدفع باتجاه تسوية"), ("يضغط", "«يضغط كي")],
         note="Hezbollah presses the rebels in Zabadani to leave the city without their weapons and surrender; "
              "restated by the source («يدفع باتجاه تسوية», «يضغط كي يستسلم»)")
    a.ev(["RETREAT"], "withdraw", "بانسحابهم",
         "ضمن تسوية تقضي بانسحابهم من دون أسلحتهم", [REB], [HEZ], "الزبداني", modality="demanded",
         attributed_to=SRC,
         alts=[("للخروج", "للخروج من المدينة"), ("للاستسلام", "عليهم للاستسلام"), ("استسلامًا", "تعني استسلامًا"),
               ("يستسلم", "كي يستسلم"), ("خروج", "«خروج آمن»"), ("خروج", "على خروج مقاتلي"),
               ("لانسحابهم", "المحتملة لانسحابهم")],
         note="the rebels' exit from Zabadani without weapons (surrender) that Hezbollah demands; the «خروج آمن» "
              "under discussion and the source's conditional «في حال تم الاتفاق على خروج» (towards northern Syria) "
              "are the same exit")
    a.ev(["CONSULT"], None, "يجتمع",
         "في حين يجتمع المبعوث الدولي ستيفان دي ميستورا اليوم السبت مع فصائل المعارضة في إسطنبول",
         [actor("المبعوث الدولي ستيفان دي ميستورا", "فريق المبعوث الأممي للأزمة السورية", en="DEMISTURA")],
         [actor("فصائل المعارضة", "11 فصيلا عسكريا سوريا معارضا", en="REBELS")], "إسطنبول", modality="planned",
         alts=[("للبحث", "للبحث في القضايا"), ("يبحث", "ميستورا، يبحث")],
         note="de Mistura (his team) meets opposition factions in Istanbul on Saturday (announced for the day of the "
              "report); DPA's «يبحث في تركيا اليوم … مع 11 فصيلا» is the same meeting")
    a.ev(["CONSULT"], None, "اجتماعات",
         "كانت معلومات قد تحدثت عن اجتماعات يعقدها ممثلون عن «حركة أحرار الشام»", [AHRAR],
         [actor("أطراف دولية", en=["international parties"])], None, attributed_to="معلومات",
         alts=[("يعقدها", "اجتماعات يعقدها")],
         note="meetings of Ahrar al-Sham representatives with international parties on a deal for the rebels' exit "
              "(reported by «معلومات»; the opposition source denies that the matter has reached discussing a deal)")
    a.ev(["ASSAULT"], None, "إطلاق",
         "بعد أسابيع على إطلاق حزب الله والقوات الحكومية حملتهم", [HEZ, SAA], [REB], "الزبداني",
         note="background: the Hezbollah and government campaign on Zabadani, launched weeks earlier")
    a.ev(["AGREE"], None, "اتفاقات",
         "تختلف عن اتفاقات حمص القديمة (مايو /أيار 2014)",
         [actor(en=["Syrian government", "Syria"])], [actor(en="REBELS")], "حمص القديمة", symmetric=True,
         attributed_to=SRC,
         note="background: the Old Homs agreements of May 2014 (fighters left with their individual weapons); the "
              "parties are implied (government and rebels)")
    a.ev(["AGREE"], None, "اتفاقات",
         "على غرار اتفاقات سابقة في بلدة المعضمية", [actor(en=["Syrian government", "Syria"])],
         [actor(en="REBELS")], "المعضمية", symmetric=True, attributed_to=SRC,
         note="background: earlier local agreements in Muadamiya (rebels kept their individual weapons); parties "
              "implied")
    a.ev(["ASSAULT"], None, "استنزاف",
         "بدأ استنزاف المقاتلين المعارضين في الداخل، منذ الأربعاء", [HEZ], [REB], "الزبداني", attributed_to=SRC,
         note="Hezbollah's attrition of the rebels inside the city since Wednesday")
    a.ev(["ASSAULT", "COERCE"], None, "السيطرة",
         "بعد السيطرة على سهل الزبداني", [HEZ], [REB], "سهل الزبداني", attributed_to=SRC,
         note="capture of the Zabadani plain before Wednesday (actor: Hezbollah, the subject of the sentence)")
    a.ev(["COERCE"], "restrict", "وإغلاق",
         "وإغلاق آخر الأنفاق التي كان يستخدمها المقاتلون في الداخل للتحرك والتسليح", [HEZ], [REB], "الزبداني",
         attributed_to=SRC, note="closing the last tunnels the rebels used for movement and supply")
    a.ev(["REJECT"], "meet", "يرفض",
         "أن حزب الله، يرفض أن تبقى الأحياء في الداخل بعهدة مقاتلين معارضين يحتفظون بأسلحة فردية", [HEZ], [REB],
         None, attributed_to=SRC,
         note="Hezbollah refuses a deal leaving the neighbourhoods to rebels who keep individual weapons (rejecting a "
              "settlement: CAMEO 127 → REJECT/meet)")
    a.ev(["ASSAULT", "COERCE"], None, "استعادة",
         "أن الثوار تقدّموا في الزبداني من جهة الشلاح، وتمكنوا من استعادة نقطتي تمركز للقوات الحكومية هي بناء "
         "سمير غانم على طريق سرغايا وبناء الططري على طريق الشلاح", [REB], [SAA], "بناء سمير غانم",
         attributed_to=DARANI, alts=[("تقدّموا", "الثوار تقدّموا"), ("تقدمًا", "تقدمًا محدودًا")],
         note="the rebels advance in Zabadani from al-Shallah and retake two government positions (the Samir Ghanem "
              "and al-Tatari buildings), several soldiers wounded; the advance leads to the capture in the same "
              "sentence (folded in), and the activists' «تقدمًا محدودًا» announces it")
    a.ev(["ASSAULT"], "destroy", "احتراق",
         "«احتراق حاجز العقبة بالكامل وتدمير آلياته واغتنام شيلكا وعربة (بي إم بي) BMP وأسلحة»", [REB], [SAA],
         "حاجز العقبة", attributed_to=DARANI,
         alts=[("وتدمير", "وتدمير آلياته"), ("واغتنام", "واغتنام شيلكا")],
         note="al-Aqaba checkpoint burnt out, its vehicles destroyed, a Shilka, a BMP and weapons seized (results of "
              "one attack in one place); actor implied (the rebels, in al-Darani's account)")
    a.ev(["ASSAULT"], None, "المواجهات",
         "وقال إن المواجهات أسفرت عن وقوع «عشرات القتلى لحزب الله وقوات النظام»", [REB],
         [HEZ, SAA], "الزبداني", symmetric=True, attributed_to=DARANI,
         note="the clashes in Zabadani, with their own toll (dozens of Hezbollah and regime dead)")
    a.ev(["ASSAULT"], "heavy-weapons", "قصفت",
         "أن قوات النظام وحزب الله: «قصفت من حاجز الحوش وخدام وقلعة التل على المدينة»", [SAA, HEZ], [REB],
         "الزبداني", attributed_to=DARANI,
         alts=[("سقوط", "سقوط مئات القذائف"), ("استهدف", "التي استهدف الزبداني")],
         note="regime and Hezbollah shelling of Zabadani from the al-Hawsh, Khaddam and Qalaat al-Tell positions: "
              "hundreds of shells and «Fil» rockets (recipient: the rebel-held city)")
    return a


# --- IQ --------------------------------------------------------------------------------------------------------
ISF = ["Iraqi security forces", "Iraqi government forces"]  # as in annotate_fresh
BAIJI = gn(97783, name="Baiji")
BAQUBAH = gn(97990, name="Baqubah")


def dev032() -> Article:
    a = Article("dev-032")
    BARZANI = actor("رئيس إقليم كردستان العراق مسعود بارزاني", "مسعود بارزاني", "بارزاني",
                    en=["Masoud Barzani", "President of the Kurdistan Region"])
    ISIS = actor("تنظيم «داعش»", "داعش", "التنظيم", "المتشددون", "التنظيم الإرهابي", en="ISIS")
    PESH = actor("قوات البيشمركة الكردية", "قوات البيشمركة", "البيشمركة", en=PESHMERGA)
    YAZ = actor("أبناء الطائفة الإيزيدية", "الطائفة الإيزيدية", "الإيزيديين", en=YAZIDIS)
    COAL = actor("التحالف الدولي بقيادة الولايات المتحدة", "التحالف الدولي", en="COALITION")
    KRG = "حكومة إقليم كردستان"
    SINJAR = gn(448149, name="Sinjar")
    SINJAR_DISTRICT = gn(448149, "admin2", 3, name="Sinjar District", note="district coded to its seat, Sinjar")
    DUHOK_GOV = pt("Duhok Governorate", 36.95, 43.30, "IQ", "admin1", 3, "approximate governorate centroid")
    a.loc("إقليم كردستان العراق", "رئيس إقليم كردستان العراق")  # in a title: no place
    a.per("مسعود بارزاني")
    a.org("داعش", "تنظيم «داعش» الذي")
    a.per("بارزاني", "وقال بارزاني في كلمة")
    a.loc("دهوك", "بمحافظة دهوك", DUHOK_GOV, expr="محافظة دهوك")
    a.loc("سنجار", "احتلال سنجار", SINJAR)
    a.loc("سنجار", "كارثة سنجار", SINJAR)
    a.per("بابا شيخ")
    a.loc("سنجار", "قضاء سنجار", SINJAR_DISTRICT, expr="قضاء سنجار")
    a.org("البيشمركة الكردية", "قوات البيشمركة الكردية في")
    a.loc("نينوى", "محافظة نينوى", NINEVEH_GOV, expr="محافظة نينوى")
    a.org("البيشمركة", "انسحاب قوات البيشمركة")
    a.org("الأمم المتحدة")
    a.org("التحالف الدولي", "قيام التحالف الدولي")
    a.loc("الولايات المتحدة")  # leader of the coalition (agent): no place
    a.org("البيشمركة", "سورية وقوات البيشمركة")
    a.org("التحالف الدولي", "بالتحالف الدولي")
    a.loc("سنجار", "أراضي سنجار", with_(SINJAR_DISTRICT, note="«مساحات من أراضي سنجار», the Sinjar area"),
          expr="أراضي سنجار")
    a.per("بارزاني", "وقال بارزاني في خطابه")
    a.org("حكومة إقليم كردستان")
    a.loc("العراق", "ملايين في العراق", IRAQ)
    a.org("حكومة الإقليم")
    a.loc("سنجار", "مدينة سنجار", SINJAR)
    a.loc("الموصل", "وفي الموصل،", MOSUL)
    a.org("شرطة نينوى")
    a.org("داعش", "أن «داعش» أعدم")
    a.loc("الموصل", "وسط الموصل في ساحة", MOSUL, expr="وسط الموصل")
    a.org("وكالة الأنباء الألمانية")
    a.org("د.ب.أ")
    a.org("داعش", "«تنظيم داعش أعدم")
    a.loc("باب الطواب", None, with_(MOSUL, name="Bab al-Tob square (Mosul)", feature="site", precision=2,
                                   note="square in central Mosul; coded to the city point"))
    a.loc("الموصل", "الطواب وسط الموصل", MOSUL, expr="وسط الموصل")
    a.org("داعش", "«(داعش) أوضح")
    a.org("داعش", "عن تنظيم داعش إلى")
    a.loc("الموصل", "الأهالي في الموصل", MOSUL)
    a.loc("الموصل", "المثقفة بالموصل", MOSUL)
    a.org("داعش", "ذرائع «داعش»")
    a.org("داعش", "ومسلحي «داعش»")
    a.org("قيادة عمليات صلاح الدين")
    a.org("داعش", "إن تنظيم «داعش» استعاد")
    a.loc("العصري", None, with_(BAIJI, name="Al-Asri quarter (Baiji)", feature="district", precision=2,
                               note="quarter of central Baiji; coded to the city point"))
    a.loc("بيجي", "وسط مدينة بيجي", BAIJI, expr="وسط مدينة بيجي")
    a.loc("600 دار", None, with_(BAIJI, name="600 Dar quarter (Baiji)", feature="district", precision=2,
                                note="quarter north of the city («شمال المدينة»); coded to the Baiji point"))
    a.ev(["THREATEN"], "violence", "تعهد",
         "تعهد رئيس إقليم كردستان العراق مسعود بارزاني، أمس، بالانتقام من تنظيم «داعش»", [BARZANI], [ISIS], "دهوك",
         alts=[("وعدت", "وعدت بابا شيخ"), ("الانتقام", "أجل الانتقام"), ("نتركهم", "لن نتركهم"),
               ("نلاحقهم", "وسوف نلاحقهم")],
         note="Barzani's vow of revenge on ISIS, in a speech in Duhok governorate on the anniversary of the fall of "
              "Sinjar; the promise he recalls to Baba Sheikh and «سوف نلاحقهم … بالطرق العسكرية أو القانونية» "
              "restate it")
    a.ev(["ASSAULT", "COERCE"], None, "باجتياح",
         "قام المتشددون باجتياح قضاء سنجار معقل الطائفة الإيزيدية الذي كان تحت سيطرة قوات البيشمركة الكردية في "
         "محافظة نينوى", [ISIS], [PESH], "سنجار",
         alts=[("احتلال", "احتلال سنجار"), ("هجوم", "خلال هجوم المتشددين")],
         note="background: ISIS overran Sinjar district (held by the Peshmerga) on 3 August 2014")
    a.ev(["RETREAT"], "withdraw", "انسحاب",
         "بعد انسحاب قوات البيشمركة", [PESH], [ISIS], "سنجار",
         note="background: the Peshmerga withdrawal from Sinjar, after which the massacres took place")
    a.ev(["ASSAULT"], None, "مذابح",
         "ونفذ التنظيم مذابح بحق الطائفة الإيزيدية", [ISIS], [YAZ], "سنجار",
         alts=[("اعتدى", "الذي اعتدى بوحشية"), ("غدروا", "الذين غدروا"), ("الجريمة", "ارتكبوا هذه الجريمة"),
               ("المجازر", "وقوع المجازر"), ("بالجريمة", "مقارنة بالجريمة"), ("قتلوا", "شخصا قتلوا")],
         note="background: ISIS massacres of Yazidis in Sinjar in summer 2014 (1,280 killed during the attack on "
              "Sinjar city, by the KRG's count)")
    a.ev(["ACCUSE"], "allege", "وصفتها",
         "وصفتها الأمم المتحدة بـ«محاولة لتنفيذ إبادة جماعية»", [actor("الأمم المتحدة", en="UN")], [ISIS], None,
         note="background: the UN called the massacres an attempted genocide")
    a.ev(["ASSAULT"], "aerial", "بالتدخل",
         "قيام التحالف الدولي بقيادة الولايات المتحدة بالتدخل جوا ضد التنظيم بعد أيام من وقوع المجازر",
         [COAL, actor("الولايات المتحدة", en=["United States", "US government"])], [ISIS], None,
         note="background: the US-led coalition's air intervention against ISIS days after the massacres")
    a.ev(["ASSAULT", "COERCE"], None, "استعادة",
         "وتمكنت قوات كردية سورية وقوات البيشمركة مدعومة بالتحالف الدولي، من استعادة مساحات من أراضي سنجار لاحقا",
         [actor("قوات كردية سورية", en=["Syrian Kurdish forces", "People's Protection Units (YPG)"]), PESH, COAL],
         [ISIS], "سنجار",
         note="background: Syrian Kurdish forces and the Peshmerga, backed by the coalition (added to the actors), "
              "later retook parts of Sinjar")
    a.ev(["ASSAULT"], "abduct", "خطفوا",
         "فإن 5800 شخص خطفوا من قبل التنظيم الذي حول النساء سبايا", [ISIS],
         [actor("5800 شخص", en=YAZIDIS)], "سنجار", attributed_to=KRG,
         note="background: 5,800 Yazidis abducted by ISIS in the Sinjar attack, the women enslaved (the relative "
              "clause is not a record of its own)")
    a.ev(["RETREAT"], "withdraw", "الفرار",
         "ولم يتمكن سوى نحو ألفين منهم من الفرار", [actor("نحو ألفين منهم", en=YAZIDIS)], [ISIS], None,
         attributed_to=KRG, note="background: about 2,000 of the abducted escaped")
    a.ev(["ASSAULT"], "firearms", "أعدم",
         "أن «داعش» أعدم 44 شابا وسط الموصل في ساحة عامة", [ISIS],
         [actor("44 شابا", "نحو 44 شابا", en="CIV")], "الموصل", attributed_to="مصدر أمني في شرطة نينوى",
         alts=[("أعدم", "داعش أعدم رميا"), ("بإعدامهم", "التنظيم بإعدامهم")],
         note="ISIS executes about 44 young men by shooting in Bab al-Tob square, central Mosul")
    a.ev(["ACCUSE"], "allege", "أوضح",
         "«(داعش) أوضح لجمهرة المواطنين أن جميع هؤلاء الذين سيقوم التنظيم بإعدامهم الآن ثبت تعاونهم مع القوات "
         "الأمنية", [ISIS], [actor("جميع هؤلاء", en="CIV")], "باب الطواب", attributed_to="مصدر أمني في شرطة نينوى",
         note="ISIS tells the crowd the men collaborated with the security forces (its accusation before the "
              "execution)")
    a.ev(["REQUEST"], None, "وطالب",
         "وطالب الأهالي في الموصل الحكومة المركزية بالإسراع في تحرير المدينة",
         [actor("الأهالي في الموصل", en=["residents of Mosul", "civilians"])],
         [actor("الحكومة المركزية", en=["Iraqi government", "Iraq"])], "الموصل",
         note="Mosul residents call on the central government to liberate the city quickly")
    a.ev(["ASSAULT", "COERCE"], None, "تحرير",
         "بالإسراع في تحرير المدينة", [actor("الحكومة المركزية", en=["Iraqi government", "Iraq"])], [ISIS],
         "الموصل", modality="demanded", note="the liberation of Mosul the residents demand")
    a.ev(["ASSAULT", "COERCE"], None, "استعاد",
         "إن تنظيم «داعش» استعاد السيطرة على الحي العصري وسط مدينة بيجي وحي «600 دار» شمال المدينة", [ISIS],
         [actor("القوات الحكومة", en=ISF)], "العصري", attributed_to="مصدر في قيادة عمليات صلاح الدين",
         alts=[("معارك", "وتتواصل معارك")],
         note="ISIS retakes the al-Asri quarter of central Baiji and the «600 Dar» quarter north of it; the summary "
              "of continuing hit-and-run battles in several provinces is an alt_trigger")
    return a


def dev033() -> Article:
    a = Article("dev-033")
    ISIS = actor("تنظيم داعش", "داعش", "التنظيم", "جنود الخلافة", en="ISIS")
    PESH = actor("قوة أمنية تابعة لقوات البيشمركة الكردية", "قوات البيشمركة الكردية", en=PESHMERGA)
    a.org("داعش", "أعلن تنظيم داعش")
    a.loc("بغداد", "سكانه ببغداد", BAGHDAD)
    a.org("الحشد", "لعناصر الحشد")
    a.loc("الشرطة الرابعة", None, pt("Al-Shurta al-Rabi'a (Baghdad)", 33.2750, 44.3250, "IQ", "district", 2,
                                      "approximate (district in south-western Baghdad)"))
    a.loc("بغداد", "جنوب غرب بغداد", with_(BAGHDAD, precision=2), expr="جنوب غرب بغداد")
    a.org("داعش", "عناصر تنظيم داعش و10")
    a.loc("بعقوبة", "مناطق تابعة لمدينة بعقوبة", with_(BAQUBAH, precision=2), expr="مناطق تابعة لمدينة بعقوبة")
    a.loc("ديالى", "محافظة ديالى57", pt("Diyala Governorate", 33.95, 45.05, "IQ", "admin1", 3,
                                        "approximate governorate centroid"), expr="محافظة ديالى")
    a.loc("بغداد", "ديالى57 كم شمال شرقي بغداد", with_(BAGHDAD, precision=2), expr="57 كم شمال شرقي بغداد")
    a.org("البيشمركة الكردية", "لقوات البيشمركة الكردية")
    a.loc("الكصيبة", None, pt("Al-Kusayba", 34.4000, 44.9000, "IQ", "village", 1,
                               "approximate (villages on the outskirts of Qara Tapa, north-east of Baqubah)"))
    a.loc("قرة تبة", "لأطراف ناحية قرة تبة", pt("Qara Tapa", 34.4236, 44.9236, "IQ", "admin3", 2,
                                               "approximate (subdistrict coded to its seat)"),
          expr="أطراف ناحية قرة تبة")
    a.loc("جبال حمرين", None, pt("Hamrin Mountains", 34.3000, 44.7000, "IQ", "region", 3,
                                  "approximate (the range north-east of Baqubah)"))
    a.loc("بعقوبة", "شمال شرقي بعقوبة", with_(BAQUBAH, precision=2), expr="شمال شرقي بعقوبة")
    a.org("داعش", "من تنظيم داعش بينهم")
    a.per("أبو حارث القادري")
    a.loc("بلدروز", "قضاء بلدروز", pt("Balad Ruz District", 33.6990, 45.0780, "IQ", "admin2", 3,
                                      "approximate; district coded to its seat, Balad Ruz"), expr="قضاء بلدروز")
    a.loc("المقدادية", None, gn(99062, "admin2", 3, name="Al-Muqdadiya District",
                                 note="district (the «قضاء» of «قضاء بلدروز والمقدادية») coded to its seat"))
    a.loc("بعقوبة", "والمقدادية في بعقوبة", BAQUBAH)
    a.ev(["ASSAULT"], "suicide-attack", "هجوم",
         "مسؤوليته عن هجوم انتحاري تم تنفيذه بسيارة ملغومة في حي يغلب الشيعة على سكانه ببغداد وسقط فيه 20 قتيلاً "
         "على الأقل", [ISIS],
         [actor("تجمع لعناصر الحشد الرافضي", "الحشد", en=["Popular Mobilization Forces", "al-Hashd al-Shaabi"]),
          actor("20 قتيلاً", en="CIV")], "الشرطة الرابعة", attributed_to="تنظيم داعش",
         alts=[("تفجير", "تفجير سيارة مفخخة")],
         note="suicide car bombing in a Shia-majority district of Baghdad, at least 20 killed; ISIS claims it (its "
              "statement: a car bomb on a gathering of the Hashd in al-Shurta al-Rabi'a, south-western Baghdad)")
    a.ev(["ASSAULT"], None, "شنت",
         "إن قوة أمنية تابعة لقوات البيشمركة الكردية شنت عملية عسكرية على قرى الكصيبة التابعة لأطراف ناحية قرة "
         "تبة ومنطقة جبال حمرين شمال شرقي بعقوبة تمكنت خلالها من قتل 11 مسلحًا", [PESH], [ISIS], "الكصيبة",
         attributed_to="مسؤولون أمنيون عراقيون وأكراد",
         alts=[("قتل", "من قتل 11"), ("مقتل", "مقتل 11 من"), ("موجة", "في موجة عنف")],
         note="Peshmerga operation on the al-Kusayba villages and the Hamrin mountains: 11 ISIS fighters killed, "
              "among them Abu Harith al-Qadiri; the «موجة عنف جديدة» summary covers this and the bombs")
    a.ev(["ASSAULT"], "explosives", "انفجار",
         "مقتل 10 مدنيين وإصابة 17 آخرين في انفجار عبوتين ناسفتين الليلة الماضية في قضاء بلدروز والمقدادية في "
         "بعقوبة", [], [actor("10 مدنيين", "17 آخرين", en="CIV")], "بلدروز",
         attributed_to="مسؤولون أمنيون عراقيون وأكراد",
         note="two roadside bombs in the Balad Ruz and al-Muqdadiya districts: 10 civilians killed, 17 wounded; the "
              "perpetrator is not named")
    return a


# --- YE --------------------------------------------------------------------------------------------------------
MSF = ["Medecins Sans Frontieres", "MSF", "Doctors Without Borders"]


def dev034() -> Article:
    a = Article("dev-034")
    HOU = actor("المتمردون الحوثيون", "المتمردون", "المتمردين", en=HOUTHIS)
    ORGS = actor("الكثير من المنظمات الدولية", "المنظمات الدولية", en=["international organisations",
                                                                      "humanitarian organisations"])
    HOSP = actor("المستشفيات", "تلك المستشفيات", en=["hospitals in Yemen", "civilians"])
    MSF_A = actor("فريق طبي تابع لمنظمة أطباء بلا حدود", "أطباء بلا حدود", "المنظمة غير الحكومية", en=MSF)
    a.loc("عدن", "لا سيما في عدن وتعز", ADEN)
    a.loc("تعز", "في عدن وتعز", TAIZ)
    a.loc("تعز", "ففي مدينة تعز", TAIZ)
    a.loc("مستشفى الثورة", None, with_(TAIZ, name="Al-Thawra Hospital (Taiz)", feature="site", precision=2,
                                       note="hospital in Taiz city; coded to the city point"))
    a.loc("عدن", "أما في عدن", ADEN)
    a.org("أطباء بلا حدود", "لمنظمة \"أطباء بلا حدود\"")
    a.loc("عدن", "عشرة أسابيع في عدن", ADEN)
    a.per("تيري جوفو")
    a.loc("باريس", None, gn(2988507, name="Paris"))
    a.per("كزافيه جينوت")
    a.org("أطباء بلا حدود", "تابعة لأطباء بلا حدود")
    a.loc("عدن", "للصدمة في عدن", ADEN)
    a.loc("عدن", "توقفت في عدن", ADEN)
    a.ev(["ASSAULT"], None, "الحرب",
         "وأن الحرب التي شنها المتمردون الحوثيون أثرت في هذا القطاع الحيوي بدرجة كبيرة", [HOU], [], None,
         attributed_to="مؤسسات طبية دولية",
         alts=[("شنها", "التي شنها"), ("المعارك", "أربعة أشهر من المعارك"), ("والمعارك", "القصف والمعارك"),
               ("المعارك", "خلال المعارك"), ("المعارك", "ومع أن المعارك")],
         note="background: the war the Houthis waged (the paper's framing; no place or target named), which MSF "
              "calls «four months of fighting»; MSF's «القصف شبه اليومي» is habitual and not coded")
    a.ev(["ASSAULT"], "heavy-weapons", "قصف",
         "وكان المتمردون تعمدوا في معظم المدن والمناطق التي اجتاحوها، لا سيما في عدن وتعز، قصف المستشفيات وكافة "
         "المرافق الصحية", [HOU], [actor("المستشفيات وكافة المرافق الصحية", en=["hospitals in Yemen", "civilians"])],
         "عدن", alts=[("لأضرار", "المستشفيات لأضرار")],
         note="background: Houthi shelling of hospitals and health facilities in the cities they overran, Aden and "
              "Taiz above all (ground forces: heavy-weapons); the cities «التي اجتاحوها» are a relative clause, not "
              "a record")
    a.ev(["COERCE"], "seize", "سيطر",
         "حيث سيطر المتمردون على كافة احتياطات البلاد من المشتقات البترولية وحولوها لمصلحتهم الخاصة ولسياراتهم",
         [HOU], [], None, alts=[("وحولوها", "وحولوها لمصلحتهم")],
         note="background: the Houthis seized the country's fuel reserves for their own use (the headline's «سرقة "
              "المحروقات»)")
    a.ev(["REJECT"], "yield", "ورفضوا",
         "تعنت المتمردون كثيرا ورفضوا السماح بإدخال المواد الطبية والدوائية", [HOU], [ORGS], None,
         alts=[("رفضوا", "المتمردين رفضوا")],
         note="the Houthis refuse to let medical supplies and convoys in (refusing to allow international "
              "involvement, CAMEO 1245 → REJECT/yield; the converse of RETREAT/access)")
    a.ev(["AID"], None, "دعم",
         "حيث حاولت الكثير من المنظمات الدولية دعم تلك المستشفيات", [ORGS], [HOSP], None, polarity="negated",
         alts=[("للقوافل", "السماح للقوافل")],
         note="international organisations tried to supply the hospitals (medical convoys carrying medicines) but "
              "were blocked: the aid did not happen")
    a.ev(["AID"], None, "مهمة",
         "بعد مهمة استمرت عشرة أسابيع في عدن", [MSF_A], [], "عدن",
         note="background: an MSF medical team's ten-week mission in Aden (recipient not named)")
    a.ev(["AID"], None, "عولجوا",
         "نصفهم تقريبا عولجوا في تسعة مراكز طبية تابعة لأطباء بلا حدود", [MSF_A],
         [actor("20 ألف جريح", "نصفهم تقريبا", en=["the wounded", "civilians"])], "عدن",
         attributed_to="كزافيه جينوت", alts=[("يستقبلان", "كانا يستقبلان")],
         note="about half of 20,000 wounded treated in nine MSF centres, among them a surgical hospital and a trauma "
              "centre in Aden (350 new patients a week)")
    return a


def dev035() -> Article:
    a = Article("dev-035")
    HADI = actor("الرئيس ، عبدربه منصور هادي", "عبدربه منصور هادي", "الرئيس اليمني",
                 en=["Abd Rabbuh Mansur Hadi", "President of Yemen"])
    ARMY = actor("الجيش الوطني", en=YEMEN_ARMY)
    RES = actor("المقاومة الشعبية", "المقاومة", en=RESISTANCE)
    COAL = actor("قوات التحالف العربي", "التحالف العربي", en=COAL_YE)
    ENEMY = actor("المليشيات المتمردة", "القوى الانقلابية", en=COUP)
    a.per("عبدربه منصور هادي")
    a.loc("الجمهورية اليمنية")  # in a title: no place
    a.org("الجيش الوطني", "حققها الجيش الوطني")
    a.org("المقاومة الشعبية")
    a.org("التحالف العربي")
    a.loc("الرياض", None, gn(108410, name="Riyadh"))
    a.loc("مصر", None, country("EG"))
    a.org("الجيش الوطني", "إن الجيش الوطني")
    a.org("المقاومة", "والمقاومة لن")
    a.org("مجلس الأمن الدولي")
    a.org("الحوثي", "جماعة الحوثي")
    a.per("علي عبد الله صالح")
    a.ev(["ASSAULT", "COERCE"], None, "الإنتصارات",
         "أن الإنتصارات التي حققها الجيش الوطني والمقاومة الشعبية في بلاده مسنودة بقوات التحالف العربي، ضد "
         "المليشيات المتمردة", [ARMY, RES, COAL], [ENEMY], None, attributed_to="عبدربه منصور هادي",
         alts=[("حققها", "التي حققها")],
         note="the recent gains (recaptured ground) of the army and the Resistance backed by the coalition (added to "
              "the actors), as Hadi tells them; no place named")
    a.ev(["ASSAULT", "COERCE"], None, "تطهير",
         "لن تتوقف حتى يتم تطهير كل المحافظات اليمنية من القوى الانقلابية", [ARMY, RES, COAL], [ENEMY], None,
         modality="planned", attributed_to="عبدربه منصور هادي",
         alts=[("مواصلة", "في مواصلة عملية"), ("استعادة", "عملية استعادة")],
         note="Hadi's announced continuation of the campaign until every governorate is cleared (the army and the "
              "Resistance «لن تألو جهداً في مواصلة عملية استعادة الدولة»)")
    a.ev(["CONSULT"], "visit", "متوجها",
         "لدى مغادرته الرياض، متوجها إلى مصر", [HADI], [actor("مصر", en=["Egypt", "Egyptian government"])], "مصر",
         alts=[("مغادرته", "لدى مغادرته")],
         note="Hadi leaves Riyadh for Egypt (a visit; no meeting is named)")
    a.ev(["ACCUSE"], "disapprove", "تأكيداته",
         "وجدد الرئيس اليمني، تأكيداته بأن مليشيات جماعة الحوثي والرئيس المخلوع، علي عبد الله صالح، انقلبت على "
         "الشرعية الدستورية", [HADI],
         [actor("مليشيات جماعة الحوثي", "جماعة الحوثي", en=HOUTHIS),
          actor("الرئيس المخلوع، علي عبد الله صالح", "علي عبد الله صالح",
                en=["Ali Abdullah Saleh", "former President of Yemen"])], None,
         alts=[("وجدد", "وجدد الرئيس")],
         note="Hadi accuses the Houthis and Saleh of a coup against constitutional legitimacy and of wrecking the "
              "country's security (the coup is the accusation's content and is not coded again)")
    return a


# --- LY --------------------------------------------------------------------------------------------------------
GNC = ["General National Congress", "GNC (Tripoli-based parliament)"]  # as in annotate_fresh
UNSMIL = ["UN Support Mission in Libya", "UNSMIL", "United Nations"]
TRIPOLI_GOV_FORCES = ["forces of the Tripoli-based government", "Libya Dawn"]
AJDABIYA = gn(89113, name="Ajdabiya")


def dev036() -> Article:
    a = Article("dev-036")
    PROGOV = actor("قوات موالية للحكومة المعترف بها دوليا", "القوات التابعة للحكومة الرسمية", en=LNA)
    MIL = actor("جماعات مسلحة", "المليشيات المسلحة", "المقاتلون", en=["armed groups", "militias"])
    ISIS = actor("متشددي تنظيم داعش", "داعش", en="ISIS")
    GNC_A = actor("المؤتمر الوطني العام الليبي", "المؤتمر الوطني العام", "المؤتمر", "صالح المخزوم", en=GNC)
    UNSMIL_A = actor("بعثة الأمم المتحدة إلى ليبيا", en=UNSMIL)
    E_LIBYA = with_(LIBYA, note="eastern Libya")
    a.loc("ليبيا", "في شرق ليبيا بين", E_LIBYA, expr="شرق ليبيا")
    a.loc("أجدابيا", "بلدة أجدابيا", AJDABIYA)
    a.loc("ميناء البريقة", "قرب ميناء البريقة", gn(2215210, feature="site", precision=2, name="Port of Brega",
                                    note="oil port coded to the Brega town point"), expr="قرب ميناء البريقة")
    a.org("داعش", "متشددي تنظيم داعش")
    a.loc("أجدابيا", "مشارف أجدابيا", with_(AJDABIYA, precision=2), expr="مشارف أجدابيا")
    a.org("داعش", "واستغل تنظيم داعش")
    a.loc("ليبيا", "الأمني في ليبيا", LIBYA)
    a.per("معمر القذافي")
    a.loc("طرابلس", "العاصمة طرابلس", TRIPOLI)
    a.loc("طبرق", None, gn(81302, name="Tobruk"))
    a.loc("أجدابيا", "على بعد 270 كيلومترا من أجدابيا", with_(AJDABIYA, precision=2),
          expr="على بعد 270 كيلومترا من أجدابيا")
    a.per("لقذافي", "معارضة للقذافي")
    a.org("داعش", "الموالون لداعش")
    a.loc("سرت", None, gn(2210554, name="Sirte"))
    a.loc("أجدابيا", "إلى الغرب من أجدابيا", with_(AJDABIYA, precision=2), expr="إلى الغرب من أجدابيا")
    a.org("المؤتمر الوطني العام الليبي")
    a.org("الأمم المتحدة", "ترعاه الأمم المتحدة")
    a.loc("ليبيا", "السلام في ليبيا", LIBYA)
    a.per("صالح المخزوم")
    a.org("المؤتمر الوطني العام", "رئيس المؤتمر الوطني العام")
    a.org("المؤتمر", "«المؤتمر عازم")
    a.org("بعثة الأمم المتحدة إلى ليبيا")
    a.org("المؤتمر", "يرى المؤتمر")
    a.ev(["ASSAULT"], None, "اشتباكات",
         "قتل 5 أشخاص وأصيب 12 أمس الأحد خلال اشتباكات في شرق ليبيا بين قوات موالية للحكومة المعترف بها دوليا "
         "وجماعات مسلحة", [PROGOV], [MIL], "أجدابيا", symmetric=True, attributed_to="مسعفون",
         alts=[("القتال", "واندلع القتال")],
         note="clashes between pro-government forces and armed groups in Ajdabiya near the port of Brega, begun on "
              "Saturday (5 killed, 12 wounded on Sunday)")
    a.ev(["ASSAULT"], "aerial", "وهاجمت",
         "وهاجمت طائرة حربية مواقع يشتبه في أنها تابعة للمليشيات المسلحة جنوبي البلدة",
         [actor("طائرة حربية", en=["Libyan Air Force", *LNA])], [MIL], "أجدابيا",
         note="a warplane strikes suspected militia positions south of Ajdabiya; actor implied (the government "
              "side's air force, the militias' opponent)")
    a.ev(["ASSAULT"], None, "هاجموا",
         "متشددي تنظيم داعش الذين هاجموا يوم الجمعة نقطة تفتيش تديرها القوات التابعة للحكومة الرسمية على مشارف "
         "أجدابيا فقتلوا خمسة جنود", [ISIS], [actor("القوات التابعة للحكومة الرسمية", "خمسة جنود", en=LNA)],
         "أجدابيا", alts=[("فقتلوا", "فقتلوا خمسة")],
         note="Friday's ISIS attack on a government checkpoint on the outskirts of Ajdabiya, five soldiers killed")
    a.ev(["ASSAULT"], None, "وقتل",
         "وقتل جنديان آخران عندما أرسلت الحكومة تعزيزات", [ISIS], [actor("جنديان آخران", en=LNA)], "أجدابيا",
         note="two more soldiers killed when reinforcements were sent (own toll); actor implied (the checkpoint "
              "attackers); 15 others missing since (not an act)")
    a.ev(["MOBILIZE"], "troops", "أرسلت",
         "عندما أرسلت الحكومة تعزيزات", [actor("الحكومة", en=LY_HOR_GOV)], [], "أجدابيا",
         note="the government sends reinforcements to the Ajdabiya checkpoint")
    a.ev(["ASSAULT", "COERCE"], None, "وسيطر",
         "وسيطر المتشددون الموالون لداعش على مدينة سرت بوسط البلاد إلى الغرب من أجدابيا",
         [actor("المتشددون الموالون لداعش", en="ISIS")], [], "سرت",
         note="background: ISIS loyalists took Sirte; the earlier takeover of Tripoli («منذ سيطرت جماعة منافسة») is "
              "a temporal anchor and not coded")
    a.ev(["REQUEST"], "change", "تمسكه",
         "أعلن المؤتمر الوطني العام الليبي، تمسكه بضرورة النظر في التعديلات التي يقترحها على مسودة اتفاق ترعاه "
         "الأمم المتحدة", [GNC_A], [actor("الأمم المتحدة", en=UNSMIL)], None,
         note="the GNC insists that its amendments to the UN-sponsored draft agreement be considered before it "
              "returns to the dialogue")
    a.ev(["CONSULT"], None, "المضي",
         "«المؤتمر عازم على المضي بالحوار ضمن المعايير التي كنا نتحدث عنها", [GNC_A], [UNSMIL_A], None,
         modality="planned", attributed_to="صالح المخزوم", alts=[("العودة", "قبل العودة للمشاركة")],
         note="the GNC means to go on with the UN-led dialogue within its criteria (its return to the talks, "
              "conditional on its amendments)")
    a.ev(["CONSULT"], None, "ستتصل",
         "أن بعثة الأمم المتحدة إلى ليبيا «ستتصل بنا في الأيام المقبلة", [UNSMIL_A], [GNC_A], None,
         modality="planned", attributed_to="صالح المخزوم",
         note="UNSMIL will contact the GNC in the coming days with a new proposal (the proposal is the contact's "
              "purpose and is not coded)")
    return a


def dev037() -> Article:
    a = Article("dev-037")
    AIR = actor("طائرات حربية", "القوات الجوية", en=["Libyan Air Force", *LNA])
    SHIP1 = actor("سفينة", "السفينة", "زورق واحد", en=[*ISLAMISTS_LY, "vessel from western Libya"])
    SHIP2 = actor("سفينة أخرى", "سفينة ثانية", en=[*ISLAMISTS_LY, "vessel from western Libya"])
    ISIS = actor("تنظيم داعش", "داعش", en="ISIS")
    SPOKES = "متحدثون عسكريون"
    MARISA = pt("Al-Marisa", 32.2500, 20.2200, "LY", "town", 1,
                "approximate (small port on the coast near Benghazi; «على بعد نحو 20 كيلومترا» from Benghazi)")
    a.org("الحكومة الليبية", "باسم الحكومة الليبية")
    a.loc("بنغازي", "قرب مدينة بنغازي", with_(BENGHAZI, precision=2), expr="قرب مدينة بنغازي")
    a.loc("ليبيا", "بنغازي في شرق ليبيا", with_(LIBYA, note="eastern Libya"), expr="شرق ليبيا")
    a.loc("المريسة", "قرب بلدة المريسة", with_(MARISA, precision=2), expr="قرب بلدة المريسة")
    a.loc("ليبيا", "سفنا في ليبيا", LIBYA)
    a.per("معمر القذافي")
    a.org("القوات الجوية")
    a.per("ناصر الحاسي")
    a.per("محمد الحجازي")
    a.per("خليفة حفتر")
    a.loc("ليبيا", "مقرها في شرق ليبيا", with_(LIBYA, note="eastern Libya"), expr="شرق ليبيا")
    a.loc("المريسة", "عسكري في المريسة", MARISA)
    a.loc("ليبيا", "من غرب ليبيا", with_(LIBYA, note="western Libya"), expr="غرب ليبيا")
    a.loc("طرابلس", "على طرابلس العاصمة", TRIPOLI)
    a.loc("بنغازي", "فوق بنغازي", BENGHAZI)
    a.loc("المريسة", "على بعد نحو 20 كيلومترا من المريسة", with_(MARISA, precision=2),
          expr="على بعد نحو 20 كيلومترا من المريسة")
    a.org("المؤسسة الوطنية للنفط")
    a.loc("طرابلس", "مقرها في طرابلس", TRIPOLI)
    a.loc("ليبيا", "الحكومتين في ليبيا", LIBYA)
    a.org("داعش")
    a.loc("ليبيا", "للتوسع في ليبيا", LIBYA)
    a.loc("طرابلس", "أجنبية في طرابلس", TRIPOLI)
    a.ev(["ASSAULT"], "aerial", "أغرقت",
         "أن طائرات حربية أغرقت أول من أمس سفينة", [AIR], [SHIP1], "المريسة", attributed_to=SPOKES,
         alts=[("للهجوم", "مستقل للهجوم"), ("هجوم", "أحدث هجوم"), ("أُغرقت", "السفينة أُغرقت"),
               ("غرق", "غرق زورق")],
         note="warplanes sink a ship near al-Marisa, near Benghazi (no independent confirmation); the air force "
              "spokesman and the official in al-Marisa («غرق زورق») restate it")
    a.ev(["ASSAULT"], "aerial", "وهاجمت",
         "وهاجمت سفينة أخرى قرب مدينة بنغازي", [AIR], [SHIP2], "المريسة", attributed_to=SPOKES,
         alts=[("استهدف", "الهجوم استهدف أيضا"), ("واحترق", "واحترق آخر")],
         note="the second ship attacked in the same area (Haftar's spokesman); the official in al-Marisa: one boat "
              "burnt")
    a.ev(["AID"], None, "بتحميل",
         "لأنها قامت بتحميل مقاتلين وأسلحة وذخيرة لدعم الإرهاب في المنطقة الشرقية",
         [actor("السفينة", "السفن", en=["vessel from western Libya", *ISLAMISTS_LY])],
         [actor("الإرهاب في المنطقة الشرقية", en=ISLAMISTS_LY)], None, attributed_to="ناصر الحاسي",
         alts=[("تحمل", "كانت تحمل أسلحة في"), ("وجاءت", "وجاءت من غرب")],
         note="the sunk ship was carrying fighters, arms and ammunition to the militants in the east, the second one "
              "arms, coming from western Libya (as the air force tells it)")
    a.ev(["ACCUSE"], "allege", "واتهمت",
         "واتهمت المؤسسة الوطنية للنفط التي يوجد مقرها في طرابلس الحكومة المعترف بها دوليا بأنها قصفت ثلاث مرات "
         "ناقلات نفط", [actor("المؤسسة الوطنية للنفط", en=["National Oil Corporation (Tripoli)", "NOC"])],
         [actor("الحكومة المعترف بها دوليا", en=LY_HOR_GOV)], None,
         note="the Tripoli-based NOC accuses the recognised government of bombing oil tankers three times (the "
              "bombing is the accusation's content and is not coded again; the government forces say the tankers "
              "carried arms)")
    a.ev(["ASSAULT", "COERCE"], None, "للتوسع",
         "واستغل تنظيم داعش فراغا أمنيا للتوسع في ليبيا", [ISIS], [], "ليبيا",
         note="background: ISIS expanded in Libya")
    a.ev(["ASSAULT"], None, "وذبح",
         "وذبح أجانب", [ISIS], [actor("أجانب", en=["foreigners", "foreign nationals"])], None,
         note="background: ISIS slaughtered foreigners (no weapon named)")
    a.ev(["ASSAULT"], "abduct", "وخطف",
         "وخطف آخرين", [ISIS], [actor("آخرين", en=["foreigners", "foreign nationals"])], None,
         note="background: ISIS kidnapped other foreigners")
    a.ev(["ASSAULT"], None, "هاجم",
         "هاجم فيه أيضا سفارات أجنبية في طرابلس", [ISIS], [actor("سفارات أجنبية", en=["embassies in Tripoli"])],
         "طرابلس", note="background: ISIS attacks on foreign embassies in Tripoli")
    a.ev(["ASSAULT"], None, "واشتبك",
         "واشتبك مع قوات الحكومتين", [ISIS],
         [actor("قوات الحكومتين", en=LNA), actor("قوات الحكومتين", en=TRIPOLI_GOV_FORCES)], None, symmetric=True,
         note="background: ISIS clashed with the forces of both governments")
    return a


ARTICLES = [dev030, dev031, dev032, dev033, dev034, dev035, dev036, dev037]
