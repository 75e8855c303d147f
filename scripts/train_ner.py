"""NER training helpers beyond `rasd train ner`: the dev-slice ablation behind the shipped feature choice.

    python scripts/train_ner.py ablate [--only NAME ...]   # dev-slice scores for each variant (no artifact)
    python scripts/train_ner.py train                      # the same as `rasd train ner`

Each variant trains on ANERcorp's training part minus the dev slice and scores the dev slice; the CAMeL Lab
test split is never read. Gazetteer and clusters are cached in build/ner.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rasd.ner.features import FeatureConfig
from rasd.ner.train import TrainSettings, train_ner

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"

VARIANTS: dict[str, TrainSettings] = {
    "all (shipped)": TrainSettings(),
    "- document-level spreading": TrainSettings(propagate_window=0),
    "- WikiANN word types": TrainSettings(gaz_word_types=False),
    "- WikiANN word types - spreading (the previous model)": TrainSettings(gaz_word_types=False, propagate_window=0),
    "spreading window 10 sentences": TrainSettings(propagate_window=10),
    "spreading window 40 sentences": TrainSettings(propagate_window=40),
    "spreading without surnames": TrainSettings(propagate_surnames=False),
    "spreading places too": TrainSettings(propagate_types=("PER", "ORG", "MISC", "LOC")),
    "- clusters": TrainSettings(ensemble=(), features=FeatureConfig(clusters=False)),
    "- gazetteer": TrainSettings(ensemble=(), features=FeatureConfig(gaz=False)),
    "- clusters - gazetteer (lexical + window)": TrainSettings(ensemble=(), features=FeatureConfig(gaz=False, clusters=False)),
    "- cluster ids of neighbours": TrainSettings(ensemble=(), features=FeatureConfig(cluster_window=False)),
    "+ 300 iterations": TrainSettings(max_iterations=300),
    "+ WikiANN train as training data": TrainSettings(wikiann_train=("train",)),
    "clusters k=32/128/512/2048, 88k words": TrainSettings(cluster_ks=(32, 128, 512, 2048), cluster_max_words=150_000,
                                                            cluster_min_count=3),
    "c1 = 0.02, c2 = 0.05": TrainSettings(c1=0.02, c2=0.05),
    "c1 = 0.01, c2 = 0.02": TrainSettings(c1=0.01, c2=0.02),
    "c1 = 0.01, c2 = 0.02, 300 iterations": TrainSettings(c1=0.01, c2=0.02, max_iterations=300),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["ablate", "train"])
    ap.add_argument("--only", nargs="*", default=None)
    ap.add_argument("--work", default=str(ROOT / "build" / "ner"))
    args = ap.parse_args()
    if args.what == "train":
        from rasd.cli import main as cli_main

        sys.exit(cli_main(["train", "ner", "--work", args.work]))
    print("| variant | dev micro P | R | F1 | macro F1 | PER | ORG | LOC | MISC |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, s in VARIANTS.items():
        if args.only and not any(o in name for o in args.only):
            continue
        card = train_ner(SHARED, Path(args.work) / "ablation", work=Path(args.work), settings=s, final=False)
        d = card["dev"]
        pt = {t: v["f1"] for t, v in d["per_type"].items()}
        print(f"| {name} | {d['micro']['precision']} | {d['micro']['recall']} | {d['micro']['f1']} | "
              f"{d['macro']['f1']} | {pt.get('PER')} | {pt.get('ORG')} | {pt.get('LOC')} | {pt.get('MISC')} |",
              flush=True)


if __name__ == "__main__":
    main()
