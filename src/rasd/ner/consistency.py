"""Document-level label consistency: a name tagged once is tagged at its other occurrences nearby.

News names an entity several times; the CRF, which sees one sentence at a time, often finds it in one sentence
and misses it in another («البنك التجاري», «فولكسفاغن»). After tagging, every entity the tagger found (its
sequence of stem keys, up to ``max_len`` tokens) is looked for in the sentences within ``window`` sentences of
it; an occurrence whose tokens are all O (and that is not followed by an I- tag) is relabelled with the
entity's majority type in that window. A multi-token person name also lends its last word («فايزة أبوالنجا» →
«أبوالنجا»), since news calls people by their family name after the first mention. Locations are not spread
(the tagger already finds them; spreading only added false positives on the dev slice), nor are one- or
two-letter words.

The rule and its settings were chosen on the dev slice (see ``ABLATION.md``); the model card stores them under
``decode.propagate``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rasd.doc import Token
from rasd.ner.features import token_key

__all__ = ["DEFAULT_TYPES", "majority_types", "propagate"]

DEFAULT_TYPES = ("PER", "ORG", "MISC")
_SKIP = ("other", "punct")


def _entities(tokens: Sequence[Token], labels: Sequence[str], keys: Sequence[str], types: Sequence[str],
              max_len: int, surnames: bool) -> list[tuple[tuple[str, ...], str]]:
    out: list[tuple[tuple[str, ...], str]] = []
    start, typ = -1, ""
    for i, lab in enumerate([*labels, "O"]):
        if lab == "O" or lab.startswith("B-") or lab[2:] != typ:
            if start >= 0 and typ in types and tokens[start].kind not in _SKIP:
                key = tuple(keys[start:i])
                if len(key) <= max_len:
                    out.append((key, typ))
                if surnames and typ == "PER" and len(key) >= 2 and len(key[-1]) >= 3:
                    out.append((key[-1:], typ))
            start, typ = (i, lab[2:]) if lab != "O" else (-1, "")
    return out


def propagate(groups: Sequence[Sequence[Token]], labels: Sequence[Sequence[str]], *, window: int = 20,
              types: Sequence[str] = DEFAULT_TYPES, max_len: int = 4, surnames: bool = True,
              keys: Sequence[Sequence[str]] | None = None, majority: bool = False) -> list[list[str]]:
    """New BIO labels for each group (sentence): entities found within ``window`` groups are spread to
    untagged occurrences of the same stem-key sequence (see the module docstring). ``window <= 0``: unchanged.
    ``keys``: the groups' :func:`~rasd.ner.features.token_key` values, when the caller has them already.
    ``majority``: afterwards, an entity whose stem keys were tagged more often with another type within
    ``window`` groups takes that type (:func:`majority_types`)."""
    out = [list(lab) for lab in labels]
    if window <= 0 or not groups:
        return out
    if keys is None:
        keys = [[token_key(t) for t in g] for g in groups]
    found = [_entities(g, lab, k, types, max_len, surnames) for g, lab, k in zip(groups, labels, keys, strict=True)]
    n = len(groups)
    counts: Counter[tuple[tuple[str, ...], str]] = Counter()  # entities found in the sliding window
    lo = hi = 0
    for i in range(n):
        while hi < min(n, i + window + 1):
            counts.update(found[hi])
            hi += 1
        while lo < i - window:
            for e in found[lo]:
                counts[e] -= 1
                if counts[e] <= 0:
                    del counts[e]
            lo += 1
        if not counts:
            continue
        best: dict[tuple[str, ...], tuple[str, int]] = {}
        for (key, typ), c in sorted(counts.items()):
            if key not in best or c > best[key][1]:
                best[key] = (typ, c)
        ki = keys[i]
        first = set(ki)
        lab = out[i]
        for key, (typ, _c) in sorted(best.items(), key=lambda kv: (-len(kv[0]), kv[0])):
            k = len(key)
            if key[0] not in first or (k == 1 and len(key[0]) < 3):
                continue
            for s in range(len(ki) - k + 1):
                if ki[s] == key[0] and tuple(ki[s:s + k]) == key and all(x == "O" for x in lab[s:s + k]) \
                        and (s + k == len(lab) or not lab[s + k].startswith("I-")):
                    lab[s] = "B-" + typ
                    for q in range(s + 1, s + k):
                        lab[q] = "I-" + typ
    if majority:
        out = majority_types(out, keys, window)
    return out


def majority_types(labels: Sequence[Sequence[str]], keys: Sequence[Sequence[str]], window: int) -> list[list[str]]:
    """Type consistency: each entity (its exact sequence of stem keys) takes the type most often given to the same
    key sequence within ``window`` groups of it, when that type has strictly more votes than its own (spans are
    kept; only the type changes). The rule was chosen on two dev folds (``ABLATION.md``)."""
    out = [list(lab) for lab in labels]
    ents: list[tuple[int, int, int, str, tuple[str, ...]]] = []
    for gi, (lab, ks) in enumerate(zip(labels, keys, strict=True)):
        start, typ = -1, ""
        for i, y in enumerate([*lab, "O"]):
            if y == "O" or y.startswith("B-") or y[2:] != typ:
                if start >= 0:
                    ents.append((gi, start, i, typ, tuple(ks[start:i])))
                start, typ = (i, y[2:]) if y != "O" else (-1, "")
    by_key: dict[tuple[str, ...], list[tuple[int, str]]] = {}
    for gi, _a, _b, typ, key in ents:
        by_key.setdefault(key, []).append((gi, typ))
    for gi, a, b, typ, key in ents:
        occ = by_key[key]
        if len(occ) < 2:
            continue
        votes = Counter(t for gj, t in occ if abs(gj - gi) <= window)
        best, c = min(votes.items(), key=lambda kv: (-kv[1], kv[0]))
        if best != typ and c > votes[typ]:
            out[gi][a] = "B-" + best
            for q in range(a + 1, b):
                out[gi][q] = "I-" + best
    return out
