"""Feature-bagging ensembles on the two dev folds (ABLATION.md, fourth round): the per-fold CRFs of
scripts/ner_folds.py (build/ner/exp/NAME-FOLD.crfsuite) decoded together as the mean of their weights, with the
shipped decoding. The CAMeL Lab test split is never read.

    python scripts/ner_folds.py --fold tail --name cues --features cues        # … one per member and fold
    python scripts/ner_ensemble.py cues quotes+cues qc-nogaz qc-noclwin
"""
from __future__ import annotations

import argparse
from pathlib import Path

from ner_folds import FOLDS, SHARED, fold_split

from rasd.ner.data import read_anercorp
from rasd.ner.evaluate import evaluate_model
from rasd.ner.features import FeatureConfig
from rasd.ner.model import NerModel
from rasd.ner.train import TrainSettings, load_resources
from rasd.text.tokenize import Tokenizer

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("members", nargs="+", help="model names of scripts/ner_folds.py runs")
    ap.add_argument("--work", default=str(ROOT / "build" / "ner"))
    args = ap.parse_args()
    work = Path(args.work)
    s = TrainSettings()
    tok = Tokenizer()
    gaz, clu, _ = load_resources(SHARED, work, s, tok, print)
    aner = read_anercorp(SHARED)
    union = FeatureConfig(cues=True, quotes=True, translit=True)  # members' weights are 0 for groups they lack
    scores = []
    for fold in sorted(FOLDS, reverse=True):  # tail, mid
        _, dev = fold_split(aner, fold)
        files = [f"{m}-{fold}.crfsuite" for m in args.members]
        card = {"features": union.to_dict(), "members": [{"file": f, "features": {}} for f in files],
                "decode": {"propagate": s.propagate_dict(),
                           "lexicon": {"kinds": s.lexicon_kinds, "split": s.lexicon_split}}}
        r = evaluate_model(dev, NerModel(work / "exp" / files[0], gaz, clu, card), tok)
        scores.append((r["micro"]["f1"], r["macro"]["f1"]))
        print(fold, r["micro"], r["macro"]["f1"], {k: v["f1"] for k, v in r["per_type"].items()}, flush=True)
    (t, tm), (m, mm) = scores
    print(f"| {' + '.join(args.members)} | {t} | {m} | {(t + m) / 2:.2f} | {tm} | {mm} |")


if __name__ == "__main__":
    main()
