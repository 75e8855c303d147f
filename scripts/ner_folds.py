"""Two-fold dev measurements for NER variants (ABLATION.md): train on ANERcorp's training part minus a fold, score
the fold. Folds: ``tail`` (the last 428 sentences, `rasd train ner`'s dev slice) and ``mid`` (sentences
1,928–2,355). The CAMeL Lab test split is never read.

    python scripts/ner_folds.py --fold tail --name base
    python scripts/ner_folds.py --fold mid --name cues --features cues,translit
"""
from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace
from pathlib import Path

from rasd.ner.data import read_anercorp
from rasd.ner.evaluate import evaluate_model
from rasd.ner.features import FeatureConfig, FeatureExtractor
from rasd.ner.model import NerModel
from rasd.ner.train import TrainSettings, fit_crf, load_resources, prepare
from rasd.text.tokenize import Tokenizer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
FOLDS = {"tail": (3856, 4284), "mid": (1928, 2356)}


def fold_split(aner: list, fold: str) -> tuple[list, list]:  # type: ignore[type-arg]
    a, b = FOLDS[fold]
    return aner[:a] + aner[b:], aner[a:b]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fold", choices=sorted(FOLDS), required=True)
    ap.add_argument("--name", required=True)
    ap.add_argument("--features", default="")
    ap.add_argument("--off", default="", help="feature groups switched off, e.g. gaz,clusters")
    ap.add_argument("--c1", type=float, default=None)
    ap.add_argument("--c2", type=float, default=None)
    ap.add_argument("--work", default=str(ROOT / "build" / "ner"))
    args = ap.parse_args()
    work = Path(args.work)
    s = TrainSettings()
    flags = {f: True for f in args.features.split(",") if f}
    flags.update({f: False for f in args.off.split(",") if f})
    s = replace(s, features=FeatureConfig(**flags), ensemble=())
    if args.c1 is not None:
        s = replace(s, c1=args.c1)
    if args.c2 is not None:
        s = replace(s, c2=args.c2)
    tok = Tokenizer()
    gaz, clu, _ = load_resources(SHARED, work, s, tok, print)
    aner = read_anercorp(SHARED)
    train, dev = fold_split(aner, args.fold)
    ext = FeatureExtractor(s.features, gaz, clu)
    out = work / "exp"
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{args.name}-{args.fold}.crfsuite"
    t = time.process_time()
    fit = fit_crf(prepare(train, tok), ext, path, s, print)
    card = {"features": s.features.to_dict(), "decode": {"o_threshold": 0.0, "propagate": s.propagate_dict(),
            "lexicon": {"kinds": dict(s.lexicon_kinds), "contain": False}}}
    model = NerModel(path, gaz, clu, card)
    res = evaluate_model(dev, model, tok)
    res["fit"] = fit
    res["cpu_s"] = round(time.process_time() - t, 1)
    (out / f"{args.name}-{args.fold}.json").write_text(json.dumps(res, indent=1), encoding="utf-8")
    pt = {k: v["f1"] for k, v in res["per_type"].items()}
    print(f"RESULT {args.name} {args.fold}: micro {res['micro']} macro {res['macro']['f1']} {pt}", flush=True)


if __name__ == "__main__":
    main()
