"""Trigger matching through clitics and inflection.

Each lexicon row is expanded once into normalised surface forms (verbs: past and imperfect inflections; nouns:
with and without ال, sound feminine plural, tanwin alif; plus the row's explicit ``forms``). Each token of the
text is reduced to candidate stems: the :class:`~rasd.text.tokenize.Tokenizer`'s stem word, and the token with
proclitics (و ف ب ك ل س, «لل» → ال) and enclitic pronouns stripped. A trigger matches when a candidate stem is one
of a row's head forms and the row's following words match the next tokens. Spans are whole tokens (clitics
included), as the contract wants for triggers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasd.doc import Token
from rasd.events.codebook import Lexicon, TriggerRow
from rasd.text.normalize import normalize_word

__all__ = [
    "TokInfo",
    "TriggerMatch",
    "TriggerMatcher",
    "noun_forms",
    "phrase_at",
    "token_info",
    "verb_forms",
    "word_forms",
]

_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "وس", "فس", "و", "ف", "ب", "ل", "ك", "س")
# No «ي»: on nouns it is far more often the nisba ending («التسليحي») than the pronoun "my".
_ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ني", "ه", "ك")
_PRO_FIRST = frozenset("وفبلكس")
_ENC_LAST = frozenset(e[-1] for e in _ENCLITICS)


@dataclass(frozen=True, slots=True)
class TokInfo:
    """A token with its candidate stems (normalised) and the proclitics seen on it."""

    index: int
    token: Token
    cands: tuple[str, ...]
    procl: str  # proclitic letters before the stem (normalised), e.g. "وب"
    arabic: bool = False  # an Arabic word (set from the token's kind; a field, as it is read very often)
    prep: frozenset[str] = frozenset()  # candidates read only after a prepositional «ب»/«ك» (never verbs)

    def __post_init__(self) -> None:
        if not self.arabic and self.token.kind == "arabic":
            object.__setattr__(self, "arabic", True)

    @property
    def start(self) -> int:
        return self.token.start

    @property
    def end(self) -> int:
        return self.token.end


def token_info(index: int, tok: Token) -> TokInfo:
    if tok.kind != "arabic":
        w = tok.words[0].norm if tok.words else tok.text
        return TokInfo(index, tok, (w,), "")
    found: dict[str, None] = {}  # an ordered set
    seen = found

    def add(c: str) -> None:
        if len(c) >= 2:
            found.setdefault(c, None)

    stem = tok.stem
    procl = "".join(w.norm for w in tok.words if w.role == "proclitic")
    enc = "".join(w.norm for w in tok.words if w.role == "enclitic")
    # A final «ى» is no pronoun («قتلى», the dead, is not «قتل» + «ي»), and a final «ي» is far more often the
    # nisba («اجتماعي», social) than "my": the bare stem is no candidate then.
    if enc != "ي":
        add(stem.norm)
    if enc:
        add(stem.norm + enc)
    full = normalize_word(tok.text)
    add(full)
    found_before = set(found)
    prep: set[str] = set()  # candidates that exist only by reading a preposition «ب»/«ك» off the word
    if procl.lstrip("وف")[:1] in ("ب", "ك") and stem.norm != full:
        prep.add(stem.norm)  # the tokenizer's own reading («كلام» → «ك» + «لام»)
        found_before.discard(stem.norm)
    for pre in (_PROCLITICS if full[:1] in _PRO_FIRST else ()):
        if not full.startswith(pre) or len(full) - len(pre) < 2:
            continue
        rest = full[len(pre):]
        if "س" in (pre[0], pre[-1]) and rest[:1] not in ("ي", "ت", "ن", "ا"):
            continue  # the future prefix stands only before an imperfect
        bases = [rest]
        if pre.endswith("ل") and rest.startswith("ل") and len(rest) >= 3:
            bases.insert(0, "ا" + rest)  # «للجيش» → الجيش
        for b in bases:
            add(b)
            if pre.lstrip("وف") in ("ب", "ك") and b not in found_before:
                prep.add(b)
    # A final taa marbuta («وزارة» → «وزاره») is no pronoun «ه»: «وزارة» is not «و + زار + ه».
    taa = tok.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ة")
    for c in list(seen):
        if c[-1:] not in _ENC_LAST:
            continue
        for e in _ENCLITICS:
            if e == "ه" and taa:
                continue
            if c.endswith(e) and len(c) - len(e) >= 2:
                b = c[: -len(e)]
                add(b)
                if b.endswith("ت"):
                    add(b[:-1] + "ه")
    if not procl:
        for pre in _PROCLITICS:
            if full.startswith(pre) and full[len(pre):] == next(iter(found), None):
                procl = pre
                break
    return TokInfo(index, tok, tuple(found), procl, prep=frozenset(prep))


def verb_forms(past: str) -> set[str]:
    """Inflected forms of a verb given in the 3rd person masculine past (normalised)."""
    p = past
    out = {p}
    weak = p.endswith(("ا", "ي")) and len(p) >= 3
    if weak:
        base = p[:-1]
        out |= {base + s for s in ("ت", "وا", "تا", "يا", "يت", "وت")}
    else:
        out |= {p + s for s in ("ت", "ا", "وا", "تا", "نا", "تم", "و")}  # no feminine plural «ن»: «لامن»/«لأمن»
        imp = p[1:] if p.startswith("ا") and len(p) >= 4 else p
        for pre in ("ي", "ت", "ن"):  # no 1st person singular «ا»: «الامن» is not «لام»
            for suf in ("", "ون", "ان", "ين", "وا", "ن", "و"):
                out.add(pre + imp + suf)
    return out


def noun_forms(n: str) -> set[str]:
    """Forms of a noun/masdar (normalised): with and without ال, tanwin alif, sound feminine plural."""
    # «التزام», «التماس», «التقاء» (form VIII masdars) begin with their own «ال», not the article.
    own_al = len(n) == 6 and n[2] == "ت" and n[4] == "ا"
    bare = n[2:] if n.startswith("ال") and len(n) > 4 and not own_al else n
    # Tanwin alif is never written after a taa marbuta: «مصالحها» is "its interests", not «مصالحةً».
    base = {bare} if bare.endswith("ه") else {bare, bare + "ا"}
    if bare.endswith("ه"):
        base |= {bare[:-1] + "ات", bare[:-1] + "تين", bare[:-1] + "تان"}
    elif len(bare) >= 5 and bare[-1] != "ي":
        base.add(bare + "ات")  # masdars of the derived forms: «احتجاجات», «اغتيالات», «اجتماعات», «انسحابات»
    return base | {"ال" + b for b in base}


@lru_cache(maxsize=65536)
def word_forms(w: str) -> frozenset[str]:
    """Forms accepted for a literal (non-head) word of a phrase: as a noun, with or without ال (cached)."""
    return frozenset(noun_forms(w) | {w})


_VERB_BEFORE = {"قد", "لقد", "ثم", "كما", "حيث", "اذ", "فيما", "بينما", "التي", "الذي", "الذين", "لم", "لن", "ان",
                "انه", "انها", "لا", "ما", "وقد", "فقد", "كي", "لكي", "حتي", "عندما", "بعدما", "قبلما", "لما"}


def _noun_context(toks: Sequence[TokInfo], i: int) -> bool:
    """Whether the token at ``i`` (matching both a verb and a noun row) reads as a noun: it has the article or
    a preposition, or follows a word that is not a particle introducing a verb."""
    t = toks[i]
    if t.procl.lstrip("وف")[:1] in ("ب", "ك") or any(c.startswith("ال") for c in t.cands[:1]):
        return True
    k = i - 1
    while k >= 0 and not toks[k].arabic and toks[k].token.kind == "other" and toks[k].token.text in '"«»()':
        k -= 1
    if k < 0 or not toks[k].arabic:
        return False
    return not (set(toks[k].cands) & _VERB_BEFORE)


_PREPOSITIONS = frozenset({"علي", "عن", "من", "الي", "مع", "في", "ب", "ل", "ضد", "بين", "نحو", "لدي"})

_EMPTY = TokInfo(-1, Token(0, 0, "", (), "other"), (), "")


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    row: TriggerRow
    first: int  # token index of the head
    last: int  # token index of the last word in the trigger span
    start: int
    end: int


def _match_words(toks: Sequence[TokInfo], j: int, words: Sequence[str]) -> int | None:
    """If ``words`` match tokens from ``j`` on, the index of the last token in the span; else None.

    A word "+X" is a look-ahead: the next token must carry proclitic X (it is not part of the span). A word "~X"
    is a look-ahead with a gap: X must come within the next four tokens (a subject or «كل» may stand between,
    «تقطع سلطنة عمان علاقاتها», «بقطع كل علاقاته»); it is not part of the span either. "~~X" allows ten tokens
    (a VSO subject with its titles: «عبّر فيه مسؤولو وزارة الدفاع الأميركية عن أسفهم»). "~+X": a word carrying
    proclitic X within four tokens («لوّح الحوثيون باستهداف السفن»). None crosses a comma.
    """
    last = j - 1
    for w in words:
        if w.startswith("~"):
            width = 10 if w.startswith("~~") else 4
            bare = w.lstrip("~")
            procl = bare[1:] if bare.startswith("+") else None  # «~+ب»: a word carrying «بـ» within the window
            forms = word_forms(bare) if procl is None else frozenset()
            for k in range(j, min(j + width, len(toks))):
                if toks[k].token.text in "،,؛;:.":
                    return None
                if toks[k].arabic and (any(c in forms for c in toks[k].cands) if procl is None else
                                       toks[k].procl.lstrip("وف").startswith(procl)):
                    j = k + 1
                    break
            else:
                return None
            continue
        if w.startswith("+"):
            if j >= len(toks) or not toks[j].procl.endswith(w[1:]) and not toks[j].procl.startswith(w[1:]):
                return None
            continue
        if j >= len(toks) or not toks[j].arabic:
            return None
        forms = word_forms(w)
        if not any(c in forms for c in toks[j].cands):
            return None
        last = j
        j += 1
    return last


def phrase_at(toks: Sequence[TokInfo], j: int, words: Sequence[str]) -> int | None:
    """Token index of the last word if the phrase ``words`` (literal, noun-like) starts at token ``j``."""
    last = j - 1
    for w in words:
        if j >= len(toks):
            return None
        if w.endswith("*"):
            if not any(c.startswith(w[:-1]) for c in toks[j].cands):
                return None
        else:
            forms = word_forms(w)
            if not any(c in forms for c in toks[j].cands):
                return None
        last = j
        j += 1
    return last


class TriggerMatcher:
    """Finds trigger occurrences in a token sequence. Build once per process (expands every row's forms)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._info_cache: dict[str, TokInfo] = {}
        # head form -> [(row, follower words)]
        self.index: dict[str, list[tuple[TriggerRow, tuple[str, ...]]]] = {}
        self._gapped: set[int] = set()  # lines of the verb rows that also match across a VSO subject
        for row in lexicon.triggers:
            head, rest = row.words[0], row.words[1:]
            forms = verb_forms(head) if row.pos == "v" else noun_forms(head)
            # A verb and its object noun («أرسل تعزيزات», «سلم أسلحة») also match with a VSO subject between them
            # («أرسل الجيش تعزيزات»): the object becomes a look-ahead; the whole phrase, when adjacent, is longer
            # and wins. (The coder keeps such a match only when the subject fills the gap.)
            gapped = ("~" + rest[0],) if row.pos == "v" and len(rest) == 1 and rest[0][:1] not in "~+" and \
                rest[0] not in _PREPOSITIONS else None
            if gapped:
                self._gapped.add(row.line)
            for f in forms:
                self.index.setdefault(f, []).append((row, rest))
                if gapped:
                    self.index[f].append((row, gapped))
            for extra in row.forms:
                # A one-word extra form replaces the head; a longer one replaces the whole phrase.
                self.index.setdefault(extra[0], []).append((row, extra[1:] if len(extra) > 1 else rest))
                if gapped and len(extra) == 1:
                    self.index[extra[0]].append((row, gapped))

    def match(self, toks: Sequence[TokInfo]) -> list[TriggerMatch]:
        """Left-to-right, longest match first, no two matches share a token."""
        out: list[TriggerMatch] = []
        i = 0
        n = len(toks)
        while i < n:
            t = toks[i]
            best: tuple[int, bool, TriggerRow] | None = None  # (last, read across a gap, row)
            best_exact = False
            if t.arabic:
                for c in t.cands:
                    for row, rest in self.index.get(c, ()):
                        if row.pos == "v" and c in t.prep:
                            continue  # «بحث» is not «ب + حث», «كلام» not «ك + لام»
                        last = _match_words(toks, i + 1, rest) if rest else i
                        if last is None:
                            continue
                        last = max(last, i)
                        # (a verb read across a gap yields to a row that matches its head alone: «أخلت قوات الأمن
                        # سبيل …» stays «أخلى», as the gap may not be the subject)
                        gap = row.line in self._gapped and rest[:1] != row.words[1:2]
                        # A row whose own head (or listed form) is the word beats one that only generated it as an
                        # inflection: «توعد» is the past of «توعد» (threaten), not the imperfect of «وعد» (promise).
                        exact = c == row.words[0] or any(f[0] == c for f in row.forms)
                        if best is None or last > best[0] or (last == best[0] and (
                                (gap, -row.line) < (best[1], -best[2].line) if gap != best[1] else (
                                    exact and not best_exact and row.pos == best[2].pos) or (
                                    exact == best_exact or row.pos != best[2].pos) and self._better(
                                    row, best[2], toks, i))):
                            best = (last, gap, row)
                            best_exact = exact
            if best is not None:
                last, _, row = best
                out.append(TriggerMatch(row, i, last, toks[i].start, toks[last].end))
                i = last + 1
            else:
                i += 1
        return out

    @staticmethod
    def _better(row: TriggerRow, other: TriggerRow, toks: Sequence[TokInfo], i: int) -> bool:
        """Between two rows matching the same words: a verb or a noun reading by context, else file order."""
        if row.pos != other.pos:
            want = "n" if _noun_context(toks, i) else "v"
            return row.pos == want
        return row.line < other.line

    def infos(self, tokens: Sequence[Token], ranges: Iterable[tuple[int, int]] | None = None) -> list[TokInfo]:
        """Token infos, computed once per distinct token text (cached on this matcher). With ``ranges``, only
        tokens inside them get real infos; the others get an empty placeholder (never matched)."""
        if ranges is not None:
            out: list[TokInfo] = [_EMPTY] * len(tokens)
            for lo, hi in ranges:
                out[lo:hi] = self._infos(tokens[lo:hi], lo)
            return out
        return self._infos(tokens, 0)

    def _infos(self, tokens: Sequence[Token], offset: int) -> list[TokInfo]:
        out = []
        cache = self._info_cache
        for i, t in enumerate(tokens, offset):
            hit = cache.get(t.text)
            if hit is None:  # the tokenizer segments a given token text one way only
                hit = token_info(i, t)
                if len(cache) < 500_000:
                    cache[t.text] = hit
            out.append(TokInfo(i, t, hit.cands, hit.procl, hit.arabic, hit.prep))
        return out
