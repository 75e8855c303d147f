"""Two-fold dev measurement of the two-stage stacked CRF (rasd.ner.stack; ABLATION.md).

    python scripts/ner_stack.py --fold tail --base base --k 4 [--features cues,translit]

Stage 1 of the fold is build/ner/exp/{base}-{fold}.crfsuite (scripts/ner_folds.py); its jackknifed labels of the
fold's training part come from k contiguous chunks, each labelled by a stage-1 CRF trained on the others.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from ner_folds import SHARED, fold_split

from rasd.ner.data import read_anercorp, spans_of
from rasd.ner.evaluate import predict_gold_spans, score_spans
from rasd.ner.features import FeatureConfig, FeatureExtractor
from rasd.ner.model import NerModel
from rasd.ner.stack import doc_features
from rasd.ner.train import TrainSettings, fit_crf, load_resources, prepare
from rasd.text.tokenize import Tokenizer

ROOT = Path(__file__).resolve().parents[1]
G: dict[str, Any] = {}


def _train_chunk(j: int) -> None:
    data, k, ext, s, out = G["data"], G["k"], G["ext"], G["s"], G["out"]
    n = len(data)
    a, b = j * n // k, (j + 1) * n // k
    fit_crf(data[:a] + data[b:], ext, out / f"jk{j}.crfsuite", s, print)


def decode(model: NerModel, groups: list, labels: list, s: TrainSettings) -> list:  # type: ignore[type-arg]
    from rasd.ner.consistency import propagate
    from rasd.ner.features import token_key
    from rasd.ner.lexicon import lexicon_merge

    keys = [[token_key(t) for t in g] for g in groups]
    if s.propagate_window:
        labels = propagate(groups, labels, keys=keys, **s.propagate_dict())
    labels = lexicon_merge(groups, labels, keys, s.lexicon_kinds)
    return [model.label_spans(g, lab) for g, lab in zip(groups, labels, strict=True)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fold", required=True)
    ap.add_argument("--base", default="base")
    ap.add_argument("--features", default="")
    ap.add_argument("--k", type=int, default=4)
    ap.add_argument("--window", type=int, default=20)
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--s1-decoded", action="store_true",
                    help="stage 2 reads the first stage's labels after document-level spreading")
    ap.add_argument("--work", default=str(ROOT / "build" / "ner"))
    args = ap.parse_args()
    work = Path(args.work)
    s = TrainSettings()
    flags = {f: True for f in args.features.split(",") if f}
    s = replace(s, features=FeatureConfig(**flags), ensemble=())
    tok = Tokenizer()
    gaz, clu, _ = load_resources(SHARED, work, s, tok, print)
    train, dev = fold_split(read_anercorp(SHARED), args.fold)
    ext = FeatureExtractor(s.features, gaz, clu)
    out = work / "exp" / f"stack-{args.base}-{args.fold}-k{args.k}"
    out.mkdir(parents=True, exist_ok=True)
    data = prepare(train, tok)
    card = {"features": s.features.to_dict(), "decode": {"propagate": {"window": 0}}}
    t0 = time.time()
    G.update(data=data, k=args.k, ext=ext, s=s, out=out)
    todo = [j for j in range(args.k) if not (out / f"jk{j}.crfsuite").exists()]
    with mp.get_context("fork").Pool(args.procs) as pool:
        pool.map(_train_chunk, todo)
    print(f"jackknife done {time.time() - t0:.0f}s", flush=True)
    jk: list[list[str]] = []
    n = len(data)
    for j in range(args.k):
        m = NerModel(out / f"jk{j}.crfsuite", gaz, clu, card)
        a, b = j * n // args.k, (j + 1) * n // args.k
        jk += m.tag_many([t for t, _ in data[a:b]])
    from rasd.ner.features import token_key

    keys = [[token_key(t) for t in toks] for toks, _ in data]
    gold_lab = [lab for _, lab in data]
    agree = sum(x == y for a1, b1 in zip(jk, gold_lab) for x, y in zip(a1, b1)) / sum(map(len, gold_lab))
    print(f"jackknife token accuracy {agree:.4f}")
    tag = f"-w{args.window}" + ("-dec" if args.s1_decoded else "")
    if args.s1_decoded:
        from rasd.ner.consistency import propagate

        jk2: list[list[str]] = []
        for j in range(args.k):
            a, b = j * n // args.k, (j + 1) * n // args.k
            jk2 += propagate([t for t, _ in data[a:b]], jk[a:b], keys=keys[a:b], **s.propagate_dict())
        jk = jk2
    df = doc_features(jk, keys, args.window)
    import pycrfsuite  # type: ignore[import-untyped]

    tr = pycrfsuite.Trainer(verbose=False)
    for (toks, lab), d in zip(data, df, strict=True):
        base = ext.features(toks)
        tr.append([f + e for f, e in zip(base, d, strict=True)], lab)
    tr.set_params({"c1": s.c1, "c2": s.c2, "max_iterations": s.max_iterations,
                   "feature.possible_transitions": True, "feature.minfreq": s.min_feature_freq})
    tr.train(str(out / f"stage2{tag}.crfsuite"))
    print(f"stage 2 trained {time.time() - t0:.0f}s", flush=True)
    # dev: stage 1 (the fold's base model), then stage 2
    stage1 = NerModel(work / "exp" / f"{args.base}-{args.fold}.crfsuite", gaz, clu, card)
    groups = [tok.tokenize(x.text) for x in dev]
    l1 = stage1.tag_many(groups)
    dkeys = [[token_key(t) for t in g] for g in groups]
    if args.s1_decoded:
        from rasd.ner.consistency import propagate

        l1 = propagate(groups, l1, keys=dkeys, **s.propagate_dict())
    ddf = doc_features(l1, dkeys, args.window)
    tg = pycrfsuite.Tagger()
    tg.open(str(out / f"stage2{tag}.crfsuite"))
    l2 = [list(tg.tag([f + e for f, e in zip(ext.features(g), d, strict=True)])) if g else [] for g, d in
          zip(groups, ddf, strict=True)]
    gold = [spans_of(x.tags) for x in dev]
    res: dict[str, Any] = {}
    for name, labs, post in (("stage1 raw", l1, False), ("stage1 decoded", l1, True), ("stage2 raw", l2, False),
                             ("stage2 decoded", l2, True)):
        if post:
            spans = decode(stage1, groups, labs, s)
        else:
            spans = [stage1.label_spans(g, lab) for g, lab in zip(groups, labs, strict=True)]
        r = score_spans(gold, [predict_gold_spans(x, sp) for x, sp in zip(dev, spans, strict=True)])
        res[name] = r
        pt = {k: v["f1"] for k, v in r["per_type"].items()}
        print(f"RESULT {args.fold} {name}: micro {r['micro']} macro {r['macro']['f1']} {pt}", flush=True)
    (out / f"result{tag}.json").write_text(json.dumps(res, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
