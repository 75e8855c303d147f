"""Reading the words around a place name: place nouns, regional and relative expressions, metonymy cues.

Everything here works on normalised word forms (``Word.norm``: diacritics removed, alef variants unified,
ى → ي, ة → ه) of the tokens before and after a name, so «بريف», «وريف» and «ريفِ» read alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.doc import Token
from rasd.text.normalize import normalize_word

__all__ = ["PLACE_NOUNS", "Context", "is_quote", "norm_of", "read_context"]

# Nouns that announce a place name: «بلدة حضر», «مدينة البوكمال», «حي الميدان».
SETTLEMENT_NOUNS = frozenset(["مدينه", "بلده", "قريه", "بلدات", "قري", "مدن", "مخيم", "ضاحيه", "العاصمه", "عاصمه", "قريتي", "بلدتي", "مدينتي", "قريتين", "بلدتين", "مدينتين", "مخيمات"])
AREA_NOUNS = frozenset(["حي", "احياء", "منطقه", "مناطق", "شارع", "ساحه", "سهل", "منطقتي", "حيي", "مرتفعات", "بساتين", "مزارع", "ممر"])
# Fronts and battles named by their place («معركة الزبداني», «جبهتي الجفينة وصرواح»).
FRONT_NOUNS = frozenset(["معركه", "معارك", "جبهه", "جبهات", "جبهتي", "محور", "محاور"])
ADMIN_NOUNS = frozenset(["محافظه", "محافظات", "ولايه", "اقليم", "قضاء", "ناحيه", "مديريه", "محافظتي", "مديريات"])
# The administrative level each noun names (Iraq: محافظة > قضاء > ناحية; Yemen: محافظة > مديرية; Syria: محافظة >
# منطقة > ناحية).
ADMIN_LEVEL = {"محافظه": 1, "محافظات": 1, "محافظتي": 1, "ولايه": 1, "اقليم": 1, "قضاء": 2, "اقضيه": 2,
               "مديريه": 2, "مديريات": 2, "ناحيه": 3}
# Where a noun names another level: Saudi Arabia's «محافظة» is a governorate inside a region («منطقة»).
ADMIN_LEVEL_BY_COUNTRY = {("SA", "محافظه"): 2, ("SA", "محافظات"): 2, ("SA", "محافظتي"): 2}
# Areas that extend around a town of any size: its point, precision 2.
WIDE_AREA_NOUNS = frozenset(["ممر", "سهل", "ضاحيه", "مرتفعات", "بساتين", "مزارع", "محور", "محاور", "جبهه", "جبهات", "جبهتي"])
COUNTRY_NOUNS = frozenset(["دوله", "بلاد", "جمهوريه", "مملكه", "سلطنه", "اماره"])
SITE_NOUNS = frozenset(["معبر", "مطار", "ميناء", "قاعده", "جزيره", "سد"])
PLACE_NOUNS = SETTLEMENT_NOUNS | AREA_NOUNS | ADMIN_NOUNS | SITE_NOUNS | COUNTRY_NOUNS | FRONT_NOUNS | frozenset({"ريف", "ريفي", "الريف", "ارياف"})
RURAL = frozenset({"ريف", "ريفي", "الريف", "ارياف"})
# Direction and proximity words: X's point, precision 2 («شرقي دمشق», «ضواحي دمشق», «قرب حلب»).
DIRECTIONS = frozenset(["شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "الشمال", "الجنوب", "الشرق", "الغرب"])
PROXIMITY = frozenset(["القريبه", "القريب", "المجاوره", "المجاور", "المجاورتين", "المجاورين", "ضواحي", "محيط", "اطراف", "مشارف", "قرب", "القرب", "مقربه", "جوار", "حول", "تخوم", "بمحاذاه", "محاذاه", "مدخل", "مداخل"])
DISTANCE_UNITS = frozenset(["كم", "كلم", "كيلومتر", "كيلومترا", "كيلومترات", "كيلو", "ميل", "اميال", "متر", "مترا", "امتار"])
REGION_ADJ = frozenset(["الشمالي", "الجنوبي", "الشرقي", "الغربي", "الاوسط", "الشماليه", "الجنوبيه", "الشرقيه", "الغربيه"])
# Words after which a region rather than a town is meant («مناطق توزعهم في إدلب», «أنحاء حلب»).
REGION_HINTS = frozenset(["مناطق", "انحاء", "محافظات", "مختلف", "ارياف"])
# Locative cues for countries and capitals: a place, not the state acting («في سورية», «إلى دمشق»).
LOCATIVE = frozenset(["في", "داخل", "الي", "نحو", "باتجاه", "اتجاه", "حدود", "الحدود", "اراضي", "الاراضي", "عاصمه", "العاصمه", "انحاء", "ارض", "من", "عبر", "حتي"])
# Visiting and travelling: the capital or country visited is a place («سيزور دمشق», «زيارة لبغداد»).
VISIT = frozenset(["زار", "يزور", "سيزور", "تزور", "ستزور", "زياره", "زيارات", "زيارتها", "يزورون", "زاروا", "وصل", "يصل", "وصول", "توجه", "يتوجه", "غادر", "يغادر", "مغادره", "قدم", "قادما", "قادمه", "عاد", "يعود", "عودته", "وصلت", "زيارته", "زيارتها", "زيارتهم", "زيارتي"])
# «استعادة كامل اليمن», «في عموم سوريا»: the whole territory, a place.
WHOLE = frozenset(["كامل", "عموم", "ربوع", "بقاع"])
# «مؤتمر القاهرة», «محادثات جنيف»: a meeting named by where it is held; «تشهد ليبيا فوضى»: the scene of events.
SCENE = frozenset(["مؤتمر", "اجتماع", "اجتماعات", "محادثات", "مفاوضات", "قمه", "ملتقي", "منتدي", "تشهد", "شهدت",
                   "يشهد", "شهد"])
# «طريق الباب», «أوتوستراد دمشق حمص», «الطريق الواصل بين صنعاء والمحويت»: a road named by a place runs by or
# from it, and is not the place itself: the place's point, precision 2 (a governorate stays precision 3).
ROAD_NOUNS = frozenset(["طريق", "الطريق", "طرق", "اوتوستراد", "الاوتوستراد", "اوتستراد", "الاوتستراد"])
ROAD_LINKS = frozenset(["الواصل", "الرابط", "الواصله", "الرابطه", "الدولي"])
# «الحرب على سورية»: the war is located in the country.
WAR_NOUNS = frozenset(["الحرب", "حرب", "الحمله", "الازمه", "الصراع", "العدوان"])
STOP_BACK = frozenset(".!؟?؛;:")
# Plural place nouns: they announce places but do not license a common word as a name («مناطق البلاد»).
PLURAL_NOUNS = frozenset(["مناطق", "احياء", "بلدات", "قري", "مدن", "محافظات", "مخيمات", "مديريات"])
# «حكومة طبرق», «سلطات دمشق»: a body named after its seat.
BODY_NOUNS = frozenset(["حكومه", "الحكومه", "سلطات", "نظام", "برلمان"])
# Offices and councils of an administrative unit («رئيس إقليم كردستان», «مجلس محافظة الأنبار»).
OFFICE_NOUNS = frozenset(["مجلس", "رئيس", "محافظ", "نائب", "قائمقام", "مدير", "امير", "والي", "حاكم"])
# «المبعوث الأممي إلى ليبيا»: an envoy's title, not a journey.
ENVOY_NOUNS = frozenset(["مبعوث", "المبعوث", "سفير", "السفير", "مندوب", "المندوب", "الاممي", "الخاص", "المتحده"])
# A quoted name after these is a newspaper, channel or agency («لـ«الشرق الأوسط»», «صحيفة "الرياض"»).
MEDIA_NOUNS = frozenset(["ل", "صحيفه", "جريده", "قناه", "وكاله", "موقع", "مجله", "لصحيفه", "لجريده", "لقناه", "لوكاله"])


_NORM_CACHE: dict[str, str] = {}


def norm_of(tok: Token) -> str:
    """The normalised stem of a token (its last stem word), or its text for punctuation. Where the stem is no
    place noun but the token less its proclitics, or the whole token, is one, that («لقريتي» split as
    ل + قريت + ي is «قريتي»; «بلدات» split as ب + لدات is «بلدات»)."""
    if tok.kind != "arabic":
        return tok.text
    n = tok.stem.norm
    if n in PLACE_NOUNS or len(tok.words) == 1:
        return n
    got = _NORM_CACHE.get(tok.text)
    if got is None:
        body = "".join(w.norm for w in tok.words if w.role != "proclitic")
        whole = normalize_word(tok.text)
        got = body if body in PLACE_NOUNS else whole if whole in PLACE_NOUNS else n
        if len(_NORM_CACHE) < 200_000:
            _NORM_CACHE[tok.text] = got
    return got


def _nisba(n: str) -> bool:
    """A definite nisba adjective («الليبية», «السوري»)."""
    return n.startswith("ال") and len(n) > 5 and n.endswith(("يه", "ي"))


def is_quote(tok: Token) -> bool:
    return tok.kind in ("punct", "other") and tok.text in "\"«»“”'()-–—/"


# Strikes and attacks: «على X» after them names the place hit.
ATTACK_NOUNS = frozenset(["غاره", "غارات", "الغارات", "قصف", "قصفا", "القصف", "هجوم", "هجوما", "الهجوم", "هجمات",
                          "ضربات", "ضربه", "قذائف", "براميل", "صواريخ", "مدفعي", "جوي", "جويه", "صاروخي", "مدفعيه"])


def _attack_before(tokens: list[Token], k: int) -> bool:
    """Whether one of the two words before token ``k`` is a strike or attack noun."""
    seen = 0
    m = k - 1
    while m >= 0 and seen < 2:
        t = tokens[m]
        if t.kind != "arabic":
            return False
        if norm_of(t) in ATTACK_NOUNS:
            return True
        seen += 1
        m -= 1
    return False


@dataclass(frozen=True, slots=True)
class Context:
    """What the words around a name say about it."""

    rural: int | None = None        # token index of «ريف» governing the name (regional expression)
    region_end: int | None = None   # token index of the last regional adjective after the name
    admin_noun: bool = False        # «محافظة X»
    settlement_noun: bool = False   # «مدينة X», «بلدة X»
    area_noun: bool = False         # «حي X», «منطقة X»
    relative: bool = False          # direction, proximity or distance expression → precision 2
    centre: bool = False            # «وسط مدينة X» → stays precision 1
    region_hint: bool = False       # «مناطق … في X»
    locative: bool = False          # a preposition or noun of location right before
    cue: bool = False               # any place noun or direction right before (licenses weak names)
    noun_cue: bool = False          # a place noun or «ريف» right before (licenses names that are common words)
    title: bool = False             # the name names a body, not a place («بحكومة طبرق», «لـ«الشرق الأوسط»»)
    admin_level: int | None = None  # the level the admin noun names: 1 «محافظة», 2 «قضاء»/«مديرية», 3 «ناحية»
    admin_word: str = ""            # the admin noun itself (normalised)
    site_noun: bool = False         # «ميناء X», «مطار X»: a site at or near the place
    wide_area: bool = False         # «سهل X», «ضواحي X»: the area around a town, whatever its size
    target: bool = False            # «غارات على X»: the target of a strike (licenses towns like a locative)
    road: bool = False              # «طريق X»: a road named by the place (licenses a town that is a common word)
    between: bool = False           # «بين X وY»: the area between two places (a town: precision 2)
    clitic: str = ""                # the proclitics on the name's first token («ب», «ل», «و»)


def read_context(tokens: list[Token], i: int, j: int, clitics: str) -> Context:
    """Read the context of a name spanning tokens ``i..j-1``.

    Walking back from the name: quotes and up to two place nouns («مدينة», «العاصمة», «بلدة») may stand
    between the name and the word that governs it; that word decides the reading («ريف», a direction or
    proximity word, «وسط», a locative preposition).
    """
    rural = None
    admin_noun = settlement_noun = area_noun = relative = centre = locative = cue = False
    site_noun = wide_area = target = road = between = False
    admin_level: int | None = None
    admin_word = ""

    def back(k: int) -> int:
        while k >= 0 and is_quote(tokens[k]):
            k -= 1
        return k

    k = back(i - 1)
    nouns = 0
    # «العاصمة الليبية طرابلس»: a nisba adjective between a place noun and the name
    if (k >= 1 and tokens[k].kind == "arabic" and _nisba(norm_of(tokens[k]))
            and norm_of(tokens[k - 1]) in PLACE_NOUNS - RURAL):
        k -= 1
    quoted = i > 0 and is_quote(tokens[i - 1]) and j < len(tokens) and is_quote(tokens[j])
    singular = False
    while k >= 0 and nouns < 2 and tokens[k].kind == "arabic" and norm_of(tokens[k]) in PLACE_NOUNS - RURAL:
        n = norm_of(tokens[k])
        singular |= n not in PLURAL_NOUNS
        admin_noun |= n in ADMIN_NOUNS
        if n in ADMIN_LEVEL and admin_level is None:
            admin_level, admin_word = ADMIN_LEVEL[n], n
        site_noun |= n in SITE_NOUNS and n != "جزيره"  # «جزيرة تاروت» is the island itself
        wide_area |= n in WIDE_AREA_NOUNS
        settlement_noun |= n in SETTLEMENT_NOUNS
        area_noun |= n in AREA_NOUNS
        cue = True
        nouns += 1
        if tokens[k].words[0].role == "proclitic" and "ب" in "".join(w.norm for w in tokens[k].words[:-1]):
            locative = True
        k = back(k - 1)
    g = norm_of(tokens[k]) if k >= 0 else ""
    g_tok = tokens[k] if k >= 0 else None
    if g_tok is not None and g_tok.kind == "arabic" and g not in VISIT and normalize_word(g_tok.text) in VISIT:
        g = normalize_word(g_tok.text)  # «زيارته» kept whole
    prev = norm_of(tokens[back(k - 1)]) if k >= 1 and back(k - 1) >= 0 else ""
    if g in RURAL:
        rural, cue = k, True
    elif g in REGION_ADJ and prev in RURAL and "ل" in clitics:
        rural, cue = back(k - 1), True  # «الريف الشمالي لحماة»
    elif g in DIRECTIONS or g in PROXIMITY:
        relative = True
        cue = g != "حول"  # «حول» is also "about": no licence for a common-word name
    elif g == "وسط":
        centre = cue = True
    elif g in ROAD_NOUNS and nouns == 0 and not (k >= 1 and norm_of(tokens[k - 1]) in ("خريطه", "خارطه")):
        relative = cue = road = True  # «طريق الباب» (not «خريطة طريق», a roadmap)
    elif g == "بين" and (prev in ROAD_NOUNS or prev in ROAD_LINKS):
        relative = cue = True  # «الطريق الواصل بين X و…»
    elif g == "بين":
        between = True  # «طرق الإمداد بين الرمادي والفلوجة»: the area between two towns
    elif g == "من" and (prev in DIRECTIONS or prev in PROXIMITY or prev in DISTANCE_UNITS):
        relative = cue = True  # «إلى الشمال من حلب», «بالقرب من دمشق», «على بعد 5 كم من …»
    elif g == "الي" and prev in ENVOY_NOUNS:
        pass  # «المبعوث الأممي إلى ليبيا»
    elif g in LOCATIVE or g in VISIT or g in WHOLE or g in SCENE or g == "مع" and prev in ("الحدود", "حدود") or g == "علي" and prev in WAR_NOUNS:
        locative = True
    elif g == "علي" and k >= 1 and _attack_before(tokens, k):
        # «غارات على بنش», «قصف مدفعي على مارع»: a town hit is a place (a state attacked is metonymy)
        target = True
    # «مجلس محافظة الأنبار», «رئيس إقليم كردستان», «محافظ ولاية X»: a body or an office of an administrative unit
    title = (nouns == 0 and (g in BODY_NOUNS or (quoted and g in MEDIA_NOUNS))) or (
        nouns <= 1 and (admin_noun or (tokens[i].kind == "arabic" and norm_of(tokens[i]) in ADMIN_NOUNS))
        and (g in BODY_NOUNS or g in OFFICE_NOUNS))
    if g_tok is not None and g_tok.kind == "arabic" and g not in LOCATIVE and len(g_tok.words) > 1:
        pre = "".join(w.norm for w in g_tok.words if w.role == "proclitic")
        if "ب" in pre and (g in DIRECTIONS or g in PROXIMITY or g in RURAL):
            locative = True
    if "ب" in clitics:
        locative = True
    # «مناطق توزعهم في إدلب»: a region word shortly before.
    region_hint = False
    m = i - 1
    steps = 0
    while m >= 0 and steps < 4:
        t = tokens[m]
        if t.kind in ("punct", "other") and t.text in STOP_BACK:
            break
        if t.kind == "arabic":
            steps += 1
            if norm_of(t) in REGION_HINTS:
                region_hint = True
                break
        m -= 1
    # Regional adjectives after the name: «ريف حماة الشمالي الشرقي».
    region_end = None
    if rural is not None:
        m = j
        while m < len(tokens) and tokens[m].kind == "arabic" and norm_of(tokens[m]) in REGION_ADJ and m < j + 3:
            region_end = m
            m += 1
    # «بلدات حيان وبيانون»: a plural settlement noun names settlements too (not «مناطق البلاد»)
    noun_cue = singular or rural is not None or settlement_noun
    return Context(rural=rural, region_end=region_end, admin_noun=admin_noun, settlement_noun=settlement_noun,
                   area_noun=area_noun, relative=relative and not centre, centre=centre, region_hint=region_hint,
                   locative=locative, cue=cue, noun_cue=noun_cue, title=title, clitic=clitics,
                   admin_level=admin_level, admin_word=admin_word, site_noun=site_noun, wide_area=wide_area,
                   target=target, road=road, between=between)
