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
- ``clusters``: distributional cluster ids of the stem at several granularities, for the token and ±1, ±2.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rasd.doc import Token
from rasd.ner.clusters import ClusterMap
from rasd.text.normalize import normalize_word

__all__ = ["FeatureConfig", "FeatureExtractor", "Gazetteer", "token_key"]


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

    def to_dict(self) -> dict[str, bool]:
        return {"lex": self.lex, "window": self.window, "gaz": self.gaz, "clusters": self.clusters,
                "cluster_window": self.cluster_window}


@dataclass
class Gazetteer:
    """Phrases (normalised stem words joined by one space) → type labels; word → name-role labels."""

    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    max_len: int = 0
    _first: set[str] = field(default_factory=set)

    def finalize(self) -> Gazetteer:
        self._first = {p.split(" ", 1)[0] for p in self.phrases}
        self.max_len = max((p.count(" ") + 1 for p in self.phrases), default=0)
        return self

    def match(self, stems: Sequence[str]) -> list[list[str]]:
        """Per position, the features ``g:B-TYPE`` / ``g:I-TYPE`` of the longest phrase starting at each position."""
        n = len(stems)
        out: list[list[str]] = [[] for _ in range(n)]
        first = self._first
        phrases = self.phrases
        for i in range(n):
            if stems[i] not in first:
                continue
            for j in range(min(n, i + self.max_len), i, -1):
                types = phrases.get(" ".join(stems[i:j]))
                if types is not None:
                    ln = "1" if j - i == 1 else "n"
                    for t in types:
                        out[i].append(f"g:B-{t}{ln}")
                        for k in range(i + 1, j):
                            out[k].append(f"g:I-{t}")
                    break
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
        return out
