"""Feature extraction for the CRF tagger, over rasd tokens.

The unit tagged is the rasd :class:`~rasd.doc.Token`; its lexical features come from its clitic-stripped stem
word (``Word.norm``), its proclitics and enclitic, and the token itself. Per-token feature lists are computed
once per token string and cached, so running text costs a dictionary look-up and a few list concatenations per
token. Context features (±2 tokens) reuse the neighbours' cached lists with a position prefix.

Feature groups (each can be switched off for ablations, see :class:`FeatureConfig`):

- ``lex``: normalised token, stem, proclitics, enclitic, stem prefixes/suffixes, article, length, kind/shape;
- ``window``: neighbours' stems and proclitics at ±1, ±2 and stem bigrams;
- ``gaz``: gazetteer phrase matches (longest match over stem sequences; B/I with the phrase's types) and
  given-name / surname membership of the stem;
- ``clusters``: distributional cluster ids of the stem at several granularities, for the token and ±1, ±2;
- ``cues``: the class of a cue word (ORG head nouns «شركة» «حزب» «وزارة», PER titles, LOC nouns) for the token and
  at ±1, ±2;
- ``quotes``: position inside a short quoted span («…», at most 8 tokens) and the word before the opening quote;
- ``translit``: letter patterns of transliterated names (tried, not shipped: ``ABLATION.md``).

The shipped model is an ensemble of CRFs trained with different subsets of these groups (feature bagging,
:meth:`rasd.ner.fastcrf.FastCrf.average`); the extractor computes the union, and a member's weights are zero
for the groups it lacks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from rasd.doc import Token
from rasd.ner.clusters import ClusterMap
from rasd.text.normalize import normalize_word

__all__ = ["FeatureConfig", "FeatureExtractor", "Gazetteer", "token_key"]

if TYPE_CHECKING:
    from rasd.ner.fastcrf import FastCrf


def token_key(tok: Token) -> str:
    """The normalised unit a token is looked up by: its stem's norm (Arabic), lower case (Latin), ``<num>``."""
    if tok.kind == "arabic":
        return tok.stem.norm
    if tok.kind == "latin":
        return tok.text.lower()
    if tok.kind == "number":
        return "<num>"
    return normalize_word(tok.text)


@dataclass(frozen=True)
class FeatureConfig:
    lex: bool = True
    window: bool = True
    gaz: bool = True
    clusters: bool = True
    cluster_window: bool = True
    translit: bool = False  # letter patterns of transliterated foreign names (:func:`translit_feats`)
    cues: bool = False  # cue-word classes (ORG heads, PER titles, LOC nouns) of the token and at ±1, ±2
    quotes: bool = False  # position inside a short quoted span and the word before it (:func:`quote_feats`)

    def to_dict(self) -> dict[str, bool]:
        return {"lex": self.lex, "window": self.window, "gaz": self.gaz, "clusters": self.clusters,
                "cluster_window": self.cluster_window, "translit": self.translit, "cues": self.cues,
                "quotes": self.quotes}


_OPEN = {"«": "»", "“": "”", '"': '"', "„": "“"}
_QUOTE_MAX = 8


def quote_feats(keys: Sequence[str]) -> list[tuple[int, str]]:
    """(position, feature) for the tokens inside each short quoted span («…», “…”, "…", at most 8 tokens):
    ``qt=`` its position (S single, B, I, E) and length, ``qtp=`` the word before the opening quote («برنامج»,
    «فيلم», «بعنوان»), which names what the quoted title is."""
    out: list[tuple[int, str]] = []
    n = len(keys)
    i = 0
    while i < n:
        close = _OPEN.get(keys[i])
        if close is None:
            i += 1
            continue
        j = i + 1
        while j < n and keys[j] != close and keys[j] not in _OPEN:
            j += 1
        if j == n or keys[j] != close:
            i = j  # unclosed: go on from the next opening quote (or the end)
            continue
        m = j - i - 1
        if 1 <= m <= _QUOTE_MAX:
            prev = keys[i - 1] if i >= 1 else "BOS"
            for q in range(i + 1, j):
                pos = "S" if m == 1 else "B" if q == i + 1 else "E" if q == j - 1 else "I"
                out += [(q, f"qt={pos}"), (q, f"qtn={min(m, 5)}"), (q, f"qtp={prev}")]
        i = j + 1
    return out


# Letters Arabic borrows for foreign sounds (g, v, p, ch, zh) and endings of transliterated surnames and names.
_FOREIGN_LETTERS = frozenset("گڤپچژکڨ")
_FOREIGN_ENDINGS = ("يف", "وف", "يفا", "وفا", "سكي", "سكا", "فيتش", "يتش", "ينكو", "شفيلي", "يدزه", "بورغ", "برغ",
                    "ستون", "سون", "مان", "ولد", "يني", "يللي", "يز", "وس", "يوس", "ييه", "يير", "ز")
_LONG_VOWELS = frozenset("اويى")

# Cue words (normalised stem keys): heads that open organisation names, titles before persons, place nouns.
CUE_WORDS: dict[str, str] = {
    **{w: "ORG" for w in (
        "شركه", "حزب", "وزاره", "جامعه", "منظمه", "مؤسسه", "موسسه", "هيئه", "مجلس", "اتحاد", "جمعيه", "بنك",
        "مصرف", "وكاله", "صحيفه", "مجموعه", "حركه", "جبهه", "لجنه", "معهد", "مركز", "نادي", "فريق", "جيش",
        "قوات", "كتائب", "كتيبه", "لواء", "فيلق", "تنظيم", "تحالف", "ائتلاف", "محكمه", "برلمان", "اكاديميه",
        "مدرسه", "مستشفى", "مصنع", "اذاعه", "قناه", "تلفزيون", "مجله", "دار", "صندوق", "بورصه", "سوق", "شرطه",
        "مكتب", "اداره", "مديريه", "نقابه", "رابطه", "منتدى", "وزير", "الشركه", "الحزب", "الوزاره",
        "الجامعه", "المنظمه", "المؤسسه", "الهيئه", "المجلس", "الاتحاد", "الجمعيه", "البنك", "المصرف", "الوكاله",
        "الصحيفه", "المجموعه", "الحركه", "الجبهه", "اللجنه", "المعهد", "المركز", "النادي", "الفريق", "الجيش",
        "القوات", "الكتائب", "التنظيم", "التحالف", "الائتلاف", "المحكمه", "البرلمان", "الاكاديميه", "الشرطه",
        "المكتب", "الاداره", "النقابه", "الرابطه", "المنتدى", "الصندوق", "البورصه", "وكالات", "شركات", "صحف",
        "منظمات", "احزاب", "بنوك")},
    **{w: "PER" for w in (
        "الرئيس", "رئيس", "السيد", "السيده", "الوزير", "الشيخ", "الملك", "الملكه", "الامير", "الاميره", "الدكتور",
        "د", "الجنرال", "اللواء", "العقيد", "المستشار", "السفير", "الناطق", "المتحدث", "النائب", "زعيم", "الزعيم",
        "المبعوث", "المدير", "مدير", "الامين", "امين", "القائد", "قائد", "البابا", "الرئيسه", "المرشح", "السناتور",
        "الحاخام", "الاستاذ", "المهندس", "الفنان", "الفنانه", "اللاعب", "المدرب", "الكاتب", "الشاعر", "المخرج",
        "الممثل", "الممثله", "المطرب", "المطربه", "الصحافي", "الصحفي", "المحامي", "القاضي", "الامام", "ابن", "بن",
        "ابو", "ام", "بنت", "نجل", "شقيق", "زوجه", "عائله", "المفوض", "المندوب", "نائب", "وزيره", "رئيسه", "الجنرالات")},
    **{w: "LOC" for w in (
        "مدينه", "بلده", "قريه", "محافظه", "منطقه", "عاصمه", "ولايه", "اقليم", "ناحيه", "قضاء", "المدينه",
        "البلده", "القريه", "المحافظه", "المنطقه", "العاصمه", "الولايه", "الاقليم", "جزيره", "جزر", "نهر",
        "بحر", "جبل", "جبال", "صحراء", "خليج", "مضيق", "بحيره", "حي", "شارع", "ميدان", "مطار", "ميناء", "دوله",
        "جمهوريه", "مملكه", "امارة", "اماره", "سلطنه", "شمال", "جنوب", "شرق", "غرب", "وسط", "ريف", "ضواحي", "مخيم")},
}


def translit_feats(key: str, text: str) -> list[str]:
    """Features of a word that looks transliterated (foreign letters, surname endings, long-vowel density)."""
    out: list[str] = []
    core = key[2:] if key.startswith("ال") and len(key) > 4 else key
    if any(ch in _FOREIGN_LETTERS for ch in text):
        out.append("tr=let")
    n = len(core)
    if n >= 4:
        for e in _FOREIGN_ENDINGS:
            if core.endswith(e) and n > len(e) + 1:
                out.append(f"tr=e{e}")
                break
        v = sum(ch in _LONG_VOWELS for ch in core[1:])
        out.append(f"tr=v{min(4, (4 * v) // n)}|{min(n, 9)}")
        if any(core[i] in _LONG_VOWELS and core[i + 1] in _LONG_VOWELS for i in range(1, n - 1)):
            out.append("tr=vv")
    return out


@dataclass
class Gazetteer:
    """Phrases (normalised stem words joined by one space) → type labels; word → name-role labels."""

    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    max_len: int = 0
    _first: set[str] = field(default_factory=set)
    _pre: set[str] = field(default_factory=set)

    def finalize(self) -> Gazetteer:
        first: set[str] = set()
        pre: set[str] = set()  # every proper word prefix of a phrase (strings: cheap to build, untracked by gc)
        max_len = 0
        for p in self.phrases:
            k = p.rfind(" ")
            if k < 0:
                first.add(p)
                max_len = max(max_len, 1)
                continue
            max_len = max(max_len, p.count(" ") + 1)
            while k > 0 and p[:k] not in pre:
                pre.add(p[:k])
                k = p.rfind(" ", 0, k)
            first.add(p[:p.find(" ")])
        self._first = first
        self.max_len = max_len
        self._pre = pre
        return self

    def match_spans(self, stems: Sequence[str]) -> list[tuple[int, int, tuple[str, ...]]]:
        """(start, end, types) of the longest phrase starting at each position where one starts."""
        out: list[tuple[int, int, tuple[str, ...]]] = []
        first = self._first
        pre = self._pre
        phrases = self.phrases
        n = len(stems)
        for i in range(n):
            w = stems[i]
            if w not in first:
                continue
            types = phrases.get(w)
            best = (i + 1, types) if types is not None else None
            j = i + 1
            while j < n and w in pre:
                w = w + " " + stems[j]
                j += 1
                types = phrases.get(w)
                if types is not None:
                    best = (j, types)
            if best is not None:
                out.append((i, best[0], best[1]))
        return out

    def match(self, stems: Sequence[str]) -> list[list[str]]:
        """Per position, the features ``g:B-TYPE`` / ``g:I-TYPE`` of the longest phrase starting at each position."""
        out: list[list[str]] = [[] for _ in range(len(stems))]
        for i, j, types in self.match_spans(stems):
            ln = "1" if j - i == 1 else "n"
            for t in types:
                out[i].append(f"g:B-{t}{ln}")
                for k in range(i + 1, j):
                    out[k].append(f"g:I-{t}")
        return out


def _clean(s: str) -> str:
    return s.encode("utf-8", "replace").decode("utf-8")


def _shape(text: str) -> str:
    out: list[str] = []
    for ch in text[:6]:
        if ch.isdigit():
            c = "d"
        elif "\u0600" <= ch <= "\u06ff":
            c = "a"
        elif ch.isalpha():
            c = "X" if ch.isupper() else "x"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


class FeatureExtractor:
    """Turns a sequence of rasd tokens into CRF feature lists (one list of strings per token)."""

    def __init__(self, config: FeatureConfig, gazetteer: Gazetteer | None, clusters: ClusterMap | None) -> None:
        self.config = config
        self.gaz = gazetteer if config.gaz else None
        self.clusters = clusters if (config.clusters and clusters is not None) else None
        self._cache: dict[str, tuple[str, list[str], tuple[list[str], ...]]] = {}
        # fast path (see state_matrix): token text -> (stem key, row of self._vec); per-model constants
        self._crf: FastCrf | None = None
        self._vcache: dict[str, tuple[str, int]] = {}
        self._vec = np.zeros((0, 5, 0))
        self._gvec: dict[str, tuple[int, int, int]] = {}
        self.vcache_limit = 200_000

    def _type_feats(self, tok: Token) -> tuple[str, list[str], tuple[list[str], ...]]:
        """(stem key, own features, neighbour features at offsets -2, -1, +1, +2) for a token string."""
        cfg = self.config
        key = token_key(tok)
        pro = "".join(w.norm for w in tok.words if w.role == "proclitic")
        enc = "".join(w.norm for w in tok.words if w.role == "enclitic")
        own: list[str] = ["b"]
        nb: list[str] = []
        core = key[2:] if key.startswith("ال") and len(key) > 4 else key
        if cfg.lex:
            own += [f"w={normalize_word(tok.text)}", f"s={key}", f"k={tok.kind}", f"p={pro}", f"e={enc}",
                    f"al={key.startswith('ال')}", f"len={min(len(core), 8)}", f"sh={_shape(tok.text)}"]
            for n in (1, 2, 3):
                if len(core) > n:
                    own.append(f"p{n}={core[:n]}")
                    own.append(f"x{n}={core[-n:]}")
            if len(core) > 4:
                own.append(f"x4={core[-4:]}")
        if cfg.window:
            nb += [f"s={key}", f"p={pro}"]
            if tok.kind != "arabic":
                nb.append(f"k={tok.kind}")
        if cfg.translit and tok.kind == "arabic":
            own += translit_feats(key, normalize_word(tok.text))
        if cfg.cues:
            cue = CUE_WORDS.get(key)
            if cue is not None:
                own.append(f"q={cue}")
                nb.append(f"q={cue}")
        if self.gaz is not None:
            roles = self.gaz.words.get(key) or self.gaz.words.get(core)
            if roles:
                own += [f"n={r}" for r in roles]
                nb += [f"n={r}" for r in roles if not r[-1].isdigit()]  # counts stay with their word
        if self.clusters is not None:
            ids = self.clusters.lookup(key)
            if ids is None:
                own.append("c=none")
                nb.append("c=none")
            else:
                for k, c in zip(self.clusters.ks, ids, strict=True):
                    own.append(f"c{k}={c}")
                if cfg.cluster_window:
                    nb += [f"c{k}={c}" for k, c in zip(self.clusters.ks[1:], ids[1:], strict=True)]
        try:
            tok.text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: CRFsuite needs valid UTF-8 feature names
            key, own, nb = _clean(key), [_clean(f) for f in own], [_clean(f) for f in nb]
        windows = tuple([f"{o}{f}" for f in nb] for o in ("-2", "-1", "+1", "+2"))
        return key, own, windows

    def features(self, tokens: Sequence[Token]) -> list[list[str]]:
        cache = self._cache
        per: list[tuple[str, list[str], tuple[list[str], ...]]] = []
        for t in tokens:
            v = cache.get(t.text)
            if v is None:
                v = self._type_feats(t)
                if len(cache) < 500_000:
                    cache[t.text] = v
            per.append(v)
        n = len(per)
        keys = [p[0] for p in per]
        gz = self.gaz.match(keys) if self.gaz is not None else None
        qf = quote_feats(keys) if self.config.quotes else []
        out: list[list[str]] = []
        win = self.config.window
        for i in range(n):
            f = list(per[i][1])
            if i >= 2:
                f += per[i - 2][2][0]
            else:
                f.append("BOS2")
            if i >= 1:
                f += per[i - 1][2][1]
                if win:
                    f.append(f"bg-={keys[i - 1]}|{keys[i]}")
            else:
                f.append("BOS")
            if i + 1 < n:
                f += per[i + 1][2][2]
                if win:
                    f.append(f"bg+={keys[i]}|{keys[i + 1]}")
            else:
                f.append("EOS")
            if i + 2 < n:
                f += per[i + 2][2][3]
            if gz is not None:
                f += gz[i]
                if i >= 1:
                    f += ["-1" + g for g in gz[i - 1]]
                if i + 1 < n:
                    f += ["+1" + g for g in gz[i + 1]]
            out.append(f)
        for q, feat in qf:
            out[q].append(feat)
        return out

    # -- fast path: per-type weight vectors of a loaded model ---------------------------------------------------

    def bind(self, crf: FastCrf) -> None:
        """Use ``crf``'s weights for :meth:`state_matrix` (clears the vector cache)."""
        self._crf = crf
        self._vcache = {}
        self._vec = np.zeros((1024, 5, len(crf.labels)))
        self._gvec = {}
        v = crf.vector
        self._const = {k: v([k]) for k in ("BOS2", "BOS", "EOS")}
        # bigram attributes by (left key, right key): every split at a «|», so that a pair matches exactly when
        # its joined string f"bg±={left}|{right}" is the attribute (the string form's semantics)
        bg: tuple[dict[tuple[str, str], int], dict[tuple[str, str], int]] = ({}, {})
        for a, i in crf.attr_index.items():
            if a.startswith(("bg-=", "bg+=")):
                d = bg[a[2] == "+"]
                body = a[4:]
                k = body.find("|")
                while k >= 0:
                    d[(body[:k], body[k + 1:])] = i
                    k = body.find("|", k + 1)
        self._bg = bg

    def _row(self, tok: Token) -> tuple[str, int]:
        crf = self._crf
        assert crf is not None
        vc = self._vcache
        n = len(vc)
        if n >= self._vec.shape[0]:
            self._vec = np.concatenate([self._vec, np.zeros_like(self._vec)])
        key, own, windows = self._type_feats(tok)
        get = crf.attr_index.get
        unk = crf.unknown
        ids = [get(f, unk) for f in own]
        cuts = [0]
        for w in windows:
            cuts.append(len(ids))
            ids += [get(f, unk) for f in w]
        ids.append(unk)  # the last group never empty: the zero row adds nothing
        if all(cuts[j] < cuts[j + 1] for j in range(4)):
            self._vec[n] = np.add.reduceat(crf.W[ids], cuts, axis=0)
        else:  # an empty group (reduceat would not give 0 for it)
            self._vec[n, 0] = crf.vector(own)
            for j in range(4):
                self._vec[n, j + 1] = crf.vector(windows[j])
        v = (key, n)
        vc[tok.text] = v
        return v

    def state_matrix(self, tokens: Sequence[Token]) -> tuple[list[str], np.ndarray]:
        """(stem keys, tokens × labels state scores) of a sequence under the bound model: the sum of the weights
        of exactly the feature strings :meth:`features` gives each token, from cached per-type vectors."""
        crf = self._crf
        assert crf is not None, "bind() a FastCrf first"
        vc = self._vcache
        if len(vc) + len(tokens) > self.vcache_limit:  # bounded: start a new generation (same results)
            vc.clear()
        rows: list[int] = []
        keys: list[str] = []
        for t in tokens:
            v = vc.get(t.text)
            if v is None:
                v = self._row(t)
            keys.append(v[0])
            rows.append(v[1])
        n = len(rows)
        if n == 0:
            return keys, np.zeros((0, len(crf.labels)))
        vec = self._vec
        idx = np.array(rows, dtype=np.intp)
        s = vec[idx, 0]
        c = self._const
        s[: min(2, n)] += c["BOS2"]
        s[0] += c["BOS"]
        s[n - 1] += c["EOS"]
        if n > 1:
            s[1:] += vec[idx[:-1], 2]
            s[:-1] += vec[idx[1:], 3]
            if n > 2:
                s[2:] += vec[idx[:-2], 1]
                s[:-2] += vec[idx[2:], 4]
        pos: list[int] = []
        ids: list[int] = []
        if self.config.window and n > 1:
            bgm, bgp = self._bg
            for i in range(1, n):
                pair = (keys[i - 1], keys[i])
                a = bgm.get(pair)
                if a is not None:
                    pos.append(i)
                    ids.append(a)
                a = bgp.get(pair)
                if a is not None:
                    pos.append(i - 1)
                    ids.append(a)
        if self.gaz is not None:
            gv = self._gvec
            for i, j, types in self.gaz.match_spans(keys):
                ln = "1" if j - i == 1 else "n"
                for ty in types:
                    for k in range(i, j):
                        g = f"g:B-{ty}{ln}" if k == i else f"g:I-{ty}"
                        t3 = gv.get(g)
                        if t3 is None:
                            get = crf.attr_index.get
                            unk = crf.unknown
                            t3 = gv[g] = (get(g, unk), get("+1" + g, unk), get("-1" + g, unk))
                        if t3[0] != crf.unknown:
                            pos.append(k)
                            ids.append(t3[0])
                        if k >= 1 and t3[1] != crf.unknown:
                            pos.append(k - 1)
                            ids.append(t3[1])
                        if k + 1 < n and t3[2] != crf.unknown:
                            pos.append(k + 1)
                            ids.append(t3[2])
        if self.config.quotes:
            get = crf.attr_index.get
            unk = crf.unknown
            for q, feat in quote_feats(keys):
                a = get(feat, unk)
                if a != unk:
                    pos.append(q)
                    ids.append(a)
        if pos:
            np.add.at(s, np.array(pos, dtype=np.intp), crf.W[np.array(ids, dtype=np.intp)])
        return keys, s
