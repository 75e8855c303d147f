"""The geocoder: find place names, read their context, choose a gazetteer entry, fill ``places``.

1. **Names.** LOC mentions already on the document (from NER) are looked up in the gazetteer (their longest
   matching sub-span). The gazetteer also finds names itself, over the normalised words of consecutive tokens,
   through clitics («بريف», «لبوكمال», «وأثريا») and spaces («البو كمال» = «البوكمال»); where no mention overlaps,
   it adds a LOC :class:`~rasd.doc.Mention` with ``source="gazetteer"``. Names that are also common words
   (flag ``cue``) and small places need a place word before them («بلدة حضر») when found this way. A PER/ORG/MISC
   mention under a gazetteer name announced by a place noun, a landform or a site noun is that place («منطقة
   الشيخ نجار», «بجبل التركمان», «مطار الملك عبدالعزيز الدولي»); a name over the tagger's next LOC mentions absorbs
   them («بالغوطة الشرقية» tagged as two); a token read whole beats its clitic split when it names a far stronger
   place («بريدة»).
2. **Context** (:mod:`rasd.geo.context`): «ريف X [adjectives]» and «محافظة X» with X a governorate → the
   governorate, precision 3; «ريف» + a town → the town, precision 2; direction, proximity and distance
   expressions → precision 2; «الحدود السورية - العراقية» → a border entry.
3. **Choice** among same-named entries: feature and population priors, the article's country focus (countries
   of the names that are not ambiguous) and nearness to the article's other places. Then: «قضاء/مديرية/محافظة X»
   with no unit of that name in the gazetteer is coded to its seat (precision 3, in the region only; Saudi
   «محافظة» is admin2); areas and sites at a town («سهل الزبداني», «ميناء درنة», «محور بعشيقة») precision 2; a
   name far from the town it is placed in or by («حي الروضة بمدينة تعز», «حصيبة الشرقية شرق الرمادي») takes that
   town's point; a small place or a neighbourhood far from an article about one country is dropped, and a
   same-named place of that country near the article's places beats a larger namesake abroad («همدان» by Sanaa);
   an unknown place placed in a known one («ناحية المشيرفة (جنوب الموصل)», «قرية X شمال سوريا», «التابعة لناحية
   …», «القريبة من مدينة …») gets that place's point (precision 2, or 3 for a country or governorate); an unknown
   village with nothing to place it by is coded to the town or city named in its sentence (precision 2), else to
   the governorate of its nearest places (precision 3). Unknown names in a list after a place noun share its
   placement («قريتي تل أعور والفريكة جنوب مدينة جسر الشغور», «ناحية يثرب وعزيز بلد»); a placed unknown name keeps
   its place when repeated; a tagger's «X بY» is split into X placed in Y. Roads named by a place («طريق الباب»)
   and the ends of an area «بين X وY» take X's point with precision 2.
4. **Metonymy:** a country or capital without a locative cue («في», «ب», «إلى», «داخل», a place noun, a
   direction, a whole-territory word «كامل/عموم», a meeting or a scene «مؤتمر القاهرة», «تشهد ليبيا») is taken as the
   state acting («سمحت لهم تركيا», «عقوبات على دمشق») and gets no place; names coordinated with it («الولايات
   المتحدة وبريطانيا») follow it.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rasd.doc import Document, Mention, Place, Token
from rasd.geo.context import (
    ADMIN_LEVEL_BY_COUNTRY,
    ADMIN_NOUNS,
    AREA_NOUNS,
    DIRECTIONS,
    PLACE_NOUNS,
    PLURAL_NOUNS,
    REGION_ADJ,
    RURAL,
    SETTLEMENT_NOUNS,
    SITE_NOUNS,
    Context,
    is_quote,
    norm_of,
    read_context,
)
from rasd.geo.gazetteer import Entry, Gazetteer, haversine_km, load_gazetteer, squash
from rasd.text.nisba import is_country_adjective
from rasd.text.normalize import normalize, normalize_word

__all__ = ["Geocoder", "Resolution"]

FEATURE_PRIOR = {"country": 6.0, "admin1": 2.5, "city": 3.0, "town": 2.0, "village": 1.0, "region": 3.0,
                 "site": 2.5, "border": 2.0, "district": 1.5, "road": 1.0, "admin2": 0.5, "admin3": 0.0}
DEFAULT_PRECISION = {"country": 3, "admin1": 3, "admin2": 3, "admin3": 3, "region": 3, "border": 3, "city": 1,
                     "town": 1, "village": 1, "district": 2, "road": 2, "site": 1}
SETTLEMENTS = ("city", "town", "village")
# A one-word town found by the gazetteer alone needs a place word before it below this population.
STRONG_POPULATION = 50_000
# A village or town below this population outside the article's countries is doubted (see resolve).
SMALL_POPULATION = 20_000
# ... or, after «في» / «ب», below this one.
LOCATIVE_POPULATION = 10_000
# A town whose name is a common word is read after «طريق» from this population («طريق الباب»; not «طريق الساحل»,
# the coast road).
ROAD_TOWN_POPULATION = 100_000
# A place of the article's home country this near one of the article's other places wins over a namesake abroad.
NEAR_ANCHOR_KM = 150
# A reading of a token that keeps a letter for the name beats the clitic reading by this much prior («بريدة»).
STRONGER_READING = 3.0
MENA = frozenset(["SY", "IQ", "LB", "JO", "TR", "PS", "IL", "YE", "LY", "EG", "SA", "IR", "KW", "QA", "BH", "AE", "OM", "SD", "TN", "DZ", "MA", "AF", "CY", "MR", "SO", "DJ", "EH"])
_PROCLITICS = ("و", "ف")
_PREPS = ("ب", "ل", "ك")
# Nouns that announce a settlement or area by name («قرية X», «منطقة X», «مديرية X»).
NAME_NOUNS = (SETTLEMENT_NOUNS | AREA_NOUNS | ADMIN_NOUNS) - {"العاصمه", "عاصمه", "مناطق", "محافظات", "مدن"}
# First parts of compound names that the press writes joined or apart («البوكمال» / «البو كمال»).
COMPOUND_HEADS = frozenset(["البو", "ابو", "بو", "ام", "عين", "تل", "دير", "كفر", "بيت", "جسر", "راس", "خان", "بني", "مرج", "سرج", "جبل", "وادي"])
# One-word names that are also adjectives: after a definite noun they describe it («الأراضي البيضاء»).
ADJECTIVE_NAMES = frozenset(["البيضاء", "الحمراء", "الخضراء", "الجديده", "الكبري", "الصغري", "العليا", "السفلي",
                             "الوسطي", "الزرقاء", "السوداء", "الشرقيه", "الغربيه", "الشماليه", "الجنوبيه", "الحره"])
# Nouns after which a name the gazetteer lacks is a place to code where it is placed: settlements, areas and units,
# fronts («محور بيت عوان»), hills, camps, gates, checkpoints and stations («بوابة الحيلة في وادي درنة»).
SCAN_NOUNS = NAME_NOUNS | frozenset(["محور", "جبهه", "جبهتي", "تله", "تلتي", "معسكر", "بوابه", "حاجز", "محطه"])
# Of those, the nouns that are part of the name of the site («بوابة الحيلة»).
SITE_NAME_NOUNS = frozenset(["تله", "معسكر", "بوابه", "حاجز", "محطه"])
# Singular nouns after which a name is a settlement's or an area's («قرية "أم حوش"», «بلدة X»).
NAMING_NOUNS = frozenset(["قريه", "بلده", "مدينه", "مخيم", "حي", "منطقه", "ناحيه", "مديريه", "قضاء"])
# Nouns of a village: an unplaced village name after them is coded to the article's governorate.
VILLAGE_NOUNS = frozenset(["قريه", "بلده", "قريتي", "بلدتي"])
# Demonyms of countries and cities that describe a name they follow («جوبر الدمشقي», «الرقة السورية»).
DEMONYMS = frozenset(["الدمشقي", "الحلبي", "الحمصي", "الحموي", "الادلبي", "الحوراني", "الديري", "الرقاوي",
                      "السوري", "السوريه", "العراقي", "العراقيه", "اليمني", "اليمنيه", "الليبي", "الليبيه",
                      "اللبناني", "اللبنانيه", "التركي", "التركيه", "الاردني", "الاردنيه", "المصري", "المصريه",
                      "السعودي", "السعوديه", "الفلسطيني", "الفلسطينيه", "الموصلي", "البصري"])
# The cities those demonyms name.
DEMONYM_CITIES = {"الدمشقي": "دمشق", "الحلبي": "حلب", "الحمصي": "حمص", "الحموي": "حماه", "الادلبي": "ادلب",
                  "الديري": "ديرالزور", "الرقاوي": "الرقه", "الموصلي": "الموصل", "البصري": "البصره"}
# Nouns of places that, unplaced, are coded to the governorate of their nearest places: villages, fronts, hills.
PENDING_NOUNS = VILLAGE_NOUNS | SITE_NAME_NOUNS | frozenset(["جبهه", "جبهتي", "تلتي", "محور", "منطقه", "منطقتي"])
# A site's one-word name after «معسكر/تلة/بوابة/حاجز/محطة» may be a definite word used under this often in the
# vocabulary («معسكر المنار»; not «معسكر التدريب»).
UNCOMMON = 20
# How far (in tokens) the settlement that places an unplaced village may be, in its sentence.
TOWN_TOKENS = 12
# How far (in tokens) the places that locate an unplaced village may be.
LOCAL_TOKENS = 40
# Nearness to a settlement: «القريبة من مدينة مارع», «بالقرب من حلب».
NEAR_WORDS = frozenset(["القريبه", "القريب", "بالقرب", "المجاوره", "المجاور"])
QUOTES = frozenset("\"«»“”")
# Words that tie a place to the one it lies in («التابعة لناحية نمرود», «الواقعة في ريف حلب»).
LINK_WORDS = frozenset(["التابعه", "التابع", "الواقعه", "الواقع", "التابعتين", "الواقعتين"])
# First words of names that are places by their sense («جبل التركمان», «وادي الضيف»), whatever the tagger said.
LANDFORM_HEADS = frozenset(["جبل", "جبال", "وادي", "سهل", "تل", "هضبه", "مرتفعات", "جزيره"])
OVERRIDE = "*"
TAGGED_ONLY = "~"  # clitic marker: a reading used only inside a tagger's mention  # clitic marker: the whole token read as a name against a split that left a common word
_TANWEEN = ("\u064b", "\u064bا", "ا\u064b")


@dataclass(frozen=True, slots=True)
class _Cand:
    """A name found in the text: token range, raw span, its entries and its context."""

    i: int
    j: int
    start: int
    end: int
    entries: tuple[Entry, ...]
    context: Context
    mention: str | None  # id of an existing mention, or None (a new gazetteer mention)


@dataclass(frozen=True, slots=True)
class Resolution:
    """What one mention resolved to (``entry`` None: no place, e.g. metonymy)."""

    start: int
    end: int
    entry: Entry | None
    precision: int
    feature: str
    mention: str | None
    drop: bool = False  # a tagger's mention that a longer name absorbed: removed from the document


@lru_cache(maxsize=1)
def _vocab() -> dict[str, int]:
    from rasd.text.tokenize import load_vocab

    return load_vocab()


def _strip_variants(tok: Token) -> list[tuple[str, int, str]]:
    """(normalised name-part, raw start relative to the token, clitics) readings of a token's beginning, most
    likely first."""
    words = tok.words
    base = tok.start
    out: list[tuple[str, int, str]] = []
    pre = "".join(w.norm for w in words if w.role == "proclitic")
    body = [w for w in words if w.role != "proclitic"]
    if body:
        out.append(("".join(w.norm for w in body), body[0].start - base, pre))
        if len(body) > 1 and body[0].role == "stem" and body[-1].norm != "ي":
            # not «عسيري» = عسير + ي: a nisba or surname, not "my Asir"
            out.append((body[0].norm, body[0].start - base, pre))
    full = normalize_word(tok.text)
    procl = [w for w in words if w.role == "proclitic"]
    if len(procl) >= 2 and body:
        # «وكريتر» split as و + ك + ريتر: the name may keep the second "clitic" (Crater, not ك + «ريتر»)
        # (only for a tagger's mention: found alone, «وبنينا» "and we built" is no Benina)
        kept = [w for w in words if w is not procl[0]]
        out.append(("".join(w.norm for w in kept), kept[0].start - base, procl[0].norm + TAGGED_ONLY))
    if pre:
        # the whole token, in case the tokenizer split a name («بنش»); not when the split left a common word
        # («بأنه» = ب + أنه, not Bāneh)
        out.append((full, 0, "" if not body or _vocab().get(body[0].norm, 0) < 20 else OVERRIDE))
    elif _vocab().get(full, 0) < 3:
        # Clitics the tokenizer kept on a word it does not know (rare names): و/ف, then ب/ل/ك, «لل» → «ال»;
        # never on a known word («بليون» is not ب + Lyon, «بنوك» not ب + Nuuk)
        s = 0
        clit = ""
        view = None
        if len(full) > 3 and full[0] in _PROCLITICS:
            view = normalize(tok.text)
            s, clit = 1, full[0]
            out.append((full[1:], view.to_raw(1), clit))
        if len(full) - s > 3 and full[s] in _PREPS:
            view = view or normalize(tok.text)
            rest = full[s + 1:]
            if full[s] == "ل" and rest.startswith("ل"):
                out.append(("ا" + rest, view.to_raw(s + 1), clit + "ل"))
            else:
                out.append((rest, view.to_raw(s + 1), clit + full[s]))
    return out


class Geocoder:
    """Resolves place names in a document. Build once (loads the gazetteer lazily), call per document."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gaz = gazetteer
        # token text -> its readings that start a gazetteer name (most tokens: none)
        self._variants: dict[str, tuple[tuple[str, int, str], ...]] = {}
        self._name_noun: dict[str, bool] = {}  # token text -> whether it is a noun that announces a name

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = load_gazetteer()
        return self._gaz

    def _multi_prefixes(self) -> frozenset[str]:
        return self.gazetteer.prefixes

    # -- 1. names ------------------------------------------------------------------------------------------
    def _match_at(self, tokens: list[Token], i: int, gaz_only: bool) -> tuple[int, int, tuple[Entry, ...], str, str] | None:
        """The longest gazetteer name starting at token ``i``: (end token, raw start, entries, clitics, key)."""
        tok = tokens[i]
        if tok.kind != "arabic":
            return None
        variants = self._variants.get(tok.text)
        if variants is not None and not variants:
            return None  # the common case: this token starts no name
        gaz = self.gazetteer
        index = gaz.index
        prefixes = self._multi_prefixes()
        if variants is None:
            variants = tuple(v for v in _strip_variants(tok) if len(v[0]) >= 2 and (v[0] in index or v[0] in prefixes))
            if len(self._variants) < 500_000:
                self._variants[tok.text] = variants
        if not variants:
            return None
        first: tuple[int, int, tuple[Entry, ...], str, str] | None = None
        for head, rel, clit in variants:
            if gaz_only and clit.endswith(TAGGED_ONLY):
                continue
            start = tok.start + rel
            key = head
            j = i + 1
            best: tuple[int, int, tuple[Entry, ...], str, str] | None = None
            while True:
                ids = index.get(key)
                if ids and j - i > 1 and (j - i) not in gaz.nwords[key] and not (
                        j - i == 2 and head in COMPOUND_HEADS):
                    ids = ()  # «هو ما» is not «هوما»; «البو كمال» is «البوكمال»
                if ids and (best is None or j > best[0]):
                    ents = tuple(gaz.entries[x] for x in ids)
                    if gaz_only:
                        ents = tuple(e for e in ents if "nomatch" not in e.flags)
                    if ents:
                        best = (j, start, ents, clit, key)
                if key not in prefixes or j >= len(tokens) or tokens[j].kind != "arabic":
                    break
                key += normalize_word(tokens[j].text)
                j += 1
            if best is None:
                continue
            if first is None:
                first = best
                if first[0] - i > 1 or len(variants) == 1:
                    break  # a longer name, or no other reading: the first reading stands
                continue
            # A later, one-word reading of the same token that keeps a letter the first took for a clitic wins when
            # it names a far stronger place («بريدة» is Buraydah, not ب + the village «ريدة»)
            if (best[0] == first[0] == i + 1 and clit != OVERRIDE and len(best[4]) > len(first[4])
                    and _strength(best[2]) >= _strength(first[2]) + STRONGER_READING):
                first = best
            break
        return first

    def _border_at(self, tokens: list[Token], i: int) -> tuple[int, tuple[Entry, ...]] | None:
        """«الحدود السورية - العراقية» / «الحدود السورية العراقية»: (end token, border entries)."""
        if "حدود" not in tokens[i].text or norm_of(tokens[i]) not in ("الحدود", "حدود"):
            return None
        adjs: list[str] = []
        j = i + 1
        while j < len(tokens) and len(adjs) < 2 and j < i + 5:
            t = tokens[j]
            if is_quote(t):
                j += 1
                continue
            if t.kind != "arabic":
                break
            adjs.append(t.stem.norm)
            j += 1
        if len(adjs) < 2:
            return None
        for a, b in ((adjs[0], adjs[1]), (adjs[1], adjs[0])):
            ids = self.gazetteer.index.get(squash("الحدود" + a + b))
            if ids:
                return j, tuple(self.gazetteer.entries[x] for x in ids)
        return None

    def find(self, doc: Document) -> list[_Cand]:
        return self._find(doc)[0]

    def _find(self, doc: Document) -> tuple[list[_Cand], list[Mention]]:
        """The names (candidates) and the tagger's LOC mentions a longer name absorbed («[الغوطة] [الشرقية]»)."""
        tokens = list(doc.tokens)
        starts = [t.start for t in tokens]
        from bisect import bisect_right

        cands: list[_Cand] = []
        taken: list[tuple[int, int]] = [(m.start, m.end) for m in doc.mentions]
        unresolved: list[tuple[Mention, int, int]] = []  # LOC mentions the gazetteer lacks, with their tokens
        # actors the linker could not identify (kind "other", no dictionary entry): their ORG mentions may be towns
        unlinked = {a.id for a in doc.actors if a.dictionary_id is None and a.kind == "other"}
        loc_at = {(x.start, x.end): x for x in doc.mentions if x.type == "LOC" and x.actor is None}
        absorbed: list[Mention] = []
        # LOC mentions from NER: the longest gazetteer name inside each.
        for m in doc.mentions:
            if any(m is x for x in absorbed):
                continue
            if m.type in ("PER", "ORG", "MISC"):
                over = self._name_over(tokens, starts, m, taken)
                if over is not None:
                    # «منطقة [الشيخ نجار]» tagged PER «نجار», «بجبل [التركمان]» tagged ORG: a place word before a
                    # gazetteer name over the mention makes it the place's name
                    taken[taken.index((m.start, m.end))] = (over.start, over.end)
                    cands.append(over)
                    continue
            if m.type in ("PER", "ORG", "MISC") and (m.actor is None or m.actor in unlinked):
                a0 = bisect_right(starts, m.start) - 1
                if (_after_noun(tokens, a0, NAMING_NOUNS) and tokens[a0].start == m.start
                        and bisect_right(starts, m.end - 1) - a0 <= 2
                        and not self.gazetteer.lookup(squash(normalize_word(m.text)))):
                    # «قرية "أم حوش"» tagged ORG, «قرية "أم القرى"» MISC: a name the gazetteer lacks after
                    # «قرية/بلدة/…» is a place; it is coded where it is placed («… القريبة من مدينة مارع»)
                    unresolved.append((m, a0, bisect_right(starts, m.end - 1)))
                    continue
            if m.type == "ORG" and (m.actor is None or m.actor in unlinked):
                # a town the tagger took for an organisation («من خلال «البوكمال»»): the whole mention must be
                # the name of a place of the region that is no country, capital or common word
                key = squash(normalize_word(m.text))
                ents = tuple(e for e in self.gazetteer.lookup(key)
                             if e.country in MENA and e.feature in SETTLEMENTS + ("region", "admin1")
                             and "capital" not in e.flags and "cue" not in e.flags)
                if ents and key not in self.gazetteer.common and len(key) >= 4:
                    a = bisect_right(starts, m.start) - 1
                    j = bisect_right(starts, m.end - 1)
                    if a >= 0:
                        cands.append(_Cand(a, j, m.start, m.end, ents, read_context(tokens, a, j, ""), m.id))
                continue
            if m.type != "LOC":
                continue
            a, b = max(0, bisect_right(starts, m.start) - 1), bisect_right(starts, m.end - 1)
            found = None
            span = (m.start, m.end)
            for i in range(a, b):
                r = self._match_at(tokens, i, gaz_only=False)
                if r and r[0] - i == 1 and norm_of(tokens[i]) in PLACE_NOUNS:
                    continue  # «بمدينة تعز»: «مدينة» is the noun, not Medina
                if r and r[1] >= m.start and tokens[r[0] - 1].end <= m.end and (
                        found is None or r[0] - i > found[1] - found[0]):
                    found = (i, r[0], r[2], r[3], r[4])
            # The tagger cut a name short («بلاد [الشام]», «[معرة] مصرين»): a longer gazetteer name over free tokens
            # around the mention wins, and the mention takes its span.
            eaten: list[Mention] = []
            for i in range(max(0, a - 1), b):
                r = self._match_at(tokens, i, gaz_only=False)
                if r and r[0] - i == 1 and r[1] < m.start < tokens[i].end and found is None and (
                        tokens[i].end <= m.end):
                    # the tagger left a letter of the name out («[ب]ادوش» read as ب + «ادوش»)
                    found, span = (i, r[0], r[2], r[3], r[4]), (r[1], tokens[i].end)
                    eaten = []
                    continue
                if not r or r[0] - i < 2 or (found is not None and r[0] - i <= found[1] - found[0]):
                    continue
                s2, e2 = r[1], tokens[r[0] - 1].end
                others = [(ts, te) for ts, te in taken if s2 < te and ts < e2 and (ts, te) != (m.start, m.end)]
                if s2 < m.end and m.start < e2 and all(
                        s2 <= ts and te <= e2 and (ts, te) in loc_at and ts >= m.end for ts, te in others):
                    # over free words, or over the tagger's next LOC mentions, which it absorbs («بالغوطة
                    # الشرقية» tagged «الغوطة» + «الشرقية», «جيلان بينار» tagged «جيلان» + «ينار»)
                    found, span = (i, r[0], r[2], r[3], r[4]), (s2, e2)
                    eaten = [loc_at[o] for o in others]
            if found is None:
                unresolved.append((m, a, b))
                continue
            if found[4] == "المدينه" and found[1] - found[0] == 1 and not _with_mecca(tokens, found[0]):
                continue  # «المدينة» tagged alone: "the city" just named, not Medina
            if found[1] - found[0] == 1 and squash(found[4]) in self.gazetteer.common and all(
                    e.country not in MENA for e in found[2]):
                fctx = read_context(tokens, found[0], found[1], found[3])
                if not (fctx.locative or fctx.cue):
                    continue  # «صوت البندقية» "the rifle's voice" tagged LOC: Venice only where placed
            i, j, ents, clit = found[:4]
            second = None
            if span == (m.start, m.end) and j < b and tokens[b - 1].end == m.end and "و" in _clitics(tokens[j]):
                # «كفريا والفوعة» tagged as one mention: two places, the second a mention of its own
                r2 = self._match_at(tokens, j, gaz_only=False)
                if r2 is not None and r2[0] == b and r2[3].startswith("و") and i == a:
                    second = r2
            tail = None
            if span == (m.start, m.end) and second is None and tokens[b - 1].end == m.end:
                # «[جوزف بجبل الزاوية]», «[المنصورة بعدن]» tagged as one: a place in a place
                for k in range(a + 1, b):
                    if tokens[k].kind != "arabic":
                        continue
                    r2 = self._match_at(tokens, k, gaz_only=False)
                    infi = norm_of(tokens[k - 1]) == "في"
                    if (r2 is not None and r2[0] == b and ("ب" in r2[3] or infi)
                            and all(tokens[q].kind == "arabic" and not _noun_like(tokens[q])
                                    for q in range(a, k - infi))
                            and k - infi > a and any(e.feature not in ("country", "border") for e in r2[2])):
                        tail = (k, r2, infi)
                        break
            if tail is not None:
                # The name after «ب»/«في» is a place of its own (a new mention); the words before it, the tagger's
                # mention, are placed in it
                k, r2, infi = tail
                e1 = tokens[k - 1 - infi].end
                cands.append(_Cand(k, b, r2[1], m.end, r2[2], read_context(tokens, k, b, r2[3]), None))
                taken[taken.index((m.start, m.end))] = (m.start, e1)
                taken.append((r2[1], m.end))
                unresolved.append((dataclasses.replace(m, end=e1, text=doc.text[m.start:e1]), a, k - infi))
                continue
            if span == (m.start, m.end) and _names_another_place(tokens, a, j if second else b, i, j):
                unresolved.append((m, a, b))  # «قصر البريج» is not «البريج», «الكرك الشرقي» not «الكرك»
                continue
            if second is not None:
                span = (m.start, tokens[j - 1].end)
                ctx = read_context(tokens, i, j, clit)
                cands.append(_Cand(j, b, second[1], m.end, second[2], dataclasses.replace(ctx, clitic=second[3]),
                                   None))
                taken.append((second[1], m.end))
            if span != (m.start, m.end):
                taken[taken.index((m.start, m.end))] = span
                for x in eaten:
                    taken.remove((x.start, x.end))
                    absorbed.append(x)
            cands.append(_Cand(i, j, span[0], span[1], ents, read_context(tokens, i, j, clit), m.id))
        # Names found by the gazetteer where no mention is.
        covered = bytearray(len(doc.text) + 1)
        for ts, te in taken:
            covered[ts:te] = b"\x01" * (te - ts)

        def free(s: int, e: int) -> bool:
            return covered.find(1, s, e) < 0

        known = self._variants
        last: tuple[int, Context] | None = None
        mention_end = {c.j - 1: (c.j, c.context) for c in cands}  # last token of a mention's name -> (end, context)
        mention_start = {c.i: k for k, c in enumerate(cands) if c.mention is not None}
        # the common case, a token that starts no name, is filtered out in one pass
        todo = [i for i, t in enumerate(tokens)
                if t.kind == "arabic" and (known.get(t.text) != () or "حدود" in t.text)]
        nxt = 0  # first token not yet consumed by a name
        for i in todo:
            if i < nxt:
                continue
            t = tokens[i]
            border = self._border_at(tokens, i)
            if border is not None:
                j, ents = border
                s, e = t.stem.start, tokens[j - 1].end
                if free(s, e):
                    cands.append(_Cand(i, j, s, e, ents, Context(cue=True), None))
                    covered[s:e] = b"\x01" * (e - s)
                    nxt = j
                    continue
            r = self._match_at(tokens, i, gaz_only=True)
            if r is None:
                continue
            j, s, ents, clit, key = r
            e = tokens[j - 1].end
            k0 = mention_start.get(i)
            if k0 is not None:
                # a tagger's mention inside a list shares the list head's context («محافظات عدن وأبين ولحج»)
                mc = cands[k0]
                if last is not None and "و" in mc.context.clitic and not mc.context.cue and _coordinated(
                        tokens, last[0], i, mc.context):
                    mc = dataclasses.replace(mc, context=dataclasses.replace(
                        last[1], clitic=mc.context.clitic, locative=mc.context.locative or last[1].locative))
                    cands[k0] = mc
                last = (mc.j, mc.context)
                mention_end[mc.j - 1] = last
                continue
            if not free(s, e) or tokens[j - 1].text.endswith(_TANWEEN):
                continue  # «الممول تركياً»: an adverb, not the name
            if clit.lstrip("وف")[:1] in ("ب", "ل", "ك") and i > 0 and norm_of(tokens[i - 1]) in NAMING_NOUNS:
                continue  # «منطقة لكمة عرش»: a noun takes its name without a preposition (not ل + «كمة»)
            ctx = read_context(tokens, i, j, clit)
            if "و" in clit:
                # the list's previous member may be a mention of the tagger («قضاء [هيت] والقائم»)
                prev = mention_end.get(i - 1) or mention_end.get(i - 2)
                if prev is not None and (last is None or prev[0] > last[0]):
                    last = prev
            if last is not None and "و" in clit and _coordinated(tokens, last[0], i, ctx):
                # «قضاء هيت والقائم», «محافظات عدن وأبين ولحج والضالع»: a list member shares its head's context
                ctx = dataclasses.replace(last[1], clitic=clit, locative=ctx.locative or last[1].locative)
            if j - i == 1 and norm_of(t) in PLACE_NOUNS:
                continue  # «مدينة», «العاصمة»: place words, not names
            if j - i == 1 and key in COMPOUND_HEADS and j < len(tokens) and tokens[j].kind == "arabic" and (
                    tokens[j].words[0].role != "proclitic"):
                continue  # «تل أعور» is a name the gazetteer lacks, not a place called «تل»
            if j - i == 1 and key in ADJECTIVE_NAMES and not clit and i > 0 and tokens[i - 1].kind == "arabic" and (
                    "ال" in normalize_word(tokens[i - 1].text)[:4] and norm_of(tokens[i - 1]) not in PLACE_NOUNS):
                continue  # «الأراضي البيضاء» "the white lands", not al-Bayda; «مدينة البيضاء» stays
            if j - i == 1 and not clit and is_country_adjective(tokens, i):
                continue  # «قيادات عسكرية سورية», «مصادر سورية»: the adjective, not the country
            if j - i == 1 and key == "المدينه" and not _with_mecca(tokens, i):
                continue  # «المدينة» alone is "the city" (the one just named); «مكة والمدينة» is Medina
            common = j - i == 1 and (key in self.gazetteer.common or clit == OVERRIDE)
            if common and not ctx.noun_cue and not (ctx.road and any(
                    x.feature in SETTLEMENTS and x.country in MENA and x.population >= ROAD_TOWN_POPULATION for x in ents)):
                continue  # «الخبر» "the news", «بن» in a name: only «مدينة الخبر»; «طريق الباب» is the town's road
            strong = [x for x in ents if not _weak(x, j - i, bool(clit))]
            if not ctx.cue and (ctx.locative or ctx.target) and not common:
                # «بالضالع», «في جنيف»: a locative licenses towns (not villages, not common words)
                strong += [x for x in ents if x not in strong and "cue" not in x.flags and x.feature in SETTLEMENTS
                           and (x.population >= LOCATIVE_POPULATION or x.country not in MENA)]
            if not strong and not ctx.cue:
                continue
            if not ctx.cue:
                ents = tuple(strong)
            cands.append(_Cand(i, j, s, e, ents, ctx, None))
            covered[s:e] = b"\x01" * (e - s)
            last = (j, ctx)
            nxt = j
        cands.extend(self._list_members(doc, tokens, starts, cands, unlinked))
        cands.extend(self._unknown_in_known(tokens, cands, covered, unresolved))
        cands.sort(key=lambda c: c.start)
        for k in range(1, len(cands)):
            p, c = cands[k - 1], cands[k]
            if p.context.road and not c.context.relative and (p.j == c.i or (p.j == c.i - 1 and is_quote(tokens[p.j]))):
                # the road's second place: «طريق دمشق حمص», «طريق حلب - دمشق»
                cands[k] = dataclasses.replace(c, context=dataclasses.replace(c.context, relative=True, road=True))
            elif p.context.between and p.j == c.i and "و" in c.context.clitic:
                cands[k] = dataclasses.replace(c, context=dataclasses.replace(c.context, between=True))  # «… والفلوجة»
        return cands, absorbed

    def _list_members(self, doc: Document, tokens: list[Token], starts: list[int], cands: list[_Cand],
                      unlinked: set[str]) -> list[_Cand]:
        """«بلدات حيان وبيانون و[ماير]»: a PER/ORG/MISC mention of the tagger (no known actor) that is the next
        member of a list of places announced by a settlement or area noun, and a place of the gazetteer, is that
        place (the list head's context)."""
        from bisect import bisect_right

        by_end = {c.j: c for c in cands if c.context.settlement_noun or c.context.area_noun}
        if not by_end:
            return []
        unknown = unlinked | {a.id for a in doc.actors if a.dictionary_id is None}  # a person the linker lacks
        out: list[_Cand] = []
        for m in doc.mentions:
            if m.type not in ("PER", "ORG", "MISC") or not (m.actor is None or m.actor in unknown):
                continue
            a = bisect_right(starts, m.start) - 1
            b = bisect_right(starts, m.end - 1)
            if a < 1 or b - a != 1 or _clitics(tokens[a]) != "و":
                continue
            prev = by_end.get(a) or (by_end.get(a - 1) if tokens[a - 1].text in "،," else None)
            if prev is None:
                continue
            key = squash(tokens[a].stem.norm)
            ents = tuple(e for e in self.gazetteer.lookup(key) if e.country in MENA and e.feature in SETTLEMENTS
                         and e.feature != "country")
            if ents and len(key) >= 3:
                ctx = dataclasses.replace(prev.context, clitic="و")
                out.append(_Cand(a, b, m.start, m.end, ents, ctx, m.id))
                by_end[b] = dataclasses.replace(prev, j=b)
        return out

    def _name_over(self, tokens: list[Token], starts: list[int], m: Mention,
                   taken: list[tuple[int, int]]) -> _Cand | None:
        """A gazetteer name of two or more words over a PER/ORG/MISC mention, announced by a place word: a noun before
        it («منطقة الشيخ نجار», «بلدة أبو الضهور»), or a landform or site noun that begins it («جبل التركمان»,
        «مطار الملك عبدالعزيز الدولي» tagged PER «عبدالعزيز الدولي»). Words it takes beyond the mention must be
        free of other mentions; the longest such name wins."""
        from bisect import bisect_right

        a = bisect_right(starts, m.start) - 1
        b = bisect_right(starts, m.end - 1)
        if a < 0 or tokens[a].start != m.start or tokens[b - 1].end != m.end:
            return None
        best: _Cand | None = None
        for i in range(max(0, a - 3), a + 1):
            if tokens[i].kind != "arabic":
                continue
            r = self._match_at(tokens, i, gaz_only=False)
            if r is None or r[0] < b or r[0] - i < 2 or (best is not None and r[0] - i <= best.j - best.i):
                continue
            j, s, ents, clit, _key = r
            e = tokens[j - 1].end
            head = norm_of(tokens[i])
            noun = _after_noun(tokens, i, NAME_NOUNS)
            if head not in LANDFORM_HEADS and head not in SITE_NOUNS and not noun:
                continue
            if any(s < te and ts < e for ts, te in taken if (ts, te) != (m.start, m.end)):
                continue
            ents = tuple(x for x in ents if x.feature != "country" and "capital" not in x.flags)
            if ents:
                best = _Cand(i, j, s, e, ents, read_context(tokens, i, j, clit), m.id)
        return best

    def _unknown_in_known(self, tokens: list[Token], cands: list[_Cand], covered: bytearray,
                          unresolved: list[tuple[Mention, int, int]]) -> list[_Cand]:
        """«بلدة X بريف/في Y», «بمنطقة سناح بالضالع»: a name the gazetteer lacks (announced by a place noun, or a
        LOC mention of the tagger), placed in a known place right after it, is coded to that place's point with
        precision 2 (ACLED's rule for a location near or within a named place)."""
        by_start = {c.i: c for c in cands}
        vocab = _vocab()
        out: list[_Cand] = []
        pending: list[tuple[int, int, int, int, str | None]] = []  # unplaced village names: tokens, span, mention
        n = len(tokens)

        def host(j: int) -> tuple[Entry, ...] | None:
            """The entries of a known place governed by «في», «ب…», «بريف», «قرب» at token ``j``, or by a
            direction, in brackets or not («ناحية المشيرفة (جنوب الموصل)», «قرية X شمال شرقي إدلب»)."""
            if j < n and _quote(tokens[j]):
                j += 1  # «قرية "أم حوش" القريبة من …»: the name's closing quote
            if j < n and tokens[j].text == "(":
                j += 1
            if j >= n or tokens[j].kind != "arabic":
                return None
            if norm_of(tokens[j]) in NEAR_WORDS:
                # «القريبة من مدينة مارع», «بالقرب من حلب»: near a known settlement
                j += 1
                if j < n and norm_of(tokens[j]) == "من":
                    j += 1
                if j < n and tokens[j].kind == "arabic" and norm_of(tokens[j]) in SETTLEMENT_NOUNS:
                    j += 1
                c = by_start.get(j)
                if c is not None and c.entries and any(e.feature in SETTLEMENTS for e in c.entries):
                    return tuple(x for x in c.entries if x.feature in SETTLEMENTS)
                return None
            linked = False
            if norm_of(tokens[j]) in LINK_WORDS and j + 1 < n and tokens[j + 1].kind == "arabic":
                # «قرية شنف التابعة لناحية نمرود», «بلدة X الواقعة في ريف Y», «قرية X الواقعة شمال Y»
                j += 1
                linked = True
            if norm_of(tokens[j]) in DIRECTIONS:
                j += 2 if j + 1 < n and norm_of(tokens[j + 1]) in DIRECTIONS else 1
                if j < n and tokens[j].kind == "arabic" and norm_of(tokens[j]) in SETTLEMENT_NOUNS:
                    j += 1  # «جنوب مدينة جسر الشغور»
                c = by_start.get(j)
                if c is not None and c.entries and any(e.feature in SETTLEMENTS for e in c.entries):
                    return tuple(x for x in c.entries if x.feature in SETTLEMENTS)
                if c is not None and c.entries and all(e.feature in ("country", "admin1") for e in c.entries):
                    return c.entries  # «قرية X شمال سوريا»: only the country (or governorate) is known, precision 3
                return None
            if not (norm_of(tokens[j]) in ("في", "قرب", "ريف", "بريف") or tokens[j].words[0].norm == "ب"
                    or (linked and tokens[j].words[0].norm == "ل")):
                return None
            for q in range(j, min(n, j + 3)):
                c = by_start.get(q)
                if c is not None and c.entries and any(e.feature not in ("country", "border") for e in c.entries):
                    return tuple(x for x in c.entries if x.feature not in ("country", "border"))
                if c is not None and c.entries and all(e.feature == "country" for e in c.entries) and q == j + (
                        norm_of(tokens[j]) == "في"):
                    return c.entries  # «بلدة X في اليمن», «بلدة X باليمن»: the country's point, precision 3
            return None

        for m, _a, b in unresolved:
            ents = host(b)
            end = m.end
            if not ents and b + 1 < n and tokens[b].kind == "arabic" and _rare(tokens[b], vocab) and (
                    tokens[b].words[0].role != "proclitic" and covered.find(1, tokens[b].start, tokens[b].end) < 0):
                # the tagger cut the name short («قرية [خراب] دليل التابعة لمحور بعشيقة»): one more rare word
                ents = host(b + 1)
                end = tokens[b].end
            if ents:
                out.append(_Cand(_a, b, m.start, end, ents, Context(relative=True, cue=True, noun_cue=True), m.id))
            elif _after_noun(tokens, _a, VILLAGE_NOUNS):
                pending.append((_a, b, m.start, m.end, m.id))
        is_noun = self._name_noun
        for k, t in enumerate(tokens):
            if t.kind != "arabic":
                continue
            v = is_noun.get(t.text)
            if v is None:
                v = norm_of(t) in SCAN_NOUNS
                if len(is_noun) < 500_000:
                    is_noun[t.text] = v
            if not v or norm_of(t) in PLURAL_NOUNS or (t.words[-1].role == "enclitic" and norm_of(t) == t.stem.norm):
                continue  # «معسكره» "his camp" (not «قريتي», the dual)  # «أحياء سكنية في …»: after a plural noun, an adjective rather than a name
            # the unknown name: one or two rare words right after the noun (in quotes or not), or a compound
            # head and a rare word («قريتي تل أعور», «محور بيت عوان»)
            k0 = k + 1 if k + 1 < n and _quote(tokens[k + 1]) else k
            j = k0 + 1
            if _compound_head(tokens, k0 + 1, covered) and k0 + 2 < n and _rare(tokens[k0 + 2], vocab) and (
                    tokens[k0 + 2].words[0].role != "proclitic"):
                j = k0 + 3
            while j < n and j < k0 + 3 and tokens[j].kind == "arabic" and _rare(tokens[j], vocab) and (
                    covered.find(1, tokens[j].start, tokens[j].end) < 0) and not (
                    j > k0 + 1 and tokens[j].words[0].role == "proclitic"):
                j += 1
            if j == k0 + 1 and k0 > k and k0 + 2 < n and _quote(tokens[k0 + 2]) and tokens[k0 + 1].kind == "arabic" and (
                    norm_of(tokens[k0 + 1]) not in PLACE_NOUNS and len(tokens[k0 + 1].stem.norm) >= 3
                    and covered.find(1, tokens[k0 + 1].start, tokens[k0 + 1].end) < 0):
                j = k0 + 2  # «قرية "بردة"»: one quoted word after the noun is a name, known as a word or not
            if j == k0 + 1 and k0 == k and norm_of(t) in SITE_NAME_NOUNS and k0 + 1 < n and _uncommon(
                    tokens[k0 + 1], vocab) and covered.find(1, tokens[k0 + 1].start, tokens[k0 + 1].end) < 0:
                j = k0 + 2  # «معسكر المنار», «تلة خطاب»: a site's name may be a word, if not a frequent one
            if j == k0 + 2 and _adjective(tokens[k0 + 1]):
                continue  # «معسكر تحضيري», «حاجز أمني»: an adjective, not a name
            c0 = by_start.get(k0 + 1) if j == k0 + 1 else None
            known: list[_Cand] = []
            unknown: list[tuple[int, int, int, int]] = []
            if c0 is not None and c0.entries and c0.j < n and _and(tokens[c0.j], vocab):
                known, j = [c0], c0.j  # «ناحية يثرب وعزيز بلد»: a known name first, an unknown one after it
            elif j == k0 + 1 or j >= n:
                continue
            else:
                # the list the noun heads: «قريتي الزيادية وفتحة السد», «منطقتي الحامضية والبوعيثة» (unknown
                # names, or names the gazetteer knows)
                unknown = [(k0 + 1, j, tokens[k0 + 1].start, tokens[j - 1].end)]
                if k0 == k and norm_of(t) in SITE_NAME_NOUNS:
                    # «بوابة الحيلة», «معسكر المنار», «تلة خطاب»: the noun is part of the site's name
                    body = [w for w in t.words if w.role != "proclitic"]
                    unknown[0] = (k0 + 1, j, body[0].start if body else t.start, tokens[j - 1].end)
            while j < n and len(unknown) + len(known) < 4 and _and(tokens[j], vocab):
                c = by_start.get(j)
                if c is not None and c.entries:
                    known.append(c)
                    j = c.j
                    continue
                # a member of one or two words: the end after which the list is placed («وفتحة السد في …»), else
                # rare words («والفريكة»)
                ends = [x for x in (j + 1, j + 2) if x <= n and all(
                    tokens[y].kind == "arabic" and covered.find(1, tokens[y].start, tokens[y].end) < 0
                    and by_start.get(y) is None and (y == j or tokens[y].words[0].role != "proclitic")
                    and not (y == j and _noun_like(tokens[y])) and tokens[y].words[-1].role != "enclitic"
                    for y in range(j, x))]
                j2 = next((x for x in ends if x < n and host(x)), j)
                if j2 == j:
                    # or the words up to a comma or full stop («ناحية يثرب وعزيز بلد، …»)
                    j2 = next((x for x in ends if (x == n or tokens[x].text in "،,.") and all(
                        len(tokens[y].stem.norm) >= 3 and not _noun_like(tokens[y]) and (_rare(tokens[y], vocab) or not (
                            normalize_word(tokens[y].text).lstrip("وف").startswith("ال"))) for y in range(j, x))), j)
                if j2 == j and ends and _rare(tokens[j], vocab) and not (known and known[0] is c0):
                    j2 = j + 2 if j + 2 in ends and _rare(tokens[j + 1], vocab) else j + 1
                elif j2 == j and ends and _rare(tokens[j], vocab) and (j + 1 >= n or _and(tokens[j + 1], vocab)
                                                                       or tokens[j + 1].text in "،,."):
                    j2 = j + 1  # «محور الليثي وبوعطني وقنفودة»: a one-word member ending the list or before another
                if j2 == j:
                    break
                body = [w for w in tokens[j].words if w.role != "proclitic"]
                s0 = body[0].start if body and _clitics(tokens[j]) else tokens[j].start + 1  # «وبوعطني» unsplit
                unknown.append((j, j2, s0, tokens[j2 - 1].end))
                j = j2
            # then «في Y», «بY», «بريف Y», «قرب Y» within two tokens; else a known member of the list
            ents = host(j) if j < n else None
            if not ents and known:
                ents = next((tuple(x for x in c.entries if x.feature in SETTLEMENTS + ("district",)) for c in known
                             if any(x.feature in SETTLEMENTS + ("district",) for x in c.entries)), None)
            for u0, u1, s, e in unknown:
                if ents:
                    out.append(_Cand(u0, u1, s, e, ents, Context(relative=True, cue=True, noun_cue=True), None))
                    covered[s:e] = b"\x01" * (e - s)
                elif norm_of(t) in PENDING_NOUNS and (j >= n or tokens[j].kind != "arabic" or _quote(tokens[j])
                                                       or len(unknown) > 1):
                    pending.append((u0, u1, s, e, None))
                    covered[s:e] = b"\x01" * (e - s)
        if pending:
            # «قصف على قرية "بردة"» with nothing to place it by: a village the gazetteer lacks, among places of one
            # governorate, is coded to that governorate (precision 3), as annotators code an unresolved village
            known = cands + out
            for i0, j0, s0, e0, mid in pending:
                town = _nearest_town(tokens, known, i0, j0)
                if town is not None:
                    # the settlement named with it in the same sentence («إلى قرية "أم القرى"، … بقصف على مارع»):
                    # its point, precision 2, as annotators code an unresolved village by the place named with it
                    out.append(_Cand(i0, j0, s0, e0, town, Context(relative=True, cue=True, noun_cue=True), mid))
                    continue
                gov = self._local_governorate(known, i0)
                if gov is not None:
                    out.append(_Cand(i0, j0, s0, e0, (gov,), Context(cue=True, noun_cue=True, admin_noun=True), mid))
        if out:
            out.extend(_repeats(tokens, out, covered, vocab))
        return out

    def _local_governorate(self, cands: list[_Cand], i0: int) -> Entry | None:
        """The governorate (admin1 entry) of at least two of the three places nearest to token ``i0`` (within
        ``LOCAL_TOKENS``) whose readings all lie in one governorate; none when a country other than the
        governorate's is named that near."""
        near: list[tuple[int, tuple[str, str]]] = []
        countries: set[str] = set()  # countries named near it («قرب بلدة غوثنبرغ … السويد»)
        for c in cands:
            if abs(c.i - i0) > LOCAL_TOKENS:
                continue
            countries |= {e.country for e in c.entries if e.feature == "country" and e.country}
            pairs = {(e.country, e.admin1) for e in c.entries if e.feature != "country"}
            if len(pairs) != 1:
                continue
            cc, a1 = next(iter(pairs))
            if cc and a1:
                near.append((abs(c.i - i0), (cc, a1)))
        near.sort()
        votes = Counter(pair for _d, pair in near[:3])
        if not votes:
            return None
        (cc, a1), top = votes.most_common(1)[0]
        if top < 2 or countries - {cc}:
            return None
        govs = self.gazetteer.entries_of_admin1(cc, a1)
        return govs[0] if govs else None

    # -- 2./3. choice ----------------------------------------------------------------------------------------
    def resolve(self, doc: Document) -> list[Resolution]:
        cands, absorbed = self._find(doc)
        tokens = list(doc.tokens)
        # Country focus and anchors from names with one reading (or a country).
        focus: Counter[str] = Counter()
        anchors: list[Entry] = []
        for c in cands:
            countries = {e.country for e in c.entries if e.country}
            if len(countries) == 1:
                focus[next(iter(countries))] += 1
            if len({e.id for e in c.entries if e.feature != "country"}) == 1 and len(c.entries) <= 3:
                anchors.extend(e for e in c.entries if e.feature in SETTLEMENTS)
        total = sum(focus.values()) or 1
        out: list[Resolution] = []
        prev_metonymic: tuple[int, bool] | None = None
        chosen = [self._choose(c, focus, total, anchors) for c in cands]
        by_tok = {c.i: k for k, c in enumerate(cands)}
        n = len(tokens)
        for k, c in enumerate(cands):
            ent = chosen[k][0]
            if ent is None or c.j >= n or ent.feature in ("country", "admin1", "region", "border"):
                continue
            # «حي الروضة بمدينة تعز», «دار سعد في عدن», «قرية [قصر] البريج بريف حلب»: a neighbourhood or village
            # far from the place it is said to be in is a same-named place elsewhere; it gets the point of the
            # place it is in, precision 2 (3 for a governorate)
            q0 = c.j + 1 if norm_of(tokens[c.j]) in REGION_ADJ and c.j + 1 < n else c.j  # «حصيبة الشرقية شرق …»
            t = tokens[q0]
            if t.kind != "arabic":
                continue
            city = DEMONYM_CITIES.get(norm_of(t)) if q0 == c.j else None
            if city is not None:
                # «حي جوبر الدمشقي»: a name far from the city its demonym names is a same-named place elsewhere
                towns = [x for x in self.gazetteer.lookup(city) if x.feature in SETTLEMENTS]
                if towns:
                    town = max(towns, key=lambda x: x.population)
                    if haversine_km(ent.lat, ent.lon, town.lat, town.lon) > 50:
                        chosen[k] = (town, 2)
                continue
            if norm_of(t) in DIRECTIONS:
                # «منطقة حصيبة الشرقية شرق الرمادي»: placed by a direction from a town
                q1 = q0 + 2 if q0 + 1 < n and norm_of(tokens[q0 + 1]) in DIRECTIONS else q0 + 1
                h = by_tok.get(q1)
            elif q0 != c.j:
                continue
            elif norm_of(t) == "في" or (t.words[0].norm == "ب" and norm_of(t) in PLACE_NOUNS):
                h = next((by_tok[q] for q in range(c.j + 1, min(n, c.j + 3)) if q in by_tok), None)
            elif t.words[0].norm == "ب":
                h = by_tok.get(c.j)  # «بتعز»; not «بخدمات ابن صبيا», «باتجاه الدمام»
            else:
                continue
            host = chosen[h][0] if h is not None else None
            if host is None or host.feature not in SETTLEMENTS + ("admin1", "admin2"):
                continue
            limit = 50 if c.context.area_noun or c.context.wide_area else 150
            # a governorate's centroid may lie far from its towns: there, only another country counts
            far = (ent.country != host.country if host.feature not in SETTLEMENTS
                   else haversine_km(ent.lat, ent.lon, host.lat, host.lon) > limit)
            if far:
                chosen[k] = (host, 2 if host.feature in SETTLEMENTS else 3)
        home = _home(focus, total)
        if home is not None:
            # A small place far from an article that is about one country is a same-named village elsewhere
            # («لكمة عرش» in Yemen read as ل + an Iranian hamlet): no place rather than a wrong one. So is a
            # neighbourhood of a city abroad («مدينة نصر على أطراف عدن» is not Cairo's Nasr City), curated or not.
            for k, (ent, _prec) in enumerate(chosen):
                if (ent is not None and ent.country != home and focus.get(ent.country or "", 0) <= 1
                        and ((ent.feature in ("town", "village") and ent.population < SMALL_POPULATION
                              and not ent.id.startswith("cur:") and not cands[k].context.settlement_noun)
                             or (ent.feature == "district" and any(a.id != ent.id for a in anchors)))
                        and not any(haversine_km(ent.lat, ent.lon, a.lat, a.lon) < 500
                                    for a in anchors if a.id != ent.id)):
                    chosen[k] = (None, _prec)
        for k, c in enumerate(cands):
            entry, precision = chosen[k]
            if c.context.title and c.context.rural is None:
                entry = None  # a government or a newspaper named after a place
            feature = entry.feature if entry else ""
            # Metonymy: states and capitals acting. Coordinated names follow the first.
            if entry is not None and (entry.feature == "country" or "capital" in entry.flags):
                coordinated = prev_metonymic is not None and _coordinated(tokens, prev_metonymic[0], c.i, c.context)
                if coordinated and prev_metonymic is not None:
                    place_reading = not prev_metonymic[1]
                else:
                    ctx = c.context
                    place_reading = (ctx.locative or ctx.cue or ctx.rural is not None or ctx.relative
                                     or ctx.settlement_noun or ctx.admin_noun)
                prev_metonymic = (c.j, not place_reading)
                if not place_reading:
                    entry = None
            else:
                prev_metonymic = None
            out.append(Resolution(c.start, c.end, entry, precision, feature, c.mention))
        out.extend(Resolution(x.start, x.end, None, 0, "", x.id, drop=True) for x in absorbed)
        return out

    def _choose(self, c: _Cand, focus: Counter[str], total: int, anchors: list[Entry]) -> tuple[Entry | None, int]:
        ctx = c.context
        ents = list(c.entries)
        if ctx.rural is not None:
            # «ريف دمشق» names a governorate of its own (Rif Dimashq)
            for e in ents:
                whole = [x for k in e.keys for x in self.gazetteer.lookup("ريف" + k) if x.feature == "admin1"]
                if whole:
                    ents = whole
                    break
        admin1 = [e for e in ents if e.feature == "admin1"]
        if (ctx.rural is not None or ctx.admin_noun) and admin1:
            ents = admin1
        elif ctx.rural is not None:
            # «ريف» + a town: the town's point, precision 2.
            pass
        elif ctx.region_hint and admin1 and not ctx.settlement_noun:
            ents = admin1
        elif len(ents) > 1 and not ctx.admin_noun:
            # a bare governorate name is its seat («حماة» the city), when the seat bears the same name
            admins = [e for e in ents if e.feature in ("admin1", "admin2", "admin3")]
            # the seat must bear the name as its own: GeoNames' «لحج» is an alias of the town al-Hawta, and
            # «لحج» alone is Lahij governorate
            seats = [e for e in ents if e.feature not in ("admin1", "admin2", "admin3")
                     and (not admins or any(e.country == a.country and haversine_km(e.lat, e.lon, a.lat, a.lon) < 80
                                            for a in admins))
                     and not (any(a.feature == "admin1" for a in admins) and e.name_ar
                              and squash(normalize_word(e.name_ar)) not in {squash(k) for a in admins for k in a.keys})]
            if seats:
                ents = seats
            elif admins:
                ents = [e for e in ents if e.feature not in ("admin2", "admin3")] or admins
        if ctx.settlement_noun and len(ents) > 1:
            # «العاصمة الأردنية عمان» is Amman, not Oman
            settled = [e for e in ents if e.feature != "country"]
            if settled:
                ents = settled

        def score(e: Entry) -> float:
            s = FEATURE_PRIOR.get(e.feature, 0.0) + 1.0 * math.log10(e.population + 1)
            if e.country:
                s += 3.0 * focus.get(e.country, 0) / total
            if "capital" in e.flags:
                s += 1.0
            if e.id.startswith("cur:"):
                s += 0.5
            if ctx.settlement_noun and e.feature in SETTLEMENTS:
                s += 2.0
            if anchors and e.feature != "country":
                d = min((haversine_km(e.lat, e.lon, a.lat, a.lon) for a in anchors if a.id != e.id), default=1e9)
                s += 2.0 if d < 50 else 1.0 if d < 150 else 0.0
            return s

        best = ents[0] if len(ents) == 1 else max(ents, key=lambda e: (score(e), e.id))
        home = _home(focus, total)
        if home and best.country != home and not focus.get(best.country or "", 0) and best.feature != "country":
            # An article about one country: a same-named place of that country near the article's other places
            # beats a larger namesake in a country the article never names («همدان» beside Sanaa is Hamdan
            # district, not Iran's Hamadan)
            local = [e for e in c.entries if e.country == home and any(
                haversine_km(e.lat, e.lon, a.lat, a.lon) < NEAR_ANCHOR_KM for a in anchors if a.id != e.id)]
            if local:
                best = max(local, key=lambda e: (score(e), e.id))
        level = ADMIN_LEVEL_BY_COUNTRY.get((best.country or "", ctx.admin_word), ctx.admin_level)
        if (level in (1, 2) and best.feature in SETTLEMENTS and best.country in MENA and ctx.rural is None
                and not ctx.relative and not ctx.settlement_noun):
            # «قضاء بيجي», «مديرية باجل», «محافظة عدن» where the gazetteer has no unit of that name: the unit is
            # coded to its seat (ACLED's practice), precision 3, with the unit's feature. Only in the region,
            # where units are named after their seats («ولاية واشنطن» is no unit around Washington, D.C.)
            best = dataclasses.replace(best, feature=f"admin{level}", precision=3,
                                       name=best.name + (" Governorate" if ctx.admin_word.startswith("محافظ")
                                                         or ctx.admin_word == "ولايه" else " District"))
        precision = best.precision or DEFAULT_PRECISION.get(best.feature, 1)
        if best.feature == "admin1" or (ctx.rural is not None and best.feature in ("admin2", "admin3")):
            precision = 3
        elif ctx.rural is not None or (ctx.relative and best.feature not in ("country", "region", "border")) or (
                ctx.between and best.feature in SETTLEMENTS):
            precision = max(precision, 2) if best.feature not in ("admin2", "admin3") else 3
        elif best.feature in SETTLEMENTS and not ctx.centre and (
                (ctx.area_noun and best.population < 15000) or ctx.wide_area
                or (ctx.site_noun and not ctx.settlement_noun)):
            # «حي/منطقة X» for a small place, «سهل الزبداني», «ميناء درنة»: an area or site at the town
            precision = max(precision, 2)
        return best, precision


def _after_noun(tokens: list[Token], a: int, nouns: frozenset[str]) -> bool:
    """Whether token ``a`` follows one of ``nouns`` (a quote between allowed)."""
    q = a - 1 if a >= 1 and _quote(tokens[a - 1]) else a
    return q >= 1 and tokens[q - 1].kind == "arabic" and norm_of(tokens[q - 1]) in nouns


def _with_mecca(tokens: list[Token], i: int) -> bool:
    """Whether «المدينة» at token ``i`` is coordinated with Mecca («مكة والمدينة», «المدينة ومكة المكرمة»)."""
    near = [normalize_word(t.text) for t in tokens[max(0, i - 3):i + 3] if t.kind == "arabic"]
    return any(w in ("مكه", "ومكه", "بمكه", "لمكه") for w in near)


def _quote(tok: Token) -> bool:
    return tok.kind != "arabic" and tok.text in QUOTES


def _strength(ents: tuple[Entry, ...]) -> float:
    """The prior of a reading's strongest entry (feature prior + log10 population), as in the choice."""
    return max(FEATURE_PRIOR.get(e.feature, 0.0) + math.log10(e.population + 1) for e in ents)


def _home(focus: Counter[str], total: int) -> str | None:
    """The country an article is about: named by at least two unambiguous names, half of them or more."""
    top = focus.most_common(1)
    if top and top[0][1] >= 2 and top[0][1] / total >= 0.5:
        return top[0][0]
    return None


def _names_another_place(tokens: list[Token], a: int, b: int, i: int, j: int) -> bool:
    """Whether the words of a mention (tokens ``a..b-1``) around its gazetteer name (``i..j-1``) make it the name
    of another place: words that are not place nouns, «ريف» with its adjectives, or a nisba after a noun."""
    rural = any(norm_of(tokens[k]) in RURAL for k in range(a, b))
    prev_noun = False
    for k in list(range(a, i)) + list(range(j, b)):
        t = tokens[k]
        if t.kind != "arabic":
            continue
        n = norm_of(t)
        nisba = prev_noun and n.startswith("ال") and n.endswith(("يه", "ي"))
        # «حي جوبر الدمشقي», «مدينة الرقة السورية»: a demonym after the name describes it («الكرك الشرقي» is
        # another place)
        demonym = k >= j and k == j and n in DEMONYMS
        if n in PLACE_NOUNS or (rural and n in REGION_ADJ) or nisba or demonym:
            prev_noun = n in PLACE_NOUNS
            continue
        return True
    return False


def _and(tok: Token, vocab: dict[str, int]) -> bool:
    """Whether a token begins with the conjunction «و»: split so by the tokenizer, or a rare word it left whole
    («وبوعطني»)."""
    if tok.kind != "arabic":
        return False
    if _clitics(tok) == "و":
        return True
    return len(tok.words) == 1 and tok.text.startswith("و") and len(tok.text) > 3 and _rare(tok, vocab)


def _nearest_town(tokens: list[Token], cands: list[_Cand], i0: int, j0: int) -> tuple[Entry, ...] | None:
    """The town readings of the town or city nearest to tokens ``i0..j0-1`` in the same sentence (within
    ``TOWN_TOKENS``), when its readings lie in one country."""
    best: tuple[int, tuple[Entry, ...]] | None = None
    by_end = {c.j: c for c in cands}

    def same_sentence(lo: int, hi: int) -> bool:
        return not any(tokens[q].kind != "arabic" and tokens[q].text in ".!؟?؛;\n" for q in range(lo, hi))

    def as_village(c: _Cand) -> bool:
        """Named as a village, or in a list headed by a village noun («بلدتي حريتان وعندان»)."""
        k = c.i
        for _ in range(4):
            if _after_noun(tokens, k, VILLAGE_NOUNS):
                return True
            if "و" not in _clitics(tokens[k]):
                return False
            p = by_end.get(k) or (by_end.get(k - 1) if k >= 1 and tokens[k - 1].text in "،," else None)
            if p is None:
                return False
            k = p.i
        return False

    for c in cands:
        if c.i < j0 and i0 < c.j:
            continue
        d = c.i - j0 if c.i >= j0 else i0 - c.j
        lo, hi = (j0, c.i) if c.i >= j0 else (c.j, i0)
        if d <= LOCAL_TOKENS and same_sentence(lo, hi) and any(
                e.feature == "country" for e in c.entries) and not any(e.country in MENA for e in c.entries):
            return None  # «… إلى السويد، واختفت من بلدة X»: a country abroad named with it
        towns = tuple(e for e in c.entries if e.feature in ("city", "town") and e.country in MENA)
        if not towns or as_village(c) or c.context.rural is not None or c.context.admin_noun:
            continue  # «قريتي حريتان وحيان»: named as a village, it places no other village; «ريف حلب» no town
        if d > TOWN_TOKENS or len({e.country for e in c.entries}) != 1 or len(towns) > 2 or not same_sentence(lo, hi):
            continue  # a town or city of the sentence (a village named with it is another village)
        if best is None or d < best[0]:
            best = (d, towns)
    return best[1] if best else None


def _adjective(tok: Token) -> bool:
    """An indefinite nisba adjective («تحضيري», «أمنية»), unquoted."""
    if tok.kind != "arabic" or len(tok.words) != 1:
        return False
    n = tok.words[0].norm
    return not n.startswith("ال") and len(n) >= 4 and n.endswith(("ي", "يه"))


def _body(tok: Token) -> str:
    """The normalised token less its proclitics («والفريكة» → «الفريكه»)."""
    return "".join(w.norm for w in tok.words if w.role != "proclitic") if tok.kind == "arabic" else tok.text


def _repeats(tokens: list[Token], placed: list[_Cand], covered: bytearray, vocab: dict[str, int]) -> list[_Cand]:
    """Later mentions of a name the gazetteer lacks that the article has placed once («قريتي تل أعور والفريكة جنوب
    مدينة جسر الشغور» … «انسحبوا من تل أعور والفريكة»): the same place (one sense per article)."""
    names: dict[tuple[str, ...], _Cand] = {}
    for c in placed:
        key = tuple([_body(tokens[c.i])] + [normalize_word(t.text) for t in tokens[c.i + 1:c.j]])
        if len("".join(key)) >= 4 and key not in names and all(
                _rare(t, vocab) or (q == c.i and len(t.words) == 1 and t.words[0].norm in COMPOUND_HEADS)
                for q, t in enumerate(tokens[c.i:c.j], c.i)):
            names[key] = c  # names of rare words only («التمور» "the dates" placed once stays a word)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in names:
        by_first.setdefault(key[0], []).append(key)
    out: list[_Cand] = []
    n = len(tokens)
    for k, t in enumerate(tokens):
        if t.kind != "arabic" or covered.find(1, t.start, t.end) >= 0:
            continue
        for key in by_first.get(_body(t), ()):
            j = k + len(key)
            if j > n or any(normalize_word(tokens[k + q].text) != key[q] for q in range(1, len(key))):
                continue
            if covered.find(1, t.start, tokens[j - 1].end) >= 0:
                continue
            body = [w for w in t.words if w.role != "proclitic"]
            s0, e0 = (body[0].start if body else t.start), tokens[j - 1].end
            c = names[key]
            out.append(_Cand(k, j, s0, e0, c.entries, c.context, None))
            covered[s0:e0] = b"\x01" * (e0 - s0)
            break
    return out


def _uncommon(tok: Token, vocab: dict[str, int]) -> bool:
    """A definite word the vocabulary knows a little (under ``UNCOMMON`` uses): «المنار», not «التدريب»."""
    if tok.kind != "arabic" or tok.words[0].role == "proclitic" or tok.words[-1].role == "enclitic":
        return False
    n = tok.stem.norm
    if len(n) < 5 or not n.startswith("ال") or _noun_like(tok) or n in LINK_WORDS:
        return False
    forms = (n, n[:-1] + "ة") if n.endswith("ه") else (n,)
    return max(vocab.get(f, 0) for f in forms) < UNCOMMON


def _noun_like(tok: Token) -> bool:
    """Whether a token is a place noun, definite or not («والمحافظات»)."""
    n = norm_of(tok)
    return n in PLACE_NOUNS or (n.startswith("ال") and n[2:] in PLACE_NOUNS) or (
        normalize_word(tok.text).lstrip("وفب").removeprefix("ال") in PLACE_NOUNS)


def _compound_head(tokens: list[Token], k: int, covered: bytearray) -> bool:
    """Whether token ``k`` is a bare compound head («تل», «بيت», «عين», «كفر») free of mentions."""
    if k >= len(tokens) or tokens[k].kind != "arabic" or len(tokens[k].words) != 1:
        return False
    return tokens[k].words[0].norm in COMPOUND_HEADS and covered.find(1, tokens[k].start, tokens[k].end) < 0


def _clitics(tok: Token) -> str:
    """The normalised proclitics of a token («وال…» → «و»)."""
    return "".join(w.norm for w in tok.words if w.role == "proclitic") if tok.kind == "arabic" else ""


def _rare(tok: Token, vocab: dict[str, int]) -> bool:
    """A word the vocabulary hardly knows (a likely name), not a place noun or a function word."""
    if len(tok.words) > 1 and tok.words[-1].role == "enclitic":
        return False
    n = tok.stem.norm
    if len(n) < 3 or n in PLACE_NOUNS:
        return False
    forms = (n, n[:-1] + "ة") if n.endswith("ه") else (n,)
    return max(vocab.get(f, 0) for f in forms) < 5


def _weak(e: Entry, ntokens: int, clitic: bool) -> bool:
    """Whether a name found by the gazetteer alone needs a place word before it."""
    if "cue" in e.flags:
        return True
    if e.feature in ("country", "admin1", "region", "border"):
        return False
    if e.country not in MENA and not e.id.startswith("cur:"):
        # outside the region, only capitals and very large cities stand alone («كورونا» is not Corona, CA)
        return not (("capital" in e.flags and e.population >= 100_000) or e.population >= 1_000_000)
    if "capital" in e.flags:
        return False
    if clitic and e.country not in MENA:
        return True  # «وكيل» is not «و» + Kiel, «بلاتر» not «ب» + Latur
    if e.id.startswith("cur:"):
        return False
    if e.feature in ("admin2", "admin3"):
        return True  # districts named by a bare word are rare; a same-named town usually exists
    return ntokens == 1 and e.population < STRONG_POPULATION


def _coordinated(tokens: list[Token], prev_end: int, i: int, ctx: Context) -> bool:
    """Whether the name at token ``i`` is coordinated with the name ending at token ``prev_end``."""
    if "و" not in ctx.clitic and not (i > prev_end and norm_of(tokens[i - 1]) == "و"):
        # «A، B و C»: a comma between list members
        k = prev_end
        while k < i and tokens[k].kind != "arabic" and tokens[k].text in "،,":
            k += 1
        return k == i and i > prev_end
    k = prev_end
    while k < i and (tokens[k].kind != "arabic" and tokens[k].text in "،,\"«»" or norm_of(tokens[k]) == "و"):
        k += 1
    return k == i


# Administrative unit nouns a gazetteer name may open with («محافظة الأنبار», «مديرية الحيمة الخارجية»). The
# guidelines tag the unit's name alone («في محافظة [الأنبار]»; the noun is the place's expression), so a mention
# widened to such a gazetteer name keeps its start after the noun. «ريف دمشق» is the Rif Dimashq governorate's own
# name, and the guidelines still tag «[دمشق]» with the governorate as the place. Names where the noun is part of
# the name («مدينة الصدر») are not opened by these nouns.
UNIT_NOUNS = frozenset({"محافظه", "مديريه", "قضاء", "ناحيه", "ريف"})


def _after_unit_noun(text: str, start: int, end: int) -> int:
    """``start`` moved past a leading administrative unit noun of ``text[start:end]`` (and its space), if any."""
    head, sep, rest = text[start:end].partition(" ")
    if sep and rest.strip() and normalize_word(head) in UNIT_NOUNS:
        return end - len(rest.lstrip())
    return start


# Adjectives that end a site's name («مطار حماة [العسكري]», «قاعدة طبرق [الجوية]», «محطة زيزون [الحرارية]»): the
# guidelines tag them with the site.
SITE_ADJECTIVES = frozenset({"العسكري", "العسكريه", "الجوي", "الجويه", "الدولي", "الدوليه", "الحراريه", "المدني"})


def _with_site_adjective(text: str, end: int) -> int:
    """``end`` moved over one site adjective right after it (one space between), if any."""
    if end < len(text) and text[end] == " ":
        nxt = text[end + 1:end + 12].split(maxsplit=1)
        word = nxt[0].rstrip("،,.:؛»\"") if nxt else ""
        if word and normalize_word(word) in SITE_ADJECTIVES:
            return end + 1 + len(word)
    return end


def _after_conjunction(text: str, start: int, end: int, entry: Entry) -> int:
    """``start`` moved past a leading «و» the tokenizer left on a name it did not know («الفوعة وكفريا»: the
    mention is «كفريا»), when the place's names have no «و» there and the rest is one of them."""
    if end - start > 3 and text[start] == "و" and " " not in text[start:end]:
        keys = {squash(k) for k in entry.keys}
        if squash(normalize_word(text[start + 1:end])) in keys and squash(normalize_word(text[start:end])) not in keys:
            return start + 1
    return start


def to_places(doc: Document, resolutions: list[Resolution]) -> Document:
    """Apply resolutions: new gazetteer mentions, ``mentions[].place`` and ``places`` (ids ``p1``…)."""
    existing = {m.id: m for m in doc.mentions}
    nums = [int(m.id[1:]) for m in doc.mentions if m.id[:1] == "m" and m.id[1:].isdigit()]
    next_id = max(nums, default=0) + 1
    used = set(existing)
    mentions = dict(existing)
    place_key: dict[tuple[str, int], str] = {}
    place_mentions: dict[str, list[str]] = {}
    place_of: dict[str, tuple[Entry, int]] = {}
    order: list[str] = []
    for r in sorted(resolutions, key=lambda r: r.start):
        if r.drop:
            if r.mention is not None:
                mentions.pop(r.mention, None)
            continue
        if r.mention is None:
            while f"m{next_id}" in used:
                next_id += 1
            mid = f"m{next_id}"
            used.add(mid)
            mentions[mid] = Mention(mid, r.start, r.end, doc.text[r.start:r.end], "LOC", source="gazetteer")
        else:
            mid = r.mention
        if r.entry is None:
            continue
        key = (r.entry.id, r.precision)
        pid = place_key.get(key)
        if pid is None:
            pid = f"p{len(place_key) + 1}"
            place_key[key] = pid
            place_mentions[pid] = []
            place_of[pid] = (r.entry, r.precision)
            order.append(pid)
        place_mentions[pid].append(mid)
        m = mentions[mid]
        start, end = (r.start, r.end) if r.mention is not None else (m.start, m.end)  # a widened name
        start = _after_unit_noun(doc.text, start, end)
        start = _after_conjunction(doc.text, start, end, r.entry)
        if r.entry.feature == "site":
            end = _with_site_adjective(doc.text, end)
        mentions[mid] = Mention(m.id, start, end, doc.text[start:end], "LOC", m.actor, pid, m.descriptors,
                                m.source, m.score)
    places = []
    for pid in order:
        e, prec = place_of[pid]
        a1 = e.admin1 if e.feature != "country" else None
        a2 = e.admin2 if e.feature not in ("country", "admin1") else None
        places.append(Place(pid, e.name, e.name_ar, e.lat, e.lon, e.country, a1, a2, e.feature, prec, e.id,
                            tuple(place_mentions[pid])))
    ms = sorted(mentions.values(), key=lambda m: (m.start, m.end, m.id))
    return doc.replace(mentions=tuple(ms), places=tuple(places))
