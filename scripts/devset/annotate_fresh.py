"""Dev gold annotations: the *fresh* split (dev-014 .. dev-021), drawn and annotated on 2026-12-04 from the text
and ../shared/spec/annotation-guidelines.md alone (rasd was not run on these articles). See scripts/devset/build.py."""
from __future__ import annotations

from annotate_sy import FUAA, IDLIB, KAFRIYA
from build import Article, actor, country, gn, osy, pt, with_

SYRIA = country("SY")
IDLIB_GOV = osy("sy-idlib")
JISR = gn(169023, name="Jisr ash-Shughur")


# --- SY --------------------------------------------------------------------------------------------------------
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


ARTICLES = [dev015]
