"""Training the NER model from ``../shared/data`` (library code behind ``rasd train ner``).

Data (see ``model.json`` / ``MODEL.md`` for the figures of the shipped model):

- ANERcorp, its first 125,305 lines only (the CAMeL Lab test split is the tail and is never read here except to
  *report* the final model's score after training, when a test file is given); sentences end at final
  punctuation. The last ``dev_fraction`` of its sentences (a contiguous tail, like the later articles of the
  test split) is held out to tune and ablate; the shipped model is then retrained on all of the training part.
- WikiANN-ar (silver): its entity phrases feed the gazetteer; optionally its sentences are added as training data.
- SaudiNewsNet (unlabelled, CC BY-NC-SA) plus the unlabelled text of the two sources above: word clusters
  (:mod:`rasd.ner.clusters`); only hashed word keys and cluster ids are shipped, never text.
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rasd.doc import Token
from rasd.ner.clusters import ClusterMap, build_clusters, stem_stream
from rasd.ner.data import (
    ANER_TRAIN_LINES,
    GoldSentence,
    project,
    read_anercorp,
    read_conll,
    read_wikiann,
)
from rasd.ner.evaluate import evaluate_model
from rasd.ner.features import FeatureConfig, FeatureExtractor, Gazetteer
from rasd.ner.gazetteer import build_gazetteer, save_gazetteer
from rasd.text.tokenize import Tokenizer

__all__ = ["TrainSettings", "corpus_texts", "fit_crf", "prepare", "train_ner"]

Log = Callable[[str], None]


@dataclass
class TrainSettings:
    c1: float = 0.15  # chosen on two dev folds (ABLATION.md, third round)
    c2: float = 0.05
    max_iterations: int = 150
    # the extractor's feature groups (for an ensemble: the union of its members')
    features: FeatureConfig = field(default_factory=lambda: FeatureConfig(cues=True, quotes=True))
    # feature bagging (rasd.ner.fastcrf.FastCrf.average): one CRF per feature set, decoded as their mean; () =
    # a single CRF with ``features``. Chosen on two dev folds (ABLATION.md, fourth round).
    ensemble: tuple[FeatureConfig, ...] = field(default_factory=lambda: (
        FeatureConfig(cues=True), FeatureConfig(cues=True, quotes=True),
        FeatureConfig(cues=True, quotes=True, gaz=False), FeatureConfig(cues=True, quotes=True, cluster_window=False)))
    wikiann_train: tuple[str, ...] = ()  # WikiANN splits added as training sentences
    dev_fraction: float = 0.1
    min_feature_freq: int = 1
    cluster_ks: tuple[int, ...] = (64, 256, 1024)
    cluster_dim: int = 100
    cluster_max_words: int = 60_000
    cluster_min_count: int = 5
    clusters_saudinewsnet: bool = True  # False: learn clusters from ANERcorp-train + WikiANN text only
    propagate_window: int = 20  # sentences; 0: no document-level label spreading (rasd.ner.consistency)
    propagate_types: tuple[str, ...] = ("PER", "ORG", "MISC", "LOC")
    propagate_surnames: bool = True
    propagate_majority: bool = True  # then type consistency within the window (consistency.majority_types)
    gaz_word_types: bool = True  # WikiANN word-type roles (wt*) in the gazetteer
    # decode.lexicon (rasd.ner.lexicon): actor-dictionary kinds tagged where the tagger left O; {}: off
    lexicon_kinds: dict[str, str] = field(default_factory=lambda: {"armed_group": "ORG"})
    lexicon_split: bool = True  # a name the tagger split into fragments of other types replaces them (lexicon)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["features"] = self.features.to_dict()
        d["ensemble"] = [f.to_dict() for f in self.ensemble]
        d["wikiann_train"] = list(self.wikiann_train)
        d["cluster_ks"] = list(self.cluster_ks)
        d["propagate_types"] = list(self.propagate_types)
        return d

    def propagate_dict(self) -> dict[str, Any]:
        return {"window": self.propagate_window, "types": list(self.propagate_types),
                "surnames": self.propagate_surnames, "majority": self.propagate_majority}


def corpus_texts(shared: Path, saudinewsnet: bool = True) -> Iterator[str]:
    """Unlabelled text for the clusters: SaudiNewsNet paragraphs, ANERcorp's training part, WikiANN (not test)."""
    path = shared / "data" / "corpus" / "saudinewsnet" / "saudinewsnet_articles.jsonl.gz"
    if saudinewsnet:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                for part in (d.get("title") or "", d.get("content") or ""):
                    for para in part.split("\n"):
                        if para.strip():
                            yield para
    for s in read_anercorp(shared):
        yield s.text
    for s in read_wikiann(shared, ("train", "dev", "extra")):
        yield s.text


def prepare(sents: Sequence[GoldSentence], tokenizer: Tokenizer) -> list[tuple[list[Token], list[str]]]:
    out = []
    for s in sents:
        toks = tokenizer.tokenize(s.text)
        if toks:
            out.append((toks, project(s, toks)))
    return out


def fit_crf(data: Sequence[tuple[list[Token], list[str]]], extractor: FeatureExtractor, path: Path,
            settings: TrainSettings, log: Log) -> dict[str, Any]:
    import pycrfsuite  # type: ignore[import-untyped]

    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, labels in data:
        trainer.append(extractor.features(toks), labels)
    t1 = time.perf_counter()
    trainer.set_params({
        "c1": settings.c1, "c2": settings.c2, "max_iterations": settings.max_iterations,
        "feature.possible_transitions": True, "feature.minfreq": settings.min_feature_freq,
    })
    trainer.train(str(path))
    t2 = time.perf_counter()
    info = trainer.logparser.last_iteration or {}
    log(f"crf: {len(data):,} sequences, features {t1 - t0:.1f}s, training {t2 - t1:.1f}s, "
        f"{info.get('num', '?')} iterations, {info.get('active_features', '?')} active features")
    return {"sequences": len(data), "tokens": sum(len(t) for t, _ in data), "train_seconds": round(t2 - t1, 1),
            "active_features": info.get("active_features")}


_JOB: dict[str, Any] = {}


def _fit_member(i: int) -> dict[str, Any]:
    data, gaz, clu, paths, settings = (_JOB[k] for k in ("data", "gaz", "clu", "paths", "settings"))
    cfg = settings.ensemble[i]
    return fit_crf(data, FeatureExtractor(cfg, gaz, clu), paths[i], settings, _JOB["log"])


def member_files(path: Path, n: int) -> list[Path]:
    """``model.crfsuite``, ``model-1.crfsuite`` …: the files of an ensemble's members."""
    return [path] + [path.with_name(f"{path.stem}-{i}{path.suffix}") for i in range(1, n)]


def fit_model(data: Sequence[tuple[list[Token], list[str]]], gaz: Gazetteer, clu: ClusterMap, path: Path,
              settings: TrainSettings, log: Log) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The CRF (or, with ``settings.ensemble``, each member's CRF, trained in parallel processes: the same models
    in any order) at ``path``; returns (fit info, the card's ``members`` entry, empty for a single CRF)."""
    if not settings.ensemble:
        return fit_crf(data, FeatureExtractor(settings.features, gaz, clu), path, settings, log), []
    import multiprocessing as mp
    import os

    paths = member_files(path, len(settings.ensemble))
    _JOB.update(data=data, gaz=gaz, clu=clu, paths=paths, settings=settings, log=log)
    try:
        n = len(paths)
        with mp.get_context("fork").Pool(max(1, min(n, os.cpu_count() or 1))) as pool:
            infos = pool.map(_fit_member, range(n))
    finally:
        _JOB.clear()
    members = [{"file": p.name, "features": cfg.to_dict()} for p, cfg in zip(paths, settings.ensemble, strict=True)]
    info = {**infos[0], "members": infos}
    return info, members


def load_resources(shared: Path, work: Path, settings: TrainSettings, tokenizer: Tokenizer,
                   log: Log) -> tuple[Gazetteer, ClusterMap, dict[str, Any]]:
    """Build (or reuse from ``work``) the gazetteer and the cluster map."""
    from rasd.ner.gazetteer import load_gazetteer

    work.mkdir(parents=True, exist_ok=True)
    gpath = work / ("gazetteer-v2.tsv.gz" if settings.gaz_word_types else "gazetteer.tsv.gz")  # v2: word types
    if gpath.exists():
        gaz = load_gazetteer(gpath.read_bytes(), str(gpath))
    else:
        t = time.perf_counter()
        gaz = build_gazetteer(shared, read_wikiann(shared, ("train", "dev", "extra")), tokenizer,
                              word_types=settings.gaz_word_types)
        save_gazetteer(gaz, gpath)
        log(f"gazetteer: {len(gaz.phrases):,} phrases, {len(gaz.words):,} name words ({time.perf_counter() - t:.0f}s)")
    ks = "-".join(map(str, settings.cluster_ks))
    tag = "" if settings.clusters_saudinewsnet else "-nosnn"
    if (settings.cluster_max_words, settings.cluster_min_count) != (60_000, 5):
        tag += f"-w{settings.cluster_max_words}-m{settings.cluster_min_count}"
    cpath = work / f"clusters-{ks}-d{settings.cluster_dim}{tag}.bin"
    if cpath.exists():
        clu = ClusterMap.from_bytes(cpath.read_bytes())
    else:
        t = time.perf_counter()
        clu, info = build_clusters(stem_stream(corpus_texts(shared, settings.clusters_saudinewsnet)), ks=settings.cluster_ks,
                                   dim=settings.cluster_dim, max_words=settings.cluster_max_words,
                                   min_count=settings.cluster_min_count, log=log)
        cpath.write_bytes(clu.to_bytes())
        (cpath.with_suffix(".json")).write_text(json.dumps(info), encoding="utf-8")
        log(f"clusters: built in {time.perf_counter() - t:.0f}s")
    ipath = cpath.with_suffix(".json")
    info = json.loads(ipath.read_text(encoding="utf-8")) if ipath.exists() else {}
    return gaz, clu, info


def train_ner(shared: Path, out: Path, *, work: Path, settings: TrainSettings | None = None,
              test_file: Path | None = None, log: Log = lambda _m: None, final: bool = True) -> dict[str, Any]:
    """Tune-split training (dev scores), then the final model on the whole training part, written to ``out``."""
    from rasd.ner.model import NerModel

    settings = settings or TrainSettings()
    tokenizer = Tokenizer()
    gaz, clu, clu_info = load_resources(shared, work, settings, tokenizer, log)
    aner = read_anercorp(shared)
    n_dev = int(len(aner) * settings.dev_fraction)
    train_part, dev_part = aner[: len(aner) - n_dev], aner[len(aner) - n_dev:]
    extra = read_wikiann(shared, settings.wikiann_train) if settings.wikiann_train else []
    log(f"data: ANERcorp {len(aner):,} sentences ({len(train_part):,} train / {len(dev_part):,} dev), "
        f"WikiANN training sentences {len(extra):,}")
    card: dict[str, Any] = {
        "name": "rasd.ner.v1 CRF", "features": settings.features.to_dict(), "settings": settings.to_dict(),
        "data": {
            "anercorp": {"file": "data/ner/anercorp/ANERCorp.txt", "lines": ANER_TRAIN_LINES,
                         "sentences": len(aner), "dev_sentences": n_dev},
            "wikiann_training_splits": list(settings.wikiann_train),
            "gazetteer": "WikiANN-ar train/dev/extra entity phrases"
                         + (" and the entity types of their words" if settings.gaz_word_types else "")
                         + "; GeoNames cities15000 MENA, GeoNames + CLDR country names, OpenSyria admin names; "
                         "UniversalPetrarch Arabic actors; Wikidata person names (via arabic-name-romanizer 0.2.0)",
            "clusters": "SaudiNewsNet + ANERcorp training part + WikiANN train/dev/extra text (unlabelled); "
                        "shipped as hashed word keys → cluster ids",
        },
    }
    if clu_info:
        card["clusters_info"] = clu_info
    card["decode"] = {"o_threshold": 0.0, "propagate": settings.propagate_dict(),
                      "lexicon": {"source": "rasd.actors.dictionary (rasd/resources/actors)",
                                  "kinds": dict(settings.lexicon_kinds), "contain": False,
                                  "split": settings.lexicon_split}}
    out.mkdir(parents=True, exist_ok=True)
    card_dev = {**card}
    dev_path = work / "dev-model.crfsuite"
    card["dev_fit"], members = fit_model(prepare(train_part, tokenizer) + prepare(extra, tokenizer), gaz, clu,
                                         dev_path, settings, log)
    if members:
        card_dev["members"] = members
    _write_aux(work, gaz, clu, card_dev, settings)
    dev_model = NerModel(dev_path, gaz if settings.features.gaz else None, clu, card_dev)
    card["dev"] = evaluate_model(dev_part, dev_model, tokenizer)
    log(f"dev: micro F1 {card['dev']['micro']['f1']}, macro F1 {card['dev']['macro']['f1']}")
    if not final:
        return card
    card["fit"], members = fit_model(prepare(aner, tokenizer) + prepare(extra, tokenizer), gaz, clu,
                                     out / "model.crfsuite", settings, log)
    if members:
        card["members"] = members
    _write_aux(out, gaz, clu, card, settings)
    if test_file is not None:
        model = NerModel(out / "model.crfsuite", gaz, clu, card)
        card["test"] = evaluate_model(read_conll(test_file), model, tokenizer)
        card["test"]["file"] = test_file.name
        log(f"test ({test_file.name}, reported only): micro F1 {card['test']['micro']['f1']}, "
            f"macro F1 {card['test']['macro']['f1']}")
    (out / "model.json").write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return card


def _write_aux(d: Path, gaz: Gazetteer, clu: ClusterMap, card: dict[str, Any], settings: TrainSettings) -> None:
    save_gazetteer(gaz, d / "gazetteer.tsv.gz")
    (d / "clusters.bin").write_bytes(clu.to_bytes())
    (d / "model.json").write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _score_table(res: dict[str, Any]) -> str:
    rows = ["| | P | R | F1 | support |", "|---|---|---|---|---|"]
    m = res["micro"]
    rows.append(f"| micro | {m['precision']} | {m['recall']} | {m['f1']} | {res['entities']} |")
    m = res["macro"]
    rows.append(f"| macro | {m['precision']} | {m['recall']} | {m['f1']} | |")
    for t, v in sorted(res["per_type"].items()):
        rows.append(f"| {t} | {v['precision']} | {v['recall']} | {v['f1']} | {v['support']} |")
    return "\n".join(rows)


def write_model_md(card: dict[str, Any], path: Path) -> None:
    """The human-readable model card beside ``model.json`` (generated: edit the training code, not this)."""
    s = card["settings"]
    parts = [
        "# rasd.ner.v1 — the shipped Arabic NER model (CRF)",
        "",
        "Generated by `rasd train ner` (see `src/rasd/ner/train.py`); the machine-readable card is `model.json`.",
        "",
        "## Reproduce",
        "",
        "```",
        "rasd train ner            # reads ../shared/data; writes src/rasd/resources/ner/",
        "rasd eval ner --gold ../shared/data/ner/anercorp/ANERCorp_CamelLab_test.txt",
        "```",
        "",
        "## Training data",
        "",
        (f"- ANERcorp, first {card['data']['anercorp']['lines']:,} lines only ({card['data']['anercorp']['sentences']:,}"
        f" sentences split at final punctuation). The CAMeL Lab test split (the tail) is never trained or tuned on."),
        (f"- Dev slice for tuning and ablations: the last {card['data']['anercorp']['dev_sentences']:,} sentences of the "
        "training part (contiguous, like the later articles of the test split; scored below). Choices since the "
        "third round are made on the mean of it and a second fold, sentences 1,928–2,355 "
        "(`scripts/ner_folds.py`, `ABLATION.md`). The shipped model is retrained on the whole training part "
        "with the settings chosen on dev."),
        f"- WikiANN-ar sentences as training data: {', '.join(s['wikiann_train']) or 'none'}.",
        f"- Gazetteer features: {card['data']['gazetteer']}.",
        f"- Word clusters: {card['data']['clusters']}.",
        "",
        "## Settings",
        "",
        (f"CRFsuite L-BFGS, c1={s['c1']}, c2={s['c2']}, max_iterations={s['max_iterations']}, feature groups "
        f"{', '.join(k for k, v in s['features'].items() if v)}; clusters k={s['cluster_ks']}, SVD dim "
        f"{s['cluster_dim']}."
        + (f" Ensemble (feature bagging): {len(card['members'])} CRFs, "
           + "; ".join(f"`{m['file']}` with {', '.join(k for k, v in m['features'].items() if v)}"
                       for m in card["members"])
           + ", decoded as the mean of their weights (`FastCrf.average`)." if card.get("members") else "")),
        "",
        (f"Decoding: Viterbi per sentence, then document-level spreading (`rasd.ner.consistency`): names of types "
        f"{', '.join(s.get('propagate_types', []))} found within {s.get('propagate_window', 0)} sentences are tagged "
        f"at their untagged occurrences{', persons also by their last word' if s.get('propagate_surnames') else ''}"
        + (f"; then untagged actor-dictionary names of kinds {s.get('lexicon_kinds')} are tagged "
         "(`rasd.ner.lexicon`)" if s.get("lexicon_kinds") else "")
        + (", and so are those the tagger split into fragments of other types only (the `split` rule: «جيش» O + "
           "«الإسلام» MISC → «جيش الإسلام» ORG)" if s.get("lexicon_kinds") and s.get("lexicon_split") else "")
        + ". Scores below are of running text (a document, or the gold file's sentences in order), the way "
        "`doc_mentions` tags."),
        "",
        "## Scores (exact span)",
        "",
        "Dev slice (model trained without it):",
        "",
        _score_table(card["dev"]),
        "",
    ]
    if "test" in card:
        parts += ["ANERcorp CAMeL Lab test split (final model; reported, never used for any choice):", "",
                  _score_table(card["test"]), ""]
    parts += ["## Ablation, decoding and limits", "",
              ("The feature ablations, the ensemble, the stacked-CRF and decoding experiments on the dev folds are in "
              "`ABLATION.md`. "
              "Mentions leave proclitics out («لداعش» → «داعش», «للجيش» → «لجيش») and keep enclitics. Names "
              "absent from ANERcorp's 2007 news (e.g. «داعش», «قسد») are often missed even where the clusters "
              "know them: lexicon matches from the actor dictionary and gazetteer are the intended complement."), ""]
    path.write_text("\n".join(parts), encoding="utf-8")
