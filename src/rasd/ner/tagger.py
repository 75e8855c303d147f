"""Named-entity tagging of rasd tokens and documents with the shipped (or a given) model."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from rasd.doc import OUTLET_SOURCE, Document, Mention, Sentence, Token
from rasd.ner.model import NerModel, default_model
from rasd.text.normalize import normalize_word

__all__ = ["doc_mentions", "tag_tokens"]


def tag_tokens(tokens: Sequence[Token], model: NerModel | None = None) -> list[tuple[int, int, str]]:
    """(start, end, type) of each entity in one sequence of tokens (one sentence, ideally)."""
    return (model or default_model()).spans(tokens)


def _groups(tokens: Sequence[Token], sentences: Sequence[Sentence]) -> list[Sequence[Token]]:
    if not sentences:
        return [tokens[i:i + 200] for i in range(0, len(tokens), 200)]
    starts = [t.start for t in tokens]
    out: list[Sequence[Token]] = []
    prev = 0
    for s in sentences:
        a = max(bisect_left(starts, s.start), prev)
        b = bisect_left(starts, s.end)
        if a > prev:
            out.append(tokens[prev:a])  # tokens between sentences, if any
        if b > a:
            out.append(tokens[a:b])
        prev = max(prev, b)
    if prev < len(tokens):
        out.append(tokens[prev:])
    return out


# Generic place nouns a LOC span may open with. The output contract tags the name alone («بلدة [حضر]», «ريف
# [القنيطرة]», «محافظة [إدلب]»; ../shared/spec/annotation-guidelines.md, Places): the geocoder reads the noun
# as context. «ريف دمشق» is the name of a governorate (Rif Dimashq) and stays whole.
PLACE_NOUN_HEADS = frozenset({"ريف", "محافظه", "مدينه", "بلده", "قريه", "منطقه", "ناحيه", "قضاء", "مديريه", "ولايه"})
_WHOLE = frozenset({("ريف", "دمشق")})


# The definite place nouns that refer back to a place already named («داخل المدينة», «في الريف الجنوبي»).
_DEFINITE_PLACE_NOUNS = frozenset({"ال" + h for h in PLACE_NOUN_HEADS} | {"العاصمه", "الحي", "المخيم"})

# An outlet told something, named in quotes after «لـ» («وقال لـ"الوطن":», «كشفت مصادر لـ«عكاظ» أن …»): the
# guidelines tag the paper as ORG even where its name is a common word or a place. Only in that frame: a speech
# word shortly before, and after the closing quote a colon, a comma, «إن/أن/بأن», a day word or the outlet's kind.
_QUOTE_OPEN = "\"«»“”"
_TOLD = re.compile(
    "(?:^|(?<=[\\s(]))[وف]?لـ*\\s?[" + _QUOTE_OPEN + "]\\s?([ء-ي][ء-يـ ]{1,38}[ء-ي])"
    "\\s?[" + _QUOTE_OPEN + "]"
    "(?=\\s*(?:[:،,؛.]|[إا]ن\\b|[أا]ن\\b|ب[أا]ن\\b|[أا]مس\\b|اليوم\\b|ال[إا]خباري|ال[إا]لكتروني|الليبي|اليمني"
    "|السعودي|العراقي|السوري|المصري|الأمريكي|الأميركي|البريطاني))")
_SPEECH = re.compile("(?:^|[\\s])[وف]?(?:قال|قالت|[أا]كد|[أا]كدت|[أا]وضح|[أا]وضحت|كشف|كشفت|[أا]فاد|[أا]فادت|صرح|صرحت|ذكر"
                     "|ذكرت|[أا]ضاف|[أا]ضافت|تحدث|تحدثت|[أا]بلغ|[أا]بلغت|[أا]شار|[أا]شارت|بين|بينت|يقول|تقول|يضيف"
                     "|تضيف|تصريح|تصريحات|تصريحه|حديث|حديثه|حديثها|لفت|لفتت|نقل|نقلت|رجح|رجحت|توقع|توقعت)"
                     "(?=[\\s،,:]|$)")


# Religious formulae the tagger takes for a person («رحمه الله», «رضي الله عنه», «بتوفيق الله», «بيوت الله»): God
# is no actor of the guidelines, and a formula around His name names no one. (Names built on it, «عبدالله»,
# «نصر الله», «حزب الله», are other words and stay.)
_FORMULA_WORDS = frozenset({"الله", "لله", "رحمه", "يرحمه", "رحمهم", "رحمها", "رضي", "عنه", "عنهم", "عنها", "حفظه",
                            "حفظهم", "حفظها", "يحفظه", "توفيق", "بيوت", "تعالي", "سبحانه", "شاء", "اذن", "الحمد",
                            "نصره", "ايده", "اعزه", "وفقه", "يدي", "رسول", "جل", "جلاله", "عز", "وجل"})


# Adjectives of a body the tagger takes for a name on their own («المبعوث الأممي» → «الأممي» PER): the guidelines
# tag no nisba adjective; the description around it («المبعوث الأممي») is the linker's.
_BODY_ADJECTIVES = frozenset({"الاممي", "الامميه", "الامميين", "الامميون", "اممي", "امميه"})


# Generic weapon words the tagger takes for a named system («بقذائف [الهاون]»): the guidelines tag only named
# systems («صواريخ غراد», «صاروخ تاو»).
_WEAPON_WORDS = frozenset({"الهاون", "هاون", "المدفعيه", "الدبابات", "القذائف", "الرشاشات", "لهاون"})
# Agreements described by an adjective («الاتفاق الإطاري», «الاتفاق النووي الإيراني») are no organisation; a named
# one («اتفاق الطائف») keeps its name.
_AGREEMENT_WORDS = frozenset({"الاتفاق", "اتفاق", "لاتفاق", "الاتفاقيه", "اتفاقيه", "لاتفاقيه"})


def _names_no_one(text: str) -> bool:
    words = [normalize_word(w) for w in text.split()]
    if len(words) == 1 and (words[0] in _BODY_ADJECTIVES or words[0] in _WEAPON_WORDS):
        return True
    if len(words) >= 2 and words[0] in _AGREEMENT_WORDS and words[1].startswith("ال") and words[1].endswith(
            ("ي", "يه")):
        return True
    words = [normalize_word(w) for w in text.split()]
    return "الله" in words and all(w in _FORMULA_WORDS for w in words)


# Military units named by an ordinal or a number («المنطقة العسكرية الرابعة», «اللواء الأول مشاة», «الفرقة 17»,
# «اللواء 35 مدرع»): ORG names the tagger splits or misses. «اللواء» is also a rank: only an ordinal or a number
# right after it makes it a brigade («اللواء الركن X» is a general).
_ORDINALS = ("الأولى|الاولى|الأول|الاول|الثانية|الثاني|الثالثة|الثالث|الرابعة|الرابع|الخامسة|الخامس|السادسة|السادس"
             "|السابعة|السابع|الثامنة|الثامن|التاسعة|التاسع|العاشرة|العاشر|الحادية عشرة|الحادي عشر|الثانية عشرة"
             "|الثاني عشر")
_UNIT = re.compile(
    "(?:(?<=^)|(?<=[\\s(«\"]))(?:[وف]?(?:ب|ل)?)((?:المنطقة العسكرية|المنطقه العسكريه|اللواء|الفرقة|الفرقه|الكتيبة|الكتيبه"
    "|الفيلق|لواء|فرقة|كتيبة)\\s(?:" + _ORDINALS + "|[0-9٠-٩]{1,3})(?![ء-ي0-9])"
    "(?:\\s(?:مشاة|مشاه|مدرع|مدرعة|ميكا|مشاة ميكانيكي|حرس حدود|صاعقة|مدفعية|دفاع جوي)(?![ء-ي]))?)")


# The council of an administrative unit («مجلس محافظة [الأنبار]», «مجلس مدينة [الفلوجة]») is an ORG the guidelines
# tag whole; the tagger sees the place after the noun. Its LOC span is widened to the council.
_COUNCIL = re.compile("(?:^|(?<=[\\s(«\"]))[وف]?(?:ب|ل)?(مجلس\\s(?:محافظة|محافظه|مدينة|مدينه|قضاء|ناحية|ناحيه|بلدية|بلديه))\\s$")


def councils(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """LOC spans right after «مجلس محافظة/مدينة/قضاء/ناحية/بلدية» widened to the council, an ORG."""
    out = []
    for s, e, typ in spans:
        if typ in ("LOC", "PER"):  # («صلاح الدين» is often tagged a person)
            m = _COUNCIL.search(text, max(0, s - 30), s)
            if m is not None:
                s, typ = m.start(1), "ORG"
        out.append((s, e, typ))
    return out


def military_units(text: str) -> list[tuple[int, int, str]]:
    """ORG spans of military units named by an ordinal or a number (see ``_UNIT``)."""
    return [(m.start(1), m.end(1), "ORG") for m in _UNIT.finditer(text)]


def told_outlets(text: str) -> list[tuple[int, int, str]]:
    """ORG spans of outlets named in quotes after «لـ» in a reporting frame (see ``_TOLD``)."""
    out = []
    for m in _TOLD.finditer(text):
        name = m.group(1)
        if len(name.split()) > 4:
            continue
        before = text[max(0, m.start() - 90):m.start()]
        cut = max(before.rfind("."), before.rfind("\n"))
        if _SPEECH.search(before[cut + 1:]):
            out.append((m.start(1), m.end(1), "ORG"))
    return out


def _stem_norm(tok: Token) -> str:
    return next((w.norm for w in tok.words if w.role == "stem"), tok.text).replace("ة", "ه")


_ADVERB = re.compile("^[^\\s]+(?:\u064b\u0627|\u0627\u064b)$")  # one word ending in tanwin fath: «تركياً», «دولياً»


def text_of(tokens: Sequence[Token], s: int, e: int) -> str:
    """The raw text between offsets ``s`` and ``e`` of the tokens' text (tokens carry their own text)."""
    i = bisect_left([t.start for t in tokens], s)
    if i == len(tokens) or tokens[i].start > s:
        i -= 1
    t = tokens[i]
    return t.text[s - t.start:e - t.start] if t.end >= e else ""


def trim_place_nouns(tokens: Sequence[Token], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """LOC spans that open with a generic place noun («ريف القنيطرة») → the name after it («القنيطرة»); a LOC span
    that is the bare noun alone («ريف», spread from such a span) is no name and is dropped, and so is a one-word
    span of any type ending in tanwin fath, an adverb («تركياً»)."""
    if not tokens:
        return spans
    starts = [t.start for t in tokens]
    out = []
    for s, e, typ in spans:
        if typ == "LOC":
            i = bisect_left(starts, s)
            if i == len(starts) or starts[i] > s:
                i -= 1  # the span opens after a proclitic inside token i
            if 0 <= i < len(tokens) - 1 and tokens[i + 1].start < e:
                head, nxt = _stem_norm(tokens[i]), tokens[i + 1]
                if head in PLACE_NOUN_HEADS and (head, _stem_norm(nxt)) not in _WHOLE and nxt.kind not in ("punct", "other"):
                    s = next((w.start for w in nxt.words if w.role != "proclitic"), nxt.start)
            elif 0 <= i < len(tokens) and tokens[i].end >= e and (
                    _stem_norm(tokens[i]) in PLACE_NOUN_HEADS or _stem_norm(tokens[i]) in _DEFINITE_PLACE_NOUNS):
                continue  # «ريف» alone, «المدينة» (the city already named): a common noun, no name
        if _ADVERB.search(text_of(tokens, s, e)):
            continue  # «الممول تركياً»: an adverb with tanwin fath is no name (the contract's demonym rule)
        out.append((s, e, typ))
    return out


def doc_mentions(doc: Document, model: NerModel | None = None) -> tuple[Mention, ...]:
    """Mentions for a tokenised document, tagged sentence by sentence; ids ``m1``, ``m2`` … in text order.
    LOC spans lose a leading generic place noun (:func:`trim_place_nouns`), as the output contract wants."""
    m = model or default_model()
    spans: list[tuple[int, int, str]] = []
    for group_spans in m.spans_many(_groups(doc.tokens, doc.sentences)):
        spans += group_spans
    spans = councils(doc.text, trim_place_nouns(doc.tokens, spans))
    spans = [sp for sp in spans if not _names_no_one(doc.text[sp[0]:sp[1]])]
    outlets = {(s, e) for s, e, _t in told_outlets(doc.text)}
    ruled = [(s, e, "ORG") for s, e in outlets] + military_units(doc.text)
    if ruled:
        spans = [sp for sp in spans if not any(s < sp[1] and sp[0] < e for s, e, _t in ruled)] + ruled
    spans.sort()
    text = doc.text
    return tuple(Mention(id=f"m{i}", start=s, end=e, text=text[s:e], type=t,
                         source=OUTLET_SOURCE if (s, e) in outlets else "ner")
                 for i, (s, e, t) in enumerate(spans, 1))
