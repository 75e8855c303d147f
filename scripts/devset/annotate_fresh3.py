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
    a.ev(["REJECT"], None, "يرفض",
         "أن حزب الله، يرفض أن تبقى الأحياء في الداخل بعهدة مقاتلين معارضين يحتفظون بأسلحة فردية", [HEZ], [REB],
         None, attributed_to=SRC,
         note="Hezbollah refuses a deal leaving the neighbourhoods to rebels who keep individual weapons")
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
ARTICLES = [dev030, dev031]
