"""Exact-span NER scoring: micro and macro precision / recall / F1, and per type.

Spans are compared exactly (same first token, same last token, same type). Gold files are CoNLL ``token TAG``
(BIO); a tagger is scored through the real inference path: each gold sentence is rebuilt as text, tokenised,
tagged, and every predicted mention is mapped back to the gold tokens it overlaps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from rasd.ner.data import GoldSentence, spans_of

__all__ = ["evaluate_model", "evaluate_sentences", "predict_gold_spans", "score_spans"]

Span3 = tuple[int, int, str]


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * f, 2)}


def score_spans(gold: Iterable[set[Span3]], pred: Iterable[set[Span3]]) -> dict[str, Any]:
    """Score aligned per-sentence span sets. Returns micro, macro (mean over gold types) and per-type figures."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    n_sent = 0
    for g, p in zip(gold, pred, strict=True):
        n_sent += 1
        for s in g & p:
            tp[s[2]] += 1
        for s in p - g:
            fp[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1
    types = sorted(set(tp) | set(fn) | set(fp))
    per = {t: {**_prf(tp[t], fp[t], fn[t]), "support": tp[t] + fn[t], "predicted": tp[t] + fp[t]} for t in types}
    micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    gold_types = [t for t in types if per[t]["support"] > 0]
    macro = {k: round(sum(per[t][k] for t in gold_types) / len(gold_types), 2) if gold_types else 0.0
             for k in ("precision", "recall", "f1")}
    return {"sentences": n_sent, "entities": sum(tp.values()) + sum(fn.values()), "micro": micro, "macro": macro,
            "per_type": per}


def predict_gold_spans(sent: GoldSentence, mention_spans: Sequence[tuple[int, int, str]]) -> set[Span3]:
    """Map character spans in ``sent.text`` to gold-token spans (tokens the mention overlaps)."""
    offs = sent.token_offsets()
    out: set[Span3] = set()
    for s, e, typ in mention_spans:
        idx = [i for i, (a, b) in enumerate(offs) if a < e and s < b]
        if idx:
            out.add((idx[0], idx[-1] + 1, typ))
    return out


def evaluate_sentences(sents: Sequence[GoldSentence],
                       tagger: Callable[[str], Sequence[tuple[int, int, str]]]) -> dict[str, Any]:
    """Score ``tagger`` (text → character spans with types) on gold sentences."""
    gold = [spans_of(s.tags) for s in sents]
    pred = [predict_gold_spans(s, tagger(s.text)) for s in sents]
    return score_spans(gold, pred)


def evaluate_model(sents: Sequence[GoldSentence], model: Any, tokenizer: Any) -> dict[str, Any]:
    """Score a :class:`~rasd.ner.model.NerModel` on gold sentences taken as one running text, in order (the
    way :func:`rasd.ner.tagger.doc_mentions` tags a document: sentence by sentence, then names found are spread
    to nearby sentences as the model card says). ANERcorp has no document boundaries, so the window of
    sentences the model's ``decode.propagate`` setting gives stands in for the article."""
    groups = [tokenizer.tokenize(s.text) for s in sents]
    spans = model.spans_many(groups)
    gold = [spans_of(s.tags) for s in sents]
    pred = [predict_gold_spans(s, sp) for s, sp in zip(sents, spans, strict=True)]
    return score_spans(gold, pred)
