"""Two-stage stacked CRF (Krishnan & Manning 2006): document-level aggregates of a first CRF's labels as features.

The first stage is the ordinary tagger; it labels every sentence of a text alone. The second stage is a CRF with
the same token features plus, for each token, features read from the first stage's labels of the text around it
(sentences within ``window`` of its own, the stand-in for the article; ANERcorp has no document boundaries):

- ``s1=``, ``s1-1=``, ``s1+1=``: the first-stage label of the token and of its neighbours;
- ``dk=``: the majority first-stage type (or O) of the other occurrences of the same stem key in the window, and
  ``dk+=`` the most frequent entity type among them when the majority is O (rare words only: keys of ≥ 3
  letters);
- ``deB=`` / ``deI=``: the majority type of an entity string (a sequence of stem keys the first stage tagged in
  the window, up to 4 tokens) at the tokens of each occurrence of that string, and ``dsur=PER`` at a word that is
  the last word of a multi-word person name in the window.

Training the second stage on first-stage labels of its own training sentences would teach it to trust labels
that are too good; the first stage's labels of the training part are produced by jackknifing instead (k
contiguous chunks, each labelled by a first stage trained on the others), so the second stage sees test-like
noise.

Measured on both dev folds (``scripts/ner_stack.py``, ``ABLATION.md`` fourth round) and not shipped: the second
stage gains 1.4–1.6 F1 over the first stage's raw Viterbi labels, but nothing over the first stage followed by
document-level spreading (:mod:`rasd.ner.consistency`), which already carries the same document evidence; with
spread first-stage labels as its input it lost 0.3 on the mean of the folds. The shipped tagger does not use
this module.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

__all__ = ["doc_features"]

_MAX_LEN = 4


def _type(y: str) -> str:
    return "O" if y == "O" else y[2:]


def _entities(lab: Sequence[str], ks: Sequence[str]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, y in enumerate([*lab, "O"]):
        if y == "O" or y.startswith("B-") or y[2:] != typ:
            if start >= 0 and i - start <= _MAX_LEN and ks[start] not in ("", "<num>"):
                out.append((start, i, typ))
            start, typ = (i, y[2:]) if y != "O" else (-1, "")
    return out


def doc_features(labels: Sequence[Sequence[str]], keys: Sequence[Sequence[str]],
                 window: int = 20) -> list[list[list[str]]]:
    """Per group (sentence), per token, the second-stage features from first-stage ``labels`` (see the module
    docstring); ``keys``: the tokens' :func:`~rasd.ner.features.token_key` values."""
    n = len(labels)
    # per group: token-key type votes and entity strings (with their surname keys)
    tok_votes: list[list[tuple[str, str]]] = []
    ents: list[list[tuple[tuple[str, ...], str]]] = []
    for lab, ks in zip(labels, keys, strict=True):
        tok_votes.append([(k, _type(y)) for k, y in zip(ks, lab, strict=True) if len(k) >= 3])
        e: list[tuple[tuple[str, ...], str]] = []
        for a, b, typ in _entities(lab, ks):
            e.append((tuple(ks[a:b]), typ))
            if typ == "PER" and b - a >= 2 and len(ks[b - 1]) >= 3:
                e.append(((ks[b - 1],), "SUR"))
        ents.append(e)
    kcount: dict[str, Counter[str]] = defaultdict(Counter)
    ecount: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    lo = hi = 0
    out: list[list[list[str]]] = []
    for i in range(n):
        while hi < min(n, i + window + 1):
            for k, t in tok_votes[hi]:
                kcount[k][t] += 1
            for key, t in ents[hi]:
                ecount[key][t] += 1
            hi += 1
        while lo < i - window:
            for k, t in tok_votes[lo]:
                c = kcount[k]
                c[t] -= 1
                if c[t] <= 0:
                    del c[t]
                    if not c:
                        del kcount[k]
            for key, t in ents[lo]:
                c = ecount[key]
                c[t] -= 1
                if c[t] <= 0:
                    del c[t]
                    if not c:
                        del ecount[key]
            lo += 1
        lab, ks = labels[i], keys[i]
        m = len(lab)
        feats: list[list[str]] = []
        for j in range(m):
            y = lab[j]
            f = [f"s1={y}", f"s1-1={lab[j - 1] if j else 'BOS'}", f"s1+1={lab[j + 1] if j + 1 < m else 'EOS'}"]
            k = ks[j]
            if len(k) >= 3:
                kc = kcount.get(k)
                if kc is not None:
                    votes = Counter(kc)
                    own = _type(y)
                    votes[own] -= 1
                    others = [(v, t) for t, v in votes.items() if v > 0]
                    if others:
                        best = min(others, key=lambda vt: (-vt[0], vt[1]))[1]
                        f.append(f"dk={best}")
                        if best == "O":
                            ent = [(v2, t2) for v2, t2 in others if t2 != "O"]
                            if ent:
                                f.append(f"dk+={min(ent, key=lambda vt: (-vt[0], vt[1]))[1]}")
            feats.append(f)
        # entity strings found in the window, at each of their occurrences here
        first = set(ks)
        for s in range(m):
            if ks[s] not in first:
                continue
            for ln in range(1, min(_MAX_LEN, m - s) + 1):
                key = tuple(ks[s:s + ln])
                ec = ecount.get(key)
                if ec is None:
                    continue
                if ln == 1 and "SUR" in ec:
                    feats[s].append("dsur=PER")
                typed = [(v, ty) for ty, v in ec.items() if ty != "SUR"]
                if not typed:
                    continue
                t = min(typed, key=lambda vt: (-vt[0], vt[1]))[1]
                feats[s].append(f"deB={t}")
                for q in range(s + 1, s + ln):
                    feats[q].append(f"deI={t}")
        out.append(feats)
    return out
