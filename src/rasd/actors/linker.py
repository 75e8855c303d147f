"""The actor linker: dictionary matches + NER mentions → resolved mentions and document actors.

Steps, per document:

1. **Dictionary matches** over the tokens (:mod:`rasd.actors.matcher`): aliases of dictionary actors, and bare
   generic heads («الجيش», «النظام», «التنظيمات الإرهابية») from ``generics.tsv``.
2. **Head + nationality adjective** within a short window («قوات العمليات الخاصة الأميركية» → US military): a
   state-body head from ``bodies.tsv`` followed within three words by a nationality adjective, with no comma,
   quote or «و» in between.
3. **Country context**: the country the article names most (states, state bodies and nationality adjectives;
   ties go to the first named), else ``settings.default_country``.
4. **Resolution** in text order. An alias claimed by several actors goes to the one of the context country, then
   to the best-ranked source (curated > generated > UniversalPetrarch > Phoenix). An *office* («وزير الدفاع
   الأميركي») resolves to the person who held it on the article's date (``roles.tsv``), else stays the office. A
   generic head resolves to the last actor of the same body named in full earlier in the article, else to that
   body of the context country, else it is dropped. A capital («دمشق») is linked to its state only where it is
   not preceded by a locative word («في», «ريف», «شرقي» …). A bare office («وزير الخارجية», «المبعوث الأممي»)
   is a generic head too and resolves to its holder; after «وزير الخارجية عادل الجبير» (or «عادل الجبير، وزير
   الخارجية») the bare title means that person. «قوات»/«القوات الموالية ل»/«ميليشيات» + titles + a dictionary
   person is the actor the dictionary names «قوات <surname>» («قوات الفريق خليفة حفتر» → LNA); «نظيره» + a
   nationality is the same office of that state as the last office named.
5. **Merging with NER mentions** (explicit rule): the candidate spans of NER and of the dictionary are taken
   longest first; on equal spans the dictionary's resolution is kept on the NER mention (its id and type stay);
   a span overlapping an already-taken span is dropped. An NER mention that won over a shorter dictionary match
   starting at the same offset inherits that match's actor («جيش الإسلام في الغوطة»). Mentions stay
   non-overlapping, sorted, with unique ids (NER ids are kept; new ones take the next free ``m<n>``).
6. **Titles**: an office match directly followed by a person («وزير الحرب الأميركي جيم ماتيس») is not a mention:
   it gives the person their role (and country, for a person the dictionary does not know).
7. **Unknown NER mentions** (PER/ORG) become new actors with a best-guess kind (from the head word of an ORG)
   and country (from a nationality adjective inside it). LOC and MISC mentions are linked only when they are
   dictionary actors (countries). Before that, fallbacks for PER: a father's name between given and family name
   («خالد محفوظ بحاح»), a name cut short that begins one curated person's alias, a foreign name spelt another
   way (same consonant skeleton and at most two edits). No actor for sites and landforms («قاعدة العند», «وادي
   الحسيني»: LOC), function words NER took for names («على»), or «لصالح».
8. **Victims and soldiers** (descriptions, source lexicon.generic): plural people nouns, and people nouns counted
   or struck («أطفال ونساء», «15 خياطا», «مقتل شخص»), a struck indefinite dwelling («قصفت … منازل») and a count
   of «منهم» after a counted group are ``gen.civilians`` (members of a body and suspects are not); counted
   soldiers with no body named («قتلت المعارضة 3 جنود») are a bare head of the army, resolved like «الجيش».
9. **Descriptors**: labels from ``descriptors.tsv`` right before («ميليشيا «درع الفرات»»), right after («داعش
   الإرهابي») or inside («قوات النظام») a mention are recorded as spans on it.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from typing import cast

from rasd.actors.dictionary import TERMINAL, ActorEntry, Dictionary, alias_key
from rasd.actors.matcher import Match, PhraseMatcher, norms_and_forms, token_forms
from rasd.actors.romanize import romanize
from rasd.doc import INNER_SOURCE, OUTLET_SOURCE, Actor, Document, Mention, Span, Token
from rasd.text.nisba import is_country_adjective
from rasd.text.normalize import normalize_word

__all__ = ["GENERIC_SOURCE", "INNER_SOURCE", "LEXICON_SOURCE", "Linker"]

LEXICON_SOURCE = "lexicon"
_BODY_KINDS = frozenset({"igo", "state_body", "armed_group", "party", "ngo", "media", "state"})
GENERIC_SOURCE = "lexicon.generic"


def _names_one_body(surface: str) -> bool:
    """A generic phrase that the annotation guidelines tag as a name: bare «الجيش» (one specific army, resolved
    from context), «الصحوة» (Iraq's Sahwa councils) and a ministry («وزارة الداخلية»). Other generic heads («الحكومة», «قوات النظام», «المعارضة»,
    titles) are descriptions: they still link to actors but are not named-entity mentions."""
    n = normalize_word(surface)
    if n.startswith("ل") and not n.startswith("ال"):
        n = "ا" + n  # «لجيش» after «لل»
    return n in _SHORT_BODY_NAMES or n.startswith("وزاره ")


# Bare generic words that are one body's short name in the article's country («الصحوة» in Iraq): names.
_SHORT_BODY_NAMES = frozenset(["الجيش", "الجيش الوطني", "الصحوه", "المقاومه", "التحالف"])


# First words of dictionary phrases that describe people rather than name a body («المسؤولين العراقيين», «الجنود
# الأميركيين»): their mentions link to the body but are descriptions (source lexicon.generic), not names.
_DESCRIPTION_HEADS = frozenset(["المسؤولين", "المسؤولون", "المسؤول", "مسؤول", "مسؤولين", "مسؤولون", "القاده",
                                "الزعماء", "الجنود", "العسكريين", "العسكريون", "جنود", "عسكريين",
                                # people described by what they do or whose sons they are («متطوعي العشائر»,
                                # «أبناء العشائر»): descriptions of a body, not its name
                                "متطوعي", "متطوعو", "المتطوعين", "المتطوعون", "ابناء", "لابناء"])

# Words after which a capital is a place, not the state acting («في دمشق», «ريف دمشق», «شرقي دمشق»).
_LOCATIVE = frozenset(
    ["في", "الى", "الي", "من", "عن", "قرب", "بالقرب", "حول", "داخل", "خارج", "انحاء", "ضواحي", "ريف", "مدينه", "العاصمه", "محافظه", "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "وسط", "اطراف", "محيط", "مطار", "حدود", "نحو", "باتجاه", "مشارف", "جنوبي", "غربي", "بين"]
)
_ORG_HEAD_KIND = {
    "حزب": "party", "تيار": "party", "ائتلاف": "party", "تحالف": "party", "كتله": "party",
    "جيش": "armed_group", "لواء": "armed_group", "الويه": "armed_group", "كتائب": "armed_group",
    "كتيبه": "armed_group", "فيلق": "armed_group", "سرايا": "armed_group", "حركه": "armed_group",
    "جبهه": "armed_group", "تنظيم": "armed_group", "جماعه": "armed_group", "فرقه": "armed_group",
    "ميليشيا": "armed_group", "ميليشيات": "armed_group", "قوات": "armed_group", "فصيل": "armed_group",
    "وزاره": "state_body", "حكومه": "state_body", "الحكومه": "state_body", "مجلس": "state_body",
    "هيئه": "state_body", "رئاسه": "state_body", "اداره": "state_body", "مديريه": "state_body",
    "الجيش": "state_body", "القوات": "state_body", "الشرطه": "state_body", "محكمه": "state_body",
    "منظمه": "ngo", "جمعيه": "ngo", "مؤسسه": "ngo", "مرصد": "ngo", "المرصد": "ngo", "مركز": "ngo",
    "لجنه": "ngo", "صحيفه": "media", "جريده": "media", "وكاله": "media", "قناه": "media", "تلفزيون": "media",
    "اذاعه": "media", "موقع": "media", "شركه": "other", "بنك": "other", "مصرف": "other", "جامعه": "other",
}
# Words that only wrap a dictionary name inside a longer NER mention («تنظيم داعش», «الشيخ X»), normalised.
_WRAPPERS = frozenset(
    ["تنظيم", "جماعه", "حركه", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "عناصر", "قياده", "وحدات", "طيران",
     "مقاتلات", "جنود", "افراد", "مسلحي", "مقاتلي", "مقاتلو", "مسلحو", "قوات", "كتائب", "فصيل", "الشيخ", "الشيح", "السيد", "المرجع", "الزعيم", "القائد", "المدعو", "الارهابي", "الارهابيه", "المتطرف", "المتطرفه"]
)
# Titles, ranks and honorifics that may open a PER mention before the name («اللواء», «الرئيس المخلوع»), normalised.
_HONORIFICS = frozenset(["الرئيس", "رئيس", "الملك", "الامير", "امير", "الشيخ", "السيد", "السيده", "اللواء", "العميد",
                         "العقيد", "الفريق", "المشير", "الجنرال", "الدكتور", "د", "المهندس", "الاستاذ", "الوزير", "وزير",
                         "النائب", "القائد", "الزعيم", "الامام", "ايه", "الله", "الحاج", "المخلوع", "السابق", "الراحل",
                         "سمو", "معالي", "فخامه", "سماحه", "الداعيه", "المفتي", "العاهل", "ولي", "العهد", "السلطان",
                         "الركن", "اول", "اركان", "المقدم", "الرائد", "النقيب", "الملازم", "الجندي", "العريف", "رقيب",
                         "الرقيب", "المتحدث", "الناطق", "باسم", "المبعوث", "السفير", "الخاص", "الاسبق", "الحالي",
                         "الارهابي", "المدعو", "الملا", "مولانا", "الاب", "البابا", "المطران", "الكاردينال", "ركن"])
# Time words NER sometimes runs into an organisation's span («عناصر داعش أمس»), normalised.
_TIME_WORDS = frozenset(["امس", "اليوم", "الليله", "صباح", "مساء", "فجر", "ظهر", "الاول"])
# Last words of persons' names that are too common as ordinary words to be taken alone as a surname.
_NOT_SURNAMES = frozenset(["الله", "الدين", "الرحمن", "محمد", "احمد", "علي", "حسن", "حسين", "الاول", "الثاني"])
# Features of gazetteer places that a mis-tagged ORG mention may really be («من خلال «البوكمال»»).
_SETTLEMENT_FEATURES = frozenset(["city", "town", "village", "region", "admin1"])
_MENA2 = frozenset(["SY", "IQ", "LB", "JO", "TR", "PS", "IL", "YE", "LY", "EG", "SA", "IR", "KW", "QA", "BH", "AE", "OM",
                    "SD", "TN", "DZ", "MA", "AF", "CY", "MR", "SO", "DJ", "EH"])
# Bare place nouns that NER sometimes tags as an ORG («البلدة», «المدينة»): no actor is made for them.
_PLACE_NOUNS = frozenset(["البلده", "المدينه", "القريه", "المنطقه", "المحافظه", "البلدات", "القري", "المدن", "الحي",
                          "المخيم", "الريف", "العاصمه", "الولايه", "المديريه", "الناحيه", "الاقليم"])
# Adjectives of communities, creeds and movements (not states), normalised: between a body head and a nationality
# they make a group's name («وحدات الحماية الكردية السورية», «قوات الدفاع الوطني السورية»), not the state's body.
_GROUP_ADJ = frozenset(["الكرديه", "الكردي", "الشيعيه", "الشيعي", "السنيه", "السني", "الاسلاميه", "الاسلامي",
                        "الدرزيه", "المسيحيه", "العلويه", "الحوثيه", "الحوثي", "التركمانيه", "الاشوريه", "الايزيديه",
                        "الشعبيه", "الشعبي", "الوطنيه", "الوطني", "الثوريه", "الثوري", "الجهاديه", "العشائريه"])
# Nouns between a body head and a nationality that make a group's name («جيش التحرير الفلسطيني», «جبهة الإنقاذ
# الوطني السوري»), not the state's body, normalised.
_NAME_NOUNS = frozenset(["التحرير", "التحرر", "الانقاذ", "المقاومه", "النصره", "الخلاص", "الثوار", "المجاهدين",
                         "الاحرار", "الشهداء"])
# «المعارضة» between a body head and a nationality: the adjective is the opposition's («قوات المعارضة السورية»,
# «مقاتلو المعارضة اليمنية»), so a forces head names that country's armed opposition, any other its opposition.
_OPPOSITION_NOUNS = frozenset(["المعارضه", "المعارضين"])
_WINDOW_STOPS = frozenset(["في", "من", "الى", "الي", "علي", "عن", "مع", "ضد", "بين", "قرب", "داخل", "خارج", "نحو"])
_FORCE_BODIES = frozenset(["military", "security", "air_force", "police", "armed_opposition"])
# Nouns whose genitive is an office but who are someone else: the office holder's representative, adviser,
# deputy, office or kin («ممثل الرئيس الروسي», «مستشار الرئيس اليمني», «نائب وزير الخارجية», «نجل الرئيس»),
# normalised. The office after them is no mention of its holder.
_PROXY_HEADS = frozenset(["ممثل", "مبعوث", "مستشار", "مستشاره", "مساعد", "مساعده", "نائب", "نائبه", "مكتب", "ديوان",
                          "حرس", "موكب", "نجل", "ابن", "ابنه", "شقيق", "شقيقه", "زوجه", "ارمله", "حفيد", "صهر",
                          "مدير", "سكرتير", "حاشيه", "انصار", "انصاره"])
# Adjectives after an office that make it a past holder («الرئيس اليمني السابق»), normalised.
_FORMER = frozenset(["السابق", "السابقه", "الاسبق", "الاسبقه", "المخلوع", "الراحل"])
# Words for the forces of a person («قوات صالح», «ميليشيات حفتر», «أنصار …»), normalised.
_FORCES_HEADS = frozenset(["قوات", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "مسلحي", "مسلحو", "مقاتلي", "مقاتلو",
                           "انصار"])
# Descriptors of generic heads that name the article's regime («قوات النظام», «القوات النظامية»).
_REGIME = frozenset(["النظام", "النظاميه", "النظامي"])
# Indefinite adjectives that make «head + adjective» a description («منظمة إرهابية», «جماعة مسلحة»), normalised.
_DESC_ADJ = frozenset(["ارهابيه", "ارهابي", "مسلحه", "مسلح", "متطرفه", "متطرف", "جهاديه", "جهادي", "تكفيريه",
                       "مجهوله", "محليه", "معارضه", "اخري", "جديده", "صغيره", "كبيره", "مسلحين"])
# States whose demonym plural in this press means the people more than the state (the conflicts covered).
_PEOPLE_STATES = frozenset(["SYR", "IRQ", "YEM", "LBY", "PSE", "LBN"])
# Words before a demonym plural that make it a number of people («اثنان من البحرينيين», «عامة المصريين»).
_PEOPLE_PREV = frozenset(["من", "عامه", "هؤلاء", "بعض", "جميع", "كل", "لكل", "الاف", "مئات", "عشرات", "عدد", "معظم",
                          "غالبيه", "اغلب", "ملايين", "اشقائهم", "اخوانهم", "مواطنيها"])
# Broken plurals of demonyms («الروس», «الأتراك»), normalised; the regular ones end in -ين/-ون.
_BROKEN_DEMONYMS = frozenset(["الروس", "الاتراك", "الالمان", "الانجليز", "الانكليز", "الافغان", "الامريكان",
                              "الاميركان"])
# Head words of organisation names whose definite form alone refers back to the last one named («الحزب»).
_SHORT_HEADS = frozenset(["حزب", "حركه", "جبهه", "جماعه", "تيار", "ائتلاف", "فيلق", "هيئه", "كتائب",
                          "منظمه", "مرصد", "فصيل"])
# Words that introduce the leader of a coalition («بقيادة», «الذي تقوده»), normalised.
_LED_BY = frozenset(["بقياده", "تقوده", "تقودها", "يقوده", "بزعامه"])
# Words before a town's name that make it a sports club (an organisation): «نادي القادسية», «فريق الرمادي».
_CLUB_BEFORE = frozenset(["نادي", "فريق", "منتخب", "لاعب", "لاعبي", "مدرب", "مباراه", "ضد", "امام", "جماهير",
                          "بنادي", "لنادي", "وفريق"])
# First words of the names of groups the press calls «التنظيم» (ISIS, al-Qaeda, Nusra, Ahrar …), normalised; not
# forces, units or mobilisations («قوات سوريا الديمقراطية», «وحدات حماية الشعب», «الحشد الشعبي»).
_TANZIM_HEADS = frozenset(["تنظيم", "جبهه", "جماعه", "حركه", "هيئه", "جيش", "لواء", "كتائب", "فيلق"])
# Month names (Levantine and Gregorian) that NER sometimes tags as organisations («نيسان»), normalised.
_MONTHS = frozenset(["كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين", "يناير",
                     "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر",
                     "ديسمبر"])
_FIGHTING = frozenset(["معارك", "معركه", "اشتباكات", "مواجهات", "غارات"])
# Words before a name that make it a place («محافظة صلاح الدين»), normalised.
_PLACE_BEFORE = frozenset(["محافظه", "محافظتي", "محافظات", "مدينه", "بلده", "قريه", "قضاء", "ناحيه", "ريف", "مديريه",
                           "ولايه", "اقليم", "منطقه", "مخيم"])
# Words before a name that make it a site or a landform, whatever the gazetteer knows («وادي الحسيني», «قاعدة العند»),
# normalised: a PER/ORG mention right after one, or an ORG mention opening with one, is a place, not an actor.
_SITE_BEFORE = frozenset(["وادي", "جبل", "جبال", "حي", "شارع", "قاعده", "مطار", "معسكر", "ميناء", "معبر", "منفذ", "سد",
                          "جسر", "ساحه", "ميدان", "سهل", "هضبه", "جزيره", "بحيره", "نهر", "مضيق", "خليج"])
# Function words NER sometimes tags as a name («على» in «القبض على»): never an actor, normalised.
_FUNCTION_WORDS = frozenset(["علي", "عليه", "عليها", "عليهم", "في", "من", "الي", "عن", "بعد", "قبل", "لي", "له", "لها",
                             "مع", "عند", "حتي", "لكن", "او", "ان", "انه", "انها", "هذا", "هذه", "ذلك", "تلك", "الذي",
                             "التي", "الذين", "كان", "كانت", "قد", "لقد", "اما", "بين", "حول", "ضد", "منذ", "خلال"])
# Tokens that are prepositional idioms, not a name with a clitic («لصالح» = «in favour of»), normalised.
_IDIOMS = frozenset(["لصالح", "لصالحه", "لصالحها", "لصالحهم", "ولصالح"])
# Spelling classes of foreign names written in Arabic: g = ج/غ/ك/ق, t = ت/ط, s = س/ص/ش/ث, d = د/ض, z = ذ/ز/ظ;
# long vowels and hamza seats are dropped («جاوش اوغلو» = «جاويش أوغلو», «جنتيلوني» = «جينتيلوني»).
_SKELETON = str.maketrans({"ج": "ك", "غ": "ك", "ق": "ك", "ط": "ت", "ص": "س", "ش": "س", "ث": "س", "ض": "د",
                           "ذ": "ز", "ظ": "ز", "ا": None, "و": None, "ي": None, "ء": None, "ؤ": None, "ئ": None,
                           "ى": None})


def _with_proclitics(words: set[str]) -> set[str]:
    """Every way ``words`` can be written as a token with proclitics (the inverse of matcher.token_forms)."""
    out = {c + p + w for w in words for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك")}
    out.update(c + "ل" + w[1:] for w in words if w.startswith("ال") for c in ("", "و", "ف"))
    return out


def _before_labels(norms: list[str], lo: int, hi: int) -> int:
    """The last token index in ``lo..hi`` before the labels that end the span («الحوثي [الانقلابية]»)."""
    while hi > lo and norms[hi] in _TRAILING_LABELS:
        hi -= 1
    return hi


def _close(a: str, b: str, k: int) -> bool:
    """Whether the edit distance between ``a`` and ``b`` is at most ``k`` (banded dynamic programming)."""
    if abs(len(a) - len(b)) > k:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [k + 1] * len(b)
        for j in range(max(1, i - k), min(len(b), i + k) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != b[j - 1]))
        if min(cur) > k:
            return False
        prev = cur
    return prev[len(b)] <= k


def skeleton(words: list[str]) -> str:
    """The consonant skeleton of a (foreign) name's normalised words: spelling classes merged, long vowels and
    doubled letters dropped after each word's first letter, a final ه dropped."""
    out = []
    for w in words:
        w = w.removesuffix("ه")
        # a word-initial vowel stays («احمد» ≠ «حميد», «اوغلو» ≠ «غول»); other letters go to their class
        w = (w[:1] if w[:1] in "اوي" else w[:1].translate(_SKELETON)) + w[1:].translate(_SKELETON)
        out.append("".join(ch for i, ch in enumerate(w) if i == 0 or ch != w[i - 1]))
    return " ".join(out)


_PROXY_FORMS = _with_proclitics(set(_PROXY_HEADS))
# Group words before a named body that the guidelines leave out of its mention («طيران [التحالف الدولي]»).
_STRIP_HEAD_FORMS = _with_proclitics({"قوات", "طيران", "مقاتلات", "طائرات", "غارات", "عناصر", "مقاتلي", "مقاتلو", "مسلحي",
                                      "مسلحو", "جنود", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا"})
_TITLE_FORMS = _with_proclitics(set(_HONORIFICS) | {"المخلوع", "السابق"})
# Labels a text puts after a group's name («الحوثي الانقلابية», «داعش الإرهابي»), normalised: descriptors.
_TRAILING_LABELS = frozenset({"الانقلابيه", "الانقلابي", "الارهابيه", "الارهابي", "المتطرفه", "المتطرف", "المسلحه",
                              "المتمرده", "الطائفيه", "التكفيريه", "التكفيري"})
_GROUP_FORMS_NER = _with_proclitics({"منظمه"})  # «منظمة [داعش]»: only before a dictionary name (ORG tidy)
_GROUP_FORMS = _with_proclitics({"تنظيم", "جماعه", "فصيل", "العناصر"})
# Plural nouns for people or forces that a movement's adjective describes («المسلحون الحوثيون», «العناصر الحوثية»,
# «الميليشيات الحوثية»): not a name the guidelines tag.
_NUMBER_WORDS = frozenset(["واحد", "اثنان", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه",
                           "عشره", "العديد", "كثير", "الكثير", "عشرين", "ثلاثين", "مئه", "الف", "مجموعه"])
_NISBA_ENDINGS = ("يون", "يين", "يه", "ي")
_PEOPLE_NOUN_FORMS = _with_proclitics({"المسلحون", "المسلحين", "مسلحين", "مسلحون", "العناصر", "عناصر", "المقاتلين",
                                       "المقاتلون", "مقاتلين", "مقاتلون", "الميليشيات", "المليشيات", "ميليشيات",
                                       "مليشيات", "القوات", "قوات"})
# First words of dictionary phrases that describe a country's body rather than name it (see Linker._describes).
_DESCRIBING_FORMS = _with_proclitics({"السلطات", "سلطات", "السلطه", "النظام", "نظام", "الشعب", "شعب", "المواطنين",
                                      "المواطنون", "الامن", "المعارضه", "معارضه", "الموالين", "الموالون"})
_ALLEGIANCE = frozenset(["الموالية", "الموالي", "الموالين", "الموالون", "الموالیه", "الموالیة", "الموالبه",
                         "المواليه", "التابعه", "التابعة"])
_PERSON_FORCES_FORMS = _with_proclitics({"قوات", "نظام", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "جيش", "حكومه",
                                         "انصار", "كتائب"})
# Local offices named by their place: NER often runs the place and the holder together («محافظ صلاح الدين رائد
# الجبوري»), normalised, with proclitics.
# People nouns that name civilians (``gen.civilians``, a description) wherever they stand («أطفال ونساء», «عشرات
# الأشخاص», «اعتقال مواطنين»), normalised: plurals of plain people, with or without the article.
_PEOPLE_PLURALS = frozenset(["الاطفال", "اطفال", "اطفالا", "النساء", "نساء", "الاشخاص", "اشخاص", "اشخاصا",
                             "مواطنين", "مواطنون", "المصلين", "مصلين", "الصيادين", "صيادين", "الحجاج", "حجاج",
                             "المارة", "الماره", "المسافرين", "الركاب", "القرويين", "الفلاحين", "المزارعين",
                             "الموظفين", "موظفين", "الطلاب", "طلاب"])
# People nouns that name civilians only when counted («15 خياطا», «خمسة أشخاص», «عدد من الطلاب») or struck by a
# casualty noun right before them («مقتل شخص», «اختطاف مواطن»): alone they are ordinary words («طالبا» is also
# «they demanded», «شخص» the bomber of «فجر شخص نفسه», «العمال» the PKK's «حزب العمال»). Soldiers, police and
# fighters are not here: they are that body, never civilians. Normalised.
_PEOPLE_COUNTED = frozenset([
    "شخص", "شخصا", "شخصين", "مواطن", "مواطنا", "طفل", "طفلا", "طفله", "طفلين", "امراه", "امراتين", "سيده",
    "سيدات", "فتاه", "فتيات", "فتي", "فتيه", "شاب", "شابا", "شبان", "مدني", "عائله", "عائلات", "اسره", "اسر",
    "طالب", "طالبا", "طلاب", "الطلاب", "طالبه", "طالبات", "عامل", "عاملا", "عمال", "العمال", "خياط", "خياطا",
    "خياطين", "تاجر", "تاجرا", "تجار", "مزارع", "مزارعا", "صياد", "صيادا", "راع", "راعيا", "رعاه", "معلم",
    "معلما", "معلمين", "مدرس", "مدرسا", "مدرسين", "طبيب", "طبيبا", "اطباء", "ممرض", "ممرضا", "مسافر", "مسافرا",
    "راكب", "راكبا", "ركاب", "مصل", "مصليا", "حاج", "حاجا", "لاجئ", "لاجئا", "لاجئين", "نازح", "نازحا", "نازحين",
    "قروي", "قرويا", "مزارعين", "سائق", "سائقا", "سائقين", "مهندس", "مهندسا", "مهندسين", "موظف", "موظفا",
    "موظفين", "مسن", "مسنا", "مسنين"])
# Words before a counted noun: cardinals and quantifiers («عشرات», «عدد من»), normalised.
_PEOPLE_COUNTS = frozenset(["واحد", "اثنان", "اثنين", "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته",
                            "سبع", "سبعه", "ثماني", "ثمانيه", "ثمان", "تسع", "تسعه", "عشر", "عشره", "عشرين",
                            "عشرون", "ثلاثين", "ثلاثون", "اربعين", "اربعون", "خمسين", "خمسون", "مئه", "مائه",
                            "مئات", "عشرات", "الاف", "بضعه", "بضع", "عدد", "العديد", "بعض", "مجموعه", "احد",
                            "عشرات", "اغلب", "معظم", "جميع", "الالاف", "المئات", "العشرات", "ملايين", "الاف"])
# Words after «من» that keep a counted noun civilian («عشرة أشخاص من المدنيين», «من أهالي القرية»), normalised.
_CIVILIAN_AFTER_MIN = frozenset(["المدنيين", "المواطنين", "السكان", "الاهالي", "اهالي", "سكان", "ابناء", "الاطفال",
                                 "النساء", "عائله", "عائلات", "اسره", "العائله", "الاسره"])
# Words after «من» that make any people noun members of a body («سبعة أشخاص من عناصره»), normalised.
_MEMBERS_AFTER_MIN = frozenset(["عناصر", "عناصره", "عناصرها", "عناصرهم", "مقاتلي", "مقاتليه", "مسلحي", "مسلحيه",
                                "مرتزقته", "مرتزقه", "افراد", "جنود", "منتسبي", "اعضاء", "قوات", "رجال"])
# Words after people that make them suspected members of a group («يشتبه في انتمائهم», «لانتمائهم إلى …»), and
# «سورة» (a Quranic sura's name, «سورة النساء»), normalised.
_SUSPECTED = frozenset(["يشتبه", "المشتبه", "مشتبه", "مشتبها", "للاشتباه", "بالاشتباه", "لانتمائهم", "بانتمائهم",
                        "انتمائهم", "بالانتماء", "لانتمائه", "ينتمون", "ينتمي", "المنتمين", "منتمين",
                        "المتهمين", "متهمين", "المطلوبين", "مطلوبين"])
_SURA = frozenset(["سوره", "بسوره", "وسوره"])
# Soldiers counted or struck («3 جنود», «مقتل جندي»; duals «جنديين» count themselves), normalised: the article's army.
_SOLDIER_NOUNS = frozenset(["جنود", "جنديا", "جندي", "عسكريين", "عسكريا", "جنديين", "جنديان"])
_SOLDIER_DUALS = frozenset(["جنديين", "جنديان"])
_SOLDIER_FORMS = _SOLDIER_NOUNS | {"و" + w for w in _SOLDIER_NOUNS}  # the words _soldiers looks at (with «و»)
# Words after a noun that look like its genitive or adjective but are not («3 جنود الأحد», «جنود آخرين»).
_NOT_A_GENITIVE = frozenset(["الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "اليوم",
                             "الليله", "الماضي", "الماضيه", "اخرين", "اخران", "اخرون", "اثنين", "اثنان"])
# Buildings where people live, pray, learn, shop or are treated, normalised: struck, their people are the target
# («قصفت الطائرات منازل في القرية», «استهدف مسجدا», «تدمير مدرسة»).
# Indefinite only: a definite one («تفجير المسجد») mostly points back to an attack told before.
_DWELLINGS = frozenset(["منازل", "منزل", "منزلا", "بيوت", "مساكن", "مسجد", "مسجدا", "مساجد", "مدرسه", "مدارس",
                        "مستشفي", "مستشفيات", "سوق", "سوقا", "اسواق"])
# The tokens Linker._people looks at: its people nouns with any proclitics.
_PEOPLE_TOKENS = frozenset(_with_proclitics(set(_PEOPLE_PLURALS | _PEOPLE_COUNTED)))
# Violent verbs and masdars whose object a dwelling is («قصف», «استهدفت», «بتدمير»), with proclitics.
_STRIKE_FORMS = _with_proclitics({"قصف", "قصفت", "قصفوا", "يقصف", "تقصف", "استهداف", "استهدف", "استهدفت",
                                  "استهدفوا", "يستهدف", "تستهدف", "تدمير", "دمر", "دمرت", "دمروا", "هدم", "هدمت",
                                  "نسف", "نسفت", "تفجير", "فجر", "فجرت", "اقتحام", "اقتحم", "اقتحمت", "احراق", "احرق",
                                  "احرقت", "حرق"})
# Casualty and capture nouns that strike the people named right after them («مقتل شخص», «بإصابة امرأة»).
_STRUCK_FORMS = _with_proclitics({"مقتل", "قتل", "اصابه", "جرح", "اعتقال", "اختطاف", "خطف", "اعدام", "استهداف",
                                  "اغتيال", "استشهاد", "مصرع", "وفاه", "اعتقل", "اختطف", "خطفت", "اعتقلت",
                                  "اختطفت", "قتلت", "اعدمت", "اعدم", "اصيب"})
_PLACE_TITLE_FORMS = _with_proclitics({"محافظ", "قائممقام", "قائمقام", "بلديه", "ناحيه", "قضاء"})
# A gated name (a common word that is also a name) after a place preposition or a region's noun is the common
# word even where NER tags it a name: «لشؤون الشرق الأوسط» (the region, not the newspaper), «في القاعدة».
_GATED_NOT_AFTER = _with_proclitics((set(_LOCATIVE) - {"من", "عن", "بين"}) | {"شؤون", "الشؤون", "منطقه", "دول"})

_KIND_SECTOR = {"party": "PTY", "armed_group": "REB", "state_body": "GOV", "media": "MED", "ngo": "CVL"}


@dataclass
class _Cand:
    """A candidate mention: a dictionary match or an NER mention, and what it resolves to."""

    start: int
    end: int
    first: int
    last: int
    entry: str | None = None  # dictionary actor id
    generic: bool = False
    descriptor: str = "-"
    ner: Mention | None = None
    role: str | None = None  # office actor id giving the role
    is_title: bool = False
    capital: bool = False


def _parse_date(value: str | None) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


class Linker:
    """Links one document's mentions to actors (stateless between documents; build once)."""

    def __init__(self, dictionary: Dictionary, default_country: str = "") -> None:
        self.d = dictionary
        self.default_country = default_country or None
        self.names = PhraseMatcher(dictionary.names)
        self.heads = PhraseMatcher(dictionary.heads)
        self.descriptors = PhraseMatcher(dictionary.descriptors)
        # every written form of a descriptor's first word with proclitics (see matcher.token_forms)
        self._desc_tokens = frozenset(_with_proclitics({w for w in dictionary.descriptors if w}))
        self.offices = {r for r in dictionary.roles_by_office}
        self.context_keys: dict[str, list[str]] = {}
        self.any_armed_keys: list[str] = []
        for key, rows in dictionary.context.items():
            for _c, actor, _a, _b in rows:
                if actor == "~armed_group":
                    self.any_armed_keys.append(key)
                elif key.startswith("@") and key not in self.context_keys.get(actor, []):
                    self.context_keys.setdefault(actor, []).append(key)
        # curated bodies that stand for a generic body of their country in context.tsv (Libya's HoR for
        # «البرلمان»): naming one makes it the last actor of that body, like a generated «LBY.parliament»
        self.body_of: dict[str, str] = {}
        for key, rows in dictionary.context.items():
            for _c, actor, _a, _b in rows:
                e = dictionary.actors.get(actor)
                if not key.startswith("@") and e is not None and e.kind == "state_body" and e.body is None:
                    self.body_of.setdefault(actor, key)
        self._place_cache: dict[tuple[str, bool], bool] = {}
        self._persons: tuple[dict[str, list[str]], dict[str, list[tuple[str, str]]]] | None = None
        # The window rule also takes the indefinite broken plural of a demonym after an indefinite head («مسؤولين
        # روس», «جنود أتراك», «خبراء ألمان»): the state's body, a description (the head is a description head).
        # Only right after the head, and the head indefinite: «المبعوث دينيس روس» is Dennis Ross.
        self._broken_indef = frozenset(f[2:] for f in dictionary.nationalities if f in _BROKEN_DEMONYMS) - set(
            dictionary.nationalities)
        self._window_nat = {**dictionary.nationalities, **{
            f[2:]: iso for f, iso in dictionary.nationalities.items() if f in _BROKEN_DEMONYMS}}
        self._plural_demonyms = frozenset(f for f in dictionary.nationalities if f.startswith("ال") and (
            f.endswith(("ين", "ون")) or f in _BROKEN_DEMONYMS))
        # their written forms with proclitics («والأميركيين», «للأميركيين»): a document without one has none
        self._plural_tokens = frozenset(c + p + f for f in self._plural_demonyms for c in ("", "و", "ف")
                                        for p in ("", "ب", "ك")) | frozenset(
            c + "ل" + f[1:] for f in self._plural_demonyms for c in ("", "و", "ف"))
        self.office_bodies = {"president", "prime_minister", "foreign_minister", "defence_minister",
                              "interior_minister", "army_chief", "ambassador", "envoy", "spokesperson", "monarch",
                              "vice_president", "deputy_prime_minister", "crown_prince", "deputy_crown_prince"}

    # ------------------------------------------------------------------ helpers
    def _node(self, words: list[str]) -> dict | None:  # type: ignore[type-arg]
        """The dictionary's alias-trie node reached by ``words`` (normalised), or None."""
        node = self.d.names
        for w in words:
            nxt = node.get(w)
            if nxt is None:
                return None
            node = nxt
        return node

    def _lookup(self, words: list[str]) -> list[str]:
        """Actor ids of the dictionary alias that is exactly ``words`` (normalised)."""
        node = self._node(words)
        return [] if node is None else [p[1] for p in node.get(TERMINAL, ()) if p[0] == "actor"]

    def _person_index(self) -> tuple[dict[str, list[str]], dict[str, list[tuple[str, str]]]]:
        """(surname → curated persons, skeleton of a full name → (person, alias)), built from the alias trie once."""
        if self._persons is None:
            surnames: dict[str, list[str]] = {}
            skeleton_names: dict[str, list[tuple[str, str]]] = {}
            given: set[str] = set()  # first words of persons' names: «إبراهيم» is no surname to take alone
            actors = self.d.actors
            stack: list[tuple[dict, list[str]]] = [(self.d.names, [])]  # type: ignore[type-arg]
            while stack:
                node, words = stack.pop()
                for w, nxt in node.items():
                    if w != TERMINAL:
                        stack.append((nxt, words + [w]))
                        continue
                    for p in nxt:
                        e = actors.get(p[1]) if p[0] == "actor" else None
                        if e is None or e.kind != "person" or self._is_office(e) or len(words) < 2:
                            continue
                        given.add(words[0])
                        sk = skeleton(words)
                        if len(sk.replace(" ", "")) >= 5:
                            skeleton_names.setdefault(sk, []).append((e.id, " ".join(words)))
                        if e.rank == 0:
                            key = self._surname_key(" ".join(words))
                            if len(key) >= 3 and key not in _NOT_SURNAMES and e.id not in surnames.get(key, ()):
                                surnames.setdefault(key, []).append(e.id)
            nat = self.d.nationalities
            surnames = {k: v for k, v in surnames.items() if k not in given and k not in nat}
            self._persons = (surnames, skeleton_names)
        return self._persons

    def _fallback(self, m: Mention, country: str | None, local_surnames: set[str], prev_norm: str = "") -> str | None:
        """A dictionary actor for an NER mention no dictionary match covers: its text is an alias (a match the
        merge lost to a longer title, «مبعوث الأمم المتحدة»), a gated alias (a common word that is a name when NER
        tags it so: ORG «القاعدة»), for a person a known surname alone («عون», «ظريف») or a full name spelt
        another way («مولود جاوش اوغلو»)."""
        words = alias_key(m.text)
        if not words:
            return None
        if words[0].startswith("ل") and not words[0].startswith("ال") and len(words[0]) > 3:
            words = ["ا" + words[0]] + words[1:]  # «للأمم المتحدة» → span «لأمم المتحدة», name «الأمم المتحدة»
        ids = self._lookup(words)
        if m.source == OUTLET_SOURCE:  # «قال لـ"الرياض"»: the paper, not the capital
            media = [i for i in self.d.gated.get(("ORG", " ".join(words)), ()) if self.d.actors[i].kind == "media"]
            ids = media or ids
        if not ids and prev_norm not in _GATED_NOT_AFTER:
            ids = list(self.d.gated.get((m.type, " ".join(words)), ()))
        if not ids and m.type == "ORG" and len(words[0]) > 3:  # «النيويورك تايمز», «غارديان»: the article
            w0 = words[0]
            ids = self._lookup([w0[2:] if w0.startswith("ال") else "ال" + w0] + words[1:])
        if ids:
            return self._choose(ids, country).id  # a capital tagged ORG («الكرملين») is the state acting
        if m.type == "ORG" and len(words) >= 2:  # «ميليشيات كتائب الحسين الحوثية»: a unit of the Houthis
            ids = self.d.gated.get(("ADJ", words[-1]), [])
            return self._choose(ids, country).id if ids else None
        if m.type != "PER":
            return None
        surnames, skeleton_names = self._person_index()
        if len(words) == 1 or (len(words) == 2 and words[0] in ("بن", "ابن", "ابو", "ال", "ولد")):
            key = " ".join(words)
            if key in local_surnames:  # «الدباشي» after «مصطفى الدباشي», a person the dictionary lacks
                return None
            if key.startswith("ال") and key.endswith("ي") and prev_norm.startswith("ال"):
                return None  # «الرئيس الشيشاني»: a nisba agreeing with a definite noun, not «(أبو عمر) الشيشاني»
            return self._one(surnames.get(key, ()), country)
        for k in range(len(words) - 1, 1, -1):  # «محمد بن سلمان بن عبدالعزيز آل سعود»: the name + genealogy
            if words[k] in ("بن", "ابن", "ال", "بنت"):
                hit = [i for i in self._lookup(words[:k]) if self.d.actors[i].kind == "person"]
                if hit:
                    return self._choose(hit, country).id
        if len(words) >= 3 and words[-2] not in ("بن", "ابن", "ابو", "ال", "بنت"):
            # «خالد محفوظ بحاح» = «خالد بحاح»: a father's name written between the given and family names
            hit = [i for i in self._lookup([words[0], words[-1]]) if self.d.actors[i].kind == "person"
                   and self.d.actors[i].rank == 0 and not self._is_office(self.d.actors[i])]
            if hit:
                return self._one(hit, country)
        if len(words) >= 3:  # «إسماعيل ولد الشيخ» cut short of «إسماعيل ولد الشيخ أحمد»: the one person it begins
            hit = self._completions(words)
            if len(hit) == 1:
                return hit[0]
        # a foreign name spelt another way is a letter or two off; Arabic names one skeleton apart are other people
        # («ناصر الحاسي» ≠ «ناصر الوحيشي»)
        joined = " ".join(words)
        hit = list(dict.fromkeys(i for i, name in skeleton_names.get(skeleton(words), ())
                                 if _close(joined, name, 2)))
        return self._one(hit, country)

    def _completions(self, words: list[str]) -> list[str]:
        """Curated persons (not offices) with an alias that is ``words`` plus one or two more words."""
        node = self._node(words)
        if node is None:
            return []
        out: list[str] = []
        stack = [(node, 0)]
        while stack:
            nd, depth = stack.pop()
            for w, nxt in nd.items():
                if w == TERMINAL:
                    if depth:
                        for p in nxt:
                            e = self.d.actors.get(p[1]) if p[0] == "actor" else None
                            if e is not None and e.kind == "person" and e.rank == 0 and not self._is_office(e) \
                                    and e.id not in out:
                                out.append(e.id)
                elif depth < 2:
                    stack.append((nxt, depth + 1))
        return out

    def _one(self, ids: list[str] | tuple[str, ...], country: str | None) -> str | None:
        """The only candidate, or the only one of the article's country («المالكي» in an Iraqi article)."""
        if len(ids) == 1:
            return ids[0]
        local = [i for i in ids if country and self.d.actors[i].country == country]
        return local[0] if len(local) == 1 else None

    def _not_an_org(self, text: str) -> bool:
        """An unlinked ORG mention that names no organisation: a bare place noun («البلدة»), a bare group word
        («ميليشيا», «الفصيل») or a town of the gazetteer («البوكمال»). No new actor is made for it."""
        words = alias_key(text)
        if len(words) == 1:
            w = words[0]
            if w in _PLACE_NOUNS or w in _ORG_HEAD_KIND or w in _WRAPPERS or w.removeprefix("ال") in _ORG_HEAD_KIND \
                    or w in _MONTHS or w in self.d.nationalities:
                return True
        if words and words[0] in _FIGHTING:  # «معارك الأنبار»: a battle, not a body
            return True
        if len(words) >= 2 and words[0] in _ORG_HEAD_KIND and all(
                w in _DESC_ADJ or (w in self.d.nationalities and not w.startswith("ال")) for w in words[1:]):
            return True  # «منظمة إرهابية», «جماعة إرهابية ليبية»: a description, not a name
        return self._is_settlement(text)

    def _place_name(self, m: Mention, first: int, tokens: list[Token], norms: list[str]) -> bool:
        """A PER mention that is a place: a gazetteer town or province right after a place word («محافظة صلاح
        الدين», «مدينة X»)."""
        if first <= 0:
            return False
        prev = norms[first - 1]
        if tokens[first - 1].start < m.start and tokens[first - 1].end > m.start:
            return False
        if prev in _PLACE_BEFORE or (prev[:1] in "وب" and prev[1:] in _PLACE_BEFORE):
            return self._is_settlement(m.text)
        # «محافظتي نينوى وصلاح الدين»: joined by «و» to a place name
        if m.start > tokens[first].start and norms[first][:1] == "و" and tokens[first - 1].kind == "arabic":
            return self._is_settlement(m.text) and self._is_settlement(tokens[first - 1].text, capitals=True)
        return False

    @staticmethod
    def _site(m: Mention, first: int, tokens: list[Token], norms: list[str]) -> bool:
        """A PER/ORG mention that names a site or landform: it opens with a site word («قاعدة العند», «مطار صنعاء»;
        ORG only, two or three words) or follows one as a separate word («وادي الحسيني», «جبل الزاوية»)."""
        words = alias_key(m.text)
        if m.type == "ORG" and 2 <= len(words) <= 3 and words[0] in _SITE_BEFORE:
            return True
        if first <= 0 or tokens[first].start < m.start or tokens[first - 1].kind != "arabic":
            return False
        prev = norms[first - 1]
        return prev in _SITE_BEFORE or (prev[:1] in "وبل" and prev[1:] in _SITE_BEFORE)

    def _is_settlement(self, text: str, capitals: bool = False) -> bool:
        """An ORG mention that is the whole name of a town or region of the region in the geo gazetteer, and not a
        country, capital or common word: NER's confusion («من خلال «البوكمال»»), so a place, not a new actor.
        The gazetteer (rasd.geo) is loaded on the first such question only; results are cached per text."""
        hit = self._place_cache.get((text, capitals))
        if hit is not None:
            return hit
        from rasd.geo.gazetteer import load_gazetteer, squash

        key = squash(" ".join(alias_key(text)))
        ok = False
        if len(key) >= 4:
            g = load_gazetteer()
            if key not in g.common:
                ok = any(e.country in _MENA2 and e.feature in _SETTLEMENT_FEATURES
                         and (e.feature != "village" or e.population >= 10_000)  # «الاتحاد»: a hamlet, a common word
                         and (capitals or "capital" not in e.flags) and "cue" not in e.flags for e in g.lookup(key))
        if len(self._place_cache) < 100_000:
            self._place_cache[(text, capitals)] = ok
        return ok

    def _is_office(self, e: ActorEntry) -> bool:
        return e.kind == "person" and (e.id in self.offices or (e.body or "") in self.office_bodies
                                       or e.id.startswith("UN."))

    def _tidy_ner(self, doc: Document, tokens: list[Token], norms: list[str], starts: list[int],
                            ends: list[int]) -> tuple[Mention, ...] | None:
        """NER mentions tidied to the guidelines' spans before linking: a one-word MISC that is the surname of a
        PER of the article is that person (PER); an indefinite demonym alone («ليبي») is dropped; leading titles of a PER («اللواء [X Y]») and group words before a dictionary name in an ORG
        («تنظيم [داعش]», «عناصر [داعش]») are left out; a PER right after a local office word that opens with a
        gazetteer place is the place (LOC) and the holder (PER): «محافظ [صلاح الدين] [رائد الجبوري]». None when
        nothing changes."""
        out: list[Mention] = []
        changed = False
        nat = self.d.nationalities
        surnames = {normalize_word(m.text.split()[-1]) for m in doc.mentions if m.type == "PER" and " " in m.text.strip()}
        for m in doc.mentions:
            if m.type == "MISC" and m.source == "ner" and " " not in m.text.strip() \
                    and normalize_word(m.text) in surnames:
                m = replace(m, type="PER")  # «اليامي» after «هادي بن علي اليامي»: NER's MISC is his surname
                changed = True
            first = bisect_right(starts, m.start) - 1
            if first < 0 or m.start >= ends[first] or m.source != "ner":
                out.append(m)
                continue
            last = min(bisect_left(ends, m.end), len(tokens) - 1)  # (a span ending in trailing space)
            if first == last and m.type in ("PER", "LOC", "ORG") and norms[first] in nat \
                    and not norms[first].startswith("ال"):
                changed = True  # «ليبي», «تونسي»: an indefinite demonym is no name (the guidelines)
                continue
            k = first
            heads = _TITLE_FORMS if m.type == "PER" else _STRIP_HEAD_FORMS | _GROUP_FORMS | _GROUP_FORMS_NER
            while k < last and norms[k] in heads and tokens[k].kind == "arabic":
                k += 1
            if m.type == "ORG":
                # «ميليشيات [الحوثي] الانقلابية», «منظمة [داعش] الإرهابية»: a label after a dictionary name (with a
                # group word before it) is the text's descriptor, not part of the name
                end = _before_labels(norms, k, last)
                if end < last and self._lookup(norms[k:end + 1]):
                    m = replace(m, end=ends[end], text=doc.text[m.start:ends[end]])
                    changed = True
                    last = end
                while k > first and not self._lookup(norms[k:last + 1]) and (
                        "ORG", " ".join(norms[k:last + 1])) not in self.d.gated:
                    k -= 1  # «تنظيم [داعش]», «جماعة [الحوثي]»: only down to a dictionary name
            elif k > first and (last - k < 1 and not self._lookup(norms[k:last + 1])
                                and norms[k] not in self._person_index()[0] or norms[k] in nat
                                or norms[k] in _FUNCTION_WORDS or tokens[k].kind != "arabic"):
                k = first  # «الرئيس [الروسي]», «الشيخ [X]» alone: no name left (a known surname is one:
                # «الرئيس [هادي]», «المخلوع [صالح]»)
            if k > first:
                m = replace(m, start=starts[k], text=doc.text[starts[k]:m.end])
                changed = True
                first = k
            if m.type != "PER" or first == 0 or norms[first - 1] not in _PLACE_TITLE_FORMS:
                out.append(m)
                continue
            for k in (3, 2, 1):
                cut = first + k - 1
                if last - cut < 2 or tokens[cut].kind != "arabic" or tokens[cut + 1].kind != "arabic":
                    continue
                place = doc.text[m.start:ends[cut]]
                if self._is_settlement(place):
                    out.append(Mention("", m.start, ends[cut], place, "LOC", source=m.source))
                    out.append(Mention("", starts[cut + 1], m.end, doc.text[starts[cut + 1]:m.end], "PER",
                                       source=m.source))
                    changed = True
                    break
            else:
                out.append(m)
        return tuple(out) if changed else None

    def _describes(self, c: _Cand, norms: list[str]) -> bool:
        """A dictionary phrase that describes a body rather than names it, which the guidelines leave untagged:
        authorities, regime, people, citizens, security, opposition of a country («السلطات التونسية», «النظام
        السوري», «الشعب اليمني», «المعارضة السورية»), forces by allegiance («القوات الموالية لـ…», «الموالين
        لصالح») and the forces or regime of a person («قوات الأسد», «نظام الأسد»: the guidelines tag the man)."""
        if norms[c.first] in _DESCRIBING_FORMS:
            return True
        if c.last > c.first and norms[c.first + 1] in _ALLEGIANCE:
            return True
        if c.last > c.first and norms[c.first] in _PERSON_FORCES_FORMS:
            rest = self._lookup(norms[c.first + 1:c.last + 1])
            return any(self.d.actors[r].kind == "person" for r in rest)
        return False

    def _inner_person(self, c: _Cand, tokens: list[Token], text: str
                      ) -> tuple[Mention, str, None, int, int] | None:
        """The person a description of forces or loyalists ends with («قوات الأسد», «الموالون للرئيس السابق علي
        عبدالله صالح»): a PER mention of his name (the longest alias after any titles; proclitics left out) linked to him,
        else None."""
        own = self.d.actors.get(c.entry or "")
        # a title names the body it is the office of («الأمين العام [للأمم المتحدة]»); forces name their man
        wanted = _BODY_KINDS if own is not None and own.kind == "person" else frozenset({"person"})
        for k in range(c.first + 1, c.last + 1):  # the longest alias after the titles
            stems = [next((w for w in t.words if w.role == "stem"), None) for t in tokens[k:c.last + 1]]
            if any(w is None for w in stems) or (stems[0] is not None and stems[0].norm in _TITLE_FORMS):
                continue
            ids = [i for i in self._lookup([w.norm for w in stems if w is not None])
                   if self.d.actors[i].kind in wanted]
            if len(ids) == 1:
                first = stems[0]
                assert first is not None
                start, end = first.start, c.end
                kind = self.d.actors[ids[0]].kind
                mtype = "PER" if kind == "person" else "LOC" if kind == "state" else "ORG"
                return Mention("", start, end, text[start:end], mtype, source=INNER_SOURCE), ids[0], None, k, c.last
        return None

    def _holder(self, office: str, day: _dt.date | None, c: _Cand, norms: list[str]) -> str | None:
        """Who an office mention names on ``day``: its holder then, or after «السابق» («الرئيس اليمني السابق»)
        the last holder before then."""
        if day is None:
            return None
        if c.last + 1 < len(norms) and norms[c.last + 1] in _FORMER:
            return self.d.previous_holder(office, day)
        return self.d.holder(office, day)

    def _choose(self, ids: list[str], country: str | None) -> ActorEntry:
        entries = [self.d.actors[i] for i in ids]
        return min(entries, key=lambda e: (e.country != country if country else False, e.rank, ids.index(e.id)))

    def _window_matches(self, tokens: list[Token], norms: list[str], taken: set[int],
                        forms: list[tuple[tuple[str, int], ...] | None]) -> list[Match]:
        out: list[Match] = []
        nat = self._window_nat
        hits = set(norms).intersection(nat)
        if not hits:
            return out
        # a head can only start a few words before a nationality adjective: scan those starts alone
        hforms: list[tuple[tuple[str, int], ...] | None] = [None] * len(forms)
        for k in [k for k, w in enumerate(norms) if w in hits]:
            hforms[max(0, k - 7):k] = forms[max(0, k - 7):k]
        last_end = -1
        for hm in self.heads.candidates(tokens, norms, hforms):
            if hm.first <= last_end or any(k in taken for k in range(hm.first, hm.last + 1)):
                continue
            body = next(p[1] for p in hm.payloads if p[0] == "head")
            for k in range(hm.last + 1, min(hm.last + 4, len(tokens) - 1) + 1):
                tok = tokens[k]
                if tok.kind != "arabic" or k in taken or (len(tok.words) > 1 and tok.words[0].norm in ("و", "ف")) \
                        or norms[k] in _GROUP_ADJ or norms[k] in _NAME_NOUNS:
                    break  # «وحدات الحماية الكردية السورية»: a communal adjective first makes it a group's name
                if norms[k] in _WINDOW_STOPS:
                    break  # «الجيش في الرمادي العراقية»: a preposition ends the head's phrase
                if norms[k] in _OPPOSITION_NOUNS:
                    body = "armed_opposition" if body in _FORCE_BODIES else "opposition"
                    continue
                iso = nat.get(norms[k])
                if iso is not None and norms[k] in self._broken_indef and (
                        k != hm.last + 1 or norms[hm.first].startswith("ال")):
                    iso = None
                if iso is not None:
                    # (adjacent: an indefinite «مسؤول أميركي»; the definite forms are aliases, matched already)
                    bid = f"{iso}.{body}"
                    if bid in self.d.actors:
                        out.append(Match(hm.first, k, hm.start, tok.end, (("actor", bid),)))
                        last_end = k
                    break
        return out

    def _led_by(self, c: _Cand, tokens: list[Token], norms: list[str], cands: list[_Cand]) -> str | None:
        """The state a context-dependent group is said to be led by right after it («التحالف بقيادة واشنطن»,
        «التحالف الذي تقوده السعودية»): its country code, else None."""
        end = min(c.last + 5, len(tokens))
        k = next((k for k in range(c.last + 1, end) if norms[k] in _LED_BY), None)
        if k is None:
            return None
        for o in cands:
            if k < o.first <= k + 2 and not o.generic and o.entry and "," not in o.entry:
                e = self.d.actors.get(o.entry)
                if e is not None and e.country and e.kind in ("state", "state_body"):
                    return e.country
            if k < o.first <= k + 2 and not o.generic and o.entry:  # an alias shared by several: take the first
                e = self.d.actors.get(o.entry.split(",")[0])
                if e is not None and e.country and e.kind == "state":
                    return e.country
        return None

    def _country_context(self, cands: list[_Cand], norms: list[str]) -> str | None:
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for c in cands:
            e = self.d.actors.get(c.entry or "")
            if e is not None and e.country and e.kind in ("state", "state_body"):
                counts[e.country] += 1
                first.setdefault(e.country, c.first)
        nat = self.d.nationalities
        for w in set(norms).intersection(nat):  # (set operations: the per-token loop was ~6 % of the time)
            if len(w) > 3:
                iso = nat[w]
                counts[iso] += norms.count(w)
                first.setdefault(iso, norms.index(w))
        if not counts:
            return self.default_country
        return max(counts, key=lambda k: (counts[k], -first[k]))

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Document) -> Document:
        tokens = list(doc.tokens)
        if not tokens:
            return doc
        d = self.d
        norms, forms = norms_and_forms(tokens)
        starts = [t.start for t in tokens]
        ends = [t.end for t in tokens]
        day = _parse_date(doc.meta.date)
        split = self._tidy_ner(doc, tokens, norms, starts, ends)
        if split is not None:
            doc = doc.replace(mentions=split)

        matches = self.names.find(tokens, norms, forms)
        # a bare generic head does not stop the head + nationality window («وزير الخارجية المصرية»)
        taken = {k for m in matches if any(p[0] == "actor" for p in m.payloads) for k in range(m.first, m.last + 1)}
        window = self._window_matches(tokens, norms, taken, forms)
        if window:
            won = {k for m in window for k in range(m.first, m.last + 1)}
            matches = [m for m in matches if not won.intersection(range(m.first, m.last + 1))]
        matches = sorted(matches + window, key=lambda m: m.first)
        window_spans = {(m.first, m.last) for m in window}

        cands: list[_Cand] = []
        for mt in matches:
            actor_ids = [p[1] for p in mt.payloads if p[0] == "actor"]
            generic = next((p for p in mt.payloads if p[0] == "generic"), None)
            c = _Cand(mt.start, mt.end, mt.first, mt.last)
            if actor_ids:
                c.entry = ",".join(actor_ids)  # resolved below, once the context is known
            elif generic is not None:
                c.generic, c.entry, c.descriptor = True, generic[1], generic[2]
            cands.append(c)

        cands = sorted(cands + self._soldiers(tokens, norms, {k for m in matches for k in range(m.first, m.last + 1)}),
                       key=lambda c: c.first)
        country = self._country_context([c for c in cands if not c.generic and "," not in (c.entry or "")], norms)

        last_body: dict[str, str] = {}
        per_ends = {m.end for m in doc.mentions if m.type == "PER"}
        named_after: list[tuple[int, str, str]] = []  # (token, office body, person): «وزير الخارجية عادل الجبير»
        last_key: dict[str, str] = {}  # context key (context.tsv) -> last actor of it named in full
        resolved: list[_Cand] = []
        for c in cands:
            if c.generic:
                body = c.entry or ""
                if body in self.office_bodies and c.first > 0:
                    # «عادل الجبير، وزير الخارجية»: a bare title in apposition after a person is that person; after
                    # a person the dictionary lacks it links to no one else
                    k = c.first - 1
                    if tokens[k].kind == "other" and tokens[k].text in "،,":
                        k -= 1
                    while k >= 2 and norms[k - 1] in ("بن", "ابن") and not (resolved and resolved[-1].last == k):
                        k -= 2  # «محمد بن نايف بن عبدالعزيز ولي العهد»: the genealogy after the matched name
                    prv = resolved[-1] if resolved and resolved[-1].last == k else None
                    pe = d.actors.get(prv.entry or "") if prv is not None else None
                    if pe is not None and pe.kind == "person" and not self._is_office(pe):
                        c.entry, c.is_title = pe.id, True
                        named_after.append((c.first, body, pe.id))
                        resolved.append(c)
                        continue
                    if k >= 0 and ends[k] in per_ends:
                        continue
                led = self._led_by(c, tokens, norms, cands) if body.startswith("@") else None
                target = d.context_target(body, led, day) if led else None  # «التحالف بقيادة واشنطن»
                if target is None:
                    target = last_body.get(body) if not body.startswith("@") else last_key.get(body)
                    if target is not None and normalize_word(c.descriptor) in _REGIME \
                            and d.actors[target].country != country:
                        target = None  # «قوات النظام» is the article's regime's army, not the last army named
                if target is None and body in d.context:
                    target = d.context_target(body, country, day)
                if target is None and country and f"{country}.{body}" in d.actors:
                    target = f"{country}.{body}"
                if target is None and body in self.office_bodies:
                    hit = [pid for _k, b, pid in named_after if b == body]
                    if hit:  # «… عادل الجبير، وزير الخارجية … وقال وزير الخارجية»
                        c.entry, c.is_title = hit[-1], True
                        resolved.append(c)
                        continue
                if target is None:
                    continue
                c.entry = target
                te = d.actors.get(target)
                if te is not None and self._is_office(te):  # «وزير الخارجية», «المبعوث الأممي»: its holder
                    if c.first > 0 and norms[c.first - 1] in _PROXY_FORMS:
                        continue  # «ممثل الرئيس», «نائب وزير الخارجية»: someone else
                    holder = self._holder(te.id, day, c, norms)
                    c.role, c.is_title = te.id, True
                    if holder is not None:
                        c.entry = holder
            else:
                e = self._choose((c.entry or "").split(","), country)
                if (c.first, c.last) in window_spans and e.body and e.country and any(
                        row[0] == e.country for row in d.context.get(e.body, ())):
                    # «القوات الحكومية الليبية» in 2015 is what «الجيش» is in Libyan reports (context.tsv)
                    t = d.context_target(e.body, e.country, day)
                    if t is not None and t in d.actors and d.actors[t].country == e.country:
                        e = d.actors[t]
                c.entry = e.id
                if e.kind == "state" and "\u064b" in tokens[c.last].text:
                    continue  # «الممول تركياً»: an adverb made from the name, not the state
                if e.kind == "state" and self._surface_key(doc.text, c) in d.capitals:
                    prev = norms[c.first - 1] if c.first > 0 else ""
                    has_prep = c.start > tokens[c.first].start and norms[c.first][:1] in "ب"
                    if prev in _LOCATIVE or has_prep:
                        continue
                    c.capital = True
                if self._is_office(e):
                    if c.first > 0 and norms[c.first - 1] in _PROXY_FORMS:
                        continue  # «ممثل الرئيس الروسي»: the president's representative, not the president
                    holder = self._holder(e.id, day, c, norms)
                    c.role = e.id
                    if holder is not None:
                        c.entry = holder
                    c.is_title = True
                if e.body or e.id in self.body_of:
                    last_body[e.body or self.body_of[e.id]] = e.id
                for ckey in self.context_keys.get(e.id, ()):
                    last_key[ckey] = e.id
                if e.kind == "armed_group" and not e.id.startswith("gen.") and e.name_ar \
                        and normalize_word(e.name_ar.split()[0]) in _TANZIM_HEADS:
                    for ckey in self.any_armed_keys:
                        last_key[ckey] = e.id
            resolved.append(c)

        resolved = self._forces_of(resolved, tokens, norms)
        resolved = self._counterparts(resolved, tokens, norms, day, doc.text)

        # Titles directly before a person: role for the person, no mention for the title.
        by_first = {c.first: c for c in resolved}
        ner_by_start = {m.start: m for m in doc.mentions}
        kept: list[_Cand] = []
        for c in resolved:
            if c.is_title:
                nxt_i = c.last + 1
                if nxt_i < len(tokens) and tokens[nxt_i].kind == "other" and tokens[nxt_i].text in "«\"(":
                    nxt_i += 1
                while nxt_i < len(tokens) - 1 and norms[nxt_i] in _HONORIFICS and nxt_i not in by_first:
                    nxt_i += 1  # «وزير الخارجية الأستاذ عادل الجبير»
                nxt = by_first.get(nxt_i)
                ner_next = ner_by_start.get(starts[nxt_i]) if nxt_i < len(tokens) else None
                nxt_entry = d.actors.get(nxt.entry or "") if nxt is not None else None
                if nxt is not None and nxt_entry is not None and nxt_entry.kind == "person" and not self._is_office(
                        nxt_entry) and not nxt.is_title:  # («ولي ولي العهد وزير الدفاع»: two titles, both kept)
                    office = d.actors.get(c.role or "")
                    if not (c.generic and office is not None and office.country and nxt_entry.country
                            and office.country != nxt_entry.country):
                        nxt.role = nxt.role or c.role  # (a bare title guessed from context may be another state's)
                    if c.generic and office is not None and office.body:
                        named_after.append((c.first, office.body, nxt_entry.id))
                    continue
                if ner_next is not None and ner_next.type == "PER":
                    by_first.setdefault(nxt_i, _Cand(ner_next.start, ner_next.end, nxt_i, nxt_i, role=c.role))
                    by_first[nxt_i].role = by_first[nxt_i].role or c.role
                    continue
            kept.append(c)
        if named_after:  # a bare title means the person the article last named with it bare
            for c in kept:
                office = d.actors.get(c.role or "") if c.generic and c.is_title else None
                if office is not None:
                    hit = [pid for k, b, pid in named_after if k < c.first and b == office.body]
                    if hit:
                        c.entry = hit[-1]
        titles_for_ner = {c.start: c.role for c in by_first.values() if c.ner is None and c.entry is None}
        for c in kept:  # «طيران [التحالف الدولي]», «قوات [البيشمركة]»: the mention is the body alone; «الرئيس
            # السابق [علي عبدالله صالح]», «المخلوع [صالح]»: a person's mention leaves his titles out
            if c.generic and c.last > c.first and norms[c.first] in _STRIP_HEAD_FORMS:
                rest = self._node(norms[c.first + 1:c.last + 1])
                if rest is not None and any(p[0] == "generic" for p in rest.get(TERMINAL, ())) \
                        and " ".join(norms[c.first + 1:c.last + 1]) in _SHORT_BODY_NAMES:
                    c.first, c.start = c.first + 1, starts[c.first + 1]  # «قوات [التحالف]»: the short name
                    for n in (2, 1):  # «طائرات [التحالف الدولي]»: the trie took «طائرات التحالف», the name is longer
                        ids = self._lookup(norms[c.first:c.last + 1 + n]) if c.last + n < len(tokens) else []
                        if ids:
                            c.last += n
                            c.end, c.entry, c.generic = ends[c.last], self._choose(ids, country).id, False
                            break
                continue
            if c.last <= c.first or c.generic or c.is_title or not c.entry or "," in c.entry:
                continue
            heads = _STRIP_HEAD_FORMS | _GROUP_FORMS if d.actors[c.entry].kind != "person" else _TITLE_FORMS
            if d.actors[c.entry].kind != "person" and norms[c.last] in _TRAILING_LABELS:
                # «ميليشيات [الحوثي] الانقلابية»: a label after the name is the text's descriptor, not the name
                name_end = _before_labels(norms, c.first, c.last)
                k2 = c.first
                while k2 < name_end and norms[k2] in heads:
                    k2 += 1
                if c.entry in self._lookup(norms[k2:name_end + 1]) or c.entry in self._lookup(
                        norms[c.first:name_end + 1]):
                    c.last, c.end = name_end, ends[name_end]
            k = c.first
            while k < c.last and norms[k] in heads:
                k += 1
            # (a person keeps his link with any name left after his titles, «الرئيس [هادي]»; a body only when the
            # rest is one of its names)
            while k > c.first and c.entry not in self._lookup(norms[k:c.last + 1]) and c.entry not in d.gated.get(
                    ("ORG", " ".join(norms[k:c.last + 1])), ()) and not (
                    d.actors[c.entry].kind == "person" and norms[k] not in _FUNCTION_WORDS
                    and tokens[k].kind == "arabic" and norms[k] not in self.d.nationalities):
                k -= 1
            if k > c.first:
                c.first, c.start = k, starts[k]

        # Merge with NER mentions: longest first, dictionary wins ties, no overlaps.
        ner = [m for m in doc.mentions if not self._coordination(m, kept, tokens, norms)]
        pool: list[tuple[int, int, int, object]] = []
        for c in kept:
            pool.append((-(c.end - c.start), 0, c.start, c))
        for m in ner:
            pool.append((-(m.end - m.start), 1, m.start, m))
        pool.sort(key=lambda x: (x[0], x[1], x[2]))
        occ_starts: list[int] = []  # sorted, non-overlapping taken spans
        occ_ends: list[int] = []

        def free(s: int, e: int) -> bool:
            k = bisect_right(occ_starts, s)
            if k > 0 and occ_ends[k - 1] > s:
                return False
            return not (k < len(occ_starts) and occ_starts[k] < e)

        def occupy(s: int, e: int) -> None:
            k = bisect_right(occ_starts, s)
            occ_starts.insert(k, s)
            occ_ends.insert(k, e)

        accepted_c: list[_Cand] = []
        accepted_ner: list[Mention] = []
        equal: dict[tuple[int, int], _Cand] = {}
        for _len, is_ner, _s, obj in pool:
            if isinstance(obj, _Cand):
                if free(obj.start, obj.end):
                    occupy(obj.start, obj.end)
                    accepted_c.append(obj)
                    equal[(obj.start, obj.end)] = obj
            else:
                assert isinstance(obj, Mention)
                if (obj.start, obj.end) in equal:
                    equal[(obj.start, obj.end)].ner = obj
                elif free(obj.start, obj.end):
                    occupy(obj.start, obj.end)
                    accepted_ner.append(obj)
        lex_by_start: dict[int, _Cand] = {}
        accepted_ids = {id(c) for c in accepted_c}
        for c in kept:
            if id(c) not in accepted_ids:
                lex_by_start.setdefault(c.start, c)

        # Build the final mentions and group them into actors.
        used_ids = {m.id for m in ner}
        counter = [0]

        def new_id() -> str:
            while True:
                counter[0] += 1
                mid = f"m{counter[0]}"
                if mid not in used_ids:
                    used_ids.add(mid)
                    return mid

        dvar = self._desc_tokens  # only tokens that can open a descriptor are walked
        desc_cands = self.descriptors.candidates(
            tokens, norms, [f if w in dvar else None for f, w in zip(forms, norms, strict=True)])
        desc_index = [(dm, frozenset(p[1] for p in dm.payloads)) for dm in desc_cands]  # (positions once each)
        groups: dict[str, dict[str, object]] = {}
        out_mentions: list[Mention] = []

        def tok_range(s: int, e: int) -> tuple[int, int]:
            return max(bisect_right(starts, s) - 1, 0), min(bisect_left(ends, e), len(tokens) - 1)

        items: list[tuple[Mention, str | None, _Cand | None, int, int]] = []
        for c in accepted_c:
            ce = d.actors.get(c.entry or "")
            if ce is not None and ce.kind == "state" and c.first == c.last and is_country_adjective(tokens, c.first):
                continue  # «مصادر سورية»: the adjective, not the country
            if c.ner is not None and c.ner.source == OUTLET_SOURCE:
                paper = self._fallback(c.ner, country, set())
                if paper is not None and d.actors[paper].kind == "media":
                    items.append((c.ner, paper, None, c.first, c.last))  # «قال لـ"الرياض"»: the paper
                    continue
            if c.ner is not None:
                m = c.ner
                if m.type == "LOC" and ce is not None and ce.kind not in ("state", "person") \
                        and c.start <= m.start and c.end >= m.end and not self._is_settlement(m.text):
                    m = replace(m, type="ORG")  # «داعش» NER took for a place: the whole name is an organisation
                if c.last > c.first and (c.start, c.end) == (m.start, m.end) \
                        and norms[c.first] in _PERSON_FORCES_FORMS and self._describes(c, norms):
                    man = self._inner_person(c, tokens, doc.text)  # NER's «[قوات صالح]»: the man is tagged
                    if man is not None:
                        m = replace(m, source=GENERIC_SOURCE)
                        items.append(man)
            else:
                mtype = "PER" if ce is not None and ce.kind == "person" else (
                    "LOC" if ce is not None and ce.kind == "state" else "ORG")
                surface = doc.text[c.start:c.end]
                is_generic = ((c.generic or c.is_title) and not _names_one_body(surface)) or (
                    ce is not None and ce.id.startswith(("gen.", "comm."))) or (
                    norms[c.first] in _DESCRIPTION_HEADS or normalize_word(surface.split()[0]) in _DESCRIPTION_HEADS
                ) or self._describes(c, norms)
                m = Mention("", c.start, c.end, surface, mtype, source=GENERIC_SOURCE if is_generic else LEXICON_SOURCE)
                if is_generic and c.last > c.first:
                    man = self._inner_person(c, tokens, doc.text)
                    if man is not None:
                        items.append(man)
            items.append((m, c.entry, c, c.first, c.last))
        # family names of the article's full PER names: a bare surname is theirs before any dictionary person's
        local_surnames = {self._surname_key(m.text) for m in accepted_ner if m.type == "PER" and " " in m.text.strip()}
        kept_by_start = sorted(kept, key=lambda c: c.start)
        kept_starts = [c.start for c in kept_by_start]
        for m in accepted_ner:
            first, last = tok_range(m.start, m.end)
            if m.source == OUTLET_SOURCE:
                paper = self._fallback(m, country, set())
                if paper is not None and d.actors[paper].kind == "media":
                    items.append((m, paper, None, first, last))
                    continue
            inner = lex_by_start.get(m.start)
            if inner is None or inner.end > m.end or not inner.entry:
                inner = self._wrapped(m, first, last, kept_by_start, norms, tokens, kept_starts)
            if inner is not None and inner.end <= m.end and inner.entry:
                items.append((m, inner.entry, inner, first, last))
            elif m.type == "PER" and norms[first] in _IDIOMS:
                items.append((m, None, None, first, last))  # «لصالح» («in favour of»): no one
            elif m.type == "PER" and self._place_name(m, first, tokens, norms) or (
                    m.type in ("PER", "ORG") and self._site(m, first, tokens, norms)):
                items.append((replace(m, type="LOC"), None, None, first, last))
            else:
                prev_norm = norms[first - 1] if first > 0 and tokens[first].start >= m.start else ""
                items.append((m, self._fallback(m, country, local_surnames, prev_norm)
                              if m.type in ("PER", "ORG") else None, None, first, last))
        for k, (m, entry, cand, first, last) in enumerate(items):
            if entry and m.source == "ner" and m.type == "ORG" and last == first + 1 \
                    and norms[first] in _PEOPLE_NOUN_FORMS and norms[last].endswith(_NISBA_ENDINGS) \
                    and d.actors[entry].kind == "armed_group":
                # «المسلحون الحوثيون», «الميليشيات الحوثية»: people described by a movement's adjective
                items[k] = (replace(m, source=GENERIC_SOURCE), entry, cand, first, last)
            elif entry and m.source == "ner" and m.type == "ORG" and norms[first] in _DESCRIPTION_HEADS:
                # «أبناء العشائر», «متطوعي عشائر الأنبار» tagged by NER: a description of the body it links to
                items[k] = (replace(m, source=GENERIC_SOURCE), entry, cand, first, last)
            elif entry and m.source == "ner" and m.type != "LOC" and entry.startswith(("gen.", "comm.")) and not (
                    alias_key(m.text)[:1] and alias_key(m.text)[0] in _SITE_BEFORE) \
                    and not self._site(m, first, tokens, norms):
                # «مسلحين», «الأكراد» tagged by NER: a description actor's mention is a description, not a name
                # (a landform named after a community, «جبل التركمان», stays a name)
                items[k] = (replace(m, source=GENERIC_SOURCE), entry, cand, first, last)
        items.sort(key=lambda x: x[0].start)
        items += self._surnames(items, tokens, forms, doc.text, norms)
        items += self._demonyms(items, tokens, forms, norms, doc.text, country)
        items += self._people(items, tokens, forms, norms, doc.text)
        items.sort(key=lambda x: x[0].start)
        coref_items, coref = self._short_names(items, tokens, forms, doc.text)
        if coref_items:
            items = sorted(items + coref_items, key=lambda x: x[0].start)

        new_surnames: dict[str, str] = {}
        key_by_span: dict[tuple[int, int], str] = {}
        aid_of: dict[str, str] = {}  # group key -> actor id (a1, a2 … in order of first mention, as built below)
        for m, entry_id, cand, first, last in items:
            mid = m.id or new_id()
            key: str | None = None
            ante = coref.get((m.start, m.end))
            if ante is not None and ante in key_by_span:  # a short name or acronym of an earlier new actor
                key = key_by_span[ante]
                info = groups[key]
            elif entry_id is not None:
                key = "dict:" + entry_id
                info = groups.setdefault(key, {"entry": entry_id, "mentions": [], "role": None})
                role_office = cand.role if cand is not None else None
                if role_office is None and self.d.actors[entry_id].kind == "person":
                    role_office = self.d.role_of(entry_id, day)
                if role_office and not info["role"]:
                    info["role"] = role_office
            elif m.type == "PER" and self._surname_key(m.text) in new_surnames:
                key = new_surnames[self._surname_key(m.text)]
                info = groups[key]
            elif m.type == "PER" and " " not in m.text.strip() and " ".join(alias_key(m.text)) in d.nationalities:
                pass  # a demonym tagged as a person («سعودي»): no actor
            elif m.type in ("PER", "ORG") and (" ".join(alias_key(m.text)) in _FUNCTION_WORDS or (
                    m.type == "PER" and norms[first] in _IDIOMS)):
                pass  # a preposition or pronoun NER took for a name («القبض على»): no actor
            elif m.type == "ORG" and first > 0 and norms[first - 1] in _GATED_NOT_AFTER and (
                    gated := d.gated.get(("ORG", " ".join(alias_key(m.text))))):
                if all(d.actors[g].kind == "media" for g in gated):
                    m = replace(m, type="LOC")  # «لشؤون الشرق الأوسط»: the region a paper is named after
            elif m.type == "ORG" and not (first > 0 and norms[first - 1] in _CLUB_BEFORE) \
                    and self._not_an_org(m.text):
                if self._is_settlement(m.text):
                    m = replace(m, type="LOC")  # a town NER took for an organisation: the geocoder places it
            elif m.type in ("PER", "ORG"):
                key, info = self._new_actor(m, first, last, tokens, norms, titles_for_ner.get(m.start), groups)
            if key is not None and key.startswith("new:person:") and last > first:
                new_surnames.setdefault(self._surname_key(m.text), key)
            # one replace per mention: its id, actor and descriptors together
            changes: dict[str, object] = {} if mid == m.id else {"id": mid}
            if key is not None:
                key_by_span[(m.start, m.end)] = key
                aid = aid_of.setdefault(key, f"a{len(aid_of) + 1}")
                if m.actor != aid:
                    changes["actor"] = aid
                descs = self._descriptors(tokens, desc_index, first, last, m, cand)
                if descs:
                    changes["descriptors"] = descs
            elif m.actor is not None:
                changes["actor"] = None
            if changes:  # (built directly: dataclasses.replace costs ~5 % of the linker's time)
                m = Mention(str(changes.get("id", m.id)), m.start, m.end, m.text, m.type,
                            changes.get("actor", m.actor),  # type: ignore[arg-type]
                            m.place, changes.get("descriptors", m.descriptors),  # type: ignore[arg-type]
                            m.source, m.score)
            if key is not None:
                cast("list[Mention]", groups[key]["mentions"]).append(m)
            out_mentions.append(m)

        actors: list[Actor] = []
        for key, info in groups.items():
            aid = aid_of[key]
            ms: list[Mention] = info["mentions"]  # type: ignore[assignment]
            aliases = tuple(dict.fromkeys(m.text for m in ms))
            role_id = info.get("role")
            role = self.d.actors[role_id].name if isinstance(role_id, str) and role_id in self.d.actors else None
            if "entry" in info:
                e = self.d.actors[str(info["entry"])]
                actors.append(Actor(aid, e.name, e.name_ar or None, e.kind, e.country, e.sector, e.wikidata, aliases,
                                    tuple(m.id for m in ms), e.id, role))
            else:
                actors.append(Actor(aid, str(info["name"]), str(info.get("name_ar") or info["name"]),
                                    str(info["kind"]), info.get("country"), info.get("sector"), None, aliases,  # type: ignore[arg-type]
                                    tuple(m.id for m in ms), None, role))
        final = tuple(sorted(out_mentions, key=lambda m: (m.start, m.end)))
        return doc.replace(mentions=final, actors=tuple(actors))

    # ------------------------------------------------------------------ parts
    def _forces_of(self, resolved: list[_Cand], tokens: list[Token], norms: list[str]) -> list[_Cand]:
        """«قوات الرئيس السابق علي عبدالله صالح», «القوات الموالية لحفتر», «قوات اللواء خليفة حفتر»: forces named by
        a dictionary person, titles between, are the actor the dictionary names «قوات <surname>» (or «ميليشيات …»,
        «القوات الموالية ل…»): one mention over the whole phrase. Persons without such an actor are left alone."""
        out: list[_Cand] = []
        drop: set[int] = set()
        at_last = {c.last: k for k, c in enumerate(resolved)}
        for idx, c in enumerate(resolved):
            e = self.d.actors.get(c.entry or "")
            if e is None or e.kind != "person" or self._is_office(e) or c.is_title or c.first == 0:
                continue
            k = c.first - 1
            lead = c.start > tokens[c.first].start and norms[c.first][:1] == "ل"  # «لحفتر»: the ل is the head's
            while k >= 0 and not lead and tokens[k].kind == "arabic":
                w = norms[k]
                inner = at_last.get(k)
                if inner is not None and resolved[inner].is_title:
                    t = resolved[inner]
                    lead = t.start > tokens[t.first].start and norms[t.first][:1] == "ل"  # «للرئيس اليمني»
                    k = t.first - 1
                    continue
                if w in _HONORIFICS or w in self.d.nationalities:
                    k -= 1
                    continue
                if w[:1] == "ل" and (w[1:] in _HONORIFICS or ("ا" + w[1:]) in _HONORIFICS):
                    lead = True  # «للرئيس»: the first title word carries the ل of «الموالية ل»
                    k -= 1
                break
            if k < 0:
                continue
            head = norms[k]
            loyal = k >= 1 and norms[k - 1] == "القوات" and head in ("المواليه", "التابعه")
            if lead and not loyal or not lead and not any(f in _FORCES_HEADS for f, _o in token_forms(tokens[k].text)):
                continue
            first = k - 1 if loyal else k
            name = tokens[c.first].text[c.start - tokens[c.first].start:] + " " + " ".join(
                t.text for t in tokens[c.first + 1:c.last + 1])
            target = self._forces_actor(self._surname_key(name))
            if target is None:
                continue
            drop.update(j for j in range(len(resolved)) if j != idx and first <= resolved[j].first
                        and resolved[j].last <= c.last)
            # the span starts after a clitic on the head («وقوات» → «قوات»)
            start = tokens[first].start + next((off for f, off in token_forms(tokens[first].text)
                                                if f in _FORCES_HEADS or f == "القوات"), 0)
            resolved[idx] = _Cand(start, c.end, first, c.last, entry=target)
        for j, c in enumerate(resolved):
            if j not in drop:
                out.append(c)
        return out

    def _counterparts(self, resolved: list[_Cand], tokens: list[Token], norms: list[str],
                      day: _dt.date | None, text: str) -> list[_Cand]:
        """«التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي»: «نظيره» + a nationality is the same office of that
        state as the last office named (its holder on the article's date)."""
        if "نظير" not in text:
            return resolved
        nat = self.d.nationalities
        offices = [(c.first, self.d.actors[c.role].body) for c in resolved
                   if c.role and c.role in self.d.actors and self.d.actors[c.role].body]
        added: list[_Cand] = []
        taken = {k for c in resolved for k in range(c.first, c.last + 1)}
        for i in range(len(tokens) - 1):
            w = norms[i]
            if w.lstrip("وبل") not in ("نظيره", "نظيرها") or i in taken or i + 1 in taken:
                continue
            iso = nat.get(norms[i + 1])
            body = next((b for k, b in reversed(offices) if k < i), None)
            oid = f"{iso}.{body}" if iso and body else ""
            if oid not in self.d.actors:
                continue
            off = next((o for f, o in token_forms(tokens[i].text) if f in ("نظيره", "نظيرها")), 0)
            holder = self.d.holder(oid, day) if day else None
            added.append(_Cand(tokens[i].start + off, tokens[i + 1].end, i, i + 1, entry=holder or oid, role=oid,
                               is_title=True))
        return sorted(resolved + added, key=lambda c: c.first) if added else resolved

    @staticmethod
    def _coordination(m: Mention, kept: list[_Cand], tokens: list[Token], norms: list[str]) -> bool:
        """An NER mention that joins two dictionary actors with «و» («جبهة النصرة وحركة أحرار الشام», «الأكراد
        وداعش»): not one name; the dictionary's mentions stand instead of it."""
        if m.type not in ("ORG", "PER") or " و" not in m.text:
            return False
        inside = [c for c in kept if m.start <= c.start and c.end <= m.end and c.entry]
        if len(inside) < 2 or any(c.start == m.start and c.end == m.end for c in inside):
            return False
        return any(c.start > tokens[c.first].start and norms[c.first][:1] == "و" for c in inside[1:])

    def _forces_actor(self, surname: str) -> str | None:
        words = surname.split()
        if not words:
            return None
        for pattern in (["قوات"], ["ميليشيات"], ["القوات", "المواليه", "ل" + words[0]]):
            ids = self._lookup(pattern + (words if len(pattern) == 1 else words[1:]))
            if ids:
                e = self.d.actors[ids[0]]
                if e.kind in ("armed_group", "state_body"):
                    return e.id
        return None

    def _wrapped(self, m: Mention, first: int, last: int, kept: list[_Cand], norms: list[str],
                 tokens: list[Token], starts: list[int]) -> _Cand | None:
        """A dictionary match inside a longer NER mention that only wraps it: «تنظيم داعش», «ميليشيات حزب الله»
        (a group word before the name), «الشيخ نجم الدين» (an honorific), or a person inside a PER mention that
        adds a title («وزير الخارجية السوري وليد المعلم»). The NER span stays; its actor is the match's."""
        kept = kept[bisect_left(starts, m.start):bisect_right(starts, m.end)]  # ``kept`` sorted by start, ``starts``
        # its starts: only the candidates inside the mention
        inner = [c for c in kept if c.entry and m.start <= c.start and c.end <= m.end and not c.capital]
        if not inner:
            return None
        persons = [c for c in inner if self.d.actors[c.entry or ""].kind == "person" and not c.is_title]
        if m.type == "PER" and persons:
            best = max(persons, key=lambda c: c.end - c.start)
            # what comes before the person inside the mention must be a title, not more name: «يحيى محمد
            # عبدالله صالح» (a nephew) is not «عبدالله صالح»
            titled = {k for c in inner if c.is_title for k in range(c.first, c.last + 1)}
            given = alias_key(self.d.actors[best.entry or ""].name_ar or "")[:1]
            for k in range(first, best.first):
                w = norms[k]
                if tokens[k].kind == "other" or k in titled or w in _HONORIFICS or w in _WRAPPERS \
                        or w in self.d.nationalities:
                    continue
                if [w] == given and k == best.first - 1:
                    continue  # «أحمد بن دغر»: the person's own given name before his family name «بن دغر»
                return None
            return best
        c = max(inner, key=lambda c: c.end - c.start)
        for k in range(first, last + 1):
            if c.first <= k <= c.last or tokens[k].kind == "other":
                continue
            w = norms[k]
            if w not in _WRAPPERS and w not in _TIME_WORDS and not (w[:1] in "وفبل" and w[1:] in _WRAPPERS):
                return None
        return c

    @staticmethod
    def _surname_key(text: str) -> str:
        """The family-name part of a person's name: the last word, or «بن علوي» / «أبو X» / «آل X» pairs."""
        words = alias_key(text)
        if len(words) >= 2 and words[-2] in ("بن", "ابن", "ابو", "ال", "ولد"):
            return " ".join(words[-2:])
        return words[-1] if words else ""

    def _surnames(self, items: list[tuple[Mention, str | None, _Cand | None, int, int]], tokens: list[Token],
                  forms: list[tuple[tuple[str, int], ...] | None], text: str, norms: list[str]
                  ) -> list[tuple[Mention, str | None, _Cand | None, int, int]]:
        """Later references to a dictionary person by family name alone («المعلم» after «وليد المعلم»,
        «كارتر» after «آشتون كارتر»): tokens no mention covers, and unlinked PER mentions, get that person."""
        out: list[tuple[Mention, str | None, _Cand | None, int, int]] = []
        known: dict[str, tuple[str, int]] = {}  # surname -> (person id, token index where it becomes usable)
        covered = [False] * len(tokens)
        for m, entry_id, c, first, last in items:
            for i in range(max(first, 0), min(last, len(tokens) - 1) + 1):
                covered[i] = True
            e = self.d.actors.get(entry_id or "")
            if e is None or e.kind != "person" or last <= first or self._is_office(e) or (c is not None and c.is_title):
                continue  # a title («الرئيس الإيراني») resolved to its holder gives no surname
            key = self._surname_key(m.text)
            if len(key) >= 4 and key not in _NOT_SURNAMES and key not in self.d.nationalities:
                known.setdefault(key, (e.id, last + 1))
        if not known:
            return out
        for k, (m, entry_id, c, first, last) in enumerate(items):
            if entry_id is None and m.type == "PER":
                hit = known.get(" ".join(alias_key(m.text)))
                if hit is None and first == last and 0 <= first < len(tokens) and tokens[first].start < m.start:
                    # NER took the name's first letter for a clitic («"فالون"» → «الون»): the whole token is it
                    hit = known.get(" ".join(alias_key(tokens[first].text)))
                    if hit is not None and hit[1] <= first:
                        t0 = tokens[first]
                        m = replace(m, start=t0.start, end=t0.end, text=text[t0.start:t0.end])
                if hit is not None and hit[1] <= first:
                    items[k] = (m, hit[0], None, first, last)
        firsts = {k.split(" ", 1)[0] for k in known if " " in k}  # first words of two-word surnames («بن علوي»)
        n_tok = len(tokens)
        kvar = _with_proclitics({k for k in known if " " not in k} | firsts)
        for i in [i for i, w in enumerate(norms) if w in kvar]:  # only tokens that can be a known surname
            fs = forms[i]
            if fs is None or covered[i] or tokens[i].kind != "arabic":
                continue
            two = None
            if firsts and i + 1 < n_tok and not covered[i + 1] and tokens[i + 1].kind == "arabic" \
                    and any(f in firsts for f, _ in fs):
                nxt = normalize_word(tokens[i + 1].text)
                two = [(f + " " + nxt, off) for f, off in fs]
            elif not any(f in known for f, _ in fs):
                continue
            for cand_forms, last_i in ((two or [], i + 1), (fs, i)):
                found = next(((known[f], off) for f, off in cand_forms if f in known), None)
                if found is not None and found[0][1] <= i:
                    start = tokens[i].start + found[1]
                    end = tokens[last_i].end
                    mm = Mention("", start, end, text[start:end], "PER", source=LEXICON_SOURCE)
                    out.append((mm, found[0][0], None, i, last_i))
                    for j in range(i, last_i + 1):
                        covered[j] = True
                    break
        return out

    def _short_names(self, items: list[tuple[Mention, str | None, _Cand | None, int, int]], tokens: list[Token],
                     forms: list[tuple[tuple[str, int], ...] | None], text: str
                     ) -> tuple[list[tuple[Mention, str | None, _Cand | None, int, int]],
                                dict[tuple[int, int], tuple[int, int]]]:
        """Coreference inside the article for organisations:

        - a generic word used as the short name of a body the article has named: «الحزب» after «الحزب الإسلامي
          التركستاني» or «حزب الله», «الحركة» after «حركة أحرار الشام», «الجبهة» after «جبهة النصرة» (the last
          organisation named with that head word); a new mention, source lexicon;
        - an unlinked ORG mention in brackets or quotes right after an organisation the dictionary lacks is its
          acronym («حركة المجاهدين (حمد)»), and later mentions of the acronym are the same actor.

        Returns the new mentions and, for mentions of a new actor, the span of the mention they refer to."""
        out: list[tuple[Mention, str | None, _Cand | None, int, int]] = []
        coref: dict[tuple[int, int], tuple[int, int]] = {}
        covered = bytearray(len(tokens))
        for _m, _e, _c, first, last in items:
            covered[max(first, 0):last + 1] = b"\x01" * (last + 1 - max(first, 0))
        # heads named so far: head word -> (entry id or None, antecedent span), with the token where it is usable
        by_head: list[tuple[int, str, str | None, tuple[int, int]]] = []
        acronyms: dict[str, tuple[int, int]] = {}
        prev: tuple[Mention, str | None] | None = None
        for m, entry_id, _c, first, last in items:
            if m.type == "ORG" and m.source != GENERIC_SOURCE:
                words = alias_key(m.text)
                head = words[0].removeprefix("ال") if words else ""
                if head in _SHORT_HEADS and len(words) > 1:
                    by_head.append((last + 1, head, entry_id, (m.start, m.end)))
                if entry_id is None:
                    key = " ".join(words)
                    if prev is not None and prev[1] is None and key and len(words) <= 2:
                        gap = text[prev[0].end:m.start]
                        if gap.strip() in ("(", "«", '"', "-", "–", "(«", "(\"") and len(prev[0].text) > len(m.text):
                            acronyms.setdefault(key, (prev[0].start, prev[0].end))
                    if key in acronyms and (m.start, m.end) != acronyms[key]:
                        coref[(m.start, m.end)] = acronyms[key]
            prev = (m, entry_id) if m.type == "ORG" else None
        if not by_head:
            return out, coref
        k = 0
        known: dict[str, tuple[str | None, tuple[int, int]]] = {}
        for i, fs in enumerate(forms):
            while k < len(by_head) and by_head[k][0] <= i:
                known[by_head[k][1]] = (by_head[k][2], by_head[k][3])
                k += 1
            if fs is None or covered[i] or not known or tokens[i].kind != "arabic":
                continue
            if not any(f[2:] in known and f.startswith("ال") for f, _ in fs):
                continue
            if i + 1 < len(tokens) and tokens[i + 1].kind == "arabic" and normalize_word(tokens[i + 1].text) in \
                    self.d.nationalities:
                continue  # «الحزب الديمقراطي …»: another body named in full, not a short name
            for f, off in fs:
                if f.startswith("ال") and f[2:] in known:
                    entry_id, span = known[f[2:]]
                    start = tokens[i].start + off
                    mm = Mention("", start, tokens[i].end, text[start:tokens[i].end], "ORG", source=LEXICON_SOURCE)
                    out.append((mm, entry_id, None, i, i))
                    if entry_id is None:
                        coref[(mm.start, mm.end)] = span
                    break
        return out, coref

    def _demonyms(self, items: list[tuple[Mention, str | None, _Cand | None, int, int]], tokens: list[Token],
                  forms: list[tuple[tuple[str, int], ...] | None], norms: list[str], text: str,
                  country: str | None) -> list[tuple[Mention, str | None, _Cand | None, int, int]]:
        """A definite plural demonym used as a noun («جُنّد من قبل الأميركيين», «بحث مع نظرائه الأتراك») names
        a foreign state; for the war-torn states («تدريب السوريين», «يموت الليبيون»)
        it names the people (``ISO3.civilians``). A description mention (source lexicon.generic). After a definite
        noun it is an adjective («الموظفين الإيطاليين») and names nothing."""
        if self._plural_tokens.isdisjoint(norms):
            return []
        nat = self.d.nationalities
        plurals = self._plural_demonyms
        covered = bytearray(len(tokens))
        for _m, _e, _c, first, last in items:
            covered[max(first, 0):last + 1] = b"\x01" * (last + 1 - max(first, 0))
        out: list[tuple[Mention, str | None, _Cand | None, int, int]] = []
        for i, fs in enumerate(forms):
            if fs is None or covered[i] or tokens[i].kind != "arabic":
                continue
            for f, off in fs:
                if f not in plurals:
                    continue
                prev = norms[i - 1] if i > 0 else ""
                if prev.startswith("ال"):
                    break  # an adjective after a definite noun
                start = tokens[i].start + off
                mm = Mention("", start, tokens[i].end, text[start:tokens[i].end], "ORG", source=GENERIC_SOURCE)
                iso = nat[f]
                people = f"{iso}.civilians"
                before = norms[i - 2] if i > 1 else ""
                # «اثنان من البحرينيين»: «من» after a number or quantifier; «سنستمع من الروس» is the state
                as_people = iso in _PEOPLE_STATES or (prev in _PEOPLE_PREV and prev != "من") or (
                    prev == "من" and (before in _PEOPLE_PREV or before in _NUMBER_WORDS or before.isdigit()))
                target = people if as_people and people in self.d.actors else iso
                out.append((mm, target, None, i, i))
                break
        return out

    @staticmethod
    def _soldiers(tokens: list[Token], norms: list[str], taken: set[int]) -> list[_Cand]:
        """Counted or struck soldiers with no body named after them («قتلت المعارضة 3 جنود», «مقتل جنديين»): a
        bare generic head of the army, resolved like «الجيش» (the last army named in full, else the article's
        country's). Soldiers are their army, never civilians. Soldiers followed by a word naming whose they are
        («جنود الاحتلال», «جنود سعوديين» — the head + nationality window) are left to the other rules."""
        out: list[_Cand] = []
        for i in [k for k, n in enumerate(norms) if n in _SOLDIER_FORMS]:
            t = tokens[i]
            if i in taken or t.kind != "arabic":
                continue
            k = i - 1
            counted = k >= 0 and (tokens[k].kind == "number" or norms[k].removeprefix("و") in _PEOPLE_COUNTS or
                                  norms[k] in _STRUCK_FORMS)
            if not counted and norms[i].removeprefix("و") not in _SOLDIER_DUALS:
                continue
            nxt = i + 1
            if nxt < len(tokens) and (nxt in taken or tokens[nxt].kind == "arabic" and (
                    norms[nxt].startswith("ال") or len(norms[nxt]) >= 4 and norms[nxt].endswith(("يين", "يون", "ي")))
                    and norms[nxt] not in _NOT_A_GENITIVE and norms[nxt] not in _FUNCTION_WORDS):
                continue  # «3 جنود الاحتلال», «جنديين أتراك», «جنود عراقيين»: someone's soldiers
            if nxt < len(tokens) and norms[nxt] == "من":
                continue  # «خمسة جنود من قوات …»: the body named after «من» is for the coder
            off = len(t.text) - len(t.text.lstrip("و")) if norms[i].startswith("و") and \
                norms[i].removeprefix("و") in _SOLDIER_NOUNS | _SOLDIER_DUALS else 0
            c = _Cand(t.start + off, t.end, i, i)
            c.generic, c.entry, c.descriptor = True, "military", "-"
            out.append(c)
        return out

    def _people(self, items: list[tuple[Mention, str | None, _Cand | None, int, int]], tokens: list[Token],
                forms: list[tuple[tuple[str, int], ...] | None], norms: list[str],
                text: str) -> list[tuple[Mention, str | None, _Cand | None, int, int]]:
        """People nouns that describe civilians: plurals of plain people («أطفال ونساء», «عشرات الأشخاص»), and
        nouns that are civilians only when counted or struck («قتل خمسة أشخاص», «اعتقل 15 خياطا موصليا», «عدد من
        الطلاب», «مقتل شخص وإصابة ستة آخرين», «اختطاف مواطن»). Each is a description mention (source
        lexicon.generic) of ``gen.civilians``; a token already in a mention is left alone, and so are members of a body
        («سبعة أشخاص من عناصره»)."""
        if "gen.civilians" not in self.d.actors:
            return []
        covered = bytearray(len(tokens))
        for _m, _e, _c, first, last in items:
            covered[max(first, 0):last + 1] = b"\x01" * (last + 1 - max(first, 0))
        out: list[tuple[Mention, str | None, _Cand | None, int, int]] = []

        def counted(k: int) -> bool:
            """Token k is a number or quantifier («خمسة», «15», «عشرات»; «عدد من», «اثنان من»)."""
            if k < 0:
                return False
            if tokens[k].kind == "number":
                return True
            if norms[k] == "من" and k > 0:
                k -= 1
                if tokens[k].kind == "number":
                    return True
            return norms[k].removeprefix("و") in _PEOPLE_COUNTS or norms[k] in _PEOPLE_COUNTS

        for i, fs in enumerate(forms):
            if fs is None or covered[i] or tokens[i].kind != "arabic":
                continue
            dwelling = norms[i] in _DWELLINGS
            if not dwelling and norms[i] not in _PEOPLE_TOKENS:
                continue  # (most tokens: one set look-up)
            k = i - 1  # back over the verb's subject («قصفت [طائرات التحالف العربي] منازل»)
            while dwelling and k > 0 and i - k <= 5 and (covered[k] or norms[k] in _STRIP_HEAD_FORMS):
                k -= 1
            nx = norms[i + 1] if i + 1 < len(tokens) and tokens[i + 1].kind == "arabic" else ""
            if dwelling and k >= 0 and norms[k] in _STRIKE_FORMS and (not nx or nx in _WINDOW_STOPS or nx[:1] in "بو" or (
                        not nx.startswith("ال") and len(nx) >= 4 and nx.endswith(("يا", "يه", "ي", "ا")))) and not (
                    i + 1 < len(tokens) and covered[i + 1]):
                # «قصفت الطائرات منازل في القرية», «استهدف مسجدا», «مستشفى ميدانيا»: the people of a struck
                # dwelling; one a genitive owns or names («مساكن ضباط قوات الأسد», «مسجد الحي», «منازل المواطنين»,
                # «مستشفى الشفاء») is left to that
                mm = Mention("", tokens[i].start, tokens[i].end, tokens[i].text, "ORG", source=GENERIC_SOURCE)
                out.append((mm, "gen.civilians", None, i, i))
                continue
            for f, off in fs:
                plural = f in _PEOPLE_PLURALS
                if not plural and f not in _PEOPLE_COUNTED:
                    continue
                if not plural and not (counted(i - 1) or (i > 0 and norms[i - 1] in _STRUCK_FORMS)):
                    continue
                if i + 2 < len(tokens) and norms[i + 1] == "من" and (
                        norms[i + 2] in _MEMBERS_AFTER_MIN or not plural and norms[i + 2] not in _CIVILIAN_AFTER_MIN):
                    break  # «أعدم 19 شخصا من مرتزقته», «خمسة أشخاص من عناصر الأمن»: members of a body
                if any(n in _SUSPECTED for n in norms[i + 1:i + 9]) or (i > 0 and norms[i - 1] in _SURA):
                    break  # «أوقفت الشرطة 251 شخصا لانتمائهم إلى جماعات إرهابية»: suspects; «سورة النساء»
                start = tokens[i].start + off
                mm = Mention("", start, tokens[i].end, text[start:tokens[i].end], "ORG", source=GENERIC_SOURCE)
                out.append((mm, "gen.civilians", None, i, i))
                break
        # «اعتقل 15 خياطا … «أعدم التنظيم فورا أربعة منهم»», «قتل 13 جنديا، ثلاثة منهم في مكمن»: a count of «منهم»
        # is part of the last counted group of people named before it (civilians or soldiers).
        counted_groups = sorted(
            [(first, entry) for m, entry, c, first, _last in items + out if entry and first > 0 and counted(first - 1)
             and (entry == "gen.civilians" or (c is not None and c.generic and norms[first].removeprefix("و")
                                                in _SOLDIER_NOUNS))])
        for i, t in enumerate(tokens):
            if norms[i] != "منهم" or covered[i] or not counted(i - 1):
                continue
            before = [(f, e) for f, e in counted_groups if f < i - 1 and i - f <= 40]
            if before:
                mm = Mention("", t.start, t.end, t.text, "ORG", source=GENERIC_SOURCE)
                out.append((mm, before[-1][1], None, i, i))
        return out

    @staticmethod
    def _surface_key(text: str, c: _Cand) -> str:
        return " ".join(alias_key(text[c.start:c.end]))

    def _new_actor(self, m: Mention, first: int, last: int, tokens: list[Token], norms: list[str],
                   title: str | None, groups: dict[str, dict[str, object]]) -> tuple[str, dict[str, object]]:
        words = norms[first:last + 1]
        country = next((self.d.nationalities[w] for w in words if w in self.d.nationalities), None)
        role = title
        if m.type == "PER":
            kind, sector = "person", None
            if title and title in self.d.actors:
                country = country or self.d.actors[title].country
                sector = self.d.actors[title].sector
        else:
            head = words[0] if words else ""
            stripped = head.removeprefix("ال")
            kind = _ORG_HEAD_KIND.get(head) or _ORG_HEAD_KIND.get(stripped) or "other"
            if kind == "state_body" and country is None:
                kind = "other"
            sector = _KIND_SECTOR.get(kind)
        key = f"new:{kind}:{' '.join(words)}"
        info = groups.get(key)
        if info is None:
            # a new person's canonical English name: the attested romanisation of its Arabic name, else the Arabic
            name = (romanize(alias_key(m.text)) if kind == "person" else None) or m.text
            info = groups[key] = {"name": name, "name_ar": m.text, "kind": kind, "country": country,
                                  "sector": sector, "mentions": [], "role": role}
        return key, info

    def _descriptors(self, tokens: list[Token], desc: list[tuple[Match, frozenset[str]]], first: int, last: int,
                     m: Mention, c: _Cand | None) -> tuple[Span, ...]:
        out: list[Span] = []
        if c is not None and c.generic and c.descriptor == "*":
            out.append(Span(m.start, m.end))
        punct = {"«", "»", '"', "(", ")", "“", "”", "'", "[", "]"}
        before = first - 1
        while before >= 0 and tokens[before].kind == "other" and tokens[before].text in punct:
            before -= 1
        after = last + 1
        while after < len(tokens) and tokens[after].kind == "other" and tokens[after].text in punct:
            after += 1
        for dm, positions in desc:
            if "before" in positions and dm.last == before or "after" in positions and dm.first == after and dm.start >= m.end or "inside" in positions and first <= dm.first and dm.last <= last and m.start <= dm.start \
                    and dm.end <= m.end and not (c is not None and c.generic and c.descriptor == "*"):
                out.append(Span(dm.start, dm.end))
        return tuple(sorted(set(out), key=lambda s: (s.start, s.end)))
